"""Downloads into the Hugging Face cache, against the loopback hub (tests/hub.py).

Only the far end of the network is a stand-in: the requests are
huggingface_hub's own, the files land in a real (temporary) Hugging Face
cache, and every check reads real bytes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from photoclip.core.models import ModelProgress, ModelRegistry, hf_cache_dir
from photoclip.errors import DiskFullError, DownloadError, ModelUnavailableError, PhotoclipError
from tests.conftest import wait_until
from tests.hub import FakeHub, sha256_of

WEIGHTS = "open_clip_model.safetensors"
#: huggingface_hub writes what arrives in chunks of this size: a broken transfer resumes from a chunk boundary.
CHUNK = 10 * 1024 * 1024


def blob_dir(hub: FakeHub, repo: str = "photoclip-test/hub-tiny") -> Path:
    return hf_cache_dir() / f"models--{repo.replace('/', '--')}" / "blobs"


def partial_of(tiny_weights: bytes, hub: FakeHub) -> Path:
    return blob_dir(hub) / f"{sha256_of(tiny_weights)}.incomplete"


def test_download_lands_in_the_hf_cache_with_progress_and_is_verified(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    assert not registry.is_ready_offline(spec) and registry.weights_path(spec) is None
    calls: list[ModelProgress] = []
    path = registry.ensure_weights(spec, calls.append)
    # huggingface_hub's layout, in the cache HF_HOME/HF_HUB_CACHE point at, at the pinned commit.
    assert path == hf_cache_dir() / "models--photoclip-test--hub-tiny" / "snapshots" / spec.revision / WEIGHTS
    assert path.read_bytes() == tiny_weights
    assert not list(blob_dir(fake_hub).glob("*.incomplete"))
    assert not (tmp_path / "models" / "hub-tiny").exists()  # no copy of its own in the library
    downloads = [c for c in calls if c.phase == "download"]
    verifies = [c for c in calls if c.phase == "verify"]
    assert calls.index(verifies[0]) > calls.index(downloads[-1])  # verified after the transfer
    for phase in (downloads, verifies):
        done = [c.done for c in phase]
        assert done == sorted(done) and done[-1] == len(tiny_weights)
        assert {c.total for c in phase} == {len(tiny_weights)} and {c.filename for c in phase} == {WEIGHTS}
    assert len(verifies) > 2  # chunked
    # Once there: no request, no second hash (the check is recorded).
    n = len(fake_hub.requests)
    again: list[ModelProgress] = []
    assert registry.ensure_weights(spec, again.append) == path
    assert fake_hub.requests[n:] == [] and again == []
    assert registry.is_ready_offline(spec)


def test_the_hub_sees_huggingface_hub_requests_at_the_pinned_revision(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    registry.ensure_weights(spec)
    heads = [r for r in fake_hub.requests if r.method == "HEAD"]
    assert heads and all(f"/resolve/{spec.revision}/" in r.path for r in heads)
    gets = [r for r in fake_hub.requests if r.method == "GET"]
    assert len(gets) == 1 and gets[0].path.startswith("/cdn/")  # followed the hub's redirect
    assert "photoclip/" in gets[0].headers["user-agent"]


def test_offline_env_makes_no_request_at_all(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # read at call time
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    with pytest.raises(ModelUnavailableError) as info:
        registry.ensure_weights(spec)
    assert "HF_HUB_OFFLINE" in info.value.message and info.value.model == "hub-tiny"
    assert "export it to a file" in (info.value.hint or "") and "photoclip models" not in str(info.value)
    assert fake_hub.requests == []
    assert not registry.is_ready_offline(spec)
    # Once the model is there, offline use makes no request either.
    monkeypatch.delenv("HF_HUB_OFFLINE")
    path = registry.ensure_weights(spec)
    n = len(fake_hub.requests)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert registry.ensure_weights(spec) == path and registry.is_ready_offline(spec)
    assert len(fake_hub.requests) == n


def test_allow_download_false_never_touches_the_network(fake_hub: FakeHub, tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(ModelUnavailableError, match="not on this machine"):
        registry.ensure_weights(registry.get("hub-tiny"), allow_download=False)
    assert fake_hub.requests == []


@pytest.mark.slow
def test_a_model_open_clip_put_in_the_hf_cache_is_used_with_no_network(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    spec = ModelRegistry(tmp_path / "models").get("hub-tiny")
    # open_clip's own downloader, in a process of its own, with the same environment.
    code = (
        "from open_clip.pretrained import download_pretrained_from_hf as d; "
        f"print(d({spec.hf_repo!r}, filename={WEIGHTS!r}, revision={spec.revision!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert Path(out.stdout.strip().splitlines()[-1]).read_bytes() == tiny_weights
    fake_hub.stop()
    fake_hub.requests.clear()
    registry = ModelRegistry(tmp_path / "models")
    assert registry.is_ready_offline(spec)
    path = registry.ensure_weights(spec)
    assert path.read_bytes() == tiny_weights and fake_hub.requests == []


def test_weights_an_older_photoclip_downloaded_into_the_library_are_still_used(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    old = tmp_path / "models" / "hub-tiny" / WEIGHTS
    old.parent.mkdir(parents=True)
    old.write_bytes(tiny_weights)
    fake_hub.stop()
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    assert registry.is_ready_offline(spec)
    assert registry.ensure_weights(spec) == old  # verified against the pin, no download
    assert fake_hub.requests == []


def test_a_dropped_transfer_is_resumed_in_the_same_call(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    fake_hub.drop_after, fake_hub.drops = CHUNK + 1_000_000, 1
    registry = ModelRegistry(tmp_path / "models")
    calls: list[ModelProgress] = []
    path = registry.ensure_weights(registry.get("hub-tiny"), calls.append)
    assert fake_hub.range_requests() == [f"bytes={CHUNK}-"]
    assert path.read_bytes() == tiny_weights
    done = [c.done for c in calls if c.phase == "download"]
    assert done == sorted(done) and done[-1] == len(tiny_weights)


def test_a_transfer_that_dies_says_run_again_and_the_next_run_resumes(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    partial = partial_of(tiny_weights, fake_hub)
    fake_hub.stall_after = CHUNK + 1_000_000
    port = fake_hub.port

    def pull_the_plug() -> None:
        wait_until(lambda: partial.is_file() and partial.stat().st_size >= CHUNK, "the first 10 MB")
        fake_hub.stop()  # the hub goes away mid-transfer

    killer = threading.Thread(target=pull_the_plug)
    killer.start()
    with pytest.raises(DownloadError) as info:
        registry.ensure_weights(spec)
    killer.join()
    assert "broke off after 10.5 of 13.7 MB" in info.value.message
    assert "resumes where it stopped" in (info.value.hint or "") and "unreachable" not in str(info.value)
    assert partial.stat().st_size == CHUNK  # kept for the next run
    assert registry.weights_path(spec) is None  # a half file is never taken for a complete one

    fake_hub.stall_after = None
    fake_hub.requests.clear()
    fake_hub.start(port)  # the network is back
    path = registry.ensure_weights(spec)
    assert fake_hub.range_requests() == [f"bytes={CHUNK}-"]
    assert path.read_bytes() == tiny_weights and not partial.exists()


@pytest.mark.slow
def test_a_killed_download_is_resumed_by_the_next_process(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    partial = partial_of(tiny_weights, fake_hub)
    fake_hub.stall_after = CHUNK + 1_000_000
    code = (
        "from photoclip.core.models import ModelRegistry; import sys; "
        "r = ModelRegistry(sys.argv[1]); r.ensure_weights(r.get('hub-tiny'))"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "models")])
    try:
        wait_until(lambda: partial.is_file() and partial.stat().st_size >= CHUNK, "the first 10 MB", timeout=120)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    fake_hub.release()
    fake_hub.requests.clear()
    registry = ModelRegistry(tmp_path / "models")
    path = registry.ensure_weights(registry.get("hub-tiny"))
    assert fake_hub.range_requests() == [f"bytes={CHUNK}-"]
    assert path.read_bytes() == tiny_weights


def test_a_corrupt_file_is_refused_whatever_the_server_announced(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    fake_hub.corrupt = True  # same name, size and announced sha256; one byte differs
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    with pytest.raises(DownloadError) as info:
        registry.ensure_weights(spec)
    assert "corrupt and was deleted" in info.value.message and spec.sha256 in info.value.message
    assert registry.weights_path(spec) is None
    assert not list(blob_dir(fake_hub).glob("*"))  # nothing to resume from: the next try starts clean
    fake_hub.corrupt = False
    assert registry.ensure_weights(spec).read_bytes() == tiny_weights


def test_unpinned_digest_is_recorded_and_a_different_file_is_refused(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    fake_hub.add_model("loose", arch="test-tiny", weights=tiny_weights, pin_sha256=False)
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("loose")
    assert spec.sha256 is None
    path = registry.ensure_weights(spec)  # checked against the sha256 the hub announced, then recorded
    # Another file under that name (a changed upstream, a tampered cache) is refused.
    blob = path.resolve()
    changed = bytearray(blob.read_bytes())
    changed[-1] ^= 0xFF
    blob.write_bytes(bytes(changed))
    with pytest.raises(PhotoclipError) as info:
        registry.ensure_weights(spec)
    assert "not the one this library verified first" in info.value.message
    assert "would not mix" in info.value.message


def test_unpinned_file_that_differs_from_what_the_server_announced_is_refused(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    fake_hub.add_model("loose", arch="test-tiny", weights=tiny_weights, pin_sha256=False)
    fake_hub.corrupt = True
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(DownloadError, match="as the server announced"):
        registry.ensure_weights(registry.get("loose"))


def test_an_interrupted_verification_keeps_the_complete_file(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")

    class Cancelled(Exception):
        pass

    def cancel_while_verifying(p: ModelProgress) -> None:
        if p.phase == "verify" and p.done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        registry.ensure_weights(spec, cancel_while_verifying)
    partial = partial_of(tiny_weights, fake_hub)
    assert partial.read_bytes() == tiny_weights  # complete and kept
    fake_hub.requests.clear()
    calls: list[ModelProgress] = []
    path = registry.ensure_weights(spec, calls.append)
    assert [r.method for r in fake_hub.requests if r.method == "GET"] == []  # nothing downloaded again
    assert {c.phase for c in calls} == {"verify"} and path.read_bytes() == tiny_weights


def test_cancelling_a_download_keeps_the_partial_file_for_next_time(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")

    class Cancelled(Exception):
        pass

    def cancel(p: ModelProgress) -> None:
        if p.phase == "download" and p.done > CHUNK:
            raise Cancelled

    with pytest.raises(Cancelled):
        registry.ensure_weights(spec, cancel)
    have = partial_of(tiny_weights, fake_hub).stat().st_size
    assert have == CHUNK
    fake_hub.requests.clear()
    registry.ensure_weights(spec)
    assert fake_hub.range_requests() == [f"bytes={have}-"]


def test_an_unreachable_hub_says_how_to_set_up_without_network(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.stop()
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(ModelUnavailableError) as info:
        registry.ensure_weights(registry.get("hub-tiny"))
    assert "is unreachable" in info.value.message and info.value.model == "hub-tiny"
    assert str(hf_cache_dir()) in (info.value.hint or "")


def test_a_revision_the_hub_does_not_have_is_a_download_error(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes
) -> None:
    fake_hub.add_model("moved", arch="test-tiny", weights=tiny_weights)
    fake_hub.commits["photoclip-test/moved"] = "f" * 40  # the hub's history was rewritten
    with pytest.raises(DownloadError, match="has no revision"):
        ModelRegistry(tmp_path / "models").ensure_weights(ModelRegistry(tmp_path / "models").get("moved"))


def test_a_file_larger_than_the_free_space_is_refused_before_downloading(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.announce_size = 1 << 60  # an exabyte: more than any disk here
    with pytest.raises(DiskFullError) as info:
        ModelRegistry(tmp_path / "models").ensure_weights(ModelRegistry(tmp_path / "models").get("hub-tiny"))
    assert "MB are needed" in info.value.message and str(blob_dir(fake_hub)) in info.value.message
    assert not [r for r in fake_hub.requests if r.method == "GET"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_disk_that_fills_during_the_download_is_a_disk_full_error(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import run_cli

    partial = partial_of(tiny_weights, fake_hub)
    partial.parent.mkdir(parents=True)
    partial.symlink_to("/dev/full")  # every write fails with ENOSPC, as on a full disk
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "home"), "models", "download", "hub-tiny")
    assert code == 1
    assert "Not enough disk space for open_clip_model.safetensors" in err and "Traceback" not in err
    assert "Free some space" in err

