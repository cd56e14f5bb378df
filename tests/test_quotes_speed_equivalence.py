"""The quotes analyser's speed-ups give exactly the answers of the plain code they replaced.

Each test keeps the earlier, simple implementation as the reference and compares on random
text built from cue words, names, punctuation and awkward characters (long s and the Kelvin
sign, which IGNORECASE folds to ASCII letters; apostrophes and hyphens; the mask placeholder).
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Iterator

from newsdesk import quote_cues as qc

q = importlib.import_module("newsdesk.quotes")  # the module (``newsdesk.quotes`` is also a function)

PIECES = [
    "said", "Said", "SAID", "says", "told", "tells", "according", "to", "According to", "pointed", "out",
    "point out", "spoke", "of", "referred", "called", "described", "warned", "adding", "saying", "reported",
    "Lavrov", "Blinken", "the", "a", "senior", "official", "U.S.", "Mr.", "who", "and", "but", "also", "later",
    "on", "Monday", "last", "week", "in", "that", ",", ".", ";", ":", "!", "?", "'", "’", "-", "_", "—", "“", "”",
    "ſaid", "\u212aremlin", "talKed", "İ", "ı", "x2", "2", q.PH, q.PH * 3, " ", "  ", "\n", "\t", "\u00a0",
]


def _text(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(rng.choice(PIECES))
        out.append(rng.choice([" ", " ", " ", "", ", "]))
    return "".join(out)


_LETTERS = re.compile(r"[A-Za-z]+")


def _iter_cues_reference(text: str, start: int, end: int, fragment: bool = False) -> Iterator[tuple[int, int, str]]:
    """iter_cues before the prefix-tree regex: every letter run looked up in the table."""
    forms = qc.FRAGMENT_FORMS if fragment else qc.VERB_FORMS
    for m in _LETTERS.finditer(text, start, end):
        low = m.group().lower()
        if low not in forms and low not in qc._SECOND_WORD:
            continue
        s, e = m.start(), m.end()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'’-_"):
            continue
        if e < len(text) and (text[e].isalnum() or text[e] in "-_"):
            continue
        second = qc._SECOND_WORD.get(low)
        if second:
            nxt = re.match(r"\s+" + second + r"\b", text[e : min(end, e + 12)], re.IGNORECASE)
            if nxt:
                phrase = f"{low} {second}"
                if phrase in forms or (not fragment and phrase in qc.MULTI_CUES):
                    yield s, e + nxt.end(), text[s : e + nxt.end()]
                    continue
        if low in forms:
            yield s, e, m.group()


def test_iter_cues_matches_the_word_by_word_scan():
    rng = random.Random(3)
    for _ in range(3000):
        text = _text(rng, rng.randrange(0, 40))
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        for fragment in (False, True):
            assert list(qc.iter_cues(text, a, b, fragment)) == list(_iter_cues_reference(text, a, b, fragment)), (text, a, b)


def test_trie_pattern_matches_exactly_its_words():
    words = set(qc.VERB_FORMS) | set(qc.FRAGMENT_FORMS)
    words = {w for w in words if " " not in w}
    pattern = re.compile(qc._trie(words))
    for w in words:
        assert pattern.fullmatch(w)
    for w in ["sai", "saidd", "sayin", "tol", "x", "", "accordin"]:
        assert not pattern.fullmatch(w)
