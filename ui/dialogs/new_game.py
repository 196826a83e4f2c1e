"""Setting up an exercise: scenario, seed, who plays each seat, the pace, where it is saved, and
(if the evaluation is planned now) the participants and the evaluator's PIN."""

from __future__ import annotations

import random
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_opening import open_dialog
from ui.dialogs.participants import ParticipantsDialog
from ui.i18n import scenario_title
from ui.plain import message_box, text_label
from ui.settings import games_dir
from wargame.events import ParticipantsRecorded
from wargame.names import actor_name
from wargame.scenario import Scenario
from wargame.scenario_file import Problem, bundled_scenarios, read_scenario
from wargame.seats import MAX_PIN_LENGTH, MIN_PIN_LENGTH, pin_acceptable


@dataclass(frozen=True)
class NewGame:
    path: Path
    scenario: Scenario
    seed: int
    humans: dict[str, str]
    moves_per_turn: int
    deliberation_minutes: int | None
    facilitator_pin: str | None = None
    min_pin_length: int = MIN_PIN_LENGTH
    participants: ParticipantsRecorded | None = None
    evaluator_pin: str | None = None
    review_step: bool = False


def default_game_path(scenario: Scenario, folder: Path | None = None) -> Path:
    """`<documents>/Peninsula/2025-03-01 korea_2025.wargame`, numbered if that exists."""
    folder = folder or games_dir()
    stem = f"{date.today().isoformat()} {scenario.id}"
    path = folder / f"{stem}.wargame"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).wargame"
        number += 1
    return path


class SeatRow:
    """One seat's line in the dialog: human or bot, and the human's PIN typed twice."""

    def __init__(self, parent: QWidget, name: str) -> None:
        self.name = text_label(name, parent)
        self.player = QComboBox(parent)
        self.player.addItem(QCoreApplication.translate("NewGameDialog", "Human"), True)
        self.player.addItem(QCoreApplication.translate("NewGameDialog", "Bot"), False)
        self.pin = QLineEdit(parent)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(QCoreApplication.translate("NewGameDialog", "PIN"))
        self.again = QLineEdit(parent)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(QCoreApplication.translate("NewGameDialog", "PIN again"))
        self.player.currentIndexChanged.connect(self._enable)

    def widgets(self) -> tuple[QWidget, ...]:
        """The row's cells, left to right."""
        return (self.name, self.player, self.pin, self.again)

    @property
    def human(self) -> bool:
        return bool(self.player.currentData())

    def set_human(self, human: bool) -> None:
        self.player.setCurrentIndex(0 if human else 1)

    def _enable(self) -> None:
        self.pin.setEnabled(self.human)
        self.again.setEnabled(self.human)


class NewGameDialog(QDialog):
    """The form stays open until `create` has made the game, so a game that cannot be saved
    where asked loses nothing the facilitator typed."""

    def __init__(
        self,
        language: str,
        create: Callable[[NewGame], bool],
        parent: QWidget | None = None,
        bots: Collection[str] = (),
    ) -> None:
        """`bots` are the seats bots played in the last exercise set up here: they start as bots
        again, every other seat as a person."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New exercise"))
        self._create = create
        self._bots = set(bots)
        self._language = language
        self._scenario: Scenario | None = None
        self._path_edited = False

        self.scenario_box = QComboBox(self)
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        self.scenario_file_button = QPushButton(self.tr("From a file…"), self)
        self.scenario_file_button.clicked.connect(self._choose_scenario_file)
        self.scenario_about = text_label("", self)
        self.scenario_about.setWordWrap(True)
        self.seed = QSpinBox(self)
        self.seed.setRange(1, 2_000_000_000)
        self.seed.setValue(random.randrange(1, 1_000_000))
        self.seed.setToolTip(self.tr("The same scenario, seed and moves always give the same game"))
        self.moves = QSpinBox(self)
        self.moves.setRange(1, 5)
        self.timer_on = QCheckBox(self.tr("Limit deliberation to"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.timer_on.toggled.connect(self.minutes.setEnabled)
        self.minutes.setEnabled(False)
        self.review_step = QCheckBox(
            self.tr("After deliberation, seats counter-argue each other's public actions"), self
        )
        self.review_step.setToolTip(
            self.tr(
                "A review step before each adjudication: each seat sees the other seats' public "
                "actions and may write one counter-argument; you see them when rating arguments."
            )
        )
        self.facilitator_pin = QLineEdit(self)
        self.facilitator_again = QLineEdit(self)
        for field, hint in (
            (self.facilitator_pin, self.tr("Facilitator PIN (optional)")),
            (self.facilitator_again, self.tr("PIN again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(hint)
            field.textChanged.connect(self._check)
        self.facilitator_pin.setToolTip(
            self.tr(
                "With a PIN, only the facilitator can go back to the console while the "
                "laptop passes between seats."
            )
        )
        self.pin_length = QSpinBox(self)
        self.pin_length.setRange(MIN_PIN_LENGTH, MAX_PIN_LENGTH)
        self.pin_length.setSuffix(self.tr(" characters"))
        self.pin_length.setToolTip(
            self.tr(
                "The shortest PIN any seat or the facilitator may choose. Longer PINs take "
                "longer to guess; after a few wrong tries each further try has to wait."
            )
        )
        self.pin_length.valueChanged.connect(self._check)
        self.path_edit = QLineEdit(self)
        self.path_edit.textEdited.connect(self._path_typed)
        self.path_button = QPushButton(self.tr("Choose…"), self)
        self.path_button.clicked.connect(self._choose_path)

        self.seats_box = QGroupBox(self.tr("Seats"), self)
        seats_layout = QVBoxLayout(self.seats_box)
        self.seats_grid = QGridLayout()
        self.all_people = QPushButton(self.tr("People at every seat"), self.seats_box)
        self.all_bots = QPushButton(self.tr("Bots at every seat"), self.seats_box)
        self.all_people.clicked.connect(lambda: self._every_seat(True))
        self.all_bots.clicked.connect(lambda: self._every_seat(False))
        quick = QHBoxLayout()
        quick.addWidget(self.all_people)
        quick.addWidget(self.all_bots)
        quick.addStretch(1)
        self.participants_button = QPushButton(self.tr("Participants…"), self.seats_box)
        self.participants_button.setToolTip(
            self.tr("Sponsor, point of contact, scope, who plays each seat, the evaluators")
        )
        self.participants_button.clicked.connect(self._edit_participants)
        self._participants: ParticipantsRecorded | None = None
        self._evaluator_pin: str | None = None
        self.participants_dialog: ParticipantsDialog | None = None
        quick.addWidget(self.participants_button)
        seats_layout.addLayout(self.seats_grid)
        seats_layout.addLayout(quick)
        self.seat_rows: dict[str, SeatRow] = {}

        self.problem = text_label("", self)
        self.problem.setStyleSheet("color: #8a3b3b")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start exercise"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        scenario_line = QHBoxLayout()
        scenario_line.addWidget(self.scenario_box, 1)
        scenario_line.addWidget(self.scenario_file_button)
        timer_line = QHBoxLayout()
        timer_line.addWidget(self.timer_on)
        timer_line.addWidget(self.minutes)
        timer_line.addStretch()
        guard_line = QHBoxLayout()
        guard_line.addWidget(self.facilitator_pin, 1)
        guard_line.addWidget(self.facilitator_again, 1)
        path_line = QHBoxLayout()
        path_line.addWidget(self.path_edit, 1)
        path_line.addWidget(self.path_button)
        form = QFormLayout()
        form.addRow(self.tr("Scenario"), scenario_line)
        form.addRow("", self.scenario_about)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Moves per turn"), self.moves)
        form.addRow(self.tr("Timer"), timer_line)
        form.addRow(self.tr("Review step"), self.review_step)
        form.addRow(self.tr("Facilitator"), guard_line)
        form.addRow(self.tr("PINs of at least"), self.pin_length)
        form.addRow(self.tr("Save the game in"), path_line)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.seats_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for path in bundled_scenarios():
            scenario, problems = read_scenario(path)
            if scenario is not None:
                self.scenario_box.addItem(scenario_title(scenario, language), scenario)
        self.resize(720, 560)
        self._check()

    # --- the choice -----------------------------------------------------------------------

    def choice(self) -> NewGame:
        assert self._scenario is not None
        return NewGame(
            path=Path(self.path_edit.text().strip()).expanduser(),
            scenario=self._scenario,
            seed=self.seed.value(),
            humans={a: row.pin.text() for a, row in self.seat_rows.items() if row.human},
            moves_per_turn=self.moves.value(),
            deliberation_minutes=self.minutes.value() if self.timer_on.isChecked() else None,
            facilitator_pin=self.facilitator_pin.text() or None,
            min_pin_length=self.pin_length.value(),
            participants=self._participants,
            evaluator_pin=self._evaluator_pin,
            review_step=self.review_step.isChecked(),
        )

    def _edit_participants(self) -> None:
        """The participants, kept with the choice until the game is made (then recorded in
        it as an event, like any entered later)."""
        if self._scenario is None:
            return
        current = self._participants or ParticipantsRecorded()

        def keep(participants: ParticipantsRecorded) -> bool:
            self._participants = participants
            return True

        def keep_pin(pin: str) -> bool:
            self._evaluator_pin = pin
            return True

        self.participants_dialog = ParticipantsDialog(
            self._scenario,
            current,
            self._language,
            keep,
            self,
            set_pin=keep_pin,
            pin_set=self._evaluator_pin is not None,
        )
        open_dialog(self.participants_dialog, self)

    def problems(self) -> list[str]:
        """What stops the game from starting, in words the facilitator can act on."""
        if self._scenario is None:
            return [self.tr("Choose a scenario.")]
        found = []
        shortest = self.pin_length.value()
        for actor, row in self.seat_rows.items():
            if not row.human:
                continue
            name = actor_name(self._scenario, actor, self._language)
            if not pin_acceptable(row.pin.text(), shortest):
                found.append(
                    self.tr("Give %1 a PIN of %2 to %3 characters.")
                    .replace("%1", name)
                    .replace("%2", str(shortest))
                    .replace("%3", str(MAX_PIN_LENGTH))
                )
            elif row.pin.text() != row.again.text():
                found.append(self.tr("The two PINs for %1 differ.").replace("%1", name))
        guard = self.facilitator_pin.text()
        if guard and not pin_acceptable(guard, shortest):
            found.append(
                self.tr("Give the facilitator a PIN of %1 to %2 characters, or none.")
                .replace("%1", str(shortest))
                .replace("%2", str(MAX_PIN_LENGTH))
            )
        elif guard != self.facilitator_again.text():
            found.append(self.tr("The two facilitator PINs differ."))
        path = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            found.append(self.tr("Choose where to save the game."))
        elif path.exists():
            found.append(
                self.tr("%1 already exists; choose another name.").replace("%1", str(path))
            )
        return found

    def accept(self) -> None:
        if self.problems() or not self._create(self.choice()):
            return
        super().accept()

    def _check(self) -> None:
        problems = self.problems()
        self.problem.setText(problems[0] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    # --- the scenario ---------------------------------------------------------------------

    def _scenario_chosen(self) -> None:
        scenario = self.scenario_box.currentData()
        if scenario is not None:
            self._use(scenario)

    def _choose_scenario_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a scenario"), "", self.tr("Scenarios (*.yaml *.yml)")
        )
        if name:
            self.load_scenario_file(Path(name))

    def load_scenario_file(self, path: Path) -> bool:
        """Use the scenario in `path`, or show every problem the checker found in it; warnings
        are shown too, but the scenario can be used."""
        scenario, problems = read_scenario(path)
        if scenario is None:
            self._show_problems(
                self.tr("This scenario cannot be used"),
                self.tr("%1 has problems. Fix them in the file and open it again."),
                path,
                problems,
            )
            return False
        if problems:
            self._show_problems(
                self.tr("This scenario may not play as meant"),
                self.tr("%1 can be used, but the checker warns about it."),
                path,
                problems,
            )
        self.scenario_box.addItem(
            f"{scenario_title(scenario, self._language)} ({path.name})", scenario
        )
        self.scenario_box.setCurrentIndex(self.scenario_box.count() - 1)
        return True

    def _show_problems(self, title: str, text: str, path: Path, problems: list[Problem]) -> None:
        box = message_box(
            QMessageBox.Icon.Warning,
            title,
            text.replace("%1", path.name),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText("\n".join(str(p) for p in problems[:12]))
        box.setDetailedText("\n".join(str(p) for p in problems))
        box.open()
        self.scenario_problems = box

    def _use(self, scenario: Scenario) -> None:
        self._scenario = scenario
        self.scenario_about.setText(
            self.tr("%1 turns of %2 days, from %3.")
            .replace("%1", str(scenario.turns))
            .replace("%2", str(scenario.days_per_turn))
            .replace("%3", scenario.start_date.isoformat())
        )
        self.moves.setValue(scenario.moves_per_turn)
        self._build_seats(scenario)
        if not self._path_edited:
            self.path_edit.setText(str(default_game_path(scenario)))
        self._check()

    def _build_seats(self, scenario: Scenario) -> None:
        for row in self.seat_rows.values():
            for widget in row.widgets():
                widget.deleteLater()
        self.seat_rows = {}
        for number, actor in enumerate(scenario.actor_ids):
            row = SeatRow(self, actor_name(scenario, actor, self._language))
            for column, widget in enumerate(row.widgets()):
                self.seats_grid.addWidget(widget, number, column)
            for signal in (row.pin.textChanged, row.again.textChanged):
                signal.connect(self._check)
            row.set_human(actor not in self._bots)
            row.player.currentIndexChanged.connect(self._check)
            self.seat_rows[actor] = row
        self.seats_grid.setColumnStretch(2, 1)
        self.seats_grid.setColumnStretch(3, 1)

    def _every_seat(self, human: bool) -> None:
        for row in self.seat_rows.values():
            row.set_human(human)

    # --- the file -------------------------------------------------------------------------

    def _path_typed(self) -> None:
        self._path_edited = True
        self._check()

    def _choose_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the game as"),
            self.path_edit.text(),
            self.tr("Peninsula games (*.wargame)"),
        )
        if name:
            if not name.endswith(".wargame"):
                name += ".wargame"
            self.path_edit.setText(name)
            self._path_typed()
