"""Role descriptions and groups as the speaker: a description resolved to the person it stands for or kept as written
("the incumbent president", "a reporter"), a group ("Trump supporters"), the words that open a sentence rather than
a name. A mixin of :class:`reader.quotes.speakers.Attributor` under :class:`reader.quotes.phrases.NounPhrases`
(split out of it), over :class:`reader.quotes.place_complements.PlaceComplements` (split out of this one)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from reader.quotes.cue_referents import CueReferents
from reader.quotes.descriptions import _GENDERED_ROLES, _article_gender, _as_written, _is_role, _role_key, a_person
from reader.quotes.given_names import given_gender
from reader.quotes.more_words import ANYONE, LOWER_CASE_ROLES, MEDICS, POSSESSIVES_DE_FR, RANKS
from reader.quotes.names import _POSSESSIVE
from reader.quotes.organisations import _OWNED_ARTICLES, Introductions, named_organisation, unnamed_on_purpose
from reader.quotes.people import People
from reader.quotes.pronoun_words import DEFENDANTS, document_sender
from reader.quotes.role_holders import held_only
from reader.quotes.role_mentions import (
    _INTRODUCED_WITHIN,
    apposed_after,
    apposed_to,
    defence_counsel,
    indefinite_ending_at,
    indefinite_may_end_at,
    nameless_before,
    not_the_accused,
    opening_subject_before,
    refers_back,
    trial_subject,
    unnamed_partitive,
    witness_subject,
)
from reader.quotes.role_referents import (
    NAMED_ONLY,
    lede_person,
    name_given,
    named_in_paragraph,
)
from reader.quotes.speaker_kinds import Body, Described, Unheld
from reader.quotes.words import (
    _AMOUNTS,
    _BE,
    _COMPLEMENTS,
    _CONJUNCTIONS,
    _DAYS,
    _DETERMINERS,
    _FUNCTION,
    _INDEFINITE,
    _INTRODUCERS,
    _NUMBER_WORDS,
    _OPENERS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PARTY_KEYS,
    _PERSON_NOUNS,
    _PLACES,
    _ROLES,
    _SOME,
    _TITLES,
)

_SPELLED_ROLES = {"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
                  "pm": "prime minister"}
"""A headline's short role and how the article spells it out next to the person (:meth:`_headline_role`)."""

_SENT_DOCUMENTS = frozenset("letter message note email memo".split())
"""Documents "the letter said" stands for when the words before say who sent or wrote one (pronoun_words)."""
_OWNED_DOCUMENTS = frozenset("""statement announcement post message letter notice tweet email memo advisory
    submission caption update""".split())
"""Documents that speak for whoever a possessive before them names ("The LCA’s announcement read: “…”")."""
_SPEAKING_DOCUMENTS = frozenset("report study analysis survey".split())
"""Documents an article quotes as saying something ("“…,” the report says", "the study found “…”"): the
document is the source, as written, rather than the last person named before it."""


class RolePhrases(CueReferents):
    """Descriptions and groups read from tokens (see the module)."""

    text: str
    lang: str
    people: People
    lowered: set[str]
    title_end: int = 0
    """Where the document's title ends (0 when it has none): see :meth:`_headline_role`."""
    _introductions: Introductions
    """What :func:`named_organisation` read of the text (its memo)."""

    def _headline_role(self, words: list[str], offset: int) -> str | None:
        """A headline's bare role ("Shares slide as CEO warns of “…”", "… ‘unacceptable’, says health secretary":
        a headline drops its articles) as "the CEO" would be read, but only when it resolves to a person the
        article gives that role ("Dana Lindqvist, the chief executive"): with no one before a headline, the
        description's fall-backs (the first or last person named) would be guesses."""
        found = self._description(["the", *words], offset)
        person = self.people.named(found) if found else None
        if person is None:
            return None
        role = words[-1].lower()
        role = _SPELLED_ROLES.get(role, role)
        near = self.text[max(0, person.first - 60) : person.first + len(person.full) + 60].lower()
        return found if re.search(r"\b" + re.escape(role) + r"\b", near) else None

    def _owner_just_named(self, resolved: str, offset: int, possessive: str) -> bool:
        """Whether ``resolved``, whom a possessive description was resolved to ("her son"), was named within the 80
        characters before it and may own it (``possessive``: "his" a man, "her" a woman): then he or she is its
        owner ("Jane Doe and her son"), not whom it describes ("His sister, the Rev. Helen Mills" names her after;
        "Tom Roe came with his sister, Helen Roe": she owns no "his")."""
        mentions, people = self.people.mentions, self.people.mention_people
        owner = {"his": "m", "her": "f"}.get(possessive, "")
        at = bisect_left(mentions, offset) - 1
        while at >= 0 and offset - mentions[at] <= 80:
            person = people[at]
            if person.full == resolved:
                return not owner or not person.gender or person.gender == owner
            at -= 1
        return False

    def _introduced_as(self, role: str, offset: int, words: list[str]) -> str | None:
        """The indefinite description a definite one refers back to, as written: "the source" after "A Labour
        source said …", "the diplomat" after "One Western diplomat briefed on the meeting said …" (the last in the
        :data:`_INTRODUCED_WITHIN` characters before ``offset``, its block or the one before; anywhere before when
        the description says it refers back: "le médecin urgentiste cité plus haut", "der eingangs zitierte
        Landwirt", "the nurse quoted earlier"), when no person named after it and before ``offset`` has that role
        among the words around their mentions (whom it may then describe; "the Hornets" named between is no
        scout); the person it is apposed to, when a name stands just before it ("John Dunmore, 63, a former
        treasurer of the club": part 42)."""
        floor = 0 if refers_back(self.text, offset, words) else max(0, offset - (
            _SPOKES_WITHIN if role in _SPOKES else _INTRODUCED_WITHIN))
        at, found = offset, None
        written = role.capitalize() if self.lang == "de" else role  # (German writes its nouns capitalised)
        while found is None:  # the role word first (a scan in C), then the words before it, latest first
            at = self.text.rfind(written, floor, at)
            if at <= floor:  # ("One of … shareholders, who asked not to be named, said …": as written)
                return " ".join(words) if self.lang == "en" and unnamed_partitive(self.text, role, offset) else None
            if not self.text[at - 1 : at].isalpha() and indefinite_may_end_at(self.text, max(floor, at - 60), at,
                                                                              self.lang):
                found = indefinite_ending_at(self.text, max(floor, at - 60), at, written, self.lang)
        people, mentions = self.people, self.people.mentions
        start, end = found
        for named in range(bisect_left(mentions, end), bisect_left(mentions, offset)):
            if apposed_to(self.text, end, mentions[named]):  # ("A broker in it, Sean Quayle, said": his)
                return people.mention_people[named].full
            if role in ANYONE and "." not in self.text[end : mentions[named]]:  # "un homme qu’il a reconnu
                return people.mention_people[named].full  # comme étant Tovo Andrianarisoa": the man is him (part 33)
            if role in (context := people.context(people.mention_people[named])) or role in MEDICS and (
                    "dr" in context or "dre" in context):  # (…, "d’un pédiatre …. Le Dr Mathias Froidevaux …, le
                return None  # pédiatre": part 34; the role may describe the one named since: "Jo Roe, the spokesman,")
        if (before := bisect_left(mentions, start) - 1) >= 0 and start - mentions[before] < 90:
            person = people.mention_people[before]  # ("John Dunmore, 63, a former treasurer of the club,": his)
            name_end = self.text.find(person.surname, mentions[before], start) + len(person.surname)
            if name_end > mentions[before] and apposed_after(self.text, start, name_end):
                return person.full
        whose = _GENITIVE_DE.match(self.text, end) if self.lang == "de" else None  # ("Ein Sprecher der
        return self.text[start:end] + (whose.group() if whose else "")  # Bundespolizeiinspektion Trier")

    def _first_named(self, offset: int, gender: str) -> str | None:
        raise NotImplementedError  # (Pronouns')

    def _antecedent(self, offset: int, gender: str) -> str | None:
        raise NotImplementedError  # (Pronouns')

    def _unknown_full_name(self, words: list[str]) -> bool:
        """Whether ``words`` (an appositive after a role: "said a company spokeswoman, Tamara Lewis") read as a
        person's full name whose given name the list lacks: two or three words, no place's, no organisation's or
        title's word in them, and the last one a surname the article never writes in lower case."""
        return (len(words) in (2, 3) and " ".join(words) not in _PLACES and words[-1].lower() not in self.lowered
                and not any(w.lower() in _ORG_WORDS or w.lower() in _TITLES for w in words))

    def _party_member(self, run: list[str], offset: int) -> str:
        """"The Kentucky Republican", "the Vermont Democrat": a description, not a name ("Republican" was the
        speaker), resolved only when it surely stands for its person (:meth:`_holds_role`: the state is among their
        words), else the person whose cue came last (:meth:`_last_cue_subject`), else as written (on PolNeAR train,
        resolving by the party alone gave Paul Ryan's "the Wisconsin Republican" to Donald Trump, named as
        "Republican Donald Trump" just before)."""
        described = self._description(["the", *run], offset)
        if described is not None and self._holds_role(described, offset):
            return described
        written = "the " + " ".join(run)
        last = self._last_cue_subject(offset)  # else whose cue came last ("“…,” he said.¶The Wisconsin Republican
        return Described(last, written) if last else Unheld(written)  # did give Trump some credit"): Ryan

    def _group(self, tokens: list[tuple[str, int]], j: int, floor: int) -> str:
        """The group a plural noun for people at ``j`` heads, as written, from the capitalised words before it
        (not past ``floor`` nor words that open the sentence) and an amount before them: "Trump supporters",
        "several Twitter users". A group is no one person, so it is never resolved."""
        first = j if j and tokens[j - 1][0].istitle() and tokens[j - 1][0].lower() in _CONJUNCTIONS else j - 1  # "But"
        while first > floor and tokens[first - 1][0][:1].isupper() and not self._opens_sentence(tokens, first - 1):
            first -= 1
        if first > floor and tokens[first - 1][0].lower() in _AMOUNTS and tokens[first - 1][0] not in ("of", "than"):
            first -= 1  # (not "of" alone: "Sixty-one percent of Trump supporters" gave "of Trump supporters")
        return self.text[tokens[first][1] : tokens[j][1] + len(tokens[j][0])]

    def _opens_sentence(self, tokens: list[tuple[str, int]], m: int) -> bool:
        """Whether the capitalised token at ``m`` is a word that opens the sentence, not part of a name before
        a group ("But", "Now", "On Tuesday", "In Ohio": a function word, a day, a place after a preposition, or
        a word the article writes in lower case)."""
        key = tokens[m][0].lower()
        return (key in _FUNCTION or key in _DAYS or key in _INTRODUCERS or key in _CONJUNCTIONS
                or self._common_word(tokens[m][0], tokens[m][1])
                or (m > 0 and tokens[m - 1][0].lower() in _FUNCTION and tokens[m - 1][0][:1].isupper()))

    def _common_word(self, word: str, offset: int) -> bool:
        """A capitalised word that starts its sentence and that the article also writes in lower case
        ("Officials", "Perhaps"): not a name."""
        k = offset - 1
        while k >= 0 and self.text[k] in " \t\u00a0":
            k -= 1
        initial = k < 0 or self.text[k] in ".!?:\n\r\"“”»«„(—–-"
        key = word.lower()
        # "Following a meeting, …", "Shortly after …": a participle or an adverb, even when the article never
        # writes it in lower case (unless it names a person: "Ebeling explained")
        return initial and (key in self.lowered or (self.lang == "en" and (
            key.endswith(("ing", "ly")) or key in _OPENERS or key.partition("-")[0] in _NUMBER_WORDS
        ) and word not in self.people.persons))  # ("Twenty-two years ago, …")

    def _description(self, words: list[str], offset: int, guess: bool = True) -> str | None:
        """A role description as the speaker: resolved to the person it stands for ("the incumbent president"),
        kept as written when indefinite ("a reporter"), None when no role word heads it ("the past", "his
        remarks and"): a speaker is a person or an organisation, never a fragment of another clause. With
        ``guess`` False, a role no one named holds is no one's, not the last person named's (a French or German
        role introduced with an aside: "L’institutrice, en poste depuis quatorze ans, …")."""
        lowered = [w.lower() for w in words]
        roles = [w for w in lowered[1:] if _is_role(w) or w in LOWER_CASE_ROLES and w in words]
        principal = self.text.find("principal", offset, offset + 60) if "principal" in roles else -1
        if principal >= 0 and self.lang == "fr" and self.text.startswith(" intéress", principal + len("principal")):
            return None  # "Le principal intéressé": the one most concerned, no school's principal (part 42)
        if roles == ["person"] and lowered[0] in ("the", "this", "that"):
            return self._introduced_as("person", offset, lowered)  # "the person said": the one introduced ("a person
            # close to the Clintons", "one person who was briefed" speak as written)
        if (not roles and self.lang == "en" and 2 <= len(words) <= 4 and lowered[-1] in _SPEAKING_DOCUMENTS
                and lowered[0] in ("the", "this")):  # "“…,” the report says": the document, as written (held by no one)
            return Unheld(" ".join(words)) if all(w.isalpha() or "-" in w for w in words) else None
        if len(lowered) == 2 and lowered[0] == "the" and lowered[1] in _SENT_DOCUMENTS and (found := document_sender(
                self.text, self._block_start(offset), offset, self.people.resolve_name)):
            return found  # "read from a letter his grandfather had written to him …. The letter said:" (part 37)
        if lowered == ["the", "statement"] and not self._reading_cues and (found := self._statement_source(offset)):
            return found  # "“…,” the statement said" after "In a statement, the agency said …": the agency's
        if (not roles and self.lang == "en" and len(words) >= 2 and lowered[-1] in _OWNED_DOCUMENTS
                and words[-2][:1].isupper() and _POSSESSIVE.search(words[-2])):
            return self._document_owner(words[:-1], offset)  # "The LCA’s announcement … read: “…”": the LCA's
        if (not roles and self.lang == "en" and len(words) == 3 and lowered[0] == "the" and lowered[-1] in (
                _OWNED_DOCUMENTS) and (owner := _POSSESSIVE.sub("", lowered[1])) != lowered[1] and owner in _ORG_NOUNS):
            return self._description(["the", owner], offset)  # "the coalition’s letter said": the coalition's (38)
        if not roles or lowered[-1] in ("and", "or", "when", "if", "as", "that", "by", "to", "with"):
            return None
        if lowered[0] in ("a", "an") and roles[0] not in _ONE_PERSON_ROLES and roles[0] == lowered[-1] and (
                "of" not in lowered):
            return None  # "a practice economists call “…”": a singular article before a plural is no one phrase
        if (lowered[0] in _INDEFINITE or lowered[0] in _SOME
                or all(r in _PERSON_NOUNS or r[:-1] in _PERSON_NOUNS for r in roles)
                or (lowered[0] in _AMOUNTS and all(r not in _ROLES for r in roles))):
            # "a reporter", "the boy"; "several Trump supporters", "two officials": a group, no one person
            if lowered[0] in ("a", "an") and (named := lede_person(self.text, self.starts, self.people, offset, (
                    _GENDERED_ROLES.get(roles[-1], "")))):
                return named  # "A Central Coast grandmother has begged …¶Shirley Nakamura-Platt, 74, woke …"
            if lowered[0] in ("a", "an") and (given := name_given(self.text, self.text.find(
                    words[-1], offset, offset + 200) + len(words[-1]))):
                return given  # "A retired teacher living nearby, who gave her name only as Androulla, said"
            return _as_written(words) or None
        if not (written := _as_written(words)):
            return None  # "the letter to committee members": its head is no person
        head_word = _POSSESSIVE.sub("", written.split()[-1].lower())
        if _is_role(head_word) and head_word not in _ROLES and _role_key(head_word) == head_word[:-1]:
            # a plural heads it ("the festival's organisers"): a group, no one person; not "That is why critics"
            return None if any(w in _BE for w in lowered[1:]) else written
        # the head's role words, not a complement's: "the former top aide | to President George W. Bush" is an aide
        complements = _COMPLEMENTS if self.lang == "en" else _COMPLEMENTS | _FOREIGN_COMPLEMENTS
        head = next((i for i, w in enumerate(lowered) if (w in complements or self.lang == "fr" and w.startswith((
            "d’", "d'")) and len(w) > 2) and any(map(_is_role, lowered[1:i]))), len(lowered))  # ("le parquet d’Alès")
        roles = [w for w in lowered[1:head] if _is_role(w)]
        if self.lang == "en" and head + 1 < len(lowered) and lowered[head] == "of" and lowered[head + 1] in (
                "one", "a", "an", "another") and roles and lowered[0] == "the":
            return written  # "the owner of one outfit told her": someone of an unnamed one, as written (part 41)
        # a party before the head is its modifier ("the Republican nominee" is a nominee, matched to no one by the
        # party alone: "Republican officials" near Hillary Clinton made her the nominee)
        roles = [w for w in roles if w not in _PARTY_KEYS] or roles
        if lowered[head - 1] in _ORG_NOUNS and _ORG_COMPLEMENT.isdisjoint(lowered[1 : head - 1]) or all(
                r in _ORG_NOUNS or _role_key(r) in _ORG_NOUNS or r == "officer" and len(words) > 2 for r in roles):
            # (only a bare "the officer" resolved; a German compound's head: "Das Bundesumweltministerium"; "the
            # interior ministry": its head names it, whatever its modifier; not "die Sprecherin ihrer Fraktion")
            if not _is_role(lowered[head - 1]):
                return None  # "on the campaign trail": the head is a trail, no organisation
            # "the company", "the department": an organisation, kept as written. Not resolved: the people index
            # holds persons, and the words around their mentions ("told the newspaper") matched "the newspaper"
            # to Hillary Clinton and "the bureau" to Florida on train (and the last person named, failing that)
            named = (named_organisation(self.text, self.lang, lowered[head - 1], offset, self._introductions,
                                        self._known_person, head == 2) if lowered[0] in _OWNED_ARTICLES else None)
            return Body(named, written) if named else None if lowered[head - 1] in NAMED_ONLY else written
        if (lowered[0] == "the" or lowered[0] in _DEFINITE or lowered[0] in _DEMONSTRATIVES) and (
                introduced := self._introduced_as(roles[-1], offset, lowered)):  # ("ce diplomate" after "un diplomate")
            return introduced  # "A Labour source said …. “…,” the source said.": the one introduced, as written
        if self.lang == "fr" and lowered[0] in ("ce", "cet", "cette") and (pointed := named_in_paragraph(
                self.people, self._block_start(offset), offset, pointed_gender := "f" if lowered[0] == "cette" else "m")
                or self._described_before(offset, pointed_gender)):
            return pointed  # "Aimable Nshimirimana attend …. « … », raconte ce conducteur de taxi-moto": the one
            # just named in the paragraph, or described ("Un voyageur"; with neither, "ce diplomate" is no one's)
        if lowered[0] in _OWNED_ARTICLES and (witness := witness_subject(roles[-1], offset, self.people, (
                _article_gender(lowered[0], roles[-1]) if self.lang != "en" else ""))):
            return witness  # "the witness replied": the one testifying; "die Klägerin": the one suing
        last: Callable[[int], str | None] = self._last_cue_subject
        gender = _article_gender(lowered[0], roles[-1]) if self.lang != "en" else (
            _GENDERED_ROLES.get(roles[-1], "") if lowered[0] == "the" and not any(map(_POSSESSIVE.search, words))
            else "")  # ("the congresswoman"; not "his wife", "the vice president's spokeswoman": whose they are)
        if gender and self.lang != "en":  # "Auf die Frage … sagte der Minister", "sagte die SPD-Politikerin":
            # whom the article's gender fits, read as a pronoun is (the subject before), when no one holds the role
            # an office someone named holds ("le premier ministre"), or a headline's role, whom the text names next
            office = any(r in _TITLES for r in roles) or offset < self.title_end
            last = lambda at: "" if self._inside(at) else (trial_subject(roles[-1], gender, at, self.people)  # noqa: E731
                or a_person(self._first_named(at, gender), roles[-1]) or self._cue_subject_of(at, gender)
                or (self._office_holder(at, gender) if office else ""))
            # ("": no one of that gender, rather than the last person named: "die Zeugin" no one named is; inside a
            # quotation, "hat der Projektleiter zu mir gesagt" is not the speaker named before it)
            last = not_the_accused(roles[-1], lowered[head:], last, gender, self.people)
        kin = self.lang == "en" and roles[-1] in _KIN and (lowered[0] in ("his", "her", "their") or any(
            map(_POSSESSIVE.search, words[1:-1])))  # ("his mother", "The boy’s father": someone's, no one else)
        end = max(offset, self.text.find(words[-1], offset, offset + 200)) + len(words[-1])  # (offset: 1st or head)
        if (anonymous := unnamed_on_purpose(self.text, end)) or kin or not guess or lowered[0] in _DEMONSTRATIVES or (
                lowered[0] in POSSESSIVES_DE_FR) or (
                gender and self.lang != "en" and nameless_before(self.text, roles[-1], max(0, self.text.rfind(
                    words[0], max(0, offset - 120), offset + len(words[0]))), self._inside)):  # (from the description's
            # first word: ``offset`` may be its head's or its last word's, "La ministre | verte"; part 41)
            last = held_only  # ("explique ce diplomate européen": someone the writer points at, not the last named;
            # "the landlord, who asked not to be identified,": no one named; "a indiqué le procureur" after "a
            # confirmé le procureur de la République" with no name: a role the article never names; "son …")
        keys = [] if anonymous else [_role_key(r) for r in roles] + [r for r in roles if self.lang == "de"]  # (26)
        keys += [title for key in keys for title in RANKS.get(key, ()) if len(words) == 2]  # (a bare "the officer")
        if (gender and self.lang != "en" and last is not held_only and lowered[0] in _OWNED_ARTICLES
                and roles[-1] not in DEFENDANTS  # (the one on trial, not the paragraph's opening subject: part 43)
                and not self._inside(offset) and (opening := opening_subject_before(
                    self.text, self._block_start(offset), offset, gender, self.people.mentions,
                    self.people.mention_people))):  # "Nadia, 34 ans, vit …. « … », raconte la jeune femme"
            held = self.people.resolve_role(keys, offset, words[:head], held_only)
            holder = self.people.named(held) if held else None
            if holder is None or holder.first > offset or held == opening:  # (unless someone named holds the role)
                return Described(opening, written)
        if counsel := defence_counsel(roles[-1], offset, self.text):
            return Described(counsel, written)  # ("Le conseil du prévenu": the lawyer, no role held by anyone)
        resolved = self.people.resolve_role(keys, offset, words[:head], last) or (self.people.kin_namesake(
            self._antecedent(offset, {"his": "m", "her": "f"}[lowered[0]]), _GENDERED_ROLES.get(roles[-1], ""),
            offset) if kin and lowered[0] in ("his", "her") else None)  # ("Anna Lee, 52, … His mother said:")
        if gender and resolved and (person := self.people.named(resolved)) and person.gender not in ("", gender):
            # ("Ministerin Anja Reuter und Markus Brenner …, sagte die Ministerin"; "the congresswoman" after a man's)
            resolved = self._first_named(offset, gender) if self.lang != "en" else self._antecedent(offset, gender)
            # (not the last cue's subject again, of either gender: "a déclaré la procureure" after Thierry Vallat)
        if resolved and lowered[0] in ("his", "her", "their") and not kin and self._owner_just_named(resolved, offset,
                                                                                         lowered[0]):
            return None  # "Jane Doe's aide arrived. “…,” said her aide": not Jane Doe herself (kin read by title only)
        if resolved and head < len(words) and not set(resolved.split()).isdisjoint(words[head:]):
            # the person the complement names is not the one the head describes ("the former top aide to
            # President George W. Bush" matched Bush by the words around that very mention): as written
            return written
        if resolved:
            self.people.hold(resolved, keys)
        if resolved or (not anonymous and (resolved := trial_subject(roles[-1], gender, offset, self.people))):
            return Described(resolved, written)  # (or a trial's defendant: role_mentions.trial_subject)
        # no one it could stand for: a definite description kept as written, as "a reporter" is, and someone's kin
        written = " ".join(words) if (kin or anonymous) and lowered[0] in ("his", "her", "their") else written
        return Unheld(written) if kin or anonymous or lowered[0] == "the" or lowered[0] in _DEMONSTRATIVES or (
            self.lang != "en" and lowered[0] in _OWNED_ARTICLES) else None  # ("her son"; "explique ce diplomate")

    def _document_owner(self, words: list[str], offset: int) -> str | None:
        """Whose a document is by the possessive name before it (``words``, the last one possessive: "The LCA’s",
        "Mayor John Smith's"): the person the index knows by it, else the name as written (an organisation's,
        which an acronym's definition spells out in ``speaker_full``). Part 37."""
        run = [_POSSESSIVE.sub("", words[-1])]
        for word in reversed(words[:-1]):
            if not word[:1].isupper() or word.lower() in ("the", "a", "an"):
                break
            run.insert(0, word)
        if not run[0]:
            return None
        return self.people.resolve_name(run, offset) or " ".join(run)

    def _known_person(self, name: str) -> bool:
        """Whether ``name`` is a person's by a given name, a gender or a full name the index knows (not "Aldara said",
        which the index holds too: a subject of "said" may be a firm's)."""
        person = self.people.person_of(name.split(), 0)  # (by its full name or its surname: "Whitlock said")
        return bool(given_gender(name.split()[0])) or (person is not None and (bool(person.gender)
                                                                                or person.tokens > 1))

    def _two_people(self, tokens: list[tuple[str, int]], k: int, run: list[str]) -> str | None:
        """"Tom Reed and Ann Cole said": two full names joined by the "and" at ``k`` (each of two or three words,
        opening with a given name or named so in the article), as written: both speak, not the second alone."""
        m = k - 1
        while m > 0 and tokens[m - 1][0][:1].isupper() and k - m < 3:
            m -= 1
        first = [t for t, _ in tokens[m:k]]
        if m > 0 and (tokens[m - 1][0][:1].isalpha() and tokens[m - 1][0] not in _DETERMINERS and tokens[m - 1][0]
                      not in ("and", "with", "by")):
            return None  # (the first name starts the noun phrase: "between Reed and Cole" is no subject)
        for name in (first, run):
            if not 2 <= len(name) <= 3 or not (given_gender(name[0]) or self.people.named(" ".join(name))):
                return None
        return " ".join(first) + " and " + " ".join(run)


_GENITIVE_DE = re.compile(r" de[rs] [A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,3}")
"""A German genitive of capitalised words after a role: whose role it is ("Ein Sprecher | der Bundespolizei Trier")."""
_SPOKES = frozenset("spokesman spokeswoman spokesperson sprecher sprecherin porte-parole".split())
"""Who speaks for a body: "sagte der Sprecher" refers back to "Ein Sprecher der Bundespolizeiinspektion Trier"
anywhere in the article before it (part 39), as no one named holds the role."""
_SPOKES_WITHIN = 12_000
"""Characters back a spokesperson's description looks (an article's length; bounded: a 20 MB text stays linear)."""
_DEMONSTRATIVES = frozenset("this that ce cet cette dieser diese dieses".split())
_DEFINITE = frozenset("der die das le la les".split())
"""German and French definite articles: "die Ministerin", "la ministre" no one holds is as written, as "the mayor"."""

_FOREIGN_COMPLEMENTS = frozenset("du de des d' d’ der von für aus".split())
"""French and German words that open a role's complement ("l’entourage | du président", "der Sprecher | der
Partei"): the role after them is not the head's (the president's entourage is not the president)."""

_ORG_COMPLEMENT = frozenset("of for at ihrer seiner ihres seines der des de du la d’ d'".split())
_ONE_PERSON_ROLES = _ROLES | frozenset(w for w in LOWER_CASE_ROLES if not w.endswith("s"))
"""Role words of one person, with the occupations written in lower case ("a nurse"): not a plural after "a"."""

_KIN = frozenset("""mother father son daughter wife husband brother sister grandmother grandfather grandson
    granddaughter mum mom dad uncle aunt cousin nephew niece stepfather stepmother stepson stepdaughter widow widower
    fiancé fiancée""".split())  # (English kin: someone's, see _description; never the last person named)
