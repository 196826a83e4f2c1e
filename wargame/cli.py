"""The `wargame` command: validate and describe scenarios, play, replay and simulate games.

Exit codes: 0 ok, 2 a user error (the message on stderr says what and where), 1 a bug.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from wargame.autoplay import play
from wargame.compare import compare
from wargame.describe import describe
from wargame.engine import Game
from wargame.errors import UserError
from wargame.file_output import require_new_output, write_whole
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.replay import (
    branch,
    command_ends,
    continue_game,
    new_game,
    state_after_turn,
    state_at,
    turn_begins,
)
from wargame.scenario import Scenario
from wargame.scenario_file import (
    DEFAULT_SCENARIO,
    load_scenario,
    read_scenario,
    resolve_scenario_path,
    scenario_schema,
)
from wargame.simulate import Position, Summary, simulate
from wargame.state import WorldState
from wargame.store import GameFile

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USER)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wargame",
        description="Peninsula: tabletop exercises on the "
        "Korean Peninsula crisis, from the command line.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    validate = commands.add_parser("validate", help="check scenario files")
    validate.add_argument("files", nargs="+", type=Path)

    commands.add_parser("schema", help="print the scenario JSON Schema")

    play_cmd = commands.add_parser("play", help="play a new or saved game with bots")
    play_cmd.add_argument("game", nargs="?", type=Path, help="a saved game to continue")
    _scenario_and_seed(play_cmd, "")
    play_cmd.add_argument(
        "--bots", default="all", help="which seats bots play; the command line plays 'all'"
    )
    play_cmd.add_argument("--out", type=Path, help="where to save a new game (.wargame)")
    play_cmd.add_argument("--turns", type=int, help="play at most this many turns")
    play_cmd.add_argument(
        "--review-step",
        action="store_true",
        help="a new game has a review step after deliberation, for counter-arguments "
        "(bots write none)",
    )

    replay = commands.add_parser("replay", help="show a saved game at a turn or event")
    replay.add_argument("game", type=Path)
    point = replay.add_mutually_exclusive_group()
    point.add_argument("--turn", type=int, help="the world as this turn ended")
    point.add_argument("--event", type=int, help="the world right after this event")
    replay.add_argument("--seat", help="as this seat (or 'public') may see it")
    replay.add_argument("--json", action="store_true", help="print JSON with sorted keys")

    log = commands.add_parser(
        "log",
        help="print a saved game's event log",
        description="One line per event; * marks the end of a step (a whole command), where "
        "replay stops and `wargame branch --event` may start.",
    )
    log.add_argument("game", type=Path)

    sim = commands.add_parser("simulate", help="run many bot games and summarise them")
    sim.add_argument("--scenario", default=DEFAULT_SCENARIO)
    sim.add_argument("--from", dest="origin", type=Path, help="start from a point of this game")
    sim.add_argument("--event", type=int, help="with --from: the point (default: its end)")
    sim.add_argument("--runs", type=int, default=100)
    sim.add_argument("--seed", type=int, default=1)
    sim.add_argument("--jobs", type=int, default=1)
    sim.add_argument("--report", type=Path, help="also write the distributions as an HTML page")

    bal = commands.add_parser(
        "balance", help="measure bot games against seats that pass or repeat one move"
    )
    bal.add_argument("--scenario", default=DEFAULT_SCENARIO)
    bal.add_argument("--runs", type=int, default=300, help="bot games, and games per passing seat")
    bal.add_argument("--repeats", type=int, default=100, help="games per repeated move (0: none)")
    bal.add_argument("--seed", type=int, default=1)
    bal.add_argument("--jobs", type=int, default=1)

    branch_cmd = commands.add_parser(
        "branch",
        help="start a what-if game from a point of a game",
        description="A new game that shares GAME's log up to a point: the end of a step "
        "(--event; `wargame log` marks each with *) or the start of a turn (--turn).",
    )
    branch_cmd.add_argument("game", type=Path)
    point = branch_cmd.add_mutually_exclusive_group(required=True)
    point.add_argument("--event", type=int, help="the last shared event: the end of a step")
    point.add_argument("--turn", type=int, help="branch as this turn begins")
    branch_cmd.add_argument("--out", type=Path, required=True, help="the new game's file")
    branch_cmd.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="SEAT[=PIN]",
        help="a person plays this seat in the branch, with this PIN (without one, the seat's "
        "own); repeat for more seats",
    )
    branch_cmd.add_argument(
        "--bot", action="append", default=[], metavar="SEAT", help="a bot plays this seat"
    )

    compare_cmd = commands.add_parser("compare", help="where two games part, turn by turn")
    compare_cmd.add_argument("games", type=Path, nargs=2)

    report_cmd = commands.add_parser("report", help="the after-action report of a game")
    report_cmd.add_argument("game", type=Path)
    report_cmd.add_argument("--html", type=Path, help="write it as one self-contained HTML file")
    report_cmd.add_argument("--pdf", type=Path, help="write it as a PDF")
    report_cmd.add_argument("--language", choices=("en", "ko"), default="en")
    report_cmd.add_argument(
        "--for",
        dest="readers",
        choices=("record", "participants"),
        default="record",
        help="the facilitator's record (everything), or the participants' version without "
        "what is kept for the record only and what some seats never saw",
    )
    report_cmd.add_argument(
        "--reveal",
        action="store_true",
        help="with --for participants: tell the private injects and covert actions too",
    )

    export_cmd = commands.add_parser(
        "export",
        help="a game's actions, adjudications, ratings, observations and indicators "
        "as tidy tables for analysis",
    )
    export_cmd.add_argument("game", type=Path)
    export_cmd.add_argument("--csv", type=Path, help="a folder: one CSV file per table")
    export_cmd.add_argument(
        "--json", type=Path, help="a file with every table, or a folder: one file per table"
    )

    where_from = "a bundled scenario's name, a scenario file (YAML) or a game (.wargame)"
    handout_cmd = commands.add_parser("handout", help="a seat's printable handout")
    handout_cmd.add_argument("scenario", help=where_from)
    handout_cmd.add_argument("--seat", required=True, help="whose handout: an actor id")
    handout_cmd.add_argument("--pdf", type=Path, required=True, help="where to write it")
    handout_cmd.add_argument("--language", choices=("en", "ko"), default="en")

    script_cmd = commands.add_parser("script", help="the facilitator's script, turn by turn")
    script_cmd.add_argument("scenario", help=where_from)
    script_cmd.add_argument("--pdf", type=Path, required=True, help="where to write it")
    script_cmd.add_argument("--language", choices=("en", "ko"), default="en")

    serve_cmd = commands.add_parser(
        "serve", help="open a game's seats to browsers, with an automatic white cell"
    )
    serve_cmd.add_argument("game", type=Path, help="the game; made from --scenario if it is new")
    _scenario_and_seed(serve_cmd, ", for a new game")
    serve_cmd.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on; 0.0.0.0 for the room"
    )
    serve_cmd.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    serve_cmd.add_argument(
        "--minutes", type=float, default=10.0, help="deliberation time when the game sets none"
    )
    serve_cmd.add_argument("--language", choices=("en", "ko"), default="en")
    return parser


def _tolerant_output() -> None:
    """Print whatever a game holds on any terminal: a character the output's encoding lacks
    (Korean on a cp949 or ASCII pipe, a stray surrogate in stored text) is written escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except UserError as error:
        print(f"wargame: {error}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("wargame: interrupted; everything played so far is saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        traceback.print_exc()
        print("wargame: internal error (a bug); please report the lines above.", file=sys.stderr)
        return EXIT_BUG


def _validate(args: argparse.Namespace) -> int:
    failed = False
    for path in args.files:
        scenario, problems = read_scenario(path)
        for problem in problems:
            print(problem, file=sys.stderr)
        if scenario is None:
            failed = True
            errors = [p for p in problems if p.severity == "error"]
            print(f"{path}: {len(errors)} problem(s)")
        else:
            print(
                f"{path}: ok: {scenario.id}, {len(scenario.actors)} actors, "
                f"{len(scenario.injects)} injects over {scenario.turns} turns, "
                f"{len(scenario.escalation_ladder)} escalation levels"
            )
    return EXIT_USER if failed else EXIT_OK


def _schema(_: argparse.Namespace) -> int:
    sys.stdout.write(scenario_schema())
    return EXIT_OK


def _turn_summary(game: Game, turn: int) -> None:
    state = game.state
    scenario = state.scenario
    record = game.chronicle[-1]
    succeeded = sum(r.success for r in record.results)
    injects = sum(1 for i in state.released if state.injects[i].turn == turn)
    met = " ".join(
        f"{a}:{len(record.objectives_met[a])}/{len(scenario.actor(a).objectives)}"
        for a in scenario.actor_ids
    )
    print(
        f"turn {turn:>2}: escalation {state.escalation} ({state.escalation_name}); "
        f"{injects} inject(s); {succeeded}/{len(record.results)} actions succeeded; "
        f"objectives {met}; "
        f"saved through event {state.seq}"
    )


def _play(args: argparse.Namespace) -> int:
    if args.bots != "all":
        raise UserError(
            "the command line plays every seat with a bot (--bots all); "
            "seat people at the desktop app (wargame-gui).",
            "명령줄에서는 모든 참가석을 봇이 맡습니다(--bots all). 사람이 참가석을 맡으려면 "
            "데스크톱 앱(wargame-gui)을 쓰십시오.",
        )
    if args.turns is not None and args.turns < 1:
        raise UserError("--turns must be at least 1.", "--turns는 1 이상이어야 합니다.")
    if args.game is not None:
        game_file, game = continue_game(args.game)
    else:
        if args.out is None:
            raise UserError(
                "say where to save the new game with --out FILE.wargame.",
                "새 게임을 저장할 곳을 --out FILE.wargame으로 정하십시오.",
            )
        scenario = load_scenario(args.scenario)
        seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
        game_file, game = new_game(args.out, scenario, seed, review_step=args.review_step)
        print(f"new game {args.out}: {scenario.title}, seed {seed}")
    with game_file:
        if game.state.ended:
            print(f"{game_file.path} has already ended: {game.state.ending}")
            return EXIT_OK
        play(game, game.scenario.actor_ids, args.turns, after_turn=_turn_summary)
        state = game.state
        if state.ended:
            ending = next(e for e in state.scenario.endings if e.id == state.ending)
            print(f"game over ({state.end_reason}): {ending.name}")
        else:
            print(f"paused at turn {state.turn}; continue with: wargame play {game_file.path}")
    return EXIT_OK


def _seat(state: WorldState, seat: str | None) -> str:
    if seat is None:
        return FACILITATOR
    allowed = (*state.scenario.actor_ids, PUBLIC, FACILITATOR)
    if seat not in allowed:
        raise _unknown_seat(seat, allowed)
    return seat


def _unknown_seat(seat: str, allowed: Sequence[str]) -> UserError:
    return UserError(
        f"unknown seat '{seat}'; choose one of: {', '.join(allowed)}.",
        f"'{seat}' 참가석은 없습니다. 다음 중에서 고르십시오: {', '.join(allowed)}.",
    )


def _replay(args: argparse.Namespace) -> int:
    with GameFile.open(args.game) as game_file:
        if args.turn is not None:
            state = state_after_turn(game_file, args.turn)
        else:
            state = state_at(game_file, args.event)
        chronicle = game_file.chronicle(upto=state.seq)
    shown = view(state, _seat(state, args.seat), chronicle=chronicle)
    if args.json:
        print(json.dumps(shown, sort_keys=True, indent=2, ensure_ascii=False))
    else:
        _print_view(state, shown)
    return EXIT_OK


def _print_view(state: WorldState, shown: dict) -> None:
    scenario = state.scenario
    print(
        f"{scenario.title} — turn {shown['turn']}/{shown['turns']}, {shown['phase']}, "
        f"as seen by {shown['seat']}"
    )
    level = shown["escalation"]
    print(f"escalation: {level['level']}/{level['top']} {level['name']}")
    print("indicators:")
    for actor, values in shown["indicators"].items():
        print(f"  {actor:<11}" + "  ".join(f"{k} {v:>3}" for k, v in values.items()))
    print("relations:")
    actors = scenario.actor_ids
    print("  " + " " * 11 + "".join(f"{a[:9]:>10}" for a in actors))
    for a in actors:
        row = "".join(f"{'—' if a == b else shown['relations'][a][b]:>10}" for b in actors)
        print(f"  {a:<11}{row}")
    print(f"injects released: {len(shown['injects'])}")
    for inject in shown["injects"][-5:]:
        badge = f" ({inject['basis_name']})" if inject["basis_name"] else ""
        print(f"  [{inject['id']}] {inject['title']}{badge}")
    crossed = [
        (actor, line)
        for actor, own in shown["objectives"].items()
        for line in own["red_lines_crossed"]
    ]
    if crossed:
        print("red lines crossed: " + ", ".join(f"{actor}/{line}" for actor, line in crossed))
    if shown["ending"]:
        print(f"ended: {shown['ending']} ({shown['end_reason']})")
    _print_calibration(state, shown)


def _print_calibration(state: WorldState, shown: dict) -> None:
    """Each estimator's Brier score, once the exercise has ended, beside the model's."""
    if shown["calibration"]:
        print("calibration (Brier: lower is better; the model's odds on the same actions):")
    for by, c in shown["calibration"].items():
        name = by if by == FACILITATOR else state.scenario.actor(by).name
        print(
            f"  {name:<12} {c['count']:>3} estimates: Brier {c['brier']:.3f} "
            f"(reliability {c['reliability']:.3f}, resolution {c['resolution']:.3f}); "
            f"model {c['model_brier']:.3f}"
        )


def _scenario_and_seed(command: argparse.ArgumentParser, which: str) -> None:
    """The options that start a new game: its scenario and its seed."""
    command.add_argument(
        "--scenario",
        default=DEFAULT_SCENARIO,
        help=f"a bundled scenario's name or a YAML file{which} (default %(default)s)",
    )
    command.add_argument("--seed", type=int, help="the new game's seed (default: random)")


def _log(args: argparse.Namespace) -> int:
    with GameFile.open(args.game) as game_file:
        ends = set(command_ends(game_file))
        for stored in game_file.events():
            step = "*" if stored.seq in ends else " "
            print(
                f"{stored.seq:>5}{step} T{stored.turn:<3} {stored.event.type:<24} "
                f"{describe(stored.event, game_file.scenario)}"
            )
    return EXIT_OK


def _progress(total: int) -> Callable[[int], None]:
    """A progress bar on stderr, redrawn only when it moves (a log file gets a few lines)."""
    width = 30
    interactive = sys.stderr.isatty()
    shown = -1

    def show(done: int) -> None:
        nonlocal shown
        step = 100 * done // total if interactive else 10 * done // total
        if step == shown and done != total:
            return
        shown = step
        filled = width * done // total
        bar = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} games"
        sys.stderr.write(f"\r{bar}" if interactive else f"{bar}\n")
        if interactive and done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _simulate(args: argparse.Namespace) -> int:
    if args.runs < 1 or args.jobs < 1:
        raise UserError(
            "--runs and --jobs must be at least 1.", "--runs와 --jobs는 1 이상이어야 합니다."
        )
    if args.event is not None and args.origin is None:
        raise UserError(
            "--event needs --from GAME: the game to start from.",
            "--event에는 출발할 게임을 정하는 --from GAME이 함께 필요합니다.",
        )
    source = args.origin if args.origin is not None else resolve_scenario_path(args.scenario)
    _require_outputs([args.report], source)
    start = None
    if args.origin is not None:
        with GameFile.open(args.origin) as game_file:
            state = state_at(game_file, args.event)
            start = Position(state, game_file.chronicle(upto=state.seq))
            scenario = game_file.scenario
        print(
            f"from {args.origin}, event {state.seq} (turn {state.turn}, {state.phase.value}): "
            "bots take every seat"
        )
    else:
        scenario = load_scenario(args.scenario)
    summary = simulate(scenario, args.runs, args.seed, args.jobs, _progress(args.runs), start=start)
    runs = summary.runs
    print(f"{runs} games of {scenario.id} (seed {args.seed})")
    for title, counts in (
        ("final escalation:", summary.escalation),
        ("peak escalation:", summary.peak),
    ):
        print(title)
        for level, count in sorted(counts.items()):
            name = scenario.escalation_ladder[level].name
            print(f"  {level} {name:<34} {count:>6} {count / runs:>7.1%}")
    print("escalation as each turn ended (10% / median / 90% of runs):")
    for turn, low, middle, high in summary.band():
        print(f"  turn {turn:>2}: {low} / {middle} / {high}")
    print("endings (share ± its 95% margin):")
    for ending in scenario.endings:
        count = summary.endings[ending.id]
        margin = summary.margin(ending.id)
        print(f"  {ending.name:<36} {count:>6} {count / runs:>7.1%} ± {margin:.1%}")
    _print_objectives(scenario, summary)
    _print_model_calibration(summary)
    crossed = summary.crossed.most_common()
    if crossed:
        print("red lines crossed (share of games):")
        for (actor, line), count in crossed:
            print(f"  {scenario.actor(actor).name + ': ' + line:<44} {count / runs:>7.1%}")
    if args.report is not None:
        from wargame.report import simulation_html

        origin = f"{args.origin}, event {start.state.seq}" if start else scenario.title
        _write_text(args.report, simulation_html(scenario, summary, origin, args.seed))
        print(f"distributions written to {args.report}")
    return EXIT_OK


def _print_model_calibration(summary: Summary) -> None:
    scored = summary.model_calibration()
    if scored is None:
        return
    print(
        f"the model's odds against its own dice, over {scored.count} actions: "
        f"Brier {scored.brier:.3f} (reliability {scored.reliability:.4f}, "
        f"resolution {scored.resolution:.4f}, uncertainty {scored.uncertainty:.4f})"
    )
    for b in scored.bins:
        print(
            f"  stated {b.lower:>4.0%}–{b.upper:<4.0%} (mean {b.stated:5.1%}): "
            f"happened {b.happened:5.1%} of {b.count}"
        )
    print(
        "  The roll succeeds below the stated probability, so a sound engine is calibrated "
        "against itself:\n"
        "  reliability near 0 shows the odds shown are the odds rolled. It does not show "
        "that the odds\n"
        "  are right about the world: no number of games can, only the world's own record."
    )


def _print_objectives(scenario: Scenario, summary: Summary) -> None:
    print("objectives met at the end (mean per game; each objective's share):")
    for actor in scenario.actors:
        mean = summary.mean_objectives(actor.id)
        shares = ", ".join(
            f"{o.id} {summary.met[actor.id, o.id] / summary.runs:.0%}" for o in actor.objectives
        )
        print(f"  {actor.name:<12} {mean:4.2f} of {len(actor.objectives)}  ({shares})")


def _balance(args: argparse.Namespace) -> int:
    if args.runs < 1 or args.jobs < 1 or args.repeats < 0:
        raise UserError(
            "--runs and --jobs must be at least 1, --repeats at least 0.",
            "--runs와 --jobs는 1 이상, --repeats는 0 이상이어야 합니다.",
        )
    from wargame.balance import SPIRAL, clash_share, measure

    scenario = load_scenario(args.scenario)
    balance = measure(scenario, args.runs, args.seed, args.jobs, args.repeats)
    bots = balance.bots
    print(f"{bots.runs} bot games of {scenario.id} (seed {args.seed})")
    print("endings:")
    for ending in scenario.endings:
        print(f"  {ending.name:<36} {bots.share(ending.id):>7.1%}")
    print(f"spiral: {bots.share(SPIRAL):.1%}")
    steep, turns = bots.jumps(scenario.start_escalation)
    print(
        f"turns that end two rungs or more up the ladder: {steep} of {turns} ({steep / turns:.1%})"
    )
    risk = scenario.incident
    if risk is not None:
        first = bots.reaching(risk.rung)
        last = sum(turn == scenario.turns for turn in first)
        print(
            f"armed clash reached in {len(first) / bots.runs:.1%} of bot games; first in the "
            f"last turn in {last} of {len(first)}"
        )
    print(f"red lines crossed with no one named: {sum(bots.unnamed.values())}")
    _print_objectives(scenario, bots)
    print("a seat that never acts (its mean objectives; the bot's; its most-met objective):")
    for actor, summary in balance.passive.items():
        shares = [
            (summary.met[actor, o.id] / summary.runs, o.id)
            for o in scenario.actor(actor).objectives
        ]
        share, most = max(shares)
        print(
            f"  {scenario.actor(actor).name:<12} "
            f"{summary.mean_objectives(actor):4.2f}  (bot {bots.mean_objectives(actor):4.2f})  "
            f"{most} {share:.0%}"
        )
    if balance.repeated:
        print("repeated moves, best scoring first (mean objectives against the bot; top ending):")
        ranked = sorted(
            balance.repeated.items(),
            key=lambda item: bots.mean_objectives(item[0][0]) - item[1].mean_objectives(item[0][0]),
        )
        for (actor, move), summary in ranked[:10]:
            gain = summary.mean_objectives(actor) - bots.mean_objectives(actor)
            top, count = summary.endings.most_common(1)[0]
            actions = " + ".join(c.action for c in move)
            print(f"  {actor:<10} {actions:<44} {gain:+.2f}  {top} {count / summary.runs:.0%}")
        if risk is not None:
            print("repeated moves that most often reach armed clash:")
            clashing = sorted(
                balance.repeated.items(), key=lambda item: -clash_share(item[1], risk.rung)
            )
            for (actor, move), summary in clashing[:10]:
                actions = " + ".join(c.action for c in move)
                print(f"  {actor:<10} {actions:<44} {clash_share(summary, risk.rung):.0%}")
    problems = balance.problems(scenario)
    print("balance goals: " + ("all met" if not problems else "missed"))
    for problem in problems:
        print(f"  {problem}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    if args.html is None and args.pdf is None:
        raise UserError(
            "say where to write the report: --html FILE, --pdf FILE or both.",
            "보고서를 쓸 곳을 정하십시오: --html FILE, --pdf FILE 또는 둘 다.",
        )
    if args.reveal and args.readers != "participants":
        raise UserError(
            "--reveal is for the participants' version: add --for participants.",
            "--reveal은 참가자용 보고서에 씁니다: --for participants를 함께 주십시오.",
        )
    _require_outputs([args.html, args.pdf], args.game)
    from wargame.report import Readers, build_report, report_html  # templates load when asked

    readers = Readers(participants=args.readers == "participants", reveal=args.reveal)
    with GameFile.open(args.game) as game_file:
        report = build_report(game_file, args.language, readers=readers)
    if args.html is not None:
        _write_text(args.html, report_html(report))
        print(f"report written to {args.html}")
    if args.pdf is not None:
        from wargame.report_pdf import write_pdf

        write_pdf(report, args.pdf)
        print(f"report written to {args.pdf}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from wargame.data_export import write_tables

    for out in write_tables(args.game, args.csv, args.json):
        print(f"table written to {out}")
    return EXIT_OK


def _scenario_of(name: str) -> Scenario:
    """The scenario named on the command line, or the one a saved game was played with."""
    if name.endswith(".wargame"):
        with GameFile.open(name) as game_file:
            return game_file.scenario
    return load_scenario(name)


def _handout(args: argparse.Namespace) -> int:
    from wargame.handouts import seat_handout
    from wargame.handouts_pdf import write_handout_pdf

    _require_outputs([args.pdf], resolve_scenario_path(args.scenario))
    scenario = _scenario_of(args.scenario)
    if args.seat not in scenario.actor_ids:
        raise _unknown_seat(args.seat, scenario.actor_ids)
    write_handout_pdf(seat_handout(scenario, args.seat, args.language), args.pdf)
    print(f"handout written to {args.pdf}")
    return EXIT_OK


def _script(args: argparse.Namespace) -> int:
    from wargame.handouts import facilitator_script
    from wargame.handouts_pdf import write_script_pdf

    _require_outputs([args.pdf], resolve_scenario_path(args.scenario))
    write_script_pdf(facilitator_script(_scenario_of(args.scenario), args.language), args.pdf)
    print(f"script written to {args.pdf}")
    return EXIT_OK


def _require_outputs(outs: Sequence[Path | None], source: Path) -> None:
    """Refuse at once, before any work, an output that would destroy the source, a game, or
    another output of the same command."""
    named = [out for out in outs if out is not None]
    if len({out.resolve() for out in named}) < len(named):
        raise UserError(
            f"{named[0]} is named for two documents; give each its own file.",
            f"{named[0]}이(가) 두 문서에 함께 지정되었습니다. 문서마다 다른 파일을 정하십시오.",
        )
    for out in named:
        require_new_output(out, [source])


def _write_text(path: Path, text: str) -> None:
    write_whole(path, text.encode("utf-8"))


def _branch(args: argparse.Namespace) -> int:
    with GameFile.open(args.game) as source:
        event = args.event if args.turn is None else turn_begins(source, args.turn)
        people = dict(_seat_and_pin(given) for given in args.person)
        game_file, game = branch(source, event, args.out, people, args.bot)
    with game_file:
        humans = [a for a, seat in game.state.seats.items() if seat.human]
        where = (
            f"people play {', '.join(humans)}: open it in the app"
            if humans
            else f"play on with: wargame play {args.out}"
        )
        print(
            f"new game {args.out}: {game.scenario.title}, branched from {args.game} after "
            f"event {event} (turn {game.state.turn}, {game.state.phase.value}); {where}"
        )
    return EXIT_OK


def _seat_and_pin(given: str) -> tuple[str, str | None]:
    seat, equals, pin = given.partition("=")
    return seat, pin if equals else None


def _compare(args: argparse.Namespace) -> int:
    left_path, right_path = args.games
    with GameFile.open(left_path) as left, GameFile.open(right_path) as right:
        found = compare(left, right)
        actors = left.scenario.actor_ids
    split = found.divergence
    if split is None:
        print("the two games have the same log, event for event")
    else:
        print(f"they part at event {split.event} (turn {split.turn}, command {split.command}):")
        print(f"  A: {split.left or '(no more events)'}")
        print(f"  B: {split.right or '(no more events)'}")
    for label, outcome in zip("AB", found.outcomes, strict=True):
        if outcome.ending is not None:
            print(f"{label} ended: {outcome.ending} ({outcome.reason})")
        else:
            print(f"{label} is still in play: turn {outcome.turn}, {outcome.phase}")
    print("turn  escalation A/B  objectives met A | B")
    for pair in found.turns:
        a, b = pair.left, pair.right
        level = f"{a['escalation'] if a else '-'}/{b['escalation'] if b else '-'}"
        met = " ".join(
            f"{actor}:{len(a['objectives_met'][actor]) if a else '-'}|"
            f"{len(b['objectives_met'][actor]) if b else '-'}"
            for actor in actors
        )
        print(f"{pair.turn:>4}  {level:>14}  {met}")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from web.serve import serve

    return serve(
        args.game, args.scenario, args.seed, args.host, args.port, args.minutes, args.language
    )


_COMMANDS = {
    "validate": _validate,
    "schema": _schema,
    "play": _play,
    "replay": _replay,
    "log": _log,
    "simulate": _simulate,
    "balance": _balance,
    "branch": _branch,
    "compare": _compare,
    "report": _report,
    "export": _export,
    "handout": _handout,
    "script": _script,
    "serve": _serve,
}


if __name__ == "__main__":
    sys.exit(main())
