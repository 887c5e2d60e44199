"""One window per library: a second launch brings the open window to the front instead.

The running app listens on a local socket (a Unix domain socket or a Windows
named pipe) named after the user and the library folder, readable by the
owner only. A new launch first tries to connect: when something answers, it
asks that window to come forward and exits; when nothing does (no app, or a
socket left by a crash), it starts normally and listens itself. Different
libraries (``--home``) are different names, so each can have its own window.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

# What a second launch sends; anything else is ignored.
RAISE_REQUEST = b"raise\n"
# How long a second launch waits for the first to answer. A live app accepts at
# once (the kernel queues the connection); a dead name fails at once.
CONNECT_TIMEOUT_MS = 1000


def server_name(home: Path) -> str:
    """The local socket name for a library: per user and per library folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the folder still tells libraries apart
        user = "user"
    digest = hashlib.sha256(str(Path(home).resolve()).encode()).hexdigest()[:16]
    return f"photoclip-{user}-{digest}"


def ask_running_window(name: str) -> bool:
    """Ask the app already showing this library to come to the front.

    Returns:
        True when a running app took the request (this launch should exit).
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_REQUEST)
    delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


class InstanceServer(QObject):
    """Listens for later launches of the same library and calls ``on_raise`` for each.

    Args:
        name: From :func:`server_name`.
        on_raise: Called on the GUI thread when a later launch asks for the window.
        parent: The Qt parent (the server lives as long as it).
    """

    def __init__(self, name: str, on_raise: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_raise = on_raise
        self._server = QLocalServer(self)
        # Owner only: another user on the machine cannot poke this window.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            # Nothing answered ask_running_window, so the name is a leftover of a crashed app.
            QLocalServer.removeServer(name)
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        """Whether later launches can reach this window."""
        return self._server.isListening()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_REQUEST.strip()):
            self._on_raise()
