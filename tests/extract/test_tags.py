import json
import re
import sys
import threading
import time
from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opvolging.extract import tag_words, tags
from opvolging.model import Commitment, Mention, Recommendation, Response


def rec(text: str, **kw) -> Recommendation:
    return Recommendation(id="r1", label="1", text=text, span=(0, len(text)), **kw)


def test_taxonomy_has_every_sdg_and_both_languages():
    tax = tags.taxonomy()
    assert [e["number"] for e in tax["sdgs"]] == list(range(1, 18))
    for kind in ("sdgs", "themes", "affected_persons"):
        assert all(e["en"] and e["nl"] and e["lexicon"] for e in tax[kind])
    assert tax["version"]


def test_taxonomy_holds_every_uhri_theme_of_the_corpus(corpus):
    gold = json.loads((corpus / "upr" / "slovenia_upr34_cycle3_thematic_list.gold.json").read_text())
    printed = {t for r in gold["recommendations"] for t in r["themes"]}
    assert printed <= {e["en"] for e in tags.taxonomy()["themes"]}


def test_dutch_recommendations_are_tagged_by_the_lexicon():
    # Kamerstuk 32 735, nr. 354, recommendation 1
    r = rec("Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.")
    tags.tag([r], "nl")
    assert r.tags_source == "lexicon" and 16 in r.sdgs
    assert {"Rule of law", "Democracy"} <= set(r.themes)
    assert "rechtsstaat" in r.tag_evidence["theme:Rule of law"]["words"]


def test_whole_word_keywords_do_not_match_inside_compounds():
    # recommendation 10: "postennetwerk" is no "werk"
    r = rec("Versterk de capaciteit en kennis inzake mensenrechten binnen de overheid, waaronder het postennetwerk.")
    tags.tag([r], "nl")
    assert "Right to work and to just & favorable conditions of work & labour rights" not in r.themes


def test_like_minded_is_not_equality():
    # recommendation 6: "gelijkgestemde landen" (like-minded countries) is cooperation between States, not
    # equality (SDG 10); "gelijke rechten" in the answer to recommendations 2 and 3 is
    r = rec("Bouw actief aan nieuwe (en wisselende) coalities met gelijkgestemde landen en aan partnerschappen met "
            "het maatschappelijk middenveld binnen en buiten Europa op basis van gedeelde waarden en belangen.")
    tags.tag([r], "nl")
    assert 10 not in r.sdgs and "Inter-State cooperation & development or humanitarian assistance" in r.themes
    r = rec("Kom op voor gelijke rechten voor vrouwen en meisjes en voor LHBTIQ+.")
    tags.tag([r], "nl")
    assert 10 in r.sdgs


def test_dutch_policy_words_alone_are_no_policy_framework():
    # the answer to recommendation 1: a letter's "buitenlands beleid" and "beleidsbrief" name no human-rights
    # framework; nor does the SDG agenda as "een wereldwijd kader"; "mensenrechtenbeleid" does
    answer = Response(id="a1", answers=["r1"], span=(0, 0), text=(
        "De AIV stelt terecht dat Nederland de bescherming van grondrechten en rechten van de mens grondslag heeft "
        "gemaakt van de eigen rechtsorde en van zijn buitenlands beleid. Zoals aangekondigd in de bovengenoemde "
        "beleidsbrief Buitenlandse Zaken zal het kabinet een beleidsbrief aan de Kamer sturen. De duurzame "
        "ontwikkelings (SDG)-agenda biedt een wereldwijd kader voor een samenhangende (integrale) benadering."))
    r = rec("Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.", response_id="a1")
    tags.tag([r], "nl", [answer])
    assert "Legal, institutional & policy framework" not in r.themes
    r = rec("Maak mensenrechten een expliciet onderdeel van andere mondiale beleidsterreinen, zoals klimaat; "
            "integreer dit in het mensenrechtenbeleid.")
    tags.tag([r], "nl")
    assert "Legal, institutional & policy framework" in r.themes


def test_institutional_infrastructure_is_no_sdg_9():
    # the answer to recommendation 4: the "infrastructuur" of institutions that prevent and redress violations
    answer = Response(id="a4", answers=["r4"], span=(0, 0), text=(
        "Het gaat om de aanwezigheid van een (constitutionele, politieke en maatschappelijke) infrastructuur om "
        "schendingen te voorkomen en te herstellen. Het kabinet steunt het functioneren van die infrastructuur."))
    r = rec("Verdedig en bescherm proactief de internationale en nationale mensenrechteninfrastructuur.",
            response_id="a4")
    tags.tag([r], "nl", [answer])
    assert 9 not in r.sdgs and "Legal, institutional & policy framework" in r.themes


def test_english_recommendations_are_tagged_by_the_model():
    # Slovenia, 3rd cycle (A/HRC/43/15), 121.1 and a recommendation on violence against women
    a = rec("Ratify the International Convention for the Protection of All Persons from Enforced Disappearance "
            "(France) (Lithuania);")
    b = rec("Step up efforts to combat domestic violence and violence against women and girls (Spain);")
    tags.tag([a, b], "en")
    assert a.tags_source == b.tags_source == "model"
    assert 16 in a.sdgs and "Acceptance of international norms" in a.themes
    assert 5 in b.sdgs and "Violence against women" in b.themes
    ev = b.tag_evidence["sdg:5"]
    assert 0.5 <= ev["score"] <= 1 and ev["words"]


def test_a_label_too_rare_to_learn_is_tagged_by_its_keywords():
    # Slovenia 122.112: SDG 2 (hunger, nutrition) is on one recommendation of the training list, too few to learn;
    # its keywords tag it, score 1.0, next to the model's tags and in label order
    m = tags.model()
    two, sixteen = m.labels.index("sdg:2"), m.labels.index("sdg:16")
    assert m.keyword_labels[two] and m._floor_logits[two] == -np.inf  # rare: its keywords tag it always
    assert m.keyword_labels[sixteen] and m._floor_logits[sixteen] > -np.inf  # learned: when the model half agrees
    r = rec("Develop and implement additional policies for the protection of children to ensure that migrant "
            "children, Roma children and other vulnerable children have free access to education, health care, "
            "decent housing and adequate nutrition, as well as to combat child poverty and social exclusion "
            "(Uruguay);")
    tags.tag([r], "en")
    assert r.tag_evidence["sdg:2"] == {"score": 1.0, "words": ("nutrition",)}
    assert {2, 4}.issubset(r.sdgs) and r.sdgs == sorted(r.sdgs)
    found = m.tags(r.text)
    assert [t.label for t in found] == sorted(t.label for t in found)


def test_an_sdg_no_training_recommendation_had_is_tagged_by_its_own_words():
    # SDG 7 is on none of Slovenia's recommendations; the SDG Classification Benchmark's text "Energy efficiency
    # targets are now in place …" is about it: what carries over to another list is the goal's own words
    r = rec("Energy efficiency targets are now in place at the national level, and the share of renewable energy "
            "in electricity generation has grown.")
    tags.tag([r], "en")
    assert 7 in r.sdgs and r.tag_evidence["sdg:7"]["score"] == 1.0


def test_printed_tags_are_kept():
    r = rec("Ratify the Convention (France);", themes=["Acceptance of international norms"], sdgs=[16],
            tags_source="printed")
    tags.tag([r], "en")
    assert r.themes == ["Acceptance of international norms"] and r.sdgs == [16] and r.tag_evidence == {}


def test_model_artefact_is_small_and_loads_fast():
    path = resources.files("opvolging.data").joinpath("tag_model.npz")
    assert path.is_file(), "run scripts/build_tag_model.py"
    with resources.as_file(path) as p:
        assert p.stat().st_size < 20_000_000
        start = time.perf_counter()
        tags.TagModel(p)
        assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", ["", "(France);", "12345"])
def test_degenerate_texts(text):
    r = rec(text)
    tags.tag([r], "en")
    assert isinstance(r.sdgs, list)


def test_lexicon_phrases_and_patterns_match():
    # phrases ("violence against women") and patterns ("social (?:security|…)") of the taxonomy, not only stems
    found = {t.label for t in tags.lexicon_tags("Combat violence against women and improve social security")}
    assert {"theme:Violence against women", "theme:Right to social security", "sdg:1"} <= found


def test_a_batch_scores_each_text_as_if_it_were_alone():
    # Slovenia, 3rd cycle (A/HRC/43/15): 121.3, 122.63 and 121.52
    texts = [
        "Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour "
        "Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);",
        "Gradually increase official development assistance to reach the international target of 0.7 per cent "
        "of gross national product (Luxembourg);",
        "Ensure respect for the principle of non-refoulement through individual assessment of each migratory "
        "situation (Peru);",
    ]
    m = tags.model()
    together = m.tags_batch(tags.Batch(texts), tags.lexicon())
    alone = [m.tags(t) for t in texts]
    assert together == alone
    assert 8 in [int(t.label[4:]) for t in together[0] if t.label.startswith("sdg:")]


def test_closing_states_are_left_out_but_not_other_brackets():
    # Slovenia 121.2: the States close each part of the recommendation
    text = ("Complete the process of ratification of the International Convention for the Protection of All "
            "Persons from Enforced Disappearance (Ukraine); Increase efforts towards ratification of the "
            "International Convention for the Protection of All Persons from Enforced Disappearance (Slovakia);")
    assert "Ukraine" not in tags.clean_for_tagging(text) and "Slovakia" not in tags.clean_for_tagging(text)
    # constructed: a bracket inside the text stays
    inner = "Adopt a national action plan (2020–2025) on business and human rights (Kenya)"
    batch = tags.Batch([inner, text])
    assert batch.texts[0] == "adopt a national action plan (2020–2025) on business and human rights "
    assert "ukraine" not in batch.flat and "slovakia" not in batch.flat
    assert batch.flat == batch.words[0] + batch.words[1]
    assert batch.doc_of.tolist() == [0] * len(batch.words[0]) + [1] * len(batch.words[1])
    # constructed: a bracket left open at the end of one text and closed in the next is not one group
    batch = tags.Batch(["Report under paragraph (a", "and b) (Spain);"])
    assert batch.texts == ["report under paragraph (a", "and b) ;"]


def test_pattern_alternatives_become_phrases():
    assert tags._literals("deprived of (?:their )?liberty") == ["deprived of their liberty", "deprived of liberty"]
    assert sorted(tags._literals("institutionali[sz]ed (?:children|minors)")) == [
        "institutionalised children", "institutionalised minors", "institutionalized children",
        "institutionalized minors"]
    assert tags._literals("women.{0,40}political") is None


def test_hyphenated_keywords_match_as_phrases():
    # Slovenia 121.52: "non-refoulement" is two words to the tokenizer, and one keyword of the taxonomy
    found = tags.lexicon().match("Ensure respect for the principle of non-refoulement through individual assessment")
    assert "non-refoulement" in found["theme:Refugees & asylum seekers"]


def test_a_phrase_does_not_run_into_the_next_text():
    # "violence against women" is a phrase of the taxonomy: one text ending where the next begins is not it
    batch = tags.Batch(["Combat domestic violence", "Against women, and men, no discrimination"])
    found = tags.lexicon().match_batch(batch)
    assert all("theme:Violence against women" not in f for f in found)
    assert "theme:Violence against women" in tags.lexicon().match("Combat violence against women")


def test_a_keyword_pattern_does_not_reach_into_the_next_text():
    # "women.{0,40}(?:political|…)" (Participation of women in political & public life) must stay in one text
    batch = tags.Batch(["Protect women", "Increase political participation"])
    found = tags.lexicon().match_batch(batch)
    assert all("theme:Participation of women in political & public life" not in f for f in found)


def test_dutch_tags_read_the_answer_when_it_names_a_subject_twice():
    # Kamerstuk 32 735, nr. 354, recommendation 3 names no subject; its answer speaks of women and girls
    r = rec("Maak niet langer onderscheid tussen verschillende categorieën van rechten.", response_id="a2")
    answer = Response(id="a2", answers=["r1"], span=(0, 0), text=(
        "Het kabinet voert een feministisch buitenlandbeleid: de rechten van vrouwen en meisjes staan centraal."))
    once = Response(id="a2", answers=["r1"], span=(0, 0), text="Het kabinet spreekt ook met vrouwen.")
    tags.tag([r], "nl", [answer])
    assert 5 in r.sdgs and r.tag_evidence["sdg:5"]["score"] == tags.ANSWER_SCORE
    tags.tag([r], "nl", [once])
    assert 5 not in r.sdgs


def test_dutch_tags_read_a_promise_in_the_answer_that_names_a_subject_once():
    # Kamerstuk 32 735, nr. 354, the answer to recommendations 2 and 3 names LHBTIQ+ once, in what the cabinet
    # promises; the same word in passing in an answer does not count
    promise = ("Binnen het brede scala aan mensenrechten zal het kabinet wel, zoals vastgelegd in het "
               "regeerakkoord, en conform het aangekondigde feministisch buitenland beleid, speciale aandacht blijven "
               "geven aan gelijke rechten voor vrouwen en meisjes en voor LHBTIQ+, vrijheid van religie en "
               "levensovertuiging, vrijheid van meningsuiting (zowel online als offline) en mensenrechtenverdedigers "
               "en maatschappelijke ruimte.")
    text = "Het kabinet onderschrijft dit. " + promise
    start = text.index(promise)
    answer = Response(id="a2", answers=["2"], span=(0, len(text)), text=text)
    r = rec("Maak niet langer onderscheid tussen verschillende categorieën van rechten.", response_id="a2")
    kept = Commitment(id="c6", action=promise, actor="kabinet", deadline_text=None, due=None, after=None,
                      recommendations=["2"], mentions=[Mention(promise, (start, len(text)))])
    tags.tag([r], "nl", [answer], [kept])
    assert "LGBTI" in r.themes and "Human rights defenders" in r.affected_persons
    assert "Civil society" in r.affected_persons  # "maatschappelijke ruimte": civic space
    assert r.tag_evidence["theme:LGBTI"] == {"score": tags.ANSWER_SCORE, "words": ("lhbtiq",)}
    tags.tag([r], "nl", [answer], [])
    assert "LGBTI" not in r.themes
    elsewhere = Commitment(id="c1", action="x", actor="kabinet", deadline_text=None, due=None, after=None,
                           recommendations=[], mentions=[Mention(promise, (len(text) + 10, 2 * len(text)))])
    tags.tag([r], "nl", [answer], [elsewhere])  # a promise outside this answer
    assert "LGBTI" not in r.themes


def test_a_title_in_the_answer_names_no_subject():
    # Kamerstuk 32 735, nr. 354: the policy letter «Mensenrechten, Democratie en Internationale Rechtsorde», named
    # twice in the answer to recommendation 2, makes it no recommendation on democracy or the rule of law
    text = ("In de beleidsbrief «Mensenrechten, Democratie en Internationale Rechtsorde» zullen de grondbeginselen "
            "centraal staan. In de beleidsbrief «Mensenrechten, Democratie en Internationale Rechtsorde» zal verder "
            "speciale aandacht worden besteed aan het tegengaan van flagrante corruptie en kleptocratie.")
    r = rec("Maak niet langer onderscheid tussen verschillende categorieën van rechten.", response_id="a2")
    tags.tag([r], "nl", [Response(id="a2", answers=["2"], span=(0, len(text)), text=text)])
    assert "Democracy" not in r.themes and "Rule of law" not in r.themes
    tags.tag([r], "nl", [Response(id="a2", answers=["2"], span=(0, len(text)), text=text.replace("«", ""))])
    assert "Democracy" in r.themes


@settings(max_examples=500)
@given(st.lists(st.text(alphabet=st.sampled_from("ab_Z09 \n\t.,;:()’“”–−éüÉ²Ⓐ\x00-"), max_size=40), max_size=4))
def test_a_batch_lowers_and_splits_as_the_regular_expression_does(texts):
    # the words are read from bytes (`_lowered`, `_spans`): they must be what `\w+` finds in the lower-cased
    # text, each text's on its own, and a word's hash must name its spelling
    batch = tags.Batch(texts)
    cleaned = [tags.clean_for_tagging(t.replace("\n", " ")).lower() for t in texts]
    assert batch.texts == cleaned
    assert batch.words == [re.findall(r"\w+", t) for t in cleaned]
    assert batch.doc_of.tolist() == [i for i, t in enumerate(cleaned) for _ in re.findall(r"\w+", t)]
    assert [batch.word(k) for k in range(len(batch.flat))] == batch.flat
    spelled = dict(zip(batch.hashes.tolist(), batch.flat, strict=True))
    assert len(spelled) == len(set(batch.flat)) and all(spelled[h] == w for h, w in
                                                        zip(batch.hashes.tolist(), batch.flat, strict=True))


def test_long_words_hash_apart():
    # constructed: words longer than the eight bytes hashed at a time, alike but for one byte, or but for their
    # length, or in their ninth to sixteenth bytes
    words = ["nondiscrimination", "nondiscriminations", "nondiscriminatiom", "internationally", "international",
             "abcdefgh", "abcdefghi", "abcdefgh0", "abcdefghabcdefgh", "abcdefghabcdefgi", "é" * 9, "é" * 10]
    batch = tags.Batch([" ".join(words)])
    assert batch.flat == words and len(set(batch.hashes.tolist())) == len(words)


def test_a_hash_memo_finds_what_it_was_told_through_collisions_and_growth():
    # constructed: hashes that share their first bits share a slot of the table
    memo = tags._HashMemo()
    hashes = np.array([(7 << 54) + 2 * k + 1 for k in range(300)] + [(k << 40) + 1 for k in range(1, 2000)],
                      dtype=np.uint64)
    assert memo.lookup(hashes, lambda k: k * 10).tolist() == [k * 10 for k in range(len(hashes))]
    assert memo.size == len(hashes)
    values, missing = memo.get(np.concatenate([hashes[::-1], np.array([3, 5], dtype=np.uint64)]))
    assert values.tolist() == [k * 10 for k in range(len(hashes))][::-1] + [0, 0]
    assert missing.tolist() == [False] * len(hashes) + [True, True]


def test_scores_are_rounded_to_three_decimals():
    # Slovenia 121.37
    r = rec("Strengthen measures to prevent and combat violence against women, including domestic violence and "
            "sexual abuse (Maldives);")
    tags.tag([r], "en")
    assert all(len(repr(e["score"]).split(".")[-1]) <= 3 for e in r.tag_evidence.values())


def test_words_remembered_for_one_lexicon_are_not_read_with_another():
    # Slovenia 121.37, scored with a lexicon that knows no keyword, then with the taxonomy's
    text = "Strengthen measures to prevent and combat violence against women (Maldives);"
    m = tags.model()
    fresh = m.tags_batch(tags.Batch([text]), tags.lexicon())
    m.tags_batch(tags.Batch([text]), tags.Lexicon([("sdg:5", "zzzz")]))
    assert m.tags_batch(tags.Batch([text]), tags.lexicon()) == fresh


def test_evidence_read_in_chunks_is_the_evidence_read_at_once(monkeypatch):
    # Slovenia 121.37, 121.3 and 122.63, many times over: the evidence is read in chunks of pairs; every chunk
    # boundary (here every 50 pairs) must leave each text's tags as they are when it is scored alone
    texts = [
        "Strengthen measures to prevent and combat violence against women, including domestic violence and "
        "sexual abuse (Maldives);",
        "Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour "
        "Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);",
        "Gradually increase official development assistance to reach the international target of 0.7 per cent "
        "of gross national product (Luxembourg);",
    ]
    m = tags.model()
    alone = [m.tags(t) for t in texts]
    from opvolging.extract import tag_model

    monkeypatch.setattr(tag_model, "_CHUNK", 50)
    assert m.tags_batch(tags.Batch(texts * 40), tags.lexicon()) == alone * 40


def test_a_tag_that_no_word_weighed_for_has_no_words():
    # a model whose bias alone reaches every threshold tags even a text without words, and names no word
    m = tags.TagModel(resources.files("opvolging.data").joinpath("tag_model.npz"))
    m.bias = m.bias + 100.0
    assert m.tags_batch(tags.Batch([""]), tags.lexicon())[0] == [tags.Tag(label, 1.0, ()) for label in m.labels]
    found = m.tags_batch(tags.Batch(["", "Combat torture (France);"]), tags.lexicon())
    assert len(found[0]) == len(m.labels) and all(t.words == () for t in found[0])
    assert "torture" in next(t.words for t in found[1] if t.label == "sdg:16")


def test_a_model_that_forgets_words_tags_as_before(monkeypatch):
    # Slovenia 121.37: a model remembers the codes of at most _REMEMBERED words, then starts again
    text = "Strengthen measures to prevent and combat violence against women (Maldives);"
    m = tags.TagModel(resources.files("opvolging.data").joinpath("tag_model.npz"))
    before = m.tags_batch(tags.Batch([text]), tags.lexicon())
    monkeypatch.setattr(tag_words, "_REMEMBERED", 5)
    assert m.tags_batch(tags.Batch(["Combat torture (France);"]), tags.lexicon())
    assert m.tags_batch(tags.Batch([text]), tags.lexicon()) == before
    assert m._codes.size == len(m._spellings) <= len(set(tags.Batch([text]).flat))


def test_threads_tag_side_by_side_as_one_does_alone(monkeypatch, corpus):
    # a web server reads uploads side by side: the memos and the Snowball stemmer are shared, so tagging holds a
    # lock. Six threads tag the bare Slovenia list's recommendations in overlapping batches, with memos small
    # enough to start again often, and switching threads as often as Python allows.
    lines = (corpus / "upr" / "slovenia_upr34_cycle3_bare_list.txt").read_text(encoding="utf-8").splitlines()
    texts = [line.split(" ", 1)[1] for line in lines if re.match(r"\d{3}\.\d+ ", line)][:150]
    path = resources.files("opvolging.data").joinpath("tag_model.npz")
    alone = tags.TagModel(path)
    want = {t: alone.tags_batch(tags.Batch([t]), tags.lexicon())[0] for t in texts}
    monkeypatch.setattr(tag_words, "_REMEMBERED", 300)
    shared = tags.TagModel(path)
    lex = tags.lexicon.__wrapped__()  # the taxonomy's lexicon, with memos of its own that start empty
    failures: list[str] = []

    def work(k: int) -> None:
        try:
            for r in range(15):
                batch = texts[(k * 7 + r * 13) % 110:][:40]
                if shared.tags_batch(tags.Batch(batch), lex) != [want[t] for t in batch]:
                    failures.append("different tags")
        except Exception as e:  # noqa: BLE001 (any error in a thread is a failure here)
            failures.append(repr(e))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []


def test_a_pattern_is_searched_where_its_opening_text_may_be():
    # constructed: a pattern is searched only in texts holding the text its matches begin with; an optional
    # last letter ("colou?r") is not part of it
    assert tags._opening_literal("women.{0,40}(?:political|public life)") == "women"
    assert tags._opening_literal("colou?r.{0,5}red") == "colo"
    lex = tags.Lexicon([("theme:Colour", "colou?r.{0,5}red")])
    assert lex.match("a color, red") == {"theme:Colour": ["color, red"]}


def test_a_word_that_weighed_twice_is_said_once():
    # Slovenia 122.63: "official development" is a keyword of SDG 17 and of two themes; each of their flags
    # weighs for SDG 17, and the phrase is still one of its words, once
    text = ("Gradually increase official development assistance to reach the international target of 0.7 per cent "
            "of gross national product (Luxembourg);")
    found = tags.model().tags(text)
    assert "official development" in next(t.words for t in found if t.label == "sdg:17")
    assert all(len(set(t.words)) == len(t.words) for t in found)


def test_a_restriction_is_not_a_disability():
    # Kamerstuk 32 735, nr. 354, the answer to recommendation 9: "beperking" is a restriction here; Dutch
    # speaks of disability as "mensen met een beperking" or "functiebeperking"
    found = tags.lexicon().match("Nederland zal zich ook blijven inzetten om de beperking van de democratische "
                                 "ruimte, mensenrechten en de rechtstaat binnen de EU zoveel mogelijk tegen te gaan.")
    assert "person:persons with disabilities" not in found and "sdg:10" not in found
    assert "person:persons with disabilities" in tags.lexicon().match("Mensen met een beperking doen volop mee.")


def test_dutch_words_that_only_begin_like_a_keyword_name_nothing():
    # Kamerstuk 32 735, nr. 354: "politieke" (political) is no police, "inclusief" (including) no inclusion,
    # "geloofwaardigheid" (credibility) no belief, "de internationale gemeenschap" no local community (SDG 11)
    lex = tags.lexicon()
    found = lex.match("maar ook de voldoende aanwezigheid van een (constitutionele, politieke en maatschappelijke) "
                      "infrastructuur om schendingen te voorkomen te herstellen")
    assert "person:Law enforcement / police & prison officials" not in found and "sdg:16" not in found
    found = lex.match("Ook zal er geen onderscheid worden gemaakt tussen de verschillende categorieën van recht, maar "
                      "zal de inzet van dit kabinet zich vooral richten op het beschermen en ontwikkelen van de "
                      "mensenrechten en het bijhorende instrumentarium en instellingen, inclusief bijdragen aan "
                      "nieuwe rechtsontwikkelingen.")
    assert "sdg:10" not in found and "theme:Persons with disabilities: independence, inclusion" not in found
    found = lex.match("Om de geloofwaardigheid van de Nederlandse mensenrechteninzet te garanderen, is het van belang "
                      "dat Nederland open en eerlijk is.")
    assert "theme:Freedom of thought, conscience & religion" not in found
    found = lex.match("Zoals de AIV terecht stelt is het toneel van de internationale gemeenschap veel pluriformer "
                      "dan voorheen.")
    assert "sdg:11" not in found
    # Kamerstuk 34 300 VII, nr. 60: "te werk gaan" (proceed) is no work; nor is "met zorg" (with concern) health care
    found = lex.match("In lijn met de oproep van de Raad om proactief te werk te gaan is de uitwerking van de "
                      "aanbevelingen na ontvangst van het advies meteen gestart.")
    assert "theme:Right to work and to just & favorable conditions of work & labour rights" not in found
    assert "sdg:3" not in lex.match("Het kabinet heeft met zorg kennisgenomen van de berichten.")
    # the words they were mistaken for still count
    assert "sdg:3" in lex.match("de toegang tot zorg") and "sdg:8" in lex.match("werkloosheid onder jongeren")
    assert "person:Law enforcement / police & prison officials" in lex.match("Het politieoptreden bij betogingen.")
    assert "sdg:10" in lex.match("Een inclusieve samenleving.")
    assert "theme:Freedom of thought, conscience & religion" in lex.match("vrijheid van geloofsovertuiging")


def test_english_words_that_only_begin_like_a_keyword_name_nothing():
    # Slovenia, 3rd cycle: "benefit from" (122.75) is no social security, "foreign occupation" (122.69) no
    # foreigners (SDG 10), "gender identity" (121.12) no identity document; none of the three is so labelled
    lex = tags.lexicon()
    assert "theme:Right to social security" not in lex.match(
        "Ensure that all detained persons benefit effectively from the right of access to a lawyer from the very "
        "outset of their deprivation of liberty, if necessary free of charge (Denmark);")
    assert "sdg:10" not in lex.match(
        "Strengthen oversight over Slovenian companies operating abroad with regard to any negative impact of their "
        "activities on the enjoyment of human rights, particularly in conflict areas, which includes situations of "
        "foreign occupation, where there are heightened risks of human rights abuses (State of Palestine);")
    assert "theme:Rights related to name, identity & nationality" not in lex.match(
        "Explicitly prohibit discrimination on the basis of sexual orientation and gender identity and promote "
        "awareness-raising campaigns to combat stereotypes and prejudices against lesbian, gay, bisexual, "
        "transgender and intersex people (Israel);")
    # a recommending State such as "(Bosnia and Herzegovina)" is no forest; a "consultant" no consultation,
    # "pressure" no press, "waterboarding" no drinking water
    assert "sdg:15" not in lex.match("Ensure access to education for Roma children (Bosnia and Herzegovina);")
    assert "theme:Cooperation and meaningful consultation with civil society & participation" not in lex.match(
        "Hire a consultant to review the prison system")
    assert "theme:Freedom of opinion & expression & right to information" not in lex.match("Resist the pressure")
    assert "sdg:6" not in lex.match("Prohibit waterboarding")
    # the words they were mistaken for still count
    assert "sdg:10" in lex.match("combat hate speech against minorities and foreigners (Tunisia);")
    assert "theme:Rights related to name, identity & nationality" in lex.match("obtain identity documents")
    assert "theme:Sexual & other forms of gender-based violence" in lex.match("Criminalize marital rape")
    assert "sdg:6" in lex.match("access to safe drinking water") and "sdg:15" in lex.match("protect the forests")
