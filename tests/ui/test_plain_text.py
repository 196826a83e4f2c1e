"""Markup in a scenario file, or typed by a seat or the facilitator, is shown literally in every
widget: labels, dialogs, message boxes, tooltips, tables and the projector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from driving import (
    click,
    console,
    displayed,
    enter_pin,
    ok_button,
    sign_in,
    sign_out,
    submit_move,
)
from helpers import mini_scenario_data, write_yaml
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ui.dialogs.new_game import NewGameDialog
from ui.dialogs.override import OverrideDialog
from ui.views.seat_view import SeatScreen

MARKUP = '<i>Hostile</i><img src="hostile.png">'
"""Shown literally, this is all there; read as HTML, the tags vanish and 'Hostile' stands alone."""
PINS = {"seoul": "1234", "moscow": "9876"}


def _hostile(value: Any, key: str = "") -> Any:
    """Every free text of the scenario gets the markup; ids, dates and numbers stay valid."""
    if isinstance(value, dict):
        return {k: _hostile(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_hostile(v, key) for v in value]
    free_text = ("title", "name", "description", "brief", "text", "body")
    if isinstance(value, str) and key.startswith(free_text):
        return f"{value} {MARKUP}"
    return value


def _shown(root: QWidget) -> list[str]:
    """Every text the widget tree puts on screen, as Qt renders it."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        found += [displayed(widget.toolTip()), widget.windowTitle()]
        if isinstance(widget, QLabel):
            found.append(displayed(widget.text(), widget.textFormat()))
        elif isinstance(widget, QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found.append(widget.itemText(i))
                found.append(displayed(str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")))
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_shown(widget.model())
    return found


def _model_shown(model, parent=QModelIndex()) -> list[str]:  # type: ignore[no-untyped-def]  # noqa: B008
    found = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps its one column private
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
            found.append(displayed(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")))
    return found


def _hover_tips(view: QWidget, points: list[QPoint]) -> list[str]:
    tips = []
    for point in points:
        QApplication.sendEvent(
            view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point))
        )
        tips.append(displayed(QToolTip.text()))
    return tips


class Screens:
    """Collects what each screen shows, and checks markup stayed text everywhere."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def look(self, root: QWidget | None) -> None:
        assert root is not None
        self.texts += _shown(root)

    def hover_world(self, window) -> None:  # type: ignore[no-untyped-def]
        desk = console(window)
        board = desk.world_tabs.board
        desk.world_tabs.setCurrentWidget(board)
        scenario = window.controller.scenario
        tokens = [board.token_rect(a).center().toPoint() for a in scenario.actor_ids]
        self.texts += _hover_tips(board, tokens)
        ladder = desk.ladder
        rungs = [
            ladder.rung_rect(level).center().toPoint()
            for level in range(len(scenario.escalation_ladder))
        ]
        self.texts += _hover_tips(ladder, rungs)

    def assert_literal(self, at_least: int) -> None:
        literal = sum(t.count(MARKUP) for t in self.texts)
        bare = sum(t.count("Hostile") for t in self.texts)
        rendered = [t for t in self.texts if t.count("Hostile") != t.count(MARKUP)]
        assert rendered == [], "markup was read as HTML here"
        assert literal == bare >= at_least, "the hostile text must actually be on screen"


def test_markup_from_the_scenario_and_the_room_is_shown_literally(
    qtbot, window, tmp_path: Path
) -> None:
    screens = Screens()
    scenario_file = write_yaml(tmp_path / "hostile.yaml", _hostile(mini_scenario_data()))
    window.action_by_id["file.new"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewGameDialog)
    assert dialog.load_scenario_file(scenario_file)
    for actor, row in dialog.seat_rows.items():
        row.set_human(actor in PINS)
        if actor in PINS:
            qtbot.keyClicks(row.pin, PINS[actor])
            qtbot.keyClicks(row.again, PINS[actor])
    qtbot.keyClicks(dialog.facilitator_pin, "24680")
    qtbot.keyClicks(dialog.facilitator_again, "24680")
    dialog.path_edit.setText(str(tmp_path / "hostile.wargame"))
    screens.look(dialog)
    click(qtbot, ok_button(dialog))

    controller = window.controller
    assert controller.add_inject(f"Ad hoc {MARKUP}", f"Typed by the facilitator {MARKUP}", None)
    screens.look(window)
    window.toggle_projector()
    click(qtbot, console(window).phase_bar.next_button)  # deliberation
    screens.look(window.projector)

    sign_in(qtbot, window, "seoul", PINS["seoul"])
    assert isinstance(window.page, SeatScreen)
    submit_move(qtbot, window, [("act_1", None)], f"Seoul argues {MARKUP}")
    screens.look(window)
    sign_out(qtbot, window)
    click(qtbot, window.page.seat_buttons["moscow"])
    screens.look(window.dialog)  # the sign-in dialog names the seat
    enter_pin(qtbot, window, PINS["moscow"])
    submit_move(qtbot, window, [("act_3", "seoul")], f"Moscow argues {MARKUP}")
    sign_out(qtbot, window)
    click(qtbot, window.page.facilitator_button)
    screens.look(window.dialog)
    enter_pin(qtbot, window, "24680")

    desk = console(window)
    click(qtbot, desk.phase_bar.next_button)  # adjudicate
    desk.adjudication.table.selectRow(0)
    screens.look(window)
    click(qtbot, desk.adjudication.override_button)
    override = desk.dialog
    assert isinstance(override, OverrideDialog)
    screens.look(override)
    override.reason.setPlainText(f"The room decided {MARKUP}")
    click(qtbot, ok_button(override))
    desk.adjudication.table.selectRow(0)
    screens.look(window)
    click(qtbot, desk.phase_bar.next_button)  # publish
    screens.look(window)
    screens.look(window.projector)
    screens.hover_world(window)
    sign_in(qtbot, window, "seoul", PINS["seoul"])
    screens.look(window)
    screens.assert_literal(at_least=40)
