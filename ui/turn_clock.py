"""The deliberation timer on screen: ticks once a second while the session's clock runs, for the
console's phase bar and the projector. The clock itself (when it starts, pauses and runs out) is
the session's (`wargame.clock`); pausing goes through the controller like any other command.
"""

from __future__ import annotations

from collections.abc import Callable
from time import time

from PySide6.QtCore import QObject, QTimer, Signal

from wargame.clock import DeliberationClock


class TurnClock(QObject):
    ticked = Signal()
    toggle_requested = Signal()

    def __init__(
        self, source: Callable[[], DeliberationClock], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.follow)

    @property
    def active(self) -> bool:
        return self._source().active

    @property
    def paused(self) -> bool:
        return self._source().paused

    @property
    def remaining(self) -> float | None:
        return self._source().remaining(time())

    def text(self) -> str:
        """mm:ss left, or an empty string when no timer runs this phase."""
        return self._source().text(time())

    def toggle_pause(self) -> None:
        self.toggle_requested.emit()

    def follow(self) -> None:
        """Tick while the clock runs; say so whenever it may have changed."""
        clock = self._source()
        running = clock.active and not clock.paused and not clock.expired(time())
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()
        self.ticked.emit()
