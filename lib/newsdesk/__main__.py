"""Command line: ``python -m newsdesk analyze DATA_DIR --out OUT_DIR`` (also ``newsdesk analyze``)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsdesk", description="Analyse a folder of news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("analyze", help="load, quote, date and score every article; write tidy tables")
    run.add_argument("source", help="data folder, folder of article files, or a glob such as 'exports/*.jsonl'")
    run.add_argument("--out", required=True, help="folder for the tables (articles, paragraphs, quotes, timeline, sentiment, problems)")
    run.add_argument("--csv", action="store_true", help="also write CSV beside Parquet")
    run.add_argument("--engine", choices=["local", "processes", "dask"], default="processes")
    run.add_argument("--workers", type=int, default=None, help="processes to use (default: every core)")
    run.add_argument("--scheduler", default=None, help="dask.distributed scheduler address (with --engine dask)")
    run.add_argument("--cache", default=None, help="cache folder (default: OUT/.cache); 'none' to disable")
    run.add_argument("--only", default=None, help="comma-separated analysers to run (default: all)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)

    from pathlib import Path

    from .pipeline import analyze, write_tables

    cache = None if (args.cache or "").lower() == "none" else (args.cache or str(Path(args.out) / ".cache"))
    try:
        result = analyze(
            args.source,
            engine=args.engine,
            workers=args.workers,
            cache_dir=cache,
            analysers=args.only.split(",") if args.only else None,
            progress=not args.quiet,
            scheduler=args.scheduler,
        )
    except KeyboardInterrupt:
        print("Interrupted: no table was written (earlier tables, if any, are unchanged).", file=sys.stderr)
        return 130
    write_tables(result, args.out, ("parquet", "csv") if args.csv else ("parquet",))
    s = result.stats
    n_problems = len(result.tables.get("problems", ()))
    by_hash = int(s.get("reused_by_hash", 0))
    moved = f", {by_hash} of them moved or touched but unchanged" if by_hash else ""
    print(
        f"{int(s.get('articles', 0))} articles from {int(s.get('files', 0))} files "
        f"({int(s.get('cached_files', 0))} from cache{moved}) in {s.get('seconds', 0):.1f} s; "
        f"{n_problems} problem(s). Tables in {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
