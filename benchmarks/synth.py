"""Deterministic synthetic corpus of US-Russia diplomacy articles, for benchmarks.

Realistic shapes from our own templates: a headline, a standfirst, 15-30 body paragraphs with
direct, partial and indirect quotes, anonymous sources, relays ("Russian news agencies
reported"), relative and absolute dates, actor aliases and transliterations, credit lines and
aggregator clutter. The same seed always gives the same files.

    python benchmarks/synth.py OUT_DIR --n 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

US = [
    ("US Secretary of State Antony Blinken", "Blinken"),
    ("Secretary of State Marco Rubio", "Rubio"),
    ("US Defense Secretary Lloyd Austin", "Austin"),
    ("CIA Director William Burns", "Burns"),
    ("special envoy Steve Witkoff", "Witkoff"),
    ("National Security Adviser Jake Sullivan", "Sullivan"),
]
RU = [
    ("Russian Foreign Minister Sergey Lavrov", "Lavrov"),
    ("Russia's top diplomat Sergei Lavrov", "Lavrov"),
    ("Defence Minister Sergei Shoigu", "Shoigu"),
    ("Kremlin spokesman Dmitry Peskov", "Peskov"),
    ("Deputy Foreign Minister Sergei Ryabkov", "Ryabkov"),
    ("Security Council Secretary Nikolai Patrushev", "Patrushev"),
]
PLACES = ["Geneva", "New Delhi", "Riyadh", "Istanbul", "Ankara", "Stockholm", "Reykjavik", "Moscow", "Washington"]
FORMATS = ["spoke by phone", "met", "held talks", "chatted briefly", "held a video call", "met on the sidelines of a summit"]
WHEN_PAST = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "last week", "two days ago", "earlier this month", "in July", "on March 2", "yesterday"]
DURATIONS = ["for roughly 10 minutes", "for about an hour", "for more than four hours", "for 90 minutes", "for nearly two hours"]
TOPICS = ["the war in Ukraine", "the New START treaty", "a prisoner exchange", "embassy operations", "strategic stability", "grain exports from the Black Sea"]
VERBS = ["said", "told reporters", "added", "stressed", "warned", "insisted", "noted"]
ADJ = ["frank", "useful", "businesslike", "difficult", "constructive", "tense", "unproductive"]
ANON = ["A senior US official", "A State Department official", "A person familiar with the talks", "A Russian diplomatic source", "One official"]
RELAY = ["Russian news agencies reported", "TASS reported", "according to RIA Novosti", "Interfax said, citing the ministry"]
CLUTTER = ["Source link", "Leave a Comment", "Share this article", "Subscribe to our newsletter for daily updates", "(Reuters)", "Reporting by Jane Doe; Editing by John Roe"]


def article(rng: random.Random, n: int) -> tuple[str, str]:
    """(file name, text) of article number n."""
    us_full, us = rng.choice(US)
    ru_full, ru = rng.choice(RU)
    place, fmt, topic = rng.choice(PLACES), rng.choice(FORMATS), rng.choice(TOPICS)
    published = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 1600))
    title = f"{us}, {ru} {fmt.split(' on ')[0]} in {place} as tensions over {topic.replace('the ', '')} grow"
    paras = [title, f"The two sides gave different accounts of the {rng.choice(['call', 'meeting', 'encounter'])}, which focused on {topic}."]
    paras.append(f"{us_full} and {ru_full} {fmt} {rng.choice(WHEN_PAST)} {rng.choice(DURATIONS)} in {place}, officials said.")
    for _ in range(rng.randint(15, 30) - 1):
        kind = rng.randrange(9)
        adj = rng.choice(ADJ)
        if kind == 0:
            paras.append(f"\u201cWe had a {adj} conversation about {rng.choice(TOPICS)},\u201d {us} {rng.choice(VERBS)}.")
        elif kind == 1:
            paras.append(f"{ru} {rng.choice(VERBS)} the talks were \u201c{adj}\u201d but that Moscow would not change course {rng.choice(['in the near term', 'any time soon', 'this year'])}.")
        elif kind == 2:
            paras.append(f"{rng.choice(ANON)}, who spoke on condition of anonymity to discuss private talks, said {us} had pressed {ru} on {rng.choice(TOPICS)}.")
        elif kind == 3:
            paras.append(f"The foreign ministry said the sides did not hold negotiations, {rng.choice(RELAY)}.")
        elif kind == 4:
            paras.append(f"It was the first contact between the two since {rng.choice(['July', 'last year', 'the invasion began', 'January 2022'])}, when they last {rng.choice(FORMATS)}.")
        elif kind == 5:
            paras.append(f"\u201cThere is no agreement yet. We will meet again {rng.choice(['next month', 'in two weeks', 'later this year'])},\u201d said {ru}, adding that {rng.choice(['Washington', 'the US side'])} had asked for the meeting.")
        elif kind == 6:
            paras.append(f"According to {rng.choice(['the Kremlin', 'the State Department', 'TASS'])}, the {rng.choice(['talks', 'call'])} lasted {rng.choice(DURATIONS).replace('for ', '')} and covered {rng.choice(TOPICS)}.")
        elif kind == 7:
            paras.append(f"Relations between Washington and Moscow have deteriorated sharply since February 2022, and analysts say a breakthrough on {rng.choice(TOPICS)} is unlikely {rng.choice(['in months', 'soon', 'before the summer'])}.")
        else:
            paras.append(f"Mr. {us} is expected to travel to {rng.choice(PLACES)} on {rng.choice(['Friday', 'Sunday', 'Feb. 24', 'March 15'])}, the U.S. embassy said in a statement.")
    if rng.random() < 0.6:
        paras.insert(rng.randrange(4, len(paras)), rng.choice(CLUTTER[4:]))
    paras.extend(rng.sample(CLUTTER[:4], rng.randint(0, 3)))
    front = f"---\ntitle: \"{title}\"\noutlet: Synthetic Wire {n % 7}\npublished: {published.isoformat()}\nurl: https://example.org/synthetic/{n}\n---\n"
    return f"synthetic_{n:06d}.md", front + "\n\n".join(paras) + "\n"


def generate(out: str | Path, n: int, seed: int = 20230302) -> Path:
    """Write n synthetic articles into ``out/articles`` (skips files already there)."""
    folder = Path(out) / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        name, text = article(rng, i)
        path = folder / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")
    return Path(out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20230302)
    args = parser.parse_args()
    print(generate(args.out, args.n, args.seed))
