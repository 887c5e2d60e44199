"""Starting the app: no display is a sentence, not an abort; a second launch brings the open window forward."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from photoclip.gui.single_instance import InstanceServer, ask_running_window, server_name
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def app_env(**changes: str | None) -> dict[str, str]:
    """This environment with ``changes`` applied (None removes a variable), importing this checkout's photoclip."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@pytest.mark.parametrize(("language", "words"), [("en", "no display"), ("es", "sin pantalla"), ("pt", "sem tela")])
def test_without_a_display_the_app_says_so_in_the_users_language(tmp_path: Path, language: str, words: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    Settings(language=language).save(LibraryPaths.at(home).settings_file)
    env = app_env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    done = subprocess.run(
        [sys.executable, "-m", "photoclip", "gui", "--home", str(home)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2, done.stderr  # Qt's own failure is an abort, 134
    assert words in done.stderr and "photoclip search" in done.stderr, done.stderr
    assert "qt.qpa" not in done.stderr


def test_a_second_launch_raises_the_open_window_and_exits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = app_env(QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-m", "photoclip", "gui", "--home", str(home), "--report-startup"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert first.stdout is not None
        assert "window shown" in first.stdout.readline()
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "photoclip", "gui", "--home", str(home)], env=env, capture_output=True, text=True, timeout=120
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert time.monotonic() - started < 60
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.wait(timeout=30)


def test_the_window_comes_forward_for_its_own_library_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raised: list[str] = []
    mine, other = server_name(tmp_path / "mine"), server_name(tmp_path / "other")
    assert mine != other
    server = InstanceServer(mine, lambda: raised.append("mine"))
    assert server.listening
    assert not ask_running_window(other)
    assert ask_running_window(mine)
    qtbot.waitUntil(lambda: raised == ["mine"], timeout=10_000)


def test_a_name_left_by_a_crashed_app_is_taken_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = server_name(tmp_path / "lib")
    crashed = InstanceServer(name, lambda: None)
    # A crash leaves the socket file behind; a listening server that stops answering is the same to the next launch.
    crashed._server.close()
    if sys.platform != "win32":
        (Path("/tmp") / name).touch()
    raised: list[bool] = []
    assert not ask_running_window(name)
    server = InstanceServer(name, lambda: raised.append(True))
    assert server.listening
    assert ask_running_window(name)
    qtbot.waitUntil(lambda: raised == [True], timeout=10_000)
