"""The hot wash: observations recorded as events, revised and withdrawn by compensating events,
checked for what they name, and kept for the facilitator alone."""

from __future__ import annotations

import pytest
from helpers import mini_scenario

from wargame.autoplay import play
from wargame.engine import Game
from wargame.errors import RuleError
from wargame.events import ObservationModel, ObservationRecorded, ObservationWithdrawn
from wargame.fog import FACILITATOR, PUBLIC, view


def _ended() -> tuple[Game, list]:
    log: list = []
    game = Game.new(mini_scenario(), 7, recorder=lambda rs: log.extend(r.event for r in rs))
    play(game, game.scenario.actor_ids)
    return game, log


def test_observations_are_events_and_changes_to_them_compensate() -> None:
    game, log = _ended()
    first = game.record_observation(
        ObservationModel(text="Seoul's early outreach calmed the room", kind="strength",
                         seats=["seoul"], turn=1, inject="INJ-1", objective="seoul/calm")
    )  # fmt: skip
    second = game.record_observation(
        ObservationModel(text="The projector lagged behind", kind="improvement")
    )
    game.revise_observation(
        first, ObservationModel(text="Seoul's outreach calmed the room", kind="strength")
    )
    game.withdraw_observation(second)
    assert list(game.state.observations) == [first]
    assert game.state.observations[first].text == "Seoul's outreach calmed the room"
    assert any(isinstance(e, ObservationRecorded) for e in log)
    assert isinstance(log[-1], ObservationWithdrawn) and log[-1].withdraws == second
    with pytest.raises(RuleError, match="no observation"):
        game.withdraw_observation(second)


@pytest.mark.parametrize(
    ("noted", "message"),
    [
        (dict(text="   "), "needs a text"),
        (dict(text="x" * 4001), "longer than"),
        (dict(text="x", seats=["tokyo"]), "Unknown seat"),
        (dict(text="x", turn=99), "has not been played"),
        (dict(text="x", inject="INJ-99"), "No inject"),
        (dict(text="x", objective="seoul/unify"), "No objective"),
    ],
)
def test_an_observation_that_names_nothing_real_is_refused(noted: dict, message: str) -> None:
    game, _ = _ended()
    with pytest.raises(RuleError, match=message):
        game.record_observation(ObservationModel(kind="improvement", **noted))
    assert not game.state.observations


def test_only_the_facilitator_sees_the_hot_wash() -> None:
    game, _ = _ended()
    game.record_observation(ObservationModel(text="A candid note", kind="improvement"))
    assert view(game.state, FACILITATOR)["observations"][0]["text"] == "A candid note"
    for seat in (*game.scenario.actor_ids, PUBLIC):
        assert "A candid note" not in str(view(game.state, seat))
