"""The whole synthetic consortium: site, vocabularies, members and pages, the tree
checked."""

import sys
import time

from .builder import Builder
from .content import EXTRA_REGIONS, Vocabulary


def build(options, rng, timings):
    from django.db import transaction
    from wagtail.models import Locale, Page

    from consortium.demo.content import taxonomy
    from consortium.models import (
        City,
        EventIndexPage,
        Focus,
        NewsIndexPage,
        Profile,
        ProgramIndexPage,
        Region,
        Venue,
    )
    from consortium.models.vocabularies import InstitutionKind
    from consortium.onboarding import add_member
    from consortium.site_setup import set_up_site

    started = time.perf_counter()
    set_up_site()
    # Vocabularies: the demo's focuses, profiles and regions, and more regions up to --regions.
    with transaction.atomic():
        for order, (slug, ru, en) in enumerate(taxonomy.FOCUSES):
            Focus.objects.create(slug=slug, name_ru=ru, name_en=en, sort_order=order)
        focuses = {focus.slug: focus for focus in Focus.objects.all()}
        for slug, focus, ru, en, quantum in taxonomy.PROFILES:
            Profile.objects.create(
                slug=slug, name_ru=ru, name_en=en, focus=focuses[focus], is_quantum=quantum
            )
        demo_cities = {region: (ru, en, slug) for slug, region, ru, en in taxonomy.CITIES}
        regions = [
            (slug, ru, en, district, *demo_cities[slug][:2])
            for slug, ru, en, district in taxonomy.REGIONS
        ] + EXTRA_REGIONS
        cities = []
        for slug, ru, en, district, city_ru, city_en in regions[: options.regions]:
            region = Region.objects.create(
                slug=slug, name_ru=ru, name_en=en, federal_district=district
            )
            city = City.objects.create(
                slug=f"city-{slug}", name_ru=city_ru, name_en=city_en, region=region
            )
            cities.append(city)
        venues = {}
        for number, city in enumerate(cities):
            venues[city.pk] = Venue.objects.create(
                slug=f"venue-{number}",
                city=city,
                name_ru=f"Площадка {city.name_ru}",
                name_en=f"Venue {city.name_en}",
                address_ru=f"{city.name_ru}, ул. Ленина, {number + 1}",
                address_en=f"{city.name_en}, Lenina st. {number + 1}",
                latitude=55,
                longitude=37,
            )
    vocabulary = Vocabulary(rng)

    # Members, the ordinary way (add_member: pages, translations, revisions, roles).
    member_started = time.perf_counter()
    kinds = [k for k in InstitutionKind.values if k != "partner"]
    english = Locale.objects.get(language_code="en")
    members = []
    for number in range(options.members):
        city = cities[number % len(cities)]
        demo = vocabulary.institutions[number % len(vocabulary.institutions)]
        kind = kinds[number % len(kinds)]
        label_ru = dict(InstitutionKind.choices)[kind]
        name = f"{demo['title_ru']} №{number + 1} ({city.name_ru})"
        member = add_member(
            name=name,
            name_en=f"{demo['title_en'] or label_ru} No. {number + 1} ({city.name_en})",
            slug=f"member-{number + 1}",
            kind=kind,
            region=city.region,
            city=city,
            admin_email=f"member{number + 1}@example.com",
            publish_pages=True,
            summary=demo["summary_ru"][:400],
        )
        sections = {}
        for language, page in (("ru", member.page), ("en", member.english)):
            for kind_name, model in (
                ("program", ProgramIndexPage),
                ("event", EventIndexPage),
                ("news", NewsIndexPage),
            ):
                sections[(language, kind_name)] = model.objects.child_of(page).get()
        members.append({"ru": member.page, "en": member.english, "sections": sections})
    timings["members_s"] = time.perf_counter() - member_started
    timings["members"] = len(members)

    locales = {"ru": Locale.objects.get(language_code="ru"), "en": english}
    profiles = list(Profile.objects.all())
    builder = Builder(rng, vocabulary, members, locales, (profiles, focuses, venues))
    remaining = max(0, options.pages - Page.objects.count())
    plan = builder.plan(remaining)

    from search.indexing import deferred_indexing

    with deferred_indexing(rebuild=False):
        # A sample through add_child, then the rest in bulk.
        sample = min(100, remaining // 10)
        sample_started = time.perf_counter()
        written = builder.add_child(next(plan) for _ in range(sample))
        timings["add_child_pages"] = written
        timings["add_child_rate"] = written / max(1e-9, time.perf_counter() - sample_started)
        bulk_started = time.perf_counter()
        written = builder.bulk(plan)
        timings["bulk_pages"] = written
        timings["bulk_rate"] = written / max(1e-9, time.perf_counter() - bulk_started)
    timings["build_s"] = time.perf_counter() - started
    timings["pages"] = Page.objects.count()

    check_started = time.perf_counter()
    problems = Page.find_problems()
    timings["tree_check_s"] = time.perf_counter() - check_started
    if any(problems):
        sys.exit(f"The page tree has problems: {problems}")
    print(
        f"Built {timings['pages']} pages in {timings['build_s']:.0f} s (tree checked)", flush=True
    )
