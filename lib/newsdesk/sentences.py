"""Sentence splitting with NLTK Punkt and our own parameters: no NLTK data download.

Punkt normally loads English parameters trained on a corpus (``punkt_tab``) that must be
downloaded. We build :class:`PunktParameters` from a hand-kept list of abbreviations common
in news copy (titles, months, states, ``U.S.``) instead, and split a copy of the text whose
typographic quotes are straightened one-for-one, so a sentence ending in ``.”`` ends where a
reader expects and offsets still point into the original text.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .text import straighten

#: Abbreviations (lower case, without the final period) that do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "messrs", "mme", "mlle", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "cdr", "gov", "sen", "rep", "pres", "amb", "sec", "supt", "insp", "det", "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "n.y", "d.c", "l.a", "a.m", "p.m", "i.e", "e.g", "etc", "vs", "approx", "est", "dept", "univ", "assn", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vol", "fig", "op", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"]
)

SENTENCE_COLUMNS = [
    "article_id",
    "paragraph_no",
    "sentence_no",
    "sentence_in_paragraph",
    "role",
    "start",
    "end",
    "text",
]


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences in one paragraph of text."""
    if not text or not text.strip():
        return []
    return [(a, b) for a, b in _tokenizer().span_tokenize(straighten(text)) if b > a]


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, as written (original glyphs kept)."""
    return [text[a:b] for a, b in sentence_spans(text)]


def sentences(corpus_or_article, roles: Iterable[str] = ("title", "standfirst", "body")) -> pd.DataFrame:
    """One row per sentence of the analysable paragraphs.

    Columns: ``article_id``, ``paragraph_no``, ``sentence_no`` (0-based, running through the
    article), ``sentence_in_paragraph``, ``role``, ``start``/``end`` (offsets into the
    paragraph's text) and ``text``. Credit and boilerplate paragraphs are left out by default.
    """
    from .corpus import iter_articles

    wanted = set(roles)
    rows: list[dict] = []
    for article in iter_articles(corpus_or_article):
        n = 0
        for para in article.paragraphs.itertuples(index=False):
            if para.role not in wanted:
                continue
            for k, (a, b) in enumerate(sentence_spans(para.text)):
                rows.append(
                    {
                        "article_id": article.article_id,
                        "paragraph_no": int(para.paragraph_no),
                        "sentence_no": n,
                        "sentence_in_paragraph": k,
                        "role": para.role,
                        "start": a,
                        "end": b,
                        "text": para.text[a:b],
                    }
                )
                n += 1
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
