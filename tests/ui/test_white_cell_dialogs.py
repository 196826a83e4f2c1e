"""The white cell's hands on screen: an ad hoc inject that moves the world, written in the
console's dialog and seen on a seat's screen with its basis."""

from __future__ import annotations

from pathlib import Path

from driving import all_text, click, console, ok_button, sign_in, sign_out, start_game
from helpers import mini_scenario
from PySide6.QtWidgets import QFileDialog

from ui.dialogs.branch import BranchDialog
from ui.dialogs.free_action import FreeActionDialog
from ui.dialogs.inject_editor import InjectEditor
from wargame.autoplay import play, submit_bot_moves
from wargame.free_actions import Judgement, ProposedAction
from wargame.replay import new_game


def test_an_ad_hoc_inject_written_with_a_basis_and_effects_moves_the_world_when_released(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    window.action_by_id["game.add_inject"].trigger()
    editor = console(window).dialog
    assert isinstance(editor, InjectEditor) and editor.effects is not None
    qtbot.keyClicks(editor.title_edit, "Ports close")
    qtbot.keyClicks(editor.body_edit, "A storm closes the ports.")
    assert editor.basis is not None
    editor.basis.setCurrentIndex(editor.basis.findData("reported"))
    editor.effects.escalation.setValue(-1)
    row = editor.effects.add_indicator("seoul", "readiness")
    row.amount.setValue(-20)
    relation = editor.effects.add_relation("seoul", "beijing")
    relation.amount.setValue(-15)
    click(qtbot, ok_button(editor))
    state = window.controller.state
    assert state.injects["ADHOC-1"].basis == "reported"
    click(qtbot, console(window).phase_bar.next_button)  # released with the due ones
    state = window.controller.state
    assert state.escalation == 1 + 1 - 1  # the start, INJ-1 and the ad hoc inject
    assert state.indicator("seoul", "readiness") == 30
    assert state.relation("seoul", "beijing") == -15
    sign_in(qtbot, window, "seoul", "1234")
    card = window.page.injects.browser.toPlainText()
    assert "Ports close" in card and "Basis: Reported" in card


def test_branch_from_here_can_seat_a_person_where_a_bot_played(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    game = tmp_path / "bots.wargame"
    game_file, played = new_game(game, mini_scenario(), seed=2, humans={"moscow": "5555"})
    with game_file:
        play(played, played.scenario.actor_ids, turns=2)
    window.open_replay_path(game)
    page = window.page
    page.go(page.session.steps[len(page.session.steps) // 2])
    out = tmp_path / "what-if.wargame"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, page.branch_button)
    dialog = window.dialog
    assert isinstance(dialog, BranchDialog)
    seoul = dialog.players["seoul"]
    seoul.setCurrentIndex(seoul.findData(True))
    assert not ok_button(dialog).isEnabled()  # Seoul never had a PIN: it needs one
    assert "Seoul" in dialog.problem.text()
    qtbot.keyClicks(dialog.pins["seoul"], "2468")
    moscow = dialog.players["moscow"]
    moscow.setCurrentIndex(moscow.findData(False))
    assert not dialog.pins["moscow"].isEnabled()
    click(qtbot, ok_button(dialog))
    assert window.controller.path == out
    seats = window.controller.state.seats
    assert seats["seoul"].human and not seats["moscow"].human
    sign_in(qtbot, window, "seoul", "2468")
    assert window.page.actor == "seoul"


def test_a_seat_proposes_a_free_action_and_the_facilitator_judges_it_before_the_roll(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)  # deliberation opens; bots move
    sign_in(qtbot, window, "seoul", "1234")
    editor = window.page.move_editor
    qtbot.keyClicks(editor.free_title, "Quiet talks in Singapore")
    editor.free_target.setCurrentIndex(editor.free_target.findData("pyongyang"))
    qtbot.keyClicks(editor.free_argument, "Both sides used the channel before")
    click(qtbot, editor.submit_button)
    assert "still to judge" in editor.free_status.text()
    sign_out(qtbot, window)
    click(qtbot, window.page.facilitator_button)
    page = console(window)
    bar = page.phase_bar
    assert not bar.next_button.isEnabled() and not bar.force_button.isVisible()
    assert "First judge the free actions proposed by: Seoul" in bar.reason.text()
    page.world_tabs.setCurrentWidget(page.adjudication)
    click(qtbot, page.adjudication.judge_button)
    dialog = page.dialog
    assert isinstance(dialog, FreeActionDialog)
    assert dialog.argument.toPlainText() == "Both sides used the channel before"
    dialog.base.setValue(40)
    factor = dialog.add_factor()
    qtbot.waitUntil(factor.name.isVisible)
    qtbot.keyClicks(factor.name, "Channel used before")
    factor.value.setValue(10)
    assert "Odds of success: 50%" in dialog.odds.text()
    dialog.covert.setChecked(True)
    assert dialog.accept_it.isChecked()
    dialog.knowing["washington"].setChecked(True)
    relation = dialog.on_success.add_relation("self", "target")
    relation.amount.setValue(20)
    assert not ok_button(dialog).isEnabled()  # a judgement needs its reason
    qtbot.keyClicks(dialog.reason, "Plausible")
    click(qtbot, ok_button(dialog))
    assert bar.next_button.isEnabled()
    click(qtbot, bar.next_button)  # adjudicate
    (free,) = [a for a in window.controller.state.adjudications if a.free]
    assert (free.action, free.probability) == ("free-1", 0.5)
    assert free.audience == frozenset({"seoul", "washington"})
    assert free.free is not None and free.free.on_success.relations[0].change == 20
    labels = page.adjudication._model.rows
    assert any(r["action_name"] == "Quiet talks in Singapore" for r in labels)


def test_replay_seen_as_a_seat_shows_a_covert_free_action_only_to_its_audience(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "free.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=21)
    with game_file:
        game.advance()
        talks = ProposedAction(title="Quiet talks", target="pyongyang", argument="FREE-ARG-77")
        game.submit_move("seoul", [], "", [talks])
        submit_bot_moves(game, [a for a in game.scenario.actor_ids if a != "seoul"])
        covert = Judgement(accepted=True, reason="Plausible", base=0.5, audience=["washington"])
        game.judge_free_action("seoul", 0, covert)
        game.advance()
        game.advance()
    window.open_replay_path(path)
    page = window.page
    for seat, sees in (("washington", True), ("moscow", False), ("seoul", True)):
        page.set_seat(seat)
        text = all_text(page)
        assert ("Quiet talks" in text) is sees, seat
        assert "FREE-ARG-77" not in text or seat == "seoul", seat
