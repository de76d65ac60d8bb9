"""The subject before a cue verb ("Smith said", "The Medicines and Healthcare products Regulatory Agency (MHRA)
said", "Der Vorsitzende des Fanclubs »Nordlichter«, Holger Petersen, sagte", "Das Bayerische Landesamt für Umwelt
teilte mit"): read back from the verb past adverbs, an appositive, a parenthesis, a relative clause or a German
auxiliary, to the noun phrase that :meth:`reader.quotes.phrases.NounPhrases._noun_phrase_back` reads. A mixin of
:class:`reader.quotes.speakers.Attributor` under :class:`reader.quotes.phrases.NounPhrases` (split out of it, over
500 lines); :class:`reader.quotes.cue_subjects.CueSubjects` remembers its answers. No Textual or Rich import here."""

from __future__ import annotations

from reader.quotes.colon_labels import _OWNERS_DE, COORDINATORS_DE, KIN_WORDS, german_opening_noun_phrase
from reader.quotes.descriptions import _is_role, _partitive_back
from reader.quotes.french_bodies import french_body, on_opening_body
from reader.quotes.german_clauses import (
    SUBJUNCTIVE_AUXILIARIES_DE,
    _auxiliary_before,
    _verb_final_subject,
    time_opening_de,
)
from reader.quotes.given_names import given_gender
from reader.quotes.institutions import opening_institution
from reader.quotes.more_words import GERMAN_OPENING_ADVERBS, PARTICLE_CUES, PLATFORMS
from reader.quotes.organisation_spans import _organisation_apposed
from reader.quotes.role_phrases import RolePhrases
from reader.quotes.sentence_openings import SOMEONE, anyone_placed, someone_at
from reader.quotes.speaker_kinds import Unheld
from reader.quotes.subject_gap import described_before_place, participle_described, skip_back, thing_between
from reader.quotes.token_shapes import (
    PARTY_STATE,
    _acronym_of_broken_name,
    _before_relative,
    _complement_of_role,
    _name_after_quoted,
    _person_before_institution,
    _role_from_place,
    person_before_place,
    role_before_place,
)
from reader.quotes.token_windows import _name_ending, _plural_head, _run_words
from reader.quotes.words import _PLACES, _PRONOUNS, _SKIP_BEFORE_VERB, _VERB_FORMS

_SENTENCE_ENDS = frozenset((".", "!", "?", "«", "»", "„", "“", "”"))


_SOMEONE_AUXILIARIES = frozenset("a has had hat hatte est".split())
"""An auxiliary between "someone …" and its participle ("quelqu'un dans le public a crié")."""


class SubjectsBefore(RolePhrases):
    """:meth:`_subject_back`, the subject before a cue verb (see the module)."""

    def _subject_forward(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        raise NotImplementedError  # (InvertedSubjects')

    def _who_before(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        """English: whom "who" right before the cue verb at ``verb`` stands for, when its sentence's main subject is
        someone else: an indefinite description just before it, as written, when the words follow the verb ("She
        describes a message from a mother of three who wrote: “…”"); the name an appositive describes before ", who"
        ("Rodel Santos, a security guard at a tower in Lusail Marina, who said": not the place the appositive ends
        on), the index's person or, with a role in the appositive, the name as written. Part 42."""
        opener = next((k for k in range(verb - 2, max(-1, verb - 9), -1) if tokens[k][0] in (
            "a", "an", "one", "another") or not (tokens[k][0].islower() or tokens[k][0].isdigit())), -1)
        if opener >= 0 and tokens[opener][0] in ("a", "an", "one", "another") and all(
                t in (":", ",", "her", "him", "me", "us", "them") for t, _ in tokens[verb + 1 :]) and (  # ("by an
            # elderly man who told her: “…”": part 43)
                described := self._description([t for t, _ in tokens[opener : verb - 1]], tokens[opener][1])):
            return described
        opening = next((k for k in range(verb - 3, max(-1, verb - 25), -1) if tokens[k][0] == ","), -1) if (
            tokens[verb - 2][0] == ",") else -1
        if opening < 1 or tokens[opening + 1][0] not in ("a", "an", "the") or not tokens[opening - 1][0][:1].isupper():
            return None
        first = opening - 1
        while first > 0 and tokens[first - 1][0][:1].isupper():
            first -= 1
        if (apposed := self.people.person_of(_run_words(tokens[first:opening]), tokens[first][1])) is not None:
            return apposed.full
        if opening - first >= 2 and any(_is_role(t.lower()) for t, _ in tokens[opening + 2 : opening + 5]):
            return " ".join(_run_words(tokens[first:opening]))  # (a name the index holds no evidence for)
        return None

    def _subject_back(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        if self.lang == "de" and (aux := _auxiliary_before(tokens, verb, SUBJUNCTIVE_AUXILIARIES_DE)) >= 6 and tokens[
                aux - 1][0] == "," and (
                tokens[aux - 4][0] == "," and tokens[aux - 3][0] in _VERB_FORMS and tokens[aux - 2][0] in ("er", "sie")
                and tokens[aux - 6][0].lower().startswith(_OWNERS_DE) and tokens[aux - 5][0][:1].isupper()):
            return f"{tokens[aux - 6][0]} {tokens[aux - 5][0]}"  # "Seine Frau, erzählt er, habe ihm gesagt: „…“": the
            # one the incise's speaker reports, as written (part 39)
        for k in range(max(0, verb - 6), verb) if any(t in SOMEONE for t, _ in tokens[max(0, verb - 6) : verb]) else ():
            end = someone_at(tokens, k)  # "someone in the audience shouted", "quelqu'un dans le public a crié": as
            # written, never whoever the place's noun might be (part 40; a bare "Someone called it a “…”": no one's)
            if end > k + 1 and (end == verb or end == verb - 1 and tokens[end][0].lower() in _SOMEONE_AUXILIARIES) and (
                    k == 0 or not tokens[k - 1][0][:1].isalnum()):
                return self.text[tokens[k][1] : tokens[end - 1][1] + len(tokens[end - 1][0])]
        if self.lang == "en" and verb > 3 and (placed := anyone_placed(tokens, verb)) >= 0:
            return f"{tokens[placed][0]} {tokens[placed + 1][0]}"  # ("a man", not the place after it: part 22)
        if self.lang == "fr" and verb > 3 and (body := on_opening_body(tokens, verb)):
            return body  # "Du côté du conseil départemental, on défend un chantier « … »" (part 41)
        if self.lang == "fr" and verb > 1 and tokens[verb][0] in PARTICLE_CUES:
            verb -= 1  # "a fait savoir", "y voit": the subject before the verb's word
        if (self.lang == "fr" and verb >= 2 and tokens[verb - 2][0].lower().replace("'", "’") in _SOME_FR
                and tokens[verb - 1][0].endswith(("s", "x")) and tokens[verb - 1][0].islower()):
            return f"{tokens[verb - 2][0]} {tokens[verb - 1][0]}"  # "D’autres internautes saluent …": a group, as
            # written (no one else's by inheritance; part 38)
        start = next((k + 1 for k in range(verb - 1, -1, -1) if tokens[k][0] in _SENTENCE_ENDS), 0) if (
            self.lang != "en" and verb >= 3 and tokens[verb - 1][0] in ("et", "mais", "und", "aber")) else verb
        if verb >= start + 3 and (
                opening := next((k for k in range(start + 1, verb - 1) if tokens[k][0].lower() in _SKIP_BEFORE_VERB
                                 or tokens[k][0] in ("ne", "n’", "n'")), 0)) and all(  # "La gendarmerie a verbalisé
                t not in (",", ";", ":") for t, _ in tokens[start : verb - 2]):  # … et rappelle que", "Soizic Tanguy
            found = self._noun_phrase_back(tokens, opening - 1)  # ne la contredit pas, mais rappelle": that subject
            return self._subject_forward(tokens, opening) if time_opening_de(tokens, opening) else found and found[0]
        if self.lang == "de" and verb >= 2 and tokens[verb - 1][0] in PLATFORMS and tokens[verb - 2][0] in (
                "auf", "bei", "via", "über"):
            return None  # "Einer hat danach auf Instagram geschrieben:": where, never who (part 39)
        if self.lang == "en" and verb >= 3 and tokens[verb - 1][0] == "who" and (who := self._who_before(tokens, verb)):
            return who  # ("a mother of three who wrote: “…”", "Rodel Santos, a security guard …, who said": part 42)
        if self.lang == "en" and verb >= 3 and self.text.find(
                "ing", tokens[max(2, verb - 6)][1], tokens[verb][1]) >= 0 and (  # (the participle's "ing" in the
                opening := participle_described(tokens, verb)) >= 0:  # six words it may be, a scan in C first: most
            # windows hold none, and the call reads each word)
            return self.text[tokens[opening][1] : tokens[verb - 1][1] + len(tokens[verb - 1][0])]  # ("A woman
            # carrying a toddler told our reporter:", as written; part 43)
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
        elif self.lang == "de" and (role := role_before_place(tokens, j)) >= 0:
            return self.text[tokens[0][1] : tokens[role][1] + len(tokens[role][0])]  # "Ein Sprecher der Reederei
            # … mit Sitz in Dordrecht sagte": as written (part 44)
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
            words = [t for t, _ in tokens[opening:aux]] if opening >= 0 else []
            from_at = next((k for k, word in enumerate(words) if k >= 2 and word in ("aus", "von", "vom", "in", "im",
                                                                                     "bei")), 0)
            if from_at and (someone := self._description(words[:from_at], tokens[opening][1]) or (
                    " ".join(words) if words[0] in ("Ein", "Eine") else None)):
                return someone  # "Ein kleiner Bub aus Homs hat sie gefragt": the boy, as written (part 37)
            if words and (_is_role(words[-1].lower()) or words[0].lower().startswith(_OWNERS_DE)):  # (a role, read
                # as a name: as a role; kin as written, "Mein älterer Sohn hat … gesagt", "Mein erster Ausbildner")
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
        if self.lang == "en" and (not any(t[:1].isupper() for t, _ in appositive or ()) or any(
                t in ("who", "whose") for t, _ in (appositive or [])[:2])) and (
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
                if len(appositive) > 2 and appositive[0][0].islower() and _is_role(appositive[0][0]):
                    appositive = appositive[1:]  # ("le préfet de Boké, le colonel Mamadou Saliou Condé,": part 39)
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


_SOME_FR = frozenset("d’autres certains certaines plusieurs nombreux nombreuses quelques".split())
"""French quantifiers opening a plural group as a verb's subject ("D’autres internautes saluent")."""

