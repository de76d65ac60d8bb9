"""Shapes the forty-second review set showed wrong (issue 11, part 34): an exchange whose turns go on without
questions ("Vous connaissez pourtant la règle" after "Non."), a French "magistrat" who is the prosecutor, a name
apposed to its role whose sentence goes on after its comma ("Pour le procureur, Olivier Bénard, ce dossier
dépasse le cas du prévenu" had made him "le prévenu"), "Her father" standing for whom "Her" stands for, the speaker
just quoted beating a woman named in passing, newspapers' names ("the Northern Chronicle"), a nickname of several
words inside a name, a demonym before a plural noun, German nouns after a bare adjective or a quantifier, language
names, a firm's "dirigeant", a doctor introduced as "un pédiatre", given names. Short examples written for these
tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.given_names import given_gender
from reader.quotes.people import People
from tests.unit.quote_leads import FRENCH_LEAD, speaker_of

ENGLISH_LEAD = "LONDON (AP) — Officials opened an inquiry on Monday into the collapse of the old harbour wall."

COURT_FR = ("Poursuivi pour blessures involontaires, Gérard Vialle, 63 ans, ne conteste rien. « Je n’ai aucune "
            "excuse », a-t-il déclaré.\n\n"
            "La présidente du tribunal, Hélène Marchetti, l’a longuement interrogé sur la seconde du tir.\n\n"
            "« Aviez-vous identifié votre cible ? »\n\n« Non. Pas formellement. »\n\n"
            "« Vous connaissez pourtant la règle : on ne tire que sur ce que l’on a identifié. »\n\n"
            "« Je la connais. Je l’ai même enseignée aux jeunes. »")


@pytest.mark.parametrize(("quoted", "speaker"), [
    ("Aviez-vous", "Hélène Marchetti"), ("Non. Pas", "Gérard Vialle"), ("Vous connaissez", "Hélène Marchetti"),
    ("Je la connais", "Gérard Vialle"),
])
def test_turns_go_on_when_a_turn_addresses_the_other_party(quoted: str, speaker: str) -> None:
    assert speaker_of(FRENCH_LEAD, COURT_FR, quoted) == speaker


def test_an_english_cross_examination_goes_on_with_you_and_i() -> None:
    body = ("Defense attorney Samuel Bernstein argued that his client had been deceived.\n\n"
            "\"It was not my lab that took them,\" Subramanian told the jury.\n\n"
            "Under cross-examination, Bernstein pressed him on how the samples had been handled.\n\n"
            "\"Were you present when the samples were taken?\"\n\n\"No. They were taken by FBI conservators.\"\n\n"
            "\"So you can't tell this jury where they came from.\"\n\n\"I can tell the jury what was in them.\"")
    lead = ("BOSTON (AP) — A dealer was convicted on Monday. Dr. Anand Subramanian, a conservation scientist, "
            "testified for the government.")
    assert speaker_of(lead, body, "So you can't") == "Samuel Bernstein"
    assert speaker_of(lead, body, "I can tell") in ("Subramanian", "Anand Subramanian")


def test_a_speaker_who_goes_on_is_no_turn() -> None:
    """Two statements in a row, neither addressing anyone: the same speaker goes on (no exchange)."""
    body = ("« Aviez-vous identifié votre cible ? », a demandé la présidente, Hélène Marchetti.\n\n« Non », a répondu "
            "Gérard Vialle.\n\n« Je ne chasse plus depuis. »")
    assert speaker_of(FRENCH_LEAD, body, "Je ne chasse") == "Gérard Vialle"


def test_a_name_apposed_to_its_role_takes_no_clause_after_its_comma() -> None:
    body = ("À quelques mètres de la victime, Gérard Vialle, 63 ans, gardait les yeux rivés sur ses mains.\n\n"
            "Poursuivi pour blessures involontaires, le prévenu ne conteste rien. « J’ai épaulé. Je n’ai aucune "
            "excuse », a-t-il déclaré.\n\nPour le procureur de la République, Olivier Bénard, ce dossier dépasse "
            "largement le cas du prévenu.")
    assert speaker_of(FRENCH_LEAD, body, "J’ai épaulé") == "Gérard Vialle"


def test_a_french_magistrat_may_be_the_prosecutor() -> None:
    body = ("La présidente du tribunal, Hélène Marchetti, a rappelé la règle.\n\nPour le procureur de la République, "
            "Olivier Bénard, ce dossier est grave. « M. Vialle a tiré sans voir », a poursuivi le magistrat.")
    assert speaker_of(FRENCH_LEAD, body, "M. Vialle") == "Olivier Bénard"


def test_her_father_stands_for_whom_her_stands_for_and_the_speaker_beats_a_mother_named_in_passing() -> None:
    body = ("Hilary Fenwick, who has died aged 88, set more than 4,000 crosswords for the Northern Chronicle.\n\n"
            "She was born in Whitby, the only child of Arthur Fenwick, a ship’s chandler, and his wife, Ada, a "
            "teacher. Her father solved the crossword every evening and let her hold the pencil.\n\n"
            "“He would read out a clue and I would shout something ridiculous,” she recalled.\n\n"
            "She joined the Chronicle as a sub-editor in 1959. She later said the men had treated her “like a spare "
            "typewriter”.")
    assert speaker_of(ENGLISH_LEAD, body, "He would read") == "Hilary Fenwick"
    assert speaker_of(ENGLISH_LEAD, body, "like a spare") == "Hilary Fenwick"


def test_the_mother_named_last_is_still_she_when_no_one_spoke_since() -> None:
    body = ("Arthur Fenwick, a ship’s chandler, married Ada Castleton, a teacher, in 1935.\n\n"
            "“It was a quiet wedding,” she recalled in 1990.")
    assert speaker_of(ENGLISH_LEAD, body, "It was a quiet") == "Ada Castleton"


def test_a_newspapers_name_is_no_person() -> None:
    people = People("Her puzzles for the Northern Chronicle ran for fifty years. The Chronicle said so.", "en", [])
    assert not any(person.surname == "Chronicle" for person in people.everyone)


def test_a_nickname_of_several_words_inside_a_name() -> None:
    body = ("Pub darts legend Barry “The Bulldozer” Hollins has blasted the organisers.\n\nHis wife, Debbie Hollins, "
            "49, said he was gutted.\n\nHollins said last night: “I’ve thrown darts for thirty-five years.”")
    assert speaker_of(ENGLISH_LEAD, body, "I’ve thrown") == "Barry Hollins"


def test_a_description_keeps_a_plurals_apostrophe_with_its_noun() -> None:
    body = "“Wildcards should reward form,” a spokeswoman for the Darts Players’ Association said."
    assert speaker_of(ENGLISH_LEAD, body, "Wildcards") == "a spokeswoman for the Darts Players’ Association"


def test_a_demonym_before_a_plural_noun_is_no_inverted_subject() -> None:
    body = ("Prof. Lars Henriksen, a forest pathologist in Denmark, says Danish plantings of tolerant ash have "
            "performed “better than any of us dared to predict”.")
    assert speaker_of(ENGLISH_LEAD, body, "better than") == "Lars Henriksen"


@pytest.mark.parametrize("text", [
    "Sie spricht mit älteren Leuten über Rezepte und alte Schimpfwörter spricht man nicht.",
    "Marco Pedrazza spricht selbst nur wenige Sätze Zimbrisch spricht er.",
    "Jeden Herbst verlassen zwei, drei junge Leute Lusérn für immer.",
    "Gut die Hälfte von ihnen spricht noch Zimbrisch, eine alte Sprache.",
])
def test_german_nouns_after_adjectives_quantifiers_and_languages_name_no_one(text: str) -> None:
    people = People(text, "de", [])
    assert {person.surname for person in people.everyone} <= {"Pedrazza"}


def test_a_firms_dirigeant_is_its_president_but_not_one_named_later_nor_of_another_gender() -> None:
    body = ("Thibault Morand, président d’Alcyone, veut rassurer la profession.\n\nLe dirigeant dit avoir été frappé "
            "lors de sa visite. « Une libraire m’a pris à part. »")
    assert speaker_of(FRENCH_LEAD, body, "Une libraire") == "Thibault Morand"
    body = ("La directrice générale, Laurence Humbert-Droz, s’est expliquée.\n\nMartine Jacot-Guillarmod parle d’une "
            "« trahison », elle qui se souvient que l’ancien patron répétait : « Chez nous, on ne jette personne. »"
            "\n\nLe président de la Ville, Yannick Châtelain, est inquiet.")
    assert speaker_of(FRENCH_LEAD, body, "trahison") == "Martine Jacot-Guillarmod"


def test_a_doctor_named_after_un_pediatre_is_le_pediatre() -> None:
    body = ("Le départ à la retraite d’un pédiatre de Porrentruy va laisser 1800 patients sans médecin.\n\n"
            "Le Dr Mathias Froidevaux fermera son cabinet le 30 juin. Après trente ans, le pédiatre a cherché un "
            "repreneur. « J’ai publié des annonces jusqu’à Lyon », raconte-t-il.")
    assert speaker_of(FRENCH_LEAD, body, "J’ai publié") == "Mathias Froidevaux"


def test_a_source_introduced_stays_as_written_when_no_doctor_is_named() -> None:
    body = ("Un pédiatre de Porrentruy part à la retraite.\n\nLe maire, Paul Roth, s’inquiète. Le pédiatre a cherché "
            "un repreneur. « J’ai publié des annonces », raconte-t-il.")
    assert speaker_of(FRENCH_LEAD, body, "J’ai publié") != "Paul Roth"


@pytest.mark.parametrize(("name", "lang", "gender"), [
    ("Hilde", "de", "f"), ("Mechthild", "de", "f"), ("Dietmar", "de", "m"), ("Shabana", "en", "f"),
    ("Nasreen", "en", "f"), ("Kamran", "en", "m"), ("Laurence", "fr", "f"), ("Laurence", "en", "m"),
    ("Danish", "en", ""), ("Farhan", "en", ""),
])
def test_given_names_of_the_forty_second_set(name: str, lang: str, gender: str) -> None:
    assert given_gender(name, lang) == gender


def test_a_lady_health_worker_with_her_honorific() -> None:
    body = ("Shabana Bibi, a lady health worker for nine years, said refusals had become more aggressive.\n\n"
            "\"Now one man stood at his gate and told me to go away,\" she said.")
    lead = "PESHAWAR — A polio campaign began on Monday. Gul Afridi, a district official, said 40 teams were out."
    assert speaker_of(lead, body, "Now one man") == "Shabana Bibi"


def test_the_whole_finder_runs_on_the_examples() -> None:
    document = Document.from_text("Trial\n\n" + COURT_FR + "\n")
    assert [q.speaker_full for q in find_quotations(document)] == ["Gérard Vialle"] + [
        "Hélène Marchetti", "Gérard Vialle"] * 2


def test_french_du_addresses_no_one() -> None:
    from reader.quotes.exchanges import _addresses

    assert _addresses("Non. Pas formellement.", "Vous connaissez pourtant la règle.")
    assert not _addresses("Non. Pas formellement.", "Le cas du prévenu est grave.")
    assert _addresses("Wussten Sie das?", "Ich wusste es.")
