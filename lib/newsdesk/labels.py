"""Classroom labels: students' sentiment labels saved safely, reloaded, and compared with VADER.

Storage rules (a lesson must never lose a label):

* one CSV file, by default ``data/labels/labels.csv`` (git-ignored), never inside
  ``data/articles/`` (the loader would read it as an article);
* every save rewrites the file atomically: a temporary file in the same folder, flushed and
  fsynced, then ``os.replace`` over the old one, so a crash or a killed kernel leaves either
  the old or the new file, never half of one;
* saves append: each save re-reads the file under an exclusive lock (``fcntl.flock`` on a
  lock file next to it; on systems without ``fcntl`` saves are still atomic, just not
  serialised between processes), so a double click or two notebooks saving at once keep both
  labels; a student changing their mind adds a row and the latest row counts;
* a file that cannot be read is reported and moved aside to ``labels.corrupt-<time>.csv``,
  never overwritten.

Agreement: confusion tables, Cohen's kappa (a two-line formula; scikit-learn is not a
dependency), pairwise student-machine and student-student, and the sentences with most
disagreement.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from .paths import resolve_data_dir

try:  # POSIX advisory locks serialise writers across processes and threads
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LABELS = ("negative", "neutral", "positive")
MACHINE = "machine"

LABEL_COLUMNS = [
    "label_id",
    "saved_at",
    "student",
    "article_id",
    "paragraph_no",
    "sentence_no",
    "text",
    "label",
    "comment",
    "machine_label",
    "machine_compound",
]
REQUIRED = {"student", "article_id", "sentence_no", "label"}


class LabelFileProblem(UserWarning):
    """A labels file could not be read; it was moved aside and the problem reported."""


def default_labels_path(data_dir: str | Path = "data") -> Path:
    """``<data>/labels/labels.csv`` for the project's data folder."""
    return resolve_data_dir(data_dir) / "labels" / "labels.csv"


def check_labels_path(path: str | Path) -> Path:
    """Refuse a path inside an ``articles`` folder (it would be loaded as an article)."""
    p = Path(path).expanduser().resolve()
    if any(part == "articles" for part in p.parent.parts):
        raise ValueError(f"labels must not be saved inside an 'articles' folder ({p.parent}); use data/labels/")
    if p.suffix.lower() != ".csv":
        raise ValueError(f"a labels file must end in .csv, not {p.name!r}")
    return p


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock_path = path.with_name(f".{path.name}.lock")
    with open(lock_path, "a+") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in LABEL_COLUMNS})


def _read(path: Path) -> pd.DataFrame:
    """Parse a labels file; raise ValueError if it is not one."""
    if not path.exists() or path.stat().st_size == 0:
        return _empty()
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, on_bad_lines="error", encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise ValueError(f"cannot parse {path.name}: {exc}") from exc
    missing = REQUIRED - set(frame.columns)
    if missing:
        raise ValueError(f"{path.name} lacks the columns {sorted(missing)}")
    bad = ~frame["label"].isin(LABELS)
    if bad.any():
        raise ValueError(f"{path.name} has {int(bad.sum())} rows whose label is not negative/neutral/positive")
    for col in LABEL_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    return frame[LABEL_COLUMNS]


def _move_aside(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    os.replace(path, target)
    log.warning("labels file %s could not be read (%s); moved to %s", path, reason, target)
    return target


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in ("paragraph_no", "sentence_no"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    out["machine_compound"] = pd.to_numeric(out["machine_compound"], errors="coerce").astype("Float64")
    return out.reset_index(drop=True)


def load_labels(path: str | Path | None = None) -> pd.DataFrame:
    """All saved labels (columns :data:`LABEL_COLUMNS`), oldest first.

    A missing file gives an empty table. A file that cannot be read is moved aside and an
    empty table is returned whose ``attrs["problem"]`` says what happened and where the old
    file is now.
    """
    p = check_labels_path(path or default_labels_path())
    if not p.parent.exists():
        return _typed(_empty())
    with _locked(p):
        try:
            return _typed(_read(p))
        except ValueError as exc:
            moved = _move_aside(p, str(exc))
            out = _typed(_empty())
            out.attrs["problem"] = f"The labels file could not be read ({exc}). It was kept as {moved.name}; new labels start a fresh file."
            return out


def _atomic_write_csv(path: Path, frame: pd.DataFrame) -> None:
    """Write a CSV via a temporary file in the same folder, fsync, then ``os.replace``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            frame.to_csv(handle, index=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _clean_stale_temp(path: Path) -> None:
    # called under the lock: no writer is mid-write, so any temp file is from a killed writer
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _row(student: str, article_id: str, sentence_no: int, label: str, text: str = "", comment: str = "", paragraph_no: int | None = None, machine_label: str | None = None, machine_compound: float | None = None) -> dict:
    student = (student or "").strip()
    if not student:
        raise ValueError("please type your name before saving a label")
    label = (label or "").strip().lower()
    if label not in LABELS:
        raise ValueError(f"a label must be one of {', '.join(LABELS)}, not {label!r}")
    return {
        "label_id": uuid.uuid4().hex,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
        "student": student,
        "article_id": str(article_id),
        "paragraph_no": "" if paragraph_no is None or pd.isna(paragraph_no) else int(paragraph_no),
        "sentence_no": int(sentence_no),
        "text": text or "",
        "label": label,
        "comment": (comment or "").strip(),
        "machine_label": machine_label or "",
        "machine_compound": "" if machine_compound is None or pd.isna(machine_compound) else float(machine_compound),
    }


def save_labels(path: str | Path | None, rows: Iterable[dict]) -> pd.DataFrame:
    """Append labels (dicts with :func:`save_label`'s keyword arguments); returns the saved rows.

    The whole file is rewritten atomically under a lock; an unreadable file is moved aside
    first (never overwritten) and ``attrs["problem"]`` of the result says so.
    """
    p = check_labels_path(path or default_labels_path())
    new = pd.DataFrame([_row(**r) for r in rows], columns=LABEL_COLUMNS).astype(str)
    p.parent.mkdir(parents=True, exist_ok=True)
    problem = None
    with _locked(p):
        _clean_stale_temp(p)
        try:
            old = _read(p)
        except ValueError as exc:
            moved = _move_aside(p, str(exc))
            problem = f"The old labels file could not be read ({exc}). It was kept as {moved.name}; this label starts a fresh file."
            old = _empty()
        combined = pd.concat([old.astype(str), new], ignore_index=True) if len(old) else new
        _atomic_write_csv(p, combined)
    out = _typed(new)
    if problem:
        out.attrs["problem"] = problem
    return out


def save_label(path: str | Path | None, *, student: str, article_id: str, sentence_no: int, label: str, text: str = "", comment: str = "", paragraph_no: int | None = None, machine_label: str | None = None, machine_compound: float | None = None) -> pd.DataFrame:
    """Append one student's label for one sentence (see :func:`save_labels`)."""
    return save_labels(path, [dict(student=student, article_id=article_id, sentence_no=sentence_no, label=label, text=text, comment=comment, paragraph_no=paragraph_no, machine_label=machine_label, machine_compound=machine_compound)])


# --------------------------------------------------------------------------------------------
# agreement


def current_labels(labels: pd.DataFrame) -> pd.DataFrame:
    """Each student's latest label per sentence (a student may change their mind)."""
    if labels.empty:
        return labels.copy()
    frame = labels.copy()
    frame["_order"] = range(len(frame))
    frame = frame.sort_values(["saved_at", "_order"])
    latest = frame.drop_duplicates(["student", "article_id", "sentence_no"], keep="last")
    return latest.drop(columns="_order").sort_values(["article_id", "sentence_no", "student"]).reset_index(drop=True)


def ratings_table(labels: pd.DataFrame, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per labelled sentence: ``article_id``, ``sentence_no``, ``text``, ``machine``
    (from ``scores`` if given, else the label stored at saving time) and one column per student."""
    cur = current_labels(labels)
    if cur.empty:
        return pd.DataFrame(columns=["article_id", "sentence_no", "text", MACHINE])
    wide = cur.pivot_table(index=["article_id", "sentence_no"], columns="student", values="label", aggfunc="last")
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    texts = cur.drop_duplicates(["article_id", "sentence_no"], keep="last").set_index(["article_id", "sentence_no"])
    keys = list(zip(wide["article_id"], wide["sentence_no"], strict=True))
    wide.insert(2, "text", [texts.loc[k, "text"] for k in keys])
    if scores is not None:
        # only the labelled articles' rows: indexing all 270,000 sentences of a 10k corpus took
        # 90 ms per call, and the agreement panel makes three
        mine = scores["article_id"].isin(wide["article_id"].unique()).to_numpy()
        machine = scores.loc[mine, ["article_id", "sentence_no", "label"]].set_index(["article_id", "sentence_no"])["label"]
        values = [machine.get((a, int(s)), pd.NA) for a, s in keys]
    else:
        values = [texts.loc[k, "machine_label"] or pd.NA for k in keys]
    wide.insert(3, MACHINE, values)
    return wide


def cohen_kappa(a: Iterable[str], b: Iterable[str], categories: Iterable[str] = LABELS) -> float:
    """Cohen's kappa for two raters: (observed - chance agreement) / (1 - chance agreement).

    Hand-written (five lines) because scikit-learn is not a dependency. NaN when there are no
    items or when chance agreement is 1 (both raters always used one and the same label).
    """
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if not (pd.isna(x) or pd.isna(y))]
    n = len(pairs)
    if n == 0:
        return float("nan")
    cats = list(dict.fromkeys([*categories, *(x for x, _ in pairs), *(y for _, y in pairs)]))
    observed = sum(x == y for x, y in pairs) / n
    chance = sum((sum(x == c for x, _ in pairs) / n) * (sum(y == c for _, y in pairs) / n) for c in cats)
    if chance >= 1.0:
        return float("nan")
    return (observed - chance) / (1.0 - chance)


def confusion_table(labels: pd.DataFrame, scores: pd.DataFrame | None = None, student: str | None = None) -> pd.DataFrame:
    """Counts of students' labels (rows) against the machine's label (columns), all students
    pooled unless ``student`` is given; categories in the order negative, neutral, positive."""
    wide = ratings_table(labels, scores)
    students = [c for c in wide.columns if c not in ("article_id", "sentence_no", "text", MACHINE)]
    if student is not None:
        students = [student] if student in students else []
    pairs = [(row[s], row[MACHINE]) for _, row in wide.iterrows() for s in students if not (pd.isna(row[s]) or pd.isna(row[MACHINE]))]
    table = pd.DataFrame(0, index=pd.Index(LABELS, name="students said"), columns=pd.Index(LABELS, name="machine said"))
    for s, m in pairs:
        table.loc[s, m] += 1
    return table


def agreement(labels: pd.DataFrame, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairwise agreement: ``rater_a``, ``rater_b``, ``n_shared`` (sentences both labelled),
    ``percent_agree`` and ``kappa``; every student against the machine, then every pair of
    students when there are at least two."""
    wide = ratings_table(labels, scores)
    students = [c for c in wide.columns if c not in ("article_id", "sentence_no", "text", MACHINE)]
    pairs = [(s, MACHINE) for s in students] + list(itertools.combinations(students, 2))
    rows = []
    for a, b in pairs:
        both = wide[[a, b]].dropna()
        n = len(both)
        rows.append(
            {
                "rater_a": a,
                "rater_b": b,
                "n_shared": n,
                "percent_agree": round(100.0 * float((both[a] == both[b]).mean()), 1) if n else float("nan"),
                "kappa": round(cohen_kappa(both[a], both[b]), 3) if n else float("nan"),
            }
        )
    return pd.DataFrame(rows, columns=["rater_a", "rater_b", "n_shared", "percent_agree", "kappa"])


def disagreements(labels: pd.DataFrame, scores: pd.DataFrame | None = None, top: int = 10) -> pd.DataFrame:
    """The sentences students and the machine disagree on most.

    Columns: ``article_id``, ``sentence_no``, ``text``, ``machine``, ``n_students``,
    ``negative``/``neutral``/``positive`` (student counts), ``students_majority``,
    ``share_against_machine`` (students whose label differs from the machine's),
    ``student_split`` (1 - share of the most common student label: 0 when students agree) and
    ``comments``. Sorted by ``share_against_machine``, then ``student_split``, then ``n_students``.
    """
    wide = ratings_table(labels, scores)
    cols = ["article_id", "sentence_no", "text", MACHINE, "n_students", *LABELS, "students_majority", "share_against_machine", "student_split", "comments"]
    if wide.empty:
        return pd.DataFrame(columns=cols)
    cur = current_labels(labels)
    students = [c for c in wide.columns if c not in ("article_id", "sentence_no", "text", MACHINE)]
    rows = []
    for _, row in wide.iterrows():
        given = [row[s] for s in students if not pd.isna(row[s])]
        counts = {lab: given.count(lab) for lab in LABELS}
        n = len(given)
        top_count = max(counts.values()) if n else 0
        majority = [lab for lab in LABELS if counts[lab] == top_count and n]
        notes = cur[(cur["article_id"] == row["article_id"]) & (cur["sentence_no"] == row["sentence_no"]) & (cur["comment"].fillna("") != "")]
        rows.append(
            {
                "article_id": row["article_id"],
                "sentence_no": row["sentence_no"],
                "text": row["text"],
                MACHINE: row[MACHINE],
                "n_students": n,
                **counts,
                "students_majority": " / ".join(majority),
                "share_against_machine": round(sum(g != row[MACHINE] for g in given) / n, 3) if n and not pd.isna(row[MACHINE]) else float("nan"),
                "student_split": round(1 - top_count / n, 3) if n else float("nan"),
                "comments": " | ".join(f"{s}: {c}" for s, c in zip(notes["student"], notes["comment"], strict=True)),
            }
        )
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["share_against_machine", "student_split", "n_students"], ascending=[False, False, False], na_position="last")
    return out.head(top).reset_index(drop=True)
