"""The first-character look-ahead (newsdesk.first_chars) never changes what a pattern finds."""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from newsdesk import quotes, temporal, timeline  # noqa: F401  (their patterns are built on import)
from newsdesk.first_chars import first_char_class, skips_ahead, with_first_chars
from newsdesk.folded import Folded, fold, lowered_source

EVAL = Path(__file__).parent / "eval"


def _chars(source: str, flags: int = 0) -> set[str] | None:
    """The characters of the class read off ``source`` (ranges and categories left as written)."""
    cls = first_char_class(re.compile(source, flags))
    if cls is None:
        return None
    return set(re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), cls[1:-1]))


def test_the_class_holds_what_each_branch_can_start_with():
    assert _chars(r"\b(?:will|['’]ll|shall)") == {"w", "'", "’", "s"}
    assert _chars(r"(?<![\w-])(?:(?P<signal>in|on)\s+)?(?P<day>\d+)") == {"i", "o", "\\", "d"}  # \d kept as a category
    assert _chars(r"(?:talks)?\s+now") == {"t", "\\", "s"}  # an optional word: what follows it counts too
    assert _chars(r"\b[a-c]x") == {"a", "-", "c"}  # a range stays a range


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:x|y?)",  # can match nothing: no first character
        r"\b.x",  # any character
        r"\b[^a]x",  # a negated class
        r"\b\w+ed",  # \w is most of a text: no gain
        r"\b(?i:x)y",  # case rules change inside the pattern
        r"(?P<a>x)(?P=a)|\b(?(a)x|y)",  # a conditional
    ],
)
def test_no_class_where_it_could_not_be_exact_or_would_not_help(source):
    assert first_char_class(re.compile(source)) is None
    pattern = re.compile(source)
    assert with_first_chars(pattern) is pattern


def test_patterns_re_already_skips_ahead_with_are_left_alone():
    for source in (r"summit\b", r"[;:]x", r"(?:met|meet)\b"):
        pattern = re.compile(source)
        assert skips_ahead(pattern)
        assert with_first_chars(pattern) is pattern
    assert with_first_chars(re.compile(r"(?i)\bx")).pattern == r"(?i)\bx"  # inline global flags must stay first


def test_a_verbose_pattern_ending_in_a_comment_keeps_its_group_closed():
    pattern = re.compile(r"\b(?:talks|summit)  # what they held", re.VERBOSE)
    sped = with_first_chars(pattern)
    assert sped is not pattern
    assert [m.span() for m in sped.finditer("the summit and talks")] == [(4, 10), (15, 20)]


def test_case_is_read_as_the_pattern_reads_it():
    pattern = re.compile(r"\b(?:kelvin|straße)", re.IGNORECASE)
    sped = with_first_chars(pattern)
    assert sped is not pattern
    for text in ("KELVIN", "\u212aelvin", "Straße", "STRASSE", "kelvin"):
        assert [m.span() for m in sped.finditer(text)] == [m.span() for m in pattern.finditer(text)], text


FOLDED = sorted({id(f): f for f in gc.get_objects() if isinstance(f, Folded) and f.fast is not None}.values(), key=lambda f: f.pattern.pattern)
SPED = [f for f in FOLDED if f.fast.pattern.startswith("(?=[")]


def _plain(folded: Folded) -> re.Pattern:
    """The folded twin as it was before the look-ahead went in front."""
    return re.compile(lowered_source(folded.pattern), folded.pattern.flags & ~re.IGNORECASE)


def test_most_folded_patterns_get_the_look_ahead():
    assert len(SPED) >= 0.8 * len(FOLDED), (len(SPED), len(FOLDED))


def _eval_texts() -> list[str]:
    texts = []
    for name in ("timex_gold.jsonl", "quotes_gold.jsonl", "contacts_gold.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.extend([item["text"]] if "text" in item else item.get("paragraphs", []))
    return [t for t in texts if isinstance(t, str) and t]


def test_the_look_ahead_finds_the_same_on_every_eval_text():
    texts = [low for low in (fold(t) for t in _eval_texts()) if low is not None]
    assert len(texts) > 10_000
    for folded in SPED:
        plain = _plain(folded)
        for low in texts:
            assert [m.span() for m in folded.fast.finditer(low)] == [m.span() for m in plain.finditer(low)], (folded.pattern.pattern[:60], low)


@pytest.mark.parametrize("k", range(len(SPED)))
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_the_look_ahead_finds_the_same_on_texts_made_from_the_pattern(k, data):
    plain = _plain(SPED[k])
    text = data.draw(st.from_regex(plain) | st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
    assert [(m.span(), m.groupdict()) for m in SPED[k].fast.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,;:.!?-—\n\tTheButSince"))))
@example(text="The talks, but not. Then: 10:30 — since")
def test_the_clause_break_scan_is_unchanged(text):
    plain = re.compile(temporal._CLAUSE_BREAK.pattern.split(")(?:", 1)[1][:-1], temporal._CLAUSE_BREAK.flags)
    assert [m.span() for m in temporal._CLAUSE_BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]
