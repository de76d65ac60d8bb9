"""The person or organisation a place complements, read back from the preposition before the place: the person
named before it ("G.K. Butterfield | of North Carolina"), an organisation's or a title's whole name with its place as
written ("the State of Israel", "the Secretary of State of Ohio"), or the role the place complements ("The senator |
from Vermont", "Officials | in Iraq"), resolved or as written. The lowest mixin of
:class:`reader.quotes.speakers.Attributor`, under :class:`reader.quotes.role_phrases.RolePhrases` (split out of it,
over 500 lines). No Textual or Rich import here."""

from __future__ import annotations

from reader.quotes.descriptions import _as_written, _is_role
from reader.quotes.people import People
from reader.quotes.sentence_bounds import SentenceBounds
from reader.quotes.speaker_kinds import Described
from reader.quotes.words import (
    _ABBREVIATIONS,
    _CONJUNCTIONS,
    _DAYS,
    _DETERMINERS,
    _FUNCTION,
    _INTRODUCERS,
    _OF_HEADS,
    _ORG_WORDS,
    _ROLES,
    _TITLES,
)


class PlaceComplements(SentenceBounds):
    """Whom the words before a place's preposition name or describe (see the module)."""

    people: People

    def _noun_phrase_back(self, tokens: list[tuple[str, int]], j: int) -> tuple[str | None, str] | None:
        raise NotImplementedError  # (NounPhrases')

    def _person_before(self, tokens: list[tuple[str, int]], k: int) -> tuple[str | None, str] | None:
        """The person named by the capitalised words before the preposition at ``k`` ("G.K. Butterfield | of
        North Carolina"); when they hold an organisation's or a title's word, or are one word naming nobody the
        article knows, the whole name with its place as written ("the State of Israel", "the Republican Party of
        Wyoming", "the Secretary of State of Ohio"; a title's is a description, so a name in apposition wins:
        "the Mayor of London, Sadiq Khan, said"); None when nothing names anyone, or when the name is the
        complement of a role before it ("a spokeswoman for the Republican Party of Virginia": the older reading
        keeps the spokeswoman)."""
        start = k - 1
        while start > 0:
            before = tokens[start - 1][0]
            key = before.lower()
            if before == "of" and start >= 2 and tokens[start - 2][0][:1].isupper():
                start -= 1  # ("the Secretary of State of Ohio")
            elif key in _FUNCTION or key in _DAYS or key in _CONJUNCTIONS or key in _INTRODUCERS:
                break  # "The", "But", "On Tuesday": the sentence's opening, not the name's
            elif before == "." and start >= 2 and (len(tokens[start - 2][0]) == 1
                                                   or tokens[start - 2][0].lower() in _ABBREVIATIONS):
                start -= 1  # an initial or an abbreviation's full stop ("G.K. Butterfield"), not a sentence's end
            elif before[:1].isupper():
                start -= 1
            else:
                break
        if start >= k or not tokens[start][0][:1].isupper():
            return None
        keys = [t.rstrip(".").lower() for t, _ in tokens[start:k] if t not in (".", "of")]
        inner_of = any(t == "of" for t, _ in tokens[start:k])
        head = keys[-1] if keys else ""
        # a title heading the name ("the Mayor of London", "the Secretary of State of Ohio"), not one before a
        # person's name ("Chairman G.K. Butterfield of North Carolina": the person)
        title = head in _TITLES or (inner_of and keys[0] in _TITLES)
        if title or head in _ORG_WORDS or head in _OF_HEADS or (
                len(keys) == 1 and tokens[start][0] not in self.people.persons):
            if start >= 2 and tokens[start - 1][0].lower() == "the" and (
                    tokens[start - 2][0].lower() in ("for", "of", "at", "with", "from")):
                # "a spokeswoman for the Republican Party of Virginia": the role the name complements
                found = self._noun_phrase_back(tokens, k - 1)
                return found if found is not None and found[0] else None
            end = k + 1
            while end < len(tokens) and (tokens[end][0][:1].isupper() or tokens[end][0] == "the"):
                end += 1
            if end == k + 1 or tokens[end - 1][0] == "the":
                return None
            written = self.text[tokens[start][1] : tokens[end - 1][1] + len(tokens[end - 1][0])]
            return written, "description" if title else "name"
        found = self._noun_phrase_back(tokens, k - 1)
        return found if found is not None and found[0] and found[1] == "name" else None

    def _place_complement(self, tokens: list[tuple[str, int]], k: int, j: int) -> tuple[str | None, str] | None:
        """The description a place complements ("The senator | from Vermont", "the governor of Texas"; ``k`` the
        preposition, ``j`` the place's last token), resolved or as written; None without a determiner before
        the role within a few words. Unresolved, it is kept as written: the place alone was the speaker before.
        """
        role = tokens[k - 1][0].lower()
        if not _is_role(role):
            return None
        d = k - 1
        while d > 0 and k - d < 4 and tokens[d - 1][0].isalpha() and tokens[d - 1][0].lower() not in _DETERMINERS:
            d -= 1
        if d > 0 and tokens[d - 1][0].lower() in _DETERMINERS:
            d -= 1
        elif role not in _ROLES:  # a bare plural: "Officials in Iraq said", "Trump supporters in Iowa said"
            d = k - 1
            while d > 0 and tokens[d - 1][0][:1].isupper() and not self._opens_sentence(tokens, d - 1):
                d -= 1
        else:
            return None
        words = [t for t, _ in tokens[d : j + 1]]
        described = self._description(words, tokens[d][1])
        person = self.people.named(str(described)) if isinstance(described, Described) else None
        fitting = {role, role[:-1], *(t.lower() for t, _ in tokens[k + 1 : j + 1])}
        if person is not None and self.people.context(person).isdisjoint(fitting):
            described = None  # the last person named, not one the role or the place fits: as written
        return described or _as_written(words) or None, "description"

    def _description(self, words: list[str], offset: int, guess: bool = True) -> str | None:
        raise NotImplementedError  # (RolePhrases')

    def _opens_sentence(self, tokens: list[tuple[str, int]], m: int) -> bool:
        raise NotImplementedError  # (RolePhrases')
