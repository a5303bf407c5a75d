def test_document_text_with_every_span_marked(client, letter):
    html = client.get(letter.get_absolute_url()).content.decode()
    rec = letter.recommendations.get(label="1")
    assert f'id="r{rec.pk}"' in html and 'class="span span-commitment"' in html
    assert f'href="#r{rec.pk}"' in html
