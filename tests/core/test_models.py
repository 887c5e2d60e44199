"""Tests for photoclip.core.models: registry data, test-tiny, downloads, imports, loading.

Nothing here is mocked except the network edge: downloads go to a real HTTP
server on 127.0.0.1 (a stand-in for the Hugging Face hub, reached through
``HF_ENDPOINT``), and models are loaded by open_clip's real loader from real
files. Weights are test-tiny's (13 MB), so the whole file runs in seconds.
"""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import json
import os
import socket
import threading
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Iterator

import pytest
import torch

from photoclip.core import models
from photoclip.core.models import ModelRegistry, ModelSpec, load_open_clip
from photoclip.errors import DownloadError, ModelUnavailableError, PhotoclipError

REPO = "fake/repo"
FILENAME = "open_clip_model.safetensors"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _short_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    # A misbehaving test server must fail a test quickly, not hang it.
    monkeypatch.setattr(models, "HTTP_TIMEOUT_S", 5.0)


@pytest.fixture(scope="session")
def tiny_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The content of a test-tiny weights file (generated once for the session)."""
    registry = ModelRegistry(tmp_path_factory.mktemp("tiny-home") / "models")
    return registry.ensure_weights(registry.get("test-tiny")).read_bytes()


@pytest.fixture(scope="session")
def tiny_state(tiny_bytes: bytes) -> dict[str, torch.Tensor]:
    from safetensors.torch import load

    return load(tiny_bytes)


@dataclass
class FakeHub:
    """A loopback HTTP server that answers like the hub's ``/{repo}/resolve/main/{file}``.

    Attributes:
        files: URL path ("/fake/repo/resolve/main/x") -> content.
        drop_after: If set, the next ``drops`` responses send this many body bytes
            (after a full Content-Length) and then close the connection.
        redirect: Answer ``resolve`` URLs with a 302 to ``/cdn/...``, like the real hub.
        linked_etag: Value for ``X-Linked-Etag`` on the redirect (the hub's sha256).
        requests: (path, headers) of every GET received.
    """

    files: dict[str, bytes] = field(default_factory=dict)
    drop_after: int | None = None
    drops: int = 0
    redirect: bool = False
    linked_etag: str | None = None
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    server: http.server.ThreadingHTTPServer | None = None

    @property
    def endpoint(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def serve(self, repo: str, filename: str, content: bytes) -> None:
        self.files[f"/{repo}/resolve/main/{filename}"] = content

    def range_requests(self) -> list[str]:
        return [h["Range"] for _, h in self.requests if "Range" in h]


def _handler_for(hub: FakeHub) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep pytest output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            hub.requests.append((self.path, dict(self.headers.items())))
            path = self.path
            if hub.redirect and not path.startswith("/cdn/"):
                self.send_response(302)
                self.send_header("Location", "/cdn" + path)
                if hub.linked_etag:
                    self.send_header("X-Linked-Etag", f'"{hub.linked_etag}"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            content = hub.files.get(path.removeprefix("/cdn") if hub.redirect else path)
            if content is None:
                self.send_error(404)
                return
            start = 0
            rng = self.headers.get("Range")
            if rng:
                start = int(rng.removeprefix("bytes=").split("-")[0])
                if start >= len(content):
                    self.send_error(416)
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(content) - 1}/{len(content)}")
            else:
                self.send_response(200)
            body = content[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if hub.drop_after is not None and hub.drops > 0:
                hub.drops -= 1
                self.wfile.write(body[: hub.drop_after])
                self.wfile.flush()
                self.close_connection = True  # the client sees EOF before Content-Length
                return
            self.wfile.write(body)

    return Handler


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """A running FakeHub with HF_ENDPOINT pointing at it; stopped after the test."""
    fake = FakeHub()
    fake.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(fake))
    fake.server.daemon_threads = True
    thread = threading.Thread(target=fake.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    monkeypatch.setenv("HF_ENDPOINT", fake.endpoint)
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()
        thread.join(timeout=5)


def fake_spec(**changes: object) -> ModelSpec:
    """A downloadable model whose 'hub' is the FakeHub and whose weights are test-tiny's."""
    spec = ModelSpec(
        name="fake-tiny",
        arch="test-tiny",
        pretrained=None,
        embed_dim=64,
        image_size=64,
        languages=("en",),
        download_mb=13.7,
        description="test-tiny weights served by a fake hub",
        hf_repo=REPO,
        hf_filename=FILENAME,
        for_tests=True,
    )
    return replace(spec, **changes)  # type: ignore[arg-type]


def closed_port() -> int:
    """A local TCP port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_runs(spec: ModelSpec, weights: Path) -> None:
    """Load through open_clip's real loader and embed an image and a text."""
    from PIL import Image

    model, preprocess, tokenizer = load_open_clip(spec, weights)
    assert not model.training
    image = preprocess(Image.new("RGB", (100, 80), (200, 30, 30))).unsqueeze(0)
    assert image.shape == (1, 3, spec.image_size, spec.image_size)
    with torch.no_grad():
        img = model.encode_image(image)
        txt = model.encode_text(tokenizer(["a red square", "un perro"]))
    assert img.shape == (1, spec.embed_dim)
    assert txt.shape == (2, spec.embed_dim)
    assert torch.isfinite(img).all() and torch.isfinite(txt).all()


# --------------------------------------------------------------------------- registry


def test_default_is_vit_b_32_and_never_a_test_model(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    default = registry.default()
    assert default.name == "vit-b-32"
    assert (default.arch, default.pretrained) == ("ViT-B-32", "datacomp_xl_s13b_b90k")
    assert not default.for_tests
    tiny = registry.get("test-tiny")
    assert tiny.for_tests and tiny.generated and tiny.name != default.name
    assert "test" in tiny.description and "meaningless" in tiny.description


def test_every_builtin_entry_is_complete(tmp_path: Path) -> None:
    import open_clip

    models.register_model_configs()
    specs = ModelRegistry(tmp_path).list()
    assert {s.name for s in specs} >= {"vit-b-32", "multilingual-vit-b-32", "test-tiny"}
    for spec in specs:
        assert spec.source == "builtin"
        for f in fields(ModelSpec):
            assert hasattr(spec, f.name)
        assert spec.name and spec.description and spec.languages
        assert spec.arch in open_clip.list_models(), spec.arch
        config = open_clip.get_model_config(spec.arch)
        assert spec.embed_dim == config["embed_dim"]
        assert spec.image_size == config["vision_cfg"]["image_size"]
        if spec.for_tests:
            assert spec.download_mb == 0 and spec.hf_repo is None
        else:
            assert spec.hf_repo and spec.hf_filename and spec.download_mb > 100
            # The pretrained tag is a real open_clip one for this architecture and repo.
            pcfg = open_clip.get_pretrained_cfg(spec.arch, spec.pretrained)
            assert pcfg["hf_hub"].rstrip("/") == spec.hf_repo


def test_multilingual_entry_lists_spanish_and_portuguese(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("multilingual-vit-b-32")
    assert {"es", "pt"} <= set(spec.languages)
    assert any("100+" in lang for lang in spec.languages)
    assert spec.arch == "xlm-roberta-base-ViT-B-32" and spec.pretrained == "laion5b_s13b_b90k"
    assert spec.text_tower_repo and "config.json" in spec.text_tower_files


def test_unknown_name_lists_known_names(tmp_path: Path) -> None:
    with pytest.raises(PhotoclipError) as info:
        ModelRegistry(tmp_path).get("vit-z-99")
    text = str(info.value)
    assert "vit-z-99" in text
    for name in ("vit-b-32", "multilingual-vit-b-32", "test-tiny"):
        assert name in text


# --------------------------------------------------------------------------- test-tiny


def test_test_tiny_is_generated_identically_in_two_homes(tmp_path: Path) -> None:
    state = torch.random.get_rng_state()
    paths = []
    for home in ("a", "b"):
        registry = ModelRegistry(tmp_path / home / "models")
        spec = registry.get("test-tiny")
        assert registry.weights_path(spec) is None
        path = registry.ensure_weights(spec, allow_download=False)  # never needs the network
        assert path.suffix == ".safetensors" and path.is_file()
        assert registry.weights_path(spec) == path
        assert registry.ensure_weights(spec) == path  # cached: not regenerated
        paths.append(path)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    from safetensors.torch import load_file

    a, b = load_file(paths[0]), load_file(paths[1])
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    # Generating weights does not disturb the caller's random state.
    assert torch.equal(torch.random.get_rng_state(), state)


def test_test_tiny_loads_through_the_real_loader(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    spec = registry.get("test-tiny")
    assert_runs(spec, registry.ensure_weights(spec))


def test_load_missing_weights_is_a_photoclip_error(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("test-tiny")
    with pytest.raises(PhotoclipError):
        load_open_clip(spec, tmp_path / "nope.safetensors")


def test_load_damaged_weights_is_a_photoclip_error(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("test-tiny")
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(PhotoclipError, match="Cannot load model"):
        load_open_clip(spec, bad)


@pytest.mark.skipif(importlib.util.find_spec("transformers") is not None, reason="transformers is installed")
def test_multilingual_without_transformers_says_how_to_install(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("multilingual-vit-b-32")
    with pytest.raises(PhotoclipError, match="pip install transformers"):
        load_open_clip(spec, tmp_path / "whatever.bin")


@pytest.mark.skipif(importlib.util.find_spec("transformers") is None, reason="needs transformers")
def test_hf_text_tower_loads_from_the_files_next_to_the_weights(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The multilingual model's path, in miniature: a tiny XLM-RoBERTa text tower whose
    config and tokenizer sit in ``text-tower/`` next to the weights, loaded offline."""
    import open_clip
    from safetensors.torch import save_file
    from tokenizers import Tokenizer
    from tokenizers import models as tok_models
    from transformers import XLMRobertaConfig

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # any attempt to reach the hub fails
    config_dir = tmp_path / "configs"
    config_dir.mkdir()
    (config_dir / "test-tiny-xlmr.json").write_text(json.dumps({
        "embed_dim": 64,
        "vision_cfg": {"image_size": 64, "layers": 1, "width": 64, "head_width": 32, "patch_size": 16},
        "text_cfg": {"hf_model_name": "xlm-roberta-base", "hf_tokenizer_name": "xlm-roberta-base",
                     "hf_pooler_type": "mean_pooler"},
    }))
    open_clip.add_model_config(config_dir)
    tower = tmp_path / "models" / "tiny-xlmr" / models.TEXT_TOWER_DIR
    tower.mkdir(parents=True)
    vocab = ["<s>", "<pad>", "</s>", "<unk>", "un", "perro", "rojo"]
    Tokenizer(tok_models.Unigram([(t, -1.0) for t in vocab], unk_id=3)).save(str(tower / "tokenizer.json"))
    XLMRobertaConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=80, pad_token_id=1,
    ).save_pretrained(tower)
    text_cfg = dict(open_clip.get_model_config("test-tiny-xlmr")["text_cfg"],
                    hf_model_name=str(tower), hf_tokenizer_name=str(tower), hf_model_pretrained=False)
    state = open_clip.create_model("test-tiny-xlmr", text_cfg=text_cfg).state_dict()
    weights = tower.parent / "weights.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, weights)

    spec = fake_spec(name="tiny-xlmr", arch="test-tiny-xlmr", languages=("es",))
    assert_runs(spec, weights)


# --------------------------------------------------------------------------- download


def test_download_reports_progress_up_to_the_total(tmp_path: Path, hub: FakeHub, tiny_bytes: bytes) -> None:
    hub.serve(REPO, FILENAME, tiny_bytes)
    registry = ModelRegistry(tmp_path)
    spec = fake_spec()
    calls: list[tuple[int, int | None]] = []
    path = registry.ensure_weights(spec, progress=lambda done, total: calls.append((done, total)))
    assert path == registry.weights_path(spec) == tmp_path / "fake-tiny" / FILENAME
    assert path.read_bytes() == tiny_bytes
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(set(done)) > 2
    assert calls[-1] == (len(tiny_bytes), len(tiny_bytes))
    assert all(total == len(tiny_bytes) for _, total in calls)
    assert not list(path.parent.glob("*.part"))
    assert_runs(spec, path)
    # Once there, nothing is fetched again.
    n = len(hub.requests)
    assert registry.ensure_weights(spec, allow_download=False) == path
    assert len(hub.requests) == n


def test_download_resumes_after_the_connection_drops(tmp_path: Path, hub: FakeHub, tiny_bytes: bytes) -> None:
    hub.serve(REPO, FILENAME, tiny_bytes)
    hub.redirect = True  # like the real hub: resolve -> 302 -> CDN; Range must survive it
    hub.linked_etag = hashlib.sha256(tiny_bytes).hexdigest()
    hub.drop_after, hub.drops = 3_000_000, 1
    registry = ModelRegistry(tmp_path)
    calls: list[tuple[int, int | None]] = []
    path = registry.download(fake_spec(), progress=lambda d, t: calls.append((d, t)))
    # The resumed request asked for the rest, and the Range header survived the redirect.
    assert hub.range_requests() == ["bytes=3000000-", "bytes=3000000-"]
    assert [p for p, h in hub.requests if "Range" in h][-1].startswith("/cdn/")
    assert path.read_bytes() == tiny_bytes
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1] == (len(tiny_bytes), len(tiny_bytes))


def test_download_resumes_a_partial_file_left_by_an_earlier_run(
    tmp_path: Path, hub: FakeHub, tiny_bytes: bytes
) -> None:
    hub.serve(REPO, FILENAME, tiny_bytes)
    hub.drop_after, hub.drops = 1_000_000, 99  # the connection keeps breaking off
    registry = ModelRegistry(tmp_path)
    spec = fake_spec()
    with pytest.raises(DownloadError, match="again"):
        registry.ensure_weights(spec)
    part = tmp_path / "fake-tiny" / (FILENAME + ".part")
    size = part.stat().st_size if part.is_file() else 0
    assert size == models.DOWNLOAD_ATTEMPTS * 1_000_000  # each attempt resumed and added 1 MB
    assert registry.weights_path(spec) is None  # a half file is never taken for a complete one

    hub.drops, hub.requests[:] = 0, []  # the network is back
    path = registry.ensure_weights(spec)
    assert hub.range_requests() == [f"bytes={size}-"]
    assert path.read_bytes() == tiny_bytes and not part.exists()


def test_refused_connection_says_how_to_import_by_hand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{closed_port()}")
    registry = ModelRegistry(tmp_path)
    with pytest.raises(ModelUnavailableError) as info:
        registry.ensure_weights(registry.get("vit-b-32"))
    text = str(info.value)
    assert "photoclip models import" in text and "--arch ViT-B-32" in text
    assert "photoclip models use test-tiny" in text
    assert registry.weights_path(registry.get("vit-b-32")) is None


def test_allow_download_false_never_touches_the_network(tmp_path: Path, hub: FakeHub) -> None:
    registry = ModelRegistry(tmp_path)
    with pytest.raises(ModelUnavailableError, match="photoclip models import"):
        registry.ensure_weights(fake_spec(), allow_download=False)
    assert hub.requests == []


def test_corrupt_download_is_deleted(tmp_path: Path, hub: FakeHub) -> None:
    hub.serve(REPO, FILENAME, os.urandom(50_000))
    registry = ModelRegistry(tmp_path)
    spec = fake_spec()
    with pytest.raises(DownloadError, match="corrupt"):
        registry.download(spec)
    assert registry.weights_path(spec) is None
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_download_of_another_architecture_is_rejected(
    tmp_path: Path, hub: FakeHub, tiny_bytes: bytes
) -> None:
    # A well-formed file with the wrong tensors (a test-tiny file served for ViT-B-32).
    hub.serve(REPO, FILENAME, tiny_bytes)
    registry = ModelRegistry(tmp_path)
    spec = fake_spec(arch="ViT-B-32", embed_dim=512, image_size=224)
    with pytest.raises(DownloadError, match="ViT-B-32"):
        registry.download(spec)
    assert registry.weights_path(spec) is None


def test_sha256_mismatch_is_corrupt(tmp_path: Path, hub: FakeHub, tiny_bytes: bytes) -> None:
    hub.serve(REPO, FILENAME, tiny_bytes)
    hub.redirect, hub.linked_etag = True, "0" * 64
    registry = ModelRegistry(tmp_path)
    with pytest.raises(DownloadError, match="sha256"):
        registry.download(fake_spec())
    assert registry.weights_path(fake_spec()) is None


def test_http_404_is_a_download_error(tmp_path: Path, hub: FakeHub) -> None:
    with pytest.raises(DownloadError, match="404"):
        ModelRegistry(tmp_path).download(fake_spec())


def test_text_tower_files_are_fetched_next_to_the_weights(
    tmp_path: Path, hub: FakeHub, tiny_bytes: bytes
) -> None:
    hub.serve(REPO, FILENAME, tiny_bytes)
    hub.serve("fake/tokenizer", "config.json", b'{"model_type": "xlm-roberta"}')
    hub.serve("fake/tokenizer", "tokenizer.json", b"{}")
    spec = fake_spec(text_tower_repo="fake/tokenizer", text_tower_files=("config.json", "tokenizer.json"))
    registry = ModelRegistry(tmp_path)
    registry.ensure_weights(spec)
    tower = tmp_path / "fake-tiny" / models.TEXT_TOWER_DIR
    assert (tower / "config.json").read_bytes() == b'{"model_type": "xlm-roberta"}'
    assert registry.text_tower_missing(spec) == []
    # A missing tokenizer file is fetched even when the weights are already there.
    (tower / "tokenizer.json").unlink()
    registry.ensure_weights(spec)
    assert (tower / "tokenizer.json").is_file()


# --------------------------------------------------------------------------- import


@pytest.mark.parametrize("suffix", [".safetensors", ".bin"])
def test_import_and_load(tmp_path: Path, tiny_state: dict[str, torch.Tensor], suffix: str) -> None:
    source = tmp_path / f"downloaded{suffix}"
    if suffix == ".safetensors":
        from safetensors.torch import save_file

        save_file(tiny_state, source)
    else:
        # A DDP training checkpoint: wrapped and 'module.'-prefixed, as open_clip accepts.
        torch.save({"epoch": 3, "state_dict": {f"module.{k}": v for k, v in tiny_state.items()}}, source)
    models_dir = tmp_path / "home" / "models"
    spec = ModelRegistry(models_dir).import_weights(source, "test-tiny", "my-tiny")
    assert (spec.source, spec.arch, spec.embed_dim, spec.image_size) == ("imported", "test-tiny", 64, 64)

    fresh = ModelRegistry(models_dir)  # the record survives in imported.json
    assert fresh.get("my-tiny") == spec
    assert [s.name for s in fresh.list() if s.source == "imported"] == ["my-tiny"]
    weights = fresh.ensure_weights(spec, allow_download=False)
    assert weights.suffix == ".safetensors"  # later loads never unpickle
    assert json.loads((models_dir / "imported.json").read_text())["models"][0]["name"] == "my-tiny"
    assert_runs(spec, weights)


class _Evil:
    """Unpickling this would create a marker file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def test_import_refuses_pickled_code(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.pt"
    torch.save({"state_dict": {**tiny_state, "payload": _Evil(marker)}}, evil)
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(PhotoclipError, match="refused: this file contains pickled code"):
        registry.import_weights(evil, "test-tiny", "evil")
    assert not marker.exists()
    assert [s.name for s in registry.list() if s.source == "imported"] == []
    assert not (tmp_path / "models" / "evil").exists()


def test_import_with_the_wrong_architecture_is_refused(
    tmp_path: Path, tiny_state: dict[str, torch.Tensor]
) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "tiny.safetensors"
    save_file(tiny_state, source)
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(PhotoclipError) as info:
        registry.import_weights(source, "ViT-B-32", "wrong")
    text = str(info.value)
    assert "ViT-B-32" in text and ("missing keys" in text or "wrong sizes" in text)
    assert "transformer.resblocks.11" in text or "size" in text
    assert registry.list() == registry.builtin_specs()
    assert not (tmp_path / "models" / "wrong").exists()


def test_import_with_missing_tensors_names_the_keys(
    tmp_path: Path, tiny_state: dict[str, torch.Tensor]
) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "partial.safetensors"
    save_file({k: v for k, v in tiny_state.items() if k != "text_projection"}, source)
    with pytest.raises(PhotoclipError, match="test-tiny.*missing keys: text_projection"):
        ModelRegistry(tmp_path / "models").import_weights(source, "test-tiny", "partial")


def test_import_unknown_architecture_suggests_names(tmp_path: Path) -> None:
    source = tmp_path / "x.safetensors"
    source.write_bytes(b"whatever")
    with pytest.raises(PhotoclipError) as info:
        ModelRegistry(tmp_path / "models").import_weights(source, "ViT-B-33", "x")
    assert "ViT-B-33" in str(info.value) and "ViT-B-32" in str(info.value)


def test_import_rejects_builtin_and_duplicate_names(
    tmp_path: Path, tiny_state: dict[str, torch.Tensor]
) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "tiny.safetensors"
    save_file(tiny_state, source)
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(PhotoclipError, match="built-in"):
        registry.import_weights(source, "test-tiny", "vit-b-32")
    registry.import_weights(source, "test-tiny", "mine")
    with pytest.raises(PhotoclipError, match="already used"):
        registry.import_weights(source, "test-tiny", "mine")
    with pytest.raises(PhotoclipError, match="Invalid model name"):
        registry.import_weights(source, "test-tiny", "../escape")
