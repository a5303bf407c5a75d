"""Server-side rendering helpers: bar charts as SVG (with the numbers beside them), and highlighted spans."""

from __future__ import annotations

import html

BAR_HEIGHT = 22
LABEL_WIDTH = 230
BAR_WIDTH = 300


def bars(rows: list[tuple[str, int]], title: str, links: list[str] | None = None) -> dict:
    """A horizontal bar chart: {'title', 'svg', 'rows'}; the rows are also shown as a table beside it, each
    label a link when `links` gives one (the URL of what the bar counts)."""
    top = max((n for _, n in rows), default=0) or 1
    height = BAR_HEIGHT * max(1, len(rows)) + 4
    parts = [f'<svg role="img" aria-label="{html.escape(title)}" viewBox="0 0 {LABEL_WIDTH + BAR_WIDTH + 60} {height}" '
             f'class="chart" xmlns="http://www.w3.org/2000/svg"><title>{html.escape(title)}</title>']
    for i, (label, n) in enumerate(rows):
        y = i * BAR_HEIGHT + 2
        w = int(BAR_WIDTH * n / top)
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" class="chart-label">'
                     f"{html.escape(str(label))[:32]}</text>")
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{w}" height="{BAR_HEIGHT - 6}" class="chart-bar"/>')
        parts.append(f'<text x="{LABEL_WIDTH + w + 6}" y="{y + 15}" class="chart-value">{n}</text>')
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
    return "".join(out).replace("\n\n", "</p><p>")
