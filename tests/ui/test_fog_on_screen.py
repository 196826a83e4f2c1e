"""What a signed-in seat's screen holds: nothing of another seat's private injects or moves, and
of the MSEL only each inject's basis, never the facilitator's notes."""

from __future__ import annotations

from pathlib import Path

from driving import all_text, click, console, play_seat, sign_in, sign_out, start_game, submit_move
from helpers import FACILITATOR_ONLY
from PySide6.QtCore import Qt

from ui.views.projector import ProjectorWindow
from ui.views.seat_view import SeatScreen
from wargame.fog import PUBLIC

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
