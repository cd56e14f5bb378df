"""Choosing an article: one drop-down list for a class's corpus, a search box for a large one.

A drop-down of 100,000 articles is 100,000 options the browser must receive and draw before
the page answers, and nobody can scroll through them. Up to :data:`LIST_LIMIT` articles the
picker is a plain drop-down, exactly as before; above it a search box (words from a title, an
outlet or an id; Enter to search) narrows the list, which never holds more than
:data:`SHOWN` articles. Views read and set ``picker.value`` and observe it as they did with a
drop-down, whatever the size of the corpus.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
import traitlets

from .common import esc

#: Up to this many articles the picker is one drop-down list.
LIST_LIMIT = 1000
#: At most this many matches are listed after a search.
SHOWN = 200


def article_label(title: object, article_id: str, outlet: object, width: int = 70) -> str:
    """How an article is named in a picker: its title (cut) and outlet."""
    name = title if isinstance(title, str) and title else article_id
    where = outlet if isinstance(outlet, str) and outlet else "unknown outlet"
    return f"{name[:width]} ({where})"


def article_options(articles: pd.DataFrame, width: int = 70) -> list[tuple[str, str]]:
    """(label, article_id) for every row of a ``Corpus.articles`` table, in its order."""
    ids = articles["article_id"].tolist() if "article_id" in articles else []
    titles = articles["title"].tolist() if "title" in articles else [None] * len(ids)
    outlets = articles["outlet"].tolist() if "outlet" in articles else [None] * len(ids)
    return [(article_label(t, i, o, width), i) for t, i, o in zip(titles, ids, outlets, strict=True)]


class ArticlePicker(widgets.VBox):
    """A drop-down of articles, with a search box above it when there are too many to list.

    ``value`` is the chosen article id (or one of the ``extra`` values such as "(all)"); set it
    to choose one, observe it to follow the choice. ``options`` and ``description`` are the
    drop-down's. ``search`` (Text) and ``matches`` (HTML) exist only for a large corpus.
    """

    value = traitlets.Any(None, allow_none=True)

    def __init__(
        self,
        options: list[tuple[str, str]],
        *,
        extra: list[tuple[str, str]] | None = None,
        value: str | None = None,
        description: str = "Article:",
        layout: widgets.Layout | None = None,
        style: dict | None = None,
        list_limit: int | None = None,
    ):
        self._all = options
        self._extra = list(extra or [])
        self._label_of = {v: label for label, v in self._extra + options}
        self.large = len(options) > (LIST_LIMIT if list_limit is None else list_limit)
        #: what the picker lists (the extra entries, then every article, the first SHOWN or the
        #: matches of the last search); the drop-down shows these plus the chosen one
        self._listed = self._extra + (options[:SHOWN] if self.large else options)
        first = value if value is not None else (self._listed[0][1] if self._listed else None)
        self.dropdown = widgets.Dropdown(options=self._keeping(first, self._listed), value=first, description=description, layout=layout or widgets.Layout(width="95%"), style=style or {"description_width": "initial"})
        self._relisting = False
        children: list[widgets.Widget] = [self.dropdown]
        self.search: widgets.Text | None = None
        self.matches: widgets.HTML | None = None
        if self.large:
            self._haystack = [f"{label} {v}".casefold() for label, v in options]
            self.search = widgets.Text(placeholder="words from a title, an outlet or an id, then Enter", description="Find an article:", continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="60%"))
            self.matches = widgets.HTML(self._hint())
            self.search.observe(lambda change: self._search(change["new"]), names="value")
            children = [widgets.HBox([self.search, self.matches]), self.dropdown]
        super().__init__(children)
        self.value = self.dropdown.value
        self.dropdown.observe(self._from_dropdown, names="value")

    # -- the drop-down's face ---------------------------------------------------------
    @property
    def options(self):
        return self.dropdown.options

    @property
    def description(self) -> str:
        return self.dropdown.description

    # -- value ------------------------------------------------------------------------
    @traitlets.validate("value")
    def _check_value(self, proposal):
        value = proposal["value"]
        if value is not None and value not in self._label_of:
            raise traitlets.TraitError(f"Invalid selection: no article {value!r}")
        return value

    @traitlets.observe("value")
    def _to_dropdown(self, change) -> None:
        value = change["new"]
        if value is not None and value != self.dropdown.value:
            if all(v != value for _, v in self.dropdown.options):  # not listed now
                self._relist()  # what the picker lists, plus this one (never a growing list)
            self.dropdown.value = value

    def _from_dropdown(self, change) -> None:
        if not self._relisting and change["new"] is not None and change["new"] != self.value:
            self.value = change["new"]

    def _relist(self) -> None:
        """Show what the picker lists, keeping the choice. A drop-down given new options jumps
        to the first one; that jump is not a choice (no view redraws for it)."""
        self._relisting = True
        try:
            self.dropdown.options = self._keeping(self.value, self._listed)
            if self.value is not None:
                self.dropdown.value = self.value
        finally:
            self._relisting = False

    def _keeping(self, value: str | None, listed: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """``listed``, with ``value`` added after the extra entries if it is not there: the
        drop-down would otherwise jump to its first option (and a view redraw for it)."""
        if value is None or any(v == value for _, v in listed):
            return listed
        n = len(self._extra)
        return listed[:n] + [(self._label_of[value], value)] + listed[n:]

    # -- search -----------------------------------------------------------------------
    def _hint(self, text: str = "") -> str:
        body = text or f"{len(self._all):,} articles: type words from a title, an outlet or an id and press Enter."
        return f"<span style='font-size:14px'>{esc(body)}</span>"

    def find(self, query: str) -> list[int]:
        """Positions (in the picker's article order) of the articles holding every word of ``query``."""
        words = query.casefold().split()
        return [i for i, hay in enumerate(self._haystack) if all(w in hay for w in words)]

    def _search(self, query: str) -> None:
        """List the articles matching ``query`` and choose the first; an empty query lists the
        first articles again and keeps the choice."""
        found = self.find(query)
        if query.strip() and not found:
            self.matches.value = self._hint(f"No article matches {query.strip()!r}; the list is unchanged.")
            return
        self._listed = self._extra + [self._all[i] for i in found[:SHOWN]]
        self._relist()
        if not query.strip():
            self.matches.value = self._hint()
            return
        more = f"; the first {SHOWN} are listed" if len(found) > SHOWN else ""
        self.matches.value = self._hint(f"{len(found):,} article{'s match' if len(found) != 1 else ' matches'}{more}.")
        self.value = self._all[found[0]][1]
        self._relist()  # the earlier choice is no longer listed
