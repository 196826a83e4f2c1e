"""The review step and the room's odds on the laptop, by clicking the real widgets: a seat gives
its odds while it moves, the review shows it the other seats' public actions (never a covert
one) for one counter-argument, the facilitator reads them when rating and gives odds too, and
the hot wash scores everyone's odds at the end."""

from __future__ import annotations

from pathlib import Path

from driving import (
    all_text,
    click,
    console,
    play_to_the_end,
    sign_in,
    sign_out,
    start_game,
    submit_move,
)
from PySide6.QtWidgets import QMessageBox
from test_calibration import _estimated_game

from ui.dialogs.argument import ArgumentDialog
from ui.views.replay_page import ReplayPage
from ui.views.room_odds import RoomOddsPanel
from ui.views.seat_view import PassScreen, SeatScreen
from wargame.state import Phase
from wargame.viewers import FACILITATOR

PINS = {"seoul": "1234", "moscow": "9876"}


def _odds(qtbot, panel: RoomOddsPanel, row: int, percent: int) -> None:  # type: ignore[no-untyped-def]
    panel.table.selectRow(row)
    panel.odds.setValue(percent)
    click(qtbot, panel.give_button)


def _rows(panel: RoomOddsPanel) -> list[str]:
    model = panel.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _seat(window) -> SeatScreen:  # type: ignore[no-untyped-def]
    assert isinstance(window.page, SeatScreen)
    window.page.world_tabs.setCurrentWidget(window.page.room_odds)
    return window.page


def test_odds_and_counter_arguments_from_the_seats_reach_the_facilitator_and_the_hot_wash(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    start_game(qtbot, window, tmp_path, PINS, review_step=True)
    controller = window.controller
    assert controller.state.review_step
    click(qtbot, console(window).phase_bar.next_button)  # deliberation

    sign_in(qtbot, window, "seoul", "1234")
    submit_move(qtbot, window, [("act_1", None), ("act_2", None)], "We lead.")
    seoul = _seat(window)
    assert _rows(seoul.room_odds) == ["Seoul: seoul action 1", "Seoul: seoul action 2"]
    assert not seoul.room_odds.review_box.isVisible()  # no review during deliberation
    _odds(qtbot, seoul.room_odds, 0, 70)
    assert controller.state.estimates == {("seoul", "seoul", "act_1", None): 0.7}
    sign_out(qtbot, window)
    sign_in(qtbot, window, "moscow", "9876")
    submit_move(qtbot, window, [("act_1", None)], "We watch.")
    assert _rows(_seat(window).room_odds) == ["Moscow: moscow action 1"]  # its own only
    sign_out(qtbot, window)
    assert isinstance(window.page, PassScreen)
    click(qtbot, window.page.facilitator_button)

    desk = console(window)
    assert desk.phase_bar.next_button.text() == "Open the review"
    click(qtbot, desk.phase_bar.next_button)
    assert controller.state.phase is Phase.REVIEW

    sign_in(qtbot, window, "moscow", "9876")
    moscow = _seat(window)
    assert moscow.room_odds.review_box.isVisible()
    shown = all_text(moscow)
    assert "seoul action 1" in shown and "seoul action 2" not in shown  # covert: kept from it
    rows = _rows(moscow.room_odds)
    assert rows[0] == "Moscow: moscow action 1" and "Seoul: seoul action 1" in rows
    assert "Seoul 70%" not in shown  # Seoul's odds are Seoul's business
    against = moscow.room_odds.against
    against.setCurrentIndex(against.findText("Seoul: seoul action 1"))
    qtbot.keyClicks(moscow.room_odds.counter_text, "Seoul cannot <b>sustain</b> it.")
    click(qtbot, moscow.room_odds.counter_button)
    _odds(qtbot, moscow.room_odds, rows.index("Seoul: seoul action 1"), 30)
    assert [c.text for c in controller.state.counter_arguments.values()] == [
        "Seoul cannot <b>sustain</b> it."
    ]
    sign_out(qtbot, window)
    click(qtbot, window.page.facilitator_button)

    desk = console(window)
    desk.world_tabs.setCurrentWidget(desk.arguments)
    assert "1 counter-argument(s)" in all_text(desk.arguments)
    desk.arguments.moves.select("seoul")
    click(qtbot, desk.arguments.rate_button)
    dialog = desk.dialog
    assert isinstance(dialog, ArgumentDialog)
    assert "Seoul cannot <b>sustain</b> it." in dialog.counter_arguments.toPlainText()
    dialog.reject()

    desk.world_tabs.setCurrentWidget(desk.room_odds)
    odds = all_text(desk.room_odds)
    assert "Seoul 70%" in odds and "Moscow 30%" in odds  # the seats' odds, for the facilitator
    _odds(qtbot, desk.room_odds, 0, 45)
    assert controller.state.estimates[(FACILITATOR, "seoul", "act_1", None)] == 0.45

    click(qtbot, desk.phase_bar.next_button)  # adjudicate
    assert controller.state.phase is Phase.ADJUDICATION
    seoul_public = next(
        a for a in controller.state.adjudications if (a.actor, a.action) == ("seoul", "act_1")
    )
    estimates = dict(seoul_public.estimates)
    assert estimates == {"seoul": 0.7, "moscow": 0.3, FACILITATOR: 0.45}

    window.controller.hand_over("seoul", False, "to finish", None)
    window.controller.hand_over("moscow", False, "to finish", None)
    play_to_the_end(window)
    desk = console(window)
    panel = desk.hot_wash.calibration
    assert panel.isVisible()
    scored = all_text(panel)
    for who in ("Seoul", "Moscow", "Facilitator"):
        assert who in scored
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_replay_shows_the_rooms_odds_as_each_seat_saw_them(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.wargame"
    _estimated_game(path)
    window.open_replay_path(path)
    page = window.page
    assert isinstance(page, ReplayPage)
    session = page.session
    # The end of the first review with a counter-argument: everything said in it is given.
    reviewed = next(
        end
        for end in session.steps
        if session.world(end, FACILITATOR)["review"]["counter_arguments"]
        and session.world(end + 1, FACILITATOR)["phase"] == "adjudication"
    )
    page.go(reviewed)
    page.world_tabs.setCurrentWidget(page.room_odds)
    seen = all_text(page.room_odds)
    assert "Seoul 60%" in seen and "<Moscow's counter & point>" in seen
    page.set_seat("moscow")
    seen = all_text(page.room_odds)
    assert "Seoul 60%" not in seen  # Seoul's odds are its own until the end
    assert "<Moscow's counter & point>" in seen  # Moscow's own words
    page.set_seat("seoul")
    seen = all_text(page.room_odds)
    assert "60%" in seen and "<Moscow's counter & point>" not in seen
