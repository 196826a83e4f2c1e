"""GUI cold start to the first painted main window, and idle memory, against a bare PySide6
window: each started as a fresh process, side by side in this run, so the ratios are fair. The
app is measured from source and, when `make dist` has built it, as the installed bundle."""

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
BUNDLE = ROOT / "dist" / "Peninsula" / "peninsula"

BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.start_probe import StartProbe
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
StartProbe(app, window, float(os.environ["PENINSULA_START_PROBE"]))
window.show()
app.exec()
"""


def _measure(command: list[str], home: str) -> dict[str, float]:
    launched = repr(time.time())
    environment = {**os.environ, "PENINSULA_START_PROBE": launched, "PENINSULA_HOME": home}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run() -> list[str]:
    contenders = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "app from source": [sys.executable, "-m", "ui.app"],
    }
    if BUNDLE.exists():
        contenders["installed bundle"] = [str(BUNDLE)]
    with tempfile.TemporaryDirectory() as home:
        for command in contenders.values():
            _measure(command, home)  # warm the OS file cache once, for every side alike
        results: dict[str, list[dict[str, float]]] = {name: [] for name in contenders}
        for _ in range(RUNS):
            for name, command in contenders.items():
                results[name].append(_measure(command, home))
    paint = {n: statistics.median(r["paint"] for r in runs) for n, runs in results.items()}
    rss = {n: statistics.median(r["rss_kib"] for r in runs) / 1024 for n, runs in results.items()}
    bare = "bare PySide6 window"
    lines = [
        f"cold start to first paint ({bare}: {paint[bare] * 1000:.0f} ms, median of {RUNS}):"
    ]
    lines += [
        f"  {name}: {paint[name] * 1000:.0f} ms → {paint[name] / paint[bare]:.2f}×; idle memory "
        f"{rss[name]:.0f} MiB → {rss[name] / rss[bare]:.2f}× ({rss[bare]:.0f} MiB bare)"
        for name in contenders
        if name != bare
    ]
    if not BUNDLE.exists():
        lines.append("  (run make dist to measure the installed bundle too)")
    return lines
