"""Warming the search model: Library.warm_up loads it on a thread of its own, and says how it went."""

from __future__ import annotations

import threading
from pathlib import Path

from photoclip.core.library import Library
from photoclip.core.models.embedder import ClipEmbedder
from photoclip.core.warmup import WarmUp
from photoclip.errors import ModelUnavailableError
from photoclip.paths import LibraryPaths


def test_warm_up_loads_the_serving_model_off_the_calling_thread(home: Path, photo_dir: Path) -> None:
    lib = Library(LibraryPaths.at(home))
    lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    embedder = lib.query_embedder()
    assert isinstance(embedder, ClipEmbedder) and not embedder.loaded
    warm = lib.warm_up()
    assert warm.wait(120)
    assert warm.state == "ready" and warm.future.result() == warm.elapsed_s > 0
    assert embedder.loaded and embedder.text_encoder_calls == 1  # one text through the tower: the next search is warm
    assert warm._thread.name == "photoclip-warm-up" and warm._thread is not threading.current_thread()
    lib.close()


def test_a_model_that_cannot_load_is_a_failed_warm_up_not_a_crash(home: Path) -> None:
    lib = Library(LibraryPaths.at(home), allow_download=False)  # the default model is not here, and may not be fetched
    warm = lib.warm_up()
    assert warm.wait(60)
    assert warm.state == "failed"
    assert isinstance(warm.future.exception(), ModelUnavailableError)
    lib.close()


def test_elapsed_counts_while_loading_and_stops_when_done() -> None:
    gate = threading.Event()
    now = [100.0]
    warm = WarmUp(gate.wait, clock=lambda: now[0])
    now[0] = 103.0
    assert warm.state == "loading" and warm.elapsed_s == 3.0
    gate.set()
    assert warm.wait(10)
    now[0] = 110.0
    assert warm.state == "ready" and warm.elapsed_s == 3.0
