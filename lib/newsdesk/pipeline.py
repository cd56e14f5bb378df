"""Batch analysis: every analyser over every article, in parallel, with a per-article cache.

The unit of work is one article (a pure function of its text plus reference data), so the same
code runs in-process, over local processes (``engine="processes"``) or on Dask
(``engine="dask"``). Results are tidy tables keyed by ``article_id`` and ``content_hash``:
``articles``, ``paragraphs``, ``sentences``, ``mentions``, ``quotes``, ``timeline``,
``sentiment`` and ``problems`` (one row per file or analyser that failed, with the reason).

The cache keeps those tables as Parquet files plus a manifest of (path, size, mtime,
content_hash, analyser versions); a re-run analyses only new or changed articles, and a file
whose size and mtime are unchanged is not even re-read.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .corpus import Article, Corpus, _article_files, _catalog_meta, build_article, load_catalog
from .errors import ArticleProblem
from .paths import resolve_data_dir
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

PROBLEM_COLUMNS = ["path", "article_id", "stage", "problem", "reason"]
TABLES = ("articles", "paragraphs", "sentences", "mentions", "quotes", "timeline", "sentiment", "problems")


@dataclass(frozen=True)
class Analyser:
    """A per-article analysis: ``module.function(article) -> DataFrame``."""

    name: str
    module: str
    function: str

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


#: The analysers a full run applies, in order. Later issues add theirs here.
ANALYSERS: tuple[Analyser, ...] = (
    Analyser("sentences", "newsdesk.sentences", "sentences"),
    Analyser("mentions", "newsdesk.actors", "mentions"),
    Analyser("quotes", "newsdesk.quotes", "quotes_for_article"),
    Analyser("timeline", "newsdesk.timeline", "timeline_for_article"),
    Analyser("sentiment", "newsdesk.sentiment", "sentiment_for_article"),
)


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
    """One string naming the loader and analyser versions; part of every cache key."""
    return ";".join([f"loader={LOADER_VERSION}"] + [f"{name}={version}" for name, _, version in analysers])


# --------------------------------------------------------------------------- one article


def analyse_article(article: Article, analysers: Sequence[tuple[str, Callable, str]]) -> dict[str, pd.DataFrame]:
    """Run each analyser on one article. A failing analyser becomes a ``problems`` row."""
    out: dict[str, pd.DataFrame] = {
        "articles": pd.DataFrame([article.record()]),
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
            if isinstance(notes, pd.DataFrame):
                notes = notes.to_dict("records")
            if isinstance(notes, list):
                for note in notes:
                    if not isinstance(note, dict):
                        note = {"problem": str(note)}
                    where = f" (paragraph {note['paragraph_no']})" if "paragraph_no" in note else ""
                    text = str(note.get("reason") or note.get("problem") or note)
                    problems.append({"path": article.path, "article_id": article.article_id, "stage": name, "problem": "note", "reason": f"{text}{where}"})
        except Exception as exc:  # one bad article must not stop the run
            problems.append(
                {"path": article.path, "article_id": article.article_id, "stage": name, "problem": type(exc).__name__, "reason": f"The {name} analysis failed on this article: {exc}"}
            )
    if problems:
        out["problems"] = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
    return out


@functools.lru_cache(maxsize=32)
def _accepts(func: Callable) -> tuple[str, ...]:
    """Names of earlier analysers' tables that ``func`` takes as keyword arguments."""
    params = inspect.signature(func).parameters
    return tuple(name for name in ("quotes", "sentences", "mentions") if name in params)


def _problem(path: str, article_id: str | None, exc: ArticleProblem) -> dict:
    return {"path": path, "article_id": article_id, "stage": "load", "problem": exc.code, "reason": exc.reason}


def _analyse_items(file: Path, results, meta, analysers, parts: dict, problems: list) -> None:
    """Build and analyse the raw documents read from one file (or one part of an export)."""
    for item in results:
        if isinstance(item, ArticleProblem):
            problems.append(_problem(str(file), None, item))
            continue
        try:
            article = build_article(item, meta)
        except ArticleProblem as exc:
            problems.append(_problem(str(file), item.article_id, exc))
            continue
        for name, frame in analyse_article(article, analysers).items():
            parts.setdefault(name, []).append(frame)


def _collect(parts: dict, problems: list) -> dict[str, pd.DataFrame]:
    out = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items() if frames}
    if problems:
        extra = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
        out["problems"] = pd.concat([out["problems"], extra], ignore_index=True) if "problems" in out else extra
    return out


def _analyse_files(args: tuple[list[str], str, list[str] | None]) -> dict[str, pd.DataFrame]:
    """Worker: read, build and analyse a batch of files (runs in a child process or Dask task)."""
    files, root, names = args
    analysers = available_analysers(names)
    catalog = load_catalog(Path(root) / "catalog.csv")
    parts: dict[str, list[pd.DataFrame]] = {}
    problems: list[dict] = []
    for file in map(Path, files):
        try:
            results = read_path(file)
        except ArticleProblem as exc:
            problems.append(_problem(str(file), None, exc))
            continue
        except Exception as exc:
            problems.append({"path": str(file), "article_id": None, "stage": "load", "problem": "unreadable", "reason": f"Unexpected error while reading: {exc}"})
            continue
        _analyse_items(file, results, _catalog_meta(catalog, file), analysers, parts, problems)
    return _collect(parts, problems)


def _analyse_part(args: tuple[str, int, pd.DataFrame, str, list[str] | None]) -> dict[str, pd.DataFrame]:
    """Worker: analyse one part (a block of rows) of a large CSV/JSONL/Parquet export."""
    path, first_row, frame, root, names = args
    analysers = available_analysers(names)
    file = Path(path)
    meta = _catalog_meta(load_catalog(Path(root) / "catalog.csv"), file)
    parts: dict[str, list[pd.DataFrame]] = {}
    problems: list[dict] = []
    _analyse_items(file, export_part_documents(file, frame, first_row), meta, analysers, parts, problems)
    return _collect(parts, problems)


def _work(job: tuple) -> dict[str, pd.DataFrame]:
    return _analyse_files(job[1:]) if job[0] == "files" else _analyse_part(job[1:])


def _job_size(job: tuple) -> int:
    return len(job[1]) if job[0] == "files" else len(job[3])


# --------------------------------------------------------------------------- cache


@dataclass
class AnalysisResult:
    """The tables of a run plus what it did (``stats``: counts and seconds)."""

    tables: dict[str, pd.DataFrame]
    stats: dict[str, float] = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables.get(name, pd.DataFrame())


class AnalysisCache:
    """Parquet tables plus a manifest, under one folder; every write is atomic."""

    MANIFEST = "manifest.parquet"

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def manifest(self) -> pd.DataFrame:
        path = self.folder / self.MANIFEST
        if not path.exists():
            return pd.DataFrame(columns=["path", "size", "mtime_ns", "content_hash", "versions"])
        try:
            return pd.read_parquet(path)
        except Exception:  # a damaged cache is rebuilt, never trusted
            return pd.DataFrame(columns=["path", "size", "mtime_ns", "content_hash", "versions"])

    def tables(self, names: Iterable[str] = TABLES) -> dict[str, pd.DataFrame]:
        out = {}
        for name in names:
            path = self.folder / f"{name}.parquet"
            if path.exists():
                try:
                    out[name] = pd.read_parquet(path)
                except Exception:
                    continue
        return out

    def save(self, tables: dict[str, pd.DataFrame], manifest: pd.DataFrame) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, frame in tables.items():
            write_table_atomic(frame, self.folder / f"{name}.parquet")
        write_table_atomic(manifest, self.folder / self.MANIFEST)


def _parquet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding lists, dates or mixed values become types Parquet can store."""
    frame = frame.copy()
    for col in frame.columns:
        if frame[col].dtype != object:
            continue
        values = frame[col].dropna()
        kinds = set(map(type, values))
        if not kinds or kinds == {str}:
            continue
        if all(issubclass(k, (int, float)) and not issubclass(k, bool) for k in kinds):
            frame[col] = pd.to_numeric(frame[col], errors="coerce")
        else:
            frame[col] = frame[col].map(_as_text)
    return frame


def _as_text(value: object) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and pd.isna(value):
        return None
    if isinstance(value, (list, tuple, set)):
        return "; ".join(map(str, value))
    return str(value)


def write_table_atomic(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> Path:
    """Write a table to a temp file beside ``path`` and rename it into place.

    A crash or Ctrl-C leaves either the old file or the new one, never half of one.
    """
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if fmt == "parquet":
            _parquet_safe(frame).to_parquet(tmp, index=False)
        elif fmt == "csv":
            frame.to_csv(tmp, index=False)
        else:
            raise ValueError(f"Unknown table format {fmt!r}; use parquet or csv.")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


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
    cache = AnalysisCache(cache_dir) if cache_dir else None
    reuse: dict[str, list[str]] = {}  # path -> content hashes of its articles, for unchanged files
    cached_tables: dict[str, pd.DataFrame] = {}
    manifest_old = cache.manifest() if cache else None
    stats: dict[str, float] = {"files": len(files)}
    if cache is not None and manifest_old is not None and len(manifest_old):
        old = manifest_old[manifest_old["versions"] == vkey]
        by_path = {path: group for path, group in old.groupby("path", sort=False)}
        for f in files:
            group = by_path.get(str(f))
            if group is not None:
                st = f.stat()
                first = group.iloc[0]
                if int(first["size"]) == st.st_size and int(first["mtime_ns"]) == st.st_mtime_ns:
                    reuse[str(f)] = group["content_hash"].tolist()
        if reuse:
            cached_tables = cache.tables()
    todo = [str(f) for f in files if str(f) not in reuse]
    stats["cached_files"] = len(reuse)
    stats["analysed_files"] = len(todo)
    parts = _run(todo, str(root), names, engine, workers, progress, scheduler, batch_size, part_rows)
    fresh = _merge(parts)
    tables = fresh
    if reuse:
        keep = {digest for digests in reuse.values() for digest in digests}
        tables = _merge([_rows_for(cached_tables, keep, set(reuse)), fresh])
    if cache is not None:
        manifest = _manifest_for(files, tables, vkey)
        cache.save(tables, manifest)
    stats["seconds"] = time.perf_counter() - t0
    stats["articles"] = len(tables.get("articles", ()))
    return AnalysisResult(tables, stats)


def _rows_for(cached: dict[str, pd.DataFrame], hashes: set[str], paths: set[str], load_problems: bool = True) -> dict[str, pd.DataFrame]:
    """The cached rows of the articles whose content hash is in ``hashes`` (and their files' problems)."""
    arts = cached.get("articles")
    if arts is None or not len(arts):
        return {}
    ids = set(arts.loc[arts["content_hash"].isin(hashes), "article_id"])
    kept = {}
    for name, frame in cached.items():
        if name == "problems":
            keep = frame["path"].isin(paths) if "path" in frame else pd.Series(False, index=frame.index)
            if not load_problems and "stage" in frame:
                keep &= frame["stage"] != "load"
            kept[name] = frame[keep]
        elif "article_id" in frame:
            kept[name] = frame[frame["article_id"].isin(ids)]
    return kept


def _manifest_for(files: list[Path], tables: dict[str, pd.DataFrame], vkey: str) -> pd.DataFrame:
    arts = tables.get("articles")
    hashes: dict[str, list[str]] = {}
    if arts is not None and len(arts):
        for path, digest in zip(arts["path"], arts["content_hash"], strict=True):
            hashes.setdefault(str(path), []).append(digest)
    rows = []
    for f in files:
        st = f.stat()
        for digest in hashes.get(str(f), []):
            rows.append({"path": str(f), "size": st.st_size, "mtime_ns": st.st_mtime_ns, "content_hash": digest, "versions": vkey})
    return pd.DataFrame(rows, columns=["path", "size", "mtime_ns", "content_hash", "versions"])


def _resolve_files(source) -> tuple[Path, list[Path]]:
    if isinstance(source, (list, tuple)):
        files = [Path(p) for p in source]
        root = files[0].parent if files else Path(".")
        return root, files
    text = str(source)
    if any(ch in text for ch in "*?["):
        import glob

        files = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
        return (files[0].parent if files else Path(".")), files
    root = resolve_data_dir(source)
    if root.is_file():
        return root.parent, [root]
    folder = root / "articles" if (root / "articles").is_dir() else root
    return root, _article_files(folder) if folder.exists() else []


def _jobs(todo: list[str], root: str, names, workers: int, batch_size: int, part_rows: int):
    """Work units: batches of small files, and blocks of rows of large exports (read lazily)."""
    small = [f for f in todo if not _is_large_export(f)]
    size = max(1, min(batch_size, -(-len(small) // (workers * 4)))) if small else 1
    for batch in _batches(small, size):
        yield ("files", batch, root, names)
    for path in todo:
        if _is_large_export(path):
            for first_row, frame in iter_export_parts(path, part_rows):
                yield ("part", path, first_row, frame, root, names)


def _is_large_export(path: str) -> bool:
    p = Path(path)
    return p.suffix.lower() in EXPORT_SUFFIXES and p.stat().st_size > LARGE_BYTES


def _run(todo: list[str], root: str, names, engine: str, workers, progress: bool, scheduler, batch_size: int, part_rows: int = 2000) -> list[dict[str, pd.DataFrame]]:
    if not todo:
        return []
    workers = workers or os.cpu_count() or 1
    jobs = _jobs(todo, root, names, workers, batch_size, part_rows)
    bar = _progress(len(todo), progress)
    try:
        if engine == "local" or (engine == "processes" and workers == 1):
            out = []
            for job in jobs:
                out.append(_work(job))
                bar.update(_job_size(job) if job[0] == "files" else 0)
            return out
        if engine == "processes":
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=workers) as pool:
                return _bounded(pool.submit, _wait_first, jobs, workers, bar)
        if engine == "dask":
            return _run_dask(jobs, workers, scheduler, bar)
        raise ValueError(f"Unknown engine {engine!r}: use 'local', 'processes' or 'dask'.")
    finally:
        bar.close()


def _wait_first(pending):
    from concurrent.futures import FIRST_COMPLETED, wait

    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    return done


def _bounded(submit, wait_some, jobs, workers: int, bar) -> list[dict[str, pd.DataFrame]]:
    """Keep at most 3 jobs per worker in flight (memory stays bounded on huge exports);
    return results in submission order so every engine gives the same tables."""
    results: dict[int, dict] = {}
    pending: dict = {}
    for i, job in enumerate(jobs):
        pending[submit(_work, job)] = (i, job)
        while len(pending) >= 3 * workers:
            for fut in wait_some(list(pending)):
                j, done_job = pending.pop(fut)
                results[j] = fut.result()
                bar.update(_job_size(done_job) if done_job[0] == "files" else 0)
    while pending:
        for fut in wait_some(list(pending)):
            j, done_job = pending.pop(fut)
            results[j] = fut.result()
            bar.update(_job_size(done_job) if done_job[0] == "files" else 0)
    return [results[i] for i in sorted(results)]


def _run_dask(jobs, workers: int, scheduler: str | None, bar) -> list[dict[str, pd.DataFrame]]:
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
        return _bounded(lambda fn, job: client.submit(fn, job, pure=False), wait_some, jobs, n_workers, bar)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _analyze_corpus(corpus: Corpus, active, vkey: str, cache_dir, t0: float) -> AnalysisResult:
    """In-process run over a loaded Corpus (notebooks), reusing cached rows by content hash."""
    cache = AnalysisCache(cache_dir) if cache_dir else None
    cached = cache.tables() if cache else {}
    manifest = cache.manifest() if cache else pd.DataFrame(columns=["content_hash", "versions"])
    known = set(manifest.loc[manifest["versions"] == vkey, "content_hash"]) if len(manifest) else set()
    parts, reused = [], set()
    for article in corpus:
        digest = article.content_hash
        if digest in known:
            reused.add(digest)
            continue
        parts.append(analyse_article(article, active))
    if reused:
        parts.insert(0, _rows_for(cached, reused, {a.path for a in corpus}, load_problems=False))
    tables = _merge(parts)
    if not corpus.problems.empty:
        loader = corpus.problems.rename(columns={"severity": "stage"}).assign(stage="load")[PROBLEM_COLUMNS]
        tables["problems"] = pd.concat([loader, tables.get("problems", pd.DataFrame(columns=PROBLEM_COLUMNS))], ignore_index=True)
    if cache is not None:
        rows = [{"path": a.path, "size": -1, "mtime_ns": -1, "content_hash": a.content_hash, "versions": vkey} for a in corpus]
        cache.save(tables, pd.DataFrame(rows))
    stats = {"articles": len(corpus), "cached_files": len(reused), "analysed_files": len(corpus) - len(reused), "seconds": time.perf_counter() - t0}
    return AnalysisResult(tables, stats)


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
    """Write every table of a run (atomically) as Parquet and/or CSV under ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        frame = result.tables.get(name)
        if frame is None:
            frame = pd.DataFrame(columns=PROBLEM_COLUMNS if name == "problems" else ["article_id"])
        for fmt in formats:
            written.append(write_table_atomic(frame, out / f"{name}.{fmt}", fmt))
    return written


__all__ = ["ANALYSERS", "AnalysisCache", "AnalysisResult", "Analyser", "analyze", "analyse_article", "write_tables", "RawDocument"]
