"""Batch analysis: engines agree, the cache reuses unchanged articles, failures are recorded."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import newsdesk as nd
import pandas as pd
import pytest
from newsdesk import pipeline
from newsdesk.__main__ import main

from .conftest import AWKWARD, DATA


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype(str)
    return frame[sorted(frame.columns)].sort_values(sorted(frame.columns), ignore_index=True)


@pytest.fixture()
def folder(tmp_path):
    target = tmp_path / "articles"
    shutil.copytree(AWKWARD, target)
    shutil.copy(DATA / "articles" / "aljazeera_2023-03-02_blinken-lavrov-g20.txt", target)
    return target


def test_local_and_process_engines_agree(folder):
    local = pipeline.analyze(folder, engine="local", progress=False)
    procs = pipeline.analyze(folder, engine="processes", workers=2, progress=False, batch_size=2)
    assert set(local.tables) == set(procs.tables)
    for name in local.tables:
        pd.testing.assert_frame_equal(_sorted(local[name]), _sorted(procs[name]))
    assert local.stats["articles"] == 12


@pytest.mark.slow
def test_dask_engine_equals_local(folder):
    pytest.importorskip("dask.distributed")
    local = pipeline.analyze(folder, engine="local", progress=False)
    dask = pipeline.analyze(folder, engine="dask", workers=2, progress=False, batch_size=3)
    for name in local.tables:
        pd.testing.assert_frame_equal(_sorted(local[name]), _sorted(dask[name]))


def test_cache_reuses_unchanged_and_reanalyses_changed(folder, tmp_path):
    cache = tmp_path / "cache"
    first = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    second = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert second.stats["analysed_files"] < first.stats["analysed_files"]
    for name in first.tables:
        pd.testing.assert_frame_equal(_sorted(first[name]), _sorted(second[name]))
    target = folder / "bare_front_matter.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nA new closing paragraph was added later.\n", encoding="utf-8")
    third = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    paras = third["paragraphs"]
    assert paras["text"].str.contains("new closing paragraph").any()
    assert third.stats["cached_files"] == second.stats["cached_files"] - 1


def test_failing_analyser_is_recorded_and_run_continues(folder, monkeypatch):
    def broken(article):
        if "export" in article.article_id:
            raise RuntimeError("analyser exploded")
        return pd.DataFrame({"article_id": [article.article_id]})

    monkeypatch.setattr(pipeline, "ANALYSERS", (pipeline.Analyser("sentences", "newsdesk.sentences", "sentences"),))
    import importlib

    monkeypatch.setattr(importlib.import_module("newsdesk.sentences"), "sentences", broken)
    result = pipeline.analyze(folder, engine="local", progress=False)
    problems = result["problems"]
    failed = problems[problems["stage"] == "sentences"]
    assert len(failed) == 4 and failed["reason"].str.contains("analyser exploded").all()
    assert len(result["sentences"]) == 8  # the other articles were analysed


def test_notebook_corpus_uses_same_cache(tmp_path):
    corpus = nd.load_corpus(DATA)
    first = pipeline.analyze(corpus, cache_dir=tmp_path / "c")
    written = (tmp_path / "c" / "manifest.parquet").stat().st_mtime_ns
    second = pipeline.analyze(corpus, cache_dir=tmp_path / "c")
    assert second.stats["cached_files"] == len(corpus)
    pd.testing.assert_frame_equal(_sorted(first["sentences"]), _sorted(second["sentences"]))
    # nothing new: nothing written (a read-only class share with a complete cache stays usable)
    assert (tmp_path / "c" / "manifest.parquet").stat().st_mtime_ns == written


def test_cli_writes_every_table(folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--csv", "--quiet", "--engine", "local"]) == 0
    for name in pipeline.TABLES:
        assert (out / f"{name}.parquet").exists() and (out / f"{name}.csv").exists()
    assert not list(out.glob(".*.tmp"))
    assert "12 articles" in capsys.readouterr().out


def test_atomic_write_keeps_old_file_on_failure(tmp_path):
    path = tmp_path / "t.parquet"
    pipeline.write_table_atomic(pd.DataFrame({"a": [1]}), path)

    class Boom(pd.DataFrame):
        def to_parquet(self, path, *args, **kwargs):
            with open(path, "wb") as fh:
                fh.write(b"half a file")
            raise KeyboardInterrupt  # Ctrl-C in the middle of a write

    monkey = Boom({"a": [2]})
    import unittest.mock

    from newsdesk import analysis_cache

    with unittest.mock.patch.object(analysis_cache, "_parquet_safe", lambda frame: frame), pytest.raises(KeyboardInterrupt):
        pipeline.write_table_atomic(monkey, path)
    assert pd.read_parquet(path)["a"].tolist() == [1]
    assert not list(tmp_path.glob(".*.tmp"))


def test_glob_source(folder):
    result = pipeline.analyze(str(folder / "*.jsonl"), engine="local", progress=False)
    assert set(result["articles"]["article_id"]) == {"export-a1", "export-a2"}


@pytest.mark.parametrize("engine", ["local", "processes"])
def test_large_export_read_in_parts_equals_whole_file(tmp_path, monkeypatch, engine):
    rows = [
        {"id": f"r{i}", "title": f"Call number {i}", "outlet": "Wire", "date": "2023-03-02", "text": f"Blinken spoke with Lavrov on Thursday, call {i}.\n\nThe talks lasted {i} minutes, officials said."}
        for i in range(9)
    ]
    import json

    lines = [json.dumps(r) for r in rows]
    lines.insert(4, "{broken")
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = pipeline.analyze([path], engine="local", progress=False)
    monkeypatch.setattr(pipeline, "LARGE_BYTES", 10)  # every export counts as large: read in parts
    parts = pipeline.analyze([path], engine=engine, workers=2, progress=False, part_rows=3)
    for name in whole.tables:
        pd.testing.assert_frame_equal(_sorted(whole[name]), _sorted(parts[name]))
    assert len(parts["articles"]) == 9
    assert parts["problems"]["reason"].str.contains("Line 5").any()


def test_parquet_export(tmp_path):
    frame = pd.DataFrame({"id": ["a", "b"], "title": ["One", "Two"], "text": ["Lavrov said the call was useful.", "Blinken said it was frank."]})
    frame.to_parquet(tmp_path / "dump.parquet")
    corpus = nd.load_corpus(tmp_path)
    assert corpus.ids == ["dump-a", "dump-b"]


def test_cache_parts_hide_stale_rows_and_orphans(folder, tmp_path):
    cache = tmp_path / "cache"
    first = pipeline.analyze(folder, engine="processes", workers=2, batch_size=3, cache_dir=cache, progress=False)
    assert isinstance(first.tables, pipeline.LazyTables)
    n_parts = len(list((cache / "sentences").glob("*.parquet")))
    assert n_parts > 1  # one part per batch: a run never holds every table in memory
    target = folder / "bare_front_matter.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nA new closing paragraph was added later.\n", encoding="utf-8")
    # a part no manifest lists (a run killed mid-way, long ago) is ignored, then deleted
    orphan = cache / "sentences" / "00000000000000000001-1-000000.parquet"
    pd.DataFrame({"article_id": ["bare_front_matter"], "text": ["stale"]}).to_parquet(orphan)
    second = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert second.stats["analysed_files"] == 1
    paras = second["paragraphs"]
    changed = paras[paras["article_id"] == "bare_front_matter"]
    assert changed["text"].str.contains("new closing paragraph").sum() == 1
    assert not changed["paragraph_no"].duplicated().any()  # the old rows of the changed file are hidden
    assert "stale" not in set(second["sentences"]["text"])
    assert not orphan.exists()
    fresh = pipeline.analyze(folder, engine="local", progress=False)
    for name in fresh.tables:
        pd.testing.assert_frame_equal(_sorted(fresh[name]), _sorted(second[name]))


def test_streamed_table_files_equal_in_memory_tables(folder, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--csv", "--quiet", "--engine", "processes", "--workers", "2"]) == 0
    memory = pipeline.analyze(folder, engine="local", progress=False)
    for name in ("articles", "quotes", "timeline", "sentiment", "problems"):
        from_file = pd.read_parquet(out / f"{name}.parquet")
        pd.testing.assert_frame_equal(_sorted(from_file), _sorted(memory[name]))
        assert len(pd.read_csv(out / f"{name}.csv")) == len(memory[name])


def test_notebook_and_cli_share_a_cache_without_evicting_each_other(folder, tmp_path):
    cache = tmp_path / "cache"
    pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    pipeline.analyze(nd.load_corpus(DATA), cache_dir=cache)
    again = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert again.stats["analysed_files"] == 0


def test_analysed_reads_back_what_the_analysers_give(tmp_path):
    corpus = nd.load_corpus(AWKWARD)
    nd.analysed(corpus, cache_dir=tmp_path / "c")
    again = nd.analysed(corpus, cache_dir=tmp_path / "c")
    assert again.stats["analysed_files"] == 0
    pd.testing.assert_frame_equal(again["timeline"].reset_index(drop=True), nd.timeline(corpus).reset_index(drop=True))
    pd.testing.assert_frame_equal(again["quotes"].reset_index(drop=True), nd.quotes(corpus).reset_index(drop=True))
    assert set(again["problems"]["stage"]) >= {"load"}  # the corpus's file problems are kept


def test_analysed_without_a_writable_cache_still_answers(tmp_path, monkeypatch):
    corpus = nd.load_corpus(DATA)

    def refuse(*args, **kwargs):
        raise PermissionError("read-only share")

    monkeypatch.setattr(pipeline.AnalysisCache, "write_part", refuse)
    result = nd.analysed(corpus, cache_dir=tmp_path / "c")
    assert len(result["quotes"]) > 0


def _missing_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


def test_whole_table_read_equals_part_by_part_read(folder, tmp_path):
    """The fast Arrow read of a whole table gives exactly the rows and types of the
    part-by-part pandas read, even when parts disagree on a column's type."""
    cache = tmp_path / "cache"
    result = pipeline.analyze(folder, engine="local", batch_size=2, cache_dir=cache, progress=False)
    store = pipeline.AnalysisCache(cache)
    manifest = result.tables.manifest
    for name in result.tables:
        whole = store.table(name, manifest)
        pieces = list(store.table_parts(name, manifest))
        assert len(pieces) > 1 or name == "problems"
        by_parts = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
        # the part-by-part read leaves a column empty in one part as object/None; the whole
        # read makes it one typed column with NaN: the same values
        pd.testing.assert_frame_equal(_missing_as_none(whole), _missing_as_none(by_parts), check_dtype=False)
        for col in whole.columns:  # same kind of column: numbers stay numbers, dates dates
            assert whole[col].dtype.kind == by_parts[col].dtype.kind or by_parts[col].dtype == object, (name, col)


def test_whole_table_read_gives_one_chunk_per_column(folder, tmp_path):
    """Selecting rows of an Arrow-backed column walks every chunk; a table read from many
    parts is joined into one chunk per column (a pick of one article: 25 ms -> 0.5 ms at 10k)."""
    cache = tmp_path / "cache"
    result = pipeline.analyze(folder, engine="local", batch_size=1, cache_dir=cache, progress=False)
    store = pipeline.AnalysisCache(cache)
    table = store.table("paragraphs", result.tables.manifest)
    arrow_backed = [c for c in table.columns if hasattr(table[c].array, "_pa_array")]
    assert arrow_backed, "expected Arrow-backed text columns"
    assert {table[c].array._pa_array.num_chunks for c in arrow_backed} == {1}


def test_table_join_lets_go_of_the_parts_and_keeps_every_value():
    import pyarrow as pa
    from newsdesk.analysis_cache import _joined_freeing

    parts = [pa.table({"t": pa.array(["a", None], pa.string()), "n": [1, 2]}), pa.table({"t": pa.array(["ü"], pa.string()), "n": [3]})]
    expected = pa.concat_tables(parts).combine_chunks().to_pandas()
    pieces = list(parts)
    joined = _joined_freeing(pieces)
    assert pieces == []  # the caller's list no longer holds the parts
    assert joined.column("t").type == pa.large_string() and joined.column("t").num_chunks == 1
    pd.testing.assert_frame_equal(joined.to_pandas(), expected)


def test_arrow_read_promotes_a_column_empty_in_one_part(tmp_path):
    store = pipeline.AnalysisCache(tmp_path)
    store.write_part("1-a", {"quotes": pd.DataFrame({"article_id": ["a"], "speaker": [None], "n": [1]})})
    store.write_part("2-b", {"quotes": pd.DataFrame({"article_id": ["b", "x"], "speaker": ["Lavrov", "gone"], "n": [2.5, 3.0]})})
    manifest = pd.DataFrame({"path": ["a.txt", "b.txt"], "size": [1, 1], "mtime_ns": [1, 1], "content_hash": ["h", "i"], "versions": ["v", "v"], "article_id": ["a", "b"], "part": ["1-a", "2-b"]})
    table = store.table("quotes", manifest)
    assert table["article_id"].tolist() == ["a", "b"]  # "x" is not in the manifest: hidden
    assert table["speaker"].isna().tolist() == [True, False]
    assert table["n"].tolist() == [1.0, 2.5]


def test_unchanged_cache_is_not_rewritten(folder, tmp_path):
    cache = tmp_path / "cache"
    pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    before = (cache / "manifest.parquet").stat().st_mtime_ns
    again = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert again.stats["analysed_files"] == 0
    assert (cache / "manifest.parquet").stat().st_mtime_ns == before
    (folder / "bare_front_matter.txt").unlink()  # a file gone: the manifest forgets it
    third = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert (cache / "manifest.parquet").stat().st_mtime_ns != before
    assert "bare_front_matter" not in set(third["articles"]["article_id"])


def test_cache_of_a_plain_folder_is_never_read_back_as_articles(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSDESK_CACHE_DIR", raising=False)  # the default places are tested
    shutil.copy(DATA / "articles" / "aljazeera_2023-03-02_blinken-lavrov-g20.txt", tmp_path)
    corpus = nd.load_corpus(tmp_path)
    nd.analysed(corpus)
    assert (tmp_path / ".cache" / "analysis" / "manifest.parquet").exists()
    again = nd.load_corpus(tmp_path)
    assert again.ids == corpus.ids and again.problems.empty


def test_explorers_read_a_corpus_analysed_before_from_the_cache(tmp_path, monkeypatch):
    """At 10,000 articles re-analysing on every app start takes minutes: views take their
    tables from the shared cache, which gives the same rows as analysing afresh."""
    from newsdesk.quotes import quotes
    from newsdesk.timeline import timeline
    from newsdesk.ui import quotes_view, sentiment_view, timeline_view

    monkeypatch.delenv("NEWSDESK_CACHE_DIR", raising=False)
    folder = tmp_path / "data"
    shutil.copytree(AWKWARD, folder / "articles")
    corpus = nd.load_corpus(folder)
    fresh_quotes, fresh_timeline = quotes(corpus), timeline(corpus)
    nd.analysed(corpus)
    assert (folder / "cache" / "analysis" / "manifest.parquet").exists()

    def refuse(*_args, **_kwargs):
        raise AssertionError("the view analysed again instead of reading the cache")

    for module, name in ((quotes_view, "quotes"), (timeline_view, "timeline"), (sentiment_view, "sentiment")):
        monkeypatch.setattr(module, name, refuse)
    ledger = quotes_view.quote_explorer(corpus)
    pd.testing.assert_frame_equal(_missing_as_none(ledger.quotes), _missing_as_none(fresh_quotes), check_dtype=False)
    explorer = timeline_view.timeline_explorer(corpus)
    pd.testing.assert_frame_equal(_missing_as_none(explorer.events), _missing_as_none(fresh_timeline), check_dtype=False)
    assert len(sentiment_view.sentiment_explorer(corpus).all_scores) > 0


def test_cache_keeps_each_copy_of_the_same_text_under_its_own_id(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSDESK_CACHE_DIR", raising=False)
    folder = tmp_path / "data" / "articles"
    folder.mkdir(parents=True)
    seed = DATA / "articles" / "aljazeera_2023-03-02_blinken-lavrov-g20.txt"
    shutil.copy(seed, folder / "first.txt")
    shutil.copy(seed, folder / "copy.txt")
    corpus = nd.load_corpus(tmp_path / "data")
    assert sorted(corpus.ids) == ["copy", "first"]
    cold = nd.analysed(corpus)
    warm = nd.analysed(corpus)
    assert warm.stats["analysed_files"] == 0
    for name in ("quotes", "timeline", "sentiment"):
        assert set(warm[name]["article_id"]) == {"copy", "first"}, name
        assert len(warm[name]) == len(cold[name])
    # another corpus sharing the cache, holding the same text under a third name
    other = tmp_path / "other" / "articles"
    other.mkdir(parents=True)
    shutil.copy(seed, other / "third.txt")
    third = nd.analysed(nd.load_corpus(tmp_path / "other"), cache_dir=tmp_path / "data" / "cache" / "analysis")
    assert set(third["quotes"]["article_id"]) == {"third"}


def _tables_equal(a: pipeline.AnalysisResult, b: pipeline.AnalysisResult) -> None:
    assert set(a.tables) == set(b.tables)
    for name in a.tables:
        pd.testing.assert_frame_equal(_sorted(a[name]), _sorted(b[name]))


def test_a_moved_folder_is_found_in_the_cache_by_content(folder, tmp_path):
    cache = tmp_path / "cache"
    first = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    per_file = first["articles"]["path"].value_counts()
    singles, exports = int((per_file == 1).sum()), int((per_file > 1).sum())
    assert singles >= 8 and exports >= 1  # the fixture has both kinds
    moved = tmp_path / "elsewhere" / "articles"
    shutil.copytree(folder, moved, copy_function=shutil.copyfile)  # new paths, new mtimes
    again = pipeline.analyze(moved, engine="processes", workers=2, batch_size=3, cache_dir=cache, progress=False)
    # every file that is one article comes from the cache; exports and unreadable files are read
    assert again.stats["reused_by_hash"] == singles
    assert again.stats["analysed_files"] == again.stats["files"] - singles
    _tables_equal(again, pipeline.analyze(moved, engine="local", progress=False))
    assert again["articles"]["path"].str.startswith(str(moved)).all()  # today's paths, not the old ones
    # the manifest now has the new paths: the next run does not even re-read the files
    third = pipeline.analyze(moved, engine="local", cache_dir=cache, progress=False)
    assert third.stats["analysed_files"] == 0 and third.stats["reused_by_hash"] == 0


def test_a_touched_or_changed_file_is_judged_by_its_content(folder, tmp_path):
    cache = tmp_path / "cache"
    pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    seed = folder / "aljazeera_2023-03-02_blinken-lavrov-g20.txt"
    seed.touch()
    os_mtime = seed.stat().st_mtime_ns
    touched = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert touched.stats["analysed_files"] == 0 and touched.stats["reused_by_hash"] == 1
    # same name, same size, new words: analysed again
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("Blinken", "Blonken", 1), encoding="utf-8")
    assert seed.stat().st_size == len(text.encode("utf-8")) and seed.stat().st_mtime_ns >= os_mtime
    changed = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert changed.stats["analysed_files"] == 1 and changed.stats["reused_by_hash"] == 0
    assert changed["paragraphs"]["text"].str.contains("Blonken").any()
    _tables_equal(changed, pipeline.analyze(folder, engine="local", progress=False))


def test_the_cli_reuses_what_a_notebook_analysed(tmp_path):
    cache = tmp_path / "cache"
    corpus = nd.load_corpus(DATA)
    pipeline.analyze(corpus, cache_dir=cache)
    cli = pipeline.analyze(DATA, engine="local", cache_dir=cache, progress=False)
    assert cli.stats["analysed_files"] == 0 and cli.stats["reused_by_hash"] == len(corpus)
    _tables_equal(cli, pipeline.analyze(DATA, engine="local", progress=False))


def test_notes_of_an_article_found_by_content_stay_with_it(tmp_path):
    hostile = Path(__file__).parent / "corpus_hostile" / "articles"
    first_home, second_home = tmp_path / "a" / "articles", tmp_path / "b" / "articles"
    shutil.copytree(hostile, first_home)
    cache = tmp_path / "cache"
    first = pipeline.analyze(first_home, engine="local", cache_dir=cache, progress=False)
    notes = first["problems"][first["problems"]["problem"] == "note"]
    assert len(notes) > 100  # the quote-mark notes of the hostile articles
    shutil.copytree(hostile, second_home, copy_function=shutil.copyfile)
    again = pipeline.analyze(second_home, engine="local", cache_dir=cache, progress=False)
    assert again.stats["reused_by_hash"] > 0
    # every note is there once, under the article's path today; the unreadable file is read
    # again, and its problem is reported once
    _tables_equal(again, pipeline.analyze(second_home, engine="local", progress=False))


def test_cli_says_how_many_files_were_found_by_content(folder, tmp_path, capsys):
    cache, out = tmp_path / "cache", tmp_path / "out"
    args = ["analyze", str(folder), "--out", str(out), "--cache", str(cache), "--quiet", "--engine", "local"]
    assert main(args) == 0
    capsys.readouterr()
    (folder / "aljazeera_2023-03-02_blinken-lavrov-g20.txt").touch()
    assert main(args) == 0
    assert "1 of them moved or touched but unchanged" in capsys.readouterr().out


def test_two_folders_analysed_into_one_cache_both_stay_cached(folder, tmp_path):
    cache = tmp_path / "cache"
    other = tmp_path / "other" / "articles"
    other.mkdir(parents=True)
    shutil.copy(DATA / "articles" / "aljazeera_2023-03-02_blinken-lavrov-g20.txt", other / "seed_again.txt")
    first = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    second = pipeline.analyze(other, engine="local", cache_dir=cache, progress=False)
    # each run shows its own corpus only, though the cache holds both
    assert set(second["articles"]["path"]) == {str(other / "seed_again.txt")}
    assert second.stats["reused_by_hash"] == 0  # another name: not a candidate by content
    again = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert again.stats["analysed_files"] == 0 and again.stats["reused_by_hash"] == 0
    _tables_equal(again, first)
    assert pipeline.analyze(other, engine="local", cache_dir=cache, progress=False).stats["analysed_files"] == 0
    # a file deleted from a folder leaves the cache's list at that folder's next run
    (folder / "bare_front_matter.txt").unlink()
    after = pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    listed = set(pipeline.AnalysisCache(cache).manifest()["path"])
    assert str(folder / "bare_front_matter.txt") not in listed
    assert str(other / "seed_again.txt") in listed
    assert after.stats["files"] == first.stats["files"] - 1
    # a folder that is gone stops being listed at the next run of any folder
    shutil.rmtree(other)
    (folder / "new_note.txt").write_text("Lavrov met Blinken on Thursday.\n", encoding="utf-8")
    pipeline.analyze(folder, engine="local", cache_dir=cache, progress=False)
    assert not any(p.startswith(str(other)) for p in pipeline.AnalysisCache(cache).manifest()["path"])


def test_an_edited_actor_table_makes_the_cache_analyse_again(tmp_path, monkeypatch):
    # the exercise "add a missing person to data/actors.csv and re-run" must not read stale rows
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    (data / "articles" / "geneva.txt").write_text(
        "Title: Arms control talks\nPublished: 2023-03-02\n\nDeputy Foreign Minister Ivan Petrovsky met Bonnie Jenkins in Geneva on Monday.\n",
        encoding="utf-8",
    )
    shutil.copy(DATA / "actors.csv", data / "actors.csv")
    monkeypatch.chdir(tmp_path)
    cache = tmp_path / "cache"
    first = pipeline.analyze(data / "articles", engine="local", workers=1, cache_dir=cache, progress=False)
    assert "petrovsky" not in set(first["mentions"]["actor_id"])
    assert pipeline.analyze(data / "articles", engine="local", workers=1, cache_dir=cache, progress=False).stats["analysed_files"] == 0
    with open(data / "actors.csv", "a", encoding="utf-8") as f:
        f.write("petrovsky,Ivan Petrovsky,person,RU,Russia,Deputy Foreign Minister,2021-01-01,,Petrovsky,\n")
    again = pipeline.analyze(data / "articles", engine="local", workers=1, cache_dir=cache, progress=False)
    assert again.stats["analysed_files"] == 1
    assert "petrovsky" in set(again["mentions"]["actor_id"])


@pytest.mark.parametrize("engine", ["processes", pytest.param("dask", marks=pytest.mark.slow)])
def test_workers_that_write_their_own_cache_parts_give_the_same_tables(folder, tmp_path, engine, monkeypatch):
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    cache = tmp_path / "cache"
    stored = pipeline.analyze(folder, engine=engine, workers=2, batch_size=2, cache_dir=cache, progress=False)
    _tables_equal(stored, pipeline.analyze(folder, engine="local", progress=False))
    # the parent writes no part: each write notes the process that made it (workers are forked
    # with this patch, so theirs are noted too)
    writers = tmp_path / "writers.txt"
    real = pipeline.AnalysisCache.write_part

    def noting(self, part, tables):
        with open(writers, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        real(self, part, tables)

    monkeypatch.setattr(pipeline.AnalysisCache, "write_part", noting)
    (folder / "aljazeera_2023-03-02_blinken-lavrov-g20.txt").write_text("Blinken met Lavrov in Delhi on Thursday.\n", encoding="utf-8")
    again = pipeline.analyze(folder, engine="processes", workers=2, batch_size=2, cache_dir=cache, progress=False)
    assert again.stats["analysed_files"] == 1
    pids = writers.read_text(encoding="utf-8").split()
    assert pids and str(os.getpid()) not in pids
    _tables_equal(again, pipeline.analyze(folder, engine="local", progress=False))


def test_a_stored_job_hands_back_only_what_the_manifest_needs(folder, tmp_path):
    files = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt")[:2]
    job = ("files", files, str(folder), None)
    slim = pipeline._work_stored((job, str(tmp_path / "cache"), "0001-x-000000"))
    assert set(slim) <= {pipeline.STORED, "articles", "_reused"}
    assert list(slim["articles"].columns) == ["path", "article_id", "content_hash"]
    full = pipeline._work(job)
    for name, frame in full.items():
        if name in pipeline.TABLES:
            written = pd.read_parquet(tmp_path / "cache" / name / "0001-x-000000.parquet")
            assert len(written) == len(frame), name


def test_a_batch_looks_up_the_actor_table_once(folder, monkeypatch):
    """The analysers of every article share one resolver (one look at actors.csv per batch),
    and the tables are what each analyser gives with the default resolver."""
    import newsdesk.actors as actors

    calls = []
    real = actors.default_resolver

    def counting(path=None):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(actors, "default_resolver", counting)
    batch = pipeline._Batch(pipeline.available_analysers())
    from newsdesk.corpus import iter_articles

    articles = [a for a in iter_articles(nd.load_corpus(folder, snapshot=False)) if len(a.paragraph_lists["text"]) > 1][:3]
    for article in articles:
        batch.add(article)
    assert len(calls) == 1
    quotes = batch.tables([])["quotes"]
    monkeypatch.setattr(actors, "default_resolver", real)
    alone = pd.concat([nd.quotes(a) for a in articles], ignore_index=True)
    assert list(quotes["speaker"]) == list(alone["speaker"])
