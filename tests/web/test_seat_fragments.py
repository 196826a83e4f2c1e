"""A change redraws only the parts of a seat's page it may have touched: the map from what a
change touches to the fragments that show it must miss nothing, or a page would go stale."""

from __future__ import annotations

from pathlib import Path

from helpers import covert_scenario_data

from wargame.scenario import Scenario
from wargame.session import Change, Session
from wargame.state import ChosenAction, Phase
from web.pages import Reader, fragments, touched
from web.words import Words

SEATS = ("seoul", "pyongyang", "moscow")


def test_every_fragment_a_change_alters_is_one_it_redraws(tmp_path: Path) -> None:
    scenario = Scenario.model_validate(covert_scenario_data())
    session, facilitator = Session.create(
        tmp_path / "g.wargame", scenario, 11, humans=dict.fromkeys(SEATS, None)
    )
    seated = {
        s: session.join(s, session.join_token(facilitator, s), "", s).principal for s in SEATS
    }
    readers = {
        s: Reader(Words(language), "token", frozenset())
        for s, language in zip(SEATS, ("en", "ko", "en"), strict=True)
    }

    def pages() -> dict[str, dict[str, str]]:
        return {
            s: fragments(session.seat_view(s, readers[s].words.language), readers[s]) for s in SEATS
        }

    changes: list[Change] = []
    session.subscribe(changes.append)
    before = pages()
    checked = 0
    for step in range(200):
        if session.state.ended:
            break
        if session.state.phase is Phase.DELIBERATION and len(session.state.moves) < 5:
            seat = next((s for s in SEATS if s not in session.state.moves), None)
            if seat is None:
                session.advance(facilitator, force=True)
            else:
                act = scenario.actor(seat).actions[step % 3]
                target = act.targets[0] if act.targets else None
                session.submit_move(
                    seated[seat], seat, [ChosenAction(act.id, target)], f"{seat} {step}"
                )  # type: ignore[arg-type]
        elif session.state.phase is Phase.BRIEFING and step % 4 == 0:
            session.add_inject(facilitator, f"News {step}", "For everyone.", None)
        else:
            session.advance(facilitator, force=True)
        after = pages()
        redrawn = touched(changes[-1].aspects)
        for seat in SEATS:
            altered = {n for n in after[seat] if after[seat][n] != before[seat][n]}
            assert altered <= redrawn, (changes[-1].aspects, seat, altered - redrawn)
            checked += len(altered)
        before = after
    assert session.state.ended and checked > 20
    session.close()
