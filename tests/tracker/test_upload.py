from django.core.files.uploadedfile import SimpleUploadedFile

from opvolging.tracker.models import Document


def test_editor_uploads_a_letter(client, editor):
    client.force_login(editor)
    text = (b"Aanbeveling 1: Publiceer alle toezeggingen.\n\nHet kabinet neemt deze aanbeveling over en zal dit "
            b"voor de zomer doen.")
    r = client.post("/documents/upload/", {"file": SimpleUploadedFile("brief.txt", text), "public": "on"})
    assert r.status_code == 302
    doc = Document.objects.get()
    assert doc.recommendations.get().stance == "adopted" and doc.is_public


def test_bad_upload_gets_a_clear_error_and_stores_nothing(client, editor):
    client.force_login(editor)
    r = client.post("/documents/upload/", {"file": SimpleUploadedFile("kapot.pdf", b"%PDF-1.4 garbage")})
    assert r.status_code == 400 and "kapot.pdf: is not a readable PDF" in r.content.decode()
    assert not Document.objects.exists()


def test_anonymous_cannot_upload(client, db):
    assert client.get("/documents/upload/").status_code == 302


def test_uploading_the_same_letter_again_says_it_is_there(client, editor):
    client.force_login(editor)
    text = b"Aanbeveling 1: Publiceer alle toezeggingen.\n\nHet kabinet neemt deze aanbeveling over."
    client.post("/documents/upload/", {"file": SimpleUploadedFile("brief.txt", text)})
    r = client.post("/documents/upload/", {"file": SimpleUploadedFile("brief.txt", text)}, follow=True)
    assert r.redirect_chain[-1][0] == Document.objects.get().get_absolute_url()
    assert "already here" in r.content.decode() or "staat er al" in r.content.decode()


def test_a_uhri_list_and_the_toezeggingen_are_uploaded(client, editor):
    from opvolging.tracker.models import Commitment
    from tests.registers.test_un import UHRI_COLUMNS, UHRI_ROWS, csv_bytes
    from tests.registers.toezeggingen_files import FIRST, odata_page

    client.force_login(editor)
    r = client.post("/documents/upload/", {"file": SimpleUploadedFile("uhri.csv", csv_bytes(UHRI_COLUMNS,
                                                                                              UHRI_ROWS))})
    assert r.status_code == 302
    assert set(Document.objects.values_list("identifier", flat=True)) == {"UHRI A/HRC/43/15", "UHRI CRC/C/SVN/CO/3-4"}
    r = client.post("/documents/upload/", {"file": SimpleUploadedFile("toezeggingen.json", odata_page(FIRST))})
    assert r.status_code == 302 and Commitment.objects.count() == 2


def test_a_publication_is_fetched_by_its_identifier_from_the_page(client, editor, monkeypatch):
    from opvolging.sources import web
    from tests.sources.test_koop import Recorded

    monkeypatch.setattr(web, "TRANSPORT", Recorded())
    client.force_login(editor)
    r = client.post("/documents/upload/", {"identifier": "kst-32735-354", "public": "on"})
    assert r.status_code == 302 and Document.objects.get().identifier == "kst-32735-354"
    r = client.post("/documents/upload/", {"identifier": "kst-1-2"})
    assert r.status_code == 400 and "kst-1-2: no such publication in KOOP" in r.content.decode()
    r = client.post("/documents/upload/", {})
    assert r.status_code == 400 and Document.objects.count() == 1
