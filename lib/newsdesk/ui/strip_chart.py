"""The sentence-by-sentence sentiment chart as inline SVG (the sentiment explorer's chart).

One stem per sentence in reading order, from 0 to the sentence's VADER compound score, its
colour and marker saying the label: vermillion downward triangle = negative, grey circle =
neutral, blue upward triangle = positive (Okabe–Ito, and said in words in the legend). The
grey band is the neutral zone (±THRESHOLD), the dashed line the body's average. Hovering a
mark shows the sentence, its score and who speaks.

Why SVG rather than :func:`newsdesk.ui.sentiment_view.strip_chart` (matplotlib): picking an
article re-drew that figure as a PNG, 200–400 ms per pick at 10,000 articles, nearly all of it
laying out and rasterising text. Here the browser draws the text: a pick takes milliseconds,
and the chart stays sharp on a projector. The matplotlib figure stays for saving a picture.

Every value taken from an article is HTML-escaped (an article is untrusted input).
"""

from __future__ import annotations

import math

import pandas as pd

from ..sentiment import THRESHOLD
from .common import PALETTE, esc
from .svg import circle, legend_item, legend_list, polygon, svg_element
from .svg import num as _n

#: label -> (Okabe–Ito colour name, marker glyph for the legend, marker name)
LABEL_MARKS: dict[str, tuple[str, str, str]] = {
    "negative": ("vermillion", "▼", "downward triangle"),
    "neutral": ("grey", "●", "circle"),
    "positive": ("blue", "▲", "upward triangle"),
}
ROLE_NAMES = {"title": "headline", "standfirst": "standfirst", "body": "body"}
#: Characters of a sentence quoted in its mark's tooltip.
TIP_CHARS = 300

WIDTH = 1000
LEFT, RIGHT, TOP = 58, 16, 12
PLOT_H = 250
BOTTOM = 52  # tick labels and the axis caption
TICK_CHAR = 7.2  # generous width of a 12-pixel character
Y_MAX = 1.05


def _y(value: float) -> float:
    return TOP + (Y_MAX - value) / (2 * Y_MAX) * PLOT_H


def _tick_text(sentence_no: object, role: str) -> str:
    return "H" if role == "title" else "S" if role == "standfirst" else str(sentence_no)


def _tip(row: dict) -> str:
    text = str(row.get("text", "") or "")
    if len(text) > TIP_CHARS:
        text = text[:TIP_CHARS].rstrip() + "…"
    role = ROLE_NAMES.get(str(row.get("role", "")), str(row.get("role", "")))
    speaker = row.get("speaker")
    who = f" · speaker: {speaker}" if isinstance(speaker, str) and speaker else ""
    return esc(f"Sentence {row['sentence_no']} ({role}): {float(row['compound']):+.3f}, {row['label']}{who}\n{text}")


def _marker(label: str, x: float, y: float, r: float, colour: str, tip: str) -> str:
    if label in ("positive", "negative"):  # ▲ apex up, ▼ apex down
        d = 1 if label == "negative" else -1
        return polygon([(x, y + d * 1.25 * r), (x - r, y - d * 0.75 * r), (x + r, y - d * 0.75 * r)], colour, tip)
    return circle(x, y, r * 0.85, colour, tip)


def _legend(labels: list[str], body_mean: float | None) -> str:
    items = [
        legend_item(f"<span style='color:{PALETTE[LABEL_MARKS[lab][0]]};margin-right:6px;-webkit-text-stroke:0.5px #000'>{LABEL_MARKS[lab][1]}</span>",
              f"{LABEL_MARKS[lab][0]} {LABEL_MARKS[lab][2]} = {lab}")
        for lab in LABEL_MARKS if lab in labels
    ]
    items.append(legend_item(f"<span style='display:inline-block;width:18px;height:12px;margin-right:6px;vertical-align:-1px;background:{PALETTE['grey']};opacity:0.45'></span>",
                       f"grey band = neutral (between −{THRESHOLD} and +{THRESHOLD})"))
    if body_mean is not None:
        items.append(legend_item("<span style='display:inline-block;width:22px;margin-right:6px;vertical-align:3px;border-top:2px dashed #000'></span>",
                           f"dashed line = body average ({body_mean:+.2f})"))
    return legend_list(items)


def strip_chart_html(scores: pd.DataFrame, article_id: str | None = None, title: str | None = None) -> str:
    """One article's sentences as an HTML block: a title, an inline SVG that scales to the
    page's width, and a legend naming every colour and shape.

    ``scores`` has the columns of :func:`newsdesk.sentiment.sentiment` (``article_id``,
    ``sentence_no``, ``role``, ``compound``, ``label``, ``text``; ``speaker`` if present);
    ``article_id`` defaults to the first article in it.
    """
    if article_id is None and len(scores):
        article_id = scores["article_id"].iloc[0]
    heading = title or f"Sentence by sentence: {article_id if article_id is not None else '(no article)'}"
    head = f"<p style='margin:4px 0 0 0;font-weight:bold;font-size:16px;color:#000'>{esc(heading)}</p>"
    frame = scores[scores["article_id"] == article_id] if len(scores) else scores
    if not len(frame):
        return f"<div class='newsdesk-strip' style='max-width:{WIDTH}px'>{head}<p style='font-size:14px'>No sentences to chart for this article.</p></div>"
    frame = frame.sort_values("sentence_no", kind="stable")
    cols = ["sentence_no", "role", "compound", "label", "text"] + (["speaker"] if "speaker" in frame.columns else [])
    rows = frame[cols].to_dict("records")
    n = len(rows)
    right = WIDTH - RIGHT
    step = (right - LEFT) / n
    r = min(7.0, max(2.5, step * 0.38))
    stem = min(3.0, max(1.0, step * 0.3))
    widest = max(len(_tick_text(row["sentence_no"], str(row["role"]))) for row in rows) * TICK_CHAR + 8
    every = max(1, math.ceil(widest / step))
    bottom = TOP + PLOT_H
    height = bottom + BOTTOM

    parts = [f'<rect x="{_n(LEFT)}" y="{_n(_y(THRESHOLD))}" width="{_n(right - LEFT)}" height="{_n(_y(-THRESHOLD) - _y(THRESHOLD))}" fill="{PALETTE["grey"]}" fill-opacity="0.45"/>']
    for v, text in ((1.0, "+1"), (0.5, "+0.5"), (0.0, "0"), (-0.5, "−0.5"), (-1.0, "−1")):
        y = _y(v)
        parts.append(f'<line x1="{_n(LEFT)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}" stroke="{"#000" if v == 0 else "#ddd"}" stroke-width="{1 if v == 0 else 0.8}"/>')
        parts.append(f'<text x="{_n(LEFT - 6)}" y="{_n(y + 4)}" font-size="12" text-anchor="end" fill="#000">{text}</text>')
    body = [float(row["compound"]) for row in rows if row["role"] == "body" and pd.notna(row["compound"])]
    body_mean = sum(body) / len(body) if body else None
    if body_mean is not None:
        y = _y(body_mean)
        parts.append(f'<line x1="{_n(LEFT)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}" stroke="#000" stroke-width="1.3" stroke-dasharray="6 4"><title>body average {body_mean:+.2f}</title></line>')
    marks = []
    counts = dict.fromkeys(LABEL_MARKS, 0)
    for i, row in enumerate(rows):
        x = LEFT + (i + 0.5) * step
        value = float(row["compound"]) if pd.notna(row["compound"]) else 0.0
        label = str(row["label"]) if str(row["label"]) in LABEL_MARKS else "neutral"
        counts[label] += 1
        colour = PALETTE[LABEL_MARKS[label][0]]
        parts.append(f'<line x1="{_n(x)}" y1="{_n(_y(0))}" x2="{_n(x)}" y2="{_n(_y(value))}" stroke="{colour}" stroke-width="{_n(stem)}"/>')
        marks.append(_marker(label, x, _y(value), r, colour, _tip(row)))
        if i % every == 0:
            parts.append(f'<text x="{_n(x)}" y="{_n(bottom + 17)}" font-size="12" text-anchor="middle" fill="#000">{esc(_tick_text(row["sentence_no"], str(row["role"])))}</text>')
    parts.extend(marks)  # markers over every stem and line
    parts.append(f'<text x="{_n((LEFT + right) / 2)}" y="{_n(bottom + 40)}" font-size="13" text-anchor="middle" fill="#000">sentence in reading order (H = headline, S = standfirst)</text>')

    present = [lab for lab in LABEL_MARKS if counts[lab]]
    summary = f"Strip chart of {n} sentences: " + ", ".join(f"{counts[lab]} {lab}" for lab in LABEL_MARKS) + (f"; body average {body_mean:+.2f}" if body_mean is not None else "")
    note = "Each stem is one sentence's VADER compound score, from −1 (most negative) to +1 (most positive) · hover a mark to read the sentence"
    svg = svg_element(WIDTH, height, parts, summary)
    return (
        f"<div class='newsdesk-strip' style='max-width:{WIDTH}px'>{head}"
        f"<p style='margin:0 0 4px 0;font-size:14px;color:#333'>{esc(note)}</p>{svg}{_legend(present, body_mean)}</div>"
    )
