"""File → Export report…: the after-action report of a game, as PDF or HTML, written in the
background while a progress dialog says so. The game file is only read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from wargame.errors import UserError


class _Writer(QObject):
    finished = Signal(str, bool)  # the message, and whether the report was written

    def __init__(self, game: Path, out: Path, language: str) -> None:
        super().__init__()
        self._game, self._out, self._language = game, out, language

    def run(self) -> None:
        from wargame.report import build_report, report_html
        from wargame.report_pdf import write_pdf
        from wargame.store import GameFile

        try:
            with GameFile.open(self._game) as game_file:
                report = build_report(game_file, self._language)
            if self._out.suffix.lower() == ".pdf":
                write_pdf(report, self._out)
            else:
                self._out.write_text(report_html(report), encoding="utf-8")
        except UserError as error:
            self.finished.emit(str(error), False)
            return
        except OSError as error:
            self.finished.emit(f"{self._out} cannot be written: {error.strerror}.", False)
            return
        self.finished.emit(str(self._out), True)


class ReportExport(QObject):
    """One export: asks where, writes in the background, reports back through `done`."""

    done = Signal(str, bool)

    def __init__(self, game: Path, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._game, self._language, self._parent = game, language, parent
        self._thread: QThread | None = None
        self.progress: QProgressDialog | None = None

    def ask_and_write(self) -> None:
        suggested = self._game.with_name(f"{self._game.stem} — after-action report.pdf")
        name, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the after-action report"),
            str(suggested),
            self.tr("PDF (*.pdf);;Web page (*.html)"),
        )
        if name:
            out = Path(name)
            if out.suffix.lower() not in (".pdf", ".html"):
                out = out.with_suffix(".html" if "html" in chosen else ".pdf")
            self.write(out)

    def write(self, out: Path) -> None:
        self.progress = QProgressDialog(
            self.tr("Writing the after-action report…"), "", 0, 0, self._parent
        )
        self.progress.setCancelButton(None)  # the writing is short, and half a file is no use
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        writer = _Writer(self._game, out, self._language)
        self._thread = QThread(self)
        writer.moveToThread(self._thread)
        self._thread.started.connect(writer.run)
        writer.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._writer = writer
        self._thread.start()

    def _finished(self, message: str, written: bool) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        if self.progress is not None:
            self.progress.close()
        self.done.emit(message, written)
