"""The sourced reference timeline of high-level US–Russia contacts, and claim checking.

``data/contacts.csv`` is built from the shared research file (``/work/shared/reference/
contacts.csv``, one row per contact with its sources) by :func:`build_contacts`: contact types
normalised to our vocabulary, a CAMEO code, canonical actor ids where the actor table knows the
people, and every row's ``source_url``, ``secondary_source_urls`` and ``confidence`` kept.

:func:`check_claims` finds "first … since …", "first … in months", "last … was" claims in an
article and tests them against that record, saying what the record shows and citing its
sources. The record is selective (high-level contacts that were reported); "not in the record"
is weaker than "did not happen", and every explanation says which rows it relied on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .actors import ActorResolver, default_resolver
from .paths import data_file
from .temporal import find_candidates, interval, resolve
from .timeline import _TOPIC_TAIL, HOME_PLACES, main_pair

ANALYSER_VERSION = "1.0"

#: The shared research file this project's data/contacts.csv is derived from.
SHARED_REFERENCE = Path("/work/shared/reference/contacts.csv")

CONTACT_COLUMNS = [
    "id", "date", "us_participants", "russian_participants", "us_actor_ids", "russian_actor_ids",
    "contact_type", "cameo_code", "place", "duration_reported", "topics", "source_url",
    "secondary_source_urls", "confidence", "notes", "original_format",
]
CLAIM_COLUMNS = [
    "article_id", "paragraph_no", "sentence", "claim", "claim_kind", "scope", "participants",
    "contact_kind", "period", "event_date", "verdict", "explanation", "last_matching",
    "counter_examples", "other_contacts", "source_urls",
]
VERDICTS = ("supported", "contested", "not enough data")

#: Shared "format" -> our contact type. Summits are recognised from the topics column.
FORMAT_MAP = {
    "phone call": "phone call", "video call": "video call", "in-person meeting": "in-person meeting",
    "brief encounter": "brief encounter", "talks": "talks/negotiations", "swap": "prisoner exchange",
}
#: Contact type -> the claim words that cover it ("a meeting" covers summits and encounters).
KIND_OF_TYPE = {
    "phone call": {"contact", "call"}, "video call": {"contact", "call"},
    "in-person meeting": {"contact", "meeting", "talks"}, "brief encounter": {"contact", "meeting"},
    "summit": {"contact", "meeting", "summit", "talks"}, "talks/negotiations": {"contact", "meeting", "talks"},
    "prisoner exchange": {"contact", "exchange"}, "correspondence": {"contact"},
}


def _cameo(contact_type: str, place: str) -> str:
    if contact_type in ("phone call", "video call"):
        return "041"
    if contact_type == "talks/negotiations":
        return "046"
    if contact_type == "prisoner exchange":
        return "0841"
    # in person: at home of one side (a visit) or at a third location
    return "042" if HOME_PLACES.search(place.split("(")[0]) else "044"


def _actor_ids(text: str, side: str, resolver: ActorResolver) -> str:
    """Canonical ids of the people/institutions named in a participants cell, on ``side``."""
    ids: list[str] = []
    for m in resolver.find(text):
        info = resolver.info[m.actor_id]
        if info["side"] != side or info["kind"] in ("media", "treaty", "organisation", "country"):
            continue
        if m.actor_id not in ids:
            ids.append(m.actor_id)
    return "; ".join(ids)


def build_contacts(shared: str | Path = SHARED_REFERENCE, resolver: ActorResolver | None = None) -> pd.DataFrame:
    """data/contacts.csv rebuilt from the shared research file (CONTACT_COLUMNS).

    Keeps every row's sources and confidence; normalises ``format`` to our contact types
    (talks -> talks/negotiations, swap -> prisoner exchange, in-person meetings whose topics
    begin with "Summit" -> summit); adds a CAMEO code and canonical actor ids.
    """
    resolver = resolver or default_resolver()
    raw = pd.read_csv(shared, dtype=str, keep_default_na=False)
    rows = []
    for r in raw.itertuples(index=False):
        ctype = FORMAT_MAP.get(r.format.strip().lower(), r.format.strip().lower())
        if ctype == "in-person meeting" and re.match(r"\s*summit\b", r.main_topics, re.IGNORECASE):
            ctype = "summit"
        rows.append({
            "id": r.id, "date": r.date, "us_participants": r.us_participants,
            "russian_participants": r.russian_participants,
            "us_actor_ids": _actor_ids(r.us_participants, "US", resolver),
            "russian_actor_ids": _actor_ids(r.russian_participants, "Russia", resolver),
            "contact_type": ctype, "cameo_code": _cameo(ctype, r.place), "place": r.place,
            "duration_reported": r.duration_reported, "topics": r.main_topics,
            "source_url": r.source_url, "secondary_source_urls": r.secondary_source_urls,
            "confidence": r.confidence, "notes": r.notes, "original_format": r.format,
        })
    return pd.DataFrame(rows, columns=CONTACT_COLUMNS)


def write_contacts(path: str | Path | None = None, shared: str | Path = SHARED_REFERENCE) -> Path:
    """Rebuild and write data/contacts.csv (run by hand when the shared file changes)."""
    path = Path(path) if path else data_file("contacts.csv")
    build_contacts(shared).to_csv(path, index=False)
    return path


@lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in CONTACT_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path} lacks the column(s) {', '.join(missing)}.")
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame


def load_contacts(path: str | Path | None = None) -> pd.DataFrame:
    """The reference timeline (CONTACT_COLUMNS; ``date`` as datetime64), cached per file."""
    p = Path(path) if path else data_file("contacts.csv")
    return _cached(str(p), p.stat().st_mtime).copy()


def describe_contact(row) -> str:
    """'2022-11-14 in-person meeting: William Burns (CIA Director) – Sergei Naryshkin … (Ankara, Turkey …)'."""
    place = str(row["place"]) if not str(row["place"]).startswith("n/a") else ""
    return f"{pd.Timestamp(row['date']).date()} {row['contact_type']}: {row['us_participants']} – {row['russian_participants']}" + (f" ({place})" if place else "")


# --- claims --------------------------------------------------------------------------------
_KIND_WORDS = [
    ("call", r"(?:phone\s+|telephone\s+)?call|phone\s+conversation|conversation\s+by\s+phone"),
    ("summit", r"summit"),
    ("talks", r"talks|negotiations|dialogue"),
    ("meeting", r"meeting|encounter|face[- ]to[- ]face|in[- ]person\s+(?:meeting|talks|contact|exchange)|sit[- ]down|visit|met"),
    ("contact", r"contact|conversation|exchange|talk|discussion|interaction|communication|spoke|spoken|talked"),
]
_CLAIMS = [
    ("first_since", re.compile(r"\bfirst\b(?P<what>[^.;]{0,120}?)\bsince\b\s+(?P<since>[^,.;]{1,60})", re.IGNORECASE)),
    ("first_in", re.compile(r"\bfirst\b(?P<what>[^.;]{0,120}?)\b(?:in|for)\s+(?P<gap>(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|a\s+few|a\s+couple\s+of)\s+)?(?:days|weeks|months|years|decades|a\s+year|a\s+decade|a\s+month|a\s+week))\b", re.IGNORECASE)),
    ("not_since", re.compile(r"\b(?:had|have|has)\s*(?:not|n['’]t)\s+(?:(?:formally|directly|publicly)\s+)?(?P<what>met|spoken|talked|held\s+talks|been\s+in\s+contact|had\s+(?:a\s+)?(?:contact|call|talks))[^.;]{0,60}?\bsince\b\s+(?P<since>[^,.;]{1,60})", re.IGNORECASE)),
    ("last_was", re.compile(r"\b(?:last\s+(?P<what>met|spoke|talked|held\s+talks|had\s+(?:a\s+)?(?:call|contact|talks|meeting)|(?:phone\s+)?call|meeting|contact|conversation|talks|summit)(?:[^.;]{0,60}?\bwas\b)?)\s+(?P<when>(?:in|on|at|during)\s+[^,.;]{1,50}|[^,.;]{1,50}?\bago)", re.IGNORECASE)),
]
_COUNTRY_SCOPE = re.compile(
    r"between\s+(?:the\s+)?(?:two\s+(?:countries|nations|governments|sides|powers|capitals)|(?:US|U\.S\.|United\s+States|Washington|America)\s+and\s+(?:Russia|Moscow|the\s+Kremlin)|(?:Russia|Moscow|the\s+Kremlin)\s+and\s+(?:the\s+)?(?:US|U\.S\.|United\s+States|Washington|America))"
    r"|\b(?:US|U\.S\.|American|United\s+States)\s+and\s+Russian\b|\bRussian\s+and\s+(?:US|U\.S\.|American)\b"
    r"|\b(?:US|U\.S\.|American)[–-](?:Russian?|Russia)\b|\bRussian?[–-](?:US|U\.S\.|American)\b|\bbilateral\b",
    re.IGNORECASE,
)
#: Words that stand for the article's main pair in a claim ("the two", "the top diplomats").
_GROUP_WORDS = re.compile(
    r"\b(?:they|them|the\s+two|both|the\s+pair|each\s+other|the\s+duo|(?:the\s+)?(?:two|top|chief)\s+(?:diplomats|ministers|envoys|leaders|presidents|men)|"
    r"(?:the\s+)?(?:foreign|defen[cs]e)\s+(?:ministers|chiefs)|the\s+(?:men|leaders|presidents|ministers|diplomats))\b",
    re.IGNORECASE,
)
_HIGH_LEVEL = re.compile(r"\b(?:high[- ]level|senior|top[- ]level|top|ministerial|leaders?['’]?|presidential)\b", re.IGNORECASE)


def _kind(words: str, default: str | None = "contact") -> str | None:
    """The contact kind a claim names: call | summit | talks | meeting | contact."""
    for name, pattern in _KIND_WORDS:
        if re.search(r"\b(?:" + pattern + r")\b", words, re.IGNORECASE):
            return name
    return default


def _matches_kind(contact_type: str, kind: str) -> bool:
    return kind in KIND_OF_TYPE.get(contact_type, {"contact"})


#: One reference contact as a dict of its columns (``date`` a Timestamp or NaT). A claim filters
#: the record a dozen times; on a table of a few dozen rows pandas' per-call cost was most of a
#: claim's 20-40 ms, so the checks below work on lists of these.
Record = dict


def _records(contacts: pd.DataFrame) -> list[Record]:
    """The reference rows in file order, each with ``_row``, its position (an identity).

    Built from column lists (``to_dict("records")`` took 4 ms on the 62-row record)."""
    names = [*contacts.columns, "_row"]
    return [dict(zip(names, (*values, i), strict=True)) for i, values in enumerate(zip(*(contacts[c].tolist() for c in contacts.columns), strict=True))]


def _by_date(rows: list[Record]) -> list[Record]:
    """``rows`` in date order, ties as ``DataFrame.sort_values("date")`` orders them (the same
    unstable quicksort on the same numbers), so "the last contact" is the one it was."""
    order = np.argsort(np.array([r["date"].value for r in rows], dtype=np.int64), kind="quicksort")
    return [rows[i] for i in order]


def _unique_ids(rows: list[Record]) -> list[Record]:
    """The first row of each ``id``, in order."""
    seen: set = set()
    out = []
    for r in rows:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def _scope_rows(contacts: list[Record], us: list[str], ru: list[str], country: bool) -> list[Record]:
    """Reference rows matching the claim's participants (any US–Russia row for country scope)."""
    if country:
        return contacts
    us_set, ru_set = set(us), set(ru)

    def has(cell: str, wanted: set[str]) -> bool:
        return not wanted or any(a.strip() in wanted for a in str(cell).split(";"))
    return [r for r in contacts if has(r["us_actor_ids"], us_set) and has(r["russian_actor_ids"], ru_set)]


def _gap_months(gap: str) -> int:
    """Minimum months a 'first in …' gap asserts: 'months' -> 2, 'a year' -> 12, 'weeks' -> 0."""
    gap = gap.lower()
    n = 2
    m = re.search(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\b)", gap)
    words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
    if m:
        n = int(m[1]) if m[1].isdigit() else words[m[1]]
    if "year" in gap:
        return 12 * n if m else 24
    if "decade" in gap:
        return 120 * (n if m else 2)
    if "month" in gap:
        return n
    return 0


def _fmt_rows(rows: list[Record]) -> str:
    return " | ".join(describe_contact(r) for r in rows)


def _urls(rows: list[Record]) -> list[str]:
    out: list[str] = []
    for r in rows:
        url = r["source_url"]
        if url and url not in out:
            out.append(url)
    return out


def _claim_participants(sentence: str, article, resolver: ActorResolver, pair: list[str]) -> tuple[list[str], list[str]]:
    us, ru = [], []
    for m in resolver.find(sentence):
        info = resolver.info[m.actor_id]
        if info["kind"] != "person":
            continue
        target = us if info["side"] == "US" else ru if info["side"] == "Russia" else None
        if target is not None and m.actor_id not in target:
            target.append(m.actor_id)
    named = us or ru
    if (not us or not ru) and (_GROUP_WORDS.search(sentence) or not named):
        # "they", "the two ministers", or no one named ("The call was the first since …"):
        # the claim is about the article's main US–Russian pair
        for a in pair:
            side = resolver.side[a]
            if side == "US" and not us:
                us.append(a)
            if side == "Russia" and not ru:
                ru.append(a)
    return us, ru


def _dated_contacts(tl: pd.DataFrame) -> list[tuple[pd.Timestamp, set[str]]] | None:
    """(start, participant ids) of the timeline rows that date a contact that occurred to the
    day, worked out once per article for :func:`_event_date`; None for no timeline rows."""
    if not len(tl):
        return None
    # plain lists: the same tests as column operations cost 6 ms on an article's few rows
    keep = [
        kind == "date" and mod == "occurred" and not _missing(contact) and str(contact) != "" and _DAY.fullmatch(str(value)) is not None
        for kind, mod, contact, value in zip(tl["type"].tolist(), tl["modality"].tolist(), tl["contact_type"].tolist(), tl["value"].tolist(), strict=True)
    ]
    if not any(keep):
        return []
    start = pd.to_datetime(tl["start"])
    return [(when, {x.strip() for x in str(ids).split(";")}) for when, ids, ok in zip(start, tl["participant_ids"].tolist(), keep, strict=True) if ok]


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _missing(value: object) -> bool:
    """None, NaN or pd.NA (what ``fillna`` would replace)."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _event_date(article, us: list[str], ru: list[str], dated: list[tuple[pd.Timestamp, set[str]]] | None) -> dt.date | None:
    """The date of the article's own contact between the claim's people (else publication)."""
    if dated is None:
        return article.published
    want = set(us) | set(ru)
    published = pd.Timestamp(article.published) if article.published else None
    starts = [when for when, ids in dated if (not want or want & ids) and (published is None or when <= published)]
    starts = [when for when in starts if not pd.isna(when)]
    if starts:
        return pd.Timestamp(max(starts)).date()
    return article.published


def _since_interval(phrase: str, sentence: str, start: int, published: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    """Resolve the 'since …' phrase with the temporal resolver (a known event or a date).

    The value is suffixed with '@event' when it is a point in time (a known event or a day):
    "first since the invasion" only says nothing happened after it, while "first since July"
    also implies a contact in July.
    """
    text = "since " + phrase
    for cand in find_candidates(text):
        t = resolve(cand, text, published, tense="past")
        if t.value:
            span = interval(t.value)
            if span:
                point = t.type == "event_anchored" or span[0] == span[1]
                return span[0], span[1], t.value + ("@event" if point else "")
    return None


class _Sentence(NamedTuple):
    paragraph_no: int
    sentence_no: int
    text: str


def claims_for_article(article, contacts: pd.DataFrame | None = None, resolver: ActorResolver | None = None,
                       timeline: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims of one article checked against the record (CLAIM_COLUMNS); see :func:`check_claims`.

    ``timeline``: the article's rows of :func:`~newsdesk.timeline.timeline` when already at
    hand (the explorer has them from the analysis cache), else they are worked out here."""
    contacts = load_contacts() if contacts is None else contacts
    return pd.DataFrame(_article_claims(article, _records_once(contacts), resolver or default_resolver(), timeline), columns=CLAIM_COLUMNS)


def _records_once(contacts: pd.DataFrame) -> Callable[[], list[Record]]:
    """:func:`_records` of ``contacts``, made at the first claim and then reused."""
    return cache(lambda: _records(contacts))


def _article_claims(article, records: Callable[[], list[Record]], resolver: ActorResolver, timeline: pd.DataFrame | None) -> list[dict]:
    """The article's claim rows (CLAIM_COLUMNS as dict keys): callers make one table of all
    articles' rows, since a DataFrame per article cost more than checking its claims."""
    from .sentences import sentence_columns

    pair = main_pair(article, resolver)
    rows = []
    article_since: tuple[dt.date, str] | None = None  # the article's own dating of the previous contact
    found = []
    cols = sentence_columns(article)[0]  # plain lists: a DataFrame's itertuples cost ~10 ms an article
    for s in map(_Sentence._make, zip(cols["paragraph_no"], cols["sentence_no"], cols["text"], strict=True)):
        for kind_name, pattern in _CLAIMS:
            for m in pattern.finditer(s.text):
                found.append((s, kind_name, m))
                if kind_name in ("first_since", "not_since"):
                    got = _since_interval(m.group("since"), s.text, m.start("since"), article.published)
                    if got and article_since is None:
                        article_since = (got[0], got[2])
    if not found:
        return rows
    if timeline is None:  # the article's timeline, built only when there is a claim
        from .timeline import timeline_for_article

        timeline = timeline_for_article(article, resolver)
    dated = _dated_contacts(timeline)
    seen: set[tuple[int, int]] = set()
    for s, kind_name, m in found:
        key = (int(s.sentence_no), m.start())
        if key in seen:
            continue
        seen.add(key)
        rows.append(_check_one(article, s, kind_name, m, records(), resolver, pair, article_since, dated))
    return rows


def _check_one(article, s, kind_name: str, m: re.Match, contacts: list[Record], resolver: ActorResolver, pair: list[str], article_since,
               dated: list[tuple[pd.Timestamp, set[str]]] | None) -> dict:
    sentence = s.text
    claim_text = m.group()
    # "… in months between the two countries": the scope words often follow the claim
    country = bool(_COUNTRY_SCOPE.search(sentence[m.start(): m.end() + 60]))
    # who the claim is about: actors named up to the end of the claim, minus topic phrases
    who_text = sentence[: m.end()]
    tail = _TOPIC_TAIL.search(who_text)
    us, ru = ([], []) if country else _claim_participants(who_text[: tail.start()] if tail else who_text, article, resolver, pair)
    # "first meeting since" names the kind inside; "met for the first time since" before it
    kind = _kind(m.group("what"), None) or _kind(sentence[max(0, m.start() - 40):m.start()])
    event_date = _event_date(article, us, ru, dated)
    base = {
        "article_id": article.article_id, "paragraph_no": int(s.paragraph_no), "sentence": sentence,
        "claim": claim_text.strip(), "claim_kind": kind_name,
        "scope": "between the two countries (any senior US–Russia contact)" if country else ("between " + " and ".join(resolver.name(a) for a in us + ru) if (us or ru) else "unclear"),
        "participants": "; ".join(resolver.name(a) for a in us + ru), "contact_kind": kind,
        "period": "", "event_date": str(event_date) if event_date else "", "verdict": "not enough data",
        "explanation": "", "last_matching": "", "counter_examples": "", "other_contacts": "", "source_urls": "",
    }
    if event_date is None:
        base["explanation"] = "The article has no publication date and no dated contact, so the claim cannot be placed in time."
        return base
    if not country and not (us and ru):
        base["explanation"] = "The claim does not name people on both sides, so the record cannot be searched for the right pair."
        return base
    ev = pd.Timestamp(event_date)
    pool = _scope_rows(contacts, us, ru, country)
    three_days_before = ev - pd.Timedelta(days=3)
    own = [r for r in pool if _matches_kind(r["contact_type"], kind) and three_days_before <= r["date"] <= ev]
    if kind_name != "last_was" and article.published and event_date == article.published and own:
        # no dated contact in the article: take the record's matching contact of the last
        # three days as the event being reported, so it does not count against the claim
        ev = max(r["date"] for r in own)
        base["event_date"] = f"{ev.date()} (the record's {own[-1]['id']}, taken as the reported event)"
    before = _by_date([r for r in pool if r["date"] < ev])
    matching = [r for r in before if _matches_kind(r["contact_type"], kind)]
    who = base["scope"].replace("between ", "") if not country else "the two countries"

    if kind_name in ("first_since", "not_since"):
        got = _since_interval(m.group("since"), sentence, 0, article.published)
        if not got:
            base["explanation"] = f"'since {m.group('since').strip()}' could not be dated, so the claim cannot be tested."
            return base
        a, b, value = got
        point = value.endswith("@event")
        value = value.removesuffix("@event")
        base["period"] = f"since {value}"
        a_ts, b_ts = pd.Timestamp(a), pd.Timestamp(b)
        within = [r for r in matching if a_ts <= r["date"] <= b_ts]
        after = [r for r in matching if r["date"] > b_ts]
        taken = {r["_row"] for r in after}
        others = [r for r in pool if b_ts < r["date"] < ev and r["_row"] not in taken]
        return _verdict_gap(base, who, kind, value, within, after, others, matching, ev, country, contacts, b, point)
    if kind_name == "first_in":
        gap = m.group("gap")
        months = _gap_months(gap)
        floor = ev - pd.DateOffset(months=months)
        implied = floor
        note = f"'{gap.strip()}' means at least {months} month(s) without one"
        if article_since and country and pd.Timestamp(article_since[0]) < floor:
            implied = pd.Timestamp(article_since[0])
            note += f"; the article itself dates the previous contact to {article_since[1]}"
        base["period"] = f"no {kind} since {implied.date()}"
        after = [r for r in matching if r["date"] > implied]
        if country and article_since and interval(article_since[1]):
            dated_end = pd.Timestamp(interval(article_since[1])[1])
            after = [r for r in after if r["date"] > dated_end]
        taken = {r["_row"] for r in after}
        others = [r for r in (contacts if country else pool) if implied < r["date"] < ev and r["_row"] not in taken]
        if after:
            base["verdict"] = "contested"
            base["counter_examples"] = _fmt_rows(after)
            base["explanation"] = (
                f"The claim says this was the first {kind} {('between ' + who) if who else ''} in {gap.strip()} ({note}). "
                f"The record shows {len(after)} {kind}(s) in that period: {_fmt_rows(after)}."
            )
            if others:
                base["explanation"] += f" Other US–Russia contacts in the same period: {_fmt_rows(others)}."
        elif matching:
            base["verdict"] = "supported"
            base["explanation"] = f"No {kind} {('between ' + who) if who else ''} in the record after {implied.date()} ({note}); the last one was {describe_contact(matching[-1])}."
        else:
            base["explanation"] = f"The record has no earlier {kind} {('between ' + who) if who else ''}; it cannot confirm the gap."
        if matching:
            base["last_matching"] = describe_contact(matching[-1])
        base["other_contacts"] = _fmt_rows(others)
        base["source_urls"] = " | ".join(_urls(_unique_ids(after + matching[-1:] + others)))
        return base
    # last_was
    when = m.group("when")
    text = when if not when.lower().endswith("ago") else when
    got = None
    for cand in find_candidates(text):
        t = resolve(cand, text, article.published, tense="past")
        if t.value and interval(t.value):
            got = (*interval(t.value), t.value)
            break
    if not got:
        base["explanation"] = f"'{when.strip()}' could not be dated, so the claim cannot be tested."
        return base
    a, b, value = got
    base["period"] = f"last {kind}: {value}"
    if not matching:
        base["explanation"] = f"The record has no {kind} between {who} before {ev.date()}."
        return base
    last = matching[-1]
    base["last_matching"] = describe_contact(last)
    later = [r for r in matching if r["date"] > pd.Timestamp(b)]
    if later:
        base["verdict"] = "contested"
        base["counter_examples"] = _fmt_rows(later)
        base["explanation"] = f"The claim puts the last {kind} between {who} in {value}; the record shows later ones: {_fmt_rows(later)}."
        base["source_urls"] = " | ".join(_urls(later))
    elif pd.Timestamp(a) <= last["date"] <= pd.Timestamp(b):
        base["verdict"] = "supported"
        base["explanation"] = f"The record's last {kind} between {who} before {ev.date()} is {describe_contact(last)}, within {value}."
        base["source_urls"] = " | ".join(_urls(matching[-1:]))
    else:
        base["explanation"] = f"The record's last {kind} between {who} is {describe_contact(last)}, not in {value}; the record may be incomplete."
        base["source_urls"] = " | ".join(_urls(matching[-1:]))
    return base


def _verdict_gap(base, who, kind, value, within, after, others, matching, ev, country, contacts, b, point: bool = False) -> dict:
    cited_parts = []
    if after:
        base["verdict"] = "contested"
        base["counter_examples"] = _fmt_rows(after)
        base["explanation"] = (
            f"The claim says there was no {kind} between {who} from {value} until {ev.date()}. "
            f"The record shows {len(after)} in between: {_fmt_rows(after)}."
        )
        cited_parts.append(after)
    elif within:
        base["verdict"] = "supported"
        base["explanation"] = f"The record's last {kind} between {who} before {ev.date()} is {describe_contact(within[-1])}, within {value}, and none after it."
        cited_parts.append(within[-1:])
    elif matching and point:
        base["verdict"] = "supported"
        base["explanation"] = f"No {kind} between {who} after {value} in the record; the last one before it was {describe_contact(matching[-1])}."
        cited_parts.append(matching[-1:])
    elif matching:
        base["verdict"] = "not enough data"
        base["explanation"] = f"No {kind} between {who} after {value} in the record, but the record has none in {value} either: the last is {describe_contact(matching[-1])}."
        cited_parts.append(matching[-1:])
    else:
        base["explanation"] = f"The record has no {kind} between {who} before {ev.date()}."
    if matching:
        base["last_matching"] = describe_contact(matching[-1])
    if not country:
        # context: other senior US–Russia contacts in the same period (different people)
        b_ts, shown = pd.Timestamp(b), {r["id"] for r in after + within}
        base["other_contacts"] = _fmt_rows([r for r in contacts if b_ts < r["date"] < ev and r["id"] not in shown])
    else:
        base["other_contacts"] = _fmt_rows(others)
    if cited_parts:
        base["source_urls"] = " | ".join(_urls([r for part in cited_parts for r in part]))
    return base


def check_claims(corpus_or_article, contacts: pd.DataFrame | None = None, resolver: ActorResolver | None = None,
                 timelines: Mapping[str, pd.DataFrame] | pd.DataFrame | None = None) -> pd.DataFrame:
    """Test "first … since …", "first … in months", "had not met since …" and "last … was"
    claims against the reference timeline.

    Columns (CLAIM_COLUMNS): ``claim`` the words matched; ``claim_kind`` first_since |
    first_in | not_since | last_was; ``scope`` the pair (actors resolved in the sentence, or the
    article's main pair for "they"/"the two") or "between the two countries"; ``contact_kind``
    contact | call | meeting | talks | summit; ``period`` what the claim asserts; ``event_date``
    the article's own dated contact (else its publication date); ``verdict`` supported |
    contested | not enough data; ``explanation`` one or two plain sentences; ``last_matching``
    the record's last matching contact; ``counter_examples`` contacts that contradict it;
    ``other_contacts`` other US–Russia contacts in the period (context); ``source_urls`` of
    the reference rows cited. ``timelines``: the timeline rows already at hand, either one
    table (``nd.analysed(corpus)["timeline"]``) or article_id -> that article's rows; an
    article without them has its timeline worked out (the slow part of a big corpus).
    """
    from .corpus import iter_articles

    contacts = load_contacts() if contacts is None else contacts
    resolver = resolver or default_resolver()
    articles = iter_articles(corpus_or_article)
    missing = None  # an article the timelines do not hold: worked out
    if isinstance(timelines, pd.DataFrame):
        missing = timelines.iloc[:0]  # the whole table: an article not in it has no rows
        mine = timelines[timelines["article_id"].isin({a.article_id for a in articles})]
        timelines = {str(k): g for k, g in mine.groupby("article_id", sort=False)}
    timelines = timelines or {}
    records = _records_once(contacts)  # one list of the record's rows for every article
    rows = [row for a in articles for row in _article_claims(a, records, resolver, timelines.get(a.article_id, missing))]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)
