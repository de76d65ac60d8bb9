"""Who spoke just before a pronoun (:class:`RecentSpeakers`, a mixin of :class:`reader.quotes.pronouns.Pronouns`):
the speaker cited for the quotation before, whether a subject just spoke, the last speaker a cue gave, and the
speaker since a person was named. Split out of :mod:`reader.quotes.pronouns` at 540 lines (part 34). No Textual or
Rich import here."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.quotes.phrases import NounPhrases
from reader.quotes.words import _DETERMINERS


class RecentSpeakers(NounPhrases):
    """The speakers the patterns gave the quotations closing before an offset, as pronoun resolution reads them."""

    _spoke_at: list[int]
    """Where each quotation attributed so far in this range closes (in order), for :meth:`_just_spoke`."""
    _spoke: list[str | None]
    """Its speaker as the patterns gave it (``None``: none), beside :attr:`_spoke_at`."""

    def _cited_before(self, end: int) -> str | None:
        """The speaker cited for the quotation that ends at ``end`` or, when that one has no attribution of its own, for
        the one before it in the same stretch of text (at most :data:`_JUST_SPOKE` characters back): "“…,” Jealous said,
        suggesting … Donald Trump. “…”¶“…,” he added." is Jealous's, not the name the narration mentioned last."""
        number = bisect_left(self._spoke_at, end + 1) - 1
        if number < 0 or end - self._spoke_at[number] > 2:
            return None
        for back in range(number, max(-1, number - 2), -1):
            if end - self._spoke_at[back] > _JUST_SPOKE:
                break
            if self._spoke[back] is not None:
                return self._spoke[back]
        return None

    def _cued_before(self, block_start: int) -> str | None:
        """The last speaker a cue gave in the paragraph before the one starting at ``block_start`` (German indirect
        speech opening a paragraph goes on reporting them: "„…“, sagte sie.¶Die Lage habe keine andere Wahl gelassen.
        „…“"); None when there is none."""
        return self._last_cued(self.starts[max(0, bisect_right(self.starts, block_start - 1) - 1)], block_start)

    def _last_cued(self, floor: int, offset: int) -> str | None:
        """The last speaker a cue gave a quotation closing between ``floor`` and ``offset``, or None."""
        number = bisect_left(self._spoke_at, offset) - 1
        while number >= 0 and self._spoke_at[number] >= floor:
            if self._spoke[number] is not None:
                return self._spoke[number]
            number -= 1
        return None

    def _just_spoke(self, subject: str, offset: int) -> bool:
        """Whether ``subject`` is a name (capitalised, no determiner, not a word the text also writes in lower case)
        that the patterns gave as the speaker of the last quotation closing before ``offset``, at most
        :data:`_JUST_SPOKE` characters before and in the pronoun's block or the one before: the sentence the
        pronoun's subject was read from is that quotation's attribution."""
        if not subject[:1].isupper() or subject.split()[0].lower() in _DETERMINERS or (
                " " not in subject and subject.lower() in self.lowered):  # ("People should …", "Audiences can …")
            return False
        number = bisect_left(self._spoke_at, offset) - 1
        return number >= 0 and self._spoke[number] == subject and self._in_reach(number, offset)

    def _in_reach(self, number: int, offset: int) -> bool:
        """Whether quotation ``number`` of :attr:`_spoke_at` closes at most :data:`_JUST_SPOKE` characters before
        ``offset``, in its block or the one before (what :meth:`reader.quotes.Detection.ranges` relies on)."""
        at = self._spoke_at[number]
        return offset - at <= _JUST_SPOKE and bisect_right(self.starts, offset) - bisect_right(self.starts, at - 1) <= 1

    def _speaker_since(self, named: str | None, offset: int, gender: str) -> str | None:
        """The speaker of the last quotation before ``offset`` (in its block or the one before), a person of
        ``gender``, when ``named`` (the most recent person of that gender named) is not named after it: one who
        speaks is more present than one named in passing ("… the only child of Arthur Fenwick and his wife, Ada.¶
        “…,” she recalled.¶… She later said …" is the one who recalled; part 34)."""
        number = bisect_left(self._spoke_at, offset) - 1
        while number >= 0 and gender in ("m", "f") and self._in_reach(number, offset):
            person = self.people.named(self._spoke[number] or "")  # (past the words one quoted: a nested quotation's)
            if person is not None and person.gender == gender:
                break
            number -= 1
        else:
            return None
        if person.full == named:
            return None
        mentions = self.people.mentions
        since = range(bisect_left(mentions, self._spoke_at[number]), bisect_left(mentions, offset))
        return None if any(self.people.mention_people[k].full == named for k in since) else person.full


_JUST_SPOKE = 300
"""How far (characters) before a pronoun the quotation whose speaker it may stand for closes (:meth:`_just_spoke`):
the sentence before the pronoun's, not further back."""
