"""The facilitator's two levers for finishing early, from the Game menu: a bot takes a seat,
and the exercise ends now; each needs a reason and shows where the room and the record look."""

from __future__ import annotations

from pathlib import Path

from driving import click, console, ok_button, start_game

from ui.dialogs.finishing import EndNowDialog, HandOverDialog


def test_a_bot_takes_a_seat_from_the_game_menu_and_the_board_says_so(
    qtbot, window, tmp_path: Path
) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)  # deliberation: Seoul has not moved
    window.action_by_id["game.hand_over"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, HandOverDialog)
    dialog.seat.setCurrentIndex(dialog.seat.findData("seoul"))
    assert not ok_button(dialog).isEnabled(), "a reason is needed"
    qtbot.keyClicks(dialog.reason, "The Seoul team left for a briefing.")
    click(qtbot, ok_button(dialog))
    controller = window.controller
    assert not controller.state.seats["seoul"].human
    assert "seoul" in controller.state.moves
    seats = console(window).seats
    model = seats.findChild(type(console(window).msel.table)).model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Seoul")
    assert model.index(row, 1).data() == "Bot"
    assert console(window).phase_bar.next_button.isEnabled()  # nobody left to wait for


def test_ending_the_exercise_now_asks_for_a_reason_and_ends_it(
    qtbot, window, tmp_path: Path
) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    window.action_by_id["game.end_now"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, EndNowDialog)
    assert not dialog.end_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "The room ran out of time.")
    click(qtbot, dialog.end_button)
    state = window.controller.state
    assert state.ended and state.end_reason == "stopped"
    assert "ended" in console(window).phase_bar.reason.text()
    assert not window.action_by_id["game.end_now"].isEnabled()
