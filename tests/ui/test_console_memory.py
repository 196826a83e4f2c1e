"""The console remembers where the facilitator was: the selected inject and the open tab stay
after a language switch or a visit to the seats, which rebuild the console."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import console, start_game


@pytest.mark.parametrize("away", ["view.seat", "view.language.ko"])
def test_the_selected_inject_and_tab_survive_a_rebuilt_console(
    qtbot, window, tmp_path: Path, away: str
) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    desk = console(window)
    third = desk.msel._model.rows[2].id
    desk.msel.select(third)
    desk.world_tabs.setCurrentWidget(desk.objectives)
    window.action_by_id[away].trigger()
    window.action_by_id["view.facilitator"].trigger()
    again = console(window)
    assert again is not desk
    assert again.msel.selected() is not None and again.msel.selected().id == third
    assert again.world_tabs.currentWidget() is again.objectives


def test_another_game_opens_on_its_own_first_tab(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    start_game(qtbot, window, first, {})
    desk = console(window)
    desk.world_tabs.setCurrentWidget(desk.objectives)
    start_game(qtbot, window, second, {})
    assert console(window).world_tabs.currentIndex() == 0
