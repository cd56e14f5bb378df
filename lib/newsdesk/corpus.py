"""Articles and the corpus: the tables every notebook and analysis starts from.

``load_corpus(path)`` reads every file under ``<path>/articles`` (or ``path`` itself), joins
metadata from front matter and ``<path>/catalog.csv``, labels paragraph roles and reports
every file it could not use in ``Corpus.problems``. Analyses are pure functions of one
:class:`Article` (plus shared reference data), so they can be cached and run in parallel.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import paths
from .bulk import gc_paused, keep_out_of_collector
from .errors import ArticleProblem
from .published import parse_published
from .readers import RawDocument, read_path
from .structure import ANALYSABLE_ROLES, assign_roles, split_paragraphs
from .text import normalise

ARTICLE_COLUMNS = [
    "article_id",
    "title",
    "standfirst",
    "outlet",
    "original_outlet",
    "published",
    "url",
    "language",
    "path",
    "source_format",
    "n_paragraphs",
    "n_words",
    "content_hash",
    "duplicate_of",
    "notes",
    "warnings",
]
PARAGRAPH_COLUMNS = ["article_id", "paragraph_no", "role", "role_reason", "text", "n_words"]
PROBLEM_COLUMNS = ["path", "article_id", "severity", "problem", "reason"]
CATALOG_COLUMNS = ["file", "outlet", "original_outlet", "url", "published", "language", "notes", "original_file_name"]

_WORDS = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))


class _LazyParagraphs:
    """The ``Article.paragraphs`` field: a DataFrame, built on first use when the article was
    made from plain columns. The batch pipeline reads the columns and never needs the frame;
    building it cost about 5% of a whole analysis."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    def __get__(self, obj: Article | None, owner: type | None = None) -> pd.DataFrame | None:
        if obj is None:
            return None  # the dataclass default
        frame = obj.__dict__.get(self.slot)
        if frame is None:
            cols = obj.paragraph_columns
            frame = pd.DataFrame(cols if cols is not None else {}, columns=PARAGRAPH_COLUMNS)
            obj.__dict__[self.slot] = frame
        return frame

    def __set__(self, obj: Article, value: pd.DataFrame | None) -> None:
        obj.__dict__[self.slot] = value
        obj.__dict__.pop("paragraph_lists", None)  # forget lists made from an older frame
        obj.__dict__.pop("analysable_lists", None)


@dataclass
class Article:
    """One article: metadata plus its paragraphs (a DataFrame with PARAGRAPH_COLUMNS).

    Made either from a ``paragraphs`` DataFrame or from ``paragraph_columns`` (a dict of
    plain lists, PARAGRAPH_COLUMNS), in which case the DataFrame is built on first use.
    """

    article_id: str
    paragraphs: pd.DataFrame = _LazyParagraphs()  # type: ignore[assignment]
    title: str | None = None
    standfirst: str | None = None
    outlet: str | None = None
    original_outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None
    path: str = ""
    source_format: str = "text"
    notes: str | None = None
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    paragraph_columns: dict[str, list] | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def paragraph_lists(self) -> dict[str, list]:
        """The paragraphs as plain lists per column (PARAGRAPH_COLUMNS): analyses that walk
        paragraph by paragraph read these; a pandas column or mask per article costs more."""
        if self.__dict__.get("_paragraphs") is None and self.paragraph_columns is not None:
            return self.paragraph_columns
        frame = self.paragraphs
        return {c: frame[c].tolist() if c in frame.columns else [None] * len(frame) for c in PARAGRAPH_COLUMNS}

    @functools.cached_property
    def analysable_lists(self) -> dict[str, list]:
        """``paragraph_lists`` of the title, standfirst and body paragraphs only."""
        lists = self.paragraph_lists
        keep = [i for i, role in enumerate(lists["role"]) if role in ANALYSABLE_ROLES]
        return {c: [values[i] for i in keep] for c, values in lists.items()}

    @functools.cached_property
    def body(self) -> pd.DataFrame:
        """Paragraphs whose role is ``body``."""
        return self.paragraphs[self.paragraphs["role"] == "body"]

    @functools.cached_property
    def analysable(self) -> pd.DataFrame:
        """Title, standfirst and body paragraphs: what analyses read (no credit or clutter)."""
        return self.paragraphs[self.paragraphs["role"].isin(ANALYSABLE_ROLES)]

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.body["text"])

    @functools.cached_property
    def content_hash(self) -> str:
        """SHA-256 of the normalised title, standfirst and body: same story, same hash."""
        joined = "\n".join(normalise(t) for t in self.analysable_lists["text"])
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()

    @property
    def n_words(self) -> int:
        """Words in the body paragraphs (plain lists: a pandas mask per article cost more)."""
        lists = self.paragraph_lists
        return int(sum(n for r, n in zip(lists["role"], lists["n_words"], strict=True) if r == "body"))

    @property
    def n_body_paragraphs(self) -> int:
        return self.paragraph_lists["role"].count("body")

    def record(self) -> dict:
        """This article as one row of ``Corpus.articles``."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "standfirst": self.standfirst,
            "outlet": self.outlet,
            "original_outlet": self.original_outlet,
            "published": pd.Timestamp(self.published) if self.published else pd.NaT,
            "url": self.url,
            "language": self.language,
            "path": self.path,
            "source_format": self.source_format,
            "n_paragraphs": self.n_body_paragraphs,
            "n_words": self.n_words,
            "content_hash": self.content_hash,
            "duplicate_of": self.duplicate_of,
            "notes": self.notes,
            "warnings": "; ".join(self.warnings),
        }

    def __repr__(self) -> str:
        return f"Article({self.article_id!r}, title={self.title!r}, outlet={self.outlet!r}, published={self.published})"


@dataclass
class Corpus:
    """A thin holder of DataFrames plus the Article objects they were made from.

    ``articles`` (ARTICLE_COLUMNS), ``paragraphs`` (PARAGRAPH_COLUMNS) and ``problems``
    (PROBLEM_COLUMNS: path, article_id, severity ``error`` = not loaded or ``warning`` =
    loaded with a caveat, problem code, plain-English reason).
    """

    articles: pd.DataFrame
    problems: pd.DataFrame
    items: dict[str, Article]
    root: Path | None = None

    @functools.cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Every article's paragraphs in one table (PARAGRAPH_COLUMNS), built on first use:
        at 100,000 articles it is 2.5 million rows, and the views and apps never need it."""
        cols: dict[str, list] = {c: [] for c in PARAGRAPH_COLUMNS}
        for a in self.items.values():  # plain lists, one DataFrame: no frame per article
            for c in PARAGRAPH_COLUMNS:
                cols[c].extend(a.paragraph_lists[c])
        return pd.DataFrame(cols, columns=PARAGRAPH_COLUMNS)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.items.values())

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, article_id: str) -> Article:
        try:
            return self.items[article_id]
        except KeyError:
            known = ", ".join(list(self.items)[:10])
            raise KeyError(f"No article with id {article_id!r}. Known ids: {known}") from None

    @property
    def ids(self) -> list[str]:
        return list(self.items)

    @classmethod
    def from_articles(cls, articles: Iterable[Article], problems: pd.DataFrame | None = None, root: Path | None = None) -> Corpus:
        items = {a.article_id: a for a in articles}
        art = pd.DataFrame([a.record() for a in items.values()], columns=ARTICLE_COLUMNS)
        art["published"] = pd.to_datetime(art["published"])
        if problems is None:
            problems = pd.DataFrame(columns=PROBLEM_COLUMNS)
        return cls(articles=art, problems=problems.reset_index(drop=True), items=items, root=root)

    def head(self, n: int = 20) -> Corpus:
        """The first ``n`` articles as a corpus of their own (with their problems).

        The notebooks' sentence-by-sentence lessons run on this when a researcher has loaded
        thousands of articles: the corpus-wide tables come from the analysis cache instead.
        """
        if n >= len(self.items):
            return self
        keep = list(self.items)[:n]
        problems = self.problems[self.problems["article_id"].isin(keep)]
        return Corpus(articles=self.articles.head(n).reset_index(drop=True), problems=problems.reset_index(drop=True),
                      items={k: self.items[k] for k in keep}, root=self.root)

    def __repr__(self) -> str:
        return f"Corpus({len(self.items)} articles, {len(self.problems)} problems)"


def iter_articles(obj: Corpus | Article | Iterable[Article]) -> list[Article]:
    """Accept a Corpus, one Article or an iterable of Articles; return a list of Articles."""
    if isinstance(obj, Article):
        return [obj]
    if isinstance(obj, Corpus):
        return list(obj)
    if isinstance(obj, (str, Path)):
        raise TypeError("Pass a Corpus or an Article, e.g. newsdesk.load_corpus('data') or newsdesk.load_article(path).")
    items = list(obj)
    if not all(isinstance(a, Article) for a in items):
        raise TypeError("Expected a Corpus, an Article or a list of Articles.")
    return items


# --------------------------------------------------------------------------- catalog


def load_catalog(path: str | Path | None) -> pd.DataFrame:
    """``catalog.csv`` as a DataFrame indexed by file name (missing file: empty table)."""
    if path is None or not Path(path).is_file():
        return pd.DataFrame(columns=CATALOG_COLUMNS).set_index("file")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in CATALOG_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    frame["file"] = frame["file"].str.strip()
    return frame.drop_duplicates("file", keep="last").set_index("file")


def _catalog_meta(catalog: pd.DataFrame, path: Path) -> dict[str, str]:
    for key in (path.name, path.as_posix()):
        if key in catalog.index:
            row = catalog.loc[key]
            return {k: str(v).strip() for k, v in row.items() if str(v).strip() and k != "original_file_name"}
    return {}


# --------------------------------------------------------------------------- building articles


def build_article(raw: RawDocument, catalog_meta: dict[str, str] | None = None) -> Article:
    """Make an Article from a raw document; raise ArticleProblem('no_body') when nothing is left."""
    meta = dict(raw.meta)
    warnings = list(raw.warnings)
    for key, value in (catalog_meta or {}).items():
        if key not in meta:
            meta[key] = value
        elif normalise(meta[key]).casefold() != normalise(value).casefold():
            warnings.append(f"{key} differs between the file ({meta[key]!r}) and catalog.csv ({value!r}); the file's value is used")
    paras = split_paragraphs(raw.text)
    roles = assign_roles(
        paras,
        title=meta.get("title"),
        standfirst=meta.get("standfirst"),
        title_in_text=raw.title_in_text,
        standfirst_in_text=raw.standfirst_in_text,
    )
    role_list = [r for r, _ in roles]
    columns = {
        "article_id": [raw.article_id] * len(paras),
        "paragraph_no": list(range(len(paras))),
        "role": role_list,
        "role_reason": [w for _, w in roles],
        "text": paras,
        "n_words": [count_words(p) for p in paras],
    }
    if "body" not in role_list:
        raise ArticleProblem("no_body", "No article text was found: the file has no body paragraphs (only a title, credits or page clutter).")
    title = meta.get("title") or next((t for t, r in zip(paras, role_list, strict=True) if r == "title"), None)
    standfirst = meta.get("standfirst") or next((t for t, r in zip(paras, role_list, strict=True) if r == "standfirst"), None)
    published, why = parse_published(meta.get("published"))
    if why:
        warnings.append(why)
    for key, label in (("title", "title"), ("outlet", "outlet"), ("url", "url")):
        if not (meta.get(key) or (key == "title" and title)):
            warnings.append(f"no {label} given")
    return Article(
        article_id=raw.article_id,
        paragraph_columns=columns,
        title=title,
        standfirst=standfirst,
        outlet=meta.get("outlet"),
        original_outlet=meta.get("original_outlet"),
        published=published,
        url=meta.get("url"),
        language=meta.get("language"),
        path=str(raw.path),
        source_format=raw.source_format,
        notes=meta.get("notes"),
        warnings=warnings,
    )


def _find_catalog(path: Path) -> Path | None:
    for folder in (path.parent, path.parent.parent):
        candidate = folder / "catalog.csv"
        if candidate.is_file():
            return candidate
    return None


def load_article(path: str | Path, catalog: pd.DataFrame | None = None) -> Article:
    """Read one article file. Raises ArticleProblem (a ValueError) with the reason if it cannot.

    The catalog (``catalog.csv`` beside the file or one folder up) fills missing metadata.
    For an export with many rows use :func:`load_corpus`.
    """
    path = Path(path)
    if catalog is None:
        catalog = load_catalog(_find_catalog(path))
    results = read_path(path)
    docs = [r for r in results if isinstance(r, RawDocument)]
    if len(docs) != 1:
        raise ArticleProblem("many_articles", f"{path.name} holds {len(docs)} articles; use newsdesk.load_corpus() for exports.")
    return build_article(docs[0], _catalog_meta(catalog, path))


def article_paths(folder: str | Path) -> list[str]:
    """Every article file under ``folder`` as a path string, sorted folder by folder; hidden
    files and folders and editor/OS litter (.DS_Store, .ipynb_checkpoints, ~$x.docx) left out.

    Hand-written over os.scandir rather than Path.rglob: the directory entry already says
    whether a name is a file, so 100,000 files are listed without 100,000 stat calls or Path
    objects (0.2 s instead of 2 s). Like os.walk, links to folders are not followed. A folder
    that cannot be opened is listed itself, so it is reported rather than silently skipped.
    """
    found: list[tuple[tuple[str, ...], str]] = []

    def walk(top: str, rel: tuple[str, ...]) -> None:
        try:
            entries = os.scandir(top)
        except FileNotFoundError:  # a missing data folder is reported by the caller
            return
        except OSError:  # listed as if a file: the loader then reports why it cannot be read
            found.append((rel, top))
            return
        with entries:
            for entry in entries:
                name = entry.name
                if name.startswith(".") or name.startswith("~$"):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, (*rel, name))
                elif entry.is_file():
                    found.append(((*rel, name), entry.path))

    walk(str(folder), ())
    found.sort()
    return [path for _, path in found]


def load_corpus(path: str | Path = "data", *, snapshot: bool = True) -> Corpus:
    """Load every article under ``path`` (a data folder with ``articles/``, or a folder of files).

    Never raises for a bad file: each one is listed in ``Corpus.problems`` with the reason,
    and the rest still load. Duplicate content is loaded but flagged (``duplicate_of``).
    ``snapshot``: take unchanged files from the corpus snapshot instead of reading them again
    (:mod:`newsdesk.corpus_snapshot`; same result, 10,000 articles in about a second).
    """
    with gc_paused():  # hundreds of thousands of long-lived objects: see newsdesk.bulk
        corpus = _load_corpus(path, snapshot)
    keep_out_of_collector(len(corpus))  # and no later pass walks them again (large corpora)
    return corpus


def _load_corpus(path: str | Path, snapshot: bool) -> Corpus:
    from .corpus_snapshot import Snapshot, snapshot_path

    root = paths.resolve_data_dir(path)
    folder = root / "articles" if (root / "articles").is_dir() else root
    catalog = load_catalog(root / "catalog.csv")
    snap = Snapshot.open(snapshot_path(root, folder), root / "catalog.csv") if snapshot and folder.is_dir() else None
    articles: list[Article] = []
    problems: list[dict] = []
    used_ids: set[str] = set()
    by_hash: dict[str, str] = {}
    listed = article_paths(folder)
    root_prefix = str(root) + os.sep
    for file in listed:
        shown = file[len(root_prefix) :] if file.startswith(root_prefix) else file
        file_key, items = snap.items_for(file) if snap is not None else (None, None)
        if items is None:
            try:
                items = _read_items(Path(file), catalog)
            except ArticleProblem as exc:
                problems.append({"path": shown, "article_id": None, "severity": "error", "problem": exc.code, "reason": exc.reason})
                continue
            except Exception as exc:  # a reader bug must not stop the corpus
                problems.append({"path": shown, "article_id": None, "severity": "error", "problem": "unreadable", "reason": f"Unexpected error while reading: {type(exc).__name__}: {exc}"})
                continue
            if snap is not None:
                snap.remember(file, file_key, items)
        for original_id, built in items:
            article_id = original_id
            if article_id is not None and article_id in used_ids:  # e.g. report.txt and report.md
                article_id = base = f"{article_id}-{Path(file).suffix.lstrip('.').lower() or 'file'}"
                n = 2
                while article_id in used_ids:
                    article_id = f"{base}-{n}"
                    n += 1
            if isinstance(built, ArticleProblem):
                problems.append({"path": shown, "article_id": article_id, "severity": "error", "problem": built.code, "reason": built.reason})
                continue
            article = built if article_id == original_id else _renamed(built, article_id)
            used_ids.add(article.article_id)
            if article.published is None and any(w.startswith("publication date") for w in article.warnings):
                reason = next(w for w in article.warnings if w.startswith("publication date"))
                problems.append({"path": shown, "article_id": article.article_id, "severity": "warning", "problem": "bad_date", "reason": reason[0].upper() + reason[1:] + "."})
            digest = article.content_hash
            if digest in by_hash:
                article.duplicate_of = by_hash[digest]
                article.warnings.append(f"same text as {by_hash[digest]}")
                problems.append({"path": shown, "article_id": article.article_id, "severity": "warning", "problem": "duplicate", "reason": f"Same text as article {by_hash[digest]} (loaded, flagged as a duplicate)."})
            else:
                by_hash[digest] = article.article_id
            articles.append(article)
    if not folder.exists():
        problems.append({"path": str(folder), "article_id": None, "severity": "error", "problem": "missing", "reason": f"The folder {folder} does not exist."})
    if snap is not None:
        snap.save(set(listed))
    return Corpus.from_articles(articles, pd.DataFrame(problems, columns=PROBLEM_COLUMNS), root=root)


def _read_items(file: Path, catalog: pd.DataFrame) -> list[tuple[str | None, Article | ArticleProblem]]:
    """What one file gives: per document, the id it was read with and its Article or the
    problem that stopped it. Raises ArticleProblem when the file itself cannot be read."""
    cat_meta = _catalog_meta(catalog, file)
    items: list[tuple[str | None, Article | ArticleProblem]] = []
    for item in read_path(file):
        if isinstance(item, ArticleProblem):
            items.append((None, item))
            continue
        try:
            items.append((item.article_id, build_article(item, cat_meta)))
        except ArticleProblem as exc:
            items.append((item.article_id, exc))
    return items


def _renamed(article: Article, article_id: str) -> Article:
    """``article`` under another id (a second file with the same name); a new list for the
    paragraphs' id column, so the list shared with the snapshot is left as it was."""
    article.article_id = article_id
    for cached in ("paragraph_lists", "analysable_lists"):
        article.__dict__.pop(cached, None)
    if article.paragraph_columns is not None:
        article.paragraph_columns = {**article.paragraph_columns, "article_id": [article_id] * len(article.paragraph_columns["text"])}
    return article
