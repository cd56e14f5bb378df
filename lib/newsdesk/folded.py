"""Case-insensitive regular expressions run faster: as case-sensitive ones on lower-cased text.

Python's ``re`` is several times slower with ``IGNORECASE`` on long alternations (the
temporal rules, tense cues and contact triggers are such). For a pattern whose source has no
upper-case letters, matching it case-sensitively against ``text.lower()`` finds exactly the
same spans as matching it with IGNORECASE against ``text`` — provided the text contains none
of the four characters where lower-casing and IGNORECASE disagree with plain ASCII (dotted and
dotless i, long s, Kelvin sign; ``İ`` also changes length when lower-cased). Such text simply
takes the ordinary path. Match objects from the fast path are re-made on the original text
(``pattern.match(text, start)``) so groups keep the writer's capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPECIALS = re.compile("[\u0130\u0131\u017f\u212a]")


def fold(text: str) -> str | None:
    """``text.lower()`` when the fast path is exact for it, else None."""
    if text.isascii() or _SPECIALS.search(text) is None:
        return text.lower()
    return None


def _foldable(pattern: re.Pattern) -> bool:
    source = re.sub(r"\(\?P[<=]", "", pattern.pattern)
    return bool(pattern.flags & re.IGNORECASE) and "(?-i" not in source and re.search(r"[A-Z]", source) is None


class Folded:
    """A compiled IGNORECASE pattern with a fast case-sensitive twin for lower-cased text."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.fast = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if _foldable(pattern) else None

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        """Like ``pattern.search(text)``; ``folded`` is :func:`fold` of ``text`` if known."""
        if self.fast is None:
            return self.pattern.search(text)
        low = folded if folded is not None else fold(text)
        if low is None:
            return self.pattern.search(text)
        hit = self.fast.search(low)
        return None if hit is None else self._original(text, hit)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match]:
        """Like ``pattern.finditer(text)``."""
        low = None if self.fast is None else (folded if folded is not None else fold(text))
        if low is None:
            yield from self.pattern.finditer(text)
            return
        for hit in self.fast.finditer(low):
            yield self._original(text, hit)

    def _original(self, text: str, hit: re.Match) -> re.Match:
        m = self.pattern.match(text, hit.start())
        if m is None or m.span() != hit.span():  # cannot happen by the argument above; be safe
            m = next((x for x in self.pattern.finditer(text) if x.start() == hit.start()), None)
            if m is None:
                raise AssertionError(f"folded match differs at {hit.start()} for {self.pattern.pattern[:60]!r}")
        return m

    def spans(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every match, as ``finditer`` would give (no match objects)."""
        low = None if self.fast is None else (folded if folded is not None else fold(text))
        if low is None:
            return [m.span() for m in self.pattern.finditer(text)]
        return [m.span() for m in self.fast.finditer(low)]
