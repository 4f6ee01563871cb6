"""Refreshing what is on screen when another PC changed the database (the office server): a timer asks
the change counter every few seconds and reloads the loaded tabs when it moved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.services import changes


class ChangeWatcher(QObject):
    def __init__(
        self, parent: QObject, on_change: Callable[[], None], seconds: float = changes.POLL_SECONDS
    ) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._seen = changes.counter()
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        """Ask once; True (and the tabs reloaded) when something changed since the last time."""
        now = changes.counter()
        if now is None or now == self._seen:
            return False
        self._seen = now
        self._on_change()
        return True
