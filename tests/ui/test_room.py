"""Opening seats to the room from the console: the server listens where the facilitator chose,
each human seat gets its link and code, a phone that joins shows on the seat board, and closing
the seats ends every browser's connection while the game goes on at the laptop."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import httpx
from driving import click, console, start_game

from ui.dialogs.room import RoomDialog

WAIT = 60.0


def _join_and_listen(link: str, pin: str, opened: threading.Event, ended: threading.Event):  # type: ignore[no-untyped-def]
    """A phone: joins with the link and PIN, then keeps the seat page's live stream open."""
    url = httpx.URL(link)
    with httpx.Client(base_url=f"{url.scheme}://{url.host}:{url.port}", timeout=WAIT) as phone:
        page = phone.get(url.raw_path.decode()).text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf is not None
        phone.post(url.raw_path.decode(), data={"csrf": csrf.group(1), "pin": pin})
        with phone.stream("GET", "/seat/stream") as stream:
            opened.set()
            for _ in stream.iter_lines():
                pass
    ended.set()


def test_a_phone_joins_a_seat_opened_from_the_console(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234", "moscow": "9876"})
    window.action_by_id["game.open_room"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, RoomDialog)
    assert dialog.address.currentData() == "127.0.0.1", "loopback unless the facilitator asks"
    dialog.port.setValue(0)
    click(qtbot, dialog.open_button)
    room = window.controller.room
    assert room is not None and room.url in dialog.status.text()
    assert set(dialog.cards) == {"seoul", "moscow"}, "a card for each human seat, no bot"
    card = dialog.cards["seoul"]
    assert card.url.startswith(room.url + "/join/seoul/")
    assert not card.code.pixmap().isNull()

    # A phone joining touches only who is connected: the seat board redraws, nothing else.
    redrawn: list[str] = []
    log = console(window).event_log
    drawn = log.set_events
    log.set_events = lambda *args: redrawn.append("log") or drawn(*args)  # type: ignore[method-assign]
    opened, ended = threading.Event(), threading.Event()
    phone = threading.Thread(
        target=_join_and_listen, args=(card.url, "1234", opened, ended), daemon=True
    )
    phone.start()
    assert opened.wait(WAIT)
    qtbot.waitUntil(lambda: "seoul" in window.controller.devices(), timeout=int(WAIT * 1000))
    board = console(window).seats
    model = board.findChild(type(console(window).msel.table)).model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Seoul")
    qtbot.waitUntil(lambda: model.index(row, 2).data() != "—", timeout=int(WAIT * 1000))
    assert redrawn == [], "a change of who is connected leaves the event log alone"

    click(qtbot, dialog.open_button)  # now "Close the seats"
    assert window.controller.room is None
    assert ended.wait(WAIT), "closing the seats ends the phone's connection"
    phone.join(WAIT)
    qtbot.waitUntil(lambda: "seoul" not in window.controller.devices(), timeout=int(WAIT * 1000))
    window.action_by_id["game.next"].trigger()
    assert window.controller.state.phase == "deliberation", "the game goes on at the laptop"


def test_only_the_console_opens_the_seats(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"}, facilitator_pin="2468")
    window.action_by_id["view.seat"].trigger()
    assert not window.action_by_id["game.open_room"].isEnabled()
    window.open_room()  # even asked directly, from the pass screen it does nothing
    assert window.controller.room is None
    assert not isinstance(window.dialog, RoomDialog)
