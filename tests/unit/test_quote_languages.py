"""Languages the reader has no attribution rules for (``other``): their quotations are found, and get a speaker
only from shapes that need no words of the language; English, German and French are told apart as before."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Detection, find_quotations, guess_language, language

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
        ("Mrs. Jane Doe met Mr. John Roe in Ohio.\n\n“It went well,” she said.", "en"),  # no hint word at all
        ("The mayor flew to Madrid para the summit, with van Dijk and the rest of the team.", "en"),
        ("„Wir bleiben“, sagte die Ministerin, und die Opposition ist damit nicht einverstanden.", "de"),
        ("« Nous restons », a déclaré la ministre, et les syndicats sont dans la rue pour le dire.", "fr"),
    ],
)
def test_english_german_and_french_are_still_told_apart(text: str, lang: str) -> None:
    assert guess_language(text) == lang


ENGLISH_QUOTING_SPANISH = (
    "Thousands marched in Mexico City on Sunday against the electoral reform. “No vamos a permitir que el "
    "gobierno destruya el instituto, porque es de todos los mexicanos y no de un partido,” said Lorenzo Ramos. "
    "“Es una reforma que pone en riesgo la democracia y la paz de las familias,” Ramos told reporters."
)
ENGLISH_WITH_DUTCH_NAMES = (
    "Virgil van Dijk, Frenkie de Jong, Matthijs de Ligt, Stefan de Vrij and Donny van de Beek are fit for the "
    "match in Los Angeles. “We are ready,” Van Dijk said."
)
RESULTS = ("Results\n\n" + "\n".join(f"Arsenal {n % 4} Chelsea {n % 3} ({40000 + n})" for n in range(60))
           + "\n\n“We were outstanding,” Arteta said.")
FRENCH_BRIEF = (
    "Ligue 1 : victoire de Lens en fin de match\n\nGrâce à un but de Florian Sotoca en fin de rencontre, Lens "
    "s’est imposé 2-1 face à Nantes en ouverture de la journée. « On n’a rien lâché », a réagi Franck Haise."
)


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (ENGLISH_QUOTING_SPANISH, "en", ["Ramos", "Ramos"]),  # the words inside quotations are not read
        (ENGLISH_WITH_DUTCH_NAMES, "en", ["Dijk"]),  # a particle before a name is the name's
        (RESULTS, "en", ["Arteta"]),  # numbers are no words
        (FRENCH_BRIEF, "fr", ["Haise"]),
    ],
)
def test_foreign_words_inside_quotations_names_or_numbers_leave_the_language(text: str, lang: str,
                                                                           speakers: list[str]) -> None:
    document = Document.from_text(text)
    assert Detection(document).lang == lang
    assert [q.speaker for q in find_quotations(document)] == speakers


def test_east_asian_script_is_other() -> None:
    assert guess_language("海外留学生看两会：出国前后关注点大不同。“我高中毕业后就出国留学了。”他说。" * 3) == "other"


def _words(count: int, hints: int) -> str:
    """A text of ``count`` words, ``hints`` of them English function words, the rest no listed language's."""
    filler = ["blorv", "quandt", "mepsil", "tork", "vaunix", "drelm"]
    words = ["the" if n < hints else filler[n % len(filler)] for n in range(count)]
    return " ".join(words) + "."


@pytest.mark.parametrize(
    ("count", "hints", "lang"),
    [
        (300, 4, "other"),  # under 1.5%
        (300, 5, "en"),  # at 1.5%
        (299, 0, "en"),  # too short to tell
    ],
)
def test_a_long_text_with_almost_no_known_function_word_is_other(count: int, hints: int, lang: str) -> None:
    assert language._HINTS_READ == 300 and language._LEAST_HINTS == 0.015
    assert guess_language(_words(count, hints)) == lang


@pytest.mark.parametrize(
    ("spanish", "english", "lang"),
    [
        (5, 2, "other"),  # five, more than twice as many
        (4, 0, "en"),  # fewer than five
        (6, 3, "en"),  # only twice as many
    ],
)
def test_another_language_needs_five_words_and_more_than_twice_the_known_ones(spanish: int, english: int,
                                                                             lang: str) -> None:
    text = " ".join(["y", "pan"] * spanish + ["the", "cat"] * english) + "."
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


def test_a_colon_counts_only_after_a_name_that_is_the_whole_sentence() -> None:
    text = (SPANISH + "\n\nEl expresidente escribió en Twitter: “Es una vergüenza para todo el país.”\n\n"
            "Sánchez: “No daremos ni un paso atrás en la ley.”")
    assert guess_language(text) == "other"
    speakers = {q.text: q.speaker for q in find_quotations(Document.from_text(text))}
    assert speakers["Es una vergüenza para todo el país."] is None  # not "Twitter"
    assert speakers["No daremos ni un paso atrás en la ley."] == "Sánchez"


def test_a_dash_signature_is_a_speaker_in_any_language() -> None:
    text = SPANISH + "\n\n“La ley se aprobará este año y no habrá marcha atrás.” ― Pedro Sánchez"
    speakers = {q.text: q.speaker_full for q in find_quotations(Document.from_text(text))}
    assert speakers["La ley se aprobará este año y no habrá marcha atrás."] == "Pedro Sánchez"


def test_a_signature_under_an_embedded_post_is_a_speaker_in_any_language() -> None:
    text = (DUTCH + "\n\nHet kabinet blijft bij het plan, ondanks de kritiek van de oppositie.\n\n"
            "Wij gaan door met het plan en luisteren naar de mensen.\n\n— Mark de Vries (@markdevries) 3 mei 2021")
    quotations = find_quotations(Document.from_text(text))
    assert guess_language(text) == "other"
    assert [q.speaker_full for q in quotations if q.open == ""] == ["Mark de Vries"]
    assert all(q.speaker is None for q in quotations if q.open != "")
