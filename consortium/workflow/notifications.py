"""E-mail for the member approval step. Wagtail's own notifiers cover the rest: the
moderators hear of items that reach their step (group task submission), authors hear of
changes requested and of publication. All respect each user's language and opt-outs."""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from ..models import MemberApprovalTask
from ..models.workflow import REVIEW_ROLES
from ..sharing.grants import role_holders


class MemberApprovalSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, MemberApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        """The Reviewers (and Member admins) of the member that owns the page, only."""
        page = task_state.workflow_state.content_object
        recipients = role_holders(page, REVIEW_ROLES)
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return recipients


member_approval_submission_notifier = MemberApprovalSubmissionNotifier()


def connect():
    task_submitted.connect(
        member_approval_submission_notifier,
        sender=TaskState,
        dispatch_uid="consortium_member_approval_submitted",
    )


class ReviewReminderNotifier(MemberApprovalSubmissionNotifier):
    """Reminds whoever's turn it is of an item that has waited too long. Respects the same
    opt-out as submissions ("submitted" notifications)."""

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState)

    def get_recipient_users(self, task_state, **kwargs):
        if isinstance(task_state.task.specific, MemberApprovalTask):
            return super().get_recipient_users(task_state, **kwargs)
        return BaseGroupApprovalTaskStateEmailNotifier.get_recipient_users(
            self, task_state, **kwargs
        )

    def get_template_set(self, instance, **kwargs):
        base = f"{self.template_directory}task_state_reminder"
        return {"subject": f"{base}_subject.txt", "text": f"{base}.txt", "html": f"{base}.html"}


def send_review_reminders(older_than_days, today=None):
    """Remind reviewers of every item waiting longer than `older_than_days`, once a day."""
    from django.db import IntegrityError, transaction
    from django.utils import timezone

    from ..models import ReviewReminder

    today = today or timezone.localdate()
    cutoff = timezone.now() - timezone.timedelta(days=older_than_days)
    notifier = ReviewReminderNotifier()
    sent = 0
    waiting = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS, started_at__lt=cutoff
    ).select_related("workflow_state")
    for task_state in waiting:
        try:
            with transaction.atomic():
                ReviewReminder.objects.create(task_state=task_state, sent_on=today)
        except IntegrityError:
            continue  # already reminded today
        notifier(task_state)
        sent += 1
    return sent
