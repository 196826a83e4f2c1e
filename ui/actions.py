"""Every menu entry, toolbar button and shortcut, declared once in one table.

Menus, the toolbar, shortcuts and tests all use the same `QAction`s, built from `ACTIONS` by
`build_actions`; a test triggers `window.action_by_id["game.next"]` exactly as a click would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.i18n import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    slot: str
    shortcut: Key | None = None
    argument: str | None = None
    group: str | None = None
    checkable: bool = False
    toolbar: bool = False
    tip: str | None = None
    repeats: bool = True


MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "game": QT_TRANSLATE_NOOP("Actions", "&Game"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "view/language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "view/theme": QT_TRANSLATE_NOOP("Actions", "&Theme"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
RECENT_MENU = QT_TRANSLATE_NOOP("Actions", "Open &Recent")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.new",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&New exercise…"),
        "new_game",
        QKeySequence.StandardKey.New,
        toolbar=True,
    ),
    ActionSpec(
        "file.open",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Open game…"),
        "choose_game",
        QKeySequence.StandardKey.Open,
        toolbar=True,
    ),
    ActionSpec(
        "file.open_replay",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Open for &replay…"),
        "choose_replay",
        "Ctrl+Shift+O",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Study a saved game at any point, as any seat saw it; nothing is changed"
        ),
    ),
    ActionSpec(
        "file.export_report",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Export report…"),
        "export_report",
        "Ctrl+E",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The after-action report of this game, as a PDF or a web page"
        ),
    ),
    ActionSpec(
        "file.export_handouts",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Export seat &handouts…"),
        "export_handouts",
        tip=QT_TRANSLATE_NOOP("Actions", "A printable handout for each seat, one PDF per seat"),
    ),
    ActionSpec(
        "file.export_script",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Export facilitator &script…"),
        "export_script",
        tip=QT_TRANSLATE_NOOP("Actions", "The facilitator's script, turn by turn, as a PDF"),
    ),
    ActionSpec(
        "file.export_tables",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Export &data for analysts…"),
        "export_tables",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Actions, adjudications, ratings, observations and indicators as CSV tables",
        ),
    ),
    ActionSpec(
        "file.close",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Close game"),
        "close_game",
        QKeySequence.StandardKey.Close,
    ),
    ActionSpec(
        "file.quit",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "close",
        QKeySequence.StandardKey.Quit,
    ),
    ActionSpec(
        "game.next",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&Next step"),
        "next_step",
        "Ctrl+Return",
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Take the next step of the turn"),
        repeats=False,  # a held key must not run through the phases
    ),
    ActionSpec(
        "game.pause",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&Pause clock"),
        "pause_clock",
        "Ctrl+P",
        toolbar=True,
    ),
    ActionSpec(
        "game.add_inject",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&Add ad hoc inject…"),
        "add_inject",
        "Ctrl+I",
        toolbar=True,
    ),
    ActionSpec(
        "game.rate_argument",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&Rate an argument…"),
        "rate_argument",
        "Ctrl+R",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Judge a seat's argument before the roll: it changes the odds of its actions"
        ),
    ),
    ActionSpec(
        "game.open_room",
        "game",
        QT_TRANSLATE_NOOP("Actions", "Open &seats to the room…"),
        "open_room",
        "Ctrl+Shift+J",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Let each seat join from its own phone, tablet or laptop on this network"
        ),
    ),
    ActionSpec(
        "game.hand_over",
        "game",
        QT_TRANSLATE_NOOP("Actions", "Change &who plays a seat…"),
        "hand_over",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A bot plays a seat from now on, or a person takes it back, on the record"
        ),
    ),
    ActionSpec(
        "game.end_now",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&End the exercise now…"),
        "end_now",
        tip=QT_TRANSLATE_NOOP("Actions", "Finish before the last turn, with a reason"),
    ),
    ActionSpec(
        "game.hot_wash",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&Hot wash: add an observation…"),
        "hot_wash",
        "Ctrl+H",
    ),
    ActionSpec(
        "game.undo",
        "game",
        QT_TRANSLATE_NOOP("Actions", "&Undo last facilitator action"),
        "undo",
        QKeySequence.StandardKey.Undo,
        toolbar=True,
    ),
    ActionSpec(
        "view.facilitator",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Facilitator console"),
        "show_facilitator",
        "Ctrl+1",
        group="mode",
        toolbar=True,
    ),
    ActionSpec(
        "view.seat",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Seats (pass the laptop)"),
        "show_seats",
        "Ctrl+2",
        group="mode",
        toolbar=True,
    ),
    ActionSpec(
        "view.projector",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Projector window"),
        "toggle_projector",
        "Ctrl+3",
        checkable=True,
        toolbar=True,
    ),
    ActionSpec(
        "view.reset_panels",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Reset panels"),
        "reset_panels",
        tip=QT_TRANSLATE_NOOP("Actions", "Put the console's panels back where they start"),
    ),
    ActionSpec(
        "view.language.en",
        "view/language",
        "English",
        "set_language",
        argument="en",
        group="language",
    ),
    ActionSpec(
        "view.language.ko",
        "view/language",
        "한국어",
        "set_language",
        argument="ko",
        group="language",
    ),
    ActionSpec(
        "view.theme.system",
        "view/theme",
        QT_TRANSLATE_NOOP("Actions", "&System"),
        "set_theme",
        argument="system",
        group="theme",
    ),
    ActionSpec(
        "view.theme.light",
        "view/theme",
        QT_TRANSLATE_NOOP("Actions", "&Light"),
        "set_theme",
        argument="light",
        group="theme",
    ),
    ActionSpec(
        "view.theme.dark",
        "view/theme",
        QT_TRANSLATE_NOOP("Actions", "&Dark"),
        "set_theme",
        argument="dark",
        group="theme",
    ),
    ActionSpec(
        "help.how_to_play",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&How to play"),
        "how_to_play",
        QKeySequence.StandardKey.HelpContents,
    ),
    ActionSpec("help.about", "help", QT_TRANSLATE_NOOP("Actions", "&About Peninsula"), "about"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def build_actions(window: QMainWindow) -> tuple[dict[str, QAction], QMenu]:
    """Create the actions on `window`, its menus and toolbar; returns the actions by id and the
    Open Recent menu (filled by the window, since it changes)."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS.items():
        parent, _, _ = key.rpartition("/")
        owner = menus[parent] if parent else window.menuBar()
        menus[key] = owner.addMenu(_tr(title))
    recent = QMenu(_tr(RECENT_MENU), window)
    toolbar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    groups: dict[str, QActionGroup] = {}
    actions: dict[str, QAction] = {}
    previous_menu = ""
    for spec in ACTIONS:
        # Language names are written in their own language, so they are never translated.
        text = spec.text if spec.menu == "view/language" else _tr(spec.text)
        action = QAction(text, window)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setToolTip(_tr(spec.tip))
        action.setAutoRepeat(spec.repeats)
        if spec.group or spec.checkable:
            action.setCheckable(True)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        action.triggered.connect(_slot(window, spec))
        if spec.id == "file.close":
            menus["file"].addMenu(recent)
        menus[spec.menu].addAction(action)
        if spec.toolbar:
            if previous_menu and previous_menu != spec.menu:
                toolbar.addSeparator()
            toolbar.addAction(action)
            previous_menu = spec.menu
        actions[spec.id] = action
    return actions, recent


def _slot(window: QMainWindow, spec: ActionSpec) -> Callable[[], None]:
    method = getattr(window, spec.slot)
    if spec.argument is not None:
        return lambda: method(spec.argument)
    return lambda: method()
