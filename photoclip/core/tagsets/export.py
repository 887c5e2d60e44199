"""Exports of a library's labels: a CSV file, and XMP sidecars as keywords that digiKam, darktable and Lightroom read.

:func:`export_csv` writes ``path,tagset,tag,score,source`` rows.
:func:`export_xmp` writes the sidecars, a job that yields :class:`XmpProgress`.

In a sidecar, each label goes into two standard properties:

- ``dc:subject`` (a bag): the label, e.g. ``beach``;
- ``lr:hierarchicalSubject`` (a bag): ``Set|label``, e.g. ``Scenes|beach``,
  the keyword hierarchy all three programs understand.

The user's own albums (``core/albums/``) travel the same way when every set is
exported, under ``Albums``: ``Albums|Summer 2019``, and the favourites as
``Albums|Favourites`` (beside the albums, where Apple Photos shows them; a
user album of that name shares the keyword).

Rules:

- **Photos are never modified**; only sidecar files are written.
- **Naming.** New sidecars are ``photo.jpg.xmp``: darktable reads and writes
  only that name, and digiKam reads it (its default too). An existing sidecar
  is merged into under either name, ``photo.jpg.xmp`` or ``photo.xmp``
  (Lightroom's name for raw files); ``photo.xmp`` is only used when no other
  file in the folder shares the stem, so the tags of ``IMG_1.jpg`` never land
  in the sidecar of ``IMG_1.CR2``.
- **Merge, never clobber.** Everything else in an existing sidecar stays
  (ratings, darktable history, other keywords, unknown namespaces). Entries
  ``Set|label`` of the exported sets that no longer apply are taken out, with
  their flat ``label`` unless another hierarchical entry still ends in it.
  A sidecar whose keywords are already right is not rewritten at all.
- **Safe parsing.** A sidecar with a DTD (``<!DOCTYPE``/``<!ENTITY``) is
  refused, so no entity is ever expanded (the defusedxml rule); a sidecar
  that is not well-formed XML is reported and left as it is.
- Writes are atomic (a temp file, then ``os.replace``), keeping the file's mode.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from photoclip.core.albums.store import AlbumStore
from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets import store
from photoclip.core.tagsets.definition import HIERARCHY_SEP
from photoclip.core.tagsets.labelling import select
from photoclip.core.tagsets.records import Assignment
from photoclip.errors import PhotoclipError

NS_X = "adobe:ns:meta/"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_LR = "http://ns.adobe.com/lightroom/1.0/"
_STANDARD_PREFIXES = {"x": NS_X, "rdf": NS_RDF, "dc": NS_DC, "lr": NS_LR}

DC_SUBJECT = f"{{{NS_DC}}}subject"
LR_HIERARCHICAL = f"{{{NS_LR}}}hierarchicalSubject"
RDF_RDF = f"{{{NS_RDF}}}RDF"
RDF_DESCRIPTION = f"{{{NS_RDF}}}Description"
RDF_BAG = f"{{{NS_RDF}}}Bag"
RDF_LI = f"{{{NS_RDF}}}li"
RDF_ABOUT = f"{{{NS_RDF}}}about"
_CONTAINERS = {RDF_BAG, f"{{{NS_RDF}}}Seq", f"{{{NS_RDF}}}Alt"}

# The keyword parent of the user's own albums in sidecars, and the favourites' keyword under it.
USER_ALBUMS_KEYWORD = "Albums"
FAVOURITES_KEYWORD = "Favourites"

_PACKET_BEGIN = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_PACKET_END = '\n<?xpacket end="w"?>\n'


class XmpError(Exception):
    """A sidecar that is left alone: not XMP, malformed, or unsafe to parse."""


@dataclass(frozen=True)
class XmpSummary:
    """What an XMP export did."""

    written: int
    unchanged: int
    failed: tuple[tuple[str, str], ...]  # (photo path, reason)
    cancelled: bool


@dataclass(frozen=True)
class XmpProgress:
    """Progress of an XMP export; the last event carries the summary."""

    done: int
    total: int
    path: str | None
    summary: XmpSummary | None = None


def assignments(catalog: Catalog, names: Iterable[str] | None = None) -> list[Assignment]:
    """Every label in the named sets (default: all), by path.

    Raises:
        PhotoclipError: A named set is not stored.
    """
    sets = {s.tagset.name for s in select(catalog, names)}
    return [a for a in store.assignments(catalog) if a.tagset in sets]


def export_csv(catalog: Catalog, path: str | Path, names: Iterable[str] | None = None) -> int:
    """Write the labels of the named sets (default: all) to a CSV file (``path,tagset,tag,score,source``).

    Returns:
        The number of rows written.

    Raises:
        PhotoclipError: A named set is not stored, or the file cannot be written.
    """
    path = Path(path).expanduser()
    count = 0
    try:
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["path", "tagset", "tag", "score", "source"])
            for label in assignments(catalog, names):
                writer.writerow([label.path, label.tagset, label.label, "" if label.score is None else f"{label.score:.6f}", label.source])
                count += 1
    except OSError as exc:
        raise PhotoclipError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    return count


def export_xmp(catalog: Catalog, names: Iterable[str] | None = None, cancel: threading.Event | None = None) -> Iterator[XmpProgress]:
    """Write the labels to XMP sidecars next to the photos; photos are never touched.

    For every searchable photo that has a label in the named sets (or a
    sidecar already), the sidecar gets ``dc:subject`` = label and
    ``lr:hierarchicalSubject`` = ``Set|label``; entries of these sets that
    no longer apply are taken out; everything else in the sidecar stays.
    Exporting every set (``names`` None) writes the user's own albums too,
    as ``Albums|name``, and the favourites as ``Albums|Favourites``.

    Args:
        catalog: The library catalog.
        names: The sets to export (default: all).
        cancel: Set it to stop between photos.

    Yields:
        :class:`XmpProgress` every 200 photos; the last one carries the summary.

    Raises:
        PhotoclipError: A named set is not stored.
    """
    cancel = cancel or threading.Event()
    managed = {s.tagset.name: {t.label for t in s.tagset.tags} for s in select(catalog, names)}
    wanted: dict[str, dict[str, set[str]]] = {}
    for label in assignments(catalog, list(managed)):
        wanted.setdefault(label.path, {}).setdefault(label.tagset, set()).add(label.label)
    if names is None:
        albums = AlbumStore(catalog)
        # Favourites are always managed: unmarking the last one must still take its keyword out.
        managed.setdefault(USER_ALBUMS_KEYWORD, set()).update({a.name for a in albums.all()} | {FAVOURITES_KEYWORD})
        for path, in_albums in albums.memberships().items():
            wanted.setdefault(path, {}).setdefault(USER_ALBUMS_KEYWORD, set()).update(in_albums)
        for path in albums.favourite_paths():
            wanted.setdefault(path, {}).setdefault(USER_ALBUMS_KEYWORD, set()).add(FAVOURITES_KEYWORD)
    all_paths = store.active_paths(catalog) if managed else []
    written = unchanged = 0
    failed: list[tuple[str, str]] = []
    total = len(all_paths)
    for done, path in enumerate(all_paths, 1):
        if cancel.is_set():
            break
        outcome, detail = sync_sidecar(Path(path), wanted.get(path, {}), managed)
        if outcome == "written":
            written += 1
        elif outcome == "unchanged":
            unchanged += 1
        elif outcome == "failed":
            failed.append((path, detail or "unknown error"))
        if done % 200 == 0 or done == total:
            yield XmpProgress(done, total, path)
    yield XmpProgress(total, total, None, XmpSummary(written, unchanged, tuple(failed), cancel.is_set()))


def sidecar_path(photo: Path) -> Path:
    """The sidecar to merge into or create for a photo (see the module docstring for the rule)."""
    for name in (photo.name + ".xmp", photo.name + ".XMP"):
        candidate = photo.with_name(name)
        if candidate.is_file():
            return candidate
    for candidate in (photo.with_suffix(".xmp"), photo.with_suffix(".XMP")):
        if candidate != photo and candidate.is_file() and not _stem_shared(photo):
            return candidate
    return photo.with_name(photo.name + ".xmp")


def _stem_shared(photo: Path) -> bool:
    stem = photo.stem.casefold()
    try:
        for entry in os.scandir(photo.parent):
            name = Path(entry.name)
            if entry.name != photo.name and name.stem.casefold() == stem and name.suffix.lower() != ".xmp":
                return True
    except OSError:
        return True  # cannot tell: do not risk another photo's sidecar
    return False


def read_keywords(data: bytes) -> tuple[list[str], list[str]]:
    """The ``dc:subject`` and ``lr:hierarchicalSubject`` entries of an XMP packet.

    Raises:
        XmpError: Not safe to parse, not well-formed, or not XMP.
    """
    root = _parse(data)
    descriptions = _descriptions(root)
    return _items(descriptions, DC_SUBJECT), _items(descriptions, LR_HIERARCHICAL)


def merge_keywords(data: bytes | None, wanted: Mapping[str, set[str]], managed: Mapping[str, set[str]]) -> bytes | None:
    """Merge tag-set labels into an XMP packet (or a new one).

    Args:
        data: The existing sidecar's bytes, or None for a new sidecar.
        wanted: Set name -> the labels the photo has now.
        managed: Set name -> every label of that set (entries of these sets
            that are not wanted any more are taken out).

    Returns:
        The new packet, or None when nothing would change.

    Raises:
        XmpError: The existing packet is unsafe, malformed or not XMP.
    """
    if data is None:
        root = ET.Element(f"{{{NS_X}}}xmpmeta", {f"{{{NS_X}}}xmptk": "photoclip"})
        rdf = ET.SubElement(root, RDF_RDF)
        ET.SubElement(rdf, RDF_DESCRIPTION, {RDF_ABOUT: ""})
    else:
        root = _parse(data)
    descriptions = _descriptions(root)
    flat = _items(descriptions, DC_SUBJECT)
    hier = _items(descriptions, LR_HIERARCHICAL)

    drop = {f"{s}{HIERARCHY_SEP}{label}".casefold() for s, labels in managed.items() for label in labels if label not in wanted.get(s, set())}
    new_hier = [h for h in hier if h.casefold() not in drop]
    removed = [h for h in hier if h.casefold() in drop]
    present = {h.casefold() for h in new_hier}
    for set_name in sorted(wanted):
        for label in sorted(wanted[set_name], key=str.casefold):
            entry = f"{set_name}{HIERARCHY_SEP}{label}"
            if entry.casefold() not in present:
                new_hier.append(entry)
                present.add(entry.casefold())

    leaves = {h.rsplit(HIERARCHY_SEP, 1)[-1].casefold() for h in new_hier}
    drop_flat = {h.rsplit(HIERARCHY_SEP, 1)[-1].casefold() for h in removed} - leaves
    new_flat = [f for f in flat if f.casefold() not in drop_flat]
    flat_present = {f.casefold() for f in new_flat}
    for set_name in sorted(wanted):
        for label in sorted(wanted[set_name], key=str.casefold):
            if label.casefold() not in flat_present:
                new_flat.append(label)
                flat_present.add(label.casefold())

    if data is not None and new_flat == flat and new_hier == hier:
        return None
    if data is None and not new_flat and not new_hier:
        return None
    _set_items(descriptions, DC_SUBJECT, new_flat)
    _set_items(descriptions, LR_HIERARCHICAL, new_hier)
    ET.indent(root, space=" ")
    return (_PACKET_BEGIN + ET.tostring(root, encoding="unicode") + _PACKET_END).encode("utf-8")


def sync_sidecar(photo: Path, wanted: Mapping[str, set[str]], managed: Mapping[str, set[str]]) -> tuple[str, str | None]:
    """Bring a photo's sidecar in line with its labels.

    Returns:
        ``(outcome, detail)``: ``"written"``, ``"unchanged"``, ``"skipped"``
        (no labels and no sidecar: nothing to do) or ``"failed"`` with the reason.
    """
    try:
        # Inside the try: at NAME_MAX a photo's name leaves no room for
        # ".xmp", and even looking for the sidecar raises ENAMETOOLONG.
        path = sidecar_path(photo)
        data = path.read_bytes() if path.is_file() else None
    except OSError as exc:
        return "failed", f"cannot use a sidecar for {photo.name}: {exc.strerror or exc}"
    if data is None and not any(wanted.values()):
        return "skipped", None
    try:
        merged = merge_keywords(data, wanted, managed)
    except XmpError as exc:
        return "failed", f"{path.name} left as it is: {exc}"
    if merged is None:
        return "unchanged", None
    try:
        _write_atomic(path, merged)
    except OSError as exc:
        return "failed", f"cannot write {path.name}: {exc.strerror or exc}"
    return "written", str(path)


# ------------------------------------------------------------------ helpers
def _parse(data: bytes) -> ET.Element:
    # Refuse any DTD: no entity (internal or external) is ever expanded.
    if re.search(rb"<!\s*(DOCTYPE|ENTITY)", data, re.IGNORECASE):
        raise XmpError("it declares a DTD or entities, which are refused")
    _refuse_dtd(data)
    try:
        prefixes = [ns for _event, ns in ET.iterparse(io.BytesIO(data), events=("start-ns",))]
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise XmpError(f"not well-formed XML ({exc})") from None
    for prefix, uri in prefixes:
        # Keep the sidecar's own prefixes when it is written back (ElementTree
        # would otherwise rename unknown ones ns0, ns1...).
        if prefix and prefix != "xml" and not re.fullmatch(r"ns\d+", prefix):
            try:
                ET.register_namespace(prefix, uri)
            except ValueError:
                pass
    for prefix, uri in _STANDARD_PREFIXES.items():
        ET.register_namespace(prefix, uri)
    if root.tag != RDF_RDF and root.find(f".//{RDF_RDF}") is None:
        raise XmpError("no rdf:RDF element: not an XMP packet")
    return root


def _refuse_dtd(data: bytes) -> None:
    """Refuse a DTD however the packet is encoded.

    The byte pattern above only sees ASCII-compatible text; XMP may also be
    UTF-16 or UTF-32, where ``<!DOCTYPE`` is spelled with NUL bytes in
    between and ElementTree would expand its entities. expat decodes the
    packet as XML does, and stops at the DTD's first byte, before any entity
    is declared, let alone expanded.
    """

    def refuse(*_args: object) -> None:
        raise XmpError("it declares a DTD or entities, which are refused")

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XmpError(f"not well-formed XML ({exc})") from None
    except ValueError as exc:  # an encoding expat cannot read ("UTF-16-LE" declared without a BOM...)
        raise XmpError(f"unreadable XML ({exc})") from None


def _descriptions(root: ET.Element) -> list[ET.Element]:
    for prefix, uri in _STANDARD_PREFIXES.items():
        ET.register_namespace(prefix, uri)
    rdf = root if root.tag == RDF_RDF else root.find(f".//{RDF_RDF}")
    assert rdf is not None
    found = rdf.findall(RDF_DESCRIPTION)
    if not found:
        found = [ET.SubElement(rdf, RDF_DESCRIPTION, {RDF_ABOUT: ""})]
    return found


def _items(descriptions: list[ET.Element], prop: str) -> list[str]:
    out: list[str] = []
    for desc in descriptions:
        if prop in desc.attrib:  # a simple-valued attribute (not standard for a bag, but seen)
            out.append(desc.attrib[prop])
        for element in desc.findall(prop):
            containers = [c for c in element if c.tag in _CONTAINERS]
            if containers:
                out += [(li.text or "").strip() for c in containers for li in c.findall(RDF_LI) if (li.text or "").strip()]
            elif element.text and element.text.strip():
                out.append(element.text.strip())
    return out


def _set_items(descriptions: list[ET.Element], prop: str, values: list[str]) -> None:
    """Write a bag property: into its first existing element, else into the first description."""
    target: ET.Element | None = None
    for desc in descriptions:
        desc.attrib.pop(prop, None)
        for element in desc.findall(prop):
            if target is None:
                target = element
            else:
                desc.remove(element)  # the values were gathered into the first one
    if not values:
        if target is not None:
            for desc in descriptions:
                if target in list(desc):
                    desc.remove(target)
        return
    if target is None:
        target = ET.SubElement(descriptions[0], prop)
    container = next((c for c in target if c.tag in _CONTAINERS), None)
    for child in list(target):
        if child is not container:
            target.remove(child)
    target.text = None
    if container is None:
        container = ET.SubElement(target, RDF_BAG)
    for li in list(container):
        container.remove(li)
    for value in values:
        ET.SubElement(container, RDF_LI).text = value


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; a sidecar is as readable as a photo
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
