"""Fetching a Kamerstuk from KOOP's repository by its identifier, on recorded SRU answers (never the network):
the publication is found, its XML downloaded, read and stored; a dossier is paged; every failure is one line and
stores nothing."""

from __future__ import annotations

import socket
import urllib.error
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from opvolging.sources import koop, web
from opvolging.sources.web import Fetched, FetchError
from tests.conftest import SAMPLE

RECORDED = Path(__file__).parent / "recorded"
BASE = "https://repository.overheid.nl/frbr/officielepublicaties/kst/32735"


def publication_xml(text: str) -> bytes:
    """The founding letter as officiele-publicatie XML: each paragraph, and each bulleted heading, an <al>."""
    import re
    from xml.sax.saxutils import escape

    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=\s*•)", text) if p.strip()]
    body = "\n".join(f"      <al>{escape(p)}</al>" for p in paras)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie>\n  <metadata>\n'
            f'    <meta name="DC.identifier" content="kst-32735-354"/>\n  </metadata>\n  <kamerstuk>\n'
            f'    <stuk>\n{body}\n    </stuk>\n  </kamerstuk>\n</officiele-publicatie>\n').encode()


class Recorded:
    """A transport that answers from the recorded files, and remembers what was asked."""

    def __init__(self, **overrides) -> None:
        self.asked: list[str] = []
        self.overrides = overrides

    def __call__(self, url: str, headers: dict, timeout: float) -> Fetched:
        self.asked.append(url)
        if url in self.overrides:
            answer = self.overrides[url]
            if isinstance(answer, Exception):
                raise answer
            return answer
        if url.startswith(koop.SRU):
            q = parse_qs(urlsplit(url).query)
            query, start = q["query"][0], int(q["startRecord"][0])
            if "dt.identifier==kst-32735-354" in query:
                name = "sru-kst-32735-354.xml"
            elif "w.dossiernummer==32735" in query:
                name = f"sru-dossier-32735-{1 if start == 1 else 2}.xml"
            else:
                name = "sru-none.xml"
            return Fetched(url, "application/xml", (RECORDED / name).read_bytes())
        if url == f"{BASE}/kst-32735-354/1/xml/kst-32735-354.xml":
            return Fetched(url, "application/xml", publication_xml(SAMPLE.read_text(encoding="utf-8")))
        raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)


@pytest.fixture
def recorded(monkeypatch):
    transport = Recorded()
    monkeypatch.setattr(web, "TRANSPORT", transport)
    return transport


def test_find_reads_the_records_manifestations(recorded):
    pub = koop.find("kst-32735-354")
    assert pub.identifier == "kst-32735-354"
    assert pub.type == "Kamerstuk" and pub.date == "2022-06-10" and pub.dossier == "32735"
    assert set(pub.manifestations) == {"metadata", "xml", "pdf", "html"}
    assert pub.preferred == ("xml", f"{BASE}/kst-32735-354/1/xml/kst-32735-354.xml")
    q = parse_qs(urlsplit(recorded.asked[0]).query)
    assert q["operation"] == ["searchRetrieve"]
    assert q["query"] == ["c.product-area==officielepublicaties AND dt.identifier==kst-32735-354"]


def test_an_identifier_that_does_not_exist_is_one_line(recorded):
    with pytest.raises(FetchError, match=r"^kst-1-1: no such publication in KOOP's repository$"):
        koop.find("kst-1-1")
    with pytest.raises(FetchError, match="is not a publication identifier"):
        koop.find("drop table")


def test_a_dossier_is_paged_with_start_record(recorded):
    pubs = koop.dossier("32735")
    assert [p.identifier for p in pubs] == ["kst-32735-352", "kst-32735-353", "kst-32735-354"]
    starts = [parse_qs(urlsplit(u).query)["startRecord"][0] for u in recorded.asked]
    assert starts == ["1", "3"]
    assert pubs[1].preferred[0] == "pdf"  # no XML: the PDF


def test_an_sru_diagnostic_is_one_line(monkeypatch):
    monkeypatch.setattr(web, "TRANSPORT", lambda url, h, t: Fetched(url, "application/xml",
                                                                    (RECORDED / "sru-diagnostic.xml").read_bytes()))
    with pytest.raises(FetchError, match="refused the query: Query syntax error"):
        koop.find("kst-32735-354")


def test_no_network_says_so_in_one_line(monkeypatch):
    def offline(url, headers, timeout):
        raise urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(web, "TRANSPORT", offline)
    with pytest.raises(FetchError) as e:
        koop.find("kst-32735-354")
    assert str(e.value) == ("no network: repository.overheid.nl cannot be found from this machine (Temporary "
                            "failure in name resolution)")


def test_an_error_page_instead_of_the_publication_is_refused(monkeypatch):
    url = f"{BASE}/kst-32735-354/1/xml/kst-32735-354.xml"
    page = Fetched("https://zoek.officielebekendmakingen.nl/foutpagina", "text/html; charset=utf-8",
                   (RECORDED / "error-page.html").read_bytes())
    monkeypatch.setattr(web, "TRANSPORT", Recorded(**{url: page}))
    pub = koop.find("kst-32735-354")
    with pytest.raises(FetchError, match=r"gave an error page, not the XML \(redirected to https://zoek\."):
        koop.download(pub)


@pytest.mark.django_db(transaction=True)
def test_fetch_stores_the_publication_and_twice_changes_nothing(recorded):
    from opvolging.cli import app
    from opvolging.tracker.models import Document

    out = CliRunner().invoke(app, ["fetch", "kst-32735-354"])
    assert out.exit_code == 0, out.output
    assert "kst-32735-354: new — 10 recommendations" in out.output
    doc = Document.objects.get()
    assert doc.identifier == "kst-32735-354" and doc.format == "xml"
    assert doc.source_path == f"{BASE}/kst-32735-354/1/xml/kst-32735-354.xml"
    again = CliRunner().invoke(app, ["fetch", "kst-32735-354"])
    assert "kst-32735-354: unchanged" in again.output and Document.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_failed_fetch_stores_nothing(monkeypatch):
    from opvolging.cli import app
    from opvolging.tracker.models import Document

    url = f"{BASE}/kst-32735-354/1/xml/kst-32735-354.xml"
    monkeypatch.setattr(web, "TRANSPORT", Recorded(**{url: urllib.error.URLError(ConnectionResetError(104, "reset"))}))
    out = CliRunner().invoke(app, ["fetch", "kst-32735-354", "kst-9-9"])
    assert out.exit_code == 2
    lines = [line for line in out.output.splitlines() if line]
    assert lines == ["opvolging: no network: repository.overheid.nl does not answer ([Errno 104] reset)",
                     "opvolging: kst-9-9: no such publication in KOOP's repository"]
    assert Document.objects.count() == 0


def test_dossier_list_prints_the_publications(recorded):
    from opvolging.cli import app

    out = CliRunner().invoke(app, ["fetch", "--dossier", "32735", "--list"])
    assert out.exit_code == 0
    assert [line.split("\t")[0] for line in out.output.splitlines()] == [
        "kst-32735-352", "kst-32735-353", "kst-32735-354"]
