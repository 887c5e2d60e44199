"""XMP sidecars: written, merged, never clobbered, and read back by a real XMP reader (exiftool)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from photoclip.core.library import Library
from photoclip.core.tagsets.definition import MODE_MULTI, TagDef, TagSet
from photoclip.core.tagsets.export import XmpError, merge_keywords, read_keywords, sidecar_path, sync_sidecar
from photoclip.core.tagsets.labelling import run_job
from tests.conftest import write_photo

DARKTABLE_SIDECAR = """<?xml version="1.0" encoding="UTF-8"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:darktable="http://darktable.sf.net/"
   exif:DateTimeOriginal="2019:06:01 10:00:00"
   xmp:Rating="4"
   darktable:xmp_version="4"
   darktable:history_end="1">
   <dc:subject>
    <rdf:Bag>
     <rdf:li>holiday</rdf:li>
     <rdf:li>forest</rdf:li>
    </rdf:Bag>
   </dc:subject>
   <lr:hierarchicalSubject>
    <rdf:Bag>
     <rdf:li>Trips|Spain 2019</rdf:li>
     <rdf:li>Scenes|forest</rdf:li>
    </rdf:Bag>
   </lr:hierarchicalSubject>
   <darktable:history>
    <rdf:Seq>
     <rdf:li darktable:operation="exposure" darktable:enabled="1" darktable:params="0000"/>
    </rdf:Seq>
   </darktable:history>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
"""

SCENES = {"Scenes": {"beach", "forest", "city street"}}


def exiftool(path: Path) -> dict:
    """What a real XMP reader finds in a file."""
    exe = shutil.which("exiftool")
    if exe is None:
        pytest.skip("exiftool is not installed (apt-get install libimage-exiftool-perl); it is the independent XMP reader")
    out = subprocess.run([exe, "-j", "-G1", "-struct", str(path)], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout)[0]


def as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return write_photo(tmp_path / "IMG_0001.jpg", seed=1)


def test_new_sidecar_is_read_by_exiftool_and_the_photo_is_untouched(photo: Path) -> None:
    before = digest(photo)
    wanted = {"Scenes": {"beach"}, "Subjects": {"people", "R&D <lab> ünïcode"}}
    outcome, detail = sync_sidecar(photo, wanted, {**SCENES, "Subjects": {"people", "R&D <lab> ünïcode", "pets"}})
    sidecar = photo.with_name("IMG_0001.jpg.xmp")
    assert (outcome, detail) == ("written", str(sidecar))
    assert digest(photo) == before
    meta = exiftool(sidecar)
    assert sorted(as_list(meta["XMP-dc:Subject"])) == sorted(["beach", "people", "R&D <lab> ünïcode"])
    assert sorted(as_list(meta["XMP-lr:HierarchicalSubject"])) == sorted(
        ["Scenes|beach", "Subjects|people", "Subjects|R&D <lab> ünïcode"]
    )
    # The photo itself carries none of it.
    assert "XMP-lr:HierarchicalSubject" not in exiftool(photo)


def test_existing_sidecar_is_merged_not_clobbered(photo: Path) -> None:
    sidecar = photo.with_name(photo.name + ".xmp")
    sidecar.write_text(DARKTABLE_SIDECAR, encoding="utf-8")
    outcome, _ = sync_sidecar(photo, {"Scenes": {"beach"}}, SCENES)
    assert outcome == "written"
    meta = exiftool(sidecar)
    # Our set: forest no longer applies (taken out, with its flat keyword); beach added.
    assert as_list(meta["XMP-lr:HierarchicalSubject"]) == ["Trips|Spain 2019", "Scenes|beach"]
    assert as_list(meta["XMP-dc:Subject"]) == ["holiday", "beach"]
    # Everything else is still there.
    assert meta["XMP-xmp:Rating"] == 4
    assert meta["XMP-exif:DateTimeOriginal"] == "2019:06:01 10:00:00"
    assert meta["XMP-darktable:Xmp_version"] == 4
    assert "exposure" in json.dumps(meta["XMP-darktable:History"])
    text = sidecar.read_text(encoding="utf-8")
    assert "xmlns:darktable=" in text and "darktable:history" in text  # its own prefixes are kept
    # Exporting again changes nothing, and the file is not even rewritten.
    stamp = sidecar.stat().st_mtime_ns
    assert sync_sidecar(photo, {"Scenes": {"beach"}}, SCENES) == ("unchanged", None)
    assert sidecar.stat().st_mtime_ns == stamp


def test_flat_keyword_stays_when_another_hierarchy_still_uses_it(photo: Path) -> None:
    data = merge_keywords(None, {"Scenes": {"forest"}, "Nature": {"forest"}}, {**SCENES, "Nature": {"forest"}})
    assert data is not None
    merged = merge_keywords(data, {"Nature": {"forest"}}, {**SCENES, "Nature": {"forest"}})
    assert merged is not None
    flat, hier = read_keywords(merged)
    assert hier == ["Nature|forest"] and flat == ["forest"]


def test_lightroom_style_name_is_merged_into_when_it_is_the_photos_own(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "DSC_1.jpg", seed=2)
    lightroom = tmp_path / "DSC_1.xmp"
    lightroom.write_text(DARKTABLE_SIDECAR, encoding="utf-8")
    assert sidecar_path(photo) == lightroom
    assert sync_sidecar(photo, {"Scenes": {"city street"}}, SCENES)[0] == "written"
    assert not (tmp_path / "DSC_1.jpg.xmp").exists()
    assert "Scenes|city street" in as_list(exiftool(lightroom)["XMP-lr:HierarchicalSubject"])


def test_a_shared_stem_never_borrows_another_photos_sidecar(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "IMG_2.jpg", seed=3)
    (tmp_path / "IMG_2.CR2").write_bytes(b"raw")
    raw_sidecar = tmp_path / "IMG_2.xmp"
    raw_sidecar.write_text(DARKTABLE_SIDECAR, encoding="utf-8")
    before = digest(raw_sidecar)
    assert sidecar_path(photo) == tmp_path / "IMG_2.jpg.xmp"
    assert sync_sidecar(photo, {"Scenes": {"beach"}}, SCENES)[0] == "written"
    assert digest(raw_sidecar) == before
    assert as_list(exiftool(tmp_path / "IMG_2.jpg.xmp")["XMP-dc:Subject"]) == ["beach"]


@pytest.mark.parametrize(
    "content",
    [
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">&e;</x:xmpmeta>\n',
        '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>\n',
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF",
        "<html><body>not xmp</body></html>",
    ],
)
def test_unsafe_or_broken_sidecars_are_reported_and_left_alone(photo: Path, content: str) -> None:
    sidecar = photo.with_name(photo.name + ".xmp")
    sidecar.write_text(content, encoding="utf-8")
    before = digest(sidecar)
    outcome, detail = sync_sidecar(photo, {"Scenes": {"beach"}}, SCENES)
    assert outcome == "failed" and detail and "left as it is" in detail
    assert digest(sidecar) == before
    with pytest.raises(XmpError):
        read_keywords(content.encode())


def test_no_labels_and_no_sidecar_writes_nothing(photo: Path) -> None:
    assert sync_sidecar(photo, {}, SCENES) == ("skipped", None)
    assert not photo.with_name(photo.name + ".xmp").exists()


def test_library_export_follows_the_albums(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    # Thresholds that make the outcome certain whatever the random weights say.
    lib.tags.save(TagSet("Everything", (TagDef("a"), TagDef("b")), mode=MODE_MULTI, threshold=-1.0))
    lib.tags.save(TagSet("Nothing", (TagDef("c"),), mode=MODE_MULTI, threshold=1.0))
    run_job(lib.tags.apply())
    photos = sorted(photo_dir.rglob("*.jpg"))
    digests = {p: digest(p) for p in photos}
    summary = [e for e in lib.tags.export_xmp()][-1].summary
    assert summary is not None and (summary.written, summary.failed) == (12, ())
    first = photos[0]
    meta = exiftool(first.with_name(first.name + ".xmp"))
    assert sorted(as_list(meta["XMP-lr:HierarchicalSubject"])) == ["Everything|a", "Everything|b"]
    assert all(digest(p) == d for p, d in digests.items())  # photos never modified
    # A rejection reaches the sidecar on the next export; the other photos are not rewritten.
    lib.tags.reject("Everything|b", [lib.tags.photo_id(first)])
    summary = [e for e in lib.tags.export_xmp(["Everything"])][-1].summary
    assert summary is not None and (summary.written, summary.unchanged) == (1, 11)
    meta = exiftool(first.with_name(first.name + ".xmp"))
    assert as_list(meta["XMP-lr:HierarchicalSubject"]) == ["Everything|a"]
    assert as_list(meta["XMP-dc:Subject"]) == ["a"]
