"""The HSEEP evaluation: exercise objectives rated P/S/M/U, observations tied to them, who took
part, the evaluator's own PIN, and the Improvement Plan pre-filled and edited — all events."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from helpers import mini_scenario
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wargame.autoplay import play
from wargame.engine import Game, fold_with_chronicle
from wargame.errors import RuleError
from wargame.evaluation import improvement_plan
from wargame.events import (
    Event,
    ObservationModel,
    ParticipantsRecorded,
    PersonModel,
    PlanRowModel,
)
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.session import Refused, Session
from wargame.state_codec import decode, encode
from wargame.viewers import EVALUATOR

SCENARIO = mini_scenario()


def _ended(seed: int = 7) -> tuple[Game, list[Event]]:
    log: list[Event] = []
    game = Game.new(SCENARIO, seed, recorder=lambda rs: log.extend(r.event for r in rs))
    play(game, game.scenario.actor_ids)
    return game, log


def test_an_exercise_objective_is_rated_on_the_hseep_scale_and_the_rating_can_be_cleared() -> None:
    game, _ = _ended()
    game.rate_objective("signals", "S")
    assert game.state.evaluation.ratings == {"signals": "S"}
    assert view(game.state, FACILITATOR)["ratings"] == {"signals": "S"}
    assert "ratings" not in view(game.state, PUBLIC)
    game.rate_objective("signals", None)
    assert game.state.evaluation.ratings == {}
    with pytest.raises(RuleError, match="no exercise objective 'nonsense'"):
        game.rate_objective("nonsense", "P")


def test_an_observation_is_tied_to_an_exercise_objective_and_may_be_kept_for_the_record() -> None:
    game, _ = _ended()
    kept = game.record_observation(
        ObservationModel(text="Allies compared notes late", kind="improvement", turn=1,
                         seats=["seoul"], exercise_objective="signals", private=True)
    )  # fmt: skip
    note = game.record_observation(ObservationModel(text="ask about turn 2", kind="note"))
    observations = game.state.observations
    assert observations[kept].exercise_objective == "signals"
    assert observations[kept].for_the_record and observations[note].for_the_record
    with pytest.raises(RuleError, match="no exercise objective"):
        game.record_observation(
            ObservationModel(text="x", kind="strength", exercise_objective="nope")
        )


def test_participants_are_recorded_whole_each_time_trimmed_and_checked() -> None:
    game, _ = _ended()
    game.record_participants(
        ParticipantsRecorded(
            sponsor=" Institute ",
            point_of_contact="Dr Han",
            scope="Two days, five seats",
            evaluators=[PersonModel(name="Ms Evaluator", organisation="Institute")],
            seats={"seoul": [PersonModel(name="Kim", role="lead"), PersonModel(name="  ")]},
        )
    )
    e = game.state.evaluation
    assert e.sponsor == "Institute"
    assert [p.name for p in e.players["seoul"]] == ["Kim"]
    assert e.evaluators[0].organisation == "Institute"
    game.record_participants(ParticipantsRecorded(sponsor="Other"))
    assert game.state.evaluation.players == {} and game.state.evaluation.sponsor == "Other"
    with pytest.raises(RuleError, match="Unknown seat: atlantis"):
        game.record_participants(ParticipantsRecorded(seats={"atlantis": []}))
    with pytest.raises(RuleError, match="longer than"):
        game.record_participants(ParticipantsRecorded(sponsor="x" * 600))


def test_the_plan_holds_each_area_for_improvement_and_offers_crossings_and_missed_objectives() -> (
    None
):
    game, _ = _ended(seed=1)  # a game in which seats miss objectives
    afi = game.record_observation(
        ObservationModel(text="Slow hotline", kind="improvement", exercise_objective="signals")
    )
    game.record_observation(ObservationModel(text="Good calm", kind="strength"))
    plan = improvement_plan(game.state, "en")
    assert [(line.key, line.row.issue, line.row.objective) for line in plan] == [
        (f"observation/{afi}", "Slow hotline", "Examine how allies read signals")
    ]
    offered = improvement_plan(game.state, "en", everything=True)
    missed = [line for line in offered if line.key.startswith("objective/")]
    assert missed and not any(line.kept for line in missed)
    game.edit_plan_row(missed[0].key, PlanRowModel(**vars(missed[0].row)), kept=True)
    game.edit_plan_row(
        f"observation/{afi}",
        PlanRowModel(issue="Slow hotline", corrective_action="Drill the hotline",
                     organisation="MOFA", start="2026-01-05", completion="2026-03-01"),
    )  # fmt: skip
    game.edit_plan_row("added/1", PlanRowModel(issue="Our own row"))
    plan = improvement_plan(game.state, "en")
    assert [line.key for line in plan] == [f"observation/{afi}", missed[0].key, "added/1"]
    assert plan[0].row.corrective_action == "Drill the hotline"
    game.edit_plan_row(f"observation/{afi}", PlanRowModel(), kept=False)
    assert f"observation/{afi}" not in [line.key for line in improvement_plan(game.state, "en")]


@pytest.mark.parametrize(
    ("row", "fields", "message"),
    [
        ("nonsense/1", {}, "no row 'nonsense/1'"),
        ("added/1", {"start": "next week"}, "not a date"),
        ("added/1", {"start": "2026-03-01", "completion": "2026-01-01"}, "before its start"),
        ("added/1", {"issue": "x" * 501}, "longer than 500"),
    ],
)
def test_a_plan_row_that_cannot_be_kept_is_refused(row: str, fields: dict, message: str) -> None:
    game, _ = _ended()
    before = game.state
    with pytest.raises(RuleError, match=message):
        game.edit_plan_row(row, PlanRowModel(**fields))
    assert game.state is before


def test_the_evaluator_signs_in_with_a_pin_of_their_own_and_may_only_evaluate(
    tmp_path: Path,
) -> None:
    session, facilitator = Session.create(tmp_path / "g.wargame", SCENARIO, 3)
    try:
        assert session.sign_in(EVALUATOR, "4321").principal is None
        with pytest.raises(RuleError, match="PIN needs"):
            session.set_evaluator_pin(facilitator, "1")
        session.set_evaluator_pin(facilitator, "4321")
        evaluator = session.sign_in(EVALUATOR, "4321").principal
        assert evaluator is not None and evaluator.role == "evaluator"
        session.rate_objective(evaluator, "signals", "M")
        session.record_observation(evaluator, ObservationModel(text="seen", kind="note"))
        assert session.state.evaluation.ratings == {"signals": "M"}
        with pytest.raises(Refused):
            session.advance(evaluator)
        with pytest.raises(Refused):
            session.set_evaluator_pin(evaluator, "9999")
    finally:
        session.close()


EVALUATION_COMMANDS = st.sampled_from(["rate", "people", "plan", "observe", "pin"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_the_evaluation_replays_exactly_and_its_snapshot_reads_back_the_same(
    data: st.DataObject, seed: int
) -> None:
    game, log = _ended(seed)
    for n in range(data.draw(st.integers(1, 25))):
        kind = data.draw(EVALUATION_COMMANDS)
        with contextlib.suppress(RuleError):
            if kind == "rate":
                rating = data.draw(st.sampled_from(["P", "S", "M", "U", None]))
                objective = data.draw(st.sampled_from(["signals", "unknown"]))
                game.rate_objective(objective, rating)
            elif kind == "people":
                seat = data.draw(st.sampled_from(list(SCENARIO.actor_ids)))
                game.record_participants(
                    ParticipantsRecorded(sponsor=f"s{n}", seats={seat: [PersonModel(name=f"p{n}")]})
                )
            elif kind == "plan":
                offered = improvement_plan(game.state, "en", everything=True)
                keys = [line.key for line in offered] + [f"added/{n}"]
                game.edit_plan_row(
                    data.draw(st.sampled_from(keys)),
                    PlanRowModel(issue=f"issue {n}"),
                    kept=data.draw(st.booleans()),
                )
            elif kind == "observe":
                game.record_observation(
                    ObservationModel(
                        text=f"o{n}",
                        kind=data.draw(st.sampled_from(["strength", "improvement", "note"])),
                        exercise_objective=data.draw(st.none() | st.just("signals")),
                        private=data.draw(st.booleans()),
                    )
                )
            else:
                game.set_evaluator_pin(data.draw(st.none() | st.just("2468")))
    replayed, _ = fold_with_chronicle(SCENARIO, log)
    assert replayed == game.state
    assert decode(SCENARIO, encode(game.state)) == game.state


def test_the_log_tells_each_evaluation_event_in_english_and_korean() -> None:
    from wargame.describe import describe

    game, log = _ended()
    game.rate_objective("signals", "U")
    game.rate_objective("signals", None)
    game.record_participants(ParticipantsRecorded(sponsor="Institute"))
    game.set_evaluator_pin("1357")
    game.edit_plan_row("added/1", PlanRowModel(issue="x"), kept=False)
    lines = {
        language: [describe(e, SCENARIO, language) for e in log[-5:]] for language in ("en", "ko")
    }
    assert lines["en"] == [
        "Evaluation: U for “Examine how allies read signals”",
        "Evaluation: the rating of “Examine how allies read signals” cleared",
        "Participants recorded: 0 people, sponsor Institute",
        "The evaluator's PIN set",
        "Improvement Plan: row added/1 dropped",
    ]
    assert all(line and line not in lines["en"] for line in lines["ko"])
