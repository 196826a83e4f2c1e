"""`make bench`: every benchmark, printed as ratios measured side by side in this run."""

from __future__ import annotations

import importlib

SUITES = ["benchmarks.core", "benchmarks.gui_start"]


def main() -> None:
    for name in SUITES:
        try:
            suite = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        print(f"== {name.split('.')[-1]}")
        for line in suite.run():
            print(f"  {line}", flush=True)


if __name__ == "__main__":
    main()
