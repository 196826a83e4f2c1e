"""GUI cold start to the first painted main window, and idle memory, against a bare PySide6
window: both started as fresh processes side by side in this run, so the ratio is fair."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent

# Each child reports once its window has painted for the first time, then idles briefly (so
# the memory figure is the settled footprint, not a peak) and exits.
_REPORT = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

def rss_kib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app, self.painted = app, None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.time() - float(os.environ["BENCH_T0"])
            QTimer.singleShot(500, self.report)
        return False
    def report(self):
        print(json.dumps({"paint": self.painted, "rss_kib": rss_kib()}), flush=True)
        self.app.quit()
"""

BARE = (
    _REPORT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
spy = FirstPaint(app)
window.installEventFilter(spy)
window.show()
app.exec()
"""
)

APP = (
    _REPORT
    + """
from ui.app import create_app
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import load_settings
app = create_app(sys.argv)
settings = load_settings()
install_translators(settings.language)
window = MainWindow(settings)
spy = FirstPaint(app)
window.installEventFilter(spy)
window.show()
app.exec()
"""
)


def _measure(code: str, home: str) -> dict[str, float]:
    environment = {**os.environ, "BENCH_T0": repr(time.time()), "PENINSULA_HOME": home}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as home:
        _measure(APP, home)  # warm the OS file cache once, for both sides alike
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(_measure(BARE, home))
            app.append(_measure(APP, home))
    bare_paint = statistics.median(r["paint"] for r in bare)
    app_paint = statistics.median(r["paint"] for r in app)
    bare_rss = statistics.median(r["rss_kib"] for r in bare) / 1024
    app_rss = statistics.median(r["rss_kib"] for r in app) / 1024
    return [
        f"cold start to first paint: app {app_paint * 1000:.0f} ms vs bare PySide6 window "
        f"{bare_paint * 1000:.0f} ms → {app_paint / bare_paint:.2f}× (median of {RUNS})",
        f"idle memory (RSS): app {app_rss:.0f} MiB vs bare window {bare_rss:.0f} MiB → "
        f"{app_rss / bare_rss:.2f}×",
    ]
