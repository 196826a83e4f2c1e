"""`make bench`: every benchmark, printed as ratios measured side by side in this run."""

from __future__ import annotations

from benchmarks import bundle, core, gui_start


def main() -> None:
    for name, suite in (("core", core), ("gui start", gui_start), ("bundle", bundle)):
        print(f"== {name}")
        for line in suite.run():
            print(f"  {line}", flush=True)


if __name__ == "__main__":
    main()
