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
from newsdesk.word_trie import trie_pattern

q = importlib.import_module("newsdesk.quotes")  # the module (``newsdesk.quotes`` is also a function)

PIECES = [
    "said", "Said", "SAID", "says", "told", "tells", "according", "to", "According to", "pointed", "out",
    "point out", "spoke", "of", "referred", "called", "described", "warned", "adding", "saying", "reported",
    "Lavrov", "Blinken", "the", "a", "senior", "official", "U.S.", "Mr.", "who", "and", "but", "also", "later",
    "on", "Monday", "last", "week", "in", "that", ",", ".", ";", ":", "!", "?", "'", "’", "-", "_", "—", "“", "”",
    "ſaid", "\u212aremlin", "talKed", "İ", "ı", "x2", "2", q.PH, q.PH * 3, " ", "  ", "\n", "\t", "\u00a0",
    "é", "Москва", "٣", "saidé", "ésaid", q.PH + "said", "said" + q.PH, "(said)", "«told»",
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
    pattern = re.compile(trie_pattern(words))
    for w in words:
        assert pattern.fullmatch(w)
    for w in ["sai", "saidd", "sayin", "tol", "x", "", "accordin"]:
        assert not pattern.fullmatch(w)


def _np_left_reference(masked: str, lo: int, hi: int) -> tuple[int, int, str]:
    """_np_left before word lists and short windows: (start, end, token) tuples of 240 characters."""
    toks = [(m.start(), m.end(), m.group()) for m in q._WORD_RE.finditer(masked, max(lo, hi - 240), hi)]
    picked: list[tuple[int, int, str]] = []
    k = len(toks) - 1
    while k >= 0 and len(picked) < 12:
        s, e, t = toks[k]
        low = t.lower()
        if not (t[0].isalnum() or t[0] == "_"):
            break
        left = toks[k - 1][2].lower() if k > 0 else ""
        if low in qc.NP_STOP_WORDS:
            named_place = low in ("in", "at") and k > 0 and toks[k - 1][2][:1].isupper() and picked and picked[-1][2][:1].isupper() and left not in qc.NP_STOP_WORDS
            briefed_on = low in ("on", "about", "of") and left in ("briefed", "informed")
            if (low in ("to", "on", "with", "in") and (left in qc.NP_PREP_HOSTS or low == "in" and left in qc.ANON_HEADS) or named_place or briefed_on) and picked:
                picked.append(toks[k])
                k -= 1
                continue
            break
        if low == "and":
            right_cap = picked and picked[-1][2][:1].isupper()
            left_cap = k > 0 and toks[k - 1][2][:1].isupper()
            if right_cap and left_cap:
                picked.append(toks[k])
                k -= 1
                continue
            break
        participle = low in ("briefed", "informed") and left in q._SOURCE_NOUNS and picked and (picked[-1][2].lower() in ("on", "about", "of") or picked[-1][2].lower() in ("to", "with", "in") and low in qc.NP_PREP_HOSTS)
        if low in qc.VERB_FORMS and picked and not participle:
            break
        picked.append(toks[k])
        if low in qc.DETERMINERS:
            if left in qc.NP_INNER_PREPS and k > 1:
                k -= 1
                continue
            if k > 1 and (left in ("to", "on", "with", "in") and toks[k - 2][2].lower() in qc.NP_PREP_HOSTS or left in ("on", "about", "of") and toks[k - 2][2].lower() in ("briefed", "informed")):
                picked.append(toks[k - 1])
                k -= 2
                continue
            break
        k -= 1
    while picked and picked[-1][2].lower() in qc.NP_INNER_PREPS | {"and"}:
        picked.pop()
    if not picked:
        return hi, hi, ""
    picked.reverse()
    start, end = picked[0][0], picked[-1][1]
    return start, end, masked[start:end]


NP_PIECES = PIECES + [
    "close", "familiar", "with", "briefed", "of", "for", "at", "from", "ministry", "Kremlin", "sources",
    "people", "in", "Moscow", "and", "Washington", "an", "aide", "to", "spokesman", "U.S.-Russia", "it's",
    "informed", "about", "person", "officials",
]


def test_subject_phrase_matches_the_tuple_scan():
    rng = random.Random(5)
    for _ in range(4000):
        words = [rng.choice(NP_PIECES) for _ in range(rng.randrange(0, 70))]
        text = "".join(w + rng.choice([" ", " ", "  ", "\n", ""]) for w in words)
        hi = rng.randrange(0, len(text) + 1)
        lo = rng.randrange(0, hi + 1) if rng.random() < 0.3 else 0
        assert q._np_left(text, lo, hi) == _np_left_reference(text, lo, hi), (text, lo, hi)


def test_last_token_is_the_last_of_the_window_tokens():
    rng = random.Random(9)
    for _ in range(4000):
        text = _text(rng, rng.randrange(0, 30))
        hi = rng.randrange(0, len(text) + 1)
        lo = max(0, hi - rng.randrange(0, 60))
        toks = [m.group() for m in q._WORD_RE.finditer(text, lo, hi)]
        assert q._last_token(text, lo, hi) == (toks[-1] if toks else ""), (text, lo, hi)


ADVERB_PIECES = PIECES + list(qc.ADVERB_WORDS) + ["On", "LAST", "Thursday", "monday", "ALSO", "alſo", "hAs", "wıll", "onCe", "week's"]


def test_strip_adverbs_matches_the_regex():
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice(ADVERB_PIECES) + rng.choice([" ", " ", "  ", "\n", ""]) for _ in range(rng.randrange(0, 12))).rstrip()
        m = qc.ADVERB_RE.search(text)
        want = text[: m.start()] if m and m.start() > 0 else text
        assert q._strip_adverbs(text) == want, text


def test_conjunction_search_with_folded_letters():
    """_conj_before's quick test of the last word agrees with the regex on non-ASCII look-alikes."""
    rng = random.Random(17)
    pieces = ["word ", "and ", " AND", " but", ",", "  ", "while", "whıle", "whereaſ", " whereas", "x", "\n", "Lavrov ", "brand", "butt", q.PH, "”", "2", "."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        a = rng.randrange(0, len(text) + 1)
        m = q._CONJ_END.search(text[a:])
        assert q._conj_before(text, a, len(text)) == (a + m.start() if m else -1), text


FRAME_PIECES = PIECES + [
    "on", "On", "ON", "in", "In", "a", "statement", "interview", "Thursday", "week", "last", "this", "Telegram", "X",
    "his", "its", "video", "call", "during", "after", "the", "talks", "again", "also", "separately", "morning",
    "later", "earlier", "from", "Moscow", "through", "channels", "publicly", "thiſ", "ın", "durıng", "ſhortly",
    "only", "on-", "in2", "separately", "afterwards", "via", "by", "at",
]


def test_frame_adverbial_is_time_else_adverbial():
    rng = random.Random(19)
    for _ in range(5000):
        text = "".join(rng.choice(FRAME_PIECES) + rng.choice([" ", " ", ", ", "  ", ""]) for _ in range(rng.randrange(0, 14)))
        pos = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(pos, len(text) + 1)
        want = q._TIME_RE.match(text, pos, hi) or q._ADVERBIAL_RE.match(text, pos, hi)
        got = q._FRAME_ADVERBIAL_RE.match(text, pos, hi)
        assert (got.span() if got else None) == (want.span() if want else None), (text, pos, hi)
        got = q._frame_adverbial(text, pos, hi)
        assert (got.span() if got else None) == (want.span() if want else None), (text, pos, hi)


def test_only_punct_is_no_letter_digit_or_mask():
    rng = random.Random(23)
    for _ in range(3000):
        text = _text(rng, rng.randrange(0, 6))
        assert q._only_punct(text) == (not any(ch.isalnum() or ch == q.PH for ch in text)), text
    for ch in ["_", "²", "٣", "Ⅳ", "ſ", "\u0301", "・", q.PH]:
        assert q._only_punct(ch) == (not (ch.isalnum() or ch == q.PH)), ch


def _np_right_reference(masked: str, lo: int, hi: int) -> tuple[int, int, str]:
    """_np_right with (start, end, text) tuples, as before match objects."""
    toks = ((m.start(), m.end(), m.group()) for m in q._WORD_RE.finditer(masked, lo, min(hi, lo + 200)))
    picked: list[tuple[int, int, str]] = []
    for s, e, t in toks:
        low = t.lower()
        if not (t[0].isalnum() or t[0] == "_"):
            break
        if picked and (low in ("on", "with", "to") and picked[-1][2].lower() in qc.NP_PREP_HOSTS or low in ("in", "at") and q._prep_joins(low, picked[-1][2].lower())):
            picked.append((s, e, t))
            continue
        if low in qc.NP_PREP_HOSTS and picked:
            picked.append((s, e, t))
            continue
        if low in q._NP_RIGHT_STOP and picked and not (low == "and" and t and picked[-1][2][:1].isupper()):
            break
        if low in q._NP_RIGHT_STOP and not picked and low not in ("the",):
            break
        if low == "from" and picked and picked[-1][2][:1].isupper():
            break
        if picked and t.islower() and len(t) > 4 and t.endswith("ed"):
            break
        picked.append((s, e, t))
        if len(picked) >= 10:
            break
    while picked and picked[-1][2].lower() in qc.NP_INNER_PREPS | {"and", "the", "a", "an"}:
        picked.pop()
    if not picked:
        return lo, lo, ""
    return picked[0][0], picked[-1][1], masked[picked[0][0] : picked[-1][1]]


def test_object_phrase_matches_the_tuple_scan():
    rng = random.Random(29)
    pieces = NP_PIECES + ["declined", "Steve", "Rosenberg", "BBC's", "from", "who", "said", "reported", "Mittal"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "  ", ", ", ""]) for _ in range(rng.randrange(0, 40)))
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        assert q._np_right(text, lo, hi) == _np_right_reference(text, lo, hi), (text, lo, hi)


def test_anonymity_words_are_in_every_alternative():
    rng = random.Random(31)
    pieces = PIECES + ["on condition of anonymity", "not authorised to", "not authorized to", "declined to be named", "asked not to be identified",
                       "speaking anonymously", "anonymous", "unnamed", "familiar with", "close to the", "briefed on", "who requested anonymity",
                       "who asked for anonymity", "ON CONDITION THAT HE NOT BE NAMED", "aſked not to be named", "familıar with", "close to"]
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        assert qc.has_anonymity_phrase(text) == bool(qc.ANONYMITY_RE.search(text)), text


def test_role_mention_words():
    """_role_holder's quick test: _ROLE_MENTION only matches ASCII mentions ending in a role word."""
    rng = random.Random(37)
    pieces = ["the", "US", "U.S.", "Russian", "Ukraine's", "Ukraine’s", "president", "President", "foreign", "minister", "prime",
              "defence", "defense", "secretary", "of", "state", "national", "security", "adviser", "top", "diplomat", "envoy", "x"]
    for _ in range(4000):
        mention = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6))) + rng.choice(["", "", " ", "\n"])
        if q._ROLE_MENTION.match(mention):
            assert mention.isascii() is False or mention.lower().rstrip().endswith(q._ROLE_LAST_WORDS), mention


def test_statement_field_order():
    """_paragraph_statements builds Statements by position (faster than keywords)."""
    import dataclasses

    names = [f.name for f in dataclasses.fields(q.Statement)]
    assert names == ["paragraph_no", "start", "end", "kind", "cue", "mention", "appositive", "via", "context", "cue_pos", "mode", "confidence",
                     "nested_parent", "span_key", "chain", "inherit", "problem", "outer_key", "unit_start", "intro", "donor"]


def test_cues_of_a_window_from_the_paragraph_candidates():
    """iter_cues given the whole text's candidates finds what it finds scanning the window."""
    rng = random.Random(41)
    for _ in range(3000):
        text = _text(rng, rng.randrange(0, 40))
        found = qc.candidates(text, 0, len(text))
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        assert list(qc.iter_cues(text, a, b, False, found)) == list(qc.iter_cues(text, a, b)), (text, a, b)
