"""Shapes issue 11's part 40 reads: a French or German interview printed as question-and-answer lines ("Q :" and
"R :", "Frage:" and "Antwort:"), with the paper that asks named where the article introduces it ("un entretien
accordé au Parisien", "im Interview mit dem Kölner Stadt-Anzeiger"); a German sentence whose subject stands after
its verb ("Bestätigen wollte Schantl das nicht.") giving the first-person words after it to that person. Short
examples written for these tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.interviews import interview_turns
from tests.unit.quote_leads import GERMAN_LEAD, found, speaker_of
from tests.unit.quote_leads import speakers_by_opening as speakers

FRENCH_INTERVIEW = (
    "Municipales : la maire de Rennes se représente\n\n"
    "Nathalie Appéré, maire socialiste de Rennes, a accordé un entretien au Parisien. Elle revient sur la "
    "campagne et sur le budget de la ville.\n\n"
    "Q\u00a0: Pourquoi vous représentez-vous ?\n\n"
    "R\u00a0: Parce que le travail n'est pas fini. Nous avons lancé des chantiers qu'il faut mener à terme.\n\n"
    "Question : Et le budget ?\n\n"
    "Réponse : Il est tenu. Nous n'avons pas augmenté les impôts depuis six ans.\n")

GERMAN_INTERVIEW = (
    "Oper: Reker rechnet mit Eröffnung im nächsten Jahr\n\n"
    "Die Kölner Oberbürgermeisterin Henriette Reker hat im Interview mit dem Kölner Stadt-Anzeiger über die "
    "Sanierung der Oper gesprochen.\n\n"
    "Frage: Frau Reker, wann wird die Oper fertig?\n\n"
    "Antwort: Wir rechnen mit dem kommenden Jahr. Die Verzögerungen ärgern mich selbst am meisten.\n\n"
    "Frage: Was kostet das die Stadt?\n\n"
    "Antwort: Mehr, als wir geplant hatten.\n")


def test_a_french_interview_s_answers_are_the_interviewee_s_and_its_questions_the_paper_s() -> None:
    found_here = speakers(FRENCH_INTERVIEW)
    assert found_here["Parce que le travail"] == "Nathalie Appéré"
    assert found_here["Il est tenu. Nous n'"] == "Nathalie Appéré"
    # "au Parisien": the article the contraction holds is the paper's; the sentence after it is not its name
    assert found_here["Pourquoi vous représ"] == "Le Parisien"
    assert found_here["Et le budget ?"] == "Le Parisien"


def test_a_german_interview_s_answers_are_the_interviewee_s() -> None:
    found_here = speakers(GERMAN_INTERVIEW)
    assert found_here["Wir rechnen mit dem k"[:20]] == "Henriette Reker"
    assert found_here["Mehr, als wir geplan"] == "Henriette Reker"
    assert found_here["Frau Reker, wann wir"] == "Kölner Stadt-Anzeiger"


def test_a_french_label_with_a_no_break_space_before_its_colon_opens_a_turn() -> None:
    document = Document.from_text(FRENCH_INTERVIEW)
    starts = [block.start for block in document.blocks]
    turns = interview_turns(document.text, document.blocks, starts)
    assert [turn.asks for _, turn in sorted(turns.items())] == [True, False, True, False]


@pytest.mark.parametrize("label", ["R : ", "Antwort: ", "Frage: "])
def test_a_label_alone_with_no_answering_line_is_no_turn(label: str) -> None:
    text = ("Titel\n\nDie Gemeinde hat am Montag ihre Pläne vorgestellt.\n\n" + label
            + "Die Liste der Punkte folgt unten.\n\nDer Rat tagt wieder im März.\n")
    assert find_quotations(Document.from_text(text)) == []


def test_a_person_an_english_interview_names_after_a_sentence_end_is_not_joined_to_it() -> None:
    text = ("Senator speaks on budget\n\n"
            "Senator Jane Doe gave an interview to reporters and talked with The Associated Press. She discussed "
            "the budget.\n\n"
            "Q: Will the bill pass?\n\nA: No. I have counted the votes.\n")
    found_here = speakers(text)
    assert found_here["Will the bill pass?"] == "The Associated Press"
    assert found_here["No. I have counted t"] == "Jane Doe"


LEAD_DE = ("Die Arbeiten an der Brücke in Leoben verzögern sich. Der Bauleiter Markus Schantl kennt die Gründe.")


@pytest.mark.parametrize("sentence", [
    "Bestätigen wollte Schantl das nicht.",
    "Am Montag besuchte Schantl die Baustelle.",
    "Mit dem Bürgermeister sprach Markus Schantl lange.",
])
def test_a_german_subject_after_its_verb_owns_the_first_person_words_after_it(sentence: str) -> None:
    body = LEAD_DE + " " + sentence + " „Wir warten auf die Gutachten.“"
    assert speaker_of(GERMAN_LEAD, body, "Wir warten") == "Markus Schantl"


def test_a_name_after_the_verb_that_the_article_does_not_name_as_a_person_gives_nothing() -> None:
    body = ("Die Arbeiten an der Brücke verzögern sich. Am Montag besuchte Leoben den Nachbarort. "
            "„Wir warten auf die Gutachten.“")
    assert speaker_of(GERMAN_LEAD, body, "Wir warten") is None


def test_a_cued_speaker_after_the_quotation_still_wins() -> None:
    body = LEAD_DE + " Am Montag besuchte Schantl die Baustelle. „Das ist eine Katastrophe“, sagte ein Anwohner."
    assert found(GERMAN_LEAD, body)["Das ist eine Katastrophe"][1] == "ein Anwohner"


SPIEGEL_INTERVIEW = (
    "Oper: Reker rechnet mit Eröffnung\n\n"
    "Die Kölner Oberbürgermeisterin Henriette Reker spricht im SPIEGEL-Gespräch über die Sanierung der Oper.\n\n"
    "SPIEGEL: Frau Reker, wann wird die Oper fertig?\n\n"
    "Reker: Wir rechnen mit dem kommenden Jahr.\n\n"
    "SPIEGEL: Was kostet das die Stadt?\n\n"
    "Reker: Mehr, als wir geplant hatten.\n\n"
    "Fazit: Die Oper bleibt ein Dauerthema.\n")


def test_a_german_interview_labelled_with_the_paper_s_and_the_interviewee_s_names() -> None:
    found_here = speakers(SPIEGEL_INTERVIEW)
    assert found_here["Frau Reker, wann wird"[:20]] == "SPIEGEL"
    assert found_here["Wir rechnen mit dem k"[:20]] == "Henriette Reker"
    assert found_here["Mehr, als wir geplan"] == "Henriette Reker"
    # a label said once ("Fazit:") is no one's turn
    assert not any(text.startswith("Die Oper bleibt") for text in found_here)


def test_a_name_label_with_no_paper_s_label_is_no_interview() -> None:
    text = ("Oper\n\nDie Stadt hat über die Oper beraten.\n\nReker: Wir rechnen mit dem kommenden Jahr.\n\n"
            "Müller: Das glaube ich nicht.\n\nReker: Doch.\n")
    assert find_quotations(Document.from_text(text)) == []


# -- French: roles, cue verbs and a sentence that goes on in the infinitive -----------------------------------------

FRENCH_VOTE = ("Le projet de télésiège divise la commune\n\nLes habitants ont voté dimanche sur le financement du "
               "nouveau télésiège de la station. Le oui l'a emporté de justesse.\n\n")


@pytest.mark.parametrize(("attribution", "speaker"), [
    ("a réagi le syndic, Pierre-Alain Jaquet.", "Pierre-Alain Jaquet"),
    ("a déclaré le syndic.", "le syndic"),
    ("a réagi la mairesse, Julie Tremblay.", "Julie Tremblay"),
    ("a réagi le bourgmestre, Marc Dupuis.", "Marc Dupuis"),
])
def test_a_swiss_belgian_or_quebec_title_is_a_role(attribution: str, speaker: str) -> None:
    text = FRENCH_VOTE + "« C'est un soulagement immense », " + attribution + "\n"
    assert speakers(text)["C'est un soulagement"] == speaker


@pytest.mark.parametrize("verb", ["souriait", "expliqua", "glissa", "confia", "répondit"])
def test_the_imperfect_and_the_passe_simple_are_cues(verb: str) -> None:
    text = ("Titre du match\n\nSur un coup franc de Théo Marchetti, Yanis Bouaziz a offert la victoire à Annecy "
            "samedi soir.\n\n« Je ne l'ai pas vraiment vue arriver », " + verb + " l'attaquant de 22 ans.\n")
    assert speakers(text)["Je ne l'ai pas vraim"] == "Yanis Bouaziz"


@pytest.mark.parametrize("goes_on", ["Avant d'ajouter :", "Et de conclure :", "Non sans préciser :"])
def test_a_sentence_going_on_in_the_infinitive_keeps_the_speaker(goes_on: str) -> None:
    text = ("Titre du match\n\nYanis Bouaziz a offert la victoire à Annecy samedi soir.\n\n« On a été mauvais », "
            "a raconté l'entraîneur, Laurent Perrin. " + goes_on + " « Ce soir, personne ne les a rendues. »\n")
    assert speakers(text)["Ce soir, personne ne"] == "Laurent Perrin"


def test_a_labelled_sign_after_a_speaker_is_still_no_one_s() -> None:
    text = ("Titre du match\n\nYanis Bouaziz a offert la victoire à Annecy samedi soir.\n\n« On a été mauvais », "
            "a raconté l'entraîneur, Laurent Perrin. Le panneau du club : « Ici, c'est la Haute-Savoie. »\n")
    assert speakers(text)["Ici, c'est la Haute-"] is None


# -- German: an institution's place, a defendant by an initial ---------------------------------------------------

COURT = ("Geldabholer muss ins Gefängnis\n\n"
         "Osnabrück. Verteidiger Frank Heitmann hatte auf Bewährung plädiert. Doch das Landgericht Osnabrück "
         "verurteilte Dawid K. am Donnerstag zu vier Jahren Haft.\n\n"
         "Vor dem Urteil ergriff der Angeklagte selbst das Wort. „Ich schäme mich“, sagte er leise.\n\n"
         "Die Polizeidirektion Osnabrück warnt unterdessen vor neuen Anrufen. „Die Polizei ruft niemals an, um "
         "Geld zu verlangen“, betonte ein Sprecher.\n")


def test_an_institution_s_place_is_no_person() -> None:
    from reader.quotes.people import People

    assert {person.full for person in People(COURT, "de", []).everyone}.isdisjoint(
        {"Polizeidirektion Osnabrück", "Osnabrück"})


def test_a_defendant_named_by_an_initial_is_whom_er_stands_for() -> None:
    assert speakers(COURT)["Ich schäme mich"] == "Dawid K."


def test_a_surname_with_a_noun_s_ending_is_the_person_named_in_full() -> None:
    text = ("Derby\n\nEintracht-Trainer Ralf Hornung räumte nach dem Spiel ein, seine Mannschaft habe Glück gehabt.\n\n"
            "Ostheims Trainer Mirko Sadowski haderte mit dem Ausgleich. „Das ist ein glasklares Foul“, sagte "
            "Sadowski.\n\nHornung wollte nichts wissen. „Wir haben uns den Sieg verdient“, sagte der 52-Jährige.\n")
    assert speakers(text)["Wir haben uns den Si"] == "Ralf Hornung"


def test_a_noun_with_that_ending_is_still_no_one() -> None:
    body = "Die Regierung hat am Montag entschieden. „Wir warten auf die Gutachten“, sagte sie."
    assert speaker_of(GERMAN_LEAD, body, "Wir warten") != "Regierung"


# -- English: a place after an owner's possessive ------------------------------------------------------------------

def test_the_name_apposed_to_an_owner_s_role_not_the_place_after_the_owner() -> None:
    text = ("Union slams closures\n\nThe retailer said on Monday it would close 40 stores.\n\n“We learnt about these "
            "closures from the media,” said Saccawu’s Gauteng regional organiser, Thabo Mahlangu.\n")
    assert speakers(text)["We learnt about thes"] == "Thabo Mahlangu"
    text = ("Union slams closures\n\nThe retailer said on Monday it would close 40 stores.\n\n“We learnt about it,” "
            "said Obama’s Press Secretary Josh Earnest.\n")
    assert speakers(text)["We learnt about it,"] == "Josh Earnest"


def test_my_wife_in_english_nested_words_is_the_wife_named_later() -> None:
    text = ("Meteorite hits barn\n\nThe rancher, Dale Kinchloe, 67, said he heard a sonic boom.\n\n"
            "\"Then I walked in and there's this black rock sitting in the hay. My wife said, 'Don't you touch that "
            "thing,' so I didn't,\" Kinchloe said.\n\n"
            "Sharon Kinchloe, who photographed the rock before her husband moved it, said the roof is not repaired.\n")
    assert speakers(text)["Don't you touch that"] == "Sharon Kinchloe"


FRENCH_MEETING = "Titre\n\nLa réunion publique a eu lieu mardi soir à la salle des fêtes.\n\n"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Réponse du capitaine Éric Marchal, chef du centre de secours : « Un véhicule est prépositionné. »",
     "Éric Marchal"),
    ("Réplique de la maire, Sophie Léger : « Un véhicule est prépositionné. »", "Sophie Léger"),
])
def test_a_french_answer_named_before_a_colon(sentence: str, speaker: str) -> None:
    text = FRENCH_MEETING + "Un habitant a lancé : « Et les pompiers, ils passent par où ? » " + sentence + "\n"
    assert speakers(text)["Un véhicule est prép"] == speaker


def test_a_long_french_adverbial_before_the_subject() -> None:
    text = ("Titre\n\nLe tribunal a rendu son jugement mardi soir. Le prévenu, Kevin Loiseau, a été condamné.\n\n"
            "En quittant la salle au bras de son fils, Odette Ménard a eu ce mot : « Trois ans… Moi, j’en ai perdu "
            "quatre mille. »\n")
    assert speakers(text)["Trois ans… Moi, j’en"] == "Odette Ménard"


def test_a_german_clause_with_its_subject_before_its_verb_is_no_attribution() -> None:
    body = ("Heiko Lüdemann (SPD) und Merle Suhr (Grüne) stritten lange. Lüdemann nannte das „einen vernünftigen "
            "Kompromiss“, Suhr sprach von einem „schwarzen Tag für Westerhöhe“.")
    quotations = found(GERMAN_LEAD, body)
    assert quotations["einen vernünftigen Kompromiss"][1] == "Heiko Lüdemann"
    assert quotations["schwarzen Tag für Westerhöhe"][1] == "Merle Suhr"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Title\n\nThe council met on Monday. Mayor Uwe Brockman chaired the meeting.\n\nAs he spoke, someone in the "
     "audience shouted: “Just close the place then!” Brockman asked for calm.\n", "someone in the audience"),
    ("Title\n\nThe council met on Monday. Mayor Uwe Brockman chaired the meeting.\n\n“Just close the place then!” "
     "shouted someone at the back.\n", "someone at the back"),
    ("Titel\n\nDer Rat der Stadt hat am Montag über das Freibad beraten. Bürgermeister Uwe Brockmann leitete die "
     "Sitzung.\n\nWährend er sprach, rief jemand aus dem Publikum: „Just close the place then!“ Brockmann ermahnte "
     "die Zuhörer zur Ruhe.\n", "jemand aus dem Publikum"),
    ("Titre\n\nLe conseil municipal s'est réuni lundi. Le maire, Paul Dufour, présidait la séance.\n\nPendant qu'il "
     "parlait, quelqu'un dans le public a crié : « Just close the place then! » Le maire a appelé au calme.\n",
     "quelqu'un dans le public"),
])
def test_someone_in_a_crowd_is_the_speaker_as_written(text: str, speaker: str) -> None:
    assert speakers(text)["Just close the place"] == speaker


def test_a_bare_someone_calling_something_a_name_stays_no_one_s() -> None:
    text = ("Title\n\nRepublican insiders do not understand what is happening.\n\nSomeone called it a \"quiet "
            "revolution,\" and I agree.\n")
    assert speakers(text)["quiet revolution,"] is None


def test_a_name_apposed_after_an_acronym_in_brackets_is_the_subject() -> None:
    text = ("Obituary\n\nThe veteran highlife musician Kofi Boakye Asante-Mensah has died at the age of 84.\n\n"
            "The President of the Musicians Union of Ghana (MUSIGA), Mr Daniel Kwaku Ofori, described his death as "
            "“a huge blow to the creative arts industry”.\n\nSpeaking to the Daily Graphic, he said: “Uncle Kofi "
            "was not just a musician.”\n")
    found_here = speakers(text)
    assert found_here["a huge blow to the cr"[:20]] == "Daniel Kwaku Ofori"
    assert found_here["Uncle Kofi was not j"] == "Daniel Kwaku Ofori"


ENGLISH_STUDY = "Title\n\nOfficials gave an update on Monday. Dr Saima Hameed of the institute led the study.\n\n"


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("Dr Hameed said the Karakoram had long been an exception, a phenomenon scientists refer to as the "
     "\"Karakoram anomaly\", but the data suggested this was changing.", "Karakoram anomaly"),
    ("The area is often referred to as “the Third Pole” by researchers.", "the Third Pole"),
    ("Mr Madad said villagers had begun calling the lake above the village \"the sleeping monster\".",
     "the sleeping monster"),
])
def test_a_name_many_use_is_a_term(sentence: str, quoted: str) -> None:
    quotations = {q.text: q for q in find_quotations(Document.from_text(ENGLISH_STUDY + sentence + "\n"))}
    assert quotations[quoted].kind == "term" and quotations[quoted].speaker is None


TRIAL_FR = ("Angers : le plombier des retraités condamné\n\n"
            "Kevin Loiseau, 31 ans, comparaissait mardi devant le tribunal correctionnel d’Angers pour "
            "escroqueries.\n\nLa présidente Catherine Morvan résume les faits. « Vous repartez avec 3 000 euros "
            "pour un joint. C’est bien ça ? » Le prévenu hoche la tête. « Oui, madame la présidente. »\n\n"
            "Assis au premier rang, son fils, Bernard Ménard, ne quitte pas le prévenu des yeux.\n")


def test_a_french_gesture_gives_the_reply_after_it_to_the_one_who_makes_it() -> None:
    assert speakers(TRIAL_FR)["Oui, madame la prési"] == "Kevin Loiseau"


def test_a_french_sentence_going_on_after_a_name_is_no_appositive() -> None:
    from reader.quotes.people import People

    people = People(TRIAL_FR, "fr", [])
    bernard = people.named("Bernard Ménard")
    assert bernard is not None and "prévenu" not in people.context(bernard)


def test_a_german_gesture_gives_the_reply_after_it_to_the_one_who_makes_it() -> None:
    text = ("Titel\n\nDie Fähre über die Elbe fährt seit 1990 wieder. Fährmann Detlef Harms steht seit 30 Jahren am "
            "Ruder. Landrat Klaus-Dieter Wendt sagt, die Fähre bleibe.\n\nHarms verzieht das Gesicht, als er das "
            "Wort hört. »Luxus? Luxus ist, wenn man 38 Kilometer Umweg fahren kann.«\n")
    assert speakers(text)["Luxus? Luxus ist, we"] == "Detlef Harms"


def test_a_sentence_with_no_gesture_gives_words_not_in_the_first_person_to_no_one() -> None:
    body = ("Klaus Weber weihte am Sonntag das Denkmal ein. „Den Gefallenen zum Gedenken“ steht auf dem Sockel.")
    assert speaker_of(GERMAN_LEAD, body, "Den Gefallenen") is None


def test_a_capitalised_role_in_german_nested_words_is_the_one_the_article_named() -> None:
    text = ("Derby\n\nEintracht-Trainer Ralf Hornung räumte nach dem Spiel ein, seine Mannschaft habe Glück gehabt.\n\n"
            "Kapitän Jonas Wiegand erzählte es dann doch: „Der Trainer hat gefragt: ‚Wollt ihr wirklich so vom Platz "
            "gehen?‘ Das hat gesessen.“\n")
    assert speakers(text)["Wollt ihr wirklich s"] == "Ralf Hornung"


def test_a_participle_after_a_past_verb_s_object_is_the_subject_s() -> None:
    text = ("Trial\n\nA financial adviser, Daniel Whitcombe, is on trial for fraud.\n\nThe fraud came to light when "
            "Richard Fenn, an accountant, emailed Whitcombe asking for “a copy of the title deeds”.\n")
    assert speakers(text)["a copy of the title d"[:20]] == "Richard Fenn"
    # (a name after a preposition was read so already; one subject of its own stays it: "with Trump tweeting")
    text = ("Debate\n\nThe debate went on late.\n\nThe night ended with Donald Trump tweeting that it was "
            "“a disaster”.\n")
    assert speakers(text)["a disaster"] == "Donald Trump"


@pytest.mark.parametrize("sentence", [
    "Ähnlich äußerte sich der evangelische Sozialethiker Martin Quandt von der Universität Greifswald.",
    "So sagte der evangelische Sozialethiker Martin Quandt:",
])
def test_a_german_role_after_an_adjective_then_a_name_after_the_verb(sentence: str) -> None:
    body = "Die Diakonie hat einen Bericht vorgelegt. " + sentence + " „Die Kirche hat hier eine klare Aufgabe.“"
    assert speaker_of(GERMAN_LEAD, body, "Die Kirche") == "Martin Quandt"


def test_a_place_a_german_adjective_qualifies_is_no_one() -> None:
    body = ("Schreckensmomente im Tiroler Ötztal: Eine Urlauberin wurde von einer Kuh verletzt.\n\nJosef Gstrein (63) "
            "bewirtschaftet die Alm seit 30 Jahren. „So was hab i no nia erlebt“, sagt der Tiroler.")
    assert speaker_of(GERMAN_LEAD, body, "So was hab") != "Ötztal"


def test_a_german_passive_names_whom_it_quotes() -> None:
    body = ("Die Diakonie hat einen Bericht vorgelegt. „Ich habe jeden Brief ungeöffnet in eine Schublade gelegt“, "
            "wird eine alleinerziehende Mutter in dem Bericht zitiert.")
    assert speaker_of(GERMAN_LEAD, body, "Ich habe jeden") == "eine alleinerziehende Mutter"


def test_an_adverb_opening_the_sentence_before_darin_hiess_es_is_no_one() -> None:
    body = ("An den Verhandlungstagen hatte der Angeklagte Markus R. geschwiegen. Nur zu Beginn ließ er eine "
            "Erklärung verlesen. Darin hieß es: „Ich hätte ihn niemals angezündet.“")
    assert speaker_of(GERMAN_LEAD, body, "Ich hätte") != "Nur"


def test_a_compound_s_noun_after_a_number_is_no_name() -> None:
    text = ("Titel\n\nFrauke Jessen deckt seit zwanzig Jahren Dächer. Ihr Lehrmeister war Uwe Clausen. An das erste "
            "Gespräch mit der damals 19-Jährigen erinnert er sich genau.\n")
    from reader.quotes.people import People

    assert "Jährigen" not in {person.full for person in People(text, "de", []).everyone}


def test_a_capitalised_name_a_group_calls_someone_is_a_term() -> None:
    text = ("Title\n\nFerris took seven wickets on Sunday.\n\nThe Launceston product, whose teammates call him "
            "\"Ferret\", began the collapse.\n")
    quotation = find_quotations(Document.from_text(text))[0]
    assert (quotation.kind, quotation.speaker) == ("term", None)
    text = "Title\n\nThe council unveiled the plan.\n\nResidents call the plan \"a disaster\" and vow to fight it.\n"
    assert find_quotations(Document.from_text(text))[0].speaker == "Residents"  # (an opinion, not a name)
