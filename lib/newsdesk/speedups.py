"""Compiled analysis modules, used only when they were built from the source beside them.

``setup.py`` compiles the analysis hot path (:data:`COMPILED`) with Cython when a C compiler is
there: the same Python source, without the interpreter's per-bytecode work, about 13 % less
analysis time on the benchmark corpus (benchmarks/README.md). The answers are the same: the
test suite runs on the compiled modules and compares them with the pure-Python ones.

Python imports ``timeline.cpython-311-….so`` before the ``timeline.py`` beside it, so after an
edit or a ``git pull`` without a rebuild it would run the old code. The finder installed here
compares each source with the SHA-1 recorded when it was compiled (``_built_sources.py``,
written by ``setup.py``) and imports the ``.py`` when they differ, when nothing was recorded,
or when ``NEWSDESK_PURE_PYTHON=1``. Rebuild with ``pip install -e .`` (``make speedups``).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.util
import os
import sys
from pathlib import Path

#: The modules setup.py compiles (names inside the package).
COMPILED = ("actors", "corpus", "folded", "frames", "quote_cues", "quotes", "readers", "sentences", "sentiment", "structure", "temporal", "temporal_rules", "text", "timeline", "vader_steps")
#: Set to 1 to import every module from its Python source.
PURE_ENV = "NEWSDESK_PURE_PYTHON"
PACKAGE = "newsdesk"
_HERE = Path(__file__).resolve().parent


def source_digest(path: str | Path) -> str:
    """SHA-1 of a source file's bytes (what setup.py records for each compiled module)."""
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def _recorded() -> dict[str, str]:
    """module -> SHA-1 of the source it was compiled from; empty when nothing was compiled."""
    record = _HERE / "_built_sources.py"
    if not record.is_file():
        return {}
    namespace: dict = {}
    try:
        exec(compile(record.read_text(encoding="utf-8"), str(record), "exec"), namespace)  # our own generated file
    except Exception:  # a damaged record: trust no compiled module
        return {}
    sources = namespace.get("SOURCES")
    return dict(sources) if isinstance(sources, dict) else {}


class SourceWhenStale(importlib.abc.MetaPathFinder):
    """Imports a compiled module's ``.py`` instead of its ``.so`` unless the recorded hash matches."""

    def __init__(self, folder: Path, recorded: dict[str, str]):
        self.folder = folder
        self.recorded = recorded
        self.why: dict[str, str] = {}  # module -> why its source was imported

    def find_spec(self, fullname, path=None, target=None):
        head, _, short = fullname.rpartition(".")
        if head != PACKAGE or short not in COMPILED:
            return None
        source = self.folder / f"{short}.py"
        if not source.is_file():
            return None
        if os.environ.get(PURE_ENV) == "1":
            self.why[short] = f"{PURE_ENV}=1"
        elif short not in self.recorded:
            self.why[short] = "not compiled"
        elif source_digest(source) != self.recorded[short]:
            self.why[short] = "source changed since it was compiled (rebuild: make speedups)"
        else:
            return None  # the ordinary import: the compiled module
        return importlib.util.spec_from_file_location(fullname, source)


def install() -> SourceWhenStale:
    """Put the finder first on sys.meta_path (once); newsdesk/__init__.py calls it first."""
    for finder in sys.meta_path:
        if isinstance(finder, SourceWhenStale) and finder.folder == _HERE:
            return finder
    finder = SourceWhenStale(_HERE, _recorded())
    sys.meta_path.insert(0, finder)
    return finder


def status() -> dict[str, str]:
    """For each module of COMPILED: "compiled", or why its Python source runs (benchmarks print it)."""
    finder = install()
    out = {}
    for short in COMPILED:
        module = sys.modules.get(f"{PACKAGE}.{short}")
        if module is None:
            out[short] = "not imported"
        elif str(getattr(module, "__file__", "")).endswith(".py"):
            out[short] = f"python ({finder.why.get(short, 'not compiled')})"
        else:
            out[short] = "compiled"
    return out
