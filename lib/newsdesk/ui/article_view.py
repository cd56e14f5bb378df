"""Article view for notebook 00: paragraphs colour-coded by role, and an article picker.

Colours come from the Okabe–Ito palette and every paragraph also carries its role in words,
so the view works for colour-blind readers and in black-and-white print.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML, display

from ..corpus import Article, Corpus
from .article_picker import ArticlePicker, article_options
from .common import TINTS, esc, note_html, safe_callback, showing_in, table_html

#: role -> (colour name, what the role means for a reader)
ROLE_STYLE: dict[str, tuple[str, str]] = {
    "title": ("blue", "headline"),
    "standfirst": ("sky blue", "standfirst: the summary under the headline"),
    "body": ("grey", "the outlet's reporting"),
    "credit": ("orange", "credit line: an agency or outlet named as source"),
    "boilerplate": ("vermillion", "added by the republishing website, not the journalist"),
}


def role_legend_html() -> str:
    """A legend that names each role's colour in words."""
    items = []
    for role, (colour, meaning) in ROLE_STYLE.items():
        items.append(
            f"<li><span style='background:{TINTS[colour]};border:1px solid #555;padding:0 8px'>&nbsp;</span> "
            f"<b>{esc(role)}</b> ({esc(colour)}): {esc(meaning)}</li>"
        )
    return "<ul style='list-style:none;padding-left:0;font-size:15px'>" + "".join(items) + "</ul>"


def article_html(article: Article) -> str:
    """The article as escaped HTML, one box per paragraph, labelled with its number and role."""
    meta = [
        ("Outlet", article.outlet or "unknown"),
        ("Published", article.published.isoformat() if article.published else "unknown"),
        ("URL", article.url or "not given"),
        ("File", article.path),
    ]
    head = "".join(f"<div><b>{esc(k)}:</b> {esc(v)}</div>" for k, v in meta)
    parts = [f"<div class='newsdesk-article' style='max-width:1100px;font-size:16px;line-height:1.45'>{head}"]
    if article.warnings:
        parts.append(note_html("Loader notes: " + "; ".join(article.warnings)))
    for para in article.paragraphs.itertuples(index=False):
        colour, _ = ROLE_STYLE.get(para.role, ("grey", ""))
        weight = "bold;font-size:20px" if para.role == "title" else "normal"
        parts.append(
            f"<div class='newsdesk-para role-{esc(para.role)}' style='background:{TINTS[colour]};margin:4px 0;"
            f"padding:6px 10px;border-left:6px solid #333'>"
            f"<span style='font-size:12px;color:#333'>¶{int(para.paragraph_no)} · {esc(para.role)}</span><br>"
            f"<span style='font-weight:{weight}'>{esc(para.text)}</span></div>"
        )
    parts.append("</div>")
    return "".join(parts)


def corpus_table(corpus: Corpus) -> pd.DataFrame:
    """The columns of ``corpus.articles`` a reader needs first."""
    cols = ["article_id", "title", "outlet", "published", "n_paragraphs", "n_words", "warnings"]
    frame = corpus.articles[cols].copy()
    frame["published"] = frame["published"].dt.strftime("%Y-%m-%d").fillna("unknown")
    return frame


class ArticleBrowser(widgets.VBox):
    """An article picker (Dropdown) and the colour-coded article below it.

    Attributes for tests and apps: ``picker`` (:class:`ArticlePicker`: a Dropdown of articles,
    with a search box for a large corpus), ``output`` (Output),
    ``shown`` (the id currently rendered).
    """

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        options = article_options(corpus.articles)
        self.picker = ArticlePicker(options, description="Article:")
        self.output = widgets.Output()
        self.shown: str | None = None
        self._render = safe_callback(self.output)(self._render_article)
        self.picker.observe(lambda change: self._render(), names="value")
        super().__init__([widgets.HTML(role_legend_html()), self.picker, self.output])
        if options:
            self._render()
        else:
            with showing_in(self.output):
                display(HTML(note_html("No articles loaded. Put .txt, .md, .html, .csv or .jsonl files in data/articles/ and run the notebook again.")))

    def _render_article(self) -> None:
        article = self.corpus[self.picker.value]
        self.shown = article.article_id
        display(HTML(article_html(article)))


def problems_html(corpus: Corpus) -> str:
    """The files that could not be used (or loaded with a caveat), in plain English."""
    if corpus.problems.empty:
        return note_html("Every file in data/articles/ loaded without problems.")
    return table_html(corpus.problems, ["path", "severity", "reason"], wrap_cols=("reason",))
