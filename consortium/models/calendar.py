"""What calendar apps need to follow an event across publications: its iCalendar SEQUENCE,
raised when a publication changes what a subscriber's calendar shows (RFC 5545, 3.8.7.4).

Kept beside the page rather than on it: publishing copies a revision's fields onto the page, so a
counter stored there would go back to whatever the revision held."""

import hashlib

from django.db import models


class EventSequence(models.Model):
    page = models.OneToOneField(
        "consortium.EventPage", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)

    # The fields a calendar entry shows: changing any of them is a new version of the event.
    FIELDS = (
        "title",
        "summary",
        "starts_at",
        "ends_at",
        "time_zone",
        "status",
        "attendance_mode",
        "venue_id",
        "online_url",
    )

    def __str__(self):
        return f"{self.page_id}: {self.sequence}"

    @classmethod
    def fingerprint_of(cls, event):
        shown = "\x1f".join(str(getattr(event, name)) for name in cls.FIELDS)
        return hashlib.sha256(shown.encode()).hexdigest()

    @classmethod
    def record(cls, event):
        """After `event` was published: a first version is 0, a changed one the next number."""
        fingerprint = cls.fingerprint_of(event)
        current, created = cls.objects.get_or_create(
            page_id=event.pk, defaults={"fingerprint": fingerprint}
        )
        if not created and current.fingerprint != fingerprint:
            cls.objects.filter(pk=event.pk).update(
                sequence=models.F("sequence") + 1, fingerprint=fingerprint
            )
