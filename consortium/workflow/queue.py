"""The review queue: what waits for the current user's approval, with filters and bulk
actions. A member's Reviewer sees only the member's items at the member step; a Moderator
sees everything at the consortium step (each task decides, see `reviewable_by`)."""

from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState

from ..models import InstitutionPage

TYPE_CHOICES = [
    ("programpage", _("Program")),
    ("eventpage", _("Event")),
    ("competitionpage", _("Competition")),
    ("newspage", _("News item")),
    ("institutionpage", _("Institution")),
]


class QueueFilterForm(forms.Form):
    member = forms.ModelChoiceField(
        label=_("Member"),
        required=False,
        queryset=InstitutionPage.objects.filter(locale__language_code="ru").order_by("title"),
    )
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("Any type")), *TYPE_CHOICES]
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any language")), ("ru", "Русский"), ("en", "English")],
    )
    older_than = forms.IntegerField(
        label=_("Waiting longer than (days)"), required=False, min_value=0, max_value=3650
    )


class BulkReviewForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("reject", _("Request changes"))]
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    states = forms.TypedMultipleChoiceField(coerce=int, choices=[])

    def __init__(self, *args, reviewable_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["states"].choices = [(pk, pk) for pk in reviewable_ids]

    def clean(self):
        data = super().clean()
        if data.get("action") == "reject" and not data.get("comment", "").strip():
            self.add_error("comment", _("Say what needs to change."))
        return data


@dataclass
class QueueItem:
    state: TaskState
    page: Page
    member: object
    waiting_days: int


def reviewable_states(user):
    return (
        TaskState.objects.reviewable_by(user)
        .filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("task", "workflow_state__requested_by", "revision")
    )


def queue_items(user, filters=None):
    states = list(reviewable_states(user))
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[int(s.workflow_state.object_id) for s in states])
        .specific()
        .select_related("locale")
    }
    now = timezone.now()
    items = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
            continue
        member = page if isinstance(page, InstitutionPage) else getattr(page, "member", None)
        items.append(QueueItem(state, page, member, (now - state.started_at).days))
    return [item for item in items if matches(item, filters or {})]


def matches(item, filters):
    member = filters.get("member")
    if member and (item.member is None or item.member.translation_key != member.translation_key):
        return False
    if filters.get("type") and type(item.page).__name__.lower() != filters["type"]:
        return False
    if filters.get("language") and item.page.locale.language_code != filters["language"]:
        return False
    older_than = filters.get("older_than")
    return older_than is None or item.waiting_days > older_than


def act_on(user, state_ids, action, comment=""):
    """Approve or request changes on each chosen item the user may still act on; returns how
    many changed. Each item is locked while it is decided, so two reviewers cannot both act."""
    done = 0
    for state_id in state_ids:
        with transaction.atomic():
            state = (
                TaskState.objects.select_for_update()
                .filter(pk=state_id, status=TaskState.STATUS_IN_PROGRESS)
                .first()
            )
            if state is None or not reviewable_states(user).filter(pk=state_id).exists():
                continue
            page = Page.objects.get(pk=int(state.workflow_state.object_id)).specific
            task = state.task.specific
            if action not in {name for name, _label, _modal in task.get_actions(page, user)}:
                continue
            task.on_action(state.specific, user, action, comment=comment)
            done += 1
    return done
