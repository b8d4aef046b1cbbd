"""What a document upload must be besides its extension (Wagtail checks only that): its
content must match the extension, so an HTML page renamed .pdf, a zip bomb dressed as .docx or
an office file carrying an XML entity bomb is refused with a form error. Images need nothing
here: Wagtail's image field already reads the file's real format, size and pixel count
(WAGTAILIMAGES_EXTENSIONS, _MAX_UPLOAD_SIZE, _MAX_IMAGE_PIXELS in the settings)."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# Office Open XML (Microsoft) and OpenDocument files are zip archives.
OOXML = {"docx", "pptx", "xlsx"}
OPENDOCUMENT = {"odt": b"application/vnd.oasis.opendocument.text"}
SIGNATURES = {"pdf": b"%PDF-", "rtf": b"{\\rtf"}
PLAIN_TEXT = {"csv", "txt"}
# What a browser would take for a page: refused in text files however they are served.
MARKUP_STARTS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml")
# Neither format ever declares entities: their presence is an entity-expansion bomb.
XML_ENTITY = b"<!ENTITY"
XML_SCAN_BYTES = 64 * 1024


def mismatch(extension):
    return ValidationError(
        _("The file's content is not a .%(extension)s file."),
        code="document_content_mismatch",
        params={"extension": extension},
    )


def check_zip(upload, extension):
    try:
        archive = zipfile.ZipFile(upload)
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise mismatch(extension) from error
    if (
        len(entries) > settings.DOCUMENT_ZIP_MAX_ENTRIES
        or sum(entry.file_size for entry in entries) > settings.DOCUMENT_ZIP_MAX_UNCOMPRESSED
    ):
        raise ValidationError(
            _("The archive inside this file unpacks to too many files or too many bytes."),
            code="document_zip_bomb",
        )
    names = {entry.filename for entry in entries}
    if extension in OOXML and "[Content_Types].xml" not in names:
        raise mismatch(extension)
    if extension in OPENDOCUMENT and (
        "mimetype" not in names or archive.read("mimetype").strip() != OPENDOCUMENT[extension]
    ):
        raise mismatch(extension)
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels")):
            with archive.open(entry) as member:
                if XML_ENTITY in member.read(XML_SCAN_BYTES):
                    raise ValidationError(
                        _("The file contains XML entity declarations, which are not allowed."),
                        code="document_xml_entities",
                    )


def check_document_content(upload):
    extension = upload.name.rsplit(".", 1)[-1].lower()
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        return  # Wagtail's extension check refuses it
    upload.seek(0)
    head = upload.read(1024)
    try:
        if extension in SIGNATURES:
            if not head.startswith(SIGNATURES[extension]):
                raise mismatch(extension)
        elif extension in PLAIN_TEXT:
            if b"\0" in head or head.lstrip().lower().startswith(MARKUP_STARTS):
                raise mismatch(extension)
        elif extension in OOXML or extension in OPENDOCUMENT:
            upload.seek(0)
            check_zip(upload, extension)
        else:  # an extension allowed in the settings but unknown here: refuse, not guess
            raise mismatch(extension)
    finally:
        upload.seek(0)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # A new upload only: an edit that keeps the stored file has nothing to check.
        if upload and "file" in self.changed_data:
            check_document_content(upload)
        return upload
