"""``photoclip tags ...`` end to end with the test-tiny model (mechanics only: its weights are random)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from photoclip.core.tagsets.export import read_keywords
from photoclip.core.tagsets.files import load_tagset_file
from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json
from tests.conftest import shared_data

EVERYTHING = """\
name = "Everything"
mode = "multi"
threshold = -1.0  # every photo gets every tag: a certain outcome with random weights

[[tags]]
label = "sunny"
prompts = ["a sunny day", "bright sunshine"]

[[tags]]
label = "grey"
"""




@pytest.fixture
def indexed(photo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    home = str(tmp_path / "home")
    assert run(capsys, "folders", "add", str(photo_dir), "--home", home)[0] == 0
    assert run(capsys, "models", "use", "test-tiny", "--home", home)[0] == 0
    assert run_json(capsys, "index", "--home", home)["embedded"] == 12
    return home


def test_tags_commands_end_to_end(indexed: str, photo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = indexed
    listed = run_json(capsys, "tags", "list", "--home", home)
    assert listed["sets"] == []
    assert {b["key"] for b in listed["builtins"]} >= {"scenes", "subjects", "events", "coco"}

    imported = run_json(capsys, "tags", "import", "--builtin", "scenes", "--home", home)
    assert imported["set"]["name"] == "Scenes" and imported["applied"]["photos"] == 12

    custom = tmp_path / "everything.toml"
    custom.write_text(EVERYTHING, encoding="utf-8")
    imported = run_json(capsys, "tags", "import", str(custom), "--home", home)
    assert imported["applied"]["assigned"] == 24  # 12 photos x 2 tags

    shown = run_json(capsys, "tags", "show", "Everything|sunny", "--home", home)
    assert shown["album"]["count"] == 12 and len(shown["photos"]) == 12
    assert {p["source"] for p in shown["photos"]} == {"auto"}

    # Reject one photo, confirm a Scenes tag on another: both survive `tags apply`.
    victim = str(photo_dir / "a" / "img_00.jpg")
    change = run_json(capsys, "tags", "reject", "sunny", victim, "--home", home)
    assert change["photos"] == 1 and change["tagset"] == "Everything"
    keeper = str(photo_dir / "b" / "img_11.jpg")
    run_json(capsys, "tags", "confirm", "Scenes|desert", keeper, "--home", home)
    run_json(capsys, "tags", "apply", "--home", home)
    shown = run_json(capsys, "tags", "show", "sunny", "--rejected", "--home", home)
    rejected = [p for p in shown["photos"] if not p["assigned"]]
    assert shown["album"]["count"] == 11 and [p["path"] for p in rejected] == [victim]
    photo_tags = run_json(capsys, "tags", "photo", keeper, "--home", home)
    assert {"tagset": "Scenes", "label": "desert", "source": "manual", "assigned": True}.items() <= next(
        t for t in photo_tags if t["label"] == "desert"
    ).items()
    listed = run_json(capsys, "tags", "list", "--home", home)
    albums = {a["ref"]: a for s in listed["sets"] for a in s["albums"]}
    assert albums["Everything|sunny"]["count"] == 11 and albums["Everything|sunny"]["rejected"] == 1
    assert albums["Scenes|desert"]["confirmed"] == 1

    # Search inside an album.
    hits = run_json(capsys, "search", "a photo", "-k", "50", "--all", "--album", "Everything|sunny", "--home", home)
    assert len(hits) == 11 and victim not in {h["path"] for h in hits}

    # Export and import the set again: unchanged.
    out = tmp_path / "exported.json"
    run_json(capsys, "tags", "export", "Everything", str(out), "--home", home)
    assert load_tagset_file(out) == load_tagset_file(custom)

    # CSV and XMP.
    csv_file = tmp_path / "labels.csv"
    assert run_json(capsys, "tags", "export-csv", str(csv_file), "--set", "Everything", "--home", home)["rows"] == 23
    with csv_file.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["tag"] for r in rows} == {"sunny", "grey"} and all(r["tagset"] == "Everything" for r in rows)
    xmp = run_json(capsys, "tags", "export-xmp", "Everything", "--home", home)
    assert xmp["written"] == 12 and xmp["failed"] == []
    flat, hier = read_keywords(Path(victim + ".xmp").read_bytes())
    assert hier == ["Everything|grey"] and flat == ["grey"]

    # Human-readable output works too.
    code, text, _ = run(capsys, "tags", "list", "--home", home)
    assert code == 0 and "Everything [multi, 2 tags]" in text and "scenes" in text

    run_json(capsys, "tags", "remove", "Everything", "--home", home)
    assert [s["name"] for s in run_json(capsys, "tags", "list", "--home", home)["sets"]] == ["Scenes"]


def test_bad_tag_set_file_is_rejected_with_line_and_reason(indexed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(EVERYTHING.replace('label = "grey"', 'label = "grey"\ntreshold = 0.3'), encoding="utf-8")
    code, out, err = run(capsys, "tags", "import", str(bad), "--home", indexed)
    assert code == 1 and out == ""
    assert f"{bad}, line 11: tags[1]: unknown key 'treshold'" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "X",\n "tags": ["a" "b"]}\n', encoding="utf-8")
    code, _, err = run(capsys, "tags", "import", str(broken), "--home", indexed)
    assert code == 1 and "line 2: not valid JSON" in err
    assert run_json(capsys, "tags", "list", "--home", indexed)["sets"] == []  # nothing half-imported
    code, _, err = run(capsys, "tags", "show", "nope", "--home", indexed)
    assert code == 1 and "There is no tag 'nope'" in err


def test_eval_scores_the_coco_set_against_coco_labels(indexed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = shared_data("coco-mini")
    coco = tmp_path / "coco"
    with (source / "labels.csv").open(newline="") as f:
        rows = list(csv.DictReader(f))[:10]
    for row in rows:
        (coco / row["file"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source / row["file"], coco / row["file"])
    with (coco / "labels.csv").open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["file", "categories"])
        writer.writeheader()
        writer.writerows(rows)
    report = run_json(capsys, "tags", "eval", "--coco", str(coco), "--home", indexed)
    assert report["tagset"] == "COCO objects" and report["photos"] == 10 and report["missing"] == []
    assert len(report["tags"]) == 80
    truth = sum(len(r["categories"].split(";")) for r in rows)
    assert sum(t["support"] for t in report["tags"]) == truth
    for t in report["tags"]:
        assert t["true_positives"] <= min(t["support"], t["predicted"])
        if t["predicted"]:
            assert t["precision"] == pytest.approx(t["true_positives"] / t["predicted"])
        if t["support"]:
            assert t["recall"] == pytest.approx(t["true_positives"] / t["support"])
    code, text, _ = run(capsys, "tags", "eval", "--coco", str(coco), "--home", indexed)
    assert code == 0 and "person" in text and "mAP" in text
    code, _, err = run(capsys, "tags", "eval", "--coco", str(tmp_path), "--home", indexed)
    assert code == 1 and "labels.csv is missing" in err


def test_tags_preview_prints_the_similarity_table_as_text_json_and_png(
    indexed: str, photo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    home = indexed
    custom = tmp_path / "everything.toml"
    custom.write_text(EVERYTHING, encoding="utf-8")
    # A set file, never stored; a sample of 5 photos, the same for the same seed.
    data = run_json(capsys, "tags", "preview", "--file", str(custom), "--sample", "5", "--home", home)
    assert data["tagset"] == "Everything" and data["labels"] == ["sunny", "grey"] and data["shown"] == "cosine"
    assert len(data["photos"]) == 5 and [p["path"] for p in data["photos"]] == sorted(p["path"] for p in data["photos"])
    assert all(p["tags"] == ["sunny", "grey"] for p in data["photos"])  # a threshold of -1 gives every tag
    assert all(len(p["cosines"]) == 2 and all(-1.0 <= c <= 1.0 for c in p["cosines"]) for p in data["photos"])
    again = run_json(capsys, "tags", "preview", "--file", str(custom), "--sample", "5", "--home", home)
    assert [p["path"] for p in again["photos"]] == [p["path"] for p in data["photos"]]
    assert run_json(capsys, "tags", "list", "--home", home)["sets"] == []  # nothing was stored

    # A built-in set, on the photos of one folder, as text: a row per photo, the scores, the tag each gets.
    code, out, _err = run(capsys, "tags", "preview", "scenes", "--folder", str(photo_dir / "a"), "--home", home)
    assert code == 0
    table = run_json(capsys, "tags", "preview", "scenes", "--folder", str(photo_dir / "a"), "--home", home)
    folder_photos = sorted(p.name for p in (photo_dir / "a").iterdir())
    assert sorted(Path(p["path"]).name for p in table["photos"]) == folder_photos and table["shown"] == "probability"
    lines = out.splitlines()
    assert lines[0].startswith("Scenes (exclusive): probability of 6 photo(s)")
    places = [lines[1].find(f" {label}") for label in table["labels"]]
    assert lines[1].startswith("photo") and -1 not in places and places == sorted(places) and lines[1].endswith("tags")
    for photo in table["photos"]:
        row = next(line for line in lines if line.startswith(Path(photo["path"]).name))
        given = [label for label in table["labels"] if label in photo["tags"]]
        assert row.rstrip().endswith(", ".join(given) or "-")
        assert row.count("*") == len(given) <= 1  # an exclusive set gives one tag at most
        assert f"{photo['scores'][0]:.2f}" in row
    assert lines[-1].startswith("threshold")

    # Two photos by path, drawn into a PNG: a row per photo, a column per tag.
    chosen = [str(photo_dir / "a" / "img_00.jpg"), str(photo_dir / "b" / "img_07.jpg")]
    png = tmp_path / "table.png"
    data = run_json(capsys, "tags", "preview", "--file", str(custom), "--photos", *chosen, "--png", str(png), "--home", home)
    assert sorted(p["path"] for p in data["photos"]) == sorted(str(Path(c).resolve()) for c in chosen) and data["png"] == str(png)
    with Image.open(png) as image:
        assert image.format == "PNG" and image.width > 2 * 64 and image.height > 2 * 64
        # The framed cells (every tag given here) carry the frame colour.
        assert (255, 61, 127) in {colour for _count, colour in image.convert("RGB").getcolors(1 << 20) or []}

    code, _out, err = run(capsys, "tags", "preview", "--home", home)
    assert code != 0 and "tag set" in err  # no set given
