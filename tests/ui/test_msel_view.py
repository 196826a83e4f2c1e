"""The MSEL on a laptop: the list shows the turn in play as it begins, and the selected inject's
guidance has room to be read."""

from __future__ import annotations

from pathlib import Path

from driving import console

from wargame.inject_guidance import guidance
from wargame.scenario_file import load_scenario


def test_the_msel_scrolls_to_each_turn_as_it_begins(qtbot, window, tmp_path: Path) -> None:
    korea = load_scenario("korea-2025")
    assert window.controller.new_game(tmp_path / "k.wargame", korea, 5, {})
    window.resize(1366, 768)
    desk = console(window)
    table = desk.msel.table
    for _ in range(4 * 5):  # five turns, four steps each: the bots move at once
        window.action_by_id["game.next"].trigger()
    turn = window.controller.state.turn
    assert turn == 6
    qtbot.waitUntil(lambda: table.viewport().height() > 0)
    first = next(n for n, r in enumerate(desk.msel._model.rows) if r.when == str(turn))
    top = table.rowAt(0)
    assert top == first or (
        top <= first < table.rowAt(table.viewport().height() - 1)
    ), (top, first)


def test_the_selected_injects_guidance_has_room_to_be_read(qtbot, window, tmp_path: Path):
    korea = load_scenario("korea-2025")
    assert window.controller.new_game(tmp_path / "k.wargame", korea, 5, {})
    window.resize(1366, 768)
    desk = console(window)
    noted = next(i for i in korea.injects if guidance(korea, i, "en").notes)
    desk.msel.select(noted.id)
    qtbot.waitUntil(lambda: desk.msel.notes.isVisible())
    lines = desk.msel.notes.height() / desk.msel.notes.fontMetrics().lineSpacing()
    assert lines >= 5, f"only {lines:.1f} lines of guidance show"
