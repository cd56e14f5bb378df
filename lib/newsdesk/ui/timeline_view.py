"""Timeline view for notebook 01: the article's dated events over the sourced reference record.

A matplotlib chart with one lane per contact type (or per participant pair); the article's
events are filled markers (month- or week-level values drawn as bars over the whole interval,
so no day is invented), the reference record's contacts are hollow grey circles. Colours are
Okabe–Ito and every colour is named in the legend. Widgets pick the article, filter by actor
and contact type and zoom a date range (``continuous_update=False``); a button exports CSV and
TimelineJS JSON into the git-ignored ``data/processed/`` folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import ipywidgets as widgets
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from ..actors import default_resolver
from ..contacts import CLAIM_COLUMNS, check_claims, load_contacts
from ..paths import resolve_data_dir
from ..timeline import TIMELINE_COLUMNS, timeline, write_events_csv, write_timelinejs
from .common import (
    PALETTE,
    analysed_table,
    chart_text,
    esc,
    note_html,
    safe_callback,
    show_figure,
    showing_in,
    table_html,
)

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
    "contact": "grey",
    "other": "grey",
}
MODALITY_MARKERS = {"occurred": ("o", "filled circle = it happened"), "planned": ("^", "triangle = planned or possible"), "denied": ("x", "cross = denied")}
ALL = "(all)"
#: Contacts labelled with their phrase on the chart; more would be an unreadable smear.
MAX_LABELS = 40
#: Columns of the legend under the chart (three overflowed the picture with long entries).
LEGEND_COLUMNS = 2
#: Publication dates drawn as dotted lines; with more articles than this they are left out.
MAX_PUBLISHED_LINES = 20
#: Claims are checked at once for up to this many articles, else when a button is clicked
#: (10,000 articles take minutes).
CLAIMS_AT_ONCE = 10
#: Measured cost of checking one article's claims, for the estimate shown beside the button.
CLAIM_SECONDS_PER_ARTICLE = 0.07


def dated_events(df: pd.DataFrame) -> pd.DataFrame:
    """Rows that can be placed on a time axis (a date or an anchored event with a value)."""
    if df.empty:
        return df
    ok = df["type"].isin(["date", "event_anchored"]) & (df["value"] != "") & df["start"].notna() & (df["time_role"] == "when")
    return df[ok]


def undated_table(df: pd.DataFrame) -> pd.DataFrame:
    """Expressions and contacts the article does not date: vague, event-anchored, unresolved, undated."""
    if df.empty:
        return df.assign(why="")[["article_id", "paragraph_no", "expression", "type", "contact_type", "event", "reason"]]
    mask = df["type"].isin(["vague", "event_anchored"]) & (df["value"] == "") | (df["type"] == "") | ((df["type"] == "date") & (df["value"] == ""))
    out = df[mask].copy()
    out["expression"] = out["expression"].replace("", "(no time expression)")
    return out[["article_id", "paragraph_no", "expression", "type", "contact_type", "event", "reason"]]


def _pair(ids: str, names: str) -> str:
    return names.replace("; ", " – ") if names else "(no named pair)"


def plot_timeline(events: pd.DataFrame, reference: pd.DataFrame | None = None, lanes: str = "contact type",
                  start: dt.date | None = None, end: dt.date | None = None, published: list[dt.date] | None = None):
    """A matplotlib Figure: article events over the reference record, one lane per type or pair."""
    ev = dated_events(events).copy()
    ev["lane"] = ev["contact_type"].replace("", "other") if lanes == "contact type" else [_pair(i, n) for i, n in zip(ev["participant_ids"], ev["participants"], strict=True)]
    ref = reference.copy() if reference is not None else pd.DataFrame(columns=["date", "contact_type", "us_participants", "russian_participants"])
    if len(ref):
        ref["lane"] = ref["contact_type"] if lanes == "contact type" else (ref["us_participants"].str.split(r"[(,;]").str[0].str.strip() + " – " + ref["russian_participants"].str.split(r"[(,;]").str[0].str.strip())
    lo = pd.Timestamp(start) if start else min([ev["start"].min(), ref["date"].min() if len(ref) else pd.NaT], key=lambda x: x if pd.notna(x) else pd.Timestamp.max)
    hi = pd.Timestamp(end) if end else max([ev["end"].max(), ref["date"].max() if len(ref) else pd.NaT], key=lambda x: x if pd.notna(x) else pd.Timestamp.min)
    if pd.isna(lo) or pd.isna(hi):
        lo, hi = pd.Timestamp("2021-01-01"), pd.Timestamp("2025-12-31")
    if len(ref):
        ref = ref[(ref["date"] >= lo) & (ref["date"] <= hi)]
    ev = ev[(ev["end"] >= lo) & (ev["start"] <= hi)]
    lane_names = list(dict.fromkeys(list(ev["lane"]) + (list(ref["lane"]) if len(ref) and lanes == "contact type" else [])))
    if lanes != "contact type" and len(ref):
        # pair lanes: only reference rows for the pairs the article mentions, to stay readable
        ref = ref[ref["lane"].isin(lane_names)] if lane_names else ref.iloc[0:0]
    if not lane_names:
        lane_names = ["(nothing dated)"]
    fig, ax = plt.subplots(figsize=(10, 4))  # the height is set by _lay_out
    y = {name: i for i, name in enumerate(lane_names)}
    if len(ref):
        ax.scatter(ref["date"], [y.get(n, -1) for n in ref["lane"]], s=70, facecolors="none", edgecolors=PALETTE["grey"], linewidths=1.5, label="grey hollow circle = reference record (data/contacts.csv)", zorder=2)
    # one drawing call per contact type and marker, not one per event: "(all)" over 10,000
    # articles draws thousands of events (the per-event loop took minutes)
    kinds = ev["contact_type"].where(ev["contact_type"] != "", "other")
    bars = (pd.to_datetime(ev["end"]) - pd.to_datetime(ev["start"])).dt.days >= 1  # an empty table's columns are untyped
    lane_y = ev["lane"].map(y)
    modality = ev["modality"].where(ev["modality"].isin(list(MODALITY_MARKERS)), "occurred")
    for kind in dict.fromkeys(kinds):
        colour_name = TYPE_COLOURS.get(kind, "grey")
        label: str | None = f"{colour_name} = {kind if kind != 'other' else 'other event'}"
        of_kind = kinds == kind
        span = of_kind & bars
        if span.any():
            ax.hlines(lane_y[span], ev.loc[span, "start"], ev.loc[span, "end"], colors=PALETTE[colour_name], linewidth=7, alpha=0.75, capstyle="butt", zorder=3, label=label)
            label = None
        points = of_kind & ~bars
        for name, (marker, _meaning) in MODALITY_MARKERS.items():
            at = points & (modality == name)
            if at.any():
                edge = {} if marker == "x" else {"edgecolors": "black"}  # a cross has no edge to draw
                ax.scatter(ev.loc[at, "start"], lane_y[at], s=130, color=PALETTE[colour_name], marker=marker, linewidths=0.8, zorder=4, label=label, **edge)
                label = None
    contacts = ev[ev["contact_type"] != ""]
    if len(contacts) <= MAX_LABELS:  # label contacts with the phrase as written; other events stay quiet
        for r in contacts.itertuples(index=False):
            ax.annotate(f"'{chart_text(r.expression)}'", (r.start, y[r.lane]), xytext=(4, 9), textcoords="offset points", fontsize=9)
    published = list(published or [])
    if len(published) > MAX_PUBLISHED_LINES:  # hundreds of lines would hide the events
        published = []
    if published:
        ax.vlines([pd.Timestamp(p) for p in published], 0, 1, transform=ax.get_xaxis_transform(), colors=PALETTE["black"], linestyles=":", linewidth=1)
        ax.plot([], [], color="black", linestyle=":", label="dotted line = publication date")
    for m, meaning in MODALITY_MARKERS.values():
        ax.scatter([], [], marker=m, color="black", label=meaning)
    ax.set_yticks(range(len(lane_names)))
    ax.set_yticklabels([chart_text(n) for n in lane_names], fontsize=11)
    ax.set_xlim(lo - pd.Timedelta(days=10), hi + pd.Timedelta(days=10))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#ddd")
    title = "Article events (coloured) over the reference record (grey)\nbars = a whole week, month or year"
    if len(contacts) > MAX_LABELS:
        title += f"\n{len(contacts):,} contacts: too many to label; pick one article to read the phrases"
    _lay_out(fig, ax, title, [chart_text(n) for n in lane_names])
    return fig


def _lay_out(fig, ax, title: str, lane_labels: list[str]) -> None:
    """Title above, legend below (both centred on the picture, so neither is ever cut off),
    and room for the lane names, estimated from their lengths; the picture grows in height
    with the lanes and the legend's rows.

    ``tight_layout`` measures every text by drawing it: about 100 ms, most of a redraw.
    The chart is shown as drawn (:func:`~newsdesk.ui.common.figure_png`, no second, measuring
    draw), so the estimate errs on the generous side: 0.095 in per character is wider than the
    average 11 pt DejaVu Sans letter, capitals included.
    """
    handles, labels = ax.get_legend_handles_labels()
    left_in = 0.25 + 0.095 * max((len(t) for t in lane_labels), default=0)  # 11 pt text
    top_in = 0.2 + 0.24 * (title.count("\n") + 1)  # 12 pt lines
    legend_in = 0.15 + 0.23 * -(-len(labels) // LEGEND_COLUMNS)  # rows of 9 pt entries
    ticks_in = 0.45  # the date labels under the plot
    plot_in = max(1.2, 0.55 * len(lane_labels))
    height = top_in + plot_in + ticks_in + legend_in
    fig.set_size_inches(10, height)  # 1000 px at 100 dpi: fits a 1280x720 projector
    fig.suptitle(title, fontsize=12, y=1 - 0.1 / height, va="top")
    fig.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.05 / height), ncol=LEGEND_COLUMNS, fontsize=9, frameon=False)
    fig.subplots_adjust(left=min(max(left_in / 10, 0.08), 0.45), right=0.97, top=1 - top_in / height, bottom=(ticks_in + legend_in) / height)


class TimelineExplorer(widgets.VBox):
    """Pick articles, filter by actor and contact type, zoom dates; see chart, tables, claims.

    Attributes for tests and apps: ``article_picker``, ``actor_filter``, ``type_filter``,
    ``date_range`` (SelectionRangeSlider of months, continuous_update=False), ``lanes``
    (ToggleButtons), ``export_button``; outputs ``chart_output``, ``table_output``,
    ``undated_output``, ``claims_output``, ``export_output``; data ``events`` (all rows),
    ``filtered`` (rows after the filters), ``claims`` (claim check for the picked articles;
    with more than CLAIMS_AT_ONCE articles empty and ``claims_pending`` until
    ``claims_button`` is clicked),
    ``exported`` (paths written by the last export).
    """

    def __init__(self, corpus, reference: pd.DataFrame | None = None, export_dir: str | Path | None = None):
        self.corpus = corpus
        self.reference = load_contacts() if reference is None else reference
        self.export_dir = Path(export_dir) if export_dir else resolve_data_dir() / "processed"
        self.events = analysed_table(corpus, "timeline", lambda: timeline(corpus), TIMELINE_COLUMNS)
        self.claims = pd.DataFrame(columns=CLAIM_COLUMNS)
        self.claims_pending = False
        self.filtered = self.events
        self.exported: list[Path] = []
        arts = corpus.articles
        options = [(ALL, ALL)] + [(f"{(r.title or r.article_id)[:60]} ({r.outlet or 'unknown'})", r.article_id) for r in arts.itertuples()]
        style = {"description_width": "initial"}
        self.article_picker = widgets.Dropdown(options=options, value=options[1][1] if len(options) > 1 else ALL, description="Article:", style=style, layout=widgets.Layout(width="95%"))
        self.actor_filter = widgets.Dropdown(options=[ALL], value=ALL, description="Actor:", style=style)
        self.type_filter = widgets.Dropdown(options=[ALL], value=ALL, description="Contact type:", style=style)
        self.lanes = widgets.ToggleButtons(options=["contact type", "participant pair"], value="contact type", description="Lanes:", style=style)
        months = pd.period_range("2021-01", "2025-12", freq="M")
        self._months = [str(m) for m in months]
        self.date_range = widgets.SelectionRangeSlider(options=self._months, index=(0, len(self._months) - 1), description="Dates:", continuous_update=False, style=style, layout=widgets.Layout(width="95%"))
        self.export_button = widgets.Button(description="Export CSV + TimelineJS", icon="download", button_style="info", layout=widgets.Layout(width="260px"))
        self.claims_button = widgets.Button(description="Check every article's claims", icon="search", layout=widgets.Layout(width="300px", display="none"))
        self.chart_output, self.table_output, self.undated_output = widgets.Output(), widgets.Output(), widgets.Output()
        self.claims_output, self.export_output = widgets.Output(), widgets.Output()
        self._refresh = safe_callback(self.chart_output)(self._render)
        self._export = safe_callback(self.export_output)(self._do_export)
        self._check_all = safe_callback(self.claims_output)(self._do_check_all)
        self.claims_button.on_click(lambda _b: self._check_all())
        self.article_picker.observe(self._on_article, names="value")
        self._quiet = False
        self._positions: dict | None = None
        for w in (self.actor_filter, self.type_filter, self.lanes, self.date_range):
            w.observe(lambda _change: self._on_filter(), names="value")
        self.export_button.on_click(lambda _b: self._export())
        super().__init__([
            self.article_picker,
            widgets.HBox([self.actor_filter, self.type_filter]),
            self.lanes, self.date_range, self.chart_output,
            widgets.HTML("<h4>Dated events (after the filters)</h4>"), self.table_output,
            widgets.HTML("<h4>What the article does not date</h4>"), self.undated_output,
            widgets.HTML("<h4>Claims checked against the record</h4>"), self.claims_button, self.claims_output,
            self.export_button, self.export_output,
        ])
        self._on_article(None)

    # -- data -----------------------------------------------------------------------------
    def _article_rows(self) -> pd.DataFrame:
        if self.article_picker.value == ALL:
            return self.events
        if self._positions is None:  # row positions per article, found once (a mask over
            # 10,000 articles' rows on every pick took 35 ms)
            self._positions = self.events.groupby("article_id", sort=False).indices if "article_id" in self.events else {}
        rows = self._positions.get(self.article_picker.value)
        return self.events.iloc[rows] if rows is not None else self.events.iloc[0:0]

    def _apply_filters(self) -> pd.DataFrame:
        df = self._article_rows()
        if self.actor_filter.value != ALL:
            df = df[df["participant_ids"].str.split("; ").apply(lambda ids: self.actor_filter.value in ids)]
        if self.type_filter.value != ALL:
            df = df[df["contact_type"] == self.type_filter.value]
        a, b = self.date_range.value
        lo, hi = pd.Period(a).start_time, pd.Period(b).end_time
        dated = df["start"].notna()
        df = df[~dated | ((df["end"] >= lo) & (df["start"] <= hi))]
        return df

    def _on_filter(self) -> None:
        if not self._quiet:
            self._refresh()

    def _on_article(self, _change) -> None:
        rows = self._article_rows()
        ids = sorted({i for cell in rows["participant_ids"] for i in cell.split("; ") if i})
        res = default_resolver()
        self._quiet = True  # resetting the filters must not redraw the chart once per filter
        try:
            self.actor_filter.options = [(ALL, ALL)] + [(res.name(i), i) for i in ids]
            self.actor_filter.value = ALL
            self.type_filter.options = [(ALL, ALL)] + [(t, t) for t in sorted({t for t in rows["contact_type"] if t})]
            self.type_filter.value = ALL
        finally:
            self._quiet = False
        articles = self._picked_articles()
        many = len(articles) > CLAIMS_AT_ONCE
        self.claims_pending = many  # checked when the button is clicked
        self.claims = pd.DataFrame(columns=CLAIM_COLUMNS)
        self.claims_button.layout.display = None if many else "none"
        self._refresh()  # the chart first: checking claims takes longer than drawing
        if articles and not many:
            self._check_all()
        else:
            self._show_claims()

    def _picked_articles(self) -> list:
        return [a for a in self.corpus if self.article_picker.value in (ALL, a.article_id)]

    def _do_check_all(self) -> None:
        """Check the claims of every picked article (the button, or one picked article)."""
        self.claims = check_claims(self._picked_articles(), self.reference)
        self.claims_pending = False
        self.claims_button.layout.display = "none"
        display(HTML(claims_html(self.claims)))

    def _show_claims(self) -> None:
        with showing_in(self.claims_output):
            if self.claims_pending:
                n = len(self._picked_articles())
                display(HTML(note_html(f"Claims are checked one article at a time: for {n:,} articles that takes about {max(1, round(n * CLAIM_SECONDS_PER_ARTICLE / 60))} minute(s). Pick one article, or click the button above.")))
            else:
                display(HTML(claims_html(self.claims)))

    # -- rendering ------------------------------------------------------------------------
    def _render(self) -> None:
        self.filtered = self._apply_filters()
        a, b = self.date_range.value
        published = sorted({a.published for a in self.corpus if a.published and self.article_picker.value in (ALL, a.article_id)})
        ref = self.reference
        if self.actor_filter.value != ALL:
            ref = ref[(ref["us_actor_ids"] + "; " + ref["russian_actor_ids"]).str.split("; ").apply(lambda ids: self.actor_filter.value in ids)]
        if self.type_filter.value != ALL:
            ref = ref[ref["contact_type"] == self.type_filter.value]
        fig = plot_timeline(self.filtered, ref, self.lanes.value, pd.Period(a).start_time.date(), pd.Period(b).end_time.date(), published)
        show_figure(fig)
        dated = dated_events(self.filtered)
        cols = ["paragraph_no", "expression", "value", "contact_type", "cameo_code", "participants", "place", "modality", "event"]
        with showing_in(self.table_output):
            display(HTML(table_html(_keep_together(dated[cols]), wrap_cols=("event",)) if len(dated) else note_html("No dated events match these filters.")))
        with showing_in(self.undated_output):
            und = undated_table(self.filtered)
            if self.article_picker.value != ALL:
                und = und.drop(columns=["article_id"])
            display(HTML(table_html(_keep_together(und), wrap_cols=("event", "reason")) if len(und) else note_html("Everything shown here has a date.")))

    def _do_export(self) -> None:
        stem = "all_articles" if self.article_picker.value == ALL else self.article_picker.value
        csv = write_events_csv(self.filtered, self.export_dir / f"timeline_{stem}.csv")
        js = write_timelinejs(self.filtered, self.export_dir / f"timeline_{stem}.json", title=f"Timeline: {stem}")
        self.exported = [csv, js]
        links = "".join(f"<li><a href='{esc(_rel(p))}' download>{esc(p.name)}</a> <span style='color:#444'>({esc(p)})</span></li>" for p in self.exported)
        display(HTML(f"<p>Written {len(self.filtered)} rows. Load the JSON in TimelineJS (timeline.knightlab.com) to publish it:</p><ul>{links}</ul>"))


def _keep_together(frame: pd.DataFrame) -> pd.DataFrame:
    """Contact types shown with non-breaking spaces: "brief encounter" never splits over two
    lines, and reads exactly like the Dropdown's option (ipywidgets renders those with NBSP)."""
    out = frame.copy()
    out["contact_type"] = out["contact_type"].str.replace(" ", "\u00a0", regex=False)
    # short headers so the table fits a 1280-pixel projector without scrolling sideways
    return out.rename(columns={"paragraph_no": "¶", "cameo_code": "CAMEO"})


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def claims_html(claims: pd.DataFrame) -> str:
    """The claim check as an escaped, wrapping table, verdicts in words and colour."""
    if claims is None or claims.empty:
        return note_html("No 'first … since …', 'first … in months' or 'last … was' claims found.")
    shown = claims[["claim", "verdict", "explanation", "source_urls"]].copy()
    shown["verdict"] = shown["verdict"].str.upper()
    shown["source_urls"] = shown["source_urls"].str.replace(" | ", "\n", regex=False)
    return table_html(shown, wrap_cols=("claim", "explanation"))


def timeline_explorer(corpus, reference: pd.DataFrame | None = None, export_dir: str | Path | None = None) -> TimelineExplorer:
    """Build the explorer (a VBox) for a corpus; see :class:`TimelineExplorer` for its attributes."""
    return TimelineExplorer(corpus, reference, export_dir)
