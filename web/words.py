"""The seat pages' own words, in English and Korean.

Names from the scenario (actors, actions, the ladder) come from the seat's view, already in its
language; these are the words around them. `Words(language)` is what the templates call `t`.
"""

from __future__ import annotations

LANGUAGES = ("en", "ko")

_WORDS: dict[str, tuple[str, str]] = {
    # the join page
    "join_heading": ("Join the exercise as {seat}", "{seat}(으)로 연습에 참여"),
    "join_intro": (
        "This link is for {seat} alone: do not pass it on.",
        "이 링크는 {seat}만을 위한 것입니다. 다른 사람에게 넘기지 마십시오.",
    ),
    "pin": ("PIN", "PIN"),
    "pin_help": ("The PIN the facilitator gave your seat.", "진행자가 이 자리에 정해 준 PIN."),
    "join": ("Join", "참여"),
    "wrong_pin": ("That PIN is not right.", "PIN이 맞지 않습니다."),
    "wait": (
        "Too many wrong PINs: wait {seconds} seconds, then try again.",
        "잘못된 PIN이 너무 많습니다. {seconds}초 기다린 뒤 다시 시도하십시오.",
    ),
    "bad_link": (
        "This join link is not valid for this exercise. Ask the facilitator for your seat's link.",
        "이 참여 링크는 이 연습에 맞지 않습니다. 진행자에게 이 자리의 링크를 받으십시오.",
    ),
    "not_joined": (
        "This device has not joined a seat. Open your seat's join link from the facilitator.",
        "이 기기는 아직 자리에 참여하지 않았습니다. 진행자가 준 참여 링크를 여십시오.",
    ),
    # the seat page
    "seat_title": ("{seat} — {title}", "{seat} — {title}"),
    "where": (
        "Turn {turn} of {turns} · {phase} · Escalation: {level}",
        "{turns}턴 중 {turn}턴 · {phase} · 긴장 단계: {level}",
    ),
    "phase_briefing": ("Briefing", "브리핑"),
    "phase_deliberation": ("Deliberation", "숙의"),
    "phase_adjudication": ("Adjudication", "판정"),
    "phase_outcome": ("Outcome", "결과"),
    "phase_ended": ("Ended", "종료"),
    "ended": ("The exercise has ended: {ending}", "연습이 끝났습니다: {ending}"),
    "clock": ("Time left: {time}", "남은 시간: {time}"),
    "clock_as_of": ("(as of loading this page)", "(이 페이지를 연 시점 기준)"),
    "clock_paused": ("Time left: {time} (paused)", "남은 시간: {time} (일시 정지)"),
    "moved": ("Moved: {names}", "제출 완료: {names}"),
    "offline": (
        "Connection to the facilitator's computer lost: reconnecting…",
        "진행자 컴퓨터와의 연결이 끊겼습니다. 다시 연결하는 중…",
    ),
    "language": ("Language", "언어"),
    "leave": ("Leave this device", "이 기기에서 나가기"),
    "left": (
        "This device has left the seat. Open the join link again to come back.",
        "이 기기는 자리에서 나갔습니다. 돌아오려면 참여 링크를 다시 여십시오.",
    ),
    "nav": ("Sections", "목차"),
    "your_move": ("Your move", "나의 수"),
    "injects": ("Injects", "상황 전개"),
    "brief": ("Brief", "브리핑 자료"),
    "objectives": ("Objectives", "목표"),
    "red_lines": ("Red lines", "레드라인"),
    "results": ("Results", "결과"),
    "world": ("The world", "정세"),
    # the move form
    "action_n": ("Action {n}", "행동 {n}"),
    "action": ("Action", "행동"),
    "target": ("Target", "대상"),
    "no_action": ("— No action —", "— 행동 없음 —"),
    "no_target": ("No target", "대상 없음"),
    "argument": ("Your argument", "나의 논거"),
    "argument_help": (
        "Why these actions, and why they should succeed (optional).",
        "왜 이 행동인지, 왜 성공해야 하는지 (선택).",
    ),
    "submit": ("Submit move", "수 제출"),
    "revise": ("Revise move", "수 수정"),
    "move_in": (
        "Your move is in (revision {revision}). You can revise it until deliberation closes.",
        "수가 제출되었습니다 (수정 {revision}회). 숙의가 끝날 때까지 수정할 수 있습니다.",
    ),
    "move_saved": ("Your move is saved.", "수가 저장되었습니다."),
    "choose": (
        "Choose up to {n} actions, then submit.",
        "최대 {n}개의 행동을 고른 뒤 제출하십시오.",
    ),
    "moves_closed": (
        "Moves can be made while deliberation is open.",
        "수는 숙의 단계에서만 낼 수 있습니다.",
    ),
    "about_actions": ("What each action does", "각 행동의 내용"),
    # a free action, proposed in the seat's own words
    "free_action": (
        "Propose an action not on your menu (optional)",
        "행동 목록에 없는 행동 제안 (선택)",
    ),
    "free_title": ("A short title: what you do", "짧은 제목: 무엇을 하는지"),
    "free_target": ("Aimed at", "대상"),
    "free_no_target": ("No one", "없음"),
    "free_argument": ("Why it should work", "왜 성공해야 하는지"),
    "free_help": (
        "It takes the place of one of your actions; the facilitator sets its odds, who learns "
        "of it and what it does, or turns it down.",
        "행동 하나를 대신합니다. 진행자가 확률, 알게 될 참가석, 효과를 정하거나 받아들이지 "
        "않습니다.",
    ),
    "free_waiting": (
        "The facilitator has still to judge it.",
        "진행자가 아직 판정하지 않았습니다.",
    ),
    "free_accepted": (
        "The facilitator accepted it: it is rolled with your other actions.",
        "진행자가 받아들였습니다. 다른 행동과 함께 주사위를 굴립니다.",
    ),
    "free_rejected": (
        "The facilitator turned it down: {reason}",
        "진행자가 받아들이지 않았습니다: {reason}",
    ),
    "changed_elsewhere": (
        "Your move was changed on another device. Reload the page to see it.",
        "다른 기기에서 수가 바뀌었습니다. 페이지를 새로 고쳐 확인하십시오.",
    ),
    "not_submitted": (
        "Your move was not submitted: {reason}",
        "수가 제출되지 않았습니다: {reason}",
    ),
    "category_diplomatic": ("Diplomatic", "외교"),
    "category_information": ("Information", "정보"),
    "category_military": ("Military", "군사"),
    "category_economic": ("Economic", "경제"),
    # injects
    "no_injects": ("No injects released yet.", "아직 공개된 상황이 없습니다."),
    "turn": ("Turn {turn}", "{turn}턴"),
    "restricted": ("Only for: {names}", "공개 대상: {names}"),
    "basis": ("Basis: {basis}", "근거: {basis}"),
    "new": ("New", "새 소식"),
    "unread": ("{n} new", "새 소식 {n}건"),
    "mark_read": ("Mark all as read", "모두 읽음으로 표시"),
    # objectives
    "standing_met": ("Met", "달성"),
    "standing_missed": ("Not met", "미달성"),
    "standing_secured": ("Secured", "확보"),
    "standing_holding": ("Holding so far", "현재까지 유지"),
    "standing_open": ("Not yet", "아직"),
    "standing_lost": ("Lost", "놓침"),
    "crossed": ("Crossed", "넘어섬"),
    "not_crossed": ("Not crossed", "지켜짐"),
    # results
    "no_results": ("No results published yet.", "아직 공개된 결과가 없습니다."),
    "success": ("Success", "성공"),
    "failure": ("Failure", "실패"),
    "target_of": ("Target: {target}", "대상: {target}"),
    "earlier_results": ("Turn {turn}: {n} results", "{turn}턴 결과 {n}건"),
    "odds": ("Odds as far as you may know: {p}", "알 수 있는 범위의 확률: {p}"),
    "base": ("Base", "기본값"),
    "overridden": ("Decided by the facilitator: {reason}", "진행자 결정: {reason}"),
    "overridden_quietly": ("Decided by the facilitator.", "진행자가 결정했습니다."),
    "your_argument": ("Your argument", "나의 논거"),
    "rating": ("The facilitator's judgement: {reason}", "진행자의 평가: {reason}"),
    # the world
    "ladder": ("Escalation ladder", "긴장 단계"),
    "bloc_ladder": ("Bloc ladder", "진영 단계"),
    "blocs_now": ("Blocs: {level}", "진영: {level}"),
    # the risk of an incident at the line, as every seat sees it coming
    "risk": ("{name}: {p}", "{name}: {p}"),
    "risk_moves": (
        "Each fresh move up adds {up}; each move that steps back takes {down}.",
        "새로운 긴장 고조 조치마다 {up} 올라가고, 긴장 완화 조치마다 {down} 내려갑니다.",
    ),
    "risk_when": (
        "A check is made as adjudication begins if any seat makes a fresh move up; the seats "
        "whose moves raised the risk are named for an incident.",
        "어느 진영이든 새로운 긴장 고조 조치를 하면 판정이 시작될 때 충돌 여부를 판정합니다. "
        "충돌이 일어나면 위험을 높인 진영이 그 책임자로 지목됩니다.",
    ),
    "risk_below": (
        "No check for an incident at the line below rung {rung} ({level}).",
        "{rung}단계({level}) 아래에서는 접경 우발 충돌 판정을 하지 않습니다.",
    ),
    "incident": ("Incident", "충돌 발생"),
    "no_incident": ("No incident", "충돌 없음"),
    "now": ("now", "현재"),
    "relations": ("Relations with you", "나와의 관계"),
    "indicators": ("Your indicators", "나의 지표"),
    # errors
    "error": ("Something went wrong", "문제가 생겼습니다"),
    "not_found": ("There is no such page.", "그런 페이지가 없습니다."),
    "not_allowed": ("That cannot be done here.", "여기서는 할 수 없는 일입니다."),
    "too_large": ("That was too much to send at once.", "한 번에 보내기에는 너무 큽니다."),
    "expired": (
        "This form has expired. Reload the page and try again.",
        "이 양식은 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도하십시오.",
    ),
    "bad_form": ("The form could not be read.", "양식을 읽을 수 없습니다."),
    "internal": (
        "The server could not do that. Nothing of your game was lost; please tell the facilitator.",
        "서버가 요청을 처리하지 못했습니다. 게임 기록은 안전합니다. 진행자에게 알려 주십시오.",
    ),
    "back": ("Back to your seat", "내 자리로 돌아가기"),
}


class Words:
    """The words of one language; calling it looks a phrase up and fills in its blanks."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else LANGUAGES[0]
        self._index = LANGUAGES.index(self.language)

    def __call__(self, key: str, **blanks: object) -> str:
        phrase = _WORDS[key][self._index]
        return phrase.format(**blanks) if blanks else phrase


def language_or(choice: str | None, default: str) -> str:
    """`choice` when it names a language the pages speak, else `default`."""
    return choice if choice in LANGUAGES else default


# The review step and the room's odds, kept in a block of their own.
_WORDS.update(
    {
        "phase_review": ("Review", "검토"),
        "review": ("Odds and review", "확률과 검토"),
        "odds_help_deliberation": (
            "Before the roll, give your own chance of success for each action of your move. "
            "Only you and the facilitator see it until the exercise ends.",
            "주사위를 굴리기 전에 내 수의 각 행동이 성공할 확률을 내십시오. 연습이 끝날 때까지 "
            "나와 진행자만 봅니다.",
        ),
        "odds_help_review": (
            "The review: the other seats' public actions are shown. Give your odds for any of "
            "them, and write one counter-argument against one.",
            "검토 단계: 다른 참가석의 공개 행동이 보입니다. 어느 행동에든 확률을 내고, 그중 "
            "하나에 반론을 하나 쓰십시오.",
        ),
        "no_odds_now": (
            "Odds are given before the roll: during deliberation and the review.",
            "확률은 주사위를 굴리기 전, 숙의와 검토 중에 냅니다.",
        ),
        "your_odds": ("Your chance of success (%)", "나의 성공 확률 (%)"),
        "give_odds": ("Give my odds", "확률 내기"),
        "odds_given": ("You said {percent}", "내가 낸 확률: {percent}"),
        "odds_saved": ("Your odds are saved.", "확률이 저장되었습니다."),
        "counter_heading": ("Your counter-argument", "나의 반론"),
        "counter_against": ("Against", "대상 행동"),
        "counter_help": (
            "Why might this action fall short? One per seat each turn: sending another replaces "
            "it, an empty one withdraws it.",
            "이 행동이 왜 실패할 수 있습니까? 참가석마다 턴당 하나입니다. 다시 보내면 바뀌고, "
            "빈 반론을 보내면 철회됩니다.",
        ),
        "counter_send": ("Send counter-argument", "반론 보내기"),
        "counter_saved": ("Your counter-argument is saved.", "반론이 저장되었습니다."),
        "not_saved": ("Not saved: {reason}", "저장되지 않았습니다: {reason}"),
    }
)
