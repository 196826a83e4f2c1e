"""The dialog that opens the seats to the room: it says where the server listens as it listens,
and draws each seat's code crisp, every module whole pixels, for a phone's camera."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from helpers import mini_scenario

from ui.controller import GameController
from ui.dialogs.room import RoomDialog, code_pixmap


def test_the_dialog_shows_the_port_the_seats_listen_on(qtbot, tmp_path: Path) -> None:
    controller = GameController()
    assert controller.new_game(tmp_path / "g.wargame", mini_scenario(), 7, {"seoul": "1234"})
    try:
        assert controller.open_room("127.0.0.1", 0)  # any free port
        assert controller.room is not None
        dialog = RoomDialog(controller, "en")
        qtbot.addWidget(dialog)
        assert dialog.port.value() == urlsplit(controller.room.url).port
        assert dialog.address.currentData() == "127.0.0.1"
        assert not dialog.port.isEnabled() and list(dialog.cards) == ["seoul"]
    finally:
        controller.close()


def test_a_seat_code_is_drawn_in_two_colours_without_seams(qtbot) -> None:
    for size in (168, 500):
        image = code_pixmap("http://192.0.2.1:8765/join/seoul/" + "A" * 22, size).toImage()
        assert image.width() <= size and image.width() >= size - 1
        colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
        assert len(colours) == 2, f"{len(colours)} colours at {size} px: the modules have seams"
