"""The analysis cache on disk: a manifest plus every table stored in parts, and atomic writes.

Layout of a cache folder::

    manifest.parquet            one row per article (or per file that gave none)
    <table>/<part>.parquet      the rows one batch produced, for each table

A part's rows count only for the articles (and, for ``problems``, the files) the manifest
assigns to it, so a changed file re-analysed into a new part hides its old rows without
rewriting anything. Every file is written to a temp name and renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

PROBLEM_COLUMNS = ["path", "article_id", "stage", "problem", "reason"]
TABLES = ("articles", "paragraphs", "sentences", "mentions", "quotes", "timeline", "sentiment", "problems")
MANIFEST_COLUMNS = ["path", "size", "mtime_ns", "content_hash", "versions", "article_id", "part"]

#: Which rows of a part are valid: per part, the allowed article ids and the allowed paths.
Valid = tuple[dict[str, set], dict[str, set]]


def empty_table(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=PROBLEM_COLUMNS if name == "problems" else ["article_id"])


def _part_time(part: str) -> int:
    """When a part was written (its name starts with time.time_ns()); 0 if unknown."""
    head = part.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def _joined_freeing(pieces: list):
    """The Arrow tables in ``pieces`` (one per cache part) as one, each column in one chunk.

    Pandas keeps string columns as Arrow arrays; with one chunk per cache part, every row
    selection (``iloc``, a boolean mask) walks all the chunks: picking one article's rows of
    the 10k-article timeline took 25 ms on 50 chunks and 0.5 ms on one. A column of more than
    2 GB of text cannot be one chunk and is left as it is.

    It joins a column at a time and lets go of that column's parts at once (``pieces`` is
    emptied), so a read holds the table about once plus one column, not twice. Text becomes
    ``large_string``, the type pandas keeps its strings in, so ``to_pandas`` need not copy it
    again.
    """
    import pyarrow as pa

    table = pa.concat_tables(pieces, promote_options="permissive") if len(pieces) > 1 else pieces[0]
    pieces.clear()
    names = table.column_names
    columns = [table.column(i) for i in range(table.num_columns)]
    del table
    joined = []
    for i in range(len(columns)):
        column, columns[i] = columns[i], None
        if pa.types.is_string(column.type):
            column = column.cast(pa.large_string())
        try:
            joined.append(column.combine_chunks())
        except (pa.ArrowInvalid, pa.ArrowCapacityError, OverflowError):
            joined.append(column)
        del column
    return pa.table(joined, names=names)


def _restore_seconds(frame: pd.DataFrame) -> pd.DataFrame:
    """Parquet has no second-resolution timestamps: give back the datetime64[s] we wrote."""
    for col in frame.columns:
        if str(frame[col].dtype) == "datetime64[ms]":
            frame[col] = frame[col].astype("datetime64[s]")
    return frame


class AnalysisCache:
    """A manifest plus tables stored in parts (``<table>/<part>.parquet``), one part per batch.

    Each batch's tables are written as soon as it finishes, so a run of any size holds one
    batch in memory, and Ctrl-C loses at most the batches in flight (a part the manifest does
    not list is ignored and later deleted). The manifest lists, per article, its file's size
    and mtime, content hash, analyser versions and part.
    """

    MANIFEST = "manifest.parquet"
    #: Unlisted parts younger than this are kept: another notebook or run may still read them.
    KEEP_UNLISTED_NS = 3600 * 10**9

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def manifest(self) -> pd.DataFrame:
        path = self.folder / self.MANIFEST
        empty = pd.DataFrame(columns=MANIFEST_COLUMNS)
        if not path.exists():
            return empty
        try:
            frame = pd.read_parquet(path)
        except Exception:  # a damaged cache is rebuilt, never trusted
            return empty
        return frame if set(MANIFEST_COLUMNS) <= set(frame.columns) else empty  # older layout: rebuild

    def write_part(self, part: str, tables: dict[str, pd.DataFrame]) -> None:
        for name, frame in tables.items():
            if name in TABLES:
                (self.folder / name).mkdir(parents=True, exist_ok=True)
                write_table_atomic(frame, self.folder / name / f"{part}.parquet")

    def save_manifest(self, manifest: pd.DataFrame) -> None:
        """Write the manifest, then delete parts it no longer refers to."""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_table_atomic(manifest[MANIFEST_COLUMNS], self.folder / self.MANIFEST)
        live = _parts(manifest)
        cutoff = time.time_ns() - self.KEEP_UNLISTED_NS
        for name in TABLES:
            folder = self.folder / name
            for file in _listdir(folder):
                stem = file[: -len(".parquet")]
                if file.endswith(".parquet") and stem not in live and _part_time(stem) < cutoff:
                    (folder / file).unlink(missing_ok=True)
        for name in TABLES:  # tables of the older single-file layout (nothing else: a shared
            # NEWSDESK_CACHE_DIR also holds corpus snapshots, which must survive)
            (self.folder / f"{name}.parquet").unlink(missing_ok=True)

    def valid(self, manifest: pd.DataFrame) -> Valid:
        """Per part: the article ids and the paths whose rows in that part still count."""
        ids: dict[str, set] = {}
        paths: dict[str, set] = {}
        for part, article_id, path in zip(manifest["part"].tolist(), manifest["article_id"].tolist(), manifest["path"].tolist(), strict=True):
            paths.setdefault(part, set()).add(path)
            if isinstance(article_id, str):
                ids.setdefault(part, set()).add(article_id)
        return ids, paths

    def has_table(self, name: str, manifest: pd.DataFrame, parts: set[str] | None = None) -> bool:
        present = set(_listdir(self.folder / name))
        return any(f"{part}.parquet" in present for part in (parts if parts is not None else _parts(manifest)))

    def _filter_key(self, name: str, part: str, valid: Valid) -> tuple[str, set]:
        ids, paths = valid
        return ("path", paths[part]) if name == "problems" else ("article_id", ids.get(part, set()))

    def _problem_ids(self, name: str, part: str, valid: Valid) -> set | None:
        """For ``problems``: the part's valid article ids too. An article's notes count by its
        id, so they survive when its file is found again under another path (by content hash);
        a file's read problems, which name no article, count by path."""
        return valid[0].get(part, set()) if name == "problems" else None

    def table_parts(self, name: str, manifest: pd.DataFrame, valid: Valid | None = None) -> Iterator[pd.DataFrame]:
        """The valid rows of a table, one part at a time, parts in the order they were written."""
        valid = valid or self.valid(manifest)
        for part in sorted(valid[1]):
            file = self.folder / name / f"{part}.parquet"
            if not file.exists():
                continue
            frame = _restore_seconds(pd.read_parquet(file))
            key, allowed = self._filter_key(name, part, valid)
            if key in frame.columns:
                keep = frame[key].isin(allowed)
                by_id = self._problem_ids(name, part, valid)
                if by_id and "article_id" in frame.columns:
                    keep |= frame["article_id"].isin(by_id)
                if not keep.all():
                    frame = frame[keep].reset_index(drop=True)
            if len(frame):
                yield frame

    def table(self, name: str, manifest: pd.DataFrame, valid: Valid | None = None) -> pd.DataFrame:
        """The whole table. Parts are read and filtered as Arrow tables on every core, joined,
        and turned into one DataFrame at the end: about 3x faster than a pandas read and
        concat per part (500 parts, 2.3M rows: 10 s before)."""
        import pyarrow as pa

        valid = valid or self.valid(manifest)
        present = set(_listdir(self.folder / name))
        parts = [p for p in sorted(valid[1]) if f"{p}.parquet" in present]
        if not parts:
            return empty_table(name)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            pieces = [t for t in pool.map(lambda p: self._read_arrow(name, p, valid), parts) if t is not None]
        if not pieces:
            return empty_table(name)
        joined = _joined_freeing(pieces)  # empties ``pieces``
        frame = _restore_seconds(joined.to_pandas(self_destruct=True, split_blocks=True))
        del joined
        # Arrow's allocator keeps what the read and the join freed (about 1.5x the table) for
        # reuse; an app holding three tables at 100k articles would keep gigabytes for nothing
        pa.default_memory_pool().release_unused()
        return frame

    def _read_arrow(self, name: str, part: str, valid: Valid):
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(self.folder / name / f"{part}.parquet", use_threads=False)
        except FileNotFoundError:  # removed by another run between listing and reading
            return None
        key, allowed = self._filter_key(name, part, valid)
        if key in table.column_names:
            column = table[key]
            if column.type != pa.string():
                column = column.cast(pa.string())
            keep = pc.is_in(column, value_set=pa.array(sorted(allowed), type=pa.string()))
            by_id = self._problem_ids(name, part, valid)
            if by_id and "article_id" in table.column_names:
                ids = table["article_id"].cast(pa.string())
                keep = pc.or_(keep, pc.fill_null(pc.is_in(ids, value_set=pa.array(sorted(by_id), type=pa.string())), False))
            if not pc.all(keep).as_py():
                table = table.filter(keep)
        return table if table.num_rows else None


def _parts(manifest: pd.DataFrame) -> set[str]:
    return set(manifest["part"].unique().tolist())  # set(Series) walks Arrow strings one by one: 10x slower


def _listdir(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []


class LazyTables(Mapping):
    """Tables read from the cache only when first asked for (``result["quotes"]``).

    At 100,000 articles every table together takes several GB in memory; a notebook about
    quotes should not pay for the timeline. Loaded tables are kept.
    """

    def __init__(self, cache: AnalysisCache, manifest: pd.DataFrame, extra: dict[str, pd.DataFrame] | None = None):
        self.cache = cache
        self.manifest = manifest
        self.extra = extra or {}  # rows not in the cache (a loaded Corpus's loader problems)
        parts = _parts(manifest)
        self.names = [n for n in TABLES if cache.has_table(n, manifest, parts) or n in self.extra]
        self.loaded: dict[str, pd.DataFrame] = {}
        self._valid: Valid | None = None
        self._paths: dict[str, str] | None = None

    def valid(self) -> Valid:
        if self._valid is None:
            self._valid = self.cache.valid(self.manifest)
        return self._valid

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.names:
            raise KeyError(name)
        if name not in self.loaded:
            cached = self._current_paths(self.cache.table(name, self.manifest, self.valid()))
            frames = [f for f in (self.extra.get(name), cached) if f is not None and len(f)]
            self.loaded[name] = pd.concat(frames, ignore_index=True) if len(frames) > 1 else (frames[0] if frames else cached)
        return self.loaded[name]

    def _current_paths(self, frame: pd.DataFrame) -> pd.DataFrame:
        """An article's ``path`` as the manifest has it now: rows reused by content hash were
        written under the path the file had then (before a move, or named another way)."""
        if "path" not in frame.columns or "article_id" not in frame.columns or not len(frame):
            return frame
        if self._paths is None:
            ids, paths = self.manifest["article_id"].tolist(), self.manifest["path"].tolist()
            self._paths = {i: p for i, p in zip(ids, paths, strict=True) if isinstance(i, str)}
        now = self._paths
        old = frame["path"].tolist()
        new = [now.get(i, p) if isinstance(i, str) else p for i, p in zip(frame["article_id"].tolist(), old, strict=True)]
        if new == old:
            return frame
        frame = frame.copy()
        frame["path"] = pd.Series(new, index=frame.index, dtype=frame["path"].dtype)
        return frame

    def __iter__(self):
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def parts(self, name: str) -> Iterator[pd.DataFrame]:
        """The table piece by piece (one cache part at a time): for writing huge tables."""
        if name in self.loaded:
            yield self.loaded[name]
            return
        if self.extra.get(name) is not None and len(self.extra[name]):
            yield self.extra[name]
        for frame in self.cache.table_parts(name, self.manifest, self.valid()):
            yield self._current_paths(frame)


# --------------------------------------------------------------------------- atomic writes


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


@contextlib.contextmanager
def _atomically(path: Path) -> Iterator[Path]:
    """A temp file beside ``path`` to write; renamed into place (after fsync) only when the
    block finishes, removed whatever happens."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_table_atomic(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> Path:
    """Write a table to a temp file beside ``path`` and rename it into place.

    A crash or Ctrl-C leaves either the old file or the new one, never half of one.
    """
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".")
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"Unknown table format {fmt!r}; use parquet or csv.")
    with _atomically(path) as tmp:
        if fmt == "parquet":
            _parquet_safe(frame).to_parquet(tmp, index=False)
        else:
            frame.to_csv(tmp, index=False)
    return path


def write_streamed(parts: Callable[[], Iterator[pd.DataFrame]], path: Path, fmt: str, empty: pd.DataFrame) -> Path:
    """Write a table given in pieces (``parts()`` iterates them) to a temp file, then rename
    it into place (atomic). Memory: one piece at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if fmt not in ("parquet", "csv"):
        raise ValueError(f"Unknown table format {fmt!r}; use parquet or csv.")
    if fmt == "parquet":
        # pieces can disagree on a type (a column all empty in one batch): a first pass
        # reads only their schemas and unifies them, the second writes
        schemas = [pa.Schema.from_pandas(_parquet_safe(p), preserve_index=False) for p in parts()]
        if not schemas:
            return write_table_atomic(empty, path, fmt)
        schema = pa.unify_schemas(schemas, promote_options="permissive")
    with _atomically(path) as tmp:
        if fmt == "parquet":
            with pq.ParquetWriter(tmp, schema) as writer:
                for piece in parts():
                    table = pa.Table.from_pandas(_parquet_safe(piece), preserve_index=False)
                    writer.write_table(table.cast(schema) if table.schema != schema else table)
        else:
            wrote = False
            for piece in parts():
                piece.to_csv(tmp, index=False, mode="a" if wrote else "w", header=not wrote)
                wrote = True
            if not wrote:
                empty.to_csv(tmp, index=False)
    return path
