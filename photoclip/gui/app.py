"""Start the desktop app: show the window first, open the library, then index.

torch is not imported here or by anything the window needs to appear: it is
loaded by the indexing worker when the first photo needs encoding, so the
window paints in about a second. Errors the user can act on (a locked
library, a missing model) become dialogs; nothing else turns errors into
dialogs.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the app starts (inside the functions), not by this module
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

_IMPORTED_AT = time.monotonic()


def process_age_s() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since this module loaded)."""
    try:
        with open("/proc/self/stat") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


def display_available() -> bool:
    """Whether Qt has somewhere to show a window (an X11 or Wayland display, or a platform set explicitly).

    Only Linux and the other X11 systems can lack one; macOS and Windows always have their own.
    """
    if sys.platform in ("darwin", "win32") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def bring_to_front(window: "QWidget") -> None:
    """Show a window above the others, restored if it was minimised (a later launch asked for it)."""
    from PySide6.QtCore import Qt

    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def app_icon() -> "QIcon":
    """The app icon from the packaged resources (photoclip/resources/icons): the SVG plus each PNG size."""
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    icons = files("photoclip") / "resources" / "icons"
    icon = QIcon()
    for entry in sorted(icons.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("photoclip") and entry.name.endswith((".svg", ".png")):
            icon.addFile(str(entry))
    return icon


def run(home: str | None = None, *, report_startup: bool = False, quit_after_show: bool = False, first_search: str | None = None) -> int:
    """Run the app until its window closes.

    Args:
        home: The library folder (default: ``$PHOTOCLIP_HOME`` or the per-user data folder).
        report_startup: Print the time from process start to the first paint, and whether torch was loaded.
        quit_after_show: Quit as soon as the window has painted (for start-up measurements).
        first_search: Type this search as soon as the window has painted, print the
            time from process start to its results, and quit (``photoclip bench``).

    Returns:
        The exit code.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer

    from photoclip.errors import PhotoclipError
    from photoclip.gui.i18n import install_translators
    from photoclip.paths import LibraryPaths
    from photoclip.settings import Settings

    paths = LibraryPaths.at(home)
    try:
        language = Settings.load(paths.settings_file).language
    except PhotoclipError:
        language = ""  # a broken settings file is reported when the library opens
    if not display_available():
        # Qt would abort the process (exit 134) with a message about platform plugins.
        core_app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        in_language = install_translators(core_app, language)
        message = QCoreApplication.translate(
            "App",
            "photoclip cannot open its window: this session has no display (DISPLAY and WAYLAND_DISPLAY are not set). On a remote machine, use the command line instead, for example: photoclip search \"a dog on the beach\". Run photoclip --help to see every command.",
        )
        print(message, file=sys.stderr)
        del in_language
        return 2

    from PySide6.QtWidgets import QApplication, QMessageBox

    from photoclip.core.library import Library
    from photoclip.errors import LibraryLockedError
    from photoclip.gui.core_messages import core_text
    from photoclip.gui.main_window import MainWindow
    from photoclip.gui.search_warmth import SearchWarmth
    from photoclip.gui.single_instance import InstanceServer, ask_running_window, server_name

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("photoclip")
    # Wayland matches windows to packaging/io.github.photoclip.Photoclip.desktop by this name.
    app.setDesktopFileName("io.github.photoclip.Photoclip")
    app.setWindowIcon(app_icon())
    translators = install_translators(app, language)  # noqa: F841 - kept alive for the app's lifetime
    instance = server_name(paths.home)
    if ask_running_window(instance):
        print(QCoreApplication.translate("App", "photoclip is already open: its window was brought to the front."), flush=True)
        return 0
    try:
        try:
            # Models are downloaded in the window's own dialog (progress, Cancel), never inside an indexing job.
            library = Library(paths, allow_download=False)
        except LibraryLockedError:
            # No window answered, so the writer is a command-line process (`photoclip watch`, an index run).
            question = QCoreApplication.translate(
                "App",
                "Another photoclip program is updating this library right now, for example indexing it in the background.\n\nOpen the library read-only? You can browse and search; new photos are added by the other program.",
            )
            answer = QMessageBox.question(None, "photoclip", question)
            if answer != QMessageBox.StandardButton.Yes:
                return 1
            library = Library(paths, read_only=True, allow_download=False)
    except PhotoclipError as exc:
        QMessageBox.critical(None, "photoclip", core_text(str(exc)))
        return 1

    state = QSettings(str(paths.home / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, state)
    InstanceServer(instance, lambda: bring_to_front(window), parent=window)
    warmth = SearchWarmth(window)  # the model loads in the background once the window shows
    window.model_chosen.connect(lambda _name: warmth.start())  # or once the first run has set one up

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window:
                window.removeEventFilter(self)
                if report_startup:
                    print(
                        f"window shown after {process_age_s():.3f} s; torch loaded: {'torch' in sys.modules}",
                        flush=True,
                    )
                if quit_after_show:
                    QTimer.singleShot(0, app.quit)
                else:
                    QTimer.singleShot(0, after_show)
                if first_search:
                    QTimer.singleShot(0, type_first_search)
            return False

    def type_first_search() -> None:
        assert first_search is not None

        def shown(kind: str) -> None:
            if kind == "search":
                print(f"first search result after {process_age_s():.3f} s", flush=True)
                app.quit()

        window.results_shown.connect(shown)
        window.search_field.setText(first_search)
        window.search_field.search_requested.emit()

    service = None

    def after_show() -> None:
        nonlocal service
        warmth.start()
        if library.read_only:
            window.status_label.setText(QCoreApplication.translate("App", "Read-only: another photoclip is indexing this library"))
            return
        from photoclip.core.indexing.service import IndexService

        # The one writer of the library: watches the folders and indexes in
        # the background; its first job is a scan of what changed meanwhile.
        service = IndexService(library)
        window.attach_service(service)
        service.start()
        service.serve_queries()  # `photoclip search` asks this window, whose model is warm
        if not library.folders():
            window.run_first_time_setup()

    painter = FirstPaint()
    window.installEventFilter(painter)
    window.show()
    code = app.exec()
    if service is not None:
        service.stop()
    library.close()
    return int(code)


def main(argv: list[str] | None = None) -> int:
    """``photoclip gui`` entry point."""
    import argparse

    parser = argparse.ArgumentParser(prog="photoclip gui")
    parser.add_argument("--home", default=None)
    parser.add_argument("--report-startup", action="store_true")
    parser.add_argument("--quit-after-show", action="store_true")
    parser.add_argument("--first-search", default=None, metavar="QUERY")
    args = parser.parse_args(argv)
    return run(args.home, report_startup=args.report_startup, quit_after_show=args.quit_after_show, first_search=args.first_search)


if __name__ == "__main__":
    sys.exit(main())
