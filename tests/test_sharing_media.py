"""Each member's images and documents live in its own collection; its staff see, choose and
upload only there."""

from django.test import TestCase
from wagtail.documents.models import Document

from consortium.models import ConsortiumImage
from consortium.sharing.roles import Role

from .sharing_setup import build_two_members
from .test_admin import png_file


def chooser_html(client, url):
    """A chooser's HTML, whether it comes as JSON for the modal or as a results fragment."""
    response = client.get(url)
    if response.status_code != 200:
        return ""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


class MemberMediaTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.image_a = ConsortiumImage.objects.create(
            title="Лаборатория А",
            file=png_file("a.png"),
            description="Лаборатория",
            collection=cls.world.a.collection,
        )
        cls.image_b = ConsortiumImage.objects.create(
            title="Лаборатория Б",
            file=png_file("b.png"),
            description="Лаборатория",
            collection=cls.world.b.collection,
        )
        cls.document_b = Document.objects.create(
            title="Положение Б", file=png_file("b.txt"), collection=cls.world.b.collection
        )

    def test_staff_see_and_choose_only_their_members_media(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        chooser = chooser_html(self.client, "/admin/images/chooser/")
        self.assertIn("Лаборатория А", chooser)
        self.assertNotIn("Лаборатория Б", chooser)
        self.assertNotContains(self.client.get("/admin/images/"), "Лаборатория Б")
        self.assertNotEqual(self.client.get(f"/admin/images/{self.image_b.pk}/").status_code, 200)
        self.assertNotIn("Положение Б", chooser_html(self.client, "/admin/documents/chooser/"))
        self.assertNotEqual(
            self.client.get(f"/admin/documents/edit/{self.document_b.pk}/").status_code, 200
        )

    def test_uploads_go_to_the_members_collection_only(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        for target in (self.world.b.collection, self.world.a.collection):
            self.client.post(
                "/admin/images/add/",
                {
                    "title": f"Новое {target.pk}",
                    "file": png_file(),
                    "description": "Станок",
                    "collection": target.pk,
                },
            )
        # Member A's staff have one collection to upload to: whatever they ask, it lands there.
        collections = ConsortiumImage.objects.filter(title__startswith="Новое").values_list(
            "collection", flat=True
        )
        self.assertEqual(set(collections), {self.world.a.collection.pk})

    def test_readers_and_strangers_get_no_media(self):
        for who in (Role.READER, "staff_without_role"):
            self.client.force_login(self.world.users[who])
            with self.subTest(who=str(who)):
                self.assertNotContains(
                    self.client.get("/admin/images/chooser/"),
                    "Лаборатория",
                    status_code=self.client.get("/admin/images/chooser/").status_code,
                )

    def test_images_and_documents_both_work_in_one_request(self):
        # Wagtail caches collection permissions per user under one name for both kinds.
        Document.objects.create(
            title="Положение А", file=png_file("a.txt"), collection=self.world.a.collection
        )
        self.client.force_login(self.world.users[Role.EDITOR])
        dashboard = self.client.get("/admin/").content.decode()
        self.assertIn("/admin/images/", dashboard)
        self.assertIn("/admin/documents/", dashboard)
        self.assertIn("Положение А", chooser_html(self.client, "/admin/documents/chooser/"))
