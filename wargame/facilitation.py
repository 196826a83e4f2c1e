"""What the facilitator's next step is: which injects are due, whom we wait for, what the one
obvious Next will do and whether it ends the exercise.

These are rules of the exercise, so they live here and `Game.advance` follows them; the GUI
only asks, and words the answer in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from wargame.conditions import holds
from wargame.errors import RuleError
from wargame.state import Phase, WorldState

StepKind = Literal[
    "open_deliberation",
    "open_review",
    "adjudicate",
    "publish",
    "next_turn",
    "end_exercise",
    "ended",
]
EndReason = Literal["last_turn", "top_of_ladder", "stopped"]


@dataclass(frozen=True)
class NextStep:
    """The step Next takes now.

    `enabled` is False while seats are still deliberating (only a forced adjudication closes it
    then) and once the exercise has ended; `due` are the injects opening deliberation releases;
    `waiting` the seats without a move; `unjudged` the seats whose free actions the facilitator
    has still to judge (no forcing closes deliberation then); `ends` why closing this turn ends
    the exercise, if it does.
    """

    kind: StepKind
    enabled: bool
    due: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()
    ends: EndReason | None = None
    unjudged: tuple[str, ...] = ()


def due_injects(state: WorldState) -> list[str]:
    """Injects waiting for release now: scheduled up to this turn, triggered, or ad hoc."""
    due = []
    for inject in state.scenario.injects:
        record = state.injects.get(inject.id)
        if record is not None and record.status != "planned":
            continue
        if (
            inject.turn is not None
            and inject.turn <= state.turn
            or inject.trigger is not None
            and holds(inject.trigger, state)
        ):
            due.append(inject.id)
    due.extend(r.id for r in state.injects.values() if r.adhoc and r.status == "planned")
    return due


def waiting_for(state: WorldState) -> list[str]:
    """Seats that have not yet submitted a move this deliberation."""
    if state.phase is not Phase.DELIBERATION:
        return []
    return [a for a in state.scenario.actor_ids if a not in state.moves]


def unjudged_seats(state: WorldState) -> list[str]:
    """Seats that proposed a free action the facilitator has still to judge: adjudication
    waits for the judgement, since the roll needs its odds."""
    if state.phase is not Phase.DELIBERATION:
        return []
    return [a for a in state.scenario.actor_ids if a in state.moves and state.moves[a].unjudged()]


def exercise_ended() -> RuleError:
    return RuleError("The exercise has ended.", "연습이 끝났습니다.")


def no_seat(actor: str) -> RuleError:
    return RuleError(f"No seat '{actor}' in this game.", f"이 게임에 '{actor}' 참가석이 없습니다.")


def rating_refusal(state: WorldState, actor: str) -> RuleError | None:
    """Why `actor`'s argument cannot be rated now, or None when it can: an argument is judged
    once its seat has moved, while deliberation is open, so the judgement counts in the roll."""
    if state.ended:
        return exercise_ended()
    if actor not in state.scenario.actor_ids:
        return no_seat(actor)
    if state.phase not in (Phase.DELIBERATION, Phase.REVIEW):
        if state.review_step:
            return RuleError(
                "Arguments can be rated only during deliberation or the review, before the roll.",
                "논거는 숙의나 검토 중에, 주사위를 굴리기 전에만 판정할 수 있습니다.",
            )
        return RuleError(
            "Arguments can be rated only during deliberation, before the roll.",
            "논거는 숙의 중에, 주사위를 굴리기 전에만 판정할 수 있습니다.",
        )
    if actor not in state.moves:
        named = state.scenario.actor(actor)
        return RuleError(
            f"{named.name} has not submitted a move yet: there is no argument to rate.",
            f"{named.name_ko}은(는) 아직 수를 제출하지 않아 판정할 논거가 없습니다.",
        )
    return None


def ratable_seats(state: WorldState) -> list[str]:
    """The seats whose arguments the facilitator may rate now, in seat order."""
    return [a for a in state.scenario.actor_ids if rating_refusal(state, a) is None]


def ending_reason(state: WorldState) -> EndReason | None:
    """Why the exercise ends when this turn closes, judged on the world as the turn ends: the
    ladder's top is reached, or this is the last turn; None when the next turn follows."""
    if state.escalation >= state.scenario.top_escalation:
        return "top_of_ladder"
    if state.turn >= state.scenario.turns:
        return "last_turn"
    return None


def next_step(state: WorldState) -> NextStep:
    match state.phase:
        case Phase.BRIEFING:
            return NextStep("open_deliberation", True, due=tuple(due_injects(state)))
        case Phase.DELIBERATION:
            waiting = tuple(waiting_for(state))
            unjudged = tuple(unjudged_seats(state))
            kind: StepKind = "open_review" if state.review_step else "adjudicate"
            return NextStep(
                kind, not waiting and not unjudged, waiting=waiting, unjudged=unjudged
            )
        case Phase.REVIEW:
            return NextStep("adjudicate", True)
        case Phase.ADJUDICATION:
            return NextStep("publish", True)
        case Phase.OUTCOME:
            ends = ending_reason(state)
            return NextStep("end_exercise" if ends else "next_turn", True, ends=ends)
    return NextStep("ended", False)
