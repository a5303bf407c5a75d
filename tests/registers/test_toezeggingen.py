"""Reading the Tweede Kamer's register of toezeggingen in its open-data shapes (files built from its facts)."""

from __future__ import annotations

import pytest

from opvolging.errors import InputError
from opvolging.registers import toezeggingen
from tests.registers.toezeggingen_files import FIRST, SECOND, SYNCFEED, entity, odata_page


def test_odata_page_fields_as_printed():
    page = toezeggingen.read(odata_page(FIRST, next_link="https://example.org/next?$skip=250"), "page.json")
    assert page.next_url == "https://example.org/next?$skip=250"
    first, second, third = page.records
    assert first.number == "TZ202412-116" and first.status == "Openstaand" and first.mapped_status == "open"
    assert first.minister == "Eelco Heinen" and first.function == "minister van Financiën"
    assert first.ministry == "Ministerie van Financiën"
    assert first.due == "2025-06-30" and first.created == "2024-12-12" and first.activity == "2024A07123"
    assert first.promised_to == ["Tom van der Lee", "GL-PvdA"]
    assert second.letters == ["kst-32735-354", "31066-1400"] and second.mapped_status == "fulfilled"
    assert third.repeats == ["TZ202412-116"]


def test_every_status_of_the_open_set():
    got = {s: entity("TZ1", "t", status=s) for s in ("Openstaand", "Voldaan", "Deels voldaan", "Afgedaan",
                                                     "Deels afgedaan", "Vervallen", "Nog niet bekend")}
    mapped = {r.status: r.mapped_status for r in toezeggingen.read(odata_page(list(got.values())), "f").records}
    assert mapped == {"Openstaand": "open", "Voldaan": "fulfilled", "Deels voldaan": "partially_fulfilled",
                      "Afgedaan": "fulfilled", "Deels afgedaan": "partially_fulfilled", "Vervallen": "withdrawn",
                      "Nog niet bekend": None}


def test_syncfeed_entries_skiptoken_and_deleted():
    page = toezeggingen.read(SYNCFEED.encode(), "feed.xml")
    assert page.next_url.endswith("category=Toezegging&skiptoken=18211462")
    made, gone = page.records
    assert made.number == "TZ202502-040" and made.minister == "David van Weel"
    assert made.promised_to == ["Ulysse Ellian", "VVD"] and made.due == "2025-04-01"
    assert made.id == "a1b2c3d4-0000-0000-0000-000000000001" and not made.deleted
    assert gone.deleted and gone.id == "a1b2c3d4-0000-0000-0000-000000000002" and gone.number == ""


@pytest.mark.parametrize(("data", "message"), [
    (odata_page([entity("TZ1", "t"), {"Tekst": "zonder nummer"}]), r"^f\.json: row 2: no Nummer"),
    (odata_page([entity("TZ1", "")]), r"^f\.json: row 1 \(TZ1\): no Tekst$"),
    (odata_page([entity("TZ1", "t", DatumNakoming="volgend jaar")]),
     r"^f\.json: row 1: DatumNakoming 'volgend jaar' is not a date$"),
    (b'{"value": [', r"^f\.json: is not valid JSON"),
    (b"<feed><entry>", r"^f\.json: is not well-formed XML"),
    (b"<html><body>Toezeggingen</body></html>", r"^f\.json: is XML, but not a SyncFeed"),
    (b"Nummer,Tekst\n", r"^f\.json: is neither OData JSON nor SyncFeed XML"),
])
def test_bad_input_is_one_line_naming_file_and_row(data, message):
    with pytest.raises(InputError, match=message) as e:
        toezeggingen.read(data, "f.json")
    assert "\n" not in str(e.value)


def test_export_shape_reads_back():
    records = toezeggingen.read(odata_page(FIRST + SECOND), "f").records
    again = toezeggingen.read(odata_page(toezeggingen.to_odata(records)["value"]), "g").records
    assert [r.data() for r in again] == [r.data() for r in records]
