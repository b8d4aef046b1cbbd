"""Media on S3-compatible object storage (AWS_STORAGE_BUCKET_NAME, django-storages), against a
real S3 server started locally (moto's): original images, renditions and documents are stored
in the bucket and served from it; the bucket is private, so a document restricted to logged-in
users is still reachable only through Wagtail's serve view."""

import urllib.error
import urllib.request

import boto3
import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from consortium.models import ConsortiumImage

from .services import started_moto
from .test_admin import png_file

BUCKET = "consortium-media"


@pytest.fixture(scope="module")
def s3_endpoint():
    endpoint, process = started_moto()
    yield endpoint
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_endpoint,
                "region_name": "us-east-1",
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
    }
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])


def keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def read(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - moto's server
        return response.read()


@pytest.mark.django_db
def test_images_and_renditions_are_stored_in_the_bucket_and_served_from_it(bucket):
    image = ConsortiumImage.objects.create(
        title="Мастерская", description="Дети собирают робота", file=png_file("workshop.png")
    )
    rendition = image.get_rendition("fill-20x20")
    stored = keys(bucket)
    assert image.file.name in stored
    assert rendition.file.name in stored
    assert rendition.file.name.startswith("images/")
    assert read(rendition.url)[:8] == b"\x89PNG\r\n\x1a\n"  # a signed URL of the bucket
    unsigned = rendition.url.split("?", 1)[0]
    with pytest.raises(urllib.error.HTTPError) as refused:
        read(unsigned)
    assert refused.value.code == 403


@pytest.mark.django_db
def test_a_private_document_is_served_only_through_wagtails_view(bucket):
    private = Collection.get_first_root_node().add_child(name="Для сотрудников")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document = get_document_model().objects.create(
        title="Положение", collection=private, file=ContentFile(b"%PDF-1.4 secret", "rules.pdf")
    )
    assert document.file.name in keys(bucket)
    assert document.url.startswith("/documents/")  # the serve view, not the bucket
    anonymous = Client().get(document.url)
    assert anonymous.status_code == 302
    assert "/login" in anonymous["Location"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        read(document.file.storage.url(document.file.name).split("?", 1)[0])
    assert refused.value.code == 403
    reader = Client()
    reader.force_login(get_user_model().objects.create_user("reader", password="x"))
    response = reader.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 secret"
