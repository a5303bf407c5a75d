"""Plain text in any common encoding: UTF-8 (with or without BOM), UTF-16 (with or without BOM), cp1252."""

from __future__ import annotations

import codecs

from opvolging.errors import InputError
from opvolging.sources.document import SourceDocument

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str) -> str:
    """The text of `data`, decoded by BOM, then UTF-16 by its zero bytes, then UTF-8, then cp1252.

    Raises InputError when the bytes are not text (zero bytes or many control characters).
    """
    text = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            break
    if text is None:
        sample = data[:4096]
        zeros_even = sample[0::2].count(0)
        zeros_odd = sample[1::2].count(0)
        half = max(1, len(sample) // 2)
        if zeros_odd > 0.4 * half and zeros_even < 0.05 * half:
            text = data.decode("utf-16-le", errors="replace")
        elif zeros_even > 0.4 * half and zeros_odd < 0.05 * half:
            text = data.decode("utf-16-be", errors="replace")
        elif 0 in sample:
            raise InputError(name, "is binary, not text (it holds zero bytes)")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    bad = text[:4096].count("\ufffd")
    if controls + bad > 0.05 * max(1, len(text[:4096])):
        raise InputError(name, "is binary, not text (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_txt(data: bytes, name: str) -> SourceDocument:
    """One page per form feed in the text (most text has none, and is one page)."""
    return SourceDocument(pages=decode(data, name).split("\f"))
