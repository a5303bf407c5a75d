"""Django settings for Opvolging.

Embedded by default: SQLite under `var/`, no configuration needed. At scale: `DATABASE_URL=postgres://…`.
Production: `OPVOLGING_PRODUCTION=1` turns on HTTPS-only cookies, HSTS and the rest that `manage.py check
--deploy` asks for. The secret key comes from `OPVOLGING_SECRET_KEY`, or is made once and kept in
`var/secret_key` (never in the repository).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("OPVOLGING_VAR", Path.cwd() / "var")).resolve()
VAR_DIR.mkdir(parents=True, exist_ok=True)
PRODUCTION = os.environ.get("OPVOLGING_PRODUCTION") == "1"


def _secret_key() -> str:
    key = os.environ.get("OPVOLGING_SECRET_KEY")
    if key:
        return key
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(64), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("OPVOLGING_DEBUG") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("OPVOLGING_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "simple_history",
    "ninja",
    "opvolging.tracker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "opvolging.tracker.middleware.RequestSizeLimitMiddleware",
    "opvolging.tracker.middleware.RefuseNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "opvolging.tracker.middleware.VisitorCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "opvolging.tracker.middleware.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "opvolging.site.urls"
WSGI_APPLICATION = "opvolging.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'opvolging.sqlite3'}", conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # the embedded database shared by the web app and `ingest`: readers never wait for a writer (WAL), a writer
    # waits its turn for up to 30 s instead of failing with "database is locked", and takes the write lock when
    # its transaction begins (IMMEDIATE), so that two writers never deadlock halfway through
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;",
    }
    # tests use a file too: an in-memory database shared between threads locks whole tables and never waits
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # a parallel plan costs its workers' start (some 25 ms on a small machine), which a page of fifty rows read off
    # an index never earns back: the planner is told so (PostgreSQL's default is 1000), and still goes parallel for
    # a count over a million rows (benchmarks/scale.py: the list by theme and SDG 29 ms → 3 ms at 1.26 million
    # recommendations, the dashboard's counts as before)
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c parallel_setup_cost=10000"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# each server process keeps its own cache (the dashboard's numbers, counts, the pages visitors ask for), at most
# 1,000 entries; everything cached is keyed by the data version, so nothing older than the data is ever shown
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                      "OPTIONS": {"MAX_ENTRIES": 1000}}}

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "tracker" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# the NL Design System stylesheets ship inside the package (tracker/static/nlds, copied by scripts/vendor_nlds.py):
# an installed Opvolging serves them from whatever directory it runs in
# the largest upload (a letter or an evidence file) in bytes; a larger request is refused before it is read
MAX_UPLOAD_SIZE = int(os.environ.get("OPVOLGING_MAX_UPLOAD_MB", "50")) * 2**20
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage" if PRODUCTION
                    else "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# a server error is logged with its traceback on standard error (where `opvolging serve` and gunicorn write)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "opvolging": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}

# e-mail (the daily digest): the console in development; SMTP in production (EMAIL_HOST, EMAIL_PORT,
# EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS from the environment)
EMAIL_BACKEND = os.environ.get("OPVOLGING_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION
                               else "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("OPVOLGING_FROM_EMAIL", "opvolging@localhost")
# the site's address as links in e-mail give it (a digest is sent outside any request)
SITE_URL = os.environ.get("OPVOLGING_SITE_URL", "http://127.0.0.1:8000")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "dashboard"

AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
# a lockout holds for one account from one address: a visitor guessing passwords behind a shared proxy locks out
# neither the others behind it nor the account's owner elsewhere
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_LOCKOUT_TEMPLATE = "tracker/lockout.html"  # in the reader's language, as every page

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
