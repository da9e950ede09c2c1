#!/usr/bin/env bash
# Set up everything on a fresh clone and serve newsdesk with the seeds imported.
# Ctrl-C stops the server, the import worker and (if this script started it) PostgreSQL.
source "$(dirname "$0")/lib.sh"

WORKER_PID=""
SERVER_PID=""
PRERENDER_PID=""
shutdown() {
    trap - INT TERM EXIT
    say "shutting down"
    [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null || true
    [ -n "$WORKER_PID" ] && kill -TERM "$WORKER_PID" 2>/dev/null || true
    [ -n "$PRERENDER_PID" ] && kill -TERM "$PRERENDER_PID" 2>/dev/null || true
    wait 2>/dev/null || true
    stop_cluster_if_started_here
}
# Ctrl-C and TERM are how an editor stops the server: a clean stop, exit 0, so that make does
# not report "Error 130". Leaving for any other reason keeps the exit status.
trap 'shutdown; say "stopped"; exit 0' INT TERM
trap 'status=$?; shutdown; exit "$status"' EXIT

setup_common
cd "$ROOT"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py createcachetable -v 0
"$PY" manage.py collectstatic --noinput -v 0
"$PY" manage.py import_articles seeds/
"$PY" manage.py ensure_editor

PORT="${PORT:-8000}"
# The worker waits out database restarts itself (manage.py import_worker); should it die anyway
# (killed, out of memory) it is started again, and resumes the job it was running.
supervise_worker() {
    local child="" status
    trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' INT TERM
    while true; do
        "$PY" manage.py import_worker --queue-name default &
        child=$!
        status=0
        wait "$child" || status=$?
        say "import worker exited (status $status); starting it again in 2 s"
        sleep 2
    done
}
supervise_worker >>"$VAR/worker.log" 2>&1 &
WORKER_PID=$!
say "import worker running, restarted if it stops (log: var/worker.log)"
# This release starts with no renderings (their keys carry a digest of the code): the newest
# pages are rendered ahead while the server starts serving.
"$PY" manage.py prerender --newest "${NEWSDESK_PRERENDER_NEWEST:-200}" >>"$VAR/prerender.log" 2>&1 &
PRERENDER_PID=$!
say "serving on http://127.0.0.1:$PORT  (Ctrl-C to stop)"
start_web "$PORT" --access-logfile -
wait "$SERVER_PID"
