"""Damaged files, full disks and two processes on one library.

- A vector index file that is truncated, empty, random, or damaged inside
  with an intact header (hnswlib loads that one and then crashes the process
  at the first search) is detected and rebuilt from the catalog; so is
  damaged or missing metadata. A save cut short is caught up, not rebuilt.
- A schema migration backs the catalog up first, and the backup is a whole,
  valid SQLite database; a damaged catalog gives a clear message that names
  that backup (through the command line too: no traceback).
- A full disk (a real, tiny tmpfs when the tests run as root; else
  RLIMIT_FSIZE in a child process) gives a clear message and leaves the
  catalog and the saved index whole; indexing resumes once there is room.
- Two processes: the second writer gets a clear message, readers work
  read-only, and the lock of a process killed with SIGKILL is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from photoclip.cli import main as cli
from photoclip.core.library import Library
from photoclip.core.storage import vectors as vectors_module
from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.schema import MIGRATIONS, SCHEMA_VERSION
from photoclip.core.storage.vectors import VectorIndex
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo

REPO = Path(__file__).resolve().parents[2]
DIM = 16


def _filled_catalog(folder: Path, n: int) -> tuple[Catalog, np.ndarray]:
    cat = Catalog(folder / "catalog.sqlite3")
    fid = cat.add_folder("/photos")
    rng = np.random.default_rng(1)
    vecs = rng.standard_normal((n, DIM)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    ids = [cat.upsert_new_photo(f"/photos/{i}.jpg", fid, 1, 1.0, f"h{i}") for i in range(n)]
    cat.store_embeddings("m", [(pid, vecs[i], vecs[i], (1, 1, 1, None)) for i, pid in enumerate(ids)])
    return cat, np.asarray(ids)


# ------------------------------------------------------------ vector index
def _damage(kind: str, index_file: Path, meta_file: Path) -> None:
    data = index_file.read_bytes()
    rng = np.random.default_rng(len(kind))
    if kind == "truncated":
        index_file.write_bytes(data[: len(data) // 2])
    elif kind == "empty":
        index_file.write_bytes(b"")
    elif kind == "random":
        index_file.write_bytes(rng.bytes(len(data)))
    elif kind == "body":  # header intact, the first half of the graph garbage: hnswlib loads it, then SIGSEGV
        half = len(data) // 2
        index_file.write_bytes(data[:96] + rng.bytes(half - 96) + data[half:])
    elif kind == "one-byte":  # a single flipped byte in a vector
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0xFF
        index_file.write_bytes(bytes(flipped))
    elif kind == "missing":
        index_file.unlink()
    elif kind == "meta-garbage":
        meta_file.write_bytes(rng.bytes(64))
    elif kind == "meta-missing":
        meta_file.unlink()
    elif kind == "meta-other-dim":
        meta = json.loads(meta_file.read_text())
        meta_file.write_text(json.dumps({**meta, "dim": DIM * 2}))
    else:
        raise AssertionError(kind)


DAMAGES = ["truncated", "empty", "random", "body", "one-byte", "missing", "meta-garbage", "meta-missing", "meta-other-dim"]

# In a child process: if a damaged file slipped through, hnswlib may kill the
# process with SIGSEGV, which must fail this test, not end the test run.
OPEN_DAMAGED = textwrap.dedent(
    """
    import json, sys
    import numpy as np
    from pathlib import Path
    from photoclip.core.storage.catalog import Catalog
    from photoclip.core.storage.vectors import VectorIndex

    folder, dim = Path(sys.argv[1]), int(sys.argv[2])
    cat = Catalog(folder / "catalog.sqlite3")
    index = VectorIndex(folder / "index", "m", dim)
    state = index.open(cat)
    found = {}
    for ids, vecs in cat.iter_embeddings("m"):
        for pid, vec in zip(ids.tolist(), vecs):
            hit, score = index.search(vec, 1)
            found[pid] = hit.tolist()
    again = VectorIndex(folder / "index", "m", dim).open(cat)  # the repair was saved
    print(json.dumps({"state": state, "again": again, "found": found}))
    """
)


@pytest.mark.parametrize("kind", DAMAGES)
def test_damaged_index_is_rebuilt_from_the_catalog(tmp_path: Path, kind: str) -> None:
    cat, ids = _filled_catalog(tmp_path, 60)
    index = VectorIndex(tmp_path / "index", "m", DIM)
    assert index.open(cat) == "rebuilt"  # first open: nothing saved yet
    cat.close()
    _damage(kind, index.index_path, index.meta_path)
    result = subprocess.run(
        [sys.executable, "-c", OPEN_DAMAGED, str(tmp_path), str(DIM)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, f"exit {result.returncode} (-11 is SIGSEGV): {result.stderr[-2000:]}"
    data = json.loads(result.stdout)
    assert (data["state"], data["again"]) == ("rebuilt", "loaded")
    assert data["found"] == {str(pid): [pid] for pid in ids.tolist()}


class _Crash(BaseException):
    """Stands for the process dying at that point (nothing catches a BaseException subclass here)."""


@pytest.mark.parametrize("call", [1, 2], ids=["before-the-index-is-replaced", "before-the-final-metadata"])
def test_save_cut_short_catches_up_instead_of_rebuilding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    cat, ids = _filled_catalog(tmp_path, 30)
    VectorIndex(tmp_path / "index", "m", DIM).open(cat)
    index = VectorIndex(tmp_path / "index", "m", DIM)
    assert index.open(cat) == "loaded"
    fid = cat.folders()[0].id
    new = cat.upsert_new_photo("/photos/new.jpg", fid, 1, 1.0, "hnew")
    vec = np.ones(DIM, dtype=np.float32) / np.sqrt(DIM)
    seq = cat.store_embeddings("m", [(new, vec, vec, (1, 1, 1, None))])
    index.add(np.array([new]), vec[None], seq=seq)

    real = vectors_module.atomic_write_text
    calls = 0

    def dies_at_a_write(path: Path, text: str) -> None:
        nonlocal calls
        calls += 1
        if calls == call:
            raise _Crash
        real(path, text)

    monkeypatch.setattr(vectors_module, "atomic_write_text", dies_at_a_write)
    with pytest.raises(_Crash):
        index.save()
    monkeypatch.undo()
    # What a SIGKILL during a save leaves (an exception cleans up after
    # itself); the index of a model whose name starts the same is not ours.
    (index.folder / "m.hnswk3j2h1g0.tmp").write_bytes(b"half an index")
    (index.folder / "m.jsonq1w2e3r4.tmp").write_bytes(b"{")
    (index.folder / "m.hnswx.hnswk3j2h1g0.tmp").write_bytes(b"another model's save in progress")
    reopened = VectorIndex(tmp_path / "index", "m", DIM)
    assert reopened.open(cat) in ("loaded", "caught-up")  # accepted by its checksum, not rebuilt
    assert reopened.search(vec, 1)[0].tolist() == [new]
    assert sorted(p.name for p in index.folder.iterdir()) == ["m.hnsw", "m.hnswx.hnswk3j2h1g0.tmp", "m.json"]


# -------------------------------------------------------------- the catalog
def _v1_catalog(path: Path) -> None:
    """A catalog as photoclip's first schema wrote it, with a folder and a photo."""
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0].statements:
        db.execute(statement)
    db.execute("INSERT INTO folders(path, added_at) VALUES ('/photos', 0)")
    db.execute(
        "INSERT INTO photos(path, folder_id, size, mtime, partial_hash, added_at, updated_at) VALUES ('/photos/a.jpg', 1, 1, 1, 'h', 0, 0)"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_migration_backs_up_first_and_a_damaged_catalog_names_the_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    paths = LibraryPaths.at(home)
    paths.ensure()
    _v1_catalog(paths.catalog)
    with Library(paths) as lib:  # migrates 1 -> current
        assert [p.path for p in lib.browse()] == ["/photos/a.jpg"]
    backup = home / "catalog.sqlite3.bak-v1"
    assert backup.is_file()
    db = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA user_version").fetchone() == (1,)
        assert db.execute("SELECT path FROM photos").fetchall() == [("/photos/a.jpg",)]
    finally:
        db.close()
    db = sqlite3.connect(paths.catalog)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    # Photos added since the backup fill pages well past the schema's.
    db.executemany(
        "INSERT INTO photos(path, folder_id, size, mtime, partial_hash, added_at, updated_at) VALUES (?, 1, 1, 1, ?, 0, 0)",
        [(f"/photos/more_{i:05d}.jpg", f"h{i}") for i in range(3000)],
    )
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert not list(home.glob(".*partial"))

    # Damage the second half of the file: the catalog still opens (its
    # schema is intact), and the damage shows at the first query that
    # reads those pages, wherever in the code that is.
    data = paths.catalog.read_bytes()
    half = len(data) // 2
    paths.catalog.write_bytes(data[:half] + np.random.default_rng(0).bytes(len(data) - half))
    with Library(paths) as lib:  # opens: the damage is further in
        with pytest.raises(PhotoclipError, match="is damaged") as caught:
            lib.status()
    assert str(backup) in (caught.value.hint or "")
    assert cli(["status", "--home", str(home)]) == 1
    err = capsys.readouterr().err
    assert str(backup) in err and "Traceback" not in err

    # A damaged header: the catalog does not even open; same advice.
    paths.catalog.write_bytes(b"garbage!" * 512)
    with pytest.raises(PhotoclipError, match="cannot be read") as caught:
        Library(paths)
    assert str(backup) in (caught.value.hint or "")


def test_damaged_catalog_without_a_backup_says_how_to_start_again(tmp_path: Path) -> None:
    paths = LibraryPaths.at(tmp_path / "home")
    with Library(paths) as lib:
        lib.add_folder(tmp_path)
        with lib.catalog.transaction() as db:
            db.executemany(
                "INSERT INTO photos(path, folder_id, size, mtime, partial_hash, added_at, updated_at) VALUES (?, 1, 1, 1, ?, 0, 0)",
                [(f"{tmp_path}/p{i:05d}.jpg", f"h{i}") for i in range(3000)],
            )
    data = paths.catalog.read_bytes()
    half = len(data) // 2
    paths.catalog.write_bytes(data[:half] + bytes(len(data) - half))
    with Library(paths) as lib:
        with pytest.raises(PhotoclipError, match="is damaged") as caught:
            lib.status()
    assert "Move" in (caught.value.hint or "") and "photoclip index" in (caught.value.hint or "")


# --------------------------------------------------------------- full disk
@contextlib.contextmanager
def _tiny_tmpfs(where: Path, size_kib: int) -> Iterator[Path]:
    """A real file system of ``size_kib`` (tmpfs); skips the test where it cannot be mounted."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root (the RLIMIT_FSIZE test covers a full disk without it)")
    where.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(where)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(folder: Path, leave_kib: int) -> Path:
    """Fill a file system until ``leave_kib`` remain; returns the ballast file (delete it to free the space)."""
    ballast = folder / "ballast"
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(ballast, "wb") as f:
        f.write(b"\0" * max(0, free - leave_kib * 1024))
    return ballast


def _library_at(home: Path, photos: Path, n: int, models: Path | None = None) -> None:
    """Index ``n`` photos into a library at ``home`` (its models folder may be a link to a shared one)."""
    home.mkdir(parents=True, exist_ok=True)
    if models is not None:
        (home / "models").symlink_to(models, target_is_directory=True)
    for i in range(n):
        write_photo(photos / f"first_{i:03d}.jpg", seed=i, size=(48, 36))
    with Library(LibraryPaths.at(home)) as lib:
        lib.use_model("test-tiny")
        lib.add_folder(photos)
        for _ in lib.index():
            pass


def test_full_disk_gives_a_clear_error_and_loses_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared_models = tmp_path / "models"  # the model weights stay on the big disk
    shared_models.mkdir()
    photos = tmp_path / "photos"
    with _tiny_tmpfs(tmp_path / "small", 8192) as small:
        home = small / "home"
        _library_at(home, photos, 20, models=shared_models)
        with Library(LibraryPaths.at(home)) as lib:
            first = lib.tags.photo_id(photos / "first_000.jpg")
            lib.set_captions(first, ["the first photo"])
        for i in range(400):
            write_photo(photos / f"more_{i:03d}.jpg", seed=1000 + i, size=(48, 36))
        ballast = _fill(small, leave_kib=96)

        assert cli(["index", "--home", str(home), "--json"]) == 1
        err = capsys.readouterr().err
        assert "disk is full" in err.lower() or "no space left" in err.lower(), err
        assert "Free some disk space" in err and "Traceback" not in err

        db = sqlite3.connect(home / "catalog.sqlite3")
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.close()
        ballast.unlink()
        assert cli(["index", "--home", str(home), "--json"]) == 0
        summary = json.loads(capsys.readouterr().out)
        assert summary["remaining"] == 0 and summary["failed"] == []
        with Library(LibraryPaths.at(home)) as lib:
            assert lib.status().photos == lib.status().embedded == 420
            assert lib.captions(first) == ["the first photo"]
            assert len(lib.search("a photo", k=500)) == 420


def test_full_disk_while_saving_the_index_keeps_the_saved_one(tmp_path: Path) -> None:
    cat, ids = _filled_catalog(tmp_path, 20)
    with _tiny_tmpfs(tmp_path / "small", 256) as small:
        index = VectorIndex(small, "m", DIM)
        assert index.open(cat) == "rebuilt"
        before = index.index_path.read_bytes()
        rng = np.random.default_rng(5)
        fid = cat.folders()[0].id
        more = [cat.upsert_new_photo(f"/photos/more{i}.jpg", fid, 1, 1.0, f"m{i}") for i in range(3000)]
        vecs = rng.standard_normal((len(more), DIM)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        seq = cat.store_embeddings("m", [(pid, v, v, (1, 1, 1, None)) for pid, v in zip(more, vecs)])
        index.add(np.asarray(more), vecs, seq=seq)  # now bigger than the whole file system
        with pytest.raises(PhotoclipError, match="cannot be saved") as caught:
            index.save()
        assert "Free some disk space" in (caught.value.hint or "")
        # hnswlib would have left a short file in place of the good one.
        assert index.index_path.read_bytes() == before
        assert not [p for p in small.iterdir() if p.suffix == ".tmp"]
        assert VectorIndex(small, "m", DIM).open(cat, persist=False) == "caught-up"


# Without root (no tmpfs), the file-size limit stands in for a full disk:
# writes past it fail with EFBIG, which SQLite reports as a disk I/O error.
FSIZE_CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    from photoclip.cli import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    sys.exit(main(["index", "--home", sys.argv[1], "--json"]))
    """
)


def test_file_size_limit_gives_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip("no RLIMIT_FSIZE on this platform")
    home, photos = tmp_path / "home", tmp_path / "photos"
    _library_at(home, photos, 10)
    for i in range(300):
        write_photo(photos / f"more_{i:03d}.jpg", seed=2000 + i, size=(48, 36))
    # Room for the model to load, none for the catalog to grow much.
    limit = (home / "catalog.sqlite3").stat().st_size + 64 * 1024
    weights = max(p.stat().st_size for p in (home / "models").rglob("*") if p.is_file())
    assert weights > limit  # the weights are read, never written, so the limit does not touch them
    result = subprocess.run(
        [sys.executable, "-c", FSIZE_CHILD, str(home), str(limit)], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "cannot be read or written" in result.stderr or "disk is full" in result.stderr or "cannot be saved" in result.stderr
    db = sqlite3.connect(home / "catalog.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    with Library(LibraryPaths.at(home)) as lib:
        for _ in lib.index():
            pass
        assert lib.status().photos == lib.status().embedded == 310


# ------------------------------------------------------- two processes
HOLDER = textwrap.dedent(
    """
    import sys
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths
    lib = Library(LibraryPaths.at(sys.argv[1]))
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes stdin, or kills this process
    """
)


def test_second_process_gets_a_clear_message_or_read_only_access(tmp_path: Path) -> None:
    home = tmp_path / "home"
    photos = tmp_path / "photos"
    write_photo(photos / "a.jpg", seed=1)
    Library(LibraryPaths.at(home)).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(home)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"

        def photoclip(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "photoclip", *args, "--home", str(home)], capture_output=True, text=True, cwd=REPO, timeout=120
            )

        writer = photoclip("folders", "add", str(photos))
        assert writer.returncode == 1
        assert f"already open for writing in another photoclip process (pid {holder.pid})" in writer.stderr
        assert "Traceback" not in writer.stderr
        reader = photoclip("status", "--json")
        assert reader.returncode == 0 and "Reading it without changing anything" in reader.stderr
        assert json.loads(reader.stdout)["photos"] == 0

        holder.send_signal(signal.SIGKILL)  # no clean-up: the OS drops the lock with the process
        holder.wait(timeout=30)
        again = photoclip("folders", "add", str(photos))
        assert again.returncode == 0, again.stderr
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
