"""cms.settings.production for the tests that run the site's own processes (the task worker, the
scheduler, a page rendered in a fresh process) against a database of their own
(tests/test_scheduling_processes.py): the same settings, except that static files come straight
from the apps, so that no collectstatic is needed to render a page."""

from cms.settings.production import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
