"""Turn files of every supported format into raw documents (text + metadata).

Supported: plain text (title line, standfirst, paragraphs), Markdown/text with front matter
(YAML between ``---`` lines, or bare ``key: value`` lines closed by ``---``), saved web pages
(``.html``; main text by trafilatura) and tabular exports (``.csv``/``.jsonl``, one article a
row). Each reader returns :class:`RawDocument` objects or raises
:class:`~newsdesk.errors.ArticleProblem`; nothing here decides paragraph roles.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from .errors import ArticleProblem
from .text import slugify

#: Files larger than this are reported, not read: a single article is never this big.
MAX_BYTES = 50 * 1024 * 1024
#: Above this size a file still loads, with a warning (exports can be big).
LARGE_BYTES = 5 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES

#: Metadata key spellings seen in front matter and exports -> our field names.
KEY_ALIASES = {
    "title": "title",
    "headline": "title",
    "standfirst": "standfirst",
    "subtitle": "standfirst",
    "subheadline": "standfirst",
    "dek": "standfirst",
    "description": "standfirst",
    "summary": "standfirst",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "site_name": "outlet",
    "media_name": "outlet",
    "original_outlet": "original_outlet",
    "original_source": "original_outlet",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "published": "published",
    "date": "published",
    "publish_date": "published",
    "published_at": "published",
    "pubdate": "published",
    "date_published": "published",
    "language": "language",
    "lang": "language",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "notes": "notes",
    "note": "notes",
}

TEXT_COLUMNS = ("text", "body", "content", "article_text", "full_text", "maintext", "article", "story")
ID_COLUMNS = ("article_id", "id", "stories_id", "guid", "uid")


@dataclass
class RawDocument:
    """Text and metadata of one article before paragraphs get their roles."""

    article_id: str
    path: Path
    source_format: str  # text | markdown | html | csv | jsonl
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: True when the first paragraph of ``text`` is the headline (plain text convention).
    title_in_text: bool = True
    #: True when the paragraph after the title is a standfirst by the file's convention.
    standfirst_in_text: bool = False


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode a file's bytes to text, or raise ArticleProblem (empty, binary, encoding).

    Hand-written rather than left to charset detection: UTF-8 (with or without BOM) is tried
    strictly first, then UTF-16 by BOM, then Windows-1252 (the usual encoding of text saved on
    Windows, where curly quotes are bytes 0x93/0x94); a guesser on a short article often picks
    an exotic code page instead, which silently corrupts quotes.
    """
    warnings: list[str] = []
    if not data.strip():
        raise ArticleProblem("empty", "The file is empty (or holds only white space).")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        warnings.append("file starts with a UTF-8 byte-order mark (removed)")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ["file is UTF-16 encoded"]
        except UnicodeDecodeError as exc:
            raise ArticleProblem("encoding", f"The file claims to be UTF-16 but is not ({exc.reason}).") from exc
    head = data[:65536]
    if b"\x00" in head or _looks_binary(head):
        raise ArticleProblem(
            "binary",
            "The file looks binary (an image, PDF, Word or zip file?), not text. "
            "Save the article as .txt, .md or .html and try again.",
        )
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        warnings.append("file is not UTF-8; read as Windows-1252 (check accented letters and quotes)")
        return text, warnings
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - charset_normalizer is a dependency
        best = None
    if best is not None:
        warnings.append(f"file is not UTF-8; encoding guessed as {best.encoding}")
        return str(best), warnings
    raise ArticleProblem(
        "encoding", "The text encoding could not be recognised. Re-save the file as UTF-8."
    )


#: Every byte except the control characters that never occur in text (tab, newlines and form
#: feed do): deleting these leaves only the suspicious ones, counted in C instead of a loop.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def _looks_binary(head: bytes) -> bool:
    control = len(head.translate(None, _NOT_CONTROL))
    return control > max(8, len(head) // 100)


# --------------------------------------------------------------------------- front matter

_FM_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")
_FM_END = re.compile(r"^(?:---|\.\.\.|\+\+\+)\s*$")
_BARE_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_ -]{0,40}):\s*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str, list[str]]:
    """Split metadata from the body. Returns (meta, body, warnings); meta keys are normalised.

    Accepts YAML between two ``---`` lines (Jekyll/Hugo) and bare ``key: value`` lines closed
    by a ``---`` line. Text without either comes back unchanged with empty metadata.
    """
    lines = text.split("\n")
    if lines and _FM_FENCE.match(lines[0]):
        for i in range(1, min(len(lines), 400)):
            if _FM_END.match(lines[i]):
                block = "\n".join(lines[1:i])
                body = "\n".join(lines[i + 1 :])
                meta, warns = _parse_yaml_block(block)
                return meta, body, warns
        return {}, text, ["file starts with '---' but the front matter is never closed; read as text"]
    # bare "key: value" lines closed by --- (or, when every key is a metadata field we know,
    # by a blank line: "Title: …", "Published: …", "Outlet: …" as an e-mail header is written)
    keys = 0
    known = 0
    for i, line in enumerate(lines[:60]):
        if keys and (_FM_END.match(line) or not line.strip() and known == keys >= 2):
            meta = {}
            for raw in lines[:i]:
                m = _BARE_KEY.match(raw)
                if m:
                    meta[m.group(1)] = m.group(2).strip().strip("\"'")
            return normalise_meta(meta), "\n".join(lines[i + 1 :]), []
        if not line.strip():
            continue
        m = _BARE_KEY.match(line)
        if m and not line.lower().startswith(("http:", "https:")):
            keys += 1
            known += m.group(1).strip().lower().replace(" ", "_").replace("-", "_") in KEY_ALIASES
            continue
        break
    return {}, text, []


#: libyaml's C loader when available: ten times faster than the pure-Python one, same results.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml_block(block: str) -> tuple[dict[str, str], list[str]]:
    try:
        data = yaml.load(block, Loader=_YAML_LOADER) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        # fall back to line-by-line key: value so a stray colon loses nothing
        meta = {m.group(1): m.group(2).strip().strip("\"'") for m in map(_BARE_KEY.match, block.split("\n")) if m}
        return normalise_meta(meta), [f"front matter is not valid YAML{where}; read line by line"]
    if not isinstance(data, dict):
        return {}, ["front matter is not a key: value mapping; ignored"]
    return normalise_meta(data), []


def normalise_meta(raw: dict) -> dict[str, str]:
    """Map metadata keys to our field names and values to strings (dates to ISO)."""
    meta: dict[str, str] = {}
    for key, value in raw.items():
        name = KEY_ALIASES.get(str(key).strip().lower().replace("-", "_").replace(" ", "_"))
        if name is None or name in meta or value is None:
            continue
        if isinstance(value, dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value)
        value = str(value).strip()
        if value and value.lower() not in {"nan", "none", "null", "n/a", "na"}:
            meta[name] = value
    return meta


# --------------------------------------------------------------------------- readers


def _folder_problem(path: Path) -> ArticleProblem:
    """A folder the file listing could not open is handed to read_path like a file (so it
    is reported, not skipped); checked only once reading it has failed, never per file."""
    try:
        os.listdir(path)
        reason = "it is a folder, not a file"
    except OSError as exc:
        reason = exc.strerror or str(exc)
    return ArticleProblem("unreadable", f"The folder could not be opened ({reason}); the articles in it were not loaded.")


def read_path(path: Path) -> list[RawDocument | ArticleProblem]:
    """Read one file into raw documents (several for CSV/JSONL exports).

    Raises ArticleProblem when the whole file is unusable; problems with single rows or lines
    of an export come back in the list beside the documents that did load.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        if path.is_dir():
            raise _folder_problem(path)
        raise ArticleProblem(
            "unknown_format",
            f"Files of type '{suffix or 'none'}' cannot be read. Save the article as .txt, .md, .html, "
            ".csv or .jsonl.",
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleProblem(
                "too_large",
                f"The file is {size / 1e6:.0f} MB, more than the {MAX_BYTES / 1e6:.0f} MB limit for one file. "
                "Split the export into smaller files.",
            )
        data = path.read_bytes()
    except OSError as exc:
        if path.is_dir():
            raise _folder_problem(path) from exc
        raise ArticleProblem("unreadable", f"The file could not be opened: {exc.strerror or exc}.") from exc
    stem_id = slugify(path.stem)
    if suffix == ".parquet":
        try:
            frame = pd.read_parquet(io.BytesIO(data))
        except Exception as exc:
            raise ArticleProblem("parse_error", f"The Parquet file could not be read: {exc}") from exc
        return _table_documents(path, stem_id, frame, "parquet", [])
    text, warnings = decode_bytes(data)
    if size > LARGE_BYTES:
        warnings.append(f"large file ({size / 1e6:.1f} MB)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if suffix in HTML_SUFFIXES:
        return [_read_html(path, stem_id, text, warnings)]
    if suffix == ".csv":
        return _read_csv(path, stem_id, text, warnings)
    if suffix in {".jsonl", ".ndjson"}:
        return _read_jsonl(path, stem_id, text, warnings)
    meta, body, fm_warnings = split_front_matter(text)
    fmt = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    if fmt == "markdown":
        body = _strip_markdown(body)
    return [
        RawDocument(
            article_id=stem_id,
            path=path,
            source_format=fmt,
            text=body,
            meta=meta,
            warnings=warnings + fm_warnings,
            title_in_text="title" not in meta or _first_para_matches(body, meta.get("title", "")),
            standfirst_in_text=not meta and fmt == "text",
        )
    ]


def _first_para_matches(body: str, title: str) -> bool:
    first = body.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return bool(title) and first.casefold() == title.strip().casefold()


_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _strip_markdown(body: str) -> str:
    """Remove the Markdown that would otherwise show up in text (headings, links, bold)."""
    body = _MD_HEADING.sub("", body)
    body = _MD_LINK.sub(r"\1", body)
    return _MD_EMPH.sub(r"\2", body)


def _read_html(path: Path, stem_id: str, html: str, warnings: list[str]) -> RawDocument:
    import trafilatura  # imported here: slow to import and only needed for web pages

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise ArticleProblem("parse_error", f"The web page could not be parsed ({type(exc).__name__}).") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ArticleProblem(
            "no_body", "No article text was found in this web page (it may be an index page or need JavaScript)."
        )
    meta = normalise_meta(
        {
            "title": getattr(doc, "title", None),
            "outlet": getattr(doc, "sitename", None),
            "url": getattr(doc, "url", None),
            "published": getattr(doc, "date", None),
            "standfirst": getattr(doc, "description", None),
            "author": getattr(doc, "author", None),
            "language": getattr(doc, "language", None),
        }
    )
    return RawDocument(
        article_id=stem_id,
        path=path,
        source_format="html",
        text=text,
        meta=meta,
        warnings=warnings + ["main text extracted from a web page by trafilatura"],
        title_in_text=_first_para_matches(text, meta.get("title", "")),
    )


def _table_documents(path: Path, stem_id: str, frame: pd.DataFrame, fmt: str, warnings: list[str], row_offset: int = 0) -> list[RawDocument]:
    columns = {c.lower().strip(): c for c in frame.columns}
    text_col = next((columns[c] for c in TEXT_COLUMNS if c in columns), None)
    if text_col is None:
        raise ArticleProblem(
            "no_body",
            f"No text column found. Name the column with the article text one of: {', '.join(TEXT_COLUMNS)}. "
            f"Columns found: {', '.join(map(str, frame.columns))}.",
        )
    id_col = next((columns[c] for c in ID_COLUMNS if c in columns), None)
    docs: list[RawDocument] = []
    seen: set[str] = set()
    for i, row in enumerate(frame.to_dict("records"), start=row_offset):
        raw_id = str(row.get(id_col, "")).strip() if id_col else ""
        art_id = f"{stem_id}-{slugify(raw_id, 40)}" if raw_id else f"{stem_id}-row{i + 1:05d}"
        if art_id in seen:
            art_id = f"{art_id}-row{i + 1:05d}"
        seen.add(art_id)
        meta = normalise_meta({k: v for k, v in row.items() if k != text_col})
        body = row.get(text_col)
        body = "" if body is None or (isinstance(body, float) and pd.isna(body)) else str(body)
        docs.append(
            RawDocument(
                article_id=art_id,
                path=path,
                source_format=fmt,
                text=body.replace("\r\n", "\n"),
                meta=meta,
                warnings=list(warnings) + [f"row {i + 1} of a {fmt.upper()} export"],
                title_in_text=_first_para_matches(body, meta.get("title", "")),
            )
        )
    return docs


def _read_csv(path: Path, stem_id: str, text: str, warnings: list[str]) -> list[RawDocument]:
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except Exception as exc:
        raise ArticleProblem("parse_error", f"The CSV file could not be parsed: {exc}") from exc
    return _table_documents(path, stem_id, frame, "csv", warnings)


def _read_jsonl(path: Path, stem_id: str, text: str, warnings: list[str]) -> list[RawDocument | ArticleProblem]:
    records = []
    bad: list[int] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            bad.append(n)
            continue
        if isinstance(obj, dict):
            records.append(obj)
        else:
            bad.append(n)
    if not records:
        raise ArticleProblem("parse_error", "The JSONL file holds no JSON object lines.")
    problems: list[RawDocument | ArticleProblem] = [
        ArticleProblem("parse_error", f"Line {n} of the JSONL file is not a JSON object; that line was not loaded.")
        for n in bad
    ]
    return _table_documents(path, stem_id, pd.DataFrame(records), "jsonl", warnings) + problems


# --------------------------------------------------------------------------- exports in parts

EXPORT_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}


def iter_export_parts(path: str | Path, rows: int = 2000):
    """Yield ``(first_row, DataFrame)`` parts of a CSV/JSONL/Parquet export, never all at once.

    For exports too big to hold in memory (a GDELT or Media Cloud dump). A JSONL line that is
    not a JSON object becomes a row with ``__problem__`` set, so nothing is dropped silently.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        offset = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
            frame = batch.to_pandas()
            yield offset, frame
            offset += len(frame)
    elif suffix == ".csv":
        offset = 0
        for frame in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=rows, encoding_errors="replace"):
            yield offset, frame
            offset += len(frame)
    elif suffix in {".jsonl", ".ndjson"}:
        offset, chunk = 0, []
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    if not isinstance(obj, dict):
                        raise ValueError
                except ValueError:
                    obj = {"__problem__": f"Line {n} of the JSONL file is not a JSON object; that line was not loaded."}
                chunk.append(obj)
                if len(chunk) >= rows:
                    yield offset, pd.DataFrame(chunk)
                    # rows are numbered among good lines only, as when the file is read whole
                    offset += sum("__problem__" not in o for o in chunk)
                    chunk = []
        if chunk:
            yield offset, pd.DataFrame(chunk)
    else:
        raise ArticleProblem("unknown_format", f"Files of type '{suffix}' are not exports; use .csv, .jsonl or .parquet.")


def export_part_documents(path: str | Path, frame: pd.DataFrame, first_row: int) -> list[RawDocument | ArticleProblem]:
    """Raw documents (and line problems) of one part of an export."""
    path = Path(path)
    out: list[RawDocument | ArticleProblem] = []
    if "__problem__" in frame:
        bad = frame["__problem__"].notna()
        out += [ArticleProblem("parse_error", reason) for reason in frame.loc[bad, "__problem__"]]
        frame = frame.loc[~bad].drop(columns="__problem__")
    if len(frame):
        fmt = path.suffix.lower().lstrip(".").replace("ndjson", "jsonl")
        out += _table_documents(path, slugify(path.stem), frame, fmt, [], row_offset=first_row)
    return out
