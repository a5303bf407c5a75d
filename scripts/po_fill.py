"""Fill Dutch translations into the tracker's catalogue: `python scripts/po_fill.py` after `makemessages`.

Each msgid below gets its msgstr (a fuzzy guess of gettext's for it is replaced); the catalogue is then compiled
with msgfmt. The table is the project's Dutch for strings added since the catalogue was last filled by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PO = Path(__file__).resolve().parent.parent / "src/opvolging/tracker/locale/nl/LC_MESSAGES/django.po"

DUTCH = {
    "in the latest version": "in de laatste versie",
    "match with the latest version": "overeenkomst met de laatste versie",
    "reference": "kenmerk",
    "subject": "onderwerp",
    "page": "pagina",
    "reason": "reden",
    "confidence": "zekerheid",
    "Your username and password did not match, or too many attempts were made.":
        "Gebruikersnaam en wachtwoord kwamen niet overeen, of er zijn te veel pogingen gedaan.",
    "Rejected by an editor: this is no promise.": "Afgewezen door een redacteur: dit is geen toezegging.",
    "A possible commitment, for review: not shown as a promise until an editor confirms it.":
        "Een mogelijke toezegging, ter beoordeling: pas als toezegging getoond wanneer een redacteur die bevestigt.",
    "The latest version of the document no longer says this. It is kept here with its history.":
        "De laatste versie van het document zegt dit niet meer. Het blijft hier bewaard, met de geschiedenis.",
    "Matched to the latest version of the document by words that are only partly the same (%(score)s): please "
    "check.": "Gekoppeld aan de laatste versie van het document op woorden die maar deels gelijk zijn (%(score)s): "
              "controleer dit.",
    "Read as a promise": "Gelezen als toezegging",
    "p. %(n)s": "p. %(n)s",
    "Subject": "Onderwerp",
    "Reference": "Kenmerk",
    "Possible commitments, for review": "Mogelijke toezeggingen, ter beoordeling",
    "No longer in the latest version": "Niet meer in de laatste versie",
    "promises": "toezeggingen",
    "Words, \"phrases\", AND, OR, NOT (EN, OF, NIET). Dutch and English word forms are matched.":
        "Woorden, \"zinsdelen\", AND, OR, NOT (EN, OF, NIET). Nederlandse en Engelse woordvormen worden gevonden.",
    "Someone else changed the status to %(current)s while you were looking at it (you saw %(seen)s). Nothing was "
    "changed: look at the commitment again.": "Iemand anders heeft de status intussen gewijzigd in %(current)s (u "
                                              "zag %(seen)s). Er is niets gewijzigd: bekijk de toezegging opnieuw.",
    "The file is larger than %(mb)d MB.": "Het bestand is groter dan %(mb)d MB.",
    "Opvolging: promises": "Opvolging: toezeggingen",
    "What became due, overdue, fulfilled or newly promised in the last 30 days.":
        "Wat de afgelopen 30 dagen is toegezegd, uiterlijk moest, te laat is of is nagekomen.",
    "Opvolging: due dates": "Opvolging: uiterste data",
    "Follow": "Volgen",
    "Which": "Welke",
    "A ministry or council as the lists name it, an addressee (Tweede Kamer), a theme, an SDG's number, or a search":
        "Een ministerie of raad zoals de lijsten die noemen, een geadresseerde (Tweede Kamer), een thema, het nummer "
        "van een SDG, of een zoekopdracht",
    "An SDG is followed by its number, 1 to 17.": "Een SDG volgt u met het nummer, 1 tot en met 17.",
    "interval after the one it waits for": "termijn na de toezegging waarop deze wacht",
    "first read": "voor het eerst gelezen",
    "as its text says": "zoals de tekst zegt",
    "the default when the text gives none": "de standaardtermijn, omdat de tekst er geen noemt",
    "Falls due %(interval)s after “%(other)s”, fulfilled today (%(how)s).":
        "Uiterlijk %(interval)s na “%(other)s”, vandaag nagekomen (%(how)s).",
    "accepted": "aanvaard",
    "suggested status": "voorgestelde status",
    "evidence suggestion": "voorgesteld bewijs",
    "addressee": "geadresseerde",
    "saved search": "bewaarde zoekopdracht",
    "subscription": "abonnement",
    "State of follow-up of the advice": "Stand van zaken van de opvolging van het advies",
    "State of follow-up of the ministry's commitments": "Stand van zaken van de toezeggingen van het ministerie",
    "Public records only.": "Alleen openbare gegevens.",
    "Promises: what became due, overdue, fulfilled or newly promised":
        "Toezeggingen: wat is toegezegd, uiterlijk moest, te laat is of is nagekomen",
    "Due dates": "Uiterste data",
    "public records only": "alleen openbare gegevens",
    "Summary": "Samenvatting",
    "No commitments.": "Geen toezeggingen.",
    "Commitments that answer no single recommendation": "Toezeggingen die niet bij één aanbeveling horen",
    "points to": "wijst op",
    "Accept as evidence": "Aanvaarden als bewijs",
    "Answered, not yet stored": "Beantwoord, nog niet opgeslagen",
    "The answer names these recommendations; no stored document holds them yet. They are linked when the council's "
    "report is stored.": "Het antwoord noemt deze aanbevelingen; nog geen opgeslagen document bevat ze. Ze worden "
    "gekoppeld zodra het rapport van de raad is opgeslagen.",
    "Not evidence": "Geen bewijs",
    "State of follow-up (report)": "Stand van zaken (rapport)",
    "Evidence suggestions": "Voorgesteld bewijs",
    "What you follow": "Wat u volgt",
    "falls due %(interval)s after that one is fulfilled, as its text says":
        "uiterlijk %(interval)s nadat die is nagekomen, zoals de tekst zegt",
    "falls due %(interval)s after that one is fulfilled (the default: its text gives no interval)":
        "uiterlijk %(interval)s nadat die is nagekomen (de standaardtermijn: de tekst noemt geen termijn)",
    "Suggested evidence": "Voorgesteld bewijs",
    "Promises this document may fulfil or advance": "Toezeggingen die dit document mogelijk nakomt of verder brengt",
    "What happened to the promises you follow, up to %(day)s:":
        "Wat er gebeurde met de toezeggingen die u volgt, tot en met %(day)s:",
    "New promise": "Nieuwe toezegging",
    "Falls due": "Uiterste datum",
    "Overdue": "Te laat",
    "Fulfilled": "Nagekomen",
    "Change what you follow": "Wijzig wat u volgt",
    "Change what you follow:": "Wijzig wat u volgt:",
    "Opvolging: what happened to the promises you follow (%(day)s)":
        "Opvolging: wat er gebeurde met de toezeggingen die u volgt (%(day)s)",
    "Download": "Downloaden",
    "Each day a digest e-mail lists what became due, overdue, fulfilled or newly promised among the commitments you "
    "follow. Each subscription also has a feed for a feed reader and its due dates for a calendar; they hold public "
    "records only.": "Elke dag meldt een e-mail wat er bij de toezeggingen die u volgt is toegezegd, uiterlijk "
                     "moest, te laat is of is nagekomen. Elk abonnement heeft ook een feed voor een feedlezer en de "
                     "uiterste data voor een agenda; daarin staan alleen openbare gegevens.",
    "Your account has no e-mail address: the digest cannot be sent until an administrator adds one.":
        "Uw account heeft geen e-mailadres: de dagelijkse e-mail kan pas worden verstuurd als een beheerder er een "
        "toevoegt.",
    "Feeds": "Feeds",
    "Stop following": "Niet meer volgen",
    "You follow nothing yet.": "U volgt nog niets.",
    "Follow more": "Meer volgen",
    "Later documents that may fulfil or advance an open promise, with the reasons: accept one to record it as "
    "evidence and change the status, or say it is not evidence (it is not suggested again).":
        "Latere documenten die een openstaande toezegging mogelijk nakomen of verder brengen, met de redenen: "
        "aanvaard er een om het als bewijs vast te leggen en de status te wijzigen, of zeg dat het geen bewijs is "
        "(het wordt dan niet opnieuw voorgesteld).",
    "Accept all on this page": "Alles op deze pagina aanvaarden",
    "Reject all on this page": "Alles op deze pagina afwijzen",
    "No suggestions.": "Geen voorstellen.",
    "evidence of a promise": "bewijs van een toezegging",
    "%(n)d suggestion(s) decided.": "%(n)d voorstel(len) beoordeeld.",
    "You no longer follow this.": "U volgt dit niet meer.",
    "You now follow this. The daily digest and its feeds list what happens.":
        "U volgt dit nu. De dagelijkse e-mail en de feeds melden wat er gebeurt.",
    "Letter (.txt, .pdf, .docx, .html, .xml) or list (.csv, .xlsx, .json)":
        "Brief (.txt, .pdf, .docx, .html, .xml) of lijst (.csv, .xlsx, .json)",
    "Or fetch an official publication by its identifier (kst-32735-354)":
        "Of haal een officiële publicatie op met haar kenmerk (kst-32735-354)",
    "Choose a file or give an identifier, one of the two.": "Kies een bestand of geef een kenmerk, één van beide.",
    "its own entry": "een eigen vermelding",
    "a repetition": "een herhaling",
    "status in the register": "status in het register",
    "register entry": "registervermelding",
    "register entries": "registervermeldingen",
    "This document is already here; nothing changed.": "Dit document staat er al; er is niets veranderd.",
    "Toezeggingen: %(summary)s.": "Toezeggingen: %(summary)s.",
    "In the Tweede Kamer's register of toezeggingen": "In het toezeggingenregister van de Tweede Kamer",
    "Number": "Nummer",
    "Status in the register": "Status in het register",
    "Made": "Gedaan",
    "Promised to": "Toegezegd aan",
    "Relation": "Relatie",
    "deleted in the register": "verwijderd uit het register",
    "a repetition of this promise": "een herhaling van deze toezegging",
    "changes": "wijzigt",
    "adds to": "vult aan",
    "«%(word)s» is searched as a word; write %(operator)s in capitals to combine words.":
        "«%(word)s» wordt als woord gezocht; schrijf %(operator)s in hoofdletters om woorden te combineren.",
    "A word with * must stand in every result: on this database it is not combined by OR.":
        "Een woord met * moet in elk resultaat staan: op deze database wordt het niet met OF gecombineerd.",
    'Words, "phrases", AND, OR, NOT (EN, OF, NIET) in capitals, and the beginning of a word with * (mensen*). '
    "Dutch and English word forms are matched; documents are found by their number (32735-354), signatories, "
    "ministry and council.":
        'Woorden, "zinsdelen", EN, OF, NIET (AND, OR, NOT) in hoofdletters, en het begin van een woord met * '
        "(mensen*). Nederlandse en Engelse woordvormen worden gevonden; documenten op hun nummer (32735-354), "
        "ondertekenaars, ministerie en raad.",
    "Nothing was found for “%(q)s”.": "Niets gevonden voor “%(q)s”.",
    "Try fewer words, another form of the word, OR between words (vrouwen OR meisjes), or the beginning of a word "
    "with * (mensen*).":
        "Probeer minder woorden, een andere vorm van het woord, OF tussen woorden (vrouwen OF meisjes), of het begin "
        "van een woord met * (mensen*).",
    "document": "document",
    "document %(n)s": "document %(n)s",
    "These numbers were counted at %(at)s; they are being counted again after the latest change.":
        "Deze aantallen zijn geteld om %(at)s; na de laatste wijziging worden ze opnieuw geteld.",
    "the best of the newest %(ranked)s of more than %(matches)s matches":
        "de beste van de nieuwste %(ranked)s van meer dan %(matches)s treffers",
    "themes": "thema's",
    "URL": "URL",
    "recommendations": "aanbevelingen",
    "date": "datum",
    "session year": "vergaderjaar",
    "commitments": "toezeggingen",
    "review state": "beoordeling",
    "tags": "onderwerpen",
    "Also printed here": "Ook hierin afgedrukt",
    "also in": "ook in",
    "also read in": "ook gelezen in",
    "Locked for a while": "Tijdelijk geblokkeerd",
    "Too many wrong passwords were tried for this account from this address. Try again in an hour, or ask an "
    "administrator to unlock it.": "Er zijn te veel verkeerde wachtwoorden geprobeerd voor dit account vanaf dit "
                                   "adres. Probeer het over een uur opnieuw, of vraag een beheerder het vrij te "
                                   "geven.",
    "Not found": "Niet gevonden",
    "This page does not exist": "Deze pagina bestaat niet",
    "The address may be mistyped, or what it showed is no longer public.":
        "Het adres is misschien verkeerd getypt, of wat het toonde is niet meer openbaar.",
    "To the overview": "Naar het overzicht",
    "Not allowed": "Niet toegestaan",
    "You may not do this": "Dit mag u niet doen",
    "Your account does not have the role this needs (viewer, editor or admin), or the form was sent from an old "
    "page: load the page again and try once more.":
        "Uw account heeft niet de rol die hiervoor nodig is (lezer, redacteur of beheerder), of het formulier kwam van "
        "een oude pagina: laad de pagina opnieuw en probeer het nog eens.",
    "Something went wrong": "Er ging iets mis",
    "The server could not show this page. The error is logged; nothing you entered is lost. Try again in a moment.":
        "De server kon deze pagina niet tonen. De fout is vastgelegd; wat u invoerde is niet verloren. Probeer het "
        "zo nog eens.",
    "API tokens": "API-sleutels",
    "A token lets a program write through the API in your name: send it as Authorization: Bearer TOKEN. Reading "
    "needs none.": "Met een sleutel schrijft een programma via de API namens u: stuur hem mee als Authorization: "
                   "Bearer SLEUTEL. Lezen kan zonder.",
    "Your account cannot edit, so your tokens write nothing.":
        "Uw account mag niet bewerken, dus uw sleutels schrijven niets.",
    "API documentation": "API-documentatie",
    "Your new token, shown this once (only its fingerprint is kept): copy it now.":
        "Uw nieuwe sleutel, alleen nu getoond (alleen een vingerafdruk wordt bewaard): kopieer hem nu.",
    "Name (what it is for)": "Naam (waarvoor hij dient)",
    "Make a token": "Maak een sleutel",
    "Name": "Naam",
    "Begins with": "Begint met",
    "Last used": "Laatst gebruikt",
    "Revoke": "Intrekken",
    "No tokens yet.": "Nog geen sleutels.",
    "Token revoked.": "Sleutel ingetrokken.",
    "No such token.": "Zo'n sleutel bestaat niet.",
    "Apply to": "Toepassen op",
    "the rows ticked": "de aangevinkte rijen",
    "Confirm": "Bevestigen",
    "Reject": "Afwijzen",
    "Confirm their answers": "Hun antwoorden bevestigen",
    "Select": "Selecteren",
    "Select recommendation": "Selecteer aanbeveling",
    "private": "besloten",
    "Make private": "Besloten maken",
    "Make public": "Openbaar maken",
    "History of this record": "Geschiedenis van dit gegeven",
    "Changes": "Wijzigingen",
    "Sign out": "Uitloggen",
    "You are signed in as %(name)s.": "U bent ingelogd als %(name)s.",
    "You are signed out.": "U bent uitgelogd.",
    "Sign in": "Inloggen",
    "Now public.": "Nu openbaar.",
    "Now private: only signed-in users see it.": "Nu besloten: alleen ingelogde gebruikers zien het.",
    "created": "aangemaakt",
    "changed": "gewijzigd",
    "deleted": "verwijderd",
    "rejected": "afgewezen",  # the review state (msgctxt "review"); the stance's is "niet overgenomen"
    "suggested": "voorgesteld",
    "confirmed": "bevestigd",
    "due date": "einddatum",
    "answer": "antwoord",
    "recommendation": "aanbeveling",
    "commitment": "toezegging",
    'Not found: there is no such record, or it is not public.':
        'Niet gevonden: dit record bestaat niet, of het is niet openbaar.',
    "This needs an editor's API token: send the header “Authorization: Bearer <token>” with a token made on the "
    "tokens page.":
        "Hiervoor is een API-token van een redacteur nodig: stuur de header “Authorization: Bearer <token>” mee, "
        "met een token gemaakt op de pagina met tokens.",
    'A parameter is missing or has the wrong type: %(where)s.':
        'Een parameter ontbreekt of heeft het verkeerde type: %(where)s.',
    "limit is from 0 to %(max)d and offset at least 0: page through more with offset (the Link header gives the "
    "next page).":
        "limit is 0 tot en met %(max)d en offset minstens 0: blader verder met offset (de Link-header geeft de "
        "volgende pagina).",
    'Unknown status “%(status)s”; use one of: %(statuses)s.':
        'Onbekende status “%(status)s”; gebruik een van: %(statuses)s.',
    'A status change needs a note saying why.':
        'Een statuswijziging heeft een toelichting nodig die zegt waarom.',
    'action is confirm or reject.':
        'action is confirm (bevestigen) of reject (afwijzen).',
    'Unknown stance “%(stance)s”; use one of: %(stances)s.':
        'Onbekend standpunt “%(stance)s”; gebruik een van: %(stances)s.',
    'Evidence needs a note saying what it shows.':
        'Bewijs heeft een toelichting nodig die zegt wat het laat zien.',
    'limit is from 0 to %(max)d and offset at least 0.':
        'limit is 0 tot en met %(max)d en offset minstens 0.',
    'action is accept or reject.':
        'action is accept (aanvaarden) of reject (afwijzen).',
    'The status was changed to “%(current)s” meanwhile (you saw “%(seen)s”): look again before changing it.':
        'De status is intussen gewijzigd in “%(current)s” (u zag “%(seen)s”): kijk opnieuw voordat u hem wijzigt.',
    'The evidence link must be an http or https address.':
        'De link naar het bewijs moet een http- of https-adres zijn.',
    'The status is already “%(status)s”.':
        'De status is al “%(status)s”.',
    'Moving a due date needs a reason.':
        'Het verplaatsen van een termijn heeft een reden nodig.',
    'This suggestion was accepted already.':
        'Deze suggestie is al aanvaard.',
    'This suggestion was rejected already.':
        'Deze suggestie is al afgewezen.',
    'Unknown review action “%(action)s”: confirm or reject.':
        'Onbekende beoordeling “%(action)s”: confirm (bevestigen) of reject (afwijzen).',
    'A quotation mark is not closed: put a second " after the phrase.':
        'Een aanhalingsteken is niet gesloten: zet een tweede " na de woordgroep.',
    'A closing parenthesis has no opening one.':
        'Bij een sluithaakje staat geen openingshaakje.',
    'A parenthesis holds no word to search for.':
        'Tussen de haakjes staat geen woord om op te zoeken.',
    'An operator before a closing parenthesis needs a word after it.':
        'Na een operator vóór een sluithaakje moet nog een woord staan.',
    '%(operator)s needs a word before it.':
        'Vóór %(operator)s moet een woord staan.',
    'A parenthesis is not closed.':
        'Een haakje is niet gesloten.',
    'The query ends with an operator: add a word after it.':
        'De zoekvraag eindigt op een operator: zet er een woord achter.',
    'Type one or more words to search for.':
        'Typ een of meer woorden om op te zoeken.',
    'NOT needs a word before it, as in: corruptie NOT China.':
        'Vóór NOT moet een woord staan, zoals in: corruptie NOT China.',
    'There is no document %(id)s.':
        'Er is geen document %(id)s.',
    'The evidence link is longer than %(n)d characters.':
        'De link naar het bewijs is langer dan %(n)d tekens.',
    "Every answer read from the documents, with the recommendations it answers. Confirm what was read right; "
    "reject what is no answer.":
        "Elk antwoord dat in de documenten is gelezen, met de aanbevelingen waarop het antwoordt. Bevestig wat goed "
        "is gelezen; wijs af wat geen antwoord is.",
    'No answers match this filter.':
        'Geen antwoorden gevonden met dit filter.',
    'any way':
        'op elke manier',
    'Add it':
        'Toevoegen',
    'Remove it':
        'Weghalen',
    'Answers':
        'Antwoorden',
    'Answers to':
        'Antwoord op',
    'Select answer':
        'Kies antwoord',
    'Subject found':
        'Onderwerp gevonden',
    'Subjects checked':
        'Onderwerpen nagekeken',
    'not yet by a person':
        'nog niet door een persoon',
    'by a person':
        'door een persoon',
    'Their subjects':
        'Hun onderwerpen',
    'Confirm their subjects':
        'Hun onderwerpen bevestigen',
    '%(n)d answer(s) updated.':
        '%(n)d antwoord(en) bijgewerkt.',
    'Choose a subject from the list.':
        'Kies een onderwerp uit de lijst.',
    'Subjects of %(n)d recommendation(s) updated.':
        'Onderwerpen van %(n)d aanbeveling(en) bijgewerkt.',
}

DUTCH_PLURALS = {
    "%(n)s recommendation this document prints was read first from another document: one record, with both as its "
    "sources.": ("%(n)s aanbeveling in dit document werd eerst uit een ander document gelezen: één gegeven, met "
                 "beide als bron.", "%(n)s aanbevelingen in dit document werden eerst uit een ander document "
                                    "gelezen: elk één gegeven, met beide als bron."),
    "Reject the %(n)s suggestion in this list": ("Het %(n)s voorstel in deze lijst afwijzen",
                                                 "Alle %(n)s voorstellen in deze lijst afwijzen"),
    "the %(n)s row on this page": ("de %(n)s rij op deze pagina", "alle %(n)s rijen op deze pagina"),
    "the %(n)s row this filter finds": ("de %(n)s rij die dit filter vindt", "alle %(n)s rijen die dit filter vindt"),
    "Read %(n)d recommendation.": ("%(n)d aanbeveling ingelezen.", "%(n)d aanbevelingen ingelezen."),
    "Imported %(n)d recommendation from %(docs)d documents.": (
        "%(n)d aanbeveling uit %(docs)d documenten ingelezen.",
        "%(n)d aanbevelingen uit %(docs)d documenten ingelezen."),
    "%(d)s document,": ("%(d)s document,", "%(d)s documenten,"),
    "%(r)s recommendation,": ("%(r)s aanbeveling,", "%(r)s aanbevelingen,"),
    "%(c)s commitment.": ("%(c)s toezegging.", "%(c)s toezeggingen."),
    "%(n)d day": ("%(n)d dag", "%(n)d dagen"),
    "%(n)d week": ("%(n)d week", "%(n)d weken"),
    "%(n)d month": ("%(n)d maand", "%(n)d maanden"),
    "%(n)d year": ("%(n)d jaar", "%(n)d jaar"),
}


def _unquote(block: str) -> str:
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block)).replace('\\"', '"').replace("\\n", "\n")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fill(po: str) -> str:
    entries = po.split("\n\n")
    out = []
    for entry in entries:
        p = re.search(r'^msgid ((?:".*"\n?)+)msgid_plural ((?:".*"\n?)+)msgstr\[0\] ((?:".*"\n?)+)msgstr\[1\] '
                      r'((?:".*"\n?)+)', entry, re.M)
        if p and _unquote(p.group(1)) in DUTCH_PLURALS and (_unquote(p.group(3)) == "" or "#, fuzzy" in entry):
            one, many = DUTCH_PLURALS[_unquote(p.group(1))]
            entry = (entry[:p.start(3)] + _quote(one) + "\nmsgstr[1] " + _quote(many)).rstrip("\n")
            entry = re.sub(r"^#, fuzzy\n", "", entry, flags=re.M)
            entry = re.sub(r"^#, fuzzy, ", "#, ", entry, flags=re.M)
            entry = re.sub(r"^#\| .*\n", "", entry, flags=re.M)
            out.append(entry)
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', entry, re.M)
        if m:
            msgid = _unquote(m.group(1))
            if msgid in DUTCH and (_unquote(m.group(2)) == "" or "#, fuzzy" in entry):
                entry = entry[:m.start(2)] + _quote(DUTCH[msgid]) + entry[m.end(2):].lstrip("\n")
                entry = re.sub(r"^#, fuzzy\n", "", entry, flags=re.M)
                entry = re.sub(r"^#, fuzzy, ", "#, ", entry, flags=re.M)
                entry = re.sub(r"^#\| .*\n", "", entry, flags=re.M)
        out.append(entry.rstrip("\n"))
    return "\n\n".join(out) + "\n"


def main() -> int:
    PO.write_text(fill(PO.read_text(encoding="utf-8")), encoding="utf-8")
    return subprocess.call(["msgfmt", "-o", str(PO.with_suffix(".mo")), str(PO)])


if __name__ == "__main__":
    sys.exit(main())
