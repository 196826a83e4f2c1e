"""English and Korean: Qt translators for the interface, the scenario's own fields for its names.

Interface strings go through Qt's translate and live in `assets/i18n/peninsula_ko.ts`. Names that
belong to the scenario (actors, levels, actions, injects) come from its `*_ko` fields, so a
scenario author translates them once, in the scenario file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wargame.bundled import bundled

if TYPE_CHECKING:
    from wargame.scenario import Scenario

# Marks a string for lupdate and returns it as it is; PySide6's stub says it returns `object`.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

I18N_DIR = bundled("assets", "i18n")
LANGUAGES = {"en": "English", "ko": "한국어"}

PHASES = {
    "briefing": QT_TRANSLATE_NOOP("Phase", "Briefing"),
    "deliberation": QT_TRANSLATE_NOOP("Phase", "Deliberation"),
    "review": QT_TRANSLATE_NOOP("Phase", "Review"),
    "adjudication": QT_TRANSLATE_NOOP("Phase", "Adjudication"),
    "outcome": QT_TRANSLATE_NOOP("Phase", "Outcome"),
    "ended": QT_TRANSLATE_NOOP("Phase", "Ended"),
}

RATINGS = {
    "strong": QT_TRANSLATE_NOOP("Rating", "Strong"),
    "weak": QT_TRANSLATE_NOOP("Rating", "Weak"),
    "stated": QT_TRANSLATE_NOOP("Rating", "Stated"),
}
"""The facilitator's judgements of an argument (see `Game.rate_argument`)."""

_installed: list[QTranslator] = []


def install_translators(language: str) -> None:
    """Replace the application's translators with those for `language` ("en" needs none)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"peninsula_{language}", str(I18N_DIR)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))


def phase_name(phase: str) -> str:
    return QCoreApplication.translate("Phase", PHASES[phase])


def rating_label(rating: dict[str, Any] | None) -> str:
    """'Strong (+10%)': the judgement of an argument from `fog.view`; empty when there is none."""
    if not rating:
        return ""
    from wargame.adjudication import signed_percent  # with the scenario code, as below

    grade = QCoreApplication.translate("Rating", RATINGS[rating["grade"]])
    return f"{grade} ({signed_percent(rating['change'])})"


def _pick(english: str, korean: str | None, language: str) -> str:
    return korean if language == "ko" and korean else english


def actor_names(scenario: Scenario, actor_ids: list[str], language: str) -> str:
    from wargame.names import actor_name  # with the scenario code, after the start screen

    return ", ".join(actor_name(scenario, a, language) for a in actor_ids)


def brief(scenario: Scenario, actor_id: str, language: str) -> str:
    actor = scenario.actor(actor_id)
    return _pick(actor.brief, actor.brief_ko, language)


def objective_text(scenario: Scenario, actor_id: str, objective_id: str, language: str) -> str:
    objective = next(o for o in scenario.actor(actor_id).objectives if o.id == objective_id)
    return _pick(objective.text, objective.text_ko, language)


def red_line_text(scenario: Scenario, actor_id: str, red_line_id: str, language: str) -> str:
    red_line = next(r for r in scenario.actor(actor_id).red_lines if r.id == red_line_id)
    return _pick(red_line.text, red_line.text_ko, language)


def ending_text(scenario: Scenario, ending_id: str, language: str) -> str:
    """The ending's name and what it means, as the room should read it when the game is over.

    A Korean screen should not switch to English mid-sentence, so where the scenario gives no
    Korean description the name stands alone."""
    from wargame.names import ending_name

    ending = next(e for e in scenario.endings if e.id == ending_id)
    name = ending_name(scenario, ending_id, language)
    description = ending.description_ko if language == "ko" else ending.description
    return f"{name}. {description}" if description else name


def scenario_title(scenario: Scenario, language: str) -> str:
    return _pick(scenario.title, scenario.title_ko, language)


def inject_text(scenario: Scenario, inject: dict[str, Any], language: str) -> tuple[str, str]:
    """Title and body of an inject as a view shows it, in Korean where the MSEL has it.

    A facilitator's edit or an ad hoc inject exists only in the words it was typed in, so the
    scenario's translation is used only while the text is still the scenario's own.
    """
    title, body = inject["title"], inject["body"]
    if language != "ko" or inject.get("adhoc"):
        return title, body
    planned = next((i for i in scenario.injects if i.id == inject["id"]), None)
    if planned is None or (planned.title, planned.body) != (title, body):
        return title, body
    return _pick(title, planned.title_ko, language), _pick(body, planned.body_ko, language)


def tr(context: str, text: str) -> str:
    """Translate a string declared with QT_TRANSLATE_NOOP in `context`."""
    return QCoreApplication.translate(context, text)
