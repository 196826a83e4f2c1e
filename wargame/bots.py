"""Rule-based players: one policy per actor, each pursuing its own objectives.

A bot scores every action on its menu (and every target) by how much closer its expected
outcome brings the actor's objectives, weighs that by the actor's temperament, adds a little
seeded noise so that games differ between seeds, and picks the best. Same seed, same moves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from wargame.adjudication import assess
from wargame.conditions import holds
from wargame.effects import apply_change, resolve
from wargame.names import action_name, actor_name, localized
from wargame.scenario import Bound, Category, Condition, RedLine
from wargame.state import ChosenAction, WorldState


@dataclass(frozen=True)
class Temperament:
    """How an actor's government tends to act, beyond what its objectives ask."""

    leaning: dict[Category, float]
    caution: float  # what a step up the ladder from the start costs it, in objective points
    noise: float = 0.15


TEMPERAMENTS: dict[str, Temperament] = {
    "seoul": Temperament(
        {
            Category.DIPLOMATIC: 0.05,
            Category.INFORMATION: 0.05,
            Category.MILITARY: 0.05,
            Category.ECONOMIC: 0.0,
        },
        caution=0.25,
    ),
    "pyongyang": Temperament(
        {
            Category.DIPLOMATIC: 0.0,
            Category.INFORMATION: 0.05,
            Category.MILITARY: 0.10,
            Category.ECONOMIC: 0.0,
        },
        caution=0.055,
    ),
    "washington": Temperament(
        {
            Category.DIPLOMATIC: 0.05,
            Category.INFORMATION: 0.0,
            Category.MILITARY: 0.15,
            Category.ECONOMIC: 0.05,
        },
        caution=0.15,
    ),
    "moscow": Temperament(
        {
            Category.DIPLOMATIC: 0.15,
            Category.INFORMATION: 0.0,
            Category.MILITARY: 0.05,
            Category.ECONOMIC: 0.05,
        },
        caution=0.10,
    ),
    "beijing": Temperament(
        {
            Category.DIPLOMATIC: 0.0,
            Category.INFORMATION: 0.10,
            Category.MILITARY: 0.0,
            Category.ECONOMIC: 0.15,
        },
        caution=0.20,
    ),
}
DEFAULT_TEMPERAMENT = Temperament({}, caution=0.15)


def closeness(condition: Condition, state: WorldState) -> float:
    """How nearly a condition holds, from 0 (far) to 1 (holds): the bots' sense of progress."""
    c = condition
    if c.escalation is not None:
        return _near(c.escalation, state.escalation, max(1, state.scenario.top_escalation))
    if c.indicator is not None:
        value = state.indicator(c.indicator.actor, c.indicator.indicator)
        return _near(c.indicator, value, 100.0)
    if c.relation is not None:
        return _near(c.relation, state.relation(*c.relation.between), 200.0)
    if c.all is not None:
        return sum(closeness(child, state) for child in c.all) / len(c.all)
    if c.any is not None:
        return max(closeness(child, state) for child in c.any)
    if c.not_ is not None:
        return 1.0 - closeness(c.not_, state)
    return 1.0 if holds(c, state) else 0.0


def _near(bound: Bound, value: float, scale: float) -> float:
    gap = 0.0
    if bound.at_least is not None and value < bound.at_least:
        gap = bound.at_least - value
    if bound.at_most is not None and value > bound.at_most:
        gap = value - bound.at_most
    return max(0.0, 1.0 - gap / scale) if gap else 1.0


def progress(state: WorldState, actor: str) -> float:
    """The actor's objectives as one number: whole points for met ones, partial for near."""
    total = 0.0
    for objective in state.scenario.actor(actor).objectives:
        near = closeness(objective.condition, state)
        total += 1.0 if near >= 1.0 else 0.8 * near
    return total


def _uncrossed(state: WorldState) -> list[tuple[str, RedLine]]:
    """The red lines (with their owners) not crossed and not holding now: those a move could
    push the world over."""
    return [
        (owner.id, line)
        for owner in state.scenario.actors
        for line in owner.red_lines
        if not state.crossed(owner.id, line.id) and not holds(line.condition, state)
    ]


def _blamed(after: WorldState, actor: str, uncrossed: list[tuple[str, RedLine]]) -> WorldState:
    """`after` with the consequences the actor would bear for each of the `uncrossed` red
    lines its action would push the world over: a bot weighs a red line by what crossing it
    would cost it."""
    for owner, line in uncrossed:
        if holds(line.condition, after):
            after, _ = apply_change(after, resolve(line.consequence, owner, actor))
    return after


DOWN = 0.5
"""A step down the ladder is worth half what a step up costs: governments fear escalating
more than they seek credit for calming, so braking is a choice for those whose aims it serves,
not every cautious seat's reflex."""


def _weighed(steps: int) -> float:
    return steps if steps > 0 else DOWN * steps


def choose_move(state: WorldState, actor: str) -> list[ChosenAction]:
    """The bot's move for this turn: the best-valued actions, at most `moves_per_turn`."""
    temperament = TEMPERAMENTS.get(actor, DEFAULT_TEMPERAMENT)
    dice = random.Random(f"{state.seed}/bot/{actor}/{state.turn}")
    now = progress(state, actor)
    # A step up weighs more the higher the ladder already stands: near the brink, every
    # government grows careful, whatever its temperament.
    step = temperament.caution * (
        1 + max(0, state.escalation - state.scenario.start_escalation) / 2
    )
    uncrossed = _uncrossed(state)
    options: list[tuple[float, str, ChosenAction]] = []
    for action in state.scenario.actor(actor).actions:
        targets: list[str | None] = [*action.targets] or [None]
        for target in targets:
            chosen = ChosenAction(action.id, target)
            p = assess(state, actor, chosen).probability
            value = 0.0
            for chance, effect in ((p, action.on_success), (1 - p, action.on_failure)):
                after, made = apply_change(state, resolve(effect, actor, target))
                after = _blamed(after, actor, uncrossed)
                gain = progress(after, actor) - now
                value += chance * (gain - step * _weighed(made.escalation))
            value += temperament.leaning.get(action.category, 0.0)
            value += dice.uniform(-temperament.noise, temperament.noise)
            options.append((value, action.id, chosen))
    options.sort(key=lambda option: (-option[0], option[1], option[2].target or ""))
    move: list[ChosenAction] = []
    for _, action_id, chosen in options:
        if len(move) == state.moves_per_turn:
            break
        if all(c.action != action_id for c in move):
            move.append(chosen)
    return move


VOICES = {
    "en": {
        "seoul": "Seoul must deter the North without war and keep its economy and alliance whole.",
        "pyongyang": "Pyongyang bargains from strength: pressure is leverage; the state is first.",
        "washington": "Washington stands by its ally and keeps deterrence credible, without a war.",
        "moscow": "Moscow needs a partner that delivers, and room to breathe under sanctions.",
        "beijing": "Beijing wants a quiet border and to be seen as the power that keeps the peace.",
    },
    "ko": {
        "seoul": "서울은 전쟁 없이 북한을 억제하고, 경제와 동맹을 온전히 지켜야 합니다.",
        "pyongyang": "평양은 힘의 우위에서 협상합니다. 압박이 곧 지렛대이며, 국가가 우선입니다.",
        "washington": "워싱턴은 동맹 곁을 지키며, 전쟁 없이 억제의 신뢰성을 유지합니다.",
        "moscow": "모스크바에는 약속을 지키는 동반자와 제재 속의 숨 쉴 여지가 필요합니다.",
        "beijing": "베이징은 조용한 국경과 평화를 지키는 강대국이라는 평판을 원합니다.",
    },
}
"""How each government explains itself, in a sentence its own ministers might use."""

REASONS = {
    "en": {
        "serves": "it serves the aim to {aim}",
        "eases": "it eases the crisis",
        "open": "it keeps our options open",
        "risk": " We accept the risk of a step up the ladder.",
        "pursues": "{actor} pursues its objectives.",
    },
    "ko": {
        "serves": "다음 목표에 도움이 됩니다: {aim}",
        "eases": "위기를 누그러뜨립니다",
        "open": "선택지를 열어 둡니다",
        "risk": " 확전 한 단계의 위험을 감수합니다.",
        "pursues": "{actor}은(는) 자신의 목표를 추구합니다.",
    },
}


def argument_for(
    state: WorldState, actor: str, move: list[ChosenAction], language: str = "en"
) -> str:
    """The bot's argument for its move, as a seat would make it, in English or Korean: its
    stance, then for each action the objective it serves and the risk it accepts or avoids."""
    ko = language == "ko"
    words = REASONS["ko" if ko else "en"]
    scenario = state.scenario
    reasons = [
        VOICES["ko" if ko else "en"].get(actor)
        or words["pursues"].format(actor=actor_name(scenario, actor, language))
    ]
    for chosen in move:
        action = scenario.action(actor, chosen.action)
        after, made = apply_change(state, resolve(action.on_success, actor, chosen.target))
        name = action_name(scenario, actor, chosen.action, language)
        target = actor_name(scenario, chosen.target, language) if chosen.target else ""
        aim = f" ({target})" if target and target not in name else ""
        served = _best_served(state, after, actor, language)
        if served:
            why = words["serves"].format(aim=served if ko else served[0].lower() + served[1:])
        else:
            why = words["eases"] if made.escalation < 0 else words["open"]
        risk = words["risk"] if made.escalation > 0 else ""
        reasons.append(f"{name}{aim}: {why}.{risk}")
    return " ".join(reasons)


def _best_served(before: WorldState, after: WorldState, actor: str, language: str) -> str:
    """The first clause of the objective the change brings nearest, in `language`; empty when
    it brings none nearer."""
    best, text = 0.0, ""
    for objective in before.scenario.actor(actor).objectives:
        gain = closeness(objective.condition, after) - closeness(objective.condition, before)
        if gain > best:
            words: str = localized(objective, "text", language)
            best, text = gain, words.split(" (")[0].split(": ")[0].rstrip(".")
    return text
