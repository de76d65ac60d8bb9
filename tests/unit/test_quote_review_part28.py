"""Shapes the twenty-ninth review set showed wrong (issue 11, part 28), measured before any rule was written for it:
a person's gender read from the article where no given name tells it ("Qureshi left …. He said …"), a couple's
honorifics that disagree, the turns of a question-and-answer exchange, and more. Short examples written for these
tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.quotes.acronyms import acronym_names
from reader.quotes.cited_surnames import cited_surname
from reader.quotes.people import People
from reader.quotes.pronoun_genders import learn_genders
from tests.unit.quote_leads import FRENCH_LEAD, GERMAN_LEAD, speaker_of
from tests.unit.quote_leads import found as found_in

ENGLISH_LEAD = "LONDON (AP) — Officials opened an inquiry on Monday into the collapse of the old harbour wall."


_NAMED = {
    "Qureshi": "“It was wrong,” said Farhan Qureshi.",
    "Benyahia": "« C’était faux », explique Lounès Benyahia, maire de la ville.",
    "Ozoliņš": "„Das war falsch“, sagte Jānis Ozoliņš.",
    "Whitfield": "",
    "Clinton": "",
}
"""A first mention that makes the name a person's (a saying verb's subject), which gives no gender itself."""


def _gender(text: str, surname: str, lang: str = "en") -> str:
    text = (_NAMED[surname] + "\n\n" + text).lstrip()
    people = People(text, lang, [])
    return next(person.gender for person in people.everyone if person.surname == surname)


@pytest.mark.parametrize(
    ("text", "surname", "lang", "gender"),
    [
        ("Farhan Qureshi left the university in 2020. He said he had raised the matter.", "Qureshi", "en", "m"),
        ("Farhan Qureshi left the university in 2020. She said she had raised the matter.", "Qureshi", "en", "f"),
        # someone else named between the name and the pronoun: it may be theirs
        ("Farhan Qureshi met Barbara Lindqvist in 2020. She said she had raised it.", "Qureshi", "en", ""),
        # a pronoun inside a quotation is someone else's
        ("Farhan Qureshi read the letter aloud: “We lost. He betrayed us.”", "Qureshi", "en", ""),
        # the pronouns disagree: no gender rather than a wrong one
        ("Farhan Qureshi left in 2020. He said so.\n\nQureshi spoke later. She disagreed.", "Qureshi", "en", ""),
        # a pronoun of the vote's gender between may be whom the next one continues; a possessive is the subject's
        ("Farhan Qureshi praised her work in 2020. She said it was fair.", "Qureshi", "en", ""),
        ("Farhan Qureshi raised his concerns in 2020. He said nobody listened.", "Qureshi", "en", "m"),
        # the name does not open its sentence
        ("The board thanked Farhan Qureshi on Monday. She said the report was fair.", "Qureshi", "en", ""),
        ("Lounès Benyahia a quitté la ville en 2020. Il a expliqué son choix.", "Benyahia", "fr", "m"),
        ("Lounès Benyahia a quitté la ville en 2020. Il faut dire que tout a changé.", "Benyahia", "fr", ""),
        ("Jānis Ozoliņš wurde am Samstag ausgewechselt. Er sprach von einer Kopfsache.", "Ozoliņš", "de", "m"),
        ("Jānis Ozoliņš wurde am Samstag ausgewechselt. Sie sagten nichts dazu.", "Ozoliņš", "de", ""),
    ],
)
def test_a_gender_is_read_from_the_pronoun_after_a_sentence_the_name_opens(text: str, surname: str, lang: str,
                                                                           gender: str) -> None:
    assert _gender(text, surname, lang) == gender


def test_a_given_names_gender_is_never_overridden() -> None:
    assert _gender("Hillary Clinton spoke in Ohio. He said nothing.", "Clinton") == "f"


def test_honorifics_of_both_genders_leave_a_surname_with_no_gender() -> None:
    text = ("Graham Whitfield, 67, lives with his wife Janet behind the church.\n\nMrs Whitfield said the noise was "
            "unbearable.\n\nMr Whitfield accepted that he had lost his temper.")
    assert _gender(text, "Whitfield") == ""
    # one honorific, or a given name that tells the gender, still does
    assert _gender("Mrs Whitfield said the noise was unbearable.", "Whitfield") == "f"
    assert _gender("Janet Whitfield spoke first.\n\nMrs Whitfield and Mr Whitfield left.", "Whitfield") == "f"


def test_learning_reads_only_persons_without_a_gender() -> None:
    document_text = _NAMED["Qureshi"] + "\n\nQureshi left. He said so."
    people = People(document_text, "en", [])
    person = next(person for person in people.everyone if person.surname == "Qureshi")
    person.gender = "f"
    learn_genders(document_text, "en", [person], people.mentions, people.mention_people)
    assert person.gender == "f"


def test_she_is_not_the_man_the_article_called_he() -> None:
    body = ("Farhan Qureshi raised the alarm in 2019.\n\nQureshi left Northfield in 2020 and now works in Leiden. He "
            "said he had raised the matter informally.\n\nProfessor Caroline Ashdown-Mensah, the vice-chancellor, "
            "apologised to Qureshi in a message to all staff.\n\n“Dr Qureshi did exactly what we ask of every "
            "researcher,” she wrote.")
    assert speaker_of(ENGLISH_LEAD, body, "Dr Qureshi did") == "Caroline Ashdown-Mensah"


def test_a_couples_mrs_does_not_make_the_husband_she() -> None:
    body = ("Pastor Kofi Mensah-Bonsu embraced members of the congregation.\n\n“We give thanks,” he said.\n\n"
            "Graham Whitfield, 67, who lives with his wife Janet behind the church, said the couple were "
            "“devastated”.\n\n“Nobody is saying they can’t worship,” he said.\n\nMrs Whitfield said she could not "
            "sleep.\n\n“I may have said something like that,” Mr Whitfield replied.")
    assert speaker_of(ENGLISH_LEAD, body, "Nobody is saying") == "Graham Whitfield"


@pytest.mark.parametrize(
    ("body", "answers"),
    [
        # an asked question and its reply, then bare turns: they alternate
        ("“Did you find anything in my client’s car?” Abdi Warsame asked.\n\n“No,” Detective Duc Tran answered."
         "\n\n“Anything in his home?”\n\n“No, sir.”\n\n“Anything on his clothes?”\n\n“We did not.”",
         {"Anything in his home?": "Abdi Warsame", "No, sir.": "Duc Tran", "Anything on his clothes?": "Abdi Warsame",
          "We did not.": "Duc Tran"}),
        # a paragraph announces the exchange: the questions are the askers', the answers hers
        ("Priya Ramanathan was appointed liquidator on Monday.\n\n“Our first priority is the staff,” she said.\n\n"
         "Reporters pressed her on how long that might take.\n\n“Days or weeks?”\n\n“I would hope days.”\n\n"
         "“Are there buyers?”\n\n“There has been interest.”",
         {"I would hope days.": "Priya Ramanathan", "There has been interest.": "Priya Ramanathan"}),
        # a bare question after someone's statement is no exchange: the default reading stays
        ("“She said it was a clerical error,” Marcus Oyelaran said.\n\n“And did she?”\n\n“She moved me to another "
         "department.”",
         {"She moved me": "Marcus Oyelaran"}),
    ],
)
def test_the_turns_of_an_exchange_alternate(body: str, answers: dict[str, str]) -> None:
    for quoted, speaker in answers.items():
        assert speaker_of(ENGLISH_LEAD, body, quoted) == speaker, quoted


def test_a_statement_after_a_statement_stays_with_its_speaker() -> None:
    body = ("“And in August?” Harold Lindqvist asked.\n\n“The system is designed for peak load,” Tomás Villanueva "
            "replied.\n\n“That number already includes August.”")
    assert speaker_of(ENGLISH_LEAD, body, "That number") == "Tomás Villanueva"


@pytest.mark.parametrize(
    ("text", "surname", "gender"),
    [
        ("Der Kritiker Hartwin Lanz nannte ihre Darstellung eine Naturgewalt.", "Lanz", "m"),
        ("Damals lobte sie der Kritiker Hartwin Lanz.", "Lanz", "m"),
        # a feminine ending tells, whatever the article's case: "Zum Tod der Schauspielerin …"
        ("Zum Tod der Schauspielerin Vesna Marinković trauert die Stadt.", "Marinković", "f"),
        # no role, no article: nothing to read
        ("Hartwin Lanz nannte ihre Darstellung eine Naturgewalt.", "Lanz", ""),
    ],
)
def test_a_german_article_and_role_before_a_name_tell_its_gender(text: str, surname: str, gender: str) -> None:
    people = People("„Das war falsch“, sagte Hartwin Lanz.\n\n" + text if surname == "Lanz" else text, "de", [])
    assert next(person.gender for person in people.everyone if person.surname == surname) == gender


def test_german_sie_with_a_singular_verb_carries_the_woman_a_paragraph_opened_with() -> None:
    body = ("Die Schauspielerin Vesna Marinković ist tot. Sie wurde 81 Jahre alt.\n\nIhren Durchbruch feierte sie "
            "1976 in der Inszenierung von Ruth Sandoval-Kern. Der Kritiker Heribert Lanz nannte sie eine "
            "Naturgewalt. Sie selbst mochte das nicht. „Ich habe nie gebrüllt“, sagte sie einmal.")
    assert speaker_of(GERMAN_LEAD, body, "Ich habe nie") == "Vesna Marinković"


def test_german_sie_with_a_plural_verb_is_they() -> None:
    body = ("Die Ministerin Lea Brandt sprach am Morgen.\n\nDie Eltern kamen spät. Sie sagten nichts dazu. Ein "
            "Vater, Tom Weber, blieb. „Wir warten“, sagte er.")
    assert speaker_of(GERMAN_LEAD, body, "Wir warten") == "Tom Weber"


def test_a_german_demonym_after_a_goalie_speaks_for_him() -> None:
    body = ("Goalie Jānis Ozoliņš wurde nach dem dritten Gegentor ausgewechselt. Die Mannschaft sei „wie gelähmt“ "
            "gewesen. „Wir kassieren ein Tor, und jeder spielt für sich“, sagte der Lette.")
    assert speaker_of(GERMAN_LEAD, body, "Wir kassieren") == "Jānis Ozoliņš"


def test_an_irish_name_with_two_particles_is_a_person_cited_with_them() -> None:
    body = ("That meeting cannot come soon enough for Siobhán Mac Giolla Bhríde, whose family has fished out of "
            "Carrickmore for four generations.\n\n“Nobody from Dublin asked us anything,” she said.")
    found = {text: speaker for text, (speaker, _, _) in found_in(ENGLISH_LEAD, body).items()}
    assert found["Nobody from Dublin asked us anything,"] == "Mac Giolla Bhríde"


@pytest.mark.parametrize(
    ("full", "surname", "cited"),
    [("Siobhán Mac Giolla Bhríde", "Bhríde", "Mac Giolla Bhríde"), ("Seán Mac Carthaigh", "Carthaigh", "Mac Carthaigh"),
     ("Pádraig Ó Dónaill", "Dónaill", "Ó Dónaill"), ("Mac Jones", "Jones", "Jones")],
)
def test_irish_particles_are_cited_with_the_surname(full: str, surname: str, cited: str) -> None:
    assert cited_surname(full, surname) == cited


def test_a_place_after_in_is_not_the_subject_of_the_verb_after_it() -> None:
    body = ("Fishing crews in Carrickmore have said they will tie up their boats.\n\n“It is the worst day,” she "
            "said.")
    assert speaker_of(ENGLISH_LEAD, body, "It is the worst") is None


def test_cllr_is_a_title_before_a_councillors_surname() -> None:
    body = ("Councillor Declan Rowe urged calm.\n\n“Protesting will make the news,” Cllr Rowe said.")
    assert speaker_of(ENGLISH_LEAD, body, "Protesting") == "Declan Rowe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The warning, issued by the Bush Fire Emergency Service (BFES), read: …",
         {"BFES": "Bush Fire Emergency Service"}),
        ("The strike was called by the Nursing and Midwifery Union (NMU).", {"NMU": "Nursing and Midwifery Union"}),
        ("L'agence régionale de santé (ARS) l'a confirmé.", {"ARS": "Agence régionale de santé"}),
        # a place after the name, which the acronym leaves out
        ("According to the Maritime and Port Authority of Singapore (MPA), ships pass.",
         {"MPA": "Maritime and Port Authority of Singapore"}),
        # initials that do not spell it, a dateline, a single letter: no definition
        ("LONDON (AP) — The minister (BFX) spoke to Jane Doe (D).", {}),
        # the first definition holds
        ("The Bush Fire Emergency Service (BFES) and later the Big Fat Egg Shop (BFES).",
         {"BFES": "Bush Fire Emergency Service"}),
    ],
)
def test_an_acronym_is_read_from_the_name_the_article_spells_out(text: str, expected: dict[str, str]) -> None:
    assert acronym_names(text) == expected


def test_an_acronyms_quotations_show_the_organisation_in_full() -> None:
    body = ("The warning, issued by the Bush Fire Emergency Service (BFES), was blunt.\n\nLate on Saturday, the BFES "
            "posted: “Conditions remain dangerous.”")
    quotations = found_in(ENGLISH_LEAD, body)
    assert quotations["Conditions remain dangerous."][:2] == ("BFES", "Bush Fire Emergency Service")


def test_a_french_acronym_after_an_elided_article_is_the_organisation() -> None:
    body = ("L'agence régionale de santé (ARS) l'a confirmé mardi.\n\nL'ARS promet un « dispositif renforcé » pour "
            "les mères.")
    assert found_in(FRENCH_LEAD, body)["dispositif renforcé"][:2] == ("ARS", "Agence régionale de santé")


def test_a_platform_after_a_french_preposition_is_no_label() -> None:
    body = ("Le député de la circonscription, Olivier Tran-Delmas, a lui aussi réagi, sur le réseau social X : « La "
            "fermeture est une faute. »")
    assert speaker_of(FRENCH_LEAD, body, "La fermeture") == "Olivier Tran-Delmas"


def test_a_letter_written_by_someone_in_the_paragraph_before_is_theirs() -> None:
    body = ("Among the papers is a letter written by a young officer, Captain Alfred Dunning, to his mother in "
            "Devon. Dr Ebenezer Fomukong laid it on the table.\n\n“We burnt the palace compound this morning,” it "
            "reads.")
    assert speaker_of(ENGLISH_LEAD, body, "We burnt") == "Alfred Dunning"


def test_a_french_elu_is_the_mayor_the_article_named_and_turns_go_on_past_words_quoted_inside() -> None:
    body = ("Didier Fontanel, maire de Bréval-sur-Doubs, est jugé pour favoritisme.\n\nInterrogé par la présidente "
            "du tribunal, Isabelle Carrère-N’Diaye, le prévenu a contesté.\n\n« Avez-vous demandé que cette "
            "entreprise soit favorisée ? » lui a demandé la magistrate.\n\n« Jamais, madame la présidente », a "
            "répondu l’élu.\n\n« Et “pas de mauvaise surprise”, cela voulait dire quoi ? »\n\n« Que je ne voulais "
            "plus d’une entreprise qui abandonne le chantier. »")
    assert speaker_of(FRENCH_LEAD, body, "Jamais") == "Didier Fontanel"
    assert speaker_of(FRENCH_LEAD, body, "Et “pas") == "Isabelle Carrère-N’Diaye"
    assert speaker_of(FRENCH_LEAD, body, "Que je ne") == "Didier Fontanel"


def test_a_feminine_elue_is_not_the_mayor_he() -> None:
    body = ("Pour le maire, Hervé Le Bihan, la décision était inévitable.\n\nPour Nadia Benhaddou, cheffe de file de "
            "l’opposition, le vote relève du « passage en force ».\n\nL’élue a également déploré l’absence de "
            "consultation. « On nous parle de démocratie participative. »")
    assert speaker_of(FRENCH_LEAD, body, "On nous parle") == "Nadia Benhaddou"


def test_the_other_party_of_an_exchange_is_the_one_its_intro_names() -> None:
    body = ("Marc Delorme-Sánchez, 47 ans, chef de chantier, comparaissait libre. La présidente du tribunal, "
            "Anne-Sophie Léveillé, l’a longuement interrogé.\n\n« Saviez-vous que le garde-corps manquait ? »\n\n"
            "« Oui. Un compagnon me l’avait signalé. »\n\n« Pourquoi n’avez-vous pas fait arrêter le chantier ? »\n\n"
            "« Je pensais que l’équipe du matin s’en chargerait. »")
    assert speaker_of(FRENCH_LEAD, body, "Saviez-vous") == "Anne-Sophie Léveillé"
    assert speaker_of(FRENCH_LEAD, body, "Oui.") == "Marc Delorme-Sánchez"
    assert speaker_of(FRENCH_LEAD, body, "Pourquoi") == "Anne-Sophie Léveillé"
    assert speaker_of(FRENCH_LEAD, body, "Je pensais") == "Marc Delorme-Sánchez"


def test_an_exchange_announced_by_a_capitalised_participle_alternates() -> None:
    body = ("En conférence de presse, l'entraîneur, Laurent Etcheverry, ne cherchait pas d'excuses. « On a joué "
            "quarante minutes de rugby », a-t-il dit.\n\nInterrogé par un journaliste sur la fraîcheur de son groupe, "
            "le technicien a balayé l'argument.\n\n« Le groupe est-il fatigué ? »\n\n« Fatigué, non. Frustré, oui. »")
    assert speaker_of(FRENCH_LEAD, body, "Fatigué, non") == "Laurent Etcheverry"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a German role the lists lacked ("Komponist") makes the name after it a person's
        ("Der Komponist Aurel Vasiliu-Hartung ist tot. In einem Gespräch mit dieser Zeitschrift sagte er 1998: "
         "»Wer einmal seine Sprache verloren hat, hört anders.«", "Wer einmal", "Aurel Vasiliu-Hartung"),
        # a Swiss surname ending in "-isch" is a name, not a word for a people ("Englisch")
        ("„Heute hat die Bevölkerung gezeigt, was sie will“, sagte Hebamme Seraina Caflisch.", "Heute hat",
         "Seraina Caflisch"),
    ],
)
def test_german_roles_and_surnames(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(GERMAN_LEAD, body, quoted) == speaker


def test_a_french_quantifier_is_no_name_and_two_given_names_make_a_person() -> None:
    body = ("Plusieurs établissements ont déclenché leur plan « chaleur ».\n\nInfirmière aux urgences depuis douze "
            "ans, Ana Lúcia Ferreira a interrompu ses vacances. « Quand la cheffe m’a appelée, je n’ai pas hésité », "
            "confie-t-elle.")
    quotations = found_in(FRENCH_LEAD, body)
    assert quotations["chaleur"][0] is None
    assert speaker_of(FRENCH_LEAD, body, "Quand la cheffe") == "Ana Lúcia Ferreira"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a role after the name makes it a person's; "la chercheuse" is the marine biologist named
        ("Pour Sarah El Khatib, biologiste marine à l’Institut belge, l’essentiel se joue maintenant. « Le fioul "
         "lourd est tenace », explique la chercheuse.", "Le fioul", "Sarah El Khatib"),
        # a people's adjective after a role before the name
        ("Le capitaine, le deuxième-ligne tongien Viliami Fifita, salue « un homme du sérail ». « Malik connaît le "
         "club par cœur », confie-t-il.", "Malik connaît", "Viliami Fifita"),
    ],
)
def test_french_roles_around_a_name(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(FRENCH_LEAD, body, quoted) == speaker


def test_el_is_cited_with_its_surname() -> None:
    assert cited_surname("Sarah El Khatib", "Khatib") == "El Khatib"


def test_a_questioning_by_someone_named_opens_an_exchange_of_bare_turns() -> None:
    body = ("„Ich habe niemanden betrogen“, sagte der Angeklagte Reto Gubler.\n\nBesonders die Befragung durch "
            "Gerichtspräsidentin Barbara Hänggi-Nguyen brachte den Angeklagten ins Schwitzen. Ein Auszug:\n\n"
            "„Herr Gubler, wer hat entschieden, wie viel Stahl eingebaut wird?“\n\n„Das lag beim Bauführer.“\n\n"
            "„Stimmt das?“\n\n„Nein. Das habe ich so nie gesagt.“")
    assert speaker_of(GERMAN_LEAD, body, "Herr Gubler") == "Barbara Hänggi-Nguyen"
    assert speaker_of(GERMAN_LEAD, body, "Das lag") == "Reto Gubler"
    assert speaker_of(GERMAN_LEAD, body, "Stimmt das") == "Barbara Hänggi-Nguyen"
    assert speaker_of(GERMAN_LEAD, body, "Nein.") == "Reto Gubler"


# A review of these rules (a helper, report only) found texts they made wrong; each is mended and kept here.
@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a reply that ends on its own question is no turn: the next statement is still the replier's
        ("“Why are fares going up again?” asked commuter Janet Moss at a public meeting.\n\n“Because our costs "
         "have gone up. What would you have us do, cut services?” replied the authority's chief executive, Paul "
         "Grant.\n\n“We froze fares for three years. That could not last.”", "We froze", "Paul Grant"),
        # "asked" earlier in a paragraph, not in its last sentence, announces no exchange
        ("“We are seeing more burnout than ever,” said Dr. Lena Fischer, a psychiatrist.\n\n“Hospitals were "
         "warned,” said Tom Garrity, a spokesman.\n\nThe survey asked 2,000 nurses about stress. Fischer said the "
         "results were alarming.\n\n“Why are people leaving jobs they once loved?”\n\n“Because they have nothing "
         "left to give.”", "Because they", "Lena Fischer"),
        ("“She has misled the council for two years,” said opposition leader Richard Dunmore.\n\nMayor Helen "
         "Achterberg was asked on Tuesday whether she would step down. She said she would not.\n\n“Why would I "
         "resign?”\n\n“I have done nothing wrong, and the audit will show it.”", "I have done", "Helen Achterberg"),
        # a sentence about someone's kin or a role named between gives the name no gender
        ("“The school failed my boy,” said Parveen Qureshi, 41.\n\nQureshi’s husband was not at the hearing. He "
         "said the family would appeal.\n\nThe council’s head of education, Mark Dowd, said the case was under "
         "review.\n\n“We will not give up,” she said.", "We will not", "Parveen Qureshi"),
        ("“I thought I was going to die,” said Okonkwo Eze, 52.\n\nEze was treated at the scene by a paramedic. "
         "She said he was lucky to be alive.\n\nPolice spokesman Adam Hirst said the driver had stopped.\n\n“I will "
         "ride again, but not at night,” Eze said later. “I owe the paramedic my life,” he added.", "I owe",
         "Okonkwo Eze"),
    ],
)
def test_the_reviews_english_counter_examples(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(ENGLISH_LEAD, body, quoted) == speaker


def test_a_german_plural_verb_in_rn_is_they() -> None:
    body = ("„Hier donnern jeden Tag tausend Lastwagen vorbei“, sagte Chidi Okafor.\n\nOkafor und seine Nachbarn "
            "sind verärgert. Sie fordern seit Jahren eine Lärmschutzwand.\n\nDer Stadtbaurat Heiko Brandt sagte, die "
            "Pläne würden geprüft.\n\nOkafor hält das für eine Ausrede. „Geprüft wird seit zehn Jahren“, sagte er.")
    assert speaker_of(GERMAN_LEAD, body, "Geprüft") == "Chidi Okafor"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a participle opening a clause is no cue ("Interrogé sur …, le maire …": the mayor speaks next)
        ("Interrogé sur les critiques de l’opposant Marc Delorme, le maire Didier Fontanel a défendu la hausse.\n\n"
         "« Nous n’avions pas le choix. L’État nous a retiré 300 000 euros. »", "Nous n’avions", None),
        # whom a role questioned: the asker is the role, no one named
        ("Le prévenu, Marc Delorme, 47 ans, comparaissait pour des violences. Son avocate l’a longuement interrogé "
         "sur son enfance.\n\n« Pourquoi avez-vous frappé votre femme ? »", "Pourquoi", None),
        # "par la députée …", "du côté de la présidente …" name whose words follow a colon
        ("Une inquiétude partagée par la députée Claire Moreau : « Les petites retraites vont encore baisser. »",
         "Les petites", "Claire Moreau"),
        ("Même constat du côté de la présidente de région Sylvie Guérin : « Personne ne nous a consultés. »",
         "Personne", "Sylvie Guérin"),
        # a noun's grammatical gender is not the person's ("la star Burna Boy" is he)
        ("La tête d’affiche sera la star Burna Boy, qui se produira le 18 juillet. « Carhaix, j’arrive ! » a-t-il "
         "écrit sur Instagram.", "Carhaix", "Burna Boy"),
    ],
)
def test_the_reviews_french_counter_examples(body: str, quoted: str, speaker: str | None) -> None:
    assert speaker_of(FRENCH_LEAD, body, quoted) == speaker


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # an organisation's name, capitalised, is whom "il" continues in the next sentence
        ("Le directeur Mathias Oberson parle d’une situation tendue.\n\nLe Syndicat romand du personnel de santé "
         "dénonce, lui, une gestion de crise. Dans un communiqué, il estime que « chaque été, on découvre la "
         "canicule ».", "chaque été", "Le Syndicat"),
        # (a second review's counter-examples to a rule tried and dropped: a role or a body whose sentence names
        # someone only in the clause it reports is not whom the next pronoun continues)
        ("Le Parquet national financier estime que François Fillon a sciemment trompé les enquêteurs. « Je n'ai "
         "rien à me reprocher », a-t-il répété.", "Je n'ai rien", "François Fillon"),
        ("La Commission européenne estime que Marie Dubois, la directrice du site, a été mal informée. « Je l'ai "
         "appris par la presse », a-t-elle réagi.", "Je l'ai appris", "Marie Dubois"),
        ("L'enquêtrice que le parquet avait désignée, la commandante Sophie Marchetti, a décrit une scène de crime. "
         "« Il n'y avait aucune empreinte », a-t-elle précisé.", "Il n'y avait", "Sophie Marchetti"),
    ],
)
def test_french_roles_and_bodies_as_subjects(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(FRENCH_LEAD, body, quoted) == speaker


def test_a_german_role_whose_dass_clause_names_someone_leaves_the_pronoun_to_them() -> None:
    body = ("Thomas Krüger, 47, steht wegen Betrugs vor dem Landgericht.\n\nDer Richter sagte, dass Thomas Krüger "
            "gelogen habe. „Das stimmt nicht“, sagte er.")
    assert speaker_of(GERMAN_LEAD, body, "Das stimmt") == "Thomas Krüger"


def test_an_exchange_asker_named_after_an_abbreviation() -> None:
    body = ("Jerome Powell appeared before the Senate Banking Committee on Tuesday. He was then questioned by Sen. "
            "Elizabeth Warren.\n\n“Will you commit to lowering rates this year?”\n\n“I can't make that commitment,” "
            "Powell said.")
    assert speaker_of(ENGLISH_LEAD, body, "Will you commit") == "Elizabeth Warren"
