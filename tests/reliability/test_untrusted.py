"""Untrusted input and privacy: files from elsewhere are validated, never executed, never expanded.

- Tag set files (TOML/JSON), captions CSV files and existing XMP sidecars
  that are malformed or hostile give clear, located messages; a hostile
  sidecar (external entity, billion laughs, a DTD hidden in UTF-16) is
  neither expanded nor overwritten.
- Model files never run pickled code. ``tests/core/test_models.py`` covers
  the import of a pickle with a payload (``test_import_refuses_pickled_code``);
  here: a pickle disguised as ``.safetensors``, and a payload planted in the
  model cache after the import.
- With the weights cached, nothing touches the network: start-up, indexing,
  search, similar, status, tag sets and the desktop app's start-up run in a
  child process where every socket connection and name lookup is recorded
  and refused.

(A full disk is in ``test_corruption.py``.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from photoclip.cli import main as cli
from photoclip.core.library import Library
from photoclip.core.tagsets.files import TagSetFileError
from photoclip.errors import PhotoclipError
from tests.conftest import write_photo

REPO = Path(__file__).resolve().parents[2]


def _indexed(lib: Library, photo_dir: Path) -> Library:
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    return lib


# ------------------------------------------------------------------ tag sets
BAD_TAGSETS = {
    "syntax.toml": ('name = "A"\nmode = "multi"\n[[tags]]\nlabel = "beach\n', r"line 4: not valid TOML"),
    "syntax.json": ('{"name": "A",\n "tags": [\n  {"label": "beach",}\n ]\n}', r"line 3: not valid JSON"),
    "unknown_key.toml": ('name = "A"\n[[tags]]\nlabel = "x"\ntreshold = 0.2\n', r"line 4: tags\[0\]: unknown key 'treshold'"),
    "wrong_type.json": ('{"name": "A", "tags": [{"label": 7}]}', r"tags\[0\]\.label"),
    "no_tags.toml": ('name = "A"\n', r"tags"),
    "empty.toml": ("", r"name"),
    "top_level_list.json": ("[1, 2, 3]", r"\S"),
    "deep.json": ("[" * 100_000 + "]" * 100_000, r"nested too deeply"),
    "deep.toml": ("a = " + "[" * 100_000 + "]" * 100_000, r"nested too deeply"),
}


@pytest.mark.parametrize("name", sorted(BAD_TAGSETS))
def test_malformed_tag_set_files_are_refused_with_the_place_and_reason(tiny_library: Library, tmp_path: Path, name: str) -> None:
    text, reason = BAD_TAGSETS[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TagSetFileError, match=reason) as caught:
        tiny_library.tags.import_file(path)
    assert str(path) in caught.value.message
    assert tiny_library.tags.sets() == []  # nothing half-imported


def test_tag_set_file_that_is_not_text(tiny_library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "binary.toml"
    path.write_bytes(b"name = \"A\"\n\xff\xfe\x00\x01")
    with pytest.raises(TagSetFileError, match="line 2: the file is not UTF-8 text"):
        tiny_library.tags.import_file(path)
    home = str(tiny_library.paths.home)
    tiny_library.close()
    deep = tmp_path / "deep.json"
    deep.write_text('{"name": "A", "tags": ' + "[" * 5000 + "]" * 5000 + "}")
    assert cli(["tags", "import", str(deep), "--home", home]) == 1
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "Traceback" not in err


# ------------------------------------------------------------------ captions
def test_captions_csv_with_bad_rows_imports_the_good_ones_and_lists_the_rest(tiny_library: Library, photo_dir: Path, tmp_path: Path) -> None:
    lib = _indexed(tiny_library, photo_dir)
    good = sorted(photo_dir.rglob("*.jpg"))
    rows = [
        "path,caption",  # a header
        f"{good[0]},a dog on a beach",
        "only one column",
        ",a caption without a photo",
        f"{good[1]},",
        f"{tmp_path / 'nowhere.jpg'},a photo that does not exist",
        f"{tmp_path / 'captions.csv'},a file that is not in the library",
        f'{good[2]},"a, b",a third column',
        f'{good[3]},"a caption with ""quotes"", a comma and a newline\ninside"',
        f"{good[0]},a dog on a beach",  # the same caption again
        f'{good[4]},"a quote left open at the end of the file',
    ]
    csv = tmp_path / "captions.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = lib.import_captions(csv)
    assert (result.added, result.duplicates, result.photos) == (3, 1, 3)
    skipped = {p.line: p.reason for p in result.skipped}
    assert skipped == {
        3: "expected 2 columns (path,caption), found 1 (quote captions that contain commas)",
        4: "the photo path is empty",
        5: "the caption is empty",
        6: f"no such photo: {tmp_path / 'nowhere.jpg'}",
        7: f"photo not in the library: {csv} (add its folder and run `photoclip index`)",
        8: "expected 2 columns (path,caption), found 3 (quote captions that contain commas)",
    }
    assert lib.captions(good[0]) == ["a dog on a beach"]
    assert lib.captions(good[3]) == ['a caption with "quotes", a comma and a newline inside']
    assert lib.captions(good[4]) == ["a quote left open at the end of the file"]  # CSV reads it to the end


@pytest.mark.parametrize(
    "content, message",
    [
        (b"path,caption\n\xff\xfe\x00 latin-1 or UTF-16?\n", "is not UTF-8 text"),
        (b"x.jpg," + b"y" * 200_000 + b"\n", "is not a readable CSV file: field larger than field limit"),
    ],
    ids=["not-utf8", "huge-field"],
)
def test_captions_csv_that_cannot_be_read_is_refused_whole(tiny_library: Library, tmp_path: Path, content: bytes, message: str) -> None:
    csv = tmp_path / "captions.csv"
    csv.write_bytes(content)
    with pytest.raises(PhotoclipError, match=message):
        tiny_library.import_captions(csv)


# --------------------------------------------------------------------- XMP
SECRET = "TOP-SECRET-CONTENT"

_PACKET = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject><rdf:Bag>'
    "<rdf:li>{keyword}</rdf:li></rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def _hostile_sidecars(secret_file: Path) -> dict[str, bytes]:
    laughs = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    internal = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "EXPANDED">]>' + _PACKET.format(keyword="&e;")
    return {
        "malformed": b"<x:xmpmeta><rdf:RDF><unclosed>",
        "not_xml": b"\x00\x01binary garbage\xff",
        "not_xmp": b"<html><body>not an XMP packet</body></html>",
        "external_entity": (
            f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret_file}">]>' + _PACKET.format(keyword="&e;")
        ).encode(),
        "billion_laughs": (f'<?xml version="1.0"?><!DOCTYPE x [{laughs}]>' + _PACKET.format(keyword="&lol9;")).encode(),
        "dtd_in_utf16": internal.encode("utf-16"),
        "laughs_in_utf16": (f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [{laughs}]>' + _PACKET.format(keyword="&lol9;")).encode("utf-16"),
        "utf16le_without_bom": internal.replace("UTF-16", "UTF-16LE").encode("utf-16-le"),
    }


def test_hostile_or_malformed_sidecars_are_reported_and_left_alone(tiny_library: Library, tmp_path: Path) -> None:
    from photoclip.core.tagsets.files import parse_tagset

    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    folder = tmp_path / "photos"
    sidecars = _hostile_sidecars(secret)
    for i, name in enumerate(sorted(sidecars)):
        photo = write_photo(folder / f"{name}.jpg", seed=i)
        Path(f"{photo}.xmp").write_bytes(sidecars[name])
    clean = write_photo(folder / "clean.jpg", seed=99)
    lib = _indexed(tiny_library, folder)
    lib.tags.save(parse_tagset('name = "Kinds"\nmode = "multi"\n[[tags]]\nlabel = "thing"\n', "toml"))
    photos = sorted(folder.glob("*.jpg"))
    lib.tags.confirm("Kinds|thing", [lib.tags.photo_id(p) for p in photos])

    started = time.monotonic()
    summary = None
    for event in lib.tags.export_xmp():
        summary = event.summary or summary
    assert time.monotonic() - started < 10  # no entity was expanded a billion times
    assert summary is not None and summary.written == 1
    failed = dict(summary.failed)
    assert set(failed) == {str(folder / f"{name}.jpg") for name in sidecars}
    for name, data in sidecars.items():
        reason = failed[str(folder / f"{name}.jpg")]
        assert reason.startswith(f"{name}.jpg.xmp left as it is: "), reason
        assert Path(f"{folder / name}.jpg.xmp").read_bytes() == data  # not clobbered
        if name in ("external_entity", "billion_laughs", "dtd_in_utf16", "laughs_in_utf16"):
            assert "DTD or entities" in reason, (name, reason)
    written = Path(f"{clean}.xmp").read_text(encoding="utf-8")
    assert "Kinds|thing" in written
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    for path in folder.iterdir():
        assert SECRET.encode() not in path.read_bytes() or path == secret


# ------------------------------------------------------------------ models
class _Payload:
    """Unpickling this creates a marker file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def _evil_pickle(path: Path, marker: Path) -> Path:
    import torch

    torch.save({"state_dict": {"payload": _Payload(marker)}}, path)
    return path


def test_pickle_disguised_as_safetensors_is_never_unpickled(tiny_library: Library, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = _evil_pickle(tmp_path / "model.safetensors", marker)
    with pytest.raises(PhotoclipError, match="not a valid safetensors file"):
        tiny_library.import_model(evil, "test-tiny", "evil")
    assert not marker.exists()


def test_payload_planted_in_the_model_cache_is_never_unpickled(tiny_library: Library, tmp_path: Path) -> None:
    lib = tiny_library
    weights = lib.registry.ensure_weights(lib.registry.get("test-tiny"))
    spec = lib.import_model(weights, "test-tiny", "mine")
    cached = next(p for p in lib.paths.models_dir.rglob("*") if p.is_file() and "mine" in str(p.relative_to(lib.paths.models_dir)) and p.suffix == ".safetensors")
    marker = tmp_path / "pwned"
    _evil_pickle(cached, marker)  # someone swaps the cached file for a pickle with a payload
    lib.use_model(spec.name)
    with pytest.raises(PhotoclipError):
        lib.embedder(spec).encode_texts(["a photo"])
    assert not marker.exists()


# ----------------------------------------------------------------- network
# Runs in a child process: every connection (IPv4/IPv6) and every name lookup
# is recorded and refused, then the commands run through the real command
# line. Unix-domain sockets (a session bus the desktop app may look for) are
# local and allowed.
OFFLINE_CHILD = textwrap.dedent(
    """
    import errno, json, os, socket, sys
    attempts = []

    def refused(kind):
        def call(*args, **kwargs):
            if kind == "connect" and args and getattr(args[0], "family", None) == socket.AF_UNIX:
                return original_connect(*args, **kwargs)
            attempts.append([kind, repr(args[1:] if kind.startswith("connect") else args)[:200]])
            raise OSError(errno.ENETUNREACH, "network refused by the test")
        return call

    original_connect = socket.socket.connect
    socket.socket.connect = refused("connect")
    socket.socket.connect_ex = refused("connect_ex")
    socket.socket.sendto = refused("sendto")
    socket.create_connection = refused("create_connection")
    socket.getaddrinfo = refused("getaddrinfo")
    socket.gethostbyname = refused("gethostbyname")

    from photoclip.cli import main
    home, photos = sys.argv[1], sys.argv[2]
    first = os.path.join(photos, "img_00.jpg")
    commands = [
        ["models", "use", "test-tiny"],
        ["folders", "add", photos],
        ["index"],
        ["search", "a dog on a beach", "-k", "3"],
        ["similar", first, "-k", "3"],
        ["status"],
        ["tags", "import", "--builtin", "scenes"],
        ["search", "sunset", "--album", "Scenes|beach"],
        ["models", "list"],
    ]
    codes = {}
    for argv in commands:
        codes[" ".join(argv[:2])] = main([*argv, "--home", home, "--json"])
    try:
        import PySide6  # noqa: F401
    except ImportError:
        codes["gui"] = "no PySide6"
    else:
        codes["gui"] = main(["gui", "--home", home, "--quit-after-show"])
    offline = list(attempts)
    # The control: a download must be seen trying (and refused cleanly).
    codes["control: models download"] = main(["models", "download", "vit-b-32", "--home", home])
    print("RESULT " + json.dumps({"codes": codes, "attempts": offline, "control": attempts[len(offline):]}))
    """
)


def test_nothing_touches_the_network_with_cached_weights(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    for i in range(6):
        write_photo(photos / f"img_{i:02d}.jpg", seed=i)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE_", "TRANSFORMERS_"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONWARNINGS="ignore")
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_CHILD, str(tmp_path / "home"), str(photos)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=300,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert result.returncode == 0 and line, result.stderr[-3000:]
    data = json.loads(line[len("RESULT "):])
    print(f"\nexit codes with the network refused: {data['codes']}; connection attempts: {data['attempts']}")
    assert data["attempts"] == []
    control = data["codes"].pop("control: models download")
    assert all(code in (0, "no PySide6") for code in data["codes"].values()), (data["codes"], result.stderr[-3000:])
    assert control == 1 and data["control"], "the refusal hook did not see a download: the test would prove nothing"
