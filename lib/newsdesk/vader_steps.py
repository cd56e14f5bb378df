"""VADER's scoring, step by step (``vaderSentiment`` 3.3.2), with a faster first step.

``SentimentIntensityAnalyzer.polarity_scores`` does three things: it replaces each emoji by
its description, gives every token a valence with the analyser's rules, then applies ``but``
and combines the valences into ``neg``/``neu``/``pos``/``compound``. :mod:`newsdesk.explain`
needs the middle step on its own (to show each word's part), and the batch pipeline needs the
first one faster: the library builds the emoji-free text one character at a time in Python, a
quarter of its time on a news sentence, though news text rarely holds an emoji. When no
character of the text is an emoji that step only strips the text, so :class:`Analyzer` skips
the walk then and otherwise does exactly what the library does. Every later step is the
library's own method; tests compare every score with the unmodified library.
"""

from __future__ import annotations

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText


def _emoji_chars(sia: SentimentIntensityAnalyzer) -> frozenset[str]:
    """The emoji the library can replace: it looks at one character at a time, so only the
    one-character keys of its table ever match (kept on the analyser, built once)."""
    chars = getattr(sia, "_newsdesk_emoji_chars", None)
    if chars is None or chars[0] is not sia.emojis:
        chars = (sia.emojis, frozenset(k for k in sia.emojis if len(k) == 1))
        sia._newsdesk_emoji_chars = chars
    return chars[1]


def vader_text(sia: SentimentIntensityAnalyzer, text: str) -> str:
    """The text exactly as ``polarity_scores`` scores it: emoji replaced by their descriptions."""
    if _emoji_chars(sia).isdisjoint(text):
        return text.strip()  # what the character walk gives when it replaces nothing
    out, prev_space = "", True
    for ch in text:
        if ch in sia.emojis:
            if not prev_space:
                out += " "
            out += sia.emojis[ch]
            prev_space = False
        else:
            out += ch
            prev_space = ch == " "
    return out.strip()


def rule_valences(sia: SentimentIntensityAnalyzer, sentitext: SentiText) -> list[float]:
    """Per-token valences after every rule except ``but`` (the library's per-token loop, the
    call skipped for words it would give 0)."""
    words = sentitext.words_and_emoticons
    lows = [w.lower() for w in words]
    lexicon = sia.lexicon
    last = len(words) - 1
    sentiments: list[float] = []
    for i, low in enumerate(lows):
        # a booster, "kind" of "kind of", and (as the library's sentiment_valence gives it, so
        # the call is skipped) any word outside the lexicon score 0; most words are outside
        if low not in lexicon or low in BOOSTER_DICT or (i < last and low == "kind" and lows[i + 1] == "of"):
            sentiments.append(0)
        else:
            sentiments = sia.sentiment_valence(0, sentitext, words[i], i, sentiments)
    return sentiments


class Analyzer(SentimentIntensityAnalyzer):
    """The library's analyser with :func:`vader_text` as its first step; same scores."""

    def polarity_scores(self, text: str) -> dict[str, float]:
        text = vader_text(self, text)
        sentitext = SentiText(text)
        sentiments = self._but_check(sentitext.words_and_emoticons, rule_valences(self, sentitext))
        return self.score_valence(sentiments, text)
