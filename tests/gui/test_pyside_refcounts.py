"""The GUI survives many PySide6 calls that return None or a bool.

PySide6 6.12.0 on Python 3.11 took a reference away from None on every void
call and from True/False on every emit, and the process aborted after a few
thousand; pyproject.toml excludes that release. This fails on any build that
does it again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import photoclip.gui  # what every GUI entry point imports first
from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

app = QApplication([])
image = QImage(8, 8, QImage.Format.Format_RGB32)
painter = QPainter(image)

class Emitter(QObject):
    fired = Signal(int)

emitter = Emitter()
for _ in range(100_000):  # a scrolled grid of 40,000 photos makes calls like these by the hundred thousand
    painter.fillRect(QRect(0, 0, 2, 2), QColor("red"))
    emitter.fired.emit(1)
painter.end()
print("survived")
"""


def test_many_void_calls_and_emits_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "survived" in out.stdout
