"""Evaluating in the console: an exercise objective rated from the hot wash, an observation tied
to it and kept for the record, the participants entered, the Improvement Plan edited before
export (a refused date leaves the table as typed), and the participants' report exported from
the File menu without what is kept for the record."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import all_text, click, console, ok_button, play_to_the_end, start_game
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem

from ui.dialogs.improvement_plan import ImprovementPlanDialog
from ui.dialogs.observation import ObservationDialog
from ui.dialogs.participants import ParticipantsDialog
from wargame.events import ObjectiveRated, ParticipantsRecorded, PlanRowEdited


def test_the_evaluator_rates_observes_names_and_plans_from_the_hot_wash(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    game = start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    desk = console(window)
    assert desk.world_tabs.currentWidget() is desk.hot_wash

    choice = desk.hot_wash.ratings["signals"]
    index = choice.findData("S")
    choice.setCurrentIndex(index)
    choice.activated.emit(index)
    assert window.controller.state.evaluation.ratings == {"signals": "S"}
    assert isinstance(window.controller.log()[-1].event, ObjectiveRated)

    click(qtbot, desk.hot_wash.add_button)
    dialog = desk.dialog
    assert isinstance(dialog, ObservationDialog)
    dialog.text.setPlainText("<kept back> the hotline stayed silent")
    dialog.exercise_objective.setCurrentIndex(dialog.exercise_objective.findData("signals"))
    dialog.private.setChecked(True)
    click(qtbot, ok_button(dialog))
    [kept] = window.controller.state.observations.values()
    assert (kept.exercise_objective, kept.private, kept.kind) == ("signals", True, "improvement")
    click(qtbot, desk.hot_wash.add_button)
    desk.dialog.text.setPlainText("Allies spoke with one voice")
    click(qtbot, ok_button(desk.dialog))

    click(qtbot, desk.hot_wash.participants_button)
    people = desk.dialog
    assert isinstance(people, ParticipantsDialog)
    people.sponsor.setText("Institute for Peace")
    click(qtbot, people.add_button)
    people.people.setItem(0, 1, QTableWidgetItem("Kim Min-ji"))
    people.people.setItem(0, 2, QTableWidgetItem("MOFA"))
    click(qtbot, ok_button(people))
    assert not people.isVisible()
    evaluation = window.controller.state.evaluation
    assert evaluation.sponsor == "Institute for Peace"
    assert [p.name for p in evaluation.players["seoul"]] == ["Kim Min-ji"]
    assert isinstance(window.controller.log()[-1].event, ParticipantsRecorded)

    click(qtbot, desk.hot_wash.plan_button)
    plan = desk.dialog
    assert isinstance(plan, ImprovementPlanDialog)
    assert plan.table.item(0, 2).text() == "<kept back> the hotline stayed silent"
    plan.table.setItem(0, 3, QTableWidgetItem("Drill the hotline"))
    plan.table.setItem(0, 7, QTableWidgetItem("next spring"))
    click(qtbot, ok_button(plan))
    assert isinstance(window.dialog, QMessageBox) and "not a date" in window.dialog.text()
    window.dialog.close()
    assert plan.isVisible() and plan.table.item(0, 3).text() == "Drill the hotline"
    plan.table.setItem(0, 7, QTableWidgetItem("2026-04-01"))
    click(qtbot, plan.add_button)
    last = plan.table.rowCount() - 1
    plan.table.setItem(last, 2, QTableWidgetItem("Brief the new seat leads"))
    click(qtbot, ok_button(plan))
    assert not plan.isVisible()
    edits = [s.event for s in window.controller.log() if isinstance(s.event, PlanRowEdited)]
    assert [e.fields.corrective_action for e in edits][:1] == ["Drill the hotline"]
    assert edits[-1].row == "added/1" and edits[-1].fields.issue == "Brief the new seat leads"
    assert plan.table.item(0, 0).checkState() == Qt.CheckState.Checked

    chosen = "For the participants, web page (*.html)"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-them"), chosen)
    )
    window.action_by_id["file.export_report"].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    page = (tmp_path / "for-them.html").read_text(encoding="utf-8")
    assert "For the participants" in page and "Allies spoke with one voice" in page
    assert "kept back" not in page and "Drill the hotline" not in page
    assert "Brief the new seat leads" in page and "Kim Min-ji" in page
    assert game.exists()


def test_the_evaluator_signs_in_with_their_own_pin_and_may_only_evaluate(
    qtbot, window, tmp_path: Path
) -> None:
    from driving import enter_pin

    from ui.views.evaluation_desk import EvaluatorWindow
    from ui.views.seat_view import PassScreen

    start_game(qtbot, window, tmp_path, {"seoul": "1234"}, facilitator_pin="9999")
    desk = console(window)
    desk.world_tabs.setCurrentWidget(desk.hot_wash)
    click(qtbot, desk.hot_wash.participants_button)
    people = desk.dialog
    assert isinstance(people, ParticipantsDialog)
    qtbot.keyClicks(people.pin, "2468")
    qtbot.keyClicks(people.pin_again, "2460")
    click(qtbot, ok_button(people))
    assert people.isVisible() and "differ" in people.pin_error.text()
    people.pin_again.setText("2468")
    click(qtbot, ok_button(people))
    assert not people.isVisible()
    assert window.controller.state.evaluation.evaluator_pin_hash is not None

    window.action_by_id["view.seat"].trigger()
    screen = window.page
    assert isinstance(screen, PassScreen) and screen.evaluator_button.isVisible()
    click(qtbot, screen.evaluator_button)
    enter_pin(qtbot, window, "2468")
    evaluator = window.dialog
    assert isinstance(evaluator, EvaluatorWindow) and evaluator.isVisible()
    assert window.controller.evaluator is not None and not window.controller.holds_console
    choice = evaluator.hot_wash.ratings["signals"]
    choice.setCurrentIndex(choice.findData("U"))
    choice.activated.emit(choice.currentIndex())
    assert window.controller.state.evaluation.ratings == {"signals": "U"}
    click(qtbot, evaluator.hot_wash.participants_button)
    assert isinstance(evaluator.dialog, ParticipantsDialog)
    assert not evaluator.dialog.pin.isVisibleTo(evaluator.dialog)  # the PIN is not theirs
    evaluator.dialog.reject()
    evaluator.close()
    qtbot.waitUntil(lambda: window.controller.evaluator is None)
    assert isinstance(window.page, PassScreen)


def test_the_participants_and_the_evaluators_pin_can_be_entered_at_setup(
    qtbot, window, tmp_path: Path
) -> None:
    from helpers import mini_scenario_data, write_yaml

    from ui.dialogs.new_game import NewGameDialog

    window.action_by_id["file.new"].trigger()
    setup = window.dialog
    assert isinstance(setup, NewGameDialog)
    assert setup.load_scenario_file(write_yaml(tmp_path / "mini.yaml", mini_scenario_data()))
    click(qtbot, setup.all_bots)
    click(qtbot, setup.participants_button)
    people = setup.participants_dialog
    assert isinstance(people, ParticipantsDialog)
    people.sponsor.setText("Institute for Peace")
    people.scope.setPlainText("One afternoon")
    qtbot.keyClicks(people.pin, "8642")
    qtbot.keyClicks(people.pin_again, "8642")
    click(qtbot, ok_button(people))
    assert not people.isVisible() and setup.isVisible()  # nothing is made before the game
    setup.path_edit.setText(str(tmp_path / "set-up.wargame"))
    click(qtbot, ok_button(setup))
    evaluation = window.controller.state.evaluation
    assert (evaluation.sponsor, evaluation.scope) == ("Institute for Peace", "One afternoon")
    assert evaluation.evaluator_pin_hash is not None
    assert window.controller.session is not None
    assert window.controller.session.sign_in("evaluator", "8642").principal is not None


def test_replay_shows_the_ratings_and_observations_as_they_stood(
    qtbot, window, tmp_path: Path
) -> None:
    from helpers import mini_scenario

    from ui.views.replay_page import ReplayPage
    from wargame.autoplay import play
    from wargame.events import ObservationModel
    from wargame.replay import new_game

    path = tmp_path / "rated.wargame"
    game_file, game = new_game(path, mini_scenario(), 5)
    with game_file:
        play(game, game.scenario.actor_ids)
        game.rate_objective("signals", "M")
        game.record_observation(
            ObservationModel(text="Late to share", kind="improvement", exercise_objective="signals")
        )
    window.open_replay_path(path)
    page = window.page
    assert isinstance(page, ReplayPage)
    choice = page.hot_wash.ratings["signals"]
    assert choice.currentData() == "M" and not choice.isEnabled()
    assert not page.hot_wash.plan_button.isVisibleTo(page.hot_wash)
    shown = all_text(page.hot_wash)
    assert "Late to share" in shown and "Examine how allies read signals" in shown


def test_the_data_for_analysts_exports_from_the_file_menu(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    game = start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    before = game.read_bytes()
    folder = tmp_path / "tables"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.action_by_id["file.export_tables"].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    assert isinstance(window.dialog, QMessageBox) and str(folder) in window.dialog.text()
    assert {p.name for p in folder.iterdir()} >= {"actions.csv", "ratings.csv", "indicators.csv"}
    assert (folder / "actions.csv").read_text(encoding="utf-8").startswith("adjudication,turn,")
    assert game.read_bytes() == before
