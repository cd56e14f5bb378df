"""The reference timeline (data/contacts.csv) and claim checking against it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdesk.contacts import (
    CLAIM_COLUMNS,
    CONTACT_COLUMNS,
    SHARED_REFERENCE,
    VERDICTS,
    _dated_contacts,
    build_contacts,
    check_claims,
    load_contacts,
)
from newsdesk.timeline import CAMEO

from .test_timeline import make_article

OUR_TYPES = {"phone call", "video call", "in-person meeting", "brief encounter", "summit", "talks/negotiations", "prisoner exchange"}


@pytest.fixture(scope="module")
def contacts():
    return load_contacts()


def test_reference_file_shape(contacts):
    assert list(contacts.columns[: len(CONTACT_COLUMNS)]) == CONTACT_COLUMNS
    assert contacts["id"].is_unique
    assert contacts["date"].notna().all()
    assert contacts["date"].min() >= pd.Timestamp("2021-01-01")
    assert set(contacts["contact_type"]) <= OUR_TYPES
    assert set(contacts["cameo_code"]) <= set(CAMEO)
    # every row keeps its source
    assert contacts["source_url"].str.startswith("http").all()
    assert contacts["confidence"].isin(["high", "medium", "low"]).all()


def test_reference_matches_its_builder(contacts):
    if not SHARED_REFERENCE.exists():
        pytest.skip("the shared research file is not on this machine")
    rebuilt = build_contacts()
    shipped = pd.read_csv(_data_path(), dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(shipped[CONTACT_COLUMNS].reset_index(drop=True), rebuilt[CONTACT_COLUMNS].reset_index(drop=True))
    shared = pd.read_csv(SHARED_REFERENCE, dtype=str, keep_default_na=False)
    assert list(shipped["source_url"]) == list(shared["source_url"])
    assert list(shipped["secondary_source_urls"]) == list(shared["secondary_source_urls"])


def _data_path():
    from newsdesk.paths import data_file

    return data_file("contacts.csv")


def test_reference_actor_ids(contacts):
    by = contacts.set_index("id")
    assert by.loc["C024", "us_actor_ids"] == "blinken" and by.loc["C024", "russian_actor_ids"] == "lavrov"
    assert by.loc["C026", "us_actor_ids"] == "burns" and by.loc["C026", "russian_actor_ids"] == "naryshkin"
    assert by.loc["C027", "contact_type"] == "prisoner exchange" and by.loc["C027", "cameo_code"] == "0841"
    assert by.loc["C005", "contact_type"] == "summit"


def test_seed_claims(seed):
    claims = check_claims(seed)
    assert list(claims.columns) == CLAIM_COLUMNS
    assert set(claims["verdict"]) <= set(VERDICTS)
    pair = claims[claims["claim"].str.contains("since July")].iloc[0]
    assert pair["verdict"] == "supported"
    assert set(pair["participants"].split("; ")) == {"Antony Blinken", "Sergey Lavrov"}
    assert "2022-07-29" in pair["last_matching"]
    assert "yahoo.com" in pair["source_urls"]  # the reference row's source is cited
    country = claims[claims["claim"].str.contains("in months")].iloc[0]
    assert country["verdict"] == "contested"
    assert "two countries" in country["scope"]
    assert "2022-11-14" in country["counter_examples"] and "Naryshkin" in country["counter_examples"]
    assert "2022-12-08" in country["explanation"]  # the Griner–Bout swap is listed as context
    assert "dw.com" in country["source_urls"]


@pytest.mark.parametrize(
    "sentence, published, verdict",
    [
        ("It was the first call between Lloyd Austin and Sergei Shoigu since May.", dt.date(2022, 10, 22), "supported"),
        ("Blinken and Lavrov met for the first time since January 2022.", dt.date(2023, 3, 2), "supported"),  # in person: Geneva, 21 Jan 2022
        ("It was the first contact between Blinken and Lavrov since January 2022.", dt.date(2023, 3, 2), "contested"),  # calls in Feb and July 2022
        ("Biden and Putin have not spoken since February.", dt.date(2022, 6, 1), "supported"),
        ("Blinken and Lavrov last spoke in February.", dt.date(2022, 6, 1), "supported"),
        ("Blinken and Lavrov last spoke in January.", dt.date(2022, 6, 1), "contested"),
        ("It was the first US-Russian summit in years.", dt.date(2025, 8, 16), "supported"),
        ("It was the first meeting between the two countries in months.", dt.date(2022, 11, 20), "contested"),
        ("Blinken met Lavrov on Thursday, the first in-person meeting between the top diplomats since Russia invaded Ukraine.", dt.date(2023, 3, 2), "supported"),
        ("It was the first face-to-face talks between senior US and Russian officials since the war began.", dt.date(2025, 2, 19), "contested"),  # Burns–Naryshkin, Ankara 2022
    ],
)
def test_constructed_claims(sentence, published, verdict):
    claims = check_claims(make_article(["Title", sentence], published))
    assert len(claims) == 1, claims
    assert claims.iloc[0]["verdict"] == verdict, claims.iloc[0]["explanation"]
    assert claims.iloc[0]["explanation"]


def test_claims_from_a_given_timeline_equal_claims_worked_out(seed, tmp_path):
    """The explorer hands over the article's timeline rows read back from the Parquet cache;
    the claims must be the same as when the timeline is worked out again."""
    from newsdesk.timeline import timeline_for_article

    articles = [seed, make_article(["Title", "It was the first call between Lloyd Austin and Sergei Shoigu since May."], dt.date(2022, 10, 22))]
    for article in articles:
        tl = timeline_for_article(article)
        tl.to_parquet(tmp_path / "tl.parquet")
        stored = pd.read_parquet(tmp_path / "tl.parquet")
        expected = check_claims(article)
        assert len(expected)
        got = check_claims(article, timelines={article.article_id: stored})
        pd.testing.assert_frame_equal(got.astype(str), expected.astype(str))


def test_a_given_timeline_is_used(seed):
    """The claim is placed at the article's own dated contact: a timeline with another date
    moves it (so the rows passed in are really read, not worked out again)."""
    from newsdesk.timeline import timeline_for_article

    tl = timeline_for_article(seed)
    contacts_rows = (tl["type"] == "date") & (tl["modality"] == "occurred") & (tl["contact_type"] != "")
    assert contacts_rows.any()
    moved = tl.copy()
    moved.loc[contacts_rows, "start"] = pd.Timestamp("2023-02-20")
    moved.loc[contacts_rows, "value"] = "2023-02-20"
    before = set(check_claims(seed)["event_date"])
    after = set(check_claims(seed, timelines={seed.article_id: moved})["event_date"])
    assert before != after and any(d.startswith("2023-02-20") for d in after)


def test_unknown_people_give_not_enough_data():
    claims = check_claims(make_article(["Title", "It was the first meeting between the two envoys since May, they said."], dt.date(2022, 10, 1)))
    assert claims.iloc[0]["verdict"] == "not enough data"


def test_no_claims_no_rows():
    claims = check_claims(make_article(["Title", "Blinken and Lavrov met on Thursday."], dt.date(2023, 3, 2)))
    assert claims.empty and list(claims.columns) == CLAIM_COLUMNS


def test_claims_from_the_whole_timeline_table_equal_claims_worked_out(seed):
    """The notebook hands over the corpus's cached timeline table in one piece; an article with
    no rows in it (no dated contact) is taken to have none, not worked out again."""
    from newsdesk.corpus import Corpus
    from newsdesk.timeline import timeline

    other = make_article(["Title", "It was the first call between Lloyd Austin and Sergei Shoigu since May."], dt.date(2022, 10, 22), article_id="other")
    quiet = make_article(["Title", "It was the first time in months that the two had met, officials said."], dt.date(2022, 10, 22), article_id="quiet")
    corpus = Corpus.from_articles([seed, other, quiet])
    table = timeline(corpus)
    expected = check_claims(corpus)
    assert len(expected) and set(expected["article_id"]) >= {seed.article_id, "other"}
    got = check_claims(corpus, timelines=table)
    pd.testing.assert_frame_equal(got.astype(str), expected.astype(str))


def _dated_contacts_by_columns(tl: pd.DataFrame):
    """_dated_contacts as whole-column operations (how it was written before it read lists)."""
    if not len(tl):
        return None
    keep = (tl["type"] == "date") & (tl["modality"] == "occurred") & (tl["contact_type"].fillna("").astype(str) != "")
    keep &= tl["value"].astype(str).str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)
    start = pd.to_datetime(tl["start"])
    return [(when, {x.strip() for x in ids.split(";")}) for when, ids, ok in zip(start, tl["participant_ids"].astype(str), keep, strict=True) if ok]


_TL_COLUMNS = ["type", "modality", "contact_type", "value", "start", "participant_ids"]
_TL_ROW = st.fixed_dictionaries({
    "type": st.sampled_from(["date", "vague", "duration", "event_anchored", ""]),
    "modality": st.sampled_from(["occurred", "planned", "denied", ""]),
    "contact_type": st.sampled_from(["phone call", "in-person meeting", "", None]),
    "value": st.sampled_from(["2022-07-29", "2022-07", "2023-W08", "", "2022-07-29T10", None]),
    "start": st.sampled_from([dt.date(2022, 7, 29), dt.date(2023, 3, 2), None]),
    "participant_ids": st.sampled_from(["Q1; Q2", "Q1", "", "Q3;Q4 "]),
})


@given(st.lists(_TL_ROW, max_size=12), st.booleans())
@settings(max_examples=200, deadline=None)
def test_dated_contacts_from_lists_equal_the_column_version(rows, arrow):
    tl = pd.DataFrame(rows, columns=_TL_COLUMNS) if rows else pd.DataFrame(columns=_TL_COLUMNS)
    if arrow and rows:  # the analysis cache hands back Arrow-backed strings
        for col in ("type", "modality", "contact_type", "value", "participant_ids"):
            tl[col] = tl[col].astype("string[pyarrow]")
    assert _dated_contacts(tl) == _dated_contacts_by_columns(tl)
