"""Driving the app as a facilitator and players would: clicks on the real widgets."""

from __future__ import annotations

from pathlib import Path

from helpers import mini_scenario_data, steps_until, write_yaml
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ui.dialogs.new_game import NewGameDialog
from ui.dialogs.sign_in import SignInDialog
from ui.main_window import MainWindow
from ui.views.facilitator_console import FacilitatorConsole
from ui.views.seat_view import PassScreen, SeatScreen
from wargame.chronicle import Chronicle
from wargame.seat_view import seat_scenario, seat_view
from wargame.state import WorldState

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def seat_screen(
    qtbot, state: WorldState, actor: str, language: str = "en", chronicle: Chronicle = ()
) -> SeatScreen:  # type: ignore[no-untyped-def]
    """A seat's screen as the app builds it, from the seat's view, showing `state`."""
    view = seat_view(state, actor, language, chronicle)
    screen = SeatScreen(view, seat_scenario(state.scenario, actor), language)
    qtbot.addWidget(screen)
    screen.set_world(view, screen.scenario, language)
    return screen


def ok_button(dialog: QWidget) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def start_game(
    qtbot,
    window: MainWindow,
    folder: Path,
    pins: dict[str, str],
    minutes: int | None = None,
    facilitator_pin: str | None = None,
    review_step: bool = False,
) -> Path:  # type: ignore[no-untyped-def]
    """New game through the dialog, on the test scenario (opened as a file); `pins` are the
    human seats, every other seat is a bot; a `facilitator_pin` guards the console."""
    window.action_by_id["file.new"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewGameDialog)
    assert dialog.load_scenario_file(write_yaml(folder / "mini.yaml", mini_scenario_data()))
    for actor, row in dialog.seat_rows.items():
        row.player.setCurrentIndex(row.player.findData(actor in pins))
        if actor in pins:
            qtbot.keyClicks(row.pin, pins[actor])
            qtbot.keyClicks(row.again, pins[actor])
    if minutes:
        dialog.timer_on.setChecked(True)
        dialog.minutes.setValue(minutes)
    if review_step:
        click(qtbot, dialog.review_step)
    if facilitator_pin:
        qtbot.keyClicks(dialog.facilitator_pin, facilitator_pin)
        qtbot.keyClicks(dialog.facilitator_again, facilitator_pin)
    path = folder / "exercise.wargame"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    assert dialog.problems() == []
    click(qtbot, ok_button(dialog))
    assert isinstance(window.page, FacilitatorConsole)
    return path


def play_to_the_end(window: MainWindow) -> None:
    """Press Next step, as the facilitator of a game of bots does, until the exercise ends."""
    next_step = window.action_by_id["game.next"]
    for _ in steps_until(lambda: not next_step.isEnabled(), window.controller.scenario):
        next_step.trigger()
    assert window.controller.state.ended


def console(window: MainWindow) -> FacilitatorConsole:
    assert isinstance(window.page, FacilitatorConsole)
    return window.page


def sign_in(qtbot, window: MainWindow, actor: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    if not isinstance(window.page, PassScreen):
        window.action_by_id["view.seat"].trigger()
    assert isinstance(window.page, PassScreen)
    click(qtbot, window.page.seat_buttons[actor])
    enter_pin(qtbot, window, pin)


def enter_pin(qtbot, window: MainWindow, pin: str) -> None:  # type: ignore[no-untyped-def]
    """Type `pin` into the sign-in dialog that is open and press OK."""
    dialog = window.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, pin)
    click(qtbot, ok_button(dialog))


def submit_move(
    qtbot, window: MainWindow, choices: list[tuple[str, str | None]], argument: str
) -> None:  # type: ignore[no-untyped-def]
    seat = window.page
    assert isinstance(seat, SeatScreen)
    for number, (action, target) in enumerate(choices):
        seat.move_editor.choose(number, action, target)
    qtbot.keyClicks(seat.move_editor.argument, argument)
    click(qtbot, seat.move_editor.submit_button)


def sign_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(window.page, SeatScreen)
    click(qtbot, window.page.sign_out_button)
    assert isinstance(window.page, PassScreen)


def play_seat(qtbot, window, actor, pin, choices, argument) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window, actor, pin)
    submit_move(qtbot, window, choices, argument)
    sign_out(qtbot, window)


def all_text(root: QWidget) -> str:
    """Every piece of text a widget tree holds: labels, buttons, edits, combo items, tab titles,
    item views (all roles that show text) and tooltips."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
            found += [
                str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole)) for i in range(widget.count())
            ]
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_text(widget.model())
    return "\n".join(found)


def _model_text(model, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    found = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps its one column private
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    found.append(str(value))
            if column == 0:
                found += _model_text(model, index)
    return found


def displayed(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt puts on screen for `text` in a label, message box or tooltip of this format:
    rich text is laid out as HTML (tags vanish, entities become characters)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def active_dialog() -> QWidget | None:
    return QApplication.activeModalWidget()
