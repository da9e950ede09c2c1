#!/usr/bin/env bash
# Benchmarks at newsroom scale: figures printed, nothing asserted (docs/performance.md).
#
# Uses its own database, newsdesk_bench on the private cluster (or BENCH_DATABASE_URL), so the
# dev database and the tests are untouched. Fills it once to BENCH_ARTICLES (default 100000)
# generated articles (manage.py generate_corpus, about 10 minutes on 2 cores), then prints:
#   1. extraction throughput: the pipeline beside spaCy's nlp.pipe (bench_extraction);
#   2. import throughput through the task queue, 1 and 2 db_worker processes (bench_import);
#   3. page latency with 16 concurrent clients (wrk, installed with apt when missing) against
#      gunicorn started as `make run` starts it, then query counts and slowest plans (bench_pages);
#   4. the article and person pages again while imports commit about one a second (bench_trickle).
# BENCH_DURATION (s per page, default 20), BENCH_CONNECTIONS (16), BENCH_PORT (8765) adjust it.
unset DATABASE_URL
export NEWSDESK_DB_NAME="${NEWSDESK_BENCH_DB:-newsdesk_bench}"
source "$(dirname "$0")/lib.sh"

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    export DATABASE_URL="$BENCH_DATABASE_URL"
fi
setup_common
cd "$ROOT"
ARTICLES="${BENCH_ARTICLES:-100000}"
PORT="${BENCH_PORT:-8765}"
SERVER_PID=""
TRICKLE_PID=""
finish() {
    [ -n "$TRICKLE_PID" ] && kill -TERM "$TRICKLE_PID" 2>/dev/null && wait "$TRICKLE_PID" 2>/dev/null
    [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    stop_cluster_if_started_here
}
trap finish EXIT

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py createcachetable
"$PY" manage.py collectstatic --noinput -v 0

have="$("$PY" manage.py shell -v 0 -c 'from articles.models import Article; print(Article.objects.count())' 2>/dev/null | tail -1)"
if [ "$have" -lt "$ARTICLES" ]; then
    say "generating $((ARTICLES - have)) articles into $NEWSDESK_DB_NAME ($have there)"
    "$PY" manage.py generate_corpus "$((ARTICLES - have))" --analyze
fi

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing wrk (apt-get) for the load test"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
            || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
            || die "apt-get install wrk failed"
    else
        die "wrk is needed for the load test: sudo apt-get install wrk"
    fi
fi

say "1. extraction throughput (seeds and PolNeAR)"
"$PY" manage.py bench_extraction --repeat 2

say "2. import throughput through the task queue"
"$PY" manage.py bench_import

say "3. pages under load: gunicorn on 127.0.0.1:$PORT as make run serves it"
start_web "$PORT" --access-logfile "$VAR/bench-access.log" --error-logfile "$VAR/bench-gunicorn.log"
for _ in $(seq 1 60); do
    curl -fso /dev/null "http://127.0.0.1:$PORT/accounts/login/" && break
    sleep 0.5
done
"$PY" manage.py bench_pages --url "http://127.0.0.1:$PORT" --duration "${BENCH_DURATION:-20}" \
    --connections "${BENCH_CONNECTIONS:-16}" --json-out "$VAR/bench-pages.json" --server-pid "$SERVER_PID"

say "4. the article and person pages while imports commit about one article a second"
"$PY" manage.py bench_trickle --rate 1 --seconds 3600 &
TRICKLE_PID=$!
"$PY" manage.py bench_pages --url "http://127.0.0.1:$PORT" --duration "${BENCH_DURATION:-20}" \
    --connections "${BENCH_CONNECTIONS:-16}" --json-out "$VAR/bench-pages-importing.json" --while-importing --server-pid "$SERVER_PID" \
    --pages "article page" "article page, hot" "person page"
kill -TERM "$TRICKLE_PID" 2>/dev/null && wait "$TRICKLE_PID"
TRICKLE_PID=""
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
