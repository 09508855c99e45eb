"""One running Grenzen per user and vault: a second start brings the first to the front."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate"
TIMEOUT_MS = 500


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}:{folder}".encode()).hexdigest()[:16]
    return f"grenzen-{digest}"


class SingleInstance(QObject):
    """``claim()`` is False when another instance runs (it was asked to show itself)."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(folder)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(TIMEOUT_MS):
            socket.write(ACTIVATE)
            socket.waitForBytesWritten(TIMEOUT_MS)
            socket.disconnectFromServer()
            return False
        QLocalServer.removeServer(self._name)  # a stale socket after a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        return self._server.listen(self._name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE):
            self.activated.emit()
        socket.disconnectFromServer()
