"""`wargame serve` as a real subprocess: it prints a join link per seat, plays a whole game with
bots when nobody joins, stops cleanly on SIGTERM, and loses no move to a kill -9."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
from browsing import Device
from helpers import ACTORS
from rooms import Served

from wargame.store import GameFile


def test_serve_prints_a_link_per_seat_and_bots_play_a_game_nobody_joined(
    tmp_path: Path, scenario_file: Path, served: list[Served]
) -> None:
    game = tmp_path / "room.wargame"
    server = Served(
        game, "--scenario", scenario_file, "--port", "0", "--minutes", "0.01", "--seed", "5"
    )
    served.append(server)
    links = server.links(len(ACTORS))
    assert sorted(links) == sorted(ACTORS)
    for seat, url in links.items():
        assert url.startswith("http://127.0.0.1:") and f"/join/{seat}/" in url
    server.wait_for_stderr("The exercise has ended")
    # The seats can still read how it went: the server keeps serving after the end.
    device = Device(links["seoul"].split("/join/")[0])
    assert device.join(links["seoul"]).status_code == 303
    assert "The exercise has ended" in device.seat_page().text
    device.close()
    assert server.stop() == 0
    assert "Stopped; everything played so far is saved." in server.stderr_so_far()
    with GameFile.open(game) as saved:
        moved = [e.event for e in saved.events() if e.event.type == "move_submitted"]
        assert saved.last_seq() == len(saved.events())
    assert {m.actor for m in moved} == set(ACTORS), "a bot moved for every seat nobody joined"
    logged = subprocess.run(
        [sys.executable, "-m", "wargame.cli", "log", str(game)], capture_output=True, text=True
    )
    assert logged.returncode == 0 and "game_ended" in logged.stdout


def test_a_kill_9_loses_no_submitted_move_and_the_same_link_works_again(
    tmp_path: Path, scenario_file: Path, served: list[Served]
) -> None:
    game = tmp_path / "room.wargame"
    first = Served(game, "--scenario", scenario_file, "--port", "0", "--minutes", "30")
    served.append(first)
    links = first.links(len(ACTORS))
    seoul = Device(links["seoul"].split("/join/")[0])
    assert seoul.join(links["seoul"]).status_code == 303
    seoul.seat_page()
    stream = seoul.stream(since=0)
    stream.wait_until(lambda shown: "<fieldset>" in shown.get("move", ""))  # deliberation
    moved = seoul.submit("seoul", [("act_1", None)], "kept through a crash")
    assert moved.status_code == 303
    seoul.close()
    first.stop(signal.SIGKILL)

    second = Served(game, "--port", "0", "--minutes", "30")
    served.append(second)
    again = second.links(len(ACTORS))
    old_path = httpx.URL(links["seoul"]).raw_path
    assert httpx.URL(again["seoul"]).raw_path == old_path, "the same link, wherever it listens"
    device = Device(again["seoul"].split("/join/")[0])
    assert device.join(again["seoul"]).status_code == 303
    page = device.seat_page().text
    assert "kept through a crash" in page and "(revision 1)" in page
    device.close()
    assert second.stop() == 0
    with GameFile.open(game) as saved:
        arguments = [
            e.event.argument
            for e in saved.events()
            if e.event.type == "move_submitted" and e.event.actor == "seoul"
        ]
    assert arguments == ["kept through a crash"]
