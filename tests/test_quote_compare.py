"""Cross-article quote matching, side-by-side accounts, framing words and the sourcing mix."""

from __future__ import annotations

import newsdesk as nd
from newsdesk.quote_compare import (
    compare_quotes,
    framing,
    match_across,
    normalise_quote,
    relation,
    side_by_side,
    sourcing_mix,
    word_diff_html,
)
from newsdesk.quotes import quotes

AP = """---
title: Blinken and Lavrov speak briefly
outlet: AP
published: 2023-03-02
---
Blinken and Lavrov speak briefly

“We will not be intimidated by threats from Moscow, and our support for Ukraine will continue,” Blinken told reporters in New Delhi.

Peskov said the contact had been “brief and useless”.
"""
TASS = """---
title: Lavrov and Blinken talk on the move
outlet: TASS
published: 2023-03-02
---
Lavrov and Blinken talk on the move

"Our support for Ukraine will continue," Blinken said.

Peskov said the contact had been brief and useless, according to the Kremlin.
"""
GUARDIAN = """---
title: Ministers meet for ten minutes
outlet: Guardian
published: 2023-03-02
---
Ministers meet for ten minutes

‘We will not be intimidated by threats from Moscow, and our support for Ukraine will continue,’ Blinken said.
"""


def _articles(tmp_path):
    out = []
    for name, text in (("ap.md", AP), ("tass.md", TASS), ("guardian.md", GUARDIAN)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        out.append(nd.load_article(path))
    return out


def test_normalise_quote_ignores_glyphs_and_punctuation():
    assert normalise_quote("“We will not,” he said.") == normalise_quote('"we will not" he said')


def test_relation_kinds():
    assert relation("We will not be intimidated.", "“We will not be intimidated”")[0] == "exact"
    assert relation("We will not be intimidated by threats", "not be intimidated by")[0] == "trimmed"
    assert relation("Our support for Ukraine will continue for as long as it takes", "our support to Ukraine will go on for as long as it takes")[0] == "paraphrased"
    assert relation("We will not be intimidated", "The weather is fine today")[0] == "different"


def test_same_utterance_across_outlets(tmp_path):
    arts = _articles(tmp_path)
    q = quotes(arts)
    assert set(q.outlet) == {"AP", "TASS", "Guardian"}
    m = match_across(q)
    rel = {(r.outlet_a, r.outlet_b): r.relation for r in m.itertuples()}
    assert rel[("AP", "Guardian")] == "exact"
    trimmed = [r for r in m.itertuples() if {r.outlet_a, r.outlet_b} == {"AP", "TASS"} and r.speaker_a == "Antony Blinken"]
    assert trimmed and trimmed[0].relation == "trimmed"
    assert "<del" in trimmed[0].diff_html
    peskov = [r for r in m.itertuples() if r.speaker_a == "Dmitry Peskov"]
    assert peskov and {peskov[0].kind_a, peskov[0].kind_b} == {"indirect"}
    assert compare_quotes(q, scope="across").equals(m)


def test_diff_html_is_escaped():
    html = word_diff_html("<b>bold</b> words", "<script>x</script> words")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_side_by_side_within_the_seed(seed):
    s = side_by_side(seed)
    assert {"US", "Russia", "journalist"} <= set(s.side)
    assert list(s.side).index("US") < list(s.side).index("Russia")
    assert s["about"].str.len().gt(0).all()
    assert compare_quotes(seed, scope="within").equals(s)


def test_framing_contrasts_the_sides(seed):
    f = framing(seed)
    us = set(f[f.side == "US"].label)
    ru = set(f[f.side == "Russia"].label)
    assert "chatted" in us
    assert {"spoke on the move", "did not hold a meeting or negotiations"} <= ru
    assert "met" not in ru
    assert "met" in set(f[f.side.isin(["journalist", "media"])].label)
    assert set(f.voice) == {"quoted", "narration"}


def test_sourcing_mix_shares(seed, tmp_path):
    mix = sourcing_mix(seed)
    row = mix.iloc[0]
    assert row["n_statements"] == len(quotes(seed))
    assert 0 < row["type:anonymous"] < 1
    assert abs(row["kind:direct"] + row["kind:partial"] + row["kind:indirect"] - 1) < 0.01
    by_outlet = sourcing_mix(quotes(_articles(tmp_path)), by="outlet", long=True)
    assert set(by_outlet.outlet) == {"AP", "TASS", "Guardian"}
    for _, g in by_outlet.groupby(["outlet", "dimension"]):
        assert abs(g.share.sum() - 1) < 0.01
