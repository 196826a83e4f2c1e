"""How long the app takes to show itself: with PENINSULA_START_PROBE set to the moment the
process was launched (seconds since the epoch), the app prints, once its window has painted
and then idled half a second, one JSON line — the time to that first paint and the memory it
settled at — and quits. `make bench` starts the app from source and the installed bundle this
way, beside a bare PySide6 window."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def resident_kib() -> int:
    """This process's resident memory."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class StartProbe(QObject):
    def __init__(self, app: QApplication, window: QWidget, launched: float) -> None:
        super().__init__(window)
        self._app, self._launched = app, launched
        self._painted: float | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._painted is None:
            self._painted = time.time() - self._launched
            QTimer.singleShot(500, self._report)
        return False

    def _report(self) -> None:
        print(json.dumps({"paint": self._painted, "rss_kib": resident_kib()}), flush=True)
        self._app.quit()
