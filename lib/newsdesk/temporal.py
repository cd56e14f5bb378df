"""Temporal expressions: find them in a sentence and resolve them HeidelTime-style.

Two steps, as in HeidelTime (see the timeline guide, §4.3):

1. **Find** candidate spans with a table of readable patterns (:data:`RULES`). Each rule
   returns an *underspecified* reading: "Thursday, past tense", "July, since", "last + week".
2. **Resolve** the reading against the article's publication date (the document creation
   time, DCT) and the tense of the nearest verb cue: a bare weekday or month goes to the past
   or the future by tense; "last week" becomes an ISO week; a duration stays a duration.

Values keep their real granularity, as TIMEX3 does: ``2023-03-02`` (day), ``2022-07``
(month), ``2023-W08`` (ISO week), ``2022`` (year), ``PT10M`` (duration). Vague expressions
("in the near term", "later", "in months") get an empty value and a reason — never an
invented day. An article without a publication date still gets its absolute dates; the
relative ones are left unresolved with a reason.

Why hand-written rules rather than ``dateparser.search_dates``: dateparser finds false dates
("may"), turns durations into timestamps ("10 minutes" -> 10 minutes ago), fills missing days
and ignores tense (trial in the guide, §2). We keep its strength in mind but need spans,
granularity and tense, so the resolver is a small table-driven function a teacher can read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import pandas as pd

from . import temporal_rules as R
from .first_chars import with_first_chars
from .folded import Folded, fold
from .frames import frame_from_rows
from .text import LIVE_STAMP

ANALYSER_VERSION = "1.85"

TIMEX_COLUMNS = [
    "article_id", "paragraph_no", "sentence_no", "sentence", "char_start", "char_end",
    "expression", "type", "value", "start", "end", "mod", "approx", "direction", "anchor",
    "tense", "rule", "confidence", "reason",
]
TYPES = ("date", "time", "duration", "set", "vague", "event_anchored")


@dataclass(slots=True)
class Timex:
    """One temporal expression: where it is, what it means, how sure we are."""

    start_char: int
    end_char: int
    expression: str
    type: str
    value: str = ""
    start: dt.date | None = None  # first day of the interval the value covers
    end: dt.date | None = None  # last day (inclusive)
    mod: str = ""
    direction: str = ""  # past | present | future | "" for vague ones
    anchor: str = ""  # explicit | dct | event | previous date (NarrativeClock) | none
    tense: str = ""
    rule: str = ""
    confidence: float = 0.0
    reason: str = ""
    extra: dict = field(default_factory=dict, repr=False)

    @property
    def approx(self) -> bool:
        return self.mod in R.APPROX_MODS


# --- patterns ------------------------------------------------------------------------------

def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
#: A day of the month in words ("the fifth of April", "April the twenty-first"), as broadcast
#: transcripts and British copy write it.
_ORDINAL_DAYS = {word: n for n, word in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], start=1)}
_ORDINAL_DAYS.update({f"twenty-{word}": 20 + n for word, n in list(_ORDINAL_DAYS.items())[:9]})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_DAYWORD = r"(?P<dayword>" + "|".join(w.replace("-", r"[\s-]") for w in sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_SIGNAL = r"(?:(?P<signal>" + _alt(R.INTERVAL_SIGNALS) + r"|" + _alt(R.PLAIN_PREPS) + r")\s+)?"
_PART = r"(?:(?P<part>" + _alt([p for p in R.PART_MODS if not p.endswith("-")]) + r")(?:\s+|-)|(?P<partmid>mid-))?"
#: A count of tens and units in words ("thirty-five", "Twenty-one"), before the single words so
#: "thirty" does not stop short of it.
_TENS_UNITS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)\b"
_NUM = r"(?P<num>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+and[\s-]+a[\s-]+half|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + _TENS_UNITS + "|" + _alt(R.NUMBER_WORDS) + r")"
_QMOD = r"(?:(?P<qmod>" + _alt(R.QUANTITY_MODS) + r")\s+)?"
_UNIT = r"(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
_REL = r"(?P<rel>this\s+past|this\s+coming|last|this|next|past|coming|previous|current)"
_RELYEAR = r"(?:,?\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year)?"
#: "… of last/this/next year": the years from the publication date's
_RELYEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
_WDPREFIX = r"(?:" + _WD + r",?\s+)?"


@dataclass(slots=True)
class Candidate:
    """A span a rule matched, before resolution."""

    start: int
    end: int
    rule: str
    groups: dict
    priority: int


def _p(pattern: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + pattern + r"(?![\w])", re.IGNORECASE)


#: Nouns naming an event a date can be counted from ("on the eve of the Alaska summit").
_EVENT_NOUN = (r"(?:talks|summit|meeting|visit|vote|elections?|referendum|invasion|war|conference|negotiations|call|trip|ceremony|"
               r"anniversary|parade|deadline|forum|session|inauguration|swap|exchange|signing|hearing|assembly|debate|games|olympics|G20|G7|G-20|G-7)")

#: A holiday's name before one of these nouns names a thing, not the day ("a Christmas truce").
_NOT_HOLIDAY_NOUN = r"(?!\s+(?:truce|ceasefire|message|address|speech|tree|holidays|party|market|resolution))"
#: ("the Labor Day holiday", "the Christmas holiday" and "the Victory Day parade" are on the day; "the holidays" a season)

#: (rule name, compiled pattern). Order is the tie-break when two spans have equal length.
RULES: list[tuple[str, re.Pattern]] = [
    ("iso_date", _p(_SIGNAL + r"(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)")),
    # "15/02/2025", "02/15/2025", "15.02.2025", "3/2/23": the order is read off the numbers
    ("numeric_date", _p(_SIGNAL + r"(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d{2}|\d{2})")),
    ("month_day_year", _p(_SIGNAL + _WDPREFIX + _MON + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?" + _RELYEAR)),
    # "the week of March 13": the ISO week that holds the day (HeidelTime's 2023-W11)
    ("week_of_md", _p(_SIGNAL + r"(?:the\s+)?week\s+(?:of|beginning|starting)\s+" + _MON + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?")),
    ("week_of_dm", _p(_SIGNAL + r"(?:the\s+)?week\s+(?:of|beginning|starting)\s+(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?")),
    ("day_month_year", _p(_SIGNAL + _WDPREFIX + r"(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?" + _RELYEAR)),
    ("dayword_month", _p(_SIGNAL + _WDPREFIX + r"(?:the\s+)?" + _DAYWORD + r"\s+of\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?" + _RELYEAR)),
    ("month_dayword", _p(_SIGNAL + _WDPREFIX + _MON + r"\s+(?:the\s+)?" + _DAYWORD + r"(?!-)(?:,?\s+" + _YEAR + r")?" + _RELYEAR)),  # (not "the March first-quarter figures")
    ("date_range", _p(_SIGNAL + _MON + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*(?:(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+" + _YEAR + r")?")),
    ("weekend", _p(r"(?P<signal>over|during|at|on|for|this|next|last|by|until|till|before)\s+the\s+weekend|(?:(?<=spend\s)|(?<=spends\s)|(?<=spent\s)|(?<=spending\s))the\s+weekend|(?P<signal2>over|during|at|on)\s+the\s+(?P<rel>past|last|coming|next)\s+weekend"
                   # "the weekend summit", "their weekend talks": the weekend of an event (the word alone, as annotators mark it)
                   r"|(?:(?<=\bthe\s)|(?<=\btheir\s))weekend(?=\s+(?:summit|talks|meeting|session|visit|trip|call|negotiations|discussions|conference|retreat|encounter|vote|attack|strikes?)\b)")),
    ("month_year", _p(_SIGNAL + _PART + r"(?:(?P<rel>last|this|next)\s+)?" + _MON + r"(?:\s+of)?,?\s+" + _YEAR)),
    ("part_rel_period", _p(_SIGNAL + r"(?P<part>early|mid|late|earlier|later|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)(?:\s+|-)" + r"(?P<rel>last|this|next)\s+(?P<unit>week|month|year)")),
    ("rel_period", _p(_SIGNAL + _REL + r"\s+(?P<unit>week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter)")),
    ("rel_month", _p(_SIGNAL + _PART + r"(?P<rel>last|this|next)\s+" + _MON)),
    ("month", _p(_SIGNAL + _PART + _MON + _RELYEAR)),
    ("season_year", _p(_SIGNAL + _PART + r"(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + _YEAR)),
    ("decade", _p(_SIGNAL + r"(?:the\s+(?=(?:early|mid|late)\b))?" + _PART + r"(?:the\s+)?(?P<decade>(?:19|20)\d0)['’]?s")),
    # "the 21st century": TIMEX3's two-digit century "20" (the years 2000-2099)
    # ("a 16th-century castle": the adjective too)
    ("century", _p(_SIGNAL + r"(?P<cent>[1-9]|[12]\d)(?:st|nd|rd|th)[\s-]+century")),
    # "in the first week of April": the ISO week holding that week's first day, by the tense
    ("week_ord_month", _p(_SIGNAL + r"the\s+(?P<word>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?")),
    # fixed-date holidays: "on Christmas Eve", "until New Year's Day", "Victory Day"
    ("holiday", _p(_SIGNAL + r"(?P<holiday>Christmas\s+Eve|Christmas\s+Day|Christmas|Orthodox\s+Christmas\s+Eve|Orthodox\s+Christmas|Independence\s+Day|Victory\s+Day|Thanksgiving(?:\s+Day)?|Fourth\s+of\s+July"
                             r"|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Unity\s+Day|Defender\s+of\s+the\s+Fatherland\s+Day)(?:,?\s+" + _YEAR + r"\b)?(?:\s+(?P<tod>morning|afternoon|evening|night)\b)?" + _NOT_HOLIDAY_NOUN)),
    ("new_year", _p(_SIGNAL + r"(?P<holiday>New\s+Year['’]s(?:\s+(?:Eve|Day)|(?!\s+(?:Eve|Day)\b))|New\s+Year(?=\s+(?:celebrations?|festivities|festival)\b))(?:,?\s+" + _YEAR + r"\b)?" + _NOT_HOLIDAY_NOUN)),
    # "in the fourth quarter of 2023", "the first half of 2024": TIMEX3's 2023-Q4, 2024-H1
    ("quarter_year", _p(_SIGNAL + r"(?:the\s+)?(?P<qord>first|second|third|fourth|final|last)\s+quarter\s+(?:of\s+)?" + _YEAR)),
    ("half_year", _p(_SIGNAL + r"the\s+(?P<hord>first|second)\s+half\s+of\s+" + _YEAR)),
    # "in the fourth quarter": the year by the tense, as for a bare month
    ("quarter", _p(_SIGNAL + r"the\s+(?P<qord>first|second|third|fourth|final)\s+quarter(?!\s+of\b)")),
    # "in fiscal 2001", "FY2025", "the 2024 fiscal year": TIMEX3's FY2001 (a budget year, not
    # the calendar year); "the current fiscal year" by the US federal year (October-September)
    ("fiscal_year", _p(_SIGNAL + r"(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<fy>(?:19|20)\d{2})|FY\s?-?(?P<fy2>(?:19|20)?\d{2})|(?:the\s+)?(?P<fy3>(?:19|20)\d{2})\s+(?:fiscal|financial)\s+year)")),
    # ("before the fiscal year ends Sept. 30": a bare "the fiscal year" is the current one)
    ("fiscal_rel", _p(_SIGNAL + r"(?:(?:the\s+)?(?P<rel>current|this|next|coming|last|previous|past)\s+|the\s+)fiscal\s+year(?!\s+(?:19|20)\d\d)")),
    ("year", _p(_SIGNAL + _PART + r"(?:the\s+year\s+)?" + _YEAR)),  # ("by the year 2003")
    # ("in the early hours of Monday": its morning)
    ("weekday", _p(_SIGNAL + r"(?:(?P<tpart>early|late|later|earlier)\s+(?:on\s+)?|(?:in\s+)?the\s+(?P<small>early|small|wee)\s+hours\s+of\s+"
                   # "from early morning on Friday", "the evening of Tuesday": the part of the day first
                   r"|(?:(?:in\s+)?the\s+)?(?:(?:early|late)\s+)?(?P<todfirst>morning|afternoon|evening|night)\s+(?:on|of)\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?" + _WD + r"(?:\s+(?P<tod>morning|afternoon|evening|night))?")),
    ("day_of_month", _p(_SIGNAL + r"the\s+" + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:century|anniversary|round|time|floor|amendment|day|week|month|year))")),
    ("deictic", _p(_SIGNAL + r"(?:(?P<dpart>earlier|later)\s+)?(?P<deictic>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening)|last\s+night|overnight)")),
    # "earlier in the day": the day the article tells of, which news takes as its own date
    ("day_part", _p(r"(?P<dpart>earlier|later)\s+in\s+the\s+(?P<dunit>day|week|month|year)")),
    ("part_the_period", _p(_SIGNAL + r"(?P<part>the\s+end|the\s+start|the\s+beginning|the\s+middle|the\s+first\s+half|the\s+second\s+half|the\s+(?:first|second|third|fourth|final|last)\s+quarter)\s+of\s+(?P<rel>the|this|next|last)\s+(?P<unit>week|month|year|decade)")),
    ("year_end", _p(_SIGNAL + r"(?:(?:this\s+)?year['’]s\s+end|year[- ]end\b)")),  # "by year's end", "by year-end": this year, its end
    ("after_next", _p(_SIGNAL + r"the\s+(?P<unit>week|month|year)\s+after\s+next")),
    # "a week from Tuesday": the coming Tuesday, a week on; "this time last year": that day a year back
    ("week_from_weekday", _p(r"(?P<wkn>a|one|two|three)\s+weeks?\s+from\s+(?:this\s+|next\s+)?" + _WD)),
    ("this_time", _p(r"(?:at\s+|by\s+)?this\s+time\s+(?P<tty>last|next)\s+year")),
    # "early in the new year": the year that begins after the publication date (written in its
    # first half, the year under way)
    ("the_new_year", _p(_SIGNAL + _PART + r"(?:in\s+)?the\s+(?-i:new\s+year)(?!['’])")),  # (not "the New Year": the holiday)
    ("season", _p(_SIGNAL + _PART + r"(?:the\s+|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bin\s)|(?<=\bin\searly\s)|(?<=\bin\slate\s))(?P<season>spring|summer|autumn|fall|winter)(?!\s+of\s+\d)(?!\s+(?-i:Olympics|Olympic|Games|Palace|War)\b)(?:\s+of\s+(?P<relyear>last|this|next)\s+year(?!['’]))?")),
    ("duration_compound", _p(r"(?:(?P<signal>for|in|during|over|within|after)\s+)?" + _QMOD + r"(?P<num>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+hours?(?:,?\s+and|(?=\s+\d+\s+minutes?))\s+(?P<num2>\d+|" + _alt(R.NUMBER_WORDS) + r")\s+minutes?(?!\s+(?:later|earlier|afterwards?|before|ago)\b)")),
    ("ago", _p(_QMOD + _NUM + r"[\s-]+" + _UNIT + r"\s+ago(?:(?P<agotoday>\s+today|\s+to\s+the\s+day)|\s+this\s+(?P<agothis>week|month)|\s+on\s+(?P<agowd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?")),
    ("from_now", _p(_QMOD + _NUM + r"[\s-]+" + _UNIT + r"\s+(?:from\s+(?:now|today)|hence)")),
    ("vague_ago", _p(r"(?P<vq>" + _alt(R.VAGUE_COUNTS) + r"\s+)?" + r"(?P<unit>days|weeks|months|years|decades)\s+ago")),
    # (not the "night after" of "last night after Gore called": "last night" is the expression)
    # ("for about three hours earlier this month": a length, then the month; not an offset)
    ("anchored_offset", _p(r"(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\byesterday\s)(?<!\btomorrow\s)(?<!\bfor\s)(?<!\bfor\sabout\s)(?<!\bfor\snearly\s)(?<!\bfor\salmost\s)(?<!\bfor\sroughly\s)(?<!\bfor\saround\s)(?<!\bfor\sover\s)(?<!\bfor\sonly\s)(?<!\bfor\sjust\s)" + _QMOD + r"(?:(?:" + _NUM + r"|(?P<vq>" + _alt(R.VAGUE_COUNTS) + r"))[\s-]+)?" + _UNIT + r"\s+(?:to\s+the\s+day\s+)?(?P<dir>after|before|later(?!\s+than\b)|earlier(?!\s+than\b|\s+(?:this|last|in\s+the)\s+(?:week|month|year|day))|prior\s+to)(?=(?P<anchor>(?:\s+(?:the|a|an|his|her|their|its|[A-Z][\w'’.-]*|[\w'’-]+(?=\s+(?:summit|talks|meeting|call|invasion|war|election|visit|conference))|summit|talks|meeting|call|invasion|war|election|visit|conference|of|in)\b){0,6}))")),
    ("anchored_known", _p(r"(?P<signal>since|before|after|until|ahead\s+of|prior\s+to)\s+(?P<known>" + "|".join(a for a, _, _ in R.KNOWN_ANCHORS) + r")")),
    # "the next day", "the day before": a day counted from the date the story last gave
    # "that afternoon": a part of the day the story gave; "on the eve of the talks": the day before it
    # "talks that stretched into the afternoon", "late in the evening": that part of the story's day
    ("narrative_part", _p(r"(?:that|the\s+same)\s+(?P<npart>morning|afternoon|evening|night)|(?:(?:late|early)\s+)?(?:(?:in|into|through|throughout|until|till)\s+the\s+(?:(?:late|early)\s+)?|(?:since|from|until|till)\s+(?:late|early)\s+)(?P<npart4>morning|afternoon|evening|night)(?!\s+(?:of|hours\s+of|before(?!\s+[a-z]+ing\b)|on|in)\b|\s+after\s+(?!(?:nearly|about|almost|some|roughly|over|just|more\s+than|several|a\s+few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b))|the\s+(?P<nprel>previous|preceding|following|next)\s+(?P<npart2>morning|afternoon|evening|night)"
                          # "the night before": the part of the day before the story's last date
                          r"|the\s+(?P<npart3>morning|afternoon|evening|night)\s+(?P<nprel3>before)(?!\s+(?:tomorrow|yesterday|the|a|an|his|her|their|its|he|she|they|we|it|last|[a-z]+ing)\b)")),  # ("ran into the evening before collapsing": a conjunction)
    # translated Russian briefings: "in the second half of the day" (во второй половине дня), the story's day's afternoon
    ("narrative_half", _p(r"(?:in\s+)?the\s+(?P<nhalf>first|second)\s+half\s+of\s+the\s+day")),
    # "the following Monday", "the previous Friday evening": counted from the story's last day
    ("narrative_weekday", _p(r"(?:on\s+)?the\s+(?P<nwrel>following|previous|preceding)\s+" + _WD + r"(?:\s+(?P<tod>morning|afternoon|evening|night))?")),
    # "That same Friday evening, a letter began arriving": the Friday of the days the story tells
    # (not the "that" of what was said: "said that Tuesday's meeting had been useful")
    ("narrative_that_weekday", _p(r"(?:on\s+)?(?<!said\s)(?<!says\s)(?<!told\s)(?<!added\s)(?<!noted\s)(?<!stated\s)(?<!announced\s)(?<!reported\s)(?<!confirmed\s)(?P<nwrel>that)\s+(?:same\s+)?"
                                  + _WD + r"(?![’']s)(?:\s+(?P<tod>morning|afternoon|evening|night))?")),
    # "signed in April 2010 and entered into force the following February": from the story's last date
    # "before the pandemic halted them in March of that year": the month of the year the story gave
    ("month_that_year", _p(_SIGNAL + _PART + _MON + r"\s+of\s+that\s+year")),
    # "sized each other up over lunch in Helsinki that July": the July of the year the story told last
    ("month_that", _p(r"(?:(?:in|by|during|until)\s+)?that\s+(?:same\s+)?" + _MON + r"(?!\s+\d)")),
    ("narrative_month", _p(r"(?:in\s+)?the\s+(?P<nmrel>following|previous|preceding)\s+" + _MON + r"(?!\s+\d)")),
    # "NATO bombed Yugoslavia the following spring", "the talks were announced that autumn": the
    # season of (or after, before) the year the story gave before it
    ("narrative_season", _p(r"(?:(?:in|during|by)\s+)?(?:the\s+(?P<nsrel>following|previous|preceding)|that)\s+(?P<nseason>spring|summer|autumn|fall|winter)\b(?![’'-]\w)")),
    ("narrative_eve", _p(r"(?:on\s+)?the\s+(?P<eve>eve)\s+of\s+(?:(?:the|a|an|this|his|her|their|its|[A-Z][\w'’.-]*['’]s)\s+)?(?:[\w'’.-]+[\s-]+){0,3}?" + _EVENT_NOUN)),
    ("narrative_day", _p(r"(?:(?:the|that)\s+(?P<ns>same)\s+day|(?P<nsame>earlier|later)\s+that\s+day|(?:(?P<nsame2>earlier|later)|(?P<nin>in|during))\s+that\s+(?P<nunit2>week|month|year)(?![’'])|the\s+(?:(?P<nd>next|following|previous|preceding)\s+day|(?P<nw>following|previous|preceding)\s+(?P<nunit>week|month|year)|(?P<nrelunit>day|week|month|year)\s+(?P<nrel>before|after)(?!\s+(?:tomorrow|yesterday|last|next|the|a|an|his|her|their|its|he|she|they|we|it)\b)))")),
    ("past_n_units", _p(r"(?:(?P<signal>over|in|during|for|within|throughout)\s+)?the\s+(?P<pn>past|last|previous|preceding|next|coming|following)\s+" + r"(?:(?P<vq>" + _alt(R.VAGUE_COUNTS) + r")\s+|" + _NUM + r"\s+)?" + _UNIT)),
    ("duration_half", _p(r"(?:(?P<signal>for|in|during|over|within|after)\s+)?" + _QMOD + r"(?P<half>(?:an?|one)\s+(?P<unit>hour|day|year|minute)\s+and\s+a\s+half|half\s+an\s+hour|half[\s-]hour|half\s+a\s+day|half\s+a\s+year)")),
    # "the 12-year-old pact": the age of a treaty is a duration (a person's age is no time expression)
    ("duration_age", _p(_NUM + r"-(?P<unit>year|month)-old(?=\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|accord|agreement|ban|moratorium|alliance|partnership|deal|framework|regime|hotline|dialogue)\b)")),
    # "keep observing the limits for one year after expiry": a span, not a date after the event
    # "to observe its limits for another year", "for a further five years": a span counted on
    ("duration_another", _p(r"(?P<signal>for)\s+" + _QMOD + r"(?P<another>another|a\s+further|one\s+more)[\s-]+(?:" + _NUM + r"[\s-]+)?" + _UNIT + r"(?!-old|\s+old|\s+ago)")),
    ("duration_for", _p(r"(?P<signal>for)\s+" + _QMOD + r"(?:" + _NUM + r"|(?P<another>another|a\s+further|one\s+more))[\s-]+" + _UNIT + r"(?=\s+(?:after|before)\b)")),
    ("duration", _p(r"(?:(?P<signal>for|in|during|over|within|after)\s+)?" + _QMOD + _NUM + r"[\s-]+(?:(?:more|additional|further|extra|long)\s+)?" + _UNIT + r"(?!-old|\s+old|\s+ago|\s+from\s+(?:now|today)|\s+hence|\s+(?:after|before|later(?!\s+than\b)|earlier(?!\s+than\b|\s+(?:this|last|in\s+the)\s+(?:week|month|year|day))))(?:[\s-]long)?")),
    ("duration_long", _p(r"(?:an?\s+)?(?P<unit>hour|day|week|month|year)[\s-]?long")),
    ("vague_duration", _p(r"(?:(?P<signal>for|in|over|within|after)\s+)(?:(?P<vq>" + _alt(R.VAGUE_COUNTS) + r")\s+)?(?P<unit>minutes|hours|days|weeks|months|years|decades)(?!\s+ago)")),
    ("vague_duration_of", _p(r"(?P<unit>months|years|weeks|decades)(?=\s+of\s)")),
    # "lasted hours" (vague), "could last several hours", "spent a few days" (a duration of some units)
    ("vague_duration_took", _p(r"(?:(?<=took\s)|(?<=takes\s)|(?<=take\s)|(?<=lasted\s)|(?<=last\s)|(?<=lasts\s)|(?<=lasting\s)|(?<=spent\s)|(?<=spend\s)|(?<=spending\s))"
                                r"(?:(?P<vq>several|a\s+few|a\s+couple\s+of)\s+)?(?P<unit>minutes|hours|days|weeks|months|years|decades)\b")),
    # ("every summer", "each winter": once a year)
    ("set_every", _p(r"(?:every|each)\s+(?:(?P<other>other)\s+|" + _NUM + r"\s+)?(?:(?P<unit>day|week|month|year|hour|minutes?|hours|days|weeks|months|years)|(?P<everyseason>summer|winter|spring|autumn|fall)|" + _WD + r")")),
    # ("laid wreaths every May 9": that day of each year)
    ("set_every_date", _p(r"(?:every|each)\s+" + _MON + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b")),
    ("set_every_vague", _p(r"(?:every|each)\s+(?P<vq>few|several|couple\s+of)\s+(?P<unit>days|weeks|months|years)")),
    ("set_freq", _p(r"(?P<freq>(?:(?:once|twice|three\s+times|\d+\s+times)\s+or\s+)?(?:once|twice|(?:three|four|five|six|ten|several|many|multiple|a\s+few|a\s+dozen|\d+)\s+times))\s+(?:a|per|each|every)\s+(?P<unit>day|week|month|year)")),
    # "up to 18 on-site inspections a year": a rate after a plural count noun (not "talks a year ago")
    ("set_rate", _p(r"(?<=[a-z]s\s)(?:a|per)\s+(?P<unit>day|week|month|year)(?!\s+(?:ago|after|before|earlier|later|from|since|on|in|into|out|or|and|of|to|long|hence)\b)(?!['’-])")),
    ("set_word", _p(r"(?P<setword>" + _alt(R.SET_WORDS) + r")")),
    ("weekday_plural", _p(r"(?:on\s+)?(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)")),
    # wire style "0800 GMT", "1500 UTC", "13:00 Moscow time": a 24-hour clock needs its zone
    ("clock_24", _p(r"(?:(?P<signal>at|around|about|by|until|from)\s+)?(?P<hh>[01]\d|2[0-3])[:.]?(?P<mm>[0-5]\d)\s+(?:hours\s+)?(?P<tz>GMT|UTC|MSK|CET|CEST|BST|EET|EEST|EST|EDT|ET|PST|PDT|AKDT|Zulu|local\s+time|Moscow\s+time|Kyiv\s+time|Washington\s+time)\b")),
    # a two-digit 24-hour clock after a time preposition needs no zone: "began at 14:07",
    # "between 16:00 and 18:00 Moscow time", British "at around 14.30" (a dotted one is checked
    # in _accept: "stood at 14.50 roubles" is a price); one-digit hours ("at 3:30") are left
    # alone: a 12-hour clock without a.m. or p.m. names no hour
    ("clock_24_signal", _p(r"(?P<signal>at|around|about|by|until|till|from|between|before|after|since)\s+(?:(?:around|about|approximately|roughly|precisely|exactly|just\s+after|just\s+before)\s+)?(?P<hh>[01]\d|2[0-3])(?P<sep>[:.])(?P<mm>[0-5]\d)(?![:.,]?\d)")),
    # "just after ten o'clock", "at 7 o'clock in the evening": an hour on the clock
    ("oclock", _p(r"(?:(?P<signal>at|around|about|by|until|after|before|just\s+after|just\s+before|shortly\s+after|shortly\s+before)\s+)?(?:(?:about|around|nearly|almost)\s+)?"
                  r"(?P<och>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])\s+o['’]clock(?:\s+(?:in\s+the\s+|this\s+)?(?P<ocpart>morning|afternoon|evening|at\s+night|tonight))?")),
    # the clock in words, as broadcasters and British copy write it: "just after a quarter past
    # seven in the evening", "at half past nine", "a quarter to eight this morning"
    ("clock_words", _p(r"(?:(?P<signal>at|around|about|by|until|after|before|just\s+after|just\s+before|shortly\s+after|shortly\s+before)\s+)?(?:(?:about|around|nearly|almost)\s+)?"
                       r"(?:a\s+)?(?P<cwmin>quarter\s+past|quarter\s+after|quarter\s+to|half\s+past)\s+(?P<och>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])(?:\s+o['’]clock)?"
                       r"(?:\s+(?:in\s+the\s+|this\s+)?(?P<ocpart>morning|afternoon|evening|at\s+night|tonight))?")),
    # a live blog's time stamp opening an entry: "14:05: Kerry says …", "09.40 - The talks …"
    # (or with no mark after it, before the entry's first capital: "16:20 Trump and Putin have …")
    ("clock_stamp", _p(r"^(?P<hh>[01]\d|2[0-3])[:.](?P<mm>[0-5]\d)(?=\s*(?::|[-–—])\s|\s+(?-i:[A-Z])[a-z])")),
    ("time_of_day", _p(r"(?:(?P<signal>at|around|about|by|until|from)\s+)?(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?:\s+(?P<tz>EST|EDT|ET|GMT|UTC|CET|MSK|local\s+time|(?-i:[A-Z][a-z]+)\s+time))?")),
    ("noon", _p(r"(?:(?P<signal>at|around|about|by|until|before|after|from)\s+)?(?P<noon>noon|midday|midnight)(?:\s+(?P<tz>local\s+time|(?-i:[A-Z][a-z]+)\s+time))?")),
    ("vague", _p(r"(?P<vague>" + _alt(R.VAGUE) + r")")),
]
_PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}

# --- prefilter -----------------------------------------------------------------------------
# Most sentences hold no date at all, and a rule cannot match (or cannot be accepted) unless the
# text holds its core word: a month name, a unit, 'ago'. One cheap search per core word lets us
# skip most of the 41 rules, each of which would otherwise try every position of the text.
# Each feature below is a NECESSARY condition of the rules listing it (checked against the
# unfiltered scan in tests/test_speedups.py and tests/test_timeline_speed_equivalence.py), so
# skipping a rule never changes the result.
_I = re.IGNORECASE
_FEATURES: dict[str, re.Pattern] = {
    "digit": re.compile(r"\d"),
    "iso": re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d"),
    "numdate": re.compile(r"\d[/.][0-3]?\d[/.]\d\d"),
    "year": re.compile(r"(?:1[89]|20)\d{2}"),
    "decade": re.compile(r"(?:19|20)\d0"),
    "ordinal": re.compile(r"\d(?:st|nd|rd|th)", _I),
    "daynum": re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\b", _I),  # a word that can be a day of the month
    # (and in words: "twenty-first" is the tokens "twenty" and "first")
    "dayword": re.compile(r"\b(?:" + "|".join(w for w in _ORDINAL_DAYS if "-" not in w) + r")\b", _I),
    "range": re.compile(r"\d(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)", _I),  # "March 3-5", "3 to 5"
    # _accept rejects a month or weekday whose first letter is lower case: only capitalised ones count
    "month": re.compile(r"\b(?:J(?i:anuary|an|une|un|uly|ul)|F(?i:ebruary|eb)|M(?i:arch|ar|ay)|A(?i:pril|pr|ugust|ug)|S(?i:eptember|ept|ep)|O(?i:ctober|ct)|N(?i:ovember|ov)|D(?i:ecember|ec))\b"),
    "weekday": re.compile(r"\b(?:M(?i:on)|T(?i:ue|hu)|W(?i:ed)|F(?i:ri)|S(?i:at|un))"),
    "unit": re.compile(r"\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\b", _I),
    "wmy": re.compile(r"\b(?:week|month|year)\b", _I),
    "plural_unit": re.compile(r"\b(?:minutes|hours|days|weeks|months|years|decades)\b", _I),
    "plural_period": re.compile(r"\b(?:weeks|months|years|decades)\b", _I),
    "rel_word": re.compile(r"\b(?:last|this|next)\b", _I),
    "period_part": re.compile(r"\b(?:end|start|beginning|middle|half|quarter)\b", _I),  # "the end of", "the first half of"
    "weekday_plural": re.compile(r"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", _I),
    "relperiod": re.compile(r"\b(?:week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter)\b", _I),
    "season": re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", _I),
    "weekend": re.compile(r"weekend", _I),
    "deictic": re.compile(r"today|night|yesterday|tomorrow|morning|afternoon|evening", _I),
    "hour": re.compile(r"hour", _I),
    "minute": re.compile(r"minute", _I),
    "ago": re.compile(r"\bago\b", _I),
    "hence": re.compile(r"now|today|hence", _I),
    "dir": re.compile(r"\b(?:after|before|later|earlier|prior)\b", _I),
    "known_signal": re.compile(r"since|before|after|until|ahead|prior", _I),
    "known": re.compile(r"invasion|invaded|war|operation|geneva|biden|trump|alaska|anchorage|helsinki|reykjavik|malta|crimea|snowden", _I),
    "pn": re.compile(r"\b(?:past|last|previous|preceding|next|coming|following)\b", _I),
    "half": re.compile(r"half", _I),
    "eve": re.compile(r"\beve\b", _I),
    "old": re.compile(r"\bold\b", _I),
    "long": re.compile(r"long", _I),
    "took": re.compile(r"took|take|last|spent|spend", _I),
    "every": re.compile(r"every|each", _I),
    "freq": re.compile(r"once|twice|times", _I),
    "rate": re.compile(r"\b(?:day|week|month|year)\b", _I),  # (a gate of whole words: "18 inspections a year")
    "setword": re.compile(_alt(R.SET_WORDS), _I),
    "ampm": re.compile(r"\d\s*(?:a\.m\.|p\.m\.|am|pm)", _I),
    "noon": re.compile(r"noon|midday|midnight", _I),
    "holiday": re.compile(r"christmas|independence|victory|thanksgiving|fourth|labor|memorial|veterans|presidents|columbus|king|unity|fatherland", _I),
    "fiscal": re.compile(r"fiscal|financial|fy", _I),
    "new_word": re.compile(r"\bnew\b", _I),
    "clock": re.compile(r"\d[:.][0-5]\d"),
    "oclock": re.compile(r"clock", _I),
    "zone": re.compile(r"\b(?:gmt|utc|msk|cet|cest|bst|eet|eest|est|edt|et|pst|pdt|akdt|zulu|time)\b", _I),
    # every vague phrase ends in one of these words, so a text without them needs no vague scan
    "vague": re.compile(r"\b(?:" + "|".join(sorted({re.findall(r"[a-z]+", k.lower())[-1] for k in R.VAGUE}, key=len, reverse=True)) + r")\b", _I),
}
#: rule -> features it needs (all of them). A rule not listed always runs.
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso_date": ("iso",),
    "numeric_date": ("numdate",),
    "month_day_year": ("month", "daynum"),
    "week_of_md": ("month", "daynum", "wmy"),
    "week_of_dm": ("month", "daynum", "wmy"),
    "day_month_year": ("month", "daynum"),
    "dayword_month": ("month", "dayword"),
    "month_dayword": ("month", "dayword"),
    "date_range": ("month", "range"),
    "weekend": ("weekend",),
    "month_year": ("month", "year"),
    "part_rel_period": ("rel_word", "wmy"),
    "rel_period": ("relperiod",),
    "rel_month": ("month", "rel_word"),
    "month": ("month",),
    "season_year": ("season", "year"),
    "decade": ("decade",),
    "century": ("ordinal", "unit"),
    "week_ord_month": ("month", "wmy"),
    "year": ("year",),
    "fiscal_year": ("fiscal",),
    "fiscal_rel": ("fiscal",),
    "holiday": ("holiday",),
    "new_year": ("new_word", "wmy"),
    "quarter_year": ("period_part", "year"),
    "half_year": ("half", "year"),
    "quarter": ("period_part",),
    "weekday": ("weekday",),
    "day_of_month": ("ordinal",),
    "deictic": ("deictic",),
    "day_part": ("dir", "unit"),
    "part_the_period": ("period_part", "unit"),
    "after_next": ("wmy", "dir", "rel_word"),
    "year_end": ("wmy",),
    "the_new_year": ("new_word", "wmy"),
    "week_from_weekday": ("unit", "weekday"),  # ("weeks": not the whole word "week")
    "this_time": ("wmy", "rel_word"),
    "season": ("season",),
    "duration_compound": ("hour", "minute"),
    "ago": ("ago", "unit"),
    "from_now": ("unit", "hence"),
    "vague_ago": ("ago", "unit"),
    "anchored_offset": ("unit", "dir"),
    "anchored_known": ("known_signal", "known"),
    "narrative_day": ("unit",),
    "narrative_part": ("deictic",),
    "narrative_half": ("half",),
    "narrative_weekday": ("pn", "weekday"),
    "narrative_that_weekday": ("weekday",),
    "narrative_month": ("pn", "month"),
    "narrative_season": ("season",),
    "month_that_year": ("month", "wmy"),
    "month_that": ("month",),
    "narrative_eve": ("eve",),
    "past_n_units": ("unit", "pn"),
    "duration_half": ("half",),
    "duration": ("unit",),
    "duration_for": ("unit", "dir"),
    "duration_another": ("unit",),
    "duration_age": ("unit", "old"),
    "duration_long": ("long",),
    "vague_duration": ("plural_unit",),
    "vague_duration_of": ("plural_period",),
    "vague_duration_took": ("plural_unit", "took"),
    "set_every": ("every",),
    "set_every_date": ("every", "month"),
    "set_every_vague": ("every",),
    "set_freq": ("freq",),
    "set_rate": ("rate",),
    "set_word": ("setword",),
    "weekday_plural": ("weekday_plural",),
    "time_of_day": ("ampm",),
    "clock_24": ("digit", "zone"),
    "clock_24_signal": ("clock",),
    "clock_stamp": ("clock",),
    "oclock": ("oclock",),
    "clock_words": ("period_part",),
    "noon": ("noon",),
    "vague": ("vague",),
}
_BAD_NUM_CONTEXT = re.compile(r"\s*(?:%|percent|per\s+cent|people|troops|soldiers|points|km|miles|tonnes|dollars)", re.IGNORECASE)
_DATE_NEIGHBOUR = re.compile(r"(?:\b(?:in|since|until|till|by|from|of|through|early|mid|late|last|next|this|before|after|during|between|and|to|on|or)\s+|mid-)$", re.IGNORECASE)
# Look-arounds of _accept, matched at an offset of the whole text (``pattern.match(text, pos)``
# or ``search(text, pos, endpos)``) instead of on a slice: slicing a long paragraph for every
# candidate made the scan quadratic.
_NUM_DECIMAL = re.compile(r"[,.]\d")
_PLURAL_NOUN = re.compile(r"\s+[a-z]+s\b")
_CURRENCY_BEFORE = re.compile(r"[$£€#]\s*$")
_UNIT_BEFORE = re.compile(r"\b(?:days|weeks|months|years|hours|day|week|month|year|hour)\s*$", re.IGNORECASE)
_INTO = re.compile(r"\s+into\b")
_THEN_THIS = re.compile(r"\s+(?:this|that|in|on)\b", re.IGNORECASE)
_NOW_THAT = re.compile(r"\s*-|\s+that\b")
_AFTER_BEFORE = re.compile(r"\s+(?:after|before)\b")
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an|the)\s+$", re.IGNORECASE)
_MOST_BEFORE = re.compile(r"\bmost\s+$", re.IGNORECASE)


def _ends_with(pattern: re.Pattern, text: str, end: int, reach: int) -> bool:
    """``pattern.search(text[:end])`` for a pattern ending in ``\\s*$``/``\\s+$`` whose other
    part is at most ``reach`` characters long: searched in a window, not the whole prefix."""
    i = end
    while i and text[i - 1].isspace():
        i -= 1
    return pattern.search(text, max(0, i - reach), end) is not None


_WORD_AFTER = re.compile(r"\s+[a-z]")
#: A capitalised word after a bare month that is no date word: the month is a first name.
_NAME_AFTER = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\b(?!\s+\d)")
#: Capitalised words that make a weekday part of a title ("the Sunday Times", "Saturday Night Live").
_TITLE_AFTER_WEEKDAY = re.compile(r"(?:\s+Night)?\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|People|Sport|Live|Bloody|Massacre|Service|School|Mail|World|Review|Edition)\b")


_NAME_OR_NUMBER_AFTER = re.compile(r"\s+[A-Z0-9]")


#: "by" and perhaps a number just before an offset: an amount ("extend it by five years").
#: (the word between is a qualifier of the amount: "by phone three days after" is no amount)
_BY_AMOUNT_BEFORE = re.compile(r"\bby\s+(?:(?:about|some|nearly|almost|roughly|around|only|just|over|another|a\s+further|at\s+least|more\s+than|less\s+than|up\s+to|exactly|precisely|fully)\s+)?$", re.IGNORECASE)
#: "if the treaty is extended by a year": how long it runs on.
_EXTENDED_BY = re.compile(r"\b(?:extend\w*|prolong\w*|lengthen\w*|push\w*\s+back|delay\w*|postpon\w*|shorten\w*)\s+(?:[\w'’-]+\s+){0,3}?by\s+$", re.IGNORECASE)


#: After a dotted number, what makes it an amount, not a British clock time ("at 14.50 roubles").
_AMOUNT_AFTER = re.compile(r"\s*(?:%|percent\b|per\b|[a-z]*(?:roubles?|rubles?|dollars?|euros?|pounds?|points?|cents?|kopeks?|seconds?|metres?|meters?|miles?|million|billion|trillion)\b|(?:bn|mln|km|kg|m)\b)", re.IGNORECASE)
#: Before "at 14.50": a verb of prices and levels ("the rouble stood at 14.50").
_LEVEL_BEFORE = re.compile(r"\b(?:st[oa]nd|stood|trad\w*|clos\w*|open\w*|fix\w*|set|pric\w*|estimat\w*|valu\w*|rated?|peak\w*|hover\w*|sold|bought|capped|pegged|put|levell?ed|settl\w*|finish\w*|end\w*)\s+(?:at|around|about)\s+(?:\w+\s+)?$", re.IGNORECASE)


#: A time told right after a known event's name ("… annexed Crimea in 2014", "… nearly three years ago").
_TIME_AFTER_EVENT = re.compile(r"\s+(?:(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|last\s+(?:week|month|year)|in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
                               r"|(?:(?:nearly|almost|about|some|more\s+than|over)\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|days?)\s+ago)\b", re.IGNORECASE)
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


def _accept(rule: str, g: dict[str, str], start: int, end: int, text: str) -> bool:
    """Filters a pattern alone cannot express (capitalisation, 'may' the modal, '2000 troops').

    ``g``: the named groups of the match ``text[start:end]`` that took part in it.
    """
    mon = g.get("mon")
    if mon and not mon[0].isupper():
        return False
    if rule == "clock_24_signal" and g["sep"] == "." and (
            int(g["mm"]) % 5 or g["signal"].lower() not in ("at", "around", "about", "until", "till", "before", "after", "since")
            or _AMOUNT_AFTER.match(text, end) or _LEVEL_BEFORE.search(text, max(0, start - 40), end - len(g["hh"]) - 3)):
        return False  # a dotted clock is a time only where an amount cannot be: "fell by 10.25", "from 10.25 to 11.40"
    if rule == "anchored_known" and _TIME_AFTER_EVENT.match(text, end):
        return False  # "after Russia annexed Crimea in 2014", "… earlier this month": the time told is the expression
    if rule == "anchored_known" and _YEAR_IN_NAME.search(g.get("known", "")):
        return False  # "since the 2018 Helsinki summit": the year is the expression, as annotators mark it
    wd = g.get("wd")
    if wd and not wd[0].isupper():
        return False
    if wd and rule == "weekday" and len(wd.rstrip(".")) <= 3 and not wd.endswith("."):
        return False  # "Sun", "Sat", "Wed" alone are too ambiguous without a date
    if wd and rule == "weekday" and _TITLE_AFTER_WEEKDAY.match(text, text.find(wd, start) + len(wd)):
        return False  # "the Sunday Times", "Saturday Night Live": a name, not a day
    if rule in ("month", "rel_month") and mon:
        key = mon.rstrip(".").lower()
        bare = not (g.get("signal") or g.get("part") or g.get("partmid") or g.get("rel") or g.get("relyear"))
        if rule == "month" and bare and _NAME_AFTER.match(text, end):
            return False  # "August Reinholt, a State Department official": a first name
        if (key in R.AMBIGUOUS_MONTHS or len(mon.rstrip(".")) <= 3) and bare and not _ends_with(_DATE_NEIGHBOUR, text, start, 10):
            return False
    if rule == "year":
        if _BAD_NUM_CONTEXT.match(text, end) or _NUM_DECIMAL.match(text, end) or _ends_with(_CURRENCY_BEFORE, text, start, 2):
            return False
        if _PLURAL_NOUN.match(text, end) and not (g.get("signal") or g.get("part")):
            return False
    if rule == "anchored_offset" and _BY_AMOUNT_BEFORE.search(text, max(0, start - 30), start):
        return False  # "extend the treaty by five years before it expires": how much, not when
    if rule == "past_n_units" and g.get("signal", "").lower() == "in" and not g.get("num") and not g.get("vq") and g.get("pn", "").lower() in ("previous", "preceding", "following") and not g["unit"].lower().endswith("s"):
        return False  # "had flown in the previous day": the story's day before (narrative_day), no span of a day
    if rule in ("narrative_day", "narrative_part") and (g.get("nrel") or g.get("nprel3")) and _NAME_OR_NUMBER_AFTER.match(text, end):
        return False  # "the day before Putin's visit", "the day after 9/11": an event's day, not the story's
    if rule in ("duration", "ago") and g.get("num", "").lower() in ("a", "an") and g.get("unit", "").endswith("s"):
        return False
    if rule == "duration" and g.get("num", "").lower() == "a" and g.get("unit", "").lower() == "second" and _WORD_AFTER.match(text, end):
        return False  # "for a second round": an ordinal, not one second
    if rule == "duration" and g.get("num", "").lower() in ("a", "an") and not (g.get("signal") or g.get("qmod")) and not _INTO.match(text, end) and not _EXTENDED_BY.search(text, max(0, start - 60), start):
        return False  # "a day" alone is rarely a duration worth a row ("a day of talks" is; "extended by a year" too)
    if rule == "set_word" and g["setword"][0].isupper() and start > 0:
        return False  # "Daily Mail", "Weekly Standard"
    if rule == "anchored_known" and _ends_with(_UNIT_BEFORE, text, start, 10):
        return False  # "days before the invasion": the offset rule takes the whole phrase
    if rule == "vague":
        word = g["vague"].lower()
        if word == "later" and _THEN_THIS.match(text, end):
            return False
        if word == "earlier" and _THEN_THIS.match(text, end):
            return False
        if word == "now" and _NOW_THAT.match(text, end):
            return False
        if word == "shortly" and _AFTER_BEFORE.match(text, end):
            return False
        if word == "soon" and _AS_BEFORE.search(text, max(0, start - 4), start):
            return False  # "as soon as this weekend": the weekend is the expression
        if word in ("earlier", "later") and _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
            return False  # "an earlier 50-day deadline": an adjective
        if word in ("earlier", "later") and _THAN_AFTER.match(text, end):
            return False  # "an hour later than planned": a comparison, no time
        if word == "recently" and _MOST_BEFORE.search(text, max(0, start - 6), start):
            return False  # "most recently last Friday": the Friday is the expression
    return True


#: Features that are case-insensitive alternations of plain words: on ASCII text a substring
#: test of the lower-cased text gives the same answer as the regex, several times faster.
_LITERAL_FEATURES: dict[str, tuple[str, ...]] = {
    name: tuple(pattern.pattern.split("|"))
    for name, pattern in _FEATURES.items()
    if pattern.flags & re.IGNORECASE and re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", pattern.pattern)
}


_FEATURE_ORDER: tuple[str, ...] = tuple(_FEATURES)
_DIGIT_FEATURES = frozenset(n for n, p in _FEATURES.items() if n != "digit" and "\\d" in p.pattern)
_RULES_BY_FEATURES: dict[frozenset[str], list[tuple[str, re.Pattern]]] = {}


#: Features that are whole words (``\b(?:a|b)\b``, case-insensitive): a token test.
def _whole_words(pattern: re.Pattern) -> frozenset[str] | None:
    """The words of a ``\\b(?:a|bs?)\\b`` or ``\\bword\\b`` pattern (``s?``: both forms), else None."""
    m = re.fullmatch(r"\\b(?:\(\?:)?([a-z|?]+)\)?\\b", pattern.pattern)
    if not (pattern.flags & re.IGNORECASE and m):
        return None
    words: set[str] = set()
    for alt in m.group(1).split("|"):
        if alt.count("?") > 1 or ("?" in alt and not alt.endswith("?")):
            return None
        words |= {alt[:-1], alt[:-2]} if alt.endswith("?") else {alt}
    return frozenset(words)


_WHOLE_WORD_FEATURES: dict[str, frozenset[str]] = {
    name: words for name, pattern in _FEATURES.items() if (words := _whole_words(pattern)) is not None
}
_WORD_FEATURES = {**_LITERAL_FEATURES, **_WHOLE_WORD_FEATURES}
_TOKEN = re.compile(r"\w+")
_ASCII_TOKEN = re.compile(r"\w+", re.ASCII)  # the same tokens on ASCII text, twice as fast
#: The only non-ASCII characters that IGNORECASE matches to an ASCII letter, or that lower-case
#: to one (dotted/dotless i, long s, Kelvin sign): text with them takes the regex path.
_CASE_SPECIALS = re.compile("[\u0130\u0131\u017f\u212a]")
#: Features whose patterns match word characters only: a match lies inside one token.
_IN_WORD_FEATURES = ("digit", "year", "decade", "ordinal", "daynum")
#: The two case-sensitive word features, read off a token as written: "month" is a month
#: name (R.MONTHS, the names its pattern lists) with a capital, "weekday" a word starting
#: like a weekday with a capital.
_CAPITALISED: dict[str, Callable[[str], bool]] = {
    "month": frozenset(R.MONTHS).__contains__,
    "weekday": lambda low, starts=frozenset(w[:3] for w in R.WEEKDAYS): low[:3] in starts,
}
#: The other features, searched with their regex only when the text has what they need:
#: an ISO date holds a year, a clock time or a range of days a digit.
_GATED = {"iso": "year", "ampm": "digit", "clock": "digit", "range": "digit", "numdate": "digit"}
assert set(_FEATURES) == set(_WORD_FEATURES) | set(_IN_WORD_FEATURES) | set(_CAPITALISED) | set(_GATED), "every feature needs a way to be found"


def _token_features(token: str) -> frozenset[str]:
    """The features one ``\\w+`` token (as written) carries."""
    low = token.lower()
    return frozenset(
        [name for name, words in _LITERAL_FEATURES.items() if any(w in low for w in words)]
        + [name for name, words in _WHOLE_WORD_FEATURES.items() if low in words]
        + [name for name in _IN_WORD_FEATURES if _FEATURES[name].search(low)]
        + [name for name, word in _CAPITALISED.items() if token[:1].isupper() and word(low)]
    )


class _TokenFeatures(dict):
    """token -> _token_features(token), filled on first look-up (a memo over the vocabulary)."""

    def __missing__(self, token: str) -> frozenset[str]:
        hit = _token_features(token)
        if len(token) <= 40 and len(self) < 100_000:
            self[token] = hit
        return hit


_TOKEN_FEATURES = _TokenFeatures()


class _ChunkFeatures(dict):
    """A whitespace-free piece of text ("said,", "Lavrov’s") -> the features of its ``\\w+``
    tokens (a memo over the vocabulary: splitting at whitespace and looking the pieces up is
    several times cheaper than finding the tokens of every sentence)."""

    def __missing__(self, chunk: str) -> frozenset[str]:
        hit = frozenset().union(*map(_TOKEN_FEATURES.__getitem__, (_ASCII_TOKEN if chunk.isascii() else _TOKEN).findall(chunk)))
        if len(chunk) <= 40 and len(self) < 100_000:
            self[chunk] = hit
        return hit


_CHUNK_FEATURES = _ChunkFeatures()


def _features(text: str, low: str | None = None) -> frozenset[str]:
    """The _FEATURES present in ``text`` (``low``: its :func:`fold`, if known).

    Most come from the text's words: a feature word (all letters) occurs in the text exactly
    when it occurs inside one ``\\w+`` token, a match of an in-word pattern lies inside one,
    a capitalised month or weekday is one, and each token's features are memoised — the
    same answer as the regexes, several times faster. The few others (_GATED) are searched
    only when the words allow them. Text with one of the case specials takes every regex.
    """
    if low is None and not text.isascii() and _CASE_SPECIALS.search(text) is not None:
        return _features_by_regex(text)
    # a token never holds whitespace, so the tokens are those of the whitespace-separated pieces
    present: set[str] = set().union(*map(_CHUNK_FEATURES.__getitem__, text.split()))
    for name, needs in _GATED.items():
        if needs in present and _FEATURES[name].search(text):
            present.add(name)
    return frozenset(present)


def _features_by_regex(text: str) -> frozenset[str]:
    """The _FEATURES present in ``text``, each by its regex (those needing a digit only with one)."""
    digit = _FEATURES["digit"].search(text) is not None
    return frozenset(
        name for name in _FEATURE_ORDER
        if (digit if name == "digit" else (digit or name not in _DIGIT_FEATURES) and _FEATURES[name].search(text) is not None)
    )


def _rules_for(text: str, low: str | None = None) -> list[tuple[str, re.Pattern]]:
    """The rules whose core words occur in ``text`` (see _NEEDS); ``low``: its :func:`fold`."""
    have = _features(text, low)
    rules = _RULES_BY_FEATURES.get(have)
    if rules is None:
        rules = [(rule, pattern) for rule, pattern in RULES if all(f in have for f in _NEEDS.get(rule, ()))]
        if len(_RULES_BY_FEATURES) < 4096:
            _RULES_BY_FEATURES[have] = rules
    return rules


#: Each rule with its fast twin for lower-cased text (see :mod:`newsdesk.folded`) and its own
#: word test: the prefilter's features are coarser ("unit" lets "narrative_day" run on every
#: sentence with a day in it; its words, "next", "same", "previous"…, rule most of those out).
#: Measured with callgrind on 100 synthetic articles: 7 % fewer instructions in find_candidates.
_FOLDED_RULES: dict[str, Folded] = {rule: Folded(pattern) for rule, pattern in RULES}


def find_candidates(text: str, prefilter: bool = True) -> list[Candidate]:
    """Every span a rule matches, overlaps removed (longest span wins, then rule order).

    ``prefilter=False`` runs every rule on the text (the reference the prefilter is tested
    against); the result is the same either way.
    """
    found: list[Candidate] = []
    low = fold(text)
    for rule, _pattern in (_rules_for(text, low) if prefilter else RULES):
        for start, end, groups in _FOLDED_RULES[rule].hits(text, low):
            if rule == "weekday" and text[end:end + 2] in ("'s", "’s") and groups.get("signal", "").lower() == "of":
                # "ahead of Sunday's referendum": the day's, not "of Sunday"
                start = text.find(groups["wd"], start)
                groups = {k: v for k, v in groups.items() if k != "signal"}
            if rule == "weekday" and groups.get("todfirst") and not groups.get("tod"):
                groups = {**groups, "tod": groups["todfirst"]}  # (read as "Friday morning")
            if end > start and _accept(rule, groups, start, end, text):
                found.append(Candidate(start, end, rule, groups, _PRIORITY[rule]))
    if len(found) < 2:
        return found
    offsets = {c.end: c for c in found if c.rule == "anchored_offset" and c.groups.get("dir", "").lower() in ("after", "before")}
    if offsets:
        found = [_after_the_offset(c, offsets, text) for c in found]
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    # overlap test against a map of the characters already taken: linear in the text, where
    # testing each candidate against every kept one was quadratic on long paragraphs
    taken = bytearray(len(text))
    kept: list[Candidate] = []
    for cand in found:
        if taken.find(1, cand.start, cand.end) == -1:
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _after_the_offset(cand: Candidate, offsets: dict[int, Candidate], text: str) -> Candidate:
    """A date that shares its "after"/"before" with the offset before it ("two days after May
    9", "a day after Victory Day") starts after that word, so both are kept: the offset is then
    counted from the date (see anchor_on_following) instead of one of them being dropped."""
    signal = cand.groups.get("signal") or ""
    if cand.rule == "anchored_offset" or signal.lower() not in ("after", "before"):
        return cand
    offset = offsets.get(cand.start + len(signal))
    if offset is None or offset.groups["dir"].lower() != signal.lower() or text[cand.start : cand.start + len(signal)].lower() != signal.lower():
        return cand
    start = cand.start + len(signal)
    while start < cand.end and text[start].isspace():
        start += 1
    return Candidate(start, cand.end, cand.rule, {k: v for k, v in cand.groups.items() if k != "signal"}, cand.priority)


# --- tense ---------------------------------------------------------------------------------
#: (", as the two sides prepare for a summit next month": a clause of its own, with its own event)
#: (with a look-ahead of its first characters: letters, most of a text, are passed over at once)
_CLAUSE_BREAK = with_first_chars(re.compile(r"[;:](?:(?<!\d:)|(?!\d))|,\s+(?:but|while|whereas|although|though|and|even\s+as|even\s+though|after\s+which|before\s+which|(?:adding|saying|noting|stressing)\s+that|as\s+(?=(?:the|both|they|he|she|preparations|fighting|tensions)\b))\b"
                           # (the branches after a space share one "\s+": a third of the time of the scan went on
                           # reading the same spaces four times over)
                           # ("said he spoke with Putin on Thursday and that the two had agreed to meet": a second
                           # thing said, with its own event)
                           r"|\s+(?:and\s+(?:(?:announcing|adding|saying|declaring)\s+)?that\b|(?:but|while|whereas)\s+|(?:—|–|--)\s+"
                           # "the first summit since Jimmy Carter and Leonid Brezhnev met in Vienna in 1979", "since
                           # Joe Biden sat down with Putin in Geneva": an earlier contact with its own people and date
                           r"|since\s+(?=(?:[A-Z][\w.’'-]*\s+){1,3}(?:and\s+(?:[A-Z][\w.’'-]*\s+){1,3})?(?:last\s+)?(?:met|spoke|talked|held|signed|sat|shook|hosted|visited|received|welcomed|telephoned|phoned|conferred|travell?ed|flew)\b))"
                           # a sentence's end (a text of several sentences: a tense cue of one is not the next one's)
                           # (a closing quote after or before it, a two-letter word: "… or so.' By Tuesday", "… 'responsible'. Earlier"; not "No." or "et al.")
                           r"|[.!?](?:(?<=[a-z]{3}[.!?])|(?<=[a-z]{2}[\"'”’][.!?])|(?<=\s[a-z]{2}[.!?])(?<!\sno\.)(?<!\sal\.))[\"'”’]?\s+(?=[\"“‘]?[A-Z])"))
_CUE_PATTERNS = (("future", R.FUTURE_CUES), ("past", R.PAST_CUES), ("present", R.PRESENT_CUES))
_FOLDED_CUES = tuple((label, Folded(pattern)) for label, pattern in _CUE_PATTERNS)


class TextIndex:
    """Clause breaks and tense cues of one text, found once and looked up by offset.

    :func:`clause_bounds` and :func:`tense_at` on one text at a time scanned the whole text
    (or clause) for every expression: quadratic on a long paragraph. The index answers each
    query with a binary search and gives the same answers (a cue never spans a clause break;
    if one ever did, the index falls back to scanning that clause as before).
    """

    def __init__(self, text: str):
        self.text = text
        breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
        self.break_starts = [a for a, _ in breaks]
        self.break_ends = [b for _, b in breaks]
        self._cues: tuple[list, list, list, list] | None = None
        self._exact = True

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Same as :func:`clause_bounds`."""
        i = bisect_right(self.break_ends, start)
        left = self.break_ends[i - 1] if i else 0
        j = bisect_left(self.break_starts, end)
        right = self.break_starts[j] if j < len(self.break_starts) else len(self.text)
        return left, right

    def has_cue(self, start: int, end: int, label: str) -> bool:
        """Whether the clause holding [start, end) has a tense cue of ``label`` outside the span."""
        if self._cues is None:
            self._cues = self._build_cues()
        left, right = self.bounds(start, end)
        by_start, starts, _, _ = self._cues
        k = bisect_left(starts, left)
        while k < len(by_start) and by_start[k][0] < right:
            a, b, cue = by_start[k]
            if cue == label and b <= right and (b <= start or a >= end):
                return True
            k += 1
        return False

    def _build_cues(self) -> tuple[list, list, list, list]:
        text = self.text
        cues = []
        low = fold(text)
        for label, pattern in _FOLDED_CUES:
            for a, b in pattern.spans(text, low):
                if _is_cue(text, a, b, label):
                    cues.append((a, b, label))
        # a cue straddling a clause boundary would make a scan of one clause differ from the
        # scan of the whole text: then fall back to scanning each clause (never seen in practice)
        edges = sorted(set(self.break_starts) | set(self.break_ends))
        for a, b, _ in cues:
            k = bisect_right(edges, a)
            if k < len(edges) and edges[k] < b:
                self._exact = False
                break
        by_start = sorted(cues, key=lambda c: (c[0], c[2]))  # ties: the earlier label, as in tense_at
        by_end = sorted(cues, key=lambda c: (c[1], c[0], c[2]))
        return by_start, [c[0] for c in by_start], by_end, [c[1] for c in by_end]

    def tense(self, start: int, end: int) -> str:
        """Same as :func:`tense_at`."""
        if self._cues is None:
            self._cues = self._build_cues()
        left, right = self.bounds(start, end)
        left, right, relative = _relative_clause(self.text, left, right, start, end)
        clause_left = left
        left = _after_that(self.text, left, start)
        if not self._exact:
            return _tense_scan(self.text, start, end, left, right, relative, reported=left != clause_left)
        by_start, starts, by_end, ends = self._cues
        # the nearest cue before the span (ending at or before its start), inside the clause
        best = None
        k = bisect_right(ends, start) - 1
        while k >= 0 and by_end[k][1] >= left:
            a, b, label = by_end[k]
            if best is not None and b < best[1]:
                break
            if a >= left and (best is None or (a, label) < (best[0], best[2])):
                best = by_end[k]
            k -= 1
        if best is not None:
            if best[2] == "past" and _REPORT_THEN_SUBJECT.match(self.text, best[0], start):
                # "Ushakov said the talks on Friday would begin at 11:30": the day is in what was
                # said (after its subject), so the content's verb after it tells its tense
                k = bisect_left(starts, end)
                if k < len(by_start) and by_start[k][1] <= right and by_start[k][2] == "future" and by_start[k][0] - end <= 40:
                    return "future"
            return best[2]
        # else the nearest after it (starting at or after its end), not past a "that" — "Putin's
        # announcement on Tuesday that Russia would suspend …": what was announced has its own tense
        k = bisect_left(starts, end)
        that = self.text.find(" that ", end, right) if " that " in self.text else -1
        while k < len(by_start) and by_start[k][0] < right and not (0 <= that < by_start[k][0]):
            if by_start[k][1] <= right and not _PURPOSE_ASIDE.match(self.text, max(0, by_start[k][0] - 2)):
                return by_start[k][2]
            k += 1  # (not ", meant to prepare the meeting,": an aside on the thing's purpose, no tense of its own)
        # a clause with no verb of its own takes the tense of the one before it
        k = bisect_right(ends, left) - 1
        if relative:
            return _relative_tense(self.text, left)
        if left != clause_left:
            return ""  # (see _tense_scan: a reported clause's verb is not its reporting verb's)
        if left == 0 or k < 0 or _SENTENCE_BEFORE.search(self.text, max(0, left - 6), left):
            return ""  # (see _gapped_tense)
        last = by_end[k][1]
        return min((c for c in by_end[: k + 1] if c[1] == last), key=_nearest_first)[2]


#: The end of a sentence right before a clause: the clause opens a sentence of its own.
_SENTENCE_BEFORE = re.compile(r"[.!?][\"'”’]?\s*$")
#: ", meant to …", ", designed to …": a reduced relative on a thing's purpose.
_PURPOSE_ASIDE = re.compile(r",\s(?:meant|designed|intended|aimed)\s+(?:to|at)\b", re.IGNORECASE)
#: A verb of saying, then the subject of what was said (no "that"): "said the talks in Anchorage ".
_REPORT_THEN_SUBJECT = re.compile(r"(?:said|says|told\s+\w+|added|announced)\s+(?:the|a|an|his|her|their|its|this|these|those)\s[^,;:.]{0,60}$", re.IGNORECASE)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` holding the span: cut at semicolons, 'but', 'while', dashes."""
    return TextIndex(text).bounds(start, end)


def tense_at(text: str, start: int, end: int) -> str:
    """'past', 'future', 'present' or '' from the verb cue nearest to the span in its clause.

    A cheap stand-in for HeidelTime's POS-based tense: modals and 'plans to' mean future,
    -ed forms and irregular past forms mean past, 'is/are/says' mean present. Cues inside the
    expression itself ("last", "next") are ignored; the nearest cue wins, the one before on ties.
    """
    left, right = clause_bounds(text, start, end)
    left, right, relative = _relative_clause(text, left, right, start, end)
    that_left = _after_that(text, left, start)
    return _tense_scan(text, start, end, that_left, right, relative, reported=that_left != left)


#: A relative clause's verb in the present simple: "who faces", "which opens".
_RELATIVE_PRESENT = re.compile(r"(?:who|which)\s+(?:also\s+|now\s+|still\s+)?[a-z]+[^s\W]s\b")


def _relative_tense(text: str, left: int) -> str:
    """The tense of a relative clause with no cue: its own verb's, not the main clause's. A
    present simple ("who faces a referendum on April 25", "who addresses parliament on
    Monday", "who returns to the Kremlin in May") tells a date near the story's, either way."""
    return "present" if _RELATIVE_PRESENT.match(text, left) else ""


def _relative_clause(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int, bool]:
    """The relative clause set off by a comma that holds the span, if one does ("Mr. Yeltsin,
    who faces a referendum on April 25, flew home": "faces", not "flew", tells the date's
    tense), as (left, right, True); else the clause given, and False."""
    at = max(text.rfind(", who ", left, start), text.rfind(", which ", left, start))
    if at < 0 or text.find(",", at + 2, start) >= 0:
        return left, right, False
    close = text.find(",", end, right)
    return at + 2, close if close >= 0 else right, True


#: "that" opening a reported clause (a determiner, a pronoun, a name or a preposition follows;
#: not "that day", "that meeting").
_THAT_CLAUSE = re.compile(r"\bthat,?\s+(?=(?:the|a|an|he|she|they|it|we|its|their|his|her|from|on|in|by|until|after|before|as\s+of|starting|[A-Z]))")


def _after_that(text: str, left: int, start: int) -> int:
    """Where the reported clause holding ``start`` begins, if a "that" opens one after ``left``:
    its own verb, not the reporting one, gives its tense ("agreed on Friday that from May 30
    their missiles would no longer …", "assured him that the election in June would go ahead").
    Else ``left``."""
    at = text.rfind("that", left, start)
    if at < 0:
        return left
    last = None
    for m in _THAT_CLAUSE.finditer(text, left, min(len(text), start + 12)):  # (its look-ahead may read into the span)
        if m.start() >= start:
            break
        last = m
    return last.end() if last is not None and last.end() <= start else left


def _tense_scan(text: str, start: int, end: int, left: int, right: int, relative: bool = False, reported: bool = False) -> str:
    """tense_at over the clause [left, right) by scanning it (see TextIndex.tense). ``reported``:
    the clause is what a "that" reports; with no verb cue of its own it has no tense, not its
    reporting verb's ("demanded that Washington reduce its staff by 1 September": ahead)."""
    cues: list[tuple[bool, int, int, str]] = []
    for label, pattern in _CUE_PATTERNS:
        for m in pattern.finditer(text, left, right):
            if m.start() < end and m.end() > start:
                continue
            if not _is_cue(text, m.start(), m.end(), label):
                continue
            after = m.start() >= end
            dist = (m.start() - end) if after else (start - m.end())
            cues.append((after, dist, m.start(), label))
    if not cues:
        return _relative_tense(text, left) if relative else "" if reported else _gapped_tense(text, left)
    # HeidelTime looks at the verb before the expression first, then after it; the nearest
    # cue wins, and on a tie (same word read two ways, e.g. "planned") the earlier label.
    cues.sort()
    return cues[0][3]


def _gapped_tense(text: str, left: int) -> str:
    """The tense of a clause with no verb cue of its own ("Blinken will meet Lavrov on Monday,
    and with Shoigu on Tuesday"): the cue nearest before it in the text, as gapping leaves the
    verb in the clause before. '' for the first clause, and for a sentence's first: gapping
    stays inside a sentence ("… flew home yesterday. Russians vote on April 25": no past)."""
    if left == 0 or _SENTENCE_BEFORE.search(text, max(0, left - 6), left):
        return ""
    cues = []
    for label, pattern in _CUE_PATTERNS:
        cues.extend((m.start(), m.end(), label) for m in pattern.finditer(text, 0, left) if _is_cue(text, m.start(), m.end(), label))
    if not cues:
        return ""
    last = max(c[1] for c in cues)
    return min((c for c in cues if c[1] == last), key=_nearest_first)[2]


def _is_cue(text: str, a: int, b: int, label: str) -> bool:
    """Whether a cue pattern's match ``text[a:b]`` is a tense cue: not an -ed word that is no
    past ("need", "speed"), nor "May" the month read as the modal."""
    if label == "past" and text[a:b].lower() in ("followed", "preceded") and text.startswith(" by ", b):
        return False  # "meets on Wednesday, followed by a session on Thursday": an order, no past
    if label == "past":
        # (not the -ed of a compound adjective of degree: "their first full-fledged summit", "long-awaited talks")
        # (nor an -ed word after an article or a possessive: "an unscheduled private session on
        # Wednesday", "their long-delayed talks": an adjective, no verb of the clause)
        return text[a:b].lower() not in R.NOT_PAST_ED and R.MODAL_BE_BEFORE.search(text, max(0, a - 12), a) is None and not (a > 0 and text[a - 1] == "-" and _DEGREE_HYPHEN.search(text, max(0, a - 8), a)) and _DETERMINER_BEFORE.search(text, max(0, a - 7), a) is None
    if label == "future" and text[a:a + 3].lower() not in ("is ", "are") and _PLANNED_LENGTH.match(text, b):
        # "the meeting on Friday was scheduled for 30 minutes but ran two hours", ", originally
        # planned for an hour,": a length it had ("is scheduled for 30 minutes" is still ahead)
        return False
    if label == "future" and text[a:a + 3].lower() == "to " and _FIRST_TO.search(text, max(0, a - 40), a):
        return False  # "the first American president to visit the Soviet capital in 14 years": who did it first, no plan
    if label == "future" and text[a:a + 4].lower() in ("atte", "bid ", "effo") and _LAST_ATTEMPT.search(text, max(0, a - 20), a):
        return False  # "the last attempt to save the agreement, consultations on January 15, ended …": one made
    return not (label == "future" and text[a].isupper() and text[a:b].lower() == "may")


#: An article or a possessive right before a word: an -ed word there is an adjective.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|their|its|his|her|our)\s+$", re.IGNORECASE)
#: "the |last| attempt", "a failed bid": an attempt already made.
_LAST_ATTEMPT = re.compile(r"\b(?:last|final|latest|previous|failed|earlier|unsuccessful)\s+$", re.IGNORECASE)
#: "the first American president |to visit|": a superlative's infinitive, no future.
_FIRST_TO = re.compile(r"\b(?:first|last|only|second|third)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A planned length after "was scheduled" ("… for 30 minutes", "… to last an hour").
_PLANNED_LENGTH = re.compile(r"\s+(?:to\s+last\s+|for\s+)(?:(?:about|around|roughly|only|just)\s+)?(?:\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|ninety)[\s-]+(?:minutes?|hours?)\b", re.IGNORECASE)


#: The first half of a compound adjective of degree ("full-fledged", "long-awaited", "so-called").
#: "the first time in more than 50 years": a span looked back over, not a date ahead.
_FIRST_TIME_BEFORE = re.compile(r"\b(?:first|only|last)\s+(?:time|such\s+\w+)\s+$"
                                # "the visit, the first by a Soviet leader in 14 years"
                                # ("his first visit to the US in a decade")
                                r"|\b(?:first|only|last)(?:\s+[\w-]+){0,3}?\s+(?:by|of|for|between|with|to|in|at)\s+[^.;,]{1,40}?\s+$", re.IGNORECASE)
_DEGREE_HYPHEN = re.compile(r"\b(?:full|long|much|so|well|half|newly|widely|eagerly|highly|hotly|closely)-$", re.IGNORECASE)


def _nearest_first(cue: tuple[int, int, str]) -> tuple[int, str]:
    """Of cues ending at one place, the shortest (latest start), then the earlier label."""
    return -cue[0], cue[2]


# --- calendar helpers ----------------------------------------------------------------------

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The [first day, last day] a TIMEX3-style date value covers, or None (durations, vague,
    or a value naming no real day such as 2023-02-29)."""
    if not value:
        return None
    try:
        return _interval(value)
    except ValueError:
        return None


#: The shapes of a TIMEX3 value, for interval().
_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_HALF_VALUE = re.compile(r"(\d{4})-H([12])")
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR_VALUE = re.compile(r"(\d{4})")
_DECADE_VALUE = re.compile(r"(\d{3})")


_FISCAL_VALUE = re.compile(r"FY(\d{4})")


def _federal_fiscal_year(d: dt.date) -> int:
    """The US federal fiscal year holding ``d``: FY2024 ran from 1 October 2023 to 30 September 2024."""
    return d.year + 1 if d.month >= 10 else d.year


def day_of(t: Timex) -> dt.date | None:
    """The day a date or time expression names, when it names one day ("2023-03-14TEV" too)."""
    if t.type not in ("date", "time") or not _DAY_VALUE.fullmatch(t.value):
        return None
    return dt.date.fromisoformat(t.value[:10])


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    m = _DAY_VALUE.fullmatch(value)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    m = _MONTH_VALUE.fullmatch(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), _month_end(y, mo)
    m = _WEEK_VALUE.fullmatch(value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    m = _QUARTER_VALUE.fullmatch(value)
    if m:
        y, q = int(m[1]), int(m[2])
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    m = _HALF_VALUE.fullmatch(value)
    if m:
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    m = _SEASON_VALUE.fullmatch(value)
    if m:
        y = int(m[1])
        a, b = R.SEASON_MONTHS[m[2]]
        if m[2] == "WI":
            return dt.date(y, 12, 1), _month_end(y + 1, 2)
        return dt.date(y, a, 1), _month_end(y, b)
    m = _YEAR_VALUE.fullmatch(value)
    if m:
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = _FISCAL_VALUE.fullmatch(value)
    if m:  # the US federal year; other budgets differ, but news about Washington means this one
        y = int(m[1])
        return dt.date(y - 1, 10, 1), dt.date(y, 9, 30)
    m = _DECADE_VALUE.fullmatch(value)
    if m:
        y = int(m[1]) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    return None


def _narrow(span: tuple[dt.date, dt.date], part: str) -> tuple[dt.date, dt.date]:
    """Early/mid/late part of an interval: first, middle and last third (a stated convention)."""
    a, b = span
    if a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31 and a.year == b.year:
        # a year: early = January-April, mid = May-August, late = September-December
        return {"START": (a, dt.date(a.year, 4, 30)), "MID": (dt.date(a.year, 5, 1), dt.date(a.year, 8, 31)),
                "END": (dt.date(a.year, 9, 1), b)}.get(part, span)
    if a.day == 1 and b == _month_end(a.year, a.month):
        # a month: early = 1-10, mid = 11-20, late = 21-end
        return {"START": (a, a.replace(day=10)), "MID": (a.replace(day=11), a.replace(day=20)),
                "END": (a.replace(day=21), b)}.get(part, span)
    days = (b - a).days + 1
    third = max(days // 3, 1)
    if part == "START":
        return a, a + dt.timedelta(days=third - 1)
    if part == "MID":
        return a + dt.timedelta(days=third), a + dt.timedelta(days=2 * third - 1)
    if part == "END":
        return a + dt.timedelta(days=2 * third), b
    return span


_SPACES = re.compile(r"\s+")
_AND_A_HALF = re.compile(r"(.+) and a half")
_NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _number(word: str) -> float | None:
    word = _SPACES.sub(" ", word.lower().strip())
    if "-and-" in word:
        word = word.replace("-", " ")  # "two-and-a-half"
    half = _AND_A_HALF.fullmatch(word)
    if half and half[1] != "one":
        base = _number(half[1])
        return base + 0.5 if base is not None else None
    if _NUMERAL.fullmatch(word):
        return float(word.replace(",", ""))
    tens, _, units = word.partition("-")
    if units and _TENS_UNITS_WORD.fullmatch(word):
        return float(R.NUMBER_WORDS[tens] + R.NUMBER_WORDS[units])  # "thirty-five"
    return R.NUMBER_WORDS.get(word)


_TENS_UNITS_WORD = re.compile(_TENS_UNITS)


#: The month a season of TIMEX3 opens in (winter: its December).
_SEASON_OPENS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _vague_length(unit: str) -> str:
    """TIMEX3's value for some ``unit``s with no number: "years" PXY, "hours" PXH (as most
    annotators write hours), "minutes" PTXM."""
    letter, is_time, _ = R.UNITS[_unit_key(unit)]
    return f"P{'T' if is_time and letter != 'H' else ''}X{letter}"


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    if unit in ("centuries", "century"):
        return "century"
    return unit[:-1] if unit.endswith("s") and unit[:-1] in R.UNITS else unit


def _duration_value(n: float, unit: str) -> str:
    key = _unit_key(unit)
    letter, is_time, _ = R.UNITS[key]
    n = n * R.UNIT_FACTOR.get(key, 1)
    if n != int(n) and key in R.YEARS_IN:
        key, letter, n = "year", "Y", n * R.YEARS_IN[key]
    if n != int(n):  # 1.5 hours -> PT1H30M; 2.5 days -> P2DT12H; half an hour -> PT30M
        if key == "hour":
            return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M" if int(n) else f"PT{int(round(n * 60))}M"
        if key == "minute":
            return f"PT{int(n)}M{int(round((n - int(n)) * 60))}S" if int(n) else f"PT{int(round(n * 60))}S"
        if key == "day":
            return f"P{int(n)}DT{int(round((n - int(n)) * 24))}H"
        if key == "year":
            return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M"
        if key == "month":
            return f"P{int(round(n * 30))}D"
    return f"{'PT' if is_time else 'P'}{int(n)}{letter}"


def _same_day_back(dct: dt.date, n: int, unit: str) -> str:
    """The day ``n`` units before the DCT ("thirty years ago today"); 29 Feb falls back to the 28th."""
    if unit in ("day", "week"):
        return (dct - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, mo = _add_months(dct.year, dct.month, -months)
    return dt.date(y, mo, min(dct.day, _month_end(y, mo).day)).isoformat()


def _season_year(d: dt.date, code: str, off: int) -> int:
    """The year of "last summer" (off -1: the latest one over before ``d``; in November 2001
    that is 2001's), "next summer" (+1: the first to begin after ``d``) or "this summer" (0).
    Winter is named by the year it begins in (December)."""
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if off == 0:
        return d.year
    if off < 0:  # it ended (first month + 3) on or before d's month
        y = d.year
        while (y * 12 + first + 2) > (d.year * 12 + d.month - 1):
            y -= 1
        return y
    y = d.year
    while y * 12 + first - 1 <= d.year * 12 + d.month - 1:
        y += 1
    return y


def _shift_value(dct: dt.date, n: int, unit: str) -> str:
    """The date ``n`` units from the DCT at the unit's granularity (n < 0: in the past)."""
    key = _unit_key(unit)
    if key in ("day", "night"):
        return (dct + dt.timedelta(days=n)).isoformat()
    if key in ("week", "fortnight"):
        return _week_value(dct + dt.timedelta(weeks=n * (2 if key == "fortnight" else 1)))
    if key == "month":
        y, mo = _add_months(dct.year, dct.month, n)
        return f"{y:04d}-{mo:02d}"
    if key == "decade":
        return f"{(dct.year + 10 * n) // 10:03d}"
    if key == "year":
        return f"{dct.year + n:04d}"
    if key in ("hour", "minute", "second"):
        return dct.isoformat()
    return ""


# --- resolution ----------------------------------------------------------------------------

def _month_number(mon: str) -> int:
    return R.MONTHS[mon.rstrip(".").lower()]


#: "until midnight ", "by 6 p.m. Moscow time ": a clock deadline before its weekday.
_CLOCK_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+(?:midnight|noon|midday|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?)(?:\s+[A-Za-z]+\s+time)?\s+$", re.IGNORECASE)


def _direction(tense: str, rel: str = "", signal: str = "") -> str:
    """Which way a bare weekday/month goes: the policy's one decision point."""
    rel = (rel or "").lower()
    signal = (signal or "").lower()
    if rel in ("last", "past", "previous"):
        return "strict_past"
    if rel in ("next", "coming"):
        return "strict_future"
    if rel in ("this", "current"):
        return "this"
    if signal in ("since", "ever since"):
        return "past"
    if tense == "future":
        return "future"
    if signal in ("until", "till", "by") and tense in ("", "present"):
        return "future"  # "the truce runs until Friday", "are pushing to ratify it by Friday": with no past verb a deadline is ahead
    if tense == "present":
        return "nearest"
    return "past"  # news default: past tense or no cue (HeidelTime news mode leans past)


def _resolve_month(dct: dt.date, month: int, how: str) -> int:
    """The year of a bare month. Past: on/before the DCT month; future: on/after it."""
    y = dct.year
    if how == "past":
        return y if month <= dct.month else y - 1
    if how == "strict_past":
        return y if month < dct.month else y - 1
    if how == "future":
        return y if month >= dct.month else y + 1
    if how == "strict_future":
        return y if month > dct.month else y + 1
    if how == "nearest":
        back = y if month <= dct.month else y - 1
        ahead = y if month >= dct.month else y + 1
        return back if (dct.year * 12 + dct.month) - (back * 12 + month) <= (ahead * 12 + month) - (dct.year * 12 + dct.month) else ahead
    return y


#: How many days ahead of the publication date a yearless "Feb. 24" with no tense cue is still
#: read as the coming day (a wire story announces meetings a few days ahead; a past day a
#: year back, the only alternative, is far less likely).
_COMING_DAYS = 31  # (a yearless "April 25" three weeks ahead, "who faces a referendum on April 25": the coming one)
_COMING_DAYS_PAST_CUE = 14
_RECENT_DAYS_FUTURE_CUE = 31


def _month_day_by_tense(dct: dt.date, month: int, day: int, how: str, no_cue: bool) -> dt.date | None:
    """A yearless day placed by the tense; with no verb cue saying which way, a day a few days
    ahead ("meet in Europe on Feb. 24", written on Feb. 21) is the coming one, not one almost
    a year back."""
    found = _resolve_month_day(dct, month, day, how)
    if how == "past":
        # with a past verb too, a day at most a fortnight ahead is the coming one: a story
        # would write "May 8 last year" for the other ("declared a truce running from May 8")
        soon = _resolve_month_day(dct, month, day, "strict_future")
        if soon and (soon - dct).days <= (_COMING_DAYS if no_cue else _COMING_DAYS_PAST_CUE):
            found = soon
    elif how == "future":
        # and with a future verb, a day of the last few weeks is that one, not one eleven months
        # on ("will speak to Putin, two weeks after their summit on 15 August", written 2 Sept.):
        # a story would name the year or say "next August" for a day so far ahead
        recent = _resolve_month_day(dct, month, day, "strict_past")
        if recent and (dct - recent).days <= _RECENT_DAYS_FUTURE_CUE:
            found = recent
    return found


def _resolve_month_day(dct: dt.date, month: int, day: int, how: str) -> dt.date | None:
    """The full date of a yearless "March 2" by the same policy (29 Feb skips to a leap year)."""
    def make(y: int) -> dt.date | None:
        return _safe_date(y, month, day)

    candidates = [d for d in (make(dct.year + k) for k in range(-4, 5)) if d]
    if not candidates:
        return None
    past = [d for d in candidates if d <= dct]
    future = [d for d in candidates if d >= dct]
    if how in ("past", "strict_past"):
        pool = [d for d in past if how == "past" or d < dct]
        return max(pool) if pool else None
    if how in ("future", "strict_future"):
        pool = [d for d in future if how == "future" or d > dct]
        return min(pool) if pool else None
    if how == "nearest":
        return min(candidates, key=lambda d: (abs((d - dct).days), d > dct))
    return make(dct.year)


def _resolve_weekday(dct: dt.date, weekday: int, how: str) -> dt.date:
    """Bare weekday: past -> most recent on/before the DCT; future -> next on/after it."""
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if how == "past":
        return dct - dt.timedelta(days=back)
    if how == "strict_past":
        return dct - dt.timedelta(days=back or 7)
    if how == "future":
        return dct + dt.timedelta(days=ahead)
    if how == "strict_future":
        return dct + dt.timedelta(days=ahead or 7)
    if how == "this":
        return _week_start(dct) + dt.timedelta(days=weekday)
    # nearest (present tense): the closer one, the past on ties
    return dct - dt.timedelta(days=back) if back <= ahead else dct + dt.timedelta(days=ahead)


class _Once:
    """A value worked out on first use, then kept."""

    __slots__ = ("make", "value", "done")

    def __init__(self, make: Callable[[], str]):
        self.make, self.value, self.done = make, "", False

    def __call__(self) -> str:
        if not self.done:
            self.value, self.done = self.make(), True
        return self.value


_HALF_UNIT = re.compile(r"hour|day|year")
#: "their first meeting in five years", "his fourth summit with Gorbachev in 30 months", "the
#: first American president to visit the Soviet capital in 14 years": a count of events over
#: a span, so "in N units" is that span even in a future sentence.
_NTH_EVENT_BEFORE = re.compile(
    r"\b(?:first|only)\s+(?:[\w-]+\s+){0,3}?to\s+(?:visit|meet|travel\s+to|go\s+to|hold|sign|speak\s+with)\s+[^,.;:]{0,50}?\s*$|"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|latest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|summit|call|talks|visit|trip|contact|conversation|encounter|round|session|exchange|swap|letter|face-to-face|sit-down)s?"
    r"(?:\s+(?:with|between|of|by)\s+(?:[^,.;:]|(?<=\b[A-Z])\.){0,50}?)?\s*$",  # ("with Mikhail S. Gorbachev")
    re.IGNORECASE,
)
_KNOWN_ANCHORS = [(re.compile(pattern, re.IGNORECASE), iso, label) for pattern, iso, label in R.KNOWN_ANCHORS]
_YEAR_IN_NAME = re.compile(r"\b(?:19|20)\d\d\b")


def _known_in(text: str, published: dt.date | None) -> tuple[str, str] | None:
    """The known event named at the start of ``text`` (" the Helsinki summit, …"), see :func:`_known_anchor`."""
    head = text.strip()
    for pattern, _iso, _label in _KNOWN_ANCHORS:
        m = pattern.match(head)
        if m is not None:
            return _known_anchor(m.group(), published)
    return None


def _known_anchor(name: str, published: dt.date | None) -> tuple[str, str] | None:
    """(ISO date, label) of the known event ``name`` names ("the Helsinki summit"). Of several
    events of that name (Helsinki hosted summits in 1990, 1997 and 2018) the latest on or before
    the publication date, else the first within a year after it ("ahead of the Geneva summit");
    a year in the name picks its own. None when no event of the name is that close."""
    hits = [(iso, label) for pattern, iso, label in _KNOWN_ANCHORS if pattern.fullmatch(name)]
    year = _YEAR_IN_NAME.search(name)
    if year:
        hits = [h for h in hits if h[0].startswith(year.group())] or hits
    if published is None:
        return max(hits) if hits else None
    if len(hits) <= 1:
        # (not an event years after the article: "since Trump took office in January" in 2017)
        return hits[0] if hits and hits[0][0] <= (published + dt.timedelta(days=366)).isoformat() else None
    day = published.isoformat()
    before = [h for h in hits if h[0] <= day]
    if before:
        return max(before)
    soon = (published + dt.timedelta(days=366)).isoformat()
    after = [h for h in hits if h[0] <= soon]
    return min(after) if after else None
_CONF = {"explicit": 0.95, "dct_cue": 0.85, "dct_default": 0.7, "event": 0.6, "vague": 0.5, "none": 0.3}


def _numeric_date(t: Timex, g: dict[str, str]) -> None:
    """An all-number date. A number above 12 is the day; "15.02.2025" (dots) is day first;
    "3/2/2023" could be either and is read month first, as US English and HeidelTime do,
    with less confidence and a reason that says so."""
    a, b, y = int(g["n1"]), int(g["n2"]), int(g["ny"])
    year = y if len(g["ny"]) == 4 else (2000 + y if y < 70 else 1900 + y)
    if a > 12 or (g["sep"] == "." and b <= 12):
        day, month, reason = a, b, ""
    elif b > 12:
        day, month, reason = b, a, ""
    else:
        day, month, reason = b, a, f"{g['n1']}/{g['n2']} could be day/month or month/day; read as month/day (US order)"
    try:
        t.value = dt.date(year, month, day).isoformat()
    except ValueError:
        t.reason, t.confidence = "no such date in the calendar", _CONF["none"]
        return
    t.anchor = "explicit"
    t.confidence = _CONF["dct_default"] if reason else _CONF["explicit"]
    t.reason = reason


_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "orthodox christmas": (1, 7), "orthodox christmas eve": (1, 6), "new year's eve": (12, 31),
             "new year's day": (1, 1), "new year's": (1, 1), "new year": (1, 1), "independence day": (7, 4), "fourth of july": (7, 4), "victory day": (5, 9),
             "veterans day": (11, 11), "unity day": (11, 4), "defender of the fatherland day": (2, 23)}
#: US holidays on a weekday of a month: (month, weekday with Monday 0, which one; -1 the last).
_FLOATING_HOLIDAYS = {"thanksgiving": (11, 3, 4), "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "presidents day": (2, 0, 3),
                      "columbus day": (10, 0, 2), "martin luther king day": (1, 0, 3)}


def _holiday_key(name: str) -> str:
    """The table key of a holiday as written ("Thanksgiving Day", "Presidents' Day", "Martin Luther King Jr. Day")."""
    key = _SPACES.sub(" ", name.lower()).replace("’", "'").replace("presidents' day", "presidents day").replace(" jr. day", " day").replace(" jr day", " day")
    return "thanksgiving" if key.startswith("thanksgiving") else key


def _floating_day(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` of ``month`` in ``year`` (``nth`` -1: the last one)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
#: TIMEX3's parts of the day, for a day with one ("Tuesday evening", "last night").
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "this morning": "MO",
                 "this afternoon": "AF", "this evening": "EV", "last night": "NI", "overnight": "NI"}


def _time_of_day(rule: str, g: dict[str, str]) -> str:
    """The TIMEX3 part of the day a weekday or a deictic word names, or ""."""
    if rule in ("weekday", "holiday", "new_year") and g.get("tod"):  # "Tuesday night", "on Christmas morning"
        return _PARTS_OF_DAY.get(g["tod"].lower(), "")
    if rule == "weekday" and g.get("small"):  # "in the early hours of Monday"
        return "MO"
    if rule == "deictic":
        word = _SPACES.sub(" ", g["deictic"].lower())
        return _PARTS_OF_DAY.get(word, _PARTS_OF_DAY.get(word.rsplit(" ", 1)[-1], "") if word.startswith(("yesterday ", "tomorrow ")) else "")
    return ""


def _finish(t: Timex, dct: dt.date | None) -> Timex:
    """Fill start/end from the value, apply part and interval modifiers (a time of a known
    day, "2023-03-14TEV", spans that day)."""
    dated = t.type in ("date", "event_anchored") or (t.type == "time" and t.value[:1].isdigit())
    span = interval(t.value) if dated else None
    part = t.extra.get("part")
    if span and part:
        span = _narrow(span, part)
    if span and t.extra.get("range_end"):
        span = (span[0], t.extra["range_end"])
    if span:
        t.start, t.end = span
        if t.mod == "BEFORE_DCT" and dct and t.start <= dct <= t.end:
            t.end = dct
        elif t.mod == "AFTER_DCT" and dct and t.start <= dct <= t.end:
            t.start = dct
        # "since July": start/end stay the interval of the value (July); mod=SINCE says the
        # reader should read it as open up to the publication date.
        sig = t.extra.get("signal_mod", "")
        if sig and not t.mod:
            t.mod = sig
        elif sig:
            t.mod = f"{t.mod};{sig}"
    return t


#: A finite verb of the past (or a participle in -ed).
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|said|broke|began|came|went|met|spoke|told|took|held|left|fell|[a-z]{3,}ed)\b", re.IGNORECASE)
#: A verb that moves a day forward, before "until"/"to" and the new day.
#: A contact brought forward from the day it was set for: "pushed up from Monday".
_MOVED_UP_FROM_BEFORE = re.compile(r"\b(?:moved|pushed|brought|bumped)\s+(?:it\s+)?(?:up|forward)\s+$", re.IGNORECASE)
_PUT_OFF_BEFORE = re.compile(r"\b(?:extended|extends|prolonged|postponed|delayed|adjourned|deferred|pushed\s+back|put\s+off|moved)\b[^.;]{0,100}$", re.IGNORECASE)
#: "Thursday's planned meeting": the day something was planned for.
_PLANNED_AFTER_DAY = re.compile(r"['’]s\s+(?:planned|scheduled|expected|proposed|upcoming|slated|long-planned)\b", re.IGNORECASE)
#: A contact called off, then where and when it was to be: "canceled a summit with Putin in Moscow in".
_CALLED_OFF_CONTACT_BEFORE = re.compile(r"\b(?:canceled|cancelled|called\s+off|scrapped|postponed|shelved|scuttled)\s+(?:a|an|the|his|her|their|its|plans\s+for\s+(?:a|an|the))\s+(?:[\w-]+\s+){0,3}?"
                                        r"(?:summit|meeting|visit|talks|trip|session)\b[^.;]{0,90}$", re.IGNORECASE)
#: An order that holds until a day ahead: "ordered him held until May 29", "remanded in custody
#: until", "suspended flights until", "closed its airspace until".
_ORDERED_UNTIL_BEFORE = re.compile(r"\b(?:ordered\b[^.;]{0,40}?\b(?:held|kept|detained|jailed|confined|closed|suspended)|remanded|(?:held|kept)\s+in\s+(?:custody|detention|pre-?trial\s+detention)|suspended|banned|barred|closed)\b[^.;]{0,60}$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
#: A day a vote or a hearing is set for ("called for 26 March", "scheduled for May 3").
_SET_VERB = r"\b(?:called|set|scheduled|fixed|slated|floated|mooted|pencill?ed\s+in)\b[^.;]{0,60}?"
_SET_BEFORE = re.compile(_SET_VERB + r"\s$", re.IGNORECASE)  # (the date's own "for" follows)
_SET_FOR_BEFORE = re.compile(_SET_VERB + r"\bfor\s+$", re.IGNORECASE)


#: "the first anniversary of the Feb. 24 invasion": the day is that many years before the
#: anniversary nearest the publication date (not the day placed by the sentence's tense)
_ORDINAL_YEARS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                  "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
#: "the Sept. 11 attacks", "September 11 terror attacks", "the Sept. 11 hijackers": 2001's day.
_ATTACKS_AFTER = re.compile(r"(?:th)?\s+(?:(?:terrorist|terror|al[- ]Qaeda)\s+)?(?:attacks?|hijackers|hijackings|commission)\b", re.IGNORECASE)
_ANNIVERSARY_BEFORE = re.compile(r"\b(?P<nth>" + "|".join(_ORDINAL_YEARS) + r"|[1-9]\d?(?:st|nd|rd|th))\s+anniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(cand: Candidate, text: str, published: dt.date | None, tense: str | None = None, index: TextIndex | None = None,
            record_tense: bool = True) -> Timex:
    """Resolve one candidate against the publication date and the tense of its clause.

    ``index`` (a :class:`TextIndex` of ``text``) saves re-scanning the text for each candidate.
    The tense is worked out only when the reading needs it (an explicit "July 2022" does not,
    and finding the tense cues of a sentence costs more than most readings); ``record_tense``
    fills ``Timex.tense`` anyway. Without it ``tense`` is "" when the reading did not need it.
    """
    g = cand.groups
    expr = text[cand.start:cand.end]
    if tense is None:
        tense_of = _Once(lambda: index.tense(cand.start, cand.end) if index is not None else tense_at(text, cand.start, cand.end))
    else:
        tense_of = _Once(lambda: tense)
    signal = g.get("signal", "")
    signal = _SPACES.sub(" ", signal.lower()) if signal else ""
    t = Timex(cand.start, cand.end, expr, "date", rule=cand.rule)
    t.extra["signal_mod"] = R.INTERVAL_SIGNALS.get(signal, "")
    part = g.get("part") or g.get("partmid")
    if part:
        part_key = _SPACES.sub(" ", part.lower()).rstrip("-")
        t.extra["part"] = R.PART_MODS.get(part_key) or R.PART_MODS.get(part_key + "-") or ""
        t.mod = t.extra["part"]
    def how() -> str:  # which way a bare date goes
        deadline = signal
        if signal in ("on", "") and cand.rule == "weekday" and _CLOCK_DEADLINE_BEFORE.search(text, max(0, cand.start - 40), cand.start):
            deadline = "until"  # "until midnight on Friday": the day of a deadline
        way = _direction(tense_of(), g.get("rel", ""), deadline)
        if way == "past" and signal in ("by", "until", "till") and index is not None and index.has_cue(cand.start, cand.end, "future"):
            way = "future"  # a deadline in a clause that looks ahead ("would have to cut … by Sept. 1")
        if way == "past" and (signal in ("until", "till", "to") or not signal and _TO_BEFORE.search(text, max(0, cand.start - 4), cand.start)) and _PUT_OFF_BEFORE.search(text, max(0, cand.start - 120), cand.start):
            way = "future"  # "extended his detention until Jan. 30", "postponed the talks to March 3": the new day is ahead
        if way == "past" and signal == "from" and cand.rule == "weekday" and _MOVED_UP_FROM_BEFORE.search(text, max(0, cand.start - 40), cand.start):
            way = "future"  # "a call the White House had pushed up from Monday": the day it was set for, still ahead
        if way == "past" and cand.rule == "weekday" and _PLANNED_AFTER_DAY.match(text, cand.end):
            way = "nearest"  # "has cancelled Thursday's planned meeting": the day it was planned for, which the tense does not place
        if way == "past" and cand.rule in ("month", "month_day_year", "season") and _CALLED_OFF_CONTACT_BEFORE.search(text, max(0, cand.start - 140), cand.start):
            way = "future"  # "canceled a summit with Putin in Moscow in early September": the day it was meant for
        if way == "past" and signal in ("until", "till") and _ORDERED_UNTIL_BEFORE.search(text, max(0, cand.start - 120), cand.start):
            way = "future"  # "a court ordered him held until May 29": the order runs to a day ahead
        if way == "past" and (signal == "for" and _SET_BEFORE.search(text, max(0, cand.start - 90), cand.start) or text[max(0, cand.start - 4) : cand.start].lower() == "for " and _SET_FOR_BEFORE.search(text, max(0, cand.start - 90), cand.start)):
            way = "future"  # "an election has been called for 26 March", "scheduled a final vote for Friday"
        return way

    how_of = _Once(how)
    rule = cand.rule
    needs_dct = "the article has no publication date, so a relative date cannot be resolved"

    def relative(make: Callable[[dt.date], str], reason_ok: str = "") -> None:
        if published is None:
            t.anchor, t.reason, t.confidence = "none", needs_dct, _CONF["none"]
            return
        t.value = make(published)
        if not t.value:
            t.anchor, t.reason, t.confidence = "dct", "no such date in the calendar near the publication date", _CONF["none"]
            return
        t.anchor = "dct"
        t.confidence = _CONF["dct_cue"] if (g.get("rel") or signal == "since" or tense_of()) else _CONF["dct_default"]
        t.reason = reason_ok

    if rule == "iso_date":
        if interval(g["iso"]):
            t.value, t.anchor, t.confidence = g["iso"], "explicit", _CONF["explicit"]
        else:
            t.reason, t.confidence = "no such date in the calendar", _CONF["none"]
    elif rule == "numeric_date":
        _numeric_date(t, g)
    elif rule in ("month_day_year", "day_month_year", "week_of_md", "week_of_dm", "dayword_month", "month_dayword"):
        month = _month_number(g["mon"])
        day = int(g["day"]) if g.get("day") else _ORDINAL_DAYS[re.sub(r"[\s-]+", "-", g["dayword"].lower())]
        if not 1 <= day <= 31:
            t.type, t.reason = "vague", "not a valid day of the month"
        elif g.get("year"):
            try:
                t.value = dt.date(int(g["year"]), month, day).isoformat()
                t.anchor, t.confidence = "explicit", _CONF["explicit"]
            except ValueError:
                t.reason = "no such date in the calendar"
        elif g.get("relyear"):
            off = _RELYEAR_OFFSET[g["relyear"].lower()]

            def mk(d: dt.date) -> str:
                try:
                    return dt.date(d.year + off, month, day).isoformat()
                except ValueError:
                    return ""

            relative(mk)
        else:
            wd = g.get("wd")

            def mk(d: dt.date) -> str:
                found = _month_day_by_tense(d, month, day, how_of(), not tense_of() and not g.get("rel"))
                if found and wd and found.weekday() != R.WEEKDAYS[wd.rstrip(".").lower()]:
                    # "Thursday, March 2": the weekday picks the year when tense is unsure
                    for y in range(d.year - 6, d.year + 2):
                        try:
                            alt = dt.date(y, month, day)
                        except ValueError:
                            continue
                        if alt.weekday() == R.WEEKDAYS[wd.rstrip(".").lower()] and abs((alt - d).days) < 400:
                            return alt.isoformat()
                return found.isoformat() if found else ""

            ann = _ANNIVERSARY_BEFORE.search(text, max(0, cand.start - 50), cand.start)
            if month == 9 and day == 11 and _ATTACKS_AFTER.match(text, cand.end):
                # "the Sept. 11 attacks", "September 11th terrorist attacks": the day's name for 2001's
                t.value, t.anchor, t.confidence = "2001-09-11", "explicit", _CONF["explicit"]
                t.reason = "the name of the attacks of 11 September 2001"
                t.extra["named_day"] = True
            elif ann is not None:
                years = _ORDINAL_YEARS.get(ann.group("nth").lower()) or int(ann.group("nth")[:-2])

                def counted_back(d: dt.date) -> str:
                    near = min((_safe_date(y, month, day) for y in (d.year - 1, d.year, d.year + 1)), key=lambda x: abs((x - d).days) if x else 10**6)
                    back = _safe_date(near.year - years, month, day) if near else None
                    return back.isoformat() if back else ""

                relative(counted_back, "the year the anniversary counts back to from the one nearest the publication date")
            else:
                relative(mk, "year taken from the publication date and the tense")
    elif rule == "date_range":
        m1 = _month_number(g["mon"])
        m2 = _month_number(g["mon2"]) if g.get("mon2") else m1
        d1, d2 = int(g["day"]), int(g["day2"])

        def span_for(year: int) -> tuple[dt.date, dt.date] | None:
            try:
                return dt.date(year, m1, d1), dt.date(year if m2 >= m1 else year + 1, m2, d2)
            except ValueError:
                return None

        t.extra["signal_mod"] = ""  # "from March 3 to 5" is a closed range, not an open start
        if g.get("year"):
            got = span_for(int(g["year"]))
            t.anchor, t.confidence = "explicit", _CONF["explicit"]
        elif published:
            # the same policy as a yearless single day: "votes from March 15 to 17", written
            # on 26 February with no tense cue, is the coming one, not last year's
            first = _month_day_by_tense(published, m1, d1, how_of(), not tense_of())
            got = span_for(first.year) if first else None
            t.anchor, t.confidence = "dct", _CONF["dct_cue"]
        else:
            got, t.anchor, t.reason, t.confidence = None, "none", needs_dct, _CONF["none"]
        if got and got[1] >= got[0]:
            t.value, t.mod = got[0].isoformat(), "RANGE"
            t.extra["range_end"] = got[1]
    elif rule == "weekend":
        rel = (g.get("rel") or g.get("signal") or "").lower()

        def mk(d: dt.date) -> str:
            saturday = _week_start(d) + dt.timedelta(days=5)
            if rel in ("last", "past"):
                sat = saturday - dt.timedelta(days=7) if d < saturday + dt.timedelta(days=2) else saturday
                sat = sat if sat < d else sat - dt.timedelta(days=7)
            elif rel in ("next", "coming"):
                sat = saturday if d < saturday else saturday + dt.timedelta(days=7)
            elif tense_of() == "future" or rel in ("by", "until", "till", "before") and tense_of() != "past":
                # ("hoped to sign a deal by the weekend": a deadline ahead)
                sat = saturday if d <= saturday + dt.timedelta(days=1) else saturday + dt.timedelta(days=7)
            else:  # past or no cue: the latest weekend that has begun by the publication date
                sat = saturday if d >= saturday else saturday - dt.timedelta(days=7)
            return _week_value(sat) + "-WE"

        relative(mk, "weekend placed by the tense of the sentence")
    elif rule == "month_year":
        t.value = f"{int(g['year']):04d}-{_month_number(g['mon']):02d}"
        t.anchor, t.confidence = "explicit", _CONF["explicit"]
    elif rule in ("month", "rel_month"):
        month = _month_number(g["mon"])
        if g.get("relyear"):
            off = _RELYEAR_OFFSET[g["relyear"].lower()]
            relative(lambda d: f"{d.year + off:04d}-{month:02d}")
        else:
            relative(lambda d: f"{_resolve_month(d, month, how_of()):04d}-{month:02d}", "year taken from the publication date and the tense")
    elif rule == "season_year":
        t.value = f"{int(g['year']):04d}-{R.SEASONS[g['season'].lower()]}"
        t.anchor, t.confidence = "explicit", _CONF["explicit"]
    elif rule == "century":
        t.value, t.anchor, t.confidence = f"{int(g['cent']) - 1:02d}", "explicit", _CONF["explicit"]
    elif rule == "week_ord_month":
        month = _month_number(g["mon"])
        which = g["word"].lower()

        def first_day(year: int) -> str:
            day = _month_end(year, month).day - 6 if which in ("last", "final") else {"first": 1, "second": 8, "third": 15, "fourth": 22}[which]
            return _week_value(dt.date(year, month, day))

        if g.get("year"):
            t.value, t.anchor, t.confidence = first_day(int(g["year"])), "explicit", _CONF["explicit"]
        else:
            relative(lambda d: first_day(_resolve_month(d, month, how_of())), "year taken from the publication date and the tense")
    elif rule == "decade":
        t.value = g["decade"][:3]
        t.anchor, t.confidence = "explicit", _CONF["explicit"]
    elif rule == "fiscal_year":
        year = g.get("fy") or g.get("fy3") or ""
        if not year:  # "FY25": the century nearest the publication date (without one, 1950-2049)
            base = published.year if published else 2000
            short = int(g["fy2"][-2:])
            year = str(min((c * 100 + short for c in (base // 100 - 1, base // 100, base // 100 + 1)), key=lambda y: abs(y - base))) if len(g["fy2"]) == 2 else g["fy2"]
        t.value, t.anchor, t.confidence = f"FY{year}", "explicit", _CONF["explicit"]
    elif rule == "fiscal_rel":
        off = {"current": 0, "this": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}[(g.get("rel") or "current").lower()]
        relative(lambda d: f"FY{_federal_fiscal_year(d) + off:04d}", "the US federal fiscal year (October-September) of the publication date")
    elif rule == "year":
        t.value = g["year"]
        t.anchor, t.confidence = "explicit", _CONF["explicit"]
    elif rule in ("holiday", "new_year") and g.get("year"):
        # "on Christmas Eve 1979": the holiday of that year
        name = _holiday_key(g["holiday"])
        y = int(g["year"])
        if name in _FLOATING_HOLIDAYS:
            t.value = _floating_day(y, *_FLOATING_HOLIDAYS[name]).isoformat()
        else:
            month, day = _HOLIDAYS[name]
            t.value = dt.date(y, month, day).isoformat()
        t.anchor, t.confidence = "explicit", _CONF["explicit"]
    elif rule in ("holiday", "new_year"):
        name = _holiday_key(g["holiday"])
        if name in _FLOATING_HOLIDAYS:
            rule_of_day = _FLOATING_HOLIDAYS[name]

            def mk(d: dt.date) -> str:  # "the fourth Thursday of November", by the tense
                def day_in(y: int) -> dt.date:
                    return _floating_day(y, *rule_of_day)
                how = how_of()
                this = day_in(d.year)
                if how in ("future", "strict_future"):
                    return (this if this >= d else day_in(d.year + 1)).isoformat()
                coming = not tense_of() and 0 < (this - d).days <= _COMING_DAYS
                return (this if this <= d or how == "nearest" or coming else day_in(d.year - 1)).isoformat()
        else:
            month, day = _HOLIDAYS[name]

            def mk(d: dt.date) -> str:
                found = _month_day_by_tense(d, month, day, how_of(), not tense_of())
                return found.isoformat() if found else ""

        relative(mk, "a holiday's date in the year the tense points to")
    elif rule in ("quarter_year", "half_year"):
        if g.get("hord"):
            t.value = f"{g['year']}-H{1 if g['hord'].lower() == 'first' else 2}"
        else:
            t.value = f"{g['year']}-Q{_QUARTERS[g['qord'].lower()]}"
        t.anchor, t.confidence = "explicit", _CONF["explicit"]
    elif rule == "quarter":
        q = _QUARTERS[g["qord"].lower()]

        def mk(d: dt.date) -> str:
            # the quarter's first month placed like a bare month: past on/before, future on/after
            now = (d.month - 1) // 3 + 1
            how = how_of()
            if how in ("future", "strict_future"):
                year = d.year if q >= now else d.year + 1
            elif how == "nearest":
                year = d.year
            else:
                year = d.year if q <= now else d.year - 1
            return f"{year}-Q{q}"

        relative(mk, "year taken from the publication date and the tense")
    elif rule in ("rel_period", "part_rel_period"):
        unit = g["unit"].lower()
        rel = g["rel"].lower()
        rel = _SPACES.sub(" ", rel)
        off = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "this coming": 1}[rel]
        if rule == "part_rel_period":
            pk = _SPACES.sub(" ", g["part"].lower())
            if pk in ("earlier", "later"):
                t.extra["part"] = ""
                t.mod = "BEFORE_DCT" if pk == "earlier" else "AFTER_DCT"
            else:
                t.extra["part"] = R.PART_MODS.get(pk, "")
                t.mod = t.extra["part"]
        half = ""
        if rule == "part_rel_period" and unit == "year" and pk in ("the first half of", "the second half of"):
            # "in the first half of next year": TIMEX3's 1988-H1, not the year with a mod
            half = "H1" if pk.startswith("the first") else "H2"
            t.extra["part"], t.mod = "", ""
        if half:
            relative(lambda d: f"{d.year + off:04d}-{half}")
        elif unit in R.SEASONS:
            code = R.SEASONS[unit]

            def mk(d: dt.date) -> str:
                return f"{_season_year(d, code, off):04d}-{code}"

            relative(mk)
        elif unit == "weekend":
            relative(lambda d: _week_value(d + dt.timedelta(weeks=off)) + "-WE")
        elif unit == "quarter":
            relative(lambda d: "{}-Q{}".format(*_add_q(d, off)))
        elif unit == "decade":
            relative(lambda d: f"{d.year // 10 + off:03d}")
        else:
            relative(lambda d: _shift_value(d, off, unit))
    elif rule == "year_end":
        t.extra["part"] = t.mod = R.PART_MODS["the end of"]
        relative(lambda d: f"{d.year:04d}")
    elif rule == "after_next":
        relative(lambda d: _shift_value(d, 2, g["unit"].lower()))
    elif rule == "week_from_weekday":
        wd = R.WEEKDAYS[g["wd"].rstrip(".").lower()]
        weeks = {"a": 1, "one": 1, "two": 2, "three": 3}[g["wkn"].lower()]
        relative(lambda d: (_resolve_weekday(d, wd, "strict_future") + dt.timedelta(weeks=weeks)).isoformat(), "that weekday to come, then the weeks on")
    elif rule == "this_time":
        off = 1 if g["tty"].lower() == "next" else -1
        relative(lambda d: (_safe_date(d.year + off, d.month, d.day) or _safe_date(d.year + off, d.month, d.day - 1)).isoformat(), "the publication day, a year back (or on)")
    elif rule == "the_new_year":
        relative(lambda d: f"{d.year + (1 if d.month >= 7 else 0):04d}", "the year after the publication date's (the one under way if written in its first half)")
    elif rule == "part_the_period":
        unit, rel = g["unit"].lower(), g["rel"].lower()
        off = {"the": 0, "this": 0, "next": 1, "last": -1}[rel]
        pk = _SPACES.sub(" ", g["part"].lower())
        if unit == "year" and pk in ("the first half", "the second half"):
            half = "H1" if pk == "the first half" else "H2"
            relative(lambda d: f"{d.year + off:04d}-{half}")
        elif unit == "year" and pk.endswith(" quarter"):
            q = f"Q{_QUARTERS[pk.split()[1]]}"  # "by the second quarter of this year": 2025-Q2
            relative(lambda d: f"{d.year + off:04d}-{q}")
        else:
            t.extra["part"] = t.mod = R.PART_MODS.get(pk, R.PART_MODS.get(pk.replace("the ", "the "), ""))
            relative(lambda d: _shift_value(d, off, unit))
    elif rule == "season":
        code = R.SEASONS[g["season"].lower()]
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]

        if g.get("relyear"):  # "the spring of next year"
            off = _RELYEAR_OFFSET[g["relyear"].lower()]
            relative(lambda d: f"{d.year + off:04d}-{code}")
        else:
            def mk(d: dt.date) -> str:
                return f"{_resolve_month(d, first, how_of()):04d}-{code}"

            relative(mk, "season placed by the tense of the sentence")
    elif rule == "duration_compound":
        hours, minutes = _number(g["num"]), _number(g["num2"])
        t.type, t.anchor, t.confidence = "duration", "explicit", _CONF["explicit"]
        t.value = f"PT{int(hours or 0)}H{int(minutes or 0)}M"
        t.mod = R.QUANTITY_MODS.get(_SPACES.sub(" ", g.get("qmod", "").lower()), "")
    elif rule == "set_every_vague":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["vague"]
        letter = R.UNITS[_unit_key(g["unit"])][0]
        t.value = f"PX{letter}"
        t.reason = "recurs, but the text gives no exact period"
    elif rule == "weekday":
        wd = R.WEEKDAYS[g["wd"].rstrip(".").lower()]
        last = (g.get("rel") or "").lower() == "last"
        at_week = text.lower().rfind("this week", 0, cand.start) if not g.get("rel") else -1
        # (no verb of the past between them: "… this week, as fighting that broke out on Thursday night" is last week's)
        this_week = at_week >= 0 and not _PAST_VERB.search(text, at_week, cand.start)

        def mk(d: dt.date) -> str:
            day = _resolve_weekday(d, wd, how_of())
            if this_week and day < _week_start(d):
                # "the first of three rounds this week, with NATO meeting Russia on Wednesday": a
                # day of the week the sentence named, not of the week before
                day = _resolve_weekday(d, wd, "this")
            if last and (d - day).days == 1:
                # "last Tuesday" written on a Wednesday is the week before's: yesterday would be
                # "on Tuesday" or "yesterday" (the set's "last <day>"s lie 3 to 7 days back)
                day -= dt.timedelta(days=7)
            return day.isoformat()

        relative(mk, "weekday placed by the tense of the sentence")
    elif rule == "day_of_month":
        day = t.extra["day_of_month"] = int(g["day"])  # (the story's clock may give it another month)

        def mk(d: dt.date) -> str:
            y, mo = d.year, d.month
            if how_of() in ("past", "strict_past") and day > d.day:
                y, mo = _add_months(y, mo, -1)
            elif how_of() in ("future", "strict_future") and day < d.day:
                y, mo = _add_months(y, mo, 1)
            try:
                return dt.date(y, mo, day).isoformat()
            except ValueError:
                return ""

        relative(mk)
    elif rule == "deictic":
        word = _SPACES.sub(" ", g["deictic"].lower())
        if word.startswith(("yesterday ", "tomorrow ")):  # "yesterday afternoon": its day (the part is added after)
            word = word.split(" ", 1)[0]
        off = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
               "overnight": -1,  # (the night that ended on the morning of publication)
               "yesterday": -1, "last night": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        relative(lambda d: (d + dt.timedelta(days=off)).isoformat())
    elif rule == "day_part":
        # "later in the week": the publication's week (month, year), as "later in the day" is its day
        unit = g.get("dunit", "day").lower()
        relative(lambda d: d.isoformat() if unit == "day" else _week_value(d) if unit == "week" else f"{d.year:04d}-{d.month:02d}" if unit == "month" else f"{d.year:04d}")
        if unit == "day" and tense_of() != "future":
            # ("received by Putin on Tuesday evening, after talks with Lavrov earlier in the day"):
            # the day the story last gave, when it gave one (see NarrativeClock); a plan ("was
            # expected to speak … later in the day") is on the day of the report
            t.extra["shift"] = (0, "day")
    elif rule == "ago":
        n = _number(g["num"])
        unit = g["unit"]
        if n is None or n != int(n):
            t.type, t.direction, t.reason = "vague", "past", "a count we cannot place exactly"
        elif g.get("agotoday") and _unit_key(unit) in ("year", "month", "week", "day", "decade"):
            # "Thirty years ago today", "… ago to the day": that very day, so many years back
            relative(lambda d: _same_day_back(d, int(n), _unit_key(unit)))
        elif g.get("agowd") and _unit_key(unit) in ("year", "decade"):
            # "went into service 60 years ago on Wednesday": that Wednesday, so many years back
            wd = R.WEEKDAYS[g["agowd"].lower()]
            relative(lambda d: _same_day_back(_resolve_weekday(d, wd, "past"), int(n), _unit_key(unit)), "the weekday told, so many years back (an anniversary)")
        elif g.get("agothis") and _unit_key(unit) in ("year", "decade"):
            # "Thirty years ago this week": this week (month) of that year, ISO-style
            def back(d: dt.date) -> str:
                day = dt.date.fromisoformat(_same_day_back(d, int(n), _unit_key(unit))[:10])
                return _week_value(day) if g["agothis"].lower() == "week" else f"{day.year:04d}-{day.month:02d}"
            relative(back)
        elif _unit_key(unit) == "decade":  # "a decade ago": the year ten years back, as annotators read it
            relative(lambda d: _shift_value(d, -10 * int(n), "year"))
        else:
            relative(lambda d: _shift_value(d, -int(n), unit))
        if g.get("qmod"):
            t.mod = R.QUANTITY_MODS.get(_SPACES.sub(" ", g["qmod"].lower()), "")
    elif rule == "from_now":
        n = _number(g["num"])
        if n is None or n != int(n):
            t.type, t.direction, t.reason = "vague", "future", "a count we cannot place exactly"
        else:
            relative(lambda d: _shift_value(d, int(n), g["unit"]))
    elif rule == "noon":
        t.type, t.anchor, t.confidence = "time", "explicit", _CONF["dct_default"]
        t.value = "T00:00" if g["noon"].lower() == "midnight" else "T12:00"
        if g["noon"].lower() == "midnight" and (g.get("signal") or "").lower() not in ("after", "from"):
            # on a named day it is that day's end (see clock_on_its_day); "after midnight on
            # Saturday" is the small hours of Saturday, so it keeps 00:00
            t.extra["midnight"] = True
        t.reason = "time of day; the day is the date of the event it belongs to"
    elif rule == "vague_ago":
        t.type, t.direction = "vague", "past"
        t.reason = f"vague past: '{expr}' gives no number"
    elif rule == "anchored_known":
        known = _known_anchor(g["known"], published)
        t.type = "event_anchored"
        if known is None:
            t.reason = "a known event, but none of that name near the publication date"
        else:
            iso, label = known
            t.value, t.anchor = iso, "event"
            t.confidence = _CONF["event"] + 0.2
            t.reason = f"anchored on a known event: {label} ({iso})"
            t.extra["signal_mod"] = R.INTERVAL_SIGNALS.get(_SPACES.sub(" ", g["signal"].lower()), "")
            if g["signal"].lower().startswith(("ahead", "prior")):
                t.extra["signal_mod"] = "BEFORE"
    elif rule == "anchored_offset":
        t.type, t.anchor, t.confidence = "event_anchored", "event", _CONF["event"]
        amount = g.get("num") or g.get("vq") or "some"
        t.reason = f"{amount} {g['unit']} {g['dir']} an event the text mentions{(': ' + g['anchor'].strip()) if g.get('anchor', '').strip() else ''}; no date given"
        n = _number(g["num"]) if g.get("num") else None
        known = _known_in(g.get("anchor", ""), published) if n is not None and n == int(n) and not g.get("qmod") else None
        if known is not None and _unit_key(g["unit"]) in _ANCHOR_DAYS and g["dir"].lower() in ("after", "before"):
            # "a day after the Helsinki summit": counted from the known event's date
            days = int(n) * _ANCHOR_DAYS[_unit_key(g["unit"])] * (-1 if g["dir"].lower() == "before" else 1)
            t.value = (dt.date.fromisoformat(known[0]) + dt.timedelta(days=days)).isoformat()
            if _unit_key(g["unit"]) == "week":
                t.value = _week_value(dt.date.fromisoformat(t.value))
            t.confidence = _CONF["event"] + 0.2
            t.reason = f"{g['num']} {g['unit']} {g['dir']} a known event: {known[1]} ({known[0]})"
            t.extra["known_day"] = known[0]  # (a weekday naming that day takes it: see anchor_on_following)
        elif n is not None:
            t.value = ""
            t.extra["offset"] = _duration_value(n, g["unit"])
            # ("later"/"earlier" take no object: "returned two weeks later for talks" has none)
            if (not g.get("anchor", "").strip() or g["dir"].lower() in ("later", "earlier")) and n == int(n):
                # "a day earlier", "two weeks later": counted from the story's last date
                unit, per = (_unit_key(g["unit"]), 1) if _unit_key(g["unit"]) != "decade" else ("year", 10)  # ("a decade later": ten years on)
                t.extra["shift"] = (int(n) * per * (-1 if g["dir"].lower() in ("before", "earlier") or g["dir"].lower().startswith("prior") else 1), unit)
            elif n == int(n) and not g.get("qmod") and _unit_key(g["unit"]) in _ANCHOR_DAYS:
                # "a day after the officials met in Riyadh on Feb. 18": counted from a date its
                # event clause gives (see anchor_on_following)
                t.extra["from_following"] = int(n) * _ANCHOR_DAYS[_unit_key(g["unit"])] * (-1 if g["dir"].lower() in ("before",) or g["dir"].lower().startswith("prior") else 1)
            elif n == int(n) and not g.get("qmod") and _unit_key(g["unit"]) in ("month", "year", "decade"):
                # "15 years after it entered into force in February 2011": 2026-02
                k = int(n) * (10 if _unit_key(g["unit"]) == "decade" else 1) * (-1 if g["dir"].lower() in ("before",) or g["dir"].lower().startswith("prior") else 1)
                t.extra["from_following_units"] = (k, "month" if _unit_key(g["unit"]) == "month" else "year")
    elif rule in ("narrative_weekday", "narrative_that_weekday"):
        t.type, t.anchor, t.confidence = "event_anchored", "event", _CONF["event"]
        way = g["nwrel"].lower()
        t.extra["weekday_shift"] = (R.WEEKDAYS[g["wd"].rstrip(".").lower()], 1 if way == "following" else 0 if way == "that" else -1)
        if g.get("tod"):
            t.extra["tod"] = _PARTS_OF_DAY[g["tod"].lower()]
        t.reason = "the weekday after (or before) the date the story gave before it; none was found"
    elif rule in ("month_that_year", "month_that"):
        t.type, t.anchor, t.confidence = "event_anchored", "event", _CONF["event"]
        t.extra["month_shift"] = (_month_number(g["mon"]), 0)
        t.reason = "the month of the year the story gave before it; none was found"
    elif rule == "narrative_season":
        t.type, t.anchor, t.confidence = "event_anchored", "event", _CONF["event"]
        way = (g.get("nsrel") or "").lower()
        t.extra["season_shift"] = (R.SEASONS[g["nseason"].lower()], 1 if way == "following" else -1 if way else 0)
        t.reason = "the season of (or after, before) the year the story gave before it; none was found"
    elif rule == "narrative_month":
        t.type, t.anchor, t.confidence = "event_anchored", "event", _CONF["event"]
        t.extra["month_shift"] = (_month_number(g["mon"]), 1 if g["nmrel"].lower() == "following" else -1)
        t.reason = "the month after (or before) the date the story gave before it; none was found"
    elif rule in ("narrative_day", "narrative_part", "narrative_eve", "narrative_half"):
        t.type, t.anchor, t.confidence = "event_anchored", "event", _CONF["event"]
        word = (g.get("nd") or g.get("nw") or g.get("nrel") or g.get("nprel") or g.get("nprel3") or "").lower()
        back = word in ("previous", "preceding", "before")
        same = bool(g.get("ns") or g.get("npart") or g.get("npart4") or g.get("nsame") or g.get("nunit2") or g.get("nhalf"))  # ("later that week": the week of the story's last date)
        if g.get("eve") and _EVE_OF_THE_CONTACT.fullmatch(expr):
            # "met for 90 minutes on Monday … On the eve of the meeting, Putin told …": the
            # meeting just told, so the day before the story's last date (8 of the set's 9)
            t.extra["shift"] = (-1, "day")
            t.reason = "the day before the contact the story told last; none was found"
        elif g.get("eve"):
            # the day before an event the text names, whose date the story's last date need not
            # be ("struck overnight, on the eve of the Victory Day parade"): no value
            t.reason = "the day before an event the text mentions; no date is counted"
        else:
            t.extra["shift"] = (0 if same else -1 if back else 1, (g.get("nunit") or g.get("nunit2") or g.get("nrelunit") or "day").lower())
            t.reason = "counted from the date the story gave before it; none was found"
        part = g.get("npart") or g.get("npart2") or g.get("npart3") or g.get("npart4") or {"first": "morning", "second": "afternoon"}.get(g.get("nhalf", "").lower(), "")
        if part:  # "that afternoon", "the previous evening", "the night before", "into the evening"
            t.extra["tod"] = _PARTS_OF_DAY[part.lower()]
    elif rule == "past_n_units":
        forward = g.get("pn", "").lower() in ("next", "coming", "following")
        if g.get("vq") or (not g.get("num") and g["unit"].lower().endswith("s")):
            t.type, t.direction = "vague", ("future" if forward else "past")
            t.reason = f"vague {'future' if forward else 'past'} period: '{expr}' gives no number"
        else:
            n = _number(g.get("num", "1")) or 1
            t.type, t.value, t.anchor = "duration", _duration_value(n, g["unit"]), "dct"
            t.direction = "future" if forward else "past"
            t.confidence = _CONF["dct_cue"]
            if published:
                t.extra["period_end"] = published.isoformat()
    elif rule == "duration_age":
        n = _number(g["num"])
        t.type, t.value, t.anchor, t.confidence = ("duration", _duration_value(n, g["unit"]), "explicit", _CONF["explicit"]) if n is not None else ("vague", "", "none", _CONF["none"])
    elif rule in ("duration", "duration_half", "duration_for", "duration_another"):
        unit = g.get("unit", "")
        n = 0.5 if g.get("half", "").lower().startswith("half") else 1 if g.get("another") and not g.get("num") else (_number(g["num"]) if rule != "duration_half" else 1.5)
        if g.get("half", "").lower().startswith("half"):
            unit = _HALF_UNIT.search(g["half"].lower()).group()
        qmod = _SPACES.sub(" ", g.get("qmod", "").lower())
        t.mod = R.QUANTITY_MODS.get(qmod, "")
        if n is None:
            t.type, t.reason = "vague", "a count we cannot read"
        elif signal == "in" and published and not g.get("qmod") and tense_of() == "future" and not _NTH_EVENT_BEFORE.search(text, max(0, cand.start - 80), cand.start) and not _FIRST_TIME_BEFORE.search(text, max(0, cand.start - 30), cand.start):
            # "in two weeks" said of the future is a date ("in two weeks' time"), TIMEX3-style
            t.type = "date"
            t.value, t.anchor, t.confidence = _shift_value(published, int(round(n)), unit), "dct", _CONF["dct_cue"]
            t.reason = "future 'in N units' counted from the publication date"
        else:
            t.type, t.value, t.anchor, t.confidence = "duration", _duration_value(n, unit), "explicit", _CONF["explicit"]
    elif rule == "duration_long":
        t.type, t.value, t.anchor, t.confidence = "duration", _duration_value(1, g["unit"]), "explicit", _CONF["explicit"]
    elif rule == "vague_duration_took" and g.get("vq"):
        # "the talks could last several hours": a length of some hours (TIMEX3 PTXH), as
        # annotators mark it; "lasted hours" with no count word stays vague
        t.type, t.value, t.anchor, t.confidence = "duration", _vague_length(g["unit"]), "explicit", _CONF["explicit"]
    elif rule == "vague_duration" and (g.get("signal") or "").lower() == "for":
        # "for years": a length of some years (TIMEX3's PXY), as the annotation guide writes it;
        # "in decades", "in recent days" stay vague, and so does "within days" — a point some
        # days ahead, not a length (ten of the eleven annotated in the gold set leave it unvalued)
        t.type, t.anchor, t.confidence = "duration", "explicit", _CONF["explicit"]
        t.value = _vague_length(g["unit"])
        t.direction = "future" if tense_of() == "future" else ("past" if tense_of() == "past" else "")
        t.reason = f"a length of some {g['unit'].lower()}, no number"
    elif rule in ("vague_duration", "vague_duration_of", "vague_duration_took"):
        t.type = "vague"
        t.direction = "future" if tense_of() == "future" else ("past" if tense_of() == "past" else "")
        t.reason = f"vague duration: '{expr}' (some {g['unit'].lower()}, no number)"
    elif rule == "set_every_date":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["explicit"]
        t.value = f"XXXX-{_month_number(g['mon']):02d}-{int(g['day']):02d}"
    elif rule == "set_every":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["explicit"]
        if g.get("wd"):
            t.value = f"XXXX-WXX-{R.WEEKDAYS[g['wd'].rstrip('.').lower()] + 1}"
        elif g.get("everyseason"):
            t.value = "P2Y" if g.get("other") else "P1Y"
        else:
            n = 2 if g.get("other") else (_number(g.get("num", "1")) or 1)
            t.value = _duration_value(n, g["unit"])
    elif rule == "set_rate":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["explicit"]
        t.value = _duration_value(1, g["unit"])
    elif rule == "set_freq":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["explicit"]
        t.value = _duration_value(1, g["unit"])
        t.extra["freq"] = g["freq"]
    elif rule == "set_word":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["explicit"]
        t.value = R.SET_WORDS[g["setword"].lower()]
    elif rule == "weekday_plural":
        t.type, t.anchor, t.confidence = "set", "explicit", _CONF["explicit"]
        t.value = f"XXXX-WXX-{R.WEEKDAYS[g['wd'][:-1].lower()] + 1}"
    elif rule in ("oclock", "clock_words"):
        word = g["och"].lower()
        hour = int(word) if word.isdigit() else int(R.NUMBER_WORDS[word])
        words = _SPACES.sub(" ", (g.get("cwmin") or "").lower())
        minute = {"quarter past": 15, "quarter after": 15, "half past": 30, "quarter to": 45}.get(words, 0)
        if words == "quarter to":
            hour = hour - 1 or 12  # "a quarter to eight": 7:45
        part = (g.get("ocpart") or "").lower()
        # ("twelve o'clock": noon; "five o'clock" with no part of the day: the afternoon's, when
        # news is made — an hour from one to six in the small hours would say so)
        hour = hour % 12 + (12 if part in ("afternoon", "evening", "at night", "tonight") or hour == 12 and part != "morning" or not part and 1 <= hour <= 6 else 0)
        t.type, t.anchor, t.confidence = "time", "explicit", _CONF["dct_default"]
        t.value = f"T{hour:02d}:{minute:02d}"
        t.reason = "time of day; the day is the date of the event it belongs to"
    elif rule in ("clock_24", "clock_24_signal", "clock_stamp"):
        t.type, t.anchor, t.confidence = "time", "explicit", _CONF["dct_default"]
        t.value = f"T{g['hh']}:{g['mm']}"
        t.reason = "time of day; the day is the date of the event it belongs to"
    elif rule == "time_of_day":
        hour = int(g["hour"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        t.type, t.anchor, t.confidence = "time", "explicit", _CONF["dct_default"]
        t.value = f"T{hour:02d}:{int(g.get('minute', 0)):02d}"
        t.reason = "time of day; the day is the date of the event it belongs to"
    elif rule == "vague":
        typ, direction, reason = R.VAGUE[_SPACES.sub(" ", g["vague"].lower())]
        t.type, t.direction, t.reason = typ, direction, reason
        t.anchor = "event" if typ == "event_anchored" else "none"
        t.confidence = _CONF["vague"]
    if t.type in ("vague", "event_anchored") and not t.confidence:
        t.confidence = _CONF["vague"]
    tod = _time_of_day(rule, g)
    if tod and t.type == "date" and len(t.value) == 10:
        t.type, t.value = "time", f"{t.value}T{tod}"  # "on Tuesday evening": TIMEX3's 2023-03-14TEV
    if t.type in ("date", "time") and not t.direction:
        t.direction = _value_direction(t.value, published, tense_of)
    if t.type == "date" and not t.value and not t.reason:
        t.reason = "could not be resolved"
    if record_tense or tense_of.done:
        t.tense = tense_of()
    if rule.startswith("week_of") and len(t.value) == 10:
        t.value = _week_value(dt.date.fromisoformat(t.value))
    if t.type == "date" and _EXPIRES_BEFORE.search(text, max(0, cand.start - 20), cand.start):
        t.extra["expiry"] = True  # "START, which expires on Dec. 5": a deadline, not the story's day (see NarrativeClock)
    if t.type in ("date", "time") and (_REPORT_VERB_BEFORE.search(text, max(0, cand.start - 30), cand.start) or _REPORT_VERB_NEXT.match(text, cand.end)):
        t.extra["report_date"] = True  # "said on Wednesday": the day of the report (see NarrativeClock)
    return _finish(t, published)


def _add_q(d: dt.date, off: int) -> tuple[int, int]:
    q = (d.month - 1) // 3 + off
    return d.year + q // 4, q % 4 + 1


def _value_direction(value: str, published: dt.date | None, tense: Callable[[], str]) -> str:
    """past | present | future of a date value against the publication date, else the tense."""
    span = interval(value)
    if not span or not published:
        return tense() or ""
    if span[1] < published:
        return "past"
    if span[0] > published:
        return "future"
    return "present"


_COARSE_VALUE = re.compile(r"\d{3}|\d{4}(?:-[01]\d|-Q[1-4]|-H[12]|-SP|-SU|-FA|-WI)?")


_CLOCK_OF_VALUE = re.compile(r"T(\d\d):(\d\d)$")


#: A reporting verb right before or after a date: "said on Wednesday", "the Kremlin on Monday denied".
#: (only words of saying: "announced on Feb. 1, when he said … the next day" counts from Feb. 1)
_EXPIRES_BEFORE = re.compile(r"\b(?:expires?|expiring|lapses?|runs\s+out)\s+$", re.IGNORECASE)
_REPORT_VERB_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w.’'-]+(?:\s+[\w.’'-]+)?|confirmed|disclosed|revealed)\s+$")  # ("…, the White House confirmed on Tuesday")
_REPORT_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|denied|told)\b")


#: "hours earlier", "minutes later" (the same day as the story's last date) and "hours after"
#: (the same day as the date before it): a count of hours with no number.
BARE_HOURS = re.compile(r"(?:(?:just|only|mere|a\s+few|several)\s+)?(?:hours|minutes|moments)\s+(?P<dir>earlier|later|after|before)", re.IGNORECASE)


#: "on the eve of the talks", "the eve of their summit": the contact the story has just told.
_EVE_OF_THE_CONTACT = re.compile(r"(?:on\s+)?the\s+eve\s+of\s+(?:the|their)\s+(?:talks|summit|meeting|session|call|visit|negotiations|signing)", re.IGNORECASE)
#: Rules of a date written with its month ("Feb. 18", "18 February 2022").
_NAMED_MONTH_RULES = frozenset({"month_day_year", "day_month_year", "month_day", "day_month", "dayword_month", "month_dayword"})


class NarrativeClock:
    """Resolves "a day earlier", "the next day", "two weeks later" against the last date the
    story gave (HeidelTime's narrative reference time), reading the article in order.

    Feed it every timex in reading order; a shifted one with a day-precise date before it gets
    a value at its own granularity (day, ISO week, month) and anchor ``previous date``.
    """

    def __init__(self, published: dt.date | None, hours_on_its_day: bool = False):
        """``hours_on_its_day``: "Hours earlier, Blinken had spoken …" gets the day of the
        story's last date (the timeline wants a day; annotators of timexes leave it unvalued)."""
        self.published = published
        self.hours_on_its_day = hours_on_its_day
        self.ref: Timex | None = None
        self.coarse: Timex | None = None  # the last year or month, while no day came after it
        self.deadline: Timex | None = None  # the last deadline ("by May 30") after the last day: only "the same day" counts from it
        self.named_day: Timex | None = None  # the last date written with its month ("since Feb. 18"): "the 24th" is of that month
        self.past_ref: Timex | None = None  # the last day not after the publication date (see __call__)

    def _shift_coarse(self, t: Timex, n: int, unit: str) -> None:
        ref = self.coarse.value
        if len(ref) == 3:  # "a decade later" after "the 1990s": the next decade
            t.value = f"{int(ref) + n // 10:03d}"
        elif unit == "year":
            # ("in the first quarter … than a year earlier": the same quarter of that year)
            t.value = f"{int(ref[:4]) + n:04d}" + (ref[4:] if ref[5:6] in ("Q", "H", "S", "F", "W") else "")
        elif len(ref) == 7 and ref[5:7].isdigit():  # months from a month (not from "2024-Q1")
            y, mo = _add_months(int(ref[:4]), int(ref[5:7]), n)
            t.value = f"{y:04d}-{mo:02d}"
        self._counted_from(t, self.coarse)

    def _counted_from(self, t: Timex, ref: Timex) -> None:
        """Mark ``t`` as counted from ``ref`` when a value was found."""
        if not t.value:
            return
        t.type, t.anchor, t.confidence = "date", "previous date", _CONF["event"]
        t.reason = f"counted from '{ref.expression}' ({ref.value}), the date given before it"
        # a count from a guessed reference says "past" only when it lands before the
        # publication date; later than it, the clause's own words decide
        t.direction = "past" if _value_direction(t.value, self.published, lambda: "") == "past" else ""
        _finish(t, self.published)

    def __call__(self, t: Timex) -> Timex:
        if t.rule == "day_of_month" and self.named_day is not None and "day_of_month" in t.extra:
            # "the first call since Feb. 18, before the invasion began on the 24th": that month's 24th
            try:
                t.value = dt.date.fromisoformat(self.named_day.value[:10]).replace(day=t.extra["day_of_month"]).isoformat()
                self._counted_from(t, self.named_day)
            except ValueError:
                pass
            return t
        if t.type in ("date", "time") and _DAY_VALUE.fullmatch(t.value[:10]) and t.rule in _NAMED_MONTH_RULES:
            self.named_day = t
        shift = t.extra.get("shift")
        hours = BARE_HOURS.fullmatch(t.expression) if self.hours_on_its_day and not shift and not t.value and self.ref is not None and t.rule == "anchored_offset" else None
        if hours is not None and hours["dir"].lower() in ("earlier", "later"):
            t.value = self.ref.value[:10]
            self._counted_from(t, self.ref)
            return t
        decade = self.coarse is not None and len(self.coarse.value) == 3  # ("through the 1990s")
        if shift and self.coarse is not None and (shift[1] == "year" and (not decade or shift[0] % 10 == 0) or shift[1] == "month" and self.coarse.value[5:7].isdigit()):
            # "in 2023, down from 28 a year earlier": a year (or month) counts from a year or month
            # (a month not from a season: "… to his ranch in the autumn; … the following month"
            # counts from the day before it)
            self._shift_coarse(t, *shift)
        elif shift and (self.ref is not None or self.deadline is not None):
            n, unit = shift
            # (a part of the day is not the deadline's: "by May 30, after talks that stretched into
            # the afternoon" is the afternoon of the talks' day)
            ref = self.deadline if self.deadline is not None and (n == 0 and unit == "day" and not t.extra.get("tod") or self.ref is None) else self.ref
            if (ref is self.ref and n <= 0 and t.tense == "past" and self.past_ref is not None and self.published is not None
                    and ref.value[:10] > self.published.isoformat()):
                # "… would take effect on Saturday. Putin and Obama had discussed it earlier in
                # the day": what is told as done looks back from a day that has come, not from
                # one still ahead
                ref = self.past_ref
            day = dt.date.fromisoformat(ref.value[:10])
            if unit == "day" and n == 0 and t.extra.get("tod") == "NI" and _THROUGH_THE_NIGHT.match(t.expression) and _DAYTIME_VALUE.search(ref.value):
                # "a session Sunday afternoon after experts had worked through the night": the night
                # that ran into that day, the one before it
                t.value = (day - dt.timedelta(days=1)).isoformat() + "TNI"
            elif unit == "day":
                t.value = (day + dt.timedelta(days=n)).isoformat() + (f"T{t.extra['tod']}" if t.extra.get("tod") else "")
            elif unit in ("week", "fortnight") and t.rule == "anchored_offset":
                # ("a week earlier", "two weeks later", counted from a day: that day, as annotators write it)
                t.value = (day + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))).isoformat()
            elif unit in ("week", "fortnight"):  # ("the following week")
                t.value = _week_value(day + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
            elif unit == "month":
                y, mo = _add_months(day.year, day.month, n)
                t.value = f"{y:04d}-{mo:02d}"
            elif unit == "year":
                t.value = f"{day.year + n:04d}"
            elif unit in ("hour", "minute"):
                # "two hours earlier", "32 minutes later": the same day, to the minute when the
                # story gave a clock time ("at 7 p.m." ... "32 minutes later": 19:32); a bare
                # "hours later" stays unresolved, as annotators leave it
                clock = _CLOCK_OF_VALUE.search(ref.value)
                if clock and n:
                    at = dt.datetime.combine(day, dt.time(int(clock[1]) % 24, int(clock[2]))) + dt.timedelta(**{f"{unit}s": n})
                    t.value = at.strftime("%Y-%m-%dT%H:%M") if at.date() == day else at.date().isoformat()
                else:
                    t.value = day.isoformat()
            self._counted_from(t, ref)
            if t.extra.get("tod") and t.value:
                t.type = "time"  # "that afternoon": TIMEX3's 2018-07-16TAF
        weekday = t.extra.get("weekday_shift")
        if weekday and self.ref is not None:
            day = dt.date.fromisoformat(self.ref.value[:10])
            wd, way = weekday
            if way == 0:  # "that same Friday": the one nearest the story's day (that day itself, mostly)
                back, ahead = (day.weekday() - wd) % 7, (wd - day.weekday()) % 7
                step = -back if back <= ahead else ahead
            else:
                step = ((wd - day.weekday()) % 7 or 7) if way > 0 else -((day.weekday() - wd) % 7 or 7)
            t.value = (day + dt.timedelta(days=step)).isoformat() + (f"T{t.extra['tod']}" if t.extra.get("tod") else "")
            self._counted_from(t, self.ref)
            if t.extra.get("tod"):
                t.type = "time"
        month_shift = t.extra.get("month_shift")
        base = self.coarse if self.coarse is not None and len(self.coarse.value) >= 4 else self.ref  # (a coarse date is newer than the day: see below)
        if month_shift and base is not None:
            # "the following February": the first February after the story's last date
            month, way = month_shift
            year, at = int(base.value[:4]), int(base.value[5:7]) if base.value[5:7].isdigit() else None
            if way == 0:
                pass  # "in March of that year"
            elif at is None:
                year += way
            elif way > 0:
                year += 0 if month > at else 1
            else:
                year -= 0 if month < at else 1
            t.value = f"{year:04d}-{month:02d}"
            self._counted_from(t, base)
        season_shift = t.extra.get("season_shift")
        if season_shift and base is not None:
            code, way = season_shift
            year, at = int(base.value[:4]), int(base.value[5:7]) if base.value[5:7].isdigit() else _SEASON_OPENS.get(base.value[5:7])
            opens = _SEASON_OPENS[code]
            if way and at is None:
                year += way
            elif way > 0:
                year += 0 if opens > at else 1
            elif way < 0:
                year -= 0 if opens < at else 1
            t.value = f"{year:04d}-{code}"
            self._counted_from(t, base)
        backward = (bool(shift) and shift[0] < 0) or (bool(weekday) and weekday[1] < 0) or (bool(month_shift) and month_shift[1] < 0) or (bool(season_shift) and season_shift[1] < 0)  # "a day earlier" looks back: the story's clock stays
        # (nor does the day a report was made move it: "turned round on Tuesday …, said on
        # Wednesday that …; had been due to hold talks that evening" is Tuesday's evening)
        backward = backward or bool(t.extra.get("report_date")) and self.ref is not None
        backward = backward or bool(t.extra.get("named_day"))  # ("invoked the Sept. 11 attacks. Hours later, …": no day of the story)
        # (nor a deadline: "agreed Friday to stop by May 30, … after Clinton strolled through Red
        # Square the previous day" is the day before Friday)
        if t.type in ("date", "time") and _DAY_VALUE.fullmatch(t.value) and (t.mod.startswith("UNTIL") or t.extra.get("expiry")) and not backward:
            self.deadline = t  # ("by December 31 2012, the same day the treaty expires": that day; "START, which expires on Dec. 5")
        elif t.type in ("date", "time") and _DAY_VALUE.fullmatch(t.value) and not t.mod.startswith(("BEFORE", "AFTER")) and not backward:
            self.ref = t  # a day ("Tuesday evening" too): what the next "a day later" counts from
            self.coarse = None
            self.deadline = None
            if self.published is None or t.value[:10] <= self.published.isoformat():
                self.past_ref = t
        elif t.type == "date" and _COARSE_VALUE.fullmatch(t.value) and not t.mod.startswith(("BEFORE", "AFTER", "UNTIL")) and not backward:
            # a year or month counts "a year earlier"; "the next day" still counts from the
            # last day ("talks on Friday, seeking cuts by the end of 2007, after a dinner the
            # previous evening")
            self.coarse = t
        return t


#: Days per unit for "N units after <event on a date>" (hours and minutes stay on that day).
_ANCHOR_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
#: How far after an anchored expression its event's date may be, in characters.
_ANCHOR_REACH = 100


#: A relative clause opening between an offset and a later date: the date is that clause's
#: ("a year after Obama used a speech in the same city, where the Prague Spring was crushed in 1968").
_RELATIVE_BETWEEN = re.compile(r",\s+(?:where|which|when|who|whose|whom)\b")


def anchor_on_following(found: list[Timex], index: TextIndex, published: dt.date | None, clause_day: bool = True) -> list[Timex]:
    """Give "a day after U.S. and Russian officials met in Riyadh on Feb. 18" a value: the
    day-precise date that ends its event clause, counted on. Only when that date follows in the
    same clause, close, with no other expression between (else the event has no date here).
    ``clause_day``: also give an offset right after its clause's day that day (see
    _day_of_the_clause_before); the timeline, which dates the event named instead, says False."""
    for k, t in enumerate(found):
        shift = t.extra.get("shift")
        if shift and shift[1] == "day" and shift[0] < 0 and not t.value and t.rule == "narrative_day":
            _count_back_from_the_day_told_after(t, found[k + 1 :], index, published)
            continue
        days = t.extra.get("from_following")
        if t.extra.get("from_following_units") and not t.value and k + 1 < len(found):
            _count_on_coarse(t, found[k + 1], index, published)
            continue
        if t.extra.get("known_day") and k + 1 < len(found) and found[k + 1].rule == "weekday":
            # "two days before Crimea's referendum on Sunday": a known event's day is that
            # weekday's, whatever week the tense would put it in
            u, known = found[k + 1], dt.date.fromisoformat(t.extra["known_day"])
            if (weekday := day_of(u)) is not None and abs((weekday - known).days) == 7 and u.start_char - t.end_char <= _ANCHOR_REACH:
                u.value = known.isoformat() + u.value[10:]
                u.reason = f"the day of the known event '{t.expression}' is counted from"
                _finish(u, published)
            continue
        if days is None or t.value or k + 1 >= len(found):
            continue
        u = found[k + 1]
        anchor_day = day_of(u)
        if anchor_day is None or u.start_char - t.end_char > _ANCHOR_REACH:
            continue
        if t.mod or u.mod or u.extra.get("signal_mod"):
            continue  # "less than three weeks after", "… since Friday": no exact count
        if index.bounds(t.start_char, t.end_char) != index.bounds(u.start_char, u.end_char) or _RELATIVE_BETWEEN.search(index.text, t.end_char, u.start_char):
            continue
        main = next((day_of(p) for p in reversed(found[:k]) if day_of(p) is not None and not p.mod and p.rule != "anchored_offset"), None) if u.rule == "weekday" else None
        if main is not None and abs((main - dt.timedelta(days=days) - anchor_day).days) == 7:
            # "met on Friday, two days before Crimea's referendum on Sunday": the offset ties the
            # weekday to the sentence's day, which settles the week the tense could not
            anchor_day = main - dt.timedelta(days=days)
            u.value = anchor_day.isoformat() + u.value[10:]
            u.reason = f"the week of '{t.expression}' counted from '{found[k - 1].expression}'"
            _finish(u, published)
        day = anchor_day + dt.timedelta(days=days)
        if published is not None and day > published and index.tense(t.start_char, t.end_char) == "past":
            continue  # "warned on Saturday …, a day after officials said an attack could come before the Olympics end on Feb. 20": a later date in its clause is not its event's
        t.value, t.anchor, t.confidence = day.isoformat(), "event", _CONF["event"]  # still event_anchored, now dated
        t.reason = f"counted from '{u.expression}' ({u.value[:10]}), the date of the event it names"
        t.direction = _value_direction(t.value, published, lambda: "")
        u.extra["anchors_offset"] = True  # (an earlier event's date: the story is not on it; see _day_told_before)
        _finish(t, published)
    if clause_day:
        for k in range(1, len(found)):
            _day_of_the_clause_before(found[k], found[k - 1], index, published)
    return found


_THROUGH_THE_NIGHT = re.compile(r"(?:through|throughout)\s+the\s+night$", re.IGNORECASE)
#: A value in the daytime of its day: a morning, an afternoon, a clock time from 05:00 to 17:59.
_DAYTIME_VALUE = re.compile(r"T(?:MO|AF|MI|0[5-9]|1[0-7])")
#: Only a comma between a date and the offset that follows it ("on Sunday morning, a day after …").
_COMMA_ONLY = re.compile(r"\s*,\s*")
#: A phrase of who or where between a day and the offset told of it, then its comma.
_PLACE_OR_PARTNER_THEN_COMMA = re.compile(r"\s+(?:with|to|in|at|from|near|outside|aboard|inside)\s+[^.;:!?\"“”()]{1,80}?,\s*")


def _day_of_the_clause_before(t: Timex, p: Timex, index: TextIndex, published: dt.date | None) -> None:
    """"Yeltsin and Clinton held talks on Sunday morning, a day after the close of the summit":
    an offset set off by a comma right after the day its clause happened names that day (the
    day that is a day after the close). A year's offset names that day's month, as annotators
    value "on Thursday, a year after Obama's Prague speech". Only when the event has no date
    of its own (anchor_on_following gave none)."""
    if t.value or t.type != "event_anchored" or t.mod:
        return
    units = t.extra.get("from_following_units")
    if t.extra.get("from_following") is None and not (units and units[1] == "year"):
        return
    day = day_of(p)
    # (a part of the day's mod is still that day: "late Thursday night, hours after a swap")
    if day is None or p.mod not in ("", "START", "MID", "END") or p.extra.get("signal_mod"):
        return
    if _COMMA_ONLY.fullmatch(index.text, p.end_char, t.start_char) is None and _PLACE_OR_PARTNER_THEN_COMMA.fullmatch(index.text, p.end_char, t.start_char) is None:
        # (or a phrase of who or where between: "spoke by phone on Wednesday with his Russian
        # counterpart, Sergei Shoigu, a day after the collision")
        return
    if index.bounds(t.start_char, t.end_char) != index.bounds(p.start_char, p.end_char):
        return
    t.value = day.isoformat()[: 7 if units else 10]
    t.anchor, t.confidence = "event", _CONF["event"]
    t.reason = f"the day of '{p.expression}' ({day.isoformat()}), which the offset after it is told of"
    t.direction = _value_direction(t.value, published, lambda: "")
    _finish(t, published)


def _count_back_from_the_day_told_after(t: Timex, after: list[Timex], index: TextIndex, published: dt.date | None) -> None:
    """"Biden, who had met EU leaders in Brussels the previous day, and Putin wrapped up their
    summit Wednesday": with no day told before it, "the previous day" counts back from the
    sentence's first plain day after it (not one in the next sentence)."""
    for u in after:
        day = day_of(u)
        if day is None or u.mod or u.extra.get("signal_mod"):
            continue
        if _SENTENCE_END_BETWEEN.search(index.text, t.end_char, u.start_char):
            return
        t.value = (day + dt.timedelta(days=t.extra["shift"][0])).isoformat()
        t.type, t.anchor, t.confidence = "date", "previous date", _CONF["event"]
        t.reason = f"counted back from '{u.expression}' ({day.isoformat()}), the day the sentence tells after it"
        t.direction = _value_direction(t.value, published, lambda: "")
        _finish(t, published)
        return


_MONTHLY_VALUE = re.compile(r"(\d{4})(?:-(\d\d))?(?:-\d\d)?")


def _count_on_coarse(t: Timex, u: Timex, index: TextIndex, published: dt.date | None) -> None:
    """"15 years after it entered into force in February 2011": counted in months or years
    from the date that ends its event clause, at the granularity of both (2026-02)."""
    n, unit = t.extra["from_following_units"]
    m = _MONTHLY_VALUE.fullmatch(u.value) if u.type == "date" else None
    if m is None or u.start_char - t.end_char > _ANCHOR_REACH or t.mod or u.mod or u.extra.get("signal_mod"):
        return
    if index.bounds(t.start_char, t.end_char) != index.bounds(u.start_char, u.end_char) or ". " in index.text[t.end_char : u.start_char] or _RELATIVE_BETWEEN.search(index.text, t.end_char, u.start_char):
        return  # (not a date of the next sentence: "six months after it was signed. He flies … on Thursday")
    year, month = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    if unit == "month":
        if month is None:
            return  # "six months after … in 2011": no month to count from
        year, month = _add_months(year, month, n)
    else:
        year += n
    t.value = f"{year:04d}" + (f"-{month:02d}" if month else "")
    t.anchor, t.confidence = "event", _CONF["event"]
    t.reason = f"counted from '{u.expression}' ({u.value}), the date of the event it names"
    t.direction = _value_direction(t.value, published, lambda: "")
    _finish(t, published)


#: A sentence ending between a clock time and a day ("… floated for Monday. It began at 11:04"):
#: the day is not the clock's by nearness.
_SENTENCE_END_BETWEEN = re.compile(r"(?<![ap]\.[mM])(?<![AP]\.M)[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")  # (not "3 p.m. ET)": a clock's full stop)


#: A verb of saying right before a day: "Peskov said on Tuesday", "told reporters Monday".
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|added|announced|reported|told\s+(?:reporters|journalists|\w+))\s+$", re.IGNORECASE)


_AFTER_MIDNIGHT = re.compile(r"(?:(?:shortly|just|well|soon|long)\s+)?after\s+midnight$", re.IGNORECASE)
#: A value in the evening or night of its day (a part of the day, or a clock time from 18:00).
_EVENING_VALUE = re.compile(r"T(?:EV|NI|1[89]|2[0-3])")


def clock_on_its_day(found: list[Timex], index: TextIndex, published: dt.date | None, story_day: dt.date | None = None) -> list[Timex]:
    """Give a clock time with no day ("at 1:45 p.m." → T13:45) the day its clause names, as
    TIMEX3 values a time on a known day: the nearest plain day-precise date of its clause, close
    by ("at 1:45 p.m. Tuesday", "at 7 p.m. Moscow time on Wednesday"), else the last day told
    before it in the sentence that its tense allows. With no such day in the sentence it is on
    the story's day (``story_day``: the last day the article told, else the publication date),
    as HeidelTime reads a news clock and annotators value it ("The talks began at 14:07")."""
    _range_end_after_start(found, index.text, published)
    for t in found:
        if t.type == "date" and _DAY_VALUE.fullmatch(t.value) and t.start_char >= 8:
            _part_of_the_day(t, index.text, published)
    stamp = LIVE_STAMP.match(index.text) if published is not None and found and found[0].type == "time" and _BARE_CLOCK.fullmatch(found[0].value) else None
    if stamp is not None and stamp.end("stamp") == found[0].end_char:
        # a live blog's entry stamp ("18:58 GMT - Putin has landed", "12:35 p.m.: The Kremlin
        # says …"): the time on the day of the page
        found[0].value = published.isoformat() + found[0].value
    days = [(u, day_of(u)) for u in found if day_of(u) is not None]
    story_day = story_day or published
    if not days:
        if story_day is not None:
            for t in found:
                if t.type == "time" and _BARE_CLOCK.fullmatch(t.value):
                    _on_the_story_day(t, story_day, published)
        return found
    merged: set[int] = set()
    for t in found:
        if t.type != "time" or not _BARE_CLOCK.fullmatch(t.value) or id(t) in merged:
            continue
        clause = index.bounds(t.start_char, t.end_char)
        near = [(u.start_char - t.end_char if u.start_char >= t.end_char else t.start_char - u.end_char, d, u) for u, d in days
                if u is not t and not u.mod and index.bounds(u.start_char, u.end_char) == clause]
        near = [n for n in near if n[0] <= _CLOCK_REACH and not _SENTENCE_END_BETWEEN.search(index.text, min(t.end_char, n[2].end_char), max(t.start_char, n[2].start_char))
                and _tense_allows(t, n[1], index, published)]  # ("set to start at 11 a.m., the White House said on Wednesday": not Wednesday's)
        if near:
            # (of two days as close, the one after: "from 6 p.m. on Saturday until midnight on Sunday")
            _, day, u = min(near, key=lambda x: (x[0], x[2].start_char < t.start_char))
        else:
            told = _day_told_before(t, days, index, published)
            if told is None:
                if story_day is not None and not any(u is not t and u.start_char > t.end_char and index.bounds(u.start_char, u.end_char) == clause
                                                     and (u.start_char - t.end_char <= _CLOCK_REACH or u.mod)  # (a day far along a long clause is another event's; a deadline still holds it back)
                                                     and not _SAID_RIGHT_BEFORE.search(index.text, max(0, u.start_char - 30), u.start_char) for u, _ in days):
                    # (a day after it that dates the telling, "…, Peskov said on Tuesday", does not hold it back)
                    _on_the_story_day(t, story_day, published)  # (not before a day of its own clause the tense rules out)
                continue
            u, day = told
        # midnight "on Sunday" ends Sunday: ISO 8601's 24:00, as TIMEX3 annotators write it
        t.reason = f"the day is that of '{u.expression}' ({day.isoformat()})"
        if t.value == "T00:00" and u.start_char < t.start_char and _AFTER_MIDNIGHT.match(t.expression) and _EVENING_VALUE.search(u.value):
            day += dt.timedelta(days=1)  # "on Tuesday evening; … ended after midnight": the night ran into Wednesday
            t.reason = f"the midnight after '{u.expression}' ({day.isoformat()})"
        t.value = day.isoformat() + ("T24:00" if t.extra.get("midnight") else t.value)
        a, b = (t.end_char, u.start_char) if u.start_char >= t.end_char else (u.end_char, t.start_char)
        if _CLOCK_DAY_GAP.fullmatch(index.text, a, b) and not u.extra.get("part") and not t.expression[:8].lower().startswith("between "):
            # (not a range's start: "on Tuesday between 16:00 and 18:00" is a day and two times)
            # "on Sunday at noon", "by noon on Friday", "at 1:45 p.m. Tuesday": one expression,
            # as TIMEX3 annotators mark it
            t.start_char, t.end_char = min(t.start_char, u.start_char), max(t.end_char, u.end_char)
            t.expression = index.text[t.start_char:t.end_char]
            merged.add(id(u))
        _finish(t, published)
    return [u for u in found if id(u) not in merged] if merged else found


#: How a clock time placed on the story's day (no day in its sentence) explains itself.
STORY_DAY_REASON = "no day in its sentence"


def _on_the_story_day(t: Timex, day: dt.date, published: dt.date | None) -> None:
    """A clock time whose sentence names no day of its own: on the story's day."""
    t.value = day.isoformat() + t.value
    t.reason = f"{STORY_DAY_REASON}: the story's day ({day.isoformat()})"
    _finish(t, published)


def _day_told_before(t: Timex, days: list[tuple[Timex, dt.date]], index: TextIndex, published: dt.date | None) -> tuple[Timex, dt.date] | None:
    """The day a clock time further off its date falls on: that of the last plain day-precise
    date before it in the sentence, the day the story is on ("signed on Tuesday …, putting pen
    to paper in the East Room at 1:45 p.m."), as HeidelTime reads a time against the date last
    told, skipping one the clock's clause looks away from ("talks yesterday …; he will brief
    lawmakers at noon": noon is not yesterday's). None when there is none left."""
    # (not the date an offset counts from: "met on Thursday, two days after meeting NATO leaders
    # on Feb. 22. The two emerged at 1:10 p.m.": the story is on Thursday, and on the offset's day)
    before = [(u, d) for u, d in days if u is not t and not u.mod and u.end_char <= t.start_char and not u.extra.get("anchors_offset")]
    for u, day in reversed(before):
        # the last such date whose side of the publication date the clock's tense allows ("…
        # spoke on Thursday, ahead of talks from Jan 10 to 13. The call began at 3:35 p.m.":
        # Thursday's, not the 13th's)
        if _tense_allows(t, day, index, published):
            return u, day
    return None


def _tense_allows(t: Timex, day: dt.date, index: TextIndex, published: dt.date | None) -> bool:
    """Whether the clock time ``t`` may fall on ``day``: not when its own verb looks the other
    way from the publication date (a future "will begin at 11 a.m." is not on a past day)."""
    if published is None or day == published:
        return True
    ahead = "future" if day < published else "past"  # the tense that rules ``day`` out
    return index.tense(t.start_char, t.end_char) != ahead  # (the clock's own verb: not "said" of "said the summit would begin at 11 a.m.")


_RANGE_END = re.compile(r"(?:to|through|thru|until|till)\s", re.IGNORECASE)


def _range_end_after_start(found: list[Timex], text: str, published: dt.date | None) -> None:
    """"from Sunday to Thursday": the weekday ending a range is the first one after its start
    (each was placed by the tense alone, which can put the end before the start)."""
    for a, b in zip(found, found[1:], strict=False):
        gap = text[a.end_char:b.start_char].strip(" ,").lower()
        if b.rule != "weekday" or not (gap in ("to", "through", "thru", "until", "till", "-", "–") or not gap and _RANGE_END.match(b.expression)):
            continue
        start, end = day_of(a), day_of(b)
        if start is None or end is None or end > start:
            continue
        day = start + dt.timedelta(days=(end.weekday() - start.weekday()) % 7 or 7)
        b.value = day.isoformat() + b.value[10:]
        b.reason = f"the end of a range that starts on {start.isoformat()}"
        _finish(b, published)


_BARE_CLOCK = re.compile(r"T\d\d:\d\d")
#: "on the night of Aug. 7", "the morning of March 5": a part of the day named before its date
_PART_OF_DATE = re.compile(
    r"(?:(?:\bon\s+)?\bthe\s+(morning|afternoon|evening|night)\s+(?:of\s+)?"
    r"|\b(?:(?:just|shortly|hours|well)\s+)?(?:before|at|after|by)\s+(dawn|daybreak|sunrise|sunup|first\s+light|dusk|sunset|sundown|nightfall)\s+)$",
    re.IGNORECASE,
)
_PART_WORDS = ("morning", "afternoon", "evening", "night", "dawn", "daybreak", "sunrise", "sunup", "light", "dusk", "sunset", "sundown")
_DAWN_DUSK = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "sunup": "MO", "first light": "MO", "dusk": "EV", "sunset": "EV", "sundown": "EV", "nightfall": "NI"}


def _part_of_the_day(t: Timex, text: str, published: dt.date | None) -> None:
    """Widen a day-precise date to the part of the day written before it (TIMEX3's
    2008-08-07TNI): "on the night of Aug. 7" is one time expression, not "of Aug. 7"."""
    head = t.start_char
    if t.expression[:3].lower() == "of ":
        head += 3
    window = text[max(0, head - 30) : head].lower()
    if not any(map(window.__contains__, _PART_WORDS)):
        return  # (a few substring tests: most dates have no part of the day before them)
    m = _PART_OF_DATE.search(text, max(0, head - 30), head)
    if m is None:
        return
    t.start_char = m.start()
    t.expression = text[t.start_char:t.end_char]
    part = _PARTS_OF_DAY[m.group(1).lower()] if m.group(1) else _DAWN_DUSK[_SPACES.sub(" ", m.group(2).lower())]
    t.type, t.value = "time", f"{t.value}T{part}"
    _finish(t, published)
_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*")
_CLOCK_REACH = 30  # characters between a clock time and its day ("at 11 a.m. Moscow time (0800 GMT) on Tuesday")


#: A dateline with the day of writing: "WASHINGTON, Dec. 8 —", "REYKJAVIK, Iceland, Oct. 12 —",
#: "MOSCOW, Oct 13 (Reuters) -".
_DATELINE_DAY = re.compile(
    r"\s*[A-Z][A-Za-z.'’ -]{1,40}?,\s+(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?,\s+)?(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    r"\.?\s+(?P<day>\d{1,2})\b(?:,\s+\d{4})?\s*(?:(?:\([^()]{1,30}\)\s*)?[—–-]|\.\s*/[A-Z][A-Za-z-]{1,20}/|\.\s*\([A-Z][A-Za-z-]{1,20}\))")  # ("MOSCOW, July 31. /TASS/.", "WASHINGTON, December 8. (TASS).")


def writing_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day the story was written when its dateline gives one a day or two before the
    publication date (a morning paper prints "WASHINGTON, Dec. 8 — … signed today" on Dec. 9):
    "today", "this evening" and the weekdays count from it. Else ``published``."""
    if published is None or not text[:1].isupper() or "," not in text[:60]:
        return published
    m = _DATELINE_DAY.match(text)
    if m is None:
        return published
    try:
        day = dt.date(published.year, _month_number(m["mon"]), int(m["day"]))
        if day > published:
            day = dt.date(published.year - 1, day.month, day.day)
    except ValueError:
        return published
    return day if 1 <= (published - day).days <= 2 else published


def article_writing_day(article) -> dt.date | None:
    """:func:`writing_day` of an article: read off the dateline of its first body paragraph
    (after the title and standfirst), else of its first paragraph."""
    lists = article.analysable_lists
    lead = next((text for text, role in zip(lists["text"], lists["role"], strict=True) if role == "body"), None)
    if lead is None:
        lead = lists["text"][0] if lists["text"] else None
    return writing_day(lead, article.published) if lead is not None else article.published


def timexes(text: str, published: dt.date | None, index: TextIndex | None = None) -> list[Timex]:
    """Find and resolve every temporal expression in one sentence (or paragraph) of text
    (the day a dateline gives, when it is just before ``published``, is the story's today)."""
    found = find_candidates(text)
    if not found:
        return []
    published = writing_day(text, published)
    index = index if index is not None else TextIndex(text)
    clock = NarrativeClock(published, hours_on_its_day=True)  # "met on Jan. 10 and again two weeks later"
    out = clock_on_its_day(anchor_on_following([clock(resolve(c, text, published, index=index)) for c in found], index, published), index, published)
    # a bare "now" ("have now been talking for two hours") names no time of its own: none of the
    # set's blind annotators marks one (19 in the set, all unmarked); nor, mostly, a bare
    # "afterward" (2 of 6 marked). The timeline still reads both (a live report's "have now
    # moved into the expanded session", "Afterward the two men met privately"): it calls
    # resolve itself.
    return [t for t in _clock_on_a_counted_day(_weekday_of_a_date_told(out, published), published) if t.expression.lower() not in _BARE_NOW]


_BARE_NOW = frozenset({"now", "just now", "right now", "afterward", "afterwards"})


def _row(t: Timex) -> dict:
    d = asdict(t)
    d.pop("extra", None)
    d["char_start"], d["char_end"] = d.pop("start_char"), d.pop("end_char")
    d["approx"] = t.approx
    d["start"] = pd.Timestamp(t.start) if t.start else pd.NaT
    d["end"] = pd.Timestamp(t.end) if t.end else pd.NaT
    return d


def temporal_for_article(article) -> pd.DataFrame:
    """Every temporal expression of one article, sentence by sentence (TIMEX_COLUMNS)."""
    from .sentences import sentences as split

    rows = []
    published = article_writing_day(article)
    clock = NarrativeClock(published)
    for s in split(article).itertuples(index=False):
        for t in _clock_on_a_counted_day([clock(t) for t in timexes(s.text, published)], published):
            row = _row(t)
            row.update(article_id=article.article_id, paragraph_no=int(s.paragraph_no), sentence_no=int(s.sentence_no), sentence=s.text)
            rows.append(row)
    frame = frame_from_rows(rows, TIMEX_COLUMNS)
    for col in ("start", "end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def _weekday_of_a_date_told(found: list[Timex], published: dt.date | None) -> list[Timex]:
    """A weekday the tense put a week off a date the text gives in full on that very weekday
    ("Aug. 1, 2024: … The plane lands at Andrews just before midnight Thursday": Aug. 1 was a
    Thursday, the chronology's present is no future): that date."""
    told = [dt.date.fromisoformat(u.value[:10]) for u in found if u.anchor == "explicit" and u.type == "date" and len(u.value) == 10 and _DAY_VALUE.fullmatch(u.value)]
    if not told:
        return found
    for t in found:
        if (t.type not in ("date", "time") or not _DAY_VALUE.fullmatch(t.value[:10]) or not _FEATURES["weekday"].search(t.expression)
                or _FEATURES["month"].search(t.expression) or _FEATURES["year"].search(t.expression)):  # (a date given in full is not placed by the tense)
            continue
        day = dt.date.fromisoformat(t.value[:10])
        same = next((d for d in told if abs((d - day).days) == 7), None)
        if same is not None:
            t.value = same.isoformat() + t.value[10:]
            t.reason = f"the weekday of the date the text gives ({same.isoformat()})"
            _finish(t, published)
    return found


def _clock_on_a_counted_day(found: list[Timex], published: dt.date | None) -> list[Timex]:
    """A clock time the sentence put on the story's day (it named no day of its own) goes to a
    day the story's clock counted for an expression before it in the sentence ("Two days later,
    the quarantine takes effect at 10 a.m.": the day two days on, not the publication day)."""
    for k, t in enumerate(found):
        if t.type != "time" or not t.reason.startswith(STORY_DAY_REASON):
            continue
        day = next((u for u in reversed(found[:k]) if u.anchor == "previous date" and _DAY_VALUE.fullmatch(u.value[:10]) and len(u.value) == 10), None)
        if day is not None and day.value != t.value[:10]:
            t.value = day.value + t.value[10:]
            t.reason = f"the day counted for '{day.expression}' ({day.value}) before it in its sentence"
            _finish(t, published)
    return found


def temporal_expressions(corpus_or_article) -> pd.DataFrame:
    """Temporal expressions of a Corpus or Article (TIMEX_COLUMNS), one row per expression.

    Columns: ``char_start``/``char_end`` are offsets in ``sentence``; ``type`` is one of
    date|time|duration|set|vague|event_anchored; ``value`` a TIMEX3-style value at its real
    granularity; ``start``/``end`` the first and last day the value covers (inclusive; "since
    July" covers July, and ``mod`` SINCE says it runs on to the publication date); ``mod`` a TIMEX3 modifier (APPROX, MORE_THAN, START, MID,
    END, SINCE, UNTIL…); ``direction`` past|present|future; ``anchor`` explicit|dct|event|previous date|none ("a day later" counted from the date the
    story gave before it); ``tense`` the cue used; ``rule`` the detector rule; ``reason`` why a value is missing.
    """
    from .corpus import iter_articles

    frames = [temporal_for_article(a) for a in iter_articles(corpus_or_article)]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=TIMEX_COLUMNS)
    return pd.concat(frames, ignore_index=True)
