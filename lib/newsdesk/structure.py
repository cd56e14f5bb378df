"""Paragraph splitting and roles: title, standfirst, body, credit, boilerplate.

Republishers wrap articles in clutter ("Source link", subscribe prompts, "Leave a Comment")
and agencies add credit lines ("(Al Jazeera)", "Reporting by …"). We keep every paragraph and
label it, because what the republisher added is itself a media-literacy lesson; analyses use
only title, standfirst and body. The patterns are a readable table, matched only against
short paragraphs so that a body paragraph that mentions "subscribe" stays body.
"""

from __future__ import annotations

import re

from .folded import Folded, fold
from .sentences import sentence_spans
from .text import normalise

ROLES = ("title", "standfirst", "body", "credit", "boilerplate")
ANALYSABLE_ROLES = ("title", "standfirst", "body")

#: (pattern, why) — a whole short paragraph that credits a source, agency, author or photo.
CREDIT_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\(\s*[A-Z][\w .,&'’/-]{1,60}\)\.?$"), "agency or outlet in brackets"),
    (re.compile(r"^(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)\s+by\b", re.I), "reporting credit"),
    (re.compile(r"^(?:photo|image|video|picture|graphic|illustration)s?(?:\s+credit)?\s*[:/]", re.I), "picture credit"),
    (re.compile(r"^(?:source|sources|via|credit)\s*:\s*\S", re.I), "source line"),
    (re.compile(r"^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})*\.?$"), "byline"),
    (re.compile(r"^[A-Z][\w ]{1,40}\s+(?:and|with)\s+(?:news\s+)?agencies\.?$", re.I), "outlet and agencies"),
    (re.compile(r"^[—–-]+\s*[A-Z][\w .&/-]{1,40}$"), "agency sign-off"),
]

#: (pattern, why) — aggregator and web-page clutter.
BOILERPLATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^source\s+link\.?$", re.I), "aggregator's link back"),
    (re.compile(r"\bsubscribe\s+(?:to\s+)?(?:our|my|the\s+channel|now|today|for\s+(?:free|more|updates))\b|\bsign\s*up\s+(?:for|to)\s+(?:our|the|free)\b|\bnewsletters?\b|^subscribe\b", re.I), "subscribe prompt"),
    (re.compile(r"^leave\s+a\s+(?:comment|reply)\b|^\d*\s*comments?$|^(?:add|post)\s+a\s+comment", re.I), "comment prompt"),
    (re.compile(r"^share(?:\s+(?:this|on|via)\b.*)?$|^(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|print)(?:\s*[|/·•]\s*\w+)*$", re.I), "share buttons"),
    (re.compile(r"\bclick\s+here\b|\bfollow\s+us\s+on\b|\bpress(?:ing)?\s+(?:the\s+)?bell\b|\bturn\s+on\s+notifications\b", re.I), "call to action"),
    (re.compile(r"^(?:advertisement|advert|sponsored(?: content)?|ad)$", re.I), "advertisement"),
    (re.compile(r"all\s+rights\s+reserved|^copyright\b|^©", re.I), "copyright notice"),
    (re.compile(r"^(?:tags?|filed\s+under|posted\s+in|categor(?:y|ies))\s*:", re.I), "tags"),
    (re.compile(r"^(?:related|read\s+more|read\s+also|see\s+also|more\s+on\s+this|recommended|(?:previous|next)\s+(?:post|article|story))\b", re.I), "related links"),
    (re.compile(r"\bcookies?\b.*\b(?:accept|consent|policy)\b", re.I), "cookie notice"),
    (re.compile(r"^(?:disclaimer|editor'?s?\s+note)\s*:", re.I), "disclaimer"),
]

#: Boilerplate is only ever this short; longer paragraphs are journalism.
MAX_CLUTTER_CHARS = 250
MAX_TITLE_CHARS = 250
MAX_STANDFIRST_CHARS = 400


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; a text with no blank lines is split per line.

    Hard-wrapped lines inside a paragraph are joined with a space.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        return []
    blocks = re.split(r"\n[ \t\u00a0]*\n", text)
    if len(blocks) == 1 and text.count("\n") >= 2:
        blocks = text.split("\n")
    paras = []
    for block in blocks:
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            paras.append(joined)
    return paras


def _alternatives(source: str) -> list[str]:
    """The top-level ``|`` alternatives of a pattern's source."""
    parts, depth, start, i = [], 0, 0, 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


def _any_of(patterns: list[tuple[re.Pattern, str]]) -> list[tuple[str, Folded]]:
    """A quick test for "might any pattern match?" (never no when one does): most
    paragraphs match none.

    Alternatives anchored with ``^`` are tried only at the start (``match``); the others are
    joined into one search per flag set, run on lower-cased text where possible (folded.py).
    One alternation of everything was slower than the patterns one by one: Python's ``re``
    tried every anchored alternative at every position.
    """
    groups: dict[tuple[str, int], list[str]] = {}
    for pattern, _ in patterns:
        for alt in _alternatives(pattern.pattern):
            how = "match" if alt.startswith("^") else "search"
            # a leading \b stops re from skipping ahead to the first letter: drop it (the
            # test may say yes too often, never too seldom; clutter_role then checks exactly)
            alt = alt[1:] if how == "match" else alt.removeprefix("\\b")
            groups.setdefault((how, pattern.flags), []).append(f"(?:{alt})")
    return [(how, Folded(re.compile("|".join(parts), flags))) for (how, flags), parts in groups.items()]


_ANY_CLUTTER = _any_of(CREDIT_PATTERNS + BOILERPLATE_PATTERNS)


def _may_be_clutter(text: str) -> bool:
    low = fold(text)
    for how, pattern in _ANY_CLUTTER:
        if how == "match":
            if pattern.pattern.match(text):
                return True
        elif pattern.search(text, low):
            return True
    return False


def clutter_role(paragraph: str) -> tuple[str, str] | None:
    """('credit'|'boilerplate', why) when a short paragraph matches a clutter pattern."""
    text = normalise(paragraph)
    if len(text) > MAX_CLUTTER_CHARS or not _may_be_clutter(text):
        return None
    for pattern, why in CREDIT_PATTERNS:
        if pattern.search(text):
            return "credit", why
    for pattern, why in BOILERPLATE_PATTERNS:
        if pattern.search(text):
            return "boilerplate", why
    return None


def _looks_like_title(paragraph: str) -> bool:
    return len(paragraph) <= MAX_TITLE_CHARS and len(sentence_spans(paragraph)) <= 1


def _looks_like_standfirst(paragraph: str) -> bool:
    return len(paragraph) <= MAX_STANDFIRST_CHARS and len(sentence_spans(paragraph)) <= 2


def assign_roles(
    paragraphs: list[str],
    *,
    title: str | None = None,
    standfirst: str | None = None,
    title_in_text: bool = True,
    standfirst_in_text: bool = False,
) -> list[tuple[str, str]]:
    """A (role, why) pair for each paragraph.

    ``title``/``standfirst`` from metadata mark the paragraph that repeats them; otherwise
    ``title_in_text`` takes the first paragraph as the headline and ``standfirst_in_text``
    the next one as the standfirst (the plain-text convention), when their length fits.
    """
    roles: list[tuple[str, str] | None] = [clutter_role(p) for p in paragraphs]
    content = [i for i, r in enumerate(roles) if r is None]
    want_title = normalise(title).casefold() if title else None
    want_stand = normalise(standfirst).casefold() if standfirst else None
    next_pos = 0
    if content and want_title and normalise(paragraphs[content[0]]).casefold() == want_title:
        roles[content[0]] = ("title", "repeats the title in the metadata")
        next_pos = 1
    elif content and not want_title and title_in_text and _looks_like_title(paragraphs[content[0]]):
        roles[content[0]] = ("title", "first line of the file")
        next_pos = 1
    if next_pos < len(content):
        i = content[next_pos]
        if want_stand and normalise(paragraphs[i]).casefold() == want_stand:
            roles[i] = ("standfirst", "repeats the standfirst in the metadata")
        elif (
            standfirst_in_text
            and not want_stand
            and next_pos == 1
            and len(content) - next_pos >= 3
            and _looks_like_standfirst(paragraphs[i])
        ):
            roles[i] = ("standfirst", "line after the title")
    return [r if r is not None else ("body", "") for r in roles]
