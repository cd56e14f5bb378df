"""Fixtures for the real-browser tests: Chromium, a served copy of the notebooks, Lab and Voilà.

Everything is session-scoped except the page. The notebooks are copied to a temporary site
(``notebooks/`` plus ``data/``) so running them in the browser never touches the committed
``.ipynb`` files; the site's ``data/articles/`` also gets :data:`EXTRA_ARTICLES`, so pickers have
more than one article to choose from (the case of a teacher adding articles).

Chromium: Debian's ``/usr/bin/chromium`` (or ``$NEWSDESK_CHROMIUM``), never a Playwright
download. When it is missing the tests skip, except with ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import CHROMIUM_ARGS, NOTEBOOKS, REPO, SERVER_LOGS, VIEWPORT
from .servers import VENV_BIN, Server, start_lab, start_voila

#: Articles added to the served copy of data/articles (never to the repository's data/).
#: The hostile ones carry <script>, onerror= and javascript: in title, metadata and body; every
#: check (find_problems) fails if one of them ran (window.__xss set, or a dialog opened).
EXTRA_ARTICLES = (
    REPO / "tests" / "fixtures" / "awkward" / "front_matter_yaml.md",
    REPO / "tests" / "fixtures" / "awkward" / "bare_front_matter.txt",
    REPO / "tests" / "corpus_hostile" / "articles" / "xss_everywhere.md",
    REPO / "tests" / "corpus_hostile" / "articles" / "xss_page.html",
)
#: Derived or private data folders not copied into the served site.
SKIP_DATA = ("cache", "processed", "labels")


def in_ci() -> bool:
    """True when ``$CI`` says so: missing browser pieces are then failures, not skips."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable(reason: str) -> None:
    """Skip (developer machine) or fail (CI) because a browser-test prerequisite is missing."""
    if in_ci():
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        unavailable(f"Chromium not found at {path} (install: sudo apt-get install -y chromium, "
                    "or set NEWSDESK_CHROMIUM)")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        unavailable(f"Python Playwright is not installed ({exc})")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, chromium_path: str) -> Path:
    """A throw-away copy of ``notebooks/`` and ``data/`` (plus extra articles) to serve."""
    root = tmp_path_factory.mktemp("site")
    if not NOTEBOOKS.is_dir():
        unavailable(f"no notebooks folder at {NOTEBOOKS}")
    shutil.copytree(NOTEBOOKS, root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    shutil.copytree(REPO / "data", root / "data", ignore=shutil.ignore_patterns(*SKIP_DATA))
    for extra in EXTRA_ARTICLES:
        if extra.exists():
            shutil.copy2(extra, root / "data" / "articles" / extra.name)
    return root


@pytest.fixture(scope="session")
def server_work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("jupyter")


def _start(kind: str, starter, site: Path, work: Path) -> Server:  # type: ignore[no-untyped-def]
    if not (VENV_BIN / kind).exists():
        unavailable(f"{kind} is not installed in this environment")
    return starter(site, work, site / "data", log_dir=SERVER_LOGS)


@pytest.fixture(scope="session")
def lab(site: Path, server_work: Path) -> Iterator[Server]:
    server = _start("jupyter", start_lab, site, server_work)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def voila(site: Path, server_work: Path) -> Iterator[Server]:
    server = _start("voila", start_voila, site, server_work)
    yield server
    server.stop()


#: Console messages that mean a widget could not be created (other console noise is ignored).
CONSOLE_FAILURE = re.compile(r"model not found|Could not create a model|Failed to load model class|"
                             r"Error displaying widget|Class \S+ not found in module")
#: Requests to anything but the local server are blocked: the classroom may have no network.
EXTERNAL_URL = re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/])(https?|wss?)://")


@pytest.fixture
def page(browser) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh 1280x720 page, offline except for loopback, recording widget console errors."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    context.route(EXTERNAL_URL, lambda route: route.abort())
    pg = context.new_page()
    pg.console_failures = []  # type: ignore[attr-defined]
    pg.on("console", lambda msg: pg.console_failures.append(msg.text)  # type: ignore[attr-defined]
          if msg.type == "error" and CONSOLE_FAILURE.search(msg.text) else None)
    pg.dialogs = []  # type: ignore[attr-defined]

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        pg.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.set_default_timeout(60_000)
    yield pg
    context.close()
