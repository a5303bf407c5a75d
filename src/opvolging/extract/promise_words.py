"""The words `promises` reads a promise by: who the government side is, and the verbs and formulas of the genre.

Kept apart from the rules so that each list can be read, and argued with, on its own. Every entry is a word of the
genre (a letter to Parliament, a State's answer to the UN), never one document's sentence. All lower case; Dutch
verbs in the forms letters print them (first person, third person, plural; participles).
"""

from __future__ import annotations

import re

from opvolging.extract import ministries
from opvolging.extract.patterns import WordPattern


def _forms(*words: str) -> frozenset[str]:
    return frozenset(w for group in words for w in group.split())


# --- who speaks for the government -------------------------------------------------------------------------------
# Dutch: the signing minister ("ik", "wij", "we"), the cabinet, the State ("het Rijk"), a ministry by name or
# abbreviation, a minister or state secretary, "Nederland" in its foreign policy. Joint actors ("Rijk en gemeenten",
# "BZK en IenW") count when the government is one of them.
_MINISTRY_ABBREVIATIONS = "|".join(re.escape(a) for a in sorted(ministries.ABBREVIATIONS, key=len, reverse=True)
                                   if len(a) >= 2)
_MINISTRY_NAMES = "|".join(re.escape(n) for n in sorted(ministries.NAMES, key=len, reverse=True))
# "van" a ministry: its name as known (commas and all: "Onderwijs, Cultuur en Wetenschap"), its abbreviation, or
# else its capitalised words
_OF_MINISTRY = rf"(?:\s+(?:van|voor)\s+(?:{_MINISTRY_NAMES}|{_MINISTRY_ABBREVIATIONS}|(?:[A-Z][\w&-]*(?:\s+en\s+|\s+))*[A-Z][\w&-]*))?"
GOVERNMENT_NL = re.compile(
    r"(?<![\w-])(?:(?i:ik|wij|we|het\s+kabinet|dit\s+kabinet|de\s+regering|het\s+rijk|rijk|de\s+rijksoverheid|"
    r"rijksoverheid|de\s+overheid|het\s+departement|de\s+departementen|nederland|"
    # the ministries' own working party: "Een interdepartementale werkgroep werkt de voorstellen … uit"
    r"(?:een|de|het)\s+(?:interdepartementale?|ambtelijke?)\s+(?:werkgroep|projectgroep|stuurgroep|taskforce|"
    r"programmateam|commissie|overleg))|"
    # "De Staat zal de uitspraak uitvoeren": the State as party (to a judgment, a treaty), with its capital; "de staat
    # van de dijken" is none
    r"(?i:de)\s+Staat(?:\s+der\s+Nederlanden)?|"
    rf"(?i:het|de|mijn|ons)\s+(?i:ministeries?){_OF_MINISTRY}|"
    rf"(?:(?i:de)\s+)?(?i:minister(?:-president)?|staatssecretaris|bewindspersonen?){_OF_MINISTRY}|"
    # a fellow minister by the letter's own word: "Mijn collega van SZW zal u hierover informeren", "mijn ambtgenoot"
    # (not another body's staff: "mijn collega's van de provincie")
    rf"(?i:mijn)\s+(?i:collega|ambtgenoot)(?!['’]|\s+(?:van|bij)\s+(?:de|het)\b){_OF_MINISTRY})(?![\w-])")
GOVERNMENT_ABBREVIATION = re.compile(rf"(?<![\w&])(?:{_MINISTRY_ABBREVIATIONS})(?![\w&])")
# State agencies that work for a ministry (research, inspection, execution): their plans are read as possible
# promises, for a person to confirm, not as the government's own
# (IenW's and every ministry's: the tax and benefits services, the collection and education agencies, the
# immigration service, "de Rijksdienst voor …", "de Dienst Justitiële Inrichtingen")
AGENCIES_NL = re.compile(
    r"(?<![\w-])(?:het\s+)?(?:rivm|pbl|cbs|knmi|nlr|rvo|nvwa|ilt|de\s+(?:nvwa|ilt|rvo)|inspectie(?:\s+[\w\s]{0,40}?)?|rijkswaterstaat|rws|"
    r"de\s+inspectie|het\s+planbureau[\w\s]{0,30}?|het\s+cpb|cpb|scp|het\s+scp|(?:de\s+)?(?:belastingdienst|"
    r"dienst\s+toeslagen|toeslagen|cjib|duo|uwv|svb|ind|coa|dji|rdw|kadaster|logius|zonmw|igj|nza|staatsbosbeheer|"
    r"rijksdienst\s+voor\s+[\w\s-]{3,40}?|dienst\s+(?:uitvoering|justitiële|terugkeer)[\w\s-]{0,40}?|"
    r"centraal\s+(?:justitieel\s+incassobureau|orgaan\s+opvang\s+asielzoekers|bureau\s+rijvaardigheidsbewijzen)|"
    r"immigratie-\s+en\s+naturalisatiedienst|"
    # the abbreviated ones by their full names: "De Nederlandse Zorgautoriteit past per 1 januari 2025 … aan"
    r"rijksinstituut\s+voor\s+volksgezondheid\s+en\s+milieu|centraal\s+bureau\s+voor\s+de\s+statistiek|"
    r"(?:koninklijk\s+)?nederlands\s+meteorologisch\s+instituut|nederlandse\s+zorgautoriteit|"
    r"nederlandse\s+voedsel-\s+en\s+warenautoriteit|centraal\s+planbureau|sociaal\s+en\s+cultureel\s+planbureau|"
    r"uitvoeringsinstituut\s+werknemersverzekeringen|sociale\s+verzekeringsbank))(?![\w-])", re.I)

# --- verbs ---------------------------------------------------------------------------------------------------------
FUTURE_NL = _forms("zal zullen zult")
GO_NL = _forms("ga gaat gaan")
KEEP_NL = _forms("blijf blijft blijven")
PASSIVE_NL = _forms("wordt worden")
LET_NL = _forms("laat laten")
# perfect and past auxiliaries: what was done, not what will be
PAST_NL = _forms("heb hebt heeft hebben had hadden ben bent is zijn was waren werd werden")
MODAL_NL = _forms("moet moeten kan kunnen mag mogen zou zouden")
# "Het kabinet wil …", "willen we …": the government side's stated intention to act ("Daarom wil het kabinet de wijze
# waarop we monitoring … oppakken en afstemmen", "Daarnaast willen we de waterafvoer … veilig stellen"), unless
# what it wants is a state of things, an ambition ("We willen een vitale bodem bereiken", "willen we zo voorkomen
# dat …"): the infinitives of attaining or keeping a state (and of being, having) below
WANT_NL = _forms("wil willen")
AMBITION_INF_NL = _forms("bereiken behouden voorkomen vermijden behalen realiseren zien weten worden blijven zijn "
                         "hebben krijgen houden")
# a goal attained, foretold of the government ("Met deze maatregelen zal het kabinet de klimaatdoelen voor 2030
# halen"): an outcome claimed, not an act undertaken
OUTCOME_INF_NL = _forms("halen behalen bereiken waarmaken")
GOAL_NL = re.compile(r"\w*(?:doel|doelen|doelstelling|doelstellingen|ambitie|ambities|opgave|norm|normen)$")
# what the letter itself says, said as a wish: "Tot slot wil ik u erop wijzen dat …", "Graag wil ik stilstaan bij …",
# "Ik wil de Raad bedanken voor …", "Ik wil benadrukken dat …": the letter's own words, not an act to come
SAYING_INF_NL = _forms("wijzen benadrukken opmerken onderstrepen stilstaan toelichten schetsen memoreren herhalen "
                       "vermelden melden noemen aangeven bedanken danken complimenteren")
# Verbs a government uses for work that will deliver something: a study, a plan, a revised rule, a report, a
# start. In the present tense with the government as subject ("We herijken de aanpak", "BZK en IenW onderzoeken
# …", "verkennen we of …") they announce that work. A separable verb counts with its particle only ("stellen …
# op", "voeren … uit", "passen … aan"; "voeren … aan" supplies, "richten … op" aims): the particles it needs
# follow the forms; none listed, none needed.
DELIVER_NL: dict[str, frozenset[str]] = {}
for _forms_, _particles in (
        ("onderzoek onderzoekt onderzoeken verken verkent verkennen bekijk bekijkt bekijken bezie beziet bezien "
         "ontwikkel ontwikkelt ontwikkelen herijk herijkt herijken actualiseer actualiseert actualiseren "
         "evalueer evalueert evalueren start starten inventariseer inventariseert inventariseren analyseer "
         "analyseert analyseren publiceer publiceert publiceren stuur stuurt sturen informeer informeert "
         "informeren zend zendt zenden organiseer organiseert organiseren verzamel verzamelt verzamelen overleg "
         "overlegt overleggen bespreek bespreekt bespreken lanceer lanceert lanceren presenteer presenteert presenteren",
         ""),
        ("deel deelt delen", "met"),
        ("stel stelt stellen", "op vast in beschikbaar"), ("voer voert voeren", "uit door"), ("pas past passen", "aan toe"),
        ("scherp scherpt scherpen", "aan"), ("pak pakt pakken", "op aan"), ("leg legt leggen", "vast voor"),
        # "Ik breng dit onderwerp in bij de eerstvolgende Europese Raad", "Ik leg het voorstel voor aan de Raad van State"
        ("breng brengt brengen", "beeld kaart uit in"), ("kijk kijkt kijken", "naar"), ("bied biedt bieden", "aan"),
        ("kom komt komen", "met terug"), ("bereid bereidt bereiden", "voor"), ("richt richten", "in"),
        ("werk werkt werken", "aan uit samen toe"),
        ("zet zetten", "op"),  # "Samen met de VNG zet ik in 2024 een kennisprogramma op"; "zet … in" decides
        # the genre's acts on a bill or a rule: "Het kabinet dient in 2025 een wetsvoorstel in", "Ik rond het
        # onderzoek in 2024 af", "Ik wijzig de regeling per 1 januari 2025", "We voeren een registratieplicht in"
        ("dien dient dienen", "in"), ("rond rondt ronden", "af"), ("voer voert voeren", "in"),
        ("wijzig wijzigt wijzigen herzie herziet herzien vereenvoudig vereenvoudigt vereenvoudigen", "")):
    for _form in _forms_.split():
        DELIVER_NL[_form] = DELIVER_NL.get(_form, frozenset()) | frozenset(_particles.split())
# Verbs of a policy decision: the government limits, raises, reserves, protects, allows. A policy letter states
# its choices in the present tense ("We begrenzen de koelwaterlozingen op de grote rivieren", "We staan geen
# nieuwe landaanwinning toe", "We reserveren de 5% tot 10% van diepe polders …"): with the government as subject,
# a decision it undertakes to carry out, read as DELIVER_NL's work is (a description of what is done already,
# "momenteel", "al", "reeds", is not).
DECIDE_NL: dict[str, frozenset[str]] = {}
for _forms_, _particles in (
        ("begrens begrenst begrenzen beperk beperkt beperken verhoog verhoogt verhogen verlaag verlaagt verlagen "
         "vergroot vergroten verklein verkleint verkleinen minimaliseer minimaliseert minimaliseren reserveer "
         "reserveert reserveren monitor monitort monitoren verbied verbiedt verbieden handhaaf handhaaft handhaven "
         "verminder vermindert verminderen veranker verankert verankeren benut benutten betrek betrekt betrekken "
         "gebruik gebruikt gebruiken optimaliseer optimaliseert optimaliseren respecteer respecteert respecteren "
         "verleng verlengt verlengen",  # "We verlengen de regeling tot 2026"
         ""),
        ("sta staat staan", "toe"), ("hou houd houdt houden", "vast"), ("breid breidt breiden", "uit"),
        ("zet zetten", "in"), ("zorg zorgt zorgen", "ervoor voor"),  # "Hier zorgen we er voor dat betrokkenen …"
        # an effort undertaken: "Ik span mij in om de wachttijden te verkorten"; action taken: "Ik maak werk van …"
        ("span spant spannen", "in"), ("maak maakt maken", "werk"),
        ("neem neemt nemen", ""),  # measures only (TAKEN_NL)
        # money set aside: "Het kabinet trekt hiervoor structureel 50 miljoen euro uit", "maakt … vrij", "investeert"
        ("trek trekt trekken", "uit"), ("maak maakt maken", "vrij"), ("investeer investeert investeren", ""),
        # a choice that makes something lead, or binds: "We maken de risico's van overstromingen … sturend bij de
        # locatiekeuze" (WATER), "maken … verplicht", "maken het mogelijk dat"; "maken gebruik van" is none
        ("maak maakt maken", "sturend leidend bepalend verplicht bindend mogelijk"),
        # agreements made: "Als Rijk maken we hierover in 2023 afspraken met de provincies" (WATER's genre)
        ("maak maakt maken", "afspraken afspraak"),
        ("sluit sluiten", "convenant akkoord overeenkomst"),  # "We sluiten in 2024 een convenant met de sector"
        # a decision to be taken by a time: "In 2025 besluit het kabinet over een structurele regeling"
        ("besluit besluiten beslis beslist beslissen", ""),
        # a course set: "We bewegen toe naar een grondwaterstand van 20 cm tot 40 cm onder maaiveld" (WATER)
        ("beweeg beweegt bewegen", "toe"),
        # ended, continued, paid for: "We schaffen de regeling per 2026 af", "Ik zet de pilot in 2024 voort", "Het
        # kabinet financiert de eerste fase"
        ("schaf schaft schaffen", "af"), ("zet zetten", "voort"), ("financier financiert financieren", "")):
    for _form in _forms_.split():
        DECIDE_NL[_form] = DECIDE_NL.get(_form, frozenset()) | frozenset(_particles.split())
# a separable verb of DELIVER_NL or DECIDE_NL joined to its particle, as a subordinate clause puts it last ("… dat ik
# de regeling per 1 januari 2025 aanpas", "… dat het kabinet in 2025 een wetsvoorstel indient"): the joined form and
# the form it joins; the nouns that look like one ("de inzet", "de aanpak") are none
_SEPARABLE = frozenset("aan toe op vast in uit door voor terug samen vrij mee af bij over".split())
_NOUNS_LIKE_JOINED = frozenset("aanpak inzet opzet uitvoer inbreng doorvoer voorzorg voorzorgt voorzorgen aanwerk "
                               "aanwerkt aanwerken".split())
JOINED_NL: dict[str, str] = {p + form: form for acts in (DELIVER_NL, DECIDE_NL) for form, parts in acts.items()
                             for p in parts & _SEPARABLE if p + form not in _NOUNS_LIKE_JOINED}
# "nemen" decides when what is taken is a measure, a step or a decision ("In het Deltaprogramma zoetwater nemen Rijk
# en andere overheden gezamenlijk maatregelen …"); taking part, time or note is none
TAKE_NL = _forms("neem neemt nemen")
TAKEN_NL = _forms("maatregel maatregelen stap stappen besluit besluiten initiatief")
# a verb's preposition rather than its particle, which may stand anywhere after it ("kijken we naar kansen")
PREPOSITIONAL_NL = frozenset("naar met aan ervoor".split())  # "zorgen we ervoor, samen met …, dat"
# the same work, in the passive ("De omvang … wordt in beeld gebracht", "Er wordt onderzocht hoe …")
DELIVERED_NL = _forms(
    "onderzocht verkend bekeken bezien ontwikkeld uitgewerkt herijkt geactualiseerd geëvalueerd gestart begonnen "
    "opgesteld gebracht opgepakt geïnventariseerd geanalyseerd gepubliceerd gestuurd geïnformeerd toegezonden "
    "toegestuurd aangeboden voorgelegd verzonden georganiseerd vastgelegd vastgesteld verzameld voorbereid "
    "ingericht ingesteld aangepast aangescherpt opgeleverd vertaald verankerd geborgd uitgebreid verplicht "
    "beperkt verminderd versterkt ingevoerd geregeld afgesproken besloten beoordeeld afgerond opgestart "
    "gelanceerd vernieuwd herzien gewijzigd ingediend gepresenteerd gedeeld "
    # and the decisions (DECIDE_NL) in the passive: "Op basis van … stresstesten wordt het … systeem geoptimaliseerd",
    # not those whose passive describes what is done or used ("ingezet voor", "gebruikt", "betrokken", "benut")
    "begrensd verhoogd verlaagd vergroot verkleind geminimaliseerd gereserveerd gemonitord gehandhaafd toegestaan "
    "vastgehouden geoptimaliseerd gerespecteerd afgeschaft "
    # and a scheme's or a body's fate decided: "De regeling wordt per 1 januari 2025 met twee jaar verlengd"
    "verlengd opgeheven ingetrokken verruimd versoepeld opgericht aangesteld vereenvoudigd uitgesteld "
    # and money set aside: "Er wordt € 10 miljoen vrijgemaakt voor …", "uitgetrokken", "geïnvesteerd"
    "vrijgemaakt uitgetrokken geïnvesteerd")
# carried out: the work when it is done by a time ("Eind dit jaar wordt de monitor opnieuw uitgevoerd", "Het onderzoek
# wordt … in 2023 uitgevoerd"); without one it describes what is done ("Deze PAGO's worden sectorbreed uitgevoerd")
CARRIED_OUT_NL = _forms("uitgevoerd")
# what a refusal refuses: to deliver (the work's infinitives and participles) or to change a rule, a scheme, an
# amount ("Het kabinet zal de regeling niet aanpassen", "Ik zal geen nieuw wetsvoorstel indienen", "De aanbeveling
# wordt niet overgenomen"). A negated practice is a restraint undertaken, and stays a promise ("Ook zal er geen
# onderscheid worden gemaakt tussen de verschillende categorieën van recht", "We benutten locaties … niet …")
REFUSABLE_NL = (frozenset(f for f in DELIVER_NL if f.endswith("en")) | DELIVERED_NL - _forms("toegestaan")
                | _forms("aanpassen wijzigen verhogen verlagen invoeren instellen indienen oprichten uitbreiden "
                         "overnemen opvolgen introduceren verlengen verruimen afschaffen opheffen opstellen uitwerken "
                         "opnemen overgenomen opgevolgd opgenomen"))
# worked on: the work when it is work on something ("Tegelijk wordt er met de betrokken partijen gewerkt aan een
# Landbouwakkoord"), as "werken aan" in the future tense is
WORKED_ON_NL = _forms("gewerkt")
# steered: "sturen op" is a policy's formula for what it aims its instruments at ("We sturen als overheden op zo min
# mogelijk afdekking van de bodem", "Het Rijk stuurt … aan op …"), where "sturen" alone sends a letter
STEER_NL = _forms("stuur stuurt sturen")
# made, taken: the work only when what is made is an agreement or a decision ("Er worden bestuurlijke afspraken
# gemaakt", "Er wordt in 2026 een besluit genomen")
MADE_NL = _forms("gemaakt genomen gesloten")
AGREEMENTS_NL = _forms("afspraken afspraak besluit besluiten keuze keuzes convenant convenanten akkoord "
                       "overeenkomst")
# "it is necessary that …": a need, not an undertaking
NECESSITY_NL = WordPattern(
    r"\b(?:is\s+het|het\s+is|is)\s+(?:dus\s+|daarom\s+|ook\s+)?(?:noodzakelijk|nodig|belangrijk|van\s+belang|"
    r"wenselijk|essentieel|cruciaal|verstandig|zaak)\s+(?:dat|om)\b|"
    # the same in a subordinate clause, the verb last: "Het kabinet vindt dat het belangrijk is dat …"
    r"\bhet\s+(?:dus\s+|daarom\s+|ook\s+)?(?:noodzakelijk|nodig|belangrijk|van\s+belang|wenselijk|essentieel|"
    r"cruciaal|verstandig|zaak)\s+is\s+(?:dat|om)\b", lower=True)
NECESSITY_WORDS_NL = _forms("noodzakelijk nodig belangrijk belang wenselijk essentieel cruciaal verstandig zaak")
MODALS_NL = _forms("moet moeten kan kunnen mag mogen zou zouden dient dienen hoeft hoeven",
                   "moest moesten kon konden mocht mochten hoefde hoefden")  # and in the past: what had to be
CAN_NL = _forms("kan kunnen")  # what can be done: a possibility, not a must
# the word that opens a clause tells how much its verb undertakes: a reason or a condition does not, an indirect
# question or a relative clause reports what is done more than it promises it
REASON_NL = _forms("omdat doordat aangezien zodat want")
CONDITIONAL_NL = _forms("als wanneer indien mits tenzij zodra mocht")
QUESTION_NL = _forms("hoe welke wat waarom waar of")
# verbs of finding out, after which "of" asks whether ("Daarnaast laat ik onderzoeken of een verbod … uitvoerbaar
# is", "We gaan na of …", "wordt bezien of …"), where elsewhere it is "or" ("wegen of spoorwegen"; "wegen", to
# weigh, is left out for that)
INQUIRY_NL = _forms(
    "onderzoek onderzoekt onderzoeken onderzocht bekijk bekijkt bekijken bekeken bezie beziet bezien verken verkent "
    "verkennen verkend na nagaan nagegaan beoordeel beoordeelt beoordelen beoordeeld afwegen "
    "afgewogen toets toetst toetsen getoetst bepaal bepaalt bepalen bepaald vraag vraagt vragen gevraagd "
    "uitzoeken uitgezocht weten bestuderen bestudeert bestudeerd analyseren analyseert geanalyseerd inventariseren "
    "inventariseert geïnventariseerd peilen peilt gepeild twijfel twijfelen")
RELATIVE_NL = _forms("die waarin waarmee waarbij waardoor waarop waarvoor waarover waaraan")
# what happens or holds, not what someone does: a clause on these is a prediction or a description
STATE_NL = _forms(
    "zijn is wordt worden hebben heeft blijken blijkt lijken lijkt voorkomen voorkomt optreden treedt toenemen "
    "neemt afnemen stijgen stijgt dalen daalt ontstaan ontstaat verlopen verloopt gelden geldt betekenen betekent "
    "leiden leidt tegenkomen krijgen krijgt merken ziet zien vragen vraagt verschillen verschilt duren duurt "
    "liggen ligt staan staat kosten kost veranderen verandert groeien groeit bestaan bestaat")
ASK_NL = _forms("vragen vraagt")
# the same, as an infinitive in a verb cluster ("zal … onderdeel zijn van …", "zullen … voorkomen")
STATE_INF_NL = _forms("zijn hebben blijken lijken voorkomen optreden toenemen afnemen stijgen dalen ontstaan "
                      "verlopen gelden betekenen tegenkomen krijgen veranderen groeien bestaan duren kosten")
PLACE_NL = _forms("vindt vinden")
# the participles of sending or telling: "De Kamer wordt … geïnformeerd"
INFORMED_NL = _forms("geïnformeerd toegestuurd toegezonden aangeboden voorgelegd gestuurd")  # "In 2026 vindt de herijking plaats"

# --- formulas ------------------------------------------------------------------------------------------------------
# what this letter itself does: "Hierbij bied ik u … aan", "In deze brief vertellen we …", "Hieronder …"
THIS_LETTER_NL = re.compile(
    r"^(?:\W*)(?:(?:hierbij|hiermee)\s+(?:bied|stuur|informeer|zend|doe|ontvangt|treft)|hieronder|bijgaand|in\s+(?:deze|dit|de\s+onderhavige)"
    r"\s+(?:brief|kabinetsreactie|reactie|notitie|hoofdstuk|paragraaf|standpunt|nota|bijlage)|met\s+deze\s+brief|"
    r"deze\s+brief|in\s+de\s+bijlage|als\s+bijlage)\b", re.I)
THIS_LETTER_ANYWHERE_NL = WordPattern(
    r"\b(?:stuur|zend|bied)\s+(?:ik|wij|we)\s+(?:u\s+|uw\s+kamer\s+)?(?:hierbij|bijgaand|mee)\b|\bmee\s*\.?$|"
    r"\btreft\s+u\b[^.]{0,80}\baan\b|\b(?:hieronder|in\s+deze\s+brief)\s+(?:ga|gaan|zal|zullen|wordt|worden)\b|"
    r"\b(?:zal|zullen|wordt|worden)\s+(?:\w+\s+){0,3}hieronder\b|"
    # "Ik rond deze brief af met …", "Tot slot ronden we af met een conclusie": the letter's close
    r"\b(?:rond|rondt|ronden)\s+(?:(?:ik|we|wij)\s+)?(?:(?:deze|de|mijn|onze)\s+(?:brief|reactie)\s+)?af\s+met\b", lower=True)
# a consequence of what was said before ("Hiermee zorgen we voor …", "Zo voorkomen we …"), not a new act
CONSEQUENCE_NL = re.compile(
    r"^(?:\W*)(?:hiermee|daarmee|hierdoor|daardoor|zo|aldus|dit\s+doen\s+we|dat\s+doen\s+we|dit\s+bereiken\s+we|"
    r"zodoende)\b", re.I)
# an effect foretold of a means: the clause opens with the means ("Door deze maatregel", "Met dit pakket", "Via de
# nieuwe regeling") and its passive changes a quantity of the world ("… wordt de uitstoot in 2030 verminderd"): what
# the measure will bring about, not a further act (the budget, a rule, a scheme changed stay the government's acts)
BY_A_MEANS_NL = re.compile(
    r"^(?:\W*)(?:door|met|via|dankzij)\s+(?:deze|dit|die|dat|de|het|onze|mijn)\s+(?:\w+\s+){0,2}?(?:maatregel|"
    r"maatregelen|pakket|regeling|aanpak|inzet|investering|investeringen|wetswijziging|wet|programma|afspraken|"
    r"plan|plannen|beleid|instrumenten|middelen)\b", re.I)
WORLD_QUANTITY_NL = re.compile(
    r"(?:de|het)\s+(?:\w+\s+)?(?:uitstoot|emissies?|depositie|stikstofdepositie|concentraties?|aantal|kosten|"
    r"wachttijden|wachtlijsten|overlast|schade|druk|risico(?:'s|’s)?|tekorten?|belasting\s+van)\b", re.I)
CHANGED_NL = _forms("verminderd verlaagd beperkt verhoogd teruggedrongen gereduceerd gehalveerd verkleind vergroot "
                    "gedaald gestegen afgenomen toegenomen")
# a process or a table the government shares with others: what "wordt in gebiedsprocessen uitgewerkt" or "In de
# werkgroep ‘Maatregelen’ worden de maatregelen bekeken" is done by those at it (the provinces of an area process, a
# sector's task force), not by the government alone: a passive there is a possible promise, for review
# the partners the government works with, named in a passive that names no agent: "wordt samen met
# kennisinstellingen uitgevoerd", "in samenwerking met de sector"
WITH_PARTNERS_NL = WordPattern(r"\b(?:samen\s+met|in\s+samenwerking\s+met|in\s+overleg\s+met|met\s+hulp\s+van)\b",
                               lower=True)
JOINT_FORUM_NL = WordPattern(
    r"\b(?:in|binnen)\s+(?:de\s+|het\s+|een\s+|deze\s+|die\s+)?(?:\w+\s+)?(?:werkgroep|werkgroepen|gebiedsproces|"
    r"gebiedsprocessen|taskforce|stuurgroep|gebiedstafel|gebiedstafels|regiotafel|regiotafels)\b", lower=True)
# now, already, as a rule, in practice, sometimes: a description of what is going on, not an undertaking ("Soms
# nemen we als overheden in gezamenlijkheid een besluit, zoals …")
DESCRIPTION_NL = WordPattern(
    r"\b(?:momenteel|op\s+dit\s+moment|al|reeds|inmiddels|sinds|doorgaans|gewoonlijk|altijd|nog\s+steeds|soms|meestal|"
    r"tot\s+nu\s+toe|regulier|in\s+de\s+praktijk)\b", lower=True)
# a sentence that opens on its condition; "Waar nodig zal ik aanvullende maatregelen treffen", "Where necessary, the
# Government will …": only if it is needed
CONDITION_NL = re.compile(r"^(?:\W*)(?:(?:als|indien|wanneer)(?:\s+(?:nodig|noodzakelijk|mogelijk|gewenst|wenselijk)\b)?|mocht|mits|tenzij|in\s+geval|ingeval|(?:waar|zo)\s+(?:dat\s+)?"
                          r"(?:nodig|noodzakelijk)|zonodig)\b", re.I)
HEDGES_NL = WordPattern(  # "zo min mogelijk", "zoveel mogelijk": as little, as much as can be, no hedge
    r"\b(?:mogelijk(?<!min\smogelijk)(?<!veel\smogelijk)(?<!snel\smogelijk)(?<!goed\smogelijk)(?<!spoedig\smogelijk)(?<!vroeg\smogelijk)|naar\s+verwachting|de\s+verwachting\s+is|verwacht|waar\s+mogelijk|zo\s+mogelijk|in\s+principe|"
    r"in\s+beginsel|indien\s+nodig|eventueel|zo\s+nodig|wellicht|mogelijkerwijs)\b", lower=True)
# said outright: "Ik zeg toe …", "zeg ik toe", "ik ben voornemens", "het kabinet heeft zich voorgenomen"
INTENT_NL = re.compile(
    r"\b(?:zeg|zegt|zeggen)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?(?:\w+\s+){0,3}?toe\b|\bik\s+zeg\s+(?:\w+\s+){0,3}?toe\b|"
    r"\b(?:ben|is|zijn)\s+(?:\w+\s+){0,2}voornemens\b|\bheeft\s+(?:zich\s+)?(?:toegezegd|voorgenomen)\b|"
    r"\b(?:ben|is|zijn)\s+(?:\w+\s+){0,2}van\s+plan\b|\bhet\s+(?:voornemen|plan)\s+(?:is\s+)?om\b|\bzijn\s+bezig\s+met\s+het\b|"
    r"\bis\s+bezig\s+met\s+het\b|\bis\s+(?:[\w-]+\s+){0,8}?voorzien\s+(?:in|voor|eind|begin|medio)\b|"
    # "Het is mijn intentie om …", "Ik heb de intentie om …", "Het is de bedoeling om …", "Ik neem mij voor om …"
    r"\bhet\s+is\s+(?:mijn|ons|onze|de|het)\s+(?:intentie|bedoeling|voornemen)\s+om\b|"
    r"\b(?:heb|hebben|heeft)\s+(?:\w+\s+){0,2}?de\s+intentie\s+om\b|"
    r"\b(?:neem|neemt|nemen)\s+(?:mij|me|ons|zich)\s+(?:\w+\s+){0,2}?voor\s+om\b", re.I)
# a decision announced in the perfect: "Ik heb besloten de subsidieregeling met twee jaar te verlengen", "Het kabinet
# heeft besloten om vanaf 2025 een verbod in te voeren", "heeft het kabinet besloten dat …"; "een besloten
# vergadering" is none
# an agreement made is one too: "Het kabinet heeft in het coalitieakkoord afgesproken een suikertaks in te voeren";
# a choice made is a decision too: "Het kabinet kiest ervoor om de regeling te verlengen", "Daarom kiest het kabinet
# ervoor de wet te wijzigen", "Het kabinet heeft ervoor gekozen om …", "We kiezen voor een gefaseerde invoering"; a
# choice of "een andere uitwerking", "een eigen aanpak" than advised is the answer's stance, and names nothing done
_DECIDES_WHAT = r"(?=\s+(?:om\b|dat\b|\w+(?:\s+\w+){0,12}?\s+te\s))"
DECIDED_NL = re.compile(rf"\b(?:heb|heeft|hebben)\s+(?:[\w-]+\s+){{0,4}}?(?:besloten|ervoor\s+gekozen|afgesproken)"
                        rf"{_DECIDES_WHAT}|"
                        rf"\b(?:kies|kiest|kiezen)\s+(?:[\w-]+\s+){{0,3}}?ervoor{_DECIDES_WHAT}|"
                        r"\b(?:kies|kiest|kiezen)\s+(?:(?:ik|we|wij|het\s+kabinet|de\s+regering)\s+)?(?:daarom\s+|nu\s+|"
                        r"dan\s+ook\s+|hierbij\s+)?voor\s+(?:een|de|het)(?=\s)(?!\s+(?:andere|eigen)\b)", re.I)
DECIDED_WORDS_NL = frozenset("besloten gekozen kies kiest kiezen afgesproken".split())
# an aim with a time: "Het streven is om in 2023 een programma … te publiceren", "Ik streef ernaar het wetsvoorstel
# nog dit jaar in consultatie te brengen", "streeft het kabinet ernaar"; the government's "inzet" is its aim too
# ("Het is mijn inzet om het wetsvoorstel in 2024 in te dienen", "De inzet van het kabinet is om …"), and so is its
# planning ("De planning is dat het wetsvoorstel in 2025 naar de Kamer gaat"); without a time, a possible promise
_OWN_AIM = r"(?:\s+van\s+(?:het\s+kabinet|de\s+regering))?"
AIM_NL = re.compile(r"\b(?:het|mijn|ons)\s+streven\s+is\b|\bde\s+planning\s+is\s+(?:erop\s+gericht\s+)?(?:om|dat)?\b|"
                    r"\b(?:streef|streeft|streven)\s+(?:(?:ik|we|wij|het\s+kabinet|de\s+minister|"
                    r"de\s+staatssecretaris)\s+)?(?:er\s+)?(?:ernaar|naar)\b|"
                    rf"\bhet\s+is\s+(?:mijn|ons|onze|de)\s+(?:inzet|streven){_OWN_AIM}\s+om\b|"
                    rf"\b(?:de|mijn|onze)\s+inzet{_OWN_AIM}\s+is\s+(?:om|erop\s+gericht|dat)\b", re.I)
# willing, said outright: "Ik ben bereid om in overleg met de sector te verkennen of …", "is het kabinet bereid …"
WILLING_NL = re.compile(r"\b(?:ben|is|zijn)\s+(?:\w+\s+){0,3}?bereid(?=\s+(?:om|te|tot|dit|dat|hiertoe|daartoe|"
                        r"hierover|daarover|in|met|de|het|een|\w+\s+te)\b)", re.I)
# the Kamer told what it can expect: "U kunt de brief voor de zomer tegemoet zien", "Uw Kamer kan het wetsvoorstel in
# het voorjaar van 2024 verwachten"
KAMER_EXPECTS_NL = re.compile(r"^\W*(?:U|Uw\s+Kamer|De\s+Kamer)\s+(?:kunt|kan|mag)\s+(?:[\w-]+\s+){0,14}?"
                              r"(?:tegemoet\s+zien|tegemoetzien|verwachten)\b")
# the government's expectation to send or inform by a time, the genre's soft promise: "Ik verwacht uw Kamer in het
# najaar van 2024 te informeren", "verwacht het kabinet de evaluatie voor de zomer te kunnen sturen"; not what it
# expects of the world or of others ("Ik verwacht dat de vraag stijgt", "Ik verwacht van gemeenten dat …")
_SENDS_INF = (r"(?:informeren|sturen|zenden|toesturen|toezenden|versturen|aanbieden|presenteren|publiceren|afronden|"
              r"indienen|voorleggen|opleveren|vaststellen|nemen|starten|uitbrengen)")
# the same, separable: "af te ronden", "in te dienen", "toe te sturen"
_SENDS_SEPARABLE = (r"(?:af|in|op|voor|toe|vast|uit)\s+te\s+(?:kunnen\s+)?(?:ronden|dienen|leveren|leggen|sturen|zenden|"
                    r"stellen|brengen)")
EXPECTS_TO_NL = re.compile(
    r"\b(?:(?:ik|wij|we|het\s+kabinet)\s+verwacht(?:en)?|verwacht(?:en)?\s+(?:ik|wij|we|het\s+kabinet))\s+"
    rf"(?!dat\b|van\b)(?:[\w€-]+,?\s+){{0,14}}?(?:te\s+(?:kunnen\s+)?{_SENDS_INF}|{_SENDS_SEPARABLE})\b", re.I)
# what the government can send or tell by a time, the genre's softer promise: "Naar verwachting kan ik uw Kamer in het
# najaar informeren over de uitkomsten", "Ik kan uw Kamer in het voorjaar van 2024 informeren"
CAN_SEND_NL = re.compile(
    r"\b(?:(?:ik|wij|we|het\s+kabinet)\s+(?:kan|kunnen)|(?:kan|kunnen)\s+(?:ik|wij|we|het\s+kabinet))\s+"
    rf"(?:[\w€-]+,?\s+){{0,14}}?(?:{_SENDS_INF}|(?:af|in|op|voor|toe|vast|uit)(?:ronden|dienen|leveren|leggen|sturen|"
    r"zenden|stellen|brengen))\b", re.I)
# a product of the government made available: "het concept-kader dat dit jaar door het Rijk beschikbaar wordt
# gesteld", "… dat dit jaar beschikbaar komt"
AVAILABLE_NL = re.compile(r"\bbeschikbaar\s+(?:wordt\s+gesteld|worden\s+gesteld|komt|komen|stellen|stelt)\b|"
                          # the main clause's order, of money or a measure: "Er komt in 2025 € 10 miljoen extra
                          # beschikbaar voor gemeenten" ("De resultaten komen in 2025 beschikbaar" foretells)
                          r"\b(?:komt|komen)\s+(?:er\s+)?(?:[\w€.,-]+\s+){0,6}?(?:€\s*[\d.,]+|[\d.,]+\s+(?:miljoen|"
                          r"miljard)|middelen|budget|geld|subsidie\w*|regeling)\s+(?:[\w-]+\s+){0,3}?beschikbaar\b",
                          re.I)
# an event the sending waits for, the time a present tense "informeer" is due by: "Na afronding van het onderzoek
# informeer ik uw Kamer …", "Zodra de resultaten bekend zijn, informeer ik uw Kamer"
AFTER_EVENT_NL = WordPattern(
    r"\b(?:zodra|nadat|na\s+(?:de\s+|het\s+)?(?:afronding|afloop|ontvangst|oplevering|vaststelling|publicatie|"
    r"besluitvorming|verschijnen|evaluatie|uitkomsten|resultaten|inwerkingtreding|invoering))\b|"
    # "wanneer"/"als" of a thing that is to be done or known, a time and no condition: "Wanneer de resultaten bekend
    # zijn, zal ik uw Kamer informeren", "Als het onderzoek is afgerond, stuur ik het rapport naar uw Kamer"
    r"\b(?:als|wanneer)\s+(?:[\w-]+\s+){1,8}?(?:(?:is|zijn)\s+(?:afgerond|verschenen|vastgesteld|ontvangen|"
    r"gepubliceerd|opgeleverd|voltooid)|(?:bekend|afgerond|gereed|beschikbaar|klaar|verschenen|vastgesteld|ontvangen|"
    r"gepubliceerd|opgeleverd|voltooid)\s+(?:is|zijn))\b", lower=True)
# kept informed: "Ik houd uw Kamer op de hoogte van de ontwikkelingen"
HOLD_NL = _forms("hou houd houdt houden")
# a next occasion of the genre, the time a present tense "informeer", "stuur" is due by when no date is named: "In de
# eerstvolgende voortgangsrapportage informeer ik u over …", "bij de volgende begroting", "in de komende brief"
# or Parliament's next occasion, named ("Het kabinet komt voor de begrotingsbehandeling met een … voorstel", "bij de
# Voorjaarsnota", "voorafgaand aan het commissiedebat")
NEXT_OCCASION_NL = WordPattern(
    r"\b(?:in|bij|met)\s+(?:de|het|mijn|onze)\s+(?:eerst)?(?:volgende|komende)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]*(?:brief|brieven|rapportage|nota|begroting|overleg|debat|verslag|monitor|update|reactie|voortgangsbrief)\b|"
    r"\b(?:voor|vóór|bij|rond|voorafgaand\s+aan|ruim\s+voor)\s+(?:de|het)\s+(?:[\w-]+\s+)?(?:begrotingsbehandeling|"
    r"behandeling\s+van\s+de\s+begroting|commissiedebat|plenaire\s+debat|wetgevingsoverleg|notaoverleg|"
    r"voorjaarsnota|najaarsnota|miljoenennota|augustusbesluitvorming|begroting\s+\d{4})\b",
    lower=True)
# at regular times, the genre's standing promise to report: "Over de voortgang informeer ik u jaarlijks via de
# voortgangsrapportage", "Ik stuur uw Kamer twee keer per jaar een voortgangsbrief"
RECURRING_NL = WordPattern(
    r"\b(?:jaarlijks|halfjaarlijks|tweejaarlijks|driemaandelijks|periodiek|(?:ieder|iedere|elk|elke)\s+(?:jaar|half\s+"
    r"jaar|halfjaar|kwartaal)|(?:een|één|twee|drie)\s+keer\s+per\s+jaar|via\s+de\s+(?:jaarlijkse\s+|periodieke\s+|"
    r"halfjaarlijkse\s+)?voortgangs(?:brief|brieven|rapportage|rapportages))\b", lower=True)
