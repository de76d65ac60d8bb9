"""Languages the reader has no attribution rules for (``other``): their quotations are found, and get a speaker
only from shapes that need no words of the language; English, German and French are told apart as before."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Detection, find_quotations, guess_language
from reader.quotes.cited_surnames import cited_surname

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
    "Thousands marched in Mexico City on Sunday against the electoral reform, which the president says will save "
    "money and which the opposition says is a threat to the independence of the vote. “No vamos a permitir que el "
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


GERMAN_BRIEF = (
    "Merz: Regierung hat versagt\n\n„Wir werden das nicht zulassen“, sagte Merz am Montag. „Das Land braucht "
    "jetzt Klarheit“, fügte er hinzu. „Wir haben genug gewartet“, betonte er auf einer Pressekonferenz. „Es reicht“, "
    "rief er. „Wir sind bereit“, meinte er. „Jetzt muss gehandelt werden“, sagte er."
)
FRENCH_QUOTES = (
    "Macron répond à ses critiques\n\n« Nous ne céderons pas », a déclaré Emmanuel Macron. « Il faut tenir », "
    "a-t-il ajouté. Il a estimé que « la réforme est juste ». « On se bat pour le pays », a-t-il lancé. Il se "
    "dit confiant."
)
RESULTS_LIST = ("Marathon results\n\n“I am happy,” Kipchoge said after the race.\n\n"
                + "\n".join(f"Runner {n}, Bristol, {30 + n % 20}" for n in range(120))
                + "\n\n“It was a great day for the city,” Mayor Kai Wegner said.")
SPANISH_NEWS = (
    "Pedro Sánchez defendió ayer la ley de vivienda en el Congreso, pero la oposición no la apoyará. "
    "“No daremos ni un paso atrás”, aseguró Sánchez, que también anunció una reunión con los grupos. "
    "Feijóo criticó duramente al Gobierno y dijo que la ley fue un error para las familias. "
    "Según los datos del ministerio, los precios de los alquileres subieron un diez por ciento."
)
ITALIAN_NEWS = (
    "Giorgia Meloni ha risposto alle critiche della opposizione durante una conferenza stampa a Roma. "
    "“Non ci sono le risorse per questo progetto”, ha detto la segretaria del partito, che è anche deputata. "
    "Secondo il governo la riforma è necessaria e sono previsti nuovi fondi nel bilancio, anche per le regioni "
    "del sud alla fine dell'anno."
)
SWEDISH = ("Regeringen presenterade på tisdagen en ny budget och oppositionen är inte nöjd. “Vi har gjort det vi "
           "lovade”, sa Kristersson. Socialdemokraterna säger att budgeten är för svag och att den också saknar "
           "pengar till skolan, som har fått mindre från staten.")
POLISH = ("Rząd przedstawił we wtorek nowy budżet, który jest krytykowany przez opozycję. “Zrobiliśmy to, co "
          "obiecaliśmy”, powiedział premier. Opozycja twierdzi, że budżet jest za słaby i że brakuje w nim "
          "pieniędzy dla szkół oraz szpitali, a także dla samorządów na wsi.")
DANISH = ("Regeringen fremlagde tirsdag et nyt budget, og oppositionen er ikke tilfreds. “Vi har gjort det, vi "
          "lovede”, sagde statsministeren. Oppositionen mener, at budgettet er for svagt og også mangler penge til "
          "skolerne, som har fået mindre af staten til det nye år.")
DUTCH_NAMES = ("Coach Ronald Koeman picked Virgil van Dijk, Jurrien van der Berg, Micky van de Ven, Donny van de "
               "Beek and Sven van Beek for the match in Los Angeles and the return game in San Diego. “We are "
               "ready,” Van Dijk said.")


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (GERMAN_BRIEF, "de", ["Merz"] * 6),  # "er" is no Danish word here
        (FRENCH_QUOTES, "fr", ["Emmanuel Macron"] * 4),
        (RESULTS_LIST, "en", ["Kipchoge", "Wegner"]),  # a long list is no other language
        (DUTCH_NAMES, "en", ["Dijk"]),  # many particles before names
    ],
)
def test_briefs_of_quotations_lists_and_names_keep_their_language(text: str, lang: str,
                                                                   speakers: list[str | None]) -> None:
    document = Document.from_text(text)
    assert Detection(document).lang == lang
    assert [q.speaker_full if lang == "fr" else q.speaker for q in find_quotations(document)] == speakers


@pytest.mark.parametrize("text", [SPANISH_NEWS, ITALIAN_NEWS, SWEDISH, POLISH, DANISH])
def test_a_paragraph_of_another_language_is_other_although_it_shares_words(text: str) -> None:
    # Spanish and Italian write "la" and "le" as French does; Swedish and Danish "den", Polish "to"
    document = Document.from_text(text)
    assert Detection(document).lang == "other"
    assert all(q.speaker is None for q in find_quotations(document))


def test_a_text_mostly_in_east_asian_script_is_other_even_with_latin_words() -> None:
    text = ("Reuters 报道：" + "海外留学生看两会，出国前后关注点大不同。" * 5
            + " Beijing, CNN, NBA. “我们准备好了。”他说。")
    assert guess_language(text) == "other"


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


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Lula : « Em 2012 eu errei, mas aprendi com isso. »", "Lula"),  # a spaced colon, French style
        ("En Twitter: “Es una vergüenza para todo el país.”", None),  # "en" is a word of the text
        ("Al Presidente: “Es una vergüenza para todo el país.”", None),
        ("MADRID: “Es una vergüenza para todo el país.”", None),  # a dateline
        ("Ayer, Sánchez: “Es una vergüenza para todo el país.”", None),
        ("Pedro Sánchez: “Es una vergüenza para todo el país.”", "Pedro Sánchez"),
        ("De Vries: “Es una vergüenza para todo el país.”", "De Vries"),  # a particle opening a surname: kept
    ],
)
def test_a_colon_in_another_language_needs_a_name_alone(line: str, speaker: str | None) -> None:
    text = SPANISH + "\n\n" + line
    quotations = find_quotations(Document.from_text(text))
    assert guess_language(text) == "other"
    assert quotations[-1].speaker_full == speaker


def test_a_dateline_after_a_dash_is_no_signature() -> None:
    for text in (SPANISH + "\n\n“La ley se aprobará este año.” — Madrid, 3 de mayo de 2021",
                 "Talks\n\nThe talks ended without a result on Monday.\n\n“No deal.” — Madrid, May 3, 2021"):
        assert find_quotations(Document.from_text(text))[-1].speaker is None


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


@pytest.mark.parametrize(
    ("full", "surname", "cited"),
    [
        ("Bill de Blasio", "Blasio", "de Blasio"),
        ("Ursula von der Leyen", "Leyen", "von der Leyen"),
        ("Virgil van Dijk", "Dijk", "van Dijk"),
        ("Jens Stoltenberg", "Stoltenberg", "Stoltenberg"),
        ("de Blasio", "Blasio", "Blasio"),  # no given name: a lone particle is found in the text (lone_particle)
        ("Marco Rubio", "Rubio", "Rubio"),
        ("Marine Le Pen", "Pen", "Le Pen"),
        ("Robert De Niro", "Niro", "De Niro"),
        ("Osama bin Laden", "Laden", "bin Laden"),
        ("John Ben Carson", "Carson", "Carson"),  # a capitalised "Ben" is a given name
    ],
)
def test_a_surname_is_cited_with_its_particles(full: str, surname: str, cited: str) -> None:
    assert cited_surname(full, surname) == cited


def test_a_speaker_with_a_particle_is_cited_with_it() -> None:
    text = "City\n\nMayor Bill de Blasio spoke on Monday.\n\n“We will reopen the schools,” de Blasio said."
    assert [(q.speaker, q.speaker_full) for q in find_quotations(Document.from_text(text))] == [
        ("de Blasio", "Bill de Blasio")]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Paris\n\nThe vote came on Sunday.\n\n“We will win,” Le Pen said.", [("Le Pen", "Le Pen")]),
        ("City\n\n“We will reopen the schools,” Mayor de Blasio said.", [("de Blasio", "de Blasio")]),
        ("Paris\n\nMarine Le Pen spoke on Sunday.\n\n“We will win,” Le Pen said. “We are ready,” Marine Le Pen "
         "added.", [("Le Pen", "Marine Le Pen")] * 2),  # one person, however written
    ],
)
def test_a_surname_that_opens_with_a_particle_keeps_it_alone(text: str, cited: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.speaker_full) for q in find_quotations(Document.from_text(text))] == cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a particle stays out of the name's core ("Van Jones" and "Doug Jones" are two people, "De Blasio" is
        # "Bill de Blasio"), and a citation puts it back
        ("City\n\nA new book by Bill de Blasio came out on Tuesday.\n\n“I wrote it for the city,” De Blasio wrote "
         "in the preface.", [("de Blasio", "Bill de Blasio")]),
        ("TV\n\nVan Jones criticized the decision. Doug Jones agreed.\n\n“It is a disaster,” Doug Jones said.",
         [("Jones", "Doug Jones")]),
        ("Science\n\nNobel laureate Paul Nurse gave the lecture. “Science needs funding,” Nurse said.",
         [("Nurse", "Paul Nurse")]),  # an occupation that is also a surname is no role word
    ],
)
def test_particles_and_surnames_that_are_common_words(text: str, cited: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.speaker_full) for q in find_quotations(Document.from_text(text))] == cited


def test_a_lone_particle_is_the_mentions_own() -> None:
    """"Paz spoke in La Paz": the particle of a place after the mention is not the person's."""
    found = find_quotations(Document.from_text("Bolivia\n\nPaz spoke in La Paz on Monday. “We will win,” Paz said."))
    assert [(q.speaker, q.speaker_full) for q in found] == [("Paz", "Paz")]
