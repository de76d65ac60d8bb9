"""The subject after a cue verb, where a language inverts ("“…,” said Smith", "said former Pennsylvania Gov. Ed
Rendell", "», a déclaré la procureure", "sagte Müller"): read as far as the name goes, past a title, an
organisation's name and a role. Split out of :mod:`reader.quotes.subjects` (the subject of a sentence and of its
main clause), whose mixin this one is under."""

from __future__ import annotations

from reader.quotes.ages_and_demonyms import AgesAndDemonyms
from reader.quotes.descriptions import (
    AGED_NOUN_DE,
    DEMONYM_ARTICLES,
    _as_written,
    _is_partitive,
    _is_role,
    person_demonym,
)
from reader.quotes.given_names import given_gender
from reader.quotes.institutions import authority_named
from reader.quotes.more_words import ANYONE, AUTHORED_DOCUMENTS, PLATFORMS
from reader.quotes.name_runs import _GERMAN_NOUN_ENDINGS
from reader.quotes.organisation_spans import _NAME_JOINS, _organisation_span, _role_after
from reader.quotes.run_pieces import declined_adjective
from reader.quotes.sentence_openings import SOMEONE, someone_at
from reader.quotes.token_shapes import (
    _NOUN_COMPLEMENTS_DE,
    _NOUN_PHRASE_ENDS_DE,
    _continues_name,
    _given_first,
    _initialism,
    _name_at,
    _preposition_before,
)
from reader.quotes.token_windows import (
    KIN_WORDS,
    _ampersand,
    _appositive_name,
    _modifies_role,
    _name_after_role,
    _plural_head,
    _role_ahead,
    _run_words,
    lone_given_name,
    name_described,
)
from reader.quotes.words import (
    _ABBREVIATIONS,
    _CLAUSE_OPENERS,
    _COMPLEMENTS,
    _DAYS,
    _DEMONYMS,
    _DETERMINERS,
    _FUNCTION,
    _HONORIFICS,
    _OF_HEADS,
    _PERSON_TITLES,
    _PLACES,
    _PREPOSITIONS,
    _PRONOUNS,
    _ROLES,
    _SOME,
    _THAT_FR_DE,
    _TITLES,
    _VERB_FORMS,
)

_GERMAN_BODIES = ("behörde", "verwaltung", "ministerium", "verband", "kasse", "amt", "gewerkschaft", "stiftung",
                  "verein", "organisation", "unternehmen", "konzern", "polizei", "staatsanwaltschaft", "gericht",
                  "stadt", "gemeinde", "partei", "fraktion", "regierung", "bahn", "klinik", "hochschule",
                  "universität", "institut", "zeitung", "sender", "team", "club", "klub", "gruppierung")
"""Heads of German nouns for an institution or a group that may speak ("die Patientenorganisation", "das
Landratsamt", "die Kasse"): after a cue's article, such a noun is a speaker; a common noun by its ending
(:data:`reader.quotes.name_runs._GERMAN_NOUN_ENDINGS`) is none."""


_GERMAN_TITLES = frozenset("Zeit Welt Bild Presse Post Tagesschau Rundschau".split())
"""Publications whose one-word title ends like a common noun ("schrieb die Zeit")."""



def _age_before_noun(tokens: list[tuple[str, int]], k: int) -> bool:
    """German: whether an age opens at ``k`` before the noun ("der | 63 Jahre alte Landwirt"), not the noun "Jahre"."""
    return (k + 3 < len(tokens) and tokens[k][0].isdigit() and tokens[k + 1][0] == "Jahre"
            and tokens[k + 2][0].startswith("alt"))


def _noun_after_adjectives(tokens: list[tuple[str, int]], k: int) -> int:
    """German: where the noun stands after up to two declined lower-case adjectives at ``k`` ("die | 44-jährige
    Gastroenterologin", "die | Patientenorganisation"); 0 when no capitalised word follows them."""
    k += 3 * _age_before_noun(tokens, k)
    if k + 3 < len(tokens) and tokens[k][0] in ("aus", "in", "seit") and tokens[k + 1][0][:1].isupper() and (
            declined_adjective(tokens[k + 2][0]) and tokens[k + 2][0].endswith(("ende", "enden"))):
        k += 2  # ("sagte der | aus Nigeria stammende Geistliche": a participle's phrase before the noun; part 38)
    for m in range(k, min(len(tokens), k + 3)):
        word = tokens[m][0]
        if (word[:1].isupper() and word.replace("-", "").isalpha()) or AGED_NOUN_DE.fullmatch(word):
            return m  # (an age as a noun: "räumte der 45-Jährige Fehler ein")
        if not declined_adjective(word):
            return 0
    return 0


_ASIDE_OPENERS_FR = frozenset("""en devant dans à au après avant lors depuis sur sous avec près face entre pendant dès
    vers""".split())
"""French prepositions that open where or when between an incise's verb and its subject, between commas."""


_DECADE_NOUNS = frozenset("""trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire
    nonagénaire centenaire""".split())
"""French nouns for one of an age's decade ("la septuagénaire"): whom "elle" or "il" would stand for."""


class InvertedSubjects(AgesAndDemonyms):
    """The subject after a cue verb (see the module)."""

    def _subject_forward(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        j = verb + 1
        if j < len(tokens) and tokens[j][0] in SOMEONE and (someone := someone_at(tokens, j)) > j:  # ("rief jemand
            # aus dem Publikum:": as written, part 40)
            return self._span_text(tokens, (j, someone))
        limit = min(len(tokens), verb + 9)
        while j < limit:
            word, offset = tokens[j]
            key = word.lower()
            if key == "sich" and j == verb + 1 and self.lang == "de":
                verb, j = j, j + 1  # "erinnert sich der Geiger Kenji Watanabe-Roth": a reflexive verb's pronoun
                continue
            if key in ("à", "au", "aux") and j == verb + 1 and self.lang == "fr":  # "a dit à Marie Dupont :", "a
                j = _past_addressee(tokens, j + 1, self.lang)  # déclaré à l'AFP le ministre", "a confié à Libération
                verb, limit = j - 1, min(len(tokens), j + 8)  # Marie Dupont": whom the words were said to, then the
                continue  # subject, if any
            if (self.lang == "fr" and word == "," and j + 2 < len(tokens)
                    and tokens[j + 1][0].lower() in _ASIDE_OPENERS_FR
                    and (j == verb + 1 or tokens[verb + 1][0].lower() in _ASIDE_OPENERS_FR)
                    and (close := next((m for m in range(j + 2, min(len(tokens), j + 12)) if tokens[m][0] == ","), 0))):
                verb, j = close, close + 1  # "soufflait en fin de journée, devant la petite gare fermée au public, le
                limit = min(len(tokens), j + 8)  # maire": where and when, between commas, then the subject (part 42)
                continue
            if not word[:1].isalnum() or key in (_CLAUSE_OPENERS if self.lang == "en" else _THAT_FR_DE) or (
                    self.lang == "de" and key in ("und", "oder", "aber")):
                return None  # "suggests that Phoenix …", "prédit que le gouvernement": another clause's subject
                # (German: "schreibt und dann Vollgas gibt", another verb's object)
            if self.lang == "de" and (key in ("den", "dem", "des", "einen", "einem", "eines") or key in (
                    "der", "einer") and j + 1 < len(tokens) and tokens[j + 1][0].endswith("in") and _is_role(
                    tokens[j + 1][0].lower())) and (
                    noun := _noun_after_adjectives(tokens, j + 1)):
                j = noun + 1 + (tokens[noun][0].endswith("en") and noun + 1 < len(tokens)  # ("dem Bayerischen
                                and tokens[noun + 1][0][:1].isupper())  # Rundfunk"; "lobte den Sieger:": an object,
                continue  # the subject, if any, after it; "warf der Ministerin „…“ vor": a woman's role after "der"
                # is a dative, never the subject)
            if (self.lang == "de" and j == verb + 1 and key in ("der", "die", "das") and (
                    noun := _noun_after_adjectives(tokens, j + 1)) and (AGED_NOUN_DE.fullmatch(tokens[noun][0]) or not (
                    noun + 1 < len(tokens) and (tokens[noun + 1][0][:1].isupper() or tokens[noun + 1][0] == "um")))):
                # (not "schreiben die Forscher um Afelt": the named lead, read below)
                # "sagte die 44-jährige Gastroenterologin", "teilte die Patientenorganisation mit": a description
                # (German writes no article before a name), as written when no role heads it
                head = tokens[noun][0]
                if noun == j + 1 and key != "das" and AGED_NOUN_DE.fullmatch(head) and head.endswith("e"):
                    return self._aged_german(head.split("-")[0], "m" if key == "der" else "f", offset) or (
                        f"{word} {head}")  # ("sagte der 34-Jährige", no role after it; as written when no one fits)
                if _is_role(head.lower()):
                    return self._description([word, head], offset)
                if noun > j + 1 and key != "das" and person_demonym(head, "de", key) and not self.people.named(head):
                    return self._one_of_a_people(tokens[noun][1], key)  # "sagte der 31-jährige Schwyzer" (part 44)
                body = next((end for end in _GERMAN_BODIES if head.lower().endswith(end)), None)
                if body is not None and head not in self.people.persons:
                    return authority_named(self.text, body, offset) or f"{word} {head}"  # ("die Kasse": the AOK)
                if head.lower().endswith(_GERMAN_NOUN_ENDINGS) and head not in _GERMAN_TITLES:
                    return None  # ("erklärte die Warnung": no one; "schrieb der Spiegel", "die Zeit": read below)
            joined = _ampersand(tokens, j + 1) or (  # "AT&T": a name, not the preposition "at"
                (word == "I" or (key in _HONORIFICS and word[:1].isupper())) and j + 2 < len(tokens)
                and tokens[j + 1][0] == "." and tokens[j + 2][0][:1].isupper())
            # ("said I. M. Pei": initials, not the pronoun; "said Mr. Bartels": the honorific opens the name, though
            # a function word elsewhere, and its full stop is no sentence's end)
            if self.lang == "en" and key in _PREPOSITIONS and j == verb + 1 and not joined:
                return None  # "said at a Washington event": an inverted subject comes right after the verb
            if key in _OBJECT_PREPOSITIONS_FR and j + 2 < len(tokens) and tokens[j + 1][0].lower() in _POSSESSIVES_FR:
                j += 3  # "j’ai dit à ma mère :": whom the words were said to, no subject
                continue
            if self.lang == "fr" and (word in PLATFORMS or word == "X" and tokens[j - 1][0] in ("réseau", "social")):
                j += 1  # "j'ai écrit sur Facebook :", "publié … sur le réseau social X :": where, never who (part 38)
                continue
            if (self.lang == "fr" and j == verb + 1 and key in ("sur", "via") and j + 2 < len(tokens)
                    and tokens[j + 1][0][:1].isupper() and tokens[j + 2][0].lower() in _SUBJECT_OPENERS_FR):
                j += 2  # "a écrit sur X le député Thibault Mercier": where, then the subject (not the network "X")
                continue
            if (self.lang == "fr" and j == verb + 1 and key in ("sur", "via") and j + 4 < len(tokens)
                    and tokens[j + 1][0].lower() in ("le", "la") and tokens[j + 2][0] in ("réseau", "plateforme")):
                network = j + 3 + (tokens[j + 3][0] == "social")  # "a écrit sur le réseau social X son président":
                j = network + tokens[network][0][:1].isupper()  # where (the network's name too), then the subject
                continue  # (part 37)
            if (self.lang == "fr" and j == verb + 1 and key in ("sur", "dans", "via", "par") and j + 2 < len(tokens)
                    and tokens[j + 1][0].lower() in _POSSESSIVES_FR):
                j += 3 + (j + 3 < len(tokens) and tokens[j + 3][0][:1].isupper())  # "a salué sur sa page Facebook
                continue  # « … »": where (the network's name too), then the subject, if any (part 35)
            if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui") and j == verb + 1 and not joined:
                return self._antecedent(offset, _PRONOUNS[key])
            if (self.lang == "fr" and j == verb + 1 and key in ("son", "sa", "leur") and j + 3 < len(tokens)
                    and _is_role(tokens[j + 1][0].lower()) and (comma := j + 2 + (tokens[j + 2][0] != "," and tokens[
                        j + 2][0].islower())) < len(tokens) and tokens[comma][0] == ","):  # ("sa coautrice principale,
                # la biologiste Élodie Marcenac": an adjective after the role; part 42)
                apposed = next((m for m in range(comma + 1, min(len(tokens), comma + 5)) if tokens[m][0][:1].isupper()),
                               0)
                if apposed and all(t[0].islower() or t[0] in ("l’", "l'") for t in tokens[comma + 1 : apposed]):
                    return self.people.resolve_name(_name_at(tokens, apposed), tokens[apposed][1])  # "déplore
                    # son président, l’ingénieur Didier Ndoumbè Kotto.": the name apposed to the role (part 39)
            comma = j + 4 if j + 4 < len(tokens) and tokens[j + 2][0] == "als" else j + 2  # ("sein Nachfolger als …,")
            if (self.lang == "de" and j == verb + 1 and key in ("deren", "dessen", "seine", "ihre", "sein", "ihr")
                    and comma + 1 < len(tokens) and _is_role(tokens[j + 1][0].lower()) and tokens[comma][0] == ","
                    and (at := next((m for m in range(comma + 1, min(len(tokens), comma + 5))
                                     if tokens[m][0][:1].isupper() and not _is_role(tokens[m][0].lower())), 0))):
                return self.people.resolve_name(_name_at(tokens, at), tokens[at][1])  # "sagte deren Präsident, der
                # Konditor Sepp Inauen": the name apposed to the role (part 43)
            if (self.lang == "de" and j == verb + 1 and key in ("seine", "ihre", "sein", "ihr") and j + 1 < len(tokens)
                    and _is_role(tokens[j + 1][0].lower()) and not (j + 2 < len(tokens) and tokens[j + 2][0][
                        :1].isupper())):
                return self._description([word, tokens[j + 1][0]], offset) or f"{word} {tokens[j + 1][0]}"
                # "sagt ihre Tochter.": the daughter the article named, else as written (part 39)
            if self.lang == "de" and key in ("eine", "ein") and j == verb + 1 and (found := name_described(tokens, j)):
                return self.people.resolve_name(_name_at(tokens, found), tokens[found][1])  # (part 44)
            if key == "es" and self.lang == "de" and j == verb + 1:  # ("sagte es dieser Zeitung": not "Zeitung")
                if j + 2 < len(tokens) and tokens[j + 1][0] in ("der", "die", "ein", "eine"):  # ("So formuliert es
                    verb, j = j, j + 1  # der Wildbiologe …": an object, the subject after it; part 44)
                    continue
                return self._neuter_role(offset)
            if (word[:1].isupper() and j == verb + 2 and tokens[j - 1][0] in DEMONYM_ARTICLES
                    and person_demonym(word, self.lang, tokens[j - 1][0].lower()) and word not in _PLACES
                    and self.people.named(word) is None
                    and not (j + 1 < len(tokens) and (tokens[j + 1][0][:1].isupper() or tokens[j + 1][0] in (
                        "des", "du")))):  # (not "The Australian", "la Lyonnaise des eaux"; "la Haut-Savoyarde de 29
                # ans" is hers)
                return self._one_of_a_people(offset, tokens[j - 1][0].lower())  # ", a réagi la Savoyarde"
            if word[:1].isupper() and (key not in _FUNCTION or joined):
                if (self.lang == "de" and j == verb + 2 and tokens[j - 1][0] in ("der", "die") and _is_role(key)
                        and not (j + 1 < len(tokens) and tokens[j + 1][0][:1].isupper())):
                    return self._description([tokens[j - 1][0], word], offset)  # "sagte der SPD-Politiker"
                if (self.lang in ("fr", "de") and j - verb >= 3 and tokens[j - 1][0] in ("de", "des", "du", "der")
                        and tokens[j - 2][0].isalpha() and tokens[j - 2][0].islower()
                        and tokens[j - 2][0] not in _VERB_FORMS and tokens[j - 2][0] not in ("von", "van")):
                    return None  # "le ministère des Affaires étrangères": a noun's complement, not a name
                run = [word]
                k = j + 1
                while k < len(tokens) and (tokens[k][0][:1].isupper() or tokens[k][0] in (".", "um")
                                           or _ampersand(tokens, k) or _continues_name(tokens, k, run) and not (
                                               self.lang == "de" and tokens[k][0] == "das")):  # ("begründete
                    # Mayrhofer das Urteil": the article, not "Maria das Graças"'s particle; part 43)
                    if tokens[k][0] == "&":  # "said AT&T": one name
                        run[-1] += "&" + tokens[k + 1][0]
                        k += 2
                        continue
                    if tokens[k][0] == ".":
                        if (len(run[-1]) > 3 and run[-1].lower() not in _ABBREVIATIONS) or run[-1].endswith("."):
                            break  # a full stop, unless after an abbreviation ("said Army Capt. Christian Pardo")
                        run[-1] += "."
                    else:
                        run.append(tokens[k][0])
                    k += 1
                if "um" in run:  # "Forscher um Aneta Afelt": the named lead; an "um" ending the run is none
                    cut = run.index("um")
                    run = run[cut + 1 :] or run[:cut]
                if self.lang == "en" and k < len(tokens) and tokens[k][0] in _NAME_JOINS:
                    span = _organisation_span(tokens, j)  # "the British Beer and Pub Association": one name
                    if span is not None and not _role_after(tokens, span[1]):
                        return self._span_text(tokens, span)
                    name = _name_after_role(tokens, span[1]) if span is not None else None
                    if name is not None:  # "… British Beer and Pub Association chief executive Emma McClarkin"
                        return self.people.resolve_name(_name_at(tokens, name), tokens[name][1])
                if self.lang == "en" and k + 3 < len(tokens) and tokens[k][0] == "of" and (
                        _is_role(run[-1].lower()) or run[-1].rstrip(".").lower() in _PERSON_TITLES):
                    end = k + 1
                    while end < len(tokens) and tokens[end][0][:1].isupper():
                        end += 1
                    if end - k > 3 and (person := self.people.person_of(_run_words(tokens[end - 2 : end]), tokens[
                            end - 2][1])):
                        return person.full  # "said Assistant Commissioner of Police Didace Kanyamibwa" (part 43)
                if (self.lang == "en" and k + 1 < len(tokens) and tokens[k][0] == "of"
                        and run[-1].lower() in _OF_HEADS and tokens[k + 1][0][:1].isupper()):
                    end = k + 1  # "said the U.S. Court of Appeals": the organisation's name as written
                    while end < len(tokens) and (tokens[end][0][:1].isupper() or (
                            tokens[end][0] in ("and", "&") and end + 1 < len(tokens)
                            and tokens[end + 1][0][:1].isupper())):  # ("… of Health and Human Services")
                        if (tokens[end][0].rstrip(".").lower() in _PERSON_TITLES and end + 1 < len(tokens)
                                and tokens[end + 1][0][:1].isupper()):
                            # "said Department of Health and Human Services Secretary Alex Azar": the secretary
                            last = end + 1
                            while last < len(tokens) and tokens[last][0][:1].isupper():
                                last += 1
                            return self.people.resolve_name(_run_words(tokens[end:last]), tokens[end][1])
                        end += 1
                    name = _name_after_role(tokens, end)  # "… of Homeland Security spokesman David Lapan"
                    if name is not None:
                        return self.people.resolve_name(_name_at(tokens, name), tokens[name][1])
                    if (end < len(tokens) and tokens[end][0].islower() and tokens[end][0].endswith("s")
                            and _is_role(tokens[end][0])):
                        end += 1  # "said Department of Justice and FBI officials": the officials, as written
                    return self.text[offset : tokens[end - 1][1] + len(tokens[end - 1][0])]
                if (self.lang == "en" and not self.people.core(run)[1] and k + 1 < len(tokens) and tokens[k][0] == "and"
                        and tokens[k + 1][0][:1].isupper()):
                    j = k + 1  # "said former Pennsylvania Gov. and DNC Chairman Ed Rendell": titles, then the name
                    continue
                if self.lang == "en" and len(run) == 1 and _plural_head(tokens, k):
                    return self._group(tokens, k, verb + 1)  # "said several Trump supporters": not Trump
                if self.lang == "en" and len(run) == 1 and run[0] in _DEMONYMS and k < len(tokens) and tokens[k][
                        0].isalpha() and tokens[k][0].islower():
                    return None  # "says Danish plantings have performed": an adjective, a reported clause (part 34)
                if self.lang == "en":
                    name = _name_after_role(tokens, k, " ".join(run) in _PLACES)
                    if name is not None:  # "said Trump campaign manager Corey Lewandowski": Lewandowski
                        j = name
                        continue
                    owned = self._owned_role(tokens, j, k) if any(word.endswith(("'s", "’s")) for word in run) else None
                    if owned is not None:  # (a run may be empty: a lone "." before the verb)
                        return owned  # "said Harmon's campaign manager, Luis Beltran": not Harmon; "said Saccawu’s
                        # Gauteng regional organiser, Thabo Mahlangu": not the place after the owner (part 40)
                if self.lang == "de" and len(run) == 1 and _preposition_before(tokens, j):
                    j = k
                    continue  # "kündigte noch am Abend an", "sagte am Montag Merkel": a preposition's object
                if self.lang == "de" and j >= 2 and tokens[j - 1][0].islower() and tokens[j - 2][0].islower() and (
                        any(t.lower() in _DETERMINERS for t, _ in tokens[verb + 1 : j - 1])):
                    return None  # "schildert das heute erwachsene Kind": an article, adjectives, a common noun
                if (self.lang == "de" and len(run) == 1 and j == verb + 1 and run[0] not in self.people.persons
                        and run[0].lower().endswith(_GERMAN_NOUN_ENDINGS)):
                    return None  # "…, schrieb Fernsehgeschichte": a noun the verb governs (not "schrieb Spahn")
                return self.people.resolve_name(run, offset)
            if (self.lang == "en" and offset < self.title_end and j == verb + 1 and word.isalpha()
                    and word.islower() and key not in _FUNCTION):
                words = []  # a headline's bare role, its articles dropped ("…, says health secretary")
                for token, _ in tokens[j : j + 4]:
                    if not (token.isalpha() and token.islower()) or token in _FUNCTION:
                        break
                    words.append(token)
                while words and words[-1] not in _ROLES:
                    words.pop()
                if words and (held := self._headline_role(words, offset)):
                    return held  # (else read as before: "said one official", a role no one named holds)
            opens = key in _DETERMINERS or (key in _SOME and self.lang == "en")  # "said one senior official"
            if self.lang == "en" and key == "the" and j + 1 < len(tokens) and tokens[j + 1][0].endswith("-year-old"):
                return self._aged(tokens[j + 1][0].split("-")[0], offset)  # ("said the 19-year-old from Dundee")
            if self.lang == "en" and _is_partitive([t for t, _ in tokens[j : j + 3]], 0):
                # "said one of the engineers": one member of the group, as written
                words = [t for t, _ in tokens[j : j + 9]]
                end = next((i for i, t in enumerate(words) if not t[:1].isalnum() or t.lower() in (
                    "who", "which", "that", "in", "on", "at", "during") or t.lower() in _DAYS), len(words))
                if not any(_is_role(word.lower()) for word in words[3:end]):
                    return None
                return _as_written(words[:end]) or None
            aged = 3 * (opens and self.lang == "de" and _age_before_noun(tokens, j + 1))  # ("der 63 Jahre alte …")
            if opens and not _role_ahead(tokens, j + 1 + aged):
                j += 1 + aged  # "à cette occasion": not the subject ("der 46 Jahre alte | Dariusz K.": a name next)
                continue
            if opens:
                words = [word]
                k = j + 1 + aged
                place = False  # inside "from New Hampshire", "at the White House", "for Hillary Clinton": a complement
                while k < len(tokens) and len(words) < 10 and (tokens[k][0][:1].isalnum() or (
                        place and tokens[k][0] == "." and words[-1][:1].isupper() and (
                            len(words[-1]) == 1 or words[-1].lower() in _ABBREVIATIONS))):
                    token = tokens[k][0]
                    if self.lang == "en" and 1 < len(words) <= 3 and token in _FINITE_AFTER_SUBJECT:
                        return None  # "…, said the board had considered …": a clause the verb reports, not inverted
                    if self.lang != "en" and len(words) > 1 and token in _NOUN_PHRASE_ENDS_DE:
                        break  # "sagte die 47-Jährige | bei einer Veranstaltung", "die CDU-Politikerin | dem SPIEGEL"
                    if self.lang == "de" and token.islower() and token not in _NOUN_COMPLEMENTS_DE and any(
                            w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
                        break  # (past its noun, a lower-case word ends it: "sagte der 58-Jährige | damals unter
                        # Tränen", not "Tränen")
                    if token == ".":  # an initial or a title in a complement: "to President George W. Bush",
                        # "for Mr. Trump", "to Sen. Bernie Sanders"
                        words[-1] += "."
                        k += 1
                        continue
                    if token.lower() in ("who", "which", "der", "die", "qui", "que") or (
                            self.lang == "en" and token.lower() in _DAYS):
                        break  # (a day is no name: "said a spokesman in Berlin on Tuesday")
                    if words[-1].lower() in (_COMPLEMENTS if self.lang == "en" else ("de", "du", "des", "au", "aux")):
                        place = True  # (a complement: "a spokesman for Hillary Clinton", "un proche de M. Lemaire")
                    elif not token[:1].isupper() and token.lower() not in ("the", "of"):
                        place = False  # ("the Department of Homeland Security" is one complement)
                    if (token[:1].isupper() and token.lower() not in _ROLES and len(words) > 1 and not place
                            and not (self.lang == "fr" and words[0].lower() in ("un", "une"))  # ("un député RN")
                            and (self.lang != "de" or any(_is_role(w.lower()) for w in words[1:]) and not _is_role(
                                token.lower()))  # (not "das heute erwachsene Kind": German capitalises every noun;
                            # a name follows a role, and is none: "eine 41-jährige Teilnehmerin der Tour")
                            and not _initialism(tokens, k) and not _modifies_role(tokens, k)
                            and words[-1].lower() not in ("de", "du", "des", "la", "of", "the", "d'", "der", "from",
                                                          "in", "at", "au", "aux")):  # ("déléguée au Numérique")
                        # "der Virologe Christian Drosten": the name wins ("le ministre de la Santé" has none)
                        span = _organisation_span(tokens, k)  # "the Department of Health and Human Services"
                        if span is not None and not _role_after(tokens, span[1]):
                            return self._span_text(tokens, span)
                        named = self._organisation_of(tokens, j + 1, k)
                        if named is not None:  # "the New Zealand Department of Conservation": one name
                            return named
                        return self.people.resolve_name([t for t, _ in tokens[k : k + 3] if t[:1].isupper()], offset)
                    if _initialism(tokens, k):  # "a former U.S. law enforcement official": one word, "U.S."
                        words.append(tokens[k][0] + "." + tokens[k + 2][0] + ("." if k + 3 < len(tokens)
                                                                               and tokens[k + 3][0] == "." else ""))
                        k += 4 if words[-1].endswith(".") and len(words[-1]) == 4 else 3
                        continue
                    words.append(tokens[k][0])
                    k += 1
                if place or any(_is_role(w.lower()) for w in words[1:]):  # ("a lancé la procureure, Anne Lefebvre")
                    # "said his best friend at Lehigh, Bruce Turry", "said the museum's director, Catherine Ames": the
                    # name after the comma is the person (a given name opens it: not "a voter from Concord, N.H.")
                    appositive = _appositive_name(tokens, k) or lone_given_name(tokens, k, words[-1] in KIN_WORDS)
                    if appositive and (_given_first(appositive) or self._unknown_full_name(appositive)
                                       or len(appositive) == 1):  # ("a confié sa fille, Leïla, jointe …")
                        return self.people.resolve_name(appositive, offset)
                if self.lang == "en" and len(words) == 2 and words[0].lower() == "the" and (
                        words[1] in AUTHORED_DOCUMENTS):
                    return self._document_author(offset, words[1])  # "“…,” the letter said": whoever sent it
                gender = "f" if words[0].lower() == "la" else "m"
                if self.lang == "fr" and len(words) == 2 and words[1].lower() in _DECADE_NOUNS and (
                        elder := self._first_named(offset, gender) or self._antecedent(offset, gender)) and (
                        self.people.named(elder) is not None):
                    return elder  # "lâche la septuagénaire": the woman named before, as "elle" would be (part 43)
                if any(w.lower() in _ROLES for w in words[1:]) or j == verb + 1:
                    return self._description(words, offset) or (" ".join(words) if words[-1].lower() in ANYONE and (
                        words[0].lower() in ("ein", "eine", "un", "une", "die", "der", "la")) else None)  # ("sagte
                    # eine ältere Frau", "wird die Frau zitiert": as written; part 43)
            j += 1
        return None

    def _owned_role(self, tokens: list[tuple[str, int]], start: int, k: int) -> str | None:
        """After a possessive name ending at ``k`` ("said Harmon's | campaign manager, Luis Beltran"): the name apposed
        to the role it owns (a given name opening it), else the role as written; None when no role follows."""
        m = k
        while m < len(tokens) and m - k < 5 and (tokens[m][0].isalpha() or "-" in tokens[m][0]) and (
                tokens[m][0].islower()):  # (roles joined: "Verra's co-founder and chief executive, Sunil Mehta")
            m += 1
        if m == k or not _is_role(tokens[m - 1][0]):
            return None
        # the name after its comma, or right after the role ("Clinton’s top foreign policy aide Jake Sullivan")
        appositive = _appositive_name(tokens, m) or (
            _name_at(tokens, m) if m < len(tokens) and tokens[m][0][:1].isupper() else [])
        if appositive and (_given_first(appositive) or self._unknown_full_name(appositive)):
            return self.people.resolve_name(appositive, tokens[min(m + 1, len(tokens) - 1)][1])  # (the name may
            # end the text: "said Clinton’s top foreign policy aide Jake")
        return self._span_text(tokens, (start, m))

    def _span_text(self, tokens: list[tuple[str, int]], span: tuple[int, int]) -> str:
        """The text from the first token of ``span`` (start, end) through its last, as written."""
        last, offset = tokens[span[1] - 1]
        return self.text[tokens[span[0]][1] : offset + len(last)]

    def _organisation_of(self, tokens: list[tuple[str, int]], lo: int, k: int) -> str | None:
        """The name of an organisation as written, when the capitalised words around ``k`` (from ``lo`` on) end
        with an organisation's head and "of" a name ("the U.S. Court of Appeals"), else None."""
        if self.lang != "en":
            return None
        start = k
        while start > lo and (tokens[start - 1][0][:1].isupper() or tokens[start - 1][0] == "."):
            start -= 1
        m = k
        while m < len(tokens) and tokens[m][0][:1].isupper():
            m += 1
        if not (m + 1 < len(tokens) and tokens[m][0] == "of" and tokens[m - 1][0].lower() in _OF_HEADS
                and tokens[m + 1][0][:1].isupper()):
            return None
        end = m + 1
        while end < len(tokens) and end - m <= 4 and tokens[end][0][:1].isupper() and not (
                tokens[end][0].lower() in _DAYS or tokens[end][0].endswith(("’s", "'s"))
                or any(part in _ROLES or part in _TITLES for part in tokens[end][0].lower().split("-"))):
            end += 1
        if end < len(tokens) and tokens[end][0][:1].isupper() and tokens[end][0].lower() not in _DAYS:
            # "… of Conservation Director-General Lou Sanson", "… Conservation's Lou Sanson": a person follows
            after = end + 1 if tokens[end][0].endswith(("’s", "'s")) else end
            run = [t for t, _ in tokens[after : after + 5] if t[:1].isupper() or t == "."]
            return self.people.resolve_name(_run_words(tokens[after : after + len(run)]), tokens[after][1]) \
                if after < len(tokens) else None
        name = _name_after_role(tokens, end)
        if name is not None:  # "… of Conservation spokesman Lou Sanson": the spokesman
            return self.people.resolve_name(_name_at(tokens, name), tokens[name][1])
        return self.text[tokens[start][1] : tokens[end - 1][1] + len(tokens[end - 1][0])]


_OBJECT_PREPOSITIONS_FR = frozenset("à au aux".split())
_POSSESSIVES_FR = frozenset("ma mon mes sa son ses leur leurs notre nos votre vos".split())
"""French "à" and a possessive after a cue verb: whom the words were said to ("a dit à sa mère"), never its inverted
subject, which may follow ("a déclaré à ses proches le ministre")."""


_SUBJECT_OPENERS_FR = frozenset("le la les l’ l' un une des ce cet cette son sa ses leur".split())
"""French words that open an inverted subject after where the words were written ("a écrit sur X | un député UDC",
"via Facebook | la mairie"): the network before them is no one."""


_FINITE_AFTER_SUBJECT = frozenset("had has have was were is are would will could should did does can may might must"
                                  .split())
"""English finite verbs after "said the board": the noun phrase is the subject of a clause the verb reports ("said
the board had considered whether …"), never an inverted subject (part 26)."""


def _past_addressee(tokens: list[tuple[str, int]], j: int, lang: str) -> int:
    """French: where the subject may start after "à" and whom the words were said to, which opens at ``j``: past
    its article and its first word ("l'AFP", "Libération", "la presse", "Marie"), then past words up to a
    determiner or a given name ("à France Info | la députée", "à Ouest-France | Pierre Le Goff"), or to the end."""
    if j < len(tokens) and tokens[j][0].lower() in ("l'", "l’", "la", "le", "les"):
        j += 1
    j += 1
    while j < len(tokens) and tokens[j][0][:1].isalnum() and tokens[j][0].lower() not in _DETERMINERS and not (
            given_gender(tokens[j][0], lang)):
        j += 1
    return j
