"""Index maintenance for bulk work (demo loading, imports)."""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

from . import index as public_search


@contextmanager
def deferred_indexing(rebuild=True):
    """Skip the per-save index updates (Wagtail's and the public search's) while many objects
    are written, then rebuild both indexes once (unless `rebuild` is false). Saving a page
    reindexes it on every save; for thousands of saves that dominates."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with public_search.paused():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    if rebuild:
        call_command("update_index", verbosity=0)  # Wagtail's index, then the public search's
