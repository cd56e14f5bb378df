"""The corpus snapshot only saves time: a corpus loads the same with it, without it, and after
its files change; a damaged, foreign or unwritable snapshot changes nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import newsdesk as nd
import pandas as pd
import pytest
from newsdesk import corpus_snapshot
from newsdesk.corpus_snapshot import snapshot_path

HOSTILE = Path(__file__).parent / "corpus_hostile"


@pytest.fixture()
def own_cache(tmp_path, monkeypatch):
    """Each test gets its own cache folder, so no snapshot is shared between tests."""
    folder = tmp_path / "cache-here"
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(folder))
    return folder


def assert_same_corpus(got: nd.Corpus, want: nd.Corpus) -> None:
    for name in ("articles", "paragraphs", "problems"):
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name), obj=name)
    assert list(got.items) == list(want.items)
    for article_id, article in want.items.items():
        other = got.items[article_id]
        for name in ("title", "standfirst", "outlet", "published", "url", "path", "source_format", "warnings", "duplicate_of"):
            assert getattr(other, name) == getattr(article, name), (article_id, name)
        pd.testing.assert_frame_equal(other.paragraphs.reset_index(drop=True), article.paragraphs.reset_index(drop=True))


def snapshot_file(folder: Path) -> Path:
    return snapshot_path(folder, folder / "articles" if (folder / "articles").is_dir() else folder)


@pytest.mark.parametrize("which", ["awkward", "hostile"])
def test_first_and_second_load_equal_a_load_without_snapshot(which, awkward_dir, tmp_path, own_cache):
    folder = awkward_dir if which == "awkward" else Path(shutil.copytree(HOSTILE, tmp_path / "hostile"))
    plain = nd.load_corpus(folder, snapshot=False)
    assert not snapshot_file(folder).exists()
    first = nd.load_corpus(folder)
    assert snapshot_file(folder).read_bytes()[:4] == b"PAR1"  # Parquet: data, never pickled code
    second = nd.load_corpus(folder)
    assert len(plain) > 5 and len(plain.problems) > 0
    assert_same_corpus(first, plain)
    assert_same_corpus(second, plain)


def test_second_load_reads_no_unchanged_file(awkward_dir, own_cache, monkeypatch):
    nd.load_corpus(awkward_dir)
    reads = []
    real = nd.corpus.read_path
    monkeypatch.setattr(nd.corpus, "read_path", lambda path: reads.append(path) or real(path))
    nd.load_corpus(awkward_dir)
    # files that could not be read at all are read (and reported) again; nothing else is
    unreadable = {"empty.txt", "notes.docx", "photo_saved_as_text.txt"}
    assert {Path(p).name for p in reads} <= unreadable


def test_analysing_through_a_shared_cache_folder_keeps_the_snapshot(awkward_dir, own_cache, monkeypatch):
    # NEWSDESK_CACHE_DIR holds the analysis cache and the snapshot side by side; saving the
    # analysis manifest once deleted every other Parquet file there, the snapshot included
    corpus = nd.load_corpus(awkward_dir)
    snap = snapshot_file(awkward_dir)
    assert snap.parent == own_cache and snap.exists()
    nd.analysed(corpus)
    assert snap.exists() and (own_cache / "manifest.parquet").exists()
    reads = []
    real = nd.corpus.read_path
    monkeypatch.setattr(nd.corpus, "read_path", lambda path: reads.append(path) or real(path))
    nd.load_corpus(awkward_dir)
    assert {Path(p).name for p in reads} <= {"empty.txt", "notes.docx", "photo_saved_as_text.txt"}


def test_changed_new_and_deleted_files_are_seen(awkward_dir, own_cache):
    nd.load_corpus(awkward_dir)
    articles = awkward_dir / "articles"
    edited = articles / "utf8_bom.txt"
    edited.write_text("A new headline\n\nLavrov and Blinken spoke again on Friday, officials said.\n", encoding="utf-8")
    (articles / "brand_new.txt").write_text("Another story\n\nThe talks lasted an hour, the ministry said.\n", encoding="utf-8")
    (articles / "bad_date.md").unlink()
    after = nd.load_corpus(awkward_dir)
    assert_same_corpus(after, nd.load_corpus(awkward_dir, snapshot=False))
    assert after["utf8_bom"].title == "A new headline"
    assert "brand_new" in after.items and "bad_date" not in after.items


def test_same_named_files_get_the_same_ids_from_the_snapshot(tmp_path, own_cache):
    folder = tmp_path / "same-names"
    folder.mkdir()
    for suffix in ("txt", "md"):
        (folder / f"report.{suffix}").write_text(f"Report as {suffix}\n\nRyabkov said the {suffix} talks were useful.\n", encoding="utf-8")
    first, second = nd.load_corpus(folder), nd.load_corpus(folder)
    assert sorted(first.items) == sorted(second.items) == ["report", "report-txt"]
    plain = nd.load_corpus(folder, snapshot=False)
    for got in (first, second):
        assert set(got.paragraphs["article_id"]) == {"report", "report-txt"}
        assert_same_corpus(got, plain)


def test_a_changed_catalog_or_loader_is_not_served_from_an_old_snapshot(awkward_dir, own_cache, monkeypatch):
    nd.load_corpus(awkward_dir)
    catalog = awkward_dir / "catalog.csv"
    frame = pd.read_csv(catalog, dtype=str)
    frame.loc[0, "outlet"] = "Renamed Outlet"
    frame.to_csv(catalog, index=False)
    assert_same_corpus(nd.load_corpus(awkward_dir), nd.load_corpus(awkward_dir, snapshot=False))
    monkeypatch.setattr(corpus_snapshot, "loader_fingerprint", lambda: "another-version")
    reads = []
    real = nd.corpus.read_path
    monkeypatch.setattr(nd.corpus, "read_path", lambda path: reads.append(path) or real(path))
    nd.load_corpus(awkward_dir)
    assert len(reads) == len(os.listdir(awkward_dir / "articles"))


def test_a_damaged_snapshot_is_rebuilt(awkward_dir, own_cache):
    want = nd.load_corpus(awkward_dir, snapshot=False)
    nd.load_corpus(awkward_dir)
    snapshot_file(awkward_dir).write_bytes(b"PAR1 not really a parquet file")
    assert_same_corpus(nd.load_corpus(awkward_dir), want)
    assert_same_corpus(nd.load_corpus(awkward_dir), want)  # rebuilt, readable again


def test_a_folder_that_cannot_hold_a_snapshot_still_loads(awkward_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(blocker / "cache"))
    assert_same_corpus(nd.load_corpus(awkward_dir), nd.load_corpus(awkward_dir, snapshot=False))
