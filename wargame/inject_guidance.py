"""What the MSEL tells the facilitator about an inject beyond its text — what it rests on (its
basis), notes on running it, what players are expected to do, questions for the room, and the
exercise objectives it serves — and the exercise objectives themselves, in either language.

This module is the one place that reads those fields (`basis`, `notes`, `expected_actions`,
`discussion_questions`, `exercise_objectives` of an inject; `exercise_objectives` of the
scenario). A scenario that leaves them out, as older ones do, reads as giving no guidance, and
every document leaves out what is not given. Only the basis is for everyone: `basis_words`
names it for a seat's or the projector's view; the rest is for the facilitator.
"""

from __future__ import annotations

from dataclasses import dataclass

from wargame.names import localized
from wargame.scenario import Basis, Inject, Scenario

BASIS = {
    "en": {
        "reported": "Reported",
        "analysis": "Analysis",
        "projection": "Projection",
        "exercise_device": "Exercise device",
    },
    "ko": {
        "reported": "보도된 사실",
        "analysis": "분석",
        "projection": "전망",
        "exercise_device": "연습용 설정",
    },
}


@dataclass(frozen=True)
class Guidance:
    basis: str  # in words; empty when the scenario does not say
    notes: str
    expected_actions: tuple[str, ...]
    discussion_questions: tuple[str, ...]
    objectives: tuple[str, ...]  # the texts of the exercise objectives the inject serves

    @property
    def for_the_facilitator(self) -> bool:
        """Whether there is anything beyond the basis badge to tell the facilitator."""
        return bool(
            self.notes or self.expected_actions or self.discussion_questions or self.objectives
        )


NO_GUIDANCE = Guidance("", "", (), (), ())
"""What an ad hoc inject comes with: it is not in the MSEL, so nothing."""


def exercise_objectives(scenario: Scenario, language: str) -> list[tuple[str, str]]:
    """The exercise's objectives as (id, text); empty when the scenario states none."""
    return [
        (objective.id, localized(objective, "text", language))
        for objective in scenario.exercise_objectives
    ]


ADHOC_BASIS: Basis = "exercise_device"
"""An ad hoc inject is the white cell's own device for the exercise, and is badged so."""


def basis_of(inject: Inject | None, adhoc: str | None = None) -> str | None:
    """The basis of a released inject: the MSEL's, or for an ad hoc one (None) the one the
    facilitator gave it (`adhoc`), by default the white cell's own device."""
    return (adhoc or ADHOC_BASIS) if inject is None else inject.basis


def basis_words(inject: Inject | None, language: str, adhoc: str | None = None) -> str:
    """The basis badge of `inject` (None: an ad hoc one, whose basis is `adhoc`) in words;
    empty without a basis."""
    basis = basis_of(inject, adhoc)
    return BASIS["ko" if language == "ko" else "en"][basis] if basis else ""


def guidance(scenario: Scenario, inject: Inject, language: str) -> Guidance:
    """What the MSEL says about running `inject`, in `language`."""
    objectives = dict(exercise_objectives(scenario, language))
    return Guidance(
        basis=basis_words(inject, language),
        notes=localized(inject, "notes", language) or "",
        expected_actions=tuple(localized(inject, "expected_actions", language)),
        discussion_questions=tuple(localized(inject, "discussion_questions", language)),
        objectives=tuple(objectives[o] for o in inject.exercise_objectives if o in objectives),
    )
