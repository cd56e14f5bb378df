"""A regular expression for a set of literal words, factored by shared prefixes.

``"|".join(words)`` makes Python's ``re`` try every word, one after the other, at each
position of the text. The same language written as a prefix tree (``sa(?:id|ys)``) lets the
engine branch on one character at a time, so a table of a few hundred words costs a few
character tests per position instead of a few hundred.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source (no groups) matching exactly the given literal words, longest first."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # a word ends here and longer ones go on: the rest is optional, tried first (greedy)
    return f"(?:{body})?"
