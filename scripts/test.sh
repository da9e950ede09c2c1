#!/usr/bin/env bash
# Set up everything on a fresh clone and run every test against PostgreSQL.
# Extra arguments go to pytest (make test ARGS="-k quotes").
source "$(dirname "$0")/lib.sh"

setup_common
ensure_chromium
trap 'stop_redis_if_started_here; stop_cluster_if_started_here' EXIT
start_redis
cd "$ROOT"
status=0
"$PY" -m pytest "$@" || status=$?
exit "$status"
