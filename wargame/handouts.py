"""The papers for the room before play, from a scenario alone: a handout for each seat (its brief,
objectives and red lines, where it starts, its options, how the exercise runs, the assumptions
and artificialities it should know, and the sources) and the facilitator's script, turn by turn
(the scheduled injects and who receives them, what each changes, what to watch), with the
triggered injects, red lines and endings and the conditions behind them.

A seat's handout holds only what that seat may know: its own objectives and red lines, and no
inject at all. `wargame.handouts_pdf` prints both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wargame.inject_guidance import Guidance, exercise_objectives, guidance
from wargame.names import actor_name, indicator_name, level_name, localized
from wargame.report_words import WORDS
from wargame.scenario import Inject, Scenario
from wargame.scenario_words import condition_words, effect_words
from wargame.state import pair


@dataclass(frozen=True)
class ActionLine:
    name: str
    category: str
    description: str
    targets: str  # the actors it may be aimed at; empty for none


@dataclass(frozen=True)
class SeatHandout:
    words: dict[str, str]
    language: str
    title: str
    seat: str
    brief: str
    situation: str
    facts: list[tuple[str, str]]
    exercise_objectives: list[str]
    objectives: list[str]
    red_lines: list[str]
    indicators: list[tuple[str, str]]
    relations: list[tuple[str, str]]
    actions: list[ActionLine]
    moves_per_turn: int
    rules: list[str]
    assumptions: list[str]
    sources: list[tuple[str, str, str]]  # file, title, events


@dataclass(frozen=True)
class ScriptInject:
    id: str
    title: str
    body: str
    audience: str  # the seats that receive it; empty: everyone
    date: str  # empty for a triggered inject: it takes the date of the turn it comes in
    effects: list[str]
    watch: list[str]
    guidance: Guidance
    when: str = ""  # a triggered inject's condition, in words


@dataclass(frozen=True)
class ScriptTurn:
    number: int
    date: str
    injects: list[ScriptInject]


@dataclass
class FacilitatorScript:
    words: dict[str, str]
    language: str
    title: str
    facts: list[tuple[str, str]]
    exercise_objectives: list[str]
    running_order: list[str]
    turns: list[ScriptTurn]
    triggered: list[ScriptInject] = field(default_factory=list)
    red_lines: list[tuple[str, str, str]] = field(default_factory=list)  # seat, line, when
    endings: list[tuple[str, str, str]] = field(default_factory=list)  # name, meaning, when


RULES = {
    "en": [
        "The exercise runs for {turns} turns from {start}; each turn stands for {days} days.",
        "Briefing: the facilitator releases the turn's injects. Some reach every seat, some only "
        "a few; an inject may also be released when a condition in the world comes to hold.",
        "Deliberation: each seat chooses up to {moves} actions from its options and may write "
        "an argument for them. No seat sees another's choice until adjudication.",
        "Adjudication: each action has odds, its base value moved by relations, the seat's own "
        "indicators, the tension on the escalation ladder and moves made against it; a roll "
        "decides. The facilitator may overrule an outcome, and says why for the record.",
        "Outcome: the results reach their audiences and the world moves: escalation, every "
        "actor's indicators and the relations between them.",
        "The exercise ends after the last turn, or when escalation reaches the top of the ladder "
        "({top}). How it ends depends on where the world stands then.",
    ],
    "ko": [
        "연습은 {start}부터 {turns}턴 동안 진행되며, 한 턴은 {days}일에 해당합니다.",
        "브리핑: 진행자가 그 턴의 상황을 공개합니다. 모든 참가석에 공개되는 상황도, 일부에만 "
        "공개되는 상황도 있으며, 정세가 어떤 조건에 이르면 공개되는 상황도 있습니다.",
        "숙의: 각 참가석은 선택지에서 최대 {moves}개의 조치를 고르고, 그 논거를 적을 수 "
        "있습니다. 판정 전에는 다른 참가석의 선택을 볼 수 없습니다.",
        "판정: 조치마다 확률이 있으며, 기본값에 관계, 자국 지표, 확전 사다리의 긴장, 자국을 "
        "겨냥한 조치가 더해집니다. 주사위로 결과를 정하며, 진행자는 사유를 기록하고 결과를 "
        "바꿀 수 있습니다.",
        "결과: 결과가 공개 대상에게 알려지고, 확전 단계와 각 행위자의 지표, 행위자 간 관계가 "
        "바뀝니다.",
        "마지막 턴이 끝나거나 확전이 사다리의 최고 단계({top})에 이르면 연습이 끝납니다. "
        "결말은 그때의 정세에 따라 정해집니다.",
    ],
}

ASSUMPTIONS = {
    "en": [
        "Perfect information: every seat sees every actor's indicators, the relations between "
        "all of them and the escalation ladder. Real governments see each other through "
        "estimates and intelligence, and are often wrong.",
        "A fixed set of options: a seat chooses from the actions listed here; a real government "
        "can do anything. Argue for what you would really do, and the facilitator may "
        "take it into account.",
        "Compressed time: each turn stands for {days} days; decisions that take weeks are taken "
        "in minutes, and nothing happens between turns.",
        "Chance: the roll stands for everything the model leaves out. Every action's odds, its "
        "roll and any override are recorded for the debrief.",
        "Seats without players are played by simple rules in their actor's character.",
        "The injects are drawn from the source articles below; where the sources give no date, "
        "or only suggest a development, the exercise supplies one.",
    ],
    "ko": [
        "완전한 정보: 모든 참가석이 모든 행위자의 지표와 행위자 간 관계, 확전 사다리를 볼 수 "
        "있습니다. 실제 정부는 추정과 정보로 서로를 보며, 자주 틀립니다.",
        "정해진 선택지: 참가석은 여기 적힌 조치 가운데서 고르지만, 실제 정부는 무엇이든 할 수 "
        "있습니다. 실제로 하려는 바를 논거로 밝히면 진행자가 참작할 수 있습니다.",
        "압축된 시간: 한 턴은 {days}일에 해당합니다. 몇 주가 걸릴 결정을 몇 분 만에 내리며, "
        "턴과 턴 사이에는 아무 일도 일어나지 않습니다.",
        "우연: 주사위는 모형이 담지 못한 모든 것을 대신합니다. 모든 조치의 확률과 주사위, "
        "결과 변경은 강평을 위해 기록됩니다.",
        "사람이 맡지 않은 참가석은 해당 행위자의 성격에 맞춘 단순한 규칙으로 움직입니다.",
        "상황은 아래 원문 기사에서 나왔으며, 기사에 날짜가 없거나 전개가 암시만 된 경우에는 "
        "연습이 이를 보충합니다.",
    ],
}

RUNNING_ORDER = {
    "en": [
        "Briefing: release the turn's injects (Next step releases every due inject); hold, edit "
        "or add one ad hoc if the room needs it. Read public injects aloud; hand private ones "
        "to their seats.",
        "Deliberation: the clock runs; seats choose their actions and write their arguments. "
        "Listen for what each seat assumes about the others.",
        "Adjudication: read each proposal's odds and roll; weigh the arguments; override with a "
        "reason where the room's judgement differs.",
        "Outcome: publish, then read the results to the room; note what surprised the seats for "
        "the hot wash.",
    ],
    "ko": [
        "브리핑: 그 턴의 상황을 공개합니다(다음 단계를 누르면 예정된 상황이 모두 공개됩니다). "
        "필요하면 보류, 수정하거나 임시 상황을 추가합니다. 공개 상황은 소리 내어 읽고, 비공개 "
        "상황은 해당 참가석에 전달합니다.",
        "숙의: 시계가 돌아가고, 참가석은 조치를 고르고 논거를 적습니다. 각 참가석이 다른 "
        "참가석에 대해 무엇을 가정하는지 들어 둡니다.",
        "판정: 제안된 확률과 주사위를 읽고 논거를 따져 봅니다. 방 안의 판단이 다르면 사유를 "
        "적고 결과를 바꿉니다.",
        "결과: 결과를 공표하고 방 전체에 읽어 줍니다. 참가석이 놀란 점을 강평을 위해 적어 둡니다.",
    ],
}

WATCH = {
    "en": {
        "private": "Only {audience} receive it: watch whether they share it, and with whom.",
        "dated": "It is dated {date}, an estimate: say so if the room asks.",
        "moved": "It is dated {date}, moved from its source's date: say so if the room asks.",
        "dated_on_release": "It is dated by the turn it is released in.",
    },
    "ko": {
        "private": "{audience}에게만 공개됩니다. 이를 공유하는지, 누구와 공유하는지 봅니다.",
        "dated": "날짜 {date}는 추정치이므로, 질문이 있으면 그렇게 밝힙니다.",
        "moved": "날짜 {date}는 자료의 날짜에서 옮겨 온 것이므로, 질문이 있으면 그렇게 밝힙니다.",
        "dated_on_release": "날짜는 공개되는 턴의 날짜를 따릅니다.",
    },
}


def _language(language: str) -> str:
    return "ko" if language == "ko" else "en"


def _facts(scenario: Scenario, w: dict[str, str], language: str) -> list[tuple[str, str]]:
    # A triggered inject is dated by the turn it comes in, so only scheduled ones can widen it.
    scheduled = (i.date for i in scenario.injects if i.trigger is None)
    first, last = scenario.in_game_span(scenario.turns, scheduled)
    return [
        (w["scenario"], scenario.title_ko if language == "ko" else scenario.title),
        (w["in_game_dates"], f"{first.isoformat()} – {last.isoformat()}"),
        (w["turns"], f"{scenario.turns} × {scenario.days_per_turn} {w['days']}"),
        (w["seats"], ", ".join(actor_name(scenario, a, language) for a in scenario.actor_ids)),
    ]


def _filled(lines: list[str], scenario: Scenario, language: str) -> list[str]:
    top = scenario.top_escalation
    values = {
        "turns": str(scenario.turns),
        "start": scenario.start_date.isoformat(),
        "days": str(scenario.days_per_turn),
        "moves": str(scenario.moves_per_turn),
        "top": f"{top} · {level_name(scenario, top, language)}",
    }
    filled = []
    for line in lines:
        for key, value in values.items():
            line = line.replace(f"{{{key}}}", value)
        filled.append(line)
    return filled


def seat_handout(scenario: Scenario, seat: str, language: str = "en") -> SeatHandout:
    """The handout for `seat`, in English or Korean."""
    language = _language(language)
    w = WORDS[language]
    actor = scenario.actor(seat)
    start_relations = {pair(*r.between): r.value for r in scenario.relations}
    others = [a for a in scenario.actor_ids if a != seat]
    return SeatHandout(
        words=w,
        language=language,
        title=scenario.title_ko if language == "ko" else scenario.title,
        seat=actor_name(scenario, seat, language),
        brief=localized(actor, "brief", language),
        situation=localized(scenario, "description", language),
        facts=_facts(scenario, w, language),
        exercise_objectives=[text for _, text in exercise_objectives(scenario, language)],
        objectives=[localized(o, "text", language) for o in actor.objectives],
        red_lines=[localized(r, "text", language) for r in actor.red_lines],
        indicators=[
            (indicator_name(scenario, i, language), str(value))
            for i, value in actor.indicators.items()
        ],
        relations=[
            (
                w["relation_with"].replace("{actor}", actor_name(scenario, other, language)),
                f"{start_relations.get(pair(seat, other), 0):+d}",
            )
            for other in others
        ],
        actions=[
            ActionLine(
                localized(a, "name", language),
                w[a.category.value],
                localized(a, "description", language),
                ", ".join(actor_name(scenario, t, language) for t in a.targets),
            )
            for a in actor.actions
        ],
        moves_per_turn=scenario.moves_per_turn,
        rules=_filled(RULES[language], scenario, language),
        assumptions=_filled(ASSUMPTIONS[language], scenario, language),
        sources=[(d.file, d.title, ", ".join(d.events)) for d in scenario.seeds],
    )


def _script_inject(scenario: Scenario, inject: Inject, language: str) -> ScriptInject:
    audience = (
        ""
        if inject.audience == "all"
        else ", ".join(actor_name(scenario, a, language) for a in inject.audience)
    )
    effects = effect_words(inject.effects, scenario, language)
    words = WATCH[language]
    watch = []
    if audience:
        watch.append(words["private"].replace("{audience}", audience))
    if inject.trigger is not None:
        watch.append(words["dated_on_release"])
    elif inject.date_estimated:
        watch.append(words["dated"].replace("{date}", inject.date.isoformat()))
    elif inject.date_moved:
        watch.append(words["moved"].replace("{date}", inject.date.isoformat()))
    return ScriptInject(
        id=inject.id,
        title=localized(inject, "title", language),
        body=localized(inject, "body", language),
        audience=audience,
        date="" if inject.trigger is not None else inject.date.isoformat(),
        effects=effects,
        watch=watch,
        guidance=guidance(scenario, inject, language),
        when=condition_words(inject.trigger, scenario, language) if inject.trigger else "",
    )


def facilitator_script(scenario: Scenario, language: str = "en") -> FacilitatorScript:
    """The facilitator's script for `scenario`, in English or Korean."""
    language = _language(language)
    w = WORDS[language]
    turns = [
        ScriptTurn(
            number,
            scenario.date_of_turn(number).isoformat(),
            [_script_inject(scenario, i, language) for i in scenario.injects if i.turn == number],
        )
        for number in range(1, scenario.turns + 1)
    ]
    return FacilitatorScript(
        words=w,
        language=language,
        title=scenario.title_ko if language == "ko" else scenario.title,
        facts=_facts(scenario, w, language),
        exercise_objectives=[text for _, text in exercise_objectives(scenario, language)],
        running_order=RUNNING_ORDER[language],
        turns=turns,
        triggered=[_script_inject(scenario, i, language) for i in scenario.injects if i.trigger],
        red_lines=[
            (
                actor_name(scenario, a.id, language),
                localized(r, "text", language),
                condition_words(r.condition, scenario, language),
            )
            for a in scenario.actors
            for r in a.red_lines
        ],
        endings=[
            (
                localized(e, "name", language),
                localized(e, "description", language) or "",
                condition_words(e.condition, scenario, language) if e.condition else w["fallback"],
            )
            for e in scenario.endings
        ],
    )
