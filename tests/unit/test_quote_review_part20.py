"""French and German shapes a tenth review set's articles showed wrong or missing (issue 11, part 20): a role with a
name in apposition, an opening adverbial, plural and reflexive cue verbs, a name cut to an initial, an unread
attribution after the marks that must not inherit an earlier speaker, a preposition's object, a clause's last verb,
a group's quoted name, an organisation named by its noun. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.cited_surnames import cited_surname
from reader.quotes.names import _core
from tests.unit.quote_leads import FRENCH_LEAD, GERMAN_LEAD, found


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a role, then the name in apposition, then the verb
        ("Le comité soutient le mouvement. Son président, Jean-Luc Carrel, parle d'une « situation intenable ».",
         "situation intenable", "Jean-Luc Carrel"),
        ("Le maire de Lorient, Bernard Mahé, a qualifié la décision de « coup dur ».", "coup dur", "Bernard Mahé"),
        ("Le maire de Saint-Malo, Frédéric Alliot, a qualifié la fermeture de « coup de massue ».",
         "coup de massue", "Frédéric Alliot"),
        # a name with a long relative clause before its verb; the second quotation of the sentence too
        ("La défense conteste. Me Paul Lenoir, qui défend le prévenu avec sa consœur Me Anne Roy, évoque un "
         "« engrenage » et une bagarre « qui a mal tourné ».", "engrenage", "Paul Lenoir"),
        ("La défense conteste. Me Paul Lenoir, qui défend le prévenu avec sa consœur Me Anne Roy, évoque un "
         "« engrenage » et une bagarre « qui a mal tourné ».", "qui a mal tourné", "Paul Lenoir"),
        # an opening adverbial before the subject
        ("Dans un communiqué, le groupe invoque « une baisse durable des ventes ».", "une baisse durable des ventes",
         "le groupe"),
        ("Dans un communiqué commun, les syndicats dénoncent une « attaque sans précédent ».",
         "attaque sans précédent", "les syndicats"),
        # a reflexive cue after a question; a role of its own after a long complement
        ("« Qui va m'embaucher maintenant ? » s'interroge Thierry Marin, cariste.", "Qui va m'embaucher maintenant ?",
         "Thierry Marin"),
        ("« Nous avons eu une discussion franche », a reconnu en conférence de presse la commissaire européenne à "
         "l'énergie, Ingrid Solberg.", "Nous avons eu une discussion franche", "Ingrid Solberg"),
        ("Martine Vidal mène campagne. « On nous parle de réparer la ville ! », s’emporte-t-elle, dans un entretien.",
         "On nous parle de réparer la ville !", "Martine Vidal"),
    ],
)
def test_french_subjects(body: str, quoted: str, speaker: str) -> None:
    assert found(FRENCH_LEAD, body)[quoted][1] == speaker


def test_a_demonstrative_role_is_no_one_named_before() -> None:
    """"explique ce diplomate européen" inside the marks: the diplomat the writer points at, not the woman named
    before (the fallback to the last person named had made it hers)."""
    quotations = found(FRENCH_LEAD, "Francesca Moretti a jugé « prématurée » toute sanction. « À un moment, on a cru "
                                    "que tout allait capoter, explique ce diplomate européen. Puis tout s'est calmé. »")
    assert quotations["prématurée"][1] == "Francesca Moretti"
    speech = next(value for text, value in quotations.items() if text.startswith("À un moment"))
    assert speech[1] == "ce diplomate"


def test_an_organisation_named_by_its_noun_is_the_one_introduced() -> None:
    """"le groupe" after "Le groupe Valmont": shown as written, Valmont in full."""
    quotations = found(FRENCH_LEAD, "Le groupe Valmont va fermer son site de Saint-Quentin. Dans un communiqué, le "
                                    "groupe invoque « une baisse durable des volumes ».")
    assert quotations["une baisse durable des volumes"][1] == "Valmont"


def test_a_complement_clause_subject_is_no_speaker() -> None:
    """"Un autre prédit que le gouvernement « ne passera pas Noël »": the government says nothing."""
    quotations = found(FRENCH_LEAD, "Un autre élu, plus pessimiste, prédit que le gouvernement « ne passera pas "
                                    "Noël ».")
    assert quotations["ne passera pas Noël"][1] != "le gouvernement"


@pytest.mark.parametrize(
    "body",
    [
        "L'opposition a promis de combattre la réforme.\n\n« C'est fini », a bredouillé en sortant la doyenne.",
        "L'opposition a promis de combattre la réforme.\n\n« C'est fini ? » s'étrangle la doyenne du groupe.",
        "« Je comprends », dit Paul Morel. « Mais nous irons jusqu'au bout », a bredouillé en sortant la doyenne.",
    ],
)
def test_an_unread_french_attribution_inherits_no_earlier_speaker(body: str) -> None:
    """A quotation followed by its own attribution ("», a murmuré …") whose subject is not read has no speaker,
    rather than the previous paragraph's or quotation's."""
    last = list(found(FRENCH_LEAD, body).values())[-1]
    assert last[0] is None


def test_a_defendant_named_by_an_initial() -> None:
    """"Yanis B." is a man named by an initial (as the French and German press name defendants); "l'accusé" is
    not the victim named after "le meurtre de"."""
    assert _core(["Yanis", "B."]) == ([], ["Yanis", "B."])
    assert _core(["Plan", "B."])[1] == []  # (no given name: no person)
    assert cited_surname("Yanis B.", "B.") == "Yanis B."
    body = ("Le box est vitré, mais Karim D., 24 ans, garde le silence. Depuis lundi, le jeune homme comparaît pour "
            "le meurtre de Paul Morel.\n\nMardi, l'accusé a pris la parole. « Je n'ai rien fait », a-t-il déclaré.")
    speaker, full, _ = found(FRENCH_LEAD, body)["Je n'ai rien fait"]
    assert (speaker, full) == ("Karim D.", "Karim D.")


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a capitalised word after a preposition is its object, not the subject after the verb
        ("Die Initiative kündigte noch am Abend „entschiedenen Widerstand“ an.", "entschiedenen Widerstand", None),
        ("„Das ist absurd“, sagte am Montag Kanzlerin Angela Merkel.", "Das ist absurd", "Angela Merkel"),
        ("Ursula von der Leyen kam. „Wir schaffen das“, sagte von der Leyen.", "Wir schaffen das",
         "Ursula von der Leyen"),
        # the last verb of a subordinate clause: its subject opens the clause
        ("Viele Anwohner sprechen, wenn sie das große Gelände meinen, nur vom „Acker“.", "Acker", None),
        ("Angela Merkel war in Berlin. Er sei „sehr zufrieden“, wie sie betonte.", "sehr zufrieden", "Angela Merkel"),
    ],
)
def test_german_subjects(body: str, quoted: str, speaker: str | None) -> None:
    assert found(GERMAN_LEAD, body)[quoted][1] in ((speaker,) if speaker is None else (speaker, "Leyen"))


@pytest.mark.parametrize(
    ("lang", "body", "quoted"),
    [
        ("de", "Die Bürgerinitiative »Grüner Anger bleibt« kündigte noch am Abend an, gegen den Plan zu klagen.",
         "Grüner Anger bleibt"),
        ("de", "Viele trugen Plakate der Bürgerinitiative »Gegenwind Buchberg«. Ihr Sprecher Paul Roth kam auch.",
         "Gegenwind Buchberg"),
        ("fr", "Le collectif « Forêt vivante » a appelé à manifester samedi devant la mairie.", "Forêt vivante"),
    ],
)
def test_a_groups_quoted_name_is_a_title(lang: str, body: str, quoted: str) -> None:
    """A group's or a slogan's name in marks right after its noun is a title, nobody's words."""
    speaker, _, kind = found(GERMAN_LEAD if lang == "de" else FRENCH_LEAD, body)[quoted]
    assert (speaker, kind) == (None, "title")


def test_a_later_cue_with_its_object_introduces_the_words() -> None:
    """"Barnes said Okoye had told him in the huddle, “…”": the later verb introduces the words directly, so they
    are Okoye's, not reported by Barnes ("believes he, “…”" is still the reporter's: no object pronoun)."""
    text = ("Scores\n\nThe quarterback Jon Okoye threw four touchdowns. Trey Barnes caught nine passes.\n\n"
            "Barnes said Okoye had told him in the huddle, “Just win your man and I’ll find you.”\n")
    assert [q.speaker_full for q in find_quotations(Document.from_text(text))] == ["Jon Okoye"]


@pytest.mark.parametrize(
    ("lang", "body", "quoted", "speaker"),
    [
        ("de", "Monika Straub leitet das Amt. Tatsächlich bestätigte eine Sprecherin des Landratsamts auf Nachfrage, "
               "dass kein Horst nachgewiesen worden sei. „Die Prüfung ist abgeschlossen“, sagte sie.",
         "Die Prüfung ist abgeschlossen", "eine Sprecherin des Landratsamts"),
        ("fr", "Anne Roux tient la criée. « On ne vend plus rien », constate un mareyeur de Lesconil. « Et les prix "
               "baissent », dit-il.", "Et les prix baissent", "un mareyeur de Lesconil"),
        # an indefinite role that is an object stands for no one: "elle" is the minister named
        ("fr", "Marie Dubois est ministre. La ministre a annoncé une aide supplémentaire. Elle a plaidé pour une armée "
               "« seul garant durable de la souveraineté ».", "seul garant durable de la souveraineté",
         "Marie Dubois"),
    ],
)
def test_a_pronoun_after_a_role_introduced_as_the_subject(lang: str, body: str, quoted: str, speaker: str) -> None:
    """"eine Sprecherin … sagte sie": the role introduced as the sentence's subject, as written, not a woman named
    paragraphs before."""
    assert found(GERMAN_LEAD if lang == "de" else FRENCH_LEAD, body)[quoted][1] == speaker


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a pronoun whose sentence opens with a pronoun: the one that stands for (a role after its cue verb)
        ("Trois ans ont été requis contre Thierry Vallat, 52 ans.\n\n« Il a vendu du rêve », a déclaré la "
         "procureure dans son réquisitoire. Elle a décrit un « système » opaque. « C’est une cavalerie », "
         "a-t-elle insisté.", "C’est une cavalerie", "la procureure"),
        # "celle-ci": the woman just named, not the sentence's subject
        ("Anne Lefebvre a requis. La magistrate s’est appuyée sur le témoignage d’une collaboratrice, Valérie "
         "Thomas. A la barre, celle-ci avait raconté son alerte. « Il m’a répondu de ne pas s’inquiéter », "
         "avait-elle rapporté.", "Il m’a répondu de ne pas s’inquiéter", "Valérie Thomas"),
        # a role the article gave someone ("Le maire, Paul Lemoine,"), later alone
        ("Le maire, Paul Lemoine, a réuni le conseil. Léa Roux est venue.\n\nLe maire, lui, refuse de baisser les "
         "bras. « On ira jusqu’au bout, prévient-il. Et on le fera. »", "On ira jusqu’au bout, prévient-il. Et on le "
         "fera.", "Paul Lemoine"),
        # a participle of a cue verb after the subject's own verb; a man's name English writes as a surname
        ("Olivier Dufresne est venu. Le premier adjoint, Bernard Coste, s’est abstenu, estimant qu’il fallait « être "
         "réaliste ».", "être réaliste", "Bernard Coste"),
        # a name after a second role in apposition
        ("Le festival a eu lieu. Le président du jury, l’acteur belge Marc Dumont, a salué « une œuvre "
         "bouleversante ».", "une œuvre bouleversante", "Marc Dumont"),
        ("« Pris en otage ? Qu’il vienne conduire un train », a répliqué Yann Guéguen.",
         "Pris en otage ? Qu’il vienne conduire un train", "Yann Guéguen"),
    ],
)
def test_french_pronouns_and_roles_of_part_20(body: str, quoted: str, speaker: str) -> None:
    assert found(FRENCH_LEAD, body)[quoted][1] == speaker


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a role before its holder's name is the name's mention, not a role of its own
        ("Katrin Sommer sprach zuerst. Die nordrhein-westfälische Integrationsministerin Lea Brandt, die mit Sommer "
         "telefoniert hatte, mahnte mehr Geld an. »Die Städte sind am Limit«, sagte sie.", "Die Städte sind am Limit",
         "Lea Brandt"),
        # a role in the subjunctive is what another reports: not whom "er" stands for
        ("Albrechts Pressesprecher Martin Seidel wies das zurück. Der Ministerpräsident kämpfe um jede Stimme. "
         "»Frau Pfaff sollte sich um ihr Programm kümmern«, sagte er.", "Frau Pfaff sollte sich um ihr Programm "
         "kümmern", "Martin Seidel"),
    ],
)
def test_german_roles_of_part_20(body: str, quoted: str, speaker: str) -> None:
    assert found(GERMAN_LEAD, body)[quoted][1] == speaker


def test_french_only_given_names() -> None:
    """"Bernard" is a man's given name in French text, a surname as often in English news."""
    from reader.quotes.given_names import given_gender

    assert (given_gender("Bernard", "fr"), given_gender("Bernard"), given_gender("Bernard", "en")) == ("m", "", "")


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # an organisation opening the sentence by its name, or a German compound named in full before
        ("Die IG Metall sprach von einem »Kahlschlag«. Bezirksleiter Stefan Jung warf dem Management Fehler vor.",
         "Kahlschlag", "IG Metall"),
        ("Das Bundesumweltministerium erklärte, man nehme die Ergebnisse „sehr ernst“. „Wir brauchen ein Bild“, "
         "hieß es aus dem Ministerium.", "Wir brauchen ein Bild", "Bundesumweltministerium"),
        ("Der Mieterverein München begrüßte die Entscheidung. »Jede Wohnung zählt«, hieß es in einer Stellungnahme "
         "des Vereins.", "Jede Wohnung zählt", "Mieterverein"),
        # a role the article will not name, a role no one named holds: as written, not the last woman named
        ("Kultusministerin Anja Reuter verwies auf ein Programm. Wie angespannt die Lage ist, schildert die Leiterin "
         "einer Grundschule, die ihren Namen nicht nennen möchte. „Ich habe drei Klassen ohne Lehrerin“, sagte sie.",
         "Ich habe drei Klassen ohne Lehrerin", "die Leiterin"),
    ],
)
def test_german_organisations_and_unnamed_roles(body: str, quoted: str, speaker: str) -> None:
    assert found(GERMAN_LEAD, body)[quoted][1] == speaker


def test_a_fortiori_is_no_attribution_after_the_marks() -> None:
    """"», a fortiori pour …" reads as "a" and a participle: it is no attribution of the quotation."""
    from reader.quotes.incises import cued_after

    assert not cued_after("« La saison sera longue », a fortiori pour nous.", 26)
    assert cued_after("« La saison sera longue », a murmuré la doyenne.", 26)


def test_a_name_cut_to_an_initial_keeps_its_given_name_in_a_headline() -> None:
    """A one-paragraph document is read as a headline, whose names keep only their surnames; a surname that is an
    initial keeps its given name ("Yanis B.", not "B.")."""
    quotation = find_quotations(Document.from_text("« Je n’ai rien fait », a déclaré Yanis B.\n"))[0]
    assert (quotation.speaker, quotation.speaker_full) == ("Yanis B.", "Yanis B.")
