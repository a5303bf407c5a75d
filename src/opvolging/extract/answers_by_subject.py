"""Answers found by their subject: a council's recommendations listed first, the government's answers after them
under headings of their own words, in no labelled order ("De ROB doet de volgende aanbevelingen: - Stel een
digitaliseringstoets in …; - Investeer in de digitale kennis van het parlement; …", then "Digitaliseringstoets" /
"Het kabinet neemt de aanbeveling over …", "Digitale kennis van het parlement" / "Het kabinet deelt deze
aanbeveling niet …").

The text after the list is cut into sections at its headings (short paragraphs that end no sentence), or into its
paragraphs where it has none; each section is compared with each recommendation by the content words they share
(TF-IDF over Snowball stems, `content_words`). A section answers the recommendation it is most like, when that
recommendation is also most like it of all sections and they share enough; a recommendation no section speaks of
keeps no answer.
"""

from __future__ import annotations

from opvolging.extract.blocks import is_heading
from opvolging.extract.content_words import words as words_of

# how alike (cosine of TF-IDF vectors) a section and a recommendation must be: sharing one rare word of a short
# heading gives 0.2 to 0.4; sections on other subjects of the same letter stay under 0.1
ALIKE = 0.15
def sections(text: str, paras: list[tuple[int, int]], end: int) -> list[tuple[int, int, int]]:
    """The sections of text[…:end] that `paras` make: (where its heading begins, where its words begin, where it
    ends), cut at the headings, or one section per paragraph when there are none."""
    paras = [(a, b) for a, b in paras if a < end]
    heads = [k for k, (a, b) in enumerate(paras) if is_heading(text[a:b])]
    if not heads:
        return [(a, a, min(b, end)) for a, b in paras]
    out = []
    for n, k in enumerate(heads):
        last = heads[n + 1] - 1 if n + 1 < len(heads) else len(paras) - 1
        if last > k:  # a heading with words under it
            out.append((paras[k][0], paras[k + 1][0], min(paras[last][1], end)))
    return out


def answers_by_subject(text: str, items: list[tuple[str, int, int]], paras: list[tuple[int, int]], end: int,
                       language: str = "nl") -> dict[str, tuple[int, int]]:
    """label → the span of the section that answers it (its words, the heading left out), for each recommendation
    (`items`: label, start, end in `text`) a section speaks of (see the module docstring)."""
    return _matched(text, [(label, text[a:b]) for label, a, b in items], sections(text, paras, end), language)


def sections_answering(text: str, recommendations: list[tuple[str, str]],
                       language: str = "nl") -> dict[str, tuple[int, int]]:
    """The same for an answer read on its own and recommendations stored from another document (label, words):
    label → the span in `text` of the section of the answer's body (up to its closing) that speaks of it."""
    from opvolging.extract.blocks import body_end, paragraphs

    end = body_end(text, 0)
    return _matched(text, recommendations, sections(text, paragraphs(text), end), language)


def _matched(text: str, recommendations: list[tuple[str, str]], found: list[tuple[int, int, int]],
             language: str) -> dict[str, tuple[int, int]]:
    if not found or not recommendations:
        return {}
    from sklearn.feature_extraction.text import TfidfVectorizer

    # a section is known by its heading and its first words (where an answer names its subject), the heading twice
    docs = [words for _, words in recommendations] + [
        f"{text[h:w]} {text[h:w]} {text[w:min(e, w + 400)]}" for h, w, e in found]
    try:
        matrix = TfidfVectorizer(analyzer=lambda s: words_of(s, language), sublinear_tf=True).fit_transform(docs)
    except ValueError:  # no content words at all
        return {}
    n = len(recommendations)
    similarity = (matrix[:n] @ matrix[n:].T).toarray()
    out: dict[str, tuple[int, int]] = {}
    for i, (label, _) in enumerate(recommendations):
        j = int(similarity[i].argmax())
        if similarity[i, j] >= ALIKE and int(similarity[:, j].argmax()) == i:
            _, w, e = found[j]
            out[label] = (w, e)
    return out
