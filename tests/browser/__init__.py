"""Real-browser tests: shared page helpers (interaction steps, error and projector checks).

The same helpers drive JupyterLab (``test_notebooks_in_browser``) and Voilà
(``test_apps_in_browser``): both render outputs as ``.jp-OutputArea-output`` and widgets as
``.jupyter-widgets``. Per-notebook behaviour lives in small spec tables in the test modules, as
:class:`Spec` and :class:`Step` values, so adding a notebook means adding one entry.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Playwright is imported lazily so collection works without it (tests then skip)
    from playwright.sync_api import Locator, Page

# --------------------------------------------------------------------------- where things are

#: The repository (tests/browser/ is two levels down).
REPO = Path(__file__).resolve().parents[2]
#: Source of the notebooks to serve (``$NEWSDESK_BROWSER_NOTEBOOKS`` overrides, for development).
NOTEBOOKS = Path(os.environ.get("NEWSDESK_BROWSER_NOTEBOOKS", REPO / "notebooks"))
#: Where screenshots and server logs go (git-ignored), for a person to look at afterwards.
SCREENSHOTS = REPO / "artifacts" / "screenshots"
SERVER_LOGS = REPO / "artifacts" / "browser-logs"


def lab_notebooks() -> list[Path]:
    """Tutorial notebooks run in JupyterLab (``notebooks/*.ipynb``)."""
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def app_notebooks() -> list[Path]:
    """Voilà apps (``notebooks/apps/*.ipynb``)."""
    return sorted((NOTEBOOKS / "apps").glob("*.ipynb"))


#: The projector the classroom uses.
VIEWPORT = {"width": 1280, "height": 720}

#: Chromium flags: no sandbox (root in CI containers), no GPU, and nothing that phones home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: Text that means a widget failed to render, wherever it appears on the page.
WIDGET_FAILURE_TEXT = re.compile(r"Error displaying widget|model not found|Could not create a model|Failed to load model class")
#: Text in a stderr/error output that means the code failed (warnings are allowed).
ERROR_OUTPUT_TEXT = re.compile(r"Traceback|\b[A-Z]\w*(?:Error|Exception)\b")
#: Voilà's message when a cell raised (with or without --show_tracebacks).
VOILA_CELL_ERROR = re.compile(r"There was an error when executing cell")
#: A widget shown as its text fallback: the page has no widget manager for it.
WIDGET_AS_TEXT = re.compile(r"^(?:VBox|HBox|Box|GridBox|Tab|Accordion|Dropdown|Output|Button|ToggleButtons|"
                            r"SelectMultiple|Select|Text|Textarea|IntSlider|FloatSlider|Checkbox|HTML|Label)\(")

#: Tolerance in CSS pixels for "fits the projector" checks (sub-pixel rounding, borders).
WIDTH_TOLERANCE = 4

#: Check callable: given the page and the output area holding the widget just used (the
#: explorer's panel), return None when fine or a plain message saying what is wrong.
Check = Callable[["Page", "Locator"], "str | None"]


@dataclass(frozen=True)
class Step:
    """One thing a person does with a widget, and how the view must change afterwards.

    ``action``: ``choose`` (Dropdown/Select/ToggleButtons/RadioButtons), ``click`` (Button),
    ``fill`` (Text/Textarea, then Enter), ``tick`` (Checkbox), ``slide`` (type into a slider's
    readout). ``target``: a regex matched against the widget's description label (for ``click``:
    the button's text); ``selector`` overrides how the widget is found (CSS), ``nth`` picks among
    several matches. ``value``: for ``choose`` an option-label regex, an int index, or ``"other"``
    (any option but the current one); for ``fill``/``slide`` the text to type.

    After the step, every expectation must hold within ``timeout`` seconds: the text of
    ``changes`` (a CSS selector) differs from before; each ``appears`` regex is found and each
    ``disappears`` regex is absent in the output text; each ``checks`` callable returns None.
    """

    action: str
    target: str = ""
    value: str | int | None = None
    selector: str | None = None
    nth: int = 0
    changes: str | None = None
    appears: tuple[str, ...] = ()
    disappears: tuple[str, ...] = ()
    checks: tuple[Check, ...] = ()
    timeout: float = 60.0


@dataclass(frozen=True)
class Spec:
    """How to exercise one notebook or app in the browser.

    ``needs_widgets``: None means "infer from the source" (imports ipywidgets or newsdesk.ui).
    ``allow_error_boxes``: the page may show newsdesk's plain-English error box on purpose.
    ``run_timeout``: seconds allowed to execute every cell.
    """

    steps: tuple[Step, ...] = ()
    needs_widgets: bool | None = None
    allow_error_boxes: bool = False
    run_timeout: float = 150.0
    after_run: tuple[Check, ...] = field(default=())


# --------------------------------------------------------------------------- notebook source


def uses_widgets(notebook: Path) -> bool:
    """Whether a notebook builds widgets (so at least one must render in the browser)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    return bool(re.search(r"\bipywidgets\b|\bnewsdesk\.ui\b|from newsdesk import ui\b|_explorer\(", source))


# --------------------------------------------------------------------------- reading the page

_OUTPUTS_JS = """
() => [...document.querySelectorAll('.jp-OutputArea-output')]
      .filter(e => !e.closest('.lm-mod-hidden'))
      .map(e => e.innerText).join('\\n')
"""


def outputs_text(page: Page) -> str:
    """All visible output text (code sources and markdown are not included)."""
    return str(page.evaluate(_OUTPUTS_JS))


def text_of(page: Page, selector: str) -> str:
    """Joined text of every element matching ``selector`` ("" when none)."""
    return str(page.evaluate(
        "(sel) => [...document.querySelectorAll(sel)].map(e => e.innerText).join('\\n')", selector))


_PROBLEMS_JS = """
() => {
  const out = [];
  const visible = e => !e.closest('.lm-mod-hidden');
  for (const e of document.querySelectorAll('.jp-OutputArea-output')) {
    if (!visible(e)) continue;
    const mime = e.getAttribute('data-mime-type');
    out.push({mime: mime, text: e.innerText.slice(0, 3000),
              widgets: e.querySelectorAll('.jupyter-widgets').length,
              empty: e.innerText.trim() === '' && e.children.length === 0,
              errorBoxes: [...e.querySelectorAll('.newsdesk-error')].map(b => b.innerText)});
  }
  return {outputs: out, body: document.body.innerText};
}
"""


def find_problems(page: Page, allow_error_boxes: bool = False) -> list[str]:
    """Everything on the page that a person would see as broken, in plain words."""
    data = page.evaluate(_PROBLEMS_JS)
    problems: list[str] = []
    for i, out in enumerate(data["outputs"]):
        text = out["text"].strip()
        if out["mime"] == "application/vnd.jupyter.stderr" and ERROR_OUTPUT_TEXT.search(text):
            problems.append(f"error output #{i}: {text[:1500]}")
        if out["mime"] == "text/plain" and WIDGET_AS_TEXT.match(text):
            problems.append(f"output #{i} shows a widget as text (no widget manager?): {text[:200]}")
        if not allow_error_boxes:
            problems.extend(f"newsdesk error box in output #{i}: {b.strip()[:500]}" for b in out["errorBoxes"])
    match = WIDGET_FAILURE_TEXT.search(data["body"])
    if match:
        start = max(0, match.start() - 200)
        problems.append(f"widget failure on page: ...{data['body'][start:match.end() + 300]}...")
    match = VOILA_CELL_ERROR.search(data["body"])
    if match:
        problems.append(f"Voilà cell error: {data['body'][match.start():match.end() + 1500]}")
    problems.extend(scripts_that_ran(page))
    return problems


#: The hostile articles (tests/corpus_hostile) set window.__xss or open a dialog if they run.
_XSS_JS = "() => (typeof window.__xss === 'undefined') ? null : String(window.__xss)"


def scripts_that_ran(page: Page) -> list[str]:
    """Evidence that text from an article was executed instead of shown: a set global or a dialog."""
    found = []
    value = page.evaluate(_XSS_JS)
    if value is not None:
        found.append(f"a script from an article ran in the page (window.__xss = {value})")
    found.extend(f"a dialog opened (script from an article ran?): {m}" for m in getattr(page, "dialogs", []))
    return found


def widget_outputs(page: Page) -> tuple[int, int]:
    """(rendered widget outputs, widget outputs still empty) among the visible outputs."""
    data = page.evaluate(_PROBLEMS_JS)
    rendered = sum(1 for o in data["outputs"] if o["widgets"] > 0)
    empty = sum(1 for o in data["outputs"] if o["mime"] is None and o["widgets"] == 0 and o["empty"])
    return rendered, empty


def wait_for_widgets(page: Page, needed: bool, timeout: float = 60.0,
                     allow_error_boxes: bool = False) -> int:
    """Wait until every widget output has rendered; when ``needed``, at least one must.

    Fails at once when the page shows a widget failure ("Error displaying widget", ...).
    """
    deadline = time.monotonic() + timeout
    rendered, empty = widget_outputs(page)
    while time.monotonic() < deadline:
        problems = find_problems(page, allow_error_boxes)
        if problems:
            raise AssertionError("widgets failed to render:\n" + "\n".join(problems))
        rendered, empty = widget_outputs(page)
        if empty == 0 and (rendered > 0 or not needed):
            return rendered
        page.wait_for_timeout(500)
    raise AssertionError(
        f"widgets never rendered within {timeout:.0f}s: {rendered} rendered, {empty} still empty"
        + ("" if rendered else " (the notebook uses widgets, none appeared)")
    )


# --------------------------------------------------------------------------- projector checks

_OVERFLOW_JS = """
(tol) => {
  const out = [];
  const describe = e => (e.className && typeof e.className === 'string' ? e.tagName.toLowerCase() + '.' + e.className.split(' ').slice(0, 3).join('.') : e.tagName.toLowerCase());
  for (const area of document.querySelectorAll('.jp-OutputArea-output')) {
    if (area.closest('.lm-mod-hidden')) continue;
    if (area.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr') continue;
    for (const e of [area, ...area.querySelectorAll('*')]) {
      const style = getComputedStyle(e);
      const scrolls = ['auto', 'scroll'].includes(style.overflowX);
      if (scrolls && e.scrollWidth > e.clientWidth + tol && e.clientWidth > 0) {
        out.push(`${describe(e)} scrolls sideways (${e.scrollWidth}px of content in ${e.clientWidth}px): ` + e.innerText.slice(0, 120).replace(/\\s+/g, ' '));
        break;
      }
    }
  }
  return out;
}
"""


def horizontal_scrollers(page: Page) -> list[str]:
    """Output areas (or elements inside them) that need sideways scrolling at this viewport."""
    return list(page.evaluate(_OVERFLOW_JS, WIDTH_TOLERANCE))


def page_wider_than_viewport(page: Page) -> str | None:
    """A message when the whole page scrolls sideways (Voilà), naming the widest elements."""
    width, inner = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
    if width <= inner + WIDTH_TOLERANCE:
        return None
    culprits = page.evaluate(
        """(inner) => [...document.querySelectorAll('body *')]
             .filter(e => e.getBoundingClientRect().right > inner + 4)
             .slice(-5).map(e => e.tagName.toLowerCase() + ' ' + (e.innerText || '').slice(0, 80).replace(/\\s+/g, ' '))""",
        inner)
    return f"page is {width}px wide for a {inner}px viewport; widest elements: {culprits}"


# --------------------------------------------------------------------------- checks for specs


def only_rows_matching(column: str, value: str | Callable[[Page, Locator], str]) -> Check:
    """Check: tables in the widget's panel with a header matching ``column`` list >=1 row, and
    every row's cell in that column matches ``value`` (a regex, or a function giving one).

    Used e.g. as "after choosing anonymous, the ledger lists only anonymous sources".
    """
    col_re = re.compile(column, re.I)

    def check(page: Page, scope: Locator) -> str | None:
        wanted = value(page, scope) if callable(value) else value
        val_re = re.compile(wanted, re.I)
        tables = scope.evaluate(
            """(root) => [...root.querySelectorAll('table')]
                 .filter(t => !t.closest('.lm-mod-hidden'))
                 .map(t => {
                    const head = [...(t.tHead ? t.tHead.rows[t.tHead.rows.length - 1].cells : (t.rows[0] ? t.rows[0].cells : []))].map(c => c.innerText.trim());
                    const body = t.tBodies.length ? [...t.tBodies].flatMap(b => [...b.rows]) : [...t.rows].slice(1);
                    return {head, rows: body.map(r => [...r.cells].map(c => c.innerText.trim()))};
                 })""")
        found = False
        values: list[str] = []
        for table in tables:
            cols = [i for i, h in enumerate(table["head"]) if col_re.search(h)]
            if not cols:
                continue
            found = True
            # pandas tables have a row-header cell that has no <th> in the header row; align from the right
            offset = max((len(r) for r in table["rows"]), default=0) - len(table["head"])
            values.extend(r[cols[0] + offset] for r in table["rows"] if len(r) > cols[0] + offset)
        if not found:
            return f"no table with a column matching /{column}/ is shown"
        if not values:
            return f"the table with column /{column}/ has no rows"
        bad = [v for v in values if not val_re.search(v)]
        if bad:
            return f"{len(bad)} of {len(values)} rows in column /{column}/ do not match /{wanted}/: {bad[:5]}"
        return None

    return check


def chosen_option(target: str) -> Callable[[Page, Locator], str]:
    """A regex matching exactly the option currently chosen in the dropdown labelled ``target``."""

    def value(page: Page, scope: Locator) -> str:
        box = _widget(page, ".widget-dropdown", target, None, 0, root=scope)
        text = box.locator("select").evaluate("s => s.options[s.selectedIndex].text")
        # ipywidgets renders option labels with non-breaking spaces; match either kind of space
        words = [re.escape(w) for w in text.replace("\xa0", " ").split()]
        return r"^\s*" + r"[\s\u00a0]+".join(words) + r"\s*$"

    return value


# --------------------------------------------------------------------------- interaction


def _widget(page: Page, classes: str, target: str, selector: str | None, nth: int,
            root: Locator | None = None) -> Locator:
    """The ``nth`` widget of ``classes`` whose description label matches ``target``."""
    base = root if root is not None else page
    if selector:
        return base.locator(selector).nth(nth)
    # the inner "has" locator must come from the page: it is matched inside each candidate
    found = base.locator(classes).filter(
        has=page.locator("label.widget-label", has_text=re.compile(target)))
    return found.nth(nth)


def perform(page: Page, step: Step) -> Locator:
    """Do ``step`` the way a person would (select, click, type), not by setting model values.

    Returns the widget that was used.
    """
    if step.action == "click":
        box = page.locator(step.selector or "button.jupyter-button, .widget-button").filter(
            has_text=re.compile(step.target)).nth(step.nth)
        box.scroll_into_view_if_needed()
        box.click()
    elif step.action == "choose":
        box = _widget(page, ".widget-dropdown, .widget-select, .widget-toggle-buttons, .widget-radio",
                      step.target, step.selector, step.nth)
        box.scroll_into_view_if_needed()
        select = box.locator("select")
        if select.count():
            labels = [s.strip() for s in select.locator("option").all_inner_texts()]
            current = select.evaluate("s => s.selectedIndex")
            select.select_option(index=_pick(labels, step.value, current))
        elif box.locator("button").count():
            buttons = box.locator("button")
            labels = [s.strip() for s in buttons.all_inner_texts()]
            current = buttons.evaluate_all("bs => bs.findIndex(b => b.classList.contains('mod-active'))")
            buttons.nth(_pick(labels, step.value, current)).click()
        else:
            radios = box.locator("input[type=radio]")
            labels = [s.strip() for s in box.locator(".widget-radio-box label").all_inner_texts()]
            current = radios.evaluate_all("rs => rs.findIndex(r => r.checked)")
            radios.nth(_pick(labels, step.value, current)).check()
    elif step.action == "fill":
        box = _widget(page, ".widget-text, .widget-textarea", step.target, step.selector, step.nth)
        field_ = box.locator("input, textarea").first
        field_.fill(str(step.value))
        field_.press("Enter")
        field_.blur()
    elif step.action == "tick":
        box = _widget(page, ".widget-checkbox", step.target, step.selector, step.nth)
        box.locator("input[type=checkbox]").click()
    elif step.action == "slide":
        box = _widget(page, ".widget-slider, .widget-hslider", step.target, step.selector, step.nth)
        readout = box.locator(".widget-readout").first
        readout.click()
        page.keyboard.press("Control+A")
        page.keyboard.type(str(step.value))
        page.keyboard.press("Enter")
    else:
        raise ValueError(f"unknown step action {step.action!r}")
    return box


def _pick(labels: list[str], wanted: str | int | None, current: int) -> int:
    """Index of the option to choose: an index, a label regex, or ``"other"`` than current."""
    if isinstance(wanted, int):
        return wanted
    if wanted in (None, "other"):
        for i in range(len(labels)):
            if i != current:
                return i
        raise AssertionError(f"only one option to choose from: {labels}")
    pattern = re.compile(str(wanted), re.I)
    for i, label in enumerate(labels):
        if pattern.search(label):
            return i
    raise AssertionError(f"no option matching /{wanted}/ among {labels}")


def run_step(page: Page, step: Step, allow_error_boxes: bool = False) -> None:
    """Perform ``step`` and wait until all its expectations hold (or fail saying which did not)."""
    before = text_of(page, step.changes) if step.changes else ""
    widget = perform(page, step)
    # the output area holding the widget: the explorer's panel, where its tables are
    scope = widget.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' jp-OutputArea-output ')][1]")
    deadline = time.monotonic() + step.timeout
    unmet: list[str] = []
    while True:
        unmet = []
        if step.changes and text_of(page, step.changes) == before:
            unmet.append(f"text of {step.changes!r} did not change (still {before[:120]!r})")
        text = outputs_text(page)
        unmet += [f"/{p}/ did not appear" for p in step.appears if not re.search(p, text)]
        unmet += [f"/{p}/ is still shown" for p in step.disappears if re.search(p, text)]
        for check in step.checks:
            message = check(page, scope)
            if message:
                unmet.append(message)
        problems = find_problems(page, allow_error_boxes)
        if problems:
            raise AssertionError(f"after {step.action} {step.target!r}: " + "\n".join(problems))
        if not unmet or time.monotonic() > deadline:
            break
        page.wait_for_timeout(500)
    assert not unmet, f"after {step.action} {step.target!r} -> {step.value!r}: " + "; ".join(unmet)


def save_full_screenshot(page: Page, path: Path, root: str = "body") -> None:
    """Screenshot everything under ``root``, top to bottom.

    Lab and Voilà scroll inside a fixed-height shell, so a "full page" screenshot would only show
    the viewport: grow the viewport by the inner scroller's hidden height, scroll it to the top,
    shoot, then restore the 1280x720 viewport.
    """
    try:
        extra = page.evaluate(
            """(root) => { let best = 0, el = null;
                 for (const e of document.querySelectorAll(root + ' *')) {
                   const d = e.scrollHeight - e.clientHeight;
                   if (d > best && e.clientHeight > 200) { best = d; el = e; } }
                 if (el) el.scrollTop = 0;
                 window.scrollTo(0, 0);
                 return best; }""", root)
        size = page.viewport_size or VIEWPORT
        page.set_viewport_size({"width": size["width"], "height": min(size["height"] + int(extra), 16_000)})
        page.wait_for_timeout(800)
        page.screenshot(path=str(path), full_page=True)
        page.set_viewport_size(size)
    except Exception as exc:  # a screenshot must never hide the real test failure
        print(f"screenshot failed: {exc}")


def screenshot_path(folder: Path, kind: str, notebook: Path, failed: bool) -> Path:
    """Where to save a screenshot: ``<folder>/<kind>-<stem>[-FAILED].png``."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in (f"{kind}-{notebook.stem}.png", f"{kind}-{notebook.stem}-FAILED.png"):
        (folder / stale).unlink(missing_ok=True)
    return folder / f"{kind}-{notebook.stem}{'-FAILED' if failed else ''}.png"


# --------------------------------------------------------------------------- steps per explorer
# Shared by the notebook and app spec tables: the same builder behaves the same everywhere.

#: Quote explorer: choose the "anonymous" speaker type; the ledger must list only anonymous sources.
QUOTES_STEPS: tuple[Step, ...] = (
    Step("choose", target=r"[Ss]peaker|[Ss]ource|[Ww]ho", value=r"^\W*anonymous",
         checks=(only_rows_matching(r"speaker.?type|source.?type|attribution|anonym", r"anonymous"),)),
)

#: Timeline explorer: choose a contact type; every listed event must be of that type.
TIMELINE_STEPS: tuple[Step, ...] = (
    Step("choose", target=r"^\s*Contact type", value="other",
         checks=(only_rows_matching(r"^contact.?type$", chosen_option(r"^\s*Contact type")),)),
)

#: Sentiment explorer: explain another sentence, then give a word a new valence and re-score.
SENTIMENT_STEPS: tuple[Step, ...] = (
    Step("choose", target=r"^\s*Sentence:", value="other", changes=".newsdesk-explain"),
    Step("fill", target=r"^\s*Word:", value="lavrov"),
    Step("slide", target=r"^\s*New valence", value="-3"),
    Step("click", target=r"Re-score every sentence", appears=(r"Edits in force: .*lavrov",)),
)
