"""Editors can upload only the kinds of image and document families can open safely, up to a size
a family on a phone can download (WAGTAILIMAGES_* and WAGTAILDOCS_* in settings)."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png(name="ramp.png", image=None):
    buffer = io.BytesIO()
    (image or PillowImage.new("RGB", (40, 20), "#1d70b8")).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def upload_image(client, file):
    return client.post(reverse("wagtailimages:add"), {"title": "Ramp", "file": file})


def upload_document(client, file):
    return client.post(reverse("wagtaildocs:add"), {"title": "Leaflet", "file": file})


def test_an_editor_uploads_an_image_of_an_allowed_type(client, editor):
    client.force_login(editor)
    assert upload_image(client, png()).status_code == 302
    assert get_image_model().objects.get().title == "Ramp"


@pytest.mark.parametrize("name", ["ramp.svg", "ramp.bmp", "ramp.png.exe"])
def test_other_kinds_of_image_are_refused(client, editor, name):
    client.force_login(editor)

    response = upload_image(client, png(name))

    assert response.status_code == 200  # the form again
    assert "Not a supported image format" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_image_over_the_size_limit_is_refused(client, editor, settings):
    # Wagtail reads the image limit once, so the image is really over 10 MB: random pixels do
    # not compress.
    side = 1900
    noise = PillowImage.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    upload = png(image=noise)
    assert upload.size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    client.force_login(editor)

    response = upload_image(client, upload)

    assert "This file is too big" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_document_of_an_allowed_type_is_taken_and_others_are_refused(client, editor):
    client.force_login(editor)

    refused = upload_document(client, SimpleUploadedFile("run-me.exe", b"MZ"))
    taken = upload_document(client, SimpleUploadedFile("leaflet.pdf", b"%PDF-1.4 leaflet"))

    assert "File extension “exe” is not allowed" in refused.content.decode()
    assert taken.status_code == 302
    assert get_document_model().objects.get().title == "Leaflet"


def test_a_document_over_the_size_limit_is_refused(client, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    client.force_login(editor)

    response = upload_document(client, SimpleUploadedFile("leaflet.pdf", b"%PDF-1.4 " * 10))

    assert "This file is too big" in response.content.decode()
    assert not get_document_model().objects.exists()
