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
