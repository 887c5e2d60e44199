"""Setting duplicates aside, undoing it, and emptying into the system trash: nothing is ever deleted outright."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from photoclip.core.duplicates import DuplicateGroup, DuplicateSummary
from photoclip.core.library import Library
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths


@pytest.fixture
def lib(tiny_library: Library, photo_dir: Path) -> Library:
    # Two byte-for-byte copies, in other folders than their originals.
    shutil.copy(photo_dir / "a" / "img_00.jpg", photo_dir / "b" / "copy_of_00.jpg")
    shutil.copy(photo_dir / "b" / "img_07.jpg", photo_dir / "a" / "copy_of_07.jpg")
    tiny_library.add_folder(photo_dir)
    for _ in tiny_library.index():
        pass
    return tiny_library


def exact_groups(lib: Library) -> tuple[DuplicateGroup, ...]:
    events = list(lib.duplicates.find(exact_only=True))
    summary = events[-1].summary
    assert isinstance(summary, DuplicateSummary)
    return summary.groups


def live_ids(lib: Library) -> set[int]:
    return {r.id for r in lib.browse()}


def test_trash_sets_the_copies_aside_and_undo_puts_them_back_with_their_vectors(lib: Library, photo_dir: Path) -> None:
    groups = exact_groups(lib)
    assert len(groups) == 2
    going = [p for g in groups for p in g.others]
    assert {Path(p.path).name for p in going} == {"copy_of_00.jpg", "copy_of_07.jpg"}
    content = {p.path: Path(p.path).read_bytes() for p in going}
    embedded = lib.catalog.embedding_count(lib.searcher().model)

    result = lib.duplicates.trash(groups)
    assert result.batch is not None and not result.problems
    assert {f.original for f in result.moved} == set(content) and result.bytes == sum(len(b) for b in content.values())
    for held in result.moved:
        # Moved, not deleted: gone from the library folder, whole in the holding folder.
        assert not os.path.exists(held.original)
        assert Path(held.held).read_bytes() == content[held.original]
        assert Path(held.held).parent.parent == lib.paths.trash_dir
    assert not {p.photo_id for p in going} & live_ids(lib)  # out of browsing and search at once
    hits = lib.similar(groups[0].keep.photo_id, k=50)
    assert not {h.photo_id for h in hits} & {p.photo_id for p in going}
    assert lib.duplicates.held() == list(result.moved)

    undone = lib.duplicates.undo()
    assert undone.batch == result.batch and not undone.problems
    for path, data in content.items():
        assert Path(path).read_bytes() == data  # the same bytes, back where they were
    assert {p.photo_id for p in going} <= live_ids(lib)
    assert lib.catalog.embedding_count(lib.searcher().model) == embedded  # no photo needs encoding again
    hits = lib.similar(groups[0].keep.photo_id, k=50)
    assert {p.photo_id for p in going} <= {h.photo_id for h in hits}
    assert lib.duplicates.held() == [] and not any(lib.paths.trash_dir.iterdir())
    # A scan agrees: nothing moved, nothing new.
    summary = [e for e in lib.index() if e.phase == "done"][0].summary
    assert summary is not None and summary.new == 0 and summary.deleted == 0
    assert lib.duplicates.undo().batch is None  # nothing more to undo


def test_a_file_gone_before_the_move_is_reported_and_the_rest_moves(lib: Library) -> None:
    groups = exact_groups(lib)
    vanished = groups[0].others[0]
    os.unlink(vanished.path)
    result = lib.duplicates.trash(groups)
    assert [(p.path, p.cause) for p in result.problems] == [(vanished.path, "gone")]
    assert [f.original for f in result.moved] == [groups[1].others[0].path]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions that bind (not root)")
def test_a_read_only_folder_is_reported_as_denied_and_nothing_is_lost(lib: Library) -> None:
    groups = exact_groups(lib)
    locked = Path(groups[0].others[0].path).parent
    locked.chmod(0o555)
    try:
        result = lib.duplicates.trash(groups)
    finally:
        locked.chmod(0o755)
    denied = [p for p in result.problems if p.cause == "denied"]
    assert [p.path for p in denied] == [groups[0].others[0].path] and Path(denied[0].path).exists()
    assert groups[0].others[0].photo_id in live_ids(lib)  # still in the library: nothing happened to it


def test_undo_leaves_a_copy_held_when_its_place_is_taken(lib: Library) -> None:
    groups = exact_groups(lib)
    result = lib.duplicates.trash(groups[:1])
    taken = result.moved[0]
    Path(taken.original).write_bytes(b"something else")
    undone = lib.duplicates.undo()
    assert undone.restored == () and [(p.path, p.cause) for p in undone.problems] == [(taken.original, "taken")]
    assert Path(taken.held).exists() and lib.duplicates.held() == [taken]


def test_a_read_only_library_moves_nothing(lib: Library) -> None:
    groups = exact_groups(lib)
    lib.close()
    with Library(LibraryPaths.at(lib.paths.home), read_only=True) as reader:
        with pytest.raises(PhotoclipError, match="read-only"):
            reader.duplicates.trash(groups)
    assert all(os.path.exists(p.path) for g in groups for p in g.photos)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the freedesktop trash's folder")
def test_empty_sends_held_files_to_the_system_trash(lib: Library, tmp_path: Path) -> None:
    groups = exact_groups(lib)
    result = lib.duplicates.trash(groups)
    data = {Path(f.held).name: Path(f.held).read_bytes() for f in result.moved}
    # A trash of the test's own: send2trash reads XDG_DATA_HOME when imported, so in a fresh process.
    xdg = tmp_path / "xdg"
    code = (
        "import sys; from pathlib import Path; from photoclip.core.duplicates.holding import HoldingArea;"
        "sent, problems = HoldingArea(Path(sys.argv[1])).empty(); assert not problems, problems; print(len(sent))"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(xdg)}
    done = subprocess.run([sys.executable, "-c", code, str(lib.paths.trash_dir)], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(data))
    trashed = {p.name: p.read_bytes() for p in (xdg / "Trash" / "files").iterdir()}
    assert trashed == data  # in the system trash, whole: restorable from there
    assert len(list((xdg / "Trash" / "info").glob("*.trashinfo"))) == len(data)
    assert lib.duplicates.held() == []


def test_undo_puts_back_the_batch_asked_for_and_the_service_moves_as_a_job(lib: Library) -> None:
    from photoclip.core.indexing.service import IndexService

    first, second = exact_groups(lib)
    service = IndexService(lib, watch=False, rescan_seconds=0)
    service.start()
    try:
        one = service.trash_duplicates([first]).result(timeout=60)
        two = service.trash_duplicates([second]).result(timeout=60)
        assert one.batch and two.batch and one.batch != two.batch
        assert not os.path.exists(first.others[0].path) and not os.path.exists(second.others[0].path)
        undone = service.undo_duplicates(one.batch).result(timeout=60)  # the older batch, not the latest
        assert undone.batch == one.batch and [f.photo_id for f in undone.restored] == [first.others[0].photo_id]
        assert os.path.exists(first.others[0].path) and not os.path.exists(second.others[0].path)
        assert first.others[0].photo_id in live_ids(lib) and second.others[0].photo_id not in live_ids(lib)
        assert service.undo_duplicates(one.batch).result(timeout=60).batch is None  # no longer held
    finally:
        service.stop()
    assert lib.duplicates.undo().batch == two.batch
