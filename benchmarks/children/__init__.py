"""Scripts run as child processes by the measures (``python benchmarks/children/<name>.py``), never imported by
the harness. Each reports through the JSON file named by ``$BENCH_RESULT``."""
