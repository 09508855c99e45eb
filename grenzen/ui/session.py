"""The unlocked vault as the GUI sees it, and the idle timer that locks it again.

Views never keep a vault of their own: they ask the session and listen to ``locked``,
so locking really drops every reference and clears every view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from grenzen.storage.vault import Vault

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class VaultSession(QObject):
    """Holds the open vault; emits ``unlocked``/``locked`` and ``changed(kind)`` after writes."""

    unlocked = Signal()
    about_to_lock = Signal()  # last chance to save pending edits while the vault is open
    locked = Signal()
    changed = Signal(str)  # "incidents", "clients", "compliments", "energy", …

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the vault is locked")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    def open(self, vault: Vault) -> None:
        if self._vault is not None:
            self._vault.close()
        self._vault = vault
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the vault and tell every view to forget what it showed."""
        if self._vault is None:
            return
        self.about_to_lock.emit()
        vault, self._vault = self._vault, None
        vault.close()
        self.locked.emit()

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)


class IdleLock(QObject):
    """Locks the session after ``minutes`` without keyboard or mouse input anywhere."""

    def __init__(self, session: VaultSession, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(session.lock)
        self.set_minutes(minutes)
        session.unlocked.connect(self._timer.start)
        session.locked.connect(self._timer.stop)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        if self._session.is_unlocked:
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._session.is_unlocked:
            self._timer.start()
        return False
