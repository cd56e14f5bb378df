"""Put statements side by side: the same utterance across outlets, each side's account of one event.

* :func:`match_across` finds the same quote in different articles (exact, trimmed or
  paraphrased) with rapidfuzz after normalising quote glyphs and punctuation, and shows the
  word-level difference (difflib opcodes rendered as escaped HTML with ``<del>``/``<ins>``).
* :func:`side_by_side` groups statements about one event (the encounter) by side.
* :func:`framing` lists the words each side (and the outlet's own narration) used for the
  encounter: met / chatted / spoke on the move / did not hold a meeting.
* :func:`sourcing_mix` counts, per article or outlet, who is heard: anonymous sources, each
  side, journalists; direct vs partial vs indirect.
"""

from __future__ import annotations

import difflib
import html
import re

import pandas as pd
from rapidfuzz import fuzz

from .corpus import iter_articles
from .quotes import QUOTE_COLUMNS, quotes
from .sentences import sentence_spans
from .text import normalise

ANALYSER_VERSION = "1.0"

MATCH_COLUMNS = ["quote_id_a", "quote_id_b", "article_a", "article_b", "outlet_a", "outlet_b", "speaker_a", "speaker_b", "same_speaker", "kind_a", "kind_b", "text_a", "text_b", "relation", "score", "diff_html"]
FRAMING_COLUMNS = ["article_id", "paragraph_no", "side", "speaker", "speaker_type", "voice", "label", "phrase", "text"]

#: Event words: a statement mentioning any of them is about the encounter.
ENCOUNTER_RE = re.compile(r"\b(?:met|meet(?:ing|s)?|talk(?:s|ed)?|chat(?:ted)?|spoke|speak|conversation|discussion|encounter|negotiations?|contact|sidelines|on the move|minutes)\b", re.IGNORECASE)

#: (label, pattern) in priority order; negations come first so "did not hold … a meeting" is not "met".
FRAMING_TERMS: list[tuple[str, re.Pattern]] = [
    ("did not hold a meeting or negotiations", re.compile(r"\b(?:did\s+not|didn['’]t|no)\s+(?:hold\s+)?(?:any\s+)?(?:negotiations|talks|meeting)(?:\s+or\s+(?:a\s+)?(?:meeting|negotiations|talks))?", re.I)),
    ("spoke on the move", re.compile(r"\bon\s+the\s+(?:move|go|sidelines?\s+while\s+walking)\b", re.I)),
    ("chatted", re.compile(r"\bchat(?:ted|ting)?\b", re.I)),
    ("met", re.compile(r"\b(?:met|have\s+met|meeting\s+between)\b", re.I)),
    ("spoke / talked", re.compile(r"\b(?:spoke|talk(?:ed)?|conversation|discussion)\b", re.I)),
    ("brief encounter", re.compile(r"\b(?:encounter|briefly|brief|short)\b", re.I)),
    ("duration given", re.compile(r"\b(?:about|roughly|some|nearly|around|less\s+than)?\s*(?:\d+|ten|five|fifteen|twenty)\s+minutes\b", re.I)),
]

_GLYPHS = re.compile(r"[\"'“”‘’«»„‚‹›`]")
_PUNCT = re.compile(r"[^\w\s]")


def normalise_quote(text: str) -> str:
    """Comparison key: glyphs straightened, quote marks and punctuation dropped, lower case."""
    text = normalise(str(text)).lower()
    text = _GLYPHS.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def word_diff_html(a: str, b: str) -> str:
    """Word-level difference of b against a, as escaped HTML: <del> words only in a, <ins> only in b."""
    wa, wb = normalise(str(a)).split(), normalise(str(b)).split()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=[normalise_quote(w) for w in wa], b=[normalise_quote(w) for w in wb], autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(wb[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(f"<del style='background:#F2CFB3'>{html.escape(' '.join(wa[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins style='background:#B3E2D5'>{html.escape(' '.join(wb[j1:j2]))}</ins>")
    return " ".join(out)


def _as_quotes(data) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return data
    return quotes(data)


def relation(a: str, b: str, paraphrase_cutoff: float = 75.0) -> tuple[str, float]:
    """How two quotes relate: ('exact'|'trimmed'|'paraphrased'|'different', score 0..100)."""
    na, nb = normalise_quote(a), normalise_quote(b)
    if not na or not nb:
        return "different", 0.0
    if na == nb:
        return "exact", 100.0
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= 3 and f" {short} " in f" {long_} ":
        return "trimmed", round(100.0 * len(short) / len(long_), 1)
    score = fuzz.token_set_ratio(na, nb)
    partial = fuzz.partial_ratio(short, long_)
    if partial >= 95 and len(short.split()) >= 3:
        return "trimmed", float(round(partial, 1))
    if score >= paraphrase_cutoff:
        return "paraphrased", float(round(score, 1))
    return "different", float(round(score, 1))


def match_across(data, paraphrase_cutoff: float = 75.0, min_words: int = 3) -> pd.DataFrame:
    """Pairs of statements in *different* articles that are the same utterance (MATCH_COLUMNS).

    ``relation``: exact (same words after normalising glyphs and punctuation), trimmed (one is
    a contiguous part of the other), paraphrased (rapidfuzz token-set ratio ≥ cutoff and the
    same speaker). ``diff_html`` shows what the second outlet cut (<del>) or added (<ins>).
    """
    q = _as_quotes(data)
    q = q[q["text"].map(lambda t: len(normalise_quote(t).split()) >= min_words)].reset_index(drop=True)
    rows = []
    recs = q.to_dict("records")
    for i, a in enumerate(recs):
        for b in recs[i + 1 :]:
            if a["article_id"] == b["article_id"]:
                continue
            rel, score = relation(a["text"], b["text"], paraphrase_cutoff)
            if rel == "different":
                continue
            same = normalise(str(a["speaker"])).casefold() == normalise(str(b["speaker"])).casefold()
            if rel == "paraphrased" and not same:
                continue
            rows.append({
                "quote_id_a": a["quote_id"], "quote_id_b": b["quote_id"], "article_a": a["article_id"], "article_b": b["article_id"],
                "outlet_a": a.get("outlet", ""), "outlet_b": b.get("outlet", ""), "speaker_a": a["speaker"], "speaker_b": b["speaker"],
                "same_speaker": same, "kind_a": a["kind"], "kind_b": b["kind"], "text_a": a["text"], "text_b": b["text"],
                "relation": rel, "score": score, "diff_html": word_diff_html(a["text"], b["text"]),
            })
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def side_by_side(data, pattern: re.Pattern = ENCOUNTER_RE) -> pd.DataFrame:
    """Statements about one event (default: the encounter), sorted by side then position.

    Columns: QUOTE_COLUMNS plus ``about`` (the event words found). Read across the sides to see
    each side's account of the same minutes.
    """
    q = _as_quotes(data)
    about = q["text"].map(lambda t: ", ".join(sorted({m.group().lower() for m in pattern.finditer(str(t))})))
    out = q.assign(about=about)
    out = out[out["about"] != ""]
    order = {"US": 0, "Russia": 1, "Ukraine": 2, "third party": 3, "international": 4, "journalist": 5, "media": 6, "unknown": 7}
    out = out.assign(_o=out["side"].map(lambda s: order.get(s, 8))).sort_values(["_o", "article_id", "paragraph_no", "start"], kind="stable")
    return out.drop(columns="_o").reset_index(drop=True)[QUOTE_COLUMNS + ["about"]]


def compare_quotes(data, scope: str = "across", **kwargs) -> pd.DataFrame:
    """Statements side by side. ``scope="across"``: the same utterance in different articles
    (:func:`match_across`); ``scope="within"``: statements about the encounter grouped by
    side (:func:`side_by_side`). ``data``: Corpus, Article or a quotes DataFrame."""
    if scope == "across":
        return match_across(data, **kwargs)
    if scope == "within":
        return side_by_side(data, **kwargs)
    raise ValueError(f"scope must be 'across' or 'within', not {scope!r}")


def framing(corpus_or_article, include_narration: bool = True) -> pd.DataFrame:
    """Words used for the encounter, per voice (FRAMING_COLUMNS).

    ``voice`` is ``quoted`` (a statement attributed to someone; side from the speaker) or
    ``narration`` (the outlet's own sentences outside any statement; side ``media``).
    """
    rows = []
    for article in iter_articles(corpus_or_article):
        q = quotes(article)
        for r in q.itertuples(index=False):
            if r.kind == "partial" and not r.nested_in:
                continue  # its enclosing indirect statement carries the same words
            for label, phrase in _labels(r.text):
                rows.append({"article_id": r.article_id, "paragraph_no": r.paragraph_no, "side": r.side, "speaker": r.speaker, "speaker_type": r.speaker_type, "voice": "quoted", "label": label, "phrase": phrase, "text": r.text})
        if not include_narration:
            continue
        covered: dict[int, list[tuple[int, int]]] = {}
        for r in q.itertuples(index=False):
            covered.setdefault(int(r.paragraph_no), []).append((int(r.start), int(r.end)))
        for p in article.analysable.itertuples(index=False):
            spans = covered.get(int(p.paragraph_no), [])
            for a, b in sentence_spans(str(p.text)):
                if any(s < b and a < e for s, e in spans):
                    continue
                sentence = str(p.text)[a:b]
                for label, phrase in _labels(sentence):
                    rows.append({"article_id": article.article_id, "paragraph_no": int(p.paragraph_no), "side": "media", "speaker": article.outlet or "the outlet", "speaker_type": "media", "voice": "narration", "label": label, "phrase": phrase, "text": sentence})
    return pd.DataFrame(rows, columns=FRAMING_COLUMNS)


def _labels(text: str) -> list[tuple[str, str]]:
    """(label, phrase) for each framing term in the text; a negated meeting blocks 'met'."""
    found = []
    taken: list[tuple[int, int]] = []
    for label, pattern in FRAMING_TERMS:
        for m in pattern.finditer(str(text)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((label, m.group().strip()))
    return found


def sourcing_mix(data, by: str = "article_id", long: bool = False) -> pd.DataFrame:
    """Who is heard, per article (``by="article_id"``) or outlet (``by="outlet"``).

    Wide (default): ``by``, ``n_statements``, then shares (0..1) ``type:<speaker_type>``,
    ``side:<side>`` and ``kind:<kind>``. ``long=True``: ``by``, ``dimension`` (speaker type |
    side | kind), ``category``, ``count``, ``share`` — handy for charts.
    """
    q = _as_quotes(data)
    if by not in q.columns:
        raise ValueError(f"cannot group by {by!r}: the quotes table has no such column")
    rows = []
    for group, g in q.groupby(by, sort=True):
        n = len(g)
        for dim, col in (("speaker type", "speaker_type"), ("side", "side"), ("kind", "kind")):
            counts = g[col].value_counts()
            for cat, count in counts.items():
                rows.append({by: group, "dimension": dim, "category": cat, "count": int(count), "share": round(count / n, 3)})
    frame = pd.DataFrame(rows, columns=[by, "dimension", "category", "count", "share"])
    if long:
        return frame
    if frame.empty:
        return pd.DataFrame(columns=[by, "n_statements"])
    prefix = {"speaker type": "type", "side": "side", "kind": "kind"}
    frame["column"] = frame["dimension"].map(prefix) + ":" + frame["category"].astype(str)
    wide = frame.pivot_table(index=by, columns="column", values="share", fill_value=0.0, aggfunc="sum")
    wide.insert(0, "n_statements", q.groupby(by).size())
    return wide.reset_index().rename_axis(columns=None)
