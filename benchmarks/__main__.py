"""`make bench`: every benchmark, printed as ratios measured side by side in this run."""

from __future__ import annotations

from benchmarks import core, gui_start, report


def main() -> None:
    for name, suite in (("core", core), ("report", report), ("gui start", gui_start)):
        print(f"== {name}")
        for line in suite.run():
            print(f"  {line}", flush=True)


if __name__ == "__main__":
    main()
