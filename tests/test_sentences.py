"""Sentence splitting: no NLTK data, news abbreviations, quotes ending in .”"""

from __future__ import annotations

import newsdesk as nd
import pytest
from newsdesk.sentences import sentence_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army said so. Then it left.", ["The U.S. Army said so.", "Then it left."]),
        ("Mr. Smith met Gen. Jones on Feb. 3. It rained.", ["Mr. Smith met Gen. Jones on Feb. 3.", "It rained."]),
        ("He called it “hostile.” Then he left.", ["He called it “hostile.”", "Then he left."]),
        ("“We talked,” she said. “Briefly.”", ["“We talked,” she said.", "“Briefly.”"]),
        ("Is it over? Not yet! We wait.", ["Is it over?", "Not yet!", "We wait."]),
        ("Talks ended at 5 p.m. in Washington, D.C. on Friday.", ["Talks ended at 5 p.m. in Washington, D.C. on Friday."]),
    ],
)
def test_split_sentences(text, expected):
    assert nd.split_sentences(text) == expected


def test_spans_point_into_original_text():
    text = "Russia’s ministry said it was “frank.” Blinken agreed."
    for a, b in sentence_spans(text):
        assert text[a:b] == text[a:b].strip()
    assert [text[a:b] for a, b in sentence_spans(text)][0].endswith("”")


def test_empty_text_has_no_sentences():
    assert sentence_spans("") == [] and sentence_spans("   ") == []


def test_seed_sentences(seed):
    frame = nd.sentences(seed)
    assert list(frame.columns) == ["article_id", "paragraph_no", "sentence_no", "sentence_in_paragraph", "role", "start", "end", "text"]
    assert frame["sentence_no"].tolist() == list(range(len(frame)))
    assert set(frame["role"]) == {"title", "standfirst", "body"}  # no credit or clutter
    assert not frame["text"].str.contains("Source link").any()
    mittal = frame[frame["text"].str.startswith("“There is no joint declaration")]
    assert len(mittal) == 1
    # sentence offsets reproduce the text
    paras = seed.paragraphs.set_index("paragraph_no")["text"]
    for row in frame.itertuples():
        assert paras[row.paragraph_no][row.start : row.end] == row.text


def test_no_nltk_data_needed(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", [])
    assert nd.split_sentences("One. Two.") == ["One.", "Two."]
