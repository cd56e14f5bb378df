"""Why did VADER give this sentence this score? One row per token, adding up to the score.

VADER (``vaderSentiment`` 3.3.2) splits a sentence on white space, strips punctuation around
each word, looks each word up in its lexicon (-4..+4) and adjusts the valence by rules:
a negator within three words before (``not``, ``don't``, ``never`` …: x -0.74), ``no`` just before,
boosters and dampeners (``very`` +0.293, ``kind of`` -0.293, weaker when further away), ALL CAPS in
a mixed-case sentence (+/-0.733), ``least`` (x -0.74 unless "at least"), a few idioms ("kiss of
death") and ``but`` (words before count half, words after 1.5 times). The adjusted valences are
summed, ``!`` and ``?`` add emphasis in the direction of the sum, and the sum S is squeezed into
-1..+1 by ``compound = S / sqrt(S**2 + 15)``.

:func:`explain` runs VADER's own per-word step (the analyser's ``sentiment_valence`` and
``_but_check``, not a re-implementation) and reports each token's lexicon valence, its valence
after the rules and a plain-English note of the rules that fired. ``contribution`` sums to S;
``share`` rescales each contribution by compound/S so the bars add up to the compound score.
Tests check the result equals ``polarity_scores`` on every seed sentence and on tricky ones.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SPECIAL_CASES,
    SentiText,
    normalize,
)

from .sentiment import Overrides, analyzer, label_for, prepare
from .vader_steps import rule_valences, vader_text

#: VADER's normalisation constant: compound = S / sqrt(S^2 + ALPHA).
ALPHA = 15

EXPLAIN_COLUMNS = [
    "position",
    "token",
    "raw",
    "kind",
    "lexicon_valence",
    "rule_valence",
    "contribution",
    "share",
    "rules",
]

#: Hard-news vocabulary that carries valence whatever the writer's stance (topic words and
#: words inside names: "United States", "Security Council"). Used to find the method's limits.
DOMAIN_WORDS: frozenset[str] = frozenset(
    [
        "war", "wars", "crisis", "conflict", "tensions", "tension", "killed", "killing",
        "attack", "attacks", "weapons", "weapon", "arms", "prisoner", "prisoners", "detained",
        "imprisoned", "threat", "threats", "fight", "fighting", "violence", "bomb", "bombing",
        "death", "dead", "crime", "crimes", "sanctioned", "accused", "spying", "hostage",
        "support", "supported", "supports", "peace", "agreement", "security", "defense",
        "defence", "united", "justice", "free", "freedom", "release", "released", "cooperation",
        "help", "aid", "agree", "agreed", "protect", "protection", "win", "won", "ally", "allies",
        "true", "intelligence", "liberty", "top", "great", "grand", "sound", "positive", "share",
    ]
)


def normalise_sum(total: float, alpha: float = ALPHA) -> float:
    """VADER's squeeze of a valence sum into -1..+1 (unrounded)."""
    return float(normalize(total, alpha))


def _is_negator(word: str) -> bool:
    return word in NEGATE or "n't" in word


def _describe(i: int, words: list[str], lexicon: dict, lex: float | None, rule: float, final: float, is_cap_diff: bool) -> str:
    """Plain-English notes on the rules that changed one token (descriptive; values are VADER's)."""
    low = [w.lower() for w in words]
    w = low[i]
    notes: list[str] = []
    if lex is None:
        if w in BOOSTER_DICT:
            notes.append("booster: strengthens the next scored word" if BOOSTER_DICT[w] > 0 else "dampener: weakens the next scored word")
        elif w == "kind" and i + 1 < len(low) and low[i + 1] == "of" or w == "of" and i > 0 and low[i - 1] == "kind":
            notes.append("'kind of': weakens the next scored word")
        elif _is_negator(w):
            notes.append("negator: flips the next scored words (within 3)")
        elif w == "but":
            notes.append("'but': words before count half, words after count 1.5 times")
        elif w == "least":
            notes.append("'least': flips the next word unless 'at least'")
        return "; ".join(notes)
    if w == "no" and i + 1 < len(low) and low[i + 1] in lexicon and rule == 0:
        notes.append("'no' before a scored word counts 0 (it negates that word instead)")
    if words[i].isupper() and is_cap_diff:
        notes.append("ALL CAPS: +/-0.733")
    for k in range(1, 4):
        if i - k < 0:
            break
        prev = low[i - k]
        if prev in lexicon:
            continue
        if prev in BOOSTER_DICT:
            notes.append(f"{'boosted' if BOOSTER_DICT[prev] > 0 else 'dampened'} by '{prev}'")
        if _is_negator(prev):
            notes.append(f"negated by '{prev}' (x -0.74)")
    if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor")):
        notes.append("negated by 'no' (x -0.74)")
    if i > 0 and low[i - 1] == "least" and not (i > 1 and low[i - 2] in ("at", "very")):
        notes.append("after 'least' (x -0.74)")
    grams = [" ".join(low[max(0, i - n): i + 1]) for n in (1, 2)] + [" ".join(low[i: i + n]) for n in (2, 3)]
    if any(g in SPECIAL_CASES for g in grams):
        notes.append("idiom / special case")
    if rule != 0 and final != rule:
        ratio = final / rule
        if math.isclose(ratio, 0.5):
            notes.append("before 'but': x0.5")
        elif math.isclose(ratio, 1.5):
            notes.append("after 'but': x1.5")
        else:
            notes.append(f"'but' rule: x{ratio:.2f}")
    return "; ".join(dict.fromkeys(notes))


class _Steps(NamedTuple):
    """VADER's scoring of one sentence, step by step (what :func:`explain` tabulates)."""

    text: str  # as scored (emoji replaced)
    sentitext: SentiText
    rule: list[float]  # per token, after every rule but "but"
    final: list[float]  # per token, after "but": what VADER sums
    amp: float  # the "!"/"?" amplifier (0 with no scored token)
    emphasis: float  # its signed part of the sum: 0 when the words sum to 0
    total: float  # the sum compound is made from
    compound: float  # unrounded


def _score_steps(sia, sentence: str) -> _Steps:
    """The steps ``polarity_scores`` takes on ``sentence`` (after :func:`prepare`), kept apart."""
    text = vader_text(sia, prepare(sentence))
    sentitext = SentiText(text)
    rule = rule_valences(sia, sentitext)
    final = sia._but_check(sentitext.words_and_emoticons, list(rule))
    word_sum = float(sum(final)) if final else 0.0
    amp = sia._punctuation_emphasis(text) if final else 0.0
    emphasis = (amp if word_sum > 0 else -amp) if amp and word_sum != 0 else 0.0
    total = word_sum + emphasis if emphasis else word_sum
    return _Steps(text, sentitext, rule, final, amp, emphasis, total, normalise_sum(total) if final else 0.0)


def _marks(text: str) -> str:
    """The "!" and "?" of the text: the token the emphasis row shows."""
    return "".join(ch for ch in text if ch in "!?")


def explain(sentence: str, lexicon_overrides: Overrides | None = None) -> pd.DataFrame:
    """One row per token VADER saw, plus one row for ``!``/``?`` emphasis when it counts.

    Columns: ``position`` (token index), ``token`` (as looked up, punctuation stripped),
    ``raw`` (the white-space-separated chunk, for highlighting), ``kind`` (word | punctuation),
    ``lexicon_valence`` (NaN when the word is not in the lexicon), ``rule_valence`` (after
    negation, boosters, caps, least, idioms), ``contribution`` (after the ``but`` rule: what
    VADER sums), ``share`` (contribution x compound / sum: the bars add up to ``compound``)
    and ``rules`` (plain English). ``attrs`` holds ``text`` (as scored), ``sum``, ``compound``
    (unrounded), ``compound_rounded`` (as ``polarity_scores`` reports it), ``label``, ``alpha``.
    """
    sia = analyzer(lexicon_overrides)
    steps = _score_steps(sia, sentence)
    text, sentitext, rule, final = steps.text, steps.sentitext, steps.rule, steps.final
    words = sentitext.words_and_emoticons
    raw = text.split()
    lexicon = sia.lexicon
    rows = []
    for i, word in enumerate(words):
        lex = lexicon.get(word.lower())
        rows.append(
            {
                "position": i,
                "token": word,
                "raw": raw[i] if i < len(raw) else word,
                "kind": "word",
                "lexicon_valence": float("nan") if lex is None else float(lex),
                "rule_valence": float(rule[i]),
                "contribution": float(final[i]),
                "rules": _describe(i, words, lexicon, lex, float(rule[i]), float(final[i]), sentitext.is_cap_diff),
            }
        )
    amp, total, compound = steps.amp, steps.total, steps.compound
    if steps.emphasis:
        marks = _marks(text)
        rows.append(
            {
                "position": len(words),
                "token": marks,
                "raw": marks,
                "kind": "punctuation",
                "lexicon_valence": float("nan"),
                "rule_valence": steps.emphasis,
                "contribution": steps.emphasis,
                "rules": f"'!' and '?' emphasis: {amp:+.3f} in the direction of the sum",
            }
        )
    frame = pd.DataFrame(rows, columns=[c for c in EXPLAIN_COLUMNS if c != "share"])
    scale = compound / total if total else 0.0
    frame["share"] = frame["contribution"] * scale
    frame = frame[EXPLAIN_COLUMNS]
    frame.attrs = {
        "sentence": sentence,
        "text": text,
        "sum": total,
        "compound": compound,
        "compound_rounded": round(compound, 4),
        "label": label_for(round(compound, 4)),
        "alpha": ALPHA,
        "punctuation_amplifier": amp,
    }
    return frame


def drivers(explanation: pd.DataFrame, top: int = 3) -> pd.DataFrame:
    """The tokens that moved the score most (largest absolute contribution, non-zero only)."""
    moved = explanation[explanation["contribution"] != 0]
    return moved.reindex(moved["contribution"].abs().sort_values(ascending=False).index).head(top)


def _top_driver(sia, sentence: str) -> tuple[str, float, float, int] | None:
    """(token, contribution, share, words scored) of ``drivers(explain(sentence), 1)``, or None.

    :func:`explain`'s steps (:func:`_score_steps`) without its table and plain-English rules, which
    cost about 50 times more: a corpus has hundreds of thousands of sentences. Ties in size
    are broken as pandas' descending quicksort breaks them, so the same token wins.
    """
    steps = _score_steps(sia, sentence)
    final = steps.final
    if not final:
        return None
    tokens = list(steps.sentitext.words_and_emoticons)
    contributions = [float(c) for c in final]
    if steps.emphasis:
        tokens.append(_marks(steps.text))
        contributions.append(steps.emphasis)
    moved = [i for i, c in enumerate(contributions) if c != 0]
    if not moved:
        return None
    # Series.sort_values(ascending=False): reverse, stable-less quicksort, reverse again
    sizes = np.abs(np.array([contributions[i] for i in moved]))[::-1]
    order = np.array(moved)[::-1][sizes.argsort(kind="quicksort")][::-1]
    best = int(order[0])
    scale = steps.compound / steps.total if steps.total else 0.0
    n_words = sum(1 for c in final if float(c) != 0)
    return tokens[best], contributions[best], contributions[best] * scale, n_words


def driving_words(scores: pd.DataFrame, lexicon_overrides: Overrides | None = None) -> pd.DataFrame:
    """For each scored sentence, the word that moved its score most.

    Adds to the sentence keys: ``driver`` (token), ``driver_contribution``, ``driver_share``
    (share of the compound score), ``driver_is_domain_word`` (in :data:`DOMAIN_WORDS`) and
    ``n_scored_words``. Sentences with no scored word get NA.
    """
    sia = analyzer(lexicon_overrides)
    rows = []
    for text in scores["text"]:
        top = _top_driver(sia, text)
        if top is not None:
            token, contribution, share, n = top
            rows.append({"driver": token.lower(), "driver_contribution": round(contribution, 3), "driver_share": round(share, 4), "driver_is_domain_word": token.lower() in DOMAIN_WORDS, "n_scored_words": n})
        else:
            rows.append({"driver": pd.NA, "driver_contribution": 0.0, "driver_share": 0.0, "driver_is_domain_word": False, "n_scored_words": 0})
    keys = [c for c in ("article_id", "paragraph_no", "sentence_no", "role", "speaker", "text", "compound", "label") if c in scores.columns]
    columns = ["driver", "driver_contribution", "driver_share", "driver_is_domain_word", "n_scored_words"]
    return pd.concat([scores[keys].reset_index(drop=True), pd.DataFrame(rows, columns=columns)], axis=1)


def domain_word_failures(scores: pd.DataFrame, words: Iterable[str] = DOMAIN_WORDS) -> pd.DataFrame:
    """Sentences labelled non-neutral mainly because of topic or name vocabulary.

    A sentence qualifies when its strongest word is in ``words`` (e.g. 'war', 'support',
    'tensions', 'united') and the score changes label once every such word is set to 0 — the
    lexicon reacting to what the news is about rather than to anyone's stance. Columns: those of
    :func:`driving_words` plus ``compound_without`` and ``label_without``.
    """
    wordset = {w.lower() for w in words}
    found = driving_words(scores[scores["label"].ne("neutral")])  # a neutral sentence cannot qualify
    found = found[found["driver"].isin(wordset) & (found["label"] != "neutral")].copy()
    neutral = dict.fromkeys(wordset, 0.0)
    sia = analyzer(neutral)
    found["compound_without"] = [sia.polarity_scores(prepare(t))["compound"] for t in found["text"]]
    found["label_without"] = [label_for(c) for c in found["compound_without"]]
    return found[found["label_without"] != found["label"]].reset_index(drop=True)


#: Diplomatic and conflict vocabulary a reader feels but VADER's lexicon does not contain
#: (valence 0): checked against the lexicon at run time, so the list only proposes candidates.
NEWS_WORDS: frozenset[str] = frozenset(
    [
        "sanctions", "sanction", "invasion", "invade", "invaded", "escalation", "escalate",
        "retaliation", "retaliate", "slammed", "condemned", "lifted", "disinformation",
        "espionage", "nuclear", "military", "talks", "deal", "breakthrough", "dialogue",
        "suspend", "suspension", "suspended", "swap", "detained", "expelled", "expel",
        "plummeted", "soared", "soar", "derailing", "derail", "rebuffed", "rejected",
        "warned", "urged", "reversed", "reverse", "ceasefire", "truce", "annexation", "occupied",
    ]
)


def unknown_news_words(scores: pd.DataFrame, words: Iterable[str] = NEWS_WORDS, lexicon_overrides: Overrides | None = None) -> pd.DataFrame:
    """Sentences containing news vocabulary that VADER's lexicon does not know (scores 0).

    Columns: the sentence keys, ``compound``, ``label`` and ``unknown_words`` (comma-separated,
    in sentence order). Only words really absent from the lexicon in use are reported.
    """
    lexicon = analyzer(lexicon_overrides).lexicon
    wanted = {w.lower() for w in words if w.lower() not in lexicon}
    rows = []
    for idx, text in scores["text"].items():
        prepared = prepare(text)
        low = prepared.lower()
        if low.isascii() and not any(w in low for w in wanted):
            continue  # an ASCII token in ``wanted`` is a piece of the lower-cased text: no need to split it
        tokens = SentiText(prepared).words_and_emoticons
        found = list(dict.fromkeys(t.lower() for t in tokens if t.lower() in wanted))
        if found:
            rows.append((idx, ", ".join(found)))
    keys = [c for c in ("article_id", "paragraph_no", "sentence_no", "role", "text", "compound", "label") if c in scores.columns]
    out = scores.loc[[i for i, _ in rows], keys].copy()
    out["unknown_words"] = [w for _, w in rows]
    return out.reset_index(drop=True)
