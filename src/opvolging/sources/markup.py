"""HTML and XML (incl. the official XML of officielebekendmakingen) to text, block by block.

Structure is kept rather than thrown away: each block (paragraph, heading, list item, table row, signature
line) becomes its own paragraph; list items keep their bullet or number; table rows become one line of cells
joined by " | ". Elements the reader does not know are walked into, never an error.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from opvolging.errors import InputError
from opvolging.sources.document import SourceDocument

# Blocks whose whole text is one paragraph (HTML, and both Kamerstuk XML dialects).
BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "caption", "address",
    "al", "kop", "titel", "tussenkop", "tuskop", "tekstregel", "dossiernr", "dossiertitel", "ondertekening",
    "naam", "functie", "plaats", "datum", "aanhef", "slotformulering", "nr", "stuknr", "kamerstuknr",
    "algemeen", "voorzitter", "titelregel", "ondertitel", "huidignummer",
}
# Blocks whose parts make one line: a heading "<kop><nr>2</nr><titel>Aanbeveling 2</titel></kop>", a name.
JOINED = {"kop", "naam", "stuknr", "dossiernummer", "plaatsdatum"}
ITEMS = {"li"}
ROWS = {"tr", "row"}
CELLS = {"td", "th", "entry"}
SKIP = {"script", "style", "head", "noscript", "nav", "template", "metadata", "meta", "svg"}
LISTS_ORDERED = {"ol"}


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _text(el: etree._Element) -> str:
    """The words of `el`, white space collapsed; a line break (<br>) and a block within it (a cell's paragraphs)
    part words as a space does ("A12 Acceptance of international norms<br>D25 Prohibition of torture" had run
    together as "normsD25"), where inline elements do not ("<b>Aan</b>beveling")."""
    if not any(_local(c.tag) in _PARTS_WORDS for c in el.iter() if c is not el):
        return re.sub(r"\s+", " ", "".join(el.itertext())).strip()
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(el, False)]  # (element, its tail is due now), as `_walk` walks
    while stack:
        node, tail_due = stack.pop()
        if tail_due:
            parts.append(" " if _local(node.tag) in _PARTS_WORDS else "")
            parts.append(node.tail or "")
            continue
        if node is not el and _local(node.tag) in _PARTS_WORDS:
            parts.append(" ")
        if isinstance(node.tag, str) and node.text and _local(node.tag) not in SKIP:
            parts.append(node.text)
        for child in reversed(node if _local(node.tag) not in SKIP else []):
            stack.append((child, True))
            stack.append((child, False))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


# what parts the words of a cell or a block: a line break, and the blocks and items within it
_PARTS_WORDS = {"br"} | BLOCKS | ITEMS


def _walk(root: etree._Element, out: list[str]) -> None:
    """The blocks under `root`, in document order. Walked with a stack of its own, not by recursion: markup nested a
    thousand deep is read like any other."""
    stack: list[tuple[etree._Element, bool]] = [(root, False)]  # (element, its tail is due now)
    while stack:
        el, tail_due = stack.pop()
        if tail_due:
            if el.tail and el.tail.strip():
                out.append(re.sub(r"\s+", " ", el.tail).strip())
            continue
        children = _emit(el, out)
        if children:
            for child in reversed(children):
                stack.append((child, True))
                stack.append((child, False))


def _emit(el: etree._Element, out: list[str]) -> list[etree._Element]:
    """Append the block `el` makes, if it makes one whole; return the children to walk into (none when `el` was
    read whole or skipped)."""
    name = _local(el.tag)
    if name in SKIP:
        return []
    if name in ROWS:
        cells = [_text(c) for c in el if _local(c.tag) in CELLS]
        if not cells:
            cells = [_text(el)]
        if any(cells):
            out.append(" | ".join(cells))
        return []
    if name in ITEMS or name == "lijst-item":
        marker = el.get("nr") or ""
        label = next((c for c in el if _local(c.tag) in ("li.nr", "nr")), None)
        if label is not None:
            marker = _text(label)
        parent = el.getparent()
        if not marker and parent is not None and _local(parent.tag) in LISTS_ORDERED:
            marker = f"{[c for c in parent if _local(c.tag) in ITEMS].index(el) + 1}."
        body = " ".join(_text(c) for c in el if _local(c.tag) not in ("li.nr", "nr"))
        if el.text and el.text.strip():
            body = (el.text.strip() + " " + body).strip()
        if not body:
            body = _text(el)
        if body:
            out.append(f"{marker or '•'} {body}")
        return []
    if name in JOINED:
        t = " ".join(p.strip() for p in el.itertext() if p.strip())
        if t:
            out.append(t)
        return []
    if name in BLOCKS and not any(_local(c.tag) in BLOCKS | ITEMS | ROWS for c in el.iter() if c is not el):
        t = _text(el)
        if t:
            out.append(t)
        return []
    if el.text and el.text.strip() and name not in ("html", "body"):
        out.append(re.sub(r"\s+", " ", el.text).strip())
    return list(el)


# Elements of Kamerstuk XML (both dialects) that state the paper's identity, read as metadata.
IDENTITY = {"dossiernr": "dossiernummer", "ondernummer": "ondernummer", "stuknr": "ondernummer", "nr": "ondernummer",
            "vergaderjaar": "vergaderjaar"}


def _meta(root: etree._Element) -> dict[str, str]:
    """Name–content pairs of `meta` elements (officiele-publicatie XML, and HTML's <meta name=…>), and the
    dossier number, paper number and session year that Kamerstuk XML prints in its own elements."""
    found: dict[str, str] = {}
    for el in root.iter():
        name = _local(el.tag)
        if name in IDENTITY and IDENTITY[name] not in found:
            value = _text(el)
            if name in ("ondernummer", "stuknr", "nr"):
                digits = re.search(r"\d+[A-Za-z]?", value)
                value = digits.group(0) if digits and re.fullmatch(r"(?:Nr\.?\s*)?\d+[A-Za-z]?", value, re.I) else ""
                if name == "nr" and _local(el.getparent().tag if el.getparent() is not None else "") not in (
                        "stuk", "stuknr", "kamerstuk"):
                    value = ""
            elif name == "vergaderjaar":
                years = re.search(r"(\d{4})\s*[–-]\s*(\d{4})", value)
                value = f"{years.group(1)}-{years.group(2)}" if years else ""
            if value:
                found[IDENTITY[name]] = value
        if name == "tekstregel" and "vergaderjaar" not in found:
            years = re.search(r"[Vv]ergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})", _text(el))
            if years:
                found["vergaderjaar"] = f"{years.group(1)}-{years.group(2)}"
        if name == "meta":
            key = el.get("name") or el.get("property")
            value = el.get("content")
            if key and value and key not in found:
                found[key] = value.strip()
    return found


_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=", re.IGNORECASE)


def _html_parser(data: bytes) -> lxml_html.HTMLParser:
    """A parser reading UTF-8 when the HTML declares no character set and its bytes are UTF-8 (lxml would read
    them as Latin-1: "Organization’s" as "Organizationâ\x80\x99s"); else lxml's own choice of encoding. Deep
    nesting is allowed (libxml2 stops at 256 levels otherwise, and the text under them is lost)."""
    if _DECLARED_CHARSET.search(data[:4096]) is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return lxml_html.HTMLParser(encoding="utf-8", huge_tree=True)
    return lxml_html.HTMLParser(huge_tree=True)


def read_markup(data: bytes, name: str, fmt: str) -> SourceDocument:
    """One page of blocks separated by blank lines; InputError when the markup cannot be parsed."""
    try:
        if fmt == "xml":
            parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
            root = etree.fromstring(data, parser)
        else:
            root = lxml_html.fromstring(data, parser=_html_parser(data))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, RecursionError, MemoryError) as e:
        detail = str(e).splitlines()[0][:120] if str(e) else e.__class__.__name__
        raise InputError(name, f"is not readable {fmt.upper()} ({detail})") from None
    if root is None:
        raise InputError(name, f"is not readable {fmt.upper()}")
    blocks: list[str] = []
    body = root
    if fmt == "html":
        found = root.find(".//body")
        body = found if found is not None else root
    _walk(body, blocks)
    return SourceDocument(pages=["\n\n".join(blocks)], metadata=_meta(root))
