"""Settings shared by every profile. Everything that differs between machines comes from the
environment; the defaults here are the safe (production) ones."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp import constants as csp_constants
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


DEBUG = False

INSTALLED_APPS = [
    "home",
    "consortium",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.api.v2",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "guardian",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cache-Control for the front cache: public for an anonymous visitor's page, else private.
    "consortium.front_cache.SharedCacheControlMiddleware",
    # Before sessions and locale: a cached page for an anonymous visitor skips them all.
    "consortium.page_cache.AnonymousPageCacheMiddleware",
    # Inside the page cache: a stored page keeps the CSP header (and nonce) of its render.
    "cms.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",  # Django's, keeping API 404s (see there)
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "consortium.accessibility.visually_impaired",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite under var/ unless DATABASE_URL names another database (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The site, the task worker and the scheduler write to the one file. A transaction takes
    # the write lock when it begins: two that read and then write would otherwise deadlock, and
    # SQLite fails one at once with "database is locked" (an editor's save, a scheduled
    # publication) instead of letting it wait; a writer waits up to 20 s for another.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username and address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
# No shadow "AnonymousUser" account in the user list; page permissions are stored against the
# base Page content type whatever the specific page class.
ANONYMOUS_USER_NAME = None
GUARDIAN_GET_CONTENT_TYPE = "consortium.permissions.get_page_base_content_type"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Russian first (the default), English second. Public URLs are /ru/… and /en/….
LANGUAGE_CODE = "ru"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("ru", "Русский"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Moscow"
USE_I18N = True
USE_TZ = True

# A translation must never go live without moderation (see docs/architecture.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Forms with thousands of fields are refused with a 400 (Django's own limit, made explicit).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "consortium-cms",
    },
    # Whole public pages for anonymous visitors (consortium.page_cache). Shared by every process
    # on the machine, so a publication by the task worker reaches the web workers too.
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache" / "pages",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))  # 0 turns it off
# How long a listing's total is remembered within a generation (consortium/models/listings.py).
LISTING_COUNT_SECONDS = int(os.environ.get("LISTING_COUNT_SECONDS", "60"))  # 0 turns it off

# Search: the database backend (SQLite FTS5 / PostgreSQL FTS) unless ELASTICSEARCH_URL is set.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "").strip()
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "consortium_"),
            "TIMEOUT": int(os.environ.get("ELASTICSEARCH_TIMEOUT", "5")),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            "SEARCH_CONFIG": "russian",
        }
    }

# The public search (search/): the database's full-text index, and Elasticsearch first when
# ELASTICSEARCH_URL is set. A public query waits at most TIMEOUT seconds for Elasticsearch before
# the database answers; after a failure Elasticsearch is retried after RETRY_AFTER seconds.
CONSORTIUM_SEARCH = {
    "ELASTICSEARCH_URL": ELASTICSEARCH_URL,
    "INDEX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "consortium_") + "public_search",
    "TIMEOUT": float(os.environ.get("SEARCH_TIMEOUT", "0.5")),
    "INDEX_TIMEOUT": float(os.environ.get("SEARCH_INDEX_TIMEOUT", "5")),
    "RETRY_AFTER": float(os.environ.get("SEARCH_RETRY_AFTER", "30")),
}

# Background work (search indexing and later the scheduler) through django-tasks-db.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# /healthz (consortium/health.py): seconds each check may wait (Elasticsearch, PostgreSQL's
# statement timeout), and the age past which the worker's heartbeat counts as lost.
HEALTHZ_TIMEOUT = float(os.environ.get("HEALTHZ_TIMEOUT", "1.5"))
HEALTHZ_WORKER_MAX_AGE = int(os.environ.get("HEALTHZ_WORKER_MAX_AGE", "180"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@consortium.local")

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Consortium")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The read-only JSON API (cms/api.py): full URLs from the site's address, at most 50 items a
# page, and no full-text search there (that is /api/search/, which survives Elasticsearch outages).
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
# The last approval publishes, although reviewers and moderators act without publish rights of
# their own on members' pages (consortium/workflow/actions.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "consortium.workflow.actions.publish_approved"
# Moderation e-mail goes to the people whose turn it is, not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Items waiting longer than this many days remind their reviewers once a day.
CONSORTIUM_REVIEW_REMINDER_DAYS = int(os.environ.get("CONSORTIUM_REVIEW_REMINDER_DAYS", "3"))
WAGTAILSEARCH_HITS_MAX_AGE = 30

# The admin's live preview shows the page in a same-origin iframe, which DENY would break;
# SAMEORIGIN still refuses framing by any other site.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"level": "ERROR"},
        # Wagtail logs every page action at INFO; the audit log keeps them anyway.
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")},
    },
}

WAGTAILIMAGES_IMAGE_MODEL = "consortium.ConsortiumImage"

# --- Production shape: Redis, the HTTP front cache, S3-compatible media (docs/deploy.md) ------
# REDIS_URL: the default cache, the sessions and the page cache live in Redis, shared by every
# app server (the page cache's generation with them, see consortium/page_cache.py).
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("REDIS_KEY_PREFIX", "consortium") + ":" + alias,
        }
        for alias in ("default", "pages")
    }
    # Read from Redis, written through to the database: a Redis restart logs no one out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# FRONTEND_CACHE_URL: the Varnish in front (services/varnish/default.vcl). Every change that
# starts a new page-cache generation bans its pages too (consortium/front_cache.py).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "consortium.front_cache.VarnishBackend",
            "LOCATION": FRONTEND_CACHE_URL,
            "TIMEOUT": float(os.environ.get("FRONTEND_CACHE_TIMEOUT", "2")),
        }
    }

# SERVE_MEDIA: the app serves MEDIA_ROOT itself (the local stack; a real deployment lets the
# proxy or the object storage do it).
SERVE_MEDIA = env_bool("SERVE_MEDIA")

# AWS_STORAGE_BUCKET_NAME: images, renditions and documents in an S3-compatible bucket. The
# bucket stays private: images by signed URLs, documents only through Wagtail's serve view.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "default_acl": "private",
            "querystring_auth": True,
            # Longer than a page stays in any cache, so a cached page's image links still work.
            "querystring_expire": int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "7200")),
            "file_overwrite": False,
        },
    }

# --- Security: Content-Security-Policy, login throttling, uploads (docs/operations.md) -------
# The public site: nothing inline runs or styles without the nonce of its response; the admin
# gets ADMIN_CONTENT_SECURITY_POLICY instead (cms/security.py says why).
MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS") or [
    origin
    for origin in (
        os.environ.get("AWS_S3_CUSTOM_DOMAIN") and "https://" + os.environ["AWS_S3_CUSTOM_DOMAIN"],
        AWS_STORAGE_BUCKET_NAME and os.environ.get("AWS_S3_ENDPOINT_URL"),
        AWS_STORAGE_BUCKET_NAME and "https://*.amazonaws.com",
    )
    if origin
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'strict-dynamic'", csp_constants.NONCE],
        "style-src": ["'self'", csp_constants.NONCE],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        # The admin's live preview frames the public pages; no other site may.
        "frame-ancestors": ["'self'"],
    },
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
    "base-uri": ["'self'"],
}
ADMIN_PATH_PREFIXES = ("/admin/",)

# django-axes: FAILURE_LIMIT wrong passwords for one username from one address lock that pair
# out for COOLOFF_MINUTES (each further try restarts the wait). Behind proxies, the client's
# address is the one the nearest of TRUSTED_PROXY_COUNT proxies appended to X-Forwarded-For.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.security.client_ip"
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Uploads (consortium/uploads.py): images by content, documents by extension and content,
# every document served as an attachment (never rendered in the site's origin).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "consortium.uploads.DocumentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Office files are zip archives: refused past these many entries or uncompressed bytes.
DOCUMENT_ZIP_MAX_ENTRIES = 2_000
DOCUMENT_ZIP_MAX_UNCOMPRESSED = 200 * 1024 * 1024
