"""Regression floor on the annotated evaluation set (tests/eval/quotes_gold.jsonl)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("score_quotes", Path(__file__).parent / "eval" / "score_quotes.py")
score_quotes = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score_quotes)


def test_gold_set_covers_every_phenomenon():
    docs = score_quotes.load_gold()
    constructed = [d for d in docs if "paragraphs" in d]
    assert len(constructed) >= 40
    kinds = {q["kind"] for d in docs for q in d["quotes"]}
    types = {q["speaker_type"] for d in docs for q in d["quotes"]}
    assert kinds == {"direct", "partial", "indirect"}
    assert {"named_person", "anonymous", "institution", "journalist", "media"} <= types
    assert len({d.get("outlet") for d in docs}) >= 5


def test_matching_rule():
    assert score_quotes.jaccard("We will not be intimidated", "“We will not be intimidated,”") == 1.0
    assert score_quotes.speaker_ok("Sergei Lavrov", "Sergey Lavrov")  # same surname
    assert score_quotes.speaker_ok("Lavrov", "Sergey Lavrov")
    assert not score_quotes.speaker_ok("a senior Russian official", "Dmitry Peskov")


def test_f1_floor():
    scores, details = score_quotes.evaluate()
    by = scores.set_index("slice")
    assert by.loc["overall", "f1"] >= 0.85, scores
    assert by.loc["held-out split", "f1"] >= 0.8, scores
    for kind in ("direct", "partial", "indirect"):
        assert by.loc[kind, "f1"] >= 0.75, scores
    assert scores.attrs["speaker_type_accuracy"] >= 0.85
