"""How well the room's odds matched what happened: the Brier score and its Murphy parts.

A forecast is a stated probability that an action succeeds and whether it did. The Brier score
is the mean squared difference, 0 for a perfect forecaster, 0.25 for one who always says 50%.
Murphy (1973) splits it exactly into three parts when the forecasts are grouped by the value
stated:

    Brier = reliability - resolution + uncertainty

- reliability (calibration): how far each stated value is from the share of its forecasts that
  happened, weighted by how often it was stated; 0 is perfectly calibrated, lower is better;
- resolution: how far those shares are from the overall share, i.e. how well the forecaster told
  likely actions from unlikely ones; higher is better;
- uncertainty: the overall share times its complement; set by what happened, not by the
  forecaster, so it is the same for everyone who forecast the same actions.

The plot groups stated probabilities into bins of equal width so that it stays readable; the
decomposition groups by the value itself so the identity is exact. All functions are pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wargame.state import Adjudication

BINS = 10
"""The reliability plot's bins: 0–10%, 10–20%, … 90–100% (the last includes 100%)."""


@dataclass(frozen=True)
class Forecast:
    probability: float
    happened: bool


@dataclass(frozen=True)
class Bin:
    """One bin of the reliability plot: the forecasts stated in [lower, upper)."""

    lower: float
    upper: float
    count: int
    stated: float  # the mean probability stated in the bin
    happened: float  # the share of the bin's forecasts that happened


@dataclass(frozen=True)
class Score:
    count: int
    brier: float
    reliability: float
    resolution: float
    uncertainty: float
    bins: tuple[Bin, ...]


def brier(forecasts: Sequence[Forecast]) -> float:
    """The mean squared difference between the probability stated and what happened (1 or 0)."""
    if not forecasts:
        raise ValueError("a Brier score needs at least one forecast")
    return sum((f.probability - f.happened) ** 2 for f in forecasts) / len(forecasts)


def _share(forecasts: Sequence[Forecast]) -> float:
    return sum(f.happened for f in forecasts) / len(forecasts)


def reliability_bins(forecasts: Sequence[Forecast], bins: int = BINS) -> tuple[Bin, ...]:
    """The forecasts grouped by stated probability into `bins` of equal width; empty bins are
    left out (a plot has nothing to draw for them)."""
    grouped: dict[int, list[Forecast]] = defaultdict(list)
    for f in forecasts:
        # Rounded first: 0.7 * 10 is a hair above 7 in floating point, and 0.57 * 100 a hair below.
        grouped[min(int(round(f.probability * bins, 9)), bins - 1)].append(f)
    return tuple(
        Bin(
            lower=i / bins,
            upper=(i + 1) / bins,
            count=len(group),
            stated=sum(f.probability for f in group) / len(group),
            happened=_share(group),
        )
        for i, group in sorted(grouped.items())
    )


def score(forecasts: Sequence[Forecast]) -> Score:
    """The Brier score of `forecasts` and its exact Murphy decomposition."""
    n = len(forecasts)
    overall = _share(forecasts)
    by_value: dict[float, list[Forecast]] = defaultdict(list)
    for f in forecasts:
        by_value[f.probability].append(f)
    reliability = sum(len(g) * (p - _share(g)) ** 2 for p, g in by_value.items()) / n
    resolution = sum(len(g) * (_share(g) - overall) ** 2 for g in by_value.values()) / n
    return Score(
        count=n,
        brier=brier(forecasts),
        reliability=reliability,
        resolution=resolution,
        uncertainty=overall * (1 - overall),
        bins=reliability_bins(forecasts),
    )


@dataclass(frozen=True)
class Calibration:
    """One estimator's score, and the model's own odds scored on the same actions."""

    estimator: str  # a seat's actor id, or the facilitator
    own: Score
    model: Score


def calibration(results: Iterable[Adjudication]) -> dict[str, Calibration]:
    """Each estimator's calibration over the adjudications it estimated, against the outcome as
    it stood (the facilitator's override included), in the order estimators first estimated."""
    own: dict[str, list[Forecast]] = defaultdict(list)
    model: dict[str, list[Forecast]] = defaultdict(list)
    for a in results:
        for by, probability in a.estimates:
            own[by].append(Forecast(probability, a.success))
            model[by].append(Forecast(a.probability, a.success))
    return {by: Calibration(by, score(own[by]), score(model[by])) for by in own}


def model_score(results: Iterable[Adjudication]) -> Score | None:
    """The model's own odds scored over every adjudication; None when there were none."""
    forecasts = [Forecast(a.probability, a.success) for a in results]
    return score(forecasts) if forecasts else None
