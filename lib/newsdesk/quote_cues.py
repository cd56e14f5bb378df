"""Tables for quote extraction: quote glyphs, speech (cue) verbs and speaker-type word lists.

Kept apart from the extraction logic so a teacher or reviewer can read and extend the lists.
The verb list is a news-oriented subset of the SFU Gender Gap Tracker list (257 forms) and
textacy's 55 lemmas, plus multiword cues ("according to", "told reporters"). Every regex built
here is a plain alternation of literal words, so matching stays linear in the text length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from operator import itemgetter

from .word_trie import trie_pattern

#: Glyphs that open a double quotation; the value lists the glyphs that may close it.
DOUBLE_OPEN: dict[str, str] = {"\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u201f": "\u201d", '"': '"'}
DOUBLE_CLOSE: str = "\u201d\u00bb"
DOUBLE_MARKS: str = "\u201c\u201d\u201e\u201f\u00ab\u00bb\""
SINGLE_OPEN: str = "\u2018\u201b\u201a'"
SINGLE_CLOSE: str = "\u2019'"
SINGLE_MARKS: str = "\u2018\u2019\u201a\u201b'"

#: lemma -> inflected forms of speech verbs that introduce reported content (say, tell, warn …).
_SPEECH_LEMMAS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "note": ("note", "notes", "noted", "noting"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "report": ("report", "reports", "reported", "reporting"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted", "posting"),
    # only as '“…,” read a statement from the Kremlin' (quotes._find_cues checks the inversion)
    "read": ("read", "reads"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "state": ("stated", "states"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "comment": ("commented",),
    "reply": ("reply", "replies", "replied", "replying"),
    "answer": ("answered",),
    # only with a quote for its content ("“Do you think we got it?” Mrs Clinton asked"):
    # "asked Lavrov to …" and "asked whether …" report no statement (quotes._paragraph_statements)
    "ask": ("asked",),
    "respond": ("responded",),
    "remark": ("remarked",),
    "emphasise": ("emphasise", "emphasises", "emphasised", "emphasising", "emphasize", "emphasizes", "emphasized", "emphasizing"),
    "underline": ("underline", "underlines", "underlined", "underlining", "underscore", "underscores", "underscored", "underscoring"),
    "point out": ("pointed out", "points out", "point out", "pointing out"),
    "make clear": ("made clear", "makes clear", "making clear"),  # (and "made it clear": see _SECOND_WORD_RE)
    "recall": ("recalled", "recalls"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "predict": ("predicted", "predicts", "predicting"),
    "promise": ("promised", "promises"),
    "pledge": ("pledged", "pledges"),
    "vow": ("vowed", "vows", "vowing"),
    "threaten": ("threatened",),
    "caution": ("cautioned", "cautions", "cautioning"),
    "complain": ("complained", "complains", "complaining"),
    "concede": ("conceded", "concedes", "conceding"),
    "maintain": ("maintained", "maintains"),
    "allege": ("alleged", "alleges", "alleging"),
    "contend": ("contended", "contends", "contending"),
    "counter": ("countered", "counters", "countering"),
    "disclose": ("disclosed",),
    "reveal": ("revealed", "reveals"),
    "indicate": ("indicated", "indicates"),
    "mention": ("mentioned",),
    "observe": ("observed",),
    "conclude": ("concluded",),
    "affirm": ("affirmed", "reaffirmed"),
    "quip": ("quipped", "quipping"),
    # retorts, jokes and complaints report words as "said" does ("…,” Biden retorted.")
    "retort": ("retorted", "retorts"),
    "shoot back": ("shot back",),
    "fire back": ("fired back",),
    "snap": ("snapped",),
    "interject": ("interjected",),
    "shout": ("shouted",),
    "scoff": ("scoffed",),
    "joke": ("joked", "joking"),
    "lament": ("lamented", "laments", "lamenting"),
    "boast": ("boasted", "boasting"),
    "protest": ("protested",),
    "exclaim": ("exclaimed",),
    "muse": ("mused",),
    "grumble": ("grumbled",),
    "assure": ("assured",),
    "inform": ("informed",),
    # "reminded reporters that …", "would always remind me that …": a listener, then what was said
    "remind": ("remind", "reminds", "reminded", "reminding"),
    "brief": ("briefed",),
    # "a source texted me, quote, “…”": words sent to a listener, as "told" reports them
    "text": ("texted",),
    "message": ("messaged",),
    # "accused the West of applying double standards": the charge is the statement ("X of …")
    "accuse": ("accused", "accuses", "accusing", "accuse"),
    "agree": ("agreed",),
    "hint": ("hinted",),
    "repeat": ("repeated",),
}

#: Weaker cues that attribute a quoted *fragment* to the verb's subject but do not, alone,
#: introduce a whole reported statement ("blamed the West for 'emotional statements'").
FRAGMENT_CUES: tuple[str, ...] = (
    "called", "calls", "calling", "described", "describes", "describing", "dubbed", "branded",
    "labelled", "labeled", "blamed", "blames", "blaming",
    "urged", "urges", "urging", "criticised", "criticized", "condemned", "praised", "hailed",
    "dismissed", "rejected", "slammed", "termed", "characterised", "characterized", "spoke of",
    # ("framed the summit as a “listening exercise”", "portrayed the talks as “useful”")
    "framed", "portrayed",
    # ("formally designated Gershkovich as “wrongfully detained”": the body's own label)
    "designated", "designates",
    "referred to", "asked", "demanded", "welcomed",
    # praise, thanks and scorn carry the speaker's words as often ("thanked them for their
    # 'loyalty to the oath'", "denounced the sanctions as 'illegitimate'")
    "thanked", "thanks", "thanking", "lauded", "commended", "congratulated", "credited",
    "denounced", "decried", "lambasted", "mocked", "ridiculed", "scolded", "chided", "berated",
    # base forms, only after "continues to" ("Moscow continues to call the war a “special
    # military operation”"; quotes._find_cues drops them anywhere else)
    "call", "describe", "label", "brand", "portray",
)
#: The FRAGMENT_CUES that are base forms (a cue only after "continues to").
BASE_FRAGMENT_FORMS: frozenset[str] = frozenset({"call", "describe", "label", "brand", "portray"})

#: Multiword cues; "according to" puts the speaker after the cue.
MULTI_CUES: tuple[str, ...] = ("according to",)

VERB_FORMS: dict[str, str] = {form: lemma for lemma, forms in _SPEECH_LEMMAS.items() for form in forms}
FRAGMENT_FORMS: frozenset[str] = frozenset(FRAGMENT_CUES)

#: Verbs whose object may be a listener or a medium ("told reporters", "told TASS").
TELL_FORMS: frozenset[str] = frozenset(_SPEECH_LEMMAS["tell"] + _SPEECH_LEMMAS["assure"] + _SPEECH_LEMMAS["inform"] + _SPEECH_LEMMAS["remind"] + _SPEECH_LEMMAS["brief"] + _SPEECH_LEMMAS["text"] + _SPEECH_LEMMAS["message"])

#: Participles that continue the main clause's speaker (", adding that …").
PARTICIPLES: frozenset[str] = frozenset(f for f in VERB_FORMS if f.endswith("ing"))

#: Lemmas that describe the journalist's own reporting when the subject is the journalist.
REPORT_LEMMAS: frozenset[str] = frozenset({"report", "write"})


def _alternation(words: list[str]) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


CUE_RE = re.compile(
    r"(?<![\w'’-])(?P<cue>" + _alternation(list(MULTI_CUES) + list(VERB_FORMS)) + r")(?![\w-])",
    re.IGNORECASE,
)
FRAGMENT_RE = re.compile(r"(?<![\w'’-])(?P<cue>" + _alternation(list(FRAGMENT_CUES)) + r")(?![\w-])", re.IGNORECASE)

#: What a news outlet is called around its name: "by (the) (state) news agency RIA Novosti",
#: "by the TASS news agency", "by the Izvestia daily".
_OUTLET_NOUN = r"(?:news\s+agency|news\s+outlet|agency|newspaper|daily|broadcaster|channel|television|TV|website|outlet)"
_OUTLET_BEFORE = r"(?:(?:state|state-run|state-owned|official|private|independent)\s+)?(?:" + _OUTLET_NOUN + r"\s+)?"

#: "TASS quoted Ryabkov as saying", "was quoted by Interfax as saying", "quoted … as telling",
#: "was cited by TASS as saying", "was quoted as saying by Interfax"
QUOTED_AS_RE = re.compile(
    r"\b(?:was\s+|were\s+|is\s+)?(?:quoted|cited)\s+(?:by\s+(?P<via_by>[^,.;:\ue000]{1,60}?)\s+)?(?P<inner>[^,.;:\ue000]{0,80}?)\s*\bas\s+(?:saying|telling\s+(?:[^,.;:\ue000]{1,40}?(?=\s+that\b)|[^,.;:\ue000]{1,40}?)|stating|writing)\b"
    # ("as telling the President that …": the one told, up to its "that", is no content)
    # ("by the Foreign Ministry's press service": the possessive's noun is the channel too)
    r"(?:\s+by\s+(?P<via_after>(?:the\s+)?" + _OUTLET_BEFORE + r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4}(?:\s+" + _OUTLET_NOUN + r"\b|['’]s(?:\s+(?-i:[a-z])[\w-]*){1,3})?))?",
    re.IGNORECASE,
)

#: Phrases that mark a source as anonymous (checked before any actor resolution).
ANONYMITY_RE = re.compile(
    r"on\s+(?:the\s+)?condition\s+(?:of|that\s+(?:he|she|they)\s+(?:not\s+be|remain|was\s+not|were\s+not))\s*(?:anonymity|named|identified|unnamed)?"
    r"|\bnot\s+authori[sz]ed\s+to\b|\bdeclined\s+to\s+be\s+(?:named|identified)\b|\basked\s+not\s+to\s+be\s+(?:named|identified)\b"
    r"|\bspeaking\s+anonymously\b|\banonymous(?:ly)?\b|\bunnamed\b|\bfamiliar\s+with\b|\bclose\s+to\s+the\b|\bbriefed\s+on\b|\bwho\s+(?:requested|asked\s+for)\s+anonymity\b",
    re.IGNORECASE,
)

#: A word of every ANONYMITY_RE alternative: ASCII text without any of them has no match.
_ANONYMITY_WORDS = ("condition", "authori", "declined", "asked", "anonym", "unnamed", "familiar", "close", "briefed")


def has_anonymity_phrase(text: str) -> bool:
    """``bool(ANONYMITY_RE.search(text))``; the regex runs only if the text has one of its words
    (always for non-ASCII text: IGNORECASE matches "ſ" for "s" and "ı" for "i")."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _ANONYMITY_WORDS):
            return False
    return bool(ANONYMITY_RE.search(text))


#: Head nouns of unnamed sources: "a senior US official", "sources", "people familiar with …".
ANON_HEADS: frozenset[str] = frozenset(
    ["official", "officials", "source", "sources", "diplomat", "diplomats", "person", "people", "aide", "aides", "insider", "insiders", "spokesman", "spokeswoman", "spokesperson", "representative", "representatives", "analyst", "analysts", "expert", "experts", "observer", "observers", "critic", "critics", "officer", "officers", "negotiator", "negotiators", "member", "members", "participant", "participants", "staffer", "staffers", "adviser", "advisers", "advisor", "advisors", "lawmaker", "lawmakers", "someone", "delegate", "delegates", "figure", "figures"]
)

#: Head nouns that mark a body, not a person ("the ministry said").
INSTITUTION_HEADS: frozenset[str] = frozenset(
    ["ministry", "department", "government", "embassy", "office", "kremlin", "council", "administration", "statement", "readout", "communique", "communiqué", "declaration", "service", "agency", "commission", "committee", "parliament", "duma", "senate", "congress", "court", "army", "military", "pentagon", "mission", "delegation", "secretariat", "presidency", "cabinet", "authorities", "state", "white", "house", "command", "spokesperson's", "ministry's", "release", "note", "letter", "report", "document", "alliance",
     "organization", "organisation", "bureau", "directorate", "inspectorate", "institute"]
)

#: Head nouns of media and journalists.
MEDIA_HEADS: frozenset[str] = frozenset(["agency", "agencies", "media", "newspaper", "newspapers", "outlet", "outlets", "broadcaster", "channel", "tv", "television", "daily", "paper", "press", "wire", "news"])
JOURNALIST_HEADS: frozenset[str] = frozenset(["correspondent", "reporter", "journalist", "editor", "columnist", "reporters", "correspondents", "journalists"])

#: Reporter sign-offs and intros: "Reporting from New Delhi, …", "Al Jazeera's Pavni Mittal".
REPORTING_INTRO_RE = re.compile(r"^\s*(?:reporting|writing|speaking)\s+from\b", re.IGNORECASE)

PRONOUNS: dict[str, str] = {"he": "person", "she": "person", "they": "any", "it": "institution", "we": "any", "i": "person"}

#: Words that end a leftward scan for the subject noun phrase (clause boundaries, verbs).
NP_STOP_WORDS: frozenset[str] = frozenset(
    ["that", "when", "while", "as", "because", "although", "though", "after", "before", "since", "if", "where", "but", "so", "then", "which", "whom", "is", "was", "were", "are", "has", "have", "had", "be", "been", "will", "would", "could", "can", "may", "might", "should", "must", "do", "does", "did", "not", "meanwhile", "however", "yet", "in", "on", "during", "by", "to", "into", "than", "about", "over", "under", "amid", "despite", "against", "via", "through", "until", "once", "also", "later", "earlier", "separately", "previously", "further", "furthermore", "moreover", "again", "both", "why", "how", "what", "there", "here", "it's", "said", "says", "told", "added", "meeting", "met", "spoke", "chatted"]
)
#: Prepositions allowed inside a noun phrase ("a spokesman for the ministry").
NP_INNER_PREPS: frozenset[str] = frozenset(["of", "for", "with", "at", "from"])
#: Heads a place phrase belongs to: "the Russian embassy in Washington", "the US mission at the UN".
NP_PLACE_HOSTS: frozenset[str] = frozenset(["embassy", "embassies", "consulate", "mission", "delegation", "office", "bureau", "ambassador", "envoy", "representative", "representatives"])
#: Words after which "to"/"on"/"with" stays inside the phrase ("close to the Kremlin").
NP_PREP_HOSTS: frozenset[str] = frozenset(["close", "familiar", "briefed", "near", "knowledgeable", "loyal", "adviser", "advisor", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "aide"])
DETERMINERS: frozenset[str] = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "two", "three", "four", "several", "some", "many", "other", "another", "each", "both"])

#: Adverbials that may sit between a speaker and the cue ("Lavrov also said", "Peskov later told").
ADVERB_WORDS: tuple[str, ...] = ("also", "later", "earlier", "separately", "previously", "again", "then", "further", "repeatedly", "reportedly", "publicly", "privately", "quickly", "simply", "has", "have", "had", "would", "will", "once",
                                 # ("The State Department on Monday formally designated …")
                                 "formally", "officially", "swiftly", "promptly", "immediately", "subsequently", "initially", "finally", "openly", "jointly", "sharply", "flatly", "firmly",
                                 "long",  # ("Russian officials have long argued that …")
                                 "already", "since", "now",  # ("Senate Republicans have already said …")
                                 "just", "recently", "briefly", "personally", "directly",
                                 # ("Antonov would always remind me that …", "officials could only say that …")
                                 "always", "often", "frequently", "usually", "sometimes", "only", "could", "might", "may", "can", "must")  # ("Biden has just posted on Twitter: …")
#: ... and "on Monday", "on Thursday", "last week" (a word after "on" or "last").
#: The word before the last one of an adverbial ADVERB_RE knows: "on Monday", "last week" (a
#: gate: the regex runs only when the last two words could be one); and the last words of
#: the fixed ones ("in turn", "for his part").
ADVERB_BEFORE_WORD: tuple[str, ...] = ("on", "last")
ADVERB_PHRASE_ENDS: frozenset[tuple[str, str]] = frozenset(
    [("in", w) for w in ("turn", "return", "response", "reply")] + [(p, "part") for p in ("his", "her", "its", "their", "our")]
    + [("at", w) for w in ("least", "last", "first")]  # ("the two men had at least agreed that …")
    + [(w, "ago") for w in ("long", "years", "decades")]  # ("Talbott, whose memoir …, long ago argued that …")
)
#: Words in -ly that name a speaker, not a manner ("the Moscow daily said", "the family said").
LY_NOUNS: frozenset[str] = frozenset({"family", "assembly", "rally", "supply", "anomaly", "monopoly", "homily", "bully", "belly", "folly", "daily", "weekly",
                                      "monthly", "quarterly", "biweekly", "fortnightly", "elderly", "underbelly", "panoply", "butterfly"})
#: Any lower-case word in -ly that is no noun of LY_NOUNS: an adverb ("pointedly", "bluntly").
LY_ADVERB = r"(?!(?:" + "|".join(sorted(LY_NOUNS)) + r")\b)[a-z]{3,}ly"
ADVERB_RE = re.compile(
    # (and any lower-case adverb in -ly: "he pointedly reminded …", "Peskov bluntly told …")
    r"(?:\s+(?:" + "|".join(ADVERB_WORDS) + r"|(?-i:" + LY_ADVERB + r")|on\s+\w+day|on\s+\w+|last\s+\w+|in\s+(?:turn|return|response|reply)|for\s+(?:his|her|its|their|our)\s+part|at\s+(?:least|last|first)|(?:long|years|decades)\s+ago))+\s*$",
    re.IGNORECASE,
)


_SECOND_WORD: dict[str, str] = {"according": "to", "pointed": "out", "points": "out", "point": "out", "pointing": "out", "spoke": "of", "referred": "to", "shot": "back", "fired": "back",
                                "made": "clear", "makes": "clear", "making": "clear"}
#: "\s+to\b" etc., compiled once per second word ("made it clear" is "made clear").
_SECOND_WORD_RE: dict[str, re.Pattern] = {w: re.compile(r"\s+" + ("(?:it\\s+)?" if w == "clear" else "") + w + r"\b", re.IGNORECASE) for w in set(_SECOND_WORD.values())}


#: What quotes.py puts in place of quoted text before it looks for cues (a private-use
#: character, never in articles); masked quotes come in long runs.
MASK: str = "\ue000"


def _candidate_re(forms: frozenset[str] | dict[str, str], flags: int = 0) -> re.Pattern:
    """A letter run that is a one-word form or the first word of a two-word cue, not glued to a
    word character, apostrophe or hyphen (the boundaries iter_cues needs)."""
    return re.compile(r"(?<![\w'’-])(?:" + trie_pattern(_candidate_words(forms)) + r")(?![\w-])", flags)


def _candidate_words(forms: frozenset[str] | dict[str, str]) -> set[str]:
    return {f for f in forms if " " not in f} | set(_SECOND_WORD)


class _LowerCandidates:
    """Candidate words in lower-cased text, found with the character before each one.

    A look-behind makes the regex engine start a match at every character; a pattern that
    begins with one character from a set lets it skip ahead to the next separator instead
    (about half the work). The set is ASCII (cheap to test): a non-ASCII letter or digit next
    to a word is rejected in Python. Masked quotes are left out of the set (their long runs
    would each start a match): a word right after a run of them is tried on its own.
    """

    def __init__(self, forms: frozenset[str] | dict[str, str]):
        trie = trie_pattern(_candidate_words(forms))
        self.after_separator = re.compile(r"[^a-z0-9_'’\-" + MASK + "](?:" + trie + r")(?![a-z0-9_-])")
        self.word = re.compile("(?:" + trie + r")(?![a-z0-9_-])")

    def spans(self, low: str) -> list[tuple[int, int]]:
        """(start, end) of the candidates in ``low``; a match at 0 needs a separator before it."""
        out = []
        for m in self.after_separator.finditer(low):
            s, e = m.start(), m.end()
            before = low[s]
            if (not before.isascii() and before.isalnum()) or (e < len(low) and not low[e].isascii() and low[e].isalnum()):
                continue  # next to a non-ASCII letter or digit: inside a word
            out.append((s + 1, e))
        if MASK in low:
            extra = []
            for run in _MASK_RUN.finditer(low):
                m = self.word.match(low, run.end())
                if m and not (m.end() < len(low) and not low[m.end()].isascii() and low[m.end()].isalnum()):
                    extra.append(m.span())
            if extra:
                out = sorted(out + extra)
        return out


_MASK_RUN = re.compile(MASK + "+")
_FIRST = itemgetter(0)
#: For lower-cased text (case-sensitive: the engine skips a branch on its first letter).
_LOWER = {False: _LowerCandidates(VERB_FORMS), True: _LowerCandidates(FRAGMENT_FORMS)}
#: For text whose lower-casing would move offsets or make new ASCII letters.
_CANDIDATES_ANY_CASE = {False: _candidate_re(VERB_FORMS, re.IGNORECASE), True: _candidate_re(FRAGMENT_FORMS, re.IGNORECASE)}
_KELVIN = "\u212a"  # the only character outside ASCII that lower-cases to an ASCII letter ("k")


def candidates(text: str, start: int, end: int, fragment: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the words in ``text[start:end]`` that may be cues (see :func:`iter_cues`),
    in order. Those of a wider window that lie inside a narrower one are the narrower one's."""
    lo = max(0, start - 1)  # one character more: the character before the first word
    seg = text[lo:end]
    low = seg.lower()
    if len(low) == len(seg) and _KELVIN not in seg:
        # every character lower-cased to one character, and to an ASCII letter only if it was
        # one (and \w, apostrophes and hyphens stay what they were): same runs, same offsets
        if start == 0:
            low, lo = " " + low, -1  # the text's start acts as a separator
        return [(s + lo, e + lo) for s, e in _LOWER[fragment].spans(low)]
    # (IGNORECASE also takes "ſ" (long s), "ı", "İ", the Kelvin sign: not [A-Za-z])
    return [m.span() for m in _CANDIDATES_ANY_CASE[fragment].finditer(text, start, end) if m.group().isascii()]


def iter_cues(text: str, start: int, end: int, fragment: bool = False, found: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, cue) for every cue word in ``text[start:end]``.

    A cue is a whole run of ASCII letters (not glued to a letter, digit, ``_``, ``-`` or an
    apostrophe before it) that is a form of the table, or a two-word cue ("according to").
    One regex over a prefix tree of the forms finds the candidates (linear in the text: it
    starts at separators only, tries a few first letters there and never reads more than the
    longest form; see :class:`_LowerCandidates`). ``found``: ``candidates(text, a, b, fragment)`` of a window [a, b) around this one,
    computed once for all the sentences of a paragraph.
    """
    forms = FRAGMENT_FORMS if fragment else VERB_FORMS
    n = len(text)
    if found is None:
        spans = candidates(text, start, end, fragment)
    else:
        k = bisect.bisect_left(found, start, key=_FIRST)
        spans = []
        while k < len(found) and found[k][0] < end:
            if found[k][1] <= end:
                spans.append(found[k])
            k += 1
    for s, e in spans:
        if e == end and e < n and (text[e].isalnum() or text[e] in "-_"):
            continue  # the look-ahead cannot see past ``end``: a word cut by the window
        word = text[s:e]
        low = word.lower()
        second = _SECOND_WORD.get(low)
        if second:
            nxt = _SECOND_WORD_RE[second].match(text[e : min(end, e + 12)])
            if nxt:
                phrase = f"{low} {second}"
                if phrase in forms or (not fragment and phrase in MULTI_CUES):
                    yield s, e + nxt.end(), text[s : e + nxt.end()]
                    continue
        if low in forms:
            yield s, e, word
