"""Token explanations add up to exactly the score VADER gave the sentence."""

from __future__ import annotations

import math

import newsdesk as nd
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdesk.explain import (
    ALPHA,
    DOMAIN_WORDS,
    domain_word_failures,
    drivers,
    driving_words,
    explain,
    normalise_sum,
)
from newsdesk.sentiment import sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .conftest import ROOT

REFERENCE = SentimentIntensityAnalyzer()

TRICKY = [
    "“We don’t support this plan,” Lavrov said, calling the sanctions “hostile.”",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "There was no support for the proposal.",
    "No inflation, no unemployment, no problem.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "The talks were only kind of good.",
    "Sentiment analysis has never been this good!",
    "Without a doubt, an excellent idea.",
    "It was the kiss of death for the treaty.",
    "Is this really a peace plan??",
    "Why? Why? Why would they do that??? It is terrible!!!!!",
    "The U.S. Security Council resolution won support, but tensions remain.",
    "Moscow isn’t happy, and Washington is NOT pleased either.",
    "He said the talks were good but not great but still useful.",
    "Peace, peace, peace but war, war.",
    "Tensions eased.",
    "",
    "!!!",
    "Nothing here at all",
    "Great 😁 news 💘",
    "Hardly a success, barely a deal, somewhat hopeful.",
    "The minister was not very happy and never so angry.",
]


def _check(sentence: str) -> None:
    ex = explain(sentence)
    ref = REFERENCE.polarity_scores(nd.normalise(sentence))
    total = ex["contribution"].sum()
    assert math.isclose(total, ex.attrs["sum"], abs_tol=1e-9)
    compound = normalise_sum(total) if len(ex) else 0.0
    assert round(compound, 4) == ref["compound"], sentence
    assert abs(compound - ref["compound"]) <= 5e-5 + 1e-9
    assert ex.attrs["compound_rounded"] == ref["compound"]
    # the bars (share) add up to the unrounded compound
    assert math.isclose(ex["share"].sum(), ex.attrs["compound"], abs_tol=1e-9)


@pytest.mark.parametrize("sentence", TRICKY)
def test_contributions_add_up_on_tricky_sentences(sentence):
    _check(sentence)


def test_contributions_add_up_on_every_seed_sentence(seed):
    for text in nd.sentences(seed)["text"]:
        _check(text)


def test_normalisation_is_vaders():
    assert ALPHA == 15
    assert normalise_sum(3.0) == pytest.approx(3 / math.sqrt(9 + 15))
    assert normalise_sum(0.0) == 0.0


def test_rules_are_shown():
    ex = explain("“We don’t support this plan,” Lavrov said, calling the sanctions “hostile.”").set_index("token")
    assert ex.loc["support", "lexicon_valence"] == 1.7
    assert ex.loc["support", "contribution"] == pytest.approx(1.7 * -0.74)
    assert "negated" in ex.loc["support", "rules"]
    assert ex.loc["hostile", "contribution"] == -1.6
    but = explain("The plan was good, but the outcome was bad.").set_index("token")
    assert but.loc["good", "contribution"] == pytest.approx(1.9 * 0.5) and "before 'but'" in but.loc["good", "rules"]
    assert but.loc["bad", "contribution"] == pytest.approx(-2.5 * 1.5) and "after 'but'" in but.loc["bad", "rules"]
    caps = explain("The deal is GOOD for everyone.").set_index("token")
    assert caps.loc["GOOD", "contribution"] == pytest.approx(1.9 + 0.733) and "CAPS" in caps.loc["GOOD", "rules"]
    boost = explain("The deal is very good.").set_index("token")
    assert boost.loc["good", "contribution"] == pytest.approx(1.9 + 0.293) and "very" in boost.loc["good", "rules"]
    assert "booster" in boost.loc["very", "rules"]
    # not in the lexicon: NaN valence and zero contribution
    assert pd.isna(boost.loc["deal", "lexicon_valence"]) and boost.loc["deal", "contribution"] == 0


def test_punctuation_row():
    ex = explain("This is a terrible outcome!!")
    punct = ex[ex["kind"] == "punctuation"]
    assert len(punct) == 1 and punct.iloc[0]["contribution"] == pytest.approx(-2 * 0.292)
    assert len(explain("This is a table!!").query("kind == 'punctuation'")) == 0  # sum 0: no emphasis


def test_overrides_change_the_explanation():
    ex = explain("Russia's war with Ukraine.", {"war": 1.0})
    assert ex.set_index("token").loc["war", "contribution"] == 1.0
    assert ex.attrs["compound"] > 0


def test_drivers_and_domain_word_failures(seed):
    ex = explain("The war was terrible but peace came.")
    assert drivers(ex, 1).iloc[0]["token"] == "peace"
    scores = sentiment(seed, find_quotes=False)
    driven = driving_words(scores)
    assert len(driven) == len(scores)
    scored = driven[driven["n_scored_words"] > 0]
    assert (scored["driver"].notna()).all()
    fails = domain_word_failures(scores)
    # every reported failure really flips once the topic words are neutral
    assert (fails["label"] != fails["label_without"]).all()
    assert fails["driver_is_domain_word"].all()
    synthetic = pd.DataFrame({"text": ["Tensions soared over the war.", "The weather was lovely."], "compound": [-0.7, 0.6], "label": ["negative", "positive"]})
    synthetic_fails = domain_word_failures(synthetic)
    assert synthetic_fails["text"].tolist() == ["Tensions soared over the war."]


def test_unknown_news_words():
    from newsdesk.explain import unknown_news_words

    frame = pd.DataFrame({"text": ["Moscow slammed the sanctions.", "The weather was lovely.", "Sanctions were lifted after talks."], "compound": [0.0, 0.6, 0.0], "label": ["neutral", "positive", "neutral"]})
    out = unknown_news_words(frame)
    assert out["text"].tolist() == ["Moscow slammed the sanctions.", "Sanctions were lifted after talks."]
    assert out.loc[0, "unknown_words"] == "slammed, sanctions"
    # a word the class added to the lexicon is no longer 'unknown'
    assert "sanctions" not in unknown_news_words(frame, lexicon_overrides={"sanctions": -1.0}).loc[0, "unknown_words"]


def _domain_word_failures_explaining_all(scores: pd.DataFrame) -> pd.DataFrame:
    """domain_word_failures before its word test: every sentence explained."""
    from newsdesk.explain import DOMAIN_WORDS, analyzer, label_for, prepare

    found = driving_words(scores)
    found = found[found["driver"].isin(DOMAIN_WORDS) & (found["label"] != "neutral")].copy()
    sia = analyzer(dict.fromkeys(DOMAIN_WORDS, 0.0))
    found["compound_without"] = [sia.polarity_scores(prepare(t))["compound"] for t in found["text"]]
    found["label_without"] = [label_for(c) for c in found["compound_without"]]
    return found[found["label_without"] != found["label"]].reset_index(drop=True)


def _unknown_news_words_splitting_all(scores: pd.DataFrame) -> pd.DataFrame:
    from newsdesk.explain import NEWS_WORDS, analyzer, prepare
    from vaderSentiment.vaderSentiment import SentiText

    wanted = {w for w in NEWS_WORDS if w not in analyzer().lexicon}
    rows = []
    for idx, text in scores["text"].items():
        found = list(dict.fromkeys(t.lower() for t in SentiText(prepare(text)).words_and_emoticons if t.lower() in wanted))
        if found:
            rows.append((idx, ", ".join(found)))
    out = scores.loc[[i for i, _ in rows], ["text", "compound", "label"]].copy()
    out["unknown_words"] = [w for _, w in rows]
    return out.reset_index(drop=True)


def _same_rows(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Equal frames; two empty ones need only the same columns (their dtypes are pandas' guess)."""
    assert list(got.columns) == list(expected.columns)
    if len(got) or len(expected):
        pd.testing.assert_frame_equal(got, expected)


NEWSY = ["war", "WAR", "sanctions", "Sanctions!", "support", "united", "tensions", "crisis", "peace", "good", "not", "very",
         "slammed", "talks", "the", "Kremlin", "\u212aremlin", "ΣΑΣ", "war’s", "“war”", "—", "!", "?", ":)", "İ", "ﬁne", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NEWSY) | st.text(max_size=6), max_size=10).map(" ".join), min_size=1, max_size=6))
def test_word_tests_change_no_failure_or_unknown_word(texts):
    """The word tests that spare explaining or splitting a sentence drop none of the rows."""
    from newsdesk.explain import analyzer, label_for, prepare

    sia = analyzer()
    compound = [sia.polarity_scores(prepare(t))["compound"] for t in texts]
    scores = pd.DataFrame({"text": texts, "compound": compound, "label": [label_for(c) for c in compound]})
    _same_rows(domain_word_failures(scores), _domain_word_failures_explaining_all(scores))
    from newsdesk.explain import unknown_news_words

    got = unknown_news_words(scores)
    _same_rows(got[["text", "compound", "label", "unknown_words"]], _unknown_news_words_splitting_all(scores))


def test_word_tests_change_nothing_on_real_articles(seed):
    from newsdesk.explain import unknown_news_words

    scores = sentiment(nd.Corpus.from_articles([seed, *nd.load_corpus(ROOT / "tests" / "corpus_hostile")]), find_quotes=False)
    found = driving_words(scores)
    _same_rows(found[["driver", "driver_contribution", "driver_share", "driver_is_domain_word", "n_scored_words"]], _driving_words_from_explanations(scores))
    expected = _domain_word_failures_explaining_all(scores)
    assert len(expected)
    _same_rows(domain_word_failures(scores), expected)
    got = unknown_news_words(scores)
    _same_rows(got[["text", "compound", "label", "unknown_words"]], _unknown_news_words_splitting_all(scores))


def _driving_words_from_explanations(scores: pd.DataFrame) -> pd.DataFrame:
    """driving_words as it was: the full explanation table of every sentence."""
    rows = []
    for text in scores["text"]:
        ex = explain(text)
        top = drivers(ex, 1)
        n = int((ex["kind"].eq("word") & ex["contribution"].ne(0)).sum())
        if len(top):
            t = top.iloc[0]
            rows.append({"driver": t["token"].lower(), "driver_contribution": round(float(t["contribution"]), 3), "driver_share": round(float(t["share"]), 4), "driver_is_domain_word": t["token"].lower() in DOMAIN_WORDS, "n_scored_words": n})
        else:
            rows.append({"driver": pd.NA, "driver_contribution": 0.0, "driver_share": 0.0, "driver_is_domain_word": False, "n_scored_words": 0})
    return pd.DataFrame(rows, columns=["driver", "driver_contribution", "driver_share", "driver_is_domain_word", "n_scored_words"])


TIES = ["good", "bad", "great", "war", "peace", "not", "but", "very", "!", "?", "GOOD", "kind of", "no", "never", "without", ":)", "support"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NEWSY + TIES) | st.text(max_size=5), max_size=12).map(" ".join), min_size=1, max_size=5))
def test_driving_words_without_tables_equal_the_explanations(texts):
    """The table-free driver (ties included: 'good good', 'bad but good!') is the one the full
    explanation names, with the same contribution, share and count."""
    scores = pd.DataFrame({"text": texts})
    _same_rows(driving_words(scores).drop(columns="text"), _driving_words_from_explanations(scores))
