"""The words `clauses` parts a Dutch sentence by: where a clause begins (its boundary marks, subordinators), the
prepositions and adverbs that open a clause before its verb (the subject then follows the verb), and the shape of a
past participle. Kept apart from the rules so that each list can be read, and argued with, on its own.
"""

from __future__ import annotations

import re

# where a new clause begins: after these tokens …
BOUNDARY_AFTER = {",", ";", ":", "–", "—"}
# … or at these words (subordinators, relative pronouns)
SUBORDINATORS = frozenset(
    "dat die waarin waarmee waarbij waardoor waarop waarvoor waarover omdat zodat doordat terwijl nadat voordat "
    # "waar" after a noun opens a relative clause ("op projecten waar op 1-1-2025 nog geen bestemmingsplan is
    # vastgesteld"); "waar nodig", "waar mogelijk" is elliptic (`_elliptic`)
    "zodra als wanneer indien mits tenzij maar hoe welke wat om waar".split())  # "maar" after a comma only: without one
# it is "only" ("maar een heel beperkt deel") or joins two phrases ("niet alleen … maar ook …")
PREPOSITIONS = frozenset(
    "in op aan met door voor van bij naar over uit tot tussen onder na sinds tijdens vanaf vanuit per via volgens "
    "samen binnen buiten zonder rond rondom conform ter ten namens ondanks dankzij langs achter boven".split())
ADVERBS = frozenset(
    "daarom daarnaast ook verder tevens hiervoor hierover hierbij hiermee daarvoor daarover daarbij daarmee dan nu "
    "vervolgens aanvullend bovendien tenslotte eerst binnenkort spoedig komend komende volgend volgende dit deze "
    "tegelijk tegelijkertijd eveneens zo hier daar er nog al reeds wel niet graag actief nader tot slot slot "
    "allereerst ten eerste tweede derde vooruitlopend voorts derhalve dus uiteraard vanzelfsprekend "
    "inmiddels momenteel thans vandaag later jaarlijks zoals mede gezien gelet indachtig gelijktijdig "
    # and what opens a time ("Uiterlijk 1 juli 2024 ontvangt uw Kamer …", "Eind 2024 stuur ik …"): the subject
    # follows the verb
    "parallel uiterlijk medio eind begin halverwege omstreeks".split())
SKIP_AFTER_VERB = frozenset("daarom ook nog dan hier daar er hiervoor hierover hierbij daarvoor daarbij samen "
                             "verder eerst nu eveneens tevens zelf actief graag wel".split())
# adjectives of a participle's shape: "De visie zal in 2024 gereed zijn", "… bekend zijn", "… bereid is"
_NOT_PARTICIPLES = r"(?!(?:gereed|gezond|geschikt|gepast|gerust|bekend|bereid)$)"
# a past participle: "ge…d/t/en", after a separable verb's particle ("opgezet", "aangeboden"); "…eerd"
PARTICIPLE = re.compile(r"^" + _NOT_PARTICIPLES +
                        r"(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|tegen|vrij|weer|"
                        r"neer|los|mis|plaats|stil|tot|teweeg)?"
                        r"ge\w{3,}(?:d|t|en)$|^\w{3,}eerd$")
# a participle without "ge-" (a verb with an unstressed prefix: "verlengd", "ontwikkeld", "herzien")
UNSTRESSED = re.compile(r"^" + _NOT_PARTICIPLES + r"(?:be|ver|ont|her|er|ge)\w{3,}(?:d|t|en)$")
