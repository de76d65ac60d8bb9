"""Shapes issue 11's part 41 reads, found on the review sets (benchmarks/review_sets/): a speaker's own shout or
thought nested in their words in German and French ("Ich hab nur noch geschrien: ‚…‘", "J’ai juste crié : “…”").
Short examples written for these tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from tests.unit.quote_leads import speakers_by_opening as full_speakers

_TITLES = {"de": "Titel der Sache", "fr": "Le titre de l’affaire", "en": "The title of the story"}


def speaker_of(lead: str, body: str, quoted: str, lang: str = "de") -> str | None:
    """The full speaker of the quotation starting with ``quoted``, in an article of a title in ``lang``, ``lead``
    and ``body`` (a French article needs a French title: the language is guessed from the whole text)."""
    document = Document.from_text(f"{_TITLES[lang]}\n\n{lead}\n\n{body}\n")
    return next(q.speaker_full for q in find_quotations(document) if q.text.startswith(quoted))


@pytest.mark.parametrize(("lead", "body", "quoted", "speaker", "lang"), [
    ("„Plötzlich sind die Kühe auf uns zugerannt“, schildert Thomas Huber der Zeitung.",
     "„Ich hab nur noch geschrien: ‚Lass den Hund los!‘ Aber da war es schon zu spät“, sagt Huber.",
     "Lass den Hund", "Thomas Huber", "de"),
    ("„Es war still im Saal“, erzählt Thomas Huber.",
     "„Dann dachte ich: ‚Jetzt ist es vorbei.‘ Aber es ging weiter“, sagt Huber.", "Jetzt ist es", "Thomas Huber",
     "de"),
    ("« Les vaches ont foncé sur nous », raconte Thomas Hubert.",
     "« J’ai juste crié : “Lâche le chien !” Mais c’était trop tard », ajoute Thomas Hubert.", "Lâche le chien",
     "Thomas Hubert", "fr"),
    ("« Le bateau penchait », raconte Thomas Hubert.",
     "« Je me suis dit : “C’est fini.” Mais non », ajoute Thomas Hubert.", "C’est fini", "Thomas Hubert", "fr"),
])
def test_a_speaker_s_own_shout_or_thought_nested_in_their_words_is_theirs(lead: str, body: str, quoted: str,
                                                                           speaker: str, lang: str) -> None:
    assert speaker_of(lead, body, quoted, lang) == speaker


@pytest.mark.parametrize(("lead", "body", "quoted", "lang"), [
    ("„Es war still im Saal“, erzählt Thomas Huber.",  # someone else's shout, in his words: not his
     "„Dann hat der Bauer geschrien: ‚Weg da!‘ Aber es ging weiter“, sagt Huber.", "Weg da", "de"),
    ("« Le bateau penchait », raconte Thomas Hubert.",
     "« Il m’a crié : “Saute !” Mais non », ajoute Thomas Hubert.", "Saute", "fr"),
])
def test_someone_else_s_shout_in_a_speaker_s_words_is_not_the_speaker_s(lead: str, body: str, quoted: str,
                                                                         lang: str) -> None:
    assert speaker_of(lead, body, quoted, lang) not in ("Thomas Huber", "Thomas Hubert")


COURT_FR = (
    "Périgueux : le faux ramoneur devant le tribunal\n\n"
    "Dylan M., 31 ans, comparaissait jeudi devant le tribunal correctionnel de Périgueux pour escroqueries.\n\n"
    "La présidente, Hélène Castaing, a égrené les dossiers un par un. Une veuve de Jumilhac, 3 100 euros. Puis elle "
    "s’est tournée vers le box.\n\n"
    "« Vous trouvez normal de facturer 1 800 euros ? » Un long silence. « Non, madame la présidente », finit par "
    "répondre le prévenu. « Et de revenir trois semaines plus tard chez la même dame ? » Dylan M., tête baissée, "
    "lâche alors : « J’avais des dettes. »\n\n"
    "Invité à prendre la parole en dernier, Dylan M. s’est tourné vers les victimes. « Je vous demande pardon. »\n")


def test_a_french_court_exchange_takes_turns_between_the_judge_and_the_defendant() -> None:
    found = full_speakers(COURT_FR)
    # the judge turned to the dock at the paragraph's end: the question opening the next is hers
    assert found["Vous trouvez normal "] == "Hélène Castaing"
    # "finit par répondre le prévenu": a semi-auxiliary, then the cue's infinitive and its subject
    assert found["Non, madame la prési"] == "Dylan M."
    # a follow-up question after the reply is the asker's, never the one who replied
    assert found["Et de revenir trois "] == "Hélène Castaing"
    assert found["J’avais des dettes."] == "Dylan M."
    # "Dylan M. s’est tourné …": a name with an initial opens the sentence before first-person words
    assert found["Je vous demande pard"] == "Dylan M."


def test_a_follow_up_question_whose_asker_is_unknown_is_no_one_s_rather_than_the_replier_s() -> None:
    text = COURT_FR.replace(" Puis elle s’est tournée vers le box.", "")
    assert full_speakers(text)["Et de revenir trois "] is None


@pytest.mark.parametrize("incise", ["se contente de répondre Dylan Morel", "finit par lâcher Dylan Morel",
                                    "tient à préciser Dylan Morel"])
def test_a_french_incise_with_a_semi_auxiliary_names_the_infinitive_s_subject(incise: str) -> None:
    text = ("Le prévenu devant le tribunal\n\nDylan Morel, 31 ans, a sonné chez quatorze personnes âgées.\n\n"
            f"La présidente a égrené les dossiers. « Non, madame la présidente », {incise}.\n")
    assert full_speakers(text)["Non, madame la prési"] == "Dylan Morel"


HFMD = ("HFMD cases in Johor up 62%\n\n"
        "JOHOR BARU: Hand, foot and mouth disease cases in Johor have jumped by 62%.\n\n"
        "Lim said Johor Baru district recorded the highest number of cases at 1,106.\n\n"
        "Consultant paediatrician Dr Kavitha Subramaniam of a private hospital in Johor Baru said the increase was "
        "seasonal.\n\n"
        "“HFMD is usually caused by a virus,” she said.\n\n"
        "Dr Aisha Rahman of a clinic in Johor Baru said: “Parents should keep sick children at home.”\n")


def test_a_place_is_never_a_speaker_after_a_colon_dateline_nor_before_its_district() -> None:
    found = full_speakers(HFMD)
    assert found["HFMD is usually caus"] == "Kavitha Subramaniam"
    # "Dr X of a clinic in Johor Baru said": the doctor, never the place
    assert found["Parents should keep "] == "Aisha Rahman"


def test_a_company_s_name_ending_in_limited_names_no_person() -> None:
    text = ("Fraud trial adjourned\n\n"
            "The defendant, Mr Olumide Bakare, is on trial alongside a company, Rubycrest Ventures Limited.\n\n"
            "Justice Hadiza Oyewole addressed the court. “Learned counsel, we are still at the stage of evidence,” "
            "she said.\n")
    assert full_speakers(text)["Learned counsel, we "] == "Hadiza Oyewole"


def test_a_german_place_noun_or_a_noun_before_von_and_a_known_surname_names_no_one() -> None:
    text = ("Luchse gewinnen in der Verlängerung\n\n"
            "Talheims Kapitän Mikko Rautanen traf nach acht Minuten. Jetzt übernimmt seine Enkelin die Werkstatt im "
            "Allgäuer Dorf Unterrieden.\n\n"
            "Einen großen Anteil am Sieg hatte Niklas Hamann. Der Torhüter parierte 38 von 41 Schüssen, darunter zwei "
            "Alleingänge von Rautanen. „Nach dem zweiten Gegentor habe ich mir gesagt: Jetzt ist Schluss“, erzählte "
            "der 29-Jährige.\n\n"
            "Kapitän Sebastian Kreuzer bremste die Euphorie. „Wir haben noch gar nichts gewonnen“, sagte der "
            "Routinier.\n")
    found = full_speakers(text)
    assert found["Nach dem zweiten Geg"] == "Niklas Hamann"
    assert found["Wir haben noch gar n"] == "Sebastian Kreuzer"  # "der Routinier": a team's veteran, a role


def test_words_on_a_sign_read_after_a_long_aside_are_no_one_s() -> None:
    text = ("Rovers end the drought\n\n"
            "“We earned this,” said captain Tama Ruawhare.\n\n"
            "Celebrations continued at the clubrooms, where a sign above the bar, hastily amended with a marker pen, "
            "read: “19 YEARS — NEVER AGAIN.”\n")
    assert full_speakers(text)["19 YEARS — NEVER AGA"] is None


def test_a_company_named_in_apposition_with_its_home_town_is_the_company_the_article_quotes() -> None:
    text = ("Barge strikes lock gate\n\n"
            "The towing company, Harlan Marine Transport of Paducah, Kentucky, said it was cooperating.\n\n"
            "“Our first concern was the safety of our crew,” the company said in an emailed statement.\n")
    assert full_speakers(text)["Our first concern wa"] == "Harlan Marine Transport"


def test_a_speaker_who_gave_only_a_first_name_after_a_role_and_a_town_is_that_name() -> None:
    text = ("Veto override fails\n\n"
            "One, a respiratory therapist from Kennett who gave only her first name, Shawna, said: “We drove up here "
            "in the dark to watch them do nothing.”\n")
    assert full_speakers(text)["We drove up here in "] == "Shawna"


def test_a_nested_she_would_say_is_the_woman_the_outer_words_name_and_or_joins_her_words() -> None:
    text = ("Lorna Kvistad, bush pilot, dies at 88\n\n"
            "Lorna Kvistad flew the North for forty years.\n\n"
            "Dolores Natomagan, a retired nurse, flew with her dozens of times. “Lorna would look at the sky for a "
            "long time, and then she would say ‘Get in’ or ‘Not today,’ and she was never wrong,” Ms. Natomagan "
            "said.\n")
    found = full_speakers(text)
    assert found["Get in"] == "Lorna Kvistad"
    assert found["Not today,"] == "Lorna Kvistad"


def test_a_french_body_speaks_with_fait_valoir_and_an_elided_feminine_body_is_elle() -> None:
    lead = "Le titre de l’affaire\n\nLe bourgmestre, Marc Dethier, affirme que tout va bien.\n\n"
    found = full_speakers(lead + "« Il y a forcément une période d’adaptation », fait valoir l’échevine de "
                          "l’Environnement, Sophie Lambotte (Les Engagés).\n")
    assert found["Il y a forcément une"] == "Sophie Lambotte"
    found = full_speakers(lead + "L’intercommunale Valordis, qui collecte les déchets de dix-neuf communes, "
                          "relativise. « Les hausses sont temporaires », indique-t-elle dans un communiqué.\n")
    assert found["Les hausses sont tem"] == "L’intercommunale Valordis"  # (with its name, as written)


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # German puts its incise's verb right after the quotation's comma, whatever the verb
    ("Jonas Wiedemann traf in der 67. Minute.\n\n„Ich habe gar nicht gesehen, dass er drin ist“, gestand der 22 Jahre "
     "alte Verteidiger hinterher.", "Ich habe gar nicht", "Jonas Wiedemann"),
    # a sentence that only goes on ("Und schiebt nach:") keeps the last speaker
    ("Gemeindepräsidentin Ursula Gerber-Moser gibt sich kämpferisch. «Wir geben nicht auf», sagt sie. Und schiebt "
     "nach: «Mit dem Postauto, solange es noch fährt.»", "Mit dem Postauto", "Ursula Gerber-Moser"),
    # "sprach er mit hörbarer Bitterkeit:" introduces his words (not "sprach mit Reportern", whom he spoke to)
    ("Trainer Dieter Anzengruber nannte die Entscheidung „sehr mutig“. Über die Niederlage sprach er mit hörbarer "
     "Bitterkeit: „Wir waren 19 Sekunden vom Sieg entfernt.“", "Wir waren 19", "Dieter Anzengruber"),
])
def test_german_incises_and_continuations(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of("„Es war ein Spiel“, sagte Torwart Niklas Hamann.", body, quoted) == speaker


def test_a_german_comma_and_a_conjunction_after_a_quotation_is_no_incise() -> None:
    text = ("Titel der Sache\n\nNiklas Hamann hielt stark.\n\nDie Fans riefen „Zugabe“, aber der Trainer winkte ab.\n")
    assert full_speakers(text)["Zugabe"] != "der Trainer"


def test_a_word_qualifying_a_role_before_a_name_is_no_person() -> None:
    text = ("Ferris takes seven\n\nLachie Ferris took seven wickets.\n\nFormer Test paceman Greg Latham was similarly "
            "impressed, describing Ferris as “the real deal” on air.\n")
    assert full_speakers(text)["the real deal"] == "Greg Latham"


def test_a_possessive_pronoun_opening_a_clause_is_no_speaker() -> None:
    text = ("Evie Kowalczyk, baker, dies at 97\n\n“Every one of us has a copy with her notes,” Anna Brandt said. "
            "“Mine says ‘too much sugar, Stan’ next to the coffee cake.”\n")
    assert full_speakers(text)["too much sugar, Stan"] != "Mine"


def test_a_french_participle_opening_a_sentence_is_no_speaker() -> None:
    text = ("Le titre de l’affaire\n\nLa ministre Claire Dumontet défend la réforme.\n\nPublié en décembre 2024, un "
            "rapport de l’Institut Ville et Habitat, « Loyers encadrés : bilan d’étape », concluait que la mesure "
            "était efficace.\n")
    assert full_speakers(text)["Loyers encadrés : bi"] != "Publié"


def test_an_elided_french_demonym_is_the_person_its_ending_s_gender_points_back_to() -> None:
    text = ("Le titre de l’affaire\n\nThéo Marcellin a gagné la course.\n\nKylian Rouvière, deuxième l'an passé, était "
            "le favori. Il a tenté de suivre Marcellin. « Il était simplement plus fort », a reconnu l'Albenassien, "
            "beau joueur.\n")
    assert full_speakers(text)["Il était simplement "] == "Kylian Rouvière"


@pytest.mark.parametrize(("sentence", "quoted", "speaker"), [
    ('Another depositor, who declined to be named, said, "We are tired. Every time they adjourn, we pay transport."',
     "We are tired.", "Another depositor"),
    ("The meeting was halted when a man in the public gallery shouted ‘Shame on the lot of you’ as the result was "
     "read out.", "Shame on the lot of", "a man"),
    ("Operators turned her down; the owner of one outfit told her that his customers “won’t get in a plane with a "
     "lady at the stick.”", "won’t get in a plane", "the owner"),
])
def test_an_unnamed_person_in_english_speaks_as_written(sentence: str, quoted: str, speaker: str) -> None:
    text = f"Title of the story\n\nAlbert Hughes spoke first.\n\n{sentence}\n"
    assert next(q.speaker_full for q in find_quotations(Document.from_text(text)) if q.text.startswith(quoted)) == (
        speaker)


@pytest.mark.parametrize(("sentence", "quoted", "kind"), [
    ('He said the team motto had been "Mifala no givap nomoa", which translates as "we never give up".',
     "we never give up", "term"),
    ("The mould first appeared in the room – which the family came to call “the cave” – that winter.", "the cave",
     "term"),
    ("Villagers in the area have taken to calling the closures the “snow holidays”, although parents disagree.",
     "snow holidays", "term"),
    ("On Saturday night he asked us to sing ‘Fa’afetai i le Atua’ with him.", "Fa’afetai i le Atua", "title"),
    # a list of signs' words: each is what a sign says, and "Queues’ and ‘" closes the first (no possessive)
    ("Parents held placards reading ‘Kids Not Queues’ and ‘Walk to School, Don’t Wait in Traffic’.",
     "Walk to School", "title"),
    ("Parents held placards reading ‘Kids Not Queues’ and ‘Walk to School, Don’t Wait in Traffic’.",
     "Kids Not Queues", "title"),
])
def test_glosses_names_songs_and_signs_are_nobody_s_words(sentence: str, quoted: str, kind: str) -> None:
    text = f"Title of the story\n\nAlbert Hughes spoke first.\n\n{sentence}\n\nA spokesperson said it was fine.\n"
    found = next(q for q in find_quotations(Document.from_text(text)) if q.text.startswith(quoted))
    assert (found.kind, found.speaker) == (kind, None)


def test_a_french_priest_an_official_with_a_party_and_a_role_with_an_adjective_resolve() -> None:
    text = ("Le titre de l’affaire\n\n« Demain, ce sera le glas ? », interroge son président, Marc Deneffe. L’abbé "
            "Benoît Kalonji, qui dessert Warnancourt, appelle « au calme ». « Une cloche, ça rassemble », sourit le "
            "prêtre.\n\n« Les souffleuses tuent la faune », a justifié la conseillère d’État Martine Rochat-Aeby. La "
            "ministre verte assure ne pas vouloir « faire la guerre aux jardiniers ».\n\n« Qui va vérifier ? », "
            "demande Pierre-Alain Jaquet, président de commune. L’élu PLR juge le projet « inapplicable en l’état ».\n")
    found = full_speakers(text)
    assert found["Une cloche, ça rasse"] == "Benoît Kalonji"  # ("le prêtre": the abbé; no "Marc Deneffe L’")
    assert found["faire la guerre aux "] == "Martine Rochat-Aeby"  # (the role is not nameless: it is this one)
    assert found["inapplicable en l’ét"] == "Pierre-Alain Jaquet"  # (the elected official, not his party)


def test_a_german_fur_opening_gives_whose_view_and_the_role_after_is_that_person() -> None:
    text = ("Titel der Sache\n\nPatientenanwältin Brigitte Sattlegger kritisiert die Lage.\n\nFür Werner Gschwandtner, "
            "Obmann der Kurie der niedergelassenen Ärzte, liegt das Problem woanders. „Solange eine Kassenstelle "
            "unattraktiv ist, werden wir diese Debatte führen“, sagt der Allgemeinmediziner.\n")
    assert full_speakers(text)["Solange eine Kassens"] == "Werner Gschwandtner"


def test_a_french_federation_described_by_whom_it_gathers_speaks_as_written() -> None:
    text = ("Le titre de l’affaire\n\nLe maire Paul Morel est inquiet.\n\nDans un communiqué, la fédération "
            "départementale des chasseurs rappelle que « les prélèvements sont en hausse constante ».\n")
    assert full_speakers(text)["les prélèvements son"] == "la fédération départementale des chasseurs"


def test_german_indirect_speech_is_the_reporter_introduced_since_the_last_quotation() -> None:
    text = ("Titel der Sache\n\n„Das kann doch niemand ernsthaft wollen“, rief eine Anwohnerin unter Applaus. Heike "
            "Brandstätter, Sprecherin der Initiative, betonte, man habe 600 Unterschriften gesammelt. Man sei "
            "„ausdrücklich nicht gegen die Feuerwehr“.\n\n»Die Uhr stand still«, sagt Pfarrer Thomas Ebenhoch und "
            "lacht. Ohne Herrn Reichle, meint er, wäre die Uhr längst im Museum. Für das Dorf sei sie »so etwas wie "
            "ein Herzschlag«.\n")
    found = full_speakers(text)
    assert found["ausdrücklich nicht g"] == "Heike Brandstätter"
    assert found["so etwas wie ein Her"] == "Thomas Ebenhoch"  # ("Ohne Herrn Reichle": a preposition's object)


def test_a_german_kin_word_before_a_given_name_is_no_part_of_the_name() -> None:
    text = ("Titel der Sache\n\nGisela K. (74) lebt mit Papagei Coco. Ihr verstorbener Mann Horst habe laut "
            "ferngesehen. „Horst war schwerhörig“, erzählt die Witwe.\n")
    assert full_speakers(text)["Horst war schwerhöri"] == "Gisela K."


def test_he_after_a_sentence_opening_with_an_unnamed_fan_is_that_fan() -> None:
    text = ("Rovers beat Sharks\n\n“I have followed Rovers since 2010,” said Junior Houkarawa.\n\nAnother fan, "
            "wearing the green and white, was less happy. “Referee hem no lukim eni samting tude,” he said as he left "
            "the stadium.\n")
    assert full_speakers(text)["Referee hem no lukim"] == "Another fan"


def test_a_given_name_after_the_is_a_noun_no_person() -> None:
    text = ("Airstrips law passed\n\nThe National Assembly passed the Bill on Monday night.\n\nThe Minister of Public "
            "Works, Deodat Sukhram, said 21 airstrips were in a “dangerous state of neglect”.\n")
    from reader.quotes import Detection
    assert [person.full for person in Detection(Document.from_text(text)).attributor.people.everyone] == [
        "Deodat Sukhram"]


@pytest.mark.parametrize(("sentence", "quoted", "speaker"), [
    ("Du côté du conseil départemental, on défend un chantier « indispensable ».", "indispensable",
     "le conseil départemental"),
    ("Chez le bailleur, Habitat Seine-Est, on explique qu’une « défaillance du moteur » a été identifiée.",
     "défaillance du moteu", "Habitat Seine-Est"),
    ("Au ministère de l’Économie, on assure suivre la situation « avec la plus grande attention ».",
     "avec la plus grande ", "ministère de l’Économie"),
])
def test_french_on_after_where_a_body_sits_speaks_for_that_body(sentence: str, quoted: str, speaker: str) -> None:
    text = f"Le titre de l’affaire\n\nLe maire Paul Morel est inquiet.\n\n{sentence}\n"
    assert full_speakers(text)[quoted[:20]] == speaker


def test_a_nested_he_would_say_is_the_man_the_article_is_about() -> None:
    text = ("Dinny Karaitiana, shearer, dies at 88\n\nDinny Karaitiana, a shearer, has died aged 88.\n\n“He never "
            "yelled. He’d just say, ‘Slow down, boy. The sheep’s not going anywhere.’ That was him,” said Mere "
            "Walker.\n")
    assert full_speakers(text)["Slow down, boy. The "] == "Dinny Karaitiana"


def test_a_title_s_initials_stand_for_the_one_it_was_written_in_full_for() -> None:
    text = ("Land office officer tells court of loan\n\nDuring cross-examination, Deputy Public Prosecutor Nurul Ain "
            "Zulkifli put it to him that the payments had coincided with the dates.\n\n\"Six coincidences?\" the DPP "
            "asked.\n\nThe FBI said it was not involved. \"We do not comment,\" the FBI said.\n")
    found = full_speakers(text)
    assert found["Six coincidences?"] == "Nurul Ain Zulkifli"
    assert found["We do not comment,"] == "FBI"  # (no title spelled out: the body, as written)


def test_german_liegt_an_and_es_nach_name_the_topic_a_role_after_stands_for() -> None:
    text = ("Titel der Sache\n\n»Mit jeder Werkstatt geht Wissen verloren«, sagt Helga Wurmser.\n\nDass die Werkstatt "
            "nicht schließt, liegt an Lea Reichle. Die Enkelin ist 27 und hat Maschinenbau studiert. »Ich habe "
            "Excel-Tabellen gebaut, den ganzen Tag«, erzählt sie.\n")
    assert full_speakers(text)["Ich habe Excel-Tabel"] == "Lea Reichle"


def test_a_french_passive_s_agent_owns_the_first_person_words_after_it() -> None:
    text = ("Le titre de l’affaire\n\nLa conseillère Véronique Lambotte est contre.\n\nUne pétition a recueilli plus "
            "de 900 signatures. Elle a été lancée par Aurélie Gilson, 34 ans, maman de deux enfants. « Je ne suis pas "
            "bigote, je ne vais à la messe qu’à Noël. »\n")
    assert full_speakers(text)["Je ne suis pas bigot"] == "Aurélie Gilson"


def test_german_raumt_ein_is_a_cue_with_its_particle() -> None:
    text = ("Titel der Sache\n\nDer Arzt Jonas Hell warnt vor Kopfhörern.\n\nDie Ärztin Miriam Ekholm rät zur "
            "„60-60-Regel“. „Das klingt nach wenig“, räumt sie ein.\n")
    assert full_speakers(text)["Das klingt nach weni"] == "Miriam Ekholm"


def test_a_belgian_mayeur_is_the_bourgmestre() -> None:
    text = ("Le titre de l’affaire\n\nLe bourgmestre, Philippe Marchal, a tranché. « On arrête la nuit », "
            "explique-t-il. Selon le mayeur, la sonnerie de l’angélus n’est « absolument pas remise en cause ».\n")
    assert full_speakers(text)["absolument pas remis"] == "Philippe Marchal"
