import csv
import io
import re
from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape

from opvolging.tracker.models import Commitment


def test_filters_and_overdue(client, letter):
    c = Commitment.objects.filter(document=letter, due__isnull=False).first()
    c.due = timezone.localdate() - timedelta(days=3)
    c.save()
    html = client.get("/commitments/?status=overdue").content.decode()
    assert c.action[:40] in html
    html = client.get("/commitments/?status=fulfilled").content.decode()
    assert c.action[:40] not in html


def test_exports_carry_record_urls(client, letter):
    r = client.get("/commitments/?format=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(r.streaming_content).decode())))
    # the headers in the reader's language (Dutch, the default); JSON keeps its keys
    assert list(rows[0])[:3] == ["actie", "uitvoerder", "ministerie"]
    assert rows and all(row["URL"].startswith("http://testserver/commitments/") for row in rows)
    english = client.get("/commitments/?format=csv", HTTP_ACCEPT_LANGUAGE="en")
    assert b"".join(english.streaming_content).decode().startswith("action,actor,ministry,")
    assert client.get("/commitments/?format=xlsx")["Content-Type"].startswith("application/vnd.openxml")
    assert client.get("/commitments/?format=json").json()[0]["url"]
    assert client.get("/commitments/?format=pdf").status_code == 400
    # each row's document as pages name it: a ministry letter without an identifier by its subject
    letter.identifier, letter.subject = "", "Kabinetsreactie op het AIV-advies"
    letter.save()
    assert {row["document"] for row in client.get("/commitments/?format=json").json()} == {
        "Kabinetsreactie op het AIV-advies"}
    assert {row["document"] for row in client.get("/recommendations/?format=json").json()} == {
        "Kabinetsreactie op het AIV-advies"}


def test_status_change_with_reason_through_the_page(client, letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    client.force_login(editor)
    r = client.post(c.get_absolute_url(), {"form": "status", "status": "fulfilled", "note": "Brief verstuurd",
                                           "evidence_url": "https://example.org/brief"})
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.status == "fulfilled"
    html = client.get(c.get_absolute_url()).content.decode()
    assert "Brief verstuurd" in html and "open → nagekomen" in html  # in words, in Dutch (the default)


def test_the_second_of_two_editors_is_told_and_can_send_again(client, letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    client.force_login(editor)
    page = client.get(c.get_absolute_url()).content.decode()
    assert 'name="seen_status" value="open"' in page  # what the editor saw goes with the form
    c.set_status("in_progress", editor, "another editor, meanwhile")
    r = client.post(c.get_absolute_url(), {"form": "status", "status": "fulfilled", "note": "Brief verstuurd",
                                           "seen_status": "open"})
    html = r.content.decode()
    assert r.status_code == 200 and "Er is niets gewijzigd" in html
    c.refresh_from_db()
    assert c.status == "in_progress" and c.changes.count() == 1
    assert 'name="seen_status" value="in_progress"' in html  # sent again, it counts
    r = client.post(c.get_absolute_url(), {"form": "status", "status": "fulfilled", "note": "Brief verstuurd",
                                           "seen_status": "in_progress"})
    assert r.status_code == 302
    assert [(x.old, x.new) for x in c.changes.order_by("pk")] == [("open", "in_progress"), ("in_progress", "fulfilled")]


def test_anonymous_cannot_change_status(client, letter):
    c = Commitment.objects.filter(document=letter).first()
    r = client.post(c.get_absolute_url(), {"form": "status", "status": "fulfilled", "note": "x"})
    assert r.status_code == 403


def test_list_is_paginated(client, letter):
    html = client.get("/commitments/").content.decode()
    n = Commitment.objects.filter(document=letter).count()
    assert f"({n})" in html or n <= 50


def test_editor_confirms_commitments_in_bulk(client, letter, editor):
    client.force_login(editor)
    ids = list(Commitment.objects.filter(document=letter).values_list("pk", flat=True)[:4])
    r = client.post("/commitments/review/", {"ids": ids, "action": "confirm"})
    assert r.status_code == 302
    assert set(Commitment.objects.filter(pk__in=ids).values_list("review_state", flat=True)) == {"confirmed"}


def test_editor_corrects_a_commitment(client, letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    client.force_login(editor)
    r = client.post(c.get_absolute_url(), {"form": "correct", "action": "Beleidsbrief aan de Kamer sturen",
                                           "actor": "Minister van Buitenlandse Zaken"})
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.action == "Beleidsbrief aan de Kamer sturen" and set(c.corrected_fields) >= {"action", "actor"}


def test_the_list_shows_the_labels_served_in_the_same_few_queries(client, letter, django_assert_max_num_queries):
    # each promise with the recommendations it serves, their labels read in one query for the page, whatever it shows
    # (sixteen promises here; a first visit also counts them and reads the ministries and councils for the filters,
    # and the data version its counts are kept under, once for the request)
    served = Commitment.objects.filter(document=letter, recommendations__isnull=False).first()
    labels = [r.label for r in served.recommendations.order_by("document_id", "position")]
    with django_assert_max_num_queries(7):
        html = client.get("/commitments/").content.decode()
    # its row ends in the cell of its labels, in their document's order
    row = re.search(re.escape(escape(served.action[:40])) + r"(?:(?!</tr>).)*</tr>", html, re.S)
    assert row and row.group(0).endswith(f'<td class="utrecht-table__cell">{", ".join(labels)}</td></tr>'), row


def test_the_list_shows_the_soonest_due_first_and_those_without_a_date_last(client, letter):
    # on SQLite as on PostgreSQL: SQLite had put the promises without a due date first
    dated = list(Commitment.objects.filter(document=letter, due__isnull=False).order_by("due").values_list("action",
                                                                                                           flat=True))
    undated = list(Commitment.objects.filter(document=letter, due__isnull=True).values_list("action", flat=True))
    assert dated and undated
    html = client.get("/commitments/").content.decode()
    assert html.index(dated[0][:40]) < min(html.index(a[:40]) for a in undated)
