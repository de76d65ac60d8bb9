"""Any English-looking text of attribution words, names, titles and marks gives well-formed quotations and never
fails (property-based). The character-level property in test_quotes.py seldom reaches the English rules, which
read words: a run of such words found a lone "." before a cue verb that two readers of a name ran out on
(IndexError from `reader quotes`, on text an attacker or a broken page can hold)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document
from reader.quotes import find_quotations

_WORDS = (
    "said told asked replied added wrote chanted screaming accused the The a an Republican Democrat Sen. Rep. Gov. "
    "Mr. Ms. he she they it I we Trump Clinton Ryan Kessler of in at from by as that and but who which whose Storm "
    "III Jr. Cpl. D-San & , . : ; — - ( ) ? ! WASHINGTON Wisconsin nominee boss manager spokeswoman crowd audience "
    "heckler interview with whereupon group automaker Latin American European artists politicians um can be heard "
    "bar N.J. Elizabeth doorman aide Jake Sullivan Clinton’s co-founder chief executive Verra’s is was not his her"
).split() + ["\n\n", "\nQ:", "\nA:", "“We", "win,”", "it.”", "“No", '"Stop', 'now,"', 'hell."', "‘never’", "'soon'",
             "“Lock", "up!”", "“fraud”", '"pause"', "''Yes", "no,''", "laut", "zufolge", "„Wir", "das“", "selon",
             "«Non»", "von", "der", "Merkel"]
_PREFIX = "Title\n\nThe senator said that he and the others were in the city for the vote, and it was not the first. "


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=120).map(" ".join))
def test_any_soup_of_attribution_words_gives_well_formed_quotations(body: str) -> None:
    text = _PREFIX + body
    found = find_quotations(Document.from_text(text))
    document_text = Document.from_text(text).text
    for quotation in found:
        assert 0 <= quotation.start <= quotation.end <= len(document_text)
        assert quotation.kind in ("speech", "phrase", "title", "term")
        assert quotation.speaker is None or quotation.speaker.strip()
        if quotation.kind in ("title", "term"):
            assert quotation.speaker is None


def test_what_the_soup_found_reads_no_name_and_does_not_fail() -> None:
    """The shapes the soup found, made minimal: German's "um" ("Forscher um Aneta Afelt") ending a run of names
    after an English cue verb left no name (IndexError in `reader quotes`); a full stop after a short lower-case word
    right before the verb, likewise."""
    for text in ("said Trump um “No", "said Trump um “No way,” he said.", "We met at the bar. said “no way” to it.",
                 "laut Merkel um of zufolge „Wir"):
        found = find_quotations(Document.from_text("Title\n\n" + text))
        assert found and all(q.speaker is None or q.speaker.strip() for q in found)
