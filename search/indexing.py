"""Index maintenance for bulk work (demo loading, imports)."""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler


@contextmanager
def deferred_indexing(rebuild=True):
    """Skip the per-save index update while many objects are written, then rebuild the index
    once (unless `rebuild` is false). Saving a page reindexes it on every save; for thousands
    of saves that dominates."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    if rebuild:
        call_command("update_index", verbosity=0)
