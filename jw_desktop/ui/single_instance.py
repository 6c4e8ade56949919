"""One window per school database. A second start (a double click on the icon while the
program is already open, often behind other windows) does not show an error with the
database's path: it asks the running copy to come to the front and ends quietly.

The copies find each other through a local socket (QLocalServer) whose name is a hash of
the database's path, so two different databases can be open at once and the name says
nothing about where the data is."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"  # lets the asking copy end as soon as the request arrived
TIMEOUT_MS = 1500


def server_name(db_path: Path) -> str:
    """The socket name for a database: per user and per file, without the path in it."""
    try:
        where = str(db_path.expanduser().resolve())
    except OSError:
        where = str(db_path)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:24]
    return f"jw-desktop-{digest}"


def ask_to_activate(name: str, timeout_ms: int = TIMEOUT_MS, card: str = "") -> bool:
    """Ask a running copy listening on name to show its window (and open the card a link
    names, when card is given). True when one is there (it connected), also if it is too
    busy to answer in time: a second copy must not start then either."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    card = " ".join(card.split())  # one line
    socket.write(ACTIVATE[:-1] + b" " + card.encode() + b"\n" if card else ACTIVATE)
    socket.flush()
    socket.waitForReadyRead(timeout_ms)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """The running copy's side: `activate` fires when another start asked for the window,
    `open_card` after it when that start was given a card (a link or a code)."""

    activate = Signal()
    open_card = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start answering; a socket left behind by a copy that crashed is cleared first
        (the caller has already found that nobody answers on it)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()
        for socket in self.server.findChildren(QLocalSocket):
            socket.abort()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        line = bytes(socket.readLine().data()) if socket.canReadLine() else b""
        if line == ACTIVATE or line.startswith(ACTIVATE[:-1] + b" "):
            socket.write(ANSWER)
            socket.flush()
            self.activate.emit()
            card = line[len(ACTIVATE) :].decode("utf-8", "replace").strip()
            if card:
                self.open_card.emit(card)
        socket.disconnectFromServer()
        socket.deleteLater()


def claim(db_path: Path, card: str = "") -> SingleInstance | None:
    """This process's claim on db_path's window, or None when a running copy took the
    request to come to the front (and to open card, if given; then this one should end)."""
    name = server_name(db_path)
    if ask_to_activate(name, card=card):
        return None
    instance = SingleInstance(name)
    instance.listen()  # if even that fails, work on without: the store's lock still guards
    return instance


def bring_to_front(widget: QWidget) -> None:
    """Show widget un-minimised and on top, with the keyboard focus."""
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    widget.raise_()
    widget.activateWindow()
