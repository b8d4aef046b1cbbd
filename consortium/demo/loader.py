"""Build the demo consortium from the data modules in `content/`. Idempotent: pages are found
by slug under their parent and left alone when they exist; vocabularies are upserted."""

import datetime
from decimal import Decimal

from django.db import transaction
from wagtail.models import Locale

from ..models import (
    City,
    CollectionPage,
    CompetitionIndexPage,
    CompetitionPage,
    CompetitionStage,
    EventIndexPage,
    EventPage,
    EventSeriesPage,
    Focus,
    InstitutionLink,
    InstitutionPage,
    Network,
    NewsIndexPage,
    NewsPage,
    Person,
    Profile,
    ProgramIndexPage,
    ProgramPage,
    ProgramScheduleSlot,
    Region,
    StandardPage,
    Venue,
)
from ..onboarding import add_member
from ..site_setup import add_page, ensure_translation, publish
from .content import collections, competitions, events, members, news, programs, taxonomy
from .content.home import ABOUT, HOME
from .text import body, days_from_today, local_datetime, parse_time, rich_text, science_day


def bilingual(data, *names):
    """{field: (russian, english)} for the given names from a `<name>_ru` / `<name>_en` dict."""
    return {name: (data.get(f"{name}_ru") or "", data.get(f"{name}_en") or "") for name in names}


class DemoLoader:
    def __init__(self, home, sections):
        self.home = home
        self.sections = sections
        self.english = Locale.objects.get(language_code="en")
        self.institutions = {}
        self.member_sections = {}
        self.series = {}

    @transaction.atomic
    def load(self):
        self.load_vocabularies()
        self.load_home()
        self.load_institutions()
        self.load_programs()
        self.load_events()
        self.load_competitions()
        self.load_news()
        self.load_collections()

    # Vocabularies ---------------------------------------------------------------------------

    def load_vocabularies(self):
        for order, (slug, ru, en) in enumerate(taxonomy.FOCUSES):
            Focus.objects.update_or_create(
                slug=slug, defaults={"name_ru": ru, "name_en": en, "sort_order": order}
            )
        focuses = {focus.slug: focus for focus in Focus.objects.all()}
        for slug, focus, ru, en, quantum in taxonomy.PROFILES:
            Profile.objects.update_or_create(
                slug=slug,
                defaults={
                    "name_ru": ru,
                    "name_en": en,
                    "focus": focuses[focus],
                    "is_quantum": quantum,
                },
            )
        for slug, ru, en, district in taxonomy.REGIONS:
            Region.objects.update_or_create(
                slug=slug, defaults={"name_ru": ru, "name_en": en, "federal_district": district}
            )
        regions = {region.slug: region for region in Region.objects.all()}
        for slug, region, ru, en in taxonomy.CITIES:
            City.objects.update_or_create(
                slug=slug, defaults={"name_ru": ru, "name_en": en, "region": regions[region]}
            )
        for slug, ru, en in taxonomy.NETWORKS:
            Network.objects.update_or_create(slug=slug, defaults={"name_ru": ru, "name_en": en})
        for person in [*members.PEOPLE, *events.PEOPLE]:
            Person.objects.update_or_create(
                slug=person["slug"],
                defaults={
                    key: person[key] for key in ("name_ru", "name_en", "position_ru", "position_en")
                },
            )
        cities = {city.slug: city for city in City.objects.all()}
        for venue in [*members.VENUES, *getattr(events, "VENUES", [])]:
            Venue.objects.update_or_create(
                slug=venue["slug"],
                defaults={
                    "city": cities[venue["city"]],
                    "name_ru": venue["name_ru"],
                    "name_en": venue["name_en"],
                    "address_ru": venue["address_ru"],
                    "address_en": venue["address_en"],
                    "latitude": Decimal(str(venue["latitude"])).quantize(Decimal("0.000001")),
                    "longitude": Decimal(str(venue["longitude"])).quantize(Decimal("0.000001")),
                },
            )
        self.profiles = {profile.slug: profile for profile in Profile.objects.all()}
        self.venues = {venue.slug: venue for venue in Venue.objects.all()}
        self.people = {person.slug: person for person in Person.objects.all()}
        self.regions, self.cities = regions, cities

    # Pages ----------------------------------------------------------------------------------

    def child(self, parent, model, slug, build):
        """The child of `parent` with this slug, created and published by `build()` if missing."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return existing, False
        page = build()
        page.slug = slug
        return add_page(parent, page), True

    def translate(self, page, data, fields, extra=None):
        """The English translation of `page` from the data's `_en` values, if the data has one."""
        if not data.get("title_en"):
            return None
        values = {name: english for name, (_, english) in fields.items()}
        values.update(extra or {})
        return ensure_translation(page, self.english, **values)

    def text_fields(self, data, plain=(), rich=(), streams=("body",)):
        fields = bilingual(data, "title", "summary", *plain)
        fields.update(
            {
                name: tuple(rich_text(v) for v in pair)
                for name, pair in bilingual(data, *rich).items()
            }
        )
        fields.update(
            {name: (body(data.get(f"{name}_ru")), body(data.get(f"{name}_en"))) for name in streams}
        )
        return fields

    def russian(self, fields):
        return {name: russian for name, (russian, _) in fields.items()}

    def load_home(self):
        fields = self.text_fields(HOME, rich=("intro",))
        home = self.home
        if not home.intro:
            for name, value in self.russian(fields).items():
                setattr(home, name, value)
            publish(home)
        english = home.get_translation(self.english).specific
        if not english.intro:
            for name, (_, value) in fields.items():
                setattr(english, name, value)
            publish(english)
        about_fields = self.text_fields(ABOUT)
        about, _ = self.child(
            home, StandardPage, ABOUT["slug"], lambda: StandardPage(**self.russian(about_fields))
        )
        self.translate(about, ABOUT, about_fields)

    def load_institutions(self):
        """Members are onboarded the way a consortium admin does it (`add_member`), then their
        profiles are filled in both languages."""
        directory = self.sections["members"]
        for data in members.INSTITUTIONS:
            page = InstitutionPage.objects.child_of(directory).filter(slug=data["slug"]).first()
            self.institutions[data["slug"]] = (page or self.onboard(data)).specific
        self.link_institutions()
        for page in self.institutions.values():
            for section in page.get_children().specific():
                self.member_sections[(page.slug, type(section))] = section

    def onboard(self, data):
        fields = self.text_fields(data, plain=("full_name", "head_name", "head_position"))
        school = data.get("school") or {}
        extra = {}
        if school:
            extra = {
                "school_number": school["number"],
                "grade_from": school["grade_from"],
                "grade_to": school["grade_to"],
                "engineering_classes": school.get("engineering_classes_ru", ""),
            }
        member = add_member(
            name=data["title_ru"],
            name_en=data["title_en"],
            slug=data["slug"],
            kind=data["kind"],
            region=self.regions[data["region"]],
            city=self.cities[data["city"]],
            admin_email=f"{data['slug']}-admin@consortium.example",
            publish_pages=True,
            **{name: value for name, value in self.russian(fields).items() if name != "title"},
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            website=data.get("website", ""),
            networks=list(Network.objects.filter(slug__in=data.get("networks", []))),
            venues=[self.venues[slug] for slug in data.get("venues", [])],
            links=[InstitutionLink(label=label, url=url) for label, url in data.get("links", [])],
            **extra,
        )
        english = member.english
        for name, (_, value) in fields.items():
            setattr(english, name, value)
        if school:
            english.engineering_classes = school.get("engineering_classes_en", "")
        publish(english)
        return member.page

    def link_institutions(self):
        """Parent institutions and school partners refer to other members, so they are set once
        every member exists (only on pages created without them)."""
        for data in members.INSTITUTIONS:
            page = self.institutions[data["slug"]]
            changed = False
            if data.get("parent") and page.parent_institution_id is None:
                page.parent_institution = self.institutions[data["parent"]]
                changed = True
            partners = (data.get("school") or {}).get("partners", [])
            if partners and not page.partners.exists():
                page.partners = [self.institutions[slug] for slug in partners]
                changed = True
            if changed:
                publish(page)

    def section(self, member_slug, model):
        return self.member_sections[(member_slug, model)]

    def load_programs(self):
        for data in programs.PROGRAMS:
            fields = self.text_fields(data, plain=("special_needs",), rich=("goals", "results"))
            fields["expected_results"] = fields.pop("results")
            parent = self.section(data["member"], ProgramIndexPage)
            page, _ = self.child(
                parent, ProgramPage, data["slug"], lambda d=data, f=fields: self.build_program(d, f)
            )
            self.translate(page, data, fields)
        featured = ProgramPage.objects.filter(
            locale=self.home.locale,
            translation_key__in=ProgramPage.objects.filter(locale=self.english).values(
                "translation_key"
            ),
        ).order_by("pk")[:6]
        if not self.home.featured_programs.exists():
            self.home.featured_programs = [
                self.home.featured_programs.model(program=program) for program in featured
            ]
            publish(self.home)

    def build_program(self, data, fields):
        profile = self.profiles[data["profile"]]
        page = ProgramPage(
            **self.russian(fields),
            focus=profile.focus,
            profile=profile,
            level=data["level"],
            format=data["format"],
            payment=data["payment"],
            price=data.get("price"),
            enrolment_status=data["enrolment_status"],
            age_from=data.get("age_from"),
            age_to=data.get("age_to"),
            grade_from=data.get("grade_from"),
            grade_to=data.get("grade_to"),
            duration_weeks=data.get("duration_weeks"),
            hours=data.get("hours"),
            capacity=data.get("capacity"),
            free_seats=data.get("free_seats"),
            venue=self.venues.get(data.get("venue") or ""),
            registration_url=data.get("registration_url", ""),
            registration_opens=days_from_today(data.get("registration_opens_days")),
            registration_closes=days_from_today(data.get("registration_closes_days")),
        )
        page.teachers = [self.people[slug] for slug in data.get("teachers", [])]
        page.schedule = [
            ProgramScheduleSlot(
                group=group, weekday=weekday, starts_at=parse_time(start), ends_at=parse_time(end)
            )
            for group, weekday, start, end in data.get("schedule", [])
        ]
        return page

    def load_events(self):
        calendar = self.sections["events"]
        for data in events.SERIES:
            if data.get("science_week"):
                day = science_day()
                starts_on = day - datetime.timedelta(days=3)
                ends_on = day + datetime.timedelta(days=3)
            else:
                starts_on = days_from_today(data["start_days"])
                ends_on = days_from_today(data["end_days"])
            fields = self.text_fields(data)
            page, _ = self.child(
                calendar,
                EventSeriesPage,
                data["slug"],
                lambda f=fields, s=starts_on, e=ends_on: EventSeriesPage(
                    **self.russian(f), starts_on=s, ends_on=e
                ),
            )
            self.series[data["slug"]] = page
            self.translate(page, data, fields)
        for data in events.EVENTS:
            fields = self.text_fields(data)
            parent = self.section(data["member"], EventIndexPage)
            page, _ = self.child(
                parent, EventPage, data["slug"], lambda d=data, f=fields: self.build_event(d, f)
            )
            self.translate(page, data, fields)

    def build_event(self, data, fields):
        if "science_week_day" in data:
            day = science_day() + datetime.timedelta(days=data["science_week_day"])
        else:
            day = days_from_today(data["days"])
        starts_at = local_datetime(day, data["start"], data["time_zone"])
        profile = self.profiles.get(data.get("profile") or "")
        page = EventPage(
            **self.russian(fields),
            event_type=data["event_type"],
            status=data.get("status", "scheduled"),
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(minutes=data["duration_minutes"]),
            time_zone=data["time_zone"],
            attendance_mode=data["attendance_mode"],
            venue=self.venues.get(data.get("venue") or ""),
            online_url=data.get("online_url", ""),
            recording_url=data.get("recording_url", ""),
            focus=profile.focus if profile else None,
            profile=profile,
            age_from=data.get("age_from"),
            age_to=data.get("age_to"),
            age_rating=data.get("age_rating", "0+"),
            registration_required=data.get("registration_required", False),
            capacity=data.get("capacity"),
            registration_url=data.get("registration_url", ""),
            series=self.series.get(data.get("series") or ""),
        )
        page.speakers = [self.people[slug] for slug in data.get("speakers", [])]
        return page

    def load_competitions(self):
        for data in competitions.COMPETITIONS:
            fields = self.text_fields(data, plain=("benefits", "prizes"), rich=("results",))
            parent = self.section(data["member"], CompetitionIndexPage)
            page, _ = self.child(
                parent,
                CompetitionPage,
                data["slug"],
                lambda d=data, f=fields: self.build_competition(d, f),
            )
            english = self.translate(page, data, fields)
            if (
                english is not None
                and english.stages.filter(
                    name__in=[stage["name_ru"] for stage in data["stages"]]
                ).exists()
            ):
                for stage, stage_data in zip(english.stages.all(), data["stages"], strict=False):
                    stage.name = stage_data["name_en"]
                    stage.venue = stage_data.get("venue_en", "")
                publish(english)

    def build_competition(self, data, fields):
        profile = self.profiles.get(data.get("profile") or "")
        page = CompetitionPage(
            **self.russian(fields),
            season=data["season"],
            track=data["track"],
            participation=data["participation"],
            team_size_min=data.get("team_size_min"),
            team_size_max=data.get("team_size_max"),
            olympiad_level=data.get("olympiad_level", ""),
            focus=profile.focus if profile else None,
            profile=profile,
            grade_from=data.get("grade_from"),
            grade_to=data.get("grade_to"),
            age_from=data.get("age_from"),
            age_to=data.get("age_to"),
            registration_url=data.get("registration_url", ""),
            registration_opens=days_from_today(data.get("registration_opens_days")),
            registration_closes=days_from_today(data.get("registration_closes_days")),
        )
        page.stages = [
            CompetitionStage(
                name=stage["name_ru"],
                format=stage["format"],
                starts_on=days_from_today(stage["start_days"]),
                ends_on=days_from_today(stage.get("end_days")),
                venue=stage.get("venue_ru", ""),
            )
            for stage in data["stages"]
        ]
        return page

    def load_news(self):
        for data in news.NEWS:
            fields = self.text_fields(data)
            if data.get("member"):
                parent = self.section(data["member"], NewsIndexPage)
            else:
                parent = self.sections["news"]
            page, _ = self.child(
                parent,
                NewsPage,
                data["slug"],
                lambda d=data, f=fields: NewsPage(
                    **self.russian(f),
                    date=days_from_today(-d["days_ago"]),
                    age_rating=d.get("age_rating", "0+"),
                ),
            )
            self.translate(page, data, fields)

    def load_collections(self):
        for data in collections.COLLECTIONS:
            fields = bilingual(data, "title", "summary")

            def build(data=data, fields=fields):
                page = CollectionPage(**self.russian(fields), **data["criteria"])
                page.focuses = [Focus.objects.get(slug=slug) for slug in data["focuses"]]
                return page

            page, _ = self.child(self.home, CollectionPage, data["slug"], build)
            self.translate(page, data, fields)
