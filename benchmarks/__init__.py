"""Performance measurements of the desktop app: ``python -m benchmarks [MEASURE ...]`` (see docs/benchmarks.md).

Speed and memory are measured here, never asserted as timings in tests: a timing test either flakes on a busy
machine or is given a margin so wide it cannot fail. Each measure drives the real app from outside (child
processes, event filters, httpx event hooks, wrappers installed by the benchmark's own child scripts): the
production code carries no hook of its own for being measured.
"""
