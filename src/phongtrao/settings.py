"""Django settings: embedded defaults (SQLite, in-process) overridable from the environment."""
import os
from ipaddress import ip_network
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("PHONGTRAO_DATA_DIR", BASE_DIR.parent.parent / "var"))


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [x.strip() for x in os.environ.get(name, default).split(",") if x.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and os.environ.get("PHONGTRAO_PRODUCTION"):
        raise RuntimeError("DJANGO_SECRET_KEY must be set in production")
    SECRET_KEY = "insecure-local-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_tables2",
    "django_htmx",
    "auditlog",
    "phongtrao.core",  # before django_tasks_db: its `db_worker` command wraps theirs
    "django_tasks",
    "django_tasks_db",
    "axes",
    "phongtrao.geo",
    "phongtrao.accounts",
    "phongtrao.initiatives",
    "phongtrao.intake",
    "phongtrao.stats",
    "phongtrao.awards",
    "phongtrao.budget",
    "phongtrao.forces",
    "phongtrao.steering",
    "phongtrao.analytics",
    "phongtrao.reports",
    "django.forms",  # after the apps: core/templates/django/forms/ overrides Django's widget templates
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "phongtrao.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "phongtrao.core.middleware.AuditlogMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "phongtrao.urls"
WSGI_APPLICATION = "phongtrao.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "phongtrao.core.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'phongtrao.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers wait their turn: WAL lets readers run beside one writer; IMMEDIATE takes the write lock when a
    # transaction begins, so a read-then-write transaction waits (busy timeout, seconds) instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", "timeout": 20,
         "transaction_mode": "IMMEDIATE"}
    )
if os.environ.get("DATABASE_REPLICA_URL"):
    # A read replica (PostgreSQL streaming replication) for dashboards and roll-ups: see core.db.ReplicaRouter.
    DATABASES["replica"] = {**dj_database_url.parse(os.environ["DATABASE_REPLICA_URL"]), "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = ["phongtrao.core.db.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
PHONGTRAO_UNIT_MODEL = "geo.AdminUnit"
PHONGTRAO_REPORT_DEADLINE_DAYS = {"monthly": 5, "quarterly": 10, "half_year": 15, "yearly": 20,
                                  "interim_review": 30, "final_review": 30}
"""Days after the end of its period by which a report of each kind is due (until steering sets deadlines)."""
PHONGTRAO_REPORT_ISSUE_JOB_ROWS = int(os.environ.get("PHONGTRAO_REPORT_ISSUE_JOB_ROWS", "20000"))
"""A report whose figures count more rows than this is issued as a background job (the nation's: ~126,000)."""
"""The administrative unit model that scoping filters on (core names no app: it reads this setting)."""
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = env_list("PHONGTRAO_PASSWORD_HASHERS") or [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Login throttling: lock a username+IP pair after repeated failures.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
PHONGTRAO_TRUSTED_PROXIES = [str(ip_network(n, strict=False)) for n in env_list("PHONGTRAO_TRUSTED_PROXIES")]
"""Addresses or networks of our reverse proxies: only from them is X-Forwarded-For believed (core.network)."""
AXES_CLIENT_IP_CALLABLE = "phongtrao.core.network.client_address"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
FORMAT_MODULE_PATH = ["phongtrao.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("PHONGTRAO_STATIC_ROOT", DATA_DIR / "static")) if os.environ.get("PHONGTRAO_PRODUCTION") else None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and os.environ.get("PHONGTRAO_PRODUCTION")
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = Path(os.environ.get("PHONGTRAO_MEDIA_ROOT", DATA_DIR / "media"))
MEDIA_URL = "media/"
# Reminders by e-mail (steering deadlines): written to files under the data dir unless an SMTP server is set.
EMAIL_BACKEND = os.environ.get("PHONGTRAO_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("PHONGTRAO_EMAIL_FILE_PATH", str(DATA_DIR / "mail"))

# Cached figures (core.caching) are shared by every process of the machine (web workers, task worker), so that a save
# in one makes them stale in all. Several app machines need a cache they share (Django's RedisCache): docs/operations.md.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                      "LOCATION": os.environ.get("PHONGTRAO_CACHE_DIR", str(DATA_DIR / "cache")),
                      "OPTIONS": {"MAX_ENTRIES": 20_000}}}  # a figure per scope and unit: the default 300 culls often
EMAIL_HOST = os.environ.get("PHONGTRAO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("PHONGTRAO_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("PHONGTRAO_FROM_EMAIL", "phongtrao@localhost")
SITE_URL = os.environ.get("PHONGTRAO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
"""Where links in e-mails and calendar feeds point."""
IMPORT_UPLOAD_DAYS = int(os.environ.get("PHONGTRAO_IMPORT_UPLOAD_DAYS", "7"))
"""Uploaded import files (kept for the check → import steps) are deleted after this many days untouched."""

# Security: secure defaults, relaxed only where the embedded HTTP server needs it.
SECURE = env_bool("PHONGTRAO_HTTPS", bool(os.environ.get("PHONGTRAO_PRODUCTION")))
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE and env_bool("PHONGTRAO_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SECURE_HSTS_SECONDS = int(os.environ.get("PHONGTRAO_HSTS_SECONDS", "31536000" if SECURE else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"] + env_list("PHONGTRAO_MAP_TILE_HOSTS"),
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["phongtrao.core.permissions.ScopedPermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "phongtrao.core.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "phongtrao.core.api.exception_handler",
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min"},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "phongtrao API",
    "DESCRIPTION": "API quản lý phong trào toàn dân bảo vệ an ninh Tổ quốc",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],  # the schema maps the app: users only
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {  # one name per choice set where several apps call a field "kind", "state" or "form"
        "SiteStatusEnum": "phongtrao.initiatives.models.Status",
        "MonthlyReportStateEnum": "phongtrao.stats.models.ReportState",
        "ReportStateEnum": "phongtrao.reports.models.State",
        "ReportKindEnum": "phongtrao.reports.models.Kind",
        "AwardFormEnum": "phongtrao.awards.models.AwardForm",
        "RecipientKindEnum": "phongtrao.awards.models.RecipientKind",
        "MentionKindEnum": "phongtrao.intake.models.MentionKind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "phongtrao.core.schema.add_error_responses",
    ],
}

SERIALIZATION_MODULES = {"backup": "phongtrao.core.jsonl"}  # `phongtrao backup`: JSON lines keeping microseconds

DJANGO_TABLES2_TEMPLATE = "core/table.html"
DJANGO_TABLES2_PAGE_RANGE = 8

AUDITLOG_INCLUDE_ALL_MODELS = False
AUDITLOG_DISABLE_REMOTE_ADDR = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}

# Optional tile server for maps (no internet needed when unset).
MAP_TILE_URL = os.environ.get("PHONGTRAO_MAP_TILE_URL", "")

# Embedded mode serves static files straight from the apps (no collectstatic needed).
WHITENOISE_USE_FINDERS = not os.environ.get("PHONGTRAO_PRODUCTION")
WHITENOISE_AUTOREFRESH = DEBUG

# Background work: a database-backed queue (`phongtrao db_worker`); tests and one-off scripts run tasks at once.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if os.environ.get("PHONGTRAO_TASKS", "db") == "db"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}
INTAKE_DOCUMENT_SECONDS = int(os.environ.get("PHONGTRAO_DOCUMENT_SECONDS", "300"))
"""Time limit for reading and extracting one uploaded document; past it the document fails and the batch goes on."""
