"""Timeline view for notebook 01: the article's dated events over the sourced reference record.

The chart (:mod:`newsdesk.ui.timeline_chart`, inline SVG) has one lane per contact type or
participant pair; the article's events are filled marks, the reference record's contacts hollow
grey circles, every colour named in the legend, every mark's phrase in its tooltip. Widgets
pick the article, filter by actor and contact type and zoom a date range
(``continuous_update=False``); a button exports CSV, TimelineJS JSON and the chart as an HTML
page into the git-ignored ``data/processed/`` folder.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pandas as pd
from IPython.display import HTML, display

from ..actors import default_resolver
from ..contacts import CLAIM_COLUMNS, check_claims, load_contacts
from ..paths import resolve_data_dir
from ..timeline import TIMELINE_COLUMNS, timeline, write_events_csv, write_timelinejs
from .article_picker import ArticlePicker, article_options
from .common import analysed_table, esc, note_html, safe_callback, showing_in, table_html
from .timeline_chart import (
    CHART_COLUMNS,
    MAX_LABELS,
    MAX_PUBLISHED_LINES,
    TYPE_COLOURS,
    chart_page,
    dated_events,
    dated_mask,
    timeline_chart_html,
)

__all__ = [
    "ALL", "MAX_LABELS", "MAX_PUBLISHED_LINES", "TYPE_COLOURS", "TimelineExplorer", "claims_html",
    "dated_events", "timeline_chart_html", "timeline_explorer", "undated_table",
]

ALL = "(all)"
#: Claims are checked at once for up to this many articles, else when a button is clicked
#: (10,000 articles take about 40 seconds).
CLAIMS_AT_ONCE = 10
#: Measured cost of checking one article's claims, for the estimate shown beside the button.
CLAIM_SECONDS_PER_ARTICLE = 0.004  # 10,000 synthetic articles took 38.6 s on 2026-12-02


UNDATED_COLUMNS = ["article_id", "paragraph_no", "expression", "type", "contact_type", "event", "reason"]
DATED_TABLE_COLUMNS = ["paragraph_no", "expression", "value", "contact_type", "cameo_code", "participants", "place", "modality", "event"]
#: Rows shown in each table under the chart (the count says how many there are).
TABLE_ROWS = 200


def undated_mask(df: pd.DataFrame) -> np.ndarray:
    """Which rows the article does not date: vague, event-anchored, unresolved, undated."""
    if df.empty:
        return np.zeros(0, dtype=bool)
    return (df["type"].isin(["vague", "event_anchored"]) & (df["value"] == "") | (df["type"] == "") | ((df["type"] == "date") & (df["value"] == ""))).to_numpy()


def undated_table(df: pd.DataFrame) -> pd.DataFrame:
    """Expressions and contacts the article does not date: vague, event-anchored, unresolved, undated."""
    if df.empty:
        return df[UNDATED_COLUMNS]
    out = df.loc[undated_mask(df), UNDATED_COLUMNS]  # a new frame: safe to change
    out["expression"] = out["expression"].replace("", "(no time expression)")
    return out


class TimelineExplorer(widgets.VBox):
    """Pick articles, filter by actor and contact type, zoom dates; see chart, tables, claims.

    Attributes for tests and apps: ``article_picker``, ``actor_filter``, ``type_filter``,
    ``date_range`` (SelectionRangeSlider of months, continuous_update=False), ``lanes``
    (ToggleButtons), ``export_button``; outputs ``chart_output``, ``table_output``,
    ``undated_output``, ``claims_output``, ``export_output``; data ``events`` (all rows),
    ``filtered`` (rows after the filters, every column), ``claims`` (claim check for the picked articles;
    with more than CLAIMS_AT_ONCE articles empty and ``claims_pending`` until
    ``claims_button`` is clicked),
    ``exported`` (paths written by the last export: CSV, TimelineJS JSON, the chart as HTML),
    ``chart_html`` (the chart last shown).
    """

    def __init__(self, corpus, reference: pd.DataFrame | None = None, export_dir: str | Path | None = None):
        self.corpus = corpus
        self.reference = load_contacts() if reference is None else reference
        self.export_dir = Path(export_dir) if export_dir else resolve_data_dir() / "processed"
        self.events = analysed_table(corpus, "timeline", lambda: timeline(corpus), TIMELINE_COLUMNS)
        self.claims = pd.DataFrame(columns=CLAIM_COLUMNS)
        self.claims_pending = False
        self._shown: tuple[pd.DataFrame, np.ndarray] = (self.events, np.ones(len(self.events), dtype=bool))
        self._filtered: pd.DataFrame | None = self.events
        self.exported: list[Path] = []
        arts = corpus.articles
        options = article_options(arts, width=60)
        style = {"description_width": "initial"}
        self.article_picker = ArticlePicker(options, extra=[(ALL, ALL)], value=options[0][1] if options else ALL, description="Article:", style=style, layout=widgets.Layout(width="95%"))
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
        self._rows_of: tuple[str | None, pd.DataFrame] = (None, self.events)
        dates = arts["published"] if "published" in arts else pd.Series(dtype="datetime64[s]")
        self._published = {i: d for i, d in zip(arts.get("article_id", []), dates, strict=True) if pd.notna(d)}
        self.chart_html = ""
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
        picked = self.article_picker.value
        if picked == ALL:
            return self.events
        if self._positions is None:  # row positions per article, found once (a mask over
            # 10,000 articles' rows on every pick took 35 ms)
            self._positions = self.events.groupby("article_id", sort=False).indices if "article_id" in self.events else {}
        if self._rows_of[0] != picked:  # redraws and filters reuse the picked article's rows
            rows = self._positions.get(picked)
            self._rows_of = (picked, self.events.iloc[rows] if rows is not None else self.events.iloc[0:0])
        return self._rows_of[1]

    def _apply_filters(self) -> tuple[pd.DataFrame, np.ndarray]:
        """The picked article's rows and which of them pass the filters.

        A mask, not a copy: "(all)" is 200,000 rows at 10,000 articles, and copying every
        column of them on each redraw cost more than drawing the chart."""
        df = self._article_rows()
        keep = np.ones(len(df), dtype=bool)
        actor = self.actor_filter.value
        if actor != ALL:  # test each distinct cell once ("(all)" has a few hundred)
            cells = df["participant_ids"].astype(str)
            with_actor = [c for c in pd.unique(cells) if actor in c.split("; ")]
            keep &= cells.isin(with_actor).to_numpy()
        if self.type_filter.value != ALL:
            keep &= (df["contact_type"] == self.type_filter.value).to_numpy()
        a, b = self.date_range.value
        lo, hi = pd.Period(a).start_time, pd.Period(b).end_time
        dated = df["start"].notna().to_numpy()
        keep &= ~dated | ((df["end"] >= lo) & (df["start"] <= hi)).to_numpy()
        return df, keep

    @property
    def filtered(self) -> pd.DataFrame:
        """The rows after the filters with every column (built when first asked for)."""
        if self._filtered is None:
            rows, keep = self._shown
            self._filtered = rows if keep.all() else rows[keep]  # no copy when nothing is filtered
        return self._filtered

    def _on_filter(self) -> None:
        if not self._quiet:
            self._refresh()

    def _on_article(self, _change) -> None:
        rows = self._article_rows()
        # distinct cells first: "(all)" has 100,000 rows but a few hundred distinct values
        ids = sorted({i for cell in pd.unique(rows["participant_ids"]) for i in str(cell).split("; ") if i})
        res = default_resolver()
        self._quiet = True  # resetting the filters must not redraw the chart once per filter
        try:
            self.actor_filter.options = [(ALL, ALL)] + [(res.name(i), i) for i in ids]
            self.actor_filter.value = ALL
            self.type_filter.options = [(ALL, ALL)] + [(t, t) for t in sorted({str(t) for t in pd.unique(rows["contact_type"]) if t})]
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
        picked = self.article_picker.value
        if picked == ALL:
            return list(self.corpus)
        return [self.corpus.items[picked]] if picked in self.corpus.items else []

    def _do_check_all(self) -> None:
        """Check the claims of every picked article (the button, or one picked article)."""
        picked = self.article_picker.value
        known = {picked: self._article_rows()} if picked != ALL else {}  # the cached timeline rows
        self.claims = check_claims(self._picked_articles(), self.reference, timelines=known)
        self.claims_pending = False
        self.claims_button.layout.display = "none"
        display(HTML(claims_html(self.claims)))

    def _show_claims(self) -> None:
        with showing_in(self.claims_output):
            if self.claims_pending:
                n = len(self._picked_articles())
                display(HTML(note_html(f"Claims are checked one article at a time: for {n:,} articles that takes about {_duration(n * CLAIM_SECONDS_PER_ARTICLE)}. Pick one article, or click the button above.")))
            else:
                display(HTML(claims_html(self.claims)))

    # -- rendering ------------------------------------------------------------------------
    def _render(self) -> None:
        self._shown, self._filtered = self._apply_filters(), None
        rows, keep = self._shown
        # one narrow copy for the chart, and only the rows each table shows: "(all)" at 10k is
        # 229,000 rows, and copying them whole for every table cost more than the chart
        dated = dated_mask(rows) & keep
        undated = undated_mask(rows) & keep
        a, b = self.date_range.value
        picked = self.article_picker.value
        published = list(self._published.values()) if picked == ALL else [self._published[picked]] if picked in self._published else []
        ref = self.reference
        if self.actor_filter.value != ALL:
            ref = ref[(ref["us_actor_ids"] + "; " + ref["russian_actor_ids"]).str.split("; ").apply(lambda ids: self.actor_filter.value in ids)]
        if self.type_filter.value != ALL:
            ref = ref[ref["contact_type"] == self.type_filter.value]
        self.chart_html = timeline_chart_html(rows.loc[dated, CHART_COLUMNS], ref, self.lanes.value, pd.Period(a).start_time.date(), pd.Period(b).end_time.date(), published)
        display(HTML(self.chart_html))
        with showing_in(self.table_output):
            n = int(dated.sum())
            first = rows.iloc[np.flatnonzero(dated)[:TABLE_ROWS]][DATED_TABLE_COLUMNS]
            display(HTML(_shown_table(first, ("event",), n) if n else note_html("No dated events match these filters.")))
        with showing_in(self.undated_output):
            n = int(undated.sum())
            und = undated_table(rows.iloc[np.flatnonzero(undated)[:TABLE_ROWS]])
            if self.article_picker.value != ALL:
                und = und.drop(columns=["article_id"])
            display(HTML(_shown_table(und, ("event", "reason"), n) if n else note_html("Everything shown here has a date.")))

    def _do_export(self) -> None:
        stem = "all_articles" if self.article_picker.value == ALL else self.article_picker.value
        csv = write_events_csv(self.filtered, self.export_dir / f"timeline_{stem}.csv")
        js = write_timelinejs(self.filtered, self.export_dir / f"timeline_{stem}.json", title=f"Timeline: {stem}")
        page = self.export_dir / f"timeline_{stem}.html"
        page.write_text(chart_page(self.chart_html or timeline_chart_html(self.filtered), f"Timeline: {stem}"), encoding="utf-8")
        self.exported = [csv, js, page]
        links = "".join(f"<li><a href='{esc(_rel(p))}' download>{esc(p.name)}</a> <span style='color:#444'>({esc(p)})</span></li>" for p in self.exported)
        display(HTML(f"<p>Written {len(self.filtered)} rows. Load the JSON in TimelineJS (timeline.knightlab.com) to publish it; the HTML page is the chart, for slides or offline use:</p><ul>{links}</ul>"))


def _duration(seconds: float) -> str:
    """'a second', '40 seconds', '3 minutes': an estimate in the words a reader expects."""
    if seconds < 1.5:
        return "a second"
    if seconds < 90:
        return f"{round(seconds)} seconds"
    return f"{round(seconds / 60)} minutes"


def _shown_table(first: pd.DataFrame, wrap_cols: tuple[str, ...], total: int) -> str:
    """The ``first`` rows (of ``total``) as a table, with the count when some are left out."""
    return table_html(_keep_together(first), max_rows=len(first), wrap_cols=wrap_cols, total=total)


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
