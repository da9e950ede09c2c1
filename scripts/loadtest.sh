#!/usr/bin/env bash
# Load test: the app served as `make run` serves it (gunicorn, DEBUG off, whitenoise), then
# LOADTEST_CLIENTS concurrent clients (default 50) for LOADTEST_SECONDS (default 60) with wrk,
# on the loopback interface only. A recorded run, not a test: figures go to
# var/loadtest/<time>.txt and a line for docs/reliability.md is printed. Exits 1 on any 5xx.
#
#   make loadtest                                   # the seeds, in database newsdesk_loadtest
#   LOADTEST_IMPORT=path/to/corpus make loadtest    # import another corpus first
#   NEWSDESK_DB_NAME=newsdesk_100k LOADTEST_IMPORT= make loadtest   # an already-filled database
#   LOADTEST_WRITES=0 …                             # no writes in the mix (another team's database)
#
# The mix: article list and searches, article pages, people, quotes, events, tags, pickers
# and JSON-LD exports, mostly as htmx fragments, and about 5% writes (review, tags).
# Its own database (set before lib.sh, which defaults the name to the dev database).
export NEWSDESK_DB_NAME="${NEWSDESK_DB_NAME:-newsdesk_loadtest}"
source "$(dirname "$0")/lib.sh"

CLIENTS="${LOADTEST_CLIENTS:-50}"
SECONDS_="${LOADTEST_SECONDS:-60}"
PORT="${PORT:-8077}"
IMPORT="${LOADTEST_IMPORT-seeds/}"
BASE="http://127.0.0.1:$PORT"
OUT="$ROOT/var/loadtest"
STAMP="$(date +%Y%m%d-%H%M%S)"

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian's wrk (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || die "apt-get install wrk failed"
    else
        die "wrk is needed: sudo apt-get install wrk"
    fi
fi

setup_common
cd "$ROOT"
mkdir -p "$OUT"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py createcachetable
"$PY" manage.py collectstatic --noinput -v 0
if [ -n "$IMPORT" ]; then "$PY" manage.py import_articles "$IMPORT" >"$OUT/import-$STAMP.log" || true; fi

# A dedicated Editor account with a fresh password: the real accounts are left alone.
PASSWORD="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(24))')"
LOADTEST_PASSWORD="$PASSWORD" "$PY" manage.py shell -v 0 -c '
import os
from django.contrib.auth import get_user_model
from articles.services.accounts import ensure_groups
editors, _ = ensure_groups()
user, _ = get_user_model().objects.get_or_create(username="loadtest")
user.set_password(os.environ["LOADTEST_PASSWORD"])
user.save()
user.groups.add(editors)
'

# The requests: every kind of page for the records there are, weighted by how often editors use them.
REQUESTS="$OUT/requests-$STAMP.txt"
"$PY" manage.py shell -v 0 -c '
import os
import random
from articles.models import Article, Event, Person, Quote, Tag
rng = random.Random(7)
articles = list(Article.objects.order_by("?").values_list("pk", flat=True)[:200])
people = list(Person.objects.order_by("?").values_list("pk", flat=True)[:200])
quotes = list(Quote.objects.order_by("?").values_list("pk", flat=True)[:200])
events = list(Event.objects.order_by("?").values_list("pk", flat=True)[:100])
tags = list(Tag.objects.order_by("?").values_list("slug", flat=True)[:50])
words = ["Ukraine", "minister", "\"talks in\"", "Putin OR Macron", "-war", "election", "council", "police"]
lines = []
def add(line, weight=1):
    lines.extend([line] * weight)
add("!GET /", 6)
add("GET /", 4)
for w in words:
    add("GET /?q=" + w.replace(" ", "+").replace("\"", "%22"), 2)
add("GET /?status=needs_review", 2)
for pk in articles:
    add(f"!GET /articles/{pk}/", 3)
    add(f"GET /articles/{pk}/annotations.jsonld")
add("!GET /people/", 3)
add("GET /people/?q=an", 2)
for pk in people[:60]:
    add(f"!GET /people/{pk}/")
add("!GET /quotes/", 3)
add("GET /quotes/?q=said", 2)
for pk in quotes[:60]:
    add(f"!GET /quotes/{pk}/")
add("!GET /events/", 3)
for pk in events[:40]:
    add(f"!GET /events/{pk}/")
add("!GET /tags/", 2)
for slug in tags:
    add(f"!GET /tags/{slug}/")
add("GET /suggest/tags/?name=u", 2)
add("GET /suggest/people/?label=wa", 2)
add("GET /suggest/records/?find=the", 2)
reads = len(lines)
writes = []
for pk in articles[:20]:
    writes.append(f"POST /article/{pk}/review/ status=" + rng.choice(["verified", "needs_review"]))
    writes.append(f"POST /article/{pk}/tags/ name=load+test+{rng.randint(1, 5)}")
for pk in quotes[:20]:
    writes.append(f"POST /quote/{pk}/review/ status=" + rng.choice(["verified", "needs_review"]))
if os.environ.get("LOADTEST_WRITES", "1") != "0" and writes:
    lines += [rng.choice(writes) for _ in range(max(1, reads // 19))]
open("'"$REQUESTS"'", "w").write("\n".join(lines) + "\n")
print(f"{len(lines)} requests in the mix, {len(lines) - reads} of them writes")
'

ACCESS_LOG="$OUT/access-$STAMP.log"
SERVER_PID=""
cleanup() {
    trap - INT TERM EXIT
    [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    stop_cluster_if_started_here
}
trap cleanup INT TERM EXIT

WORKERS="$(web_workers)"
"$VENV/bin/gunicorn" newsdesk.wsgi:application --bind "127.0.0.1:$PORT" --workers "$WORKERS" \
    --access-logfile "$ACCESS_LOG" --error-logfile "$OUT/error-$STAMP.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "$BASE/accounts/login/" && break; sleep 0.2; done

JAR="$OUT/cookies-$STAMP.txt"
curl -fs -c "$JAR" -b "$JAR" -o /dev/null "$BASE/accounts/login/"
csrf="$(awk '$6 == "csrftoken" {print $7}' "$JAR")"
code="$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' -H "X-CSRFToken: $csrf" \
    --data-urlencode username=loadtest --data-urlencode "password=$PASSWORD" "$BASE/accounts/login/")"
[ "$code" = 302 ] || die "the load-test user could not log in (HTTP $code)"
session="$(awk '$6 == "sessionid" {print $7}' "$JAR")"
csrf="$(awk '$6 == "csrftoken" {print $7}' "$JAR")"
rm -f "$JAR"

ARTICLES="$("$PY" manage.py shell -v 0 -c 'from articles.models import Article; print(Article.objects.count())')"
LOAD_BEFORE="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
say "load: $CLIENTS clients for ${SECONDS_}s against $BASE ($ARTICLES articles, $WORKERS gunicorn workers; load average $LOAD_BEFORE)"
RESULT="$OUT/$STAMP.txt"
timeout $((SECONDS_ + 60)) wrk --threads 2 --connections "$CLIENTS" --duration "${SECONDS_}s" --timeout 30s --latency \
    --script "$ROOT/scripts/loadtest.lua" "$BASE" -- "$REQUESTS" "sessionid=$session; csrftoken=$csrf" "$csrf" \
    | tee "$RESULT"

kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
server_5xx="$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^HTTP\//) { print $(i + 1); break } }' "$ACCESS_LOG" | grep -c '^5' || true)"
server_total="$(wc -l <"$ACCESS_LOG")"
client_5xx="$(grep '^STATUS' "$RESULT" | tr ' ' '\n' | awk -F= '$1 ~ /^5[0-9][0-9]$/ {s += $2} END {print s + 0}')"
rps="$(grep 'Requests/sec' "$RESULT" | awk '{print $2}')"
latency="$(grep '^LATENCY_MS' "$RESULT" | cut -d' ' -f2-)"
statuses="$(grep '^STATUS' "$RESULT" | cut -d' ' -f2-)"
cores="$(nproc)"
{
    echo
    echo "server: $server_total requests in the access log, $server_5xx with a 5xx status"
    echo "| $(date +%Y-%m-%d) | ${IMPORT:-database $NEWSDESK_DB_NAME} ($ARTICLES articles) | $CLIENTS clients, ${SECONDS_}s, $WORKERS workers, $cores cores, load $LOAD_BEFORE before | $rps req/s | $latency | $statuses | ${client_5xx:-0} |"
} | tee -a "$RESULT"
say "figures recorded in $RESULT"
if [ "${client_5xx:-0}" != 0 ] || [ "$server_5xx" != 0 ]; then
    die "5xx responses during the load test (see $OUT/error-$STAMP.log)"
fi
