"""Classroom labels: atomic, append-safe storage, corrupt files moved aside, agreement maths."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from newsdesk.labels import (
    LABEL_COLUMNS,
    agreement,
    check_labels_path,
    cohen_kappa,
    confusion_table,
    current_labels,
    default_labels_path,
    disagreements,
    load_labels,
    ratings_table,
    save_label,
    save_labels,
)


def _save(path, student="Ana", sentence_no=0, label="negative", **kw):
    return save_label(path, student=student, article_id="a1", sentence_no=sentence_no, label=label, text=f"Sentence {sentence_no}, with “quotes”, commas\nand a newline.", **kw)


def test_save_and_reload(tmp_path):
    path = tmp_path / "labels" / "labels.csv"
    saved = _save(path, comment="war is a topic, not a stance", machine_label="negative", machine_compound=-0.6)
    assert list(saved.columns) == LABEL_COLUMNS
    again = load_labels(path)
    assert len(again) == 1
    row = again.iloc[0]
    assert row["student"] == "Ana" and row["label"] == "negative" and row["sentence_no"] == 0
    assert row["text"].endswith("and a newline.") and row["comment"] == "war is a topic, not a stance"
    assert row["machine_compound"] == pytest.approx(-0.6)


def test_two_rapid_saves_keep_both(tmp_path):
    path = tmp_path / "labels.csv"
    _save(path, label="negative")
    _save(path, label="negative")  # a double click
    assert len(load_labels(path)) == 2
    assert len(current_labels(load_labels(path))) == 1  # the same student's label counts once


def test_concurrent_saves_from_threads_keep_everything(tmp_path):
    path = tmp_path / "labels.csv"

    def work(name):
        for i in range(15):
            _save(path, student=name, sentence_no=i, label="neutral")

    threads = [threading.Thread(target=work, args=(f"s{k}",)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    labels = load_labels(path)
    assert len(labels) == 60
    assert labels["label_id"].is_unique


WRITER = """
import sys
from newsdesk.labels import save_label
path = sys.argv[1]
i = 0
while True:
    save_label(path, student="writer", article_id="a1", sentence_no=i, label="positive", text="x" * 2000 + str(i))
    i += 1
"""


def test_killed_writer_never_leaves_a_broken_file(tmp_path):
    path = tmp_path / "labels.csv"
    for _round in range(3):
        before = path.stat().st_size if path.exists() else 0
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)])
        try:
            deadline = time.monotonic() + 60
            # wait until this writer has saved many rows (so each rewrite takes a while), then
            # kill it while it is busy rewriting
            while time.monotonic() < deadline:
                if path.exists() and path.stat().st_size > before + 150_000:
                    break
                time.sleep(0.01)
            time.sleep(0.03)
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        labels = load_labels(path)
        assert "problem" not in labels.attrs
        assert len(labels) > 50
        assert (labels["label"] == "positive").all()
        assert labels["text"].str.len().ge(2001).all()
    # the next save cleans up any temp file a killed writer left behind
    _save(path)
    assert not list(tmp_path.glob(".labels.csv.*.tmp"))


def test_corrupt_file_is_reported_and_moved_aside(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("student,article_id\n\"unterminated,quote\nbroken", encoding="utf-8")
    original = path.read_bytes()
    labels = load_labels(path)
    assert labels.empty and "could not be read" in labels.attrs["problem"]
    moved = list(tmp_path.glob("labels.corrupt-*.csv"))
    assert len(moved) == 1 and moved[0].read_bytes() == original
    assert not path.exists()
    # saving onto a corrupt file also keeps the old one
    path.write_text("not,a,labels\nfile,at,all\n", encoding="utf-8")
    saved = _save(path)
    assert "could not be read" in saved.attrs["problem"]
    assert len(list(tmp_path.glob("labels.corrupt-*.csv"))) == 2
    assert len(load_labels(path)) == 1


def test_bad_input_is_refused(tmp_path):
    with pytest.raises(ValueError):
        _save(tmp_path / "labels.csv", student="  ")
    with pytest.raises(ValueError):
        _save(tmp_path / "labels.csv", label="angry")
    with pytest.raises(ValueError):
        check_labels_path(tmp_path / "data" / "articles" / "labels.csv")
    with pytest.raises(ValueError):
        check_labels_path(tmp_path / "labels.txt")
    assert default_labels_path().parts[-2:] == ("labels", "labels.csv")
    assert not (tmp_path / "labels.csv").exists()


def test_cohen_kappa_known_values():
    # textbook example: 50 items, observed 0.7, chance 0.5 -> kappa 0.4
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b, ("yes", "no")) == pytest.approx(0.4)
    assert cohen_kappa(["negative", "positive"], ["negative", "positive"]) == pytest.approx(1.0)
    assert cohen_kappa(["negative", "positive"], ["positive", "negative"]) == pytest.approx(-1.0)
    assert math.isnan(cohen_kappa([], []))
    assert math.isnan(cohen_kappa(["neutral", "neutral"], ["neutral", "neutral"]))
    # agrees with the three-category formula done by hand
    x = ["negative", "neutral", "positive", "neutral", "negative", "positive"]
    y = ["negative", "neutral", "neutral", "neutral", "positive", "positive"]
    po = 4 / 6
    pe = (2 / 6) * (1 / 6) + (2 / 6) * (3 / 6) + (2 / 6) * (2 / 6)
    assert cohen_kappa(x, y) == pytest.approx((po - pe) / (1 - pe))


def _classroom(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    scores = pd.DataFrame({"article_id": ["a1"] * 4, "sentence_no": [0, 1, 2, 3], "label": ["negative", "negative", "positive", "neutral"], "text": ["s0", "s1", "s2", "s3"]})
    rows = []
    ana = ["negative", "neutral", "positive", "neutral"]
    ben = ["neutral", "neutral", "positive", "negative"]
    for student, given in (("Ana", ana), ("Ben", ben)):
        for i, lab in enumerate(given):
            rows.append(dict(student=student, article_id="a1", sentence_no=i, label=lab, text=f"s{i}", comment="topic word" if i == 1 else ""))
    rows.append(dict(student="Ana", article_id="a1", sentence_no=0, label="negative", text="s0"))  # repeated click
    save_labels(path, rows)
    return load_labels(path), scores


def test_agreement_tables(tmp_path):
    labels, scores = _classroom(tmp_path / "labels.csv")
    wide = ratings_table(labels, scores)
    assert list(wide["machine"]) == ["negative", "negative", "positive", "neutral"]
    assert list(wide["Ana"]) == ["negative", "neutral", "positive", "neutral"]
    table = confusion_table(labels, scores)
    assert table.to_numpy().sum() == 8
    assert table.loc["neutral", "negative"] == 3  # both said neutral on s1, Ben also on s0
    assert table.loc["positive", "positive"] == 2
    assert confusion_table(labels, scores, student="Ana").to_numpy().trace() == 3
    pairs = agreement(labels, scores).set_index(["rater_a", "rater_b"])
    assert set(pairs.index) == {("Ana", "machine"), ("Ben", "machine"), ("Ana", "Ben")}
    assert pairs.loc[("Ana", "machine"), "percent_agree"] == 75.0
    assert pairs.loc[("Ana", "machine"), "kappa"] == pytest.approx(cohen_kappa(wide["Ana"], wide["machine"]), abs=1e-3)
    assert pairs.loc[("Ana", "Ben"), "n_shared"] == 4
    worst = disagreements(labels, scores)
    assert worst.iloc[0]["sentence_no"] == 1 and worst.iloc[0]["share_against_machine"] == 1.0
    assert "Ana: topic word" in worst.iloc[0]["comments"]
    assert worst.iloc[-1]["share_against_machine"] == 0.0


def test_machine_label_stored_at_saving_is_used_without_scores(tmp_path):
    path = tmp_path / "labels.csv"
    _save(path, label="neutral", machine_label="negative")
    wide = ratings_table(load_labels(path))
    assert wide.loc[0, "machine"] == "negative"
    assert agreement(load_labels(path)).loc[0, "percent_agree"] == 0.0


def test_empty_labels_are_fine(tmp_path):
    labels = load_labels(tmp_path / "none" / "labels.csv")
    assert labels.empty
    assert agreement(labels).empty and disagreements(labels).empty
    assert confusion_table(labels).to_numpy().sum() == 0


def test_labelling_widget_saves_and_shows_agreement(corpus, tmp_path):
    from newsdesk.ui.sentiment_view import labelling_widget

    path = tmp_path / "class" / "labels.csv"
    panel = labelling_widget(corpus, labels_path=path)
    assert panel.sentence.value is not None
    panel.label.value = "neutral"
    panel.save_button.click()  # no name yet: refused, nothing written
    assert panel.last_saved is None and not path.exists()
    panel.student.value = "Ana"
    panel.save_button.click()
    panel.save_button.click()  # double click keeps both
    assert len(load_labels(path)) == 2
    first = panel.sentence.value
    panel.next_button.click()
    assert panel.sentence.value != first and panel.label.value is None
    panel.label.value = "negative"
    panel.comment.value = "a topic word"
    panel.save_button.click()
    saved = load_labels(path)
    assert len(saved) == 3 and saved.iloc[-1]["comment"] == "a topic word"
    assert saved.iloc[-1]["machine_label"] in ("negative", "neutral", "positive")
    # a second student on a fresh widget (as after a kernel restart) sees the saved labels
    other = labelling_widget(corpus, labels_path=path)
    other.student.value = "Ben"
    other.label.value = "positive"
    other.save_button.click()
    other.agreement_button.click()
    assert set(other.agreement_table["rater_a"]) == {"Ana", "Ben"}
    assert other.confusion.to_numpy().sum() == 3
    assert len(other.worst) == 2
