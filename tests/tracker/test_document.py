def test_document_text_with_every_span_marked(client, letter):
    html = client.get(letter.get_absolute_url()).content.decode()
    rec = letter.recommendations.get(label="1")
    assert f'id="r{rec.pk}"' in html and 'class="span span-commitment"' in html
    assert f'href="#r{rec.pk}"' in html


def test_a_ministry_letter_page_gives_its_letterhead_and_every_facts_page(client, db, corpus):
    from opvolging.extract import extract_path
    from opvolging.tracker.services.ingest import ingest

    doc = ingest(extract_path(corpus / "nl-letters" / "Kamerbrief_emissie_luchtvaart.pdf")).document
    assert (doc.reference, doc.subject, doc.ministry) == ("IENW/BSK-2022/268034", "Emissies door de luchtvaart",
                                                          "Infrastructuur en Waterstaat")
    html = client.get(doc.get_absolute_url()).content.decode()
    assert "IENW/BSK-2022/268034" in html and "Emissies door de luchtvaart" in html
    icao = doc.commitments.get(action__contains="ICAO-verband")
    assert icao.mentions.get().page == 6
    assert 'title="toezegging · pagina 6"' in html


def test_possible_commitments_are_listed_apart_for_those_signed_in(client, db, editor):
    from opvolging.extract import extract_text
    from opvolging.tracker.services.ingest import ingest

    doc = ingest(extract_text("Het ministerie zal de kerosinekwaliteit actief in ICAO-verband agenderen. Daarnaast "
                              "zal het RIVM in 2023 zorgdragen voor verschillende internationale publicaties.",
                              "kerosine.txt")).document
    assert "Mogelijke toezeggingen" not in client.get(doc.get_absolute_url()).content.decode()
    client.force_login(editor)
    html = client.get(doc.get_absolute_url()).content.decode()
    assert "Mogelijke toezeggingen, ter beoordeling" in html
    html = client.get("/commitments/?review=suggested").content.decode()
    assert "RIVM in 2023 zorgdragen" in html


def test_a_list_without_identifier_is_named_by_its_file_not_the_server_path(client, db):
    from opvolging.extract import extract_text
    from opvolging.tracker.services.ingest import ingest

    text = "Recommendations\n\n121.1 Ratify the Convention against Torture (France);\n"
    doc = ingest(extract_text(text, path="/srv/uploads/tmp/x83/slovenia_list.txt")).document
    page = client.get(doc.get_absolute_url()).content.decode()
    assert "slovenia_list.txt" in page and "/srv/uploads" not in page
    assert "/srv/uploads" not in client.get("/documents/").content.decode()


def test_a_letter_without_recommendations_shows_no_empty_heading(client, db):
    from opvolging.extract import extract_text
    from opvolging.tracker.services.ingest import ingest

    doc = ingest(extract_text("Het ministerie zal de kerosinekwaliteit actief in ICAO-verband agenderen.",
                              "kerosine.txt")).document
    html = client.get(doc.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Commitments</h2>" in html and ">Recommendations</h2>" not in html
    lst = ingest(extract_text("Recommendations\n\n" + "".join(
        f"121.{k} Ratify the Convention against Torture ({state});\n\n" for k, state in enumerate(
            ("France", "Peru", "Chile"), start=1)), "list.txt")).document
    html = client.get(lst.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Recommendations</h2>" in html and ">Commitments</h2>" not in html
