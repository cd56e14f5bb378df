"""The timeline's speed-ups must not change answers: each fast path against the plain code it replaced.

Hypothesis builds clauses from the words the triggers, venues and actors care about, glued by
spaces, punctuation and the four characters where lower-casing and IGNORECASE disagree.
"""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

timeline = importlib.import_module("newsdesk.timeline")

WORDS = [
    "prisoner", "swap", "swapped", "exchange", "exchanged", "traded", "for", "in", "was", "released", "freed", "from",
    "video", "call", "virtual", "virtually", "summit", "phone", "telephoned", "called", "Lavrov", "the", "a", "first",
    "calls", "with", "talks", "small", "negotiations", "dialogue", "round", "of", "consultations", "briefly", "brief",
    "short", "chat", "chatted", "on", "move", "words", "handshake", "shook", "hands", "pull-aside", "informal",
    "encounter", "met", "meet", "meetings", "face-to-face", "in-person", "sat", "down", "visited", "hosted",
    "welcomed", "suspended", "signed", "treaty", "START", "agreement", "joint", "statement", "issued", "readout",
    "spoke", "talk", "conversation", "contact", "at", "sidelines", "margins", "G20", "meeting", "conference",
    "forum", "session", "New", "Delhi", "Blinken", "and", "but", "SUMMIT", "Talks", "MET", "Speak",
]
GLUE = [" ", "", "-", ", ", "_", "’", ". ", "; ", "\u0130", "\u0131", "\u017f", "\u212a"]
clauses = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=14).map(lambda parts: "".join(w + g for w, g in parts))


def trigger_reference(clause: str) -> tuple[str, str, int] | None:
    """_trigger as it was: blank the venues, then every trigger pattern in order."""
    text = timeline._VENUE.sub(lambda m: " " * len(m.group()), clause)
    for name, pattern, code in timeline._TRIGGERS:
        m = pattern.search(text)
        if m:
            return name, code, m.start()
    return None


@settings(max_examples=500, deadline=None)
@given(clauses)
def test_trigger_words_never_skip_a_trigger_that_matches(clause):
    assert timeline._trigger(clause) == trigger_reference(clause)


@settings(max_examples=300, deadline=None)
@given(clauses)
def test_venue_quick_test_never_says_no_when_the_venue_pattern_matches(clause):
    if timeline._VENUE.search(clause):
        assert timeline._may_name_venue(clause)
