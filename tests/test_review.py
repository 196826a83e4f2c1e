"""The review step (counter-arguments after deliberation) and the room's odds (estimates before
the roll): who may say what when, what each seat is shown, and that the log folds back to the
live game."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import assert_folds_to_the_live_game, mini_scenario
from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import COVERT, _attempt, _draw_command, _draw_move

from wargame.describe import describe
from wargame.engine import Game
from wargame.errors import RuleError
from wargame.events import Event, GameCreated, event_from_json
from wargame.fog import FACILITATOR, view
from wargame.review import reviewable
from wargame.scenario import Scenario
from wargame.session import Refused, Session
from wargame.state import ChosenAction, Phase
from wargame.state_codec import encode

SCENARIO = mini_scenario()
ACTORS = SCENARIO.actor_ids
PUBLIC_ACTION = ChosenAction("act_1")  # seen by all
COVERT_ACTION = ChosenAction("act_2")  # seen by its actor alone


def _reviewing(review_step: bool = True) -> Game:
    game = Game.new(SCENARIO, seed=11, review_step=review_step)
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION, COVERT_ACTION], "We lead.")
    game.submit_move("moscow", [PUBLIC_ACTION], "We watch.")
    game.advance(force=True)
    return game


def test_with_the_review_step_next_opens_the_review_then_adjudicates() -> None:
    game = Game.new(SCENARIO, seed=11, review_step=True)
    game.advance()
    for actor in ACTORS:
        game.submit_move(actor, [PUBLIC_ACTION])
    assert game.next_step().kind == "open_review"
    game.advance()
    assert game.state.phase is Phase.REVIEW and not game.state.adjudications
    assert game.next_step().kind == "adjudicate" and game.next_step().enabled
    game.advance()
    assert game.state.phase is Phase.ADJUDICATION and game.state.adjudications


def test_without_it_deliberation_goes_straight_to_adjudication() -> None:
    game = _reviewing(review_step=False)
    assert game.state.phase is Phase.ADJUDICATION


def test_a_game_saved_before_the_review_step_reads_as_one_without_it() -> None:
    created = GameCreated(scenario_id="mini", seed=1, seats={}, moves_per_turn=2)
    stored = json.loads(created.model_dump_json())
    del stored["review_step"]
    old = event_from_json(json.dumps(stored))
    assert isinstance(old, GameCreated) and old.review_step is False


def test_a_seat_counter_argues_another_seats_public_action_once_and_may_replace_it() -> None:
    game = _reviewing()
    game.counter_argue("moscow", "seoul", "act_1", None, "This will be read as a threat.")
    game.counter_argue("moscow", "seoul", "act_1", None, "It will be read as a bluff.")
    assert [c.text for c in game.state.counter_arguments.values()] == [
        "It will be read as a bluff."
    ]
    game.counter_argue("washington", "moscow", "act_1", None, "Moscow cannot sustain it.")
    game.advance()
    seoul_public = next(
        a for a in game.state.adjudications if (a.actor, a.action) == ("seoul", "act_1")
    )
    assert [(c.by, c.text) for c in seoul_public.counter_arguments] == [
        ("moscow", "It will be read as a bluff.")
    ]


@pytest.mark.parametrize(
    ("by", "actor", "action", "why"),
    [
        ("moscow", "seoul", "act_2", "no such action"),  # covert: kept from Moscow
        ("seoul", "seoul", "act_1", "no such action"),  # its own
        ("moscow", "seoul", "act_3", "no such action"),  # not chosen this turn
        ("nowhere", "seoul", "act_1", "No seat"),
    ],
)
def test_a_counter_argument_is_refused_on_what_the_seat_may_not_counter(
    by: str, actor: str, action: str, why: str
) -> None:
    game = _reviewing()
    with pytest.raises(RuleError, match=why):
        game.counter_argue(by, actor, action, None, "No.")
    assert not game.state.counter_arguments


def test_counter_arguments_belong_to_the_review_and_an_empty_one_withdraws() -> None:
    game = Game.new(SCENARIO, seed=11, review_step=True)
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION])
    with pytest.raises(RuleError, match="review step"):
        game.counter_argue("moscow", "seoul", "act_1", None, "Too early.")
    game.advance(force=True)
    game.counter_argue("moscow", "seoul", "act_1", None, "A point.")
    game.counter_argue("moscow", "seoul", "act_1", None, "   ")
    assert not game.state.counter_arguments


def test_a_seat_estimates_its_own_actions_while_it_moves_and_others_only_in_review() -> None:
    game = Game.new(SCENARIO, seed=11, review_step=True)
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION, COVERT_ACTION])
    game.submit_move("moscow", [PUBLIC_ACTION])
    game.estimate("seoul", "seoul", "act_2", None, 0.651)
    assert game.state.estimates == {("seoul", "seoul", "act_2", None): 0.65}
    with pytest.raises(RuleError, match="no such action"):
        game.estimate("moscow", "seoul", "act_1", None, 0.5)  # not before the review
    game.estimate(FACILITATOR, "seoul", "act_2", None, 0.3)  # the facilitator: anything
    game.advance(force=True)
    game.estimate("moscow", "seoul", "act_1", None, 0.4)
    with pytest.raises(RuleError, match="no such action"):
        game.estimate("moscow", "seoul", "act_2", None, 0.4)  # covert, kept from Moscow
    with pytest.raises(RuleError, match="between 0% and 100%"):
        game.estimate("seoul", "seoul", "act_1", None, 1.5)
    game.advance()
    with pytest.raises(RuleError, match="before the roll"):
        game.estimate(FACILITATOR, "seoul", "act_1", None, 0.5)
    estimates = {(a.actor, a.action): dict(a.estimates) for a in game.state.adjudications}
    assert estimates[("seoul", "act_2")] == {"seoul": 0.65, FACILITATOR: 0.3}
    assert estimates[("seoul", "act_1")] == {"moscow": 0.4}
    assert estimates[("moscow", "act_1")] == {}


def test_an_estimate_withdrawn_leaves_the_world_as_it_was() -> None:
    game = _reviewing()
    before = game.state
    game.estimate("moscow", "seoul", "act_1", None, 0.7)
    game.estimate("moscow", "seoul", "act_1", None, None)
    assert encode(replace(game.state, seq=before.seq)) == encode(before)


def test_an_estimate_is_its_givers_own_business_until_the_end() -> None:
    game = _reviewing()
    game.estimate("moscow", "seoul", "act_1", None, 0.7)
    game.counter_argue("moscow", "seoul", "act_1", None, "<moscow-counter>")
    game.advance()
    game.advance()  # publish
    for seat, sees in (("moscow", True), ("seoul", False), (FACILITATOR, True)):
        result = next(
            r
            for r in view(game.state, seat)["results"]
            if (r["actor"], r["action"]) == ("seoul", "act_1")
        )
        assert ("moscow" in [e["by"] for e in result["estimates"]]) is sees, seat
        assert bool(result["counter_arguments"]) is sees, seat


def test_the_log_names_each_new_step_in_both_languages() -> None:
    log: list[Event] = []
    game = Game.new(
        SCENARIO, seed=11, review_step=True, recorder=lambda rs: log.extend(r.event for r in rs)
    )
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION])
    game.advance(force=True)
    game.counter_argue("moscow", "seoul", "act_1", None, "A point.")
    game.estimate(FACILITATOR, "seoul", "act_1", None, 0.35)
    game.advance()
    lines = [describe(e, SCENARIO) for e in log]
    assert (
        "Deliberation closes without Pyongyang, Washington, Moscow, Beijing, who made no move; "
        "the review opens" in lines
    )
    assert "Moscow counter-argues Seoul: seoul action 1: A point." in lines
    assert "The facilitator puts Seoul: seoul action 1 at 35%" in lines
    assert "The review closes; adjudication begins" in lines
    korean = [describe(e, SCENARIO, "ko") for e in log]
    assert "검토 종료, 판정 시작" in korean and "진행자의 예상 — seoul: seoul 행동 1 35%" in korean


def _draw_room(data: st.DataObject, game: Game, n: int) -> tuple:
    by = data.draw(st.sampled_from([*ACTORS, FACILITATOR]))
    actor = data.draw(st.sampled_from(ACTORS))
    action = data.draw(st.sampled_from([a.id for a in game.scenario.actor(actor).actions]))
    move = game.state.moves.get(actor)
    target = next((c.target for c in move.actions if c.action == action), None) if move else None
    if data.draw(st.booleans()):
        return ("counter", by, actor, action, target, data.draw(st.sampled_from(["", f"<c{n}>"])))
    p = data.draw(st.none() | st.integers(0, 100).map(lambda x: x / 100))
    return ("estimate", by, actor, action, target, p)


def _say(game: Game, command: tuple) -> None:
    """A drawn counter-argument or estimate; a refused one changes nothing."""
    with contextlib.suppress(RuleError):
        if command[0] == "counter":
            game.counter_argue(*command[1:])
        else:
            game.estimate(*command[1:])


def _play(data: st.DataObject, seed: int, scenario: Scenario) -> tuple[Game, list[Event], list]:
    log: list[Event] = []
    game = Game.new(
        scenario,
        seed,
        review_step=data.draw(st.booleans(), label="review"),
        recorder=lambda rs: log.extend(r.event for r in rs),
    )
    commands = []
    for n in range(data.draw(st.integers(5, 120), label="length")):
        if game.state.ended:
            break
        if data.draw(st.booleans()):
            command = _draw_room(data, game, n)
            _say(game, command)
        else:
            command = _draw_command(data, game, n)
            _attempt(game, command)
        commands.append(command)
    return game, log, commands


@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_the_log_with_counter_arguments_and_estimates_folds_to_the_live_game(
    data: st.DataObject, seed: int
) -> None:
    game, log, _ = _play(data, seed, SCENARIO)
    assert_folds_to_the_live_game(SCENARIO, log, game)


@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_a_covert_action_never_reaches_another_seats_review(data: st.DataObject, seed: int) -> None:
    game = Game.new(COVERT, seed, review_step=True)
    game.advance()
    for actor in ACTORS:
        game.submit_move(actor, list(_draw_move(data, COVERT, actor)), "")
    game.advance(force=True)
    for seat in ACTORS:
        shown = view(game.state, seat)
        for entry in (*shown["review"]["reviewable"], *shown["review"]["estimable"]):
            action = COVERT.action(entry["actor"], entry["action"])
            assert entry["actor"] == seat or action.audience == "all" or seat in action.audience
        for key in reviewable(game.state, seat):
            assert COVERT.action(key[0], key[1]).audience == "all"


@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_undo_with_estimates_and_counter_arguments_between_takes_back_only_the_rating(
    data: st.DataObject, seed: int
) -> None:
    game, _, _ = _play(data, seed, SCENARIO)
    rateable = [a for a in ACTORS if a in game.state.moves]
    if game.state.phase not in (Phase.DELIBERATION, Phase.REVIEW) or not rateable:
        return
    actor = data.draw(st.sampled_from(rateable))
    before = game.state
    game.rate_argument(actor, "strong", "a reason")
    for n in range(data.draw(st.integers(0, 6))):
        _say(game, _draw_room(data, game, n))
    said = game.state
    game.undo()
    assert game.state.moves == before.moves
    assert game.state.undo == before.undo
    assert game.state.estimates == said.estimates
    assert game.state.counter_arguments == said.counter_arguments


def test_a_seat_speaks_only_for_itself_and_the_facilitator_never_counter_argues(
    tmp_path: Path,
) -> None:
    session, facilitator = Session.create(
        tmp_path / "g.wargame",
        SCENARIO,
        7,
        humans={"seoul": "1234", "moscow": "9876"},
        review_step=True,
    )
    session.advance(facilitator)
    seoul, _ = session.sign_in("seoul", "1234")
    moscow, _ = session.sign_in("moscow", "9876")
    assert seoul is not None and moscow is not None
    session.submit_move(seoul, "seoul", [PUBLIC_ACTION], "")
    session.submit_move(moscow, "moscow", [PUBLIC_ACTION], "")
    session.estimate(seoul, "seoul", "act_1", None, 0.8)
    session.estimate(facilitator, "seoul", "act_1", None, 0.4)
    session.advance(facilitator, force=True)
    session.counter_argue(moscow, "seoul", "act_1", None, "Moscow's point.")
    with pytest.raises(Refused):
        session.counter_argue(facilitator, "seoul", "act_1", None, "The white cell's.")
    with pytest.raises(RuleError, match="no such action"):
        session.counter_argue(seoul, "seoul", "act_1", None, "Against myself.")
    state = session.state
    assert set(state.estimates) == {
        ("seoul", "seoul", "act_1", None),
        (FACILITATOR, "seoul", "act_1", None),
    }
    assert list(state.counter_arguments) == ["moscow"]
    session.close()
