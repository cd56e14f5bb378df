"""Cross-article quote matching, side-by-side accounts, framing words and the sourcing mix."""

from __future__ import annotations

import newsdesk as nd
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from newsdesk.quote_compare import (
    FRAMING_TERMS,
    compare_quotes,
    framing,
    match_across,
    normalise_quote,
    relation,
    side_by_side,
    sourcing_mix,
    word_diff_html,
)
from newsdesk.quotes import quotes

from .conftest import ROOT, synthetic_data_dir

AP = """---
title: Blinken and Lavrov speak briefly
outlet: AP
published: 2023-03-02
---
Blinken and Lavrov speak briefly

“We will not be intimidated by threats from Moscow, and our support for Ukraine will continue,” Blinken told reporters in New Delhi.

Peskov said the contact had been “brief and useless”.
"""
TASS = """---
title: Lavrov and Blinken talk on the move
outlet: TASS
published: 2023-03-02
---
Lavrov and Blinken talk on the move

"Our support for Ukraine will continue," Blinken said.

Peskov said the contact had been brief and useless, according to the Kremlin.
"""
GUARDIAN = """---
title: Ministers meet for ten minutes
outlet: Guardian
published: 2023-03-02
---
Ministers meet for ten minutes

‘We will not be intimidated by threats from Moscow, and our support for Ukraine will continue,’ Blinken said.
"""


def _articles(tmp_path):
    out = []
    for name, text in (("ap.md", AP), ("tass.md", TASS), ("guardian.md", GUARDIAN)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        out.append(nd.load_article(path))
    return out


def test_normalise_quote_ignores_glyphs_and_punctuation():
    assert normalise_quote("“We will not,” he said.") == normalise_quote('"we will not" he said')


def test_relation_kinds():
    assert relation("We will not be intimidated.", "“We will not be intimidated”")[0] == "exact"
    assert relation("We will not be intimidated by threats", "not be intimidated by")[0] == "trimmed"
    assert relation("Our support for Ukraine will continue for as long as it takes", "our support to Ukraine will go on for as long as it takes")[0] == "paraphrased"
    assert relation("We will not be intimidated", "The weather is fine today")[0] == "different"


def test_same_utterance_across_outlets(tmp_path):
    arts = _articles(tmp_path)
    q = quotes(arts)
    assert set(q.outlet) == {"AP", "TASS", "Guardian"}
    m = match_across(q)
    rel = {(r.outlet_a, r.outlet_b): r.relation for r in m.itertuples()}
    assert rel[("AP", "Guardian")] == "exact"
    trimmed = [r for r in m.itertuples() if {r.outlet_a, r.outlet_b} == {"AP", "TASS"} and r.speaker_a == "Antony Blinken"]
    assert trimmed and trimmed[0].relation == "trimmed"
    assert "<del" in trimmed[0].diff_html
    peskov = [r for r in m.itertuples() if r.speaker_a == "Dmitry Peskov"]
    assert peskov and {peskov[0].kind_a, peskov[0].kind_b} == {"indirect"}
    assert compare_quotes(q, scope="across").equals(m)


def test_diff_html_is_escaped():
    html = word_diff_html("<b>bold</b> words", "<script>x</script> words")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_side_by_side_within_the_seed(seed):
    s = side_by_side(seed)
    assert {"US", "Russia", "journalist"} <= set(s.side)
    assert list(s.side).index("US") < list(s.side).index("Russia")
    assert s["about"].str.len().gt(0).all()
    assert compare_quotes(seed, scope="within").equals(s)


def test_framing_contrasts_the_sides(seed):
    f = framing(seed)
    us = set(f[f.side == "US"].label)
    ru = set(f[f.side == "Russia"].label)
    assert "chatted" in us
    assert {"spoke on the move", "did not hold a meeting or negotiations"} <= ru
    assert "met" not in ru
    assert "met" in set(f[f.side.isin(["journalist", "media"])].label)
    assert set(f.voice) == {"quoted", "narration"}


def test_sourcing_mix_shares(seed, tmp_path):
    mix = sourcing_mix(seed)
    row = mix.iloc[0]
    assert row["n_statements"] == len(quotes(seed))
    assert 0 < row["type:anonymous"] < 1
    assert abs(row["kind:direct"] + row["kind:partial"] + row["kind:indirect"] - 1) < 0.01
    by_outlet = sourcing_mix(quotes(_articles(tmp_path)), by="outlet", long=True)
    assert set(by_outlet.outlet) == {"AP", "TASS", "Guardian"}
    for _, g in by_outlet.groupby(["outlet", "dimension"]):
        assert abs(g.share.sum() - 1) < 0.01


def test_framing_from_cached_tables_equals_framing_worked_out(tmp_path):
    """Notebook 03 hands framing the corpus's cached quotes and sentences: the rows must be the
    ones framing finds by analysing each article (hostile articles included)."""
    corpus = nd.Corpus.from_articles([*nd.load_corpus(), *nd.load_corpus(ROOT / "tests" / "corpus_hostile")])
    expected = framing(corpus)
    assert len(expected) and set(expected["voice"]) == {"quoted", "narration"}
    got = framing(corpus, tables=nd.analysed(corpus, cache_dir=tmp_path))
    pd.testing.assert_frame_equal(got.astype(str), expected.astype(str))


def _match_across_every_pair(q: pd.DataFrame, paraphrase_cutoff: float = 75.0, min_words: int = 3) -> pd.DataFrame:
    """The plain quadratic comparison match_across replaced: every pair of statements."""
    from newsdesk.quote_compare import MATCH_COLUMNS
    from newsdesk.text import normalise

    q = q[q["text"].map(lambda t: len(normalise_quote(t).split()) >= min_words)].reset_index(drop=True)
    rows = []
    recs = q.to_dict("records")
    for i, a in enumerate(recs):
        for b in recs[i + 1:]:
            if a["article_id"] == b["article_id"]:
                continue
            rel, score = relation(a["text"], b["text"], paraphrase_cutoff)
            same = normalise(str(a["speaker"])).casefold() == normalise(str(b["speaker"])).casefold()
            if rel == "different" or (rel == "paraphrased" and not same):
                continue
            rows.append({
                "quote_id_a": a["quote_id"], "quote_id_b": b["quote_id"], "article_a": a["article_id"], "article_b": b["article_id"],
                "outlet_a": a.get("outlet", ""), "outlet_b": b.get("outlet", ""), "speaker_a": a["speaker"], "speaker_b": b["speaker"],
                "same_speaker": same, "kind_a": a["kind"], "kind_b": b["kind"], "text_a": a["text"], "text_b": b["text"],
                "relation": rel, "score": score, "diff_html": word_diff_html(a["text"], b["text"]),
            })
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def test_grouped_matching_finds_the_pairs_every_pair_comparison_finds(tmp_path):
    """Wordings are grouped and only those sharing a word compared: on the seed, the three
    outlets, the hostile corpus and synthetic articles (wire-copy quotes, paraphrases) that
    gives exactly the pairs the quadratic loop gives."""
    folder = synthetic_data_dir(tmp_path / "synth", 12)
    articles = [*nd.load_corpus(), *_articles(tmp_path), *nd.load_corpus(ROOT / "tests" / "corpus_hostile"), *nd.load_corpus(folder)]
    q = quotes(nd.Corpus.from_articles(articles))
    expected = _match_across_every_pair(q)
    assert {"exact", "trimmed", "paraphrased"} <= set(expected["relation"])
    pd.testing.assert_frame_equal(match_across(q), expected)


def test_a_very_common_word_alone_proposes_no_pair(monkeypatch):
    """Above COMMON_WORD_LIMIT wordings a word stops proposing pairs; exact copies still pair."""
    import newsdesk.quote_compare as qc

    monkeypatch.setattr(qc, "COMMON_WORD_LIMIT", 2)
    q = pd.DataFrame({
        "quote_id": ["a", "b", "c", "d"], "article_id": ["1", "2", "3", "4"], "speaker": ["Lavrov"] * 4, "kind": ["direct"] * 4,
        "text": ["we want peace now", "we want peace soon", "we reject the claims", "we reject the claims"],
    })
    got = qc.match_across(q)
    assert [(r.quote_id_a, r.quote_id_b, r.relation) for r in got.itertuples()] == [("a", "b", "paraphrased"), ("c", "d", "exact")]
    monkeypatch.setattr(qc, "COMMON_WORD_LIMIT", 1)
    assert [(r.quote_id_a, r.quote_id_b) for r in qc.match_across(q).itertuples()] == [("c", "d")]


@pytest.mark.parametrize("term", range(len(FRAMING_TERMS)))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_the_any_term_search_finds_every_framing_term(term, data):
    """_labels skips a text the combined search finds nothing in: that must never hide a term."""
    from newsdesk.quote_compare import _ANY_FRAMING_TERM

    label, pattern = FRAMING_TERMS[term]
    text = data.draw(st.text(max_size=20)) + " " + data.draw(st.from_regex(pattern, fullmatch=True)) + " " + data.draw(st.text(max_size=20))
    assume(pattern.search(text))
    assert _ANY_FRAMING_TERM.search(text)
