"""What happens from here? The rest of a game played many times by bots from a point of it, in
the background, with progress and a way to stop; then the endings it led to and the band of
escalation it followed."""

from __future__ import annotations

import shlex

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import phase_name
from ui.plain import text_label
from ui.views.charts import EscalationPaths
from wargame.errors import UserError
from wargame.names import ending_name
from wargame.replay import ReplaySession
from wargame.simulate import Position, Summary, simulate


class _Runs(QObject):
    """The runs, played on a worker thread; `cancel` is read between runs."""

    progressed = Signal(int)
    finished = Signal(object)  # a Summary, or the UserError that says why there is none

    def __init__(self, position: Position, runs: int, seed: int) -> None:
        super().__init__()
        self._position, self._runs, self._seed = position, runs, seed
        self.cancelled = False

    def run(self) -> None:
        try:
            summary = simulate(
                self._position.state.scenario,
                self._runs,
                self._seed,
                on_result=self.progressed.emit,
                start=self._position,
                cancelled=lambda: self.cancelled,
            )
        except UserError as error:
            self.finished.emit(error)
            return
        self.finished.emit(summary)


class WhatIfDialog(QDialog):
    def __init__(
        self, session: ReplaySession, event: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What happens from here?"))
        self._language = language
        state = session.state(event)
        self._scenario = state.scenario
        self._position = Position(state, session.chronicle(event))
        self._thread: QThread | None = None
        self._worker: _Runs | None = None
        self.summary: Summary | None = None

        self._game, self._event = session.file.path, event
        self.where = text_label(
            self.tr("From turn %1 (%2), event %3: bots take every seat and play to the end.")
            .replace("%1", str(state.turn))
            .replace("%2", phase_name(state.phase.value))
            .replace("%3", str(event)),
            self,
        )
        self.where.setWordWrap(True)
        self.runs = QSpinBox(self)
        self.runs.setRange(10, 5000)
        self.runs.setValue(200)
        self.runs.setSuffix(self.tr(" runs"))
        # The seed makes the runs repeatable, here and from the command line.
        self.seed = QSpinBox(self)
        self.seed.setRange(1, 2_000_000_000)
        self.seed.setValue(max(1, event))
        self.seed.setPrefix(self.tr("seed "))
        self.repeat = text_label("", self)
        self.repeat.setWordWrap(True)
        self.repeat.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton(self.tr("Play them"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.endings = text_label("", self)
        self.endings.setWordWrap(True)
        self.chart = EscalationPaths(self.tr("Escalation as each turn ended"), self)
        self.chart.setMinimumSize(520, 260)
        self.chart.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        line = QHBoxLayout()
        line.addWidget(self.runs)
        line.addWidget(self.seed)
        line.addWidget(self.start_button)
        line.addWidget(self.progress, 1)
        line.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(line)
        layout.addWidget(self.endings)
        layout.addWidget(self.repeat)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def start(self) -> None:
        runs = self.runs.value()
        self.progress.setRange(0, runs)
        self.progress.setValue(0)
        for widget in (self.progress, self.stop_button):
            widget.show()
        self.start_button.setEnabled(False)
        self.endings.setText("")
        self._worker = _Runs(self._position, runs, seed=self.seed.value())
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progress.setValue, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancelled = True

    def wait(self) -> None:
        """Block until the runs have finished (for the thread to end before the dialog)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _done(self, outcome: Summary | UserError) -> None:
        self.wait()
        self._thread = self._worker = None
        self.stop_button.hide()
        self.progress.hide()
        self.start_button.setEnabled(True)
        if isinstance(outcome, UserError):
            self.endings.setText(outcome.text(self._language))
            return
        self.summary = outcome
        self._show(outcome)

    def _show(self, summary: Summary) -> None:
        scenario, language = self._scenario, self._language
        shares = sorted(
            ((summary.endings[e.id] / summary.runs, e.id) for e in scenario.endings), reverse=True
        )
        lines = [
            self.tr("%1% ± %2% of %3 runs: %4")
            .replace("%1", f"{share * 100:.0f}")
            .replace("%2", f"{summary.margin(ending) * 100:.0f}")
            .replace("%3", str(summary.runs))
            .replace("%4", ending_name(scenario, ending, language))
            for share, ending in shares
            if share > 0
        ]
        self.endings.setText("\n".join(lines))
        self.repeat.setText(
            self.tr("The same runs from the command line: %1").replace(
                "%1",
                f"wargame simulate --from {shlex.quote(str(self._game))} --event {self._event} "
                f"--runs {summary.runs} --seed {self.seed.value()}",
            )
        )
        band = summary.band()
        grey = self.palette().color(self.foregroundRole())
        self.chart.set_paths(
            scenario,
            language,
            scenario.turns,
            [
                (self.tr("Highest 10%"), QColor("#b04a4a"), [(t, high) for t, _, _, high in band]),
                (self.tr("Median"), grey, [(t, middle) for t, _, middle, _ in band]),
                (self.tr("Lowest 10%"), QColor("#2e7d4f"), [(t, low) for t, low, _, _ in band]),
            ],
        )
        self.chart.show()

    def reject(self) -> None:
        self.stop()
        self.wait()
        super().reject()
