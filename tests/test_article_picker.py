"""The article picker: a drop-down for a class's corpus, a search box over a large one."""

from __future__ import annotations

import importlib

import newsdesk as nd
import pytest
import traitlets
from newsdesk.ui.article_picker import SHOWN, ArticlePicker, article_options

from .conftest import synthetic_data_dir

ALL = "(all)"


def _options(n: int) -> list[tuple[str, str]]:
    wires = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    return [(f"Talks {i}: {'Lavrov' if i % 7 == 0 else 'Blinken'} in Geneva (Wire {wires[i % 5]})", f"art{i:05d}") for i in range(n)]


def _watch(picker: ArticlePicker) -> list:
    seen: list = []
    picker.observe(lambda change: seen.append(change["new"]), names="value")
    return seen


def test_small_corpus_is_one_drop_down_with_every_article():
    picker = ArticlePicker(_options(12), extra=[(ALL, ALL)], value=ALL)
    assert not picker.large and picker.search is None
    assert picker.children == (picker.dropdown,)
    assert [v for _, v in picker.options] == [ALL] + [f"art{i:05d}" for i in range(12)]
    seen = _watch(picker)
    picker.value = "art00003"
    picker.dropdown.value = "art00005"  # what a click in the browser does
    assert picker.value == "art00005" and seen == ["art00003", "art00005"]


def test_large_corpus_lists_a_few_and_searches_every_title():
    picker = ArticlePicker(_options(10000), extra=[(ALL, ALL)], value="art00001")
    assert picker.large and picker.search is not None
    assert len(picker.options) == 1 + SHOWN
    seen = _watch(picker)
    picker.search.value = "lavrov DELTA"
    found = [v for _, v in picker.options[1:]]
    expected = [f"art{i:05d}" for i in range(10000) if i % 7 == 0 and i % 5 == 3]
    assert found == expected[:SHOWN] and len(expected) > SHOWN
    assert picker.value == expected[0] and seen == [expected[0]]  # the first match, one change only
    assert f"{len(expected):,} articles match; the first {SHOWN} are listed" in picker.matches.value
    picker.search.value = "nothing like this"
    assert picker.value == expected[0] and "No article matches" in picker.matches.value
    assert [v for _, v in picker.options[1:]] == expected[:SHOWN]  # list unchanged
    picker.search.value = ""
    assert picker.value == expected[0] and seen == [expected[0]]
    assert expected[0] in [v for _, v in picker.options]


def test_choosing_an_article_the_list_does_not_show_never_jumps_elsewhere():
    picker = ArticlePicker(_options(5000), extra=[(ALL, ALL)], value="art00002")
    seen = _watch(picker)
    picker.value = "art04321"  # beyond the listed 200
    assert picker.value == picker.dropdown.value == "art04321"
    assert seen == ["art04321"]  # no detour through "(all)" or the first article
    assert picker.options[1] == (_options(5000)[4321][0], "art04321")
    with pytest.raises(traitlets.TraitError):
        picker.value = "no-such-article"
    for i in range(3000, 3400):  # choosing many unlisted articles in turn (a test loop, a script)
        picker.value = f"art{i:05d}"
    assert len(picker.options) == 1 + SHOWN + 1  # the list plus the chosen one, never growing
    assert picker.options[1][1] == "art03399"


def test_search_hint_escapes_what_was_typed():
    picker = ArticlePicker(_options(3000))
    picker.search.value = "<script>alert(1)</script>"
    assert "<script>" not in picker.matches.value and "&lt;script&gt;" in picker.matches.value


def test_empty_corpus():
    picker = ArticlePicker([])
    assert picker.value is None and picker.options == ()
    with_all = ArticlePicker([], extra=[(ALL, ALL)])
    assert with_all.value == ALL


def test_article_options_label_titles_and_outlets(corpus):
    options = article_options(corpus.articles)
    assert [v for _, v in options] == corpus.ids
    label = options[0][0]
    assert "Blinken" in label and label.endswith("(Al Jazeera)")


@pytest.fixture()
def many_articles(tmp_path, monkeypatch):
    """Eight synthetic articles, with the picker's list limit at 3 so they count as many."""
    folder = synthetic_data_dir(tmp_path / "many", 8)
    picker_module = importlib.import_module("newsdesk.ui.article_picker")
    monkeypatch.setattr(picker_module, "LIST_LIMIT", 3)
    return nd.load_corpus(folder)


def test_every_view_searches_a_large_corpus(many_articles):
    from newsdesk.ui.article_view import ArticleBrowser
    from newsdesk.ui.quotes_view import quote_explorer
    from newsdesk.ui.sentiment_view import sentiment_explorer
    from newsdesk.ui.timeline_view import timeline_explorer

    corpus = many_articles
    target = corpus.ids[-1]
    word = corpus[target].title.split()[0]
    browser = ArticleBrowser(corpus)
    tone = sentiment_explorer(corpus)
    timeline = timeline_explorer(corpus)
    ledger = quote_explorer(corpus)
    for picker in (browser.picker, tone.picker, timeline.article_picker, ledger.article):
        assert picker.large and picker.search is not None
    browser.picker.search.value = target  # an id is searchable too
    assert browser.shown == target
    tone.picker.search.value = target
    assert set(tone.scores["article_id"]) == {target}
    timeline.article_picker.value = target
    assert set(timeline.filtered["article_id"]) <= {target}
    ledger.article.search.value = target
    assert set(ledger.current["article_id"]) <= {target}
    browser.picker.search.value = word
    assert corpus[browser.shown].title.split()[0] == word
