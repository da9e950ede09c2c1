"""Helpers of `manage.py bench_pages`: the pages sampled, the load run with wrk, the machine's
speed, query counts and plans of each page. Figures only: nothing here asserts."""

from __future__ import annotations

import json
import os
import random
import signal
import statistics
import subprocess
import tempfile
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.core.cache import caches
from django.core.management.base import CommandError
from django.db import DatabaseError, connection
from django.db.models import Count, F
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string

from articles.models import Article, Mention, Person, Quote
from articles.services.accounts import ensure_groups
from articles.views import prerender

BENCH_USER = "bench-editor"
TARGETS_MS = {  # p95 targets at 100k articles, 16 clients (docs/performance.md)
    "article list": 100,
    "article page": 50,
    "article page, hot": 50,
    "person page": 100,
    "quotes list": 100,
    "quotes search": 100,
    "full-text search": 300,
}

# While imports commit about one article a second (bench_trickle alongside): what editors get.
TARGETS_WHILE_IMPORTING_MS = {"article page": 100, "article page, hot": 100, "person page": 100}

LUA = r"""
-- newsdesk bench: logged-in GETs of varied addresses; counts answers that are not 200.
local urls = {}
local cookie = os.getenv("BENCH_COOKIE")
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_URLS")) do urls[#urls + 1] = line end
  math.randomseed(id * 7919)
  bad = 0
end

function request()
  return wrk.format("GET", urls[math.random(#urls)], { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, t in ipairs(threads) do bad_total = bad_total + t:get("bad") end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d, ' ..
    '"errors": %d, "non200": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect + e.read + e.write + e.timeout, bad_total))
end
"""


@dataclass
class Page:
    name: str
    urls: list[str]
    light: str  # a sample with little data behind it
    heavy: str  # …and with the most
    # The articles and people whose pages the import worker renders ahead of readers
    # (views/prerender.py): rendered so before the load, as on a desk whose articles came in
    # through imports (the generated corpus is written with COPY).
    articles_ahead: list[int] = field(default_factory=list)
    people_ahead: list[int] = field(default_factory=list)


def warm_database() -> str:
    """Read the database's tables and indexes once (pg_prewarm into PostgreSQL's shared buffers,
    as far as they hold them; the private cluster sizes them to the machine), so the figures are
    those of a server that has been running rather than of the first reads after the corpus was
    written or the server started. Says what it did."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
            cursor.execute(
                """SELECT coalesce(sum(pg_prewarm(c.oid::regclass, 'buffer')), 0) FROM pg_class c
                   JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')
                     AND (n.nspname = 'public' OR c.oid IN (SELECT reltoastrelid FROM pg_class t
                          JOIN pg_namespace tn ON tn.oid = t.relnamespace WHERE tn.nspname = 'public')
                       OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (
                          SELECT reltoastrelid FROM pg_class t JOIN pg_namespace tn ON tn.oid = t.relnamespace
                          WHERE tn.nspname = 'public')))"""
            )
            blocks = cursor.fetchone()[0]
            cursor.execute("SHOW shared_buffers")
            buffers = cursor.fetchone()[0]
        return f"database read into memory first: {blocks * 8 / 1024:,.0f} MB (pg_prewarm; shared_buffers {buffers})"
    except DatabaseError as error:
        return f"database not read into memory first (pg_prewarm unavailable: {str(error).strip()})"


def bench_user():
    editors, _viewers = ensure_groups()
    user, _ = get_user_model().objects.get_or_create(username=BENCH_USER, defaults={"is_staff": False})
    user.set_unusable_password()
    user.save()
    user.groups.add(editors)
    return user


def session_cookie(user) -> str:
    """A logged-in session for the bench user and a CSRF cookie, as the Cookie header wrk sends."""
    engine = import_string(settings.SESSION_ENGINE + ".SessionStore")
    session = engine()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    # A browser sends back the CSRF cookie it got with its first page; without it every request
    # would make a new secret, which no editor's browser causes.
    csrf_secret = get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={csrf_secret}"


def words_from_quotes(rng: random.Random, n: int) -> list[str]:
    """Words editors search quotes for: ordinary words of the quotes, rare to common."""
    texts = Quote.objects.filter(pk__in=sample_ids(rng, Quote, 300)).values_list("text", flat=True)
    words = [w.strip(".,;:!?“”\"'’()[]").lower() for t in texts for w in t.split()]
    words = [w for w in words if len(w) >= 5 and w.isalpha()]
    return rng.sample(sorted(set(words)), min(n, len(set(words))))


def sample_ids(rng: random.Random, model, n: int) -> list[int]:
    """n ids of model's rows picked by rng: the same ones on every run over the same data, so
    runs compare like with like."""
    ids = sorted(model.objects.values_list("pk", flat=True))
    return rng.sample(ids, min(n, len(ids)))


def sample_pages(rng: random.Random) -> list[Page]:
    article_ids = sample_ids(rng, Article, 2000)
    newest = list(Article.objects.visible().newest_first().values_list("pk", flat=True)[:100])
    busiest_article = Quote.objects.values("article").annotate(n=Count("pk")).order_by("-n")[0]["article"]
    # Person pages as editors reach them: through mentions, so busy people come up often.
    mentioned = list(Mention.objects.filter(pk__in=sample_ids(rng, Mention, 1500)).values_list("person_id", flat=True))
    anyone = sample_ids(rng, Person, 300)
    busiest_person = Mention.objects.values("person").annotate(n=Count("pk")).order_by("-n")[0]["person"]
    quietest_person = Person.objects.annotate(n=Count("mentions")).filter(n=1).values_list("pk", flat=True).first()
    outlets = Article.objects.outlets()
    quote_words = words_from_quotes(rng, 120)
    article_words = words_from_quotes(rng, 80)
    searches = article_words[:40]
    searches += [f"{a} {b}" for a, b in zip(article_words[40:60], article_words[60:80], strict=False)]
    searches += [f'"{a} {b}"' for a, b in zip(quote_words[:10], quote_words[10:20], strict=False)]
    searches += [f"{a} OR {b}" for a, b in zip(quote_words[20:30], quote_words[30:40], strict=False)]
    searches += ["said", "minister", "election", "government"]  # words in most articles
    list_urls = ["/"] * 20 + [f"/?page={n}" for n in range(2, 11)] + [f"/?{urlencode({'outlet': o})}" for o in outlets]
    quote_urls = ["/quotes/"] * 20 + [f"/quotes/?page={n}" for n in range(2, 11)]
    quote_urls += [f"/quotes/?{urlencode({'outlet': o})}" for o in outlets]
    return [
        Page("article list", list_urls, "/?page=3", "/"),
        Page(
            "article page",
            [f"/articles/{pk}/" for pk in article_ids],
            f"/articles/{article_ids[0]}/",
            f"/articles/{busiest_article}/",
            articles_ahead=article_ids,
        ),
        Page(
            "article page, hot",  # the day's news: the 100 newest, read again and again (cached)
            [f"/articles/{pk}/" for pk in newest],
            f"/articles/{newest[-1]}/",
            f"/articles/{newest[0]}/",
            articles_ahead=newest,
        ),
        Page(
            "person page",
            [f"/people/{pk}/" for pk in mentioned + anyone],
            f"/people/{quietest_person}/",
            f"/people/{busiest_person}/",
            people_ahead=sorted(set(mentioned + anyone)),
        ),
        Page("quotes list", quote_urls, "/quotes/?page=3", "/quotes/"),
        Page(
            "quotes search",
            [f"/quotes/?{urlencode({'q': w})}" for w in quote_words[40:]] + ["/quotes/?q=people", "/quotes/?q=said"],
            f"/quotes/?{urlencode({'q': quote_words[41]})}",
            "/quotes/?q=people",
        ),
        Page(
            "full-text search",
            [f"/?{urlencode({'q': q})}" for q in searches],
            f"/?{urlencode({'q': searches[0]})}",
            "/?q=said",
        ),
    ]


def run_wrk(wrk, url, urls, cookie, warmup, duration, connections, threads) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bench.lua"
        script.write_text(LUA)
        url_file = Path(tmp) / "urls.txt"
        url_file.write_text("\n".join(urls) + "\n")
        env = {"BENCH_COOKIE": cookie, "BENCH_URLS": str(url_file), "PATH": "/usr/bin:/bin"}
        base = [wrk, f"-t{threads}", f"-c{connections}", "--timeout", "10s", "-s", str(script)]
        if warmup:
            subprocess.run([*base, f"-d{warmup}s", url], env=env, capture_output=True, check=True)
        done = subprocess.run([*base, f"-d{duration}s", url], env=env, capture_output=True, text=True, check=True)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise CommandError(f"wrk printed no figures:\n{done.stdout}\n{done.stderr}")
    raw = json.loads(line[6:])
    return {
        "p50": raw["p50"] / 1000,
        "p95": raw["p95"] / 1000,
        "p99": raw["p99"] / 1000,
        "max": raw["max"] / 1000,
        "rps": raw["requests"] / (raw["duration_us"] / 1e6),
        "requests": raw["requests"],
        "errors": raw["errors"],
        "non200": raw["non200"],
    }


def machine_speed() -> float:
    """Milliseconds a fixed loop of Python takes, run on every core at once (the page runs use
    them all), median of 3 rounds per core: how fast the machine is right now (a shared VM's
    cores are not always as fast), printed beside the figures."""
    cores = os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=cores) as pool:
        times = [t for per_core in pool.map(_timed_loops, [3] * cores) for t in per_core]
    return statistics.median(times) * 1000


def _timed_loops(rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        total = 0
        for i in range(2_000_000):
            total += i * i % 7
        times.append(time.perf_counter() - started)
    return times


def reload_workers(server_pid: int, url: str) -> None:
    """Replaces gunicorn's workers with new ones (SIGHUP: new workers start, the old ones finish
    their requests and stop), so each starts with empty caches; returns once the new ones answer."""
    os.kill(server_pid, signal.SIGHUP)
    time.sleep(2)  # the old workers' graceful stop
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/accounts/login/", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise CommandError(f"the app at {url} did not answer within a minute of reloading its workers")


def clear_renderings() -> None:
    """Empties the kept renderings and pages, so a first request renders."""
    caches["renderings"].clear()
    caches["pages"].clear()


def render_ahead(page: Page) -> str:
    """Renders the page's articles and people as the import worker would have; says what it did."""
    started = time.perf_counter()
    done = prerender.articles(page.articles_ahead) + prerender.people(page.people_ahead)
    return (
        f"({page.name}: {done:,} pages rendered ahead, as the import worker renders those of each "
        f"article it saves and of the people it mentions, in {time.perf_counter() - started:.0f} s)"
    )


def first_view_ms(user, page: Page, n: int = 20) -> float:
    """The median time of a first view of one of the page's addresses, rendered alone in this
    process with nothing kept: what a reader waits for a page nobody rendered ahead."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    times = []
    for path in page.urls[:n]:
        clear_renderings()
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise CommandError(f"{path} answered {response.status_code}")
    return statistics.median(times) * 1000


def query_counts(user, page: Page, only_heavy: bool = False):
    """Queries of a first request, of the same again (the page kept whole), of the same again after
    a commit elsewhere (the page rendered again from its cached parts), of the heaviest record,
    and the slowest query (ms, sql, params)."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)

    def run(path):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        if response.status_code != 200:
            raise CommandError(f"{path} answered {response.status_code}")
        return captured.captured_queries

    clear_renderings()
    heavy = run(page.heavy)
    # The page's own reads (not the session's and the user's, which every page runs): what EXPLAIN
    # ANALYZE can show a plan of without writing (a cache write's INSERT and COMMIT are logged too).
    own = [
        q
        for q in heavy
        if explainable(q["sql"]) and "django_session" not in q["sql"] and 'FROM "auth_user"' not in q["sql"]
    ] or [q for q in heavy if explainable(q["sql"])]
    slowest = max(own, key=lambda q: float(q["time"]))
    found = (float(slowest["time"]) * 1000, slowest["sql"], slowest.get("params"))
    if only_heavy:
        return 0, 0, 0, len(heavy), found
    clear_renderings()
    light = run(page.light)
    again = run(page.light)
    get_user_model().objects.filter(pk=user.pk).update(last_login=F("last_login"))  # any commit
    after_write = run(page.light)
    return len(light), len(again), len(after_write), len(heavy), found


def explainable(sql: str) -> bool:
    """Whether sql is a read whose plan EXPLAIN ANALYZE shows (it runs the statement: no writes)."""
    return sql.lstrip().upper().startswith(("SELECT", "WITH"))


def explain(sql: str, params=None) -> str:
    """EXPLAIN ANALYZE of a logged query (Django logs queries with their values in)."""
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return plan + f"\n({(time.perf_counter() - started) * 1000:.1f} ms with EXPLAIN)"
