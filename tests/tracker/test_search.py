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


def test_a_common_word_ranks_the_newest_matches_and_says_how_many_there_are(client, letter, monkeypatch):
    # "mensenrechten" is in most of the founding letter's entries: with at most 5 ranked and 3 shown, the page
    # says it shows the best of the newest 5 of them all, and the results come from the newest entries
    everything, parsed = search.query("mensenrechten")
    total = search.count(parsed)
    assert total == len(everything) > 5
    monkeypatch.setattr(search, "RANKED", 5)
    monkeypatch.setattr(search, "LIMIT", 3)
    hits, _ = search.query("mensenrechten", limit=search.LIMIT)
    pk = {(e.kind, e.object_id): e.pk for e in search.SearchEntry.objects.all()}
    newest = sorted((pk[h.kind, h.object_id] for h in everything), reverse=True)[:5]
    assert len(hits) == 3 and {pk[h.kind, h.object_id] for h in hits} <= set(newest)
    html = client.get("/search/", {"q": "mensenrechten"}).content.decode()
    assert f"de beste van de nieuwste 5 van {total} treffers" in html  # the page speaks Dutch first


def test_a_search_that_shows_every_match_says_nothing_more(client, letter):
    html = client.get("/search/", {"q": "cursus"}).content.decode()
    assert "treffers" not in html


def test_postgresql_ranks_on_the_stored_vector(letter):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if search.is_sqlite():
        pytest.skip("PostgreSQL only: SQLite ranks in its FTS5 table (make test runs this on PostgreSQL too)")
    with CaptureQueriesContext(connection) as queries:
        hits, _ = search.query("mensenrechten")
    assert hits
    ranked = [q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"]]
    assert ranked and not any("to_tsvector" in sql for sql in ranked)


def _found(client, q: str) -> str:
    r = client.get("/search/", {"q": q})
    assert r.status_code == 200
    return r.content.decode()


def test_a_prefix_finds_every_word_so_begun(client, letter):
    page = _found(client, "mensenrechtencur*")
    assert 'id="no-results"' not in page and "mensenrechtencursus" in page.lower()
    assert 'id="no-results"' in _found(client, "zeehondencr*")


def test_lower_case_operators_are_words_and_the_page_says_so(client, letter):
    page = _found(client, "vrouwen or meisjes")
    assert "«or» wordt als woord gezocht" in page  # in Dutch, the default


@pytest.mark.parametrize("q", ["32735-354", "kst-32735-354", "Hoekstra", "Buitenlandse Zaken", "AIV"])
def test_documents_are_found_by_number_signatory_ministry_and_council(client, letter, q):
    page = _found(client, q)
    assert f'href="{letter.get_absolute_url()}"' in page, q


def test_an_empty_result_says_so_and_what_to_try(client, letter):
    page = _found(client, "zeppelinhangaar")
    assert 'id="no-results"' in page and "mensen*" in page


def test_a_count_stops_past_its_cap(letter):
    from opvolging.tracker import search as search_module

    parsed = search_module.parse("mensenrechten")
    total = search_module.count(parsed)
    assert total > 3 and search_module.count(parsed, cap=2) == 3


def test_the_newest_matches_are_found_the_same_whichever_way(letter, monkeypatch):
    """PostgreSQL reads a rarer word's matches through the index, and walks back from the last entry for a common
    one (see `search._newest`): each way gives the newest `RANKED` matches, and the count says "more than" only
    past `COUNTED`."""
    from opvolging.tracker import search as search_module
    from opvolging.tracker.models import SearchEntry

    if search_module.is_sqlite():
        pytest.skip("PostgreSQL only: SQLite takes the newest matches off its FTS5 table in one query")
    matching = SearchEntry.objects.filter(vector=search_module._pg_query(search_module.parse("mensenrechten")))
    every = sorted(matching.values_list("pk", flat=True), reverse=True)
    assert len(every) > 4
    monkeypatch.setattr(search_module, "RANKED", 3)
    assert search_module._newest(matching) == (every[:3], len(every))  # all read through the index
    monkeypatch.setattr(search_module, "COUNTED", 2)
    assert search_module._newest(matching) == (every[:3], 3)  # more than counted: walked back
    monkeypatch.setattr(search_module, "COMMON", 1)
    assert search_module._newest(matching) == (every[:3], 3)  # estimated common: walked back at once


def test_a_search_inside_a_transaction_leaves_its_planning_as_it_was(letter):
    """The matches are read with the table scan turned off; a search inside a longer transaction (an ingest
    suggesting evidence) must not leave the rest of that transaction so planned."""
    from django.db import connection, transaction

    from opvolging.tracker import search as search_module

    if search_module.is_sqlite():
        pytest.skip("PostgreSQL only: the planner's settings")
    with transaction.atomic(), connection.cursor() as cur:
        search_module.query("mensenrechten")
        cur.execute("SHOW enable_seqscan")
        assert cur.fetchone()[0] == "on"
        cur.execute("SHOW enable_indexscan")
        assert cur.fetchone()[0] == "on"


def test_each_result_has_its_documents_facets_and_an_answer_those_of_the_recommendation_it_serves_first(rf, letter,
                                                                                                        editor):
    from opvolging.tracker.models import Recommendation, Response
    from opvolging.tracker.views import resolve_hits

    hits, parsed = search.query("mensenrechten")
    request = rf.get("/search/")
    request.user = editor
    results = resolve_hits(request, hits, parsed.words)
    assert {r["kind"] for r in results} >= {"recommendation", "response"} and len(results) == len(hits)
    council, answers_checked = letter.council.abbreviation, 0
    for hit, r in zip(hits, results, strict=True):
        assert r["document"] == letter and r["facets"]["council"] == [council]
        assert r["facets"]["year"] == [letter.year]
        if hit.kind == "response":
            first = Recommendation.objects.filter(responses=hit.object_id).order_by(
                *Recommendation._meta.ordering).first()
            assert r["url"] == letter.get_absolute_url() + f"#a{hit.object_id}"
            assert Response.objects.get(pk=hit.object_id).document_id == letter.pk
            if first is not None:
                assert r["facets"]["stance"] == [first.stance] and r["facets"]["theme"] == first.themes
                answers_checked += 1
        elif hit.kind == "recommendation":
            rec = Recommendation.objects.get(pk=hit.object_id)
            assert r["url"] == rec.get_absolute_url() and r["facets"]["sdg"] == rec.sdgs
    assert answers_checked


def test_the_page_links_each_result_it_shows_and_the_export_every_result(client, letter):
    from opvolging.tracker.models import Recommendation

    html = client.get("/search/", {"q": "mensenrechten"}).content.decode()
    hits, _ = search.query("mensenrechten")
    first = hits[0]
    if first.kind == "response":
        assert f'href="{letter.get_absolute_url()}#a{first.object_id}"' in html
    elif first.kind == "recommendation":
        assert f'href="{Recommendation.objects.get(pk=first.object_id).get_absolute_url()}"' in html
    assert 'href=""' not in html  # no result shown without its link
    rows = client.get("/search/", {"q": "mensenrechten", "format": "json"}).json()
    assert len(rows) == len(hits) and all(row["url"].startswith("http://testserver/") for row in rows)


def test_the_export_names_each_results_document_as_pages_do(client, letter):
    # a ministry letter has no official identifier: its results are named by its subject (the export had left the
    # column empty), a Kamerstuk by its identifier
    rows = client.get("/search/", {"q": "mensenrechten", "format": "json"}).json()
    assert rows and {row["document"] for row in rows} == {str(letter)} and str(letter)
    letter.identifier = ""
    letter.subject = "Kabinetsreactie op het AIV-advies"
    letter.save()
    rows = client.get("/search/", {"q": "mensenrechten", "format": "json"}).json()
    assert {row["document"] for row in rows} == {"Kabinetsreactie op het AIV-advies"}
