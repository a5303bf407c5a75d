"""Roles: the admin group can use Django's admin; a record is made public or private by an editor, with its
history; the history of a record is visible to editors; GET /logout/ asks, POST signs out."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from opvolging.tracker.models import Commitment, Recommendation


@pytest.mark.django_db
def test_the_admin_group_can_do_in_the_admin_what_its_name_says(client, letter):
    user = User.objects.create_user("beheerder", password="geheim-wachtwoord-3")
    user.groups.add(Group.objects.get(name="admin"))
    user.refresh_from_db()
    assert user.is_staff and user.has_perm("tracker.change_commitment") and user.has_perm("auth.add_user")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/tracker/commitment/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 200
    Group.objects.get(name="admin").user_set.remove(user)
    user.refresh_from_db()
    assert not user.is_staff


@pytest.mark.django_db
def test_an_editor_makes_a_record_private_with_history_and_a_document_takes_its_records(client, letter, editor):
    rec = Recommendation.objects.filter(document=letter).first()
    client.force_login(editor)
    r = client.post(f"/records/recommendation/{rec.pk}/visibility/", {"public": "0", "next": "/"})
    assert r.status_code == 302
    rec.refresh_from_db()
    assert not rec.is_public and rec.history.first().history_user == editor
    assert client.get(f"/records/recommendation/{rec.pk}/history/").status_code == 200
    page = client.get(f"/records/recommendation/{rec.pk}/history/").content.decode()
    assert "redacteur" in page and "→" in page
    client.post(f"/records/document/{letter.pk}/visibility/", {"public": "0"})
    assert not Commitment.objects.filter(document=letter, is_public=True).exists()
    client.logout()
    assert client.get(letter.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_viewer_cannot_switch_nor_read_the_history(client, letter, viewer):
    rec = Recommendation.objects.filter(document=letter).first()
    client.force_login(viewer)
    assert client.post(f"/records/recommendation/{rec.pk}/visibility/", {"public": "0"}).status_code == 302
    rec.refresh_from_db()
    assert rec.is_public
    assert client.get(f"/records/recommendation/{rec.pk}/history/").status_code == 302  # to the login page
    assert client.get(f"/records/widget/{rec.pk}/history/").status_code in (302, 404)


@pytest.mark.django_db
def test_get_logout_asks_and_post_signs_out(client, editor):
    client.force_login(editor)
    page = client.get("/logout/")
    assert page.status_code == 200 and 'action="/logout/"' in page.content.decode()
    assert client.post("/logout/").status_code == 302
    assert "_auth_user_id" not in client.session
