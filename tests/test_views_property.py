"""Property-based tests: the notebook widget views survive hostile article text and escape it.

An article is untrusted input, and the views in ``newsdesk.ui`` turn it into HTML shown in
JupyterLab and Voilà. For arbitrary hostile text (any Unicode, zero-width and RTL marks,
unbalanced quote marks, ``<script>``/``onerror=``/``javascript:`` payloads, Markdown tricks,
very long tokens, punctuation-only lines, impossible dates), written to a temporary folder and
loaded with ``newsdesk.load_corpus``, these tests check that

1. building every view never raises;
2. moving every widget (dropdowns to each option, hostile text in text boxes, sliders,
   ``.click()``) never raises out of a callback, and any error is shown inside the view's
   ``Output`` as a plain-English error box, never a traceback; only the views' deliberate
   refusals (ValueError "type your name first" and the like) may appear;
3. every piece of HTML the views render (``ipywidgets.HTML`` values and ``text/html`` outputs
   of ``Output`` widgets, found by walking the widget tree) contains no script/iframe/object/
   embed tag, no ``on*`` event-handler attribute, no ``javascript:`` URL and no tag or
   attribute the views do not write themselves: the article's text arrives escaped.

An IPython ``InteractiveShell`` is started for this module, because without one
``IPython.display.display`` just prints ``repr(obj)`` and an ``Output`` would hold no HTML to
check. Example counts are small so the module runs in under a minute on two cores; set
``NEWSDESK_PROPERTY_EXAMPLES=300`` for a longer bug hunt.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import matplotlib
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

matplotlib.use("Agg")

import ipywidgets as widgets  # noqa: E402
import newsdesk as nd  # noqa: E402
import pandas as pd  # noqa: E402
from newsdesk.quote_compare import framing  # noqa: E402
from newsdesk.quotes import quotes  # noqa: E402
from newsdesk.sentiment import by_speaker, sentiment  # noqa: E402
from newsdesk.timeline import timeline  # noqa: E402
from newsdesk.ui import common  # noqa: E402
from newsdesk.ui.article_view import ArticleBrowser, article_html, problems_html  # noqa: E402
from newsdesk.ui.quotes_view import (  # noqa: E402
    article_quotes_html,
    framing_html,
    ledger_html,
    quote_explorer,
    sourcing_chart,
)
from newsdesk.ui.sentiment_view import (  # noqa: E402
    LabellingWidget,
    SentimentExplorer,
    explanation_html,
    headline_body_chart,
    speaker_chart,
    speakers_html,
    strip_chart,
)
from newsdesk.ui.timeline_view import TimelineExplorer, claims_html, undated_table  # noqa: E402

# ------------------------------------------------------------------------------ hostile text

#: Payloads and awkward pieces; each paragraph is a random mix of these and random Unicode.
TOKENS = [
    # script and event-handler injection, raw and already-escaped, and attribute break-outs
    "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>", '<img src="x" onerror="alert(1)">', "<svg onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>', '<object data="javascript:alert(1)">', "<embed src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">click</a>', "<a href=' javascript:alert(1)'>x</a>", "javascript:alert(1)",
    "<b data-evil=1>bold</b>", "<style>*{display:none}</style>", "<math><mi xlink:href=javascript:alert(1)>",
    "' onmouseover='alert(1)", '" onfocus="alert(1)" autofocus="', "</span></div><script>alert(1)</script>",
    "</mark><script>alert(1)</script>", "<!--", "-->", "]]>", "&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;", "&#106;avascript:",
    "{{7*7}}", "${alert(1)}", "$x^2$", "\\(x\\)", r"$\frac$", r"$\undefined{$", "$$",
    # Markdown tricks
    "[useful](javascript:alert(1))", "![x](javascript:alert(1))", "**bold**", "__under__", "# Heading", "> quoted",
    "`code`", "| a | b |", "---", "***", "<https://example.org>", "[x]: javascript:alert(1)",
    # quote marks, balanced or not, and words that make statements
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "「", "」",
    "Lavrov said", "Blinken told reporters", "according to", "a senior US official said", "on condition of anonymity",
    "the ministry said in a statement", "“We talked,” Blinken said.", "Lavrov said “it was useful", "said Sergei Lavrov.",
    # dates, real and impossible, and contacts to put on the timeline
    "February 30", "on February 30, 2023", "the 45th", "2023-02-29", "31/31/2023", "on Thursday", "last week",
    "since July", "in months", "Blinken and Lavrov spoke by phone on March 2, 2023.", "the first call since July",
    "They met briefly on the 45th of Smarch.", "had not met since 2022", "the talks on February 30 were useful",
    # sentiment words
    "war", "not good", "terrible", "great", "!!!", "???",
    # Unicode: zero-width, bidi controls, BOM, combining marks, other scripts, emoji, line separators
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u200f", "\u2066", "\u2069",
    "e\u0301\u0301\u0301", "שלום", "Москва", "مرحبا", "🙂", "👩‍👩‍👧", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\t", "\r",
    # very long tokens
    "A" * 3000, "x_" * 400, "https://example.org/" + "a/" * 200 + "?q=<script>", "—" * 500, "<" * 300, "&" * 300,
]
#: Lines of nothing but punctuation.
PUNCT_LINES = ["!!!", "...", "— — —", "“”“”“”", "''''", '"""', "?!?!", "***", "---", "«»«»", "()[]{}<>", ";;;;", "&&&"]

_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_TEXT = st.text(alphabet=_CHARS, max_size=16)
_SEGMENT = st.one_of(st.sampled_from(TOKENS), st.sampled_from(TOKENS), _TEXT)
#: short hostile strings for metadata, text boxes and slots in the story templates below
HOSTILE_SHORT = st.one_of(st.sampled_from(TOKENS[:40] + PUNCT_LINES), st.lists(_SEGMENT, max_size=4).map(" ".join))
#: Sentences the analysers recognise (statements, dated contacts, "first … since" claims),
#: so quotes, timeline rows and claims carry hostile text into the views.
TEMPLATES = [
    "Blinken and Lavrov spoke by phone {date} about {x}.",
    "US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov {date} in {x}, “{x}” Lavrov said.",
    "It was the first meeting since {date} between Blinken and Lavrov {x}.",
    "“{x},” a senior US official said {date} on condition of anonymity.",
    "{x} said Sergei Lavrov, according to {x}.",
    "The Russian foreign ministry said in a statement that {x} was “{x}”.",
    "Blinken told reporters {date} the war was {x} and “terrible {x}”.",
    "Putin and Biden held a video call {date}; «{x}» said Peskov.",
]
DATES_IN_TEXT = ["on March 2, 2023", "on February 30", "on the 45th", "since July", "last week", "on Thursday", "in 2022", "on 2023-02-29"]


@st.composite
def _story(draw) -> str:
    sentence = draw(st.sampled_from(TEMPLATES)).replace("{date}", draw(st.sampled_from(DATES_IN_TEXT)))
    while "{x}" in sentence:
        sentence = sentence.replace("{x}", draw(HOSTILE_SHORT).replace("{x}", ""), 1)
    return sentence


_PARAGRAPH = st.one_of(
    st.lists(_SEGMENT, min_size=1, max_size=14).map(" ".join),
    st.lists(_SEGMENT, min_size=1, max_size=6).map("".join),
    st.sampled_from(PUNCT_LINES),
    st.lists(_story(), min_size=1, max_size=3).map(" ".join),
    st.lists(_story(), min_size=1, max_size=3).map(" ".join),
)
FILE_NAMES = [
    "article", "<script>alert(1)<\\script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "a..b", "“quoted” «name»", "\u202eexe.txt", "x" * 150, "Москва 2023-02-30", " ", "-",
]
DATES = ["2023-03-02", "February 30, 2023", "2023-02-30", "the 45th", "30/02/2023", "<script>alert(1)</script>", "", "9999-99-99"]


def _front_matter(meta: dict[str, str], as_yaml: bool) -> str:
    if as_yaml:  # JSON strings are YAML double-quoted scalars
        lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items()]
        return "---\n" + "\n".join(lines) + "\n---\n"
    lines = [f"{k}: {v}".replace("\n", " ") for k, v in meta.items()]  # bare "key: value" lines
    return "\n".join(lines) + "\n---\n"


@st.composite
def documents(draw) -> tuple[str, str]:
    """(file name, file text): hostile paragraphs, sometimes under hostile front matter."""
    paragraphs = draw(st.lists(_PARAGRAPH, min_size=2, max_size=6))
    text = draw(st.sampled_from(["\n\n", "\n", "\n\n\n", "\r\n\r\n"])).join(paragraphs)
    if draw(st.booleans()):
        meta = {"title": draw(HOSTILE_SHORT)}
        for key in ("outlet", "url", "standfirst"):
            if draw(st.booleans()):
                meta[key] = draw(HOSTILE_SHORT)
        meta["published"] = draw(st.one_of(st.sampled_from(DATES), HOSTILE_SHORT))
        text = _front_matter(meta, draw(st.booleans())) + text
    stem = draw(st.sampled_from(FILE_NAMES))
    return stem + draw(st.sampled_from([".txt", ".txt", ".md"])), text


def _corpus(folder: Path, doc: tuple[str, str]) -> nd.Corpus:
    name, text = doc
    articles = folder / "articles"
    articles.mkdir(parents=True)
    (articles / name).write_bytes(text.encode("utf-8"))
    return nd.load_corpus(folder)


@contextlib.contextmanager
def hostile_corpus(caught, doc: tuple[str, str]) -> Iterator[tuple[nd.Corpus, Path]]:
    """One hostile document loaded from a fresh folder (yielded too); errors caught for an
    earlier failing example are forgotten first."""
    caught.errors.clear()
    with tempfile.TemporaryDirectory() as folder:
        yield _corpus(Path(folder), doc), Path(folder)


# ------------------------------------------------------------------------------ HTML checks

#: Tags and attributes the views write themselves; anything else must have come from an article.
VIEW_TAGS = {
    "a", "b", "br", "code", "div", "h4", "i", "li", "mark", "p", "span", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "ul", "wbr",
}
VIEW_ATTRS = {"class", "download", "href", "role", "style", "title"}
#: The timeline chart is inline SVG: shapes, text and tooltips only (no <use>, <image>,
#: <foreignObject>, <animate> or <set>, which could carry a link or script).
SVG_TAGS = {"svg", "g", "rect", "circle", "line", "polygon", "path", "text", "title"}
SVG_ATTRS = {
    "xmlns", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points", "d",
    "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "font-size", "text-anchor", "aria-label",
}
VIEW_TAGS |= SVG_TAGS
VIEW_ATTRS |= SVG_ATTRS
DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "meta", "link", "form", "math", "style",
                  "foreignobject", "use", "image", "animate", "set"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "background", "poster"}
_URL_NOISE = re.compile(r"[\x00-\x20]+")  # browsers ignore control chars and spaces in a scheme


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}> tag")
        elif tag not in VIEW_TAGS:
            self.problems.append(f"unexpected <{tag}> tag")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event-handler attribute {name}= on <{tag}>")
            elif name not in VIEW_ATTRS:
                self.problems.append(f"unexpected attribute {name}= on <{tag}>")
            url = _URL_NOISE.sub("", value or "").lower()
            if name in URL_ATTRS and url.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        self.text.append(data)


def html_problems(markup: str) -> list[str]:
    """What is unsafe in ``markup`` (empty when it is safe): a parse with html.parser."""
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    if re.search(r"<\s*script", markup, re.IGNORECASE):
        checker.problems.append("raw '<script' in the markup")
    return checker.problems


def visible_text(markup: str) -> str:
    """The text a browser would show for ``markup`` (character references decoded)."""
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    return "".join(checker.text)


def assert_safe(markup: str, where: str) -> None:
    problems = html_problems(markup)
    assert not problems, f"{where}: unescaped markup: {problems}\n{markup[:3000]}"


def walk(widget: widgets.Widget):
    """The widget and every widget below it (Box children)."""
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


_TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # IPython colours its tracebacks


def rendered_html(view: widgets.Widget) -> list[tuple[str, str]]:
    """(where, markup) for every HTML value and every text/html output under ``view``."""
    found = []
    for w in walk(view):
        name = type(w).__name__
        if isinstance(w, widgets.HTML | widgets.HTMLMath):
            found.append((name, w.value))
        if getattr(w, "description_allow_html", False):
            found.append((f"{name}.description", w.description))
        if isinstance(w, widgets.Output):
            for out in w.outputs:
                data = out.get("data", {})
                assert "application/javascript" not in data, f"{name} shows JavaScript"
                if "text/html" in data:
                    found.append((f"{name} output", data["text/html"]))
                stream = _ANSI.sub("", out.get("text", "") + data.get("text/plain", ""))
                assert not _TRACEBACK.search(stream), f"{name} shows a traceback: {stream[:2000]}"
    return found


def check_view(view: widgets.Widget, step: str) -> None:
    """Every HTML the view shows is safe; every error box is one plain-English sentence."""
    for where, markup in rendered_html(view):
        assert_safe(markup, f"{step} / {where}")
        assert not _TRACEBACK.search(markup), f"{step} / {where}: traceback shown\n{markup[:2000]}"
        if "newsdesk-error" in markup:
            shown = visible_text(markup)
            assert shown.startswith("Problem:") and len(shown) > len("Problem: ") + 10, f"{step}: error box {shown!r}"


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module", autouse=True)
def ipython_shell(tmp_path_factory):
    """A real InteractiveShell, so ``display(HTML(...))`` produces text/html outputs to check."""
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    mp = pytest.MonkeyPatch()
    mp.setenv("IPYTHONDIR", str(tmp_path_factory.mktemp("ipython")))
    had_shell = InteractiveShell.initialized()
    config = Config()
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config)
    yield shell
    if not had_shell:
        InteractiveShell.clear_instance()
    mp.undo()


class _Caught(logging.Handler):
    """Collects the exceptions ``safe_callback`` caught (it logs each with log.exception)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.errors: list[BaseException] = []

    def emit(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            self.errors.append(record.exc_info[1])


#: The views' deliberate refusals: shown to the student as advice, not failures.
REFUSALS = re.compile(
    r"please type your name|choose negative, neutral or positive|there is no sentence to label|type one word"
)


@pytest.fixture(scope="module")
def caught():
    handler = _Caught()
    logger = logging.getLogger("newsdesk.ui")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def _unexpected(errors: list[BaseException]) -> list[str]:
    return [
        f"{type(e).__name__}: {str(e)[:300]}"
        for e in errors
        if not (isinstance(e, ValueError) and REFUSALS.search(str(e)))
    ]


def assert_no_unexpected_errors(caught: _Caught, step: str) -> None:
    bad = _unexpected(caught.errors)
    caught.errors.clear()
    assert not bad, f"{step}: a callback failed on hostile input (shown as an error box): {bad}"


#: NEWSDESK_PROPERTY_EXAMPLES=300 for a longer bug hunt; 20 keeps the module under a minute.
SETTINGS = settings(
    max_examples=int(os.environ.get("NEWSDESK_PROPERTY_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def _draw(fig, name: str) -> None:
    """Render a matplotlib figure fully (text layout, mathtext parsing), then close it."""
    import matplotlib.pyplot as plt

    try:
        fig.canvas.draw()
    except Exception as exc:  # report which chart and why, then fail
        raise AssertionError(f"{name} could not be drawn: {type(exc).__name__}: {exc}") from exc
    finally:
        plt.close(fig)


def _values(dropdown, limit: int | None = None) -> list:
    values = [v for _, v in dropdown.options] if dropdown.options and isinstance(dropdown.options[0], tuple) else list(dropdown.options)
    return values[:limit] if limit else values


# ------------------------------------------------------------------------------ the checker itself


@pytest.mark.parametrize(
    "markup",
    [
        "<div>ok <script>alert(1)</script></div>",
        "<span><img src=x onerror=alert(1)></span>",
        "<a href='  java\tscript:alert(1)'>x</a>",
        "<a href='&#106;avascript:alert(1)'>x</a>",
        "<p title='' onmouseover='alert(1)'>x</p>",
        "<b data-evil=1>x</b>",
        "<iframe src=x></iframe>",
    ],
)
def test_checker_catches_unescaped_markup(markup):
    assert html_problems(markup)


@given(st.text(alphabet=_CHARS) | st.sampled_from(TOKENS))
@SETTINGS
def test_checker_passes_escaped_text(text):
    markup = f"<div class='x'><span title='{common.esc(text)}'>{common.esc(text)}</span></div>"
    assert html_problems(markup) == []
    assert visible_text(markup) == text


# ------------------------------------------------------------------------------ common.py


class _Boom(Exception):
    pass


@given(
    st.sampled_from([ValueError, KeyError, TypeError, FileNotFoundError, PermissionError, RuntimeError, _Boom, IndexError]),
    HOSTILE_SHORT,
)
@SETTINGS
def test_safe_callback_shows_any_error_as_escaped_plain_english(exc_type, message):
    output = widgets.Output()

    @common.safe_callback(output)
    def callback():
        raise exc_type(message)

    logging.getLogger("newsdesk.ui").disabled = True
    try:
        assert callback() is None  # nothing escapes
    finally:
        logging.getLogger("newsdesk.ui").disabled = False
    assert len(output.outputs) == 1
    markup = output.outputs[0]["data"]["text/html"]
    assert "newsdesk-error" in markup and "role=\"alert\"" in markup
    assert_safe(markup, exc_type.__name__)
    shown = visible_text(markup)
    assert shown.startswith("Problem: ") and not _TRACEBACK.search(shown)


@given(st.lists(st.lists(HOSTILE_SHORT, min_size=2, max_size=2), max_size=5), st.lists(HOSTILE_SHORT, min_size=2, max_size=2, unique=True))
@SETTINGS
def test_table_note_and_error_html_escape(rows, columns):
    frame = pd.DataFrame(rows, columns=columns)
    for markup in (common.table_html(frame, wrap_cols=tuple(columns[:1])), common.note_html(" ".join(columns)), common.error_html(" ".join(columns))):
        assert_safe(markup, "common")
    shown = visible_text(common.table_html(frame))
    for row in rows:
        for cell in row:
            assert cell in shown


# ------------------------------------------------------------------------------ article view


@given(documents())
@SETTINGS
def test_article_browser_shows_hostile_article_as_text(caught, doc):
    with hostile_corpus(caught, doc) as (corpus, folder):
        event(f"articles loaded: {len(corpus)}")
        browser = ArticleBrowser(corpus)
        check_view(browser, "build")
        for value in _values(browser.picker):
            browser.picker.value = value
            assert browser.shown == value
            check_view(browser, f"picker={value!r}")
            markup = browser.output.outputs[-1]["data"]["text/html"]
            shown = visible_text(markup)
            for text in corpus[value].paragraphs["text"]:
                assert text in shown, f"paragraph not shown as literal text: {text[:200]!r}"
        assert_safe(problems_html(corpus), "problems_html")
        for article in corpus:
            assert_safe(article_html(article), "article_html")
        assert_no_unexpected_errors(caught, "article browser")


@given(st.sampled_from(FILE_NAMES), st.lists(_SEGMENT, max_size=6).map(" ".join))
@SETTINGS
def test_views_survive_a_corpus_whose_only_file_was_rejected(caught, stem, text):
    """A NUL byte makes the loader refuse the file: every view must then cope with no articles."""
    with hostile_corpus(caught, (stem + ".txt", text + "\x00" + text)) as (corpus, folder):
        assert len(corpus) == 0 and len(corpus.problems) == 1
        assert_safe(problems_html(corpus), "problems_html")
        views = [
            ArticleBrowser(corpus),
            quote_explorer(corpus),
            TimelineExplorer(corpus, export_dir=Path(folder) / "processed"),
            SentimentExplorer(corpus),
            LabellingWidget(corpus, labels_path=Path(folder) / "labels" / "labels.csv"),
        ]
        for view in views:
            check_view(view, f"{type(view).__name__} over an empty corpus")
        views[2].export_button.click()
        views[3].what_if.word.value = text
        views[3].what_if.apply_button.click()
        views[4].student.value = text
        views[4].label.value = "neutral"
        views[4].save_button.click()
        views[4].next_button.click()
        views[4].agreement_button.click()
        for view in views:
            check_view(view, f"{type(view).__name__} after clicks")
        assert_no_unexpected_errors(caught, "empty corpus")


# ------------------------------------------------------------------------------ quotes view


@given(documents())
@SETTINGS
def test_quote_explorer_filters_hostile_quotes(caught, doc):
    with hostile_corpus(caught, doc) as (corpus, folder):
        box = quote_explorer(corpus)
        check_view(box, "build")
        for dropdown in (box.article, box.speaker_type, box.side, box.kind):
            for value in _values(dropdown):
                dropdown.value = value
                check_view(box, f"{dropdown.description} {value!r}")
            dropdown.value = "(all)"
        box.render()
        check_view(box, "re-render")
        q = quotes(corpus)
        event(f"statements found: {min(len(q), 3)}{'+' if len(q) >= 3 else ''}")
        assert_safe(ledger_html(q), "ledger_html")
        assert_safe(framing_html(framing(corpus)), "framing_html")
        _draw(sourcing_chart(q).figure, "sourcing_chart")  # as notebook 03 draws it
        for article in corpus:
            assert_safe(article_quotes_html(article, q), "article_quotes_html")
        assert_no_unexpected_errors(caught, "quote explorer")


# ------------------------------------------------------------------------------ timeline view


@given(documents(), st.integers(0, 59), st.integers(0, 59), st.data())
@SETTINGS
def test_timeline_explorer_filters_and_exports_hostile_events(caught, doc, a, b, data):
    with hostile_corpus(caught, doc) as (corpus, folder):
        ui = TimelineExplorer(corpus, export_dir=Path(folder) / "processed")
        check_view(ui, "build")
        for value in _values(ui.article_picker):
            ui.article_picker.value = value
            check_view(ui, f"article {value!r}")
            # every re-render draws a chart (~0.2 s), so one drawn option per filter, not all
            for dropdown in (ui.actor_filter, ui.type_filter):
                option = data.draw(st.sampled_from(_values(dropdown)), label=dropdown.description)
                dropdown.value = option
                check_view(ui, f"{dropdown.description} {option!r}")
        ui.lanes.value = "participant pair"
        check_view(ui, "lanes = pair")
        months = ui.date_range.options
        ui.date_range.value = (months[min(a, b)], months[max(a, b)])
        check_view(ui, f"dates {ui.date_range.value}")
        ui.export_button.click()
        check_view(ui, "export")
        assert ui.exported and all(p.exists() for p in ui.exported)
        ui.lanes.value = "contact type"
        events = timeline(corpus)
        event(f"timeline rows: {'some' if len(events) else 'none'}; contacts: {'some' if len(events) and (events['contact_type'] != '').any() else 'none'}; claims: {len(ui.claims)}")
        assert_safe(claims_html(ui.claims), "claims_html")
        assert_safe(common.table_html(undated_table(events)), "undated_table")
        assert_no_unexpected_errors(caught, "timeline explorer")


# ------------------------------------------------------------------------------ sentiment views


@given(documents(), HOSTILE_SHORT, st.floats(-4.0, 4.0), st.data())
@SETTINGS
def test_sentiment_explorer_explains_and_rescores_hostile_text(caught, doc, word, valence, data):
    with hostile_corpus(caught, doc) as (corpus, folder):
        panel = SentimentExplorer(corpus)
        check_view(panel, "build")
        for value in _values(panel.picker):
            panel.picker.value = value
            check_view(panel, f"article {value!r}")
            for option in _values(panel.explain_view.sentence, limit=6):
                panel.explain_view.sentence.value = option
                check_view(panel, f"sentence {option!r}")
        box = panel.what_if
        for typed in (word, word.strip().split(" ")[0] if word.strip() else "war", "war"):
            box.word.value = typed
            check_view(panel, f"word {typed!r}")
            box.valence.value = round(valence, 1)
            box.apply_button.click()
            check_view(panel, f"apply {typed!r}")
        box.reset_button.click()
        check_view(panel, "reset")
        scores = panel.all_scores
        assert_safe(speakers_html(scores), "speakers_html")
        for article_id in corpus.ids:  # as notebook 02 draws them
            _draw(strip_chart(scores, article_id), "strip_chart")
            _draw(headline_body_chart(scores, article_id), "headline_body_chart")
        speakers = by_speaker(scores)
        if not speakers.empty:
            _draw(speaker_chart(speakers), "speaker_chart")
        if len(scores):
            text = scores["text"].iloc[data.draw(st.integers(0, len(scores) - 1))]
            from newsdesk.explain import explain

            assert_safe(explanation_html(explain(text)), "explanation_html")
            assert_safe(explanation_html(explain(text, {word.strip().lower() or "war": 2.0})), "explanation_html with override")
        assert_no_unexpected_errors(caught, "sentiment explorer")


@given(documents(), HOSTILE_SHORT, HOSTILE_SHORT, st.sampled_from(["negative", "neutral", "positive", None]))
@SETTINGS
def test_labelling_widget_saves_hostile_names_and_comments(caught, doc, student, comment, label):
    with hostile_corpus(caught, doc) as (corpus, folder):
        scores = sentiment(corpus, find_quotes=False)
        path = Path(folder) / "labels" / "labels.csv"
        panel = LabellingWidget(corpus, labels_path=path, scores=scores)
        check_view(panel, "build")
        panel.student.value = student
        panel.comment.value = comment
        panel.label.value = label
        panel.save_button.click()
        check_view(panel, "save")
        panel.next_button.click()
        panel.label.value = "positive"
        panel.student.value = "Ana"
        panel.save_button.click()
        check_view(panel, "save again")
        other = LabellingWidget(corpus, labels_path=path, scores=scores)
        other.student.value = comment or "Ben"
        other.label.value = "negative"
        other.save_button.click()
        other.agreement_button.click()
        check_view(other, "agreement")
        for value in _values(other.picker):
            other.picker.value = value
            for option in _values(other.sentence, limit=4):
                other.sentence.value = option
                check_view(other, f"sentence {option!r}")
        assert_no_unexpected_errors(caught, "labelling widget")


# ------------------------------------------------------------------------------ charts as images


@contextlib.contextmanager
def png_figures(shell):
    """Figures displayed as PNG, as the inline backend in JupyterLab and Voilà does."""
    from IPython.core.pylabtools import select_figure_formats

    select_figure_formats(shell, {"png"})
    try:
        yield
    finally:
        select_figure_formats(shell, set())


@given(documents())
@settings(SETTINGS, max_examples=max(4, SETTINGS.max_examples // 3))
def test_explorer_charts_render_as_svg(ipython_shell, caught, doc):
    """A chart that fails while IPython renders it gets no error box: IPython's formatter catches
    the exception and prints a traceback instead of the image. So each chart Output must hold
    an image/png, as it does under the inline backend in JupyterLab and Voilà. The timeline's
    and the sentiment explorer's charts are inline SVG in HTML: their Outputs must hold that."""
    with hostile_corpus(caught, doc) as (corpus, folder), png_figures(ipython_shell):
        views = [TimelineExplorer(corpus, export_dir=Path(folder) / "processed")]
        if len(corpus):  # the sentiment explorer draws no chart without an article
            views.append(SentimentExplorer(corpus))
        for view in views:
            shown = [out.get("data", {}).get("text/html", "") for out in view.chart_output.outputs]
            name = type(view).__name__
            assert len(shown) == 1 and "<svg" in shown[0] and "newsdesk-error" not in shown[0], f"{name}: chart not rendered: {shown}"
            assert_safe(shown[0], f"{name} chart")
        assert_no_unexpected_errors(caught, "charts")


def test_html_parser_sees_escaped_text_literally():
    """The checker's view of escaped text is the text itself (so the tests above mean something)."""
    evil = "<script>alert(1)</script> & <img src=x onerror=alert(1)>"
    assert visible_text(f"<p>{html.escape(evil)}</p>") == evil
