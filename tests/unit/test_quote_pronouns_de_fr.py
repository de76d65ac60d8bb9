"""German and French pronouns and cues from a ninth review set (issue 11, part 19): "er", "sie", "il" and "elle"
stand for the first person of their gender named in the sentences before them (the subject, in news written in
either language), not the last one named, who often sits in a relative clause; German's verb-second order puts
"er" after the verb ("Zugleich räumte er ein"); French cue verbs written with a typographic apostrophe
("s’emporte") are cues. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.given_names import given_gender
from tests.unit.test_quote_roles_de_fr import FRENCH_LEAD, GERMAN_LEAD


def speakers(lead: str, body: str) -> dict[str, str | None]:
    document = Document.from_text("Streit um die Rente\n\n" + lead + "\n\n" + body + "\n")
    return {q.text: q.speaker for q in find_quotations(document)}


def test_a_german_pronoun_skips_the_person_of_a_relative_clause() -> None:
    body = ("Die Grünen-Haushälterin Anja Reuter, die am Vormittag noch mit Wirtschaftsministerin Sabine Hollmann "
            "gesprochen hatte, forderte mehr Geld für Schulen. „Wer heute bei der Bildung spart, zahlt morgen "
            "doppelt“, sagte sie.")
    assert speakers(GERMAN_LEAD, body)["Wer heute bei der Bildung spart, zahlt morgen doppelt"] == "Reuter"


def test_a_german_pronoun_follows_a_sentence_whose_subject_is_a_pronoun() -> None:
    body = ("Die Integrationsministerin Lea Brandt, die am Morgen noch mit Katrin Sommer telefoniert hatte, lobte "
            "den Kurs. Zugleich mahnte sie mehr Geld an. „Die Städte sind am Limit“, sagte sie.")
    assert speakers(GERMAN_LEAD, body)["Die Städte sind am Limit"] == "Brandt"


def test_a_french_incise_pronoun_skips_the_person_of_a_relative_clause() -> None:
    body = ("Mme Vidal, qui a reçu la semaine dernière le soutien de la présidente de la région, Catherine Solal, "
            "entend faire de la sécurité le cœur de sa campagne. « Les habitants ne veulent plus attendre, "
            "dit-elle. Ils veulent des résultats. »")
    found = speakers(FRENCH_LEAD, body)
    assert found["Les habitants ne veulent plus attendre, dit-elle. Ils veulent des résultats."] == "Vidal"


def test_a_german_pronoun_after_the_verb_is_the_subject() -> None:
    """"Zugleich räumte er ein, dass …": "Zugleich" had been the speaker."""
    body = ("Finanzminister Markus Brenner verteidigte den Entwurf. Zugleich räumte er ein, dass die Spielräume "
            "„so eng wie seit Jahrzehnten nicht“ seien.")
    assert speakers(GERMAN_LEAD, body)["so eng wie seit Jahrzehnten nicht"] == "Brenner"


def test_a_french_cue_with_a_typographic_apostrophe_is_a_cue() -> None:
    body = "Valérie Aubert a pris la parole. « Allez voir l’état des écoles ! », s’emporte Mme Aubert."
    assert speakers(FRENCH_LEAD, body)["Allez voir l’état des écoles !"] == "Aubert"


def test_french_and_german_cues_of_part_19() -> None:
    body = ("« La région prendra toute sa part », a promis Catherine Solal.\n\n"
            "« Tout se jouera au second tour », analyse Jérôme Castel, politologue.")
    found = speakers(FRENCH_LEAD, body)
    assert found["La région prendra toute sa part"] == "Solal"
    assert found["Tout se jouera au second tour"] == "Castel"
    german = speakers(GERMAN_LEAD, "„Die Lage ist ernst“, entgegnete Holger Stamm.")
    assert german["Die Lage ist ernst"] == "Stamm"


def test_german_and_french_given_names_tell_a_gender() -> None:
    assert [given_gender(name) for name in ("Lea", "Annalena", "Valérie", "Holger", "Armin", "Gilles")] == [
        "f", "f", "f", "m", "m", "m"]
    assert given_gender("Elias") == "" and given_gender("Karl") == ""  # (as often surnames: "Marc Elias")


def test_a_german_party_role_after_the_verb_is_the_subject_before() -> None:
    """"sagte der SPD-Politiker": the person just named, as "er" would be (it had been the role as written)."""
    body = ("Bundesfinanzminister Markus Brenner hat den Entwurf verteidigt. Der Etat sei „solide finanziert“, "
            "sagte der SPD-Politiker im Bundestag.")
    assert speakers(GERMAN_LEAD, body)["solide finanziert"] == "Brenner"


def test_a_german_feminine_role_is_the_woman_named_before() -> None:
    body = ("Bundesinnenministerin Katrin Sommer hat die Kontrollen verlängert, Florian Huber kritisierte das. "
            "Die Maßnahmen hätten sich „bewährt“, sagte die SPD-Politikerin.")
    assert speakers(GERMAN_LEAD, body)["bewährt"] == "Sommer"


def test_a_german_role_after_a_colon_is_the_subject_before() -> None:
    """"Auf die Frage, ob er …, sagte der Minister:" had been the last woman whose cue came before."""
    body = ("Die Abgeordnete Anja Reuter kündigte Änderungen an.\n\nMarkus Brenner zeigte sich unbeeindruckt. Auf "
            "die Frage, ob er mit Änderungen rechne, sagte der Minister: „Kein Haushalt bleibt, wie er war.“")
    assert speakers(GERMAN_LEAD, body)["Kein Haushalt bleibt, wie er war."] == "Brenner"


def test_a_german_role_the_article_gives_someone_is_that_person() -> None:
    body = ("Ministerin Anja Reuter und Markus Brenner trafen sich am Montag. „Wir sind uns einig“, sagte die "
            "Ministerin.")
    assert speakers(GERMAN_LEAD, body)["Wir sind uns einig"] == "Reuter"


def test_the_subject_before_a_french_relative_clause_speaks() -> None:
    """"Mme Marchetti, qui avait rencontré son homologue, Noa Shapira, a répondu :" had been Shapira's."""
    body = ("Interrogée sur ces critiques, Mme Marchetti, qui avait rencontré à Paris son homologue israélienne, "
            "Noa Shapira, a répondu sèchement : « La France parle à tout le monde. »")
    assert speakers(FRENCH_LEAD, body)["La France parle à tout le monde."] == "Marchetti"


def test_a_french_demonstrative_refers_to_the_indefinite_before() -> None:
    body = ("Selon un diplomate français, l'Elysée suit le dossier de près. « Nous avons des cartes que les "
            "Américains n'ont pas », explique ce diplomate. Hélène Marchetti, la ministre, n'a pas commenté.")
    assert speakers(FRENCH_LEAD, body)["Nous avons des cartes que les Américains n'ont pas"] == "un diplomate"


def test_a_french_role_with_its_name_in_apposition_after_the_verb() -> None:
    body = ("« Ce dossier est celui d’un système », a lancé la procureure, Anne Lefebvre, au début du "
            "réquisitoire. La présidente du tribunal, Claire Vasseur, a pris note.")
    assert speakers(FRENCH_LEAD, body)["Ce dossier est celui d’un système"] == "Lefebvre"


def test_a_party_after_a_french_indefinite_role_is_no_name() -> None:
    body = "« On a eu chaud, très chaud », reconnaît un député Renaissance, qui a requis l’anonymat."
    assert speakers(FRENCH_LEAD, body)["On a eu chaud, très chaud"] == "un député Renaissance"


def test_a_french_occupation_before_a_full_name_makes_a_person() -> None:
    """"le politiste Bruno Lefranc" (no saying verb, a given name the lists leave out): "il" after it is his."""
    body = ("Arnaud Delcourt a voté contre la motion.\n\nPour le politiste Bruno Lefranc, professeur à "
            "l’université de Lille, le scénario risque de se répéter. « Le gouvernement est à la merci du RN », "
            "analyse-t-il.")
    assert speakers(FRENCH_LEAD, body)["Le gouvernement est à la merci du RN"] == "Lefranc"


def test_a_french_role_with_a_complement_then_a_name_in_apposition() -> None:
    body = ("Le président du groupe Les Républicains, Arnaud Delcourt, a expliqué que ses troupes avaient voté "
            "contre la motion « par responsabilité ».")
    assert speakers(FRENCH_LEAD, body)["par responsabilité"] == "Delcourt"


def test_a_german_quotation_after_reported_speech_is_its_speakers() -> None:
    """"…, sagte er. »…«": a quotation opening its sentence after a reported one with no cue of its own (English
    had this rule; German and French had none)."""
    body = ("Der Landrat des Landkreises Görlitz, Stefan Kühne, berichtete von Staus. Pendler bräuchten eine Stunde "
            "länger, sagte er. »Die Leute verstehen, warum kontrolliert wird.«")
    assert speakers(GERMAN_LEAD, body)["Die Leute verstehen, warum kontrolliert wird."] == "Kühne"


def test_a_german_role_from_a_town_is_the_role() -> None:
    body = ("Am Hauptbahnhof reagierten Reisende gereizt. Eine Pendlerin aus Hanau sagte, sie werde ins Homeoffice "
            "ausweichen. „Ich habe keine Lust mehr, mich jedes Mal neu zu organisieren.“\n\n"
            "In Cottbus sagte ein Rentner, er habe sich noch nicht entschieden. „Die versprechen alle viel.“")
    found = speakers(GERMAN_LEAD, body)
    assert found["Ich habe keine Lust mehr, mich jedes Mal neu zu organisieren."] == "Eine Pendlerin aus Hanau"
    assert found["Die versprechen alle viel."] == "ein Rentner"


def test_darin_heisst_es_names_an_organisation_opening_the_sentence_before() -> None:
    body = ("Die Deutsche Bahn veröffentlichte am Nachmittag eine Mitteilung. Darin heißt es: „Wir bitten alle "
            "Fahrgäste, nicht notwendige Reisen zu verschieben.“")
    found = speakers(GERMAN_LEAD, body)
    assert found["Wir bitten alle Fahrgäste, nicht notwendige Reisen zu verschieben."] == "Deutsche Bahn"


def test_a_hyphenated_german_given_name_tells_a_gender() -> None:
    assert [given_gender(name) for name in ("Karl-Heinz", "Hans-Peter", "Eva-Maria")] == ["m", "m", "f"]


def test_an_organisation_with_an_adjective_and_a_place_after_aus_are_no_people() -> None:
    """"Der Verband der Chemischen Industrie warnte" had made "Industrie" a person, and "er" later stood for it;
    "Eine Pendlerin aus Hanau sagte" had made "Hanau" one."""
    body = ("Der Verband der Chemischen Industrie warnte vor „erheblichen Produktionsausfällen“. Eine Pendlerin aus "
            "Hanau sagte, sie sei frustriert.\n\nKarl-Heinz Bremer vom Fahrgastverband sagte, die Leidtragenden "
            "seien die Pendler. „Die Bahn und die GDL tragen ihren Streit auf unserem Rücken aus“, sagte er.")
    assert speakers(GERMAN_LEAD, body)["Die Bahn und die GDL tragen ihren Streit auf unserem Rücken aus"] == "Bremer"


def test_a_german_age_description_is_the_woman_named_before() -> None:
    body = ("Nicole Pfaff hält dagegen, die SPD habe versagt. Die Regierung habe den Wandel verschlafen, sagte die "
            "47-Jährige bei einer Veranstaltung in Eberswalde. Schulen seien marode, der Nahverkehr sei auf dem Land "
            "„praktisch nicht existent“.")
    assert speakers(GERMAN_LEAD, body)["praktisch nicht existent"] == "Pfaff"


def test_a_german_role_after_the_verb_ends_before_its_object() -> None:
    """"sagte die CDU-Politikerin dem SPIEGEL" had been the magazine's words; "sagte der Oberbürgermeister" the
    role's, as a name."""
    body = ("Die stellvertretende Vorsitzende Sabine Körner (CDU) warf Wendland vor, die Sicherheit „dem Spardiktat "
            "zu opfern“.\n\n„Der Finanzminister rechnet, während die Welt brennt“, sagte die CDU-Politikerin dem "
            "SPIEGEL.\n\nOb die Klage Erfolg hat, wollte Oberbürgermeister Dieter Reichl nicht kommentieren. „Das "
            "werden Gerichte entscheiden“, sagte der Oberbürgermeister.")
    found = speakers(GERMAN_LEAD, body)
    assert found["Der Finanzminister rechnet, während die Welt brennt"] == "Körner"
    assert found["Das werden Gerichte entscheiden"] == "Reichl"


def test_french_impersonal_on_names_the_entourage_or_the_place() -> None:
    body = ("« La porte reste ouverte », explique-t-on dans l'entourage de M. Lambertin.\n\n"
            "« Nous ne lâcherons pas », assure-t-on au Quai d'Orsay.")
    found = speakers(FRENCH_LEAD, body)
    assert found["La porte reste ouverte"] == "l'entourage de M. Lambertin"
    assert found["Nous ne lâcherons pas"] == "Quai d'Orsay"


def test_a_french_person_noun_is_the_man_named_before() -> None:
    body = ("À ses côtés, son matelot, Kévin Guéguen, 24 ans, ne cache pas son inquiétude. « Je viens de signer "
            "pour une maison », confie le jeune homme.\n\nSon capitaine, Jérémy Loiseau, s'est montré mesuré. « On "
            "ne va pas se cacher derrière l'arbitre », a souri le capitaine.")
    found = speakers(FRENCH_LEAD, body)
    assert found["Je viens de signer pour une maison"] == "Guéguen"
    assert found["On ne va pas se cacher derrière l'arbitre"] == "Loiseau"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a name in apposition after a noun phrase with a place in it: the name, not the place
        ("A droite, Les Républicains hésitent. Leur chef de file à l’Assemblée, Olivier Castagnet, juge la réforme "
         "« nécessaire mais mal calibrée ».", "nécessaire mais mal calibrée", "Castagnet"),
        ("Sylvie Moreau a présidé la séance. Mme Moreau, elle, a appelé à « l’apaisement ».", "l’apaisement",
         "Moreau"),
        ("Selon un proche de M. Lemaire, il entend désormais « ouvrir une nouvelle séquence ».",
         "ouvrir une nouvelle séquence", "un proche de M. Lemaire"),
        ("Selon un diplomate français, le président « tient personnellement » à ce dossier.",
         "tient personnellement", "un diplomate"),
    ],
)
def test_french_partial_quotations_of_part_19(body: str, quoted: str, speaker: str) -> None:
    assert speakers(FRENCH_LEAD, body)[quoted] == speaker


def test_a_french_place_then_on_names_the_source() -> None:
    body = ("Dans l’entourage de Mme Delorme, on se dit prêt à « quelques ajustements ».\n\n"
            "Au ministère, on se dit « surpris » par la mobilisation. À Bercy, on se dit « très attentif ».")
    found = speakers(FRENCH_LEAD, body)
    assert found["quelques ajustements"] == "l’entourage de Mme Delorme"
    assert (found["surpris"], found["très attentif"]) == ("ministère", "Bercy")


def test_a_capitalised_french_preposition_is_no_speaker() -> None:
    """"À ses côtés, un collègue plus jeune, qui …, promet : « … »" had been "À"'s."""
    body = "À ses côtés, un collègue plus jeune, qui n'a pas souhaité donner son nom, promet : « On ne lâchera rien. »"
    assert speakers(FRENCH_LEAD, body)["On ne lâchera rien."] == "un collègue"
