"""newsdesk: read news coverage of US-Russia diplomatic contacts critically, in notebooks.

The public API: load articles (:func:`load_corpus`, :func:`load_article`), split sentences
(:func:`sentences`), resolve actors (:func:`default_resolver`, :func:`mentions`), and the
analyses that later modules add (quotes, timeline, sentiment). Every analysis is a pure
function of one article plus shared reference data, taking a Corpus or an Article and
returning a pandas DataFrame with documented columns.
"""

from __future__ import annotations

from . import speedups

# first: a compiled module must not be imported before its staleness check (speedups.py)
speedups.install()

from .actors import (
    ActorResolver,
    default_resolver,
    load_actors,
    mentions,
    name_variants,
    unresolved,
)
from .contacts import check_claims, load_contacts
from .corpus import Article, Corpus, iter_articles, load_article, load_corpus
from .errors import ArticleProblem
from .explain import explain
from .pipeline import AnalysisResult, analysed, analyze, write_tables
from .quote_compare import compare_quotes, framing, match_across, side_by_side, sourcing_mix
from .quotes import quote_problems, quotes, quotes_for_article
from .sentences import sentences, split_sentences
from .sentiment import sentiment
from .temporal import temporal_expressions
from .text import normalise, straighten
from .timeline import timeline, to_timelinejs, write_events_csv, write_timelinejs

__version__ = "0.1.0"

__all__ = [
    "AnalysisResult",
    "analysed",
    "analyze",
    "write_tables",
    "compare_quotes",
    "framing",
    "match_across",
    "quote_problems",
    "quotes",
    "quotes_for_article",
    "side_by_side",
    "sourcing_mix",
    "check_claims",
    "load_contacts",
    "temporal_expressions",
    "timeline",
    "to_timelinejs",
    "write_events_csv",
    "write_timelinejs",
    "ActorResolver",
    "Article",
    "ArticleProblem",
    "Corpus",
    "default_resolver",
    "explain",
    "iter_articles",
    "load_actors",
    "load_article",
    "load_corpus",
    "mentions",
    "name_variants",
    "normalise",
    "sentences",
    "sentiment",
    "split_sentences",
    "straighten",
    "unresolved",
]
