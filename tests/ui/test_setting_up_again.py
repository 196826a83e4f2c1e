"""Setting up the next exercise: the seats start as the last one had them, every seat can be
given to people or bots at once, and the recent games read one line each."""

from __future__ import annotations

from pathlib import Path

from driving import click, start_game

from ui.dialogs.new_game import NewGameDialog
from ui.views.start_screen import StartScreen


def test_the_next_new_exercise_starts_with_the_last_ones_seats(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234", "moscow": "9876"})
    window.controller.close()
    window.action_by_id["file.new"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewGameDialog)
    humans = {a for a, row in dialog.seat_rows.items() if row.human}
    assert humans == {"seoul", "moscow"}
    click(qtbot, dialog.all_bots)
    assert not any(row.human for row in dialog.seat_rows.values())
    click(qtbot, dialog.all_people)
    assert all(row.human for row in dialog.seat_rows.values())


def test_each_recent_game_is_one_line(qtbot, window, tmp_path: Path) -> None:
    path = start_game(qtbot, window, tmp_path, {})
    window.controller.close()
    start = window.page
    assert isinstance(start, StartScreen)
    (item,) = [start.recent.item(i) for i in range(start.recent.count())]
    assert "\n" not in item.text() and path.stem in item.text()
