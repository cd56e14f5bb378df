"""Machine-independent cost of the analysis: CPU instructions per article, counted by valgrind.

    python benchmarks/instructions.py               # 100 synthetic articles, floor and full
    python benchmarks/instructions.py --articles 60 --analysers timeline

Wall-clock figures move with the machine: the same code ran 7-11 % slower on one freshly
provisioned machine than on the last, and up to 30 % between two days on one machine, so a
change of a few per cent cannot be seen in ``run.py``'s figures. Valgrind's callgrind tool
counts the instructions the batch path executes instead; the count is the same from run to run
(to about 0.1 %: hash seeds change the order of some sets) and from machine to machine for the
same Python and libraries, so a small change can be measured before it lands.

Only the analysis is counted: each run first reads three articles (imports, the actor table,
compiled patterns: one-off costs), then the measured batch runs inside ``operator.call``, and
callgrind collects only while that C function runs. The floor (reading and splitting sentences,
as in ``run.py``) and the full analysis run in parallel, one per core; each takes a minute or
two, valgrind being some 50 times slower than the program it watches.

Needs Debian's ``valgrind`` (``apt-get install valgrind``); it is not part of the test run.
"""

from __future__ import annotations

import argparse
import operator
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchmarks/ is a folder of scripts, not a package

from synth import generate  # noqa: E402

OUT = HERE / "out"
#: The C function of ``operator.call`` in CPython 3.11+: collection is on only inside it.
TOGGLE = "_operator_call"
WARM_UP_FILES = 3


def _files(n: int) -> tuple[Path, list[str]]:
    root = generate(OUT / "synth_instructions", n + WARM_UP_FILES)
    files = sorted(str(p) for p in root.rglob("*.md"))
    return root, files[: n + WARM_UP_FILES]


def _child(root: str, analysers: list[str] | None, n: int) -> None:
    """Run inside valgrind: warm up, then analyse ``n`` files inside operator.call."""
    from newsdesk import pipeline

    names = analysers or [a[0] for a in pipeline.available_analysers()]
    _, files = _files(n)
    pipeline._analyse_files((files[:WARM_UP_FILES], root, names))
    pipeline.clear_memos()
    operator.call(pipeline._analyse_files, (files[WARM_UP_FILES:], root, names))


def count(n: int, analysers: list[str] | None) -> int:
    """Instructions callgrind collected while ``n`` articles were analysed."""
    root, _ = _files(n)  # generated here, not under valgrind
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={TOGGLE}",
               f"--callgrind-out-file={tmp}/callgrind.out", sys.executable, __file__, "--child", str(root),
               "--articles", str(n)]
        if analysers:
            cmd += ["--analysers", ",".join(analysers)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = re.search(r"Collected\s*:\s*([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    total = int(found.group(1).replace(",", ""))
    if total == 0:
        raise SystemExit(f"valgrind counted nothing: this Python's library has no symbol {TOGGLE} to toggle on")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--analysers", help="comma-separated (default: every analyser); the floor is always counted")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # the run valgrind watches
    args = parser.parse_args()
    analysers = args.analysers.split(",") if args.analysers else None
    if args.child:
        _child(args.child, analysers, args.articles)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    runs = {"floor (sentences)": ["sentences"], args.analysers or "full analysis": analysers}
    with ThreadPoolExecutor(max_workers=min(len(runs), os.cpu_count() or 1)) as pool:
        totals = dict(zip(runs, pool.map(lambda a: count(args.articles, a), runs.values()), strict=True))
    n = args.articles
    print(f"{n} synthetic articles, Python {sys.version.split()[0]}, instructions per article:")
    for name, total in totals.items():
        print(f"  {name:<20} {total / n / 1e6:8.2f} M")
    floor, ours = totals["floor (sentences)"], list(totals.values())[-1]
    print(f"  ratio to the floor   {ours / floor:8.2f}x")


if __name__ == "__main__":
    main()
