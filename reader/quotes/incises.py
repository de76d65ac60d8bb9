"""Attributions that name a quotation's source without a clause of their own around it: "according to X"
(``laut X``, ``selon X``, ``X zufolge``) anywhere in the quotation's sentence, and French incises, the reporting
verb and its subject inverted inside the marks ("« Je comprends, estime-t-elle. Mais nous … »", "« Nous ne
lâcherons rien, a-t-il martelé, tant que … »", "« …, explique Sylvie Darrieux. … »"), which French typography
writes inside the quotation rather than splitting it as English does ("“…,” she said. “…”"); and the German
sentence's first constituent, a person the article names, before its verb ("Sportvorstand Fabian Wohlgemuth sprach
von einem „…“", "Gerlach zeigte sich „…“"): German puts the finite verb second, so a name opening the sentence
right before a lower-case word is its subject.

A mixin over :class:`reader.quotes.after_mark.AfterMark`; :class:`reader.quotes.speakers.Attributor` is one. No
Textual or Rich import here."""

from __future__ import annotations

import re

from reader.quotes.after_mark import AfterMark
from reader.quotes.descriptions import _is_role, joined_words
from reader.quotes.french_bodies import institution_at
from reader.quotes.german_clauses import _KONJUNKTIV, KONJUNKTIV_I, SUBORDINATORS_DE
from reader.quotes.given_names import given_gender
from reader.quotes.institutions import compound_named, opening_institution
from reader.quotes.lead_ins import FIRST_PERSON_DE_FR as _FIRST_PERSON_DE_FR
from reader.quotes.lead_ins import FIRST_PERSON_EN as _FIRST_PERSON_EN
from reader.quotes.more_words import JUDGING as _JUDGING
from reader.quotes.more_words import OTHERS_WORDS as _OTHERS_WORDS
from reader.quotes.names import _TOKEN
from reader.quotes.role_holders import held_only
from reader.quotes.sentence_openings import (
    _OPENING_ARTICLES,
    IT_SAYS,
    _after_adverbial,
    _apposed_name,
    _indefinite_opening,
    _inverted_pronoun,
    _opening_on,
    _role_before_name,
    answering,
    apposed_label,
    inverted_name,
    may_cite_source,
)
from reader.quotes.token_shapes import _GERMAN_PREPOSITIONS, as_source
from reader.quotes.words import _DETERMINERS, _FUNCTION, _INDEFINITE, _ORG_NOUNS, _PRONOUNS, _VERBS

_LOWER = "a-zàâäçéèêëîïôöûùüÿœ"
_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s{1,3}[A-ZÀ-Ý][\w’'-]+){0,3}"
_FRENCH_INCISE = re.compile(
    rf",\s{{0,3}}(?:(?:a|avait)-t-(?P<aux>il|elle)\s{{1,3}}(?P<participle>[{_LOWER}]+)(?:\s{{1,3}}[{_LOWER}’']+){{0,4}}"
    # ", a-t-il ajouté,", ", a-t-il déclaré dans les couloirs."
    rf"|(?P<verb>[{_LOWER}]+)-(?:t-)?(?P<pronoun>il|elle)(?:\s{{1,3}}[{_LOWER}]+){{0,3}}"  # ", estime-t-elle.",
    # ", dit-il en riant,"
    rf"|(?:a\s{{1,3}})?(?P<cue>[{_LOWER}]+)\s{{1,3}}(?:(?:d[’']emblée|aussitôt|alors|ensuite|enfin|aussi|encore|"
    rf"simplement|sobrement)\s{{1,3}})?(?:(?P<det>le|la|les|l’|l'|ce|cette|cet)\s{{0,3}}"  # (", a dit la")
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


class Incises(AfterMark):
    """The source patterns of the module docstring."""

    def _source(self, tokens: list[tuple[str, int]]) -> str | None:
        """``according to X``, ``laut X``, ``selon X``, ``X zufolge``, ``Pour X,``, ``hieß es aus …`` (none: no such
        word, read in one look)"""
        for j, (word, offset) in enumerate(tokens if may_cite_source(self.text, tokens, self.lang) else ()):
            key = word.lower()
            if key in ("according", "selon", "laut"):
                k = j + 2 if key == "according" else j + 1
                if key == "according" and (j + 1 >= len(tokens) or tokens[j + 1][0].lower() != "to"):
                    continue
                if k < len(tokens):
                    nxt = tokens[k][0].lower()
                    if nxt in _PRONOUNS:  # (French: the speaker cited earlier in its sentence, a body too)
                        return self._cited_in_sentence(offset, _PRONOUNS[nxt])
                    found = as_source(self.text, tokens, k, self._subject_forward(tokens, k - 1))
                    if found and (tokens[k][0][:1].isupper() or nxt in _DETERMINERS and (
                            nxt not in _INDEFINITE or any(_is_role(t.lower()) for t, _ in tokens[k + 1 : k + 4]))):
                        return found  # ("selon un diplomate français", not "according to a report")
            if key == "pour" and j == 0 and self.lang == "fr" and len(tokens) > 3 and (
                    found := self._view_of(tokens)):
                return found  # "Pour Sophie Kervella, …, « … »", "Pour lui, le bassin est « … »": whose view it is
            if key == "zufolge" and j > 0:
                return self._subject_back(tokens, j)
            if key in IT_SAYS and self.lang == "de" and (found := self._it_says(tokens, j)):
                return found
        return None

    def _view_of(self, tokens: list[tuple[str, int]]) -> str | None:
        """French: whose view a sentence opening "Pour X," gives: a pronoun's person, or a person the index knows
        by the capitalised words before the comma (not "Pour Paris," nor "Pour la mairie,"), or a person's role with
        its definite article, resolved."""
        word, offset = tokens[1]
        if word in ("lui", "elle") and tokens[2][0] == ",":
            return self._antecedent(offset, "m" if word == "lui" else "f")
        end = next((k for k in range(2, min(len(tokens), 10)) if tokens[k][0] == ","), 0)
        words = [w for w, _ in tokens[1:end]]
        if end and words[0].lower() in ("le", "la", "l’", "l'") and any(
                _is_role(w.lower()) and w.lower() not in _ORG_NOUNS for w in words[1:]):
            apposed = next((k for k in range(end + 2, min(len(tokens), end + 6)) if tokens[k][0] == ","), 0)
            if apposed and (person := self.people.person_of([w for w, _ in tokens[end + 1 : apposed]], tokens[
                    end + 1][1])) is not None:  # "Pour la procureure de la République, Nadia Benali-Roux, le
                return person.full  # prévenu n'est qu'un « … »": the name apposed to the role (part 36)
            return self._description(words, offset, _PARTIES.isdisjoint(w.lower() for w in words))  # "Pour la
            # magistrate, l’accusé « … »": whom the role stands for ("Pour la victime,": no guess at whom)
        if not end or not all(w[:1].isupper() for w in words):
            return None
        person = self.people.person_of(words, offset)
        return person.full if person is not None else None

    def _it_says(self, tokens: list[tuple[str, int]], j: int) -> str | None:
        """Whom German's impersonal "heißt es" ("it says", at ``j``) gives as the source: "hieß es aus
        Regierungskreisen", "aus dem Ministerium hieß es"; a document's owner ("heißt es in einer Erklärung der
        Partei", "In einer Mitteilung des Ministeriums hieß es"); or, after "Darin heißt es", who opens the
        sentence before (that published the document). As written, a genitive's -s or -es dropped
        ("Ministeriums" → "Ministerium"); None when it names no one ("heißt es im Gesetz")."""
        if not any(word.lower() == "es" for word, _ in tokens[max(0, j - 1) : j + 2]):
            return None
        words = [word for word, _ in tokens]
        for k, word in enumerate(words):
            if word.lower() in ("aus", "von") and abs(k - j) <= 3:
                start = k + 2 if k + 1 < len(words) and words[k + 1].lower() in _DETERMINERS else k + 1
                if named := _capitalised_from(words, start):
                    end = start + len(named.split())  # its genitive too: "aus Kreisen der Koalition", "aus
                    if end + 1 < len(words) and words[end] in ("der", "des", "von") and words[end + 1][:1].isupper():
                        return " ".join(words[k + 1 : end + 2])  # dem Umfeld des Ministers" (as written)
                    return self._whole_name(named, tokens[0][1])
            if word in ("des", "der") and k > 0 and words[k - 1] in _DOCUMENTS_DE:
                if named := _capitalised_from(words, k + 1):
                    role = named.lower()[:-2] if named.endswith("en") and " " not in named else ""  # ("des
                    if role and _is_role(role) and (held := self.people.resolve_role([role], tokens[0][1], (),
                                                                                     held_only)):
                        return held  # Präsidenten": whoever the article made president; part 33)
                    return self._whole_name(_nominative(named) if word == "des" else named, tokens[0][1])
        if words[0] not in ("Darin", "Hierin"):  # (not "Dort": a place, no document)
            return None
        start = tokens[0][1]
        floor = self._block_start(start)  # (not a search back to the line's start: quadratic in a long one)
        if start <= floor:
            return None
        previous = self._tokens(self._sentence_start(start - 1, floor), start)
        if len(previous) > 1 and previous[1][0] in ("wurde", "wurden", "wird", "werden"):
            return None  # a passive's fronted participle, no one: "Ausgelöst wurden die Ermittlungen durch einen Brief"
        owner = next((k + 2 for k in range(len(previous) - 2) if previous[k][0] in _DOCUMENTS_DE and previous[
            k + 1][0] in ("des", "der")), None)  # "Sie verlas einen Brief des Elternrats. Darin heißt es": the
        if owner is not None and (named := _capitalised_from([word for word, _ in previous], owner)):  # letter's
            return self._whole_name(_nominative(named) if previous[owner - 1][0] == "des" else named, start)  # (37)
        if previous and previous[0][0] in ("Er", "Sie"):  # ("Sie verlas einen Brief. Darin heißt es": hers)
            return self._antecedent(previous[0][1], "m" if previous[0][0] == "Er" else "f")
        return (self._opening_person(previous, "") or self._opening_description(previous, "", any_verb=True)
                or _opening_name(previous) or (self.people.before(start, other="", since=previous[0][1])
                                               if previous[0][0] in SUBORDINATORS_DE else None))

    def _whole_name(self, noun: str, offset: int) -> str:
        """A German organisation's noun as the article named it in full before ``offset`` ("Ministerium" after "Das
        Bundesumweltministerium erklärte", "Verein" after "Der Mieterverein München"), else as written."""
        return (compound_named(self.text, noun, offset) or noun) if " " not in noun else noun

    def _impersonal_source(self, tokens: list[tuple[str, int]], j: int) -> str | None:
        """The source French's impersonal "on" after its verb (at ``j``) names: "explique-t-on dans l'entourage de
        M. Lambertin" (the entourage, as written), "assure-t-on au Quai d'Orsay", "à Bercy" (the place that
        stands for a ministry, as written); None when it names none ("dit-on": rumour)."""
        words = [word for word, _ in tokens[j + 1 : j + 12]]
        if len(words) >= 3 and words[0] == "dans" and words[1].lower() in ("l'", "l’") and words[2] == "entourage":
            end = next((k for k, word in enumerate(words) if not word[:1].isalnum() and word not in (".", "'", "’")
                        or word in ("qui", "et")), len(words))
            return joined_words(words[1:end]).rstrip(".") or None
        if words and words[0] in ("au", "à", "chez", "aux") and len(words) > 1 and words[1][:1].isupper():
            end = 2  # the place's name, its particles too ("Quai d'Orsay", "Hôtel de Matignon")
            while end < len(words) and (words[end][:1].isupper() or words[end][:2] in ("d'", "d’") or (
                    words[end] in ("de", "du") and end + 1 < len(words) and words[end + 1][:1].isupper())):
                end += 1
            return " ".join(words[1:end])
        return institution_at(words)  # "affirme-t-on à la mairie", "au ministère": the institution, as written

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
                quoted and not _FIRST_PERSON_DE_FR.search(quoted)):
            return None  # ("" for any words: a colon announced them, in a sentence of no subject of its own)
        tokens = self._sentence_before(sentence_start, block_start)
        if self.lang == "fr" and (after := _after_adverbial(tokens)):
            tokens = tokens[after:]  # ("En attendant, Marco Van Houtte continue …")
        if len(tokens) < 3 or self._inside(tokens[0][1]):
            return None
        return self._opening_subject(tokens, True, True, bool(quoted))  # ("…, une retraitée … a moins de
        # patience. « … »"; "Sofiane Amrani, mouleur de 31 ans, a versé 8 000 euros. « Ma femme m’a dit … »")

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
                not tokens[at][0].islower()):
            return None  # (a verb may hold an apostrophe: "s’est abstenu")
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
            if person is not None:
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
_PARTIES = frozenset("victime victimes famille plaignant plaignante voisin voisine témoin patient patiente".split())
"""French roles of a story's other parties, whom a "Pour …," view is not guessed to be (the last person named)."""
"""Relative pronouns that open an aside after a name ("Me Karim Bensalah, qui …, évoque")."""
_DOCUMENTS_DE = frozenset("""Erklärung Mitteilung Pressemitteilung Stellungnahme Schreiben Brief Bericht Papier
    Statement Antwort Begründung Beschluss Studie Gutachten Positionspapier Rundschreiben Presseerklärung""".split())
"""German documents whose owner follows in the genitive ("in einer Erklärung der Partei")."""


def _capitalised_from(words: list[str], start: int) -> str | None:
    """The run of up to three capitalised words at ``start`` ("Regierungskreisen", "Deutschen Bauernverbands")."""
    end = start
    while end < len(words) and end - start < 3 and words[end][:1].isupper() and words[end].isalpha():
        end += 1
    return " ".join(words[start:end]) or None


def _nominative(genitive: str) -> str:
    """A masculine or neuter genitive noun without its ending ("Ministeriums" → "Ministerium", "Verbandes" →
    "Verband"); a role's genitive before a name gives the name ("des Anwalts Peter Strauss": "Peter Strauss")."""
    words = genitive.split()
    name = next((k for k, word in enumerate(words) if k and given_gender(word)), 0)
    if name:
        return " ".join(words[name:])
    last = words[-1]
    if last.endswith("es") and len(last) > 4 and last[-3] not in "aeiouäöü":
        last = last[:-2]
    elif last.endswith("s") and len(last) > 3:
        last = last[:-1]
    return " ".join([*words[:-1], last])


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


def _opening_name(tokens: list[tuple[str, int]], saying: bool = False) -> str | None:
    """The name a German sentence opens with before its verb, as written, past its article ("Die Deutsche Bahn
    veröffentlichte", "Der Bund der Steuerzahler legte … vor": "Deutsche Bahn", "Bund der Steuerzahler")."""
    words = [word for word, _ in tokens[:8]]
    if not words or words[0].lower() in _GERMAN_PREPOSITIONS or words[0] in SUBORDINATORS_DE:
        return None  # ("Am Montag veröffentlichte …", "In Berlin legte …", "Dass es …": no one opens the sentence)
    start = 1 if words[0].lower() in ("der", "die", "das") else 0
    end = start
    while end < len(words) and (words[end][:1].isupper() or (
            words[end] in ("der", "des", "für") and end + 1 < len(words) and words[end + 1][:1].isupper())):
        end += 1
    if end == start or end >= len(words) or not words[end].isalpha() or not words[end].islower():
        return None
    if saying and (words[end] not in _VERBS and words[end] not in _JUDGING or not start or (
            end - start < 2 and not words[start].isupper())):
        return None  # (``saying``: only a name after an article, of two words or an acronym, before a saying or
        # judging verb, "Die IG Metall sprach von einem »…«"; not "Als Grund nannte Kestner …", nor a common noun,
        # "Die Bahn zeigte sich „…“", "Das Museum zeigt „Die Brücke“")
    return " ".join(words[start:end])
