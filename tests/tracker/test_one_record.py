"""One record per thing: the same UN recommendation (the number its report gives it and the same words) read from
a bare list, a thematic list and the report itself is one recommendation, with each document as its source; a
list that prints subjects gives them to it; an addendum's answers reach it whichever document was read first."""

from __future__ import annotations

import pytest

from opvolging.extract import extract_path, extract_text
from opvolging.tracker.models import Document, Recommendation, Tag
from opvolging.tracker.services.ingest import ingest

# three items of the Slovenia list (A/HRC/43/15), as the bare list prints them
BARE = ("Recommendations\n\n122.14 Ensure that the Ombudsman and other national human rights mechanisms are "
        "adequately funded (Ireland);\n\n122.15 Intensify efforts to establish a national human rights institution "
        "(Jordan);\n\n122.16 Consider establishing a national institution for the rights of the child (Lebanon);\n")
OTHER = BARE.replace("adequately funded", "adequately funded and independent")


@pytest.mark.django_db
def test_the_same_number_and_words_are_one_recommendation_with_two_sources(client):
    first = ingest(extract_text(BARE, "bare.txt")).document
    second = ingest(extract_text(BARE.replace("Recommendations", "Recommendations of the 34th session"),
                                 "again.txt")).document
    assert Recommendation.objects.count() == 3
    rec = Recommendation.objects.get(label="122.14")
    assert rec.document == first and list(rec.also_read_in.all()) == [second]
    assert 'id="shared"' in client.get(second.get_absolute_url()).content.decode()
    assert "again.txt" in client.get(rec.get_absolute_url()).content.decode()
    # other words under the same number are another recommendation; the same words, the same one
    ingest(extract_text(OTHER, "other.txt"))
    assert Recommendation.objects.count() == 4


def thematic(symbol: str) -> str:
    """The three items as a thematic list prints them, each with the report it comes from."""
    items = BARE.split("\n\n")[1:]
    return "Recommendation\nPosition\n\n" + "\n".join(
        f"{item.strip()}\nSource of Position: {symbol} - Para 122\nSupported\n- National Human Rights Institution\n"
        for item in items)


@pytest.mark.django_db
@pytest.mark.parametrize("loader", ["ingest", "bulk"])
def test_two_reviews_never_share_a_recommendation_whatever_their_words(loader):
    """A recommendation is the same only within one review: another State's list that prints the same number and
    the same words (France makes the same recommendation to many States) is another record; the same review's
    lists share theirs, and a bare list that names no review shares with the first that has it."""
    from opvolging.tracker.services import bulk

    def store(*exs):
        if loader == "ingest":
            return [ingest(ex).document for ex in exs]
        bulk.load(list(exs))
        return [Document.objects.get(sha256=ex.source.sha256) for ex in exs]

    one, other = store(extract_text(thematic("A/HRC/43/15"), "slovenia.txt"),
                       extract_text(thematic("A/HRC/44/9"), "another-state.txt"))
    assert (one.un_symbol, other.un_symbol) == ("A/HRC/43/15", "A/HRC/44/9")
    assert Recommendation.objects.count() == 6
    store(extract_text(thematic("A/HRC/43/15").replace("Position\n", "Position\nFull list of themes\n"),
                       "slovenia-again.txt"))
    assert Recommendation.objects.count() == 6  # the same review's list: the same three
    store(extract_text(BARE, "bare.txt"))
    assert Recommendation.objects.count() == 6  # no review named: the same words are read as the same
    assert Recommendation.objects.get(label="122.14", document=one).also_read_in.count() == 2


@pytest.mark.django_db
def test_the_slovenia_lists_and_report_are_215_recommendations(corpus):
    ingest(extract_path(corpus / "upr" / "slovenia_upr34_cycle3_bare_list.txt"))
    thematic = ingest(extract_path(corpus / "upr" / "slovenia_upr34_cycle3_thematic_list.txt")).document
    assert Recommendation.objects.count() == 215
    rec = Recommendation.objects.get(label="121.1")
    assert thematic in rec.also_read_in.all()
    # the thematic list prints the subjects: they replace the model's guess from the bare list
    assert set(Tag.objects.filter(recommendation=rec).values_list("source", flat=True)) == {"printed"}
    assert rec.themes == ["Acceptance of international norms", "Enforced disappearances"]
    assert rec.stance == "adopted"  # printed "Supported"
    report = corpus / "upr-pdf" / "A_HRC_43_15.pdf"
    ingest(extract_path(report))
    ingest(extract_path(corpus / "upr-pdf" / "A_HRC_43_15_Add.1.pdf"))
    assert Recommendation.objects.count() == 215
    assert Document.objects.count() == 4
    answered = Recommendation.objects.filter(responses__isnull=False).distinct().count()
    assert answered > 0  # the addendum's answers reach the recommendations its report shares with the lists
