"""`make bench`: every benchmark, printed as ratios measured side by side in this run.

`python -m benchmarks seats bundle` runs only those named; `--build-bundle` builds the bundle
with `make dist` first (minutes), so its size is that of the code as it stands."""

from __future__ import annotations

import argparse
import subprocess

from benchmarks import bundle, core, gui_start, report, seats

SUITES = {"core": core, "report": report, "gui start": gui_start, "seats": seats, "bundle": bundle}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("suites", nargs="*", choices=[[], *SUITES], metavar="SUITE")
    parser.add_argument("--build-bundle", action="store_true", help="run make dist first")
    arguments = parser.parse_args()
    if arguments.build_bundle:
        subprocess.run(["make", "dist"], cwd=bundle.DIST.parent, check=True)
    for name in arguments.suites or SUITES:
        print(f"== {name}")
        for line in SUITES[name].run():
            print(f"  {line}", flush=True)


if __name__ == "__main__":
    main()
