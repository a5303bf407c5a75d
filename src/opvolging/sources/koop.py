"""KOOP's repository of official publications (officielebekendmakingen.nl), searched through its SRU service.

`find("kst-32735-354")` returns the `Publication` with that identifier; `dossier("32735")` every publication of a
dossier, paging with `startRecord`/`maximumRecords`; `download(pub)` its XML manifestation (the PDF where there is
no XML) as (bytes, file suffix). Each record's `gzd:enrichedData` holds an `itemUrl` per manifestation (xml, pdf,
html, metadata). Network errors, an SRU diagnostic, an id that does not exist, and an error page served in place of
a publication (a redirect to it, or HTML where XML or PDF was asked for) are a `FetchError` of one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from lxml import etree

from opvolging.sources import web
from opvolging.sources.web import FetchError

SRU = "https://repository.overheid.nl/sru"
PAGE = 50  # records per SRU request
_IDENTIFIER = re.compile(r"^[a-z]{2,5}-[\w.-]+$", re.IGNORECASE)
_DOSSIER = re.compile(r"^[\d]+(?:-[\w]+)?$")


@dataclass
class Publication:
    identifier: str  # "kst-32735-354"
    title: str = ""
    type: str = ""  # "Kamerstuk"
    date: str | None = None  # when it was published (dcterms:issued or available)
    creator: str = ""  # the ministry or body that wrote it
    dossier: str = ""
    manifestations: dict[str, str] = field(default_factory=dict)  # "xml" → its itemUrl

    @property
    def preferred(self) -> tuple[str, str] | None:
        """(kind, url) of the manifestation to read: XML, else PDF, else None."""
        for kind in ("xml", "pdf"):
            if kind in self.manifestations:
                return kind, self.manifestations[kind]
        return None


@dataclass
class SearchPage:
    publications: list[Publication]
    total: int
    next_start: int | None


def search_url(query: str, start: int = 1, maximum: int = PAGE) -> str:
    return SRU + "?" + urlencode({"operation": "searchRetrieve", "version": "2.0", "query": query,
                                  "startRecord": start, "maximumRecords": maximum})


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _first(el, name: str) -> str:
    found = next((e for e in el.iter() if _local(e.tag) == name and (e.text or "").strip()), None)
    return " ".join(found.text.split()) if found is not None else ""


def parse_search(data: bytes, url: str) -> SearchPage:
    """One SRU searchRetrieve response; FetchError for a diagnostic or an answer that is not SRU."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        raise FetchError(f"{url}: the SRU service answered with something that is not XML") from None
    if _local(root.tag) != "searchRetrieveResponse":
        raise FetchError(f"{url}: the answer is not an SRU searchRetrieveResponse (<{_local(root.tag)}>)")
    diagnostic = next((e for e in root.iter() if _local(e.tag) == "diagnostic"), None)
    if diagnostic is not None:
        raise FetchError(f"the SRU service refused the query: {_first(diagnostic, 'message') or 'no message'} "
                         f"{_first(diagnostic, 'details')}".strip())
    total = int(_first(root, "numberOfRecords") or 0)
    pubs = []
    for record in (e for e in root.iter() if _local(e.tag) == "record"):
        original = next((e for e in record.iter() if _local(e.tag) == "originalData"), record)
        enriched = next((e for e in record.iter() if _local(e.tag) == "enrichedData"), None)
        items = {} if enriched is None else {
            e.get("manifestation"): e.text.strip() for e in enriched.iter()
            if _local(e.tag) == "itemUrl" and e.get("manifestation") and (e.text or "").strip()}
        pubs.append(Publication(
            identifier=_first(original, "identifier"), title=_first(original, "title"),
            type=_first(original, "type"), date=(_first(original, "issued") or _first(original, "available")
                                                 or None),
            creator=_first(original, "creator"), dossier=_first(original, "dossiernummer"), manifestations=items))
    nxt = _first(root, "nextRecordPosition")
    return SearchPage(pubs, total, int(nxt) if nxt.isdigit() else None)


def find(identifier: str) -> Publication:
    """The publication with this identifier ("kst-32735-354"); FetchError when KOOP has none."""
    identifier = identifier.strip()
    if not _IDENTIFIER.match(identifier):
        raise FetchError(f"{identifier!r} is not a publication identifier such as kst-32735-354")
    url = search_url(f"c.product-area==officielepublicaties AND dt.identifier=={identifier}", maximum=5)
    page = parse_search(web.get(url, accept="application/xml").body, url)
    match = next((p for p in page.publications if p.identifier.casefold() == identifier.casefold()), None)
    if match is None:
        raise FetchError(f"{identifier}: no such publication in KOOP's repository")
    return match


def dossier(number: str, limit: int | None = None) -> list[Publication]:
    """Every publication of the dossier (oldest request first, as SRU pages them), at most `limit`."""
    number = number.strip()
    if not _DOSSIER.match(number):
        raise FetchError(f"{number!r} is not a dossier number such as 32735")
    pubs: list[Publication] = []
    start: int | None = 1
    while start is not None and (limit is None or len(pubs) < limit):
        url = search_url(f"c.product-area==officielepublicaties AND w.dossiernummer=={number}", start=start)
        page = parse_search(web.get(url, accept="application/xml").body, url)
        pubs.extend(page.publications)
        if not page.publications or (page.next_start is not None and page.next_start <= start):
            break
        start = page.next_start
    if not pubs:
        raise FetchError(f"dossier {number}: no publications in KOOP's repository")
    return pubs[:limit] if limit is not None else pubs


def download(pub: Publication) -> tuple[bytes, str]:
    """The bytes of the publication's XML manifestation (its PDF where there is none) and the suffix to read them
    by (".xml" or ".pdf"). FetchError when it has neither, or when an error page is served instead."""
    chosen = pub.preferred
    if chosen is None:
        raise FetchError(f"{pub.identifier}: KOOP lists neither an XML nor a PDF manifestation")
    kind, url = chosen
    fetched = web.get(url, accept="application/pdf" if kind == "pdf" else "application/xml")
    head = fetched.body.lstrip()[:200].lower()
    is_html = "html" in fetched.content_type.lower() or head.startswith((b"<!doctype html", b"<html"))
    wrong = (kind == "pdf" and not fetched.body.startswith(b"%PDF")) or (kind == "xml" and
                                                                        (is_html or not head.startswith(b"<")))
    if wrong:
        where = f" (redirected to {fetched.url})" if fetched.url != url else ""
        raise FetchError(f"{pub.identifier}: {url} gave an error page, not the {kind.upper()}{where}")
    return fetched.body, f".{kind}"
