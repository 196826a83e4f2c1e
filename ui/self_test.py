"""`peninsula --self-test`: proof that an installed Peninsula works, with no display.

It plays one bot turn of the bundled scenario into a game file in a temporary folder, reopens
that file, writes the after-action report as HTML and PDF, opens a new game's seats to the room
on 127.0.0.1 with no console to write to (as the windowed app has none) and joins a seat by its
link over real HTTP, reads its page, live stream, script and style, starts the app as the entry
point does, checks that its window icon and the bundled Korean font loaded and that Korean is
set in a font that has every glyph, opens the game in the main window offscreen and draws it,
and prints one line. A packaged app that lacks a scenario, a template, a font, a migration, the
icon, a Qt plugin or a part of the seat server fails here rather than in front of a room.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

KOREAN_SAMPLE = "평양 참가석 전용 · 확전 사다리"


def self_test(create_app: Callable[[list[str]], QApplication]) -> int:
    """Check the install; `create_app` is the entry point's own, since frozen the entry script
    runs as `__main__`, a module apart from `ui.app`, and it is that one a facilitator starts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="peninsula-self-test-") as folder:
        os.environ["PENINSULA_HOME"] = str(Path(folder) / "home")
        try:
            played = _play_and_report(Path(folder))
            served = _serve(Path(folder))
            drawn = _draw(create_app, Path(folder) / "self-test.wargame")
        except Exception as error:  # the whole point is to say what broke
            print(f"Peninsula self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print(f"Peninsula self-test OK: {played}; {served}; {drawn}")
    return 0


def _play_and_report(folder: Path) -> str:
    from wargame.autoplay import play
    from wargame.replay import new_game, state_at
    from wargame.report import build_report, report_html
    from wargame.report_pdf import write_pdf
    from wargame.scenario_file import load_scenario
    from wargame.store import GameFile

    scenario = load_scenario()
    path = folder / "self-test.wargame"
    game_file, game = new_game(path, scenario, seed=1)
    with game_file:
        play(game, scenario.actor_ids, turns=1)
    with GameFile.open(path) as reopened:
        state = state_at(reopened)
        if state.turn != 2:
            raise RuntimeError(f"the reopened game stands at turn {state.turn}, not 2")
        report = build_report(reopened, "ko")
    html = report_html(report)
    write_pdf(report, folder / "report.pdf")
    pdf = (folder / "report.pdf").read_bytes()
    if "<svg" not in html or not pdf.startswith(b"%PDF"):
        raise RuntimeError("the after-action report came out empty")
    return f"{scenario.id}: a turn played ({state.seq} events), reopened, report written"


def _serve(folder: Path) -> str:
    """The seat server as the console opens it, over a new game: a seat joins by its link and
    is served its page (with its brief), its live stream, the page's script and its style."""
    from http.cookiejar import CookieJar
    from urllib.parse import urlencode
    from urllib.request import HTTPCookieProcessor, build_opener

    from markupsafe import escape

    from wargame.scenario_file import load_scenario
    from wargame.session import Session
    from web.server import RoomServer

    session, facilitator = Session.create(
        folder / "room.wargame", load_scenario(), 1, humans={"seoul": None}
    )
    server = RoomServer(session, "127.0.0.1", 0)
    browser = build_opener(HTTPCookieProcessor(CookieJar()))

    def get(url: str, data: dict[str, str] | None = None) -> tuple[str, str]:
        body = urlencode(data).encode() if data is not None else None
        with browser.open(url, body, timeout=30) as answer:
            return answer.headers.get_content_type(), answer.read().decode("utf-8")

    try:
        with _no_console():
            server.start()
            link = server.seat_link(facilitator, "seoul")
            join_page = get(link)[1]
            token = join_page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            page = get(link, {"csrf": token, "pin": ""})[1]  # joined, and sent on to the page
            seq = page.split('data-seq="', 1)[1].split('"', 1)[0]
            with browser.open(f"{server.url}/seat/stream?since={seq}", timeout=30) as stream:
                live = stream.readline().decode()
            script = get(f"{server.url}/static/seat.js")
            style = get(f"{server.url}/static/seat.css")
    finally:
        server.stop()
        brief = session.seat_view("seoul")["you"]["brief"]
        session.close()
    if str(escape(brief)) not in page:
        raise RuntimeError("the seat page did not show the seat's brief")
    if live.strip() != ": up to date":
        raise RuntimeError(f"the seat page's live stream did not answer ({live.strip()!r})")
    if script[0] != "text/javascript" or "EventSource" not in script[1]:
        raise RuntimeError(f"the seat page's script was not served ({script[0]})")
    if style[0] != "text/css" or ".seat-header" not in style[1]:
        raise RuntimeError(f"the seat page's style was not served ({style[0]})")
    return (
        f"seat server on {server.url.removeprefix('http://')}: a seat joined, its page and "
        "live stream served"
    )


@contextmanager
def _no_console() -> Iterator[None]:
    """No standard output or error, as a windowed app on Windows has none."""
    kept = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = None
    try:
        yield
    finally:
        sys.stdout, sys.stderr = kept


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Qt's messages, less the offscreen platform saying it has no window manager."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _draw(create_app: Callable[[list[str]], QApplication], path: Path) -> str:
    from PySide6.QtCore import qInstallMessageHandler

    from ui.main_window import MainWindow
    from ui.settings import Settings

    qInstallMessageHandler(_quiet_offscreen)
    app = create_app([sys.argv[0]])
    korean = _looks(app)
    window = MainWindow(Settings())
    window.show()
    window.open_path(path)
    app.processEvents()
    image = window.grab().toImage()
    mode = getattr(window.page, "mode", "")
    window.controller.close()
    window.close()
    if image.isNull() or mode != "console":
        raise RuntimeError(f"the console did not draw (page: {mode or 'none'})")
    return f"console drawn at {image.width()}×{image.height()}; {korean}"


def _looks(app: QApplication) -> str:
    """The window icon and the bundled NanumGothic loaded, and a Korean label finds a glyph for
    every character: on a machine without Korean fonts only the bundled one has them."""
    from PySide6.QtGui import QFontDatabase, QTextLayout
    from PySide6.QtWidgets import QLabel

    if app.windowIcon().pixmap(32, 32).isNull():
        raise RuntimeError("the window icon did not load")
    if "NanumGothic" not in QFontDatabase.families():
        raise RuntimeError("the bundled Korean font NanumGothic did not load")
    label = QLabel(KOREAN_SAMPLE)
    label.ensurePolished()
    layout = QTextLayout(KOREAN_SAMPLE, label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    families = sorted({run.rawFont().familyName() for run in runs})
    if not runs or any(0 in run.glyphIndexes() for run in runs):  # glyph 0: the empty box
        raise RuntimeError(f"Korean prints as empty boxes (set in {', '.join(families)})")
    return f"Korean set in {', '.join(families)}"
