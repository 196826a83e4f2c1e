"""The main window: the menus and toolbar, and the mode the app is in — start screen,
facilitator console, or hot-seat play (pass screen and one signed-in seat) — plus the projector.

Leaving a mode deletes its page, so a seat's screen never sits hidden behind another page
holding something that seat may not see.

The console opens only while the controller holds the facilitator's principal: the facilitator
created the game here, gave its PIN, or the game asks for none. Every path to the console goes
through `_open_console`, which checks that; opening a game (recent or not, from the command line
or as a branch of another) holds no principal, and going to the seats gives it up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from ui.actions import build_actions
from ui.controller import GameController
from ui.dialog_opening import open_dialog
from ui.dialogs.help import HowToPlay
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translators, phase_name
from ui.plain import message_box, tip
from ui.settings import Language, Settings, Theme, games_dir, save_settings, settings_file
from ui.theme import apply_theme
from ui.views.start_screen import StartScreen
from wargame.viewers import FACILITATOR, PUBLIC

if TYPE_CHECKING:
    from ui.dialogs.export import ExportProgress, Work
    from ui.dialogs.new_game import NewGame
    from ui.views.facilitator_console import FacilitatorConsole
    from ui.views.projector import ProjectorWindow
    from ui.views.replay_page import ReplayPage
    from ui.views.seat_view import PassScreen, SeatScreen
    from wargame.scenario import Scenario
    from wargame.session import Change

log = logging.getLogger(__name__)


def mode(page: QWidget | None) -> str:
    """Which page this is: "start", "console", "pass", "seat" or "replay". The pages other than
    the start screen load only when first shown, so the window asks them rather than their
    classes."""
    return getattr(page, "mode", "")


# `mode` that tells the type checker the page's class too (the classes load late, so no isinstance).
def is_console(page: QWidget | None) -> TypeGuard[FacilitatorConsole]:
    return mode(page) == "console"


def is_seat(page: QWidget | None) -> TypeGuard[SeatScreen]:
    return mode(page) == "seat"


def is_pass(page: QWidget | None) -> TypeGuard[PassScreen]:
    return mode(page) == "pass"


def is_replay(page: QWidget | None) -> TypeGuard[ReplayPage]:
    return mode(page) == "replay"


def _base64(data: QByteArray) -> str:
    """A window's geometry or layout as text for the settings file."""
    return str(data.toBase64().data(), "ascii")


GAME_ACTIONS = (
    "game.next",
    "game.pause",
    "game.add_inject",
    "game.rate_argument",
    "game.open_room",
    "game.hand_over",
    "game.end_now",
    "game.hot_wash",
    "game.undo",
)
PAPERS = ("file.export_report", "file.export_handouts", "file.export_script", "file.export_tables")


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, controller: GameController | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.controller = controller or GameController(self)
        self.controller.language = self.language
        self.controller.changed.connect(self.refresh)
        self.controller.failed.connect(self.show_message)
        self.controller.game_opened.connect(self._game_opened)
        self.controller.game_closed.connect(self.show_start)
        self.controller.replay_opened.connect(self._replay_opened)
        self.page: QWidget | None = None
        # Where the facilitator was in the console of a game (tab, inject), so that the next
        # console built for that game opens there.
        self._console_focus: tuple[Path | None, tuple[int, str | None]] | None = None
        self.projector: ProjectorWindow | None = None
        self.dialog: QDialog | None = None
        self.export: ExportProgress | None = None
        self.signed_in: str | None = None
        self._settings_warned = False
        self._fit_to_screen()
        self._build()
        if settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.geometry.encode()))
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))

    def _fit_to_screen(self) -> None:
        """A laptop's 1366×768, or less where the screen is smaller (a 1024×700 beamer laptop)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1366, 768
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    @property
    def language(self) -> str:
        return self.settings.language

    def _build(self) -> None:
        """Menus, toolbar and the current page, in the current language."""
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.action_by_id, self.recent_menu = build_actions(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.action_by_id[f"view.language.{self.language}"].setChecked(True)
        self.action_by_id[f"view.theme.{self.settings.theme}"].setChecked(True)
        page = self.page
        if is_replay(page):
            self._show_replay(page)
        elif not self.controller.is_open:
            self.show_start()
        elif is_console(page):
            self._open_console()
        elif is_seat(page):
            self._seat_signed_in(page.actor)
        elif is_pass(page):
            self.show_seats()
        else:
            self._enter_game()

    # --- pages ----------------------------------------------------------------------------

    def _set_page(self, page: QWidget) -> None:
        old = self.takeCentralWidget()
        if old is not None:
            self._save_console(old)
            if is_replay(old):
                old.stop()
            old.hide()
            old.setParent(None)  # gone from the window at once, not at the next event loop turn
            old.deleteLater()
        self.page = page
        self.setCentralWidget(page)
        page.show()  # a console is a QMainWindow turned widget, which starts out hidden
        self.refresh()

    def show_start(self) -> None:
        self.signed_in = None
        start = StartScreen(self.settings.existing_recent())
        start.new_requested.connect(self.new_game)
        start.open_requested.connect(self.choose_game)
        start.replay_requested.connect(
            lambda path: self.open_replay_path(path) if path else self.choose_replay()
        )
        start.recent_requested.connect(self.open_path)
        self._set_page(start)
        self._drop_projector()

    def show_facilitator(self) -> None:
        if not self.controller.is_open or mode(self.page) == "console":
            return
        self._open_console()

    def _enter_game(self) -> None:
        """A game has just been opened: the facilitator who holds it sees the console; a guarded
        game opened from a file waits on the pass screen for the facilitator's PIN."""
        self._open_console()

    def _ask_facilitator_pin(self) -> None:
        """Only the facilitator's PIN opens a guarded console."""
        dialog = SignInDialog(
            self.tr("the facilitator"),
            lambda pin: self.controller.sign_in(FACILITATOR, pin),
            lambda: self.controller.sign_in_wait(FACILITATOR),
            self,
        )
        dialog.accepted.connect(self._open_console)
        dialog.rejected.connect(self.refresh)  # the View menu's check marks go back
        self._show_dialog(dialog)

    def _open_console(self) -> None:
        """The console, to whoever holds it; anyone else waits on the pass screen for the
        facilitator's PIN."""
        if not self.controller.holds_console:
            if mode(self.page) != "pass":
                self.show_seats()
            self._ask_facilitator_pin()
            return
        self.signed_in = None
        self.controller.sign_out_seat()
        from ui.views.facilitator_console import FacilitatorConsole

        console = FacilitatorConsole(self.controller, self.language)
        console.replay_requested.connect(self.replay_this_game)
        if self.settings.console_state:
            console.restore_layout(QByteArray.fromBase64(self.settings.console_state.encode()))
        self._set_page(console)
        if self._console_focus is not None and self._console_focus[0] == console.game_path:
            console.refresh()  # the phase's own tab first, then the one the facilitator had
            console.restore_focus(self._console_focus[1])

    def show_seats(self) -> None:
        """The pass screen between seats: it shows nothing any seat should not see."""
        if not self.controller.is_open:
            return
        self.signed_in = None
        self.controller.sign_out_seat()
        self.controller.leave_console()
        from ui.views.seat_view import PassScreen

        evaluator = self.controller.state.evaluation.evaluator_pin_hash is not None
        screen = PassScreen(
            self.controller.human_seats(),
            self.controller.scenario,
            self.language,
            evaluator=evaluator,
        )
        screen.sign_in_requested.connect(self.sign_in)
        screen.evaluator_requested.connect(self.sign_in_evaluator)
        screen.facilitator_requested.connect(
            lambda: self.action_by_id["view.facilitator"].trigger()
        )
        self._set_page(screen)

    def sign_in(self, actor: str) -> None:
        from wargame.names import actor_name

        name = actor_name(self.controller.scenario, actor, self.language)
        dialog = SignInDialog(
            name,
            lambda pin: self.controller.sign_in(actor, pin),
            lambda: self.controller.sign_in_wait(actor),
            self,
        )
        dialog.accepted.connect(lambda: self._seat_signed_in(actor))
        self._show_dialog(dialog)

    def sign_in_evaluator(self) -> None:
        """The evaluator's PIN opens their own window over the pass screen."""
        from ui.views.evaluation_desk import EvaluatorWindow
        from wargame.viewers import EVALUATOR

        dialog = SignInDialog(
            self.tr("the evaluator"),
            lambda pin: self.controller.sign_in(EVALUATOR, pin),
            lambda: self.controller.sign_in_wait(EVALUATOR),
            self,
        )
        dialog.accepted.connect(
            lambda: self._show_dialog(EvaluatorWindow(self.controller, self.language, self))
        )
        self._show_dialog(dialog)

    def _seat_signed_in(self, actor: str) -> None:
        """The seat's own screen, for the seat whose PIN this window was given."""
        seat = self.controller.seat
        if seat is None or seat.seat != actor:
            self.show_seats()
            return
        from ui.views.seat_view import SeatScreen
        from wargame.seat_view import seat_scenario

        view = self.controller.seat_view(actor, self.language)
        assert view is not None
        screen = SeatScreen(view, seat_scenario(self.controller.scenario, actor), self.language)
        screen.sign_out_requested.connect(self.show_seats)
        screen.move_editor.submit_requested.connect(
            lambda actions, argument, proposals: self.controller.submit_move(
                actor, actions, argument, proposals
            )
        )
        screen.room_odds.estimate_given.connect(self.controller.estimate)
        screen.room_odds.counter_argued.connect(self.controller.counter_argue)
        self._set_page(screen)
        self.signed_in = actor
        self.refresh()

    # --- redrawing ------------------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        """Redraw from the game; `change` (from the session) says what moved, so a change that
        touches only who is connected redraws only the seat board."""
        controller = self.controller
        page = self.page
        if change is not None and change.aspects <= {"presence"}:
            if is_console(page):
                page.show_devices()
            return
        if controller.is_open:
            scenario = controller.scenario
            if is_console(page):
                page.refresh()
            elif is_seat(page):
                page.set_world(
                    controller.seat_view(page.actor, self.language), page.scenario, self.language
                )
            elif is_pass(page):
                page.set_world(controller.world(PUBLIC))
            if self.projector is not None:
                self.projector.set_world(
                    controller.world(PUBLIC, self.language), scenario, self.language
                )
        self._update_actions()
        self._update_title()

    def _update_actions(self) -> None:
        is_open = self.controller.is_open
        console = mode(self.page) == "console"
        # A signed-in seat must sign out first; on a guarded pass screen, only sign-in and the
        # facilitator's PIN lead anywhere.
        seat = self.signed_in is not None or (
            mode(self.page) == "pass" and self.controller.console_guarded
        )
        for name in GAME_ACTIONS:
            self.action_by_id[name].setEnabled(is_open and console)
        if is_open and console:
            state = self.controller.state
            self.action_by_id["game.next"].setEnabled(not state.ended)
            self.action_by_id["game.pause"].setEnabled(self.controller.clock.active)
            for name in ("game.add_inject", "game.hand_over", "game.end_now"):
                self.action_by_id[name].setEnabled(not state.ended)
            from wargame.facilitation import ratable_seats

            self.action_by_id["game.rate_argument"].setEnabled(bool(ratable_seats(state)))
            undo = self.action_by_id["game.undo"]
            undo.setEnabled(bool(state.undo))
            if state.undo:
                last = state.undo[-1]
                from wargame.describe import undo_label

                label = undo_label(last.kind, last.subject, state.scenario, self.language)
                undo.setToolTip(tip(self.tr("Undo: %1").replace("%1", label)))
            else:
                undo.setToolTip(self.tr("Nothing to undo in this phase"))
        for name in ("view.seat", "view.projector"):
            self.action_by_id[name].setEnabled(is_open and not seat)
        self.action_by_id["view.reset_panels"].setEnabled(console)
        self.action_by_id["view.facilitator"].setEnabled(is_open and self.signed_in is None)
        replaying = self.controller.replay is not None
        for name in ("file.new", "file.open", "file.open_replay", "file.close"):
            self.action_by_id[name].setEnabled(
                not seat and (name != "file.close" or is_open or replaying)
            )
        self.recent_menu.setEnabled(not seat)
        # The papers hold what every seat may not see: only the facilitator exports them.
        page = self.page
        unlocked = not is_replay(page) or page.unlocked
        for name in PAPERS:
            self.action_by_id[name].setEnabled(
                not seat and (is_open and console or replaying) and unlocked and self.export is None
            )
        self.action_by_id["view.facilitator"].setChecked(console)
        self.action_by_id["view.seat"].setChecked(mode(self.page) in ("pass", "seat"))
        self.action_by_id["view.projector"].setChecked(
            self.projector is not None and self.projector.isVisible()
        )

    def _update_title(self) -> None:
        title = self.tr("Peninsula")
        if self.controller.replay is not None:
            title = self.tr("%1 — replay — Peninsula").replace(
                "%1", self.controller.replay.file.path.stem
            )
        elif self.controller.is_open and self.controller.path is not None:
            state = self.controller.state
            title = (
                self.tr("%1 — Turn %2 · %3 — Peninsula")
                .replace("%1", self.controller.path.stem)
                .replace("%2", str(state.turn))
                .replace("%3", phase_name(state.phase))
            )
        self.setWindowTitle(title)

    # --- File -----------------------------------------------------------------------------

    def new_game(self) -> None:
        from ui.dialogs.new_game import NewGameDialog

        self._show_dialog(NewGameDialog(self.language, self._create, self, self.settings.last_bots))

    def _create(self, choice: NewGame) -> bool:
        self.settings.last_bots = [a for a in choice.scenario.actor_ids if a not in choice.humans]
        made = self.controller.new_game(
            choice.path,
            choice.scenario,
            choice.seed,
            choice.humans,
            choice.moves_per_turn,
            choice.deliberation_minutes,
            choice.facilitator_pin,
            choice.min_pin_length,
            choice.review_step,
        )
        # What was entered of the evaluation at setup goes in as the game's first events after
        # its making; a refusal is said like any other, and the game stays made.
        if made and choice.evaluator_pin:
            self.controller.set_evaluator_pin(choice.evaluator_pin)
        if made and choice.participants is not None:
            self.controller.record_participants(choice.participants)
        return made

    def choose_game(self) -> None:
        folder = games_dir()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a game"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("Peninsula games (*.wargame)"),
        )
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path) -> None:
        self.controller.open_game(Path(path))

    def close_game(self) -> None:
        self.controller.close()

    def _game_opened(self, _holds_console: bool) -> None:
        assert self.controller.path is not None
        self.settings.remember(self.controller.path)
        self._save_settings()
        self._enter_game()

    def choose_replay(self) -> None:
        folder = games_dir()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a game for replay"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("Peninsula games (*.wargame)"),
        )
        if name:
            self.open_replay_path(name)

    def open_replay_path(self, path: str | Path) -> None:
        self.controller.open_replay(Path(path))

    def replay_this_game(self) -> None:
        """The exercise in play, opened for replay in its place (its end, or anywhere)."""
        if self.controller.path is not None:
            self.open_replay_path(self.controller.path)

    def _replay_opened(self, live: bool) -> None:
        session = self.controller.replay
        assert session is not None
        from ui.views.replay_page import ReplayPage

        guarded = session.state(session.last).facilitator_pin_hash is not None
        page = ReplayPage(session, self.language, guarded, live)
        self._show_replay(page)

    def _show_replay(self, previous: ReplayPage) -> None:
        """The replay page, made anew (in the current language) where `previous` stood."""
        session = self.controller.replay
        if session is None:
            self.show_start()
            return
        page = previous
        if previous is self.page:  # rebuilt for a new language: keep where it stood
            from ui.views.replay_page import ReplayPage

            page = ReplayPage(session, self.language, not previous.unlocked, previous.live)
            page.go(previous.position)
            if previous.unlocked:
                page.set_seat(previous.seat)
        page.branch_requested.connect(self._branch_from)
        page.what_if_requested.connect(self._what_if)
        page.compare_requested.connect(self._compare)
        page.unlock_requested.connect(self._unlock_replay)
        self._set_page(page)
        self._drop_projector()

    def _unlock_replay(self, seat: str, then: Callable[[], None] | None = None) -> None:
        dialog = SignInDialog(
            self.tr("the facilitator"),
            self.controller.replay_sign_in,
            lambda: self.controller.sign_in_wait(FACILITATOR),
            self,
        )
        page = self.page
        if is_replay(page):
            dialog.accepted.connect(lambda: page.unlock(seat))
            dialog.accepted.connect(self._update_actions)
            if then is not None:
                dialog.accepted.connect(then)
        self._show_dialog(dialog)

    def _facilitator_in_replay(self, then: Callable[[], None]) -> None:
        """Do `then` for the facilitator: at once in an open replay, after the PIN in a guarded
        one still shown to the room. What-ifs and comparisons read every seat's objectives and
        the whole log, which the room may not see."""
        page = self.page
        if is_replay(page) and not page.unlocked:
            self._unlock_replay(page.seat, then)
        else:
            then()

    def _branch_from(self, event: int) -> None:
        from ui.dialogs.branch import BranchDialog
        from wargame.names import actor_name

        session = self.controller.replay
        assert session is not None
        state = session.state(event)
        seats = {
            actor: (
                actor_name(state.scenario, actor, self.language),
                seat.human,
                bool(seat.pin_hash),
            )
            for actor, seat in state.seats.items()
        }
        dialog = BranchDialog(seats, event, self)
        dialog.accepted.connect(lambda: self._save_branch(event, dialog.people(), dialog.bots()))
        self._show_dialog(dialog)

    def _save_branch(self, event: int, people: dict[str, str | None], bots: list[str]) -> None:
        session = self.controller.replay
        assert session is not None
        source = session.file.path
        suggested = source.with_name(f"{source.stem} — what-if from event {event}.wargame")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new game as"),
            str(suggested),
            self.tr("Peninsula games (*.wargame)"),
        )
        if name:
            self.controller.branch(event, Path(name).with_suffix(".wargame"), people, bots)

    def _what_if(self, event: int) -> None:
        self._facilitator_in_replay(lambda: self._show_what_if(event))

    def _show_what_if(self, event: int) -> None:
        from ui.dialogs.what_if import WhatIfDialog  # the simulator loads only when asked for

        session = self.controller.replay
        assert session is not None
        self._show_dialog(WhatIfDialog(session, event, self.language, self))

    def _compare(self) -> None:
        self._facilitator_in_replay(self._choose_comparison)

    def _choose_comparison(self) -> None:
        session = self.controller.replay
        assert session is not None
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Compare with which game?"),
            str(session.file.path.parent),
            self.tr("Peninsula games (*.wargame)"),
        )
        if name:
            self._show_comparison(Path(name))

    def _show_comparison(self, other: Path) -> None:
        from ui.dialogs.compare import CompareDialog  # database code loads only when needed

        session = self.controller.replay
        assert session is not None
        dialog = CompareDialog.build(session.file, other, self.language, self)
        if isinstance(dialog, str):
            self.show_message(dialog)
        else:
            self._show_dialog(dialog)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.existing_recent()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(tip(str(path)))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent games")).setEnabled(False)

    # --- the papers: report, handouts, script ---------------------------------------------

    def _game_path(self) -> Path | None:
        """The file of the game in play or in replay."""
        if self.controller.replay is not None:
            return self.controller.replay.file.path
        return self.controller.path

    def _paper_scenario(self) -> Scenario:
        if self.controller.replay is not None:
            return self.controller.replay.file.scenario
        return self.controller.scenario

    def export_report(self) -> None:
        game = self._game_path()
        if game is None:
            return
        from ui.dialogs.export import report_work  # the report code loads when asked

        pdf, html = self.tr("PDF document (*.pdf)"), self.tr("Web page, one file (*.html)")
        # The version is chosen with the kind of file: the record, or the participants'.
        versions = {
            self.tr("For the participants, PDF (*.pdf)"): (True, False),
            self.tr("For the participants, web page (*.html)"): (True, False),
            self.tr("For the participants, private injects and covert actions told (*.pdf)"): (
                True,
                True,
            ),
            self.tr(
                "For the participants, private injects and covert actions told, web page (*.html)"
            ): (True, True),
        }
        named = self.tr("after-action report")
        suggested = self._export_folder(game) / f"{game.stem} — {named}.pdf"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the after-action report"),
            str(suggested),
            ";;".join([pdf, html, *versions]),
        )
        if not name:
            return
        out = Path(name)
        self._exported_to(out.parent)
        if out.suffix.lower() not in (".pdf", ".html"):
            out = out.with_name(out.name + (".html" if chosen.endswith("(*.html)") else ".pdf"))
        participants, reveal = versions.get(chosen, (False, False))
        self._export(
            self.tr("Writing the after-action report…"),
            report_work(game, out, self.language, participants, reveal),
            self.tr("The after-action report was written to %1.").replace("%1", str(out)),
        )

    def export_handouts(self) -> None:
        game = self._game_path()
        if game is None:
            return
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Export the seat handouts to which folder?"),
            str(self._export_folder(game)),
        )
        if not chosen:
            return
        self._exported_to(Path(chosen))
        from ui.dialogs.export import handouts_work
        from wargame.names import actor_name

        scenario = self._paper_scenario()
        folder = Path(chosen)
        named = self.tr("handout")
        outs = {
            seat: folder
            / f"{scenario.id} — {named} — {actor_name(scenario, seat, self.language)}.pdf"
            for seat in scenario.actor_ids
        }
        self._export(
            self.tr("Writing the seat handouts…"),
            handouts_work(scenario, outs, self.language),
            self.tr("A handout for each of the %1 seats was written to %2.")
            .replace("%1", str(len(outs)))
            .replace("%2", str(folder)),
        )

    def export_script(self) -> None:
        game = self._game_path()
        if game is None:
            return
        from ui.dialogs.export import script_work

        scenario = self._paper_scenario()
        named = self.tr("facilitator script")
        suggested = self._export_folder(game) / f"{scenario.id} — {named}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the facilitator script"),
            str(suggested),
            self.tr("PDF document (*.pdf)"),
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self._exported_to(out.parent)
        self._export(
            self.tr("Writing the facilitator script…"),
            script_work(scenario, out, self.language),
            self.tr("The facilitator script was written to %1.").replace("%1", str(out)),
        )

    def export_tables(self) -> None:
        """The game's record as tidy CSV tables, one file per table, in a folder."""
        game = self._game_path()
        if game is None:
            return
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Export the data tables to which folder?"),
            str(self._export_folder(game)),
        )
        if not chosen:
            return
        folder = Path(chosen)
        self._exported_to(folder)
        from ui.dialogs.export import tables_work

        self._export(
            self.tr("Writing the data tables…"),
            tables_work(game, folder),
            self.tr("The data tables were written to %1.").replace("%1", str(folder)),
        )

    def _export_folder(self, game: Path) -> Path:
        """Where an export dialog opens: the folder the last paper went to, or the game's."""
        last = Path(self.settings.export_folder) if self.settings.export_folder else None
        return last if last is not None and last.is_dir() else game.parent

    def _exported_to(self, folder: Path) -> None:
        self.settings.export_folder = str(folder)
        self._save_settings()

    def _export(self, label: str, work: Work, written: str) -> None:
        """Run `work` in the background with its progress shown; then say how it went."""
        from ui.dialogs.export import ExportProgress

        progress = ExportProgress(label, work, self.language, self)
        progress.ended.connect(lambda outcome: self._exported(outcome or "", written))
        self.export = progress
        self._update_actions()
        progress.start()

    def _exported(self, outcome: str, written: str) -> None:
        if self.export is not None:
            self.export.deleteLater()
            self.export = None
        self._update_actions()
        if outcome:
            self.show_message(outcome)
            return
        box = message_box(
            QMessageBox.Icon.Information,
            self.tr("Peninsula"),
            written,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self._show_dialog(box)

    # --- Game -----------------------------------------------------------------------------

    def _console(self) -> FacilitatorConsole | None:
        page = self.page
        return page if is_console(page) else None

    def next_step(self) -> None:
        if console := self._console():
            console.next_step()

    def pause_clock(self) -> None:
        self.controller.clock.toggle_pause()

    def add_inject(self) -> None:
        if console := self._console():
            console.add_inject()

    def rate_argument(self) -> None:
        if console := self._console():
            console.rate_selected_argument()

    def undo(self) -> None:
        self.controller.undo()

    def hand_over(self) -> None:
        """A bot takes a seat from now on, or a person takes it back, with a reason."""
        if self._console() is None:
            return
        from ui.dialogs.finishing import HandOverDialog
        from wargame.names import actor_name

        scenario, state = self.controller.scenario, self.controller.state
        seats = {
            a: (actor_name(scenario, a, self.language), state.seats[a].human)
            for a in scenario.actor_ids
        }
        dialog = HandOverDialog(seats, self)
        dialog.accepted.connect(
            lambda: self.controller.hand_over(
                dialog.seat.currentData(),
                dialog.to_person,
                dialog.reason.toPlainText(),
                dialog.new_pin(),
            )
        )
        self._show_dialog(dialog)

    def end_now(self) -> None:
        """End the exercise before its last turn, with a reason."""
        if self._console() is None:
            return
        from ui.dialogs.finishing import EndNowDialog

        state = self.controller.state
        dialog = EndNowDialog(state.turn, state.scenario.turns, self)
        dialog.accepted.connect(lambda: self.controller.end_exercise(dialog.reason.toPlainText()))
        self._show_dialog(dialog)

    def open_room(self) -> None:
        """Open seats to the room (from the console only: it hands out every seat's link)."""
        if self._console() is None:
            return
        from ui.dialogs.room import RoomDialog  # the seat server loads only when asked for

        dialog = RoomDialog(self.controller, self.language, self)
        dialog.project_requested.connect(self._project_join)
        dialog.projection_ended.connect(self._end_projection)
        self._show_dialog(dialog)

    def _project_join(self, seat: str, name: str, url: str) -> None:
        """One seat's join code on the projector, large enough to scan from the table."""
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()
        if self.projector is not None:
            self.projector.show_join(name, url)

    def _end_projection(self) -> None:
        if self.projector is not None:
            self.projector.hide_join()

    def hot_wash(self) -> None:
        if console := self._console():
            console.add_observation()

    # --- View -----------------------------------------------------------------------------

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
        elif self.controller.is_open:
            if self.projector is None:
                self._make_projector()
            assert self.projector is not None
            self.projector.show_for_the_room()
        self.refresh()

    def _make_projector(self) -> None:
        """A projector window where the facilitator last put one, or fitted to a screen."""
        from ui.views.projector import ProjectorWindow

        projector = ProjectorWindow(self.controller.clock)
        projector.closed.connect(self._projector_closed)
        projector.place(
            QByteArray.fromBase64(self.settings.projector_geometry.encode())
            if self.settings.projector_geometry
            else None
        )
        self.projector = projector

    def _projector_closed(self) -> None:
        self._remember_projector()
        self._update_actions()

    def _remember_projector(self) -> None:
        if self.projector is not None and not self.projector.isFullScreen():
            self.settings.projector_geometry = _base64(self.projector.saveGeometry())

    def reset_panels(self) -> None:
        if console := self._console():
            console.reset_layout()

    def _drop_projector(self) -> bool:
        """Close and delete the projector; whether it was showing."""
        projector = self.projector
        if projector is None:
            return False
        showing = projector.isVisible()
        if showing:
            self._remember_projector()
        self.projector = None
        projector.close()
        projector.deleteLater()
        return showing

    def set_language(self, language: Language) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language
        self.controller.language = language
        self._save_settings()
        install_translators(language)
        self._save_console(self.page)
        # The projector is made again in the new language where it was, as it was: shown or
        # hidden, and never raised over the console.
        reopen_projector = self._drop_projector()
        self._build()
        if reopen_projector:
            self._make_projector()
            assert self.projector is not None
            self.projector.show_for_the_room(activate=False)
            self.refresh()
            self.activateWindow()

    def set_theme(self, theme: Theme) -> None:
        self.settings.theme = theme
        self._save_settings()
        apply_theme(theme)

    # --- Help -----------------------------------------------------------------------------

    def how_to_play(self) -> None:
        self._show_dialog(HowToPlay(self))

    def about(self) -> None:
        from wargame.store import app_version

        QMessageBox.about(
            self,
            self.tr("About Peninsula"),
            self.tr(
                "<h3>Peninsula %1</h3><p>A tabletop exercise on the Korean Peninsula crisis: "
                "five seats, a facilitator and a room. Every game is kept in one file and can "
                "be studied afterwards.</p>"
            ).replace("%1", app_version()),
        )

    # --- messages -------------------------------------------------------------------------

    def _save_settings(self, quiet: bool = False) -> None:
        """Remember the settings; if their folder cannot be written, say so once and go on:
        games are saved in their own files either way."""
        try:
            save_settings(self.settings)
        except OSError as error:
            log.warning("Cannot save settings in %s: %s", settings_file(), error)
            if quiet or self._settings_warned:
                return
            self._settings_warned = True
            self.show_message(
                self.tr(
                    "Peninsula cannot save its settings in %1 (%2). Your games are saved as "
                    "usual; the language, theme and recent games will not be remembered."
                )
                .replace("%1", str(settings_file().parent))
                .replace("%2", error.strerror or str(error))
            )

    def show_message(self, text: str) -> None:
        """A problem the user can act on, said plainly; the app carries on."""
        box = message_box(
            QMessageBox.Icon.Warning,
            self.tr("Peninsula"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self._show_dialog(box)

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        if isinstance(dialog, SignInDialog):
            # A PIN asked for a game that has closed would be checked against no game at all.
            self.controller.game_closed.connect(dialog.close)
        open_dialog(dialog, self)

    # --- closing --------------------------------------------------------------------------

    def _save_console(self, page: QWidget | None) -> None:
        if not is_console(page):
            return
        self._console_focus = (page.game_path, page.focus)
        # A console never shown has no layout of its own worth remembering.
        if not page.layout_pending:
            self.settings.console_state = _base64(page.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.export is not None:
            self.export.wait()  # a document half written would be lost
        self._save_console(self.page)
        if self.projector is not None and self.projector.isVisible():
            self._remember_projector()
        self.settings.geometry = _base64(self.saveGeometry())
        self.settings.window_state = _base64(self.saveState())
        self._save_settings(quiet=True)
        self._drop_projector()
        self.controller.close()
        super().closeEvent(event)
