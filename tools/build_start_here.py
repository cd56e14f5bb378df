"""Build notebooks/00_start_here.ipynb (run: python tools/build_start_here.py)."""

from pathlib import Path

from nbtools import code, md, write

OUT = Path(__file__).resolve().parents[1] / "notebooks" / "00_start_here.ipynb"

cells = [
    md("""
# Start here: what exactly are we reading?

| | |
|---|---|
| **Question** | Who wrote this article, who republished it, what did the republisher add, and who appears in it? |
| **Audience** | Anyone: students in a media-literacy class, teachers, curious readers. No programming needed. |
| **Time** | About 20 minutes. |
| **Data** | The articles in `data/articles/`. Shipped: Al Jazeera's report of the Blinken–Lavrov encounter at the G20 in New Delhi (2 March 2023), as republished by a news aggregator. Metadata from `data/catalog.csv`; people and institutions from `data/actors.csv`. |
| **Libraries** | `newsdesk` (this project), pandas, ipywidgets. Everything runs offline. |
| **Next** | `01_timeline` (when did they talk?), `02_sentiment` (how does it sound?), `03_quotes` (who said what?). |
"""),
    md("""
<div style="border-left:6px solid #E69F00;background:#FBE3B3;padding:10px 14px;color:#000">
<b>New to notebooks?</b> This page mixes text with small grey boxes of code (cells).
Click a code cell and press <b>Shift + Enter</b> to run it; the result appears underneath.
Run the cells in order from the top. If something looks stuck, use
<b>Kernel → Restart Kernel and Run All Cells</b>. Nothing you do here leaves your computer,
and you cannot break the articles: the notebook only reads them.
</div>
"""),
    md("""
## 1. Load the articles

The first cell loads the `newsdesk` helpers and reads every file in `data/articles/`.
**Guess first:** how many articles do you expect, and how many paragraphs does the shipped one have?
"""),
    code("""
import newsdesk as nd
from IPython.display import HTML, display
from newsdesk.ui.article_view import ArticleBrowser, corpus_table, problems_html

corpus = nd.load_corpus()
print(f"{len(corpus)} article(s) loaded, {len(corpus.problems)} file problem(s) reported")
corpus_table(corpus)
"""),
    md("""
Each row is one article. `n_paragraphs` counts only the journalist's paragraphs (the *body*),
and `warnings` lists what the file did not tell us: an empty `url` means the file never said
where the article came from. newsdesk leaves such gaps empty (`NA`) instead of guessing.
"""),
    md("""
## 2. Files that could not be used

A file that cannot be read (empty, an image saved as `.txt`, a broken export) is never silently
skipped: it is listed here with the reason, and every other article still loads.
"""),
    code("""
display(HTML(problems_html(corpus)))
"""),
    md("""
## 3. Read one article, part by part

Every paragraph is labelled with a **role**, shown by a colour *and* in words:
the headline, the standfirst (the summary under it), the outlet's reporting (body),
credit lines, and *boilerplate* — text the republishing website added.
Pick an article from the list to show it.
"""),
    code("""
browser = ArticleBrowser(corpus)
browser
"""),
    md("""
Look at the end of the shipped article: "Source link", a request to subscribe and "Leave a Comment"
were not written by Al Jazeera. The aggregator added them. "(Al Jazeera)" in the middle is a
credit line. None of this is deleted — it is evidence of how the story travelled — but the
analyses in the other notebooks read only the headline, standfirst and body.
"""),
    code("""
roles = corpus.paragraphs.groupby(["article_id", "role"]).size().unstack(fill_value=0)
roles
"""),
    md("""
## 4. Who appears in the article?

newsdesk recognises people, institutions and treaties from `data/actors.csv`, including
spelling variants and transliterations (Sergey/Sergei Lavrov). The table counts the mentions.
"""),
    code("""
# nd.analysed reads the shared cache (data/cache/analysis): articles analysed before are not redone
analysis = nd.analysed(corpus)
mentions = analysis["mentions"]
actors = nd.load_actors().set_index("actor_id")
who = (
    mentions.groupby(["actor_id", "name"]).size().rename("mentions").reset_index()
    .join(actors[["kind", "side", "role"]], on="actor_id")
    .sort_values("mentions", ascending=False, ignore_index=True)
)
who
"""),
    md("""
The most mentioned actors are the two ministers. Notice the *side* column: it is what later
notebooks use to compare how the US side and the Russian side told the story.

Names the actor table does not know are listed next, so you can add them to `data/actors.csv`
(places show up here too — a human decides what is an actor).
"""),
    code("""
nd.unresolved(corpus).head(15)
"""),
    md("""
## 5. Spot the inconsistencies

Careful reading notices small slips. The table lists, for every actor, each way the article
spelled their name and each title it gave them. Rows marked `inconsistent` deserve a second look.
"""),
    code("""
variants = nd.name_variants(corpus)
variants[variants["inconsistent"]][["name", "spellings", "titles", "n_mentions"]]
"""),
    md("""
**Discuss:** in the shipped article, is Antony Blinken a "Secretary of State" or a
"foreign secretary"? Is it Sergey or Sergei? G20 or G-20? New START or NEW START?
Which of these are house style, which are translation habits, and which are mistakes?
What might they tell you about how (and how fast) the copy was written?
"""),
    md("""
## 6. Sentences

The later notebooks work sentence by sentence. The splitter knows news abbreviations
("U.S.", "Feb.", "Gen.") and quotes that end in `.”`, and needs no internet.
"""),
    code("""
sentences = analysis["sentences"]
print(f"{len(sentences)} sentences")
sentences[["article_id", "paragraph_no", "role", "text"]].head(8)
"""),
    md("""
## Limits of this method

- **Roles are rules, not understanding.** Clutter is recognised by patterns ("Source link",
  "subscribe", "(Reuters)"); a new kind of clutter will be read as body text until a pattern is added.
  The standfirst is taken to be the line after the headline in plain-text files.
- **Actors come from a list.** Anyone missing from `data/actors.csv` is not recognised, and a
  surname shared by two people (two "Smiths") would be merged. Capital cities stand for
  governments ("Moscow", "Washington"), which is usually, not always, right.
- **Metadata is only as good as the file.** A missing date or URL stays missing; check
  `data/catalog.csv` for where each article came from.
"""),
    md("""
## Exercise

1. Save another article about a US–Russia contact as a `.txt` file (headline on the first line,
   a blank line between paragraphs) in `data/articles/`, add a row for it to `data/catalog.csv`,
   and run this notebook again from the top. Did every paragraph get the right role?
2. Find one name in section 4's "unknown" list that *should* be an actor, and add it to
   `data/actors.csv` (with its aliases). Re-run: is it recognised now?
3. In the article view, which paragraphs would you remove before sharing the story with a class,
   and why might you keep them instead?
"""),
    md("""
---
*Testing cell:* the next cell checks the article picker the way a person would use it
(choose the first few articles in turn), so an automatic run of this notebook exercises the widget.
"""),
    code("""
for article_id in corpus.ids[:5]:
    browser.picker.value = article_id
    assert browser.shown == article_id, "the article view did not follow the picker"
browser.picker.value = corpus.ids[0]
print("article picker OK")
"""),
]

write(OUT, cells)
print(f"wrote {OUT}")
