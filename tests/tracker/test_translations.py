"""A whole Dutch interface: every string the templates translate has its Dutch in the catalogue (not empty, not
fuzzy), and pages show statuses, stances, review states and history in words, never as codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import opvolging.tracker as tracker

TEMPLATES = Path(tracker.__file__).parent / "templates"
PO = Path(tracker.__file__).parent / "locale" / "nl" / "LC_MESSAGES" / "django.po"
_TRANSLATE = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(?P<text>.*?)\1""")
_BLOCK = re.compile(r"{%\s*blocktrans(?:late)?(?P<args>[^%]*)%}(?P<text>.*?){%\s*endblocktrans(?:late)?\s*%}", re.S)


def _unquote(block: str) -> str:
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block)).replace('\\"', '"').replace("\\n", "\n")


def catalogue() -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, msgid) → (msgstr, fuzzy) of the Dutch catalogue."""
    out = {}
    for entry in PO.read_text(encoding="utf-8").split("\n\n"):
        ctx = re.search(r'^msgctxt ((?:".*"\n?)+)', entry, re.M)
        mid = re.search(r'^msgid ((?:".*"\n?)+)', entry, re.M)
        mstr = re.search(r'^msgstr(?:\[0\])? ((?:".*"\n?)+)', entry, re.M)
        if mid and mstr:
            out[(_unquote(ctx.group(1)) if ctx else "", _unquote(mid.group(1)))] = (
                _unquote(mstr.group(1)), "#, fuzzy" in entry)
    return out


def template_strings() -> set[str]:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        found |= {m["text"] for m in _TRANSLATE.finditer(text)}
        for m in _BLOCK.finditer(text):
            body = m["text"]
            if "plural" in body:
                body = body.split("{% plural %}")[0]
            found.add(re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", body) if "trimmed" not in m["args"] else
                      " ".join(re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", body).split()))
    return found


def test_every_template_string_has_its_dutch():
    po = catalogue()
    missing = sorted(s for s in template_strings() if not po.get(("", s), ("", False))[0] or po[("", s)][1])
    assert missing == [], f"{len(missing)} template strings lack Dutch: {missing[:10]}"


def test_the_review_state_rejected_is_not_the_stance_rejected():
    from django.utils import translation

    from opvolging.tracker.models import REVIEW_STATES, STANCES

    with translation.override("nl"):
        assert str(dict(REVIEW_STATES)["rejected"]) == "afgewezen"
        assert str(dict(STANCES)["rejected"]) == "niet overgenomen"


@pytest.mark.django_db
def test_a_commitment_page_in_dutch_shows_words_not_codes(client, letter, editor):
    from opvolging.tracker.models import Commitment

    c = Commitment.objects.filter(document=letter).promises().first()
    c.set_status("in_progress", editor, note="begonnen")
    client.force_login(editor)
    page = client.get(c.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    shown = re.sub(r"<[^>]+>", " ", page)  # the words on the screen, not the attributes
    assert "in_progress" not in shown and "in uitvoering" in shown
    assert "open → in uitvoering" in shown  # the history in words, as the badge
