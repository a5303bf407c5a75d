"""A letter's table of actions (extract.commitment_tables): each row under a header with an action and a time column
is a promise without a verb. The table is in the genre's words (an action table of a progress letter), written for
this test."""

from datetime import date

from opvolging.extract.commitments import read_commitments
from opvolging.extract.normalize import normalize

LETTER = """Geachte voorzitter,

In de onderstaande tabel staan de acties die ik de komende periode neem.

Actie | Verantwoordelijk | Planning
Evaluatie van de Wet verplichte meldcode | VWS | Q3 2024
Wetsvoorstel versterking toezicht in internetconsultatie | VWS en JenV | Najaar 2024
Onderzoek naar de effecten van de pilot | ZonMw | Voorjaar 2025
Eigen campagne van de sector | Brancheorganisaties | Eind 2024

Ik informeer uw Kamer voor de zomer over de eerste resultaten."""


def test_each_row_of_a_table_of_actions_is_a_promise_due_when_its_planning_says():
    text = normalize([LETTER]).text
    strong, weak = read_commitments(text, [(0, len(text))], [], date(2024, 3, 14), "nl", "kabinet", "Minister")
    rows = {c.action: (c.due, c.actor) for c in strong}
    assert rows["Evaluatie van de Wet verplichte meldcode"] == ("2024-09-30", "VWS")
    assert rows["Wetsvoorstel versterking toezicht in internetconsultatie"] == ("2024-12-21", "VWS")
    assert "Ik informeer uw Kamer voor de zomer over de eerste resultaten." in rows
    # a state agency's row is for review; another's is none
    assert [(c.action, c.actor) for c in weak] == [("Onderzoek naar de effecten van de pilot", "ZonMw")]
    assert not any("sector" in c.action for c in strong + weak)
    # the header is no promise, and each row is one commitment that mentions its whole row
    assert len(strong) == 3
    (evaluation,) = [c for c in strong if c.action.startswith("Evaluatie")]
    assert evaluation.mentions[0].text == "Evaluatie van de Wet verplichte meldcode | VWS | Q3 2024"


def test_a_table_without_an_action_and_a_time_column_gives_no_rows():
    text = normalize(["Regio | Aantal | Bedrag\nNoord | 12 | € 3 miljoen\nZuid | 8 | € 2 miljoen"]).text
    strong, weak = read_commitments(text, [(0, len(text))], [], date(2024, 3, 14), "nl", "kabinet", "Minister")
    assert strong == [] and weak == []


def test_a_planning_as_a_table_of_steps():
    # GENRE: a bill's planning as a table: its steps and quarters
    text = normalize(["Stap | Kwartaal\nInternetconsultatie van het wetsvoorstel | Q2 2024\nIndiening bij uw Kamer | "
                      "Q1 2025"]).text
    strong, _ = read_commitments(text, [(0, len(text))], [], date(2024, 3, 14), "nl", "kabinet", "Minister")
    assert [(c.action, c.due) for c in strong] == [("Internetconsultatie van het wetsvoorstel", "2024-06-30"),
                                                   ("Indiening bij uw Kamer", "2025-03-31")]
