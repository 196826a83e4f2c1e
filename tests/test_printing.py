"""Every printed paper — the after-action report, each seat's handout and the facilitator's
script, in English and Korean — prints every character of its text and keeps it on the page:
no glyph is dropped (a lost minus sign turns "−15" into "15")."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import mini_scenario_data
from paper import off_the_page, pdf_text

from wargame.autoplay import play
from wargame.events import ObservationModel
from wargame.handouts import facilitator_script, seat_handout
from wargame.handouts_pdf import write_handout_pdf, write_script_pdf
from wargame.pdf_document import UNPRINTABLE, UnprintableText
from wargame.replay import new_game
from wargame.report import build_report
from wargame.report_pdf import write_pdf
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
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
