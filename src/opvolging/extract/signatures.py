"""Who signed a letter: each signatory's name and role, read from the closing, the heading or a web copy's
"Indiener(s):" line.

The closing follows "Hoogachtend," or "Met vriendelijke groet,": a role, a comma and a name for each signatory,
the role in capitals, in title case or in lower case ("de minister van …"), the name on the role's line or the next ("DE MINISTER VAN INFRASTRUCTUUR EN
WATERSTAAT," / "Mark Harbers", then "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT," / "drs. V.L.W.A.
Heijnen"; "De Minister van Buitenlandse Zaken," / "W.B. Hoekstra"). A ministry's name may hold commas ("De
Staatssecretaris van Volksgezondheid, Welzijn en Sport,"). A name is given without titles (drs., mr., dr., ir.,
prof., MSc); a role in the letters' own title case ("Minister van Infrastructuur en Waterstaat").
"""

from __future__ import annotations

import re

from opvolging.extract.patterns import WordPattern
from opvolging.model import Signatory

_LOWER_WORDS = {"van", "voor", "de", "het", "en", "der", "in", "op", "met", "te", "tot"}
_ROLE = r"(?:Minister-[Pp]resident|Minister\s+[Pp]resident|Minister|Staatssecretaris|Minister\s+voor\s+[^,]+?)"
_NAME = r"(?:(?:mr|dr|drs|ir|prof|ing)\.\s+)*(?:[A-Z]\.\s?){1,5}(?:(?:van|de|der|den|ter|ten|in\s+'t|te)\s+)*[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)?"
# a ministry's name may hold commas ("De Staatssecretaris van Volksgezondheid, Welzijn en Sport,\nV.P.G. Karremans"):
# the role runs on over ", Capitalised words" up to the comma before the name
SIGNATURE = re.compile(
    rf"(?:^|\n|\s)(?:De|Het)\s+(?P<role>{_ROLE}(?:\s+(?:van|voor)\s+[^,\n]{{3,90}}?(?:,\s*[A-Z][^,\n]{{2,60}}?)*)?),"
    rf"\s*(?P<name>{_NAME})(?=\s|$)"
)
HEADING_ROLE = re.compile(r"BRIEF VAN DE (?P<roles>(?:MINISTERS?|STAATSSECRETARIS(?:SEN)?|MINISTER-PRESIDENT)[A-Z ,'’\-ÉËÏÖÜ]+)")
INDIENER = re.compile(r"Indiener(?:\(s\))?:\s*(?P<name>[^()\n]+?)\s*\((?P<role>[^)]+)\)")
# searched in the lower-cased text (`WordPattern`): with re.I, its alternatives were tried at every character of a
# whole document (1.5 ms of a 37,000-character UN list's 20)
CLOSING = WordPattern(r"\b(?:Hoogachtend|Met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|Met\s+de\s+meeste\s+"
                      r"hoogachting|Yours\s+(?:sincerely|faithfully))\s*,", lower=True)
_CLOSING_WORDS = ("hoogachtend", "groet", "hoogachting", "yours")  # one of them in every closing
# where a signatory's role begins in the closing, in capitals or not
# (recent letters print it in lower case: "de minister van Onderwijs, Cultuur en Wetenschap,"), or without its article
# after a blank line ("Minister voor Klimaat en Energie" over the name; not the second line of one role: "De
# Minister-president," / "Minister van Algemene Zaken,")
ROLE_START = re.compile(r"(?<!\S)(?:De|DE|de|Het|HET)\s+(?:Minister-[Pp]resident|MINISTER-PRESIDENT|[Mm]inister|MINISTER|"
                        r"[Ss]taatssecretaris|STAATSSECRETARIS)\b|(?:\A|(?<=\n\n))(?:Minister|Staatssecretaris)\s+(?:van|voor)\b")
_A_ROLE = re.compile(r"(?:Minister|Staatssecretaris|Minister-[Pp]resident)\b(?:\s+(?:van|voor)\b|$)")
TITLES = re.compile(r"^(?:(?:mr|dr|drs|ir|ing|prof|ds|bc|mgr|dhr|mevr)\.?\s+)+", re.I)
POSTNOMINALS = re.compile(r"[,\s]+(?:MSc|MA|LLM|LL\.M\.|MBA|PhD|BSc|MPA|MPhil|RA|RC)\.?$")
# the letters of a name: Latin-1's and Latin Extended-A's ("Yeşilgöz-Zegerius"), whose capitals and small letters
# alternate, so that a name's first letter is known capital by `clean_name`'s check
_UPPER = "A-ZÀ-ÖØ-ÝĀ-ž"
_LOWER = "a-zß-öø-ÿĀ-ž'’"
_NAME_TOKEN = rf"(?:(?:[A-Z]\.\s?){{1,6}}|[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*|van|de|der|den|ter|ten|te|'t|in|la|le|du|von)"
FULL_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,6}}")


def _title_case_role(caps: str) -> str:
    words = caps.strip().strip(",").lower().split()
    out = []
    for i, w in enumerate(words):
        out.append(w if (w in _LOWER_WORDS and i) else w[:1].upper() + w[1:])
    return " ".join(out)


def _heading_roles(text: str) -> list[str]:
    m = HEADING_ROLE.search(text)
    if not m:
        return []
    raw = m["roles"]
    if m.end() < len(text) and text[m.end()].islower():
        raw = raw[:len(raw) - len(raw.split()[-1])]  # the capital that opens the next line ("… STIKSTOF Aan de …")
    raw = re.split(r"\s+(?=AAN\b)|\n", raw)[0]
    plural = re.match(r"(MINISTERS|STAATSSECRETARISSEN)\s+(.*)", raw)
    if plural:
        singular = "MINISTER" if plural.group(1) == "MINISTERS" else "STAATSSECRETARIS"
        parts = re.split(r",\s*|\s+EN\s+(?=VAN|VOOR)", plural.group(2))
        return [_title_case_role(f"{singular} {p}") for p in parts if p.strip()]
    parts = re.split(r"\s+EN\s+(?=(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS))", raw)
    return [_title_case_role(re.sub(r"^DE\s+", "", p)) for p in parts if p.strip()]


def clean_name(raw: str) -> str | None:
    """A signatory's name without titles ("drs. V.L.W.A. Heijnen" → "V.L.W.A. Heijnen"), or None when `raw` is
    no name (a sentence, a heading)."""
    name = " ".join(raw.split()).strip(" ,.;")
    name = POSTNOMINALS.sub("", TITLES.sub("", name))
    name = re.sub(r"(?<=[A-Z]\.)\s+(?=[A-Z]\.)", "", name)  # "V.L.W. A. Heijnen" → "V.L.W.A. Heijnen"
    if not name or not FULL_NAME.fullmatch(name) or not re.search(rf"[{_UPPER}][{_LOWER}]", name) or not any(
            part[:1].isupper() for part in name.split()):
        return None
    if _A_ROLE.match(name):  # a second role on the line after the first ("De minister-president," / "Minister van
        return None  # Algemene Zaken," / "Mark Rutte"): the role goes on, the name is further down
    if len(name.split()) > 6:
        return None
    return name


def _role(raw: str) -> str:
    role = " ".join(raw.split()).strip(" ,")
    role = re.sub(r"^(?:De|DE|de|Het|HET|het)\s+", "", role)
    if role.upper() == role:
        return _title_case_role(role)
    return role[:1].upper() + role[1:]  # "minister van Volksgezondheid, …" as a title: "Minister van …"


_ROLE_ON_ITS_LINE = re.compile(r"\b(?:minister|staatssecretaris)\s+(?:van|voor)\b", re.I)


def _split_role_name(part: str) -> tuple[str, str] | None:
    """(role, name) of one signatory's words in the closing: the role runs to the first comma after which a name
    fills the rest of its line, or the next line when the comma ends one, or fills a line of its own over the name;
    None when no name follows."""
    for m in re.finditer(r",", part):
        rest = part[m.end():]
        line, _, after = rest.partition("\n")
        if not line.strip():
            line = next((ln for ln in after.split("\n") if ln.strip()), "")
        name = clean_name(line)
        if name:
            return part[:m.start()], name
    # no comma: the role alone on its line, the name on the next ("Minister voor Klimaat en Energie" / "R.A.A. Jetten")
    first, _, after = part.partition("\n")
    if "," not in first and len(first) <= 120 and _ROLE_ON_ITS_LINE.search(first):
        name = clean_name(next((ln for ln in after.split("\n") if ln.strip()), ""))
        if name:
            return first, name
    return None


# "mede namens de minister van …": the minister on whose behalf the signatory also signs, who does not sign
_ON_BEHALF = re.compile(r"\b(?:mede\s+)?namens\s*$", re.I)
_ON_BEHALF_IN_ROLE = re.compile(r",?\s*\b(?:mede\s+)?namens\b.*$", re.I | re.S)
# "w.g." ("was getekend"): a copy of a signed letter in place of the signature
_SIGNED = re.compile(r"(?<!\w)w\.\s?g\.(?!\w)", re.I)
# "namens deze" ("on this one's behalf"): an official signs the minister's letter under the minister's title
_FOR_THIS_ONE = re.compile(r",?\s*\b(?:namens|voor)\s+dezen?\s*,?", re.I)
# the names under signatures set side by side, on one line: parted by a wide gap, or where a name's initials begin
# after the last name's surname ("M. Harbers V.L.W.A. Heijnen")
_WIDE_GAP = re.compile(r"\s{2,}|\t")
_NEXT_INITIALS = re.compile(r"(?<=[a-zß-ÿ])\s+(?=(?:(?:mr|dr|drs|ir|prof|ing)\.\s+)*(?:[A-Z]\.\s?){1,5}[A-Z])")


def _side_by_side(region: str, starts: list[int]) -> list[Signatory] | None:
    """The signatories of roles set side by side on one line ("De minister van …,    De staatssecretaris van …,"),
    their names beside each other on the next line with words, in the same order; None when the closing is not so
    set or its names cannot be parted as many as the roles."""
    line_start = region.rfind("\n", 0, starts[0]) + 1
    line_end = region.find("\n", starts[0])
    line_end = len(region) if line_end < 0 else line_end
    on_line = [s for s in starts if s < line_end]
    if len(on_line) < 2 or region[line_start:on_line[0]].strip():
        return None
    roles = [region[a:b].strip() for a, b in zip(on_line, on_line[1:] + [line_end], strict=True)]
    if not all(r.endswith(",") for r in roles):
        return None
    name_line = next((ln for ln in region[line_end:].split("\n") if ln.strip()), "")
    for parts in (_WIDE_GAP.split(name_line.strip()), _NEXT_INITIALS.split(name_line.strip())):
        names = [clean_name(p) for p in parts if p.strip()]
        if len(names) == len(roles) and all(names):
            return [Signatory(name=n, role=_role(r)) for r, n in zip(roles, names, strict=True)]
    return None


def closing_signatories(text: str) -> list[Signatory]:
    """The signatories in the closing of `text` (see the module docstring); [] when it has none. A minister on
    whose behalf the signatory also signs ("mede namens de minister van …") is none of them."""
    low = text.lower()
    # most texts hold none of a closing's words (a UN list, a report): looked for first, at C speed
    closings = list(CLOSING.finditer(low, lowered=True)) if any(w in low for w in _CLOSING_WORDS) else []
    closing = closings[-1] if closings else None
    region = text[closing.end():closing.end() + 1200] if closing else text[-900:]
    region = _SIGNED.sub(lambda m: " " * len(m.group(0)), region)  # "w.g. E. Heinen": a copy says it was signed
    starts = [m.start() for m in ROLE_START.finditer(region) if not _ON_BEHALF.search(region, 0, m.start())]
    if starts:
        beside = _side_by_side(region, starts)
        if beside:
            return beside
    found: list[Signatory] = []
    for k, start in enumerate(starts):
        split = _split_role_name(region[start:starts[k + 1] if k + 1 < len(starts) else len(region)])
        # a role set over lines that the text's reading parted ("De minister van Binnenlandse" / "Zaken en
        # Koninkrijksrelaties,", as a signature beside another is set) is one role; a sentence between is none
        if split is None or len(split[0]) > 160 or re.search(r"[.;:]\s", split[0]):
            continue
        deputy = _FOR_THIS_ONE.search(split[0])
        if deputy:  # "De Minister van …, namens deze, de directeur-generaal …,": the minister's letter, an official signs
            found.append(Signatory(name=None, role=_role(split[0][:deputy.start()])))
            found.append(Signatory(name=split[1], role=_role(split[0][deputy.end():]) or None))
            continue
        found.append(Signatory(name=split[1], role=_role(_ON_BEHALF_IN_ROLE.sub("", split[0]))))
    return found


def signatories(text: str) -> list[Signatory]:
    """Who signed: the closing block ("De Minister van Buitenlandse Zaken, W.B. Hoekstra"), completed with the
    letter's heading ("BRIEF VAN DE MINISTER VAN …") and an 'Indiener(s):' line where a web copy has one."""
    found = closing_signatories(text)
    if not found:
        tail_start = max(0, len(text) - 1500)
        for region in (text[tail_start:], text[:3000]):
            for m in SIGNATURE.finditer(region):
                role = re.sub(r"\s+", " ", m["role"]).strip()
                name = clean_name(m["name"]) or m["name"].strip()
                if any(s.name == name for s in found):
                    continue
                found.append(Signatory(name=name, role=role))
            if found:
                break
    roles = _heading_roles(text[:3000])
    m = INDIENER.search(text[:3000])
    if m and not found:
        name = m["name"].strip()
        found.append(Signatory(name=name, role=roles[0] if len(roles) == 1 else _title_case_role(m["role"])))
    for role in roles:
        if not any(s.role and s.role.lower() == role.lower() for s in found):
            found.append(Signatory(name=None, role=role))
    # a name found without a matching heading role keeps its own; an unnamed heading role stands alone
    return found
