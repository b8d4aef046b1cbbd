"""Uploads through the admin's own views: images are taken by their content (JPEG, PNG, GIF,
WebP; no SVG, nothing renamed, no decompression bomb), documents by extension and matching
content (consortium/uploads.py); every refusal is a form error, never a 500. Documents are
served as attachments with nosniff, and a restricted collection's are not reachable by URL."""

import io
import zipfile

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from consortium.models import ConsortiumImage

IMAGE_ADD = "/admin/images/add/"
DOCUMENT_ADD = "/admin/documents/add/"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"


def picture(fmt, size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, fmt)
    return buffer.getvalue()


def office(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}
XML_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    "<w:document>&lol2;</w:document>"
)


class UploadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("root", "root@example.com", "x")
        cls.root = Collection.get_first_root_node()

    def setUp(self):
        self.client.force_login(self.admin)

    def upload_image(self, name, content):
        return self.client.post(
            IMAGE_ADD,
            {
                "title": name,
                "description": "Описание",
                "collection": self.root.pk,
                "file": SimpleUploadedFile(name, content),
            },
        )

    def upload_document(self, name, content, collection=None):
        return self.client.post(
            DOCUMENT_ADD,
            {
                "title": name,
                "collection": (collection or self.root).pk,
                "file": SimpleUploadedFile(name, content),
            },
        )

    def assertRefused(self, response, code, model):
        self.assertEqual(response.status_code, 200)  # the form again, with the error
        errors = response.context["form"].errors.as_data()["file"]
        self.assertIn(code, [error.code for error in errors])
        self.assertFalse(model.objects.exists())

    def test_real_images_of_the_four_formats_are_accepted(self):
        for name, fmt in (
            ("a.jpg", "JPEG"),
            ("b.png", "PNG"),
            ("c.gif", "GIF"),
            ("d.webp", "WEBP"),
        ):
            self.assertEqual(self.upload_image(name, picture(fmt)).status_code, 302, name)
        self.assertEqual(ConsortiumImage.objects.count(), 4)

    def test_svg_is_refused_however_it_is_named(self):
        self.assertRefused(
            self.upload_image("x.svg", SVG), "invalid_image_extension", ConsortiumImage
        )
        self.assertRefused(
            self.upload_image("x.png", SVG), "invalid_image_known_format", ConsortiumImage
        )

    def test_an_image_renamed_to_another_format_is_refused(self):
        self.assertRefused(
            self.upload_image("x.png", picture("GIF")),
            "invalid_image_known_format",
            ConsortiumImage,
        )

    def test_a_decompression_bomb_is_refused(self):
        bomb = picture("PNG", size=(8000, 6000), mode="1")  # 48 million pixels, ~10 kB
        self.assertLess(len(bomb), 100_000)
        self.assertRefused(
            self.upload_image("bomb.png", bomb), "file_too_many_pixels", ConsortiumImage
        )

    def test_real_documents_are_accepted(self):
        accepted = {
            "a.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
            "b.docx": office(DOCX),
            "c.odt": office(
                {
                    "mimetype": "application/vnd.oasis.opendocument.text",
                    "content.xml": "<office:document-content/>",
                }
            ),
            "d.txt": "Расписание занятий".encode(),
            "e.csv": b"name;age\nIvan;15\n",
            "f.rtf": b"{\\rtf1\\ansi Hello}",
        }
        for name, content in accepted.items():
            self.assertEqual(self.upload_document(name, content).status_code, 302, name)

    def test_spoofed_and_hostile_documents_get_a_form_error(self):
        Document = get_document_model()
        cases = [
            ("report.pdf", HTML, "document_content_mismatch"),
            ("notes.txt", HTML, "document_content_mismatch"),
            ("page.html", HTML, None),  # Wagtail's extension check, which names no code
            ("x.docx", b"PK\x03\x04 not really a zip", "document_content_mismatch"),
            ("x.xlsx", office({"a.txt": "no content types"}), "document_content_mismatch"),
            ("bomb.docx", office({**DOCX, "word/document.xml": XML_BOMB}), "document_xml_entities"),
            (
                "many.docx",
                office({**DOCX, **{f"f{i}.txt": "" for i in range(2001)}}),
                "document_zip_bomb",
            ),
            (
                "huge.docx",
                office({**DOCX, "word/media/zeros.bin": b"\0" * (201 * 1024 * 1024)}),
                "document_zip_bomb",
            ),
        ]
        for name, content, code in cases:
            with self.subTest(name):
                self.assertRefused(self.upload_document(name, content), code, Document)

    def test_documents_are_attachments_and_private_ones_need_a_login(self):
        private = self.root.add_child(name="Internal")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        self.upload_document("public.pdf", b"%PDF-1.4 public")
        self.upload_document("secret.pdf", b"%PDF-1.4 secret", collection=private)
        public, secret = get_document_model().objects.order_by("pk")
        self.client.logout()
        response = self.client.get(public.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        response = self.client.get(secret.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/_util/login/", response["Location"])
        self.assertNotIn(b"secret", response.content)
        # The file itself is never under a public URL.
        self.assertEqual(self.client.get(f"/media/{secret.file.name}").status_code, 404)
