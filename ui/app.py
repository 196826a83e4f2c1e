"""The desktop app's entry point (`wargame-gui`, `make run`): Qt, settings, translations, the
theme and the last line of defence against bugs."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.error_log import configure_logging
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import APP_NAME, load_settings, log_file
from ui.theme import apply_theme
from wargame.bundled import bundled

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


ASSETS = bundled("assets")


def create_app(argv: list[str]) -> QApplication:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(ASSETS / "icon" / "peninsula.svg")))
    _add_korean_font()
    return app


def _add_korean_font() -> None:
    """Korean reads the same on a machine with no Korean font installed: the bundled NanumGothic
    (OFL) stands behind the system's fonts wherever they lack a glyph."""
    families = [
        family
        for name in ("NanumGothic.ttf", "NanumGothicBold.ttf")
        for family in QFontDatabase.applicationFontFamilies(
            QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / name))
        )
    ]
    if families:
        QFont.insertSubstitution(QApplication.font().family(), families[0])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    if len(argv) > 1 and argv[1] == "wargame":
        # The installed app carries the command line too: `peninsula wargame validate ...`.
        from wargame.cli import main as command_line

        return command_line(argv[2:])
    if "--self-test" in argv[1:]:
        from ui.self_test import self_test

        return self_test(create_app)
    configure_logging()
    app = create_app(argv)
    settings = load_settings()
    install_translators(settings.language)
    apply_theme(settings.theme)
    sys.excepthook = _excepthook
    window = MainWindow(settings)
    if launched := os.environ.get("PENINSULA_START_PROBE"):
        from ui.start_probe import StartProbe

        StartProbe(app, window, float(launched))
    window.show()
    if len(argv) > 1:
        window.open_path(argv[1])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
