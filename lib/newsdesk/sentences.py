"""Sentence splitting with NLTK Punkt and our own parameters: no NLTK data download.

Punkt normally loads English parameters trained on a corpus (``punkt_tab``) that must be
downloaded. We build :class:`PunktParameters` from a hand-kept list of abbreviations common
in news copy (titles, months, states, ``U.S.``) instead, and split a copy of the text whose
typographic quotes are straightened one-for-one, so a sentence ending in ``.”`` ends where a
reader expects and offsets still point into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .frames import Columns, extend_columns
from .text import straighten

#: Abbreviations (lower case, without the final period) that do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    ["bn", "mln", "mn", "pct", "govt", "cf", "al", "approx", "hrs", "min", "mins", "km", "kg", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "messrs", "mme", "mlle", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "cdr", "gov", "sen", "rep", "pres", "amb", "sec", "supt", "insp", "det", "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "n.y", "d.c", "l.a", "a.m", "p.m", "i.e", "e.g", "etc", "vs", "approx", "est", "dept", "univ", "assn", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vol", "fig", "op", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"]
)

#: Words that begin a sentence and cannot follow a title or unit abbreviation in one
#: ("Mr. The" never occurs): after "p.m.", "U.S." or "etc." they mark a new sentence.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    ["the", "it", "he", "she", "they", "we", "but", "this", "there", "his", "her", "their", "its", "our", "after", "when", "while", "meanwhile", "however", "yet", "still", "also", "in", "an", "on", "at"]
)

#: Bump when sentence boundaries change (every table's rows depend on them).
ANALYSER_VERSION = "7"

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
    # after a known abbreviation Punkt splits only before a word it knows starts sentences
    # ("… at 5 p.m. The next round …"); trained parameters learn these, ours list them
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences in one paragraph of text."""
    if not text or not text.strip():
        return []
    if len(text) <= 4000:
        return list(_spans_memo(text))
    return list(_spans(text))


#: Punkt runs on pieces of at most this many characters. NLTK stops a regex search after 5 s
#: (its ReDoS guard) and raises; a 1 MB paragraph of dense punctuation took longer than that
#: in one piece, though the time is linear. No real paragraph is near this long.
PIECE_CHARS = 50_000


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    plain = straighten(text)
    out: list[tuple[int, int]] = []
    for offset, piece in _pieces(plain):
        if _one_sentence(piece):
            end = len(piece.rstrip())
            if end:
                out.append((offset, offset + end))
            continue
        joined = _lowercase_joined(piece, _tokenizer().span_tokenize(piece))
        out.extend((offset + a, offset + b) for a, b in _opening_mark_moved(piece, _clock_then_quote_split(piece, _word_ends_split(piece, joined))))
    return tuple(out)


#: Abbreviations that are also plain words when written in lower case ("he said no.", "in
#: the sun.", "was ill."): then, before a capital, they end the sentence. "No. 10", "Sun.",
#: "Mass." keep their capital and stay abbreviations.
_WORD_ABBREVIATIONS = ("no", "sun", "sat", "wed", "mon", "ill", "mass", "miss", "ore", "wash", "del", "ind", "fig", "est", "mo", "pa", "ga", "la")
_WORD_ABBREVIATION_DOTS = tuple(w + "." for w in _WORD_ABBREVIATIONS)
_WORD_END = re.compile(r"(?<![\w.])(?:" + "|".join(_WORD_ABBREVIATIONS) + r")\.[\"')\]]*(\s+)(?=[\"'(\[]*[A-Z])")


#: "posted on X. She said", "wrote on X." — the platform, not an initial, before a capital.
_PLATFORM_X_END = re.compile(r"(?:(?<=\bon\sX)|(?<=\bto\sX)|(?<=\bvia\sX))\.[\"')\]]*(\s+)(?=[\"'(\[]*[A-Z])")


def _split_at(piece: str, spans: list[tuple[int, int]], pattern: re.Pattern) -> list[tuple[int, int]]:
    """Spans split again at the white space (group 1) of each match of ``pattern`` in them."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in pattern.finditer(piece, a, b):
            out.append((a, m.start(1)))
            a = m.end(1)
        out.append((a, b))
    return out


def _word_ends_split(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans split again after a lower-case word that Punkt took for an abbreviation (and after
    the platform X, which Punkt takes for an initial: "said in a post on X. She said …")."""
    if any(map(piece.__contains__, _WORD_ABBREVIATION_DOTS)):
        spans = _split_at(piece, spans, _WORD_END)
    return _split_at(piece, spans, _PLATFORM_X_END) if " X." in piece else spans


#: "… in a text message at 4 a.m. “I read it three times …”": a clock's abbreviation ends the
#: sentence when a quote opens the next (Punkt knows only the starter words after "a.m.").
_CLOCK_THEN_QUOTE = re.compile(r"\b[ap]\.m\.(\s+)(?=[“\"]\s*[A-Z])")


def _clock_then_quote_split(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans split again after "a.m." or "p.m." that a quoted sentence follows."""
    return _split_at(piece, spans, _CLOCK_THEN_QUOTE) if ".m. " in piece else spans


_OPENING_MARKS = "«“‘\"'„"


def _opening_mark_moved(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans with an opening quote mark that it left at a sentence's end ("… bad. «")
    moved to the sentence it opens ("« I did what I came to do, » he said"): French-style
    guillemets stand apart from their words."""
    if len(spans) < 2:
        return spans
    out = list(spans)
    for k in range(len(out) - 1):
        a, b = out[k]
        if b - a > 2 and piece[b - 1] in _OPENING_MARKS and piece[b - 2].isspace():
            out[k] = (a, len(piece[:b - 1].rstrip()))
            out[k + 1] = (b - 1, out[k + 1][1])
    return out


def _lowercase_joined(piece: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans with a split undone where the next "sentence" starts in lower case.

    Punkt without trained parameters has no orthographic statistics, so an abbreviation it
    does not know splits the sentence ("$1.5 bn. in 2023", "3.5 pct. last year", "He said
    "No." then left"). A sentence of news copy does not begin with a lower-case letter, nor
    with a closing bracket or a comma ("Sen. Bob Menendez (D-N.J.), the top Democrat …"), nor
    with an agency's slug ("MOSCOW, August 7. /TASS/." is one dateline).
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b <= a:
            continue
        if out and (piece[a].islower() or piece[a] in ",;)]" or piece.startswith(_AGENCY_SLUG_START, a) and _AGENCY_SLUG.match(piece, a)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: An agency's slug closing a dateline: "/TASS/.", "/ITAR-TASS/.", "/RIA Novosti/."
_AGENCY_SLUG = re.compile(r"/[A-Z][\w -]{1,20}/\.")
_AGENCY_SLUG_START = "/"


@lru_cache(maxsize=1)
def _possible_end() -> re.Pattern:
    """Punkt's own "possible sentence end" pattern, compiled with the standard ``re``.

    NLTK 3.10 runs every pattern through the ``regex`` engine under a timer; for a paragraph
    with no possible sentence end at all (most news paragraphs hold one sentence) Punkt's
    answer is known without running it: one sentence, from the start to the last non-space
    character. One plain search costs 2 µs where Punkt took 37 µs.
    """
    lang = _tokenizer()._lang_vars
    source = lang._period_context_fmt % {"NonWord": lang._re_non_word_chars, "SentEndChars": lang._re_sent_end_chars}
    return re.compile(source, re.UNICODE | re.VERBOSE)


#: The only characters where ``re`` and ``regex`` disagree on ``\s`` (information separators):
#: text holding one always goes through Punkt itself.
_SPACE_DISAGREE = re.compile("[\x1c-\x1f]")


def _one_sentence(piece: str) -> bool:
    """Whether Punkt would return ``piece`` as one sentence because it has no possible end."""
    return _possible_end().search(piece) is None and _SPACE_DISAGREE.search(piece) is None


def _pieces(text: str) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most PIECE_CHARS, at a space where there is one."""
    if len(text) <= PIECE_CHARS:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + PIECE_CHARS, len(text))
        if end < len(text):
            space = text.rfind(" ", start + PIECE_CHARS // 2, end)
            end = space + 1 if space > 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


# Several analysers split the same paragraphs of an article; a bounded memo saves the re-split.
_spans_memo = lru_cache(maxsize=8192)(_spans)


def clear_memo() -> None:
    """Forget memoised sentence splits."""
    _spans_memo.cache_clear()


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

    cols: Columns = {c: [] for c in SENTENCE_COLUMNS}
    for article in iter_articles(corpus_or_article):
        extend_columns(cols, sentence_columns(article, roles)[0])
    return sentence_frame(cols)


def sentence_columns(article, roles: Iterable[str] = ("title", "standfirst", "body")) -> tuple[Columns, list]:
    """One article's sentences as plain columns (SENTENCE_COLUMNS) and no notes.

    The batch pipeline gathers these for many articles and builds one DataFrame at the end.
    """
    wanted = set(roles)
    cols: Columns = {c: [] for c in SENTENCE_COLUMNS}
    n = 0
    paras = article.paragraph_lists
    for pno, role, text in zip(paras["paragraph_no"], paras["role"], paras["text"], strict=True):
        if role not in wanted:
            continue
        for k, (a, b) in enumerate(sentence_spans(text)):
            for col, value in zip(SENTENCE_COLUMNS, (article.article_id, int(pno), n, k, role, a, b, text[a:b]), strict=True):
                cols[col].append(value)
            n += 1
    return cols, []


def sentence_frame(cols: Columns) -> pd.DataFrame:
    """The sentences table from plain columns."""
    return pd.DataFrame(cols, columns=SENTENCE_COLUMNS)
