"""The desktop app's entry point (`wargame-gui`, `make run`): Qt, settings, translations, the
theme and the last line of defence against bugs."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.error_log import configure_logging
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import APP_NAME, load_settings, log_file
from ui.theme import apply_theme

log = logging.getLogger(__name__)
_reported: set[str] = set()


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug outside the controller's commands: log it, and say so once, politely."""
    log.error("Unexpected error", exc_info=(kind, error, trace))
    signature = f"{kind.__name__}: {error}"
    if signature in _reported or QApplication.instance() is None:
        return
    _reported.add(signature)
    QMessageBox.warning(
        QApplication.activeWindow(),
        QApplication.translate("App", "Peninsula"),
        QApplication.translate(
            "App",
            "Sorry, something unexpected went wrong. Your game is safe: every step is saved in "
            "the game file as it happens.\n\nThe details were written to %1.",
        ).replace("%1", str(log_file())),
    )


def create_app(argv: list[str]) -> QApplication:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    configure_logging()
    app = create_app(argv)
    settings = load_settings()
    install_translators(settings.language)
    apply_theme(settings.theme)
    sys.excepthook = _excepthook
    window = MainWindow(settings)
    window.show()
    if len(argv) > 1:
        window.open_path(argv[1])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
