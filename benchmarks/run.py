"""Speed and memory figures for newsdesk on synthetic corpora (prints a report; not a test).

    python benchmarks/run.py                 # 1k and 10k articles
    python benchmarks/run.py --sizes 1000,10000,100000

For each size: cold full analysis (articles/s, sentences/s), the floor (read files + split
sentences only) and our ratio to it, warm reload from the cache, and peak memory. Up to 10k:
the real apps opened on the whole corpus and typical widget callbacks timed. On a sample: each analyser
against its peer (vaderSentiment in a plain loop, dateparser.search_dates anchored on the
publication date, a plain quote-mark regex), as a ratio.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchmarks/ is a folder of scripts, not a package

import newsdesk as nd  # noqa: E402
import pandas as pd  # noqa: E402
from newsdesk import pipeline  # noqa: E402
from synth import generate  # noqa: E402

OUT = HERE / "out"


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def timed(func, *args, **kwargs):
    t0 = time.perf_counter()
    value = func(*args, **kwargs)
    return value, time.perf_counter() - t0


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the pipeline's worker processes)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed_cpu(func, *args, **kwargs):
    """(value, wall seconds, CPU seconds): the CPU figure does not depend on what else the
    machine runs, so it compares across days where wall time on a shared machine does not."""
    c0 = cpu_seconds()
    value, wall = timed(func, *args, **kwargs)
    return value, wall, cpu_seconds() - c0


def rows_in(result, name: str) -> int:
    """Rows of a table without loading it (Parquet metadata of the cache parts)."""
    import pyarrow.parquet as pq

    tables = result.tables
    if isinstance(tables, pipeline.LazyTables):
        folder = tables.cache.folder / name
        return sum(pq.ParquetFile(f).metadata.num_rows for f in folder.glob("*.parquet"))
    return len(tables.get(name, ()))


def run_size(n: int, workers: int) -> dict:
    data = generate(OUT / f"synth_{n}", n)
    cache = OUT / f"cache_{n}"
    floor_cache = OUT / f"cache_floor_{n}"
    shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(floor_cache, ignore_errors=True)
    # both runs stream their tables into a cache, so memory stays at a few batches
    _, t_floor, cpu_floor = timed_cpu(pipeline.analyze, data, analysers=["sentences"], workers=workers, cache_dir=floor_cache, progress=False)
    full, t_cold, cpu_cold = timed_cpu(pipeline.analyze, data, workers=workers, cache_dir=cache, progress=False)
    rss_after_analysis = peak_rss_mb()
    warm, t_warm = timed(pipeline.analyze, data, workers=workers, cache_dir=cache, progress=False)
    t0 = time.perf_counter()
    loaded = {name: len(warm[name]) for name in ("quotes", "timeline", "sentiment")}
    t_tables = time.perf_counter() - t0
    rehash, t_rehash = timed(reload_touched, data, workers, cache)
    n_sent = rows_in(full, "sentences")
    row = {
        "articles": n,
        "floor_s": round(t_floor, 2),
        "floor_articles_per_s": round(n / t_floor, 1),
        "cold_s": round(t_cold, 2),
        "cold_articles_per_s": round(n / t_cold, 1),
        "cold_sentences_per_s": round(n_sent / t_cold, 1),
        "ratio_to_floor": round(t_cold / t_floor, 2),
        # CPU per article, all processes (worker start-up included): steadier than wall time
        "floor_cpu_ms_per_article": round(1000 * cpu_floor / n, 2),
        "cold_cpu_ms_per_article": round(1000 * cpu_cold / n, 2),
        "cpu_ratio_to_floor": round(cpu_cold / cpu_floor, 2),
        "warm_reload_s": round(t_warm, 2),
        # every file touched (as after a copy or a move): read and hashed again, not analysed
        "touched_reload_s": round(t_rehash, 2),
        "touched_reused_by_hash": int(rehash.stats.get("reused_by_hash", 0)),
        "warm_from_cache": int(warm.stats.get("cached_files", 0)),
        "load_quotes_timeline_sentiment_s": round(t_tables, 2),
        "peak_rss_analysis_mb": round(rss_after_analysis, 0),
        "rows": {name: rows_in(full, name) for name in pipeline.TABLES},
    }
    row["callbacks_ms"] = widget_callbacks(data, cache) if n <= 10_000 else {}
    row["peak_rss_mb"] = round(peak_rss_mb(), 0)
    row["tables_loaded_rows"] = loaded
    shutil.rmtree(floor_cache, ignore_errors=True)
    return row


def reload_touched(data: Path, workers: int, cache: Path):
    """Touch every article file, then run again: the cache must find each by its content."""
    _, files = pipeline._resolve_files(data)
    later = time.time_ns() + 10**9
    for file in files:
        os.utime(file, ns=(later, later))
    return pipeline.analyze(data, workers=workers, cache_dir=cache, progress=False)


def widget_callbacks(data: Path, cache: Path) -> dict:
    """The real apps on the whole corpus, their tables read from the run's cache: how long
    opening each takes, and typical callbacks (a filter of the quote ledger; picking another
    article in the sentiment explorer; picking another article, a contact type, or every
    article on the timeline). Chart callbacks include
    building what the browser receives (the timeline's SVG; the PNG of a matplotlib chart).
    Picking an article also checks its claims after drawing: ``..._chart_shown`` is the time
    until the new chart is in its Output (what the reader waits for), the other the whole
    callback."""
    import matplotlib
    from IPython.core.interactiveshell import InteractiveShell

    matplotlib.use("Agg")
    # a shell, as in a notebook: displays are published and the apps capture them into their
    # Outputs (without one, display() prints a repr and the chart never reaches an Output)
    InteractiveShell.instance()
    from newsdesk.ui.quotes_view import quote_explorer
    from newsdesk.ui.sentiment_view import sentiment_explorer
    from newsdesk.ui.timeline_view import ALL, timeline_explorer

    os.environ["NEWSDESK_CACHE_DIR"] = str(cache)  # the apps read what the cold run stored
    out: dict[str, float] = {}
    # a callback that fails shows an error box quickly: such a run must not be reported as fast
    failures: list[str] = []
    catcher = logging.Handler(logging.ERROR)
    catcher.emit = lambda record: failures.append(f"{record.getMessage()}: {record.exc_info[1] if record.exc_info else ''}")
    logging.getLogger("newsdesk").addHandler(catcher)

    def ms(key: str, action) -> object:
        t0 = time.perf_counter()
        value = action()
        out[key] = round((time.perf_counter() - t0) * 1000, 1)
        return value

    def median_ms(key: str, actions: list) -> None:
        """Median of several callbacks of one kind (a shared machine is noisy)."""
        times = []
        for action in actions:
            t0 = time.perf_counter()
            action()
            times.append((time.perf_counter() - t0) * 1000)
        out[key] = round(statistics.median(times), 1)

    def choose(widget, value):
        return lambda: setattr(widget, "value", value)

    ms("load_corpus_first_time", lambda: nd.load_corpus(data))  # reads every file, writes the snapshot
    corpus = ms("load_corpus_again", lambda: nd.load_corpus(data))  # what opening a notebook costs after that
    ledger = ms("open_quote_app", lambda: quote_explorer(corpus))
    median_ms("filter_quote_table", [choose(ledger.speaker_type, v) for v in ("anonymous", "(all)", "named_person", "(all)", "institution")])
    explorer = ms("open_timeline_app", lambda: timeline_explorer(corpus))
    ids = [i for i in corpus.ids if i != explorer.article_picker.value]
    picks = [ids[len(ids) * k // 5] for k in range(5)]
    tone = ms("open_sentiment_app", lambda: sentiment_explorer(corpus))
    median_ms("sentiment_pick_article", [choose(tone.picker, i) for i in picks])
    shown: list[float] = []
    explorer.chart_output.observe(lambda _c: shown.append(time.perf_counter()), names="outputs")

    def pick(article_id):
        def action():
            shown.clear()
            t0 = time.perf_counter()
            explorer.article_picker.value = article_id
            chart_times.append((shown[0] - t0) * 1000 if shown else float("nan"))
        return action

    chart_times: list[float] = []
    median_ms("timeline_pick_article_with_claims", [pick(i) for i in picks])
    out["timeline_pick_article_chart_shown"] = round(statistics.median(chart_times), 1)
    median_ms("redraw_timeline", [explorer._refresh for _ in range(5)])
    types = [v for _, v in explorer.type_filter.options if v != ALL]
    if types:
        median_ms("timeline_pick_contact_type", [choose(explorer.type_filter, v) for v in (types[0], ALL, types[-1], ALL, types[0])])
    ms("timeline_all_articles", choose(explorer.article_picker, ALL))
    os.environ.pop("NEWSDESK_CACHE_DIR", None)
    logging.getLogger("newsdesk").removeHandler(catcher)
    if failures:
        raise RuntimeError(f"{len(failures)} widget callback(s) failed during the benchmark, so its times mean nothing: {failures[:3]}")
    return out


def peers(sample: int) -> dict:
    """Each analyser in-process on a sample vs its peer doing the comparable job."""
    data = generate(OUT / f"synth_{sample}", sample)
    corpus = nd.load_corpus(data)
    paras = corpus.paragraphs[corpus.paragraphs["role"].isin(["title", "standfirst", "body"])]
    sents = nd.sentences(corpus)
    report: dict[str, dict] = {}
    # ours as the batch pipeline runs them: each analyser's columnar fast path, given the
    # sentences and quotes it reuses (so sentiment is timed without re-finding quotes)
    fast = pipeline._fast_paths(name for name, _, _ in pipeline.available_analysers())
    deps = {}
    for article in corpus:
        pipeline.clear_memos()
        deps[article.article_id] = {name: fast[name][0](article)[0] for name in ("sentences", "quotes") if name in fast}

    def ours_time(name):
        if name not in fast:
            return None
        func = fast[name][0]
        wanted = pipeline._accepts(func)
        t0 = time.perf_counter()
        for article in corpus:
            pipeline.clear_memos()
            func(article, **{k: v for k, v in deps[article.article_id].items() if k in wanted})
        return time.perf_counter() - t0

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    t0 = time.perf_counter()
    for text in sents["text"]:
        analyzer.polarity_scores(text)
    report["sentiment"] = {"peer": "vaderSentiment loop (no speakers)", "peer_s": time.perf_counter() - t0, "ours_s": ours_time("sentiment")}

    from dateparser.search import search_dates

    pub = corpus.articles.set_index("article_id")["published"]
    t0 = time.perf_counter()
    for row in paras.itertuples():
        base = pub.get(row.article_id)
        settings = {"PREFER_DATES_FROM": "past"}
        if pd.notna(base):
            settings["RELATIVE_BASE"] = base.to_pydatetime()
        search_dates(row.text, languages=["en"], settings=settings)
    report["timeline"] = {"peer": "dateparser.search_dates", "peer_s": time.perf_counter() - t0, "ours_s": ours_time("timeline")}

    quote_re = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,2000})[\"\u201d]")
    t0 = time.perf_counter()
    for text in paras["text"]:
        quote_re.findall(text)
    report["quotes"] = {"peer": "quote-mark regex", "peer_s": time.perf_counter() - t0, "ours_s": ours_time("quotes")}
    for value in report.values():
        value["peer_s"] = round(value["peer_s"], 3)
        if value["ours_s"] is not None:
            value["ours_s"] = round(value["ours_s"], 3)
            value["ratio_ours_to_peer"] = round(value["ours_s"] / max(value["peer_s"], 1e-9), 2)
    report["floor_s"] = round(floor_seconds(data), 3)
    report["sample_articles"] = len(corpus)
    return report


def floor_seconds(data: Path) -> float:
    """The floor on the peer sample, on one core like the peers: read, build, split sentences.

    With it the peers' times become multiples of the floor: what the "3x the floor" target
    leaves for the analysers, and what a pipeline made of the peers would cost.
    """
    root, files = pipeline._resolve_files(data)
    # the first batch pays one-off costs (about 6 % on 100 articles): a cold floor would
    # flatter our ratio
    pipeline._analyse_files((files[:10], str(root), ["sentences"]))
    t0 = time.perf_counter()
    pipeline._analyse_files((files, str(root), ["sentences"]))
    return time.perf_counter() - t0


def budget_lines(report: dict) -> list[str]:
    """Per-article milliseconds of the floor, ours and the peers, and each as a multiple of the floor."""
    n = report["sample_articles"]
    floor = report["floor_s"]
    jobs = [name for name in ("sentiment", "timeline", "quotes") if name in report]
    ours = sum(report[name]["ours_s"] or 0 for name in jobs)
    theirs = sum(report[name]["peer_s"] for name in jobs)
    per = ", ".join(f"{name} {1000 * (report[name]['ours_s'] or 0) / n:.2f} vs {1000 * report[name]['peer_s'] / n:.2f}" for name in jobs)
    return [
        f"per article on one core: floor {1000 * floor / n:.2f} ms; ours vs peer: {per} ms",
        f"floor + our {len(jobs)} analysers = {(floor + ours) / floor:.1f}x the floor; floor + the {len(jobs)} peers = {(floor + theirs) / floor:.1f}x "
        f"(3x the floor leaves {2000 * floor / n:.2f} ms per article for every analyser together)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--peer-sample", type=int, default=300, help="0: no peer comparison")
    parser.add_argument("--row-out", help=argparse.SUPPRESS)  # one size in a fresh process: its row as JSON
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.row_out:
        Path(args.row_out).write_text(json.dumps(run_size(sizes[0], args.workers), default=str))
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print(f"analysers: {', '.join(f'{n}={v}' for n, _, v in pipeline.available_analysers())}")
    from newsdesk import speedups

    built = speedups.status()  # the figures differ by about 13 % without the compiled modules
    print("compiled modules: " + ("all" if set(built.values()) == {"compiled"} else ", ".join(f"{k} {v}" for k, v in built.items())))
    results = {"sizes": [], "peers": None}
    for n in sizes:
        # each size in a fresh process: peak RSS is a high-water mark, so the 10k apps' tables
        # would otherwise show up as the 100k analysis's memory
        row_file = OUT / f"row_{n}.json"
        subprocess.run([sys.executable, __file__, "--sizes", str(n), "--workers", str(args.workers), "--row-out", str(row_file)], check=True)
        row = json.loads(row_file.read_text())
        row_file.unlink()
        results["sizes"].append(row)
        print(
            f"{n:>7} articles | cold {row['cold_articles_per_s']:>7} art/s, {row['cold_sentences_per_s']:>8} sent/s "
            f"| floor {row['floor_articles_per_s']:>7} art/s (ours = {row['ratio_to_floor']}x floor) "
            f"| CPU {row['cold_cpu_ms_per_article']} ms/article vs floor {row['floor_cpu_ms_per_article']} ({row['cpu_ratio_to_floor']}x) "
            f"| warm reload {row['warm_reload_s']} s (+{row['load_quotes_timeline_sentiment_s']} s to read quotes, timeline, sentiment; "
            f"{row['touched_reload_s']} s with every file touched, {row['touched_reused_by_hash']} found by content) "
            f"| peak RSS {row['peak_rss_analysis_mb']:.0f} MB analysing, {row['peak_rss_mb']:.0f} MB with tables loaded | callbacks {row['callbacks_ms']}",
            flush=True,
        )
    results["peers"] = peers(args.peer_sample) if args.peer_sample else {}
    for name, value in results["peers"].items():
        if isinstance(value, dict):
            print(f"peer {name:<9}: ours {value['ours_s']} s vs {value['peer']} {value['peer_s']} s -> ratio {value.get('ratio_ours_to_peer')}")
    if results["peers"]:
        print("\n".join(budget_lines(results["peers"])))
    (OUT / "results.json").write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
