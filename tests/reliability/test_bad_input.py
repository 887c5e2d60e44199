"""Bad input: a folder of broken, hostile and odd files next to good photos.

Indexing the corpus of ``tests/badfiles.py`` must index every good photo,
report every bad file with its reason, never crash, and keep memory bounded
(the decompression bombs must not be decoded). The unreadable file and
folder are indexed as the user ``nobody`` when the tests run as root, since
root reads them anyway.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from photoclip.core.indexing.scanner import printable_path
from photoclip.core.library import Library
from tests.badfiles import Corpus, make_bad_corpus, png_bomb, restore_permissions

REPO = Path(__file__).resolve().parents[2]
# The 144 MP bomb is above Pillow's warning threshold; refusing it is the point.
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Corpus]:
    c = make_bad_corpus(tmp_path / "photos")
    yield c
    restore_permissions(c.root)


def _check_outcome(corpus: Corpus, failed: dict[str, str], status_of: Callable[[str], str | None]) -> None:
    """Every good file indexed, every bad one reported with its reason and not indexed, the rest ignored."""
    for path in corpus.good:
        assert status_of(str(path)) == "active", path
    for path, reason in corpus.bad.items():
        shown = printable_path(str(path))
        assert shown in failed, f"{shown} was not reported"
        assert re.search(reason, failed[shown]), (shown, failed[shown])
        assert status_of(str(path)) in (None, "error"), path
    for path in corpus.ignored:
        assert status_of(str(path)) is None and str(path) not in failed
    unexpected = set(failed) - {printable_path(str(p)) for p in corpus.bad}
    assert not unexpected, unexpected


def test_bad_corpus_next_to_good_photos(tiny_library: Library, corpus: Corpus) -> None:
    lib = tiny_library
    # Deleted between the scan and the decode: the scan has recorded it, the
    # embed phase has not opened it yet ("load-model" comes in between).
    vanishing = corpus.root / "vanishing.jpg"
    shutil.copyfile(corpus.good[0], vanishing)
    lib.add_folder(corpus.root)

    summary = None
    for event in lib.index():
        if event.phase == "load-model":
            vanishing.unlink()
        summary = event.summary or summary
    assert summary is not None and not summary.cancelled

    failed = {p.path: p.reason for p in summary.failed}
    assert failed.pop(str(vanishing)) == "file vanished"

    def status_of(path: str) -> str | None:
        record = lib.catalog.photo_by_path(path) if printable_path(path) == path else None
        return record.status if record else None

    _check_outcome(corpus, failed, status_of)
    assert summary.embedded == len(corpus.good)
    assert lib.status().embedded == len(corpus.good) and lib.pending() == 0
    for path, size in corpus.rotated.items():
        record = lib.catalog.photo_by_path(str(path))
        assert record is not None and (record.width, record.height) == size and record.orientation == 6
    # Files that were decoded and failed are kept as errors for `status --errors`.
    decode_errors = dict(lib.errors())
    assert decode_errors[str(vanishing)] == "file vanished"
    for path, reason in corpus.bad.items():
        if str(path) in decode_errors:
            assert re.search(reason, decode_errors[str(path)])

    # Again: nothing to do, nothing new, the same reports, no crash; the
    # vanished file's row leaves the errors.
    again = None
    for event in lib.index():
        again = event.summary or again
    assert again is not None and again.embedded == 0 and again.new == 0 and again.deleted == 1
    assert {p.path for p in again.failed} <= set(failed)
    assert str(vanishing) not in dict(lib.errors())

    # Every odd name can be searched, found similar and exported.
    newline = next(p for p in corpus.good if "\n" in p.name)
    hits = lib.similar(str(newline), k=len(corpus.good))
    assert {h.path for h in hits} == {str(p) for p in corpus.good} - {str(newline)}
    assert len(lib.search("a photo", k=100)) == len(corpus.good)


def test_xmp_export_reports_a_name_with_no_room_for_the_sidecar(tiny_library: Library, corpus: Corpus) -> None:
    from photoclip.core.tagsets.files import parse_tagset

    lib = tiny_library
    lib.add_folder(corpus.root)
    for _ in lib.index():
        pass
    lib.tags.save(parse_tagset('name = "Kinds"\nmode = "multi"\n[[tags]]\nlabel = "thing"\n', "toml"))
    longest = max(corpus.good, key=lambda p: len(p.name))
    assert len(os.fsencode(longest.name)) == 255
    lib.tags.confirm("Kinds|thing", [lib.tags.photo_id(p) for p in corpus.good])
    summary = None
    for event in lib.tags.export_xmp():
        summary = event.summary or summary
    assert summary is not None
    assert dict(summary.failed) == {str(longest): f"cannot use a sidecar for {longest.name}: File name too long"}
    assert summary.written == len(corpus.good) - 1
    assert all(Path(str(p) + ".xmp").is_file() for p in corpus.good if p != longest)


# ------------------------------------------------------------- subprocesses
def _run(cmd: list[str]) -> tuple[int, str, str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


# Peak RSS of the child itself, in KiB. Linux carries ru_maxrss across exec
# (a child of a pytest that holds torch starts at pytest's size), so VmHWM,
# the high-water mark of the process's own memory, is read where it exists.
PEAK_RSS = textwrap.dedent(
    """
    import resource  # now: a child that drops privileges cannot import later

    def peak_kib():
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    """
)

BOMB_DECODE = PEAK_RSS + textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from photoclip.core.imaging import ImageDecodeError, PreprocessConfig, load_for_model, load_image, read_image_info

    cfg = PreprocessConfig(224, (0.5, 0.5, 0.5), (0.5, 0.5, 0.5))
    before = peak_kib()
    reasons = []
    for path in sys.argv[1:]:
        for call in (lambda: load_for_model(Path(path), cfg), lambda: load_for_model(Path(path), cfg, draft=False),
                     lambda: load_image(Path(path), max_side=256), lambda: read_image_info(Path(path))):
            try:
                call()
                reasons.append("decoded!")
            except ImageDecodeError as exc:
                reasons.append(exc.reason)
    after = peak_kib()
    print(json.dumps({"before_kib": before, "after_kib": after, "reasons": reasons}))
    """
)


def test_decompression_bombs_stay_small_in_memory(tmp_path: Path) -> None:
    bombs = [png_bomb(tmp_path / "bomb_900mp.png"), png_bomb(tmp_path / "bomb_144mp.png", 12000, 12000)]
    assert all(b.stat().st_size < 200_000 for b in bombs)
    rc, out, err = _run([sys.executable, "-W", "ignore", "-c", BOMB_DECODE, *map(str, bombs)])
    assert rc == 0, err
    data = json.loads(out)
    assert all(r.startswith("too large") for r in data["reasons"][:3] + data["reasons"][4:7]), data["reasons"]
    # The peak so far: its growth is what refusing the bombs cost at most.
    grown_mib = (data["after_kib"] - data["before_kib"]) / 1024
    print(f"\nbomb decode: peak RSS {data['after_kib'] / 1024:.0f} MiB, {grown_mib:.1f} MiB above the peak before the bombs")
    # Decoding the 900 MP bomb would take 900 MiB (1 bit -> 1 byte per pixel), 2.7 GiB as RGB.
    assert grown_mib < 64
    assert data["after_kib"] / 1024 < 300


# The whole corpus, through the real command line, in a child process that
# runs as the user nobody when started by root (so the file and the folder
# without read permission really cannot be read). Everything is imported
# before the privileges are dropped: the interpreter itself may live below
# a folder nobody cannot enter (/root/.pyenv). It reports its peak RSS
# after importing and at the end, so the growth during indexing is known.
INDEX_AS_NOBODY = PEAK_RSS + textwrap.dedent(
    """
    import json, os, sys
    import photoclip.cli, photoclip.core.library, photoclip.core.models.embedder, photoclip.core.models
    import open_clip, torch, tqdm  # noqa: F401  (imported while they can still be read)

    if os.geteuid() == 0:
        import pwd
        nobody = pwd.getpwnam("nobody")
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)
    home, folder = sys.argv[1:3]
    rss = {"after_import_kib": peak_kib()}
    for argv in (["models", "use", "test-tiny"], ["folders", "add", folder]):
        assert photoclip.cli.main(["--home", home, *argv]) == 0
    import contextlib, io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = photoclip.cli.main(["index", "--home", home, "--json", "--threads", "1"])
    rss["peak_kib"] = peak_kib()
    print(json.dumps({"rc": rc, "summary": json.loads(out.getvalue()), "rss": rss, "uid": os.geteuid()}))
    """
)


def _nobody_can_run() -> str | None:
    """Why the privilege drop cannot be done here, or None when it can."""
    if not hasattr(os, "geteuid"):
        return "no POSIX users on this platform"
    if os.geteuid() != 0:
        return None  # not root: permissions already apply to us
    try:
        import pwd

        pwd.getpwnam("nobody")
    except (ImportError, KeyError):
        return "running as root and there is no user 'nobody' to drop to"
    # After the drop, open_clip still reads files of its package (model
    # configs): the environment must be reachable by other users.
    import stat

    for folder in (Path(sys.prefix).resolve(), *Path(sys.prefix).resolve().parents):
        if not os.stat(folder).st_mode & stat.S_IXOTH:
            return f"the Python environment is not readable by other users ({folder} is private)"
    return None


def test_whole_corpus_through_the_cli_as_an_unprivileged_user(tmp_path: Path) -> None:
    reason = _nobody_can_run()
    if reason:
        pytest.skip(reason)
    # pytest's tmp_path is private to root (0700), so nobody could not even
    # reach it: the corpus and the home get a folder of their own.
    base = Path(tempfile.mkdtemp(prefix="photoclip-nobody-"))
    try:
        os.chmod(base, 0o755)
        corpus = make_bad_corpus(base / "photos", unreadable=True)
        home = base / "home"
        home.mkdir()
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            for folder, dirs, files in os.walk(base):
                for name in [*dirs, *files, ""]:
                    os.lchown(os.path.join(folder, name), nobody.pw_uid, nobody.pw_gid)
        rc, out, err = _run([sys.executable, "-W", "ignore", "-c", INDEX_AS_NOBODY, str(home), str(corpus.root)])
        assert rc == 0, err[-3000:]
        data = json.loads(out.strip().splitlines()[-1])
        assert data["rc"] == 0 and (data["uid"] != 0)
        summary = data["summary"]
        failed = {f["path"]: f["reason"] for f in summary["failed"]}

        db = sqlite3.connect(f"file:{home / 'catalog.sqlite3'}?mode=ro", uri=True)
        statuses = dict(db.execute("SELECT path, status FROM photos").fetchall())
        indexed = {p for p, s in statuses.items() if s == "active"}
        db.close()
        _check_outcome(corpus, failed, statuses.get)
        assert summary["embedded"] == len(corpus.good) == len(indexed)
        peak_mib = data["rss"]["peak_kib"] / 1024
        grown_mib = peak_mib - data["rss"]["after_import_kib"] / 1024
        print(
            f"\nindex of the bad corpus as uid {data['uid']}: {len(indexed)} indexed, {len(failed)} reported; "
            f"peak RSS {peak_mib:.0f} MiB, {grown_mib:.0f} MiB above the peak after importing torch"
        )
        # The import peak already covers the test-tiny model and 20 small
        # photos; decoding the 900 MP bomb would need 900 MiB to 2.7 GiB more.
        assert grown_mib < 400
    finally:
        restore_permissions(base)
        shutil.rmtree(base, ignore_errors=True)
