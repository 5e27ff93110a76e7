"""Labelled data sets, metrics, the evaluation runner and benchmarks."""
