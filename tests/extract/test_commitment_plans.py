"""A letter's planning set out as a list of steps with their times (extract.commitment_plans): each step is a promise
without a verb. The list is in the genre's words (a letter on a bill's planning), written for this test."""

from datetime import date

from opvolging.extract.commitments import read_commitments
from opvolging.extract.normalize import normalize

LETTER = """Met deze brief informeer ik u over de planning van het wetsvoorstel.

De planning ziet er als volgt uit:
- Q2 2024: internetconsultatie van het wetsvoorstel;
- Q4 2024: advies Raad van State;
- Voorjaar 2025: indiening bij uw Kamer;
- 1 januari 2026: beoogde inwerkingtreding.

Ik houd uw Kamer op de hoogte van de voortgang."""


def test_each_step_of_a_planning_is_a_promise_due_when_it_says():
    text = normalize([LETTER]).text
    strong, weak = read_commitments(text, [(0, len(text))], [], date(2024, 3, 14), "nl", "kabinet", "Minister")
    steps = {c.action: c.due for c in strong}
    assert steps["Internetconsultatie van het wetsvoorstel"] == "2024-06-30"
    assert steps["Indiening bij uw Kamer"] == "2025-06-21"
    assert not any("Raad van State" in c.action for c in strong + weak)  # the Raad van State's step
    # a law's entry into force is for review, on its day
    assert [(c.action, c.due) for c in weak] == [("Beoogde inwerkingtreding", "2026-01-01")]


def test_a_list_that_announces_no_planning_gives_no_steps():
    text = normalize(["De raad noemt drie punten:\n- Q2 2024: een evaluatie;\n- Voorjaar 2025: een debat."]).text
    strong, weak = read_commitments(text, [(0, len(text))], [], date(2024, 3, 14), "nl", "kabinet", "Minister")
    assert strong == []
