"""The Tweede Kamer's toezeggingen imported as commitments, and Opvolging's commitments exported in their shape:
status mapped with the original kept, a repetition linked and not duplicated, a second import changing nothing,
a person's status never overwritten, bad input storing nothing."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from opvolging.registers import toezeggingen
from opvolging.tracker.models import Commitment, Evidence, RegisterEntry, StatusChange
from opvolging.tracker.services.registers import export_toezeggingen, import_toezeggingen
from tests.registers.toezeggingen_files import FIRST, ODATA, SECOND, SYNCFEED, entity, odata_page


def records(entities):
    return toezeggingen.read(odata_page(entities), "register.json").records


def snapshot():
    return (sorted(Commitment.objects.values_list("key", "status", "due", "action", "is_current")),
            sorted(RegisterEntry.objects.values_list("number", "relation", "status", "commitment__key")),
            StatusChange.objects.count(), Evidence.objects.count())


@pytest.mark.django_db
def test_entries_become_commitments_with_the_printed_status_kept(letter):
    result = import_toezeggingen(records(FIRST), "register.json")
    assert (result.created, result.repetitions) == (2, 1)
    c = Commitment.objects.get(key="TZ202412-117")
    assert c.status == "fulfilled" and c.register_entries.get().status == "Voldaan"
    assert c.ministry == "Financiën" and c.actor == "minister van Financiën (Eelco Heinen)"
    assert c.due == date(2025, 3, 1) and c.created_at.date() == date(2024, 12, 12)
    assert c.is_promise and c.document.identifier == "tk-toezeggingen"
    # the letter that fulfils it is in the tracker: evidence; the other is not here, and is kept as printed
    assert [e.document for e in c.evidence.all()] == [letter]
    assert c.register_entries.get().data["letters"] == ["kst-32735-354", "31066-1400"]


@pytest.mark.django_db
def test_a_repetition_is_linked_not_duplicated():
    import_toezeggingen(records(FIRST), "register.json")
    assert Commitment.objects.filter(action__contains="motie over box 3").count() == 1
    original = Commitment.objects.get(key="TZ202412-116")
    assert sorted(original.register_entries.values_list("number", "relation")) == [
        ("TZ202412-116", ""), ("TZ202501-004", "repetition")]


@pytest.mark.django_db
def test_a_repetition_before_its_original_in_the_file_is_still_linked():
    import_toezeggingen(records(list(reversed(FIRST))), "register.json")
    assert Commitment.objects.count() == 2
    assert RegisterEntry.objects.get(number="TZ202501-004").commitment.key == "TZ202412-116"


@pytest.mark.django_db
def test_importing_again_changes_nothing(letter):
    import_toezeggingen(records(FIRST + SECOND), "register.json")
    before = snapshot()
    again = import_toezeggingen(records(FIRST + SECOND), "register.json")
    assert (again.created, again.updated, again.repetitions, again.unchanged) == (0, 0, 0, 5)
    assert snapshot() == before


@pytest.mark.django_db
def test_an_unknown_status_is_kept_as_printed_tracked_open_and_said():
    result = import_toezeggingen(records(SECOND), "register.json")
    c = Commitment.objects.get(key="TZ202502-032")
    assert c.status == "open" and c.register_entries.get().status == "In afwachting van de Kamer"
    assert result.warnings == ["register.json: row 2 (TZ202502-032): status 'In afwachting van de Kamer' is not "
                               "one Opvolging knows; kept as printed, tracked as open"]


@pytest.mark.django_db
def test_a_change_in_the_register_follows_with_history_but_never_over_a_person(editor):
    import_toezeggingen(records(FIRST), "register.json")
    changed = [entity("TZ202412-116", FIRST[0]["Tekst"], status="Voldaan", DatumNakoming="2025-09-01"),
               entity("TZ202412-117", FIRST[1]["Tekst"], status="Vervallen", DatumNakoming="2025-03-01",
                      KamerbriefNakoming="kst-32735-354; 31066-1400")]
    Commitment.objects.get(key="TZ202412-117").set_status("in_progress", editor, note="nog niet af")
    result = import_toezeggingen(records(changed), "register.json")
    assert result.updated == 2
    followed = Commitment.objects.get(key="TZ202412-116")
    assert followed.status == "fulfilled" and followed.due == date(2025, 9, 1)
    assert {(h.field, h.old, h.new) for h in followed.changes.all()} == {
        ("status", "open", "fulfilled"), ("due", "2025-06-30", "2025-09-01")}
    assert "Status «Voldaan» in the Tweede Kamer's register (TZ202412-116)" in followed.changes.get(
        field="status").note
    kept = Commitment.objects.get(key="TZ202412-117")
    assert kept.status == "in_progress"  # the editor's, not the register's "Vervallen"
    assert kept.register_entries.get().status == "Vervallen"


@pytest.mark.django_db
def test_a_deleted_entry_keeps_its_commitment_marked_gone():
    feed = toezeggingen.read(SYNCFEED.encode(), "feed.xml").records
    import_toezeggingen(feed[:1], "feed.xml")
    made = Commitment.objects.get(key="TZ202502-040")
    gone = toezeggingen.Toezegging(number="", id=made.register_entries.get().external_id, deleted=True, row=1)
    assert import_toezeggingen([gone], "feed.xml").deleted == 1
    made.refresh_from_db()
    assert not made.is_current and made.register_entries.get().deleted
    assert Commitment.objects.listed(None).filter(pk=made.pk).count() == 0


@pytest.mark.django_db
def test_bad_input_stores_nothing():
    from opvolging.errors import InputError

    twice = FIRST + [entity("TZ202412-116", "Een andere tekst onder hetzelfde nummer.")]
    with pytest.raises(InputError, match=r"^register.json: row 4: Nummer TZ202412-116 is also row 1$"):
        import_toezeggingen(records(twice), "register.json")
    assert Commitment.objects.count() == 0 and RegisterEntry.objects.count() == 0


@pytest.mark.django_db
def test_own_commitments_export_in_the_registers_shape_and_read_back(letter):
    import_toezeggingen(records(FIRST), "register.json")
    page = export_toezeggingen(Commitment.objects.current().promises().order_by("pk"))
    by_number = {e["Nummer"]: e for e in page["value"]}
    own = [e for n, e in by_number.items() if n.startswith("OPV-")]
    assert own and all(e["Status"] == "Openstaand" and e["Tekst"] for e in own)
    assert own[0]["ActiviteitNummer"] == "kst-32735-354" and own[0]["Ministerie"] == "Buitenlandse Zaken"
    assert by_number["TZ202412-117"]["Status"] == "Voldaan"
    assert by_number["TZ202501-004"]["IsHerhalingVan"] == ["TZ202412-116"]
    # read back by the importer: the same promises, nothing duplicated
    again = toezeggingen.read(odata_page(page["value"]), "export.json").records
    assert len(again) == len(page["value"])
    before = Commitment.objects.count()
    result = import_toezeggingen(again, "export.json")
    assert result.unchanged == 3 and result.created == len(own)
    assert Commitment.objects.count() == before + len(own)


@pytest.mark.django_db(transaction=True)
def test_cli_since_follows_next_links_on_recorded_pages(monkeypatch):
    from opvolging.cli import app
    from opvolging.sources import web
    from opvolging.sources.web import Fetched

    second = f"{ODATA}?$skip=250"
    pages = {"first": odata_page(FIRST, next_link=second), second: odata_page(SECOND)}
    asked = []

    def transport(url, headers, timeout):
        asked.append(url)
        return Fetched(url, "application/json", pages[second] if url == second else pages["first"])

    monkeypatch.setattr(web, "TRANSPORT", transport)
    out = CliRunner().invoke(app, ["import-toezeggingen", "--since", "2024-12-01"])
    assert out.exit_code == 0, out.output
    assert asked[0] == f"{ODATA}?$filter=GewijzigdOp%20ge%202024-12-01T00:00:00Z&$orderby=GewijzigdOp"
    assert asked[1] == second
    assert "4 new, 0 updated, 0 unchanged, 1 repetitions linked" in out.output
    assert Commitment.objects.count() == 4


@pytest.mark.django_db(transaction=True)
def test_cli_file_twice_and_a_broken_file(tmp_path):
    from opvolging.cli import app

    good = tmp_path / "toezeggingen.json"
    good.write_bytes(odata_page(FIRST))
    assert "2 new" in CliRunner().invoke(app, ["import-toezeggingen", str(good)]).output
    again = CliRunner().invoke(app, ["import-toezeggingen", str(good)])
    assert "0 new, 0 updated, 3 unchanged" in again.output
    broken = tmp_path / "kapot.json"
    broken.write_bytes(odata_page(SECOND)[:-20])
    out = CliRunner().invoke(app, ["import-toezeggingen", str(broken)])
    assert out.exit_code == 2 and out.output.startswith(f"opvolging: {broken}: is not valid JSON")
    assert len(out.output.strip().splitlines()) == 1
    assert Commitment.objects.count() == 2


@pytest.mark.django_db
def test_the_commitment_page_shows_its_register_entries(client):
    import_toezeggingen(records(FIRST), "register.json")
    c = Commitment.objects.get(key="TZ202412-116")
    page = client.get(c.get_absolute_url()).content.decode()
    assert 'id="register"' in page and "TZ202501-004" in page and "Tom van der Lee, GL-PvdA" in page
