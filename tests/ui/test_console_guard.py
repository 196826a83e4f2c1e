"""Every path that opens a guarded game, or makes a game from it, stops at the facilitator's
PIN before the console shows: a branch made from the room's view of a replay, a what-if or a
comparison from it, Open Recent, a file given on the command line or through File > Open, and
a second window after the first was quit from the pass screen. And the wait after wrong PINs
outlives quitting the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import all_text, click, console, enter_pin, ok_button, start_game
from PySide6.QtWidgets import QFileDialog

from ui.dialogs.sign_in import SignInDialog
from ui.main_window import MainWindow
from ui.settings import load_settings
from ui.views.facilitator_console import FacilitatorConsole
from ui.views.seat_view import PassScreen
from wargame.viewers import PUBLIC

FACILITATOR_PIN = "246810"
SEATS = {"seoul": "1234", "moscow": "9876"}


def _left_at_the_pass_screen(qtbot, window: MainWindow, tmp_path: Path) -> Path:
    """A guarded game in deliberation, which a seat quit from the pass screen."""
    path = start_game(qtbot, window, tmp_path, SEATS, facilitator_pin=FACILITATOR_PIN)
    click(qtbot, console(window).phase_bar.next_button)
    window.action_by_id["view.seat"].trigger()
    assert isinstance(window.page, PassScreen)
    window.close()
    return path


def _restarted(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app started again, as a seat would start it."""
    again = MainWindow(load_settings())
    qtbot.addWidget(again)
    again.show()
    return again


def _asks_for_the_pin(window: MainWindow) -> None:
    assert not isinstance(window.page, FacilitatorConsole)
    assert not window.findChildren(FacilitatorConsole)
    assert "MSEL" not in all_text(window.page)
    assert isinstance(window.dialog, SignInDialog) and window.dialog.isVisible()
    assert "the facilitator" in window.dialog.windowTitle()


def _branch(qtbot, window: MainWindow, game: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    window.open_replay_path(game)
    page = window.page
    assert page.seat == PUBLIC and not page.unlocked  # the room's view
    out = game.with_name("what-if.wargame")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, page.branch_button)
    click(qtbot, ok_button(window.dialog))  # who plays each seat: as they were
    return out


def _recent(qtbot, window: MainWindow, game: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    window._fill_recent()
    (entry,) = [a for a in window.recent_menu.actions() if a.text() == game.name]
    entry.trigger()
    return game


def _command_line(qtbot, window: MainWindow, game: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    window.open_path(str(game))  # what `wargame-gui GAME` does once the window is shown
    return game


def _file_open(qtbot, window: MainWindow, game: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(game), ""))
    window.action_by_id["file.open"].trigger()
    return game


@pytest.mark.parametrize("path", [_branch, _recent, _command_line, _file_open])
def test_every_way_into_a_guarded_game_asks_for_the_pin_first(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path
) -> None:
    game = _left_at_the_pass_screen(qtbot, window, tmp_path)
    again = _restarted(qtbot)
    opened = path(qtbot, again, game, monkeypatch)
    assert again.controller.path == opened
    _asks_for_the_pin(again)
    # Cancelling keeps it shut, and so does asking for the console again without the PIN.
    again.dialog.reject()
    assert isinstance(again.page, PassScreen)
    again.action_by_id["view.facilitator"].trigger()
    _asks_for_the_pin(again)
    enter_pin(qtbot, again, FACILITATOR_PIN)
    assert isinstance(again.page, FacilitatorConsole)
    assert again.controller.path == opened
    again.controller.close()


@pytest.mark.parametrize("button", ["what_if_button", "compare_button"])
def test_what_ifs_and_comparisons_of_a_guarded_game_ask_for_the_pin(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, button: str
) -> None:
    game = _left_at_the_pass_screen(qtbot, window, tmp_path)
    again = _restarted(qtbot)
    again.open_replay_path(game)
    chosen: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: chosen.append("asked") or ("", "")
    )
    click(qtbot, getattr(again.page, button))
    assert isinstance(again.dialog, SignInDialog) and again.dialog.isVisible()
    assert again.page.seat == PUBLIC and not again.page.unlocked
    assert chosen == [], "nothing of the game is read for the room before the PIN"
    enter_pin(qtbot, again, FACILITATOR_PIN)
    assert again.page.unlocked
    if button == "compare_button":
        assert chosen == ["asked"]
    again.controller.close()


def test_the_wait_after_wrong_pins_outlives_quitting_the_app(qtbot, window, tmp_path: Path) -> None:
    game = _left_at_the_pass_screen(qtbot, window, tmp_path)
    first = _restarted(qtbot)
    first.open_path(game)
    for guess in ("0000", "1111", "2222"):
        enter_pin(qtbot, first, guess)
    assert not first.dialog.pin.isEnabled()
    first.close()
    second = _restarted(qtbot)
    second.open_path(game)
    _asks_for_the_pin(second)
    assert not second.dialog.pin.isEnabled(), "three free tries must not come back"
    assert "Try again in" in second.dialog.error.text()
    assert second.controller.sign_in("facilitator", FACILITATOR_PIN) == (
        False,
        pytest.approx(second.controller.sign_in_wait("facilitator"), abs=1.0),
    )
    # The replay of the same game counts the same tries.
    second.controller.close()
    second.open_replay_path(game)
    assert second.controller.replay_sign_in(FACILITATOR_PIN)[0] is False
    second.controller.close()
