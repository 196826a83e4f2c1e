"""What a signed-in seat's screen holds: nothing of another seat's private injects or moves, of
the MSEL only each inject's basis, never the facilitator's notes, of an override's reason only
what the facilitator chose to show, and of the odds only what the seat could know."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from driving import (
    all_text,
    click,
    console,
    ok_button,
    play_seat,
    sign_in,
    sign_out,
    start_game,
    submit_move,
)
from helpers import FACILITATOR_ONLY
from PySide6.QtCore import QPoint, Qt

from ui.dialogs.override import OverrideDialog
from ui.models.table_model import TableModel
from ui.views.adjudication_panel import AdjudicationPanel
from ui.views.projector import ProjectorWindow
from ui.views.results import ResultsView
from ui.views.seat_view import SeatScreen
from wargame.adjudication import shown_roll
from wargame.autoplay import submit_bot_moves
from wargame.engine import Game
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.scenario_file import load_scenario

SEOUL_SECRETS = ("Secret for Seoul", "Only Seoul sees this.", "SEOUL-ARGUMENT-7731")


def test_a_seat_screen_never_holds_another_seats_private_inject_or_move(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {"seoul": "1234", "moscow": "9876"})
    click(qtbot, console(window).phase_bar.next_button)  # INJ-2 goes to Seoul alone
    # act_0 is Seoul's private action: its audience is Seoul alone.
    play_seat(qtbot, window, "seoul", "1234", [("act_0", "pyongyang")], SEOUL_SECRETS[2])

    sign_in(qtbot, window, "moscow", "9876")
    assert isinstance(window.page, SeatScreen)
    seen = all_text(window)
    assert "Public one" in seen  # the public inject is there, so the collection works
    for secret in SEOUL_SECRETS:
        assert secret not in seen
    assert "seoul action 0" not in seen

    # After the outcome is published, Seoul's private action stays Seoul's.
    submit_move(qtbot, window, [("act_1", None)], "Moscow's view.")
    sign_out(qtbot, window)
    click(qtbot, window.page.facilitator_button)
    window.action_by_id["game.next"].trigger()
    window.action_by_id["game.next"].trigger()
    assert window.controller.state.phase == "outcome"
    sign_in(qtbot, window, "moscow", "9876")
    seen = all_text(window)
    for secret in SEOUL_SECRETS:
        assert secret not in seen
    assert "seoul action 0" not in seen


def test_the_pass_screen_shows_no_seat_anything_private(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234", "moscow": "9876"})
    click(qtbot, console(window).phase_bar.next_button)
    play_seat(qtbot, window, "seoul", "1234", [("act_0", "pyongyang")], SEOUL_SECRETS[2])
    seen = all_text(window)
    for secret in SEOUL_SECRETS:
        assert secret not in seen


def test_the_basis_badge_is_on_the_seats_inject_card_and_the_notes_are_not(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)  # INJ-1 (reported), INJ-2 (analysis)
    sign_in(qtbot, window, "seoul", "1234")
    card = window.page.injects.browser.toPlainText()
    assert "Basis: Reported" in card and "Basis: Analysis" in card
    assert FACILITATOR_ONLY not in all_text(window)


def test_the_projector_shows_the_basis_badge_and_no_notes(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    controller = window.controller
    projector = ProjectorWindow(controller.clock)
    qtbot.addWidget(projector)
    projector.set_world(controller.world(seat=PUBLIC), controller.scenario, "en")
    assert "Basis: Reported" in projector.injects.browser.toPlainText()
    assert FACILITATOR_ONLY not in all_text(projector)


def test_the_msel_shows_the_selected_injects_basis_and_guidance_to_the_facilitator(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    msel = console(window).msel
    msel.select("INJ-3")
    assert msel.basis.isVisibleTo(msel) and msel.basis.text() == "Basis: Projection"
    guidance = msel.notes.toPlainText()
    mark = f"{FACILITATOR_ONLY}-INJ-3"
    assert guidance.startswith(f"{mark}: notes\n\nExpected player actions\n• {mark}: expected")
    assert f"Discussion questions\n• {mark}: question" in guidance
    assert guidance.endswith("Exercise objectives\n• Examine how allies read signals")
    assert msel.basis.textFormat() == Qt.TextFormat.PlainText
    number = [r.id for r in msel._model.rows].index("INJ-4")
    tooltip = msel._model.data(msel._model.index(number, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Basis: Exercise device" in tooltip and "Estimated date." in tooltip


def test_an_ad_hoc_inject_wears_its_badge_and_its_title_in_the_hot_wash(
    qtbot, window, tmp_path: Path
):
    from ui.dialogs.observation import ObservationDialog

    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    assert window.controller.add_inject("A ferry goes missing", "Nobody claims it.", None)
    click(qtbot, console(window).phase_bar.next_button)  # released with the due ones
    sign_in(qtbot, window, "seoul", "1234")
    card = window.page.injects.browser.toPlainText()
    assert "A ferry goes missing" in card and "Basis: Exercise device" in card
    sign_out(qtbot, window)
    click(qtbot, window.page.facilitator_button)
    window.action_by_id["game.hot_wash"].trigger()
    dialog = console(window).dialog
    assert isinstance(dialog, ObservationDialog)
    items = [dialog.inject.itemText(i) for i in range(dialog.inject.count())]
    assert "ADHOC-1 A ferry goes missing" in items


REASON = "Pyongyang's covert move decided it"


@pytest.mark.parametrize("shown", [False, True], ids=["for the record", "shown"])
def test_an_override_reason_reaches_a_seats_screen_only_when_the_facilitator_shows_it(
    qtbot, window, tmp_path: Path, shown: bool
):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)  # deliberation
    play_seat(qtbot, window, "seoul", "1234", [("act_1", None)], "Seoul's case.")
    click(qtbot, window.page.facilitator_button)
    desk = console(window)
    click(qtbot, desk.phase_bar.next_button)  # adjudicate
    seoul = next(a for a in window.controller.state.adjudications if a.actor == "seoul")
    desk.adjudication.select(seoul.id)
    click(qtbot, desk.adjudication.override_button)
    dialog = desk.dialog
    assert isinstance(dialog, OverrideDialog)
    assert dialog.shown.text() == "Show this reason to the seats"
    assert not dialog.shown.isChecked(), "a reason is for the record unless chosen"
    dialog.reason.setPlainText(REASON)
    if shown:  # on its box: the check box spans the dialog, its words only the start
        box = dialog.shown
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.shown.isChecked() is shown
    click(qtbot, ok_button(dialog))
    assert window.controller.state.adjudications[0].override_reason_shown is shown
    desk.adjudication.select(seoul.id)
    account = desk.adjudication.detail.text()
    assert REASON in account.replace("&#x27;", "'")
    assert ("shown to the seats" in account) is shown
    assert ("for the record only" in account) is not shown
    click(qtbot, desk.phase_bar.next_button)  # publish
    sign_in(qtbot, window, "seoul", "1234")
    assert (REASON in all_text(window)) is shown


def _column(model: TableModel, header: str) -> list[str]:
    number = next(
        n for n in range(model.columnCount()) if model.headerData(n, Qt.Horizontal) == header
    )
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_the_console_and_a_seat_show_the_odds_their_account_adds_up_to(qtbot) -> None:
    """korea-2025's first turn, seed 10: the console's probability and roll are those the
    rationale compares; a seat's probability is the one its own account arrives at."""
    scenario = load_scenario()
    game = Game.new(scenario, seed=10)
    game.advance()
    submit_bot_moves(game, scenario.actor_ids)
    game.advance(force=True)
    game.advance()  # publish
    panel = AdjudicationPanel()
    qtbot.addWidget(panel)
    panel.set_world(view(game.state, FACILITATOR), scenario, "en")
    model = panel._model
    rows = model.rows
    for result, probability, roll in zip(
        rows, _column(model, "Probability"), _column(model, "Roll"), strict=True
    ):
        told = re.search(r"→ (\d+%)\. Roll (\d\.\d\d) ([<≥]) ", result["rationale"])
        assert told, result["rationale"]
        assert (probability, roll) == told.group(1, 2)
        assert (float(roll) < int(probability[:-1]) / 100) == result["proposed"]

    for seat in (*scenario.actor_ids, PUBLIC):
        results = ResultsView()
        qtbot.addWidget(results)
        shown = view(game.state, seat)
        results.set_world(shown, scenario, "en")
        probabilities = _column(results._model, "Probability")
        accounts = [r["rationale"] for r in results._model.rows]
        assert len(probabilities) == len(shown["results"]) > 0
        for probability, account in zip(probabilities, accounts, strict=True):
            assert f"→ {probability} as far as you may know" in account
        panel.set_world(shown, scenario, "en")
        assert set(_column(model, "Roll")) == {""}, "a seat and the room see no roll"


def test_a_seat_reads_the_account_of_its_own_action_as_far_as_it_may_know(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    play_seat(qtbot, window, "seoul", "1234", [("act_1", None)], "SEOUL-CASE-31")
    click(qtbot, window.page.facilitator_button)
    window.action_by_id["game.next"].trigger()  # adjudicate
    window.action_by_id["game.next"].trigger()  # publish
    sign_in(qtbot, window, "seoul", "1234")
    results = window.page.results
    chosen = results._selected()
    assert chosen is not None and chosen["actor"] == "seoul", "its own action, selected at once"
    account = results.account.text.text()
    assert "Base probability" in account and "Rationale" in account
    assert "SEOUL-CASE-31" in account, "its own argument, beside its odds"
    full = next(r for r in window.controller.world()["results"] if r["id"] == chosen["id"])
    roll = shown_roll(full["roll"], full["probability"])
    assert f"roll {roll}" not in account and f"<b>{roll}</b>" not in account, (
        "no roll: it was compared with odds the seat may not know"
    )
