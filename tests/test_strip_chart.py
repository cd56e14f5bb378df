"""The sentence-by-sentence sentiment chart (inline SVG): one mark per sentence, shape and
colour by label, text escaped, ticks thinned on long articles."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pandas as pd
from newsdesk.sentiment import sentiment
from newsdesk.ui.common import PALETTE
from newsdesk.ui.strip_chart import LABEL_MARKS, strip_chart_html

SVG_NS = "{http://www.w3.org/2000/svg}"


def scores_frame(values: list[float], roles: list[str] | None = None, texts: list[str] | None = None, article_id: str = "a1") -> pd.DataFrame:
    """Sentence scores (the columns the chart reads) with labels from the ±0.05 rule."""
    n = len(values)
    return pd.DataFrame({
        "article_id": article_id, "sentence_no": list(range(n)), "role": roles or ["body"] * n,
        "compound": values, "label": ["positive" if v >= 0.05 else "negative" if v <= -0.05 else "neutral" for v in values],
        "text": texts or [f"sentence {i}" for i in range(n)], "speaker": "journalist",
    })


def svg_of(markup: str) -> ET.Element:
    """The SVG parsed as XML: it must be well-formed, not just tolerated by a browser."""
    found = re.search(r"<svg.*</svg>", markup, re.S)
    assert found, markup[:200]
    return ET.fromstring(found.group())


def marks(svg: ET.Element) -> list[ET.Element]:
    """The sentence markers: shapes that carry a tooltip."""
    return [e for e in svg.iter() if e.tag in (SVG_NS + "polygon", SVG_NS + "circle") and e.find(SVG_NS + "title") is not None]


def test_one_mark_per_sentence_with_shape_and_colour_by_label():
    frame = scores_frame([0.6, -0.7, 0.0, 0.3])
    svg = svg_of(strip_chart_html(frame))
    shown = marks(svg)
    assert len(shown) == 4
    by_label = {"positive": PALETTE["blue"], "negative": PALETTE["vermillion"], "neutral": PALETTE["grey"]}
    for mark, label in zip(shown, frame["label"], strict=True):
        assert mark.get("fill") == by_label[label]
        assert (mark.tag == SVG_NS + "circle") == (label == "neutral")
        if mark.tag == SVG_NS + "polygon":
            ys = [float(p.split(",")[1]) for p in mark.get("points").split()]
            apex_up = ys[0] < min(ys[1:])
            assert apex_up == (label == "positive")  # ▲ positive, ▼ negative


def test_higher_scores_are_drawn_higher():
    svg = svg_of(strip_chart_html(scores_frame([0.9, 0.2, -0.3, -0.95])))
    ys = []
    for mark in marks(svg):
        ys.append(float(mark.get("cy")) if mark.get("cy") else sum(float(p.split(",")[1]) for p in mark.get("points").split()) / 3)
    assert ys == sorted(ys)


def test_seed_chart_counts_match_the_scores(seed):
    scores = sentiment(seed, find_quotes=False)
    markup = strip_chart_html(scores, seed.article_id)
    svg = svg_of(markup)
    assert len(marks(svg)) == len(scores)
    counts = scores["label"].value_counts()
    summary = svg.get("aria-label")
    for label in LABEL_MARKS:
        assert f"{counts.get(label, 0)} {label}" in summary
    body = scores.loc[scores["role"] == "body", "compound"].mean()
    assert f"body average ({body:+.2f})" in markup
    ticks = [t.text for t in svg.iter(SVG_NS + "text")]
    assert "H" in ticks  # the headline is marked as such


def test_article_text_is_escaped_in_tooltips_and_title():
    evil = "<script>alert(1)</script> & <img src=x onerror=alert(1)>"
    markup = strip_chart_html(scores_frame([0.5, -0.5], texts=[evil, "ok"], article_id="<b>x</b>"))
    assert "<script>" not in markup and "<img" not in markup and "<b>x</b>" not in markup
    svg = svg_of(markup)
    tips = [m.find(SVG_NS + "title").text for m in marks(svg)]
    assert evil in tips[0]  # the reader sees the text exactly as written


def test_long_articles_thin_the_tick_labels_but_keep_every_mark():
    values = [((i * 37) % 200 - 100) / 100 for i in range(300)]
    svg = svg_of(strip_chart_html(scores_frame(values)))
    assert len(marks(svg)) == 300
    ticks = [t for t in svg.iter(SVG_NS + "text") if t.text and t.text.isdigit() and t.get("text-anchor") == "middle"]  # not the score axis
    assert 5 < len(ticks) < 100
    xs = [float(t.get("x")) for t in ticks]
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) >= 3 * 7.2  # labels never touch


def test_only_the_picked_article_is_drawn_and_an_empty_one_says_so():
    both = pd.concat([scores_frame([0.5, 0.1], article_id="a1"), scores_frame([-0.5], article_id="a2")], ignore_index=True)
    assert len(marks(svg_of(strip_chart_html(both, "a2")))) == 1
    empty = strip_chart_html(both, "missing")
    assert "<svg" not in empty and "No sentences" in empty
