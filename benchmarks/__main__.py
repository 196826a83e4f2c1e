"""`make bench`: every benchmark, printed as ratios measured side by side in this run."""

from __future__ import annotations

from benchmarks import bundle, core, gui_start, report


def main() -> None:
    suites = (("core", core), ("report", report), ("gui start", gui_start), ("bundle", bundle))
    for name, suite in suites:
        print(f"== {name}")
        for line in suite.run():
            print(f"  {line}", flush=True)


if __name__ == "__main__":
    main()
