"""Hostile input: arbitrary text never crashes the loader or an analyser; script stays text.

Property-based (hypothesis) over the loader and every analyser, plus the fixed hostile corpus
in tests/corpus_hostile/. Every call returns a well-formed DataFrame or raises the documented
:class:`newsdesk.ArticleProblem` (a ValueError with a plain-English reason).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import newsdesk as nd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdesk import pipeline
from newsdesk.corpus import build_article
from newsdesk.readers import RawDocument

HOSTILE = Path(__file__).parent / "corpus_hostile"

TOKENS = [
    "said", "told reporters", "according to", "Lavrov", "Blinken", "Sergei", "the official", "he", "she",
    "a senior US official", "on condition of anonymity", "on Thursday", "last week", "since July", "in months",
    "February 30", "the 45th", "2023-02-29", "10 minutes", "later", "not", "war", "support", "!!!", "?",
    "“", "”", "‘", "’", '"', "'", ".", ",", ":", "—", "(", ")", "\n", "\n\n", "\t", "\u200b", "\u202e", "\u200f",
    "\ufeff", "\x00", "<script>alert(1)</script>", "&amp;", "U.S.", "Mr.", "G-20", "NEW START", "🙂", "שלום", "Москва",
]
texts = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=80).map(" ".join)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(text: str) -> nd.Article | None:
    raw = RawDocument(article_id="prop", path=Path("prop.txt"), source_format="text", text=text, meta={"published": "2023-03-02"})
    try:
        return build_article(raw)
    except nd.ArticleProblem as exc:
        assert exc.reason and exc.code
        return None


@FAST
@given(st.binary(max_size=2000))
def test_loader_never_raises_on_any_bytes(data):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "x.txt").write_bytes(data)
        corpus = nd.load_corpus(folder)
        assert len(corpus) + len(corpus.problems) >= 1  # loaded, or reported with a reason
        assert corpus.problems["reason"].map(lambda r: isinstance(r, str) and len(r) > 10).all()


@FAST
@given(texts)
def test_every_analyser_returns_a_frame(text):
    article = _article(text)
    if article is None:
        return
    for name, func, _ in pipeline.available_analysers():
        frame = func(article)
        assert isinstance(frame, pd.DataFrame), name
        if len(frame) and "article_id" in frame:
            assert (frame["article_id"] == "prop").all(), name


@FAST
@given(texts)
def test_explain_on_any_text(text):
    explain = getattr(nd, "explain", None)
    if explain is None:
        pytest.skip("explain() not available")
    frame = explain(text)
    assert isinstance(frame, pd.DataFrame)


@FAST
@given(texts)
def test_sentences_cover_text_in_order(text):
    article = _article(text)
    if article is None:
        return
    frame = nd.sentences(article)
    for _, group in frame.groupby("paragraph_no"):
        ends = list(zip(group["start"], group["end"], strict=True))
        assert all(a < b for a, b in ends)
        assert all(ends[i][1] <= ends[i + 1][0] for i in range(len(ends) - 1))


def test_hostile_corpus_loads_and_reports():
    corpus = nd.load_corpus(HOSTILE)
    assert "nul_bytes" not in corpus.ids
    assert corpus.problems.set_index("path").loc["articles/nul_bytes.txt", "problem"] == "binary"
    assert len(corpus) == len(list((HOSTILE / "articles").iterdir())) - 1


def test_hostile_corpus_through_every_analyser():
    result = pipeline.analyze(HOSTILE, engine="local", progress=False)
    problems = result["problems"]
    crashed = problems[~problems["stage"].isin(["load"]) & (problems["problem"] != "note")]
    assert crashed.empty, crashed.to_dict("records")
    assert len(result["articles"]) == len(nd.load_corpus(HOSTILE))


def test_script_in_metadata_stays_literal_text():
    article = nd.load_corpus(HOSTILE)["xss_everywhere"]
    assert article.title.startswith("<script>")  # kept as text, not stripped or executed
    from newsdesk.ui.article_view import article_html

    html = article_html(article)
    assert "<script>" not in html and "<img" not in html and "<iframe" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html


def test_html_entities_in_saved_page_become_literal_text():
    article = nd.load_corpus(HOSTILE)["xss_page"]
    text = " ".join(article.paragraphs["text"])
    assert "window.__xss = 21" not in text and "window.__xss = 25" not in text  # real scripts dropped
    assert "<script>window.__xss=24</script>" in text  # escaped text stays visible as text


@pytest.mark.slow
def test_five_megabyte_paragraph(tmp_path):
    para = ("Lavrov said “the talks on Thursday were useful” according to TASS, and a senior US official "
            "said the war in Ukraine would go on since July. ")
    text = "Huge\n\n" + para * (5_000_000 // len(para))
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    corpus = nd.load_corpus(tmp_path)
    article = corpus["huge"]
    assert len(article.body_text) > 4_900_000
    for name, func, _ in pipeline.available_analysers():
        assert isinstance(func(article), pd.DataFrame), name


def test_dollar_signs_in_chart_labels_are_drawn_as_text(tmp_path):
    """An outlet or speaker like '$\\frac$' is text, not a matplotlib formula (which would fail)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from newsdesk.sentiment import by_speaker, sentiment
    from newsdesk.ui.quotes_view import sourcing_chart
    from newsdesk.ui.sentiment_view import speaker_chart

    (tmp_path / "a.txt").write_text("---\noutlet: '$\\frac$'\n---\nHeadline\n\n“We talked,” Blinken said.\n", encoding="utf-8")
    corpus = nd.load_corpus(tmp_path)
    ax = sourcing_chart(nd.quotes(corpus), by="outlet")
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["\\$\\frac\\$"]
    plt.close("all")
    speakers = by_speaker(sentiment(corpus)).assign(speaker="$\\frac$")
    speaker_chart(speakers).canvas.draw()
    plt.close("all")
