"""The seat board: who is at each seat, on which devices, and who has submitted this
deliberation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.views.table import make_table
from wargame.names import actor_name
from wargame.scenario import Scenario


@dataclass(frozen=True)
class SeatRow:
    name: str
    player: str
    devices: str
    devices_tip: str
    status: str
    done: bool | None


class SeatBoard(QWidget):
    def __init__(self, humans: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._humans = set(humans)
        self._devices: dict[str, list[str]] = {}
        self._model: TableModel[SeatRow] = TableModel(
            [
                Column(self.tr("Seat"), lambda r: r.name),
                Column(self.tr("Played by"), lambda r: r.player),
                Column(self.tr("Open on"), lambda r: r.devices, tooltip=lambda r: r.devices_tip),
                Column(
                    self.tr("Move"),
                    lambda r: r.status,
                    colour=lambda r: None if r.done is None else "#2e7d4f" if r.done else "#a35a00",
                ),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Seat names take the room they need; the move column gives way.
        layout.addWidget(make_table(self._model, self, stretch=2))

    def set_players(self, humans: list[str], devices: dict[str, list[str]]) -> None:
        """Which seats people play now (the facilitator may hand one to a bot) and the devices
        each is open on (the laptop, browsers): shown from the next `set_world`."""
        self._humans = set(humans)
        self._devices = devices

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        if world is None:
            self._model.set_rows([])
            return
        deliberating = world["phase"] == "deliberation"
        submitted = set(world["submitted"])
        rows = []
        for actor in scenario.actor_ids:
            done = actor in submitted if deliberating else None
            if done is None:
                status = "—"
            elif done:
                status = self.tr("Submitted")
            else:
                status = self.tr("Waiting")
            player = self.tr("Human") if actor in self._humans else self.tr("Bot")
            open_on = self._devices.get(actor, [])
            devices = (
                "—"
                if not open_on
                else open_on[0]
                if len(open_on) == 1
                else self.tr("%1 devices").replace("%1", str(len(open_on)))
            )
            rows.append(
                SeatRow(
                    actor_name(scenario, actor, language),
                    player,
                    devices,
                    "\n".join(open_on),
                    status,
                    done,
                )
            )
        self._model.set_rows(rows)
