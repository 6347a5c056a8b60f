"""Benchmark helpers: the bench_seed data generator (run on purpose, never by the test suite except at a tiny scale)."""
