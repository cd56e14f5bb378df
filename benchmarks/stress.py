"""Does every analyser's time grow linearly with text length? (prints seconds per MB).

Builds single-paragraph texts of 10 kB, 100 kB, 1 MB and 5 MB from patterns chosen to stress
each family of regular expressions (quote marks, balanced and not; runs of capitalised names;
dates and numbers; cue verbs; punctuation) and times the loader and each analyser on them in a
child process with a time limit, so a catastrophic case is reported instead of hanging.

    python benchmarks/stress.py [--sizes 10000,100000,1000000,5000000] [--limit 120]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from pathlib import Path

PATTERNS = {
    "quote marks": "“a” said Lavrov, ‘b’ “c ” ",
    "unbalanced quotes": "“ \" ‘ it’s “ ",
    "capitalised names": "Minister Foreign Secretary Antony Sergei Group G-20 ",
    "dates and numbers": "on March 2, 2023, last week, since July, 10 minutes, 45th, 31/12 ",
    "cue verbs": "said told according to added, who said, ",
    "punctuation": "..., !? -- () ;; ",
}


def _work(stage: str, text: str, queue) -> None:
    from newsdesk import pipeline
    from newsdesk.corpus import build_article
    from newsdesk.readers import RawDocument

    t0 = time.perf_counter()
    raw = RawDocument(article_id="stress", path=Path("stress.txt"), source_format="text", text="Stress test\n\n" + text, meta={"published": "2023-03-02"})
    article = build_article(raw)
    if stage != "load":
        func = dict((n, f) for n, f, _ in pipeline.available_analysers())[stage]
        t0 = time.perf_counter()
        func(article)
    queue.put(time.perf_counter() - t0)


def measure(stage: str, text: str, limit: float) -> float | None:
    queue = mp.get_context("fork").Queue()
    proc = mp.get_context("fork").Process(target=_work, args=(stage, text, queue))
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return queue.get() if not queue.empty() else float("nan")


def main() -> None:
    from newsdesk import pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,5000000")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds allowed per measurement")
    parser.add_argument("--stages", default=None, help="comma-separated: load,sentences,mentions,quotes,timeline,sentiment")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    stages = args.stages.split(",") if args.stages else ["load"] + [n for n, _, _ in pipeline.available_analysers()]
    print(f"seconds per MB (time limit {args.limit:.0f} s per cell; '>' = stopped at the limit)")
    print(f"{'stage':<10} {'pattern':<18} " + " ".join(f"{s / 1000:>9.0f}kB" for s in sizes))
    for stage in stages:
        for name, unit in PATTERNS.items():
            cells = []
            for size in sizes:
                text = (unit * (size // len(unit) + 1))[:size]
                seconds = measure(stage, text, args.limit)
                cells.append(f">{args.limit / (size / 1e6):>9.1f}" if seconds is None else f"{seconds / (size / 1e6):>10.2f}")
                if seconds is None:
                    cells += [f"{'skipped':>10}"] * (len(sizes) - len(cells))
                    break
            print(f"{stage:<10} {name:<18} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
