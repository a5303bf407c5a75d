import pytest

from opvolging.extract.dehyphenate import Vocabulary, should_join

EMPTY = Vocabulary("")


@pytest.mark.parametrize(("left", "right", "line"), [
    # "Ook zal er geen onderscheid worden gemaakt tussen de verschil-\nlende categorieën van recht"
    ("verschil", "lende", "tussen de verschil-\nlende categorieën"),
    # "Zo wordt het bestaansrecht van de hele mensenrechtencata-\nlogus"
    ("mensenrechtencata", "logus", "van de hele mensenrechtencata-\nlogus"),
    # "sprake is van een gelijk-\n waardige dialoog"
    ("gelijk", "waardige", "een gelijk-\n waardige dialoog"),
    # "Bouw actief aan … partnerschappen met het maatschappe-\nlijk middenveld"
    ("maatschappe", "lijk", "met het maatschappe-\nlijk middenveld"),
])
def test_hyphenation_is_joined(left, right, line):
    assert should_join(left, right, EMPTY, "nl"), line


def test_acronym_keeps_its_hyphen():
    # "Gebruik en stimuleer nieuwe internationale en EU-instrumenten" — an acronym before the hyphen
    assert not should_join("EU", "instrumenten", EMPTY, "nl")


def test_capital_after_the_hyphen_is_kept():
    # "de provincie Noord-Holland": the second part is a name
    assert not should_join("Noord", "Holland", EMPTY, "nl")


def test_document_vocabulary_decides_first():
    # "met name in de bilaterale relaties … anti-corruptie instrumentarium": the letter writes the pair hyphenated
    vocab = Vocabulary.of("het anti-corruptie instrumentarium te versterken", "nl")
    assert not should_join("anti", "corruptie", vocab, "nl")
    vocab = Vocabulary.of("zoals de mensenrechtenbescherming van onderaf", "nl")
    assert should_join("mensenrechtenbe", "scherming", vocab, "nl")


def test_vowel_clash_keeps_hyphen():
    # "religieuze en levensbeschouwelijke organisaties en media-instellingen": joined, "ai" would read as one sound
    assert not should_join("media", "instellingen", EMPTY, "nl")


def test_line_break_split_words_are_not_vocabulary():
    vocab = Vocabulary.of("tussen de verschil-\nlende categorieën", "nl")
    assert not vocab.has_word("verschil") and not vocab.has_word("lende")
    assert vocab.has_word("categorieën")
