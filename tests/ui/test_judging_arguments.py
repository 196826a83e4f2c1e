"""The facilitator judges a seat's argument from the console before the roll, by clicking the
real widgets, and sees the judgement among the modifiers of each of the seat's actions."""

from __future__ import annotations

import re
from pathlib import Path

from driving import all_text, click, console, displayed, ok_button, play_seat, start_game
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.argument import ArgumentDialog
from ui.dialogs.odds import OddsHelp
from ui.views.seat_view import PassScreen
from wargame.odds import how_odds_are_made
from wargame.state import ArgumentRating, Phase

MARKUP = "<b>Bold</b> claim"


def _deliberate_with_seoul(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Deliberation open, Seoul (a human) and the bots moved, back at the console."""
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    play_seat(qtbot, window, "seoul", "1234", [("act_1", None), ("act_2", None)], MARKUP)
    assert isinstance(window.page, PassScreen)
    click(qtbot, window.page.facilitator_button)


def _open_rating(qtbot, window) -> ArgumentDialog:  # type: ignore[no-untyped-def]
    desk = console(window)
    desk.world_tabs.setCurrentWidget(desk.arguments)
    desk.arguments.moves.select("seoul")
    click(qtbot, desk.arguments.rate_button)
    assert isinstance(desk.dialog, ArgumentDialog)
    return desk.dialog


def test_a_strong_argument_rated_in_the_console_is_a_modifier_in_adjudication(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _deliberate_with_seoul(qtbot, window, tmp_path)
    dialog = _open_rating(qtbot, window)
    assert dialog.argument.toPlainText() == MARKUP  # shown as written
    assert "seoul action 1; seoul action 2" in all_text(dialog)
    assert not ok_button(dialog).isEnabled()
    click(qtbot, dialog.strong)
    assert not ok_button(dialog).isEnabled(), "a judgement needs a reason"
    qtbot.keyClicks(dialog.reason, "Cites the <i>2018</i> precedent")
    click(qtbot, ok_button(dialog))

    controller = window.controller
    rating = ArgumentRating("strong", 0.1, "Cites the <i>2018</i> precedent")
    assert controller.state.moves["seoul"].rating == rating
    desk = console(window)
    assert "Strong (+10%)" in all_text(desk.arguments)

    click(qtbot, desk.phase_bar.next_button)  # adjudicate
    assert controller.state.phase is Phase.ADJUDICATION
    panel = desk.adjudication
    seoul = [a for a in controller.state.adjudications if a.actor == "seoul"]
    assert len(seoul) == 2 and all(a.argument_rating == rating for a in seoul)
    assert "Strong (+10%)" in all_text(panel.table) and "not rated" in all_text(panel.table)
    named = "Argument judged strong: Cites the <i>2018</i> precedent"
    for adjudication in seoul:
        panel.select(adjudication.id)
        shown = displayed(panel.detail.text(), Qt.TextFormat.RichText)
        assert f"{named}+10%" in shown.replace("\n", "")
        assert "The facilitator judged the argument" in shown and MARKUP in shown


def test_a_stated_change_is_set_with_the_spin_box_and_can_be_cleared(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _deliberate_with_seoul(qtbot, window, tmp_path)
    dialog = _open_rating(qtbot, window)
    click(qtbot, dialog.stated)
    qtbot.keyClicks(dialog.reason, "Plausible but costly")
    assert not ok_button(dialog).isEnabled(), "a stated change of 0 changes nothing"
    dialog.change.setValue(-15)
    assert dialog.change.maximum() == 30 and dialog.change.minimum() == -30
    click(qtbot, ok_button(dialog))
    assert window.controller.state.moves["seoul"].rating == ArgumentRating(
        "stated", -0.15, "Plausible but costly"
    )

    dialog = _open_rating(qtbot, window)
    assert dialog.stated.isChecked() and dialog.change.value() == -15
    click(qtbot, dialog.none)
    click(qtbot, ok_button(dialog))
    assert window.controller.state.moves["seoul"].rating is None


def test_the_arguments_are_listed_in_seat_order(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _deliberate_with_seoul(qtbot, window, tmp_path)
    listed = [seat for seat, _ in console(window).arguments.moves._model.rows]
    scenario = window.controller.scenario
    assert listed == [a for a in scenario.actor_ids if a in window.controller.state.moves]
    assert listed != sorted(listed), "the test scenario's seats are not in alphabetical order"


def test_the_undo_action_takes_a_rating_back_and_says_whose(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _deliberate_with_seoul(qtbot, window, tmp_path)
    dialog = _open_rating(qtbot, window)
    click(qtbot, dialog.weak)
    qtbot.keyClicks(dialog.reason, "No evidence")
    click(qtbot, ok_button(dialog))
    undo = window.action_by_id["game.undo"]
    assert undo.isEnabled()
    assert displayed(undo.toolTip()) == "Undo: rating of Seoul's argument"
    undo.trigger()
    assert window.controller.state.moves["seoul"].rating is None
    assert "Weak" not in all_text(console(window).arguments)
    assert not undo.isEnabled()


def test_the_menu_rates_only_while_there_is_an_argument_to_rate(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    rate = window.action_by_id["game.rate_argument"]
    assert not rate.isEnabled()  # briefing
    click(qtbot, console(window).phase_bar.next_button)  # the bots move at once
    assert rate.isEnabled()
    rate.trigger()
    desk = console(window)
    assert desk.world_tabs.currentWidget() is desk.arguments
    assert isinstance(desk.dialog, ArgumentDialog)
    desk.dialog.reject()
    window.controller.advance(force=True)
    assert not rate.isEnabled()


def test_a_refused_rating_is_a_message_not_a_crash(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    assert not window.controller.rate_argument("seoul", "strong", "good")
    assert isinstance(window.dialog, QMessageBox)
    assert "only during deliberation" in window.dialog.text()


def test_how_odds_are_made_opens_from_the_adjudication_panel_as_plain_text(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, {})
    panel = console(window).adjudication
    console(window).world_tabs.setCurrentWidget(panel)
    click(qtbot, panel.odds_button)
    assert isinstance(panel.odds_help, OddsHelp)
    assert panel.odds_help.text.toPlainText() == how_odds_are_made("en")
    assert not panel.odds_help.isModal(), "read beside the modifiers, row after row"
    shown = panel.odds_help
    click(qtbot, panel.odds_button)
    assert panel.odds_help is shown, "one account, not a pile of them"
    panel.odds_help.reject()


def test_bots_argue_in_the_language_of_the_interface(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.action_by_id["view.language.ko"].trigger()
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)  # the bots move at once
    argument = window.controller.state.moves["pyongyang"].argument
    assert re.search(r"[\uac00-\ud7a3]", argument), argument


def test_an_argued_move_not_yet_judged_says_so(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _deliberate_with_seoul(qtbot, window, tmp_path)
    assert "not rated" in all_text(console(window).arguments)
