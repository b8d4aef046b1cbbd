"""Every page type declares where it may live and what it may hold."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from consortium import models
from home.models import HomePage

MEMBER_SECTIONS = {
    models.ProgramIndexPage,
    models.EventIndexPage,
    models.CompetitionIndexPage,
    models.NewsIndexPage,
    models.StandardPage,
    models.CollectionPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                models.MemberDirectoryPage,
                models.ProgramCatalogPage,
                models.EventCalendarPage,
                models.CompetitionCatalogPage,
                models.NewsCatalogPage,
                models.StandardPage,
                models.CollectionPage,
            },
        )

    def test_directory_holds_institutions_and_schools(self):
        self.assertAllowedParentPageTypes(models.MemberDirectoryPage, {HomePage})
        self.assertAllowedSubpageTypes(
            models.MemberDirectoryPage, {models.InstitutionPage, models.SchoolPage}
        )

    def test_institutions_hold_their_sections(self):
        for institution in (models.InstitutionPage, models.SchoolPage):
            with self.subTest(institution=institution):
                self.assertAllowedParentPageTypes(institution, {models.MemberDirectoryPage})
                self.assertAllowedSubpageTypes(institution, MEMBER_SECTIONS)

    def test_member_sections_hold_only_their_content_type(self):
        pairs = {
            models.ProgramIndexPage: models.ProgramPage,
            models.EventIndexPage: models.EventPage,
            models.CompetitionIndexPage: models.CompetitionPage,
            models.NewsIndexPage: models.NewsPage,
        }
        institutions = {models.InstitutionPage, models.SchoolPage}
        for section, content in pairs.items():
            with self.subTest(section=section):
                self.assertAllowedParentPageTypes(section, institutions)
                self.assertAllowedSubpageTypes(section, {content})

    def test_content_lives_only_inside_a_member_section(self):
        self.assertAllowedParentPageTypes(models.ProgramPage, {models.ProgramIndexPage})
        self.assertAllowedParentPageTypes(models.EventPage, {models.EventIndexPage})
        self.assertAllowedParentPageTypes(models.CompetitionPage, {models.CompetitionIndexPage})
        self.assertAllowedParentPageTypes(
            models.NewsPage, {models.NewsIndexPage, models.NewsCatalogPage}
        )
        for leaf in (
            models.ProgramPage,
            models.EventPage,
            models.CompetitionPage,
            models.NewsPage,
            models.EventSeriesPage,
        ):
            with self.subTest(leaf=leaf):
                self.assertAllowedSubpageTypes(leaf, set())

    def test_consortium_catalogues(self):
        for catalogue in (models.ProgramCatalogPage, models.CompetitionCatalogPage):
            with self.subTest(catalogue=catalogue):
                self.assertAllowedParentPageTypes(catalogue, {HomePage})
                self.assertAllowedSubpageTypes(catalogue, set())
        self.assertAllowedParentPageTypes(models.EventCalendarPage, {HomePage})
        self.assertAllowedSubpageTypes(models.EventCalendarPage, {models.EventSeriesPage})
        self.assertAllowedParentPageTypes(models.EventSeriesPage, {models.EventCalendarPage})
        self.assertAllowedParentPageTypes(models.NewsCatalogPage, {HomePage})
        self.assertAllowedSubpageTypes(models.NewsCatalogPage, {models.NewsPage})

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(
            models.StandardPage,
            {HomePage, models.InstitutionPage, models.SchoolPage, models.StandardPage},
        )
        self.assertAllowedSubpageTypes(
            models.StandardPage, {models.StandardPage, models.CollectionPage}
        )

    def test_collections_hold_nothing(self):
        self.assertAllowedParentPageTypes(
            models.CollectionPage,
            {HomePage, models.InstitutionPage, models.SchoolPage, models.StandardPage},
        )
        self.assertAllowedSubpageTypes(models.CollectionPage, set())

    def test_one_section_of_a_kind_per_parent(self):
        for section in (
            models.MemberDirectoryPage,
            models.ProgramCatalogPage,
            models.ProgramIndexPage,
            models.EventCalendarPage,
            models.EventIndexPage,
            models.CompetitionCatalogPage,
            models.CompetitionIndexPage,
            models.NewsCatalogPage,
            models.NewsIndexPage,
            HomePage,
        ):
            with self.subTest(section=section):
                self.assertEqual(section.max_count_per_parent, 1)
