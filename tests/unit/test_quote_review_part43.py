"""Shapes issue 11's part 43 reads, found on its review sets (benchmarks/review_sets/part43_*): an organisation in a
pronoun's own sentence after a person named, distance words and a trade's names that make terms, titles and stage
names named again, words pointed back at, "selon la même source", bodies that are no persons, and more. Short
examples written for these tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotation(text: str, quoted: str) -> Quotation:
    """The quotation starting with ``quoted`` in ``text`` (an article: a title, a blank line, paragraphs)."""
    return next(q for q in find_quotations(Document.from_text(text)) if q.text.startswith(quoted))


def full(text: str, quoted: str) -> str | None:
    return quotation(text, quoted).speaker_full


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    ("Le directeur sportif, Fabrice Bonnaz, refusait toutefois de s'emballer. Le club vise « le haut du tableau », "
     "mais « personne ne parle de montée dans le vestiaire », a-t-il assuré.", "personne ne parle", "Fabrice Bonnaz"),
    ("Le ministère a présenté jeudi sa réforme des quotas de pêche. Le syndicat des marins ne partage pas cette "
     "lecture. « C'est faux », dénonce-t-il.", "C'est faux", "Le syndicat des marins"),
])
def test_a_french_organisation_in_the_pronoun_s_sentence_yields_to_a_person_named_before(
        body: str, quoted: str, speaker: str) -> None:
    assert full(f"Le titre de l’affaire\n\n{body}\n", quoted) == speaker


@pytest.mark.parametrize(("lead", "quoted", "speaker"), [
    ("Als Ersatz kündigte das Institut einen „mobilen Beratungsservice“ an.", "mobilen", "das Institut"),
    ("Als Reaktion kündigte die Stadtverwaltung einen „runden Tisch“ mit allen Beteiligten an.", "runden",
     "die Stadtverwaltung"),
])
def test_a_german_sentence_opened_by_als_has_its_subject_after_the_verb(lead: str, quoted: str, speaker: str) -> None:
    text = f"Titel der Sache\n\nDie Beratungsstelle in der Innenstadt schließt Ende März. {lead}\n"
    assert full(text, quoted) == speaker


@pytest.mark.parametrize(("text", "quoted"), [
    ("Titel der Sache\n\nDer Sender baut sein Programm um. Senderchef Klaus Berger kündigte ein sogenanntes "
     "«On-Demand-Angebot» für alle Kunden an.\n", "On-Demand"),
    ("Titel der Sache\n\nDie Sparkasse schließt ihre Filiale im Dorf. Vorstand Jörg Lammers versprach eine Art "
     "„Bankecke“ im Rathaus.\n", "Bankecke"),
    ("Titel der Sache\n\nDer Ökonom Peter Quandt verteidigte die Länder. Wer von „Schuldensündern“ spreche, "
     "verkenne, dass die Zinsen gestiegen seien, sagte Quandt.\n", "Schuldensündern"),
    ("Le titre de l’affaire\n\nLa direction a présenté jeudi son projet aux salariés. Le directeur, Marc Le Goff, a "
     "évoqué une sorte de « bulle » pour protéger les équipes.\n", "bulle"),
])
def test_german_and_french_distance_words_make_a_term(text: str, quoted: str) -> None:
    found = quotation(text, quoted)
    assert (found.kind, found.speaker_full) == ("term", None)


def test_without_the_distance_word_the_words_stay_the_speaker_s() -> None:
    berger = ("Titel der Sache\n\nDer Sender baut sein Programm um. Senderchef Klaus Berger kündigte ein "
              "«On-Demand-Angebot» für alle Kunden an.\n")
    quandt = ("Titel der Sache\n\nDer Ökonom Peter Quandt verteidigte die Länder. Sie seien keine „Schuldensünder“, "
              "die Zinsen seien gestiegen, sagte Quandt.\n")
    le_goff = ("Le titre de l’affaire\n\nLa direction a présenté jeudi son projet aux salariés. Le directeur, Marc Le "
               "Goff, a évoqué une « bulle » pour protéger les équipes.\n")
    assert (quotation(berger, "On-Demand").kind, full(berger, "On-Demand")) == ("phrase", "Klaus Berger")
    assert (quotation(quandt, "Schuldensünder").kind, full(quandt, "Schuldensünder")) == ("phrase", "Peter Quandt")
    assert (quotation(le_goff, "bulle").kind, full(le_goff, "bulle")) == ("phrase", "Marc Le Goff")


@pytest.mark.parametrize(("naming", "expected"), [
    ("the weir forms what rescuers call a ‘stopper’ or a ‘hydraulic’", [("term", None), ("term", None)]),
    ("the council approved what critics call a “land grab”", [("phrase", "Mary Hill")]),
])
def test_a_trade_s_name_for_a_thing_is_a_term_but_what_critics_call_it_is_theirs(
        naming: str, expected: list[tuple[str, str | None]]) -> None:
    text = f"The title of the story\n\nThe council approved the plan on Tuesday. Mary Hill, a farmer, said {naming}.\n"
    assert [(q.kind, q.speaker_full) for q in find_quotations(Document.from_text(text))] == expected


def test_names_a_crowd_gives_in_a_list_are_terms_but_a_person_s_name_for_someone_is_theirs() -> None:
    fans = ("The title of the story\n\nFans affectionately called him “Papa Highlife” and “the Golden Voice of "
            "Ashanti”, and his songs filled the bars of Kumasi.\n")
    assert [q.kind for q in find_quotations(Document.from_text(fans))] == ["term", "term"]
    one = ("The title of the story\n\nKofi Mensah, the promoter, did not like him. Mensah called him “a fraud” and "
           "walked out of the studio.\n")
    assert (quotation(one, "a fraud").kind, full(one, "a fraud")) == ("phrase", "Kofi Mensah")


_OBITUARY = "Nana Kwame Owusu, the highlife singer, has died at 81."
_HITS = "His album produced hits such as “Me Do Wo” and “Abrabo Ye Den”, a mournful song."
_STAGE = ("Afrobeats artiste Kwesi Blay, popularly known as “K-Blay”, whose 2019 remix brought the song to a new "
          "audience, said he owed much of his success to the late musician.")
_REMIX = ("“When I called him to ask for permission to remix ‘Me Do Wo’, he laughed and said, ‘Young man, make it "
          "sweet.’ I will never forget that,” K-Blay said.")


def _nested(text: str, quoted: str) -> Quotation:
    return next(q for q in find_quotations(Document.from_text(text)) if q.nested and q.text.startswith(quoted))


def test_a_title_named_again_inside_someone_s_words_is_still_a_title() -> None:
    text = f"The title of the story\n\n{_OBITUARY} {_HITS}\n\n{_STAGE}\n\n{_REMIX}\n"
    assert _nested(text, "Me Do Wo").kind == "title"
    unnamed = f"The title of the story\n\n{_OBITUARY}\n\n{_REMIX}\n"  # (no hit named before: no title to know)
    assert _nested(unnamed, "Me Do Wo").kind != "title"


def test_a_stage_name_popularly_known_as_is_the_full_name_s() -> None:
    text = f"The title of the story\n\n{_OBITUARY} {_HITS}\n\n{_STAGE}\n\n{_REMIX}\n"
    assert full(text, "When I called") == "Kwesi Blay"
    assert _nested(text, "Young man").speaker_full != "Kwesi Blay"
    assert full(f"The title of the story\n\n{_OBITUARY}\n\n{_REMIX}\n", "When I called") == "K-Blay"


def test_a_participle_s_description_is_the_one_who_told() -> None:
    text = ("The title of the story\n\nThe authority said so. A woman carrying a toddler told our reporter: “It made "
            "a noise like a gunshot.”\n")
    assert quotation(text, "It made").speaker == "A woman carrying a toddler"


def test_selon_la_meme_source_is_the_source_quoted_before() -> None:
    text = ("Le titre de l’affaire\n\n« Plusieurs centaines de tonnes de blé se sont déversées », a indiqué à l'AFP le "
            "lieutenant-colonel Hervé Damiens, du Sdis de la Marne. Un ouvrier a été grièvement blessé. Son pronostic "
            "vital était « engagé » en fin de matinée, selon la même source.\n")
    assert full(text, "engagé") == "Hervé Damiens"


def test_a_french_demonym_with_an_elided_article_is_the_one_of_that_nation() -> None:
    race = ("Le titre de l’affaire\n\nLe Burkinabè Abdoul Kaboré a devancé l'Érythréen Yonas Tesfamariam et le "
            "Marocain Yassine El Amrani. Deuxième de l'étape, Yonas Tesfamariam a salué « un sprint très "
            "intelligent ». {} a toutefois promis de « faire la course » dès jeudi.\n")
    assert full(race.format("L'Érythréen"), "faire la course") == "Yonas Tesfamariam"
    assert full(race.format("Le Marocain"), "faire la course") != "Yonas Tesfamariam"


def test_an_office_of_a_public_defender_is_no_person() -> None:
    text = ("The title of the story\n\nFor the defence, Kinza Akubor of the Office of the Public Legal Defender said "
            "neither man had a previous conviction.\n\n“Mr Eobob has been out of work,” she said.\n")
    assert quotation(text, "Mr Eobob").speaker == "Akubor"


def test_a_welsh_chapel_s_group_is_no_one_and_the_person_before_it_speaks() -> None:
    text = ("The title of the story\n\nDilys Prosser used the vestry of Bethania chapel. The group she started there, "
            "Cylch Meithrin Bethania, still runs today. “I had eleven children,” she told this newspaper.\n")
    assert quotation(text, "I had eleven").speaker == "Prosser"


def test_a_welsh_body_is_the_organisation_that_made_a_statement() -> None:
    text = ("The title of the story\n\nDilys Prosser, who has died aged 94, ran a nursery in Aberaeron.\n\nMudiad "
            "Meithrin, the national organisation for Welsh-medium early years provision, said she had been “one of "
            "the quiet giants” of the movement.\n\n“Dilys Prosser and women like her built Welsh-medium education,” "
            "the organisation said in a statement.\n")
    assert quotation(text, "Dilys Prosser and").speaker == "Mudiad Meithrin"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    ("Die Partie blieb bis zum Schluss spannend. 14 Sekunden vor dem Ende traf Hesperingens Ben Reding von der "
     "Dreierlinie zum 72:70, im Gegenzug glich Brooks per Korbleger aus. Reding blieb danach knapp erfolglos. „Ich "
     "hatte ihn schon drin gesehen“, sagte er.", "Ich hatte", "Ben Reding"),
    ("Die Börsen haben schwache Wochen hinter sich. Fondsmanager Jens Overbeck von der Dortmunder Lennetal Invest "
     "sieht dennoch Chancen. „Die Bewertungen sind inzwischen wieder attraktiv“, sagte er.", "Die Bewertungen",
     "Jens Overbeck"),
])
def test_a_german_given_name_after_a_place_s_genitive_or_a_role(body: str, quoted: str, speaker: str) -> None:
    assert full(f"Titel der Sache\n\n{body}\n", quoted) == speaker


def test_das_unternehmen_is_the_gmbh_named_before() -> None:
    text = ("Titel der Sache\n\nAm Montagabend waren die Notrufnummern im Landkreis stundenlang nicht erreichbar. "
            "Ursache war ein defektes Bauteil bei der NordNetz Kommunikation GmbH, über deren Netz die Notrufe "
            "gebündelt werden. Die Leitstelle richtete eine Ersatznummer ein.\n\nDas Unternehmen bestätigte eine "
            "Störung „in einem regionalen Netzknoten“.\n")
    assert quotation(text, "in einem regionalen").speaker == "NordNetz Kommunikation GmbH"


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("Titel der Sache\n\nDie Kapelle am Waldrand verfällt seit Jahren. Niemand fühlt sich zuständig.\n\n„Der Ferdl "
     "hat die Kapelle stehen lassen.“ Das erzählt Alois Stecher, der seit 40 Jahren im Dorf lebt.\n", "Der Ferdl",
     "Alois Stecher"),
    ("Titel der Sache\n\nDie Heizkosten sind im Winter stark gestiegen. Viele ältere Menschen sparen, wo sie können."
     "\n\n„Ich bin im Jänner mit der Winterjacke im Wohnzimmer gesessen.“ Der Satz kommt von Hermine Gasser, einer "
     "78-jährigen Pensionistin.\n", "Ich bin im Jänner", "Hermine Gasser"),
    ("Titel der Sache\n\nDas Boot kam erst spät in der Nacht in den Hafen zurück. Die Mannschaft war erschöpft.\n\n"
     "„Mein Herz hat so laut geschlagen.“ Wer das sagt, ist Tom Schmit, der Kapitän.\n", "Mein Herz", "Tom Schmit"),
    ("Titel der Sache\n\nDas Boot kam erst spät in der Nacht in den Hafen zurück. Die Mannschaft war erschöpft, der "
     "Kapitän Tom Schmit schwieg.\n\n„Es war gut.“ Das sagt viel über die Lage.\n", "Es war gut", None),
    ("The title of the story\n\nThousands of students sat the exam this week. Many of them found it hard.\n\n\"Math "
     "was a disaster.\" The confession came from Yoon Jae-min, 19, one of the students waiting outside.\n", "Math",
     "Yoon Jae-min"),
    ("Le titre de l’affaire\n\nLes riverains de l'usine se plaignent depuis longtemps. La direction assure respecter "
     "les normes.\n\n« Ça fait des mois qu'on signale des odeurs. » La phrase est de Sandrine Piau-Lefeuvre, déléguée "
     "CGT sur le site.\n", "Ça fait", "Sandrine Piau-Lefeuvre"),
])
def test_words_pointed_back_at_are_the_one_named_after_them(text: str, quoted: str, speaker: str | None) -> None:
    assert full(text, quoted) == speaker


def test_an_english_organisation_is_the_group_that_said() -> None:
    text = ("The title of the story\n\nThe state will trial drumlines off two beaches this summer. Humane Society "
            "International welcomed the trial but said it did not go far enough. “Nets have no place in a modern "
            "shark management program,” the group said in a statement.\n")
    assert full(text, "Nets have") == "Humane Society International"


def test_by_someone_who_told_her_is_that_someone() -> None:
    text = ("The title of the story\n\nMary Connolly swims at the cove every morning. She said she had been stopped "
            "outside Mass on Sunday by an elderly man who told her: “I have been swimming off that beach since "
            "1958.”\n")
    assert quotation(text, "I have been").speaker == "an elderly man"


def test_what_one_councillor_called_is_the_councillor_s() -> None:
    text = ("The title of the story\n\nThe council spent $40,000 on planters along Main Street, what one councillor "
            "called a “beautification project” that nobody asked for.\n")
    assert quotation(text, "beautification").speaker == "one councillor"


def test_what_one_councillor_called_inside_reported_speech_is_not_the_reporter_s_but_what_he_called_is() -> None:
    members = ("The title of the story\n\nThe council met on Tuesday. Members questioned why the council had spent "
               "$40,000 on what {} called a “beautification project”.\n")
    assert quotation(members.format("one councillor"), "beautification").speaker == "one councillor"
    assert quotation(members.format("he"), "beautification").speaker == "Members"


@pytest.mark.parametrize(("sentence", "quoted", "speaker"), [
    ("The fruit is, in the words of one property owner, “too green to catch”.", "too green", "one property owner"),
    ("According to one official, the plan was “dead in the water”.", "dead in", "one official"),
])
def test_an_unnamed_one_as_the_source(sentence: str, quoted: str, speaker: str) -> None:
    text = f"The title of the story\n\nThe council has shelved the bypass. {sentence}\n"
    assert quotation(text, quoted).speaker == speaker


def test_an_opening_participle_before_a_rank_and_a_police_unit() -> None:
    text = ("The title of the story\n\nTestifying earlier, Major Karim Sobhy of the Tourism and Antiquities Police "
            "said officers found \"a hole big enough to lower a man into\" in the floor.\n")
    assert quotation(text, "a hole").speaker == "Sobhy"


@pytest.mark.parametrize(("lede", "inner"), [("Emiko Nakanishi, the oldest of the island's divers, has died at 96.",
                                              "Emiko Nakanishi"),
                                             ("The island's oldest diver has died at 96.", None)])
def test_a_nested_she_in_a_daughter_s_words_is_not_the_daughter(lede: str, inner: str | None) -> None:
    text = (f"The title of the story\n\n{lede} Her daughter, Keiko Nakanishi, said she died of pneumonia. “She went "
            "into the water every spring until she was 88,” Nakanishi said. “She told them, ‘The sea is the only "
            "place my knees don’t hurt.’”\n")
    assert full(text, "She went") == "Keiko Nakanishi"
    assert _nested(text, "The sea is").speaker_full == inner


def test_a_rating_is_a_term_but_a_person_s_word_for_it_is_theirs() -> None:
    rated = "The title of the story\n\nCrews worked through the night as fire danger was rated “extreme” inland.\n"
    said = ("The title of the story\n\nCrews worked through the night. The minister said the fire danger was "
            "“extreme” and urged residents to leave.\n")
    assert (quotation(rated, "extreme").kind, full(rated, "extreme")) == ("term", None)
    assert (quotation(said, "extreme").kind, full(said, "extreme")) == ("phrase", "The minister")


def test_what_a_trade_calls_a_person_is_a_term_but_what_she_calls_a_plan_is_hers() -> None:
    guides = ("The title of the story\n\nMarta Lindqvist has guided kayak tours on the lake for 30 years. Kayak guides "
              "call her “the Voice”.\n")
    minister = ("The title of the story\n\nThe minister defended the budget. She called the opposition's plan "
                "“reckless” and refused to debate it.\n")
    assert (quotation(guides, "the Voice").kind, full(guides, "the Voice")) == ("term", None)
    assert (quotation(minister, "reckless").kind, full(minister, "reckless")) == ("phrase", "The minister")


def test_a_german_judge_s_surname_before_das_urteil_is_the_subject() -> None:
    text = ("Titel der Sache\n\nDer Angeklagte beteuerte vor Gericht seine Unschuld. Die Richterin Sabine Mayrhofer "
            "fragte nach. „Wir glauben Ihnen nicht“, begründete Mayrhofer das Urteil.\n")
    assert quotation(text, "Wir glauben").speaker == "Mayrhofer"


def test_a_french_doctor_appelle_a_but_a_project_appele_is_a_name() -> None:
    text = ("Le titre de l’affaire\n\nLa chaleur a pesé sur l'étape de montagne. Trois coureurs ont abandonné, et le "
            "médecin de la course, le docteur Mariam Kaboré, a appelé à « revoir les horaires de départ ».\n\nLa ville "
            "a par ailleurs présenté un projet appelé « Cœur de ville » pour rénover le centre.\n")
    assert quotation(text, "revoir").speaker == "Kaboré"
    assert full(text, "Cœur de ville") != "Mariam Kaboré"


@pytest.mark.parametrize(("text", "titles"), [
    ("Titel der Sache\n\nDie Bäckerei in der Ortsmitte schließt nach 60 Jahren. „Es gibt keinen Nachfolger“, sagte "
     "die 52-Jährige der „Hollbecker Kreiszeitung“. Das Innenministerium hat den Bericht „Notrufversorgung in "
     "Niedersachsen 2030“ vorgelegt. Der Konzern hat die Strategie »Netz 2030« vorgestellt.\n",
     ["Hollbecker Kreiszeitung", "Notrufversorgung in Niedersachsen 2030", "Netz 2030"]),
    ("Titel der Sache\n\nMarie Weber führt die Konditorei seit drei Jahrzehnten. „Wir haben nie aufgegeben“, "
     "erzählte sie 2016 dem „Luxemburger Wort“. Ihr Mann betreibt die Facebook-Seite „Brennholz direkt vom Bauern“ "
     "und liefert selbst aus.\n\nNach dem Schlusspfiff gab es kein Halten mehr. In der Kabine, wo die Spieler bereits "
     "„We are the Champions“ sangen, feierte auch der Präsident mit.\n",
     ["Luxemburger Wort", "Brennholz direkt vom Bauern", "We are the Champions"]),
    ("Le titre de l’affaire\n\nLa poétesse publie un nouveau recueil cet automne. Ses textes ont été réunis sous le "
     "titre « Le ciel n'a pas de chemins » par un petit éditeur. Les exploitants disposent désormais du guide "
     "« Réfrigération à l'ammoniac : les bonnes pratiques » publié par la préfecture. Une quarantaine de maisons sont "
     "prévues dans le nouveau lotissement « Op der Heed » au nord du village.\n",
     ["Le ciel n'a pas de chemins", "Réfrigération à l'ammoniac : les bonnes pratiques", "Op der Heed"]),
])
def test_german_and_french_titles_of_papers_reports_pages_songs_and_estates(text: str, titles: list[str]) -> None:
    found = find_quotations(Document.from_text(text))
    assert [q.text for q in found if q.kind == "title"] == titles
    assert all(q.speaker_full is None for q in found if q.kind == "title")


def test_the_speaker_beside_a_newspaper_s_title_is_not_the_newspaper() -> None:
    text = ("Titel der Sache\n\nMarie Weber führt die Konditorei seit drei Jahrzehnten. „Wir haben nie aufgegeben“, "
            "erzählte sie 2016 dem „Luxemburger Wort“.\n")
    assert full(text, "Wir haben") == "Marie Weber"


def test_mongolian_glued_initials_before_a_surname() -> None:
    text = ("The title of the story\n\nBuganuud head coach G.Ochirbat was in no mood to celebrate. \"We were the "
            "better team,\" he said.\n")
    assert quotation(text, "We were").speaker == "Ochirbat"
