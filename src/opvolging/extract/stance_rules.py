"""The cues of `stance`, in Dutch and English: (pattern, the stance it signals, its weight, the words a sentence must
hold for the pattern to be tried). Searched in the lower-cased sentence; the first of the Dutch and the English
lists are the strongest formulas, a refusal or an adoption said outright."""

from __future__ import annotations

from opvolging.extract.councils import COUNCILS
from opvolging.extract.upr_positions import IN_PARTS

_NEG = r"(?<!\bniet\s)(?<!\bgeen\s)"
# who advises, as an answer names it beside itself ("met de raad", "net als de commissie"), lower case: a council
# by its kind of name, or by an abbreviation `councils` knows, or a planning bureau's or a former council's
_COUNCIL = r"(?:\w*raad|\w*commissie|\w*college|ombudsman|inspectie|adviseur|" + "|".join(sorted(
    {c.abbreviation.lower() for c in COUNCILS if c.abbreviation} | {"rob", "rvz", "rmo", "scp", "cpb", "pbl"},
    key=len, reverse=True)) + ")"
RULES: dict[str, list[tuple[str, str, float, frozenset[str]]]] = {
    "nl": [
        # first person too, in a minister's letter: "Ik neem deze aanbeveling (niet) over", "Ik onderschrijf …"
        # "wordt niet overgenomen", "zal niet worden opgevolgd": the passive's "niet" ("worden?" had missed "wordt")
        (r"\b(?:neemt?|nemen)\b[^.]{0,80}\bniet\s+over\b|\bniet\s+(?:overneemt|overneem|overnemen)\b|"
         # the position as a table's cell, or a label before the answer: "Niet overgenomen", "Afgewezen"
         r"^\W*(?:niet\s+overgenomen|afgewezen)\b|"
         r"\b(?:wordt|worden|zal|zullen)\s+niet\s+(?:worden\s+)?"
         r"(?:overgenomen|opgevolgd)\b|\bniet\s+(?:over\s+te\s+nemen|op\s+te\s+volgen)\b|"
         r"\b(?:aanbeveling|advies|voorstel)\w*\s+(?:wordt|worden|zal|zullen)\s+niet\s+(?:worden\s+)?(?:uitgevoerd|"
         r"gevolgd)\b",
         "rejected", 0.9, frozenset({"over", "overgenomen", "opgevolgd", "volgen", "overneemt", "overneem",
                                     "overnemen", "afgewezen", "uitgevoerd", "gevolgd"})),
        # laid aside: "Het kabinet laat de aanbeveling rusten", "legt de aanbeveling naast zich neer"
        (r"\b(?:laat|laten)\b[^.]{0,60}\brusten\b|\b(?:legt|leg|leggen)\b[^.]{0,60}\bnaast\s+zich\s+neer\b",
         "rejected", 0.8, frozenset({"rusten", "neer"})),
        (r"\b(?:deelt|onderschrijft|steunt|volgt|omarmt|deel\s+ik|onderschrijf|volg\s+ik|ik\s+volg|omarm)\b[^.]{0,60}\bniet\b(?![^.]{0,20}\balleen\b)|"
         # the verb last: "… dat het kabinet de analyse niet deelt", "… deze aanbeveling niet onderschrijft"
         r"\b(?:analyse|mening|opvatting|conclusie|visie|advies|aanbeveling)\s+(?:van\s+(?:de|het)\s+\w+\s+)?niet\s+"
         r"(?:deelt|deel|delen|onderschrijft|onderschrijf|onderschrijven|steunt|steun|steunen|omarmt|omarmen)\b",
         "rejected", 0.75, frozenset({"deelt", "onderschrijft", "steunt", "volgt", "omarmt", "deel", "onderschrijf",
                                      "volg", "omarm", "delen", "onderschrijven", "steun", "steunen", "omarmen"})),
        # misgivings: "heeft bedenkingen bij deze aanbeveling", "heeft ernstige bezwaren tegen …"
        (r"\b(?:heeft|heb|hebben|houdt|houden)\s+(?:\w+\s+){0,3}?(?:bedenkingen|bezwaren|reserves|twijfels)\s+"
         r"(?:bij|tegen|over|ten\s+aanzien\s+van)\b", "rejected", 0.7,
         frozenset({"bedenkingen", "bezwaren", "reserves", "twijfels"})),
        # "ziet geen aanleiding", "ziet geen financiële ruimte": an adjective may stand before the noun
        (r"\b(?:ziet|zie|zien)\s+(?:(?!niet\b)\w+\s+){0,3}?(?:geen|onvoldoende)\s+(?:\w+e\s+)?(?:aanleiding|mogelijkheden|"
         r"mogelijkheid|reden|noodzaak|ruimte|meerwaarde|toegevoegde\s+waarde|rol|taak)\b|"
         # the same in a subordinate clause's order, the verb last: "… dat het kabinet hier geen aanleiding toe ziet"
         r"\b(?:geen|onvoldoende)\s+(?:\w+e\s+)?(?:aanleiding|mogelijkheden|mogelijkheid|reden|noodzaak|ruimte|"
         r"meerwaarde)\s+(?:\w+\s+){0,3}?(?:ziet|zie|zien)\b|"
         # "acht … niet wenselijk", "vindt het niet nodig om …"
         r"\b(?:acht|vindt|vind|achten|vinden)\b[^.]{0,60}\bniet\s+(?:wenselijk|nodig|noodzakelijk|opportuun|haalbaar|"
         r"uitvoerbaar|zinvol|verstandig|proportioneel|doelmatig|passend|realistisch)\b|\b(?:is|ben|zijn)\s+(?:\w+\s+){0,2}?(?:geen|niet\s+de)\s+voorstander\b|\bwijst\b[^.]{0,60}\baf\b|"
         r"\b(?:kiest|kiezen|kies)\s+(?:er\s+)?(?:\w+\s+){0,2}?niet\s+voor\b|\b(?:ziet|zien|zie)\b[^.]{0,40}\baf\s+van\b|"
         # "is het niet eens met de raad", "is het hier niet mee eens", "is het oneens met"; "staat afwijzend tegenover"
         r"\b(?:is|ben|zijn)\s+(?:(?:ik|we|wij|het\s+kabinet)\s+)?het\s+(?:\w+\s+){0,4}?(?:niet\s+(?:\w+\s+){0,6}?eens|"
         r"oneens)\b|"
         # the verb last: "… dat het kabinet het hier niet mee eens is"
         r"\bhet\s+(?:\w+\s+){0,4}?(?:niet\s+(?:\w+\s+){0,2}?eens|oneens)\s+(?:is|ben|zijn)\b|"
         # "gaat hier niet in mee", "gaat niet mee in het voorstel"
         r"\b(?:gaat|ga|gaan)\s+(?:\w+\s+){0,3}?niet\s+(?:\w+\s+){0,1}?(?:in\s+mee|mee\s+in)\b|"
         r"\b(?:staat|sta|staan)\s+(?:\w+\s+){0,3}?(?:negatief|afwijzend|niet\s+positief)\s+tegenover\b|"
         # another way than the council's: "kiest een andere route dan de raad voorstelt"; reluctance: "is
         # terughoudend met …" (beside a cue for adopting, "maar …": in part)
         r"\b(?:kiest|kies|kiezen)\s+(?:\w+\s+){0,2}?(?:een\s+)?andere\s+(?:route|aanpak|weg|invulling|oplossing|"
         r"benadering)\s+dan\b|\b(?:is|ben|zijn|staat|sta|staan)\s+(?:\w+\s+){0,2}?terughoudend\b",
         "rejected", 0.8, frozenset({"aanleiding", "mogelijkheden", "mogelijkheid", "reden", "noodzaak", "ruimte",
                                     "meerwaarde", "waarde", "rol", "taak", "acht", "vindt", "vind", "achten", "vinden",
                                     "voorstander", "wijst", "kiest", "kiezen", "kies", "af", "eens", "oneens",
                                     "tegenover", "mee", "terughoudend"})),
        # "kan zich niet vinden in deze aanbeveling", "geeft geen opvolging aan", "zal deze aanbeveling niet opvolgen",
        # "staat niet achter", "ondersteunt deze aanbeveling niet"
        (r"\b(?:kan|kunnen)\s+(?:\w+\s+){0,3}?niet\s+(?:\w+\s+){0,2}?vinden\s+in\b|"
         r"\b(?:geeft|geven|geef)\s+(?:\w+\s+){0,2}?geen\s+(?:opvolging|gevolg|uitvoering|invulling)\s+aan\b|"
         r"\b(?:zal|zullen|ga|gaat|gaan)\s+(?:\w+\s+){0,3}?niet\s+(?:opvolgen|overnemen)\b|"
         r"\b(?:staat|sta|staan)\s+(?:\w+\s+){0,2}?niet\s+achter\b|"
         # "sluit zich niet aan bij deze aanbeveling"
         r"\b(?:sluit|sluiten)\s+(?:zich|mij|me|ons)\s+(?:\w+\s+){0,2}?niet\s+(?:\w+\s+){0,2}?aan\s+bij\b|\b(?:ondersteunt|ondersteun)\b[^.]{0,60}\bniet\b(?![^.]{0,20}\balleen\b)",
         "rejected", 0.8, frozenset({"vinden", "geen", "opvolgen", "overnemen", "achter", "ondersteunt",
                                     "ondersteun", "sluit", "sluiten"})),
        # "onderschrijft de aanbeveling op hoofdlijnen, maar kiest voor een andere uitwerking"
        (r"\b(?:maar|echter)\b[^.]{0,60}\b(?:een\s+)?(?:andere|eigen)\s+(?:uitwerking|invulling|aanpak|route|weg|wijze)\b",
         "partially_adopted", 0.8, frozenset({"andere", "eigen"})),
        (r"\b(?:gedeeltelijk|deels|ten\s+dele|voor\s+een\s+deel|op\s+onderdelen)\b[^.]{0,60}\b(?:over|deelt|"
         r"onderschrijft|steunt|volgt|deel|onderschrijf|volg|overgenomen|opgevolgd|gevolgd|overneemt|overnemen|overneem)\b|\b(?:neemt|deelt|onderschrijft|volgt|neem|nemen|deel|"
         r"onderschrijf|volg)\b[^.]{0,60}\b(?:gedeeltelijk|deels|"
         r"ten\s+dele|op\s+onderdelen)\b|"
         # all but a part: "neemt de aanbeveling over, met uitzondering van het voorstel om …"
         r"\b(?:neemt|neem|nemen|onderschrijft|onderschrijf|volgt|volg)\b[^.]{0,80}\b(?:met\s+uitzondering\s+van|"
         r"behalve)\b|"
         # "neemt het eerste deel van de aanbeveling over"; "neemt … over, maar niet …"
         r"\b(?:eerste|tweede|derde|laatste)\s+(?:deel|onderdeel|gedeelte)\s+van\s+(?:de|het|deze|dit)\s+"
         r"(?:aanbeveling|advies|voorstel)\b|\b(?:over|onderschrijft|volgt|deelt|steunt)\b,?\s+(?:maar|echter)\s+niet\b|"
         # taken over in another form, or not whole: "neemt de aanbeveling in aangepaste vorm over", "niet één op één
         # over", "niet integraal over"
         r"\b(?:in\s+(?:aangepaste|gewijzigde|andere)\s+(?:vorm|gedaante)|niet\s+(?:één|1)[\s-]+op[\s-]+(?:één|1)|"
         r"niet\s+(?:integraal|volledig|geheel|onverkort|in\s+(?:zijn|haar)\s+geheel))\b[^.]{0,20}\bover(?:genomen)?\b",
         "partially_adopted", 0.85,
         frozenset({"gedeeltelijk", "deels", "dele", "deel", "onderdelen", "uitzondering", "behalve", "onderdeel",
                    "gedeelte", "maar", "echter", "aangepaste", "gewijzigde", "vorm", "gedaante", "één", "integraal",
                    "volledig", "geheel", "onverkort"})),
        (r"\b(?:gebeurt|geschiedt)\s+(?:al|reeds)\b|\b(?:al|reeds)\s+(?:gebeurt|gebeuren|geschiedt|plaatsvindt|"
         r"plaatsvinden|het\s+geval\s+is)\b|\b(?:is|zijn)\s+(?:al|reeds)\s+het\s+geval\b|"
         r"\b(?:is|zijn|wordt|worden)\s+(?:al|reeds)\s+(?:\w+\s+){0,3}?"
         r"(?:ingezet|geregeld|gerealiseerd|uitgevoerd|opgenomen|ingevoerd|geïmplementeerd|gedaan)\b|\breeds\s+"
         r"(?:ingezet|in\s+gang\s+gezet|geregeld|gerealiseerd|uitgevoerd|geïmplementeerd)\b|"
         r"\b(?:heeft|hebben|is|zijn)\s+(?:\w+\s+){0,2}?"
         r"(?:al|reeds)\s+(?:\w+\s+){0,4}?(?:invulling\s+(?:aan\s+)?gegeven|gerealiseerd|ingevoerd|opgepakt|"
         r"in\s+gang\s+gezet)\b|"
         # "Aan deze aanbeveling wordt reeds uitvoering gegeven"; "sluit aan bij het bestaande beleid"
         r"\b(?:wordt|worden)\s+(?:\w+\s+){0,2}?(?:al|reeds)\s+(?:\w+\s+){0,2}?(?:uitvoering|invulling)\s+(?:aan\s+)?"
         r"gegeven\b|"
         r"\bsluit\w*\s+(?:\w+\s+){0,2}?aan\s+bij\s+(?:het\s+)?(?:bestaande?|huidige?|ingezette?)\s+beleid\b|"
         # "is in lijn met het bestaande beleid"; "is reeds in uitvoering"; "wordt in de praktijk al gevolgd"
         r"\b(?:is|zijn|past|passen)\s+(?:\w+\s+){0,2}?(?:in\s+lijn\s+met|binnen)\s+(?:het\s+)?(?:bestaande?|huidige?|"
         r"ingezette?)\s+beleid\b|\b(?:is|zijn)\s+(?:al|reeds)\s+in\s+uitvoering\b|"
         r"\b(?:wordt|worden)\s+(?:\w+\s+){0,4}?(?:al|reeds)\s+(?:gevolgd|toegepast)\b|"
         # "Deze aanbeveling is inmiddels uitgevoerd", "Aan deze aanbeveling is al voldaan", "Het huidige beleid voorziet
         # hier reeds in"
         r"\b(?:is|zijn)\s+(?:\w+\s+){0,2}?inmiddels\s+(?:\w+\s+){0,3}?(?:uitgevoerd|gerealiseerd|ingevoerd|"
         r"geïmplementeerd|opgepakt|geregeld)\b|\b(?:is|wordt|zijn|worden)\s+(?:al|reeds|inmiddels)\s+(?:\w+\s+){0,2}?"
         r"voldaan\b|\bvoorzie?t\w*\s+(?:\w+\s+){0,3}?(?:al|reeds)\s+in\b|"
         # "Het kabinet geeft hier al invulling aan"; "beschouwt deze aanbeveling als uitgevoerd"
         r"\b(?:geeft|geven|geef)\s+(?:\w+\s+){0,3}?(?:al|reeds)\s+(?:\w+\s+){0,2}?(?:invulling|uitvoering|gevolg)\s+aan\b|"
         # the same in a subordinate clause's order: "… dat het kabinet hier al invulling aan geeft"
         r"\b(?:al|reeds)\s+(?:\w+\s+){0,2}?(?:invulling|uitvoering|gevolg)\s+aan\s+(?:geeft|geven|geef)\b|"
         r"\b(?:beschouwt|beschouw|beschouwen)\s+(?:\w+\s+){0,3}?als\s+(?:al\s+|reeds\s+)?(?:uitgevoerd|gerealiseerd|"
         r"afgedaan|afgerond)\b|"
         # the subordinate clause's order: "merk ik op dat deze al wordt uitgevoerd", "dat dit reeds in de praktijk
         # wordt toegepast"
         r"\b(?:al|reeds)\s+(?:\w+\s+){0,3}?(?:wordt|worden)\s+(?:uitgevoerd|gevolgd|toegepast|gedaan|geregeld|"
         r"opgepakt)\b|"
         # "Dit is staand beleid", "De aanbeveling is al bestaand beleid"
         r"\b(?:is|zijn)\s+(?:\w+\s+){0,2}?(?:staand|bestaand)\s+beleid\b|"
         # the recommendation itself said to be carried out, a perfect passive: "De aanbeveling is uitgevoerd", "Dit
         # advies is reeds opgevolgd" (not "wordt uitgevoerd", a promise)
         r"\b(?:aanbeveling|advies|voorstel)\w*\s+(?:is|zijn)\s+(?:al\s+|reeds\s+|inmiddels\s+|volledig\s+)*"
         r"(?:uitgevoerd|opgevolgd|gerealiseerd|geïmplementeerd)\b|"
         # "Dit doe ik al via de woondeals", "Dat doet het kabinet reeds"
         r"\b(?:dit|dat)\s+(?:doe|doen|doet)\s+(?:ik|we|wij|het\s+kabinet)\s+(?:\w+\s+)?(?:al|reeds)\b|"
         # the recommendation met already: "Met de invoering van de Wet X is al aan deze aanbeveling tegemoetgekomen";
         # what it asks done already: "In de praktijk gebeurt dit al"; the current policy backed: "Ik zie deze
         # aanbeveling als een steun in de rug voor het ingezette beleid"
         r"\b(?:al|reeds)\s+(?:\w+\s+){0,4}?tegemoet\s*(?:ge)?komen\b|"
         r"\b(?:gebeurt|gebeuren)\s+(?:dit|dat|het)\s+(?:\w+\s+)?(?:al|reeds)\b|"
         r"\b(?:dit|dat)\s+(?:gebeurt|gebeuren)\s+(?:\w+\s+){0,3}?(?:al|reeds)\b|"
         r"\bsteun\s+in\s+de\s+rug\s+(?:voor|bij)\s+(?:het\s+)?(?:bestaande?|huidige?|ingezette?)\s+beleid\b|"
         # under way already: "De afbouw is al in gang gezet met het Belastingplan 2023", "is reeds gestart"
         r"\b(?:is|zijn)\s+(?:al|reeds|inmiddels)\s+(?:\w+\s+){0,2}?(?:in\s+gang\s+gezet|ingezet|gestart|begonnen)\b",
         "already_implemented", 0.75, frozenset({"al", "reeds", "beleid", "inmiddels", "beschouwt", "beschouw",
                                                 "beschouwen", "uitgevoerd", "opgevolgd", "gerealiseerd",
                                                 "geïmplementeerd"})),
        (r"\b(?:neemt?|nemen)\b[^.]{0,80}\b(?:aanbeveling|advies|voorstel)\w*\b[^.]{0,40}(?<!niet\s)\bover\b|\b(?:zal|zullen|wordt|"
         r"worden)\s+(?:(?!niet\b)\w+\s+){0,2}(?:opgevolgd|overgenomen)\b|\b(?:aanbeveling|advies|voorstel)\w*\s+"
         # the recommendations by their numbers first: "Aanbevelingen 1 en 2 neemt het kabinet over"
         r"(?:\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s*(?:,|en)\s*\d{1,2}(?:\.\d{1,2})?[a-z]?)*\s+)?(?:neemt?|nemen)\s+"
         r"(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+(?:(?!niet\b)\w+\s+){0,2}over\b|"
         r"\b(?:aanbeveling|advies|voorstel)\w*\s+over\s+te\s+nemen\b|"
         # the recommendation by its pronoun: "Het kabinet neemt haar over", "Ik neem deze volledig over"
         r"\b(?:neemt?|nemen)\s+(?:(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+)?(?:haar|ze|deze|die)\s+"
         r"(?:(?!niet\b)\w+\s+){0,2}?over\b|"
         # in a clause of its own, the verb joined and last: "merk ik op dat het kabinet deze overneemt"
         r"\b(?:haar|ze|deze|die|dit|aanbeveling\w*|advies\w*|voorstel\w*)\s+(?:(?!niet\b)\w+\s+){0,2}?"
         r"(?:overneemt|overneem|overnemen)\b|"
         # the position as a table's cell, or a label before the answer: "Overgenomen", "Overgenomen: per 1 januari …"
         r"^\W*(?:overgenomen|onderschreven|ondersteund|aanvaard|in\s+uitvoering)\b", "adopted", 0.9,
         frozenset({"over", "opgevolgd", "overgenomen", "overneemt", "overneem", "overnemen", "onderschreven",
                    "ondersteund", "aanvaard", "uitvoering"})),
        (_NEG + r"\b(?:onderschrijft|omarmt|steunt|ondersteunt|volgt|verwelkomt|herkent\s+zich\s+in|onderschrijf|omarm|"
         r"ondersteun|volg\s+ik|ik\s+volg|verwelkom|herken\s+mij\s+in)\b", "adopted", 0.75,
         frozenset({"onderschrijft", "omarmt", "steunt", "ondersteunt", "volgt", "verwelkomt", "herkent",
                    "onderschrijf", "omarm", "ondersteun", "volg", "verwelkom", "herken"})),
        # "kan zich (goed) vinden in", "geeft opvolging aan deze aanbeveling", "zal deze aanbeveling opvolgen", "juicht
        # … toe", "staat achter deze aanbeveling", "is (een groot) voorstander van", "neemt deze aanbeveling op in …"
        (r"\b(?:kan|kunnen)\s+(?:zich|mij|me|ons)\s+(?:(?!niet\b)\w+\s+){0,2}?vinden\s+in\b|"
         r"\b(?:geeft|geven|geef)\s+(?:(?!geen\b|al\b|reeds\b)\w+\s+){0,2}?(?:opvolging|gevolg|uitvoering|invulling)\s+"
         r"aan\s+(?:deze|de|dit|het|die)\s+(?:\w+\s+)?(?:aanbeveling|advies|voorstel)\w*\b|"
         r"\b(?:zal|zullen|wil|willen|gaat|gaan)\s+(?:\w+\s+){0,3}?(?:opvolging|gevolg|uitvoering|invulling)\s+geven\s+aan\s+"
         r"(?:deze|de|dit|het|die)\s+(?:\w+\s+)?(?:aanbeveling|advies|voorstel)\w*\b|"
         r"\b(?:zal|zullen|ga|gaat|gaan)\s+(?:(?!niet\b)\w+\s+){0,3}?(?:opvolgen|overnemen)\b|"
         r"\b(?:juicht|juich|juichen)\b[^.]{0,60}\btoe\b|"
         r"\b(?:staat|sta|staan)\s+(?:(?!niet\b)\w+\s+){0,2}?achter\s+(?:deze|de|dit|het)\s+(?:\w+\s+)?(?:aanbeveling|"
         r"advies|voorstel)\w*\b|\b(?:is|ben|zijn)\s+(?:(?!geen\b|niet\b)\w+\s+){0,2}?(?:een\s+)?(?:(?:groot|warm|sterk)\s+)?voorstander\s+van\b|"
         r"\b(?:neemt|neem|nemen)\s+(?:deze|de|het|dit)\s+(?:aanbeveling|advies|voorstel)\w*\s+(?:\w+\s+){0,3}?op\s+in\b|"
         # "sluit zich aan bij deze aanbeveling", "sluit zich aan bij de analyse van de raad"
         r"\b(?:sluit|sluiten)\s+(?:zich|mij|me|ons)\s+(?:(?!niet\b)\w+\s+){0,2}?aan\s+bij\s+(?:deze|de|dit|het|die)\s+"
         r"(?:\w+\s+)?(?:aanbeveling|advies|voorstel|analyse|conclusie|visie|oordeel)\w*\b|"
         # of one mind with the council: "Met de raad is het kabinet van mening dat …", "Het kabinet is met de
         # commissie van oordeel dat …", "Ik ben, net als de raad, van mening …"
         # the recommendation itself to be carried out: "De aanbeveling wordt uitgevoerd" ("wordt al uitgevoerd":
         # done already, another rule's)
         r"\b(?:aanbeveling|advies|voorstel)\w*\s+(?:wordt|worden|zal|zullen)\s+(?:(?!niet\b|al\b|reeds\b|inmiddels\b)"
         r"\w+\s+){0,3}?(?:worden\s+)?(?:uitgevoerd|gevolgd)\b|"
         r"\b(?:met|net\s+als|evenals)\s+(?:de|het)\s+" + _COUNCIL + r"\W+(?:(?!niet\b)\w+\W+){0,4}?van\s+"
         r"(?:mening|oordeel)\b",
         "adopted", 0.75, frozenset({"vinden", "opvolging", "gevolg", "uitvoering", "invulling", "opvolgen",
                                     "overnemen", "juicht", "juich", "juichen", "achter", "voorstander", "op", "sluit",
                                     "sluiten", "mening", "oordeel", "uitgevoerd", "gevolgd"})),
        (_NEG + r"\b(?:deelt|deel|delen)\b[^.]{0,40}\b(?:analyse|mening|opvatting|conclusie|zorg|zorgen|visie|standpunt|"
         r"oordeel|constatering|advies|adviezen|aanbeveling|aanbevelingen)\b|"
         # the verb last, in a subordinate clause: "… dat het kabinet de analyse van de raad deelt"
         r"\b(?:analyse|mening|opvatting|conclusie|zorg|zorgen|visie|constatering|advies|aanbeveling)\s+(?:van\s+(?:de|het)\s+"
         r"\w+\s+)?(?:(?!niet\b)\w+\s+)?(?:deelt|deel|delen)\b", "adopted", 0.75,
         frozenset({"deelt", "deel", "delen"})),  # "Ik deel dit advies."
        (r"\b(?:stelt|constateert|wijst|merkt|concludeert|benadrukt)\b[^.]{0,40}\bterecht\b|\bterecht\b[^.]{0,20}"
         r"\b(?:stelt|constateert|adviseert|op\s+dat|vast)\b", "adopted", 0.7, frozenset({"terecht"})),
        (r"\b(?:conform|overeenkomstig|in\s+lijn\s+met|zoals)\s+(?:het|de)\s+(?:[\w-]*-)?(?:advies|aanbeveling)\w*"
         r"(?:\s+van\s+de\s+\w+)?(?:\s+(?:adviseert|voorstelt))?\b", "adopted", 0.8, frozenset({"conform", "overeenkomstig", "lijn", "zoals"})),
        (r"\b(?:is|ben|zijn)\s+het\s+(?:(?!niet\b)\w+\s+){0,3}eens\s+met\b|"
         r"\b(?:is|ben|zijn)\s+het\s+met\s+(?:(?!niet\b)\w+\s+){1,6}?eens\b|"
         # the verb before its subject, after what it agrees with: "Met de tweede aanbeveling … ben ik het eens"
         r"\b(?:ben|is|zijn)\s+(?:ik|we|wij|het\s+kabinet)\s+het\s+(?:(?!niet\b)\w+\s+){0,3}?eens\b|"
         # the verb last: "… dat het kabinet het met de raad eens is"
         r"\bhet\s+(?:(?!niet\b|oneens\b)\w+\s+){0,5}?eens\s+(?:is|ben|zijn)\b|"
         r"\b(?:gaat|ga|gaan)\s+(?:(?!niet\b)\w+\s+){0,3}?(?:mee\s+in|in\s+mee|hierin\s+mee|daarin\s+mee)\b|\b(?:staat|sta|staan)\s+(?:(?!niet\b)\w+\s+){0,3}?"
         r"(?:positief|sympathiek|welwillend)\s+tegenover\b|\b(?:neemt|neem|nemen)\b[^.]{0,60}\bter\s+harte\b", "adopted", 0.8,
         frozenset({"eens", "tegenover", "harte", "mee"})),
        (r"\b(?:neemt?|nemen)\b[^.]{0,40}\bkennis\s+van\b|\b(?:ter|voor)\s+kennisgeving\b|\bkan\b[^.]{0,60}\bgeen\s+(?:definitief\s+)?(?:standpunt|uitspraak)\b|"
         # "zal deze aanbeveling nader bezien": looked at again, nothing decided
         r"\bnader\s+(?:bezien|bekijken|bestuderen|onderzoeken|beschouwen)\b|"
         r"\bzal\b[^.]{0,60}\b(?:bezien|overwegen|verkennen|onderzoeken)\s+(?:of|hoe|welke|in\s+hoeverre)\b|"
         # whether it is to be done, looked into now: "Ik ga na of hiervoor een wetswijziging nodig is", "Het kabinet
         # onderzoekt of dit mogelijk is", "Ik laat verkennen in hoeverre …" ("bekijkt hoe" seeks a way, and accepts)
         r"\b(?:ga|gaat|gaan)\s+(?:\w+\s+){0,3}?na\s+(?:of|in\s+hoeverre)\b|\b(?:onderzoek|onderzoekt|verken|verkent|"
         r"bezie|beziet|bekijk|bekijkt|overweeg|overweegt|onderzoeken|verkennen|bezien|bekijken|overwegen)\s+"
         r"(?:\w+\s+){0,3}?(?:of|in\s+hoeverre)\b|"
         # addressed to others, passed on: "Deze aanbeveling is gericht aan de gemeenten", "… richt zich tot de sector"
         r"\b(?:aanbeveling|advies)\w*\s+(?:(?:is|zijn|wordt|worden)\s+(?:\w+\s+){0,2}?gericht\s+(?:aan|tot)|"
         r"(?:richt|richten)\s+zich\s+(?:\w+\s+){0,2}?tot)\s+(?!(?:het\s+kabinet|de\s+regering|mij|ons|de\s+"
         r"(?:staatssecretaris|minister)|het\s+rijk|de\s+rijksoverheid)\b)|"
         # another's to do: "De begeleiding … is de verantwoordelijkheid van de schoolbesturen", "Dit valt onder de
         # verantwoordelijkheid van de gemeenten" (not the government's own)
         r"\b(?:is|ligt|valt)\s+(?:\w+\s+){0,3}?(?:de\s+|onder\s+de\s+)?verantwoordelijkheid\s+van\s+(?!(?:het\s+kabinet|"
         r"de\s+regering|mij|ons|de\s+(?:staatssecretaris|minister)|het\s+rijk|de\s+rijksoverheid)\b)|"
         # taken into account, no more: "zal deze aanbeveling betrekken bij de verdere uitwerking", "neemt … mee in"
         r"\b(?:aanbeveling|advies)\w*\b[^.]{0,30}\b(?:betrekken|betrekt|meenemen|meegenomen)\s+(?:bij|in)\b|"
         # "De aanbeveling wordt bij de uitwerking van het programma meegenomen"; "beraadt zich nog op"; "komt hier
         # later op terug": nothing decided yet
         r"\b(?:aanbeveling|advies)\w*\s+(?:wordt|worden)\s+[^.]{0,60}\b(?:meegenomen|betrokken)\b|"
         r"\b(?:beraadt|beraad|beraden)\s+(?:zich|mij|me|ons)\b|\b(?:neemt|neem|nemen)\b[^.]{0,60}\bin\s+overweging\b|"
         r"\b(?:wordt|worden)\s+(?:\w+\s+){0,3}?in\s+overweging\s+genomen\b|"
         # a position still to be taken: "zal op een later moment een standpunt innemen", "wacht de evaluatie af
         # voordat het een standpunt inneemt"
         r"\b(?:zal|zullen|wil|willen)\b[^.]{0,60}\bstandpunt\s+(?:\w+\s+){0,3}?(?:innemen|bepalen)\b|"
         r"\b(?:wacht|wachten)\b[^.]{0,80}\baf\b[^.]{0,40}\bstandpunt\b|\b(?:komt|kom|komen)\s+(?:\w+\s+){0,2}?(?:hier|daar)\s+"
         r"(?:\w+\s+){0,4}?op\s+terug\b|"
         # waiting first for what is still to come: "wil eerst de evaluatie afwachten", "wacht eerst de uitkomsten af"
         r"\beerst\b[^.]{0,80}\b(?:afwachten|af\s+te\s+wachten)\b|\b(?:wacht|wachten)\s+(?:\w+\s+){0,3}?eerst\b"
         r"[^.]{0,80}\baf\b|"
         # the position still to be told: "Over de vijfde aanbeveling … informeer ik uw Kamer voor de zomer"
         r"\b(?:over|op)\s+(?:deze|die|de\s+\w+)\s+aanbeveling\w*\b[^.]{0,80}\b(?:informeer|informeren|"
         r"kom|komen)\s+(?:ik|we|wij|het\s+kabinet)\b",
         "noted", 0.6, frozenset({"eerst", "informeer", "informeren", "kom", "komen", "kennis", "kennisgeving", "geen", "bezien", "overwegen", "verkennen", "onderzoeken",
                                  "betrekken", "betrekt", "meenemen", "meegenomen", "nader", "betrokken", "beraadt",
                                  "beraad", "beraden", "terug", "na", "onderzoek", "onderzoekt", "verken", "verkent",
                                  "bezie", "beziet", "bekijk", "bekijkt", "overweeg", "overweegt", "bekijken",
                                  "gericht", "richt", "richten", "overweging", "standpunt",
                                  "verantwoordelijkheid"})),
    ],
    "en": [
        (r"\b(?:accept|support)s?\s+(?:only\s+)?(?:the\s+)?(?:first\s+|second\s+)?part\b|\b(?:partially|partly)\s+"
         r"(?:accept|support)|"
         r"\b(?:accept|support)(?:s|ed)?\b[^.]{0,40}\bin\s+part\b|"
         # "supports them partially", "accepts this recommendation partly"
         r"\b(?:accept|support)s?\s+(?:it|them|this|these|the)\b[^.]{0,30}?\b(?:partially|partly)\b|"
         # all but a part: "accepts this recommendation, with the exception of the reference to …"
         r"\b(?:accept|support)(?:s|ed)?\b[^.]{0,80}\b(?:with\s+the\s+exception\s+of|except\s+for|save\s+for)\b|"
         # supported within a bound: "supports the recommendation insofar as it concerns public officials", "to the
         # extent that"
         r"\b(?:accept|support)(?:s|ed)?\b[^.]{0,80}\b(?:insofar\s+as|in\s+so\s+far\s+as|to\s+the\s+extent\s+that)\b|"
         # supported as to one part, noted as to another: "is supported with regard to the police and noted with
         # regard to private security firms"
         + IN_PARTS,
         "partially_adopted", 0.85, frozenset({"part", "partially", "partly", "exception", "except", "save", "noted",
                                                "not", "insofar", "far", "extent"})),
        (r"\b(?:cannot|can\s+not|does\s+not|do\s+not|is\s+unable\s+to|is\s+not\s+in\s+a\s+position\s+to)\s+"
         r"(?:accept|support|agree)\b|\brejects?\b|\bdoes\s+not\s+enjoy\s+(?:the\s+)?support\b|"
         # the passive, and the label alone: "The recommendation is not supported", "Not accepted."
         r"\b(?:is|are)\s+not\s+(?:accepted|supported)\b|^\W*not\s+(?:accepted|supported)\b|\bdisagrees?\b|"
         # "The recommendation is rejected", "is not acceptable (to the Government)"
         r"\b(?:is|are)\s+(?:therefore\s+)?rejected\b|\b(?:is|are)\s+(?:not\s+acceptable|unacceptable)\b|"
         r"\b(?:cannot|can\s+not)\s+be\s+(?:accepted|supported)\b",  # "This recommendation cannot be accepted"
         "rejected", 0.9, frozenset({"not", "cannot", "unable", "reject", "rejects", "disagree", "disagrees",
                                     "rejected", "unacceptable"})),
        (r"\bcannot\b[^.]{0,60}\bmake\s+a\s+definitive\s+statement\b|\btakes?\s+note\b|\bnotes?\s+(?:the|this|these)"
         r"\s+recommendations?\b|\b(?:is|are)\s+noted\b|^\W*noted\b|\b(?:is|are|remains?)\s+under\s+consideration\b|"
         r"\b(?:is|are)\s+(?:currently\s+)?considering\b|"
         # "has taken note of", "is under review", "will be examined (further)"
         r"\b(?:has|have)\s+taken\s+note\b|\b(?:is|are|remains?)\s+(?:currently\s+)?under\s+(?:review|examination|"
         r"study)\b|\bwill\s+be\s+(?:further\s+)?(?:considered|examined|studied|reviewed)\b|"
         r"\backnowledges?\s+(?:the|this|these)\s+recommendations?\b|"  # "Ruritania acknowledges this recommendation"
         r"^\W*under\s+(?:consideration|review|examination)\b",  # the position as a table's cell
         "noted", 0.7, frozenset({"definitive", "note", "notes", "noted", "consideration", "considering", "review",
                                  "examination", "study", "considered", "examined", "studied", "reviewed",
                                  "acknowledge", "acknowledges"})),
        # supported and, the State says, implemented already: "supports the recommendation and considers it
        # implemented" (before the rule that accepts: the same sentence says more)
        (r"\bconsiders?\s+(?:it|this|that|these|them|the\s+recommendations?|this\s+recommendation)\s+(?:to\s+be\s+|as\s+"
         r"(?:being\s+)?)?(?:already\s+|fully\s+)?implemented\b", "already_implemented", 0.8,
         frozenset({"consider", "considers"})),
        (r"\balready\s+(?:been\s+)?(?:implemented|in\s+place|fulfilled|ratified|adopted|established|achieved)\b|"
         r"\b(?:is|are)\s+already\s+the\s+case\b|"  # "This is already the case"
         r"\bha(?:s|ve)\s+already\s+(?:been\s+)?(?:implemented|ratified|adopted|established|fulfilled|introduced|"
         r"enacted|put\s+in\s+place)\b|\b(?:has|have)\s+been\s+(?:fully\s+)?implemented\b|"
         # in the process of implementation, as the UN's answers count it: "is already being implemented"
         r"\b(?:is|are)\s+(?:already\s+|currently\s+)?being\s+implemented\b|"
         # the State doing it already: "The Government is already implementing this recommendation"
         r"\b(?:is|are)\s+already\s+(?:implementing|carrying\s+out|applying|pursuing|taking)\b|"
         # the position as a table's cell: "Implemented.", "Being implemented", "In progress"
         r"^\W*(?:implemented|being\s+implemented|in\s+progress|ongoing)\W*$", "already_implemented", 0.8,
         frozenset({"already", "implemented", "progress", "ongoing"})),
        (r"(?<!not\s)\b(?:accepts?|supports?|agrees?\s+(?:\w+\s+){0,3}?with|agrees?\s+in\s+principle|endorses?|"
         r"welcomes?)\b", "adopted", 0.85, frozenset({"accept", "accepts", "support", "supports", "agree", "agrees", "endorse", "endorses", "welcome", "welcomes"})),
        (r"\b(?:is|are)\s+(?:accepted|supported)\b|^\W*(?:accepted|supported)\b|\b(?:is|are)\s+acceptable\b",
         "adopted", 0.85, frozenset({"accepted", "supported", "acceptable"})),
        # to be considered, no more: after the rules that accept ("agrees … and will consider ratification" accepts)
        (r"\bwill\s+(?:consider|examine|study)\b", "noted", 0.7, frozenset({"consider", "examine", "study"})),
    ],
}
