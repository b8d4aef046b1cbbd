"""Onboarding a member in one step, from the command line and from the admin."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Collection, Page, WorkflowPage

from consortium.models import InstitutionPage, SchoolPage
from consortium.onboarding import MEMBER_SECTIONS, MemberExists, add_member, member_slug
from consortium.sharing.roles import Role

from . import factories as f
from .sharing_setup import build_two_members
from .test_sharing import can_edit


class AddMemberTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.city = f.CityFactory(slug="kazan", region=f.RegionFactory(slug="tatarstan"))

    def add(self, **overrides):
        fields = {
            "name": "Казанский IT-куб",
            "name_en": "Kazan IT-cube",
            "kind": "it_cube",
            "region": self.city.region,
            "city": self.city,
            "admin_email": "head@itcube.example",
        }
        fields.update(overrides)
        return add_member(**fields)

    def test_everything_is_created_at_once(self):
        member = self.add()
        page = member.page
        self.assertEqual((page.slug, page.kind, page.live), ("kazan-it-cube", "it_cube", False))
        self.assertEqual(member.english.title, "Kazan IT-cube")
        self.assertEqual(member.english.translation_key, page.translation_key)
        for language_page in (page, member.english):
            children = Page.objects.get(pk=language_page.pk).get_children()
            sections = [type(p.specific) for p in children]
            self.assertEqual(sections, [model for model, *_ in MEMBER_SECTIONS])
            self.assertTrue(WorkflowPage.objects.filter(page=language_page).exists())
        self.assertEqual(member.collection.get_parent().name, "Участники")
        self.assertEqual(page.media_collection, member.collection)
        self.assertEqual(member.admin.email, "head@itcube.example")
        self.assertFalse(member.admin.has_usable_password())
        self.assertTrue(can_edit(member.admin, member.english))
        self.assertFalse(can_edit(member.admin, self.world.a.page))

    def test_schools_get_the_school_type(self):
        self.assertIsInstance(
            self.add(kind="school", name="Школа № 5", name_en="School 5").page, SchoolPage
        )

    def test_running_twice_is_refused_and_changes_nothing(self):
        self.add()
        pages, collections = Page.objects.count(), Collection.objects.count()
        with self.assertRaises(MemberExists):
            self.add()
        with self.assertRaises(MemberExists):
            self.add(name_en="Another name")  # same Russian name
        self.assertEqual((Page.objects.count(), Collection.objects.count()), (pages, collections))

    def test_a_city_outside_the_region_is_refused_before_anything_is_written(self):
        pages = Page.objects.count()
        with self.assertRaises(Exception):  # noqa: B017 - ValidationError with a message
            self.add(city=f.CityFactory())
        self.assertEqual(Page.objects.count(), pages)

    def test_slugs_from_russian_names(self):
        self.assertEqual(
            member_slug("Технопарк «Кванториум» Челябинск"), "tekhnopark-kvantorium-cheliabinsk"
        )

    def test_the_command(self):
        out = StringIO()
        args = [
            "Кружок «Маяк»",
            "--name-en",
            "Mayak club",
            "--kind",
            "club",
            "--region",
            "tatarstan",
            "--city",
            "kazan",
            "--admin-email",
            "mayak@example.com",
        ]
        call_command("add_member", *args, stdout=out)
        self.assertIn("Member added", out.getvalue())
        self.assertTrue(InstitutionPage.objects.filter(slug="mayak-club").exists())
        with self.assertRaisesMessage(CommandError, "«Кружок «Маяк»»"):  # "… already exists"
            call_command("add_member", *args, stdout=StringIO())
        with self.assertRaisesMessage(CommandError, "Unknown region or city"):
            call_command(
                "add_member",
                "Х",
                "--kind",
                "club",
                "--region",
                "nowhere",
                "--city",
                "kazan",
                "--admin-email",
                "x@example.com",
            )


class AddMemberScreenTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.city = f.CityFactory()

    def post(self, **overrides):
        data = {
            "name": "Новый центр",
            "name_en": "New centre",
            "kind": "education_centre",
            "region": self.city.region.pk,
            "city": self.city.pk,
            "admin_email": "centre@example.com",
        }
        data.update(overrides)
        return self.client.post("/admin/members/add/", data)

    def test_consortium_admins_onboard_members(self):
        self.client.force_login(self.world.users["consortium_admin"])
        self.assertEqual(self.client.get("/admin/members/add/").status_code, 200)
        response = self.post()
        page = InstitutionPage.objects.get(slug="new-centre", locale__language_code="ru")
        self.assertRedirects(response, f"/admin/pages/{page.pk}/")
        again = self.post()
        self.assertEqual(again.status_code, 400)
        errors = again.context["form"].non_field_errors()
        self.assertEqual(len(errors), 1)
        self.assertIn("«Новый центр»", errors[0])  # "… already exists", in the admin's language

    def test_bad_input_is_a_form_error(self):
        self.client.force_login(self.world.users["consortium_admin"])
        response = self.post(admin_email="not-an-email", city=f.CityFactory().pk, kind="castle")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(set(response.context["form"].errors), {"admin_email", "kind", "city"})

    def test_nobody_else_may(self):
        for who in (Role.MEMBER_ADMIN, "moderator", "staff_without_role"):
            self.client.force_login(self.world.users[who])
            with self.subTest(who=str(who)):
                self.assertEqual(self.post().status_code, 302)
                self.assertFalse(InstitutionPage.objects.filter(slug="new-centre").exists())
