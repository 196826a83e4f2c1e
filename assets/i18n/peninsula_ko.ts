<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>게임(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 게임 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>새 연습(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open game…</source>
        <translation>게임 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open for &amp;replay…</source>
        <translation>다시 보기로 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Study a saved game at any point, as any seat saw it; nothing is changed</source>
        <translation>저장된 게임을 어느 시점에서든 각 참가석이 본 그대로 살펴봅니다. 아무것도 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>The after-action report of this game, as a PDF or a web page</source>
        <translation>이 게임의 사후 검토 보고서를 PDF나 웹 페이지로 만듭니다</translation>
    </message>
    <message>
        <source>Export seat &amp;handouts…</source>
        <translation>참가석 안내서 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <source>A printable handout for each seat, one PDF per seat</source>
        <translation>참가석마다 인쇄용 안내서를 PDF 한 부씩 만듭니다</translation>
    </message>
    <message>
        <source>Export facilitator &amp;script…</source>
        <translation>진행자 대본 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>The facilitator&apos;s script, turn by turn, as a PDF</source>
        <translation>턴별 진행자 대본을 PDF로 만듭니다</translation>
    </message>
    <message>
        <source>Export &amp;data for analysts…</source>
        <translation>분석용 데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Actions, adjudications, ratings, observations and indicators as CSV tables</source>
        <translation>조치, 판정, 평가, 관찰, 지표를 CSV 표로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Close game</source>
        <translation>게임 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>Take the next step of the turn</source>
        <translation>이번 턴의 다음 단계로 진행합니다</translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation>시계 일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add ad hoc inject…</source>
        <translation>임시 상황 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rate an argument…</source>
        <translation>논거 판정(&amp;R)…</translation>
    </message>
    <message>
        <source>Judge a seat&apos;s argument before the roll: it changes the odds of its actions</source>
        <translation>주사위 전에 참가석의 논거를 판정합니다. 판정은 그 참가석 행동의 확률을 바꿉니다</translation>
    </message>
    <message>
        <source>Open &amp;seats to the room…</source>
        <translation>참가석을 방에 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Let each seat join from its own phone, tablet or laptop on this network</source>
        <translation>각 참가석이 이 네트워크에 있는 자기 휴대폰, 태블릿, 노트북으로 참여하게 합니다</translation>
    </message>
    <message>
        <source>Change &amp;who plays a seat…</source>
        <translation>참가석 담당 바꾸기(&amp;W)…</translation>
    </message>
    <message>
        <source>A bot plays a seat from now on, or a person takes it back, on the record</source>
        <translation>이제부터 봇이 참가석을 맡거나 사람이 다시 맡습니다. 기록에 남습니다</translation>
    </message>
    <message>
        <source>&amp;End the exercise now…</source>
        <translation>지금 연습 끝내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Finish before the last turn, with a reason</source>
        <translation>마지막 턴 전에 사유와 함께 끝냅니다</translation>
    </message>
    <message>
        <source>&amp;Hot wash: add an observation…</source>
        <translation>강평: 관찰 추가(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Undo last facilitator action</source>
        <translation>마지막 진행자 조치 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Facilitator console</source>
        <translation>진행자 콘솔(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Seats (pass the laptop)</source>
        <translation>참가석 (노트북 넘기기)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>프로젝터 화면(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset panels</source>
        <translation>패널 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put the console&apos;s panels back where they start</source>
        <translation>콘솔의 패널을 처음 위치로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;How to play</source>
        <translation>진행 방법(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Peninsula</source>
        <translation>Peninsula 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>Action</source>
        <translation>행동</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>주사위</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안 결과</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>논거</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>결과 변경…</translation>
    </message>
    <message>
        <source>Change the selected outcome; you will be asked for a reason</source>
        <translation>선택한 결과를 변경합니다. 사유를 입력해야 합니다</translation>
    </message>
    <message>
        <source>How odds are made</source>
        <translation>확률 산출 방법</translation>
    </message>
    <message>
        <source>What the probability of an action is made of, modifier by modifier</source>
        <translation>행동의 확률이 어떻게 구성되는지 수정치별로 봅니다</translation>
    </message>
    <message>
        <source>Judge free actions…</source>
        <translation>자유 행동 판정…</translation>
    </message>
    <message>
        <source>Set the odds, audience and effects of an action a seat proposed that is not on its menu, or turn it down</source>
        <translation>참가석이 행동 목록에 없는 행동을 제안하면 그 확률, 공개 대상, 효과를 정하거나 받아들이지 않습니다</translation>
    </message>
    <message>
        <source>The engine proposes an outcome for every action. Publishing the outcome accepts them; override any you disagree with first, giving your reason for the record.</source>
        <translation>엔진이 모든 행동의 결과를 제안합니다. 결과를 공표하면 제안이 그대로 확정됩니다. 동의하지 않는 결과가 있으면 먼저 사유를 기록하고 변경하십시오.</translation>
    </message>
    <message>
        <source>The outcome of this turn has been published.</source>
        <translation>이번 턴의 결과가 공표되었습니다.</translation>
    </message>
    <message>
        <source>Seats have proposed free actions: %1 still to judge before adjudication.</source>
        <translation>참가석이 자유 행동을 제안했습니다. 판정 전에 %1건을 더 판정해야 합니다.</translation>
    </message>
    <message>
        <source>Actions are adjudicated when deliberation closes.</source>
        <translation>숙의가 끝나면 행동을 판정합니다.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (변경됨)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Peninsula</source>
        <translation>Peninsula</translation>
    </message>
    <message>
        <source>Sorry, something unexpected went wrong. Your game is safe: every step is saved in the game file as it happens.

The details were written to %1.</source>
        <translation>죄송합니다. 예기치 않은 문제가 발생했습니다. 게임은 안전합니다. 모든 단계는 진행되는 즉시 게임 파일에 저장됩니다.

자세한 내용은 %1에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>ArgumentDialog</name>
    <message>
        <source>Rate the argument</source>
        <translation>논거 판정</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>조치 없음</translation>
    </message>
    <message>
        <source>The seat wrote no argument.</source>
        <translation>참가석이 논거를 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Strong (%1)</source>
        <translation>강함 (%1)</translation>
    </message>
    <message>
        <source>Weak (%1)</source>
        <translation>약함 (%1)</translation>
    </message>
    <message>
        <source>A change I state:</source>
        <translation>직접 정한 수정치:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>Percentage points added to each of the seat&apos;s actions; below 0 takes away</source>
        <translation>참가석의 각 행동에 더하는 퍼센트포인트입니다. 0보다 작으면 뺍니다</translation>
    </message>
    <message>
        <source>Why? This is kept in the game&apos;s record and shown in the debrief and report.</source>
        <translation>이유는 무엇입니까? 게임 기록에 남고 강평과 보고서에 표시됩니다.</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>논거</translation>
    </message>
    <message>
        <source>Counter-arguments from the review</source>
        <translation>검토 단계의 반론</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Choose a judgement.</source>
        <translation>판정을 고르십시오.</translation>
    </message>
    <message>
        <source>A stated change of 0% changes nothing: give one, or choose another.</source>
        <translation>0%로 정한 수정치는 아무것도 바꾸지 않습니다. 값을 정하거나 다른 판정을 고르십시오.</translation>
    </message>
    <message>
        <source>Give a reason: it goes on the record.</source>
        <translation>사유를 적으십시오. 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <source>Judge an argument before adjudicating: a strong one adds to the probability of each of the seat&apos;s actions, a weak one takes from it. A seat that revises its move is judged afresh.</source>
        <translation>판정 전에 논거를 평가하십시오. 강한 논거는 그 참가석의 각 행동 확률을 높이고, 약한 논거는 낮춥니다. 참가석이 조치를 수정하면 다시 판정합니다.</translation>
    </message>
    <message>
        <source>Rate argument…</source>
        <translation>논거 판정…</translation>
    </message>
    <message>
        <source>Judge the selected seat&apos;s argument, with a reason</source>
        <translation>선택한 참가석의 논거를 사유와 함께 판정합니다</translation>
    </message>
</context>
<context>
    <name>BlocLadder</name>
    <message>
        <source>Blocs</source>
        <translation>진영</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Vladivostok</source>
        <translation>블라디보스토크</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>적대</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>우호</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>fell short</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>No game</source>
        <translation>게임 없음</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <source>Branch from here</source>
        <translation>여기서 갈라 새 게임</translation>
    </message>
    <message>
        <source>The new game shares this one up to event %1. Choose who plays each seat from there: a person signs in with the PIN you give here; a bot moves by itself.</source>
        <translation>새 게임은 사건 %1까지 이 게임과 같습니다. 그 뒤로 각 참가석을 누가 맡을지 고르십시오. 사람은 여기서 정한 PIN으로 로그인하고, 봇은 스스로 수를 둡니다.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>PIN for a new person</source>
        <translation>새로 맡을 사람의 PIN</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>A bot</source>
        <translation>봇</translation>
    </message>
    <message>
        <source>optional: keeps its PIN</source>
        <translation>선택: 비우면 기존 PIN 유지</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>필요</translation>
    </message>
    <message>
        <source>Give a PIN for: %1</source>
        <translation>PIN을 정하십시오: %1</translation>
    </message>
</context>
<context>
    <name>CalibrationPanel</name>
    <message>
        <source>Who</source>
        <translation>누구</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>예상 수</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>브라이어</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>보정도</translation>
    </message>
    <message>
        <source>Reliability: 0 is perfectly calibrated</source>
        <translation>신뢰도: 0이면 완벽하게 보정됨</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>분해능</translation>
    </message>
    <message>
        <source>Higher tells likely actions from unlikely ones</source>
        <translation>높을수록 일어날 행동과 일어나지 않을 행동을 잘 가립니다</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>불확실성</translation>
    </message>
    <message>
        <source>Set by what happened, not by the estimates</source>
        <translation>낸 확률이 아니라 실제로 일어난 일로 정해집니다</translation>
    </message>
    <message>
        <source>Model, same actions</source>
        <translation>모델 (같은 행동)</translation>
    </message>
    <message>
        <source>The Brier score is the mean squared gap between the odds given and what happened (1 or 0): 0 is perfect, 0.25 is always saying 50%. Lower is better. It splits into calibration (do 70% calls happen 70% of the time? 0 is perfect), resolution (telling likely from unlikely; higher is better) and the uncertainty of the events themselves. In the plot, filled rings are the selected estimator&apos;s odds, hollow squares the model&apos;s for the same actions.</source>
        <translation>브라이어 점수는 낸 확률과 실제 결과(1 또는 0) 차이의 제곱 평균입니다. 0이 완벽하고, 늘 50%라고 하면 0.25입니다. 낮을수록 좋습니다. 이 점수는 보정도(70%라고 한 일이 70% 일어났는가? 0이 완벽), 분해능(일어날 일과 아닐 일을 가리는 힘, 높을수록 좋음), 그리고 사건 자체의 불확실성으로 나뉩니다. 그림에서 채운 고리는 고른 사람의 확률, 빈 네모는 같은 행동에 대한 모델의 확률입니다.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>진행자</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare games</source>
        <translation>게임 비교</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>The two games have the same log, event for event.</source>
        <translation>두 게임의 기록은 사건 하나하나까지 같습니다.</translation>
    </message>
    <message>
        <source>They part at event %1 (turn %2).
A: %3
B: %4</source>
        <translation>두 게임은 사건 %1(%2턴)에서 갈라집니다.
A: %3
B: %4</translation>
    </message>
    <message>
        <source>(no more events)</source>
        <translation>(이후 사건 없음)</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Escalation A / B</source>
        <translation>확전 A / B</translation>
    </message>
    <message>
        <source>%1: objectives A / B</source>
        <translation>%1: 목표 A / B</translation>
    </message>
    <message>
        <source>Escalation as each turn ended</source>
        <translation>각 턴 종료 시의 확전 단계</translation>
    </message>
    <message>
        <source>after its last turn</source>
        <translation>마지막 턴을 마침</translation>
    </message>
    <message>
        <source>at the top of the escalation ladder</source>
        <translation>확전 사다리 최고 단계에 이름</translation>
    </message>
    <message>
        <source>stopped early by the facilitator</source>
        <translation>진행자가 일찍 중단함</translation>
    </message>
    <message>
        <source>%1 ended: %2 (%3)</source>
        <translation>%1 종료: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is still in play: turn %2, %3</source>
        <translation>%1은(는) 아직 진행 중: %2턴, %3</translation>
    </message>
</context>
<context>
    <name>EffectEditor</name>
    <message>
        <source>the acting seat</source>
        <translation>행동하는 참가석</translation>
    </message>
    <message>
        <source>its target</source>
        <translation>그 대상</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 단계</translation>
    </message>
    <message>
        <source>Add a change to an indicator</source>
        <translation>지표 변화 추가</translation>
    </message>
    <message>
        <source>Add a change to a relation</source>
        <translation>관계 변화 추가</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>긴장 고조 단계</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
</context>
<context>
    <name>EndNowDialog</name>
    <message>
        <source>End the exercise now</source>
        <translation>지금 연습 끝내기</translation>
    </message>
    <message>
        <source>The exercise ends in turn %1 of %2. Its ending is the one whose condition holds now; moves not yet adjudicated and outcomes not yet published stay as they are. This cannot be undone.</source>
        <translation>연습은 전체 %2턴 중 %1턴에서 끝납니다. 결말은 지금 조건이 충족된 결말입니다. 아직 판정하지 않은 조치와 공표하지 않은 결과는 그대로 남습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>연습 종료</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>EscalationChart</name>
    <message>
        <source>Escalation</source>
        <translation>긴장 단계</translation>
    </message>
    <message>
        <source>Blocs: %1</source>
        <translation>진영: %1</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>No game</source>
        <translation>게임 없음</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>긴장 단계</translation>
    </message>
</context>
<context>
    <name>EvaluationDesk</name>
    <message>
        <source>Withdraw the observation?</source>
        <translation>관찰을 철회할까요?</translation>
    </message>
    <message>
        <source>It leaves the hot wash and the report; the event log keeps a record that it was withdrawn.

%1</source>
        <translation>강평과 보고서에서 빠지며, 사건 기록에는 철회했다는 기록이 남습니다.

%1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
</context>
<context>
    <name>EvaluatorWindow</name>
    <message>
        <source>Evaluator</source>
        <translation>평가관</translation>
    </message>
    <message>
        <source>You are signed in as the evaluator: you may observe, rate the exercise objectives, name the participants and edit the Improvement Plan.</source>
        <translation>평가관으로 로그인했습니다. 관찰을 기록하고, 연습 목표를 평가하고, 참가자를 기록하고, 개선 계획을 고칠 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
</context>
<context>
    <name>FacilitatorConsole</name>
    <message>
        <source>Adjudication</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>논거</translation>
    </message>
    <message>
        <source>Room&apos;s odds</source>
        <translation>참가자 확률</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Hot wash</source>
        <translation>강평</translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation>MSEL (상황 일정표)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>Ladders</source>
        <translation>긴장 단계와 진영</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>사건 기록</translation>
    </message>
    <message>
        <source>Adjudicate now?</source>
        <translation>지금 판정하시겠습니까?</translation>
    </message>
    <message>
        <source>%1 has not submitted a move. If you adjudicate now, it makes no move this turn, and the record says so.</source>
        <translation>%1이(가) 아직 수를 제출하지 않았습니다. 지금 판정하면 이번 턴에는 아무 행동도 하지 않으며, 기록에 그렇게 남습니다.</translation>
    </message>
    <message>
        <source>%1 have not submitted a move. If you adjudicate now, they make no move this turn, and the record says so.</source>
        <translation>%1이(가) 아직 수를 제출하지 않았습니다. 지금 판정하면 이번 턴에는 아무 행동도 하지 않으며, 기록에 그렇게 남습니다.</translation>
    </message>
    <message>
        <source>Adjudicate without them</source>
        <translation>제출 없이 판정</translation>
    </message>
</context>
<context>
    <name>FreeActionDialog</name>
    <message>
        <source>Judge a free action</source>
        <translation>자유 행동 판정</translation>
    </message>
    <message>
        <source>to judge</source>
        <translation>판정 대기</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>받아들임</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>받아들이지 않음</translation>
    </message>
    <message>
        <source>The seat wrote no argument for it.</source>
        <translation>참가석이 이 행동의 논거를 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Accept it, on these terms</source>
        <translation>다음 조건으로 받아들임</translation>
    </message>
    <message>
        <source>Turn it down</source>
        <translation>받아들이지 않음</translation>
    </message>
    <message>
        <source>Add a factor</source>
        <translation>요인 추가</translation>
    </message>
    <message>
        <source>Public: every seat learns of it</source>
        <translation>공개: 모든 참가석이 압니다</translation>
    </message>
    <message>
        <source>Covert: known only to the seat and</source>
        <translation>비공개: 제안한 참가석과 다음만 앎</translation>
    </message>
    <message>
        <source>If it succeeds</source>
        <translation>성공하면</translation>
    </message>
    <message>
        <source>If it fails</source>
        <translation>실패하면</translation>
    </message>
    <message>
        <source>Why? This is kept in the game&apos;s record and shown in the debrief and report.</source>
        <translation>이유는 무엇입니까? 게임 기록에 남고 강평과 보고서에 표시됩니다.</translation>
    </message>
    <message>
        <source>Base probability</source>
        <translation>기본 확률</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>요인</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>공개 대상</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>효과</translation>
    </message>
    <message>
        <source>Free action</source>
        <translation>자유 행동</translation>
    </message>
    <message>
        <source>Its argument</source>
        <translation>이 행동의 논거</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Aimed at %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>Aimed at no one</source>
        <translation>대상 없음</translation>
    </message>
    <message>
        <source>Odds of success: %1</source>
        <translation>성공 확률: %1</translation>
    </message>
    <message>
        <source>Each factor needs a name and a change other than 0.</source>
        <translation>각 요인에는 이름과 0이 아닌 수정치가 필요합니다.</translation>
    </message>
    <message>
        <source>Give a reason: it goes on the record.</source>
        <translation>사유를 적으십시오. 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>GameController</name>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another place.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다(%2). 다른 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Only the facilitator can open the seats to the room.</source>
        <translation>진행자만 참가석을 방에 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Sign in to the seat first.</source>
        <translation>먼저 좌석에 로그인하십시오.</translation>
    </message>
    <message>
        <source>Only the facilitator can do that: open the console first.</source>
        <translation>진행자만 할 수 있는 일입니다. 먼저 진행자 콘솔을 여십시오.</translation>
    </message>
    <message>
        <source>Only the facilitator or the evaluator can do that: sign in first.</source>
        <translation>진행자나 평가관만 할 수 있는 일입니다. 먼저 로그인하십시오.</translation>
    </message>
    <message>
        <source>Open or start a game first.</source>
        <translation>먼저 게임을 열거나 시작하십시오.</translation>
    </message>
    <message>
        <source>Sorry, something unexpected went wrong. Your game is safe: every step before this one is saved in the game file.

The details were written to %1. Please send that file to whoever looks after Peninsula here.</source>
        <translation>죄송합니다. 예기치 않은 문제가 발생했습니다. 게임은 안전합니다. 이 단계 이전의 모든 단계는 게임 파일에 저장되어 있습니다.

자세한 내용은 %1에 기록되었습니다. 이 파일을 Peninsula 담당자에게 보내 주십시오.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Change who plays a seat</source>
        <translation>참가석 담당 바꾸기</translation>
    </message>
    <message>
        <source>%1 — a person plays it</source>
        <translation>%1 — 사람이 맡음</translation>
    </message>
    <message>
        <source>%1 — a bot plays it</source>
        <translation>%1 — 봇이 맡음</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>New PIN (optional)</source>
        <translation>새 PIN (선택)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>A person takes the seat back from the next move it makes.</source>
        <translation>다음 조치부터 사람이 다시 참가석을 맡습니다.</translation>
    </message>
    <message>
        <source>A bot plays the seat from now on; if it has not moved this turn, at once.</source>
        <translation>이제부터 봇이 참가석을 맡습니다. 이번 턴에 아직 조치를 내지 않았다면 바로 냅니다.</translation>
    </message>
</context>
<context>
    <name>HotWashPanel</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>관찰</translation>
    </message>
    <message>
        <source>About</source>
        <translation>관련</translation>
    </message>
    <message>
        <source>Gather what went well and what to improve while it is fresh: each observation goes into the after-action report (File → Export report…).</source>
        <translation>기억이 생생할 때 잘된 점과 개선할 점을 모으십시오. 관찰은 모두 사후 검토 보고서에 들어갑니다(파일 → 보고서 내보내기…).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Exercise objectives: HSEEP rating</source>
        <translation>연습 목표: HSEEP 평가</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>참가자…</translation>
    </message>
    <message>
        <source>Improvement plan…</source>
        <translation>개선 계획…</translation>
    </message>
    <message>
        <source>Calibration of the room&apos;s odds</source>
        <translation>참가자 확률의 보정도</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강점</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>개선 필요</translation>
    </message>
    <message>
        <source>Working note</source>
        <translation>평가 메모</translation>
    </message>
    <message>
        <source>%1 (record only)</source>
        <translation>%1 (기록용)</translation>
    </message>
    <message>
        <source>turn %1</source>
        <translation>%1턴</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>평가하지 않음</translation>
    </message>
</context>
<context>
    <name>HowToPlay</name>
    <message>
        <source>How to play</source>
        <translation>진행 방법</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How an exercise runs&lt;/h2&gt;&lt;p&gt;Five seats — Seoul, Pyongyang, Washington, Moscow and Beijing — are played by people or by bots. The facilitator runs the game from the console; the room follows on the projector.&lt;/p&gt;&lt;h3&gt;Each turn&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Briefing.&lt;/b&gt; The injects due this turn are listed in the MSEL. Release, hold or edit them, or add an ad hoc inject. Then press &lt;i&gt;Open deliberation&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deliberation.&lt;/b&gt; Choose &lt;i&gt;View → Seats&lt;/i&gt; and pass the laptop. Each seat signs in with its PIN, reads what it may see, chooses its actions and writes its argument, then signs out. A seat may revise its move until deliberation closes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adjudication.&lt;/b&gt; Press &lt;i&gt;Adjudicate&lt;/i&gt;. Each action shows its probability, the modifiers that apply, the roll and a rationale. Override an outcome you disagree with, giving a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Outcome.&lt;/b&gt; Press &lt;i&gt;Publish outcome&lt;/i&gt;: the results reach their audiences and the world moves. Press &lt;i&gt;Next turn&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every step is saved in the game file as it happens; close the window at any time and open the game later to continue. &lt;i&gt;Undo&lt;/i&gt; takes back the last facilitator action of the phase and leaves a note of it in the record.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;연습 진행 방식&lt;/h2&gt;&lt;p&gt;다섯 참가석 — 서울, 평양, 워싱턴, 모스크바, 베이징 — 은 사람 또는 봇이 맡습니다. 진행자는 콘솔에서 게임을 운영하고, 참석자들은 프로젝터로 상황을 따라갑니다.&lt;/p&gt;&lt;h3&gt;매 턴&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;브리핑.&lt;/b&gt; 이번 턴에 예정된 상황이 MSEL에 표시됩니다. 상황을 공개, 보류, 수정하거나 임시 상황을 추가하십시오. 그런 다음 &lt;i&gt;숙의 시작&lt;/i&gt;을 누르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;숙의.&lt;/b&gt; &lt;i&gt;보기 → 참가석&lt;/i&gt;을 선택하고 노트북을 넘기십시오. 각 참가석은 PIN으로 로그인하여 볼 수 있는 정보를 읽고, 행동을 고르고, 논거를 쓴 뒤 로그아웃합니다. 숙의가 끝날 때까지 수를 수정할 수 있습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;판정.&lt;/b&gt; &lt;i&gt;판정&lt;/i&gt;을 누르십시오. 각 행동의 확률, 적용된 보정 요인, 주사위 값, 근거가 표시됩니다. 동의하지 않는 결과는 사유를 적고 변경하십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;결과.&lt;/b&gt; &lt;i&gt;결과 공표&lt;/i&gt;를 누르면 결과가 대상에게 전달되고 세계 상황이 바뀝니다. &lt;i&gt;다음 턴&lt;/i&gt;을 누르십시오.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;모든 단계는 진행되는 즉시 게임 파일에 저장됩니다. 언제든 창을 닫고 나중에 게임을 열어 이어갈 수 있습니다. &lt;i&gt;취소&lt;/i&gt;는 이번 단계의 마지막 진행자 조치를 되돌리고, 그 사실을 기록에 남깁니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImprovementPlanDialog</name>
    <message>
        <source>Improvement plan</source>
        <translation>개선 계획</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Objective or capability</source>
        <translation>목표 또는 역량</translation>
    </message>
    <message>
        <source>Issue / area for improvement</source>
        <translation>문제 / 개선 필요 사항</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>시정 조치</translation>
    </message>
    <message>
        <source>Capability element</source>
        <translation>역량 요소</translation>
    </message>
    <message>
        <source>Primary responsible organisation</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>연락 담당자</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>완료일</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Untick a row to leave it out of the report. Dates as YYYY-MM-DD; capability elements are planning, organisation, equipment, training or exercise.</source>
        <translation>보고서에서 뺄 행은 선택을 해제하십시오. 날짜는 YYYY-MM-DD로 적고, 역량 요소는 계획, 조직, 장비, 훈련, 연습 가운데 하나입니다.</translation>
    </message>
</context>
<context>
    <name>IncidentRisk</name>
    <message>
        <source>No check for an incident at the line below rung %1 (%2).</source>
        <translation>%1단계(%2) 아래에서는 접경 우발 충돌 판정을 하지 않습니다.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Each fresh move up adds %1; each move that steps back takes %2.</source>
        <translation>새로운 긴장 고조 조치마다 %1 올라가고, 긴장 완화 조치마다 %2 내려갑니다.</translation>
    </message>
    <message>
        <source>A check is made as adjudication begins if any seat makes a fresh move up; the seats whose moves raised the risk are named for an incident.</source>
        <translation>어느 진영이든 새로운 긴장 고조 조치를 하면 판정이 시작될 때 충돌 여부를 판정합니다. 충돌이 일어나면 위험을 높인 진영이 그 책임자로 지목됩니다.</translation>
    </message>
</context>
<context>
    <name>InjectEditor</name>
    <message>
        <source>Edit inject</source>
        <translation>상황 수정</translation>
    </message>
    <message>
        <source>Add an ad hoc inject</source>
        <translation>임시 상황 추가</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Only these seats:</source>
        <translation>다음 참가석만:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>What the inject rests on: everyone sees it as a badge</source>
        <translation>상황의 근거: 모두가 표시로 봅니다</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>When released</source>
        <translation>공개될 때</translation>
    </message>
</context>
<context>
    <name>InjectFeed</name>
    <message>
        <source>Turn %1</source>
        <translation>%1턴</translation>
    </message>
    <message>
        <source>Restricted to %1</source>
        <translation>%1 한정</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>근거: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>the evaluator</source>
        <translation>평가관</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>취소: %1</translation>
    </message>
    <message>
        <source>Nothing to undo in this phase</source>
        <translation>이 단계에서 취소할 조치가 없습니다</translation>
    </message>
    <message>
        <source>Peninsula</source>
        <translation>Peninsula</translation>
    </message>
    <message>
        <source>%1 — replay — Peninsula</source>
        <translation>%1 — 다시 보기 — Peninsula</translation>
    </message>
    <message>
        <source>%1 — Turn %2 · %3 — Peninsula</source>
        <translation>%1 — %2턴 · %3 — Peninsula</translation>
    </message>
    <message>
        <source>Open a game</source>
        <translation>게임 열기</translation>
    </message>
    <message>
        <source>Peninsula games (*.wargame)</source>
        <translation>Peninsula 게임 (*.wargame)</translation>
    </message>
    <message>
        <source>Open a game for replay</source>
        <translation>다시 볼 게임 열기</translation>
    </message>
    <message>
        <source>Save the new game as</source>
        <translation>새 게임 저장 위치</translation>
    </message>
    <message>
        <source>Compare with which game?</source>
        <translation>어느 게임과 비교할까요?</translation>
    </message>
    <message>
        <source>No recent games</source>
        <translation>최근 게임 없음</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation>웹 페이지, 단일 파일 (*.html)</translation>
    </message>
    <message>
        <source>For the participants, PDF (*.pdf)</source>
        <translation>참가자용, PDF (*.pdf)</translation>
    </message>
    <message>
        <source>For the participants, web page (*.html)</source>
        <translation>참가자용, 웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>For the participants, private injects and covert actions told (*.pdf)</source>
        <translation>참가자용, 비공개 상황과 은밀한 조치 포함 (*.pdf)</translation>
    </message>
    <message>
        <source>For the participants, private injects and covert actions told, web page (*.html)</source>
        <translation>참가자용, 비공개 상황과 은밀한 조치 포함, 웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>after-action report</source>
        <translation>사후 검토 보고서</translation>
    </message>
    <message>
        <source>Export the after-action report</source>
        <translation>사후 검토 보고서 내보내기</translation>
    </message>
    <message>
        <source>Writing the after-action report…</source>
        <translation>사후 검토 보고서를 작성하는 중…</translation>
    </message>
    <message>
        <source>The after-action report was written to %1.</source>
        <translation>사후 검토 보고서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Export the seat handouts to which folder?</source>
        <translation>참가석 안내서를 어느 폴더에 저장할까요?</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>안내서</translation>
    </message>
    <message>
        <source>Writing the seat handouts…</source>
        <translation>참가석 안내서를 작성하는 중…</translation>
    </message>
    <message>
        <source>A handout for each of the %1 seats was written to %2.</source>
        <translation>참가석 %1곳의 안내서를 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>facilitator script</source>
        <translation>진행자 대본</translation>
    </message>
    <message>
        <source>Export the facilitator script</source>
        <translation>진행자 대본 내보내기</translation>
    </message>
    <message>
        <source>Writing the facilitator script…</source>
        <translation>진행자 대본을 작성하는 중…</translation>
    </message>
    <message>
        <source>The facilitator script was written to %1.</source>
        <translation>진행자 대본을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Export the data tables to which folder?</source>
        <translation>데이터 표를 어느 폴더로 내보낼까요?</translation>
    </message>
    <message>
        <source>Writing the data tables…</source>
        <translation>데이터 표를 쓰는 중…</translation>
    </message>
    <message>
        <source>The data tables were written to %1.</source>
        <translation>데이터 표를 %1에 썼습니다.</translation>
    </message>
    <message>
        <source>About Peninsula</source>
        <translation>Peninsula 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Peninsula %1&lt;/h3&gt;&lt;p&gt;A tabletop exercise on the Korean Peninsula crisis: five seats, a facilitator and a room. Every game is kept in one file and can be studied afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peninsula %1&lt;/h3&gt;&lt;p&gt;한반도 위기에 관한 도상 연습: 다섯 참가석, 한 명의 진행자, 그리고 한 방. 모든 게임은 하나의 파일에 보관되어 나중에 검토할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Peninsula cannot save its settings in %1 (%2). Your games are saved as usual; the language, theme and recent games will not be remembered.</source>
        <translation>Peninsula가 %1에 설정을 저장할 수 없습니다(%2). 게임은 평소처럼 저장되지만 언어, 테마, 최근 게임 목록은 기억되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MoveEditor</name>
    <message>
        <source>Diplomatic</source>
        <translation>외교</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>군사</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>— No action —</source>
        <translation>— 행동 없음 —</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>행동 %1</translation>
    </message>
    <message>
        <source>Your argument: why these actions, and why they should succeed (optional).</source>
        <translation>논거: 왜 이 행동을 택했고 왜 성공해야 하는지 (선택 사항).</translation>
    </message>
    <message>
        <source>Submit move</source>
        <translation>수 제출</translation>
    </message>
    <message>
        <source>Propose an action not on your menu (optional)</source>
        <translation>행동 목록에 없는 행동 제안 (선택)</translation>
    </message>
    <message>
        <source>A short title: what you do</source>
        <translation>짧은 제목: 무엇을 하는지</translation>
    </message>
    <message>
        <source>aimed at no one</source>
        <translation>대상 없음</translation>
    </message>
    <message>
        <source>Why it should work</source>
        <translation>왜 성공해야 하는지</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>대상 없음</translation>
    </message>
    <message>
        <source>Revise move</source>
        <translation>수 수정</translation>
    </message>
    <message>
        <source>The exercise has ended: %1</source>
        <translation>연습이 끝났습니다: %1</translation>
    </message>
    <message>
        <source>Moves can be made while deliberation is open.</source>
        <translation>숙의 단계에서만 수를 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>Your move is in (revision %1). You can revise it until deliberation closes.</source>
        <translation>수가 제출되었습니다 (%1차 수정본). 숙의가 끝날 때까지 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose up to %1 actions, then submit.</source>
        <translation>최대 %1개의 행동을 고른 뒤 제출하십시오.</translation>
    </message>
    <message>
        <source>It takes the place of one of your actions.</source>
        <translation>행동 하나를 대신합니다.</translation>
    </message>
    <message>
        <source>The facilitator has still to judge it.</source>
        <translation>진행자가 아직 판정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The facilitator accepted it: it is rolled with your other actions.</source>
        <translation>진행자가 받아들였습니다. 다른 행동과 함께 주사위를 굴립니다.</translation>
    </message>
    <message>
        <source>The facilitator turned it down: %1</source>
        <translation>진행자가 받아들이지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>MovesView</name>
    <message>
        <source>Seat</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>논거</translation>
    </message>
    <message>
        <source>Counter-arguments</source>
        <translation>반론</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>판정</translation>
    </message>
    <message numerus="yes">
        <source>%n counter-argument(s)</source>
        <translation>
            <numerusform>반론 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>조치 없음</translation>
    </message>
    <message>
        <source>The room never sees the seats&apos; moves and arguments: each is secret to its seat and the facilitator. Their results appear once published.</source>
        <translation>방 전체 화면에는 참가석의 조치와 논거가 나오지 않습니다. 각 조치는 그 참가석과 진행자만 압니다. 결과는 공표된 뒤에 나타납니다.</translation>
    </message>
    <message>
        <source>No seat has moved yet in this turn.</source>
        <translation>이번 턴에 아직 조치를 낸 참가석이 없습니다.</translation>
    </message>
    <message>
        <source>This seat has not moved yet in this turn.</source>
        <translation>이 참가석은 이번 턴에 아직 조치를 내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>MselTimeline</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>상황</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Add ad hoc…</source>
        <translation>임시 추가…</translation>
    </message>
    <message>
        <source>Release the selected inject to its audience now</source>
        <translation>선택한 상황을 지금 대상에게 공개합니다</translation>
    </message>
    <message>
        <source>Keep the selected inject back until you release it</source>
        <translation>공개할 때까지 선택한 상황을 보류합니다</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Expected player actions</source>
        <translation>예상되는 참가자 조치</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>토의 질문</translation>
    </message>
    <message>
        <source>Exercise objectives</source>
        <translation>연습 목표</translation>
    </message>
    <message numerus="yes">
        <source>Ad hoc inject, added in turn %n</source>
        <translation>
            <numerusform>%n턴에 추가된 임시 상황</numerusform>
        </translation>
    </message>
    <message>
        <source>if…</source>
        <translation>조건부</translation>
    </message>
    <message>
        <source>Released when its condition holds</source>
        <translation>조건이 충족되면 공개됩니다</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled for turn %n</source>
        <translation>
            <numerusform>%n턴 예정</numerusform>
        </translation>
    </message>
    <message>
        <source>Released</source>
        <translation>공개됨</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>지금 예정</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>조건부</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정됨</translation>
    </message>
</context>
<context>
    <name>NewGameDialog</name>
    <message>
        <source>Human</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>봇</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>새 연습</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>파일에서…</translation>
    </message>
    <message>
        <source>The same scenario, seed and moves always give the same game</source>
        <translation>같은 시나리오, 시드, 수는 언제나 같은 게임을 만듭니다</translation>
    </message>
    <message>
        <source>Limit deliberation to</source>
        <translation>숙의 시간 제한</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>After deliberation, seats counter-argue each other&apos;s public actions</source>
        <translation>숙의 뒤 참가석이 서로의 공개 행동에 반론을 씀</translation>
    </message>
    <message>
        <source>A review step before each adjudication: each seat sees the other seats&apos; public actions and may write one counter-argument; you see them when rating arguments.</source>
        <translation>판정 전마다 검토 단계를 둡니다. 각 참가석은 다른 참가석의 공개 행동을 보고 반론을 하나 쓸 수 있으며, 진행자는 논거를 판정할 때 그 반론을 봅니다.</translation>
    </message>
    <message>
        <source>Facilitator PIN (optional)</source>
        <translation>진행자 PIN (선택)</translation>
    </message>
    <message>
        <source>With a PIN, only the facilitator can go back to the console while the laptop passes between seats.</source>
        <translation>PIN을 정하면 노트북이 참가석 사이를 오가는 동안 진행자만 콘솔로 돌아갈 수 있습니다.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>자</translation>
    </message>
    <message>
        <source>The shortest PIN any seat or the facilitator may choose. Longer PINs take longer to guess; after a few wrong tries each further try has to wait.</source>
        <translation>참가석과 진행자가 정할 수 있는 가장 짧은 PIN 길이입니다. PIN이 길수록 추측하기 어렵습니다. 몇 번 틀리면 다음 시도마다 기다려야 합니다.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>People at every seat</source>
        <translation>모든 참가석에 사람</translation>
    </message>
    <message>
        <source>Bots at every seat</source>
        <translation>모든 참가석에 봇</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>참가자…</translation>
    </message>
    <message>
        <source>Sponsor, point of contact, scope, who plays each seat, the evaluators</source>
        <translation>후원 기관, 연락 담당자, 범위, 참가석별 참가자, 평가관</translation>
    </message>
    <message>
        <source>Start exercise</source>
        <translation>연습 시작</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Moves per turn</source>
        <translation>턴당 행동 수</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>타이머</translation>
    </message>
    <message>
        <source>Review step</source>
        <translation>검토 단계</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>PINs of at least</source>
        <translation>PIN 최소 길이</translation>
    </message>
    <message>
        <source>Save the game in</source>
        <translation>게임 저장 위치</translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation>시나리오를 선택하십시오.</translation>
    </message>
    <message>
        <source>Give %1 a PIN of %2 to %3 characters.</source>
        <translation>%1의 PIN을 %2~%3자로 정하십시오.</translation>
    </message>
    <message>
        <source>Give the facilitator a PIN of %1 to %2 characters, or none.</source>
        <translation>진행자 PIN을 %1~%2자로 정하거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>The two PINs for %1 differ.</source>
        <translation>%1의 두 PIN이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>The two facilitator PINs differ.</source>
        <translation>두 진행자 PIN이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Choose where to save the game.</source>
        <translation>게임을 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>시나리오 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>This scenario cannot be used</source>
        <translation>이 시나리오는 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 has problems. Fix them in the file and open it again.</source>
        <translation>%1에 문제가 있습니다. 파일에서 수정한 뒤 다시 여십시오.</translation>
    </message>
    <message>
        <source>This scenario may not play as meant</source>
        <translation>이 시나리오는 의도대로 진행되지 않을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 can be used, but the checker warns about it.</source>
        <translation>%1은(는) 사용할 수 있지만 검사에서 경고가 있습니다.</translation>
    </message>
    <message>
        <source>%1 turns of %2 days, from %3.</source>
        <translation>%3부터 %2일 단위로 %1턴.</translation>
    </message>
    <message>
        <source>Save the game as</source>
        <translation>게임 저장</translation>
    </message>
    <message>
        <source>Peninsula games (*.wargame)</source>
        <translation>Peninsula 게임 (*.wargame)</translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <source>Met</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>확보</translation>
    </message>
    <message>
        <source>Holding so far</source>
        <translation>현재까지 유지</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>놓침</translation>
    </message>
    <message>
        <source>Red line: %1</source>
        <translation>레드라인: %1</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>넘음</translation>
    </message>
    <message>
        <source>Crossed in turn %1</source>
        <translation>%1턴에 넘음</translation>
    </message>
    <message>
        <source>Crossed in turn %1 by %2</source>
        <translation>%1턴에 넘음 (원인: %2)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>유지</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Revise the observation</source>
        <translation>관찰 수정</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>관찰 추가</translation>
    </message>
    <message>
        <source>What was seen, and why it matters for the next exercise or for policy.</source>
        <translation>무엇을 보았고, 다음 연습이나 정책에 왜 중요한지 적으십시오.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강점</translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation>개선 필요 사항</translation>
    </message>
    <message>
        <source>Working note</source>
        <translation>평가 메모</translation>
    </message>
    <message>
        <source>The evaluator&apos;s own note: kept for the record only.</source>
        <translation>평가관 자신의 메모로, 기록용으로만 남습니다.</translation>
    </message>
    <message>
        <source>For the record only (not in the participants&apos; report)</source>
        <translation>기록용 (참가자용 보고서에는 넣지 않음)</translation>
    </message>
    <message>
        <source>no exercise objective</source>
        <translation>연습 목표 없음</translation>
    </message>
    <message>
        <source>any turn</source>
        <translation>턴 지정 없음</translation>
    </message>
    <message>
        <source>no inject</source>
        <translation>상황 없음</translation>
    </message>
    <message>
        <source>no objective</source>
        <translation>목표 없음</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>상황</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Exercise objective</source>
        <translation>연습 목표</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>관찰</translation>
    </message>
</context>
<context>
    <name>OddsHelp</name>
    <message>
        <source>How odds are made</source>
        <translation>확률 산출 방법</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the outcome</source>
        <translation>결과 변경</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>An incident happens</source>
        <translation>충돌이 일어남</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>No incident happens</source>
        <translation>충돌이 일어나지 않음</translation>
    </message>
    <message>
        <source>Why? This is kept in the game&apos;s record and shown in the after-action review.</source>
        <translation>사유는 무엇입니까? 게임 기록에 남고 사후 검토에 표시됩니다.</translation>
    </message>
    <message>
        <source>Show this reason to the seats</source>
        <translation>이 사유를 참가석에 공개</translation>
    </message>
    <message>
        <source>The seats and the room that see the result will read the reason; unchecked, only the facilitator and the report have it</source>
        <translation>결과를 보는 참가석과 프로젝터 화면에 사유가 표시됩니다. 선택하지 않으면 진행자와 보고서에만 남습니다</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>unchanged (a PIN is set)</source>
        <translation>변경 없음 (PIN이 정해져 있음)</translation>
    </message>
    <message>
        <source>none: the facilitator evaluates</source>
        <translation>없음: 진행자가 평가함</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가관</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>What the exercise covers: its aim, its seats, its length, what it leaves out.</source>
        <translation>연습이 다루는 것: 목적, 참가석, 기간, 다루지 않는 것.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>사람 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>후원 기관</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>연락 담당자</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Evaluator&apos;s own PIN</source>
        <translation>평가관 PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <source>Who played each seat, and who evaluated</source>
        <translation>참가석별 참가자와 평가관</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PassScreen</name>
    <message>
        <source>Pass the laptop to the next seat</source>
        <translation>다음 참가석에 노트북을 넘겨 주십시오</translation>
    </message>
    <message>
        <source>Each seat signs in with its own PIN. Nothing private is shown on this screen.</source>
        <translation>각 참가석은 자신의 PIN으로 로그인합니다. 이 화면에는 비공개 정보가 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Back to the facilitator console</source>
        <translation>진행자 콘솔로 돌아가기</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가관</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>%1턴 · %2</translation>
    </message>
    <message>
        <source>%1 — move submitted</source>
        <translation>%1 — 수 제출됨</translation>
    </message>
    <message>
        <source>Sign in: %1</source>
        <translation>로그인: %1</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Briefing</source>
        <translation>브리핑</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>숙의</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <source>Force adjudication…</source>
        <translation>강제 판정…</translation>
    </message>
    <message>
        <source>Adjudicate now; seats that have not submitted make no move this turn</source>
        <translation>지금 판정합니다. 제출하지 않은 참가석은 이번 턴에 행동하지 않습니다</translation>
    </message>
    <message>
        <source>Turn %1 of %2 · %3 · %4</source>
        <translation>%1/%2턴 · %3 · %4</translation>
    </message>
    <message>
        <source>One due inject will be released to its audience.</source>
        <translation>예정된 상황 1건이 대상에게 공개됩니다.</translation>
    </message>
    <message>
        <source>%1 due injects will be released to their audiences.</source>
        <translation>예정된 상황 %1건이 대상에게 공개됩니다.</translation>
    </message>
    <message>
        <source>No injects are waiting for release.</source>
        <translation>공개를 기다리는 상황이 없습니다.</translation>
    </message>
    <message>
        <source>Open deliberation</source>
        <translation>숙의 시작</translation>
    </message>
    <message>
        <source>Replay this exercise</source>
        <translation>이 연습 다시 보기</translation>
    </message>
    <message>
        <source>Go through the exercise again from the start, as any seat saw it</source>
        <translation>연습을 처음부터 각 참가석이 본 그대로 다시 봅니다</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>First judge the free actions proposed by: %1 (Adjudication tab)</source>
        <translation>먼저 다음 참가석이 제안한 자유 행동을 판정하십시오: %1 (판정 탭)</translation>
    </message>
    <message>
        <source>Waiting for moves from: %1</source>
        <translation>수 제출 대기 중: %1</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>검토 시작</translation>
    </message>
    <message>
        <source>All seats have moved: the review shows each seat the others&apos; public actions.</source>
        <translation>모든 참가석이 수를 냈습니다. 검토 단계에서 각 참가석은 다른 참가석의 공개 행동을 봅니다.</translation>
    </message>
    <message>
        <source>The review is open: seats may counter-argue and give their odds.</source>
        <translation>검토 중입니다. 참가석은 반론을 쓰고 확률을 낼 수 있습니다.</translation>
    </message>
    <message>
        <source>All seats have submitted their moves.</source>
        <translation>모든 참가석이 수를 제출했습니다.</translation>
    </message>
    <message>
        <source>Publish outcome</source>
        <translation>결과 공표</translation>
    </message>
    <message>
        <source>Review the proposed outcomes, then publish.</source>
        <translation>제안된 결과를 검토한 뒤 공표하십시오.</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>연습 종료</translation>
    </message>
    <message>
        <source>The top of the escalation ladder has been reached: closing this turn ends the exercise.</source>
        <translation>확전 사다리의 최고 단계에 도달했습니다. 이번 턴을 마치면 연습이 끝납니다.</translation>
    </message>
    <message>
        <source>This was the last turn.</source>
        <translation>마지막 턴이었습니다.</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>다음 턴</translation>
    </message>
    <message>
        <source>The outcome is published; the turn can close.</source>
        <translation>결과가 공표되었습니다. 턴을 마칠 수 있습니다.</translation>
    </message>
    <message>
        <source>Exercise ended</source>
        <translation>연습 종료됨</translation>
    </message>
    <message>
        <source>The exercise has ended: %1</source>
        <translation>연습이 끝났습니다: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Peninsula — projector</source>
        <translation>Peninsula — 프로젝터</translation>
    </message>
    <message>
        <source>%1 · Turn %2 of %3 · %4</source>
        <translation>%1 · %2/%3턴 · %4</translation>
    </message>
    <message>
        <source>The exercise has ended: %1</source>
        <translation>연습이 끝났습니다: %1</translation>
    </message>
    <message>
        <source>%1: scan to join your seat</source>
        <translation>%1: 스캔하여 참가석에 참여하십시오</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>직접 정함</translation>
    </message>
</context>
<context>
    <name>RelationsHeatmap</name>
    <message>
        <source>No game</source>
        <translation>게임 없음</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
</context>
<context>
    <name>ReliabilityPlot</name>
    <message>
        <source>Stated probability (%)</source>
        <translation>낸 확률 (%)</translation>
    </message>
    <message>
        <source>Happened (%)</source>
        <translation>실제로 일어난 비율 (%)</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <source>Facilitator (everything)</source>
        <translation>진행자(전체)</translation>
    </message>
    <message>
        <source>The room (projector)</source>
        <translation>회의실(프로젝터)</translation>
    </message>
    <message>
        <source>Show the game as this seat, or the room, saw it then</source>
        <translation>이 참가석 또는 회의실이 그때 본 그대로 보여 줍니다</translation>
    </message>
    <message>
        <source>Branch from here…</source>
        <translation>여기서 갈라 새 게임…</translation>
    </message>
    <message>
        <source>Start a new game that shares this one up to here, and play it on</source>
        <translation>여기까지 이 게임과 같은 새 게임을 시작해 이어서 진행합니다</translation>
    </message>
    <message>
        <source>What happens from here?</source>
        <translation>여기서부터 어떻게 될까?</translation>
    </message>
    <message>
        <source>Play the rest of the game many times with bots from this point</source>
        <translation>이 시점부터 나머지 게임을 봇으로 여러 번 진행합니다</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>비교 대상…</translation>
    </message>
    <message>
        <source>The start (Home)</source>
        <translation>처음으로 (Home)</translation>
    </message>
    <message>
        <source>One step back (Left)</source>
        <translation>한 단계 뒤로 (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>One step on (Right)</source>
        <translation>한 단계 앞으로 (→)</translation>
    </message>
    <message>
        <source>The end (End)</source>
        <translation>끝으로 (End)</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Step by command</source>
        <translation>명령 단위로 이동</translation>
    </message>
    <message>
        <source>Step by event</source>
        <translation>사건 단위로 이동</translation>
    </message>
    <message>
        <source>A command is one thing a seat or the facilitator did; an event is one line</source>
        <translation>명령은 참가석이나 진행자가 한 일 하나, 사건은 기록의 한 줄입니다</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Moves and arguments</source>
        <translation>조치와 논거</translation>
    </message>
    <message>
        <source>Room&apos;s odds</source>
        <translation>참가자 확률</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Hot wash</source>
        <translation>강평</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>상황</translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation>MSEL</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>사건 기록</translation>
    </message>
    <message>
        <source>See as</source>
        <translation>보는 시점</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>다시 보기: %1</translation>
    </message>
    <message>
        <source>Replay: %1 (branched from %2 after event %3)</source>
        <translation>다시 보기: %1 (%2의 사건 %3 이후에서 갈라짐)</translation>
    </message>
    <message>
        <source>Turn %1 of %2 · %3 · %4 · event %5 of %6</source>
        <translation>%1/%2턴 · %3 · %4 · 사건 %5/%6</translation>
    </message>
</context>
<context>
    <name>ResultAccount</name>
    <message>
        <source>Base probability</source>
        <translation>기본 확률</translation>
    </message>
    <message>
        <source>No modifiers apply.</source>
        <translation>적용되는 보정 요인이 없습니다.</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>보정 요인</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>The seat&apos;s argument</source>
        <translation>참가석의 논거</translation>
    </message>
    <message>
        <source>The facilitator judged the argument</source>
        <translation>진행자의 논거 판정</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>The room&apos;s odds before the roll</source>
        <translation>주사위 전에 참가자가 낸 확률</translation>
    </message>
    <message>
        <source>Counter-arguments</source>
        <translation>반론</translation>
    </message>
    <message>
        <source>Probability %1, from the modifiers shown here; the roll is compared with the full odds, so only the outcome is shown.</source>
        <translation>확률 %1: 여기 표시된 수정치로 산출한 값입니다. 주사위는 전체 확률과 비교되므로 결과만 표시합니다.</translation>
    </message>
    <message>
        <source>Probability %1, roll %2: an incident happens when the roll is below.</source>
        <translation>확률 %1, 주사위 %2: 주사위 값이 확률보다 낮으면 충돌이 일어납니다.</translation>
    </message>
    <message>
        <source>Probability %1, roll %2: the action succeeds when the roll is below.</source>
        <translation>확률 %1, 주사위 %2: 주사위 값이 확률보다 낮으면 성공합니다.</translation>
    </message>
    <message>
        <source>Overridden by the facilitator</source>
        <translation>진행자가 변경함</translation>
    </message>
    <message>
        <source>The facilitator kept the reason for the record.</source>
        <translation>진행자가 사유를 기록용으로만 남겼습니다.</translation>
    </message>
    <message>
        <source>The reason is shown to the seats.</source>
        <translation>사유가 참가석에 공개됩니다.</translation>
    </message>
    <message>
        <source>The reason is for the record only; the seats do not see it.</source>
        <translation>사유는 기록용이며 참가석에는 보이지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Incident</source>
        <translation>충돌 발생</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>충돌 없음</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 — raised by %2</source>
        <translation>%1 — 위험을 높인 진영: %2</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>행동</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Open seats to the room</source>
        <translation>참가석을 방에 열기</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>이 컴퓨터만 (%1)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>비어 있는 아무 포트</translation>
    </message>
    <message>
        <source>Take the code off the projector</source>
        <translation>프로젝터에서 코드 내리기</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>수신 주소</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Close the seats</source>
        <translation>참가석 닫기</translation>
    </message>
    <message>
        <source>Open the seats</source>
        <translation>참가석 열기</translation>
    </message>
    <message>
        <source>Players join their seats from their own phones, tablets or laptops on this network. Choose the room&apos;s network to let their devices reach this computer; no internet is needed.</source>
        <translation>참가자는 이 네트워크에 있는 자기 휴대폰, 태블릿, 노트북으로 참가석에 참여합니다. 기기가 이 컴퓨터에 닿도록 방의 네트워크를 고르십시오. 인터넷은 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>The seats are open at %1.</source>
        <translation>참가석이 %1에 열려 있습니다.</translation>
    </message>
    <message>
        <source>Only this computer can reach them: choose the room&apos;s network for phones.</source>
        <translation>지금은 이 컴퓨터만 접속할 수 있습니다. 휴대폰으로 참여하려면 방의 네트워크를 고르십시오.</translation>
    </message>
    <message>
        <source>Each team scans its seat&apos;s code and gives its PIN.</source>
        <translation>각 팀은 자기 참가석의 코드를 스캔하고 PIN을 입력합니다.</translation>
    </message>
</context>
<context>
    <name>RoomOddsPanel</name>
    <message>
        <source>Action</source>
        <translation>행동</translation>
    </message>
    <message>
        <source>Your odds</source>
        <translation>나의 확률</translation>
    </message>
    <message>
        <source>The seats&apos; odds</source>
        <translation>참가석의 확률</translation>
    </message>
    <message>
        <source>Counter-arguments</source>
        <translation>반론</translation>
    </message>
    <message>
        <source>Your probability that the selected action succeeds</source>
        <translation>고른 행동이 성공할 확률에 대한 나의 예상</translation>
    </message>
    <message>
        <source>Give my odds</source>
        <translation>확률 내기</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Chance of success:</source>
        <translation>성공 확률:</translation>
    </message>
    <message>
        <source>Your counter-argument</source>
        <translation>나의 반론</translation>
    </message>
    <message>
        <source>Why might this action fall short? One counter-argument per seat each turn: sending another replaces it, an empty one withdraws it.</source>
        <translation>이 행동이 왜 실패할 수 있습니까? 참가석마다 턴당 반론 하나입니다. 다시 보내면 바뀌고, 빈 반론을 보내면 철회됩니다.</translation>
    </message>
    <message>
        <source>Send counter-argument</source>
        <translation>반론 보내기</translation>
    </message>
    <message>
        <source>Before adjudicating, give your own odds for any action; the seats give theirs. Each estimate is scored against what happened at the hot wash.</source>
        <translation>판정 전에 어느 행동에든 진행자의 확률을 내십시오. 참가석도 각자 냅니다. 모든 예상은 강평에서 실제 결과와 견주어 채점됩니다.</translation>
    </message>
    <message>
        <source>The review: the other seats&apos; public actions are shown. Give your odds for any of them, and write one counter-argument against one.</source>
        <translation>검토 단계: 다른 참가석의 공개 행동이 보입니다. 어느 행동에든 확률을 내고, 그중 하나에 반론을 하나 쓰십시오.</translation>
    </message>
    <message>
        <source>Give your own odds for each action of your move, before the roll. Only you and the facilitator see them until the exercise ends.</source>
        <translation>주사위를 굴리기 전에 내 수의 각 행동에 확률을 내십시오. 연습이 끝날 때까지 나와 진행자만 봅니다.</translation>
    </message>
    <message>
        <source>Odds are given before the roll: during deliberation and the review.</source>
        <translation>확률은 주사위를 굴리기 전, 숙의와 검토 중에 냅니다.</translation>
    </message>
</context>
<context>
    <name>SeatBoard</name>
    <message>
        <source>Seat</source>
        <translation>참가석</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>접속 기기</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>봇</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>기기 %1대</translation>
    </message>
</context>
<context>
    <name>SeatLinkCard</name>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>프로젝터에 표시</translation>
    </message>
</context>
<context>
    <name>SeatScreen</name>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Hide this seat and return to the pass screen</source>
        <translation>이 참가석 화면을 숨기고 넘기기 화면으로 돌아갑니다</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>상황</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>나의 수</translation>
    </message>
    <message>
        <source>Odds and review</source>
        <translation>확률과 검토</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Your odds, scored</source>
        <translation>나의 확률 채점</translation>
    </message>
    <message>
        <source>Turn %1 of %2 · %3 · Escalation: %4</source>
        <translation>%1/%2턴 · %3 · 긴장 단계: %4</translation>
    </message>
    <message>
        <source>Blocs: %1</source>
        <translation>진영: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as %1</source>
        <translation>%1(으)로 로그인</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter the PIN for %1.</source>
        <translation>%1의 PIN을 입력하십시오.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask the facilitator.</source>
        <translation>PIN이 맞지 않습니다. 다시 시도하거나 진행자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN이 여러 번 틀렸습니다. %1초 후에 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Peninsula</source>
        <translation>Peninsula</translation>
    </message>
    <message>
        <source>A tabletop exercise on the Korean Peninsula crisis for five seats and a facilitator.</source>
        <translation>다섯 참가석과 진행자를 위한 한반도 위기 도상 연습.</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>새 연습…</translation>
    </message>
    <message>
        <source>Open a game…</source>
        <translation>게임 열기…</translation>
    </message>
    <message>
        <source>Replay a game…</source>
        <translation>게임 다시 보기…</translation>
    </message>
    <message>
        <source>Study a saved game at any point, as any seat saw it; nothing is changed</source>
        <translation>저장된 게임을 어느 시점에서든 각 참가석이 본 그대로 살펴봅니다. 아무것도 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>Recent games</source>
        <translation>최근 게임</translation>
    </message>
    <message>
        <source>No recent games yet.</source>
        <translation>아직 최근 게임이 없습니다.</translation>
    </message>
    <message>
        <source>Replay the selected game</source>
        <translation>선택한 게임 다시 보기</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Click or drag to move through the game; the arrow keys step</source>
        <translation>클릭하거나 끌어서 게임을 이동합니다. 화살표 키로 한 단계씩 움직입니다</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>%1턴</translation>
    </message>
</context>
<context>
    <name>TurnChart</name>
    <message>
        <source>No game</source>
        <translation>게임 없음</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What happens from here?</source>
        <translation>여기서부터 어떻게 될까?</translation>
    </message>
    <message>
        <source>From turn %1 (%2), event %3: bots take every seat and play to the end.</source>
        <translation>%1턴(%2), 사건 %3부터: 봇이 모든 참가석을 맡아 끝까지 진행합니다.</translation>
    </message>
    <message>
        <source> runs</source>
        <translation>회</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <source>Play them</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Escalation as each turn ended</source>
        <translation>각 턴 종료 시의 확전 단계</translation>
    </message>
    <message>
        <source>%1% ± %2% of %3 runs: %4</source>
        <translation>%3회 중 %1% ± %2%: %4</translation>
    </message>
    <message>
        <source>The same runs from the command line: %1</source>
        <translation>명령줄에서 같은 실행을 되풀이하려면: %1</translation>
    </message>
    <message>
        <source>Highest 10%</source>
        <translation>상위 10%</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Lowest 10%</source>
        <translation>하위 10%</translation>
    </message>
</context>
<context>
    <name>WorldTabs</name>
    <message>
        <source>Board</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>_FactorRow</name>
    <message>
        <source>What weighs, in a few words</source>
        <translation>무엇이 작용하는지 짧게</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>_Writer</name>
    <message>
        <source>Sorry, the document could not be made: something unexpected went wrong. Your game is safe and unchanged.

The details were written to %1.</source>
        <translation>죄송합니다. 예상하지 못한 문제로 문서를 만들지 못했습니다. 게임은 안전하며 바뀌지 않았습니다.

자세한 내용은 %1에 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Why? This is kept in the game&apos;s record and shown in the after-action review.</source>
        <translation>사유는 무엇입니까? 게임 기록에 남고 사후 검토에 표시됩니다.</translation>
    </message>
</context>
</TS>
