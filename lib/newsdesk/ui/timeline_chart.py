"""The timeline chart as inline SVG: the article's dated events over the sourced reference record.

One lane per contact type (or per participant pair). The article's events are filled marks
(month- or week-level values are bars over the whole interval, so no day is invented), the
reference record's contacts are hollow grey circles, publication dates are dotted lines.
Colours are Okabe–Ito and every colour is named in words in the legend under the chart.

Why hand-written SVG instead of a matplotlib picture: the PNG took 230–400 ms per widget
callback at 10,000 articles, nearly all of it drawing text glyphs and compressing pixels.
Here the browser draws the text, so building the chart takes milliseconds, it stays sharp on
any projector, and every mark carries a tooltip (hover) with the phrase as the article wrote
it. The date ticks still come from matplotlib's ``AutoDateLocator``/``ConciseDateFormatter``.

Everything taken from an article is HTML-escaped (an article is untrusted input); the only
markup is what this module writes.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

from .common import PALETTE, esc
from .svg import circle, legend_item, legend_list, polygon, svg_element
from .svg import num as _fmt

#: contact type -> Okabe–Ito colour name (named in the legend too)
TYPE_COLOURS: dict[str, str] = {
    "phone call": "blue",
    "video call": "sky blue",
    "in-person meeting": "vermillion",
    "brief encounter": "orange",
    "summit": "reddish purple",
    "talks/negotiations": "bluish green",
    "prisoner exchange": "yellow",
    "prisoner release": "yellow",
    "treaty action": "black",
    "statement": "grey",
    "correspondence": "grey",
    "contact": "grey",
    "other": "grey",
}
#: modality -> (mark, what the legend says it means)
MODALITY_MARKERS = {"occurred": ("●", "filled circle = it happened"), "planned": ("▲", "triangle = planned or possible"), "denied": ("✕", "cross = denied or called off")}
#: Contacts labelled with their phrase on the chart; more would be an unreadable smear.
MAX_LABELS = 40
#: Publication dates drawn as dotted lines; with more articles than this they are left out.
MAX_PUBLISHED_LINES = 20
#: Phrases listed in one mark's tooltip when several events fall on the same pixel.
TOOLTIP_ITEMS = 5

#: Geometry in SVG user units (the picture scales to the notebook's width, so these are
#: pixels on a 1000-pixel-wide chart, which fits a 1280x720 projector).
WIDTH = 1000
RIGHT = 24
AXIS = 44  # room for the date labels under the lanes
LANE = 38  # a lane without labels
LABEL_ROW = 16  # each row of phrase labels above a lane's marks
MAX_LABEL_ROWS = 4
LABEL_PX = 12
LANE_PX = 14
#: Generous average widths of a sans-serif character at those sizes (capitals included): the
#: browser lays out the text, so widths are estimated to reserve room.
LABEL_CHAR = 0.6 * LABEL_PX
LANE_CHAR = 0.6 * LANE_PX
MAX_LEFT = 420

TITLE = "Article events (coloured) over the reference record (grey)"
SUBTITLE = "bars = a whole week, month or year · hover a mark to read the phrase"


#: The columns the chart reads. "(all)" over 10,000 articles is 200,000 rows: copying these
#: few columns, not all of them, halves the cost of a redraw.
CHART_COLUMNS = ["article_id", "paragraph_no", "expression", "type", "value", "start", "end", "time_role", "contact_type", "participants", "participant_ids", "modality"]


def dated_mask(df: pd.DataFrame) -> np.ndarray:
    """Which rows can be placed on a time axis (a date, a time of a known day such as
    "2023-03-14TEV", or an anchored event with a value)."""
    if df.empty:
        return np.zeros(0, dtype=bool)
    return (df["type"].isin(["date", "time", "event_anchored"]) & (df["value"] != "") & df["start"].notna() & (df["time_role"] == "when")).to_numpy()


def dated_events(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """The rows of :func:`dated_mask`; only ``columns`` when given (a narrow selection is much
    cheaper on a big table)."""
    ok = dated_mask(df)
    if len(ok) and not ok.all():
        return df.loc[ok, columns] if columns is not None else df[ok]
    return df[columns] if columns is not None else df


@dataclass(frozen=True)
class ChartFrame:
    """What the chart shows: dated events and reference rows inside the window, each with a
    ``lane``; ``lanes`` in drawing order (top first); ``lo``/``hi`` the window's ends."""

    events: pd.DataFrame
    reference: pd.DataFrame
    lanes: list[str]
    lo: pd.Timestamp
    hi: pd.Timestamp


def _pair(names: str) -> str:
    return names.replace("; ", " – ") if names else "(no named pair)"


def chart_frame(events: pd.DataFrame, reference: pd.DataFrame | None = None, lanes: str = "contact type",
                start: dt.date | None = None, end: dt.date | None = None) -> ChartFrame:
    """Events and reference rows in the window ``start``–``end`` (default: everything), with lanes.

    ``events`` has the :data:`~newsdesk.timeline.TIMELINE_COLUMNS`; ``reference`` the columns of
    :func:`~newsdesk.contacts.load_contacts`. With ``lanes="participant pair"`` only reference
    contacts of the pairs the events mention are kept (a lane per pair of the whole record
    would be unreadable)."""
    by_type = lanes == "contact type"
    ev = dated_events(events, CHART_COLUMNS)  # a new, narrow frame: safe to add the lane to
    ev["lane"] = ev["contact_type"].replace("", "other") if by_type else [_pair(n) for n in ev["participants"]]
    ref = reference.copy() if reference is not None and len(reference) else pd.DataFrame(columns=["date", "contact_type", "us_participants", "russian_participants", "lane"])
    if len(ref) and by_type:
        ref["lane"] = ref["contact_type"]
    elif len(ref):
        # a reference contact joins the lane of the article's pair with the same actor ids
        # (names differ in spelling: "Sergei" in an article, "Sergey" in the record)
        lane_of = {frozenset(i for i in str(ids).split("; ") if i): lane for ids, lane in zip(ev["participant_ids"], ev["lane"], strict=True)}
        keys = [frozenset({str(u).split("; ")[0], str(r).split("; ")[0]}) for u, r in zip(ref["us_actor_ids"], ref["russian_actor_ids"], strict=True)]
        ref["lane"] = [lane_of.get(k, "") for k in keys]
        ref = ref[ref["lane"] != ""]
    ends = [pd.Timestamp(v) for v in (ev["start"].min() if len(ev) else None, ref["date"].min() if len(ref) else None) if pd.notna(v)]
    lo = pd.Timestamp(start) if start else min(ends, default=pd.Timestamp("2021-01-01"))
    ends = [pd.Timestamp(v) for v in (ev["end"].max() if len(ev) else None, ref["date"].max() if len(ref) else None) if pd.notna(v)]
    hi = pd.Timestamp(end) if end else max(ends, default=pd.Timestamp("2025-12-31"))
    if len(ref):
        ref = ref[(ref["date"] >= lo) & (ref["date"] <= hi)]
    inside = (ev["end"] >= lo) & (ev["start"] <= hi)
    ev = ev if inside.all() else ev[inside]
    # distinct values first (in order of appearance): iterating 100,000 Arrow strings is slow
    names = list(dict.fromkeys(list(pd.unique(ev["lane"])) + (list(pd.unique(ref["lane"])) if by_type and len(ref) else [])))
    if not by_type and len(ref):  # pairs whose events all fall outside the window
        ref = ref[ref["lane"].isin(names)]
    return ChartFrame(ev, ref, names or ["(nothing dated)"], lo, hi)


# ------------------------------------------------------------------------------ geometry


def _days(values) -> np.ndarray:
    """Datetimes (a Series, Timestamps, dates) as float days since 1970; NaT becomes NaN."""
    stamps = np.asarray(values, dtype="datetime64[s]")
    out = stamps.astype("int64").astype(float) / 86400.0
    out[np.isnat(stamps)] = np.nan
    return out


@dataclass(frozen=True)
class _Scale:
    left: float
    right: float
    day0: float
    day1: float

    def x(self, days: np.ndarray | float) -> np.ndarray:
        return self.left + (np.asarray(days, dtype=float) - self.day0) / (self.day1 - self.day0) * (self.right - self.left)


@functools.lru_cache(maxsize=64)
def _ticks(lo: pd.Timestamp, hi: pd.Timestamp) -> tuple[tuple[float, ...], tuple[str, ...], str]:
    """Tick days, their labels and the offset text (e.g. '2023-Mar'), as matplotlib would draw them.

    Kept for the last windows (a pure function of them, 4 ms each): picking article after
    article keeps the same window."""
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    values = locator.tick_values(lo.to_pydatetime(), hi.to_pydatetime())
    formatter = mdates.ConciseDateFormatter(locator)
    labels = formatter.format_ticks(values)
    offset_days = mdates.date2num(np.datetime64("1970-01-01"))  # matplotlib's epoch is 1970 too, but say so
    return tuple(float(v) - offset_days for v in values), tuple(labels), formatter.get_offset()


def _label_rows(xs: list[float], widths: list[float]) -> list[int]:
    """Greedy rows for labels of one lane, left to right: a label goes to the lowest row whose
    last label ends before it starts (contacts on the same day no longer print over each other)."""
    ends: list[float] = []
    rows = []
    for x, w in zip(xs, widths, strict=True):
        for row, end in enumerate(ends):
            if x > end + 6:
                ends[row] = x + w
                rows.append(row)
                break
        else:
            if len(ends) < MAX_LABEL_ROWS:
                ends.append(x + w)
                rows.append(len(ends) - 1)
            else:  # more phrases than rows on one day: the top row, overlapping (rare)
                rows.append(MAX_LABEL_ROWS - 1)
    return rows


# ------------------------------------------------------------------------------ marks


def _event_tip(rows: list[int], cols: dict[str, dict[int, object]]) -> str:
    """Tooltip for the events drawn at one spot (``rows``: their positions): phrase, value,
    type, who, where it was read."""
    lines = [f"{len(rows)} events here:"] if len(rows) > 1 else []
    for i in rows[:TOOLTIP_ITEMS]:
        phrase = cols["expression"][i] or "(no time expression)"
        kind = cols["contact_type"][i] or "event"
        who = cols["participants"][i].replace("; ", ", ")
        where = f"¶{cols['paragraph_no'][i]} of {cols['article_id'][i]}"
        lines.append(f"'{phrase}' → {cols['value'][i]} · {kind}, {cols['modality'][i] or 'occurred'}" + (f" · {who}" if who else "") + f" · {where}")
    if len(rows) > TOOLTIP_ITEMS:
        lines.append(f"… and {len(rows) - TOOLTIP_ITEMS:,} more")
    return esc("\n".join(lines))


def _mark(shape: str, x: float, y: float, colour: str, tip: str, x_end: float | None = None) -> str:
    title = f"<title>{tip}</title>"
    if shape == "bar":
        width = max((x_end or x) - x, 3.0)
        return f'<rect x="{_fmt(x)}" y="{_fmt(y - 5)}" width="{_fmt(width)}" height="10" fill="{colour}" fill-opacity="0.75">{title}</rect>'
    if shape == "planned":
        return polygon([(x, y - 8), (x - 7.5, y + 5.5), (x + 7.5, y + 5.5)], colour, tip)
    if shape == "denied":
        d = f"M{_fmt(x - 6)} {_fmt(y - 6)}L{_fmt(x + 6)} {_fmt(y + 6)}M{_fmt(x - 6)} {_fmt(y + 6)}L{_fmt(x + 6)} {_fmt(y - 6)}"
        return f'<path d="{d}" stroke="{colour}" stroke-width="3" fill="none">{title}</path>'
    return circle(x, y, 7, colour, tip)


def _event_marks(ev: pd.DataFrame, scale: _Scale, lane_y: dict[str, float]) -> tuple[list[str], list[str]]:
    """SVG marks for the events, and the contact kinds present (for the legend).

    Events that land on the same pixel of the same lane with the same colour and shape are
    one mark (its tooltip lists them): "(all)" over 10,000 articles draws a few thousand marks,
    not a hundred thousand, and looks exactly the same. The grouping is a dict over plain
    lists: a pandas groupby cost 15 ms even for one article's twenty rows."""
    if ev.empty:
        return [], []
    kinds = [k if isinstance(k, str) and k != "" else "other" for k in ev["contact_type"].tolist()]  # a missing type is "other" too
    x0 = scale.x(_days(ev["start"]))
    x1 = scale.x(_days(ev["end"]))
    bar = ((x1 - x0) >= (scale.x(1.0) - scale.x(0.0)) * 0.999).tolist()  # a whole day or longer
    shapes = ["bar" if is_bar else (m if m in MODALITY_MARKERS else "occurred") for is_bar, m in zip(bar, ev["modality"].tolist(), strict=True)]
    x0c = np.clip(x0, scale.left, scale.right)
    x1c = np.clip(x1, scale.left, scale.right)
    px0 = np.round(x0c).astype(int).tolist()
    px1 = np.where(bar, np.round(x1c), 0).astype(int).tolist()
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(ev["lane"].tolist(), kinds, shapes, px0, px1, strict=True)):
        groups.setdefault(key, []).append(i)
    # bars first (a stable sort keeps first-appearance order), so points drawn on them stay visible
    ordered = sorted(groups.items(), key=lambda kv: kv[0][2] != "bar")
    # a tooltip reads at most TOOLTIP_ITEMS rows of its mark: fetch only those rows' text
    wanted = sorted({i for _, rows in ordered for i in rows[:TOOLTIP_ITEMS]})
    picked = ev.iloc[wanted]
    cols = {c: dict(zip(wanted, picked[c].astype(str).tolist(), strict=True)) for c in ("expression", "value", "contact_type", "modality", "participants", "article_id")}
    cols["paragraph_no"] = dict(zip(wanted, picked["paragraph_no"].tolist(), strict=True))
    x0_list, x1_list = x0c.tolist(), x1c.tolist()
    marks = []
    for (lane, kind, shp, _x0, _x1), rows in ordered:
        first = rows[0]
        colour = PALETTE[TYPE_COLOURS.get(kind, "grey")]
        marks.append(_mark(shp, x0_list[first], lane_y[lane], colour, _event_tip(rows, cols), x1_list[first]))
    return marks, list(dict.fromkeys(kinds))


def _reference_marks(ref: pd.DataFrame, scale: _Scale, lane_y: dict[str, float]) -> list[str]:
    if ref.empty:
        return []
    xs = scale.x(_days(ref["date"])).tolist()
    n = len(ref)
    ids = ref["id"].tolist() if "id" in ref else [""] * n
    urls = ref["source_url"].tolist() if "source_url" in ref else [""] * n
    whens = pd.to_datetime(ref["date"]).dt.strftime("%d %b %Y").tolist()
    out = []
    for x, rid, when, kind, us, ru, url, lane in zip(xs, ids, whens, ref["contact_type"].tolist(), ref["us_participants"].tolist(),
                                                    ref["russian_participants"].tolist(), urls, ref["lane"].tolist(), strict=True):
        tip = esc(f"Reference record {rid}: {when}, {kind}\n{us} – {ru}\nsource: {url}")
        out.append(f'<circle cx="{_fmt(x)}" cy="{_fmt(lane_y[lane])}" r="8" fill="#fff" fill-opacity="0" stroke="{PALETTE["grey"]}" stroke-width="1.8"><title>{tip}</title></circle>')
    return out


# ------------------------------------------------------------------------------ the chart


def _legend(kinds: list[str], has_reference: bool, has_published: bool) -> str:
    def swatch(colour: str) -> str:
        return f"<span style='display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:-2px;background:{colour};border:1px solid #000'></span>"

    items = [legend_item(swatch(PALETTE[TYPE_COLOURS.get(k, 'grey')]), f"{TYPE_COLOURS.get(k, 'grey')} = {k if k != 'other' else 'other event'}") for k in kinds]
    if has_reference:
        items.append(legend_item(f"<span style='display:inline-block;width:12px;height:12px;margin-right:6px;border:2px solid {PALETTE['grey']};border-radius:50%;vertical-align:-2px'></span>", "grey hollow circle = reference record (data/contacts.csv)"))
    if has_published:
        items.append(legend_item("<span style='display:inline-block;height:14px;margin-right:8px;border-left:2px dotted #000;vertical-align:-2px'></span>", "dotted line = publication date"))
    items.extend(legend_item(f"<span style='margin-right:6px'>{mark}</span>", meaning) for mark, meaning in MODALITY_MARKERS.values())
    return legend_list(items)


def timeline_chart_html(events: pd.DataFrame, reference: pd.DataFrame | None = None, lanes: str = "contact type",
                        start: dt.date | None = None, end: dt.date | None = None, published: list[dt.date] | None = None) -> str:
    """The chart as one HTML block: a title, an inline SVG that scales to the page's width,
    and a legend naming every colour and shape. Arguments as :func:`chart_frame`; ``published``
    are publication dates drawn as dotted lines (left out when there are more than
    :data:`MAX_PUBLISHED_LINES`)."""
    frame = chart_frame(events, reference, lanes, start, end)
    ev, ref = frame.events, frame.reference
    lane_texts = [str(n) for n in frame.lanes]
    longest = max(len(t) for t in lane_texts)
    left = min(max(LANE_CHAR * longest + 20, 90.0), MAX_LEFT)
    fits = int((left - 20) / LANE_CHAR)
    day0 = _days([frame.lo - pd.Timedelta(days=10)])[0]
    day1 = _days([frame.hi + pd.Timedelta(days=10)])[0]
    scale = _Scale(left, WIDTH - RIGHT, day0, day1)

    contacts = ev[ev["contact_type"] != ""] if len(ev) else ev
    labels: list[tuple[str, float, str, int, bool]] = []  # lane, x, text, row, anchored at the end
    if 0 < len(contacts) <= MAX_LABELS:
        xs_all = scale.x(_days(contacts["start"]))
        for lane in dict.fromkeys(contacts["lane"]):
            at = np.flatnonzero((contacts["lane"] == lane).to_numpy())
            order = at[np.argsort(xs_all[at], kind="stable")]
            texts = [f"'{contacts['expression'].iloc[i]}'" for i in order]
            widths = [LABEL_CHAR * len(t) for t in texts]
            starts = []
            ends_left = []
            for i, w in zip(order, widths, strict=True):
                x = float(xs_all[i])
                flip = x + 8 + w > WIDTH - 4  # no room on the right: write it to the left of the mark
                ends_left.append(flip)
                starts.append(x - 8 - w if flip else x + 8)
            rows = _label_rows(starts, widths)
            labels.extend((lane, float(xs_all[i]), t, row, flip) for i, t, row, flip in zip(order, texts, rows, ends_left, strict=True))
    rows_in_lane: dict[str, int] = {}
    for lane, _x, _t, row, _f in labels:
        rows_in_lane[lane] = max(rows_in_lane.get(lane, 0), row + 1)

    lane_top, lane_y, y = {}, {}, 8.0
    for name in frame.lanes:
        lane_top[name] = y
        lane_y[name] = y + 12 + LABEL_ROW * rows_in_lane.get(name, 0) + 7
        y = lane_y[name] + LANE - 19
    plot_bottom = y
    height = plot_bottom + AXIS

    parts = []
    for k, name in enumerate(frame.lanes):  # alternate stripes guide the eye across a wide chart
        if k % 2 == 0:
            parts.append(f'<rect x="{_fmt(left)}" y="{_fmt(lane_top[name])}" width="{_fmt(scale.right - left)}" height="{_fmt((lane_y[name] + LANE - 19) - lane_top[name])}" fill="#f4f4f4"/>')
    tick_days, tick_labels, offset = _ticks(frame.lo - pd.Timedelta(days=10), frame.hi + pd.Timedelta(days=10))
    for d, text in zip(tick_days, tick_labels, strict=True):
        x = float(scale.x(d))
        if left - 0.5 <= x <= scale.right + 0.5:
            parts.append(f'<line x1="{_fmt(x)}" y1="8" x2="{_fmt(x)}" y2="{_fmt(plot_bottom)}" stroke="#ddd" stroke-width="1"/>')
            parts.append(f'<text x="{_fmt(x)}" y="{_fmt(plot_bottom + 18)}" font-size="13" text-anchor="middle" fill="#000">{esc(text)}</text>')
    if offset:
        parts.append(f'<text x="{_fmt(scale.right)}" y="{_fmt(plot_bottom + 36)}" font-size="13" text-anchor="end" fill="#000">{esc(offset)}</text>')
    parts.append(f'<line x1="{_fmt(left)}" y1="{_fmt(plot_bottom)}" x2="{_fmt(scale.right)}" y2="{_fmt(plot_bottom)}" stroke="#000" stroke-width="1"/>')
    for name, text in zip(frame.lanes, lane_texts, strict=True):
        shown = text if len(text) <= fits else text[: max(fits - 1, 1)] + "…"
        parts.append(f'<text x="{_fmt(left - 10)}" y="{_fmt(lane_y[name] + 5)}" font-size="{LANE_PX}" text-anchor="end" fill="#000">{esc(shown)}<title>{esc(text)}</title></text>')

    stamps = pd.DatetimeIndex(pd.to_datetime(pd.Series(list(published or []), dtype=object), errors="coerce")).dropna().unique().sort_values()
    dates = [p for p in stamps if frame.lo - pd.Timedelta(days=10) <= p <= frame.hi + pd.Timedelta(days=10)]
    has_published = 0 < len(dates) <= MAX_PUBLISHED_LINES
    if has_published:
        for p, x in zip(dates, scale.x(_days(dates)), strict=True):
            parts.append(f'<line x1="{_fmt(x)}" y1="8" x2="{_fmt(x)}" y2="{_fmt(plot_bottom)}" stroke="#000" stroke-width="1.3" stroke-dasharray="2 3"><title>publication date {p:%d %b %Y}</title></line>')

    parts.extend(_reference_marks(ref, scale, lane_y))
    marks, kinds = _event_marks(ev, scale, lane_y)
    parts.extend(marks)
    for lane, x, text, row, flip in labels:
        ty = lane_y[lane] - 12 - LABEL_ROW * row
        anchor = f'x="{_fmt(x - 8)}" text-anchor="end"' if flip else f'x="{_fmt(x + 8)}"'
        parts.append(f'<text {anchor} y="{_fmt(ty)}" font-size="{LABEL_PX}" fill="#000">{esc(text)}</text>')

    notes = [SUBTITLE]
    if len(contacts) > MAX_LABELS:
        notes.append(f"{len(contacts):,} contacts: too many to label; pick one article to read the phrases")
    summary = f"Timeline chart: {len(ev):,} dated events in {len(frame.lanes)} lane(s), {len(ref):,} reference contacts"
    svg = svg_element(WIDTH, height, parts, summary)
    head = f"<p style='margin:4px 0 0 0;font-weight:bold;font-size:16px;color:#000'>{esc(TITLE)}</p>" + "".join(
        f"<p style='margin:0 0 4px 0;font-size:14px;color:#333'>{esc(n)}</p>" for n in notes
    )
    return f"<div class='newsdesk-timeline' style='max-width:{WIDTH}px'>{head}{svg}{_legend(kinds, len(ref) > 0, has_published)}</div>"


def chart_page(chart_html: str, title: str) -> str:
    """A stand-alone HTML page around a chart (for export: opens offline, fits on a slide)."""
    return f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title></head><body style='font-family:sans-serif;margin:16px'>{chart_html}</body></html>\n"
