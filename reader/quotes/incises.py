"""Attributions that name a quotation's source without a clause of their own around it: French incises, the reporting
verb and its subject inverted inside the marks ("« Je comprends, estime-t-elle. Mais nous … »", "« Nous ne
lâcherons rien, a-t-il martelé, tant que … »", "« …, explique Sylvie Darrieux. … »"), which French typography
writes inside the quotation rather than splitting it as English does ("“…,” she said. “…”"); and the German
sentence's first constituent, a person the article names, before its verb ("Sportvorstand Fabian Wohlgemuth sprach
von einem „…“", "Gerlach zeigte sich „…“"): German puts the finite verb second, so a name opening the sentence
right before a lower-case word is its subject. ("According to X", ``laut X``, ``selon X``, ``X zufolge`` anywhere
in the quotation's sentence are :mod:`reader.quotes.cited_sources`', split out of this module at 521 lines.)

A mixin over :class:`reader.quotes.cited_sources.CitedSources`; :class:`reader.quotes.speakers.Attributor` is one. No
Textual or Rich import here."""

from __future__ import annotations

import re

from reader.quotes.cited_sources import CitedSources
from reader.quotes.german_clauses import _KONJUNKTIV, KONJUNKTIV_I
from reader.quotes.given_names import given_gender
from reader.quotes.institutions import opening_institution
from reader.quotes.lead_ins import FIRST_PERSON_DE_FR as _FIRST_PERSON_DE_FR
from reader.quotes.lead_ins import FIRST_PERSON_EN as _FIRST_PERSON_EN
from reader.quotes.more_words import JUDGING as _JUDGING
from reader.quotes.more_words import OTHERS_WORDS as _OTHERS_WORDS
from reader.quotes.names import _TOKEN
from reader.quotes.sentence_openings import (
    _OPENING_ARTICLES,
    GESTURE_DE_FR,
    _after_adverbial,
    _apposed_name,
    _indefinite_opening,
    _inverted_pronoun,
    _opening_name,
    _opening_on,
    _role_before_name,
    answering,
    apposed_label,
    inverted_name,
    inverted_subject_name,
)
from reader.quotes.token_shapes import _GERMAN_PREPOSITIONS
from reader.quotes.words import _DETERMINERS, _FUNCTION, _PRONOUNS, _VERBS

_LOWER = "a-zàâäçéèêëîïôöûùüÿœ"
_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s{1,3}[A-ZÀ-Ý][\w’'-]+){0,3}"
_FRENCH_INCISE = re.compile(
    rf",\s{{0,3}}(?:(?:a|avait)-t-(?P<aux>il|elle)\s{{1,3}}(?P<participle>[{_LOWER}]+)(?:\s{{1,3}}[{_LOWER}’']+){{0,4}}"
    # ", a-t-il ajouté,", ", a-t-il déclaré dans les couloirs."
    rf"|(?P<verb>[{_LOWER}]+)-(?:t-)?(?P<pronoun>il|elle)(?:\s{{1,3}}[{_LOWER}]+){{0,3}}"  # ", estime-t-elle.",
    # ", dit-il en riant,"
    rf"|(?:a\s{{1,3}})?(?P<cue>[{_LOWER}]+)\s{{1,3}}(?:(?:d[’']emblée|aussitôt|alors|ensuite|enfin|aussi|encore|"
    rf"simplement|sobrement)\s{{1,3}})?(?:(?P<det>le|la|les|l’|l'|ce|cette|cet|sa|son|leur)\s{{0,3}}"  # (", a dit la")
    rf"(?P<role>[{_LOWER}-]+(?:\s{{1,3}}[\w’'-]+){{0,9}}?)(?:,\s{{0,3}}(?P<named>{_NAME}))?|(?P<name>{_NAME}))"
    r"(?:\s{1,3}\([^()\n]{1,40}\))?"  # (", a lancé d'emblée le maire, Yannick Le Goff (divers gauche).")
    rf"(?:\s{{1,3}}en\s{{1,3}}[{_LOWER}]+ant(?:\s{{1,3}}[{_LOWER}’']+){{0,4}})?"  # (", a soupiré Gilbert Wendling en
    # rangeant ses dossiers.": a gerund after the name; part 37)
    # ", explique Inès Dufour.", ", confie le médecin.", ", raconte la maire, Martine Lagrange.", with a role's
    # complement: ", a affirmé la présidente de la Fédération autonome des profs du Québec, Isabelle Gagnon."
    r")\s{0,3}(?=(?P<end>[,.;!?]))"  # (a look-ahead: that comma may open the next incise, ", quand …, a-t-il")
)
"""An incise inside a French quotation: after a comma, a verb and its inverted subject, then the sentence goes
on or ends. The name form and the pronoun form without "-t-" only with a reporting verb (:data:`_VERBS`); "-t-"
is the inversion's own mark, with any verb ("soupire-t-il"), but not in a question ("va-t-elle … ?"). White
space is read in runs of at most three characters: no run of spaces then makes the engine try each way of
splitting it between two optional parts (a quotation holding 64,000 spaces had taken 17 s)."""

_COMPOUND_AUXILIARIES = frozenset("a ont avait avaient hat haben hatte hatten".split())

_FRENCH_PARTICIPLES = frozenset("""estimant affirmant jugeant expliquant dénonçant soulignant ajoutant déclarant
    assurant rappelant précisant qualifiant évoquant regrettant déplorant prévenant promettant réclamant""".split())
"""French present participles of cue verbs: after a comma, the sentence's subject says the words ("Le premier
adjoint, Bernard Coste, s’est abstenu, estimant qu’il fallait « être réaliste »")."""
_NAMING = frozenset("sprach spricht nannte nennt bezeichnete bezeichnet qualifie qualifié parle parlé".split())
"""Judging verbs that frame words as someone's even when the words read as a name (German capitalises every noun:
"sprach von einem „Griff in die Kasse“")."""

_CONJUNCTIONS_OPENING = frozenset("Mais Et Pourtant Alors Aber Und Doch".split())
_SUBJECTLESS = frozenset("puis avant ensuite enfin et dann danach nur darunter dazu dessous".split())
"""Words opening a French or German sentence of no subject of its own before a colon ("Puis, se tournant vers le
prévenu :", "Avant d’ajouter :", "Darunter nur ein Satz:" under a post, part 37): the words it announces are the
previous sentence's subject's."""
_SUBJECT_PRONOUNS = frozenset("il elle ils elles on er sie man".split())
_REPORTED_SENTENCES = 3
"""How many sentences back :meth:`Incises._konjunktiv_reporter` reads through indirect speech to its speaker."""

_ROLE_COMPLEMENTS = frozenset("au aux à de du des d’ d' pour chez en sur".split())
"""Words that open a French role's complement ("le vainqueur | au micro de …"): the role's head ends before one."""


_SPOKE_OF = re.compile(r"\b(?:habe|hätte|sei) (er|sie) (?:[\w-]+ ){0,3}?von (?:einem|einer|einen|dem|der|den)\s*$")
"""German indirect speech whose own subject spoke of the quoted words: "habe er von einem „…“ gesprochen"."""


class Incises(CitedSources):
    """The source patterns of the module docstring."""

    def _french_incise(self, open_pos: int, close_pos: int) -> str | None:
        """The source a French incise inside the quotation between ``open_pos`` and ``close_pos`` names (a
        pronoun resolved as one after the marks would be), or None when it holds none."""
        text = self.text
        for match in _FRENCH_INCISE.finditer(text, open_pos, close_pos):
            pronoun = match.group("aux") or match.group("pronoun")
            if match.group("aux") and match.group("participle") not in _VERBS:
                continue
            if match.group("pronoun") and "-t-" not in match.group(0) and match.group("verb") not in _VERBS:
                continue  # ("fait-il", "est-elle" in a question: no reporting verb)
            if match.group("pronoun") and match.group("end") == "?":
                continue  # "Mais, va-t-elle vraiment démissionner ?": a question's inversion, no incise
            if pronoun:
                return self._antecedent(match.start(), "m" if pronoun == "il" else "f")
            if match.group("cue") in _VERBS and (name := match.group("name") or match.group("named")):
                return self.people.resolve_name(_TOKEN.findall(name), match.start(0))
            if match.group("cue") in _VERBS and match.group("role"):  # ", confie le médecin.": the role, resolved
                words = match.group("role").split()
                name = len(words)
                while name > 1 and words[name - 1][:1].isupper() and words[name - 1].replace("-", "").isalpha():
                    name -= 1
                if len(words) - name >= 2 and given_gender(words[name], self.lang):  # ", a réagi la conseillère
                    return self.people.resolve_name(words[name:], match.start("role"))  # d’État Mathilde
                    # Zufferey-Bonvin, cheffe du …": the name after the role (part 38)
                head = next((k for k, word in enumerate(words) if not word.islower() or word in _ROLE_COMPLEMENTS),
                            len(words))
                return self._description([match.group("det"), *words[:head]], match.start("role"))
        return None

    def _first_constituent(self, tokens: list[tuple[str, int]], quoted: str) -> str | None:
        """Who the German or French sentence ``tokens`` (its words before the opening mark) opens with, right
        before its verb: a person the article names (:meth:`_opening_person`), else a role or an organisation
        (:meth:`_opening_description`)."""
        colon = bool(tokens) and tokens[-1][0] == ":" and not any(
            word in (".", "!", "?") or word.lower() in _OTHERS_WORDS for word, _ in tokens)  # (announces the words)
        if tokens and tokens[0][0] in _CONJUNCTIONS_OPENING and len(tokens) > 2:
            tokens = tokens[1:]  # ("Mais il voit bien la tête des patrons : « … »")
        if self.lang == "de" and not colon and any(_KONJUNKTIV.fullmatch(word) for word, _ in tokens[1:4]) and not any(
                word in _VERBS for word, _ in tokens):  # (but "Anna Berger habe daraufhin gesagt, …": her words)
            return None  # "Private Anbieter hätten sich „…“": reported speech about them, someone else's words (not
            # "Ein Passant habe ihr zugerufen: »…«", whose words they are)
        if self.lang == "de" and (at := _inverted_pronoun(tokens)) > 1 and tokens[0][0].lower() in _DETERMINERS and (
                tokens[at][0] == "er" or tokens[0][0] in ("Den", "Dem")) and tokens[at - 1][0] in _VERBS | _JUDGING:
            return self._antecedent(tokens[at][1], "m" if tokens[at][0] == "er" else "f")  # ("Die Erklärung nannte er")
        if self.lang == "de" and (at := inverted_name(tokens, _VERBS | _JUDGING)) > 0 and (
                person := self.people.person_of([word for word, _ in tokens[at:]], tokens[at][1])) is not None:
            return person.full  # ("Die Gebührenerhöhung nannte Hollerbach „…“": a person the article names)
        found = (self._opening_person(tokens, quoted) or self._opening_description(tokens, quoted, colon)
                 or (_opening_on(tokens) if self.lang == "fr" else _opening_name(tokens, saying=True))
                 or (self._opening_institution(tokens) if self.lang in ("de", "fr") and tokens else None))
        after = _after_adverbial(tokens) if self.lang == "fr" else 0
        if found is None and after:  # "Dans un communiqué, le groupe invoque « … »": the subject after an adverbial
            found = self._opening_person(tokens[after:], quoted) or self._opening_description(
                tokens[after:], quoted, colon)
        if found is None and colon:  # "Une commerçante, qui préfère taire son nom, est moins indulgente : « … »",
            found = _indefinite_opening(tokens)  # "Un peu plus loin, un spectateur … : « … »": as written
        impersonal = any(word in ("hieß", "heißt") and tokens[k + 1][0] == "es" for k, (word, _) in enumerate(
            tokens[:-1]))  # ("In einer Mitteilung hieß es:": the one who opens the sentence before)
        if found is None and colon and (impersonal or tokens[0][0].lower() in _SUBJECTLESS and not any(
                word.lower() in _SUBJECT_PRONOUNS for word, _ in tokens)):  # "Puis, se tournant vers le prévenu :":
            found = self._subject_just_before(tokens[0][1], self._block_start(tokens[0][1]), "")  # the one before's
        return found

    def _apposed_speaker(self, tokens: list[tuple[str, int]]) -> str | None:
        """The person a French or German label before a colon names, with a description of them after a comma
        (:func:`reader.quotes.sentence_openings.apposed_label`: "Peio Etcheverry, berger de Soule : « … »")."""
        end = apposed_label(tokens)
        return self.people.resolve_name([word for word, _ in tokens[:end]], tokens[0][1]) if end else None

    def _opening_institution(self, tokens: list[tuple[str, int]]) -> str | None:
        """German: an institution by its name opening the sentence, right before a saying or judging verb ("Der
        Kommunale Arbeitgeberverband Niedersachsen (KAV) nannte die Forderungen „…“")."""
        found = opening_institution(self.text, tokens[0][1], self.lang)
        verb = next((word for word, at in tokens if found and at >= found[1]), "")
        return found[0] if found and (verb in _VERBS or verb in _JUDGING) else None

    def _subject_just_before(self, sentence_start: int, block_start: int, quoted: str) -> str | None:
        """Whom a quotation with no attribution of its own, opening its sentence, belongs to when it speaks in the
        first person and the sentence before it in its paragraph opens with a person, or a pronoun standing for
        one ("Marco Van Houtte continue de réserver des places. « On joue jusqu'au dernier jour. »", "Elle compte
        organiser une journée portes ouvertes. « … Après, on discutera. »"); in English, that sentence's main
        subject, when the article names that person ("he was deported …. “The first week, I was living …”")."""
        if self.lang == "en" and sentence_start > block_start and quoted and (
                _FIRST_PERSON_EN.search(quoted) or answering(self.text, self._sentence_start(
                    sentence_start - 1, block_start), sentence_start)):  # ("Asked whether …, the chief shook his
            before = self._sentence_start(sentence_start - 1, block_start)  # head. “…”", "Then he grew quiet. “…”")
            found = self._main_subject(before, sentence_start)
            return found if found and self.people.named(found) is not None else None
        if self.lang not in ("de", "fr") or sentence_start <= block_start or (
                quoted and not _FIRST_PERSON_DE_FR.search(quoted) and not GESTURE_DE_FR.search(
                    self.text, self._sentence_start(sentence_start - 1, block_start), sentence_start)):
            return None  # ("" for any words: a colon announced them, in a sentence of no subject of its own)
        tokens = self._sentence_before(sentence_start, block_start)
        if self.lang == "fr" and (after := _after_adverbial(tokens)):
            tokens = tokens[after:]  # ("En attendant, Marco Van Houtte continue …")
        if len(tokens) < 3 or self._inside(tokens[0][1]):
            return None
        if self.lang == "fr" and (agent := self._passive_agent_fr(tokens)):
            return agent  # "Elle a été lancée par Aurélie Gilson, 34 ans, …. « Je ne suis pas … »": the one the
            # passive introduces, not what "elle" stands for (part 41)
        return self._opening_subject(tokens, True, True, bool(quoted))  # ("…, une retraitée … a moins de
        # patience. « … »"; "Sofiane Amrani, mouleur de 31 ans, a versé 8 000 euros. « Ma femme m’a dit … »")

    def _passive_agent_fr(self, tokens: list[tuple[str, int]]) -> str | None:
        """The person a French passive names as its agent ("a été lancée par Aurélie Gilson"), when the index
        knows them; None otherwise."""
        for k in range(1, min(len(tokens) - 2, 8)):
            if tokens[k][0] == "été" and tokens[k + 2][0] == "par" and k + 3 < len(tokens) and tokens[k + 3][0][
                    :1].isupper():
                end = k + 3
                while end < len(tokens) and tokens[end][0][:1].isupper():
                    end += 1
                person = self.people.person_of([word for word, _ in tokens[k + 3 : end]], tokens[k + 3][1])
                return person.full if person is not None else None
        return None

    def _introduced_since(self, prev_close: int, sentence_start: int, quoted: str, prev_speaker: str | None
                          ) -> str | None:
        """French or German: whom a quotation with no attribution of its own belongs to when, since the quotation
        before it in its paragraph, a sentence of narration opened with someone else (:meth:`_subject_just_before`):
        "…, explique-t-elle. Dans la salle d’attente, Justine Lavergne, 29 ans, berce son fils. « Sans le bus,
        j’aurais … »" is hers, not the previous speaker's. Not when the quotation opens on "elle" (about that
        person: "C’est Camille Orsini qui l’a convaincu. « Elle m’a dit : … »"), nor when the words after the
        previous quotation are its attribution ("« … ? » lui a demandé l’animatrice. « … »")."""
        if not _NEW_SENTENCE.search(self.text, max(0, prev_close - 4), sentence_start) or (
                _THIRD_PERSON_OPENING.match(quoted)):
            return None
        introduced = self._subject_just_before(sentence_start, prev_close, quoted)
        return introduced if introduced != prev_speaker else None

    def _opening_subject(self, tokens: list[tuple[str, int]], others: bool, any_verb: bool = False,
                         described: bool = False) -> str | None:
        """Who opens the French or German sentence ``tokens`` as its subject: whom an opening "il" or "sie" stands
        for, a person the index knows (:meth:`_opening_person`), with ``others`` also a German institution by its
        name or an indefinite role as written, and with ``described`` a definite role or organisation (for words in
        the first person after it); in German, whom "er" or "sie" after the verb stands for ("Lange stand er davor",
        "Später stellte sie sich den Fragen"). ``any_verb``: see :meth:`_opening_person`."""
        if len(tokens) > 2 and (gender := _PRONOUNS.get(tokens[0][0].lower())) in ("m", "f") and (
                tokens[1][0].islower()):
            return self._antecedent(tokens[0][1], gender)
        found = self._opening_person(tokens, "", any_verb) or ((
            self._opening_institution(tokens) if self.lang == "de" else None) or _indefinite_opening(tokens) or (
                self._opening_description(tokens, "", True) if described else None)  # ("Die Ministerin räumte
            if others else None)  # ein, dass …. „Das verschweige ich nicht.“"; not for "Dort hieß es: „…“")
        if found is None and self.lang == "de" and (at := _inverted_pronoun(tokens)) > 0:
            return self._antecedent(tokens[at][1], _PRONOUNS[tokens[at][0]])
        if found is None and self.lang == "de":
            # ("Bestätigen wollte Schantl das nicht.", "Am Montag besuchte Markus Schantl die Baustelle.": the
            # subject after the verb, when the article names that person)
            at, end = inverted_subject_name(tokens)
            for start in range(at, end) if at > 0 else ():
                person = self.people.person_of([word for word, _ in tokens[start:end]], tokens[start][1])
                if person is not None:
                    return person.full
        return found

    def _konjunktiv_reporter(self, sentence_start: int, block_start: int, prefix: str, close_pos: int) -> str | None:
        """German: whom a quotation with no attribution reports, when its sentence or the ones before it in its
        paragraph are in the subjunctive (indirect speech, which names its speaker once, first): the person who
        opens the last sentence before them in the indicative ("Kämmerin Sabine Oltmanns hatte zuvor die Zahlen
        erläutert. Der Haushalt weise …, die Rücklagen seien „praktisch aufgebraucht“."; "Hellwig gibt sich
        gelassen. Ein Bürgerbegehren sei „…“"), or whom its opening pronoun stands for. When neither the quotation's
        own words before it (``prefix``) are in the subjunctive nor the quotation ends its sentence (at
        ``close_pos``), one sentence before it must be (no indirect speech, no one's: "Klaus Weber weihte das
        Denkmal ein. „…“ steht auf dem Sockel."). A subjunctive sentence with a colon names its reporter before the
        colon ("Die Grünen sehen das anders: Die Schulen seien marode"): none here."""
        if (spoke := _SPOKE_OF.search(prefix)) and " gesprochen" in self.text[close_pos : close_pos + 13] and (
                (pronoun := self.text.find(spoke.group(1), sentence_start, close_pos)) >= 0):
            return self._antecedent(pronoun, "m" if spoke.group(1) == "er" else "f")  # "Als sie ihn angerufen habe,
            # habe er von einem „Versehen“ gesprochen": whose word the reporter quotes (part 44)
        reported = bool(_KONJUNKTIV.search(prefix)) or not self.text[close_pos + 1 : close_pos + 40].lstrip()[
            :1].islower()
        end = end_0 = sentence_start
        for _ in range(_REPORTED_SENTENCES):
            if end <= block_start:  # (all reported in the first subjunctive: whom the paragraph before cited)
                return self._cued_before(block_start) if KONJUNKTIV_I.search(self.text, block_start, end_0) else None
            start = self._sentence_start(end - 1, block_start)
            if start >= end or self.text[start : start + 1] in "„»\"“":
                return None  # (a quotation opens it: its own attribution is read for it)
            if _KONJUNKTIV.search(self.text, start, end) and ":" in self.text[start:end]:
                return None
            if not _KONJUNKTIV.search(self.text, start, end):
                if not reported:
                    return None
                return self._opening_subject(self._tokens(start, end), others=False)
            if (tokens := self._tokens(start, end)) and tokens[0][0].lower() not in _GERMAN_PREPOSITIONS and (
                    found := self._opening_person(tokens, "")):
                return found  # "Heike Brandstätter, Sprecherin der Initiative, betonte, man habe …. Man sei „…“":
                # a sentence that reports with a saying verb of its own names the reporter (part 41; not "Ohne
                # Herrn Reichle, meint er, wäre …": a preposition's object)
            end, reported = start, True
        return None

    def _opening_description(self, tokens: list[tuple[str, int]], quoted: str, any_verb: bool = False) -> str | None:
        """A role or an organisation opening the sentence with its definite article, right before a saying or
        judging verb ("Die Union sprach von einem „…“", "Le syndicat qualifie la réforme de « … »", "Die Ministerin
        nannte das Paket „…“"): kept as written, or the person the article gave that role (:meth:`_description`,
        as English reads "The union called the plan “…”"). Only one noun: an adjective or a complement between
        it and the verb leaves the sentence to the other readings."""
        if len(tokens) < 3 or tokens[0][0].lower() not in _OPENING_ARTICLES:
            return None
        noun = tokens[1][0]
        if not noun.isalpha() or (noun[:1].isupper() if self.lang == "de" else noun.islower()) is False:
            return None
        verb = tokens[2][0]
        if verb in _COMPOUND_AUXILIARIES and len(tokens) > 3:
            verb = tokens[3][0]
        if not any_verb and verb not in _VERBS and (verb not in _JUDGING or (
                verb not in _NAMING and _name_like(quoted, self.lang))):
            return None  # ("Das Museum zeigt „Die Brücke“": a work; "Die Union sprach von einem „Griff in die Kasse“")
        return self._description([tokens[0][0], noun], tokens[0][1])

    def _opening_person(self, tokens: list[tuple[str, int]], quoted: str, any_verb: bool = False) -> str | None:
        """The person the German or French sentence ``tokens`` (its words before the opening mark) opens with, right
        before its finite verb (a role or an article may stand before the name: "Die Sprecherin Katrin Gerlach
        zeigte sich", "Félix Ouellet reproche au gouvernement d'avoir « … »"); None when the index knows no such
        person (a common noun opens most German sentences). ``any_verb``: the sentence need not frame words (its
        subject is read for the quotation after it, in the first person)."""
        apposed = _apposed_name(tokens)
        if apposed:  # "Son président, Jean-Paul Cariou, parle d'une « … »": the name, then its closing comma
            tokens = tokens[apposed:]
        elif self.lang == "fr" and (named := _role_before_name(tokens)):
            tokens = tokens[named:]  # ("la vice-présidente Nadia Ferhat a défendu un « … »": the name)
        end = 1 if tokens and tokens[0][0] in ("il", "elle", "er", "sie") else 0  # (after an adverbial: "Interrogée
        while end < len(tokens) and (tokens[end][0][:1].isupper() or tokens[end][0] == "." or (  # …, elle s’est
                self.lang == "de" and tokens[end][0] in ("de", "van", "ter", "da")  # montrée"; "Taveris-Chef
                and end + 1 < len(tokens) and tokens[end + 1][0][:1].isupper())):  # Marten de Vries hatte")
            end += 1
        close = next((k for k in range(end + 2, min(len(tokens) - 1, end + 5)) if tokens[k][0] == ")"), 0) if (
            1 <= end < len(tokens) and tokens[end][0] == "(") else 0  # "Bürgermeisterin Annette Wiesmann (CDU)
        if close:  # sprach", "Umweltminister Georg Attenberger (Freie Wähler) meldete sich": past the party
            tokens = tokens[:end] + tokens[close + 1 :]
        at = end  # the verb's; past an aside between commas ("Marine Lefort, présidente du groupe, a évoqué")
        if apposed and end < len(tokens) - 1:  # (past where the name is from: ", Aino Virtanen vom Zoo Helsinki,")
            at = next((k + 1 for k in range(end, min(len(tokens) - 1, end + 8)) if tokens[k][0] == ","), end)
        elif 2 <= end < len(tokens) and tokens[end][0] == ",":
            # a relative clause may be longer ("Me Karim Bensalah, qui assiste l'accusé avec sa consœur …, évoque")
            reach = 24 if end + 1 < len(tokens) and tokens[end + 1][0] in _RELATIVES else 16  # (", président de
            # la chambre de métiers et de l’artisanat, s’est dit")
            at = next((k + 1 for k in range(end + 2, min(len(tokens), end + reach)) if tokens[k][0] == ","), end)
        if not 1 <= end <= 6 or at >= len(tokens) or not tokens[at][0].replace("’", "").replace("'", "").isalpha() or (
                not tokens[at][0].islower()) or (self.lang == "fr" and tokens[0][0] == "Les"):
            return None  # (a verb may hold an apostrophe: "s’est abstenu"; "Les Draveurs champions …": a team, part 42)
        verb = tokens[at][0]
        if verb in _COMPOUND_AUXILIARIES and at + 1 < len(tokens):  # "a dénoncé", "hat … kritisiert": the participle
            verb = tokens[at + 1][0]
        elif verb in ("se", "s’", "s'", "s’est", "s'est") and at + 1 < len(tokens):  # ("se dit « … »", "s’est dit")
            verb = tokens[at + 2][0] if tokens[at + 1][0] == "est" and at + 2 < len(tokens) else tokens[at + 1][0]
        saying = verb in _VERBS or verb in _JUDGING or any(  # (", estimant qu’il fallait « … »": a participle's)
            word in _FRENCH_PARTICIPLES and tokens[k - 1][0] == ","
            for k, (word, _) in enumerate(tokens[at + 1 :], at + 1)) or (
            tokens[-1][0] == ":" and not self._inside(tokens[0][1]) and not any(
                word in (".", "!", "?") or word.lower() in _OTHERS_WORDS for word, _ in tokens[at:]))  # (the colon
        # announces the subject's words: "Louis Cadiou, 79 ans, ne cache pas son plaisir : « … »"; not a message
        # the subject read out, "Elle a lu un message … : « … »", nor words a quotation's speaker heard)
        if not any_verb and ((not saying and _name_like(quoted, self.lang)) or (at > end and not saying) or (
                not saying and tokens[-1][0] == ":" and any(word.lower() in _OTHERS_WORDS for word, _ in tokens[at:]))):
            # (a message read out: "… a lu un message … : « … »")
            return None  # ("Paul Giraud a lu « Le Petit Prince »", "Anna Kern besuchte das „Haus …“": no words)
        if end == 1 and (gender := _PRONOUNS.get(tokens[0][0].lower())) and saying and not verb.endswith("en"):
            return self._antecedent(tokens[0][1], gender)  # "Sie nannte die Lage „ernst“" (not "Sie nannten")
        for start in range(max(0, end - 3), end):
            person = self.people.person_of([word for word, _ in tokens[start:end]], tokens[start][1])
            if person is None and end - start > 2 and tokens[end - 1][0] == "." and len(tokens[end - 2][0]) == 1:
                person = self.people.person_of([word for word, _ in tokens[start : end - 2]] + [  # ("Dylan M. s’est
                    tokens[end - 2][0] + "."], tokens[start][1])  # tourné vers les victimes.": the initial's full stop
            if person is not None:  # is the name's, as the index wrote it; part 41)
                return person.full
        if end >= 2 and (given_gender(tokens[end - 2][0]) or apposed) and tokens[end - 1][0].isalpha():
            # a given name and a surname the index did not take for a person (named once, with no saying verb), or
            # a name apposed to a role ("Die Koordinatorin des Zuchtprogramms, Aino Virtanen vom Zoo Helsinki,")
            return self.people.resolve_name([tokens[end - 2][0], tokens[end - 1][0]], tokens[end - 2][1])
        return None


_CUED_AFTER = re.compile(
    rf"[,?!]?\s{{0,3}}(?:(?:a|ont|avait|avaient|aurait)\s{{1,3}}(?!fortiori|priori|posteriori)"
    rf"[{_LOWER}]+(?:é|ée|és|ées|i|ie|u|ue|it|is|t)\b"
    rf"|s[’'][{_LOWER}]|se\s{{1,3}}[{_LOWER}]|[{_LOWER}]+-t-(?:il|elle|on)\b)")
"""A French attribution right after a closing mark, whatever its verb: an auxiliary and a participle ("», a
murmuré en sortant la doyenne"), a reflexive verb ("» s'esclaffe Paul Morel") or an inversion ("», lâche-t-il")."""


def cued_after(text: str, close_pos: int) -> bool:
    """Whether a French quotation ending at ``close_pos`` is attributed right after its marks (:data:`_CUED_AFTER`):
    one whose speaker could not be read is then no earlier speaker's by inheritance."""
    return _CUED_AFTER.match(text, close_pos) is not None


_NEW_SENTENCE = re.compile(r"[.!?…][\s\u00a0\u202f]*[»“”«\"]?[\s\u00a0\u202f]+[A-ZÀ-ÖØ-Þ]")
"""A sentence of narration opening after a full stop (not the attribution that follows a quotation's marks)."""
_THIRD_PERSON_OPENING = re.compile(r"(?:Il|Elle|Er)\b")
"""A quotation opening on "il", "elle", "er": about the one the sentence before introduced ("C’est Camille Orsini
qui l’a convaincu. « Elle m’a dit : … »"), not in their words."""

_RELATIVES = frozenset("qui que dont der die das welche welcher".split())
"""Relative pronouns that open an aside after a name ("Me Karim Bensalah, qui …, évoque")."""


def _name_like(quoted: str, lang: str) -> bool:
    """Whether a quotation reads as a name (a work's, a place's) rather than words someone said: a French one of at
    most six words opening with a capital ("Le Petit Prince", "La Maison des sourds"); a German one whose words
    are all capitalised but its articles and prepositions ("Haus der Geschichte")."""
    words = quoted.strip(" .,;:!?").split()
    if not words or len(words) > 6:
        return False
    if lang == "fr":
        return words[0][:1].isupper()
    return all(word[:1].isupper() or word.lower() in _FUNCTION for word in words)
