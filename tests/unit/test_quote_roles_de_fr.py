"""German and French sentences that open with a role or an organisation before a saying or judging verb
(issue 11, part 19): "Die Union sprach von einem „…“", "Le syndicat qualifie la réforme de « … »" speak as
written, as "The union called the plan “…”" does in English; German compound roles ("Regierungssprecher") are
roles. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.descriptions import _is_role

GERMAN_LEAD = ("Berlin. Die Bundesregierung hat am Montag ein neues Rentenpaket vorgestellt, das die Beiträge "
               "bis zum Jahr 2030 stabil halten soll. Ökonomen und Verbände hatten seit Monaten auf eine Reform "
               "gedrängt, die Opposition kündigte bereits Widerstand im Bundestag an.")
FRENCH_LEAD = ("Paris. Le gouvernement a présenté lundi un nouveau projet de réforme des retraites, qui doit "
               "stabiliser les cotisations jusqu'en 2030. Les économistes et les partenaires sociaux réclamaient "
               "depuis des mois une réforme, et l'opposition a déjà promis de la combattre à l'Assemblée.")


def found(lead: str, body: str) -> list[tuple[str, str | None, str]]:
    document = Document.from_text("Streit um die Rente\n\n" + lead + "\n\n" + body + "\n")
    return [(q.text, q.speaker, q.kind) for q in find_quotations(document)]


def speaker_of(quotations: list[tuple[str, str | None, str]], text: str) -> str | None:
    return next(speaker for quoted, speaker, _ in quotations if quoted == text)


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        ("Die Regierung warnte am Montag vor „Panikmache“.", "Panikmache", "Die Regierung"),
        ("Die Partei nannte den Vorschlag „absurd“.", "absurd", "Die Partei"),
        # German capitalises every noun: words framed by "sprach von" are still words, not a name
        ("Die Union sprach dagegen von einem „Griff in die Kasse“.", "Griff in die Kasse", "Die Union"),
        ("Der Innenminister nannte den Plan „unseriös“.", "unseriös", "Der Innenminister"),
    ],
)
def test_a_german_role_or_organisation_opening_the_sentence_speaks(body: str, quoted: str, speaker: str) -> None:
    quotations = found(GERMAN_LEAD, body)
    assert speaker_of(quotations, quoted) == speaker
    assert next(kind for text, _, kind in quotations if text == quoted) == "phrase"


def test_a_verb_after_the_quotation_shares_the_subject_before_it() -> None:
    """"… und kündigte Proteste an": "Proteste" had been read as the subject of a verb after the quotation."""
    quotations = found(GERMAN_LEAD, "Die Gewerkschaft sprach von einem „Wortbruch“ und kündigte Proteste an.")
    assert speaker_of(quotations, "Wortbruch") == "Die Gewerkschaft"


def test_the_role_is_the_person_the_article_gave_it() -> None:
    body = ("Bundesarbeitsministerin Petra Vogt (SPD) hat das Paket verteidigt. „Wir halten Wort“, sagte Vogt.\n\n"
            "Die Ministerin nannte die Kritik der Opposition „unredlich“.")
    assert speaker_of(found(GERMAN_LEAD, body), "unredlich") == "Vogt"


def test_a_work_shown_by_an_institution_has_no_speaker() -> None:
    quotations = found(GERMAN_LEAD, "Das Museum zeigt „Die Brücke“ ab Mai in einer großen Schau.")
    assert speaker_of(quotations, "Die Brücke") is None


def test_a_german_compound_role_before_a_colon_speaks() -> None:
    quotations = found(GERMAN_LEAD, "Ein Regierungssprecher sagte: „Wir prüfen das sorgfältig.“")
    assert speaker_of(quotations, "Wir prüfen das sorgfältig.") == "Ein Regierungssprecher"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        ("Le gouvernement dénonce une « manœuvre » de l'opposition.", "manœuvre", "Le gouvernement"),
        ("Le syndicat qualifie la réforme de « provocation ».", "provocation", "Le syndicat"),
        ("La ministre parle d'une « étape décisive » pour le pays.", "étape décisive", "La ministre"),
        ("Les syndicats ont dénoncé une « trahison » et appellent à la grève.", "trahison", "Les syndicats"),
    ],
)
def test_a_french_role_or_organisation_opening_the_sentence_speaks(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(found(FRENCH_LEAD, body), quoted) == speaker


def test_a_french_title_after_a_verb_of_no_saying_has_no_speaker() -> None:
    quotations = found(FRENCH_LEAD, "La mairie présente « Le Petit Prince » au théâtre municipal.")
    assert speaker_of(quotations, "Le Petit Prince") is None


@pytest.mark.parametrize("word", ["regierungssprecher", "innenminister", "parteichef", "fraktionsvorsitzende",
                                  "bundespräsidentin"])
def test_german_compound_roles_are_roles(word: str) -> None:
    assert _is_role(word)


@pytest.mark.parametrize("word", ["administer", "mischief", "gleiter"])  # ("leiter" is a role of its own)
def test_english_words_and_short_words_are_no_compound_roles(word: str) -> None:
    assert not _is_role(word)


def test_a_french_elided_article_opens_a_subject_after_the_marks() -> None:
    """"a réagi l'Élysée" and "selon l’entourage du président" had no reading (the article and the noun were one
    word), so the quotations took the speaker of the paragraph before."""
    body = ("Dans un communiqué, le ministère affirme : « Les chiffres sont solides. »\n\n"
            "« Nous regrettons cette décision », a réagi l'Élysée.\n\n"
            "« Rien n'est décidé », selon l’entourage du président.")
    quotations = found(FRENCH_LEAD, body)
    assert speaker_of(quotations, "Nous regrettons cette décision") == "Élysée"
    assert speaker_of(quotations, "Rien n'est décidé") == "l’entourage du président"


def test_a_capital_elided_before_a_lower_case_word_is_no_name() -> None:
    """"L'opposition" had been indexed as a person, and "du président" then resolved to it."""
    quotations = found(FRENCH_LEAD, "« Rien n'est décidé », selon l’entourage du président.\n\n"
                                    "L'opposition dénonce un « passage en force ».")
    assert speaker_of(quotations, "Rien n'est décidé") == "l’entourage du président"
    assert speaker_of(quotations, "passage en force") == "L'opposition"


def test_a_name_with_an_aside_before_its_verb_opens_the_sentence() -> None:
    body = ("Marine Lefort, présidente du groupe, a évoqué un « déni de démocratie ». "
            "Elle a qualifié le texte de « honte ».")
    quotations = found(FRENCH_LEAD, body)
    assert speaker_of(quotations, "déni de démocratie") == "Lefort"
    assert speaker_of(quotations, "honte") == "Lefort"


def test_an_aside_then_a_verb_of_no_saying_gives_no_speaker() -> None:
    quotations = found(FRENCH_LEAD, "Marine Lefort, présidente du groupe, a lu « Le Petit Prince » aux enfants.")
    assert speaker_of(quotations, "Le Petit Prince") is None


def test_a_german_pronoun_before_a_judging_verb_is_the_person_before() -> None:
    body = "Kanzlerin Maria Brandt sagte, man werde „alle Optionen“ prüfen. Sie nannte die Lage „ernst“."
    assert speaker_of(found(GERMAN_LEAD, body), "ernst") == "Brandt"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        ("Der Verband veröffentlichte am Dienstag eine Erklärung. Darin heißt es: „Wir lehnen das Paket ab.“",
         "Wir lehnen das Paket ab.", "Der Verband"),
        ("In einer Mitteilung des Ministeriums hieß es: „Die Zahlen sind solide.“", "Die Zahlen sind solide.",
         "Ministerium"),
        ("„Wir werden das prüfen“, hieß es aus Regierungskreisen.", "Wir werden das prüfen", "Regierungskreisen"),
        ("„Die Lage ist ernst“, hieß es in einer Erklärung der Partei.", "Die Lage ist ernst", "Partei"),
        ("Aus dem Ministerium hieß es, man sehe „keinen Handlungsbedarf“.", "keinen Handlungsbedarf", "Ministerium"),
        ("In der Erklärung des Bauernverbandes heißt es: „Wir fordern Nachbesserungen.“",
         "Wir fordern Nachbesserungen.", "Bauernverband"),
        ("Der Konzern teilte mit: „Wir bedauern den Vorfall.“", "Wir bedauern den Vorfall.", "Der Konzern"),
    ],
)
def test_german_it_says_names_its_source(body: str, quoted: str, speaker: str) -> None:
    """German's impersonal "heißt es" gives its source after "aus", as a document's owner, or (after "Darin")
    as who opens the sentence before; these quotations had no speaker."""
    assert speaker_of(found(GERMAN_LEAD, body), quoted) == speaker


def test_german_it_says_of_a_law_names_no_one() -> None:
    quotations = found(GERMAN_LEAD, "Im Grundgesetz heißt es: „Die Würde des Menschen ist unantastbar.“")
    assert speaker_of(quotations, "Die Würde des Menschen ist unantastbar.") is None
