"""Turn the demo data's plain strings into field values."""

import datetime
import zoneinfo

from django.utils import timezone
from django.utils.html import escape
from wagtail.rich_text import RichText


def rich_text(text):
    return f"<p>{escape(text)}</p>" if text else ""


def body(paragraphs):
    return [("paragraph", RichText(rich_text(text))) for text in paragraphs or []]


def days_from_today(days):
    return None if days is None else timezone.localdate() + datetime.timedelta(days=days)


def science_day():
    """The Day of Russian Science (8 February) that the demo science week is built around: this
    year's while its week is not over, next year's after that."""
    today = timezone.localdate()
    day = datetime.date(today.year, 2, 8)
    if day + datetime.timedelta(days=3) < today:
        day = datetime.date(today.year + 1, 2, 8)
    return day


def local_datetime(day, hhmm, zone_name):
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(zone_name)
    )


def parse_time(hhmm):
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.time(hour, minute)
