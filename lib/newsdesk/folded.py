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
from collections.abc import Iterable, Iterator
from re import _constants as _c
from re import _parser

from .first_chars import with_first_chars

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


def required_words(pattern: re.Pattern, lowered: bool = False) -> tuple[str, ...] | None:
    """Words one of which occurs in every string a case-sensitive ``pattern`` matches, or None.

    Read off the parsed pattern: a run of literal characters must occur in a match (a small
    class of single characters, ``[Cc]`` or ``[eê]``, makes the run one of a few words); an
    alternation needs a word of each branch; a group, a repeat taken at least once, or a
    positive look-ahead or look-behind (it matches text that is there) needs its body's word.
    Of a sequence's candidates the most selective set is kept (words of three characters or
    more, no very common word, the longest shortest word, then fewest words). A text holding
    none of the words cannot match, so a substring test (C speed) may skip the regex —
    exactly, never a guess. None when the pattern ignores case somewhere or the best set has
    a word shorter than three characters (such a test would hardly ever say no).

    ``lowered=True``: words that :func:`fold` of every matched text holds, whatever the
    pattern's case flags (its literals lower-cased: a text matching "Talks" with or without
    IGNORECASE holds "talks" once lower-cased, given :func:`fold`'s exactness conditions).
    """
    if not isinstance(pattern.pattern, str) or (pattern.flags & re.IGNORECASE and not lowered):
        return None
    try:
        words = _needed(list(_parser.parse(pattern.pattern, pattern.flags)), lowered)
    except Exception:  # a construct the parser of this Python version reads differently
        return None
    if not words or min(map(len, words)) < 3:
        return None
    return fewest_words(words)


def fewest_words(words: Iterable[str]) -> tuple[str, ...]:
    """The same test with fewer words, in the order it is best run.

    A word that holds another word of the set adds nothing (the text holding it holds the
    shorter one too), so it is dropped: "breakfast" answers for "breakfasted". Shortest first:
    a short word is the likelier to be there, and ``any`` stops at the first one found.
    """
    kept: list[str] = []
    for word in sorted(set(words), key=lambda w: (len(w), w)):
        if not any(k in word for k in kept):
            kept.append(word)
    return tuple(kept)


#: Words too common in news to make a useful test ("the two" is better tested by "two").
_COMMON = frozenset({"the", "and", "for", "from", "with", "that", "this", "was", "were", "has", "have", "not"})
#: At most this many words from one run with classes in it ("t[eê]te" is two).
_MAX_RUN_WORDS = 8


def _selectivity(words: frozenset[str]) -> tuple[bool, bool, int, int]:
    shortest = min(map(len, words))
    return shortest >= 3, not words & _COMMON, shortest, -len(words)


def _word_char(code: int, lowered: bool) -> str | None:
    """A literal character as it stands in a word, or None when it cannot be one.

    Lower-cased words are exact only for characters IGNORECASE matches just as lower-casing
    does: ASCII (the four exceptions make :func:`fold` refuse the text) and the Latin-1
    letters ("ê" matches "Ê"); not "ſ", "µ" or Greek and Cyrillic letters with extra cases.
    """
    char = chr(code)
    if not lowered:
        return char
    return char.lower() if code < 0x80 or 0xC0 <= code <= 0xFF else None


def _class_chars(members: list, lowered: bool) -> list[str] | None:
    """The characters a class of single characters matches (``[Cc]``), else None."""
    if not members or any(op is not _c.LITERAL for op, _ in members):
        return None  # a range, a category or a negation: too many characters
    chars = [_word_char(av, lowered) for _, av in members]
    return None if None in chars else list(dict.fromkeys(chars))


def _needed(items: list, lowered: bool = False) -> frozenset[str] | None:
    """The best set of words one of which a match of the sequence ``items`` contains."""
    best: frozenset[str] | None = None
    runs: list[str] = [""]  # the literal run so far, one string per way a class can match
    options: list[frozenset[str] | None] = []
    for op, av in items:
        if op is _c.LITERAL and (char := _word_char(av, lowered)) is not None:
            runs = [r + char for r in runs]
            continue
        if op is _c.IN and (chars := _class_chars(av, lowered)) is not None and len(runs) * len(chars) <= _MAX_RUN_WORDS:
            runs = [r + c for r in runs for c in chars]
            continue
        if runs != [""]:
            options.append(frozenset(runs))
            if op is _c.BRANCH:  # re factors a common prefix out of "met|meet": put it back
                heads = [_head(list(branch), lowered) for branch in av[1]]
                options.append(frozenset(r + h for r in runs for h in heads))
            runs = [""]
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            options.append(None if (add_flags | del_flags) & re.IGNORECASE and not lowered else _needed(list(body), lowered))
        elif op is _c.BRANCH:
            branches = [_needed(list(b), lowered) for b in av[1]]
            options.append(None if any(b is None for b in branches) else frozenset().union(*branches))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            options.append(_needed(list(av[2]), lowered))
        elif op is _c.ATOMIC_GROUP:
            options.append(_needed(list(av), lowered))
        elif op is _c.ASSERT:  # (?=…) or (?<=…): what it looks at is in the text
            options.append(_needed(list(av[1]), lowered))
        # other classes, anchors, negative look-arounds, back-references: no word needed
    if runs != [""]:
        options.append(frozenset(runs))
    for option in options:
        if option and (best is None or _selectivity(option) > _selectivity(best)):
            best = option
    return best


def _head(items: list, lowered: bool = False) -> str:
    """The literal characters a match of the sequence ``items`` starts with."""
    out = []
    for op, av in items:
        if op is not _c.LITERAL or (char := _word_char(av, lowered)) is None:
            break
        out.append(char)
    return "".join(out)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (a loop: see :meth:`Folded._route`)."""
    for word in words:  # noqa: SIM110 (any() over a generator is what this replaces)
        if word in text:
            return True
    return False


class Folded:
    """A compiled pattern with two shortcuts that never change its answers.

    An IGNORECASE pattern gets a fast case-sensitive twin for lower-cased text (see above).
    Any pattern gets the :func:`required_words` of the pattern it runs (the twin on lower-cased
    text, else the pattern itself if it is case-sensitive, else — an IGNORECASE pattern with
    no twin, one that turns IGNORECASE off somewhere — its words in the lower-cased text):
    when the text holds none of them the regex is not run. Most regexes here begin with ``\\b``, which stops ``re`` from skipping
    ahead, so they take microseconds to say no; a few substring tests take a fraction of that.
    """

    def __init__(self, pattern: re.Pattern, word_test: bool = True):
        """``word_test=False``: no required-words test (the caller checks words already)."""
        self.pattern = pattern
        source = lowered_source(pattern)
        lowered = None if source is None else re.compile(source, pattern.flags & ~re.IGNORECASE)
        #: the lowered twin, with a look-ahead of the characters a match can start with (see
        #: :mod:`newsdesk.first_chars`): the same matches, found without trying every position
        self.fast = None if lowered is None else with_first_chars(lowered)
        self._names = tuple(self.fast.groupindex.items()) if self.fast is not None else ()
        self.fast_words = required_words(lowered) if lowered is not None and word_test else None
        self.words = required_words(pattern) if word_test else None
        #: words one of which ``fold(text)`` holds whenever the pattern matches ``text`` (a
        #: gate for many patterns at once, e.g. a sentence no trigger can match), or None
        self.lower_words = self.fast_words if self.fast is not None else required_words(pattern, lowered=True) if word_test else None
        self._lower_gate = self.fast is None and self.words is None and self.lower_words is not None

    def _route(self, text: str, folded: str | None) -> tuple[re.Pattern, str] | None:
        """The compiled pattern to run and the text to run it on; None when it cannot match."""
        # (_holds_any, not any() over a generator: compiled, a generator expression makes a
        # closure and a generator object on every call, and this runs some 800 times per
        # article; the helper's typed arguments also make each test a direct string search,
        # which an inline loop over an untyped local did not: callgrind counted 0.5 % more)
        if self.fast is not None:
            low = folded if folded is not None else fold(text)
            if low is not None:
                if self.fast_words is not None and not _holds_any(low, self.fast_words):
                    return None
                return self.fast, low
        if self.words is not None and not _holds_any(text, self.words):
            return None
        if self._lower_gate:
            low = folded if folded is not None else fold(text)
            if low is not None and not _holds_any(low, self.lower_words):
                return None
        return self.pattern, text

    def may_match(self, text: str, folded: str | None = None) -> bool:
        """False when the pattern cannot match ``text`` (a needed word is missing)."""
        return self._route(text, folded) is not None

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        """Like ``pattern.search(text)``; ``folded`` is :func:`fold` of ``text`` if known."""
        route = self._route(text, folded)
        if route is None:
            return None
        hit = route[0].search(route[1])
        return hit if hit is None or route[0] is self.pattern else self._original(text, hit)

    def start(self, text: str, folded: str | None = None) -> int:
        """Where ``search`` would find the first match, or -1: no match object is made."""
        route = self._route(text, folded)
        hit = None if route is None else route[0].search(route[1])
        return -1 if hit is None else hit.start()

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match]:
        """Like ``pattern.finditer(text)``."""
        route = self._route(text, folded)
        if route is None:
            return
        if route[0] is self.pattern:
            yield from self.pattern.finditer(text)
            return
        for hit in self.fast.finditer(route[1]):
            yield self._original(text, hit)

    def hits(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, dict[str, str]]]:
        """``(start, end, groups)`` of each match ``finditer`` would give, where ``groups`` holds
        the named groups that took part, as written in ``text``.

        On the fast path no match is re-made on the original: ``fold`` keeps every offset, so
        the groups are the same slices of ``text``.
        """
        route = self._route(text, folded)
        if route is None:
            return
        if route[0] is self.pattern:
            for m in self.pattern.finditer(text):
                yield m.start(), m.end(), {k: v for k, v in m.groupdict().items() if v is not None}
            return
        names = self._names
        for hit in self.fast.finditer(route[1]):
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
        route = self._route(text, folded)
        return [] if route is None else [m.span() for m in route[0].finditer(route[1])]
