"""Actors: who is who. Maps a mention as written ("Sergei Lavrov", "G-20") to one canonical actor.

``data/actors.csv`` lists people, institutions, organisations, treaties and media with their
aliases and transliterations, role (with dates), country, side and kind; an optional
``other_terms`` column lists earlier offices ("President of Russia|2000-05-07|2008-05-07; …"),
so an office names its holder in any era and people sharing a name ("President Bush") are
told apart by the article's date (:meth:`ActorResolver.in_era`). The resolver finds
mentions in text by an alias pattern (longest alias first, spelling variants of hyphens,
apostrophes and periods allowed) and resolves free-standing noun phrases with an exact key,
an alias inside the phrase, then a fuzzy match (rapidfuzz) for misspelt names.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from .frames import Columns, extend_columns
from .paths import data_file
from .text import normalise
from .word_trie import trie_pattern

ACTOR_COLUMNS = ["actor_id", "name", "kind", "country", "side", "role", "role_start", "role_end", "aliases", "notes"]
MENTION_COLUMNS = ["article_id", "paragraph_no", "start", "end", "mention", "actor_id", "name", "kind", "side"]
SIDES = ("US", "Russia", "Ukraine", "third party", "international", "media")

_ROLE_WORDS = r"(?:secretary|minister|president|director|chairman|chair|ambassador|envoy|spokes(?:man|woman|person)|adviser|advisor|chief|general|gen\.|official|aide|head|leader|premier|chancellor|diplomat|correspondent|reporter|editor|star|dealer|player|marine|teacher|journalist)"
_TITLE_TAIL = re.compile(
    r"((?:(?:US|U\.S\.|American|Russian|Russia['’]s|Ukrainian|Indian|Chinese|former|then|top|acting|deputy|vice|prime|foreign|defen[cs]e|state|national|security|special|chief|senior|White\s+House|Kremlin|CIA|of|detained|imprisoned|jailed|formerly|WNBA|arms|basketball|Foreign\s+Affairs|"
    + _ROLE_WORDS
    + r")\s+){1,8})$",
    re.IGNORECASE,
)
_ROLE_RE = re.compile(r"\b" + _ROLE_WORDS + r"\b", re.IGNORECASE)
_CANDIDATE = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|de\s+|al-|bin\s+)?[A-Z][\w’'-]*)*")
_NOT_ACTORS = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "Or", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their", "Our", "Its", "US", "U.S.", "UK", "EU", "American", "Russian", "Ukrainian", "Western", "Source", "Leave", "Reporting", "If", "When", "While", "After", "Before", "Mr", "Ms", "Mrs"]
)


def _key(text: str) -> str:
    """Comparison key: straightened, case-folded, no 'the', no punctuation inside words."""
    text = normalise(text).casefold()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"['.]", "", text)
    text = re.sub(r"[-\s]+", " ", text)
    return text.strip()


_TOKEN = re.compile(r"\w+")
#: What may stand between two words of one alias: spaces, a hyphen, a period, an apostrophe.
_JOINER = re.compile(r"[\s.'’\-\u2010\u2011\u2013]{0,3}")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text).lower())


@lru_cache(maxsize=4096)  # called per mention with the table's aliases
def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor_id: str


def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """The actor table (ACTOR_COLUMNS); ``aliases`` is a ``|``-separated string."""
    path = Path(path) if path else data_file("actors.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ACTOR_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path} lacks the column(s) {', '.join(missing)}.")
    dupes = frame["actor_id"][frame["actor_id"].duplicated()].tolist()
    if dupes:
        raise ValueError(f"{path} lists these actor_id values twice: {', '.join(dupes)}.")
    return frame[ACTOR_COLUMNS + [c for c in frame.columns if c not in ACTOR_COLUMNS]]


#: Nationality words and metonyms with the side they name ("Russian", "Washington").
NATIONALITY: dict[str, str] = {
    "us": "US", "u.s.": "US", "american": "US", "washington": "US", "russian": "Russia", "russia's": "Russia",
    "russia’s": "Russia", "kremlin": "Russia", "moscow": "Russia", "soviet": "Russia", "ukrainian": "Ukraine", "kyiv": "Ukraine",
    "ukraine's": "Ukraine", "ukraine’s": "Ukraine", "chinese": "third party", "indian": "third party",
    "german": "third party", "french": "third party", "british": "third party", "turkish": "third party",
    "european": "third party", "nato": "international", "un": "international",
}
_SIDE_TOKEN = re.compile(r"[\w.’']+")
#: A role that speaks of contacts rather than taking part in them (for the main pair, "the two").
SPOKESPERSON_ROLE = re.compile(r"spokes|press\s+secretary", re.IGNORECASE)
#: A locative or destination just before a name: "… in ", "… to the ", "… at ".
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
#: First names that are almost always a woman's, for "she said" (the actor table has no
#: gender column; a name not listed is simply not known to be a woman's).
_FEMALE_FIRST_NAMES = frozenset(
    ["maria", "mariya", "victoria", "kamala", "hillary", "condoleezza", "madeleine", "nancy", "linda", "wendy", "karine", "jen", "jennifer", "valentina", "elvira", "tatiana", "tatyana", "anna", "olga", "natalia", "natalya", "ekaterina", "yekaterina", "elena", "yelena", "irina", "svetlana", "lynne", "marie", "julia", "yulia", "ursula", "kaja", "annalena", "liz", "elizabeth", "theresa", "angela", "giorgia", "samantha", "susan", "tulsi", "kristi", "pam", "pamela", "karoline", "tammy",
     # common given names of analysts, reporters and officials the table does not list
     "hanna", "hannah", "emma", "sarah", "sara", "laura", "lauren", "emily", "jessica", "rachel", "rebecca", "rose", "mary", "margaret", "margarita",
     "catherine", "katherine", "kate", "katie", "helen", "helena", "alice", "claire", "clare", "sophie", "sophia", "lucy", "amy", "amanda", "andrea",
     "christina", "christine", "diana", "eva", "eve", "fiona", "grace", "ingrid", "isabel", "isabelle", "jane", "janet", "joan", "joanna", "judith",
     "karen", "kathleen", "kristina", "lisa", "louise", "lydia", "marina", "martha", "megan", "melissa", "michelle", "monica", "nadia", "nadezhda",
     "natasha", "nina", "patricia", "rita", "ruth", "sandra", "sofia", "stephanie", "tamara", "tanya", "teresa", "vera", "veronica", "zoya", "lyudmila",
     "ludmila", "galina", "larisa", "oksana", "daria", "darya", "alexandra", "alina", "anastasia", "ksenia", "kseniya", "polina", "marianna", "evelyn",
     "heather", "nikki", "julianne", "dana", "anne", "ann", "lynn", "beth", "ellen", "gina",
     # more common given names of women in US and Russian news (detainees, governors, relatives)
     "brittney", "britney", "cherelle", "gretchen", "whitney", "ashley", "nicole", "melania", "ivanka", "marjorie", "elise", "kirsten", "kristen",
     "jeanne", "jeanine", "dianne", "barbara", "betty", "carol", "deborah", "donna", "dorothy", "sharon", "cynthia", "kathy", "shirley", "virginia",
     "brenda", "olivia", "chloe", "zoe", "tara", "jill", "suzanne", "anita", "maxine", "alsu", "yevgenia", "evgenia", "inna", "alla", "lilia",
     "liliya", "ulyana", "valeria", "kira", "milana", "viktoria", "yana", "masha", "sveta", "kristin", "erin", "molly", "hayley", "jenna",
     "paula", "pauline", "paulina", "jacqueline", "joyce", "judy", "julie", "kimberly", "kelly", "leslie", "marilyn", "nora", "norah", "peggy",
     "sally", "valerie", "wanda", "yvonne", "cathy", "connie", "denise", "doris", "elaine", "frances", "gloria", "irene", "jean", "lori", "phyllis",
     "rosemary", "sue", "susie", "tina", "allison", "alison", "brooke", "courtney", "danielle", "heidi", "holly", "jocelyn", "kara", "kristy",
     "mia", "natalie", "renee", "shannon", "sylvia", "tracy", "inga", "lena", "lilya", "maya", "raisa", "sabina", "snezhana", "vasilisa",
     "tasha", "tiffany", "crystal", "amber", "brittany", "jasmine", "vanessa", "caroline", "charlotte", "abigail", "madison", "samira", "leah",
     "miriam", "esther", "naomi", "bonnie", "carla", "carmen", "cheryl", "colleen", "darlene", "debra", "gail", "kristine", "lorraine",
     "marcia", "marlene", "maureen", "rhonda", "roberta", "sheila", "stacy", "tonya", "wendi", "yolanda"]
)
#: Bumped when the way mentions are matched changes (part of every cached result's key).
MATCHING_VERSION = "6"
#: The word before a surname that says who is meant ("Mrs Clinton"): True for a woman.
_HONORIFICS = {"mrs": True, "mrs.": True, "ms": True, "ms.": True, "miss": True, "madam": True, "madame": True, "mr": False, "mr.": False, "mister": False}
_GIVEN_OR_TITLE = re.compile(r"[A-Z][a-z]+\.?")
#: "Mr. Christopher", "Ms Rice": a title, then a capitalised surname.
_HONORIFIC_SURNAME = re.compile(r"\b(Mrs|Mr|Ms)\.?\s+([A-Z][a-z][\w'’-]*)\b")
#: Words before a name that are titles or ranks, never a given name.
_TITLE_WORDS = frozenset(
    ["president", "prime", "minister", "secretary", "general", "gen", "gen.", "ambassador", "senator", "sen", "sen.", "rep", "rep.", "gov", "gov.", "adm", "adm.",
     "admiral", "colonel", "col", "col.", "lt", "lt.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "vice", "deputy", "chief", "director", "foreign", "defense",
     "defence", "state", "chairman", "premier", "chancellor", "marshal", "comrade", "envoy", "special", "former", "the", "u.s.", "us", "soviet", "russian", "american"]
)
#: Common given names of the people in US–Russia news beyond the actor table's own ("Gennadi
#: Gerasimov", "Nicholas Burns"); words that are also ordinary English ("Will", "Mark",
#: "May", "Grant", "Frank", "Bill") are left out.
_COMMON_FIRST_NAMES = frozenset(
    ["gennadi", "gennady", "vitaly", "vitali", "yevgeny", "evgeny", "andrei", "andrey", "alexei", "aleksei", "alexey", "nikolai", "nikolay", "boris", "vladimir", "dmitry", "dmitri", "sergei", "sergey", "igor", "oleg", "pavel", "pyotr", "mikhail", "ivan", "yuri", "yury", "viktor", "victor", "konstantin", "leonid", "anatoly", "anatoli", "alexander", "aleksandr", "maxim", "denis", "ruslan", "grigory", "valentin", "valery", "valeri", "eduard", "fyodor", "georgy", "kirill", "stanislav", "vasily", "vyacheslav", "arkady", "anton", "artem", "yegor", "vadim", "ilya", "semyon", "timur", "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "antony", "donald", "steven", "paul", "andrew", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "benjamin", "samuel", "gregory", "raymond", "patrick", "dennis", "jerry", "aaron", "adam", "henry", "nathan", "douglas", "peter", "walter", "harold", "keith", "roger", "gerald", "carl", "sean", "arthur", "lawrence", "bruce", "albert", "philip", "marco", "mike", "jim", "tom", "bob", "ted", "chuck", "fred", "ned", "ben", "dan", "tim", "rex", "joe", "jake", "lloyd", "lindsey", "mitch", "hunter", "strobe", "madeleine", "colin", "condoleezza", "hillary", "jen", "tony", "lavrentiy"]
)
#: Capitalised words before a surname that are not given names: sentence openers,
#: conjunctions, prepositions, months and weekdays, place and group words.
_NOT_GIVEN_NAMES = frozenset(
    ["then", "as", "when", "while", "after", "before", "both", "but", "and", "meanwhile", "also", "so", "yet", "if", "although", "though",
     "since", "until", "because", "even", "only", "still", "now", "later", "earlier", "here", "there", "that", "this", "unlike", "like", "under",
     "with", "without", "for", "from", "to", "by", "at", "in", "on", "of", "where", "why", "how", "what", "who", "whom", "whose", "which", "once",
     "indeed", "instead", "thus", "hence", "however", "perhaps", "maybe", "finally", "first", "next", "last", "again", "today", "yesterday",
     "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "kremlin", "moscow", "washington", "kyiv", "kiev",
     "russia", "ukraine", "america", "europe", "western", "eastern", "ukrainian", "european", "british", "french", "german", "chinese",
     "republican", "democrat", "democratic", "candidate", "citizen", "tsar", "czar", "leader", "premier", "speaker", "justice", "judge",
     "officer", "agent", "captain", "major", "sergeant", "private", "corporal", "commander", "lieutenant", "professor", "father", "brother",
     "sister", "saint", "st", "mt", "lord", "lady", "sir", "dame", "king", "queen", "prince", "princess", "emperor", "pope", "patriarch",
     "says", "said", "tells", "told", "meets", "met", "calls", "called", "asks", "asked", "urges", "warns", "hosts", "thanks", "praises",
     # titles in the plural ("Presidents Bush and Putin", "Foreign Ministers Lavrov and …")
     "presidents", "ministers", "secretaries", "leaders", "ambassadors", "generals", "senators", "envoys", "chancellors", "premiers",
     "directors", "chiefs", "commanders", "admirals", "messrs", "comrades", "spokesmen", "diplomats", "officials", "negotiators"]
)
#: Russian patronymics ("Vladimir Vladimirovich Putin", "Maria Vladimirovna Zakharova").
_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|yevich|yevna)$")
_NOT_FIRST_NAMES = frozenset(["will", "mark", "may", "grant", "frank", "bill", "rich", "pat", "art", "sun", "king", "prince", "duke"])
_NICKNAMES = {"bill": "william", "mike": "michael", "jim": "james", "bob": "robert", "tony": "antony", "joe": "joseph", "dick": "richard", "ted": "edward",
              "chuck": "charles", "tom": "thomas", "dan": "daniel", "ben": "benjamin", "tim": "timothy", "fred": "frederick", "ned": "edward", "jen": "jennifer"}


def _same_given_name(word: str, given: frozenset[str]) -> bool:
    """Whether ``word`` can be one of ``given`` (a spelling or a nickname of it: "Sergei" is
    "Sergey", "Tony" is "Antony"); an actor with no known given name fits any."""
    if not given:
        return True
    full = _NICKNAMES.get(word, word)
    return any(g == word or g[:4] == full[:4] or _NICKNAMES.get(g, g)[:4] == full[:4] for g in given)


#: Russian and Ukrainian women's surnames end so ("Zakharova", "Matviyenko" does not).
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|aya|skaya|tskaya)$")


def nationality_side(text: str) -> str | None:
    """The side of the first nationality word or metonym in ``text`` ("Russian" -> Russia)."""
    for tok in _SIDE_TOKEN.findall(text.lower()):
        if tok in NATIONALITY:
            return NATIONALITY[tok]
    return None


def pronoun_fits(name: str, pronoun: str) -> bool:
    """Whether a person called ``name`` can be ``pronoun``: "she" only for a name known to be a
    woman's (:func:`likely_female`), "he" only for one that is not; any other word fits all."""
    low = pronoun.lower()
    if low not in ("he", "she"):
        return True
    return likely_female(name) == (low == "she")


def gender_unknown(name: str) -> bool:
    """True when neither the first name nor a Slavic surname ending tells a man from a woman
    ("Cherelle Griner"; not "Sergei Lavrov", "Maria Zakharova" or a title alone)."""
    words = [w.strip(".,'’").lower() for w in str(name).split()]
    words = [w for w in words if w]
    if len(words) < 2 or words[0] in _TITLE_WORDS or likely_female(name):
        return False
    return words[0] not in _COMMON_FIRST_NAMES and words[0] not in _MALE_TITLES


#: Words before a name that say it is a man's.
_MALE_TITLES = frozenset(["mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"])


def likely_female(name: str) -> bool:
    """True when a person's name is a woman's by its first name or a Slavic surname ending."""
    words = [w.strip(".,'’").lower() for w in str(name).split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0] in _FEMALE_FIRST_NAMES:
        return True
    return len(words) >= 2 and bool(_FEMALE_SURNAME.search(words[-1])) or len(words) == 1 and words[0].endswith(("ova", "eva"))


_MEMO_MAX_CHARS = 4000
_RESOLVERS: weakref.WeakSet = weakref.WeakSet()


def clear_memos() -> None:
    """Forget every resolver's memoised look-ups (the pipeline does this between articles)."""
    for resolver in list(_RESOLVERS):
        resolver.clear_memo()

_MEMO_ENTRIES = 20000


class ActorResolver:
    """Finds and resolves actor mentions. Build once per actor table (see :func:`default_resolver`)."""

    #: set on the resolver of the project's own table (see :func:`is_default`)
    default_table = False

    def __init__(self, actors: pd.DataFrame):
        self.actors = actors.set_index("actor_id", drop=False)
        # Plain dicts for the hot paths: a pandas .loc/.at look-up per mention cost more than
        # finding the mentions (profiled on the synthetic corpus).
        self.info: dict[str, dict[str, str]] = {str(r["actor_id"]): {k: str(v) for k, v in r.items()} for r in actors.to_dict("records")}
        self.kind: dict[str, str] = {a: i["kind"] for a, i in self.info.items()}
        self.side: dict[str, str] = {a: i["side"] for a, i in self.info.items()}
        self._find_memo: dict[str, tuple[Mention, ...]] = {}
        self._context_cuts: dict[str, tuple[tuple[int, int], ...]] = {}
        _RESOLVERS.add(self)
        self._by_key: dict[str, str] = {}
        forms: list[tuple[str, str]] = []
        for row in actors.itertuples(index=False):
            names = [row.name] + [a.strip() for a in str(row.aliases).split("|") if a.strip()]
            for alias in names:
                self._by_key.setdefault(_key(alias), row.actor_id)
                forms.append((alias, row.actor_id))
        # Index aliases by their first word: scanning a text is then one dictionary look-up per
        # word, linear in the text, where one big alternation regex tried every alias at every
        # character (about 10x slower on news text, far worse on pathological input).
        self._index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for alias, actor_id in forms:
            toks = tuple(_tokens(alias))
            if toks:
                self._index.setdefault(toks[0], []).append((toks, alias, actor_id))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: (-len(c[0]), -len(c[1])))
        self._first_words = frozenset(self._index)
        self._first_word_re = re.compile(r"(?<!\w)(?:" + trie_pattern(self._first_words) + r")(?!\w)")
        # the same candidates split by their second word: "the" starts 8 aliases, and a text
        # has many "the"s; only the aliases whose second word follows are worth trying
        # (longest first, then one-word aliases, as in ``_index``)
        self._by_pair: dict[tuple[str, str], tuple] = {}
        self._single: dict[str, tuple] = {}
        for first, candidates in self._index.items():
            for cand in candidates:
                if len(cand[0]) > 1:
                    self._by_pair[(first, cand[0][1])] = (*self._by_pair.get((first, cand[0][1]), ()), cand)
                else:
                    self._single[first] = (*self._single.get(first, ()), cand)
        self._fuzzy_keys = [k for k in self._by_key if " " in k]
        # for "Gennadi Gerasimov" and "Mrs Clinton" (_named_right): each person's given names
        # and the people of each surname
        self._given: dict[str, frozenset[str]] = {}
        self._by_surname: dict[str, list[str]] = {}
        for a, i in self.info.items():
            if i["kind"] != "person":
                continue
            names = [i["name"], *(x.strip() for x in i.get("aliases", "").split("|") if " " in x.strip())]
            self._given[a] = frozenset(w for w in (_tokens(n)[0] for n in names if _tokens(n)) if w not in _TITLE_WORDS)
            surname = (_tokens(i["name"]) or [""])[-1]
            self._by_surname.setdefault(surname, []).append(a)
        self._first_names = (_COMMON_FIRST_NAMES | _FEMALE_FIRST_NAMES | frozenset().union(*self._given.values())) - _NOT_FIRST_NAMES
        self.terms: dict[str, list[tuple[str, str, str]]] = {a: _terms(i) for a, i in self.info.items()}
        # people sharing a name ("President Bush"): the one of the era is chosen by date (in_era)
        owners: dict[str, set[str]] = {}
        for alias, actor_id in forms:
            if self.kind[actor_id] == "person":
                owners.setdefault(_key(alias), set()).add(actor_id)
        self.namesakes: dict[str, tuple[str, ...]] = {}
        for ids in owners.values():
            for a in ids if len(ids) > 1 else ():
                self.namesakes[a] = tuple(sorted(set(self.namesakes.get(a, ())) | ids))

    # -- lookups ---------------------------------------------------------------
    def actor(self, actor_id: str) -> dict:
        """The actor's row as a dict."""
        return dict(self.info[actor_id])

    def name(self, actor_id: str) -> str:
        return self.info[actor_id]["name"]

    def in_era(self, actor_id: str, when: str | None) -> str:
        """Of people sharing a name ("President Bush" is George W. Bush in 2005, his father in
        1990), the one whose time in office is nearest ``when`` (an ISO date or a prefix of one,
        such as a year); ``actor_id`` itself when it has no namesake or no date is known."""
        group = self.namesakes.get(actor_id)
        if not group or not when:
            return actor_id
        return min(group, key=lambda a: (_distance(self.terms[a], when), a != actor_id))

    def find(self, text: str) -> list[Mention]:
        """Every actor mention in ``text`` (non-overlapping, longest alias wins).

        Memoised for short texts: quotes, timeline, mentions and sentiment each scan the same
        paragraphs and sentences of an article, and a look-up is cheaper than a rescan.
        """
        if len(text) > _MEMO_MAX_CHARS:
            return list(self._named_right(text, self._scan(text)))
        hit = self._find_memo.get(text)
        if hit is None:
            if len(self._find_memo) >= _MEMO_ENTRIES:
                self._find_memo.clear()  # bounded memory; a cleared memo only costs a rescan
            hit = self._find_memo[text] = self._named_right(text, self._scan(text))
        return list(hit)

    def _named_right(self, text: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """The mentions with a surname checked against the word before it: "Gennadi
        Gerasimov" is not Valery Gerasimov, "Mrs Clinton" is Hillary, not Bill. Such a
        surname goes to the one namesake in the table that the first name or title fits, or
        is dropped (someone the table does not know) when none does."""
        cuts: list[tuple[int, int]] = []
        out: list[Mention] = []
        if ("Mr" in text or "Ms" in text or "Mrs" in text) and _HONORIFIC_SURNAME.search(text):
            found = self._honorific_surnames(text, found, cuts)
        for m in found:
            replacement = self._namesake(text, m) if " " not in m.text and m.start >= 3 and self.kind[m.actor_id] == "person" else m
            if replacement is not m:
                cuts.append((text.rfind(" ", 0, m.start - 1) + 1, m.start))
            elif replacement is not None and " " not in m.text and m.start >= 3 and text[m.start - 1] == " ":
                # kept because of the word before the given name ("Vladimir Vladimirovich
                # Putin", "Sergey Sergey. Blinken"): a piece starting after that word would be
                # read otherwise, so ParagraphMentions must scan such a piece itself
                ws = text.rfind(" ", 0, m.start - 1) + 1
                if ws > 1 and _GIVEN_OR_TITLE.fullmatch(text, ws, m.start - 1) and text[ws - 1] == " ":
                    cuts.append((text.rfind(" ", 0, ws - 1) + 1, m.start))
            if replacement is not None:
                out.append(replacement)
        if not cuts:
            return found
        if len(self._context_cuts) >= _MEMO_ENTRIES:
            self._context_cuts.clear()
        self._context_cuts[text] = tuple(cuts)
        return tuple(out)

    def context_cuts(self, text: str) -> tuple[tuple[int, int], ...]:
        """``(word start, mention start)`` of each mention in ``text`` (as :meth:`find` read it
        last) that the word before it renamed or dropped: a piece of ``text`` starting between
        the two would be read otherwise (ParagraphMentions asks)."""
        return self._context_cuts.get(text, ())

    def _honorific_surnames(self, text: str, found: tuple[Mention, ...], cuts: list[tuple[int, int]]) -> tuple[Mention, ...]:
        """``found`` with "Mr. Christopher", "Ms. Rice" added where the table lists the person
        without the surname alone (a common word or first name): the one person of that
        surname the title fits."""
        added = []
        for h in _HONORIFIC_SURNAME.finditer(text):
            a, b = h.start(2), h.end(2)
            if any(m.start < b and a < m.end for m in found):
                continue  # ("Mr Lavrov": the table's own alias found it)
            female = _HONORIFICS[h.group(1).lower()]
            people = [p for p in self._by_surname.get(h.group(2).lower(), ()) if likely_female(self.info[p]["name"]) == female]
            if len(people) == 1:
                added.append(Mention(a, b, text[a:b], people[0]))
                cuts.append((h.start(), a))
        if not added:
            return found
        return tuple(sorted((*found, *added), key=lambda m: m.start))

    def _namesake(self, text: str, m: Mention) -> Mention | None:
        """``m`` itself, the namesake the word before it fits, or None (see _named_right)."""
        # the word before, by string look-ups (a regex per mention cost more than the rest)
        if text[m.start - 1] != " ":
            return m
        word = text[text.rfind(" ", 0, m.start - 1) + 1 : m.start - 1]
        if _GIVEN_OR_TITLE.fullmatch(word) is None:
            return m
        word = word.lower()
        if word in _HONORIFICS:
            female = _HONORIFICS[word]

            def fits(a: str) -> bool:
                return likely_female(self.info[a]["name"]) == female
        elif word in self._first_names:
            def fits(a: str) -> bool:
                return _same_given_name(word, self._given[a])
        elif self._unknown_given_name(text, m, word):
            return None  # "Cherelle Griner thanked …": someone else of that surname
        else:
            return m
        if fits(m.actor_id):
            return m
        others = [a for a in self._by_surname.get(m.text.lower().rstrip("."), ()) if a != m.actor_id and fits(a)]
        return Mention(m.start, m.end, m.text, others[0]) if len(others) == 1 else None

    def _unknown_given_name(self, text: str, m: Mention, word: str) -> bool:
        """Whether ``word`` (lower-cased, the capitalised word just before the surname ``m``)
        is a given name the table does not know, so the two name someone else of that
        surname ("Cherelle Griner" is not Brittney, "Hunter Biden" not Joe).

        Only where the shape leaves no other reading: ``word`` opens the name (nothing
        capitalised before it but a sentence start), the text goes on in lower case after the
        surname (not a headline in title case: "Biden Warns Putin Over …"), ``word`` is no
        title, function word, patronymic or other actor's name, and the actor's given names
        are known and differ from it.
        """
        given = self._given.get(m.actor_id)
        if not given or word in _TITLE_WORDS or word in _NOT_GIVEN_NAMES or len(word) < 3 or _PATRONYMIC.search(word) or word.endswith("."):
            return False  # (a word ending a sentence is no given name: "… Sergey. Blinken said")
        if any(_same_given_name(word, frozenset([g])) for g in given):
            return False
        after = text[m.end : m.end + 2]
        bare = not after and text.count(" ") == 1  # the name alone (a speaker's mention)
        if not (bare or after[:1] in (",", ".", ";", ":", "'", "’") or after[:1] == " " and after[1:2].islower()):
            return False
        start = text.rfind(" ", 0, m.start - 1) + 1
        before = text[:start].rstrip()
        if before and before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper():
            return False  # "Vladimir Vladimirovich Putin", "George Walker Bush": a name goes on
        return not self._scan(text[start : m.start - 1])  # not "Trump Putin" (two actors)

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` is a common given name or one of a person of the table ("Lindsey")."""
        return word.lower() in self._first_names

    def clear_memo(self) -> None:
        """Forget memoised look-ups (the pipeline does this between articles)."""
        self._find_memo.clear()
        self._context_cuts.clear()

    def _scan(self, text: str) -> tuple[Mention, ...]:
        low = text.lower()
        if len(low) != len(text):  # lower-casing moved offsets ("İ"): words of the text itself
            return self._scan_words(text, [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)])
        # one regex over the lower-cased text finds the words that start an alias (a prefix
        # tree of the first words, whole words only); the words after one are read only there
        found: list[Mention] = []
        free = 0  # words starting before this offset are inside a mention already
        for first in self._first_word_re.finditer(low):
            if first.start() < free:
                continue
            word = first.group()
            second = _TOKEN.search(low, first.end())
            candidates = (self._by_pair.get((word, second.group()), ()) if second is not None else ()) + self._single.get(word, ())
            words = [first] if second is None else [first, second]  # read further only as needed
            for toks, alias, actor_id in candidates:
                k = len(toks)
                if k == 2:  # the commonest multi-word alias: checked without a loop
                    if second is None or second.group() != toks[1] or _JOINER.fullmatch(text, first.end(), second.start()) is None:
                        continue
                elif k > 2:
                    while len(words) < k and words[-1] is not None:
                        words.append(_TOKEN.search(low, words[-1].end()))
                    if len(words) < k or any(words[j] is None or words[j].group() != toks[j] or _JOINER.fullmatch(text, words[j - 1].end(), words[j].start()) is None for j in range(1, k)):
                        continue
                end = first.end() if k == 1 else second.end() if k == 2 else words[k - 1].end()
                mention = self._mention(text, alias, k, actor_id, first.start(), end)
                if mention is not None:
                    found.append(mention)
                    free = end
                    break
        return tuple(found)

    def _scan_words(self, text: str, spans: list[tuple[int, int, str]]) -> tuple[Mention, ...]:
        """The scan over a list of (start, end, lower-cased word) of ``text``: for text whose
        lower-casing changes its length, and the reference the regex scan is tested against."""
        first, by_pair, single = self._first_words, self._by_pair, self._single
        found: list[Mention] = []
        free = 0
        last = len(spans) - 1
        for i in [i for i, span in enumerate(spans) if span[2] in first]:
            if i < free:
                continue
            word = spans[i][2]
            candidates = (by_pair.get((word, spans[i + 1][2]), ()) if i < last else ()) + single.get(word, ())
            for toks, alias, actor_id in candidates:
                k = len(toks)
                if i + k > len(spans) or any(spans[i + j][2] != toks[j] for j in range(1, k)):
                    continue
                if any(_JOINER.fullmatch(text, spans[i + j - 1][1], spans[i + j][0]) is None for j in range(1, k)):
                    continue
                mention = self._mention(text, alias, k, actor_id, spans[i][0], spans[i + k - 1][1])
                if mention is not None:
                    found.append(mention)
                    free = i + k
                    break
        return tuple(found)

    @staticmethod
    def _mention(text: str, alias: str, n_words: int, actor_id: str, start: int, end: int) -> Mention | None:
        """The mention of ``alias`` (``n_words`` words) running from ``start`` to ``end``, or
        None when its surroundings or case say it is something else."""
        if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or (end < len(text) and text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum()):
            return None
        if alias.endswith(".") and end < len(text) and text[end] == ".":
            end += 1
        surface = text[start:end]
        if _is_acronym(alias):
            if surface.upper() != surface:
                return None  # "un", "ap" are words, not the UN or AP
        elif n_words == 1 and not surface[:1].isupper():
            return None  # "bout", "price": lower-case words, not Viktor Bout or Ned Price
        return Mention(start, end, surface, actor_id)

    def resolve(self, mention: str | None, fuzzy: bool = True) -> str | None:
        """The actor_id a noun phrase refers to, or None.

        Exact alias first ("Sergei Lavrov"), then the longest alias inside the phrase
        ("Russian Foreign Minister Sergey Lavrov"), then a fuzzy match on multi-word names.
        """
        if not mention or not str(mention).strip():
            return None
        key = _key(str(mention))
        if key in self._by_key:
            return self._by_key[key]
        text = str(mention)
        inside = self.find(text)
        if inside:
            # "the Russian embassy in Washington", "the US ambassador to Moscow": a name after
            # "in", "to" or "at" is where the speaker is, not who; it counts only when nothing
            # else in the phrase says who ("officials in Moscow" stay the Kremlin's)
            heads = [m for m in inside if not LOCATIVE_BEFORE.search(text, 0, m.start)]
            if not heads:
                cut = LOCATIVE_BEFORE.search(text, 0, inside[0].start)
                if cut is not None and nationality_side(text[: cut.start()]) is not None:
                    return None
                heads = inside
            best = max(heads, key=lambda m: m.end - m.start)
            return best.actor_id
        if fuzzy and " " in key and len(key) >= 8:
            hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=88)
            if hit:
                return self._by_key[hit[0]]
        return None


@lru_cache(maxsize=4)
def _cached_resolver(path: str, mtime: float) -> ActorResolver:
    return ActorResolver(load_actors(path))


def default_resolver(path: str | Path | None = None) -> ActorResolver:
    """A resolver over ``data/actors.csv`` (cached; rebuilt when the file changes)."""
    p = Path(path) if path else data_file("actors.csv")
    resolver = _cached_resolver(str(p), p.stat().st_mtime)
    if not path:
        resolver.default_table = True
    return resolver


def is_default(resolver: ActorResolver | None) -> bool:
    """Whether ``resolver`` came from :func:`default_resolver` over the project's table (its
    caller may use it as the default one instead of looking the table file up again)."""
    return resolver is not None and resolver.default_table


def mentions(corpus_or_article, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """One row per resolved actor mention in title, standfirst and body paragraphs (MENTION_COLUMNS)."""
    from .corpus import iter_articles

    cols: Columns = {c: [] for c in MENTION_COLUMNS}
    for article in iter_articles(corpus_or_article):
        extend_columns(cols, mention_columns(article, resolver)[0])
    return mention_frame(cols)


def mention_columns(article, resolver: ActorResolver | None = None) -> tuple[Columns, list]:
    """One article's mentions as plain columns (MENTION_COLUMNS) and no notes (batch pipeline)."""
    resolver = resolver or default_resolver()
    cols: Columns = {c: [] for c in MENTION_COLUMNS}
    paras = article.analysable_lists
    when = article.published.isoformat() if article.published else None
    for pno, text in zip(paras["paragraph_no"], paras["text"], strict=True):
        for m in resolver.find(text):
            actor_id = resolver.in_era(m.actor_id, when)  # "President Bush" in 1990 is the father
            info = resolver.info[actor_id]
            values = (article.article_id, int(pno), m.start, m.end, m.text, actor_id, info["name"], info["kind"], info["side"])
            for col, value in zip(MENTION_COLUMNS, values, strict=True):
                cols[col].append(value)
    return cols, []


def mention_frame(cols: Columns) -> pd.DataFrame:
    """The mentions table from plain columns."""
    return pd.DataFrame(cols, columns=MENTION_COLUMNS)


def unresolved(corpus_or_article, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """Capitalised names the actor table does not know: candidates to add to ``actors.csv``.

    Columns: ``mention``, ``count``, ``article_ids``. Places and other non-actors show up here
    too; the list is for a person to read, not a verdict.
    """
    from .corpus import iter_articles
    from .sentences import sentence_spans

    resolver = resolver or default_resolver()
    counts: dict[str, set] = {}
    tally: dict[str, int] = {}
    # what each capitalised run becomes, worked out once per distinct run (a name recurs across
    # articles): (the phrase to count or None, whether it is one word, which is dropped where a
    # sentence starts). Only the overlap with a known mention and the sentence start depend on
    # where the run is.
    seen: dict[str, tuple[str | None, bool]] = {}

    def judge(raw: str) -> tuple[str | None, bool]:
        phrase = _POSSESSIVE.sub("", raw.strip(" ’'-"))
        words = phrase.split()
        if not words or (len(words) == 1 and (phrase in _NOT_ACTORS or len(phrase) < 3)):
            return None, False
        single = len(words) == 1
        while words and words[0] in _NOT_ACTORS:
            words = words[1:]
        phrase = " ".join(words)
        if not phrase or phrase in _NOT_ACTORS or resolver.resolve(phrase, fuzzy=False) is not None:
            return None, single
        return phrase, single

    for article in iter_articles(corpus_or_article):
        for text in article.analysable_lists["text"]:
            covered: list[tuple[int, int]] | None = None
            starts: set[int] | None = None
            for m in _CANDIDATE.finditer(text):
                raw = m.group()
                verdict = seen.get(raw)
                if verdict is None:
                    verdict = seen[raw] = judge(raw)
                phrase, single = verdict
                if phrase is None:
                    continue
                if covered is None:
                    covered = [(x.start, x.end) for x in resolver.find(text)]
                if any(a < m.end() and m.start() < b for a, b in covered):
                    continue
                if single:
                    if starts is None:
                        starts = {a for a, _ in sentence_spans(text)}
                    if m.start() in starts:
                        continue
                counts.setdefault(phrase, set()).add(article.article_id)
                tally[phrase] = tally.get(phrase, 0) + 1
    rows = [{"mention": k, "count": tally[k], "article_ids": ", ".join(sorted(v))} for k, v in counts.items()]
    return pd.DataFrame(rows, columns=["mention", "count", "article_ids"]).sort_values(["count", "mention"], ascending=[False, True], ignore_index=True)


_POSSESSIVE = re.compile(r"['’]s$")
_LEADING_OF = re.compile(r"^(?:of\s+)+", re.IGNORECASE)


def _title_before(before: str) -> str:
    """The role phrase ending right before a name ("Foreign Minister"), normalised, or ""."""
    tail = _TITLE_TAIL.search(before)
    if not tail:
        return ""
    title = _LEADING_OF.sub("", tail.group(1).strip())
    # a title ends in a role word right before the name ("Foreign Minister")
    if _ROLE_RE.search(title) and not title.lower().endswith(" of"):
        return normalise(title)
    return ""


def name_variants(corpus_or_article, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """How each actor is written: distinct spellings and the titles put before their name.

    Columns: ``actor_id``, ``name``, ``spellings`` (distinct surface forms), ``titles``
    (role phrases written before the name), ``n_mentions``, ``inconsistent`` (True when an
    actor is spelt or titled more than one way — material for a "spot the difference" task).
    """
    from .corpus import iter_articles

    resolver = resolver or default_resolver()
    table: dict[str, dict] = {}
    titles_before: dict[str, str] = {}  # the 80 characters before a name -> its title ("" if none)
    for article in iter_articles(corpus_or_article):
        for text in article.analysable_lists["text"]:
            for m in resolver.find(text):
                entry = table.setdefault(m.actor_id, {"spellings": {}, "titles": {}, "n": 0})
                entry["n"] += 1
                entry["spellings"][normalise(m.text)] = None
                if resolver.kind[m.actor_id] != "person":
                    continue
                before = text[max(0, m.start - 80) : m.start]
                title = titles_before.get(before)
                if title is None:
                    title = titles_before[before] = _title_before(before)
                if title:
                    entry["titles"][title] = None
    rows = []
    for actor_id, e in table.items():
        spellings = list(e["spellings"])
        titles = list(e["titles"])
        # "Blinken" after "Antony Blinken" is normal style; other differences are not
        distinct = [s for s in spellings if not any(o != s and o.casefold().endswith(" " + s.casefold()) for o in spellings)]
        rows.append(
            {
                "actor_id": actor_id,
                "name": resolver.name(actor_id),
                "spellings": spellings,
                "titles": titles,
                "n_mentions": e["n"],
                "inconsistent": len(distinct) > 1 or len({t.casefold() for t in titles}) > 1,
            }
        )
    return pd.DataFrame(rows, columns=["actor_id", "name", "spellings", "titles", "n_mentions", "inconsistent"])


# --- people named by their office ("the Russian foreign minister") --------------------------

_COUNTRY_CODES = {"US": "US", "Russia": "RU", "Ukraine": "UA"}  # side -> the table's country code
_ROLE_WORD = re.compile(r"[a-z]+")
LESSER_RANK = re.compile(r"\b(?:deputy|vice|under|assistant|acting|former|ex)\b", re.IGNORECASE)


def _role_words(text: str) -> set[str]:
    return set(_ROLE_WORD.findall(text.lower().replace("defense", "defen").replace("defence", "defen")))


def country_code(place: str, resolver: ActorResolver) -> str | None:
    """"Russian", "Russia's", "US", "America's" -> the actor table's country code (RU, US, UA)."""
    place = re.sub(r"['’]s$", "", place.strip())
    actor_id = resolver.resolve(place, fuzzy=False)
    if actor_id and resolver.info[actor_id]["country"]:
        return resolver.info[actor_id]["country"]
    low = place.lower()
    return _COUNTRY_CODES.get("US" if low == "america" else NATIONALITY.get(low, ""))



#: A head of state by office in the actor table; a former one's office is in its notes
#: ("President of Russia 2008-2012").
_HEAD_OF_STATE = re.compile(r"(?<!Vice )\bPresident of (?:the United States|Russia|the Soviet Union)\b|\bGeneral Secretary of the Soviet")


def is_head_of_state(info: dict[str, str], when: str | None = None) -> bool:
    """Whether an actor (a row of the actor table) is or was a US, Russian or Soviet head of
    state; with ``when`` (an ISO date or a prefix of one), whether they were one then."""
    if info.get("kind") != "person" or _HEAD_OF_STATE.search(f"{info.get('role', '')} {info.get('notes', '')} {info.get('other_terms', '')}") is None:
        return False  # (the cheap test first: most people never were one)
    if when:
        return any(_HEAD_OF_STATE.search(role) and _covers(start, end, when) for role, start, end in _terms(info))
    return True


def role_on(info: dict[str, str], when: str | None) -> str:
    """A person's office on ``when`` (an ISO date): the term covering it, else the table's role."""
    covering = _roles_on(info, when) if info.get("other_terms") else []
    return covering[0] if covering else str(info.get("role", "") or "")


def held_title(info: dict[str, str], word: str, when: str | None) -> bool:
    """Whether a person's office on ``when`` (an ISO date) has ``word`` in its name ("the
    President" in 1985 is Reagan, not Gorbachev, then General Secretary); True without a date
    or when no term covers it (nothing better is known)."""
    covering = _roles_on(info, when)
    return not covering or any(_title_pattern(word).search(role) for role in covering)


def _roles_on(info: dict[str, str], when: str | None) -> list[str]:
    """The offices whose terms cover ``when`` (none without a date)."""
    return [role for role, start, end in _terms(info) if start and _covers(start, end, when)] if when else []


@lru_cache(maxsize=16)
def _title_pattern(word: str) -> re.Pattern:
    return re.compile(r"(?<!Vice )\b" + re.escape(word) + r"\b", re.IGNORECASE)


def _terms(info: dict[str, str]) -> list[tuple[str, str, str]]:
    """``(role, start, end)`` of every office an actor held: the role columns, then the
    optional ``other_terms`` column ("President of Russia|2000-05-07|2008-05-07; …")."""
    out = [(info.get("role", ""), info.get("role_start", ""), info.get("role_end", ""))]
    for part in info.get("other_terms", "").split(";"):
        bits = [b.strip() for b in part.split("|")]
        if len(bits) == 3 and bits[0]:
            out.append((bits[0], bits[1], bits[2]))
    return out


def _covers(start: str, end: str, when: str) -> bool:
    """Whether ``when`` falls in [start, end] (ISO strings; a missing end is open). A prefix such
    as "2011" counts if any day of it does."""
    return (not start or start[: len(when)] <= when) and (not end or when <= end[: len(when)])


def _distance(terms: list[tuple[str, str, str]], when: str) -> int:
    """Years between ``when`` and the nearest of these terms (0 inside one)."""
    year = int(when[:4])
    best = 9999
    for _, start, end in terms:
        if not start:
            continue
        a, b = int(start[:4]), int(end[:4]) if end else 9999
        best = min(best, 0 if a <= year <= b else min(abs(year - a), abs(year - b)))
    return best


def role_holder(resolver: ActorResolver, code: str, role: str, when: str | None, ranked: bool = False) -> str | None:
    """The one person of country ``code`` whose role holds every word of ``role`` on ``when``
    (ISO date; undated: a role still held). "leader" is the president, "top diplomat" the
    foreign minister (the secretary of state in the US). A lesser rank (deputy, under …)
    counts only when ``ranked`` (the mention says it). None when nobody or several fit."""
    role = " ".join(role.lower().split())
    memo = resolver.__dict__.setdefault("_role_candidates", {})  # a few offices, asked many times
    key = (code, role, ranked)
    hits = memo.get(key)
    if hits is None:
        hits = memo[key] = _role_candidates(resolver, code, role, ranked)
    if when:
        hits = [h for h in hits if (not h[1] or h[1] <= when) and (not h[2] or when <= h[2])]
    elif len(hits) > 1:
        hits = [h for h in hits if not h[2]]
    ids = {h[0] for h in hits}
    return ids.pop() if len(ids) == 1 else None


def _role_candidates(resolver: ActorResolver, code: str, role: str, ranked: bool) -> list[tuple[str, str, str]]:
    """``(actor_id, start, end)`` of each term in which a person of country ``code`` held a
    role that fits ``role`` (any date). A "leader" is the president, or the Soviet Union's
    general secretary."""
    if role == "top diplomat":
        role = "secretary of state" if code == "US" else "foreign minister"
    leader = role == "leader"
    words = _role_words(role.replace("leader", "president"))
    pool = [(a, t) for a, i in resolver.info.items() if i["kind"] == "person" and i["country"] == code for t in resolver.terms[a]]
    hits = [(a, t) for a, t in pool if words <= _role_words(t[0]) or (leader and _HEAD_OF_STATE.search(t[0]))]
    hits = [(a, t) for a, t in hits if ranked or not LESSER_RANK.search(t[0])]
    if role == "foreign minister" and not hits:
        hits = [(a, t) for a, t in pool if "foreign affairs" in t[0].lower() and not LESSER_RANK.search(t[0])]
    return [(a, t[1], t[2]) for a, t in hits]


#: "the Russian foreign minister", "Russia's top diplomat", "the US president" in running text.
ROLE_PHRASE = re.compile(
    r"\b(?P<place>U\.S\.|US|American|America['’]s|Russian|Russia['’]s|Soviet|Ukrainian|Ukraine['’]s|Kremlin(?=\s+leader))\s+"
    r"(?P<role>(?i:(?:(?:deputy|vice)\s+)?(?:president|leader|foreign\s+minister|top\s+diplomat|secretary\s+of\s+state|"
    r"defen[cs]e\s+(?:minister|secretary)|national\s+security\s+adviser|prime\s+minister)))\b"
    # not "President-elect", and not a title before the name it introduces ("U.S. President Joe Biden")
    r"(?!-elect)(?!\s+[A-Z][a-z])"
    r"|\btop\s+(?P<place2>U\.S\.|US|American|Russian)\s+diplomat\b"
    # "the President of the USSR and the President of the United States" (a TASS style)
    r"|\b(?-i:the)\s+(?P<role3>(?-i:President|Foreign\s+Minister|Secretary\s+of\s+State|Prime\s+Minister))\s+of\s+(?:the\s+)?"
    r"(?P<place3>(?-i:USSR|U\.S\.S\.R\.|Soviet\s+Union|Russian\s+Federation|Russia|United\s+States(?:\s+of\s+America)?|USA|U\.S\.A\.))\b"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|any|every|no)\s+$", re.IGNORECASE)
#: "his Russian counterpart": the holder, on that side, of the office the subject holds.
COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<place>U\.S\.|US|American|Russian|Soviet|Ukrainian)\s+counterparts?\b")
_OFFICES = (("top diplomat", ("secretary of state", "foreign affairs", "foreign minister")), ("president", ("president",)),
            ({"RU": "minister defence", "US": "secretary defense"}, ("defen",)),
            # offices with another name on each side: the one to look up there, by its country code
            ({"RU": "director svr", "US": "director cia"}, ("director of the cia", "director of the svr")),
            ({"RU": "chief general staff", "US": "chairman joint chiefs"}, ("joint chiefs", "general staff")),
            ({"RU": "security council secretary", "US": "national security adviser"}, ("national security adviser", "security council secretary")))


def offices_in(text: str, resolver: ActorResolver, when: str | None, subject: str | None = None, others: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """``(start, end, actor_id)`` of the people ``text`` names by office ("the Russian foreign
    minister"; "his Russian counterpart" when ``subject``, the clause's first person, holds an
    office we can match on the other side; "their Russian counterparts": those of ``subject``
    and of ``others``, the clause's other people, each)."""
    out = []
    for m in ROLE_PHRASE.finditer(text):
        if _INDEFINITE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "the first meeting between an American president and a Soviet leader": anyone
        place = m.group("place") or m.group("place2") or m.group("place3")
        role = m.group("role") or (m.group("role3") or "").lower() or "top diplomat"
        code = country_code(place, resolver)
        holder = role_holder(resolver, code, role, when, ranked=bool(LESSER_RANK.search(role))) if code else None
        if holder:
            out.append((m.start(), m.end(), holder))
    if subject is None:
        return out
    for m in COUNTERPART.finditer(text):
        code = country_code(m.group("place"), resolver)
        plural = m.group().endswith("s")
        for person in dict.fromkeys((subject, *others)) if plural else (subject,):
            holder = _counterpart(resolver, person, code, when)
            if holder and holder != person and (holder not in (o[2] for o in out)):
                out.append((m.start(), m.end(), holder))
    return out


def _counterpart(resolver: ActorResolver, person: str, code: str | None, when: str | None) -> str | None:
    """Who holds, in country ``code``, the office ``person`` holds on ``when`` ("Panetta's
    counterpart" in 2010: he ran the CIA then), or None."""
    office = next((r for r, s, e in resolver.terms[person] if when and _covers(s, e, when)), resolver.info[person]["role"]).lower()
    for name, keys in _OFFICES:
        if code and any(k in office for k in keys) and not LESSER_RANK.search(office):
            return role_holder(resolver, code, name if isinstance(name, str) else name.get(code, ""), when)
    return None
