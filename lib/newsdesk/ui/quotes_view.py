"""Widgets for notebook 03 "Who said what?" and the Voilà app: highlighted article, quote ledger,
sourcing-mix chart and the "how each side framed it" view.

Every colour also has its words (legend, tooltips, labels on the chart), and all article text is
escaped before it becomes HTML.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML, display

from ..corpus import Article, Corpus, iter_articles
from ..quotes import QUOTE_COLUMNS, quotes
from .article_picker import ArticlePicker
from .common import (
    PALETTE,
    TINTS,
    analysed_table,
    chart_text,
    esc,
    note_html,
    safe_callback,
    table_html,
)

#: speaker type -> (colour name, plain-English meaning)
SPEAKER_TYPE_STYLE: dict[str, tuple[str, str]] = {
    "named_person": ("blue", "a named person"),
    "anonymous": ("orange", "an unnamed source (anonymous)"),
    "institution": ("bluish green", "an institution: ministry, government, organisation"),
    "journalist": ("reddish purple", "the reporting journalist"),
    "media": ("sky blue", "a news outlet or agency"),
    "unattributed": ("grey", "quote marks with no speaker (e.g. scare quotes)"),
}
ALL = "(all)"
LEDGER_COLUMNS = ["paragraph_no", "kind", "speaker", "speaker_type", "side", "cue", "via", "text"]


def legend_html() -> str:
    """Colour legend for speaker types, with the colour named in words."""
    items = []
    for key, (colour, meaning) in SPEAKER_TYPE_STYLE.items():
        items.append(
            f"<li><span style='background:{TINTS[colour]};border:1px solid #555;padding:0 10px'>&nbsp;</span> "
            f"<b>{esc(key)}</b> ({esc(colour)}): {esc(meaning)}</li>"
        )
    return "<ul style='list-style:none;padding-left:0;font-size:15px'>" + "".join(items) + "</ul>"


def _paragraph_html(text: str, rows: pd.DataFrame) -> str:
    """One paragraph with non-overlapping statement spans marked (longest first wins)."""
    spans = []
    for r in sorted(rows.itertuples(index=False), key=lambda r: -(int(r.end) - int(r.start))):
        s, e = int(r.start), int(r.end)
        if e <= s or any(s < b and a < e for a, b, _ in spans):
            continue
        spans.append((s, e, r))
    spans.sort(key=lambda t: t[0])
    parts, pos = [], 0
    for s, e, r in spans:
        colour = SPEAKER_TYPE_STYLE.get(r.speaker_type, ("grey", ""))[0]
        label = f"{r.speaker} — {r.speaker_type}, side: {r.side}, {r.kind}" + (f", via {r.via}" if r.via else "")
        parts.append(esc(text[pos:s]))
        parts.append(
            f"<mark style='background:{TINTS[colour]};padding:0 2px' title='{esc(label)}'>{esc(text[s:e])}</mark>"
            f"<sup style='font-size:11px;color:#222'>[{esc(r.speaker)} · {esc(r.speaker_type)}]</sup>"
        )
        pos = e
    parts.append(esc(text[pos:]))
    return "".join(parts)


def article_quotes_html(article: Article, q: pd.DataFrame | None = None) -> str:
    """The article's title, standfirst and body with each statement highlighted by speaker type."""
    q = quotes(article) if q is None else q
    q = q[q["article_id"] == article.article_id]
    out = [f"<div style='max-width:1100px;font-size:16px;line-height:1.5'><div><b>Outlet:</b> {esc(article.outlet or 'unknown')}</div>", legend_html()]
    for p in article.analysable.itertuples(index=False):
        rows = q[q["paragraph_no"] == p.paragraph_no]
        weight = "bold;font-size:19px" if p.role == "title" else "normal"
        out.append(
            f"<p style='font-weight:{weight};margin:6px 0'><span style='font-size:12px;color:#333'>¶{int(p.paragraph_no)}</span> "
            f"{_paragraph_html(str(p.text), rows)}</p>"
        )
    out.append("</div>")
    return "".join(out)


def ledger_html(q: pd.DataFrame, max_rows: int = 200) -> str:
    """The quote ledger as a wrapping, escaped table (no sideways scrolling)."""
    if q.empty:
        return note_html("No statements match these filters.")
    return table_html(q, LEDGER_COLUMNS, max_rows=max_rows, wrap_cols=("text",))


#: More bars than this do not fit a projected slide: the rest are left out (and the title says so).
MAX_BARS = 12


def sourcing_chart(q: pd.DataFrame, by: str = "article_id", ax=None, max_bars: int = MAX_BARS):
    """Stacked horizontal bars: share of statements per speaker type, one bar per article/outlet.

    ``by="auto"``: per article while there are at most ``max_bars`` articles, else per outlet.
    Only the ``max_bars`` groups with the most statements get a bar.
    """
    import matplotlib.pyplot as plt

    if by == "auto":
        by = "article_id" if q["article_id"].nunique() <= max_bars else "outlet"
    groups = q[by].value_counts()
    left_out = max(0, len(groups) - max_bars)
    if left_out:
        q = q[q[by].isin(groups.index[:max_bars])]
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 1.2 + 0.6 * max(1, min(len(groups), max_bars))))
    if q.empty:
        ax.text(0.5, 0.5, "No statements found", ha="center", va="center")
        ax.set_axis_off()
        return ax
    shares = pd.crosstab(q[by], q["speaker_type"], normalize="index")
    left = pd.Series(0.0, index=shares.index)
    for key, (colour, meaning) in SPEAKER_TYPE_STYLE.items():
        if key not in shares.columns:
            continue
        ax.barh([chart_text(v) for v in shares.index], shares[key], left=left, color=PALETTE[colour], edgecolor="black", label=f"{key} ({colour}): {meaning}")
        for y, (x0, w) in enumerate(zip(left, shares[key], strict=True)):
            if w >= 0.08:
                ax.text(x0 + w / 2, y, f"{key}\n{w:.0%}", ha="center", va="center", fontsize=9, color="white" if colour in ("blue", "vermillion") else "black")
        left = left + shares[key]
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of statements")
    more = f" ({left_out} smaller {'outlets' if by == 'outlet' else 'groups'} not shown)" if left_out else ""
    ax.set_title(f"Who is heard? Statements by speaker type{more}")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35), ncol=2, fontsize=9, frameon=False)
    return ax


def framing_html(frame: pd.DataFrame) -> str:
    """Per side: the words used for the encounter, with the sentence they come from."""
    if frame.empty:
        return note_html("No words about a meeting or encounter were found.")
    out = []
    for side, g in frame.groupby("side", sort=False):
        labels = ", ".join(f"{lab} ({n}×)" for lab, n in g["label"].value_counts().items())
        out.append(f"<h4 style='margin:8px 0 2px'>{esc(side)}: {esc(labels)}</h4><ul style='font-size:15px'>")
        for r in g.drop_duplicates(["text", "label"]).itertuples(index=False):
            out.append(f"<li><b>{esc(r.label)}</b> — “{esc(r.phrase)}” ({esc(r.speaker)}, {esc(r.voice)}): <i>{esc(r.text)}</i></li>")
        out.append("</ul>")
    return "".join(out)


def filter_ledger(q: pd.DataFrame, article: str = ALL, speaker_type: str = ALL, side: str = ALL, kind: str = ALL) -> pd.DataFrame:
    """Rows of the ledger that match every filter ("(all)" means no filter)."""
    sel = q
    for col, value in (("article_id", article), ("speaker_type", speaker_type), ("side", side), ("kind", kind)):
        if value and value != ALL:
            sel = sel[sel[col] == value]
    return sel


def quote_explorer(corpus: Corpus | Article) -> widgets.VBox:
    """Filterable quote ledger. Attributes: ``.article`` (:class:`ArticlePicker`), ``.speaker_type``,
    ``.side``, ``.kind`` (Dropdowns), ``.output`` (Output), ``.quotes`` (all statements), ``.current`` (shown rows)."""
    arts = iter_articles(corpus)
    q = analysed_table(corpus, "quotes", lambda: quotes(arts), QUOTE_COLUMNS)

    def options(col: str, extra: tuple[str, ...] = ()) -> list[str]:
        # distinct cells first: iterating 500,000 Arrow strings one by one took a second at 10k
        values = sorted(set(q[col].drop_duplicates().astype(str)) | set(extra)) if len(q) else list(extra)
        return [ALL] + values

    style = {"description_width": "initial"}
    article = ArticlePicker([(a.article_id, a.article_id) for a in arts], extra=[(ALL, ALL)], value=ALL, description="Article:", style=style, layout=widgets.Layout(width="480px"))
    speaker_type = widgets.Dropdown(options=options("speaker_type", tuple(SPEAKER_TYPE_STYLE)), value=ALL, description="Speaker type:", style=style)
    side = widgets.Dropdown(options=options("side"), value=ALL, description="Side:", style=style)
    kind = widgets.Dropdown(options=[ALL, "direct", "partial", "indirect"], value=ALL, description="Kind:", style=style)
    output = widgets.Output()
    count = widgets.HTML()
    box = widgets.VBox([widgets.HBox([article, speaker_type]), widgets.HBox([side, kind]), count, output])
    box.article, box.speaker_type, box.side, box.kind, box.output = article, speaker_type, side, kind, output
    box.quotes = q
    box.current = q

    @safe_callback(output)
    def render(*_):
        box.current = filter_ledger(q, article.value, speaker_type.value, side.value, kind.value)
        count.value = f"<p style='font-size:15px'><b>{len(box.current)}</b> of {len(q)} statements shown.</p>"
        display(HTML(ledger_html(box.current)))

    for w in (article, speaker_type, side, kind):
        w.observe(render, names="value")
    box.render = render
    render()
    return box
