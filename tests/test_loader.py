"""The loader on the seed article and on awkward files: nothing crashes, nothing is lost."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import newsdesk as nd
import pandas as pd
import pytest
from newsdesk.corpus import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, PROBLEM_COLUMNS
from newsdesk.readers import decode_bytes, split_front_matter
from newsdesk.structure import assign_roles, clutter_role, split_paragraphs

from .conftest import DATA, ROOT, SEED_NAME, SEED_PATH


def test_seed_is_byte_for_byte_copy_of_shared_seed():
    shared = ROOT.parent / "shared" / "seed" / "000_aae15ccbbfaea88c.txt"
    if not shared.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    assert SEED_PATH.read_bytes() == shared.read_bytes()


def test_catalog_records_original_file_name():
    catalog = pd.read_csv(DATA / "catalog.csv", dtype=str, keep_default_na=False)
    row = catalog.set_index("file").loc[SEED_NAME]
    assert row["original_file_name"] == "000_aae15ccbbfaea88c.txt"
    assert row["outlet"] == "Al Jazeera"
    assert row["published"] == "2023-03-02"
    assert "aggregator" in row["notes"]


def test_seed_metadata(seed):
    assert seed.title == "Blinken, Lavrov talk at G20 meeting as US-Russia tensions soar"
    assert seed.standfirst.startswith("Russia’s foreign ministry confirmed they spoke ‘on the move’")
    assert seed.outlet == "Al Jazeera"
    assert seed.published == dt.date(2023, 3, 2)
    assert seed.url is None and "no url given" in seed.warnings  # missing is NA plus a warning


def test_seed_paragraph_roles(seed):
    roles = seed.paragraphs["role"].tolist()
    assert roles[0] == "title" and roles[1] == "standfirst"
    assert roles.count("body") == 12
    paras = seed.paragraphs.set_index("text")["role"]
    assert paras["(Al Jazeera)"] == "credit"
    assert paras["Source link"] == "boilerplate"
    assert paras["Leave a Comment"] == "boilerplate"
    subscribe = [t for t in paras.index if t.startswith("For More Updates")]
    assert paras[subscribe[0]] == "boilerplate"
    # nothing is deleted: every non-blank paragraph of the file is in the table
    raw = [p.strip() for p in SEED_PATH.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert seed.paragraphs["text"].tolist() == raw
    assert seed.paragraphs["paragraph_no"].tolist() == list(range(len(raw)))


def test_body_text_excludes_clutter(seed):
    assert "Source link" not in seed.body_text
    assert "(Al Jazeera)" not in seed.body_text
    assert seed.body_text.startswith("US Secretary of State Antony Blinken")


def test_corpus_tables_have_documented_columns(corpus):
    assert list(corpus.articles.columns) == ARTICLE_COLUMNS
    assert list(corpus.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(corpus.problems.columns) == PROBLEM_COLUMNS
    row = corpus.articles.set_index("article_id").loc["aljazeera_2023-03-02_blinken-lavrov-g20"]
    assert row["n_paragraphs"] == 12
    assert row["published"] == pd.Timestamp("2023-03-02")
    assert len(row["content_hash"]) == 64


def test_article_id_is_stable_and_from_file_name(tmp_path):
    (tmp_path / "My Story (final).txt").write_text("Title here\n\nBody paragraph one.\n\nBody two.\n", encoding="utf-8")
    first = nd.load_corpus(tmp_path).ids
    second = nd.load_corpus(tmp_path).ids
    assert first == second == ["my-story-final"]


def test_awkward_files_each_reported_or_loaded(awkward_dir):
    corpus = nd.load_corpus(awkward_dir)
    problems = corpus.problems.set_index("path")
    errors = problems[problems["severity"] == "error"]
    by_file = {Path(p).name: code for p, code in errors["problem"].items()}
    assert by_file["empty.txt"] == "empty"
    assert by_file["photo_saved_as_text.txt"] == "binary"
    assert by_file["notes.docx"] == "unknown_format"
    assert by_file["only_clutter.txt"] == "no_body"
    assert by_file["export.jsonl"] == "parse_error"  # the broken line, reported
    # every file in the folder is either loaded or reported: nothing silently dropped
    files = {p.name for p in (awkward_dir / "articles").iterdir()}
    loaded = {Path(p).name for p in corpus.articles["path"]}
    reported = {Path(p).name for p in corpus.problems["path"]}
    assert files <= loaded | reported
    # plain-English reasons, not exception reprs
    assert all(r and r[0].isupper() and r.endswith(".") for r in corpus.problems["reason"])


def test_duplicate_content_is_loaded_and_flagged(awkward_dir):
    corpus = nd.load_corpus(awkward_dir)
    dup = corpus["duplicate_of_seed"]
    assert dup.duplicate_of == "aljazeera_2023-03-02_blinken-lavrov-g20"
    assert ((corpus.problems["problem"] == "duplicate") & (corpus.problems["article_id"] == "duplicate_of_seed")).any()


def test_yaml_front_matter_and_markdown(awkward_dir):
    art = nd.load_corpus(awkward_dir)["front_matter_yaml"]
    assert art.title == "Lavrov and Blinken clash over Ukraine at OSCE meeting"
    assert art.outlet == "Example Wire"
    assert art.published == dt.date(2021, 12, 2)
    assert art.url == "https://example.org/news/osce-lavrov-blinken"
    roles = art.paragraphs["role"].tolist()
    assert roles == ["title", "standfirst", "body", "body", "credit"]
    body = art.body_text
    assert "**" not in body and "](" not in body and "severe costs" in body and "NATO expansion" in body


def test_bare_key_value_front_matter(awkward_dir):
    art = nd.load_corpus(awkward_dir)["bare_front_matter"]
    assert art.outlet == "Example Daily"
    assert art.published == dt.date(2023, 3, 15)  # "15 March 2023" read, not guessed
    assert art.paragraphs["role"].tolist()[0] == "title"
    assert len(art.body) == 3


def test_html_main_text_without_scripts_or_navigation(awkward_dir):
    art = nd.load_corpus(awkward_dir)["saved_page"]
    text = " ".join(art.paragraphs["text"])
    assert art.title == "Rubio and Lavrov hold phone call"
    assert art.outlet == "Example News"
    assert art.published == dt.date(2025, 2, 15)
    assert "Marco Rubio" in text and "Tammy Bruce" in text
    for junk in ("__pwned", "alert", "hijacked", "Celebrity story", "World", "Accept"):
        assert junk not in text


def test_csv_export_rows_become_articles(awkward_dir):
    corpus = nd.load_corpus(awkward_dir)
    art = corpus["export-1001"]
    assert art.title == "Biden and Putin hold video call"
    assert art.outlet == "Example Wire"
    assert art.published == dt.date(2021, 12, 7)
    assert len(art.body) == 2
    empty_row = corpus.problems[corpus.problems["article_id"] == "export-1003"]
    assert empty_row["problem"].tolist() == ["no_body"]


def test_jsonl_export_keeps_good_lines(awkward_dir):
    corpus = nd.load_corpus(awkward_dir)
    assert {"export-a1", "export-a2"} <= set(corpus.ids)
    assert corpus["export-a1"].outlet == "Example Agency"


def test_cp1252_file_with_curly_quotes(awkward_dir):
    art = nd.load_corpus(awkward_dir)["cp1252_curly_quotes"]
    assert "“businesslike”" in art.standfirst and "Russia’s" in art.standfirst
    assert any("Windows-1252" in w for w in art.warnings)


def test_utf8_bom_is_removed(awkward_dir):
    art = nd.load_corpus(awkward_dir)["utf8_bom"]
    assert art.title == "Blinken and Lavrov speak by phone"
    assert not art.title.startswith("\ufeff")


def test_unparseable_date_is_na_with_problem(awkward_dir):
    corpus = nd.load_corpus(awkward_dir)
    assert corpus["bad_date"].published is None
    row = corpus.problems[corpus.problems["article_id"] == "bad_date"]
    assert row["problem"].tolist() == ["bad_date"] and row["severity"].tolist() == ["warning"]


def test_twenty_megabyte_file_loads(tmp_path):
    para = "Officials said the talks in Geneva lasted for several hours and covered arms control. " * 20
    body = "\n\n".join(para for _ in range(12_500))
    path = tmp_path / "huge.txt"
    path.write_text("A very long file\n\n" + body, encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    corpus = nd.load_corpus(tmp_path)
    assert corpus.problems.empty
    assert corpus["huge"].n_words > 3_000_000
    assert any("large file" in w for w in corpus["huge"].warnings)


def test_one_bad_file_never_stops_the_rest(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Good title\n\nGood body.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Bad title\n\nBad body.\n", encoding="utf-8")
    import newsdesk.corpus as corpus_mod

    real = corpus_mod.read_path

    def flaky(path):
        if path.name == "bad.txt":
            raise RuntimeError("disk on fire")
        return real(path)

    monkeypatch.setattr(corpus_mod, "read_path", flaky)
    corpus = nd.load_corpus(tmp_path)
    assert corpus.ids == ["good"]
    assert "disk on fire" in corpus.problems["reason"].iloc[0]


def test_unreadable_subfolder_is_reported_and_the_rest_loads(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Good title\n\nGood body.\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden_from_us.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()  # hidden folders and litter are skipped on purpose
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "~$draft.docx").write_bytes(b"\0")
    import os

    real_scandir, real_listdir = os.scandir, os.listdir

    def denied(path):  # chmod cannot lock out root, so refuse the way the OS would
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return None

    monkeypatch.setattr(os, "scandir", lambda p=".": denied(p) or real_scandir(p))
    monkeypatch.setattr(os, "listdir", lambda p=".": denied(p) or real_listdir(p))
    corpus = nd.load_corpus(tmp_path)
    assert corpus.ids == ["good"]
    row = corpus.problems.set_index("path").loc["locked"]
    assert row["problem"] == "unreadable" and "Permission denied" in row["reason"]
    assert len(corpus.problems) == 1


def test_missing_folder_is_reported(tmp_path):
    corpus = nd.load_corpus(tmp_path / "nope")
    assert len(corpus) == 0 and corpus.problems["problem"].tolist() == ["missing"]


def test_load_article_raises_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(nd.ArticleProblem, match="empty"):
        nd.load_article(path)


def test_load_article_uses_catalog():
    art = nd.load_article(SEED_PATH)
    assert art.outlet == "Al Jazeera" and art.published == dt.date(2023, 3, 2)


def test_same_stem_different_extension_gets_distinct_ids(tmp_path):
    (tmp_path / "story.txt").write_text("Title A\n\nBody A here.\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("Title B\n\nBody B here.\n", encoding="utf-8")
    ids = nd.load_corpus(tmp_path).ids
    assert len(ids) == 2 and len(set(ids)) == 2


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\xff\xfe" + "hi".encode("utf-16-le"), None)],
)
def test_decode_bytes(data, code):
    if code is None:
        assert decode_bytes(data)[0] == "hi"
    else:
        with pytest.raises(nd.ArticleProblem) as err:
            decode_bytes(data)
        assert err.value.code == code


def test_front_matter_broken_yaml_keeps_fields():
    meta, body, warnings = split_front_matter("---\ntitle: A: B: C\noutlet: X\n  bad: [\n---\nBody\n")
    assert meta.get("outlet") == "X"
    assert body.strip() == "Body"
    assert warnings and "YAML" in warnings[0]


def test_text_without_front_matter_is_untouched():
    text = "Talks: what we know\n\nBody.\n"
    meta, body, _ = split_front_matter(text)
    assert meta == {} and body == text


@pytest.mark.parametrize(
    ("para", "role"),
    [
        ("(Reuters)", "credit"),
        ("Reporting by Jane Doe in Moscow; Editing by John Roe", "credit"),
        ("Al Jazeera and news agencies", "credit"),
        ("Source link", "boilerplate"),
        ("Subscribe to our newsletter for daily updates", "boilerplate"),
        ("Share this article", "boilerplate"),
        ("© 2024 Example Media. All rights reserved.", "boilerplate"),
        ("Tags: Russia, USA, diplomacy", "boilerplate"),
        ("Russia said it would not subscribe to the proposal, officials said.", None),
        ("The ministers did not share a joint statement.", None),
    ],
)
def test_clutter_roles(para, role):
    found = clutter_role(para)
    assert (found[0] if found else None) == role


def test_long_paragraph_is_never_clutter():
    para = "Officials said readers could subscribe to our newsletter. " * 10
    assert clutter_role(para) is None


def test_single_newline_text_is_split_per_line():
    assert split_paragraphs("Title\nFirst para.\nSecond para.") == ["Title", "First para.", "Second para."]


def test_roles_use_metadata_title():
    roles = assign_roles(["Headline", "Body one.", "Body two."], title="Headline")
    assert [r for r, _ in roles] == ["title", "body", "body"]


def test_content_hash_ignores_clutter_and_whitespace(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nBody  one.\n\nSource link\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nBody one.\n\nLeave a Comment\n", encoding="utf-8")
    c = nd.load_corpus(tmp_path)
    assert c["a"].content_hash == c["b"].content_hash
    assert c["b"].duplicate_of == "a"
    expected = hashlib.sha256(b"Title\nBody one.").hexdigest()
    assert c["a"].content_hash == expected


def test_jsonl_without_objects_is_a_problem(tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps([1, 2]) + "\n", encoding="utf-8")
    corpus = nd.load_corpus(tmp_path)
    assert corpus.problems["problem"].tolist() == ["parse_error"]


def test_article_paragraph_lists_and_lazy_frame_agree(seed):
    """Articles made by the loader keep plain lists and build their DataFrame on first use;
    both views say the same, and a frame assigned later replaces the lists."""
    from newsdesk.corpus import Article

    lists = seed.paragraph_lists
    frame = seed.paragraphs
    assert list(frame.columns) == PARAGRAPH_COLUMNS
    assert {c: frame[c].tolist() for c in PARAGRAPH_COLUMNS} == lists
    assert seed.analysable_lists["text"] == seed.analysable["text"].tolist()
    twin = Article(article_id=seed.article_id, paragraphs=frame.copy())
    assert twin.paragraph_lists == lists and twin.content_hash == seed.content_hash
    twin.paragraphs = frame.iloc[:2].copy()
    assert twin.paragraph_lists["text"] == frame["text"].iloc[:2].tolist()
    empty = Article(article_id="x")
    assert list(empty.paragraphs.columns) == PARAGRAPH_COLUMNS and empty.paragraph_lists["text"] == []


def test_a_large_corpus_is_moved_out_of_the_cycle_collectors_way(monkeypatch):
    import gc

    from newsdesk import bulk

    monkeypatch.setattr(bulk, "FREEZE_FROM", 1)  # the seed corpus counts as large here
    before = gc.get_freeze_count()
    try:
        corpus = nd.load_corpus(DATA)
        assert gc.isenabled()  # paused while loading, on again afterwards
        assert gc.get_freeze_count() > before  # the corpus's objects are not walked again
        assert len(corpus) >= 1
    finally:
        gc.unfreeze()
    monkeypatch.setattr(bulk, "FREEZE_FROM", 10**9)
    nd.load_corpus(DATA)
    assert gc.get_freeze_count() == 0  # a class-sized corpus leaves the collector alone


def test_gc_paused_restores_a_collector_that_was_off():
    import gc

    from newsdesk.bulk import gc_paused

    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left off: it was off before
    finally:
        gc.enable()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_head_is_a_corpus_of_the_first_articles_and_their_problems(awkward_dir):
    corpus = nd.load_corpus(awkward_dir)
    assert len(corpus) > 3
    head = corpus.head(3)
    assert head.ids == corpus.ids[:3]
    assert list(head.articles["article_id"]) == head.ids
    assert set(head.problems["article_id"]) <= set(head.ids)
    kept = corpus.problems[corpus.problems["article_id"].isin(head.ids)]
    assert len(head.problems) == len(kept)
    assert len(head.paragraphs) == sum(len(a.paragraphs) for a in head)
    assert corpus.head(len(corpus) + 5) is corpus


def test_known_metadata_lines_closed_by_a_blank_line():
    meta, body, warnings = split_front_matter("Title: Lavrov, Rubio talk\nPublished: 2025-02-15\nOutlet: Reuters\n\nMOSCOW (Reuters) - The two spoke.")
    assert meta == {"title": "Lavrov, Rubio talk", "published": "2025-02-15", "outlet": "Reuters"}
    assert body == "MOSCOW (Reuters) - The two spoke." and warnings == []
    # a headline that looks like "key: value" stays text
    for text in ("Lavrov: No talks on Ukraine\n\nBody.", "Lavrov: No talks\nPeskov: none\n\nBody.", "Title: only one\n\nBody."):
        assert split_front_matter(text) == ({}, text, [])
