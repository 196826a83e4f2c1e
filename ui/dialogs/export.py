"""Writing the after-action report, the seat handouts or the facilitator script to files, on a
worker thread with a progress bar: a long game's PDF takes seconds, and the window stays alive
meanwhile. The game is only read, from its own connection; a failure is said plainly and
leaves no half-written file. A document is never written over the game it is made from, nor
over any other game (`wargame.file_output`): that is refused before any work, in a dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.settings import log_file
from wargame.errors import UserError
from wargame.file_output import require_new_output

if TYPE_CHECKING:
    from wargame.scenario import Scenario

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress], None]
"""A job that writes its files, telling its progress as (steps done, of how many)."""


def report_work(
    game: Path, out: Path, language: str, participants: bool = False, reveal: bool = False
) -> Work:
    """The after-action report of the game file `game`, as a PDF or (by its suffix) HTML: the
    facilitator's record, or the participants' version (`reveal`: with what some seats never
    saw)."""

    def work(progress: Progress) -> None:
        from wargame.report import Readers, build_report, report_html
        from wargame.report_pdf import write_pdf
        from wargame.store import GameFile

        require_new_output(out, [game])
        readers = Readers(participants=participants, reveal=reveal)
        # Reading the log is the first fifth of the work; laying out the pages, the rest.
        with GameFile.open(game) as game_file:
            report = build_report(
                game_file, language, lambda d, t: progress(d, t * 5), readers=readers
            )
        if out.suffix.lower() == ".html":
            from wargame.file_output import write_whole

            write_whole(out, report_html(report).encode("utf-8"))
        else:
            write_pdf(report, out, lambda d, t: progress(t + 4 * d, 5 * t))

    return work


def handouts_work(scenario: Scenario, outs: dict[str, Path], language: str) -> Work:
    """A handout for each seat in `outs`, written to its file."""

    def work(progress: Progress) -> None:
        from wargame.handouts import seat_handout
        from wargame.handouts_pdf import write_handout_pdf

        for out in outs.values():  # all refused before any is written
            require_new_output(out)
        for done, (seat, out) in enumerate(outs.items(), 1):
            write_handout_pdf(seat_handout(scenario, seat, language), out)
            progress(done, len(outs))

    return work


def script_work(scenario: Scenario, out: Path, language: str) -> Work:
    def work(progress: Progress) -> None:
        from wargame.handouts import facilitator_script
        from wargame.handouts_pdf import write_script_pdf

        require_new_output(out)
        write_script_pdf(facilitator_script(scenario, language), out)
        progress(1, 1)

    return work


def tables_work(game: Path, folder: Path) -> Work:
    """The game's record as tidy CSV tables in `folder` (`wargame export --csv`)."""

    def work(progress: Progress) -> None:
        from wargame.data_export import write_tables

        write_tables(game, folder, None)
        progress(1, 1)

    return work


class _Writer(QObject):
    progressed = Signal(int, int)
    finished = Signal(str)  # empty when all went well, else what went wrong

    def __init__(self, work: Work, language: str) -> None:
        super().__init__()
        self._work, self._language = work, language

    def run(self) -> None:
        try:
            self._work(self.progressed.emit)
        except UserError as error:
            self.finished.emit(error.text(self._language))
            return
        except Exception:
            log.exception("Unexpected error while writing a document")
            self.finished.emit(
                self.tr(
                    "Sorry, the document could not be made: something unexpected went wrong. "
                    "Your game is safe and unchanged.\n\nThe details were written to %1."
                ).replace("%1", str(log_file()))
            )
            return
        self.finished.emit("")


class ExportProgress(QProgressDialog):
    """The progress of one export; `ended` says what became of it (empty: it was written)."""

    ended = Signal(str)

    def __init__(
        self, label: str, work: Work, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(label, "", 0, 100, parent)
        self.setWindowTitle(self.tr("Exporting"))
        self.setCancelButton(None)  # a PDF half laid out cannot be stopped cleanly
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.outcome: str | None = None
        self._writer = _Writer(work, language)
        self._thread = QThread(self)
        self._writer.moveToThread(self._thread)
        self._thread.started.connect(self._writer.run)
        self._writer.progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._writer.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.setValue(0)
        self._thread.start()

    def wait(self) -> None:
        """Block until the document is written (before the window that started it closes)."""
        self._thread.wait()

    def _show(self, done: int, total: int) -> None:
        self.setValue(round(100 * done / max(1, total)))

    def _finish(self, outcome: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.outcome = outcome
        self.setValue(100)
        self.close()
        self.ended.emit(outcome)
