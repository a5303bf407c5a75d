"""Inputs for fuzzing the extractor and the readers: text built from the pieces real documents are built of
(headings, UPR labels and States, stance and promise words, page footers, letterheads, dashes and hyphens), mixed
with arbitrary characters, and bytes that look like each format's files. Used by `tests/extract/test_fuzz.py`
(hypothesis, a bounded number of examples in `make test`) and `benchmarks/fuzz.py` (100,000 and more, seeded)."""

from __future__ import annotations

import io
import random
import zipfile

PIECES = [
    "Aanbeveling", "Aanbeveling 1 –", "Advies 3:", "1.", "2)", "10", "121.1", "122.14–15", "122.17-18,",
    "140.46A/HRC/59/15/Add.1",
    "(France)", "(Iran (Islamic Republic of))", "(Portugal, Slovakia);", ";", ":", ".", ",", "\n", "\n\n", "\f", "-",
    "–", "•", " ", "  ", "\t", "beveelt aan", "De Raad beveelt aan om", "De AIV doet de volgende aanbevelingen:",
    "Het kabinet zal", "zal", "zullen", "wordt", "worden", "geïnformeerd", "in 2023", "voor de zomer",
    "in het voorjaar van 2024", "tot juli 2023", "(2023-2025)", "Supported", "Noted", "Source of Position:",
    "SDGs:", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "Affected persons:", "Theme:", "Position: Supported",
    "Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4", "Pagina 2 van 7", "GE.20-02535(E)",
    "Hoogachtend,", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", "drs. V.L.W.A. Heijnen", "W.B. Hoekstra",
    "De Minister van Buitenlandse Zaken,", "«", "»", "“", "”", "(", ")", "a-", "Datum", "Betreft", "Ons kenmerk",
    "United Nations A/HRC/43/15", "Distr.: General", "Addendum", "The Government accepts the following recommendations",
    "For the time being, the Government notes recommendations", "Slovenia will continue to", "Reactie:",
    "Ik neem deze aanbeveling over.", "neemt kennis van", "Na de aanbieding van de beleidsbrief «X» aan de Kamer,",
    "Dit", "Hierbij bied ik u", "Om dit te borgen", "zoals", "x", "é", "ß", "İ", "\u00ad", "\u200b", "\ud800", "\x00",
    "¹", "|", " | ", "Aanbeveling | Reactie kabinet", "Recommendation", "accepts", "considers them already implemented",
]


def random_text(rng: random.Random, size: int) -> str:
    """About `size` characters of pieces and arbitrary characters; a piece may repeat many times over."""
    out: list[str] = []
    n = 0
    while n < size:
        r = rng.random()
        if r < 0.75:
            piece = rng.choice(PIECES)
        elif r < 0.9:
            piece = "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 12)))
        else:  # a run of one piece: the shape that makes backtracking patterns quadratic
            piece = rng.choice(PIECES) * rng.randrange(2, max(3, size // 8))
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]


def _docx(rng: random.Random, text: str) -> bytes:
    import docx

    d = docx.Document()
    for para in text.split("\n")[:200]:
        d.add_paragraph(para.replace("\x00", "").replace("\f", " ").encode("utf-8", "replace").decode("utf-8"))
    buf = io.BytesIO()
    d.save(buf)
    data = bytearray(buf.getvalue())
    for _ in range(rng.randrange(0, 4)):  # damage a few bytes
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def random_file(rng: random.Random, size: int) -> tuple[bytes, str]:
    """Bytes in one of the readers' formats, more or less well-formed: (data, format)."""
    text = random_text(rng, size)
    fmt = rng.choice(["txt", "html", "xml", "pdf", "docx"])
    if fmt == "txt":
        enc = rng.choice(["utf-8", "utf-16", "cp1252", "utf-8-sig"])
        data = text.encode(enc, "replace")
    elif fmt == "html":
        depth = rng.choice([1, 10, 300, 1200])
        data = ("<html><body>" + "<div>" * depth + "<p>" + text + "</p>" + "</div>" * depth).encode("utf-8",
                                                                                                   "replace")
    elif fmt == "xml":
        depth = rng.choice([1, 10, 300, 1200])
        data = ("<kamerstuk>" + "<a>" * depth + "<al>" + text.replace("<", " ") + "</al>" + "</a>" * depth
                + rng.choice(["</kamerstuk>", ""])).encode("utf-8", "replace")
    elif fmt == "pdf":
        data = b"%PDF-1.4\n" + text.encode("latin-1", "replace")
        if rng.random() < 0.3:
            import zlib

            blob = zlib.compress(rng.randbytes(64) * rng.randrange(1, 2000))
            data += b"\n1 0 obj << /Filter /FlateDecode >>\nstream\n" + blob + b"\nendstream\nendobj\n%%EOF"
    else:
        data = _docx(rng, text) if rng.random() < 0.7 else zipfile_like(rng)
    return data, fmt


def zipfile_like(rng: random.Random) -> bytes:
    """A small zip that is no Word document, or one whose part inflates a thousandfold."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * rng.choice([10, 10_000, 5_000_000]))
        if rng.random() < 0.5:
            z.writestr("[Content_Types].xml", b"<Types/>")
    return buf.getvalue()
