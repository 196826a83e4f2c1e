"""Free actions: an action a seat proposes that is not on its menu, in its own words, and the
facilitator's judgement of it before the roll — its odds with named factors, who may know of
it, and what it does to the world in the scenario's own terms — or its rejection, with a reason.

The proposal, the judgement and the action as adjudicated are plain data here (carried by the
events and kept in the state alike); the rules that check and roll them are in
`wargame.engine`, and what the Next button waits for in `wargame.facilitation`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from wargame.scenario import Effect


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


FREE_PREFIX = "free-"
"""A free action's id in an adjudication: "free-1" is the seat's first proposal of the turn."""


def free_action_id(index: int) -> str:
    return f"{FREE_PREFIX}{index + 1}"


class ProposedAction(_Frozen):
    """What a seat proposes: a short title, whom it aims at (None: no one) and its argument."""

    title: str
    target: str | None = None
    argument: str = ""


class Judgement(_Frozen):
    """The facilitator's word on a proposal. Accepted, it has odds (a base and named factors,
    each in whole points), an audience (None: public; otherwise the seats that may know of it,
    the proposer always among them) and its effects, where `self` is the proposer and `target`
    its target; rejected, only the reason counts."""

    accepted: bool
    reason: str
    base: float = 0.0
    factors: list[tuple[str, float]] = []
    audience: list[str] | None = None
    on_success: Effect = Effect()
    on_failure: Effect = Effect()


class FreeAction(_Frozen):
    """A free action as it is adjudicated: the proposal with the facilitator's terms."""

    title: str
    argument: str = ""
    audience: list[str] | None = Field(default=None, description="None: everyone")
    on_success: Effect = Effect()
    on_failure: Effect = Effect()

    def effect(self, success: bool) -> Effect:
        return self.on_success if success else self.on_failure
