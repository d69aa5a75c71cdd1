"""Benchmarks: `make bench` prints each measurement as a ratio against a baseline measured in the same run."""
