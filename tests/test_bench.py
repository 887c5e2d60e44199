"""Smoke test of ``photoclip bench`` (``benchmarks/bench.py``): every section runs and reports every key.

Tiny sizes and the test-tiny model: the figures are meaningless, so no time
bound is asserted; what is checked is the shape of the report.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from benchmarks.bench import PRESETS
from photoclip.cli import main
from photoclip.cli.bench import import_benchmark
from photoclip.errors import PhotoclipError

EXPECTED = {
    # precision and cosine_vs_fp32 go beyond the keys: what the speed was bought with.
    "index": {"model", "photos", "pipeline_pps", "naive_pps", "ceiling_pps", "speedup_vs_naive", "fraction_of_ceiling", "precision", "cosine_vs_fp32"},
    "rescan": {"files", "seconds"},
    "startup": {"window_shown_s", "torch_loaded_before_window"},
    "memory": {"index_peak_rss_mb", "idle_rss_mb_per_100k"},
    "reproject": {"photos", "seconds"},
    "search": {"app_first_result_s", "cli_warm_s", "cli_cold_s"},
}
QUERY_KEYS = {"n", "p50_ms", "p95_ms", "bruteforce_p50_ms", "speedup_vs_bruteforce", "recall_at_10"}


def _check_keys(data: dict) -> None:
    assert set(data) == set(EXPECTED) | {"query"}
    for section, keys in EXPECTED.items():
        assert set(data[section]) == keys, section
    assert [q["n"] for q in data["query"]] == list(PRESETS["smoke"].query_sizes)
    for entry in data["query"]:
        assert set(entry) == QUERY_KEYS


def test_cli_bench_writes_every_key_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the bench makes its workspace
    out = tmp_path / "out.json"
    assert main(["bench", "--preset", "smoke", "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    _check_keys(data)
    smoke = PRESETS["smoke"]
    assert data["index"]["photos"] == smoke.index_photos
    assert data["index"]["model"] == "test-tiny"
    assert data["rescan"]["files"] == smoke.rescan_files
    assert data["reproject"]["photos"] == smoke.reproject_photos
    startup = data["startup"]
    assert (startup["window_shown_s"] is None) == (startup["torch_loaded_before_window"] is None)
    # Figures exist and are positive; their size is not the test's business.
    assert data["index"]["pipeline_pps"] > 0 and data["index"]["naive_pps"] > 0 and data["index"]["ceiling_pps"] > 0
    assert 0.0 <= data["query"][0]["recall_at_10"] <= 1.0
    assert data["index"]["precision"] in ("fp32", "bf16")
    assert data["index"]["cosine_vs_fp32"] >= 0.99  # 1.0 when the pipeline runs in fp32
    assert data["memory"]["index_peak_rss_mb"] > 0
    assert data["search"]["cli_warm_s"] > 0 and data["search"]["cli_cold_s"] > 0  # the running app answered, then a process alone
    table = capsys.readouterr().out
    assert "photoclip bench (smoke)" in table and "Index throughput" in table and "Re-projection" in table
    # The bench's workspace is cleaned up (torch may leave caches of its own there).
    assert not [p for p in scratch.iterdir() if p.name.startswith("photoclip-bench-")]


def test_bench_says_so_without_a_checkout(tmp_path: Path) -> None:
    (tmp_path / "photoclip").mkdir()  # an installed package: no benchmarks/ beside it
    with pytest.raises(PhotoclipError, match="benchmarks are not installed"):
        import_benchmark("bench", checkout=tmp_path)


def test_missing_data_falls_back_to_labelled_synthetic_photos(tmp_path: Path) -> None:
    from benchmarks.bench import make_12mp_photos

    label = make_12mp_photos(tmp_path / "p", 2, tmp_path / "no-such-data", size=(64, 48))
    assert "SYNTHETIC" in label and "absent" in label
    assert len(list((tmp_path / "p").iterdir())) == 2
