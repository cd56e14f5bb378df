"""Reading publication dates from metadata, without inventing any part of them."""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_published(value: object) -> tuple[dt.date | None, str | None]:
    """(date, None) for a full date; (None, reason) when absent, partial or unreadable.

    ISO dates (with or without a time) are read directly; other spellings ("2 March 2023",
    "March 2, 2023") go to dateparser with all three parts required, so "March 2023" is
    reported as incomplete rather than silently becoming the 1st.
    """
    if value is None:
        return None, "no publication date given"
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "none", "null", "n/a", "na", "nat"}:
        return None, "no publication date given"
    m = _ISO.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
        except ValueError:
            return None, f"publication date '{text}' is not a real date"
    if len(text) > 60:
        return None, "publication date field is too long to be a date"
    import dateparser  # slow import, only for non-ISO spellings

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    if parsed is None:
        return None, f"publication date '{text}' could not be read (write it as YYYY-MM-DD)"
    return parsed.date(), None
