"""The timeline chart (inline SVG): every event drawn, labels apart, text escaped, ticks sane."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from newsdesk.contacts import load_contacts
from newsdesk.ui.timeline_chart import (
    MAX_LABELS,
    MAX_PUBLISHED_LINES,
    _label_rows,
    chart_frame,
    timeline_chart_html,
)

SVG_NS = "{http://www.w3.org/2000/svg}"


def events_frame(days: list[str], kinds: list[str] | None = None, ends: list[str] | None = None, **columns) -> pd.DataFrame:
    """Timeline rows (the columns the chart reads) for events on ``days``."""
    n = len(days)
    start = pd.to_datetime(pd.Series(days))
    frame = pd.DataFrame({
        "article_id": "a1", "paragraph_no": list(range(n)), "type": "date", "value": [d[:10] for d in days],
        "time_role": "when", "start": start, "end": pd.to_datetime(pd.Series(ends)) if ends else start,
        "contact_type": kinds or ["phone call"] * n, "modality": "occurred",
        "participant_ids": "blinken; lavrov", "participants": "Antony Blinken; Sergei Lavrov",
        "expression": [f"phrase {i}" for i in range(n)],
    })
    for name, value in columns.items():
        frame[name] = value
    return frame


def svg_of(markup: str) -> ET.Element:
    """The chart's SVG parsed as XML: it must be well-formed, not just tolerated by a browser."""
    found = re.search(r"<svg.*</svg>", markup, re.S)
    assert found, markup[:500]
    return ET.fromstring(found.group())


def marks(svg: ET.Element) -> list[ET.Element]:
    """Event marks: filled shapes with a tooltip (reference circles are transparent)."""
    return [e for e in svg.iter() if e.tag in {SVG_NS + t for t in ("circle", "rect", "polygon", "path")}
            and e.find(SVG_NS + "title") is not None and e.get("fill-opacity") != "0"]


def events_in(mark: ET.Element) -> int:
    tip = mark.find(SVG_NS + "title").text
    many = re.match(r"(\d[\d,]*) events here", tip)
    return int(many.group(1).replace(",", "")) if many else 1


def test_thousands_of_events_become_one_mark_per_pixel_and_none_is_lost():
    """"(all)" over a big corpus: events on the same pixel share a mark whose tooltip counts
    them, so the page stays small, and the counts add up to every event in the window."""
    n = 3000
    days = [str((pd.Timestamp("2022-01-01") + pd.Timedelta(days=i % 700)).date()) for i in range(n)]
    kinds = [("phone call", "in-person meeting", "", "summit")[i % 4] for i in range(n)]
    ends = [str((pd.Timestamp(d) + pd.Timedelta(days=6 if i % 5 == 0 else 0)).date()) for i, d in enumerate(days)]
    events = events_frame(days, kinds, ends)
    events["modality"] = [("occurred", "planned", "denied", "")[i % 4] for i in range(n)]
    published = sorted({pd.Timestamp(d) for d in days})
    markup = timeline_chart_html(events, load_contacts(), published=published)
    svg = svg_of(markup)
    drawn = marks(svg)
    assert len(drawn) < n / 2
    assert sum(events_in(m) for m in drawn) == n
    assert "too many to label" in markup and "phrase 1" not in "".join(t.text or "" for t in svg.iter(SVG_NS + "text"))
    assert len(published) > MAX_PUBLISHED_LINES and "dotted line = publication date" not in markup
    legend = re.findall(r"</span>([^<]+)</li>", markup)
    assert {"blue = phone call", "vermillion = in-person meeting", "grey = other event"} <= set(legend)
    assert len(legend) == len(set(legend))  # each colour named once
    assert len(markup) < 1_500_000


def test_few_contacts_are_labelled_and_labels_on_one_day_do_not_overlap():
    days = ["2023-03-02", "2023-03-02", "2023-03-02", "2023-05-10"]
    markup = timeline_chart_html(events_frame(days), published=["2023-03-03"])
    svg = svg_of(markup)
    labels = [t for t in svg.iter(SVG_NS + "text") if (t.text or "").startswith("'phrase")]
    assert len(labels) == 4
    same_day = [float(t.get("y")) for t in labels if t.text in ("'phrase 0'", "'phrase 1'", "'phrase 2'")]
    assert len(set(same_day)) == 3  # three rows, not one smear
    assert "dotted line = publication date" in markup
    assert len(list(svg.iter(SVG_NS + "line"))) > 1


def test_label_rows_reuse_a_row_once_it_is_free():
    assert _label_rows([0, 10, 200], [100, 100, 50]) == [0, 1, 0]
    assert _label_rows([0, 0, 0, 0, 0, 0], [50] * 6)[-1] == 3  # capped: the top row


def test_more_contacts_than_labels_are_counted_not_written():
    days = [str((pd.Timestamp("2023-01-01") + pd.Timedelta(days=i)).date()) for i in range(MAX_LABELS + 1)]
    markup = timeline_chart_html(events_frame(days))
    assert f"{MAX_LABELS + 1:,} contacts: too many to label" in markup


def test_positions_follow_dates_and_bars_cover_their_interval():
    events = events_frame(["2022-07-01", "2023-03-02"], ends=["2022-07-31", "2023-03-02"])
    svg = svg_of(timeline_chart_html(events, start=pd.Timestamp("2022-06-01").date(), end=pd.Timestamp("2023-06-30").date()))
    bar = next(e for e in marks(svg) if e.tag == SVG_NS + "rect")
    dot = next(e for e in marks(svg) if e.tag == SVG_NS + "circle")
    x_bar, width = float(bar.get("x")), float(bar.get("width"))
    assert x_bar < float(dot.get("cx"))
    per_day = (float(dot.get("cx")) - x_bar) / (pd.Timestamp("2023-03-02") - pd.Timestamp("2022-07-01")).days
    assert width == pytest.approx(30 * per_day, rel=0.05)  # 1–31 July: a month-long bar
    ticks = [t.text for t in svg.iter(SVG_NS + "text") if t.get("text-anchor") == "middle"]
    assert "2023" in ticks and len(ticks) >= 4


def test_article_text_is_escaped_and_stays_literal():
    evil = "<script>alert(1)</script> \"x\" & <img src=x onerror=alert(1)>"
    events = events_frame(["2023-03-02"], expression=[evil], participants=[evil])
    markup = timeline_chart_html(events, lanes="participant pair")
    assert "<script" not in markup and "<img" not in markup
    svg = svg_of(markup)
    assert any(evil in (t.text or "") for t in svg.iter(SVG_NS + "text"))  # the label, as written
    assert any(evil in (t.text or "") for t in svg.iter(SVG_NS + "title"))  # the tooltip


def test_long_lane_names_are_shortened_with_the_full_name_on_hover():
    long = "; ".join(f"Person Number {i}" for i in range(12))
    svg = svg_of(timeline_chart_html(events_frame(["2023-03-02"], participants=[long]), lanes="participant pair"))
    lane = next(t for t in svg.iter(SVG_NS + "text") if t.get("text-anchor") == "end" and (t.text or "").startswith("Person"))
    assert lane.text.endswith("…") and lane.find(SVG_NS + "title").text == long.replace("; ", " – ")


def test_nothing_dated_still_draws_an_empty_chart():
    empty = events_frame([]).iloc[0:0]
    svg = svg_of(timeline_chart_html(empty))
    assert any(t.text == "(nothing dated)" for t in svg.iter(SVG_NS + "text"))
    assert marks(svg) == []


def test_pair_lanes_keep_only_the_reference_contacts_of_those_pairs():
    frame = chart_frame(events_frame(["2023-03-02"]), load_contacts(), lanes="participant pair")
    assert set(frame.reference["lane"]) <= set(frame.lanes)
    assert len(frame.reference) >= 3  # Blinken–Lavrov met and spoke several times in the record


def test_pair_lanes_outside_the_window_take_their_reference_contacts_with_them():
    events = events_frame(["2021-06-16", "2023-03-02"], participant_ids=["biden; putin", "blinken; lavrov"], participants=["Joe Biden; Vladimir Putin", "Antony Blinken; Sergei Lavrov"])
    frame = chart_frame(events, load_contacts(), lanes="participant pair", start=pd.Timestamp("2023-01-01").date(), end=pd.Timestamp("2023-12-31").date())
    assert frame.lanes == ["Antony Blinken – Sergei Lavrov"] and set(frame.reference["lane"]) == set(frame.lanes)
    assert "<svg" in timeline_chart_html(events, load_contacts(), lanes="participant pair", start=pd.Timestamp("2023-01-01").date(), end=pd.Timestamp("2023-12-31").date())
