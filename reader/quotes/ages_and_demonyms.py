"""Whom a description by age or by a people's word stands for, as a cue verb's subject: "the 19-year-old" (the
person named with that age, else whom "she" would be), German "der 34-Jährige" (the person last named with it), "the
Scot" or "la Savoyarde" (the person the article introduced with that word, else whom "he" or "she" would be). A mixin
of :class:`reader.quotes.speakers.Attributor` under :class:`reader.quotes.inverted_subjects.InvertedSubjects` (split
out of it, over 500 lines), over :class:`reader.quotes.pronouns.Pronouns`. No Textual or Rich import here."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque

from reader.quotes.descriptions import DEMONYM_ARTICLES
from reader.quotes.pronouns import Pronouns


def _named_with_age(text: str, age: str, offset: int) -> list[str] | None:
    """The words of the last full name written with ``age`` after it ("Emma Reid, 19,") before ``offset``."""
    if text.find(f", {age},", max(0, offset - 3000), offset) < 0:
        return None  # (no such age: a look at C speed, no pattern to build)
    found = deque(re.finditer(rf"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}}), {re.escape(age)},",
                              text[max(0, offset - 3000) : offset]), maxlen=1)
    return found[0].group(1).split() if found else None


_NAMED_AFTER = 160
"""How far after "der 28-Jährige" the one it stands for may be named, when its paragraph named no one before it."""


class AgesAndDemonyms(Pronouns):
    """Descriptions by age or by a people's word, resolved (see the module)."""

    def _aged(self, age: str, offset: int) -> str | None:
        """English: whom "the 19-year-old" at ``offset`` stands for: the person named with that age ("Emma Reid,
        19,"), else whom "she" would be, but never a plural: "Opponents, led by scallop farmer Ryota Fujimoto, said
        …. “…,” the 44-year-old said" is the most recent person named, Fujimoto."""
        of_age = _named_with_age(self.text, age, offset)
        if of_age:
            return self.people.resolve_name(of_age, offset)
        introduced = deque(re.finditer(rf"\b[Aa]n? {re.escape(age)}-year-old(?: (?!who|which|that)[a-z]+){{0,2}}",
                                       self.text[max(0, offset - 1500) : offset]), maxlen=1) if self.text.find(
            f" {age}-year-old", max(0, offset - 1500), offset) >= 0 else None  # (the age first, at C speed)
        if introduced:  # "A 44-year-old woman who lives next door called 999. “…,” the 44-year-old said": as written
            return introduced[0].group()
        found = self._antecedent(offset, "")
        if found and " " not in found and found.endswith("s") and found.lower() in self.lowered:
            return self.people.before(offset)
        return found

    def _aged_german(self, age: str, gender: str, offset: int) -> str | None:
        """German: whom "der 34-Jährige" or "die 29-Jährige" at ``offset`` stands for, as :meth:`_aged` in English:
        the person last named with that age ("Kapitän Malte Behrens (29)", "die 29-jährige Anna Schulz"), else
        whom "er" or "sie" would be (German names someone again by age just after naming them)."""
        name = r"([A-ZÄÖÜ][\w’'-]+(?: [A-ZÄÖÜ][\w’'-]+){0,2})"
        floor = max(0, offset - 3000)
        found = deque(re.finditer(rf"{name} \({age}\)|{name}, {age},|\b(eine[mnr]?|ein) {age}-jährige[nr]?|"
                                  rf"\b{age}-jährige[rn]? {name}", self.text[floor:offset]), maxlen=1)
        people = self.people
        if found and found[0].group(3):  # "der Prozess gegen einen 31-jährigen Mann …. Die Staatsanwaltschaft wirft
            at = bisect_left(people.mentions, floor + found[0].end())  # Dennis K. … vor": the first person named in
            if at < len(people.mentions) and people.mentions[at] < min(offset, floor + found[0].end() + 400) and (
                    people.mention_people[at].gender in ("", gender)):  # the next 400 characters, of that gender
                return people.mention_people[at].full
        words = next((group for group in found[0].groups() if group), "").split() if found else []
        named = people.resolve_name(words, offset) if words and words[-1] in people.persons else None
        person = people.named(named) if named else None  # (a known person's: not "einen 31-jährigen Mann"; of the
        if named and (person is None or person.gender in ("", gender)):  # article's gender: "die 29-Jährige" is
            return named  # not "Malte Behrens (29)", whom "sie" would be then)
        block, at = bisect_left(people.mentions, self._block_start(offset)), bisect_left(people.mentions, offset)
        if at < len(people.mentions) and people.mentions[at] < offset + _NAMED_AFTER and not any(
                people.mention_people[k].gender in ("", gender) for k in range(block, at)) and (
                people.mention_people[at].gender == gender):
            return people.mention_people[at].full  # "„…“ Mit diesen Worten beginnt der 28-Jährige seine Aussage.
            # Maximilian R., IT-Berater …": no one of the gender named before in its paragraph, the one named just
            # after (part 42)
        return self._antecedent(offset, gender)

    def _one_of_a_people(self, offset: int, article: str) -> str | None:
        """Whom "the Scot" or "la Savoyarde" (:func:`~reader.quotes.descriptions.person_demonym`) at ``offset``
        stands for: the person the article introduced with that word ("le Danois Loïc Kjærgaard", "Indonesian Jonatan
        Christie"), else whom "he" or "she" would (in French, of the article's gender; "l’" tells none: no one). In
        English, not when it opens a sentence ("The Indonesian, who …, said"): a sports report's rival or coach is as
        often the last person named (part 31's review), so no guess there."""
        demonym = self.text[offset : offset + 40].split(None, 1)[0].rstrip(",.;:")
        if self.lang != "en" and demonym in _NEWSPAPER_DEMONYMS:
            return f"{article.capitalize()} {demonym}"  # ("Le Parisien, qui a révélé l’affaire": the newspaper)
        if introduced := self._introduced_with(demonym, offset):  # "le Danois Loïc Kjærgaard" named before: "Le
            return introduced  # Danois, lui, a reconnu …" is he
        if self.lang == "en":
            return None if self.text[max(0, offset - 4) : offset] == "The " else self._antecedent(offset, "")
        gender = DEMONYM_ARTICLES.get(article, "") or (_elided_demonym_gender(demonym) if article in ("l'", "l’")
                                                        else "")  # ("a reconnu l'Albenassien": by its ending; 41)
        return self._first_named(offset, gender) if gender else None

    def _introduced_with(self, demonym: str, offset: int) -> str | None:
        """The person named right after ``demonym`` last in the 5,000 characters before ``offset`` ("Indonesian
        Jonatan Christie"), read back occurrence by occurrence (at most 12: bounded on a file that repeats it)."""
        floor, at = max(0, offset - 5000), offset
        for _ in range(12):
            at = self.text.rfind(demonym + " ", floor, at)
            if at < 0:
                return None
            if (at == 0 or not self.text[at - 1].isalnum()) and (
                    named := _NAME_AFTER_DEMONYM.match(self.text, at + len(demonym) + 1, offset)) and (
                    (found := self.people.resolve_name(named.group().split(), offset)) and (
                        " " in found or self.people.named(found))):
                return found  # (a full name or a person the article names: not the place a German adjective
                # qualifies, "im Tiroler Ötztal", part 40)
        return None


_NAME_AFTER_DEMONYM = re.compile(r"(?:[A-ZÀ-Ö][\w’'-]+ ){0,2}[A-ZÀ-Ö][\w’'-]+")
"""A name of one to three capitalised words (after a people's word: "le Danois Loïc Kjærgaard")."""
_NEWSPAPER_DEMONYMS = frozenset("Parisien Républicain Provençal Dauphiné".split())
"""French demonyms that name a newspaper after "Le" ("Le Parisien"): kept as written, never the person of that
place named before."""


def _elided_demonym_gender(demonym: str) -> str:
    """The gender a French demonym's ending tells after "l’", which tells none ("l’Albenassienne", "l’Albenassien")."""
    word = demonym.lower()
    if word.endswith(("ienne", "aise", "oise", "éenne", "arde", "caine")):
        return "f"
    return "m" if word.endswith(("ien", "ais", "ois", "éen", "ard", "cain")) else ""
