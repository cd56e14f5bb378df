"""Every classroom app (``notebooks/apps/*.ipynb``), opened under Voilà in a real Chromium.

Voilà runs the app as a teacher would see it: code hidden, only text and widgets. The test
fails on any error output, Voilà's "There was an error when executing cell", "Error displaying
widget"/"model not found", a widget that never renders, visible code, or a page wider than the
1280x720 projector. Then it does what :data:`APP_SPECS` says and checks the view changed, and
saves a full-page screenshot in artifacts/screenshots/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from . import (
    QUOTES_STEPS,
    SCREENSHOTS,
    SENTIMENT_STEPS,
    TIMELINE_STEPS,
    Spec,
    app_notebooks,
    find_problems,
    horizontal_scrollers,
    page_wider_than_viewport,
    run_step,
    save_full_screenshot,
    screenshot_path,
    uses_widgets,
    wait_for_widgets,
)
from .servers import Server

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

#: Per-app interactions, keyed by file name (see tests/browser/__init__.py for Step).
#: Apps without an entry are still opened and checked for errors, widgets and width.
APP_SPECS: dict[str, Spec] = {
    "who_said_what.ipynb": Spec(steps=QUOTES_STEPS),
    "when_did_they_talk.ipynb": Spec(steps=TIMELINE_STEPS),
    "how_does_it_sound.ipynb": Spec(steps=SENTIMENT_STEPS),
}

_VOILA_DONE_JS = """
() => { if (document.readyState === 'loading') return false;
        const l = document.querySelector('#loading');
        return !l || getComputedStyle(l).display === 'none' || l.offsetParent === null; }
"""


def open_app(page: Page, voila: Server, rel_path: str, timeout: float) -> None:
    """Open an app under Voilà and wait until every cell has executed (the spinner is gone)."""
    # "commit", not "load": Voilà streams the page while the cells run
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(voila.url(f"voila/render/{rel_path}"), timeout=timeout * 1000, wait_until="commit")
    try:
        page.wait_for_function(_VOILA_DONE_JS, timeout=timeout * 1000)
    except PlaywrightTimeout:
        status = page.evaluate("() => (document.querySelector('#loading_text') || {}).innerText || ''")
        raise AssertionError(
            f"{rel_path} did not finish executing within {timeout:.0f}s (Voilà says: {status!r}).\n"
            f"--- Voilà log ---\n{voila.log_tail(2000)}") from None


@pytest.mark.parametrize("app", app_notebooks(), ids=lambda p: p.name)
def test_app_renders_and_responds_in_voila(app, voila: Server, page: Page) -> None:  # type: ignore[no-untyped-def]
    spec = APP_SPECS.get(app.name, Spec())
    failed = True
    try:
        open_app(page, voila, f"notebooks/apps/{app.name}", spec.run_timeout)
        problems = find_problems(page, spec.allow_error_boxes)
        assert not problems, f"{app.name} shows errors under Voilà:\n" + "\n".join(problems)
        needed = spec.needs_widgets if spec.needs_widgets is not None else uses_widgets(app)
        wait_for_widgets(page, needed, allow_error_boxes=spec.allow_error_boxes)
        problems = find_problems(page, spec.allow_error_boxes) + [
            f"console: {m}" for m in page.console_failures]  # type: ignore[attr-defined]
        assert not problems, f"{app.name}: widgets failed under Voilà:\n" + "\n".join(problems)
        code = page.locator(".jp-InputArea-editor, .cm-editor").count()
        assert code == 0, f"{app.name}: {code} code editors visible; Voilà should hide the code"
        for check in spec.after_run:
            message = check(page)
            assert message is None, f"{app.name}: {message}"

        for step in spec.steps:
            run_step(page, step, spec.allow_error_boxes)

        too_wide = [m for m in [page_wider_than_viewport(page)] if m] + horizontal_scrollers(page)
        assert not too_wide, f"{app.name} does not fit a 1280x720 projector:\n" + "\n".join(too_wide)
        assert not page.console_failures, page.console_failures  # type: ignore[attr-defined]
        failed = False
    finally:
        save_full_screenshot(page, screenshot_path(SCREENSHOTS, "voila", app, failed))


_PICK_HOSTILE_JS = """
(needles) => {
  for (const select of document.querySelectorAll('.widget-dropdown select')) {
    const i = [...select.options].findIndex(o => needles.some(n => o.text.includes(n)));
    if (i >= 0) { select.selectedIndex = i; select.dispatchEvent(new Event('change', {bubbles: true})); return true; }
  }
  return false;
}
"""


@pytest.mark.parametrize("app", app_notebooks(), ids=lambda p: p.name)
def test_hostile_article_stays_text_in_app(app, voila: Server, page: Page) -> None:  # type: ignore[no-untyped-def]
    """Pick the article whose title, outlet, URL and body carry scripts; nothing may run."""
    spec = APP_SPECS.get(app.name, Spec())
    open_app(page, voila, f"notebooks/apps/{app.name}", spec.run_timeout)
    wait_for_widgets(page, True, allow_error_boxes=spec.allow_error_boxes)
    picked = page.evaluate(_PICK_HOSTILE_JS, ["Blinken meets Lavrov", "xss_everywhere", "__xss"])
    assert picked, f"{app.name}: no dropdown offers the hostile article (is it loaded?)"
    page.wait_for_timeout(3000)
    problems = find_problems(page, spec.allow_error_boxes)
    assert not problems, f"{app.name} with a hostile article:\n" + "\n".join(problems)
    if app.name in SHOWS_ARTICLE_TEXT:
        # the script is on screen as literal text, not executed and not silently dropped
        assert "__xss" in page.inner_text("body"), f"{app.name}: the hostile article's text is not shown"


#: Apps that display sentences or quotes of the chosen article (the timeline shows events only).
SHOWS_ARTICLE_TEXT = {"who_said_what.ipynb", "how_does_it_sound.ipynb"}
