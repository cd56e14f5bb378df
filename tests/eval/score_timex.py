"""Score temporal-expression finding and resolution against tests/eval/timex_gold.jsonl.

TempEval-3 style (see the timeline guide, §5): strict match = identical character offsets;
relaxed match = any overlap, one-to-one, greedy by overlap length. Reported: precision,
recall and F1 for strict and relaxed spans, type and value accuracy on relaxed matches, and
value F1 = relaxed F1 × value accuracy (comparable to TE3's 77.6 for HeidelTime).

Run ``python tests/eval/score_timex.py`` for the figures and the misses, one line each.

``blind3`` and ``blind4`` (40 sentences each) were written by annotators who saw neither the
rules nor the rest of this set, and scored before any change they prompted. First runs: blind3
value F1 0.857 (relaxed F1 0.966; the code of the day before gave the same), blind4 — written
after blind3's fixes — value F1 0.904 (the code before blind3's fixes: 0.819). After the
general fixes both prompted (TIMEX3 parts of the day "2023-03-14TEV", quarters and halves,
"0800 GMT", fixed-date holidays, "a year earlier" counted from a year, "the Sunday Times" and
"August Reinholt" are no dates, "overnight" is the night before): 0.956 and 0.952. Still
missed: "a decade ago" (we give the decade, 201; both annotators the year); "on the eve of the
summit"; a yearless date a few days ahead in a sentence whose only verb cue is past.

``blind5`` (45 sentences, 142 expressions, a third blind annotator, 1993-2025) first run: value
F1 0.893 (relaxed F1 0.971; the code of the start of that session the same). After the general
fixes it prompted ("the same day" and "that afternoon" from the story's last date, "on the eve
of <event>" found, "the 21st century", "the first week of April", "half-hour", "a decade ago"
as the year, "set for Thursday" and "mooted for" look ahead while "Biden proposed a summit" is
past, a present timetable "expires in December", "a day after <event on a date>"): 0.930.
Still missed: "late on Thursday" (this annotator TNI, blind's b-24 a plain date), clock times
on a known day and a range "between 16:00 and 18:00", "seven years earlier" counted from the
story's main date rather than its last one.

``blind6`` (40 sentences, 133 expressions, a fourth blind annotator, written after blind5's
fixes) measured whether they generalise: first run value F1 0.834 (the code of the start of
that session 0.822). Its general causes fixed ("as soon as this weekend", "an earlier
deadline", "most recently" are no expressions of their own; "Orthodox Christmas Eve";
"two-and-a-half-hour"; "Thirty years ago today" is a day; a deadline "by Sept. 1" in a clause
that looks ahead; a yearless day at most a fortnight ahead is the coming one even after a past
verb, as two blind annotators read it): 0.881. Still missed: clock times merged with their
day ("by noon on Friday": this annotator one expression, the earlier ones two), "the day
after the summit" valued from the story's date, "in six months" (a duration here, a date in
earlier sets), "a decade later" from a decade.

``blind7`` (45 sentences, 160 expressions, a fifth blind annotator, 1985-2026) first run: value
F1 0.8875 (the code of the start of that session the same). After the general fixes it
prompted ("last summer" in November is that year's, "next summer" the first to begin;
"yesterday afternoon"; "last night after …" is not "night after"; a clause with no verb of its
own takes the tense of the one before it; "hands the presidency on May 7" is a present
timetable; an infinitive of a planned act looks ahead after a past verb, "agreed to go ahead
with talks on Friday", "told Moscow to agree … by Friday"): 0.925. Still missed: "invited him
to his ranch in the autumn"; "Sunday's referendum … would go ahead" (a cue after the
expression loses to the past verb before it); "1:45 p.m. Tuesday" as one expression; "four
decades" as P4DE; "fiscal 2001" as FY2001. With batch blind8's fixes below: 0.944.

``blind8`` (40 sentences, 157 expressions, a sixth blind annotator, many year-end weeks and
present-tense schedules) first run: value F1 0.887 (the code of the start of that session
0.875). Its fix: a clock time takes the day written next to it in its clause ("at 1:45 P.M.
Tuesday" is 1987-12-08T13:45, as TIMEX3 and HeidelTime value a time on a known day, and as the
four blind annotators since blind5 wrote it); the earlier sets' six such times ("at noon on
Monday": b-08, b2-06, h5-10, h5-21 twice, h5-22), written T12:00, were re-valued to that
convention, nothing else; and the colon of "1:45" is no clause break: 0.907 (blind7 0.944,
whole set 0.954). Still missed: present-tense schedules with a verb the cue
list lacks ("flies into Moscow on Sunday", "envoys meet in Brussels on Wednesday", "heads for
expiry on Feb. 5"), "the following Monday" after another date, "the previous evening", "on
the night of Aug. 7", a clock time whose day is in another clause.

``blind9`` (40 sentences, 151 expressions, a seventh blind annotator) first run: value F1
0.789 (the code of the end of the session before). Its fixes, general ones: a present-tense
timetable looks ahead ("flies into Moscow on Sunday", "the envoys meet on Wednesday", "takes
effect", "must", "ahead of", a bare plural "meet" not after a negation or modal); "the
following Monday" and "the previous evening" count from the story's last day, which a year or
month named in between no longer wipes out; "on the night of Aug. 7" and "before dawn on
Friday" are one time expression (…TNI, …TMO); a clock time written right next to its day is
one expression with it ("on Sunday at noon", "by noon on Friday", "at 1:45 p.m. Tuesday", as
blind6, blind7 and blind9 mark it; the earlier sets split such pairs, five in blind8 and
b/b2/h5, which now count one match and one miss each: the conventions disagree, the newer one
is TIMEX3's full extent); "in the first half of next year" is 1988-H1; "on Christmas Eve 1979";
"7.32pm"; "no later than May 30"; "proposed in September" is a past verb; "would be
retargeted" is no past cue; "their fourth summit in 30 months" stays a duration: 0.917
(whole set with blind9 0.947, without it 0.951). Still missed: "the weekend before last",
"half a century ago", "at the turn of the century", "at mid-morning", "later in the day"
after another day, "Thursday's sanctions" with a future verb near, midnight as T24:00, decades
as P3DE.

``blind10`` (40 sentences, 180 expressions, an eighth blind annotator: everyday expressions in
TASS, Interfax, Xinhua, RFE/RL, AP and Reuters styles) first run: value F1 0.947 (the code of
the start of that session 0.928). Its fixes: "15 years after it entered into force in February
2011" counts in years (or months) from the date ending its clause (2026-02); "for one year
after expiry" is a duration; "ahead of Sunday's referendum" is Sunday's, not "of Sunday";
"plan a full summit" looks ahead: 0.969 (whole set with it 0.950, n=1,308). This annotator
split "tomorrow at 11:30 a.m." into two expressions, as blind8 did and blind6/7/9 did not.
Still missed: "a day earlier" counted from the report's day rather than the last date named;
"for several hours" as PTXH.

``blind11`` (40 sentences, 150 expressions, a ninth blind annotator asked for ordinary wire
sentences) first run: value F1 0.930 (the code of the start of that session 0.900). Its
fixes: a present-tense timetable looks ahead ("New START expires in February", "turns 50 on
Friday": these verbs had read as present, the nearest day either way); irregular past
participles are past cues ("ambassadors withdrawn in the spring"), though not after a bare
"be" ("will be sworn in on May 7"); "on Christmas morning" is a time; "for another year after
expiry" is a duration: 0.963 (whole set with it 0.952, n=1,458). Still missed: "fiscal 1992"
(FY1992), "the weekend" as a bare noun, "the day before" counted from the announcement's day,
"before Russia's presidential election in June" (ahead, by the election).

``blind12`` (40 sentences, 162 expressions, a tenth blind annotator) first run: value F1
0.966 (the code of the start of that session 0.932). Its fixes: an invitation looks ahead
("has invited the Russian leader to his ranch … in the fall"), as does "agreed to stop … by
May 30"; "N months after …" is not counted from a date in the next sentence; "earlier that
day" is the story's last day; "Fourth of July": 0.994 (whole set with it 0.957, n=1,620).
Still missed: "for fiscal 1999" (FY1999).

``blind13`` (40 sentences, 171 expressions, an eleventh blind annotator) first run: value F1
0.949 (the code of the start of that session 0.919). Its fixes: a treaty's age is a duration
("the 12-year-old pact"; a person's age stays none); "to take effect at sundown on Monday"
(an infinitive timetable looks ahead, sundown is evening); "the day before to throw out …" is
the story's day before (the look-ahead that meant to skip "the day before Putin's visit"
skipped every lower-case word too); initials inside "his fourth meeting with Mikhail S.
Gorbachev in 30 months": 0.973 (whole set with it 0.958, n=1,791). Still missed: "the current
fiscal year", "Eid al-Adha", "16th-century" as a century.

``blind14`` (40 sentences, 121 expressions, a twelfth blind annotator) first run: value F1
0.946 (the same with the code of the start of that session). Its fixes: a duration in decades
or centuries keeps TIMEX3's unit (P3DE; this scorer counts P3DE and P30Y as one value, as
annotators wrote both); fiscal years (FY2001, "the current fiscal year" by the US federal
year); a clock time takes the day told earlier in its sentence ("signed on Tuesday …, putting
pen to paper at 1:45 p.m.") unless its clause looks the other way; midnight on a named day is
its T24:00; summits known by their town are dated by the publication date (Geneva 1985 or
2021, Helsinki 1990, 1997 or 2018), and "a day after the Helsinki summit" counts from it; a
wish looks ahead ("wants to host Putin … in the fall"): 0.962 (whole set with it 0.966,
n=1,912). Still missed: "the weekend" as a bare noun, "Tuesday's Victory Day parade" (two
expressions), "Sunday's referendum" ahead of a past verb.

``blind15`` (40 sentences, 137 expressions, a thirteenth blind annotator) first run: value F1
0.923 (the code of the start of that session 0.900). Its fixes: the weekday ending a range
comes after its start ("from Sunday to Thursday"); "by the weekend" and "until Friday" with no
past verb are deadlines ahead; "hoped for a deal in the third quarter" looks ahead: 0.941
(whole set with it 0.964, n=2,049). Still missed: "the day before" counted from an
announcement rather than the last date; "before handing power … on May 7" (ahead); "by the
turn of the century"; "16th-century".

``blind16`` (40 sentences, 156 expressions, a fourteenth blind annotator) first run: value F1
0.971 with the fixes of the two rounds before it (the code of the start of that session
0.958); not yet worked through (whole set with it 0.964, n=2,205).

``blind17`` (40 sentences, 172 expressions, a fifteenth blind annotator, asked for dates that
depend on each other and dcts at year and month boundaries) first run: value F1 0.939 (the
same with the code of the start of that session). General fixes: US holidays on a weekday of
a month (Labor Day, Memorial Day, Presidents' Day, Martin Luther King Day, Columbus Day; and
Veterans Day, Unity Day, Defender of the Fatherland Day), "the Labor Day holiday" is the day;
"preparations are under way for … on May 10", "extended … until Jan. 30", "postponed to",
"called for 26 March" look ahead: 0.953. Still missed: "the weekend" as a bare noun; a clock
time on the day of the sentence before; "hours after"/"two days after" an event dated in the
sentence; "which open Feb. 7" (a plural present timetable after "which": a cue there turned
"on Sunday" later in the sentence to the future).

``blind18`` (40 sentences, 185 expressions, a sixteenth blind annotator, asked for deadlines,
schedules and holidays) first run: value F1 0.951 with blind17's fixes (the code of the start
of that session 0.945). General fixes: "would have more flexibility after the November
election" ("have" after a modal is no past); "scheduled a final vote … for Friday"; "the
Victory Day parade", "the New Year celebrations", a bare "New Year's"; a purpose looks ahead
("in a last-ditch attempt to head off Sunday's referendum", "in time to spend Christmas"):
0.981. Whole set 0.966 (n=2,562).

``blind19`` (40 sentences, 147 expressions, a seventeenth blind annotator, ordinary news
sentences) first run: value F1 0.942 — the same as the code of the start of that session.
General fixes: "a 16th-century castle"; "a call originally floated for Monday"; "extend the
treaty by five years before it expires" has no offset date; "agreed to continue the dialogue
… in September" and "wound up their talks" (contacts batch c29): 0.955. Still missed: a date
in a "that" clause whose future verb comes after it ("agreed on Friday that from May 30 their
missiles would …", "assured him that the election in June would go ahead"); clock times on the
day of the sentence before. Whole set 0.966 (n=2,709). A later fix: a reported clause takes
its own verb's tense, not the reporting verb's ("agreed on Friday that from May 30 their missiles
would …"): b19 0.969, whole set 0.967.

``blind20`` (40 sentences, 152 expressions, an eighteenth blind annotator, Russian agencies'
and European date styles) first run: value F1 0.964 — the same as the code of the start of
that session. General fixes: "were to go fishing early Monday" looks ahead, "had been due to
take place on 24 February" need not; "by year-end"; "agreed that, from 30 May, …"; a clock time
with no day takes the last day its tense allows and none across a sentence end: 0.987. Still
missed: "by the spring of next year" (split in two); "less than three weeks after".

``blind21`` (30 sentences, 142 expressions, a nineteenth blind annotator, a mix) first run:
value F1 0.965 — the same as the code of the start of that session. Fixes: "did not expect
contacts before … on Jan. 20" looks ahead; "the Christmas holiday" is Christmas: 0.975 (whole
set 0.970). Still missed: "talks that run through Thursday"; "the summit due to be held in
June" (a passive "be held" counts as a past: excluding it turned a quoted "must never be
fought" into the future for a date outside the quote — tense cues inside quotes are still
read).

``blind22`` (30 sentences, 149 expressions, a twentieth blind annotator, a mix) first run:
value F1 0.970, strict F1 0.916 — the same as the code of the start of that session. Fixes: a
day after "the first anniversary of the" is counted back from the anniversary nearest the
publication date; a yearless day of the last month in a future clause ("will speak to Putin,
two weeks after their summit on 15 August") is that day; "the 29-year-old Anti-Ballistic
Missile Treaty"; spans "since the late 1980s", "by the year 2003": value F1 1.000, strict 0.940
(whole set 0.973; b7, b8, b11, b18, b20 up too). Still missed (strict only): the signal of a
duration ("after nearly 10 hours") and "later on Thursday".

``blind23`` (30 sentences, 150 expressions, a twenty-first blind annotator, written to stress
dates in quotes, dates relative to other dates, fiscal terms, zones and year ends) first run:
value F1 0.960 with the code of the start of that session (0.913 before the scorer read a
written zone — "1100 GMT" as T11:00Z — as the same clock time). Fixes: "the following
February" from the story's last date; "a year earlier" after "the first quarter" (2023-Q1); a
bare "the fiscal year"; a sentence's end breaks a clause for tense: 0.983 (whole set 0.974).
Still missed: "in response to Washington's move on Thursday" in a clause that looks ahead (the
coming Thursday); "the previous day" counted from the contact's day, not the date just before.

``blind24`` (30 items, 150 expressions, a twenty-second blind annotator, written to stress
later sentences counting from earlier dates, scheduled events and retrospectives) first run:
value F1 0.960 — the same as the code of the start of that session. Fixes: "later that week",
"in that year" from the story's last date; the day a report was made ("said on Wednesday") does
not move the story's clock: 0.977 (whole set 0.974). Still missed: "signed two weeks later"
counted to the day (other annotators wrote the ISO week); "was scheduled to last 30 minutes"
read as looking ahead; a clock time in a later sentence with no day of its own; "18
inspections a year" (a set).

``blind25`` (30 items, 150 expressions, a twenty-third blind annotator, written to stress tense
against date, named and ordinal days, "this time last year", "a week from Monday") first run:
value F1 0.896 — the same as the code of the start of that session. Fixes: "a week from
Tuesday"; "this time last year"; a modal's passive ("could be held in mid-November") looks
ahead; "in March of that year"; only words of saying keep a report's date off the story's
clock: 0.950 (whole set 0.973). Still missed: "A day after signing … Tuesday" and "the day
before" counted from a date after them; "the following week" after "the week of May 22"
(counted from the later Sunday); "Thursday" in a clause that looks ahead for a day just past.

``blind26`` (30 items, 145 expressions, a twenty-fourth blind annotator, everyday wire copy)
first run: value F1 0.948 with that session's code before it was seen (0.944 with the code of
the start of that session). Fixes: "by spring" (a bare season after a signal); "leaves for
Minsk on Saturday" looks ahead: 0.958 (whole set 0.972). Still missed: "18 months earlier"
counted from "in the Kremlin" with no date given; "at 11:40 p.m. on Thursday" annotated as two
expressions; "for another year" and "a year" (a rate) as durations.

``blind27`` (30 items, 146 expressions, a twenty-fifth blind annotator, 1985–2026) first run:
value F1 0.983 — the code of the start of that session. Fix: "the weekend summit" (the word
alone, as annotators mark it): 0.986. Still missed: "the following week" after "remain in
force until Feb. 5, 2026" (counted from the deadline, not the story's day); "now" in "who now
speak by telephone" (this annotator leaves it out, two of five earlier sentences with "now"
keep it).

``blind28`` (30 items, 126 expressions, a twenty-sixth blind annotator) first run: value F1
0.976 (the same for the code of the start of that session). Fixes: "before the Winter Olympics"
is no season; "the night before" is the night of the day before the story's last date;
"earlier in the day" is the story's last day when it gave one (not the publication's), unless
the sentence looks ahead ("was expected to speak … later in the day"): 0.980 (whole set 0.974,
n=4,019). Still missed: "at 1:45 p.m. today" marked as two expressions; "through the autumn"
in reported plans counted back; "into the evening".

``blind29`` (30 items, 130 expressions, a twenty-seventh blind annotator, longer items with
several dates) first run: value F1 0.981 with that session's code after the blind27 and
blind28 fixes. Fix: "if the treaty is extended by a year" (a duration, as "by five years"
is): 0.985 (whole set 0.974, n=4,149). Still missed: "June's G8 summit" in a past-tense
sentence (a summit still ahead); "a year after Obama's April 2009 speech" and "since the
invasion" (left out by this annotator; the second is kept: one of seven such phrases in the
set is marked, and the timeline needs its date).

``blind30`` (30 items, 106 expressions, a twenty-eighth blind annotator) first run: value F1
0.976 (the same for the code of the start of that session). Fix: a deadline in the present
tense looks ahead ("are pushing to ratify the treaty by Friday"): 0.986 (whole set 0.975,
n=4,255). Still missed: "today at 1:45 p.m." as two expressions (of 38 such day-and-clock
pairs in the set 26 are marked as one, as we do); "weighed fresh sanctions before the
weekend" (the coming weekend, though the verb is past).

``blind31`` (30 items, 115 expressions, a twenty-ninth blind annotator) first run: value F1
0.936 with that session's code after the blind27–blind30 fixes (0.932 with the code of the
start of that session). Fixes: a deadline ("by May 30", "until Feb. 5, 2026") does not move
the story's clock — only "the same day" right after it counts from it (also mends blind26's
"18 months earlier" and blind27's "the following week"); "the following month" after "in the
autumn" counts from the story's last day, not from the season; "a New Year's Eve party" is not
New Year's Day: 0.957 (whole set 0.975, n=4,370). Still missed: "less than three weeks before
Mr Bush leaves office" as a duration; "the day before" counted from an expected arrival
("was expected back … early Friday"); "at 11:00 local time" a clause after "on Friday";
"since Biden took office" and similar anchors this annotator leaves out.

``blind32`` (30 items, 118 expressions, a thirtieth blind annotator) first run: value F1 0.992
(the same for the code of the start of that session); no fix (whole set 0.975, n=4,488). The
two misses are "days before" and "since Russia invaded Ukraine", which this annotator leaves
unmarked.

``blind33`` (30 items, 137 expressions, a thirty-first blind annotator) first run: value F1
0.945 (the same for the code of the start of that session). Fixes: "talks that stretched into
the afternoon", "late into the night" (that part of the story's day, not of a deadline before
it); a clock time in the next sentence is not on the date an offset counted from ("two days
after … on Feb. 22. … at 1:10 p.m."); "had flown in the previous day" (the day before, no
span); "for another year", "for a further five years"; "was scheduled for 30 minutes but ran
two hours" (a length, no plan); "Thirty years ago this week": 0.975. Still missed: "agreeing
to meet next year, after a private session on Wednesday morning" (the session's Wednesday is
the past one); "testify before the August recess" in a past sentence; "nearly a year after the
invasion … began on 24 February 2022" (a duration to this annotator).

``blind34`` (30 items, 126 expressions, a thirty-second blind annotator, many two-sentence
items) first run: value F1 0.976 (the same for the code of the start of the session). Fixes:
"the White House said the summit would begin at 11 a.m." (the clock's own verb decides which
earlier day it is on, not the reporting "said"); "invited Putin, who succeeded Yeltsin on Dec.
31, 1999, to his ranch in the fall" (an invitation past a relative clause looks ahead): 0.992
(whole set, both batches in: 0.974 with the code of the start of the session, 0.977 after,
n=4,751). Still missed: "a New Year's Eve party" (marked here, left out by blind31's
annotator: we follow the earlier one).

``blind35`` (30 items, 120 expressions, a thirty-third blind annotator) first run: value F1
0.959 (the same for the code of the start of the session). Fixes: "almost a year to the day
after" (one anchored expression); a known event more than a year after the publication date is
not the anchor ("since Trump took office in January" in 2017 is that January, not 2025's
inauguration); an offset is not counted from a date later than the publication date in a past
clause ("…, two days after officials said a summit could be held on March 30"): 0.979 (whole
set with the three batches of the session: 0.974 with the code of the start of the session,
0.977 after, n=4,871). Still missed: "will expire in just over two weeks" (a duration to this
annotator, a date in TIMEX3's reading of a future "in N units", which we keep); "a day after
officials said an attack could come before the Olympics end on Feb. 20" in a clause whose
nearest verb looks ahead.

``blind36`` (30 items, 142 expressions, a thirty-fourth blind annotator) first run: value F1
0.951 (the same for the code of the start of the session). Fix: "Biden, who had met EU leaders
in Brussels the previous day, and Putin wrapped up their summit Wednesday" ("the previous
day" with no day told before it counts back from the sentence's first day after it); "…, the
White House confirmed on Tuesday" is the day of a report, which does not move the story's
clock: 0.958 (whole set, the four batches of the session in: 0.973 with the code of the start
of the session, 0.976 after, n=5,013). Tried and dropped: counting offsets from their
following dates before the clock reads the story (mends "later that day" after "three days
before … on 24 February", breaks two others where annotators count on from the anchor); "the
treaty signed on Sunday" as a participle with no tense (mends "before the spring", breaks "on
Sunday"). Still missed: "over the New Year holiday", "Eid al-Adha"; "nearly four months after
its predecessor lapsed in December" (a duration to this annotator).

``blind37`` (30 items, 132 expressions, a thirty-fifth blind annotator) first run: value F1
0.939 with the code of the session's fifth round (0.932 with the code of the start of the
session). Fixes: "START, which expires on Dec. 5" is a deadline, which does not move the story's
clock ("the following week" after it counts from the day before); "met on Friday, two days
before the referendum on Sunday" (the offset settles which Sunday the tense could not): 0.962
(whole set, the five batches of the session in: 0.972 with the code of the start of the
session, 0.976 after, n=5,145). Still missed, by this annotator's choices: "at 1:45 p.m.
today" and "at 10:07 a.m. Tuesday" as two expressions; "17 days before Bush leaves office" and
"15 years after it entered into force" as durations; "hours later" valued.

``blind38`` (30 items, 114 expressions, a thirty-sixth blind annotator) first run: value F1
0.960 (the same for the code of the start of the session). Fixes: "next spring or in early
summer" (a season after "in early"); "the first time in more than 50 years" (a span looked
back over, not a date ahead): 0.974 (whole set, the six batches of the session in: 0.972 with
the code of the start of the session, 0.976 after, n=5,259). Still missed: "the year after"
after "next year" (no rule counts a year on from a year); "at 1:45 p.m. yesterday" as two;
"six months after … on Feb. 1" (a duration to this annotator).

``blind39`` (30 items, 122 expressions, a thirty-seventh blind annotator) first run: value F1
0.975 with the code of the session's seventh round (0.955 with the code of the start of the
session: the earlier rounds' fixes lifted it by 0.020); no fix (whole set, the seven batches of
the session in: 0.971 with the code of the start of the session, 0.976 after, n=5,381). Still
missed: "at 1:45 p.m. today" as two; "less than three weeks" and "several hours" read as
durations by this annotator.

``blind40``, ``blind41`` and ``blind42`` (30 items each, 122, 108 and 138 expressions; the
tenth session of 2026-12-05). blind40 first run value F1 0.917 (the same with the code of the
start of the session); its misses are mostly a convention: this annotator spans "six days after
Russia granted asylum to Snowden" whole and values it as the main clause's day, where 148 of
the set's 163 such offsets are the bare "six days after", unvalued. Fixes: "could last several
hours" (PTXH), "will spend the weekend": 0.918. blind41 first run 0.940 (the same with the code
of the start of the session). Fix: a dateline a day or two before the paper ("WASHINGTON, Dec.
8 — … signed at 1:45 p.m. today", printed Dec. 9) is the story's today: 0.958. blind42 first
run 0.938 (0.931 with the code of the start of the session; "planned in Moscow for early
September" looks ahead, a round-one fix). A yearless day up to 31 days ahead with no tense cue
is now the coming one (was 10). Whole set, the three batches in: 0.973 with the code of the
start of the session, 0.974 after (n=5,749). Still missed: "who faces a referendum on April 25"
after "pledged" (the main clause's past verb taken for the relative clause's); "at sundown on
Monday" for a truce starting two days after a Saturday deal.

``blind43`` (30 items, 85 expressions, live blogs and timelines) first run value F1 0.911 (the
same with the code of the start of the session). Fixes: a live blog's entry stamp ("18:58 GMT -
Putin has landed", "14:05 BST:") is a time on the page's day; BST, CEST, EET, PDT and AKDT are
zones: 0.941 (whole set, the four batches of the session in: 0.972 with the code of the start
of the session, 0.973 after, n=5,834). Still missed: "Thursday, Thanksgiving, was an
appropriate deadline" after "said on Friday" (a deadline ahead read as past).

``blind44`` (30 items, 111 expressions, reports a day or two after the events) first run value
F1 0.919 (the same with the code of the start of the session). Fixes: "for about three hours
earlier this month" (a length, then the month, where an offset "three hours earlier" was read);
"meets on Wednesday, followed by a session on Thursday" ("followed by" is no past tense): 0.937
(whole set, the five batches of the session in: 0.971 with the code of the start of the session,
0.972 after, n=5,945). Still missed: "Oct. 11-12" valued as a range by this annotator; "over
seven years after the treaty enters into force" (a length to this annotator, an offset to us).

``blind45`` (30 items, 96 expressions, everyday wire copy) first run value F1 0.953 (0.958 with
the code of the start of the session: "several hours" valued PTXH by a round-one fix, where this
annotator and two before wrote PXH). Fix: "several hours" is PXH (minutes keep PTXM): 0.963
(whole set, the six batches of the session in: 0.971 with the code of the start of the session,
0.972 after, n=6,041). Still missed: "Nineteen ninety-five" (a year in words).

``blind46`` (30 items, 95 expressions, everyday copy with hard cases) first run value F1 0.889
(the same with the code of the start of the session); its misses are the whole-event offsets
valued by this annotator (see blind40) and "at around 17:00 Moscow time" on the story's day; no
fix (whole set, the seven batches of the session in: 0.970 with the code of the start of the
session, 0.971 after, n=6,136).

Eleventh session (2026-12-06), six batches (``blind47``–``blind52``), first run with the code of
the moment (the same as the session-start code on all six) → after the fixes they prompted:
``blind47`` (ranges, years in words, seasons; 120) 0.893 → 0.901; ``blind48`` (relative to the
day, anniversaries, deadlines; 108) 0.897 → 0.916; ``blind49`` (retrospectives; 91) 0.876 →
0.905; ``blind50`` (all tenses, deadlines; 97) 0.896 → 0.927; ``blind51`` (many shapes; 104) 0.827
→ 0.865; ``blind52`` (everyday copy; 97) 0.938 → 0.938. General causes fixed: a present verb after
"when/once/until" looks ahead; "the following/previous year", "the following spring", "that
autumn", "a decade later" count from the year told before; an offset is not counted from a date in
a relative clause; datelines with a state or a TASS slash; "the 24th" of the month named before;
"in the early hours of Monday" (TMO); "a week earlier" counted from a day is a day; "shook hands"
is no present timetable. One convention changed: "for years", "within days" are lengths PXY,
PXD, as the annotation guide and TIMEX3 write them (the batches before ``blind40`` left them
unvalued: 36 of the set's gold expressions now disagree, 7 agree). Whole set with the six batches
in (n=6,753): 0.964 with the code of the start of the session, 0.962 after (0.965 without the
PXY convention). Still missed: whole-event offsets valued as the main clause's day by the newer
annotators (most of the set leaves them unvalued); a bare clock time with no day (most of the set
leaves it bare; dating it to the story's day was tried and dropped); "Nov. 19-20" written as two
days; years in words; "scheduled in Geneva on Thursday" after a cancellation (the coming Thursday).
A seventh batch, ``blind53`` (everyday copy; 94), first run 0.868 (the same with the session-start
code); fix: "in less than three weeks" is a length (P3W), as the set writes every "in" with a
qualifier: 0.878 (whole set with the seven batches, n=6,847: 0.962 with the session-start code,
0.961 after, 0.964 without the PXY convention).

Twelfth session (2026-12-06), ten batches in ten rounds, first run with the code of the
moment (the same as the session-start code on all nine) → at the end of the session:
``blind54`` (calendars, dates in quotes, counted from other dates; 88) 0.909 → 0.932;
``blind55`` (retrospectives, anniversaries; 92) 0.941 → 0.957; ``blind56`` (everyday; 98) 0.929,
no fix; ``blind57`` (live blogs, seasons, offsets; 92) 0.896 → 0.907; ``blind58`` (everyday; 78)
0.936 → 0.968; ``blind59`` (everyday; 85) 0.947 → 0.982; ``blind60`` (clock times, ranges, dates
in quotes; 93) 0.892 → 0.930; ``blind61`` (everyday; 88) 0.913 → 0.925; ``blind62`` (everyday;
87) 0.919, no fix; ``blind63`` (everyday; 99) 0.872 → 0.892. Fixes: an order "until <day>" looks ahead; the anchor of "N days after
<event>" no longer stops at the first letter of a name (known events are found); "by phone
three days after" is no amount; "last Tuesday" written on a Wednesday is the week before's;
"within days" stays vague (ten of the eleven in the set leave it unvalued; "for years" stays
PXY); any quarter of a year told relatively; "two days after May 9", "a day after Victory Day"
keep the date's own span and count the offset from it; a summit called off, then its month,
looks ahead; "his first visit … in a decade" is a span; a day inside what was said takes the
said verb's tense ("said the talks on Friday would begin"); "60 years ago on Wednesday" is
that Wednesday so many years back; a weekday after "this week" with no verb of the past
between is a day of this week; "likely" before a noun phrase looks nowhere; "has cancelled
Thursday's planned meeting" is the nearest Thursday; a day before "that … would" takes no tense
from what was announced, nor from ", meant to prepare …". Whole set with the ten batches,
n=7,747: 0.956 with the session-start code, 0.959 after. Still missed:
whole-event offsets, bare clock times and bare "months", which the newer batches value and most
of the set leaves unvalued; "scheduled for Dec. 1 … was called off" seven months later (which
Dec. 1 is knowledge); a clock time written with a dot ("14.05 BST").

Thirteenth session (2026-12-06), sixteen batches in sixteen rounds, first run with the code of
the moment (the session-start code in brackets where it differs) → at the end of the session:
``blind64`` (everyday; 88) 0.914 → 0.955; ``blind65`` (live-blog stamps, British and 24-hour
clocks, schedules; 91) 0.693 (0.682) → 0.923; ``blind66`` (everyday; 98) 0.954 (0.948) → 0.964;
``blind67`` (Soviet-era and 1990s wire copy; 102) 0.941 → 0.960; ``blind68`` (everyday; 81)
0.957 (0.950) → 0.988; ``blind69`` (look-backs over years, deadlines; 96) 0.884 (0.896) →
0.905; ``blind70`` (everyday; 91) 0.916 (0.899) → 0.944; ``blind71`` (live blogs and breaking
news; 83) 0.952 (0.893) → 0.964; ``blind72`` (everyday; 92) 0.935, no fix; ``blind73``
(everyday; 82) 0.951 → 0.963; ``blind74`` (Soviet-era wire, datelines; 116) 0.940 (0.931) →
0.948; ``blind75`` (everyday; 96) 0.938 (0.912), no fix; ``blind76`` (everyday; 85) 0.940
(0.934), no fix; ``blind77`` (everyday; 78) 0.981 (0.974), no fix; ``blind78`` (everyday; 101)
0.955, no fix; ``blind79`` (everyday; 106) 0.934 (0.929) → 0.943. Fixes: a two-digit 24-hour
clock after a preposition ("at 14:07", "at around 14.30"; a dotted one only where no amount can
be), a dot before a zone ("14.05 BST"), a live blog's "14:05:" stamp, "o'clock"; a clock time
whose sentence names no day is on the story's day — tried and dropped in the eleventh session,
when the set left most clock times bare; it now values 280 of its 287, and the change gains 5
and loses 4 of the older items and 20 of blind65's; a clock takes no nearby day its tense rules
out; "on Tuesday between 16:00 and 18:00" keeps the range's start apart; "an hour later than
planned" is a length; "in the second half of the day" (TAF), "late in the evening after nearly
five hours"; the referendum in Crimea, the annexation, Snowden's asylum, "Trump's summit with
Putin in Alaska" and "since Russia launched its special military operation" are known days,
and a weekday naming a known event's day takes it ("two days before Crimea's referendum on
Sunday"); "since Russia invaded Ukraine nearly three years ago", "… annexed Crimea in 2014":
the time told is the expression (+15 on the set, 4 the other way); news's present for a
schedule looks ahead ("a week of diplomacy that moves to Brussels on Wednesday", "as the pact
approaches its expiry in February"); "had been due to stop in Moscow on Monday" is past; "The
talks, scheduled to end by midday on Sunday, ran over" takes the main verb's tense. Tried and
dropped (the older batches leave them unmarked or unvalued): NATO's bombing of Yugoslavia,
presidents taking office, the Georgia war and Biden's Kyiv visit as known days. Whole set with
the sixteen batches, n=9,233: 0.952 with the session-start code, 0.959 after. Still missed:
events dated by a clause ("two days before the pact was set to lapse"); "were scheduled to end
at noon Sunday" (a past plan told with "were"); "a day after the swap" whose day a sentence
before gives.

Fourteenth session (2026-12-06), ten blind batches, first run (after the session's fixes):
``b80-`` (everyday; 83) 0.940 (0.952); ``b81-`` (everyday; 94) 0.941 (0.951); ``b82-``
(everyday; 89) 0.933 (0.955); ``b83-`` (everyday; 94) 0.908 (0.930); ``b84-`` (everyday; 90)
0.921 (0.949); ``b85-`` (everyday; 80) 0.969 (0.969); ``b86-`` (everyday; 100) 0.945 (0.945); ``b87-`` (everyday;
84) 0.928 (0.964); ``b88-`` (everyday; 92) 0.927 (0.933); ``b89-`` (everyday; 114)
0.952 (0.965). Fixes: "shortly after midnight on Saturday" is Saturday's 00:00 (only "until" or
"at midnight on Friday" is the day's 24:00); "December 8. (TASS)." datelines; a plural
subject's present and a present passive look ahead; a sentence ends after a closing quote and
after a two-letter word ("… or so.' By Tuesday the White House was saying …", "…
'responsible'. Earlier today …"); "2 hours 10 minutes" (no "and"), but not "2 hours, and 10
minutes later"; a clock before the day that dates the telling ("…, which began at 18:07
Moscow time, …, Peskov said on Tuesday") is on the story's day; "six days after Russia
granted Edward Snowden temporary asylum" (the known event told with its person first); "since
Carter and Brezhnev met in Vienna in 1979" is a clause of its own; "at two o'clock this
afternoon" (14:00) and "five o'clock" alone (17:00); "from early morning on Friday", "the
evening of Tuesday"; a live entry's stamp with no mark after it ("16:20 Trump and Putin have
…"); "an invitation to a summit in June" looks ahead; "later Monday" is one expression. Whole
set with the ten batches, n=10,153: 0.958. Still missed: event anchors with a clause of their own ("six months after Washington
announced …"), "since the end of the Cold War" (the set is split on it), "were to hold … on
Saturday evening" told in the past.

Fifteenth session (2026-12-06), three blind batches, first run (after the session's fixes):
``b90-`` (everyday; 85) 0.946 (0.982); ``b91-`` (everyday; 93) 0.963 (0.984); ``b92-``
(everyday; 84) 0.988 (1.000). Fixes: an offset set off by a comma right after its clause's
day names that day ("held talks on Sunday morning, a day after the close of the summit" is
that Sunday; "on Thursday, a year after Obama's Prague speech" its month), as the later
batches value it (the earliest ones left such offsets unvalued: the set is split, 57 to 60, and
gains 0.001); "ran into the evening before collapsing" (a conjunction, not "the evening
before"); "through the evening", "until the night"; "18 on-site inspections a year" (a rate
after a plural count), "several times a day"; "worked through the night" before a session
that afternoon is the night before; "on Tuesday evening; … ended after midnight" is
Wednesday's 00:00. Whole set with the three batches, n=10,415: 0.960. Then ``b93-`` (everyday;
83) 0.964 (0.982): a bare "now" ("have now been talking") is no expression (19 in the set, none
marked by any annotator); "expected the Supreme Soviet to take up ratification in the spring"
looks ahead; "late Thursday night, …" still names its day. Whole set, n=10,498: 0.961. Last,
``b94-`` (everyday; 82), added unexamined as a held-out check: first run 0.957. Whole set,
n=10,580: 0.961. Still missed: "since
NATO began bombing Yugoslavia", "since Mr Putin's inauguration" (dates only knowledge gives);
"that week" for a week a month-precise date names.

Sixteenth session (2026-12-06), three blind batches, first run (after the session's fixes):
``b95-`` (everyday; 105) 0.907 (0.928); ``b96-`` (everyday; 80) 0.956 (0.956); ``b97-``
(everyday; 95), added unexamined as a held-out check: 0.930. Fixes: "in the late afternoon",
"since early morning", "from early morning until late evening" (a part of the day with "early"
or "late" inside or after the preposition) are the story's day's, not "in the early morning
hours of Monday"; a date inside a relative clause set off by a comma takes that clause's tense
("Mr. Yeltsin, who faces a referendum on April 25, flew home" is the April ahead: a present verb
there tells a date near the story's, not the main clause's past). On the set as it stood at the
session's start (n=10,580): 0.961 → 0.961. Whole set with the three batches, n=10,860: 0.960.
Then ``b98-`` (everyday; 84) 0.922 (0.946): a planned length is no future cue anywhere
(", originally planned for an hour," — before, only after "was scheduled"); "the first American
president to visit the Soviet capital in 14 years" (a superlative's infinitive, no plan). Whole
set, n=10,944: 0.960. Still missed: "proposed extending the treaty, after rounds of talks … over
the summer failed" (the proposal's future reaches the summer; a gerund after "proposed" is
what is proposed, so it stays a future cue); "failed to head off Sunday's referendum" (a day ahead under a past verb); "a week
after Russia granted Snowden asylum" valued as the day of the main event.

Seventeenth session (2026-12-06), one blind batch, first run: ``b99-`` (everyday; 91) 0.950,
prompting no fix. Whole set, n=11,035: 0.960.

Eighteenth session (2026-12-06), one blind batch, first run: ``b100-`` (everyday; 86) 0.947
(0.959 after the fix). Fix: "the week/month/year after (before)" with no event after it counts
from the date told before, as "the day after" did ("next year in Washington and in Moscow the
year after": 1987; not "the year before last"). Whole set, n=11,121: 0.960. Still missed: "a
day after Biden made a surprise visit to Kyiv" (the event's day is world knowledge); "any day";
"spent the night" (the night of the day told before).
Then ``b101-`` (everyday; 104) 0.922 (0.932). Fix: a sentence with no tense cue of its own does
not take the tense of the sentence before it (gapping stays inside a sentence: "… flew home
yesterday. Russians vote on April 25" is the coming April 25). Whole set, n=11,225: 0.960.
Still missed: "At seven o'clock Moscow time" (evening only by world knowledge); "little chance
of a thaw before the spring" said in November (the coming spring); "hours before the call".
Then ``b102-`` (everyday; 97) 0.969, prompting no fix. Still missed: "up to 18 on-site
inspections a year before they were paused in 2020" (a rate, read as "a year before" an event).

Nineteenth session (2026-12-06), two blind batches from a rewritten annotation guide, first
runs: ``b103-`` (everyday; 131) 0.896, 0.919 once its vague expressions were given the set's
empty value (the guide had asked for PAST_REF; it now says ""), then 0.950 after the fixes;
``b104-`` (128) 0.965 (0.973). Fixes: "Hours later" (and "minutes later", "hours earlier") is
the day of the story's last date in the timexes too, not only in the timeline (the set's
annotators since b37 value it so: 5 of its 7); "the Sept. 11 attacks" is 2001-09-11 and moves no
story clock; "a call pushed up (moved up, brought forward) from Monday" is the coming Monday;
the clock in words ("just after a quarter past seven in the evening", "at half past nine");
an offset after a day with the partner named between them ("spoke on Wednesday with his
Russian counterpart, Sergei Shoigu, a day after the collision") is that day. Whole set with
the batches, n=11,581: 0.960. Still missed: "17 days before Bush hands over the White House"
(a length to the set's annotators); "a year earlier" counted from a month to a month; "in
decades" (PXDE); a holiday of a lunar calendar ("Eid al-Adha").
Then ``b105-`` (140) 0.903 (0.928). Fixes: "on the eve of the talks" (the summit, the meeting:
the contact just told) is the day before the story's last date, as 8 of the set's 9 such
expressions are valued (an event the story has not dated keeps none); a passive infinitive
of a planned act looks ahead ("ordered a minute of silence to be observed … on Thursday");
"every summer" is a yearly set; a bare "afterward" is no expression of its own (4 of the set's
6 unmarked). Whole set, n=11,721: 0.960. Still missed: "just two days before its scheduled
expiry" after a duration; "today at 1:45 p.m. EST" as one expression where the set has two.
Then ``b106-`` (101) 0.929, prompting no general fix. Whole set, n=11,822: 0.960. Still missed:
"a truce beginning at sundown on Monday" after "announced" (the coming Monday); "a week ago"
as a day; "a day after Biden's surprise visit to Kyiv" (the visit's day is world knowledge).
Then ``b107-`` (103) 0.961, prompting no fix. Whole set, n=11,925: 0.960.
Then ``b108-`` (121) 0.962, prompting no fix. Whole set, n=12,046: 0.960.
Then ``b109-`` (113) 0.946 (0.955). Fix: a clock's own full stop is no sentence end ("at 11 a.m.
local time (3 p.m. ET) Friday": the first clock takes Friday too). Whole set, n=12,159: 0.960.
Twentieth session: ``b110-`` (126) 0.928 (0.936). Fixes: "proposed" before a gerund and its
object is a past verb ("Russia on Friday proposed extending the treaty"; "a proposed meeting on
Friday" still looks ahead); what is told as done "earlier in the day" looks back from the last
day that has come, not from a day still ahead ("… would take effect on Saturday. Putin and Obama
had discussed it earlier in the day"). Five more of the whole set's errors gone, none new. Whole
set, n=12,285: 0.960. Still missed: a range written as one expression where the set writes two
("June 28-29": the set splits 7 of its 8); a person's age (the set marks 9 of 13, the analyser
none: it marks only the age of a treaty); "in six months" as a duration.
Then ``b111-`` (141) 0.856 (0.863). Fixes: a day of the month in words ("on the fifth of April
last year", "April the fifth"); a clock time is on the story's day when the only day of its
clause is far along it (not when that day is a deadline: "at noon … by Friday" stays unvalued).
Two more of the whole set's errors gone, none new. Whole set, n=12,426: 0.959. Still missed: a
retrospective story's months and seasons after "Twenty years ago this week" (the set's earlier
batches value a bare month from the publication date 59 times to 1); "2 1/2 years"; event-
anchored expressions whose event is world knowledge.
Twenty-first session: ``b112-`` (136) 0.936, dates in wire copy. Fixes: a range of yearless
days takes the same year as a single one ("votes from March 15 to 17", written on 26 February:
the coming March); an -ed word after an article is an adjective, no past verb ("agreed to hold
an unscheduled session on Wednesday morning"); a promise looks ahead from its "to" ("pledged to
have a treaty ready by a summit in late June"). Three more of the whole set's errors gone, none
new. After the fixes 0.951; whole set, n=12,562: 0.959. Tried and dropped: an approximate
offset from an undated event as a duration ("less than three weeks before Bush leaves office":
P3W), which this batch and 15 of the set's spans want but 20 others mark as event-anchored.
Still missed: "Russia votes … from March 15" after a past clause (a present verb the tense cues
do not list).
Then ``b113-`` (130) 0.893, dates in background paragraphs. Fixes: counts in words of tens and
units ("Thirty-five years ago", "seventy-one days"; "seventy" and "eighty" too); "… years ago to
the day" is that very day; "every May 9" is a set (XXXX-05-09); "that July" is the July of the
year the story told last, and "That same Friday evening" the Friday of the story's days (not
"said that Tuesday's meeting …"). After the fixes 0.917; whole set, n=12,692: 0.959 (none
of the earlier set's values changed). Still missed: "since the end of the Cold War" (the set
marks it 4 times of 5, with two values); "the end of the decade" in a story about the 1980s;
"about three hours later" after a clock time.
Then ``b114-`` (152) 0.866, chronologies and multi-day summits. Fixes: a clock time with no day
of its own takes a day counted before it in its sentence ("Two days later, the quarantine takes
effect at 10 a.m.": not the publication day); a weekday the tense put a week off a date the text
gives in full on that weekday is that date ("Aug. 1, 2024: … lands at Andrews just before
midnight Thursday"). After the fixes 0.879; whole set, n=12,844: 0.958 (none of the earlier
set's values changed). Still missed: "Overnight" after a chronology's "March 18:" (the night of
that day, not the one before publication); a clock time taking a date from an aside ("the
pilot shot down on May 1, 1960, is exchanged … shortly before 9 a.m."); "the dinner planned
for Saturday evening" told after the weekend.
Then ``b115-`` (118) 0.904, translated and European-style dates. Fix: a clause a "that"
reports with no verb cue of its own takes no tense from its reporting verb ("demanded that
Washington reduce its staff by 1 September": the coming September, not last year's); "the last
attempt to …" is no plan. One more of the whole set's errors gone, none new. Whole set, n=12,962: 0.958. Still missed: a deadline whose clause
goes on with an offset from a past event (", a day after the Senate approved …"); "on the 16th"
and "today" after a clock, which this batch splits from it (the set joins them 22 to 5).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

GOLD = Path(__file__).with_name("timex_gold.jsonl")


def load_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def our_system(text: str, dct: dt.date | None) -> list[dict]:
    """newsdesk.temporal as a system under test: spans, type and value."""
    from newsdesk.temporal import timexes

    return [{"start": t.start_char, "end": t.end_char, "text": t.expression, "type": t.type, "value": t.value} for t in timexes(text, dct)]


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _align(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    pairs = []
    for g in gold:
        for s in system:
            overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if overlap > 0:
                pairs.append((overlap, id(g), id(s), g, s))
    pairs.sort(key=lambda p: -p[0])
    used_g, used_s, out = set(), set(), []
    for _, ig, isys, g, s in pairs:
        if ig in used_g or isys in used_s:
            continue
        used_g.add(ig)
        used_s.add(isys)
        out.append((g, s))
    return out


_WHOLE_YEARS = re.compile(r"P(\d+)(DE|CE)")
_ZONE = re.compile(r"(?<=T\d\d:\d\d)(?::\d\d)?(?:Z|[+-]\d\d(?::?\d\d)?)$")


def same_value(ours: str, gold: str) -> bool:
    """Equal TIMEX3 values; a duration in decades or centuries equals the same span in years
    (TIMEX3 allows both: annotators wrote "three decades" as P3DE and as P30Y), and a clock
    time with its zone written ("1100 GMT" as T11:00Z, "1:45 p.m. EST" as T13:45-05:00) equals
    the same reading without it (most annotators leave the zone out, as newsdesk does)."""
    def years(value: str) -> str:
        m = _WHOLE_YEARS.fullmatch(value)
        return f"P{int(m[1]) * (10 if m[2] == 'DE' else 100)}Y" if m else value
    return ours == gold or years(ours) == years(gold) or _ZONE.sub("", ours) == _ZONE.sub("", gold)


def score(system: Callable[[str, dt.date | None], list[dict]] = our_system, path: Path = GOLD) -> dict:
    """Figures for one system over the gold file, plus a list of the errors."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    errors: list[str] = []
    for item in load_gold(path):
        dct = dt.date.fromisoformat(item["dct"]) if item["dct"] else None
        gold = item["timexes"]
        found = system(item["text"], dct)
        n_gold += len(gold)
        n_sys += len(found)
        strict += sum(1 for g in gold if any(s["start"] == g["start"] and s["end"] == g["end"] for s in found))
        pairs = _align(gold, found)
        relaxed += len(pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        for g, s in pairs:
            type_ok += s["type"] == g["type"]
            if same_value(s["value"], g["value"]):
                value_ok += 1
            else:
                errors.append(f"{item['id']}: value '{g['text']}' gold {g['value'] or '(none)'} got {s['value'] or '(none)'} [{s['type']}]")
        errors += [f"{item['id']}: missed '{g['text']}'" for g in gold if id(g) not in matched_g]
        errors += [f"{item['id']}: spurious '{s['text']}'" for s in found if id(s) not in matched_s]
    sp, sr, sf = _prf(strict, n_sys, n_gold)
    rp, rr, rf = _prf(relaxed, n_sys, n_gold)
    value_acc = value_ok / relaxed if relaxed else 0.0
    return {
        "n_gold": n_gold, "n_system": n_sys,
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
        "value_accuracy": value_acc, "value_f1": rf * value_acc,
        "errors": errors,
    }


def dateparser_baseline(text: str, dct: dt.date | None) -> list[dict]:
    """Baseline (ii) of the guide: dateparser.search_dates with the DCT and PREFER past."""
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day)
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for phrase, when in found:
        i = text.find(phrase, pos)
        if i < 0:
            continue
        pos = i + len(phrase)
        out.append({"start": i, "end": pos, "text": phrase, "type": "date", "value": when.date().isoformat()})
    return out


if __name__ == "__main__":
    import sys
    import tempfile

    for source in ("seed", "constructed", "blind", "blind2", "blind3", "blind4", "blind5", "blind6"):
        items = [g for g in load_gold() if g["source"] == source]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            f.write("\n".join(json.dumps(g, ensure_ascii=False) for g in items))
        part = score(path=Path(f.name))
        print(f"[{source}: {len(items)} sentences, {part['n_gold']} expressions] relaxed F1 {part['relaxed_f1']:.3f} strict F1 {part['strict_f1']:.3f} value acc {part['value_accuracy']:.3f}")
    for name, system in (("newsdesk.temporal", our_system), ("dateparser baseline", dateparser_baseline)):
        res = score(system)
        print(f"{name}: gold {res['n_gold']} system {res['n_system']}")
        print(f"  strict  P {res['strict_p']:.3f} R {res['strict_r']:.3f} F1 {res['strict_f1']:.3f}")
        print(f"  relaxed P {res['relaxed_p']:.3f} R {res['relaxed_r']:.3f} F1 {res['relaxed_f1']:.3f}")
        print(f"  type acc {res['type_accuracy']:.3f}  value acc {res['value_accuracy']:.3f}  value F1 {res['value_f1']:.3f}")
        if name == "newsdesk.temporal" or "-v" in sys.argv:
            for e in res["errors"]:
                print("   ", e)
