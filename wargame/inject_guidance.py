"""What the MSEL tells the facilitator about an inject beyond its text — what it rests on (its
basis), notes on running it, what players are expected to do, questions for the room, and the
exercise objectives it serves — and the exercise objectives themselves, in either language.

The scenario format gains these fields (`basis`, `notes`, `expected_actions`,
`discussion_questions`, `exercise_objectives` per inject; `exercise_objectives` per scenario) in
a change of its own. Until a scenario model has them they read as absent here, and every
document shows them where they exist and leaves them out where they do not: this module is the
one place that reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from wargame.names import localized
from wargame.scenario import Inject, Scenario

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


def exercise_objectives(scenario: Scenario, language: str) -> list[tuple[str, str]]:
    """The exercise's objectives as (id, text); empty when the scenario states none."""
    return [
        (objective.id, localized(objective, "text", language))
        for objective in getattr(scenario, "exercise_objectives", None) or []
    ]


def guidance(scenario: Scenario, inject: Inject, language: str) -> Guidance:
    """What the MSEL says about running `inject`, in `language`."""
    basis = getattr(inject, "basis", None)
    objectives = dict(exercise_objectives(scenario, language))
    words = BASIS["ko" if language == "ko" else "en"]
    return Guidance(
        basis=words.get(str(basis), "") if basis else "",
        notes=localized(inject, "notes", language) or "",
        expected_actions=tuple(localized(inject, "expected_actions", language) or ()),
        discussion_questions=tuple(localized(inject, "discussion_questions", language) or ()),
        objectives=tuple(
            objectives[o]
            for o in getattr(inject, "exercise_objectives", None) or ()
            if o in objectives
        ),
    )
