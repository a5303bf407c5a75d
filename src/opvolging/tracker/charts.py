"""Server-side rendering helpers: bar charts as SVG (with the numbers beside them), and highlighted spans."""

from __future__ import annotations

import html
import re

BAR_HEIGHT = 22  # a one-line label's row; a label of more lines makes its row taller
LINE = 16
LABEL_WIDTH = 250
BAR_WIDTH = 240
LABEL_CHARS = 30  # characters of a label line at 14 px in LABEL_WIDTH
LABEL_LINES = 3


def label_lines(label: str) -> list[str]:
    """A label broken at spaces into lines of at most LABEL_CHARS characters, at most LABEL_LINES of them (the
    last one ending in … when words are left over; the whole label is in the table beside the chart)."""
    lines: list[str] = []
    for word in str(label).split():
        if lines and len(lines[-1]) + 1 + len(word) <= LABEL_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES]
        lines[-1] = lines[-1][:LABEL_CHARS - 1].rstrip() + "…"
    return [line if len(line) <= LABEL_CHARS else line[:LABEL_CHARS - 1] + "…" for line in lines] or [""]


def bars(rows: list[tuple[str, int]], title: str, links: list[str] | None = None) -> dict:
    """A horizontal bar chart: {'title', 'svg', 'rows'}; the rows are also shown as a table beside it, each
    label a link when `links` gives one (the URL of what the bar counts)."""
    top = max((n for _, n in rows), default=0) or 1
    lines = [label_lines(label) for label, _ in rows]
    heights = [max(BAR_HEIGHT, LINE * len(ls) + 6) for ls in lines]
    height = sum(heights) + 4 if rows else BAR_HEIGHT + 4
    parts = [f'<svg role="img" aria-label="{html.escape(title)}" viewBox="0 0 {LABEL_WIDTH + BAR_WIDTH + 60} {height}" '
             f'class="chart" xmlns="http://www.w3.org/2000/svg"><title>{html.escape(title)}</title>']
    y = 2
    for (label, n), ls, h in zip(rows, lines, heights, strict=True):
        w = int(BAR_WIDTH * n / top)
        first = y + (h - LINE * len(ls)) / 2 + 12
        spans = "".join(f'<tspan x="{LABEL_WIDTH - 8}" y="{first + k * LINE:.0f}">{html.escape(line)}</tspan>'
                        for k, line in enumerate(ls))
        parts.append(f'<text text-anchor="end" class="chart-label"><title>{html.escape(str(label))}</title>'
                     f"{spans}</text>")
        mid = y + h / 2
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{mid - (BAR_HEIGHT - 6) / 2:.0f}" width="{w}" '
                     f'height="{BAR_HEIGHT - 6}" class="chart-bar"/>')
        parts.append(f'<text x="{LABEL_WIDTH + w + 6}" y="{mid + 5:.0f}" class="chart-value">{n}</text>')
        y += h
    parts.append("</svg>")
    links = links or [""] * len(rows)
    return {"title": title, "svg": "".join(parts),
            "rows": [(label, n, url) for (label, n), url in zip(rows, links, strict=True)]}


def mark_spans(text: str, spans: list[tuple[int, int, str, str, str]]) -> str:
    """`text` as HTML with each span (start, end, anchor id, kind, label) in a <mark> that can be linked to.

    Spans that overlap an earlier one are nested where they fit and otherwise left out of the marking."""
    events = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: (s[0], -s[1]))
    out, pos, stack = [], 0, []
    for start, end, anchor, kind, label in events:
        while stack and stack[-1] <= start:
            out.append(html.escape(text[pos:stack[-1]]))
            pos = stack.pop()
            out.append("</mark>")
        if stack and end > stack[-1]:
            continue  # crosses an open span: skip
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark id="{anchor}" class="span span-{kind}" title="{html.escape(label)}">')
        pos = start
        stack.append(end)
    while stack:
        out.append(html.escape(text[pos:stack[-1]]))
        pos = stack.pop()
        out.append("</mark>")
    out.append(html.escape(text[pos:]))
    return "</p><p>".join(_compact("".join(out).split("\n\n")))


_TAG = re.compile(r"<[^>]*>")
SHORT = 60  # characters: a line of a letterhead, an address or a signature, not a sentence of the text


def _compact(paragraphs: list[str]) -> list[str]:
    """`paragraphs` (HTML) with each run of three or more short ones (a letterhead's labels and values, an
    address, a signature: each a paragraph of its own in the text) joined into one, a line each, as printed."""
    out: list[str] = []
    run: list[str] = []
    for p in [*paragraphs, None]:
        if p is not None and "\n" not in p and len(html.unescape(_TAG.sub("", p)).strip()) <= SHORT:
            run.append(p)
            continue
        out += ["\n".join(run)] if len(run) >= 3 else run
        run = []
        if p is not None:
            out.append(p)
    return out
