"""What every search engine answers, and the filters all of them apply the same way."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone


@dataclass
class Answer:
    count: int
    page_ids: list  # the requested page of results, best first
    facets: dict = field(default_factory=dict)  # facet -> {value: count}
    engine: str = ""


def today():
    return timezone.localdate()


def condition_filters(query):
    """The non-facet conditions of `query` as a Django Q, shared by the database engines (the
    Elasticsearch engine states the same conditions in its own query language)."""
    conditions = Q(language=query.language)
    if query.age is not None:
        conditions &= (Q(age_from__isnull=True) | Q(age_from__lte=query.age)) & (
            Q(age_to__isnull=True) | Q(age_to__gte=query.age)
        )
    if query.grade is not None:
        conditions &= (Q(grade_from__isnull=True) | Q(grade_from__lte=query.grade)) & (
            Q(grade_to__isnull=True) | Q(grade_to__gte=query.grade)
        )
    if query.date_from:
        start = timezone.make_aware(datetime.datetime.combine(query.date_from, datetime.time()))
        conditions &= Q(ends_at__gte=start)
    if query.date_to:
        end = timezone.make_aware(
            datetime.datetime.combine(query.date_to + datetime.timedelta(days=1), datetime.time())
        )
        conditions &= Q(starts_at__lt=end)
    if query.upcoming:
        conditions &= Q(ends_at__gte=timezone.now())
    if query.registration_open:
        day = today()
        conditions &= (Q(registration_opens__isnull=True) | Q(registration_opens__lte=day)) & Q(
            registration_closes__gte=day
        )
    return conditions


TEXT_FACETS = ("type", "kind", "format", "payment", "level")


def facet_column(name):
    return name if name in TEXT_FACETS else f"{name}_id"
