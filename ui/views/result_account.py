"""The account of one adjudicated action: its odds, the modifiers behind them, the rationale,
the seat's argument and the facilitator's judgement and word on it — as much of it as the view
it comes from holds. The facilitator reads it in the adjudication panel, a seat in its results:
a seat's view has no roll and an override's reason only where the facilitator showed it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.i18n import rating_label
from wargame.adjudication import percent, shown_roll, signed_percent
from wargame.viewers import FACILITATOR

Result = dict[str, Any]


class ResultAccount(QWidget):
    """Rich text laid out here, every value escaped; it scrolls, so the argument, its judgement
    and an override, which come last, never fall off a laptop's screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMargin(8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_result(self, result: Result | None, action: str) -> None:
        """`result` (from a view's results) under the heading `action`; nothing for None."""
        self.text.setText(self._detail(result, action) if result else "")

    def _detail(self, result: Result, action: str) -> str:
        base_label = escape(self.tr("Base probability"))
        base = f"<tr><td>{base_label}</td><td align='right'>{percent(result['base'])}</td></tr>"
        rows = [
            f"<tr><td>{escape(name)}</td><td align='right'>{signed_percent(value)}</td></tr>"
            for name, value in result["modifiers"]
        ]
        none = escape(self.tr("No modifiers apply."))
        if not rows:
            rows = [f"<tr><td colspan='2'><i>{none}</i></td></tr>"]
        modifiers = f"<table cellspacing='4'>{base}{''.join(rows)}</table>"
        heading_modifiers, heading_rationale = self.tr("Modifiers"), self.tr("Rationale")
        parts = [
            f"<h3>{escape(action)}</h3>",
            f"<p>{self._odds(result)}</p>",
            f"<p><b>{heading_modifiers}</b></p>{modifiers}",
            f"<p><b>{heading_rationale}</b><br>{escape(result['rationale'])}</p>",
        ]
        if result.get("argument"):
            heading_argument = self.tr("The seat's argument")
            argument = escape(result["argument"]).replace("\n", "<br>")
            parts.append(f"<p><b>{heading_argument}</b><br>{argument}</p>")
        if result.get("argument_rating"):
            rating = result["argument_rating"]
            heading_rating = self.tr("The facilitator judged the argument")
            judged = f"{rating_label(rating)}: {rating['reason']}"
            parts.append(f"<p><b>{heading_rating}</b><br>{escape(judged)}</p>")
        parts.extend(self._room(result))
        if "override" in result:
            parts.append(self._override(result["override"]))
        return "".join(parts)

    def _who(self, said: dict[str, Any]) -> str:
        return self.tr("Facilitator") if said["by"] == FACILITATOR else said["name"]

    def _room(self, result: Result) -> list[str]:
        """The odds the room gave before the roll and the review's counter-arguments, as far as
        the view holds them."""
        parts = []
        if result.get("estimates"):
            heading = escape(self.tr("The room's odds before the roll"))
            odds = " · ".join(
                f"{escape(self._who(e))} {percent(e['probability'])}" for e in result["estimates"]
            )
            parts.append(f"<p><b>{heading}</b><br>{odds}</p>")
        if result.get("counter_arguments"):
            heading = escape(self.tr("Counter-arguments"))
            said = "<br>".join(
                f"{escape(self._who(c))}: {escape(c['text'])}" for c in result["counter_arguments"]
            )
            parts.append(f"<p><b>{heading}</b><br>{said}</p>")
        return parts

    def _odds(self, result: Result) -> str:
        probability = f"<b>{percent(result['probability'])}</b>"
        if "roll" not in result:
            # A seat's or the room's view: the odds from what it may know, and no roll.
            return escape(
                self.tr(
                    "Probability %1, from the modifiers shown here; the roll is compared with "
                    "the full odds, so only the outcome is shown."
                )
            ).replace("%1", probability)
        told = (
            self.tr("Probability %1, roll %2: an incident happens when the roll is below.")
            if result.get("kind") == "incident"
            else self.tr("Probability %1, roll %2: the action succeeds when the roll is below.")
        )
        return (
            escape(told)
            .replace("%1", probability)
            .replace("%2", f"<b>{shown_roll(result['roll'], result['probability'])}</b>")
        )

    def _override(self, override: dict[str, Any]) -> str:
        heading = escape(self.tr("Overridden by the facilitator"))
        if "reason" not in override:
            kept = escape(self.tr("The facilitator kept the reason for the record."))
            return f"<p><b>{heading}</b><br><i>{kept}</i></p>"
        reason = escape(override["reason"])
        if "reason_shown" not in override:  # a seat's view, shown the reason
            return f"<p><b>{heading}</b><br>{reason}</p>"
        to_whom = escape(
            self.tr("The reason is shown to the seats.")
            if override["reason_shown"]
            else self.tr("The reason is for the record only; the seats do not see it.")
        )
        return f"<p><b>{heading}</b><br>{reason}<br><i>{to_whom}</i></p>"
