"""Build the classroom apps in notebooks/apps/ (nbformat v4, no outputs): python tools/build_apps.py"""
import sys
from pathlib import Path

import nbformat as nbf

OUT = Path(__file__).resolve().parents[1] / "notebooks" / "apps"
ONLY = set(sys.argv[1:])

STYLE = """<style>
/* projector: larger text in app mode (Voilà); JupyterLab ignores this block */
body .jp-RenderedHTMLCommon { font-size: 17px; line-height: 1.5; }
body .widget-label, body .widget-dropdown select, body .jupyter-button { font-size: 15px; }
</style>"""

VOILA_NOTE = """# This page is an app: open it with Voilà so the code is hidden.
#   From the project folder:  make app      (or: .venv/bin/voila notebooks/apps --Voila.ip=127.0.0.1)
# In JupyterLab you can also run every cell (Run > Run All Cells) and use it here."""


def app(name: str, title: str, intro: str, steps: str, code: str, after: str, limits: str) -> None:
    if ONLY and name not in ONLY:
        return
    nb = nbf.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    footer = (
        "---\n*newsdesk classroom app. It works offline on the articles in `data/articles/` "
        "(the shipped article is Al Jazeera's report of 2 March 2023 on the Blinken–Lavrov encounter "
        "at the G20 in New Delhi). To add an article, save it as a `.txt` file in `data/articles/` "
        "and reload this page. The step-by-step notebooks in `notebooks/` explain the method.*"
    )
    nb.cells = [
        nbf.v4.new_markdown_cell(f"{STYLE}\n\n# {title}\n\n{intro}"),
        nbf.v4.new_code_cell(VOILA_NOTE + "\n" + code.split("\n---\n")[0]),
        nbf.v4.new_markdown_cell(f"## How to use this page\n\n{steps}"),
        nbf.v4.new_code_cell(code.split("\n---\n")[1]),
        nbf.v4.new_markdown_cell(after),
        nbf.v4.new_markdown_cell(f"## What this page cannot tell you\n\n{limits}\n\n{footer}"),
    ]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.execution_count = None
            cell.outputs = []
    nbf.validate(nb)
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i:02d}"  # stable ids: rebuilding gives the same file
    nbf.write(nb, OUT / name)
    print("wrote", OUT / name)


app(
    "how_does_it_sound.ipynb",
    "How does it sound?",
    "A computer program called **VADER** gives every sentence a score between **−1** "
    "(sounds negative) and **+1** (sounds positive), by adding up the scores of the words in it. "
    "This page shows those scores for one article, explains any single score word by word, and lets "
    "you change how VADER rates a word to see what happens.\n\n"
    "**For:** a class discussion, about 15 minutes. **You need:** nothing but this page.",
    "1. **Choose an article** in the *Article* list. The chart shows one mark per sentence; the "
    "legend names each colour in words.\n"
    "2. Under **Why this score?**, choose a sentence in the *Sentence* list. The words that pushed "
    "the score up or down are highlighted, with how much each one counted.\n"
    "3. Under **What if a word had another valence?**, type one word in *Word*, move the "
    "*New valence* slider (−4 very negative … +4 very positive) and press **Re-score every sentence**. "
    "The table lists every sentence whose score changed. **Undo all edits** puts VADER back.",
    "import newsdesk as nd\nfrom newsdesk.ui.sentiment_view import sentiment_explorer\n\n"
    "corpus = nd.load_corpus()\nexplorer = sentiment_explorer(corpus)\n---\nexplorer",
    "## Things to talk about\n\n"
    "- Find a sentence that VADER calls *negative* only because it mentions **war** or **tensions**. "
    "Is the journalist's tone negative, or the topic?\n"
    "- Give a name such as *Lavrov* a negative valence. How many sentences change? What does that say "
    "about a score that depends on a word list?\n"
    "- Does the headline sound more negative than the body of the article?",
    "- VADER was built for short social-media posts, not news; it does not know diplomatic language.\n"
    "- A score measures the *words*, not the journalist's opinion or the facts.\n"
    "- Quoted words belong to the person quoted: a negative quote does not make the article negative.",
)

app(
    "when_did_they_talk.ipynb",
    "When did they talk?",
    "News articles say *when* US and Russian officials met or spoke in many ways: a date, "
    "\"on Thursday\", \"last month\", \"the first time since the invasion\". This page finds those "
    "expressions in an article, places the contacts on a timeline, and compares them with a "
    "sourced record of US–Russia contacts (grey circles).\n\n"
    "**For:** a class discussion, about 15 minutes. **You need:** nothing but this page.",
    "1. **Choose an article** in the *Article* list (or *(all)* for every article).\n"
    "2. To look at one person or one kind of contact, choose in *Actor* or *Contact type*.\n"
    "3. Choose how the chart is split with *Lanes*, and drag the ends of the *Dates* slider to zoom in.\n"
    "4. Read the tables under the chart: the dated events, **what the article does not date**, and "
    "the article's \"first … since …\" claims checked against the record.\n"
    "5. **Export CSV + TimelineJS** saves what you see, to open in a spreadsheet or publish with TimelineJS.",
    "import newsdesk as nd\nfrom newsdesk.ui.timeline_view import timeline_explorer\n\n"
    "corpus = nd.load_corpus()\nexplorer = timeline_explorer(corpus)\n---\nexplorer",
    "## Things to talk about\n\n"
    "- Which contacts does the article date exactly, and which only vaguely (\"recently\", \"last year\")?\n"
    "- A claim like \"the first high-level meeting in months\": does the record agree? Who said it: "
    "the journalist or an official?\n"
    "- Which contacts in the record does the article leave out?",
    "- A date like \"Thursday\" is worked out from the publication date; if that date is wrong or "
    "missing, the event lands in the wrong place (or is listed as undated).\n"
    "- The reference record is a short, hand-made list with sources; it is not complete.\n"
    "- The program can miss a contact described in unusual words, or count a planned meeting as one that happened: "
    "always read the sentence.",
)

app(
    "who_said_what.ipynb",
    "Who said what?",
    "News is built from what people said. This page lists every quotation in an article: **who** "
    "is quoted, **on which side**, and whether the source is **named** or **anonymous** "
    "(\"a senior US official\"). Anonymous sources are common in diplomatic reporting, and readers "
    "cannot check them.\n\n"
    "**For:** a class discussion, about 15 minutes. **You need:** nothing but this page.",
    "1. **Choose an article** in the *Article* list.\n"
    "2. Filter the list of quotations: choose a *speaker type* such as **anonymous**, or a side.\n"
    "3. Read the table: every row is one quotation, with the words quoted and the words the article "
    "uses to say who said them.",
    "import newsdesk as nd\nfrom newsdesk.ui.quotes_view import quote_explorer\n\n"
    "corpus = nd.load_corpus()\nexplorer = quote_explorer(corpus)\n---\nexplorer",
    "## Things to talk about\n\n"
    "- How many quotations come from anonymous sources? From which side?\n"
    "- Does each side get to speak in its own words, or is one side only reported (\"Moscow said …\")?\n"
    "- Why might an official speak \"on condition of anonymity\"? What does the reader lose?",
    "- The program recognises the usual ways news writes a quotation; it can miss unusual ones or "
    "give a quotation to the wrong person. Check against the article.\n"
    "- \"Side\" comes from a hand-made list of people and institutions (`data/actors.csv`).\n"
    "- Counting quotations says nothing about whether what was said is true.",
)
