"""A search process runs on ONNX Runtime and never imports torch (issue 19)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from photoclip.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "torch": sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "open_clip"))}), file=sys.stderr)
"""


def test_a_new_query_does_not_import_torch(photo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    run(capsys, "folders", "add", str(photo_dir), "--home", home)
    run(capsys, "models", "use", "test-tiny", "--home", home)
    assert run_json(capsys, "index", "--home", home)["embedded"] == 12  # exports the towers on the way
    status = run_json(capsys, "status", "--home", home)
    assert status["inference"].startswith("onnxruntime")  # type: ignore[index]  # a JSON object

    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "search", "a red sunset over the sea", "-k", "5", "--all", "--home", home, "--json"],  # test-tiny: --all
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    assert report["torch"] == []
    hits = json.loads(done.stdout)
    assert len(hits) == 5 and all(Path(h["path"]).is_file() for h in hits)
