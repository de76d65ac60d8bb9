"""Role descriptions and groups as the speaker: a description resolved to the person it stands for or kept as
written ("the incumbent president", "a reporter", "The senator from Vermont"), a group ("Trump supporters"), and
the words that open a sentence rather than a name. The lowest mixin of :class:`reader.quotes.speakers.Attributor`
under :class:`reader.quotes.phrases.NounPhrases` (split out of it, over 500 lines). No Textual or Rich import
here.
"""

from __future__ import annotations

from reader.quotes.descriptions import _as_written, _is_role
from reader.quotes.people import Described, People
from reader.quotes.sentence_bounds import SentenceBounds
from reader.quotes.words import (
    _AMOUNTS,
    _COMPLEMENTS,
    _CONJUNCTIONS,
    _DAYS,
    _DETERMINERS,
    _FUNCTION,
    _INDEFINITE,
    _INTRODUCERS,
    _ORG_NOUNS,
    _PERSON_NOUNS,
    _ROLES,
    _SOME,
)


class RolePhrases(SentenceBounds):
    """Descriptions and groups read from tokens (see the module)."""

    text: str
    lang: str
    people: People
    lowered: set[str]

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

    def _group(self, tokens: list[tuple[str, int]], j: int, floor: int) -> str:
        """The group a plural noun for people at ``j`` heads, as written, from the capitalised words before it
        (not past ``floor`` nor words that open the sentence) and an amount before them: "Trump supporters",
        "several Twitter users". A group is no one person, so it is never resolved."""
        first = j - 1
        while first > floor and tokens[first - 1][0][:1].isupper() and not self._opens_sentence(tokens, first - 1):
            first -= 1
        if first > floor and tokens[first - 1][0].lower() in _AMOUNTS:
            first -= 1
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
        return initial and (key in self.lowered or (
            self.lang == "en" and key.endswith(("ing", "ly")) and word not in self.people.persons))

    def _description(self, words: list[str], offset: int) -> str | None:
        """A role description as the speaker: resolved to the person it stands for ("the incumbent president"),
        kept as written when indefinite ("a reporter"), None when no role word heads it ("the past", "his
        remarks and"): a speaker is a person or an organisation, never a fragment of another clause."""
        lowered = [w.lower() for w in words]
        roles = [w for w in lowered[1:] if _is_role(w)]
        if not roles or lowered[-1] in ("and", "or", "when", "if", "as", "that", "by", "to", "with"):
            return None
        if (lowered[0] in _INDEFINITE or lowered[0] in _SOME
                or all(r in _PERSON_NOUNS or r[:-1] in _PERSON_NOUNS for r in roles)
                or (lowered[0] in _AMOUNTS and all(r not in _ROLES for r in roles))):
            # "a reporter", "the boy"; "several Trump supporters", "two officials": a group, no one person
            return _as_written(words) or None
        written = _as_written(words)
        if not written:
            return None  # "the letter to committee members": its head is no person
        # the head's role words, not a complement's: "the former top aide | to President George W. Bush" is an
        # aide, not a president
        head = next((i for i, w in enumerate(lowered) if w in _COMPLEMENTS and any(map(_is_role, lowered[1:i]))),
                    len(lowered))
        roles = [w for w in lowered[1:head] if _is_role(w)]
        if all(r in _ORG_NOUNS or r[:-1] in _ORG_NOUNS for r in roles):
            if not _is_role(lowered[head - 1]):
                return None  # "on the campaign trail": the head is a trail, no organisation
            # "the company", "the department": an organisation, kept as written. Not resolved: the people index
            # holds persons, and the words around their mentions ("told the newspaper") matched "the newspaper"
            # to Hillary Clinton and "the bureau" to Florida on train (and the last person named, failing that)
            return written
        resolved = self.people.resolve_role([r if r in _ROLES else r[:-1] for r in roles], offset, words[:head])
        if resolved and head < len(words) and not set(resolved.split()).isdisjoint(words[head:]):
            # the person the complement names is not the one the head describes ("the former top aide to
            # President George W. Bush" matched Bush by the words around that very mention): as written
            return written
        return Described(resolved, written) if resolved else None
