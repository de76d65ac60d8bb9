"""The people an article names, for speaker attribution: who they are, where they are mentioned, their titles.

People are found without a name list: a run of capitalised words that has a title or honorific before it, two or more
name-like words, or stands as the subject of a speech verb. Each person keeps the fullest form of the name the article
uses ("Mr Obama" -> "Barack Obama"), a gender when an honorific or "himself"/"herself" tells it, and the words around
their mentions (titles, roles, appositives), so "the incumbent president" can be resolved to the person it stands for.
:mod:`reader.quotes.speakers` asks this index who a name, a pronoun or a role is. Pure Python."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from reader.quotes.descriptions import _PERSON_DEMONYMS, _is_role, people_after
from reader.quotes.given_names import given_gender
from reader.quotes.mention_cues import (
    _AGE_AFTER,
    _AGED_FULL,
    _ALIAS_AFTER,
    _BRACKETED_HONORIFICS,
    _CLAUSE_VERB,
    _INTRODUCED_AFTER,
    _KIN_APPOSED,
    _KIN_BEFORE,
    _NICKNAMED,
    _bare,
    _common_noun_after,
    _noun_gender,
    glued_initial,
)
from reader.quotes.more_words import GERMAN_OPENING_ADVERBS, GERMAN_TIMES, ORG_ABBREVIATIONS, PARTICLE_CUES
from reader.quotes.name_evidence import _CLAUSE_SPLIT, _GROUP_AFTER, NameEvidence
from reader.quotes.name_runs import (
    PLACE_BEFORE,
    after_german_article,
    german_pair_name,
    given_name_as_noun,
    no_one_here,
    no_person_runs,
    role_modifier,
)
from reader.quotes.names import (
    _CONTRACTED_PRONOUN,
    _CORE_PARTICLES,
    _PLACE_NAMES,
    _SURNAME_PARTICLES,
    _TOKEN,
    NameScan,
    cached_core,
    given_then_surname,
    given_two_surnames,
    identity_of,
    scan_names,
)
from reader.quotes.namesakes import Namesakes, Person, _honorific, _may_be, _may_differ, nicknamed
from reader.quotes.pronoun_genders import learn_genders
from reader.quotes.role_holders import RoleHolders
from reader.quotes.run_pieces import german_institution
from reader.quotes.words import (
    _DEMONYMS,
    _FUNCTION,
    _HONORIFICS,
    _NAME_TITLES,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PARTY_WORDS,
    _PLACES,
    _ROLES,
    _SAY,
    _STORMS,
    _TITLES,
    _is_code,
)

_PORTFOLIOS = _ORG_WORDS | frozenset("health finance transport education economy interior defence defense".split())
"""Words an organisation's name holds, and portfolios ("Health"): before a lone unknown word, an organisation's."""
_CONTEXT_MENTIONS = 64
"""Mentions of a person whose surrounding words make up their context (a role is given with the first ones)."""
_MOST_GIVEN_NAMES = 16
"""Given names kept for one person, at most (a real one has a few; thousands of "John X Smith" were quadratic)."""


_THING_BEFORE = re.compile(r"(?:\b(?:a|an) (?:[a-z]+ )?|\b(?:the|The) (?:[A-Z][\w-]* )?|(?P<of>[A-Z][\w'’-]+) of )\Z")
"""English: an article before a name of no known gender ("had not missed a home Muratti since 1977", "across the King
Country"), or "of" after a name ("Rita Camacho Pangelinan of Chalan Kanoa"): a thing or a place, never "he" (44)."""

class People(NameEvidence, Namesakes, RoleHolders):
    """The people named in ``text`` (outside quotations), their mentions in order, and who a name, a pronoun or a
    role description stands for."""

    def __init__(self, text: str, lang: str, spans: Iterable[tuple[int, int]], scan: NameScan | None = None,
                 lowered: set[str] | frozenset[str] = frozenset(), title_end: int = 0) -> None:
        """``spans``: the (start, end) of the article's outermost quotations, sorted: names in them are not
        the article's own mentions. ``scan``: the text's :func:`scan_names`, made elsewhere meanwhile.
        ``lowered``: the words the article writes in lower case (:func:`lower_case_words`). ``title_end``: where
        the article's title ends (0: none). A headline capitalises every word, so a name there gives the person
        only its surname ("Debating Clinton: …", "Understated Perez …"); the text names them in full."""
        self.text, self.lang, self._title_end = text, lang, title_end
        self._lead_end = min(text.find("\n\n", title_end + 2) % (len(text) + 1), title_end + 400)  # (a standfirst)
        self._lowered = lowered if lang == "en" else frozenset()  # (English only: see :meth:`_is_lead`)
        self._order: list[Person] | None = None  # (the persons in the order of their first mention, when needed)
        self._by_given: dict[str, list[tuple[int, str]]] | None = None  # (see _by_given_name)
        self._firsts: list[int] = []
        self.persons: dict[str, Person] = {}
        """The first person the article names with each surname (the key)."""
        self._init_namesakes()
        self.mentions = array("q")
        """Offsets of the mentions, in order (an array: ~200,000 on 20 MB)."""
        self.mention_people: list[Person] = []
        """The person each mention names."""
        self._cores: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}
        self._introduced: set[int] = set()
        """First mentions of people named by a given name alone that introduce someone new (:meth:`_introduced_at`)."""
        self._index(scan, spans)
        learn_genders(text, lang, self.everyone, self.mentions, self.mention_people)

    def _introduced_at(self, start: int, end: int) -> bool:
        """Whether the lone name at ``start:end`` introduces someone new ("Ian, a fan from Hull who did not give his
        surname,", "Brian, 67,"): not the person named in full with it before (:meth:`resolve_name` keeps it so)."""
        if _INTRODUCED_AFTER.match(self.text, end) is None:
            return False
        self._introduced.add(start)
        return True

    def core(self, tokens: list[str]) -> tuple[list[str], list[str]]:
        """:func:`~reader.quotes.names.cached_core` of ``tokens`` in this index's cache."""
        return cached_core(self._cores, tokens)

    def _index(self, scan: NameScan | None, spans: Iterable[tuple[int, int]]) -> None:
        text = self.text
        scan = scan_names(text, spans) if scan is None else scan.outside(spans)
        self._cores = scan.cores
        cand_starts, cand_ends, cand_split = scan.starts, scan.ends, scan.split_of
        splits, alone = scan.splits, scan.alone
        strong: set[str] = set()
        static: dict[int, bool] = {}  # split number -> strong by its own words (a title, two names)
        aged: dict[str, str] = {}  # lone names with an age after them ("Ahmed, 34 ans,") -> the gender it tells
        identities = [identity_of(prefix, core) for prefix, core in splits]  # (each distinct run once)
        surnames = [surname for surname, _, _ in identities]
        # runs that name a place, never a person (see reader.quotes.name_runs)
        places = no_person_runs(splits, self.lang, text)
        foreign = self.lang in ("fr", "de")  # (see reader.quotes.name_runs.no_one_here)
        single = bytes(len(core) == 1 for _, core in splits)  # (a core of one word, asked of each run: once a split)
        full_surnames: set[str] | None = None  # (made at the first age: most texts name no one so; it walks all runs)
        for start, end, number in zip(cand_starts, cand_ends, cand_split, strict=True):
            surname = surnames[number]
            one = single[number]
            age = _AGE_AFTER.match(text, end) if one and text.startswith((", ", " ("), end) and (
                surname not in aged) else None  # (read whatever else made the name a person's: "explique Ahmed,")
            relative = age is not None and age.end() - end == 2  # (", qui …", not an age: a known given name only)
            if age is not None and (given_gender(surname) if relative else given_gender(surname) or foreign or (
                    _KIN_BEFORE.search(text, max(0, start - 14), start))) and not (  # ("grandson Kayode, 16,")
                    relative and "-" in surname):
                strong.add(surname)  # "Ahmed, 34 ans, saisonnier", "Ken, 74, said": a person by a given name, of
                if full_surnames is None:
                    full_surnames = {core[-1] for _, core in splits if len(core) > 1}
                aged[surname] = "" if relative else (given_gender(surname, self.lang) if surname not in full_surnames
                                                     else "") or (  # the gender it tells (none by a surname the
                    _noun_gender(text[age.end() : age.end() + 30]) if self.lang == "fr" else "")  # article gives in
                # full: "Mabelle Joseph …. Joseph, 74, …", part 42), or the French noun's
                continue
            if surname in strong:
                continue  # the checks below only ever add the surname
            if one and self.lang == "en" and (role_modifier(text, end) or given_name_as_noun(
                    text, start, splits[number][0], surname)):
                continue  # "former Test paceman Greg Latham", "passed the Bill" (see reader.quotes.name_runs)
            if one and (_ALIAS_AFTER.match(text, end) or text[start - 1] == "." and glued_initial(text, start)):
                strong.add(surname)  # (another name of the person just named: see the second pass; or a name after a
                continue  # patronymic's initial, as Mongolian papers write: "head coach G.Ochirbat"; part 43; its
                # full stop first, not a call for each name)
            if len(surname) < 2 or number in places or (surname.endswith("ists") and one):
                continue  # (not a plural noun: "Hydrologists say")
            if self.lang == "en" and one and not splits[number][0] and self._lone_given(
                    start, end, surname):  # ("Maria has run the counter", "her neighbour Thomas")
                strong.add(surname)
                aged[surname] = given_gender(surname)
                continue
            prefix, core = splits[number]
            if foreign and no_one_here(self.lang, text, start, prefix, core):
                continue
            by_words = static.get(number)
            if by_words is None:
                by_words = static[number] = any(
                    k in _HONORIFICS or k in _TITLES for k in (t.rstrip(".").lower() for t in prefix)
                ) or (sum(1 for t in core if len(t.rstrip(".")) > 1) >= 2 and surname in alone and (
                    self.lang != "de" or german_pair_name(text, start, core, alone) and not self._sentence_initial(
                        start))
                      ) or (foreign and given_two_surnames(core, self.lang)  # ("Aïssatou Ndiaye Faye", part 38)
                      ) or (given_then_surname(core, self.lang) and (foreign or (
                          core[0] not in _PLACES and core[0] not in _PLACE_NAMES and not given_gender(core[1])))
                      ) or (self.lang == "de" and len(core) >= 2 and bool(prefix) and _is_role(prefix[-1].lower()))
                # (German: a capitalised role before two names, "Gästetrainer Milan Kovačević")
            if len(core) == 1 and (surname in _DEMONYMS or surname in _PERSON_DEMONYMS) and not any(
                    t.rstrip(".").lower() in _HONORIFICS or t.rstrip(".").lower() in _NAME_TITLES for t in prefix):
                continue  # "Former Mexican presidents": an adjective ("Mr. French", "Sen. Welsh": a surname)
            if by_words or (len(core) == 1 and not prefix and self.lang == "en" and text[end : end + 1] == "," and (
                    _KIN_APPOSED.search(text, max(0, start - 50), start))) or (  # ("His wife of 44 years, Merline,")
                    not prefix and text.endswith(_BRACKETED_HONORIFICS, max(0, start - 7), start)) or (  # ("Dr (Mrs)
                # Folasade Adeyemi-Ogunleye": a Nigerian paper's title and honorific)
                    len(core) == 1 and text[start - 2 : start] in ("” ", '" ') and _NICKNAMED.search(
                        text[max(0, start - 60) : start]) is not None):
                strong.add(surname)
                continue
            chunks = text[max(0, start - 60) : start].rsplit(None, 2)  # (the clause's last token: in the last chunk)
            clause_words = _TOKEN.findall(_CLAUSE_SPLIT.split(chunks[-1])[-1]) if chunks else []
            last_word = chunks[-2].lower() if self.lang == "fr" and len(chunks) > 2 and clause_words and people_after(
                chunks[-2], chunks[-1]) else clause_words[-1].lower() if clause_words else ""  # ("le pilier tongien")
            if last_word in _TITLES or (last_word in _SAY and not (self.lang in ("en", "de") and _CLAUSE_VERB.match(
                    text, end)) and not (  # ("said Second Folios rarely appeared": a reported clause's subject)
                    self.lang == "de" and last_word in PARTICLE_CUES and set(PARTICLE_CUES[last_word]).isdisjoint(
                        _TOKEN.findall(text, end, end + 60)))) or (  # ("es gibt Anrufe": no "zu" after; part 37)
                len(core) >= 2 and last_word in _ROLES and last_word not in _ORG_NOUNS and last_word != "rival"
                and self.lang in ("en", "fr")  # (German capitalises the role: it is in the run's prefix)
            ) or (  # "rapper Kanye West", "le politiste Bruno Lefranc": an occupation before a full name
                self._subject_of_verb(end, last_word)
                and not (self.lang == "de" and (len(core) == 1 and self._sentence_initial(start) or clause_words and (
                    _common_noun_after(clause_words))))  # ("und alte Schimpfwörter spricht", "wenige Sätze
                # Zimbrisch spricht": a noun; part 34)
                and not (len(core) == 1 and start < self._title_end)  # ("Field notes on the summit": a title)
                and not (len(core) == 1 and self.lang == "en" and clause_words and clause_words[-1] in (
                    "of", "from", "in", "at"))  # ("Group Village Head Kalinde of Ntchisi said": a place)
                and not (foreign and len(core) == 1 and text.endswith(PLACE_BEFORE, max(0, start - 4), start))
            ) or (  # "One commuter, Sarah Whitley, said", "John Smith, the mayor, said": a full name in apposition
                len(core) >= 2 and text[end : end + 1] == "," and self.lang == "en" and (
                    (text[start - 2 : start] == ", " and self._subject_of_verb(end + 1)) or self._apposed_at(
                        start, end, bool(given_gender(core[0]))) or self._aged_or_who(start, end, prefix, core))
            ) or ((len(core) == 2 or len(core) == 3 and bool(given_gender(core[0]))) and foreign or len(core) >= 2 and (
                    self.lang == "en") and (
                    text[end : end + 1] in ",." or text.startswith((" of ", " at "), end))) and self._after_role(
                    start) or foreign and (len(core) == 2 and _AGED_FULL.match(text, end) or self._role_apposed(
                        end, not (told := given_gender(core[0], self.lang) != "")) and (told or len(core) == 2 and (
                            self.lang == "fr"))) or (  # ("Els Vanderbeken, porte-parole …", "Gilbert Lacoste, 73 ans")
                    len(core) == 2 and self.lang == "en" and not prefix and text.endswith(
                        "-year-old ", max(0, start - 10), start)):  # ("19-year-old Kabwebwe Tioti": part 42)
                strong.add(surname)  # ("lawyer, Ann Roe of …,"; "Die Koordinatorin …, Aino Virtanen"; "…, biologiste")
        firsts: dict[str, int] = {}  # a known given name opening a person's full name -> where first so
        for start, number in zip(cand_starts, cand_split, strict=True):
            prefix, core = splits[number]
            if len(core) > 1 and surnames[number] in strong and number not in places and core[0] not in firsts and (
                    given_gender(core[0], self.lang)) and core[0].lower() not in self._lowered:
                firsts[core[0]] = start
            elif len(core) == 1 and _bare(prefix) and firsts.get(
                    surnames[number], start) < start:  # (also "Und Melanie? Sie …": a conjunction opening the run)
                strong.add(surnames[number])  # "Brian Hollis, 84, …. Last night Brian … said": him (see openers)
        mentions, mention_people = self.mentions, self.mention_people
        persons, families, last_named = self.persons, self.families, self._last_named
        namesakes = _may_differ(identities)
        honorifics = {number: gender for number, (prefix, _) in enumerate(splits)
                      if prefix and (gender := _honorific(prefix))}
        named_as: dict[int, Person] = {}  # split number (a full name of a family) -> the namesake it names
        openers: dict[str, list[Person]] = {}  # the first word of full names -> the persons named so
        # each run's title words as keys (lower case, no full stop), once per run: shared (context only reads them)
        title_keys: dict[int, list[str]] = {}
        live = bytes(surname in strong and number not in places for number, surname in enumerate(surnames))
        in_full = {surnames[number] for number, (_, core) in enumerate(splits) if len(core) > 1} if foreign else set()
        for start, end, number in zip(cand_starts, cand_ends, cand_split, strict=True):
            if not live[number] or (foreign and no_one_here(self.lang, text, start, *splits[number], in_full)) or (
                    single[number] and (_GROUP_AFTER.match(text, end) or self.lang == "en" and given_name_as_noun(
                        text, start, splits[number][0], identities[number][0]))):
                continue  # ("the Rahimi family": no he; "the Bill": no Bill)
            surname, given, suffix = identities[number]
            prefix, core = splits[number]
            if len(core) > 1 and (start < self._title_end and len(surname) > 2 or self._is_lead(core[0])):
                core = [surname] if start < self._title_end else self._without_lead(core, start)
                surname, given, suffix = identity_of(prefix if core is splits[number][1] else [], core)
            elif len(core) > 1 and not prefix and self.lang == "de" and after_german_article(text, start) and not (
                    given_gender(core[0], "de")):  # ("Ganz anders sieht das Mehmet Yıldırım": "das" is the object)
                if german_institution(core[0]):
                    continue  # "von der Universität Göttingen": the institution's name, no one's
                core = core[1:]  # "des Humoristen Loriot": a common noun, then the name
                surname, given, suffix = identity_of([], core)
            if surname not in namesakes:
                # no two names of this surname could be two people (see _may_differ): one person, no given names
                # to keep (most surnames; the index's speed is that of a person per surname)
                person = persons.get(surname)
                if person is None and (alias := _ALIAS_AFTER.match(text, end)) and (named := nicknamed(
                        surname, "f" if alias[1] == "she" else "m", mentions, mention_people, start)):
                    person = persons[surname] = named  # "Dorothy Pengelly, 78, …. Dot, as she is known"
                if len(core) == 1 and _bare(prefix) and len(owners := openers.get(surname, [])) == 1 and (
                        person is None or person.full == surname) and (person or not self._introduced_at(start, end)):
                    person = persons[surname] = owners[0]  # "Kiran Sandhu …. Kiran claims she …": the one person
                    # named in full with it first (an alias key: a name no one has as a surname, or only alone so
                    # far, "his two sons, Lachlan, 44, and James, 43. …. James Murdoch …. James has"; part 32)
                if person is None:
                    person = self._person(surname, given, suffix, start, core, not prefix, "")
            elif surname in families and given and core is splits[number][1] and number in named_as:
                # a full name names the same namesake wherever it stands (see _person): looked for once per name
                person = named_as[number]
                person.named.append(start)
                last_named[surname] = (start, person)
            elif surname in families and not given and not suffix and not (prefix and number in honorifics):
                # a bare surname (most mentions of a family)
                person = self._bare(surname, families[surname], start) or families[surname][0]
            else:
                person = persons.get(surname)
                if surname in families:
                    honorific = honorifics.get(number, "") if prefix else ""
                    person = self._person(surname, given, suffix, start, core, not prefix, honorific)
                    if given and core is splits[number][1] and person.given and not given.isdisjoint(person.given):
                        named_as[number] = person  # (not a word opening a sentence: see _person)
                # the one person of the surname so far, if the name fits them (see _fits)
                elif person is None or (suffix and person.suffix != suffix) or (
                        given and person.given and not given <= person.given and given.isdisjoint(person.given)):
                    person = self._person(surname, given, suffix, start, core, not prefix, "")
                if suffix and not person.suffix and not person.given:
                    person.suffix = suffix
                if given:
                    known = person.given
                    if given <= known or not known or not given.isdisjoint(known):  # (not "Like Corker")
                        person.named.append(start)
                        if surname in families:
                            last_named[surname] = (start, person)
                        if not given <= known and len(known) < _MOST_GIVEN_NAMES:
                            person.given = known | given
            if len(core) > 1 and len(owners := openers.setdefault(core[0], [])) < 2 and person not in owners:
                owners.append(person)  # (who a lone first word may stand for, above: one, or two meaning none)
            if person.seen >= _CONTEXT_MENTIONS:
                if len(core) > person.tokens:
                    person.full, person.tokens = " ".join(core), len(core)
                mentions.append(start)
                mention_people.append(person)
                continue
            keys = title_keys.get(number)
            if keys is None:
                keys = title_keys[number] = [t.rstrip(".").lower() for t in prefix]
            gender = honorifics.get(number, "")  # (the first honorific's gender among ``keys``: _honorific)
            if not gender and len(core) == 1 and surname in aged:
                gender = aged[surname]
            if not gender and len(core) > 1 and not (core[0].lower() in _CORE_PARTICLES and (
                    not person.full.startswith(core[0]))):  # ("Dr Al Mahmood" after "Dr Huda Al Mahmood": a particle
                # of her surname, no given name "Al"; "Al Gore" is one; part 42)
                # "Hillary Clinton": she, not "he"; "Edward Norton Lorenz" (a core cut at two): he; "Marie-Claire": elle
                gender = given_gender(core[0], self.lang) or (
                    given_gender(prefix[0]) if len(prefix) == 1 and prefix[0] not in _PLACES and self.lang == "en"
                    else "")  # (not "Virginia")
            after = text[end : end + 12].lower()
            if after.startswith((" herself", ", herself")):
                gender = "f"
            elif after.startswith((" himself", ", himself")):
                gender = "m"
            elif len(core) == 1 and core[0].endswith("s") and (
                    keys[-1:] == ["the"] or text[max(0, start - 4) : start].lower() == "the "):
                gender = "p"  # "the Lamoureuxs", "the Clintons": a family, never "he" or "she"
            if len(core) > person.tokens:
                person.full, person.tokens = " ".join(core), len(core)
            person.unread.append((start, end, keys))
            person.seen += 1
            if gender and not person.gender:
                person.gender = gender
            mentions.append(start)
            mention_people.append(person)

    def before(self, offset: int, gender: str = "", other: str | None = None, since: int = 0) -> str | None:
        """The most recent person named before ``offset`` (of ``gender`` when known; not ``other``, whose words a nested
        quotation is in, nor one named before ``since``); failing that, the first one named in the next 1,500 characters
        (a standfirst's "he"), or 250 past the standfirst after another's name ("…,” she said. Freya Anderson …")."""
        index = bisect_left(self.mentions, offset) - 1
        floor = max(-1, index - 400, bisect_left(self.mentions, since) - 1)
        while index > floor:
            person = self.mention_people[index]
            if (not gender or _may_be(person, gender)) and person.full != other and not (
                    gender and not person.gender and self._thing_at(self.mentions[index])):
                return person.full
            index -= 1
        index = bisect_left(self.mentions, offset)
        ahead = 250 if index > bisect_left(self.mentions, since) and offset >= self._lead_end else 1500
        while other is None and index < len(self.mentions) and self.mentions[index] < offset + ahead:
            person = self.mention_people[index]
            if not gender or _may_be(person, gender):
                return person.full
            index += 1
        return None

    def most_named(self, offset: int, gender: str) -> str | None:
        """The person of ``gender`` the 200 mentions before ``offset`` name most, at least three times and more than
        anyone else of that gender, or as often and first named in the lede (its first 600 characters): whom an
        article is about ("she once said" in an obituary, part 44; "Isobel Gauld, who has died aged 86, …", part 45)."""
        end = bisect_left(self.mentions, offset)
        window = [person for person in self.mention_people[max(0, end - 200) : end] if person.gender == gender]
        counts, first = Counter(person.full for person in window), {person.full: person.first for person in window}
        ranked = sorted(counts.items(), key=lambda item: (-item[1], first[item[0]]))  # (as often: the first named)
        tied = len(ranked) > 1 and ranked[1][1] == ranked[0][1]
        return ranked[0][0] if ranked and ranked[0][1] >= 3 and (not tied or first[ranked[0][0]] < 600) else None

    def _thing_at(self, at: int) -> bool:
        """English: whether the mention at ``at`` reads as a thing: an article opens it ("The BVI Beacon") or comes
        before it, or "of" after a name (:data:`_THING_BEFORE`), not a role."""
        if self.lang != "en":
            return False
        if self.text.startswith(("The ", "the "), at):
            return True
        found = _THING_BEFORE.search(self.text, max(0, at - 24), at)
        return found is not None and not (found.group("of") and _is_role(found.group("of").lower()))  # (not "Deputy
        # Minister of Environment Lilit Avetisyan")

    def resolve_name(self, tokens: list[str], offset: int) -> str | None:
        tokens = [t for t in tokens if t]
        tokens = tokens[1:] if len(tokens) == 2 and tokens[0] in ("L'", "L’") and tokens[1].isupper() else tokens
        owner = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].endswith(("’s", "'s"))), None)
        last = tokens[-1].rstrip(".").lower() if tokens else ""
        if owner is not None and not (last in _ORG_WORDS or last in _ROLES or last in _TITLES or (
                last.endswith("s") and last[:-1] in _ORG_WORDS)):
            # "RedMonk’s Stephens", "Boston’s Walsh": the speaker is whom the possessive owns ("St. John’s
            # University", "McDonald’s Corp." are one name)
            tokens = tokens[owner + 1 :]
        else:
            owner = None
        if tokens and (_CONTRACTED_PRONOUN.match(tokens[0]) or len(tokens) > 1 and tokens[0] in _STORMS):
            return None  # "I’ve", "They’re": a pronoun, capitalised, is no name; nor is "Storm Bronagh"
        if tokens and len(tokens[-1]) > 2:
            tokens[-1] = tokens[-1].rstrip(".")
        elif len(tokens) == 1 and (alone := self.persons.get(tokens[0])) and tokens[0] not in self.families:
            return alone.full  # "antwortete K.": the one person named with that initial ("Dariusz K.")
        if len(tokens) >= 2 and len(tokens[-1]) > 2 and tokens[-1].isupper() and not tokens[-2].isupper() and (
                person := self.person_of(tokens[:-1], offset)) is not None:
            return person.full  # "erzählt Kowalczyk BILD": the paper he told it, in capitals, is no part of his name
        prefix, core = self.core(tokens)
        if len(core) == 1 and prefix and (at := self.text.find(core[0], offset, offset + 120)) >= 3 and (
                self.text[at - 3 : at - 1] in ("’s", "'s")) and not _CONTRACTED_PRONOUN.match(prefix[-1] + "'s"):
            return None  # "Prime Minister’s Questions": what a titled person owns (the caller dropped the "’s")
        if core:
            person = self.person_of(tokens, offset)
            if (len(core) == 1 and prefix and prefix[-1][:1].isupper() and (
                    prefix[-1].lower() in _PORTFOLIOS or prefix[-1] in ORG_ABBREVIATIONS) and (
                    person is None or person.full == core[0])):  # ("IG Metall"; not "Labour MP Jones", "PC Smith")
                # "Network Rail", "ClearView Health Products": an organisation's word right before a lone word
                # that is no one's full name makes the run an organisation's name (the index may hold the word
                # alone, read from this very run; a person's title stands between: "Health Secretary Hunt")
                start = next((k for k, t in enumerate(prefix) if t.lower() not in _FUNCTION), len(prefix))
                return " ".join(tokens[start:])
            if (len(core) == 1 and (person is None or person.full == core[0] and person.first not in self._introduced)
                    and (by_given := self._by_given_name(core[0], offset))):
                return by_given  # "Sir Lindsay said", "Hillary said": the one person the article names so
            if person is None and len(core) == 1 and (core[0] in _PARTY_WORDS or self.lang == "de" and (
                    core[0] in GERMAN_OPENING_ADVERBS or core[0] in GERMAN_TIMES)):
                return None  # "The Democratic" read as a name: a party's word alone is no one; "Neulich sagte mir"
            if person is None:
                # with the particles that open it, as written ("De Vries", "Le Pen"): the core leaves them out
                particles = tokens[len(prefix) : len(tokens) - len(core)]
                if particles and all(word.lower() in _SURNAME_PARTICLES for word in particles):
                    return " ".join(particles + core)
                return " ".join(core)
            full = person.full  # (the index may hold a name that a possessive opens: "Boston's Walsh")
            return full if owner is None else full.rsplit("’s ", 1)[-1].rsplit("'s ", 1)[-1]
        roles = [t.rstrip(".").lower() for t in tokens if t.rstrip(".").lower() in _ROLES]
        words = [t for t in tokens if t.lower() not in _FUNCTION]
        last = words[-1].rstrip(".").lower() if words else ""
        group = last in _ORG_WORDS or (last.endswith("s") and last[:-1] in _ROLES)  # "Oversight Committee Republicans"
        named = words[0] if len(words) == 2 else ""
        if (named[:1].isupper() and named.lower() not in _ROLES and named.lower() not in _TITLES
                and named.lower() not in _ORG_WORDS and named not in _PLACES and named not in _PLACE_NAMES
                and not named.endswith(("’s", "'s")) and last in _TITLES):
            return " ".join(words)  # "Charlie King said", "Burger King said": a name ending in a title word
        if roles and not (len(words) > 1 and group):
            return self.resolve_role(roles, offset)  # "the President"; not "the Atomic Energy Agency", a name
        if any(map(_is_code, words)) or len(words) == 1 and len(words[0].rstrip(".")) < 2:
            return None  # "EB-5 requires", "F-35": a code, no one's name; a letter neither ("… sur X.")
        return " ".join(words) or None

    def _by_given_name(self, word: str, offset: int) -> str | None:
        """The one person named before ``offset`` whose given name is ``word`` ("Sir Lindsay" after "Sir Lindsay
        Hoyle", "Hillary" after "Hillary Clinton"), when ``word`` is a given name and no one else has it; else
        None. A surname is looked up first (the caller's): "Lindsay Graham … Graham said" is not this."""
        if not given_gender(word):
            return None
        by_given = self._by_given
        if by_given is None:  # (built once: the index is complete by the time names are resolved)
            by_given = self._by_given = {}
            for person in self.everyone:
                if " " in person.full:
                    by_given.setdefault(person.full.split()[0], []).append((person.first, person.full))
        found = {full for first, full in by_given.get(word, ()) if first < offset}
        return found.pop() if len(found) == 1 else None

    def as_signed(self, name: str, offset: int) -> str:
        """A signature's or a transcript label's name ("— West Ham United (@WestHam)", "DOE:"): the person the
        article knows by it, else the name as signed (a club's or a user's display name is no person's name core:
        not "Ham United")."""
        for written in (name, name.title()) if name.isupper() else (name,):  # a transcript's "DOE:" is Jane Doe
            tokens = written.split()
            person = self.person_of(tokens, offset) if self.core(tokens)[1] else None
            if person is not None:
                return person.full
        return name

    def as_label(self, words: list[str], offset: int) -> str:
        """A transcript's label in capitals ("OKAFOR:", "CHAIR LINDA OKAFOR:"): the person the article knows by it
        (:meth:`as_signed`), else a full name with a known given name in ordinary case ("Linda Okafor", its title
        left out), else the label as written ("NATO"); never a role resolved to someone else."""
        label = " ".join(words)
        known = self.as_signed(label, offset)
        if known != label:
            return known
        _, core = self.core(label.title().split())
        if len(core) >= 2 and given_gender(core[0]):
            return self.as_signed(" ".join(core), offset)
        return label
