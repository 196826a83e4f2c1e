"""What a facilitator in front of a room needs from the screens: plain counts, room for the
docks, an ad hoc inject where it can be seen, a move editor that prevents mistakes early, a
ladder large enough to read and an ending everyone is shown."""

from __future__ import annotations

from pathlib import Path

from driving import (
    all_text,
    click,
    console,
    ok_button,
    play_to_the_end,
    seat_screen,
    sign_in,
    start_game,
)

from ui.views.projector import ProjectorWindow
from wargame.engine import Game
from wargame.scenario_file import load_scenario


def test_the_briefing_counts_due_injects_in_plain_words(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    desk = console(window)
    assert desk.phase_bar.reason.text() == "2 due injects will be released to their audiences."
    desk.msel.select("INJ-2")
    click(qtbot, desk.msel.hold_button)
    assert desk.phase_bar.reason.text() == "One due inject will be released to its audience."


def test_deliberation_leaves_the_docks_their_room_on_a_laptop(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    desk = console(window)
    click(qtbot, desk.phase_bar.next_button)
    assert desk.phase_bar.force_button.isVisible()
    # A 1366-pixel console gives half its width to the docks; the centre must fit in the rest.
    assert desk.centralWidget().minimumSizeHint().width() <= 600


def test_an_ad_hoc_inject_is_selected_among_its_turns_injects(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    desk = console(window)
    click(qtbot, desk.msel.add_button)
    qtbot.keyClicks(desk.dialog.title_edit, "A late report")
    qtbot.keyClicks(desk.dialog.body_edit, "Read it now.")
    click(qtbot, ok_button(desk.dialog))
    chosen = desk.msel.selected()
    assert chosen is not None and chosen.title == "A late report"
    turns = [row.when for row in desk.msel._model.rows]
    assert turns.index("1") < turns.index(chosen.when) + 1 <= turns.index("2")
    assert desk.msel._model.rows[turns.index("2") - 1].id == chosen.id


def test_an_action_chosen_in_one_row_cannot_be_chosen_in_another(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    sign_in(qtbot, window, "seoul", "1234")
    editor = window.page.move_editor
    editor.choose(0, "act_1")
    second = editor.action_boxes[1]
    item = second.model().item(second.findData("act_1"))
    assert not item.isEnabled()
    assert second.model().item(second.findData("act_2")).isEnabled()
    editor.choose(0, "act_2")
    assert item.isEnabled()


def test_a_closed_move_shows_its_targets_but_offers_no_change(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    sign_in(qtbot, window, "seoul", "1234")
    editor = window.page.move_editor
    editor.choose(0, "act_0", "pyongyang")
    click(qtbot, editor.submit_button)
    click(qtbot, window.page.sign_out_button)
    click(qtbot, window.page.facilitator_button)
    window.action_by_id["game.next"].trigger()
    assert window.controller.state.phase == "adjudication"
    controller = window.controller
    seat = seat_screen(qtbot, controller.state, "seoul")
    targets = seat.move_editor.target_boxes[0]
    assert targets.currentData() == "pyongyang"
    assert not targets.isEnabled()


def test_the_ending_is_shown_to_the_facilitator_the_room_and_every_seat(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    controller = window.controller
    ending = next(e for e in controller.scenario.endings if e.id == controller.state.ending)
    assert ending.description in console(window).phase_bar.reason.text()

    projector = ProjectorWindow(controller.clock)
    qtbot.addWidget(projector)
    projector.set_world(controller.world(seat="public"), controller.scenario, "en")
    assert projector.ending.isVisibleTo(projector)
    assert ending.name in projector.ending.text()

    seat = seat_screen(qtbot, controller.state, "seoul")
    assert ending.description in seat.move_editor.status.text()


def test_the_ladder_has_room_to_be_read_on_a_seat_and_on_the_projector(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {})
    controller = window.controller
    seat = seat_screen(qtbot, controller.state, "seoul")
    seat.resize(1366, 740)
    seat.show()
    qtbot.waitExposed(seat)
    side = seat.ladders.parentWidget()
    assert seat.ladder.height() >= side.height() * 0.4

    projector = ProjectorWindow(controller.clock)
    qtbot.addWidget(projector)
    projector.resize(1280, 800)
    projector.show()
    qtbot.waitExposed(projector)
    assert projector.ladder.height() > projector.injects.height()


def test_a_korean_seat_reads_its_actions_described_in_korean(qtbot) -> None:
    korea = load_scenario("korea-2025")
    seat = seat_screen(qtbot, Game.new(korea, seed=1).state, "washington", "ko")
    editor = seat.move_editor
    editor.choose(0, "dmz_visit", "seoul")
    visit = korea.action("washington", "dmz_visit")
    shown = all_text(editor)
    assert visit.description_ko and visit.description_ko in shown
    assert visit.description not in shown
    assert visit.name_ko in shown
