# newsdesk: every target sets up what it needs (virtualenv, PostgreSQL) on a fresh clone.
.PHONY: run test lint eval bench loadtest

run:  ## set up, import the seeds and serve on http://127.0.0.1:$${PORT:-8000}
	@bash scripts/run.sh

test:  ## set up and run every test against PostgreSQL (ARGS="-k name" to narrow)
	@bash scripts/test.sh $(ARGS)

eval:  ## measure the extraction: seeds/, tests/data/layouts, tests/data/speakers, tests/data/events_dev, events_dev2, events_heldout, events_fresh, events_unseen, events_untuned, ../shared/benchmarks/polnear-test and a held-out fifth of polnear-train
	@bash scripts/eval.sh

bench:  ## benchmarks at 100k articles in newsdesk_bench: import throughput, page latency under load, queries
	@bash scripts/bench.sh

loadtest:  ## 50 clients for 60 s against the app served as by make run; figures in var/loadtest/ (docs/reliability.md)
	@bash scripts/loadtest.sh

lint:
	@bash -c 'source scripts/lib.sh && ensure_venv && .venv/bin/ruff check . && .venv/bin/ruff format --check .'
