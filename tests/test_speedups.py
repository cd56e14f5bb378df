"""The speed-ups must not change answers: each fast path against the plain one it replaces.

Hypothesis builds text from the words the rules care about, glued by spaces, punctuation,
underscores and the four characters where lower-casing and IGNORECASE disagree.
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdesk.folded import Folded, fold, lowered_source
from newsdesk.temporal_rules import FUTURE_CUES, PAST_CUES, PRESENT_CUES

temporal = importlib.import_module("newsdesk.temporal")
timeline = importlib.import_module("newsdesk.timeline")
structure = importlib.import_module("newsdesk.structure")

WORDS = ["today", "Monday", "Mon.", "2023", "5th", "45th", "hours", "hrs", "min", "minute", "ago", "now", "nowhere", "after", "afternoon", "since", "war", "last", "half", "long", "took", "every", "once", "weekly", "3", "pm", "p.m.", "noon", "January", "Mar.", "March", "in", "the", "of", "week", "weekend", "spring", "fall_", "years5", "_ago", "sinceach", "soon", "future", "recently", "eventually", "coming", "next", "will", "won't", "met", "spoke", "talked", "phone", "call", "summit", "Blinken", "Lavrov", "US", "Russian", "talks", "February", "30", "“quoted”", "’s", "é", "日本", "DAY", "ÜNION", "KELVIN", "MARCH", "tuesday", "SEPT.", "jan", "Wed.", "EST", "a.m."]
GLUE = [" ", "", "-", ", ", "_", "’", ". ", "; ", "\u0130", "\u0131", "\u017f", "\u212a", "\u200b"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=14).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_feature_prefilter_equals_the_regexes(text):
    expected = frozenset(name for name, pattern in temporal._FEATURES.items() if pattern.search(text))
    assert temporal._features(text) == expected


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prefiltered_candidates_equal_running_every_rule(text):
    assert temporal.find_candidates(text) == temporal.find_candidates(text, prefilter=False)


PATTERNS = [pattern for _, pattern in temporal.RULES] + [FUTURE_CUES, PAST_CUES, PRESENT_CUES] + [p for _, p, _ in timeline._TRIGGERS]


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=0, max_value=len(PATTERNS) - 1))
def test_folded_pattern_finds_what_ignorecase_finds(text, k):
    pattern = PATTERNS[k]
    folded = Folded(pattern)
    want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in folded.finditer(text)] == want
    assert folded.spans(text, fold(text)) == [span for span, _ in want]
    hit = folded.search(text)
    assert (hit.span() if hit else None) == (want[0][0] if want else None)


def test_folded_keeps_the_writers_capitals_in_groups():
    folded = Folded(re.compile(r"(?P<w>monday)", re.IGNORECASE))
    assert folded.fast is not None
    assert next(folded.finditer("On MONDAY")).group("w") == "MONDAY"


def test_capitals_are_lowered_but_escapes_and_group_names_are_kept():
    assert lowered_source(re.compile(r"US\s+(?P<Mon>Jan)\S(?P=Mon)\B[A-Z]\x2d", re.IGNORECASE)) == r"us\s+(?P<Mon>jan)\S(?P=Mon)\B[a-z]\x2d"
    assert Folded(re.compile(r"(?P<m>March|MAY)\b", re.IGNORECASE)).fast.pattern == r"(?P<m>march|may)\b"


@pytest.mark.parametrize(
    "source",
    [r"US", r"(?-i:US)\s+and", r"(?s-i:x)", r"[A-z]", r"\x4A", r"\u00C9", r"\N{LATIN CAPITAL LETTER A}", "[\u00c0-\u00de]", "\u212a"],
)
def test_sources_the_fast_path_cannot_reproduce_are_left_alone(source):
    flags = 0 if source == "US" else re.IGNORECASE
    assert Folded(re.compile(source, flags)).fast is None


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([r"(?P<w>Jan(?:uary)?|MAR\.?)\s+\d+", r"[A-Z][a-z]+day", r"\bUS\b|\x41\.?m\.", r"(?P<x>We)?(?(x)d|T)"]))
def test_lowered_patterns_find_what_ignorecase_finds(text, source):
    pattern = re.compile(source, re.IGNORECASE)
    folded = Folded(pattern)
    assert [(m.span(), m.groupdict()) for m in folded.finditer(text)] == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_clutter_prefilter_agrees_with_each_pattern(text):
    plain = None
    norm = structure.normalise(text)
    if len(norm) <= structure.MAX_CLUTTER_CHARS:
        plain = next((("credit", why) for p, why in structure.CREDIT_PATTERNS if p.search(norm)), None) or next(
            (("boilerplate", why) for p, why in structure.BOILERPLATE_PATTERNS if p.search(norm)), None
        )
    assert structure.clutter_role(text) == plain


CLUTTER_WORDS = ["subscribe", "Subscribe", "SUBSCRIBE", "to", "our", "now", "for", "free", "sign", "up", "Sign up", "newsletter", "newsletters", "click", "here", "follow", "us", "on", "press", "the", "bell", "turn", "notifications", "all", "rights", "reserved", "Copyright", "©", "cookies", "accept", "policy", "By", "Jane", "Doe", "and", "agencies", "Al Jazeera", "(AP)", "(Reuters)", "Photo:", "Source:", "via", "Reporting by", "Share", "Facebook", "|", "Twitter", "3 comments", "Leave a comment", "Related", "Read more", "Tags:", "Advertisement", "Disclaimer:", "— Reuters", "Lavrov", "said", "met", "\u212a", "\u017f", "\u0130"]
clutter_texts = st.lists(st.tuples(st.sampled_from(CLUTTER_WORDS), st.sampled_from([" ", "", "-", ": ", ". ", "\n", "_", "’"])), max_size=10).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=500, deadline=None)
@given(clutter_texts)
def test_clutter_quick_test_never_says_no_when_a_pattern_matches(text):
    norm = structure.normalise(text)
    if any(p.search(norm) for p, _ in structure.CREDIT_PATTERNS + structure.BOILERPLATE_PATTERNS):
        assert structure._may_be_clutter(norm)
    test_clutter_prefilter_agrees_with_each_pattern.hypothesis.inner_test(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n,")), max_size=400), st.integers(min_value=4, max_value=60))
def test_long_text_pieces_cover_the_text_exactly(text, size):
    """Punkt runs piece by piece on huge paragraphs (NLTK's 5 s regex guard raised on a 1 MB
    one): the pieces put back together are the text, and none is too long."""
    sentences = importlib.import_module("newsdesk.sentences")  # the package's nd.sentences is a function
    old = sentences.PIECE_CHARS
    sentences.PIECE_CHARS = size
    try:
        pieces = sentences._pieces(text)
        assert "".join(p for _, p in pieces) == text
        assert all(text[o:o + len(p)] == p and len(p) <= size for o, p in pieces)
        spans = sentences._spans(text)
        assert all(0 <= a < b <= len(text) for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))
        covered = "".join(text[a:b] for a, b in spans)
        assert "".join(covered.split()) == "".join(text.split())  # no word lost
    finally:
        sentences.PIECE_CHARS = old
