"""What each seat may know of an adjudication: modifiers and rationales drawn from another
seat's covert move stay with those who may see that move, and so does the roll that met them; an
override's reason stays with the record unless the facilitator shows it. What each may know of
an inject: its text and basis, never the facilitator's notes on it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import FACILITATOR_ONLY, covert_scenario_data, mini_scenario

from wargame.engine import Game
from wargame.events import AdjudicationOverridden
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.replay import new_game, state_at
from wargame.scenario import Scenario
from wargame.state import ChosenAction
from wargame.store import GameFile

COUNTER = "Counter-move by Pyongyang"


def _covert_counter_move_turn(covert_target: str = "seoul") -> Game:
    """Seoul offers Pyongyang trade (in public) while Pyongyang covertly moves against Seoul
    (or against `covert_target`)."""
    game = Game.new(Scenario.model_validate(covert_scenario_data()), seed=3)
    game.advance()
    game.submit_move("seoul", [ChosenAction("act_3", "pyongyang")], "trade")
    game.submit_move("pyongyang", [ChosenAction("act_2", covert_target)], "covert")
    game.advance(force=True)  # adjudicate
    game.advance()  # publish
    return game


def _seoul_result(shown: dict) -> dict:
    return next(r for r in shown["results"] if r["actor"] == "seoul")


def test_a_covert_counter_move_is_not_named_to_the_seat_it_was_hidden_from() -> None:
    game = _covert_counter_move_turn()
    for language in ("en", "ko"):
        result = _seoul_result(view(game.state, "seoul", language))
        shown = " ".join(name for name, _ in result["modifiers"]) + result["rationale"]
        assert "counter-move" not in shown and "맞대응" not in shown, shown


def test_a_seat_cannot_tell_from_its_odds_that_a_covert_counter_move_was_made() -> None:
    """Seoul is shown the same odds, modifiers and words whether Pyongyang's covert move was
    aimed at it or elsewhere: nothing it is shown sums up what it may not see."""
    countered = _seoul_result(view(_covert_counter_move_turn("seoul").state, "seoul"))
    elsewhere = _seoul_result(view(_covert_counter_move_turn("moscow").state, "seoul"))
    facilitator = _seoul_result(view(_covert_counter_move_turn("seoul").state, FACILITATOR))
    assert ["Counter-move by Pyongyang", -0.1] in facilitator["modifiers"]
    assert countered["modifiers"] == elsewhere["modifiers"]
    assert countered["probability"] == elsewhere["probability"]
    assert countered["probability"] == round(facilitator["probability"] + 0.1, 2)
    assert countered["rationale"] == elsewhere["rationale"]


def test_a_seat_and_the_room_are_told_the_outcome_and_not_the_roll() -> None:
    game = _covert_counter_move_turn()
    for seat in ("seoul", "pyongyang", PUBLIC):
        result = _seoul_result(view(game.state, seat))
        assert "roll" not in result and "proposed" not in result
        assert "Roll" not in result["rationale"]
        verdict = "succeeds" if result["success"] else "falls short"
        assert result["rationale"].endswith(f"as far as you may know; the action {verdict}.")
        assert "주사위" not in _seoul_result(view(game.state, seat, "ko"))["rationale"]
    facilitator = _seoul_result(view(game.state, FACILITATOR))
    assert facilitator["roll"] == game.state.adjudications[0].roll
    assert "Roll" in facilitator["rationale"]


def test_the_numbers_a_seat_sees_still_add_up_to_the_probability() -> None:
    game = _covert_counter_move_turn()
    result = _seoul_result(view(game.state, "seoul"))
    total = result["base"] + sum(value for _, value in result["modifiers"])
    assert round(min(0.95, max(0.05, total)), 3) == result["probability"]


def test_the_facilitator_and_the_mover_see_the_counter_move_by_name() -> None:
    game = _covert_counter_move_turn()
    facilitator = _seoul_result(view(game.state, FACILITATOR))
    assert COUNTER in [name for name, _ in facilitator["modifiers"]]
    assert COUNTER in facilitator["rationale"]
    # Pyongyang made the move, but Seoul's result is Seoul's own business (public here).
    pyongyang = _seoul_result(view(game.state, "pyongyang"))
    assert COUNTER in [name for name, _ in pyongyang["modifiers"]]


def test_the_projector_sees_no_covert_factor() -> None:
    game = _covert_counter_move_turn()
    shown = view(game.state, PUBLIC)
    (seoul,) = [r for r in shown["results"] if r["actor"] == "seoul"]
    assert COUNTER not in str(seoul)
    true_odds = _seoul_result(view(game.state, FACILITATOR))["probability"]
    assert seoul["probability"] == pytest.approx(true_odds + 0.1), (
        "the room's odds leave the hidden factor out, unnamed and uncounted"
    )


def test_a_seat_and_the_projector_see_an_injects_basis_but_never_its_notes() -> None:
    game = Game.new(mini_scenario(), seed=5)
    game.advance()  # INJ-1 (reported) and INJ-2 (analysis, for Seoul) are released
    for seat in ("seoul", PUBLIC):
        for language, reported in (("en", "Reported"), ("ko", "보도된 사실")):
            shown = view(game.state, seat, language)
            assert shown["injects"][0]["basis"] == "reported"
            assert shown["injects"][0]["basis_name"] == reported
            assert FACILITATOR_ONLY not in json.dumps(shown, ensure_ascii=False)
    assert [i["basis"] for i in view(game.state, "seoul")["injects"]] == ["reported", "analysis"]


def _overridden(reason_shown: bool) -> Game:
    """Pyongyang's covert move against Seoul, and Seoul's public action overridden with a
    reason that speaks of it."""
    game = Game.new(Scenario.model_validate(covert_scenario_data()), seed=3)
    game.advance()
    game.submit_move("seoul", [ChosenAction("act_3", "pyongyang")], "trade")
    game.submit_move("pyongyang", [ChosenAction("act_2", "seoul")], "covert")
    game.advance(force=True)
    seoul = game.state.adjudications[0]
    game.override(seoul.id, not seoul.success, REASON, reason_shown=reason_shown)
    game.advance()  # publish
    return game


REASON = "Pyongyang's covert move made this impossible"


def test_an_override_reason_is_for_the_record_unless_the_facilitator_shows_it() -> None:
    kept = _overridden(reason_shown=False)
    for seat in ("seoul", "moscow", PUBLIC):
        result = _seoul_result(view(kept.state, seat))
        assert result["override"] == {"success": result["success"]}
        assert REASON not in json.dumps(view(kept.state, seat, chronicle=kept.chronicle))
    facilitator = _seoul_result(view(kept.state, FACILITATOR))
    assert facilitator["override"]["reason"] == REASON
    assert facilitator["override"]["reason_shown"] is False

    shown = _overridden(reason_shown=True)
    for seat in ("seoul", "moscow", PUBLIC):
        assert _seoul_result(view(shown.state, seat))["override"]["reason"] == REASON
    assert _seoul_result(view(shown.state, FACILITATOR))["override"]["reason_shown"] is True


def test_a_game_saved_before_reasons_could_be_shown_keeps_its_reasons_for_the_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "older.wargame"
    game_file, game = new_game(path, Scenario.model_validate(covert_scenario_data()), seed=3)
    with game_file:
        game.advance()
        game.submit_move("seoul", [ChosenAction("act_3", "pyongyang")], "trade")
        game.advance(force=True)
        seoul = game.state.adjudications[0]
        game.override(seoul.id, not seoul.success, REASON, reason_shown=True)
        game.advance()
    # As an older version wrote it: no such field, and snapshots of the format before.
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "UPDATE event SET payload = json_remove(payload, '$.reason_shown') "
            "WHERE type = 'adjudication_overridden'"
        )
        raw.execute("UPDATE snapshot SET format = format - 1")
        raw.execute("UPDATE turn_record SET format = format - 1")
    raw.close()
    with GameFile.open(path) as older:
        (stored,) = [e.event for e in older.events() if e.event.type == "adjudication_overridden"]
        state = state_at(older)
    assert isinstance(stored, AdjudicationOverridden) and stored.reason_shown is False
    assert REASON not in json.dumps(view(state, "seoul"))
    assert _seoul_result(view(state, FACILITATOR))["override"] == {
        "success": not seoul.success,
        "reason": REASON,
        "reason_shown": False,
    }
