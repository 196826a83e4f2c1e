"""Who took part and for whom: the sponsor, point of contact and scope of the exercise, and the
people — each seat's players and the evaluators — with their organisations and roles. They go
into the report's Exercise Overview and its participants appendix."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label
from wargame.events import ParticipantsRecorded, PersonModel
from wargame.names import actor_name
from wargame.scenario import Scenario

EVALUATORS = ""
"""The people table's "seat" of an evaluator."""


class ParticipantsDialog(QDialog):
    """OK hands the whole record to `record`; the dialog closes only once it is kept. Given
    `set_pin` (the facilitator's), it also sets the evaluator's own PIN when one is typed
    (`pin_set`: one is set already)."""

    def __init__(
        self,
        scenario: Scenario,
        current: ParticipantsRecorded,
        language: str,
        record: Callable[[ParticipantsRecorded], bool],
        parent: QWidget | None = None,
        set_pin: Callable[[str], bool] | None = None,
        pin_set: bool = False,
    ) -> None:
        super().__init__(parent)
        self._record, self._set_pin = record, set_pin
        self.pin, self.pin_again = QLineEdit(self), QLineEdit(self)
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(
            self.tr("unchanged (a PIN is set)")
            if pin_set
            else self.tr("none: the facilitator evaluates")
        )
        self.pin_error = text_label("", self)
        self._seats = [(self.tr("Evaluator"), EVALUATORS)] + [
            (actor_name(scenario, a, language), a) for a in scenario.actor_ids
        ]
        self.setWindowTitle(self.tr("Participants"))
        self.sponsor = QLineEdit(current.sponsor, self)
        self.point_of_contact = QLineEdit(current.point_of_contact, self)
        self.scope = QPlainTextEdit(current.scope, self)
        self.scope.setPlaceholderText(
            self.tr("What the exercise covers: its aim, its seats, its length, what it leaves out.")
        )
        self.scope.setMaximumHeight(90)
        self.people = QTableWidget(0, 4, self)
        self.people.setHorizontalHeaderLabels(
            [self.tr("Seat"), self.tr("Name"), self.tr("Organisation"), self.tr("Role")]
        )
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.verticalHeader().hide()
        for person in current.evaluators:
            self.add_person(EVALUATORS, person.name, person.organisation, person.role)
        for seat, people in current.seats.items():
            for person in people:
                self.add_person(seat, person.name, person.organisation, person.role)
        self.add_button = QPushButton(self.tr("Add a person"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(lambda: self.add_person(scenario.actor_ids[0]))
        self.remove_button.clicked.connect(self._remove)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Sponsor"), self.sponsor)
        form.addRow(self.tr("Point of contact"), self.point_of_contact)
        form.addRow(self.tr("Scope"), self.scope)
        if set_pin is not None:
            form.addRow(self.tr("Evaluator's own PIN"), self.pin)
            form.addRow(self.tr("PIN again"), self.pin_again)
            form.addRow("", self.pin_error)
        else:  # only the facilitator gives the evaluator a PIN
            for hidden in (self.pin, self.pin_again, self.pin_error):
                hidden.hide()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(text_label(self.tr("Who played each seat, and who evaluated"), self))
        layout.addWidget(self.people, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def add_person(self, seat: str, name: str = "", organisation: str = "", role: str = "") -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        choice = QComboBox(self.people)
        for label, value in self._seats:
            choice.addItem(label, value)
        choice.setCurrentIndex(max(0, choice.findData(seat)))
        self.people.setCellWidget(row, 0, choice)
        for column, text in enumerate((name, organisation, role), 1):
            self.people.setItem(row, column, QTableWidgetItem(text))

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.people.selectedIndexes()}, reverse=True)
        for row in rows or [self.people.rowCount() - 1]:
            self.people.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.people.item(row, column)
        return item.text() if item is not None else ""

    def participants(self) -> ParticipantsRecorded:
        evaluators: list[PersonModel] = []
        seats: dict[str, list[PersonModel]] = {}
        for row in range(self.people.rowCount()):
            choice = self.people.cellWidget(row, 0)
            assert isinstance(choice, QComboBox)
            person = PersonModel(
                name=self._cell(row, 1), organisation=self._cell(row, 2), role=self._cell(row, 3)
            )
            seat = choice.currentData()
            (evaluators if seat == EVALUATORS else seats.setdefault(seat, [])).append(person)
        return ParticipantsRecorded(
            sponsor=self.sponsor.text(),
            point_of_contact=self.point_of_contact.text(),
            scope=self.scope.toPlainText(),
            evaluators=evaluators,
            seats=seats,
        )

    def _save(self) -> None:
        pin = self.pin.text()
        if pin != self.pin_again.text():
            self.pin_error.setText(self.tr("The two PINs differ."))
            return
        if pin and self._set_pin is not None and not self._set_pin(pin):
            return
        self.pin.clear()
        self.pin_again.clear()
        if self._record(self.participants()):
            self.accept()
