"""The search box's language: several descriptions and photos, weighed, some of them subtracted.

A query is a list of terms joined by ``+`` (more like this) and ``-`` (less
like this), with spaces around the sign so that ``t-shirt`` stays one word::

    2:golden retriever + ./pool.jpg - fruit

Each term is a description, or a photo: an image file's path (starting with
``/``, ``./``, ``../`` or ``~``) or, from the app, a library photo by id. ``N:`` in front of a
term weighs it (``2:`` counts twice, ``0.5:`` half); quotes keep a sign or a
colon inside a description (``"salt + pepper"``). The first term may itself
start with ``-`` when some positive term follows.

:func:`parse_query` turns the text into a :class:`Query`; the search combines
the terms' normalised vectors as their weighted sum, subtracting the negative
ones (``core/search.py``). Bad syntax is a :class:`PhotoclipError` that says
what to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from photoclip.errors import PhotoclipError

TermKind = Literal["text", "photo"]

_WEIGHT = re.compile(r"^(?P<weight>\d+(?:\.\d*)?|\.\d+):(?P<rest>.*)$", re.DOTALL)
_PATH_STARTS = ("/", "./", "../", "~", ".\\", "..\\")


@dataclass(frozen=True)
class QueryTerm:
    """One part of a query.

    Attributes:
        kind: A description ("text") or a photo ("photo").
        text: The description, or the photo file's path as typed ("" for a library photo given by id).
        weight: How much it counts (above zero).
        negative: Subtracted: the results should look less like it.
        photo_id: A library photo used as the query (the app's chip), else None.
    """

    kind: TermKind
    text: str
    weight: float = 1.0
    negative: bool = False
    photo_id: int | None = None


@dataclass(frozen=True)
class Query:
    """A parsed query: its terms, in the order typed.

    Attributes:
        terms: The terms; at least one is positive.
    """

    terms: tuple[QueryTerm, ...]

    @property
    def descriptions(self) -> list[str]:
        """The positive descriptions: what a photo's own words (captions, names) are matched against."""
        return [t.text for t in self.terms if t.kind == "text" and not t.negative]

    @property
    def negative_descriptions(self) -> list[str]:
        """The descriptions to subtract."""
        return [t.text for t in self.terms if t.kind == "text" and t.negative]

    @property
    def has_photo(self) -> bool:
        """Whether a photo is part of the query ("like this one, but ...")."""
        return any(t.kind == "photo" for t in self.terms)

    @property
    def single_photo(self) -> int | None:
        """The library photo id when the query is that photo alone (find similar), else None."""
        if len(self.terms) == 1 and self.terms[0].photo_id is not None and not self.terms[0].negative:
            return self.terms[0].photo_id
        return None

    def with_photo(self, photo_id: int) -> Query:
        """This query with a library photo added in front, as a positive term."""
        return Query((QueryTerm("photo", "", photo_id=photo_id), *self.terms))


@dataclass(frozen=True)
class _Piece:
    """A term as typed: its sign, its text with quotes removed, and the part before any quote."""

    sign: str
    text: str
    unquoted_start: str
    quoted: bool


def _split(text: str) -> list[_Piece]:
    """The terms of a query: a sign is ``+`` or ``-`` standing alone between spaces, outside quotes."""
    pieces: list[_Piece] = []
    stripped = text.strip()
    sign = "+"
    if stripped[:2] in ("- ", "+ ") or stripped in ("-", "+"):
        sign, stripped = stripped[0], stripped[1:]
    current, start, quoted, i = "", "", False, 0
    while i < len(stripped):
        ch = stripped[i]
        if ch == '"':
            end = stripped.find('"', i + 1)
            if end < 0:
                raise PhotoclipError("A quote in the search is not closed.", hint='Close it, e.g. "salt + pepper".')
            current += stripped[i + 1 : end]
            quoted, i = True, end + 1
            continue
        alone = (i == 0 or stripped[i - 1].isspace()) and (i + 1 == len(stripped) or stripped[i + 1].isspace())
        if ch in "+-" and alone:
            pieces.append(_Piece(sign, current, start if quoted else current, quoted))
            sign, current, start, quoted = ch, "", "", False
        else:
            current += ch
            if not quoted:
                start = current
        i += 1
    pieces.append(_Piece(sign, current, start if quoted else current, quoted))
    return pieces


def _looks_like_path(text: str) -> bool:
    # A bare "beach_2019.jpg" is a file name to find by its words, not a photo to look like.
    return text.startswith(_PATH_STARTS)


def _term(piece: _Piece) -> QueryTerm:
    """One term: its weight read from an ``N:`` before any quote, a photo when it looks like an image path."""
    weight, body = 1.0, piece.text.strip()
    match = _WEIGHT.match(piece.unquoted_start.lstrip())
    if match is not None:
        weight = float(match["weight"])
        body = body.split(":", 1)[1].strip()
    if not body:
        raise PhotoclipError(
            f"Nothing follows a “{piece.sign}” in the search.",
            hint="Put a description or a photo after each + or -, e.g. dog + beach - night.",
        )
    if weight <= 0:
        raise PhotoclipError(
            f"The weight {weight:g} is not above zero.", hint="Use a weight such as 2: or 0.5:, or a - sign to subtract a term."
        )
    negative = piece.sign == "-"
    if not piece.quoted and _looks_like_path(body):
        return QueryTerm("photo", body, weight, negative)
    return QueryTerm("text", " ".join(body.split()), weight, negative)


def parse_query(text: str) -> Query:
    """Read the search box's text into a query.

    Args:
        text: What the user typed, e.g. ``2:golden retriever + ./pool.jpg - fruit``.

    Returns:
        The query, its terms in the order typed.

    Raises:
        PhotoclipError: Nothing to look for, an empty term beside a sign, a
            quote not closed, a weight of zero, or only negative terms.
    """
    if not text.strip():
        raise PhotoclipError("The search text is empty.", hint='Describe a photo, e.g. photoclip search "a dog on a beach".')
    terms = [_term(piece) for piece in _split(text)]
    if all(t.negative for t in terms):
        raise PhotoclipError("The search only says what to leave out.", hint="Say what to look for too, e.g. beach - people.")
    return Query(tuple(terms))


def photo_query(photo_id: int) -> Query:
    """The query of a library photo alone: what "Find similar" asks."""
    return Query((QueryTerm("photo", "", photo_id=photo_id),))
