"""Shared test helpers: a small scenario built in code, and game factories."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from wargame.engine import Game
from wargame.scenario import Scenario
from wargame.state import ChosenAction, Phase

SEED_FILE = "000_37083db0633f7edd.txt"
ACTORS = ("seoul", "pyongyang", "washington", "moscow", "beijing")


def _action(actor: str, n: int, category: str, targets: list[str]) -> dict[str, Any]:
    return {
        "id": f"act_{n}",
        "category": category,
        "name": f"{actor} action {n}",
        "name_ko": f"{actor} 행동 {n}",
        "description": "A test action.",
        "base_probability": 0.5,
        "targets": targets,
        "audience": "all" if n % 2 else [actor],
        "on_success": {
            "escalation": 1 if category == "military" else -1 if category == "diplomatic" else 0,
            "indicators": [{"actor": "self", "indicator": "support", "change": 5}],
            "relations": [{"between": ["self", "target"], "change": 10}] if targets else [],
        },
        "on_failure": {"indicators": [{"actor": "self", "indicator": "support", "change": -3}]},
        "sources": [{"seed": SEED_FILE, "events": ["E01"]}],
    }


def mini_scenario_data() -> dict[str, Any]:
    """A scenario small enough to read at a glance, with every feature the engine has."""
    categories = ["diplomatic", "information", "military", "economic", "diplomatic", "military"]
    actors = []
    for actor in ACTORS:
        others = [a for a in ACTORS if a != actor]
        actors.append(
            {
                "id": actor,
                "name": actor.title(),
                "name_ko": actor,
                "colour": "#336699",
                "brief": f"The {actor} seat.",
                "objectives": [
                    {
                        "id": "calm",
                        "text": "Keep calm",
                        "condition": {"escalation": {"at_most": 2}},
                    },
                    {
                        "id": "support",
                        "text": "Stay popular",
                        "condition": {
                            "indicator": {"actor": actor, "indicator": "support", "at_least": 55}
                        },
                    },
                ],
                "red_lines": [
                    {"id": "war", "text": "No war", "condition": {"escalation": {"at_least": 4}}}
                ],
                "indicators": {"support": 50, "readiness": 50},
                "actions": [
                    _action(actor, n, c, others[:2] if n in (0, 3) else [])
                    for n, c in enumerate(categories)
                ],
            }
        )
    data: dict[str, Any] = {
        "id": "mini",
        "title": "Mini",
        "title_ko": "미니",
        "description": "A small scenario for tests.",
        "start_date": "2024-10-14",
        "days_per_turn": 30,
        "turns": 4,
        "moves_per_turn": 2,
        "indicators": [
            {"id": "support", "name": "Support", "name_ko": "지지"},
            {"id": "readiness", "name": "Readiness", "name_ko": "대비"},
        ],
        "escalation_ladder": [
            {"name": f"Level {n}", "name_ko": f"단계 {n}", "description": "A level."}
            for n in range(5)
        ],
        "start_escalation": 1,
        "relations": [{"between": ["seoul", "washington"], "value": 60}],
        "actors": actors,
        "injects": [
            {
                "id": "INJ-1",
                "turn": 1,
                "date": "2024-10-14",
                "title": "Public one",
                "body": "Everyone sees this.",
                "effects": {"escalation": 1},
                "sources": [{"seed": SEED_FILE, "events": ["E01"]}],
            },
            {
                "id": "INJ-2",
                "turn": 1,
                "audience": ["seoul"],
                "date": "2024-10-15",
                "title": "Secret for Seoul",
                "body": "Only Seoul sees this.",
                "sources": [{"seed": SEED_FILE, "events": ["E04"]}],
            },
            {
                "id": "INJ-3",
                "turn": 2,
                "audience": ["moscow", "pyongyang"],
                "date": "2024-11-15",
                "title": "Private channel",
                "body": "Moscow and Pyongyang only.",
            },
            {
                "id": "INJ-4",
                "trigger": {"escalation": {"at_least": 3}},
                "date": "2024-12-01",
                "date_estimated": True,
                "title": "Talks offered",
                "body": "Estimated date.",
                "effects": {"escalation": -1},
            },
        ],
        "endings": [
            {
                "id": "spiral",
                "name": "Spiral",
                "name_ko": "악순환",
                "description": "High.",
                "condition": {"escalation": {"at_least": 3}},
            },
            {
                "id": "armistice",
                "name": "Armistice",
                "name_ko": "정전",
                "description": "As before.",
            },
        ],
        "seeds": [{"file": SEED_FILE, "title": "Tensions", "events": ["E01", "E04"]}],
        "exercise_objectives": [
            {"id": "signals", "text": "Examine how allies read signals", "text_ko": "신호 읽기"}
        ],
    }
    for n, inject in enumerate(data["injects"]):
        inject.update(_guidance(inject["id"], BASES[n % len(BASES)]))
    return data


BASES = ("reported", "analysis", "projection", "exercise_device")
FACILITATOR_ONLY = "for-the-facilitator"
"""Every piece of the mini scenario's facilitator guidance carries this mark, so a test can
tell that none of it reached a seat or the projector."""


def _guidance(inject_id: str, basis: str) -> dict[str, Any]:
    """An inject's guidance: a basis for everyone and, marked, notes and the rest for the
    facilitator, in English and Korean."""
    mark = f"{FACILITATOR_ONLY}-{inject_id}"
    return {
        "basis": basis,
        "notes": f"{mark}: notes",
        "notes_ko": f"{mark}: 메모",
        "expected_actions": [f"{mark}: expected"],
        "expected_actions_ko": [f"{mark}: 예상 행동"],
        "discussion_questions": [f"{mark}: question"],
        "discussion_questions_ko": [f"{mark}: 토의 질문"],
        "exercise_objectives": ["signals"],
    }


def covert_scenario_data() -> dict[str, Any]:
    """The mini scenario where each actor's private military action (`act_2`) is aimed against
    another actor (it worsens their relations): a covert move that only its actor may see."""
    data = mini_scenario_data()
    for actor in data["actors"]:
        covert = actor["actions"][2]
        assert covert["category"] == "military" and covert["audience"] == [actor["id"]]
        covert["targets"] = [a for a in ACTORS if a != actor["id"]]
        covert["on_success"]["relations"] = [{"between": ["self", "target"], "change": -10}]
    return data


def mini_scenario() -> Scenario:
    return Scenario.model_validate(mini_scenario_data())


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    import yaml

    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


STEPS_PER_TURN = len(Phase) - 1
"""A game leaves each phase but the end once a turn: briefing, deliberation, adjudication and
outcome."""


def steps_until(done: Callable[[], bool], scenario: Scenario) -> Iterator[int]:
    """Counts the steps of a game of `scenario` until `done()`: at most one out of each phase of
    each of its turns, after which a game still going fails its test instead of hanging it."""
    most = STEPS_PER_TURN * scenario.turns
    for step in range(most):
        if done():
            return
        yield step
    assert done(), f"still going after {most} steps, one out of each phase of every turn"


def play_turn_as(game: Game, moves: dict[str, list[ChosenAction]], succeed: bool = True) -> None:
    """One turn with these moves, each outcome overridden to `succeed` and no incident at the
    line, up to the next turn."""
    if game.state.phase is Phase.BRIEFING:
        game.advance()
    for actor, actions in moves.items():
        game.submit_move(actor, actions, "")
    game.advance(force=True)
    for item in game.state.adjudications:
        if item.proposed != succeed:
            game.override(item.id, succeed, "for the test")
    check = game.state.incident
    if check is not None and check.proposed:
        game.override(check.id, False, "for the test")
    game.advance()  # publish
    game.advance()  # next turn


COVERT_LAUNCH = "Pyongyang: Ballistic missile launches"
"""The name of the fresh move up that `korea_at_the_line` makes known to Beijing alone."""


def korea_at_the_line(path: Path | None = None) -> Any:
    """A game of `korea-2025` in which the ladder has been climbed to *Forces on alert* (rung 4)
    and a turn played there: Washington's combined drills (public) and Pyongyang's missile
    launch, made covert in this copy of the scenario (known to Beijing as well), raised the risk
    of an incident, which the check found did not happen. The game stands in deliberation of the
    next turn, with a check due should anyone move up. With `path`, the game is saved there (and
    the file closed)."""
    from wargame.replay import new_game
    from wargame.scenario_file import load_scenario

    korea = load_scenario("korea-2025")
    data = korea.model_dump(mode="json", by_alias=True)
    pyongyang = next(a for a in data["actors"] if a["id"] == "pyongyang")
    launch = next(a for a in pyongyang["actions"] if a["id"] == "missile_launch")
    launch["audience"] = ["beijing"]
    covert = Scenario.model_validate(data)
    game_file, game = new_game(path, covert, 3) if path else (None, Game.new(covert, seed=3))
    turns = [
        {"pyongyang": [ChosenAction("icbm_display")]},
        {"washington": [ChosenAction("combined_drills")]},
        {
            "washington": [ChosenAction("combined_drills")],
            "pyongyang": [ChosenAction("missile_launch")],
        },
    ]
    for moves in turns:
        play_turn_as(game, moves)
    game.advance()  # briefing → deliberation
    if game_file is not None:
        game_file.close()
    return game


def assert_folds_to_the_live_game(scenario: Scenario, log: list[Any], game: Game) -> None:
    """The log folds back to exactly the live game's state and chronicle, and that state's
    snapshot reads back as itself."""
    from wargame.engine import fold_with_chronicle
    from wargame.state_codec import decode, encode

    replayed, chronicle = fold_with_chronicle(scenario, log)
    assert replayed == game.state
    assert chronicle == game.chronicle
    assert encode(replayed) == encode(game.state)
    assert encode(decode(scenario, encode(game.state))) == encode(game.state)
