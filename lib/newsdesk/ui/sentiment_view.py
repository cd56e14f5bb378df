"""Sentiment views for notebook 02 and the Voilà app: strip chart, explanations, what-if, labelling.

Every colour is from the Okabe–Ito palette and is also said in words (and by marker shape):
negative = vermillion, downward triangle; neutral = grey, circle; positive = blue, upward
triangle. Article text is always escaped. Builders return VBox subclasses whose child widgets
are attributes, so tests and apps can set ``.value`` and call ``.click()``.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from ..corpus import Corpus
from ..explain import explain
from ..labels import (
    agreement,
    confusion_table,
    default_labels_path,
    disagreements,
    load_labels,
    save_label,
)
from ..sentiment import SENTIMENT_COLUMNS, THRESHOLD, analyzer, by_speaker, rescore, sentiment
from .article_picker import ArticlePicker, article_options
from .common import (
    PALETTE,
    TINTS,
    analysed_table,
    chart_text,
    error_html,
    esc,
    note_html,
    safe_callback,
    table_html,
)
from .strip_chart import strip_chart_html

#: label -> (palette colour name, marker, arrow word)
LABEL_STYLE: dict[str, tuple[str, str]] = {
    "negative": ("vermillion", "v"),
    "neutral": ("grey", "o"),
    "positive": ("blue", "^"),
}
ROLE_NAMES = {"title": "headline", "standfirst": "standfirst", "body": "body"}
_WIDE = widgets.Layout(width="95%")
_STYLE = {"description_width": "initial"}


def label_legend_html() -> str:
    """The colour key in words."""
    items = [
        f"<span style='background:{TINTS[c]};border:1px solid #333;padding:1px 8px;margin-right:10px'>{esc(lab)} = {esc(c)}</span>"
        for lab, (c, _) in LABEL_STYLE.items()
    ]
    return f"<div style='font-size:15px;margin:4px 0'>Colour key: {''.join(items)} (band of ±{THRESHOLD} counts as neutral)</div>"


# --------------------------------------------------------------------------------------------
# charts


def strip_chart(scores: pd.DataFrame, article_id: str | None = None, title: str | None = None):
    """Sentence-by-sentence chart of one article: one stem per sentence, colour + shape by label.

    A matplotlib figure, for saving a picture (``fig.savefig``); the explorer and notebook 02
    show the same chart as inline SVG (:func:`newsdesk.ui.strip_chart.strip_chart_html`), which
    is drawn in milliseconds and has a tooltip per sentence."""
    if article_id is None and len(scores):
        article_id = scores["article_id"].iloc[0]
    frame = scores[scores["article_id"] == article_id].sort_values("sentence_no")
    fig, ax = plt.subplots(figsize=(11, 4.2))
    ax.axhspan(-THRESHOLD, THRESHOLD, color=PALETTE["grey"], alpha=0.25, lw=0)
    ax.axhline(0, color="black", lw=0.8)
    for label, (colour, marker) in LABEL_STYLE.items():
        part = frame[frame["label"] == label]
        if part.empty:
            continue
        ax.vlines(part["sentence_no"], 0, part["compound"], color=PALETTE[colour], lw=3)
        ax.scatter(part["sentence_no"], part["compound"], color=PALETTE[colour], marker=marker, s=80, zorder=3, edgecolor="black", label=f"{label} ({colour}, {'▼' if marker == 'v' else '▲' if marker == '^' else '●'})")
    ticks = frame["sentence_no"].tolist()
    ax.set_xticks(ticks)
    ax.set_xticklabels([("H" if r == "title" else "S" if r == "standfirst" else str(n)) for n, r in zip(frame["sentence_no"], frame["role"], strict=True)], fontsize=11)
    body = frame[frame["role"] == "body"]
    if len(body):
        ax.axhline(body["compound"].mean(), color=PALETTE["black"], ls="--", lw=1.2, label=f"body average ({body['compound'].mean():+.2f}, dashed)")
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("VADER compound score\n(−1 most negative, +1 most positive)", fontsize=12)
    ax.set_xlabel("sentence in reading order (H = headline, S = standfirst)", fontsize=12)
    ax.set_title(title or f"Sentence by sentence: {chart_text(article_id)}", fontsize=13)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=11, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    return fig


def headline_body_chart(scores: pd.DataFrame, article_id: str | None = None):
    """The body's sentence scores as dots on one line, the headline and standfirst marked."""
    if article_id is None and len(scores):
        article_id = scores["article_id"].iloc[0]
    frame = scores[scores["article_id"] == article_id]
    fig, ax = plt.subplots(figsize=(10, 2.8))
    body = frame[frame["role"] == "body"]
    ax.axvspan(-THRESHOLD, THRESHOLD, color=PALETTE["grey"], alpha=0.25, lw=0)
    ax.scatter(body["compound"], [0] * len(body), s=70, color=PALETTE["grey"], edgecolor="black", alpha=0.8, label="body sentences (grey dots)")
    if len(body):
        ax.axvline(body["compound"].mean(), color="black", ls="--", label=f"body average {body['compound'].mean():+.2f} (dashed line)")
    for role, colour, marker, y in (("title", "orange", "D", 0.5), ("standfirst", "sky blue", "s", -0.5)):
        part = frame[frame["role"] == role]
        if len(part):
            value = part["compound"].mean()
            ax.scatter([value], [y], s=160, marker=marker, color=PALETTE[colour], edgecolor="black", zorder=3, label=f"{ROLE_NAMES[role]} {value:+.2f} ({colour} {'diamond' if marker == 'D' else 'square'})")
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_xlabel("compound score (−1 negative … +1 positive)", fontsize=12)
    ax.set_title("Headline and standfirst against the body", fontsize=13)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.05), fontsize=11, frameon=False)
    fig.tight_layout()
    return fig


def speaker_chart(speakers: pd.DataFrame, min_sentences: int = 1):
    """Mean compound per speaker (horizontal bars); side written in brackets, n = sentences.

    Bars are coloured by the label of the mean (vermillion negative, grey neutral, blue
    positive), the same key as every other sentiment chart, not by side, so that "Russia" and
    "negative" never share a colour here.
    """
    frame = speakers[speakers["n_sentences"] >= min_sentences].sort_values("mean_compound")
    fig, ax = plt.subplots(figsize=(10, 0.45 * max(len(frame), 2) + 1.4))
    names = [f"{chart_text(s)} [{chart_text(side)}] (n={n})" for s, side, n in zip(frame["speaker"], frame["side"], frame["n_sentences"], strict=True)]
    labels = [("positive" if v >= THRESHOLD else "negative" if v <= -THRESHOLD else "neutral") for v in frame["mean_compound"]]
    colours = [PALETTE[LABEL_STYLE[lab][0]] for lab in labels]
    ax.barh(names, frame["mean_compound"], color=colours, edgecolor="black")
    for y, (value, lab) in enumerate(zip(frame["mean_compound"], labels, strict=True)):
        ax.text(value + (0.02 if value >= 0 else -0.02), y, f"{value:+.2f} {lab}", va="center", ha="left" if value >= 0 else "right", fontsize=11)
    ax.axvspan(-THRESHOLD, THRESHOLD, color=PALETTE["grey"], alpha=0.25, lw=0)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("average compound score of the sentences attributed to the speaker", fontsize=12)
    ax.set_title("Who sounds negative? [side] (n = sentences); vermillion = negative, grey = neutral, blue = positive", fontsize=11)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# explanation HTML


def _tint(value: float) -> str:
    if value > 0:
        return TINTS["blue"]
    if value < 0:
        return TINTS["vermillion"]
    return "transparent"


def explanation_html(ex: pd.DataFrame) -> str:
    """The sentence with scored words highlighted, then one bar per word; the bars add up.

    ``ex`` is :func:`newsdesk.explain.explain`'s output. All text is escaped.
    """
    a = ex.attrs
    words = []
    for row in ex[ex["kind"] == "word"].itertuples():
        if row.contribution:
            sign = "raises" if row.contribution > 0 else "lowers"
            words.append(
                f"<span title='{esc(row.token)}: {sign} the score ({row.contribution:+.2f}). {esc(row.rules)}' "
                f"style='background:{_tint(row.contribution)};border-bottom:3px {'solid' if row.contribution > 0 else 'dotted'} #000;padding:0 2px'>"
                f"{esc(row.raw)}<sub style='font-size:11px'>{row.contribution:+.2f}</sub></span>"
            )
        else:
            words.append(esc(row.raw))
    sentence = " ".join(words)
    moved = ex[ex["contribution"] != 0]
    scale = max(moved["share"].abs().max() if len(moved) else 0, 1e-9)
    bars = []
    for row in moved.itertuples():
        width = int(round(180 * abs(row.share) / scale))
        colour = PALETTE["blue"] if row.share > 0 else PALETTE["vermillion"]
        bar = f"<div style='display:inline-block;height:14px;width:{width}px;background:{colour};border:1px solid #000'></div>"
        left = bar if row.share < 0 else ""
        right = bar if row.share > 0 else ""
        lex = "—" if pd.isna(row.lexicon_valence) else f"{row.lexicon_valence:+.2f}"
        bars.append(
            "<tr>"
            f"<td style='padding:2px 8px'><b>{esc(row.token)}</b></td>"
            f"<td style='padding:2px 8px;text-align:right'>{lex}</td>"
            f"<td style='padding:2px 8px;text-align:right'>{row.contribution:+.3f}</td>"
            f"<td style='padding:2px 0;text-align:right;width:190px'>{left}</td>"
            f"<td style='padding:2px 0;width:190px;border-left:2px solid #000'>{right}</td>"
            f"<td style='padding:2px 8px;text-align:right'>{row.share:+.3f}</td>"
            f"<td style='padding:2px 8px;font-size:13px;white-space:normal'>{esc(row.rules)}</td>"
            "</tr>"
        )
    if not bars:
        table = note_html("No word in this sentence is in VADER's lexicon (or every scored word was cancelled), so it scores 0: neutral.")
    else:
        head = "".join(f"<th style='text-align:left;padding:2px 8px;border-bottom:2px solid #000'>{h}</th>" for h in ("word", "lexicon valence", "after rules", "lowers (vermillion)", "raises (blue)", "share of score", "rules that applied"))
        table = f"<table style='border-collapse:collapse;font-size:14px'><thead><tr>{head}</tr></thead><tbody>{''.join(bars)}</tbody></table>"
    total = a.get("sum", 0.0)
    compound = a.get("compound", 0.0)
    maths = (
        f"<p style='font-size:15px'>Sum of the word valences S = <b>{total:+.3f}</b>. VADER squeezes it into −1…+1: "
        f"compound = S / √(S² + {a.get('alpha', 15)}) = <b>{compound:+.4f}</b> → <b>{esc(a.get('label', ''))}</b>. "
        f"The 'share of score' column scales every word by the same factor, so the bars add up to {compound:+.4f}.</p>"
    )
    return (
        "<div class='newsdesk-explain' style='font-size:16px;line-height:1.9;max-width:1150px'>"
        f"<div style='margin-bottom:6px'>{sentence}</div>"
        "<div style='font-size:13px'>Highlighted words are in VADER's lexicon: blue with a solid underline raises the score, "
        "vermillion with a dotted underline lowers it; the small number is what the word added after VADER's rules.</div>"
        f"{table}{maths}</div>"
    )


# --------------------------------------------------------------------------------------------
# widgets


def _sentence_options(scores: pd.DataFrame) -> list[tuple[str, int]]:
    out = []
    for idx, row in scores.iterrows():
        text = str(row["text"])
        short = text if len(text) <= 90 else text[:87] + "…"
        out.append((f"{int(row['sentence_no'])} [{ROLE_NAMES.get(row['role'], row['role'])}] {row['compound']:+.2f}: {short}", idx))
    return out




class ExplanationView(widgets.VBox):
    """Pick a sentence; see its highlighted words and the bars that add up to its score.

    Attributes: ``sentence`` (Dropdown, value = row index in ``scores``), ``output``,
    ``explanation`` (the last :func:`explain` DataFrame), ``html`` (the last HTML shown),
    ``overrides`` (dict of what-if valences in force).
    """

    def __init__(self, scores: pd.DataFrame, overrides: dict | None = None):
        self.scores = scores
        self.overrides = dict(overrides or {})
        self.sentence = widgets.Dropdown(options=_sentence_options(scores), description="Sentence:", layout=_WIDE, style=_STYLE)
        self.output = widgets.Output()
        self.explanation: pd.DataFrame | None = None
        self.html = ""
        self._render = safe_callback(self.output)(self._show)
        self.sentence.observe(lambda change: self._render(), names="value")
        super().__init__([self.sentence, self.output])
        if len(scores):
            self._render()

    def set_scores(self, scores: pd.DataFrame) -> None:
        """Show another article's (or a re-scored) sentences."""
        self.scores = scores
        options = _sentence_options(scores)
        self.sentence.options = options
        if options:
            self.sentence.value = options[0][1]
        self._render()

    def _show(self) -> None:
        if self.sentence.value is None:
            display(HTML(note_html("No sentence to explain.")))
            return
        text = self.scores.loc[self.sentence.value, "text"]
        self.explanation = explain(text, self.overrides or None)
        self.html = explanation_html(self.explanation)
        display(HTML(self.html))


class WhatIfBox(widgets.VBox):
    """Edit a word's valence and see every sentence's score change.

    Attributes: ``word`` (Text), ``valence`` (FloatSlider, −4…+4), ``lookup`` (HTML showing the
    word's current valence), ``apply_button``, ``reset_button``, ``output``, ``overrides``
    (dict in force), ``result`` (the last :func:`newsdesk.sentiment.rescore` DataFrame).
    """

    def __init__(self, scores: pd.DataFrame):
        self.scores = scores
        self.overrides: dict[str, float] = {}
        self.result: pd.DataFrame | None = None
        self.word = widgets.Text(description="Word:", placeholder="e.g. war", continuous_update=False, style=_STYLE)
        self.valence = widgets.FloatSlider(value=0.0, min=-4.0, max=4.0, step=0.1, description="New valence:", continuous_update=False, style=_STYLE, layout=widgets.Layout(width="420px"))
        self.lookup = widgets.HTML()
        self.apply_button = widgets.Button(description="Re-score every sentence", button_style="primary", icon="refresh", layout=widgets.Layout(width="240px"))
        self.reset_button = widgets.Button(description="Undo all edits", icon="undo")
        self.output = widgets.Output()
        self.word.observe(lambda change: self._lookup(), names="value")
        self.apply_button.on_click(safe_callback(self.output)(self._apply))
        self.reset_button.on_click(safe_callback(self.output)(self._reset))
        super().__init__([widgets.HBox([self.word, self.valence]), self.lookup, widgets.HBox([self.apply_button, self.reset_button]), self.output])

    def _lookup(self) -> None:
        word = self.word.value.strip().lower()
        if not word:
            self.lookup.value = ""
            return
        lex = analyzer().lexicon
        if " " in word:
            self.lookup.value = f"<span style='color:#D55E00'>VADER scores single words only; '{esc(word)}' has a space.</span>"
        elif word in lex:
            self.lookup.value = f"VADER's valence for <b>{esc(word)}</b> is <b>{lex[word]:+.1f}</b> (scale −4…+4)."
            self.valence.value = round(lex[word], 1)
        else:
            self.lookup.value = f"<b>{esc(word)}</b> is not in VADER's lexicon (it counts 0). Give it a valence to add it."

    def _apply(self, _button=None) -> None:
        word = self.word.value.strip().lower()
        if not word or " " in word:
            raise ValueError("type one word (no spaces) in the Word box first")
        self.overrides[word] = float(self.valence.value)
        self._show()

    def _reset(self, _button=None) -> None:
        self.overrides = {}
        self._show()

    def _show(self) -> None:
        self.result = rescore(self.scores, self.overrides or None)
        changed = self.result[self.result["change"] != 0]
        if not self.overrides:
            display(HTML(note_html("No edits: every sentence has VADER's original score.")))
            return
        edits = ", ".join(f"{w} → {v:+.1f}" for w, v in self.overrides.items())
        before, after = self.result["compound_before"].mean(), self.result["compound"].mean()
        flips = int(self.result["label_changed"].sum())
        display(HTML(
            f"<p style='font-size:15px'>Edits in force: <b>{esc(edits)}</b>. {len(changed)} of {len(self.result)} sentences changed score; "
            f"<b>{flips}</b> changed label. Average score {before:+.3f} → {after:+.3f}.</p>"
        ))
        if len(changed):
            shown = changed.assign(before=lambda f: f["compound_before"].map("{:+.3f}".format) + " " + f["label_before"], after=lambda f: f["compound"].map("{:+.3f}".format) + " " + f["label"])
            display(HTML(table_html(shown, ["sentence_no", "text", "before", "after"], wrap_cols=("text",))))


class SentimentExplorer(widgets.VBox):
    """Article picker, strip chart, explanation view and what-if box in one panel.

    Attributes: ``picker`` (:class:`ArticlePicker` of article ids), ``chart_output`` (Output), ``explain_view``
    (:class:`ExplanationView`), ``what_if`` (:class:`WhatIfBox`), ``scores`` (current article's
    sentence scores).
    """

    def __init__(self, corpus: Corpus, scores: pd.DataFrame | None = None):
        self.corpus = corpus
        self.all_scores = scores if scores is not None else analysed_table(corpus, "sentiment", lambda: sentiment(corpus), SENTIMENT_COLUMNS)
        self.picker = ArticlePicker(article_options(corpus.articles), description="Article:", layout=_WIDE, style=_STYLE)
        self.chart_output = widgets.Output()
        self.scores = self._article_scores()
        self.explain_view = ExplanationView(self.scores)
        self.what_if = WhatIfBox(self.scores)
        self.picker.observe(lambda change: self._switch(), names="value")
        self._draw = safe_callback(self.chart_output)(self._draw_chart)
        super().__init__([
            widgets.HTML(label_legend_html()), self.picker, self.chart_output,
            widgets.HTML("<h4>Why this score?</h4>"), self.explain_view,
            widgets.HTML("<h4>What if a word had another valence?</h4>"), self.what_if,
        ])
        if self.picker.value is not None:
            self._draw()

    def _article_scores(self) -> pd.DataFrame:
        if self.picker.value is None:
            return self.all_scores.iloc[0:0]
        return self.all_scores[self.all_scores["article_id"] == self.picker.value]

    def _draw_chart(self) -> None:
        display(HTML(strip_chart_html(self.scores, self.picker.value)))

    def _switch(self) -> None:
        self.scores = self._article_scores()
        self.explain_view.set_scores(self.scores)
        self.what_if.scores = self.scores
        self._draw()


def sentiment_explorer(corpus: Corpus, scores: pd.DataFrame | None = None) -> SentimentExplorer:
    """The sentiment explorer panel (see :class:`SentimentExplorer`)."""
    return SentimentExplorer(corpus, scores)


class LabellingWidget(widgets.VBox):
    """A student labels sentences; labels go to a CSV (atomic, append-safe); agreement on demand.

    The machine's label is hidden while labelling so it does not anchor the student.
    Attributes: ``student`` (Text), ``picker`` (:class:`ArticlePicker`), ``sentence`` (Dropdown, value
    = row index in ``scores``), ``sentence_html`` (HTML, escaped), ``label`` (ToggleButtons,
    None until chosen), ``comment`` (Text), ``save_button``, ``next_button``, ``status``
    (Output), ``agreement_button``, ``agreement_output`` (Output), ``labels_path``,
    ``last_saved`` (DataFrame of the last saved row), ``agreement_table``/``confusion``/
    ``worst`` (DataFrames of the last agreement run).
    """

    def __init__(self, corpus: Corpus, labels_path: str | Path | None = None, scores: pd.DataFrame | None = None):
        self.corpus = corpus
        self.labels_path = Path(labels_path) if labels_path else default_labels_path()
        self.all_scores = scores if scores is not None else sentiment(corpus, find_quotes=False)
        self.last_saved: pd.DataFrame | None = None
        self.agreement_table: pd.DataFrame | None = None
        self.confusion: pd.DataFrame | None = None
        self.worst: pd.DataFrame | None = None
        self.student = widgets.Text(description="Your name:", placeholder="first name", style=_STYLE)
        self.picker = ArticlePicker(article_options(corpus.articles), description="Article:", layout=_WIDE, style=_STYLE)
        self.sentence = widgets.Dropdown(description="Sentence no.:", style=_STYLE, layout=widgets.Layout(width="220px"))
        self.sentence_html = widgets.HTML()
        self.label = widgets.ToggleButtons(options=[("negative ▼", "negative"), ("neutral ●", "neutral"), ("positive ▲", "positive")], value=None, description="Your label:", style=_STYLE)
        self.comment = widgets.Text(description="Why? (optional)", placeholder="e.g. 'war' is the topic, not the tone", layout=_WIDE, style=_STYLE)
        self.save_button = widgets.Button(description="Save my label", button_style="success", icon="save")
        self.next_button = widgets.Button(description="Next sentence", icon="arrow-right")
        self.status = widgets.Output()
        self.agreement_button = widgets.Button(description="Show class agreement", button_style="info", icon="users", layout=widgets.Layout(width="240px"))
        self.agreement_output = widgets.Output()
        self.picker.observe(lambda change: self._fill_sentences(), names="value")
        self.sentence.observe(lambda change: self._show_sentence(), names="value")
        self.save_button.on_click(safe_callback(self.status)(self._save))
        self.next_button.on_click(lambda _b: self._next())
        self.agreement_button.on_click(safe_callback(self.agreement_output)(self._agreement))
        super().__init__([
            widgets.HTML(f"<div style='font-size:14px'>Labels are saved to <code>{esc(self.labels_path)}</code>.</div>"),
            self.student, self.picker, self.sentence, self.sentence_html, self.label, self.comment,
            widgets.HBox([self.save_button, self.next_button]), self.status,
            self.agreement_button, self.agreement_output,
        ])
        self._fill_sentences()

    @property
    def scores(self) -> pd.DataFrame:
        return self.all_scores[self.all_scores["article_id"] == self.picker.value]

    def _fill_sentences(self) -> None:
        frame = self.scores
        options = [(str(int(n)), idx) for idx, n in zip(frame.index, frame["sentence_no"], strict=True)]
        self.sentence.options = options
        if options:
            self.sentence.value = options[0][1]
        self._show_sentence()

    def _show_sentence(self) -> None:
        if self.sentence.value is None:
            self.sentence_html.value = note_html("No sentences in this article.")
            return
        row = self.all_scores.loc[self.sentence.value]
        self.sentence_html.value = (
            f"<div style='font-size:18px;line-height:1.5;border-left:6px solid #333;padding:6px 12px;background:#f4f4f4;max-width:1100px'>"
            f"<span style='font-size:13px'>{esc(ROLE_NAMES.get(row['role'], row['role']))}, sentence {int(row['sentence_no'])}</span><br>{esc(row['text'])}</div>"
        )

    def _next(self) -> None:
        opts = [v for _, v in self.sentence.options]
        if self.sentence.value in opts and opts.index(self.sentence.value) + 1 < len(opts):
            self.sentence.value = opts[opts.index(self.sentence.value) + 1]
        self.label.value = None
        self.comment.value = ""

    def _save(self, _button=None) -> None:
        if self.label.value is None:
            raise ValueError("choose negative, neutral or positive before saving")
        if self.sentence.value is None:
            raise ValueError("there is no sentence to label")
        row = self.all_scores.loc[self.sentence.value]
        self.last_saved = save_label(
            self.labels_path, student=self.student.value, article_id=row["article_id"], sentence_no=int(row["sentence_no"]),
            paragraph_no=int(row["paragraph_no"]), text=row["text"], label=self.label.value, comment=self.comment.value,
            machine_label=row["label"], machine_compound=float(row["compound"]),
        )
        if self.last_saved.attrs.get("problem"):
            display(HTML(error_html(self.last_saved.attrs["problem"])))
        display(HTML(note_html(f"Saved: {self.student.value.strip()} labelled sentence {int(row['sentence_no'])} as {self.label.value}. Press 'Next sentence' to go on.")))

    def _agreement(self, _button=None) -> None:
        labels = load_labels(self.labels_path)
        if labels.attrs.get("problem"):
            display(HTML(error_html(labels.attrs["problem"])))
        if labels.empty:
            display(HTML(note_html("No labels saved yet.")))
            return
        self.agreement_table = agreement(labels, self.all_scores)
        self.confusion = confusion_table(labels, self.all_scores)
        self.worst = disagreements(labels, self.all_scores, top=8)
        display(HTML(agreement_html(self.agreement_table, self.confusion, self.worst)))


def agreement_html(pairs: pd.DataFrame, confusion: pd.DataFrame, worst: pd.DataFrame) -> str:
    """Confusion table, kappa per pair and the most disputed sentences, escaped."""
    conf = confusion.copy()
    conf.insert(0, "students said ↓ / machine said →", conf.index)
    shown_pairs = pairs.assign(kappa=pairs["kappa"].map(lambda k: "not defined" if pd.isna(k) else f"{k:.2f}"))
    parts = [
        "<h4>Students (rows) against the machine (columns), all students together</h4>",
        table_html(conf.reset_index(drop=True)),
        "<h4>Agreement per pair (Cohen's kappa: 1 = perfect, 0 = no better than chance, below 0 = worse than chance)</h4>",
        table_html(shown_pairs, ["rater_a", "rater_b", "n_shared", "percent_agree", "kappa"]),
        "<h4>Sentences with most disagreement</h4>",
        table_html(worst, ["sentence_no", "text", "machine", "negative", "neutral", "positive", "share_against_machine", "comments"], wrap_cols=("text", "comments")),
    ]
    return "".join(parts)


def labelling_widget(corpus: Corpus, labels_path: str | Path | None = None, scores: pd.DataFrame | None = None) -> LabellingWidget:
    """The classroom labelling panel (see :class:`LabellingWidget`)."""
    return LabellingWidget(corpus, labels_path, scores)


def speakers_html(scores: pd.DataFrame) -> str:
    """Per-speaker table (or a note saying why speakers are missing)."""
    table = by_speaker(scores)
    if table.empty:
        return note_html(scores.attrs.get("note", "No speaker information: the quotes module gave no statements."))
    return table_html(table, ["speaker", "speaker_type", "side", "n_sentences", "n_in_quote", "mean_compound", "share_negative", "share_neutral", "share_positive", "label"])
