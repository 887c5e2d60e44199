"""``photoclip search`` and ``photoclip similar``: their filters, and the hits they print."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import datetime
from datetime import time as dtime
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.cli.common import Command, emit, open_library
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths

if TYPE_CHECKING:
    from photoclip.core.library import Library
    from photoclip.core.search import SearchFilters, SearchResult


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-k", type=int, default=20, help="at most this many results (default 20)")
    parser.add_argument("--min-score", type=float, default=None, help="drop results below this cosine similarity")
    parser.add_argument(
        "--all", dest="cut", action="store_false", help="show the best k even when they do not match well (no relevance cut)"
    )
    parser.add_argument("--folder", default=None, help="only photos below this folder")
    parser.add_argument("--from", dest="date_from", default=None, metavar="DATE", help="taken on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", default=None, metavar="DATE", help="taken on or before DATE (YYYY-MM-DD)")
    parser.add_argument(
        "--album", default=None, metavar="NAME", help="only photos in this album: one of yours (photoclip albums list), or a tag set's (LABEL or SET|LABEL)"
    )
    parser.add_argument("--favourites", action="store_true", help="only your favourites")


def _search_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "query",
        nargs="+",
        help='what to look for, e.g. "a dog running on the beach", or a combination: "2:golden retriever" + ./pool.jpg - fruit',
    )
    _filter_arguments(p)


def _similar_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("photo", help="a photo file (in the library or not)")
    _filter_arguments(p)


def _parse_date(text: str | None, end_of_day: bool) -> float | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise PhotoclipError(f"{text!r} is not a date.", hint="Use YYYY-MM-DD, e.g. --from 2019-06-01.") from None
    if end_of_day and len(text) <= 10:
        value = datetime.combine(value.date(), dtime.max)
    return value.timestamp()


def _search_filters(args: argparse.Namespace) -> SearchFilters:
    from photoclip.core.search import SearchFilters

    folder = str(Path(args.folder).expanduser().resolve()) if args.folder else None
    if args.k <= 0:
        raise PhotoclipError("-k must be a positive number.")
    return SearchFilters(
        folder=folder,
        date_from=_parse_date(args.date_from, False),
        date_to=_parse_date(args.date_to, True),
        min_score=args.min_score,
        favourites=args.favourites,
    )


def _album_filter(lib: Library, args: argparse.Namespace, filters: SearchFilters) -> SearchFilters:
    if not args.album:
        return filters
    # An album of the user's own wins over a tag of the same name: it is the one they made by hand.
    wanted = " ".join(args.album.split()).casefold()
    own = next((a for a in lib.albums.all() if a.name.casefold() == wanted), None)
    if own is not None:
        return dataclasses.replace(filters, user_album=own.id)
    return dataclasses.replace(filters, album=lib.tags.resolve(args.album).tag_id)


def _print_hits(args: argparse.Namespace, result: SearchResult) -> None:
    hits = result.hits if not args.cut else tuple(result.matches)
    data = [{"path": h.path, "score": round(h.score, 6), "photo_id": h.photo_id, "words": h.words} for h in hits]
    text = "\n".join(f"{h.score:.4f}  {h.path}" for h in hits)
    if not hits:
        text = "No photos match well." + (" (--all shows the closest ones anyway.)" if result.hits else "")
    emit(args, data, text)


def run_search(args: argparse.Namespace) -> int:
    """``photoclip search QUERY...``: the photos that match a description or a combined query (``core/query.py``).

    The words of a query given as several arguments are joined with spaces,
    so ``photoclip search "2:golden retriever" + ./pool.jpg - fruit`` reads as rclip's.
    When the app or ``photoclip watch`` has the library open, that process
    answers through its local socket with the model it has loaded (a query
    without a photo in it: a photo's path means something here, not there);
    otherwise this process loads the model itself.
    """
    from photoclip.core.query import parse_query
    from photoclip.core.query_socket import ask_search

    text = " ".join(args.query)
    filters = _search_filters(args)
    asks = not parse_query(text).has_photo
    if asks and not args.album:
        # Asked before the library is opened: a warm answer then costs no catalog and no index.
        result = ask_search(LibraryPaths.at(args.home).home, text, args.k, filters, args.cut)
        if result is not None:
            _print_hits(args, result)
            return 0
    with open_library(args, read_only_ok=True) as lib:
        filters = _album_filter(lib, args, filters)
        result = ask_search(lib.paths.home, text, args.k, filters, args.cut) if asks and lib.read_only and args.album else None
        _print_hits(args, result if result is not None else lib.query(text, args.k, filters, cut=args.cut))
    return 0


def run_similar(args: argparse.Namespace) -> int:
    """``photoclip similar PHOTO``: the photos most like a photo (in the library or not)."""
    from photoclip.core.query import Query, QueryTerm

    filters = _search_filters(args)
    with open_library(args, read_only_ok=True) as lib:
        filters = _album_filter(lib, args, filters)
        _print_hits(args, lib.query(Query((QueryTerm("photo", args.photo),)), args.k, filters, cut=args.cut))
    return 0


SEARCH = Command("search", "find photos that match a description", _search_arguments, run_search)
SIMILAR = Command("similar", "find photos similar to a photo", _similar_arguments, run_similar)
