"""A small consortium for tests: the real site skeleton (setup_site) plus one member with one
page of every type, each with its English translation."""

import datetime
from types import SimpleNamespace

from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from consortium.site_setup import ensure_translation, publish, set_up_site
from home.models import HomeFeaturedProgram

from . import factories as f

# The attribute names of the pages `build_consortium` returns, one of every type but the
# consortium sections (which it returns in `sections`).
PAGE_NAMES = [
    "home",
    "member",
    "school",
    "program_index",
    "event_index",
    "competition_index",
    "news_index",
    "series",
    "program",
    "lecture",
    "competition",
    "news",
    "standard",
    "collection",
]


def translate(page, **fields):
    return ensure_translation(page, Locale.objects.get(language_code="en"), **fields)


def build_consortium():
    home, sections = set_up_site()
    city = f.CityFactory(name_ru="Челябинск", name_en="Chelyabinsk")
    member = f.InstitutionPageFactory(
        parent=sections["members"],
        title="Кванториум Челябинск",
        slug="quantorium",
        city=city,
        kind="technopark",
    )
    school = f.SchoolPageFactory(
        parent=sections["members"], title="Школа № 777", slug="school-777", city=city
    )
    program_index = f.ProgramIndexPageFactory(parent=member, title="Программы", slug="programs")
    event_index = f.EventIndexPageFactory(parent=member, title="События", slug="events")
    competition_index = f.CompetitionIndexPageFactory(
        parent=member, title="Конкурсы", slug="competitions"
    )
    news_index = f.NewsIndexPageFactory(parent=member, title="Новости", slug="news")
    series = f.EventSeriesPageFactory(
        parent=sections["events"], title="Научный калейдоскоп", slug="kaleidoscope"
    )
    profile = f.ProfileFactory(name_ru="Робоквантум", name_en="Robotics quantum")
    program = f.ProgramPageFactory(
        parent=program_index,
        title="Робототехника для начинающих",
        slug="robotics",
        focus=profile.focus,
        profile=profile,
    )
    lecture = f.EventPageFactory(
        parent=event_index,
        title="Лекция о нейронах",
        slug="neurons",
        series=series,
        event_type="lecture",
    )
    competition = f.CompetitionPageFactory(
        parent=competition_index, title="Олимпиада НТИ", slug="nti"
    )
    f.CompetitionStageFactory(page=competition, name="Отборочный этап")
    news = f.NewsPageFactory(parent=news_index, title="Открыт набор", slug="enrolment")
    standard = f.StandardPageFactory(parent=home, title="О консорциуме", slug="about")
    collection = f.CollectionPageFactory(
        parent=home, title="Вся робототехника", slug="robotics-collection", types=["program"]
    )
    HomeFeaturedProgram.objects.create(page=home, program=program)

    pages = SimpleNamespace(
        home=home,
        sections=sections,
        member=member,
        school=school,
        program_index=program_index,
        event_index=event_index,
        competition_index=competition_index,
        news_index=news_index,
        series=series,
        program=program,
        lecture=lecture,
        competition=competition,
        news=news,
        standard=standard,
        collection=collection,
    )
    english_titles = {
        "member": "Quantorium Chelyabinsk",
        "school": "School No. 777",
        "program_index": "Programs",
        "event_index": "Events",
        "competition_index": "Competitions",
        "news_index": "News",
        "series": "Scientific Kaleidoscope",
        "program": "Robotics for beginners",
        "lecture": "A lecture on neurons",
        "competition": "NTI Olympiad",
        "news": "Enrolment is open",
        "standard": "About the consortium",
        "collection": "All of robotics",
    }
    english = SimpleNamespace(home=translate(home))
    for name, title in english_titles.items():
        setattr(english, name, translate(getattr(pages, name), title=title))
    return pages, english


def add_variants(parent, factory, title, **fields):
    """Next to live content: a draft, a private page and a live page inside a private section,
    all of which the public must never see."""
    draft = factory(parent=parent, title=f"{title} черновик", live=False, **fields)
    private = factory(parent=parent, title=f"{title} закрытая", **fields)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return draft, private


def in_days(days, hour=12):
    return timezone.now() + datetime.timedelta(days=days, hours=hour - 12)


__all__ = ["PAGE_NAMES", "add_variants", "build_consortium", "in_days", "publish", "translate"]
