"""The compiled modules (setup.py, newsdesk/speedups.py) give the Python source's answers, and
an out-of-date build is never imported."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from newsdesk import pipeline, speedups

from .conftest import AWKWARD, DATA, synthetic_data_dir

ROOT = Path(__file__).resolve().parents[1]


def _corpus(tmp_path: Path) -> Path:
    """The awkward fixtures, the seed's copy in data/ and 40 synthetic articles."""
    folder = synthetic_data_dir(tmp_path / "corpus", 40)
    articles = folder / "articles"
    for file in AWKWARD.iterdir():
        if file.is_file():
            (articles / file.name).write_bytes(file.read_bytes())
    seed = DATA / "articles" / "aljazeera_2023-03-02_blinken-lavrov-g20.txt"
    (articles / seed.name).write_bytes(seed.read_bytes())
    return folder


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype(str)
    return frame[sorted(frame.columns)].sort_values(sorted(frame.columns), ignore_index=True)


@pytest.mark.slow
def test_compiled_modules_give_the_tables_of_the_python_source(tmp_path):
    folder = _corpus(tmp_path)
    for name in ("quotes", "timeline", "sentiment"):
        importlib.import_module(f"newsdesk.{name}")
    if "compiled" not in speedups.status().values():
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the compiled modules; pip install -e . did not build them")
        pytest.skip("the speedups are not built here (pip install -e . builds them); nothing to compare")
    here = pipeline.analyze(folder, engine="local", progress=False)
    out = tmp_path / "pure"
    script = (
        "import sys; from newsdesk import pipeline, speedups\n"
        "r = pipeline.analyze(sys.argv[1], engine='local', progress=False)\n"
        "pipeline.write_tables(r, sys.argv[2])\n"
        "assert all(v.startswith('python') or v == 'not imported' for v in speedups.status().values()), speedups.status()\n"
    )
    env = {**os.environ, speedups.PURE_ENV: "1"}
    subprocess.run([sys.executable, "-c", script, str(folder), str(out)], check=True, env=env, cwd=ROOT)
    assert here.stats["articles"] >= 50
    for name, frame in here.tables.items():
        if not len(frame):
            continue
        pure = pd.read_parquet(out / f"{name}.parquet")
        assert len(pure) == len(frame), name
        pd.testing.assert_frame_equal(_sorted(frame), _sorted(pure), check_dtype=False, obj=name)


def test_ci_imports_every_compiled_module_from_its_build():
    for name in speedups.COMPILED:
        importlib.import_module(f"newsdesk.{name}")
    status = speedups.status()
    if os.environ.get("CI") != "true" and set(status.values()) != {"compiled"}:
        pytest.skip(f"the speedups are not (all) built here: {status}")
    assert set(status.values()) == {"compiled"}, status


def _finder(tmp_path: Path, source: str, recorded: dict[str, str]) -> tuple[speedups.SourceWhenStale, Path]:
    module = tmp_path / "timeline.py"
    module.write_text(source, encoding="utf-8")
    return speedups.SourceWhenStale(tmp_path, recorded), module


def test_a_build_of_this_very_source_is_left_to_the_ordinary_import(tmp_path, monkeypatch):
    monkeypatch.delenv(speedups.PURE_ENV, raising=False)
    finder, module = _finder(tmp_path, "X = 1\n", {})
    finder.recorded["timeline"] = speedups.source_digest(module)
    assert finder.find_spec("newsdesk.timeline") is None  # the .so, when there is one


def test_an_edited_source_is_imported_instead_of_its_stale_build(tmp_path, monkeypatch):
    monkeypatch.delenv(speedups.PURE_ENV, raising=False)
    finder, module = _finder(tmp_path, "X = 1\n", {"timeline": "0" * 40})
    spec = finder.find_spec("newsdesk.timeline")
    assert spec is not None and spec.origin == str(module)
    assert "changed" in finder.why["timeline"]


def test_a_module_never_compiled_or_a_pure_run_imports_the_source(tmp_path, monkeypatch):
    monkeypatch.delenv(speedups.PURE_ENV, raising=False)
    finder, module = _finder(tmp_path, "X = 1\n", {})
    assert finder.find_spec("newsdesk.timeline").origin == str(module)
    assert finder.why["timeline"] == "not compiled"
    finder.recorded["timeline"] = speedups.source_digest(module)
    monkeypatch.setenv(speedups.PURE_ENV, "1")
    assert finder.find_spec("newsdesk.timeline").origin == str(module)
    assert finder.find_spec("newsdesk.pipeline") is None  # never compiled: not this finder's business
    assert finder.find_spec("other.timeline") is None


def test_the_finder_comes_before_the_ordinary_import():
    import importlib.machinery

    ours = next(i for i, f in enumerate(sys.meta_path) if isinstance(f, speedups.SourceWhenStale))
    assert ours < sys.meta_path.index(importlib.machinery.PathFinder)
    assert speedups.install() is speedups.install()  # installed once
