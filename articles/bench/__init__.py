"""Benchmark tooling, not product code: a corpus generator (`manage.py generate_corpus`) and the
helpers of `manage.py bench_pages`, `bench_import` and `bench_extraction` (scripts/bench.sh)."""
