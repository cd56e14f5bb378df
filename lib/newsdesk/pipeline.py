"""Batch analysis: every analyser over every article, in parallel, with a per-article cache.

The unit of work is one article (a pure function of its text plus reference data), so the same
code runs in-process, over local processes (``engine="processes"``) or on Dask
(``engine="dask"``). Results are tidy tables keyed by ``article_id`` and ``content_hash``:
``articles``, ``paragraphs``, ``sentences``, ``mentions``, ``quotes``, ``timeline``,
``sentiment`` and ``problems`` (one row per file or analyser that failed, with the reason).

The cache keeps those tables as Parquet files plus a manifest of (path, size, mtime,
content_hash, analyser versions); a re-run analyses only new or changed articles, and a file
whose path, size and mtime are unchanged is not even re-read. A one-article file that fails
that test but has a cached file's name is re-read and hashed, and reused when its text is the
same (a moved or copied folder, a touched file, a path spelled another way).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .analysis_cache import (
    MANIFEST_COLUMNS,
    PROBLEM_COLUMNS,
    TABLES,
    AnalysisCache,
    LazyTables,
    empty_table,
    write_streamed,
    write_table_atomic,
)
from .corpus import (
    PARAGRAPH_COLUMNS,
    Article,
    Corpus,
    _catalog_meta,
    article_paths,
    build_article,
    load_catalog,
)
from .errors import ArticleProblem
from .frames import Columns, extend_columns, frame_from_rows
from .paths import cache_home, data_file, resolve_data_dir
from .readers import (
    EXPORT_SUFFIXES,
    LARGE_BYTES,
    RawDocument,
    export_part_documents,
    iter_export_parts,
    read_path,
)

#: Bump when the loader's output (paragraph roles, metadata) changes, to invalidate caches.
LOADER_VERSION = "1"



@dataclass(frozen=True)
class Analyser:
    """A per-article analysis: ``module.function(article) -> DataFrame``."""

    name: str
    module: str
    function: str
    #: Optional fast path for batches: ``columnar(article, **deps) -> (columns, notes)`` and
    #: ``finish(columns) -> DataFrame``. Per-article DataFrames cost more than some analyses,
    #: so a batch gathers plain columns and builds each table once.
    columnar: str = ""
    finish: str = ""

    def load(self) -> tuple[Callable[[Article], pd.DataFrame], str] | None:
        """(function, version) or None when the module is not installed in this version."""
        try:
            mod = importlib.import_module(self.module)
        except ImportError:
            return None
        func = getattr(mod, self.function, None)
        if func is None:
            return None
        return func, str(getattr(mod, "ANALYSER_VERSION", "0"))

    def load_columnar(self) -> tuple[Callable, Callable] | None:
        """(columnar, finish) functions, or None when this analyser has no fast path."""
        if not self.columnar:
            return None
        try:
            mod = importlib.import_module(self.module)
        except ImportError:
            return None
        columnar, finish = getattr(mod, self.columnar, None), getattr(mod, self.finish, None)
        return (columnar, finish) if columnar is not None and finish is not None else None


#: The analysers a full run applies, in order. Later issues add theirs here.
ANALYSERS: tuple[Analyser, ...] = (
    Analyser("sentences", "newsdesk.sentences", "sentences", "sentence_columns", "sentence_frame"),
    Analyser("mentions", "newsdesk.actors", "mentions", "mention_columns", "mention_frame"),
    Analyser("quotes", "newsdesk.quotes", "quotes_for_article", "quote_columns", "quote_frame"),
    Analyser("timeline", "newsdesk.timeline", "timeline_for_article", "timeline_columns", "timeline_frame"),
    Analyser("sentiment", "newsdesk.sentiment", "sentiment_for_article", "sentiment_columns", "sentiment_frame"),
)


def _fast_paths(names: Iterable[str]) -> dict[str, tuple[Callable, Callable]]:
    """name -> (columnar, finish) for the analysers among ``names`` that have a batch fast path."""
    wanted = set(names)
    found = {}
    for analyser in ANALYSERS:
        if analyser.name in wanted:
            pair = analyser.load_columnar()
            if pair is not None:
                found[analyser.name] = pair
    return found


def available_analysers(names: Iterable[str] | None = None) -> list[tuple[str, Callable, str]]:
    """(name, function, version) for each analyser that can be imported (optionally only ``names``)."""
    wanted = set(names) if names is not None else None
    found = []
    for analyser in ANALYSERS:
        if wanted is not None and analyser.name not in wanted:
            continue
        loaded = analyser.load()
        if loaded is not None:
            found.append((analyser.name, loaded[0], loaded[1]))
    return found


def versions_key(analysers: Sequence[tuple[str, Callable, str]]) -> str:
    """One string naming the loader and analyser versions and the actor table they resolve
    names with (an edited ``actors.csv`` changes mentions, speakers and participants, so the
    cached results of every article go stale); part of every cache key."""
    from .actors import MATCHING_VERSION  # how names are matched changes results as the table does

    return ";".join([f"loader={LOADER_VERSION}"] + [f"{name}={version}" for name, _, version in analysers] + [f"actors={actors_fingerprint()}+m{MATCHING_VERSION}"])


def actors_fingerprint() -> str:
    """A short hash of the actor table's bytes ("missing" when it cannot be read)."""
    path = data_file("actors.csv")
    try:
        stat = path.stat()
    except OSError:
        return "missing"
    return _file_digest(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _file_digest(path: str, _mtime_ns: int, _size: int) -> str:
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


# --------------------------------------------------------------------------- one article


def analyse_article(article: Article, analysers: Sequence[tuple[str, Callable, str]]) -> dict[str, pd.DataFrame]:
    """Run each analyser on one article. A failing analyser becomes a ``problems`` row."""
    out: dict[str, pd.DataFrame] = {
        "articles": frame_from_rows([article.record()], list(article.record())),
        "paragraphs": article.paragraphs,
    }
    problems = []
    for name, func, _version in analysers:
        try:
            # an analyser that can reuse another's table (sentiment takes quotes) gets it
            extra = {dep: out[dep] for dep in _accepts(func) if dep in out}
            frame = func(article, **extra)
            notes = frame.attrs.get("problems")
            frame.attrs = {}  # DataFrames in attrs break pd.concat; notes go to the problems table
            out[name] = frame
            problems.extend(_note_rows(article, name, notes))
        except Exception as exc:  # one bad article must not stop the run
            problems.append(_failure_row(article, name, exc))
    if problems:
        out["problems"] = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
    return out


def clear_memos() -> None:
    """Forget the per-text memos (sentence splits, actor mentions) kept for one article.

    The analysers of one article share them; across articles they would only grow, and a
    benchmark on templated text would flatter us by hitting them.
    """
    from .actors import clear_memos as clear_actor_memos

    importlib.import_module("newsdesk.sentences").clear_memo()
    clear_actor_memos()


def _note_rows(article: Article, stage: str, notes: object) -> list[dict]:
    """An analyser's notes (quote-mark problems, cut paragraphs) as problems rows."""
    if isinstance(notes, pd.DataFrame):
        notes = notes.to_dict("records")
    rows = []
    if isinstance(notes, list):
        for note in notes:
            if not isinstance(note, dict):
                note = {"problem": str(note)}
            where = f" (paragraph {note['paragraph_no']})" if "paragraph_no" in note else ""
            text = str(note.get("reason") or note.get("problem") or note)
            rows.append({"path": article.path, "article_id": article.article_id, "stage": stage, "problem": "note", "reason": f"{text}{where}"})
    return rows


def _failure_row(article: Article, stage: str, exc: Exception) -> dict:
    return {"path": article.path, "article_id": article.article_id, "stage": stage, "problem": type(exc).__name__, "reason": f"The {stage} analysis failed on this article: {exc}"}


class _Batch:
    """Tables of a batch of articles being gathered: plain columns where an analyser has a fast
    path (one DataFrame per table at the end), DataFrames otherwise."""

    def __init__(self, analysers: Sequence[tuple[str, Callable, str]]):
        self.analysers = analysers
        self.fast = _fast_paths(name for name, _, _ in analysers)
        self.columns: dict[str, Columns] = {}
        self.frames: dict[str, list[pd.DataFrame]] = {}
        self.problems: list[dict] = []
        self._resolver = None  # the actor table's resolver, fetched once for the batch (see _shared)

    def add(self, article: Article) -> None:
        """Analyse one article into the batch; a failing analyser becomes a problems row."""
        extend_columns(self.columns.setdefault("articles", {}), {k: [v] for k, v in article.record().items()})
        extend_columns(self.columns.setdefault("paragraphs", {}), article.paragraph_lists)
        done: dict[str, Columns | pd.DataFrame] = {}
        for name, func, _version in self.analysers:
            try:
                if name in self.fast:
                    columnar = self.fast[name][0]
                    extra = {dep: done[dep] for dep in _accepts(columnar) if dep in done}
                    if "resolver" in _accepts(columnar):
                        extra["resolver"] = self._shared()
                    cols, notes = columnar(article, **extra)
                    extend_columns(self.columns.setdefault(name, {}), cols)
                    done[name] = cols
                else:
                    extra = {dep: done[dep] for dep in _accepts(func) if dep in done}
                    extra = {dep: (v if isinstance(v, pd.DataFrame) else pd.DataFrame(v)) for dep, v in extra.items()}
                    frame = func(article, **extra)
                    notes = frame.attrs.get("problems")
                    frame.attrs = {}
                    self.frames.setdefault(name, []).append(frame)
                    done[name] = frame
                self.problems.extend(_note_rows(article, name, notes))
            except Exception as exc:  # one bad article must not stop the run
                self.problems.append(_failure_row(article, name, exc))

    def _shared(self):
        """The actor resolver for every article of the batch: one look at the table file per
        batch, not one per analyser per article (a fifth of a millisecond an article)."""
        if self._resolver is None:
            from .actors import default_resolver

            self._resolver = default_resolver()
        return self._resolver

    def tables(self, load_problems: list[dict]) -> dict[str, pd.DataFrame]:
        out: dict[str, pd.DataFrame] = {}
        for name, cols in self.columns.items():
            if name in self.fast:
                out[name] = self.fast[name][1](cols)
            else:  # articles and paragraphs: plain tables
                out[name] = pd.DataFrame(cols, columns=PARAGRAPH_COLUMNS if name == "paragraphs" else None)
        for name, frames in self.frames.items():
            if frames:
                frame = pd.concat(frames, ignore_index=True)
                out[name] = pd.concat([out[name], frame], ignore_index=True) if name in out else frame
        problems = self.problems + load_problems
        if problems:
            out["problems"] = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
        return out


@functools.lru_cache(maxsize=32)
def _accepts(func: Callable) -> tuple[str, ...]:
    """Names of earlier analysers' tables that ``func`` takes as keyword arguments, and
    "resolver" when it takes the batch's actor resolver."""
    params = inspect.signature(func).parameters
    return tuple(name for name in ("quotes", "sentences", "mentions", "resolver") if name in params)


def _problem(path: str, article_id: str | None, exc: ArticleProblem) -> dict:
    return {"path": path, "article_id": article_id, "stage": "load", "problem": exc.code, "reason": exc.reason}


def _analyse_items(file: Path, results, meta, batch: _Batch, problems: list, known: Mapping[tuple[str, str], str] | None = None, reused: list | None = None) -> None:
    """Build and analyse the raw documents read from one file (or one part of an export).

    ``known``: (content_hash, article_id) -> cache part, for a one-article file the cache may
    hold under another path or mtime; a match goes to ``reused`` instead of the analysers.
    """
    for item in results:
        if isinstance(item, ArticleProblem):
            problems.append(_problem(str(file), None, item))
            continue
        try:
            article = build_article(item, meta)
        except ArticleProblem as exc:
            problems.append(_problem(str(file), item.article_id, exc))
            continue
        part = known.get((article.content_hash, article.article_id)) if known else None
        if part is not None and reused is not None:
            reused.append({"path": str(file), "article_id": article.article_id, "content_hash": article.content_hash, "part": part})
            continue
        clear_memos()  # memos serve the analysers of one article, not the whole corpus
        batch.add(article)


#: Columns of the ``_reused`` entry of a worker's result: articles found in the cache by
#: content hash (not a table of the analysis; never written to a part).
REUSED_COLUMNS = ["path", "article_id", "content_hash", "part"]


def _analyse_files(args: tuple) -> dict[str, pd.DataFrame]:
    """Worker: read, build and analyse a batch of files (runs in a child process or Dask task).

    ``args`` is (files, root, analyser names) and optionally ``known``: file -> {(content_hash,
    article_id): part} for files the cache may hold already (see :func:`_hash_candidates`).
    """
    files, root, names = args[:3]
    known: dict[str, dict] = args[3] if len(args) > 3 else {}
    batch = _Batch(available_analysers(names))
    catalog = load_catalog(Path(root) / "catalog.csv")
    problems: list[dict] = []
    reused: list[dict] = []
    for file in map(Path, files):
        try:
            results = read_path(file)
        except ArticleProblem as exc:
            problems.append(_problem(str(file), None, exc))
            continue
        except Exception as exc:
            problems.append({"path": str(file), "article_id": None, "stage": "load", "problem": "unreadable", "reason": f"Unexpected error while reading: {exc}"})
            continue
        # only a file that is one article is taken from the cache: an export's other rows and
        # its read problems belong to the part it is read into
        candidates = known.get(str(file)) if len(results) == 1 else None
        _analyse_items(file, results, _catalog_meta(catalog, file), batch, problems, candidates, reused)
    tables = batch.tables(problems)
    if reused:
        tables["_reused"] = pd.DataFrame(reused, columns=REUSED_COLUMNS)
    return tables


def _analyse_part(args: tuple[str, int, pd.DataFrame, str, list[str] | None]) -> dict[str, pd.DataFrame]:
    """Worker: analyse one part (a block of rows) of a large CSV/JSONL/Parquet export."""
    path, first_row, frame, root, names = args
    batch = _Batch(available_analysers(names))
    file = Path(path)
    meta = _catalog_meta(load_catalog(Path(root) / "catalog.csv"), file)
    problems: list[dict] = []
    _analyse_items(file, export_part_documents(file, frame, first_row), meta, batch, problems)
    return batch.tables(problems)


def _work(job: tuple) -> dict[str, pd.DataFrame]:
    return _analyse_files(job[1:]) if job[0] == "files" else _analyse_part(job[1:])


#: Marks a result whose tables its worker wrote to the cache already (see _work_stored).
STORED = "_stored"


def _work_stored(args: tuple) -> dict[str, pd.DataFrame]:
    """Worker: run one job, write its tables as cache part ``part`` itself, and hand back only
    what the manifest needs (each article's path, id and hash, and the articles reused by hash).

    Sending a batch's tables to the parent cost about as much CPU as writing them (pickling
    8.9 MB per 200 articles, 0.3 ms per article), and the parent then wrote them on a core the
    workers need. Used where workers and the parent share the cache folder (local processes,
    a local Dask cluster); a remote cluster sends its tables back instead.
    """
    job, folder, part = args
    result = _work(job)
    AnalysisCache(folder).write_part(part, result)
    slim = {STORED: pd.DataFrame({"part": [part]})}
    if "articles" in result:
        slim["articles"] = result["articles"][["path", "article_id", "content_hash"]]
    if "_reused" in result:
        slim["_reused"] = result["_reused"]
    return slim


def _job_size(job: tuple) -> int:
    return len(job[1]) if job[0] == "files" else len(job[3])


# --------------------------------------------------------------------------- cache


@dataclass
class AnalysisResult:
    """The tables of a run plus what it did (``stats``: counts and seconds).

    ``tables`` is a dict, or with a cache a :class:`LazyTables` that reads each table on
    first use.
    """

    tables: Mapping[str, pd.DataFrame]
    stats: dict[str, float] = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables.get(name, pd.DataFrame())


# --------------------------------------------------------------------------- runs


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _merge(parts: Iterable[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    frames: dict[str, list[pd.DataFrame]] = {}
    for part in parts:
        for name, frame in part.items():
            if frame is not None and len(frame):
                frames.setdefault(name, []).append(frame)
    return {name: pd.concat(fs, ignore_index=True) for name, fs in frames.items()}


def analyze(
    source: str | Path | Corpus | Sequence[str | Path] = "data",
    *,
    engine: str = "processes",
    workers: int | None = None,
    cache_dir: str | Path | None = None,
    analysers: Iterable[str] | None = None,
    progress: bool = True,
    scheduler: str | None = None,
    batch_size: int = 200,
    part_rows: int = 2000,
) -> AnalysisResult:
    """Analyse a corpus; returns every table. See the module docstring.

    ``source``: a data folder, a folder of files, a glob (``"exports/*.jsonl"``), a list of
    files, or an already loaded Corpus. ``engine``: ``"local"`` (this process),
    ``"processes"`` (one per core) or ``"dask"`` (a ``LocalCluster``, or the
    ``dask.distributed`` scheduler at ``scheduler``, e.g. ``"tcp://10.0.0.5:8786"``).
    ``cache_dir``: reuse results of unchanged articles from an earlier run and store this one.
    A CSV/JSONL/Parquet export larger than ``LARGE_BYTES`` is read in blocks of ``part_rows``
    rows, never all at once, and its blocks are analysed in parallel like batches of files.
    """
    t0 = time.perf_counter()
    names = list(analysers) if analysers is not None else None
    active = available_analysers(names)
    vkey = versions_key(active)
    if isinstance(source, Corpus):
        return _analyze_corpus(source, active, vkey, cache_dir, t0)
    root, files = _resolve_files(source)
    stats: dict[str, float] = {"files": len(files)}
    if not cache_dir:
        parts = _run(files, str(root), names, engine, workers, progress, scheduler, batch_size, part_rows)
        tables = _merge(parts)
        stats.update(cached_files=0, analysed_files=len(files), seconds=time.perf_counter() - t0, articles=len(tables.get("articles", ())))
        return AnalysisResult(tables, stats)
    cache = AnalysisCache(cache_dir)
    listed = cache.manifest()
    n_listed = len(listed)
    kept = _reusable(listed, files, vkey)
    reused = set(kept["path"])
    todo = [f for f in files if f not in reused]
    known = _hash_candidates(listed, reused, todo, vkey)
    run_id = f"{time.time_ns():020d}-{os.getpid()}"
    new_rows: list[pd.DataFrame] = []
    by_hash = 0  # files found in the cache by content hash

    def sink(index: int, job: tuple, result: dict[str, pd.DataFrame]) -> None:
        """Store one finished batch as a cache part and keep only its manifest rows."""
        nonlocal by_hash
        part = _part_name(run_id, index)
        if STORED not in result:  # not written by its worker already
            cache.write_part(part, result)
        new_rows.append(_manifest_rows(job, result, part, vkey))
        by_hash += len(result.get("_reused", ()))

    # workers on this machine write their own parts; a remote scheduler's may not see the folder
    store = (str(cache.folder), run_id) if engine == "processes" or (engine == "dask" and not scheduler) else None
    _run(todo, str(root), names, engine, workers, progress, scheduler, batch_size, part_rows, sink=sink, known=known, store=store)
    # a file found by content hash was read again but not analysed
    stats["cached_files"] = len(reused) + by_hash
    stats["analysed_files"] = len(todo) - by_hash
    stats["reused_by_hash"] = by_hash
    manifest = pd.concat([kept, *new_rows], ignore_index=True) if new_rows else kept
    if new_rows or len(kept) != n_listed:  # an unchanged cache is not rewritten
        others = _other_corpora(listed, files, root, directory=_is_directory(source))
        cache.save_manifest(pd.concat([others, manifest], ignore_index=True) if len(others) else manifest)
    stats["seconds"] = time.perf_counter() - t0
    stats["articles"] = int(manifest["article_id"].notna().sum())
    return AnalysisResult(LazyTables(cache, manifest), stats)


def _reusable(manifest: pd.DataFrame, files: list[str], vkey: str) -> pd.DataFrame:
    """The manifest rows of files unchanged since they were cached (same size, mtime, versions)."""
    if not len(manifest):
        return pd.DataFrame(columns=MANIFEST_COLUMNS)
    seen: dict[str, tuple[int, int, str]] = {}
    paths = manifest["path"].tolist()
    for path, size, mtime, versions in zip(paths, manifest["size"].tolist(), manifest["mtime_ns"].tolist(), manifest["versions"].tolist(), strict=True):
        seen.setdefault(path, (int(size), int(mtime), versions))
    same = set()
    for key in files:
        if key in seen:
            size, mtime, versions = seen[key]
            if versions == vkey:
                try:
                    st = os.stat(key)
                except OSError:
                    continue
                if st.st_size == size and st.st_mtime_ns == mtime:
                    same.add(key)
    return _rows_where(manifest, [p in same for p in paths]).reset_index(drop=True)


def _other_corpora(listed: pd.DataFrame, files: list[str], root: Path, directory: bool) -> pd.DataFrame:
    """Manifest rows that belong to other corpora sharing this cache, so a run keeps them.

    A row is this run's when its file is one of ``files`` or, for a folder, lies inside it
    (a file deleted since); those are replaced by the run's own rows. Other rows stay while
    their file exists: a second folder analysed into the same cache stays cached, and a
    folder that was moved away stops being listed.
    """
    if not len(listed):
        return listed
    mine = set(map(os.path.abspath, files))
    inside = os.path.join(os.path.abspath(root), "") if directory else None
    keep = []
    for path in listed["path"].tolist():
        full = os.path.abspath(path)
        keep.append(full not in mine and not (inside and full.startswith(inside)) and os.path.exists(path))
    return _rows_where(listed, keep)


def _is_directory(source) -> bool:
    """True when ``source`` names a folder (not a glob, a list of files or one file)."""
    if isinstance(source, (list, tuple)) or any(ch in str(source) for ch in "*?["):
        return False
    return resolve_data_dir(source).is_dir()


def _rows_where(frame: pd.DataFrame, keep: list[bool]) -> pd.DataFrame:
    """Rows of ``frame`` where ``keep`` is True. The mask comes from plain set look-ups
    (Series.isin over Arrow strings is 40x slower); as a Series so an empty list still
    selects no rows rather than no columns."""
    return frame[pd.Series(keep, index=frame.index, dtype=bool)]


def _manifest_rows(job: tuple, result: dict[str, pd.DataFrame], part: str, vkey: str) -> pd.DataFrame:
    """Manifest rows for one finished job: one per article, one per file that gave none."""
    files = job[1] if job[0] == "files" else [job[1]]
    arts = result.get("articles")
    rows = []
    with_articles = set()
    if arts is not None and len(arts):
        for path, article_id, digest in zip(arts["path"].tolist(), arts["article_id"].tolist(), arts["content_hash"].tolist(), strict=True):
            rows.append((str(path), article_id, digest))
            with_articles.add(str(path))
    found = result.get("_reused")
    if found is not None and len(found):  # taken from the cache by content hash: its old part
        rows += list(zip(found["path"].tolist(), found["article_id"].tolist(), found["content_hash"].tolist(), found["part"].tolist(), strict=True))
        with_articles.update(found["path"].tolist())
    rows += [(str(f), None, "") for f in files if str(f) not in with_articles]
    out = []
    for path, article_id, digest, *old_part in rows:
        try:
            st = os.stat(path)
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime = -1, -1
        out.append({"path": path, "size": size, "mtime_ns": mtime, "content_hash": digest, "versions": vkey, "article_id": article_id, "part": old_part[0] if old_part else part})
    return pd.DataFrame(out, columns=MANIFEST_COLUMNS)


def _hash_candidates(manifest: pd.DataFrame, reused: set[str], todo: list[str], vkey: str) -> dict[str, dict[tuple[str, str], str]]:
    """file -> {(content_hash, article_id): part}: cached articles a file to analyse may hold.

    The size-and-mtime test misses a file that is unchanged but was copied, touched, moved, or
    is named another way (``data`` vs ``/home/me/data``; a notebook's corpus). The cache is
    keyed on content: such a file is matched on its name and size (any size for rows a
    notebook wrote, which have none), then read and hashed by the worker, and its rows are
    reused when the hash and article id agree. Only the candidates go to the workers.
    """
    if not len(manifest) or not todo:
        return {}
    by_name: dict[str, list[tuple[int, str, str, str]]] = {}
    columns = (manifest[c].tolist() for c in ("path", "size", "content_hash", "versions", "article_id", "part"))
    for path, size, digest, versions, article_id, part in zip(*columns, strict=True):
        if versions == vkey and isinstance(article_id, str) and digest and path not in reused:
            by_name.setdefault(os.path.basename(path), []).append((int(size), digest, article_id, part))
    if not by_name:
        return {}
    known: dict[str, dict[tuple[str, str], str]] = {}
    for file in todo:
        rows = by_name.get(os.path.basename(file))
        if not rows:
            continue
        try:
            size = os.stat(file).st_size
        except OSError:
            continue
        hits = {(digest, article_id): part for cached_size, digest, article_id, part in rows if cached_size in (size, -1)}
        if hits:
            known[file] = hits
    return known


def _resolve_files(source) -> tuple[Path, list[str]]:
    """The data root and every article file of ``source``, as path strings (100,000 Path
    objects cost a second on a warm reload)."""
    if isinstance(source, (list, tuple)):
        files = [str(p) for p in source]
        root = Path(files[0]).parent if files else Path(".")
        return root, files
    text = str(source)
    if any(ch in text for ch in "*?["):
        import glob

        files = sorted(p for p in glob.glob(text, recursive=True) if os.path.isfile(p))
        return (Path(files[0]).parent if files else Path(".")), files
    root = resolve_data_dir(source)
    if root.is_file():
        return root.parent, [str(root)]
    folder = root / "articles" if (root / "articles").is_dir() else root
    return root, article_paths(folder) if folder.exists() else []


def _jobs(todo: list[str], root: str, names, workers: int, batch_size: int, part_rows: int, known: Mapping[str, dict] | None = None):
    """Work units: batches of small files, and blocks of rows of large exports (read lazily).

    ``known``: per file, the cached articles it may hold (:func:`_hash_candidates`).
    """
    small = [f for f in todo if not _is_large_export(f)]
    size = max(1, min(batch_size, -(-len(small) // (workers * 4)))) if small else 1
    for batch in _batches(small, size):
        hints = {f: known[f] for f in batch if f in known} if known else {}
        yield ("files", batch, root, names, hints) if hints else ("files", batch, root, names)
    for path in todo:
        if _is_large_export(path):
            for first_row, frame in iter_export_parts(path, part_rows):
                yield ("part", path, first_row, frame, root, names)


def _is_large_export(path: str) -> bool:
    p = Path(path)
    return p.suffix.lower() in EXPORT_SUFFIXES and p.stat().st_size > LARGE_BYTES


def _part_name(run_id: str, index: int) -> str:
    """The cache part of a run's ``index``-th job."""
    return f"{run_id}-{index:06d}"


def _run(todo: list[str], root: str, names, engine: str, workers, progress: bool, scheduler, batch_size: int, part_rows: int = 2000, sink: Callable | None = None, known: Mapping[str, dict] | None = None, store: tuple[str, str] | None = None) -> list[dict[str, pd.DataFrame]]:
    """Run every job; results in job order. With ``sink(index, job, result)`` each result is
    handed over as it arrives and not kept (memory stays at a few batches). With ``store``
    (cache folder, run id), parallel workers write each job's tables as its cache part
    themselves (:func:`_work_stored`) and return only what the manifest needs."""
    if not todo:
        return []
    workers = workers or os.cpu_count() or 1
    jobs = _jobs(todo, root, names, workers, batch_size, part_rows, known)
    bar = _progress(len(todo), progress)
    keep = _Keeper(sink)
    try:
        if engine == "local" or (engine == "processes" and workers == 1):
            for i, job in enumerate(jobs):
                keep(i, job, _work(job))
                bar.update(_job_size(job) if job[0] == "files" else 0)
            return keep.results()
        if engine == "processes":
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=workers) as pool:
                return _bounded(pool.submit, _wait_first, jobs, workers, bar, keep, store)
        if engine == "dask":
            return _run_dask(jobs, workers, scheduler, bar, keep, store)
        raise ValueError(f"Unknown engine {engine!r}: use 'local', 'processes' or 'dask'.")
    finally:
        bar.close()


def _wait_first(pending):
    from concurrent.futures import FIRST_COMPLETED, wait

    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    return done


class _Keeper:
    """Collects job results in job order, or hands each to a sink and keeps nothing."""

    def __init__(self, sink: Callable | None):
        self.sink = sink
        self.kept: dict[int, dict] = {}

    def __call__(self, index: int, job: tuple, result: dict[str, pd.DataFrame]) -> None:
        if self.sink is not None:
            self.sink(index, job, result)
        else:
            self.kept[index] = result

    def results(self) -> list[dict[str, pd.DataFrame]]:
        return [self.kept[i] for i in sorted(self.kept)]


def _bounded(submit, wait_some, jobs, workers: int, bar, keep: _Keeper, store: tuple[str, str] | None = None) -> list[dict[str, pd.DataFrame]]:
    """Keep at most 3 jobs per worker in flight (memory stays bounded on huge exports);
    results are kept in submission order so every engine gives the same tables."""
    pending: dict = {}

    def collect() -> None:
        for fut in wait_some(list(pending)):
            j, done_job = pending.pop(fut)
            keep(j, done_job, fut.result())
            bar.update(_job_size(done_job) if done_job[0] == "files" else 0)

    for i, job in enumerate(jobs):
        future = submit(_work_stored, (job, store[0], _part_name(store[1], i))) if store else submit(_work, job)
        pending[future] = (i, job)
        while len(pending) >= 3 * workers:
            collect()
    while pending:
        collect()
    return keep.results()


def _run_dask(jobs, workers: int, scheduler: str | None, bar, keep: _Keeper, store: tuple[str, str] | None = None) -> list[dict[str, pd.DataFrame]]:
    from dask.distributed import Client, LocalCluster, wait

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)

    def wait_some(futures):
        return wait(futures, return_when="FIRST_COMPLETED").done

    try:
        return _bounded(lambda fn, job: client.submit(fn, job, pure=False), wait_some, jobs, n_workers, bar, keep, store)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _analyze_corpus(corpus: Corpus, active, vkey: str, cache_dir, t0: float) -> AnalysisResult:
    """In-process run over a loaded Corpus (notebooks), reusing cached rows by content hash.

    Rows are reused for the same text under the same article id: a copy of an article under
    another name (or in another corpus sharing the cache) carries its own id in every row.
    """
    loader = None
    if not corpus.problems.empty:
        loader = corpus.problems.rename(columns={"severity": "stage"}).assign(stage="load")[PROBLEM_COLUMNS]
    cache = AnalysisCache(cache_dir) if cache_dir else None
    manifest = cache.manifest() if cache else pd.DataFrame(columns=MANIFEST_COLUMNS)
    manifest = manifest[manifest["versions"] == vkey]
    wanted = {(a.content_hash, a.article_id) for a in corpus}
    keys = list(zip(manifest["content_hash"].tolist(), manifest["article_id"].tolist(), strict=True))
    known = _rows_where(manifest, [key in wanted for key in keys]).drop_duplicates(["content_hash", "article_id"])
    reused = set(zip(known["content_hash"].tolist(), known["article_id"].tolist(), strict=True))
    batch = _Batch(active)
    fresh = [a for a in corpus if (a.content_hash, a.article_id) not in reused]
    for article in fresh:
        clear_memos()
        batch.add(article)
    tables = batch.tables([])
    stats = {"articles": len(corpus), "cached_files": len(corpus) - len(fresh), "analysed_files": len(fresh)}
    if cache is None:
        if loader is not None:
            tables["problems"] = pd.concat([loader, tables.get("problems", pd.DataFrame(columns=PROBLEM_COLUMNS))], ignore_index=True)
        stats["seconds"] = time.perf_counter() - t0
        return AnalysisResult(tables, stats)
    part = f"{time.time_ns():020d}-{os.getpid()}-corpus"
    rows = [{"path": a.path, "size": -1, "mtime_ns": -1, "content_hash": a.content_hash, "versions": vkey, "article_id": a.article_id, "part": part} for a in fresh]
    new = pd.DataFrame(rows, columns=MANIFEST_COLUMNS)
    if rows:  # nothing new: nothing written (opening an app at 100k rewrote a 100,000-row manifest,
        # and a read-only class share with a complete cache is read without writing)
        cache.write_part(part, tables)
        # the cache keeps other corpora's rows (a CLI run over the same folder stays reusable)
        cache.save_manifest(pd.concat([manifest, new], ignore_index=True))
    view = pd.concat([known, new], ignore_index=True)
    stats["seconds"] = time.perf_counter() - t0
    return AnalysisResult(LazyTables(cache, view, extra={"problems": loader} if loader is not None else None), stats)


def default_cache_dir(corpus: Corpus) -> Path | None:
    """Where :func:`analysed` keeps a corpus's cache: ``<data folder>/cache/analysis`` beside
    ``articles/``; in a plain folder of article files, the hidden ``.cache/analysis`` inside it
    (the loader skips hidden folders, so the cache is never read back as articles).
    ``NEWSDESK_CACHE_DIR`` puts every corpus's cache in one folder instead (a read-only class
    share, or a test run that must not reuse results from an earlier one)."""
    if os.environ.get("NEWSDESK_CACHE_DIR"):
        return Path(os.environ["NEWSDESK_CACHE_DIR"])
    root = getattr(corpus, "root", None)
    if not root:
        return None
    return cache_home(Path(root)) / "analysis"


def analysed(corpus: Corpus, cache_dir: str | Path | None = None) -> AnalysisResult:
    """Every analysis table of a loaded corpus, reusing the shared cache (notebooks use this).

    The cache lives in ``<data folder>/cache/analysis`` (the folder ``newsdesk analyze`` can
    share with ``--cache``); articles analysed before are read back, only new or changed ones
    are analysed. When the data folder cannot be written to (a read-only class share) the
    analysis simply runs without a cache.
    """
    folder = cache_dir or default_cache_dir(corpus)
    if folder is None:
        return analyze(corpus)
    try:
        return analyze(corpus, cache_dir=folder)
    except OSError:
        return analyze(corpus)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="analysing", smoothing=0.1)


def write_tables(result: AnalysisResult, out_dir: str | Path, formats: Iterable[str] = ("parquet",)) -> list[Path]:
    """Write every table of a run (atomically) as Parquet and/or CSV under ``out_dir``.

    Tables backed by the cache are streamed part by part, so writing 100,000 articles'
    tables never holds a whole table in memory.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        empty = empty_table(name)
        if isinstance(result.tables, LazyTables) and name in result.tables:
            for fmt in formats:
                written.append(write_streamed(functools.partial(result.tables.parts, name), out / f"{name}.{fmt}", fmt, empty))
            continue
        frame = result.tables.get(name)
        if frame is None:
            frame = empty
        for fmt in formats:
            written.append(write_table_atomic(frame, out / f"{name}.{fmt}", fmt))
    return written


__all__ = ["ANALYSERS", "AnalysisCache", "AnalysisResult", "LazyTables", "analysed", "Analyser", "analyze", "analyse_article", "write_tables", "RawDocument"]
