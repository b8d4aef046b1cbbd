"""The admin as editors meet it: every page type's edit and add forms, both interface
languages, taxonomies, mandatory alt text, and wagtail-localize's translation route."""

import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from PIL import Image as PILImage
from wagtail.models import Locale, Page, get_page_models
from wagtail.users.models import UserProfile

from consortium.models import ConsortiumImage, Focus

from . import factories as f
from .tree import PAGE_NAMES, build_consortium


def png_file(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class AdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@example.com", "password"
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def test_edit_form_of_every_page_type(self):
        pages = [getattr(self.pages, name) for name in PAGE_NAMES]
        pages += list(self.pages.sections.values())
        for page in pages:
            with self.subTest(page=type(page).__name__):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)

    def test_add_form_of_every_page_type_under_an_allowed_parent(self):
        candidates = [getattr(self.pages, name) for name in PAGE_NAMES]
        candidates += [*self.pages.sections.values(), Page.get_first_root_node()]
        for model in get_page_models():
            if model is Page:
                continue
            parents = [page.specific for page in candidates if model.can_exist_under(page.specific)]
            free = [page for page in parents if model.can_create_at(page)]
            with self.subTest(model=model.__name__):
                self.assertTrue(parents)
                if free:
                    self.assertEqual(self.client.get(self.add_url(model, free[0])).status_code, 200)
                else:  # a singleton that already exists: the admin refuses a second one
                    self.assertNotEqual(
                        self.client.get(self.add_url(model, parents[0])).status_code, 200
                    )

    def add_url(self, model, parent):
        return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"

    def test_admin_speaks_russian_and_english(self):
        profile = UserProfile.get_for_user(self.admin)
        for language, word in (("ru", "Панель управления"), ("en", "Dashboard")):
            with self.subTest(language=language):
                profile.preferred_language = language
                profile.save()
                response = self.client.get("/admin/")
                self.assertContains(response, f'<html lang="{language}"')
                self.assertContains(response, word)

    def test_taxonomies_are_listed_with_both_labels(self):
        focus = f.FocusFactory(name_ru="Техническая", name_en="Technical")
        response = self.client.get("/admin/snippets/consortium/focus/")
        self.assertContains(response, "Техническая")
        self.assertContains(response, "Technical")
        self.assertEqual(Focus.objects.get(pk=focus.pk).name_en, "Technical")

    def test_images_require_alt_text(self):
        response = self.client.post(
            "/admin/images/add/", {"title": "Лаборатория", "file": png_file(), "description": ""}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("description", response.context["form"].errors)
        self.assertFalse(ConsortiumImage.objects.exists())
        response = self.client.post(
            "/admin/images/add/",
            {"title": "Лаборатория", "file": png_file(), "description": "Школьники у станка"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(ConsortiumImage.objects.get().default_alt_text, "Школьники у станка")

    def test_wagtail_localize_translates_without_publishing(self):
        lonely = f.ProgramPageFactory(parent=self.pages.program_index, title="Только по-русски")
        english = Locale.objects.get(language_code="en")
        url = f"/admin/localize/submit/page/{lonely.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, {"locales": [english.pk]})
        self.assertEqual(response.status_code, 302)
        translation = lonely.get_translation(english)
        self.assertFalse(translation.live)
        answer = self.client.get("/en/search/", {"q": "Только"}).context["answer"]
        self.assertEqual(answer["results"], [])
