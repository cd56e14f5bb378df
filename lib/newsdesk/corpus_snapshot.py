"""Reopening a corpus without reading every file again: what each file gave, kept on disk.

Reading and splitting 10,000 article files takes about 10 s, every time a notebook opens. The
snapshot keeps, per file, the articles (metadata, paragraphs with their roles, content hash)
or the problems it gave, keyed on the file's size and modification time. The next
:func:`newsdesk.load_corpus` reads only new or changed files and takes the rest from here.

Stored as Parquet, never pickle: a data folder shared by a class is untrusted, and loading a
pickle runs code. The snapshot is only a speed-up: one that cannot be read, written, or was
made by another version of the loader (``fingerprint``) is ignored and rebuilt, and a
corpus loads the same with or without it (tested).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .analysis_cache import _atomically
from .errors import ArticleProblem
from .paths import cache_home

SNAPSHOT_FILE = "corpus-snapshot.parquet"
#: Modules whose code decides what a file gives; a change to any of them invalidates snapshots.
_LOADER_MODULES = ("readers", "structure", "corpus", "text", "published", "errors", "corpus_snapshot")
_LOADER_PACKAGES = ("trafilatura", "PyYAML", "charset-normalizer")

#: One item a file gave: the article id it was read with, and the Article or the problem.
Item = tuple[str | None, object]


@functools.lru_cache(maxsize=1)
def loader_fingerprint() -> str:
    """A hash of the loader's source code and the versions of the libraries it reads with."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _LOADER_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    for package in _LOADER_PACKAGES:
        try:
            digest.update(metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            digest.update(b"-")
    return digest.hexdigest()[:16]


def snapshot_path(root: Path, folder: Path) -> Path:
    """Where the snapshot of the corpus in ``folder`` lives: beside the analysis cache
    (``<data folder>/cache`` or the hidden ``.cache`` in a plain folder of files), or in
    ``NEWSDESK_CACHE_DIR`` under a name made from the folder's path."""
    shared = os.environ.get("NEWSDESK_CACHE_DIR")
    if shared:
        key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        return Path(shared) / f"corpus-snapshot-{key}.parquet"
    return cache_home(root) / SNAPSHOT_FILE


def _file_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


_TEXT_FIELDS = ("title", "standfirst", "outlet", "original_outlet", "url", "language", "path", "source_format", "notes")


@dataclass
class Snapshot:
    """Per file, the stored rows of the items it gave, each with the file's size and mtime
    when read. ``changed`` says whether anything differs from what is on disk, so an unchanged
    snapshot is not rewritten."""

    location: Path
    key: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, location: Path, catalog: Path) -> Snapshot:
        """The snapshot at ``location`` if it was made by this loader with this catalog, else an
        empty one (a snapshot that cannot be read is treated as absent)."""
        catalog_key = _file_key(str(catalog))
        key = f"{loader_fingerprint()}:{catalog_key}"
        snap = cls(location, key)
        try:
            snap._read()
        except Exception:  # a damaged, foreign or unreadable snapshot is simply rebuilt
            snap.rows, snap.changed = {}, True
        return snap

    def _read(self) -> None:
        import pyarrow.parquet as pq

        if not self.location.is_file():
            self.changed = True
            return
        table = pq.read_table(self.location)
        meta = table.schema.metadata or {}
        if meta.get(b"newsdesk-snapshot", b"").decode() != self.key:
            self.changed = True
            return
        cols = {name: table.column(name).to_pylist() for name in table.column_names}
        for i, path in enumerate(cols["file"]):
            self.rows.setdefault(path, []).append({name: values[i] for name, values in cols.items()})

    def items_for(self, path: str) -> tuple[tuple[int, int] | None, list[Item] | None]:
        """(the file's size and mtime now, what it gave when last read if it has not changed since)."""
        now = _file_key(path)
        rows = self.rows.get(path)
        if not rows or now is None or (rows[0]["size"], rows[0]["mtime_ns"]) != now:
            return now, None
        return now, [(row["original_id"], _restore(row)) for row in rows]

    def remember(self, path: str, file_key: tuple[int, int] | None, items: list[Item]) -> None:
        """Keep what a freshly read file gave (called before anything mutates the articles)."""
        self.changed = True
        if file_key is None:
            self.rows.pop(path, None)
            return
        self.rows[path] = [_row(path, file_key, original_id, built) for original_id, built in items]

    def save(self, listed: set[str]) -> None:
        """Write the snapshot of the files in ``listed`` if anything changed; a folder that
        cannot be written to (a read-only class share) just means no snapshot."""
        stale = set(self.rows) - listed
        if not (self.changed or stale):
            return
        for path in stale:
            del self.rows[path]
        # a speed-up must never stop a corpus loading: a read-only folder, a full disk or an
        # odd value Arrow cannot store all just mean no snapshot this time
        with contextlib.suppress(Exception):
            self._write()

    def _write(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [row for path in sorted(self.rows) for row in self.rows[path]]
        table = pa.Table.from_pylist(rows, schema=_schema()).replace_schema_metadata({"newsdesk-snapshot": self.key})
        self.location.parent.mkdir(parents=True, exist_ok=True)
        with _atomically(self.location) as tmp:
            pq.write_table(table, tmp)


def _row(path: str, file_key: tuple[int, int], original_id: str | None, built: object) -> dict:
    row: dict = {"file": path, "size": file_key[0], "mtime_ns": file_key[1], "original_id": original_id}
    if isinstance(built, ArticleProblem):
        row.update(problem=built.code, reason=built.reason)
        return row
    lists = built.paragraph_lists  # type: ignore[attr-defined]
    for name in _TEXT_FIELDS:
        row[name] = getattr(built, name)
    row.update(
        published=built.published,  # type: ignore[attr-defined]
        warnings=list(built.warnings),  # type: ignore[attr-defined]
        content_hash=built.content_hash,  # type: ignore[attr-defined]
        roles=lists["role"],
        role_reasons=lists["role_reason"],
        texts=lists["text"],
        n_words=lists["n_words"],
    )
    return row


def _restore(row: dict) -> object:
    from .corpus import Article

    if row.get("problem") is not None:
        return ArticleProblem(row["problem"], row["reason"])
    article_id = row["original_id"]
    n = len(row["texts"])
    columns = {
        "article_id": [article_id] * n,
        "paragraph_no": list(range(n)),
        "role": row["roles"],
        "role_reason": row["role_reasons"],
        "text": row["texts"],
        "n_words": row["n_words"],
    }
    article = Article(
        article_id=article_id,
        paragraph_columns=columns,
        published=row["published"],
        warnings=list(row["warnings"] or []),
        **{name: row[name] for name in _TEXT_FIELDS},
    )
    article.__dict__["content_hash"] = row["content_hash"]  # seeds the cached property
    return article


def _schema():
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("file", text),
            ("size", pa.int64()),
            ("mtime_ns", pa.int64()),
            ("original_id", text),
            ("problem", text),
            ("reason", text),
            *[(name, text) for name in _TEXT_FIELDS],
            ("published", pa.date32()),
            ("warnings", pa.list_(text)),
            ("content_hash", text),
            ("roles", pa.list_(text)),
            ("role_reasons", pa.list_(text)),
            ("texts", pa.list_(text)),
            ("n_words", pa.list_(pa.int64())),
        ]
    )
