"""The member-side approval step: one task object serves every member, its approvers computed
per page from local roles (the Reviewers and Member admins of the member that owns the page)."""

from django.db import models
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState

REVIEW_ROLES = frozenset({"reviewer", "member_admin"})


class MemberApprovalTask(Task):
    def user_can_review(self, obj, user):
        from ..sharing.grants import cached_grants, roles_on

        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return bool({role.value for role in roles_on(cached_grants(user), obj)} & REVIEW_ROLES)

    def user_can_access_editor(self, obj, user):
        return self.user_can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_review(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if self.user_can_review(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from ..sharing.grants import cached_grants

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        reviewable = Q(pk__in=[])
        for grant in cached_grants(user):
            if {role.value for role in grant.roles} & REVIEW_ROLES:
                area = Q(path__startswith=grant.page.path)
                for path in grant.excluded_paths:
                    area &= ~Q(path__startswith=path)
                reviewable |= area
        page_ids = (
            Page.objects.filter(reviewable)
            .annotate(pk_text=Cast("pk", CharField()))
            .values("pk_text")
        )
        return states.filter(workflow_state__object_id__in=page_ids)

    @classmethod
    def get_description(cls):
        return _("The Reviewers of the member that owns the page approve it")

    class Meta:
        verbose_name = _("member approval task")
        verbose_name_plural = _("member approval tasks")


class ReviewReminder(models.Model):
    """One reminder a day at most for an item waiting too long (see send_review_reminders)."""

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["task_state", "sent_on"], name="one_reminder_a_day")
        ]

    def __str__(self):
        return f"{self.task_state_id} @ {self.sent_on}"
