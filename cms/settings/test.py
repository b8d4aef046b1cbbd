"""Tests: fast hashing, in-memory cache, plain static files, tasks run immediately."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Static files come straight from the apps and STATICFILES_DIRS (no collectstatic needed).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests never touch a development site's Elasticsearch indexes.
CONSORTIUM_SEARCH = {**CONSORTIUM_SEARCH, "INDEX": "test_" + CONSORTIUM_SEARCH["INDEX"]}  # noqa: F405
if "INDEX_PREFIX" in WAGTAILSEARCH_BACKENDS["default"]:  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "test_consortium_"  # noqa: F405
# The page cache is off except in the tests that are about it (tests/test_page_cache.py).
CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}  # noqa: F405
PAGE_CACHE_SECONDS = 0
LISTING_COUNT_SECONDS = 0
# django-axes needs the request at every authenticate(), which the test client's login() does
# not pass; the throttling tests switch it back on (tests/test_login_throttle.py).
AXES_ENABLED = False
