"""The recommendations list: filters by stance and by subject (theme, SDG, affected persons), the tags shown
with where they came from, and the exports."""

import csv
import io

import pytest

from opvolging.extract import extract_text
from opvolging.tracker.models import Recommendation, Tag
from opvolging.tracker.services.ingest import ingest
from tests.extract.test_upr import ROWS as THEMATIC  # the UN's thematic list, with its printed tags

# Slovenia, 3rd cycle (A/HRC/43/15), three recommendations as the UN's bare list prints them
UPR = """Recommendations

121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);

122.63 Gradually increase official development assistance to reach the international target of 0.7 per cent of gross national product (Luxembourg);

121.37 Strengthen measures to prevent and combat violence against women, including domestic violence and sexual abuse (Maldives);
"""

@pytest.fixture
def upr(db):
    return ingest(extract_text(UPR, path="upr.txt")).document


def test_the_letters_tags_are_stored_with_their_source_and_words(letter):
    rec = Recommendation.objects.get(document=letter, label="1")
    tag = rec.tags.get(kind="theme", value="Rule of law")
    assert tag.source == "lexicon" and "rechtsstaat" in tag.words
    assert {t.value for t in rec.tags.filter(kind="sdg")} == {str(n) for n in rec.sdgs}


def test_filter_by_subject_shows_names_in_the_readers_language(client, letter):
    html = client.get("/recommendations/", {"theme": "Rule of law"}, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Verdedig onverkort het behoud van rechtsstaat" in html
    assert "Rechtsstaat" in html and "SDG 16: Vrede, justitie en sterke publieke diensten" in html
    assert "Waarom deze onderwerpen?" not in html  # the list shows tags; the reasons are on the record's page
    english = client.get("/recommendations/", {"sdg": "16"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "SDG 16: Peace, justice and strong institutions" in english


def test_filters_on_several_subjects_must_all_hold(client, upr):
    html = client.get("/recommendations/", {"sdg": "5"}).content.decode()
    assert "violence against women" in html and "official development assistance" not in html
    both = client.get("/recommendations/", {"sdg": "5", "theme": "Acceptance of international norms"})
    assert "violence against women" not in both.content.decode()
    unknown = client.get("/recommendations/", {"theme": "No such theme"})
    assert unknown.status_code == 200 and "Ratify" not in unknown.content.decode()


def test_english_recommendations_are_tagged_by_the_model_with_a_score(upr):
    rec = Recommendation.objects.get(document=upr, label="121.37")
    tag = rec.tags.get(kind="sdg", value="5")
    assert tag.source == "model" and 0 < tag.score <= 1 and tag.words


def test_printed_tags_are_marked_printed(db, client):
    doc = ingest(extract_text(THEMATIC, path="thematic.txt")).document
    rec = Recommendation.objects.get(document=doc, label="121.1")
    assert set(rec.tags.values_list("kind", "value", "source")) == {
        ("theme", "Acceptance of international norms", "printed"), ("theme", "Enforced disappearances", "printed"),
        ("sdg", "16", "printed"), ("person", "Disappeared persons", "printed")}
    html = client.get(doc.get_absolute_url()).content.decode()
    assert "121.1" in html


def test_a_new_version_replaces_the_tags(db):
    doc = ingest(extract_text(UPR, path="upr.txt")).document
    n = Tag.objects.filter(recommendation__document=doc).count()
    ingest(extract_text(UPR, path="upr.txt"))
    assert Tag.objects.filter(recommendation__document=doc).count() == n > 0


def test_exports_carry_the_subjects(client, upr):
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/recommendations/", {"format": "csv"}, HTTP_ACCEPT_LANGUAGE="en").streaming_content).decode())))
    assert "affected persons" in rows[0] and any("5" in r["SDGs"].split("; ") for r in rows)
    xlsx = client.get("/api/recommendations", {"format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_api_filters_by_subject_and_gives_each_tags_source(client, upr):
    rows = client.get("/api/recommendations", {"sdg": 5}).json()
    assert [r["label"] for r in rows] == ["121.37"]
    tag = next(t for t in rows[0]["tags"] if t["kind"] == "sdg" and t["value"] == "5")
    assert tag["source"] == "model" and tag["score"] and tag["name"].startswith("SDG 5")


def test_the_cached_count_follows_every_change(client, upr):
    def count():  # the paginator's count, which is cached under the data version
        return client.get("/recommendations/", {"sdg": "5"}).context["page"].paginator.count

    before = count()
    ingest(extract_text(UPR.replace("121.37", "121.38").replace("(Maldives)", "(Peru)"), path="upr2.txt"))
    assert count() == before + 1


def test_the_list_reads_document_by_document_each_in_its_order(client, upr):
    # a recommendation that a later version of the first document adds lists at its place in that document,
    # not after the documents read since
    later = ingest(extract_text(UPR.replace("121.37", "121.38").replace("(Maldives)", "(Peru)"), path="b.txt"))
    first = list(Recommendation.objects.filter(document=upr).order_by("position"))
    for rec in first[1:]:
        rec.position += 1
        rec.save()
    Recommendation.objects.create(document=upr, label="121.2", text="Ratify the Optional Protocol (Chile);",
                                  span_start=0, span_end=10, position=1)
    page = client.get("/recommendations/").context["page"]
    labels = [(r.document_id, r.label) for r in page]
    assert labels == ([(upr.pk, r.label) for r in first[:1]] + [(upr.pk, "121.2")]
                      + [(upr.pk, r.label) for r in first[1:]]
                      + [(later.document.pk, r.label) for r in later.document.recommendations.order_by("position")])


def test_a_page_costs_the_same_few_queries_however_many_it_shows(client, upr, django_assert_max_num_queries):
    # the page's ids, then its recommendations with their documents, councils and tags: no query per row
    ingest(extract_text(UPR.replace("(Maldives)", "(Peru)"), path="b.txt"))
    with django_assert_max_num_queries(6):
        page = client.get("/recommendations/", {"sdg": "16"}).context["page"]
        html = "".join(f"{r.document.identifier}{r.advice}{[t.value for t in r.tags.all()]}" for r in page)
    assert len(page) >= 2 and html


def test_the_list_shows_each_rows_subjects_in_reading_order(client, upr):
    # themes, then SDGs by number, then affected persons: as the record's own `subjects` orders them (on
    # PostgreSQL the list reads them with its rows, on SQLite after them)
    import re
    from urllib.parse import quote

    html = client.get("/recommendations/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for rec in Recommendation.objects.filter(document=upr):
        row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*>" + re.escape(rec.label) + r"</td>(?:(?!</tr>).)*</tr>", html, re.S)
        shown = re.findall(r'class="tag tag-(\w+)" href="\?\w+=([^"]+)"', row.group(0))
        assert shown and shown == [(t.kind, quote(t.value)) for t in rec.subjects], rec.label
