"""A facilitator and two human seats play a turn by clicking the real widgets; the game file
then holds exactly what happened."""

from __future__ import annotations

from pathlib import Path

from driving import click, console, ok_button, play_seat, play_to_the_end, start_game

from ui.views.seat_view import PassScreen
from wargame.events import (
    AdjudicationOverridden,
    InjectReleased,
    MoveSubmitted,
    OutcomePublished,
    PhaseAdvanced,
    TurnStarted,
)
from wargame.store import GameFile


def test_a_whole_turn_played_by_clicking_is_in_the_game_file(qtbot, window, tmp_path: Path):
    path = start_game(qtbot, window, tmp_path, {"seoul": "1234", "moscow": "9876"})
    desk = console(window)
    assert desk.phase_bar.next_button.text() == "Open deliberation"

    desk.msel.select("INJ-1")
    click(qtbot, desk.msel.release_button)
    assert window.controller.state.is_released("INJ-1")
    click(qtbot, desk.phase_bar.next_button)
    assert window.controller.state.phase == "deliberation"
    assert not desk.phase_bar.next_button.isEnabled()
    assert "Seoul" in desk.phase_bar.reason.text()

    play_seat(
        qtbot, window, "seoul", "1234", [("act_0", "pyongyang"), ("act_1", None)], "Dialogue first."
    )
    play_seat(qtbot, window, "moscow", "9876", [("act_5", None)], "A show of support.")
    assert isinstance(window.page, PassScreen)
    click(qtbot, window.page.facilitator_button)

    desk = console(window)
    assert desk.phase_bar.next_button.text() == "Adjudicate"
    click(qtbot, desk.phase_bar.next_button)
    assert window.controller.state.phase == "adjudication"
    desk.adjudication.table.selectRow(0)
    overridden = desk.adjudication.selected()
    click(qtbot, desk.adjudication.override_button)
    qtbot.keyClicks(desk.dialog.reason, "The talks were never on the table.")
    click(qtbot, ok_button(desk.dialog))

    assert desk.phase_bar.next_button.text() == "Publish outcome"
    click(qtbot, desk.phase_bar.next_button)
    assert desk.phase_bar.next_button.text() == "Next turn"
    click(qtbot, desk.phase_bar.next_button)
    assert window.controller.state.turn == 2
    window.close()

    with GameFile.open(path) as game_file:
        events = [stored.event for stored in game_file.events()]
    moves = {e.actor: e for e in events if isinstance(e, MoveSubmitted)}
    assert set(moves) == {"seoul", "pyongyang", "washington", "moscow", "beijing"}
    assert moves["seoul"].argument == "Dialogue first."
    assert [(a.action, a.target) for a in moves["seoul"].actions] == [
        ("act_0", "pyongyang"),
        ("act_1", None),
    ]
    assert [a.action for a in moves["moscow"].actions] == ["act_5"]
    released = [e for e in events if isinstance(e, InjectReleased)]
    assert released[0].inject == "INJ-1" and released[0].by == "facilitator"
    assert "INJ-2" in {e.inject for e in released}
    [override] = [e for e in events if isinstance(e, AdjudicationOverridden)]
    assert override.reason == "The talks were never on the table."
    assert override.adjudication == overridden["id"]
    assert override.success is not overridden["proposed"]
    assert [e.phase for e in events if isinstance(e, PhaseAdvanced)] == [
        "deliberation",
        "adjudication",
    ]
    assert any(isinstance(e, OutcomePublished) for e in events)
    assert [e.turn for e in events if isinstance(e, TurnStarted)] == [1, 2]


def test_facilitator_undo_is_a_compensating_event(qtbot, window, tmp_path: Path):
    path = start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    desk = console(window)
    desk.msel.select("INJ-3")
    click(qtbot, desk.msel.hold_button)
    assert window.controller.state.injects["INJ-3"].status == "held"
    window.action_by_id["game.undo"].trigger()
    assert "INJ-3" not in window.controller.state.injects
    window.close()
    with GameFile.open(path) as game_file:
        types = [stored.event.type for stored in game_file.events()]
    assert types[-2:] == ["inject_held", "facilitator_undid"]


def test_bots_play_an_exercise_to_its_end_with_the_next_step_shortcut(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    assert console(window).phase_bar.next_button.text() == "Exercise ended"
