import re

import pytest

from opvolging.tracker import search


def test_dutch_stemming_and_highlight(client, letter):
    html = client.get("/search/", {"q": "rechtsstaten"}).content.decode()
    assert "<mark>" in html and "result" in html


def test_phrase_and_boolean_queries(letter):
    hits, _ = search.query('"nog dit jaar"')
    assert hits and all("nog dit jaar" in h.text for h in hits)
    both, _ = search.query("beleidsbrief AND cursus")
    either, _ = search.query("beleidsbrief OR cursus")
    without, _ = search.query("beleidsbrief NOT cursus")
    assert len(both) <= len(either) and len(without) <= len(either)
    assert all("cursus" not in re.findall(r"\w+", h.text.lower()) for h in without)


@pytest.mark.parametrize("q", ['"', "NEAR(", "*", "AND", "a OR", "(a", "a)"])
def test_malformed_query_gives_a_message_not_a_500(client, letter, q):
    r = client.get("/search/", {"q": q})
    assert r.status_code == 200 and 'role="alert"' in r.content.decode()


def test_facets(client, letter):
    html = client.get("/search/", {"q": "mensenrechten"}).content.decode()
    assert "stance" in html and "facet=council" in html
