"""Who said what: quote extraction and attribution with rules, no parser and no model.

Pipeline per article (after Citron, the SFU Gender Gap Tracker and CoreNLP's quote annotator,
see ``/work/shared/guides/quotes.md``), all written by hand because no parser model can be
installed here:

1. **Pair quote marks** by glyph in one linear scan per paragraph (curly, straight, guillemets,
   single quotes told apart from apostrophes). Unmatched marks are reported, never fatal; an
   unclosed quote stops at its sentence end unless the next paragraph opens with a quote mark
   (the news convention for a quote running over several paragraphs).
2. **Mask** the quoted text so cue verbs are never taken from inside a quote.
3. **Find cues** per sentence (said, told reporters, according to, quoted … as saying …) and
   the speaker noun phrase before the cue ("A senior US official said"), after it ("said
   Mittal"), or inherited ("… but said", ", adding that").
4. **Content**: the clause after the cue (``that``-clause or bare clause) or before it
   (", a senior official said."). A content that is one quote is a *direct* quote; otherwise
   it is *indirect* speech and any quoted fragments in it are *partial* quotes.
5. **Resolve speakers**: anonymity first ("a senior … official", "on condition of
   anonymity"), journalists and media, pronouns and "the official" to the most recent
   compatible speaker, then the actor table. Relays ("…, Russian news agencies reported",
   "according to TASS", "TASS quoted X as saying") go to ``via``.

Output columns: see :data:`QUOTE_COLUMNS`. ``quotes()`` also lists quote-mark problems in
``DataFrame.attrs["problems"]`` (records with PROBLEM_COLUMNS; see :func:`quote_problems`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter

import pandas as pd

from . import quote_cues as qc
from .actors import (
    LESSER_RANK,
    LOCATIVE_BEFORE,
    SPOKESPERSON_ROLE,
    ActorResolver,
    country_code,
    default_resolver,
    gender_unknown,
    held_title,
    is_default,
    is_head_of_state,
    nationality_side,
    pronoun_fits,
    role_holder,
    role_on,
)
from .corpus import Article, iter_articles
from .sentences import sentence_spans
from .text import LIVE_STAMP, normalise

ANALYSER_VERSION = "1.95"

QUOTE_COLUMNS = [
    "quote_id",
    "article_id",
    "outlet",
    "paragraph_no",
    "start",
    "end",
    "text",
    "kind",
    "cue",
    "speaker_mention",
    "speaker",
    "speaker_type",
    "side",
    "via",
    "nested_in",
    "part_of",
    "confidence",
    "problem",
]
PROBLEM_COLUMNS = ["article_id", "paragraph_no", "position", "problem"]
SPEAKER_TYPES = ("named_person", "anonymous", "institution", "journalist", "media", "unattributed")
KINDS = ("direct", "partial", "indirect")

#: Longer paragraphs are cut (and reported): a guard against pasted pages and binary junk.
MAX_PARAGRAPH_CHARS = 30_000
PH = qc.MASK  # placeholder for masked quote text (a private-use character, never in articles)
_WORD_RE = re.compile(r"[\w][\w’'.\-]*|[^\w\s]")
_SENT_END_RE = re.compile(r"[.!?](?=[\s\"”’']|$)")
#: Words that open an adverbial after a cue ("said on Thursday", "said in a statement").
_ADVERBIAL_WORDS = ("on", "in", "at", "during", "after", "by", "via", "late", "early", "last", "this", "earlier", "later", "again", "also", "separately", "then", "shortly", "afterwards", "publicly", "privately", "over", "through", "before", "from",
                    # "told reporters aboard Air Force One", "outside the building"
                    "aboard", "outside", "alongside", "inside")
#: Adverbs that make a frame on their own ("told journalists afterward.").
_LONE_ADVERBS = ("afterwards", "afterward", "later", "earlier", "again", "separately", "publicly", "privately", "too", "also", "then", "yesterday", "today", "tonight",
                 "only", "simply", "merely", "tersely", "curtly", "flatly")  # ("said only: “…”": the words after the colon)
_ADVERBIAL_RE = re.compile(
    # "said afterwards the talks had been …": a lone adverb, then the content's subject (or a
    # place: "said later at his own news conference, which lasted …")
    r"(?:\s*,?\s*(?:" + "|".join(_LONE_ADVERBS) + r")(?=\s+(?:the|he|she|they|it|we|his|her|their|its|this|these|those|(?-i:[A-Z])|at|in|on|during|from|via|aboard)\b)"
    # ("said to be furious" is no frame: "to" before be/have opens what was said of someone)
    # ("said this would happen “in the usual order”": "this" is the content's subject, no frame)
    r"|\s*,?\s*(?!this\s+(?:would|will|was|is|has|had|could|should|might|must|can|may|meant|means)\b)(?:" + "|".join(_ADVERBIAL_WORDS) + ")"
    # a frame ends at punctuation, "that", a quote, or where the next one begins ("in his
    # address to the Federal Assembly| on Tuesday")
    r"(?:\s+(?!that\b)(?:St\.|Mt\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|(?!(?:St|Mt)\.)[\w’'\-]+)){1,4}?(?=\s*(?:,|that\b|$|[.;:!?]|" + PH + r")|\s+(?:on|in|at|during|after|before|from|via)\s"
    # ("told reporters in Moscow there were …": the content's subject and verb after the place)
    r"|\s+(?:there|it|he|she|they|we)\s+(?:was|were|is|are|had|has|have|would|will|could|did|must|should)\b)"
    r"|\s*,?\s*(?:" + "|".join(_LONE_ADVERBS) + r")(?=\s*(?:,|that\b|$|[.;:!?]|" + PH + r"))"
    # a programme's quoted name: "told Jay Leno on “The Tonight Show” that …"
    r"|\s*,?\s*(?:on|in)\s+" + PH + r"+(?=\s*,?\s*that\b))",
    re.IGNORECASE,
)
_TELL_OBJECT_RE = re.compile(
    # ("told Russian journalists", "told U.S. lawmakers": a word of where they are from first)
    r"\s+(?:(?:(?:[A-Z][\w.’'\-]*|foreign|local|visiting|western|state|news)\s+){0,2}?(?:reporters|journalists|agencies|outlets|broadcasters|newspapers|networks|channels|lawmakers|legislators|parliament|delegates|him|her|them|us|me|students|officials|listeners|viewers|readers|diplomats|colleagues|counterparts|aides|allies|advisers|advisors|staff|senators|supporters|partners|ambassadors|envoys|donors|investors|voters|troops|parliamentarians|deputies|(?:state\s+)?(?:television|TV|radio|media))"
    r"|(?:the|a|an|his|her|its|their|my|our|your)\s+(?:[\w’'\-]+\s+){0,3}?(?:conference|briefing|reporters|journalists|audience|diplomats|officials|delegates|leaders|ministers|participants|guests|lawmakers|students|forum|channel|agency|newspaper|interviewer|station|summit|meeting|session|committee|gathering|broadcaster|network|daily|website|programme|program|show|crowd|parliament|counterparts?|interlocutors?|colleagues|hosts|visitors|Duma|Senate|Congress|press(?!\s+(?:conference|briefing|corps|gaggle|pool)\b)|(?:press\s+)?(?:corps|gaggle|pool)|media|television|radio)"
    # ("told the RT television channel": the medium's own noun after it belongs to it)
    r"(?:\s+(?:channel|station|network|agency|programme|program|show|newspaper))?"
    r"|(?:[A-Z][\w\-.]*['’]s\s+)?(?:[A-Z][\w’'\-.]*)(?:\s+(?:(?:of|on|in|at)\s+(?:the\s+)?(?=[A-Z]))?(?:[A-Z][\w’'\-.]*|state|news|agency|newspaper|television|TV|channel|radio|daily))*)",
)
_SPEAKERLESS = {"it", "there", "this", "that", "what", "which", "who"}
#: "this same official", "that official", "the same source": the one told of before.
_SAME_SOURCE = re.compile(r"(?i:(?:this|that)(?:\s+same)?|the\s+same)\s+(?P<rest>(?:[a-z-]+\s+)?(?P<head>[a-z]+))")
_DEMONSTRATIVE_PERSON = re.compile(
    r"(?i:this|that)\s+(?:[a-z-]+\s+)?(?:correspondent|reporter|writer|journalist|columnist|author|newspaper|official|diplomat|minister|envoy|spokes(?:man|woman|person))"
)
_TITLE_WORDS = frozenset(
    ["us", "u.s.", "american", "russian", "ukrainian", "foreign", "minister", "secretary", "state", "president", "prime", "deputy", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "special", "senior", "top", "national", "security", "adviser", "advisor", "chief", "director", "general", "gen.", "defence", "defense", "former", "acting", "vice", "chancellor", "kremlin", "white", "house", "of", "the", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sen.", "senator", "rep.", "representative", "official", "head", "leader", "premier", "chairman", "commander", "lt.", "col.", "italian", "french", "german", "british", "chinese", "indian", "turkish", "european", "un", "nato", "eu", "g20", "foreign-policy", "aide", "press", "secretary-general", "correspondent", "reporter", "editor", "journalist"]
)


# ------------------------------------------------------------------------ quote marks


@dataclass(slots=True)
class QSpan:
    """One quoted span in a paragraph: ``start`` is the opening mark, ``end`` is after the closing mark."""

    start: int
    end: int
    closed: bool = True
    glyph: str = "double"
    continues: bool = False  # runs on into the next paragraph
    problem: str = ""

    text: str = field(default="", repr=False)

    @property
    def inner(self) -> tuple[int, int]:
        a = self.start + 1
        b = self.end - 1 if self.closed else self.end
        while a < b and self.text and self.text[a].isspace():
            a += 1  # "« off limits »": French guillemets stand apart from their words
        while b > a and self.text and (self.text[b - 1] in ", " or self.text[b - 1].isspace()):
            b -= 1  # "…last week,” said Mittal": the comma is the attribution's punctuation
        return a, max(a, b)


def _sentence_end_after(text: str, pos: int, limit: int) -> int:
    m = _SENT_END_RE.search(text, pos, limit)
    return m.end() if m else limit


_EMBEDDED_CUE = re.compile(
    r",\s+(?:(?:he|she|they)|(?:[A-Z][\w’'\-.]*\s+){1,3}?|(?:the|a|an)\s+(?:[\w’'\-]+\s+){1,3}?)(?:said|says|added|adds|told\s+\w+|wrote|noted|stressed)(?:\s+\w+){0,3}[.!?]?\s*$"
)


def _close_before_attribution(text: str, start: int, stop: int) -> int:
    """For an unclosed quote that swallowed its own attribution ("“We will respond, Peskov said."),
    the position of the comma where the closing mark was probably forgotten; else ``stop``."""
    lo = max(start + 1, stop - 120)
    m = _EMBEDDED_CUE.search(text, lo, stop)
    return m.start() if m else stop


#: Any quote mark: the pass below visits only these (a Python step per character cost more
#: than pairing the marks).
_MARK_RE = re.compile("[" + re.escape(qc.DOUBLE_MARKS + qc.SINGLE_MARKS) + "]")


def scan_quotes(text: str, runs_on: bool | str = False) -> tuple[list[QSpan], list[tuple[int, str]]]:
    """Pair the quote marks of one paragraph in a single left-to-right pass (linear time).

    ``runs_on``: the next paragraph opens with a quote mark, so a quote still open at the end
    of this paragraph continues there (news convention) instead of being unmatched. True or
    "double" for a double mark; "single" for a British single one (‘), which continues an
    unclosed single quote.
    Returns (spans, problems) where each problem is (position, plain-English note).
    """
    n = len(text)
    spans: list[QSpan] = []
    problems: list[tuple[int, str]] = []
    open_at: int | None = None
    open_glyph = ""
    single_at: int | None = None
    inner_at: int | None = None  # a „…“ or “…” quote inside a «…» one (Russian style)
    inner_glyph = ""
    for mark in _MARK_RE.finditer(text):  # every other character leaves the state as it is
        i, ch = mark.start(), mark.group()
        if ch in qc.DOUBLE_MARKS and open_glyph == "\u00ab" and open_at is not None and ch != '"':
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if inner_at is not None and ch != "\u00bb" and (ch in qc.DOUBLE_OPEN.get(inner_glyph, "") or ch in qc.DOUBLE_CLOSE):
                spans.append(QSpan(inner_at, i + 1, True, "double"))  # the inner quote closes
                inner_at = None
                continue
            if inner_at is None and ch in "\u201e\u201c" and (prev.isspace() or prev in "(:—–-") and not nxt.isspace():
                inner_at, inner_glyph = i, ch  # "«… told me: „The paper …“ He was right.»"
                continue
            inner_at = None  # (an inner quote left open ends with the outer one)
        if ch in qc.DOUBLE_MARKS:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if ch == '"':
                role = "close" if open_at is not None else "open"
            elif ch in qc.DOUBLE_CLOSE:
                role = "close"
                if open_at is None and (prev.isspace() or i == 0 or prev in "([—–-") and (nxt.isalnum()):
                    role = "open"  # a closing glyph typed where an opening one belongs
            else:
                role = "open"
                if open_at is not None and not prev.isspace() and not nxt.isalnum() and ch in qc.DOUBLE_OPEN.get(open_glyph, ""):
                    role = "close"
            single_at = None  # single quotes never straddle a double quote mark
            if role == "close":
                if open_at is None:
                    problems.append((i, f"closing quote mark {ch!r} at character {i} has no opening mark (ignored)"))
                else:
                    spans.append(QSpan(open_at, i + 1, True, "double"))
                    open_at = None
            else:
                if open_at is not None:
                    stop = _sentence_end_after(text, open_at + 1, i)
                    stop = _close_before_attribution(text, open_at, stop)
                    spans.append(QSpan(open_at, stop, False, "double", problem="unclosed quote mark"))
                    problems.append((open_at, f"opening quote mark at character {open_at} is never closed; the quote was cut at the end of its sentence"))
                open_at, open_glyph = i, ch
        elif ch in qc.SINGLE_MARKS:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            can_open = ch in qc.SINGLE_OPEN and not prev.isalnum() and (nxt.isalnum() or nxt in "…."+'"“')
            can_close = ch in qc.SINGLE_CLOSE and not prev.isspace() and not nxt.isalnum()
            if single_at is None:
                if can_open:
                    single_at = i
            elif can_close:
                if i - single_at > 1:
                    spans.append(QSpan(single_at, i + 1, True, "single"))
                single_at = None
            elif can_open and ch == "\u2018":
                single_at = i
    if single_at is not None and open_at is None and runs_on == "single" and n - single_at > 1:
        spans.append(QSpan(single_at, n, False, "single", continues=True))
    if open_at is not None:
        if runs_on and runs_on != "single":
            spans.append(QSpan(open_at, n, False, "double", continues=True))
        else:
            stop = _sentence_end_after(text, open_at + 1, n)
            stop = _close_before_attribution(text, open_at, stop)
            spans.append(QSpan(open_at, stop, False, "double", problem="unclosed quote mark"))
            problems.append((open_at, f"opening quote mark at character {open_at} is never closed; the quote was cut at the end of its sentence"))
    spans.sort(key=lambda s: (s.start, -s.end))
    for s in spans:
        s.text = text
    return spans, problems


def _top_level(spans: list[QSpan]) -> tuple[list[QSpan], dict[int, int]]:
    """Outermost spans, and for each nested span (index) the index of its enclosing span."""
    top: list[QSpan] = []
    parent: dict[int, int] = {}
    cur = -1
    for k, s in enumerate(spans):
        if cur >= 0 and s.start >= spans[cur].start and s.end <= spans[cur].end:
            parent[k] = cur
            continue
        if cur >= 0 and s.start < spans[cur].end:
            parent[k] = -1  # overlaps without nesting: ignore (crossed marks)
            continue
        top.append(s)
        cur = k
    return top, parent


def _mask(text: str, spans: list[QSpan]) -> str:
    if not spans:
        return text
    parts, pos = [], 0
    for s in spans:
        parts.append(text[pos : s.start])
        parts.append(PH * (s.end - s.start))
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


def _units(text: str, top: list[QSpan]) -> list[tuple[int, int]]:
    """Sentence spans, merged so that no top-level quote is split between two units."""
    spans = sentence_spans(text)
    if not spans or not top:
        return spans  # no quote to keep whole: the sentences as they are
    units: list[tuple[int, int]] = []
    qi = 0
    for a, b in spans:
        prev_end = units[-1][1] if units else a
        while qi < len(top) and top[qi].end <= min(a, prev_end):
            qi += 1
        inside = qi < len(top) and top[qi].start < a and (a < top[qi].end or prev_end < top[qi].end)
        if units and (inside or _asked_after(text, units[-1][1], a, b)):
            units[-1] = (units[-1][0], b)
        else:
            units.append((a, b))
    return units


#: A quote that ends in a question or exclamation mark, then its speaker and verb as a
#: sentence of their own to the splitter: '“Do you think we got it?” Mrs Clinton asked.'
_QUESTION_QUOTE_END = re.compile(r"[?!][”\"’'»]\s*$")
_SPEAKER_AND_VERB = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,4}(?P<verb>[a-z]+(?:\s+(?:back|out))?)\b")


def _asked_after(text: str, prev_end: int, a: int, b: int) -> bool:
    """Whether the sentence ``text[a:b]`` only names who spoke the quote that ends the
    sentence before it (the sentence splitter cuts after a question mark inside quotes)."""
    if b - a > 160 or not _QUESTION_QUOTE_END.search(text, max(0, prev_end - 3), prev_end):
        return False
    m = _SPEAKER_AND_VERB.match(text, a, b)
    return m is not None and m.group("verb") in qc.VERB_FORMS


# ------------------------------------------------------------------------ cues and speakers


@dataclass(slots=True)
class Cue:
    """A speech cue in one unit (sentence) and the frame around it."""

    start: int
    end: int  # end of the cue word(s)
    word: str
    mode: str  # pre | inverted | according | inherit | quoted | colon
    mention: str = ""
    mention_start: int = -1
    mention_end: int = -1
    appositive: str = ""
    via: str = ""
    region_start: int = 0  # where this cue's own words begin (subject or conjunction)
    frame_end: int = 0  # end of cue + speaker + listener + adverbials
    fragment_only: bool = False


def _last_token(text: str, lo: int, hi: int) -> str:
    """The last ``_WORD_RE`` token of ``text[lo:hi]``, or "" (without tokenising the window).

    No token spans a space, so the tokens after the last space are the window's last tokens.
    """
    while hi > lo and text[hi - 1] == " ":
        hi -= 1
    if hi > lo:
        ch = text[hi - 1]
        if not (ch.isalnum() or ch in "_’'.-" or ch.isspace()):
            return ch  # it cannot end a word token: a one-character token (a masked quote, a comma)
    while hi > lo:
        p = text.rfind(" ", lo, hi)
        words = _WORD_RE.findall(text, p + 1 if p >= 0 else lo, hi)
        if words:
            return words[-1]
        if p < 0:
            return ""
        hi = p
    return ""


_NP_LEFT_DANGLING = qc.NP_INNER_PREPS | {"and"}


def _np_left(masked: str, lo: int, hi: int) -> tuple[int, int, str]:
    """The subject noun phrase ending at ``hi`` (leftward scan, stops at clause boundaries)."""
    w0 = max(lo, hi - 240)
    n = None
    # Speed: tokenise only the last ~60 characters first, from a space (no token spans a space,
    # so these tokens are exactly the tail of the 240-character window's tokens); use the full
    # window only when the scan gets within two tokens of the short window's start.
    p = masked.rfind(" ", w0, hi - 60) if hi - 60 > w0 else -1
    if p > w0:
        words = _WORD_RE.findall(masked, p, hi)
        n = _np_left_scan(words, partial=True)
    if n is None:
        words = _WORD_RE.findall(masked, w0, hi)
        n = _np_left_scan(words, partial=False)
    j = len(words) - n  # the phrase is words[j:]
    while n and words[j].lower() in _NP_LEFT_DANGLING:
        j += 1
        n -= 1
    if not n:
        return hi, hi, ""
    # offsets: tokens cover every character but white space, so walk left over the phrase's
    # words and the white space between them
    end = hi
    while masked[end - 1].isspace():
        end -= 1
    start = end - len(words[-1])
    for k in range(len(words) - 2, j - 1, -1):
        while masked[start - 1].isspace():
            start -= 1
        start -= len(words[k])
    return start, end, masked[start:end]


def _prep_joins(prep: str, host: str) -> bool:
    """Whether ``host prep …`` is one noun phrase: "a source close to", "officials in Kyiv",
    "the Russian embassy in Washington", "Russia's ambassador to the UN"."""
    if prep in ("to", "on", "with", "in") and host in qc.NP_PREP_HOSTS:
        return True
    if prep in ("on", "about", "of") and host in ("briefed", "informed"):
        return True  # "a person briefed about the plans", "officials informed of the decision"
    if prep == "in" and host in ("involved", "congress", "republicans", "democrats", "lawmakers", "senators"):
        return True  # "a Russian diplomat involved in the negotiations", "Some Republicans in Congress"
    return prep in ("in", "at") and host in _PLACED_HEADS


#: Heads that a place phrase after them belongs to ("reporters in Moscow", "diplomats at the
#: talks in Geneva"): the place is never the subject of the verb that follows.
_PLACED_HEADS = qc.ANON_HEADS | qc.JOURNALIST_HEADS | qc.NP_PLACE_HOSTS | {"talks", "meeting", "summit", "negotiations", "conference", "forum"}


#: Words of a day in lower case: no speaker's phrase ends on them.
_DAY_ADVERBS = frozenset({"today", "yesterday", "tonight", "tomorrow"})


def _np_left_scan(words: list[str], partial: bool) -> int | None:
    """How many of the last ``words`` (_WORD_RE tokens) the subject phrase takes, scanning right
    to left; None if ``partial`` (a window's tail) and more words are needed to decide."""
    n = 0  # the phrase so far is words[k + 1:]
    k = len(words) - 1
    while k >= 0 and n < 12:
        if partial and k < 2:
            return None
        t = words[k]
        low = t.lower()
        if not (t[0].isalnum() or t[0] == "_") or t in _DAY_ADVERBS:
            break  # ("emerged … here today declaring that …": a day, no one's name; "USA Today" is)
        left = words[k - 1].lower() if k > 0 else ""
        if low in qc.NP_STOP_WORDS and not (low == "meeting" and not n and left in qc.DETERMINERS) and not (low == "may" and t == "May" and k > 0 and words[k - 1][:1].isupper()) \
                and not (n and low in ("earlier", "later", "last") and left in qc.DETERMINERS):  # ("involved in the earlier talks": an adjective)
            # ("… with the meeting told"; "Theresa May" is a name, not the modal)
            if n and (_prep_joins(low, left) or low in ("in", "at") and k > 0 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper() and left not in qc.NP_STOP_WORDS):
                # ("Imogen Foulkes in Geneva says": a name, then where the speaker is)
                n += 1
                k -= 1
                continue
            break
        if low == "and":
            right_cap = n and words[k + 1][:1].isupper()
            left_cap = k > 0 and words[k - 1][:1].isupper()
            if right_cap and left_cap:
                n += 1
                k -= 1
                continue
            break
        if low in qc.VERB_FORMS and n and not (low in ("briefed", "informed") and left in _SOURCE_NOUNS and _prep_joins(words[k + 1].lower(), low)):
            break  # ("a person briefed on the matter": a participle inside the phrase)
        n += 1
        if low in qc.DETERMINERS:
            if left in qc.NP_INNER_PREPS and k > 1:
                k -= 1
                continue
            if k > 1 and _prep_joins(left, words[k - 2].lower()):
                n += 1
                k -= 2
                continue
            break
        k -= 1
    if partial and k < 0:
        return None  # (only reachable with fewer than two tokens, kept for safety)
    return n


_NP_RIGHT_STOP = frozenset(["who", "which", "in", "on", "at", "during", "after", "when", "as", "told", "adding", "saying", "speaking", "according", "while", "before", "to", "that", "said", "says", "added", "and", "but", "than", "because", "if", "since", "last", "this", "earlier", "later", "late", "via", "by", "wrote", "noted", "recently", "reported", "in an", "over", "about", "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did", "does", "do", "can", "may", "might", "must", "also", "not", "then", "declined", "refused"])


_NP_RIGHT_DANGLING = qc.NP_INNER_PREPS | {"and", "the", "a", "an"}


def _np_right(masked: str, lo: int, hi: int) -> tuple[int, int, str]:
    """The noun phrase starting at ``lo`` (for "said Mittal", "according to TASS")."""
    # lazily: the scan usually stops after a few words (match objects: offsets only for the ends)
    picked: list[re.Match] = []
    last = ""  # the text of picked[-1]
    for m in _WORD_RE.finditer(masked, lo, min(hi, lo + 200)):
        t = m.group()
        low = t.lower()
        if not (t[0].isalnum() or t[0] == "_"):
            break
        if picked and (low in ("on", "with", "to") and last.lower() in qc.NP_PREP_HOSTS or low in ("in", "at") and _prep_joins(low, last.lower())):
            # "people briefed on the discussions", "a source close to …", "a source in the Russian delegation"
            picked.append(m)
            last = t
            continue
        if low in qc.NP_PREP_HOSTS and picked:
            picked.append(m)
            last = t
            continue
        if low in _NP_RIGHT_STOP and picked and not (low == "and" and t and last[:1].isupper()):
            break
        if low in _NP_RIGHT_STOP and not picked and low not in ("the",):
            break
        if low == "from" and picked and last[:1].isupper():
            break  # "the BBC's Steve Rosenberg from Moscow"
        if picked and t.islower() and len(t) > 4 and t.endswith("ed"):
            break  # "The official declined …": a verb ends the phrase
        picked.append(m)
        last = t
        if len(picked) >= 10:
            break
    while picked and picked[-1].group().lower() in _NP_RIGHT_DANGLING:
        picked.pop()
    if not picked:
        return lo, lo, ""
    start, end = picked[0].start(), picked[-1].end()
    return start, end, masked[start:end]


#: A phrase setting the scene before a subject: "At the library, where …", "Since 2020".
#: A phrase that sets the scene before a subject, up to its comma ("At the library, …"), or
#: tells where the subject spoke ("Speaking to the BBC's Today programme, a senior official,
#: who asked not to be named, said": the programme is the audience, not the speaker).
_INTRO_PHRASE = re.compile(r"\s*(?:At|In|Since|On|After|Before|During|For|From|Inside|Outside|Near|Across|Throughout|Under|Back|Earlier|Later|Meanwhile|Elsewhere"
                           r"|(?:Speaking|Talking|Writing|Appearing|Testifying|Commenting)\s+(?:to|on|at|in|before|from|with))\b[^;:]{0,200}")
_APPOS_START = re.compile(r",\s+(?=(?:who|which|whose|a|an|the|his|her|its|their|one|himself|herself|speaking|writing|asked|responding|currently|formerly|then|now|also|itself|reporting|quoted)\b|[\w.-]+['’]s\s)", re.IGNORECASE)  # or ", Putin's adviser,"


_RELATIVE = re.compile(r"\s(?:who|whom|whose)\s", re.IGNORECASE)
_ROLE_MENTION = re.compile(
    r"^(?:the\s+)?(?P<place>US|U\.S\.|American|Russian|Ukrainian|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+(?P<role>(?:(?:deputy|vice)\s+)?(?:president|foreign\s+minister|prime\s+minister|defen[cs]e\s+minister|defen[cs]e\s+secretary|secretary\s+of\s+state|national\s+security\s+adviser|top\s+diplomat|leader))$",
    re.IGNORECASE,
)
#: Heads of a mention that name one person's office ("the US vice president").
_ROLE_HEADS = frozenset(["president", "minister", "secretary", "ambassador", "envoy", "chancellor", "premier", "governor", "senator", "general", "commander", "director", "chief", "leader", "chairman", "chairwoman", "diplomat", "prosecutor", "mayor"])
_TOP_DIPLOMAT = re.compile(r"^(?:the\s+)?top\s+(?P<place>US|U\.S\.|American|Russian|Ukrainian)\s+diplomat$", re.IGNORECASE)
_ROLE_LAST_WORDS = ("president", "minister", "state", "adviser", "diplomat", "leader", "secretary")  # the last words of _ROLE_MENTION's roles
_DASHES = ("—", "–", " --", " -")
_NAME_APPOS = re.compile(r",\s*([A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})\s*$")
#: A lower-case title, then the name (", presidential aide Vladimir Medinsky,").
_LOWER_TITLE_NAME_APPOS = re.compile(r",\s*(?:(?!(?:of|the|for|to|at|in|on|with|and|a|an)\b)[a-z][\w-]*\s+){1,3}?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s*$")
#: A title with the name (", Deputy Secretary of State Wendy Sherman,"); not a party and a
#: state (", Republican of North Carolina,"): the title must start with a word of office.
_TITLED_NAME_APPOS = re.compile(
    r",\s*((?:Deputy|Assistant|Under|Acting|Foreign|Defen[cs]e|Prime|Vice|Secretary|Minister|Ambassador|Director|General|Gen\.|Admiral|Adm\.|Special|National|Senator|Sen\.|Rep\.)"
    r"(?:\s+(?:(?:of|for|the)\s+){0,2}[A-Z][\w’'\-.]*){2,7})\s*$"
)
#: An appositive that is a title and then a name ("the Russian envoy, Vasily Nebenzia"): the
#: two make a subject of their own, so what stands before them is not that subject.
_ROLE_THEN_NAME = re.compile(
    r"(?P<role>(?:(?:a|an|the|his|her|its|their)\s|[A-Z][\w.-]*['’]s\s)[^,;:" + PH + r"]{2,100}?),\s*"
    r"(?P<name>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})\s*"
)
#: Words that make a title a person's ("the capital, Kyiv" and "the treaty, New START" are not).
_PERSON_ROLE = re.compile(
    r"\b(?:envoy|ambassador|minister|secretary|spokes(?:man|woman|person)|advis[eo]r|official|director|chief|head|"
    r"president|leader|diplomat|negotiator|aide|commander|general|senator|congress(?:man|woman)|lawmaker|representative|"
    r"chair(?:man|woman)?|deputy|premier|chancellor|counterpart|lawyer|analyst|expert|professor|researcher|scholar|"
    r"correspondent|reporter|editor|journalist|mayor|governor|prosecutor|judge|member|strategist|economist|historian|"
    r"founder|executive|officer|coordinator|mediator|ombudsman|commissioner|attorney|wife|husband|son|daughter|brother|sister|mother|father)s?\b",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"(?:The|A|An|This|That|On|In|At|Last|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _title_and_name(role: str, name: str) -> bool:
    """Whether ``role, name`` reads as a person's title and their name (not a place or a body)."""
    if not _PERSON_ROLE.search(role) or _NOT_A_NAME.match(name):
        return False
    res = default_resolver()
    return not any(res.kind.get(m.actor_id) not in (None, "person") for m in res.find(name))


_ADVERB_LAST = frozenset(qc.ADVERB_WORDS)
_ADVERB_BEFORE = frozenset(qc.ADVERB_BEFORE_WORD)


def _strip_adverbs(stripped: str) -> str:
    """``stripped`` (no trailing white space) without the adverbials ending it ("Lavrov also").

    As cutting at ``qc.ADVERB_RE.search(stripped).start()`` when that is > 0, but the regex
    (which tries every white space) runs only if the last word is an adverb or follows "on" or
    "last", as its last repetition requires (non-ASCII words: always, IGNORECASE folds some).
    """
    parts = stripped.rsplit(None, 2)
    if len(parts) < 2:
        return stripped  # a match could only start at 0: nothing to cut
    w0, w1 = parts[-2], parts[-1]
    if (w0.isascii() and w1.isascii() and w1.lower() not in _ADVERB_LAST and w0.lower() not in _ADVERB_BEFORE and (w0.lower(), w1.lower()) not in qc.ADVERB_PHRASE_ENDS
            and not (w1.endswith("ly") and len(w1) > 4 and w1.islower())):  # ("he pointedly": any -ly adverb, see qc.ADVERB_RE)
        return stripped
    m_adv = qc.ADVERB_RE.search(stripped)
    if m_adv and m_adv.start() > 0:
        return stripped[: m_adv.start()]
    return stripped


#: A preposition (and perhaps an adverb) right before an -ing form makes it a gerund.
_GERUND_AFTER = re.compile(r"\b(?:of|for|by|about|from|without|against|despite|over|than)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
#: ", commenting on the results," between a subject and its verb.
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ing)\b[^,;:" + PH + r"]{0,100},$")

#: the start of a participle aside whose words hold a list ("Biden, standing with the families
#: of Evan Gershkovich, Paul Whelan and Alsu Kurmasheva in the State Dining Room, said")
_PARTICIPLE_START = re.compile(r",\s+[a-z]+ing\b")


def _participle_list_aside(stripped: str) -> re.Match | None:
    """A participle aside ending ``stripped`` (which ends with a comma) whose commas only part
    the items of a list ("of A, B and C"), else None."""
    m = _PARTICIPLE_START.search(stripped, max(0, len(stripped) - 220))
    if m is None or PH in stripped[m.start():]:
        return None
    pieces = stripped[m.end():-1].split(",")
    if len(pieces) < 2 or " and " not in pieces[-1] or any(len(x.split()) > 4 or not x.strip()[:1].isupper() for x in pieces[1:-1]):
        return None
    last = pieces[-1].strip()
    return m if last[:1].isupper() and ";" not in stripped[m.start():] and ":" not in stripped[m.start():] else None


#: How the writer reached a source, after it: "(an official) I spoke to a few minutes ago".
#: "… is out with a statement", "… came out with a tweet": the subject's act before "saying".
_OUT_WITH_STATEMENT = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been|came|comes)\s+(?:now\s+|also\s+|just\s+)?out\s+with\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|response|reaction|tweet|post|message)$")
_SOURCE_MET_TAIL = re.compile(r"\s+(?:I|we)\s+(?:had\s+|have\s+)?(?:spoke|spoken|talked|interviewed)(?:\s+(?:to|with))?(?:\s+(?:[\w-]+|on\s+[A-Z][a-z]+day)){0,5}$")
#: A verb whose object is the cue's gerund: "he recalled telling …", "she admitted saying …".
_VERB_BEFORE_GERUND = re.compile(r"\s+(?:recalled|recalls|remembered|remembers|admitted|admits|acknowledged|acknowledges|regretted|recounted|recounts)$")
_GERUND_AT = re.compile(r"[a-z]+ing\b")
#: ", 63" after a name said after its verb ("said Marc Fogel, 63, a history teacher"): an age.
#: "said barista Jake Morris", "said shop owner Anna Petrova": a role in lower case, then the name.
_LOWER_ROLE_THEN_NAME = re.compile(r"(?:[a-z][a-z-]+\s+){1,3}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")
#: Words after "said" that are no role ("…," said also Lavrov; "said today Peskov").
_NOT_A_ROLE = frozenset({"also", "again", "then", "today", "tonight", "yesterday", "later", "earlier", "recently", "separately", "privately", "publicly", "once", "now", "on", "in", "at", "to", "of", "by", "with", "from", "for", "as"})
_AGE_NEXT = re.compile(r"\s*,\s*\d{1,3}\b(?=\s*(?:[,.;!?]|$))")
#: ", 63," after a name: the speaker's age.
_AGE_AFTER_NAME = re.compile(r"(?<=[A-Za-z.])\s*,\s*(\d{1,3})\s*,$")
#: ", 61, of Tempe," or ", 45, from Moscow, Idaho," after a name: the speaker's age and home town.
_AGE_PLACE_AFTER_NAME = re.compile(r"(?<=[A-Za-z.])\s*,\s*\d{1,3}\s*,\s*(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:\s*,\s*[A-Z][\w.]*)?\s*,$")


def _subject_before(masked: str, lo: int, cue_start: int) -> tuple[int, int, str, str]:
    """Subject of a cue: (start, end, mention, appositive) — handles "X, who …, said"."""
    seg_end = cue_start
    lo = max(lo, seg_end - 400)  # bounded window: linear time on long paragraphs
    head = masked[lo:seg_end]
    if head.endswith("to "):
        goes_on = _GOES_ON_END.search(head)
        if goes_on is not None:
            head = head[: goes_on.start()]  # "The Kremlin continues to describe …": its subject
    stripped = _strip_adverbs(head.rstrip())
    appositive = ""
    if " out with " in stripped and (out := _OUT_WITH_STATEMENT.search(stripped, max(0, len(stripped) - 90))) is not None and out.start() > 0:
        stripped = stripped[: out.start()]  # "Senator John McCain is out with a statement saying …": McCain
    if (" spoke" in stripped or " talked" in stripped or " interviewed" in stripped) and (met := _SOURCE_MET_TAIL.search(stripped, max(0, len(stripped) - 80))) is not None:
        stripped = stripped[: met.start()]  # "A senior official I spoke to a few minutes ago told me": the official
    if stripped[-2:] in ("ed", "ls", "rs", "ts", "es") and _GERUND_AT.match(masked, cue_start):
        verb = _VERB_BEFORE_GERUND.search(stripped, max(0, len(stripped) - 16))
        if verb is not None:  # "he recalled telling colleagues that …": the subject is before the verb
            stripped = _strip_adverbs(stripped[: verb.start()].rstrip())
    if stripped.endswith(",") and stripped[-2:-1].isdigit():
        age = _AGE_AFTER_NAME.search(stripped, max(0, len(stripped) - 12))
        if age is not None:  # "Fogel, 63, said": an age, not the speaker
            appositive, stripped = age.group(1), stripped[: age.start()]
    elif stripped.endswith(",") and (" of " in stripped[-40:] or " from " in stripped[-40:]):
        age = _AGE_PLACE_AFTER_NAME.search(stripped, max(0, len(stripped) - 60))
        if age is not None:  # "Deborah Ruiz, 61, of Tempe, said": an age and a home town
            appositive, stripped = stripped[age.start():].strip(" ,"), stripped[: age.start()]
    if stripped.endswith(")"):
        paren = stripped.rfind("(", max(0, len(stripped) - 40))
        if paren > 0:  # "Sen. John McCain (R-Ariz.) said": the party and state are no subject
            stripped = stripped[:paren].rstrip()
    if stripped.endswith(",") and "ing" in stripped[-220:]:
        aside = _PARTICIPLE_ASIDE.search(stripped, max(0, len(stripped) - 120)) or _participle_list_aside(stripped)
        if aside is not None and aside.start() > 0:
            # "Peskov, commenting on the results, was quoted …": the aside is not the subject
            stripped = stripped[: aside.start()].rstrip()
    if stripped.endswith(_DASHES):
        # "Lavrov — who has been minister since 2004 — said": the dashes hold an aside
        body = stripped.rstrip("—–- ")
        opening = max(body.rfind(d, max(0, len(body) - 250)) for d in _DASHES)
        if opening > 0 and body[:opening].strip():
            aside = body[opening:].strip("—–- ,")
            appositive, stripped = aside, body[:opening].rstrip()
            nm = _NAME_APPOS.search(aside + " ") if aside.lower().startswith(("through", "via")) else None
            if nm:  # "The Kremlin — through its spokesman, Dmitry Peskov — said"
                start = lo + opening + body[opening:].find(nm.group(1))
                return start, start + len(nm.group(1)), nm.group(1), stripped.strip()
            participle = _PARTICIPLE_AT_END.search(stripped, max(0, len(stripped) - 80)) if "ing" in stripped[-80:] else None
            if participle is not None and participle.start() > 0:
                # "Putin, speaking first — an unusual break with protocol — said": the participle
                # is an aside too, the subject is before it
                appositive, stripped = stripped[participle.start():].strip(" ,") + " – " + appositive, stripped[: participle.start()].rstrip()
            rel = _WHO_CLAUSE_AT_END.search(stripped, max(0, len(stripped) - 120))
            if rel is not None and rel.start() > 0:
                # "Putin, who spoke first – a departure from custom – said": the relative clause
                # is an aside too, the subject is before it
                appositive, stripped = stripped[rel.start():].strip(" ,") + " – " + appositive, stripped[: rel.start()].rstrip()
    if stripped.endswith(","):
        body = stripped[:-1]
        window_lo = max(0, len(body) - 300)
        m = _APPOS_START.search(body, window_lo)
        role_name = _ROLE_THEN_NAME.fullmatch(body, m.end()) if m else None
        if role_name and _title_and_name(role_name.group("role"), role_name.group("name")):
            # "The talks failed, the Russian envoy, Vasily Nebenzia, said": the title and the
            # name are the subject; the words before them are what was said
            ns = lo + role_name.start("name")
            return lo + m.end(), ns + len(role_name.group("name")), role_name.group("name"), role_name.group("role")
        if m and _INTRO_PHRASE.fullmatch(body, window_lo, m.start()) and not _SPEECH_WORD.search(body, window_lo, m.start()):
            # "At the library, where a banner has hung since 2020, one staff member, who …, said":
            # the phrase before the comma sets the scene; the subject comes after it
            return _subject_before(masked, lo + m.start() + 1, cue_start)
        if m:
            appositive = body[m.end():]
            stripped = body[: m.start()]
            bare = _NAME_BARE_ROLE.search(stripped, max(0, len(stripped) - 110))
            if bare is not None and not _FINITE.search(bare.group("role")):
                # "Kirill Dmitriev, head of the fund, who was in Riyadh, told": the name speaks
                appositive = bare.group("role") + ", " + appositive
                stripped = stripped[: bare.start("role")].rstrip(" ,")
        else:
            nm = _NAME_APPOS.search(body) or _TITLED_NAME_APPOS.search(body, max(0, len(body) - 90))
            if not nm:
                # "The head of the Russian delegation, presidential aide Vladimir Medinsky, said"
                nm = _LOWER_TITLE_NAME_APPOS.search(body, max(0, len(body) - 90))
                # (not "A lawyer for one of the pardoned men, arms control researcher Igor Sutyagin": the
                # appositive may be the client's)
                nm = nm if nm is not None and _PERSON_ROLE.search(nm.group()) and " for " not in body[: nm.start()] else None
            if not nm:
                aside = _ANY_ASIDE.search(stripped, max(0, len(stripped) - 180))
                if aside is not None and aside.start() > 0 and stripped[: aside.start()].rstrip()[-1:].isalpha():
                    # "Maria Zakharova, never one to shy away from a barbed remark, quipped": the name
                    ms, me, mention, _ = _subject_before(masked, lo, lo + aside.start())
                    if mention:
                        return ms, me, mention, stripped[aside.start():].strip(" ,")
                return cue_start, cue_start, "", ""
            # "Russia's envoy to the UN, Vassily Nebenzia, said": the name is the speaker
            # (the span starts at the title: the subject's words are not a statement before it)
            ts, te, title = _np_left(masked, lo, lo + nm.start())
            return (ts if title else lo + nm.start(1)), lo + nm.end(1), nm.group(1), title
    rel = None
    rel_lo = max(0, len(stripped) - 200)
    if not appositive and "who" in stripped[rel_lo:].lower():  # (no other letters fold to w, h, o)
        rels = list(_RELATIVE.finditer(stripped, rel_lo))
        k = len(rels) - 1
        while k > 0 and stripped[: rels[k].start()].rstrip(" ,").endswith(" and"):
            k -= 1  # "A diplomat who was involved … and who spoke to the BBC … said": the first "who"
        rel = rels[k] if rels else None
        if rel is not None and "," in stripped[rel.end():]:
            rel = None  # "… journalists who were due to accompany Lavrov, spokeswoman Maria Zakharova has said": the subject comes after the comma
    if rel is not None:
        # "Officials who were not authorised to discuss the matter said" (and "Bush, who called
        # the agreement “a major step forward,” said": the quote's comma closes the clause)
        s, e, text = _np_left(masked, lo, lo + len(stripped[: rel.start()].rstrip(" ,")))
        if text:
            return s, e, text, stripped[rel.start():].strip()
    s, e, text = _np_left(masked, lo, lo + len(stripped))
    part = _SOURCE_PARTICIPLE.search(masked, max(lo, s - 40), s) if text and s > lo else None
    if part is not None:
        ps, pe, source = _np_left(masked, lo, part.start())
        if source and (source.split()[-1].lower() in _SOURCE_NOUNS or source[:1].isupper()):
            if part.group().split()[0].lower() in _PICKING_PARTICIPLES:
                return ps, e, masked[ps:e], ""  # ("A lawmaker named on the list": which lawmaker, one description)
            return ps, pe, source, masked[part.start():e]  # ("… speaking on condition of anonymity")
    head = _PP_HEAD.search(masked, max(lo, s - 60), s) if text and s > lo else None
    if head is not None:
        s, text = head.start(1), masked[head.start(1):e]  # "officials from both countries said"
    if text and text.split()[0].lower() in _INDEFINITE and masked.find(" and ", max(lo, s - 60), s) >= 0:
        co = _COORD_SUBJECT.search(masked, max(lo, s - 60), s)
        if co is not None:  # "a U.S. official and a Russian official told Axios": both sources
            s, text = co.start(1), masked[co.start(1):e]
    return s, e, text, appositive


#: A comma aside after a subject ("Zakharova, never one to shy away from a barbed remark, quipped").
_ANY_ASIDE = re.compile(r",\s+[^,;:" + PH + r"]{3,160},$")
#: "officials from both countries": a source noun, then the preposition of the NP _np_left read.
_PP_HEAD = re.compile(r"\b((?:[A-Za-z][\w.-]*\s+)?(?:officials|diplomats|sources|people|representatives|aides|members|negotiators|lawmakers|analysts|experts))\s+(?:from|of|at|in|on|with|close\s+to)\s+(?:(?:both|the|two|several|all)\s+)?$", re.IGNORECASE)
#: "a U.S. official speaking on condition of anonymity said": what _np_left read is the
#: object of a participle that describes the source; the source stands before it.
_SOURCE_PARTICIPLE = re.compile(r"\b(?:speaking|talking|writing|commenting|briefing)\s+(?:on|under|in|from|at|with|to|about)\s+(?:(?:the|a|an)\s+)?$"
                                # ("A lawmaker named on the list told Interfax": who the list names)
                                r"|\b(?:named|listed|targeted|sanctioned|mentioned)\s+(?:on|in|by|under)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
#: Participles of _SOURCE_PARTICIPLE that pick the source out rather than tell how it spoke.
_PICKING_PARTICIPLES = frozenset({"named", "listed", "targeted", "sanctioned", "mentioned"})
#: "Kirill Dmitriev, head of Russia's wealth fund": a name, then a role without an article.
_NAME_BARE_ROLE = re.compile(r"[A-Z][\w’'.-]*,\s+(?P<role>[a-z][^,;:" + PH + r"]{2,100})$")
_INDEFINITE = frozenset({"a", "an", "two", "three", "four", "several", "some", "one", "another"})
_COORD_SUBJECT = re.compile(r"(?:^|[,;:(" + PH + r"]\s*)((?:a|an|two|three|four|several|some|one|another)\s+[^,;:" + PH + r"]{1,40}?)\s+and\s+$", re.IGNORECASE)


_TIME_RE = re.compile(
    r"\s*,?\s*(?:(?:on|last|this|late|early|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night|day|Telegram|X|Twitter|Facebook|VKontakte|Instagram)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:on|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,2}(?:statement|interview|post|address|speech|briefing|conference|readout|video|message|call)s?"
    # "in his address to the Federal Assembly": the body addressed
    r"(?:\s+(?:to|before)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})?)\b"
    # "in a video statement posted by the embassy", "in an interview published on Sunday"
    r"(?:\s+(?:posted|issued|released|published|shared|broadcast|aired|carried|distributed)\s+(?:on|by|in|late|early|later)\s+[^,.;:\ue000]{1,60}?(?=\s*(?:[,.;:!?]|\ue000|$|that\b)))?"
    # "told reporters at the White House he had …": a named place, then the clause's subject
    # (capitalised words before "of" go on the name: "in the State| Dining Room of the White House")
    r"|\s*(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s+(?:(?:he|she|they|we|it|I|the|a|an|his|her|their|its|this|these|those)\b|[A-Z][a-z][\w'’.-]*+(?<!['’]s)(?:\s+[A-Z][\w'’.-]*+)*+(?!\s+of\b)))"  # ("in Prague| Castle's hall": one name)
    # a bare weekday right after the verb: "said Wednesday he had held …"
    r"|\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b(?!['’])"  # ("announced Thursday morning")
    # "reported a short time ago that …", "said two hours ago the talks …": how long before now
    r"|\s*,?\s*(?:just\s+)?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:short\s+|little\s+)?(?:time|moments?|minutes?|hours?|days?|weeks?)|moments|minutes|hours)\s+ago\b",
)


#: ``_TIME_RE.match(…) or _ADVERBIAL_RE.match(…)`` as one anchored match (one call, not two;
#: the case-insensitive part keeps its flag in a scoped group)
_FRAME_ADVERBIAL_RE = re.compile("(?:" + _TIME_RE.pattern + ")|(?i:" + _ADVERBIAL_RE.pattern + ")")


_ADVERBIAL_ONLY = re.compile("(?i:" + _ADVERBIAL_RE.pattern + ")")
_FRAME_WORD = re.compile(r"\s*,?\s*([A-Za-z]*)")
_FRAME_WORDS = frozenset(_ADVERBIAL_WORDS) | frozenset(_LONE_ADVERBS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",  # (_TIME_RE's first words)
                                                                          "just", "a", "an", "one", "two", "three", "four", "five", "six", "several", "moments", "minutes", "hours"}


def _frame_adverbial(masked: str, pos: int, hi: int) -> re.Match | None:
    """``_FRAME_ADVERBIAL_RE.match(masked, pos, hi)``, tried only if the word after the optional
    comma is one of the first words (both patterns need one, then white space). Non-ASCII
    letters right after the word: always tried (IGNORECASE folds "ſ" to "s", "ı" to "i")."""
    w = _FRAME_WORD.match(masked, pos, hi)
    if w is not None:
        k = w.end()
        if (k >= hi or masked[k].isascii()) and w.group(1).lower() not in _FRAME_WORDS:
            return None
    m = _FRAME_ADVERBIAL_RE.match(masked, pos, hi)
    if m is not None and m.end() < hi and masked[m.end()] == " " and masked[m.end() + 1 : m.end() + 2].isupper():
        # "at the White| House, where …": a place cut short before a capitalised word; the
        # plain adverbial may read the whole name
        longer = _ADVERBIAL_ONLY.match(masked, pos, hi)
        if longer is not None and longer.end() > m.end():
            return longer
    return m


def _skip_frame(masked: str, pos: int, hi: int, tell: bool, verb: str = "") -> tuple[int, str]:
    """Skip a listener ("told reporters") and adverbials ("on Thursday", "in a statement"),
    then whatever still stands between the verb and its "that" when it is a frame (see
    :func:`_frame_before_that`)."""
    listener = ""
    if tell:
        m = _TELL_OBJECT_RE.match(masked, pos, hi)
        if m:
            listener = m.group().strip()
            pos = m.end()
    for _ in range(4):
        m = _frame_adverbial(masked, pos, hi)
        if not m or m.end() == pos:
            break
        pos = m.end()
    if masked.startswith(" ", pos) and masked[pos + 1 : pos + 2].islower():
        issued = _ISSUED_FRAME.match(masked, pos, hi)
        if issued is not None:
            pos = issued.end()  # "according to a joint statement issued after the talks": when it was issued
    return _frame_before_that(masked, pos, hi, tell or verb.lower() in _LISTENER_VERBS), listener


#: A text's issuing after its name ("a joint statement issued after the talks", "a readout
#: released by the Kremlin late on Friday"): part of the source, not what it says.
_ISSUED_FRAME = re.compile(r"\s+(?:issued|released|published|posted|circulated|distributed|adopted|put\s+out)\s+(?:after|before|on|by|in|at|following|late|early|later|during|overnight|shortly)\b[^,;:.!?" + PH + r"]{0,60}?(?=\s*(?:[,;:.!?" + PH + r"]|$))")


#: Verbs whose object before "that" is the person told ("warned Kyiv's backers that …").
_LISTENER_VERBS = frozenset({"warned", "warns", "assured", "reminded", "informed", "briefed", "promised", "cautioned", "advised", "urged", "convinced", "persuaded", "notified"})
#: Words that open a frame between a speech verb and its "that": a day, an adverb, a phrase of
#: time or place ("insisted Monday that", "told Fox News afterwards that", "said after the
#: summit in Geneva that").
_THAT_FRAME_OPENERS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "afterwards", "afterward",
     "later", "earlier", "separately", "again", "also", "publicly", "privately", "repeatedly", "once", "then", "now", "previously", "recently",
     "after", "before", "during", "following", "at", "in", "on", "last", "this", "late", "early", "shortly", "while", "when", "over", "via", "from",
     # the rest of a place or channel cut short by an adverbial ("in its readout| of the call
     # that", "on a conference call| with reporters that")
     "of", "with", "to", "about", "aboard", "by", "for", "alongside", "amid", "ahead", "inside", "outside", "near", "across", "through", "under"}
)
_COMMA_PARTICIPLE_IN = re.compile(r",\s+[a-z]+ing\b")
_PARTICIPLE_FIRST = re.compile(r"\s*,?\s*(?!during\b|according\b)[a-z]+ing\b")
_BEFORE_THAT = re.compile(r"\s*,?\s*((?:(?!that\b)[\w’'.\-]+,?\s+){1,12}?)(?=that\b)")


def _frame_before_that(masked: str, pos: int, hi: int, listener_verb: bool) -> int:
    """Where the content of a speech verb starts when up to twelve words stand between the
    verb's frame and "that": those words are a frame when they open with a time or place
    word, or name the listener of a verb of telling or warning, and hold no verb of a clause
    (a finite verb or a masked quote would make them the content: "said the sides agreed
    that …" keeps "the sides agreed")."""
    if masked.find("that", pos, min(hi, pos + 120)) < 0:
        return pos  # (most cues: no "that" near, no regex)
    m = _BEFORE_THAT.match(masked, pos, hi)
    if m is None:
        return pos
    words = m.group(1)
    if PH in words or _FINITE.search(words) or "," in words and (len(words.split()) > 9 or _COMMA_PARTICIPLE_IN.search(words)) or _PARTICIPLE_FIRST.match(words):
        # (past nine words only a frame of one piece: "after a summit with Russian President
        # Vladimir Putin in Helsinki"; never past ", ending a … ordeal that had become …")
        return pos
    first = words.split(None, 1)[0].lower().strip(",")
    return m.end(1) if first in _THAT_FRAME_OPENERS or listener_verb else pos


_ALNUM_OR_PH = re.compile(r"[^\W_]|" + PH)  # \w without "_" is str.isalnum()


def _only_punct(text: str) -> bool:
    """No letter, digit or masked quote in ``text``."""
    return _ALNUM_OR_PH.search(text) is None


_CONJ_WORDS = ("and", "but", "while", "whereas")
_CONJ_END = re.compile(r"(?:,\s*|\s+)(?:" + "|".join(_CONJ_WORDS) + r")\s*$|,\s*$", re.IGNORECASE)


def _conj_before(masked: str, a: int, ms: int) -> int:
    """Start of a conjunction or comma ending ``masked[a:ms]`` ("…, and Lavrov said"), or -1.

    Same result as searching the whole of ``masked[a:ms]``, but only its last 200 characters are
    searched (linear time on long paragraphs). A match must run to the end, so a match starting
    before the window would leave the window almost all whitespace; then, or when the window's
    match starts at its first character (it might extend further left), search it all.
    """
    lo = max(a, ms - 200)
    window = masked[lo:ms]
    # a match ends in a comma or a conjunction, then white space: look at the last characters
    # first (a letter ends a conjunction; exact words for ASCII, IGNORECASE folds "ı" and "ſ")
    tail = window.rstrip()[-7:]
    if not tail:
        if lo == a:
            return -1  # only white space
    elif not tail.endswith(",") and (not tail[-1].isalpha() or tail.isascii() and not tail.lower().endswith(_CONJ_WORDS)):
        return -1
    m = _CONJ_END.search(window)
    if lo > a and ((m is not None and m.start() == 0) or (m is None and len("".join(window.split())) <= 8)):
        lo, m = a, _CONJ_END.search(masked[a:ms])
    return lo + m.start() if m else -1


_START = attrgetter("start")
_DETERMINER_OR_PRONOUN = qc.DETERMINERS | set(qc.PRONOUNS)

# Patterns of _find_cues, compiled once (a module-level ``re.match(pattern + PH …)`` rebuilt the
# string and went through re's cache on every call).
_ISSUED_BY = re.compile(r"\s+(?:issued|released|published|posted|provided|distributed|circulated|put\s+out|shared|sent\s+out|made\s+public)\s+(?:later\s+)?by\s+")
_NARRATOR_WORDS = frozenset({"we", "we're", "we’re", "i", "i'm", "i’m", "you", "you're", "you’re", "they"})
_NAME_AT_END = re.compile(r"\b(?:from|with|to|by|of)\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+)$")
_TRAILING_WHO = re.compile(r"\s+(?:who|which|that)$", re.IGNORECASE)
#: "according to him/her/them": the subject pronoun the speaker resolver reads.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: "Speaking for Yeltsin, …", "on behalf of Putin": the one spoken for, right after.
_SPEAKING_FOR = re.compile(r"\b(?:(?:speaking|acting|writing)\s+for|on\s+behalf\s+of)\s+(?:(?:President|Mr\.?|Mrs\.?|Ms\.?)\s+)?$", re.IGNORECASE)
_ACCORDING_RELATIVE = re.compile(r"\s+((?:who|which)\b[^,.;" + PH + r"]{1,160})(?:,\s*|(?=\s*[.;!?]?\s*$))")
#: (not ", who said …" after the source: "according to the Foreign Ministry, which said the UAE
#: had mediated" is a second statement of the source's)
#: A clause, not a description: "the sides agreed to …", "the two men spoke on …".
#: "…, prompting Gorbachev to quip: “…”": a speaker moved to speak, then the quote.
_PROMPTING_TO = re.compile(r"\b(?:prompting|leading|moving|causing|inviting)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+to\s+(?P<verb>quip|reply|respond|retort|say|remark|joke|answer|observe|add|declare|interject|shoot\s+back|snap)\s*[:,]\s*(?=" + PH + ")")
_NOUN_THEN_VERB = re.compile(r"(?:the|a|an|both|two)\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}ed\s+(?:to|that|on|with|for|the|their|its|(?!in\b|by\b|of\b|as\b)[a-z]+s)\b")  # ("the sides discussed embassies")
_ACCORDING_APPOS = re.compile(r"\s*,\s+((?!(?:who|which)\s+(?:also\s+|later\s+)?(?:said|says|told|added|noted|stressed|insisted|warned|claimed|explained)\b)(?:a|an|the|who|which)\b[^,.;" + PH + r"]{0,120})(?:,(?!\d)|(?=\s*[.;!?]?\s*$))")
#: (not at a number's comma: "the treaty sets a ceiling of 1,550 warheads" is the content, not an aside)
#: A determiner and an ordinal or adverb before an -ed cue used as an adjective ("the first
#: publicly confirmed", "an officially announced"), and the lower-case noun after it.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:(?:first|second|third|only|last|latest|long|much|widely|newly|previously|officially|publicly|formally|jointly|[a-z]+ly)\s+){1,2}$")
_NOUN_NEXT = re.compile(r"\s+(?!(?:that|to|on|in|at|by|with|as|for|the|a|an|it|he|she|they|this|what|how|whether)\b)[a-z][a-z-]+\b(?!\s+(?:that|the|a|an|to)\b)")
#: An unnamed source of two or more ("two people familiar with …", "both officials").
_PLURAL_SOURCE = re.compile(r"\b(?:two|both|three|several)\s+(?:[\w-]+\s+){0,2}?(?:people|officials|sources|diplomats|aides|persons)\b", re.IGNORECASE)
#: "than the public messaging " before a cue: the other side of a comparison.
_THAN_BEFORE = re.compile(r"\bthan\s+(?:(?:the|a|an|its|their|his|her|some|many|officials|most)\s+)?(?:[\w’'-]+\s+){0,3}$")
#: Verbs whose object a plural speech noun is ("dismissed reports", "described claims").
_VERBS_TAKING_A_NOUN = frozenset({"described", "dismissed", "rejected", "denied", "called", "branded", "ridiculed", "mocked", "welcomed", "cited", "echoed", "repeated", "disputed", "contradicted", "confirmed", "ignored", "made", "issued"})
#: After "who briefed" / "who spoke": the source's description ("reporters on condition of anonymity").
_BRIEFING_AFTER = re.compile(r"\s+(?:(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media)\b|on\s+(?:the\s+)?condition\b|anonymously\b|on\s+background\b|privately\b)")
#: A verb of saying and its listener, then a comma: "told them, " / "said, " (before "according to").
_VERB_COMMA_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:them|him|her|us|reporters|journalists|lawmakers|senators|[A-Z][\w’'-]+)|added|insisted|stressed)\s*,\s*$")
_RELATIVE_NEXT = re.compile(r"\s*(?:which|who|whose)\s")
#: (an initialism's dots stay inside an appositive: "said Michael McFaul, a former U.S. ambassador")
_APPOS_CHAR = r"(?:[^,.;" + PH + r"]|(?<=(?<![A-Za-z])[A-Z])\.)"
_INVERTED_APPOS = re.compile(r"\s*,\s+((?:a|an|the|who|which|his|her|its|their|one|[A-Z][\w’'\-]*['’]s)\b" + _APPOS_CHAR + r"{0,160}"
                             # "said Roland Nash, head of research at Renaissance Capital": a bare role
                             r"|(?!(?:and|but|or|nor|while|whereas|although|though|as|when|after|before|because|since|if|then|who|which|adding|saying|noting|calling|arguing|insisting)\b)"
                             r"(?![a-z]+ing\b)[a-z][\w’'\-]*(?:\s+(?:of|for|at|to|on|in|and|the|a|an|(?:[A-Z]\.){2,}|[\w’'\-&]+)){1,14}"
                             # (and what that is: "…, director of the Council, a Moscow research group close to …")
                             r"(?:\s*,\s+(?:a|an|the)\s+[^,.;:!?" + PH + r"]{1,120})?"
                             # (or before how it was said: "…, head of the fund, when asked whether …", or
                             # before another speaker: "…, chairman of the council, while Kimball warned …")
                             r"(?=\s*(?:[.;!?]|$)|\s*,\s*(?:when|after|asked|speaking|referring|citing|adding|noting|saying|while|whereas)\b))")
_INVERTED_NAME = re.compile(r"\s*,\s+([A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})(?=\s*(?:[.;!?]|$))")
_INVERTED_WHO = re.compile(r"\s+(who\b[^,.;" + PH + r"]{0,160})")
_COMMA_QUOTE = re.compile(r"\s*,\s*" + PH)
_ROLE_THEN_APPOSED_NAME = re.compile(r"\s*,\s+([A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,3})\s*,")
#: A semicolon, then another clause with a subject of its own (a capital: a name or a title).
_SEMICOLON_CLAUSE = re.compile(r";\s+(?:and\s+)?[A-Z]")
#: "told reporters the proposals “remain on the table”": a subject, then its quoted predicate.
_SUBJECT_THEN_QUOTE = re.compile(r"(?:the|a|an|this|that|these|those|his|her|its|their|[A-Z])[^:;,\n" + PH + r"]{0,60}\s[\"“‘'«]?" + PH)
_COMMA_WHILE = re.compile(r"\s*,\s*(?:while|whereas)\s")
_COMMA_PARTICIPLE = re.compile(r"\s*,\s*(?:adding|saying|noting|according|speaking|writing|talking|appearing|addressing|responding|citing|[a-z]{3,}ing)\b")
_INHERIT_END = re.compile(r"(?:\bbut|\band|\bwho|,)\s*(?:also\s+|later\s+)?$", re.IGNORECASE)
_INHERIT_TAIL = re.compile(r"(?:,\s*)?(?:\s(?:but|and)\s*)?(?:also\s+|later\s+)?$", re.IGNORECASE)
#: Framings that name a speaker without a speech verb: "As Peskov put it, …", "In Peskov's
#: words, …", "in the words of a senior official, …" (content before or after, like "according to").
_AS_PUT_IT = re.compile(
    # (or "described it": "“the product of months of quiet work,” as one U.S. official involved in the talks described it")
    r"\b[Aa]s\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|(?:the|a|one)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?)\s+(?:(?:has|had)\s+)?(?:puts?|described|describes|characteri[sz]ed)\s+it\b"
    r"|\b[Ii]n\s+(?P<who2>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?:own\s+)?words\b"
    r"|\b[Ii]n\s+the\s+(?:words|view|opinion|estimation|judgment|judgement|assessment)\s+of\s+(?P<who3>[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)(?:,\s+(?:a|an|the)\s+[^,;:]{1,80}?)?(?=\s*[,:—–])"  # (and the name's appositive)
    # a state agency's idiom: "As TASS has learned from sources close to the Soviet delegation, …",
    # "As RIA Novosti was told by a source in the Russian delegation, …": the source speaks
    r"|\b[Aa]s\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:has\s+|had\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+told\s+by|learned\s+from|learnt\s+from|heard\s+from)\s+(?P<who5>(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+)(?=\s*,)"
    r"|(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))In\s+(?P<who4>his|her|their)\s+(?:own\s+)?words\s*,"  # "In his words, the document …": the one just named
    # translated agency copy: "As noted by Deputy Foreign Minister Sergei Ryabkov, Moscow …", "As
    # noted in the ministry's statement, the Russian side …": the one who noted it
    r"|\b[Aa]s\s+(?:was\s+)?(?:noted|stated|stressed|emphasi[sz]ed|pointed\s+out|underlined|underscored)\s+(?:by|in)\s+(?P<who6>[\w’'.-]+(?:\s+[\w’'.-]+){0,7}?)(?=\s*,)"
)
#: The verbs of "As noted by …" (_AS_PUT_IT's sixth form): a gate, as that pattern is long.
_AS_NOTED_WORDS = re.compile(r"as (?:was )?(?:noted|stated|stressed|emphasi[sz]ed|pointed out|underlined|underscored) (?:by|in) ")
#: "the ministry's statement": a document's owner, before its possessive.
_OWNERS_DOCUMENT = re.compile(r"(.+?)['’]s?\s+(?:[\w-]+\s+)?(?:statement|readout|communiqu[eé]|commentary|report|dispatch|release|message)$")
#: "in his words": the subject pronoun the speaker is resolved as.
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they"}
#: "… with a senior official": where a noun phrase's source begins after a preposition.
_WITH_SOURCE = re.compile(r"\b(?:with|to|from|by)\s+(?=(?:a|an|the|one|two|three)\s)")
#: "put it this way", "put it bluntly" before a colon and the words said.
_PUT_IT_THIS_WAY = re.compile(r"\bput\s+it\s+(?:this\s+way|like\s+this|bluntly|simply|succinctly|plainly|more\s+bluntly|another\s+way)[^:;.]{0,40}(?=:)")
#: "…, per the State Department", "Per a Kremlin readout, …": "per" as "according to" (Axios,
#: Politico). Only before a source-like phrase and after a clause edge: "per cent", "$5 per
#: barrel", "as per the agreement" are not attributions.
_PER_SOURCE = re.compile(
    r"(?:(?<=,\s)|(?<=[—–]\s)|(?<=^)|(?<=\.\s))[Pp]er(?=\s+(?:(?:the|a|an|two|three|four|several|multiple)\s+(?!(?:cent|capita|annum|year|day|week|month|hour|person|head|unit|barrel|ton|tonne)\b)\w|[A-Z]))"
)
_THAT_NEXT = re.compile(r"\s+that\b")
_QUOTED_BY_BEFORE = re.compile(r"\s+(?:quoted|cited)\s+by\s+$")
_OTHER_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s|;\s|,\s+but\s")
_LINKED_PARTICIPLE = re.compile(r",\s+(?:and\s+)?(?:while|before|after|also|and)$")
#: Adverbs set off by commas between a subject and its verb ("Peskov, however, called …").
_PARENTHETICAL_ADVERBS = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "nevertheless", "nonetheless", "moreover", "separately", "later", "earlier", "then", "again"})
#: A quoted name right after a naming participle: "dubbed the “Merchant of Death”".
_LABEL_NEXT = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?" + PH)
_NOT_A_NAMED_THING = frozenset({"who", "which", "that", "has", "had", "have", "was", "were", "is", "are", "be", "been", "being", "he", "she", "it", "they", "we", "i", "you", "also", "then", "later", "once", "just", "not", "never"})
_NAMING_PARTICIPLES = frozenset({"dubbed", "called", "labelled", "labeled", "branded", "nicknamed", "described", "termed"})
_PASSIVE_ADVERBS = frozenset({"once", "often", "widely", "long", "sometimes", "popularly", "affectionately", "derisively", "famously", "commonly", "variously", "frequently", "later"})
_SO_CALLED_BEFORE = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)


def _so_called(masked: str, q: QSpan) -> bool:
    """Whether the quote follows "so-called" (a scare quote, the annotation guide's unattributed)."""
    return _SO_CALLED_BEFORE.search(masked, max(0, q.start - 12), q.start) is not None


#: A work named before its quoted title: "books like “The Dead Hand”", "the film “The Day After”".
_WORK_BEFORE = re.compile(r"\b(?:books?|novels?|memoirs?|films?|movies?|documentar(?:y|ies)|songs?|plays?|series|programmes?|programs?|essays?|op-eds?|articles?|columns?|album|titled|entitled|(?:co-?)?authors?\s+of|authored|co-authored|editors?\s+of|sang|sung|sings|singing|hummed|(?:played|performed|recited)\s+(?:a\s+rendition\s+of\s+)?|emblazoned\s+with|inscribed\s+with|printed\s+with|(?:signs?|banners?|placards?|posters?|labels?|badges?|buttons?|caps?|hats?|t-shirts?|shirts?|sweatshirts?)\s+(?:reading|that\s+read|bearing))"  # ("the congregation sang “Amazing Grace”")
                          # ("a memoir of his years in Moscow, “Midnight in Moscow.”")
                          r"(?:\s+(?:like|such\s+as|titled|entitled|called)|\s+(?:of|about|on)\s+[^,.;“”\"]{1,40},)?\s*,?\s*$", re.IGNORECASE)


#: A programme named after an interview: "told CNN’s Jake Tapper on “State of the Union.”",
#: "said in an interview on “60 Minutes”", "appearing on “Meet the Press”".
_SHOW_BEFORE = re.compile(r"\b(?:interview|appearance|appeared|appearing|told|speaking|spoke|said|says|broadcast|aired)\b[^.;“”\"]{0,60}?\bon\s*$"
                          # a book named where its author writes: "writes in “From Cold War to Hot Peace” that …"
                          r"|\b(?:writes|wrote|written|argues|argued|recalls|recalled|recounts|recounted)\s+in\s*$", re.IGNORECASE)
#: A work its author's statement is told in, then "that": "in her memoir, “No Higher Honor,”
#: that …", "in “From Cold War to Hot Peace” that …".
_IN_A_WORK_THAT = re.compile(r"\s*,?\s*(?:in\s+(?:(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:memoir|memoirs|book|account|article|essay|op-ed|column|novel|biography)\s*,?\s*)?)?(?P<title>" + PH + r"+)\s*,?\s*that\s+")
#: A work named right after its title: "In “Duty,” his account of those years, …".
_WORK_AFTER = re.compile(r"[,\s]*" + PH + r"?[,\s]*(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:memoir|memoirs|book|account|novel|biography|history|documentary|film)\b", re.IGNORECASE)


_WORD_CHAR = re.compile(r"\w")


def _titled_work(masked: str, text: str, q: QSpan) -> bool:
    """Whether the quote is the title of a work ("books like “The Dead Hand”"): every word of
    four letters or more capitalised, and a work named just before it."""
    if (_WORK_BEFORE.search(masked, max(0, q.start - 70), q.start) is None and _SHOW_BEFORE.search(masked, max(0, q.start - 90), q.start) is None
            and _WORK_AFTER.match(masked, q.end) is None):
        return False
    ia, ib = q.inner
    words = [w for w in re.findall(r"[A-Za-z’'-]+", text[ia:ib]) if len(w) >= 4]
    return bool(words) and all(w[:1].isupper() for w in words)


def _no_one_s(pno: int, q: QSpan, context: str) -> Statement:
    """A partial quote attributed to no one."""
    ia, ib = q.inner
    return Statement(pno, ia, ib, "partial", context=context, confidence=0.55, span_key=(pno, q.start), problem=q.problem)
#: "Viktor Kalinin, " right before the phrase that describes him.
_NAME_THEN_COMMA = re.compile(r"\b((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){1,2}),\s+$")
#: A finite verb of the clause (a past in -ed, a common irregular one, a form of be or have).
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|left|met|came|went|spoke|took|made|held|sat|stood|gave|told|said|was|were|is|are|has|had)\b")


def _opening_phrase_then_cue(masked: str, e: int, b: int) -> bool:
    """Whether an opening participle's phrase ends at a comma and a speech verb follows it."""
    comma = masked.find(",", e, min(b, e + 200))
    return comma >= 0 and any(qc.VERB_FORMS.get(masked[x:y].lower()) for x, y in qc.candidates(masked, comma, min(b, comma + 120)))
#: A participle describing a source after "according to" ("two diplomats involved in the
#: negotiations", "people familiar with the matter"), up to the sentence's end: no content.
_SOURCE_DESCRIBED = re.compile(r"(\s+(?:involved|engaged|familiar|briefed|close|present|knowledgeable)\s+(?:in|with|on|to|at)\b[^,;:.!?" + PH + r"]{0,80})(?=\s*(?:[.;!?]|$))")
#: The rest of an aside that tells where someone spoke, closed by a comma before the verb ("…, posting on X, suggested").
_PLATFORM_ASIDE = re.compile(r"\s+(?:on|in|to|from|at|via)\s+[^,.;:" + PH + r"]{1,60},\s+[a-z]")
#: A count added ("added more than 300 legal entities", "added 12 banks").
_ADDED_A_COUNT = re.compile(r"\s+(?:(?:more\s+than|nearly|almost|about|another|some|over)\s+)?\d")
#: A thing added, not words: "add 74 vessels", "adds to the pressure", "add a new layer".
_ADDS_A_THING = re.compile(r"\s+(?:\d|to\b|a\s|an\s|more\b|new\b|another\b|weight\b|fuel\b|momentum\b)")
_REPORTED_ON = re.compile(r"\s+(?:(?:extensively|widely|regularly|often|frequently|mostly|previously|also|closely)\s+)?(?:on|from|about)\s+(?:the|a|an|his|her|its|their|Russia|Ukraine|Moscow|Washington|[a-z])")
_PARTICIPLE_AT_END = re.compile(r",\s+[a-z]+ing\b[^,;:" + PH + r"]{0,60}$")
_WHO_CLAUSE_AT_END = re.compile(r",\s+(?:who|which)\s+[^,;:" + PH + r"]{1,100}$")
_PHRASE_STOP = re.compile(r"[,;:.!?" + PH + r"]|\s(?:and|or|but)\s")


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where the phrase from ``start`` stops: punctuation, a quote or a conjunction (or ``end``)."""
    m = _PHRASE_STOP.search(text, start, end)
    return m.start() if m else end

_OF_NEXT = re.compile(r"\s+of\b")
#: A relative aside closed by a comma just before a verb: "…, who accompanied Putin, ".
_WHO_ASIDE_BEFORE = re.compile(r",\s+who\s+[^,;.]{3,100},\s*$")
#: '“…,” Gorbachev continued, saying …', '“…,” he went on, “…”': "continued" and "went on"
#: report words only right after a quote and its speaker (not "the talks continued", "Lavrov
#: continued to insist", "the war went on").
_CONTINUED_AFTER_QUOTE = re.compile(PH + r"\s*,?\s+(?:[A-Z][\w.’'-]*|the\s+[a-z][\w-]*|he|she|they)(?:\s+[A-Z][\w.’'-]*){0,2}\s+(?P<verb>continued|went\s+on)(?=\s*(?:[.!?;]|$|,\s*(?:adding|noting|saying)\b|,\s*" + PH + r"))")
#: "expressed hope that …", "voiced concern that …": a statement, its content after "that"
#: (the noun alone, "expressed concern over the drills", reports no words).
_EXPRESSED_THAT = re.compile(
    r"\b(?:expressed|expresses|expressing|voiced|voices|voicing)\s+(?:(?:his|her|their|its|our|my|the|some|cautious|deep|strong|serious|grave|growing|firm|particular|full)\s+){0,2}"
    r"(?:hopes?|confidence|concerns?|regrets?|doubts?|optimism|frustration|belief|fears?|satisfaction|disappointment|skepticism|scepticism|certainty|conviction)(?=\s+that\b)"
    # "recommended that Moscow expel …" (not "recommended ousting them": no words reported)
    r"|\b(?:recommended|recommends)(?=\s+that\b)",
    re.IGNORECASE,
)
#: A naming verb's object, then "as" and the quote: "described the news conference as “…”" (a finite
#: verb; "Bout, dubbed the “Merchant of Death”" names at once).
_OBJECT_THEN_AS = re.compile(r"\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z])[^,;:" + PH + r"]{0,80}?\s+as\s+[“\"‘'" + PH + r"]")
#: A passive verb of naming, its agent, then "as": "billed by the White House as", "described
#: by Lavrov as" (the agent is a name, a titled name or "the/a …" phrase, up to 8 words).
_BY_AS = re.compile(
    r"\b(?P<verb>described|billed|dubbed|labell?ed|branded|characteri[sz]ed|touted|hailed|framed|portrayed|termed|derided|denounced|dismissed|praised|critici[sz]ed|condemned)\s+by\s+"
    r"(?P<who>(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.’'-]+\s+){0,7}?[\w.’'-]+)\s+as\b"
)
_BY_AS_BEFORE = re.compile(_BY_AS.pattern + r"\s+(?:(?:a|an|the)\s+)?$")
#: (after a live blog's time stamp: "15:42 Trump: “I have confidence in both sides”")
_HEADLINE_COLON = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s+(?:[A-Z]{2,4}\s+)?)?([A-Z][^:" + PH + r"\n]{0,60}?)\s*:\s*(?=" + PH + ")")
_HEADLINE_COLON_BARE = re.compile(r"\s*([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s*:\s+(?=\S)")
#: Singular nouns of an unnamed source that a bare mention refers back with ("That official insisted").
_BARE_SOURCE_NOUNS = frozenset({"official", "diplomat", "aide", "source", "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "adviser", "advisor", "officer", "analyst", "lawmaker", "insider"})
#: The nouns of "in the view of …" (a gate for _AS_PUT_IT).
_VIEW_OF_WORDS = re.compile(r"\b(?:view|opinion|estimation|judge?ment|assessment)\s+of\b")
#: A noun phrase opening with a determiner: "the Russian leader", "a senior official".
_DETERMINER_START = re.compile(r"(?:the|a|an|one|another|his|her|its|their)\s+\S")
_LONG_COLON = re.compile(r"\s*([A-Z][^:" + PH + r"\n]{0,200}?)\s*:\s*(?=" + PH + ")")
_HEADLINE_COLON_LATER = re.compile(r"\s*([A-Z][^:" + PH + r"\n]{0,60}?)\s*:\s*(?=[^:.!?\n]{0,80}" + PH + ")")
_SPACES = re.compile(r"\s*")


#: "Maria Zakharova, the ministry's spokeswoman," / "The ministry's spokeswoman, Maria
#: Zakharova,": a subject with its appositive before the verb, not a statement before an
#: inverted "said X" ("The talks were useful, said Lavrov").
_NAME_THEN_APPOS = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s*,\s*[^,;:" + PH + r"]{2,80},\s*")
_APPOS_THEN_NAME = re.compile(r"\s*[^,;:" + PH + r"]{2,80},\s*(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s*,\s*")
#: Common verbs of a that-less clause after "told X" ("told Axios the Russians feel heard").
_PRESENT_VERB = re.compile(r"\b(?:feels?|wants?|believes?|thinks?|sees?|needs?|expects?|remains?|hopes?|knows?|agrees?|plans?|seeks?|stands?|supports?|opposes?|fears?|wished?|wishes)\b", re.IGNORECASE)
#: A past verb after a capitalised subject ("Dmitriev struck a … note"): where the subject ends.
_MAIN_VERB = re.compile(r"(?<=[A-Za-z.])\s+(?=(?:struck|took|made|gave|sent|set|put|kept|left|held|drew|threw|sounded|offered|adopted|[a-z]{3,}ed"
                        # (a live report's present: "He calls the treaty “…” but says …")
                        r"|calls|describes|praises|hails|welcomes|dismisses|rejects|blames|accuses|criticises|criticizes|urges|thanks|strikes|takes|makes|gives|sends|offers)\s+(?:a|an|the|his|her|their|its|this|that)\b"
                        # "Trump met Putin on Friday, saying …": a verb of contact with a named object
                        r"|(?:met|called|phoned|telephoned|visited|thanked|urged|greeted|hosted|received|told|warned|pressed|congratulated|invited)\s+[A-Z]"
                        # "McCain went further, saying …", "Lavrov hit back, saying …", "Ryan weighed in"
                        r"|(?:went|goes|go)\s+(?:even\s+)?(?:further|farther)\b|(?:hit|fired|pushed|struck|shot)\s+back\b|(?:doubled|weighed|chimed|piled)\s+(?:down|in|on)\b)")
_NOUN_NOTE_AFTER = re.compile(r"\s+(?:on|of|in|to|from|for|at|with|about|during|after|before)\b")
_PLACE_OR_AGENT_AFTER = re.compile(r"\s+(?:in|at|upon|during|by)\b")
_OBJECT_GAP = re.compile(r"\b[a-z][a-z-]+\s+(?:he|she|they|we)$")
#: The accusations a cue's subject rejects, right before it ("on espionage charges he denies").
_GAP_BEFORE_CUE = re.compile(r"\b(?:charges|accusations|allegations|claims|crimes|offences|offenses)\s+(?:that\s+)?(?:he|she|they|we|it)\s+(?:has\s+|have\s+|had\s+|always\s+|repeatedly\s+|strongly\s+)?$"
                             # ("there were many points on which they had agreed": the points', no statement)
                             r"|\b(?:on|to|with|about|upon|over)\s+which\s+(?:he|she|they|we|the\s+two(?:\s+sides|\s+leaders|\s+men)?|both\s+sides)\s+(?:has\s+|have\s+|had\s+|could\s+|would\s+)?$")
_PREPOSITION_END = re.compile(r"\b(?:in|into|at|on|with|from|to|by|for|of)\s+$", re.IGNORECASE)
#: A thing in writing after "written": "written answers", "a written statement".
_WRITTEN_THING = re.compile(r"\s+(?:answers?|responses?|guarantees?|proposals?|reply|replies|statements?|questions?|assurances?|requests?|submissions?|form|notice|permission|consent|demands?|commitments?|promises?"
                            # ("has since written a memoir of his years in Moscow": a book, no statement)
                            r"|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:memoir|book|novel|biography|history|account|article|op-ed|column|essay|piece|play|screenplay))\b")
#: "was careful to add", "was quick to point out", "hastened to add": a manner of saying, not a plan
_CAREFUL_TO = re.compile(r"\b(?:careful|quick|hastened|hastens|hasten)\s+to\s+$")
#: A verb, then "by" and the cue's gerund: "Putin opens by saying", "began by thanking".
_VERB_BY_BEFORE = re.compile(r"\s(?:opens|opened|begins|began|starts|started|ends|ended|closes|closed|responds|responded|replies|replied|reacted|reacts|followed|follows)(?:\s+(?:up|off|out))?\s+by\s+$")
#: "emails from Moscow to say", "phoned his editor to say": a message sent with words in it (the
#: subject stands before the verb of sending).
_MESSAGE_TO = re.compile(r"\s(?:e-?mail(?:s|ed)?|writes|wrote|texted|texts|messaged|messages|phoned|phones|telephoned|cabled|rang)\b[^.;:!?]{0,50}?\sto\s+$")
_BE_CAREFUL_TO = re.compile(r"\s(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?:careful|quick)|hastened|hastens)\s+to\s+$")
#: ", in an interview with …", ", on Telegram": where "…,” said X, <role>" said it
_INVERTED_SETTING = re.compile(r"\s*,?\s*(?:in|on|at|during|after|before|via|with|to)\s+(?:an?|the|his|her|its|their|[A-Z])")
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|do|said|says|told|will|would|could|can|should|may|might|must)\b", re.IGNORECASE)


def _subject_with_appositive(left: str) -> bool:
    """Whether ``left`` (the unit before a cue) is only a named subject and its appositive,
    perhaps after a quote ("“…,” the envoy, Vasily Nebenzia, told the council")."""
    left = left.lstrip(PH + " ,")
    opener = _SETTING_OPENER.match(left)
    if opener:  # "In an interview with NPR, Richard Haldane, a former negotiator, said …"
        left = left[opener.end():]
    if left.count(",") != 2 or len(left) > 260:
        return False
    who = _SUBJECT_WHO_ASIDE.fullmatch(left) or _SUBJECT_PARTICIPLE_ASIDE.fullmatch(left)
    if who is not None and not _FINITE.search(left, 0, who.end("subject")):
        # "A senior official, who spoke to reporters on the plane, said …", "A senior
        # administration official, speaking on condition of anonymity, said …": the subject
        return True
    return len(left) <= 200 and bool(_NAME_THEN_APPOS.fullmatch(left) or _APPOS_THEN_NAME.fullmatch(left)) and not _FINITE.search(left)


#: A subject, then a relative clause between commas (its own verb is no statement).
#: ("Bush, who called the agreement “a major step forward,” said": a quote inside the clause too)
_SUBJECT_WHO_ASIDE = re.compile(r"(?P<subject>(?:[A-Z][\w.’'-]*|(?i:an?|the|one|two|three|four|several)\s)[^,;:" + PH + r"]{0,80}),\s+(?i:and\s+)?(?i:who|whose)\s+[^,;:]{3,160}(?:,|(?<=" + PH + r"))\s*")


#: A subject, then a participle phrase between commas ("…, speaking on condition of anonymity,").
_SUBJECT_PARTICIPLE_ASIDE = re.compile(r"(?P<subject>(?:[A-Z][\w.’'-]*|(?i:an?|the|one|two|three|four|several)\s)[^,;:" + PH + r"]{0,80}),\s+(?:speaking|writing|talking|briefing|responding|reacting|commenting|appearing|asked|interviewed|[a-z]{3,}ing\b|(?:in|at|from|aboard|outside)\s+(?=[A-Z]|the\s))\b[^,;:]{3,160},\s*")
#: (any participle: "Our Russia editor Steve Rosenberg, watching the coverage from Moscow, says …";
#: a place: "…, in Moscow, says …")


#: Nouns that head an unnamed source; "<noun> briefed on …" describes it (a reduced relative).
_SOURCE_NOUNS = qc.ANON_HEADS | {"individual", "individuals", "senator", "senators", "envoy", "envoys"}
_ON_MATTER_AFTER = re.compile(r"\s+(?:on|about|of)\b")


#: A named body, then ", which" just before a speech verb ("…, Russia's Foreign Ministry,
#: which said …"): the body speaks (not "the treaty, which says", a text).
_BODY_WHICH = re.compile(r"(?P<body>(?:(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+){0,4})(?:Ministry|Department|Kremlin|White\s+House|Embassy|Agency|Council|Committee|Commission|Government|Administration|Pentagon|Mission|Secretariat|Duma|Senate|Congress|Command|Bureau|Directorate|Cabinet|Presidency|Foreign\s+Office|Home\s+Office)(?:\s+(?:of|in)\s+[A-Z][\w-]*)?),\s+which\s+$")
#: Verbs whose relative clause reports words ("…, who said the talks were useful").
_RELATIVE_SPEECH = frozenset({"said", "says", "told", "tells", "added", "argued", "warned", "insisted", "noted", "stressed", "explained", "claimed", "wrote", "replied", "responded", "countered", "acknowledged", "cautioned", "declared", "conceded"})
#: "X, who spoke on condition of anonymity, said": the relative clause is an aside, the verb after it the statement.
_ASIDE_THEN_VERB = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:said|says|told|added|warned|argued|insisted|noted)\b")
_TOLD_PRONOUN = re.compile(r"\s+(?:him|her|them|me|us)\b")


def _find_cues(masked: str, a: int, b: int, fragment: bool = False, is_media: _MediaNames | None = None, found: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Speech cues in the unit ``masked[a:b]`` with their speaker mentions and frames
    (``found``: the paragraph's cue candidates, see ``qc.iter_cues``)."""
    cues: list[Cue] = []
    quoted_spans: list[tuple[int, int]] = []
    seg = masked[a:b]
    # (no other letters fold to those of "quoted" or "cited": the lower-cased unit must hold one)
    low_seg = seg.lower()
    for m in qc.QUOTED_AS_RE.finditer(seg) if "quoted" in low_seg or "cited" in low_seg else ():
        s, e = m.start() + a, m.end() + a
        quoted_spans.append((s, e))
        passive = m.group().lower().lstrip().startswith(("was", "were", "is"))
        if passive:
            ms, me, mention, appos = _subject_before(masked, a, s)
            via = (m.group("via_by") or m.group("via_after") or "").strip()
        else:
            inner = (m.group("inner") or "").strip()
            via_s, _, via, _ = _subject_before(masked, a, s)
            ms = a + m.start("inner") if m.group("inner") else s
            me = ms + len(m.group("inner") or "")
            mention, appos = _OBJECT_PRONOUNS.get(inner.lower(), inner), ""  # ("Tass quoted him as telling …": he, resolved as a subject)
        cue = Cue(s, e, "quoted … as saying", "quoted", mention, ms, me, appos, via)
        cue.region_start = min(ms, s) if passive else min(s, via_s if via else s)
        cue.frame_end = e
        cues.append(cue)
    for m in _BY_AS.finditer(seg) if fragment and " by " in low_seg else ():
        # "billed by White House press secretary Karoline Leavitt as a “listening exercise”":
        # the one after "by" chose the words
        ms, me = m.start("who") + a, m.end("who") + a
        cue = Cue(m.start() + a, m.end() + a, m.group("verb"), "pre", masked[ms:me], ms, me)
        cue.region_start, cue.frame_end = cue.start, cue.end
        quoted_spans.append((cue.start, cue.end))
        cues.append(cue)
    for m in _AS_PUT_IT.finditer(seg) if not fragment and ("put it" in low_seg or " it" in low_seg and ("described it" in low_seg or "characteri" in low_seg) or "as " in low_seg and _AS_NOTED_WORDS.search(low_seg) is not None or "words" in low_seg or " of " in low_seg and _VIEW_OF_WORDS.search(low_seg) or " from " in low_seg or " told by " in low_seg) else ():
        who = next(g for g in ("who", "who2", "who3", "who4", "who5", "who6") if m.group(g))
        ms, me = m.start(who) + a, m.end(who) + a
        mention = masked[ms:me] if who != "who4" else _POSSESSIVE_SUBJECT[m.group(who).lower()]
        owner = _OWNERS_DOCUMENT.match(mention) if who == "who6" else None
        if owner is not None:  # "as noted in the ministry's statement": the ministry
            mention, me = owner.group(1), ms + len(owner.group(1))
        cue = Cue(m.start() + a, m.end() + a, m.group().strip(), "according", mention, ms, me)
        cue.region_start, cue.frame_end = cue.start, cue.end
        quoted_spans.append((cue.start, cue.end))  # no cue inside "as Peskov put it"
        cues.append(cue)
    for m in _PROMPTING_TO.finditer(seg) if not fragment and " to " in low_seg and (":" in seg or "," in seg) else ():
        # "…, prompting Gorbachev to quip: “You repeat that at every meeting.”": the one prompted speaks
        ms, me = m.start("who") + a, m.end("who") + a
        cue = Cue(m.start("verb") + a, m.end("verb") + a, m.group("verb"), "colon", masked[ms:me], ms, me)
        cue.region_start, cue.frame_end = m.start() + a, m.end() + a
        cues.append(cue)
    cue_words = qc.iter_cues(masked, a, b, fragment, found)
    if not fragment and "per " in low_seg:
        cue_words = itertools.chain(cue_words, ((m.start() + a, m.end() + a, m.group()) for m in _PER_SOURCE.finditer(seg)))
    if not fragment and "put it" in low_seg:
        # "Blinken put it this way a short time ago: “…”": a way of saying, its words after the colon
        cue_words = itertools.chain(cue_words, ((m.start() + a, m.end() + a, m.group()) for m in _PUT_IT_THIS_WAY.finditer(seg)))
    if not fragment and ("continued" in low_seg or "went on" in low_seg):
        cue_words = itertools.chain(cue_words, ((m.start("verb") + a, m.end("verb") + a, m.group("verb")) for m in _CONTINUED_AFTER_QUOTE.finditer(seg)))
    if not fragment and ("express" in low_seg or "voic" in low_seg or "recommend" in low_seg):
        cue_words = itertools.chain(cue_words, ((m.start() + a, m.end() + a, m.group()) for m in _EXPRESSED_THAT.finditer(seg)))
    for s, e, word in cue_words:
        if quoted_spans and any(qs <= s < qe for qs, qe in quoted_spans):
            continue
        if word[:1].isupper():
            if s - a > 200 or masked[a:s].strip(" " + PH + ",\"'“”‘’") != "":
                continue  # "United States" is not a cue
            if qc.REPORTING_INTRO_RE.match(masked, s):
                continue
        low = " ".join(word.lower().split())
        if _GAP_BEFORE_CUE.search(masked, max(a, s - 40), s):
            continue  # "on espionage charges he denies, was not part of the deal": a relative clause, no statement
        if low == "asked" and not (_CLAUSE_END_AFTER.match(masked, e) or masked[max(a, s - 3) : s].rstrip().endswith((PH, ",")) or PH in masked[a:s] and _ASKED_LISTENER.match(masked, e, b)):
            continue  # only '“…?” Mrs Clinton asked.', '“…?” asked Lavrov', '“…?” Clinton asked Lavrov as …': not "when asked about"
        prev_raw = _last_token(masked, max(a, s - 40), s)
        prev = prev_raw.lower()
        if low.endswith("ed") and _ATTRIBUTIVE_BEFORE.search(masked, max(a, s - 40), s) and _NOUN_NEXT.match(masked, e, b):
            continue  # "the first publicly confirmed conversation": an adjective before its noun, no one speaking
        if " than " in masked[max(a, s - 50) : s] and _THAN_BEFORE.search(masked, max(a, s - 50), s):
            continue  # "more muted than the public messaging suggested": a comparison, no statement
        if low in ("claims", "reports", "comments", "warnings", "notes", "replies", "posts", "stresses") and prev in _VERBS_TAKING_A_NOUN:
            continue  # "described claims to the contrary as “hysteria”": the noun, the verb's object
        if prev == "who" and low in ("briefed", "spoke", "talked") and _BRIEFING_AFTER.match(masked, e, b):
            continue  # "a senior official who briefed reporters on condition of anonymity said …": who the source is, not what was said
        if prev.endswith("ly") and _TO_ADVERB_END.search(masked, max(a, s - 30), s):
            prev = "to"  # "was unable to independently confirm …": a split infinitive
        if (prev == "to" and low != "according to" or low in qc.BASE_FRAGMENT_FORMS) and _GOES_ON_END.search(masked, max(a, s - 80), s) is None and not (
                prev == "to" and (_CAREFUL_TO.search(masked, max(a, s - 30), s) or _MESSAGE_TO.search(masked, max(a, s - 70), s))):  # ("was careful to add that …": said, with care)
            continue  # "declined to say", "wants to add" (not "continues to insist": said again and again)
        if fragment and low in _NAMING_PARTICIPLES and prev in _PASSIVE_ADVERBS and not _BY_AFTER.match(masked, e, b):
            words = masked[max(a, s - 60) : s].split()
            noun = words[-2] if len(words) >= 2 else ""  # (the word before the adverb, as written)
            if noun.isalpha() and noun.islower() and noun not in qc.PRONOUNS and noun not in ("who", "which", "that"):
                continue  # "the arms dealer once dubbed the “merchant of death”": no one named it here (not "He later described")
        if (fragment and low in _NAMING_PARTICIPLES and low not in ("called", "described") and prev.isalpha() and prev.islower() and not prev.endswith("s")
                and prev not in qc.PRONOUNS and prev not in _NOT_A_NAMED_THING and _LABEL_NEXT.match(masked, e, b) and not _BY_AFTER.match(masked, e, b)):
            continue  # "a former Soviet air force officer dubbed the “Merchant of Death”", "the programme dubbed “Star Wars”": a name it goes by
        if fragment and low in _NAMING_PARTICIPLES and low != "called" and masked[max(a, s - 3) : s].rstrip().endswith(",") and not _BY_AFTER.match(masked, e, b):
            before_comma = masked[max(a, s - 40) : s].rstrip().rstrip(",").rsplit(None, 1)
            if before_comma and before_comma[-1][:1].isupper() and before_comma[-1].lower() not in _PARENTHETICAL_ADVERBS and not (low in ("described", "termed") and (_WHO_ASIDE_BEFORE.search(masked, max(a, s - 120), s) or _OBJECT_THEN_AS.match(masked, e))):
                # ("Lavrov, who accompanied Putin, described the atmosphere as …", "McCain, the Republican chairman of the
                # committee, described the news conference as …": the aside closes, the verb is the subject's, with its object)
                continue  # "Bout, dubbed the 'Merchant of Death', …": a name others gave him, no one named it here
        if prev in ("is", "was", "are", "were", "be", "been", "being") and low in ("said", "reported", "claimed", "alleged", "stated", "asked"):
            continue  # "is said to be", "was reported"
        if prev in ("help", "helps", "helped", "helping") and not low.endswith(("ed", "s", "ing")):
            continue  # "which helps explain why …": a cause, no one speaking
        if low == "threatened" and prev in ("felt", "feel", "feels", "feeling", "is", "was", "are", "were", "be", "been", "being", "not", "more", "less"):
            continue  # "whether Russia felt threatened by the alliance": a state, no words
        if (prev in qc.DETERMINERS and not (prev == "both" and (low.endswith("ed") or low in ("said", "told"))) or prev.endswith(("'s", "’s")) or prev in ("not",) and low.startswith("say")
                or prev in ("no", "any") and not low.endswith(("ed", "ing"))) and low != "according to":
            continue  # "the report", "Lavrov's claims", "a warning", "received no reply" (not "both described", a verb)
        if low in ("reporting", "writing", "speaking") and masked[e : e + 8].lstrip().lower().startswith("from"):
            continue
        if low == "writing" and prev == "in":
            continue  # "would provide its response in writing": how, not a cue
        if low in ("posting", "writing", "tweeting", "speaking") and masked[max(a, s - 2) : s] == ", " and _PLATFORM_ASIDE.match(masked, e, b):
            continue  # "Trump, posting on his Truth Social platform, suggested …": where he spoke, set off; the verb after it cues
        if low in ("add", "adds") and PH not in masked[max(a, s - 4) : s] and _ADDS_A_THING.match(masked, e, b):
            continue  # "The measures add 74 vessels to the blacklist", "which adds to the pressure": no words added
        if low == "added" and _ADDED_A_COUNT.match(masked, e, b):
            continue  # "The Treasury added more than 300 entities to its list": a count added, no words
        if low in ("reported", "reports", "reporting", "report") and _REPORTED_ON.match(masked, e, b) and masked.find(" that ", e, min(b, e + 80)) < 0 and PH not in masked[max(a, s - 60) : s]:
            continue  # "had reported extensively on the war": a reporter's work, no statement ("“…,” the correspondent reported from the courtyard" is one)
        if word[:1].isupper() and low.endswith("ing") and not masked[a:s].strip(" " + PH + "\"'“”‘’") and _opening_phrase_then_cue(masked, e, b):
            continue  # "Writing in these pages last year, this correspondent argued that …": a setting
        if low.endswith("ing") and _GERUND_AFTER.search(masked, max(a, s - 30), s) and not (prev == "by" and _VERB_BY_BEFORE.search(masked, max(a, s - 40), s)):
            continue  # "accused NATO of openly declaring its goal": a gerund, not someone speaking (but "opens by saying")
        if low in _PASSIVE_PARTICIPLES and (_BY_AFTER.match(masked, e, b) or prev in _TEXT_NOUNS and not prev_raw[:1].isupper() and not (low in ("read", "reads") and _CLAUSE_END_AFTER.match(masked, e + (8 if masked.startswith(" in part", e) else 0)))):
            # ('“…,” the statement read in part.': the document speaking)
            # ("“…,” the statement read." is the document speaking, not "a statement read out")
            continue  # "a video statement posted by the embassy", "a commentary posted on Telegram"
        if low in ("briefed", "informed") and prev in _SOURCE_NOUNS and _ON_MATTER_AFTER.match(masked, e, b):
            continue  # "a person briefed on the matter said": a participle in the subject, not a verb
        if low == "written" and (prev not in ("has", "have", "had") and _two_tokens_before(masked, max(a, s - 60), s)[0] not in ("has", "have", "had") or _WRITTEN_THING.match(masked, e)):
            continue  # "written responses", "had promised written answers": an adjective ("has written that …", "had earlier written" are cues)
        if (prev in _MODALS and not (prev == "may" and masked[max(a, s - 5) : s].lstrip()[:1] == "M")) or prev in _MODAL_ADVERBS or low in _NOUN_TOO:
            before2 = _two_tokens_before(masked, max(a, s - 60), s)
            # ("to" reaches here only after "continues to" / "went on to": see the check above)
            if (before2[1] in _MODALS and before2[1] != "to") or before2[1] in _MODAL_ADVERBS and before2[0] in _MODALS:
                continue  # "Washington must first acknowledge …": a demand or a plan, not words said
            if low in _NOUN_TOO and before2[0] in qc.DETERMINERS and before2[1].isalpha() and before2[1].islower():
                continue  # "struck a different note", "a stern warning": a noun after an adjective
            if low in _NOUN_TOO and _DEGREE_ADJECTIVE_BEFORE.search(masked, max(a, s - 40), s):
                continue  # "struck a more hopeful note", "a very different claim": a graded adjective
        cue = Cue(s, e, word, "pre")
        cue.fragment_only = fragment
        if low == "according to" and _VERB_COMMA_BEFORE.search(masked, max(a, s - 40), s):
            continue  # "told them, according to a participant, that …": a relay of the one who told, not the speaker
        if low in ("according to", "per"):
            cue.mode = "according"
            ms, me, mention = _np_right(masked, e, b)
            issued = _ISSUED_BY.match(masked, me, b) if mention else None
            if issued:  # "according to a readout issued by the White House": the issuer speaks
                _, by_end, by_whom = _np_right(masked, issued.end(), b)
                if by_whom:
                    me = by_end
                    mention = masked[ms:me]
            appos = ""
            trailing_who = _TRAILING_WHO.search(mention) if mention else None
            if trailing_who:  # "a senior official who …": the NP stops before its relative clause
                mention, me = mention[: trailing_who.start()], ms + trailing_who.start()
            rel = _ACCORDING_RELATIVE.match(masked, me, b)
            described = _SOURCE_DESCRIBED.match(masked, me, b) if rel is None and mention else None
            if described is not None:  # "two diplomats involved in the negotiations": the source, described
                cue.mention, cue.mention_start, cue.mention_end = masked[ms : described.end(1)].strip(), ms, described.end(1)
                cue.region_start, cue.frame_end = s, described.end(1)
                cues.append(cue)
                continue
            if rel:
                # "According to a senior official who briefed reporters on condition of
                # anonymity, Lavrov …": the clause describes the source; the content follows it
                cue.mention, cue.mention_start, cue.mention_end, cue.appositive = mention, ms, me, rel.group(1)
                cue.region_start, cue.frame_end = s, rel.end()
                cues.append(cue)
                continue
            rest = masked[me:b]
            am = _ACCORDING_APPOS.match(rest)
            if am and s - a < 200 and not masked[a:s].strip(" ,") and not am.group().rstrip().endswith(","):
                am = None  # "According to Peskov, the Kremlin has …": that is the content
            if am and _RELATIVE_NEXT.match(rest, am.end()):
                am = None  # "According to Lavrov, the deal, which runs to 2026, was fair": the content's subject
            if am and not am.group(1).lower().startswith(("who", "which")) and (_FINITE.search(am.group(1)) or _NOUN_THEN_VERB.match(am.group(1))):
                am = None  # "According to Ushakov, the sides agreed to …, though …": a clause, not a description
            if am:
                appos = am.group(1)
                me2 = me + am.end()
            else:
                me2 = me
            # "According to him": the pronoun read as its subject form, resolved like "he said"
            mention = _OBJECT_PRONOUNS.get(mention.lower(), mention) if mention else mention
            cue.mention, cue.mention_start, cue.mention_end, cue.appositive = mention, ms, me, appos
            cue.region_start = s
            cue.frame_end = me2
            cues.append(cue)
            continue
        left_text = masked[a:s] if s - a <= 400 else "x " + masked[s - 400 : s]
        left_stripped = left_text.rstrip()
        inverted = False
        linked = _LINKED_PARTICIPLE.search(left_stripped) if low in qc.PARTICIPLES and left_stripped.endswith(("while", "before", "after", "also", "and")) else None
        if low in qc.PARTICIPLES and left_stripped.endswith(",") and (comma := masked.find(",", e, min(b, e + 150))) >= 0 and _ASIDE_THEN_VERB.match(masked, comma):
            continue  # "Pompeo, announcing the move at the State Department, said …": an aside; the verb after it speaks
        if low in qc.PARTICIPLES and (left_stripped.endswith(",") or left_stripped.endswith(PH) or not left_stripped or linked):
            # (", while noting that …", ", before adding that …": the same speaker goes on)
            cue.mode = "inherit"
            cue.region_start = a + (linked.start() if linked else len(left_stripped) - (1 if left_stripped.endswith(",") else 0))
            cue.frame_end = e
        elif low not in qc.TELL_FORMS and (left_stripped.endswith((",", PH)) or (not left_stripped.strip()) or left_stripped.endswith(PH + ",")) and not _subject_with_appositive(left_text) and (
                low in _INVERTING_VERBS or not left_stripped.endswith(",") or left_stripped.endswith(PH + ",")):
            # (after a comma that ends no quote only a verb of saying inverts: "…, for its part,
            # confirmed the swap" has its object after it, not its speaker)
            # (never "…, told Interfax": the one after "told" is the listener, not the speaker)
            # "“…,” said Mittal" / "…, said a senior official" / "Said Lavrov: …"
            ms, me, mention = _np_right(masked, e, b)
            if mention and (mention[:1].isupper() or mention.split()[0].lower() in qc.DETERMINERS or _LOWER_ROLE_THEN_NAME.fullmatch(mention) and mention.split()[0] not in _NOT_A_ROLE) and mention.split()[0].lower() not in qc.PRONOUNS:
                inverted = True
                cue.mode = "inverted"
                cue.mention, cue.mention_start, cue.mention_end = mention, ms, me
                age = _AGE_NEXT.match(masked, me, b)  # "said Marc Fogel, 63, a history teacher"
                after_name = age.end() if age is not None else me
                rest = masked[after_name:b]
                am = _INVERTED_APPOS.match(rest)
                nm = _INVERTED_NAME.match(rest)
                if nm and (mention.split()[0].lower() in qc.DETERMINERS or mention.split()[0].endswith(("'s", "’s"))) and not any(t[:1].isupper() for t in mention.split()[1:]):
                    # "said the foreign secretary, James Cleverly", "said Kurmasheva's husband, Pavel
                    # Butorin": the name is the speaker
                    cue.appositive, cue.mention = mention, nm.group(1)
                    cue.mention_start, cue.mention_end = after_name + nm.start(1), after_name + nm.end(1)
                    cue.frame_end = after_name + nm.end()
                elif am:
                    cue.appositive = am.group(1)
                    cue.frame_end = after_name + am.end()
                else:
                    am = _INVERTED_WHO.match(rest)
                    cue.appositive = am.group(1) if am else ""
                    cue.frame_end = after_name + (am.end() if am else 0)
                cue.region_start = a + len(left_stripped.rstrip(",").rstrip())
                after_end, _ = _skip_frame(masked, cue.frame_end, b, False)
                rest_after = masked[after_end:b]
                # (", when asked whether …", ", speaking at …": how it was said, after the speaker)
                # (", while Kimball warned …": another speaker's statement begins after this one)
                if not (_only_punct(rest_after) or _COMMA_QUOTE.match(rest_after) or _COMMA_PARTICIPLE.match(rest_after) or _FRAME_TAIL.match(rest_after) or _INVERTED_SETTING.match(rest_after) or _COMMA_WHILE.match(masked, cue.frame_end, b)
                        # ("The summit, argues Katarina Velikova, a former analyst, was …": inside its sentence)
                        or _PARENTHESIS_GOES_ON.match(rest_after) and _short_subject(left_stripped[-121:])):
                    inverted = False  # "X, who …, said Blinken had …": a subject, not an inversion
                    cue.mode = "pre"
                    cue.mention, cue.appositive = "", ""
        if (low == "alleged" and masked[max(a, s - 2) : s] == ", " and masked[max(a, s - 3) : s - 2] not in (PH, "")
                and not _THAT_NEXT.match(masked, e) and not _FINITE.search(masked, e, _phrase_end(masked, e, b))):
            continue  # "…, alleged Russian hacking and …": an adjective in a list (a verb has its subject before it)
        if low == "telling" and prev in ("most", "more", "less", "very", "particularly", "especially", "a", "the", "so", "too", "quite", "highly", "equally"):
            continue  # "the most telling thing was what Lavrov didn't say": an adjective, no one tells
        if low in ("maintained", "maintains") and prev in ("being", "been", "be", "is", "was", "were", "are"):
            continue  # "contacts … were being maintained “at the level of embassies”": a passive, no one speaks
        if low == "alleged" and prev in ("for", "of", "over", "about", "against", "on", "into", "to", "by", "with", "in", "and", "or", "an", "its", "their", "his", "her"):
            continue  # "in retaliation for alleged Russian interference": an adjective
        if low in ("reports", "claims", "remarks", "comments", "statements") and prev in _NOUN_BEFORE_REPORTS:
            continue  # "had learned of the agenda from news reports": the noun
        if low in ("reports", "claims", "allegations") and _OF_NEXT.match(masked, e):
            continue  # "and reports of bounties": the noun
        if low in ("note", "notes") and _NOUN_NOTE_AFTER.match(masked, e):
            continue  # "struck a more upbeat note on Telegram": the noun, not "officials note that"
        if low == "agreed" and _PLACE_OR_AGENT_AFTER.match(masked, e):
            continue  # "the ceiling agreed in Moscow in 2002": a participle, no one speaks
        reads = low in ("read", "reads")  # a cue only for a document: "“…,” read the statement", "The statement read:"
        if reads and inverted and not _DOCUMENT_HEAD.search(cue.mention):
            continue
        subject = None  # "Putin is reported to have told …": the subject stands before the frame
        if not inverted and cue.mode in ("pre", "inherit") and prev in ("have", "heard", "overheard", "filmed", "recorded", "camera", "microphone", "mic", "tape"):
            hearsay = _HEARSAY_FRAME.search(masked, max(a, s - 60), s) if prev == "have" or low in ("saying", "telling") else None
            subject = _subject_before(masked, a, hearsay.start()) if hearsay else None
            if subject and subject[2]:
                cue.mode = "pre"
            else:
                subject = None
        if not inverted and cue.mode == "pre" and subject is None and prev == "by" and low.endswith("ing") and (by := _VERB_BY_BEFORE.search(masked, max(a, s - 40), s)) is not None:
            subject = _subject_before(masked, a, by.start())  # "Putin opens by saying …": the one who opens
            subject = subject if subject[2] else None
        if not inverted and cue.mode == "pre" and subject is None and prev == "to" and (careful := _BE_CAREFUL_TO.search(masked, max(a, s - 40), s) or _MESSAGE_TO.search(masked, max(a, s - 70), s)) is not None:
            subject = _subject_before(masked, a, careful.start())  # "the Russian president was careful to add": his
            subject = subject if subject[2] else None
        if not inverted and cue.mode == "pre" and subject is None and prev in ("was", "is", "been") and low in _IMPERSONAL_CUES and (it := _IMPERSONAL_PASSIVE.search(masked, max(a, s - 20), s)) is not None:
            subject = (it.start(), it.start() + 2, "it", "")  # "It was noted in the document that …": see _Resolver.resolve
        if not inverted and cue.mode == "pre":
            # ("Asked by a reporter whom he believed, Trump said:": the frame's reporter is not the subject)
            opener = _ASKED_OPENER.match(masked, a, s) if subject is None and masked[a:a + 1] in "APQS" else None
            ms, me, mention, appos = subject or _subject_before(masked, opener.end() if opener else a, s)
            if mention and _OBJECT_GAP.search(mention) and _PREPOSITION_END.search(masked, max(a, ms - 8), ms) and mention.split()[-1].lower() in ("he", "she", "they", "we"):
                # "On his Telegram channel he wrote: …": a phrase of place before its subject, not a gap
                ms, mention = me - len(mention.split()[-1]), mention.split()[-1]
            elif mention and _OBJECT_GAP.search(mention):
                continue  # "on espionage charges he denies": a relative clause, no statement
            if mention and mention.lower().replace("’", "'") in ("you", "you've", "you'd"):
                continue  # "You've said the embassy is …": an interviewer putting words to the guest
            relayed = _QUOTED_BY_BEFORE.search(masked, max(a, ms - 20), ms) if mention and ms > a else None
            if relayed is not None:
                # "a Russian diplomatic source quoted by the Interfax news agency said": the source
                # speaks, the agency relays
                rs, re_, rmention, rappos = _subject_before(masked, a, relayed.start())
                if rmention:
                    cue.via = mention
                    ms, me, mention, appos = rs, re_, rmention, rappos
            main_verb = (_CLAUSE_VERB.search(masked, a, ms if mention else s)
                         if low.endswith("ing") and (low in qc.PARTICIPLES or fragment) and (not mention or masked[me:s].strip()) else None)
            if main_verb is not None and ("," in masked[main_verb.end() : s] or PH in masked[main_verb.end() : s]):
                main_verb = None  # (only in one clause: not "…, with Obama hailing the pact …")
            if main_verb is not None:
                # "Bush emerged from his meeting with Putin on Saturday declaring that …", "Rubio
                # emerged from four hours of talks on Tuesday calling the meeting “a first step”":
                # the participle's subject is the clause's, not the name before the adverbial
                subject = _subject_before(masked, a, main_verb.start())
                if not subject[2]:
                    cue.mode = "inherit"
                    cue.region_start, cue.frame_end = s, e
                    cues.append(cue)
                    continue
                ms, me, mention, appos = subject
            if reads and not (_DOCUMENT_HEAD.search(mention) or mention.lower() == "it"):  # ("it read": see _document_issuer)
                continue  # "Lavrov read a statement", "he had read the report": acts
            if not mention and s - 5 >= a and masked[s - 5 : s - 1] in ("both", "Both") and (s - 5 == a or not masked[s - 6].isalnum()):
                ms, me, mention, appos = s - 5, s - 1, masked[s - 5 : s - 1], ""  # "…, though both described the talks as “productive”"
            if not mention and low in _RELATIVE_SPEECH and masked.endswith("which", max(a, s - 6), s - 1):
                body = _BODY_WHICH.search(masked, max(a, s - 200), s)
                if body is not None:  # "…, Russia's Foreign Ministry, which said in a statement that …": the body speaks
                    ms, me, mention, appos = body.start("body"), body.end("body"), body.group("body"), ""
            if not mention:
                between = (masked[a:s] if s - a <= 400 else "x " + masked[s - 400 : s]).rstrip()
                if _INHERIT_END.search(between) or not between.strip(" ,"):
                    cue.mode = "inherit"
                    cm = _INHERIT_TAIL.search(between)
                    cue.region_start = a + (cm.start() if cm else len(between))
                else:
                    continue
            else:
                cue.mention, cue.mention_start, cue.mention_end, cue.appositive = mention, ms, me, appos
                conj = _conj_before(masked, a, ms) if ms > a else -1  # nothing before the subject
                cue.region_start = conj if conj >= 0 else ms
                if (mention.lower() == "who" and (low in _RELATIVE_SPEECH or fragment and low in qc.FRAGMENT_FORMS) and masked[max(a, ms - 2) : ms].rstrip().endswith(",") and not _ASIDE_THEN_VERB.search(masked, e, b)
                        and not _TOLD_PRONOUN.match(masked, e)):  # ("…, who told him that …": what he heard, told by another)
                    # "…, according to two people familiar with the talks, who said …", "met
                    # Lavrov, who told reporters …": the one the relative clause is about speaks
                    comma = masked.rindex(",", a, ms)
                    ws, we, antecedent = _np_left(masked, a, comma)
                    if antecedent and not antecedent[:1].isupper() and (before := masked.rfind(",", a, ws)) > a and masked[before + 1 : ws].strip() == "":
                        # "Kirill Dmitriev, head of the Russian Direct Investment Fund, who told Reuters
                        # …": the name before the appositive
                        ws2, we2, named = _np_left(masked, a, before)
                        if named and named[:1].isupper():
                            ws, we, antecedent = ws2, we2, named
                    if not (antecedent and antecedent[:1].isupper()) or antecedent.split()[0].lower() in _NARRATOR_WORDS:
                        # "We're also getting reaction from Dan Coats, (the director …,) who said …":
                        # the name the clause hangs on
                        end_at = before if antecedent and not antecedent[:1].isupper() and (before := masked.rfind(",", a, ws)) > a else comma
                        tail = _NAME_AT_END.search(masked, max(a, end_at - 60), end_at)
                        if tail is not None:
                            ws, we, antecedent = tail.start(1), tail.end(1), tail.group(1)
                    if antecedent and (antecedent[:1].isupper() or antecedent.split()[0].lower() in _INDEFINITE or antecedent.split()[-1].lower() in _SOURCE_NOUNS):
                        cue.mention, cue.mention_start, cue.mention_end = antecedent, ws, we
                        cue.region_start = comma
                        mention = antecedent
                elif mention.lower().endswith(" who") and low in _RELATIVE_SPEECH and not _ASIDE_THEN_VERB.search(masked, e, b):
                    # "I just got off the phone with a senior administration official who told me …":
                    # the noun phrase the relative clause hangs on
                    ws, we, antecedent = _np_left(masked, a, ms + len(mention) - 4)
                    inner = _WITH_SOURCE.search(antecedent) if antecedent else None
                    if inner is not None:  # ("the phone with a senior official": the official)
                        ws, antecedent = ws + inner.end(), antecedent[inner.end() :]
                    if antecedent and (antecedent[:1].isupper() or antecedent.split()[0].lower() in _INDEFINITE or antecedent.split()[-1].lower() in _SOURCE_NOUNS):
                        cue.mention, cue.mention_start, cue.mention_end = antecedent, ws, we
                        mention = antecedent
                if mention.split()[0].lower() in _SPEAKERLESS and mention.lower() not in ("it",) and not _DEMONSTRATIVE_PERSON.fullmatch(mention):
                    continue  # (but "this correspondent argued", "that official said" name someone)
                if mention.lower().endswith((" who", " which")) and _ASIDE_THEN_VERB.search(masked, e, b):
                    continue  # "Angela Stent, a former officer who has written on …, said": the aside's verb
            cue.frame_end = e
        cues.append(cue)
    if len(cues) > 1:
        cues.sort(key=_START)
    # drop cues that sit inside another cue's speaker phrase (e.g. "according to" in an appositive)
    colon = _HEADLINE_COLON.match(seg) if ":" in seg and PH in seg else None
    named = False
    if colon is None and ":" in seg and PH in seg:
        # "Lavrov: US ‘not serious’ about talks": a quote later on needs a known speaker
        colon = _HEADLINE_COLON_LATER.match(seg)
        named = True
    if colon is None and ":" in seg and PH in seg:
        # a longer subject before a verb of manner ("A senior official, briefing reporters on
        # the flight home, went further: “…”")
        colon = _LONG_COLON.match(seg)
        if colon is not None and _MANNER_END.search(seg, 0, colon.end(1)) is None:
            colon = None
    if colon is None and not cues and _is_headline_clause(seg):
        # "Lavrov: US must stop arming Kyiv": a headline's speaker and its gist, no quote marks
        colon = _HEADLINE_COLON_BARE.match(seg)
        named = True
    manner = _MANNER_END.search(masked, a, a + colon.end(1)) if colon else None
    early = [c for c in cues if c.start < a + colon.end()] if colon else []
    if early and (seg[:1] in "APQS" or seg[:2].isspace()) and (opener := _ASKED_OPENER.match(seg)) is not None:
        # "Asked whether …, the Russian leader quoted Leo Tolstoy: “…”": the question's verb is no cue of the quote
        early = [c for c in early if c.start >= a + opener.end()]
    if early and manner is not None and all(manner.start() <= c.start < manner.end() for c in early):
        # "Reagan repeated a Russian proverb he had often used: “…”": the verb is the manner's
        cues = [c for c in cues if c not in early]
        early = []
    lower_subject = False
    if colon and not early:
        # headline style "Lavrov: ‘No negotiations took place’"
        if manner is not None and manner.start() > a:
            # "A senior European diplomat was blunter: “…”", "The official went further: “…”":
            # the subject of a verb of manner speaks, if it names someone who can
            left_end = manner.start()
            met = _SOURCE_MET_TAIL.search(masked, max(a, left_end - 80), left_end) if " I " in masked[max(a, left_end - 80) : left_end] else None
            if met is not None:
                left_end = met.start()  # "one senior official I spoke with just moments ago put it to me bluntly:": the official
            aside = _ASIDE_END.search(masked, a, left_end)  # ", briefing reporters on the flight home,"
            if aside is None and masked[max(a, left_end - 3):left_end].rstrip().endswith(","):
                left_end = masked.rindex(",", a, left_end)  # ("Emma Tucker, in a note to staff:": the comma ends the name)
            ms, me, mention = _np_left(masked, a, aside.start() if aside is not None and aside.start() > a else left_end)
            head = _HEAD_CUT.split(mention, 1)[0] if mention else ""  # "The message from Moscow": a message
            if head and not manner.group().lstrip().lower().startswith("put") and head.lower() not in _MANNER_PRONOUNS and not (default_resolver().find(head) or _SPEAKER_HEAD.search(head) or _PERSONAL_NAME.fullmatch(head)):
                mention = ""  # ("put it bluntly" has a speaker for its subject, whoever it names)
            # ("After the meeting, the Russian leader quoted Leo Tolstoy:": a subject after an opening phrase)
            lower_subject = bool(mention) and ms > a and _DETERMINER_START.match(mention) is not None and bool(_SPEAKER_HEAD.search(mention) or default_resolver().find(mention))
            named = False
        else:
            ms, me, mention = _np_left(masked, a + colon.start(1), a + colon.end(1))  # (not a time stamp before it)
        if mention and _PREPOSITION_END.search(masked, max(a, ms - 12), ms):
            mention = ""  # "Then, in English: …": the object of a preposition is no speaker
        put = _PUT_IT_END.search(mention) if mention else None
        if put and put.start() > 0:  # "One Western diplomat put it bluntly: …"
            mention, me = mention[: put.start()], ms + put.start()
            named = False
        if mention and (mention[:1].isupper() or mention in _MANNER_PRONOUNS or lower_subject) and (not named or default_resolver().find(mention)):
            cue = Cue(a + colon.end(1), a + colon.end(), ":", "colon", mention, ms, me)
            cue.region_start, cue.frame_end = ms, a + colon.end()
            cues.insert(0, cue)
    kept: list[Cue] = []
    for c in cues:
        if kept and any(k.mention_start <= c.start < max(k.frame_end, k.mention_end) and k is not c for k in kept[-4:]):
            continue
        kept.append(c)
    listeners: dict[int, str] = {}
    for c in kept:
        tell = c.word.lower() in qc.TELL_FORMS
        if c.mode in ("pre", "inherit"):
            c.frame_end, listeners[id(c)] = _skip_frame(masked, c.end, b, tell, c.word)
        else:
            c.frame_end, _ = _skip_frame(masked, c.frame_end, b, False)
    # look-alikes go before "adding that …" looks for whom it continues
    kept = _reporting_cues(masked, kept, b)
    donor: Cue | None = None
    for c in kept:
        if c.mode == "inherit" and not c.mention and donor is not None:
            # "Rubio said …, while Lavrov called the meeting “useful” and said …": the second
            # subject goes on, not the first speaker
            w = next(reversed(list(_WHILE_SPEAKER.finditer(masked, donor.frame_end, c.start))), None)  # the last
            if w is not None and (w.group("verb").lower() in qc.VERB_FORMS or w.group("verb").lower() in qc.FRAGMENT_FORMS):
                c.mention, c.mention_start, c.mention_end = w.group("who").strip(), w.start("who"), w.end("who")
        if c.mode == "inherit" and not c.mention:
            if donor is not None:
                c.mention, c.appositive, c.via = donor.mention, donor.appositive, c.via or donor.via
            else:
                lead = _SPACES.match(masked, a, min(b, a + 50)).end()
                dateline = _DATELINE.match(masked, lead, c.start) or _LIVE_STAMP.match(masked, lead, c.start)
                if dateline:
                    lead = dateline.end()  # "MOSCOW (AFP) - The ministry …, saying", "2:15 p.m. ET: …": not Moscow
                asked = _ASKED_OPENER.match(masked, lead, c.start) if masked[lead : lead + 1] in "APQS" else None
                if asked:
                    lead = asked.end()  # "Pressed by a reporter on why …, Biden turned back and snapped": not "Pressed"
                opener = _LEAD_ADVERBIAL.match(masked, lead, c.start)
                if opener:
                    lead = opener.end()  # "Hours before the meeting, Trump urged …, writing": not "Hours"
                    opener = _NEXT_ADVERBIAL.match(masked, lead, c.start)
                    if opener:
                        lead = opener.end()  # "Earlier, at the White House, Biden called …": a second one
                conj = _LEAD_CONJUNCTION.match(masked, lead, c.start)
                if conj:
                    lead = conj.end()  # "But he called the meeting “…”, adding": he
                ms, me, mention = _np_right(masked, lead, c.start)
                verb = _MAIN_VERB.search(mention) if mention else None
                if verb is not None:  # "Dmitriev struck a more upbeat note, writing …": the subject
                    mention, me = mention[: verb.start()], ms + verb.start()
                named = _ROLE_THEN_APPOSED_NAME.match(masked, me, c.start) if mention and mention.split()[0].lower() in qc.DETERMINERS else None
                if named is not None:  # "The Communist leader, Gennady Zyuganov, went further, telling …": the name
                    mention, ms, me = named.group(1), named.start(1), named.end(1)
                if mention and (mention[:1].isupper() or mention.split()[0].lower() in _DETERMINER_OR_PRONOUN):
                    c.mention, c.mention_start, c.mention_end = mention, ms, me
        if c.mention:
            donor = c
    for c in kept:
        listener = listeners.get(id(c))
        if listener and not c.via and (is_media or _is_media_name)(listener):
            c.via = listener
    return kept


#: Verbs that report speech only with a "that" clause, a quote or a colon after them, or
#: with the statement before them ("…, Lavrov agreed"). Otherwise they name an act, not
#: words: "agreed to meet", "agreed on a swap", "promised to respond", "repeated the Kremlin
#: line", "briefed allies on the talks", "maintained contacts".
_ACT_VERBS = frozenset(
    {
        "agreed", "promised", "promises", "pledged", "pledges", "vowed", "vows", "threatened",
        "repeated", "affirmed", "reaffirmed", "briefed", "informed", "assured", "mentioned",
        "observed", "concluded", "disclosed", "revealed", "reveals", "maintained", "maintains",
        "countered", "counters", "indicated", "indicates", "announced", "announces", "unveiled",
        "remind", "reminds", "reminded", "reminding",  # ("reminded many of the Cold War": no words without "that")
        "recalled", "recalls",  # ("recalled their envoys for consultations": called home, no words)
        "texted", "texts",  # ("when her daughter texted her the news": a message sent, no words given)
    }
)
_LINK_WORDS = frozenset({"that", "and", "but"})
#: A sentence's opening adverbial of time or place, before its subject ("Hours before the
#: meeting, Trump …", "In Moscow, Igor Ivanov, the foreign minister, …").
_TRAILING_PLACE = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_SETTING_OPENER = re.compile(r"(?:In|At|During|On|Speaking|Interviewed|Writing)\b[^,;:" + PH + r"]{0,80},\s+(?=[A-Z])")
#: (a quote inside it after a lower-case word, "before soldiers who fought in what the Kremlin calls a
#: “special military operation”," is part of the opener; a quote right after its comma is not)
_ASKED_OPENER = re.compile(r"\s*(?:Asked|Pressed|Questioned|Speaking)\b(?:[^;:" + PH + r"]|(?<=[a-z,:] )" + PH + r"+){0,160}?,\s+(?=[A-Z])")  # ("Asked by a reporter, “…?”, Mr. Putin smiled")
_LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Then|Instead|Indeed|Nonetheless|Nevertheless|Also)\b,?\s+")
_LEAD_ADVERBIAL = re.compile(
    r"(?:In|On|At|After|Before|During|Following|Hours|Days|Minutes|Weeks|Months|Moments|Shortly|Earlier|Later|Meanwhile|Separately|However|"
    r"Elsewhere|Back|Since|Within|Upon|Ahead|Amid|Last|This|Late|Early|Yesterday|Today|Overnight|Asked|Pressed|Questioned|Speaking|Addressing|Standing|"
    # a subordinate clause first: "As the appearance wrapped up, Putin turned to Trump and quipped …"
    r"As|When|While|Once|Although|Though|Despite|Because|Until|Inside|Outside|Throughout)\b[^,;:" + PH + r"]{0,120},\s+"
)
#: A second scene-setting phrase after the first: "Earlier, at the White House, ".
_NEXT_ADVERBIAL = re.compile(r"(?:in|on|at|after|before|during|following|inside|outside|from)\s[^,;:" + PH + r"]{1,80},\s+")
#: "briefed reporters on Monday, and he said …": a comma that opens the next clause, not words reported.
_COMMA_CLAUSE = re.compile(r"\s*,\s*(?:and|but|then|before|after|while)\b")
_REPORT_COMPLEMENT = re.compile(r"\s*(?:that\b|:|,|" + PH + "|[“\"‘«])", re.IGNORECASE)


def _reporting_cues(masked: str, cues: list[Cue], b: int) -> list[Cue]:
    """The cues that report words, without two kinds of look-alike:

    - an act verb (``_ACT_VERBS``) whose complement is not reported content;
    - a verb whose subject follows another cue straight away and that has no content after
      it: "The White House said the two leaders agreed." is one statement of the White House,
      not the leaders' (with the White House's words taken for theirs).
    """
    out: list[Cue] = []
    for k, c in enumerate(cues):
        if c.mode in ("pre", "inherit") and c.word.lower() in _ON_A_THING_VERBS and _ON_A_THING.match(masked, c.end, b):
            continue  # "the Soviet side had insisted on crippling SDI", "commented on the talks": a demand, no words
        act = c.mode in ("pre", "inherit") and c.word.lower() in _ACT_VERBS
        prev = out[-1] if out and c.mode == "pre" else None
        follows = prev is not None and prev.mode in ("pre", "inverted", "inherit", "quoted") and prev.frame_end <= c.mention_start
        if act or follows:
            nxt = cues[k + 1].region_start if k + 1 < len(cues) else b
            after = masked[c.frame_end : max(c.frame_end, nxt)]
            empty = _only_punct(after)
            reports = empty or bool(_REPORT_COMPLEMENT.match(after)) and not (act and _COMMA_CLAUSE.match(after))
            if act and not reports:
                continue  # "… and agreed to work on restoring communication, the ministry said"
            if act and out and out[-1].mode == "according" and masked[out[-1].frame_end : max(out[-1].frame_end, c.mention_start)].strip(" ,").lower() in ("", "the", "both"):
                continue  # "According to Putin, the two sides agreed that …": what he said they agreed
            if follows and (empty or not reports):
                # "said the two leaders agreed", "“…,” Peskov said, and Ushakov agreed",
                # "Lavrov said Moscow had explained its position": one statement, the first
                between = masked[prev.frame_end : c.mention_start].replace(",", " ").split()
                if all(w.lower() in qc.DETERMINERS or w.lower() in _LINK_WORDS for w in between):
                    continue
        out.append(c)
    return out


#: Verbs that, with "on" and a thing after them, name a demand or a topic, not what was said.
_ON_A_THING_VERBS = frozenset({"insisted", "insists", "insist", "insisting", "commented", "comments", "commenting"})
#: (not a name after "on": "insisted on Fox News that …", "on Monday", "on Telegram")
_ON_A_THING = re.compile(r"\s+(?:on|upon)\s+(?![A-Z])(?!(?:television|state\s+television|the\s+(?:phone|telephone|sidelines)|(?:a|the)\s+(?:call|visit|trip|flight|conference|briefing|programme|program|show))\b)(?![^.;" + PH + r"]{0,80}\bthat\b)")
#: Words before "reports", "claims" that make them nouns ("news reports", "media claims").
_NOUN_BEFORE_REPORTS = frozenset({"news", "media", "press", "newspaper", "television", "tv", "wire", "unconfirmed", "recent", "earlier", "initial", "official", "conflicting", "multiple", "such", "these", "those", "similar", "public", "russian", "western", "american", "ukrainian", "state"})
#: A verb straight after "that": the "that" opens a relative clause ("a news conference that lasted …").
_VERB_FIRST = re.compile(r"[a-z]+ed|was|were|had|has|began|took|drew|ran|went|came|brought")
_NOUN_THEN_THAT = re.compile(r"\b(?:conference|briefing|meeting|session|audience|crowd|rally|forum|summit|gathering|interview|hearing|committee|panel)\s+that\s*$", re.IGNORECASE)
_MEDIA_WORD = re.compile(r"\b(?:agency|newspaper|television|TV|channel|radio|daily)\b")


def _is_media_name(text: str) -> bool:
    res = default_resolver()
    hit = res.resolve(text, fuzzy=False)
    if hit and _actor_info(res)[hit]["kind"] == "media":
        return True
    return bool(_MEDIA_WORD.search(text))


class _MediaNames:
    """``_is_media_name`` for one article: the default resolver fetched once (not a file
    ``stat`` per cue) and each name looked up once."""

    __slots__ = ("res", "info", "seen")

    def __init__(self, res: ActorResolver | None = None):
        self.res = res or default_resolver()
        self.info = _actor_info(self.res)
        self.seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        got = self.seen.get(text)
        if got is None:
            hit = self.res.resolve(text, fuzzy=False)
            got = self.seen[text] = bool(hit and self.info[hit]["kind"] == "media") or bool(_MEDIA_WORD.search(text))
        return got


# ------------------------------------------------------------------------ statements


@dataclass(slots=True)
class Statement:
    """A statement before speaker resolution (offsets into the paragraph text)."""

    paragraph_no: int
    start: int
    end: int
    kind: str
    cue: str = ""
    mention: str = ""
    appositive: str = ""
    via: str = ""
    context: str = ""  # the unit's text, for anonymity phrases and journalist sign-offs
    cue_pos: int = 0
    mode: str = ""
    confidence: float = 0.8
    nested_parent: int | None = None  # index into the article's statements list
    span_key: tuple[int, int] | None = None  # (paragraph_no, span start) of a quote
    chain: int | None = None
    inherit: str = ""  # "" | "previous" (floating quote) | "cue" (same-unit cue)
    problem: str = ""
    outer_key: tuple[int, int] | None = None  # (paragraph_no, start) of the encloser of a nested quote
    unit_start: int = 0
    intro: bool = False  # the sentence opens "Reporting from …" (a journalist's sign-off)
    donor: Statement | None = None  # the chain member whose cue this one took
    # (_paragraph_statements passes all fields by position, in this order: keep it)


_PARENTHETICAL = re.compile(r"\s*,\s*(?:and|but|while|as|though|although)\b")
#: What may follow ", X said" when the statement came before it: a frame ("speaking on …",
#: ", where he was flanked by …"), or the writer's own appositive or participle on the news
#: (", the third such meeting since February", ", filling a post vacant since October").
_FRAME_TAIL = re.compile(r"\s*,\s*(?:speaking|citing|referring|declining|refusing|who|which|whose|where|when\s+asked|asked|apparently|reportedly"
                         # "…,” Biden said at the White House, flanked by …": where and how, not what was said
                         r"|flanked|joined|accompanied|surrounded|standing|sitting|seated|wearing|visibly"
                         # "according to Turkey's National Intelligence Organization, known as MIT": the source's other name
                         r"|(?:also\s+|better\s+|widely\s+)?known\s+as|formerly)\b")
#: (the appositive and participle kinds only after a statement of five words or more: in "On
#: Monday, Lavrov said, the talks resumed" the words after the cue are the statement)
_WRITER_TAIL = re.compile(r"\s*,\s*(?:the|a|an|its|his|her|their|this|[a-z]+ing|(?:as\s+)?quoted\s+by|cited\s+by)\b")  # (", quoted by the Interfax news agency": a relay)
_TO_ADVERB_END = re.compile(r"\bto\s+[a-z]+ly\s+$")
_CITING_THEN_THAT = re.compile(r",\s*(?:citing|quoting)\s+[^,;:" + PH + r"]{1,80},\s*(?=that\b)")
_IN_DOCUMENT = re.compile(r"\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:readout|statement|interview|post|message|briefing|commentary|speech|remarks|address|communiqu[eé]|release)"
                          r"(?:\s+(?:of|on|about|after|to|with)\s+[^,;:.!?" + PH + r"]{1,60}?)?(?=\s*(?:[,;:.!?]|$))")
_POST_CONTENT_TAIL = re.compile(r"\s*,?\s*(?:when|as|while|after|before|following|amid|during|ahead|in|at|on|citing|even\s+(?:as|though|while|after)"
                                # ("“…!” Trump wrote on Twitter hours after the Russian leader's statement": when)
                                r"|(?:hours|minutes|days|moments|shortly|soon|just|only)\s+(?:after|before))\b"
                                # "…, the State Department said in a readout, the first such talks since …": an appositive
                                # on the event — after a comma ("Lavrov said a second round would follow" is the content)
                                r"|\s*,\s*(?:the|a|an|their|its)\s+(?:first|second|third|fourth|latest|highest|rare|culmination)\b")
#: Adverbs set off by commas between a speech verb and its content ("said, however, that …").
_ASIDE_ADVERBS = r"however|though|nonetheless|nevertheless|moreover|meanwhile|instead|too|also"
#: What comes between a cue and its content: "that", a colon, a comma, and a parenthetical
#: adverb ("said, however, that …").
_CONTENT_LEAD = re.compile(
    # ("He said, quote, “…” End quote.": a broadcast transcript's spoken quote marks)
    r"\s*(?:,\s*)?(?:(?:" + _ASIDE_ADVERBS + r"|quote)\s*,\s*)?"
    r"(?:[—–]?\s*[^,;:—–.!?\n" + PH + r"]{1,50}?\s*[,—–]\s*(?=(?:only\s+)?that\b)"  # "claimed, without evidence, that"
    # "said in a commentary published on the ministry's website that"
    r"|(?:in|on|at|during|via|through|after|from|to|with)\s+(?=[^,;:—–.!?\n" + PH + r"]{0,60}?\b(?:commentary|statement|interview|remarks|comments|post|message|letter|speech|address|briefing|response|reply|op-ed|article|column|video|broadcast|conference|call|session|hearing|podcast)\b)"
    r"[^,;:—–.!?\n" + PH + r"]{1,100}?\s+(?=(?:only\s+)?that\b))?"
    # (not "that's": "made clear that's not going to happen" says "that is")
    r"(?:(?:only\s+)?that\b(?!['’]s\b)|:|,)?\s*",
    re.IGNORECASE,
)


#: A relative clause about the audience after a cue ("told reporters, several of whom …", "…, who had waited").
_RELATIVE_OF_WHOM = re.compile(r"(?:(?:some|several|many|most|all|none|one|two|three|few|each|both|half|dozens|hundreds)\s+of\s+)?(?:whom|who|which)\s", re.IGNORECASE)
#: A participle clause opening what follows a cue and its comma: what the speaker did, not said.
_PARTICIPLE_ACT_START = re.compile(r"(?:(?:first|then|also|before|after|while|by|repeatedly)\s+)?[a-z]{3,}ing\s+(?!that\b)")


def _content_bounds(masked: str, a: int, b: int, cues: list[Cue], k: int) -> tuple[int, int, bool]:
    """Content span of cue ``k`` in unit [a, b): (start, end, content_before_cue)."""
    c = cues[k]
    nxt = cues[k + 1].region_start if k + 1 < len(cues) else b
    frame_end, region_start = c.frame_end, c.region_start
    citing = _CITING_THEN_THAT.match(masked, frame_end, nxt) if masked.startswith(",", frame_end) else None
    if citing is not None:
        frame_end = citing.end()  # "reported, citing its sources, that …": the source aside, then the content
    doc = _IN_DOCUMENT.match(masked, c.end, nxt) if c.mode == "pre" and masked.startswith(" in ", c.end) else None
    if doc is not None and masked[region_start : region_start + 1] == ",":
        frame_end = max(frame_end, doc.end())  # "…, the State Department said in a readout of the meeting.": where it said so
    after = masked[frame_end:nxt]
    # _PARENTHETICAL and _FRAME_TAIL start with a comma after white space: try them only then
    comma_after = after.lstrip()[:1] == ","
    # ("The call lasted two hours, according to the Kremlin, and was …": the words before it)
    parenthetical = comma_after and bool(_PARENTHETICAL.match(after)) and (
        masked[region_start : region_start + 1] == "," or c.mode == "according" and masked[max(a, region_start - 3) : region_start].rstrip().endswith(",")
    )
    if not parenthetical and c.mode == "according" and after.lstrip()[:1] in ("—", "–") and masked[max(a, region_start - 3) : region_start].rstrip()[-1:] in ("—", "–", ",", PH):
        parenthetical = True  # "That distinction — a “legal fig leaf,” in the words of one diplomat — has become …": the aside closes
    if parenthetical:
        nxt = frame_end + len(after) - len(after.lstrip(" ,"))
    # (the frame may run into the next cue: ", when asked whether …" is a cue of its own)
    framed = comma_after and _FRAME_TAIL.match(masked, frame_end, min(b, frame_end + 40)) is not None
    if comma_after and not framed and _WRITER_TAIL.match(after):
        # a statement before the cue has five words or more, or a verb of its own ("Talks will
        # resume, the Kremlin said, signalling …"); "On Monday, Lavrov said, the talks resumed" has neither
        lead = masked[max(a, region_start - 400) : region_start]
        # (a quote before the cue is a statement too: "“…,” he declared, tapping the lectern")
        frame_tail = len(lead.split()) >= 5 or _FINITE.search(lead) is not None or PH in lead
    else:
        frame_tail = framed
    post_content = masked[region_start : region_start + 1] == "," or masked[max(a, region_start - 2) : region_start].rstrip().endswith(PH)
    if post_content and _POST_CONTENT_TAIL.match(after):
        frame_tail = True  # "…, the ministry said following the consultations in Istanbul"
    if (parenthetical or frame_tail or _only_punct(after)) and masked[max(a, region_start - 400) : region_start].strip(" ,;:—–-") and not (
            c.frame_end > c.end and _AND_SUBJECT.match(masked, region_start)) and _SET_OFF_BEFORE.search(masked, max(a, region_start - 4), region_start + 1):
        # (a statement before its speaker is set off from it: ", the Kremlin said", "“…” he said" —
        # not "shorter than the five the Kremlin had predicted", the verb's own object)
        # (not "The talks continued, and Lavrov insisted on guarantees.": a clause of its own,
        # its verb's object after it — no statement before it)
        prev_end = a
        if k > 0:
            prev_end = cues[k - 1].frame_end
        s = prev_end
        e = region_start
        return s, e, True
    s = frame_end
    m = _CONTENT_LEAD.match(masked, s, nxt)  # (no look-behind: the same as matching masked[s:nxt])
    if m:
        s = m.end()
    e = nxt
    hi = min(nxt, s + 2000)
    semi = masked.find("; ", s, e)
    if semi >= 0:
        nxt_clause = _SEMICOLON_CLAUSE.match(masked, semi)
        if nxt_clause is not None:  # "wrote that the response was “long overdue”; Senator Cardin called it …"
            e = semi
            hi = min(hi, e)
    for co in _COORD_VERB.finditer(masked, s, hi) if masked.find("and", s, hi) >= 0 or masked.find("but", s, hi) >= 0 else ():
        if (co.group(1).lower() in qc.FRAGMENT_FORMS or co.group(1).lower() in qc.VERB_FORMS) and not _OF_NEXT.match(masked, co.end()):
            e = co.start()  # "insisted X and accused Kyiv of …": the second verb is a new act
            break  # (not "… and reports of bounties": a noun)
        if _NO_MORE_SAID.match(masked, co.start(), e):
            e = co.start()  # "said only that X and referred questions to …": the speaker's act
            break
        if " then " in co.group() and co.group(1).endswith("ed") and len(co.group(1)) > 4:
            e = co.start()  # "told his guest that the provisions honored the maxim and then translated it": his next act
            break
        if co.start() > s and masked[co.start() - 1] == "," and _AND_HE_ACTED.match(masked, co.start()):
            e = co.start()  # "said the man knew he was breaking the law, and he deflected criticism …": his act
            break
        if co.start() > s and masked[co.start() - 1] == "," and co.group(1).lower() in _IN_STEP_ACTS:
            e = co.start() - 1  # "repeated that Russia “has never interfered” …, and offered to let US investigators …": his next act
            break
        if co.start() > s and co.group(1).lower() in ("offered", "promised", "pledged", "vowed") and _FINITE.search(masked, s, co.start()) and " to " in masked[co.end() : co.end() + 4]:
            e = co.start()  # "said Russia had never interfered and offered to let U.S. investigators …": his offer
            break
        aux = co.group(1).lower()
        if aux in ("has", "have", "had") and masked[max(0, c.start - 5):c.start].strip().lower() == aux:
            verb = _WORD_AFTER_AUX.match(masked, co.end())
            if verb is not None and (verb.group(1).lower() in qc.VERB_FORMS or verb.group(1).lower() in qc.FRAGMENT_FORMS or verb.group(1).lower() in _IN_STEP_ACTS):
                e = co.start()  # "has said the charge is false and has called for his release": a second act, in step
                break
    if masked.find(", ", s, e) >= 0:
        listed = _COMMA_ACT.search(masked, s, e)
        if listed is not None:
            e = listed.start()  # "said there had been “no hostility”, described Biden as “…” and said …": his acts, listed
    if masked.find("ing", s, hi) >= 0:
        act = _ACT_PARTICIPLE.search(masked, s, e)
        if act is not None:
            e = act.start()  # "said that Bout was home, thanking the UAE for its mediation": an act
    if masked.find(", and ", s, hi) >= 0:
        media = _AND_MEDIA_DID.search(masked, s, e)
        if media is not None:
            e = media.start()  # "said Putin had signed pardons, and state television showed …": the writer's report
        now = _AND_NOW_PERFECT.search(masked, s, e)
        if now is not None and _BACKSHIFTED.search(masked, s, now.start()):
            e = now.start()  # "said he would seek amendments …, and one conservative group has taken out …": the writer's news
    if masked.find("even ", s, hi) >= 0 or masked.find(" as ", s, hi) >= 0:
        narration = _EVEN_AS.search(masked, s, e)
        if narration is not None:
            e = narration.start()  # "…, even as the two men remained at odds over …": the writer's
    if masked.find("while", s, hi) >= 0 or masked.find("whereas", s, hi) >= 0:
        for w in _WHILE_SPEAKER.finditer(masked, s, hi):
            if w.group("verb").lower() in qc.VERB_FORMS or w.group("verb").lower() in qc.FRAGMENT_FORMS:
                e = min(e, w.start())  # "…, while Lavrov called the meeting “useful”": his words
                break
    if e < b and (masked.endswith("which ", max(s, e - 8), e) or masked.endswith("who ", max(s, e - 6), e)):
        rel = _COMMA_RELATIVE_END.search(masked, max(s, e - 10), e)
        if rel is not None:
            e = rel.start()  # "…, the sides agreed to resolve issues, which he said had been hampered …": the next cue's clause
    if e < b and masked.endswith("though", max(s, e - 12), e - 1):
        though = _THOUGH_END.search(masked, max(s, e - 14), e)
        if though is not None:
            e = though.start()  # "…, though he cautioned …": the next statement's word
    return s, e, False


#: The one asked, then the clause's end ('“Do you think we got it?” Clinton asked Lavrov as cameras flashed').
_ASKED_LISTENER = re.compile(r"\s+(?:him|her|them|reporters|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=\s*(?:[.,;!?]|$)|\s+(?:as|while|when|after|before|during)\b)")
_THOUGH_END = re.compile(r"\s*,?\s+(?:although|though)\s+$")
_COMMA_RELATIVE_END = re.compile(r",\s*(?:which|who)\s+$")
#: "in the President's words", "in Lavrov's words": whose words the quote after it are.
_IN_WORDS = re.compile(r"\bin\s+(?P<who>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?[A-Z][\w.’'-]*)['’]s?\s+(?:own\s+)?words\b")
#: 'told Fox News “a lot of work” remained': a quoted subject, then its verb.
_QUOTE_THEN_VERB = re.compile(PH + r"+\s+(?:[a-z]+ed|is|was|were|are|had|has|would|will|could|remains)\b")
_AND_SUBJECT = re.compile(r",?\s*(?:and|but)\s")
_SET_OFF_BEFORE = re.compile(r"[,;:—–()\"”’'" + PH + r"-]\s*\S?$")
#: ", and (Russian) state television showed …", ", and state media quickly amplified her post":
#: what the media did next, told by the writer after what was said
#: (the outlet may be named after its kind: ", and the state news agency RIA Novosti published video …")
_AND_MEDIA_DID = re.compile(r",\s+and\s+(?:[\w’'-]+\s+){0,3}?(?:television|TV|media|news\s+agenc(?:y|ies)|broadcasters?|channels?|outlets?)(?:\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|showed|aired|broadcast|ran|carried)\b")
#: ", and one conservative group has taken out advertisements …", ", and the case has fuelled
#: speculation …": a clause in the present perfect after reported words told in the past (see
#: _BACKSHIFTED) is the writer's own news, not more of what was said.
_AND_NOW_PERFECT = re.compile(r",\s+and\s+(?!(?:he|she|they|it|we|I|you)\s)(?:[\w’'-]+\s+){1,6}?(?:has|have)\s+(?:(?:also|already|since|now|repeatedly)\s+)?"
                              r"(?:[a-z]{3,}ed|taken|begun|grown|become|written|given|drawn|seen|shown|made|been)\b")
#: A verb of reported words told in the past: "would seek", "marked", "had been".
_BACKSHIFTED = re.compile(r"\b(?:would|could|had|was|were|might|should|[a-z]{3,}ed)\b")
#: ", even as …", ", even while …", ", as the two sides ended …" after what was said: the
#: writer setting it against the facts or the scene.
_EVEN_AS = re.compile(r",\s+(?:even\s+(?:as|while)|as\s+(?:the\s+two|both)\s+(?:sides|men|leaders|delegations|presidents|ministers|countries|governments))\b")
#: A participle after what was said that tells what the speaker did, not more of the words
#: (speech participles — "adding", "saying" — are cues of their own and split the content first).
_ACT_PARTICIPLE = re.compile(r",\s+(?!(?:including|according|regarding|concerning|excluding|pending|notwithstanding|following|starting|beginning|ending|during|involving|affecting|covering)\b)[a-z]{3,}ing\b")
#: Cue forms that are nouns as often ("a different note", "an unfounded claim").
_NOUN_TOO = frozenset({"note", "claim", "report", "reply", "tweet", "stress", "comment", "warning", "post"})
_MODALS = frozenset({"must", "should", "would", "will", "could", "can", "may", "might", "shall", "to"})
#: "The Kremlin continues to describe the war as …": words said again and again, no plan.
_GOES_ON_END = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|still\s+|then\s+)?(?:continu(?:es|e|ed)|(?:went|goes|go|has\s+gone)\s+on)\s+to\s+$"
                          # an act done in order to speak, and so speaking: "emerged to tell reporters",
                          # "used a speech in Munich to accuse", "took to Telegram to warn"
                          r"|\s+(?:emerged|came\s+out|stepped\s+out|rose|stood\s+up)\s+(?:(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?to\s+$"
                          r"|\s+(?:used|took)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){1,8}?to\s+$"
                          r"|\s+took\s+to\s+(?:[A-Z][\w.]*\s+){1,2}to\s+$"
                          # what someone said again and again: "used to tell me, “…”"
                          r"|\s+used\s+to\s+$")
_MODAL_ADVERBS = frozenset({"first", "also", "not", "never", "still", "then", "now", "publicly", "formally", "soon"})
#: Nouns of a text: a participle after one names the text ("a commentary posted on Telegram").
_TEXT_NOUNS = frozenset({"commentary", "statement", "video", "message", "post", "letter", "article", "interview", "op-ed", "column", "note", "readout", "tweet", "remarks", "comments", "transcript", "report", "text", "address", "speech"})


#: A determiner, an adverb of degree and an adjective just before a cue form that is also a noun.
_DEGREE_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their)\s+(?:more|less|much|very|far|rather|quite|somewhat|most|least|slightly|decidedly|markedly|notably)\s+[a-z][\w-]*\s+$", re.IGNORECASE)


def _two_tokens_before(masked: str, lo: int, hi: int) -> tuple[str, str]:
    """The two words before ``hi`` (lower-cased, punctuation kept: "in May, said" has no
    modal before "said"; "" where there are fewer)."""
    words = masked[lo:hi].lower().split()[-2:]
    return ("",) * (2 - len(words)) + tuple(words)


#: Forms that, before "by", are passive participles naming a text ("a statement posted by …",
#: "a letter written by …", "remarks reported by …"), not someone speaking.
_PASSIVE_PARTICIPLES = frozenset({"posted", "written", "reported", "published", "released", "issued", "read", "announced", "tweeted", "stated", "noted", "mentioned", "confirmed", "denied", "disclosed", "revealed"})
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.:;!?]|$|,\s*(?:adding|noting|saying)\b)")
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+(?!(?:was|is|were|would|will|has|had|'s|’s)\b)", re.IGNORECASE)
_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
#: A verb whose complement an inner "that" opens ("told Lavrov that", "believed that"), unlike a
#: relative "that" ("any agreement that left the door open … and that the delegation had …").
_VERB_BEFORE_THAT = re.compile(r"\b(?:" + "|".join(sorted((f for f in qc.VERB_FORMS if not f.endswith("ing")), key=len, reverse=True))
                               + r"|believed?|believes|thought|thinks?|knew|knows?|agreed|agrees?|felt|feels?|hoped|hopes?|learned|decided|concluded|realized|realised|understood|meant|means|showed|shows|proved|proves)"
                               r"(?:\s+(?:[\w.’'-]+\s+){0,6}?)?\s*$|:\s*$", re.IGNORECASE)  # (or a list after a colon: "three points: that …")


def _that_clauses(masked: str, s: int, e: int) -> list[tuple[int, int]]:
    """The content ``masked[s:e]`` of a speech verb cut into its coordinated that-clauses
    ("said (that) A and that B" reports two things); one span otherwise, and when an inner
    "that" comes first ("three points: that …, that … and that …" is one statement about the
    points; "told Lavrov that A and that B" both belong to the inner clause)."""
    if masked.find("that", s, e) < 0:
        return [(s, e)]
    spans, at = [], s
    for m in _AND_THAT.finditer(masked, s, e):
        if masked[m.start()] != "," and any(_VERB_BEFORE_THAT.search(masked, max(at, t.start() - 60), t.start()) for t in _THAT_WORD.finditer(masked, at, m.start())):
            # "he had told Lavrov that A and that B": both belong to the inner clause (after a
            # comma the second is the outer verb's: "said he had told Putin that A, and that he
            # had handed over B")
            break
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, e))
    return [span for span in spans if span[1] > span[0]]


#: Quoted words (to look for names outside them); straight single quotes too, where an
#: apostrophe inside a word ("We've") does not close them.
#: (an apostrophe inside double quotes closes nothing: "“We’ve not forgotten about Paul Whelan,” he said")
#: "Gershkovich's employer", "Whelan's government": a body named by whose it is (its name follows as an appositive).
_OWNER_THEN_BODY = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*['’]s\s+(?:[\w-]+\s+)?(?:employer|newspaper|paper|publisher|network|broadcaster|channel|agency|company|outlet|station|magazine|government|ministry|embassy)")
_QUOTED_TEXT = re.compile(r"[“\"][^”\"]{0,300}[”\"]|«[^»]{0,300}»|‘(?:[^’]|’(?=\w)){0,300}’|(?<!\w)'(?=\w)(?:[^'\n]|'(?=\w)){1,300}?(?<=\S)'(?!\w)")
#: "…, and declined to elaborate", "and referred further questions to the White House",
#: "but gave no details": the speaker stopping, not more of what was said.
_NO_MORE_SAID = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:declined|refused)\s+to\s+(?:comment|elaborate|say|give|provide|discuss|answer|speculate|name|confirm|specify|go\s+into)"
    r"|referred\s+(?:all\s+|further\s+|other\s+)?(?:questions|requests|inquiries|queries|reporters|journalists)"
    r"|(?:gave|offered|provided)\s+no\s+(?:further\s+)?(?:details|detail|timeline|explanation|evidence|specifics)"
    # ("said the leaders had agreed to meet again, but he would not discuss …": what he held back)
    r"|(?:he|she|they)\s+(?:would|could|did|does|do|will|had)\s+not\s+(?:discuss|comment|say|elaborate|answer|give|go\s+into|address|disclose|reveal|confirm|specify)"
    # ("responded that this was “an interesting option” but did not give a definite answer")
    r"|(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t)\s+(?:give|offer|provide|say|elaborate|comment|specify|answer|commit))\b",
    re.IGNORECASE,
)
#: ", while Russian Foreign Minister Sergei Lavrov called …": a second speaker and his verb.
_WHILE_SPEAKER = re.compile(r"(?:,|(?<=" + PH + r"))\s+(?:while|whereas)\s+(?P<who>(?:(?:the\s+)?(?:[A-Z][\w.’'-]*|of|for|to)(?:\s+|(?=,))){1,7}?)"
                            # (", while Kirill Dmitriev, head of Russia's wealth fund and a Kremlin envoy, posted on X that …")
                            r"(?:,\s+[^,;:" + PH + r"]{3,160},\s+)?(?:also\s+|later\s+)?(?P<verb>[a-z]+)\b")
_COORD_VERB = re.compile(r"\s+(?:and|but)\s+(?:(?:also|again|then|later|repeatedly|once\s+again)\s+)?([a-z]+)\b")
#: ", described Biden as …": a verb of the speaker's after a comma, with its object (a list of his acts).
_COMMA_ACT = re.compile(r"(?<=[a-z" + PH + r"”\"’']),\s+(?:also\s+)?(?:described|accused|thanked|praised|dismissed|urged)\s+(?:[A-Z]|the\s|his\s|her\s|their\s|it\s|them\s|him\s)")
#: ", and he deflected …": the speaker going on to do something, not more of what he said
_AND_HE_ACTED = re.compile(r"\s+and\s+(?:he|she)\s+(?:also\s+|then\s+|later\s+)?(?!(?:said|added|noted|warned|stressed|insisted|argued|claimed|believed|thought|hoped|expected|feared|wanted|needed|owed|used|planned|agreed|asked|tried)\b)[a-z]{3,}ed\b")
#: the participle after "and has": "… and has called for his release"
_WORD_AFTER_AUX = re.compile(r"\s+(?:also\s+|repeatedly\s+|since\s+)?([a-z]+)\b")
#: acts a speaker goes on to do in step with saying something ("has said … and has called for")
_IN_STEP_ACTS = frozenset({"called", "urged", "demanded", "asked", "sought", "pressed", "appealed", "requested", "refused", "declined", "rejected", "offered", "promised", "pledged", "vowed", "threatened"})


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-."):
        if text[e - 1] == "." and text.endswith((".m.", "U.S.", "U.N.", "D.C."), s, e):
            break  # "at 5 a.m.", "in the U.S.": the abbreviation's own dot
        e -= 1
    return s, e


_CUE_AT_END = re.compile(r"\b(?:said|says|added|told\s+\w+|wrote|tweeted|stated|declared)\s*$", re.IGNORECASE)


def _quote_kind(text: str, masked: str, span: QSpan, unit_start: int, content: tuple[int, int] | None) -> str:
    """direct = a whole quoted sentence; partial = a fragment inside the journalist's sentence."""
    ia, ib = span.inner
    inner = text[ia:ib].lstrip(" .…'‘\"“")
    if not inner or not (inner[0].isupper() or inner[0].isdigit()):
        return "direct" if inner and _resumes_quote(text, masked, span, unit_start) else "partial"
    lo = max(content[0] if content else unit_start, span.start - 80)
    before = masked[lo : span.start].rstrip()
    if not before.strip() or before.endswith((":", ",", PH, ";", "—", "–")) or _CUE_AT_END.search(before):
        return "direct"
    return "partial"


#: Between a quote broken off at a comma and its resumption: the attribution ("…,” Mr. Bush
#: said at the signing ceremony, “and …”), no sentence end and no other quote.
_RESUME_GAP = re.compile(r"(?:[^.!?;" + PH + r"]|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr))\.|(?<=\b(?:Mrs|Gen|Sen|Rep|Gov))\.|(?<=\b[A-Z])\.){2,120}[,:—–]\s*")


def _resumes_quote(text: str, masked: str, span: QSpan, unit_start: int) -> bool:
    """Whether a quote starting in lower case goes on with one broken off by its attribution
    ("“We have taken a step,” he said, “and we have done it together.”"): the second half of
    one direct quote, not a fragment in the writer's sentence."""
    prev_end = masked.rfind(PH, unit_start, span.start) + 1
    if prev_end <= unit_start or not _RESUME_GAP.fullmatch(masked, prev_end, span.start):
        return False
    # the quote before ended at a comma, inside its marks or just after them
    return text[prev_end - 2 : prev_end] in (",”", ",\"", ",’", ",'", ",»") or text.startswith(",", prev_end)


class _NearestCue:
    """The cue nearest a quote, exactly as ``min(cues, key=lambda c: min(abs(c.start - q.end),
    abs(q.start - c.frame_end)))`` (first cue on ties) but by bisection, not a scan of all cues."""

    def __init__(self, cues: list[Cue]):
        self.first_start: dict[int, int] = {}
        self.first_end: dict[int, int] = {}
        for k, c in enumerate(cues):
            self.first_start.setdefault(c.start, k)
            self.first_end.setdefault(c.frame_end, k)
        self.starts = sorted(self.first_start)
        self.ends = sorted(self.first_end)

    @staticmethod
    def _dist(values: list[int], x: int) -> int:
        i = bisect.bisect_left(values, x)
        best = values[i] - x if i < len(values) else None
        if i > 0 and (best is None or x - values[i - 1] < best):
            best = x - values[i - 1]
        return best

    def index(self, q_start: int, q_end: int) -> int:
        m = min(self._dist(self.starts, q_end), self._dist(self.ends, q_start))
        found = [self.first_start.get(q_end - m), self.first_start.get(q_end + m), self.first_end.get(q_start - m), self.first_end.get(q_start + m)]
        return min(k for k in found if k is not None)


#: ("acknowledged, however, that …": a parenthetical adverb may stand before the "that")
_THAT_OR_COLON = re.compile(r"\s*(?:,\s*)?(?:(?:" + _ASIDE_ADVERBS + r"|privately|publicly)\s*,\s*)?(?:that\b|:)")
_SPLIT_GAP = re.compile(r",?\s*[^.;!?]{1,100},")


#: A wire dateline opening a paragraph: "MOSCOW, Feb 15 (Reuters) - ", "WASHINGTON (AP) — ".
#: A dateline's city split off as a sentence of its own ("MOSCOW. Feb 21 (Interfax) - …").
_CITY_ONLY = re.compile(r"\s*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}\.\s*")
#: The state or region after a dateline's city: "VANCOUVER, British Columbia, April 4 —", "ANCHORAGE, Alaska (AP)".
_DATELINE_REGION = r"(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}(?=[,(\s]))?"
#: A live blog's time stamp opening an entry ("2:15 p.m. ET: ").
_LIVE_STAMP = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?:\s+[A-Z]{2,4})?\s*[:—–-]\s+")  # ("5.10pm BST — ": a British live blog)
_DATELINE = re.compile(
    # ("Feb 21 (Interfax) -" alone: "MOSCOW." may have been split off as a sentence of its own)
    # (a city in mixed case only before its agency: "Helsinki, Finland (CNN) -")
    r"(?:(?:(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=" + _DATELINE_REGION + r"\s*\())" + _DATELINE_REGION + r"(?:[,.]\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*)?"
    r"\((?:[A-Z][\w.&-]*)(?:\s+[\w.&-]+){0,3}\)\s*"  # with the agency: "MOSCOW, Feb 15 (Reuters)", "(AP)"
    r"|[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}" + _DATELINE_REGION + r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*)"  # or "MOSCOW —"
    r"[-–—]{1,2}\s+(?=[A-Z\"“‘'])"
)
_NOT_CONTENT_AFTER = frozenset({"about", "on", "of", "regarding", "publicly", "else", "further", "more", "beyond"})
#: Words that open an adverbial, not a subject: "On Monday, Lavrov said, …" is no split statement.
_FRAME_OPENERS = frozenset(_ADVERBIAL_WORDS) | {"speaking", "asked", "after", "before", "when", "while", "if", "as", "according"}


#: "in what the Kremlin calls a “special military operation”", "which Moscow describes as
#: “…”": a label inside someone else's statement belongs to the one who uses it.
_LABELLER = re.compile(
    r"\b(?:what|which|as|whom?)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:officials|authorities|leaders|government|media))?"
    # ("with what a senior U.S. official called “a fresh start”": an unnamed source's label)
    r"|(?:a|an|one|two|several|some)\s+(?:[\w.’'-]+\s+){0,3}?(?:official|officials|diplomat|diplomats|source|sources|aide|aides|adviser|advisers|analyst|analysts|observers?|critics|officer|negotiator|negotiators))"
    r"\s+(?:(?:still|now|has|have|had|often|routinely|officially|long)\s+){0,2}"
    r"(?P<verb>calls?|called|describes?|described|terms?|termed|dubs|dubbed|labels|labell?ed|brands|branded|refers\s+to|referred\s+to|denounce[sd]?|dismiss(?:es|ed)|hail(?:s|ed)|deride[sd]?|condemn(?:s|ed))"
    r"(?:\s+(?:it|them|him|her))?(?:\s+as)?(?:\s+(?:a|an|the|its|his|her|their))?\s*$"
)


def _labeller(masked: str, lo: int, quote_start: int) -> tuple[str, str, int, int] | None:
    """(verb, who, who's start, who's end) when the quote at ``quote_start`` is a label someone
    named just before it uses (see ``_LABELLER``), else None."""
    m = _LABELLER.search(masked, max(lo, quote_start - 90), quote_start)
    if m is None or PH in m.group():
        return None
    who = m.group("who")
    if who.split()[0].lower() in qc.PRONOUNS:
        return None
    return m.group("verb"), who, m.start("who"), m.end("who")


def _parenthetical_cue(masked: str, ua: int, c: Cue) -> bool:
    """Whether cue ``c`` sits between commas inside its statement: "Moscow, Lavrov said, was
    ready", "The talks, he said, were useful". The words before it are the statement's
    subject (no quote, no verb of their own), and a comma follows the cue."""
    if not _short_subject(masked[ua : c.mention_start].rstrip()):
        return False
    return masked[c.frame_end : c.frame_end + 3].lstrip(" ")[:1] == "," and not _COMMA_PARTICIPLE.match(masked, c.frame_end)



def _parenthetical_inverted(masked: str, ua: int, c: Cue) -> bool:
    """Whether the inverted cue ``c`` sits between commas inside its statement: "The talks, said
    Peskov, were useful", "The summit, argues Katarina Velikova, a former analyst, was …". The
    words before it are the statement's subject (see _parenthetical_cue); after the speaker a
    comma and the sentence going on in lower case."""
    if not _short_subject(masked[ua : c.start].rstrip()):
        return False
    end = c.mention_end if c.mention_end > c.end else c.frame_end
    return _PARENTHESIS_CLOSED.match(masked, end) is not None and not _COMMA_PARTICIPLE.match(masked, end)


def _short_subject(left: str) -> bool:
    """Whether ``left`` (ending in a comma) is a sentence's subject alone: no quote, no verb of
    its own, at most eight words ("The talks,", "The summit in Geneva,")."""
    if not left.endswith(",") or PH in left or len(left) > 120:
        return False
    words = left[:-1].split()
    return bool(words) and len(words) <= 8 and not _FINITE.search(left) and words[0].lower() not in _FRAME_OPENERS


#: The comma that closes an inverted attribution inside a sentence, the sentence going on.
_PARENTHESIS_GOES_ON = re.compile(r"\s*,\s+[a-z]")
_PARENTHESIS_CLOSED = re.compile(r"\s*,\s+(?:(?:an?|the)\s+[^,;:.]{1,80},\s+)?[a-z]")


#: Someone speaking for a person, not the person ("a spokesman for Lavrov", "Blinken's office").
_PROXY_FOR = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?P<head>spokes(?:man|woman|person)|aide|adviser|advisor|representative|lawyer|office|team|camp)\s+(?:for|of|to)\s+\S", re.IGNORECASE)
_PROXY_POSSESSIVE = re.compile(r"^\S.*?['’]s?\s+(?:[\w-]+\s+)?(?P<head>office|spokes(?:man|woman|person)|team|camp|aides?|lawyers?|press\s+office)$", re.IGNORECASE)
_DOCUMENT_HEAD = re.compile(r"\b(?:statement|message|notice|communiqu[eé]|text|post|letter|caption|banner|headline|tweet|note|readout|transcript|declaration|release)s?\b", re.IGNORECASE)
#: "the statement", "the readout": a document the text has said someone issued
#: An outlet's name inside a description of it ("the Izvestia newspaper", "the Kommersant daily").
_NAMED_OUTLET = re.compile(r"(?:[Tt]he\s+)?((?:(?!The\s)[A-Z][\w.'’-]*\s+){1,3}?)(?:(?:business|state|pro-Kremlin|independent|online|tabloid|news)\s+)?(?:(?:television|TV|radio)\s+)?(?:newspaper|daily|weekly|paper|agency|news\s+agency|broadcaster|channel|network|magazine|website|outlet|tabloid|station)")  # ("The NTV television channel": NTV)
#: ("Dan Coats issued a brief statement saying …": the kind of statement does not change who issued it)
_THE_DOCUMENT = re.compile(r"(?:the|that|this|its|his|her|their|a|an)\s+(?:(?:brief|short|terse|written|formal|separate|new|fresh|later|lengthy|long|detailed|official|sharp|carefully[\s-]worded|strongly[\s-]worded)\s+)?"
                           r"(?:statement|readout|communiqu[eé]|declaration|letter|message)(?:\s+of\s+(?:his|her|its|their)\s+own)?")
#: "Coats issued a statement of his own. “…,” it read.": who put out the document "it" is.
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:(?:issued|released|put\s+out|posted|published|sent|gave)\s+|said\s+in\s+)(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|readout|letter|message|communiqu[eé]|declaration|rebuttal|response|reply|rebuke|account|denial)"
)
#: The last word of a body's name ("Foreign Ministry", "State Department", "Prison Service").
_BODY_HEADS = frozenset({"ministry", "department", "office", "embassy", "kremlin", "service", "agency", "council", "committee", "house",
                         "government", "administration", "commission", "court", "parliament", "duma", "senate", "congress", "command", "staff"})
#: "his parents, Joey and Paula Reed": kin, then their names set beside them.
_KIN_THEN_NAMES = re.compile(r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:parents|family|wife|husband|mother|father|sister|brother|son|daughter|children|relatives),\s+"
                             r"(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+and\s+[A-Z][\w’'-]+)?(?:\s+[A-Z][\w’'-]+)?)(?=[.,;]|\s+[a-z])")
#: A document read out by someone other than its issuer: "read out a statement from
#: Secretary-General Antonio Guterres", "read out a ministry statement" (see _read_out_for).
_READ_OUT_DOCUMENT = re.compile(r"\bread\s+(?:out\s+)?(?:a|an|the)\s+(?:(?P<body>ministry|kremlin|government|department|embassy|foreign\s+ministry|white\s+house)\s+)?(?:[\w-]+\s+)?"
                                r"(?:statement|message|letter|declaration|communiqu[eé])(?:\s+(?P<from>from|by|on\s+behalf\s+of)\s+)?", re.IGNORECASE)
#: "the official", "the diplomat": a source the story introduced before (see _introduced_source).
_SOURCE_HEAD = r"(?P<head>official|diplomat|source|aide|officer|envoy|negotiator)"
_THE_ANONYMOUS = re.compile(r"[Tt]he\s+" + _SOURCE_HEAD)
_AN_ANONYMOUS = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:said|says|told|who|and|but|was|is)\b)[\w.’'-]+\s+){0,4}?" + _SOURCE_HEAD + r"\b"
                           # (with what sets the source apart: "briefed on the talks", "close to the Kremlin")
                           r"(?:\s+(?:[a-z]+(?:ed|ing)|close|familiar)\s+(?:on|in|with|to|by|at|from)\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+)?")
#: "the South Carolina Republican", "the New York Democrat": a lawmaker by state and party.
_PARTY_EPITHET = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Republican|Democrat)")
#: A lawmaker's title right before a name ("Senator Chris Murphy"): a name, whatever the given name.
_LAWMAKER_TITLE = re.compile(r"\b(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Congressman|Congresswoman)\s+$")
#: A run of capitalised words ("Secretary-General Antonio Guterres"), and a body named by one
#: ("the Foreign Ministry"): the issuer of a document read out (see _read_out_for).
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*")
_CAPITALISED_BODY = re.compile(r"((?:(?!The\s)[A-Z][\w’'-]*\s+){0,3}(?:Ministry|Kremlin|Government|Department|Embassy|White\s+House))")
#: "both men", "the two leaders", "the two presidents": two people speaking together
_JOINT_SPEAKERS = re.compile(r"(?:the\s+)?(?:two|both)\s+(?:men|leaders|presidents|heads\s+of\s+state|foreign\s+ministers|ministers)|men|both")
_NAME_BEFORE_VERB = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+),?\s*(?:(?:had|has|have|also|then|later|quickly|swiftly|promptly|just|now|already)\s+)*$")
_LEAD_PREPS = frozenset(["to", "for", "by", "with", "of", "from", "at", "into", "about", "as", "on", "in", "and", "but", "or", "against"])
#: A verb of manner between a speaker and a colon: "was blunter", "went further", "struck a
#: gloomier note", "had a different view", "summed it up" (then the quote is what they said).
#: "Asked what should happen next, she was direct: “…”": a pronoun before a verb of manner speaks.
_MANNER_PRONOUNS = frozenset({"he", "she", "they", "He", "She", "They"})
_MANNER_END = re.compile(
    r"\s+(?:(?:was|were|is|are)\s+(?:(?:even|far|much|rather|equally|more|less|somewhat|notably|strikingly|characteristically|typically|uncharacteristically)\s+)*"
    r"(?:blunter|sharper|franker|harsher|gloomier|rosier|warmer|cooler|clearer|firmer|terser|blunt|direct|candid|frank|succinct|terse|scathing|dismissive|emphatic|unequivocal|defiant|"
    r"cautious|guarded|upbeat|downbeat|gloomy|pessimistic|optimistic|diplomatic|categorical|firm|clear|sharp|harsh|caustic|sardonic|brief|curt|plain|explicit|blunt-spoken|outspoken|unsparing|unmoved|unimpressed|"
    r"effusive|enthusiastic|restrained|measured|circumspect|reserved|forthcoming|combative|conciliatory|sceptical|skeptical|critical|positive|candid|terse|swift|quick|immediate|pointed)"
    # "reached for an old Russian proverb:", "repeated a Russian proverb he had often used:"
    r"|(?:(?:(?-i:[a-z]+)\s+){1,3}by\s+)?(?:reached\s+for|quoted|cited|invoked|recalled|repeated|borrowed|trotted\s+out|repeating|quoting|citing|invoking|reciting|borrowing)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:proverb|saying|phrase|adage|maxim|line|motto|aphorism)"
    r"(?:\s+(?:that|which|he|she|they)\s+[^,:;.!?" + PH + r"]{1,70}?)?"
    # "the Russian leader quoted Leo Tolstoy:", "cited Churchill:": another's words he made his
    r"|(?:quoted|cited|invoked|quoting|citing|invoking)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}(?-i:[A-Z])[\w’'-]+"
    r"|addressed\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+"  # "Putin addressed the returnees:"
    # "Dan Coats issued his own statement:", "The Kremlin put out a terse statement:"
    r"|(?:issued|released|put\s+out|posted|published)\s+(?:a|an|his|her|its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:statement|response|reply|readout|message)"
    r"|went\s+(?:even\s+|a\s+step\s+|much\s+)?further|put\s+it(?:\s+to\s+(?:me|us|reporters|him|her|them))?(?:\s+\w+ly|\s+(?:this|that|so)\s+way|\s+more\s+\w+ly)?|put\s+(?:the|his|her|their|its)\s+(?:mood|matter|case|point|position|argument|view|stakes|problem|dilemma|choice|question)\s+(?:\w+ly|more\s+\w+ly|simply|this\s+way)|struck\s+an?\s+(?:[\w-]+\s+){0,2}(?:tone|note|chord)|(?:summed|summarised|summarized)\s+(?:(?:it|things|the\s+[\w-]+)\s+up|up\s+(?:the\s+|his\s+|her\s+)?[\w-]+)"
    r"|had\s+an?\s+(?:[\w-]+\s+){0,2}(?:view|take|message|warning|verdict|assessment|answer|reply|response)|offered\s+an?\s+(?:[\w-]+\s+){0,2}(?:view|take|assessment|verdict|warning|answer|reply|response)"
    # "Putin repeated his denial:", "Lavrov restated Moscow's position:", "gave a blunt warning:"
    r"|(?:repeated|reiterated|restated|gave|delivered|issued|voiced)\s+(?:an?|the|his|her|their|its|[A-Z][\w’'-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:denial|denials|warning|position|message|view|assessment|verdict|answer|reply|response|explanation|defen[cs]e|argument|complaint|demand|appeal|pledge|promise)"
    r"|(?:did\s+not|didn['’]t)\s+mince\s+(?:his|her|their|its)\s+words|was\s+less\s+(?:sure|certain|convinced)|disagreed|agreed|demurred|weighed\s+in"
    r"|offered|ventured"  # ("Putin, switching to English as the news conference ended, offered: “…”")
    # "Emma Tucker, in a note to staff: “…”": the text the words come from, set off by a comma
    r"|(?<=,\s)in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:statement|note|post|interview|letter|message|email|e-mail|memo|tweet|video|speech|address)\b[^,:" + PH + r"]{0,40})"
    # "went further on Telegram:", "was blunt in a radio interview:": where it was said
    # ("was blunt about the prospects for a follow-on agreement:": what it was said of)
    r"(?:\s+(?:on|in|at|during|via|to|about|over|regarding|of)\s+[^,:;!?" + PH + r"]{1,60}?)?\s*$",  # ("was equally dismissive of U.S. sanctions:")
    re.IGNORECASE,
)
_ASIDE_END = re.compile(r",\s+(?:[a-z][\w-]*ing|who|which|speaking|according|(?:in|at|during|after)\s+(?:an?|his|her|their|its)\b|(?:a|an|the)\s)[^,]{0,150},\s*$")  # (", at his own news conference an hour later,")
#: A person's name the actor table may not hold ("Maria Lindqvist was blunt: …").
#: An office, then a person's name: "Defence Minister Rustem Umerov", "envoy Kirill Dmitriev".
_TITLED_UNKNOWN = re.compile(r"\b(?:Minister|President|Secretary|Ambassador|Senator|Governor|Director|Chancellor|Chairman|Chairwoman|spokesman|spokeswoman|spokesperson|envoy|adviser|advisor|aide)"
                             r"\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_PERSONAL_NAME = re.compile(r"(?:[A-Z][a-z]+\.?\s+|[A-Z]\.\s+){0,2}[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")  # ("Leonid M. Zamyatin": an initial too)
_HEAD_CUT = re.compile(r"\s+(?:from|of|in|at|with|on|for|to|about)\s+", re.IGNORECASE)
#: A speaker's head noun: a person by office or an unnamed source ("a senior European diplomat").
_SPEAKER_HEAD = re.compile(
    r"\b(?:" + "|".join(sorted(qc.ANON_HEADS | qc.JOURNALIST_HEADS | qc.INSTITUTION_HEADS - {"statement", "readout", "communique", "communiqué", "declaration", "release", "note", "letter", "report", "document", "state", "white", "house"}, key=len, reverse=True))
    + r"|minister|secretary|president|ambassador|envoy|chief|leader|general|senator|premier|chancellor|director|head|commander)\b",
    re.IGNORECASE,
)
_PUT_IT_END = re.compile(r"\s+put\s+it(?:\s+to\s+(?:me|us|reporters|him|her|them))?(?:\s+\w+ly|\s+(?:this|that|so)\s+way)?$", re.IGNORECASE)
#: "Putin is reported to have told …", "Lavrov was heard saying …": the subject before the
#: hearsay frame speaks (the frame ends right before the cue word).
_HEARSAY_FRAME = re.compile(r"\s+(?:is|was|are|were)\s+(?:(?:reported|said|understood|believed|thought|alleged|known)\s+to\s+have|(?:heard|overheard|filmed|recorded|caught\s+on\s+(?:camera|microphone|mic|tape)))\s*$", re.IGNORECASE)
#: A word that announces the quote after a colon: 'said this: “…”'.
#: A transcript's spoken quote marks around the whole content: 'quote, “…,” end quote'.
_SPOKEN_QUOTE_ONLY = re.compile(r"[\s,]*(?:quote[\s,:]*)?" + PH + r"+[\s,.]*(?:(?:end\s+quote|unquote)\b[\s,.]*)?(?:meaning\s+[^,;.]{1,40}[.]?)?\s*", re.IGNORECASE)
_ANNOUNCED_QUOTE = re.compile(r"\s*(?:this|the\s+following|as\s+follows|these\s+words)\s*:\s*" + PH, re.IGNORECASE)
#: "… was asked whether …": what follows is the question, its names are no speaker.
_WAS_ASKED = re.compile(r"\b(?:was|were|been|being)\s+(?:(?:also|then|repeatedly|later|twice|again|directly|point-blank)\s+)?(?:asked|pressed|questioned|quizzed)\b", re.IGNORECASE)
_ASKED_FRAME = re.compile(r"\s*(?:when\s+|after\s+being\s+|on\s+being\s+)?(?:asked|pressed|questioned|quizzed)\b", re.IGNORECASE)
#: Nouns that sum a statement up as someone's claim ("…, a claim US officials denied").
_CLAIM_NOUNS = "claim|assertion|allegation|charge|accusation|account|suggestion|characterisation|characterization"
_CLAIM_NOUN_BEFORE = re.compile(r",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + _CLAIM_NOUNS + r"|version|idea|notion|report)s?\s+(?:that\s+|which\s+)?$", re.IGNORECASE)
_COMMENT_NOUNS = "line|phrase|word|term|label|remark|comment|refrain|formula|message|sentiment|theme|quip|jab|swipe|reference|boast|slogan|mantra|clarification|correction"
#: A clause with a pronoun subject: "he got the news", "they had left".
_PRONOUN_CLAUSE = re.compile(r"\b(?:he|she|they|we|I)\s+(?!to\b)(?:[a-z]+ed|got|had|was|were|is|are|would|will|could|did|felt|knew|saw|thought|wanted|came|went|left|made)\b")
#: After an entry's quoted headline: its full stop, then the entry.
_HEADLINE_END = re.compile(r"\s*[.!]\s+(?=[A-Z])|\s*[.!]?\s*$")
#: ", and special envoy Steve Witkoff called …": a new subject (a name, maybe after its title) and its own speech verb.
_NEXT_SPEAKER_CLAUSE = re.compile(r"(?:,|(?<=" + PH + r"))\s+and\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:(?-i:[A-Z][\w.’'-]*)\s+){1,4}(?:called|described|said|says|told|added|insisted|warned|dubbed|termed|argued|noted|stressed)\b")
_COMMENT_MENTION = re.compile(r"(?:a|an)\s+(?:[\w-]+\s+)?(?:" + _CLAIM_NOUNS + r"|" + _COMMENT_NOUNS + r")", re.IGNORECASE)
_CLAIM_APPOS = re.compile(r",\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:" + _CLAIM_NOUNS + r"|" + _COMMENT_NOUNS + r"|version(?:\s+of\s+events)?)\b(?!\s+(?:of|about|that|to)\b)"
                          # "… had “started to listen to us” — a line replayed on state television": the writer's
                          r"|(?:\s+[—–]|\s-)\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + _CLAIM_NOUNS + r"|" + _COMMENT_NOUNS + r")\b"
                          # "… no talk of swaps — which helps explain why …": the writer's gloss
                          r"|\s+[—–]\s+which\s", re.IGNORECASE)
#: ("Putin said the two sides had agreed that …": the subject's article may stand outside it)
_THAT_AND_ARTICLE = re.compile(r"\s*(?:that\s*)?(?:(?:the|a|an|his|her|their|its)\s+)?", re.IGNORECASE)
_BACK_LEAD = re.compile(r"\s*back\b\s*[:,]?\s*", re.IGNORECASE)
#: Verbs whose object may be a thing, not what was said: "confirmed the exchange", "announced
#: Griner's release", "posted a photo" (a statement needs a clause, a quote or a colon after them).
_NOUN_OBJECT_VERBS = frozenset(
    ["confirmed", "confirms", "announced", "announces", "denied", "denies", "acknowledged", "acknowledges", "disclosed", "revealed", "reveals",
     "posted", "posting", "reported", "reports", "mentioned", "promised", "promises", "pledged", "predicted", "repeated", "reiterated", "conceded", "admitted", "welcomed",
     "claimed"]  # ("neither side claimed a breakthrough on …": an act)
)
_WRITER_ALLUSION = re.compile(r",\s+in\s+(?:what\s+(?:appeared|seemed|was\s+(?:seen|read|widely\s+seen)\s+as)|an?\s+(?:apparent|veiled|thinly\s+veiled|clear|oblique|pointed)\s+(?:reference|allusion|swipe|dig|nod|jab))\b"
                              # "…, after what he described as ‘months of being unjustly detained’": the writer's frame for a label
                              r"|,\s+(?:after|following|amid|despite)\s+what\s+(?:he|she|they|it|[A-Z][\w.’'-]*)\s+(?:described|called|termed|characteri[sz]ed|labell?ed)\b"
                              # "…, in the clearest signal yet that …": the writer's reading of it
                              r"|,\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:signal|sign|indication|reminder|illustration|demonstration)\b", re.IGNORECASE)


def _reported_within(masked: str, cues: list[Cue]) -> list[Cue]:
    """Drop a cue whose subject opens the content of the cue before it.

    "Blinken said he told Lavrov that …": what Blinken said is "he told Lavrov that …", and
    the inner "told" must not cut that content down to nothing. So too "Trump said Putin had
    told him that …" and "the White House said Biden had warned that …": the claim is the
    one who relays it, not the one it is put in the mouth of (who may never have said it in
    public) — the reading every blind annotator of our evaluation sets chose.

    So too a cue in a condition or reason inside that content: in "said more would follow if
    Congress agreed" Congress agrees to nothing it is quoted on.
    """
    kept = [cues[0]]
    for c in cues[1:]:
        prev = kept[-1]
        if (
            prev.mode in ("pre", "inherit") and c.mode == "pre"  # ("… and said Kerry had warned that …": the subject of the verb before)
            and prev.frame_end <= c.region_start
            and not _COMMA_CLAUSE.match(masked, prev.frame_end, c.mention_start)  # ("briefed reporters on Monday, and he said …": a clause of its own)
            and (_THAT_AND_ARTICLE.fullmatch(masked, prev.frame_end, c.region_start)
                 or _SUBORDINATOR_BEFORE.search(masked, max(prev.frame_end, c.region_start - 12), c.region_start)
                 and not (c.mention.lower() in ("he", "she", "they") and _COMMA_THOUGH.search(masked, max(prev.frame_end, c.region_start - 12), c.region_start)))
        ):
            continue  # (but "…, though he cautioned it was “hard to say” …": the speaker goes on)
        if (prev.mode in ("pre", "inherit") and c.mode == "pre" and prev.frame_end <= c.region_start and _AND_THAT_BEFORE.search(masked, max(prev.frame_end, c.region_start - 14), c.region_start)
                and not _SENTENCE_OR_SEMICOLON.search(masked, prev.frame_end, c.region_start)):
            continue  # "said that A and that he had warned Kerry against …": the second thing said, not a cue of its own
        kept.append(c)
    return kept


#: "… and that " right before a subject: a speech verb's second that-clause.
_AND_THAT_BEFORE = re.compile(r"\b(?:and|but)\s+that\s+$", re.IGNORECASE)
_SENTENCE_OR_SEMICOLON = re.compile(r"[.;!?]\s")
#: A conjunction opening a condition or a reason, right before a subject.
_COMMA_THOUGH = re.compile(r"[," + PH + r"]\s*(?:although|though)\s+$", re.IGNORECASE)
#: (and a time clause: "said the summit had ended without agreement after the Soviets insisted that …")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:if|unless|whether|once|until|because|although|though|provided|after|before|when|since)\s+$", re.IGNORECASE)


def _has_regex_cue(text: str) -> bool:
    """Whether ``text`` may hold a cue found by its own regex ("quoted … as", "cited … as",
    "as X put it", "in X's words", "in the view of X", "as TASS learned from X", "per X",
    "expressed hope that", a headline "Lavrov: …"). (No other letters lower-case to these.)"""
    low = text.lower()
    return ("quoted" in low or "cited" in low or "put it" in low or "words" in low or "per " in low or "express" in low or "voic" in low or "recommend" in low
            or " of " in low and _VIEW_OF_WORDS.search(low) is not None or "learn" in low or " told by " in low or "heard from" in low or _is_headline_clause(text))


def _is_headline_clause(text: str) -> bool:
    """A headline-shaped unit with a colon: short, no full stop at its end, a capitalised
    word or two before the colon ("Lavrov: US must stop arming Kyiv")."""
    if ":" not in text:
        return False
    stripped = text.strip()
    return len(stripped.split()) <= 25 and not stripped.endswith((".", "!", "?", "”", '"', "’", "'")) and _HEADLINE_COLON_BARE.match(stripped) is not None


#: A transcript's or a factbox's speaker label at a paragraph's start: "PRESIDENT RONALD
#: REAGAN:", "NOAH ADAMS, HOST:", "BUSH ON PUTIN:" (capitals only, then a colon). NPR's style
#: puts a title in mixed case before the name and a role in brackets after it: "President
#: BARACK OBAMA:", "Mr. DMITRY PESKOV (Kremlin Spokesman):".
_SPEAKER_LABEL = re.compile(
    r"\s*(?:(?:President|Vice\s+President|Secretary|Senator|Sen\.|Rep\.|Representative|Mr\.|Mrs\.|Ms\.|Dr\.|Prime\s+Minister|Foreign\s+Minister|General|Gen\.|Ambassador|Governor|Gov\.)\s+(?=[A-Z]{2}))?"
    r"(?P<who>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,5}?)(?:,\s*(?P<role>[A-Z][A-Z .'’-]{1,60}?))?(?P<topic>\s+ON\s+[A-Z0-9][A-Z0-9 .,'’-]{0,50}?)?(?:\s+\([A-Z][\w .,'’-]{1,60}\))?:\s+(?=\S)"
)
#: Labels of the people who tell a transcript, not of those quoted in it.
_NARRATOR_ROLES = frozenset(["HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "PRESENTER", "MODERATOR", "INTERVIEWER", "NARRATOR"])
#: Capitalised labels that name no speaker.
_NOT_SPEAKER_LABELS = frozenset(
    ["UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WHY IT MATTERS", "BACKGROUND", "CONTEXT", "WHAT'S NEXT", "WHAT’S NEXT", "KEY POINTS",
     "ANALYSIS", "WATCH", "READ MORE", "RELATED", "ADVERTISEMENT", "Q", "A", "QUESTION", "ANSWER", "SOURCE", "SOURCES", "PHOTO", "VIDEO", "FILE", "TIMELINE", "FACTBOX", "EXCLUSIVE"]
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,60}\)\s*")
_LABEL_ROLE = re.compile(r"\b(?:OFFICIAL|OFFICIALS|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|DIPLOMAT|AIDE|SOURCE|ENVOY|AMBASSADOR|MINISTER|SECRETARY|SENATOR|GENERAL|PRESIDENT)\b")


#: a question a reporter put: "a reporter asked President Donald Trump, “…?”", "“…?” another
#: journalist asked Kerry" — the question is no statement (annotators skip it), and never the
#: words of the one asked
_REPORTER_ASKED_BEFORE = re.compile(r"\b(?:reporter|journalist|correspondent|questioner|interviewer)s?\b(?:\s+[\w.’'-]+){0,6}?\s+(?:asked|put\s+(?:the|a|his|her|this)\s+question)\b[^.!?“”\"]{0,100}$", re.IGNORECASE)
_REPORTER_ASKED_AFTER = re.compile(r"[\s,”\"’']*(?:(?:a|an|one|another|the)\s+(?:[\w.’'-]+\s+){0,3}?)?(?:reporter|journalist|correspondent|questioner|interviewer)s?\s+(?:[\w.’'-]+\s+){0,3}?(?:asked|called\s+out|shouted|yelled|pressed)\b", re.IGNORECASE)


#: A reporter's question just told, right before another question ("“…?” one reporter asked.
#: “And will you warn him …?”": the same reporter goes on asking).
_REPORTER_ASKED_THEN = re.compile(r"\b(?:reporter|journalist|correspondent|questioner|interviewer)s?\s+(?:[\w.’'-]+\s+){0,3}?(?:asked|called\s+out|shouted|yelled|pressed)(?:\s+(?:him|her|them))?[.,]\s*[\"“‘']?$", re.IGNORECASE)
#: A headline's quote, then its speaker: "“I was the ambassador …”: John Sullivan looks back".
_QUOTE_THEN_NAME = re.compile(r"\s*[\"“‘']([^\"“”‘’]{3,300})[\"”’']\s*:\s+(?P<who>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w’'-]*)(?=\s+[a-z])")
#: "The Director of National Intelligence, Dan Coats, has issued a statement.", "Tammy Bruce, has put out a readout."
_ISSUED_THEN_IT = re.compile(r"(?:^|[.!?]\s+|,\s+)(?:the\s+)?(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),?\s+(?:has\s+|have\s+|had\s+|just\s+)*(?:issued|put\s+out|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|readout|communiqu[eé]|note)\.\s*(?:[\"“‘']|It\b)")
#: "Asked “Did you ever …?”, the former diplomat paused": a question put, no one's statement.
_ASKED_QUOTE = re.compile(r"\b[Aa]sked(?:\s+(?:him|her|them))?(?:\s+by\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:reporter|journalist|correspondent|questioner|interviewer))?(?:\s+[a-z]+ly)?\s*[,:]?\s*[\"“‘']$")  # ("Biden was asked directly: “…?”", "The Times asked him: “…?”")
#: A question, not a report: "Did the Kremlin say anything about …?" (a sentence opening with an
#: auxiliary and ending with a question mark reports nobody's words)
_ASKING = re.compile(r"\s*(?:[A-Z]+:\s+)?(?:Did|Does|Do|Has|Have|Had|Is|Are|Was|Were|Will|Would|Can|Could|Should)\b[^?]*\?[\s”\"’']*$")


def _reporters_question(text: str, st: Statement, is_media) -> bool:
    """Whether statement ``st`` (of paragraph ``text``) is a question a reporter or the
    interviewing outlet put ("RIA Novosti: “Will Moscow …?”", "Asked “Did you ever …?”, the
    former diplomat paused")."""
    if st.kind == "indirect" or "?" not in text[max(st.start, st.end - 3):st.end + 2]:
        return False
    if _ASKED_QUOTE.search(text, max(0, st.start - 60), st.start):
        return True
    if st.kind != "direct":
        return False
    if (_REPORTER_ASKED_BEFORE.search(text, max(0, st.start - 200), max(0, st.start - 1)) or _REPORTER_ASKED_AFTER.match(text, st.end)
            or _REPORTER_ASKED_THEN.search(text, max(0, st.start - 80), st.start)):
        return True
    return st.mode == "colon" and bool(st.mention) and is_media(st.mention)


def _narrator_role(role: str | None) -> bool:
    """Whether a label's role is a transcript's host or reporter's ("CNN CHIEF WHITE HOUSE CORRESPONDENT")."""
    return bool(role) and role.split()[-1] in _NARRATOR_ROLES


def _narrators(paras: list[tuple[int, str]]) -> frozenset[str]:
    """The last names of a transcript's host and reporters (labelled "NAME, HOST:"), and their
    given names as addressed ("Wolf", "Kaitlan": see _VOCATIVE)."""
    out = set()
    for _, text in paras:
        m = _SPEAKER_LABEL.match(text) if text[:1].isupper() and ":" in text[:120] else None
        if m and _narrator_role(m.group("role")):
            names = m.group("who").split()
            out.add(names[-1])
            if len(names) > 1 and names[0].isalpha():
                out.add(names[0].capitalize())
    return frozenset(out)


#: "did he |say", "Will Lavrov |confirm": a question's auxiliary and subject before the cue.
_AUX_BEFORE_SUBJECT = re.compile(r"\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an|[Hh]as|[Hh]ave)\s+(?:he|she|they|you|it|(?:[A-Z][\w.’'-]+\s+){1,2}?)\s*$")
#: A turn's opening words addressed to a host or reporter ("Wolf, Putin described …", "Well,
#: Wolf, the Kremlin …"), blanked so the name is taken for no speaker.
_VOCATIVE = re.compile(r"(?:(?:Well|So|Yes|No|Look|OK|Okay|And|Thanks|Thank\s+you)\s*,?\s+)?(?P<name>[A-Z][a-z]+)\s*,\s+")


def _speaker_label(text: str, narrators: frozenset[str], named_since: Mapping[str, int] | None = None, pno: int = 0) -> re.Match | None:
    """The speaker label the paragraph starts with, or None (no label, a narrator's, or a
    capitalised word that names no one: "UPDATE:", "WHY IT MATTERS:"). A name the actor table
    lacks counts when an earlier paragraph gave it in full (``named_since``: see
    :func:`_full_names`; "Daniel Rourke spent three tours …" then "ROURKE: …")."""
    m = _SPEAKER_LABEL.match(text)
    if m is None or not any(c.isalpha() for c in m.group("who")) or m.group("who").strip() in _NOT_SPEAKER_LABELS:
        return None
    if _narrator_role(m.group("role")) or m.group("who").split()[-1] in narrators:
        return None
    res = default_resolver()
    actor = res.resolve(m.group("who").title(), fuzzy=False)
    if actor is not None and res.kind[actor] != "person":
        return None  # "MOSCOW:", "KREMLIN:": a dateline or a heading, no speaker
    if actor is None and not _LABEL_ROLE.search(m.group("who")) and not (named_since and named_since.get(m.group("who").strip(), pno) < pno):
        return None  # a name the table lacks or a heading: not taken for a speaker
    return m


#: An interview turn labelled in mixed case: "McFaul: I don’t accept that framing." (three or
#: more in an article make it an interview; see _mixed_label). ``role`` and ``topic`` never take part.
_MIXED_LABEL = re.compile(r"\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)(?P<role>(?!))?(?P<topic>(?!))?:\s+(?=\S)")


def _mixed_label(text: str, named_since: Mapping[str, int], pno: int) -> re.Match | None:
    """The speaker label of an interview turn in mixed case ("McFaul: …"), when it names a
    person of the actor table or one named in full in an earlier paragraph; None for the
    interviewer's turns ("Politico: …", "Q: …"), whose questions are nobody's statement."""
    m = _MIXED_LABEL.match(text)
    if m is None or m.group("who").upper() in _NOT_SPEAKER_LABELS or _SECTION_LABEL.match(text):
        return None
    res = default_resolver()
    actor = res.resolve(m.group("who"), fuzzy=False)
    if actor is not None:
        return m if res.kind[actor] == "person" else None
    return m if named_since.get(m.group("who").split()[-1].upper(), pno) < pno else None


#: An interview's turns: "Q: …" asks, "A: …" answers.
_QUESTION_TURN = re.compile(r"\s*Q\s*[:.]\s")
_ANSWER_TURN = re.compile(r"\s*A\s*:\s")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _full_names(paras: list[tuple[int, str]]) -> tuple[dict[str, int], dict[str, str]]:
    """Surname in capitals -> the first paragraph naming someone in full by it ("Daniel Rourke":
    "ROURKE" -> 0), read once per article for the labels of an interview; a person's initials
    too ("RV" for "Rachel Vandermeer"), as some interviews label their turns. Second: initials
    -> the full name they stand for (the last person named with them)."""
    out: dict[str, int] = {}
    named: dict[str, str] = {}
    for pno, text in paras:
        for m in _FULL_NAME.finditer(text):
            out.setdefault(m.group(1).upper(), pno)
        for initials, name in _initials_of(text).items():
            out.setdefault(initials, pno)
            named[initials] = name
    return out, named


def _initials_of(text: str) -> dict[str, str]:
    """Initials -> full name of the people ``text`` names by a given name and a surname
    ("Rachel Vandermeer" -> "RV"; not "Foreign Policy": no given name)."""
    res = default_resolver()
    return {"".join(w[0] for w in m.group().split() if w[0].isupper()): m.group() for m in _FULL_NAME.finditer(text) if res.is_given_name(m.group().split()[0])}


#: Verbs news inverts after a comma that closes no quote: "…, said a senior official".
_INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "replied", "explained", "noted", "continued", "insisted", "warned", "declared", "according to",
                              "argues", "argued", "contends", "contended", "observes", "observed", "concedes", "conceded"})  # ("…, argues a former analyst, …": an analysis's inversion)
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)
#: A reporter's aside before a quote: "and I'm quoting him here", "and I quote", "quote".
_QUOTING_ASIDE = re.compile(r"(?<=,)\s*(?:and\s+)?(?:I['’]m\s+quoting(?:\s+(?:him|her|them|the\s+\w+))?(?:\s+(?:here|now|directly|exactly))?|I\s+quote|quote|I['’]m\s+reading\s+(?:from\s+(?:my|the|his|her)\s+\w+|it|this)(?:\s+(?:here|now|directly|exactly))?)\s*(?=[,:])", re.IGNORECASE)  # ("the president's answer, and I'm quoting now: “…”")
#: A turn's speaker speaking of themself: "I", "I remember (telling …)" (not "I remember Lavrov telling me").
_FIRST_PERSON_MENTION = re.compile(r"I(?:\s+(?:remember|recall|remembered|recalled))?")


_SIGN_OFF = re.compile(r"[^.!?]{0,80}?\b(?:thank\s+you|thanks)(?:\s+(?:very\s+much|so\s+much|for\s+[^.!?]{1,40}))?[.!]?")


def _labelled(pno: int, text: str, label: re.Match, stmts: list[Statement], spans: list[QSpan], named: str = "") -> list[Statement]:
    """The statements of a paragraph under a speaker label: without quote marks its words are
    the speaker's (a transcript); with them, each quote no cue attributes is the speaker's.
    ``named``: the full name the label stands for, when it gives initials ("RV:")."""
    who = named or " ".join(w if "." in w or len(w) < 3 else w.capitalize() for w in label.group("who").split())
    if not spans and label.group("topic"):
        return stmts  # "U.S. OFFICIAL ON THE TONE: A senior official said …": a factbox's heading, then prose
    if not spans:
        a, b = label.end(), len(text.rstrip())
        while True:  # "(Through interpreter) You repeat that … (SOUNDBITE OF LAUGHTER)": stage notes
            m = _PARENTHESES.match(text, a)
            if m is None or m.end() > b:
                break
            a = m.end()
        tail = text.rfind("(", a, b)
        if tail > a and text[b - 1] == ")" and _PARENTHESES.fullmatch(text, tail, b):
            b = len(text[:tail].rstrip())
        if b - a < 2 or text[b - 1] == "?" or _SIGN_OFF.fullmatch(text, a, b):
            return stmts  # ("Amna Nawaz: And what are you hearing from Kyiv?", "… in Anchorage, thank you."): a host's question or hand-back
        turn = Statement(pno, a, b, "direct", ":", who, "", "", text[:400], label.end() - 1, "colon", 0.8, span_key=(pno, a), unit_start=0)
        # ("COLLINS: The Russian Foreign Ministry says the exchange took place …": what the
        # speaker reports another saying is that one's statement too)
        surname = who.split()[-1].lower()
        told = [st for st in stmts if st.kind == "indirect" and st.mention and st.mention.split()[-1].lower() != surname and (
            st.mention.split()[0].lower() not in qc.PRONOUNS
            # ("CHANCE: … Yuri Ushakov … briefed reporters, and he said that …": the one the turn names)
            or any(default_resolver().kind[m.actor_id] == "person" and m.text.split()[-1].lower() != surname for m in default_resolver().find(text[a:st.cue_pos])))]
        return [turn, *told]
    for st in stmts:
        if not st.mention and st.span_key is not None:
            st.cue, st.mention, st.mode, st.cue_pos, st.inherit, st.confidence = ":", who, "colon", label.end() - 1, "", 0.8
        elif st.mention and _FIRST_PERSON_MENTION.fullmatch(st.mention):
            st.mention = who  # "SULLIVAN: I remember telling a colleague, “…”": the turn's speaker
    return stmts


#: A US lawmaker's party and state set off by commas (", R-N.C.,", " (D-N.J.),"), kept out of
#: the speaker's name (blanked in the masked text: offsets stay the same).
_PARTY = r"[RDI]-[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][a-z]{2,12})?"  # (a home town of two words: "D-Bloomfield Township")
_PARTY_TAG = re.compile(
    # (and the comma after it when a verb follows: "Sen. Jesse Helms, R-N.C., has called …")
    r",\s+" + _PARTY + r",(?=\s+(?!(?:a|an|the|who|which|one|his|her|its|their|chairman|head|leader|member)\b)[a-z])"
    r"|,\s+" + _PARTY + r"(?=,)|\s\(" + _PARTY + r"\)(?=,)"
)


#: Axios/Politico-style labels that open a paragraph ("Why it matters:", "What they're
#: saying:"): the words after the colon are the writer's or a speaker's, never the label's.
_SECTION_LABEL = re.compile(
    r"^\s*(?:What\s+they['’]re\s+saying|What\s+(?:he|she|they|we)['’]re\s+watching|Why\s+it\s+matters|The\s+big\s+picture|Driving\s+the\s+news|Between\s+the\s+lines|"
    r"The\s+other\s+side|Zoom\s+(?:in|out)|Yes,\s+but|What['’]s\s+next|What\s+to\s+watch|Flashback|The\s+bottom\s+line|State\s+of\s+play|By\s+the\s+numbers|"
    r"Catch\s+up\s+quick|Reality\s+check|Our\s+thought\s+bubble|Go\s+deeper|The\s+intrigue|Behind\s+the\s+scenes|Threat\s+level|Worth\s+noting|For\s+the\s+record|"
    r"Be\s+smart|The\s+latest|Context|Details|Key\s+quote|What\s+happened|What\s+we\s+know|The\s+backstory"
    # any short label of a newsletter's section: "The campaign angle:", "Quote of the day:", "Moscow's
    # spin:", "How it came together:" (a capital, then words in lower case none of which is a verb
    # of saying or of a clause: not "Reagan quipped:", "The message was clear:", "His reply:")
    r"|(?!(?:His|Her|Their|Its|My|Our|Your)\s)[A-Z][a-z’']+(?:\s+(?!(?:" + "|".join(sorted(qc.VERB_FORMS, key=len, reverse=True)) + r"|is|was|were|are|has|had|have|put|puts|went|did|does|quipped|[a-z]+ed)\b)[a-z][a-z’'-]*){1,4}"
    r")\s*:(?=\s)"
)


def _blank_out(m: re.Match) -> str:
    return " " * len(m.group())


def _paragraph_statements(pno: int, text: str, runs_on: bool | str, starts_open: bool, is_media: _MediaNames | None = None,
                          narrators: frozenset[str] = frozenset()) -> tuple[list[Statement], list[QSpan], list[tuple[int, str]], dict[int, int]]:
    """Raw statements of one paragraph (speakers not yet resolved); ``is_media``: the article's
    memo; ``narrators``: the last names of its transcript's host and reporters (see _narrators)."""
    is_media = is_media or _MediaNames()
    spans, problems = scan_quotes(text, runs_on)
    top, parent = _top_level(spans)
    masked = _mask(text, top)
    titles: set[int] = set()  # starts of quoted titles of works (see _titled_work)
    if len(top) > 1:
        for q in top:
            nxt = masked.find(PH, q.end)
            if not _WORD_CHAR.search(masked, q.end, nxt if nxt >= 0 else len(masked)) and _titled_work(masked, text, q):
                # '“…,” said Angela Stent, a scholar and author of “Putin’s World.” “…”': a title
                # ending the sentence is no content a cue could take instead of the quote before
                titles.add(q.start)
                masked = masked[:q.start] + " " * (q.end - q.start) + masked[q.end:]
    if "quot" in masked:  # ("said, and I'm quoting him here, “…”": the reporter's aside, no words of the speaker's)
        masked = _QUOTING_ASIDE.sub(_blank_out, masked)
    if "-" in masked:  # ("Sen. Jesse Helms, R-N.C., told reporters": the party and state are no speaker)
        masked = _PARTY_TAG.sub(_blank_out, masked)
    if ":" in masked[:120] and masked[:1].isupper() and (label := _SPEAKER_LABEL.match(masked)) is not None and (
            _narrator_role(label.group("role")) or label.group("who").split()[-1] in narrators):
        # "KAITLAN COLLINS, CNN CHIEF WHITE HOUSE CORRESPONDENT: Putin said …": the reporter's
        # turn is the telling, its label no speaker nor subject, nor the host it addresses
        end = label.end()
        vocative = _VOCATIVE.match(masked, end)
        if vocative is not None and vocative.group("name") in narrators:
            end = vocative.end()
        masked = " " * end + masked[end:]
    if ":" in masked[:40]:  # ("What they're saying: Putin … said": a section label, no speaker)
        masked = _SECTION_LABEL.sub(_blank_out, masked, count=1)
    stamp = LIVE_STAMP.match(masked) if masked[:1].isdigit() or masked.startswith(("Posted", "Updated", "Published")) else None
    if stamp is not None:  # ("Posted at 21:02 BST — …": a live blog's stamp, no speaker's label)
        masked = " " * stamp.end() + masked[stamp.end():]
        head = next((q for q in top if q.start >= stamp.end()), None)
        if head is not None and not masked[stamp.end() : head.start].strip() and _HEADLINE_END.match(masked, head.end):
            # "Posted at 14:40 — ‘Months in the making’. Our Russia editor …": the entry's headline
            titles.add(head.start)
            masked = masked[: head.start] + " " * (head.end - head.start) + masked[head.end :]
    found = qc.candidates(masked, 0, len(masked))  # cue words, for all the units at once
    if not found and not spans and PH not in masked and not _has_regex_cue(masked):
        return [], spans, problems, parent  # no quote and no cue ("quoted … as", headline colon): nothing said
    out: list[Statement] = []
    covered: set[int] = set()  # indexes in `top` attributed so far
    top_index = {id(s): k for k, s in enumerate(top)}
    tq = 0
    for ua, ub in _units(text, top):
        cues = _find_cues(masked, ua, ub, False, is_media, found)
        if len(cues) > 1:
            cues = _reported_within(masked, cues)
        relay = ""
        if len(cues) == 1 and cues[0].mode in ("pre", "inverted") and cues[0].word.lower() in ("reported", "reports") and cues[0].mention and is_media(cues[0].mention) \
                and PH in masked[ua : cues[0].start] and any(f.mode == "pre" and f.mention[:1].isupper() and not is_media(f.mention) for f in _find_cues(masked, ua, cues[0].start, True, is_media)):
            # 'Lavrov described the meeting as "better than super," RIA Novosti reported': the
            # agency relays the label's speaker; no statement of its own
            relay, cues = cues[0].mention, []
        unit_start_out = len(out)
        while tq < len(top) and top[tq].start < ua:
            tq += 1
        unit_quotes = []
        while tq < len(top) and top[tq].start < ub:
            unit_quotes.append(top[tq])
            tq += 1
        unit_first = len(out)
        unit_starts = [q.start for q in unit_quotes]
        frag_cues: list[Cue] | None = None
        nearest: _NearestCue | None = None
        absorbed = False
        unit_ctx = text[ua:ub] if ub - ua <= 1500 else ""
        unit_intro = ua == 0 and bool(qc.REPORTING_INTRO_RE.match(text))  # (its ^ matches at 0 only)
        for k, c in enumerate(cues):
            s, e, before = _content_bounds(masked, ua, ub, cues, k)
            if not before and k == 0 and c.mode == "inverted" and s > ua and _parenthetical_inverted(masked, ua, c):
                s = ua  # "The summit, argues Katarina Velikova, a former analyst, was …": both halves
            elif before and k == len(cues) - 1 and c.mode == "inverted" and _parenthetical_inverted(masked, ua, c):
                e = ub  # "The talks, said one diplomat, were useful": both halves
                appos = _PARENTHESIS_CLOSED.match(masked, c.mention_end)
                c.appositive = masked[appos.start() : appos.end() - 1].strip(" ,") if appos is not None and appos.group().count(",") > 1 else ""
            s, e = _trim(masked, s, e)
            if (before and c.mode == "according" and k + 1 < len(cues) and not masked[c.frame_end : cues[k + 1].start].strip(" ,")
                    and len(masked[s:e].split()) <= 8 and _FINITE.search(masked, s, e) is None):
                continue  # "Larry Speakes, according to pool reporters aboard Air Force One, told …": the subject, not a statement
            if (before and c.mode == "according" and PH in masked[s:e] and _FINITE.search(masked, s, e) is None
                    and len(masked[s:e].replace(PH, " ").split()) <= 6):
                continue  # "That distinction — a “legal fig leaf,” in the words of one diplomat —": a label, its quote alone
            if not before and _RELATIVE_OF_WHOM.match(masked, s, e):
                continue  # "the Russian leader told reporters, several of whom had waited since dawn": about the audience
            if not before and c.mode == "pre" and _PARTICIPLE_ACT_START.match(masked, s, e) and masked.find(",", c.end, s) >= 0:
                continue  # "Trump answered at length, first attacking the FBI's handling of …": his act, no words reported
            if before and k > 0 and c.mode == "pre" and c.mention_start > ua and _CLAIM_NOUN_BEFORE.search(masked, max(ua, c.mention_start - 80), c.mention_start):
                continue  # "…, a claim US officials denied": a comment on the statement, not a new one
            if before and k > 0 and c.mode == "pre" and c.mention and _COMMENT_MENTION.fullmatch(c.mention):
                continue  # '…, a phrase repeated on state TV': the writer's comment, no speaker
            if before and k > 0 and cues[k - 1].mode != "inherit" and c.mode in ("pre", "inverted", "according"):
                if c.word.lower() in ("reported", "reports", "reporting") or is_media(c.mention) or c.mode == "according" and cues[k - 1].mention:
                    # ("“…,” Mr Gorbachev said at the ceremony, according to PTI": PTI relays it)
                    # "…, Russian news agencies reported": a relay for the earlier statements
                    for st in out[unit_first:]:
                        if not st.via:
                            st.via = c.mention
                    continue
                if absorbed or len(cues) > 8:
                    continue  # not a real sentence: keep it linear
                if c.mention.lower() in ("he", "she") and cues[k - 1].mention and cues[k - 1].mode == "pre" and c.word.lower() in ("added", "adds", "continued", "went on"):
                    continue  # "Putin, who …, said there had been ‘no hostility’ – ‘a balanced person’, he added": the same speaker going on
                absorbed = True
                # "X warned Y …, Zakharova pointed out": the earlier cue is part of the content
                del out[unit_first:]
                for q in unit_quotes:
                    covered.discard(top_index[id(q)])
                s = ua
                s, e = _trim(masked, s, e)
            if not before and " and " in masked[s:e] and (other := _NEXT_SPEAKER_CLAUSE.search(masked, s, e)) is not None:
                s, e = _trim(masked, s, other.start())  # "…, and special envoy Steve Witkoff called the session …": another speaker's clause
            if not before and ("," in masked[s:e] or "—" in masked[s:e] or "–" in masked[s:e] or " - " in masked[s:e]):
                claim = _CLAIM_APPOS.search(masked, s, e) or _WRITER_ALLUSION.search(masked, s, e)
                if claim:  # "…, a claim US officials denied", "…, in what appeared to be a reference to": the writer's comment
                    s, e = _trim(masked, s, claim.start())
            if not before and k == 0 and c.mode == "pre" and _parenthetical_cue(masked, ua, c):
                s, e = _trim(masked, ua, e)  # "Moscow, Lavrov said, was ready": both halves
                conj = _LEAD_CONJUNCTION.match(masked, s, e)
                if conj:  # "But Moscow, he said, could not …": the link to the sentence before is no content
                    s = conj.end()
            if before and s == ua and (ua == 0 or _CITY_ONLY.fullmatch(masked, 0, ua)):
                dateline = _DATELINE.match(masked, s, e)
                if dateline:
                    s = dateline.end()  # "MOSCOW, Feb 15 (Reuters) - …, the ministry said"
            if before and s == ua:
                label = _SECTION_LABEL.match(masked, s, e)
                if label:
                    s = label.end()  # "What they're saying: “…,” Rubio told reporters": the outlet's label
            if c.mode == "according" and k + 1 < len(cues) and not before and len(masked[s:e].split()) < 3:
                # "According to TASS, Lavrov said …" -> a relay for the next statement (not
                # "According to Lavrov, the sides agreed to …, which he said had been hampered")
                cues[k + 1].via = cues[k + 1].via or c.mention
                continue
            lo_q = bisect.bisect_left(unit_starts, s)
            hi_q = bisect.bisect_right(unit_starts, e)
            content_quotes = [q for q in unit_quotes[lo_q:hi_q] if q.end <= e + 1]
            stripped = masked[s:e].strip(" ,.;:!?—–-\"'")
            ctx = unit_ctx or text[max(ua, c.start - 400) : min(ub, c.start + 400)]
            said = (c.word, c.mention, c.appositive, c.via, ctx, c.start, c.mode)  # Statement's cue … mode fields
            if content_quotes and not before and (PH in masked[max(ua, c.region_start - 3) : c.region_start + 1] or c.word.lower() in qc.TELL_FORMS
                                                  or len(masked[s : content_quotes[0].start].split()) <= 4):
                # (or a short frame: 'said moments ago, “…”')
                # (or a listener: 'told a colleague in late 2021, “…”')
                lead = masked[s : content_quotes[0].start]
                if lead.rstrip().endswith(",") and len(lead.split()) <= 14 and not _FINITE.search(lead) and not _CLAUSE_VERB.search(lead):
                    # "“…,” Reagan said in a statement to U.S. servicemen at the base, “…”": the
                    # words between are where and to whom it was said; the quotes are all
                    s = content_quotes[0].start
                    stripped = masked[s:e].strip(" ,.;:!?—–-\"'")
            if content_quotes and not stripped.replace(" ", "").strip(PH):  # only masked quotes
                for q in content_quotes:
                    qi = top_index[id(q)]
                    if qi in covered:
                        continue
                    covered.add(qi)
                    ia, ib = q.inner
                    kind = _quote_kind(text, masked, q, ua, (s, e))
                    conf = 0.9 if c.mode != "inherit" else 0.8
                    out.append(Statement(pno, ia, ib, kind, *said, conf * (0.7 if q.problem else 1), None, (pno, q.start), None, "", q.problem, None, ua, unit_intro))
                continue
            if c.word.lower() == "asked":
                continue  # "asked Lavrov to …", "asked whether …": a request or a question, no statement
            if c.word[:5].lower() == "accus" and _EACH_OTHER.match(masked, c.end):
                continue  # "have accused each other of violating it": both sides, no one speaker
            prep_lead = False
            if not before and _BACK_LEAD.match(masked, s):
                s = _BACK_LEAD.match(masked, s).end()  # "Reagan quipped back: “…”": the adverb is no content
                stripped = masked[s:e].strip(" ,.;:!?—–-\"'")
            work = _IN_A_WORK_THAT.match(masked, s, e) if not before and PH in masked[s : s + 80] else None
            if work is not None and any(q.start == work.start("title") and (q.start in titles or _titled_work(masked, text, q)) for q in content_quotes):
                # "wrote in her memoir, “No Higher Honor,” that …": the statement is after "that"
                s = work.end()
                stripped = masked[s:e].strip(" ,.;:!?—–-\"'")
                content_quotes = [q for q in content_quotes if q.start >= s]
            content_words = stripped.split()
            if content_quotes and not before and (_ANNOUNCED_QUOTE.match(masked, s, e) or _SPOKEN_QUOTE_ONLY.fullmatch(masked, s, e)):
                continue  # 'said this: “…”', 'said the following:': the quote after the colon is what was said
                # (a transcript's 'said, quote, “…,” end quote': the quote is all that was said)
            if len(content_words) < 3 and not content_quotes and not (
                    len(content_words) == 2 and not before and content_words[1].lower().endswith(("ed", "es")) and _THAT_OR_COLON.match(masked[c.frame_end : e])):
                continue  # (but "acknowledged … that differences remained": a clause of two words)
            if (not before and c.word.lower() in qc.TELL_FORMS and len(content_words) < 5 and not (content_quotes and (_SUBJECT_THEN_QUOTE.match(stripped) or _QUOTE_THEN_VERB.match(stripped)))
                    and not _THAT_OR_COLON.match(masked[c.frame_end : e]) and not _FINITE.search(masked, s, e) and not _PRESENT_VERB.search(masked, s, e)
                    and not _PRONOUN_CLAUSE.search(masked, s, e)):  # ("told KTLA he got the news": a clause)
                # ("told him a story" is no statement; "told TASS the plan was off" is one)
                continue
            if (not before and c.word.lower() in qc.TELL_FORMS and not content_quotes and PH in masked[max(ua, c.region_start - 4) : c.region_start + 1]
                    and not _THAT_OR_COLON.match(masked[c.frame_end : e]) and not _FINITE.search(masked, s, e) and not _PRESENT_VERB.search(masked, s, e) and not _CLAUSE_VERB.search(masked, s, e)):
                continue  # '“…,” Putin told the returnees on the tarmac, in remarks broadcast on …': the listener and the setting
            if not before and c.word.lower() in _NOUN_OBJECT_VERBS and not _THAT_OR_COLON.match(masked[c.frame_end : e]):
                colon = masked.find(":", s, e)
                if colon >= 0 and content_quotes and not masked[colon + 1 : e].strip(" " + PH + ".,;!?\"'“”‘’«»") and not _FINITE.search(masked, s, colon):
                    # "confirmed the exchange in a post on Telegram: “…”", "posted a photo with a
                    # caption: “Welcome home.”": the quote is what was said, the rest a frame
                    prep_lead = True
                elif not content_quotes and len(content_words) < 12 and not _FINITE.search(masked, s, e) and not _PRESENT_VERB.search(masked, s, e):
                    continue  # "confirmed the exchange in a statement": an act, no statement
            first = content_words[0].lower() if content_words else ""
            if not before and _VERB_FIRST.fullmatch(first) and _NOUN_THEN_THAT.search(masked, max(ua, s - 40), s):
                continue  # "told a news conference that lasted more than an hour": a relative clause, no statement
            if first == "questions" and not content_quotes:
                continue  # "Reporters shouted questions at Putin, including whether …": no statement
            if not content_quotes and first in ("little", "nothing", "much") and content_words[1].lower() in _NOT_CONTENT_AFTER and not _THAT_OR_COLON.match(masked[c.frame_end : e]) and not _FINITE.search(masked, s, e):
                continue  # "have said little about the talks": no statement ("said that much of …" is one)
            # (after "that" a preposition opens the content: "said that in Moscow the summit was read as …")
            prep_lead = prep_lead or first in _LEAD_PREPS and (before or not _THAT_OR_COLON.match(masked[c.frame_end : e]))
            if not prep_lead and content_quotes and masked[s:e].lstrip()[:1] == PH:
                # 'saying “idiots” during the press conference': the quote, then only a frame
                rest = masked[s:e].lstrip().lstrip(PH).split(None, 1)
                # (or a participle: '“…,” drawing laughter from the audience')
                prep_lead = not rest or rest[0].lower().strip(",") in ("during", "when", "while", "after", "before", "at", "to", "amid") or rest[0].lower().strip(",").endswith("ing")
            if prep_lead and not content_quotes:
                continue
            if not before and content_quotes:
                colon = masked.rfind(":", s, e)
                if colon > s and not masked[colon + 1 : e].strip(" " + PH + ".,;!?\"'“”‘’«»"):
                    # "said Tracy's first task would be consular: “…”": the words before the colon
                    # are the indirect statement, the quote after it is direct
                    e = len(masked[:colon].rstrip())
            if not c.fragment_only and not prep_lead:  # 'warned of “consequences”': the quote only
                conf = 0.75 if before else 0.8
                for cs, ce in _that_clauses(masked, s, e) if not before else ((s, e),):
                    out.append(Statement(pno, cs, ce, "indirect", *said, conf, None, None, None, "", "", None, ua, unit_intro))
            for q in content_quotes:
                qi = top_index[id(q)]
                if qi in covered:
                    continue
                covered.add(qi)
                ia, ib = q.inner
                kind = _quote_kind(text, masked, q, ua, (s, e))
                if kind in ("partial", "direct") and (q.start in titles or _titled_work(masked, text, q)):
                    continue  # "wrote in her memoir, “No Higher Honor,” that …": the book's title
                if kind == "partial" and _so_called(masked, q):
                    out.append(_no_one_s(pno, q, unit_ctx))
                    continue  # "the so-called “referendums”": a scare quote, no one's words
                label = _labeller(masked, s, q.start) if kind == "partial" else None
                if label is not None:  # "…, in what the Kremlin calls a “special military operation”"
                    verb, who, ws, _we = label
                    out.append(Statement(pno, ia, ib, kind, verb, who, "", c.via, said[4], ws, "pre", 0.8, None, (pno, q.start), None, "", q.problem, None, ua, unit_intro))
                    continue
                out.append(Statement(pno, ia, ib, kind, *said, 0.85 * (0.7 if q.problem else 1), None, (pno, q.start), None, "", q.problem, None, ua, unit_intro))
        # quotes in this unit that no cue's content covered
        for q in unit_quotes:
            qi = top_index[id(q)]
            if qi in covered:
                continue
            ia, ib = q.inner
            kind = _quote_kind(text, masked, q, ua, None)
            if kind in ("partial", "direct") and (q.start in titles or _titled_work(masked, text, q)):
                covered.add(qi)
                continue  # "books like “The Dead Hand”": a title, no one's words
            if kind == "partial" and _so_called(masked, q):
                covered.add(qi)
                out.append(_no_one_s(pno, q, unit_ctx))
                continue  # "the so-called “special military operation”": a label, no one's words
            if kind == "partial" and ("sked" in masked[ua : q.start] or "ressed" in masked[ua : q.start] or "uestioned" in masked[ua : q.start]) and _asked_about(masked, ua, q.end):
                covered.add(qi)
                continue  # "Asked whether the swap was “a bad deal”, the press secretary said …": the asker's words, no one's statement
            label = _labeller(masked, ua, q.start) if kind == "partial" else None
            if label is not None:  # "Speaking in what the Kremlin calls a “…”, Putin said": the Kremlin's label
                verb, who, ws, _we = label
                covered.add(qi)
                out.append(Statement(pno, ia, ib, kind, verb, who, "", "", unit_ctx, ws, "pre", 0.75, span_key=(pno, q.start), problem=q.problem, unit_start=ua, intro=unit_intro))
                continue
            by_as = _BY_AS_BEFORE.search(masked, max(ua, q.start - 160), q.start) if kind == "partial" and " by " in unit_ctx else None
            if by_as is not None:  # "billed by Karoline Leavitt as a “listening exercise”": hers, whoever else speaks here
                covered.add(qi)
                out.append(Statement(pno, ia, ib, kind, by_as.group("verb"), by_as.group("who"), "", "", unit_ctx, by_as.start(), "pre", 0.7, span_key=(pno, q.start), problem=q.problem, unit_start=ua, intro=unit_intro))
                continue
            in_words = _IN_WORDS.search(masked, ua, q.start) if kind == "partial" and "words" in unit_ctx else None
            if in_words is not None:  # "That task, in the President's words, has “only just begun.”": his
                covered.add(qi)
                out.append(Statement(pno, ia, ib, kind, "words", in_words.group("who"), "", "", unit_ctx, in_words.start(), "pre", 0.7, span_key=(pno, q.start), problem=q.problem, unit_start=ua, intro=unit_intro))
                continue
            if cues:
                if nearest is None:
                    nearest = _NearestCue(cues)  # once per unit: no scan of all cues per quote
                c = cues[nearest.index(q.start, q.end)]
                if c.start > q.end and (_OTHER_CLAUSE.search(masked, q.end, c.start) or c.mention_start > q.end and masked[q.end : c.mention_start].strip(" ,") == "and"):
                    # (also "with Putin calling the summit “constructive” and Biden saying …": the next speaker's clause)
                    # 'Phillips accused the president of being “a useful idiot”, while Helms said
                    # …': the label's own verb before it, not the next clause's speaker
                    if frag_cues is None:
                        frag_cues = _find_cues(masked, ua, ub, True, is_media)
                    own = [f for f in frag_cues if f.start < q.start and f.mode == "pre" and f.mention and not _OTHER_CLAUSE.search(masked, f.end, q.start)]
                    if own:
                        c = own[-1]
                if c.start < q.start and (masked.find(";", c.start, q.start) >= 0 or "while" in masked[c.end : q.start] and _WHILE_SPEAKER.search(masked, c.end, q.start)
                                          or " and " in masked[c.end : q.start] and _NEXT_SPEAKER_CLAUSE.search(masked, c.end, q.start)):
                    # "…; Senator Ben Cardin called it “a predictable escalation”", "…, while McCain
                    # called it “a disgrace”": the label's own subject, after the other speaker's
                    # statement has ended
                    if frag_cues is None:
                        frag_cues = _find_cues(masked, ua, ub, True, is_media)
                    own = [f for f in frag_cues if c.start < f.start < q.start and f.mode == "pre" and f.mention and masked.find(";", f.start, q.start) < 0]
                    if own:
                        c = own[-1]
                covered.add(qi)
                out.append(Statement(pno, ia, ib, kind, c.word, c.mention, c.appositive, c.via, unit_ctx, c.start, c.mode, 0.7 * (0.7 if q.problem else 1), span_key=(pno, q.start), problem=q.problem, unit_start=ua, intro=unit_intro))
                continue
            if frag_cues is None:
                frag_cues = _find_cues(masked, ua, ub, True, is_media)  # once per unit: linear time
            frag = [f for f in frag_cues if f.start < q.start and f.mode in ("pre", "inherit")]
            if frag:
                c = frag[-1]
                covered.add(qi)
                out.append(Statement(pno, ia, ib, kind, c.word, c.mention, c.appositive, c.via, unit_ctx, c.start, c.mode, 0.6, span_key=(pno, q.start), problem=q.problem, unit_start=ua, intro=unit_intro))
                continue
            covered.add(qi)
            whole = q.start - ua < 200 and ub - q.end < 200 and _only_punct(masked[ua : q.start]) and _only_punct(masked[q.end : ub])
            st = Statement(pno, ia, ib, kind, context=unit_ctx, confidence=0.55 * (0.7 if q.problem else 1), span_key=(pno, q.start), problem=q.problem)
            st.inherit = "floating" if whole else ("same-paragraph" if kind == "direct" else "")
            out.append(st)
        if relay:
            for st in out[unit_start_out:]:
                st.via = st.via or relay
        # "“The United States,” Blinken said, “will not …”": the second part of a split quote is direct too
        in_unit = sorted((st for st in out[unit_first:] if st.span_key and st.kind != "indirect"), key=lambda st: st.start) if len(out) - unit_first > 1 else ()
        for prev_st, st in zip(in_unit, in_unit[1:], strict=False):
            gap = masked[prev_st.end : st.start].strip(PH + " \"'”“‘’")
            if prev_st.kind == "direct" and st.kind == "partial" and _SPLIT_GAP.fullmatch(gap):
                st.kind = "direct"
    # nested quotes: inside a top-level quote; attribute via cues inside the quote, else the encloser
    for k, s in enumerate(spans):
        if parent.get(k, -1) < 0:
            continue
        outer = spans[parent[k]]
        ia, ib = s.inner
        oa, ob = outer.inner
        lo = max(oa, s.start - 400)
        c_list = _find_cues(text, lo, s.start, False, is_media) + _find_cues(text, lo, s.start, True, is_media)
        c_list = [c for c in c_list if c.mention]
        st = Statement(pno, ia, ib, "partial" if not text[ia:ib][:1].isupper() else "direct", context=text[max(oa, s.start - 400) : min(ob, s.end + 200)], span_key=(pno, s.start), confidence=0.6)
        if c_list:
            c = max(c_list, key=lambda c: c.start)
            st.cue, st.mention, st.mode, st.cue_pos = c.word, c.mention, c.mode, c.start
            st.context = text[max(oa, c.start - 200): ib]
        else:
            st.inherit = "encloser"
        st.nested_parent = -1  # filled in by the caller (needs the encloser's statement)
        st.outer_key = (pno, outer.start)
        out.append(st)
    return out, spans, problems, parent


# ------------------------------------------------------------------------ speaker resolution


@dataclass(slots=True)
class _Speaker:
    speaker: str
    speaker_type: str
    side: str
    mention: str
    actor_id: str | None
    paragraph_no: int
    role_text: str = ""


#: A sentence that opens with a name, perhaps after a title ("Gorbachev, …", "Sen. John McCain, …").
_OPENING_NAME = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)(?=\s*,|\s+(?:was|were|had|has|is|responded|struck|took|sounded|appeared|seemed|went|offered|reacted|kept|remained)\b"
                           r"|\s+(?:smiled|laughed|shrugged|paused|grinned|nodded|demurred|hesitated)\b"  # ("Antonov smiled.")
                           # ("Trump gave an answer that stunned his allies.", "Lavrov hit back.")
                           r"|\s+(?:gave|answered|replied|chose|opted|tried|turned|looked|leaned|waved|bristled|(?:hit|fired|pushed)\s+back)\b)")
#: (not a possessive's apostrophe: "Leonid Zamyatin, Gorbachev's chief spokesman, was less upbeat.")
_QUOTE_CHARS = re.compile("[\"“”‘«»" + PH + r"]|(?<!\w)['’]|’(?!\w)")
_SPEECH_WORD = re.compile(r"\b(?:said|says|told|added|wrote|(?<!was\s)(?<!were\s)asked|according)\b")  # ("The Kremlin leader was asked about …": asked, not asking)
#: A news outlet named by its kind: "the newspaper", "the paper", "the agency", "the daily".
_THE_OUTLET = re.compile(r"(?:the\s+)?(newspaper|paper|daily|weekly|news\s+agency|agency|broadcaster|network|channel|magazine)")
_PAPER_NAME = re.compile(r"\b(?:Journal|Times|Post|Gazette|Herald|Tribune|Telegraph|Guardian|Izvestia|Kommersant|Pravda|Vedomosti|Daily|Newspaper|Observer|Economist|Globe|Independent|Novaya|Gazeta)\b")
_AGENCY_NAME = re.compile(r"\b(?:TASS|Tass|Interfax|RIA|Reuters|AP|AFP|Associated\s+Press|Agence|Xinhua|Itar|Novosti|Bloomberg)\b")
#: A person by office opening a set-up sentence ("The Soviet leader smiled.").
_ROLE_OPENING = re.compile(r"((?:The|the)\s+(?:[\w-]+\s+){0,2}?(?:leader|president|minister|secretary|spokesman|spokeswoman|envoy|ambassador|diplomat|premier|chancellor))\s+[a-z]+\b")


def _setup_opening(text: str, end: int, opening: re.Pattern = _OPENING_NAME) -> str | None:
    """The name (or what ``opening`` reads) that opens the sentence just before ``end`` when
    that sentence quotes and attributes nothing itself (it sets up the quote after it), else None.
    A question put to the subject first is skipped ("Asked whether …, Antonov smiled.")."""
    window = text[max(0, end - 400) : end].rstrip()
    sentences = [x for x in _SENTENCE_CUT.split(window) if x.strip()]
    last = sentences[-1].strip() if sentences else ""
    # (a relative clause's own quote does not make the sentence a statement: "… was more guarded
    # on the ABM treaty, which Russian officials call the “cornerstone” of stability.")
    main = last[: rel.start()] if (rel := _TRAILING_RELATIVE.search(last)) is not None else last
    if not last or _QUOTE_CHARS.search(main) or _SPEECH_WORD.search(main):
        return None
    m = opening.match(_past_the_question(last))
    return m.group(1) if m is not None else None


_TRAILING_RELATIVE = re.compile(r",\s+(?:which|whom|whose)\s")
#: "Asked whether a second meeting could take place, " before the set-up sentence's subject.
_ASKED_SETUP = re.compile(r"(?:When\s+)?(?:Asked|Pressed|Questioned)\b(?:[^.;:]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\b[A-Z])\.){0,200},\s+(?=[A-Za-z])")  # ("… Mr. Trump …, Mr. Putin …")


def _asked_about(masked: str, unit_start: int, end: int) -> bool:
    """Whether ``masked[:end]`` lies inside the "Asked …, " opening the unit at ``unit_start``."""
    lead = unit_start
    while lead < end and masked[lead].isspace():
        lead += 1
    asked = _ASKED_SETUP.match(masked, lead)
    return asked is not None and asked.end() > end


def _past_the_question(sentence: str) -> str:
    """The sentence after a question put to its subject ("Asked whether he would meet Trump,
    Putin smiled." → "Putin smiled."), else the sentence as it is."""
    lead = sentence.lstrip()
    asked = _ASKED_SETUP.match(lead)
    return lead[asked.end() :] if asked is not None else sentence


#: An unnamed source opening a sentence ("A Russian official travelling with the delegation").
_ANON_OPENING = re.compile(r"(?:A|An|One|Another)\s+(?:[\w.-]+\s+){0,3}?(?:" + "|".join(sorted(qc.ANON_HEADS - {"someone", "people", "figures", "members", "participants"})) + r")\b")


def _setup_anonymous(text: str, end: int) -> str | None:
    """The unnamed source that the sentence just before ``end`` sets up with a verb of manner
    ("A senior Russian diplomat was blunter."), as written with a lower-case article; else None."""
    window = text[max(0, end - 400) : end].rstrip()
    sentences = [x for x in _SENTENCE_CUT.split(window) if x.strip()]
    last = sentences[-1].strip().rstrip(".") if sentences else ""
    if not last or _QUOTE_CHARS.search(last) or _SPEECH_WORD.search(last):
        return None
    m = _ANON_OPENING.match(last)
    manner = _MANNER_END.search(last, m.end() - 1) if m is not None else None
    if manner is None or manner.start() - m.end() > 80 or _FINITE.search(last, m.end(), manner.start()):
        return None
    if _APPOSED_NAME.fullmatch(last, m.end(), manner.start()):
        return None  # "A Soviet spokesman, Leonid Zamyatin, was less effusive": named (see the caller)
    return last[:1].lower() + last[1 : manner.start()].rstrip()


#: A personal name set off by commas after a role: ", Leonid Zamyatin, ".
_APPOSED_NAME = re.compile(r"\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}\s*,\s*")


_ACTOR_INFO: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_INFO_COLUMNS = ("name", "kind", "side", "role", "country")


def _actor_info(res: ActorResolver) -> dict[str, dict]:
    """actor_id -> {name, kind, side, role, country} for one resolver (read-only reference data,
    cached per resolver object): plain dict look-ups instead of a pandas ``.at`` per mention."""
    info = _ACTOR_INFO.get(res)
    if info is None:
        acts = res.actors
        info = {aid: {col: acts.at[aid, col] for col in _INFO_COLUMNS} for aid in acts.index}
        _ACTOR_INFO[res] = info
    return info


_REFLEXIVE_END = re.compile(r",?\s+(?:himself|herself|itself|themselves)$")
_LEADING_CONJ = re.compile(r"^(?:and|but|while|as)\s+", re.IGNORECASE)
_SPACE_RUN = re.compile(r"\s+")
#: (a foreign ministry's or the State Department's spokesperson is a diplomat too: "the diplomat replied")
_MINISTERIAL = re.compile(r"minister|secretary|envoy|ambassador|foreign\s+ministry\s+spokes|state\s+department\s+spokes|deputy\s+foreign")
#: A definite description of one person by role: "the deputy prime minister", "the US envoy",
#: "the Kremlin spokesman", "Russia's ambassador to the United Nations", "Putin's investment
#: envoy" (``owner``: a capitalised possessor). Modifiers are lower-case words or capitalised
#: names of sides and bodies (up to three words), then the head, then at most a short phrase
#: with to/for/at/in ("to the United Nations").
#: The last sentence of a text opening with a definite office as its subject ("The Soviet leader,
#: appearing separately, gave …", "The General Secretary said …"), up to its comma or verb.
_ROLE_SUBJECT = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?P<role>The\s+(?:[\w.’'-]+\s+){0,3}?[a-zA-Z]+)(?=,|\s+(?:[a-z]+ed|said|says|told|spoke)\b)(?=[^.!?]*[.!?][\"”’]?\s+(?:[Hh]e|[Ss]he)?\s*$)")
_ROLE_DESCRIPTION = re.compile(
    r"^(?:(?i:the)\s+|(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)['’]s\s+)"
    r"(?P<mods>(?:(?:[a-z][\w’'-]*|U\.S\.|US|American|Russian|Soviet|Russia['’]s|Kremlin|White\s+House|State\s+Department"
    r"|General|Foreign|Prime|Vice|Deputy|Defen[cs]e|Press|Special|First|Executive|National\s+Security)\s+){0,3})"
    # ("the Soviet President", "the Foreign Minister", "the General Secretary": news capitalises a title too)
    r"(?P<head>(?i:spokesman|spokeswoman|spokesperson|envoy|minister|ambassador|negotiator|adviser|advisor|aide|secretary|diplomat|president|leader|chief|director|chairman|chairwoman|representative|premier|chancellor)|head(?=\s+of\s+state))"
    r"(?:\s+(?:to|for|at|in|of)\s+(?P<post>[^,;:]{1,40}))?$"
)
#: "President Ronald Reagan", "President Reagan": a person titled President in the text.
_PRESIDENT_NAMED = re.compile(r"\bPresident\s+((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]+)")
#: "the Kremlin official", "the State Department official": one of a body's people.
_BODY_OFFICIAL = re.compile(r"(?i:the)\s+(Kremlin|White\s+House|State\s+Department|Pentagon)\s+official$")
_SPOKES_RE = re.compile(r"\b(?:spokes(?:man|woman|person)|press\s+secretary)", re.IGNORECASE)
#: What a role's post is called in the actor table ("ambassador to the UN", "… to the United States").
_POST_NAMES = {"united nations": "un", "u.n.": "un", "washington": "united states", "us": "united states", "u.s.": "united states", "america": "united states", "moscow": "russia"}
_MEDIA_OWNER = re.compile(r"^(.*?)['’]s\s+(.+)$")
_LOWER_WORD = re.compile(r"[a-z]+")
_JOURNALIST_APPOS = re.compile(r"(?:an?|the|our|its|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:correspondent|reporter|journalist|editor)\b")
_LEADING_THE = re.compile(r"^the\s+")
_APOS_DOT = re.compile(r"['.]")
_HYPHEN_SPACE = re.compile(r"[-\s]+")
_LEADING_ARTICLE = re.compile(r"^(?:A|An|The|One)\b")


_SENTENCE_CUT = re.compile(r"(?:(?<=[.!?])(?<![\s(][A-Z]\.)(?<!\.[A-Z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Mrs\.)(?<!Dr\.)(?<!Gen\.)(?<!Sen\.)(?<!Rep\.)(?<!Gov\.)|(?<=[.!?][\"”’'»]))\s+")  # (a quote may end a sentence: 'verify." The Soviet leader smiled.'; not "Leonid M. Zamyatin", "Mr. Speakes", "U.S. agencies")


@functools.lru_cache(maxsize=2048)
def _full_name_pattern(surname: str) -> re.Pattern:
    """"First Surname" (optionally "First M. Surname") for one surname (bounded memo)."""
    return re.compile(r"(?P<first>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?)\s+" + re.escape(surname) + r"\b")


#: Capitalised words before a surname that are titles, not first names.
_NOT_FIRST_NAMES = frozenset(
    ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Minister", "Secretary", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Senator", "Rep.", "Rep",
     "General", "Gen.", "Admiral", "Director", "Chairman", "Chairwoman", "Chief", "Deputy", "Adviser", "Advisor", "Governor", "Mayor", "Judge", "Prime", "Premier",
     "Chancellor", "Foreign", "Defence", "Defense", "State", "Under", "Sir", "Lord", "Lady", "Professor", "Prof.", "Colonel", "Col.", "Lt.", "Captain", "Sergeant"]
)


def _side_from_words(text: str, res: ActorResolver, info: dict[str, dict] | None = None) -> str:
    """The side of the first actor named in ``text`` (not media), else of a nationality word."""
    info = info or _actor_info(res)
    placed = []  # "the Russian ambassador to Washington": the place's side only if nothing else
    for m in res.find(text):
        side = info[m.actor_id]["side"]
        if side and side != "media":
            if LOCATIVE_BEFORE.search(text, 0, m.start):
                placed.append(side)
                continue
            return side
    return nationality_side(text) or (placed[0] if placed else "unknown")


def _clean_mention(mention: str) -> str:
    text = normalise(mention).strip(" ,.;:")
    text = _LEADING_CONJ.sub("", text)
    if text.endswith("self") or text.endswith("selves"):
        text = _REFLEXIVE_END.sub("", text)  # "the president himself": the president
    dateline = _DATELINE.match(text)
    if dateline and dateline.end() < len(text):
        text = text[dateline.end():]  # "MOSCOW (AFP) - The foreign ministry": not Moscow
    if " I" in text and _FIRST_PERSON_END.search(text):
        return "I"  # "on the plane home I remember saying …": the one speaking of themself
    if text[-1:].islower() and (adverb := _TRAILING_ADVERB.search(text)) is not None and adverb.start() > 0:
        text = text[: adverb.start()]  # "Senator John McCain just (issued a statement, calling …)": the name
    return text


#: Adverbs a subject may end on when its verb was cut off ("Senator John McCain just").
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:just|also|then|later|earlier|again|quickly|swiftly|promptly|immediately|already|recently|now|only|since|once|had|has|have|" + qc.LY_ADVERB + r"))+$")


#: A mention ending in the first person ("… home I remember", "… later I recall"): "I".
_FIRST_PERSON_END = re.compile(r"\sI(?:\s+(?:remember|recall|remembered|recalled))?$")


def _head(mention: str) -> str:
    words_ = _SPACE_RUN.split(mention.strip())
    cut = []
    for w in words_:
        if w.lower() in ("of", "for", "with", "at", "from", "who", "close", "familiar", "briefed", "in", "on", "to", "involved", "engaged", "knowledgeable"):
            break
        cut.append(w)
    return (cut[-1] if cut else (words_[-1] if words_ else "")).lower().strip(",.")


#: Kin words that tell a name's pronoun when its given name does not ("Griner’s wife, Cherelle Griner").
_KIN_PRONOUN = {"wife": "she", "sister": "she", "daughter": "she", "mother": "she", "husband": "he", "brother": "he", "son": "he", "father": "he"}
#: "the foreign minister, Andrei Kozyrev,": a role, then a name in commas.
_ROLE_COMMA_NAME = re.compile(r"\b(?:minister|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|adviser|advisor|aide|president|leader|chief|director|diplomat|negotiator|chancellor|premier|official|senator|general|counterpart"
                              r"|" + "|".join(_KIN_PRONOUN) + r"|lawyer|attorney)"  # ("Griner’s wife, Cherelle Griner, …")
                              r",\s+([A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+),", re.IGNORECASE)


def _name_fits(m: re.Match, pronoun: str) -> bool:
    """Whether the name ``m`` found (group 1) can be ``pronoun``: by its given name, else by a
    kin word before it."""
    name = m.group(1)
    if pronoun_fits(name, pronoun):
        return True
    word = m.group(0)[: m.start(1) - m.start(0)].rstrip(" ,").rsplit(None, 1)
    return gender_unknown(name) and bool(word) and _KIN_PRONOUN.get(word[-1].lower()) == pronoun


#: "Former CIA Director John Brennan went further": a role, then a name and its verb.
_ROLE_NAME_SUBJECT = re.compile(r"\b(?:minister|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|adviser|advisor|aide|president|leader|chief|director|diplomat|negotiator|chancellor|premier|official|senator|general|correspondent|editor|analyst)"
                                r"\s+((?-i:[A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+))\s+(?=(?-i:[a-z]))", re.IGNORECASE)
_MATCH_START = operator.methodcaller("start")
#: "Daniel Rourke spent three tours in Moscow.": a full name opening a sentence, then its verb.
_NAME_OPENS_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[A-Z]\s—\s))(?!(?:His|Her|Their|Its|Our|My|Your|The|This|That|These|Those|A|An)\s)([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?=[a-z]{3,}\b)")
#: "Maria Butina, the State Duma deputy who …,": a name, then its role in commas.
_NAME_COMMA_ROLE = re.compile(r"(?<![\w’'-])((?-i:[A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)),\s+(?:the|a|an|his|her|its|their)\s+[^,;:]{0,80}?"
                              r"\b(?:minister|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|adviser|advisor|aide|president|leader|chief|director|diplomat|negotiator|"
                              r"official|senator|general|deputy|lawmaker|researcher|analyst|correspondent|editor|officer|chairman|head)\b", re.IGNORECASE)


def _unknown_names(text: str, end: int, pronoun: str, res: ActorResolver) -> list[re.Match]:
    """Names the actor table lacks in ``text[:end]`` that ``pronoun`` can stand for, in text
    order: after a role, before one, or opening a sentence."""
    return sorted((u for rx in (_ROLE_COMMA_NAME, _ROLE_NAME_SUBJECT, _NAME_COMMA_ROLE, _NAME_OPENS_SENTENCE) for u in rx.finditer(text, 0, end)
                   if res.resolve(u.group(1), fuzzy=False) is None and _name_fits(u, pronoun)), key=_MATCH_START)


#: "<title> <First> <Last> of <Place>": a name, then where the person is from.
#: (the place may be a body with its own "of" and town: "of the Institute of World History in Moscow")
_NAME_OF_PLACE = re.compile(r"(?P<who>.*?\b[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)\s+of\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w'’.-]*){0,5}(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)")


def _person_name_tail(mention: str) -> str:
    """'Italian Foreign Minister Antonio Tajani' -> 'Antonio Tajani' (trailing capitalised run;
    a place after a name is where the person is: 'Imogen Foulkes in Geneva')."""
    toks = mention.split()
    for k in range(len(toks) - 2, 1, -1):
        if toks[k] in ("in", "at") and toks[k - 1][:1].isupper() and toks[k - 2][:1].isupper():
            toks = toks[:k]
            break
    out: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t[:1].isupper() and t.lower() not in _TITLE_WORDS and not t.endswith(("'s", "’s")):
            out.append(t)
        elif out and t in _NAME_PARTICLES and k > 0 and (toks[k - 1][:1].isupper() or toks[k - 1] in _NAME_PARTICLES):
            out.append(t)  # "Chris van Heerden", "Ursula von der Leyen"
        else:
            break
    while out and out[-1] in _NAME_PARTICLES:
        out.pop()
    return " ".join(reversed(out))


#: Lower-case particles inside a person's name.
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "dos", "das", "bin", "ibn", "al", "le", "la"})


def _surname(info: dict) -> str:
    """The last word of an actor's canonical name, case-folded ("Hillary Clinton" -> "clinton")."""
    return str(info["name"]).split()[-1].casefold()


def _shares_surname(res: ActorResolver, actor_id: str) -> bool:
    """Whether another person in the actor table has ``actor_id``'s surname (memoised on the table)."""
    counts = res.__dict__.get("_surname_counts")
    if counts is None:
        counts = res.__dict__["_surname_counts"] = {}
        for info in res.info.values():
            if info["kind"] == "person":
                counts[_surname(info)] = counts.get(_surname(info), 0) + 1
    return counts.get(_surname(res.info[actor_id]), 0) > 1


#: Courtesy titles before a surname ("Mrs. Clinton", "Mr Bush").
_TITLE_PREFIX = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")


def _same_surname(name: str, other: str) -> bool:
    """Whether two names end in the same word ("Michael McFaul" and a turn's "McFaul")."""
    words, others = name.split(), other.split()
    return bool(words and others) and words[-1].lower() == others[-1].lower()


class _Resolver:
    """Resolves speaker mentions in article order, remembering earlier speakers."""

    def __init__(self, article: Article, res: ActorResolver, paragraph_texts: list[tuple[int, str]] | None = None):
        self.res = res
        self.info = _actor_info(res)
        self.article = article
        self.history: list[_Speaker] = []  # append with remember()
        self._hays: list[str] = []
        self._outlet_id: str | None | object = _UNSET
        if paragraph_texts is None:
            paragraph_texts = [(int(p.paragraph_no), str(p.text)) for p in article.analysable.itertuples(index=False)]
        self.paragraph_texts = paragraph_texts
        self._text_of = dict(paragraph_texts)
        self._persons: dict[int, list[str]] = {}
        self._actors: dict[int, list[str]] = {}
        self._by_surname: dict[str, list[tuple[int, str]]] | None = None
        self._presidents: set[str] | None = None  # who the article titles President (see _titled_presidents)
        # memos for this article only (keyed on its mentions and words)
        self._clean: dict[str, str] = {}
        self._norm: dict[str, str] = {}
        self._side: dict[str, str] = {}
        self._facts: dict[str, _MentionFacts] = {}
        self._guest: _Speaker | None | bool = False  # see interviewee (False: not looked for yet)
        self._president: object = _UNSET  # see plain_president
        self._anon: dict[str, bool] = {}
        #: paragraph -> the speaker whose turn it is (a transcript's or interview's "MCFAUL:"):
        #: a "he" or "she" in that turn is someone else, since a speaker says "I" of themselves
        self.turns: dict[int, str] = {}

    @property
    def outlet_id(self) -> str | None:
        """The actor of the article's outlet (looked up when first needed)."""
        if self._outlet_id is _UNSET:
            self._outlet_id = self.res.resolve(self.article.outlet, fuzzy=False) if self.article.outlet else None
        return self._outlet_id

    def actors_in(self, pno: int) -> list[str]:
        """Actors named in a paragraph, in order (cached; long paragraphs: first/last 3,000 chars)."""
        if pno not in self._actors:
            text = self._text_of.get(pno, "")
            if len(text) > 6000:
                text = text[:3000] + " " + text[-3000:]
            self._actors[pno] = [m.actor_id for m in self.res.find(text)] if text else []
        return self._actors[pno]

    def persons_in(self, pno: int) -> list[str]:
        """Person actors named in a paragraph, in order (cached)."""
        if pno not in self._persons:
            self._persons[pno] = [a for a in self.actors_in(pno) if self.info[a]["kind"] == "person"]
        return self._persons[pno]

    def _actor_speaker(self, actor_id: str, mention: str, pno: int, journalist: bool = False) -> _Speaker:
        actor_id = self._named_in_article(actor_id, mention, pno)
        actor_id = self.res.in_era(actor_id, self.article.published.isoformat() if self.article.published else None)  # "President Bush" in 1990
        info = self.info[actor_id]
        kind, side = info["kind"], info["side"]
        if kind == "person":
            # (the office held then: Gorbachev in 1985 is no "president" a later "the President" means)
            role = self._role_then(actor_id)
            if side == "media" or journalist:
                return _Speaker(info["name"], "journalist", "journalist", mention, actor_id, pno, role)
            return _Speaker(info["name"], "named_person", side or "unknown", mention, actor_id, pno, role)
        if kind == "media":
            return _Speaker(info["name"], "media", "media", mention, actor_id, pno, "")
        return _Speaker(info["name"], "institution", side or "unknown", mention, actor_id, pno, str(info["role"]))

    def _role_then(self, actor_id: str) -> str:
        """The person's office on the article's date (the table's role when undated)."""
        return role_on(self.res.info[actor_id], self.article.published.isoformat() if self.article.published else None)

    def _named_in_article(self, actor_id: str, mention: str, pno: int) -> str:
        """A bare surname ("Clinton said", "Mrs. Clinton") is the person of that surname the
        article has named so far ("Secretary of State Hillary Clinton"), when the table's own
        reading of it is someone else."""
        words = _TITLE_PREFIX.sub("", mention.strip()).split()
        if len(words) != 1 or self.info[actor_id]["kind"] != "person" or not _shares_surname(self.res, actor_id):
            return actor_id  # (most surnames belong to one person in the table: nothing to choose)
        if self._by_surname is None:  # surname -> (paragraph, person) in article order, built once
            self._by_surname = {}
            for p, _ in self.paragraph_texts:
                for a in self.persons_in(p):
                    self._by_surname.setdefault(_surname(self.info[a]), []).append((p, a))
        named = [a for p, a in self._by_surname.get(words[0].strip(",.").casefold(), ()) if p <= pno and a != actor_id]
        return named[-1] if named and actor_id not in self._full_names_before(pno) else actor_id

    def _full_names_before(self, pno: int) -> set[str]:
        """People named by more than their surname in the paragraphs up to ``pno``."""
        out = set()
        for p, text in self.paragraph_texts:
            if p > pno:
                break
            for m in self.res.find(text):
                if len(text[m.start:m.end].split()) > 1:
                    out.add(m.actor_id)
        return out

    def _recent(self, pno: int, want: str, max_back: int = 4, pronoun: str = "", not_of: str | None = None) -> _Speaker | None:
        """The latest speaker of the kind ``want`` within ``max_back`` paragraphs (``not_of``: not
        the one of that name, whose turn the pronoun is in)."""
        loose = None  # for "she": the latest person the table lacks whose given name says nothing either way
        for sp in reversed(self.history):
            if pno - sp.paragraph_no > max_back:
                break
            if sp.speaker_type == "unattributed" or not_of and _same_surname(sp.speaker, not_of):
                continue
            if pronoun and sp.speaker_type == "named_person" and not pronoun_fits(sp.speaker, pronoun):
                if loose is None and pronoun.lower() == "she" and sp.actor_id is None and gender_unknown(sp.speaker):
                    loose = sp  # "Cherelle Griner thanked … “…,” she said"
                continue
            if want == "person" and sp.speaker_type in ("named_person", "journalist") or want == "person" and sp.speaker_type == "anonymous" and not sp.mention.lower().endswith("s"):
                return sp
            if want == "institution" and sp.speaker_type in ("institution", "media"):
                return sp
            if want == "any":
                return sp
        return loose if want == "person" else None

    def _document_issuer(self, pno: int, mention: str, upto: int | None = None) -> _Speaker | None:
        """Who last "issued a statement" in this paragraph or the one before (for "“…,” it
        read"): an actor of the table, else a full name right before the verb; or None.
        ``upto``: the cue's position, when the document is named with it (a statement issued
        later in the paragraph is another's: "McCain put out a statement calling … And Coats
        has issued a statement of his own")."""
        for n, text in reversed(self.paragraph_texts):
            if n > pno or n < pno - 1:
                continue
            if n == pno and upto is not None:
                text = text[: upto + 1]
            read_out = self._read_out_for(text, mention, pno)
            if read_out is not None:
                return read_out
            for hit in reversed(list(_ISSUED_DOCUMENT.finditer(text))):
                before = _SENTENCE_CUT.split(text[max(0, hit.start() - 120) : hit.start()])[-1]  # (its own sentence: "… pardoned by Putin. And the FSB put out a statement")
                # its subject: the last actor before the verb, not a possessor ("Dan Coats, Trump's own director …")
                found = [m for m in self.res.find(before) if before[m.end : m.end + 2] not in ("'s", "’s")]
                if found:
                    return self._actor_speaker(found[-1].actor_id, mention, pno)
                name = _NAME_BEFORE_VERB.search(before) or _NAME_OPENS_CLAUSE.search(before)
                if name:  # "…, Dan Coats, issued a statement", "Avril Haines, Biden's director …, issued"
                    # (or a body the table lacks by that name: "The Foreign Ministry issued a statement")
                    kind = "institution" if name.group(1).rsplit(None, 1)[-1].lower() in _BODY_HEADS else "named_person"
                    return _Speaker(name.group(1), kind, self.side(name.group(1)) if kind == "institution" else "unknown", mention, None, pno)
                body = _BODY_BEFORE_VERB.search(before)
                if body:  # "And the penitentiary service put out a statement": a body the table lacks
                    return _Speaker(body.group(1)[:1].lower() + body.group(1)[1:], "institution", self.side(body.group(1)), mention, None, pno)
        return None

    def _document_last(self, pno: int, upto: int) -> bool:
        """Whether paragraph ``pno`` tells of a document issued or read out before ``upto``
        with no body named after it ("Russia's Defense Ministry struck a different note. …, it
        said": the ministry, not the statement the Pentagon issued before)."""
        text = self._text_of.get(pno, "")[: max(0, upto)]
        hits = [m.end() for pattern in (_ISSUED_DOCUMENT, _READ_OUT_DOCUMENT) for m in pattern.finditer(text)]
        if not hits:
            return False
        after = text[max(hits) :]
        return not any(self.info[m.actor_id]["kind"] in ("institution", "organisation", "media") for m in self.res.find(after))

    def _this_and_previous(self, pno: int, upto: int) -> tuple[str, str]:
        """Paragraph ``pno`` up to ``upto``, then the whole paragraph before it."""
        return self._text_of.get(pno, "")[: max(0, upto)], self._text_of.get(pno - 1, "")

    def _introduced_source(self, pno: int, upto: int, head: str) -> str | None:
        """The last unnamed source with ``head`` ("official") introduced before ``upto`` in this
        paragraph or the one before ("a senior U.S. official"), lower-cased at its start; else None."""
        for text in self._this_and_previous(pno, upto):
            found = [m for m in _AN_ANONYMOUS.finditer(text) if m.group("head").lower() == head]
            if found:
                phrase = found[-1].group().strip()
                return phrase[:1].lower() + phrase[1:]
        return None

    def _named_before(self, pno: int, upto: int, besides: str = "") -> str | None:
        """The last person named before ``upto`` in this paragraph or the one before: a person
        of the actor table (by name) or a full name it lacks (as written); None if neither.
        ``besides``: words of the mention itself, not read as a name ("South Carolina")."""
        for k, text in enumerate(self._this_and_previous(pno, upto)):
            if k == 0 and besides:
                text = text.replace(besides, " " * len(besides))
            people = [(m.start, self.info[m.actor_id]["name"]) for m in self.res.find(text) if self.info[m.actor_id]["kind"] == "person" and text[m.end : m.end + 2] not in ("'s", "’s")]
            # names the table lacks: a given name first, or a lawmaker's title before ("Senator Chris Murphy")
            unknown = [(u.start(), u.group()) for u in _FULL_NAME.finditer(text) if (self.res.is_given_name(u.group().split()[0]) or _LAWMAKER_TITLE.search(text, max(0, u.start() - 16), u.start()))
                       and text[u.end() : u.end() + 2] not in ("'s", "’s") and self.res.resolve(u.group(), fuzzy=False) is None]
            unknown += [(u.start(1), u.group(1)) for pronoun in ("he", "she") for u in _unknown_names(text, len(text), pronoun, self.res)]  # ("Senate Minority Leader Bob Dole, who …")
            last = max(people + unknown, default=None)
            if last is not None:
                return last[1]
            if _FULL_NAME.search(text):
                return None  # a name this cannot tell from a place or a title: no guess from further back
        return None

    def _read_out_for(self, text: str, mention: str, pno: int) -> _Speaker | None:
        """Whose document a spokesman read out in ``text``: "read out a statement from
        Secretary-General Antonio Guterres" (who comes after "from"), "read out a ministry
        statement" (the body of that name the sentence holds, "the Foreign Ministry's
        spokesman"); None when no document was read out, or its issuer is not named."""
        if "read" not in text:
            return None
        hits = list(_READ_OUT_DOCUMENT.finditer(text))
        if not hits:
            return None
        hit = hits[-1]
        if hit.group("from"):
            after = text[hit.end() : hit.end() + 120]
            found = [m for m in self.res.find(after) if m.start < 60]
            if found:
                return self._actor_speaker(found[0].actor_id, mention, pno)
            kin = _KIN_THEN_NAMES.match(after)
            if kin is not None:  # "on behalf of his parents, Joey and Paula Reed": the names set beside them
                return _Speaker(kin.group("names"), "named_person", "unknown", mention, None, pno)
            run = _CAPITALISED_RUN.match(after)  # "Secretary-General Antonio Guterres": the last two words name him
            words = run.group().split() if run is not None else []
            return _Speaker(" ".join(words[-2:]), "named_person", "unknown", mention, None, pno) if len(words) >= 2 else None
        if hit.group("body"):
            sentence = _SENTENCE_CUT.split(text[: hit.start()])[-1]
            word = hit.group("body").lower()
            bodies = [m for m in self.res.find(sentence) if self.info[m.actor_id]["kind"] == "institution" and word in sentence[m.start : m.end].lower()]
            if bodies:
                return self._actor_speaker(bodies[-1].actor_id, mention, pno)
            named = [m for m in _CAPITALISED_BODY.finditer(sentence) if word in m.group(1).lower()]
            if named:  # "the Foreign Ministry's spokesman": a body the table knows only with its country
                body = named[-1].group(1)
                return _Speaker(body, "institution", self.side(body), mention, None, pno)
        return None

    def interviewee(self) -> _Speaker | None:
        """The one a Q&A interviews: the first person named before its first question ("Jack
        Matlock was the US ambassador … he spoke to us about …"), else None."""
        if self._guest is not False:
            return self._guest
        self._guest = None
        for n, text in self.paragraph_texts:
            if _QUESTION_TURN.match(text):
                break
            people = [m for m in self.res.find(text) if self.info[m.actor_id]["kind"] == "person"]
            name = _FULL_NAME.search(text)
            if people and (name is None or people[0].start <= name.start()):
                self._guest = self._actor_speaker(people[0].actor_id, "I", n)
                break
            if name is not None:
                self._guest = _Speaker(name.group(), "named_person", "unknown", "I", None, n)
                break
        return self._guest

    def _pronoun(self, word: str, pno: int, context_before: str, para_before: str = "") -> tuple[_Speaker | None, float]:
        """The speaker a pronoun stands for (``para_before``: the paragraph before the cue, for a
        person the actor table does not know, named with an office: the last resort)."""
        want = qc.PRONOUNS.get(word, "any")
        if want == "person":
            turn = self.turns.get(pno)
            # "she" is not Peskov, "he" not Zakharova
            # (not a possessor: "… will see Bout's return as a victory. “…,” he writes" is not Bout)
            fits = [m for m in self.res.find(context_before) if self.info[m.actor_id]["kind"] == "person" and pronoun_fits(self.info[m.actor_id]["name"], word)
                    and context_before[m.end : m.end + 2] not in ("'s", "’s")] if context_before else []
            if fits:
                return self._actor_speaker(fits[-1].actor_id, fits[-1].text, pno), 0.85
            if turn:
                asked = self._asked_about(pno, word, turn)
                if asked is not None:
                    return asked, 0.8
            subject = _ROLE_SUBJECT.search(para_before) if para_before and not turn and "The " in para_before else None
            described = _ROLE_DESCRIPTION.match(subject.group("role")) if subject is not None else None
            if described is not None:
                # "The General Secretary, appearing separately, gave a different account. He said
                # …": the one the sentence before has as its subject, named by office
                sp, _ = self._described(described, subject.group("role"), pno)
                if sp.speaker_type == "named_person" and pronoun_fits(sp.speaker, word):
                    return sp, 0.75
            sp = self._recent(pno, "person", pronoun=word, not_of=turn)
            if sp:
                return sp, 0.85
            earlier = [n for n, _ in self.paragraph_texts if n < pno][-3:]
            for n in reversed(earlier):
                found = [a for a in self.persons_in(n) if pronoun_fits(self.info[a]["name"], word) and not (turn and _same_surname(self.info[a]["name"], turn))]
                if found:
                    # the subject of the previous sentence is usually the first person named
                    return self._actor_speaker(found[0], word, pno), 0.6
            titled = [m.group("name") for m in _TITLED_UNKNOWN.finditer(para_before) if pronoun_fits(m.group("name"), word)]
            if titled:
                # "Ukrainian Defence Minister Rustem Umerov … announced the swap. He said …": a
                # person the table does not know, named with an office just before
                return _Speaker(titled[-1], "named_person", "", titled[-1], None, pno), 0.5
            return None, 0.4
        if want == "institution":
            sp = self._recent(pno, "institution")
            if sp is None:
                # "The foreign ministry issued a statement. It said …": the body named just before
                sp = self._institution_before(pno)
                return sp, 0.6
            return sp, 0.75
        sp = self._recent(pno, "any")
        return sp, 0.7

    def _asked_about(self, pno: int, word: str, turn: str) -> _Speaker | None:
        """The person the question just before a turn asks about ("Q: Did Sergei Lavrov ever
        raise it? ¶ MCFAUL: Once. He said …": Lavrov), if it names one the pronoun fits."""
        before = [n for n, _ in self.paragraph_texts if n < pno]
        if not before or not _QUESTION_TURN.match(self._text_of.get(before[-1], "")):
            return None
        found = [a for a in self.persons_in(before[-1]) if pronoun_fits(self.info[a]["name"], word) and not _same_surname(self.info[a]["name"], turn)]
        return self._actor_speaker(found[-1], word, pno) if found else None

    def _role_named_before(self, head: str, pno: int) -> str | None:
        """The one person named in this paragraph or the two before whose role holds ``head``
        ("Blinken met Lavrov. “…,” the secretary said"), or for a body's head ("the ministry")
        the one institution named there with that word in its name; None when none or two do."""
        if not head:
            return None
        head_re = re.compile(r"\b" + re.escape(head.rstrip("s")))
        body = head in qc.INSTITUTION_HEADS
        for n in (pno, pno - 1, pno - 2):
            if body:
                holders = {a for a in self.actors_in(n) if self.info[a]["kind"] == "institution" and head_re.search(str(self.info[a]["name"]).lower())}
            else:
                holders = {a for a in self.persons_in(n) if head_re.search(self._role_then(a).lower())}
            if len(holders) == 1:
                return holders.pop()
            if holders:
                return None  # "the president" after Biden and Putin: either
        return None

    def _institution_before(self, pno: int) -> _Speaker | None:
        """The last institution named in this paragraph or the one before (for "it said")."""
        for n in (pno, pno - 1):
            bodies = [a for a in self.actors_in(n) if self.info[a]["kind"] == "institution"]
            if bodies:
                return self._actor_speaker(bodies[-1], self.info[bodies[-1]]["name"], pno)
        return None

    def remember(self, sp: _Speaker) -> None:
        """Add a speaker to the history (and the lower-cased words _nominal searches); a bare
        pronoun nobody was found for is not one: a later "he" must look further back."""
        if sp.actor_id is None and sp.speaker.lower() in qc.PRONOUNS:
            return
        self.history.append(sp)
        self._hays.append(f"{sp.mention} {sp.speaker} {sp.role_text}".lower())

    def _joint_pair(self, pno: int) -> _Speaker | None:
        """"Reagan and Gorbachev" for "the two leaders": the first US person and the first
        Russian person named in this paragraph or the two before (else in the article), in the
        order the article first names them; None when there is no such pair."""
        for paras in ([pno, pno - 1, pno - 2], [n for n, _ in self.paragraph_texts]):
            people = [a for n in paras for a in self.persons_in(n) if not SPOKESPERSON_ROLE.search(str(self.info[a]["role"] or ""))]
            us = next((a for a in people if self.info[a]["side"] == "US"), None)
            ru = next((a for a in people if self.info[a]["side"] == "Russia"), None)
            if us and ru:
                order = {a: k for k, a in enumerate(reversed([a for n in sorted(set(paras)) for a in self.persons_in(n)]))}
                first, second = sorted((us, ru), key=lambda a: -order.get(a, 0))
                name = f"{self._actor_speaker(first, '', pno).speaker} and {self._actor_speaker(second, '', pno).speaker}"
                return _Speaker(name, "named_person", "unknown", "", None, pno)
        return None

    def _nominal(self, mention: str, pno: int, head: str | None = None) -> _Speaker | None:
        """The latest speaker (six paragraphs back at most) whose words contain the mention's head."""
        head = _head(mention) if head is None else head
        if not head:
            return None
        # (the word itself or its plural: "the minister" is not in "the Foreign Ministry", nor
        # "the diplomat" in "diplomatic")
        head_re = re.compile(r"\b" + re.escape(head.rstrip("s")) + r"(?:s|es)?\b")
        history, hays = self.history, self._hays
        loose = None  # a minister for "the diplomat": only if no one holds the word itself
        for k in range(len(history) - 1, -1, -1):
            sp = history[k]
            if pno - sp.paragraph_no > 6:
                break
            hay = hays[k]
            if head_re.search(hay):
                return sp
            if loose is None and head in ("minister", "diplomat", "secretary", "envoy") and sp.speaker_type == "named_person" and _MINISTERIAL.search(hay):
                loose = sp  # ("the secretary" after Lavrov spoke is still Secretary Clinton, who spoke before him)
        return loose

    def _official_of(self, mention: str, pno: int) -> _Speaker | None:
        """"According to the Kremlin official, …" after "Peskov said": the named person of that
        body who spoke last (two paragraphs back at most), else None."""
        body = _BODY_OFFICIAL.match(mention)
        if body is None:
            return None
        word = " ".join(body.group(1).lower().split())
        for k in range(len(self.history) - 1, -1, -1):
            sp = self.history[k]
            if pno - sp.paragraph_no > 2:
                break
            if sp.speaker_type == "named_person" and word in self._hays[k]:
                return sp
        return None

    def _described(self, m: re.Match, mention: str, pno: int, st: Statement | None = None) -> tuple[_Speaker, float]:
        """The person a definite role description refers to, on the description's side: the
        latest speaker of this paragraph or the two before whose words or title hold the role's
        head noun; else the one person named there whose role in the actor table holds it; else
        a ministerial speaker before ("the diplomat" after "Ambassador X said"); else the one
        holder of the role in the actor table. A possessor ("Putin's envoy"), a country or a
        body in the description is never the speaker: unresolved, it stays a description."""
        head = m.group("head").lower()
        side = self.side(mention)
        owner = self.res.resolve(m.group("owner"), fuzzy=False) if m.group("owner") else None
        era = _served(self.res.info[owner]) if owner and self.info[owner]["kind"] == "person" else None

        def ok(actor_id: str | None) -> bool:
            """Whether the person could hold the role for the possessor ("Yeltsin's spokesman"
            is not the Kremlin's spokesman of 2012 on): their terms must overlap."""
            return era is None or actor_id is None or _overlap(era, _served(self.res.info[actor_id]))

        if head in ("leader", "president", "head") and not m.group("owner"):
            # "the Russian leader", "the head of state": the head of state last named, who may
            # be a former one ("Mr Medvedev said … But the Russian leader warned")
            before = self._text_of.get(pno, "")[: max(0, st.cue_pos)] if st is not None else None
            if before and _ASKED_FRAME.match(before) and "," in before:
                # ("Asked whether he trusted … or Putin, the president said": Putin is what was asked about)
                before = before[before.rfind(",") + 1 :]
            leader = self._head_of_state_before(pno, side, before, title=head == "president")
            if leader is not None:
                return self._actor_speaker(leader, mention, pno), 0.8
        # "Lavrov said … ¶ A European diplomat briefed on the talks was blunter. “…,” the diplomat
        # said": the source this paragraph has just introduced, before anyone named earlier
        intro_here = self._introduced(mention, pno, st, head, here_only=True) if st is not None and not m.group("owner") and head in qc.ANON_HEADS else None
        spokes = head.startswith("spokes") or head == "secretary" and "press" in m.group("mods").lower().split()
        # ("the presidential press secretary" after "Kremlin spokesman Dmitry Peskov": one office)
        head_re = _SPOKES_RE if spokes else re.compile(r"\b" + re.escape(head))
        for k in range(len(self.history) - 1, -1, -1):
            sp = self.history[k]
            if pno - sp.paragraph_no > 2:
                break
            # (an unnamed source too: "A senior Western diplomat said … ¶ The diplomat added")
            if sp.speaker_type in ("named_person", "anonymous") and side in ("unknown", sp.side) and head_re.search(self._hays[k]) and ok(sp.actor_id) \
                    and (sp.actor_id is not None or not m.group("owner") or m.group("owner").lower() in self._hays[k]):  # (not "Yeltsin's spokesman" for "Putin's")
                if sp.speaker_type == "named_person" and sp.paragraph_no < pno and intro_here:
                    return intro_here, 0.7  # (see intro_here)
                return sp, 0.8
        if intro_here:
            return intro_here, 0.7
        titled = [w.lower() for w in m.group("mods").split() if w.isalpha() and w.lower() not in ("the", "us", "american", "russian", "soviet", "new", "former")]
        if titled and not self.article.published:
            # undated: "the general secretary said" after "Mr Gorbachev told …": a speaker just
            # named who held that office at some time (the table's earlier terms)
            words = [*titled, head]
            for k in range(len(self.history) - 1, -1, -1):
                sp = self.history[k]
                if pno - sp.paragraph_no > 2:
                    break
                if sp.actor_id and sp.speaker_type == "named_person" and side in ("unknown", sp.side) and ok(sp.actor_id) \
                        and any(all(w in r.lower() for w in words) for r, _, _ in self.res.terms[sp.actor_id]):
                    return sp, 0.75
        for n in (pno, pno - 1, pno - 2):
            holders = {a for a in self.persons_in(n) if side in ("unknown", self.info[a]["side"]) and head_re.search(self._role_then(a).lower()) and ok(a)}
            if len(holders) == 1:
                return self._actor_speaker(holders.pop(), mention, pno), 0.75
            if holders:
                break  # two people fit: the actor table may still know the one holder
        sp = self._nominal(mention, pno, head)  # "the diplomat" after "Ambassador Anatoly Antonov said"
        if sp is not None and sp.speaker_type == "named_person" and side in ("unknown", sp.side) and ok(sp.actor_id):
            return sp, 0.75
        mods = [w for w in m.group("mods").split() if w.lower() not in ("the", "us", "u.s.", "american", "russian", "russia's", "russia’s", "america's")]
        post = m.group("post")
        if post:  # "ambassador to the United Nations": the post must be in the role too
            post = " ".join(post.lower().split()).removeprefix("the ")
            mods.append(_POST_NAMES.get(post, post))
        holder = self._role_holder(mention)  # "Ukraine's president", "the Russian foreign minister"
        if holder and ok(holder):
            return self._actor_speaker(holder, mention, pno), 0.8
        code = {"US": "US", "Russia": "RU"}.get(side)
        when = self.article.published.isoformat() if self.article.published else None
        if code or when is None and titled:
            holder = role_holder(self.res, code, " ".join([*mods, head]), when, ranked=bool(LESSER_RANK.search(mention))) if code else None
            if holder and ok(holder):
                return self._actor_speaker(holder, mention, pno), 0.75
            if when is None:
                # undated, several held the office ("the Soviet general secretary"): the one the
                # article has named who ever held it
                words = [w.lower() for w in [*mods, head] if w.lower() not in ("soviet",)]
                # ("the General Secretary" with no side named: any side's, when only one fits)
                named = {a for n, _ in self.paragraph_texts if n <= pno for a in self.persons_in(n)
                         if side in ("unknown", self.info[a]["side"]) and any(all(w in r.lower() for w in words) for r, _, _ in self.res.terms[a])}
                if len(named) == 1:
                    return self._actor_speaker(named.pop(), mention, pno), 0.7
        if st is not None and not m.group("owner"):
            # "A senior European diplomat … “…,” the diplomat said": the source introduced
            # before; "Viktor Kalinin, a retired Russian diplomat … The veteran diplomat said": him
            intro = self._introduced(mention, pno, st, head)
            if intro:
                return intro, 0.7
        if head == "president" and side == "unknown" and not m.group("owner") and mention[:1].lower() == "t":
            # "The president said moments ago …" in a story of a US and a Russian president: the
            # American one, as English-language news writes its own president plainly
            us = {a for n, _ in self.paragraph_texts if n <= pno for a in self.persons_in(n)
                  if self.info[a]["side"] == "US" and is_head_of_state(self.res.info[a]) and held_title(self.res.info[a], "President", self.article.published.isoformat() if self.article.published else None)}
            if len(us) == 1:
                return self._actor_speaker(us.pop(), mention, pno), 0.6
        # a person in a role we cannot name: not the possessor, the country or the body named
        name = _LEADING_ARTICLE.sub(lambda x: x.group().lower(), mention)
        return _Speaker(name, "anonymous", side, mention, None, pno), 0.7

    def _head_of_state_before(self, pno: int, side: str, before: str | None = None, title: bool = False) -> str | None:
        """The one head of state on ``side`` named in this paragraph (``before``: its words
        before the cue, when known: not one named in what he said) or the two before (the
        latest speaker first), or None. ``title``: one who was a president on the article's
        date ("the President" of 1985 is not the General Secretary)."""
        when = self.article.published.isoformat() if title and self.article.published else None
        # (undated: "the president" is one the article calls President, when it calls anyone so)
        titled = {a for a in self._titled_presidents() if side in ("unknown", self.info[a]["side"])} if title and when is None else set()

        def fits(actor_id: str) -> bool:
            info = self.res.info[actor_id]
            return is_head_of_state(info) and held_title(info, "President", when) and (not titled or actor_id in titled)

        people = self.persons_in(pno) if before is None else [m.actor_id for m in self.res.find(before) if self.info[m.actor_id]["kind"] == "person"]
        here = {a for a in people if side in ("unknown", self.info[a]["side"]) and fits(a)}
        if len(here) == 1:  # "The sanctions, announced by Obama … The outgoing president called …"
            return here.pop()
        for k in range(len(self.history) - 1, -1, -1):
            sp = self.history[k]
            if pno - sp.paragraph_no > 2:
                break
            if sp.actor_id and side in ("unknown", sp.side) and fits(sp.actor_id):
                return sp.actor_id
        # ("the President" of a dated article: the one president the article named before, however
        # far back; so too any head of state in an undated one, where the table's holder of the
        # office would be today's: "The US leader" of an undated 2021 report is the Biden it named)
        far = when is not None or self.article.published is None
        for n in range(pno - 1, -1, -1) if far else (pno - 1, pno - 2):
            heads = {a for a in self.persons_in(n) if side in ("unknown", self.info[a]["side"]) and fits(a)}
            if len(heads) == 1:
                return heads.pop()
            if heads:
                # ("… the Helsinki meeting between Putin and Donald Trump in July 2018. Biden and
                # Putin had earlier held two calls. ¶ The US leader said": the one the story is
                # about, named in more of its paragraphs so far; a tie is either)
                counts = sorted(((sum(a in self.persons_in(k) for k, _ in self.paragraph_texts if k <= pno), a) for a in heads), reverse=True)
                return counts[0][1] if counts[0][0] > counts[1][0] else None
        return None

    def _titled_presidents(self) -> set[str]:
        """The people the article names with the title President ("President Reagan"), once."""
        if self._presidents is None:
            found = {self.res.resolve(m.group(1), fuzzy=False) for _, text in self.paragraph_texts for m in _PRESIDENT_NAMED.finditer(text)}
            self._presidents = {a for a in found if a and self.info[a]["kind"] == "person"}
        return self._presidents

    def _role_holder(self, mention: str) -> str | None:
        """'Ukraine's president', 'the Russian foreign minister' -> the person holding that role."""
        if mention.isascii() and not mention.lower().rstrip().endswith(_ROLE_LAST_WORDS):
            return None  # the pattern ends with one of these words
        m = _ROLE_MENTION.match(_TOP_DIPLOMAT.sub(r"\g<place> top diplomat", mention))  # "the top US diplomat"
        if not m:
            return None
        code = country_code(m.group("place"), self.res)
        if not code:
            return None
        when = self.article.published.isoformat() if self.article.published else None
        # "the foreign minister" is not his deputy: a lesser rank must be in the mention
        return role_holder(self.res, code, m.group("role"), when, ranked=bool(LESSER_RANK.search(mention)))

    def _introduced(self, mention: str, pno: int, st: Statement, head: str | None = None, here_only: bool = False) -> _Speaker | None:
        """An unnamed source introduced earlier ("A senior official briefed …" -> "the official"),
        or the unknown person such a phrase described ("Viktor Kalinin, a retired diplomat");
        ``here_only``: introduced in this paragraph before the cue only."""
        head = _head(mention) if head is None else head
        if head not in qc.ANON_HEADS:
            return None
        pattern = re.compile(r"\b(?:an?|one|two|three|several|some)\s+(?:[\w’'\-]+\s+){0,4}?" + re.escape(head) + r"s?\b", re.IGNORECASE)
        # this paragraph before the cue ("A senior European diplomat … “…,” the diplomat said"), then the three before it
        texts = [self._text_of.get(pno, "")[: max(0, st.cue_pos)]]
        if not here_only:
            texts += [t for n, t in reversed(self.paragraph_texts) if n < pno][:3]
        for text in texts:
            found = list(pattern.finditer(text))
            if found:
                last = found[-1]
                named = _NAME_THEN_COMMA.search(text, max(0, last.start() - 60), last.start())
                if named and not self.res.find(named.group(1)) and named.group(1).split()[0] not in _NOT_FIRST_NAMES:
                    return _Speaker(named.group(1), "named_person", self.side(last.group()), mention, None, pno)
                phrase = last.group() + (post.group() if (post := _SOURCE_POSTMODIFIER.match(text, last.end())) else "")
                phrase = phrase[:1].lower() + phrase[1:]
                return _Speaker(phrase, "anonymous", self.side(phrase), mention, None, pno)
        return None

    def body_before(self, text: str, end: int) -> str | None:
        """The last institution named in the sentence before ``end`` that names one (600 characters at most)."""
        window = _QUOTED_TEXT.sub(" ", text[max(0, end - 600) : end])
        for sentence in reversed(_SENTENCE_CUT.split(window)):
            found = [m.actor_id for m in self.res.find(sentence) if self.info[m.actor_id]["kind"] == "institution"]
            if found:
                return found[-1]
        return None

    def _outlet_before(self, pno: int, noun: str) -> _Speaker | None:
        """The latest speaker in this paragraph or the one before that is a news outlet of the
        kind ``noun`` names ("newspaper": the Journal, the Times; "agency": Interfax, TASS)."""
        for k in range(len(self.history) - 1, -1, -1):
            sp = self.history[k]
            if pno - sp.paragraph_no > 1:
                break
            name = sp.speaker
            media = sp.speaker_type == "media" or (sp.actor_id is not None and self.info[sp.actor_id]["kind"] == "media")
            if noun in ("agency", "news agency") and media and not _PAPER_NAME.search(name):
                return replace(sp, speaker_type="media", paragraph_no=pno)
            if noun not in ("agency", "news agency") and (_PAPER_NAME.search(name) or media and not _AGENCY_NAME.search(name)):
                return replace(sp, speaker_type="media", paragraph_no=pno)
        return None

    def setup_subject(self, text: str, end: int, pronoun: str, pno: int | None = None) -> str | None:
        """The person a sentence just before ``end`` opens with ("Gorbachev, speaking through an
        interpreter, was more guarded."; with ``pno``, by office too: "The Soviet leader
        smiled."), when it fits ``pronoun`` and the sentence quotes and attributes nothing
        itself; else None."""
        opening = _setup_opening(text, end)
        if opening is None:
            role = _setup_opening(text, end, _ROLE_OPENING) if pno is not None else None
            described = _ROLE_DESCRIPTION.match(role) if role else None
            if described is None:
                return None
            sp, _ = self._described(described, role, pno)
            return sp.actor_id if sp.actor_id and pronoun_fits(self.info[sp.actor_id]["name"], pronoun) else None
        found = [h.actor_id for h in self.res.find(opening) if self.info[h.actor_id]["kind"] == "person" and pronoun_fits(self.info[h.actor_id]["name"], pronoun)]
        return found[0] if len(found) == 1 else None

    def setup_name(self, text: str, end: int, pronoun: str, pno: int) -> str:
        """The full name of a person the actor table lacks who opens that sentence by a surname
        the article gave in full before ("Sen. John McCain …" then "McCain, a fierce critic of
        the Kremlin, responded with mockery."), else ""."""
        opening = _setup_opening(text, end)
        if opening is None or self.res.find(opening):
            return ""
        words = opening.split()
        if 2 <= len(words) <= 3 and words[0] not in _NOT_FIRST_NAMES and words[0].lower() not in qc.DETERMINERS and _PERSONAL_NAME.fullmatch(opening) and pronoun_fits(opening, pronoun):
            return opening  # "Leonid Zamyatin, Gorbachev's chief spokesman, was less upbeat. He said …": named in full there
        full, _ = self._introduced_name(words[-1], pno, text[: max(0, end - 400)])
        return full if full and pronoun_fits(full, pronoun) else ""

    def person_before(self, text: str, end: int, pronoun: str) -> str | None:
        """The first person fitting ``pronoun`` in the last sentence before ``end`` that names
        one (the subject of that sentence, usually), within 600 characters."""
        window = _QUOTED_TEXT.sub(" ", text[max(0, end - 600) : end])
        for sentence in reversed(_SENTENCE_CUT.split(window)):
            sentence = _past_the_question(sentence)  # "Asked whether he would meet Trump, Putin …": the one asked
            if _THE_PRESIDENT_OPENS.match(sentence) and (president := self.plain_president()) is not None and pronoun_fits(self.info[president]["name"], pronoun):
                # "The president was asked whether he believed … Putin, and he sided with Putin. He
                # said …": the sentence's subject, the president the story names without a country
                return president
            found = [m.actor_id for m in self.res.find(sentence) if self.info[m.actor_id]["kind"] == "person" and pronoun_fits(self.info[m.actor_id]["name"], pronoun)
                     and (sentence[m.end : m.end + 2] not in ("'s", "’s") or not sentence[: m.start].strip())]  # (not a possessor: "will see Bout's return"; "Reagan's aversion …" opening it is the topic)
            if found:
                return found[0]
        return None

    def plain_president(self) -> str | None:
        """The person the article first calls "President X" with no country before it ("President
        Donald Trump", not "Russian President Vladimir Putin"): who "the president" is."""
        if self._president is _UNSET:
            self._president = None
            for _, text in self.paragraph_texts:
                for m in _PLAIN_PRESIDENT.finditer(text):
                    if m.group(1) and m.group(1)[:1].isupper():
                        continue  # "Russian President Vladimir Putin", "Vice President …"
                    actor = self.res.resolve(m.group(2), fuzzy=False)
                    if actor is not None and self.info[actor]["kind"] == "person":
                        self._president = actor
                        return actor
        return self._president

    def _given_name_in_full(self, given: str, pno: int, before: str, said_of: str) -> str:
        """The full name of someone the text calls by a given name alone: as it named them in
        full before ("David Whelan said …" then "his brother David said"), else with the family
        name of the relative they are introduced by ("Whelan's brother, David"); else ""."""
        if given in _NOT_FIRST_NAMES or not given[:1].isupper():
            return ""
        kin = _RELATIVE_OF.search(said_of)
        if kin is not None:
            return f"{given} {kin.group(1)}"
        in_full = re.compile(r"\b" + re.escape(given) + r"\s+(?:[A-Z]\.\s+)?([A-Z][a-z][\w'’-]*)\b(?!['’])")
        for text in [t for n, t in self.paragraph_texts if n < pno] + [before]:
            for m in in_full.finditer(text):
                family = m.group(1)
                # (not someone of the actor table: "Dmitri A. Medvedev" is not called "Dmitri")
                if (family not in _NOT_FIRST_NAMES and family.lower() not in qc.DETERMINERS and self.res.resolve(m.group(), fuzzy=False) is None
                        and all(self.info[h.actor_id]["kind"] == "person" for h in self.res.find(family))):
                    return f"{given} {family}"
        return ""

    def _introduced_name(self, surname: str, pno: int, before: str) -> tuple[str, str]:
        """(full name, the words before it) where ``surname`` was first given in full in an
        earlier paragraph or in this one before the cue ("Under Secretary Bonnie Jenkins")."""
        pattern = _full_name_pattern(surname)
        texts = [t for n, t in self.paragraph_texts if n < pno]
        if before:
            texts.append(before)
        for text in texts:
            for m in pattern.finditer(text):
                first = m.group("first")
                if first in _NOT_FIRST_NAMES or first.lower() in qc.DETERMINERS or self.res.find(first):
                    continue  # "President Jenkins", "The Jenkins", "Russia Jenkins"
                # the title is what stands before the name since the last person named
                title = text[max(0, m.start() - 80) : m.start()]
                cut = max(title.rfind(". "), max((x.end for x in self.res.find(title) if self.info[x.actor_id]["kind"] == "person"), default=-1))
                return f"{first} {surname}", title[cut + 1 :] if cut >= 0 else title
        # the family name first ("spokesperson Hua Chunying … Hua said"), after a title
        family_first = re.compile(r"\b(?:spokes(?:man|woman|person)|minister|ambassador|president|premier|envoy|official|diplomat|researcher|analyst|professor|director|chairman|leader)\s+"
                                  + re.escape(surname) + r"\s+((?-i:[A-Z][a-z]+))\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
        for text in texts:
            m = family_first.search(text)
            if m and m.group(1) not in _NOT_FIRST_NAMES and m.group(1)[:1].isupper() and not self.res.find(m.group(1)):
                return f"{surname} {m.group(1)}", text[max(0, m.start() - 80) : m.start(1) - len(surname) - 1]
        return "", ""

    def clean(self, mention: str) -> str:
        """``_clean_mention`` memoised for this article (speaker and via mentions recur)."""
        got = self._clean.get(mention)
        if got is None:
            got = self._clean[mention] = _clean_mention(mention)
        return got

    def norm(self, text: str) -> str:
        """``normalise`` memoised for this article (cue words and appositives recur)."""
        got = self._norm.get(text)
        if got is None:
            got = self._norm[text] = normalise(text)
        return got

    def side(self, text: str) -> str:
        """``_side_from_words`` memoised for this article."""
        got = self._side.get(text)
        if got is None:
            got = self._side[text] = _side_from_words(text, self.res, self.info)
        return got

    def anonymous(self, text: str) -> bool:
        """An anonymity phrase in ``text`` (memoised for this article)."""
        got = self._anon.get(text)
        if got is None:
            got = self._anon[text] = qc.has_anonymity_phrase(text)
        return got

    def facts(self, raw: str) -> _MentionFacts:
        """What a speaker mention says on its own (memoised for this article)."""
        got = self._facts.get(raw)
        if got is None:
            got = self._facts[raw] = _MentionFacts(self.clean(raw), self)
        return got

    def resolve(self, st: Statement) -> tuple[_Speaker, float]:
        """(speaker, confidence factor) for one raw statement."""
        pno = st.paragraph_no
        if st.cue.lower() == "told" and st.mention.lower().replace("’", "'") in _TOLD_FIRST_PERSON:
            by = _TOLD_BY.match(self._text_of.get(pno, ""), st.cue_pos + len(st.cue))
            if by is not None:  # "I'm told by a senior administration official that …": the official
                st = replace(st, mention=by.group("who"))
        same = _SAME_SOURCE.fullmatch(st.mention) if " " in st.mention else None
        if same is not None and same.group("head").lower() in qc.ANON_HEADS:
            st = replace(st, mention="the " + same.group("rest"))  # "This same official said": the official told of before
        if st.mention.endswith(("Republican", "Democrat")) and (epithet := _PARTY_EPITHET.fullmatch(st.mention)) is not None:
            # "Lindsey Graham … ¶ The South Carolina Republican told reporters …": the lawmaker
            # named just before, whom US copy calls by state and party the second time
            who = self._named_before(pno, st.cue_pos, st.mention)
            if who is not None:
                st = replace(st, mention=who, appositive=st.appositive or epithet.group())
        named = _NAME_OF_PLACE.fullmatch(st.mention) if " of " in st.mention else None
        if named is not None and len(_person_name_tail(named.group("who")).split()) >= 2 and self.info.get(self.res.resolve(named.group("place"), fuzzy=False) or "", {}).get("kind", "") != "person":
            # "Chancellor Olaf Scholz of Germany": the person, not the country after "of"
            st = replace(st, mention=named.group("who"), appositive=st.appositive or named.group("place"))
        if st.appositive and st.mention.lower().startswith(("his ", "her ", "their ", "another ", "one of ")) and len(st.appositive) < 80 and not self.res.find(st.mention):
            name = _person_name_tail(st.appositive)
            if len(name.split()) >= 2:
                # "Her boyfriend, former professional boxer Chris van Heerden, told KTLA", "Another of
                # those targeted, Kremlin aide Vladislav Surkov, told …": the name set off after it
                st = replace(st, mention=name, appositive=st.mention)
        if st.appositive and _TITLE_WORD.search(st.mention) and len(st.appositive) < 60 and not any(self.info[m.actor_id]["kind"] == "person" for m in self.res.find(st.mention)):
            named = self.res.resolve(self.norm(st.appositive), fuzzy=False)
            if named is not None and self.info[named]["kind"] == "person":
                # "Eduard Shevardnadze, Minister of Foreign Affairs of the USSR, told …": the name speaks
                st = replace(st, mention=st.appositive, appositive=st.mention)
        mf = self.facts(st.mention)
        mention, low = mf.mention, mf.low
        appos = self.norm(st.appositive)
        if appos and _OWNER_THEN_BODY.fullmatch(mention):
            body = self.res.resolve(appos, fuzzy=False)
            if body and self.info[body]["kind"] in ("media", "institution"):
                return self._actor_speaker(body, mention, pno), 0.85  # "Gershkovich's employer, the Wall Street Journal, said": the paper
        if not mention:
            return _Speaker("unattributed", "unattributed", "unknown", "", None, pno), 0.5
        # journalist sign-offs and reporters
        media_owner = mf.media_owner
        # ("President Joe Biden, speaking from the White House, said": a setting, no reporter)
        sign_off = st.intro or bool(appos and qc.REPORTING_INTRO_RE.match(appos) and not appos.lstrip().lower().startswith("speaking")) or (st.mode == "inverted" and st.cue.lower() in ("reported", "reports", "wrote", "writes"))
        journalist_word = mf.journalist_word or bool(appos and _JOURNALIST_APPOS.match(appos.lower()))
        if _THE_DOCUMENT.fullmatch(low):
            # "“…,” the statement read": whoever issued it, when the text says who did
            issuer = self._document_issuer(pno, mention, st.cue_pos)
            if issuer is not None:
                return issuer, 0.8
            if not low.startswith(("the", "that", "this")):
                # "The White House gave a sharper account. Its statement said …": the body named before
                body = self.body_before(self._text_of.get(pno, ""), max(0, st.cue_pos))
                if body is not None:
                    return self._actor_speaker(body, mention, pno), 0.75
        if mf.pronoun and low == "it" and st.cue.lower() in ("read", "reads"):
            issuer = self._document_issuer(pno, mention)
            if issuer is None:  # no one issued a document here: "it" is no one we know
                return _Speaker("unattributed", "unattributed", "unknown", "", None, pno), 0.5
            return issuer, 0.8
        if mf.pronoun and low == "it" and st.cue.lower() in ("said", "says") and st.cue_pos > 0 and self._document_last(pno, st.cue_pos):
            # "a family friend read a short statement on behalf of his parents, Joey and Paula
            # Reed. “…,” it said": the document just told of speaks for its issuer (else "it"
            # is a body the text named, as below)
            issuer = self._document_issuer(pno, mention, st.cue_pos)
            if issuer is not None:
                return issuer, 0.75
        if mf.pronoun and low == "it" and _IMPERSONAL_PASSIVE.search(self._text_of.get(pno, ""), max(0, st.cue_pos - 20), max(0, st.cue_pos)):
            # TASS's "It was pointed out at the press conference that …", "It was noted in the
            # document that …": the document's issuer, else whoever spoke just before
            text = self._text_of.get(pno, "")
            issuer = self._document_issuer(pno, mention) if _IN_THE_DOCUMENT.match(text, st.cue_pos + len(st.cue)) else None
            sp = issuer or self._recent(pno, "any")
            if sp is not None:
                return sp, 0.7
        if low == "i" and _ANSWER_TURN.match(self._text_of.get(pno, "")):
            guest = self.interviewee()
            if guest is not None:
                return guest, 0.8  # "A: … I remember saying to a colleague, “…”": the one interviewed
        if mf.pronoun:
            sp, f = self._pronoun(low, pno, "", para_before=self._text_of.get(pno, "")[: max(0, st.cue_pos)])
            if sp is None and st.cue.startswith("In ") and st.cue.endswith("words,"):
                return _Speaker("unattributed", "unattributed", "unknown", "", None, pno), 0.4  # "In his words" with no one before it
            if sp is None:
                return _Speaker(mention, "anonymous", "unknown", mention, None, pno), 0.4
            return sp, f
        outlet = _THE_OUTLET.fullmatch(low)
        if outlet is not None:
            # "the newspaper said in a statement": the paper that spoke or was named just before
            paper = self._outlet_before(pno, outlet.group(1))
            if paper is not None:
                return paper, 0.75
        exact, persons = mf.exact, mf.persons
        if sign_off or mf.owner_media or journalist_word:
            if persons:
                return self._actor_speaker(persons[-1].actor_id, mention, pno, journalist=True), 0.95
            owned = media_owner.group(2) if media_owner else mention
            place = _TRAILING_PLACE.search(owned)
            if place and place.start() > 0 and len(_person_name_tail(owned[: place.start()]).split()) >= 2:
                owned = owned[: place.start()]  # "The BBC's Imogen Foulkes in Geneva": not Geneva
            name = _person_name_tail(owned) or mention
            if name != mention and LOCATIVE_BEFORE.search(mention, 0, max(0, mention.rfind(name))):
                name = mention  # "reporters in Moscow": a place, not a reporter's name
            if name[:1].isupper() or journalist_word:
                return _Speaker(name, "journalist", "journalist", mention, None, pno), 0.85
        if low in ("another", "a second", "a third", "a fourth"):
            # "“…,” says a senior diplomat in Berlin. Another, in Warsaw, argues …": one more of them
            last = next((h for h in reversed(self.history) if h.speaker_type == "anonymous" and pno - h.paragraph_no <= 2), None)
            if last is not None and _head(last.speaker) in qc.ANON_HEADS:
                return _Speaker(f"{low} {_head(last.speaker)}", "anonymous", last.side, mention, None, pno), 0.75
        if low == "both" and self.history and self.history[-1].speaker_type == "anonymous" and self.history[-1].paragraph_no == pno and _PLURAL_SOURCE.search(self.history[-1].speaker):
            # "…, according to two people familiar with the discussions. Both said …": those two
            return self.history[-1], 0.75
        if _JOINT_SPEAKERS.fullmatch(low):
            # "both men said", "the two leaders said in a joint statement": the two, together
            joint = self._joint_pair(pno)
            if joint is not None:
                return joint, 0.75
        if low.startswith("the ") and low.split()[-1] in ("democrat", "republican") and not persons:
            # "the West Virginia Democrat told reporters": the lawmaker just named — in the
            # paragraph before the cue ("Senate Minority Leader Bob Dole, who attended the
            # signing, was more cautious. “…,” the Kansas Republican said"), else the last speaker
            lawmaker = _LAWMAKER_NAMED.findall(self._text_of.get(pno, "")[: max(0, st.cue_pos)])
            if lawmaker:
                name = lawmaker[-1]
                actor = self.res.resolve(name, fuzzy=False)
                return (self._actor_speaker(actor, mention, pno) if actor else _Speaker(name, "named_person", "US", mention, None, pno)), 0.75
            sp = next((h for h in reversed(self.history) if h.speaker_type == "named_person" and pno - h.paragraph_no <= 1), None)
            if sp is not None:
                return sp, 0.75
        # nominal anaphora: "the official", "the ministry", "the spokesman"
        if mf.nominal_shape and not exact and not persons:
            described = _ROLE_DESCRIPTION.match(mention)
            if described is not None:  # "the envoy": a person in a role (see _described)
                return self._described(described, mention, pno, st)
            sp = self._nominal(mention, pno, mf.head)
            if sp is not None and sp.speaker_type != "anonymous" and st is not None and mf.head in qc.ANON_HEADS:
                # "One senior American official … put it more bluntly. “…,” the official said": the
                # source this paragraph introduced, not a named speaker whose words hold the word
                # ("Tass, the official Soviet press agency")
                sp = self._introduced(mention, pno, st, mf.head, here_only=True) or sp
            if sp is not None:
                return sp, 0.85
            holder = self._role_named_before(mf.head, pno)
            if holder is not None:
                return self._actor_speaker(holder, mention, pno), 0.7
            intro = self._introduced(mention, pno, st, mf.head)
            if intro:
                return intro, 0.7
        # "the deputy prime minister", "the Kremlin spokesman", "Putin's investment envoy": one
        # person in a role, named earlier in the article or in the actor table
        described = _ROLE_DESCRIPTION.match(mention) if not exact and not persons and not mf.anon_phrase else None
        if described is not None:
            return self._described(described, mention, pno, st)
        # anonymity before resolution ("A senior US official" must not become the United States)
        head = mf.head
        if head == "official" and not appos and (official := self._official_of(mention, pno)) is not None:
            return replace(official, mention=mention, paragraph_no=pno), 0.75
        anon_phrase = mf.anon_phrase if not appos else self.anonymous(low + " " + appos.lower())
        if not persons and not exact and head == "diplomat" and not anon_phrase:
            holder = mf.role_holder(self)  # "Russia's top diplomat" is one known person
            if holder:
                return self._actor_speaker(holder, mention, pno), 0.8
        if not persons and not exact and (head in qc.ANON_HEADS or anon_phrase) and (head not in qc.INSTITUTION_HEADS or anon_phrase):
            name = _LEADING_ARTICLE.sub(lambda m: m.group().lower(), mention)
            return _Speaker(name, "anonymous", self.side(mention + " " + appos), mention, None, pno, appos), 0.85
        lead = _ANON_LEAD.match(mention) if persons else None
        if lead is not None and lead.group("head").lower() in qc.ANON_HEADS:
            # "A senior administration official travelling with Mr Bush": the official, unnamed
            name = _LEADING_ARTICLE.sub(lambda m: m.group().lower(), mention[: lead.end("head")])
            return _Speaker(name, "anonymous", self.side(mention + " " + appos), mention, None, pno, appos), 0.8
        proxy = _PROXY_FOR.match(mention) or _PROXY_POSSESSIVE.match(mention)
        principal = [m for m in self.res.find(mention) if self.info[m.actor_id]["kind"] == "person"] if proxy else []
        if principal:
            # "a spokesman for Lavrov", "Blinken's office": someone speaking for the person
            body = proxy.group("head").lower().split()[-1] in ("office", "team", "camp")
            name = _LEADING_ARTICLE.sub(lambda m: m.group().lower(), mention)
            return _Speaker(name, "institution" if body else "anonymous", self.info[principal[-1].actor_id]["side"] or "unknown", mention, None, pno, appos), 0.8
        if persons:
            return self._actor_speaker(persons[-1].actor_id, mention, pno), 0.95
        holder = mf.role_holder(self)
        if holder:
            return self._actor_speaker(holder, mention, pno), 0.8
        tail = mf.tail
        if not exact and mf.unknown_name():
            # "NATO Secretary General Jens Stoltenberg": a named person the actor table lacks
            return _Speaker(tail, "named_person", self.side(mention + " " + appos), mention, None, pno, appos), 0.8
        if not exact and st.cue.lower() in ("reported", "reports") and len(mention.split()) == 1 and mention[:1].isupper():
            full = self._given_name_in_full(mention, pno, self._text_of.get(pno, "")[: st.cue_pos], mention)
            if full:  # "Jim reported …" after "Our Jim Acosta in Helsinki": the reporter, by his given name
                return _Speaker(full, "journalist", "journalist", mention, None, pno), 0.75
            return _Speaker(mention, "media", "media", mention, None, pno), 0.6  # "Kommersant reported"
        actor = exact or mf.actor()
        if actor and not exact and head in _ROLE_HEADS and self.info[actor]["kind"] != "person":
            # "the US vice president", "Russia's ambassador": a person in a role we cannot
            # name, not the country or body the nationality word names
            name = _LEADING_ARTICLE.sub(lambda m: m.group().lower(), mention)
            return _Speaker(name, "anonymous", self.side(mention + " " + appos), mention, None, pno, appos), 0.75
        if actor:
            sp = self._actor_speaker(actor, mention, pno)
            if actor == self.outlet_id:
                sp.speaker_type, sp.side = "media", "media"
            return sp, 0.9
        if head in qc.MEDIA_HEADS and not (head in ("agency", "agencies") and not _NEWS_WORD.search(low)):
            named = _NAMED_OUTLET.fullmatch(mention)  # "the Izvestia newspaper": Izvestia
            return _Speaker(named.group(1).strip() if named else mention, "media", "media", mention, None, pno), 0.8
        if head in qc.INSTITUTION_HEADS or head in ("agency", "agencies"):  # ("Turkey's national intelligence agency": no newsroom)
            return _Speaker(mention, "institution", self.side(mention), mention, None, pno), 0.8
        if tail and mention.split()[-1][:1].isupper():
            side = self.side(mention + " " + appos)
            if len(tail.split()) == 1:
                # (earlier in the paragraph too: "spokesperson Hua Chunying said … Hua said")
                full, title = self._introduced_name(tail, pno, self._text_of.get(pno, "")[: st.cue_pos] or (st.context[: max(0, st.context.find(mention))] if mention in st.context else ""))
                if full:  # "Jenkins" after "US Under Secretary Bonnie Jenkins"
                    tail = full
                    side = side if side != "unknown" else self.side(title)
                    owner = _OUTLET_OWNS.search(title)
                    outlet = self.res.resolve(owner.group(1), fuzzy=False) if owner is not None else None
                    if outlet is not None and self.info[outlet]["kind"] == "media":
                        # "Blinken told CNN’s Jake Tapper …" then "Tapper asked": the outlet's journalist
                        return _Speaker(tail, "journalist", "journalist", mention, None, pno), 0.8
                else:  # "his brother David" after "David Whelan"; "Whelan's brother, David"
                    tail = self._given_name_in_full(tail, pno, self._text_of.get(pno, "")[: st.cue_pos], f"{mention} {appos}") or tail
            return _Speaker(tail, "named_person", side, mention, None, pno, appos), 0.75
        ctx_low = normalise(st.context).lower()  # only needed here: normalised late (speed)
        if ctx_low and qc.ANONYMITY_RE.search(ctx_low):
            return _Speaker(mention, "anonymous", self.side(mention), mention, None, pno), 0.7
        return _Speaker(mention, "anonymous", self.side(mention), mention, None, pno), 0.6


_TAIL_NOT_A_NAME = qc.INSTITUTION_HEADS | qc.MEDIA_HEADS
#: A title written in capitals ("Minister of Foreign Affairs of the USSR").
_TITLE_WORD = re.compile(r"\b(?:Minister|Secretary|President|Ambassador|Chairman|Director|Spokes(?:man|woman|person)|Envoy|Adviser|Advisor|Premier|Chancellor)\b")
#: A reporter told something by a source: "I'm told by a senior official that …".
_TOLD_FIRST_PERSON = frozenset({"i'm", "i am", "i was", "i've been", "i have been", "we're", "we are", "we were", "we've been", "we have been", "i", "we"})
_TOLD_BY = re.compile(r"\s+by\s+(?P<who>(?:an?|the|two|three|several|one)\s+[^,;:.!?\"“”]{3,80}?|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+that\b")
#: An outlet owning the name after it: "told CNN’s ", "the Associated Press’s ".
_OUTLET_OWNS = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s*$")
#: A relative introduced by a family name: "Whelan's brother", "Griner's wife".
_RELATIVE_OF = re.compile(r"\b([A-Z][a-z][\w-]*)['’]s?\s+(?:(?:younger|older|elder|twin|late)\s+)?(?:" + "|".join(_KIN_PRONOUN) + r"|cousin|uncle|aunt|niece|nephew|widow|fianc[eé]e?)\b")
_NEWS_WORD = re.compile(r"\b(?:news|press|wire|information|media)\b")
#: A US lawmaker named by title ("Senate Minority Leader Bob Dole", "Sen. John McCain", "Rep. Adam Schiff").
_LAWMAKER_NAMED = re.compile(r"\b(?:Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Leader|Speaker|Chairman|Chairwoman)\s+((?:[A-Z][a-z]+\s+)(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)")
_POSSESSOR_AFTER = re.compile(r"['’]s?\s+[^\W\d_]")


class _MentionFacts:
    """Facts about one cleaned speaker mention that do not depend on the statement or on earlier
    speakers (the actor table, its shape), worked out once per article; the costlier look-ups
    only when :meth:`_Resolver.resolve` reaches them."""

    __slots__ = ("mention", "low", "pronoun", "media_owner", "journalist_word", "res", "info", "_owner_media", "_exact", "_persons", "_head", "_tail", "_anon", "_holder", "_unknown_name", "_actor", "_nominal")

    def __init__(self, mention: str, rs: _Resolver):
        self.mention = mention
        self.res, self.info = rs.res, rs.info  # (not rs itself: no reference cycle to collect)
        low = self.low = mention.lower()
        split = low.split()
        self.pronoun = bool(split) and (low in qc.PRONOUNS or split[0] in qc.PRONOUNS and len(split) == 1)
        self.media_owner = _MEDIA_OWNER.match(mention) if mention else None
        self.journalist_word = any(w in qc.JOURNALIST_HEADS for w in _LOWER_WORD.findall(low))
        self._owner_media = self._exact = self._persons = self._head = self._tail = self._anon = self._holder = self._unknown_name = self._actor = self._nominal = _UNSET

    @property
    def owner_media(self) -> bool:
        """"Al Jazeera's Pavni Mittal": the owner is a media actor."""
        if self._owner_media is _UNSET:
            m, res = self.media_owner, self.res
            owner = res.resolve(m.group(1), fuzzy=False) if m else None
            self._owner_media = bool(m and owner and self.info[owner]["kind"] == "media")
        return self._owner_media

    @property
    def exact(self) -> str | None:
        """The actor whose key is exactly this mention (without "the", dots and apostrophes)."""
        if self._exact is _UNSET:
            self._exact = self.res._by_key.get(_HYPHEN_SPACE.sub(" ", _APOS_DOT.sub("", _LEADING_THE.sub("", self.low))).strip())
        return self._exact

    @property
    def persons(self) -> list:
        """Person actors named in the mention, in order."""
        if self._persons is _UNSET:
            info = self.info
            text = self.mention
            # "Putin's spokesman": the possessor is not the speaker
            self._persons = [m for m in self.res.find(text) if info[m.actor_id]["kind"] == "person" and not _POSSESSOR_AFTER.match(text, m.end)]
        return self._persons

    @property
    def nominal_shape(self) -> bool:
        """"the official", "the ministry", "that official": "the" (or "that", "this") and at most
        two words, none capitalised; or one singular noun in lower case ("That official
        insisted", whose "That" the subject's edge left out)."""
        if self._nominal is _UNSET:
            words = self.low.split()
            self._nominal = (words[0] in ("the", "that", "this") and len(words) <= 3 and not any(t[:1].isupper() for t in self.mention.split()[1:])
                             or len(words) == 1 and self.mention in _BARE_SOURCE_NOUNS)
        return self._nominal

    @property
    def head(self) -> str:
        if self._head is _UNSET:
            self._head = _head(self.mention)
        return self._head

    @property
    def tail(self) -> str:
        if self._tail is _UNSET:
            self._tail = _person_name_tail(self.mention)
        return self._tail

    @property
    def anon_phrase(self) -> bool:
        """An anonymity phrase in the mention (with an empty appositive)."""
        if self._anon is _UNSET:
            self._anon = qc.has_anonymity_phrase(self.low + " ")
        return self._anon

    def role_holder(self, rs: _Resolver) -> str | None:
        if self._holder is _UNSET:
            self._holder = rs._role_holder(self.mention)
        return self._holder

    def unknown_name(self) -> bool:
        """The mention ends in a name of two or more words that the actor table lacks."""
        if self._unknown_name is _UNSET:
            tail = self.tail
            words_ = tail.split()
            self._unknown_name = len(words_) >= 2 and not any(w.lower() in _TAIL_NOT_A_NAME for w in words_) and self.res.resolve(tail, fuzzy=False) is None
        return self._unknown_name

    def actor(self) -> str | None:
        """The actor the mention resolves to (alias, longest alias inside, fuzzy)."""
        if self._actor is _UNSET:
            self._actor = self.res.resolve(self.mention)
        return self._actor


_UNSET: object = object()
#: A name that opens the cue's own sentence, then ", and he": its subject.
_NAME_THEN_AND_HE = re.compile(r"\b([A-Z][a-z]+\s+[A-Z][a-z’'-]+)\s+(?:was|is|has|had|did|sat|spoke|stood|joined)\b[^.;:“”\"]{0,100},\s+and\s+(?:he|she)\s*$")
#: A sentence whose subject is "the president" ("The president was asked …", "And the president …").
_THE_PRESIDENT_OPENS = re.compile(r"\W*(?:[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Z.'’ -]+)?:\s+)?(?:[A-Z][a-z]+,\s+)?(?:(?:And|But|So|Then|Well)\s+)?[Tt]he\s+president\b(?!['’])")  # ("Wolf, the president was asked …")
#: "President Donald Trump", not "Russian President Vladimir Putin" nor "Vice President …".
_PLAIN_PRESIDENT = re.compile(r"(?:\b([\w’'-]+)\s+)?(?<![\w-])President\s+((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]+)")
#: An unnamed source whose description names someone else after it ("a senior official
#: travelling with Mr Bush", "an aide who accompanied Putin").
_ANON_LEAD = re.compile(
    r"(?i:an?|one|two|three|several|some)\s+(?:[\w.’'-]+\s+){0,4}?(?P<head>[a-z]+)\s+"
    r"(?:travell?ing|flying|accompanying|who\s+(?:accompanied|travell?ed|flew|was|is|attended|sat\s+in)|aboard|in\s+the\s+room)\b"
)


#: What follows an unnamed source's noun and belongs to its description: "a European diplomat
#: briefed on the talks", "an official familiar with the matter", "a diplomat who attended".
_SOURCE_POSTMODIFIER = re.compile(r"\s+(?:briefed\s+(?:on|about)|familiar\s+with|close\s+to|involved\s+in|present\s+(?:at|in|for)|knowledgeable\s+about|who|with\s+(?:direct\s+)?knowledge\s+of)\b[^,.;:!?“”\"()]{0,60}?(?=\s+(?:was|were|is|are|said|says|had|has|told|added)\b|[,.;:]|$)")


#: A full name opening a sentence and set off by a comma (an appositive follows): "Avril Haines, …".
_NAME_OPENS_CLAUSE = re.compile(r"(?:^(?:\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[-–—:]?\s*)?|[.!?]\s+)((?-i:[A-Z][a-z’'-]+)(?:\s+(?-i:[A-Z])\.)?\s+(?-i:[A-Z][a-z’'-]+)),\s+(?=(?:the|a|an|[A-Z][\w’'-]*['’]s)\s)")


#: A body named by its noun right before the verb that issued a document: "the penitentiary service".
_BODY_BEFORE_VERB = re.compile(r"(?:^|\band\s+|,\s+)((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?(?:ministry|service|agency|office|department|committee|court|embassy|mission|council|government|administration|bureau|directorate|prosecutors?))\s*(?:,[^,]{1,80},\s*)?(?:has\s+|had\s+|also\s+|then\s+|later\s+)?$", re.IGNORECASE)


#: Cues TASS's impersonal passive reports with: "It was noted …", "it was pointed out …".
_IMPERSONAL_CUES = frozenset({"noted", "stressed", "pointed out", "emphasised", "emphasized", "underlined", "underscored", "indicated", "mentioned"})  # (not "it was reported", "it was announced": no one named)
#: "It was |noted", "it has been |stressed": an impersonal passive right before its cue.
_IMPERSONAL_PASSIVE = re.compile(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?$")
#: "… noted in the document that": the document named after the cue.
_IN_THE_DOCUMENT = re.compile(r"\s+in\s+(?:the|this|that)\s+(?:document|statement|message|communiqu[eé]|note|letter|readout)\b", re.IGNORECASE)


def _served(info: dict) -> tuple[str, str]:
    """The first and last day (ISO, open ends as "" ) of the role an actor row records."""
    return str(info.get("role_start") or ""), str(info.get("role_end") or "")


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two terms can have overlapped (an unknown end is open)."""
    return (not a[0] or not b[1] or a[0] <= b[1]) and (not b[0] or not a[1] or b[0] <= a[1])


def quotes_for_article(article: Article, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """All attributed statements of one article (QUOTE_COLUMNS); problems in ``.attrs``."""
    cols, problems = quote_columns(article, resolver)
    out = quote_frame(cols)
    out.attrs["problems"] = problems
    return out


def quote_frame(cols: dict[str, list]) -> pd.DataFrame:
    """The quotes table from plain columns."""
    return pd.DataFrame(cols, columns=QUOTE_COLUMNS)


def quote_columns(article: Article, resolver: ActorResolver | None = None) -> tuple[dict[str, list], list[dict]]:
    """One article's statements as plain columns (QUOTE_COLUMNS) and its quote-mark problems.

    The batch pipeline gathers these for many articles and builds one DataFrame at the end.
    """
    # (the batch passes the default table's resolver: no second look-up of its file per article)
    default = resolver if is_default(resolver) else default_resolver()
    res = resolver or default
    is_media = _MediaNames(default)  # media names are always those of the default actor table
    rows_ = article.analysable_lists
    paras = [(int(n), str(t)) for n, t in zip(rows_["paragraph_no"], rows_["text"], strict=True)]
    all_st: list[Statement] = []
    problems: list[dict] = []
    chain_of: dict[tuple[int, int], int] = {}
    open_chain: int | None = None
    narrators = _narrators(paras)  # a transcript's host and reporters ("MARTHA KEENE, BYLINE:")
    named_since: dict[str, int] | None = None  # (for labels: see _full_names, read when one is met)
    initials_named: dict[str, str] = {}  # (initials in labels, "RV:": read with named_since)
    interview: bool | None = None  # whether turns open "McFaul: …" (an interview in mixed case), read when needed
    turns: dict[int, str] = {}  # paragraph -> whose turn it is (see _Resolver.turns)
    for k, (pno, text) in enumerate(paras):
        nxt = paras[k + 1][1][:1] if k + 1 < len(paras) else ""  # its first character after white space
        if nxt.isspace():
            nxt = paras[k + 1][1].lstrip()[:1]
        # (a straight "'" too when a capital follows it: "'All have endured …", not "'90s")
        runs_on: bool | str = "double" if nxt and nxt in qc.DOUBLE_MARKS and nxt not in qc.DOUBLE_CLOSE else "single" if nxt == "\u2018" or nxt == "'" and paras[k + 1][1].lstrip()[1:2].isupper() else False
        if len(text) > MAX_PARAGRAPH_CHARS:
            problems.append({"article_id": article.article_id, "paragraph_no": pno, "position": MAX_PARAGRAPH_CHARS, "problem": f"paragraph is {len(text):,} characters long (no news paragraph is); only the first {MAX_PARAGRAPH_CHARS:,} were searched for quotes"})
            text = text[:MAX_PARAGRAPH_CHARS]
            runs_on = False
        stmts, spans, probs, _ = _paragraph_statements(pno, text, runs_on, open_chain is not None, is_media, narrators)
        if "?" in text and stmts:
            stmts = [st for st in stmts if not _reporters_question(text, st, is_media) and not (st.kind == "indirect" and _ASKING.match(st.context))
                     and not (st.kind == "indirect" and text[st.start:st.end].rstrip().endswith("?") and _AUX_BEFORE_SUBJECT.search(text, max(0, st.cue_pos - 40), st.cue_pos))]
            # ("Kaitlan, did he say anything about the ambassadors?": a question, no statement)
        for st in stmts:
            if not st.mention and st.kind == "direct" and text[:1] in qc.DOUBLE_MARKS + "‘'" and (head := _QUOTE_THEN_NAME.match(text)) is not None and head.start(1) <= st.start < head.end(1):
                # a headline's quote then its speaker: "“I was the ambassador to a country …”: John Sullivan looks back"
                st.mention, st.cue, st.mode, st.cue_pos = head.group("who"), ":", "colon", head.start("who")
            elif st.mention.lower() == "it" and (issued := _ISSUED_THEN_IT.search(text, max(0, st.cue_pos - 300), st.cue_pos)) is not None:
                # "Dan Coats has issued a statement. “…,” it says.": the statement is its issuer's
                st.mention = issued.group("who")
        label = None
        if text[:1].isupper() and ":" in text[:120]:
            if named_since is None:
                named_since, initials_named = _full_names(paras)
            label = _speaker_label(text, narrators, named_since, pno)
            if label is None and ":" in text[:40] and not ((m := _SPEAKER_LABEL.match(text)) is not None and m.group("who").split()[-1] in narrators):  # (no reporter's turn: "COLLINS: He did.")
                if interview is None:
                    interview = sum(1 for _, t in paras if _MIXED_LABEL.match(t)) >= 3
                label = _mixed_label(text, named_since, pno) if interview else None
        if label is not None:
            initials = label.group("who").strip()
            named = ""
            if 2 <= len(initials) <= 3 and initials.isalpha() and initials.isupper():
                named = initials_named.get(initials, "")
            stmts = _labelled(pno, text, label, stmts, spans, named)
            turns[pno] = named or label.group("who")
        for pos, note in probs:
            problems.append({"article_id": article.article_id, "paragraph_no": pno, "position": pos, "problem": note})
        # chain quotes that run over paragraphs
        # (spans are sorted by start: the first double one has the smallest start)
        first_quote = next((s for s in spans if s.glyph == "double"), None) if spans else None
        if open_chain is not None and first_quote is not None and text[: first_quote.start].strip() == "":
            chain_of[(pno, first_quote.start)] = open_chain
        else:
            open_chain = None
        cont = [s for s in spans if s.continues] if spans else None
        if cont:
            key = (pno, cont[0].start)
            open_chain = chain_of.get(key, len(chain_of) + 1000 + k)
            chain_of[key] = open_chain
        elif open_chain is not None:
            open_chain = None
        for st in stmts:
            if st.span_key in chain_of:
                st.chain = chain_of[st.span_key]
        all_st.extend(stmts)
    # share attribution along chains
    by_chain: dict[int, list[Statement]] = {}
    for st in all_st:
        if st.chain is not None:
            by_chain.setdefault(st.chain, []).append(st)
    for members in by_chain.values():
        donor = next((m for m in members if m.mention), None)
        if donor:
            for m in members:
                if not m.mention:
                    m.cue, m.mention, m.appositive, m.via, m.mode, m.inherit = donor.cue, donor.mention, donor.appositive, donor.via, donor.mode, ""
                    m.donor = donor
                    m.context = donor.context
                    m.kind = "direct"
                    m.confidence = min(m.confidence, 0.8) if m.confidence < 0.8 else 0.8
    # resolve speakers in reading order
    rs = _Resolver(article, res, paras)
    rs.turns = turns
    info = rs.info
    rows: list[tuple] = []  # _ROW_FIELDS
    said_by_key: dict[tuple[int, int], tuple[str, str, str, str]] = {}  # quote -> (speaker, type, side, mention)
    last_by_para: dict[int, _Speaker] = {}
    last_in_unit: dict[tuple[int, int], _Speaker] = {}  # (paragraph, unit start) -> its latest speaker
    order = [pno for pno, _ in paras]
    order_pos = {pno: k for k, pno in enumerate(order)}
    para_text = dict(paras)
    rounded: dict[float, float] = {}  # round() of a float is slow and the confidences repeat
    for st in sorted(all_st, key=_reading_order):  # stable, like sorting the indexes
        text = para_text[st.paragraph_no]
        if st.mention:
            # a quote running over paragraphs: "he" is read where its cue is, not where it opens
            sp, f = rs.resolve(st.donor if st.donor is not None and st.donor.paragraph_no > st.paragraph_no else st)
            if sp.speaker_type == "anonymous" and sp.speaker[:4].lower() == "the " and (definite := _THE_ANONYMOUS.fullmatch(sp.speaker)) is not None:
                # "A senior U.S. official, briefing reporters …, was more upbeat. …, the official
                # said": the source introduced just before, as the story described them (when
                # nothing before found who "the official" is)
                intro = rs._introduced_source(st.paragraph_no, st.cue_pos, definite.group("head").lower())
                if intro is not None:
                    sp = replace(sp, speaker=intro)
            resolved = sp, f
            if rs.clean(st.mention).lower() == "it" and st.mode and st.unit_start > 0 and (sp.actor_id is None or sp.paragraph_no < st.paragraph_no):
                # "Russia's Defence Ministry struck a different note. “…,” it said.": the body
                # named just before in its paragraph, not a body that spoke paragraphs ago
                body = rs.body_before(text, st.unit_start)
                if body is not None:
                    sp, f = rs._actor_speaker(body, "it", st.paragraph_no), 0.7
            if rs.clean(st.mention).lower() in ("he", "she"):
                # for "he", look for a person named in the unit before the cue
                unit_start = st.unit_start if st.mode else -1
                earlier = last_in_unit.get((st.paragraph_no, unit_start)) if unit_start >= 0 else None
                if earlier is not None and earlier.speaker_type == "named_person" and pronoun_fits(earlier.speaker, rs.clean(st.mention).lower()):
                    # "Lavrov said he would meet Blinken, and he added …": the pronoun goes on
                    # with the sentence's speaker, not the last person named
                    sp, f = earlier, 0.8
                elif unit_start >= 0:
                    if st.kind == "indirect" and unit_start <= st.start < st.end <= st.cue_pos:
                        # ("Reagan will travel to Moscow in 1987, he added": the names of what was said are no subject)
                        before = _QUOTED_TEXT.sub(" ", text[max(unit_start, st.start - 300) : st.start] + text[st.end : st.cue_pos])
                    elif st.start < st.cue_pos < st.end:
                        # ("Biden, he said, was a very experienced statesman": the words the cue sits in are said, no subject)
                        before = _QUOTED_TEXT.sub(" ", text[max(unit_start, st.cue_pos - 300) : st.start])
                    else:
                        before = _QUOTED_TEXT.sub(" ", text[max(unit_start, st.cue_pos - 300) : st.cue_pos])
                    before = _SENTENCE_CUT.split(before)[-1]  # the cue's own sentence
                    pronoun = rs.clean(st.mention).lower()  # ("After the Griner deal, he told CNN": not Brittney Griner)
                    # (not the one spoken for: "Speaking for Yeltsin, he said …" is the spokesman)
                    inside = [m for m in res.find(before) if info[m.actor_id]["kind"] == "person" and pronoun_fits(info[m.actor_id]["name"], pronoun)
                              and not _SPEAKING_FOR.search(before, max(0, m.start - 30), m.start)]
                    if _ASKED_FRAME.match(before):
                        inside = []  # "Asked whether Putin wanted peace, he said": Putin is asked about
                    elif inside and (again := re.search(r"\b" + pronoun + r"\b", before, re.IGNORECASE)) is not None and again.start() < inside[0].start:
                        # "he spoke to us about Ronald Reagan … and what he calls “…”": the same
                        # "he" as the sentence's subject before the names, not one of them
                        inside = []
                    elif inside and (asked := _WAS_ASKED.search(before)) is not None:
                        # "The president was asked whether he believed … Putin, and he said": the
                        # one asked (named before "was asked", or no one), not the one asked about
                        inside = [m for m in inside if m.end <= asked.start()]
                    if inside and st.mode != "inherit":
                        # the sentence's subject, the first person it names ("Putin described
                        # the summit with Biden as …, although he conceded …" is Putin)
                        sp, f = rs._actor_speaker(inside[0].actor_id, "he", st.paragraph_no), 0.8
                    elif (st.mode != "inherit" and (own := _NAME_THEN_AND_HE.search(before)) is not None and res.resolve(own.group(1), fuzzy=False) is None
                          and own.group(1).split()[0] not in _NOT_FIRST_NAMES and _name_fits(own, rs.clean(st.mention).lower())):
                        # "Our correspondent Jim Acosta was in the room, and he tells us …": the name
                        # the actor table lacks that the sentence opens on
                        sp, f = _Speaker(own.group(1), "named_person", "unknown", st.mention, None, st.paragraph_no), 0.75
                    elif (unit_start > 0 and _THE_PRESIDENT_OPENS.match(_SENTENCE_CUT.split(text[max(0, unit_start - 400) : unit_start].rstrip())[-1])
                          and (president := rs.plain_president()) is not None and pronoun_fits(info[president]["name"], rs.clean(st.mention).lower())):
                        # "The president was asked whether he believed … Putin, and he sided with
                        # Putin. He said, “…”": the sentence before tells of the president
                        sp, f = rs._actor_speaker(president, "he", st.paragraph_no), 0.7
                    elif unit_start > 0 and (setup := rs.setup_subject(text, unit_start, rs.clean(st.mention).lower(), st.paragraph_no)) is not None:
                        # "“…,” Reagan said. Gorbachev, speaking through an interpreter, was more
                        # guarded. “…,” he said": the subject of the sentence just before, not
                        # the last speaker (that sentence sets up the quote and says nothing itself)
                        # — and when it is the speaker already found, no one else
                        if setup != sp.actor_id:
                            sp, f = rs._actor_speaker(setup, "he", st.paragraph_no), 0.75
                    elif unit_start > 0 and (setup_name := rs.setup_name(text, unit_start, rs.clean(st.mention).lower(), st.paragraph_no)) and setup_name != sp.speaker:
                        # the same with a name the actor table lacks ("McCain, a fierce critic of the
                        # Kremlin, responded with mockery. “…,” he wrote on Twitter")
                        sp, f = _Speaker(setup_name, "named_person", "unknown", "he", None, st.paragraph_no), 0.7
                    elif unit_start == 0 and st.start < 3 and (prev_text := para_text.get(st.paragraph_no - 1)) and (
                            setup := rs.setup_subject(prev_text, len(prev_text), rs.clean(st.mention).lower())) is not None and setup != sp.actor_id:
                        # the same across a paragraph break: "Putin, speaking through an interpreter,
                        # was more guarded. ¶ “…,” he said" is Putin, not the last speaker
                        sp, f = rs._actor_speaker(setup, "he", st.paragraph_no), 0.7
                    elif (unit_start == 0 and st.start < 3 and sp.actor_id is None and sp.speaker_type != "named_person" and (prev_text := para_text.get(st.paragraph_no - 1))
                          and (unknown := _unknown_names(prev_text, len(prev_text), rs.clean(st.mention).lower(), res))):
                        # a name the actor table lacks, in the paragraph before a quote that opens
                        # its own ("FORT WORTH — Paula Reed had kept her phone … ¶ “…,” she said")
                        sp, f = _Speaker(unknown[-1].group(1), "named_person", rs.side(unknown[-1].group()), st.mention, None, st.paragraph_no), 0.65
                    elif unit_start > 0 and (setup_anon := _setup_anonymous(text, unit_start)) is not None:
                        # "A Russian official travelling with the delegation was blunter. He told
                        # reporters …": the unnamed source that sentence sets up
                        sp, f = _Speaker(setup_anon, "anonymous", rs.side(setup_anon), st.mention, None, st.paragraph_no), 0.7
                    elif unit_start > 0 and (sp.actor_id is None and sp.speaker_type != "named_person" or sp.paragraph_no < st.paragraph_no or f <= 0.6):
                        # "Blinken was blunt. “…,” he said.": the sentences before, same paragraph
                        # (they outrank a speaker of an earlier paragraph: "Lavrov said … ¶ Rubio
                        # struck a guarded tone. “…,” he told reporters" is Rubio)
                        named = rs.person_before(text, unit_start, rs.clean(st.mention).lower())
                        if named:
                            sp, f = rs._actor_speaker(named, "he", st.paragraph_no), 0.7
                        else:
                            # a name the actor table lacks, given after a role ("The Russian
                            # foreign minister, Andrei Kozyrev, was blunter. ‘…,’ he said")
                            # (or with no commas, as the subject: "Former CIA Director John Brennan went further")
                            # or the name first: "Mr Larry Speakes, the White House spokesman, had been …"
                            unknown = _unknown_names(text, unit_start, rs.clean(st.mention).lower(), res)
                            if unknown:
                                sp, f = _Speaker(unknown[-1].group(1), "named_person", rs.side(unknown[-1].group()), "he", None, st.paragraph_no), 0.7
                turn = turns.get(st.paragraph_no)
                if turn and _same_surname(sp.speaker, turn) and not _same_surname(resolved[0].speaker, turn):
                    sp, f = resolved  # "MCFAUL: … Then he said, “…”": in McFaul's own turn "he" is someone else
        elif st.inherit == "encloser":
            outer = said_by_key.get(st.outer_key if st.outer_key is not None else (-1, -1))
            if outer is not None:
                sp = _Speaker(*outer, None, st.paragraph_no)
                f = 0.6
            else:
                sp, f = _Speaker("unattributed", "unattributed", "unknown", "", None, st.paragraph_no), 0.3
        elif st.inherit in ("floating", "same-paragraph"):
            prev = last_by_para.get(st.paragraph_no)
            factor = 0.9
            if prev is None and st.inherit == "floating":
                k = order_pos[st.paragraph_no]
                prev = last_by_para.get(order[k - 1]) if k >= 1 else None
                if prev is None and k >= 2:
                    prev = last_by_para.get(order[k - 2])
                    factor = 0.6
            if prev is not None:
                sp, f = prev, factor
                st.cue = st.cue or "(continues previous speaker)"
            else:
                sp, f = _Speaker("unattributed", "unattributed", "unknown", "", None, st.paragraph_no), 0.5
        else:
            sp, f = _Speaker("unattributed", "unattributed", "unknown", "", None, st.paragraph_no), 0.5
        if sp.speaker_type != "unattributed":
            rs.remember(_Speaker(sp.speaker, sp.speaker_type, sp.side, sp.mention or st.mention, sp.actor_id, st.paragraph_no, f"{sp.role_text} {st.appositive}"))
            last_by_para[st.paragraph_no] = sp
            if st.mention and st.mode:
                last_in_unit[(st.paragraph_no, st.unit_start)] = sp
        via = rs.clean(st.via) if st.via else ""
        if via and rs.norm(via).casefold() == sp.speaker.casefold():
            via = ""
        side = sp.side if sp.side else "unknown"
        mention = rs.clean(st.mention)
        if st.span_key and st.nested_parent is None:
            said_by_key.setdefault(st.span_key, (sp.speaker, sp.speaker_type, side, mention))
        if sp.speaker_type == "journalist" and st.kind == "direct" and text[st.start : st.end].rstrip(" \"'”’»").endswith("?"):
            continue  # "“Will you meet Zelensky?” one reporter shouted": a question, no one's statement
        conf = st.confidence * f
        rc = rounded.get(conf)
        if rc is None:
            rc = rounded[conf] = round(max(0.05, min(1.0, conf)), 2)
        rows.append((st.paragraph_no, st.start, st.end, text[st.start : st.end], st.kind, rs.norm(st.cue), mention, sp.speaker, sp.speaker_type, side, via, st.outer_key, st.chain, rc, st.problem))
    if not rows:
        return {c: [] for c in QUOTE_COLUMNS}, problems
    # Built in plain Python and turned into one DataFrame at the end (speed: no pandas
    # sort/itertuples/column assignment per article). Python's sort is stable like sort_values.
    rows.sort(key=_row_order)
    col = dict(zip(_ROW_FIELDS, map(list, zip(*rows, strict=True)), strict=True))
    n = len(rows)
    quote_ids = [f"{article.article_id}:q{i}" for i in range(n)]
    # nested_in: the quote_id of the enclosing quote statement
    key_to_id: dict[tuple[int, int], str] = {}
    for qid, kind, pno, start in zip(quote_ids, col["kind"], col["paragraph_no"], col["start"], strict=True):
        if kind != "indirect":
            key_to_id.setdefault((pno, start - 1), qid)
    first_of_chain: dict[int, str] = {}
    part_of = []
    for qid, ch in zip(quote_ids, col["_chain"], strict=True):
        if ch is None:
            part_of.append("")
            continue
        first_of_chain.setdefault(int(ch), qid)
        part_of.append(first_of_chain[int(ch)])
    columns: dict[str, list] = {"quote_id": quote_ids, "article_id": [article.article_id] * n, "outlet": [article.outlet or ""] * n}
    for name in QUOTE_COLUMNS[3:]:
        if name == "nested_in":
            columns[name] = [key_to_id.get(o, "") if isinstance(o, tuple) else "" for o in col["_outer"]]
        elif name == "part_of":
            columns[name] = part_of
        else:
            columns[name] = col[name]
    return columns, problems


#: The fields of a statement's row in quote_columns (QUOTE_COLUMNS without the ids, plus the
#: encloser's key and the chain for nested_in and part_of).
_ROW_FIELDS = ("paragraph_no", "start", "end", "text", "kind", "cue", "speaker_mention", "speaker", "speaker_type", "side", "via", "_outer", "_chain", "confidence", "problem")
_row_order = itemgetter(0, 1, 2)  # paragraph_no, start, end
_reading_order = attrgetter("paragraph_no", "start")


def quotes(corpus_or_article, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """One row per attributed statement in a Corpus or Article (QUOTE_COLUMNS).

    ``kind``: direct (a whole quoted sentence), partial (a quoted fragment or scare quote),
    indirect (reported speech without quote marks). ``speaker_type``: named_person,
    anonymous, institution, journalist, media, or unattributed (quote marks with no speaker
    found, e.g. scare quotes). ``start``/``end`` are offsets of the quoted content in the
    paragraph's text. Quote-mark problems are in ``result.attrs["problems"]`` (a list of
    dicts with PROBLEM_COLUMNS; ``pd.DataFrame(result.attrs["problems"])`` or
    :func:`quote_problems` gives a table).
    """
    frames = [quotes_for_article(a, resolver) for a in iter_articles(corpus_or_article)]
    problems: list[dict] = []
    for f in frames:
        problems.extend(f.attrs.get("problems", []))
        f.attrs = {}
    frames = [f for f in frames if not f.empty] or [pd.DataFrame(columns=QUOTE_COLUMNS)]
    out = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    out.attrs["problems"] = problems
    return out


def quote_problems(corpus_or_article) -> pd.DataFrame:
    """Unmatched or stray quote marks and over-long paragraphs (PROBLEM_COLUMNS), in plain English."""
    return pd.DataFrame(quotes(corpus_or_article).attrs["problems"], columns=PROBLEM_COLUMNS)
