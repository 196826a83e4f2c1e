"""A change redraws only the parts of a seat's page it may have touched: the map from what a
change touches to the fragments that show it must miss nothing, or a page would go stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from helpers import covert_scenario_data

from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.session import Change, Session
from wargame.state import ChosenAction, Phase
from web.pages import Reader, fragments, touched
from web.words import Words

Choice = Callable[[Scenario, str, int], ChosenAction]


def _play_checking_redraws(
    path: Path, scenario: Scenario, seats: tuple[str, ...], choose: Choice
) -> Session:
    """A whole game of `scenario`, `seats` in the browser (English and Korean) choosing with
    `choose`, checking at every step that the fragments a change altered are ones it redraws."""
    session, facilitator = Session.create(path, scenario, 11, humans=dict.fromkeys(seats, None))
    seated = {
        s: session.join(s, session.join_token(facilitator, s), "", s).principal for s in seats
    }
    readers = {
        s: Reader(Words(("en", "ko")[n % 2]), "token", frozenset()) for n, s in enumerate(seats)
    }

    def pages() -> dict[str, dict[str, str]]:
        return {
            s: fragments(session.seat_view(s, readers[s].words.language), readers[s]) for s in seats
        }

    changes: list[Change] = []
    session.subscribe(changes.append)
    before = pages()
    checked = 0
    for step in range(300):
        if session.state.ended:
            break
        if session.state.phase is Phase.DELIBERATION and len(session.state.moves) < 5:
            seat = next((s for s in seats if s not in session.state.moves), None)
            if seat is None:
                session.advance(facilitator, force=True)
            else:
                chosen = choose(scenario, seat, step)
                session.submit_move(seated[seat], seat, [chosen], f"{seat} {step}")  # type: ignore[arg-type]
        elif session.state.phase is Phase.BRIEFING and step % 4 == 0:
            session.add_inject(facilitator, f"News {step}", "For everyone.", None)
        else:
            session.advance(facilitator, force=True)
        after = pages()
        redrawn = touched(changes[-1].aspects)
        for seat in seats:
            altered = {n for n in after[seat] if after[seat][n] != before[seat][n]}
            assert altered <= redrawn, (changes[-1].aspects, seat, altered - redrawn)
            checked += len(altered)
        before = after
    assert session.state.ended and checked > 20
    return session


def _in_turn(scenario: Scenario, seat: str, step: int) -> ChosenAction:
    act = scenario.actor(seat).actions[step % 3]
    return ChosenAction(act.id, act.targets[0] if act.targets else None)


def test_every_fragment_a_change_alters_is_one_it_redraws(tmp_path: Path) -> None:
    scenario = Scenario.model_validate(covert_scenario_data())
    seats = ("seoul", "pyongyang", "moscow")
    _play_checking_redraws(tmp_path / "g.wargame", scenario, seats, _in_turn).close()


CLIMBING = {
    "seoul": ("trilateral_exercises", "nato_task_force", "ask_beijing"),
    "pyongyang": ("missile_launch", "icbm_display", "troops_to_russia", "summit_demands"),
    "washington": ("combined_drills", "dmz_visit", "scale_back_drills"),
}
"""Moves that climb both ladders of korea-2025, and now and then step back, in turn."""


def _climbing(scenario: Scenario, seat: str, step: int) -> ChosenAction:
    moves = CLIMBING[seat]
    act = scenario.action(seat, moves[step % len(moves)])
    return ChosenAction(act.id, act.targets[0] if act.targets else None)


def test_the_ladders_and_the_risk_of_an_incident_are_redrawn_when_they_change(
    tmp_path: Path,
) -> None:
    """korea-2025 played up to the line: the blocs, the standing risk and the checks change,
    and every fragment that shows them is redrawn."""
    session = _play_checking_redraws(
        tmp_path / "k.wargame", load_scenario("korea-2025"), tuple(CLIMBING), _climbing
    )
    assert any(record.incident is not None for record in session.chronicle)
    assert len({t.blocs for t in session.chronicle}) > 1
    session.close()
