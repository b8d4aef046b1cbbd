from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .queue import BulkReviewForm, QueueFilterForm, act_on, queue_items


def review_queue(request):
    filters = QueueFilterForm(request.GET or None)
    if filters.is_bound and not filters.is_valid():
        items = []
        status = 400
    else:
        items = queue_items(request.user, filters.cleaned_data if filters.is_bound else None)
        status = 200
    bulk = BulkReviewForm(request.POST or None, reviewable_ids=[item.state.pk for item in items])
    if request.method == "POST":
        if bulk.is_valid():
            done = act_on(
                request.user,
                bulk.cleaned_data["states"],
                bulk.cleaned_data["action"],
                bulk.cleaned_data["comment"],
            )
            messages.success(request, _("%(count)d item(s) done.") % {"count": done})
            return redirect(request.get_full_path())
        status = 400
    return TemplateResponse(
        request,
        "consortium/admin/review_queue.html",
        {"items": items, "filters": filters, "bulk": bulk},
        status=status,
    )
