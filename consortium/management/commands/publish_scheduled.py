"""Wagtail's `publish_scheduled`, except that a revision whose go-live and expiry have both
passed (the scheduler was down through both) is not published: Wagtail's would make it live
until the next run. Its page is marked expired instead, as it would be had the scheduler run."""

from django.utils import timezone
from wagtail.management.commands import publish_scheduled
from wagtail.models import Revision


class Command(publish_scheduled.Command):
    def handle(self, *args, **options):
        if not options["dryrun"]:
            self.expire_missed()
        super().handle(*args, **options)

    def expire_missed(self):
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        for revision in due:
            if not publish_scheduled.revision_date_expired(revision):
                continue
            revision.approved_go_live_at = None
            revision.save(update_fields=["approved_go_live_at"])
            item = revision.content_object
            if item.live:  # the new content would have replaced it, then expired
                item.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
            else:
                type(item).objects.filter(pk=item.pk).update(expired=True)
