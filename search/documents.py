"""What the public search knows of a page: `document_for(page)` builds its `SearchDocument`
fields, or None when the page is not something the public searches for (wrong type, draft,
expired, private, or inside a private section)."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Locale, PageViewRestriction

from consortium.models import (
    CompetitionPage,
    EventPage,
    InstitutionPage,
    NewsPage,
    ProgramPage,
)

from .models import DocumentType, SearchDocument

TYPES = {
    ProgramPage: DocumentType.PROGRAM,
    EventPage: DocumentType.EVENT,
    CompetitionPage: DocumentType.COMPETITION,
    InstitutionPage: DocumentType.INSTITUTION,  # SchoolPage is a subclass
    NewsPage: DocumentType.NEWS,
}
SEARCHED_MODELS = tuple(TYPES)
# Events say how people attend; programs say it as a format. One facet serves both.
ATTENDANCE_FORMAT = {"offline": "in_person", "online": "online", "mixed": "blended"}


def document_type(page):
    for model, kind in TYPES.items():
        if isinstance(page, model):
            return kind
    return None


class Surroundings:
    """What deciding many pages' documents needs beyond the pages themselves, read once: the
    restricted sections, the languages, the member institutions."""

    def __init__(self, pages):
        self.restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        member_ids = {page.member_id for page in pages if getattr(page, "member_id", None)}
        self.members = InstitutionPage.objects.in_bulk(member_ids)

    def is_public(self, page):
        private = any(page.path.startswith(path) for path in self.restricted_paths)
        return page.live and not page.expired and not private

    def institution_of(self, page):
        if isinstance(page, InstitutionPage):
            return page
        return self.members.get(getattr(page, "member_id", None))


def plain_text(page):
    """The page's body and other long text as plain words, as Wagtail's search indexes them."""
    parts = page.body.stream_block.get_searchable_content(page.body) if page.body else []
    for name in ("goals", "expected_results"):
        if value := getattr(page, name, ""):
            parts.append(strip_tags(value))
    return " ".join(" ".join(parts).split())


def midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time())) if day else None


def dates_of(page):
    if isinstance(page, EventPage):
        return page.starts_at, page.ends_at or page.starts_at
    if isinstance(page, CompetitionPage):
        stages = list(page.stages.all())
        if stages:
            starts = min(stage.starts_on for stage in stages)
            ends = max(stage.ends_on or stage.starts_on for stage in stages)
            return midnight(starts), midnight(ends)
    return None, None


def document_for(page, surroundings=None):
    """The fields of `page`'s search document (a specific page), or None."""
    surroundings = surroundings or Surroundings([page])
    kind = document_type(page)
    if kind is None or not surroundings.is_public(page):
        return None
    institution = surroundings.institution_of(page)
    starts_at, ends_at = dates_of(page)
    attendance = ATTENDANCE_FORMAT.get(getattr(page, "attendance_mode", ""), "")
    return {
        "language": surroundings.languages[page.locale_id],
        "type": kind,
        "title": page.title,
        "summary": page.summary,
        "body": plain_text(page),
        "url": page.url or "",
        "member_id": institution.pk if institution else None,
        "member_title": institution.title if institution else "",
        "member_url": institution.url or "" if institution else "",
        "kind": institution.kind if institution else "",
        "region_id": institution.region_id if institution else None,
        "city_id": institution.city_id if institution else None,
        "focus_id": getattr(page, "focus_id", None),
        "profile_id": getattr(page, "profile_id", None),
        "format": getattr(page, "format", "") or attendance,
        "payment": getattr(page, "payment", ""),
        "level": getattr(page, "level", ""),
        "age_from": getattr(page, "age_from", None),
        "age_to": getattr(page, "age_to", None),
        "grade_from": getattr(page, "grade_from", None),
        "grade_to": getattr(page, "grade_to", None),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "registration_opens": getattr(page, "registration_opens", None),
        "registration_closes": getattr(page, "registration_closes", None),
        "published_at": midnight(page.date)
        if isinstance(page, NewsPage)
        else page.first_published_at,
    }


def refresh(pages):
    """Bring the documents of `pages` (specific pages) up to date in one transaction; returns
    (saved, removed) as lists of page ids."""
    pages = list(pages)
    surroundings = Surroundings(pages)
    built = {page.pk: document_for(page, surroundings) for page in pages}
    saved = [pk for pk, fields in built.items() if fields is not None]
    removed = [pk for pk, fields in built.items() if fields is None]
    with transaction.atomic():
        SearchDocument.objects.filter(page_id__in=list(built)).delete()
        SearchDocument.objects.bulk_create(SearchDocument(page_id=pk, **built[pk]) for pk in saved)
    return saved, removed
