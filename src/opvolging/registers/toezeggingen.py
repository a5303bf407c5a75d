"""The Tweede Kamer's register of toezeggingen (the promises ministers make to the House), as its open data
publishes it: OData v4 JSON (`/OData/v4/2.0/Toezegging`, pages continued by `@odata.nextLink`) and the SyncFeed
XML (`/SyncFeed/2.0/Feed?category=Toezegging`, continued by a `next` link with a `skiptoken`; a deleted entity is
`verwijderd="true"` with no body).

`read(data, name)` returns a `Page`: the `Toezegging` records in it and the address of the next page (None on
the last). Field names are matched without regard to case, as OData (`DatumNakoming`) and the feed
(`datumNakoming`) write them. A status is kept as printed; `STATUSES` maps the ones known to Opvolging's, and a
status not seen before maps to None (the tracker keeps it as printed and tracks the promise as open).
`to_odata(records)` writes records back in the OData shape, so that Opvolging's own commitments export as the
register's.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from lxml import etree

from opvolging.errors import InputError

# the register's statuses (as printed, case and spaces aside) → Opvolging's
STATUSES = {
    "openstaand": "open",
    "voldaan": "fulfilled",
    "deels voldaan": "partially_fulfilled",
    "afgedaan": "fulfilled",
    "deels afgedaan": "partially_fulfilled",
    "vervallen": "withdrawn",
}
# Opvolging's statuses → the register's, for the export
PRINTED = {"open": "Openstaand", "in_progress": "Openstaand", "fulfilled": "Voldaan",
           "partially_fulfilled": "Deels voldaan", "withdrawn": "Vervallen"}
RELATIONS = ("IsHerhalingVan", "IsWijzigingVan", "IsAanvullingOp")


@dataclass
class Toezegging:
    """One entry of the register, its fields as printed (dates as ISO 8601)."""

    number: str  # Nummer, "TZ202412-116"
    text: str = ""  # Tekst
    status: str = ""  # Status, as printed
    ministry: str = ""  # Ministerie
    minister: str = ""  # the minister's name, from Titulatuur/Initialen/Voornaam/Tussenvoegsel/Achternaam or Naam
    function: str = ""  # Functie, "minister van Financiën"
    due: str | None = None  # DatumNakoming
    created: str | None = None  # Aanmaakdatum
    activity: str = ""  # ActiviteitNummer, the debate or meeting it was made in
    letters: list[str] = field(default_factory=list)  # KamerbriefNakoming: the documents that fulfil it
    promised_to: list[str] = field(default_factory=list)  # ToegezegdAan: members and parliamentary groups
    repeats: list[str] = field(default_factory=list)  # IsHerhalingVan: Nummer or Id of earlier entries
    changes: list[str] = field(default_factory=list)  # IsWijzigingVan
    adds_to: list[str] = field(default_factory=list)  # IsAanvullingOp
    id: str = ""  # the register's own Id (a GUID)
    deleted: bool = False
    row: int = 0  # its place in the file, for messages

    @property
    def mapped_status(self) -> str | None:
        """Opvolging's status for the printed one; None for a status not seen before (and for none)."""
        return STATUSES.get(" ".join(self.status.split()).casefold())

    def data(self) -> dict:
        """The fields as stored beside the commitment (what the register printed)."""
        d = asdict(self)
        d.pop("row")
        return d


@dataclass
class Page:
    records: list[Toezegging]
    next_url: str | None = None


def read(data: bytes, name: str) -> Page:
    """A page of the register from the bytes of a JSON or XML file named `name` (for messages)."""
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        return read_odata(data, name)
    if head == b"<":
        return read_syncfeed(data, name)
    raise InputError(name, "is neither OData JSON nor SyncFeed XML (the Tweede Kamer's open-data shapes)")


# -- OData v4 JSON ------------------------------------------------------------------------------------------------

def _lower(d: dict) -> dict:
    return {str(k).casefold(): v for k, v in d.items()}


def read_odata(data: bytes, name: str) -> Page:
    """A page of OData v4 JSON: {"value": [...], "@odata.nextLink": …}; also a list of such pages or of entities."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(name, f"is not valid JSON ({e.__class__.__name__}: {str(e)[:120]})") from None
    pages = doc if isinstance(doc, list) and doc and all(isinstance(p, dict) and "value" in p for p in doc) \
        else [doc]
    records, next_url = [], None
    for page in pages:
        if isinstance(page, dict) and "value" in page:
            entities, next_url = page["value"], page.get("@odata.nextLink")
        elif isinstance(page, list):
            entities = page
        elif isinstance(page, dict) and "nummer" in _lower(page):
            entities = [page]
        else:
            raise InputError(name, 'holds no toezeggingen (an OData page has a "value" list)')
        if not isinstance(entities, list):
            raise InputError(name, '"value" is not a list')
        for entity in entities:
            if not isinstance(entity, dict):
                raise InputError(name, f"row {len(records) + 1}: is not an object")
            records.append(_from_fields(_lower(entity), len(records) + 1, name))
    return Page(records, next_url if isinstance(next_url, str) else None)


def _names(value) -> list[str]:
    """Several references as strings: a list, one string split on ; or newlines, objects by Nummer, name or Id."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [p.strip() for p in re.split(r"[;\n]", value) if p.strip()]
    if isinstance(value, dict):
        d = _lower(value)
        person = _person(d)
        for key in ("nummer", "afkorting", "naamnl", "naam"):
            if d.get(key):
                return [str(d[key]).strip()]
        if person:
            return [person]
        return [str(d["id"]).strip()] if d.get("id") else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return [str(value)]


def _person(d: dict) -> str:
    parts = [d.get(k) for k in ("titulatuur", "voornaam", "initialen", "tussenvoegsel", "achternaam")]
    if d.get("voornaam") and d.get("initialen"):
        parts[2] = None  # a first name makes the initials redundant
    return " ".join(str(p).strip() for p in parts if p and str(p).strip())


def _date(value, row: int, name: str, label: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if "T" in text:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise InputError(name, f"row {row}: {label} {text[:40]!r} is not a date") from None


def _text(d: dict, key: str) -> str:
    v = d.get(key.casefold())
    return " ".join(str(v).split()) if v not in (None, "") else ""


def _from_fields(d: dict, row: int, name: str) -> Toezegging:
    """One entry from its fields (keys case-folded); InputError naming the row when a required one is missing."""
    deleted = str(d.get("verwijderd", "")).casefold() in ("true", "1")
    number = _text(d, "Nummer")
    if not number and not (deleted and d.get("id")):
        raise InputError(name, f"row {row}: no Nummer (the register's number, such as TZ202412-116)")
    if not deleted and not _text(d, "Tekst"):
        raise InputError(name, f"row {row} ({number}): no Tekst")
    minister = _person(d) or _text(d, "Naam")
    return Toezegging(
        number=number, text=_text(d, "Tekst"), status=_text(d, "Status"), ministry=_text(d, "Ministerie"),
        minister=minister, function=_text(d, "Functie"),
        due=_date(d.get("datumnakoming"), row, name, "DatumNakoming"),
        created=_date(d.get("aanmaakdatum"), row, name, "Aanmaakdatum"),
        activity=_text(d, "ActiviteitNummer"), letters=_names(d.get("kamerbriefnakoming")),
        promised_to=_names(d.get("toegezegdaan")), repeats=_names(d.get("isherhalingvan")),
        changes=_names(d.get("iswijzigingvan")), adds_to=_names(d.get("isaanvullingop")),
        id=_text(d, "Id"), deleted=deleted, row=row)


# -- SyncFeed XML ------------------------------------------------------------------------------------------------

_ATOM = "{http://www.w3.org/2005/Atom}"


def _local(tag) -> str:
    return etree.QName(tag).localname.casefold() if isinstance(tag, str) else ""


def read_syncfeed(data: bytes, name: str) -> Page:
    """A page of the SyncFeed: an Atom feed whose entries hold a <toezegging> each."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(name, f"is not well-formed XML ({str(e)[:120]})") from None
    if _local(root.tag) != "feed":
        raise InputError(name, f"is XML, but not a SyncFeed (its root is <{_local(root.tag)}>, not an Atom feed)")
    records = []
    for row, entry in enumerate(root.iter(f"{_ATOM}entry"), 1):
        entity = next((el for el in entry.iter() if _local(el.tag) == "toezegging"), None)
        if entity is None:
            continue  # an entry of another category
        fields: dict = {}
        for key, value in entity.attrib.items():
            fields[_local(key)] = value
        for child in entity:
            key = _local(child.tag)
            value = child.get("ref") or (child.text or "").strip()
            if len(child):  # a nested entity (a person or a group): its fields
                value = _person({_local(c.tag): (c.text or "") for c in child}) or value
            if key in ("kamerbriefnakoming", "toegezegdaan", "isherhalingvan", "iswijzigingvan", "isaanvullingop"):
                fields.setdefault(key, []).append(value)
            else:
                fields[key] = value
        records.append(_from_fields(fields, row, name))
    next_url = next((link.get("href") for link in root.findall(f"{_ATOM}link") if link.get("rel") == "next"), None)
    return Page(records, next_url)


# -- export --------------------------------------------------------------------------------------------------------

def to_odata(records: list[Toezegging], context: str = "Toezegging") -> dict:
    """Records as one OData v4 page, the register's field names and shapes."""
    return {"@odata.context": f"$metadata#{context}", "value": [{
        "Id": r.id or None, "Nummer": r.number, "Tekst": r.text, "Status": r.status, "Ministerie": r.ministry or None,
        "Naam": r.minister or None, "Functie": r.function or None, "DatumNakoming": r.due, "Aanmaakdatum": r.created,
        "ActiviteitNummer": r.activity or None, "KamerbriefNakoming": r.letters, "ToegezegdAan": r.promised_to,
        "IsHerhalingVan": r.repeats, "IsWijzigingVan": r.changes, "IsAanvullingOp": r.adds_to,
    } for r in records]}
