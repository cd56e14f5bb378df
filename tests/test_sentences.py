"""Sentence splitting: no NLTK data, news abbreviations, quotes ending in .”"""

from __future__ import annotations

import newsdesk as nd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


def _module():
    import importlib

    return importlib.import_module("newsdesk.sentences")  # nd.sentences is the function


def _punkt_only(text: str) -> list[tuple[int, int]]:
    """What Punkt gives (no one-sentence shortcut; splits before lower case undone, an opening
    mark left at a sentence's end moved to the next), as sentence_spans reports it."""
    from newsdesk.text import straighten

    module = _module()

    plain = straighten(text)
    out = []
    for offset, piece in module._pieces(plain):
        joined = module._lowercase_joined(piece, module._tokenizer().span_tokenize(piece))
        out.extend((offset + a, offset + b) for a, b in module._opening_mark_moved(piece, joined))
    return out


_PUNKT_ALPHABET = "aB .?!,;:\"'()[]-–—“”‘’«»\n\t\u00a0\u2028\x1c\x1d\x1e\x1f\x85" + "Mr. U.S. 3"


@given(st.text(alphabet=_PUNKT_ALPHABET, max_size=80) | st.text(max_size=60))
@settings(max_examples=600, deadline=None)
def test_one_sentence_shortcut_agrees_with_punkt(text):
    module = _module()
    module.clear_memo()
    assert sentence_spans(text) == (_punkt_only(text) if text.strip() else [])


@pytest.mark.parametrize(("text", "shortcut"), [
    ("Blinken and Lavrov spoke for ten minutes, officials said.", True),
    ("“We had a frank conversation,” Blinken said.", True),
    ("No end mark at all", True),
    ("   padded sentence.   ", True),
    ("Mr. Blinken left.", False),  # one sentence, but Punkt must decide about "Mr."
    ("It ended.\x1c Next", False),
    ("Ends. \x1c", False),  # re and regex read \x1c differently: Punkt decides
])
def test_one_sentence_shortcut_cases(text, shortcut):
    module = _module()
    module.clear_memo()
    assert sentence_spans(text) == _punkt_only(text)
    assert module._one_sentence(text) is shortcut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost $1.5 bn. in 2023. Prices rose 3.5 pct. last year.", ["It cost $1.5 bn. in 2023.", "Prices rose 3.5 pct. last year."]),
        ('He said "No." then he left.', ['He said "No." then he left.']),
        ("Talks ended at 5 p.m. The next round is in May.", ["Talks ended at 5 p.m.", "The next round is in May."]),
        ("He moved to the U.S. In 2020 he returned.", ["He moved to the U.S.", "In 2020 he returned."]),
        ("Officials from the U.S. and Russia met.", ["Officials from the U.S. and Russia met."]),
        ("Sen. A. Smith spoke. Dr. I. Ivanov listened.", ["Sen. A. Smith spoke.", "Dr. I. Ivanov listened."]),
    ],
)
def test_abbreviations_before_lower_case_and_before_sentence_starters(text, expected):
    assert nd.split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asked about the U.S. position, he said no. That was all.", ["Asked about the U.S. position, he said no.", "That was all."]),
        ("They met in the sun. Later, it rained.", ["They met in the sun.", "Later, it rained."]),
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
        ("It was No. 10 Downing Street. Then he left.", ["It was No. 10 Downing Street.", "Then he left."]),
        ("The ship sailed on Sun. Jan. 5 to Boston.", ["The ship sailed on Sun. Jan. 5 to Boston."]),
    ],
)
def test_an_abbreviation_that_is_a_lower_case_word_ends_a_sentence(text, expected):
    assert nd.split_sentences(text) == expected


def test_an_opening_guillemet_left_at_a_sentence_end_opens_the_next():
    text = "He said it was bad. « I did what I came to do, » he said."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["He said it was bad.", "« I did what I came to do, » he said."]


def test_a_sentence_does_not_start_at_a_closing_bracket():
    text = "Sen. Cory Booker (D-N.J.), who sits on the panel, said the vote would go ahead. He left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [text[: text.index(" He")], "He left."]


def test_an_agency_slug_stays_with_its_dateline():
    text = "KYIV, March 3. /TASS/. Talks began. Lavrov left."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["KYIV, March 3. /TASS/.", "Talks began.", "Lavrov left."]


def test_a_clock_abbreviation_before_a_quoted_sentence_ends_the_sentence():
    text = "The call came at 4 a.m. “I read it twice,” he said. They met at 5 p.m. on Friday."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["The call came at 4 a.m.", "“I read it twice,” he said.", "They met at 5 p.m. on Friday."]
