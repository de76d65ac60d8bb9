"""Shapes the forty-third review set showed wrong (issue 11, part 35): German nouns after a number ("48 Stunden"),
a German sentence after a closing mark with no comma (no incise), a judge who "will es genau wissen" before a
court exchange, a given name after a conjunction ("Und Melanie?"), a relative named in apposition ("His wife of 44
years, Merline,"), "shoots back", a nested "He" whom the outer words name with an honorific, the byline's writer
for "I ask", Swiss roles and German ages, a paragraph that introduces one person before their first-person words,
a French colon after a phrase of the same sentence, participle openers, "un gamin m'a demandé", nested roles, "sur
sa page Facebook", honorifics in brackets. Short examples written for these tests, with counter-examples the rules
must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from tests.unit.quote_leads import FRENCH_LEAD, GERMAN_LEAD, found, speaker_of

ENGLISH_LEAD = "LONDON (AP) — Officials opened an inquiry on Monday into the collapse of the old harbour wall."


def test_a_german_noun_after_a_number_is_no_speaker() -> None:
    body = ("Die Braut Melanie Stöckl-Brandner postete einen Aufruf: „Hat noch wer Probleme mit dem DJ gehabt? Bitte "
            "meldet euch!“ Innerhalb von 48 Stunden meldeten sich mehr als 30 Betroffene.")
    assert speaker_of(GERMAN_LEAD, body, "Hat noch wer") != "Stunden"


def test_a_german_sentence_after_a_stop_and_a_mark_is_no_incise() -> None:
    body = ("„Bitte meldet euch!“ Innerhalb von zwei Tagen meldete sich Jana Roth bei der Polizei.")
    assert speaker_of(GERMAN_LEAD, body, "Bitte meldet") is None


def test_german_so_after_a_mark_still_names_the_speaker() -> None:
    body = "„Das ist eine Momentaufnahme.“ So ordnet der Chemiker Ralf Böhnke die Ergebnisse ein."
    assert speaker_of(GERMAN_LEAD, body, "Das ist eine") == "Ralf Böhnke"


COURT_DE = ("Mindestens 23 Brautpaare soll Dominik K. (34) um ihre Anzahlungen gebracht haben.\n\n"
            "Vor Richterin Claudia Haberfellner gibt sich Dominik K. zerknirscht. Er sei „in ein Loch gefallen“, "
            "erzählt er. Die Richterin will es genau wissen.\n\n"
            "„Wo ist das Geld hingekommen, Herr K.?“\n\n„Verspielt, Frau Rat. Alles.“\n\n"
            "„Und warum haben Sie dann immer weiter Aufträge angenommen?“\n\n"
            "„Ich hab mir gedacht, ich zahl alle zurück.“")


@pytest.mark.parametrize(("quoted", "speaker"), [
    ("Wo ist das Geld", "Claudia Haberfellner"), ("Verspielt", "Dominik K."),
    ("Und warum", "Claudia Haberfellner"), ("Ich hab mir", "Dominik K."),
])
def test_a_judge_who_wants_to_know_asks_and_the_defendant_answers(quoted: str, speaker: str) -> None:
    assert speaker_of(GERMAN_LEAD, COURT_DE, quoted) == speaker


def test_wanting_to_know_by_no_questioner_announces_no_asker() -> None:
    body = ("Vor Richterin Claudia Haberfellner gibt sich Dominik K. zerknirscht. Die Nachbarin will es genau "
            "wissen.\n\n„Wo ist das Geld hingekommen?“")
    assert speaker_of(GERMAN_LEAD, body, "Wo ist das Geld") != "Claudia Haberfellner"


def test_a_given_name_after_a_conjunction_is_the_person_named_in_full() -> None:
    body = ("Melanie Stöckl-Brandner (29) aus Neunkirchen ist eine von ihnen. „Wir haben angefangen“, sagt sie.\n\n"
            "Das Urteil sprach Richterin Claudia Haberfellner. „Sie haben Geld genommen“, sagt die Richterin.\n\n"
            "Und Melanie? Sie will ihre Hochzeit nachfeiern. „Eine Live-Band“, sagt sie.")
    assert speaker_of(GERMAN_LEAD, body, "Eine Live-Band") == "Melanie Stöckl-Brandner"


def test_a_relative_named_in_apposition_as_subject_is_a_person() -> None:
    body = ("Principal Marcia Ebanks-Lindo said the school had no plans. “He is an institution,” she said.\n\n"
            "His wife of 44 years, Merline, will be in the stands on Saturday.\n\n“He told me once to bury me in the "
            "goalmouth,” she said.")
    assert speaker_of(ENGLISH_LEAD, body, "He told me once") == "Merline"


def test_a_relative_named_in_passing_is_not_whom_she_stands_for() -> None:
    body = ("Bríd Ní Chonghaile learned hundreds of songs from her mother, Máire, in a kitchen.\n\n“You don’t paint "
            "over it,” she said.")
    assert speaker_of(ENGLISH_LEAD, body, "You don’t paint") == "Bríd Ní Chonghaile"


def test_shoots_back_is_a_cue() -> None:
    body = "Everton McKenzie-Brown keeps the whistle on a lanyard.\n\n“Who tell you that?” he shoots back, laughing."
    assert speaker_of(ENGLISH_LEAD, body, "Who tell you") == "Everton McKenzie-Brown"


def test_a_nested_he_is_the_man_the_outer_words_name_with_an_honorific() -> None:
    body = ("Everton McKenzie-Brown has coached the team for 41 years. Romario Dacres-Whyte captained it in 2015.\n\n"
            "“Mr McKenzie-Brown never said a word about it,” Dacres-Whyte said. “He used to tell us, ‘Football will "
            "leave you one day.’”")
    assert speaker_of(ENGLISH_LEAD, body, "Football will leave") == "Everton McKenzie-Brown"


def test_a_nested_he_is_never_the_outer_speaker_by_his_honorific() -> None:
    body = ("Ranger Declan Moloney found a tractor on the bog. Séamus Ó Fearraigh owns the bank.\n\n“I approached "
            "Mr Ó Fearraigh,” Mr Moloney said. “He said, ‘My father cut this bank.’”")
    assert speaker_of(ENGLISH_LEAD, body, "My father cut") == "Séamus Ó Fearraigh"


def _article(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_full for q in find_quotations(Document.from_text(text))}


def test_the_bylines_writer_asks_in_the_first_person() -> None:
    found_here = _article("Still rolling at 71\n\nBy Shanique Rowe-Campbell, Sports Writer\n\nEverton McKenzie-Brown "
                          "keeps the whistle on a lanyard.\n\n“So is this your last season?” I ask, as we sit.\n")
    assert found_here["So is this your last season?"] == "Shanique Rowe-Campbell"


@pytest.mark.parametrize("byline", ["", "By Ann Roe and Tom Poe\n\n"])
def test_no_single_byline_leaves_the_first_person_unnamed(byline: str) -> None:
    found_here = _article(f"Still rolling at 71\n\n{byline}Everton McKenzie-Brown keeps the whistle.\n\n“So is this "
                          "your last season?” I ask, as we sit.\n")
    assert found_here["So is this your last season?"] is None


def test_swiss_roles_and_german_ages_make_people() -> None:
    body = ("Grossrat Andri Casty (Mitte) hat eine Anfrage eingereicht. Er spricht von einem „Leistungsabbau durch die "
            "Hintertür“.\n\nLadina Albin ist 17 Jahre alt und besucht die Mittelschule. Jeden Morgen steigt sie in den "
            "Bus. „Meine Eltern arbeiten beide“, sagt sie.")
    assert speaker_of(GERMAN_LEAD, body, "Leistungsabbau") == "Andri Casty"
    assert speaker_of(GERMAN_LEAD, body, "Meine Eltern") == "Ladina Albin"


def test_a_paragraph_introducing_one_person_leads_in_their_first_person_words() -> None:
    body = ("Dans l’atelier de taille, Giuseppe Caruso ajuste un seuil de porte au ciseau. Il a 58 ans.\n\n"
            "« Quand j’ai commencé, on était plus de trois cents sur le site. »")
    assert speaker_of(FRENCH_LEAD, body, "Quand j’ai") == "Giuseppe Caruso"


@pytest.mark.parametrize("paragraph", [
    "Bürgermeister Klaus Weber empfing am Montag eine Delegation aus der Partnerstadt.",  # (the guests' words)
    "Klaus Weber und Jana Roth stehen vor der Halle.",  # (two people)
    "Es kam zu einem Wortwechsel zwischen Klaus Weber und der Vorsitzenden.",  # (an exchange)
])
def test_no_one_speaker_is_led_in_by_a_paragraph_of_two_parties(paragraph: str) -> None:
    assert speaker_of(GERMAN_LEAD, paragraph + "\n\n„Wir sind sehr dankbar für die Einladung.“", "Wir sind") is None


def test_words_without_a_first_person_are_not_led_in() -> None:
    body = ("Sa mère, Hélène Morel, a reçu un appel de la gendarmerie vers minuit. Elle a pris la voiture.\n\n"
            "« Votre fils a eu un accident. Il faut venir tout de suite. »")
    assert speaker_of(FRENCH_LEAD, body, "Votre fils") is None


def test_a_french_colon_after_a_phrase_of_the_same_sentence_is_that_speakers() -> None:
    body = ("Pour Élodie Reynaud, maraîchère, l’enjeu est économique. « C’est ce qui me permet d’embaucher », "
            "explique-t-elle. La jeune femme se dit toutefois « inquiète » des volumes exigés : « Si on nous demande "
            "des tomates en octobre, on ne suivra pas. »")
    assert speaker_of(FRENCH_LEAD, body, "Si on nous") == "Élodie Reynaud"


def test_a_french_participle_opener_with_a_weekday_or_a_participle() -> None:
    body = ("Interpellée mardi au Parlement, la ministre de l’Économie, Catherine Dethier-Mbaye, s’est montrée "
            "prudente : « Nous soutenons la démarche. »\n\nVice-présidente chargée de l’enfance, Pascale Ferrand-Oudin "
            "a tenté de rassurer l’assemblée : « Les familles ne verront aucune augmentation. »")
    assert speaker_of(FRENCH_LEAD, body, "Nous soutenons") == "Catherine Dethier-Mbaye"
    assert speaker_of(FRENCH_LEAD, body, "Les familles") == "Pascale Ferrand-Oudin"


def test_a_child_met_speaks_nested_words_as_written() -> None:
    body = ("Le chef Thierry Ngo Van travaille avec six producteurs. « La semaine dernière, un gamin m’a demandé : "
            "‹ Pourquoi elle est toute tordue, ta carotte ? › Il en a repris », raconte-t-il.")
    assert speaker_of(FRENCH_LEAD, body, "Pourquoi elle") == "un gamin"


def test_a_nested_definite_role_is_the_one_the_article_names() -> None:
    body = ("Le président du club, Hervé Castagnet, a limogé l’entraîneur. Joint par téléphone, Goran Petrović "
            "s’est dit déçu. « Il y a dix jours, le président m’a dit : “Tu es notre entraîneur jusqu’à la fin de la "
            "saison.” Voilà ce que vaut une parole », a-t-il regretté.")
    assert speaker_of(FRENCH_LEAD, body, "Tu es notre") == "Hervé Castagnet"


def test_where_a_french_post_was_made_is_no_subject() -> None:
    body = ("Le maire, Désiré Tsiarify, a pour sa part salué sur sa page Facebook « une décision qui rend justice aux "
            "petits planteurs ».")
    assert found(FRENCH_LEAD, body)["une décision qui rend justice aux petits planteurs"][0] != "Facebook"


def test_an_honorific_in_brackets_makes_a_person() -> None:
    body = ("Hon. Aminu Bello Yakasai called the increase insensitive. “We cannot allow our people to die,” he "
            "said.\n\n"
            "For Dr (Mrs) Folasade Adeyemi-Ogunleye, a public health physician, the crisis reflects a wider problem. "
            "She said that kidney disease was “rising quietly” in the north.")
    assert speaker_of(ENGLISH_LEAD, body, "rising quietly") == "Folasade Adeyemi-Ogunleye"


def test_an_elders_title_opens_a_maori_name() -> None:
    body = ("Forestry manager Alison McAllister-Reid said the firm was wrong.\n\nKuia Mereana Te Kani-Pōhatu, 77, sat "
            "in the public gallery.\n\n“It sounded like a train coming down the valley,” she said.")
    assert speaker_of(ENGLISH_LEAD, body, "It sounded like") == "Mereana Te Kani-Pōhatu"
