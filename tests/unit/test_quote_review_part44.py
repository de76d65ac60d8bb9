"""Shapes issue 11's part 44 reads, the part-44 review-set rules (sets benchmarks/review_sets/part44_a|b|c):
Swiss canton people's words as demonyms, an object's name that is no subject, "he" and "she" never a thing an article
names, a credit line that is no signature, a court report's defendant and counsel, terms named in passing, written
words on a sign or a note, a family name first, an obituary's subject's old words, and more. Short examples written
for these tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotation(text: str, quoted: str) -> Quotation:
    """The quotation starting with ``quoted`` in ``text`` (an article: a title, a blank line, paragraphs)."""
    return next(q for q in find_quotations(Document.from_text(text)) if q.text.startswith(quoted))


def full(text: str, quoted: str) -> str | None:
    return quotation(text, quoted).speaker_full


def test_a_swiss_canton_s_people_after_an_age_is_the_one_of_that_canton() -> None:
    text = ("Titel der Sache\n\nDer Berner Simon Anderegg gewann den Schlussgang gegen den Eidgenossen Martin Zurfluh "
            "nach sieben Minuten. Auch Zurfluh zeigte sich als fairer Verlierer.\n\n«Simon war heute einfach besser», "
            "sagte der 31-jährige Schwyzer.\n")
    assert full(text, "Simon war") == "Martin Zurfluh"


def test_a_german_name_after_an_object_s_article_and_noun_is_no_subject() -> None:
    text = ("Titel der Sache\n\nFabian Zgraggen erwischte keinen guten Start ins Fest. Im ersten Gang kam er gegen den "
            "Nordostschweizer Thomas Bucher nicht über einen Gestellten hinaus.\n\n«Das war zu wenig», gab der Urner "
            "zu.\n")
    assert full(text, "Das war") != "Thomas Bucher"
    assert full(text, "Das war") == "Fabian Zgraggen"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    ("The crowd was thin by the second half. Among those who stayed was Nick Ozanne, 63, who said he had not missed "
     "a home Muratti since 1977. “It was never going to be easy,” he said.", "It was never", "Nick Ozanne"),
    ("Water rates will rise by a fifth from January.\n\nActing Director of Water and Sewerage Eldon Frett told The BVI "
     "Beacon on Friday that customers would not see the change immediately. \"The new rate will appear on the "
     "February bill,\" he said.", "The new rate", "Eldon Frett"),
    ("The council heard from residents on Tuesday. Rita Camacho Pangelinan of Chalan Kanoa said her family had been "
     "\"chased off\" the land in 1998.\n\n\"We have nowhere else to go,\" she told the council.", "chased off",
     "Rita Camacho Pangelinan"),
    ("The council heard from residents on Tuesday. Rita Camacho Pangelinan of Chalan Kanoa said her family had been "
     "\"chased off\" the land in 1998.\n\n\"We have nowhere else to go,\" she told the council.", "We have nowhere",
     "Rita Camacho Pangelinan"),
])
def test_english_he_or_she_is_never_a_thing_an_article_or_of_names(body: str, quoted: str, speaker: str) -> None:
    assert full(f"The title of the story\n\n{body}\n", quoted) == speaker


def test_a_role_of_a_ministry_before_a_name_still_opens_she() -> None:
    text = ("The title of the story\n\nDeputy Minister of Environment Lilit Avetisyan is presenting the bill. \"The "
            "lake cannot wait,\" she told MPs.\n\nAvetisyan said the release would lower the lake by \"about 16 "
            "centimetres\".\n")
    assert full(text, "The lake") == "Lilit Avetisyan"


def test_berichtete_aehnliches_names_no_one() -> None:
    text = ("Titel der Sache\n\nViele Bauern warten seit Wochen auf ihren Dünger. Ein Landwirt aus dem Nachbarort "
            "berichtete Ähnliches. Nach mehreren Anrufen habe ihm die Firma per SMS eine „Lieferverzögerung wegen "
            "höherer Gewalt“ mitgeteilt.\n")
    assert quotation(text, "Lieferverzögerung").speaker != "Ähnliches"
    assert full(text, "Lieferverzögerung") != "Ähnliches"


def test_a_credit_line_after_the_last_quotation_is_no_signature() -> None:
    text = ("The title of the story\n\nThe mill closed its doors on Friday after 80 years. Marie Tremblay worked there "
            "for 31 of them.\n\n“It was our whole life,” she said. “We had nothing else.”\n\n— The Canadian Press\n")
    assert full(text, "It was our") == "Marie Tremblay"
    assert full(text, "We had nothing") == "Marie Tremblay"


def test_a_french_market_named_before_qui_dit_is_not_the_one_who_says() -> None:
    text = ("Le titre de l’affaire\n\nLa radio nationale a cessé d'émettre lundi. « C'est comme si on nous avait coupé "
            "la voix », témoigne Issa Zongo, vendeur de pagnes au marché Rood-Woko, qui dit avoir écouté « Le Réveil "
            "du Faso » « tous les matins pendant trente ans ».\n")
    assert full(text, "tous les matins") == "Issa Zongo"


@pytest.mark.parametrize("quoted", ["porteur", "sincère", "Nous nous sommes"])
def test_a_french_role_s_word_after_qu_il_is_a_verb(quoted: str) -> None:
    text = ("Le titre de l’affaire\n\nL'entreprise ouvre une usine. « Nous ne délocalisons pas », a insisté le patron, "
            "Claude Weber, évoquant une nouvelle gamme de fenêtres « bas carbone » destinée à la rénovation "
            "énergétique, un marché qu'il juge « porteur pour les dix prochaines années ».\n\nInterrogé sur les "
            "propos que lui prête le syndicat, il a assuré avoir été « sincère » en novembre. « Nous nous sommes "
            "trompés », a-t-il reconnu.\n")
    assert full(text, quoted) == "Claude Weber"


_TRIAL = ("Le titre de l’affaire\n\nEntre 2019 et 2022, Olivier D., un Liégeois de 47 ans, aurait écoulé plus de 600 "
          "bouteilles de vins contrefaits. Mardi, le parquet a requis contre lui trois ans de prison.\n\nLa magistrate "
          "a lu plusieurs messages envoyés par le prévenu à ses clients.\n\n« Septante bouteilles, vous trouvez ça "
          "anodin ? », l'a interrompu la présidente, Anne-Françoise Renard.\n\n« Je n'ai jamais dit ça », a répondu "
          "le prévenu.\n\nDu côté de la défense, Me Quentin Halleux a plaidé une peine de travail. Le conseil du "
          "prévenu a dénoncé « un procès pour l'exemple ».\n")


@pytest.mark.parametrize(("quoted", "speaker"), [
    ("Je n'ai jamais dit", "Olivier D."),
    ("un procès", "Quentin Halleux"),
    ("Septante bouteilles", "Anne-Françoise Renard"),
])
def test_a_french_court_report_s_defendant_counsel_and_judge(quoted: str, speaker: str) -> None:
    assert full(_TRIAL, quoted) == speaker


def test_the_defendant_s_counsel_is_the_lawyer_though_the_defendant_s_role_was_held_before() -> None:
    text = ("Procès à Liège\n\nEntre 2019 et 2022, Olivier D., un Liégeois de 47 ans, aurait écoulé plus de 600 "
            "bouteilles contrefaites.\n\n« Je n'ai jamais dit ça », a répondu le prévenu.\n\nDu côté de la défense, Me "
            "Quentin Halleux a plaidé une peine de travail. Le conseil du prévenu a dénoncé « un procès pour "
            "l'exemple ».\n\n« Je voudrais juste rembourser », a conclu le prévenu.\n")
    assert full(text, "Je n'ai") == "Olivier D."
    assert full(text, "un procès") == "Quentin Halleux"
    assert full(text, "Je voudrais") == "Olivier D."  # (the counsel holds no defendant's role)


def test_c_est_celle_de_names_the_subject_the_next_sentence_describes() -> None:
    text = ("Le titre de l’affaire\n\nLe Grand Conseil a adopté la loi sur l'énergie par 98 voix contre une. Cette "
            "voix, c'est celle de Marc-Henri Favre (UDC), seul commissaire opposé. À la tribune, l'agriculteur a "
            "dénoncé « une usine à gaz ».\n")
    assert full(text, "une usine") == "Marc-Henri Favre"


def test_sein_nachfolger_als_kapellmeister_is_the_name_apposed() -> None:
    text = ("Titel der Sache\n\nDer Musikverein feiert sein 150-jähriges Bestehen. Der langjährige Dirigent Josef "
            "Hofer hat sich vor drei Jahren zurückgezogen.\n\n„Er hat die Kapelle geprägt wie kein anderer“, sagt sein "
            "Nachfolger als Kapellmeister, Markus Gamper.\n")
    assert full(text, "Er hat die") == "Markus Gamper"


def test_a_crew_s_stroke_is_a_role_before_the_name() -> None:
    text = ("The title of the story\n\nThe Kaimai crew won the under-18 eights by half a length. “We knew we had it "
            "with 200 to go,” said Kaimai stroke Finn Aperahama, still sitting in the boat.\n")
    assert full(text, "We knew") == "Finn Aperahama"


def test_what_banners_read_is_no_one_s() -> None:
    text = ("The title of the story\n\nAround 200 protesters gathered outside parliament on Tuesday. Banners read "
            "\"Sevan is not a tap\" and \"Save Sevan, save Armenia\". Police kept the entrance clear.\n")
    found = find_quotations(Document.from_text(text))
    assert [(q.text, q.speaker) for q in found] == [("Sevan is not a tap", None), ("Save Sevan, save Armenia", None)]


def test_a_german_er_in_reported_speech_is_the_defendant_named_before() -> None:
    text = ("Titel der Sache\n\nDer Friedhofsgärtner Gerold H. musste sich am Dienstag vor dem Bezirksgericht "
            "verantworten. Er soll ein Grab eingeebnet haben, für das die Pflege bezahlt war.\n\nDie Witwe des "
            "Verstorbenen sagte als Zeugin aus. „Ich hab zuerst geglaubt, ich bin am falschen Grab“, sagte sie. Als "
            "sie den Bestatter angerufen habe, habe er von einem „Versehen“ gesprochen.\n")
    assert full(text, "Versehen") == "Gerold H."


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("Titel der Sache\n\nDie Mitglieder stimmten dem Umbau des Stadions mit großer Mehrheit zu.\n\n„Heute ist ein "
     "guter Tag für den Verein.“ Das sagte nach der Abstimmung Walter Zuberbühler, Ehrenpräsident des FC.\n", "Heute",
     "Walter Zuberbühler"),
    ("Titel der Sache\n\nDer Wolf ist zurück im Tal. Drei Schafe wurden in der vergangenen Woche gerissen.\n\n„Der "
     "Wolf frisst, was er am leichtesten bekommt.“ So formuliert es der Wildbiologe Bernhard Strasser, der das Gebiet "
     "seit Jahren beobachtet.\n", "Der Wolf frisst", "Bernhard Strasser"),
    ("Titel der Sache\n\nDas Hochwasser hat in der Nacht die Unterstadt überflutet.\n\n„Wir haben alles verloren“, "
     "sagte eine sichtlich mitgenommene Tessy Kieffer, die mit ihrer Familie im Erdgeschoss wohnt.\n", "Wir haben",
     "Tessy Kieffer"),
])
def test_german_speakers_named_after_the_words(text: str, quoted: str, speaker: str) -> None:
    assert full(text, quoted) == speaker


def test_french_en_opens_no_name() -> None:
    text = ("Le titre de l’affaire\n\n« On compte plus de 7000 moules par mètre carré », explique Léa Burnier, "
            "hydrobiologiste à l'EPFL.\n\nLe mollusque a gagné l'Europe par les canaux. En Suisse, il a été détecté "
            "pour la première fois dans le Rhin, puis dans le Léman.\n\nPourquoi une telle réussite ? La chercheuse "
            "parle d'un « envahisseur parfait ».\n\nLa commission, qui réunit la Suisse et la France, consacrera un "
            "chapitre à l'espèce. « C'est la grande question », conclut la scientifique.\n")
    found = find_quotations(Document.from_text(text))
    assert full(text, "On compte") == "Léa Burnier"
    assert len(found) == 3
    assert not {"Suisse", "En Suisse"} & ({q.speaker for q in found} | {q.speaker_full for q in found})


def test_die_referentin_is_the_tourismusreferentin_named_before() -> None:
    text = ("Titel der Sache\n\nDie Gemeinde will den Skilift am Hausberg erneuern. Zuständig ist "
            "Tourismusreferentin Verena Obkircher. Sie stellte die Pläne am Montag im Gemeinderat vor.\n\n„Ohne den "
            "Lift verlieren wir die Familien“, betonte die Referentin.\n")
    assert full(text, "Ohne den Lift") == "Verena Obkircher"


def test_a_spokesman_of_a_company_based_in_a_town_is_not_the_town() -> None:
    text = ("Titel der Sache\n\nDer Frachter war am Sonntag vor Borkum auf Grund gelaufen. Ein Sprecher der Reederei "
            "des Frachters mit Sitz in Dordrecht sagte, die Ladung sei „trocken und unversehrt“.\n")
    assert quotation(text, "trocken").speaker == "Ein Sprecher der Reederei"


@pytest.mark.parametrize(("sentence", "quoted", "kind"), [
    ("Mr Budd, who has since been nicknamed \"the frog man of Walcha\" by neighbours, said he did not mind the "
     "attention.", "the frog man", "term"),
    ("Investigators said the fins were listed on the ship's cargo manifest as “dried goods,” and were hidden under "
     "frozen squid.", "dried goods", "term"),
    ("Stroke Finn Aperahama held the rate at 36 before calling for what the crew calls “the hammer,” a sustained push "
     "over the last 250 metres.", "the hammer", "term"),
    ("One box carries a hand-lettered sign: “RD lady – beware of the goat”.", "RD lady", "title"),
    ("On the kitchen table they found a folded note bearing the word ‘Sunday’ and nothing else.", "Sunday", "title"),
])
def test_english_terms_named_in_passing_and_written_words(sentence: str, quoted: str, kind: str) -> None:
    found = quotation(f"The title of the story\n\nIt has been a strange week in the valley. {sentence}\n", quoted)
    assert (found.kind, found.speaker, found.speaker_full) == (kind, None, None)


def test_words_on_a_shape_someone_tweeted_stay_theirs() -> None:
    text = ("The title of the story\n\nThe campaign turned sharply negative this weekend. Donald Trump on Saturday "
            "tweeted an image of rival Hillary Clinton alongside a shape bearing the words \"most corrupt candidate "
            "ever!\" prompting outrage from Democrats.\n")
    found = quotation(text, "most corrupt")
    assert (found.kind, found.speaker, found.speaker_full) == ("phrase", "Trump", "Donald Trump")


def test_a_family_name_first_before_a_hyphened_given_name() -> None:
    text = ("The title of the story\n\nThe captain, Lo Wen-hsiung, 58, was fined $12,000 for failing to declare the "
            "fins. Given the chance to speak, Lo stood and addressed the court.\n\n“I understand the punishment,” he "
            "said.\n")
    found = quotation(text, "I understand")
    assert (found.speaker, found.speaker_full) == ("Lo", "Lo Wen-hsiung")


def test_a_given_name_first_after_mr_stays_so() -> None:
    text = ("The title of the story\n\nResidents of Burunga have been eating cattle that died in the drought. The "
            "chairperson of Burunga Sub-county, Mr Justus Byaruhanga, said the carcasses were unsafe, yet people still "
            "queued for what he called “free meat”.\n")
    found = quotation(text, "free meat")
    assert (found.speaker, found.speaker_full) == ("Byaruhanga", "Justus Byaruhanga")


def test_the_report_states_is_a_cue() -> None:
    text = ("The title of the story\n\nThe inspectors visited the home twice last year. ‘Residents were left without "
            "water for hours,’ the report states.\n")
    assert quotation(text, "Residents were").speaker == "the report"


_OBITUARY = ("The title of the story\n\nIsobel Gauld, who ran the post office in Kinloch for 41 years, has died at "
             "the age of 88.\n\nIsobel Margaret Gauld was born in Aberdeen and moved to the village when she married. "
             "She took over the post office in 1971.\n\nIn 2009 the Post Office planned to close the branch, and "
             "Isobel Gauld led the campaign to save it. Her neighbour Margaret Ross signed the petition first.\n\nHer "
             "friend Helen Paterson, who worked the counter with her for two decades, remembered the fight. “She "
             "wrote to every MP in Scotland,” she said.\n\n‘There’s folk here that have nae other income,’ she "
             "said{}.\n")


def test_she_said_at_the_time_in_an_obituary_is_its_subject() -> None:
    text = _OBITUARY.format(" at the time")
    assert full(text, "She wrote") == "Helen Paterson"
    assert full(text, "There’s folk") == "Isobel Margaret Gauld"  # (her fullest name, once "Isobel" is known: part 45)


def test_she_said_without_looking_back_is_the_one_just_quoted() -> None:
    assert full(_OBITUARY.format(""), "There’s folk") == "Helen Paterson"


def test_french_words_everyone_says_nested_in_someone_s_are_no_one_s() -> None:
    text = ("Le titre de l’affaire\n\nLes sinistrés attendent toujours les indemnités. « Tout le monde nous dit “ça va "
            "aller”, mais jusqu'à quand ? » soupire Josiane Marchal.\n")
    found = find_quotations(Document.from_text(text))
    assert [(q.nested, q.speaker_full) for q in found] == [(False, "Josiane Marchal"), (True, None)]
