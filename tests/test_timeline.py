"""Timeline rows: expressions tied to contact events, participants, place, CAMEO, modality."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import newsdesk as nd
import pandas as pd
import pytest
from newsdesk.corpus import PARAGRAPH_COLUMNS, Article
from newsdesk.timeline import (
    CAMEO,
    TIMELINE_COLUMNS,
    timeline,
    to_timelinejs,
    write_events_csv,
    write_timelinejs,
)

from .conftest import ROOT


def make_article(paragraphs: list[str], published: dt.date | None, article_id: str = "test") -> Article:
    rows = [
        {"article_id": article_id, "paragraph_no": i, "role": "title" if i == 0 else "body", "role_reason": "", "text": p, "n_words": len(p.split())}
        for i, p in enumerate(paragraphs)
    ]
    return Article(article_id=article_id, paragraphs=pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS), published=published)


@pytest.fixture(scope="module")
def seed_tl(corpus):
    return timeline(corpus["aljazeera_2023-03-02_blinken-lavrov-g20"])


def row(df: pd.DataFrame, expression: str) -> pd.Series:
    hits = df[df["expression"] == expression]
    assert len(hits) >= 1, df["expression"].tolist()
    return hits.iloc[0]


def test_columns_and_types(seed_tl):
    assert list(seed_tl.columns) == TIMELINE_COLUMNS
    assert set(seed_tl["type"]) <= {"", "date", "time", "duration", "set", "vague", "event_anchored"}
    assert set(seed_tl["modality"]) <= {"", "occurred", "planned", "denied"}
    assert set(c for c in seed_tl["cameo_code"] if c) <= set(CAMEO)


def test_seed_thursday_encounter(seed_tl):
    r = row(seed_tl, "on Thursday")
    assert r["value"] == "2023-03-02"
    assert r["participants"] == "Antony Blinken; Sergey Lavrov"
    assert r["contact_type"] == "brief encounter" and r["cameo_code"] == "044"
    assert "New Delhi" in r["place"]
    assert r["modality"] == "occurred"
    d = row(seed_tl, "for roughly 10 minutes")
    assert (d["type"], d["value"], bool(d["approx"]), d["time_role"]) == ("duration", "PT10M", True, "duration")


def test_seed_since_july_is_the_phone_call(seed_tl):
    r = row(seed_tl, "since July")
    assert (r["value"], r["mod"]) == ("2022-07", "SINCE")
    assert r["contact_type"] == "phone call" and r["cameo_code"] == "041"
    assert set(r["participant_ids"].split("; ")) == {"blinken", "lavrov"}  # 'they' -> the article's pair
    assert "Whelan" not in r["participants"]  # named in the topic, not a participant


def test_seed_denial_and_later_release(seed_tl):
    denied = seed_tl[seed_tl["modality"] == "denied"]
    assert (denied["contact_type"] == "talks/negotiations").any()
    later = row(seed_tl, "later")
    assert later["type"] == "event_anchored" and later["value"] == ""
    assert later["contact_type"] == "prisoner exchange" and later["cameo_code"] == "0841"
    assert set(later["participant_ids"].split("; ")) == {"griner", "bout"}


def test_seed_vague_rows_have_no_value_and_a_reason(seed_tl):
    vague = seed_tl[seed_tl["type"].isin(["vague", "event_anchored"])]
    assert {"in months", "in the near term", "later"} <= set(vague["expression"])
    assert (vague["value"] == "").all()
    assert vague["reason"].str.len().gt(0).all()


@pytest.mark.parametrize(
    "sentence, contact_type, cameo, modality, value",
    [
        ("Lavrov will meet Blinken in Geneva on Friday, the State Department said.", "in-person meeting", "044", "planned", "2022-12-09"),
        ("Biden and Putin spoke by phone on Tuesday.", "phone call", "041", "occurred", "2022-12-06"),
        ("Biden and Putin held a video call on Tuesday.", "video call", "041", "occurred", "2022-12-06"),
        ("Witkoff met Putin in Moscow on Thursday.", "in-person meeting", "042", "occurred", "2022-12-08"),
        ("Griner was freed on Thursday in exchange for Russian arms dealer Viktor Bout.", "prisoner exchange", "0841", "occurred", "2022-12-08"),
        ("Rubio and Lavrov held talks in Riyadh on Tuesday.", "talks/negotiations", "046", "occurred", "2022-12-06"),
        ("Blinken and Lavrov did not meet on Wednesday, officials said.", "in-person meeting", "040", "denied", "2022-12-07"),
        ("Rubio and Lavrov may hold talks next week.", "talks/negotiations", "046", "planned", "2022-W50"),
    ],
)
def test_contact_events(sentence, contact_type, cameo, modality, value):
    df = timeline(make_article(["Title", sentence], dt.date(2022, 12, 9)))
    dated = df[df["value"] != ""]
    assert len(dated) == 1, df
    r = dated.iloc[0]
    assert (r["contact_type"], r["cameo_code"], r["modality"], r["value"]) == (contact_type, cameo, modality, value)


def test_no_contact_without_both_sides():
    df = timeline(make_article(["Title", "Lavrov met Chinese officials in Beijing on Monday."], dt.date(2022, 12, 9)))
    assert df.iloc[0]["contact_type"] == ""  # Russia + a third party is not a US–Russia contact


def test_undated_contact_gets_a_row_with_a_reason():
    df = timeline(make_article(["Title", "Blinken and Lavrov spoke by phone about prisoners."], dt.date(2022, 12, 9)))
    r = df.iloc[0]
    assert (r["expression"], r["value"], r["time_role"], r["contact_type"]) == ("", "", "undated", "phone call")
    assert "2022-12-09" in r["reason"]


def test_article_without_publication_date():
    df = timeline(make_article(["Title", "Blinken and Lavrov met on March 2, 2023.", "They spoke by phone on Thursday."], None))
    assert row(df, "on March 2, 2023")["value"] == "2023-03-02"
    r = row(df, "on Thursday")
    assert r["value"] == "" and "publication date" in r["reason"]


def test_timelinejs_keeps_granularity_and_escapes(seed_tl):
    extra = make_article(["Title", "<script>x</script> Blinken and Lavrov met in July 2022."], dt.date(2023, 3, 2))
    df = pd.concat([seed_tl, timeline(extra)], ignore_index=True)
    tl = to_timelinejs(df)
    assert tl["events"]
    by_date = {json.dumps(e["start_date"], sort_keys=True): e for e in tl["events"]}
    assert json.dumps({"year": 2022, "month": 7}, sort_keys=True) in by_date  # no invented day
    assert json.dumps({"day": 2, "month": 3, "year": 2023}, sort_keys=True) in by_date
    text = json.dumps(tl)
    assert "<script>" not in text
    assert all("year" in e["start_date"] for e in tl["events"])


def test_write_helpers(tmp_path, seed_tl):
    csv = write_events_csv(seed_tl, tmp_path / "out" / "events.csv")
    back = pd.read_csv(csv, keep_default_na=False)
    assert len(back) == len(seed_tl)
    js = write_timelinejs(seed_tl, tmp_path / "out" / "timeline.json")
    assert json.loads(js.read_text(encoding="utf-8"))["events"]


def test_corpus_and_article_agree(corpus, seed_tl):
    assert len(timeline(corpus)) == len(seed_tl)


# --- the explorer widget --------------------------------------------------------------------
def test_timeline_explorer_filters_and_exports(corpus, tmp_path, caplog):
    from newsdesk.ui.timeline_view import ALL, timeline_explorer

    caplog.set_level("ERROR")

    ui = timeline_explorer(corpus, export_dir=tmp_path / "processed")
    assert ui.article_picker.value == "aljazeera_2023-03-02_blinken-lavrov-g20"
    assert ui.date_range.continuous_update is False
    n_all = len(ui.filtered)
    assert n_all > 5
    assert len(ui.claims) == 2 and set(ui.claims["verdict"]) == {"supported", "contested"}
    ui.actor_filter.value = "bout"
    assert set(ui.filtered["contact_type"]) == {"prisoner exchange"}
    ui.actor_filter.value = ALL
    ui.type_filter.value = "phone call"
    assert set(ui.filtered["expression"]) == {"since July"}
    ui.type_filter.value = ALL
    ui.date_range.value = ("2023-01", "2023-12")  # the July 2022 call falls out; undated rows stay
    assert "since July" not in set(ui.filtered["expression"]) and "on Thursday" in set(ui.filtered["expression"])
    assert list(ui.filtered.columns) == list(ui.events.columns)  # the chart reads a few columns; an export gets all
    ui.lanes.value = "participant pair"
    ui.export_button.click()
    assert [p.suffix for p in ui.exported] == [".csv", ".json", ".html"]
    assert all(p.exists() for p in ui.exported)
    page = ui.exported[2].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "Antony Blinken – Sergey Lavrov" in page  # the chart as shown
    # safe_callback logs every error it turns into a message box (outside a kernel the
    # Output holds no HTML to search, so the log is what can fail here)
    assert not [r for r in caplog.records if "widget callback failed" in r.getMessage()]


def test_undated_table_lists_what_the_article_does_not_date(seed_tl):
    from newsdesk.ui.timeline_view import undated_table

    und = undated_table(seed_tl)
    assert {"in months", "in the near term", "later"} <= set(und["expression"])
    assert "(no time expression)" in set(und["expression"])
    assert "on Thursday" not in set(und["expression"])


def test_definite_contact_noun_carries_the_previous_contact_over():
    art = make_article(["Title", "US envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg on Friday.",
                        "The talks lasted more than four hours, Kremlin spokesman Dmitry Peskov said."], dt.date(2025, 4, 11))
    df = timeline(art)
    r = row(df, "more than four hours")
    assert (r["value"], r["contact_type"], r["participants"]) == ("PT4H", "in-person meeting", "Steve Witkoff; Vladimir Putin")
    assert "carried over" in r["reason"]
    assert row(df, "on Friday")["cameo_code"] == "042"  # St Petersburg: a visit, not a third location


def test_a_differently_dated_meeting_is_not_carried_over():
    art = make_article(["Title", "Blinken and Lavrov spoke on Thursday.", "The meeting of finance ministers last week ended without a statement."], dt.date(2023, 3, 2))
    assert row(timeline(art), "last week")["contact_type"] == ""


def test_both_sides_named_by_adjectives_only():
    art = make_article(["Title", "US and Russian diplomats ended a second round of talks in Istanbul on Thursday."], dt.date(2025, 4, 10))
    r = row(timeline(art), "on Thursday")
    assert (r["contact_type"], r["cameo_code"], r["place"]) == ("talks/negotiations", "046", "Istanbul")


def test_speakers_are_not_participants_but_addressees_are():
    art = make_article(["Title", "Blinken told Lavrov on Thursday that support for Ukraine would not waver, Russian news agencies reported.",
                        "Lavrov told reporters on Friday that he had spoken to Blinken."], dt.date(2023, 3, 3))
    df = timeline(art)
    assert set(row(df, "on Thursday")["participant_ids"].split("; ")) == {"blinken", "lavrov"}
    friday = row(df, "on Friday")
    assert "blinken" in friday["participant_ids"]


@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("A meeting between Trump and Putin could take place in the coming months, Ushakov added.", "planned"),
        ("The Kremlin denied reports that Putin and Trump had met secretly last year.", "denied"),
        ("Blinken and Lavrov spoke by phone last week about a proposal to free Whelan.", "occurred"),
    ],
)
def test_modality_cues_around_noun_triggers(sentence, modality):
    df = timeline(make_article(["Title", sentence], dt.date(2025, 5, 20)))
    contacts = df[df["contact_type"] != ""]
    assert len(contacts) == 1 and contacts.iloc[0]["modality"] == modality, df


def test_claims_of_many_articles_wait_for_the_button(tmp_path, corpus):
    """With "(all)" over more than CLAIMS_AT_ONCE articles the claim check (a few ms an
    article) runs only when asked; one article is checked at once as before."""
    import newsdesk as nd
    from newsdesk.ui.timeline_view import ALL, CLAIMS_AT_ONCE, timeline_explorer

    folder = tmp_path / "data" / "articles"
    folder.mkdir(parents=True)
    seed_text = corpus["aljazeera_2023-03-02_blinken-lavrov-g20"].path
    for k in range(CLAIMS_AT_ONCE + 1):
        (folder / f"copy_{k:02d}.txt").write_bytes(Path(seed_text).read_bytes())
    many = nd.load_corpus(tmp_path / "data")
    ui = timeline_explorer(many, export_dir=tmp_path / "out")
    assert not ui.claims_pending and len(ui.claims) == 2
    assert ui.claims_button.layout.display == "none"
    ui.article_picker.value = ALL
    assert ui.claims_pending and ui.claims.empty and ui.claims_button.layout.display != "none"
    ui.claims_button.click()
    assert not ui.claims_pending and len(ui.claims) == 2 * (CLAIMS_AT_ONCE + 1)


def test_tables_under_the_chart_show_their_first_rows_and_the_total():
    from newsdesk.ui.timeline_view import _shown_table

    frame = pd.DataFrame({"paragraph_no": range(5), "contact_type": ["phone call"] * 5, "event": [f"e{i}" for i in range(5)]})
    shown = _shown_table(frame.head(3), ("event",), 5)
    assert "Showing 3 of 5 rows" in shown and shown.count("<tr>") == 4  # the header and 3 rows
    assert "phone\u00a0call" in shown  # a contact type never splits over two lines
    assert "Showing" not in _shown_table(frame, ("event",), 5)


def _timelinejs_events_row_by_row(df: pd.DataFrame) -> list[dict]:
    """to_timelinejs's events as the row-by-row loop made them before it read whole columns."""
    import html as html_module

    from newsdesk.timeline import _tl_date

    events = []
    for row in df.itertuples(index=False):
        if row.type not in ("date", "event_anchored") or not row.value:
            continue
        start = _tl_date(str(row.value), row.start)
        if not start:
            continue
        event = {
            "start_date": start,
            "display_date": f"'{row.expression}' → {row.value}" + (f" ({row.mod})" if row.mod else ""),
            "text": {
                "headline": html_module.escape(" – ".join(x for x in (row.contact_type or "event", row.participants) if x)),
                "text": html_module.escape(str(row.event)) + (f"<br><i>{html_module.escape(str(row.modality))}</i>" if row.modality else ""),
            },
            "group": row.contact_type or "other",
        }
        if row.end is not None and not pd.isna(row.end) and row.start is not None and not pd.isna(row.start) and pd.Timestamp(row.end) > pd.Timestamp(row.start):
            end = pd.Timestamp(row.end)
            event["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
        events.append(event)
    return events


def test_timelinejs_from_columns_equals_the_row_by_row_events(seed_tl, tmp_path):
    """Whole-column reading gives the same events, also for rows read back from Parquet and for
    odd rows (no value, no start, an end before the start, missing text)."""
    hostile = timeline(nd.load_corpus(ROOT / "tests" / "corpus_hostile"))
    df = pd.concat([seed_tl, hostile], ignore_index=True)
    odd = df.head(4).copy()
    odd.loc[odd.index[0], "value"] = ""
    odd.loc[odd.index[1], "start"] = None
    odd.loc[odd.index[1], "value"] = "2023-W08"
    odd.loc[odd.index[2], "end"] = pd.Timestamp("2000-01-01")
    odd.loc[odd.index[3], ["mod", "participants", "modality"]] = None
    df = pd.concat([df, odd], ignore_index=True)
    df.to_parquet(tmp_path / "tl.parquet")
    for frame in (df, pd.read_parquet(tmp_path / "tl.parquet")):
        assert to_timelinejs(frame)["events"] == _timelinejs_events_row_by_row(frame)


def test_timelinejs_cap_merges_same_contact_and_keeps_most_reported(seed_tl):
    # three articles report one call, one article another meeting; plus rows with no contact
    call = make_article(["Title", "Blinken and Lavrov spoke by phone on July 29, 2022."], dt.date(2022, 8, 1))
    meet = make_article(["Title", "CIA Director William Burns met Sergei Naryshkin in Ankara on November 14, 2022."], dt.date(2022, 11, 20))
    other = make_article(["Title", "The talks were announced in May 2021.", "Prices rose in June 2020."], dt.date(2021, 6, 1))
    df = pd.concat([timeline(call)] * 3 + [timeline(meet), timeline(other)], ignore_index=True)
    everything = to_timelinejs(df)
    assert to_timelinejs(df, max_events=len(everything["events"])) == everything  # under the cap: unchanged
    capped = to_timelinejs(df, max_events=2)
    assert len(capped["events"]) == 2
    assert all(e["group"] != "other" for e in capped["events"])  # contacts come before other events
    first = capped["events"][0]
    assert first["start_date"] == {"year": 2022, "month": 7, "day": 29}  # date order
    assert "reported in 3 rows" in first["text"]["text"]
    assert "2 slides for" in capped["title"]["text"]["text"] and "The CSV has every row" in capped["title"]["text"]["text"]


def test_write_timelinejs_caps_by_default(tmp_path):
    rows = make_article(["Title"] + [f"Blinken and Lavrov spoke by phone on July {d}, 2022." for d in range(1, 29)], dt.date(2022, 8, 1))
    df = timeline(rows)
    assert len(to_timelinejs(df)["events"]) == 28
    js = json.loads(write_timelinejs(df, tmp_path / "t.json", max_events=10).read_text(encoding="utf-8"))
    assert len(js["events"]) == 10
    assert len(json.loads(write_timelinejs(df, tmp_path / "all.json", max_events=None).read_text(encoding="utf-8"))["events"]) == 28


def test_claim_wait_is_estimated_in_plain_words():
    from newsdesk.ui.timeline_view import _duration

    assert _duration(0.3) == "a second"
    assert _duration(40.2) == "40 seconds"
    assert _duration(400) == "7 minutes"


# --- places and contact words found on new sentences (not the gold set)


@pytest.mark.parametrize(
    ("sentence", "place", "cameo"),
    [
        ("Blinken and Lavrov met on the sidelines of a summit in July in Riyadh.", "Riyadh", "044"),
        ("Blinken and Lavrov met at the meeting in Geneva on Monday.", "Geneva", "044"),
        ("Blinken and Shoigu met on the sidelines of a summit two days ago for more than four hours in Ankara.", "Ankara", "044"),
        ("Blinken and Lavrov met on the sidelines of the G20 conference in New Delhi on Thursday.", "G20 conference, New Delhi", "044"),
        ("Blinken and Lavrov met at the meeting on Thursday.", "", "040"),  # "the meeting" is the contact, no place
    ],
)
def test_a_month_or_an_unnamed_venue_is_not_the_place(sentence, place, cameo):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 2)))
    contact = tl[tl["contact_type"] != ""].iloc[0]
    assert (contact["place"], contact["cameo_code"]) == (place, cameo)


@pytest.mark.parametrize(
    ("sentence", "contact_type", "modality"),
    [
        ("Lavrov and Rubio exchanged letters last month.", "correspondence", "occurred"),
        ("Trump will call Putin on Tuesday.", "phone call", "planned"),
        ("Biden called Putin on Monday.", "phone call", "occurred"),
    ],
)
def test_letters_and_the_verb_call_are_contacts(sentence, contact_type, modality):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 2)))
    assert (tl.iloc[0]["contact_type"], tl.iloc[0]["modality"]) == (contact_type, modality)


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        ("Trump said he would call Putin on Tuesday.", "Donald Trump; Vladimir Putin"),
        ("Lavrov said he met Blinken on Thursday.", "Sergey Lavrov; Antony Blinken"),
        ("Peskov said Putin would call Trump on Tuesday.", "Vladimir Putin; Donald Trump"),  # the speaker is not a participant
    ],
)
def test_he_after_a_speaker_is_the_speaker(sentence, participants):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 2)))
    assert tl.iloc[0]["participants"] == participants


@pytest.mark.parametrize(
    ("sentence", "contact_type"),
    [
        ("Blinken and Lavrov spoke by phone in July 2022 about a possible prisoner swap.", "phone call"),
        ("Blinken and Lavrov met on Monday to discuss a prisoner swap.", "in-person meeting"),
        ("Blinken and Lavrov met in Geneva on Monday as tensions over a prisoner exchange grew.", "in-person meeting"),
        ("Russia and the US swapped prisoners in Abu Dhabi on Friday.", "prisoner exchange"),
    ],
)
def test_what_a_contact_was_about_is_not_its_type(sentence, contact_type):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 2)))
    assert tl.iloc[0]["contact_type"] == contact_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Blinken and Lavrov spoke by phone in July 2022 about a possible prisoner swap, and exchanged a few words on the sidelines of a G20 meeting in New Delhi in March 2023.",
            [("phone call", "Antony Blinken; Sergey Lavrov"), ("brief encounter", "Antony Blinken; Sergey Lavrov")],
        ),
        ("Blinken and Lavrov met on Monday, and spoke again by phone on Friday.", [("in-person meeting", "Antony Blinken; Sergey Lavrov"), ("phone call", "Antony Blinken; Sergey Lavrov")]),
        ("Lavrov met Wang Yi on Monday, and spoke to Blinken on Friday.", [("", "Sergey Lavrov"), ("contact", "Sergey Lavrov; Antony Blinken")]),
        # the subject carries over, not the object: Lavrov met Chinese officials, not Blinken
        ("Lavrov met Blinken on Monday, and met Chinese officials on Friday.", [("in-person meeting", "Sergey Lavrov; Antony Blinken"), ("", "")]),
    ],
)
def test_a_clause_without_a_subject_takes_the_sentence_subject(sentence, expected):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 20)))
    dated = tl[tl["type"] == "date"]
    assert list(zip(dated["contact_type"], dated["participants"], strict=True)) == expected


@pytest.mark.parametrize(
    ("sentence", "contact_type", "mod"),
    [
        ("Russian and American officials exchanged prisoners at Ankara airport on August 1.", "prisoner exchange", "occurred"),
        ("Prisoners were exchanged in Abu Dhabi on Friday, US and Russian officials said.", "prisoner exchange", "occurred"),
        # IGNORECASE must not let "called off" pass for "called Putin"
        ("A planned meeting between Lavrov and Blinken in Geneva next week was called off.", "in-person meeting", "denied"),
        ("Talks between Ryabkov and Burns were postponed on Friday.", "talks/negotiations", "denied"),
        ("Biden called Putin on Monday.", "phone call", "occurred"),
        ("Rubio called for talks with Lavrov on Monday.", "talks/negotiations", "planned"),
        # the two heads of state (on the contact's date): a summit, whatever the verb
        ("Biden called for talks with Putin on Monday.", "summit", "planned"),
        ("Trump called for talks with Putin on Monday.", "in-person meeting", "planned"),  # out of office in 2023: a visit to a head of state
        ("Blinken said on Tuesday he had called off a meeting with Lavrov that had been set for Thursday.", "in-person meeting", "denied"),
    ],
)
def test_prisoners_exchanged_and_contacts_called_off(sentence, contact_type, mod):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 2)))
    row = tl[tl["contact_type"] != ""].iloc[0]
    assert (row["contact_type"], row["modality"]) == (contact_type, mod)


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        # the people swapped are the participants, also when an aside or a participle names them
        ("Washington and Moscow exchanged prisoners in Abu Dhabi on Thursday, swapping basketball star Brittney Griner for arms dealer Viktor Bout.", "Brittney Griner; Viktor Bout"),
        ("The two countries completed a swap on Thursday, with Turkish officials saying 26 people were exchanged, among them Evan Gershkovich and Vadim Krasikov.", "Evan Gershkovich; Vadim Krasikov"),
        # a freed American and the country that freed him: the side with no named person keeps its country
        ("Russia freed American schoolteacher Marc Fogel on Tuesday.", "Russia; Marc Fogel"),
    ],
)
def test_a_prisoner_swap_names_the_prisoners(sentence, participants):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2025, 2, 13)))
    row = tl[tl["contact_type"].str.startswith("prisoner")].iloc[0]
    assert row["participants"] == participants


@pytest.mark.parametrize(
    ("sentence", "contact_type"),
    [
        ("Putin held three hours of talks with U.S. envoy Steve Witkoff at the Kremlin on Friday.", "in-person meeting"),
        ("Trump hosted Putin at a base in Anchorage on Friday.", "summit"),
        ("Obama and Medvedev held talks in Prague on April 8, 2010.", "summit"),  # heads of state on that day
        ("Rubio and Lavrov held talks in Riyadh on Tuesday.", "talks/negotiations"),
        ("Rubio met Lavrov in Riyadh on Tuesday.", "in-person meeting"),
    ],
)
def test_contact_type_follows_who_meets(sentence, contact_type):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2025, 2, 21)))
    assert tl[tl["contact_type"] != ""].iloc[0]["contact_type"] == contact_type


def test_the_same_day_is_the_date_before_it_and_even_as_breaks_a_clause():
    tl = timeline(make_article(["US and Russian officials", "Austin spoke with Shoigu on March 15, while Milley held a call with Gerasimov the same day."], dt.date(2023, 3, 20)))
    calls = tl[tl["contact_type"] != ""]
    assert list(zip(calls["participants"], calls["value"], strict=True)) == [("Lloyd Austin; Sergei Shoigu", "2023-03-15"), ("Mark Milley; Valery Gerasimov", "2023-03-15")]
    text = "Peskov said on Monday that no summit was being prepared, even as Dmitriev said he had held talks with Witkoff in Miami on Saturday."
    tl = timeline(make_article(["US and Russian officials", text], dt.date(2025, 10, 27)))
    talks = tl[tl["expression"] == "on Saturday"].iloc[0]
    assert (talks["participants"], talks["value"], talks["modality"]) == ("Kirill Dmitriev; Steve Witkoff", "2025-10-25", "occurred")


@pytest.mark.parametrize(
    ("sentence", "place", "cameo"),
    [
        ("Lavrov hosted Burns at the Foreign Ministry in Moscow on Wednesday.", "Foreign Ministry, Moscow", "042"),
        ("Burns met Naryshkin at the US embassy in Ankara on Monday.", "US embassy, Ankara", "044"),
        ("Blinken met Lavrov at the Kremlin on Monday.", "Kremlin", "042"),
    ],
)
def test_a_building_then_its_city_is_the_place(sentence, place, cameo):
    tl = timeline(make_article(["US and Russian officials", sentence], dt.date(2023, 3, 2)))
    row = tl.iloc[0]
    assert (row["contact_type"], row["place"], row["cameo_code"]) == ("in-person meeting", place, cameo)


def test_russian_and_u_s_officials_are_both_sides_and_the_war_in_ukraine_is_no_place():
    s = "Top Russian and U.S. officials agreed Tuesday to start working toward ending the war in Ukraine, in their first such talks in nearly three years."
    row = timeline(make_article(["Talks in Riyadh", s], dt.date(2025, 2, 19))).iloc[0]
    assert (row["contact_type"], row["place"]) == ("talks/negotiations", "")
    assert "Ukraine" not in row["participants"] and "Russia" in row["participants"]


def test_discussed_is_a_contact():
    row = timeline(make_article(["Talks", "Blinken and Lavrov discussed the war in Ukraine in New Delhi on Thursday."], dt.date(2023, 3, 2))).iloc[0]
    assert (row["contact_type"], row["participants"], row["place"]) == ("contact", "Antony Blinken; Sergey Lavrov", "New Delhi")


def test_a_swap_that_should_be_worked_out_is_planned():
    paras = ["Blinken and Lavrov spoke by phone on Friday.", "Lavrov told Blinken that a swap should be worked out through quiet diplomacy."]
    row = timeline(make_article(paras, dt.date(2022, 7, 29))).iloc[-1]
    assert (row["contact_type"], row["modality"]) == ("prisoner exchange", "planned")


def test_he_and_him_with_no_one_named_are_the_main_pair():
    paras = ["Blinken spoke by phone with Lavrov on Friday.", "He said he expected to speak with him again in the coming days."]
    row = timeline(make_article(paras, dt.date(2022, 7, 29))).iloc[-1]
    assert (row["contact_type"], row["participants"], row["modality"]) == ("contact", "Antony Blinken; Sergey Lavrov", "planned")


@pytest.mark.parametrize(
    ("sentence", "published", "participants"),
    [
        ("Blinken met his Russian counterpart in New Delhi on Thursday.", dt.date(2023, 3, 2), "Antony Blinken; Sergey Lavrov"),
        ("The US secretary of state met the Russian foreign minister on Thursday.", dt.date(2023, 3, 2), "Antony Blinken; Sergey Lavrov"),
        ("The US secretary of state met the Russian foreign minister on Thursday.", dt.date(2025, 2, 20), "Marco Rubio; Sergey Lavrov"),  # who held it then
        ("Biden spoke with the Russian president on Friday.", dt.date(2023, 3, 2), "Joe Biden; Vladimir Putin"),
        ("The Russian leader and Trump spoke by phone on Tuesday.", dt.date(2025, 3, 20), "Vladimir Putin; Donald Trump"),
    ],
)
def test_people_named_by_their_office_take_part(sentence, published, participants):
    row = timeline(make_article(["Talks", sentence], published)).iloc[0]
    assert row["participants"] == participants and row["contact_type"]


@pytest.mark.parametrize(
    ("sentence", "event_date", "report"),
    [
        ("Biden and Putin are due to hold a video call on Tuesday, the White House said on Saturday.", "on Tuesday", "on Saturday"),
        ("Lavrov met Blinken on Thursday, the Kremlin said in a statement on Friday.", "on Thursday", "on Friday"),
        ("On Monday, Blinken and Lavrov spoke by phone, the State Department said Tuesday.", "On Monday", "Tuesday"),
        ("Putin and Trump spoke on Wednesday, Peskov told reporters on Thursday.", "on Wednesday", "on Thursday"),
    ],
)
def test_the_date_closing_an_attribution_dates_the_report_not_the_contact(sentence, event_date, report):
    tl = nd.timeline(make_article(["Title", sentence], dt.date(2023, 3, 4)))
    contact, said = row(tl, event_date), row(tl, report)
    assert contact["contact_type"] and contact["time_role"] == "when"
    assert said["time_role"] == "reported" and said["contact_type"] == "" and said["event"].endswith(report)
    assert (tl["contact_type"] != "").sum() == 1  # one contact, on its own date


def test_a_contact_with_no_date_of_its_own_keeps_the_date_it_was_reported():
    tl = nd.timeline(make_article(["Title", "Blinken and Lavrov spoke by phone, the State Department said on Friday."], dt.date(2023, 3, 4)))
    only = row(tl, "on Friday")
    assert (only["contact_type"], only["value"], only["time_role"]) == ("phone call", "2023-03-03", "when")


# --- causes found by the blind contact set c7 (other wording than the set)


def contacts(text: str, published: dt.date) -> pd.DataFrame:
    df = timeline(make_article(["Title", text], published))
    return df[df["contact_type"] != ""]


def test_people_in_an_aside_or_named_as_the_topic_do_not_take_part():
    df = contacts("Rubio spoke by phone with Lavrov on Friday, pressing Moscow to free Evan Gershkovich.", dt.date(2025, 3, 8))
    assert set(df["participants"]) == {"Marco Rubio; Sergey Lavrov"}
    df = contacts("Trump called Putin on Monday, stepping out of a meeting with Volodymyr Zelensky.", dt.date(2025, 8, 19))
    assert set(df["participants"]) == {"Donald Trump; Vladimir Putin"}
    df = contacts("Blinken spoke with Lavrov on Sunday and urged the immediate release of Evan Gershkovich.", dt.date(2023, 4, 3))
    assert set(df["participants"]) == {"Antony Blinken; Sergey Lavrov"}


def test_a_possessor_is_not_a_participant():
    df = contacts("Austin held a call with Belousov's predecessor, Sergei Shoigu, in March 2023.", dt.date(2024, 6, 25))
    assert set(df["participants"]) == {"Lloyd Austin; Sergei Shoigu"}


def test_a_denied_report_of_a_contact_is_denied():
    df = contacts("The Kremlin denied a newspaper report that Trump had spoken by phone with Putin last Thursday.", dt.date(2024, 11, 11))
    assert set(df["modality"]) == {"denied"}


def test_the_date_of_an_announcement_is_not_the_date_of_the_contact_it_announces():
    df = timeline(make_article(["Title", "The White House announced on Tuesday that Biden and Putin would meet in Geneva on June 16."], dt.date(2021, 5, 25)))
    dated = df[df["contact_type"] != ""]
    assert dated["value"].tolist() == ["2021-06-16"]
    assert df.set_index("expression").loc["on Tuesday", "time_role"] == "reported"
    df = timeline(make_article(["Title", "The Kremlin on Monday dismissed claims that Putin and Trump had talked on Thursday."], dt.date(2024, 11, 11)))
    assert df[df["contact_type"] != ""]["value"].tolist() == ["2024-11-07"]
    # with no other date, the report's date is the best there is
    df = contacts("Blinken said on Thursday that he had met Lavrov.", dt.date(2023, 3, 2))
    assert df["value"].tolist() == ["2023-03-02"]


def test_contact_events_on_the_blind_set_keep_their_floor():
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_contacts", Path(__file__).parent / "eval" / "score_contacts.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    res = score.evaluate()
    assert res["n_gold"] == 9991  # batches c7 (61 contacts), c8 (89), c9 (69), c10 (75), c11 (69), c12 (102), c13 (99), c14 (96), c15 (75), c16 (82), c17 (76), c18 (92), c19 (73), c20 (74), c21 (96), c22 (96), c23 (94), c24 (100), c25 (96), c26 (58), c27 (97), c28 (90), c29 (88), c30 (90), c31 (98), c32 (96), c33 (77), c34 (76), c35 (87), c36 (76), c37 (82), c38 (74), c39 (61), c40 (74), c41 (53), c42 (64), c43 (55), c44 (60), c45 (52), c46 (68), c47 (61), c48 (71), c49 (57), c50 (73), c51 (64), c52 (73), c53 (48), c54 (59), c55 (59), c56 (50), c57 (55), c58 (52), c59 (62), c60 (54), c61 (61), c62 (64), c63 (62), c64 (63), c65 (69), c66 (69), c67 (84), c68 (54), c69 (60), c70 (60), c71 (71), c72 (80), c73 (66), c74 (64), c75 (63), c76 (60), c77 (54), c78 (61), c79 (64), c80 (67), c81 (64), c82 (54), c83 (57), c84 (67), c85 (65), c86 (68), c87 (62), c88 (56), c89 (64), c90 (68), c91 (63), c92 (63), c93 (64), c94 (74), c95 (60), c96 (63), c97 (68), c98 (66), c99 (67), c100 (63), c101 (62), c102 (69), c103 (67), c104 (64), c105 (60), c106 (69), c107 (63), c108 (60), c109 (58), c110 (64), c111 (66), c112 (55), c113 (67), c114 (61), c115 (94), c116 (71), c117 (64), c118 (60), c119 (71), c120 (64), c121 (53), c122 (70), c123 (70), c124 (67), c125 (58), c126 (52), c127 (67), c128 (62), c129 (69), c130 (55), c131 (57), c132 (60), c133 (62), c134 (52), c135 (62), c136 (68), c137 (58), c138 (68), c139 (64), c140 (59), c141 (65), c142 (47), c143 (56), c144 (59), c145 (65), c146 (50), c147 (60), c148 (56), c149 (61), c150 (96), c151 (48), c152 (73), c153 (55) and c154 (58)
    assert res["f1"] >= 0.66 and res["f1_who"] >= 0.72 and res["modality_accuracy"] >= 0.9, res["errors"]


# --- causes found by the blind held-out contact batch c8 (each written in other words than the batch)


def _contacts(sentence: str, published: dt.date) -> list[tuple[str, str, str, str]]:
    tl = timeline(make_article(["US and Russian officials", sentence], published))
    rows = tl[(tl["contact_type"] != "") & (tl["time_role"] == "when")]
    return list(zip(rows["contact_type"], rows["participants"], rows["value"], rows["modality"], strict=True))


def test_a_wire_dateline_dates_the_report_not_the_contact():
    rows = _contacts("WASHINGTON, May 10 (Reuters) - Kerry phoned Lavrov late on Monday to discuss a truce.", dt.date(2016, 5, 10))
    assert rows == [("phone call", "John Kerry; Sergey Lavrov", "2016-05-09", "occurred")]


def test_a_report_date_before_a_participle_or_a_day_after_is_the_reports():
    rows = _contacts("Putin and Trump spoke by phone on Wednesday, Peskov said Thursday, adding that they would meet.", dt.date(2025, 2, 13))
    assert [r[2] for r in rows] == ["2025-02-12"]


def test_a_day_after_another_contact_dates_that_contact_a_day_before():
    rows = _contacts("Milley spoke with Gerasimov on Monday, the Pentagon said, a day after Austin held a phone call with Shoigu.", dt.date(2022, 10, 24))
    assert rows == [("contact", "Mark Milley; Valery Gerasimov", "2022-10-24", "occurred"), ("phone call", "Lloyd Austin; Sergei Shoigu", "2022-10-23", "occurred")]


def test_the_first_contact_since_a_date_is_a_contact_on_that_date():
    rows = _contacts("Austin called Shoigu on Friday, the first contact between the two men since Feb. 18.", dt.date(2022, 5, 13))
    assert [r[2] for r in rows] == ["2022-05-13", "2022-02-18"]
    assert _contacts("Blinken called Lavrov on Friday, their first call since before Russia invaded Ukraine.", dt.date(2022, 7, 29))[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked on Monday whether she would meet Putin, Harris said she would not.",  # a question
        "Putin was briefed on a declassified report released on Friday about Trump.",  # a document released
    ],
)
def test_no_contact_in_a_question_or_a_released_document(sentence):
    assert _contacts(sentence, dt.date(2024, 10, 8)) == []


def test_a_release_in_exchange_for_someone_is_a_swap_of_both():
    rows = _contacts("Russia freed Ksenia Karelina, jailed over a donation to a charity, in exchange for Arthur Petrov in Abu Dhabi on Thursday.", dt.date(2025, 4, 10))
    assert rows == [("prisoner exchange", "Ksenia Karelina; Arthur Petrov", "2025-04-10", "occurred")]


def test_a_topic_before_the_contact_word_is_only_its_phrase():
    s = "Officials agreed Tuesday to work toward ending the war in Ukraine after talks in Riyadh, where Rubio and Waltz sat across from Lavrov."
    assert _contacts(s, dt.date(2025, 2, 18)) == [("talks/negotiations", "Marco Rubio; Mike Waltz; Sergey Lavrov", "2025-02-18", "occurred")]


def test_received_by_is_a_meeting():
    rows = _contacts("Tillerson was received by President Vladimir Putin in the Kremlin on Wednesday.", dt.date(2017, 4, 12))
    assert rows == [("in-person meeting", "Rex Tillerson; Vladimir Putin", "2017-04-12", "occurred")]


def test_greetings_sent_are_correspondence_and_in_touch_a_contact():
    rows = _contacts("Putin sent New Year greetings to Trump on Sunday, saying Moscow remains open to dialogue.", dt.date(2018, 12, 31))
    assert rows == [("correspondence", "Vladimir Putin; Donald Trump", "2018-12-30", "occurred")]
    rows = _contacts("Ushakov said he had been in touch with Witkoff over the weekend about arrangements for the summit.", dt.date(2025, 8, 11))
    assert rows == [("contact", "Yuri Ushakov; Steve Witkoff", "2025-W32-WE", "occurred")]


def test_a_spokesman_is_not_one_of_the_two_leaders():
    paras = ["Putin and Trump spoke by phone on Wednesday, Peskov said.", "Peskov told reporters that the two leaders had agreed to meet."]
    tl = timeline(make_article(paras, dt.date(2025, 2, 13)))
    assert "Dmitry Peskov" not in ";".join(tl[tl["contact_type"] != ""]["participants"])


def test_an_aside_holding_a_dated_contact_is_its_own_clause():
    s = "The United States withdrew from the INF Treaty on Friday, ending a pact that Ronald Reagan and Mikhail Gorbachev signed in 1987."
    rows = _contacts(s, dt.date(2019, 8, 2))
    assert ("treaty action", "Ronald Reagan; Mikhail Gorbachev", "1987", "occurred") in rows


def test_president_elect_is_not_the_sitting_president():
    rows = _contacts("The Kremlin denied that U.S. President-elect Donald Trump had spoken with Vladimir Putin last Thursday.", dt.date(2024, 11, 11))
    assert rows == [("contact", "Donald Trump; Vladimir Putin", "2024-11-07", "denied")]


def test_for_the_first_time_since_a_date_dates_the_previous_contact():
    rows = _contacts("Austin spoke by phone Friday with Shoigu for the first time since Feb. 18.", dt.date(2022, 5, 13))
    assert [r[2] for r in rows] == ["2022-05-13", "2022-02-18"]


def test_an_office_is_its_holder_on_the_publication_date_in_any_era():
    rows = _contacts("Secretary of State Warren Christopher met the Russian foreign minister in Geneva on Tuesday.", dt.date(1994, 3, 15))
    assert rows == [("in-person meeting", "Warren Christopher; Andrei Kozyrev", "1994-03-15", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Blinken raised the detention of Evan Gershkovich with Lavrov on Thursday.",
        "Blinken had himself raised Gershkovich's case with Sergei Lavrov on Thursday.",
        "Blinken brought up the prisoner issue with Lavrov on Thursday.",
    ],
)
def test_raising_a_matter_with_someone_is_a_contact_and_the_matter_a_topic(sentence):
    assert _contacts(sentence, dt.date(2023, 4, 7)) == [("contact", "Antony Blinken; Sergey Lavrov", "2023-04-06", "occurred")]


def test_raising_a_matter_with_no_one_named_is_no_contact():
    assert _contacts("Biden raised concerns with allies about Putin on Thursday.", dt.date(2023, 4, 7)) == []
    assert _contacts("The Fed raised rates on Thursday, hurting the rouble against the dollar.", dt.date(2023, 4, 7)) == []


def test_their_counterparts_are_the_counterparts_of_each_one_named():
    rows = _contacts("Secretary of State John Kerry and Defense Secretary Chuck Hagel will hold talks with their Russian counterparts in Washington on Friday.", dt.date(2013, 8, 8))
    assert rows == [("talks/negotiations", "John Kerry; Chuck Hagel; Sergey Lavrov; Sergei Shoigu", "2013-08-09", "planned")]


def test_an_invitation_to_a_place_is_a_planned_visit():
    rows = _all_contacts("Putin, in turn, invited Bush to Russia.", dt.date(2001, 6, 17))
    assert [(r[0], r[3]) for r in rows] == [("summit", "planned")]
    rows = _all_contacts("Bush said he had invited the Russian leader to his ranch in Crawford.", dt.date(2001, 6, 17))
    assert [(r[0], r[1], r[3]) for r in rows] == [("summit", "George W. Bush; Vladimir Putin", "planned")]
    # an invitation to do something else is no visit
    assert _all_contacts("Biden invited Putin to reconsider the decision.", dt.date(2021, 4, 13)) == []


def test_issuing_a_joint_statement_after_a_topic_is_a_contact_of_its_own():
    rows = _all_contacts("Clinton and Yeltsin yesterday papered over their differences on Nato expansion at a summit in Helsinki, issuing a joint statement on European security.", dt.date(1997, 3, 22))
    assert {(r[0], r[2]) for r in rows} >= {("summit", "1997-03-21"), ("statement", "1997-03-21")}


def test_a_list_of_meetings_keeps_the_subject_named_first():
    rows = _contacts("Putin hosted Bill Clinton at the Kremlin in June 2000; held talks with Barack Obama in Hangzhou in September 2016; and stood beside Donald Trump in Helsinki in July 2018.", dt.date(2021, 6, 15))
    assert [(r[1], r[2]) for r in rows] == [("Vladimir Putin; Bill Clinton", "2000-06"), ("Vladimir Putin; Barack Obama", "2016-09"), ("Vladimir Putin; Donald Trump", "2018-07")]


def test_an_envoy_summoned_meets_the_other_side_s_country():
    rows = _contacts("Russia's Foreign Ministry said it had summoned U.S. Ambassador Lynne Tracy on Monday and told her that retaliation would follow.", dt.date(2024, 6, 25))
    assert rows == [("in-person meeting", "Lynne Tracy; Russia", "2024-06-24", "occurred")]


def test_sitting_across_the_table_is_a_meeting():
    rows = _contacts("Reagan and Gorbachev sat across the table from each other at the Soviet mission on Wednesday.", dt.date(1985, 11, 21))
    assert rows == [("summit", "Ronald Reagan; Mikhail Gorbachev", "1985-11-20", "occurred")]


def test_after_meeting_with_another_is_a_second_meeting():
    rows = _contacts("Pompeo was received by President Vladimir Putin in Sochi on Tuesday evening, after meeting for several hours with Foreign Minister Sergey Lavrov.", dt.date(2019, 5, 15))
    assert sorted((r[1], r[2][:10]) for r in rows if r[2]) == [("Mike Pompeo; Sergey Lavrov", "2019-05-14"), ("Mike Pompeo; Vladimir Putin", "2019-05-14")]


def test_a_day_s_call_between_two_is_a_phone_call():
    rows = _contacts("Tuesday's call between President Joe Biden and Vladimir Putin, their first since Biden took office, covered the jailing of Navalny.", dt.date(2021, 1, 27))
    assert rows[0] == ("phone call", "Joe Biden; Vladimir Putin", "2021-01-26", "occurred")


def test_a_spokesman_named_with_an_appositive_is_no_participant():
    rows = _all_contacts("Dmitri S. Peskov, the Kremlin spokesman, said President Vladimir Putin had no plans to speak with President Biden about the strike.", dt.date(2024, 6, 25))
    assert [(r[1], r[3]) for r in rows] == [("Vladimir Putin; Joe Biden", "denied")]
    # (a relative clause is no mere appositive: "Witkoff, who met Putin …, told an interviewer")
    rows = _contacts("Steve Witkoff, who met Putin in Moscow last week, told an interviewer that a ceasefire was within reach.", dt.date(2025, 3, 20))
    assert rows[0][1] == "Steve Witkoff; Vladimir Putin"


def test_he_before_one_named_off_the_pair_is_the_pair_s_other_side():
    rows = _contacts("Vice President Joseph R. Biden Jr. was received by Prime Minister Vladimir V. Putin on Thursday, a day after he held talks with President Dmitri A. Medvedev at Gorki.", dt.date(2011, 3, 11))
    assert sorted((r[1], r[2]) for r in rows) == [("Joe Biden; Dmitry Medvedev", "2011-03-09"), ("Joe Biden; Vladimir Putin", "2011-03-10")]


def test_at_their_summit_is_the_pair_s_own_contact_not_a_venue():
    rows = _contacts("Clinton and Putin failed to bridge their differences over missile defense at their first Kremlin summit on Sunday.", dt.date(2000, 6, 4))
    assert rows == [("summit", "Bill Clinton; Vladimir Putin", "2000-06-04", "occurred")]


def test_and_was_received_separately_by_another_is_a_second_meeting():
    rows = _contacts("On Tuesday, Bush held talks with Gorbachev in the Kremlin and was received separately by Russian President Boris Yeltsin.", dt.date(1991, 7, 31))
    assert sorted(r[1] for r in rows) == ["George H. W. Bush; Boris Yeltsin", "George H. W. Bush; Mikhail Gorbachev"]


def test_calling_someone_a_name_is_no_phone_call():
    assert _contacts('Trump praised the decision on Wednesday, calling Putin "very smart."', dt.date(2016, 12, 31)) == []
    assert _contacts("Biden called Putin a killer on Wednesday.", dt.date(2021, 3, 19)) == []
    assert _contacts("Trump called Putin on Tuesday to discuss Syria.", dt.date(2016, 12, 31))[0][0] == "phone call"
    # (a title and initials before the name: still a call, though "Russian" ends in "an")
    assert _contacts("Bush had called Russian President Boris N. Yeltsin on Tuesday.", dt.date(1991, 8, 22))[0][:3] == ("phone call", "George H. W. Bush; Boris Yeltsin", "1991-08-20")


def test_a_denial_dated_before_its_verb_with_an_adverb_is_the_report_s_date():
    rows = _contacts("The Kremlin on Monday flatly denied a report that Trump had spoken by telephone with Putin on Thursday.", dt.date(2024, 11, 11))
    assert rows == [("phone call", "Donald Trump; Vladimir Putin", "2024-11-07", "denied")]


# --- a clause that only adds another partner ("…, and with B"), and plural contact nouns


def _all_contacts(sentence: str, published: dt.date) -> list[tuple[str, str, str, str]]:
    tl = timeline(make_article(["US and Russian officials", sentence], published))
    rows = tl[tl["contact_type"] != ""]
    return sorted(zip(rows["contact_type"], rows["participants"], rows["value"], rows["modality"], strict=True))


def test_and_with_another_partner_is_a_second_contact_of_the_same_kind():
    rows = _all_contacts("Sullivan has held confidential conversations with Ushakov, Putin's foreign policy aide, and with Patrushev, the newspaper reported.", dt.date(2022, 11, 7))
    assert rows == [("contact", "Jake Sullivan; Nikolai Patrushev", "", "occurred"), ("contact", "Jake Sullivan; Yuri Ushakov", "", "occurred")]


def test_a_later_partner_keeps_the_contact_s_modality():
    rows = _all_contacts("Burns is expected to meet Naryshkin in Ankara, and later with Patrushev.", dt.date(2022, 11, 7))
    assert {(r[1], r[3]) for r in rows} == {("William Burns; Sergei Naryshkin", "planned"), ("William Burns; Nikolai Patrushev", "planned")}


def test_with_and_no_new_partner_adds_no_contact():
    rows = _all_contacts("Blinken met Lavrov in New Delhi, with reporters watching from across the room.", dt.date(2023, 3, 2))
    assert [r[1] for r in rows] == ["Antony Blinken; Sergey Lavrov"]


# --- causes found by the blind held-out contact batch c10 (each written in other words than the batch)


def test_a_contact_of_another_era_takes_that_era_s_people_and_ranks():
    rows = _contacts("President Bush said he had spoken by telephone with Mikhail Gorbachev on Wednesday.", dt.date(1991, 8, 22))
    assert rows == [("phone call", "George H. W. Bush; Mikhail Gorbachev", "1991-08-21", "occurred")]
    rows = _all_contacts("They first met in 2011, when Mr. Biden, then vice president, visited Mr. Putin in Moscow.", dt.date(2021, 6, 17))
    assert rows == [("in-person meeting", "Joe Biden; Vladimir Putin", "2011", "occurred")]  # no summit: not heads of state then


def test_a_letter_named_before_its_verb_is_correspondence():
    rows = _all_contacts("Shevardnadze carried a letter from Gorbachev that was delivered to President Bush on Thursday.", dt.date(1989, 9, 24))
    assert [(r[0], r[2]) for r in rows] == [("correspondence", "1989-09-21")]
    assert {"Mikhail Gorbachev", "George H. W. Bush"} <= set(rows[0][1].split("; "))


@pytest.mark.parametrize(
    ("sentence", "mod"),
    [
        ('Reagan and Gorbachev declared that "a nuclear war must never be fought," capping a summit on Thursday.', "occurred"),
        ('Biden warned Putin in a phone call on Saturday that the West would "respond decisively".', "occurred"),
    ],
)
def test_words_said_or_a_content_clause_set_no_modality(sentence, mod):
    assert [r[3] for r in _contacts(sentence, dt.date(2022, 2, 13))] == [mod]


def test_in_exchange_for_goods_is_no_prisoner_swap():
    assert _all_contacts("Clinton and Yeltsin agreed on Friday that Ukraine would give up its warheads in exchange for fuel.", dt.date(1994, 1, 15)) == []
    rows = _all_contacts("Russia freed Marc Fogel on Tuesday in exchange for Alexander Vinnik, held in the US.", dt.date(2025, 2, 12))
    assert rows == [("prisoner exchange", "Marc Fogel; Alexander Vinnik", "2025-02-11", "occurred")]


def test_an_indefinite_office_names_no_one_and_an_extension_is_a_treaty_action():
    rows = _all_contacts("It was the first meeting between an American president and a Soviet leader since Jimmy Carter and Leonid Brezhnev met in Vienna in June 1979.", dt.date(1985, 11, 21))
    assert [r[1] for r in rows] == ["Jimmy Carter; Leonid Brezhnev"]
    rows = _contacts("The United States and Russia completed a five-year extension of the New START treaty on Wednesday.", dt.date(2021, 2, 4))
    assert [(r[0], r[2]) for r in rows] == [("treaty action", "2021-02-03")]


def test_the_2010_spy_swap_has_both_sides():
    rows = _contacts("Anna Chapman and nine others were swapped on Friday for four men, among them Igor Sutyagin and Sergei Skripal.", dt.date(2010, 7, 10))
    assert [(r[0], r[2]) for r in rows] == [("prisoner exchange", "2010-07-09")]


# --- blind batches c12–c14: meals, one-on-ones, "told him by telephone", acting bodies, narrative dates


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Gorbachev is to have breakfast with Vice President George Bush at the Soviet Embassy on Thursday.", dt.date(1987, 12, 9),
         [("in-person meeting", "Mikhail Gorbachev; George H. W. Bush", "1987-12-10", "planned")]),
        ("Today's one-on-one between Donald Trump and Vladimir Putin has overrun.", dt.date(2018, 7, 16),
         [("summit", "Donald Trump; Vladimir Putin", "2018-07-16", "occurred")]),
        # "told him by telephone" is a call, not a statement to reporters; a plane is no plan
        ("Primakov ordered his plane to turn around on Tuesday and flew home after Vice President Al Gore told him by telephone that air strikes were imminent.",
         dt.date(1999, 3, 24), [("phone call", "Yevgeny Primakov; Al Gore", "1999-03-23", "occurred")]),
        # a participle phrase between the subject and its verb keeps the subject
        # (the statement is a contact of its own, as the batch's annotator listed it)
        ("President Reagan and Mikhail Gorbachev, closing their first meeting after two days of talks, issued a joint statement today.", dt.date(1985, 11, 21),
         [("summit", "Ronald Reagan; Mikhail Gorbachev", "1985-11-21", "occurred"), ("statement", "Ronald Reagan; Mikhail Gorbachev", "1985-11-21", "occurred")]),
        ("USSR Foreign Minister Alexander Bessmertnykh and U.S. Secretary of State James Baker are to hold a separate meeting later today.", dt.date(1991, 7, 31),
         [("in-person meeting", "Alexander Bessmertnykh; James Baker", "1991-07-31", "planned")]),
        # a bare "at a meeting" is the contact, not a venue to blank out
        ("The plan was thrashed out by Secretary of State Condoleezza Rice and Foreign Minister Sergei Lavrov at a meeting in Bratislava on Wednesday evening.",
         dt.date(2005, 2, 24), [("in-person meeting", "Condoleezza Rice; Sergey Lavrov", "2005-02-23TEV", "occurred")]),
        # "meant to pave the way for" a meeting: planned, and ahead
        ("The dinner was meant to pave the way for President Barack Obama's first meeting with President Dmitry Medvedev in London on April 1.",
         dt.date(2009, 3, 6), [("summit", "Barack Obama; Dmitry Medvedev", "2009-04-01", "planned")]),
        # "held a separate call": a phone call with an adjective before it
        ("Defense Secretary Lloyd Austin spoke by phone on Wednesday with Russian Defense Minister Sergei Shoigu, and Gen. Mark Milley held a separate call "
         "the same day with his Russian counterpart, Gen. Valery Gerasimov.", dt.date(2023, 3, 16),
         [("phone call", "Lloyd Austin; Sergei Shoigu", "2023-03-15", "occurred"), ("phone call", "Mark Milley; Valery Gerasimov", "2023-03-15", "occurred")]),
        # a body acting for its side when no person of that side is named
        ("The State Department summoned Russian Ambassador Anatoly Antonov on Tuesday.", dt.date(2023, 3, 16),
         [("in-person meeting", "Anatoly Antonov; United States", "2023-03-14", "occurred")]),
        # "Mr. Christopher": the one person of that surname in the actor table
        ("Mr. Christopher was to meet today with Foreign Minister Andrei V. Kozyrev before flying on to Kiev.", dt.date(1993, 10, 23),
         [("in-person meeting", "Warren Christopher; Andrei Kozyrev", "1993-10-23", "planned")]),
        # c15: with no person named, a side is its country; a contact negated where it is first told
        ("Griner was released in a prisoner swap, ending months of painstaking negotiations between Washington and Moscow.", dt.date(2022, 12, 8),
         [("talks/negotiations", "United States; Russia", "", "occurred")]),
        ("A White House official said there were no plans for President Biden to meet Mr. Putin, a summit that Macron had proposed only on Sunday.",
         dt.date(2022, 2, 22), [("summit", "Joe Biden; Vladimir Putin", "2022-02-20", "denied")]),
        ("Kurt Volker, the U.S. special representative for Ukraine negotiations, met Kremlin aide Vladislav Surkov in Dubai on Friday.", dt.date(2018, 1, 27),
         [("talks/negotiations", "Kurt Volker; Vladislav Surkov", "2018-01-26", "occurred")]),
        # c16: "had agreed to issue a joint statement on Thursday morning" looks ahead; a later
        # "after X cancelled …" is another event; "since their summit" took place; "dined together"
        ("Reagan and Gorbachev met today, and officials said the two leaders had agreed to issue a joint statement on Thursday morning.", dt.date(1985, 11, 20),
         [("summit", "Ronald Reagan; Mikhail Gorbachev", "1985-11-20", "occurred"), ("statement", "Ronald Reagan; Mikhail Gorbachev", "1985-11-21TMO", "planned")]),
        ("Putin and Trump had a brief conversation at a G20 dinner on Friday, after Trump cancelled their planned meeting.", dt.date(2018, 12, 1),
         [("brief encounter", "Vladimir Putin; Donald Trump", "2018-11-30", "occurred")]),
        ("Trump and Putin have not held formal talks since their Helsinki summit in July.", dt.date(2018, 12, 1),
         [("summit", "Donald Trump; Vladimir Putin", "2018-07", "occurred")]),
        ("Bush and Putin failed to close a deal on Saturday, a day after the two men dined together at Putin's palace.", dt.date(2006, 7, 15),
         [("summit", "Vladimir Putin; George W. Bush", "2006-07-14", "occurred")]),
        # c17/c18: a letter is between its sender and the other side, not its courier (whose
        # meeting, at which he handed it over, is a contact of its own)
        ("Vice President George Bush met Gorbachev on Wednesday and handed him a letter from President Reagan inviting him to a summit.", dt.date(1985, 3, 14),
         [("correspondence", "Ronald Reagan; Mikhail Gorbachev", "1985-03-13", "occurred"), ("in-person meeting", "George H. W. Bush; Mikhail Gorbachev", "1985-03-13", "occurred")]),
    ],
)
def test_contacts_from_the_blind_batches(sentence, published, expected):
    assert _contacts(sentence, published) == expected


def test_an_undated_contact_takes_the_day_of_the_contact_told_before_it():
    paragraph = [
        "Presidents Vladimir Putin and George W. Bush on Friday signed the Treaty on Strategic Offensive Reductions. "
        "After talks in the Kremlin the two leaders also adopted a joint declaration on a new strategic relationship. "
        "The two leaders had also held talks in Slovenia."
    ]
    tl = timeline(make_article(paragraph, dt.date(2002, 5, 24)))
    rows = tl[tl["contact_type"] != ""]
    by_sentence = {int(n): (value, role) for n, value, role in zip(rows["sentence_no"], rows["value"], rows["time_role"], strict=True)}
    assert by_sentence[1] == ("2002-05-24", "when")  # the day of Friday's signing
    assert by_sentence[2] == ("", "undated")  # "had held talks": before it, no day given


def test_a_present_perfect_contact_is_left_undated():
    rows = _all_contacts("Sullivan met Ushakov on Monday. Sullivan has held confidential conversations with Patrushev.", dt.date(2022, 11, 7))
    assert ("contact", "Jake Sullivan; Nikolai Patrushev", "", "occurred") in rows


def test_the_two_are_the_pair_of_the_contact_just_told():
    paragraph = [
        "Secretary of State Antony Blinken said on Tuesday he had called off a meeting with Russian Foreign Minister Sergei Lavrov planned for Thursday. "
        "The two had last met in Geneva in January. "
        "A summit between President Joe Biden and Vladimir Putin was off; the two leaders last spoke in a phone call on Feb. 12."
    ]
    tl = timeline(make_article(paragraph, dt.date(2022, 2, 22)))
    rows = tl[(tl["contact_type"] != "") & (tl["time_role"] == "when")]
    got = dict(zip(rows["value"], rows["participants"], strict=True))
    assert got["2022-01"] == "Antony Blinken; Sergey Lavrov"
    assert got["2022-02-12"] == "Joe Biden; Vladimir Putin"


def test_releasing_a_letter_is_no_prisoner_release():
    tl = timeline(make_article(["US and Russian officials", "President-elect Donald Trump on Friday released what he called a very nice letter from Vladimir Putin."], dt.date(2016, 12, 23)))
    kinds = tl[tl["contact_type"] != ""]
    # a letter, not a release; and Friday is the day it was made public, not written: no day of its own
    assert list(zip(kinds["contact_type"], kinds["time_role"], strict=True)) == [("correspondence", "undated")]


def test_a_body_named_as_a_place_or_a_possessor_does_not_stand_for_its_side():
    assert _contacts("Lavrov criticised Washington's policy in Beijing on Tuesday.", dt.date(2024, 4, 10)) == []


def test_with_no_person_named_a_side_is_its_country():
    rows = _all_contacts("The Kremlin and the White House held talks in Geneva on Monday.", dt.date(2022, 1, 11))
    assert [(kind, who) for kind, who, *_ in rows] == [("talks/negotiations", "United States; Russia")] or [(kind, who) for kind, who, *_ in rows] == [("talks/negotiations", "Russia; United States")]


def test_a_place_named_by_an_adjective_keeps_its_noun():
    tl = timeline(make_article(["US and Russian officials", "Trump and Putin met at the Finnish presidential palace in Helsinki on Monday."], dt.date(2018, 7, 17)))
    assert tl[tl["contact_type"] != ""]["place"].tolist() == ["Finnish presidential palace, Helsinki"]


# --- causes found by the blind held-out contact batches c19 and c20 (each in other words than the batch)


def test_received_by_with_an_adverb_is_a_meeting():
    rows = _all_contacts("Secretary Baker was also received by Mikhail Gorbachev in the Kremlin on Tuesday.", dt.date(1990, 2, 8))
    assert rows == [("in-person meeting", "James Baker; Mikhail Gorbachev", "1990-02-06", "occurred")]


def test_about_a_quantity_is_a_measure_not_a_topic():
    rows = _all_contacts("Biden said he spoke by phone for about 50 minutes on Thursday with Putin.", dt.date(2021, 12, 31))
    rows = [r for r in rows if not r[2].startswith("P")]  # (the duration has a row of its own)
    assert rows == [("phone call", "Joe Biden; Vladimir Putin", "2021-12-30", "occurred")]


def test_one_who_told_a_news_agency_reports_the_contact():
    rows = _all_contacts("Lavrov's meeting with Rubio in Riyadh on Tuesday lasted four hours, Kremlin aide Yuri Ushakov told RIA Novosti.", dt.date(2025, 2, 19))
    rows = [r for r in rows if not r[2].startswith("P")]  # (the duration has a row of its own)
    assert rows == [("in-person meeting", "Sergey Lavrov; Marco Rubio", "2025-02-18", "occurred")]


def test_a_joint_appeal_and_a_signed_statement_are_statements():
    rows = _all_contacts("Shultz and Shevardnadze issued a joint appeal on Monday for a ceasefire in the Gulf war.", dt.date(1988, 7, 20))
    assert rows == [("statement", "George Shultz; Eduard Shevardnadze", "1988-07-18", "occurred")]
    rows = _all_contacts("Clinton and Yeltsin signed a statement on Friday on nuclear safety.", dt.date(1996, 4, 21))
    assert rows == [("statement", "Bill Clinton; Boris Yeltsin", "1996-04-19", "occurred")]


def test_a_date_in_a_relative_clause_without_a_contact_is_not_the_contact_s():
    rows = _all_contacts("James Baker and Eduard Shevardnadze issued a joint statement on Friday condemning Iraq, which sent troops into Kuwait on Thursday.", dt.date(1990, 8, 4))
    assert rows == [("statement", "James Baker; Eduard Shevardnadze", "1990-08-03", "occurred")]


def test_a_signing_and_a_statement_beside_talks_are_contacts_of_their_own():
    rows = _all_contacts("Bill Clinton and Boris Yeltsin held talks in the Kremlin on Wednesday and signed a joint statement on nuclear safety.", dt.date(1996, 4, 18))
    assert ("summit", "Bill Clinton; Boris Yeltsin", "1996-04-17", "occurred") in rows
    assert ("statement", "Bill Clinton; Boris Yeltsin", "1996-04-17", "occurred") in rows
    rows = _all_contacts("George W. Bush and Vladimir Putin signed the Moscow Treaty on Friday after two hours of talks.", dt.date(2002, 5, 25))
    assert {r[0] for r in rows if r[2] == "2002-05-24"} == {"treaty action", "summit"}


def test_with_two_dates_no_second_contact_is_guessed():
    rows = _all_contacts("Reagan and Gorbachev, who met on Tuesday, signed a joint statement on Thursday.", dt.date(1985, 11, 22))
    assert not any(r[0] == "statement" and r[2] == "1985-11-19" for r in rows), rows


def test_a_one_way_release_names_the_freeing_side_once_and_by_its_name_of_the_time():
    # ("jailed in Moscow" is the Kremlin, "out of Russia" the country: one side, named once)
    rows = _all_contacts("Marc Fogel, jailed in Moscow since 2021, was freed on Tuesday and flew out of Russia with envoy Steve Witkoff.", dt.date(2025, 2, 12))
    assert ("prisoner release", "Marc Fogel; Russia; Steve Witkoff", "2025-02-11", "occurred") in rows
    rows = _all_contacts("Nicholas Daniloff, held in Moscow for two weeks, was released on Friday into the care of Ambassador Arthur Hartman.", dt.date(1986, 9, 13))
    assert ("prisoner release", "Nicholas Daniloff; Soviet Union; Arthur Hartman", "1986-09-12", "occurred") in rows


def test_office_holders_of_the_cold_war_and_after_are_known():
    rows = _all_contacts("Ambassador Jack Matlock met Foreign Minister Eduard Shevardnadze in Moscow on Monday.", dt.date(1989, 3, 15))
    assert rows == [("in-person meeting", "Jack Matlock; Eduard Shevardnadze", "1989-03-13", "occurred")]
    rows = _all_contacts("Adm. Mike Mullen spoke by phone on Friday with Gen. Nikolai Makarov.", dt.date(2010, 3, 28))
    assert rows == [("phone call", "Mike Mullen; Nikolai Makarov", "2010-03-26", "occurred")]


def test_releasing_a_statement_on_a_day_frees_nobody():
    rows = _all_contacts("The Kremlin released on Friday a joint statement agreed by Lavrov and Rubio.", dt.date(2025, 3, 1))
    assert all(r[0] != "prisoner release" for r in rows), rows


def test_talks_leaders_agree_their_teams_will_hold_are_between_the_countries():
    rows = _all_contacts("Biden and Putin agreed to have their negotiators resume arms control talks.", dt.date(2021, 6, 17))
    assert ("talks/negotiations", "United States; Russia", "", "planned") in rows
    rows = _all_contacts("Bush and Gorbachev agreed to open talks on conventional forces.", dt.date(1989, 12, 4))
    assert ("talks/negotiations", "United States; Soviet Union", "", "planned") in rows
    # ministers agreeing to talks hold them themselves
    rows = _all_contacts("Lavrov and Blinken agreed to hold talks in Geneva.", dt.date(2022, 1, 10))
    assert ("talks/negotiations", "United States; Russia", "", "planned") not in rows


# --- causes found by blind batches c25 and c26 (each in other words than the batch)


def test_a_contact_told_after_the_day_the_two_were_together_happened_that_day():
    rows = _all_contacts("Jake Sullivan and Nikolai Patrushev were both in Geneva on Tuesday. Their talks, arranged by the Swiss, ran for three hours.", dt.date(2021, 5, 27))
    assert ("talks/negotiations", "Jake Sullivan; Nikolai Patrushev", "2021-05-25", "occurred") in rows
    rows = _all_contacts("Mike Pompeo and Sergey Lavrov sat side by side at a dinner in Sochi on Tuesday. The two men chatted briefly about Syria.", dt.date(2019, 5, 16))
    assert ("brief encounter", "Mike Pompeo; Sergey Lavrov", "2019-05-14", "occurred") in rows
    # a contact told as earlier ("had met") is not on the day of the scene
    rows = _all_contacts("Jake Sullivan and Nikolai Patrushev were both in Geneva on Tuesday. They had spoken by phone before.", dt.date(2021, 5, 27))
    assert all(r[2] != "2021-05-25" for r in rows if r[0] == "phone call")


def test_the_one_urged_in_a_call_takes_part_in_it():
    rows = _all_contacts("Antony Blinken urged Sergey Lavrov to allow grain exports in a call on Tuesday.", dt.date(2022, 5, 19))
    assert ("phone call", "Antony Blinken; Sergey Lavrov", "2022-05-17", "occurred") in rows


def test_their_first_since_a_day_dates_the_previous_contact():
    rows = _all_contacts("Mark Milley held a call with Valery Gerasimov on Wednesday, their first since October 5.", dt.date(2022, 11, 24))
    assert ("phone call", "Mark Milley; Valery Gerasimov", "2022-10-05", "occurred") in rows


def test_as_both_sides_prepare_for_another_contact_is_a_clause_of_its_own():
    rows = _all_contacts("Wendy Sherman and Sergei Ryabkov held talks in Geneva on Monday, the State Department said, as both sides prepare for a meeting of Biden and Putin expected in June.", dt.date(2021, 5, 25))
    assert ("talks/negotiations", "Wendy Sherman; Sergei Ryabkov", "2021-05-24", "occurred") in rows
    assert all("Joe Biden" not in r[1] for r in rows if r[0] == "talks/negotiations")


def test_a_speaker_telling_of_his_own_meeting_with_someone_takes_part_in_it():
    rows = _all_contacts("Shultz told reporters that last week's talks with Shevardnadze had narrowed the gaps.", dt.date(1987, 9, 25))
    assert [r[:2] for r in rows] == [("talks/negotiations", "George Shultz; Eduard Shevardnadze")]


def test_a_planned_or_called_off_contact_is_not_on_the_day_it_is_reported():
    rows = _all_contacts("Biden said Friday that his proposed summit with Putin was now on hold.", dt.date(2022, 2, 26))
    assert [(r[0], r[2], r[3]) for r in rows] == [("summit", "", "denied")]


# --- causes found by blind batches c27 and c28 (each in other words than the batch)


def test_time_spent_with_someone_or_standing_beside_him_is_meeting_him():
    rows = _all_contacts("The two hours Blinken spent with Sergey Lavrov in Moscow on Monday produced little.", dt.date(2021, 5, 20))
    assert ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-05-17", "occurred") in rows
    rows = _all_contacts("On Friday, Joe Biden stood beside Vladimir Putin at the villa and shook hands.", dt.date(2021, 6, 20))
    assert any(r[1] == "Joe Biden; Vladimir Putin" and r[2] == "2021-06-18" for r in rows), rows


def test_a_brief_contact_told_beside_a_dated_act_of_the_two_is_on_its_day():
    rows = _all_contacts("Obama warned Vladimir Putin on Monday that Syria was a trap, officials said, as the two leaders exchanged a few words before the dinner.", dt.date(2015, 9, 30))
    assert ("brief encounter", "Barack Obama; Vladimir Putin", "2015-09-28", "occurred") in rows


def test_a_duration_of_the_same_meeting_told_after_it_is_not_another_meeting():
    rows = _all_contacts("Bush and Gorbachev ended their summit at Malta today. Mr. Bush, who spent nearly six hours with Mr. Gorbachev on the ship, said the talks had been useful.", dt.date(1989, 12, 3))
    # (the second sentence's summit row is dated too: one summit, not a second one undated)
    assert rows.count(("summit", "George H. W. Bush; Mikhail Gorbachev", "1989-12-03", "occurred")) == 2


def test_he_before_the_one_person_named_is_the_other_one_of_the_pair():
    rows = _all_contacts("Clinton flew to Moscow with Yeltsin waiting. The three hours he spent with Boris Yeltsin on Tuesday were tense.", dt.date(1995, 5, 12))
    assert ("summit", "Bill Clinton; Boris Yeltsin", "1995-05-09", "occurred") in rows


def test_the_one_urged_in_a_call_on_a_day_takes_part_in_it():
    rows = _all_contacts("Biden urged Vladimir Putin in a 50-minute phone call on Thursday to pull his troops back.", dt.date(2021, 12, 31))
    assert ("phone call", "Joe Biden; Vladimir Putin", "2021-12-30", "occurred") in rows


def test_since_an_earlier_contact_in_a_place_in_a_year_dates_that_contact_not_this_one():
    rows = _all_contacts("Joe Biden and Vladimir Putin were both in Geneva on Wednesday. Their talks, the first between the two since the summit in Helsinki in 2018, lasted four hours.", dt.date(2021, 6, 17))
    dated = {r[2] for r in rows if r[0] == "summit" and r[1] == "Joe Biden; Vladimir Putin"}
    assert {"2018", "2021-06-16"} <= dated, rows


def test_a_contact_told_whole_after_over_is_not_a_topic():
    rows = _all_contacts("The row will hang over Antony Blinken's first meeting with Sergey Lavrov in Stockholm on Thursday.", dt.date(2021, 12, 1))
    assert ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-12-02", "planned") in rows


def test_a_letter_someone_sent_to_someone_is_correspondence():
    rows = _all_contacts("The letter Donald Trump sent to Vladimir Putin last week has not been made public.", dt.date(2025, 8, 20))
    assert ("correspondence", "Donald Trump; Vladimir Putin", "2025-W33", "occurred") in rows


def test_the_two_presidents_are_the_heads_of_state_told_of_before_the_ministers():
    rows = _all_contacts("Biden wrote to Putin in May. Blinken met Lavrov in Geneva on Friday. A meeting of the two presidents is planned for June.", dt.date(2021, 5, 22))
    assert ("correspondence", "Joe Biden; Vladimir Putin", "2021-05", "occurred") in rows
    assert any(r[1] == "Joe Biden; Vladimir Putin" and r[2] == "2021-06" and r[3] == "planned" for r in rows), rows


def test_the_month_of_may_is_no_modal():
    rows = _all_contacts("Antony Blinken met Sergey Lavrov in Reykjavik in May.", dt.date(2021, 7, 1))
    assert ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-05", "occurred") in rows
    rows = _all_contacts("Antony Blinken may meet Sergey Lavrov in Stockholm in December.", dt.date(2021, 11, 20))
    assert all(r[3] == "planned" for r in rows if r[0]), rows


def test_writing_on_telegram_is_no_telegram_sent():
    rows = _all_contacts("Maria Zakharova wrote on Telegram that Blinken and Lavrov had met in Geneva on Friday.", dt.date(2022, 1, 23))
    assert [r[0] for r in rows] == ["in-person meeting"]


def test_a_century_adjective_dates_no_contact():
    rows = _all_contacts("Bush and Putin met at a 16th-Century castle outside Ljubljana.", dt.date(2001, 6, 17))
    assert all(r[2] != "15" for r in rows), rows


def test_and_announcing_that_opens_another_contact():
    rows = _all_contacts("James Baker and Eduard Shevardnadze wound up their talks on Saturday, signing two accords and announcing that George Bush and Mikhail Gorbachev would meet in Malta in December.", dt.date(1989, 9, 24))
    assert ("talks/negotiations", "James Baker; Eduard Shevardnadze", "1989-09-23", "occurred") in rows
    assert all("James Baker" not in r[1] for r in rows if r[2] == "1989-12"), rows


# --- causes found by blind batch c32 (each in other words than the batch)


def test_huddled_strolled_with_and_hosted_him_are_meetings():
    rows = _all_contacts("Arms experts led by Paul Nitze and Sergei Akhromeyev had huddled until dawn on Friday.", dt.date(1986, 10, 12))
    assert any(r[1] == "Paul Nitze; Sergei Akhromeyev" and r[2] == "1986-10-10" for r in rows), rows
    rows = _all_contacts("Reagan strolled through Red Square with Gorbachev today. Mr Gorbachev hosted him at a state dinner last night.", dt.date(1988, 5, 31))
    assert {r[2][:10] for r in rows if r[1] in ("Ronald Reagan; Mikhail Gorbachev", "Mikhail Gorbachev; Ronald Reagan")} >= {"1988-05-31", "1988-05-30"}, rows


def test_exchanging_ratification_documents_is_a_treaty_action():
    rows = _all_contacts("Reagan and Gorbachev are due to exchange the INF ratification documents tomorrow.", dt.date(1988, 5, 31))
    assert [(r[0], r[2], r[3]) for r in rows] == [("treaty action", "1988-06-01", "planned")]


# --- causes found by the blind contact sets c39 and c40 (other wording than the sets)


def dated(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(r.contact_type, r.participants, r.value[:10]) for r in df.itertuples() if r.time_role == "when"}


def test_a_visitor_received_in_a_named_room_and_talks_hours_before():
    df = contacts("Foreign Minister Sergei Lavrov was received at the White House by President Trump on Wednesday, "
                  "hours after holding talks with Secretary of State Rex Tillerson.", dt.date(2017, 5, 11))
    assert {("in-person meeting", "Sergey Lavrov; Donald Trump", "2017-05-10"), ("talks/negotiations", "Sergey Lavrov; Rex Tillerson", "2017-05-10")} <= dated(df)


def test_words_said_during_a_call_date_the_call():
    df = contacts("President Obama told Dmitry Medvedev on Thursday that the sanctions would stay, during an hour-long phone call.", dt.date(2010, 6, 25))
    assert ("phone call", "Barack Obama; Dmitry Medvedev", "2010-06-24") in dated(df)
    assert set(df[df.time_role == "when"].modality) == {"occurred"}  # ("would stay" is what was said)
    df = contacts("Joe Biden pressed Vladimir Putin on ransomware attacks, during a video call on Friday.", dt.date(2021, 7, 10))
    assert ("video call", "Joe Biden; Vladimir Putin", "2021-07-09") in dated(df)


def test_hours_earlier_and_the_night_before_are_days_of_the_story():
    df = contacts("Putin met Emmanuel Macron in Moscow on Monday. Hours earlier, Antony Blinken had spoken by phone with Sergey Lavrov.", dt.date(2022, 2, 8))
    assert ("phone call", "Antony Blinken; Sergey Lavrov", "2022-02-07") in dated(df)
    df = contacts("Bush said on Saturday that he had raised Georgia with Putin when the two men spoke briefly at the opening ceremony the night before.", dt.date(2008, 8, 9))
    assert ("brief encounter", "George W. Bush; Vladimir Putin", "2008-08-08") in dated(df)


def test_a_duration_only_contact_takes_the_day_of_the_pairs_dated_contact():
    tl = timeline(make_article(["Title", "Barack Obama and Dmitry Medvedev signed the treaty in Prague on Thursday. "
                                "The signing followed about an hour of private talks between the two presidents."], dt.date(2010, 4, 9)))
    talks = tl[(tl.contact_type != "") & (tl.sentence_no == 1) & (tl.time_role == "when")]
    assert set(talks.value) == {"2010-04-08"}


def test_talks_earlier_in_the_day_are_a_second_meeting_of_that_day():
    df = contacts("Mike Pompeo was received by Vladimir Putin on Tuesday evening, after several hours of talks with Sergey Lavrov earlier in the day.", dt.date(2019, 5, 15))
    assert {("in-person meeting", "Mike Pompeo; Vladimir Putin", "2019-05-14"), ("talks/negotiations", "Mike Pompeo; Sergey Lavrov", "2019-05-14")} <= dated(df)


def test_a_call_in_a_during_phrase_after_a_condition_is_the_setting():
    df = contacts("Biden warned Putin of heavy sanctions if Russia attacks Ukraine during a two-hour video call on Tuesday.", dt.date(2021, 12, 8))
    assert ("video call", "Joe Biden; Vladimir Putin", "2021-12-07") in dated(df)
    df = contacts("Biden asked whether Putin would agree to a summit during a call.", dt.date(2021, 12, 8))
    assert "summit" not in set(df.contact_type)


def test_the_russian_diplomat_is_the_pairs_russian():
    tl = timeline(make_article(["Title", "Sergey Lavrov was received by President Trump in the Oval Office on Tuesday. "
                                "Earlier in the day the Russian diplomat held talks with Secretary Mike Pompeo."], dt.date(2019, 12, 10)))
    talks = tl[tl.contact_type == "talks/negotiations"]
    assert set(talks.participants) == {"Sergey Lavrov; Mike Pompeo"}


def test_the_two_leaders_with_no_one_named_are_the_heads_of_state_of_the_day():
    df = contacts("The two leaders emerged from their last round of talks in Geneva on Thursday, and the United States said Moscow had agreed to meet again.", dt.date(1985, 11, 22))
    assert ("summit", "Ronald Reagan; Mikhail Gorbachev", "1985-11-21") in dated(df)
    # not when another country's leader is the other one
    df = contacts("Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Tuesday; the two heads of state signed a statement.", dt.date(2023, 3, 21))
    assert df.empty


def test_a_meal_with_a_day_between_and_a_meeting_looked_forward_to():
    df = contacts("Obama will have lunch on Wednesday with Prime Minister Vladimir Putin outside Moscow.", dt.date(2009, 7, 6))
    assert set(zip(df.contact_type, df.participants, df.modality, strict=True)) >= {("in-person meeting", "Barack Obama; Vladimir Putin", "planned")}
    tl = timeline(make_article(["Title", "Bush and Yeltsin signed the treaty on Sunday. Yeltsin said he looked forward to an early meeting with Bill Clinton."], dt.date(1993, 1, 3)))
    meeting = tl[tl.participants == "Boris Yeltsin; Bill Clinton"]
    assert set(meeting.modality) == {"planned"} and set(meeting.value) == {""}


def test_a_letter_sent_to_someone_named_first():
    df = contacts("President Obama sent Dmitry Medvedev a letter on Monday proposing new talks.", dt.date(2009, 2, 4))
    assert ("correspondence", "Barack Obama; Dmitry Medvedev", "2009-02-02") in dated(df)


def test_received_by_one_and_later_met_another_are_two_meetings():
    df = contacts("Secretary of State Mike Pompeo was received by President Putin in Sochi on Tuesday and then met Foreign Minister Sergei Lavrov.", dt.date(2019, 5, 15))
    assert {("in-person meeting", "Mike Pompeo; Vladimir Putin", "2019-05-14"), ("in-person meeting", "Mike Pompeo; Sergey Lavrov", "2019-05-14")} <= dated(df)


def test_his_counterpart_after_a_subject_named_by_office():
    df = contacts("The Russian defence minister spoke by phone on Friday with his American counterpart, the first such call in months.", dt.date(2022, 5, 14))
    assert ("phone call", "Sergei Shoigu; Lloyd Austin", "2022-05-13") in dated(df)
    df = contacts("Russia's foreign minister met his American counterpart in Geneva on Friday.", dt.date(2022, 1, 22))
    assert ("in-person meeting", "Sergey Lavrov; Antony Blinken", "2022-01-21") in dated(df)


def test_a_contact_told_hours_after_the_one_before_is_on_its_day():
    tl = timeline(make_article(["Title", "Biden spoke with Putin by phone on Saturday, the White House said. "
                                "The call came hours after Secretary of State Antony Blinken spoke with Sergey Lavrov."], dt.date(2022, 2, 13)))
    call = tl[tl.participants == "Antony Blinken; Sergey Lavrov"]
    assert set(call.value) == {"2022-02-12"}


def test_a_days_report_does_not_date_the_contact_told_after_it():
    tl = timeline(make_article(["Title", "Trump had a second chat with Putin at a dinner in Hamburg on July 7, the White House confirmed on Tuesday. "
                                "The conversation took place hours after the two men's first formal meeting."], dt.date(2017, 7, 19)))
    second = tl[tl.sentence_no == tl.sentence_no.max()]
    assert set(second.value) == {"2017-07-07"}


def test_a_prisoner_freed_in_the_2024_swap_is_a_participant():
    df = contacts("Russia freed Evan Gershkovich, Paul Whelan and Vladimir Kara-Murza in exchange for Vadim Krasikov on Thursday.", dt.date(2024, 8, 2))
    swap = df[df.contact_type == "prisoner exchange"]
    assert "Vladimir Kara-Murza" in "; ".join(swap.participants)


def test_received_after_talks_with_another_and_a_protest_topic():
    df = contacts("Lavrov was received by President Trump in the Oval Office on Tuesday, after talks with Secretary of State Mike Pompeo.", dt.date(2019, 12, 11))
    assert {("in-person meeting", "Sergey Lavrov; Donald Trump", "2019-12-10"), ("talks/negotiations", "Sergey Lavrov; Mike Pompeo", "2019-12-10")} <= dated(df)
    tl = timeline(make_article(["Title", "Moscow summoned U.S. Ambassador John Sullivan on Monday to protest President Biden's remarks about Vladimir Putin."], dt.date(2022, 3, 22)))
    assert not tl.participants.str.contains("Joe Biden").any()


def test_an_offset_after_the_contact_just_told_needs_a_contact_of_its_own():
    tl = timeline(make_article(["Title", "Trump spoke with Putin by phone on Wednesday. "
                                "The call came a day after an American teacher landed in the United States aboard an envoy's plane."], dt.date(2025, 2, 13)))
    second = tl[(tl.sentence_no == tl.sentence_no.max()) & (tl.contact_type != "")]
    assert set(second.value) <= {""}


def test_hours_after_talks_with_another_is_the_subjects_own_contact():
    df = contacts("Lavrov was received by President Trump in the Oval Office on Tuesday, hours after talks with Secretary of State Mike Pompeo.", dt.date(2019, 12, 11))
    assert ("talks/negotiations", "Sergey Lavrov; Mike Pompeo", "2019-12-10") in dated(df)


# --- causes found by blind batches c52 and c53 (other wording than the batches)


def test_people_who_joined_a_contact_told_before_are_its_participants():
    df = contacts("Obama and Medvedev met in London on Wednesday. Clinton, who sat in on the meeting along with Lavrov, called it a fresh start.", dt.date(2009, 4, 2))
    assert dated(df) == {("summit", "Barack Obama; Dmitry Medvedev; Bill Clinton; Sergey Lavrov", "2009-04-01")}
    df = contacts("Trump met Putin in Helsinki on Monday. Pompeo and Lavrov joined the two presidents afterward for a working lunch.", dt.date(2018, 7, 17))
    assert dated(df) == {("summit", "Donald Trump; Vladimir Putin; Sergey Lavrov; Mike Pompeo", "2018-07-16")}
    # "The meeting, which also included …, came after A and B spoke": the joiners are not the call's
    df = contacts("Rubio met Lavrov in Istanbul on Monday. The meeting, which also included Witkoff and Dmitriev, came after Trump and Putin spoke by phone last week.", dt.date(2025, 5, 13))
    assert {(r.contact_type, r.participants) for r in df.itertuples()} == {("in-person meeting", "Marco Rubio; Sergey Lavrov; Steve Witkoff; Kirill Dmitriev"), ("phone call", "Donald Trump; Vladimir Putin")}
    # joined by aides in a named room, each side's in turn
    df = contacts("Biden held a video call with Putin on Tuesday. Mr. Biden was joined in the Situation Room by Jake Sullivan, and Mr. Putin by Yuri Ushakov.", dt.date(2021, 12, 8))
    assert dated(df) == {("video call", "Joe Biden; Vladimir Putin; Jake Sullivan; Yuri Ushakov", "2021-12-07")}
    # "the two leaders …, joined by A and B": the leaders too
    df = contacts("Bush and Gorbachev signed the treaty on Wednesday; the two leaders then withdrew to the library for talks, joined by James Baker and Eduard Shevardnadze.", dt.date(1990, 6, 1))
    assert ("talks/negotiations", "George H. W. Bush; Mikhail Gorbachev; James Baker; Eduard Shevardnadze", "1990-05-30") in dated(df)
    # joining others in doing something is no seat at the table
    df = contacts("Biden met Putin in Geneva on Wednesday. Blinken joined NATO leaders in condemning the attack.", dt.date(2021, 6, 17))
    assert dated(df) == {("summit", "Joe Biden; Vladimir Putin", "2021-06-16")}


def test_a_meeting_the_speaker_says_will_no_longer_take_place_is_his_and_denied():
    df = contacts("Rubio said on Monday that a meeting with Lavrov planned for Friday would no longer take place.", dt.date(2025, 10, 21))
    assert [(r.contact_type, r.participants, r.value, r.modality) for r in df.itertuples()] == [("in-person meeting", "Marco Rubio; Sergey Lavrov", "2025-10-24", "denied")]


def test_the_kremlin_leader_is_the_russian_president():
    df = contacts("The Kremlin leader met Trump in Helsinki on Monday.", dt.date(2018, 7, 17))
    assert dated(df) == {("summit", "Vladimir Putin; Donald Trump", "2018-07-16")}


# --- causes found by blind batch c54 (other wording than the batch)


def test_a_spokesman_denying_a_report_of_a_call_is_not_on_the_call():
    df = contacts("Peskov denied on Monday a report that Trump had spoken by phone with Putin last Thursday.", dt.date(2024, 11, 11))
    assert set(df.participants) == {"Donald Trump; Vladimir Putin"} and set(df.modality) == {"denied"}


def test_joiners_of_another_days_meeting_and_of_the_sentences_own():
    # "resumed today …, joined by": today's meeting, not Saturday's
    df = contacts("Bush and Gorbachev met on Saturday aboard the Maxim Gorky. The two leaders resumed today aboard the liner, joined by James Baker and Eduard Shevardnadze.", dt.date(1989, 12, 3))
    assert dated(df) == {("summit", "George H. W. Bush; Mikhail Gorbachev", "1989-12-02")}
    # "opened their summit …, meeting first in a small session that included only A and B"
    df = contacts("Biden and Putin opened their summit on Wednesday, meeting first in a small session that included only Blinken and Lavrov.", dt.date(2021, 6, 17))
    assert dated(df) == {("summit", "Joe Biden; Vladimir Putin; Antony Blinken; Sergey Lavrov", "2021-06-16")}


# --- causes found by blind batch c55 (other wording than the batch)


def test_a_call_that_did_not_get_through_and_a_message_to_someone():
    df = contacts("Austin tried to reach his Russian counterpart, Sergei Shoigu, on Monday after the strike, but was unable to get through, officials said.", dt.date(2022, 3, 16))
    assert [(r.contact_type, r.participants, r.value, r.modality) for r in df.itertuples()] == [("phone call", "Lloyd Austin; Sergei Shoigu", "2022-03-14", "denied")]
    # "In a message to President X released by …, Y said": a letter from the one who speaks, not a prisoner released
    df = contacts("In a Christmas message to President Joe Biden released by the Kremlin on Friday, Vladimir Putin said Moscow was open to dialogue.", dt.date(2021, 12, 25))
    assert [(r.contact_type, r.participants, r.value) for r in df.itertuples()] == [("correspondence", "Vladimir Putin; Joe Biden", "2021-12-24")]


def test_what_was_proposed_or_shelved_before_another_event_sets_not_its_modality():
    # "proposed a summit …, the White House said after the two leaders spoke by phone": the call took place
    df = contacts("Trump proposed on Monday that he and Putin hold a summit in Budapest in the coming weeks, the Kremlin said after the two leaders spoke by phone.", dt.date(2025, 10, 14))
    assert ("phone call", "2025-10-13", "occurred") in {(r.contact_type, r.value, r.modality) for r in df.itertuples()}
    # "a meeting … was shelved after the two men spoke by telephone on Monday": the call took place
    df = contacts("A planned meeting between Rubio and Lavrov was shelved after the two men spoke by telephone on Monday.", dt.date(2025, 10, 22))
    assert ("phone call", "2025-10-20", "occurred") in {(r.contact_type, r.value, r.modality) for r in df.itertuples()}
    # "sitting down with": in person
    df = contacts("On Friday it was Trump's turn, sitting down with Vladimir Putin at the air base.", dt.date(2025, 8, 16))
    assert dated(df) == {("summit", "Donald Trump; Vladimir Putin", "2025-08-15")}


# --- causes found by blind batch c56 (other wording than the batch)


def test_credentials_a_told_content_and_a_possessor_before_joiners():
    df = contacts("Putin accepted the credentials of newly arrived ambassadors at the Kremlin on Thursday, among them John Sullivan of the United States.", dt.date(2020, 2, 6))
    assert dated(df) == {("in-person meeting", "Vladimir Putin; John Sullivan", "2020-02-06")}
    # what the one called was assured of is no party to the call
    df = contacts("Gorbachev telephoned Bush on Wednesday to assure him that the nuclear arsenal would pass safely to Boris Yeltsin.", dt.date(1991, 12, 26))
    assert dated(df) == {("phone call", "Mikhail Gorbachev; George H. W. Bush", "1991-12-25")}
    # "joined by Mr. Trump's national security adviser, Mike Waltz": the adviser, not Trump
    df = contacts("Rubio and Lavrov met in Riyadh on Tuesday, joined by Mr. Trump's national security adviser, Mike Waltz, and the Kremlin aide Yuri Ushakov.", dt.date(2025, 2, 19))
    assert dated(df) == {("in-person meeting", "Marco Rubio; Sergey Lavrov; Mike Waltz; Yuri Ushakov", "2025-02-18")}


# --- causes found by blind batch c57 (other wording than the batch)


def test_a_visitor_received_and_joiners_of_the_main_contact_not_a_recalled_one():
    # "received U.S. envoy Steve Witkoff"; "called the conversation useful" carries that contact
    df = contacts("Putin received U.S. envoy Steve Witkoff at the Kremlin on Thursday. Kremlin aide Yuri Ushakov, who also attended along with Kirill Dmitriev, called the conversation useful.", dt.date(2025, 4, 26))
    assert dated(df) == {("in-person meeting", "Vladimir Putin; Steve Witkoff; Yuri Ushakov; Kirill Dmitriev", "2025-04-24")}
    # "joined the leaders for the first session": the summit just told, not the 2011 meeting it recalls
    df = contacts("Biden and Putin met on Wednesday in Geneva, their first meeting since Mr. Biden saw Mr. Putin in Moscow in March 2011. Blinken and Lavrov joined the leaders for the first session.", dt.date(2021, 6, 17))
    assert dated(df) == {("summit", "Joe Biden; Vladimir Putin; Sergey Lavrov; Antony Blinken", "2021-06-16"), ("in-person meeting", "Joe Biden; Vladimir Putin", "2011-03")}


# --- causes found by blind batch c58 (other wording than the batch)


def test_greeted_sat_in_on_a_round_and_talks_after_a_morning_of_them():
    df = contacts("Trump greeted Putin on the tarmac on Friday. Rubio and Lavrov have now joined them for lunch.", dt.date(2025, 8, 16))
    assert dated(df) == {("summit", "Donald Trump; Vladimir Putin; Sergey Lavrov; Marco Rubio", "2025-08-15")}
    df = contacts("Reagan and Gorbachev broke off their summit on Sunday. Shultz, who sat in on the final round along with Shevardnadze, said he was disappointed.", dt.date(1986, 10, 13))
    assert dated(df) == {("summit", "Ronald Reagan; Mikhail Gorbachev; George Shultz; Eduard Shevardnadze", "1986-10-12")}
    df = contacts("Tillerson was received by Putin at the Kremlin on Wednesday after a long morning of talks with Foreign Minister Sergey V. Lavrov.", dt.date(2017, 4, 13))
    assert dated(df) == {("in-person meeting", "Rex Tillerson; Vladimir Putin", "2017-04-12"), ("talks/negotiations", "Rex Tillerson; Sergey Lavrov", "2017-04-12")}


# --- causes found by blind batches c59 and c60 (other wording than the batches)


def test_a_head_of_states_trip_to_the_other_sides_soil_is_a_summit_with_its_host():
    df = contacts("Yeltsin accepted an invitation to visit Washington in 1994, and Clinton agreed to travel to Moscow the following year.", dt.date(1993, 4, 5))
    assert dated(df) == {("summit", "Boris Yeltsin; Bill Clinton", "1994"), ("summit", "Bill Clinton; Boris Yeltsin", "1995")}
    assert set(df["modality"]) == {"planned"}
    # a minister's trip names no host: whom Lavrov sees there is not said
    assert contacts("Lavrov will travel to Washington next week.", dt.date(2017, 5, 2)).empty


def test_a_list_of_dated_contacts_each_of_its_own_kind():
    df = contacts("Trump and Putin last met in Helsinki. Since then their contacts have been by phone and screen, including a video call on March 3, "
                  "a phone call on April 9 and a brief call on Friday.", dt.date(2019, 5, 20))
    assert {("video call", "Donald Trump; Vladimir Putin", "2019-03-03"), ("phone call", "Donald Trump; Vladimir Putin", "2019-04-09"),
            ("phone call", "Donald Trump; Vladimir Putin", "2019-05-17")} <= dated(df)
    # "a telephone conversation last month": one contact, no list
    df = contacts("Yeltsin said he and Clinton had agreed in a telephone conversation last month to meet in the spring.", dt.date(1993, 1, 3))
    assert ("phone call", "Boris Yeltsin; Bill Clinton", "1992-12") in dated(df)


def test_their_meetings_and_a_participle_list_take_the_pair_told_before():
    df = contacts("Blinken and Lavrov shook hands in Rome on Tuesday. Their meetings in Geneva in January and in Reykjavik in May had produced little.", dt.date(2021, 6, 30))
    assert dated(df) == {("brief encounter", "Antony Blinken; Sergey Lavrov", "2021-06-29"), ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-01"),
                         ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-05")}
    df = contacts("Kerry and Lavrov announced a truce on Saturday. The two men have kept in close touch, meeting in Munich in February and in Sochi in May.", dt.date(2016, 9, 10))
    assert {("in-person meeting", "John Kerry; Sergey Lavrov", "2016-02"), ("in-person meeting", "John Kerry; Sergey Lavrov", "2016-05")} <= dated(df)


def test_hours_spent_with_another_is_a_second_meeting_and_their_call_adds_only_the_other_side():
    df = contacts("Secretary of State Rex Tillerson met President Vladimir Putin on Wednesday evening, after spending five hours with Foreign Minister Sergey Lavrov.", dt.date(2017, 4, 13))
    assert dated(df) == {("in-person meeting", "Rex Tillerson; Vladimir Putin", "2017-04-12"), ("in-person meeting", "Rex Tillerson; Sergey Lavrov", "2017-04-12")}
    df = contacts("Pompeo met Putin in Sochi on Tuesday. Putin said he and Trump, in their phone call last week, had discussed arms control.", dt.date(2019, 5, 15))
    assert ("phone call", "Donald Trump; Vladimir Putin", "2019-W19") in dated(df)


def test_a_call_reported_on_a_day_with_an_offset_clause_after_it_is_that_days():
    df = contacts("Biden said Thursday he had held a long phone call with Putin, a day after Russia released Paul Whelan.", dt.date(2024, 8, 2))
    assert ("phone call", "Joe Biden; Vladimir Putin", "2024-08-01") in dated(df)


def test_calling_on_someone_is_a_visit_and_a_relative_clause_dates_its_own_contact():
    df = contacts("Mr. Lavrov, who called on President Clinton at the White House on Friday, handed him a letter from Boris Yeltsin.", dt.date(1998, 7, 18))
    assert dated(df) == {("in-person meeting", "Sergey Lavrov; Bill Clinton", "1998-07-17"), ("correspondence", "Boris Yeltsin; Bill Clinton", "1998-07-17")}
    # calling on someone to act is an appeal, no contact
    assert contacts("Biden called on President Putin on Monday to pull his troops back.", dt.date(2022, 2, 15)).empty
    # a relative clause with a contact of its own, and the main clause's dated one
    df = contacts("Mr. Burns, who met Nikolai Patrushev in Moscow on Tuesday, spoke by telephone with Vladimir Putin on Wednesday.", dt.date(2021, 11, 4))
    assert dated(df) == {("in-person meeting", "William Burns; Nikolai Patrushev", "2021-11-02"), ("phone call", "William Burns; Vladimir Putin", "2021-11-03")}


def test_the_day_a_meeting_is_called_off_is_not_its_date():
    df = contacts("The Kremlin on Monday called off the meeting between Lavrov and Rubio planned for Friday in Vienna.", dt.date(2025, 3, 10))
    assert dated(df) == {("in-person meeting", "Sergey Lavrov; Marco Rubio", "2025-03-14")}
    assert set(df["modality"]) == {"denied"}
    df = contacts("Biden on Tuesday canceled his summit with Putin in Geneva next month.", dt.date(2022, 2, 22))
    assert dated(df) == {("summit", "Joe Biden; Vladimir Putin", "2022-03")}


def test_whose_aides_they_are_is_no_party_and_hours_with_someone_is_a_meeting():
    df = contacts("Sullivan has held talks in recent months with two aides to President Vladimir Putin, Yuri Ushakov and Nikolai Patrushev.", dt.date(2022, 11, 7))
    assert set(df["participants"]) == {"Jake Sullivan; Yuri Ushakov; Nikolai Patrushev"}
    df = contacts("LJUBLJANA, June 16 — President Bush said today that after two hours with President Putin he had found him trustworthy.", dt.date(2001, 6, 17))
    assert dated(df) == {("summit", "George W. Bush; Vladimir Putin", "2001-06-16")}


def test_contacts_told_in_the_passive_and_by_office_as_tass_writes():
    # "The exchange of X for Y was completed": a swap
    df = contacts("The exchange of Russian citizen Vadim Krasikov for American journalist Evan Gershkovich was completed in Ankara on Thursday.", dt.date(2024, 8, 2))
    assert dated(df) == {("prisoner exchange", "Vadim Krasikov; Evan Gershkovich", "2024-08-01")}
    # "was signed today … by the President of the Russian Federation and the President of the United States"
    df = contacts("The joint declaration was signed on Friday by the President of the Russian Federation and the President of the United States.", dt.date(2002, 5, 25))
    assert {(r.contact_type, r.participants) for r in df.itertuples()} == {("statement", "Vladimir Putin; George W. Bush")}
    # each step of a treaty with the people told with it
    df = contacts("The accord was signed by Presidents Obama and Medvedev in 2010 and extended by Biden and Putin in 2021.", dt.date(2026, 2, 5))
    assert dated(df) == {("treaty action", "Barack Obama; Dmitry Medvedev", "2010"), ("treaty action", "Joe Biden; Vladimir Putin", "2021")}


def test_the_end_of_a_meeting_is_no_venue():
    df = contacts("Biden spoke to reporters at the end of his meeting on Wednesday with President Putin.", dt.date(2021, 6, 17))
    assert dated(df) == {("summit", "Joe Biden; Vladimir Putin", "2021-06-16")}


def test_a_delegations_members_are_the_talks_participants():
    df = contacts("Russian and American officials held talks in Istanbul on Thursday. The American delegation was headed by Sonata Coulter; "
                  "the Russian side was represented by Ambassador Alexander Darchiev.", dt.date(2025, 2, 28))
    assert {(r.contact_type, r.participants) for r in df.itertuples() if r.time_role == "when"} == {("talks/negotiations", "Sonata Coulter; Alexander Darchiev")}


def test_who_led_each_delegation_took_part_in_the_talks():
    df = contacts("Russian and American negotiators held talks in Vienna on Monday. Rose Gottemoeller led the American delegation, and Sergei Ryabkov the Russian one.", dt.date(2010, 3, 16))
    assert dated(df) == {("talks/negotiations", "Rose Gottemoeller; Sergei Ryabkov", "2010-03-15")}


def test_a_later_clause_of_a_contact_takes_the_subject_before_it():
    df = contacts("Sullivan held talks in Geneva on Monday with Nikolai Patrushev, the secretary of Russia's Security Council, and spoke by telephone with Sergey Lavrov, who was in Moscow, officials said.", dt.date(2022, 3, 16))
    assert {(r.contact_type, r.participants) for r in df.itertuples()} >= {("talks/negotiations", "Jake Sullivan; Nikolai Patrushev"), ("phone call", "Jake Sullivan; Sergey Lavrov")}


def test_someone_not_reached_is_no_party_and_the_two_presidents_are_the_days_heads():
    df = contacts("Unable to reach President Clinton on Monday, Yeltsin spoke instead with Vice President Al Gore. The two presidents were expected to talk later in the week.", dt.date(1999, 3, 24))
    assert ("contact", "Boris Yeltsin; Al Gore", "1999-03-22") in dated(df) or ("phone call", "Boris Yeltsin; Al Gore", "1999-03-22") in dated(df)
    assert not any("Bill Clinton" in p and "Al Gore" in p for p in df["participants"])
    assert ("contact", "Bill Clinton; Boris Yeltsin", "1999-W12") in dated(df)  # the two presidents, not Yeltsin and Gore


def test_plural_calls_on_days_are_phone_calls():
    df = contacts("Trump and Putin spoke on Monday, their third conversation this year, after calls on Jan. 20 and March 2.", dt.date(2025, 4, 1))
    assert {("phone call", "Donald Trump; Vladimir Putin", "2025-01-20"), ("phone call", "Donald Trump; Vladimir Putin", "2025-03-02")} <= dated(df)


def test_a_delegation_led_by_and_the_other_side_by():
    df = contacts("Russian and American diplomats met in Vienna on Tuesday. The American delegation was led by Sonata Coulter, a deputy assistant secretary, "
                  "and the Russian side by Alexander Darchiev.", dt.date(2025, 4, 2))
    assert {(r.contact_type, r.participants) for r in df.itertuples() if r.time_role == "when"} == {("in-person meeting", "Sonata Coulter; Alexander Darchiev")}
    # (a working group led by two others is a contact of its own, not more people at the first)
    df = contacts("Reagan and Gorbachev met in Reykjavik on Saturday, while a working group led by Paul Nitze and Sergei Akhromeyev talked through the night.", dt.date(1986, 10, 12))
    assert not any("Nitze" in p and "Reagan" in p for p in df["participants"])


def test_a_century_is_no_date_of_the_contact_a_report_day_dates():
    # ("a session at a 16th-century castle": the castle's age, so the report's day dates the meeting)
    df = contacts("GENEVA — Lavrov said Friday that he found Blinken businesslike, after the two men's first meeting, "
                  "a ninety-minute session in an 18th-century villa.", dt.date(2021, 5, 21))
    assert ("in-person meeting", "Sergey Lavrov; Antony Blinken", "2021-05-21") in dated(df) or ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-05-21") in dated(df)


def test_a_live_reports_just_finished_contact_is_on_the_day_of_publication():
    # ("have wrapped up …": the publication day; "have met three times": no day at all)
    df = contacts("LIVE — Rubio and Lavrov have wrapped up their talks in Riyadh, which lasted more than four hours.", dt.date(2025, 2, 18))
    assert ("talks/negotiations", "Marco Rubio; Sergey Lavrov", "2025-02-18") in dated(df)
    df = contacts("Rubio and Lavrov have met three times this year.", dt.date(2025, 6, 1))
    assert not any(v.startswith("2025-06-01") for v in df["value"])


def test_people_joining_after_including():
    df = contacts("Biden and Putin met in Geneva on Wednesday. The two presidents later moved to a larger session with their delegations, "
                  "including Antony Blinken and Sergey Lavrov.", dt.date(2021, 6, 17))
    assert any({"Joe Biden", "Vladimir Putin", "Antony Blinken", "Sergey Lavrov"} <= set(p.split("; ")) for p in df["participants"])


def test_earlier_before_a_dated_contact_is_on_its_day():
    df = contacts("Putin and Trump signed a declaration this afternoon. Earlier, the two leaders met for an hour, joined by Lavrov and Rubio.", dt.date(2025, 8, 15))
    assert any(r.value.startswith("2025-08-15") and {"Donald Trump", "Vladimir Putin", "Sergey Lavrov", "Marco Rubio"} <= set(r.participants.split("; "))
               for r in df.itertuples() if r.time_role == "when" and r.contact_type != "treaty action")


def test_a_contact_later_called_a_call_is_a_phone_call():
    df = contacts("Blinken spoke with Lavrov on Tuesday, the State Department said. The 40-minute call focused on prisoners.", dt.date(2022, 7, 30))
    assert ("phone call", "Antony Blinken; Sergey Lavrov", "2022-07-26") in dated(df)


def test_who_leaves_with_the_visitor_took_no_part():
    df = contacts("Witkoff met Putin in Moscow on Tuesday for three hours before flying home with Marc Fogel.", dt.date(2025, 2, 12))
    assert ("in-person meeting", "Steve Witkoff; Vladimir Putin", "2025-02-11") in dated(df)


def test_the_presidents_as_subject_of_a_contact_verb_are_the_heads_told_of():
    df = contacts("Biden and Putin spoke by phone on Saturday. Earlier in the day, Blinken spoke with Lavrov. "
                  "The presidents last talked on Dec. 30.", dt.date(2022, 2, 13))
    assert ("contact", "Joe Biden; Vladimir Putin", "2021-12-30") in dated(df) or ("phone call", "Joe Biden; Vladimir Putin", "2021-12-30") in dated(df)
    # a "video summit" is a video call
    df = contacts("Biden and Putin held a video summit on Tuesday.", dt.date(2021, 12, 8))
    assert ("video call", "Joe Biden; Vladimir Putin", "2021-12-07") in dated(df)


def test_an_opening_offset_clause_is_its_own_event():
    # "A day after X met Y …, Z and W sat down this morning": the main clause's own meeting today
    df = contacts("MOSCOW, June 5 — A day after Biden and Putin spoke by phone, Blinken and Lavrov met for two hours this morning.", dt.date(2021, 6, 5))
    assert ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2021-06-05") in dated(df)
    assert not any("Biden" in p and "Blinken" in p for p in df["participants"])


def test_putting_signatures_to_a_treaty_is_a_treaty_action():
    df = contacts("Bush and Yeltsin put their signatures to the START II treaty in the Kremlin on Sunday.", dt.date(1993, 1, 4))
    assert ("treaty action", "George H. W. Bush; Boris Yeltsin", "1993-01-03") in dated(df)


def test_joiners_told_as_taking_part_and_a_first_subject_with_its_title():
    # "Taking part in the talks were X and Y": joiners of the talks told before
    df = contacts("Reagan and Gorbachev met in Reykjavik today. Taking part in the session were George Shultz and Eduard Shevardnadze.", dt.date(1986, 10, 11))
    assert any({"Ronald Reagan", "Mikhail Gorbachev", "George Shultz", "Eduard Shevardnadze"} <= set(p.split("; ")) for p in df["participants"])
    # "X, <title>, and Y held talks": both are the subject (the ", and" is no clause of its own)
    df = contacts("Boris Yeltsin, the President of the Russian Federation, and President Bill Clinton held talks in the Kremlin today.", dt.date(1995, 5, 10))
    assert any({"Boris Yeltsin", "Bill Clinton"} <= set(p.split("; ")) for p in df["participants"])


def test_a_spot_reports_lead_is_on_the_datelines_day():
    # the lead's contact with only a length, in the simple past: the day of the report
    df = contacts("TALLINN (AP) — Blinken and Lavrov met for 40 minutes on the sidelines of the OSCE gathering.", dt.date(2022, 12, 1))
    assert ("in-person meeting", "Antony Blinken; Sergey Lavrov", "2022-12-01") in dated(df)
    # a dateline with a day: the agencies' present perfect is that day's news
    df = contacts("ROME, June 2. /RIA Novosti/. Lavrov has held talks with Kerry on Syria.", dt.date(2014, 6, 2))
    assert ("talks/negotiations", "Sergey Lavrov; John Kerry", "2014-06-02") in dated(df)
    # not a contact before the story ("had met"), nor a lead without a dateline
    assert not dated(contacts("TALLINN (AP) — Blinken and Lavrov had met for 40 minutes once before.", dt.date(2022, 12, 1)))
    assert not dated(contacts("Blinken and Lavrov met for 40 minutes on the sidelines of the OSCE gathering.", dt.date(2022, 12, 1)))


def test_heads_of_two_delegations_named_after_their_talks_and_a_live_entry():
    # no one named in the talks' sentence: the heads a later sentence names are the participants
    df = contacts("RIYADH (AP) — Russian and U.S. delegations held four hours of consultations on embassy staffing. "
                  "The American side was led by Sonata Coulter and the Russian one by Alexander Darchiev.", dt.date(2025, 3, 4))
    assert ("talks/negotiations", "Sonata Coulter; Alexander Darchiev", "2025-03-04") in dated(df)
    # a live blog's entry: a contact told in the past, with only a length, is the page's day's
    df = contacts("2:40 p.m. ET — Talks end. Rubio met Lavrov for nearly two hours at the palace.", dt.date(2025, 2, 18))
    assert ("in-person meeting", "Marco Rubio; Sergey Lavrov", "2025-02-18") in dated(df)


def test_a_document_and_a_meeting_told_in_one_sentence_are_two_contacts():
    # "signed … on Tuesday, and then retired … for two hours of talks": the talks too, that day
    df = contacts("MOSCOW (AP) — Bush and Yeltsin signed the START II treaty in the Kremlin on Sunday and then withdrew to the Kremlin library for three hours of talks.",
                  dt.date(1993, 1, 4))
    kinds = {r[0] for r in dated(df) if r[1] == "George H. W. Bush; Boris Yeltsin" and r[2] == "1993-01-03"}
    assert {"treaty action", "summit"} <= kinds or {"treaty action", "talks/negotiations"} <= kinds
    # "X and Y, meeting for a final session on Thursday, issued a joint statement": both
    df = contacts("HELSINKI, March 21 (Reuters) - Clinton and Yeltsin, meeting for a second day on Friday, issued a joint statement on European security.", dt.date(1997, 3, 21))
    kinds = {r[0] for r in dated(df) if r[2] == "1997-03-21"}
    assert "statement" in kinds and kinds & {"summit", "in-person meeting", "talks/negotiations"}


def test_a_closing_session_is_a_meeting_and_a_live_label_is_no_dateline():
    df = contacts("HELSINKI (AP) — At their closing session Friday, Clinton told Yeltsin that NATO would not station nuclear arms in new members.", dt.date(1997, 3, 21))
    assert any(r[1] == "Bill Clinton; Boris Yeltsin" and r[2] == "1997-03-21" and r[0] in ("summit", "in-person meeting") for r in dated(df))
    # "LIVE — 6:10 pm:": a live entry, whose present perfect is the page's day
    df = contacts("LIVE — 6:10 pm: Putin has received Witkoff at the Kremlin, Peskov confirms.", dt.date(2025, 4, 11))
    assert ("in-person meeting", "Vladimir Putin; Steve Witkoff", "2025-04-11") in dated(df)


def test_a_live_entrys_now_is_the_pages_day():
    df = contacts("LIVE UPDATES — 9:20 a.m. ET: Trump and Putin have now moved into the expanded session.", dt.date(2018, 7, 16))
    assert ("summit", "Donald Trump; Vladimir Putin", "2018-07-16") in dated(df)


def test_a_summit_ended_with_statements_and_a_live_entrys_place():
    # "ended their summit here today with a joint statement", "by issuing five joint statements"
    df = contacts("HELSINKI, March 21 — Clinton and Yeltsin ended their meeting here today by issuing three joint statements on arms control.", dt.date(1997, 3, 22))
    assert ("statement", "Bill Clinton; Boris Yeltsin", "1997-03-21") in dated(df)
    df = contacts("MALTA, Dec. 3 — Bush and Gorbachev ended their summit today with a joint statement on Europe.", dt.date(1989, 12, 4))
    assert ("statement", "George H. W. Bush; Mikhail Gorbachev", "1989-12-03") in dated(df)
    # "LIVE — 11:20 a.m. AKDT, Anchorage:": a live entry with its place; "brief chats", "a bilateral on the sidelines"
    df = contacts("LIVE — 11:20 a.m. AKDT, Anchorage: Trump and Putin had brief chats on the tarmac.", dt.date(2025, 8, 15))
    assert ("brief encounter", "Donald Trump; Vladimir Putin", "2025-08-15") in dated(df)
    df = contacts("Trump and Putin held a bilateral on the sidelines of the G-20 in Osaka on Friday.", dt.date(2019, 6, 29))
    assert any(r[1] == "Donald Trump; Vladimir Putin" and r[2] == "2019-06-28" for r in dated(df))


def test_an_offset_after_a_scene_of_the_storys_day_counts_from_that_day():
    # "Residents waved small flags as the motorcade passed, a day after the two leaders signed a
    # trade agreement": the scene is on the day the story told last (Saturday), the signing a day before
    text = ("President Bush welcomed Soviet President Mikhail Gorbachev to Camp David on Saturday for a day of talks. Residents waved small flags as "
            "the motorcade passed, a day after the two leaders signed a trade agreement at the White House.")
    assert ("treaty action", "George H. W. Bush; Mikhail Gorbachev", "1990-06-01") in dated(contacts(text, dt.date(1990, 6, 3)))


def test_a_live_entrys_contact_is_on_the_pages_day_whatever_its_stamp():
    # "10:08 a.m. ET — The video call … is under way": the entry's own stamp is no day of the call's;
    # "LIVE: 11:52 a.m. Prague — …" and "LIVE UPDATES, 7:41 a.m. ET: …" are entries too
    for text, day in [("10:08 a.m. ET — The secure video call between President Biden and Russian President Vladimir Putin is under way, the White House says.", dt.date(2021, 12, 7)),
                      ("LIVE: 11:52 a.m. Prague — It's done. Obama and Medvedev have signed the new START treaty in the Spanish Hall.", dt.date(2010, 4, 8)),
                      ("LIVE UPDATES, 7:41 a.m. ET: Trump and Putin are meeting one-on-one in Helsinki's Presidential Palace.", dt.date(2018, 7, 16))]:
        assert any(r[2] == day.isoformat() for r in dated(contacts(text, day))), text


def test_a_subject_list_with_an_appositive_after_the_date():
    # "Today … Mikhail Gorbachev, General Secretary of the CPSU Central Committee, and U.S.
    # President Ronald Reagan signed the treaty": the comma before "and" ends no clause
    df = contacts("Today at the White House Mikhail Gorbachev, General Secretary of the CPSU Central Committee, and U.S. President Ronald Reagan signed the INF Treaty.", dt.date(1987, 12, 8))
    assert ("treaty action", "Mikhail Gorbachev; Ronald Reagan", "1987-12-08") in dated(df)


def test_the_leaders_possessive_and_an_offset_after_a_quoted_comma():
    # '… “swift and severe costs,” hours after Blinken delivered a similar message to Lavrov by
    # phone': the offset's clause is its own; "It was the leaders' first conversation since a
    # Dec. 30 call": the two presidents, not the pair told of last
    text = ("President Biden warned Putin in a phone call on Saturday that an invasion would bring \"swift and severe costs,\" hours after Antony Blinken "
            "delivered a similar message to Sergey Lavrov by phone. It was the leaders' first conversation since a Dec. 30 call.")
    rows = dated(contacts(text, dt.date(2022, 2, 13)))
    assert ("phone call", "Joe Biden; Vladimir Putin", "2022-02-12") in rows
    assert ("phone call", "Antony Blinken; Sergey Lavrov", "2022-02-12") in rows
    assert any(r[1] == "Joe Biden; Vladimir Putin" and r[2] == "2021-12-30" for r in rows), rows


def test_the_other_sides_prisoner_told_after_the_swap():
    # "… were freed Thursday in the largest prisoner swap since the Cold War, while Russia got back Vadim Krasikov"
    df = contacts("Evan Gershkovich and Paul Whelan were freed Thursday in the largest East-West prisoner swap since the Cold War, while Russia got back Vadim Krasikov.", dt.date(2024, 8, 1))
    assert ("prisoner exchange", "Evan Gershkovich; Paul Whelan; Vadim Krasikov", "2024-08-01") in dated(df)


def test_an_earlier_contact_after_since_keeps_its_own_people():
    # "the first superpower summit since Jimmy Carter and Leonid Brezhnev met in Vienna in 1979"
    df = contacts("Reagan and Gorbachev met for nearly five hours Tuesday, in the first superpower summit since Jimmy Carter and Leonid Brezhnev met in Vienna in 1979.", dt.date(1985, 11, 19))
    assert ("summit", "Ronald Reagan; Mikhail Gorbachev", "1985-11-19") in dated(df)
    assert ("summit", "Jimmy Carter; Leonid Brezhnev", "1979") in dated(df)


def test_a_letter_handed_over_at_a_meeting_is_two_contacts():
    # "Bush met Gorbachev today and handed him a letter from President Reagan": the letter is
    # Reagan's to Gorbachev; the meeting, Bush's (of his own era: the elder Bush in 1985)
    df = contacts("Vice President Bush met Gorbachev today and handed him a letter from President Reagan.", dt.date(1985, 3, 13))
    assert ("correspondence", "Ronald Reagan; Mikhail Gorbachev", "1985-03-13") in dated(df)
    assert ("in-person meeting", "George H. W. Bush; Mikhail Gorbachev", "1985-03-13") in dated(df)


def test_a_planned_meetings_possessive_weekday_and_a_call_between_them():
    # "left in place Friday's session, where Kerry and Hagel are to sit down with …": ahead
    df = contacts("The administration left in place Friday's session in Washington, where John Kerry and Chuck Hagel are to sit down with Sergey Lavrov and Sergei Shoigu.", dt.date(2013, 8, 7))
    assert any(r[2] == "2013-08-09" for r in dated(df)), dated(df)
    # "sealed in a phone call between them on March 26": the pair just told of
    df = contacts("Obama and Medvedev signed a treaty on Thursday. The final deal had been sealed in a phone call between them on March 26.", dt.date(2010, 4, 9))
    assert ("phone call", "Barack Obama; Dmitry Medvedev", "2010-03-26") in dated(df)


def test_a_prisoner_named_the_sentence_before_by_a_description():
    # "Brittney Griner is on her way home. The WNBA star, …, was traded … for Viktor Bout"
    df = contacts("Brittney Griner is on her way home. The WNBA star, sentenced to nine years in a Russian penal colony, was traded Thursday on the tarmac for Viktor Bout.", dt.date(2022, 12, 8))
    assert ("prisoner exchange", "Brittney Griner; Viktor Bout", "2022-12-08") in dated(df)
    df = contacts("Trevor Reed is coming home. The 30-year-old Marine veteran, jailed in Russia since 2019, was released Wednesday in a prisoner swap in Turkey for Konstantin Yaroshenko.", dt.date(2022, 4, 28))
    assert ("prisoner exchange", "Trevor Reed; Konstantin Yaroshenko", "2022-04-27") in dated(df)


def test_a_speakers_own_talks_and_a_day_spent_together():
    # "Ryabkov said after nearly eight hours of talks with Sherman on Monday that …": his own talks
    df = contacts("Russian Deputy Foreign Minister Sergei Ryabkov said after nearly eight hours of talks with US Deputy Secretary of State Wendy Sherman on Monday that Moscow had no intention of attacking Ukraine.", dt.date(2022, 1, 10))
    assert any(set(r[1].split("; ")) == {"Sergei Ryabkov", "Wendy Sherman"} and r[2] == "2022-01-10" for r in dated(df)), dated(df)
    # "Bush and Gorbachev spent the day at Camp David": a contact of the two that day
    df = contacts("Deputies closed Route 77 on Saturday as President Bush and Soviet President Mikhail Gorbachev spent the day at Camp David, discussing German reunification.", dt.date(1990, 6, 3))
    assert any(set(r[1].split("; ")) == {"George H. W. Bush", "Mikhail Gorbachev"} and r[2] == "1990-06-02" for r in dated(df)), dated(df)
    # "Griner was traded Thursday on the tarmac … for Viktor Bout": an exchange
    df = contacts("Brittney Griner was traded Thursday on the tarmac of Abu Dhabi's airport for Viktor Bout.", dt.date(2022, 12, 8))
    assert ("prisoner exchange", "Brittney Griner; Viktor Bout", "2022-12-08") in dated(df)


def test_the_soviet_and_american_leaders_join_those_named_with_them():
    text = ("Gorbachev and President Ronald Reagan today signed the treaty in the East Room. After the ceremony the talks between the Soviet and "
            "American leaders continued in the Oval Office with the participation of Eduard Shevardnadze and George Shultz.")
    df = contacts(text, dt.date(1987, 12, 8))
    assert any(set(r[1].split("; ")) == {"Mikhail Gorbachev", "Ronald Reagan", "Eduard Shevardnadze", "George Shultz"} for r in dated(df)), dated(df)


def test_and_then_sat_down_with_another_is_a_second_meeting():
    # "met Lavrov for four hours … and then sat down with Putin, with Lavrov present": two meetings
    df = contacts("Kerry met Foreign Minister Sergey Lavrov for about four hours on Tuesday and then sat down with President Vladimir Putin, with Lavrov present, for four more.", dt.date(2015, 5, 12))
    assert ("in-person meeting", "John Kerry; Sergey Lavrov", "2015-05-12") in dated(df)
    assert ("in-person meeting", "John Kerry; Vladimir Putin; Sergey Lavrov", "2015-05-12") in dated(df)


def test_a_date_not_yet_named_for_a_meeting_is_a_plan():
    # "too early to name a date for a Putin–Trump meeting": planned and undated, not the day of
    # the talks told before it; the relative clause after it keeps its own tense
    df = contacts("Rubio sat down with Lavrov for four and a half hours on Tuesday. Ushakov said it was too early to name a date for a Putin–Trump meeting.", dt.date(2025, 2, 18))
    rows = [(r.contact_type, r.participants, r.modality, r.value) for r in df.itertuples() if "Donald Trump" in r.participants]
    assert rows and all(m == "planned" and v != "2025-02-18" for _t, _p, m, v in rows), rows


def test_traded_with_its_day_between_verb_and_for_is_an_exchange():
    df = contacts("Brittney Griner was traded Thursday for Russian arms dealer Viktor Bout on the tarmac of Abu Dhabi's airport.", dt.date(2022, 12, 8))
    assert ("prisoner exchange", "Brittney Griner; Viktor Bout", "2022-12-08") in dated(df)


def test_he_and_a_titled_name_after_a_speaker_is_the_speakers_own_contact():
    # "Putin told reporters that he and President-elect Donald Trump had agreed in their phone call"
    df = contacts("Putin, for his part, told reporters that he and President-elect Donald Trump had agreed in their Nov. 14 phone call to try to normalize relations.", dt.date(2016, 11, 20))
    assert ("phone call", "Vladimir Putin; Donald Trump", "2016-11-14") in dated(df)


def test_talks_between_two_of_a_meetings_people_earlier_that_day():
    # "…, after a morning session of talks between Kerry and Lavrov": their own talks that day
    df = contacts("Kerry met Putin at the Kremlin on Tuesday, with Lavrov also present, after a long morning round of talks between Kerry and Lavrov.", dt.date(2015, 12, 16))
    assert ("talks/negotiations", "John Kerry; Sergey Lavrov", "2015-12-15") in dated(df)
    assert any({"John Kerry", "Vladimir Putin"} <= set(r[1].split("; ")) for r in dated(df))


def test_a_letter_is_dated_by_the_day_it_bears_not_the_day_it_was_released():
    text = "President-elect Donald Trump on Friday released what he called a \"very nice letter\" from Vladimir Putin, dated Dec. 15, in which the Russian leader expressed hope."
    rows = dated(contacts(text, dt.date(2016, 12, 23)))
    assert ("correspondence", "Donald Trump; Vladimir Putin", "2016-12-15") in rows
    assert not any(r[2] == "2016-12-23" for r in rows)
    text = ("Trump on Friday released a holiday letter he received from Russian President Vladimir Putin, calling it very nice. "
            "The letter, dated Dec. 15 and sent as a holiday greeting, was distributed by Trump's transition office.")
    rows = dated(contacts(text, dt.date(2016, 12, 23)))
    assert ("correspondence", "Donald Trump; Vladimir Putin", "2016-12-15") in rows


def test_a_format_names_every_seat_though_another_joining_cue_comes_first():
    text = ("The Russian-American talks held on Monday in Riyadh lasted about four hours in a \"two-on-two\" format: Sergey Lavrov was accompanied by "
            "Yuri Ushakov, Marco Rubio by Steve Witkoff.")
    rows = contacts(text, dt.date(2025, 2, 19))
    assert [(r.contact_type, set(r.participants.split("; ")), r.value) for r in rows.itertuples() if r.time_role == "when"] == [
        ("talks/negotiations", {"Sergey Lavrov", "Yuri Ushakov", "Marco Rubio", "Steve Witkoff"}, "2025-02-17")]


def test_a_day_told_the_sentence_before_dates_an_undated_contact():
    # the day comes in a sentence with no contact and no one named; the contact follows it
    text = ("For most of Tuesday the old castle outside Geneva was closed to visitors. "
            "Joe Biden and Vladimir Putin met in its library and then walked in the garden.")
    rows = dated(contacts(text, dt.date(2021, 6, 17)))
    assert ("summit", "Joe Biden; Vladimir Putin", "2021-06-15") in rows
    # not from two sentences back
    text = ("For most of Tuesday the old castle outside Geneva was closed to visitors. Tourists waited outside the gates. "
            "Joe Biden and Vladimir Putin met in its library.")
    assert not any(value == "2021-06-15" for _, _, value in dated(contacts(text, dt.date(2021, 6, 17))))



def test_a_prisoner_described_after_a_live_stamp_is_the_one_named_there():
    text = ("LIVE UPDATES — 9:15 a.m. ET: Marc Fogel is on his way home. The schoolteacher was released in exchange for Alexander Vinnik "
            "on Tuesday, officials said.")
    rows = dated(contacts(text, dt.date(2025, 2, 12)))
    assert any(kind.startswith("prisoner") and "Marc Fogel" in people for kind, people, _ in rows)


def test_a_visitor_received_in_a_named_place_and_a_joiner_carried_to_the_meeting_told_again():
    text = ("MOSCOW, October 23 (TASS) -- Mikhail Gorbachev today received in the Kremlin U.S. Secretary of State George Shultz. "
            "Eduard Shevardnadze took part in the conversation. The meeting lasted more than three hours.")
    rows = contacts(text, dt.date(1987, 10, 23))
    assert set(rows["participants"]) == {"Mikhail Gorbachev; George Shultz; Eduard Shevardnadze"}


def test_a_side_that_sent_its_envoys_joins_them_to_the_talks():
    text = ("U.S. and Russian negotiators held talks in Istanbul on Thursday. The U.S. side was led by Sonata Coulter; "
            "Moscow sent Alexander Darchiev.")
    rows = dated(contacts(text, dt.date(2025, 2, 28)))
    assert any("Alexander Darchiev" in people for _, people, _ in rows)


def test_a_dates_possessive_names_what_happened_that_day():
    # "over last week's chemical attack": the attack's week, not a day of the meeting
    text = "Tillerson met Lavrov at the ministry on Wednesday, and the two traded blame over last week's chemical attack in Syria."
    rows = dated(contacts(text, dt.date(2017, 4, 13)))
    assert ("in-person meeting", "Rex Tillerson; Sergey Lavrov", "2017-04-12") in rows
    assert not any(value.startswith("2017-W") for _, _, value in rows)
    # but "within hours of Tuesday's attacks" tells when the call was
    rows = dated(contacts("Putin spoke by telephone with Condoleezza Rice within hours of Tuesday's attacks.", dt.date(2001, 9, 13)))
    assert ("phone call", "Vladimir Putin; Condoleezza Rice", "2001-09-11") in rows



def test_their_summit_after_aides_joined_is_the_leaders():
    text = ("Trump and Putin met alone for two hours on Monday before Mike Pompeo and Sergey Lavrov joined them for lunch. "
            "It was their first formal summit, after a brief chat in Da Nang in November.")
    rows = dated(contacts(text, dt.date(2018, 7, 17)))
    assert any(people.startswith("Donald Trump; Vladimir Putin") and value == "2017-11" for _, people, value in rows)
    assert not any(people == "Mike Pompeo; Sergey Lavrov" for _, people, _ in rows)


def test_one_side_facing_the_other_are_the_seats_at_the_talks():
    text = ("The two delegations held talks for five hours in Istanbul on Thursday. "
            "Sonata Coulter and Marco Rubio faced Alexander Darchiev and Sergey Lavrov across a long table.")
    rows = contacts(text, dt.date(2025, 2, 28))
    assert any({"Sonata Coulter", "Marco Rubio", "Alexander Darchiev", "Sergey Lavrov"} <= set(p.split("; ")) for p in rows["participants"])
    # "faced criticism", "faced questions": no seats
    rows = contacts("Blinken met Lavrov on Thursday. Blinken faced questions from reporters afterwards.", dt.date(2023, 3, 3))
    assert set(rows["participants"]) == {"Antony Blinken; Sergey Lavrov"}


#: A sentence (or two) and the dated contacts it must give: (kind, participants, day).
DATED_CONTACTS = {
    # "their first face-to-face encounter" is a meeting, not a brief one
    "a first face-to-face encounter": (
        "President Reagan and Soviet leader Mikhail Gorbachev met for nearly five hours on Tuesday in their first face-to-face encounter.",
        dt.date(1985, 11, 19), [("summit", "Ronald Reagan; Mikhail Gorbachev", "1985-11-19")]),
    "a dinner a day before the talks": (
        "Sherman and Ryabkov sat down Monday for nearly eight hours of talks at the U.S. mission, a day after a working dinner that Mr. Ryabkov described as difficult.",
        dt.date(2022, 1, 10), [("talks/negotiations", "Wendy Sherman; Sergei Ryabkov", "2022-01-10"), ("in-person meeting", "Wendy Sherman; Sergei Ryabkov", "2022-01-09")]),
    "a call named by any word before it": (
        "A preparatory call between Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov on Monday had already exposed deep differences.",
        dt.date(2025, 10, 22), [("phone call", "Marco Rubio; Sergey Lavrov", "2025-10-20")]),
    # "Kerry and Lavrov announced a deal …": both spoke, and both held the talks
    "a joint subject that announces": (
        "John Kerry and Sergey Lavrov announced a deal on Friday after talks.", dt.date(2016, 9, 10), [("talks/negotiations", "John Kerry; Sergey Lavrov", "2016-09-09")]),
    "a call put through to an aide instead": (
        "President Vladimir V. Putin tried to reach President Bush aboard Air Force One on Tuesday but could not get through, and spoke instead with "
        "Condoleezza Rice, the national security adviser, telling her Russia was canceling a planned military exercise.",
        dt.date(2001, 9, 12), [("phone call", "Vladimir Putin; Condoleezza Rice", "2001-09-11")]),
    # "With President Bush aboard Air Force One, Mr. Putin reached … Rice": away, no party; "reached" her by phone
    "someone away and someone reached": (
        "With President Bush aboard Air Force One, Mr. Putin reached national security adviser Condoleezza Rice on Tuesday and told her Russia would cancel an exercise.",
        dt.date(2001, 9, 12), [("phone call", "Vladimir Putin; Condoleezza Rice", "2001-09-11")]),
    "aides seated in a three-on-three format": (
        "President Trump and President Vladimir V. Putin of Russia ended nearly three hours of talks at Joint Base Elmendorf-Richardson on Friday. "
        "The meeting was held in a three-on-three format, with Secretary of State Marco Rubio and the special envoy Steve Witkoff joining Mr. Trump, "
        "and Foreign Minister Sergey V. Lavrov and the Kremlin aide Yuri V. Ushakov joining Mr. Putin.",
        dt.date(2025, 8, 16), [("summit", "Donald Trump; Vladimir Putin; Marco Rubio; Steve Witkoff; Sergey Lavrov; Yuri Ushakov", "2025-08-15")]),
    "aides being joined to the summit": (
        "Trump and Putin have finished their one-on-one meeting after more than two hours on Monday. They are now being joined by Secretary of State Mike Pompeo, "
        "Foreign Minister Sergey Lavrov and Russia's ambassador to Washington, Anatoly Antonov, for an expanded working lunch.",
        dt.date(2018, 7, 16), [("summit", "Donald Trump; Vladimir Putin; Mike Pompeo; Sergey Lavrov; Anatoly Antonov", "2018-07-16")]),
    "two contacts joined by and, each its own people and day": (
        "The session follows Rubio's phone call with Lavrov on Saturday and last Wednesday's Trump–Putin call.",
        dt.date(2025, 2, 18), [("phone call", "Marco Rubio; Sergey Lavrov", "2025-02-15"), ("phone call", "Donald Trump; Vladimir Putin", "2025-02-12")]),
    # handed over in person at their dinner: a meeting
    "handed a box at their dinner": (
        "GENEVA — Hillary Rodham Clinton handed Sergey V. Lavrov a small yellow box with a red button at their dinner here on Friday.",
        dt.date(2009, 3, 7), [("in-person meeting", "Hillary Clinton; Sergey Lavrov", "2009-03-06")]),
    "a live entry with its place in brackets, aides joining the other side": (
        "LIVE UPDATES, 1:55 p.m. (Helsinki): The one-on-one between President Trump and Vladimir Putin in the Presidential Palace ran more than two hours, "
        "with only interpreters in the room. Secretary of State Mike Pompeo and national security adviser John Bolton are now joining Foreign Minister "
        "Sergey Lavrov and the Russian delegation for an expanded working lunch.",
        dt.date(2018, 7, 16), [("summit", "Donald Trump; Vladimir Putin; John Bolton; Mike Pompeo; Sergey Lavrov", "2018-07-16")]),
    "their contact with three words before it": (
        "President Trump spoke with Vladimir Putin for more than two hours on Monday. "
        "It was their third publicly announced conversation since Trump took office, after calls on Feb. 12 and March 18.",
        dt.date(2025, 5, 20), [("phone call", "Donald Trump; Vladimir Putin", "2025-02-12"), ("phone call", "Donald Trump; Vladimir Putin", "2025-03-18")]),
    "an agency's mixed-case dateline": (
        "Washington, December 8 TASS — Mikhail Gorbachev, General Secretary of the CPSU Central Committee, and United States President Ronald Reagan "
        "today signed at the White House the Treaty between the USSR and the USA on the Elimination of Their Intermediate-Range and Shorter-Range Missiles.",
        dt.date(1987, 12, 8), [("treaty action", "Mikhail Gorbachev; Ronald Reagan", "1987-12-08")]),
    # "after Konstantin Chernenko's funeral": whose funeral, not who met
    "a possessive event is no party": (
        "MOSCOW, March 13 — Vice President George Bush met with Mikhail S. Gorbachev after Konstantin Chernenko's funeral on Wednesday.",
        dt.date(1985, 3, 14), [("in-person meeting", "George H. W. Bush; Mikhail Gorbachev", "1985-03-13")]),
    # "…, whom he had first called on Tuesday …": the date is the relative clause's; the main
    # clause's contact is a row of its own (dated by the call told before it)
    "main clause beside a dated relative clause": (
        "Bush spoke by telephone with Gorbachev on Wednesday. Bush also talked again with Boris Yeltsin, whom he had first called on Tuesday to offer support.",
        dt.date(1991, 8, 22), [("contact", "George H. W. Bush; Boris Yeltsin", "1991-08-21")]),
    # "President Bush" in 1989 is the father: the article's pair are the two heads of state then
    "a summit naming no one is its era's leaders'": (
        "The one-day summit in Malta on Saturday was arranged in a hurry. President Bush and President Gorbachev left without a joint statement.",
        dt.date(1989, 12, 4), [("summit", "George H. W. Bush; Mikhail Gorbachev", "1989-12-02")]),
    "a which-clause with a contact of its own": (
        "Biden and Putin spoke by telephone on Tuesday to back the truce, which Blinken and Lavrov had worked out in calls on Monday.",
        dt.date(2022, 1, 5), [("phone call", "Joe Biden; Vladimir Putin", "2022-01-04"), ("phone call", "Antony Blinken; Sergey Lavrov", "2022-01-03")]),
    "the treaty that others signed": (
        "Kerry and Lavrov met in Geneva on Friday to mark the anniversary of the treaty that Presidents Obama and Dmitri A. Medvedev signed in Prague in April 2010.",
        dt.date(2011, 4, 9), [("treaty action", "Barack Obama; Dmitry Medvedev", "2010-04")]),
    "a meeting told before the subject": (
        "After talking for three hours with Foreign Minister Sergey V. Lavrov, Secretary of State John Kerry was received at the Kremlin by Mr. Putin on Tuesday evening.",
        dt.date(2013, 5, 8), [("in-person meeting", "John Kerry; Vladimir Putin", "2013-05-07"), ("in-person meeting", "John Kerry; Sergey Lavrov", "2013-05-07")]),
    # the other side's prisoner named in the next sentence
    "a swap's other side told after 'In exchange'": (
        "Evan Gershkovich and Paul Whelan were freed on Thursday in a prisoner swap at Ankara airport. In exchange, Germany released Vadim Krasikov, who had been jailed for a murder in Berlin.",
        dt.date(2024, 8, 2), [("prisoner exchange", "Evan Gershkovich; Paul Whelan; Vadim Krasikov", "2024-08-01")]),
    # the day a called-off contact had been set for, told in the next sentence or a relative clause
    "the day a cancelled meeting was set for": (
        "President Trump canceled his planned meeting with President Putin in Buenos Aires on Thursday. The meeting had been scheduled for Saturday.",
        dt.date(2018, 11, 29), [("summit", "Donald Trump; Vladimir Putin", "2018-12-01")]),
    "a which-clause giving the day it was set for": (
        "The crisis scrapped Mr. Primakov's meeting with Mr. Gore in Washington, which had been scheduled to open today.",
        dt.date(1999, 3, 24), [("in-person meeting", "Yevgeny Primakov; Al Gore", "1999-03-24")]),
    # "met privately … before the ceremony": the signing's day, not the call told after it
    "a meeting placed by the signing ceremony": (
        "President Obama and President Medvedev signed the treaty in Prague on Thursday, capping a negotiation the two men closed in a telephone call on March 26. "
        "The leaders met privately for more than an hour before the ceremony.",
        dt.date(2010, 4, 8), [("treaty action", "Barack Obama; Dmitry Medvedev", "2010-04-08"), ("phone call", "Barack Obama; Dmitry Medvedev", "2010-03-26"),
                              ("summit", "Barack Obama; Dmitry Medvedev", "2010-04-08")]),
}


def test_what_was_discussed_is_a_topic_not_a_contact_of_its_own():
    # "discussed … the extension of the treaty": the discussion is the contact, the treaty its topic
    rows = contacts("Lavrov told reporters that he and Pompeo had discussed strategic stability and the extension of the New START treaty on Tuesday.", dt.date(2019, 12, 10))
    assert "treaty action" not in set(rows["contact_type"]), rows[["contact_type", "participants"]]
    rows = contacts("Kerry and Lavrov discussed Syria on Friday and signed the agreement.", dt.date(2016, 9, 10))
    assert "treaty action" in set(rows["contact_type"]), rows[["contact_type", "participants"]]


@pytest.mark.parametrize("case", list(DATED_CONTACTS))
def test_dated_contacts(case):
    text, published, expected = DATED_CONTACTS[case]
    rows = dated(contacts(text, published))
    assert set(expected) <= rows, rows


def test_an_agreement_announced_is_a_treaty_action_and_its_deadline_no_contact():
    rows = contacts("Secretary of State John Kerry and Foreign Minister Sergei Lavrov announced on Saturday a framework agreement for locating and "
                    "destroying Syria's chemical weapons by mid-2014.", dt.date(2013, 9, 14))
    assert ("treaty action", "2013-09-14") in set(zip(rows["contact_type"], rows["value"], strict=True)), rows[["contact_type", "value"]]
    # "by mid-2014" is when the weapons are to be gone, not a contact planned for then
    assert not rows[(rows["expression"] == "by mid-2014") & (rows["contact_type"] != "")].shape[0], rows[["expression", "contact_type"]]
    # a meeting's own deadline stays a planned meeting
    rows = contacts("Kerry and Lavrov agreed to meet again by the end of the month.", dt.date(2013, 9, 14))
    assert "in-person meeting" in set(rows["contact_type"]), rows[["contact_type", "expression"]]


def test_a_second_thing_said_after_and_that_is_a_clause_of_its_own():
    # "said he spoke with Putin on Thursday and that the two had agreed to meet": the meeting is
    # a plan with no day of its own, not the call's Thursday
    rows = contacts("Trump said he spoke by phone with Putin on Thursday and that the two had agreed to meet in Budapest, with a date still to be set.",
                    dt.date(2025, 10, 17))
    got = set(zip(rows["contact_type"], rows["modality"], rows["value"], strict=True))
    assert ("phone call", "occurred", "2025-10-16") in got, got
    assert ("summit", "planned", "") in got, got



@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Hillary Rodham Clinton and Russian Foreign Minister Sergey Lavrov exchanged ratification documents Saturday, bringing into force "
        "the New START treaty signed by Presidents Barack Obama and Dmitry Medvedev in Prague last April.",
        "US Secretary of State Hillary Clinton and Russian Foreign Minister Sergei Lavrov on Saturday exchanged the instruments of ratification for the New "
        "START treaty, bringing into force the pact their presidents, Barack Obama and Dmitry Medvedev, signed in Prague last April.",
    ],
)
def test_a_treaty_signed_by_others_in_a_reduced_relative_is_their_signing(text):
    got = dated(contacts(text, dt.date(2011, 2, 5)))
    assert ("treaty action", "Barack Obama; Dmitry Medvedev", "2010-04") in got, got
    assert not any(who == "Hillary Clinton; Sergey Lavrov" and day == "2010-04" for _, who, day in got), got


def test_a_deadline_inside_a_declarations_terms_is_no_contact():
    rows = contacts("President Clinton and President Boris Yeltsin signed a declaration at the Kremlin on Friday under which, by May 30, neither "
                    "country's strategic missiles will be aimed at the other.", dt.date(1994, 1, 15))
    assert set(rows["value"]) == {"1994-01-14"}, rows[["contact_type", "expression", "value"]]


# --- causes found by the blind contact batches c137-c140 (each written in other words than the batch)


def _kinds(paragraph: str, published: dt.date) -> set[tuple[str, str, str]]:
    """(contact type, value, modality) of every contact row of a one-paragraph article."""
    tl = timeline(make_article([paragraph], published))
    tl = tl[tl["contact_type"] != ""]
    return set(zip(tl["contact_type"], tl["value"].str[:10], tl["modality"], strict=True))


def test_a_joint_statement_beside_a_summit_is_its_own_contact_when_another_clause_has_a_date():
    text = ("HELSINKI (AP) — President Bush and President Gorbachev ended their one-day summit today with a joint statement "
            "condemning Iraq, and set a timetable: Gorbachev will come to Washington next year.")
    kinds = _kinds(text, dt.date(1990, 9, 9))
    assert ("summit", "1990-09-09", "occurred") in kinds and ("statement", "1990-09-09", "occurred") in kinds, kinds


def test_a_document_after_the_meeting_is_the_meetings_day_and_kind():
    text = ("VIENNA, June 4. /TASS/. Vladimir Putin and Bill Clinton have wrapped up their talks at the Hofburg, presidential aide Sergei Prikhodko told reporters. "
            "After the talks, the presidents signed a joint declaration on strategic stability.")
    kinds = _kinds(text, dt.date(2000, 6, 4))
    assert ("statement", "2000-06-04", "occurred") in kinds, kinds


def test_leaving_a_treaty_and_a_title_inside_a_signing_phrase():
    assert ("treaty action", "2019-08-02", "occurred") in _kinds("The United States formally quit the Open Skies Treaty with Russia on Friday.", dt.date(2019, 8, 2))
    text = "Presidents Gorbachev and Bush signed in St. George's Hall of the Kremlin today the treaty on strategic arms."
    assert ("treaty action", "1991-07-31", "occurred") in _kinds(text, dt.date(1991, 7, 31))
    # (leaving a meeting is no treaty step)
    assert all(k[0] != "treaty action" for k in _kinds("Lavrov left the talks without an agreement on Friday after meeting Blinken.", dt.date(2021, 12, 3)))


def test_a_since_clause_with_its_own_contact_keeps_its_own_people():
    text = "Trump and Putin met on Monday in Helsinki, the first summit since George W. Bush sat down with Putin in Sochi in 2008."
    tl = timeline(make_article([text], dt.date(2018, 7, 17)))
    people = {(v[:4], p) for v, p in zip(tl["value"], tl["participants"], strict=True) if p}
    assert ("2018", "Donald Trump; Vladimir Putin") in people and ("2008", "George W. Bush; Vladimir Putin") in people, people


def test_a_joint_statement_in_a_conjunct_of_the_same_subject_and_a_year_in_a_treatys_name():
    text = "Putin and Bush held talks at the Kremlin on Friday, and emerged with a joint declaration on their new strategic relationship."
    assert ("statement", "2002-05-24", "occurred") in _kinds(text, dt.date(2002, 5, 25))
    # "the 1991 Strategic Arms Reduction Treaty" names the treaty; the contact's day is Monday
    text = ("Obama and Medvedev agreed Monday at their Kremlin summit to cut their arsenals, signing a joint understanding on a "
            "successor to the 1991 Strategic Arms Reduction Treaty.")
    kinds = _kinds(text, dt.date(2009, 7, 7))
    assert ("statement", "2009-07-06", "occurred") in kinds and not any(k[1] == "1991" for k in kinds), kinds
    # what a statement commits the two to is its content, not a contact of its own
    text = "Biden and Putin met in Geneva on Wednesday and issued a joint statement committing the two countries to a strategic stability dialogue."
    assert ("statement", "2021-06-16", "occurred") in _kinds(text, dt.date(2021, 6, 17))


def test_a_swap_told_with_its_countries_takes_the_prisoners_the_next_sentence_names():
    text = ("The United States and Russia completed a spy swap on the tarmac in Vienna on Friday. Those flown to Moscow included "
            "Anna Chapman, while Igor Sutyagin was among those sent west.")
    tl = timeline(make_article([text], dt.date(2010, 7, 10)))
    swap = tl[tl["contact_type"] == "prisoner exchange"]
    assert "Anna Chapman" in swap["participants"].iloc[0] and "Igor Sutyagin" in swap["participants"].iloc[0], swap["participants"].tolist()


def _planned_talks_participants(paragraph: str, published: dt.date) -> set[str]:
    """The participants of the planned talks rows of a one-paragraph article."""
    tl = timeline(make_article([paragraph], published))
    return set(tl[(tl["contact_type"] == "talks/negotiations") & (tl["modality"] == "planned")]["participants"])


def test_the_two_countries_and_talks_still_to_come_are_the_governments():
    text = ("GENEVA (Reuters) - Joe Biden and Vladimir Putin met for three hours on Wednesday. "
            "Under their joint statement, the two countries will open a dialogue on arms control in the near future.")
    assert _planned_talks_participants(text, dt.date(2021, 6, 17)) == {"United States; Russia"}
    text = "Lavrov and Tillerson met for five hours in Moscow on Wednesday. Negotiations on a new embassy agreement will begin next year, officials said."
    assert _planned_talks_participants(text, dt.date(2017, 4, 13)) == {"United States; Russia"}


def test_a_treatys_signers_in_a_which_clause_and_a_deadline_in_its_terms():
    text = "The United States formally quit on Friday the Open Skies Treaty, which Bill Clinton and Boris Yeltsin signed in 1992, citing violations."
    tl = timeline(make_article([text], dt.date(2020, 11, 22)))
    friday = tl[tl["value"] == "2020-11-20"]
    assert not friday.empty and not any("Clinton" in p for p in friday["participants"]), tl[["expression", "participants"]]
    text = ("Putin and Bush signed in the Kremlin today the Moscow Treaty, under which each side is to cut its warheads to "
            "between 1,700 and 2,200 by the end of 2012.")
    kinds = _kinds(text, dt.date(2002, 5, 24))
    assert ("treaty action", "2002-05-24", "occurred") in kinds and not any(k[1] == "2012" for k in kinds), kinds


def test_the_sides_agreeing_to_talks_to_come_are_the_two_countries():
    text = "Blinken and Lavrov met for 90 minutes in Geneva on Friday. The sides agreed to hold further consultations on the work of their embassies."
    assert _planned_talks_participants(text, dt.date(2022, 1, 22)) == {"United States; Russia"}


def test_a_deadline_in_what_was_agreed_dates_no_contact():
    text = "Clinton and Yeltsin agreed on Friday that by May 30 neither country's missiles would be aimed at the other."
    assert all(k[1] != "1994-05-30" for k in _kinds(text, dt.date(1994, 1, 15)))


def test_a_report_date_after_an_adverb_dates_the_report_not_a_second_contact():
    text = "The two presidents will meet in Vienna on June 4, the White House and the Kremlin said jointly on Monday."
    rows = _contacts(text, dt.date(2021, 5, 25))
    assert [(r[0], r[2], r[3]) for r in rows] == [("summit", "2021-06-04", "planned")], rows


def test_the_source_after_according_to_and_a_title_is_no_participant():
    rows = _contacts("Witkoff met Putin in St. Petersburg on Friday, according to Kremlin spokesman Dmitry Peskov.", dt.date(2025, 4, 12))
    assert rows and all("Peskov" not in r[1] for r in rows), rows
    assert any("Witkoff" in r[1] and "Putin" in r[1] for r in rows), rows


def test_contacts_a_dash_spells_out_are_between_the_pair_named_before_it():
    text = "Markets steadied after two contacts between Biden and Putin — a video call on Dec. 7 and a phone call on Dec. 30."
    rows = _contacts(text, dt.date(2022, 1, 11))
    kinds = {(k[0], k[2]) for k in rows}
    assert {("video call", "2021-12-07"), ("phone call", "2021-12-30")} <= kinds, rows
    assert all(r[1] == "Joe Biden; Vladimir Putin" for r in rows), rows


# --- causes found by the blind held-out contact batch c151 (other words than theirs)


def test_delegations_agreeing_to_reconvene_is_talks_still_to_come():
    text = ("U.S. envoy Marshall Billingslea and Russian Deputy Foreign Minister Sergei Ryabkov held a full day of consultations in Vienna on Tuesday. "
            "A spokeswoman said the two teams had agreed to reconvene in early October.")
    assert ("talks/negotiations", "2020-10", "planned") in _kinds(text, dt.date(2020, 8, 19))


def test_joining_a_third_leader_in_signing_a_statement_is_a_statement():
    text = "Presidents Bush and Yeltsin joined the Kazakh leader in signing a statement on nuclear arms in the Kremlin today."
    assert ("statement", "1993-01-03", "occurred") in _kinds(text, dt.date(1993, 1, 3))


def test_a_deadline_agreed_and_the_signing_told_after_a_comma():
    text = ("Clinton and Yeltsin agreed on Friday that by May 30 no missile of either side would target the other, "
            "signing the accord after three hours of talks in the Kremlin.")
    kinds = _kinds(text, dt.date(1994, 1, 15))
    assert all(k[1] != "1994-05-30" for k in kinds), kinds
    assert all(k[2] == "occurred" for k in kinds if k[1] == "1994-01-14"), kinds


def test_an_envoy_summoned_and_handed_a_note_is_a_meeting():
    rows = _contacts("Russia's Foreign Ministry summoned U.S. Ambassador John Sullivan on Tuesday and handed him a protest note.", dt.date(2021, 4, 15))
    assert rows and all(r[0] == "in-person meeting" for r in rows), rows


def test_the_swap_told_before_is_not_the_contact_of_a_later_sentence():
    text = ("Russia freed an American teacher in exchange for a Russian banker on Tuesday. "
            "The White House said the swap came after Biden pressed Putin on the case at their summit in Geneva last June.")
    kinds = _kinds(text, dt.date(2022, 4, 28))
    assert ("summit", "2021-06", "occurred") in kinds, kinds


# --- causes found by the blind held-out contact batch c152 (other words than theirs)


@pytest.mark.parametrize("sentence", [
    "Pompeo's first sit-down with Lavrov took place in Sochi on Tuesday.",
    "Burns had a long audience with Putin at the Kremlin on Tuesday.",
    "A session between Sullivan and Patrushev was held in Geneva on Tuesday.",
    "Kerry and Lavrov sized each other up over a working lunch in Rome on Tuesday.",
])
def test_a_meeting_told_by_its_noun(sentence):
    rows = _contacts(sentence, dt.date(2019, 5, 16))
    assert [(r[0], r[2]) for r in rows] == [("in-person meeting", "2019-05-14")], rows


def test_a_meeting_turned_down_did_not_take_place():
    rows = _contacts("At the Bali ministerial in July, Lavrov had turned down a meeting with Blinken.", dt.date(2023, 3, 3))
    assert rows and all(r[3] == "denied" for r in rows), rows


# --- causes found by the blind held-out contact batch c153 (other words than theirs)


def test_a_call_just_finished_and_a_treaty_signed_in_a_live_entry_are_the_days():
    rows = _contacts("Secretary of State Rubio has just gotten off the phone with Sergei Lavrov, officials say.", dt.date(2025, 5, 3))
    assert [(r[0], r[2]) for r in rows] == [("phone call", "2025-05-03")], rows
    text = "GENEVA LIVE — 14:05: Done. Biden and Putin have signed a joint statement on strategic stability."
    kinds = _kinds(text, dt.date(2021, 6, 16))
    assert ("statement", "2021-06-16", "occurred") in kinds, kinds


def test_envoys_due_to_sit_down_and_leaders_putting_their_names_to_a_treaty():
    kinds = _kinds("James Baker and Eduard Shevardnadze are due to sit down in Wyoming later this afternoon.", dt.date(1989, 9, 22))
    assert ("in-person meeting", "1989-09-22", "planned") in kinds, kinds
    kinds = _kinds("Reagan and Gorbachev put their names to the treaty in the East Room on Tuesday.", dt.date(1987, 12, 9))
    assert ("treaty action", "1987-12-08", "occurred") in kinds, kinds


# --- causes found by the blind held-out contact batch c154 (other words than theirs)


def test_translated_agency_forms_of_a_contact():
    kinds = _kinds("WASHINGTON, December 10. (TASS). The Soviet-American meeting at the highest level ended here today.", dt.date(1987, 12, 10))
    assert ("summit", "1987-12-10", "occurred") in kinds, kinds
    text = ("The treaty was signed yesterday by Mikhail Sergeyevich Gorbachev, General Secretary of the CPSU Central Committee, "
            "and Ronald Reagan, President of the United States of America.")
    tl = timeline(make_article([text], dt.date(1987, 12, 9)))
    treaty = tl[(tl["contact_type"] == "treaty action") & (tl["value"] == "1987-12-08")]
    assert not treaty.empty and set(treaty["participants"]) == {"Mikhail Gorbachev; Ronald Reagan"}, tl[["expression", "contact_type", "participants"]]
