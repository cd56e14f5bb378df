r"""Case-insensitive regular expressions run faster: as case-sensitive ones on lower-cased text.

Python's ``re`` is several times slower with ``IGNORECASE`` on long alternations (the
temporal rules, tense cues and contact triggers are such). A pattern's literal letters are
lower-cased (escapes such as ``\S`` and group names are kept); matching that case-sensitively
against ``text.lower()`` finds exactly the same spans as matching the original with IGNORECASE
against ``text`` — provided the text contains none
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


#: Pieces of a pattern's source copied as they are: an escape (``\S``, ``\x41``, ``\.``) or a
#: group name (``(?P<Name>``, ``(?P=Name)``, ``(?(Name)``). Every other character is a literal or syntax.
_VERBATIM = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)", re.DOTALL)
#: A class range whose ends differ in case (``[A-z]``) covers punctuation between the cases,
#: ``\N{NAME}`` names a character in capitals, ``(?-i:...)`` turns IGNORECASE off, and the four
#: special characters lower-case differently: such sources are left alone.
_UNSAFE = re.compile(r"[A-Z]-[a-z]|[a-z]-[A-Z]|\\N\{|\(\?[a-zA-Z]*-[a-zA-Z]*i|[\u0130\u0131\u017f\u212a]")


def lowered_source(pattern: re.Pattern) -> str | None:
    """The source of an IGNORECASE ``pattern`` with its literal letters lower-cased, or None.

    None when the fast path would not be exact: the pattern is case-sensitive, turns
    IGNORECASE off somewhere, or has one of the constructs in ``_UNSAFE``.
    """
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not isinstance(source, str) or _UNSAFE.search(source):
        return None
    if any(not c.isascii() and c.lower() != c for c in source):
        return None  # a range of non-ASCII capitals may not map onto the lower-case range
    out, last = [], 0
    for m in _VERBATIM.finditer(source):
        piece = m.group()
        if piece[:2] in ("\\x", "\\u", "\\U") and _escaped_capital(source, m.start()):
            return None  # "\x4A" is "J": it would have to become "\x6a"
        out.append(source[last : m.start()].lower())
        out.append(piece)
        last = m.end()
    out.append(source[last:].lower())
    return "".join(out)


def _escaped_capital(source: str, at: int) -> bool:
    """Whether the hex escape at ``source[at]`` stands for a letter that lower-casing changes."""
    width = {"x": 2, "u": 4, "U": 8}[source[at + 1]]
    try:
        char = chr(int(source[at + 2 : at + 2 + width], 16))
    except ValueError:
        return True
    return char.lower() != char


class Folded:
    """A compiled IGNORECASE pattern with a fast case-sensitive twin for lower-cased text."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        source = lowered_source(pattern)
        self.fast = None if source is None else re.compile(source, pattern.flags & ~re.IGNORECASE)
        self._names = tuple(self.fast.groupindex.items()) if self.fast is not None else ()

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        """Like ``pattern.search(text)``; ``folded`` is :func:`fold` of ``text`` if known."""
        if self.fast is None:
            return self.pattern.search(text)
        low = folded if folded is not None else fold(text)
        if low is None:
            return self.pattern.search(text)
        hit = self.fast.search(low)
        return None if hit is None else self._original(text, hit)

    def start(self, text: str, folded: str | None = None) -> int:
        """Where ``search`` would find the first match, or -1: no match object is made."""
        low = None if self.fast is None else (folded if folded is not None else fold(text))
        hit = self.pattern.search(text) if low is None else self.fast.search(low)
        return -1 if hit is None else hit.start()

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match]:
        """Like ``pattern.finditer(text)``."""
        low = None if self.fast is None else (folded if folded is not None else fold(text))
        if low is None:
            yield from self.pattern.finditer(text)
            return
        for hit in self.fast.finditer(low):
            yield self._original(text, hit)

    def hits(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, dict[str, str]]]:
        """``(start, end, groups)`` of each match ``finditer`` would give, where ``groups`` holds
        the named groups that took part, as written in ``text``.

        On the fast path no match is re-made on the original: ``fold`` keeps every offset, so
        the groups are the same slices of ``text``.
        """
        low = None if self.fast is None else (folded if folded is not None else fold(text))
        if low is None:
            for m in self.pattern.finditer(text):
                yield m.start(), m.end(), {k: v for k, v in m.groupdict().items() if v is not None}
            return
        names = self._names
        for hit in self.fast.finditer(low):
            regs = hit.regs
            yield regs[0][0], regs[0][1], {name: text[regs[i][0]:regs[i][1]] for name, i in names if regs[i][0] >= 0}

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
