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
    # the list beside the text names the promises in the order the letter says them, not by their due dates
    side = html.split('href="#m')[1:]
    pages = [int(x.split("p. ", 1)[1].split("<", 1)[0]) for x in side if "p. " in x.split("</li>", 1)[0]]
    assert pages == sorted(pages) and len(pages) > 10


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


def test_a_letterheads_lines_are_one_block_a_line_each_and_the_texts_paragraphs_stay_apart():
    from opvolging.tracker.charts import mark_spans

    text = ("Bezoekadres\n\nParnassusplein 5\n\n2511 VX Den Haag\n\nKenmerk\n\n3712345\n\nDatum 14 maart 2024\n\n"
            "Geachte voorzitter,\n\nHierbij stuur ik u de kabinetsreactie op het advies van de raad over de zorg voor "
            "de toekomst.\n\nAanbeveling 1\n\nInvesteer in preventie.\n\nHet kabinet onderschrijft deze aanbeveling "
            "en stuurt uw Kamer voor de zomer een preventieakkoord.")
    start = text.index("Kenmerk")
    out = mark_spans(text, [(start, start + len("Kenmerk\n\n3712345"), "x1", "meta", "kenmerk")])
    paragraphs = out.split("</p><p>")
    # the letterhead's six short lines and the salutation: one block, a line each; the marked span inside it whole
    assert paragraphs[0].startswith("Bezoekadres\nParnassusplein 5\n2511 VX Den Haag\n<mark")
    assert '<mark id="x1" class="span span-meta" title="kenmerk">Kenmerk\n3712345</mark>' in paragraphs[0]
    assert paragraphs[0].endswith("Datum 14 maart 2024\nGeachte voorzitter,")
    # a sentence of the text, and a heading with its short recommendation (two short ones, no run), stay apart
    assert paragraphs[1].startswith("Hierbij stuur ik u")
    assert paragraphs[2:4] == ["Aanbeveling 1", "Investeer in preventie."]
    assert len(paragraphs) == 5
