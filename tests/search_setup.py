"""A small consortium for the search tests: two members in two regions, programs, events and a
competition in Russian (one program also in English), plus what must never be found: a draft,
a page in a private section, an expired page."""

import datetime
from types import SimpleNamespace

from django.utils import timezone
from wagtail.models import PageViewRestriction

from consortium.models import CompetitionIndexPage, EventIndexPage, ProgramIndexPage
from consortium.site_setup import set_up_site

from . import factories as f
from .sharing_setup import onboard
from .tree import translate


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def publish_event(member, title, starts_at, **fields):
    """A two-hour event of `member`, published."""
    index = EventIndexPage.objects.child_of(member.page).get()
    page = f.EventPageFactory(
        parent=index,
        title=title,
        live=False,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        **fields,
    )
    return publish(page)


def build_search_world():
    set_up_site()
    north = f.CityFactory(name_ru="Мурманск", name_en="Murmansk")
    south = f.CityFactory(name_ru="Краснодар", name_en="Krasnodar")
    a = onboard("Кванториум Север", "Quantorium North", north)
    b = onboard("Кванториум Юг", "Quantorium South", south)
    for member in (a, b):  # onboarding's sample programs: this world brings its own
        member.program_en.delete()
        member.program.delete()
    robotics = f.ProfileFactory(name_ru="Робототехника", name_en="Robotics")
    space = f.ProfileFactory(name_ru="Космос", name_en="Space")
    now = timezone.now()

    def program(member, title, **fields):
        index = ProgramIndexPage.objects.child_of(member.page).get()
        return publish(f.ProgramPageFactory(parent=index, title=title, live=False, **fields))

    pages = SimpleNamespace(
        robots=program(
            a,
            "Лекция по робототехнике для начинающих",
            profile=robotics,
            focus=robotics.focus,
            age_from=10,
            age_to=14,
            format="in_person",
            payment="free",
            summary="Собираем и программируем роботов.",
        ),
        python=program(
            a,
            "Курс программирования на Python",
            age_from=14,
            age_to=17,
            format="online",
            payment="paid",
            price=4500,
            summary="Основы программирования для школьников.",
        ),
        rockets=program(
            b,
            "Ракетомоделирование",
            profile=space,
            focus=space.focus,
            age_from=12,
            age_to=16,
            format="in_person",
            payment="free",
            summary="Строим модели ракет и запускаем их.",
        ),
        space_lectures=publish_event(
            b,
            "Лекции о космосе",
            now + datetime.timedelta(days=3),
            summary="Цикл лекций для школьников о ракетах.",
        ),
        moon=publish_event(
            b, "Лекция о Луне", now - datetime.timedelta(days=30), summary="Что мы знаем о Луне."
        ),
        olympiad=publish(
            f.CompetitionPageFactory(
                parent=CompetitionIndexPage.objects.child_of(a.page).get(),
                live=False,
                title="Олимпиада по робототехнике",
                summary="Командные соревнования роботов.",
            )
        ),
    )
    pages.robots_en = publish(
        translate(
            pages.robots,
            title="Robotics lectures for beginners",
            summary="We build and program robots.",
            live=False,
        )
    )
    pages.draft = f.ProgramPageFactory(
        parent=ProgramIndexPage.objects.child_of(a.page).get(),
        title="Черновая лекция",
        live=False,
    )
    hidden = onboard("Кванториум Закрытый", "Quantorium Closed", north)
    hidden.program_en.delete()
    hidden.program.delete()
    pages.private = program(hidden, "Закрытая лекция для своих")
    PageViewRestriction.objects.create(
        page=ProgramIndexPage.objects.child_of(hidden.page).get(), restriction_type="login"
    )
    return SimpleNamespace(
        a=a, b=b, north=north, south=south, robotics=robotics, space=space, pages=pages
    )
