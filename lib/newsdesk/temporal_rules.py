"""The readable tables behind :mod:`newsdesk.temporal`: words, numbers, units, tense cues.

Kept apart from the code so a teacher can read (and extend) the policy without reading regex
plumbing: which words name months and weekdays, which modifiers make a value approximate,
which phrases are deliberately left vague, and which words signal past or future tense.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
#: Month names that are also common English words: accepted alone only with a date-like
#: neighbour (a preposition, a day, a year, early/mid/late) — "may" the modal is not May.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sept", "sep", "aug"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "a couple of": 2, "a couple": 2, "a half": 0.5, "half an": 0.5, "half a": 0.5,
    "one and a half": 1.5, "two and a half": 2.5, "a dozen": 12,
}
#: Counts that are not numbers: "several hours", "a few weeks" -> a vague duration.
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous", "multiple", "countless")

#: Unit word -> (TIMEX3 duration letter, is it a time unit (PT...), granularity for dates).
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "min": ("M", True, "minute"),
    "hour": ("H", True, "hour"), "hr": ("H", True, "hour"), "day": ("D", False, "day"),
    "night": ("D", False, "day"), "week": ("W", False, "week"), "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "year": ("Y", False, "year"),
    # TIMEX3's own units, as HeidelTime writes them: "three decades" is P3DE, not P30Y
    "decade": ("DE", False, "year"), "century": ("CE", False, "year"),
}
#: Multiplier for units expressed through another letter (a fortnight is two weeks).
UNIT_FACTOR = {"fortnight": 2}
#: Years in a unit that has no fractional TIMEX3 form ("one and a half decades" is P15Y).
YEARS_IN = {"decade": 10, "century": 100}

#: Modifiers before a quantity: TIMEX3 ``mod`` value. APPROX makes ``approx`` True.
QUANTITY_MODS: dict[str, str] = {
    "roughly": "APPROX", "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "an estimated": "APPROX", "just over": "MORE_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "upwards of": "MORE_THAN", "in excess of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "barely": "APPROX", "only": "EXACT", "just": "EXACT",
    "exactly": "EXACT", "a full": "EXACT", "a mere": "EXACT",
}
APPROX_MODS = frozenset({"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"})

#: Part-of-period modifiers ("early July", "mid-2022", "late last year") -> TIMEX3 mod.
PART_MODS: dict[str, str] = {
    "early": "START", "earlier in": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "the first half of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the middle part of": "MID",
    "late": "END", "later in": "END", "the end of": "END", "the close of": "END",
    "the latter part of": "END", "the second half of": "END",
}

#: Prepositions that turn a date into an open interval. "since July": from July up to the
#: publication date; "until March": up to the end of March.
INTERVAL_SIGNALS: dict[str, str] = {
    "since": "SINCE", "ever since": "SINCE", "until": "UNTIL", "till": "UNTIL", "through": "UNTIL",
    "by": "UNTIL", "before": "BEFORE", "after": "AFTER", "as of": "ON_OR_AFTER",
    "starting": "ON_OR_AFTER", "from": "ON_OR_AFTER", "prior to": "BEFORE",
    "no later than": "UNTIL", "not later than": "UNTIL",
}
#: Plain prepositions kept in the expression as written but with no effect on the value.
PLAIN_PREPS = ("on", "in", "at", "during", "throughout", "over", "for", "within", "of")

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

#: Set (recurring) words -> TIMEX3 SET value.
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H",
}

#: Vague expressions: phrase -> (type, direction, explanation). Left undated on purpose:
#: no tool can date "soon" or "later" without inventing a day (see the timeline guide, §0.4).
VAGUE: dict[str, tuple[str, str, str]] = {
    "in the near term": ("vague", "future", "vague future: no date"),
    "in the near future": ("vague", "future", "vague future: no date"),
    "in the short term": ("vague", "future", "vague future: no date"),
    "in the long term": ("vague", "future", "vague future: no date"),
    "in the long run": ("vague", "future", "vague future: no date"),
    "in the medium term": ("vague", "future", "vague future: no date"),
    "in the future": ("vague", "future", "vague future: no date"),
    "for the foreseeable future": ("vague", "future", "vague future: no end date"),
    "in the not-too-distant future": ("vague", "future", "vague future: no date"),
    "in the not too distant future": ("vague", "future", "vague future: no date"),
    "in the foreseeable future": ("vague", "future", "vague future: no date"),
    "in future": ("vague", "future", "vague future: no date"),
    "in due course": ("vague", "future", "vague future: no date"),
    "any time soon": ("vague", "future", "vague future: no date"),
    "anytime soon": ("vague", "future", "vague future: no date"),
    "before long": ("vague", "future", "vague future: no date"),
    "soon": ("vague", "future", "vague future: no date"),
    "shortly": ("vague", "future", "vague: 'shortly' gives no date"),
    "eventually": ("vague", "future", "vague future: no date"),
    "at some point": ("vague", "", "vague: no date"),
    "down the road": ("vague", "future", "vague future: no date"),
    "in the coming days": ("vague", "future", "vague future: 'the coming days'"),
    "in the coming weeks": ("vague", "future", "vague future: 'the coming weeks'"),
    "in the coming months": ("vague", "future", "vague future: 'the coming months'"),
    "in the coming years": ("vague", "future", "vague future: 'the coming years'"),
    "in the days ahead": ("vague", "future", "vague future"),
    "in the weeks ahead": ("vague", "future", "vague future"),
    "in the months ahead": ("vague", "future", "vague future"),
    "recently": ("vague", "past", "vague past: 'recently' gives no date"),
    "lately": ("vague", "past", "vague past"),
    "previously": ("vague", "past", "vague past"),
    "in the past": ("vague", "past", "vague past"),
    "in recent days": ("vague", "past", "vague past: 'recent days'"),
    "in recent weeks": ("vague", "past", "vague past: 'recent weeks'"),
    "in recent months": ("vague", "past", "vague past: 'recent months'"),
    "in recent years": ("vague", "past", "vague past: 'recent years'"),
    "not long ago": ("vague", "past", "vague past"),
    "a while ago": ("vague", "past", "vague past"),
    "some time ago": ("vague", "past", "vague past"),
    "long ago": ("vague", "past", "vague past"),
    "so far": ("vague", "past", "vague: up to now"),
    "to date": ("vague", "past", "vague: up to now"),
    "now": ("vague", "present", "present reference: the publication date at best"),
    "right now": ("vague", "present", "present reference"),
    "currently": ("vague", "present", "present reference"),
    "at present": ("vague", "present", "present reference"),
    "at the moment": ("vague", "present", "present reference"),
    "for now": ("vague", "present", "present reference"),
    "these days": ("vague", "present", "present reference"),
    "nowadays": ("vague", "present", "present reference"),
    "at this point": ("vague", "present", "present reference"),
    "later": ("event_anchored", "", "after an event the text mentions earlier; the article gives no date"),
    "afterwards": ("event_anchored", "", "after an event the text mentions; no date given"),
    "afterward": ("event_anchored", "", "after an event the text mentions; no date given"),
    "subsequently": ("event_anchored", "", "after an event the text mentions; no date given"),
    "earlier": ("event_anchored", "", "before an event or the report; no date given"),
    "at the time": ("event_anchored", "", "'the time' of an event the text mentions; no date given"),
    "at that time": ("event_anchored", "", "'that time' of an event the text mentions; no date given"),
    "the next day": ("event_anchored", "", "one day after an event the text mentions"),
    "the following day": ("event_anchored", "", "one day after an event the text mentions"),
    "the day after": ("event_anchored", "", "one day after an event the text mentions"),
    "the week after": ("event_anchored", "", "the week after an event the text mentions"),
    "the week before": ("event_anchored", "", "the week before an event the text mentions"),
    "the day before": ("event_anchored", "", "one day before an event the text mentions"),
    "the previous day": ("event_anchored", "", "one day before an event the text mentions"),
    "the following week": ("event_anchored", "", "the week after an event the text mentions"),
    "the following month": ("event_anchored", "", "the month after an event the text mentions"),
    "the following year": ("event_anchored", "", "the year after an event the text mentions"),
    "the previous week": ("event_anchored", "", "the week before an event the text mentions"),
    "the previous month": ("event_anchored", "", "the month before an event the text mentions"),
    "the previous year": ("event_anchored", "", "the year before an event the text mentions"),
}

#: Events whose date every reader of this topic knows; "since the invasion" is resolved
#: against them (anchor = event). Regex (case-insensitive) -> (ISO value, label).
KNOWN_ANCHORS: list[tuple[str, str, str]] = [
    (r"(?:russia['’]s\s+|the\s+)(?:full[- ]scale\s+)?invasion(?:\s+of\s+ukraine)?|the\s+(?:start|beginning|outbreak)\s+of\s+the\s+war(?:\s+in\s+ukraine)?|the\s+war\s+(?:began|started)|(?:russia|moscow|putin)\s+(?:invaded\s+ukraine|launched\s+(?:its|the|a)\s+(?:full[- ]scale\s+)?(?:invasion|war|special\s+military\s+operation)(?:\s+(?:of|in|on|against)\s+ukraine)?)"
     r"|the\s+(?:start|beginning|launch)\s+of\s+(?:the|russia['’]s)\s+special\s+military\s+operation(?:\s+in\s+ukraine)?",
     "2022-02-24", "Russia's full-scale invasion of Ukraine"),
    # a place hosted more than one summit: the one nearest before the publication date is meant
    # (see temporal._known_anchor); a year written in the name picks its own
    (r"the\s+(?:2021\s+)?geneva\s+summit", "2021-06-16", "the Biden-Putin Geneva summit"),
    (r"the\s+(?:1985\s+)?geneva\s+summit", "1985-11-19", "the Reagan-Gorbachev Geneva summit (19-20 November 1985)"),
    (r"the\s+(?:1986\s+)?reykjavik\s+summit", "1986-10-11", "the Reagan-Gorbachev Reykjavik summit (11-12 October 1986)"),
    (r"the\s+(?:1989\s+)?malta\s+summit", "1989-12-02", "the Bush-Gorbachev Malta summit (2-3 December 1989)"),
    (r"the\s+(?:1990\s+)?helsinki\s+summit", "1990-09-09", "the Bush-Gorbachev Helsinki summit"),
    (r"the\s+(?:1997\s+)?helsinki\s+summit", "1997-03-20", "the Clinton-Yeltsin Helsinki summit (20-21 March 1997)"),
    (r"the\s+(?:2018\s+)?helsinki\s+summit", "2018-07-16", "the Trump-Putin Helsinki summit"),
    (r"(?:president\s+)?biden\s+(?:took|taking|entered)\s+office|biden['’]s\s+inauguration", "2021-01-20", "Joe Biden's inauguration"),
    (r"(?:president\s+)?trump\s+(?:returned\s+to\s+(?:office|power|the\s+white\s+house)|took\s+office\s+(?:again|(?=in\s+january\b)))|trump['’]s\s+(?:return\s+to\s+(?:office|power|the\s+white\s+house)|second\s+inauguration)",
     "2025-01-20", "Donald Trump's second inauguration"),
    (r"the\s+(?:2025\s+)?(?:alaska|anchorage)\s+summit|(?:trump['’]s\s+|the\s+)summit\s+with\s+(?:vladimir\s+)?putin\s+in\s+(?:alaska|anchorage)", "2025-08-15", "the Trump-Putin Alaska summit"),
    (r"(?:biden['’]s\s+|the\s+)summit\s+with\s+(?:vladimir\s+)?putin\s+in\s+geneva", "2021-06-16", "the Biden-Putin Geneva summit"),
    (r"(?:the|a)\s+(?:(?:crimean?|moscow-backed|disputed)\s+)?referendum\s+(?:in|on)\s+crimea|the\s+crimean?\s+(?:referendum|vote)|crimea['’]s\s+(?:disputed\s+|planned\s+)?(?:referendum|vote)|crimea\s+votes?\s+on\s+(?:joining|rejoining|union\s+with)\s+russia",
     "2014-03-16", "the referendum in Crimea (16 March 2014)"),
    # (an offset's anchor is read six words at most: "… asylum to Edward" may end it)
    # ("Russia granted Edward Snowden temporary asylum": the person before the asylum too)
    (r"(?:russia|moscow)\s+(?:granted|gave)\s+(?:temporary\s+)?asylum\s+to\s+(?:edward|snowden)\b(?:\s+(?:j\.\s+)?snowden)?|snowden\s+(?:was\s+)?granted\s+(?:temporary\s+)?asylum(?:\s+in\s+russia)?"
     r"|(?:russia|moscow)\s+(?:granted|gave)\s+(?:edward\s+)?(?:j\.\s+)?snowden\s+(?:temporary\s+)?asylum",
     "2013-08-01", "Russia's grant of asylum to Edward Snowden (1 August 2013)"),
    (r"(?:russia['’]s\s+|the\s+)annexation\s+of\s+crimea|(?:russia|moscow|putin)\s+annexed\s+crimea", "2014-03-18", "Russia's annexation of Crimea (18 March 2014)"),
]

# --- tense cues ---------------------------------------------------------------------------
#: Words that mark a future (or intended) reading of the nearest date.
FUTURE_CUES = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|"
    r"expected\s+to|expects?\s+to|expect(?=\s)|"
    # "expected the Supreme Soviet to take up ratification in the spring": what one expects of another is ahead
    # (not "urged Lavrov to allow grain exports in a call on Tuesday": the call is the date's)
    r"(?:expected|expects)\s+(?:[\w.’'-]+\s+){1,4}?to\s+(?!have\s|be\s+)(?=[a-z])|(?:is|are|was|were)\s+(?:planned|scheduled|expected|due)|"
    # "a planned summit", "a meeting mooted for Thursday"; "Biden proposed a summit" is a past verb
    # ("was to meet on Monday" looks ahead; "had been due to take place on 24 February" need not)
    # ("a meeting planned in Moscow for early September": the place, then the time it was meant for)
    r"(?:mooted|planned|proposed)(?!\s+(?:a|an|the|his|her|their|its|this|that|new|further|more|several|two|three|in(?!\s+(?:[\w.’'-]+\s+){1,3}?for\b)|on|at|during|last|earlier|to|by|when|after|before|only|just|first|already|again)\b)"
    # ("Russia on Friday proposed extending the treaty": a verb with its gerund's object is past;
    # "a planned meeting this week" is still ahead)
    r"(?!\s+(?!(?:meeting|briefing|signing|gathering|hearing|sitting|opening|swearing|building|spending|funding|landing|ceasefire)\b)[a-z]+ing\s+(?!(?:on|at|in|with|between|for|of|to|by|from|and|or|is|was|will|would)\b)[a-z])|is\s+to|are\s+to|was\s+to|were\s+to|(?<!had\sbeen\s)(?:(?<!,\s)scheduled|set|due)\s+to|hopes?\s+to|"
    # "a meeting that had been set for Thursday": the day it was meant for is ahead
    r"(?:set|scheduled|slated|pencill?ed\s+in)(?=\s+for\b)|"
    # "accepted an invitation to a full-scale summit in Washington in June": what one is invited to is ahead
    r"invitations?\s+to\b|"
    r"plans?\s+(?:a|an|another|further|their|to)\b|(?:meant|designed|intended)\s+to|pave\s+the\s+way\s+for|would|could|might|may|upcoming|next|coming|later\s+this|aims?\s+to|is\s+likely\s+to|(?<!been\sdue\s)(?<!been\sscheduled\s)(?<!been\sset\s)(?<!been\splanned\s)(?<!been\sexpected\s)to\s+(?:meet|hold|host|visit|travel|speak|talk|attend)|"
    # a present verb after "when", "once", "until" tells a time to come: "when Gorbachev comes to
    # Washington in June", "once the two ministers meet in Geneva next week"
    r"(?:when|once|until|till|as\s+soon\s+as|by\s+the\s+time)\s+(?:[\w.’'-]+\s+){1,4}?(?:comes|meets|visits|holds|speaks|arrives|travels|returns|is|are)(?=\s)|"
    # a wish or an offer looks ahead: "Trump wants to host Putin in the fall"
    r"wants?\s+to|wanted\s+to|wish(?:es)?\s+to|hoping\s+to|hoped\s+to|hop(?:e|es|ed|ing)\s+for|seeks?\s+to|seeking\s+to|eager\s+to|offered\s+to|"
    # an infinitive of a planned act after a past verb looks ahead: "agreed to go ahead with talks
    # on Friday", "told Moscow to agree to a ceasefire by Friday" (the cue starts at "to", so a
    # date before "agreed" still takes the past verb, the nearer cue after it)
    # (not a plan that "had been due to" happen: "had been due to stop in Moscow on Monday but flew on")
    r"(?<!been\sdue\s)(?<!been\sscheduled\s)(?<!been\sset\s)(?<!been\splanned\s)(?<!been\sexpected\s)to\s+(?:go\s+ahead|agree|resume|continue|sign|extend|reopen|restore|return|release|halt|withdraw|respond|begin|start|launch|convene|reconvene|meet\s+again|set\s+up|hand\s+over|put\s+forward|present|"
    r"stop|cease|issue|publish|unveil|"
    # ("ordered a minute of silence to be observed … at noon on Thursday")
    r"be\s+(?:held|observed|signed|released|completed|implemented|lifted|lowered|announced|published|extended|resumed|convened|staged|sworn\s+in|freed|exchanged|handed\s+over|reopened|closed|withdrawn))|"
    # an invitation looks ahead: "has invited the Russian leader to his ranch … in the fall"
    # ("invited Putin, who succeeded Yeltsin on Dec. 31, 1999, to his ranch in the fall": past a relative clause)
    r"invit(?:e|ed|es|ing)\s+(?:[\w.’'-]+\s+){0,5}?(?:[\w.’'-]+,\s+who\s[^;]{1,80}?,\s+)?to\b|"
    # a promise looks ahead: "pledged to have a treaty ready by a summit in late June" (from
    # its "to", as above, so a date before the past verb keeps it)
    r"(?:(?<=pledged\s)|(?<=promised\s)|(?<=vowed\s)|(?<=undertook\s))to\s+(?=[a-z])|"
    # (not "likely their last as presidents": a guess about what a thing is, nothing ahead)
    r"(?:un)?likely(?!\s+(?:their|the|his|her|its|a|an|our|my)\b)|possible|possibly|prospects?\s+(?:of|for)|"
    # a purpose looks ahead: "in a last-ditch attempt to head off Sunday's referendum", "in time to spend Christmas at home"
    r"(?:attempt|bid|effort|order)\s+to|in\s+time\s+(?:to|for)|"
    # what is being prepared is still ahead: "as preparations continue for the summit on May 10"
    # (not "security preparations for the Olympics, … after bombings on Sunday": a noun alone
    # reaches too far back)
    r"preparations?\s+(?:continue|continues|are\s+(?:under\s*way|continuing|intensifying))\s+for|in\s+preparation\s+for|prepar(?:e|es|ing)\s+(?:for|the\s+ground\s+for)|"
    # a timetable in the present tense is news's way of announcing a trip or a meeting:
    # "Blinken flies to Moscow on Sunday", "the envoys meet in Geneva on Wednesday"
    # and a timetable in the present: "New START expires in February", "the hotline turns 50 on Friday"
    r"(?:expires|begins|starts|opens|closes|convenes|resumes|lapses|arrives|departs|(?<!shook\s)(?<!shake\s)(?<!shakes\s)(?<!shaking\s)(?<!shaken\s)hands|takes\s+office|steps\s+down|leaves\s+(?:office|for)|ends|turns\s+\d+|"
    r"flies|travels|heads|jets|hosts|lands|attends|chairs|embarks|sits\s+down|should(?!\s+(?:have|not\s+have|never\s+have)\b)|"
    # ("by the time Gorbachev visits Washington in June"; not "his visits to Moscow")
    r"visits(?<!\bhis\svisits)(?<!\bher\svisits)(?<!\btheir\svisits)(?<!\bthe\svisits)(?<!\bof\svisits)(?<!\btwo\svisits)(?<!\bsuch\svisits)(?!\s+(?:to|by|of|from|in)\b)|(?:takes?|goes\s+into|go\s+into|comes\s+into|come\s+into)\s+(?:effect|force)|enters\s+into\s+force|must(?!\s+have)|"
    # (the plural verb after a plural subject, "they meet", "the two travel": the word first,
    # then a look back, so the look-behinds run only where the word is)
    r"travel(?=\b)(?:(?<=s\stravel)|(?<=they\stravel)|(?<=two\stravel)|(?<=both\stravel))|fly(?=\b)(?:(?<=s\sfly)|(?<=they\sfly)|(?<=two\sfly)|(?<=both\sfly))|"
    r"gather(?=\b)(?:(?<=s\sgather)|(?<=they\sgather)|(?<=two\sgather)|(?<=both\sgather))|no\s+later\s+than|ahead\s+of|"
    r"meet(?=\b)(?<!\bnot\smeet)(?<!['’]t\smeet)(?<!\bdid\smeet)(?<!\bdo\smeet)(?<!\bnever\smeet)(?<!\bcould\smeet)(?<!\bwould\smeet)(?<!\bshould\smeet)"
    r"(?<!\bcan\smeet)(?<!\bmay\smeet)(?<!\bmight\smeet)(?<!\bmust\smeet)(?<!\bwill\smeet)(?<!\bto\smeet))\b(?!\s+(?:to\s+)?(?:reporters|journalists|that)\b))\b",  # "a meeting was unlikely before March"
    re.IGNORECASE,
)
#: Irregular past forms frequent in news (regular ones end in -ed).
IRREGULAR_PAST = (
    "met|spoke|told|held|made|took|came|went|saw|gave|got|left|began|sent|won|lost|flew|wrote|"
    r"chose|brought|thought|sought|led|ran|rose|fell|broke|drew|grew|knew|stood|struck|swore|sat|wound(?=\s+(?:up|down))|"
    "hit|freed|said|did|didn['’]t|was|wasn['’]t|were|weren['’]t|had|hadn['’]t|been|ago|since|"
    "became|felt|found|heard|kept|meant|paid|read|sold|spent|taught|understood|wore|fought|shook|"

    # ("would have more flexibility": a modal's main verb; "would have met" still has "met")
    r"has|(?<!\bto\s)(?<!would\s)(?<!will\s)(?<!could\s)(?<!might\s)(?<!should\s)(?<!must\s)have|hasn['’]t|haven['’]t|last"
)
NOT_PAST_ED = frozenset(
    {"need", "seed", "feed", "indeed", "speed", "red", "bed", "shed", "embed", "proceed",
     "succeed", "exceed", "breed", "greed", "weed", "hundred", "sacred", "kindred", "united", "based"}
)
#: (a participle after a bare "be" is a passive of whatever the modal says: "would be retargeted")
#: Irregular past participles ("ambassadors withdrawn in the spring"); after a bare "be" they
#: are a passive of whatever the modal says, as -ed forms are ("will be sworn in on May 7").
IRREGULAR_PARTICIPLES = "withdrawn|taken|given|shown|drawn|written|spoken|broken|chosen|frozen|stolen|driven|thrown|flown|sworn|begun|undertaken|forgotten|hidden|beaten"
PAST_CUES = re.compile(r"\b(?:" + IRREGULAR_PAST + r"|(?<!\bbe\s)(?:" + IRREGULAR_PARTICIPLES + r"|[a-z]{2,}ed))\b", re.IGNORECASE)
#: ("talks … could be held in mid-November": a modal's passive looks ahead, not back; checked
#: on each match in temporal._is_cue, not in PAST_CUES, whose every position it would slow)
#: (and a present passive: "before Clinton is sworn in on January 20" is no past)
MODAL_BE_BEFORE = re.compile(r"\b(?:(?:could|would|will|might|can|should|may)\s+be|is|are|am)\s+$", re.IGNORECASE)
PRESENT_CUES = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t|says|meets|holds|comes|marks|remains|speaks|visits|today|now"
                          # news's present for a schedule: "a week of diplomacy that moves to Brussels on Wednesday"
                          r"|moves|shifts|resumes|continues|begins|opens|travels|arrives|leaves|goes|starts|convenes|reconvenes|flies|takes\s+place"
                          # ("as the pact approaches its expiry in February", "the treaty expires in February")
                          r"|approaches|nears|expires|lapses|ends"
                          # a plural subject's schedule: "The talks move to Brussels on Wednesday", "NATO envoys sit down with …"
                          r"|(?<=talks\s)(?:move|shift|resume|continue|begin|open|reconvene)|(?:(?<=sides\s)|(?<=envoys\s)|(?<=delegations\s)|(?<=ministers\s)|(?<=negotiators\s)|(?<=leaders\s))"
                          r"(?:meet|sit\s+down|gather|convene|reconvene|resume|travel|fly|head)"
                          r")\b", re.IGNORECASE)
