"""Who holds a role: the half of :class:`reader.quotes.people.People` that matches a role description ("the
senator", "der Angeklagte", "la maire") to the person it stands for, by the words read around each person's first
mentions (titles, roles, appositives: :meth:`RoleHolders.context`). Pure Python."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _article_gender, _is_role, role_before_name
from reader.quotes.more_words import GERMAN_ROLE_COMPOUNDS, ROLE_SYNONYMS, SYNONYM_GENDERS
from reader.quotes.name_evidence import _APPOSITIVE, _ASIDE_BEFORE, _CLAUSE_SPLIT
from reader.quotes.names import _TOKEN
from reader.quotes.role_mentions import AGE_APPOSITIVE
from reader.quotes.words import _DETERMINERS, _FUNCTION, _HONORIFICS, _PREPOSITIONS, _SAY, _STAFF_ROLES

if TYPE_CHECKING:
    from array import array

    from reader.quotes.namesakes import Person

_NOT_BEFORE = _PREPOSITIONS | _SAY | frozenset("""and or than that as pour par avec contre chez sur sans envers et ou
    que mit für gegen bei nach aus über und oder""".split())
"""Words that end the noun phrase before a mention ("The Newcastle manager reserved praise for | Isak"); so does
"de" or "von" unless a role owns it (:data:`_OWNER_BEFORE`: "le meurtre de | Paul Morel", not "le président de")."""
_OWNER_BEFORE = frozenset("de du des d d' d’ von vom".split())  # ("d": the tokens split "d’")
_PAST = re.compile(r"[a-z]{3,}ed")  # (a verb ends it too: "Judge Corrigan preferred Mr | Echeverría's account"; asked
# only of a word ending in "ed", a look at C speed)
_NOT_BEFORE_OR_OWNER = _NOT_BEFORE | _OWNER_BEFORE
_NO_APPOSITIVE = frozenset("to this these that ce cet cette ces dieser diese dieses ne se".split())
"""First words of what follows a name's comma that is no appositive (a demonstrative, an infinitive's "to"; a French
verb's negation or its reflexive pronoun, the sentence going on: "son fils, Bernard Ménard, ne quitte pas le
prévenu des yeux" does not make him the defendant, part 40)."""
_SPELLED_OUT = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
                "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "atty": "attorney",
                "supt": "superintendent", "pres": "president", "amb": "ambassador", "cmdr": "commander"}
"""Title abbreviations and the role words a description uses for them ("Gov. Chris Christie": the governor)."""


_COMPOUND_HEADS = frozenset(GERMAN_ROLE_COMPOUNDS + ("minister", "ministerin", "chef", "chefin"))
"""German roles a compound holds ("Staatspräsident": "der Präsident"), not all ("Staatsanwalt" is no "Anwalt")."""


_FINITE_AUXILIARIES = frozenset("a avait est était ont sont hat hatte ist war has had is was".split())
"""Finite verbs right after a role: the role is the sentence's subject, not an apposition to the name before."""


class RoleHolders:
    """Role descriptions resolved against the people index (state set by :class:`reader.quotes.people.People`)."""

    text: str
    lang: str
    mentions: array[int]
    mention_people: list[Person]
    everyone: list[Person]
    _order: list[Person] | None
    _firsts: list[int]

    def before(self, offset: int, gender: str = "", other: str | None = None, since: int = 0) -> str | None:
        raise NotImplementedError  # (People's)

    def named(self, full: str) -> Person | None:
        raise NotImplementedError  # (Namesakes', before this class in People's bases)

    def context(self, person: Person) -> set[str]:
        """The words around a person's first mentions (titles, roles, appositives) that a role description is
        matched against. Read when first asked: only people near a description ever are."""
        unread = person.unread
        if unread:
            text, words, starts = self.text, person.words, person.word_starts
            for start, end, keys in unread:
                known = len(words)
                before = text[max(0, start - 80) : start]  # (an aside is in brackets: none, no regex to run)
                pieces = _CLAUSE_SPLIT.split(_ASIDE_BEFORE.sub("", before) if "(" in before else before)
                clause = _TOKEN.findall(pieces[-1])[-6:]
                if len(pieces) > 1 and before.rstrip().endswith(",") and all(  # "Le maire, Paul Lemoine,"; "the
                        w.rstrip(".").lower() in _HONORIFICS or w == "." for w in clause):  # Commissioner for Health,
                    clause += role_before_name(_TOKEN.findall(pieces[-2]), self.lang, _NOT_BEFORE_OR_OWNER)  # Dr. …"
                cut = len(clause) - 1  # (the last word that ends the noun phrase before the mention, or -1)
                while cut >= 0 and not (clause[cut] in _NOT_BEFORE or clause[cut].endswith("ed") and _PAST.fullmatch(
                        clause[cut]) or (
                        clause[cut] in _OWNER_BEFORE and cut and not _is_role(clause[cut - 1].lower()))):
                    cut -= 1
                words.update(map(str.lower, clause[cut + 1 :]))  # ("… praise for | Isak": not his titles)
                if self.lang == "fr":  # ("L’abbé Benoît Kalonji": "abbé", without its elided article; part 41)
                    words.update(w[2:].lower() for w in clause[cut + 1 :] if w[1:2] in ("’", "'") and len(w) > 3)
                if keys:
                    words.update(keys)
                    words.update(_SPELLED_OUT[key] for key in keys if key in _SPELLED_OUT)  # "Gov." is a governor
                appositive = _APPOSITIVE.match(text, end, end + 90)
                if appositive and AGE_APPOSITIVE.fullmatch(appositive.group(1)):  # "Gérard Le Nédélec, 63 ans,
                    appositive = _APPOSITIVE.match(text, appositive.end(), appositive.end() + 90)  # ancien trésorier"
                aside = _TOKEN.findall(appositive.group(1))[:8] if appositive else []
                closed = appositive is None or text[appositive.end() : appositive.end() + 1] == ","
                if aside and (aside[0].lower() in _NO_APPOSITIVE or aside[0].startswith(("n'", "n’", "s'", "s’")) or (
                        not closed and any(w in _FINITE_AUXILIARIES for w in aside[1:4])) or (  # ("… visant le fils
                        len(aside) > 1 and aside[1] in ("qui", "whom", "lequel", "laquelle"))):  # de Jeanine, la
                    # prévenue a parlé": the sentence's subject after an opening phrase; "Me Caroline Brasseur, pour
                    # qui la prévenue a exploité …": a relative clause; no apposition either, part 43)
                    aside = []  # the sentence going on: "Pour le procureur, Olivier Bénard, ce dossier dépasse le cas
                    # du prévenu" (part 34)
                if aside and not (aside[0].lower() in ("the", "a", "an") and any(w.lower() in _SAY for w in aside)):
                    # (not "in Flynn, the press secretary said": a description that is its verb's subject)
                    words.update(w.lower() for w in aside)
                if len(words) > known:
                    for word in words.difference(starts):
                        starts[word] = start
            unread.clear()
        return person.words

    def hold(self, full: str, roles: Sequence[str]) -> None:
        """Remember that ``full`` was found to hold ``roles`` where a description was resolved to them: the same
        role said later, when no one's own words hold it, is the same person ("erzählt der rüstige Pensionist"
        after "Ferdinand H. (78)", then "stellt der Pensionist klar" past the mayor's words; part 39). Kept apart
        from the words around their mentions, which a title said of someone else beats."""
        person = self.named(full)
        if person is not None:
            person.held.update(roles)

    def resolve_role(self, roles: list[str], offset: int, words: Sequence[str] = (),
                     last: Callable[[int], str | None] | None = None) -> str | None:
        """The person a role description stands for: the best title match among people named before ``offset``
        (the most recent on a tie), else the first named after it (within :data:`_ROLE_AHEAD` characters), else
        ``last``'s answer ("": no one), else the most recent person (None for a staff role: a spokesman's)."""
        exact = set(roles)
        wanted = exact.union(*(ROLE_SYNONYMS.get(role, ()) for role in roles))  # ("l’élu": the mayor)
        synonyms = len(wanted) > len(exact)
        told = next((SYNONYM_GENDERS[r] for r in roles if r in SYNONYM_GENDERS), "") or (
            _article_gender(words[0].lower(), roles[-1]) if words and roles and self.lang != "en" else "")
        unlike = {"m": "f", "f": "m"}.get(told, "-")
        content = {w.lower() for w in words if w.lower() not in _FUNCTION and w.lower() not in _DETERMINERS} | wanted
        best: tuple[int, str] | None = None
        resolved_before: str | None = None  # (the most recent person a description of the role was resolved to)
        german = self.lang == "de" and all(role in _COMPOUND_HEADS for role in wanted)  # (a compound's head:
        heads = tuple(wanted) if german else ()  # "Staatspräsident" holds "der Präsident"; part 33)
        end = bisect_left(self.mentions, offset)
        text, reach = self.text, offset + _SAID_LATER  # (where a role word said later counts again)
        later = len(text) if self.lang != "en" else min(
            (at for at in (text.find(". ", offset, reach), text.find("\n", offset, reach)) if at >= 0), default=reach)
        # the last 399 mentions (bounded: linear on big documents), each person once, most recent first (a
        # person is keyed by surname); on a tie of scores the most recent wins
        for person in dict.fromkeys(reversed(self.mention_people[max(0, end - 399) : end])):
            # "Stephen King" is no king: the word is his name ("Burger King said" is not his); asked after the
            # context when it is read (most people's has none of the words)
            if person.unread:
                if person.surname.lower() in wanted or person.surname.lower()[:-1] in wanted:
                    continue  # (nor "Voyageurs" of "SNCF Voyageurs" a "voyageur"; part 42)
                context = self.context(person)
            else:
                context = person.words  # (read: no call)
            if resolved_before is None and person.held and person.gender != unlike and not person.held.isdisjoint(
                    wanted) and self.lang != "en":  # (English: a guess there was a guess again; "the commissioner")
                resolved_before = person.full
            held = wanted & context or (german and {word for word in context if word.endswith(heads)})
            if held and person.surname.lower() not in wanted and person.gender != unlike and (
                    not offset <= min(person.word_starts.get(word, 0) for word in held) < later):
                # (a role first said of them after the description is not what it points back to: "„…“ Der
                # Angeklagte schwieg" before "Der zweite Angeklagte Fabian W."; in English, in its own sentence
                # only, "the GOP front-runner said Democratic front-runner Clinton …": a title said later is still
                # theirs, "“…,” the head teacher said.¶Jones, who became head teacher in 2014, …")
                score = len(content & context) + (100 if synonyms and not exact.isdisjoint(context) else 0)
                if best is None or score > best[0]:  # (a role held as said beats a synonym's: "Judge Walsh" is "the
                    # judge", not a Justice named since; part 33)
                    best = (score, person.full)
        if best is not None:
            return best[1]
        # the first person named after ``offset`` whose titles fit: persons are in the order of their first
        # mention, so a bisection finds where to start instead of looking at everyone on each call
        order = self._order
        if order is None:
            order = self._order = self.everyone
            self._firsts = [person.first for person in order]
        for person in order[bisect_right(self._firsts, offset) :]:
            if person.first > offset + _ROLE_AHEAD:
                break
            between = self.text[offset : person.first]
            if " told " in between and not any(mark in between for mark in ".!?\n"):
                continue  # the object of the description's own verb ("“…,” the singer told Rolling Stone")
            if not exact.isdisjoint(self.context(person)):  # (a synonym points back, never ahead: "l’ancien
                return person.full  # patron" is not "Le président de la Ville" named later; part 34)
        if resolved_before is not None:
            return resolved_before
        if wanted <= _STAFF_ROLES:
            return None
        found = last(offset) if last is not None else None
        return self.before(offset) if found is None else (found or None)


def held_only(offset: int) -> str:
    """A ``last`` for :meth:`People.resolve_role` that knows no one fits: no fallback ("ce diplomate")."""
    return ""


_SAID_LATER = 300
"""English: how far after a description, at most, a role word first said of someone in its sentence keeps it from
pointing back to them."""
_ROLE_AHEAD = 20_000
"""How far after a role description :meth:`People.resolve_role` looks for the person it introduces ("The senator
… Senator Jane Doe said"): an article's length (unbounded, it read around every later person's first mentions)."""
