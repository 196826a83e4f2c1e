"""How to play, and About: short enough to read aloud at the start of an exercise."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HowToPlay(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to play"))
        text = QTextBrowser(self)
        text.setHtml(
            self.tr(
                "<h2>How an exercise runs</h2>"
                "<p>Five seats — Seoul, Pyongyang, Washington, Moscow and Beijing — are played by "
                "people or by bots. The facilitator runs the game from the console; the room "
                "follows on the projector.</p>"
                "<h3>Each turn</h3>"
                "<ol>"
                "<li><b>Briefing.</b> The injects due this turn are listed in the MSEL. Release, "
                "hold or edit them, or add an ad hoc inject. Then press <i>Open deliberation</i>."
                "</li>"
                "<li><b>Deliberation.</b> Choose <i>View → Seats</i> and pass the laptop. Each "
                "seat signs in with its PIN, reads what it may see, chooses its actions and "
                "writes its argument, then signs out. A seat may revise its move until "
                "deliberation closes.</li>"
                "<li><b>Adjudication.</b> Press <i>Adjudicate</i>. Each action shows its "
                "probability, the modifiers that apply, the roll and a rationale. Override an "
                "outcome you disagree with, giving a reason.</li>"
                "<li><b>Outcome.</b> Press <i>Publish outcome</i>: the results reach their "
                "audiences and the world moves. Press <i>Next turn</i>.</li>"
                "</ol>"
                "<p>Every step is saved in the game file as it happens; close the window at any "
                "time and open the game later to continue. <i>Undo</i> takes back the last "
                "facilitator action of the phase and leaves a note of it in the record.</p>"
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(640, 560)
