"""Every tutorial notebook, opened in JupyterLab in a real Chromium, run and then used.

For each ``notebooks/*.ipynb``: open it, Run > Run All Cells, wait for the kernel, then fail on
any error output, "Error displaying widget"/"model not found", a widget that never renders,
a cell that did not run, or an output that scrolls sideways at 1280x720. Then do what
:data:`NOTEBOOK_SPECS` says (choose an article, pick "anonymous", ...) and check the view
changed as it should. A screenshot of the whole notebook is saved in artifacts/screenshots/.

Adding a notebook needs no code: without a spec it is still run and checked; add an entry to
:data:`NOTEBOOK_SPECS` to exercise its widgets.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

import pytest

from . import (
    QUOTES_STEPS,
    SCREENSHOTS,
    SENTIMENT_STEPS,
    TIMELINE_STEPS,
    Spec,
    Step,
    find_problems,
    horizontal_scrollers,
    lab_notebooks,
    run_step,
    save_full_screenshot,
    screenshot_path,
    uses_widgets,
    wait_for_widgets,
)
from .servers import Server, shutdown_kernels

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.browser

#: The notebook currently shown in Lab (hidden panels keep their DOM, so always scope to this).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def picked_article_is_shown(page: Page, scope: Locator) -> str | None:
    """Check: the article view shows the headline of the article chosen in the "Article:" picker."""
    picker = scope.locator(".widget-dropdown").filter(
        has=page.locator("label.widget-label", has_text=re.compile(r"^\s*Article"))).first
    chosen = picker.locator("select").evaluate("s => s.options[s.selectedIndex].text")
    # options read "<title, maybe cut> (<outlet>)": compare the start of the title
    title = re.sub(r"\s+", " ", re.sub(r"\s*\([^()]*\)\s*$", "", chosen)).strip()[:40]
    shown = re.sub(r"\s+", " ", scope.locator(".newsdesk-article").first.inner_text())
    return None if title and title in shown else f"picked {title!r} but the article view shows {shown[:120]!r}"


#: Per-notebook interactions. Keys are notebook file names; see tests/browser/__init__.py
#: for what a Step can do. Notebooks without an entry are still run and checked for errors.
NOTEBOOK_SPECS: dict[str, Spec] = {
    "00_start_here.ipynb": Spec(steps=(
        Step("choose", target=r"^\s*Article", value="other",
             changes=".newsdesk-article", checks=(picked_article_is_shown,)),
    )),
    "01_timeline.ipynb": Spec(steps=TIMELINE_STEPS),
    "02_sentiment.ipynb": Spec(steps=SENTIMENT_STEPS),
    "03_quotes.ipynb": Spec(steps=QUOTES_STEPS),
}


# --------------------------------------------------------------------------- Lab driving

_CELLS_JS = """
(panel) => [...document.querySelectorAll(panel + ' .jp-CodeCell')].map(c => ({
  prompt: (c.querySelector('.jp-InputPrompt') || {}).textContent || '',
  source: ((c.querySelector('.cm-content') || {}).innerText || '').trim(),
}))
"""


def kernel_idle(page: Page) -> bool:
    """The notebook's kernel is connected and idle (the status bar says so too)."""
    indicator = page.locator(f'{PANEL} .jp-Notebook-ExecutionIndicator[data-status="idle"]').count()
    status = " ".join(page.locator(".jp-StatusBar-Widget").all_inner_texts())
    return bool(indicator) and bool(re.search(r"\|\s*Idle", status))


def wait_kernel_idle(page: Page, timeout: float) -> None:
    """Wait until the kernel has been idle for two polls in a row (it starts as "connecting")."""
    deadline, stable = time.monotonic() + timeout, 0
    while time.monotonic() < deadline:
        stable = stable + 1 if kernel_idle(page) else 0
        if stable >= 2:
            return
        page.wait_for_timeout(500)
    raise AssertionError(f"kernel not ready after {timeout:.0f}s")


def open_notebook(page: Page, lab: Server, rel_path: str) -> None:
    """Open a notebook in a fresh Lab workspace and wait until its kernel is idle."""
    page.goto(lab.url(f"lab/tree/{rel_path}?reset"))
    page.wait_for_selector(f"{PANEL} .jp-Notebook .jp-Cell", timeout=90_000)
    wait_kernel_idle(page, 90.0)
    # give the projector's width to the notebook: close the file browser
    left = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if left.count() and page.locator("#jp-left-stack").is_visible():
        left.first.click()


def run_all(page: Page, timeout: float) -> list[dict[str, str]]:
    """Run > Run All Cells, then wait until no cell is queued or running and the kernel is idle."""
    def click_run_all() -> float:
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        return time.monotonic()

    clicked = click_run_all()
    deadline = time.monotonic() + timeout
    stable = 0
    started = False
    cells: list[dict[str, str]] = []
    while time.monotonic() < deadline:
        cells = page.evaluate(_CELLS_JS, PANEL)
        prompts = [c["prompt"] for c in cells]
        started = started or any(re.search(r"\[(\d+|\*)\]", p) for p in prompts)
        if not started and time.monotonic() - clicked > 20:
            clicked = click_run_all()  # the click can be lost while the kernel is connecting
        busy = any("*" in p for p in prompts) or not kernel_idle(page)
        stable = stable + 1 if (started and not busy) else 0
        if stable >= 3:
            return cells
        page.wait_for_timeout(500)
    running = [i for i, c in enumerate(cells) if "*" in c["prompt"]]
    raise AssertionError(f"notebook still running after {timeout:.0f}s (code cells {running} busy)")


@pytest.mark.parametrize("notebook", lab_notebooks(), ids=lambda p: p.name)
def test_notebook_runs_and_responds_in_lab(notebook, lab: Server, page: Page) -> None:  # type: ignore[no-untyped-def]
    spec = NOTEBOOK_SPECS.get(notebook.name, Spec())
    failed = True
    try:
        open_notebook(page, lab, f"notebooks/{notebook.name}")
        cells = run_all(page, spec.run_timeout)
        problems = find_problems(page, spec.allow_error_boxes)
        assert not problems, f"{notebook.name} shows errors after Run All:\n" + "\n".join(problems)
        not_run = [i for i, c in enumerate(cells) if c["source"] and not re.search(r"\[\d+\]", c["prompt"])]
        assert not not_run, f"{notebook.name}: code cells {not_run} did not run (an earlier cell failed?)"

        needed = spec.needs_widgets if spec.needs_widgets is not None else uses_widgets(notebook)
        wait_for_widgets(page, needed, allow_error_boxes=spec.allow_error_boxes)
        problems = find_problems(page, spec.allow_error_boxes) + [
            f"console: {m}" for m in page.console_failures]  # type: ignore[attr-defined]
        assert not problems, f"{notebook.name}: widgets failed:\n" + "\n".join(problems)
        for check in spec.after_run:
            message = check(page)
            assert message is None, f"{notebook.name}: {message}"

        for step in spec.steps:
            run_step(page, step, spec.allow_error_boxes)

        scrollers = horizontal_scrollers(page)
        assert not scrollers, (f"{notebook.name}: outputs do not fit a 1280x720 projector:\n"
                               + "\n".join(scrollers))
        assert not page.console_failures, page.console_failures  # type: ignore[attr-defined]
        failed = False
    finally:
        save_full_screenshot(page, screenshot_path(SCREENSHOTS, "lab", notebook, failed), PANEL)
        shutdown_kernels(lab)
