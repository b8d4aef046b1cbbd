"""Moderation statistics for consortium admins: the queue now, and how long publication takes
per member and per month (median from submission to the final approval)."""

import statistics
from collections import defaultdict

from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState

from ..models import InstitutionPage
from ..sharing.operations import is_consortium_admin


def queue_figures():
    waiting = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
    by_step = defaultdict(int)
    for name in waiting.values_list("task__name", flat=True):
        by_step[name] += 1
    oldest = waiting.select_related("workflow_state").order_by("started_at").first()
    oldest_page = None
    if oldest is not None:
        oldest_page = Page.objects.filter(pk=int(oldest.workflow_state.object_id)).first()
    return {
        "size": sum(by_step.values()),
        "by_step": dict(by_step),
        "oldest": oldest,
        "oldest_page": oldest_page,
        "oldest_days": (timezone.now() - oldest.started_at).days if oldest else None,
    }


def publication_times(since_days=365):
    """Median days from submission to final approval, per member and per month."""
    since = timezone.now() - timezone.timedelta(days=since_days)
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_APPROVED, created_at__gte=since
    ).annotate(finished=Max("task_states__finished_at"))
    page_paths = dict(
        Page.objects.filter(pk__in={int(state.object_id) for state in states}).values_list(
            "pk", "path"
        )
    )
    russian_titles = dict(
        InstitutionPage.objects.filter(locale__language_code="ru").values_list(
            "translation_key", "title"
        )
    )
    # Every institution page (both languages) names its member by the Russian title.
    owners = {
        path: russian_titles.get(key, "—")
        for path, key in InstitutionPage.objects.values_list("path", "translation_key")
    }
    per_member, per_month = defaultdict(list), defaultdict(list)
    for state in states:
        if state.finished is None:
            continue
        days = (state.finished - state.created_at).total_seconds() / 86400
        path = page_paths.get(int(state.object_id), "")
        owner = next((name for prefix, name in owners.items() if path.startswith(prefix)), "—")
        per_member[owner].append(days)
        per_month[state.created_at.strftime("%Y-%m")].append(days)

    def summarise(groups):
        return sorted(
            (name, len(values), round(statistics.median(values), 1))
            for name, values in groups.items()
        )

    return summarise(per_member), summarise(per_month)


def moderation_statistics(request):
    if not is_consortium_admin(request.user):
        raise PermissionDenied
    per_member, per_month = publication_times()
    return TemplateResponse(
        request,
        "consortium/admin/moderation_statistics.html",
        {"queue": queue_figures(), "per_member": per_member, "per_month": per_month},
    )
