"""Shapes issue 11's part 42 reads, found on its review sets (benchmarks/review_sets/part42_*): an age between a name
and its role, an indefinite role apposed to a name, bookkeeping labels, an acronym the article spells out without
brackets, a judge going on with questions, and more. Short examples written for these tests, with counter-examples
the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotation(text: str, quoted: str) -> Quotation:
    """The quotation starting with ``quoted`` in ``text`` (an article: a title, a blank line, paragraphs)."""
    return next(q for q in find_quotations(Document.from_text(text)) if q.text.startswith(quoted))


def full(text: str, quoted: str) -> str | None:
    return quotation(text, quoted).speaker_full


@pytest.mark.parametrize("apposed", ["Gérard Dupont, 63 ans, ancien trésorier du club,",
                                     "Gérard Dupont, ancien trésorier du club,"])
def test_a_role_after_a_name_and_its_age_is_the_name_s(apposed: str) -> None:
    text = (f"Titre de l’affaire\n\n{apposed} a été condamné jeudi. Entre 2016 et 2022, il a détourné 187 000 "
            "euros.\n\nLa mécanique était simple. Le trésorier, seul à disposer des codes, effectuait des virements. "
            "« Je remettais l’argent », a-t-il expliqué.\n")
    assert full(text, "Je remettais") == "Gérard Dupont"


@pytest.mark.parametrize("apposed", ["John Dunmore, 63, a former treasurer of the club,",
                                     "John Dunmore, a former treasurer of the club,"])
def test_the_role_an_indefinite_apposed_to_a_name_introduced_is_that_name_s(apposed: str) -> None:
    text = (f"The title of the story\n\nClaims were made against {apposed} on Thursday. Mary Hollis spoke.\n\n"
            "The scheme was simple. Later Mary left. \"I always paid it back,\" the treasurer said.\n")
    assert full(text, "I always") == "John Dunmore"


def test_an_indefinite_introduced_far_back_stays_as_written_when_someone_named_since_holds_the_role() -> None:
    text = ("The title of the story\n\n\"She's going to have to inspire trust,\" said Ben Jealous, a former NAACP "
            "leader.\n\nHarry Reid, the Senate Democratic leader, spoke Tuesday. \"It's not a one-way street,\" Reid "
            "said. Later the Senate Democratic leader said, \"I never knew what would happen.\"\n")
    assert full(text, "I never knew") != "Ben Jealous"


def test_a_defendant_a_sentence_is_pronounced_against_is_the_one_on_trial() -> None:
    text = ("Le titre de l’affaire\n\nC’est la peine prononcée jeudi par le tribunal correctionnel à l’encontre de "
            "Gérard Le Nédélec, 63 ans. Il avait détourné l’argent du club.\n\n« Vous saviez ce que vous faisiez », "
            "lui a fait remarquer la présidente, Anne-Sophie Guéguen. « Je savais, oui », a répondu le prévenu.\n")
    assert full(text, "Vous saviez") == "Anne-Sophie Guéguen"
    assert full(text, "Je savais") == "Gérard Le Nédélec"


def test_an_opening_participle_puts_its_subject_on_trial() -> None:
    text = ("Le titre de l’affaire\n\nJugé mardi par le tribunal correctionnel de Privas pour le vol de ruches, "
            "Didier Chastagner, 51 ans, a tout contesté.\n\n« Achetées à qui ? », a demandé la présidente. Un long "
            "silence. « À des gens du métier », a fini par lâcher le prévenu.\n")
    assert full(text, "À des gens") == "Didier Chastagner"


def test_bookkeeping_labels_in_a_list_are_terms_but_words_in_reported_speech_stay_phrases() -> None:
    text = ("Titel der Sache\n\nStaatsanwalt Florian Stegmann sprach von einem Mann, der das Vertrauen „systematisch "
            "ausgenutzt“ habe. Die Überweisungen seien verbucht unter Verwendungszwecken wie „Munition“, „Pokale“ "
            "oder „Schießstandwartung“.\n")
    kinds = {q.text: (q.kind, q.speaker_full) for q in find_quotations(Document.from_text(text))}
    assert kinds["Munition"] == kinds["Pokale"] == kinds["Schießstandwartung"] == ("term", None)
    assert kinds["systematisch ausgenutzt"] == ("phrase", "Florian Stegmann")


def test_what_a_group_calls_a_thing_is_a_term_but_what_a_person_calls_it_is_theirs() -> None:
    text = ("The title of the story\n\nThe council asked the railway to cut speeds through what locals call "
            "“the S-bend,” a curve west of the crossing. Mary Hill said residents call the plan “a disgrace”.\n")
    assert quotation(text, "the S-bend").kind == "term"
    assert full(text, "a disgrace") == "Mary Hill"


def test_the_company_is_the_railway_named_before_it() -> None:
    text = ("The title of the story\n\nPrairie Northern Railway said in a statement that the crew was not hurt. "
            "The company described the train as “a mixed manifest” of 94 cars.\n")
    assert full(text, "a mixed manifest") == "Prairie Northern Railway"


@pytest.mark.parametrize(("role", "speaker"), [("the principal", "Comfort Ewane Ndive"),
                                               ("the Principal", "Comfort Ewane Ndive")])
def test_a_school_s_principal_is_a_role_capitalised_or_not(role: str, speaker: str) -> None:
    text = ("The title of the story\n\nThe Principal of GBHS Muea, Mrs. Comfort Ewane Ndive, defended the "
            f"increase.\n\n\"We have 2,300 students,\" {role} explained.\n")
    assert set(full(text, "We have") or "").issuperset("Ndive") and full(text, "We have") != "Principal"


def test_a_capitalised_title_with_a_qualifier_is_no_one_s_name() -> None:
    text = ("The title of the story\n\nThe South West Regional Delegate of Secondary Education, Mr. Ashu Peter Tabe, "
            "said his services had been informed.\n\n\"No child should be driven out,\" the Regional Delegate "
            "warned.\n")
    found = quotation(text, "No child")
    assert found.speaker_full is not None and "Tabe" in found.speaker_full


def test_an_acronym_is_shown_by_the_name_whose_initials_spell_it() -> None:
    text = ("The title of the story\n\n07.30 – The Gibraltar Electricity Authority confirms a total loss of supply. "
            "In a short statement, the GEA says: ‘Engineers are on site.’\n\n14.15 – The RGP says there have been no "
            "incidents. ‘Officers have been deployed,’ the force says.\n")
    found = quotation(text, "Engineers")
    assert (found.speaker, found.speaker_full) == ("GEA", "Gibraltar Electricity Authority")
    assert quotation(text, "Officers").speaker_full == "RGP"  # (spelled out nowhere: as cited)


def test_a_judge_going_on_with_a_question_is_answered_by_the_defendant() -> None:
    text = ("Le titre de l’affaire\n\nMarc-Antoine D., 58 ans, huissier, comparaissait devant le tribunal.\n\n"
            "La présidente, Anne-Françoise Lejeune, l'a interrompu. « Un trou, Monsieur ? », a-t-elle relevé. Le "
            "prévenu a baissé la tête : « Je sais. »\n\n« Et ces créanciers, "
            "ils ont attendu combien de temps ? », a poursuivi la magistrate. « Certains plus de trois ans, Madame la "
            "Présidente. » « Et que leur disiez-vous ? » Silence dans la salle. « Que le dossier était en cours. »\n")
    assert full(text, "Et ces créanciers") == "Anne-Françoise Lejeune"
    assert full(text, "Certains plus") == "Marc-Antoine D."
    assert full(text, "Et que leur") == "Anne-Françoise Lejeune"
    assert full(text, "Que le dossier") == "Marc-Antoine D."


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    ("« Ce combat a failli ne jamais avoir lieu », a confié en souriant le promoteur, Modou Sall.", "Ce combat",
     "Modou Sall"),
    ("« Le Rocher, c’est notre fils », s’enthousiasmait Ndèye Fatou Guèye, une commerçante.", "Le Rocher",
     "Ndèye Fatou Guèye"),
    ("« Il a menti à ses clients », a énuméré le procureur Grégory Massart.", "Il a menti", "Grégory Massart"),
])
def test_french_incises_of_part_42(body: str, quoted: str, speaker: str) -> None:
    assert full(f"Le titre de l’affaire\n\nKarim Seck a parlé longuement hier.\n\n{body}\n", quoted) == speaker


@pytest.mark.parametrize(("lead", "lang"), [
    ("In seinem Schlussplädoyer wurde er grundsätzlich: „Hier wird ein Unfall aufgeblasen.“", "de"),
    ("Later he was blunt: \"Here an accident is blown up.\"", "en")])
def test_a_colon_after_speaking_plainly_names_the_pronoun_s_antecedent(lead: str, lang: str) -> None:
    title, before = (("Titel der Sache", "Verteidiger Gernot Pfister stellte die Daten infrage.") if lang == "de"
                     else ("The title of the story", "Defence lawyer Gernot Pfister questioned the data."))
    assert full(f"{title}\n\n{before}\n\n{lead}\n", "Hier wird" if lang == "de" else "Here an") == "Gernot Pfister"


def test_a_german_sentence_that_grows_worse_is_no_cue() -> None:
    text = ("Titel der Sache\n\nVerteidiger Gernot Pfister stellte die Daten infrage.\n\nDie Lage wurde deutlich "
            "schlechter. „Hier wird ein Unfall aufgeblasen.“\n")
    assert full(text, "Hier wird") is None


def test_a_german_demonstrative_object_before_the_verb_leaves_the_name_after_it_the_speaker() -> None:
    text = ("Titel der Sache\n\nDer Forscher Heiko Brandes misst das Licht.\n\n»Das haben wir lange vermutet.« "
            "Diesen Satz sagt Gisela Warnecke so oft, dass ihn die Kinder nachsprechen.\n")
    assert "Diesen Satz" not in {q.speaker_full for q in find_quotations(Document.from_text(text))}


def test_a_surname_named_in_full_tells_no_gender_by_the_given_name_it_looks_like() -> None:
    text = ("The title of the story\n\nThe road to Mabelle Joseph’s workshop ends in a yard of red earth.\n\n"
            "Joseph, 74, has been making coal pots since she was nine.\n\n“My mother made them,” she says, laughing."
            "\n\nThe pots will be shown during Jounen Kwéyòl celebrations in October.\n")
    assert full(text, "My mother") == "Mabelle Joseph"


def test_an_irish_garda_station_s_town_is_no_speaker() -> None:
    text = ("The title of the story\n\nSgt Declan Furlong of Baltinglass Garda station told farmers to report "
            "attacks.\n\n“If you see a dog among your sheep, ring us,” he said.\n")
    assert full(text, "If you see") == "Declan Furlong"


def test_a_place_of_plural_shape_is_never_he_or_she() -> None:
    text = ("The title of the story\n\nMina Tulloch, who has died aged 91, taught the fiddle.\n\nHer father played "
            "across the North Isles, and she got her first fiddle at eight.\n\nIn 1973 the islands’ education "
            "department appointed her, a post she once described as “part teacher, part saleswoman”.\n\nShe recalled "
            "“The Sound of the Isles”, a 1998 documentary.\n")
    assert full(text, "part teacher") == "Mina Tulloch"


def test_an_unnamed_traveller_introduced_by_an_indefinite_speaks_as_written() -> None:
    text = ("Le titre de l’affaire\n\nLe train circulait « à vitesse réduite » selon SNCF Voyageurs.\n\nUn autre "
            "voyageur, qui n’a pas souhaité donner son nom, a décrit « dix minutes de silence total ». « Personne ne "
            "savait si d’autres pierres allaient tomber », a-t-il ajouté.\n")
    assert full(text, "Personne ne") == "Un autre voyageur"
    assert full(text, "à vitesse") == "SNCF Voyageurs"


@pytest.mark.parametrize("incise", [
    "soufflait en fin de journée, devant la petite gare fermée au public, le maire de la commune, Jean-Louis Fabre,",
    "soufflait, devant la gare, le maire de la commune, Jean-Louis Fabre,"])
def test_a_french_incise_s_where_and_when_between_commas_before_its_subject(incise: str) -> None:
    text = (f"Le titre de l’affaire\n\nLa circulation est interrompue, a fait savoir SNCF Voyageurs.\n\n« C’est un "
            f"miracle », {incise} qui avait ouvert la salle.\n")
    assert full(text, "C’est un miracle") == "Jean-Louis Fabre"


def test_an_english_opening_participle_s_phrase_comes_before_its_subject() -> None:
    text = ("The title of the story\n\nContacted on Monday, the principal, Mrs. Comfort Ewane Ndive, defended the "
            "increase, saying the school had absorbed \"close to 600\" students.\n")
    assert "Ndive" in (full(text, "close to 600") or "")


def test_a_relative_clause_s_who_before_the_colon_is_the_one_described() -> None:
    text = ("The title of the story\n\nMP Fatima Abdulla Janahi speaks next. She describes receiving a message from a "
            "mother of three who wrote: \"I moved my eldest to a cheaper school.\"\n")
    assert full(text, "I moved") == "a mother"


def test_an_arabic_particle_opening_a_later_mention_tells_no_gender() -> None:
    text = ("The title of the story\n\nDr Huda Al Mahmood, an undersecretary, addresses MPs. Dr Al Mahmood says the "
            "process is \"not always understood by parents.\"\n\nMP Ammar Qambar quotes an accountant: \"We set fees "
            "by what parents will tolerate.\" He adds: \"Well, parents have stopped tolerating.\"\n")
    assert full(text, "not always") == "Huda Al Mahmood"
    assert full(text, "Well, parents") == "Ammar Qambar"


def test_french_places_and_teams_opened_by_les_are_no_one() -> None:
    text = ("Le titre de l’affaire\n\nSimone Aubry s’est éteinte dimanche au home Les Cerisiers, à Saignelégier.\n\n"
            "« Je sais à quoi je ressemble », avait-elle tranché à l’époque.\n\nLes Draveurs n'avaient plus gagné "
            "depuis 1997, une disette que leurs partisans avaient fini par surnommer « la malédiction du lac ».\n")
    assert full(text, "Je sais") == "Simone Aubry"
    assert quotation(text, "la malédiction").kind == "term"


def test_an_age_before_a_full_name_makes_it_a_person() -> None:
    text = ("The title of the story\n\nMr Kaitu teaches cadets.\n\nAmong his students is 19-year-old Kabwebwe Tioti "
            "from Abaiang. He admitted that he expected ‘a bit of story time’.\n\n‘I didn’t think it was real "
            "navigation,’ he said.\n")
    assert full(text, "I didn’t think") == "Kabwebwe Tioti"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    ("„Ich habe sie nicht gesehen.“ Mit diesen Worten beginnt der 28-Jährige seine Aussage. Maximilian R. muss sich "
     "verantworten.", "Ich habe sie", "Maximilian R."),
    ("»Jede Laterne ist eine kleine Falle.« Diesen Satz sagt Gisela Warnecke so oft, dass ihn die Kinder "
     "nachsprechen.", "Jede Laterne", "Gisela Warnecke"),
])
def test_german_words_pointed_back_at_after_them_are_the_subject_s(body: str, quoted: str, speaker: str) -> None:
    text = f"Titel der Sache\n\nDer Forscher Heiko Brandes misst das Licht.\n\n{body}\n"
    assert full(text, quoted) == speaker


def test_a_german_role_before_a_given_name_and_a_surname_is_a_title() -> None:
    text = ("Titel der Sache\n\nTrainer Nuno Carvalho war zufrieden.\n\nIm Elfmeterschießen wurde dann Mamers Torhüter "
            "Ben Schmit zum Mann des Abends. „Ich hatte mir die Schützen auf einem Zettel notiert“, verriet der "
            "22-Jährige.\n")
    assert full(text, "Ich hatte mir") == "Ben Schmit"


def test_a_german_speaker_s_own_words_in_a_subordinate_clause_and_a_demonym_with_a_role() -> None:
    text = ("Titel der Sache: Bedingte Haft für Münchner Skifahrer\n\nMonika T. kommt mit einem Gehstock. „Das Letzte, "
            "was ich weiß, ist, dass ich meiner Gruppe gesagt habe: ‚Wartet unten beim Lift auf mich.‘ Dann bin ich "
            "aufgewacht“, sagt Monika T.\n")
    assert full(text, "Wartet unten") == "Monika T."
    assert "Skifahrer" not in {q.speaker_full for q in find_quotations(Document.from_text(text))}


def test_german_words_as_words_in_a_list_are_terms() -> None:
    text = ("Titel der Sache\n\nFernand Weydert war Winzer. Mit modischen Begriffen wie „Terroir“ oder „Mineralität“ "
            "konnte er wenig anfangen.\n")
    assert [q.kind for q in find_quotations(Document.from_text(text))] == ["term", "term"]


def test_a_german_company_named_in_the_lede_is_das_unternehmen_far_after() -> None:
    filler = " ".join(["Die Branche sitzt auf vollen Lagern, und die Nachfrage bleibt schwach."] * 25)
    text = (f"Titel der Sache\n\nDer E-Bike-Hersteller Radwerk Sauerbach baut Stellen ab.\n\n{filler}\n\nIn einer "
            "Mitteilung erklärte das Unternehmen, man wolle den Abbau „so sozialverträglich wie möglich“ gestalten.\n")
    assert full(text, "so sozialverträglich") == "Radwerk Sauerbach"


@pytest.mark.parametrize(("lead", "speaker"), [
    ("“We rezoned 40 acres,” Mayor Barb Thiessen said. “I spent this morning phoning people and saying, ‘I don’t "
     "know yet.’ That’s not a good feeling.”", "Barb Thiessen"),
    ("“I was shocked,” said Monte Haines. “I kept on arguing, saying, ‘Yes I am; I was adopted.’”", "Monte Haines")])
def test_saying_after_the_outer_speaker_s_own_clause_nests_their_own_words(lead: str, speaker: str) -> None:
    text = f"The title of the story\n\n{lead}\n"
    nested = next(q for q in find_quotations(Document.from_text(text)) if q.nested)
    assert nested.speaker_full == speaker


def test_a_french_incise_s_possessive_role_and_adjective_before_the_apposed_name() -> None:
    text = ("Le titre de l’affaire\n\nL’étude a été publiée par Jean Dupont.\n\n« Ce que nous observons n’est pas un "
            "déclin », résume sa coautrice principale, la biologiste Élodie Marcenac.\n")
    assert full(text, "Ce que nous") == "Élodie Marcenac"


def test_a_name_apposed_inside_an_asked_phrase_is_not_its_subject() -> None:
    text = ("The title of the story\n\nJean Bosco Habimana, 41, runs a driving school.\n\nHabimana himself spoke only "
            "briefly. Asked by the presiding judge, Claudine Uwamahoro, whether he understood the charges, he replied: "
            "“I understand them, Your Honour.”\n")
    assert "Habimana" in (full(text, "I understand") or "")  # ("Bosco Habimana": "Jean" is no given name alone)


@pytest.mark.parametrize("place", ["in Lusail Marina", "near the old quay"])
def test_who_after_an_appositive_is_the_name_it_describes(place: str) -> None:
    text = (f"The title of the story\n\nThat was the view of Rodel Santos, a security guard at a residential tower "
            f"{place}, who said he moves “five, six scooters” every evening.\n")
    assert full(text, "five, six") == "Rodel Santos"
