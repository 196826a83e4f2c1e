"""The white cell's hands on screen: an ad hoc inject that moves the world, written in the
console's dialog and seen on a seat's screen with its basis."""

from __future__ import annotations

from pathlib import Path

from driving import click, console, ok_button, sign_in, start_game

from ui.dialogs.inject_editor import InjectEditor


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
