"""A laptop in a room: every screen works at 1024×700 — nothing needed off-screen, seat names and
inject titles readable — which is also a 2048×1400 screen at 200% scaling."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import console, play_to_the_end, sign_in, start_game
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea

from ui.main_window import MainWindow
from wargame.state import Phase

SMALL = (1024, 700)


def _fits(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (
        getattr(window.page, "mode", ""),
        hint,
    )


def _whole_inside(widget, window) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible(), widget
    top_left = widget.mapTo(window, widget.rect().topLeft())
    assert window.rect().contains(QRect(top_left, widget.size())), (widget, top_left)


@pytest.mark.parametrize("phase", list(Phase))
def test_the_console_fits_a_small_laptop_in_every_phase(
    qtbot, window, tmp_path: Path, phase: Phase
) -> None:
    window.resize(*SMALL)  # the laptop's screen: the console is laid out for it when it opens
    start_game(qtbot, window, tmp_path, {}, review_step=True)  # every phase there is
    if phase is Phase.ENDED:
        play_to_the_end(window)
    else:
        for _ in range(list(Phase).index(phase)):
            window.action_by_id["game.next"].trigger()  # the bots move at once
    assert window.controller.state.phase is phase
    _fits(window)
    desk = console(window)
    for widget in (desk.phase_bar.next_button, desk.seats_dock, desk.ladder_dock, desk.msel_dock):
        _whole_inside(widget, window)
    metrics = desk.seats.fontMetrics()
    seat_column = desk.seats.findChild(type(desk.msel.table)).columnWidth(0)
    assert seat_column >= metrics.horizontalAdvance("Washington"), "seat names read whole"
    assert desk.msel.table.columnWidth(1) >= metrics.horizontalAdvance("An armistice, not"), (
        "inject titles keep a readable width"
    )


def test_seats_and_the_pass_screen_fit_a_small_laptop(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    window.resize(*SMALL)
    window.action_by_id["view.seat"].trigger()
    _fits(window)
    sign_in(qtbot, window, "seoul", "1234")
    _fits(window)
    _whole_inside(window.page.sign_out_button, window)
    _whole_inside(window.page.move_editor.submit_button, window)


def test_replay_and_the_projector_fit_a_small_laptop(qtbot, window, tmp_path: Path) -> None:
    path = start_game(qtbot, window, tmp_path, {})
    window.toggle_projector()
    projector = window.projector
    hint = projector.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    window.controller.close()
    window.open_replay_path(path)
    window.resize(*SMALL)
    _fits(window)
    _whole_inside(window.page.timeline, window)
    _whole_inside(window.page.branch_button, window)


@pytest.mark.parametrize("away", ["view.seat", "view.language.ko"])
def test_the_console_keeps_its_docks_wide_when_the_facilitator_comes_back(
    qtbot, window, tmp_path: Path, away: str
) -> None:
    window.resize(1366, 768)
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    msel = lambda: console(window).msel_dock.width()  # noqa: E731
    before = msel()
    assert before >= 0.3 * window.width(), "the console opens with a wide MSEL"
    window.action_by_id[away].trigger()
    window.action_by_id["view.facilitator"].trigger()
    assert abs(msel() - before) <= 8, "the MSEL keeps its width"


def test_the_whole_account_of_an_adjudication_can_be_read_on_a_small_laptop(
    qtbot, window, tmp_path: Path
) -> None:
    window.resize(*SMALL)
    start_game(qtbot, window, tmp_path, {})
    controller = window.controller
    controller.advance()  # the bots move at once
    controller.rate_argument("seoul", "strong", "A reason long enough to wrap. " * 12)
    controller.advance(force=True)
    desk = console(window)
    adjudication = controller.state.adjudications[0]
    controller.override(adjudication.id, not adjudication.success, "The room disagreed. " * 12)
    desk.adjudication.select(adjudication.id)
    detail = desk.adjudication.detail
    scroll = detail.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)

    def read_whole() -> None:  # once the scroll area has laid out the new account
        assert detail.height() >= detail.heightForWidth(detail.width()), "no line cut off"
        assert scroll.verticalScrollBar().maximum() > 0, "the account scrolls"

    qtbot.waitUntil(read_whole, timeout=60_000)
