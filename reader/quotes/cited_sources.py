"""Sources a quotation's sentence cites without a clause of their own: "according to X" (``laut X``, ``selon X``,
``X zufolge``) anywhere in the sentence, a French "Pour X," that gives whose view it is, German's impersonal "heißt
es" with where the words come from ("hieß es aus Regierungskreisen", "heißt es in einer Erklärung der Partei",
"Darin heißt es" after the sentence that names the document's owner), and French's impersonal "on" after its verb
("explique-t-on dans l'entourage de M. Lambertin"). A mixin over :class:`reader.quotes.after_mark.AfterMark`, under
:class:`reader.quotes.incises.Incises` (split out of it, over 500 lines); :class:`reader.quotes.speakers.Attributor`
is one. No Textual or Rich import here."""

from __future__ import annotations

from reader.quotes.after_mark import AfterMark
from reader.quotes.descriptions import _is_role, joined_words
from reader.quotes.french_bodies import institution_at
from reader.quotes.german_clauses import SUBORDINATORS_DE
from reader.quotes.given_names import given_gender
from reader.quotes.institutions import compound_named
from reader.quotes.role_holders import held_only
from reader.quotes.sentence_openings import (
    ANSWER_OPENERS_FR,
    IT_SAYS,
    _indefinite_opening,
    _opening_name,
    may_cite_source,
)
from reader.quotes.token_shapes import as_source
from reader.quotes.words import _DETERMINERS, _INDEFINITE, _ORG_NOUNS, _PRONOUNS


class CitedSources(AfterMark):
    """The cited sources of the module docstring (:meth:`_source`)."""

    def _source(self, tokens: list[tuple[str, int]]) -> str | None:
        """``according to X``, ``laut X``, ``selon X``, ``X zufolge``, ``Pour X,``, ``hieß es aus …`` (none: no such
        word, read in one look)"""
        for j, (word, offset) in enumerate(tokens if may_cite_source(self.text, tokens, self.lang) else ()):
            key = word.lower()
            if key in ("according", "selon", "laut") or key == "words" and 2 <= j and tokens[j - 1][0] == "the" and (
                    tokens[j - 2][0].lower() == "in") and j + 2 < len(tokens) and tokens[j + 1][0] == "of" and (
                    tokens[-1][0] == ","):  # ("in the words of one property owner, “…”": part 43)
                k = j + 2 if key in ("according", "words") else j + 1
                if key == "according" and (j + 1 >= len(tokens) or tokens[j + 1][0].lower() != "to"):
                    continue
                if k < len(tokens):
                    nxt = tokens[k][0].lower()
                    if nxt in _PRONOUNS:  # (French: the speaker cited earlier in its sentence, a body too)
                        return self._cited_in_sentence(offset, _PRONOUNS[nxt])
                    found = as_source(self.text, tokens, k, self._subject_forward(tokens, k - 1))
                    if found and (tokens[k][0][:1].isupper() or (nxt in _DETERMINERS or nxt == "one") and (
                            nxt not in _INDEFINITE or any(_is_role(t.lower()) for t, _ in tokens[k + 1 : k + 4]))):
                        return found  # ("selon un diplomate français", not "according to a report")
            if key == "pour" and j == 0 and self.lang == "fr" and len(tokens) > 3 and (
                    found := self._view_of(tokens)):
                return found  # "Pour Sophie Kervella, …, « … »", "Pour lui, le bassin est « … »": whose view it is
            if j == 0 and word in ANSWER_OPENERS_FR and self.lang == "fr" and len(tokens) > 3 and (
                    tokens[-1][0] == ":" and tokens[1][0].lower() in ("de", "du", "des", "d’", "d'")):
                return self._subject_forward(tokens, 1)  # "Réponse du capitaine Éric Marchal, chef du centre … :
                # « … »": who answers (part 40)
            if key == "worten" and j >= 2 and tokens[j - 2][0] == "nach" and tokens[j - 1][0] in (
                    "ihren", "seinen") and (found := self._antecedent(offset, "mf"[tokens[j - 1][0] == "ihren"])):
                return found  # "Eine Verbreiterung wäre nach ihren Worten «…»": whom the possessive stands for (43)
            if key == "worten" and j >= 2 and tokens[j - 1][0] == "eigenen" and tokens[j - 2][0] == "nach" and (
                    found := _indefinite_opening(tokens[:j])):
                return found  # "Eine Kollegin aus der Qualitätskontrolle, 58 Jahre alt, macht sich nach eigenen
                # Worten «keine Illusionen» mehr": hers, as written (part 43)
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


_PARTIES = frozenset("victime victimes famille plaignant plaignante voisin voisine témoin patient patiente".split())
"""French roles of a story's other parties, whom a "Pour …," view is not guessed to be (the last person named)."""
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
