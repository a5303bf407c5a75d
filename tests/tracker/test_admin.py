"""Django's admin, for the admins: a recommendation shows its subjects (read-only) beside its fields."""

from django.contrib.auth.models import User

from opvolging.tracker.models import Recommendation


def test_a_recommendations_admin_page_lists_its_tags(client, letter):
    admin = User.objects.create_superuser("beheer", password="geheim-wachtwoord-3")
    client.force_login(admin)
    rec = Recommendation.objects.get(document=letter, label="1")
    html = client.get(f"/admin/tracker/recommendation/{rec.pk}/change/").content.decode()
    assert "Rule of law" in html and "rechtsstaat" in html
    assert client.get("/admin/tracker/recommendation/").status_code == 200
