"""Is this sentence a promise? The definition Opvolging reads commitments by, and the rules that follow it.

**A commitment is a promise**: the government side undertakes to do, deliver or send something. The government
side is the cabinet, the signing minister writing "ik" or "wij", a ministry ("het ministerie van IenW", "IenW"),
"het Rijk", a minister or state secretary, "Nederland" in its foreign policy, or, in a State's answer to the UN,
the Government or the State itself; a joint actor counts when the government is one of them ("Rijk en gemeenten
ontwikkelen …"). It undertakes:

- in the future tense, acting: "Het ministerie zal de kerosinekwaliteit … agenderen", "We gaan samen met de
  partners werken aan …", "Slovenia will continue to promote …";
- in the passive where plainly it acts and no one else does: "De Kamer wordt … in het voorjaar van 2023 …
  geïnformeerd", "Aanvullend zal … nader worden verkend hoe …", "Er wordt onderzocht hoe …", "A new Resolution …
  is being drafted";
- in the present tense with a time it is due by ("Ik stuur uw Kamer voor de zomer een brief", "Het ministerie van
  IenW laat in de eerste helft van 2023 … berekenen"), or for work that will deliver something ("We herijken de
  aanpak …", "verkennen we of …", "Er wordt … gewerkt aan een Landbouwakkoord");
- a policy letter's decisions, in the present tense or the passive ("We begrenzen de koelwaterlozingen", "We sturen
  als overheden op zo min mogelijk afdekking", "Bestaande … afspraken … worden gerespecteerd");
- said outright ("Ik zeg toe …", "ik ben voornemens …"), a decision or a choice announced ("Het kabinet heeft
  besloten om …", "Het kabinet kiest ervoor om …"), or as a continuing promise ("we blijven ons … inzetten", "Dat
  blijven we doen").

Not a promise: a prediction or expectation about the world ("Extreme zomers … zullen in 2050 mogelijk twee keer zo
vaak voorkomen"), what others will do ("Het Europees Parlement zal het voorstel behandelen"; a state agency's own
plans are possible promises for a person to confirm), what this letter itself does ("Hierbij bied ik u … aan",
"In deze brief vertellen we …"), a description of existing policy or work ("Momenteel worden … uitgevoerd",
"Hiermee zorgen we voor …"), a condition or hypothesis ("Mocht dit tot vertraging leiden, dan zal …"), a must
("We moeten de bodem … slimmer gebruiken").

`read(sentence)` gives a `Reading`: the confidence that the sentence is such a promise (0 to 1), the reason in
words a person can check, and the government actor as printed. A reading at or above `PROMISE` is a commitment; one
between `POSSIBLE` and `PROMISE` is a possible commitment, shown to an editor for review and never as a promise.
"""

from __future__ import annotations

from datetime import date

from opvolging.extract.promise_reading import POSSIBLE, PROMISE, Reading  # noqa: F401 — the reading's interface
from opvolging.extract.promises_en import read_en
from opvolging.extract.promises_nl import read_nl

# A "sentence" longer than this is no sentence a letter writes (its longest run to some 800 characters) but text
# without full stops: a table's cells, a PDF's debris. It is not read as a promise: each verb in it would be read
# against all of its words.
MAX_SENTENCE = 1500


def read(sentence: str, language: str = "nl", reference: date | None = None,
         state: str | None = None) -> Reading | None:
    """How `sentence` reads as a promise (see the module docstring); None when nothing in it could be one.

    `reference` is the letter's date, against which a time is future or past; `state`, in a State's answer to the
    UN, the State's name (it speaks of itself by name)."""
    if len(sentence) > MAX_SENTENCE:
        return None
    if language == "en":
        return read_en(sentence, reference, state)
    return read_nl(sentence, reference)
