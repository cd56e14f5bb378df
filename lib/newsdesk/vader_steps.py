"""VADER's scoring, step by step (``vaderSentiment`` 3.3.2), with a faster first step.

``SentimentIntensityAnalyzer.polarity_scores`` does three things: it replaces each emoji by
its description, gives every token a valence with the analyser's rules, then applies ``but``
and combines the valences into ``neg``/``neu``/``pos``/``compound``. :mod:`newsdesk.explain`
needs the middle step on its own (to show each word's part), and the batch pipeline needs the
first one faster: the library builds the emoji-free text one character at a time in Python, a
quarter of its time on a news sentence, though news text rarely holds an emoji. When no
character of the text is an emoji that step only strips the text, so :class:`Analyzer` skips
the walk then and otherwise does exactly what the library does. The words, the ``but`` rule and
the final combination are rebuilt as compiled loops (see :class:`Analyzer`); the per-word rules
are the library's own methods; tests compare every score with the unmodified library.
"""

from __future__ import annotations

import math
import string

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


def senti_text(text: str) -> SentiText:
    """The library's ``SentiText(text)``, its attributes built in compiled loops.

    The library strips each word with a Python method call and counts capitals in another
    loop: a fifth of its time on a news sentence. Same attributes, same values: the words
    split at whitespace with leading and trailing punctuation removed unless two characters or
    fewer remain (an emoticon), and whether some but not all of them are in capitals.
    """
    sentitext = SentiText.__new__(SentiText)
    words: list[str] = []
    capitals = 0
    for token in text.split():
        stripped = token.strip(string.punctuation)
        word = token if len(stripped) <= 2 else stripped
        words.append(word)
        if word.isupper():
            capitals += 1
    sentitext.text = text
    sentitext.words_and_emoticons = words
    sentitext.is_cap_diff = 0 < len(words) - capitals < len(words)
    return sentitext


def combined_scores(sentiments: list[float], text: str) -> dict[str, float]:
    """The library's ``score_valence``: the same arithmetic in the same order (so the same
    floating-point results), without its three method calls per sentence. Punctuation adds
    0.292 per "!" (four at most) and 0.18 per "?" when two or three (0.96 for more)."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    total_valence = float(sum(sentiments))
    question_marks = text.count("?")
    emphasis = min(text.count("!"), 4) * 0.292 + (0 if question_marks <= 1 else question_marks * 0.18 if question_marks <= 3 else 0.96)
    if total_valence > 0:
        total_valence += emphasis
    elif total_valence < 0:
        total_valence -= emphasis
    compound = total_valence / math.sqrt((total_valence * total_valence) + 15)
    compound = -1.0 if compound < -1.0 else 1.0 if compound > 1.0 else compound
    pos_sum, neg_sum, neu_count = 0.0, 0.0, 0
    for score in sentiments:
        if score > 0:
            pos_sum += float(score) + 1  # (the library's offset for the neutral words counted as 1)
        if score < 0:
            neg_sum += float(score) - 1
        if score == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += emphasis
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= emphasis
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


class Analyzer(SentimentIntensityAnalyzer):
    """The library's analyser with faster glue around its rules; same scores.

    :func:`vader_text` for the emoji step, :func:`senti_text` for the words, the library's
    ``but`` rule only when the text has a "but" (otherwise it changes nothing), and
    :func:`combined_scores` for the final step. The per-word rules are the library's own.
    """

    def polarity_scores(self, text: str) -> dict[str, float]:
        text = vader_text(self, text)
        sentitext = senti_text(text)
        sentiments = rule_valences(self, sentitext)
        if "but" in text.lower():
            sentiments = self._but_check(sentitext.words_and_emoticons, sentiments)
        return combined_scores(sentiments, text)
