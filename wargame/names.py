"""Names from the scenario in the chosen language: they are content, so never translated by Qt
or by a message catalogue; an id the scenario does not know is shown as it is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wargame.scenario import Scenario

KOREAN = "ko"


_DIGIT_HAS_FINAL = "0136780"
"""Digits whose Korean reading ends in a consonant: 영, 일, 삼, 육, 칠, 팔 (and 십 after a 0)."""


def particle(word: str, after_consonant: str, after_vowel: str) -> str:
    """`word` with the Korean particle its last sound takes: 과/와, 을/를, 이/가, 은/는. A closing
    bracket is passed over ("대비태세 (73)" takes the particle of 대비태세)."""
    core = word
    if core.endswith(")") and "(" in core:
        core = core[: core.rindex("(")].rstrip()
    last = core[-1:] or " "
    if "\uac00" <= last <= "\ud7a3":
        final = (ord(last) - 0xAC00) % 28 != 0
    elif last.isdigit():
        final = last in _DIGIT_HAS_FINAL
    else:
        final = False
    return word + (after_consonant if final else after_vowel)


def actor_name(scenario: Scenario, actor_id: str, language: str) -> str:
    actor = next((a for a in scenario.actors if a.id == actor_id), None)
    if actor is None:
        return actor_id
    return actor.name_ko if language == KOREAN else actor.name


def actor_names(scenario: Scenario, actor_ids: Iterable[str], language: str = "en") -> str:
    """Seats by name in `language`, as a list within a sentence."""
    return ", ".join(actor_name(scenario, a, language) for a in actor_ids)


def level_name(scenario: Scenario, level: int, language: str) -> str:
    rung = scenario.escalation_ladder[level]
    return rung.name_ko if language == KOREAN else rung.name


def bloc_name(scenario: Scenario, level: int, language: str) -> str:
    """The rung of the bloc ladder; empty for a scenario that has none."""
    if not scenario.bloc_ladder:
        return ""
    rung = scenario.bloc_ladder[level]
    return rung.name_ko if language == KOREAN else rung.name


def indicator_name(scenario: Scenario, indicator_id: str, language: str) -> str:
    indicator = next((i for i in scenario.indicators if i.id == indicator_id), None)
    if indicator is None:
        return indicator_id
    return indicator.name_ko if language == KOREAN else indicator.name


def action_name(scenario: Scenario, actor_id: str, action_id: str, language: str) -> str:
    actor = next((a for a in scenario.actors if a.id == actor_id), None)
    action = next((a for a in actor.actions if a.id == action_id), None) if actor else None
    if action is None:
        return action_id
    return action.name_ko if language == KOREAN else action.name


def ending_name(scenario: Scenario, ending_id: str, language: str) -> str:
    ending = next((e for e in scenario.endings if e.id == ending_id), None)
    if ending is None:
        return ending_id
    return ending.name_ko if language == KOREAN else ending.name


def red_line_text(scenario: Scenario, actor_id: str, red_line_id: str, language: str) -> str:
    actor = next((a for a in scenario.actors if a.id == actor_id), None)
    line = next((r for r in actor.red_lines if r.id == red_line_id), None) if actor else None
    return localized(line, "text", language) if line else red_line_id


def inject_title(scenario: Scenario, inject_id: str, language: str) -> str:
    """The MSEL's title of an inject; empty for an ad hoc one, which carries its own."""
    inject = next((i for i in scenario.injects if i.id == inject_id), None)
    if inject is None:
        return ""
    return (inject.title_ko or inject.title) if language == KOREAN else inject.title


def localized(model: object, field: str, language: str) -> Any:
    """`model.field` in `language`: its `field_ko` twin for Korean where the scenario gives one
    (a string, or a list of them). A field the model does not have reads as None."""
    if language == KOREAN:
        korean = getattr(model, f"{field}_ko", None)
        if korean:
            return korean
    return getattr(model, field, None)
