"""Shared fixtures: the shipped corpus, the seed article and the awkward-file fixture set."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import newsdesk as nd
import pytest
from hypothesis import settings

# CI runs the property tests on a fixed seed, so a landing never turns on a random draw; a
# laptop keeps drawing new cases (and a failure found there becomes an @example).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEED_NAME = "aljazeera_2023-03-02_blinken-lavrov-g20.txt"
SEED_PATH = DATA / "articles" / SEED_NAME
AWKWARD = Path(__file__).parent / "fixtures" / "awkward"


@pytest.fixture(scope="session", autouse=True)
def _fresh_analysis_cache(tmp_path_factory):
    """Views and notebooks keep analysis results in a cache; a test run starts from an empty
    one (never results left by an earlier run or older code) and leaves none in the repo."""
    import os

    os.environ["NEWSDESK_CACHE_DIR"] = str(tmp_path_factory.mktemp("analysis-cache"))
    yield
    os.environ.pop("NEWSDESK_CACHE_DIR", None)


@pytest.fixture(scope="session")
def corpus() -> nd.Corpus:
    return nd.load_corpus(DATA)


@pytest.fixture(scope="session")
def seed(corpus) -> nd.Article:
    return corpus["aljazeera_2023-03-02_blinken-lavrov-g20"]


@pytest.fixture()
def awkward_dir(tmp_path) -> Path:
    """A data folder holding the awkward fixture files plus the seed and its catalog."""
    articles = tmp_path / "data" / "articles"
    shutil.copytree(AWKWARD, articles)
    shutil.copy(SEED_PATH, articles / SEED_NAME)
    shutil.copy(DATA / "catalog.csv", tmp_path / "data" / "catalog.csv")
    return tmp_path / "data"


def synthetic_data_dir(folder: Path, n: int) -> Path:
    """A data folder of ``n`` articles from the benchmark's generator (benchmarks/synth.py),
    with the shipped actor table."""
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        generate = importlib.import_module("synth").generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = generate(folder, n)
    shutil.copy(DATA / "actors.csv", out / "actors.csv")
    return out
