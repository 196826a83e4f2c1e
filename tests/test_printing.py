"""Every printed paper — the after-action report, each seat's handout and the facilitator's
script, in English and Korean — prints every character of its text and keeps it on the page:
no glyph is dropped (a lost minus sign turns "−15" into "15"), and a name a scenario or a
person gives, however long and unbroken, wraps or is cut short rather than breaking the paper
or running off it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import mini_scenario_data
from paper import off_the_page, pdf_text

from wargame.autoplay import play
from wargame.engine import MAX_TITLE
from wargame.events import ObservationModel
from wargame.handouts import facilitator_script, seat_handout
from wargame.handouts_pdf import write_handout_pdf, write_script_pdf
from wargame.pdf_document import UNPRINTABLE, UnprintableText
from wargame.replay import new_game
from wargame.report import build_report, simulation_html
from wargame.report_pdf import write_pdf
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.simulate import simulate
from wargame.store import GameFile

LANGUAGES = ("en", "ko")


def _every_paper(game: Path, folder: Path) -> dict[str, Path]:
    """The report of `game`, its scenario's script and each seat's handout, in both languages;
    a character the fonts lack is an error here (see pyproject.toml)."""
    written = {}
    with GameFile.open(game) as game_file:
        scenario = game_file.scenario
        for language in LANGUAGES:
            written[f"report-{language}"] = folder / f"report-{language}.pdf"
            write_pdf(build_report(game_file, language), written[f"report-{language}"])
    for language in LANGUAGES:
        written[f"script-{language}"] = folder / f"script-{language}.pdf"
        write_script_pdf(facilitator_script(scenario, language), written[f"script-{language}"])
        for seat in scenario.actor_ids:
            written[f"{seat}-{language}"] = folder / f"{seat}-{language}.pdf"
            write_handout_pdf(seat_handout(scenario, seat, language), written[f"{seat}-{language}"])
    return written


def _compact(text: str) -> str:
    """Text without the spaces and line breaks that wrapping puts in."""
    return "".join(text.split())


def test_every_paper_of_the_bundled_scenario_prints_every_character(tmp_path: Path) -> None:
    scenario = load_scenario()
    game_file, game = new_game(tmp_path / "g.wargame", scenario, seed=3)
    with game_file:
        play(game, scenario.actor_ids)
    papers = _every_paper(tmp_path / "g.wargame", tmp_path)
    assert len(papers) == 2 * (2 + len(scenario.actor_ids))
    texts = {name: pdf_text(path) for name, path in papers.items()}
    assert "relations reach −15" in " ".join(texts["script-en"].split()), "the minus sign prints"
    assert "관계가 -15에 이르면" in " ".join(texts["script-ko"].split())
    for name, text in texts.items():
        assert UNPRINTABLE not in text, name
    for name in ("report-ko", "script-en", "seoul-ko"):
        assert off_the_page(papers[name]) == [], name


def test_a_character_no_bundled_font_has_prints_as_a_mark_and_is_said(tmp_path: Path) -> None:
    """Typed text may hold anything (here a satellite emoji); what no font has shows as �."""
    scenario = Scenario.model_validate(mini_scenario_data())
    game_file, game = new_game(tmp_path / "g.wargame", scenario, seed=4)
    with game_file:
        play(game, scenario.actor_ids, turns=1)
        game.record_observation(ObservationModel(text="Pyŏngyang −15 🛰 seen", kind="strength"))
        report = build_report(game_file)
    with pytest.warns(UnprintableText, match="U\\+1F6F0"):
        write_pdf(report, tmp_path / "r.pdf")
    assert f"Pyŏngyang −15 {UNPRINTABLE} seen" in pdf_text(tmp_path / "r.pdf")


def _long(tail: str, length: int = 300) -> str:
    """An unbroken name of `length` characters, the widest letters, ending in `tail`."""
    wide = "W" if tail.isascii() else "가"
    return wide * (length - len(tail)) + tail


def _long_named(data: dict[str, Any]) -> Scenario:
    """The mini scenario with every name at the longest a scenario may give, unbroken."""
    data["title"], data["title_ko"] = _long("TITLE-END"), _long("제목끝")
    for actor in data["actors"]:
        actor["name"], actor["name_ko"] = _long(f"{actor['id'].upper()}-END"), _long("참가석끝")
        for action in actor["actions"]:
            action["name"], action["name_ko"] = _long("ACTION-END"), _long("행동끝")
    for indicator in data["indicators"]:
        indicator["name"], indicator["name_ko"] = _long("INDICATOR-END"), _long("지표끝")
    for level in data["escalation_ladder"]:
        level["name"], level["name_ko"] = _long("LEVEL-END"), _long("단계끝")
    for ending in data["endings"]:
        ending["name"], ending["name_ko"] = _long("ENDING-END"), _long("결말끝")
    for inject in data["injects"]:
        inject["title"], inject["title_ko"] = _long("INJECT-END"), _long("상황끝")
    for seed in data["seeds"]:
        seed["title"] = _long("SEED-END")
    return Scenario.model_validate(data)


def test_the_longest_unbroken_names_lay_out_in_every_paper(tmp_path: Path) -> None:
    scenario = _long_named(mini_scenario_data())
    game_file, game = new_game(tmp_path / "g.wargame", scenario, seed=5, humans={"seoul": "1234"})
    with game_file:
        game.add_inject(_long("ADHOC-END", MAX_TITLE), "W" * 2000, ["seoul", "moscow"])
        play(game, scenario.actor_ids)
    papers = _every_paper(tmp_path / "g.wargame", tmp_path)
    for name, path in papers.items():
        assert off_the_page(path) == [], name
    texts = {name: _compact(pdf_text(path)) for name, path in papers.items()}
    for shown in ("TITLE-END", "ADHOC-END", "SEOUL-END", "MOSCOW-END", "ACTION-END"):
        assert shown in texts["report-en"], shown
    for shown in ("제목끝", "참가석끝", "행동끝"):
        assert shown in texts["report-ko"], shown
    for shown in ("INJECT-END", "ENDING-END", "SEOUL-END", "LEVEL-END"):
        assert shown in texts["script-en"], shown
    for shown in ("상황끝", "결말끝", "참가석끝"):
        assert shown in texts["script-ko"], shown
    for seat in scenario.actor_ids:
        assert f"{seat.upper()}-END" in texts[f"{seat}-en"] and "ACTION-END" in texts[f"{seat}-en"]
        assert "참가석끝" in texts[f"{seat}-ko"] and "행동끝" in texts[f"{seat}-ko"]
    summary = simulate(scenario, runs=3, seed=1)
    page = simulation_html(scenario, summary, scenario.title, seed=1)
    for ending in scenario.endings:  # a chart shows as much of a name as it has room for
        assert f">{ending.name[:20]}" in page and f"{ending.name[-20:]}<" not in page
