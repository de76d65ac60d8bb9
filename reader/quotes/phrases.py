"""Noun phrases around a cue verb: the noun phrase that ends at a token (a name, a pronoun, a role description), which
the subject before the verb is read back to (:mod:`reader.quotes.subjects_before`, split out of this module at 535
lines; a main clause's subject is :mod:`reader.quotes.subjects`'s). A mixin of :mod:`reader.quotes.speakers`: it
reads tokens of the article's text and asks :class:`reader.quotes.people.People` who a name, a pronoun or a role
is; it knows nothing about quotations."""

from __future__ import annotations

from reader.quotes.acronyms import title_holder
from reader.quotes.descriptions import (
    AGED_NOUN_DE,
    DEMONYM_ARTICLES,
    _as_written,
    _bare_plural,
    _is_role,
    _partitive_back,
    person_demonym,
)
from reader.quotes.french_bodies import french_complement
from reader.quotes.more_words import AUTHORED_DOCUMENTS, POSSESSIVES_DE_FR
from reader.quotes.names import _POSSESSIVE
from reader.quotes.organisation_spans import (
    _NAME_JOINS,
    _member_of,
    _organisation_after_the,
    _organisation_span,
    _role_after,
)
from reader.quotes.people import People
from reader.quotes.subjects_before import SubjectsBefore
from reader.quotes.token_shapes import _words_of
from reader.quotes.token_windows import (
    _LINKS,
    _ampersand,
    _elided_pronoun,
    _plural_head,
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
    _NATIONS,
    _OF_HEADS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PARTY_WORDS,
    _PLACES,
    _PREPOSITIONS,
    _PRONOUNS,
    _ROLES,
    _SOME,
    _TITLES,
)


class NounPhrases(SubjectsBefore):
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
        if self.lang == "en" and j >= 3 and tokens[j - 1][0] == "from" and tokens[j - 2][0].endswith("-year-old") and (
                word[:1].isupper() and tokens[j - 3][0].lower() == "the"):  # "the 26-year-old from Welkom said": the
            return self._aged(tokens[j - 2][0].split("-")[0], offset), "description"  # age, not the town (part 45)
        if key.endswith("-year-old") and j >= 1 and tokens[j - 1][0].lower() == "the" and self.lang == "en":
            return self._aged(key.split("-")[0], offset), "description"  # "“…,” the 44-year-old said"
        if self.lang == "de" and j >= 1 and (article := tokens[j - 1][0].lower()) in ("der", "die") and (
                AGED_NOUN_DE.fullmatch(word)):  # "Die 47-Jährige sprach von einer „…“" (part 45)
            return self._aged_german(word.split("-")[0], "m" if article == "der" else "f", offset), "description"
        if word == "I" and self.lang == "en" and not (j + 1 < len(tokens) and tokens[j + 1][0] == "."):
            return None, "pronoun"  # "Now I have family physicians calling me": the speaker, not "Now I" (part 38)
        if word in ("Mine", "Yours", "Hers", "Ours", "Theirs") and self.lang == "en":
            return None, "pronoun"  # "Mine says ‘too much sugar, Stan’": a copy of something, no one (part 41)
        if word[:1].isupper() or (word == "." and j > 0 and len(tokens[j - 1][0]) <= 4):
            run: list[str] = []
            k = j
            while k >= 0:
                tok = tokens[k][0]
                if tok == "." and k > 0 and tokens[k - 1][0][:1].isupper() and (
                        len(tokens[k - 1][0]) <= (4 if self.lang == "en" else 2)
                        or tokens[k - 1][0].lower() in _ABBREVIATIONS) and tokens[k - 1][0] not in (
                            "May", "June", "July"):  # (a month ends its sentence: "in May. Transnet …", part 43)
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
            if len(run) == 2 and run[1] in _NATIONS and run[0].isupper() and len(run[0]) > 1:
                return " ".join(run), "name"  # "RSPB Scotland said", "NHS England": a body's national arm (part 43)
            if (self.lang == "en" and len(run) == 1 and k >= 0 and tokens[k][0].lower() == "the" and run[0].isupper()
                    and (holder := title_holder(self.text, run[0], offset))):
                return self.people.resolve_name(holder.split(), offset) or holder, "name"  # "the DPP asked" after
                # "Deputy Public Prosecutor Nurul Ain Zulkifli" (part 41)
            if (self.lang == "fr" and len(run) == 1 and run[0].isupper() and 2 <= len(run[0]) <= 5 and k >= 1
                    and tokens[k][0].islower() and _is_role(tokens[k][0]) and (elected := self._description(
                        [tokens[k - 1][0], tokens[k][0]], tokens[k - 1][1]))):
                return elected, "description"  # "L’élu PLR juge …": the role, the party its modifier (part 41)
            if (self.lang == "en" and len(run) == 1 and k >= 1 and tokens[k][0] in ("elder", "younger")
                    and (relative := self.people.relative(run[0], offset, tokens[k][0] == "elder")) is not None):
                return relative.full, "name"  # "the elder Cruz told the crowd": the father, not the senator
            if (self.lang == "en" and len(run) == 1 and run[0] in _DEMONYMS and k >= 1
                    and tokens[k][0].endswith("-year-old") and tokens[k - 1][0].lower() == "the"):
                return self._antecedent(offset, ""), "description"  # "the 22-year-old American said": as "she"
            if ((len(run) == 1 and k >= 0 and tokens[k][0] in DEMONYM_ARTICLES or len(run) == 2 and run[0] in (
                    "Le", "La", "The", "Der", "Die", "L'", "L’")) and person_demonym(run[-1], self.lang, (
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
                member = _member_of(tokens, k)  # "Sarah Smith of the Department of Health and Human Services"
                named = (self.people.resolve_name(_run_words(member), member[0][1])
                         if member and len(self.people.core(_run_words(member))[1]) >= 2 else None)  # (a name of
                # two words or more: not "The Secretary", "Regents", "Technology Directorate"; before the body's
                # name, who speaks for it: "Major Karim Sobhy of the Tourism and Antiquities Police", part 43)
                if named is not None:
                    return named, "name"
                span = _organisation_span(tokens, j)  # "the Joint Committee on Intelligence and Security"
                if span is not None and not _role_after(tokens, span[1]):
                    return self.text[tokens[span[0]][1] : offset + len(word)], "name"
                if tokens[k][0] == "and" and (pair := self._two_people(tokens, k, run)) is not None:
                    return pair, "name"
            the = next((m for m in range(k - 1, max(0, k - 6), -1) if tokens[m][0] == "the"), -1) if (
                self.lang == "en" and k >= 3 and tokens[k][0].lower() in _ORG_NOUNS) else -1
            if the >= 2 and tokens[the - 1][0] == "of" and tokens[the - 2][0][:1].isupper() and all(
                    t in ("’", "'") or t.islower() and t.replace("’", "").replace("'", "").replace("-", "").isalpha()
                    for t, _ in tokens[the + 1 : k]):
                k = the - 1  # "Ben Whitaker of the firm Whitaker Ross said", "Nirmala Gurung of the migrant workers’
                # support group Solidarity Lab said": the person, as "of Oklahoma" below (modifiers: part 38)
            elif self.lang == "en" and k >= 2 and tokens[k][0] == "the" and tokens[k - 1][0] == "of" and (
                    tokens[k - 2][0][:1].isupper()):
                k -= 1  # "the Leader of the Opposition accused": read as "of Oklahoma" below, not "Opposition"
            if (self.lang == "en" and k >= 4 and tokens[k][0] in ("of", "from") and tokens[k - 1][0] == ")"
                    and tokens[k - 2][0].isdigit() and tokens[k - 3][0] == "(" and tokens[k - 4][0][:1].isupper()
                    and (aged := self._noun_phrase_back(tokens, k - 4)) and aged[0] and aged[1] == "name"):
                return aged  # "Mrs Sithembile Nkomo (56) of Pumula South said": her, not the suburb (part 38)
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
            if self.lang == "de" and ((len(run) >= 2 and (run[-2].lower() in _GERMAN_ARTICLES or len(run) == 2 and (
                    run[0].lower() in POSSESSIVES_DE_FR)) and not (
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
        raise NotImplementedError  # (AgesAndDemonyms')

    def _aged_german(self, age: str, gender: str, offset: int) -> str | None:
        raise NotImplementedError  # (AgesAndDemonyms')

    def _one_of_a_people(self, offset: int, article: str) -> str | None:
        raise NotImplementedError  # whom "the Scot" stands for (AgesAndDemonyms')

    def _document_author(self, offset: int, noun: str) -> str | None:
        raise NotImplementedError  # (Subjects')

    def _message_sender(self, offset: int) -> str | None:
        raise NotImplementedError  # (Subjects')

    def _apposed_name(self, tokens: list[tuple[str, int]], m: int) -> str | None:
        raise NotImplementedError  # the name a description is in apposition to (Subjects')
