"""Django settings for newsdesk.

Everything that differs between machines comes from the environment:
- DATABASE_URL (default: the private cluster's socket under var/pg/run)
- NEWSDESK_SECRET_KEY (default: a key generated once into var/secret_key)
- NEWSDESK_DEBUG=1 for development, NEWSDESK_ALLOWED_HOSTS (comma separated)
- CACHE_URL=redis://host:6379/0 to share caches and sessions between app servers (default:
  renderings in each worker's memory, sessions in files under var/cache)
- NEWSDESK_CACHING=0 switches the speed layer (articles/caching/) off; NEWSDESK_LISTED_ROWS_SECONDS
  (30) is the longest a person page lists rows changed other than through the app or an import
"""

import hashlib
import os
import secrets
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from django.utils.csp import CSP
from psycopg_pool import ConnectionPool

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def read_secret_key() -> str:
    """The key from the environment, else one generated once and kept in var/secret_key."""
    if key := os.environ.get("NEWSDESK_SECRET_KEY"):
        return key
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


CODE_SUFFIXES = {".py", ".html", ".css", ".js", ".svg"}


def code_digest(*folders: Path) -> str:
    """A short digest of the code and static files under these folders: it changes when the code
    that renders pages, or a static file whose hashed name pages carry, does (a deployment), so
    content cached by the previous code is not served."""
    digest = hashlib.blake2b(digest_size=6)
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.suffix in CODE_SUFFIXES):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def database_from_url(url: str) -> dict:
    """A DATABASES entry from postgresql://user:pass@host:port/name?host=/socket/dir."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise ValueError(f"DATABASE_URL must be a postgresql:// URL, got scheme {parts.scheme!r}")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    host = query.pop("host", None) or unquote(parts.hostname or "")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "newsdesk",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(parts.port or ""),
        "OPTIONS": query,
    }


# NEWSDESK_PRODUCTION=1: behind TLS on a real host. Secrets and hosts must then come from the
# environment, and cookies, redirects and HSTS are strict (`manage.py check --deploy` is clean).
PRODUCTION = env_flag("NEWSDESK_PRODUCTION")
if PRODUCTION and not os.environ.get("NEWSDESK_SECRET_KEY"):
    raise RuntimeError("NEWSDESK_PRODUCTION is set: NEWSDESK_SECRET_KEY must be set too (50+ random characters).")
if PRODUCTION and not os.environ.get("NEWSDESK_ALLOWED_HOSTS"):
    raise RuntimeError("NEWSDESK_PRODUCTION is set: NEWSDESK_ALLOWED_HOSTS must name the site's host names.")

SECRET_KEY = read_secret_key()
DEBUG = env_flag("NEWSDESK_DEBUG") and not PRODUCTION
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("NEWSDESK_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",") if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "django_tasks_db",
    "simple_history",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "articles.middleware.DatabaseUnavailableMiddleware",
    "articles.middleware.RejectNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Kept renderings carry marks for the CSRF token and CSP nonce: this request's go in here;
    # a request that may write has the kept rows of pages read again (articles/caching/rows.py).
    "articles.caching.middleware.SpeedLayerMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "articles.middleware.PrivateWhenSignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

# The user and whether they are an Editor in one query per request (articles/auth.py).
AUTHENTICATION_BACKENDS = ["articles.auth.EditorAwareBackend"]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                # Marks for the CSRF token and CSP nonce in renderings kept for many requests.
                "articles.caching.marks.render_marks",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL") or f"postgresql://postgres@/newsdesk?host={VAR_DIR / 'pg' / 'run'}"
    )
}
# Planner settings for a web app's short queries (unless DATABASE_URL's ?options= says otherwise):
# no JIT compilation (it costs more than the queries it speeds up), random reads priced for SSD or
# memory so indexes win over scans, and no parallel workers (16 requests at once share the cores
# already). Behind a pooler that refuses startup options, set them with ALTER DATABASE instead.
DATABASES["default"]["OPTIONS"].setdefault(
    "options",
    os.environ.get("NEWSDESK_PG_OPTIONS", "-c jit=off -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"),
)
# Parameters bound on the server, and a statement run five times on a connection prepared
# there (planned once per connection, not on every request): Django's documented OPTIONS.
DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", 5)
# One persistent connection per web worker, checked before reuse so a restarted server costs no
# failed request (gunicorn's sync workers serve one request at a time, so a pool adds nothing).
# NEWSDESK_DB_POOL=1 pools connections (psycopg_pool) instead, for threaded servers.
if env_flag("NEWSDESK_DB_POOL", False):
    DATABASES["default"]["OPTIONS"].setdefault(
        "pool",
        {
            "min_size": 1,
            "max_size": int(os.environ.get("NEWSDESK_DB_POOL_SIZE", "4")),
            "check": ConnectionPool.check_connection,
        },
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("NEWSDESK_CONN_MAX_AGE", "60"))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Parallel runs (several developers on one cluster) each want their own test database.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("NEWSDESK_TEST_DB", "test_newsdesk")}

# A read replica (streaming replication of default), when there is one: reads go to it, writes
# to default (newsdesk/routers.py). Absent, everything stays on the one database.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = {
        **database_from_url(os.environ["DATABASE_REPLICA_URL"]),
        # Tests read through the same test database as default.
        "TEST": {"MIRROR": "default"},
    }
    for option in ("options", "server_side_binding", "prepare_threshold", "pool"):
        if option in DATABASES["default"]["OPTIONS"]:
            DATABASES["replica"]["OPTIONS"].setdefault(option, DATABASES["default"]["OPTIONS"][option])
    for key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS"):
        if key in DATABASES["default"]:
            DATABASES["replica"][key] = DATABASES["default"][key]
    DATABASE_ROUTERS = ["newsdesk.routers.PrimaryReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# History rows say why a change was made; merges name what they merged, which needs more than 100 characters.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

TASKS = {
    "default": {
        "BACKEND": os.environ.get("NEWSDESK_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
# Failed log-ins (articles/views/accounts.py): this many free per client address (and per account
# for browsers that never signed in to it), then a wait doubling from the backoff to the most;
# failures are forgotten after the window.
NEWSDESK_LOGIN_MAX_FAILURES = int(os.environ.get("NEWSDESK_LOGIN_MAX_FAILURES", "5"))
NEWSDESK_LOGIN_BACKOFF_SECONDS = int(os.environ.get("NEWSDESK_LOGIN_BACKOFF_SECONDS", "2"))
NEWSDESK_LOGIN_MAX_WAIT_SECONDS = int(os.environ.get("NEWSDESK_LOGIN_MAX_WAIT_SECONDS", "900"))
NEWSDESK_LOGIN_WINDOW_SECONDS = int(os.environ.get("NEWSDESK_LOGIN_WINDOW_SECONDS", "3600"))
# Password reset e-mails: per client address and per e-mail address, an hour. The mail goes to
# the console (the `make run` terminal) unless an SMTP server is configured.
NEWSDESK_PASSWORD_RESETS_PER_HOUR = int(os.environ.get("NEWSDESK_PASSWORD_RESETS_PER_HOUR", "5"))
# NEWSDESK_EMAIL_HOST names an SMTP server (with _PORT, _USER, _PASSWORD, _TLS=1 as it needs).
# Without one, development mail goes to the console; production configures no mailer and has no
# password reset pages (an administrator sets passwords: manage.py changepassword).
NEWSDESK_PASSWORD_RESET = bool(os.environ.get("NEWSDESK_EMAIL_HOST")) or not PRODUCTION
if os.environ.get("NEWSDESK_EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["NEWSDESK_EMAIL_HOST"],
                "port": int(os.environ.get("NEWSDESK_EMAIL_PORT", "587")),
                "username": os.environ.get("NEWSDESK_EMAIL_USER", ""),
                "password": os.environ.get("NEWSDESK_EMAIL_PASSWORD", ""),
                "use_tls": env_flag("NEWSDESK_EMAIL_TLS", True),
            },
        }
    }
elif not PRODUCTION:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("NEWSDESK_FROM_EMAIL", "newsdesk@localhost")
# Proxies in front that append to X-Forwarded-For (production: the TLS proxy). Without this the
# log-in throttle would count every client as the proxy's one address and lock everyone out.
NEWSDESK_PROXY_HOPS = int(os.environ.get("NEWSDESK_PROXY_HOPS", "1" if PRODUCTION else "0"))
LOGIN_REDIRECT_URL = "articles:list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("NEWSDESK_STATIC_ROOT") or VAR_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # whitenoise's manifest storage, URLs kept once made (articles/caching/staticfiles.py).
        "BACKEND": "articles.caching.staticfiles.ManifestStaticStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Imports: the largest file accepted, in bytes (issue: bad input gets a clear reason).
NEWSDESK_MAX_IMPORT_BYTES = int(os.environ.get("NEWSDESK_MAX_IMPORT_BYTES", str(5 * 1024 * 1024)))
# …one upload from the browser: its files and its bytes. Uploads are read as they stream and no
# file is kept past these (articles/uploads.py replaces Django's handlers, which keep every file
# whole before the view can look at it).
NEWSDESK_MAX_UPLOAD_FILES = int(os.environ.get("NEWSDESK_MAX_UPLOAD_FILES", "100"))
NEWSDESK_MAX_UPLOAD_BYTES = int(os.environ.get("NEWSDESK_MAX_UPLOAD_BYTES", str(100 * 1024 * 1024)))
FILE_UPLOAD_HANDLERS = ["articles.uploads.BoundedUploadHandler"]
# Django's own limits stay as the last stop: form fields (not files) in memory, and file parts
# counted past ours (the handler says the limit on the page; Django's refusal is a bare 400).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 10 * NEWSDESK_MAX_UPLOAD_FILES
# …and the longest story (characters after cleaning) the language analysis takes on: its time and
# memory grow with the text. The longest real article in tests/data is about 15,000 characters.
NEWSDESK_MAX_STORY_CHARS = int(os.environ.get("NEWSDESK_MAX_STORY_CHARS", "200000"))
# A cut line put back into a story longer than this (characters) is done by the task worker: the
# story is read again, which takes seconds on a long one (a 185,000-character story ran past
# gunicorn's 30 s timeout in a web worker).
NEWSDESK_RESTORE_INLINE_CHARS = int(os.environ.get("NEWSDESK_RESTORE_INLINE_CHARS", "20000"))
# …and the most lines one file may have (a news page has hundreds; every cut line is kept and shown).
NEWSDESK_MAX_IMPORT_LINES = int(os.environ.get("NEWSDESK_MAX_IMPORT_LINES", "50000"))
# …and the most HTML elements a saved web page may have (reading one takes about 70 µs an element).
NEWSDESK_MAX_HTML_ELEMENTS = int(os.environ.get("NEWSDESK_MAX_HTML_ELEMENTS", "300000"))

# The import worker (manage.py import_worker): a running job's heartbeat every few seconds; a job
# not heard from for the lease lost its worker and is resumed; a file is retried while the
# database is away (a restart) for this long before the job waits for the lease instead.
NEWSDESK_IMPORT_HEARTBEAT_SECONDS = float(os.environ.get("NEWSDESK_IMPORT_HEARTBEAT_SECONDS", "5"))
NEWSDESK_IMPORT_LEASE_SECONDS = float(os.environ.get("NEWSDESK_IMPORT_LEASE_SECONDS", "30"))
NEWSDESK_IMPORT_DB_RETRY_SECONDS = float(os.environ.get("NEWSDESK_IMPORT_DB_RETRY_SECONDS", "60"))
# Imports are background work: on a machine that also serves pages, the worker runs at least this
# nice (0–19; 0 leaves it as started), so pages editors wait for get the CPU first.
NEWSDESK_IMPORT_WORKER_NICENESS = int(os.environ.get("NEWSDESK_IMPORT_WORKER_NICENESS", "10"))

# The speed layer (articles/caching/): renderings kept under stamps of what they show, whole
# pages kept while the database is unchanged. Off, every page renders on every request.
NEWSDESK_CACHING = env_flag("NEWSDESK_CACHING", True)
# How long a person's page may list the rows it listed before, when they change other than
# through the app's pages or an import (a command, the shell): articles/caching/rows.py.
NEWSDESK_LISTED_ROWS_SECONDS = int(os.environ.get("NEWSDESK_LISTED_ROWS_SECONDS", "30"))
RENDERINGS_KEY_PREFIX = code_digest(BASE_DIR / "templates", BASE_DIR / "articles", BASE_DIR / "static")


def caches_from_environment(cache_url: str | None) -> dict:
    """CACHES: without CACHE_URL, the database and each worker's memory, and sessions in Django's
    file cache under var/cache (not readable by other users; shared by the workers of one
    machine); with CACHE_URL=redis://…, one Redis shared by app servers on several machines.

    - "renderings": an article's and a person's content (articles/caching/), kept under stamps
      of what they show, so nothing needs clearing. Every process shares them: the import worker
      renders an article's content before anyone asks, and a content rendered by one worker is
      served by all. Without Redis, the database's cache table (not files: the file cache lists
      its whole folder on every write to cull it, 39 ms a write at 15,000 renderings).
    - "pages": whole pages, kept until the next commit anywhere, and list rows: each worker's
      memory (a worker's own copy is never stale).
    - "changes": when the rows a person's page lists last changed, shared by every process.

    Their prefix is a digest of the code, so a deployment never serves renderings of the
    previous code."""
    kept = int(os.environ.get("NEWSDESK_RENDERING_SECONDS", str(7 * 24 * 3600)))
    # Per process: what is as good a minute old (the planner's estimates, the outlets).
    estimates = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "estimates"}
    if cache_url:
        if urlsplit(cache_url).scheme not in {"redis", "rediss", "unix"}:
            raise ValueError(f"CACHE_URL must be a redis://, rediss:// or unix:// URL, got {cache_url!r}")
        redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": cache_url}
        return {
            "default": {**redis, "KEY_PREFIX": "newsdesk"},
            "changes": {**redis, "KEY_PREFIX": "newsdesk-c", "TIMEOUT": None},
            "renderings": {**redis, "TIMEOUT": kept, "KEY_PREFIX": f"newsdesk-r-{RENDERINGS_KEY_PREFIX}"},
            "pages": {**redis, "TIMEOUT": 6 * 3600, "KEY_PREFIX": f"newsdesk-p-{RENDERINGS_KEY_PREFIX}"},
            "sessions": {**redis, "KEY_PREFIX": "newsdesk-s", "TIMEOUT": 24 * 3600},
            "estimates": estimates,
        }
    folder = Path(os.environ.get("NEWSDESK_CACHE_DIR") or VAR_DIR / "cache")
    files = "django.core.cache.backends.filebased.FileBasedCache"
    return {
        # The database: shared by every worker (log-in throttling counts must not be per process).
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "newsdesk_cache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        # When the rows kept for pages last changed (articles/caching/rows.py): read on every
        # person page, so they never expire (the database cache deletes an expired entry as it
        # reads it, and that commit would end every page kept per snapshot).
        "changes": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "newsdesk_changes",
            "TIMEOUT": None,
            "OPTIONS": {"MAX_ENTRIES": 50000},
        },
        # At most NEWSDESK_RENDERING_ENTRIES (about 9 KB each compressed; each write counts them); a
        # third go when full.
        "renderings": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "newsdesk_renderings",
            "TIMEOUT": kept,
            "KEY_PREFIX": RENDERINGS_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("NEWSDESK_RENDERING_ENTRIES", "50000"))},
        },
        # Per worker, at most 4,000 (about 50 KB each), least recently used out.
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "TIMEOUT": 6 * 3600,
            "KEY_PREFIX": RENDERINGS_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 4000},
        },
        # Sessions read on every request: from here first (a miss falls back to the session
        # table, which stays the record).
        "sessions": {
            "BACKEND": files,
            "LOCATION": str(folder / "sessions"),
            "TIMEOUT": 24 * 3600,
            "OPTIONS": {"MAX_ENTRIES": 10000},
        },
        "estimates": estimates,
    }


CACHES = caches_from_environment(os.environ.get("CACHE_URL"))
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_CACHE_ALIAS = "sessions"

if PRODUCTION:
    SECURE_SSL_REDIRECT = env_flag("NEWSDESK_SSL_REDIRECT", True)
    # The TLS-terminating proxy says which requests came in over HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("NEWSDESK_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy on every response: scripts and styles only from this site or carrying
# the request's nonce ({{ csp_nonce }}); no inline handlers, no eval, no plugins, no framing.
# htmx runs under it: its indicator <style> and eval are switched off in base.html's htmx-config.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    # The one inline style attribute left, in django-simple-history's admin history list.
    "style-src-attr": [CSP.UNSAFE_HASHES, "'sha256-XMXSevYjgSjXgRafBFDvtjwX+yyWLrxfso9DcNZ9UXM='"],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"refusals_without_tracebacks": {"()": "newsdesk.logfilters.RefusalsWithoutTracebacks"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["refusals_without_tracebacks"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("NEWSDESK_LOG_LEVEL", "WARNING")},
}
