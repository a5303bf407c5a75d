"""A synthetic corpus in the shapes of the dev corpus, seeded: `documents(n, seed)` yields (file name, text).

Nine in ten are Dutch cabinet answers laid out as the founding letter is (an opening naming the council, the
advice's number, date and «title»; "• Aanbeveling N – …" headings, each followed by the cabinet's answer with a
stance and promises with deadlines; the closing with the signing minister), 4 to 14 recommendations each. One in
ten is a UPR list laid out as the Slovenia bare list ("122.14 Ensure that … (Ireland);"), 20 to 60
recommendations. The sentences are recombined from those documents' kinds of sentence, with other councils,
ministries, subjects, years and States, so that lengths, shapes and vocabulary are realistic; on average about
ten recommendations a document.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

COUNCILS = [("Adviesraad Internationale Vraagstukken", "AIV"), ("Raad voor het Openbaar Bestuur", "ROB"),
            ("Wetenschappelijke Raad voor het Regeringsbeleid", "WRR"), ("Sociaal-Economische Raad", "SER"),
            ("Raad voor de leefomgeving en infrastructuur", "Rli"), ("Raad voor Volksgezondheid & Samenleving",
                                                                       "RVS"), ("Onderwijsraad", "Onderwijsraad")]
MINISTRIES = ["Buitenlandse Zaken", "Binnenlandse Zaken en Koninkrijksrelaties", "Justitie en Veiligheid",
              "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap", "Financiën",
              "Sociale Zaken en Werkgelegenheid", "Infrastructuur en Waterstaat", "Economische Zaken en Klimaat"]
NAMES = ["W.B. Hoekstra", "H.G.J. Bruins Slot", "D. Yeşilgöz-Zegerius", "E.J. Kuipers", "R.H. Dijkgraaf",
         "S.A.M. Kaag", "C.E.G. van Gennip", "M.G.J. Harbers", "M.A.M. Adriaansens"]
VERBS = ["Versterk", "Verdedig", "Investeer in", "Zet in op", "Bevorder", "Ontwikkel", "Evalueer", "Betrek",
         "Maak werk van", "Veranker", "Vereenvoudig", "Herzie", "Waarborg", "Ondersteun", "Verbeter"]
SUBJECTS = ["de rechtsstaat en de democratie", "de kennis inzake mensenrechten binnen de overheid",
            "de digitale vaardigheden van burgers en ambtenaren", "de uitvoering van het sociaal domein",
            "de positie van mensenrechtenverdedigers", "de toegang tot het recht", "het toezicht op de woningbouw",
            "de samenwerking met gemeenten en provincies", "de bescherming van persoonsgegevens",
            "de kwaliteit van het onderwijs in het basisonderwijs", "de aanpak van laaggeletterdheid",
            "de regionale samenwerking in de zorg", "de verduurzaming van de gebouwde omgeving",
            "de waterkwaliteit in het landelijk gebied", "de aanpak van ondermijning", "het klimaatbeleid",
            "de positie van vrouwen en meisjes", "het maatschappelijk middenveld", "de vrije media"]
HOW = ["en betrek daarbij de uitvoeringsorganisaties", "met gelijkgestemde landen", "in het buitenlands beleid",
       "op alle niveaus van bestuur", "en maak daarbij heldere keuzes", "binnen de bestaande middelen", ""]
STANCES = ["Het kabinet neemt deze aanbeveling over.", "Het kabinet onderschrijft deze aanbeveling.",
           "Het kabinet deelt de analyse van de {abbr} en neemt de aanbeveling gedeeltelijk over.",
           "Het kabinet neemt deze aanbeveling niet over, omdat de wet hier al in voorziet.",
           "Dit gebeurt reeds in het kader van het nationaal actieplan.",
           "Het kabinet neemt kennis van deze aanbeveling."]
PROMISES = ["Het kabinet zal {when} een beleidsbrief over {subject} aan de Kamer sturen.",
            "Ik zal uw Kamer {when} informeren over de voortgang.",
            "Het kabinet zal {when} een actieplan presenteren waarin {subject} centraal staat.",
            "De minister zal {when} een wetsvoorstel in consultatie geven.",
            "Het kabinet zal {subject} {when} laten evalueren.",
            "Binnen drie maanden na de evaluatie zal het kabinet de Kamer een reactie sturen."]
WHEN = ["voor de zomer van {y}", "nog dit jaar", "in het voorjaar van {y}", "voor het einde van {y}",
        "in {y}", "uiterlijk 1 juli {y}", "in het eerste kwartaal van {y}"]
CONTEXT = ["De {abbr} stelt terecht dat {subject} een belangrijk fundament vormt van een stabiele samenleving.",
           "Ten gevolge van verschuivingen in de wereld staan {subject} onder druk.",
           "Effectiviteit is hierbij een belangrijk uitgangspunt.",
           "Het kabinet is erkentelijk voor de analyse en de heldere aanbevelingen.",
           "In de afgelopen jaren is op dit terrein al veel bereikt, maar er blijft werk te doen."]
UN_VERBS = ["Ratify", "Continue efforts to", "Step up efforts to", "Ensure that", "Adopt", "Strengthen",
            "Consider establishing", "Take measures to", "Intensify efforts to", "Implement"]
UN_OBJECTS = ["the International Convention for the Protection of All Persons from Enforced Disappearance",
              "combat human trafficking and protect the victims", "combat domestic violence against women and girls",
              "the national human rights institution is adequately funded", "a national action plan on business "
              "and human rights", "the rights of persons with disabilities", "hate speech and racial profiling",
              "the Roma community's access to housing and education", "freedom of expression and of the media",
              "the independence of the judiciary"]
STATES = ["France", "Lithuania", "Ukraine", "Slovakia", "Senegal", "Ireland", "Jordan", "Lebanon", "Mexico",
          "Spain", "Chile", "Ghana", "Denmark", "Portugal", "Montenegro", "Iraq", "Turkey", "Japan", "Brazil"]
UNDER_REVIEW = ["Slovenia", "Netherlands", "Belgium", "Austria", "Norway", "Croatia", "Estonia", "Finland"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def _letter(rng: random.Random, i: int) -> tuple[str, str]:
    council, abbr = rng.choice(COUNCILS)
    ministry = rng.choice(MINISTRIES)
    year = rng.randrange(1998, 2026)
    day = f"{rng.randrange(1, 28)} {rng.choice(MONTHS)} {year}"
    topic = rng.choice(SUBJECTS)
    title = f"{topic[0].upper()}{topic[1:]}: een opgave voor {rng.choice(['morgen', 'het kabinet', 'iedereen'])}"
    lines = [f"Hierbij bied ik u de kabinetsreactie aan op advies {rng.randrange(1, 130)} van de {council} "
             f"({abbr}) gepubliceerd op {day}, genaamd «{title}». " + rng.choice(CONTEXT).format(abbr=abbr,
                                                                                                  subject=topic),
             "", "Hieronder vindt u een appreciatie van het advies per aanbeveling."]
    for n in range(1, rng.randrange(4, 15) + 1):
        subject = rng.choice(SUBJECTS)
        lines += ["", f"• Aanbeveling {n} – {rng.choice(VERBS)} {subject} {rng.choice(HOW)}".rstrip() + ".", ""]
        answer = [rng.choice(STANCES).format(abbr=abbr), rng.choice(CONTEXT).format(abbr=abbr, subject=subject)]
        for _ in range(rng.randrange(0, 3)):
            when = rng.choice(WHEN).format(y=year + rng.randrange(0, 3))
            answer.append(rng.choice(PROMISES).format(when=when, subject=subject))
        if rng.random() < 0.02:
            answer.append("Daarbij wordt ook de zeldzame kwestie van de zeehondencrèche betrokken.")
        lines.append(" ".join(answer))
    lines += ["", f"De Minister van {ministry},", "", rng.choice(NAMES)]
    return f"kst-{30000 + i // 400}-{i % 400 + 1}.txt", "\n".join(lines) + "\n"


def _upr_list(rng: random.Random, i: int) -> tuple[str, str]:
    lines = ["Recommendations"]
    for n in range(1, rng.randrange(20, 61) + 1):
        states = " ".join(f"({s})" for s in rng.sample(STATES, rng.choice([1, 1, 1, 2])))
        lines += ["", f"{rng.choice([121, 122])}.{n} {rng.choice(UN_VERBS)} {rng.choice(UN_OBJECTS)} {states};"]
    return f"upr-{i}-{rng.choice(UNDER_REVIEW).lower()}.txt", "\n".join(lines) + "\n"


def documents(n: int, seed: int = 20261201) -> Iterator[tuple[str, str]]:
    """`n` documents, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(n):
        yield _upr_list(rng, i) if rng.random() < 0.1 else _letter(rng, i)
