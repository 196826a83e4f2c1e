"""How the odds of an action are made, in plain words for the facilitator, in English or
Korean: the help the adjudication panel opens. `tests/test_arguments.py` checks each number
against what `wargame.adjudication.assess` does."""

from __future__ import annotations

from wargame.adjudication import (
    ARGUMENT_CHANGES,
    CEILING,
    COUNTER_MOVE,
    FLOOR,
    MAX_STATED,
    RECENT,
    REPEATED,
)

_WORDS = {
    "en": (
        "How the odds of an action are made",
        "The probability that an action succeeds is its base probability plus every modifier "
        "that applies; each is shown by name beside the action.",
        "1. Base probability: the action's own, from the scenario.\n"
        "2. The scenario's modifiers for that action, while their conditions hold.\n"
        "3. Relations with the target, for diplomatic and economic actions aimed at someone: "
        "relations ÷ 400 (+40 relations → +10%, −40 → −10%).\n"
        "4. Readiness, for military actions: (indicator − 50) ÷ 250 (readiness 75 → +10%; "
        "50 adds nothing).\n"
        "5. Standing, for diplomatic and information actions: (indicator − 50) ÷ 250, the same "
        "way.\n"
        "6. Tension, for diplomatic actions: −3% for each rung of the escalation ladder above "
        "the rung the scenario starts on.\n"
        "7. A counter-move: {counter} when the target has chosen, this turn, an action against "
        "the actor (one whose success would worsen their relations or the actor's indicators); "
        "an ally's help is no counter-move.\n"
        "8. Repetition: {repeated} for each time the seat tried the same action in the last "
        "{recent} turns; a move made again surprises and moves no one as the first did.\n"
        "9. The argument, if you rated it before the roll: strong {strong}, weak {weak}, or a "
        "change you state, up to {stated} either way, on each of the seat's actions.",
        "Each modifier is rounded to whole percentage points as it is assessed, so the numbers "
        "shown add up to the probability, and the probability shown is the one the roll is "
        "compared with. The total is kept between {floor} and {ceiling}: nothing in a crisis is "
        "certain. The die is seeded from the game's seed and the event's number and stored with "
        "the result, so a replay shows the same roll. The action succeeds when the roll is below "
        "the probability; the roll is shown to two places, cut rather than rounded, so a roll "
        "shown equal to the probability did not fall below it.",
        "A seat, and the room, see the odds as they could know them: the base and the modifiers "
        "they may know of, clamped the same way. A modifier drawn from something hidden from "
        "them, such as a covert counter-move, is left out, and they are told the outcome, not "
        "the roll, since the roll set against the true odds would give the hidden modifier away.",
    ),
    "ko": (
        "행동 확률의 산출 방법",
        "행동이 성공할 확률은 기본 확률에 해당하는 모든 수정치를 더한 값이며, 각 수정치는 "
        "행동 옆에 이름과 함께 표시됩니다.",
        "1. 기본 확률: 시나리오에 정해진 행동 고유의 확률.\n"
        "2. 그 행동에 대한 시나리오의 수정치: 조건이 충족되는 동안 적용.\n"
        "3. 대상과의 관계: 대상을 정한 외교·경제 행동에 관계 ÷ 400 "
        "(관계 +40 → +10%, −40 → −10%).\n"
        "4. 대비 태세: 군사 행동에 (지표 − 50) ÷ 250 (대비 75 → +10%, 50이면 0).\n"
        "5. 위상: 외교·정보 행동에 같은 방식으로 (지표 − 50) ÷ 250.\n"
        "6. 긴장: 외교 행동에 시나리오 시작 단계보다 높은 확전 사다리 한 단계마다 −3%.\n"
        "7. 맞대응: 대상이 이번 턴에 행동 주체에 맞서는 행동(성공하면 양측 관계나 행동 주체의 "
        "지표를 떨어뜨리는 행동)을 골랐다면 {counter}. 동맹의 지원은 맞대응이 아닙니다.\n"
        "8. 반복: 최근 {recent}턴 안에 같은 행동을 시도한 횟수마다 {repeated}. 되풀이된 수는 "
        "처음만큼 놀라움도 설득력도 없습니다.\n"
        "9. 논거: 주사위 전에 진행자가 판정했다면 그 참가석의 모든 행동에 강함 {strong}, "
        "약함 {weak}, 또는 진행자가 정한 값(양쪽으로 최대 {stated}).",
        "각 수정치는 산출할 때 정수 퍼센트포인트로 반올림되므로, 표시된 수치를 더하면 확률이 "
        "되고 표시된 확률이 곧 주사위와 비교되는 값입니다. "
        "합계는 {floor}에서 {ceiling} 사이로 제한됩니다. 위기에서 확실한 것은 없습니다. "
        "주사위는 게임 시드와 이벤트 번호로 정해지고 결과와 함께 저장되므로 다시 보기에서도 "
        "같은 값이 나옵니다. 주사위 값이 확률보다 작으면 행동이 성공합니다. 주사위 값은 소수 "
        "둘째 자리까지 반올림하지 않고 잘라서 보여 주므로, 확률과 같게 보이는 주사위 값은 "
        "확률보다 작지 않은 것입니다.",
        "참가석과 프로젝터 화면은 알 수 있는 범위의 확률을 봅니다. 기본 확률에 알 수 있는 "
        "수정치만 더해 같은 방식으로 제한한 값입니다. 은밀한 맞대응처럼 숨겨진 것에서 나온 "
        "수정치는 빠지며, 주사위 값은 알리지 않고 결과만 알립니다. 실제 확률과 비교한 주사위 "
        "값이 숨겨진 수정치를 드러내기 때문입니다.",
    ),
}


def how_odds_are_made(language: str = "en") -> str:
    """The making of an adjudication's probability, step by step, as plain text."""
    return "\n\n".join(_WORDS["ko" if language == "ko" else "en"]).format(
        strong=f"{ARGUMENT_CHANGES['strong']:+.0%}",
        weak=f"{ARGUMENT_CHANGES['weak']:+.0%}".replace("-", "−"),
        stated=f"{MAX_STATED:.0%}",
        counter=f"{COUNTER_MOVE:+.0%}".replace("-", "−"),
        repeated=f"{REPEATED:+.0%}".replace("-", "−"),
        recent=RECENT,
        floor=f"{FLOOR:.0%}",
        ceiling=f"{CEILING:.0%}",
    )
