"""Ratio benchmarks: each compares two things measured side by side in one run."""
