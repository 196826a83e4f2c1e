"""The deliberation timer: a countdown the facilitator can pause, shared by console and projector.

It is a convenience for the room, not part of the record: the rules never depend on it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class TurnClock(QObject):
    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.remaining: int | None = None

    @property
    def active(self) -> bool:
        return self.remaining is not None

    @property
    def paused(self) -> bool:
        return self.active and not self._timer.isActive()

    def start(self, minutes: int) -> None:
        self.remaining = minutes * 60
        self._timer.start()
        self.ticked.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.remaining = None
        self.ticked.emit()

    def toggle_pause(self) -> None:
        if not self.active:
            return
        if self._timer.isActive():
            self._timer.stop()
        elif self.remaining:
            self._timer.start()
        self.ticked.emit()

    def text(self) -> str:
        """mm:ss left, or an empty string when no timer runs this phase."""
        if self.remaining is None:
            return ""
        minutes, seconds = divmod(self.remaining, 60)
        return f"{minutes:02d}:{seconds:02d}"

    def _tick(self) -> None:
        if self.remaining:
            self.remaining -= 1
        if not self.remaining:
            self._timer.stop()
        self.ticked.emit()
