"""Open seats to the room: the facilitator chooses where the seat server listens, and each human
seat gets its join link and a code to scan, shown here and, one seat at a time, on the projector.

The server, its links and codes are the `web` package's; this dialog only asks and shows.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.controller import GameController
from ui.plain import text_label
from wargame.names import actor_name

DEFAULT_PORT = 8765
"""A fixed port keeps the links the same when the seats are opened again (0 takes any free one)."""
CODE_SIZE = 168


def code_pixmap(url: str, size: int) -> QPixmap:
    """`url`'s QR code drawn at `size` pixels, from the server's SVG."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from web.qr import qr_svg

    renderer = QSvgRenderer(QByteArray(qr_svg(url).encode()))
    # Drawn at its own size, where every module is whole pixels, then enlarged pixel by pixel:
    # drawn straight at another size, the rows of modules part with pale seams.
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(
        image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )


class SeatLinkCard(QWidget):
    """One seat: its name, code and link, with copy and projector buttons."""

    project_requested = Signal(str)

    def __init__(self, seat: str, name: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat, self.url = seat, url
        self.name = text_label(name, self)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.code = QLabel(self)
        self.code.setPixmap(code_pixmap(url, CODE_SIZE))
        self.code.setFixedSize(CODE_SIZE, CODE_SIZE)
        self.link = text_label(url, self)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy link"), self)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url))
        self.project_button = QPushButton(self.tr("Show on the projector"), self)
        self.project_button.clicked.connect(lambda: self.project_requested.emit(self.seat))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.project_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.link)
        text.addLayout(buttons)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(text, 1)


class RoomDialog(QDialog):
    """Where the seat server listens, whether it runs, and each seat's way in."""

    project_requested = Signal(str, str, str)  # seat, its name, its link
    projection_ended = Signal()

    def __init__(
        self, controller: GameController, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from web.server import room_addresses

        self._controller, self._language = controller, language
        self.setWindowTitle(self.tr("Open seats to the room"))
        self.address = QComboBox(self)
        for label, address in room_addresses():
            shown = (
                self.tr("This computer only (%1)").replace("%1", address)
                if address.startswith("127.")
                else f"{label} ({address})"
            )
            self.address.addItem(shown, address)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_or_close)
        self.status = text_label("", self)
        self.status.setWordWrap(True)
        self.cards: dict[str, SeatLinkCard] = {}
        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)  # the cards stand at the top, however few
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        self.hide_projection = QPushButton(self.tr("Take the code off the projector"), self)
        self.hide_projection.clicked.connect(self.projection_ended)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        where = QGridLayout()
        where.addWidget(text_label(self.tr("Listen on"), self), 0, 0)
        where.addWidget(self.address, 0, 1)
        where.addWidget(text_label(self.tr("Port"), self), 0, 2)
        where.addWidget(self.port, 0, 3)
        where.addWidget(self.open_button, 0, 4)
        where.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hide_projection)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.resize(720, 640)
        self.show_room()

    def _open_or_close(self) -> None:
        if self._controller.room is not None:
            self._controller.close_room()
            self.projection_ended.emit()
        else:
            self._controller.open_room(self.address.currentData(), self.port.value())
        self.show_room()

    def show_room(self) -> None:
        """The server's state and, while it runs, every human seat's card."""
        room = self._controller.room
        running = room is not None
        self.open_button.setText(
            self.tr("Close the seats") if running else self.tr("Open the seats")
        )
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        self.hide_projection.setEnabled(running)
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        if room is None:
            self.status.setText(
                self.tr(
                    "Players join their seats from their own phones, tablets or laptops on this "
                    "network. Choose the room's network to let their devices reach this computer; "
                    "no internet is needed."
                )
            )
            return
        # Where it listens, as it listens: "any free port" took one, and a dialog opened
        # again while the seats are open shows the same.
        self.address.setCurrentIndex(max(0, self.address.findData(room.host)))
        self.port.setValue(urlsplit(room.url).port or 0)
        local = str(self.address.currentData()).startswith("127.")
        self.status.setText(
            self.tr("The seats are open at %1.").replace("%1", room.url)
            + " "
            + (
                self.tr("Only this computer can reach them: choose the room's network for phones.")
                if local
                else self.tr("Each team scans its seat's code and gives its PIN.")
            )
        )
        scenario = self._controller.scenario
        for seat in self._controller.human_seats():
            link = self._controller.seat_link(seat)
            if link is None:
                continue
            card = SeatLinkCard(seat, actor_name(scenario, seat, self._language), link, self._list)
            card.project_requested.connect(self._project)
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self.cards[seat] = card

    def _project(self, seat: str) -> None:
        card = self.cards[seat]
        self.project_requested.emit(seat, card.name.text(), card.url)
