"""Noun phrases around a cue verb: the subject before it (past adverbs, an appositive, a parenthesis), the subject
after it where English inverts, role descriptions (a main clause's subject is :mod:`reader.quotes.subjects`'s). A
mixin of :mod:`reader.quotes.speakers`: it reads tokens of the article's text and asks
:class:`reader.quotes.people.People` who a name, a pronoun or a role is; it knows nothing about quotations."""

from __future__ import annotations

from reader.quotes.colon_labels import _OWNERS_DE, COORDINATORS_DE, KIN_WORDS, german_opening_noun_phrase
from reader.quotes.descriptions import (
    DEMONYM_ARTICLES,
    _as_written,
    _bare_plural,
    _is_role,
    _partitive_back,
    person_demonym,
)
from reader.quotes.french_bodies import french_body, french_complement
from reader.quotes.given_names import given_gender
from reader.quotes.institutions import opening_institution
from reader.quotes.more_words import AUTHORED_DOCUMENTS, GERMAN_OPENING_ADVERBS, PARTICLE_CUES
from reader.quotes.names import _POSSESSIVE
from reader.quotes.people import People
from reader.quotes.role_phrases import RolePhrases
from reader.quotes.speaker_kinds import Unheld
from reader.quotes.subject_gap import described_before_place, skip_back, thing_between
from reader.quotes.token_shapes import (
    PARTY_STATE,
    _acronym_of_broken_name,
    _auxiliary_before,
    _before_relative,
    _complement_of_role,
    _name_after_quoted,
    _person_before_institution,
    _role_from_place,
    _verb_final_subject,
    _words_of,
    person_before_place,
    time_opening_de,
)
from reader.quotes.token_windows import (
    _LINKS,
    _NAME_JOINS,
    _ampersand,
    _elided_pronoun,
    _member_of,
    _name_ending,
    _organisation_after_the,
    _organisation_apposed,
    _organisation_span,
    _plural_head,
    _role_after,
    _run_words,
    _sender,
    _slice_tokens,
)
from reader.quotes.words import (
    _ABBREVIATIONS,
    _DEMONYMS,
    _DETERMINERS,
    _DOCUMENTS,
    _GERMAN_ARTICLES,
    _GROUP_ROLES,
    _OF_HEADS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PARTY_WORDS,
    _PLACES,
    _PREPOSITIONS,
    _PRONOUNS,
    _ROLES,
    _SKIP_BEFORE_VERB,
    _SOME,
    _TITLES,
)

_SENTENCE_ENDS = frozenset((".", "!", "?", "«", "»", "„", "“", "”"))


class NounPhrases(RolePhrases):
    """Reading subjects and noun phrases from tokens; mixed into :class:`reader.quotes.speakers.Attributor`."""

    text: str
    lang: str
    people: People
    lowered: set[str]
    _resolving: int = 0
    """How deep :meth:`_antecedent` reads subjects for pronouns (one there recurses, to :data:`_PRONOUN_CHAIN`)."""
    _recent_tokens: dict[tuple[int, int], list[tuple[str, int]]]
    """Windows recently tokenized, for :meth:`_tokens`."""

    def _tokens(self, start: int, end: int) -> list[tuple[str, int]]:
        """(token, offset) of ``text[start:end]`` (never changed by callers). A window is often asked for again soon
        (the text between two quotations, the sentence before a mark): the last few dozen are kept. Caching whole
        lines' tokens and cutting windows from them was slower (most of a line is never asked for)."""
        return self._recent_tokens.get((start, end)) or self._remember(
            start, end, _slice_tokens(self.text, start, end, self.lang))  # (an empty window is cut again: no cost)

    def _remember(self, start: int, end: int, tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
        recent = self._recent_tokens
        if len(recent) >= 64:
            recent.clear()
        recent[start, end] = tokens
        return tokens

    def _subject_forward(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        raise NotImplementedError  # (InvertedSubjects')

    def _subject_back(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        if self.lang == "fr" and verb > 1 and tokens[verb][0] in PARTICLE_CUES:
            verb -= 1  # "a fait savoir", "y voit": the subject before the verb's word
        start = next((k + 1 for k in range(verb - 1, -1, -1) if tokens[k][0] in _SENTENCE_ENDS), 0) if (
            self.lang != "en" and verb >= 3 and tokens[verb - 1][0] in ("et", "mais", "und", "aber")) else verb
        if verb >= start + 3 and (
                opening := next((k for k in range(start + 1, verb - 1) if tokens[k][0].lower() in _SKIP_BEFORE_VERB
                                 or tokens[k][0] in ("ne", "n’", "n'")), 0)) and all(  # "La gendarmerie a verbalisé
                t not in (",", ";", ":") for t, _ in tokens[start : verb - 2]):  # … et rappelle que", "Soizic Tanguy
            found = self._noun_phrase_back(tokens, opening - 1)  # ne la contredit pas, mais rappelle": that subject
            return self._subject_forward(tokens, opening) if time_opening_de(tokens, opening) else found and found[0]
        if self.lang == "en" and (acronym := _acronym_of_broken_name(tokens, verb)):
            return acronym  # "The Medicines and Healthcare products Regulatory Agency (MHRA) said": "MHRA"
        if (first := _name_after_quoted(self.text, tokens, verb)) >= 0:  # ("Der Vorsitzende des Fanclubs
            # »Nordlichter«, Holger Petersen, sagte")
            return self.people.resolve_name(_run_words(tokens[first : verb - 1]), tokens[first][1])
        j, appositive = skip_back(tokens, verb - 1, self.lang)
        if appositive and self.lang == "de" and (
                end := _person_before_institution(appositive, len(appositive) - 1)) > 0:
            appositive = appositive[: end + 1]  # (", Holger Petersen vom Zoo Helsinki,": the name, without the zoo)
        if j >= 2 and tokens[j - 1][0] == "," and PARTY_STATE.fullmatch(tokens[j][0]):
            j -= 2  # "Sen. Joan Mercer, D-Ohio, who has made …, wrote": a party and a state, an aside before another
        if j < 0:
            return None
        if (person := person_before_place(tokens, j)) >= 0:
            j = person  # ("Hakan Aydın aus Alsfeld, dessen …, sagt", "Alain Roubaud, neurologue à Lyon, qui …, juge")
        elif self.lang == "de" and (person := _person_before_institution(tokens, j)) >= 0:
            j = person  # ("Jonas Berthold vom BUND Brandenburg sprach von …": the person, not the place)
        if self.lang == "de" and (body := self._opening_body(tokens, j)) is not None:
            return body  # "Das Bayerische Landesamt für Umwelt teilte mit": the institution, not "Umwelt"
        if self.lang == "fr" and (body := french_body(self.text, tokens, j)) is not None:
            return body  # "L’association Choisir sa fin (ACF), qui …, a dénoncé", "La section CGT de la collectivité"
        if self.lang == "de" and (aux := _auxiliary_before(tokens, verb)) >= 0 and verb > aux + 1 and (
                aux == 0 or not tokens[aux - 1][0][:1].isalnum() or time_opening_de(tokens, aux) or (
                    tokens[aux - 1][0] in GERMAN_OPENING_ADVERBS and (aux == 1 or not tokens[aux - 2][0][
                        :1].isalnum()))):
            # ("Damals hat der Herr Petrović vor der ganzen Belegschaft gesagt": an adverb opening it; part 37)
            return self._subject_forward(tokens, aux)  # "»…«, hatte er mit stockender Stimme gesagt": the subject
            # after the auxiliary that opens the clause, not a noun before the participle ("Stimme")
        if self.lang == "de" and (aux := _auxiliary_before(tokens, verb)) >= 1 and aux < j and (
                (opening := german_opening_noun_phrase(tokens, aux)) >= 0 or aux == 1 or not tokens[aux - 2][0][
                    :1].isalnum() or (tokens[aux - 2][0].lower() in COORDINATORS_DE
                                      and (aux == 2 or not tokens[aux - 3][0][:1].isalnum()))):
            # a main clause's participle: its subject stands before the auxiliary, second in the clause ("Er hat uns
            # vor versammelter Mannschaft gesagt": "Er", not "Mannschaft"; "Eine junge Kollegin hat …", not "Woche")
            if tokens[aux - 1][0].lower() in _PRONOUNS and self._inside(tokens[aux - 1][1]):
                return None  # (inside a quotation, "Er hat mir gesagt: ‚…‘" is someone the speaker met, read nowhere)
            found = self._noun_phrase_back(tokens, aux - 1)
            if found is not None and found[0] and (found[1] != "name" or self.people.named(found[0]) is not None):
                return found[0]  # (a person, a pronoun or a role; not an adverb opening the clause: "Gestern hat …")
            from_at = next((k for k in range(opening + 2, aux) if tokens[k][0] in ("aus", "von", "vom", "in", "im",
                                                                                  "bei")), 0) if opening >= 0 else 0
            written = [t for t, _ in tokens[opening:aux]]
            if from_at and (someone := self._description(written[: from_at - opening], tokens[opening][1]) or (
                    " ".join(written) if written[0] in ("Ein", "Eine") else None)):
                return someone  # "Ein kleiner Bub aus Homs hat sie gefragt": the boy, as written (part 37)
            if opening >= 0 and (_is_role(tokens[aux - 1][0].lower()) or tokens[opening][0].lower().startswith(
                    _OWNERS_DE)):  # (a role, read as a name: as a role; kin, and "Mein erster Ausbildner" (part 37)
                words = [t for t, _ in tokens[opening:aux]]  # as written: "Mein älterer Sohn hat … gesagt")
                return " ".join(words) if words[0].lower().startswith(_OWNERS_DE) or words[-1] in KIN_WORDS else (
                    self._description(words, tokens[opening][1]))  # ("Die kleine Tochter": someone's, as written)
        if self.lang == "de" and (at := _verb_final_subject(tokens, verb)) >= 0 and at < j:  # a clause's last verb:
            # its subject opens it ("wenn sie das … Gelände meinen": "sie", not "Gelände")
            run = at
            while run < j and tokens[run + 1][0][:1].isupper():
                run += 1
            if run < j:  # (not "sie" before a plural verb: "wenn sie … meinen" are many)
                plural = tokens[at][0] == "sie" and tokens[verb][0].endswith("en")
                pronoun = tokens[at][0].lower() in _PRONOUNS and not plural
                return found[0] if pronoun and (found := self._noun_phrase_back(tokens, at)) else None
        if self.lang == "fr" and (r := _before_relative(tokens, j, self.lang)) and (
                body := french_body(self.text, tokens, r)):
            return body  # "a annoncé l’Agence régionale de santé (ARS) de Bretagne, qui évoque « … »"
        if self.lang != "en" and (r := _before_relative(tokens, j, self.lang)) and (
                subject := self._noun_phrase_back(tokens, r)) and subject[0]:
            if subject[1] == "name" and (at := _role_from_place(tokens, r)) >= 0:  # ("le retraité de l’Équipement,
                return self._description([t for t, _ in tokens[at : r + 1]], tokens[at][1])  # qui dit": the role)
            return subject[0]  # "Mme Marchetti, qui avait rencontré son homologue, Noa Shapira, a répondu"
        if self.lang == "en" and j >= 1 and _plural_head(tokens, j) and tokens[j - 1][0][:1].isupper():
            return _partitive_back(tokens, j) or self._group(tokens, j, 0)  # "Trump supporters said": the group
        if self.lang == "de" and (person := _person_before_institution(tokens, j)) >= 0:
            j = person  # ("Aino Virtanen vom Zoo Helsinki, sagte": hers, not the zoo's)
        if self.lang == "en" and not any(t[:1].isupper() for t, _ in appositive or ()) and (
                described := described_before_place(tokens, j)) >= 0:  # (not "Another delegate …, Jim Poolman,")
            return self._description([t for t, _ in tokens[described : j + 1]], tokens[described][1])
        found = self._noun_phrase_back(tokens, j)
        if self.lang != "en" and appositive and found and found[1] == "name" and self.people.named(
                found[0] or "") is None:
            comma = next((k for k in range(j - 1, max(0, j - 12), -1) if tokens[k][0] == ","), -1)
            if comma >= 2 and tokens[comma - 1][0][:1].isupper() and tokens[comma - 2][0][:1].isupper() and (
                    described_person := self.people.person_of(_run_words(tokens[comma - 2 : comma]), tokens[
                        comma - 2][1])):
                return described_person.full  # "Stavros Kyriakidis, Bürgermeister der Gemeinde bei Kozani, mit der
                # …, teilte mit": the person an apposition describes, not the place it names (part 37)
        if self.lang != "en" and appositive and found and found[1] == "description" and len(appositive) >= 2 and (
                appositive[-1][0][:1].isupper() and appositive[-2][0][:1].isupper()) and (
                apposed := self.people.person_of(_run_words(appositive[-2:]), appositive[-2][1])) is not None:
            return apposed.full  # "Eine Helferin von damals, die heutige Volksschuldirektorin Amira Selimović,
            # erinnert sich": the one the apposition names (part 37)
        if self.lang == "en" and appositive and found and found[1] == "name" and not self.people.named(found[0] or "") \
                and all(t[:1].isupper() or t == "." for t, _ in appositive) and (  # (a name alone between commas)
                apposed := self.people.person_of(_run_words(appositive), appositive[0][1])) is not None:
            return apposed.full  # ("the Special Adviser to the Governor on Waterfront Infrastructure, Mr … described")
        if found is not None and found[1] == "name" and self.lang != "en" and (at := _role_from_place(tokens, j)) >= 0:
            if appositive and appositive[0][0] in ("le", "la") and len(appositive) > 2:
                appositive = appositive[1:]  # ("Mon collègue de Rouyn-Noranda, le Dr Pierre-Luc Beaudoin, le répète")
            if appositive and (given_gender(appositive[0][0]) or 2 <= len(appositive) <= 4 and all(
                    t[:1].isupper() and t.replace("-", "").isalpha() for t, _ in appositive)):
                return self.people.resolve_name(_run_words(appositive), appositive[0][1])  # "Le maire de Lorient,
                # Bernard Mahé, a qualifié": the name in apposition to the role
            # "Eine Pendlerin aus Hanau sagte", "un habitant de Lille raconte": the role, not the place
            return self._description([t for t, _ in tokens[at : j + 1]], tokens[at][1], sum(  # (a chain of
                t in ("de", "du", "des") for t, _ in tokens[at : j + 1]) < 2)  # complements: no guess at whom)
        if found is not None and found[1] == "name" and self.lang == "en" and not tokens[verb][0].endswith("ing"):
            k = j
            while k >= 0 and (tokens[k][0][:1].isupper() or tokens[k][0] == "."):
                k -= 1
            if k > 0 and tokens[k][0] == "the" and tokens[k - 1][0] in ("in", "of", "from"):
                k -= 1  # "critics in the United States"
            if k > 0 and tokens[k][0] == "," and found[0] in _PLACES and tokens[k - 1][0][:1].isupper():
                town = k - 1  # "Stacy Baker of Columbia, South Carolina says": the state after its town
                while town >= 0 and tokens[town][0][:1].isupper():
                    town -= 1
                if town >= 0 and tokens[town][0] in ("of", "from", "in"):
                    k = town
            if k >= 0 and tokens[k][0] in ("in", "at", "during", "on", "of", "from"):
                # "Clinton, during a meeting in Columbus, Ohio, said": no place after a preposition, but Clinton
                m = k
                while m > 0 and k - m < 20 and tokens[m][0] != ",":
                    m -= 1
                if thing_between(tokens, m, k):
                    return None  # "…, a message sent to him on Instagram read:": a thing is the subject, no one
                earlier = self._noun_phrase_back(tokens, m - 1) if m > 0 and tokens[m][0] == "," else None
                if earlier is not None and not earlier[0]:
                    earlier = None  # ("In a statement, the senator from Vermont said": no one before the comma)
                if earlier is None and tokens[k][0] in ("of", "from") and k >= 2 and tokens[k - 1][0][:1].isupper() \
                        and tokens[k - 2][0][:1].isupper() and self.people.named(found[0] or "") is None:
                    named_at = k - 2
                    while named_at > 0 and tokens[named_at - 1][0][:1].isupper():
                        named_at -= 1
                    of_person = self.people.person_of(_run_words(tokens[named_at:k]), tokens[named_at][1])
                    if of_person is not None and of_person.gender:  # "Ranger Senzo Ndlovu of the Mhlosheni Game
                        return of_person.full  # Reserve told the court": the person, not the reserve (part 37)
                if (earlier is None and tokens[k][0] in ("of", "from", "in") and k > 0 and (found[0] in _PLACES or (
                        " " not in (found[0] or " ") and not (found[0] or "").isupper() and tokens[k - 1][0].islower()))
                        and (tokens[k - 1][0][:1].isupper() or _is_role(tokens[k - 1][0].lower()))):
                    # "Chairman G.K. Butterfield of North Carolina said", "The senator from Vermont said": the
                    # person the place complements, named or described
                    earlier = self._person_before(tokens, k) if tokens[k - 1][0][:1].isupper() else None
                    if earlier is None:
                        earlier = self._place_complement(tokens, k, j)
                    if earlier is not None and earlier[0]:
                        found = earlier
                if (earlier is None and tokens[k][0] in ("in", "at") and k > 0 and (tokens[k - 1][0][:1].isupper()
                        or _is_role(tokens[k - 1][0].lower()) or _plural_head(tokens, k - 1)) and found[0]
                        and " " not in found[0]
                        and self.people.named(found[0]) is None):  # "Judge … of the … Court in Honolulu wrote",
                    earlier = self._noun_phrase_back(tokens, k - 1)  # "Police in Newark", "an official in Kabul"
                if earlier is not None and (earlier[0] or _plural_head(tokens, k - 1)) and (
                        earlier[1] == "name" or tokens[k][0] in ("in", "at")):
                    found = earlier  # (a people in a place is no one: "Fishing crews in Carrickmore have said")
        if appositive and self.lang == "en" and (found is None or found[1] == "description") and (
                _organisation_apposed(appositive)):  # "A trade body, the Food Producers' Council, said"
            return self.text[appositive[1][1] : appositive[-1][1] + len(appositive[-1][0])]
        if appositive and (found is None or found[1] == "description" or (
                # a role capitalised heads the noun phrase too ("Mozilla's CTO, Brendan Eich, acknowledged"),
                # unless it ends a person's name ("Peter T. King, Republican of New York, said")
                (_is_role(tokens[j][0].lower()) or _complement_of_role(tokens, j)  # ("the chief executive of Vantage
                 or given_gender(appositive[0][0], self.lang))  # Reality, Leo Marchetti,
                and (self.people.named(found[0] or "") is None or (found[0] or "").startswith(("de ", "du ")))  # said";
                # "Leur chef de file à l’Assemblée, Olivier
                and all(t[:1].isupper() for t, _ in appositive if t[:1].isalpha()))):  # Castagnet, juge")
            named = [(t, o) for t, o in appositive if t[:1].isupper() or t == "."]
            if (named and appositive[-1][0][:1].isupper() and appositive[0][0][:1].isupper()
                    and " ".join(_run_words(appositive)) not in _PLACES):  # (", Colorado,": a town's state)
                cut = next((k for k, (t, _) in enumerate(appositive) if t in ("of", "from", "at")), len(appositive))
                # "Sanders's campaign manager, Jeff Weaver, said": the name in the appositive (", Hallie Brennan of
                return self.people.resolve_name(_run_words(appositive[:cut]), appositive[cut - 1][1])  # NBC News,")
            if (ending := _name_ending(appositive)):  # "One of them, 71-year-old season-
                return self.people.resolve_name(ending, appositive[-1][1])  # ticket holder Eileen Marsh, said"
            if (isinstance(found and found[0], Unheld) and len(appositive) >= 3 and appositive[0][0] == "the"
                    and all(t[:1].isupper() or t == "." for t, _ in appositive[1:])):  # "His sister, the Rev.
                return self.people.resolve_name(_run_words(appositive[1:]), appositive[-1][1])  # Helen Mills, said"
        return found[0] if found else None

    def _opening_body(self, tokens: list[tuple[str, int]], j: int) -> str | None:
        """German: the institution opening the sentence of ``tokens[j]`` by its name, when that name runs through
        ``j`` (:func:`~reader.quotes.organisations.opening_institution`)."""
        first = next((k + 1 for k in range(j - 1, max(-1, j - 200), -1) if tokens[k][0] in (".", "!", "?", ":")), 0)
        if tokens[first][0] not in ("Der", "Die", "Das"):
            return None
        found = opening_institution(self.text, tokens[first][1], self.lang)
        return found[0] if found and found[1] >= tokens[j][1] + len(tokens[j][0]) else None

    def _noun_phrase_back(self, tokens: list[tuple[str, int]], j: int) -> tuple[str | None, str] | None:
        """The noun phrase ending at ``j`` as (speaker, "name" | "pronoun" | "description")."""
        word, offset = tokens[j]
        key = word.lower()
        if self.lang == "fr" and ("'" in key or "’" in key):
            key = _elided_pronoun(key)  # "qu'il a qualifié", "lorsqu'elle a dit": the pronoun after the elision
        if key in ("who", "which") and j >= 2 and tokens[j - 1][0] == "," and (
                tokens[j - 2][0][:1].isupper() or (key == "which" and tokens[j - 2][0] in _ORG_NOUNS)):
            found = self._noun_phrase_back(tokens, j - 2)  # "Beck, who has described …", "Heritage, which called …"
            if found is not None and found[0] and " and " in found[0]:  # ("Patti LaBelle and Stevie Wonder, who
                found = found[0].rpartition(" and ")[2], found[1]  # joked": the relative is the nearest one's)
            return None if key == "which" and found is not None and found[0] in _PLACES else found
        if key in ("to", "zu", "de", "à", "that", "which", "who", "dass", "que", "qui", "wie", "comme", "as", "if",
                   "while", "when", "after", "before", "because", "although", "though", "since", "until") or (
                key == "man" and self.lang == "de"):  # (German "hat man uns gesagt": no one in particular)
            return None  # "used his speech to warn", "… for president while adding": no subject here
        if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui"):
            return self._antecedent(offset, _PRONOUNS[key]), "pronoun"
        if key == "it" and self.lang == "en":  # an organisation, whoever sent the message "it" reads, or none
            return self._antecedent(offset, "n") or self._message_sender(offset), "pronoun"
        if key.endswith("-year-old") and j >= 1 and tokens[j - 1][0].lower() == "the" and self.lang == "en":
            return self._aged(key.split("-")[0], offset), "description"  # "“…,” the 44-year-old said"
        if word[:1].isupper() or (word == "." and j > 0 and len(tokens[j - 1][0]) <= 4):
            run: list[str] = []
            k = j
            while k >= 0:
                tok = tokens[k][0]
                if tok == "." and k > 0 and tokens[k - 1][0][:1].isupper() and (
                        len(tokens[k - 1][0]) <= (4 if self.lang == "en" else 2)
                        or tokens[k - 1][0].lower() in _ABBREVIATIONS):
                    # "Sen. Bernie Sanders", "Robert P. Casey"; not "… Hillary Clinton. Critics charged" (nor German
                    # "… Dirk Hahn. Zugleich räumte er ein": German capitalises every noun)
                    run.insert(0, tokens[k - 1][0] + ".")
                    k -= 2
                    continue
                if tok[:1].isupper() or (run and tok.lower() in ("von", "van", "de", "der", "da", "di", "um")):
                    run.insert(0, tok)
                    k -= 1
                    continue
                if run and tok in ("'", "’") and k > 0 and tokens[k - 1][0][:1].isupper() and (
                        tokens[k - 1][0].endswith("s")):  # "the Food Producers' Council": one name
                    run.insert(0, tokens[k - 1][0] + tok)
                    k -= 2
                    continue
                if run and _ampersand(tokens, k):  # "P&G said", "AT&T": one name, not its last letter
                    run[0] = tokens[k - 1][0] + "&" + run[0]
                    k -= 2
                    continue
                break
            if "um" in run:  # "Forscher um Aneta Afelt": the researchers around a named lead
                run = run[run.index("um") + 1 :]
            if (self.lang == "en" and len(run) == 1 and k >= 1 and tokens[k][0] in ("elder", "younger")
                    and (relative := self.people.relative(run[0], offset, tokens[k][0] == "elder")) is not None):
                return relative.full, "name"  # "the elder Cruz told the crowd": the father, not the senator
            if (self.lang == "en" and len(run) == 1 and run[0] in _DEMONYMS and k >= 1
                    and tokens[k][0].endswith("-year-old") and tokens[k - 1][0].lower() == "the"):
                return self._antecedent(offset, ""), "description"  # "the 22-year-old American said": as "she"
            if ((len(run) == 1 and k >= 0 and tokens[k][0] in DEMONYM_ARTICLES or len(run) == 2 and run[0] in (
                    "Le", "La", "The", "Der", "Die")) and person_demonym(run[-1], self.lang, (
                        article := tokens[k][0] if len(run) == 1 else run[0]).lower())
                    and run[-1] not in _PLACES and self.people.named(run[-1]) is None):  # ("Le Danois, lui, a …")
                return self._one_of_a_people(offset, article.lower()), "description"  # "the Scot posted"
            if self.lang == "en" and run and (run[-1] in _DEMONYMS or run[-1] in _PARTY_WORDS) and (
                    _plural_head(tokens, j + 1)):  # "67 Latin American artists": a people's word modifies them
                return self._group(tokens, j + 1, k), "description"
            if self.lang == "en" and len(run) > 1 and run[-1] in ("Republican", "Democrat") and (
                    k >= 0 and tokens[k][0] == "the" or run[0] == "The" and len(run) > 2):  # "the Kentucky
                return self._party_member(run[1:] if run[0] == "The" else run, offset), "description"  # Republican"
            if self.lang == "en" and (org_start := _organisation_after_the(tokens, run, k, j)) is not None:
                return self.text[tokens[org_start][1] : offset + len(word)], "name"  # "The Health Service Executive"
            if (self.lang == "en" and k >= 1 and tokens[k][0] in _NAME_JOINS and tokens[k - 1][0][:1].isupper()
                    and not any(t.rstrip(".").lower() in _TITLES for t in run)):  # (not "… Director Nihad Awad")
                span = _organisation_span(tokens, j)  # "the Joint Committee on Intelligence and Security"
                if span is not None and not _role_after(tokens, span[1]):
                    return self.text[tokens[span[0]][1] : offset + len(word)], "name"
                member = _member_of(tokens, k)  # "Sarah Smith of the Department of Health and Human Services"
                named = (self.people.resolve_name(_run_words(member), member[0][1])
                         if member and len(self.people.core(_run_words(member))[1]) >= 2 else None)  # (a name of
                # two words or more: not "The Secretary", "Regents", "Technology Directorate")
                if named is not None:
                    return named, "name"
                if tokens[k][0] == "and" and (pair := self._two_people(tokens, k, run)) is not None:
                    return pair, "name"
            if (self.lang == "en" and k >= 3 and tokens[k][0].lower() in _ORG_NOUNS and tokens[k - 1][0] == "the"
                    and tokens[k - 2][0] == "of" and tokens[k - 3][0][:1].isupper()):
                k -= 2  # "Ben Whitaker of the firm Whitaker Ross said": the person, as "of Oklahoma" below
            elif self.lang == "en" and k >= 2 and tokens[k][0] == "the" and tokens[k - 1][0] == "of" and (
                    tokens[k - 2][0][:1].isupper()):
                k -= 1  # "the Leader of the Opposition accused": read as "of Oklahoma" below, not "Opposition"
            if self.lang == "en" and k >= 1 and tokens[k][0] == "of" and tokens[k - 1][0][:1].isupper():
                # "Rep. Tom Cole of Oklahoma": the person before "of" a place
                m = k - 1
                while m > 0 and (tokens[m - 1][0][:1].isupper() or tokens[m - 1][0] == "."):
                    m -= 1
                owner = self.people.person_of(_run_words(tokens[m:k]), tokens[m][1])
                if owner is not None:
                    return owner.full, "name"
                if self.lang == "en" and len(self.people.core(_run_words(tokens[m:k]))[1]) >= 2 and any(
                        t.lower() in _ORG_WORDS for t in run):  # "Mark Heaton of Greater Manchester Police said"
                    return self.people.resolve_name(_run_words(tokens[m:k]), tokens[m][1]), "name"
                head = tokens[k - 1][0].lower()
                if (head in _OF_HEADS or head in _ROLES) and len(run) <= 4 and not self.people.person_of(run, offset):
                    # "the Department of Justice said", "the Illinois Board of Elections": an organisation's
                    # name as written, not its last word ("Secretary of State John Kerry" is Kerry's)
                    while m < k - 1 and tokens[m][0].lower() in _DETERMINERS:
                        m += 1  # "The Illinois Board …" opening a sentence
                    start = m - 1 if m > 0 and tokens[m - 1][0].lower() in _DETERMINERS else m
                    if (described := self._role_for(tokens, start - 1, j, offset)) is not None:
                        return described  # "a spokesman for the University of Chicago"
                    if head in _OF_HEADS:
                        return self.text[tokens[m][1] : offset + len(word)], "name"
                    # "the Secretary of State said": a role, resolved (else read as before: "president and CEO
                    # of Washington Restaurant Association stated")
                    named_org = word.lower() in _ORG_NOUNS and len(run) > 1  # ("CEO of Washington Restaurant
                    role = None if named_org else self._description(  # Association": its holder is read)
                        [t for t, _ in tokens[start : j + 1]], offset)
                    if role is not None:
                        return role, "description"
            m = k  # past lower-case words before the name ("a spokesman for | committee | Democrats said")
            while m > k - 2 and m >= 1 and tokens[m][0].isalpha() and tokens[m][0].islower() and (
                    tokens[m][0] not in ("for", "with", "at", "to")):
                m -= 1
            if self.lang == "en" and k >= 1 and tokens[k][0] in ("to", "for", "about", "against"):
                sender = _sender(tokens, k)  # "a letter from Comey to Congress reads": Comey, not the addressee
                if sender is not None:
                    return (self.people.resolve_name(_run_words(sender), sender[0][1]) if sender else None), "name"
            if self.lang == "en" and (described := self._role_for(tokens, m, j, offset)) is not None:
                return described  # "a spokesman for Hillary Clinton said": the spokesman, not Clinton
            if self.lang == "en" and len(run) == 1 and k >= 0 and _is_role(run[0].lower()):
                lead = next((m for m in range(k, max(-1, k - 3), -1) if tokens[m][0].lower() in _SOME), None)
                if lead is not None and all(t.isalpha() and t.islower() for t, _ in tokens[lead + 1 : k + 1]):
                    # "one senior Democrat said", "a Republican said": a party word heading a description
                    return _as_written([t for t, _ in tokens[lead : j + 1]]) or None, "description"
            if (self.lang == "en" and len(run) == 1 and k >= 0 and tokens[k][0].lower() in _DETERMINERS
                    and _is_role(run[0].lower())):
                # "the Republican said": a party word heading a definite description, resolved and kept as written
                return self._description([t for t, _ in tokens[k : j + 1]], offset), "description"
            if (self.lang == "en" and len(run) == 1 and offset < self.title_end and run[0].lower() in _ROLES
                    and (k < 0 or not tokens[k][0][:1].isalpha() or tokens[k][0] in ("as", "and", "but"))
                    and (held := self._headline_role([run[0]], offset))):
                return held, "description"  # "Shares slide as CEO warns of" (else as before: "Police say")
            if self.lang == "en" and len(run) == 1 and (
                self._common_word(run[0], tokens[k + 1][1])
                or _is_role(run[0].lower())  # "Officials said": a role noun capitalised, not a name (only a
                # plural: "Starr said" is no "star")
            ):
                if k < 0 or not tokens[k][0][:1].isalnum():  # opening its clause: a bare plural, as written
                    return _bare_plural([(run[0].lower(), offset)], 0, 0) and run[0], "description"
                return None
            if (self.lang == "de" and len(run) == 1 and k >= 1 and tokens[k][0] in ("des", "der")
                    and tokens[k - 1][0][:1].isupper() and _is_role(tokens[k - 1][0].lower())):
                opens = k - 1 - (k >= 2 and tokens[k - 2][0].lower() in _GERMAN_ARTICLES)  # "Ein Sprecher des
                return self._description([t for t, _ in tokens[opens : j + 1]], offset), "description"  # Ministeriums"
            if self.lang == "de" and len(run) >= 3 and run[-2] == "der" and _is_role(run[-3].lower()):
                opens = len(run) - 3 - (len(run) >= 4 and run[-4].lower() in _GERMAN_ARTICLES)  # "Ein Sprecher der
                return self._description(run[opens:], offset), "description"  # Polizei": the run took the "der"
            if self.lang == "de" and ((len(run) >= 2 and run[-2].lower() in _GERMAN_ARTICLES and not (
                    len(run) >= 3 and run[-3].lower() in ("van", "von"))) or (
                    len(run) == 1 and k >= 0 and tokens[k][0].lower() in _GERMAN_ARTICLES)):
                # "In der Doku schildert …": a common noun after its article (German capitalises them all), no
                # name ("van der Bellen" is one); a role is resolved ("der Virologe sagte")
                return (self._description([run[-2] if len(run) >= 2 else tokens[k][0], run[-1]], offset),
                        "description") if _is_role(run[-1].lower()) else None
            run = [_POSSESSIVE.sub("", t) if len(t) > 3 else t for t in run]
            if k >= 0 and tokens[k][0].lower() in _DETERMINERS and self.lang == "en":
                words = [t for t, _ in tokens[k : j + 1] if t[:1].isalpha()]
                core = self.people.core(run)[1]
                # "that Mayor Bill de Blasio described": a person the article names wins over the description
                if any(w.lower() in _ROLES for w in words) and not (core and self.people.person_of(run, offset)):
                    return self._description(words, offset), "description"
            return self.people.resolve_name(run, offset), "name"
        # a description of up to eight words: "the incumbent president", "a reporter", "Obama's former strategist"
        if self.lang == "en" and (partitive := _partitive_back(tokens, j)) is not None:
            return partitive, "description"
        k = j
        complemented = False
        while k >= 0 and j - k < (8 if self.lang == "en" else 12):
            tok = tokens[k][0]
            if tok == "." and k > 0 and len(tokens[k - 1][0]) == 1 and tokens[k - 1][0].isupper():
                k -= 2  # an initialism's letter ("A U.S. official"), not the end of a sentence
                continue
            if self.lang == "fr" and k < j and (skip := french_complement(tokens, k)):
                k -= skip  # "Un ancien salarié | de la société": a complement, the head before it (no guess at
                complemented = True  # whom it is: "L’avocate de la victime" is not the last person named)
                continue
            if not tok[:1].isalpha() or (self.lang == "de" and k < j and tok in ("hat", "hatte", "ist", "war")):
                return (_bare_plural(tokens, k + 1, j), "description") if self.lang == "en" else None  # ("hat man")
            if self.lang == "en" and k < j and (tok in _LINKS or tok == "that" and tokens[j][0].endswith("s") or (
                    tok in ("and", "but") and (k == 0 or not tokens[k - 1][0][:1].isalnum()))):  # "“…” and critics
                return _bare_plural(tokens, k + 1, j), "description"  # called", "the aisle as passengers shout"
            if tok.lower() in _DETERMINERS or (self.lang == "en" and k < j and tok[:1].isupper()
                                                and tok.endswith(("'s", "’s"))
                                                and tokens[j][0].lower() not in _GROUP_ROLES):
                if self.lang == "en" and (described := self._role_for(tokens, k - 1, j, offset)) is not None:
                    return described  # "a spokesman for the campaign said": the spokesman
                if self.lang == "en" and k + 1 == j and tok.lower() == "the" and tokens[j][0] in AUTHORED_DOCUMENTS:
                    return self._document_author(offset, tokens[j][0]), "description"  # "the letter said"
                if (self.lang == "en" and k + 3 <= j and tokens[k + 1][0].lower() in _DOCUMENTS
                        and tokens[k + 2][0].lower() in ("from", "by")):
                    # "the tweet from Vulture magazine reads": Vulture magazine, as written (not what a preposition
                    # adds: "a note from Mom to me")
                    end = next((m for m in range(k + 4, j + 1) if tokens[m][0].lower() in _PREPOSITIONS), j + 1)
                    return " ".join(t for t, _ in tokens[k + 3 : end]), "description"
                return self._description(_words_of(tokens[k : j + 1]), offset, not complemented), "description"
            if self.lang == "en" and k < j and tok.lower() in _SOME and tokens[j][0].lower() in _ROLES:
                # "One Clinton spokesman has called it …": an indefinite description, kept as written
                return _as_written([t for t, _ in tokens[k : j + 1]]) or None, "description"
            k -= 1
        return (_bare_plural(tokens, 0, j), "description") if self.lang == "en" and k < 0 else None

    def _role_for(self, tokens: list[tuple[str, int]], k: int, j: int, offset: int) -> tuple[str | None, str] | None:
        raise NotImplementedError  # (Subjects')

    def _antecedent(self, offset: int, gender: str) -> str | None:
        """Who "he"/"she" (``gender`` "m", "f") or "it" ("n") at ``offset`` is (``pronouns.Pronouns``)."""
        raise NotImplementedError

    def _main_subject(self, start: int, end: int, describes: bool = False) -> str | None:
        raise NotImplementedError  # the subject of a sentence's main clause (Subjects')

    def _aged(self, age: str, offset: int) -> str | None:
        raise NotImplementedError  # (InvertedSubjects')

    def _one_of_a_people(self, offset: int, article: str) -> str | None:
        raise NotImplementedError  # whom "the Scot" stands for (InvertedSubjects')

    def _document_author(self, offset: int, noun: str) -> str | None:
        raise NotImplementedError  # (Subjects')

    def _message_sender(self, offset: int) -> str | None:
        raise NotImplementedError  # (Subjects')

    def _apposed_name(self, tokens: list[tuple[str, int]], m: int) -> str | None:
        raise NotImplementedError  # the name a description is in apposition to (Subjects')
