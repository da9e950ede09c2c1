# Shared set-up steps for scripts/run.sh, scripts/test.sh and friends. Sourced, not run.
#
# Everything here is idempotent: a second call finds the work done and returns quickly.
# Nothing is installed system-wide except Debian's chromium for the browser tests.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VAR="$ROOT/var"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
PG_DIR="$VAR/pg"
PG_DATA="$PG_DIR/data"
PG_SOCKET="$PG_DIR/run"
PG_LOG="$PG_DIR/postgres.log"
NEWSDESK_DB_NAME="${NEWSDESK_DB_NAME:-newsdesk}"
CLUSTER_STARTED_HERE=0

say() { printf '\033[1mnewsdesk:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mnewsdesk: %s\033[0m\n' "$*" >&2; exit 1; }

# --- Python ------------------------------------------------------------------------------

python_candidates() {
    [ -n "${NEWSDESK_PYTHON:-}" ] && echo "$NEWSDESK_PYTHON"
    local root=""
    if command -v pyenv >/dev/null 2>&1; then root="$(pyenv root 2>/dev/null || true)"; fi
    [ -z "$root" ] && [ -d "$HOME/.pyenv" ] && root="$HOME/.pyenv"
    for minor in 12 13 14; do
        echo "python3.$minor"
        echo "/usr/bin/python3.$minor"
        echo "/usr/local/bin/python3.$minor"
        if [ -n "$root" ]; then
            for d in "$root"/versions/3."$minor".*; do
                [ -x "$d/bin/python3" ] && echo "$d/bin/python3"
            done
        fi
    done
    echo python3
}

# Prints the first interpreter that really runs, is 3.12+ and can make a venv.
find_python() {
    local c
    while read -r c; do
        if "$c" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 12) else 1)' \
            >/dev/null 2>&1; then
            command -v "$c" 2>/dev/null || echo "$c"
            return 0
        fi
    done < <(python_candidates)
    return 1
}

# Drops two lines pip prints on every install that are not problems here, keeps everything else:
# - the lock's --extra-index-url folders that do not exist on this machine are "ignored";
# - jusText asks for lxml[html_clean] but lxml spells its extra "html-clean", and pip before
#   23.3 does not treat the two as one, so it warns that the extra is missing. The package
#   behind that extra, lxml-html-clean, is in requirements.lock itself and always installed.
without_harmless_pip_notes() {
    grep -v -e "is ignored: it is neither a file" \
        -e "^WARNING: lxml [0-9.]* does not provide the extra 'html_clean'$"
}

ensure_venv() {
    local lock_hash stamp py
    lock_hash="$(sha256sum "$ROOT/requirements.lock" | cut -d' ' -f1)"
    stamp="$VENV/.newsdesk-installed"
    if [ -x "$PY" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] \
        && "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
        return 0
    fi
    if [ ! -x "$PY" ] || ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
        py="$(find_python)" || die "No working Python 3.12 or newer was found (tried python3.12, python3.13, pyenv versions, python3).
Install one, for example:  apt-get install python3.12 python3.12-venv   or   pyenv install 3.12
or point NEWSDESK_PYTHON at an interpreter."
        say "creating virtualenv with $py ($("$py" --version 2>&1))"
        rm -rf "$VENV"
        "$py" -m venv "$VENV"
    fi
    say "installing pinned dependencies (requirements.lock, hashes checked)"
    "$PY" -m pip install --quiet --disable-pip-version-check --require-hashes \
        -r "$ROOT/requirements.lock" 2>&1 | without_harmless_pip_notes || true
    "$PY" -c 'import django, spacy, psycopg' || die "dependency install failed; see the pip output above"
    echo "$lock_hash" >"$stamp"
}

# --- PostgreSQL --------------------------------------------------------------------------

find_pg_bin() {
    local d
    if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return 0; fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir)"
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

# Runs a PostgreSQL server binary as the cluster's owner: initdb and postgres refuse root.
as_pg_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The private cluster's memory, sized to this machine at every start: shared_buffers a quarter of
# the memory (PostgreSQL's documented starting point; 256 MB was enough for the seeds but made a
# 100k-article desk read from disk on every first view), 128 MB to 8 GB; effective_cache_size,
# a planner hint, three quarters. A container's memory limit counts when lower.
# NEWSDESK_PG_SHARED_BUFFERS (e.g. 512MB) overrides.
pg_memory_options() {
    local kb limit mb
    kb="$(awk '/^MemTotal:/ {print $2}' /proc/meminfo 2>/dev/null || true)"
    limit="$(cat /sys/fs/cgroup/memory.max 2>/dev/null || true)"
    if [[ "$limit" =~ ^[0-9]+$ ]] && [ -n "$kb" ] && [ $((limit / 1024)) -lt "$kb" ]; then kb=$((limit / 1024)); fi
    if [ -z "$kb" ]; then
        echo "-c shared_buffers=${NEWSDESK_PG_SHARED_BUFFERS:-256MB}"
        return
    fi
    mb=$((kb / 1024 / 4))
    [ "$mb" -lt 128 ] && mb=128
    [ "$mb" -gt 8192 ] && mb=8192
    echo "-c shared_buffers=${NEWSDESK_PG_SHARED_BUFFERS:-${mb}MB} -c effective_cache_size=$((kb / 1024 * 3 / 4))MB"
}

ensure_cluster() {
    local bin version
    bin="$(find_pg_bin)" || die "PostgreSQL server binaries (initdb, pg_ctl) were not found.
Install PostgreSQL 15 or newer:  apt-get install postgresql
or set PG_BIN to their folder, or set DATABASE_URL to use an existing server."
    version="$("$bin/postgres" --version | grep -oE '[0-9]+' | head -1)"
    [ "$version" -ge 15 ] || die "PostgreSQL $version found in $bin; newsdesk needs 15 or newer (apt-get install postgresql-15)."
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        die "Running as root, the private cluster must run as user 'postgres', which does not exist.
Create it (useradd --system postgres) or run as an ordinary user."
    fi
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$PG_DIR"
        runuser -u postgres -- test -x "$ROOT" || die "user postgres cannot enter $ROOT; move the project to a readable folder (not under /root)."
    fi
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        say "creating private PostgreSQL $version cluster in var/pg"
        as_pg_owner "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
            || die "initdb failed for $PG_DATA"
        as_pg_owner mkdir -p "$PG_SOCKET"
        cat >>"$PG_DATA/postgresql.conf" <<EOF
# newsdesk private cluster: unix socket only, no TCP port to collide with other servers.
listen_addresses = ''
unix_socket_directories = '$PG_SOCKET'
max_connections = 200
work_mem = 16MB
EOF
    fi
    as_pg_owner mkdir -p "$PG_SOCKET"
    if ! as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        say "starting PostgreSQL (log: var/pg/postgres.log)"
        as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -o "$(pg_memory_options)" -w -t 60 start >/dev/null \
            || die "PostgreSQL did not start; see $PG_LOG"
        CLUSTER_STARTED_HERE=1
    fi
    PG_BIN_DIR="$bin"
    export DATABASE_URL="postgresql://postgres@/$NEWSDESK_DB_NAME?host=$PG_SOCKET"
    if ! "$bin/psql" -h "$PG_SOCKET" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$NEWSDESK_DB_NAME'" | grep -q 1; then
        "$bin/createdb" -h "$PG_SOCKET" -U postgres "$NEWSDESK_DB_NAME"
    fi
}

stop_cluster_if_started_here() {
    if [ "$CLUSTER_STARTED_HERE" = 1 ]; then
        say "stopping PostgreSQL"
        as_pg_owner "$PG_BIN_DIR/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
        CLUSTER_STARTED_HERE=0
    fi
}

# Uses DATABASE_URL when given, otherwise the private cluster under var/pg.
ensure_database() {
    if [ -n "${DATABASE_URL:-}" ]; then
        say "using DATABASE_URL (${DATABASE_URL%%@*}@…)"
    else
        ensure_cluster
    fi
}

# --- The app server ------------------------------------------------------------------------

# gunicorn with whitenoise and DEBUG off on 127.0.0.1:$1, in the background (SERVER_PID):
# how `make run` serves the app and what `make bench` measures. Extra arguments go to gunicorn.
start_web() {
    local port="$1"
    shift
    "$VENV/bin/gunicorn" newsdesk.wsgi:application \
        --bind "127.0.0.1:$port" --workers "$(web_workers)" "$@" &
    SERVER_PID=$!
}

# How many gunicorn workers: WEB_CONCURRENCY, else one per core (at least 2). A request rarely
# waits on PostgreSQL (one prepared query for a page seen before, the others sent together),
# so a worker keeps its core busy; on 2 cores a third worker only took turns with the other two
# (docs/performance.md, fifth round: 2 workers 720–906 req/s against 684–691 for 3).
web_workers() {
    if [ -n "${WEB_CONCURRENCY:-}" ]; then echo "$WEB_CONCURRENCY"; return; fi
    local cores
    cores="$(nproc 2>/dev/null || echo 2)"
    echo $((cores < 2 ? 2 : cores))
}

# --- Browser for the Playwright tests ----------------------------------------------------

ensure_chromium() {
    if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then return 0; fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian's chromium for the browser tests (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
            || die "apt-get install chromium failed"
    else
        die "Chromium is needed for the browser tests: sudo apt-get install chromium (or set CHROMIUM_PATH)."
    fi
}

# --- Redis (the shared cache of several app servers; tests run that deployment) ------------

REDIS_DIR="$VAR/redis"
REDIS_SOCKET="$REDIS_DIR/redis.sock"
REDIS_STARTED_HERE=0

ensure_redis_server() {
    if command -v redis-server >/dev/null 2>&1; then return 0; fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian's redis-server for the shared-cache tests (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null \
            || die "apt-get install redis-server failed"
    else
        die "redis-server is needed for the shared-cache tests: sudo apt-get install redis-server."
    fi
}

# A private Redis on a unix socket under var/redis (no TCP port, readable by this user only,
# nothing saved to disk), for the tests; NEWSDESK_TEST_CACHE_URL points them at it.
start_redis() {
    ensure_redis_server
    mkdir -p "$REDIS_DIR"
    chmod 700 "$REDIS_DIR"
    if ! redis-cli -s "$REDIS_SOCKET" ping >/dev/null 2>&1; then
        redis-server --port 0 --unixsocket "$REDIS_SOCKET" --unixsocketperm 700 --save "" --appendonly no \
            --dir "$REDIS_DIR" --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" \
            >/dev/null || die "redis-server did not start (log: var/redis/redis.log)"
        for _ in $(seq 50); do redis-cli -s "$REDIS_SOCKET" ping >/dev/null 2>&1 && break; sleep 0.1; done
        REDIS_STARTED_HERE=1
    fi
    export NEWSDESK_TEST_CACHE_URL="unix://$REDIS_SOCKET"
}

stop_redis_if_started_here() {
    if [ "$REDIS_STARTED_HERE" = 1 ]; then
        redis-cli -s "$REDIS_SOCKET" shutdown nosave >/dev/null 2>&1 || true
        REDIS_STARTED_HERE=0
    fi
}

setup_common() {
    mkdir -p "$VAR"
    ensure_venv
    ensure_database
    export DJANGO_SETTINGS_MODULE=newsdesk.settings
}
