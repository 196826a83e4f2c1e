"""What each seat may know of an adjudication: modifiers and rationales drawn from another
seat's covert move stay with those who may see that move. What each may know of an inject: its
text and basis, never the facilitator's notes on it."""

from __future__ import annotations

import json

from helpers import FACILITATOR_ONLY, covert_scenario_data, mini_scenario

from wargame.engine import Game
from wargame.fog import FACILITATOR, PUBLIC, UNSEEN, view
from wargame.scenario import Scenario
from wargame.state import ChosenAction

COUNTER = "Counter-move by Pyongyang"


def _covert_counter_move_turn() -> Game:
    """Seoul offers Pyongyang trade (in public) while Pyongyang covertly moves against Seoul."""
    game = Game.new(Scenario.model_validate(covert_scenario_data()), seed=3)
    game.advance()
    game.submit_move("seoul", [ChosenAction("act_3", "pyongyang")], "trade")
    game.submit_move("pyongyang", [ChosenAction("act_2", "seoul")], "covert")
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
    result = _seoul_result(view(game.state, "seoul"))
    assert [UNSEEN[0], -0.1] in result["modifiers"]
    assert UNSEEN[0] in result["rationale"]


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
    assert [UNSEEN[0], -0.1] in seoul["modifiers"], "the factor is there, unnamed"


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
