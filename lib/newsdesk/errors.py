"""Errors newsdesk raises on purpose, each with a plain-English reason for the user."""

from __future__ import annotations


class ArticleProblem(ValueError):
    """A file (or one row of an export) that cannot become an article.

    ``code`` is a short machine-readable label (``empty``, ``binary``, ``encoding``,
    ``no_body``, ``unknown_format``, ``too_large``, ``parse_error``, ``unreadable``);
    ``reason`` is the sentence shown to the user.
    """

    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason
