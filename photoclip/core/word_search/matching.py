"""Which photos' own words match a query's descriptions, best first (SQLite FTS5, ranked by bm25).

Every word of a description must be there (``Rex sofa`` finds "Rex on the
sofa"); a word with punctuation inside is a phrase (``beach_2019`` finds
``beach_2019.jpg`` but not a folder "beach" holding "2019.jpg"); a word of four
letters or more also matches longer words it begins (``sofa``, "sofas").
Several descriptions are alternatives; a subtracted description's words leave
a photo out.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from photoclip.core.storage.catalog import Catalog

_TOKEN = re.compile(r"[^\W_]+")
PREFIX_FROM = 4  # shorter words match whole words only: "r" must not match every word that starts with r


def _word(word: str) -> str | None:
    tokens = _TOKEN.findall(word)
    if not tokens:
        return None
    phrase = '"' + " ".join(tokens) + '"'
    return phrase + "*" if len(tokens[-1]) >= PREFIX_FROM else phrase


def _description(text: str) -> str | None:
    words = [w for w in (_word(part) for part in text.split()) if w is not None]
    return "(" + " AND ".join(words) + ")" if words else None


def match_expression(descriptions: Sequence[str], leave_out: Sequence[str] = ()) -> str | None:
    """The FTS5 query for some descriptions, minus the words of others; None when nothing can be matched.

    Args:
        descriptions: What to find (any of them).
        leave_out: Descriptions whose words rule a photo out.

    Returns:
        The MATCH expression, or None when the descriptions have no words (only punctuation).
    """
    wanted = [d for d in (_description(t) for t in descriptions) if d is not None]
    if not wanted:
        return None
    expression = "(" + " OR ".join(wanted) + ")"
    unwanted = [d for d in (_description(t) for t in leave_out) if d is not None]
    if unwanted:
        expression += " NOT (" + " OR ".join(unwanted) + ")"
    return expression


def word_matches(catalog: Catalog, descriptions: Sequence[str], leave_out: Sequence[str] = (), limit: int = 1000) -> list[int]:
    """Ids of the searchable photos whose own words match, best first.

    Args:
        catalog: The library catalog.
        descriptions: What to find (any of them).
        leave_out: Descriptions whose words rule a photo out.
        limit: At most this many.

    Returns:
        Photo ids, the best match (bm25) first.
    """
    expression = match_expression(descriptions, leave_out)
    if expression is None or limit <= 0:
        return []
    with catalog.reading() as db:
        try:
            rows = db.execute(
                """SELECT w.rowid FROM photo_words w JOIN photos p ON p.id = w.rowid
                   WHERE photo_words MATCH ? AND p.status = 'active' ORDER BY bm25(photo_words) LIMIT ?""",
                (expression, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # a catalog opened read-only that an older photoclip wrote has no words table
    return [int(r[0]) for r in rows]
