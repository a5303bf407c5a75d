"""The Tweede Kamer's toezeggingen into the tracker, and Opvolging's commitments out in the register's shape.

`import_toezeggingen(records, name)` stores a register's entries as commitments, in one transaction: all of them
or, on bad input, none. Each entry is a commitment like any other (status mapped, the printed status kept beside
it on its `RegisterEntry`), held in one document that stands for the register. A repetition (`IsHerhalingVan`) is
linked to the commitment it repeats, never a second commitment. Importing the same entries again changes
nothing; an entry that changed in the register updates its commitment, except where a person changed or
corrected it since (a status set in Opvolging is never overwritten by the register's). An entry the register
deleted keeps its commitment, marked gone (`is_current`), with its history.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from opvolging.errors import InputError
from opvolging.registers.toezeggingen import PRINTED, Toezegging, to_odata
from opvolging.tracker import search
from opvolging.tracker.models import TOEZEGGINGEN, Commitment, Document, Evidence, RegisterEntry, StatusChange

REGISTER_NAME = "Toezeggingenregister Tweede Kamer"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    repetitions: int = 0
    deleted: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.created} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.repetitions} repetitions linked, {self.deleted} deleted in the register")


def register_document() -> Document:
    """The document that stands for the Tweede Kamer's register (made the first time)."""
    sha = hashlib.sha256(f"register:{TOEZEGGINGEN}".encode()).hexdigest()
    doc, _ = Document.objects.get_or_create(sha256=sha, defaults={
        "identifier": TOEZEGGINGEN, "source_path": REGISTER_NAME, "format": "register", "language": "nl",
        "chamber": "Tweede Kamer", "document_type": "toezeggingen", "subject": REGISTER_NAME, "text": ""})
    return doc


def _ministry(printed: str) -> str:
    for prefix in ("Ministerie van ", "Ministerie voor "):
        if printed.startswith(prefix):
            return printed[len(prefix):]
    return printed


def _actor(rec: Toezegging) -> str:
    if rec.function and rec.minister:
        return f"{rec.function} ({rec.minister})"[:200]
    return (rec.function or rec.minister)[:200]


def _key(number: str) -> str:
    return number if len(number) <= 20 else hashlib.sha1(number.encode()).hexdigest()[:20]


def _find(refs: list[str]) -> RegisterEntry | None:
    """The entry one of `refs` names, by its number or the register's Id."""
    if not refs:
        return None
    return RegisterEntry.objects.filter(Q(number__in=refs) | Q(external_id__in=refs), register=TOEZEGGINGEN) \
        .select_related("commitment").order_by("relation", "pk").first()


def _letters(commitment: Commitment, letters: list[str]) -> None:
    """Each document the register names as fulfilling the promise, when it is in the tracker, as evidence."""
    for ref in letters:
        ref = ref.strip()
        ids = {ref, ref.removeprefix("kst-"), f"kst-{ref}"}
        doc = Document.objects.filter(identifier__in=ids).first()
        if doc is not None and not commitment.evidence.filter(document=doc).exists():
            Evidence.objects.create(commitment=commitment, document=doc,
                                    note=f"KamerbriefNakoming in the Tweede Kamer's register: {ref}")


@transaction.atomic
def import_toezeggingen(records: list[Toezegging], name: str, user=None) -> ImportResult:
    """Store `records` (read from the file `name`); see the module docstring. InputError: nothing is stored."""
    check_numbers(records, name)
    doc = register_document()
    result = ImportResult()
    # an entry before its repetitions, whichever order the file gives them in
    for rec in sorted(records, key=lambda r: bool(r.repeats)):
        where = f"row {rec.row} ({rec.number or rec.id})"
        if rec.deleted:
            entry = _find([r for r in (rec.number, rec.id) if r])
            if entry is not None and not entry.deleted:
                entry.deleted = True
                entry.save(update_fields=["deleted", "imported_at"])
                if not entry.relation:
                    entry.commitment.is_current = False
                    entry.commitment.save(update_fields=["is_current"])
                result.deleted += 1
            continue
        if rec.status and rec.mapped_status is None:
            result.warnings.append(f"{name}: {where}: status {rec.status!r} is not one Opvolging knows; kept as "
                                   f"printed, tracked as open")
        entry = RegisterEntry.objects.filter(register=TOEZEGGINGEN, number=rec.number).first()
        data = rec.data()
        if entry is not None and entry.data == data and not entry.deleted:
            result.unchanged += 1
            continue
        original = _find([r for r in rec.repeats if r != rec.number])
        if rec.repeats and original is None:
            result.warnings.append(f"{name}: {where}: repeats {', '.join(rec.repeats)}, which is not in the "
                                   f"register here; stored as a commitment of its own")
        if original is not None and (entry is None or entry.relation == "repetition"):
            _store_repetition(entry, original, rec, data)
            result.repetitions += 1
            continue
        created = entry is None
        _store_own(doc, entry, rec, data, user)
        result.created += created
        result.updated += not created
    search.index_document(doc)
    return result


def _store_repetition(entry: RegisterEntry | None, original: RegisterEntry, rec: Toezegging, data: dict) -> None:
    entry = entry or RegisterEntry(register=TOEZEGGINGEN, number=rec.number)
    entry.commitment = original.commitment
    entry.relation, entry.external_id, entry.status, entry.data, entry.deleted = (
        "repetition", rec.id, rec.status, data, False)
    entry.save()
    _letters(original.commitment, rec.letters)


def _store_own(doc: Document, entry: RegisterEntry | None, rec: Toezegging, data: dict, user) -> None:
    status = rec.mapped_status
    due = date.fromisoformat(rec.due) if rec.due else None
    values = {"action": rec.text, "actor": _actor(rec), "ministry": _ministry(rec.ministry)[:200]}
    if entry is None:
        commitment = Commitment.objects.create(
            document=doc, key=_key(rec.number), due=due, status=status or "open", confidence=1.0,
            reason=f"registered by the Tweede Kamer as toezegging {rec.number}", is_public=doc.is_public,
            created_at=timezone.make_aware(datetime.fromisoformat(f"{rec.created}T12:00")) if rec.created
            else timezone.now(), **values)
        entry = RegisterEntry(register=TOEZEGGINGEN, number=rec.number, commitment=commitment,
                              applied_status=commitment.status)
    else:
        commitment = entry.commitment
        changed = commitment.apply_machine_values(**values)
        if rec.deleted is False and not commitment.is_current and not entry.relation:
            commitment.is_current, changed = True, True
        if due != commitment.due and "due" not in commitment.corrected_fields:
            StatusChange.objects.create(commitment=commitment, user=None, field="due",
                                        old=commitment.due.isoformat() if commitment.due else "",
                                        new=due.isoformat() if due else "",
                                        note=f"DatumNakoming in the Tweede Kamer's register ({rec.number})")
            commitment.due, changed = due, True
        # the register's status is followed while nobody here changed the status since the last import
        if status and status != commitment.status and commitment.status == entry.applied_status:
            StatusChange.objects.create(commitment=commitment, user=user, field="status", old=commitment.status,
                                        new=status, note=f"Status «{rec.status}» in the Tweede Kamer's register "
                                                         f"({rec.number})")
            commitment.status, changed = status, True
            entry.applied_status = status
        if changed:
            commitment.save()
    entry.external_id, entry.status, entry.data, entry.deleted, entry.relation = (
        rec.id, rec.status, data, False, "")
    entry.save()
    _letters(commitment, rec.letters)


def check_numbers(records: list[Toezegging], name: str) -> None:
    """InputError when one number stands for two different entries in the same file."""
    seen: dict[str, int] = {}
    for rec in records:
        if rec.number and rec.number in seen and not rec.deleted:
            raise InputError(name, f"row {rec.row}: Nummer {rec.number} is also row {seen[rec.number]}")
        seen.setdefault(rec.number, rec.row)


def export_toezeggingen(commitments) -> dict:
    """`commitments` (a queryset) as one OData page in the register's shape: an imported one under its register
    number, with the register's status while nobody here changed it; Opvolging's own under "OPV-<id>"; each
    repetition as an entry of its own that names the one it repeats."""
    out: list[Toezegging] = []
    commitments = commitments.select_related("document").prefetch_related("register_entries", "evidence__document")
    for c in commitments:
        entries = list(c.register_entries.all())
        own = next((e for e in entries if not e.relation), None)
        letters = [e.document.identifier for e in c.evidence.all() if e.document and e.document.identifier]
        if own is not None:
            d = dict(own.data)
            rec = Toezegging(**{k: v for k, v in d.items() if k in Toezegging.__dataclass_fields__})
            if c.status != own.applied_status:
                rec.status = PRINTED[c.status]
            rec.text, rec.due = c.action, c.due.isoformat() if c.due else None
            rec.letters = list(dict.fromkeys(rec.letters + letters))
        else:
            rec = Toezegging(number=f"OPV-{c.pk}", text=c.action, status=PRINTED[c.status], ministry=c.ministry,
                             function=c.actor, due=c.due.isoformat() if c.due else None,
                             created=c.created_at.date().isoformat(), letters=letters,
                             activity=c.document.identifier)
        out.append(rec)
        number = rec.number
        for e in entries:
            if e.relation == "repetition":
                d = dict(e.data)
                rep = Toezegging(**{k: v for k, v in d.items() if k in Toezegging.__dataclass_fields__})
                rep.repeats = [number]
                out.append(rep)
    return to_odata(out)
