"""Replay in the app: a finished game scrubbed through, seen as the facilitator and as seats,
branched, asked what happens from a point, and compared — its file never changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from driving import (
    all_text,
    click,
    console,
    enter_pin,
    ok_button,
    play_to_the_end,
    start_game,
)
from helpers import mini_scenario, steps_until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.sign_in import SignInDialog
from ui.views.facilitator_console import FacilitatorConsole
from ui.views.replay_page import ReplayPage
from wargame.autoplay import play, submit_bot_moves
from wargame.events import MoveSubmitted
from wargame.fog import FACILITATOR, PUBLIC
from wargame.replay import continue_game, new_game
from wargame.state import ChosenAction, Phase
from wargame.store import GameFile

SEOUL_ARGUMENT = "Seoul-argument-4417"


def _finished(
    folder: Path, facilitator_pin: str | None = None, second_thoughts: bool = False
) -> Path:
    """A game to its end, where Seoul argues each turn with a private action (act_0), or with
    `second_thoughts` from turn 2 on with a public one (act_1)."""
    path = folder / "finished.wargame"
    game_file, game = new_game(
        path, mini_scenario(), seed=8, humans={"seoul": "1234"}, facilitator_pin=facilitator_pin
    )
    with game_file:
        for _ in steps_until(lambda: game.state.ended, game.scenario):
            if game.state.phase is Phase.DELIBERATION:
                action = (
                    ChosenAction("act_1")
                    if second_thoughts and game.state.turn >= 2
                    else ChosenAction("act_0", "pyongyang")
                )
                game.submit_move("seoul", [action], f"{SEOUL_ARGUMENT} turn {game.state.turn}")
                submit_bot_moves(game, game.scenario.actor_ids)
            game.advance(force=True)
    return path


def _fingerprint(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def _replay(window, path: Path, qtbot=None) -> ReplayPage:  # type: ignore[no-untyped-def]
    window.open_replay_path(path)
    page = window.page
    assert isinstance(page, ReplayPage)
    if qtbot is not None:  # keys reach the page's shortcuts only in the active window
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


def test_a_finished_game_scrubbed_and_seen_as_two_seats(qtbot, window, tmp_path: Path) -> None:
    path = _finished(tmp_path)
    before = _fingerprint(path)
    page = _replay(window, path, qtbot)
    assert page.seat == FACILITATOR
    session = page.session
    assert page.position == session.steps[-1]  # it opens at the end
    # Step to the start, then through the first turn, checking each view follows.
    qtbot.keyClick(page, Qt.Key.Key_Home)
    assert page.position == session.steps[0]
    turns_seen = set()
    for _ in range(len(session.steps) // 2):
        qtbot.keyClick(page, Qt.Key.Key_Right)
        world = session.world(page.position, page.seat)
        turns_seen.add(world["turn"])
        assert f"Turn {world['turn']} of" in page.where.text()
    assert len(turns_seen) >= 2
    # Jump a turn, and back by an event.
    turn = session.events[page.position - 1].turn
    next_turn = next(end for end in session.steps if session.events[end - 1].turn > turn)
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.position == next_turn
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert page.position == next_turn - 1
    # The facilitator sees Seoul's private action and argument; Moscow sees neither.
    adjudicated = next(
        end for end in session.steps if session.world(end, FACILITATOR)["phase"] == "adjudication"
    )
    page.go(adjudicated)
    page.world_tabs.setCurrentWidget(page.moves)
    assert SEOUL_ARGUMENT in all_text(page)
    page.set_seat("moscow")
    shown = all_text(page)
    assert SEOUL_ARGUMENT not in shown
    assert "seoul action 0" not in shown
    page.set_seat("seoul")
    assert SEOUL_ARGUMENT in all_text(page)
    assert _fingerprint(path) == before


def test_replay_plays_on_its_own_and_stops_at_the_end(qtbot, window, tmp_path: Path) -> None:
    page = _replay(window, _finished(tmp_path), qtbot)
    page.go(page.session.steps[-4])
    page.speed.setCurrentIndex(page.speed.findData(4.0))
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.position == page.session.steps[-1], timeout=10_000)
    qtbot.waitUntil(lambda: not page.playing, timeout=5_000)


def test_a_guarded_game_replays_for_the_room_until_the_pin(qtbot, window, tmp_path: Path) -> None:
    page = _replay(window, _finished(tmp_path, facilitator_pin="24680"))
    assert page.seat == PUBLIC
    assert not page.side_tabs.isTabVisible(page.side_tabs.indexOf(page.event_log))
    page.see_as.setCurrentIndex(page.see_as.findData("moscow"))
    page.see_as.activated.emit(page.see_as.currentIndex())
    assert page.seat == PUBLIC and isinstance(window.dialog, SignInDialog)
    enter_pin(qtbot, window, "24680")
    assert page.seat == "moscow"


def test_branch_from_here_opens_a_new_game_to_play(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = _finished(tmp_path)
    page = _replay(window, path)
    point = page.session.steps[len(page.session.steps) // 3]
    out = tmp_path / "what-if.wargame"
    from PySide6.QtWidgets import QFileDialog

    # The file dialog is the platform's; the rest is the app's own path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    parent_log = [e.event for e in page.session.events[:point]]
    page.go(point)
    click(qtbot, page.branch_button)
    click(qtbot, ok_button(window.dialog))  # who plays each seat: as they were
    assert isinstance(window.page, FacilitatorConsole)
    assert window.controller.path == out
    assert [e.event for e in window.controller.log()[:point]] == parent_log


def test_what_happens_from_here_runs_in_the_background(qtbot, window, tmp_path: Path) -> None:
    from ui.dialogs.what_if import WhatIfDialog

    page = _replay(window, _finished(tmp_path))
    page.go(page.session.steps[len(page.session.steps) // 2])
    click(qtbot, page.what_if_button)
    dialog = window.dialog
    assert isinstance(dialog, WhatIfDialog)
    dialog.runs.setValue(20)
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60_000)
    assert dialog.summary.runs == 20
    assert "% of 20 runs" in dialog.endings.text()
    assert dialog.chart.isVisible()


def test_compare_shows_where_two_games_part(qtbot, window, tmp_path: Path) -> None:
    from ui.dialogs.compare import CompareDialog

    left = _finished(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    right = _finished(other, second_thoughts=True)
    with GameFile.open(left) as game_file:
        parting = next(
            stored.seq
            for stored in game_file.events()
            if isinstance(stored.event, MoveSubmitted)
            and stored.event.actor == "seoul"
            and stored.turn == 2
        )
    _replay(window, left)
    window._show_comparison(right)
    dialog = window.dialog
    assert isinstance(dialog, CompareDialog)
    said, a, b = dialog.parted.text().splitlines()
    assert said == f"They part at event {parting} (turn 2)."
    assert a.startswith("A: ") and "seoul action 0" in a
    assert b.startswith("B: ") and "seoul action 1" in b
    assert [pair.turn for pair in dialog.model.rows] == [1, 2, 3, 4]
    assert dialog.model.rows[0].left == dialog.model.rows[0].right, "turn 1 was the same"
    dialog.close()
    twin = other / "twin.wargame"
    shutil.copyfile(left, twin)
    window._show_comparison(twin)
    assert isinstance(window.dialog, CompareDialog) and window.dialog is not dialog
    assert window.dialog.parted.text() == "The two games have the same log, event for event."


def test_the_end_of_an_exercise_offers_its_replay(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    desk = console(window)
    assert desk.phase_bar.replay_button.isVisible()
    click(qtbot, desk.phase_bar.replay_button)
    assert isinstance(window.page, ReplayPage)
    assert window.page.position == window.page.session.steps[-1]


def test_a_game_played_elsewhere_is_followed_as_it_goes(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "live.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=3)
    game_file.close()
    game_file, game = continue_game(path)  # the player holds the game open meanwhile
    with game_file:
        play(game, game.scenario.actor_ids, turns=1)
        page = _replay(window, path)
        assert page.live
        steps = len(page.session.steps)
        assert page.position == page.session.steps[-1]
        play(game, game.scenario.actor_ids, turns=1)
        page.follow()
        assert len(page.session.steps) > steps
        assert page.position == page.session.steps[-1]  # it stays at the end, following
        assert page.session.world(page.position, FACILITATOR)["turn"] == 3
