"""Small builders for the hand-written SVG charts (timeline, sentence strip): numbers, marks
with a tooltip, the outer ``<svg>`` element and the legend under a chart.

Every ``tip``, ``summary`` and legend text passed here is escaped by the caller or here as
documented: article text is untrusted input.
"""

from __future__ import annotations

from collections.abc import Iterable

from .common import esc


def num(value: float) -> str:
    """A coordinate: one decimal, no trailing zeros ("12", "3.5")."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def polygon(points: Iterable[tuple[float, float]], fill: str, tip: str) -> str:
    """A filled, black-edged polygon with a tooltip (``tip`` already escaped)."""
    pts = " ".join(f"{num(x)},{num(y)}" for x, y in points)
    return f'<polygon points="{pts}" fill="{fill}" stroke="#000" stroke-width="0.8"><title>{tip}</title></polygon>'


def circle(x: float, y: float, r: float, fill: str, tip: str) -> str:
    """A filled, black-edged circle with a tooltip (``tip`` already escaped)."""
    return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{fill}" stroke="#000" stroke-width="0.8"><title>{tip}</title></circle>'


def svg_element(width: int, height: float, parts: list[str], summary: str) -> str:
    """The chart's ``<svg>``: scales to the page's width up to ``width`` pixels; ``summary``
    (escaped here) is what a screen reader says."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {num(height)}" width="100%" '
        f'style="max-width:{width}px;height:auto;font-family:sans-serif" role="img" aria-label="{esc(summary)}">'
        + "".join(parts) + "</svg>"
    )


def legend_item(mark: str, text: str) -> str:
    """One legend entry: ``mark`` (markup) then ``text`` (escaped here)."""
    return f"<li style='display:inline-block;margin:2px 18px 2px 0'>{mark}{esc(text)}</li>"


def legend_list(items: list[str]) -> str:
    """The legend under a chart, from :func:`legend_item` entries."""
    return f"<ul class='newsdesk-legend' style='list-style:none;padding:0;margin:6px 0 0 0;font-size:14px;color:#000'>{''.join(items)}</ul>"
