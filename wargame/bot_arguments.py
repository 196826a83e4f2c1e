"""A bot's argument for its move, as its government would make it to the facilitator: in its own
voice (we, our), in English or Korean, with the reasons each action should work now, drawn from
the world it can see: the injects released to it, its relations and standing, the modifiers
that favour the action, the rung the peninsula stands on, and what the action would bring its
objectives closer to. It never quotes an objective's text (written to the seat, in the second
person); it says what it wants in its own words, from the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from wargame.adjudication import assess, relation_factor, worn_out
from wargame.bots import (
    LONG_SHOT,
    cause,
    closeness,
    crossed_by,
    long_shot_reason,
    open_red_lines,
)
from wargame.effects import apply_change, outcome
from wargame.names import (
    KOREAN,
    action_name,
    actor_name,
    bloc_name,
    indicator_name,
    level_name,
    particle,
    red_line_text,
)
from wargame.scenario import Action, Condition
from wargame.state import Change, ChosenAction, WorldState, may_see, pair

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

WORDS = {
    "en": {
        "pursues": "{actor} pursues its objectives.",
        "after": "after “{title}” ({inject})",
        "relation": "with our relations with {other} at {value:+d}",
        "ladder": "with the peninsula at {level}",
        "and": ", ",
        "list": ", ",
        "then": "; ",
        "so": "; ",
        "favour": "in its favour: {factors}, {odds} in all",
        "odds": "the odds are {odds}",
        "raise own": "it brings our {indicator} from {now} toward the {goal} we seek",
        "lower own": "it brings our {indicator} from {now} down toward {goal}",
        "raise other": "it brings {actor}'s {indicator} from {now} toward {goal}",
        "lower other": "it brings {actor}'s {indicator} from {now} down toward {goal}",
        "relation own": "it moves our relations with {other} from {now:+d} toward {goal:+d}",
        "relation others": "it moves {a}–{b} relations from {now:+d} toward {goal:+d}",
        "ease": "it steps the peninsula back from {level}",
        "ease blocs": "it eases the hardening of blocs ({bloc})",
        "hold": "it keeps the peninsula at {level}",
        "open": "it keeps our options open",
        "step up": " We accept the risk of a step up the ladder.",
        "at the line": " We accept that it adds {risk} to the risk of an incident at the line.",
        "routine": " It is routine by now, and will not move the ladder.",
        "at_the_line": " The odds are long, but at {level} any chance to step back is worth "
        "taking.",
        "cause": " {owner} crossed our red line first ({line}); we are free to answer.",
    },
    "ko": {
        "pursues": "{actor} 자신의 목표를 추구합니다.",
        "after": "‘{title}’({inject}) 이후",
        "relation": "{other}의 관계가 {value:+d}인 상황에서",
        "ladder": "한반도가 ‘{level}’ 단계에 있는 상황에서",
        "and": ", ",
        "list": ", ",
        "then": " ",
        "so": ". ",
        "favour": "성공 확률은 {odds}입니다(유리한 점: {factors})",
        "odds": "성공 확률은 {odds}입니다",
        "raise own": "우리의 {indicator} {now}에서 목표 {goal} 쪽으로 끌어올립니다",
        "lower own": "우리의 {indicator} {now}에서 {goal} 쪽으로 낮춥니다",
        "raise other": "{actor}의 {indicator} {now}에서 {goal} 쪽으로 끌어올립니다",
        "lower other": "{actor}의 {indicator} {now}에서 {goal} 쪽으로 낮춥니다",
        "relation own": "{other}의 관계를 {now:+d}에서 {goal:+d} 쪽으로 움직입니다",
        "relation others": "{a}–{b} 관계를 {now:+d}에서 {goal:+d} 쪽으로 움직입니다",
        "ease": "한반도를 ‘{level}’ 단계에서 한 걸음 물러서게 합니다",
        "ease blocs": "진영 대립(‘{bloc}’)을 누그러뜨립니다",
        "hold": "한반도를 ‘{level}’ 단계에 묶어 둡니다",
        "open": "선택지를 열어 둡니다",
        "step up": " 확전 한 단계의 위험을 감수합니다.",
        "at the line": " 접경 우발 충돌 위험이 {risk} 높아지는 것을 감수합니다.",
        "routine": " 이제는 일상이 되어 사다리를 움직이지 않습니다.",
        "at_the_line": " 확률은 낮지만, ‘{level}’ 단계에서는 한 걸음이라도 물러설 기회를 "
        "잡아야 합니다.",
        "cause": " {owner} 먼저 우리의 레드라인을 넘었으므로({line}) 우리도 대응할 수 있습니다.",
    },
}
"""The argument's words. In Korean, a name that takes a particle is given with it (`_Voice`)."""


def argument_for(
    state: WorldState, actor: str, move: list[ChosenAction], language: str = "en"
) -> str:
    """The bot's argument for its move, as a seat would make it, in English or Korean: its
    stance, then for each action why it should work now and what it brings the government
    closer to, with the risk it accepts and, for a long shot or a red line crossed, why."""
    # Argued, like the move was chosen, without the moves other seats have made this turn.
    voice = _Voice(state.moved(moves={}), actor, language)
    stance = VOICES[voice.key].get(actor) or voice.words["pursues"].format(
        actor=voice.named(actor, "은", "는")
    )
    return " ".join([stance] + [_reason(voice, c) for c in move])


@dataclass(frozen=True)
class _Voice:
    """Who speaks, to whom the world is as it is, and in which language: names in Korean carry
    the particle the sentence needs."""

    state: WorldState
    actor: str
    language: str

    @property
    def key(self) -> str:
        return "ko" if self.language == KOREAN else "en"

    @property
    def words(self) -> dict[str, str]:
        return WORDS[self.key]

    def named(self, actor: str, after_consonant: str = "", after_vowel: str = "") -> str:
        return self.particled(
            actor_name(self.state.scenario, actor, self.language), after_consonant, after_vowel
        )

    def particled(self, word: str, after_consonant: str, after_vowel: str) -> str:
        if self.language != KOREAN or not after_consonant:
            return word
        return particle(word, after_consonant, after_vowel)

    def indicator(self, indicator_id: str) -> str:
        name = indicator_name(self.state.scenario, indicator_id, self.language)
        if self.language == KOREAN:
            return particle(name, "을", "를")
        return name[:1].lower() + name[1:]


def _reason(voice: _Voice, chosen: ChosenAction) -> str:
    state, w, actor = voice.state, voice.words, voice.actor
    scenario = state.scenario
    action = scenario.action(actor, chosen.action)
    name = action_name(scenario, actor, chosen.action, voice.language)
    target = voice.named(chosen.target) if chosen.target else ""
    aimed = f" ({target})" if target and target not in name else ""
    assessment = assess(state, actor, chosen)
    odds = f"{assessment.probability:.0%}"
    # What favours the action that the seat may know of (never another seat's hidden move);
    # relations with the target are told among the grounds already.
    told = relation_factor(state, actor, chosen.target).name if chosen.target else None
    favour = [
        f.name_ko if voice.language == KOREAN else f.name
        for f in assessment.modifiers
        if f.value > 0 and may_see(f.audience, actor) and f.name != told
    ]
    works = (
        w["favour"].format(factors=w["list"].join(favour), odds=odds)
        if favour
        else w["odds"].format(odds=odds)
    )
    worn = worn_out(state, actor, chosen.action)
    change = outcome(scenario, actor, chosen.action, chosen.target, True, worn)
    after, made = apply_change(state, change)
    grounds = _grounds(voice, action, chosen)
    opening = f"{grounds}{w['then']}" if grounds else ""
    said = f"{name}{aimed}: {opening}{works}{w['so']}{_aim(voice, after, made)}."
    said += _risk(voice, action, worn)
    if assessment.probability <= LONG_SHOT and long_shot_reason(state, action):
        level = level_name(scenario, state.escalation, voice.language)
        said += w["at_the_line"].format(level=level)
    return said + _cause(voice, action, after, made)


def _grounds(voice: _Voice, action: Action, chosen: ChosenAction) -> str:
    """What in the world makes the move timely: the latest inject released to the seat that
    speaks to it, and its relations with the target (or the peninsula's rung, for a move on the
    ladder)."""
    state, w = voice.state, voice.words
    parts = []
    inject = _latest_inject(voice, action)
    if inject is not None:
        parts.append(w["after"].format(title=_inject_title(voice, inject), inject=inject))
    if chosen.target:
        value = state.relation(voice.actor, chosen.target)
        parts.append(
            w["relation"].format(other=voice.named(chosen.target, "과", "와"), value=value)
        )
    elif action.on_success.escalation or action.on_failure.escalation:
        level = level_name(state.scenario, state.escalation, voice.language)
        parts.append(w["ladder"].format(level=level))
    return w["and"].join(parts)


def _latest_inject(voice: _Voice, action: Action) -> str | None:
    """The last inject released to the seat that the action answers: one named by a modifier of
    the action, or one that shares a documented event with the action."""
    state = voice.state
    named = {m.when.released for m in action.modifiers if m.when.released}
    events = {e for s in action.sources for e in s.events}
    for inject_id in reversed(state.released):
        record = state.injects[inject_id]
        if record.adhoc or not may_see(record.text.audience, voice.actor):
            continue
        planned = state.scenario.inject(inject_id)
        if inject_id in named or events & {e for s in planned.sources for e in s.events}:
            return inject_id
    return None


def _inject_title(voice: _Voice, inject_id: str) -> str:
    """The title as released (the facilitator may have edited it); the MSEL's Korean one for
    an inject released as written."""
    record = voice.state.injects[inject_id]
    planned = voice.state.scenario.inject(inject_id)
    if voice.language == KOREAN and record.text.title == planned.title and planned.title_ko:
        return planned.title_ko
    return record.text.title


def _aim(voice: _Voice, after: WorldState, made: Change) -> str:
    """What the action brings the government closer to, in its own words: the part of one of
    its objectives that it moves furthest, from the numbers; or easing a ladder."""
    state, w = voice.state, voice.words
    best, said = 0.0, ""
    for objective in state.scenario.actor(voice.actor).objectives:
        for part in _parts(objective.condition):
            gain = closeness(part, after) - closeness(part, state)
            if gain > best and (phrase := _phrase(voice, part)):
                best, said = gain, phrase
    if said:
        return said
    scenario = state.scenario
    if made.escalation < 0:
        return w["ease"].format(level=level_name(scenario, state.escalation, voice.language))
    if made.blocs < 0:
        return w["ease blocs"].format(bloc=bloc_name(scenario, state.blocs, voice.language))
    return w["open"]


def _parts(condition: Condition) -> list[Condition]:
    """The measured parts of an objective's condition (a rung, an indicator, a relation)."""
    if condition.all is not None or condition.any is not None:
        return [p for child in condition.all or condition.any or [] for p in _parts(child)]
    return [condition]


def _phrase(voice: _Voice, part: Condition) -> str:
    state, w = voice.state, voice.words
    if part.indicator is not None:
        i = part.indicator
        up = i.at_least is not None
        goal = i.at_least if up else i.at_most
        key = ("raise " if up else "lower ") + ("own" if i.actor == voice.actor else "other")
        return w[key].format(
            actor=voice.named(i.actor),
            indicator=voice.indicator(i.indicator),
            now=state.indicator(i.actor, i.indicator),
            goal=f"{goal:g}",
        )
    if part.relation is not None:
        r = part.relation
        goal = int(r.at_least if r.at_least is not None else r.at_most or 0)
        now = state.relation(*r.between)
        if voice.actor in r.between:
            other = voice.named(next(a for a in r.between if a != voice.actor), "과", "와")
            return w["relation own"].format(other=other, now=now, goal=goal)
        a, b = pair(*r.between)
        return w["relation others"].format(a=voice.named(a), b=voice.named(b), now=now, goal=goal)
    if part.escalation is not None:
        level = level_name(state.scenario, state.escalation, voice.language)
        return w["hold"].format(level=level)
    return ""


def _risk(voice: _Voice, action: Action, worn: bool) -> str:
    """The risk the move takes on the ladder: a step up, or at the line a named share of the
    risk of an incident; none for a move that is routine by now."""
    w = voice.words
    if not (action.on_success.escalation > 0 or action.on_failure.escalation > 0):
        return ""
    if worn:
        return w["routine"]
    risk = voice.state.scenario.incident
    if risk is not None and risk.at <= voice.state.escalation < risk.rung:
        return w["at the line"].format(risk=f"{risk.per_move:.0%}")
    return w["step up"]


def _cause(voice: _Voice, action: Action, after: WorldState, made: Change) -> str:
    """Why the move may cross another government's red line: that government crossed one of
    ours first."""
    state, w = voice.state, voice.words
    succeeded = (voice.actor, action.id)
    after = after.moved(successes=after.successes | {succeeded})
    for owner, _ in crossed_by(after, open_red_lines(state), made, succeeded):
        provoked = cause(state, voice.actor, owner)
        if owner != voice.actor and provoked is not None:
            text = red_line_text(state.scenario, voice.actor, provoked.red_line, voice.language)
            return w["cause"].format(owner=voice.named(owner, "이", "가"), line=text.rstrip("."))
    return ""
