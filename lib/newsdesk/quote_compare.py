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
from collections.abc import Mapping

import pandas as pd
from rapidfuzz import fuzz

from .corpus import iter_articles
from .quotes import QUOTE_COLUMNS, quotes
from .sentences import sentence_columns
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
    return _key_relation(normalise_quote(a), normalise_quote(b), paraphrase_cutoff)


def _key_relation(na: str, nb: str, paraphrase_cutoff: float) -> tuple[str, float]:
    """:func:`relation` of two texts already put through :func:`normalise_quote`."""
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


#: A word that more distinct statements than this use ("the", "we", "Russia" in a big corpus)
#: proposes no pairs: statements that really match also share a rarer word.
COMMON_WORD_LIMIT = 250


def match_across(data, paraphrase_cutoff: float = 75.0, min_words: int = 3) -> pd.DataFrame:
    """Pairs of statements in *different* articles that are the same utterance (MATCH_COLUMNS).

    ``relation``: exact (same words after normalising glyphs and punctuation), trimmed (one is
    a contiguous part of the other), paraphrased (rapidfuzz token-set ratio ≥ cutoff and the
    same speaker). ``diff_html`` shows what the second outlet cut (<del>) or added (<ins>).
    Rows are in the order of the statements (first by ``a``, then ``b``).

    Scale: comparing every pair is quadratic (a 10,000-article corpus has ~10^10 pairs), so
    statements with the same words are grouped first, and two different wordings are compared
    only when they share a word that at most COMMON_WORD_LIMIT wordings use. Wordings with no
    word in common are never compared (at a low cutoff the plain loop paired "constructive" with
    "unproductive"); in a big corpus neither are two that share only very common words.
    """
    q = _as_quotes(data)
    keys = [normalise_quote(t) for t in q["text"]]
    keep = [len(k.split()) >= min_words for k in keys]
    q = q[keep].reset_index(drop=True)
    keys = [k for k, ok in zip(keys, keep, strict=True) if ok]
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k:  # an empty wording matches nothing (relation says "different")
            by_key.setdefault(k, []).append(i)
    found: list[tuple[int, int]] = [(i, j) for members in by_key.values() for x, i in enumerate(members) for j in members[x + 1:]]
    wordings = list(by_key)
    for u, v in _wordings_sharing_a_word(wordings):
        found.extend((min(i, j), max(i, j)) for i in by_key[wordings[u]] for j in by_key[wordings[v]])
    found.sort()
    recs = q.to_dict("records")
    speakers = [normalise(str(r["speaker"])).casefold() for r in recs]
    relations: dict[tuple[str, str], tuple[str, float]] = {}  # wire copies repeat the same two wordings
    diffs: dict[tuple[str, str], str] = {}
    rows = []
    for i, j in found:
        a, b = recs[i], recs[j]
        if a["article_id"] == b["article_id"]:
            continue
        pair = (keys[i], keys[j])
        if pair not in relations:
            relations[pair] = _key_relation(*pair, paraphrase_cutoff)
        rel, score = relations[pair]
        if rel == "different":
            continue
        same = speakers[i] == speakers[j]
        if rel == "paraphrased" and not same:
            continue
        texts = (a["text"], b["text"])
        if texts not in diffs:
            diffs[texts] = word_diff_html(*texts)
        rows.append({
            "quote_id_a": a["quote_id"], "quote_id_b": b["quote_id"], "article_a": a["article_id"], "article_b": b["article_id"],
            "outlet_a": a.get("outlet", ""), "outlet_b": b.get("outlet", ""), "speaker_a": a["speaker"], "speaker_b": b["speaker"],
            "same_speaker": same, "kind_a": a["kind"], "kind_b": b["kind"], "text_a": a["text"], "text_b": b["text"],
            "relation": rel, "score": score, "diff_html": diffs[texts],
        })
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def _wordings_sharing_a_word(wordings: list[str]) -> set[tuple[int, int]]:
    """(u, v), u < v: indexes of wordings that share a word no more than COMMON_WORD_LIMIT use."""
    users: dict[str, list[int]] = {}
    for u, text in enumerate(wordings):
        for word in set(text.split()):
            users.setdefault(word, []).append(u)
    pairs: set[tuple[int, int]] = set()
    for members in users.values():
        if 1 < len(members) <= COMMON_WORD_LIMIT:
            pairs.update((u, v) for x, u in enumerate(members) for v in members[x + 1:])
    return pairs


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


def framing(corpus_or_article, include_narration: bool = True, tables: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Words used for the encounter, per voice (FRAMING_COLUMNS).

    ``voice`` is ``quoted`` (a statement attributed to someone; side from the speaker) or
    ``narration`` (the outlet's own sentences outside any statement; side ``media``).
    ``tables``: the corpus's ``quotes`` and ``sentences`` already worked out (``nd.analysed(corpus)``),
    so a large corpus is not analysed again; without them each article is analysed here.
    """
    articles = iter_articles(corpus_or_article)
    if tables is not None:  # plain lists: pandas row access would cost more than the search
        ids = {a.article_id for a in articles}
        quoted = _rows_by_article(tables["quotes"], _QUOTE_FIELDS, ids)
        said = _rows_by_article(tables["sentences"], _SENTENCE_FIELDS, ids) if include_narration else {}
    rows = []
    for article in articles:
        if tables is None:
            statements = _rows_by_article(quotes(article), _QUOTE_FIELDS).get(article.article_id, [])
        else:
            statements = quoted.get(article.article_id, [])
        covered: dict[int, list[tuple[int, int]]] = {}
        for article_id, pno, side, speaker, speaker_type, kind, nested_in, text, start, end in statements:
            covered.setdefault(int(pno), []).append((int(start), int(end)))
            if kind == "partial" and not nested_in:
                continue  # its enclosing indirect statement carries the same words
            for label, phrase in _labels(text):
                rows.append((article_id, pno, side, speaker, speaker_type, "quoted", label, phrase, text))
        if not include_narration:
            continue
        outlet = article.outlet or "the outlet"
        sentences = _sentence_rows(article) if tables is None else said.get(article.article_id, [])
        for _, pno, a, b, sentence in sentences:
            if any(s < b and a < e for s, e in covered.get(int(pno), ())):
                continue
            for label, phrase in _labels(sentence):
                rows.append((article.article_id, int(pno), "media", outlet, "media", "narration", label, phrase, sentence))
    return pd.DataFrame(rows, columns=FRAMING_COLUMNS)


_QUOTE_FIELDS = ("article_id", "paragraph_no", "side", "speaker", "speaker_type", "kind", "nested_in", "text", "start", "end")
_SENTENCE_FIELDS = ("article_id", "paragraph_no", "start", "end", "text")


def _rows_by_article(frame: pd.DataFrame, fields: tuple[str, ...], keep: set[str] | None = None) -> dict[str, list[tuple]]:
    """article_id -> tuples of ``fields`` (article_id first) of its rows, for articles in ``keep``."""
    out: dict[str, list[tuple]] = {}
    for row in zip(*(frame[c].tolist() for c in fields), strict=True):
        if keep is None or row[0] in keep:
            out.setdefault(row[0], []).append(row)
    return out


def _sentence_rows(article) -> list[tuple]:
    """_SENTENCE_FIELDS of each sentence of the article's analysable paragraphs (the rows of
    its sentences table, as the cached path reads them)."""
    cols = sentence_columns(article)[0]
    return list(zip(*(cols[c] for c in _SENTENCE_FIELDS), strict=True))


#: Any framing term at all (every term is case-insensitive): most sentences of a big corpus
#: have none, and one search of them all rules the seven searches out.
_ANY_FRAMING_TERM = re.compile("|".join(f"(?:{p.pattern})" for _, p in FRAMING_TERMS), re.IGNORECASE)


def _labels(text: str) -> list[tuple[str, str]]:
    """(label, phrase) for each framing term in the text; a negated meeting blocks 'met'."""
    text = str(text)
    if not _ANY_FRAMING_TERM.search(text):
        return []
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
