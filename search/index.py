"""Keeping the public search index in step with the pages: every publication, unpublication,
move, deletion and privacy change enqueues a refresh of the pages concerned, run by the task
worker, so publishing never waits for (or fails because of) search. What Elasticsearch misses
while it is down, a catch-up task copies once it is back."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import TaskResultStatus, task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import documents
from .engines.registry import (
    elasticsearch_engine,
    elasticsearch_resting,
    text_index,
    trip_breaker,
    unavailable_errors,
)
from .models import SearchDocument

logger = logging.getLogger(__name__)


def update_documents(page_ids):
    """Rebuild the documents (and full-text rows) of these pages, dropping what is no longer
    public."""
    pages = Page.objects.filter(pk__in=page_ids).specific()
    saved, removed = documents.refresh(pages)
    gone = set(page_ids) - {page.pk for page in pages}
    SearchDocument.objects.filter(page_id__in=gone).delete()
    index = text_index()
    index.remove([*removed, *gone])
    written = list(SearchDocument.objects.filter(page_id__in=saved))
    index.store(written)
    copy_to_elasticsearch(written, [*removed, *gone])
    return len(saved)


def copy_to_elasticsearch(written, removed):
    """Elasticsearch gets the same changes; when it is down (or failed less than RETRY_AFTER
    seconds ago, so that the worker does not wait for every timeout) they are left to a
    catch-up task (publishing never fails because of search)."""
    engine = elasticsearch_engine()
    if engine is None or _elasticsearch_paused.get() or not (written or removed):
        return
    if not elasticsearch_resting():
        try:
            engine.store(written)
            engine.remove(removed)
            return
        except unavailable_errors() as error:
            logger.warning("Elasticsearch unavailable: %s", error)
            trip_breaker()
    missed = len(written) + len(removed)
    logger.warning("Elasticsearch missed %d updates; catching up later", missed)
    schedule_catch_up()


@task()
def refresh_pages(page_ids):
    return update_documents(page_ids)


@task()
def catch_up_elasticsearch():
    """Copy to Elasticsearch what it missed while down; while it still is, try again later."""
    engine = elasticsearch_engine()
    if engine is None:
        return 0
    try:
        return repair_elasticsearch(engine)
    except unavailable_errors() as error:
        logger.warning("Elasticsearch still unavailable, catching up later: %s", error)
        trip_breaker()
        schedule_catch_up()
        return 0


def schedule_catch_up():
    """One catch-up waiting at a time, RETRY_AFTER seconds ahead, however many updates were
    missed. A backend that cannot defer a task (the tests' immediate one) leaves the missed
    updates to `search_repair`."""
    backend = task_backends[catch_up_elasticsearch.backend]
    if not backend.supports_defer:
        return
    if isinstance(backend, DatabaseBackend) and (
        DBTaskResult.objects.filter(
            task_path=catch_up_elasticsearch.module_path, status=TaskResultStatus.READY
        ).exists()
    ):
        return
    delay = timedelta(seconds=settings.CONSORTIUM_SEARCH["RETRY_AFTER"])
    catch_up_elasticsearch.using(run_after=timezone.now() + delay).enqueue()


_paused = ContextVar("search_index_paused", default=False)
_elasticsearch_paused = ContextVar("search_elasticsearch_paused", default=False)


@contextmanager
def paused_elasticsearch():
    token = _elasticsearch_paused.set(True)
    try:
        yield
    finally:
        _elasticsearch_paused.reset(token)


@contextmanager
def paused():
    """No refresh per change while many pages are written (a rebuild follows)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def enqueue(page_ids):
    if page_ids and not _paused.get():
        refresh_pages.enqueue(sorted(set(page_ids)))


def searched_pages_in(page):
    """`page` and what lies below it: moves and privacy changes affect the whole subtree."""
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


@receiver(page_published)
def refresh_on_publication(sender, instance, **kwargs):
    enqueue([instance.pk])


@receiver(page_unpublished)
def remove_on_unpublication(sender, instance, **kwargs):
    # At once, not through the queue: Wagtail also sends this just before deleting a live page.
    SearchDocument.objects.filter(page_id=instance.pk).delete()


@receiver(post_page_move)
def refresh_after_move(sender, instance, **kwargs):
    enqueue(searched_pages_in(instance))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def refresh_after_privacy_change(sender, instance, **kwargs):
    enqueue(searched_pages_in(instance.page))


@receiver(post_delete, sender=SearchDocument)
def forget_text(sender, instance, **kwargs):
    text_index().remove([instance.page_id])


BATCH = 500


def candidate_ids():
    """Pages that may have a document (the public test is made page by page)."""
    return set(Page.objects.live().type(*documents.SEARCHED_MODELS).values_list("pk", flat=True))


def update_in_batches(page_ids):
    """Returns how many documents were written."""
    page_ids = sorted(page_ids)
    return sum(
        update_documents(page_ids[start : start + BATCH])
        for start in range(0, len(page_ids), BATCH)
    )


def rebuild():
    """Every document from scratch (`manage.py search_rebuild`); Elasticsearch gets a fresh
    index that replaces the old one in one step."""
    with transaction.atomic(), paused_elasticsearch():  # readers see the old index until done
        SearchDocument.objects.all().delete()
        text_index().clear()
        ids = candidate_ids()
        update_in_batches(ids)
    text_index().tidy()
    if engine := elasticsearch_engine():
        engine.rebuild(list(SearchDocument.objects.all()))
    return len(ids)


def repair():
    """Compare the index with the pages and fix the difference (`manage.py search_repair`):
    documents of pages no longer live go; live pages without a document, or published since
    their document was written, are refreshed. Returns how many documents were written and
    removed."""
    indexed = dict(SearchDocument.objects.values_list("page_id", "indexed_at"))
    live = candidate_ids()
    removed = set(indexed) - live
    published = Page.objects.filter(pk__in=live & set(indexed), last_published_at__isnull=False)
    stale = {
        pk for pk, when in published.values_list("pk", "last_published_at") if when > indexed[pk]
    }
    # Live pages without a document include private ones, which stay without.
    written = update_in_batches((live - set(indexed)) | stale | removed)
    text_index().tidy()
    if engine := elasticsearch_engine():
        written += repair_elasticsearch(engine)
    return written, len(removed)


def repair_elasticsearch(engine):
    """Copy to Elasticsearch what it lacks or holds in an older state; drop what it should not
    hold. Returns how many documents were copied."""
    in_database = dict(SearchDocument.objects.values_list("page_id", "indexed_at"))
    in_index = engine.indexed()
    extra = set(in_index) - set(in_database)
    behind = [
        pk
        for pk, when in in_database.items()
        if in_index.get(pk) is None or in_index[pk] < when.isoformat()
    ]
    engine.store(list(SearchDocument.objects.filter(page_id__in=behind)))
    engine.remove(sorted(extra))
    return len(behind)
