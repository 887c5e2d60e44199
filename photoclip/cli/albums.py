"""``photoclip albums``: albums of your own making and favourites, the same ones the app shows."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING

from photoclip.cli.common import Command, add_action, emit, open_library

if TYPE_CHECKING:
    from photoclip.core.library import Library

# Actions that only read, so they work next to a running `photoclip watch`.
_READING = {"list", "show"}


def _albums_arguments(albums: argparse.ArgumentParser) -> None:
    actions = albums.add_subparsers(dest="albums_command", metavar="ACTION", required=True)
    add_action(actions, "list", "your albums, with how many photos each holds")
    p = add_action(actions, "show", "the photos of an album (or of your favourites: --favourites)")
    p.add_argument("name", nargs="?", default=None)
    p.add_argument("--favourites", action="store_true", help="list the favourites instead of an album")
    p = add_action(actions, "create", "make an empty album")
    p.add_argument("name")
    p = add_action(actions, "rename", "give an album another name (its photos stay in it)")
    p.add_argument("name")
    p.add_argument("new_name", metavar="NEW_NAME")
    p = add_action(actions, "delete", "delete an album (its photos stay in the library)")
    p.add_argument("name")
    for action, text in (("add", "put photos in an album"), ("remove", "take photos out of an album (not out of the library)")):
        p = add_action(actions, action, text)
        p.add_argument("name")
        p.add_argument("photos", nargs="+", metavar="PHOTO", help="library photos (paths or ids)")
    for action, text in (("favourite", "mark photos as favourites"), ("unfavourite", "take photos out of the favourites")):
        p = add_action(actions, action, text)
        p.add_argument("photos", nargs="+", metavar="PHOTO", help="library photos (paths or ids)")


def _photo_ids(lib: Library, photos: list[str]) -> list[int]:
    return [lib.tags.photo_id(photo) for photo in photos]


def run_albums(args: argparse.Namespace) -> int:
    """``photoclip albums list|show|create|rename|delete|add|remove|favourite|unfavourite``."""
    action = args.albums_command
    with open_library(args, read_only_ok=action in _READING) as lib:
        if action == "list":
            every = lib.albums.all()
            favourites = len(lib.albums.favourite_ids())
            lines = [f"{a.count:>7}  {a.name}" for a in every] + [f"{favourites:>7}  (favourites)"]
            emit(args, {"albums": [dataclasses.asdict(a) for a in every], "favourites": favourites}, "\n".join(lines))
        elif action == "show":
            from photoclip.core.search import SearchFilters

            if args.favourites:
                filters = SearchFilters(favourites=True)
            elif args.name:
                filters = SearchFilters(user_album=lib.albums.find(args.name).id)
            else:
                from photoclip.errors import PhotoclipError

                raise PhotoclipError("Name an album, or use --favourites.")
            photos = lib.browse(filters)
            emit(args, [{"photo_id": r.id, "path": r.path} for r in photos], "\n".join(r.path for r in photos) or "No photos.")
        elif action == "create":
            made = lib.albums.create(args.name)
            emit(args, dataclasses.asdict(made), f"Album {made.name} created.")
        elif action == "rename":
            renamed = lib.albums.rename(lib.albums.find(args.name).id, args.new_name)
            emit(args, dataclasses.asdict(renamed), f"Album renamed to {renamed.name}.")
        elif action == "delete":
            gone = lib.albums.find(args.name)
            lib.albums.delete(gone.id)
            emit(args, dataclasses.asdict(gone), f"Album {gone.name} deleted; its {gone.count} photo(s) are still in the library.")
        elif action in ("add", "remove"):
            album = lib.albums.find(args.name)
            ids = _photo_ids(lib, args.photos)
            if action == "add":
                changed = lib.albums.add_photos(album.id, ids)
                text = f"Added {changed} photo(s) to {album.name}" + (f"; {len(ids) - changed} were in it already." if changed < len(ids) else ".")
            else:
                changed = lib.albums.remove_photos(album.id, ids)
                text = f"Took {changed} photo(s) out of {album.name}."
            emit(args, {"album": album.name, "changed": changed}, text)
        else:
            changed = lib.albums.set_favourite(_photo_ids(lib, args.photos), favourite=action == "favourite")
            verb = "Marked" if action == "favourite" else "Unmarked"
            emit(args, {"changed": changed}, f"{verb} {changed} photo(s).")
    return 0


ALBUMS = Command("albums", "albums of your own and favourites (the app's, too)", _albums_arguments, run_albums)
