from opvolging.extract.normalize import find_footers, normalize

FOOTER = "Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4"


def test_line_end_hyphenation_joined_and_real_hyphens_kept():
    raw = ("Zo wordt het bestaansrecht van de hele mensenrechtencata-\nlogus, met daarbij zowel de burger- en "
           "politieke rechten als de sociaaleco-\nnomische en andere rechten, gegarandeerd.\n\n"
           "van vrije media tot mensenrechtenverdedigers en -organisaties: een sterk\nmaatschappelijk middenveld.")
    n = normalize([raw])
    assert "mensenrechtencatalogus" in n.text
    assert "sociaaleconomische" in n.text
    assert "en -organisaties" in n.text
    assert "burger- en politieke" in n.text


def test_official_footer_removed_and_page_number_kept():
    raw = ("binnen de EU zoveel mogelijk tegen te gaan.\n  \n\n" + FOOTER + "\n\n\n\n"
           "• Aanbeveling 10 Versterk de capaciteit en kennis inzake mensenrechten \nbinnen de overheid.")
    n = normalize([raw])
    assert "vergaderjaar" not in n.text
    assert [(f.text, f.printed_page) for f in n.footers] == [(FOOTER, 4)]


def test_heading_that_continues_after_a_blank_line_is_one_paragraph():
    raw = ("• Aanbeveling 6 Bouw actief aan nieuwe (en wisselende) coalities met \n\n"
           "gelijkgestemde landen en aan partnerschappen met het maatschappe-\nlijk middenveld binnen en buiten "
           "Europa op basis van gedeelde \nwaarden en belangen. \n\nZoals de AIV terecht stelt is het toneel")
    n = normalize([raw])
    first = n.text.split("\n\n")[0]
    assert first.endswith("waarden en belangen.")
    assert "maatschappelijk middenveld" in first


def test_heading_ending_on_a_conjunction_continues_into_a_capital():
    raw = ("• Aanbeveling 7 Gebruik en stimuleer nieuwe internationale en \n\n"
           "EU-instrumenten om mensenrechten te beschermen. \n\nZoals ook aangegeven")
    n = normalize([raw])
    assert n.text.split("\n\n")[0] == ("• Aanbeveling 7 Gebruik en stimuleer nieuwe internationale en "
                                       "EU-instrumenten om mensenrechten te beschermen.")


def test_offsets_map_back_to_raw():
    raw = "De AIV stelt  terecht dat\nNederland de bescher-\nming van grondrechten."
    n = normalize([raw])
    i = n.text.index("Nederland")
    assert raw[n.to_raw(i): n.to_raw(i) + 9] == "Nederland"
    j = n.text.index("terecht")
    assert raw[n.to_raw(j): n.to_raw(j) + 7] == "terecht"


def test_repeated_page_edge_lines_are_footers():
    bodies = ["Het kabinet deelt de analyse.", "De AIV stelt terecht.", "Nederland zal zich inzetten.",
              "De beleidsbrief volgt."]
    pages = [f"Kamerstuk 36 000, nr. 7\n{body}\nBlad {i}" for i, body in enumerate(bodies, 1)]
    found = find_footers(pages)
    assert {(p, 0) for p in range(4)} <= found
    assert {(p, 2) for p in range(4)} <= found
    assert not any(line == 1 for _, line in found)


def test_bullet_opens_a_paragraph():
    raw = "Hieronder vindt u een appreciatie van het AIV-advies per aanbeveling.\n • Aanbeveling 1 – Verdedig"
    assert normalize([raw]).text.split("\n\n")[1].startswith("• Aanbeveling 1")


def test_page_of_maps_text_to_its_page():
    n = normalize(["Het kabinet deelt de analyse.", "Nederland zal zich blijven inzetten."])
    assert n.page_of(n.text.index("kabinet")) == 1
    assert n.page_of(n.text.index("Nederland")) == 2


def test_each_row_of_a_table_is_a_paragraph():
    # a table's rows as the readers join their cells (" | "): a row read with the next had given one recommendation the
    # next one's refusal ("Ik neem deze aanbeveling over. … | Eind 2024 2. Schaf de provincies af. | Deze aanbeveling
    # neem ik niet over.")
    text = normalize(["Aanbeveling | Reactie | Planning\n1. Versterk de gemeenten. | Ik neem deze aanbeveling over. | "
                      "Eind 2024\n2. Schaf de provincies af. | Deze aanbeveling neem ik niet over. | -"]).text
    assert text.split("\n\n") == ["Aanbeveling | Reactie | Planning",
                                  "1. Versterk de gemeenten. | Ik neem deze aanbeveling over. | Eind 2024",
                                  "2. Schaf de provincies af. | Deze aanbeveling neem ik niet over. | -"]
