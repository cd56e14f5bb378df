"""The timeline's speed-ups must not change answers: each fast path against the plain code it replaced.

Hypothesis builds clauses from the words the triggers, venues and actors care about, glued by
spaces, punctuation and the four characters where lower-casing and IGNORECASE disagree.
"""

from __future__ import annotations

import importlib
import json
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from newsdesk.corpus import iter_articles, load_corpus
from newsdesk.folded import Folded, fewest_words, required_words

from .conftest import DATA

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
    "about", "over", "regarding", "discuss", "to", "saying", "stepping",
    "letter", "message", "sent", "wrote", "handed", "went", "Moscow", "tête-à-tête", "Putin", "Swap", "one-on-one",
]
GLUE = [" ", "", "-", ", ", "_", "’", ". ", "; ", "\u0130", "\u0131", "\u017f", "\u212a"]
clauses = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=14).map(lambda parts: "".join(w + g for w, g in parts))


def _first_reference(part: str) -> tuple[str, str, int] | None:
    """Every trigger pattern in order on ``part``, no word tests, no folded twins."""
    told_swap = None
    for name, pattern, code in timeline._TRIGGERS:
        starts = [m.start() for m in (pattern.search(part),) if m]
        cased = timeline._CASED_TRIGGERS.get(name)  # "called Lavrov": its own case-sensitive pattern
        starts += [m.start() for m in (cased.pattern.search(part),) if m] if cased is not None else []
        if starts and name == "prisoner release" and timeline._DOCUMENT_BEFORE.search(part, max(0, min(starts) - 40), min(starts)):
            continue  # "a statement released on Friday": a document, no prisoner
        if starts and name == "correspondence" and timeline._SUMMONED.search(part, 0, min(starts)):
            continue  # "summoned … and handed her a note": a meeting
        if starts and name == "prisoner exchange" and timeline._THE_BEFORE.search(part, max(0, min(starts) - 5), min(starts)):
            told_swap = (name, code, min(starts))  # "the swap", told already: another kind first
            continue
        if starts:
            return name, code, min(starts)
    return told_swap


def trigger_reference(clause: str) -> tuple[str, str, int] | None:
    """_trigger without its shortcuts: blank the venues, then every trigger pattern in order,
    first in the words before the first topic word or aside, then in the whole clause."""
    text = timeline._VENUE.sub(lambda m: " " * len(m.group()), clause)
    topic = timeline._TOPIC_TAIL.search(text)
    head = topic.start() if topic else len(text)
    aside = timeline._ASIDE.search(text, 0, head)  # an aside ends the head too
    head = aside.start() if aside and aside.start() > 0 else head
    whole = _first_reference(text)
    if whole is None:
        return None
    in_head = _first_reference(text[:head]) if 0 < head < len(text) else None
    if in_head is not None and not (in_head[0] == "prisoner release" and whole[0] == "prisoner exchange"):
        return in_head  # (a release "in exchange for" someone jailed "over" a donation is a swap)
    if whole[0] in timeline._TOPIC_ONLY_KINDS:  # "discussed the extension of the treaty": the discussion
        talked = timeline._DISCUSSED.search(text, max(0, whole[2] - 90), whole[2])
        if talked is not None and "," not in text[talked.end():whole[2]] and not timeline._verb_between(text, talked.end(), whole[2]):
            return _first_reference(text[:talked.end()]) or whole
    return whole


@settings(max_examples=500, deadline=None)
@given(clauses)
@example("statement released ")  # (found once at random: the reference lacked the document skip)
@example("released about swap ")  # (… and the release that is a swap's)
@example("discuss the treaty signed ")  # (… and what was discussed)
def test_trigger_word_tests_never_skip_a_trigger_that_matches(clause):
    expected = trigger_reference(clause)
    assert timeline._clause_trigger(clause) == expected
    assert timeline._trigger(clause) == expected and timeline._trigger(clause) == expected  # memo: same answer


def test_the_trigger_memo_is_per_article():
    article = iter_articles(load_corpus(DATA))[0]
    timeline._TRIGGERS_SEEN["an earlier article's clause"] = None
    timeline.timeline_columns(article)
    assert "an earlier article's clause" not in timeline._TRIGGERS_SEEN
    assert 0 < len(timeline._TRIGGERS_SEEN) <= 4096


ACTOR_WORDS = [
    "Sergey", "Sergei", "Lavrov", "Antony", "Blinken", "Putin", "Biden", "Vladimir", "Joe", "US", "U.S.", "UN", "un",
    "the", "Kremlin", "White", "House", "Secretary", "of", "State", "Foreign", "Minister", "Russian", "said", "met",
    "according", "to", "Reuters", "TASS", "Peskov", "Dmitry", "they", "Σ", "İ", "Bout", "bout", "Viktor", "Griner",
]
ACTOR_GLUE = [" ", "", "-", ", ", "_", "’", ". ", "; ", "–", "'", ".", "\u00a0", "\n"]
paragraphs = st.lists(st.tuples(st.sampled_from(ACTOR_WORDS), st.sampled_from(ACTOR_GLUE)), max_size=16).map(lambda parts: "".join(w + g for w, g in parts))


@st.composite
def pieces(draw):
    """A paragraph and a piece of it (start, end)."""
    text = draw(paragraphs)
    # mostly where a word starts or ends: the cuts where the resolver's checks are delicate
    edges = [0, len(text), *(i for i in range(1, len(text)) if text[i - 1].isalnum() != text[i].isalnum())]
    a, b = (draw(st.sampled_from(edges) | st.integers(min_value=0, max_value=len(text))) for _ in range(2))
    return text, min(a, b), max(a, b)


@settings(max_examples=1000, deadline=None)
@given(pieces())
# (found by this test: a surname kept because of the word two before it — "Sergey Sergey.
# Blinken", "Foo Cherelle Griner" — was read otherwise in a piece starting after that word)
@example(("Sergey Sergey. Blinken, ", 6, 24))
@example(("Foo Cherelle Griner thanked Biden.", 4, 34))
@example(("Sergey Sergey’Sergey Bout ", 14, 26))  # (… and a piece starting inside the word before, after "’")
def test_paragraph_mentions_of_a_piece_are_those_a_scan_of_the_piece_finds(piece):
    from newsdesk.actors import default_resolver

    text, start, end = piece
    resolver = default_resolver()
    got = timeline.ParagraphMentions(text, resolver).within(start, end)
    if got is not None:
        assert got == [(m.start, m.end, m.actor_id) for m in resolver.find(text[start:end])]


temporal = importlib.import_module("newsdesk.temporal")
DATE_WORDS = [
    "on", "since", "Thursday", "Thu.", "March", "MARCH", "may", "2", "2023", "2023-03-02", "5th", "the", "of", "last",
    "week", "for", "roughly", "10", "minutes", "ago", "two", "days", "later", "3", "pm", "p.m.", "early", "mid-",
    "July", "in", "months", "every", "Monday", "weekly", "Daily", "noon", "years", "1990s", "summer", "invasion",
    "this", "next", "month", "year", "end", "start", "beginning", "middle", "first", "second", "half", "quarter",
    "to", "through", "until", "3rd", "31", "Mondays", "fridays", "took", "lasted", "overtook", "decades", "after",
    "before", "earlier", "prior", "past", "coming", "following", "soon", "now", "term", "near", "future", "Thursdays",
]
DATE_GLUE = [" ", "", "-", ", ", "_", "’", ". ", "; ", "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9"]
date_texts = st.lists(st.tuples(st.sampled_from(DATE_WORDS), st.sampled_from(DATE_GLUE)), max_size=14).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=300, deadline=None)
@given(date_texts, st.sampled_from([rule for rule, _ in temporal.RULES]))
def test_folded_hits_are_the_spans_and_groups_finditer_gives(text, rule):
    pattern = dict(temporal.RULES)[rule]
    want = [(m.start(), m.end(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in pattern.finditer(text)]
    assert list(temporal._FOLDED_RULES[rule].hits(text)) == want


@settings(max_examples=1000, deadline=None)
@given(date_texts)
def test_rule_prefilter_never_skips_a_rule_that_finds_something(text):
    assert temporal.find_candidates(text) == temporal.find_candidates(text, prefilter=False)


def test_rule_prefilter_on_the_gold_sentences():
    from pathlib import Path

    gold = Path(__file__).parent / "eval" / "timex_gold.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line)["text"]
            assert temporal.find_candidates(text) == temporal.find_candidates(text, prefilter=False), text


#: vague_ago's pattern binds "\\s+" to its last count word only, so "manydays ago" matches with
#: no word "days": its "unit" need was never exact there (kept as it was: same results).
KNOWN_INEXACT = {"vague_ago"}


@pytest.mark.parametrize("rule", [rule for rule, _ in temporal.RULES if rule in temporal._NEEDS and rule not in KNOWN_INEXACT])
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_rule_prefilter_keeps_every_text_the_rule_matches(rule, data):
    """Texts made from the rule's own pattern (so each has a match): the rule is never skipped."""
    text = data.draw(st.from_regex(dict(temporal.RULES)[rule]))
    assert temporal.find_candidates(text) == temporal.find_candidates(text, prefilter=False)


structure = importlib.import_module("newsdesk.structure")
GATED_PATTERNS = (
    [p for _, p in temporal.RULES] + [p for _, p in temporal._CUE_PATTERNS] + list(temporal._FEATURES.values())
    + [p for _, p, _ in timeline._TRIGGERS] + [f.pattern for _, f in structure._ANY_CLUTTER]
    + [getattr(timeline, n) for n in dir(timeline) if n.isupper() or (n.startswith("_") and n[1:2].isupper())]
)
GATED_PATTERNS = [p for p in GATED_PATTERNS if isinstance(p, re.Pattern)]


@pytest.mark.parametrize("k", range(len(GATED_PATTERNS)))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_text_the_pattern_matches_always_holds_one_of_its_required_words(k, data):
    pattern = GATED_PATTERNS[k]
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    assert Folded(pattern).may_match(text), (pattern.pattern[:80], text)


def test_required_words_of_simple_patterns():
    assert required_words(re.compile(r"\bsummit\b")) == ("summit",)
    assert required_words(re.compile(r"\b(?:met|meet(?:s|ing)?)\b")) == ("met", "meet")  # shortest first
    assert required_words(re.compile(r"the\s+(?:two|pair)")) == ("two", "pair")  # not the common "the"
    assert required_words(re.compile(r"(?:talks)?\d+")) is None  # an optional word is not required
    assert required_words(re.compile(r"(?i:Talks)")) is None  # case ignored inside: no exact test
    assert required_words(re.compile(r"talks", re.IGNORECASE)) is None


def test_fewest_words_drops_a_word_that_holds_another():
    # "breakfasted" holds "breakfast": a text with the longer word passes the test by the shorter
    assert fewest_words(["breakfasted", "breakfast", "lunch", "luncheon", "met"]) == ("met", "lunch", "breakfast")
    assert required_words(re.compile(r"\b(?:call(?:ed|s)?|phoned)\b")) == ("call", "phoned")
    for words in (["talks", "talk", "spoke"], ["a-b", "xa-by", "c"], ["same", "same"]):
        kept = fewest_words(words)
        for text in ("we talk", "they spoke", "xa-by", "c", "nothing here", "same"):
            assert any(w in text for w in kept) == any(w in text for w in words)


def test_required_words_read_small_classes_and_look_arounds():
    # a class of single characters makes a run a few words; a positive look-ahead's words are in the text
    assert required_words(re.compile(r"\b[Cc]all(?:ed|s)?\b")) == ("Call", "call")
    assert required_words(re.compile(r"t[eê]te-[aà]-t[eê]te")) is not None
    assert required_words(re.compile(r"go\s+to\s+(?=Moscow|Washington)")) == ("Moscow", "Washington")
    assert required_words(re.compile(r"go\s+to\s+(?!Moscow)")) is None  # a negative look-ahead needs nothing
    assert required_words(re.compile(r"[A-Z]all")) == ("all",)  # a range: too many characters to list, the run after it stands


def test_lowered_words_gate_an_ignorecase_pattern_that_turns_case_off():
    pattern = re.compile(r"\bin\s+exchange\s+for\s+(?-i:[A-Z])", re.IGNORECASE)
    folded = Folded(pattern)
    assert folded.fast is None  # no lower-cased twin: "(?-i:[A-Z])" needs a capital
    assert folded.lower_words == ("exchange",)
    assert not folded.may_match("released for nothing in return")
    assert folded.search("freed IN EXCHANGE FOR Viktor Bout").group() == "IN EXCHANGE FOR V"
    assert folded.search("in exchange for money") is None
    # characters IGNORECASE matches otherwise than lower-casing does: no word of them
    long_s = Folded(re.compile(r"(?-i:[A-Z])ſwap", re.IGNORECASE))
    assert long_s.lower_words == ("wap",) and long_s.search("USWAP") is not None  # ("ſ" also matches "s")
    assert Folded(re.compile(r"(?-i:[A-Z])\bswap", re.IGNORECASE)).search("X \u017fwap") is None  # (no capital before)
    assert Folded(re.compile(r"\bswap(?-i:[A-Z])", re.IGNORECASE)).search("\u017fwapX") is not None  # fold() refuses the text


def test_every_contact_trigger_has_a_sentence_gate():
    """A sentence with no trigger word, no date and no one joining a contact is skipped: each
    trigger pattern (the case-sensitive ones too) must say which words it needs."""
    assert timeline._ANY_TRIGGER_WORDS is not None
    assert not timeline._may_hold_trigger("Oil prices rose sharply as traders weighed new sanctions.")
    assert timeline._may_hold_trigger("Biden wrote to Putin.")
    assert timeline._may_hold_trigger("The men had a tête-à-tête.")


@settings(max_examples=300, deadline=None)
@given(clauses)
def test_a_sentence_is_skipped_only_when_no_clause_holds_a_trigger(sentence):
    index = temporal.TextIndex(sentence)
    if any(timeline._trigger(timeline._strip_clause(sentence, *index.bounds(a, a))[0]) for a in {0, *index.break_ends}):
        assert timeline._may_hold_trigger(sentence)


def _reading(t) -> dict:
    """A Timex as a dict without the tense it was read with."""
    from dataclasses import asdict

    d = asdict(t)
    d.pop("tense")
    return d


@settings(max_examples=500, deadline=None)
@given(date_texts, st.sampled_from([None, "2023-03-02", "2024-02-29"]))
def test_working_out_the_tense_only_when_needed_changes_no_reading(text, dct):
    import datetime as dt

    published = dt.date.fromisoformat(dct) if dct else None
    index = temporal.TextIndex(text)
    for cand in temporal.find_candidates(text):
        full = temporal.resolve(cand, text, published, index=index)
        lazy = temporal.resolve(cand, text, published, index=index, record_tense=False)
        assert _reading(lazy) == _reading(full)
        assert lazy.tense in ("", full.tense)
