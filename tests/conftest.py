"""Shared fixtures: every test runs with its own empty user folders, never the real ones."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files marked slow first: parallel workers, handed whole files in this order, then finish
    together rather than one starting the balance measurement when the others are done."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def peninsula_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and default game folders all live under a fresh temporary folder."""
    home = tmp_path / "peninsula-home"
    monkeypatch.setenv("PENINSULA_HOME", str(home))
    return home


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """The app's main window with default settings, shown, closed after the test."""
    from ui.main_window import MainWindow
    from ui.settings import Settings

    shown = MainWindow(Settings())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.controller.close()
    from ui.i18n import install_translators

    install_translators("en")  # a test that switched to Korean leaves English to the next
