"""Languages the reader has no attribution rules for (``other``): their quotations are found, and get a speaker
only from shapes that need no words of the language; English, German and French are told apart as before."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations, guess_language

SPANISH = (
    "El gobierno anunció ayer que los recortes se aplicarán en todas las provincias del país. Aunque el ministro "
    "declare que propician “un proceso de diálogo con los sindicatos”, la oposición no cree que sea posible. "
    "Según los expertos, la medida es una respuesta a la crisis y no se espera que cambie antes del verano, "
    "por lo que las protestas continuarán en la capital con el apoyo de los trabajadores."
)
PORTUGUESE = (
    "O presidente visitou ontem a fábrica e falou com os trabalhadores sobre o futuro da empresa. Depois da "
    "visita, os dirigentes do sindicato disseram que não há acordo para uma nova proposta em março.\n\n"
    "Lula: “Em 2012 eu errei, mas aprendi com isso.”\n\n"
    "“Vamos continuar a conversar”, acrescentou o comandante da equipa, que não quis falar mais."
)
DUTCH = (
    "De minister heeft gisteren gezegd dat het kabinet niet van plan is om de belasting te verhogen. Volgens de "
    "oppositie is dat een belofte die het kabinet niet kan waarmaken, en de vakbonden zijn het daarmee eens. "
    "“Wij blijven het gesprek zoeken”, zei De Vries op een persconferentie in Den Haag."
)
ITALIAN = (
    "Il governo ha approvato ieri il decreto che introduce nuove regole per le imprese del settore. Secondo il "
    "ministro si tratta di una riforma necessaria, ma per l'opposizione non è sufficiente. “Non ci sono le "
    "risorse”, ha detto Rossi, che guida il gruppo della minoranza, durante una conferenza stampa."
)
CZECH = " ".join([
    "Ministr včera oznámil, že vláda připravuje nový zákon o podpoře bydlení pro mladé rodiny.",
    "Podle opozice je návrh příliš drahý a nepomůže lidem v regionech, kde chybí práce.",
    "„Budeme o tom jednat s kraji,“ řekl Novák na tiskové konferenci v Praze.",
] * 8)


@pytest.mark.parametrize("text", [SPANISH, PORTUGUESE, DUTCH, ITALIAN, CZECH])
def test_a_text_in_a_language_without_rules_is_other(text: str) -> None:
    assert guess_language(text) == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("“We will stay,” Smith said.", "en"),
        ("Mrs. Jane Doe met Mr. John Roe in Ohio.\n\n“It went well,” she said.", "en"),  # "met", no hint word
        ("The mayor flew to Madrid para the summit, with van Dijk and the rest of the team.", "en"),
        ("„Wir bleiben“, sagte die Ministerin, und die Opposition ist damit nicht einverstanden.", "de"),
        ("« Nous restons », a déclaré la ministre, et les syndicats sont dans la rue pour le dire.", "fr"),
    ],
)
def test_english_german_and_french_are_still_told_apart(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_no_word_based_rule_gives_a_speaker_in_another_language() -> None:
    # read with French rules, "declare" was a cue verb and "Aunque" ("although") its subject
    quotations = find_quotations(Document.from_text(SPANISH))
    assert [q.text for q in quotations] == ["un proceso de diálogo con los sindicatos"]
    assert quotations[0].speaker is None and quotations[0].speaker_full is None


def test_a_colon_after_a_name_is_a_speaker_in_any_language() -> None:
    quotations = find_quotations(Document.from_text(PORTUGUESE))
    assert [(q.text, q.speaker) for q in quotations] == [
        ("Em 2012 eu errei, mas aprendi com isso.", "Lula"),
        ("Vamos continuar a conversar", None),  # "acrescentou o comandante": a verb no rule knows
    ]


def test_a_signature_under_an_embedded_post_is_a_speaker_in_any_language() -> None:
    text = (DUTCH + "\n\nHet kabinet blijft bij het plan, ondanks de kritiek van de oppositie.\n\n"
            "Wij gaan door met het plan en luisteren naar de mensen.\n\n— Mark de Vries (@markdevries) 3 mei 2021")
    quotations = find_quotations(Document.from_text(text))
    assert guess_language(text) == "other"
    assert [q.speaker_full for q in quotations if q.open == ""] == ["Mark de Vries"]
    assert all(q.speaker is None for q in quotations if q.open != "")
