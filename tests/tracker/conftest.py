"""Tracker fixtures: each test builds its own small database from the founding letter or a few lines."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from opvolging.extract import extract_path, extract_text
from opvolging.tracker.services.ingest import ingest
from tests.conftest import SAMPLE


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test its own cache: the dashboard's is keyed by the data version, which a rolled-back test resets."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def site_language():
    """Each test begins in the site's language: a request in another ("Accept-Language: en") leaves its language
    active in the thread, and a report or mail built after it would be written in that one."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture
def letter(db):
    """The founding letter, ingested: its Document."""
    return ingest(extract_path(SAMPLE)).document


@pytest.fixture
def editor(db):
    user = User.objects.create_user("redacteur", password="geheim-wachtwoord-1")
    user.groups.add(Group.objects.get_or_create(name="editor")[0])
    return user


@pytest.fixture
def viewer(db):
    user = User.objects.create_user("lezer", password="geheim-wachtwoord-2")
    user.groups.add(Group.objects.get_or_create(name="viewer")[0])
    return user


@pytest.fixture
def private_letter(db):
    text = ("Aanbeveling 1: Maak het register van toezeggingen openbaar.\n\n"
            "Het kabinet neemt deze aanbeveling over en zal voor de zomer een register publiceren.")
    return ingest(extract_text(text, path="geheim.txt"), public=False).document
