"""Quote extraction and attribution: one test per phenomenon the issue lists, plus robustness."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest
from newsdesk.corpus import PARAGRAPH_COLUMNS, Article
from newsdesk.quotes import KINDS, QUOTE_COLUMNS, SPEAKER_TYPES, quote_problems, quotes, scan_quotes


def art(*paras: str, article_id: str = "t") -> Article:
    frame = pd.DataFrame(
        {"article_id": article_id, "paragraph_no": range(len(paras)), "role": "body", "role_reason": "test", "text": list(paras), "n_words": [len(p.split()) for p in paras]},
        columns=PARAGRAPH_COLUMNS,
    )
    return Article(article_id=article_id, paragraphs=frame, outlet="Test Wire")


def one(q: pd.DataFrame, kind: str | None = None, paragraph: int | None = None) -> pd.Series:
    sel = q
    if kind:
        sel = sel[sel.kind == kind]
    if paragraph is not None:
        sel = sel[sel.paragraph_no == paragraph]
    assert len(sel) == 1, sel[["paragraph_no", "kind", "text", "speaker"]]
    return sel.iloc[0]


def test_columns_and_offsets_point_into_the_paragraph():
    text = "“We are not going to negotiate over the heads of Ukrainians,” Blinken told reporters."
    q = quotes(art(text))
    assert list(q.columns) == QUOTE_COLUMNS
    row = one(q)
    assert text[row.start : row.end] == row.text
    assert row.quote_id == "t:q0" and row.kind in KINDS and row.speaker_type in SPEAKER_TYPES
    assert 0 < row.confidence <= 1


def test_curly_double_quotes_said_x_after():
    row = one(quotes(art("“The ball is in Washington’s court,” Kremlin spokesman Dmitry Peskov said on Tuesday.")))
    assert (row.text, row.kind, row.speaker, row.speaker_type, row.side) == ("The ball is in Washington’s court", "direct", "Dmitry Peskov", "named_person", "Russia")


def test_straight_double_quotes_said_inverted_with_title():
    row = one(quotes(art('"There will be no deal without Kyiv," said Jake Sullivan, the US national security adviser.')))
    assert row.text == "There will be no deal without Kyiv" and row.speaker == "Jake Sullivan" and row.cue == "said"


def test_apostrophe_is_not_a_quote_but_single_quotes_are():
    q = quotes(art("Russia’s foreign ministry confirmed they spoke ‘on the move’ but said Russia's position had not changed."))
    partial = one(q, "partial")
    assert partial.text == "on the move" and partial.speaker == "Russian Foreign Ministry"
    assert not q.text.str.startswith("s foreign").any()
    spans, problems = scan_quotes("Russia’s and the officials’ view: it’s ‘fine’, and the '90s were different.")
    assert [s.glyph for s in spans] == ["single"] and not problems


def test_x_who_said():
    q = quotes(art("Zelensky, who addressed the summit by video link, said Ukraine would “never accept” a frozen conflict."))
    assert set(q.speaker) == {"Volodymyr Zelensky"}
    assert one(q, "indirect").text.startswith("Ukraine would")
    assert one(q, "partial").text == "never accept"


def test_according_to_before_and_after():
    q1 = quotes(art("According to Peskov, the Kremlin has not yet seen the text of the proposal."))
    assert one(q1).speaker == "Dmitry Peskov" and one(q1).cue.lower() == "according to"
    q2 = quotes(art('The meeting was "frank and useful", according to Ushakov.'))
    assert set(q2.kind) == {"indirect", "partial"} and set(q2.speaker) == {"Yuri Ushakov"}


def test_indirect_speech_that_clause_and_comma_clause():
    q = quotes(art("Lavrov said on Friday that Moscow had received no concrete proposals from Washington."))
    row = one(q, "indirect")
    assert row.text == "Moscow had received no concrete proposals from Washington" and row.speaker == "Sergey Lavrov"
    q2 = quotes(art("The two diplomats spoke for about 20 minutes, a State Department spokesperson said."))
    row2 = one(q2, "indirect")
    assert row2.text == "The two diplomats spoke for about 20 minutes" and row2.speaker_type == "anonymous"


def test_quote_spanning_paragraphs_is_one_chain_with_one_speaker():
    q = quotes(art(
        "Peskov said the Kremlin viewed the contacts as routine. “These are working contacts, nothing more.",
        "“There is no reason to read anything into them,” he said.",
        "Lavrov did not comment.",
    ))
    direct = q[q.kind == "direct"]
    assert list(direct.paragraph_no) == [0, 1]
    assert set(direct.speaker) == {"Dmitry Peskov"}
    assert direct.iloc[1].part_of == direct.iloc[0].quote_id
    assert quote_problems(art("“A.", "“B,” he said.")).empty


def test_floating_paragraph_inherits_previous_speaker():
    q = quotes(art("“We will not be intimidated,” Blinken said after the meeting.", "“Our support for Ukraine will continue.”"))
    row = one(q, paragraph=1)
    assert row.speaker == "Antony Blinken" and row.kind == "direct"


def test_the_official_resolves_to_earlier_anonymous_source():
    q = quotes(art(
        "Lavrov told reporters the conversation had been useful.",
        "A senior Western diplomat said the encounter lasted less than a quarter of an hour.",
        "The diplomat added that no follow-up meeting had been scheduled.",
    ))
    assert one(q, paragraph=2).speaker == "a senior Western diplomat"
    assert one(q, paragraph=2).speaker_type == "anonymous"


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Maria Zakharova"), ("he", "he")])
def test_pronoun_resolves_to_recent_person_of_its_gender(pronoun, speaker):
    q = quotes(art("Zakharova accused Washington of hypocrisy at a briefing on Thursday.", f"“They talk about dialogue but act as if we do not exist,” {pronoun} said."))
    assert one(q, paragraph=1).speaker == speaker  # "he" is not Maria Zakharova: no one named fits


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Maria Zakharova"), ("he", "Dmitry Peskov")])
def test_she_and_he_pick_the_person_of_that_gender(pronoun, speaker):
    q = quotes(art("Peskov and Zakharova both commented on the meeting.", f"“It was useful,” {pronoun} said."))
    assert one(q).speaker == speaker


def test_the_secretary_is_the_one_person_named_before_with_that_role():
    q = quotes(art("Blinken met Lavrov briefly on Thursday.", "“I told him to end this war,” the secretary said."))
    assert one(q).speaker == "Antony Blinken"
    q = quotes(art("Biden called Putin on Monday.", "“It was frank,” the president said."))
    # two presidents named: English-language news writes its own president plainly (a Russian
    # one is "the Russian president", "the Kremlin leader")
    assert one(q).speaker == "Joe Biden"


def test_it_said_is_the_body_named_just_before():
    q = quotes(art("The Russian foreign ministry issued a statement on Friday.", "It said the US had crossed a red line with the new sanctions."))
    row = one(q)
    assert (row.speaker, row.speaker_type, row.side) == ("Russian Foreign Ministry", "institution", "Russia")


def test_pronoun_prefers_previous_speaker_over_mentioned_object():
    q = quotes(art("Blinken said he had urged Lavrov to return to the treaty.", "“It is in both our interests,” he said."))
    assert one(q, paragraph=1).speaker == "Antony Blinken"


def test_anonymity_condition_and_senior_official():
    q = quotes(art("One Russian official, who spoke on condition of anonymity because he was not authorised to speak publicly, said Moscow expected no breakthrough."))
    row = one(q)
    assert (row.speaker_type, row.side) == ("anonymous", "Russia")
    row2 = one(quotes(art("A senior US official said Blinken made three points to Lavrov.")))
    assert row2.speaker == "a senior US official" and row2.speaker_type == "anonymous" and row2.side == "US"


def test_relay_via_news_agencies_and_quoted_as_saying():
    row = one(quotes(art("Ryabkov said the treaty could not be revived in its current form, Russian news agencies reported.")))
    assert row.speaker == "Sergei Ryabkov" and row.via == "Russian news agencies"
    row2 = one(quotes(art("TASS quoted Ryabkov as saying that Russia would respond to any deployment.")))
    assert row2.speaker == "Sergei Ryabkov" and row2.via == "TASS"


def test_reporter_sign_offs_are_journalists():
    q = quotes(art("Reporting from Washington, Al Jazeera’s Kimberly Halkett said officials were playing down expectations."))
    assert one(q).speaker_type == "journalist" and one(q).side == "journalist"
    row = one(quotes(art("“The mood here is tense,” reported the BBC’s Steve Rosenberg from Moscow.")))
    assert row.speaker == "Steve Rosenberg" and row.speaker_type == "journalist"


def test_nested_quote_points_to_enclosing_quote():
    q = quotes(art("“When Lavrov says ‘we are open to dialogue’, nobody believes him,” a European diplomat said."))
    outer, inner = one(q, "direct"), one(q, "partial")
    assert inner.nested_in == outer.quote_id and inner.speaker == "Sergey Lavrov"
    assert outer.speaker_type == "anonymous"


def test_unmatched_quote_mark_is_reported_and_does_not_swallow_the_article():
    a = art('Lavrov said the West was "playing with fire and warned of consequences. Blinken disagreed.', "Blinken said the United States would keep supporting Kyiv.")
    q = quotes(a)
    assert "the United States would keep supporting Kyiv" in set(q.text)
    assert not q.text.str.contains("Blinken disagreed").any()
    problems = pd.DataFrame(q.attrs["problems"])
    assert len(problems) == 1 and "never closed" in problems.iloc[0].problem
    assert len(quote_problems(a)) == 1
    stray = quotes(art("Zakharova said the US position was unchanged.” Washington has yet to respond."))
    assert "no opening mark" in stray.attrs["problems"][0]["problem"]


def test_scare_quote_without_speaker_is_unattributed_partial():
    row = one(quotes(art('Moscow\'s so-called "special military operation" entered its second year.')))
    assert (row.kind, row.speaker_type) == ("partial", "unattributed")


def test_journalist_voice_only_gives_no_statements():
    assert quotes(art("Blinken and Lavrov last met in person in Geneva in January 2022, weeks before the invasion.")).empty


@pytest.mark.parametrize(
    "text",
    ["“" * 5000, "”" * 5000, "'" * 5000, "said said said", "“,” said", ": “", "", " ", "according to", "‘" + "a" * 10000, '"a" ' * 3000, "\ue000 said “x”"],
)
def test_awkward_text_never_crashes(text):
    q = quotes(art(text or "x"))
    assert set(q.columns) >= set(QUOTE_COLUMNS)


def test_very_long_paragraph_is_cut_and_reported():
    q = quotes(art("“" + "word " * 200_000))
    assert any("characters long" in p["problem"] for p in q.attrs["problems"])


def test_seed_article_key_statements(seed):
    q = quotes(seed)
    anon = q[q.speaker == "a senior US official"]
    assert len(anon) >= 4 and set(anon.speaker_type) == {"anonymous"}
    ministry = q[q.speaker == "Russian Foreign Ministry"]
    assert "on the move" in set(ministry.text)
    assert set(q[q.speaker == "Pavni Mittal"].speaker_type) == {"journalist"}
    assert (q[q.via != ""].via == "Russian news agencies").all()
    nested = q[q.nested_in != ""]
    assert list(nested.text) == ["emotional statements"] and nested.iloc[0].speaker == "Sergey Lavrov"
    assert q.quote_id.is_unique


def test_quote_explorer_filters_and_escapes(corpus):
    from newsdesk.ui.quotes_view import ALL, article_quotes_html, quote_explorer

    box = quote_explorer(corpus)
    assert len(box.current) == len(box.quotes) > 0
    box.speaker_type.value = "anonymous"
    assert len(box.current) > 0 and set(box.current.speaker_type) == {"anonymous"}
    box.kind.value = "direct"
    assert box.current.empty
    box.kind.value = ALL
    box.side.value = "US"
    assert set(box.current.side) == {"US"}
    evil = art("“<script>alert(1)</script> is fine,” Blinken said.")
    html = article_quotes_html(evil)
    assert "<script>" not in html and "&lt;script&gt;" in html and "named_person" in html


def test_sourcing_chart_labels_in_words(seed):
    import matplotlib

    matplotlib.use("Agg")
    from newsdesk.ui.quotes_view import sourcing_chart

    ax = sourcing_chart(quotes(seed))
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("anonymous (orange)" in t for t in labels)


def test_sourcing_chart_of_many_articles_shows_the_biggest_outlets(seed):
    """by="auto": a bar per article for a few, per outlet for many; never more than max_bars."""
    import matplotlib
    import matplotlib.pyplot as plt

    matplotlib.use("Agg")
    from newsdesk.ui.quotes_view import sourcing_chart

    q = quotes(seed)
    ax = sourcing_chart(q, by="auto")
    assert len(ax.get_yticklabels()) == 1 and "not shown" not in ax.get_title()
    plt.close(ax.figure)
    many = pd.concat([q.assign(article_id=f"a{i}", outlet=f"Outlet {i % 5}") for i in range(30)], ignore_index=True)
    many = pd.concat([many, q.assign(article_id="big", outlet="Outlet 4")], ignore_index=True)  # the biggest outlet
    ax = sourcing_chart(many, by="auto", max_bars=3)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert len(names) == 3 and "Outlet 4" in names and "2 smaller outlets not shown" in ax.get_title()
    plt.close(ax.figure)


# ---------------------------------------------------------------- speed-ups give the same answers


def test_nearest_cue_matches_a_scan_of_all_cues():
    """_NearestCue (bisection) picks the same cue as min() over all cues, ties to the first."""
    import random

    from newsdesk.quotes import Cue, _NearestCue

    rng = random.Random(7)
    for _ in range(300):
        starts = sorted(rng.randrange(0, 120) for _ in range(rng.randrange(1, 8)))
        cues = []
        for s in starts:
            c = Cue(s, s + 4, "said", "pre")
            c.frame_end = s + rng.randrange(0, 30)
            cues.append(c)
        near = _NearestCue(cues)
        for _ in range(10):
            qs = rng.randrange(0, 130)
            qe = qs + rng.randrange(1, 40)
            want = min(cues, key=lambda c: min(abs(c.start - qe), abs(qs - c.frame_end)))
            assert cues[near.index(qs, qe)] is want


def test_conjunction_search_in_a_window_matches_the_full_search():
    import random

    from newsdesk.quotes import _CONJ_END, _conj_before

    rng = random.Random(11)
    pieces = ["word ", "and ", " but", ",", "  ", " " * 150, "while", "x", "\n", "Lavrov "]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60)))
        a = rng.randrange(0, len(text) + 1)
        m = _CONJ_END.search(text[a:])
        assert _conj_before(text, a, len(text)) == (a + m.start() if m else -1)


def test_subject_phrase_same_with_short_and_long_windows():
    """_np_left's short first window never changes the phrase found."""
    from newsdesk.quotes import _WORD_RE, _np_left, _np_left_scan

    text = ("The talks went on. " * 8) + "A senior official close to the Kremlin and familiar with the talks of the foreign ministry in Moscow"
    for hi in range(0, len(text) + 1, 7):
        lo = 0
        words = _WORD_RE.findall(text, max(lo, hi - 240), hi)
        n = _np_left_scan(words, partial=False)
        while n and words[len(words) - n].lower() in {"of", "for", "with", "at", "from", "and"}:
            n -= 1
        got = _np_left(text, lo, hi)
        if not n:
            assert got == (hi, hi, "")
        else:
            assert got[2] == " ".join(words[len(words) - n :]) and got[1] == len(text[:hi].rstrip())


# --- look-alike cues, place phrases and possessors (found on new sentences, not the gold set)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Officials said the two sides agreed on a prisoner swap.", "Officials", "the two sides agreed on a prisoner swap"),
        ("Peskov said the two leaders agreed to meet in Geneva.", "Dmitry Peskov", "the two leaders agreed to meet in Geneva"),
        ("The White House said in a statement that Biden and Putin had agreed to keep talking.", "White House", "Biden and Putin had agreed to keep talking"),
        ("Lavrov said the Americans had threatened to expel diplomats.", "Sergey Lavrov", "the Americans had threatened to expel diplomats"),
        ("Blinken said Lavrov repeated the Kremlin line.", "Antony Blinken", "Lavrov repeated the Kremlin line"),
        ("The White House said the two leaders agreed.", "White House", "the two leaders agreed"),
    ],
)
def test_an_act_verb_inside_the_content_is_not_a_second_speaker(text, speaker, content):
    row = one(quotes(art(text)), kind="indirect")
    assert (row.speaker, row.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Putin vowed that Russia would respond.", "Vladimir Putin", "Russia would respond"),
        ("Lavrov repeated that Moscow was ready to talk.", "Sergey Lavrov", "Moscow was ready to talk"),
        ("The talks were useful and frank, Lavrov agreed.", "Sergey Lavrov", "The talks were useful and frank"),
    ],
)
def test_the_same_verbs_still_report_a_that_clause_or_what_came_before(text, speaker, content):
    row = one(quotes(art(text)), kind="indirect")
    assert (row.speaker, row.text) == (speaker, content)


def test_a_second_speaker_who_only_agrees_does_not_take_the_quote():
    q = quotes(art("“It was a useful conversation,” Peskov said, and Ushakov agreed."))
    row = one(q)
    assert (row.kind, row.speaker, row.text) == ("direct", "Dmitry Peskov", "It was a useful conversation")


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Ryabkov was cited by TASS as saying that Moscow would not return to the treaty.", "TASS"),
        ("TASS cited Ryabkov as saying that Moscow would not return to the treaty.", "TASS"),
        ("Ryabkov was quoted as saying by Interfax that Moscow would not return to the treaty.", "Interfax"),
    ],
)
def test_cited_as_saying_and_quoted_as_saying_by(text, via):
    row = one(quotes(art(text)))
    assert (row.speaker, row.via, row.text) == ("Sergei Ryabkov", via, "Moscow would not return to the treaty")


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("Moscow would not return to the treaty, Ryabkov was quoted as saying by the TASS news agency.", "Sergei Ryabkov", "the TASS news agency"),
        ("Moscow would not return to the treaty, Ryabkov was quoted as saying by state news agency RIA Novosti.", "Sergei Ryabkov", "state news agency RIA Novosti"),
        ("Moscow would not return to the treaty, Russian officials were quoted as saying by the Izvestia daily.", "Russian officials", "the Izvestia daily"),
        ("Moscow would not return to the treaty, Ryabkov was quoted as saying by Interfax on Monday.", "Sergei Ryabkov", "Interfax"),
    ],
)
def test_quoted_as_saying_by_an_outlet_described_in_words(text, speaker, via):
    row = one(quotes(art(text)))
    assert (row.speaker, row.via, row.text) == (speaker, via, "Moscow would not return to the treaty")


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("The Russian embassy in Washington said the new sanctions were illegal.", "The Russian embassy in Washington", "Russia"),
        ("The Russian ambassador to Washington, Anatoly Antonov, said the sanctions were illegal.", "Anatoly Antonov", "Russia"),
        ("Diplomats at the talks in Geneva said no deal had been reached.", "Diplomats at the talks in Geneva", "unknown"),
        ("Reporters in Moscow said the briefing had been cancelled.", "Reporters in Moscow", "journalist"),
        ("Officials in Kyiv said they had not been consulted.", "Officials in Kyiv", "Ukraine"),
    ],
)
def test_a_place_after_the_speaker_is_where_not_who(text, speaker, side):
    row = one(quotes(art(text)))
    assert (row.speaker, row.side) == (speaker, side)


def test_a_possessor_is_not_the_speaker():
    # the one spokesman of the Kremlin in the actor table is Putin's spokesman
    row = one(quotes(art("Putin’s spokesman said the Kremlin had no information about the meeting.")))
    assert (row.speaker, row.side, row.speaker_type) == ("Dmitry Peskov", "Russia", "named_person")
    # a role nobody in the table holds stays a description, never the possessor
    row = one(quotes(art("“There are many forces that want to derail this dialogue,” Putin's investment envoy told CNN.")))
    assert (row.speaker, row.side, row.speaker_type) == ("Putin's investment envoy", "Russia", "anonymous")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lavrov said, however, that Moscow was ready to talk.", "Moscow was ready to talk"),
        ("Peskov said, though, that the meeting had been useful.", "the meeting had been useful"),
        ("Asked about the call, Peskov said only that it had taken place.", "it had taken place"),
    ],
)
def test_a_parenthetical_adverb_or_only_is_not_part_of_the_content(text, content):
    assert one(quotes(art(text))).text == content


def test_said_little_about_is_not_a_statement():
    assert quotes(art("US officials have said little about the content of the talks.")).empty
    row = one(quotes(art("Peskov said nothing had been agreed at the meeting.")))
    assert row.text == "nothing had been agreed at the meeting"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Lavrov — who has served as foreign minister since 2004 — said the US had lost its way.", "Sergey Lavrov", "the US had lost its way"),
        ("Lavrov -- who has served as foreign minister since 2004 -- said the US had lost its way.", "Sergey Lavrov", "the US had lost its way"),
        ("The Kremlin — through its spokesman, Dmitry Peskov — said the summit was not on the agenda.", "Dmitry Peskov", "the summit was not on the agenda"),
    ],
)
def test_an_aside_between_dashes_before_the_verb(text, speaker, content):
    row = one(quotes(art(text)), kind="indirect")
    assert (row.speaker, row.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry claimed, without evidence, that US intelligence had planned the attack.", "US intelligence had planned the attack"),
        ("Peskov said — without giving details — that the call had been useful.", "the call had been useful"),
        ("Lavrov said, in a statement issued on Monday, that the talks had failed.", "the talks had failed"),
    ],
)
def test_an_aside_between_the_verb_and_that_is_not_content(text, content):
    assert one(quotes(art(text)), kind="indirect").text == content


def test_an_act_verb_after_and_does_not_swallow_the_statement():
    text = "Lavrov and Rubio spoke by phone on Saturday and agreed to work on restoring communication, the Russian foreign ministry said."
    row = one(quotes(art(text)))
    assert row.speaker == "Russian Foreign Ministry"
    assert row.text == "Lavrov and Rubio spoke by phone on Saturday and agreed to work on restoring communication"


def test_the_ministry_is_the_ministry_named_before():
    q = quotes(art("Russia's foreign ministry issued a statement after the call.", "The sides agreed to keep in touch, the ministry said."))
    row = one(q)
    assert (row.speaker, row.side) == ("Russian Foreign Ministry", "Russia")


@pytest.mark.parametrize(
    "dateline",
    ["MOSCOW, Feb 15 (Reuters) - ", "WASHINGTON (AP) — ", "(Reuters) - ", "MOSCOW — ", "NEW DELHI, March 2 — "],
)
def test_a_wire_dateline_is_not_part_of_the_content(dateline):
    row = one(quotes(art(dateline + "Blinken and Lavrov spoke on Monday, the State Department said.")))
    assert row.text == "Blinken and Lavrov spoke on Monday"


def test_a_dash_inside_the_content_is_no_dateline():
    assert one(quotes(art("US - Russia talks went well, Lavrov said."))).text == "US - Russia talks went well"


def test_a_speech_verb_inside_the_content_without_that_stays_in_it():
    q = quotes(art("Lavrov said Moscow had explained its position on NATO expansion, noting that the deployment of NATO troops in Ukraine would be unacceptable."))
    assert set(q["speaker"]) == {"Sergey Lavrov"}  # "noting" continues Lavrov, not "Moscow"
    assert q["text"].tolist() == ["Moscow had explained its position on NATO expansion", "the deployment of NATO troops in Ukraine would be unacceptable"]
    row = one(quotes(art("Peskov said Putin told Biden the war must end.")))
    assert (row.speaker, row.text) == ("Dmitry Peskov", "Putin told Biden the war must end")
    # with "that" too: the claim is the relayer's ("officials" say Lavrov warned so; he may
    # never have said it in public), as every blind annotator of the evaluation sets read it
    row = one(quotes(art("Officials said Lavrov warned that the talks would fail.")))
    assert (row.speaker, row.text) == ("Officials", "Lavrov warned that the talks would fail")
    row = one(quotes(art("Trump told reporters that Putin had told him Russia wanted the war to end.")))
    assert (row.speaker, row.text) == ("Donald Trump", "Putin had told him Russia wanted the war to end")
    # a verb of one's own after the relay is still a statement of its own
    q = quotes(art("Officials said the meeting was useful. Lavrov warned that the talks would fail."))
    assert q["speaker"].tolist() == ["Officials", "Sergey Lavrov"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("As Peskov put it, the ball is now in the Americans' court.", "Dmitry Peskov", "the ball is now in the Americans' court"),
        ("The talks were useful and frank, as Lavrov put it.", "Sergey Lavrov", "The talks were useful and frank"),
        ("In Peskov’s words, the talks were constructive and businesslike.", "Dmitry Peskov", "the talks were constructive and businesslike"),
        ("In the words of a senior US official, the meeting was a disaster.", "a senior US official", "the meeting was a disaster"),
    ],
)
def test_as_x_put_it_and_in_x_words(text, speaker, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The talks will resume next week in Geneva, per the State Department.", "US State Department", "The talks will resume next week in Geneva"),
        ("Per two people familiar with the matter, the envoys met twice in Riyadh.", "two people familiar with the matter", "the envoys met twice in Riyadh"),
        ("The call lasted 90 minutes, per the Kremlin.", "Kremlin", "The call lasted 90 minutes"),
    ],
)
def test_per_as_according_to(text, speaker, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == (speaker, content)


def test_per_as_a_rate_names_no_one():
    assert quotes(art("Oil rose 3 per cent on Tuesday, and gas cost $5 per unit, as per the contract.")).empty
    assert quotes(art("Exports fell to 2 million barrels per day.")).empty


def test_expressed_hope_that_is_a_statement():
    q = quotes(art("Lavrov expressed hope that the talks would continue, and said Moscow was ready."))
    assert q[["speaker", "text"]].values.tolist() == [["Sergey Lavrov", "the talks would continue"], ["Sergey Lavrov", "Moscow was ready"]]
    row = one(quotes(art("The Kremlin voiced deep concern that Washington was not serious.")))
    assert (row.speaker, row.text) == ("Kremlin", "Washington was not serious")
    # the noun with no "that" clause reports no words
    assert quotes(art("Blinken expressed concern over the drills near the border.")).empty


def test_continued_after_a_quote_and_its_speaker_is_a_cue():
    q = quotes(art('"We were one step away from agreement," Gorbachev continued, saying the Americans had "buried" a chance.'))
    assert set(q["speaker"]) == {"Mikhail Gorbachev"} and "direct" in set(q["kind"])
    assert quotes(art("The talks continued, and Lavrov continued to insist on guarantees.")).empty


def test_alleged_and_reports_as_nouns_in_a_list_do_not_cut_the_content():
    row = one(quotes(art("The White House said that Biden had raised Navalny, alleged Russian hacking and reports of bounties on US soldiers.")))
    assert row.text == "Biden had raised Navalny, alleged Russian hacking and reports of bounties on US soldiers"
    row = one(quotes(art("The lawyer, a former official, alleged the case was a setup.")))
    assert row.text == "the case was a setup"


def test_declined_to_say_ends_the_statement():
    row = one(quotes(art("Rubio stressed that a settlement would need concessions from all sides and declined to say what Ukraine might give up.")))
    assert row.text == "a settlement would need concessions from all sides"


def test_a_relative_clause_before_a_dash_aside_is_not_the_speaker():
    row = one(quotes(art("Putin, who spoke first – a departure from custom for a visiting leader – said he hoped the deal would hold.")))
    assert (row.speaker, row.text) == ("Vladimir Putin", "he hoped the deal would hold")


def test_an_opening_participle_is_a_setting_and_this_correspondent_speaks():
    row = one(quotes(art("Writing in these pages after the Reykjavik summit, this correspondent argued that the two men needed each other.")))
    assert (row.speaker, row.speaker_type, row.text) == ("this correspondent", "journalist", "the two men needed each other")
    assert quotes(art("This suggests that the talks failed.")).empty


def test_a_participle_after_an_adverbial_speaks_for_the_clause_s_subject():
    row = one(quotes(art("President George W. Bush emerged from his first meeting with Russian President Vladimir Putin on Saturday declaring that he had found a leader he could trust, even as the two men remained at odds over missile defense.")))
    assert (row.speaker, row.text) == ("George W. Bush", "he had found a leader he could trust")


def test_a_quote_inside_guillemets_does_not_cut_the_outer_one():
    q = quotes(art("Viktor Kalinin: «It is not a treaty. An American colleague once told me: „The paper is the least important part.“ He was right.»"))
    outer = q[q["speaker"] == "Viktor Kalinin"]
    assert outer["text"].tolist() == ["It is not a treaty. An American colleague once told me: „The paper is the least important part.“ He was right."]


def test_a_section_label_is_no_speaker():
    q = quotes(art('What they\'re saying: Putin, who spoke first, called the talks "constructive" and said he hoped the deal would hold.'))
    assert set(q["speaker"]) == {"Vladimir Putin"}


def test_named_by_someone_as_a_phrase_is_theirs():
    q = quotes(art('The summit had been billed by White House press secretary Karoline Leavitt as a "listening exercise," but Trump had warned of "very severe consequences."'))
    assert q[["text", "speaker"]].values.tolist() == [["listening exercise", "Karoline Leavitt"], ["very severe consequences.", "Donald Trump"]]


def test_scare_quotes_after_so_called_or_once_dubbed_are_no_one_s():
    q = quotes(art("Almost three years into the so-called “special military operation”, Peskov said on Wednesday that Putin was ready to talk."))
    assert q.set_index("text").loc["special military operation", "speaker"] == "unattributed"
    row = one(quotes(art("Griner was freed in exchange for Viktor Bout, the arms dealer once dubbed the “merchant of death”.")))
    assert row.speaker == "unattributed"
    assert one(quotes(art("Lavrov once dubbed the plan “nonsense”."))).speaker == "Sergey Lavrov"
    # an appositive closes before a finite naming verb with its object: the subject's words
    row = one(quotes(art("Senator John McCain, the senior Republican on the Armed Services Committee, described the meeting as “a shameful display”.")))
    assert row.speaker == "John McCain"
    assert one(quotes(art("Viktor Bout, dubbed the “Merchant of Death”, flew home."))).speaker == "unattributed"


def test_the_role_noun_takes_the_source_introduced_before():
    q = quotes(art('A senior European diplomat, speaking on condition of anonymity, was scathing. "Nobody asked us," the diplomat said.'))
    assert one(q).speaker == "a senior European diplomat"
    q = quotes(art("Meduza spoke with Viktor Kalinin, a retired Russian diplomat who spent two decades on arms control.",
                   "The veteran diplomat, who now teaches in Moscow, said he had little hope for a new agreement."))
    assert (one(q).speaker, one(q).speaker_type) == ("Viktor Kalinin", "named_person")


def test_the_president_is_not_the_head_of_state_named_in_what_he_said():
    q = quotes(art("Trump spoke with Zelensky on Wednesday.", "Speaking to reporters later, the president said he expected his first meeting with Putin to take place in Saudi Arabia."))
    assert one(q).speaker == "Donald Trump"


def test_while_noting_that_is_a_second_statement():
    q = quotes(art("Lavrov told reporters the American side had shown a readiness to listen, while noting that it was too early to speak of a reset."))
    assert q["text"].tolist() == ["the American side had shown a readiness to listen", "it was too early to speak of a reset"]


def test_said_in_a_readout_of_the_meeting_closes_the_statement():
    row = one(quotes(art("Rubio and Lavrov agreed on Tuesday to restore staffing at their embassies, the State Department said in a readout of the meeting, the first such talks since the invasion.")))
    assert (row.speaker, row.text) == ("US State Department", "Rubio and Lavrov agreed on Tuesday to restore staffing at their embassies")


def test_told_the_listener_after_a_quote_adds_no_statement():
    assert quotes(art("«I want to thank all of you for your loyalty,» Putin told the returnees on the tarmac, in remarks broadcast on state television."))["kind"].tolist() == ["direct"]


def test_while_a_speaker_with_a_long_appositive_starts_a_statement_of_their_own():
    q = quotes(art("Zelensky wrote on Telegram that Ukraine was counting on America, while Kirill Dmitriev, head of Russia's sovereign wealth fund and a Kremlin envoy for economic ties with Washington, posted on X that the meeting had been historic."))
    assert q[["speaker", "text"]].values.tolist() == [["Volodymyr Zelensky", "Ukraine was counting on America"], ["Kirill Dmitriev", "the meeting had been historic"]]


def test_a_label_s_own_verb_wins_over_the_next_clause_s_speaker():
    q = quotes(art('Howard Phillips accused the president of being "a useful idiot for Soviet propaganda," while Sen. Jesse Helms said he would try to block ratification.'))
    # (the accusation, "the president of being …", is Phillips's statement, its quote his words)
    assert q[["speaker", "kind"]].values.tolist() == [["Howard Phillips", "indirect"], ["Howard Phillips", "partial"], ["Jesse Helms", "indirect"]]


def test_as_the_two_sides_ended_talks_is_the_writer_s_scene():
    row = one(quotes(art("Russia told the US at talks in Geneva that it has no plans to invade Ukraine, as the two sides ended eight hours of negotiations.")))
    assert row.text == "it has no plans to invade Ukraine"


def test_the_statement_or_its_statement_is_the_issuer_s():
    row = one(quotes(art("Hours later, Director of National Intelligence Dan Coats issued a rare public rebuttal. “We have been clear in our assessments,” the statement said.")))
    assert (row.speaker, row.speaker_type) == ("Dan Coats", "named_person")
    row = one(quotes(art("The White House gave a sharper account. Its statement said Biden had reaffirmed support for Ukraine.")))
    assert row.speaker == "White House"


def test_a_source_quoted_by_an_agency_speaks_and_the_agency_relays():
    q = quotes(art('In Moscow, a Russian diplomatic source quoted by the Interfax news agency said the Duma would ratify the extension "within days".'))
    row = one(q[q["kind"] == "indirect"])
    assert (row.speaker, row.speaker_type) == ("a Russian diplomatic source", "anonymous")


def test_reported_citing_its_sources_that_is_a_statement():
    row = one(quotes(art("Earlier, the Kommersant newspaper reported, citing its sources, that preparations for the exchange had taken months.")))
    assert (row.speaker_type, row.text) == ("media", "preparations for the exchange had taken months")


def test_an_organisation_or_a_non_news_agency_is_an_institution():
    assert one(quotes(art("The Turkish National Intelligence Organization said the swap had involved 26 people."))).speaker_type == "institution"
    assert one(quotes(art("Turkey’s national intelligence agency said the swap had involved 26 people."))).speaker_type == "institution"
    assert one(quotes(art("The state news agency said the talks had failed."))).speaker_type == "media"


def test_a_label_participle_after_an_adverbial_is_the_clause_subject_s():
    q = quotes(art('Rubio emerged from four hours of talks with Russian officials here on Tuesday calling the meeting "a first step" toward peace.'))
    assert one(q).speaker == "Marco Rubio"
    q = quotes(art('The State Department on Monday formally designated reporter Evan Gershkovich as "wrongfully detained" by Russia.'))
    assert one(q).speaker == "US State Department"
    # (not across a comma: "…, with Obama hailing the pact as “…”" is Obama's)
    q = quotes(art('Obama and Medvedev signed a treaty on Thursday, with Obama hailing the pact as "an important milestone."'))
    assert one(q).speaker != "Dmitry Medvedev"


def test_as_expected_and_in_other_words_name_no_one():
    assert quotes(art("As expected, the talks failed after two hours.")).empty
    assert quotes(art("In other words, the deal is dead for now.")).empty


def test_a_headline_colon_with_a_quote_later_needs_a_known_speaker():
    q = quotes(art("Lavrov: US 'not serious' about talks"))
    assert set(q["speaker"]) == {"Sergey Lavrov"} and "partial" in set(q["kind"])


def test_a_programme_and_a_source_familiar_with_the_meeting():
    row = one(quotes(art("Sullivan told CNN’s State of the Union that the administration was in contact with Moscow.")))
    assert (row.via, row.text) == ("CNN's State of the Union", "the administration was in contact with Moscow")
    row = one(quotes(art("“There was no handshake,” a source familiar with the meeting told Reuters.")))
    assert (row.speaker, row.speaker_type, row.via) == ("a source familiar with the meeting", "anonymous", "Reuters")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Yuri Ushakov, Putin's foreign policy adviser, said the talks went well.", "Yuri Ushakov"),
        ("The ministry's spokeswoman, Maria Zakharova, said the talks went well.", "Maria Zakharova"),
        ("Maria Zakharova, the ministry's spokeswoman, said the talks went well.", "Maria Zakharova"),
        ("“Nobody should expect miracles,” Yuri Ushakov, Putin's foreign policy adviser, told reporters.", "Yuri Ushakov"),
    ],
)
def test_a_named_subject_with_an_appositive_is_not_an_inversion(text, speaker):
    row = one(quotes(art(text)))
    assert row.speaker == speaker
    assert row.text in ("the talks went well", "Nobody should expect miracles")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The talks, which lasted an hour, were useful, said Lavrov.", "Sergey Lavrov", "The talks, which lasted an hour, were useful"),
        ("The talks were useful, said a senior official.", "a senior official", "The talks were useful"),
    ],
)
def test_a_statement_before_an_inverted_said_x_still_is_one(text, speaker, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Moscow, Lavrov said, was ready to talk.", "Sergey Lavrov", "Moscow, Lavrov said, was ready to talk"),
        ("The US, Peskov added, had not responded to the proposal.", "Dmitry Peskov", "The US, Peskov added, had not responded to the proposal"),
        ("On Monday, Lavrov said, the talks resumed.", "Sergey Lavrov", "the talks resumed"),  # an adverbial, not a subject
    ],
)
def test_a_cue_between_commas_keeps_both_halves_of_the_statement(text, speaker, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == (speaker, content)


def test_the_talks_he_said_were_useful():
    q = quotes(art("Lavrov met Blinken for ten minutes.", "The talks, he said, were useful."))
    row = one(q, paragraph=1)
    assert (row.speaker, row.text) == ("Sergey Lavrov", "The talks, he said, were useful")


@pytest.mark.parametrize(
    "text",
    [
        "“We will not back down,” the Russian envoy to the UN, Vasily Nebenzia, told the Security Council.",
        "“We will not back down,” Russia's envoy to the UN, Vasily Nebenzia, said.",
        "“We will not back down,” Vasily Nebenzia, the Russian envoy to the UN, told the council.",
    ],
)
def test_a_title_and_a_name_after_a_quote_are_the_speaker_not_a_statement(text):
    row = one(quotes(art(text)))
    assert (row.kind, row.text, row.speaker, row.side) == ("direct", "We will not back down", "Vassily Nebenzia", "Russia")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The talks failed, the Russian envoy, Vasily Nebenzia, said.", "Vassily Nebenzia"),
        ("Washington is to blame, the Kremlin's spokesman, Dmitry Peskov, told reporters.", "Dmitry Peskov"),
    ],
)
def test_a_statement_before_a_title_and_a_name(text, speaker):
    row = one(quotes(art(text)))
    assert row.speaker == speaker
    assert row.text in ("The talks failed", "Washington is to blame")


def test_a_place_after_a_comma_is_not_a_speaker_named_by_title():
    row = one(quotes(art("Blinken, speaking in the capital, Kyiv, said the aid would continue.")))
    assert (row.speaker, row.text) == ("Antony Blinken", "the aid would continue")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The talks were productive, according to a readout issued by the White House.", "White House", "The talks were productive"),
        ("According to a transcript released by the Russian Foreign Ministry, Lavrov called the talks useful.", "Russian Foreign Ministry", "Lavrov called the talks useful"),
    ],
)
def test_according_to_a_document_issued_by_a_body_is_that_body(text, speaker, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == (speaker, content)


def test_said_he_told_keeps_the_inner_report_as_the_content():
    q = quotes(art("Blinken said he told Lavrov that “the world is watching”."))
    ind, part = one(q, "indirect"), one(q, "partial")
    assert (ind.speaker, ind.text) == ("Antony Blinken", "he told Lavrov that “the world is watching”")
    assert (part.speaker, part.text) == ("Antony Blinken", "the world is watching")


def test_a_pronoun_in_a_coordinated_clause_goes_on_with_the_speaker():
    q = quotes(art("Lavrov said he would meet Blinken, and he added that the talks would be difficult."))
    assert q.speaker.tolist() == ["Sergey Lavrov", "Sergey Lavrov"]


def test_a_surname_takes_the_full_name_and_side_given_earlier():
    paras = (
        "Russian Deputy Foreign Minister Sergei Ryabkov met US Under Secretary Bonnie Jenkins in Geneva.",
        "Jenkins, for her part, said Washington remained committed to arms control.",
    )
    row = one(quotes(art(*paras)), paragraph=1)
    assert (row.speaker, row.speaker_type, row.side) == ("Bonnie Jenkins", "named_person", "US")


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("The Russian foreign minister", "Sergey Lavrov"),  # not his deputy, who also holds "foreign minister"
        ("Russia's deputy foreign minister", "Sergei Ryabkov"),
        ("The Russian president", "Vladimir Putin"),  # not the "presidential aide"
        ("The Russian leader", "Vladimir Putin"),
        ("Russia's top diplomat", "Sergey Lavrov"),
        ("The US defense secretary", "Pete Hegseth"),  # undated: whoever holds it now
    ],
)
def test_a_role_names_the_one_person_holding_it(mention, speaker):
    row = one(quotes(art(f"{mention} said talks were possible.")))
    assert (row.speaker, row.speaker_type) == (speaker, "named_person")


def test_a_role_nobody_in_the_table_holds_is_a_person_not_the_country():
    row = one(quotes(art("The US energy secretary said Washington was ready.")))
    assert (row.speaker, row.speaker_type, row.side) == ("the US energy secretary", "anonymous", "US")


def test_the_diplomat_after_the_foreign_minister_is_the_same_person():
    q = quotes(art("The Russian foreign minister pointed out that Moscow had never refused dialogue.", "The diplomat stressed that “the ball is in the American court”."))
    assert one(q, paragraph=1).speaker == "Sergey Lavrov"


@pytest.mark.parametrize(
    "text",
    [
        "Zakharova said in a commentary published on the ministry's website that Washington was obsessed with sanctions.",
        "Zakharova said in response to a question from a reporter that Washington was obsessed with sanctions.",
    ],
)
def test_a_frame_before_that_is_not_content(text):
    assert one(quotes(art(text))).text == "Washington was obsessed with sanctions"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Blinken was blunt. “Russia must end this war,” he said.", "Antony Blinken"),
        ("Zakharova was scathing. “Russia is not going anywhere,” she said.", "Maria Zakharova"),
    ],
)
def test_he_or_she_is_the_person_of_the_sentence_before_in_the_paragraph(text, speaker):
    assert one(quotes(art(text))).speaker == speaker


def test_she_does_not_take_a_man_from_the_sentence_before():
    assert one(quotes(art("Blinken was blunt. “Russia must end this war,” she said."))).speaker_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Zakharova said Blinken had asked for the meeting, a claim US officials denied.", "Blinken had asked for the meeting"),
        ("Lavrov said the US had requested the talks, an account Washington disputed.", "the US had requested the talks"),
        ("Lavrov said the US had made a claim, a version of events Kyiv rejects.", "the US had made a claim"),
    ],
)
def test_a_claim_someone_denied_is_a_comment_not_a_second_statement(text, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == ("Maria Zakharova" if text.startswith("Z") else "Sergey Lavrov", content)


def test_a_quote_over_two_paragraphs_reads_he_where_its_cue_is():
    q = quotes(art("Lavrov spoke at length. “We have never refused contacts with the Americans,", "“But they must be based on mutual respect,” he said."))
    assert q.speaker.tolist() == ["Sergey Lavrov", "Sergey Lavrov"]


def test_asked_about_someone_he_said_is_not_that_someone():
    q = quotes(art("“We are close,” Witkoff told Fox News. Asked whether Putin wanted peace, he said: “I believe so.”"))
    assert q.speaker.tolist() == ["Steve Witkoff", "Steve Witkoff"]


@pytest.mark.parametrize(
    ("mention", "speaker", "speaker_type", "side"),
    [
        ("A spokesman for Lavrov", "a spokesman for Lavrov", "anonymous", "Russia"),
        ("Blinken's office", "Blinken's office", "institution", "US"),
        ("An aide to Trump", "an aide to Trump", "anonymous", "US"),
        ("Putin's spokesman Dmitry Peskov", "Dmitry Peskov", "named_person", "Russia"),  # named: he speaks
    ],
)
def test_someone_speaking_for_a_person_is_not_that_person(mention, speaker, speaker_type, side):
    row = one(quotes(art(f"{mention} said the talks were useful.")))
    assert (row.speaker, row.speaker_type, row.side) == (speaker, speaker_type, side)


def test_warned_of_a_quoted_word_is_the_quote_only():
    row = one(quotes(art("Medvedev, now deputy chairman of Russia's Security Council, warned of “consequences”.")))
    assert (row.kind, row.text, row.speaker) == ("partial", "consequences", "Dmitry Medvedev")


@pytest.mark.parametrize(
    ("text", "n", "speaker"),
    [
        ("“We will see,” read a statement from the Kremlin.", 1, "Kremlin"),
        ("The Kremlin statement read: “Russia will respond.”", 1, "Kremlin"),
        ("Lavrov read a prepared statement to reporters in Moscow.", 0, None),  # an act, not a cue
    ],
)
def test_read_is_a_cue_only_for_a_document(text, n, speaker):
    q = quotes(art(text))
    assert len(q) == n and (n == 0 or q.iloc[0].speaker == speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Biden told reporters at the White House he had no plans to speak with Putin.", "he had no plans to speak with Putin"),
        ("Lavrov said in Moscow he would not meet Blinken.", "he would not meet Blinken"),
    ],
)
def test_a_named_place_before_the_reported_clause_is_frame(text, content):
    assert one(quotes(art(text))).text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Putin is reported to have told Witkoff that Russia wanted guarantees.", "Vladimir Putin", "Russia wanted guarantees"),
        ("Trump is said to have told Putin that sanctions would be lifted.", "Donald Trump", "sanctions would be lifted"),
        ("Lavrov was caught on microphone saying the talks were a farce.", "Sergey Lavrov", "the talks were a farce"),
        ("Peskov reportedly told aides that the summit was off.", "Dmitry Peskov", "the summit was off"),
    ],
)
def test_hearsay_frames_keep_their_subject_as_the_speaker(text, speaker, content):
    row = one(quotes(art(text)))
    assert (row.speaker, row.text) == (speaker, content)


def test_heard_saying_a_word_is_the_word_only():
    row = one(quotes(art("Lavrov was heard saying “idiots” during the press conference.")))
    assert (row.kind, row.text, row.speaker) == ("partial", "idiots", "Sergey Lavrov")


def test_x_put_it_bluntly_colon():
    row = one(quotes(art("One Western diplomat put it bluntly: “This is theatre.”")))
    assert (row.speaker, row.speaker_type, row.text) == ("one Western diplomat", "anonymous", "This is theatre.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a named place or month, then the reported clause: the place is frame
        ("Lavrov said in Geneva the delegations were close to a deal that would end the war.", "the delegations were close to a deal that would end the war"),
        ("Lavrov said in March Russia had offered talks.", "Russia had offered talks"),
    ],
)
def test_a_place_then_a_clause_before_that_is_not_frame(text, content):
    assert one(quotes(art(text))).text == content


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        ('Speaking at the airport, Putin thanked the returning agents for their "loyalty to the oath".', "Vladimir Putin", "loyalty to the oath"),
        ("Lavrov denounced the sanctions as “illegitimate”.", "Sergey Lavrov", "illegitimate"),
        ("Zakharova mocked the proposal as “a fantasy” on Telegram.", "Maria Zakharova", "a fantasy"),
        ("Blinken lauded Ukraine’s “extraordinary courage”.", "Antony Blinken", "extraordinary courage"),
    ],
)
def test_praise_thanks_and_scorn_carry_the_subjects_words(text, speaker, fragment):
    row = one(quotes(art(text)), kind="partial")
    assert (row.speaker, row.text) == (speaker, fragment)


def test_praise_without_quote_marks_is_no_quote():
    assert quotes(art("The returning agents thanked Putin, and Blinken lauded the allies.")).empty


# --- causes found by the blind held-out batch h5 (each written in other words than the batch)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ryabkov insisted Tuesday that Moscow had no plans to attack.", "Moscow had no plans to attack"),
        ("The envoy told Fox News afterwards that the meeting had gone well.", "the meeting had gone well"),
        ("Putin told a news conference after his talks with Biden in Geneva that the meeting had been useful.", "the meeting had been useful"),
        ("Austin warned his Russian counterpart that escalation would be costly.", "escalation would be costly"),
        ("Peskov said separately that no date had been set.", "no date had been set"),
        # words with a verb of their own are the content, not a frame
        ("Lavrov said the sides agreed that talks would go on.", "the sides agreed that talks would go on"),
    ],
)
def test_a_frame_between_the_verb_and_that_is_not_content(text, content):
    q = quotes(art(text))
    assert content in q[q.kind == "indirect"]["text"].tolist()


def test_two_that_clauses_are_two_statements_but_an_inner_that_keeps_them_together():
    q = quotes(art("Sullivan told reporters on Friday that the call had been direct and that Washington would respond."))
    assert q[q.kind == "indirect"]["text"].tolist() == ["the call had been direct", "Washington would respond"]
    q = quotes(art("Rubio said that he had told Lavrov that a ceasefire was needed and that sanctions would stay."))
    assert len(q[q.kind == "indirect"]) == 1


@pytest.mark.parametrize("verb", ["retorted", "scoffed", "joked", "lamented", "protested"])
def test_more_speech_verbs(verb):
    row = one(quotes(art(f"“That is simply not true,” Zakharova {verb}.")))
    assert row.speaker == "Maria Zakharova"


def test_a_passive_participle_is_no_cue_and_a_statement_frame_is_skipped_whole():
    row = one(quotes(art("Blinken met the families. “They are strong,” he said in a short video statement released by the embassy.")))
    assert (row.kind, row.text, row.speaker) == ("direct", "They are strong", "Antony Blinken")


def test_a_listener_after_told_is_never_the_speaker():
    row = one(quotes(art("The delegations talked for five hours, Karasin, who led the Russian side, told RIA Novosti.")))
    assert row.speaker == "Grigory Karasin" and row.text == "The delegations talked for five hours"


@pytest.mark.parametrize(
    ("paras", "speaker"),
    [
        (("Russian Deputy Prime Minister Ivan Petrov told TASS the plan was unclear.", "“We need details,” the deputy prime minister added."), "Ivan Petrov"),
        (("Witkoff spent three hours at the Kremlin on Thursday.", "The US envoy told CNN that the talks had been productive."), "Steve Witkoff"),
        (("“No date has been set,” the Kremlin spokesman told reporters.",), "Dmitry Peskov"),
        (("Russia's ambassador to the UN said the resolution was one-sided.",), "Vassily Nebenzia"),
    ],
)
def test_a_definite_role_description_names_its_holder(paras, speaker):
    q = quotes(art(*paras))
    assert q.iloc[-1].speaker == speaker


def test_a_dateline_is_not_the_subject():
    q = quotes(art('MOSCOW (Reuters) - The Russian Foreign Ministry on Monday rejected the report as "fake", saying no talks had taken place.'))
    assert set(q["speaker"]) == {"Russian Foreign Ministry"}


def test_he_is_the_person_just_named_in_his_paragraph_not_the_last_speaker_before_it():
    q = quotes(art("Lavrov said the meeting had been useful.", "Rubio, for his part, was cautious. “This is only a first step,” he told reporters."))
    assert one(q, paragraph=1).speaker == "Marco Rubio"


def test_a_headline_with_a_colon_gives_its_speaker_and_gist():
    row = one(quotes(art("Peskov: no date yet for a Putin-Trump meeting")))
    assert (row.speaker, row.kind, row.text) == ("Dmitry Peskov", "indirect", "no date yet for a Putin-Trump meeting")
    assert quotes(art("Analysis: why the Riyadh talks stalled")).empty


@pytest.mark.parametrize("closer", ["and declined to elaborate", "and referred further questions to the Pentagon", "but gave no details"])
def test_the_speaker_stopping_is_not_part_of_what_was_said(closer):
    row = one(quotes(art(f"The State Department said the contacts were continuing {closer}.")))
    assert row.text == "the contacts were continuing"


def test_white_house_and_treasury_are_their_own_bodies():
    q = quotes(art("The White House said the call had been useful.", "The US Treasury said in a statement that the measures targeted oil revenue."))
    assert q[q.kind == "indirect"]["speaker"].tolist() == ["White House", "US Treasury"]


# --- causes found by the blind held-out batch h6 (each written in other words than the batch)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Burns met Naryshkin in Ankara on Monday, the Kremlin said, the first such contact in months.", "Burns met Naryshkin in Ankara on Monday"),
        ("Antonov left Washington on Sunday, the Russian embassy said, ending a five-year posting.", "Antonov left Washington on Sunday"),
    ],
)
def test_the_writers_tail_after_a_closing_attribution_is_not_the_statement(text, content):
    row = one(quotes(art(text)))
    assert row.text == content


def test_a_place_frame_with_a_relative_clause_is_no_statement():
    q = quotes(art("“It was a good day,” Blinken said at the State Department, where he met the families."))
    assert q["kind"].tolist() == ["direct"]


def test_he_in_a_sentence_is_its_subject_not_the_last_person_named():
    q = quotes(art("Putin called his talks with Biden ‘useful’, although he conceded that the sides remained far apart."))
    assert set(q["speaker"]) == {"Vladimir Putin"}


def test_a_second_speaker_after_while_takes_his_own_words():
    q = quotes(art("Blinken said the meeting was “a start,” while Russian Foreign Minister Sergei Lavrov called it “pointless” and said nothing had changed."))
    by_text = dict(zip(q["text"], q["speaker"], strict=True))
    assert by_text["a start"] == "Antony Blinken"
    assert by_text["pointless"] == by_text["nothing had changed"] == "Sergey Lavrov"


def test_the_role_named_in_the_paragraph_beats_a_ministerial_speaker_before_it():
    q = quotes(art(
        "Rubio said the talks had been constructive.",
        "Keith Kellogg arrived in Kyiv the next day. “We hear you,” the envoy told reporters.",
    ))
    assert one(q, paragraph=1).speaker == "Keith Kellogg"


def test_it_is_the_body_named_just_before_in_its_paragraph():
    q = quotes(art(
        "The Pentagon said the call had been professional.",
        "The Russian Defence Ministry was less warm. The sides had discussed “the risk of escalation,” it said.",
    ))
    assert set(one(q, kind="indirect", paragraph=1)[["speaker"]]) == {"Russian Defence Ministry"}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow struck a different note on Tuesday.",
        "Washington must first acknowledge the root causes, Patrushev has argued.",
        "He said Washington would deliver written responses next week.",
        "Zakharova said in a commentary posted on the ministry's website that the sanctions would fail.",
    ],
)
def test_nouns_adjectives_and_plans_are_not_cues(text):
    q = quotes(art(text))
    assert not set(q["cue"]) & {"note", "acknowledge", "written", "posted"}


def test_and_that_after_a_bare_clause_is_a_second_statement():
    q = quotes(art("The State Department said Rubio had raised the detained Americans and that both sides would keep talking."))
    assert q["text"].tolist() == ["Rubio had raised the detained Americans", "both sides would keep talking"]


def test_according_to_a_source_with_a_relative_clause():
    row = one(quotes(art("According to a diplomat who attended the dinner, Lavrov left before dessert.")))
    assert (row.speaker, row.text) == ("a diplomat", "Lavrov left before dessert")


def test_an_inversion_with_an_appositive_and_a_participle_frame():
    row = one(quotes(art("The sides will meet again in May, said Sergei Ryabkov, the deputy foreign minister, speaking at a forum in Moscow.")))
    assert (row.speaker, row.text) == ("Sergei Ryabkov", "The sides will meet again in May")


# --- causes found by the blind held-out batch h7 (each written in other words than the batch)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a frame before "that" cut short by an adverbial: the rest of its place or channel
        ("The Russian Foreign Ministry said in its summary of the meeting that the visit had gone ahead.", "Russian Foreign Ministry", "the visit had gone ahead"),
        ("Peskov conceded on a call with journalists that the measures were painful.", "Dmitry Peskov", "the measures were painful"),
        # a bare weekday after the verb, a lone adverb closing an attribution
        ("Rubio said Thursday he had spoken to Lavrov.", "Marco Rubio", "he had spoken to Lavrov"),
        ("The call was useful, Ushakov told reporters afterwards.", "Yuri Ushakov", "The call was useful"),
        ("The treaty is dead, Putin said in his speech to the Federal Assembly on Wednesday.", "Vladimir Putin", "The treaty is dead"),
        # an opening adverbial is not the subject of a participle's speaker
        ("Minutes after the vote, Senator Jane Holloway walked out, saying the sanctions came too late.", "Jane Holloway", "the sanctions came too late"),
        # an inverted name with a bare role after it
        ("“The market took heart,” said Pavel Orlov, head of strategy at Alfa Securities.", "Pavel Orlov", "The market took heart"),
        # "<title> <name> of <country>": the person
        ("Prime Minister Viktor Orban of Hungary argued that the summit should go ahead.", "Viktor Orban", "the summit should go ahead"),
        # an aside between the subject and a relay
        ("Zakharova, speaking in Moscow, was quoted by TASS as saying that the embassy would reopen.", "Maria Zakharova", "the embassy would reopen"),
        # a party label in brackets after a senator's name
        ("Sen. Lindsey Graham (R-S.C.) said in a statement that the deal was a mistake.", "Lindsey Graham", "the deal was a mistake"),
        # "told X" with a clause and no "that"
        ("Dmitriev told CNN the Russians want a lasting deal.", "Kirill Dmitriev", "the Russians want a lasting deal"),
    ],
)
def test_blind_h7_causes(text, speaker, content):
    q = quotes(art(text))
    assert (speaker, content) in list(zip(q["speaker"], q["text"], strict=True)), q[["speaker", "text"]]


def test_a_dateline_split_off_as_a_sentence_is_no_content():
    row = one(quotes(art("KYIV. March 3 (Interfax) - Talks will resume next week, Foreign Minister Sergey Lavrov said on Monday.")))
    assert (row.speaker, row.text) == ("Sergey Lavrov", "Talks will resume next week")


def test_the_leader_is_the_head_of_state_just_named_even_a_former_one():
    q = quotes(art("Mr Medvedev said the signing was historic. But the Russian leader warned that Moscow could pull out."))
    assert q["speaker"].tolist() == ["Dmitry Medvedev", "Dmitry Medvedev"]


def test_british_single_quotes_run_on_over_paragraphs():
    q = quotes(art("‘We will not stand aside,’ Mr Clinton said. ‘We know where we stand. We are with reform.", "‘This is an investment in our security.’"))
    assert q["text"].tolist() == ["We will not stand aside", "We know where we stand. We are with reform.", "This is an investment in our security."]
    assert set(q["speaker"]) == {"Bill Clinton"}


def test_a_statement_before_the_cue_keeps_its_words_when_a_participle_follows():
    row = one(quotes(art("Talks will resume, the Kremlin said, signalling that it wanted a deal.")))
    assert (row.speaker, row.text) == ("Kremlin", "Talks will resume")
    # "On Monday, Lavrov said, the talks resumed": the words after the cue are the statement
    assert one(quotes(art("On Monday, Lavrov said, the talks resumed."))).text == "the talks resumed"


def test_a_gerund_after_a_preposition_is_no_cue():
    # ("declaring" is no cue of its own: the accusation is the one statement)
    q = quotes(art("Putin accused NATO of openly declaring its goal of defeating Russia."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("NATO of openly declaring its goal of defeating Russia", "Vladimir Putin")]


def test_two_unnamed_sources_in_one_subject():
    row = one(quotes(art("Witkoff has drafted a new plan, a U.S. official and a Russian official told Axios.")))
    assert (row.speaker, row.text) == ("a U.S. official and a Russian official", "Witkoff has drafted a new plan")


def test_he_after_a_role_and_a_name_the_table_lacks():
    q = quotes(art("Clinton met Yeltsin.", "The Russian foreign minister, Andrei Kozyrev, was blunter. ‘It is a relic,’ he said."))
    assert q.iloc[-1]["speaker"] == "Andrei Kozyrev"


# --- causes found by the blind held-out batch h8 (each written in other words than the batch)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Russia's Foreign Ministry said in a statement that the pilot was home, thanking Qatar for its help.", "Russian Foreign Ministry", "the pilot was home"),
        ("Talks had stalled, diplomats from both sides said.", "diplomats from both sides", "Talks had stalled"),
        ("Prime Minister Theresa May called the expulsions 'a clear signal' to Moscow.", "Theresa May", "a clear signal"),
        ("Peskov, never one to mince words, retorted that the sanctions would backfire.", "Dmitry Peskov", "the sanctions would backfire"),
        ("Asked whether a deal was close, Kremlin spokesman Dmitry Peskov declined to speculate, but claimed that progress was real.", "Dmitry Peskov", "progress was real"),
    ],
)
def test_blind_h8_causes(text, speaker, content):
    q = quotes(art(text))
    assert (speaker, content) in list(zip(q["speaker"], q["text"], strict=True)), q[["speaker", "text"]]


@pytest.mark.parametrize(
    "text",
    [
        "“We will respond,” Lavrov said at the ministry, flanked by his deputies.",
        "“There will be no retreat,” he declared, tapping the lectern.",
        "“The treaty is dead,” Putin said at a news conference in St. Catherine's Hall in the Kremlin.",
    ],
)
def test_what_the_speaker_did_after_a_quote_is_no_statement(text):
    assert quotes(art(text))["kind"].tolist() == ["direct"]


def test_announced_with_an_object_is_an_act():
    assert quotes(art("The White House on Thursday announced sweeping sanctions against Russia.")).empty


# --- causes found by the blind held-out batch h9 (each written in other words than the batch)


def test_according_to_him_is_the_speaker_before():
    q = quotes(art("Deputy Foreign Minister Sergei Ryabkov spoke to reporters on Thursday.", "According to him, Russia will keep watching what the United States does."))
    assert one(q, "indirect")["speaker"] == "Sergei Ryabkov"


def test_said_name_with_a_long_role_then_when_asked():
    q = quotes(art("“Not yet,” said Kirill Dmitriev, head of Russia's sovereign wealth fund and a member of the delegation, when asked whether sanctions relief had been discussed."))
    assert one(q, "direct")["speaker"] == "Kirill Dmitriev"


def test_a_note_struck_is_no_cue_and_the_participle_is_the_subject_s():
    q = quotes(art("Dmitriev struck a more upbeat note on Telegram, writing that the talks had gone well."))
    row = one(q, "indirect")
    assert (row["speaker"], row["text"]) == ("Kirill Dmitriev", "the talks had gone well")
    assert one(quotes(art("Officials note that the talks failed.")), "indirect")["text"] == "the talks failed"


def test_it_read_is_the_one_who_issued_the_statement():
    q = quotes(art("The intelligence chief, Dan Coats, issued a statement of his own within hours. “We have been clear in our assessments,” it read."))
    assert one(q, "direct")["speaker"] == "Dan Coats"
    q = quotes(art("The Kremlin issued a statement on Friday.", "“The talks were useful,” it read."))
    assert one(q, "direct")["speaker_type"] == "institution"
    assert one(quotes(art("“We will not give up,” it read.")), "direct")["speaker_type"] == "unattributed"  # no document: "it" is no one


# --- causes found by the blind held-out batch h10


def test_a_relative_clause_verb_is_no_cue():
    q = quotes(art("He acknowledged that the deal left out Whelan, jailed on espionage charges he denies, but insisted: ‘We have not forgotten Paul.’"))
    assert "espionage" not in " ".join(q["speaker"]) and not (q["cue"] == "denies").any()


def test_agreed_as_a_participle_is_no_cue():
    q = quotes(art("The treaty limits each side to 1,550 warheads, about 30 percent below the ceiling agreed in Moscow in 2002."))
    assert q.empty


def test_a_language_after_in_is_no_speaker():
    q = quotes(art("Putin spoke first. Then, in English: “Next time in Moscow.”"))
    assert "English" not in set(q["speaker"])


def test_said_name_role_then_where_it_was_said():
    q = quotes(art("“There is a foundation for work,” said Dmitry Peskov, the Kremlin spokesman, in an interview with the Rossiya-1 TV channel."))
    assert one(q, "direct")["speaker"] == "Dmitry Peskov"


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a verb of manner before the colon: its subject speaks
        (["A senior European diplomat in Washington was blunter: “Every meeting without a ceasefire is a meeting Putin wins.”"],
         [("Every meeting without a ceasefire is a meeting Putin wins.", "a senior European diplomat in Washington")]),
        (["A senior administration official, briefing reporters on the flight home, went further: “These two guys clicked.”"],
         [("These two guys clicked.", "a senior administration official")]),
        # a verb of manner with no one to speak: no speaker
        (["The message from Moscow was clear: “We will not back down.”"], [("We will not back down.", "unattributed")]),
        # "shot back", and a question mark before the speaker's own sentence
        (["“You repeat that at every meeting,” Gorbachev shot back."], [("You repeat that at every meeting", "Mikhail Gorbachev")]),
        (["“Do you think we got it?” Mrs Clinton asked."], [("Do you think we got it?", "Hillary Clinton")]),
        # the document speaks for whoever issued it
        (["Later, the Russian Foreign Ministry issued a statement. “The Russian side will keep to the limits,” the statement read."],
         [("The Russian side will keep to the limits", "Russian Foreign Ministry")]),
        # a newsletter's section label is not part of what was said
        (["What they're saying: “This is the first step,” Rubio told reporters."], [("This is the first step", "Marco Rubio")]),
        # a reporter's shouted question is nobody's statement
        (["“We had a productive meeting,” Trump told reporters. “Will you meet Zelensky?” one reporter shouted."], [("We had a productive meeting", "Donald Trump")]),
        # "But he …, adding:": the sentence's subject
        (["Gorbachev said the talks were useful. But he called the meeting “a good start,” adding: “The world has become a safer place.”"],
         [("the talks were useful", "Mikhail Gorbachev"), ("a good start", "Mikhail Gorbachev"), ("The world has become a safer place.", "Mikhail Gorbachev")]),
        # a name the table lacks, after its role, as the sentence before's subject
        (["Former CIA Director John Brennan went further. “It was nothing short of treasonous,” he wrote on Twitter."],
         [("It was nothing short of treasonous", "John Brennan")]),
        # a first name that is not the table's: another person with that surname
        (["Soviet spokesman Gennadi Gerasimov told reporters the talks were useful, but that no date was set."],
         [("the talks were useful", "Gennadi Gerasimov"), ("no date was set", "Gennadi Gerasimov")]),
        # an unnamed source whose description names someone else
        (["A senior administration official travelling with Mr Bush said the meeting had run long."],
         [("the meeting had run long", "a senior administration official")]),
        # a possessor's spokesman of another era is not today's spokesman
        (["Yeltsin's spokesman said the Russian president had raised NATO's plans."],
         [("the Russian president had raised NATO's plans", "Yeltsin's spokesman")]),
        # a transcript: the host's and reporter's narration is nobody's quote, a speaker's line is
        (["NOAH ADAMS, HOST: Reagan and Gorbachev signed a treaty today. NPR's Martha Keene reports.",
          "MARTHA KEENE, BYLINE: The two leaders sat side by side in the East Room.",
          "GENERAL SECRETARY MIKHAIL GORBACHEV: (Through interpreter) You repeat that at every meeting. (SOUNDBITE OF LAUGHTER)",
          "KEENE: Not everyone in Washington is celebrating."],
         [("You repeat that at every meeting.", "Mikhail Gorbachev")]),
        # a factbox's "WHO ON WHAT:" heading before a quote; a heading before prose is not one
        (["BUSH ON PUTIN: \"I looked the man in the eye.\"", "U.S. OFFICIAL ON THE TONE: A senior U.S. official told reporters the meeting had run over schedule."],
         [("I looked the man in the eye.", "George W. Bush"), ("the meeting had run over schedule", "a senior U.S. official")]),
        # an act with a thing for its object is no statement; a colon then a quote is the quote
        (["Russia's Foreign Ministry confirmed the exchange in a post on Telegram: \"The exchange was successfully completed.\""],
         [("The exchange was successfully completed.", "Russian Foreign Ministry")]),
        # the family name first, given in full earlier in the paragraph
        (["Chinese Foreign Ministry spokesperson Hua Chunying said China opposed the move. Hua said the decision was \"a negative act\" for stability."],
         [("China opposed the move", "Hua Chunying"), ("the decision was \"a negative act\" for stability", "Hua Chunying"), ("a negative act", "Hua Chunying")]),
        # a name, then its role in commas, is the "he" of the next sentence; the writer's aside is not said
        (["Mr Larry Speakes, the White House spokesman, imposed a news blackout. Asked about the mood, he replied: 'I am not going to characterise the atmosphere.'"],
         [("I am not going to characterise the atmosphere.", "Larry Speakes")]),
        (["Peskov said the decision had been taken “in the interests of our citizens”, in what appeared to be a reference to Vadim Krasikov."],
         [("the decision had been taken “in the interests of our citizens”", "Dmitry Peskov"), ("in the interests of our citizens", "Dmitry Peskov")]),
        # "both men", "the two leaders": the pair just named, together
        (["President Ronald Reagan and Soviet leader Mikhail Gorbachev ended their talks, and both men said the summit had opened a new phase."],
         [("the summit had opened a new phase", "Ronald Reagan and Mikhail Gorbachev")]),
        # a frame "Asked by a reporter …," is not the subject of the verb after it
        (["Asked by a reporter whom he believed, Trump said: \"President Putin says it's not Russia.\""],
         [("President Putin says it's not Russia.", "Donald Trump")]),
        # "the West Virginia Democrat": the lawmaker just named; "the statement added": its issuer
        (["Senate Majority Leader Robert Byrd said ratification would not be automatic. \"We will take the time that is needed,\" the West Virginia Democrat told reporters."],
         [("ratification would not be automatic", "Robert Byrd"), ("We will take the time that is needed", "Robert Byrd")]),
        (["The White House said in a statement that there had not been enough progress.", "\"Russia's decision was also a factor,\" the statement added."],
         [("there had not been enough progress", "White House"), ("Russia's decision was also a factor", "White House")]),
        # "she" after a woman's name the actor table lacks
        (["Hanna Lindqvist, a researcher at SIPRI, told Euronews both sides had a strong interest in avoiding an arms race. \"Without limits, both lose predictability,\" she argued."],
         [("both sides had a strong interest in avoiding an arms race", "Hanna Lindqvist"), ("Without limits, both lose predictability", "Hanna Lindqvist")]),
        # h14: "according to PTI" after an attribution relays it; "quipped back:"; a colon before a
        # quote ends the indirect statement; "Another, in Warsaw," is another of them
        (["\"We are taking a step that will make the world safer,\" Mr Gorbachev said at the ceremony, according to PTI."],
         [("We are taking a step that will make the world safer", "Mikhail Gorbachev")]),
        (["\"You repeat that at every meeting,\" Gorbachev retorted. Reagan quipped back: \"I like it.\""],
         [("You repeat that at every meeting", "Mikhail Gorbachev"), ("I like it.", "Ronald Reagan")]),
        (["A diplomat from a European embassy in Moscow said Tracy's first task would be consular: \"Right now the question is whether Americans can get help.\""],
         [("Tracy's first task would be consular", "a diplomat from a European embassy in Moscow"),
          ("Right now the question is whether Americans can get help.", "a diplomat from a European embassy in Moscow")]),
        (["“We are back to the 1980s,” says a senior diplomat in Berlin. Another, in Warsaw, argues that the treaty had been dead for years."],
         [("We are back to the 1980s", "a senior diplomat in Berlin"), ("the treaty had been dead for years", "another diplomat")]),
        # a dateline with a colon names no speaker
        (["MOSCOW: US President George Bush and Soviet President Mikhail Gorbachev on Wednesday signed the treaty in the Kremlin."], []),
        # h15: French guillemets stand apart from their words and open a sentence of their own
        (["Mr Biden said 16 sectors should be « off limits » to cyberattacks. « I did what I came to do, » he said."],
         [("16 sectors should be « off limits » to cyberattacks", "Joe Biden"), ("off limits", "Joe Biden"), ("I did what I came to do", "Joe Biden")]),
        # "said the two sides had agreed that …": the one who says it
        (["Mr Putin said the two sides had agreed that their ambassadors would return to their posts."],
         [("the two sides had agreed that their ambassadors would return to their posts", "Vladimir Putin")]),
        # an opening setting before a name and its appositive; "Speaking …," before the subject
        (["In an interview with NPR, Richard Haldane, a former State Department arms negotiator, said the treaty's value lay in the inspections it allows."],
         [("the treaty's value lay in the inspections it allows", "Richard Haldane")]),
        (["Speaking for two hours in Moscow, Putin accused the West of seeking a \"strategic defeat\" of Russia and said it was the West that had started the war."],
         [("the West of seeking a \"strategic defeat\" of Russia", "Vladimir Putin"), ("strategic defeat", "Vladimir Putin"), ("it was the West that had started the war", "Vladimir Putin")]),
    ],
)
def test_attribution_forms_from_the_blind_batches(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected




def test_a_foreign_ministry_spokeswoman_is_the_diplomat_of_the_next_paragraph():
    q = quotes(art("Tillerson said the level of trust was low.", "Russian Foreign Ministry Spokeswoman Maria Zakharova said that no dates had been discussed.",
                   "Asked whether the ministry expected relations to improve, the diplomat replied: \"We are realists.\""))
    assert one(q, kind="direct").speaker == "Maria Zakharova"


# --- causes found by blind batch h16 (each in other words than the batch)


def test_said_that_much_of_is_a_statement_but_said_little_about_is_not():
    row = one(quotes(art("The finance minister said that much of the loan would be spent on grain.")))
    assert (row.kind, row.text) == ("indirect", "much of the loan would be spent on grain")
    assert quotes(art("The finance minister has said little about the loan.")).empty


def test_a_speech_verb_in_a_condition_is_not_an_attribution():
    q = quotes(art("A senior official said sanctions could be lifted in stages and that more would follow if Moscow agreed."))
    assert {s.lower() for s in q["speaker"]} == {"a senior official"}
    assert "more would follow if Moscow agreed" in set(q["text"])


def test_a_dateline_with_a_region_is_not_the_speaker():
    row = one(quotes(art("ANCHORAGE, Alaska, Aug. 15 — President Trump welcomed the Russian leader on the tarmac, declaring that the talks would be productive.")))
    assert row.speaker == "Donald Trump"


def test_the_subject_of_a_contact_verb_speaks_not_its_object():
    row = one(quotes(art("Blinken met Lavrov on the sidelines, saying afterwards that the exchange had been frank.")))
    assert row.speaker == "Antony Blinken"


def test_put_it_bluntly_after_an_appositive_and_an_unlisted_name_with_a_verb_of_manner():
    q = quotes(art("Anna Berg, an analyst at a Stockholm think tank, put it plainly: “Nobody is counting warheads any more.”", "Berg was blunt: “This is how arms races start.”"))
    assert list(q["speaker"]) == ["Anna Berg", "Anna Berg"]


def test_a_room_of_a_building_is_where_it_was_said_not_what():
    q = quotes(art("“This is a good day,” Gorbachev said at the dinner in the State Dining Room of the White House."))
    assert list(q["kind"]) == ["direct"]


def test_quoted_by_a_ministry_s_press_service():
    q = quotes(art("“Our patience is not unlimited,” Ryabkov was quoted as saying by the Foreign Ministry’s press office."))
    assert list(q["kind"]) == ["direct"]


# --- causes found by blind batch h17 (each in other words than the batch)


def test_a_name_of_an_institute_in_a_town_is_the_person():
    row = one(quotes(art("Pavel Orlov of the Institute of Europe in Moscow said the summit had changed little.")))
    assert row.speaker == "Pavel Orlov"


def test_had_earlier_written_is_a_cue():
    row = one(quotes(art("Zakharova had earlier written on Telegram that Washington was to blame for the rupture.")), "indirect")
    assert row.speaker == "Maria Zakharova"


def test_said_afterwards_then_the_content():
    q = quotes(art("Lavrov said afterwards the meeting had been “useful”."))
    assert set(q["kind"]) == {"indirect", "partial"} and "the meeting had been “useful”" in set(q["text"])


def test_a_name_then_the_text_it_comes_from_then_a_colon():
    row = one(quotes(art("State Department spokesman Ned Price, in a post on X: “We want Paul home.”")))
    assert (row.speaker, row.kind) == ("Ned Price", "direct")


# --- causes found by blind batch h18 (each in other words than the batch)


def test_a_bare_surname_is_the_person_of_that_name_the_article_introduced():
    q = quotes(art("Secretary of State Hillary Clinton met Sergei Lavrov in Geneva.", "Clinton said the talks had opened a new chapter."))
    assert one(q, "indirect").speaker == "Hillary Clinton"
    q = quotes(art("President Clinton met Boris Yeltsin in Moscow.", "Clinton said the talks had opened a new chapter."))
    assert one(q, "indirect").speaker == "Bill Clinton"


def test_an_attribution_inside_a_sentence_that_opens_with_but():
    q = quotes(art("Lavrov spoke for an hour. Yet Washington, he argued, had never wanted a deal at all."))
    row = one(q, "indirect")
    assert row.speaker == "Sergey Lavrov" and row.text.startswith("Washington")


def test_a_label_inside_another_statement_belongs_to_whoever_uses_it():
    q = quotes(art("Blinken said the offensive, which Moscow officially terms a “counter-terrorist operation”, had failed."))
    label = one(q, "partial")
    assert label.speaker_type == "institution" and label.speaker != "Antony Blinken"
    assert one(q, "indirect").speaker == "Antony Blinken"


def test_a_label_in_an_opening_participle_is_not_the_speaker_s_subject():
    q = quotes(art("Speaking to veterans and cadets who had served in what Moscow calls its “liberation mission”, Medvedev said the West would lose."))
    assert one(q, "indirect").speaker == "Dmitry Medvedev"


def test_a_graded_adjective_makes_note_a_noun():
    q = quotes(art("The Russian envoy, Anatoly Antonov, struck a far gloomier note. The talks, he said, had gone nowhere."))
    assert list(q["speaker"]) == ["Anatoly Antonov"]


def test_a_verb_of_manner_with_where_it_was_said_before_a_colon():
    row = one(quotes(art("Senator Lindsey Graham went a step further on Fox News: “Cut every channel.”")))
    assert (row.speaker, row.kind) == ("Lindsey Graham", "direct")


def test_a_source_briefed_on_something_is_one_speaker():
    q = quotes(art("Three people briefed about the negotiations said a swap could come within weeks."))
    assert one(q, "indirect").speaker == "Three people briefed about the negotiations"
    q = quotes(art("A diplomat briefed on the agenda told AFP the summit would be short. The diplomat added that no joint statement was planned."))
    assert set(q["speaker"]) == {"a diplomat briefed on the agenda"}


def test_a_source_speaking_on_condition_of_anonymity_is_the_source():
    row = one(quotes(art("In Moscow, a Russian diplomat talking on condition of anonymity said the invitation had been lost.")))
    assert row.speaker == "a Russian diplomat"


def test_a_name_with_a_bare_role_then_a_relative_clause_is_the_name():
    row = one(quotes(art("Kirill Dmitriev, chief executive of the Russian Direct Investment Fund, who joined the delegation late, said trade could resume.")))
    assert row.speaker == "Kirill Dmitriev"


def test_officials_on_both_sides_are_one_source():
    row = one(quotes(art("Negotiators on both sides said the text was nearly ready.")))
    assert row.speaker == "Negotiators on both sides"


# --- causes found by blind batch h19 (each in other words than the batch)


def test_the_soviet_leader_is_the_soviet_head_of_state_named_before():
    q = quotes(art("Soviet leader Mikhail Gorbachev flew to Reykjavik.", "Later the Soviet President told reporters the talks had collapsed over space weapons."))
    assert one(q, "indirect").speaker == "Mikhail Gorbachev"


def test_a_lawmaker_s_party_and_state_are_not_the_speaker():
    row = one(quotes(art("Sen. Ted Cruz, R-Texas, a critic of the waiver, said the pipeline would strengthen Moscow.")))
    assert row.speaker == "Ted Cruz"


def test_in_turn_is_no_speaker():
    row = one(quotes(art("Lavrov in turn told the meeting that Moscow would not be lectured.")))
    assert row.speaker == "Sergey Lavrov"


def test_a_possessive_role_then_a_title_and_a_name_is_the_name():
    row = one(quotes(art("Her Russian counterpart, Deputy Foreign Minister Sergei Ryabkov, insisted that Moscow had no such plans.")))
    assert row.speaker == "Sergei Ryabkov"


def test_according_to_between_commas_before_and_is_the_words_before_it():
    row = one(quotes(art("The meeting ran for four hours, according to the State Department, and ended without a joint statement.")))
    assert row.text.startswith("The meeting ran for four hours") and row.speaker_type == "institution"


def test_who_said_after_a_source_is_that_source():
    q = quotes(art("The envoy later called on Yuri Ushakov, who said the Kremlin saw no point in a summit."))
    assert one(q, "indirect").speaker == "Yuri Ushakov"
    # an aside before the verb is not a statement of its own
    q = quotes(art("A senior official, who briefed reporters on the plane, said the offer stood."))
    assert list(q["text"]) == ["the offer stood"]


# --- causes found by blind batch h20 (each in other words than the batch)


def test_told_reporters_a_short_clause_whose_verb_is_quoted():
    q = quotes(art('Kremlin spokesman Dmitry Peskov told reporters the offer "still stands".'))
    assert set(q["kind"]) == {"indirect", "partial"} and set(q["speaker"]) == {"Dmitry Peskov"}


def test_an_inverted_attribution_before_while_and_another_speaker():
    q = quotes(art("“The treaty is dead,” said Pavel Podvig, a researcher in Geneva, while Kingston Reif of the Arms Control Association argued that it could be saved."))
    assert one(q, "direct").speaker == "Pavel Podvig"
    assert one(q, "indirect").speaker == "Kingston Reif"


def test_a_role_then_a_name_between_commas_before_a_participle_is_the_name():
    row = one(quotes(art("The Liberal Democrat leader, Vladimir Zhirinovsky, went further, telling reporters that the Duma would never ratify it.")))
    assert row.speaker == "Vladimir Zhirinovsky"


def test_a_semicolon_ends_a_statement_and_the_next_label_is_its_own_speaker_s():
    q = quotes(art('Senator Marco Rubio said the move was "long overdue"; Senator Chris Murphy called it "reckless".'))
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers['the move was "long overdue"'] == "Marco Rubio" and speakers["reckless"] == "Chris Murphy"


def test_the_press_secretary_is_the_spokesman_named_before():
    q = quotes(art("Kremlin spokesman Dmitry Peskov said the call had been businesslike. The presidential press secretary added that no date had been set for a summit."))
    assert set(q["speaker"]) == {"Dmitry Peskov"}


# --- causes found by blind batch h21 (each in other words than the batch)


def test_he_after_a_sentence_that_sets_up_the_quote_is_its_subject():
    q = quotes(art("“We had a frank exchange,” Blinken said. Lavrov, standing beside him, was less upbeat. “Nothing has changed,” he said."))
    assert dict(zip(q["text"], q["speaker"], strict=True))["Nothing has changed"] == "Sergey Lavrov"


def test_a_lawmaker_s_party_in_brackets_then_an_appositive():
    row = one(quotes(art("Sen. Lindsey Graham (R-S.C.), a senior member of the Armed Services Committee, said the treaty was dead.")))
    assert row.speaker == "Lindsey Graham"


def test_framed_as_a_label_is_the_subject_s():
    row = one(quotes(art("Kremlin spokesman Dmitry Peskov framed the meeting as a “working contact” between old colleagues.")))
    assert (row.kind, row.speaker) == ("partial", "Dmitry Peskov")


def test_he_after_a_set_up_sentence_by_a_surname_the_table_lacks():
    q = quotes(art("Rep. Adam Kinzinger of Illinois read the statement twice.", "“This is a disgrace,” Biden said. Kinzinger, a longtime hawk on Russia, reacted angrily. “We have been played,” he wrote on X."))
    assert dict(zip(q["text"], q["speaker"], strict=True))["We have been played"] == "Adam Kinzinger"


def test_the_newspaper_and_the_agency_are_the_outlets_that_spoke_before():
    q = quotes(art("The New York Times said it stood by its reporting. “We will not be intimidated,” the newspaper said in a statement.", "Interfax said the talks had ended. The agency added that no date had been set."))
    assert set(q["speaker"]) == {"The New York Times", "Interfax"} or set(q["speaker"]) == {"New York Times", "Interfax"}, set(q["speaker"])


# --- causes found by blind batch h22 (each in other words than the batch)


def test_a_subject_after_a_relative_clause_and_a_comma_has_said():
    row = one(quotes(art("Moscow has expelled two diplomats who were accused of spying, Foreign Ministry spokeswoman Maria Zakharova has said.")))
    assert row.speaker == "Maria Zakharova" and row.text.endswith("accused of spying")


def test_the_kremlin_aide_and_less_effusive_before_a_colon():
    q = quotes(art("Yuri Ushakov was more cautious. “Nothing is agreed yet,” the Kremlin aide said.", "A senior Western diplomat was less enthusiastic: “We have heard this before.”"))
    assert list(q["speaker"]) == ["Yuri Ushakov", "a senior Western diplomat"]


# --- causes found by blind batch h23 (each in other words than the batch)


def test_an_initialism_inside_an_inverted_appositive():
    row = one(quotes(art("“The reset is over,” said Thomas Graham, a former U.S. National Security Council official.")))
    assert row.speaker == "Thomas Graham"


def test_a_party_tag_before_a_verb_and_a_proverb_before_a_colon():
    q = quotes(art("Sen. Chuck Grassley, R-Iowa, has called the deal a “giveaway” to Moscow.", "Gorbachev, smiling, reached for a favourite Russian proverb: “Life punishes those who come too late.”"))
    assert list(q["speaker"]) == ["Chuck Grassley", "Mikhail Gorbachev"]


# --- causes found by blind batches h29 and h30 (each in other words than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # ", a second round would follow": the content, not an appositive (no comma after the verb)
        (["Speaking in Vienna, Foreign Minister Sergey Lavrov said a second meeting would follow in May."],
         [("a second meeting would follow in May", "Sergey Lavrov")]),
        # an abbreviation inside the frame, and a lower-case quote resuming a broken-off one
        (["“We have reached a fair deal,” Mr. Shultz said at the reception in St. George’s Hall, “and we reached it together.”"],
         [("We have reached a fair deal", "George Shultz"), ("and we reached it together.", "George Shultz")]),
        (["Putin spoke first. He conceded, however, that the two sides still disagreed on Syria."],
         [("the two sides still disagreed on Syria", "Vladimir Putin")]),
        # a body speaks through "which said"; a text does not
        (["The release was confirmed by the State Department, which said in a statement that the two men were safe."],
         [("the two men were safe", "US State Department")]),
        (["He cited the charter, which says that members must settle disputes peacefully."], []),
        (["The Kremlin continues to call the conflict a “special military operation”."],
         [("special military operation", "Kremlin")]),
        (["According to a diplomat in the Russian delegation, the meeting lasted an hour."],
         [("the meeting lasted an hour", "a diplomat in the Russian delegation")]),
        # "The talks continued, and Lavrov insisted on …": no statement before the speaker
        (["The talks dragged on, and Lavrov insisted on written guarantees."], []),
        (["The meeting ran longer than the two hours the Kremlin had predicted."], []),
        (["Peskov told state television the call had been “businesslike,” though he warned it was “too early” to speak of progress."],
         [("the call had been “businesslike,”", "Dmitry Peskov"), ("businesslike", "Dmitry Peskov"),
          ("it was “too early” to speak of progress", "Dmitry Peskov"), ("too early", "Dmitry Peskov")]),
        (["Senator Lindsey Graham quickly issued a statement calling the summit “a missed opportunity”."],
         [("a missed opportunity", "Lindsey Graham")]),
        (["Earlier, the Kommersant newspaper reported that the next round would be held in Istanbul."],
         [("the next round would be held in Istanbul", "Kommersant")]),
    ],
)
def test_attribution_forms_from_blind_batches_h29_h30(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_an_unnamed_source_set_up_before_speaks_through_a_pronoun():
    q = quotes(art("“This is a good start,” said Gary Samore, the arms control coordinator.",
                   "A senior Russian diplomat at the talks was more guarded. He told reporters the deal was “the least bad option”."))
    assert set(q[q.paragraph_no == 1].speaker) == {"a senior Russian diplomat at the talks"}


def test_a_relative_of_a_famous_person_is_not_that_person():
    q = quotes(art("“He is coming home,” Biden said of Paul Whelan.",
                   "David Whelan thanked the negotiators but said the wait had been long. “We are grateful,” he said."))
    assert set(q[q.paragraph_no == 1].speaker) == {"David Whelan"}
    q = quotes(art("“She is free,” Biden said.",
                   "Ludmila Griner thanked the White House but said the wait had been cruel. “Today we are whole,” she said."))
    assert one(q, kind="direct", paragraph=1).speaker == "Ludmila Griner"


def test_a_setting_participle_in_an_appositive_is_no_reporters_sign_off():
    q = quotes(art("President Joe Biden, speaking from the Oval Office, said the deal was “a feat of diplomacy”."))
    assert set(q.speaker_type) == {"named_person"}


def test_a_straight_single_quote_left_open_runs_on_into_the_next_paragraph():
    q = quotes(art("'It is over,' he said. 'They are coming home.", "'And they will not be forgotten.'"))
    assert list(q.text) == ["It is over", "They are coming home.", "And they will not be forgotten."]


# --- causes found by blind batch h31 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (["The sides agreed to restore consular services, according to a joint communique released after the meeting."],
         [("The sides agreed to restore consular services", "a joint communique")]),
        (["Mr Biden said the deal excluded Paul Whelan. 'We haven't forgotten Paul Whelan,' he added."],
         [("the deal excluded Paul Whelan", "Joe Biden"), ("We haven't forgotten Paul Whelan", "Joe Biden")]),
        (["Bout, nicknamed the 'Merchant of Death', was flown to Moscow."], [("Merchant of Death", "unattributed")]),
        (["He later met Lavrov, who called the talks “useful”."], [("useful", "Sergey Lavrov")]),
        (["Blinken and Lavrov met for an hour in Geneva. Both said the talks were frank."],
         [("the talks were frank", "Antony Blinken and Sergey Lavrov")]),
        (["“We are ready,” Putin said in a statement issued before he flew to Beijing, flanked by aides."],
         [("We are ready", "Vladimir Putin")]),
    ],
)
def test_attribution_forms_from_blind_batch_h31(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h32 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (["He said, quote, \"We will bring them home.\" End quote."], [("We will bring them home.", "He")]),
        (["Reagan, who called the treaty \"a historic first,\" said the two nations would now turn to conventional forces."],
         [("a historic first", "Ronald Reagan"), ("the two nations would now turn to conventional forces", "Ronald Reagan")]),
        (["Gorbachev's reply was swift: 'Verify, by all means.'"], [("Verify, by all means.", "Mikhail Gorbachev")]),
        (["The exchange took place at Ankara airport, according to the Turkish intelligence agency, known as MIT."],
         [("The exchange took place at Ankara airport", "the Turkish intelligence agency")]),
        (["Lavrov, speaking last — a break with custom — said the talks had been useful."], [("the talks had been useful", "Sergey Lavrov")]),
        (["She had reported widely on the war and its effect on Russian society."], []),
    ],
)
def test_attribution_forms_from_blind_batch_h32(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_the_document_issued_speaks_with_read_in_part():
    q = quotes(art("Dan Coats issued a rare statement of his own. \"Our assessment has not changed,\" the statement read in part."))
    assert list(q.speaker) == ["Dan Coats"]


# --- causes found by blind batch h33 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (["Senator Jesse Helms, who opposed the treaty, was unmoved. \"I will read every line,\" the North Carolina Republican said."],
         [("I will read every line", "Jesse Helms")]),
        (["«We will keep fighting,» said Whelan's sister, Elizabeth Whelan."], [("We will keep fighting", "Elizabeth Whelan")]),
        (["Putin addressed the crowd: «Welcome home.»"], [("Welcome home.", "Vladimir Putin")]),
        (["Washington expelled 35 diplomats over alleged Russian hacking."], []),
        (["The Kremlin welcomed the step but admitted in a statement that gaps remained."], [("gaps remained", "Kremlin")]),
        (["Lavrov said the talks had been useful and again called for guarantees."], [("the talks had been useful", "Sergey Lavrov")]),
        (["Rubio told CBS \"real progress\" had been made."], [("\"real progress\" had been made", "Marco Rubio"), ("real progress", "Marco Rubio")]),
    ],
)
def test_attribution_forms_from_blind_batch_h33(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h35 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # after a comma, a second "that" is the outer verb's even when the first clause had its own
        (["Lavrov said he had warned Blinken that the deliveries must stop, and that Moscow would respond."],
         [("he had warned Blinken that the deliveries must stop", "Sergey Lavrov"), ("Moscow would respond", "Sergey Lavrov")]),
        (["Lavrov said he had warned Blinken that the deliveries must stop and that Moscow would respond."],
         [("he had warned Blinken that the deliveries must stop and that Moscow would respond", "Sergey Lavrov")]),
        # the source of "according to" goes on speaking in its relative clause
        (["The talks ended early, according to the State Department, which said the delegations would meet again."],
         [("The talks ended early", "US State Department"), ("the delegations would meet again", "US State Department")]),
        # a name inside the words just quoted is no antecedent of "she"
        (["Secretary of State Hillary Clinton conceded that Lavrov had not moved. “We haven’t given up on Sergei Lavrov,” she said."],
         [("Lavrov had not moved", "Hillary Clinton"), ("We haven’t given up on Sergei Lavrov", "Hillary Clinton")]),
        # a subordinate clause before the subject of a coordinated speech verb
        (["When the cameras left, Lavrov leaned over to Rubio and said the meeting had gone well."], [("the meeting had gone well", "Sergey Lavrov")]),
        # a proverb repeated, set up by a colon
        (["Gorbachev cited an old saying he liked: “Life punishes those who come too late.”"], [("Life punishes those who come too late.", "Mikhail Gorbachev")]),
        # "the secretary" is the Secretary of State who spoke paragraphs before the minister did
        (["“We will not give up,” Secretary of State Antony Blinken said.", "The two sides met for an hour.", "Lavrov told reporters the talks were useless.",
          "Neither side published a readout.", "The secretary said the door remained open."],
         [("We will not give up", "Antony Blinken"), ("the talks were useless", "Sergey Lavrov"), ("the door remained open", "Antony Blinken")]),
    ],
)
def test_attribution_forms_from_blind_batch_h35(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_the_president_is_one_who_was_president_on_the_articles_date():
    paras = ("President Ronald Reagan and the Soviet leader Mikhail Gorbachev ended their summit in Geneva.",
             "Mr Gorbachev told reporters the world was safer.", "'The dialogue will continue,' he said.",
             "The President, who flies home tonight, said there had been a fresh start.")
    dated = dataclasses.replace(art(*paras), published=dt.date(1985, 11, 21))
    assert quotes(dated).speaker.tolist()[-1] == "Ronald Reagan"


# --- causes found by blind batch h36 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a possessive in the set-up sentence is no quote mark, and its owner is not the subject
        (["Viktor Sukhodrev, Brezhnev's longtime interpreter, was more cautious. He said the Soviet side had not decided."],
         [("the Soviet side had not decided", "Viktor Sukhodrev")]),
        # "no reply", "news reports": nouns, not speech verbs
        (["He insisted Moscow had written twice and received no reply, calling the charges \"lies.\""], [("Moscow had written twice and received no reply", "He"), ("lies.", "He")]),
        (["Two Western diplomats said they had first heard of the plan from news reports."], [("they had first heard of the plan from news reports", "Two Western diplomats")]),
        # a body named by whose it is, then its name
        (["Marc Bennetts's newspaper, the Guardian, said in a statement that it was relieved."], [("it was relieved", "The Guardian")]),
        # a label after ", while X called it": X's
        (["Blinken said the talks had been serious, while Lavrov called the meeting “productive”."],
         [("the talks had been serious", "Antony Blinken"), ("productive", "Sergey Lavrov")]),
        # "recalled their ambassadors": called home, no words
        (["Both capitals recalled their ambassadors for consultations in March."], []),
    ],
)
def test_attribution_forms_from_blind_batch_h36(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_major_outlets_are_media():
    q = quotes(art("The Washington Post reported that the talks had stalled."))
    assert list(zip(q.speaker, q.speaker_type, strict=True)) == [("The Washington Post", "media")]


# --- causes found by blind batch h37 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a named person's question, the one asked after the verb
        (["“Shall we begin?” Lavrov asked Blinken as the doors closed."], [("Shall we begin?", "Sergey Lavrov")]),
        # the accusations a subject rejects: a relative clause, no statement
        (["Evan Gershkovich, who was held for months on spying charges he denies, was not included in the swap."], []),
        # a live blog's time stamp before the subject
        (["4:05 p.m. GMT: After the session, Lavrov called the talks “useful” and said more rounds would follow."],
         [("useful", "Sergey Lavrov"), ("more rounds would follow", "Sergey Lavrov")]),
        # reporters' questions are no statements
        (["Reporters shouted questions at Trump as he left, including whether he trusted Putin."], []),
        # a lower-case title, then the name
        (["The head of the US team, special envoy Steve Witkoff, said the talks had been productive."], [("the talks had been productive", "Steve Witkoff")]),
        # "after what he called …": the writer's frame for a label, not more of the statement
        (["Lavrov said the talks had been frank, after what he called “years of silence”."],
         [("the talks had been frank", "Sergey Lavrov"), ("years of silence", "Sergey Lavrov")]),
        # "reported a breakthrough on …": an act, no words
        (["Neither delegation reported a breakthrough on the long list of disputes between them."], []),
    ],
)
def test_attribution_forms_from_blind_batch_h37(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_the_president_of_an_undated_article_is_the_one_it_calls_president():
    q = quotes(art("President Reagan and Mikhail Gorbachev signed the treaty.", "“Trust, but verify,” Reagan said.",
                   "“You repeat that at every meeting,” Gorbachev replied. “Good,” the president said."))
    assert q.speaker.tolist()[-1] == "Ronald Reagan"


# --- causes found by blind batch h38 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "insisted on <a thing>": a demand, which neither speaks nor ends the statement before it
        (["Kerry told reporters that Washington had offered a compromise and that Moscow had insisted on full recognition."],
         [("Washington had offered a compromise", "John Kerry"), ("Moscow had insisted on full recognition", "John Kerry")]),
        # "the Kremlin official" after Peskov spoke
        (["“We are ready,” Kremlin spokesman Dmitry Peskov said.", "According to the Kremlin official, the next round will be held in Istanbul."],
         [("We are ready", "Dmitry Peskov"), ("the next round will be held in Istanbul", "Dmitry Peskov")]),
        # "but declined to go into details": the speaker stopping
        (["Peskov said the matter had been raised but declined to go into details."], [("the matter had been raised", "Dmitry Peskov")]),
        # after "According to X," a clause, not a description of X; what X said the sides agreed
        (["According to Lavrov, the two delegations agreed that talks would resume, though no date was set."],
         [("the two delegations agreed that talks would resume, though no date was set", "Sergey Lavrov")]),
        # a participle aside between the subject and its verb
        (["Secretary of State Antony Blinken, announcing the decision at the State Department, said Russia had cheated."], [("Russia had cheated", "Antony Blinken")]),
        # "have long argued"
        (["US officials have long argued that any new treaty must include China."], [("any new treaty must include China", "US officials")]),
        # a question put to the subject before the set-up sentence
        (["Asked whether Putin would come to Washington, Ryabkov smiled. “Ask Washington,” he said."], [("Ask Washington", "Sergei Ryabkov")]),
        # "was dismissive of X:" sets up the quote
        (["Lavrov was equally dismissive of the sanctions: “They change nothing.”"], [("They change nothing.", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h38(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h39 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # an interview's capitals label for a guest the article named in full; the interviewer's "You've said" is no statement
        (["Maria Lipman has followed Russian politics for thirty years.", "TIME: You've said the Kremlin fears nothing. Why?", "LIPMAN: Because nobody in the system can say no to the president."],
         [("Because nobody in the system can say no to the president.", "Maria Lipman")]),
        # "with X calling it “…” and Y saying …": each speaker's own clause
        (["The talks ended, with Lavrov calling them “useful” and Rubio saying more work was needed."],
         [("useful", "Sergey Lavrov"), ("more work was needed", "Marco Rubio")]),
        # a frame of ten words before "that"
        (["Lavrov rejected the claim, saying after a meeting with Secretary of State Marco Rubio in Riyadh that Moscow wanted peace."],
         [("Moscow wanted peace", "Sergey Lavrov")]),
        # a full name opening the sentence before "he said"
        (["Thomas Graham spent years on the Russia desk. In an interview, he said the talks were “overdue”."],
         [("the talks were “overdue”", "Thomas Graham"), ("overdue", "Thomas Graham")]),
        # "told a news conference that lasted …": a relative clause
        (["“We came with proposals,” Gorbachev told a news conference that lasted two hours."], [("We came with proposals", "Mikhail Gorbachev")]),
        # undated, "the Soviet general secretary" is the one the article named
        (["Mikhail Gorbachev arrived in Washington.", "The Soviet general secretary said the treaty was a landmark."],
         [("the treaty was a landmark", "Mikhail Gorbachev")]),
    ],
)
def test_attribution_forms_from_blind_batch_h39(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h40 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "prompting X to quip: “…”": the one prompted speaks
        (["Reagan repeated his favourite proverb, prompting Gorbachev to quip: “You repeat that at every meeting.”"],
         [("You repeat that at every meeting.", "Mikhail Gorbachev")]),
        # "felt threatened": a state, no cue; the answer is "he"'s, two clauses
        (["Asked whether Moscow felt threatened by NATO, Lavrov said that Russia welcomed dialogue but that expansion would be a mistake."],
         [("Russia welcomed dialogue", "Sergey Lavrov"), ("expansion would be a mistake", "Sergey Lavrov")]),
        # a listener, then a participle: the statement is before the speaker
        (["Griner has been freed in a swap for Viktor Bout, US officials told CNN on Thursday, ending an ordeal that had strained relations."],
         [("Griner has been freed in a swap for Viktor Bout", "US officials")]),
        # "claimed a breakthrough": an act; ", in a sign that …": the writer's reading
        (["Neither side claimed a breakthrough on the arms issues that divided them."], []),
        (["Lavrov said the talks would resume next month, in a sign that relations were thawing."], [("the talks would resume next month", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h40(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h41 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # ", quoted by <agency>" after the cue: the relay, no second statement
        (["“Nothing is agreed yet,” Peskov said, quoted by the TASS news agency."], [("Nothing is agreed yet", "Dmitry Peskov")]),
        # a split infinitive is still an infinitive: no one speaks
        (["Reuters was unable to independently confirm the details of the exchange."], []),
    ],
)
def test_attribution_forms_from_blind_batch_h41(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batches h42 and h43 (other wording than the batches)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "what <an unnamed source> described as “…”", "which <a capital> has dismissed as “…”": the labeller's
        (["The ministers ended their talks with what a senior European diplomat called “a useful reset”, though neither side claimed progress."], [("a useful reset", "a senior European diplomat")]),
        # ", but she would not discuss …", "and has urged …", ", and he walked out …", "but did not give …": the speaker's acts, not more words
        (["Zakharova said the talks had been useful, but she would not discuss the venue of the next round."], [("the talks had been useful", "Maria Zakharova")]),
        (["The State Department has said the detention is unlawful and has urged Moscow to grant consular access."], [("the detention is unlawful", "US State Department")]),
        (["Lavrov said the sanctions had failed, and he walked out of the hall before the vote."], [("the sanctions had failed", "Sergey Lavrov")]),
        (["Peskov said a call was possible but did not give a date."], [("a call was possible", "Dmitry Peskov")]),
        # a participle aside holding a list of names: the subject is before it
        (["Trump, standing next to Marco Rubio, Steve Witkoff and JD Vance in the Oval Office, said the call had gone well."], [("the call had gone well", "Donald Trump")]),
        # a reporter's question is nobody's statement, and never the words of the one asked
        (["A journalist asked Peskov: “Is a summit still possible?” Peskov replied: “Anything is possible.”"], [("Anything is possible.", "Dmitry Peskov")]),
        (["“Will sanctions be lifted?” one correspondent asked Rubio."], []),
        # a live blog's time stamp before a speaker label
        (["09:15 Lavrov: “We are ready to listen”"], [("We are ready to listen", "Sergey Lavrov")]),
        # a transcript turn that reports a body's words: the turn is the speaker's, the report the body's
        (["LAVROV: The State Department says the sanctions will stay. We have heard this before."],
         [("The State Department says the sanctions will stay. We have heard this before.", "Sergey Lavrov"), ("the sanctions will stay", "US State Department")]),
        # a set-up sentence by office ("was asked" sets up, it reports nothing)
        (["Putin and Biden met in Geneva on Wednesday.", "The Kremlin leader was asked about the hackers. He said the accusations were baseless."],
         [("the accusations were baseless", "Vladimir Putin")]),
        # an interview whose turns are labelled in ordinary case: the guest's answers, not the outlet's questions
        (["Sergei Ryabkov, Russia's deputy foreign minister, spoke to Interfax on Thursday.", "Interfax: Is New START dead?", "Ryabkov: It has expired. That is a fact.",
          "Interfax: What happens next?", "Ryabkov: We will watch closely what Washington does."],
         [("It has expired. That is a fact.", "Sergei Ryabkov"), ("We will watch closely what Washington does.", "Sergei Ryabkov")]),
    ],
)
def test_attribution_forms_from_blind_batches_h42_h43(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_a_label_a_capital_denounced_inside_another_statement_is_the_capitals():
    q = quotes(art("Fitzwater said the summit would go ahead, but the president would not discuss the missile shield, which Moscow has denounced as “star wars.”"))
    assert list(zip(q[q.kind == "partial"].text, q[q.kind == "partial"].speaker, strict=True)) == [("star wars.", "Kremlin")]


# --- causes found by blind batch h44 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "in writing" says how, it is no cue of its own
        (["Lavrov said Moscow would reply in writing within days."], [("Moscow would reply in writing within days", "Sergey Lavrov")]),
        # "issues on which the two sides had agreed": a relative clause, no second statement
        (["Trump said there were several issues on which the two sides had agreed."], [("there were several issues on which the two sides had agreed", "Donald Trump")]),
        # "was careful to add that …": said, with care (not a plan like "wants to add")
        (["Peskov was careful to add that no decision had been taken."], [("no decision had been taken", "Dmitry Peskov")]),
        # the title of a work is nobody's words
        (["Reagan had watched the film “The Day After” before the summit."], []),
        # a question reports nobody's words
        (["Did the Kremlin say anything about the talks?"], []),
    ],
)
def test_attribution_forms_from_blind_batch_h44(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h45 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "written answers": an adjective, no cue (the words are Lavrov's, all of them)
        (["Lavrov described the talks as “constructive” and said Washington had promised written answers to Moscow's security demands next week."],
         [("constructive", "Sergey Lavrov"), ("Washington had promised written answers to Moscow's security demands next week", "Sergey Lavrov")]),
        # "According to X, <a clause>, which he said …": the clause is X's statement, not a relay
        (["According to Lavrov, the sides agreed to appoint representatives to resolve issues, which he said had been hampered by obstacles."],
         [("the sides agreed to appoint representatives to resolve issues", "Sergey Lavrov"), ("had been hampered by obstacles", "Sergey Lavrov")]),
        # "in X's words": the quote is X's
        (["Reagan signed the treaty on Tuesday. That task, in the President's words, has “only just begun.”"], [("only just begun.", "Ronald Reagan")]),
        # "… and then translated it": the speaker's next act
        (["Peskov told reporters that the talks had been useful and then walked back into the Kremlin."], [("the talks had been useful", "Dmitry Peskov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h45(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h46 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # an undated article's "the general secretary": the speaker just named who held that office
        (["Mr Gorbachev told reporters the talks had failed.", "“We were very close,” the general secretary said."],
         [("the talks had failed", "Mikhail Gorbachev"), ("We were very close", "Mikhail Gorbachev")]),
        # a headline's quote, then its speaker
        (["“I never stopped hoping”: Paul Whelan speaks after his release"], [("I never stopped hoping", "Paul Whelan")]),
        # a question put to someone after "Asked" is nobody's statement
        (["Asked “Will there be a second summit?”, the ambassador smiled."], []),
        # the title of a memoir after a phrase about it
        (["He has since written a book about his years in the Kremlin, “Inside the Red Walls.”"], []),
        # "X has issued a statement. “…,” it says.": the statement is X's
        (["The Director of National Intelligence, Dan Coats, has issued a statement. “Our assessment has not changed,” it says."], [("Our assessment has not changed", "Dan Coats")]),
    ],
)
def test_attribution_forms_from_blind_batch_h46(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


# --- causes found by blind batch h47 (other wording than the batch)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # ", and state media quickly amplified her post": what the media did, the writer's report
        (["Zakharova wrote that Washington was trying to dictate terms, and Russian state media quickly amplified her post."], [("Washington was trying to dictate terms", "Maria Zakharova")]),
        # "have already said": the adverb is no speaker
        (["Senate Republicans have already said the preamble links missile defence to offensive weapons."], [("the preamble links missile defence to offensive weapons", "Senate Republicans")]),
        # "a diplomat involved in the negotiations": one noun phrase
        (["A Russian diplomat involved in the negotiations called it “the best we could get.”"], [("the best we could get.", "a Russian diplomat involved in the negotiations")]),
        # "has since written a memoir …, “…”": a book and its title, no statement
        (["Sullivan has since written a memoir of his years in Moscow, “Midnight in Moscow.”"], []),
    ],
)
def test_attribution_forms_from_blind_batch_h47(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_a_live_blogs_posted_at_stamp_is_no_speakers_label():
    # (blind batch h48: "Posted at 21:02 BST — …" read as a label "Posted at 21:" with its words)
    q = quotes(art("Posted at 21:02 BST — The two presidents shake hands on the tarmac.", "Posted at 21:30 BST — Ushakov tells Russian journalists that the talks will begin shortly."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("the talks will begin shortly", "Yuri Ushakov")]


# --- causes found by blind batches h49 and h50 (other wording than the batches)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "Asked …, X gave a short answer. “…,” he said": the one asked, not the one named in the question
        (["Asked whether he would meet Zelensky, Putin gave a short answer. “We will see,” he said."], [("We will see", "Vladimir Putin")]),
        # a given name alone after the full name, or with the family name of the relative it is introduced by
        (["Elizabeth Whelan said the family was relieved.", "“It has been a long wait,” his sister Elizabeth said."],
         [("the family was relieved", "Elizabeth Whelan"), ("It has been a long wait", "Elizabeth Whelan")]),
        (["“We never lost hope,” Gershkovich's father, Mikhail, said."], [("We never lost hope", "Mikhail Gershkovich")]),
        # an outlet's journalist asks: the question is nobody's statement; the programme's name no quote
        (["“We did everything we could,” Sullivan told NBC’s Kristen Welker on “Meet the Press.”", "“Did you leave anyone behind?” Welker asked."],
         [("We did everything we could", "Jake Sullivan")]),
        (["Putin was asked bluntly: “Will you free the journalist?” He replied: “That is for the court.”"], [("That is for the court.", "Vladimir Putin")]),
        (["The Reuters reporter then put the question to him: “Did Moscow order the attack?”"], []),
        # "went further, saying": the verb of manner is no part of the speaker's name
        (["Senator Lindsey Graham went further, saying the summit had been a mistake."], [("the summit had been a mistake", "Lindsey Graham")]),
        # "has just posted:" — the adverb is no speaker; "issued a statement:" — its subject speaks
        (["Zelensky has just posted on X: “The exchange is complete.”"], [("The exchange is complete.", "Volodymyr Zelensky")]),
        (["The Kremlin issued a short statement: “The talks were useful.”"], [("The talks were useful.", "Kremlin")]),
        # an age between a name and its verb, before or after it
        (["“I am glad to be home,” Trevor Reed, 30, said."], [("I am glad to be home", "Trevor Reed")]),
        (["“I am glad to be home,” said Trevor Reed, 30, a former Marine."], [("I am glad to be home", "Trevor Reed")]),
        # a name a thing goes by, no one's words
        (["Bout, a former air force officer dubbed the “Merchant of Death”, was freed."], [("Merchant of Death", "unattributed")]),
        # a relative introduced by a kin word: "she" is her
        (["Whelan’s sister, Elizabeth Whelan, who flew to Moscow for the verdict, wept in court. “This is a sham,” she said."], [("This is a sham", "Elizabeth Whelan")]),
    ],
)
def test_attribution_forms_from_blind_batches_h49_h50(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a reporter calling out a question; an outlet asking its guest: no one's statement
        (["“Will you meet Zelensky?” a reporter called out as Putin left the hall. “In due course,” Putin replied."], [("In due course", "Vladimir Putin")]),
        (["The BBC asked him: “Do you regret the war?” Lavrov paused. “History will judge,” Lavrov said."], [("History will judge", "Sergey Lavrov")]),
        # a book named where its author writes: the title is no quote, the statement follows "that"
        (["Jack Matlock wrote in his memoir, “Autopsy on an Empire,” that Gorbachev had misread the hardliners."],
         [("Gorbachev had misread the hardliners", "Jack Matlock")]),
        (["Fiona Hill argues in “There Is Nothing for You Here” that Putin exploits American divisions."],
         [("Putin exploits American divisions", "Fiona Hill")]),
        # "he recalled telling aides that …": the subject is before the verb
        (["William Burns was blunter. In “The Back Channel,” his memoir, he recalled telling aides that Putin would never accept NATO expansion."],
         [("Putin would never accept NATO expansion", "William Burns")]),
        # a phrase setting the scene before the subject
        (["At the embassy in Moscow, where a portrait of Gershkovich hangs in the lobby, one diplomat, who asked not to be named, said the mood was grim."],
         [("the mood was grim", "one diplomat")]),
    ],
)
def test_attribution_forms_from_blind_batch_h51(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a split quote with where and to whom it was said between its halves
        (["“We came to talk,” Shultz told U.S. diplomats at the embassy in Geneva, “and we will keep talking.”"],
         [("We came to talk", "George Shultz"), ("and we will keep talking.", "George Shultz")]),
        # a reporter told by a source: the source's words
        (["I'm told by a senior State Department official that the exchange is under way."], [("the exchange is under way", "a senior State Department official")]),
        # a proverb repeated "by repeating a Russian proverb that …": the one repeating it
        (["At the dinner, Reagan drew applause by quoting a Russian proverb that he often used: “Trust, but verify.”"], [("Trust, but verify.", "Ronald Reagan")]),
    ],
)
def test_attribution_forms_from_blind_batch_h52(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a reporter's question put "Asked by a reporter, “…?”": no one's statement
        (["Asked by a reporter, “Will you call Putin?”, Biden said he had no plans to."], [("he had no plans to", "Joe Biden")]),
        # a participle aside between the subject and its verb is no inversion
        (["A senior European official, speaking on condition of anonymity, said the ministers spent most of the session on Ukraine."],
         [("the ministers spent most of the session on Ukraine", "a senior European official")]),
        # a name, then its title written in capitals
        (["Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, told reporters that Moscow was ready to talk."],
         [("Moscow was ready to talk", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h53(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_at_least_is_no_speaker():
    # (blind batch h54: "had at least agreed that" read "least" as the speaker of a statement inside)
    q = quotes(art("Laura Kyle, a State Department spokeswoman, said the two men had at least agreed that the talks should go on."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("the two men had at least agreed that the talks should go on", "Laura Kyle")]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # the people told, with where they are from: no content starts at "journalists"
        (["“We made progress,” Peskov told Western reporters, in a notably guarded assessment."], [("We made progress", "Dmitry Peskov")]),
        # "he went on" after a quote split in two: the speaker of both halves
        (["Michael McFaul told the radio station: “This was no fair trade.”", "“But given the choice,” he went on, “I would make it again.”"],
         [("This was no fair trade.", "Michael McFaul"), ("But given the choice", "Michael McFaul"), ("I would make it again.", "Michael McFaul")]),
        # a participle of speech after "and": a second statement
        (["Gorbachev closed the session, insisting that progress was real and conceding that big gaps remained."],
         [("progress was real", "Mikhail Gorbachev"), ("big gaps remained", "Mikhail Gorbachev")]),
        # a relative aside closed before "described … as": the subject's own label
        (["Ambassador Anatoly Antonov, who sat beside Lavrov, described the mood as “calm”."], [("calm", "Anatoly Antonov")]),
        # "this same official": the anonymous official told of just before
        (["A senior administration official said the plane had landed in Doha. This same official said the talks on Whelan were continuing."],
         [("the plane had landed in Doha", "a senior administration official"), ("the talks on Whelan were continuing", "a senior administration official")]),
        # "said that A and that he had warned …": two things said, not a cue inside the second
        (["The Russian Foreign Ministry said that Lavrov had pressed Rubio on sanctions and that he had cautioned Washington against new tariffs."],
         [("Lavrov had pressed Rubio on sanctions", "Russian Foreign Ministry"), ("he had cautioned Washington against new tariffs", "Russian Foreign Ministry")]),
        # ", X said, even as …": the statement is the words before, not the writer's aside after
        (["The two ministers spoke again on Sunday, a Kremlin aide said, even as the shelling went on."],
         [("The two ministers spoke again on Sunday", "a Kremlin aide")]),
    ],
)
def test_attribution_forms_from_blind_batch_h56(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_an_undated_reports_head_of_state_is_the_one_it_named_however_far_back():
    # (no date: the table's holder of the office would be today's president, not the one named)
    q = quotes(art("Presidents Bill Clinton and Boris Yeltsin met in Moscow.", "The talks ran long, aides said.", "There was no news conference.",
                   "The American president said he had raised Chechnya."))
    assert list(zip(q.text, q.speaker, strict=True))[-1] == ("he had raised Chechnya", "Bill Clinton")


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # how the writer reached the source is no part of who spoke
        (["A Western diplomat we interviewed last week said the deal was dead."], [("the deal was dead", "a Western diplomat")]),
        # "minutes after …" after a quote's speaker: when, not more words
        (["“Well done!” Medvedev wrote on Telegram hours after the verdict was read."], [("Well done!", "Dmitry Medvedev")]),
        # "told a press briefing": the whole noun is the audience
        (["“We are ready,” the envoy told a press conference following the session, which lasted two hours."], [("We are ready", "the envoy")]),
        # "recommended that …" reports a proposal; "recommended sending …" reports no words
        (["Ryabkov recommended that Washington withdraw its missiles from Europe.", "Ryabkov recommended sending more monitors."],
         [("Washington withdraw its missiles from Europe", "Sergei Ryabkov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h57(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "made (it) clear" reports words; "that's" opens the content, it is no "that"
        (["Blinken made it clear that sanctions would stay.", "Ryabkov made clear that's a red line for Moscow."],
         [("sanctions would stay", "Antony Blinken"), ("that's a red line for Moscow", "Sergei Ryabkov")]),
        # a message sent "to say" what it said
        (["Our correspondent Steve Rosenberg texted from Moscow to say the mood was tense."], [("the mood was tense", "Steve Rosenberg")]),
        # after "that", a preposition opens the content
        (["Lavrov said that in Washington the offer had been misread."], [("in Washington the offer had been misread", "Sergey Lavrov")]),
        # a second appositive after the speaker's role
        (["“The summit changed little,” said Dmitri Trenin, head of the Carnegie Moscow Center, a think tank close to the West."],
         [("The summit changed little", "Dmitri Trenin")]),
        # "… and said Kerry had cautioned that …": relayed, so the relayer's whole clause
        (["Psaki called the call “frank” and said Kerry had cautioned that a vote would be illegal."],
         [("frank", "Jen Psaki"), ("Kerry had cautioned that a vote would be illegal", "Jen Psaki")]),
    ],
)
def test_attribution_forms_from_blind_batch_h59(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a live report's present: "calls … but says"
        (["Medvedev is speaking now.", "He calls the deal “a good start” but says it is “only the first step”."],
         [("a good start", "Dmitry Medvedev"), ("it is “only the first step”", "Dmitry Medvedev"), ("only the first step", "Dmitry Medvedev")]),
        # "…, he added": the names inside what was said are no subject of "he"
        (["Kremlin aide Yuri Ushakov said the talks had gone well. Trump will visit Russia next year, he added."],
         [("the talks had gone well", "Yuri Ushakov"), ("Trump will visit Russia next year", "Yuri Ushakov")]),
        # two scene-setting phrases before the subject of a coordinated "and said"
        (["Later, in the Oval Office, Trump called the swap “a great deal” and said more releases would follow."],
         [("a great deal", "Donald Trump"), ("more releases would follow", "Donald Trump")]),
        # "posting on X that …"
        (["Maria Zakharova mocked the offer, posting on Telegram that Washington had run out of ideas."],
         [("Washington had run out of ideas", "Maria Zakharova")]),
        # "opens by saying …"
        (["Lavrov opened by saying the meeting was “long overdue”."], [("the meeting was “long overdue”", "Sergey Lavrov"), ("long overdue", "Sergey Lavrov")]),
        # a British live blog's stamp before a participle's subject
        (["4.25pm BST — Senator Lindsey Graham has put out a statement, calling the summit “a missed opportunity”."],
         [("a missed opportunity", "Lindsey Graham")]),
        # "the earlier talks" is part of the source's description
        (["A Russian diplomat involved in the earlier talks, who asked not to be named, said the deal was close."],
         [("the deal was close", "a Russian diplomat involved in the earlier talks")]),
    ],
)
def test_attribution_forms_from_blind_batch_h60(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # the people told, then where, then the content's subject and verb
        (["Zakharova told journalists in Moscow there was no plan for a summit."], [("there was no plan for a summit", "Maria Zakharova")]),
        # 'said this: “…”' announces the quote: no statement "this"
        (["Blinken said this: “We will not trade away Ukraine's sovereignty.”"], [("We will not trade away Ukraine's sovereignty.", "Antony Blinken")]),
        # "prompting X to interject, “…”": X speaks (the laughter after is no content)
        (["Biden joked about the weather, prompting Putin to interject, “Geneva is always like this,” to laughter in the room."],
         [("Geneva is always like this", "Vladimir Putin")]),
        # the asker's words in "Asked whether …" are no one's statement
        (["Asked whether the deal was “a surrender” to Moscow, spokesman John Kirby said the president had made a hard choice."],
         [("the president had made a hard choice", "John Kirby")]),
        # a capitalised title of an office the article named someone as holding
        (["Mikhail Gorbachev received the American delegation in the Kremlin.", "The General Secretary noted that Moscow wanted deep cuts."],
         [("Moscow wanted deep cuts", "Mikhail Gorbachev")]),
    ],
)
def test_attribution_forms_from_blind_batches_h61_h62(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_a_home_town_of_two_words_is_no_part_of_the_lawmakers_name():
    q = quotes(art("Rep. Elissa Slotkin, D-Holly Township, who had pressed for the release, said she was relieved."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("she was relieved", "Elissa Slotkin")]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a role, then the name set off by commas, sets up the next sentence's "he"
        (["The talks ended on Tuesday.", "A Kremlin aide, Yuri Ushakov, was more cautious. Asked whether a summit was near, he replied: “It is too early.”"],
         [("It is too early.", "Yuri Ushakov")]),
        # a participle after the quote is the writer's frame, no more of what was said
        (["Lavrov, smiling, answered, “We have heard that before,” prompting laughter in the hall."], [("We have heard that before", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h64(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a book's title ending the attribution is no content of the cue: the quote before is
        (["“Moscow won the optics,” said Fiona Hill, a former White House adviser and co-author of “Mr. Putin.”"], [("Moscow won the optics", "Fiona Hill")]),
        # "the diplomat" is the source this paragraph has just introduced, not Lavrov before it
        (["Lavrov said the meeting had been useful.", "A Western diplomat who attended was less upbeat. “Nothing moved,” the diplomat said."],
         [("the meeting had been useful", "Sergey Lavrov"), ("Nothing moved", "a Western diplomat who attended")]),
        # "— a word the Kremlin has used for months": the writer's comment, not what was said
        (["Peskov said Moscow wanted “guarantees” — a word the Kremlin has used for months."],
         [("Moscow wanted “guarantees”", "Dmitry Peskov"), ("guarantees", "Dmitry Peskov")]),
        # of two US presidents in a paragraph, "the American leader" is the one the story is about
        (["President Barack Obama met Dmitry Medvedev in Prague.", "It was their first meeting since George W. Bush left office. Obama and Medvedev had spoken by phone before it.",
          "The American leader said he had raised missile defence."], [("he had raised missile defence", "Barack Obama")]),
    ],
)
def test_attribution_forms_from_blind_batch_h66(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "he" in the cue's own sentence is not a woman named there ("the Gershkovich case")
        (["Whelan was left out again. Asked about the Evan Gershkovich case, Whelan said he felt forgotten.",
          "After the Alsu Kurmasheva release, he said he was “still waiting.”"],
         [("he felt forgotten", "Paul Whelan"), ("he was “still waiting.”", "Paul Whelan"), ("still waiting.", "Paul Whelan")]),
        # in a transcript, "I" is the turn's speaker, and the listener before the quote is no content
        (["HOST: Did you see it coming?", "MCFAUL: I remember telling my staff in 2013, \"He will not leave quietly.\""],
         [("He will not leave quietly.", "Michael McFaul")]),
        # an unnamed source keeps the words that describe it: "briefed on the talks"
        (["An American official briefed on the talks was gloomy. “We went backwards,” the official said."],
         [("We went backwards", "an American official briefed on the talks")]),
    ],
)
def test_attribution_forms_from_blind_batch_h67(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_an_accusation_is_the_accusers_statement():
    # "accused X of …": the charge, "X of …", is what the accuser said (not "each other")
    q = quotes(art("Zakharova accused Washington of “stoking hysteria” over the case.", "The two sides have accused each other of cheating for years."))
    assert list(zip(q.kind, q.text, q.speaker, strict=True)) == [
        ("indirect", "Washington of “stoking hysteria” over the case", "Maria Zakharova"), ("partial", "stoking hysteria", "Maria Zakharova")]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a reporter's turn (a long role) is the telling: its label, and the host it addresses, no speaker
        (["JAKE TAPPER, CNN ANCHOR: Let's go to Moscow.", "CLARISSA WARD, CNN CHIEF INTERNATIONAL CORRESPONDENT: Jake, Lavrov said the talks were \"useful.\"",
          "TAPPER: Clarissa, did he say anything about a summit?"],
         [("the talks were \"useful.\"", "Sergey Lavrov"), ("useful.", "Sergey Lavrov")]),
        # an act done in order to speak: "emerged to tell", "used a speech to accuse"
        (["Blinken emerged from the villa to tell reporters that the talks had been frank."], [("the talks had been frank", "Antony Blinken")]),
        (["Lavrov used a news conference in Ankara to accuse Washington of stalling."], [("Washington of stalling", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h70(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a possessor in the issuer's appositive is not the one who issued the statement
        (["Avril Haines, Biden's director of national intelligence, issued a statement saying the assessment \"has not changed.\""],
         [("the assessment \"has not changed.\"", "Avril Haines"), ("has not changed.", "Avril Haines")]),
        # "used to tell me, “…”": what someone said again and again
        (["My Russian counterpart, Sergei Ryabkov, used to tell me, “Paper is patient.”"], [("Paper is patient.", "Sergei Ryabkov")]),
        # a spaced hyphen before the writer's comment, and a comma before "a phrase …"
        (["Peskov said the talks were \"useful\" - a word the Kremlin rarely uses.", "Lavrov said the mood was \"businesslike\", a phrase repeated on state TV."],
         [("the talks were \"useful\"", "Dmitry Peskov"), ("useful", "Dmitry Peskov"), ("the mood was \"businesslike\"", "Sergey Lavrov"), ("businesslike", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h71(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a dateline's city in mixed case before its agency is no subject
        (["Geneva, Switzerland (CNN) - President Joe Biden on Wednesday praised the talks, telling reporters that the tone had been positive."],
         [("the tone had been positive", "Joe Biden")]),
        # "the president" in a story of a US and a Russian president: the American; a reporter's
        # aside before the quote ("and I'm quoting him here") is no part of what was said
        (["Trump and Putin met for three hours.", "The president said moments ago, and I'm quoting him here, \"We made progress.\""],
         [("We made progress.", "Donald Trump")]),
        # "texted me, quote, “…”": a source's words sent to the reporter
        (["An adviser to the Kremlin texted me, quote, \"Nothing is agreed.\""], [("Nothing is agreed.", "an adviser to the Kremlin")]),
    ],
)
def test_attribution_forms_from_blind_batch_h72(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a name with an initial, then a long relative clause, sets up "He said" (the table lacks him)
        (["“No one is trading anything away,” Mr. Fitzwater said.",
          "Vadim P. Perfiliev, who speaks for the Soviet Foreign Ministry and briefs reporters daily, was less upbeat. He said the gap remained wide."],
         [("No one is trading anything away", "Fitzwater"), ("the gap remained wide", "Vadim P. Perfiliev")]),
        # "the president himself": the president; a statement's issuer is in its own sentence
        (["Biden met Putin in Geneva.", "Officials were pleased. And the president himself said the day had gone well."],
         [("the day had gone well", "Joe Biden")]),
        (["All of those freed had been pardoned by Putin. And the penitentiary service put out a statement saying the exchange had been “complex.”"],
         [("the exchange had been “complex.”", "the penitentiary service"), ("complex.", "the penitentiary service")]),
    ],
)
def test_attribution_forms_from_blind_batch_h73(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_an_impersonal_passive_is_the_documents_or_the_last_speakers():
    # TASS's "It was noted in the document that …": the document's issuer
    q = quotes(art("The Kremlin issued a statement after the call. It was noted in the document that the dialogue would \"continue.\""))
    assert list(zip(q.kind, q.text, q.speaker, strict=True)) == [
        ("indirect", "the dialogue would \"continue.\"", "Kremlin"), ("partial", "continue.", "Kremlin")]
    # "It was pointed out that …" after a speaker's words: his; "it was reported": no one's
    q = quotes(art("Lavrov said the talks had been useful. It was pointed out that the Istanbul round would follow.", "It was reported that a summit was near."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("the talks had been useful", "Sergey Lavrov"), ("the Istanbul round would follow", "Sergey Lavrov")]


def test_a_live_entrys_quoted_headline_and_a_cause_are_no_statements():
    q = quotes(art("Posted at 14:40 — ‘A long negotiation’. Our Moscow correspondent says the deal took months. The Kremlin had insisted there could be no swap — which helps explain why the trial was so quick."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("the deal took months", "Our Moscow correspondent"), ("there could be no swap", "Kremlin")]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a kin word, then the name (with a particle) the table lacks: the name speaks; "told KTLA
        # he got the news" is a clause even in four words; "a.m." before a quote ends the sentence
        (["Her fiancé, former rower Pieter de Vries, told WXYZ he got the call at 5 a.m. “I could not believe it,” he said."],
         [("he got the call at 5 a.m.", "Pieter de Vries"), ("I could not believe it", "Pieter de Vries")]),
    ],
)
def test_attribution_forms_from_blind_batch_h76(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "Another of those targeted, Kremlin aide Vladislav Surkov, told …": the name set off after the description
        (["Another of those sanctioned, Kremlin aide Vladislav Surkov, told a newspaper that the listing was “an honour.”"],
         [("the listing was “an honour.”", "Vladislav Surkov"), ("an honour.", "Vladislav Surkov")]),
        # a possessor in the sentence before is not "he" (the journalist the table lacks is)
        (["Our correspondent Tom Hale says the Kremlin will read Bout’s return as a win. “Moscow sees it as vindication,” he writes."],
         [("the Kremlin will read Bout’s return as a win", "Tom Hale"), ("Moscow sees it as vindication", "Tom Hale")]),
    ],
)
def test_attribution_forms_from_blind_batches_h77_h78(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_a_second_speakers_clause_after_and_ends_the_first_statement():
    q = quotes(art("Rubio said the talks had been \"frank,\" and envoy Steve Witkoff called them \"productive.\""))
    assert list(zip(q.kind, q.text, q.speaker, strict=True)) == [
        ("indirect", "the talks had been \"frank,\"", "Marco Rubio"), ("partial", "frank", "Marco Rubio"), ("partial", "productive.", "Steve Witkoff")]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # an agency reporting a label: the label is its speaker's, the agency only relays it
        (["Peskov described the talks as \"businesslike,\" TASS reported."], [("businesslike", "Dmitry Peskov")]),
        # after a comma that closes no quote, "confirmed the swap" has its object after it
        (["Blinken issued a statement calling it \"a good day,\" and the Russian Foreign Ministry, for its part, confirmed the swap, saying the pilot was home."],
         [("a good day", "Antony Blinken"), ("the pilot was home", "Russian Foreign Ministry")]),
    ],
)
def test_attribution_forms_from_blind_batch_h80(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "In his words," opening a sentence: the one just named speaks (not mid-clause "was, in his words, …")
        (["Medvedev spoke after the signing. In his words, the document \"reflects the balance of interests\" of the two states."],
         [("the document \"reflects the balance of interests\" of the two states", "Dmitry Medvedev"), ("reflects the balance of interests", "Dmitry Medvedev")]),
        # a number's comma is not the end of an aside after "according to"
        (["According to the Russian Foreign Ministry, the treaty sets a ceiling of 1,550 deployed warheads."],
         [("the treaty sets a ceiling of 1,550 deployed warheads", "Russian Foreign Ministry")]),
        # "the deal, which …," is the content's subject with its relative clause, not an aside on the source
        (["According to Lavrov, the deal, which runs to 2026, was fair."], [("the deal, which runs to 2026, was fair", "Sergey Lavrov")]),
        # a listener of two words before its plural noun ("told Russian news agencies")
        (["Ushakov spoke. Positions had not converged, he told Russian news agencies."], [("Positions had not converged", "Yuri Ushakov")]),
        # a medium's own noun after "television" belongs to the listener, not to what was said
        (["\"It was a success,\" Lavrov told the RT television channel when asked about the talks."], [("It was a success", "Sergey Lavrov")]),
        # "who briefed reporters on condition of anonymity" describes the source: no statement of its own
        (["Asked whether the reset had paid off, a senior official who briefed reporters on condition of anonymity said the treaty showed progress."],
         [("the treaty showed progress", "a senior official")]),
    ],
)
def test_attribution_forms_from_blind_batches_h82_h83(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_he_after_a_question_put_to_someone_is_the_one_asked():
    # the names inside "was asked whether he believed … Putin" are what was asked about; "U.S."
    # inside it does not end the sentence
    q = quotes(art("Trump met Putin in Helsinki.",
                   "The president was asked whether he believed U.S. intelligence agencies or Vladimir Putin, and he said, \"I don't see any reason.\""))
    assert list(zip(q.text, q.speaker, strict=True)) == [("I don't see any reason.", "Donald Trump")]


def test_an_interviews_answers_speak_for_the_one_interviewed():
    # "A: … I remember saying to a colleague, “…”": the one the Q&A interviews; and "he spoke
    # to us about Ronald Reagan … and what he calls “…”" is the subject, not a name after it
    q = quotes(art("Jack Matlock was the US ambassador in Moscow. Thirty years on, he spoke to us about Ronald Reagan and what he calls \"the peace that got squandered.\"",
                   "Q: When did you first think it was real?",
                   "A: Reykjavik. But on the plane home I remember saying to a colleague, \"They've just agreed on more in two days than we got in ten years.\""))
    assert list(zip(q.text, q.speaker, strict=True)) == [
        ("the peace that got squandered.", "Jack Matlock"), ("They've just agreed on more in two days than we got in ten years.", "Jack Matlock")]


def test_a_paragraph_that_sets_up_the_next_ones_quote_gives_its_he():
    # "Putin, speaking through an interpreter, was more guarded …, which Russian officials call
    # the “cornerstone” …. ¶ “…,” he said": Putin, not the last speaker (the relative clause's
    # quote does not make the set-up sentence a statement)
    q = quotes(art("Bush met Putin.", "“I looked the man in the eye,” Bush told a joint news conference.",
                   "Putin, speaking through an interpreter, was more guarded on the 1972 treaty, which Russian officials routinely call the “cornerstone” of strategic stability.",
                   "“We have different approaches to this question,” he said."))
    assert list(zip(q.text, q.speaker, strict=True)) == [
        ("I looked the man in the eye", "George W. Bush"), ("cornerstone", "Russian officials"), ("We have different approaches to this question", "Vladimir Putin")]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # any participle or a place set off after the subject: "…, watching the coverage from Moscow, says"
        (["Our Russia editor Steve Rosenberg, watching the Russian coverage from Moscow, says the mood on state TV is jubilant."],
         [("the mood on state TV is jubilant", "Steve Rosenberg")]),
        # "Pressed by a reporter on why he was “so confident” …, Biden turned back … and snapped:"
        # — the opener's quote is the asker's, its words no subject
        (["Biden met Putin.", "Pressed by a reporter on why he was \"so confident\" Putin would change, Biden turned back at the door of his plane-side podium and snapped: \"You're in the wrong business.\""],
         [("You're in the wrong business.", "Joe Biden")]),
        # "told them, according to a participant, that …": the participant relays the one who told
        (["Mr. Gorbachev, who met with members of Congress this morning, told them, according to a participant, that the treaty should be only the beginning."],
         [("the treaty should be only the beginning", "Mikhail Gorbachev")]),
    ],
)
def test_attribution_forms_from_blind_batch_h86(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_an_ed_cue_used_as_an_adjective_is_no_statement():
    # "the first publicly confirmed conversation between …": no one confirmed anything here
    q = quotes(art("This is the first publicly confirmed conversation between a sitting US president and Putin since February 2022."))
    assert q.empty


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # ", and offered to …": the speaker's next act, not more of what he said
        (["Putin repeated that Russia had never interfered in American affairs, and offered to let US investigators attend the questioning."],
         [("Russia had never interfered in American affairs", "Vladimir Putin")]),
        # "…, described Biden as “…” and said …": his acts listed; each said thing its own
        (["Putin said there had been no hostility in the room, described Biden as \"a balanced man\" and said the ambassadors would return."],
         [("there had been no hostility in the room", "Vladimir Putin"), ("a balanced man", "Vladimir Putin"), ("the ambassadors would return", "Vladimir Putin")]),
        # "said this would happen …": "this" opens the content, it is no "this week"
        (["Peskov said this would happen in the usual order."], [("this would happen in the usual order", "Dmitry Peskov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h88(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "put it this way a short time ago: “…”": a way of saying, its words after the colon
        (["Blinken met Lavrov.", "Blinken put it this way a short time ago: \"This was a choice of one or none.\""],
         [("This was a choice of one or none.", "Antony Blinken")]),
        # "Asked by a reporter, “…?”, Mr. Putin smiled and said …": the asker's quote is in the opener
        (["Asked by a Russian reporter, “Can Russia trust the new American president?”, Mr. Putin smiled and said he would not have come if he did not think so."],
         [("he would not have come if he did not think so", "Vladimir Putin")]),
        # "said Russia had never interfered and offered to let …": his offer, not more of what he said
        (["Putin said Russia had never interfered in American affairs and offered to let U.S. investigators sit in on interrogations."],
         [("Russia had never interfered in American affairs", "Vladimir Putin")]),
    ],
)
def test_attribution_forms_from_blind_batch_h89(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "got off the phone with a senior administration official who told me, and I'm quoting here, “…”"
        (["ACOSTA: I just got off the phone with a senior administration official who told me, and I'm quoting here, \"nobody expected him to go that far.\""],
         [("nobody expected him to go that far.", "a senior administration official")]),
        # "Kirill Dmitriev, head of the Russian Direct Investment Fund, who told Reuters that …": the name before the appositive
        (["The delegation brought Kirill Dmitriev, head of the Russian Direct Investment Fund, who told Reuters that US companies had lost money by leaving Russia."],
         [("US companies had lost money by leaving Russia", "Kirill Dmitriev")]),
    ],
)
def test_attribution_forms_from_blind_batch_h90(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "described claims to the contrary as “hysteria”": "claims" is the verb's object, no cue
        (["Lavrov met Blinken.", "The Russian top diplomat reiterated that Moscow had no plans to attack Ukraine and described claims to the contrary in Western media as “hysteria”."],
         [("Moscow had no plans to attack Ukraine", "Sergey Lavrov"), ("hysteria", "Sergey Lavrov")]),
        # "more muted than the public messaging suggested, according to …": a comparison, no statement
        # of its own; "Both said …" after "two people familiar with …" is those two
        (["Biden met Putin.", "The reaction was more muted than the public messaging suggested, according to two people familiar with the discussions. Both said the bigger worry was losing the data exchanges."],
         [("The reaction was more muted than the public messaging suggested", "two people familiar with the discussions"),
          ("the bigger worry was losing the data exchanges", "two people familiar with the discussions")]),
    ],
)
def test_attribution_forms_from_blind_batch_h91(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "said only: “…”": the words after the colon, no indirect "only"
        (['Asked whether it was a breakthrough, Speakes smiled and said only: "It was a good beginning."'],
         [("It was a good beginning.", "Speakes")]),
        # "at the ceremony in Prague Castle's ornate Spanish Hall": one place, no content
        (["Obama said at the ceremony in Prague Castle's ornate Spanish Hall that the treaty mattered."],
         [("the treaty mattered", "Barack Obama")]),
        # "reported a short time ago that …": how long ago is a frame; "Jim" is the reporter named before
        (["Our Jim Acosta is in Helsinki.", "Jim reported a short time ago that aides had urged the president to confront Putin."],
         [("aides had urged the president to confront Putin", "Jim Acosta")]),
        # "would always remind me that …" (a verb of telling); "he pointedly reminded …" (any -ly adverb)
        (["My counterpart, Anatoly Antonov, would always remind me that nothing is agreed until everything is agreed."],
         [("nothing is agreed until everything is agreed", "Anatoly Antonov")]),
        (["Medvedev said the deal was fine, but he pointedly reminded his audience that Russia reserved the right to withdraw."],
         [("the deal was fine", "Dmitry Medvedev"), ("Russia reserved the right to withdraw", "Dmitry Medvedev")]),
        # "briefed reporters …, and he said that …": the briefing is no statement, the clause after it is
        (["Yuri Ushakov briefed reporters a short time ago, and he said that the U.S. continues to stoke hysteria."],
         [("the U.S. continues to stoke hysteria", "Yuri Ushakov")]),
        # "getting reaction from Dan Coats, the director …, who said …": the name the clause hangs on
        (["We're also getting reaction from Dan Coats, the director of national intelligence, who said the intelligence community has been clear."],
         [("the intelligence community has been clear", "Dan Coats")]),
        # "Putin, switching to English as the news conference ended, offered: “…”"
        (['Putin, switching to English as the news conference ended, offered: "Next time in Moscow."'],
         [("Next time in Moscow.", "Vladimir Putin")]),
        # "the congregation sang “Amazing Grace”": a song's title, nobody's words
        (['At church on Wednesday night, the congregation sang "Amazing Grace" and prayed for Trevor.'], []),
    ],
)
def test_attribution_forms_from_blind_batch_h92(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "The president was asked …, and he sided with Putin. He said, “…”": the president the
        # story names without a country, not Putin named after him
        (["WOLF BLITZER, CNN ANCHOR: We're following breaking news out of Helsinki, where President Donald Trump has just wrapped up a news conference with Russian President Vladimir Putin.",
          "JIM ACOSTA, CNN CORRESPONDENT: Wolf, it was remarkable. The president was asked whether he believed his own intelligence agencies or Vladimir Putin, and he sided with Putin. He said, and I'm quoting here, \"President Putin says it's not Russia.\""],
         [("President Putin says it's not Russia.", "Donald Trump")]),
        # a host's question and hand-back under a label are no statements
        (["Amna Nawaz: The summit ended. Nick, what did they say?", "Nick Schifrin: Amna, the two leaders spoke.", "Amna Nawaz: And what are you hearing from Kyiv?",
          "Amna Nawaz: Nick Schifrin in Anchorage, thank you."], []),
        # "Senator John McCain just issued his own statement, calling …": no adverb in the name
        (['Senator John McCain just issued his own statement, calling the news conference "one of the most disgraceful performances".'],
         [("one of the most disgraceful performances", "John McCain")]),
        # a live blog's stamp before the one who issued the statement
        (["15.10 GMT David Whelan, Paul’s brother, has issued a statement saying the family was “glad Brittney is home”."],
         [("the family was “glad Brittney is home”", "David Whelan"), ("glad Brittney is home", "David Whelan")]),
        # "The NTV television channel": NTV
        (["The NTV television channel said Yeltsin had come home with “a consolation prize”."],
         [("Yeltsin had come home with “a consolation prize”", "NTV"), ("a consolation prize", "NTV")]),
        # "told his interlocutors at the State Department: “…”": the listener and the place, then the quote
        (['Sergey Lavrov told his interlocutors at the State Department: "You cannot demand cooperation."'],
         [("You cannot demand cooperation.", "Sergey Lavrov")]),
        # a newsletter's section labels are no speakers; "said later at his own news conference, which …" is a frame
        (['The campaign angle: Donald Trump, posting on Truth Social, claimed he would have gotten the Americans out "for nothing."'],
         [('he would have gotten the Americans out "for nothing."', "Donald Trump"), ("for nothing.", "Donald Trump")]),
        (['"The talks were hard," Gorbachev said later at his own news conference, which lasted nearly two hours.'],
         [("The talks were hard", "Mikhail Gorbachev")]),
    ],
)
def test_attribution_forms_from_blind_batches_h94_h95(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "said A, with what he called “…”, and that B": a relative "that" inside A is no inner clause
        (['Leonid Zamyatin, the chief Soviet spokesman, said Moscow would not accept any agreement that left the door open to what he called "the militarization of space" and that the Soviet delegation had made this clear.'],
         [('Moscow would not accept any agreement that left the door open to what he called "the militarization of space"', "Leonid Zamyatin"),
          ("the militarization of space", "Leonid Zamyatin"), ("the Soviet delegation had made this clear", "Leonid Zamyatin")]),
        # "McCain just put out a statement calling …": his statement, not one issued later in the paragraph;
        # "Coats … has issued a statement of his own saying …": Coats's
        (['BLITZER: Senator John McCain just put out a statement calling the Helsinki meeting "a tragic mistake." And Dan Coats, the director of national intelligence, has issued a statement of his own saying the intelligence community has been "clear in our assessments of Russian meddling."'],
         [("a tragic mistake.", "John McCain"), ('the intelligence community has been "clear in our assessments of Russian meddling."', "Dan Coats"),
          ("clear in our assessments of Russian meddling.", "Dan Coats")]),
        # "Our correspondent Jim Acosta was in the room, and he tells us …": the name the actor table lacks
        (['BLITZER: President Trump has just wrapped up a news conference with Russian President Vladimir Putin. Our chief White House correspondent Jim Acosta was in the room, and he tells us the mood among U.S. officials afterward was grim.'],
         [("the mood among U.S. officials afterward was grim", "Jim Acosta")]),
        # a live blog's stamp with no mark after it; an inscription is nobody's words
        (["12.03am BST Trump, speaking briefly to the press afterwards, called the meeting “extremely productive” but said “there’s no deal until there’s a deal”."],
         [("extremely productive", "Donald Trump"), ("there’s no deal until there’s a deal", "Donald Trump")]),
        (["Lavrov arrived in a sweatshirt emblazoned with “CCCP”, the Soviet Union’s initials in Cyrillic."], []),
    ],
)
def test_attribution_forms_from_blind_batch_h96(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_a_pronoun_opening_a_paragraph_is_the_unlisted_person_the_paragraph_before_names():
    # the actor table does not list her; the paragraph before opens on her name after a dateline
    q = quotes(art("DENVER — Wanda Kessler had kept the radio on all night for news of her son.",
                   "“They told us he was already over the Atlantic,” she said by phone on Thursday."))
    row = one(q, "direct")
    assert row["speaker"] == "Wanda Kessler"
    # a man's name does not stand for "she"
    q = quotes(art("DENVER — Walter Kessler had kept the radio on all night.", "“They told us he was already over the Atlantic,” she said."))
    assert one(q, "direct")["speaker"] != "Walter Kessler"


def test_a_day_before_a_participle_cue_is_no_speaker():
    # "… here today declaring that …": the sentence's subject speaks, not "today"
    q = quotes(art("President Obama emerged from two hours of talks with Dmitry Medvedev here today declaring that the reset had “real momentum.”"))
    assert set(q["speaker"]) == {"Barack Obama"}


def test_an_unlisted_name_in_commas_after_a_possessive_role_is_the_pronoun():
    q = quotes(art("His American counterpart, Walter Brennan, who runs the embassy press office, was blunter. He called the talks \"a dead end\"."))
    assert set(q["speaker"]) == {"Walter Brennan"}


def test_a_closing_attribution_may_end_on_a_weekday_and_its_part_of_the_day():
    q = quotes(art("Marc Fogel has been released from Russian custody, President Donald Trump announced Tuesday evening."))
    row = one(q, "indirect")
    assert row["speaker"] == "Donald Trump" and row["text"] == "Marc Fogel has been released from Russian custody"


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a role in lower case between "said" and the name
        (["“I just want to get to work,” said barista Jake Morris, 24."], [("I just want to get to work", "Jake Morris")]),
        (["“We sold out by noon,” said shop owner Anna Petrova."], [("We sold out by noon", "Anna Petrova")]),
        (['"It is a good start," said spokesman Dmitry Peskov.'], [("It is a good start", "Dmitry Peskov")]),
        # an adverb after "said" is no role
        (['"It is a good start," said today Peskov.'], [("It is a good start", "unattributed")]),
        # a programme's quoted name between the listener and "that"
        (['The night before, Obama told Jay Leno on "The Tonight Show" that he was disappointed in the decision.'],
         [("he was disappointed in the decision", "Barack Obama")]),
    ],
)
def test_attribution_forms_from_blind_batch_h105(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # an adverb of time between an aside and the verb is no speaker
        (["Strobe Talbott, whose memoir remains required reading, long ago argued that Moscow measured arms control by status."],
         [("Moscow measured arms control by status", "Strobe Talbott")]),
        # the listener ("the press corps") and when it was said are no statement
        (['"Just make sure you get the attribution right," Clinton told the press corps when he had recovered.'],
         [("Just make sure you get the attribution right", "Bill Clinton")]),
        # a noun of saying before a colon: its verb's subject speaks
        (['On the allegations of interference, Putin repeated his denial: "The Russian state has never interfered."'],
         [("The Russian state has never interfered.", "Vladimir Putin")]),
    ],
)
def test_attribution_forms_from_blind_batch_h106(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_a_he_in_an_interviewees_own_turn_is_someone_else():
    q = quotes(art(
        "Michael McFaul arrived in Moscow as U.S. ambassador in January 2012. We spoke with McFaul about those two years.",
        "Q: How quickly did you realize the job would be different?",
        "MCFAUL: Very quickly. At one of my first meetings, a deputy minister told me that everyone in the building had read my books. Then he said, “We know why you were sent here.”",
        "Q: Did Sergei Lavrov ever raise your conduct with you directly?",
        "MCFAUL: Once. He said that ambassadors in Moscow should meet with the government, not with the opposition. Hillary called me afterward and said, “Keep doing your job.”",
        "Q: Was the reset a mistake?",
        "MCFAUL: No. We got New START.",
    ))
    said = dict(zip(q.text, q.speaker, strict=True))
    assert said["We know why you were sent here."] == "a deputy minister"  # the one the turn tells of, not McFaul
    assert said["ambassadors in Moscow should meet with the government, not with the opposition"] == "Sergey Lavrov"  # the one the question asks about
    assert said["No. We got New START."] == "Michael McFaul"  # his own words stay his


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # "is out with a statement saying": the senator's statement
        (['BLITZER: Senator John McCain is out with a statement saying, quote, "No American president has ever humbled himself like this." End quote.'],
         [("No American president has ever humbled himself like this.", "John McCain")]),
        # a transcript's spoken quote marks around the whole content: the quote, no second statement
        (["ACOSTA: And then President Trump said, quote, \"I don't see any reason why it would be,\" end quote, meaning Russia."],
         [("I don't see any reason why it would be", "Donald Trump")]),
        # a clause in the present perfect after reported words in the past is the writer's news
        (["Senator Jesse Helms said he would seek amendments that could delay ratification for months, and one conservative group has taken out newspaper advertisements."],
         [("he would seek amendments that could delay ratification for months", "Jesse Helms")]),
        (["Lavrov said the talks were useful, and he has invited Rubio to Moscow."], [("the talks were useful, and he has invited Rubio to Moscow", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h107(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # NPR's labels: a title in mixed case, the name in capitals, a role in brackets
        (["NOEL KING, HOST: The treaty was signed this morning.", "President BILL CLINTON: This is a good day for both our countries."],
         [("This is a good day for both our countries.", "Bill Clinton")]),
        # a way of putting it before a colon
        (["One Western diplomat put the matter simply: “Nobody expects a deal this week.”"], [("Nobody expects a deal this week.", "one Western diplomat")]),
        # another's words quoted by the speaker, a lower-case subject after an opening phrase
        (['After the dinner, the Russian president quoted Pushkin: "Everything passes, and the past becomes dear."'],
         [("Everything passes, and the past becomes dear.", "Vladimir Putin")]),
        # "texted her the news" sends a message, no words of its own; an age and a home town after the name
        (["Retired teacher Carol Dunn, 72, of Mesa, said she wept when her grandson texted her the news."], [("she wept when her grandson texted her the news", "Carol Dunn")]),
        # an inverted attribution inside its sentence, with or without an appositive
        (["The meeting, said one Russian diplomat, was cordial but produced nothing."], [("The meeting, said one Russian diplomat, was cordial but produced nothing", "one Russian diplomat")]),
        (["The reset, argues Fiona Marsh, a historian at Oxford, was doomed from the start."], [("The reset, argues Fiona Marsh, a historian at Oxford, was doomed from the start", "Fiona Marsh")]),
    ],
)
def test_attribution_forms_from_blind_batches_h108_and_h109(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.text, q.speaker, strict=True)) == expected


def test_she_said_finds_a_woman_by_a_common_first_name():
    q = quotes(art("Rep. Haley Stevens welcomed the news.", 'At the diner, waitress Tasha Green said the town had waited years. "We never stopped praying," she said.'))
    assert one(q, "direct").speaker == "Tasha Green"


def test_that_official_is_the_unnamed_source_named_before():
    q = quotes(art("A senior State Department official who briefed reporters said the talks had been difficult. That official insisted the door to diplomacy remained open."))
    assert set(q.speaker) == {"a senior State Department official"}, q[["text", "speaker"]]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a state agency's idiom names the source it learned from
        (["As Interfax has learned from sources in the Foreign Ministry, the envoys will meet again next week."],
         [("the envoys will meet again next week", "sources in the Foreign Ministry")]),
        (["As TASS was told by a source in the delegation, the talks ran past midnight."], [("the talks ran past midnight", "a source in the delegation")]),
        # "in the view of" as "in the words of"
        (["In the view of Maria Lund, a historian at Uppsala, the summit changed little."], [("the summit changed little", "Maria Lund")]),
        # an aside opening with "at" between the subject and a verb of manner
        (['Lavrov, at a briefing in Moscow the next day, was blunter: "There is nothing to discuss."'], [("There is nothing to discuss.", "Sergey Lavrov")]),
    ],
)
def test_attribution_forms_from_blind_batch_h111(paras, expected):
    q = quotes(art(*paras))
    assert [(t, s) for t, s in zip(q.text, q.speaker, strict=True)] == expected


def test_a_source_picked_out_by_a_list_and_a_passive_maintained():
    q = quotes(art('A senator named on the sanctions list told Interfax that being banned was "an honour".'))
    assert one(q, "indirect").speaker.lower().startswith("a senator"), q[["text", "speaker"]]
    q = quotes(art('Ryabkov said that contacts were being maintained "at the working level" and on humanitarian issues.'))
    assert set(q.speaker) == {"Sergei Ryabkov"}, q[["text", "speaker"]]


def test_a_pronoun_after_an_office_and_a_name_the_table_lacks_and_telling_as_an_adjective():
    q = quotes(art("Lithuanian Foreign Minister Gabrielius Landsbergis, who chaired the session, spoke to reporters afterwards. He said the bloc would act within days."))
    assert list(zip(q.text, q.speaker, strict=True)) == [("the bloc would act within days", "Gabrielius Landsbergis")]
    q = quotes(art("The most telling moment, several diplomats agreed, came at the very end."))
    assert "most" not in set(q.speaker) and "the most" not in set(q.speaker), q[["text", "speaker"]]


def test_a_document_read_out_by_a_spokesman_speaks_for_its_issuer():
    q = quotes(art('At the daily briefing, a deputy spokesman read out a statement from President Joe Biden. "We will not be intimidated," the statement said.'))
    assert set(q.speaker) == {"Joe Biden"}, q[["text", "speaker"]]
    q = quotes(art('The Defence Ministry\'s spokesman, Igor Konashenkov, read out a ministry statement on television. "All targets were hit," the statement said.'))
    assert set(q.speaker) == {"Defence Ministry"}, q[["text", "speaker"]]


def test_a_lawmaker_called_by_state_and_party_is_the_one_named_before():
    q = quotes(art("Senator Chris Coons has pressed for new aid for weeks.", 'The Delaware Democrat told reporters on Monday that the package was "overdue".'))
    assert set(q.speaker) == {"Chris Coons"}, q[["text", "speaker"]]


def test_interview_turns_labelled_with_initials_are_the_interviewees():
    q = quotes(art("Marina Kovacs spent six years at the embassy in Moscow. She spoke with our reporter about the swaps.",
                   "Q: What was left to talk about?", "MK: More than we admitted. The consular channel never closed."))
    assert list(q.speaker) == ["Marina Kovacs"], q[["text", "speaker"]]


def test_the_official_is_the_source_a_setup_sentence_introduced():
    q = quotes(art("A Western diplomat familiar with the talks, speaking on condition of anonymity, was less upbeat. "
                   "The delegations had barely moved, the diplomat said."))
    assert list(q.speaker) == ["a Western diplomat familiar with the talks"], q[["text", "speaker"]]


# --- causes found by the blind held-out quote batch h117 (other words than theirs)


@pytest.mark.parametrize(("paras", "expected"), [
    # the outlet spoken to is the audience, not the speaker, when a relative clause follows the source
    (["Talking to Radio Liberty, a European diplomat, who declined to be identified, said the sanctions would stay."],
     [("indirect", "a European diplomat")]),
    # the kind of statement does not hide who issued it
    (["Defense Secretary Lloyd Austin issued a terse statement saying the strikes had been lawful."],
     [("indirect", "Lloyd Austin")]),
    # the subject set off by "according to" is not a statement of its own
    (["Press secretary Jen Psaki, according to reporters on the flight, told the press pool that no meeting was planned."],
     [("indirect", "Jen Psaki")]),
    # a correspondent reporting from a place still speaks
    (['"The hall is half empty," the BBC\'s Geneva correspondent reported from outside the venue.'],
     [("direct", "the BBC's Geneva correspondent")]),
])
def test_attribution_forms_from_blind_batch_h117(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.kind, q.speaker, strict=True)) == expected, q[["kind", "text", "speaker"]]


def test_no_statement_after_a_cue_that_tells_an_act_or_the_audience():
    q = quotes(art("Lavrov replied at length, first criticising NATO's expansion and then turning to the grain deal."))
    assert q.empty, q[["kind", "text", "speaker"]]
    q = quotes(art('"We will keep talking," the minister told journalists, many of whom had waited since morning.'))
    assert list(q.kind) == ["direct"], q[["kind", "text", "speaker"]]


def test_a_demand_reported_after_a_time_word_stays_in_the_content():
    q = quotes(art("Baker said the talks had stalled when the Soviet side insisted that any cut be tied to limits on space weapons."))
    assert len(q) == 1 and q.text.iloc[0].endswith("space weapons"), q[["text", "speaker"]]


def test_a_statement_read_out_for_relatives_is_theirs_and_a_reporters_follow_up_question_is_skipped():
    q = quotes(art('A neighbour read a brief statement on behalf of her parents, Mark and Ellen Novak. "We are overjoyed," it said.'))
    assert list(q.speaker) == ["Mark and Ellen Novak"], q[["text", "speaker"]]
    q = quotes(art('"Did you raise the election?" a reporter asked. "And did he deny it?"'))
    assert q.empty, q[["text", "speaker"]]


# --- causes found by the blind held-out quote batch h118 (other words than theirs)


@pytest.mark.parametrize(("paras", "expected"), [
    # the same speaker going on after a pronoun's "he added"
    (["Lavrov, who spoke after the Americans, said the talks had been 'useful' – 'very useful', he added."],
     [("indirect", "Sergey Lavrov"), ("partial", "Sergey Lavrov"), ("partial", "Sergey Lavrov")]),
    # where someone posted, set off by commas, is no cue of its own
    (["Former president Dmitry Medvedev, writing on his Telegram channel, said the sanctions were theft."],
     [("indirect", "Dmitry Medvedev")]),
    # things added, not words; the source's description after "according to" is no statement
    (["The new rules add 12 banks to the list, according to three officials familiar with the decision."],
     [("indirect", "three officials familiar with the decision")]),
    # a label and its quote before "in the words of", in dashes: the quote alone
    (['The plan — a "road to nowhere," in the words of one Western envoy — was shelved on Friday.'],
     [("partial", "one Western envoy")]),
    # the named outlet's act after ", and" is the writer's news
    (["The Kremlin confirmed the swap in a short statement, and the state broadcaster Channel One aired footage of the plane."],
     []),
    # "as X described it" gives the words their speaker
    (['The deal — "a slow, grinding piece of work," as one European official involved in the talks described it — took a year.'],
     [("partial", "one European official involved in the talks")]),
])
def test_attribution_forms_from_blind_batch_h118(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.kind, q.speaker, strict=True)) == expected, q[["kind", "text", "speaker"]]


def test_the_official_this_paragraph_introduced_and_a_pronoun_after_an_office():
    q = quotes(art('Interfax, the official Russian news agency, said the meeting had been "constructive".',
                   'A senior State Department official who briefed reporters was blunter. "It went nowhere," the official said.'))
    assert q[q.kind == "direct"].speaker.tolist() == ["a senior State Department official who briefed reporters"], q[["kind", "text", "speaker"]]
    article = art('"We made real progress," Secretary of State James Baker told reporters.',
                  "The Soviet foreign minister, speaking at his own news conference, struck a gloomier note. He said the gap remained wide.")
    q = quotes(dataclasses.replace(article, published=dt.date(1990, 2, 10)))
    assert q[q.kind == "indirect"].speaker.tolist() == ["Eduard Shevardnadze"], q[["kind", "text", "speaker"]]


# --- causes found by the blind held-out quote batch h119 (other words than theirs)


def test_attribution_forms_from_blind_batch_h119():
    q = quotes(art('Andropov did not speak in public, but Tass quoted him as telling the visitors that the talks had been "useful."'))
    assert list(zip(q.kind, q.speaker, strict=True)) == [("indirect", "Yuri Andropov"), ("partial", "Yuri Andropov")], q[["kind", "text", "speaker"]]
    assert q.text.iloc[0].startswith("the talks"), q.text.iloc[0]
    q = quotes(art('"We keep closing the taps," Kaja Kallas said in a post on X. She said the new package targets 80 more tankers.'))
    assert q.speaker.tolist() == ["Kaja Kallas", "Kaja Kallas"], q[["kind", "text", "speaker"]]
    q = quotes(art("Lavrov said the meeting had been useful. Rubio, he said, was a tough negotiator."))
    assert q.speaker.tolist() == ["Sergey Lavrov", "Sergey Lavrov"], q[["kind", "text", "speaker"]]
    q = quotes(art("Peskov's deputy briefed the press afterwards. Speaking for Putin, he said Moscow wanted a summit."))
    assert "Vladimir Putin" not in q.speaker.tolist(), q[["kind", "text", "speaker"]]


# --- causes found by the blind held-out quote batch h120 (other words than theirs)


@pytest.mark.parametrize(("paras", "expected"), [
    # a phrase of place before the subject pronoun
    (['Zakharova was scathing. On her Telegram channel she wrote: "Washington has learned nothing."'], [("direct", "Maria Zakharova")]),
    # translated agency attributions
    (["As noted by Deputy Foreign Minister Sergei Ryabkov, Moscow is open to talks."], [("indirect", "Sergei Ryabkov")]),
    (["As stressed in the Kremlin's statement, the dialogue will continue."], [("indirect", "Kremlin")]),
    # a count added is no statement
    (["The Commerce Department on Friday added 45 companies to its export blacklist."], []),
])
def test_attribution_forms_from_blind_batch_h120(paras, expected):
    q = quotes(art(*paras))
    assert list(zip(q.kind, q.speaker, strict=True)) == expected, q[["kind", "text", "speaker"]]


def test_the_minister_is_not_a_speaker_whose_name_holds_ministry():
    q = quotes(art('Russia\'s Foreign Ministry said the talks were "useful". Sergei Lavrov attended them.',
                   '"We were heard," the minister said.'))
    assert q[q.kind == "direct"].speaker.tolist() == ["Sergey Lavrov"], q[["kind", "text", "speaker"]]
