"""The timeline of an article: each temporal expression tied to what happened, and to whom.

For every sentence we find temporal expressions (:mod:`newsdesk.temporal`) and contact events
(a trigger lexicon, PETRARCH-style, mapped to CAMEO's CONSULT family and a few neighbours).
Each expression becomes a row with the clause it sits in: participants (canonical actors),
place, contact type, CAMEO code and modality (occurred / planned / denied — "did not hold
negotiations" is a denial, "may resume talks" is not a contact). Contact events the text does
not date still get a row, with an empty value and a reason: the undated is part of the story.
A clause that only says "the talks lasted five hours" takes its participants from the contact
mentioned just before (flagged in ``reason``, lower confidence).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from bisect import bisect_right
from pathlib import Path

import numpy as np
import pandas as pd

from .actors import (
    SPOKESPERSON_ROLE,
    ActorResolver,
    default_resolver,
    is_head_of_state,
    offices_in,
    pronoun_fits,
    role_holder,
)
from .folded import Folded, fewest_words, fold
from .frames import Columns, as_columns, rows_to_columns
from .temporal import ANALYSER_VERSION as TEMPORAL_VERSION
from .temporal import (
    BARE_HOURS,
    STORY_DAY_REASON,
    NarrativeClock,
    TextIndex,
    Timex,
    anchor_on_following,
    article_writing_day,
    clock_on_its_day,
    day_of,
    find_candidates,
    interval,
    resolve,
)
from .text import LIVE_STAMP

ANALYSER_VERSION = f"1.97+t{TEMPORAL_VERSION}"

TIMELINE_COLUMNS = [
    "article_id", "paragraph_no", "sentence_no", "sentence", "expression", "type", "value",
    "start", "end", "mod", "approx", "time_role", "event", "participants", "participant_ids",
    "place", "contact_type", "cameo_code", "cameo_label", "modality", "confidence", "reason",
    "rule",
]

#: CAMEO codes used (codebook v1.1b3 labels). In-person contacts get 044 at a third
#: location, 042 when one side travels to the other, 040 when the text gives no place.
CAMEO: dict[str, str] = {
    "010": "Make statement, not specified",
    "040": "Consult, not specified",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "046": "Engage in negotiation",
    "057": "Sign formal agreement",
    "0841": "Return, release person(s)",
    "160": "Reduce relations, not specified",
}

#: An agreement the two sides concluded, told without "signed": "signed off Saturday on a
#: framework agreement", "announced a framework agreement for …", "had agreed on a framework".
_CONCLUDED_AGREEMENT = (r"\b(?:signed\s+off|announced|unveiled|reached|struck|sealed|clinched|concluded)\s+(?:[\w-]+\s+){0,2}?(?:on\s+)?(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|accord|pact)\b"
                        r"|\bagreed\s+on\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:framework|agreement|accord)\b")

#: contact type -> (trigger pattern, CAMEO code or "place" for the in-person rule).
#: Order is precedence: the first type whose trigger occurs in the clause wins.
CONTACT_TRIGGERS: list[tuple[str, str, str]] = [
    # ("in exchange for" a person, not "warheads … in exchange for compensation")
    ("prisoner exchange", r"\b(?:prisoner\s+(?:swap|exchange)|swap(?:ped)?|traded\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|yesterday\s+|today\s+|overnight\s+)?for|(?:was|were|been|being)\s+(?:traded|exchanged|swapped)(?=\s[^.;]{0,80}?\bfor\s)|in\s+exchange\s+for\s+(?=(?:the\s+(?:release|freedom)\s+of\s+|(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}?(?:prisoners?|detainees?|Americans?|Russians?|citizens?|nationals?|spies|agents?|journalists?|reporters?)\b|(?-i:[A-Z])))|exchanged\s+for|prisoner\s+trade|exchange\s+of\s+prisoners|exchange\s+of\s+(?:[\w.’'-]+\s+){1,8}?for\s+(?=\w)|exchanged\s+(?:\w+\s+){0,2}prisoners|prisoners\s+(?:were\s+|had\s+been\s+)?(?:exchanged|traded))\b", "0841"),
    ("prisoner release", r"\b(?:(?:was|were|been|being|be|got)\s+(?:\w+\s+)?(?:released|freed)|(?:released|freed)\s+(?:from|after|on|in)\b(?![^.;,]{0,40}?\b(?:a|an|the)\s+(?:joint\s+)?(?:statements?|readouts?|videos?|reports?|transcripts?|texts?|documents?|communiqu[eé]s?)\b)"
     # "Russia freed American Marc Fogel", "Moscow released the jailed reporter": an active
     # release of someone, not of a statement, a readout or a video
     r"|freed\b(?!\s+up\b)|released\s+(?!what\b|(?:on|in|at|late|early)\s[^.;,]{0,30}?\b(?:a|an|the)\s+(?:joint\s+)?(?:statements?|readouts?|videos?|reports?|transcripts?|communiqu[eé]s?)\b|(?:(?:a|an|the|its|his|her|their|new|further|more|no)\s+)?(?:[\w-]+\s+){0,2}?(?:statements?|readouts?|videos?|reports?|footage|photos?|photographs|images?|pictures?|transcripts?|details|figures|data|documents?|records?|lists?|tapes?|recordings?|plans?|budgets?|results|guidance|findings|texts?|letters?|versions?|summary|summaries|albums?|books?|information|funds?|money|tranches?|aid|comments?|remarks)\b))", "0841"),
    ("video call", r"\b(?:video\s*(?:call|link|conference|conferencing|chat|summit)|videoconference|virtual\s+(?:summit|meeting|talks|call)|virtually|secure\s+video)\b", "041"),
    # ("tried to reach his Russian counterpart …, but was unable to get through": a call, failed)
    # ("had called the White House and spoken instead with Rice": a call to a seat of government,
    # and the one who answered it instead; "reached Rice", "Trump–Putin call": see _CASED_TRIGGERS)
    ("phone call", r"\b(?:(?:tele)?phone(?:d)?|by\s+phone|(?:called|calls|calling|call)\s+(?:the\s+White\s+House|the\s+Kremlin|Washington|Moscow)\b(?!['’])|(?:spoke|spoken|talked)\s+instead\s+(?:with|to)|instead\s+(?:spoke|talked)\s+(?:with|to)|(?:tried|tries|trying|attempted|attempts|sought)\s+(?:unsuccessfully\s+|repeatedly\s+)?to\s+(?:reach|call|phone|telephone|contact)|(?:the|a|their|his|her|first|latest|second|hour-long|\d+-minute)\s+(?:(?:separate|brief|rare|lengthy|long|short|tense|private|follow-up|fresh|surprise|rare|testy|cordial)\s+)?(?:phone\s+)?call|calls?\s+with"
     # "after calls on Feb. 12 and March 18", "their two calls" (not "calls on Russia to", "the calls for")
     r"|(?:the|their|two|three|four|several|separate|previous|earlier|recent|both|regular|frequent)\s+(?:(?:phone|telephone)\s+)?calls\b(?!\s+(?:for|to|from|on\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))\b)"
     r"|calls\s+(?=on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s|$|[,;]))"
     # "Tuesday's call between President Joe Biden and Vladimir Putin"
     r"|[a-z]+['’]s\s+(?:(?:phone|telephone)\s+)?call\s+(?:between|with)"
     # "a preparatory call between Rubio and Lavrov": the call and its two sides ("call with": above)
     r"|calls?\s+between)\b", "041"),
    # ("sent New Year greetings to Trump, saying Moscow remains open to dialogue": the letter
    # is the contact, the dialogue its content — so before talks in this list)
    ("correspondence", r"\b(?:exchanged|sent|wrote|delivered|handed(?:\s+over)?|hand-delivered|handing)\s+(?:(?:him|her|them)\s+)?(?:a\s+|an\s+)?(?:personal\s+|written\s+|[A-Z][\w-]*\s+){0,2}(?:letters?|messages?|notes?|greetings|congratulations|condolences|(?<!\bon\s)telegrams?|cables?)\b(?![^.;]{0,80}?\bby\s+(?:tele)?phone\b)"  # (not "wrote on Telegram": the app; not "… a message … by phone": a call)
     # the noun first: "a letter from Gorbachev that was delivered to Bush", "in a telegram sent the same day"
     r"|\b(?:letter|message|telegram),?\s+dated\b"  # ("In the letter, dated Dec. 15, Putin expressed hope …")
     r"|\b(?:letters?|messages?|telegrams?|cables?)[\"”’']?\s+(?:(?:he|she)\s+(?:had\s+)?received\s+)?(?:from\s+(?=[A-Z])|(?:was\s+|were\s+)?(?:sent|delivered|handed)\b)"  # ("a “very nice letter” from Putin", "a letter he received from Putin")
     # "In a New Year's message to President Donald Trump …, Putin said": to someone named
     # (not "delivered a similar message to Foreign Minister Lavrov by phone": a call)
     r"|\b(?:letters?|messages?|greetings|telegrams?)\s+to\s+(?=(?:U\.S\.\s+|US\s+|Russian\s+|Soviet\s+|American\s+)?(?:President|Mr\.?|Mrs\.?|Ms\.?|Secretary|Prime\s+Minister|Foreign\s+Minister)\b)(?![^.;]{0,80}?\bby\s+(?:tele)?phone\b)"
     # "the letter President Obama sent to Dmitry Medvedev"
     r"|\b(?:letters?|messages?|telegrams?)\s+(?:that\s+|which\s+)?(?:[\w.’'-]+\s+){1,4}?(?:had\s+)?(?:sent|wrote|delivered|handed)\s+(?:to|him|her)\b"
     # "to hand President Bush a letter from Mikhail Gorbachev", "sent President Clinton a letter": the one it went to named first
     r"|\b(?:hand|handed|handing|give|gave|giving|deliver|delivered|delivering|send|sends|sent|sending|write|writes|wrote)\s+(?:President\s+|Mr\.?\s+|Secretary\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letters?|messages?|notes?)\b", "040"),
    # ("The Soviet-American meeting at the highest level ended here", "talks at the summit level": TASS's summit)
    # (the rare word first, the rest behind it)
    ("summit", r"\bsummit\b|(?<=\sat\sthe\s)highest\s+level\b", "place"),
    # ("the two delegations had agreed to reconvene in late September": another round of talks)
    ("talks/negotiations", r"\b(?:negotiat\w+|(?<!small\s)talks|round\s+of\s+(?:talks|consultations)|dialogue|consultations|reconven(?:e|es|ed|ing))\b", "046"),
    ("brief encounter", r"\b(?:briefly|brief\s+(?:encounters?|conversations?|exchanges?|chats?|meeting|talk)|short\s+(?:encounters?|conversations?|exchanges?|chats?|meeting)|chatted|on\s+the\s+move|exchang(?:e|ed|ing)\s+(?:a\s+few\s+)?(?:words|pleasantries|greetings)|handshake|shook\s+hands|pull[- ]aside|informal\s+(?:chat|conversation)|(?<!face-to-face\s)(?<!face\sto\sface\s)(?<!first\s)(?<!formal\s)encounter)\b", "place"),  # (not "their first face-to-face encounter": a meeting)
    # ("summoned the US ambassador": called in to the ministry, a meeting)
    # ("to have breakfast with Vice President Bush", "a working dinner with Lavrov": a meeting over a meal)
    ("in-person meeting", r"\b(?:met|meet(?:s|ing|ings)?|face[- ]to[- ]face|in[- ]person|sat\s+down|sitting\s+down\s+with|sit\s+down(?=\s+(?:with|in|at|for|together)\b)|visit(?:ed|s|ing)?|hosted|welcomed|summon(?:ed|s|ing)?|one[- ]on[- ]one|t[eê]te[- ][aà][- ]t[eê]te"
     r"|(?:would|will|to)\s+see\s+(?!(?:if|whether|how|what|why|that|it|this|any|no|some|results?|progress|the\s+(?:results?|outcome|effects?|details))\b)"
     r"|(?:breakfast|lunch|luncheon|dinner|supper)\s+(?:(?:on|this|next)\s+[A-Za-z]+\s+)?(?:with|for)|(?:working|state|private|official)\s+(?:breakfast|lunch|luncheon|dinner)|dined|lunched|breakfasted"
     # "at their dinner here on Friday", "over their working lunch": a meal the two shared
     r"|(?:at|over|during)\s+their\s+(?:[\w-]+\s+)?(?:breakfast|lunch|luncheon|dinner|supper)\b"
     # "sized each other up over a long lunch", "Blinken's first sit-down with Lavrov", "Witkoff's
     # audience with Putin", "a session between Sullivan and Patrushev": a meeting by its noun
     r"|over\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?)?(?:breakfast|lunch|luncheon|dinner|supper)\b|sit-downs?|audiences?\s+with|sessions?\s+(?:between|with)\b"
     # "had huddled until dawn", "strolled through Red Square with Gorbachev"
     r"|huddled|(?:strolled|walked)\s+(?:[\w'’-]+\s+){0,4}?with"
     # "Bush and Gorbachev spent the day at Camp David": a day the two spent together
     r"|spen[dt](?:s|ing)?\s+(?:the|a|two|three|several)\s+(?:day|days|weekend|afternoon|morning|evening|hours)\s+(?:together|at|in)\b"
     # "a bilateral on the sidelines of the G-20": a meeting of the two
     r"|\ba\s+bilateral(?=\s+(?:meeting|on|in|at|with)\b|[,.;])"
     # "At their closing session Sunday, Clinton told Yeltsin …": a sitting of the two sides
     r"|(?:closing|final|opening|first|last|second|third|morning|afternoon|evening|plenary|private|restricted|expanded|working|one-on-one)\s+sessions?"
     # "Putin accepted the credentials of … ambassadors, among them Lynne Tracy": an envoy received
     r"|(?:accepted|received|presented|presents|presenting)\s+(?:(?:the|her|his|their)\s+)?(?:[\w-]+\s+){0,3}?credentials"
     # "Reagan agreed to go to Moscow in 1987", "Gorbachev to come to the United States": a trip to
     # the other side's soil (its host: see _host_of_a_trip)
     r"|(?:go(?:es|ing)?|went|travel(?:l?ed|l?ing|s)?|fl(?:y|ies|ying|ew)|com(?:e|es|ing)|came)\s+to\s+(?=(?:the\s+)?(?:moscow|washington|united\s+states|soviet\s+union|russia|kremlin|white\s+house)\b)"
     r")\b", "place"),
    # ("signed in St. Vladimir Hall of the Kremlin the Treaty", "the U.S. and Russia extended the pact": a title's or initial's full stop)
    ("treaty action", r"\b(?:suspend\w*|withdr[ae]w\w*|ratif\w+|signed|extend\w*|extensions?|exit\w*)\b(?:[^.;]|(?<=\b(?:St|Mt|Ft))\.|(?<=\b[A-Z])\.){0,60}\b(?:treaty|START|agreement|accord|pact)\b"
     r"|" + _CONCLUDED_AGREEMENT +
     # "formally left the Intermediate-Range Nuclear Forces Treaty", "pulled out of the ABM treaty":
     # a step out of (or renewing) a treaty named right after the verb
     r"|\b(?:left|leaves|leaving|quit|quits|quitting|pull(?:ed|s|ing)?\s+out\s+of|walk(?:ed|s|ing)?\s+away\s+from|abandon(?:ed|s|ing)?|scrapp(?:ed|ing)|scraps|tore\s+up|tears\s+up|tearing\s+up|ditch(?:ed|es|ing)|renew(?:ed|s|ing)?|prolong(?:ed|s|ing)?)"
     r"\s+(?:the|a|an|its|their|our)\s+(?:(?!(?:without|with|after|before|over|on|talks|summit|meeting|negotiations)\b)[\w.’'-]+\s+){0,6}?(?:treaty|START|pact|accord)\b"
     # "are due to exchange the INF ratification documents"
     r"|\bexchang\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ratification|instruments\s+of\s+ratification)\b"
     # "put their signatures to the treaty"
     r"|\b(?:put|puts|putting|affixed|affix)\s+(?:their|his|her)\s+signatures?\s+(?:to|on)\b[^.;]{0,40}\b(?:treaty|START|agreement|accord|pact)\b"
     # "a pact that Reagan and Gorbachev signed in 1987"
     r"|\b(?:treaty|pact|accord)\s*,?\s+(?:that|which)\s+(?:[^.;]|(?<=\b[A-Z])\.){0,80}?\b(?:signed|ratified)\b"  # ("… Dmitri A. Medvedev signed"; "the … Treaty, which Reagan and Gorbachev signed")
     # "the New START treaty signed by Presidents Obama and Medvedev", "the pact their presidents, … , signed"
     r"|\b(?:treaty|pact|accord|agreement)\s+(?:signed\s+by|(?:their|the\s+two)\s+(?:presidents|leaders)\b[^.;]{0,60}?\bsigned)\b"
     # "The Treaty between the USSR and the USA on … was signed today … by the President of the USSR"
     # ("as of a few minutes ago the INF treaty is signed": a live report's present)
     r"|\b(?:treaty|pact|accord|agreement|START)\b[^.;]{0,160}?\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:formally\s+|finally\s+|now\s+)?(?:signed|ratified|extended|renewed)\b"
     # "President Reagan and General Secretary Gorbachev put their names to it"
     r"|\b(?:put|puts|putting)\s+(?:their|his|her)\s+names\s+to\s+(?:it|the\s+(?:treaty|document|accord|pact|agreement))\b", "treaty"),
    # ("adopted a “strategic framework declaration”": a text both put their names to)
    # ("a joint appeal", "signed a statement", "joined Kravchuk in signing a statement": a text both put their names to)
    ("statement", r"\b(?:joint\s+(?:statement|declaration|appeal|communiqu[eé]|understanding)s?|issued\s+a\s+statement|readout|(?:adopt|sign|issu)(?:ed|ing)\s+(?:a|an|the)\s+(?:[\w\"“”-]+\s+){0,4}?(?:declaration|communiqu[eé]|charter)|sign(?:ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?statement)\b", "010"),
    # ("had a “pretty firm” exchange with Putin": words exchanged, not prisoners — a swap is matched above)
    ("contact", r"\b(?:spoke|speak|speaks|spoken|talk|talked|conversations?|discussions?|discussed|contacts?|conferred|in\s+touch|exchanges?\s+with)\b", "040"),
]
_TRIGGERS = [(name, re.compile(p, re.IGNORECASE), code) for name, p, code in CONTACT_TRIGGERS]
#: "Blinken raised the detention of Evan Gershkovich with Lavrov": a matter put to someone
#: named, so they spoke (not "raised rates", "raised concerns with allies"); the one after
#: "with" takes part though a topic ("of Evan Gershkovich") comes before him.
_RAISED_WITH = re.compile(r"\b(?:raised|raises|raising|brought\s+up|pressed)\s+(?:[\w’'.-]+\s+){1,8}?(?P<with>with)\s+(?=(?:(?:President|Foreign\s+Minister|Secretary(?:\s+of\s+State)?|Mr\.?|Ms\.?|Mrs\.?)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b)")
#: Triggers that need capitals, so not in the IGNORECASE list: "called Putin" is a phone call,
#: "called off" and "calls for" are not.
_CASED_TRIGGERS: dict[str, Folded] = {
    # (not naming: "calling Putin “very smart”", "called Putin a killer")
    "phone call": Folded(re.compile(r"\b[Cc]all(?:ed|s|ing)?\s+(?=[A-Z][a-z])(?!(?:[A-Z][\w.’'-]*\s+){1,3}(?:[\"“‘]|(?:a|an|his|her|its|their)\s))"
                                    # ("Putin had earlier reached national security adviser Condoleezza Rice": got through, by phone)
                                    r"|\b(?:[Rr]eached|[Gg]ot\s+through\s+to|[Gg]etting\s+through\s+to|[Gg]et\s+through\s+to)\s+(?=President|Secretary|Vice\s+President|national\s+security\s+adviser"
                                    r"|[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!\s+[A-Z])|his\s+(?:American|U\.S\.|US|Russian|Soviet)\s+counterpart)"
                                    # "last Wednesday's Trump–Putin call": the two sides named before the call (from the dash: cheap to look for)
                                    r"|(?<=[a-z])[–-][A-Z][a-z]+\s+(?:(?:phone|telephone)\s+)?call\b")),
    # "was received by President Putin", "Putin received Witkoff at the Kremlin" (not a letter or a call)
    # "Biden wrote to Putin in May": a letter to a person named
    "correspondence": Folded(re.compile(r"\bwr(?:ote|ites|iting)\s+to\s+(?=(?:President\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][a-z])")),
    # "the four hours he spent with Boris Yeltsin", "stood beside Vladimir Putin in Helsinki", "sit down together"
    "in-person meeting": Folded(re.compile(r"\b[Hh]and(?:ed|s|ing)\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:a|an|the)\s+(?![\w\s-]{0,30}?\b(?:letters?|messages?|notes?|telegrams?)\b)"  # ("handed Sergey V. Lavrov a small yellow box": in person)
                                           r"|\bsat\s+(?:across\s+(?:the\s+table\s+)?from|opposite)\s+(?=[A-Z]|each\s+other)|\b(?:was|were|been|being)\s+(?:also\s+|later\s+|then\s+|first\s+|[a-z]+ly\s+)?received\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?by\s+(?=[A-Z])|\breceived\s+(?=[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,6}\s+(?:at|in)\s)"
                                           # "Trump greeted Putin on a red carpet", "Putin received U.S. envoy Steve Witkoff" (a visitor
                                           # received; a letter or a call received is told before this type, a received report names
                                           # no one): case-sensitive, so the type's main pattern keeps its fast lower-cased twin
                                           r"|\b[Gg]reet(?:ed|s|ing)\s+(?=President|Secretary|Mr\.?\s|Ms\.?\s|Mrs\.?\s|his\s|her\s|the\s+(?:U\.S\.|US|American|Russian|Soviet|visiting)\b|[A-Z][a-z]+\b(?!\s+(?:news|decision|announcement)))"
                                           # ("today received in the Kremlin U.S. Secretary of State James Baker")
                                           r"|\b[Rr]eceived\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?(?=U\.S\.|US\s|American\s|Russian\s|Soviet\s|visiting\s|the\s+(?:U\.S\.|US|American|Russian|Soviet|visiting)\b|President|Secretary|Foreign|Prime|Mr\.?\s|Ms\.?\s|Mrs\.?\s|envoy\s|special\s|[A-Z][a-z]+\s+[A-Z][a-z]+)"
                                           # "Shevardnadze, who called on President Bush at the White House" (a visit paid;
                                           # not "called on Putin to withdraw": an appeal)
                                           r"|\b[Cc]all(?:ed|s|ing)\s+on\s+(?=(?:President|Prime\s+Minister|Secretary|Foreign\s+Minister|Chancellor|Mr\.?|Ms\.?|Mrs\.?|[A-Z][a-z]+\s+[A-Z][a-z]+)\b)(?![^,.;]{0,60}?\bto\s+[a-z])"
                                           # "after nearly two hours with President Vladimir V. Putin"
                                           r"|\b(?:hours?|minutes)\s+(?:alone\s+|together\s+|of\s+talks\s+)?with\s+(?=(?:President|Prime|Secretary|Foreign|Mr\.?\s|Ms\.?\s|Mrs\.?\s|[A-Z][a-z]+\s+[A-Z]))"
                                           r"|\bspen[dt]\s+(?:[\w-]+\s+){0,4}?with\s+(?=[A-Z])|\b(?:stood|standing)\s+(?:beside|alongside|next\s+to)\s+(?=[A-Z])|\bsit\s+down\s+together\b"
                                           # "invited the Russian leader to his ranch", "invited Mr. Bush to Russia": a visit asked for
                                           r"|\binvit(?:ed|es|ing)\s+(?:[\w.’'-]+\s+){1,6}?to\s+(?:(?:his|her|their)\s+(?:ranch|home|dacha|residence|estate|farm)\b"
                                           r"|(?=(?:Russia|Moscow|the\s+United\s+States|Washington|America|the\s+Kremlin|the\s+White\s+House|Camp\s+David|Sochi|St\.?\s+Petersburg|Crawford|Kennebunkport)\b))")),
    # "Blinken raised the detention of Evan Gershkovich with Lavrov": a matter put to someone
    # named (they spoke); not "raised rates with a view to", "raised concerns with allies"
    "contact": Folded(_RAISED_WITH),
}
#: Each with a fast twin that skips the regex when a word it needs is missing (folded.py).
_FOLDED_TRIGGERS = [(name, Folded(pattern), code) for name, pattern, code in _TRIGGERS]
IN_PERSON = {"in-person meeting", "brief encounter", "summit"}

#: Places on either side's soil: an in-person contact there is a visit (042), not 044.
HOME_PLACES = re.compile(
    r"\b(?:Moscow|Kremlin|St\.?\s*Petersburg|Sochi|Russia|Washington|White\s+House|New\s+York|Alaska|Anchorage|Miami|Florida|United\s+States|USA|U\.S\.|Camp\s+David|Helsinki\s+never)\b"
)

_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|denied|deny|denies|ruled\s+out|refused|declined|without|turned\s+down|rebuffed)\b|n['’]t\b", re.IGNORECASE)  # ("had turned down a meeting with Blinken")
_PLANNED = re.compile(
    r"\b(?:will|would|shall|plans?\s+(?:to|for|a|an)\b|planned|planning|call(?:ed|s|ing)?\s+for|expect(?:s|ed|ing)?\s+to|scheduled\s+to|set\s+to|due\s+to|to\s+(?:meet|hold|speak|visit|talk|travel|resume|call)|agreed\s+to|propos\w+|invit\w+|could|(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!\bby\s)(?<!since\s)(?<!until\s)(?<!early\s)(?<!late\s)(?<!\bmid-)may(?!\s+\d)|might|hop(?:e|es|ed|ing)\s+to|upcoming|should|possible|potential|prepar\w+\s+(?:for|a)|intend\w*|want\w*\s+to|seek\w*\s+to|aim\w*\s+to|(?:meant|designed|intended)\s+to|pave\s+the\s+way\s+for|look(?:ed|s|ing)?\s+forward\s+to)\b",
    re.IGNORECASE,
)
#: "too early to name a date for a Putin–Trump meeting": a meeting not yet held (right before its trigger)
_DATE_FOR_BEFORE = re.compile(r"\bdates?\s+for\s+(?:an?\s+|the\s+|their\s+)?(?:[\w’'–-]+\s+){0,3}$", re.IGNORECASE)
#: After an actor: it is the speaker ("Lavrov said", "Peskov told reporters") or the employer of
#: one ("Kremlin spokesman Dmitry Peskov"), not a participant. "Blinken told Lavrov" is a contact.
#: (the modal "may", not the month: "met in May", "on May 9"; the patterns run on lower-cased text)
_MODAL_AFTER = re.compile(r"\b(?:will|would|could|(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!\bby\s)(?<!since\s)(?<!until\s)(?<!early\s)(?<!late\s)(?<!\bmid-)may(?!\s+\d)|might|shall|should|must|(?:needs?|has|have)\s+to|(?:is|are)\s+(?:expected|planned|scheduled|due|set)|(?:is|are)\s+(?:being\s+)?prepared)\b", re.IGNORECASE)
#: Verbs that report what someone said (here and in _REPORTED_BEFORE).
_REPORTING_VERBS = "said|says|confirmed|reported|added|announced|stated|noted|wrote|tweeted"
_SPEECH = re.compile(
    # ("Biden wrote to Putin": a letter, its writer takes part)
    r"^\W{0,3}\s*(?:(?:" + _REPORTING_VERBS + r"|insisted|claimed|explained|argued)\b(?<!wrote)(?<!writes)|wr(?:ote|ites)\b(?!\s+to\s)|told\s+(?:reporters|journalists|a\s|an\s|the\s|(?!(?:him|her|them)\b)(?-i:[a-z])))"
    r"|^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:spokes(?:man|woman|person)|press\s+secretary|spokespeople)\b"
    # ("Dmitri S. Peskov, the Kremlin spokesman, said …": an appositive, then the verb of saying)
    r"|^,\s+(?!who\b|whose\b|which\b)[^,;:]{3,80},\s+(?:" + _REPORTING_VERBS + r"|insisted|claimed|explained|argued|told)\b",
    re.IGNORECASE,
)
_TOLD = re.compile(r"\W{0,3}\s*told\s+")
#: ", then called …": the next contact of the subject, with others.
_THEN_CLAUSE = re.compile(r",\s+(?:and\s+)?then\s+(?:called|phoned|telephoned|spoke|talked|met|flew|went|travel+ed|briefed|hosted|visited)\b")
#: "With President Bush aboard Air Force One, …": someone away while others talk.
_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}$")
_AWAY_AFTER = re.compile(r"\s+(?:aboard|airborne|aloft|away|unavailable|unreachable|travel+ing|in\s+the\s+air|out\s+of\s+(?:reach|the\s+country|town))\b")
#: "Kerry and Russian Foreign Minister Sergey Lavrov| announced": the second of a subject of two.
_JOINT_SUBJECT = re.compile(r"[\w.]\s+and\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,5}$")


def _told_media(scope: str, end: int, found: list, info: dict) -> bool:
    """Whether the mention ending at ``end`` is followed by "told <a news outlet>" ("Ushakov told
    Interfax"): a speaker, where "Blinken told Lavrov" is a contact."""
    told = _TOLD.match(scope, end) if "told" in scope else None
    return told is not None and any(f[0] == told.end() and (info[f[2]]["kind"] == "media" or info[f[2]]["side"] == "media") for f in found)


#: "US and Russian diplomats": both sides take part even when no one is named.
_BOTH_SIDES = re.compile(r"\b(?:US|U\.S\.|American|United\s+States)\s+and\s+(?:Russian|Soviet)\b|\b(?:Russian|Soviet)\s+and\s+(?:US\b|U\.S\.|American\b)"
                         r"|\b(?:US|U\.S\.|American)[–-](?:Russian?|Soviet)\b|\b(?:Russian?|Soviet)[–-](?:US|U\.S\.|American)\b")
_THE_LETTER_DATED = re.compile(r"\W*(?:in\s+)?(?:the|his|her|that)\s+(?:[\w-]+\s+)?(?:letter|message|telegram),?\s+dated\b", re.IGNORECASE)
#: A definite contact noun ("the talks lasted five hours") points back to the contact before it.
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|their)\s+(?:(?:short|brief|phone|telephone|hour-long|[\w-]+-(?:minute|hour)|video|face-to-face|latest|closed-door|bilateral)\s+)?"
    r"(?:talks|call|meeting|conversation|encounter|summit|exchange|swap|negotiations|discussion|visit)\b(?!\s+(?:of|between|with|in|at|on)\b)",
    re.IGNORECASE,
)
#: A quantity after "about" or "over" ("for about 20 minutes", "over two days"): a measure, not a topic.
_QUANTITY = (r"(?:\d|an?\s+(?:hour|half|minute|week|day|month|year|dozen|few|couple)\b|half\b|several\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\b)")
_TOPIC_TAIL = re.compile(
    r"\b(?:about(?!\s+" + _QUANTITY + r")"
    # "spoke over the phone", "over dinner", "over two days": how and how long, not what about
    r"|over(?!\s+(?:" + _QUANTITY + r"|the\s+(?:phone|telephone)\b|(?:dinner|lunch|breakfast|coffee|drinks)\b))"
    r"|regarding|concerning|on\s+the\s+subject\s+of|to\s+discuss|discussing|to\s+press|to\s+protest|protesting|urg(?:ing|ed)(?!\s+(?:[\w.'’-]+\s+){1,6}?(?:to|in|during|by|over|when)\s)|to\s+make|towards?\s+(?:ending|an?\s+end)|to\s+end|on\s+ending"
    # "… to free Griner and Whelan", "urged the immediate release of Gershkovich": the people are the topic
    # ("urged Shoigu to implement a ceasefire in a call": the one urged is spoken to, no topic;
    # no case-sensitive piece here, so the pattern keeps its fast lower-cased twin, folded.py)
    r"|to\s+(?:free|release|secure\s+the\s+release\s+of)|the\s+(?:[a-z]+\s+)?(?:release|freeing|detention|case)\s+of"
    # "met … after the funeral of Konstantin Chernenko": the dead take no part
    r"|the\s+(?:[a-z]+\s+)?(?:funeral|death|burial|assassination)\s+of"
    # "a meeting … to prepare for a Trump-Putin summit": what the meeting is for
    r"|to\s+prepare(?:\s+for)?|(?:in\s+)?preparation\s+for|preparations\s+for"
    # "telephoned Bush … to assure him that control … would pass to Boris Yeltsin": what he was told
    r"|to\s+(?:assure|reassure|tell|inform|warn|brief|remind)\s+(?:him|her|them)\s+(?:that|of|about)"
    # "met Putin for three hours before departing with Fogel": who leaves with him took no part
    r"|(?:before|after|then)\s+(?:departing|leaving|flying\s+(?:home|out|back)|returning|heading\s+(?:home|back))\s+with)\b",
    re.IGNORECASE,
)
#: "issued a joint statement committing the two countries to a … Dialogue": what a text says,
#: after its noun (kept out of _TOPIC_TAIL, whose every start letter costs each scan of it).
_DOCUMENT_CONTENT = re.compile(r"\b(?:statements?|declarations?|communiqu[eé]s?|understanding)\s+(committing|pledging|affirming|reaffirming|declaring|promising|vowing|calling\s+(?:for|on)"
                               r"|welcoming|condemning|outlining|setting\s+out)\b", re.IGNORECASE)
#: ", stepping out of a meeting with Zelensky", ", with spokesman Peskov calling …": an aside
#: whose people take no part (looked for only in a clause naming three actors or more).
_ASIDE = re.compile(r",\s+(?!(?:according|including)\b)[a-z]+ing\b|,\s+with\s+(?:[\w.’'-]+,?\s+){1,8}(?:calling|saying|describing|adding|noting|insisting)\b", re.IGNORECASE)
#: A relative clause set off by a comma: what it dates is its own verb's event.
_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whom|whose)\b", re.IGNORECASE)
def _dates_no_event(t, text: str, found: list) -> bool:
    """Whether expression ``t`` of sentence ``text`` dates no event: a century as an adjective
    ("at a 16th-century castle": how old a place is), or a year in a treaty's name beside
    another date of the sentence ("agreed Monday on a successor to the 1991 Strategic Arms
    Reduction Treaty"; alone, "signed the 1987 treaty" may well be its signing's year)."""
    if t.rule == "century":
        return _CENTURY_ADJECTIVE.search(t.expression) is not None
    return (t.rule == "year" and t.start_char >= 4 and text[t.start_char - 4 : t.start_char] == "the " and _NAMED_BY_ITS_YEAR.match(text, t.end_char) is not None
            and any(o is not t and o.type in ("date", "time") and o.rule not in ("century", "year") for o in found))


#: What a year before it names: "the 1991 Strategic Arms Reduction Treaty", "the 1972 ABM treaty".
_NAMED_BY_ITS_YEAR = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){0,5}(?:Treaty|treaty|START|pact|accord|Accords?|Agreement|agreement|Convention|Act)\b")
#: "…, which ran more than two hours": how long the thing before lasted (its contact's length).
_LASTED_RELATIVE = re.compile(r"\W*which\s+(?:had\s+)?(?:ran|run|lasted|went\s+on|stretched|took)\b")
#: "had been scheduled", "was originally set": how a contact's day is told as it was set.
_SET_FOR = r"(?:had\s+been|was|were|is|are)\s+(?:(?:originally|initially|tentatively|long)\s+)?"
_SET_FOR_VERBS = "scheduled|planned|set|due|expected|slated"
#: "…, which had been scheduled to open today": the day the thing before was set for.
_SET_FOR_RELATIVE = re.compile(r"\W*which\s+" + _SET_FOR + "(?:" + _SET_FOR_VERBS + r")\b")
_PRONOUN_PAIR = re.compile(r"\b(?:they|the\s+two(?:\s+(?:men|ministers|leaders|diplomats|sides|officials|presidents|delegations))?|both(?:\s+(?:men|sides))?|the\s+pair|each\s+other|the\s+duo|the\s+sides|the\s+delegations|between\s+them"
                           # ("It was the leaders' first conversation since …": theirs)
                           r"|the\s+(?:two\s+)?(?:leaders|presidents|men|ministers)(?=['’]\s)"
                           # ("The presidents last talked by phone on Dec. 30", "The presidents also adopted a joint
                           # declaration": the subject of a contact verb)
                           r"|the\s+(?:leaders|presidents)(?=\s+(?:(?:are|were|will|would|had|have|also|then|later|last|first|briefly|again|to)\s+)*(?:met|meet|spoke|speak|talked|talk|held|hold|shook|sat|conferred|confer|signed|sign|adopted|adopt|issued|issue|exchanged|exchange)\b))\b", re.IGNORECASE)
#: Talks still to come, with no one named to hold them: "negotiations … will begin", "agreed
#: to set up a working group", "arms-control talks will follow", "to appoint teams to negotiate".
_PLANNED_TALKS = re.compile(
    r"\b(?:agreed|agree|agreeing|decided|pledged)\s+to\s+(?:[\w-]+\s+){0,6}?(?:talks|negotiations|negotiate|dialogue|consultations|working\s+groups?|teams)\b"
    r"|\b(?:talks|negotiations|dialogue|consultations)\b[^.;]{0,80}?\b(?:will|would|are\s+to|is\s+to|were\s+to|was\s+to)\s+(?:[a-z]+ly\s+)?(?:begin|start|follow|continue|open|resume|take\s+place|be\s+held|get\s+under\s*way)\b"
    r"|\b(?:are|is)\s+to\s+(?:continue|hold|begin|start|open|resume)\b[^.;]{0,60}\b(?:talks|negotiations|dialogue|consultations|discussions?)\b", re.IGNORECASE)
#: "the sides had agreed to hold consultations": the two governments as the subject of talks to come.
_SIDES_SUBJECT = re.compile(r"\b(?:the\s+(?:two\s+)?sides|both\s+sides)\b", re.IGNORECASE)
#: "the two countries", "the two governments": the sides as states, not their leaders.
_TWO_COUNTRIES = re.compile(r"\bthe\s+two\s+(?:countries|nations|governments|powers|capitals)\b", re.IGNORECASE)
#: "the Soviet and American leaders": the pair of leaders told of, by their sides.
_SIDES_LEADERS = re.compile(r"\bthe\s+(?:soviet|russian|american|u\.s\.|us)\s+and\s+(?:soviet|russian|american|u\.s\.|us)\s+leaders\b", re.IGNORECASE)
#: "Their talks, arranged by the Swiss, ran for three hours": the pair's contact. (Apart from
#: _PRONOUN_PAIR: "their" is in most sentences, and its words test would then pass them all.)
_THEIR_CONTACT = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|calls?|conversations?|summits?|encounters?|discussions?|negotiations|chats?|contacts?|(?:final|closing|opening|first|last|morning|afternoon|evening|private|one-on-one)\s+sessions?)\b", re.IGNORECASE)
_VENUE = re.compile(
    r"(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+)?(?P<venue>[^,.;]+?)(?=\s+in\s+[A-Z]|[,.;]|$|\s+(?:but|and|while|when)\s)(?:\s+in\s+(?P<city>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}))?"
    # (a bare "at a meeting in the Slovak capital" is the contact itself, not a venue)
    # ("at their first Kremlin summit" is the pair's own contact, no venue)
    r"|\bat\s+(?!(?:their|his|her)\s)(?:(?:a|the)\s+)?(?P<venue2>(?:(?!(?:a|an|the|his|her|their|its)\s)[\w'’-]+\s+){1,5}(?:summit|meeting|conference|gathering|forum|ministerial|session)(?:\s+of\s+(?:the\s+)?[\w'’ -]+?)?|(?:summit|meeting|conference|gathering|forum|ministerial|session)\s+of\s+(?:the\s+)?[\w'’ -]+?)(?=[,.;]|\s+(?:in|on|but|and|while|when|where|as)\s|$)(?:\s+in\s+(?P<city2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}))?"
)
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?P<p>(?:the\s+)?[A-Z][\w'’.-]+(?:\s+(?:of\s+)?[A-Z][\w'’.-]+){0,3})")
_NOT_PLACES = re.compile(r"^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b|^\d")
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)
#: A clause that starts with one of these has its subject in the clause before ("…, and
#: spoke again by phone on Friday").
_CONTACT_VERBS = frozenset(
    ["spoke", "met", "talked", "held", "exchanged", "chatted", "called", "phoned", "telephoned", "shook", "sat", "visited", "hosted", "conferred", "discussed", "agreed", "signed", "swapped", "traded", "negotiated", "resumed",
     "stood", "received", "welcomed", "greeted", "dined", "raised", "wrote",
     # a participle after the subject's clause: "The two men have been in close contact,
     # meeting in Geneva in August and in Moscow in July"
     "meeting", "speaking", "talking", "holding", "signing", "visiting", "hosting", "exchanging"]
)
#: "… held talks with Ushakov, and with Patrushev": a clause that only adds a partner.
_WITH_MORE = re.compile(r"(?:and\s+|as\s+well\s+as\s+|but\s+also\s+|then\s+)?(?:also\s+|later\s+|again\s+)?with\s+", re.IGNORECASE)
#: A clause opening on an earlier contact of the same people: "following a working dinner on Sunday night",
#: ", a day after a working dinner that Mr. Ryabkov described as …".
_PRECEDING_CONTACT = re.compile(r"\s*(?:(?:a|one|two|three|\d+)\s+(?:days?|hours?|nights?|weeks?)\s+|(?:hours|days|shortly|just|only)\s+)?(?:following|after|before|preceded\s+by)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|breakfast|meeting|session)\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"(?:(?:and|but)\s+)?(?:(?:also|then|later|again|briefly|finally)\s+)?([A-Za-z]+)\b")  # ("…; and stood beside Trump in Helsinki")
#: "…, during a 62-minute phone call": the contact in which the sentence's main verb happened.
_DURING_CONTACT = re.compile(r",?\s*(?:during|in|over)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,4}?(?:(?:phone|video|telephone)\s+call|call|conversation|meeting|talks|summit|videoconference|video\s+conference)\b", re.IGNORECASE)
#: Verbs of telling someone something, whose object is the other party ("Biden told Putin …").
_TELL_VERB = re.compile(r"\b(?:told|warned|urged|assured|pressed|informed|reminded|cautioned|asked|promised|thanked)\s+(?=(?:[A-Z]|his\s|her\s))")
#: "…, hours after holding talks with Pompeo": a clause whose gerund's subject is the sentence's.
#: (also a bare noun of the subject's own contact: "…, hours after talks with Pompeo")
_TIME_THEN_GERUND = re.compile(r"(?:(?:a\s+day|a\s+week|hours|minutes|days|shortly|soon|just|only|moments)\s+)?(?:after|before)\s+(?:holding|meeting|speaking|talking|hosting|visiting|phoning|telephoning|signing|receiving|welcoming|greeting|exchanging|dining|chatting|conferring|negotiating|talks\s+with)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\s+(?:and\s+(?:[A-Z][\w.’'-]*\s+){1,4}|(?:\w+\s+){0,2}?)(?:would|will|had|has|was|is|could|might|may|planned|plans|hoped|hopes|expected|expects|met|meets|spoke|speaks|called|calls|talked|held|intends|intended|wanted|wants|looked|looks)\b", re.IGNORECASE)
_NAMED = re.compile(r"[A-Z0-9]")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_LEADING_THE = re.compile(r"^the\s+")
_RATIFY = re.compile(r"\b(?:ratif|signed|extend)", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot\s+only\b", re.IGNORECASE)
#: A body's seat is a place, but the city after it says more ("the Foreign Ministry in Moscow").
_BUILDINGS = frozenset(["ministry", "department", "embassy", "consulate", "mission", "office", "headquarters", "residence", "palace", "house"])
_WAR_BEFORE = re.compile(r"\b(?:war|conflict|fighting|invasion|crisis|peace|ceasefire|offensive|aggression|situation)\s*$", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(r"(?:\s+(?:presidential|state|seaside|lakeside|hunting|summer|official))?\s+(?:capital|palace|resort|city|town|port|residence|villa|dacha|mansion|castle|retreat|lodge|compound)\b")
_BUILDING_AFTER = re.compile(r"\s+(?:embassy|consulate|mission|residence|ambassador['’]s\s+residence)\b")
_CALLED_OFF = re.compile(r"\b(?:called\s+off|cancell?ed|scrapped|shelved|scuttled|postponed|put\s+off|(?:was|were|been|is|are)\s+(?:(?:now|also|effectively|indefinitely)\s+)?(?:dropped|on\s+hold)|put\s+on\s+hold|(?:would|will)\s+no\s+longer\s+(?:take\s+place|go\s+ahead|happen)|(?:would|will)\s+not\s+(?:now\s+)?(?:take\s+place|go\s+ahead))\b", re.IGNORECASE)
# fast twins of the patterns above: lower-cased text, and no regex when a needed word is missing
_FOLDED_VENUE, _FOLDED_NEGATION, _FOLDED_NOT_ONLY, _FOLDED_PLANNED, _FOLDED_MODAL_AFTER = map(Folded, (_VENUE, _NEGATION, _NOT_ONLY, _PLANNED, _MODAL_AFTER))
_FOLDED_CALLED_OFF = Folded(_CALLED_OFF)
#: Words one of which an office phrase holds (actors.ROLE_PHRASE / COUNTERPART): a cheap gate.
_FOLDED_OFFICE_WORDS = Folded(re.compile(r"\b(?:president|leader|minister|diplomat|secretary|adviser|counterparts?)\b", re.IGNORECASE))
#: "he expected to speak with him again": with no one named, the article's main pair.
_FOLDED_HE_AND_HIM = Folded(re.compile(r"\b(?:he|she)\b[^.;]{0,80}?\b(?:with|to|and|met|called|phoned|told)\s+(?:him|her)\b", re.IGNORECASE))
_FOLDED_TOPIC_TAIL, _FOLDED_PRONOUN_PAIR, _FOLDED_BOTH_SIDES, _FOLDED_ANAPHOR = map(Folded, (_TOPIC_TAIL, _PRONOUN_PAIR, _BOTH_SIDES, _ANAPHOR))
_FOLDED_THEIR_CONTACT = Folded(_THEIR_CONTACT)
#: Quoted words (and a quote cut off by a window's start): what someone said, not the writer's modality.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
#: Where a noun trigger's content clause begins ("a call on Saturday that the West would …").
_CONTENT_START = re.compile(r"\bthat\b|[\"“]")


#: ", closing their first meeting after two days of talks, issued": a participle phrase set off
#: by commas between a subject and its verb (the verb after it is the clause's)
_CLOSED_ASIDE = re.compile(r",\s+[a-z]+ing\b[^,;:]{0,120},\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|[^s\W]s)?\b(?!\s+(?:by|of)\b)")


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


#: Every word some trigger needs, or None when a trigger needs none (folded.py): each
#: pattern's words in lower-cased text (``Folded.lower_words``), the case-sensitive ones'
#: too. Blanking venues before the trigger search only turns characters into spaces, so of
#: a word with a space ("pull aside") its longest piece without one is what the sentence holds.
def _longest_piece(word: str) -> str:
    return max(word.split(" "), key=len)


_ALL_TRIGGER_PATTERNS = (*(p for _, p, _ in _FOLDED_TRIGGERS), *_CASED_TRIGGERS.values())
_ANY_TRIGGER_WORDS = (
    None if any(p.lower_words is None for p in _ALL_TRIGGER_PATTERNS)
    else fewest_words(_longest_piece(w) for p in _ALL_TRIGGER_PATTERNS for w in p.lower_words)
)


def _may_hold_trigger(sentence: str) -> bool:
    """False when no clause of ``sentence`` can hold a contact trigger (the words are missing)."""
    low = fold(sentence)
    # (compiled, any() over a generator is an inline loop; any(map(…)) was a call per word)
    return low is None or _ANY_TRIGGER_WORDS is None or any(word in low for word in _ANY_TRIGGER_WORDS)


#: _trigger's answers for the article being read (timeline_columns empties it per article):
#: a clause is asked about up to three times (its dated row, the carried subject, the
#: undated pass), a fifth of all calls on the benchmark corpus.
_TRIGGERS_SEEN: dict[str, tuple[str, str, int] | None] = {}
_MISSING = object()


def _trigger(clause: str) -> tuple[str, str, int] | None:
    """The contact type of a clause, its CAMEO rule and trigger position, or None.

    Words after a topic word are what the contact was about ("spoke by phone about a prisoner
    swap" is a phone call): the clause up to the first topic word is searched first.
    """
    hit = _TRIGGERS_SEEN.get(clause, _MISSING)
    if hit is _MISSING:
        hit = _clause_trigger(clause)
        if len(_TRIGGERS_SEEN) < 4096:  # bounded for callers that never empty it
            _TRIGGERS_SEEN[clause] = hit
    return hit


def _clause_trigger(clause: str) -> tuple[str, str, int] | None:
    """What :func:`_trigger` answers, found anew (the words before a topic word or an aside
    first: "called off a meeting …, saying talks made no sense" is the meeting)."""
    if clause[:1] in "AFBDa" and (opening := _AFTER_THE_CONTACT.match(clause)) is not None and (rest := _clause_trigger(clause[opening.end():])) is not None:
        # "Following the meeting, the presidents adopted a joint statement": the contact the
        # clause tells is the statement; the meeting is the one just told, its time
        return rest[0], rest[1], rest[2] + opening.end()
    text = _VENUE.sub(_blank, clause) if _FOLDED_VENUE.may_match(clause) else clause  # "at a G20 meeting" is a venue
    low = fold(text)
    hit = _first_trigger(text, low)
    if hit is None:
        return None  # (a trigger that matches the head matches the whole clause too)
    tail = _FOLDED_TOPIC_TAIL.start(text, low)
    if hit[0] != "statement" and ("statement" in text or "declaration" in text or "communiqu" in text or "understanding" in text) \
            and (content := _DOCUMENT_CONTENT.search(text)) is not None and (tail < 0 or content.start(1) < tail):
        tail = content.start(1)  # (the statement's text is no contact of its own)
    aside = _ASIDE.search(text, 0, tail if tail >= 0 else len(text))  # ", saying talks made no sense"
    if aside is not None and aside.start() > 0:
        tail = aside.start()
    if tail > 0:
        head = _first_trigger(text[:tail], low[:tail] if low is not None else None)
        if head is not None and not (head[0] == "prisoner release" and hit[0] == "prisoner exchange"):
            return head  # (a release "in exchange for" someone jailed "over" a donation is a swap)
    if hit[0] in _TOPIC_ONLY_KINDS and (talked := _DISCUSSED.search(text, max(0, hit[2] - 90), hit[2])) is not None and "," not in text[talked.end():hit[2]] and not _verb_between(text, talked.end(), hit[2]):
        # "the sides had discussed strategic stability and the extension of the New START
        # treaty": what they discussed is a topic, the discussion the contact
        head = _first_trigger(text[:talked.end()], low[:talked.end()] if low is not None else None)
        if head is not None:
            return head
    return hit


#: An opening phrase that places a clause after (or before) the contact just told:
#: "Following the meeting, …", "After their talks in the Kremlin, …".
_AFTER_THE_CONTACT = re.compile(r"(?:After|Following|Before|During|At\s+the\s+(?:end|close)\s+of|after|following)\s+(?:the|their|that|this|these)\s+(?:[\w-]+\s+){0,5}?"
                                r"(?:meetings?|talks|summit|session|call|conversation|encounter|negotiations)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?,\s+")
#: Contacts a discussion can be about without being one ("discussed the extension of the treaty").
_TOPIC_ONLY_KINDS = frozenset({"treaty action", "prisoner exchange", "prisoner release"})
#: "… discussed Syria and signed the treaty": a verb of its own after the discussion's topic.
_NEXT_VERB = re.compile(r"\b(?:and|then|before|after)\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]{2,}ed|signed|sign|met|spoke|held|agreed|issued|swapped|freed)\b")


def _verb_between(text: str, start: int, at: int) -> bool:
    """Whether a verb of its own (_NEXT_VERB) starts between ``start`` and the word at ``at``."""
    m = _NEXT_VERB.search(text, start, at + 12)
    return m is not None and m.start() < at


_DISCUSSED = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|spoke\s+about|conferred\s+on|focused\s+on)\b")


#: "the " right before a word: a thing already told ("the swap").
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: An envoy called in before a note is handed over ("summoned … and handed him a note").
_SUMMONED = re.compile(r"\bsummon(?:ed|s|ing)?\b", re.IGNORECASE)


def _first_trigger(text: str, low: str | None) -> tuple[str, str, int] | None:
    told_swap = None
    for name, pattern, code in _FOLDED_TRIGGERS:
        start = pattern.start(text, low)
        cased = _CASED_TRIGGERS.get(name)
        if cased is not None:
            other = cased.start(text)
            start = other if start < 0 or 0 <= other < start else start
        if start >= 0 and name == "prisoner release" and _DOCUMENT_BEFORE.search(text, max(0, start - 40), start):
            continue  # "a declassified report released on Friday": a document, not a prisoner
        if start >= 0 and name == "correspondence" and _SUMMONED.search(text, 0, start):
            continue  # "summoned U.S. Ambassador Lynne Tracy and handed her a note": the note came at a meeting
        if start >= 0 and name == "prisoner exchange" and told_swap is None and _THE_BEFORE.search(text, max(0, start - 5), start):
            # "The official said the swap followed months of talks that began after Biden raised
            # Reed's case with Putin at their summit in Geneva last June": "the swap" is one told
            # already; a contact of another kind the sentence tells is its own (else the swap)
            told_swap = (name, code, start)
            continue
        if start >= 0:
            return name, code, start
    return told_swap


def find_place(clause: str, resolver: ActorResolver) -> str:
    """Where it happened: 'on the sidelines of X in Y', 'at the X summit', else 'in <Place>'."""
    m = _FOLDED_VENUE.search(clause)
    unnamed = ""  # "at the meeting", "on the sidelines of a summit": kept if nothing better
    if m:
        venue = (m.group("venue") or m.group("venue2") or "").strip()
        city = m.group("city") or m.group("city2")
        if city and _NOT_PLACES.search(city):
            city = None  # "a summit in July"
        if not _NAMED.search(venue):
            unnamed, venue = venue.strip(" .,;"), ""
        if venue or city:
            return ", ".join(x.strip(" .,;") for x in (venue, city) if x)
    building = ""  # "at the Foreign Ministry in Moscow": the body's seat, then its city
    for m in _IN_PLACE.finditer(clause):
        phrase = m.group("p").strip()
        if _NOT_PLACES.search(phrase) or _POSSESSIVE_END.search(phrase) or _WAR_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
            continue  # "the war in Ukraine" is what they talked about, not where
        actor = resolver.resolve(phrase, fuzzy=False)
        if actor and resolver.kind[actor] in ("person", "media", "treaty"):
            continue
        phrase = _LEADING_THE.sub("", phrase).rstrip(" .,;")
        noun = _PLACE_NOUN_AFTER.match(clause, m.end())
        if noun:  # "in the Slovak capital", "at the Finnish presidential palace": the adjective's noun
            phrase += noun.group()
        seat = _BUILDING_AFTER.match(clause, m.end())
        if seat:  # "at the US embassy in Ankara": "US" names whose building it is
            phrase += seat.group()
        if not building and (seat or (phrase.rsplit(None, 1)[-1].lower() in _BUILDINGS or actor and resolver.kind[actor] in ("institution", "organisation"))):
            building = phrase
            continue
        return f"{building}, {phrase}" if building else phrase
    return building or unnamed


def cameo_for(contact_type: str, code: str, place: str, clause: str = "") -> str:
    """CAMEO code for a contact type; in-person ones depend on the place (044/042/040)."""
    if code == "place":
        if not place:
            return "040"
        return "042" if HOME_PLACES.search(place) else "044"
    if code == "treaty":
        return "057" if _RATIFY.search(clause) else "160"
    return code


def modality(clause: str, trigger_pos: int, value_direction: str = "") -> str:
    """occurred | planned | denied, from negation before the trigger and modal cues."""
    if '"' in clause or "“" in clause:  # '"a nuclear war … must never be fought," capping a summit'
        clause = _QUOTED.sub(_blank, clause)
    before = clause[max(0, trigger_pos - 45):trigger_pos]
    if "since" in before and _SINCE_THEIR.search(before):
        return "occurred"  # "have not held talks since their Helsinki summit": the summit took place
    # ("a meeting … was shelved after the two men spoke by telephone", "proposed a summit …
    # after the two leaders spoke by phone": what was shelved or proposed is another event)
    event_break = max((m.end() for m in _EVENT_BREAK.finditer(clause, 0, trigger_pos)), default=0) if trigger_pos > 0 else 0
    if event_break:
        before = clause[max(event_break, trigger_pos - 45):trigger_pos]
    low = fold(before)
    if _FOLDED_NEGATION.start(before, low) >= 0 and _FOLDED_NOT_ONLY.start(before, low) < 0:
        return "denied"
    early = _EARLY_CONTACT.search(clause, event_break, trigger_pos) if trigger_pos - event_break > 45 else None
    if early is not None:
        # "no plans for Biden to meet Mr. Putin, a summit that …": the contact is negated where
        # it is first told, before the word that names its type
        first = clause[max(0, early.start() - 45):early.start()]
        if _NEGATION.search(first) and not _NOT_ONLY.search(first):
            return "denied"
    after_trigger = clause[trigger_pos:trigger_pos + 130]
    other = _OTHER_EVENT.search(after_trigger)
    if other is not None:
        after_trigger = after_trigger[: other.start()]  # not "…, after Trump cancelled their planned meeting"
    if _FOLDED_CALLED_OFF.start(after_trigger) >= 0 or _FOLDED_CALLED_OFF.start(before, low) >= 0:
        return "denied"  # "a planned meeting … was called off", "called off a meeting": it did not take place
    if _DENIED_REPORT.search(clause, event_break, trigger_pos):
        return "denied"  # "the Kremlin denied a report that Trump had spoken with Putin"
    # cues before the trigger, or a modal shortly after a noun trigger ("a meeting … could take place")
    after = _CONTENT_START.split(clause[trigger_pos:trigger_pos + 60].split(",")[0], 1)[0]  # not "… call that the West would respond"
    if value_direction == "future" or _FOLDED_PLANNED.start(clause[event_break:trigger_pos]) >= 0 or _FOLDED_MODAL_AFTER.start(after) >= 0:
        return "planned"
    if clause.startswith("invit", trigger_pos) or _DATE_FOR_BEFORE.search(clause, max(event_break, trigger_pos - 60), trigger_pos):
        return "planned"  # "invited the Russian leader to his ranch": a visit still to come
    if _IS_TO_BEFORE.search(clause, event_break, trigger_pos):
        return "planned"  # "Mr. Christopher was to meet Kozyrev today", "Gorbachev is to have breakfast with Bush"
    return "occurred"


def main_pair(article, resolver: ActorResolver) -> list[str]:
    """The article's most-mentioned US person and Russian person (for 'they', 'the two'); of
    two named as often, the one named first (the subject of a lead, not a topic after it).
    Spokespeople are left out: they speak of contacts, they rarely take part in them."""
    counts: dict[str, int] = {}  # in the order of first mention
    published = getattr(article, "published", None)
    when = published.isoformat() if published is not None else None  # ("President Bush" in 1990: the father)
    for text in article.analysable_lists["text"]:
        for m in resolver.find(text):
            actor_id = resolver.in_era(m.actor_id, when)
            counts[actor_id] = counts.get(actor_id, 0) + 1
    pair = []
    for side in ("US", "Russia"):
        people = [(n, -k, a) for k, (a, n) in enumerate(counts.items())
                  if resolver.kind[a] == "person" and resolver.side[a] == side and not SPOKESPERSON_ROLE.search(resolver.info[a].get("role", ""))]
        if people:
            pair.append(max(people)[2])
    return pair


class ParagraphMentions:
    """The actor mentions of one paragraph, cut out for a clause of one of its sentences.

    Scanning every clause again cost more than the rest of participants_in; the resolver has
    the paragraph's mentions already (memoised: the mentions analyser read the paragraph).
    They equal a scan of the clause when no word and no check of a neighbouring character
    reaches across its ends (it is cut next to whitespace or punctuation other than "-") and no
    mention crosses them; otherwise :meth:`within` says None and the clause is scanned as before.
    """

    def __init__(self, text: str, resolver: ActorResolver):
        self.text = text
        # offsets of the lower-cased text must be the text's, and lower-casing a piece must
        # give that piece of the lower-cased whole (the final-sigma rule looks at neighbours)
        self.exact = len(text.lower()) == len(text) and "\u03a3" not in text
        self.found = resolver.find(text) if self.exact else []
        self.ends = [m.end for m in self.found]
        self.cuts = resolver.context_cuts(text) if self.exact else ()  # "Gennadi | Gerasimov": read otherwise if cut between

    def within(self, start: int, end: int) -> list[tuple[int, int, str]] | None:
        """(start, end, actor_id) of the mentions in ``text[start:end]``, offsets from ``start``;
        None when a scan of that piece could find something else."""
        text = self.text
        if not self.exact:
            return None
        # a word, or the resolver's look at the character before a mention ("-" or a letter
        # rejects it) and the two after it ("-" and a letter reject it), must not reach across;
        # nor may the piece start inside the space-delimited word before a mention, which the
        # resolver reads to tell namesakes apart ("…’Sergey Bout": not "Sergey Bout")
        if start > 0 and not text[start - 1].isspace() and not text[start:start + 1].isspace():
            return None
        if end < len(text) and _WORD_OR_HYPHEN.match(text, end) and not (end > start and text[end - 1].isspace()):
            return None
        if self.cuts and any(ws < start <= ms for ws, ms in self.cuts):
            return None
        out = []
        found = self.found
        for k in range(bisect_right(self.ends, start), len(found)):
            m = found[k]
            if m.start >= end:
                break
            if m.start < start or m.end > end:
                return None  # crosses an end of the piece
            out.append((m.start - start, m.end - start, m.actor_id))
        return out


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
#: Someone a caller could not reach, before the name: "Unable to reach President Bush".
_NOT_REACHED = re.compile(r"\b(?:[Uu]nable|[Ff]ail(?:ing|ed))\s+to\s+(?:reach|get\s+through\s+to)\s+(?:(?:President|Secretary|Mr\.?|Ms\.?|Mrs\.?)\s+)?$")
#: People named as whose aides the participants are: "aides to President Putin".
_AIDES_TO = re.compile(r"\b(?:aides?|advisers?|advisors?|envoys?|deputy|deputies|spokes(?:man|woman|person))\s+to\s+(?:the\s+)?(?:(?:Russian|Soviet|U\.S\.|US|American)\s+)?(?:(?:President|Prime\s+Minister|Secretary\s+of\s+State|Foreign\s+Minister)\s+)?$")
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:predecessor|successor|deputy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|envoy|wife|husband|son|daughter|office|government|administration|team|representative|counterpart|lawyer|funeral|death|burial|inauguration|election|re-election|arrest|release|trial|conviction|sentencing|resignation|illness|birthday|victory|invasion|speech|address)\b")  # ("after Chernenko's funeral": whose, not who)
#: (a title may stand between: "according to Kremlin aide Yuri Ushakov", "according to the
#: national security adviser, Stephen J. Hadley"; not "according to a deal with Putin")
_ACCORDING_TO = re.compile(r"[Aa]ccording\s+to\s+(?:(?:the|a|an|[A-Z][\w.’'-]*|senior|top|deputy|chief|foreign|press|national|security|policy|presidential|former|"
                           r"aides?|spokes(?:man|woman|person)|advis[eo]rs?|officials?|ministers?|envoys?|secretary|diplomats?|ambassadors?|negotiators?|of|to),?\s+){0,6}$")


#: A contact the speaker had, told as a noun: "his meeting with", "this week's summit with",
#: "Thursday's call with", "their talks with".
_OWN_CONTACT_WITH = re.compile(
    r"\b(?:his|her|their|my|our|this\s+week['’]s|last\s+week['’]s|yesterday['’]s|today['’]s|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|summit|talks|call|conversation|encounter|discussions?|negotiations)\s+with\b"
)


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_HIM_OR_HER = re.compile(r"\b(?:him|her)\b")


_OWNER_OF_CONTACT = re.compile(r"\b[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
#: "… over the first encounter between the two presidents": the contact word, then its people.
_WHOLE_CONTACT_AFTER = re.compile(r"[\w-]+\s+(?:between|with)\s")


def participants_in(clause: str, resolver: ActorResolver, pair: list[str], mentions: ParagraphMentions | None = None, offset: int = 0, when: str | None = None,
                    prisoner: str | bool = False, trigger_at: int = -1) -> tuple[list[str], bool]:
    """Canonical actor ids taking part in the clause's event, and whether 'they' was expanded.

    Speakers ("X said"), media, treaties and organisations are left out; actors named after a
    topic word ("spoke about a proposal to release Whelan") are topics, not participants.
    ``mentions``: those of the paragraph the clause starts in at ``offset`` (saves a scan).
    People named by office ("the Russian foreign minister", "his Russian counterpart") count
    as the holder of that office on ``when`` (the publication date, ISO).
    ``trigger_at``: where the clause's contact word is, when known.
    ``prisoner``: "exchange" or "release" when the clause reports a prisoner swap or release,
    whose participants are the people swapped or freed — an aside names them too (", with
    Turkey saying 26 people were exchanged, among them …"), topic words do not end them
    ("jailed over a donation"), and in a one-way release a side without a named person keeps
    its country ("Russia freed Marc Fogel").
    """
    tail = -1 if prisoner else _FOLDED_TOPIC_TAIL.start(clause)  # (the people swapped are no topic)
    if 0 <= tail < trigger_at and (_OWNER_OF_CONTACT.search(clause, max(tail, trigger_at - 60), trigger_at) or _WHOLE_CONTACT_AFTER.match(clause, trigger_at)):
        # "It will hang over Hillary Clinton's first meeting with Sergey Lavrov": the contact is
        # told whole after "over" (its owner, its word, its partner), not as what another was about
        tail = _FOLDED_TOPIC_TAIL.start(clause[trigger_at:])
        tail = tail + trigger_at if tail >= 0 else -1
    topic: tuple[int, int] | None = None
    raised = _RAISED_WITH.match(clause, trigger_at) if trigger_at >= 0 and not prisoner else None
    if raised is not None:
        # "raised the case of Paul Whelan with Putin", "raised Griner's case with Lavrov": the
        # matter raised is a topic up to "with"; the one after it takes part
        topic = (trigger_at, raised.start("with"))
        if trigger_at <= tail < topic[1]:
            later = _TOPIC_TAIL.search(clause, raised.end())
            tail = later.start() if later else -1
    end = _TOPIC_END.search(clause, tail + 1, trigger_at) if 0 <= tail < trigger_at and raised is None else None
    if end is not None:
        # "agreed Tuesday to work toward ending the war in Ukraine after talks …, where Rubio …":
        # a topic before the contact's own word is only its phrase, up to a comma or "after"
        # (without one the contact word is in the topic: "in touch about arrangements for the summit")
        topic = (tail, end.start())
        later = _TOPIC_TAIL.search(clause, trigger_at)
        tail = later.start() if later else -1
    scope = clause[:tail] if tail >= 0 else clause
    low = fold(scope)
    found = mentions.within(offset, offset + len(scope)) if mentions is not None else None
    if found is None:
        found = [(m.start, m.end, m.actor_id) for m in resolver.find(scope)]
    if topic is not None:
        found = [f for f in found if not topic[0] <= f[0] < topic[1]]
    if _FOLDED_OFFICE_WORDS.may_match(scope, low):
        named = [x for _, _, x in found if resolver.kind[x] == "person"]
        first_person = named[0] if named else None
        if first_person is None and "counterpart" in (low if low is not None else scope.lower()):
            # "Russia's foreign minister spoke … with his American counterpart": the subject is
            # named by office too
            first_person = next((x for _, _, x in offices_in(scope, resolver, when)), None)
        people_at = [(a, b) for a, b, x in found if resolver.kind[x] == "person"]
        offices = [o for o in offices_in(scope, resolver, when, first_person, tuple(named[1:])) if not any(a < o[1] and o[0] < b for a, b in people_at)]
        if offices:  # an office outranks the country named inside it ("the US secretary of state")
            found = sorted([*(f for f in found if not any(o[0] < f[1] and f[0] < o[1] for o in offices)), *offices])
    if len(found) > 2 and not prisoner:
        aside = _ASIDE.search(scope)
        if aside is not None:
            found = [f for f in found if f[0] < aside.start()]
    if len(found) > 2 and trigger_at >= 0 and ", then " in scope and (then := _THEN_CLAUSE.search(scope, trigger_at)) is not None:
        # "spoke with Putin for two hours on Monday, then called Zelensky": the next call is another
        found = [f for f in found if f[0] < then.start()]
    ids: list[str] = []
    places: set[str] = set()  # bodies that do not act in the clause ("at the White House", "Washington's policy")
    speakers: list[tuple[int, str]] = []  # (end, actor id) of people left out as speakers
    joint: list[str] = []  # speakers who share the subject with a person of the other side
    away_possible = "ith " in scope  # ("With President Bush aboard …": see _AWAY_AFTER)
    if found:
        attributions = low is None or "according" in low  # else _ACCORDING_TO cannot match
        info = resolver.info
        for start, end, actor_id in found:
            actor = info[actor_id]
            if actor["kind"] in ("media", "treaty", "organisation") or actor["side"] == "media":
                continue
            if scope[end:end + 1] in ("'", "’") and _POSSESSIVE_NOUN.match(scope, end):
                continue  # "Belousov's predecessor, Sergei Shoigu": the possessor is not there
            if " to " in scope[max(0, start - 60):start] and _AIDES_TO.search(scope, max(0, start - 60), start):
                continue  # "top aides to Russian President Vladimir Putin, Yuri Ushakov and …": whose aides they are
            if " to " in scope[max(0, start - 60):start] and _NOT_REACHED.search(scope, max(0, start - 60), start):
                continue  # "Unable to reach President Bush aboard Air Force One, Putin spoke instead with Rice": not reached, no party
            if away_possible and _AWAY_AFTER.match(scope, end) and _WITH_BEFORE.search(scope, max(0, start - 30), start):
                continue  # "With President Bush aboard Air Force One, Mr. Putin reached Rice": away, no party
            if actor["kind"] == "institution" and not (start <= 4 and _ACTING_VERB.match(scope, end)):
                places.add(actor_id)  # only a body acting as the clause's subject stands for its side
            if _SPEECH.match(scope[end:]) or (attributions and _ACCORDING_TO.search(scope, 0, start)) or _told_media(scope, end, found, info):
                if actor["kind"] == "person":
                    speakers.append((end, actor_id))
                    if ids and _JOINT_SUBJECT.search(scope, max(0, start - 70), start) and resolver.side[ids[-1]] != actor["side"] and resolver.kind[ids[-1]] == "person":
                        joint.append(actor_id)  # "Kerry and Russian Foreign Minister Sergey Lavrov announced a deal after talks": both the talks'
                continue
            if actor_id not in ids:
                ids.append(actor_id)
    kind = resolver.kind
    people = [a for a in ids if kind[a] == "person"]
    if len(people) == 1 and joint and joint[0] not in ids:
        ids.append(joint[0])
        people.append(joint[0])
    if len(people) == 1 and speakers:
        # "Reagan said this week's summit with Gorbachev had …", "Blinken said his meeting with
        # Lavrov was brief": the speaker tells of his own contact with the one named after "with"
        for end, actor_id in speakers:
            if resolver.side[actor_id] != resolver.side[people[0]] and actor_id not in ids and (
                    _OWN_CONTACT_WITH.search(scope, end) is not None
                    # "Blinken said Tuesday that a meeting with Lavrov planned for Thursday would
                    # no longer take place": the contact he speaks of is his (not a spokesman's)
                    or _SAID_A_CONTACT_WITH.match(scope, end) is not None and not SPOKESPERSON_ROLE.search(resolver.info[actor_id].get("role", ""))):
                ids.insert(0, actor_id)
                people.insert(0, actor_id)
                break
    if len(people) == 1 and speakers and trigger_at >= 0 and _LETTER_WORD.match(scope, trigger_at):
        # "In a New Year's message to President Trump …, Vladimir Putin said …": the writer speaks
        for _end, actor_id in speakers:
            if resolver.side[actor_id] != resolver.side[people[0]] and actor_id not in ids and not SPOKESPERSON_ROLE.search(resolver.info[actor_id].get("role", "")):
                ids.insert(0, actor_id)
                people.insert(0, actor_id)
                break
    if len(people) == 1 and speakers:
        # "Trump said he would call Putin": the pronoun after the speaker is the speaker
        for end, actor_id in speakers:
            pron = _SUBJECT_PRONOUN.search(scope, end)
            if pron and actor_id not in ids and pronoun_fits(resolver.info[actor_id]["name"], pron.group(1)):
                ids.insert(0, actor_id)
                people.insert(0, actor_id)
                break
    expanded = False
    if len(pair) == 2 and people and "leaders" in low and _SIDES_LEADERS.search(scope) is not None and not set(pair) <= set(ids):
        # "the talks between the Soviet and American leaders continued … with the participation
        # of Shevardnadze and Shultz": the two leaders told of, and those who joined them
        ids.extend(a for a in pair if a not in ids)
        people = [a for a in ids if kind[a] == "person"]
        expanded = True
    if not people and len(pair) == 2 and "the two " in low and (both := _TWO_COUNTRIES.search(scope)) is not None and (trigger_at < 0 or both.start() < trigger_at):
        # "the two countries will launch a dialogue on strategic stability": the governments,
        # not the leaders told of (as annotators list such a contact: the two countries)
        countries = _the_two_countries(resolver, when)
        return [*ids, *(c for c in countries if c not in ids)], True
    two = len(people) < 2 and bool(pair) and _FOLDED_PRONOUN_PAIR.start(scope, low) >= 0
    if len(people) < 2 and pair and (two or _FOLDED_THEIR_CONTACT.start(scope, low) >= 0 or not people and _FOLDED_HE_AND_HIM.start(scope, low) >= 0):
        # (one of them named and "their" call: "he and President Donald Trump, in their phone
        # call" adds the other side's one of the pair, not a second person of the named one's side)
        named_sides = set() if two else {resolver.side[a] for a in people}
        for a in pair:
            if a not in ids and resolver.side[a] not in named_sides:
                ids.append(a)
                expanded = True
        people = [a for a in ids if kind[a] == "person"]
    if len(people) == 1 and len(pair) == 2 and "the " in scope:
        nominal = _SIDE_NOMINAL.search(scope)
        side = None if nominal is None else "Russia" if nominal.group(1).lower() in ("russian", "soviet") else "US"
        named = next((a for a in pair if resolver.side[a] == side), None) if side and resolver.side[people[0]] != side else None
        if named is not None and named not in ids:
            # "Earlier in the day the Russian diplomat held talks with Pompeo": the one of the
            # pair just told of on that side
            ids.insert(0, named)
            people.insert(0, named)
            expanded = True
    # ("… on Thursday, a day after he held talks with President Medvedev": "he" is the one of the
    # pair on the other side from the one named, though the one named is not of the pair)
    other_side = [a for a in pair if resolver.side[a] != resolver.side[people[0]]] if len(people) == 1 and len(pair) == 2 and people[0] not in pair else []
    he = _HE_OR_SHE.search(scope, 0, trigger_at) if len(people) == 1 and len(pair) == 2 and (people[0] in pair or len(other_side) == 1) and not speakers and trigger_at > 0 else None
    named_at = min((f[0] for f in found if f[2] == people[0]), default=-1) if len(people) == 1 else -1
    if he is None and 0 <= named_at <= 40 and len(pair) == 2 and people[0] in pair and not speakers:
        # (the one named opens the clause, its subject: "summoned Sullivan and handed him a note" is Sullivan)
        him = _HIM_OR_HER.search(scope, named_at)
        he = him if him is not None and him.start() <= trigger_at + 40 else None  # "Mr Gorbachev hosted him at a state dinner"
        named_at = len(scope) + 1 if he is not None else named_at
    if he is not None and he.start() < named_at:
        # "the four hours he spent with Boris Yeltsin": "he", before the one person named, is
        # the other one of the pair told of ("Baker …, where he cut short a visit" is Baker)
        other = other_side[0] if other_side else pair[1] if pair[0] == people[0] else pair[0]
        if pronoun_fits(resolver.info[other]["name"], he.group()):
            ids.insert(0, other)
            people.insert(0, other)
            expanded = True
    if people:
        sides_with_people = {resolver.side[a] for a in people}
        # "The State Department summoned Russian Ambassador Anatoly Antonov": a body acting
        # for the side no person speaks for stands for its country (not one named as a place)
        acting = next((_COUNTRY_OF_SIDE[resolver.side[a]] for a in ids if kind[a] == "institution" and resolver.side[a] in _COUNTRY_OF_SIDE
                       and resolver.side[a] not in sides_with_people and a not in places), None) if len(sides_with_people) == 1 and not prisoner else None
        ids = [a for a in ids if a in people or prisoner == "release" and resolver.side[a] not in sides_with_people]
        if prisoner == "release":
            # "jailed in Moscow …, flew out of Russia": the side that freed him is its country, once
            ids = list(dict.fromkeys(_COUNTRY_OF_SIDE[resolver.side[a]] if kind[a] == "institution" and _COUNTRY_OF_SIDE.get(resolver.side[a]) in resolver.info else a for a in ids))
        if acting and acting in resolver.info and acting not in ids:
            ids.append(acting)
    elif not prisoner:
        # no person named: a side is its country ("negotiations between Washington and Moscow",
        # "the Kremlin and the White House"), as the annotation guide and news readers count it
        ids = [_COUNTRY_OF_SIDE[resolver.side[a]] if kind[a] == "institution" and resolver.side[a] in _COUNTRY_OF_SIDE and _COUNTRY_OF_SIDE[resolver.side[a]] in resolver.info else a for a in ids]
    spokes = [a for a in ids if kind[a] == "person" and SPOKESPERSON_ROLE.search(resolver.info[a].get("role", ""))] if len(ids) > 2 else []
    if spokes and not prisoner:
        # "Peskov on Monday denied a report that Trump had spoken with Putin": a spokesman who
        # tells of a contact between two others is not a party to it
        rest = [a for a in ids if a not in spokes]
        if {"US", "Russia"} <= {resolver.side[a] for a in rest if kind[a] == "person"}:
            ids = rest
    if _FOLDED_BOTH_SIDES.start(scope) >= 0:
        for a in ("united_states", "russia"):
            if a in resolver.info and a not in ids and not any(resolver.side[i] == resolver.side[a] for i in ids):
                ids.append(a)
    ids = [_as_of(a, when, resolver) for a in ids]
    return list(dict.fromkeys(resolver.in_era(a, when) for a in ids)), expanded  # "President Bush" in 1990 is the father


#: A contact word that is a letter or a message (its writer may be the one who speaks).
_LETTER_WORD = re.compile(r"(?:letters?|messages?|greetings|telegrams?)\b", re.IGNORECASE)
#: "said Tuesday that a meeting with Lavrov …": the speaker's own contact with the one named.
_SAID_A_CONTACT_WITH = re.compile(r"\s*,?\s*(?:said|says|told\s+\w+|announced|confirmed)\s+(?:on\s+)?(?:[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|call|conversation|visit)\s+with\b"
                                  # "Ryabkov said after nearly eight hours of talks with Sherman …": his own talks
                                  r"|\s*,?\s*(?:said|says|told\s+\w+)\s+(?:after|following)\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?(?:meeting|summit|talks|call|conversation)\s+with\b")


#: "the Russian diplomat", "the American visitor": a person of one side named by a common noun.
_SIDE_NOMINAL = re.compile(r"\bthe\s+(Russian|Soviet|American|U\.S\.|US)\s+(?:diplomat|envoy|minister|official|leader|visitor|guest|negotiator|statesman)\b(?!\s+[A-Z])")
#: The Soviet Union's last day: a story before it calls the Russian side by that name.
_SOVIET_END = "1991-12-26"


_COUNTRY_OF_SIDE = {"US": "united_states", "Russia": "russia"}
#: Leaders agreeing to talks, or teams named as holding them (see _event_fields).
_AGREED_TALKS = re.compile(r"\b(?:agreed|agree|agreeing|decided|pledged)\b[^.;]{0,60}?\b(?:open|resume|start|begin|launch|hold|restart|pursue)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:talks|negotiations|dialogue|consultations)\b", re.IGNORECASE)
_TEAMS_TALK = re.compile(r"\b(?:their|the\s+two\s+sides['’]?|both\s+sides['’]?)\s+(?:teams|negotiators|representatives|delegations|experts|envoys)\b", re.IGNORECASE)


def _as_of(actor_id: str, when: str | None, resolver: ActorResolver) -> str:
    """A country as it was called on ``when`` (ISO): the Russian side is the Soviet Union in a
    story before 1992."""
    if actor_id == "russia" and when and when < _SOVIET_END and "soviet_union" in resolver.info:
        return "soviet_union"
    return actor_id


_LETTER_FROM = re.compile(r"\b(?:letters?|messages?|notes?|greetings|telegrams?)\s+from\s+", re.IGNORECASE)
_OTHER_EVENT = re.compile(r",?\s+(?:after|because|since|when|as|before|while)\s+", re.IGNORECASE)
_TRIED_TO_REACH = re.compile(r"\b(?:tried|tries|trying|attempted|attempts|sought)\s+(?:unsuccessfully\s+|repeatedly\s+)?to\s+(?:reach|call|phone|telephone|contact)\b")
#: A call that did not connect ("was unable to get through", "could not reach him").
_NOT_THROUGH = re.compile(r"\b(?:unable|failed)\s+to\s+(?:get\s+through|reach)|(?:could\s+not|couldn['’]t|did\s+not|didn['’]t)\s+(?:get\s+through|reach|answer)|without\s+success|to\s+no\s+avail"
                          r"|(?:declined|refused)\s+to\s+(?:take|answer|return)\s+(?:his|her|their|the)\s+calls?|rebuffed|instead\s+(?:spoke|talked)", re.IGNORECASE)
#: Where a clause turns to another event before a contact word ("… was shelved after the two
#: men spoke by telephone"): modal and negation cues before it are that event's.
#: (and a participle clause after a comma: "agreed that by May 30 neither country's missiles
#: would be aimed at the other, signing the declaration at the end of four hours of talks" —
#: the talks are not in the "would" of what was agreed)
_EVENT_BREAK = re.compile(r"(?:,\s+|\s+)(?:after|because|since|when|before|while|once|until)\s+|,\s+as\s+|,\s+(?-i:(?=[a-z]+ing\s+(?:the|a|an|their|his|her)\s))", re.IGNORECASE)
_SINCE_THEIR = re.compile(r"\bsince\s+(?:their|the|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_EARLY_CONTACT = re.compile(r"\b(?:meet|met|meeting|talks?|call|speak|spoke|visit)\b", re.IGNORECASE)
_IS_TO_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+to\s+(?:have\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?)?$", re.IGNORECASE)
_ACTING_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:summoned|called\s+in|invited|hosted|received|welcomed|handed|delivered|sent)\b", re.IGNORECASE)


def _the_two_countries(resolver: ActorResolver, when: str | None) -> list[str]:
    """The two countries as actors of ``when`` (the United States, and Russia or the Soviet
    Union): the participants of a contact of the two governments."""
    return [_as_of(_COUNTRY_OF_SIDE[side], when, resolver) for side in ("US", "Russia")]


def _by_rank(contact_type: str, code: str, ids: list[str], resolver: ActorResolver, when: str | None = None) -> tuple[str, str]:
    """The contact type as news ranks it by who meets: the two heads of state meeting or
    holding talks is a summit ("Trump hosted Putin in Anchorage"); a head of state "holding
    talks" with an envoy or a minister of the other side receives a visitor — an in-person
    meeting ("Putin held three hours of talks with Witkoff at the Kremlin"). Rank is taken
    on ``when``, the contact's date if known (Biden visiting Putin in 2011 met a prime
    minister as vice president)."""
    if contact_type not in ("in-person meeting", "talks/negotiations"):
        return contact_type, code
    heads = {resolver.side[a] for a in ids if is_head_of_state(resolver.info[a], when)}
    if {"US", "Russia"} <= heads:
        return "summit", "place"
    if contact_type == "talks/negotiations" and heads & {"US", "Russia"}:
        return "in-person meeting", "place"
    return contact_type, code


_YEAR_FIRST = re.compile(r"\d{4}(?:-\d\d)?(?:-\d\d)?$")


def _sides(ids: list[str], resolver: ActorResolver) -> set[str]:
    return {resolver.side[a] for a in ids}


def _time_role(t, clause: str) -> str:
    if t.type == "duration":
        return "duration"
    if t.type == "set":
        return "frequency"
    if "SINCE" in t.mod:
        return "since"
    if t.rule in ("vague_duration", "vague_duration_of", "past_n_units") and _FIRST.search(clause):
        return "gap"
    if t.type == "time" and t.start is None:
        return "time of day"  # "at noon": the day is the event's (a "Tuesday evening" is a when)
    return "when"


#: ", which …" after a date: a relative clause that may tell a contact of its own.
_RELATIVE_WHICH = re.compile(r",\s+which\b")
#: The document a "which" clause tells the signing of: "the … Treaty, which …".
_DOCUMENT_BEFORE_WHICH = re.compile(r"\b(?:[Tt]reaty|pact|accord|START|[Aa]greement),$")
#: A document, then a restrictive relative clause: "the treaty that Obama and Medvedev signed"
#: (or a reduced one: "the treaty signed by …", "the pact their presidents … signed").
_DOCUMENT_THAT = re.compile(r"\b(?:treaty|pact|accord|agreement|declaration)\s+(?:(?:that|which)\s+|(?=signed\s+by\s|(?:their|the\s+two)\s+(?:presidents|leaders)\b))")


def _own_contact_in(text: str, start: int, end: int, resolver: ActorResolver) -> bool:
    """Whether ``text[start:end]`` tells a contact with named people of both sides."""
    piece = text[start:end]
    if _trigger(piece.strip()) is None:
        return False
    return {"US", "Russia"} <= {resolver.side[m.actor_id] for m in resolver.find(piece) if resolver.kind[m.actor_id] == "person"}


#: Words that make what a date's possessive owns the contact's time: "within hours of Tuesday's attacks".
_ANCHOR_BEFORE = re.compile(r"\b(?:after|before|during|since|following|ahead\s+of|(?:hours|days|minutes|weeks|eve|wake|day)\s+of|until|amid|throughout|at|in)\s+(?:\S+\s+)?$", re.IGNORECASE)
#: A contact among the words a date's possessive owns: "Tuesday's |brief phone call|", not
#: "last week's |chemical attack|".
_CONTACT_NOUN_AHEAD = re.compile(r"\s*(?:[\w“”\"’'–-]+\s+){0,3}?[\w–-]*?(?:calls?|phone|telephone|conversations?|meetings?|talks|summits?|sessions?|encounters?|visits?|dinner|lunch|luncheon|breakfast|negotiations|"
                                 r"discussions?|exchanges?|swaps?|trade|letters?|messages?|statements?|declarations?|communiqu[eé]s?|readouts?|chats?|videoconference|video|round|handshake|signing|ceremony|"
                                 r"consultations|dialogue|contacts?|sit-down|tête-à-tête|get-together|one-on-one|bilateral|trip|days|hours|extension|ratification|treaty|accord|agreement|pact|deal)\b", re.IGNORECASE)


_WHEN = re.compile(r",?\s*when\s+")
#: The end of a when-clause: not the period of "Mr." or "Vladimir V. Putin" inside the sentence.
_WHEN_STOP = re.compile(r""";|\.(?=[\s"”’']*$)|,\s+(?:but|and|while)\b""")
#: Characters of a clause kept on each side of its date. News clauses are far shorter; a
#: "sentence" of thousands of dates with no clause break (hostile input) stays linear.
CLAUSE_WINDOW = 400
#: Longer sentences are shown in the ``sentence`` column as a window around the expression.
MAX_SENTENCE_CHARS = 1000


#: ", the White House said on Saturday." closing a sentence: the date is when it was said, not
#: when the contact the sentence reports happens. The attribution after the sentence's last
#: comma: a short subject, a reporting verb, maybe "in a statement"; nothing after the date.
_DENIED_REPORT = re.compile(r"\b(?:denied|denies|deny)\s+that\b|\b(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:(?:a|an|the|media|press|news|western|recent|earlier|[A-Z][\w.’'-]*)\s+){0,5}(?:reports?|claims?|suggestions?|allegations?|story|stories|speculation|rumou?rs?)"
                            # "denied claims in a new book by journalist Bob Woodward that …"
                            r"\s+(?:(?:in|by|from|made|published|carried)\s+(?:[\w.’'-]+\s+){1,7}?)?(?:that|of)\b", re.IGNORECASE)
#: A date right before "that" after a reporting verb ("announced on Tuesday that …"), or right
#: before the verb ("The Kremlin on Monday denied …"): the date of the report.
_REPORT_VERB_BEFORE = re.compile(r"\b(?:" + _REPORTING_VERBS + r"|told\s+[\w.’'-]+(?:\s+[\w.’'-]+)?)\s*$")
_REPORT_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:" + _REPORTING_VERBS + r"|denied|dismissed|rejected)\b")  # ("on Monday flatly denied")
#: "that", or the subject of a that-less report ("said on Tuesday he had called off …")
_THAT_AFTER = re.compile(r"\s*,?\s*(?:that|he|she|they|it|we|I|the|no|(?-i:[A-Z][\w’'-]*))\b", re.IGNORECASE)
_REPORTED_BEFORE = re.compile(
    r",\s*(?P<seg>[^,;:\u201c\u201d\"]{1,80}?\b(?:told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+briefing|the\s+press|state\s+television|[A-Z][\w-]+)"
    # (an adverb may follow the verb: "…, the White House and the Kremlin announced simultaneously on Thursday")
    r"|" + _REPORTING_VERBS + r"|posted)(?:\s+(?:[a-z]{3,}ly|separately|later|too|also|again))?(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+[\w -]{1,40}?)?)\s*$"
)
_NOTHING_AFTER = re.compile(r"[\s.!?\u201d\u2019\"')\]]*$")
#: Where a closing attribution may end besides the sentence's end: ", adding that …", ", a day
#: after …", ", hours after …" ("…, Peskov said Thursday, adding that …").
_ATTRIBUTION_END = re.compile(r"\s*,\s+(?:[a-z]+ing\b|(?:a|one|two|three|several|some)\s+(?:day|days|week|weeks|hours?)\s+(?:after|before)\b|hours\s+(?:after|before)\b|days\s+(?:after|before)\b|(?:after|before|as|when|while|but|and|which)\b)")
#: A wire dateline that opens a sentence, to where its story starts ("WASHINGTON, May 10
#: (Reuters) -", "MOSCOW, August 7. /TASS/."); a date in it is the report's.
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][a-zA-Z ]+?)?[,.]?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\.?\s*)?(?:\([^()]{1,40}\)\s*)?(?:[-–—]+|/[A-Z][\w -]{1,20}/\.)\s+")
#: An agency's dateline in mixed case: "Washington, December 8 TASS — ", "Moscow, March 3 (Interfax) - ".
_AGENCY_DATELINE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*\(?(?:TASS|Tass|ITAR-TASS|Reuters|AP|AFP|UPI|Interfax|RIA\s+Novosti|Xinhua)\)?\.?\s*[-–—]+\s+")


def _dateline(text: str) -> re.Match | None:
    """The dateline a sentence opens with, in capitals ("WASHINGTON, May 10 (Reuters) - ") or an
    agency's mixed case ("Washington, December 8 TASS — "), else None."""
    if not text[:1].isupper():
        return None
    return _DATELINE.match(text) if text[1:2].isupper() else _AGENCY_DATELINE.match(text)


#: Where a topic phrase before the contact word ends ("toward ending the war in Ukraine| after talks").
_TOPIC_END = re.compile(r",|\s(?:after|before|during|following|at|when|as|in\s+(?:their|the|a|his|her))\s")
#: A clause whose subject is a third country's official or body ("Saudi Foreign Minister …").
_THIRD_PARTY_SUBJECT = re.compile(r"(?:the\s+)?(?:Saudi|Turkish|Swiss|Finnish|Austrian|Hungarian|Emirati|Qatari|Indian|Chinese|Japanese|French|German|British|Italian|Israeli|Egyptian|Belarusian|Kazakh|Vietnamese|Indonesian|Icelandic|Slovenian|Czech|Polish|Ukrainian|UN|U\.N\.|NATO|EU)\b")
#: "the first call (between the two men) since": what follows dates the previous contact.
_NTH_CONTACT_SINCE = re.compile(r"\b(?:first|second|third|fourth|latest|last)\s+(?:[\w-]+\s+){0,3}?(?:call|meeting|conversation|contact|talks|summit|encounter|exchange|visit|time)s?\b[^,;.]{0,100}?$"
                               r"|\b(?:their|his|her|its)\s+(?:first|second|third|fourth|fifth)\s+$", re.IGNORECASE)  # "a call on Friday, their first since Feb. 18"
#: "since the Group of 20 summit in Osaka ": a date of the contact "since" names follows
#: (not "their biggest swap since the Cold War on Thursday": that date is the swap's).
_SINCE_EVENT_BEFORE = re.compile(
    r"\bsince\s+(?:the|their|his|her|its|a|an)\s+(?:[\w-]+\s+){0,4}?(?:summit|meeting|talks|call|visit|encounter|conversation)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+$"
)
#: "… if Russia invades Ukraine during a two-hour video call": the contact word in a setting.
_DURING_BEFORE = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
#: "Asked whether she would meet Putin": a question, not a contact.
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if)\b[^,;.]{0,60}$", re.IGNORECASE)
#: A document "released on Friday" is no prisoner set free.
_DOCUMENT_BEFORE = re.compile(r"\b(?:report|statement|video|document|data|transcript|readout|letter|footage|list|figures|images|photos|recording|tape|plan|text|book|budget|results|findings|assessment|memo|files|emails|message|messages|greetings|address|speech)\s+"
                              # ("a New Year's message to President Donald Trump released by the Kremlin")
                              r"(?:to\s+(?:[\w.’'-]+\s+){1,4}?)?(?:(?:was|were|been|being|first|later|publicly)\s+)*$", re.IGNORECASE)


def _reported_at(text: str, a: int, t, later: bool = True) -> int | None:
    """Where the attribution that a date closes begins (", the Kremlin said on Friday."), or
    where the clause of a report dated before its "that" begins ("the White House announced
    on Tuesday that …", "The Kremlin on Monday denied a report that …"; only looked for when
    ``later``, another date follows it), or None."""
    if t.type not in ("date", "time"):
        return None
    if not _NOTHING_AFTER.match(text, t.end_char) and _ATTRIBUTION_END.match(text, t.end_char):
        # "…, Kremlin spokesman Dmitry Peskov said Thursday, adding that …": the attribution
        # closes the statement though more follows it
        m = _REPORTED_BEFORE.search(text, max(a, t.start_char - 120), t.start_char)
        if m:
            return m.start("seg")
    if not _NOTHING_AFTER.match(text, t.end_char):
        if not later:
            return None
        lead = (_REPORT_VERB_BEFORE.search(text, max(a, t.start_char - 60), t.start_char) and _THAT_AFTER.match(text, t.end_char)) or _REPORT_VERB_AFTER.match(text, t.end_char)
        return a if lead else None
    m = _REPORTED_BEFORE.search(text, max(a, t.start_char - 120), t.start_char)
    return m.start("seg") if m else None


def _report_lead(text: str, a: int, t) -> bool:
    """Whether a date is a report's, before its "that" ("Trump said Tuesday that …"): the
    day a contact told after it happened on only if nothing else dates it (see _reported_at)."""
    return t.type in ("date", "time") and bool(_THAT_AFTER.match(text, t.end_char)) and bool(_REPORT_VERB_BEFORE.search(text, max(a, t.start_char - 60), t.start_char))


def _when_clause(sentence: str, end: int) -> tuple[int, int] | None:
    """'since July, when they spoke by phone': the when-clause describes the dated event."""
    m = _WHEN.match(sentence, end)
    if not m:
        return None
    a = m.end()
    stop = _WHEN_STOP.search(sentence, a, a + CLAUSE_WINDOW)
    return a, stop.start() if stop else min(len(sentence), a + CLAUSE_WINDOW)


def _excerpt(text: str, start: int, end: int) -> str:
    """The sentence, or for a very long one a window around ``start:end`` marked with '…'."""
    if len(text) <= MAX_SENTENCE_CHARS:
        return text
    half = MAX_SENTENCE_CHARS // 2
    a, b = max(0, start - half), min(len(text), end + half)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def timeline_for_article(article, resolver: ActorResolver | None = None, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Timeline rows for one article (TIMELINE_COLUMNS); see :func:`timeline`.

    ``sentences`` is this article's sentences table when the caller already has it.
    """
    return timeline_frame(timeline_columns(article, resolver, sentences)[0])


def timeline_frame(cols: Columns) -> pd.DataFrame:
    """The timeline table from plain columns (start/end, plain dates or None, become datetimes)."""
    frame = pd.DataFrame(cols, columns=TIMELINE_COLUMNS)
    for col in ("start", "end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def timeline_columns(article, resolver: ActorResolver | None = None, sentences: pd.DataFrame | Columns | None = None) -> tuple[Columns, list]:
    """One article's timeline rows as plain columns (TIMELINE_COLUMNS) and no notes.

    ``sentences``: this article's sentences (table or columns) when the caller has them.
    """
    from .sentences import sentence_columns

    resolver = resolver or default_resolver()
    published = article_writing_day(article)  # "WASHINGTON, Dec. 8 — … today"
    pair = main_pair(article, resolver)
    # (for "the two leaders" with no one named; not when a third country's leader is: "Xi held
    # talks with Putin …, the two heads of state")
    heads_then = _heads_on(resolver, published) if len(pair) < 2 and _both_sides_only(article, resolver) else ()
    heads_today = _heads_on(resolver, published)  # ("The two presidents were expected to talk later today" after a call with an aide)
    _TRIGGERS_SEEN.clear()  # a memo for one article, not a corpus (see _trigger)
    rows: list[dict] = []
    # rows to copy with these date fields once the paragraph's joiners are in: contacts told
    # "earlier" than a dated one, and those a live report tells as just finished
    dated_later: list[tuple[dict, dict]] = []
    last_contact: dict | None = None
    last_row: dict | None = None  # the row made from last_contact
    sents = sentences if sentences is not None else sentence_columns(article)[0]
    has_starts = "start" in (sents.columns if isinstance(sents, pd.DataFrame) else sents)
    sents = as_columns(sents, ["paragraph_no", "sentence_no", "text", *(["start"] if has_starts else [])])
    starts_in_paragraph = sents["start"] if has_starts else [None] * len(sents["text"])
    paragraphs = dict(zip(article.paragraph_lists["paragraph_no"], article.paragraph_lists["text"], strict=True))
    paragraph_mentions: dict[int, ParagraphMentions] = {}
    last_dated: dict[int, dict] = {}  # paragraph -> its last contact dated to a day
    last_signed: dict[int, dict] = {}  # paragraph -> its last treaty action dated to a day ("… before the ceremony")
    last_scene: dict[int, tuple[int, dict]] = {}  # paragraph -> (sentence, its last dated scene of a US and a Russian person)
    last_day: dict[int, tuple[int, dict]] = {}  # paragraph -> (sentence, its last past day told with no contact)
    recent_pair: list[str] = []  # the US and Russian person of the last contact told
    recent_heads: list[str] = []  # … of the last contact between heads of state ("the two presidents")
    clock = NarrativeClock(published, hours_on_its_day=True)  # "the next day": from the last date before it
    spot_lead = _spot_lead(article, sents) if published is not None else None
    live_entries = {int(n) for n, p in paragraphs.items() if (p[:1].isdigit() or p.startswith("LIVE") or " LIVE" in p[:40]) and _LIVE_ENTRY.match(p)} if published is not None else set()
    delegations: dict[int, tuple] = {}  # paragraph -> a contact of two delegations whose heads are not yet named (see _delegation_heads)
    published_iso = published.isoformat() if published else None
    sentence_before: dict[int, str] = {}  # paragraph -> its sentence before this one (see _described_prisoner)
    before_text = ""
    # each sentence's next one in its paragraph ("In return, Russia got back …": see _sent_back)
    next_texts = [t if p == q else "" for p, q, t in zip(sents["paragraph_no"], list(sents["paragraph_no"])[1:], list(sents["text"])[1:], strict=False)]
    next_texts.append("")
    for pno, sno, text, at, next_text in zip(sents["paragraph_no"], sents["sentence_no"], sents["text"], starts_in_paragraph, next_texts, strict=True):
        before_text = sentence_before.get(pno, "")
        sentence_before[pno] = text
        spair = _pair_for(text, recent_pair, recent_heads, pair, heads_then, heads_today)  # 'the two', 'they': the pair of the contact just told, else the article's
        candidates = find_candidates(text)
        if (not candidates and not _may_hold_trigger(text) and not any(map(text.__contains__, _JOIN_HINTS))
                and not (pno in delegations and ("led" in text or "headed" in text))):
            continue  # no temporal expression, no contact, no one joining one: no row
        # the paragraph's actor mentions, when the sentence is where the table says it is
        mentions = None
        paragraph = paragraphs.get(pno)
        if at is not None and paragraph is not None and paragraph[at:at + len(text)] == text:
            mentions = paragraph_mentions.get(pno)
            if mentions is None:
                mentions = paragraph_mentions[pno] = ParagraphMentions(paragraph, resolver)
        else:
            at = 0
        index = TextIndex(text)  # clause breaks and tense cues of the sentence, found once
        # as timexes() does, but the tense (unused here) only where a reading needs it
        found = anchor_on_following([clock(resolve(c, text, published, index=index, record_tense=False)) for c in candidates], index, published, clause_day=False)
        found = clock_on_its_day(found, index, published)  # "at 1:45 p.m. Tuesday": that Tuesday's
        _date_the_anchor_event(found, text, clock.ref)
        covered_clauses: set[tuple[int, int]] = set()
        relative_cuts: list[int] = []  # where a date's relative clause begins: the main clause before it is read apart
        base = {"article_id": article.article_id, "paragraph_no": int(pno), "sentence_no": int(sno), "sentence": text}
        first_row = len(rows)
        scene = last_scene.get(int(pno))
        scene = scene[1] if scene is not None and scene[0] < sno else None
        # "…, a day after Austin held a call with Shoigu": a clause of its own, with its own event
        anchored_at = [t.start_char for t in found if t.rule == "anchored_offset" and _COMMA_BEFORE.search(text, max(0, t.start_char - 3), t.start_char)]
        opening = next((t for t in found if t.rule == "anchored_offset" and t.start_char <= 60 and t.extra.get("from_following") and _OPENING_OFFSET.match(text, 0, t.start_char)), None) if found else None
        if opening is not None and (comma := text.find(",", opening.end_char)) > 0 and _VERB_IN_CLAUSE.search(text, opening.end_char, comma):
            # "A day after Reagan and Gorbachev met …, Shultz and Shevardnadze sat down this
            # morning": the offset's clause (a verb of its own) ends at its comma; the main one follows
            # (days or more: "Hours before the leaders spoke, …" re-tells the contact just told)
            anchored_at.append(comma + 1)


        dateline = _dateline(text)
        lead = dateline.end() if dateline else 0  # "WASHINGTON, May 10 (Reuters) - ": not part of any clause's event
        for t in found:
            if _dates_no_event(t, text, found):
                continue  # "at a 16th-century castle", "a successor to the 1991 START treaty": no event's date
            a, b = _segment(index, anchored_at, t.start_char, t.end_char)
            if a > lead and "and" in text[max(lead, a - 5):a + 1]:
                a = _subject_list_start(text, a, lead)
            and_name = b < len(text) and _AND_NAME_NEXT.match(text, b) is not None
            agents = and_name and "by " in text[a:b] and _BY_AGENT_LISTED.search(text, a, text.find("and", b) + 3) is not None
            if and_name and (_trigger(text[a:b]) is None and not _VERB_LIKE.search(text, a, b) or agents):
                # "Today at the White House Mikhail Gorbachev, General Secretary …, and U.S. President
                # Ronald Reagan signed the treaty": a subject list the comma before "and" does not end
                # (nor a passive's agents: "was signed yesterday by Gorbachev, General Secretary …, and Reagan")
                b2 = _segment(index, anchored_at, b + 2, b + 2)[1]
                if agents or _trigger(text[b:b2]) is not None:
                    b = b2
            a, b = max(a, t.start_char - CLAUSE_WINDOW), min(b, t.end_char + CLAUSE_WINDOW)
            relative = max(_RELATIVE_OPENER.finditer(text, a, t.start_char), key=_match_start, default=None) if "," in text else None
            if (relative is not None and text.find(",", relative.end(), t.start_char) < 0 and _trigger(text[relative.start() + 1:b].strip()) is None
                    and not (t.type == "duration" and _LASTED_RELATIVE.match(text, relative.start()))
                    # ("scrapped Primakov's meeting with Gore, which had been scheduled to open today": the day it was set for)
                    and not (t.type in ("date", "time") and _SET_FOR_RELATIVE.match(text, relative.start()) and _trigger(text[a:relative.start()]) is not None
                             and _FOLDED_TOPIC_TAIL.start(text[a:relative.start()]) < 0)  # (not "in touch about the summit, which is set for Friday")
                    and not any(resolver.kind[m.actor_id] == "person" for m in resolver.find(text[relative.end():b]))):
                # "…, called on all nations to halt arms deliveries to Iraq, which invaded Kuwait on
                # Thursday": the date is the relative clause's, and no contact or person is in it
                if not any(o.type in ("date", "time") and o.end_char <= relative.start() and o.start_char >= a for o in found):
                    relative_cuts.append(relative.start() + 1)  # (a main clause with no date of its own: read apart below)
                a = relative.start() + 1
            elif relative is not None and relative.group().endswith("which") and text.find(",", relative.end(), t.start_char) < 0 and _own_contact_in(text, relative.end(), b, resolver):
                # "…, which Kerry and Lavrov had hammered out in calls on Sunday": the relative
                # clause tells a contact of its own people; the date is that one's
                a = relative.end()
            elif ("," in text and (later := _RELATIVE_WHICH.search(text, t.end_char, b)) is not None and text.find(",", t.end_char, later.start()) < 0
                  and (_own_contact_in(text, later.end(), b, resolver) or _DOCUMENT_BEFORE_WHICH.search(text, max(t.end_char, later.start() - 20), later.start() + 1) is not None
                       and _own_contact_in(text, max(t.end_char, later.start() - 20), b, resolver))):
                # ("withdrew on Friday from the … Treaty, which Reagan and Gorbachev signed in 1987": the signers are the relative clause's)
                b = later.start()  # ("Obama and Putin spoke on Monday to endorse the plan, which …": not the relative's people)
            elif (" that " in text or " signed" in text) and (doc := max(_DOCUMENT_THAT.finditer(text, a, t.start_char), key=_match_start, default=None)) is not None and _own_contact_in(text, doc.start(), b, resolver):
                # "bringing into force the treaty that Presidents Obama and Medvedev signed in
                # Prague last April" (or "the treaty signed by …", "the pact their presidents,
                # Obama and Medvedev, signed …"): the signing of those named in the relative clause
                a = doc.start()
            aside = max(_ASIDE.finditer(text, a, t.start_char), key=_match_start, default=None)  # the last one
            if aside is not None and text.find(",", aside.end(), t.start_char) >= 0 and _CLOSED_ASIDE.match(text, aside.start()):
                aside = None  # "Reagan and Gorbachev, closing their first meeting, issued …": an inserted phrase; the subject is before it
            if aside is not None and _trigger(text[aside.start():b].strip(" ,")) is not None:
                # "…, ending a pact that Reagan and Gorbachev signed in 1987": the aside is the event
                a = aside.start() + 1
            if t.start_char >= lead:
                a = max(a, lead)
            when = _when_clause(text, t.end_char)
            if when and ("SINCE" in t.mod or _trigger(text[a:t.start_char]) is None):
                a, b = when  # "since July, when they spoke by phone": the when-clause is the event
            elif when:
                b = max(b, when[1])  # "last spoke on May 13, when Austin urged …": one event
                when = None
            reported = None if when else _reported_at(text, a, t, t is not found[-1])
            told_in = ""
            if reported is not None and t.end_char > lead and "during" in text and _TELL_VERB.search(text, a, t.start_char):
                during = _DURING_CONTACT.search(text, t.end_char)
                if during is not None and during.start() - t.end_char <= 200 and not any(t.end_char <= o.start_char < during.end() and o.type in ("date", "time") for o in found):
                    # "Biden told Putin on Saturday that …, during a 62-minute phone call": what he
                    # told him, he told him in the call: the date is the call's, not a report's
                    reported, b = None, max(b, during.end())
                    told_in = text[during.start():during.end()]  # (its modality is the call's, not the words')
            report_day_taken = False
            # (a date in a clause of its own after a comma does not count: "…, a day after Russia freed …",
            # nor a length: "said today that after nearly two hours with Putin he …", nor the dateline's)
            # (nor a century: "a session at a 16th-century castle" dates the castle)
            if reported is not None and not any(o is not t and (o.end_char <= reported or o.start_char >= t.end_char) and o.start_char not in anchored_at and o.type not in ("duration", "set") and o.end_char > lead
                                                and not (o.rule == "century" and _CENTURY_ADJECTIVE.search(o.expression)) for o in found):
                reported = None  # the contact has no date of its own: the report's is the best there is
                report_day_taken = True
            elif reported is None and not when and t is found[-1] and _report_lead(text, a, t):
                report_day_taken = True  # "Trump said Tuesday that his planned summit …": the report's day
            if reported is None and t.end_char <= lead:
                reported = 0  # "WASHINGTON, May 10 (Reuters) -": the dateline's date is the report's
            if reported is not None:
                a, b = reported, t.end_char  # the date of the report: its own row, no contact
            clause, offset = _strip_clause(text, a, b)
            if reported is None:  # else the contact before the attribution is still to be found
                covered_clauses.add(_segment(index, anchored_at, t.start_char, t.end_char))
            if when:
                covered_clauses.add(when)
            who = _subject_carried(text, clause, offset, resolver, spair, mentions, at, published_iso) if offset > 0 else None
            described = sent_back = None
            more = _with_continuation(text, clause, offset, resolver, spair, mentions, at, published_iso) if offset > 0 and who is None else None
            rel = _WHO_CLAUSE.search(clause) if who is None and more is None and ", who " in clause else None
            main_row = None  # a document the main clause tells beside the relative clause's contact
            rel_contact = rel is not None and t.type in ("date", "time") and _trigger(rel["body"]) is not None
            if rel_contact and rel.start("body") <= t.start_char - offset < rel.end("body"):
                # "Mr. Shevardnadze, who called on President Bush … on Thursday, brought with him a
                # letter from Gorbachev": the date is the relative clause's contact (its subject
                # the name before it); the main clause's contact, with no date of its own, that day's
                own = f"{clause[: rel.end('name')]} {rel['body']}"  # (the whole subject: "Reagan and Gorbachev, who met …")
                fields = _event_fields(own, t, resolver, spair, when is not None, published)
                if fields["contact_type"]:
                    if not any(o.type in ("date", "time") and o.start_char - offset >= rel.end("body") and o.start_char < offset + len(clause) for o in found):
                        main_row = _main_clause_document(clause, rel, t, resolver, spair, when is not None, published)
                    clause = own
                else:  # no contact of the two sides there: the sentence's, as before
                    fields = _event_fields(clause, t, resolver, spair, when is not None, published, mentions=mentions, offset=at + offset)
            elif rel_contact and t.start_char - offset >= rel.end("body") and (rest := clause[: rel.end("name")] + clause[rel.end("body"):]) and _trigger(rest) is not None:
                # "Mr. Burns, who met Patrushev on Tuesday, spoke with Putin on Wednesday": the
                # main clause's date is its own contact's, the relative clause told apart
                clause = rest
                fields = _event_fields(clause, t, resolver, spair, when is not None, published)
            elif t.type in ("date", "time", "duration") and "by" in clause and len(_TREATY_STEPS.findall(clause)) >= 2 and (piece := _treaty_step_of(clause, t.start_char - offset)) is not None:
                # "The treaty was signed by Medvedev and Obama in 2010 and extended by Putin and
                # Biden in 2021": each date with the step and the people told with it
                clause = piece
                fields = _event_fields(clause, t, resolver, spair, when is not None, published)
            elif more is not None:
                fields = _continued(more, clause, t, resolver, spair, when is not None, published)
            else:
                if who is None and before_text and offset <= 3 and _DESCRIBED_PERSON.match(clause):
                    described = _described_prisoner(clause, before_text, resolver, spair, mentions, at + offset, published_iso)
                    if described is not None:  # (its own note, below: not "the clause before")
                        who = described
                if who is None and " and " in clause and (part := _dated_conjunct(clause, t.start_char - offset, t.end_char - offset, found, offset)) is not None:
                    # "follows Rubio's phone call with Lavrov on Saturday and last Wednesday's
                    # Trump–Putin call": each date with the contact of its own conjunct
                    own = participants_in(clause[part[0] : part[1]], resolver, spair, None, 0, published_iso)
                    if {"US", "Russia"} <= _sides(own[0], resolver):
                        who = own
                if (who is None and ("back" in text or "received" in text or next_text.startswith("In "))
                        and (sent_back := _sent_back(clause, text[offset + len(clause):], resolver, spair, mentions, at + offset, published_iso, next_text)) is not None):
                    who = sent_back  # "… were freed in the largest swap since the Cold War, while Russia got back Vadim Krasikov"
                fields = _event_fields(clause, t, resolver, spair, when is not None, published, mentions=mentions, offset=at + offset, who=who)
            _deny_a_failed_call(fields, text)
            if (fields["modality"] == "planned" and fields["contact_type"] and t.rule == "weekday" and published_iso is not None and fields["value"] == t.value
                    and t.value[:10] < published_iso and text[t.end_char : t.end_char + 2] in ("'s", "’s") and _DAY_OF_VALUE.match(t.value)
                    and _FOLDED_CALLED_OFF.start(text) < 0 and "cancel" not in text.lower()):  # ("the cancellation of Saturday evening's session": it was not held)
                # "left in place Friday's session, where Kerry and Hagel are to sit down with …": a
                # planned meeting's weekday is ahead, whatever the tense of the clause around it
                ahead = dt.date.fromisoformat(t.value[:10]) + dt.timedelta(days=7)
                fields.update(value=ahead.isoformat() + t.value[10:], start=ahead, end=ahead)
                fields["reason"] = f"{fields['reason']}; a planned contact's weekday, the next one" if fields["reason"] else "a planned contact's weekday, the next one"
            if told_in and fields["contact_type"] and (told_trigger := _trigger(told_in)) is not None:
                fields["modality"] = modality(told_in, told_trigger[2])
            if (fields["contact_type"] and t.type in ("date", "time") and text[t.end_char:t.end_char + 2] in ("'s", "’s")
                    and not _CONTACT_NOUN_AHEAD.match(text, t.end_char + 2)
                    and not _ANCHOR_BEFORE.search(f"{text[max(0, t.start_char - 24):t.start_char]}{t.expression.split()[0]} ")):
                # "traded blame over last week's chemical attack": the day of the thing it owns,
                # which is no contact (unlike "Tuesday's call"); but "within hours of Tuesday's
                # attacks", "during last month's standoff" tell when the contact was
                _drop_contact(fields)
            if (fields["contact_type"] and t.expression[:3].lower() == "by " and (goal := _AGREED_DEADLINE.search(text, max(0, t.start_char - 150), t.start_char)) is not None
                    and _trigger(goal.group("what") or _AGREED_TERMS_END.split(text[t.end_char : t.end_char + 120], 1)[0]) is None):
                # "a framework agreement for ridding Syria of its chemical weapons by mid-2014":
                # the deadline of what was agreed (but "agreed to meet again by June" is a contact's)
                _drop_contact(fields)
            if reported is not None or report_day_taken and fields["contact_type"] and fields["modality"] != "occurred":
                fields["time_role"] = "reported"  # (a planned or called-off contact is not on the day it is reported)
            elif (fields["modality"] == "denied" and fields["time_role"] == "when" and t.type in ("date", "time", "event_anchored") and fields["contact_type"] in _MEETINGS
                    and published_iso is not None and t.value[:10] <= published_iso and (_FOLDED_CALLED_OFF.start(clause) >= 0 or _CALLED_OFF_NOW.search(clause))
                    and not _MEANT_FOR_BEFORE.search(text, max(0, t.start_char - 40), t.start_char)):
                # "The White House on Wednesday canceled the summit planned for next month": the
                # day it was called off, not the contact's (a date it was meant for is ahead)
                fields["time_role"] = "reported"
            elif t.type in ("date", "event_anchored") and fields["time_role"] == "when" and _SINCE_IN_SENTENCE.search(text, max(0, t.start_char - 12), t.start_char):
                fields["time_role"] = "since"  # "their first call since before Russia invaded Ukraine"
            elif t.type == "date" and fields["time_role"] == "when" and fields["contact_type"] and _SINCE_EVENT_BEFORE.search(text, max(a, t.start_char - 80), t.start_char):
                # "the first face-to-face meeting … since the Group of 20 summit in Osaka in 2019",
                # "since a phone call in July": the date of that earlier contact, not of this one
                fields["reason"] = "the date of the previous contact ('since the …')"
            if fields["time_role"] == "since" and fields["contact_type"] and t.type == "date" and _NTH_CONTACT_SINCE.search(text, max(a, t.start_char - 130), t.start_char):
                # "his second phone call since Friday", "the first contact between the two men
                # since Feb. 18": the date is that of the pair's previous contact
                fields["time_role"] = "when"
                fields["reason"] = "the date of the previous contact ('the first … since')"
            if who is not None and fields["contact_type"]:
                note = ("the other side's prisoners, told after the swap ('while Russia got back …', 'In return …')" if sent_back is not None
                        else "the prisoner its description stands for, named the sentence before" if described is not None
                        else "participants taken from the clause before (this one has no subject)")
                fields["reason"] = f"{fields['reason']}; {note}" if fields["reason"] else note
            if len(text) > MAX_SENTENCE_CHARS:
                fields["sentence"] = _excerpt(text, t.start_char, t.end_char)
            # (or a call tried that day and not put through: "tried to reach Bush on Tuesday but could not
            # get through, and spoke instead with Rice" — that day too)
            if fields["contact_type"] and fields["time_role"] == "when" and t.type in ("date", "time") and _DAY_OF_VALUE.match(t.value) and (
                    fields["modality"] == "occurred" or fields["modality"] == "denied" and "instead" in text and _TRIED_TO_REACH.search(text)):
                last_dated[int(pno)] = fields  # what a later undated contact of the paragraph happened on
                if fields["contact_type"] == "treaty action":
                    last_signed[int(pno)] = fields
                last_scene.pop(int(pno), None)
            elif _is_scene(fields, t, published_iso, resolver):
                last_scene[int(pno)] = (int(sno), fields)
            elif _is_story_day(fields, t, published_iso):
                last_day[int(pno)] = (int(sno), fields)
            same_time = t.type != "date" or t.value == last_contact.get("value") if last_contact else False
            scheduled = False
            if (not same_time and last_contact and (not last_contact["value"] or last_contact["time_role"] == "reported") and last_contact["modality"] in ("planned", "denied")
                    and _SCHEDULED_FOR.search(clause) is not None):
                # "… called off his planned meeting with Putin. The meeting had been scheduled for
                # Saturday": the undated contact told before, on the day it was set for
                same_time = scheduled = True
            if not fields["contact_type"] and last_contact and (same_time and _FOLDED_ANAPHOR.start(clause) >= 0
                                                                or last_contact["contact_type"] == "correspondence" and _THE_LETTER_DATED.match(clause)):
                # ("The letter, dated Dec. 15 …": the letter told of before, on the day it bears)
                # (its row as it now stands while it tells that contact: people a later sentence
                # said joined it are carried over too)
                fields = _carry_over(fields, last_row if last_row is not None and last_row["contact_type"] == last_contact["contact_type"] else last_contact,
                                     "participants and contact carried over from the contact mentioned just before, on the day it was set for" if scheduled else "")
            elif fields["contact_type"]:
                last_contact, last_row = fields, None
                recent_pair, recent_heads = _told_pairs(fields, recent_pair, recent_heads, resolver)
                spair = _pair_for(text, recent_pair, recent_heads, pair, heads_then, heads_today)
            side_meeting = _side_meeting(clause, fields, resolver) if fields["contact_type"] and fields["modality"] == "occurred" and ("with" in clause or " met " in clause) else None
            if side_meeting is not None:  # "was received by Putin …, after meeting for hours with Lavrov": two meetings
                fields, extra = side_meeting
                rows.append({**base, **fields})
                rows.append({**base, **extra})
            else:
                rows.append({**base, **fields})
                if last_contact is fields:
                    last_row = rows[-1]
                if (fields["contact_type"] and not fields["value"] and t.rule == "vague" and t.expression.lower() in _SAME_DAY_ADVERBS
                        and fields["modality"] == "occurred" and last_dated.get(int(pno)) not in (None, fields)):
                    # "… signed a treaty this afternoon. Earlier, the two leaders met for two hours":
                    # the day of the contact the paragraph dated just before (as annotators date it;
                    # a row of its own, made once the paragraph's joiners are in)
                    dated_later.append((rows[-1], _story_day(last_dated[int(pno)])))
            if main_row is not None:
                rows.append({**base, **main_row})  # (the relative clause's contact first)
            dates = [o for o in found if o.type in ("date", "time") and o.end_char > lead and not _dates_no_event(o, text, found)] \
                if fields["contact_type"] and fields["time_role"] == "when" and reported is None else []  # (not the dateline's, nor "an 18th-century villa")
            if len(dates) == 1 or dates and text.startswith(clause, offset) and sum(offset <= o.start_char < offset + len(clause) for o in dates) == 1:
                # (with one date only: of two in a clause, which one the second contact is on is a
                # guess; a date of another clause is another event's: "closed their summit today
                # with a joint statement …, and agreed to trade visits: Gorbachev is to come next year")
                for extra in _more_contacts(clause, fields, resolver, text[offset + len(clause):] if len(dates) == 1 else ""):
                    rows.append({**base, **extra})  # "signed the treaty … after two hours of talks": two contacts
        # contact events with no temporal expression in their clause
        here = last_scene.get(int(pno))
        if scene is None and here is not None and here[0] == sno:
            scene = here[1]  # "Bush told Putin on Friday …, as the two men spoke briefly at the ceremony": that day
        if relative_cuts:
            # "Bush also talked again with Yeltsin, whom he had first called on Tuesday …": the
            # date was the relative clause's; the main clause's contact, undated, is its own
            anchored_at = [*anchored_at, *relative_cuts]
        starts = sorted({0, *index.break_ends, *anchored_at})  # each clause starts after a clause break
        for a in starts:
            bounds = _segment(index, anchored_at, a, a)
            if bounds[0] > lead and "and" in text[max(lead, bounds[0] - 5):bounds[0] + 1]:
                bounds = (_subject_list_start(text, bounds[0], lead), bounds[1])  # (see the rows with a date above)
            if bounds in covered_clauses:
                continue
            covered_clauses.add(bounds)
            clause, offset = _strip_clause(text, *bounds)
            trig = _trigger(clause)
            more = _with_continuation(text, clause, offset, resolver, spair, mentions, at, published_iso) if trig is None and offset > 0 else None
            if more is not None:  # "…, and with Patrushev": the contact before, with another partner
                fields = _continued(more, clause, None, resolver, spair, False, published)
                rows.append({**base, **fields})
                last_contact, last_row = fields, rows[-1]
                recent_pair, recent_heads = _told_pairs(fields, recent_pair, recent_heads, resolver)
                spair = _pair_for(text, recent_pair, recent_heads, pair, heads_then, heads_today)
                continue
            if trig is None:
                continue  # no contact verb: no undated row, so skip finding participants
            who = participants_in(clause, resolver, spair, mentions, at + offset, when=published_iso, prisoner=_prisoner_kind(trig), trigger_at=trig[2])
            if before_text and offset <= 3 and trig[0].startswith("prisoner") and _DESCRIBED_PERSON.match(clause):
                who = _described_prisoner(clause, before_text, resolver, spair, mentions, at + offset, published_iso, who) or who
            if offset > 0 and not {"US", "Russia"} <= {resolver.side[a] for a in who[0]}:
                # "On Tuesday he met Patrushev, …, and spoke by phone with Mr. Putin": the subject
                # of the clause before
                who = _subject_carried(text, clause, offset, resolver, spair, mentions, at, published_iso) or who
            # an undated row needs a contact (US and Russian participants) with named people on
            # both sides (or a prisoner swap): "relations between Washington and Moscow" is not
            # one. Checked before the other fields, which such a clause would only throw away.
            planned_talks = (trig[0] == "talks/negotiations" and len(spair) == 2 and not any(resolver.kind[a] == "person" for a in who[0])
                             and _PLANNED_TALKS.search(clause) is not None)
            if planned_talks:
                # "Negotiations on a START III treaty will begin once …", "the sides had agreed to
                # set up a working group": talks the two governments are to hold, in a story of
                # the pair's contact (as annotators list them: the two countries, no day)
                who = (_the_two_countries(resolver, published_iso), True)
            if not {"US", "Russia"} <= {resolver.side[a] for a in who[0]}:
                continue
            if not ({"US", "Russia"} <= {resolver.side[a] for a in who[0] if resolver.kind[a] == "person"} or trig[0].startswith("prisoner") or planned_talks):
                continue
            if who[1] and _THIRD_PARTY_SUBJECT.match(clause):
                continue  # "Saudi Foreign Minister Prince Faisal welcomed the delegations": a host, no new contact
            fields = _event_fields(clause, None, resolver, spair, False, published, trig, who=who)
            _deny_a_failed_call(fields, text)
            if len(text) > MAX_SENTENCE_CHARS:
                fields["sentence"] = _excerpt(text, bounds[0], min(bounds[1], bounds[0] + CLAUSE_WINDOW))
            if fields["modality"] == "occurred":
                day = last_day.get(int(pno))
                _date_from_the_story(fields, clause, trig[2], _scene_of(fields, scene, resolver) or _told_before(text, int(pno), last_dated, last_signed) or (day[1] if day is not None and day[0] == sno - 1 else None))
            rows.append({**base, **fields})
            last_contact, last_row = fields, rows[-1]
            recent_pair, recent_heads = _told_pairs(fields, recent_pair, recent_heads, resolver)
            spair = _pair_for(text, recent_pair, recent_heads, pair, heads_then, heads_today)
        if "dated" in text and len(rows) > first_row + 1:
            _the_letters_own_date(rows, first_row, text)
        if len(rows) > first_row and ("released" in text or "made public" in text or "published" in text or "distributed" in text or "disclosed" in text):
            _released_letter_undated(rows, first_row, text)
        if published is not None and len(rows) > first_row and ("have " in text or "has " in text):
            finished = _finished_today(rows, first_row, text, published, dated_later)
            if finished is not None and int(pno) not in last_dated:
                last_dated[int(pno)] = finished  # (a later "Following the meeting, …" is that day's too)
        if spot_lead is not None and (int(pno), int(sno)) == spot_lead[:2] and len(rows) > first_row:
            lead_contact = _on_the_dateline_day(rows, first_row, text, published, dated_later, spot_lead[2])
            if lead_contact is not None and int(pno) not in last_dated:
                # ("Following the meeting, the presidents adopted a joint statement": that day too)
                last_dated[int(pno)] = lead_contact
        elif published is not None and len(rows) > first_row and int(pno) in live_entries:
            _on_the_dateline_day(rows, first_row, text, published, dated_later, True, live=True)  # a live blog's entry: the page's day
        if rows and rows[-1]["paragraph_no"] == int(pno) and ("call" in text or "video" in text):
            _named_by_its_kind_after(rows, int(pno), int(sno), text)
        if next_text and len(rows) > first_row and ("exchange" in text or "swap" in text or "traded" in text):
            _prisoners_named_next(rows[first_row:], next_text, resolver)
        headed = None
        if (" and " in text and not any(r["contact_type"] and not any(resolver.kind.get(a) == "person" for a in r["participant_ids"].split("; ")) for r in rows[first_row:])
                and (met := _DELEGATIONS_MET.search(text)) is not None
                and (trig := _trigger(own := _CLAUSE_END.split(text[met.start():], 1)[0])) is not None):
            # "Russian and US delegations held consultations …" (no row: no one named, no day):
            # heads a later sentence may name (a row of the two countries takes them as joiners)
            lead_day = spot_lead is not None and (int(pno), int(sno)) == spot_lead[:2] and not _PAST_PERFECT.search(text)
            delegations[int(pno)] = (int(sno), own, trig, rows[first_row:], lead_day)
        elif int(pno) in delegations and ("led" in text or "headed" in text):
            headed = _delegation_heads(text, delegations[int(pno)], resolver, spair, published)
            if headed is not None:
                rows.append({**base, **headed})
                del delegations[int(pno)]
        joiners, cue = _joiners(text, resolver, published_iso) if headed is None else ([], "")
        if joiners:
            _join_earlier(rows, first_row, int(pno), joiners, cue, resolver, spair)
        if len(rows) > first_row and (scene is not None or int(pno) in last_dated):
            rows.extend(_dated_by_the_scene(rows[first_row:], scene, resolver, _told_before(text, int(pno), last_dated, last_signed)))
    for row, day in reversed(dated_later):  # (after every joiner: the day's row has them too)
        at = next(k for k, r in enumerate(rows) if r is row)
        rows.insert(at + 1, {**row, **day})
    return rows_to_columns(rows, TIMELINE_COLUMNS), []


#: Someone joining a contact told before: "Shultz, who sat in on the session, …", "Gromyko also
#: took part", "Waltz and Witkoff joined Rubio", "The talks, which also included Waltz, …",
#: "was accompanied by Ushakov". Annotators list such people among the contact's participants.
_JOIN_AFTER = re.compile(r"\b(?:(?:were|was)\s+)?(?:also\s+)?(?:joined\s+(?:(?:in|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?by|attended\s+by|accompanied\s+by|included|(?<=,\s)including"
                         # "The Russian delegation comprised …; the American side was represented by …"
                         r"|comprised|consisted\s+of|(?:represented|headed)\s+by|made\s+up\s+of"
                         # "Taking part in the talks were Shevardnadze and Baker", "Also present were …"
                         r"|(?:[Tt]aking|[Aa]lso\s+taking)\s+part(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:were|was)|[Aa]lso\s+(?:present|attending)\s+(?:were|was)|[Jj]oining\s+(?:them|him|the\s+\w+)\s+(?:were|was)"
                         # ("The Russian delegation was led by …", not "a working group led by …": a contact of its own)
                         r"|(?:delegation|side|team)\s+(?:was|is|were|will\s+be)\s+led\s+by"
                         # "…, and the U.S. side by Sonata Coulter": the verb of the clause before, understood
                         r"|(?<=and\s)the\s+(?:Russian|American|U\.S\.|US|Soviet)\s+(?:side|delegation|team|one)\s+by"
                         # "The U.S. side was led by Anton and Peek; Russia sent Karasin and Beseda": a side's envoys
                         r"|(?<=[;,]\s)(?:Russia|Moscow|the\s+Kremlin|Washington|the\s+United\s+States|the\s+U\.S\.|the\s+Americans|the\s+Russians)\s+(?:sent|fielded|dispatched)(?=\s+(?:[A-Z]|(?:[a-z]+\s+){1,4}[A-Z])))\s+")
#: One side's people facing the other's at a table: "Rubio, Waltz and Witkoff faced Lavrov and Ushakov".
_FACING = re.compile(r"\s+faced\s+(?=[A-Z]|(?:[a-z]+\s+){1,4}[A-Z])")
#: after a joining verb: "who sat in along with Foreign Minister Sergey Lavrov"
_ALONG_WITH = re.compile(r"\s+(?:(?:(?:in|on)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?)?along\s+with\s+")
_JOIN_VERB = re.compile(r"\b(?:also\s+)?(?:joined|joining|sat\s+in|sat\s+(?:beside|next\s+to|alongside)|took\s+part|participated|attended|(?:was|were)\s+(?:also\s+)?present|(?:is|are|was|were)\s+(?:also\s+)?in\s+the\s+room)\b")
#: between a joiner and the cue: "X, who (also) sat in", "X also took part", "X and Y joined"
_TO_JOIN_VERB = re.compile(r"\s*(?:,\s*who\s+)?(?:(?:has|have|had|is|are|was|were|will\s+be)\s+)?(?:also\s+|now\s+|later\s+|then\s+)?$")  # ("Pompeo and Lavrov have now joined them")
#: between two joiners of a list: ", ", " and ", " on the American side and ", titles
_LIST_GLUE = re.compile(r"[\s,]*(?:on\s+the\s+[\w.-]+\s+side\s*,?\s*)?(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?(?:(?:the\s+)?(?:[\w.’'-]+,?\s+){0,6}?)?$")
_NOT_GLUE = re.compile(r"\b(?:after|before|came|come|comes|said|says|told|spoke|met|when|while|which|who|that|but|following|followed|follows|since|during|between|with|(?<!ambassador\s)(?<!envoy\s)(?<!adviser\s)(?<!advisor\s)(?<!aide\s)(?<!representative\s)to|for|from|a|an|call|phone|[a-z]+ed|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|[;:]\s|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bGen)(?<!\bSen)(?<!\bRep)\.\s")
#: Who led a side of the talks: "X led the American delegation", "and Y the Russian one".
_LED_DELEGATION = re.compile(r"\s+(?:(?:also\s+)?(?:led|headed)\s+(?:the|its|their|[A-Z][\w.]*['’]s)\s+(?:[\w.’'-]+\s+){0,2}?(?:delegation|side|team|negotiators)\b|the\s+(?:Russian|American|U\.S\.|US|Soviet)\s+one\b)")
_JOINABLE = {"summit", "in-person meeting", "talks/negotiations", "video call", "phone call"}
_JOIN_HINTS = ("join", "Join", "-on-", " sat ", "took part", "aking part", "articipat", "attend", "ccompan", "included", ", including", "present", "in the room", "compris", "consisted", "represented", "headed", "made up", " led ", " one", " sent ", " fielded ", " dispatched ", " faced ")
#: words without which no sentence has a joiner (the cues below need one of them)
_JOIN_WORDS = re.compile(r"join|\sfaced\s|[;,]\s+(?:Russia|Moscow|the\s+Kremlin|Washington|the\s+United\s+States|the\s+U\.S\.|the\s+Americans|the\s+Russians)\s+(?:sent|fielded|dispatched)\s|\b(?:two|three|four|five)-on-(?:two|three|four|five)\b|\bsat\s|took\s+part|aking\s+part|\bparticipat|\battend|accompan|\bincluded\b|,\s+including\b|\bpresent\b|\bin\s+the\s+room\b|\bcomprised\b|\bconsisted\s+of\b|\b(?:represented|headed|led)\s+by\b|\bmade\s+up\s+of\b|\b(?:led|headed)\s+(?:the|its|their|[A-Z][\w.]*['’]s)\s|\bthe\s+(?:Russian|American|U\.S\.|US|Soviet)\s+one\b")
#: contacts a joining phrase of their own sentence belongs to ("talked for three hours, joined by …"),
#: unlike a call told after it ("The meeting, also attended by …, followed a phone call between …")
_OWN_JOIN = (_JOINABLE - {"phone call"}) | {"contact", "brief encounter", "statement", "treaty action"}
#: a sentence about a contact told before: "The talks, which also included …", "The Riyadh
#: meeting, also attended by …"
_BACK_TO_CONTACT = re.compile(r"(?:The|Their|That)\s+(?:[\w'’-]+\s+){0,2}?(?:talks|meeting|session|summit|negotiations|discussions)\b\s*(?:,|in\s+which|which|where)")
#: what a joining verb is followed by: nothing more, the session, someone ("joined Rubio at
#: the table"), not other business ("joined NATO leaders in condemning …" is no seat at talks)
_JOIN_OBJECT = re.compile(r"\s*(?:[,.;]|$)|\s+(?:along\s+with|them\b|him\b|her\b|(?-i:[A-Z])(?![^,.;]{0,40}?\b(?:in|on)\s+[a-z]+ing\b))"
                          r"|\s+(?:(?:in|on|at|for)\s+)?(?:the|a|an|their|his|her|both)\s+(?:[\w'’-]+\s+){0,3}?(?:session|sessions|talks|meeting|meetings|summit|discussions?|negotiations|lunch|dinner|breakfast|conversation|call|table|delegations?|round|rounds)\b"
                          r"|\s+(?:the\s+two|both|the)\s+(?:presidents|leaders|men|ministers)\b", re.IGNORECASE)
#: the subject of "included": a contact or a delegation ("The talks, which also included …",
#: "The US delegation included …"), not a list of sanctions or prisoners
_INCLUDED_SUBJECT = re.compile(r"\b(?:talks|meeting|session|summit|delegations?|side|team|format|discussions|negotiations)\b[^.;]{0,80}$", re.IGNORECASE)


#: "since" before an expression, in its clause: "their first call since before Russia invaded
#: Ukraine", "the first session since the June summit" (the start of a span, not a contact's
#: date), "their first meeting since Osaka in 2019". (Two patterns once shared this name; the
#: later one, this, was the one every use got.)
_SINCE_IN_SENTENCE = re.compile(r"\bsince\b[^,;]{0,40}$")
#: "The talks were held three-on-three, with Rubio and Witkoff on one side and Lavrov and Ushakov
#: on the other": a format whose seats the rest of the sentence names.
_FORMAT_CUE = re.compile(r"\b(?:two|three|four|five)-on-(?:two|three|four|five)\b")


def _joiners(text: str, resolver: ActorResolver, when: str | None) -> tuple[list[str], str]:
    """The people ``text`` says joined a contact (ids, in text order) and the cue's words.

    Only a list glued to the cue counts ("included national security adviser Mike Waltz,
    envoy Steve Witkoff and Kremlin aide Yuri Ushakov, came after Trump and Putin spoke …"
    joins the first three, not the two after "came after")."""
    if not any(map(text.__contains__, _JOIN_HINTS)) or _JOIN_WORDS.search(text) is None:
        return [], ""  # (substring tests first: most sentences name no one joining anything)
    # (not a possessor: "joined by Mr. Trump's national security adviser, Mike Waltz")
    people = [m for m in resolver.find(text) if resolver.kind[m.actor_id] == "person" and resolver.side[m.actor_id] in ("US", "Russia") and text[m.end:m.end + 1] not in ("'", "’")]
    if not people:
        return [], ""
    out: list[str] = []
    cue = ""

    def chain(ordered, gap) -> None:
        for m in ordered:
            if not gap(m):
                break
            if resolver.in_era(m.actor_id, when) not in out:
                out.append(resolver.in_era(m.actor_id, when))

    for hit in _JOIN_AFTER.finditer(text):
        if hit.group().rstrip().endswith(("included", "including")) and not _INCLUDED_SUBJECT.search(text, max(0, hit.start() - 100), hit.start()):
            continue
        last = [hit.end()]
        before = len(out)
        chain([m for m in people if m.start >= hit.end()], lambda m, last=last: _glued(text, last, m))
        if len(out) > before:
            cue = cue or hit.group().strip()
    fmt = _FORMAT_CUE.search(text) if "-on-" in text else None
    if fmt is not None:
        for m in people:
            if m.start >= fmt.end() and resolver.in_era(m.actor_id, when) not in out:
                out.append(resolver.in_era(m.actor_id, when))
                cue = cue or fmt.group()
    for hit in _LED_DELEGATION.finditer(text):
        # "Wendy Sherman led the American delegation, and Sergei Ryabkov the Russian one"
        ahead = [m for m in people if m.end <= hit.start()][::-1]
        if ahead and not text[ahead[0].end:hit.start()].strip(" ,") and resolver.in_era(ahead[0].actor_id, when) not in out:
            out.append(resolver.in_era(ahead[0].actor_id, when))
            cue = cue or hit.group().strip()
    for hit in _FACING.finditer(text) if " faced " in text else ():
        # "Rubio, Waltz and Witkoff faced Lavrov and Ushakov": the two sides' seats at the talks
        ahead = [m for m in people if m.end <= hit.start()][::-1]
        after = [m for m in people if m.start >= hit.end()]
        if not ahead or not after or text[ahead[0].end:hit.start()].strip() or after[0].start - hit.end() > 60:
            continue
        first, last = [ahead[0].start], [hit.end()]
        seats = [*(m for m in ahead[1:] if _glued_left(text, first, m))][::-1] + [ahead[0], *(m for m in after if _glued(text, last, m))]  # (in text order)
        if {resolver.side[m.actor_id] for m in seats} >= {"US", "Russia"}:
            chain(seats, lambda m: True)
            cue = cue or hit.group().strip()
    for hit in _JOIN_VERB.finditer(text):
        ahead = [m for m in people if m.end <= hit.start()][::-1]
        if not ahead or not _TO_JOIN_VERB.match(text[ahead[0].end:hit.start()]) or not _JOIN_OBJECT.match(text, hit.end()):
            continue
        before = len(out)
        # (the one nearest the verb is its subject; those before it must be glued to it)
        chain(ahead[:1], lambda m: True)
        first = [ahead[0].start]
        chain(ahead[1:], lambda m, first=first: _glued_left(text, first, m))
        if hit.group().endswith("joining"):
            # "Pompeo and Bolton are now joining Foreign Minister Sergey Lavrov and the Russian
            # delegation": those they join sit at it too
            last = [hit.end()]
            chain([m for m in people if m.start >= hit.end()], lambda m, last=last: _glued(text, last, m))
        along = _ALONG_WITH.match(text, hit.end())
        if along is not None:
            last = [along.end()]
            chain([m for m in people if m.start >= along.end()], lambda m, last=last: _glued(text, last, m))
        if len(out) > before:
            cue = cue or hit.group().strip()
    return out, cue


def _glued(text: str, last: list[int], m) -> bool:
    """Whether mention ``m`` continues a list of joiners whose last item ends at ``last[0]``
    (then ``last[0]`` moves to its end)."""
    gap = text[last[0]:m.start]
    ok = len(gap) <= 80 and _LIST_GLUE.match(gap) is not None and not _NOT_GLUE.search(gap)
    last[0] = m.end
    return ok


def _glued_left(text: str, first: list[int], m) -> bool:
    """Whether mention ``m`` opens a list of joiners whose first item starts at ``first[0]``
    (then ``first[0]`` moves to its start)."""
    gap = text[m.end:first[0]]
    ok = len(gap) <= 80 and _LIST_GLUE.match(gap) is not None and not _NOT_GLUE.search(gap)
    first[0] = m.start
    return ok


def _join_earlier(rows: list[dict], first_row: int, pno: int, joiners: list[str], cue: str, resolver: ActorResolver, pair: list[str]) -> None:
    """Add ``joiners`` to the last in-person contact of the paragraph told before this sentence,
    and take them out of this sentence's rows where they were read as parties of their own
    ("The talks, in a three-on-three format, included Rubio and Witkoff …": no new contact;
    "Pompeo and Lavrov joined the two presidents afterward for a working lunch": the same one).
    ``pair``: who "the two leaders" of this sentence are."""
    joining = set(joiners)
    here = [row for row in rows[first_row:] if row["contact_type"]]
    sentence = rows[first_row]["sentence"] if len(rows) > first_row else ""
    # (the format also when another cue came first: "… in a three-on-three format: Putin was
    # accompanied by Lavrov and Ushakov, Trump by Rubio and Witkoff")
    format_cue = _FORMAT_CUE.fullmatch(cue) is not None
    if format_cue or ("-on-" in sentence and _FORMAT_CUE.search(sentence)):
        dated = [row for row in here if row["contact_type"] in _OWN_JOIN and row["time_role"] == "when" and row["value"] and (format_cue or row["expression"] in sentence)
                 and not _SINCE_IN_SENTENCE.search(row["sentence"], 0, max(0, row["sentence"].find(row["expression"])))]  # (not "their first meeting since Osaka in 2019")
        if dated:
            # "Friday's meeting, held in a three-on-three format with Rubio and Witkoff beside
            # Trump …": the sentence's own dated contact, with everyone seated at it
            for row in dated:
                ids = row["participant_ids"].split("; ")
                _set_participants(row, ids + [a for a in joiners if a not in ids], resolver)
            return
    # the first in-person contact of the last sentence that told one (not the row of an earlier
    # contact that sentence recalls: "their first meeting since 2019", "… since Mr. Biden saw
    # Mr. Putin in Moscow in March 2011")
    joinable = [r for r in rows[:first_row] if r["paragraph_no"] == pno and r["contact_type"] in _JOINABLE and r["modality"] == "occurred" and r["time_role"] != "since"
                and "previous contact" not in r["reason"]]
    target = next((r for r in joinable if r["sentence_no"] == joinable[-1]["sentence_no"]), None) if joinable else None
    # (a day told before the joining words, on no contact of its own: the day the joining
    # happened — "The two leaders resumed today …, joined by Baker"; not "…, who also took part,
    # said talks would open on Friday")
    at = sentence.find(cue) if cue else -1
    days = {r["value"][:10] for r in rows[first_row:] if r["time_role"] == "when" and not r["contact_type"] and _DAY_OF_VALUE.match(r["value"])
            and 0 <= sentence.find(r["expression"]) < at}
    if target is not None and days and target["value"][:10] not in days:
        target = None  # "The two leaders resumed today …, joined by Baker": another day's meeting, not the one before
    if target is not None and cue and _LED_DELEGATION.match(" " + cue) and any(resolver.kind[a] == "person" for a in target["participant_ids"].split("; ") if a):
        target = None  # who led each delegation: talks told with no one named ("Senior U.S. and Russian officials held talks"), not a meeting of people named
    before = set(target["participant_ids"].split("; ")) if target is not None else set()

    def told_before(row: dict) -> bool:
        """Whether the row is the earlier contact again, with the joiners ("joined the two presidents")."""
        ids = set(row["participant_ids"].split("; "))
        return bool(ids & joining) and ids <= joining | before

    if not _BACK_TO_CONTACT.match(rows[first_row]["sentence"] if len(rows) > first_row else ""):
        # (not a row carried over from the contact before: "called the three-hour conversation …")
        own = [row for row in here if cue in row["event"] and row["contact_type"] in _OWN_JOIN and not told_before(row) and "carried over" not in row["reason"]]
        if not own and target is None:
            # "… met for five hours today, and in the afternoon they were joined by Shultz and
            # Shevardnadze": the contact told before in the same sentence
            own = [row for row in here if row["contact_type"] in _JOINABLE and row["modality"] == "occurred" and not set(row["participant_ids"].split("; ")) <= joining][-1:]
        if own:
            # "held talks …, joined by Waltz": this sentence's own contact; with the joiners
            # ("opened their summit …, meeting first in a session that included only Blinken and Lavrov")
            # (the one still lacking them: "met Putin …, after talks with Lavrov, who also sat in on the meeting with Mr. Putin")
            chosen = next((row for row in own if not joining <= set(row["participant_ids"].split("; "))), own[-1])
            key = (chosen["participant_ids"], chosen["contact_type"])
            ids = chosen["participant_ids"].split("; ")
            added = ids + [a for a in joiners if a not in ids]
            for row in here:
                if (row["participant_ids"], row["contact_type"]) == key:
                    _set_participants(row, added, resolver)
            return
    for row in here:
        ids = row["participant_ids"].split("; ")
        if "carried over" in row["reason"] and target is not None and set(ids) <= before:
            continue  # the contact before again: it gets the joiners below
        if set(ids) <= joining and len(pair) == 2 and _PRONOUN_PAIR.search(row["event"]) and not set(pair) & joining and not set(pair) <= before:
            # "the two leaders then retreated … for talks, joined by Shultz and Shevardnadze"
            _set_participants(row, [*pair, *ids], resolver)
            return
        if set(ids) <= joining or target is not None and told_before(row):
            _drop_contact(row)
        elif joining & set(ids):
            # (the people of a swap or release are named in its own clause: parties there too)
            named = {m.actor_id for m in resolver.find(row["event"])} if row["contact_type"].startswith("prisoner") else set()
            kept = [a for a in ids if a not in joining or a in named]
            if {"US", "Russia"} <= {resolver.side[a] for a in kept}:
                _set_participants(row, kept, resolver)
    if target is None:
        return
    key = (target["sentence_no"], target["participant_ids"], target["contact_type"])
    ids = target["participant_ids"].split("; ")
    added = ids + [a for a in joiners if a not in ids]
    for row in rows[:first_row]:
        if row["paragraph_no"] == pno and (row["sentence_no"], row["participant_ids"], row["contact_type"]) == key and "previous contact" not in row["reason"]:
            _set_participants(row, added, resolver)
    for row in here:
        if "carried over" in row["reason"] and set(row["participant_ids"].split("; ")) <= before:
            _set_participants(row, added, resolver)


#: A contact called off, and the date it had been meant for ("planned for Saturday"); the
#: kinds of contact that are called off (a call said to be called off is mostly another's word).
_MEETINGS = IN_PERSON | {"talks/negotiations"}
#: (beside _CALLED_OFF's past forms: "cancels", "is calling off", "ruled out")
_CALLED_OFF_NOW = re.compile(r"\b(?:cancel(?:s|l?ing)|call(?:s|ing)\s+off|puts?\s+off|putting\s+off|postpon(?:es|ing)|scrap(?:s|ping)|shelv(?:es|ing)|ditch\w*|rul(?:ed|es|ing)\s+out)\b", re.IGNORECASE)
_MEANT_FOR_BEFORE = re.compile(r"\b(?:planned|scheduled|set|slated|floated|due|pencill?ed\s+in|expected)\s+(?:to\s+(?:take\s+place|be\s+held|start|begin|open)\s+)?(?:for|on|in)?\s*$", re.IGNORECASE)


#: A letter made public: "released what he called a “very nice letter” from Putin".
_RELEASED_LETTER = re.compile(r"\b(?:released|made\s+public|published|distributed|disclosed)\s+(?:what\s+(?:he|she|they)\s+called\s+)?[^.;,]{0,40}?\b(?:letter|message|telegram)\b")
#: "a letter from Putin, dated Dec. 15": the date the letter bears.
_DATED_BEFORE = re.compile(r"\bdated\s+(?:on\s+)?$")


def _released_letter_undated(rows: list[dict], first_row: int, sentence: str) -> None:
    """"Trump on Friday released a letter from Putin": the day it was made public, not written —
    the letter stays, with no day of its own (the dated row keeps the day, with no contact)."""
    released = _RELEASED_LETTER.search(sentence)
    if released is None:
        return
    for k in range(first_row, len(rows)):
        row = rows[k]
        if row["contact_type"] == "correspondence" and row["time_role"] == "when" and 0 <= sentence.find(row["expression"]) < released.start():
            letter = {**row, "expression": "", "type": "", "value": "", "start": None, "end": None, "mod": "", "approx": False, "time_role": "undated",
                      "reason": f"a letter made public '{row['expression']}' ({row['value'][:10]}); the day it was written is not told here"}
            _drop_contact(row)
            rows.append(letter)


def _the_letters_own_date(rows: list[dict], first_row: int, sentence: str) -> None:
    """"Trump on Friday released a letter from Putin, dated Dec. 15": the letter was written on
    the day it is dated; the day it was released or read out is no contact of the two."""
    here = [r for r in rows[first_row:] if r["contact_type"] == "correspondence"]
    dated = [r for r in here if (at := sentence.find(r["expression"])) > 0 and _DATED_BEFORE.search(sentence, max(0, at - 12), at)]
    if not dated:
        return
    for row in here:
        if row not in dated and row["participant_ids"] == dated[0]["participant_ids"] and row["time_role"] == "when":
            _drop_contact(row)


def _deny_a_failed_call(fields: dict, sentence: str) -> None:
    """A call the sentence says was tried and did not get through did not take place ("tried
    to reach Gerasimov on Tuesday …, but was unable to get through"; the failure may be told in
    another clause than the call's, so the whole sentence is read)."""
    if fields["contact_type"] == "phone call" and fields["modality"] == "occurred" and "to " in sentence and _TRIED_TO_REACH.search(sentence) and _NOT_THROUGH.search(sentence) \
            and "instead" not in fields.get("event", ""):  # (not "…, and spoke instead with Rice": the call that went through)
        fields["modality"] = "denied"


def _prisoners_named_next(told: list[dict], next_text: str, resolver: ActorResolver) -> None:
    """A prisoner swap told with its two countries only, whose people the next sentence of the
    paragraph names ("… carried out their biggest spy swap since the Cold War on Friday. Ten
    Russian agents …, among them Anna Chapman, were flown to Moscow, while four men …,
    including Igor Sutyagin, headed to the West"): they are its participants, as for a swap
    that names them (those the actor table knows as prisoners)."""
    for row in told:
        if row["contact_type"] != "prisoner exchange" or any(resolver.kind.get(a) == "person" for a in row["participant_ids"].split("; ") if a):
            continue
        named = list(dict.fromkeys(m.actor_id for m in resolver.find(next_text) if resolver.kind[m.actor_id] == "person" and _PRISONER_NOTE.search(resolver.info[m.actor_id]["notes"])))
        if named:
            _set_participants(row, named, resolver)
            note = "the people swapped, named in the next sentence"
            row["reason"] = f"{row['reason']}; {note}" if row["reason"] else note


#: An actor table note of someone held and freed in a swap or a release.
_PRISONER_NOTE = re.compile(r"\b(?:Exchanged|Released|Freed)\b")


def _set_participants(row: dict, ids: list[str], resolver: ActorResolver) -> None:
    """Give ``row`` the participants ``ids`` (both columns: ids and names). A side named by its
    country gives way to its people ("Russian-American talks …; the Russian delegation comprised
    … Ushakov; the American side was represented by Rubio …")."""
    sides_of_people = {resolver.side[a] for a in ids if resolver.kind[a] == "person"}
    ids = [a for a in ids if resolver.kind[a] == "person" or resolver.side[a] not in sides_of_people]
    row["participant_ids"] = "; ".join(ids)
    row["participants"] = "; ".join(resolver.name(a) for a in ids)


#: What was agreed or planned, up to a deadline after it: "agreement for ridding Syria of its
#: chemical weapons |by mid-2014", "pledged to cut their arsenals |by 2012".
_AGREED_DEADLINE = re.compile(r"\b(?:agreement|accord|deal|framework|plan|pact|treaty|timetable|road\s*map|agreed|pledged|promised|committed|vowed)\s+(?:[\w-]+\s+){0,2}?(?:for|to)\s+"
                              r"(?P<what>(?:[\w'’-]+,?\s+){1,14}?)$"
                              # "signed a declaration … under which, by May 30, neither country's missiles will be aimed …"
                              r"|\b(?:under|by)\s+which\s*,?\s*$"
                              # ("… the Treaty on Strategic Offensive Reductions, under which each side is to cut its
                              # warheads to between 1,700 and 2,200 by the end of 2012": the terms' deadline)
                              r"|\b(?:under|by)\s+which\s+(?P<terms>[^.;]{1,140}?)\s+$"
                              # ("agreed on Friday that by May 30 neither country's missiles would be aimed …": what was agreed)
                              r"|\b(?:agreed|declared|announced|pledged|promised|decided)\b[^.;]{0,40}?\bthat\s*,?\s*$", re.IGNORECASE)


def _drop_contact(row: dict) -> None:
    """Make ``row`` a plain dated event: no contact of its own."""
    for col in ("contact_type", "cameo_code", "cameo_label", "modality"):
        row[col] = ""


#: "the two presidents", "the two leaders": heads of state, not the ministers told of since.
_TWO_HEADS = re.compile(r"\b(?:the\s+two|both)\s+(?:presidents|leaders|heads\s+of\s+state)\b|\bthe\s+(?:two\s+)?(?:leaders|presidents)(?=['’]\s)"
                        r"|\bthe\s+(?:leaders|presidents)(?=\s+(?:(?:are|were|will|would|had|have|also|then|later|last|first|briefly|again|to)\s+)*(?:met|meet|spoke|speak|talked|talk|held|hold|shook|sat|conferred|confer|signed|sign|adopted|adopt|issued|issue|exchanged|exchange)\b)", re.IGNORECASE)


def _heads(pair: list[str], resolver: ActorResolver) -> list[str]:
    """``pair`` when both are (or were) heads of state, else []."""
    return pair if pair and all(is_head_of_state(resolver.info[a]) for a in pair) else []


def _told_pairs(fields: dict, recent_pair: list[str], recent_heads: list[str], resolver: ActorResolver) -> tuple[list[str], list[str]]:
    """After a contact row: the pair just told, and the heads of state told last."""
    recent_pair = _pair_of(fields, resolver) or recent_pair
    return recent_pair, _heads(recent_pair, resolver) or recent_heads


def _pair_for(text: str, recent_pair: list[str], recent_heads: list[str], pair: list[str], heads_then: tuple[str, ...] = (), heads_today: tuple[str, ...] = ()) -> list[str]:
    """Who 'the two', 'they' are in ``text``: the pair of the contact just told, else the
    article's; 'the two presidents' the heads of state told of last, if another pair came since,
    or, in an article that names no pair at all, the two heads of state of its day (``heads_then``);
    when no contact of heads was told and the pair told is no pair of heads ("Putin telephoned
    Condoleezza Rice … The two presidents were expected to talk later today"), those of its day."""
    if recent_heads and recent_heads != recent_pair and ("two" in text or "leaders" in text or "presidents" in text) and _TWO_HEADS.search(text):
        return recent_heads
    if recent_heads and recent_heads != recent_pair and "summit" in text and _THEIR_SUMMIT.search(text):
        return recent_heads  # "It was their first formal summit" after aides joined them: the leaders'
    if not recent_heads and heads_today and set(recent_pair) & set(heads_today) and set(recent_pair) != set(heads_today) and ("two" in text or "leaders" in text or "presidents" in text) and _TWO_HEADS.search(text):
        return list(heads_today)
    if not recent_pair and len(pair) < 2 and heads_then and _TWO_HEADS.search(text):
        return list(heads_then)  # "The two leaders emerged from their last session in Geneva …"
    return recent_pair or pair


#: "their first formal summit": a summit is the leaders' contact, whoever was told of last.
_THEIR_SUMMIT = re.compile(r"\b[Tt]heir\s+(?:[\w-]+\s+){0,3}?summit\b")


def _both_sides_only(article, resolver: ActorResolver) -> bool:
    """Whether the article names someone or something of each side and no person of another
    (the resolver's look-ups are memoised)."""
    found = [m.actor_id for text in article.analysable_lists["text"] for m in resolver.find(text)]
    sides = {resolver.side[a] for a in found}
    return {"US", "Russia"} <= sides and not any(resolver.kind[a] == "person" and resolver.side[a] not in ("US", "Russia") for a in found)


def _heads_on(resolver: ActorResolver, published: dt.date | None) -> tuple[str, ...]:
    """The US president and the Russian (or Soviet) leader on ``published``, or ()."""
    if published is None:
        return ()
    when = published.isoformat()
    heads = tuple(role_holder(resolver, code, "leader", when) for code in ("US", "RU"))
    return heads if all(heads) else ()


def _is_scene(fields: dict, t, published_iso: str | None, resolver: ActorResolver) -> bool:
    """Whether a dated row with no contact sets the scene of one: a US and a Russian person on
    a past day ("Burns and Naryshkin were both in Ankara on Monday"). A contact the paragraph
    tells next, with no date of its own, happened that day ("Their meeting, hosted by …")."""
    return (not fields["contact_type"] and fields["time_role"] == "when" and t.type in ("date", "time") and bool(_DAY_OF_VALUE.match(t.value))
            and published_iso is not None and t.value[:10] <= published_iso and bool(_pair_of(fields, resolver)))


def _is_story_day(fields: dict, t, published_iso: str | None) -> bool:
    """Whether a dated row with no contact and no one named tells the day the next sentence's
    contact happened on ("For about four hours Monday, the home of Roosevelt belonged to two
    other presidents. Clinton and Yeltsin met in the library …")."""
    return (not fields["contact_type"] and fields["time_role"] == "when" and t.type in ("date", "time") and bool(_DAY_OF_VALUE.match(t.value))
            and published_iso is not None and t.value[:10] <= published_iso)


def _scene_of(fields: dict, scene: dict | None, resolver: ActorResolver) -> dict | None:
    """``scene`` when the contact ``fields`` is between its two people, else None."""
    if scene is None:
        return None
    pair = _pair_of(fields, resolver)
    return scene if pair and pair == _pair_of(scene, resolver) else None


def _dated_by_the_scene(sentence_rows: list[dict], scene: dict | None, resolver: ActorResolver, dated: dict | None = None) -> list[dict]:
    """Rows dating the contacts of one sentence that has only a duration or a "since" for them
    ("The two men talked for two hours") by the scene the paragraph set before (see _is_scene),
    or by the contact of the same kind and pair it dated before ("concluded their first summit
    today. Mr. Reagan, who spent nearly five hours alone with Mr. Gorbachev, …": that summit)."""
    extra = []
    # (a date of the pair's previous contact, "their first meeting since … in 2019", dates another one)
    dated_types = {r["contact_type"] for r in sentence_rows if r["contact_type"] and r["time_role"] == "when" and "previous contact" not in r["reason"]}
    for r in sentence_rows:
        if r["contact_type"] and r["contact_type"] not in dated_types and r["time_role"] in ("duration", "since") and r["modality"] == "occurred":
            day = _scene_of(r, scene, resolver)
            if day is None and dated is not None and dated is not r and _scene_of(r, dated, resolver):
                # (of any type: "signed the treaty … on Thursday. The ceremony followed about 90
                # minutes of private talks between the two presidents": that day too)
                day = dated
            if day is None:
                continue
            row = dict(r)
            at = r["event"].find(r["expression"])  # (a past perfect after the duration is another clause's)
            _date_from_the_story(row, r["event"], at if at >= 0 else len(r["event"]), day)
            if row["time_role"] == "when":
                extra.append(row)
                dated_types.add(r["contact_type"])
    return extra


_CENTURY_ADJECTIVE = re.compile(r"-century$", re.IGNORECASE)
#: A day-precise value ("2002-05-24", "2018-07-16TMO").
_DAY_OF_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
#: "has held conversations with": news's present perfect gives no day (left undated)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
#: "had met", "had been received": a contact before the story's day, not on it.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:already|earlier|previously|also|just|not|never|long|recently|briefly|twice|once|only|first|last)\s+)?"
                           r"(?:[a-z]+ed|met|spoken|talked|held|been|seen|had|made|given|taken|sent|written|known|come|gone|done|told|said|flown|begun|run|won|got|gotten|left|sat|stood|brought|kept|put|set|shaken|spent|agreed|hosted)\b"
                           r"|['’]d\s+(?:met|spoken|talked|held)\b", re.IGNORECASE)  # (not "had brief chats": a simple past of "have")


#: A contact just finished or begun, told in the present perfect of a live report: "Biden and
#: Putin have ended their video call", "have wrapped up their one-on-one session", "has just
#: spoken with" (not "have met twice", "has held conversations with": no day at all).
_FINISHED_TODAY = re.compile(
    r"\b(?:have|has)\s+(?:just\s+|now\s+)?(?:ended|wrapped\s+up|concluded|finished|completed|begun|started|opened|sat\s+down|moved\s+(?:on\s+)?to|emerged\s+from)\b"
    # ("has just gotten off the phone with his Russian counterpart", "have just signed")
    r"|\b(?:have|has)\s+just\s+(?:met|spoken|talked|held|had|wrapped|ended|got|gotten|hung|come|signed|finished|concluded|completed|shaken|sat|begun|started|emerged|left|returned)\b", re.IGNORECASE)


#: A later sentence naming the contact just told by its kind: "The roughly hour-long call was
#: initiated by Austin", "Kirby said the call did not resolve …", "the video link".
_THE_CALL = re.compile(r"\b(?:the|that|this|their|Friday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Saturday['’]s|Sunday['’]s)\s+(?:[\w-]+\s+){0,3}?(?P<kind>(?:phone\s+|telephone\s+)?call|video\s*(?:call|link|conference))\b(?!\s+(?:for|on|to)\b)", re.IGNORECASE)


def _named_by_its_kind_after(rows: list[dict], pno: int, sno: int, text: str) -> None:
    """A contact told with a verb of no kind ("Austin spoke with Shoigu on Friday") takes the kind
    a later sentence of its paragraph names it by ("The roughly hour-long call was initiated by
    Austin"): a phone or video call. Only the paragraph's last such contact, and only when this
    sentence tells no contact of its own."""
    here = [r for r in rows[-8:] if r["paragraph_no"] == pno and r["sentence_no"] == sno and r["contact_type"]]
    if any("carried over" not in r["reason"] for r in here):
        return  # (a row carried over from the contact before, "The 40-minute call …", is that contact)
    m = _THE_CALL.search(text)
    if m is None:
        return
    told = [r for r in rows if r["paragraph_no"] == pno and r["sentence_no"] < sno and r["contact_type"]]
    if not told or told[-1]["contact_type"] != "contact":
        return
    kind = "video call" if m.group("kind").lower().startswith("video") else "phone call"
    last = told[-1]
    for r in [*told, *here]:
        if r["contact_type"] == "contact" and (r["sentence_no"] == last["sentence_no"] or r in here) and r["participant_ids"] == last["participant_ids"]:
            r["contact_type"], r["cameo_code"] = kind, "041"
            r["cameo_label"] = CAMEO.get("041", "")


def _finished_today(rows: list[dict], first_row: int, text: str, published: dt.date, dated_later: list[tuple[dict, dict]]) -> dict | None:
    """Note the contact a sentence tells as just finished or begun, in the present perfect of a
    live report, when the sentence gives it no day of its own ("LIVE — Biden and Putin have
    ended their secure video call after just over two hours"): it gets a row of its own dated by
    the publication day once the paragraph's joiners are in (``dated_later``), as annotators
    date such a contact; the sentence's own rows are left as they are. Returns the contact as
    dated, or None."""
    told = rows[first_row:]
    if any(r["contact_type"] and r["time_role"] == "when" and r["value"] for r in told):
        return None  # dated already
    hit = _FINISHED_TODAY.search(text)
    row = next((r for r in told if r["contact_type"] and r["modality"] == "occurred" and r["time_role"] in ("undated", "duration", "when")), None) if hit else None
    if row is None or _PAST_PERFECT.search(text, 0, hit.start()):
        return None
    day = _publication_day(published, f"a contact just finished or begun, told in the present perfect ('{hit.group()}'): the day of publication")
    dated_later.append((row, day))
    return {**row, **day}


def _spot_lead(article, sents: Columns) -> tuple[int, int, bool] | None:
    """(paragraph, sentence, whether the dateline gives a day) of a spot report's lead sentence,
    when the first body paragraph starts with a wire dateline ("GENEVA (AP) —"; the sentence
    after it when the dateline stands alone: "HAMBURG, July 7. /TASS/."), else None. Not a
    label: "ANALYSIS —" is no place."""
    lists = article.analysable_lists
    body = next((n for n, role in zip(lists["paragraph_no"], lists["role"], strict=True) if role == "body"), None)
    if body is None or body not in sents["paragraph_no"]:
        return None
    k = sents["paragraph_no"].index(body)
    first = sents["text"][k]
    dateline = _DATELINE.match(first + " ") if first[:1].isupper() and first[1:2].isupper() else None  # (a sentence of its own ends in no space)
    if dateline is None or _NOT_A_PLACE.match(first):
        return None
    dated = any(c.isdigit() for c in first[: dateline.end()])
    if len(first) - dateline.end() < 20 and k + 1 < len(sents["text"]) and sents["paragraph_no"][k + 1] == body:
        k += 1  # the dateline is a sentence of its own
    return int(sents["paragraph_no"][k]), int(sents["sentence_no"][k]), dated


#: Two sides' delegations as the subject of a contact, no one named: "Russian and US delegations
#: held consultations", "Senior U.S. and Russian officials held nearly five hours of talks".
_DELEGATIONS_MET = re.compile(r"\b(?:U\.S\.|US|American|Russian|Soviet)\s+and\s+(?:U\.S\.|US|American|Russian|Soviet)\s+(?:delegations|officials|diplomats|negotiators|teams|envoys)\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:held|met|opened|began|started|concluded|wrapped\s+up|resumed|sat\s+down|hold|meet|are\s+holding|were\s+holding)\b")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[—–]\s")
#: The heads of the two delegations named: "The Russian delegation was headed by X, and the
#: American one by Y", "X led the American delegation; Y headed Russia's".
_HEADS_NAMED = re.compile(r"\b(?:led|headed)\b[^.;]{0,80}?\b(?:delegation|side|team|one|Russia['’]s|America['’]s)\b|\b(?:delegation|side|team)\s+(?:was|were)\s+(?:led|headed)\s+by\b")


def _delegation_heads(text: str, pending: tuple, resolver: ActorResolver, pair: list[str], published: dt.date | None) -> dict | None:
    """The contact of two delegations told before in the paragraph, with the heads this sentence
    names as its participants ("… held consultations. The Russian delegation was headed by
    Alexander Darchiev, and the American one by Sonata Coulter"), as annotators list it: on the
    day its own sentence gave, else on the dateline's day for a spot report's lead, else undated.
    None when the sentence names no head on each side."""
    if _HEADS_NAMED.search(text) is None:
        return None
    _sno, clause, trig, told, lead_day = pending
    when = published.isoformat() if published else None
    heads: list[str] = []
    for m in resolver.find(text):
        if resolver.kind[m.actor_id] == "person" and m.actor_id not in heads:
            heads.append(resolver.in_era(m.actor_id, when))
    if not {"US", "Russia"} <= {resolver.side[a] for a in heads}:
        return None
    fields = _event_fields(clause, None, resolver, pair, False, published, trig, who=(heads, False))
    if not fields["contact_type"]:
        return None
    dated = next((r for r in told if r["time_role"] == "when" and _DAY_OF_VALUE.match(r["value"])), None)
    if dated is not None:
        fields.update(_story_day(dated))
    elif lead_day and fields["modality"] == "occurred" and published is not None:
        fields.update(_publication_day(published, _SPOT_LEAD_DAY))
    fields["reason"] = f"{fields['reason']}; the heads of the delegations named in a later sentence".lstrip("; ")
    return fields


#: A live blog's entry: a time stamp opening the paragraph ("4:05 p.m. ET — …", "LIVE UPDATES —
#: 1:14 p.m. ET: …", "PRAGUE LIVE — 11:32: …"); what it tells in the past with no day of its own is the page's day's.
#: ("LIVE UPDATES, 7:41 a.m. ET:" too: a comma after the label)
_LIVE_ENTRY = re.compile(r"(?:(?:[A-Z][A-Z.'’-]+\s+){0,2}LIVE(?:\s+UPDATES?)?\s*[-–—:,]\s*)?" + LIVE_STAMP.pattern.removeprefix(r"\s*") + r"|LIVE(?:\s+UPDATES?)?\s*[-–—:,]\s*\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)?\s+(?-i:[A-Z])[\w.]*\s*[-–—]\s"
                         r"|LIVE(?:\s+UPDATES?)?\s*[-–—,]\s*\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)?\s*(?:\(?[A-Z][\w.]*(?:,?\s*[A-Z][\w.]*)?\)?\s*)?:\s")  # ("LIVE UPDATES, 1:55 p.m. (Helsinki): …")


#: Capitals before a dash that label a piece, not a place it was written from.
_NOT_A_PLACE = re.compile(r"\s*(?:ANALYSIS|COMMENTARY|OPINION|EDITORIAL|EXCLUSIVE|UPDATE|UPDATED|BREAKING|LIVE|FACTBOX|EXPLAINER|NEWS\s+ANALYSIS|REVIEW|PROFILE|INTERVIEW|Q&A|FEATURE)\b")


def _publication_day(published: dt.date, why: str) -> dict:
    """The date fields of a contact dated by the day of publication (or the dateline's)."""
    return {"expression": "", "type": "date", "value": published.isoformat(), "start": published, "end": published, "mod": "", "approx": False, "time_role": "when", "reason": why}


_SPOT_LEAD_DAY = "a spot report's lead with no day of its own: the day of the dateline"


def _on_the_dateline_day(rows: list[dict], first_row: int, text: str, published: dt.date, dated_later: list[tuple[dict, dict]], dated: bool, live: bool = False) -> dict | None:
    """Date the contact a spot report's lead (or, ``live``, a live blog's entry) tells in the
    simple past with no day of its own ("GENEVA (AP) — Biden and Putin wrapped up their summit
    after about three hours") by the day the report is written from, as annotators date it: a
    dateline's story is that day's. Not one told in the past perfect ("had spoken only by
    telephone"), nor in the present perfect unless the dateline gives the day ("MOSCOW, December
    15. /TASS/. Putin has sent a telegram to Biden": the agencies' news of the day).

    Returns the contact as dated (its fields with that day's), or None when it dates none.
    """
    told = rows[first_row:]
    if any(r["type"] in ("date", "time") and r["value"][:1].isdigit() and not r["reason"].startswith(STORY_DAY_REASON) and not (live and r["time_role"] == "time of day") for r in told):
        return None  # the sentence gives a day ("after seven hours of talks Sunday"; a clock's story day is none, nor the entry's own stamp)
    # (or "now" with no value: "have now moved into the expanded session")
    row = next((r for r in told if r["contact_type"] and r["modality"] == "occurred" and (r["time_role"] in ("undated", "duration") or not r["value"] and r["expression"].lower() in ("now", "just now", "right now"))), None)
    if row is None or _PAST_PERFECT.search(text) or not dated and _PRESENT_PERFECT.search(text) or any(r is row for r, _ in dated_later):
        return None  # (dated already by the live report's "have wrapped up")
    day = _publication_day(published, "a live blog's entry with no day of its own: the day of the page" if live else _SPOT_LEAD_DAY)
    dated_later.append((row, day))
    return {**row, **day}


#: A bare adverb that places a contact on the day of the one the paragraph dated ("Earlier, …",
#: "Afterward the two men met privately"). ("afterwards" was once left out as introducing more
#: often what was said or planned after the contact; on the fourteenth session's larger set it
#: gained as many contacts as it lost, and the blind batch that prompted it gained.)
_SAME_DAY_ADVERBS = frozenset({"earlier", "afterward", "afterwards"})


def _date_from_the_story(fields: dict, clause: str, trigger_at: int, dated: dict | None) -> None:
    """Date an undated contact that happened as the story tells it: the day of the contact the
    paragraph dated just before ("met on Friday … After talks in the Kremlin the two leaders
    also adopted a joint declaration"). Not a contact told in the past perfect ("had met"):
    that one came before. Annotators date such contacts so. (A present perfect, "has held
    conversations with Ushakov", is no day at all: left undated.)"""
    if dated is None or _PAST_PERFECT.search(clause, 0, max(trigger_at, 0) + 12) or _PRESENT_PERFECT.search(clause, 0, max(trigger_at, 0) + 12):
        return
    fields.update(_story_day(dated))


#: "The leaders met privately for more than an hour before the ceremony": the signing's day, which
#: need not be the day of the contact told last ("… closed in a telephone call on March 26").
_AROUND_THE_SIGNING = re.compile(r"\b(?:before|after|ahead\s+of|following|at)\s+the\s+(?:signing|ceremony)\b", re.IGNORECASE)


def _told_before(text: str, pno: int, last_dated: dict[int, dict], last_signed: dict[int, dict]) -> dict | None:
    """The dated contact of paragraph ``pno`` that an undated one in ``text`` takes its day from:
    the last one told, or the last signing when the sentence places it by "the ceremony"."""
    if pno in last_signed and "the " in text and _AROUND_THE_SIGNING.search(text):
        return last_signed[pno]
    return last_dated.get(pno)


def _story_day(dated: dict) -> dict:
    """The date fields a contact takes from the contact (or the people's day) told before it."""
    day = {key: dated[key] for key in ("expression", "start", "end", "mod", "approx")}
    day["value"], day["type"] = dated["value"][:10], "date"  # the day, not the earlier contact's hour
    day["time_role"] = "when"
    told = "the contact told just before" if dated["contact_type"] else "the two people's day told just before"
    day["reason"] = f"no date of its own: the day of {told} ('{dated['expression']}')"
    return day


def _pair_of(fields: dict, resolver: ActorResolver) -> list[str]:
    """The US person and the Russian person of a contact row, when it has one of each."""
    ids = fields["participant_ids"]
    if ";" not in ids:
        return []  # one participant or none: no pair
    key = (id(resolver), ids)
    pair = _PAIRS.get(key)
    if pair is None:
        people = [a for a in ids.split("; ") if resolver.kind.get(a) == "person"]
        us = [a for a in people if resolver.side[a] == "US"]
        ru = [a for a in people if resolver.side[a] == "Russia"]
        pair = (us[0], ru[0]) if len(us) == 1 and len(ru) == 1 else ()
        if len(_PAIRS) > 4096:
            _PAIRS.clear()
        _PAIRS[key] = pair
    return list(pair)


_PAIRS: dict[tuple[int, str], tuple[str, ...]] = {}  # (resolver, participant ids) -> its pair (few distinct rows recur)


def _prisoner_kind(trig: tuple | None | bool) -> str | bool:
    """"exchange" or "release" for a prisoner trigger, else False (see participants_in)."""
    return trig[0].removeprefix("prisoner ") if trig and trig[0].startswith("prisoner") else False


def _match_start(m: re.Match) -> int:
    return m.start()


_COMMA_BEFORE = re.compile(r",[\"”’']?\s*$")  # (a quote may close after the comma: '… “swift and severe costs,” hours after …')


#: What may stand before an offset that opens a sentence: a dateline (up to its dash), nothing else.
_OPENING_OFFSET = re.compile(r"(?:[^—–\n]{0,50}(?:—|–|--|\s-)\s*)?$")
#: A verb in the clause an opening offset names ("A day after Reagan and Gorbachev met …").
_VERB_IN_CLAUSE = re.compile(r"\b(?:met|held|signed|spoke|talked|called|visited|arrived|announced|said|agreed|ended|left|began|[a-z]{3,}ed)\b")


#: "Mikhail Gorbachev, General Secretary of the CPSU, and": the first of two subjects, set off
#: by an appositive or a relative aside (no verb of the sentence's own before the "and").
_FIRST_SUBJECT = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4},\s+(?:who\s+[^,;]{1,80}|(?!who\b)[^,;]{1,90}),\s+and\s*$")
#: "by Mikhail Gorbachev, General Secretary of the CPSU Central Committee, and": the first of two
#: agents of a passive, set off by a title.
_BY_AGENT_LISTED = re.compile(r"\bby\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4},\s+(?!who\b)[^,;]{1,90},\s+and\s*$")
_MAIN_VERB_BEFORE = re.compile(r"\b(?:met|meets|held|holds|signed|spoke|talked|said|says|told|agreed|called|visited)\b")


def _subject_list_start(text: str, a: int, lead: int) -> int:
    """Where a clause cut at ", and" really starts: at the sentence's first subject when what
    comes before is only that subject and its appositive ("Mikhail Gorbachev, General
    Secretary of the CPSU, and US President George Bush held talks today": both held them)."""
    m = _FIRST_SUBJECT.match(text, lead, a)
    if m is None or m.end() < a - 1:
        # ("The Treaty … was signed yesterday by Mikhail Sergeyevich Gorbachev, General Secretary
        # of the CPSU Central Committee, and Ronald Reagan, President …": two agents, one clause)
        return lead if "by " in text[lead:a] and text[a:a + 40].lstrip()[:1].isupper() and _BY_AGENT_LISTED.search(text, lead, a) is not None else a
    aside = text[lead:a]
    if ", who " not in aside and _MAIN_VERB_BEFORE.search(aside):
        return a
    return lead


def _segment(index: TextIndex, anchored_at: list[int], pos: int, pos_end: int) -> tuple[int, int]:
    """The clause holding [pos, pos_end): clause breaks, and a comma before an anchored
    expression ("…, hours after Trump called off the summit") cutting a clause in two."""
    a, b = index.bounds(pos, pos_end)
    if anchored_at:
        a = max(a, max((x for x in anchored_at if x <= pos), default=a))
        b = min(b, min((x for x in anchored_at if x > pos), default=b))
    return a, b


#: A sentence about the contact just told ("The call came hours after …", "It followed …").
_GOES_ON_ABOUT_IT = re.compile(r"(?:The|That|This|Their|It)\b(?:\s+(?:call|meeting|talks|conversation|session|summit|exchange|visit|encounter))?\s+(?:came|followed|was\s+held|took\s+place)\b")


#: A verb in the simple past (a scene the story tells on its day).
_SIMPLE_PAST_SCENE = re.compile(r"\b[a-z]{3,}ed\b")


def _date_the_anchor_event(found: list, text: str = "", story_day: Timex | None = None) -> None:
    """"Milley spoke with Gerasimov on Monday, a day after Austin held a call with Shoigu": the
    event the expression names (Austin's call) is a day before the sentence's date. The row of
    "a day after" gets that event's date, when the sentence gave a day before it and its own
    event has no date of its own — or, in a sentence that only goes on about the contact just
    told ("The call came hours after Blinken spoke with Lavrov"), before ``story_day``."""
    for k, t in enumerate(found):
        days = t.extra.get("from_following")
        hours = BARE_HOURS.fullmatch(t.expression) if days is None and t.rule == "anchored_offset" else None
        if hours is not None and hours["dir"].lower() in ("after", "before"):
            days = 0  # "…, hours after holding talks with Pompeo": the same day
        if days is None or t.value or t.mod:
            continue
        refs = [p for p in found[:k] if day_of(p) is not None and not p.mod]
        # (not the day of the report when the story gave the event's day before it: "met in
        # Hamburg on July 7, the White House confirmed on Tuesday, hours after …")
        ref = next((p for p in reversed(refs) if not p.extra.get("report_date")), None) or (refs[-1] if refs else None)
        if ref is None and story_day is not None and not any(day_of(p) is not None for p in found) and _trigger(text[t.end_char:]) is not None and (
                _GOES_ON_ABOUT_IT.match(text) or _COMMA_BEFORE.search(text, max(0, t.start_char - 3), t.start_char) and _trigger(text[: t.start_char]) is None and _SIMPLE_PAST_SCENE.search(text, 0, t.start_char)
                and not _PAST_PERFECT.search(text, 0, t.start_char)):
            # (only for a contact the words after it tell: not "a day after Fogel landed …"; or a
            # scene of the story's day told in the past before it: "Residents waved small flags as
            # the motorcade passed, a day after the two leaders signed a trade agreement")
            ref = story_day
        if ref is None:
            continue
        day = day_of(ref) - dt.timedelta(days=days)
        t.value, t.start, t.end = day.isoformat(), day, day
        t.reason = f"the event it names is {abs(days)} day(s) {'before' if days > 0 else 'after'} '{ref.expression}' ({ref.value[:10]})"


def _earliest_trigger(text: str) -> int:
    """Where the first contact word of ``text`` is (of any type), or -1: the sentence's subject
    is named before it (_trigger answers by type, and a later "talks" outranks "hosted")."""
    low = fold(text)
    starts = [p.start(text, low) for _, p, _ in _FOLDED_TRIGGERS] + [p.start(text) for p in _CASED_TRIGGERS.values()]
    return min((x for x in starts if x >= 0), default=-1)


#: " and " between two contacts told as nouns, each with a date ("Rubio's call with Lavrov on
#: Saturday and last Wednesday's Trump–Putin call").
_AND_SPLIT = re.compile(r"\s+and\s+")


def _dated_conjunct(clause: str, a: int, b: int, found: list, offset: int) -> tuple[int, int] | None:
    """The span of the conjunct of ``clause`` holding the expression at ``a``-``b`` (clause
    offsets), when the clause joins two conjuncts with " and " that each tell a contact (a
    trigger) and a date of its own; else None."""
    # (not inside a list of names: "Presidents Vladimir Putin and Joe Biden", "Clinton and Yeltsin")
    if sum(1 for u in found if u.type in ("date", "time") and offset <= u.start_char < offset + len(clause)) < 2:
        return None  # (most clauses: one date or none, no conjuncts to tell apart)
    cuts = [m for m in _AND_SPLIT.finditer(clause) if not (clause[m.end() : m.end() + 1].isupper() and clause[: m.start()].rsplit(None, 1)[-1][:1].isupper())]
    if not cuts:
        return None
    bounds = [0, *[x for m in cuts for x in (m.start(), m.end())], len(clause)]
    parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    # (every conjunct a contact with a date of its own: not "Sherman and Ryabkov met on Monday")
    if not all(any(p[0] <= u.start_char - offset and u.end_char - offset <= p[1] and u.type in ("date", "time") for u in found) and _trigger(clause[p[0] : p[1]]) is not None
               for p in parts):
        return None
    return next((p for p in parts if p[0] <= a and b <= p[1]), None)


#: A contact spelled out after a dash: "— a video call on Dec. 7 and …", "— one in Geneva".
_LISTED_AFTER_DASH = re.compile(r"\s*(?:a|an|one|two|three|first|the\s+first)\s", re.IGNORECASE)


def _subject_carried(text: str, clause: str, offset: int, resolver: ActorResolver, pair: list[str], mentions, at: int, when: str | None = None) -> tuple[list[str], bool] | None:
    """Participants for a later clause of ``text`` that starts with its contact verb and names
    no US-Russia pair itself ("Blinken and Lavrov spoke by phone in July, and exchanged a few
    words in March"): who is named before the sentence's first contact verb (the subject, not
    the object), with the clause's own. None when that gives no US-Russia pair either."""
    first = _FIRST_WORD.match(clause)
    during = _DURING_CONTACT.match(clause) is not None and _TELL_VERB.search(text, 0, offset) is not None
    # ("held eight hours of talks on Monday, following a working dinner on Sunday night": the dinner is theirs too)
    preceding = _PRECEDING_CONTACT.match(clause) is not None and _trigger(text[:offset]) is not None
    # ("two conversations between Biden and Putin — a video call on Dec. 7 and a phone call on
    # Dec. 30": the contacts a dash spells out are between the pair named before it)
    preceding = preceding or (text[:offset].rstrip().endswith(("—", "–", "--")) and _LISTED_AFTER_DASH.match(clause) is not None
                              and _trigger(text[:offset]) is not None)
    if not during and not preceding and (not first or first.group(1).lower() not in _CONTACT_VERBS and _TIME_THEN_GERUND.match(clause) is None) or _trigger(clause) is None:
        return None
    own = participants_in(clause, resolver, pair, mentions, at + offset, when)[0]
    # ("Biden warned Putin of …, during a two-hour video call on Tuesday": the call is theirs)
    before = offset if during or preceding else _earliest_trigger(text[:offset])
    if before < 0 and first is not None and first.group(1).endswith("ing"):
        before = offset  # "The two men have kept in close touch, meeting in Munich in February": the subject
    if before < 0 or {"US", "Russia"} <= _sides(own, resolver):
        return None
    subject = participants_in(text[:before], resolver, pair, when=when)[0]
    ids = list(dict.fromkeys(subject + own))
    if any(resolver.kind[a] == "person" for a in ids):
        ids = [a for a in ids if resolver.kind[a] == "person"]  # as participants_in does
    return (ids, True) if subject and {"US", "Russia"} <= _sides(ids, resolver) else None


def _with_continuation(text: str, clause: str, offset: int, resolver: ActorResolver, pair: list[str], mentions, at: int, when: str | None = None) -> tuple[tuple[str, str, int], list[str], str] | None:
    """"Sullivan held talks with Ushakov, and with Patrushev": a later clause of ``text`` that
    names only another partner of the sentence's contact. Gives that contact's trigger and the
    participants: those named before its verb on the sides this clause does not name, and this
    clause's own; and that contact's modality ("will meet A …, and later with B": both planned).
    None for any other clause, or when that gives no US-Russia pair."""
    if not _WITH_MORE.match(clause) or _trigger(clause) is not None:
        return None
    before = _trigger(text[:offset])
    if before is None:
        return None
    own = participants_in(clause, resolver, pair, mentions, at + offset, when)[0]
    if not own:
        return None
    own_sides = _sides(own, resolver)
    subject = participants_in(text[: before[2]], resolver, pair, when=when)[0]
    ids = list(dict.fromkeys([a for a in subject if resolver.side[a] not in own_sides] + own))
    if not {"US", "Russia"} <= _sides(ids, resolver):
        return None
    return (before[0], before[1], 0), ids, modality(text[:offset], before[2])


def _continued(more: tuple, clause: str, t, resolver: ActorResolver, pair: list[str], when_clause: bool, published) -> dict:
    """The row fields of a with-continuation (``more``: what :func:`_with_continuation` gave):
    its clause's own time and place, the earlier contact's type and modality."""
    fields = _event_fields(clause, t, resolver, pair, when_clause, published, more[0], who=(more[1], False))
    if fields["contact_type"]:
        fields["modality"] = more[2]
    note = "the contact of the clause before, with another partner"
    fields["reason"] = f"{fields['reason']}; {note}" if fields["reason"] else note
    return fields


def _strip_clause(text: str, a: int, b: int) -> tuple[str, int]:
    """``text[a:b]`` without the spaces and commas around it, and where that starts in ``text``."""
    raw = text[a:b]
    return raw.strip(" ,"), a + len(raw) - len(raw.lstrip(" ,"))


#: A contact's day as it was set: "had been scheduled for Saturday", "was to have opened today".
_SCHEDULED_FOR = re.compile(r"\b" + _SET_FOR + "(?:" + _SET_FOR_VERBS + r"|supposed)\b|\b(?:was|were)\s+to\s+have\b")


def _carry_over(fields: dict, last: dict, note: str = "") -> dict:
    """'The talks lasted five hours': take who/what/where from the contact mentioned before."""
    out = dict(fields)
    for key in ("participants", "participant_ids", "contact_type", "cameo_code", "cameo_label", "modality"):
        out[key] = last[key]
    out["place"] = fields["place"] or last["place"]
    out["confidence"] = round(max(fields["confidence"] - 0.15, 0.05), 2)
    note = note or "participants and contact carried over from the contact mentioned just before"
    out["reason"] = f"{fields['reason']}; {note}" if fields["reason"] else note
    return out


#: Texts both sides put their names to, told in the same clause as a meeting or a call, and
#: meetings told beside them ("signed a treaty … following two hours of talks", "held talks
#: and issued a joint statement"): each is a contact of its own. Finite verbs only ("talks
#: on extending New START" extend nothing).
_TEXT_CONTACTS: list[tuple[str, Folded, str]] = [
    ("treaty action", Folded(re.compile(r"\b(?:signed|ratified|extended|suspended)\b(?:[^.;]|(?<=\b(?:St|Mt|Ft))\.|(?<=\b[A-Z])\.){0,60}\b(?:treaty|START|agreement|accord|pact)\b|" + _CONCLUDED_AGREEMENT, re.IGNORECASE)), "treaty"),
    ("statement", Folded(re.compile(r"\b(?:issued|adopted|signed|released|agreed\s+on|issuing|adopting|signing)\s+(?:a|an|the|two|three|four|five|six|several|\d+)\s+(?:[\w\"“”-]+\s+){0,3}?(?:joint\s+)?(?:statements?|declarations?|communiqu[eé]s?)\b|\b(?:issued|adopted|signed|agreed\s+on|signing)\s+(?:a|an|the)\s+joint\s+understanding\b"
                                    # "ended their summit meeting here today with a joint statement"
                                    r"|\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?joint\s+(?:statement|declaration|communiqu[eé]|understanding)\b", re.IGNORECASE)), "010"),
    ("correspondence", Folded(re.compile(r"\b(?:handed|delivered|hand-delivered|passed)\s+(?:(?:him|her|over)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|message)\b", re.IGNORECASE)), "040"),
]
_MEETING_BESIDE = Folded(re.compile(r"\b(?:talks|summit)\b", re.IGNORECASE))
#: A clause going on with the same subject: "…, and then retired to …", "… and then met".
_THEN_SAME_SUBJECT = re.compile(r"(?:,\s*|\s)and\s+then\s+(?=[a-z])")
_SENTENCE_PART = re.compile(r"[;:]|\.\s")
#: Where the terms agreed after a deadline end: a sentence part's end, or a comma before a
#: participle ("that by May 30 neither country's missiles would be aimed at the other, signing
#: the declaration …": the signing is the contact, not part of what was agreed).
_AGREED_TERMS_END = re.compile(r"[;:]|\.\s|,\s+(?=[a-z]+ing\b)")
#: The main verb of a subject that an aside interrupted: "…, meeting on Thursday, |issued …".
_MAIN_VERB_AFTER_ASIDE = re.compile(r",\s+(?:also\s+|then\s+)?((?:issued|adopted|signed|released|handed|delivered|ratified|extended)\b)")
#: A conjunct with the same subject telling a document: "…, and issued a joint statement",
#: "…, and emerged with a joint statement" (no subject of its own after "and").
_AND_THEN_A_DOCUMENT = re.compile(r",\s+and\s+(?:also\s+|then\s+|later\s+)?(?:emerged\s+(?=with\b)|came\s+out\s+(?=with\b))?((?:issued|adopted|signed|released|with)\b)")
_MEETING_KINDS = frozenset({"summit", "in-person meeting", "talks/negotiations"})


def _new_predicate(pattern: Folded, clause: str, head_end: int) -> bool:
    """Whether ``pattern`` matches before the topic (``head_end``), or after it as a predicate
    of its own ("… differences on Nato expansion, issuing a joint statement")."""
    m = pattern.search(clause)
    if m is None:
        return False
    return m.start() < head_end or clause.endswith((", ", " and "), 0, m.start())


#: ", after meeting for several hours with Foreign Minister Sergey Lavrov": another meeting of
#: the subject's, before or after the one the clause tells.
_AFTER_MEETING_WITH = re.compile(
    # (", after several hours of talks with Lavrov": a number of hours, then the talks)
    # ("… at the Kremlin on Wednesday after a tense morning of talks with Lavrov")
    # ("After meeting for several hours with Lavrov, Tillerson was received …": opening the clause)
    r"(?:^|,\s+|\s+)(?:after|before|following)\s+(?:meeting|talking|speaking|conferring|spending|having\s+spent|(?:holding\s+)?talks|(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|session)|(?:[\w-]+\s+){1,3}?(?:hours?|minutes)\s+of\s+(?:[\w-]+\s+)?talks"
    r"|(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:morning|afternoon|evening|day|round|session)\s+of\s+(?:[\w-]+\s+)?talks)"
    r"\s+(?:[\w-]+\s+){0,4}?with\s+(?P<rest>(?:[^,;.]|(?<=\b[A-Z])\.)+)"  # (an initial's dot: "Sergey V. Lavrov")
    # "held talks with Gorbachev in the Kremlin and was received separately by Boris Yeltsin"
    r"|\s+and\s+was\s+(?:also\s+|later\s+|then\s+)?(?:received|hosted)\s+(?:separately\s+)?by\s+(?P<rest2>[^,;.]+)"
    # "was received by Putin at the Kremlin on Tuesday and later met Foreign Minister Sergei Lavrov"
    # ("… and then sat down with President Vladimir Putin for four more")
    r"|\s+and\s+(?:also\s+|later\s+|then\s+|separately\s+)+(?:met|held\s+talks\s+with|talked\s+with|conferred\s+with|sat\s+down\s+with|had\s+(?:lunch|dinner|breakfast)\s+with)\s+(?:with\s+)?(?P<rest3>(?:[^,;.]|(?<=\b[A-Z])\.)+)"
    # "…, after a frosty morning session of talks between Tillerson and Lavrov": two of its people
    r"|(?:,\s+|\s+)(?:after|before|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|(?:session|round)\s+of\s+talks)\s+between\s+(?P<rest4>[^,;.]+)",
    re.IGNORECASE,
)


def _side_meeting(clause: str, fields: dict, resolver: ActorResolver) -> tuple[dict, dict] | None:
    """The clause's contact without the one met in an ", after meeting … with X" aside, and a
    row for that meeting (the subject and X, same day); with ", after talks between A and B",
    the contact as it is and a row for A and B; or None."""
    m = _AFTER_MEETING_WITH.search(clause)
    if m is None:
        return None
    ids = [a for a in fields["participant_ids"].split("; ") if a]
    day = fields["value"][:10] if fields["type"] == "date" else None
    kind, code = ("talks/negotiations", "046") if "talks" in m.group().lower() else ("in-person meeting", "place")
    if m.group("rest4"):
        pair = list(dict.fromkeys(x.actor_id for x in resolver.find(m.group("rest4")) if resolver.kind[x.actor_id] == "person"))
        if len(pair) != 2 or {resolver.side[a] for a in pair} != {"US", "Russia"} or not set(pair) <= set(ids):
            return None
        return fields, _side_row(fields, pair, *_by_rank(kind, code, pair, resolver, day), clause, resolver, "another meeting told in the same clause (', after talks between …')")
    partners = [x.actor_id for x in resolver.find(m.group("rest") or m.group("rest2") or m.group("rest3")) if resolver.kind[x.actor_id] == "person"]
    partner = next((a for a in ids if a in partners), None)
    if partner is None or len(ids) < 3:
        return None
    subject = next((a for a in ids if resolver.side[a] != resolver.side[partner]), None)
    rest = [a for a in ids if a != partner]
    if subject is None or {"US", "Russia"} > {resolver.side[a] for a in rest}:
        return None
    main = dict(fields, participant_ids="; ".join(rest), participants="; ".join(resolver.name(a) for a in rest))
    side = [subject, partner]
    present = _WITH_PRESENT.match(clause, m.end()) if m.group("rest3") else None
    if present is not None:  # "… and then sat down with Putin, with Lavrov present, …": he sat in on that one too
        side += [x.actor_id for x in resolver.find(present.group("who")) if x.actor_id in ids and x.actor_id not in side]
    return main, _side_row(fields, side, *_by_rank(kind, code, side, resolver, day), clause, resolver,
                           "another meeting told in the same clause (', after meeting … with')")


#: ", with Lavrov present": one more person at the meeting just told.
_WITH_PRESENT = re.compile(r",\s+with\s+(?P<who>[^,;.]{2,60}?)\s+(?:also\s+)?(?:present|in\s+attendance|attending|sitting\s+in|looking\s+on)\b")


#: A sentence opening on a description of someone, not a name: "The WNBA star, …, was traded",
#: "The 30-year-old Marine veteran, …, was released".
_DESCRIBED_PERSON = re.compile(r"\s*The\s+(?:[\w’'.-]+\s+){0,4}?(?:star|player|athlete|veteran|Marine|marine|reporter|journalist|correspondent|teacher|schoolteacher|executive|businessman|businesswoman|woman|man|American|citizen|national|prisoner|detainee|pilot|dealer|officer|soldier|student|researcher|scholar|musician|dancer|activist|dissident)\b(?!\s+(?-i:[A-Z]))")


def _described_prisoner(clause: str, before: str, resolver: ActorResolver, pair: list[str], mentions, offset: int, when: str | None,
                        who: tuple[list[str], bool] | None = None) -> tuple[list[str], bool] | None:
    """A prisoner swap or release whose clause names its prisoner only by a description ("The
    WNBA star, sentenced to nine years …, was traded Thursday … for Viktor Bout"): the person
    the sentence before opens with ("Brittney Griner is on her way home."), of the side the
    clause has no one of, joins its participants; None when the clause is no such thing."""
    trig = _trigger(clause)
    if trig is None or not trig[0].startswith("prisoner"):
        return None
    if who is None:
        who = participants_in(clause, resolver, pair, mentions, offset, when=when, prisoner=_prisoner_kind(trig), trigger_at=trig[2])
    sides = {resolver.side[a] for a in who[0] if resolver.kind[a] == "person"}
    if len(sides) != 1:
        return None
    # (a live blog's stamp first: "LIVE UPDATES — 10:42 a.m. ET: Brittney Griner is free.")
    lead = _LIVE_ENTRY.match(before) or _dateline(before)
    start = lead.end() if lead else 0
    opener = next((m for m in resolver.find(before[start:start + 80]) if resolver.kind[m.actor_id] == "person"), None)
    if opener is None or opener.start > 3 or resolver.side[opener.actor_id] in sides or opener.actor_id in who[0]:
        return None
    return [opener.actor_id, *who[0]], who[1]


#: The other side's prisoner told after a swap: ", while Russia got back Vadim Krasikov", "a swap
#: … that also sent Vadim Krasikov back to Moscow", "and Moscow received …".
_SENT_BACK = re.compile(r"(?:,\s+while\s+|,?\s+and\s+|\s+that\s+(?:also\s+)?)(?:(?:Russia|Moscow|the\s+(?:United\s+States|U\.S\.|US)|Washington|the\s+Kremlin)\s+(?:got\s+back|received|won\s+back|took\s+back|secured\s+the\s+release\s+of)\s+(?P<who>[^,;.]{3,80})"
                        r"|sent\s+(?P<who2>[^,;.]{3,80}?)\s+(?:back\s+)?(?:home\s+)?to\s+(?:Moscow|Russia|the\s+United\s+States|Washington))")


#: A sentence telling what the other side got for the prisoners just freed: "In return, …",
#: "In exchange Russia released …".
_IN_RETURN = re.compile(r"In\s+(?:return|exchange)\b(?!\s+for\b),?\s+")


def _sent_back(clause: str, rest: str, resolver: ActorResolver, pair: list[str], mentions, offset: int, when: str | None,
               next_sentence: str = "") -> tuple[list[str], bool] | None:
    """A prisoner swap whose clause names the people of one side only, and the rest of the
    sentence the other side's ("were freed … in the largest prisoner swap since the Cold War,
    while Russia got back Vadim Krasikov") or the next sentence opening "In return" or "In
    exchange" ("In return, Vadim Krasikov … was flown back to Moscow"): both, or None."""
    trig = _trigger(clause)
    if trig is None or trig[0] != "prisoner exchange":
        return None
    m = _SENT_BACK.match(rest) or _SENT_BACK.search(clause, trig[2])
    given = _IN_RETURN.match(next_sentence) if m is None and next_sentence else None
    if m is None and given is None:
        return None
    who = participants_in(clause, resolver, pair, mentions, offset, when=when, prisoner="exchange", trigger_at=trig[2])
    sides = {resolver.side[a] for a in who[0] if resolver.kind[a] == "person"}
    if m is not None:
        named = m.group("who") or m.group("who2")
    else:  # (not those of a relative clause: "…, whose freedom Vladimir Putin had long sought")
        named = next_sentence[given.end():given.end() + 220]
        relative = _RELATIVE_OPENER.search(named)
        named = named[:relative.start()] if relative is not None else named
    back = [x.actor_id for x in resolver.find(named) if resolver.kind[x.actor_id] == "person"]
    back = [a for a in back if resolver.side[a] not in sides and a not in who[0]]
    if len(sides) != 1 or not back:
        return None
    return [*who[0], *back], who[1]


#: A word that may be a clause's verb (a clause with one is no subject list's first part).
_VERB_LIKE = re.compile(r"\b(?:[a-z]{2,}ed|met|spoke|said|says|told|held|was|were|is|are|had|has|have|will|would|did|does|sent|took|made|came|went|left)\b")
#: ", and U.S. President Ronald Reagan …": a subject list going on after a comma.
_AND_NAME_NEXT = re.compile(r",\s+and\s+(?:(?:U\.S\.|US|Soviet|Russian|American)\s+)?(?-i:[A-Z])")


def _side_row(fields: dict, ids: list[str], kind: str, code: str, clause: str, resolver: ActorResolver, note: str) -> dict:
    """The row of a second meeting a clause tells, with ``ids`` and the clause's date."""
    extra = dict(fields, participant_ids="; ".join(ids), participants="; ".join(resolver.name(a) for a in ids), contact_type=kind,
                 cameo_code=cameo_for(kind, code, fields["place"] if kind in IN_PERSON else "x", clause))
    extra["cameo_label"] = CAMEO.get(extra["cameo_code"], "")
    extra["reason"] = f"{fields['reason']}; {note}" if fields["reason"] else note
    return extra


def _more_contacts(clause: str, fields: dict, resolver: ActorResolver, after: str = "") -> list[dict]:
    """Rows for the other contacts a clause tells beside its first one (see _TEXT_CONTACTS),
    with the same people, date and modality; ``after``: the rest of the sentence, whose
    subjectless "…, and then retired to the Cabinet Room for two hours of talks" goes on with
    the same people."""
    if fields["modality"] != "occurred":
        return []
    low = fold(clause)
    tail = _FOLDED_TOPIC_TAIL.start(clause, low)
    head = clause[:tail] if tail > 0 else clause  # (not what the contact was about)
    first = fields["contact_type"]
    ids = [a for a in fields["participant_ids"].split("; ") if a]
    found: list[tuple[str, str]] = [(name, code) for name, pattern, code in _TEXT_CONTACTS if name != first and _new_predicate(pattern, clause, len(head))]
    main = _MAIN_VERB_AFTER_ASIDE.match(after) if first in _MEETING_KINDS and after[:1] == "," else None
    if main is None and first in _MEETING_KINDS and ", and " in after:
        main = _AND_THEN_A_DOCUMENT.search(_SENTENCE_PART.split(after, 1)[0])
    if main is not None:
        # "Reagan and Gorbachev, meeting for a final session on Thursday, issued a joint
        # statement": the main clause after the aside tells a document of the same people
        rest = _SENTENCE_PART.split(after[main.start(1):], 1)[0]
        found += [(name, code) for name, pattern, code in _TEXT_CONTACTS if name != first and pattern.pattern.match(rest) is not None]
    letter = _LETTER_FROM.search(head) if first == "correspondence" else None
    if letter is not None and (met := _trigger(head[: letter.start()])) is not None and met[0] in IN_PERSON:
        # "Bush met Gorbachev today and handed him a letter from President Reagan": the carrier's
        # meeting is a contact of its own, beside the letter between its writer and its reader
        day = fields["value"][:10] if fields["type"] == "date" and fields["value"][:4].isdigit() else None  # (a month or a year will do for the era)
        carriers = list(dict.fromkeys(resolver.in_era(m.actor_id, day) for m in resolver.find(head[: letter.start()]) if resolver.kind[m.actor_id] == "person"))
        if {"US", "Russia"} <= {resolver.side[a] for a in carriers}:
            kind, code = _by_rank(met[0], met[1], carriers, resolver, day)
            extra = _side_row(fields, carriers, kind, code, clause, resolver, "the meeting at which the letter was handed over")
            return [extra]
    then = _THEN_SAME_SUBJECT.search(after) if first in ("treaty action", "statement") and "then" in after else None
    if first in ("treaty action", "statement") and (_MEETING_BESIDE.search(head) is not None or then is not None and _MEETING_BESIDE.search(_SENTENCE_PART.split(after[then.end():], 1)[0])):
        day = fields["value"][:10] if fields["type"] == "date" else None
        found.append(_by_rank("talks/negotiations", "046", ids, resolver, day))
    out = []
    for name, code in found:
        if name == first:
            continue
        extra = dict(fields, contact_type=name, cameo_code=cameo_for(name, code, fields["place"] if name in IN_PERSON else "x", clause))
        extra["cameo_label"] = CAMEO.get(extra["cameo_code"], "")
        note = "another contact told in the same clause"
        extra["reason"] = f"{fields['reason']}; {note}" if fields["reason"] else note
        out.append(extra)
    return out


#: A person's relative clause set off by commas, the main clause going on after it:
#: "Mr. Shevardnadze, who called on President Bush on Thursday, brought …".
_WHO_CLAUSE = re.compile(r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen)\.\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+),\s+who\s+(?P<body>[^,;]{8,200}?),\s+(?=(?!(?:and|or|but|who|which|whose)\b)[a-z])")
#: Texts both sides put their names to, and letters (the kinds _TEXT_CONTACTS finds).
_DOCUMENT_CONTACTS = frozenset(name for name, _, _ in _TEXT_CONTACTS)


def _main_clause_document(clause: str, rel: re.Match, t, resolver: ActorResolver, pair: list[str], when_clause: bool, published) -> dict | None:
    """The row of a letter, a statement or a signing the main clause around a relative clause
    (``rel``: _WHO_CLAUSE's match) tells, on the relative clause's date t — an event of its own
    that day (another meeting word there is the same meeting told again) — with the whole
    sentence's people ("brought … a letter from Gorbachev" is to Bush); else None."""
    trig = _trigger(clause[: rel.end("name")] + clause[rel.end("body"):])
    if trig is None or trig[0] not in _DOCUMENT_CONTACTS:
        return None
    at = trig[2] + (rel.end("body") - rel.end("name") if trig[2] >= rel.end("name") else 0)  # (its place in the whole clause)
    row = _event_fields(clause, t, resolver, pair, when_clause, published, (trig[0], trig[1], at))
    return row if row["contact_type"] else None


#: Steps of a treaty told in the passive with their agents: "signed by …", "extended … by …".
_TREATY_STEPS = re.compile(r"\b(?:signed|extended|ratified|renewed)\b(?=[^.;]{0,60}?\bby\s+[A-Z])")


def _treaty_step_of(clause: str, at: int) -> str | None:
    """The words of the treaty step (see _TREATY_STEPS) holding position ``at``, after the
    clause's subject ("The treaty was "), or None when ``at`` is before the first step."""
    steps = [m.start() for m in _TREATY_STEPS.finditer(clause)]
    k = max((i for i, s in enumerate(steps) if s <= at), default=None)
    if k is None:
        return None
    end = steps[k + 1] if k + 1 < len(steps) else len(clause)
    return clause[: steps[0]] + clause[steps[k]:end]


#: A contact noun right before a date: "a phone call on Dec. 30", "the summit last June".
_CONTACT_NOUN_BEFORE = re.compile(r"\b(?:(?:video|phone|telephone)\s+call|call|meeting|summit|talks|visit|conversation|encounter|videoconference)\s+(?:(?:on|in|of|last|this|earlier|early|late)\s+)?$", re.IGNORECASE)


#: An item of a list of dated contacts ending before the next: "on Dec. 7, ", "in 1986 and ".
_DATED_ITEM = re.compile(r"(?:\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|yesterday|today)\b)\.?\s*(?:,|\band\b)")


def _listed_trigger(clause: str, t, trig: tuple[str, str, int]) -> tuple[str, str, int]:
    """The contact a date belongs to when a contact noun stands right before it, later in the
    clause than its first contact word ("including a video call on Dec. 7, a phone call on Dec.
    30 and an hourlong call on Saturday": the second and third are calls); else ``trig``."""
    at = clause.find(t.expression)
    if at <= trig[2]:
        return trig
    noun = _CONTACT_NOUN_BEFORE.search(clause, max(0, at - 40), at)
    if noun is None or noun.start() <= trig[2] or not _DATED_ITEM.search(clause, trig[2], noun.start()):
        return trig  # (a list has a date in the item before: not "a telephone conversation last month")
    near = _trigger(clause[noun.start():at])
    if near is None and noun.group().lower().startswith("call"):
        near = ("phone call", "041", 0)  # "an hourlong call on Saturday"
    if near is None or near[0] == trig[0]:
        return trig
    return near[0], near[1], noun.start() + near[2]


#: A trip to one side's soil, read from its contact word: "visit the United States", "go to
#: Moscow", "an invitation to visit Washington" (the group names the host's side).
_TRIP_TO = re.compile(r"(?:visit(?:ed|s|ing)?|(?:go(?:es|ing)?|went|travel(?:l?ed|l?ing|s)?|fl(?:y|ies|ying|ew)|com(?:e|es|ing)|came)\s+to)\s+(?:the\s+)?"
                      r"(?:(?P<US>United\s+States|America|Washington|White\s+House|Camp\s+David)|(?P<RU>Moscow|Russia|Soviet\s+Union|Kremlin|St\.?\s*Petersburg|Leningrad))\b")


def _host_of_a_trip(clause: str, at: int, ids: list[str], sides: set[str], resolver: ActorResolver, t, published: dt.date | None) -> str | None:
    """The head of state a head of state's trip to the other side's soil is made to ("Gorbachev
    would visit the United States next year": Reagan), or None. A minister's trip names no host:
    whom they see there is not said."""
    trip = _TRIP_TO.match(clause, at)
    if trip is None:
        return None
    host_side = "US" if trip.group("US") else "Russia"
    if host_side in sides:
        return None  # a trip home, or its host named already
    day = t.value[:10] if t is not None and t.type == "date" and _YEAR_FIRST.match(t.value) else (published.isoformat() if published else None)
    if not any(resolver.kind[a] == "person" and is_head_of_state(resolver.info[a], day) for a in ids):
        return None
    return role_holder(resolver, "US" if host_side == "US" else "RU", "leader", day)


def _event_fields(clause: str, t, resolver: ActorResolver, pair: list[str], when_clause: bool, published, trig: tuple | None | bool = False,
                  mentions: ParagraphMentions | None = None, offset: int = 0, who: tuple[list[str], bool] | None = None) -> dict:
    """The row fields of one clause (``who``: its participants_in, if known).

    ``start``/``end`` are plain dates (or None): :func:`timeline_frame` makes the column once.
    """
    trig = _trigger(clause) if trig is False else trig
    prisoner = _prisoner_kind(trig)
    ids, expanded = who if who is not None else participants_in(clause, resolver, pair, mentions, offset, when=published.isoformat() if published else None,
                                                                prisoner=prisoner, trigger_at=trig[2] if trig else -1)
    if trig and trig[0] == "summit" and len(pair) == 2 and not any(resolver.kind[a] == "person" for a in ids):
        # "the Soviet-American summit talks that opened in the Kremlin yesterday": a summit with
        # no one named is the one of the article's two leaders, when they are heads of state
        day = published.isoformat() if published else None
        if all(is_head_of_state(resolver.info[a], day) for a in pair):
            ids = list(pair)
    if (trig and trig[0] == "talks/negotiations" and len(pair) == 2
            and (not any(resolver.kind[a] == "person" for a in ids)
                 or "sides" in clause and _SIDES_SUBJECT.search(clause, 0, trig[2]) is not None and not any(resolver.kind[m.actor_id] == "person" for m in resolver.find(clause)))
            and _PLANNED_TALKS.search(clause) is not None):
        # "Negotiations on a new embassy agreement will begin next year": the governments' talks
        ids = _the_two_countries(resolver, published.isoformat() if published else None)
    sides = _sides(ids, resolver)
    if trig and len(sides) == 1 and sides <= {"US", "Russia"} and clause.startswith(("summon", "Summon"), trig[2]):
        # "the ministry said it had summoned U.S. Ambassador Lynne Tracy": an envoy called in by
        # the other side's government (its country, as the annotation guide counts an unnamed side)
        other = _COUNTRY_OF_SIDE["Russia" if "US" in sides else "US"]
        if other in resolver.info:
            ids = [*ids, _as_of(other, published.isoformat() if published else None, resolver)]
            sides = _sides(ids, resolver)
    if trig and t is not None and t.type in ("date", "time"):
        trig = _listed_trigger(clause, t, trig)  # "a video call on Dec. 7, a phone call on Dec. 30": each its own
    if trig and len(sides) == 1 and sides <= {"US", "Russia"} and trig[0] in IN_PERSON:
        host = _host_of_a_trip(clause, trig[2], ids, sides, resolver, t, published)
        if host is not None:  # "Gorbachev would visit the United States next year": with Reagan
            ids = [*ids, host]
            sides = _sides(ids, resolver)
    place = find_place(clause, resolver)
    contact_type = cameo = label = mod = ""
    if trig and trig[0] == "correspondence" and len(ids) > 2:
        sender = _LETTER_FROM.search(clause)
        found = resolver.find(clause[sender.end():sender.end() + 60]) if sender else []
        if found and resolver.kind[found[0].actor_id] == "person":
            # "Bush handed him a letter from President Reagan": the letter is between its sender
            # and the other side; the one who carried it is not a party to it
            writer = resolver.in_era(found[0].actor_id, published.isoformat() if published else None)
            ids = [writer, *(a for a in ids if resolver.side[a] != resolver.side[writer])]
            sides = _sides(ids, resolver)
    if trig and {"US", "Russia"} <= sides and not (_WHETHER_BEFORE.search(clause, max(0, trig[2] - 70), trig[2]) and not _DURING_BEFORE.search(clause, max(0, trig[2] - 50), trig[2])):
        # (a contact in a condition is none, but "warned Putin of … if Russia invades Ukraine
        # during a two-hour video call": the call is the setting of the warning)
        contact_type, rule_code, pos = trig
        day = t.value[:10] if t is not None and t.type == "date" and _YEAR_FIRST.match(t.value) else None
        ranked = _by_rank(contact_type, rule_code, ids, resolver, day or (published.isoformat() if published else None))
        if (contact_type == "talks/negotiations" and (t is None or t.type not in ("date", "time"))  # (a date there is the leaders' own contact's)
                and (ranked[0] == "summit" and _AGREED_TALKS.search(clause, max(0, pos - 80), pos + 60) or _TEAMS_TALK.search(clause, max(0, pos - 80), pos + 20))):
            # "the two presidents agreed to open talks on strategic stability", "had their teams
            # start negotiations": talks their governments' teams will hold, the countries' contact
            ids = _the_two_countries(resolver, published.isoformat() if published else None)
            sides = {"US", "Russia"}
        else:
            contact_type, rule_code = ranked
        cameo = cameo_for(contact_type, rule_code, place if contact_type in IN_PERSON else "x", clause)
        label = CAMEO.get(cameo, "")
        mod = modality(clause, pos, t.direction if t is not None and (t.type in ("date", "time", "vague") or t.rule == "vague_duration") else "")
    conf = t.confidence if t is not None else 0.5
    if expanded:
        conf -= 0.1
    if contact_type and not t:
        reason = "the sentence gives no time for this contact" + (f"; it cannot be later than the publication date ({published})" if published else "")
    else:
        reason = t.reason if t is not None else ""
    return {
        "expression": t.expression if t is not None else "",
        "type": t.type if t is not None else "",
        "value": t.value if t is not None else "",
        "start": t.start if t is not None else None,
        "end": t.end if t is not None else None,
        "mod": t.mod if t is not None else "",
        "approx": bool(t.approx) if t is not None else False,
        "time_role": ("when" if when_clause else _time_role(t, clause)) if t is not None else "undated",
        "event": clause[:220],
        "participants": "; ".join(resolver.name(a) for a in ids),
        "participant_ids": "; ".join(ids),
        "place": place,
        "contact_type": contact_type,
        "cameo_code": cameo,
        "cameo_label": label,
        "modality": mod,
        "confidence": round(max(conf, 0.05), 2),
        "reason": reason,
        "rule": t.rule if t is not None else "contact trigger",
    }


def timeline(corpus_or_article, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """One row per temporal expression tied to its clause's event, plus undated contacts.

    Columns (TIMELINE_COLUMNS): the expression as written with ``type``/``value``/``start``/
    ``end``/``mod``/``approx`` from :func:`newsdesk.temporal.temporal_expressions`;
    ``time_role`` (when | since | duration | frequency | gap | time of day | reported — the
    date of the report, "…, the Kremlin said on Friday" — | undated);
    ``event`` the clause; ``participants`` canonical names ("Antony Blinken; Sergey Lavrov")
    and ``participant_ids``; ``place``; ``contact_type`` (phone call, video call, in-person
    meeting, brief encounter, summit, talks/negotiations, prisoner exchange, prisoner release,
    treaty action, statement, contact) only when US and Russian actors take part;
    ``cameo_code``/``cameo_label``; ``modality`` occurred|planned|denied; ``confidence``
    (0-1); ``reason`` why a value is missing or how it was anchored.
    """
    from .corpus import iter_articles

    resolver = resolver or default_resolver()
    frames = [timeline_for_article(a, resolver) for a in iter_articles(corpus_or_article)]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    return pd.concat(frames, ignore_index=True)


# --- export --------------------------------------------------------------------------------

def _tl_date(value: str, start) -> dict | None:
    """TimelineJS date dict keeping the value's granularity (year required; month/day optional)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if m:
        d = {"year": int(m[1])}
        if m[2]:
            d["month"] = int(m[2])
        if m[3]:
            d["day"] = int(m[3])
        return d
    if start is not None and not pd.isna(start):
        ts = pd.Timestamp(start)
        return {"year": ts.year, "month": ts.month, "day": ts.day}
    return None


#: Slides a written TimelineJS file holds at most. Knight Lab advise about 20 slides for a
#: reader to click through; a big corpus gives tens of thousands, a file of tens of MB that the
#: page cannot show. The CSV beside it keeps every row.
TIMELINEJS_MAX_EVENTS = 500


def to_timelinejs(df: pd.DataFrame, title: str = "US–Russia contacts", max_events: int | None = None) -> dict:
    """TimelineJS3 JSON (as a dict) for the dated rows; text is HTML-escaped.

    ``display_date`` shows the phrase and its reading ("'on Thursday' → 2023-03-02") so readers
    see how each date was resolved; ``group`` is the contact type (or "other").
    ``max_events``: with more dated rows than this, see :func:`_fewer_slides`.
    """
    out = _timelinejs_all(df, title)
    if max_events is not None and len(out["events"]) > max_events:
        out = _fewer_slides(out, max_events)
    return out


def _fewer_slides(doc: dict, max_events: int) -> dict:
    """At most ``max_events`` slides: rows telling the same thing (same day, contact type and
    participants) become one slide that says how many rows report it; then the contacts the
    most rows report are kept (events with no contact type only if room is left), in date order.
    The title says how many were left out, so nobody mistakes the file for everything."""
    merged: dict[tuple, dict] = {}
    for event in doc["events"]:
        key = (tuple(sorted(event["start_date"].items())), event["text"]["headline"], event["group"])
        if key in merged:
            merged[key]["_n"] += 1
        else:
            merged[key] = {**event, "_n": 1}
    ranked = sorted(merged.values(), key=lambda e: (e["group"] == "other", -e["_n"]))[:max_events]
    events = []
    for event in sorted(ranked, key=lambda e: tuple(e["start_date"].get(k, 0) for k in ("year", "month", "day"))):
        n = event.pop("_n")
        if n > 1:
            event["text"] = {**event["text"], "text": event["text"]["text"] + f"<br><i>reported in {n} rows of the timeline</i>"}
        events.append(event)
    total, distinct = len(doc["events"]), len(merged)
    note = (f" This file holds {len(events):,} slides for {total:,} dated rows ({distinct:,} distinct): "
            "rows telling the same contact are one slide, and the contacts most reported are kept. The CSV has every row.")
    title = {"text": {**doc["title"]["text"], "text": doc["title"]["text"]["text"] + note}}
    return {"title": title, "events": events}


def _timelinejs_all(df: pd.DataFrame, title: str) -> dict:
    """Every dated row as a TimelineJS event (see :func:`to_timelinejs`)."""
    has_value = [bool(v) for v in df["value"].tolist()]  # Python truth, as a row-by-row test reads it
    dated = df[df["type"].isin(["date", "event_anchored"]).to_numpy() & np.array(has_value, dtype=bool)]
    # the end is shown only when it is after the start; compared as whole columns, not per row
    start_ts, end_ts = pd.to_datetime(dated["start"]), pd.to_datetime(dated["end"])
    spans = (start_ts.notna() & end_ts.notna() & (end_ts > start_ts)).tolist()
    columns = ("value", "start", "expression", "mod", "contact_type", "participants", "event", "modality")
    events = []
    for (value, start, expression, mod, contact_type, participants, event_text, modality), end, spans_days in zip(
        zip(*(dated[c].tolist() for c in columns), strict=True), end_ts.tolist(), spans, strict=True
    ):
        start_date = _tl_date(str(value), start)
        if not start_date:
            continue
        event = {
            "start_date": start_date,
            "display_date": f"'{expression}' → {value}" + (f" ({mod})" if mod else ""),
            "text": {
                "headline": html.escape(" – ".join(x for x in (contact_type or "event", participants) if x)),
                "text": html.escape(str(event_text)) + (f"<br><i>{html.escape(str(modality))}</i>" if modality else ""),
            },
            "group": contact_type or "other",
        }
        if spans_days:
            event["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
        events.append(event)
    return {"title": {"text": {"headline": html.escape(title), "text": "Dates as the articles give them, resolved against each article's publication date."}}, "events": events}


def write_events_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write timeline rows as UTF-8 CSV (folders created); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False)
    return path


def write_timelinejs(df: pd.DataFrame, path: str | Path, title: str = "US–Russia contacts", max_events: int | None = TIMELINEJS_MAX_EVENTS) -> Path:
    """Write :func:`to_timelinejs` JSON with at most ``max_events`` slides (None: every row);
    returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_timelinejs(df, title, max_events), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def value_interval(value: str):
    """Re-export of :func:`newsdesk.temporal.interval` for views."""
    return interval(value)
