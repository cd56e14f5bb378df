"""Small text utilities shared by every analysis: glyph normalisation, slugs, word tokens.

Articles arrive with typographic quotes (“ ” ‘ ’), non-breaking spaces and zero-width
characters. Analyses that compare or score text (VADER, fuzzy matching) need one spelling of
each glyph; offsets into the original text must stay valid, so :func:`straighten` maps one
character to exactly one character.
"""

from __future__ import annotations

import re
import unicodedata

#: Typographic glyph -> plain ASCII equivalent, always one character for one.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2033": '"',  # ″
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u02bc": "'",  # ʼ
        "\u2039": "'",  # ‹
        "\u203a": "'",  # ›
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",
    }
)

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


#: The same table as (glyph, replacement) pairs for :func:`straighten`.
_PAIRS = tuple((chr(code), plain) for code, plain in _ONE_FOR_ONE.items())


def straighten(text: str) -> str:
    """Replace typographic quotes, dashes and odd spaces with ASCII, one char for one.

    The result has the same length as the input, so character offsets stay valid.
    ``str.translate`` with a table looks up every character in a dict and was the costliest
    line of the whole analysis (330 µs for a 3 kB article); a ``str.replace`` per glyph that
    occurs runs in C at memory speed (5 µs) and gives the same string.
    """
    if text.isascii():
        return text
    for glyph, plain in _PAIRS:
        if glyph in text:
            text = text.replace(glyph, plain)
    return text


def normalise(text: str) -> str:
    """Straighten glyphs, drop zero-width characters and fold runs of white space.

    For comparing and scoring text, never for offsets (the length changes).
    """
    text = straighten(unicodedata.normalize("NFC", text))
    if not text.isascii():
        text = _ZERO_WIDTH.sub("", text)
    # str.split() and re's \s agree on every code point; the split runs 7x faster than
    # substituting each run of white space with a regex
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Split text into word and punctuation tokens with no NLTK data (``U.S.`` -> ``U``, ``.``…)."""
    return _WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Like :func:`words` but with (start, end, token) character spans."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def slugify(value: str, max_len: int = 80) -> str:
    """A file-system and URL safe identifier: lower case ASCII, digits, ``-`` and ``_``."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^A-Za-z0-9_]+", "-", value).strip("-_").lower()
    return value[:max_len].strip("-_") or "article"


#: A live blog's entry stamp: "18:58 GMT - ", "12:35 p.m.: ", "Posted at 21:02 BST — ". Its
#: ``stamp`` group is the time itself (quotes: no speaker's label; temporal: a time on the
#: page's day).
LIVE_STAMP = re.compile(r"\s*(?:(?:Posted|Updated|Published)\s+(?:at\s+)?)?(?P<stamp>\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.)\s+[A-Z][a-z]+(?=:)|\d{1,2}[:.]\d\d(?:\s*(?:a\.m\.|p\.m\.|am|pm))?(?:\s+[A-Z]{2,4})?)(?:\s*(?::|[-–—])\s+|(?<=[A-Za-z.])\s+(?=[A-Z][a-z]))")  # (or no mark after a zone: "14.02 GMT Joe Biden has …"; a city after a.m. or p.m., before a colon: "11:05 a.m. Riyadh: …", not "15:42 Trump: “…”")
