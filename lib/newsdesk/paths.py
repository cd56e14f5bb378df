"""Where the project's data lives, wherever a notebook or script is started from."""

from __future__ import annotations

import os
from pathlib import Path

#: The repository's data folder (the package is installed editable from lib/).
PROJECT_DATA = Path(__file__).resolve().parents[2] / "data"


def resolve_data_dir(path: str | Path = "data") -> Path:
    """Return an existing data folder for ``path``.

    ``"data"`` (the default) is looked up from the current folder, then its parents (so a
    notebook in ``notebooks/`` finds ``../data``), then ``$NEWSDESK_DATA``, then the project's
    own ``data/``. Any other path is used as given.
    """
    p = Path(path).expanduser()
    if p.exists() or str(path) != "data":
        return p
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "data" / "articles").is_dir():
            return folder / "data"
    env = os.environ.get("NEWSDESK_DATA")
    if env:
        return Path(env)
    return PROJECT_DATA


def data_file(name: str, data_dir: str | Path | None = None) -> Path:
    """Path of a shared reference file (``actors.csv``, ``contacts.csv``) in the data folder."""
    base = resolve_data_dir(data_dir or "data")
    candidate = base / name
    return candidate if candidate.exists() else PROJECT_DATA / name


def cache_home(root: Path) -> Path:
    """Where a data folder keeps what newsdesk derives from it (analysis cache, corpus
    snapshot): ``<data folder>/cache`` beside ``articles/``; in a plain folder of article
    files the hidden ``.cache`` inside it, which the loader skips, so it is never read back
    as articles."""
    root = Path(root)
    return root / "cache" if (root / "articles").is_dir() else root / ".cache"
