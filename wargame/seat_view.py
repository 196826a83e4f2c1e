"""A seat's screen as data: everything one seat's screen shows, and nothing else.

The desktop seat screen and the browser seat pages both draw from `seat_view`, so they cannot
disagree, and what a browser receives can be no more than this. It is `fog.view` for the seat
(the world as the seat may know it, its injects and results) with the seat's own brief,
objectives, red lines and action menu, and the room's public facts (names, colours, the ladder).

`seat_scenario` is the same boundary for screens that draw from a scenario: the scenario as the
seat may know it, with every other seat's brief, objectives, red lines and menu, the MSEL and
the designer's notes taken out.
"""

from __future__ import annotations

from typing import Any

from wargame.chronicle import Chronicle
from wargame.fog import view
from wargame.names import KOREAN, actor_name, bloc_name, ending_name, level_name, localized
from wargame.scenario import Actor, Scenario
from wargame.state import Phase, WorldState


def _menu(scenario: Scenario, actor: Actor, language: str) -> list[dict[str, Any]]:
    return [
        {
            "id": action.id,
            "name": action.name_ko if language == KOREAN else action.name,
            "category": action.category.value,
            "description": localized(action, "description", language),
            "targets": [
                {"id": target, "name": actor_name(scenario, target, language)}
                for target in action.targets
            ],
        }
        for action in actor.actions
    ]


def _room(scenario: Scenario, state: WorldState, language: str) -> dict[str, Any]:
    """What everyone in the room knows: who sits at the table, the ladders, the calendar."""
    return {
        "title": scenario.title_ko if language == KOREAN else scenario.title,
        "actors": [
            {"id": a.id, "name": actor_name(scenario, a.id, language), "colour": a.colour}
            for a in scenario.actors
        ],
        "ladder": [
            level_name(scenario, n, language) for n in range(len(scenario.escalation_ladder))
        ],
        "bloc_ladder": [bloc_name(scenario, n, language) for n in range(len(scenario.bloc_ladder))],
        "indicators": [
            {"id": i.id, "name": i.name_ko if language == KOREAN else i.name}
            for i in scenario.indicators
        ],
        "date": scenario.date_of_turn(max(1, state.turn)).isoformat(),
        "ending": _ending(scenario, state, language),
    }


def _ending(scenario: Scenario, state: WorldState, language: str) -> dict[str, str] | None:
    """How the exercise ended, as the whole room learns it once it has."""
    if state.ending is None:
        return None
    ending = next(e for e in scenario.endings if e.id == state.ending)
    # A Korean screen should not switch to English mid-sentence: no Korean, no description.
    description = ending.description_ko if language == KOREAN else ending.description
    return {"name": ending_name(scenario, ending.id, language), "description": description or ""}


def _inject_in(scenario: Scenario, inject: dict[str, Any], language: str) -> dict[str, Any]:
    """A released inject in the seat's language where the MSEL has it. A facilitator's edit or
    an ad hoc inject exists only in the words it was typed in, so the scenario's translation is
    used only while the text is still the scenario's own."""
    if language != KOREAN or inject["adhoc"]:
        return inject
    planned = next((i for i in scenario.injects if i.id == inject["id"]), None)
    if planned is None or (planned.title, planned.body) != (inject["title"], inject["body"]):
        return inject
    return {
        **inject,
        "title": planned.title_ko or planned.title,
        "body": planned.body_ko or planned.body,
    }


def seat_view(
    state: WorldState,
    seat: str,
    language: str = "en",
    chronicle: Chronicle = (),
    clock: float | None = None,
    clock_paused: bool = False,
) -> dict[str, Any]:
    """Everything `seat`'s screen needs now. `clock` is the deliberation's seconds left (None
    when no timer runs), `clock_paused` whether the facilitator has stopped it for now."""
    scenario = state.scenario
    actor = scenario.actor(seat)
    shown = view(state, seat, language, chronicle)
    shown["injects"] = [_inject_in(scenario, i, language) for i in shown["injects"]]
    status = shown["objectives"][seat]
    seat_state = state.seats.get(seat)
    shown["you"] = {
        "id": seat,
        "name": actor_name(scenario, seat, language),
        "colour": actor.colour,
        "brief": localized(actor, "brief", language),
        "objectives": [
            {
                "id": o.id,
                "text": localized(o, "text", language),
                "met": o.id in status["met"],
                "standing": status["standing"][o.id],
            }
            for o in actor.objectives
        ],
        "red_lines": [
            {
                "id": r.id,
                "text": localized(r, "text", language),
                "crossed": r.id in status["red_lines_crossed"],
            }
            for r in actor.red_lines
        ],
        "menu": _menu(scenario, actor, language),
        # A free action, proposed in the seat's own words, may aim at any other seat.
        "free_targets": [
            {"id": a, "name": actor_name(scenario, a, language)}
            for a in scenario.actor_ids
            if a != seat
        ],
        "moves_per_turn": state.moves_per_turn,
        "can_move": state.phase is Phase.DELIBERATION and bool(seat_state and seat_state.human),
        "move": shown["moves"].get(seat),
    }
    shown["room"] = _room(scenario, state, language)
    shown["clock"] = clock
    shown["clock_paused"] = clock is not None and clock_paused
    return shown


def seat_scenario(scenario: Scenario, seat: str) -> Scenario:
    """`scenario` as `seat` may know it: every actor's name, colour and starting indicators,
    the ladder, the indicators and the endings' names; the seat's own brief, objectives, red
    lines and menu; nobody else's, and no inject (released ones reach the seat through its
    view, with their audience kept)."""

    def known(actor: Actor) -> Actor:
        if actor.id == seat:
            return actor
        return actor.model_copy(
            update={
                "brief": "",
                "brief_ko": None,
                "objectives": [],
                "red_lines": [],
                "actions": [],
            }
        )

    return scenario.model_copy(
        update={
            "actors": [known(a) for a in scenario.actors],
            "injects": [],
            "endings": [
                e.model_copy(update={"condition": None, "sources": []}) for e in scenario.endings
            ],
            "exercise_objectives": [],
        }
    )
