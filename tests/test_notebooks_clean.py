"""Every notebook is committed without outputs, reads like a lesson and downloads nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
LESSONS = [p for p in NOTEBOOKS if p.parent.name == "notebooks"]


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_there_are_notebooks():
    assert any(p.name == "00_start_here.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs; strip them"
            assert cell.get("execution_count") is None, f"{path.name}: a code cell has an execution count"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_reads_like_a_lesson(path):
    cells = _cells(path)
    first = "".join(cells[0]["source"])
    for field in ("Question", "Audience", "Time", "Data"):
        assert field in first, f"{path.name}: header card lacks '{field}'"
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert re.search(r"^## 1\. ", text, re.M), f"{path.name}: no numbered steps"
    assert re.search(r"^##+ .*limits of this method", text, re.M | re.I), f"{path.name}: no 'Limits of this method' section"
    assert re.search(r"^##+ .*exercise", text, re.M | re.I), f"{path.name}: no exercise"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_downloads_or_path_hacks(path):
    source = "\n".join("".join(c["source"]) for c in _cells(path) if c["cell_type"] == "code")
    assert "nltk.download" not in source
    assert not re.search(r"sys\.path\.(insert|append)", source)
    assert "pip install" not in source


def test_library_downloads_nothing():
    for py in (ROOT / "lib").rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        assert "nltk.download" not in text, py
        assert "urlopen(" not in text and "requests.get(" not in text, py
