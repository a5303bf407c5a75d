"""Clauses: a sentence's words, where its clauses begin and end, the subject of a verb and its verb cluster.

Enough of Dutch (and English) sentence structure for `promises` to read who does what, without a parser model:

- a clause ends at ";", ":", a dash, or a comma that does not part the items of an enumeration ("samen met
  waterschappen, provincies en gemeenten ontwikkelen we"); a subordinate clause begins at its subordinator ("dat",
  "omdat", "waarin", …) but "die" or "dat" after a preposition points ("in die beleidsbrief"), unless "er" comes
  before the preposition ("zorgen we er voor dat …": "ervoor", split); a purpose clause that opens the sentence
  ("Om … te borgen zal …") is not part of the main clause;
- the subject of a finite verb is what stands before it, unless an adverbial, a preposition or "er" opens the
  clause: then (Dutch word order) it is what follows the verb ("Daarom zal het kabinet …");
- a Dutch verb cluster: a participle after the auxiliary or just before it ("… behouden zal worden"), beside
  "worden" ("zal … worden opengesteld"); a separable verb's particle where it stands alone ("voeren we zoetwater
  aan uit de rivieren": "aan", not the preposition "uit").

`tokens(sentence)` splits a sentence once and marks its clause boundaries; the other functions read from it.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import NamedTuple

from opvolging.extract import promise_words as w
from opvolging.extract.clause_words import (  # the words apart, re-exported for the readers
    ADVERBS,
    BOUNDARY_AFTER,
    PARTICIPLE,
    PREPOSITIONS,
    SKIP_AFTER_VERB,
    SUBORDINATORS,
    UNSTRESSED,
)

# a word (with its hyphens, slashes and dots: "IenW/BSK-2022", "o.a"), a number with its decimal comma ("€ 1,5
# miljoen": no clause ends there), or a mark
TOKEN = re.compile(r"\d+(?:,\d+)+|[\w'’]+(?:[-/.][\w'’]+)*|[^\w\s]")
class Tok(NamedTuple):
    text: str
    low: str
    start: int


_VERBS_THAT_OPEN = (frozenset("zal zullen wordt worden gaat gaan is zijn heeft hebben".split())
                    | frozenset(w.DELIVER_NL) | w.PASSIVE_NL | w.LET_NL | w.KEEP_NL | w.PLACE_NL)
BULLETS = frozenset("- – — • * · ▪ ● ◦".split())
# the auxiliaries a main clause can open with after a subordinate clause, and the finite verbs that show a
# subordinate clause has its own
_AUXILIARIES = w.FUTURE_NL | w.GO_NL | w.KEEP_NL | w.PASSIVE_NL | w.LET_NL
_FINITE = _AUXILIARIES | w.PAST_NL | w.MODALS_NL


class Tokens(list):
    """A sentence's tokens (`Tok`), with where its clauses end (`ends[k]`: a clause ends with token k) and begin
    (`opens[k]`: token k opens a subordinate clause), marked once (see the module docstring)."""

    def __init__(self, toks: list[Tok], lows: list[str] | None = None) -> None:
        super().__init__(toks)
        lows = [t.low for t in toks] if lows is None else lows
        # marked for every token at C speed, then the few marked ones looked at again
        self.ends = ends = list(map(BOUNDARY_AFTER.__contains__, lows))
        for k in reversed(_positions(lows, ",")):  # the last first: a comma of a list looks at the next
            if _list_comma(lows, k, ends):
                ends[k] = False
        self.opens = opens = list(map(SUBORDINATORS.__contains__, lows))
        for k in _positions(lows, "of"):  # "onderzoeken of …": whether, after a verb of finding out; else "or"
            opens[k] = k > 0 and lows[k - 1] in w.INQUIRY_NL
        for k in list(compress(range(len(lows)), opens)):
            x = lows[k]
            # "in dat geval" points; "zet zich ervoor in dat de regels …" opens a clause: a subject follows
            # a verb's particle before a relative pronoun is no preposition ("stelt een commissie in die voor 1 juli
            # …"): a preposition, a time or a number follows a relative "die", a noun a pointing one ("in die zin")
            pointing = x in ("die", "dat", "wat") and k and lows[k - 1] in PREPOSITIONS and not (
                k > 1 and lows[k - 2] == "er") and not (k + 1 < len(lows) and (
                    lows[k + 1] in _CLAUSE_SUBJECTS or lows[k + 1] in PREPOSITIONS or lows[k + 1][:1].isdigit()))
            if (pointing or (x == "als" and _as_role(toks, k)) or _elliptic(lows, k)
                    or (x == "om" and not _purpose(lows, ends, k)) or (x == "maar" and k and not ends[k - 1])):
                opens[k] = False
        self.pair = _parentheses(lows)

    def as_role(self, k: int) -> bool:
        """True when token k is an "als" that names a role or a step ("Als vervolgstap op deze brief zal …", "We
        sturen als overheden op …"), not one that opens a condition ("Als we de onttrekkingen beperken, …")."""
        return self[k].low == "als" and _as_role(self, k)


def _purpose(lows: list[str], ends: list[bool], k: int) -> bool:
    """True when the "om" at token k opens a purpose clause, its "te" following before the clause ends ("om de
    opgave in beeld te krijgen", "om de beperking van de democratische ruimte, mensenrechten en de rechtstaat …
    tegen te gaan"); otherwise it is a preposition ("het gaat om een nieuw kader", "vraagt om aandacht"). A purpose
    clause has no finite verb of its own before its "te"."""
    for j in range(k + 1, min(len(lows), k + 40)):
        x = lows[j]
        if x == "te":
            return True
        if ends[j] or x in (".", "?", "!") or x in _FINITE or x in SUBORDINATORS:
            return False
    return False


def _parentheses(lows: list[str]) -> dict[int, int]:
    """Where each balanced parenthesis's partner is: {index of "(": index of ")", and back}."""
    pair: dict[int, int] = {}
    if "(" not in lows:
        return pair
    stack: list[int] = []
    for k, x in enumerate(lows):
        if x == "(":
            stack.append(k)
        elif x == ")" and stack:
            a = stack.pop()
            pair[a], pair[k] = k, a
    return pair


_FIRST_PERSON = frozenset("we wij ik".split())  # always a subject: "ons", "mij" are the objects
# what a conditional clause's subject begins with: "als we …", "als het …", "als de Kamer …", "als er …"
_SUBJECT_STARTS = frozenset(
    "ik je jij u we wij hij zij ze het dit dat deze die er men de een iemand niemand iedereen alles niets elk elke "
    "ieder iedere alle beide zo hier daar".split())


# what opens a clause after its "dat", never a demonstrative's noun: a determiner, a personal pronoun, "er"
_CLAUSE_SUBJECTS = frozenset("de het een ik je jij u we wij hij zij ze men er".split())


def _as_role(toks: list[Tok], k: int) -> bool:
    """True when the "als" at token k is followed by a bare noun, an ordinal or an adjective in lower case ("als
    vervolgstap", "als eerste stap", "als overheden", "als gevolg van"): a role, not a condition. A conditional
    clause names its subject first: a pronoun, a determiner or a name."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.low in _GOVERNMENT_ROLES:
        return True  # "Als Rijk maken we …", "Als kabinet zetten we in op …": the government's role, capitalised
    # "Als blijkt dat …", "Als uit de evaluatie blijkt …": a verb or a preposition first, a condition still
    return nxt.text[:1].islower() and nxt.text[:1].isalpha() and nxt.low not in _SUBJECT_STARTS and \
        nxt.low not in _ITS_OWN_VERB and nxt.low not in PREPOSITIONS


# the government side as a role after "als", without an article ("Als Rijk", "Als kabinet"); with one ("Als het Rijk
# besluit, …") a condition's subject
_GOVERNMENT_ROLES = frozenset("rijk kabinet rijksoverheid overheid overheden ministerie regering".split())


_new = tuple.__new__  # a Tok made without NamedTuple's keyword handling: a sentence has dozens of them
# a token and the white space before it: between two tokens there is only white space (every other character is
# part of a token), so the offsets follow from the lengths, without a match object per token
_SPACED_TOKEN = re.compile(r"(\s*)(" + TOKEN.pattern + ")")


def tokens(sentence: str) -> Tokens:
    """The sentence's words and punctuation, each with its lower-case form and offset, clauses marked."""
    low = sentence.lower()
    if len(low) != len(sentence):  # lower() changed the length of a rare letter: lower each token apart
        return Tokens([Tok(m.group(0), m.group(0).lower(), m.start()) for m in TOKEN.finditer(sentence)])
    toks, lows, pos = [], [], 0
    for space, word in _SPACED_TOKEN.findall(low):  # the lower-case text splits as the sentence does
        pos += len(space)
        end = pos + len(word)
        toks.append(_new(Tok, (sentence[pos:end], word, pos)))
        lows.append(word)
        pos = end
    return Tokens(toks, lows)


def _positions(lows: list[str], word: str) -> list[int]:
    """Where `word` stands in `lows`, found by `list.index` (a search in C, not a loop over every token)."""
    out, k = [], -1
    while True:
        try:
            k = lows.index(word, k + 1)
        except ValueError:
            return out
        out.append(k)


_LIST_CLOSERS = frozenset("en of etc enz enzovoort e.d e.a".split())  # what ends an enumeration's items


def _list_comma(lows: list[str], k: int, ends: list[bool]) -> bool:
    """True when the comma at token k parts the items of an enumeration ("samen met waterschappen, provincies en
    gemeenten ontwikkelen we …") rather than two clauses: an "en" or "of" follows within a few words, or another
    such comma does, or the list closes with "etc." or "enz." ("op het gebied van materieel, nutriënten,
    gewasbeschermingsmiddelen etc. uit"). Commas are read from the last: a later comma of the list has been
    decided (`ends[j]` False)."""
    for j in range(k + 1, min(len(lows), k + 8)):
        x = lows[j]
        if x in _LIST_CLOSERS:
            return j > k + 1
        if x == ",":
            return not ends[j]
        if x in SUBORDINATORS or x in _VERBS_THAT_OPEN or not x[:1].isalnum() or (j == k + 1 and x == "waar"):
            return False  # ", waar functies … elkaar niet beïnvloeden": a relative clause, not the list's next item
    return False


def _opens_main_clause(toks: Tokens, start: int, i: int) -> bool:
    """True when the auxiliary at `i` opens the main clause after the subordinate clause that begins at `start`
    ("Omdat het hier gaat om een nieuw … kader zullen we …", "Als het nodig is zal het kabinet …", "Indien nodig
    blijkt zal ik …", the comma
    between them left out): that clause has a verb of its own before `i`, and a subject follows `i` (the main
    clause's order after a subordinate clause: the verb, then its subject), where in a verb cluster a verb or a
    participle does ("… moeten worden opgepakt")."""
    if toks[i].low not in _AUXILIARIES or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    if after.low in _FIRST_PERSON:
        return True  # "Wanneer de regeling werkt zal ik …": "zal ik" is a main clause's order, whatever came first
    if not (after.low in _SUBJECT_STARTS or after.text[:1].isupper()):
        return False
    return any(toks[k].low in _FINITE or toks[k].low in _ITS_OWN_VERB for k in range(start + 1, i))


# a condition without its verb ("indien nodig", "als mogelijk", "wanneer gewenst"): an adverbial, no clause of its own
_ELLIPTIC_OPENERS = frozenset("indien als wanneer waar".split())
_ELLIPTIC = frozenset("nodig noodzakelijk mogelijk gewenst wenselijk".split())
_ITS_OWN_VERB = frozenset("is zijn blijkt blijken lijkt lijken wordt worden".split())  # "indien nodig blijkt"


def _elliptic(lows: list[str], k: int) -> bool:
    """True when token k opens a condition without its verb ("Indien nodig zal ik …", "Ik zal indien nodig …"), not
    one with it ("indien nodig blijkt", "indien mogelijk is")."""
    return lows[k] in _ELLIPTIC_OPENERS and k + 1 < len(lows) and lows[k + 1] in _ELLIPTIC and not (
        k + 2 < len(lows) and lows[k + 2] in _ITS_OWN_VERB)


def clause(toks: Tokens, i: int) -> tuple[int, int]:
    """[start, end) of the clause around token `i`. A purpose clause that opens the sentence ("Om … te borgen zal
    het ministerie …") is not part of it; nor is a bullet. An aside in parentheses belongs to the clause it stands
    in, its commas and relative pronouns notwithstanding; a word inside one has its clause inside it."""
    ends, opens, pair = toks.ends, toks.opens, toks.pair
    start = i
    while start > 0 and not ends[start - 1] and not opens[start]:
        if pair and start - 1 in pair:
            if toks[start - 1].low != ")":
                break  # `i` stands in the parentheses: its clause begins inside them
            start = pair[start - 1]  # an aside in parentheses is part of the clause around it, whatever it holds
        else:
            start -= 1
    if toks[start].low == "om":
        te = max((k for k in range(start, i) if toks[k].low == "te"), default=None)
        if te is not None and te + 2 <= i:
            start = te + 2
    while start < i and toks[start].low in BULLETS:
        start += 1
    if start + 2 <= i and _elliptic([t.low for t in toks[start:start + 3]], 0):
        start += 2  # "Indien nodig zal ik …": the condition is weighed as the sentence's, the clause is the verb's
    if opens[start] and _opens_main_clause(toks, start, i):
        start = i
    end = _clause_end(toks, i + 1)
    if end == i + 2 and toks[i + 1].low == "," and toks[i].low in _AUXILIARIES and not opens[start]:
        aside = _aside_end(toks, i + 2)
        if aside is not None:
            end = _clause_end(toks, aside + 2)
    if end < len(toks) and toks[end - 1].low in BOUNDARY_AFTER:
        end -= 1
    return start, end


def _clause_end(toks: Tokens, end: int) -> int:
    """Where the clause that goes on at token `end` ends: after the token that closes it, or before one that opens
    another; an aside in parentheses is passed over."""
    ends, opens, pair = toks.ends, toks.opens, toks.pair
    while end < len(toks) and not ends[end - 1] and not opens[end]:
        if pair and end in pair:
            if toks[end].low != "(":
                break  # the closing parenthesis of the aside `i` stands in
            end = pair[end] + 1  # "We staan in de uiterwaarden (die vallen onder …) geen nieuwe bebouwing meer toe"
        else:
            end += 1
    return end


def _aside_end(toks: Tokens, k: int) -> int | None:
    """The comma that closes an aside set between commas after an auxiliary, the aside beginning at token `k` ("Het
    rapport wordt, zoals toegezegd, voor de zomer … gestuurd", "De regeling wordt, na overleg met de sector, per 1
    januari 2025 aangepast"), or None. An auxiliary of a main clause cannot end it (its participle or infinitive is
    still to come), so what follows the aside is its clause going on."""
    for j in range(k, min(len(toks), k + 16)):
        if toks[j].low == ",":
            return j if j > k and j + 1 < len(toks) and toks[j + 1].low[:1].isalnum() else None
        if toks[j].low in (".", ";", ":", "?", "!"):
            return None
    return None


# a focus particle before the subject ("Ook de Belastingdienst zal …", "Zelfs het kabinet …"), and the words a subject
# opens with after it
_FOCUS = frozenset("ook zelfs alleen vooral juist enkel slechts".split())
_SUBJECT_OPENS = frozenset("de het een ik wij we mijn ons onze zij hun dit deze".split())
_TIME_WORDS = frozenset("komende volgende afgelopen jaar jaren maand maanden week weken dag dagen periode tijd "
                        "voorjaar zomer najaar winter kwartaal".split())


def subject(sentence: str, toks: Tokens, i: int, start: int, language: str) -> tuple[str, int] | None:
    """The words of the subject of the verb at token `i` (its clause begins at `start`), and their offset; None when
    the clause has none (an impersonal passive: "Er wordt onderzocht", "zal met … worden verkend")."""
    pre = toks[start:i]
    if language == "nl" and pre and isinstance(toks, Tokens) and toks.as_role(start):
        pre = []  # "Als gevolg van de droogte zal het kabinet …": the role opens the clause as an adverbial does
    if pre and pre[0].low in SUBORDINATORS:
        pre = pre[1:]
    if language == "en":
        if not pre:
            return None
        return sentence[pre[0].start:toks[i].start].strip(), pre[0].start
    if pre and i + 1 < len(toks) and toks[i + 1].low in _FIRST_PERSON:
        # "De periode november 2022 tot januari 2023 gebruiken we om …": what opens the clause is its object or a
        # time; "we", "wij", "ik" right after the verb are its subject, whatever stands first
        return toks[i + 1].text, toks[i + 1].start
    if len(pre) >= 2 and pre[0].low in _FOCUS and (pre[1].low in _SUBJECT_OPENS or pre[1].text[:1].isupper()) and \
            not any(t.low in _TIME_WORDS or t.low[:1].isdigit() for t in pre[1:]):
        pre = pre[1:]  # "Ook de Belastingdienst zal …": the particle stands on the subject, no inversion; "Ook de
        # komende jaren blijft het kabinet …" is a time, and the subject follows the verb
    inverted = not pre or pre[0].low in PREPOSITIONS or pre[0].low in ADVERBS or pre[0].low[:1].isdigit() or (
        len(pre) == 1 and pre[0].low == "er")
    if pre and pre[0].low == "er":
        return None
    if not inverted:
        return sentence[pre[0].start:toks[i].start].strip(), pre[0].start
    j = i + 1
    while j < len(toks) and toks[j].low in SKIP_AFTER_VERB:
        j += 1
    if j >= len(toks) or toks[j].low in PREPOSITIONS or toks[j].low in BOUNDARY_AFTER or toks[j].low == "er":
        return None
    return sentence[toks[j].start:toks[j].start + 80], toks[j].start


def infinitive_last(rest: list[str]) -> str | None:
    """The clause's last word when it is an infinitive ("… berekenen", "… doen"), else None. A plural noun after its
    article is none ("Het kabinet laat de keuze aan de gemeenten")."""
    words = [x for x in rest if x[:1].isalpha()]
    if len(words) > 1 and words[-2] in _BEFORE_A_NOUN:
        return None
    if words and words[-1].endswith("en") and len(words[-1]) > 3 or words and words[-1] in ("doen", "gaan", "zien"):
        return words[-1]
    return None


# the words that stand before a noun and never before an infinitive ("het", "dat", "dit" may be its object: "We
# gaan het doen")
_BEFORE_A_NOUN = frozenset("de een deze alle onze hun mijn zijn haar uw elke iedere beide".split())


def infinitive_before_phrase(rest: list[str]) -> str | None:
    """The infinitive before a prepositional phrase that closes the clause ("blijft het kabinet investeren in
    onderwijs"), else None: a word in "-en" before the last preposition, with no other such word after it."""
    for k in range(1, len(rest)):  # the first preposition with such a word before it: the phrase may hold more
        if rest[k] in PREPOSITIONS:  # ("blijven ons inzetten voor een sterke positie van Nederland in de EU")
            word = rest[k - 1]
            if word.endswith("en") and len(word) > 3 and not any(x.endswith("en") and len(x) > 3 for x in rest[k + 1:]):
                return word
    return None




def participle_before(toks: Tokens, start: int, i: int) -> str | None:
    """A participle just before the auxiliary at `i` (a subordinate clause's verb cluster: "… behouden zal
    worden", "… wordt aangescherpt" said as "… aangescherpt wordt"); None if there is none."""
    for k in (i - 1, i - 2):
        if k >= start:
            x = toks[k].low
            if x in w.DELIVERED_NL or x in w.INFORMED_NL or PARTICIPLE.match(x) or UNSTRESSED.match(x):
                return x
    return None


def beside_worden(toks: Tokens, start: int, end: int) -> str | None:
    """The word beside "worden" in a verb cluster that ends like a participle ("zal … worden opengesteld"), or None."""
    for k in range(start, end):
        if toks[k].low == "worden":
            for j in (k + 1, k - 1):
                x = toks[j].low if start <= j < end else ""
                if re.match(r"^\w{4,}(?:d|t|en)$", x) and x not in w.STATE_INF_NL:
                    return x
    return None


_AFTER_PARTICLE = frozenset("en of om te zodat dat die waarmee waarin waarbij . ? !".split())


def particles(toks: Tokens, start: int, end: int) -> set[str]:
    """The words of toks[start:end] that stand as a separable verb's particle: at the clause's end or before a
    preposition, a conjunction or a relative clause ("voeren we zoetwater aan uit de rivieren": "aan", not "uit";
    "stelt in 2024 een expertteam in dat gemeenten ondersteunt")."""
    out = set()
    for k in range(start, end):
        nxt = toks[k + 1].low if k + 1 < len(toks) else "."
        if k + 1 >= end or nxt in PREPOSITIONS or nxt in _AFTER_PARTICLE or not nxt[:1].isalnum():
            out.add(toks[k].low)
    return out
