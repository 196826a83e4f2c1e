"""The review step and the room's odds: which actions of this turn someone may see before the
roll, counter-argue, or give a probability for, and why not when they may not.

A seat estimates its own actions while it moves; once deliberation closes into the review step
(a game's option), it also sees the other seats' actions it may know of — public ones, or those
addressed to it; never a covert action kept from it — and may counter-argue one of them and
estimate any of them. The facilitator may estimate any action before adjudicating.
"""

from __future__ import annotations

from wargame.adjudication import action_audience
from wargame.errors import RuleError
from wargame.facilitation import no_seat
from wargame.state import ActionKey, Phase, WorldState, may_see
from wargame.viewers import FACILITATOR

MAX_COUNTER_ARGUMENT = 1000
"""Characters in a counter-argument: a paragraph, as an argument is."""

_OPEN = (Phase.DELIBERATION, Phase.REVIEW)


def actions_of_turn(state: WorldState) -> list[ActionKey]:
    """Every action of this turn's moves, in seat order."""
    return [
        (m.actor, c.action, c.target)
        for actor in state.scenario.actor_ids
        if (m := state.moves.get(actor)) is not None
        for c in m.actions
    ]


def reviewable(state: WorldState, seat: str) -> list[ActionKey]:
    """The other seats' actions `seat` sees in the review step: those whose audience it is in."""
    if state.phase is not Phase.REVIEW or seat not in state.scenario.actor_ids:
        return []
    return [
        key
        for key in actions_of_turn(state)
        if key[0] != seat
        and may_see(action_audience(key[0], state.scenario.action(key[0], key[1]).audience), seat)
    ]


def estimable(state: WorldState, by: str) -> list[ActionKey]:
    """The actions `by` (a seat or the facilitator) may give a probability for now."""
    if state.phase not in _OPEN:
        return []
    actions = actions_of_turn(state)
    if by == FACILITATOR:
        return actions
    return [key for key in actions if key[0] == by] + reviewable(state, by)


def _unseen() -> RuleError:
    return RuleError(
        "There is no such action this turn that you may see.",
        "이번 턴에 볼 수 있는 그런 행동이 없습니다.",
    )


def estimate_refusal(state: WorldState, by: str, key: ActionKey) -> RuleError | None:
    """Why `by` may not estimate the action `key` now, or None when it may."""
    if state.phase not in _OPEN:
        return RuleError(
            "Probabilities are given before the roll: during deliberation or the review.",
            "확률은 주사위를 굴리기 전, 숙의나 검토 중에만 낼 수 있습니다.",
        )
    if by != FACILITATOR and by not in state.scenario.actor_ids:
        return no_seat(by)
    return None if key in estimable(state, by) else _unseen()


def counter_refusal(state: WorldState, by: str, key: ActionKey) -> RuleError | None:
    """Why seat `by` may not counter-argue the action `key` now, or None when it may."""
    if state.phase is not Phase.REVIEW:
        return RuleError(
            "Counter-arguments are written in the review step, after deliberation.",
            "반론은 숙의가 끝난 뒤 검토 단계에서만 쓸 수 있습니다.",
        )
    if by not in state.scenario.actor_ids:
        return no_seat(by)
    return None if key in reviewable(state, by) else _unseen()
