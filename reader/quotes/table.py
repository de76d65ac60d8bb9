"""A document's quotations kept compact, and the compact form they travel in from the background finder.

On a 20 MB article the finder returns ~46,000 :class:`~reader.quotes.Quotation` objects, ~30 MB (640 bytes each,
mostly each quotation's own copy of its text). The reading screen needs, per quotation, its span (for ``]``, the
underline, ``h``), its marks, kind and speaker; the text is a slice of the document it already holds. So
:class:`QuotationTable` keeps starts, ends and parents in ``array('q')``, kinds and marks as small ints, speakers
as indexes into one list of distinct (speaker, speaker_full) pairs, and only the texts that are not a plain slice
of the document (a block quotation's text joins its lines): ~30 bytes a quotation. A :class:`Quotation` is made
when one is asked for (``table[i]``); a :class:`QuotationTable` is a ``Sequence[Quotation]``.

The same shape is the *payload* a finder sends per range of quotations (:func:`encode`): only builtins (ints,
bytes, strings, tuples, lists, a dict), so it crosses a pipe with :mod:`marshal` (no pickled objects, nothing
that runs code when read) and costs the app one C-speed ``frombytes`` per array to take in. Each payload carries
its own small tables of marks and names, so payloads from different finders (a child process, then this process
after the child failed) can be mixed. Pure Python, no Textual.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Hashable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar, get_args, overload

from reader.quotes.kinds import Kind

if TYPE_CHECKING:
    from reader.quotes import Quotation

KINDS: tuple[Kind, ...] = get_args(Kind)
"""Quotation kinds by their number in a payload and a table."""

_KIND_NUMBER = {kind: number for number, kind in enumerate(KINDS)}

Payload = tuple[int, int, bool, bytes, bytes, bytes, bytes, bytes, list[tuple[str, str]], bytes,
                list[tuple[str | None, str | None]], dict[int, str]]
"""(index of the first quotation, offset before which every quotation is known, done, starts, ends, parents
(-1: none), kinds, mark numbers, mark pairs, name numbers, (speaker, speaker_full) pairs, texts that are not
``document.text[start:end]`` by index in the payload). Arrays as ``array.tobytes()``: starts, ends, parents
``'q'``, kinds ``'B'``, marks and names ``'I'``."""


def encode(text: str, first: int, quotations: Sequence[Quotation], known_until: int, done: bool) -> Payload:
    """The payload for ``quotations``, the quotations numbered ``first`` on of a document whose text is ``text``."""
    starts, ends, parents = array("q"), array("q"), array("q")
    kinds, marks, names = bytearray(), array("I"), array("I")
    pairs: dict[tuple[str, str], int] = {}
    speakers: dict[tuple[str | None, str | None], int] = {(None, None): 0}
    texts: dict[int, str] = {}
    for number, quotation in enumerate(quotations):
        start, end = quotation.start, quotation.end
        starts.append(start)
        ends.append(end)
        parents.append(-1 if quotation.parent is None else quotation.parent)
        kinds.append(_KIND_NUMBER[quotation.kind])
        marks.append(pairs.setdefault((quotation.open, quotation.close), len(pairs)))
        names.append(speakers.setdefault((_name(quotation.speaker), _name(quotation.speaker_full)), len(speakers)))
        if quotation.text != text[start:end]:
            texts[number] = str(quotation.text)
    return (first, known_until, done, starts.tobytes(), ends.tobytes(), parents.tobytes(), bytes(kinds),
            marks.tobytes(), list(pairs), names.tobytes(), list(speakers), texts)


def empty_payload(text: str) -> Payload:
    """The payload of a document with no quotation at all (done)."""
    return encode(text, 0, [], len(text), True)


_Key = TypeVar("_Key", bound=Hashable)


def _intern(values: list[_Key], numbers: dict[_Key, int], key: _Key) -> int:
    """The number of ``key`` in ``values``, appended if new: a speaker repeats on thousands of quotations, and
    so is kept once."""
    number = numbers.get(key)
    if number is None:
        number = numbers[key] = len(values)
        values.append(key)
    return number


def _name(value: object) -> str | None:
    """A plain ``str`` (or None): a speaker may be a ``str`` subclass (speaker_kinds.Described), which marshal
    refuses."""
    return None if value is None else str(value)


class QuotationTable(Sequence["Quotation"]):
    """The quotations of one document found so far, compact (see the module's docstring); grows by
    :meth:`add` as a finder's payloads arrive, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("q")
        """Where each quotation starts (sorted): ``bisect`` on it for ``]`` and ``[``."""
        self.ends = array("q")
        self._parents = array("q")
        self._kinds = bytearray()
        self._marks = array("I")
        self._names = array("I")
        self._mark_pairs: list[tuple[str, str]] = []
        self._mark_numbers: dict[tuple[str, str], int] = {}
        self._speakers: list[tuple[str | None, str | None]] = [(None, None)]
        self._speaker_numbers: dict[tuple[str | None, str | None], int] = {(None, None): 0}
        self._texts: dict[int, str] = {}
        self.known_until = 0
        """Every quotation starting before this offset is in the table (all of them once :attr:`done`)."""
        self.done = False
        """Whether the finder has finished (the table holds every quotation of the document)."""

    @classmethod
    def of(cls, text: str, quotations: Sequence[Quotation]) -> QuotationTable:
        """A finished table holding ``quotations`` (all of a document's)."""
        table = cls(text)
        table.add(encode(text, 0, quotations, len(text), True))
        return table

    @property
    def progress(self) -> float:
        """The share of the text whose quotations are known, 0.0 to 1.0."""
        if self.done or not self.text:
            return 1.0
        return min(1.0, self.known_until / len(self.text))

    def add(self, payload: Payload) -> tuple[int, int]:
        """Take in the next payload; returns the (lo, hi) numbers of the quotations it added. Raises ValueError
        for a payload that does not continue the table (out of order, or damaged)."""
        first, known_until, done, starts, ends, parents, kinds, marks, pairs, names, speakers, texts = payload
        lo = len(self.starts)
        if first != lo:
            raise ValueError(f"quotations from {first} where {lo} was expected")
        new_starts, new_ends, new_parents = array("q", starts), array("q", ends), array("q", parents)
        new_marks, new_names = array("I", marks), array("I", names)
        count = len(new_starts)
        if not all(len(part) == count for part in (new_ends, new_parents, kinds, new_marks, new_names)):
            raise ValueError("a damaged payload: its arrays differ in length")
        if count and (max(kinds) >= len(KINDS) or max(new_marks) >= len(pairs) or max(new_names) >= len(speakers)):
            raise ValueError("a damaged payload: a number out of its table")
        mark_map = array("I", (_intern(self._mark_pairs, self._mark_numbers, (str(o), str(c))) for o, c in pairs))
        name_map = array("I", (_intern(self._speakers, self._speaker_numbers, (_name(s), _name(f)))
                               for s, f in speakers))
        self.starts.extend(new_starts)
        self.ends.extend(new_ends)
        self._parents.extend(new_parents)
        self._kinds.extend(kinds)
        self._marks.extend(array("I", (mark_map[number] for number in new_marks)))
        self._names.extend(array("I", (name_map[number] for number in new_names)))
        for number, quoted in texts.items():
            self._texts[lo + int(number)] = str(quoted)
        self.known_until = max(self.known_until, known_until)
        self.done = self.done or bool(done)
        return lo, lo + count

    # -- one quotation's parts, without making the Quotation ----------------------------------------------------

    def kind(self, index: int) -> Kind:
        return KINDS[self._kinds[index]]

    def marks(self, index: int) -> tuple[str, str]:
        """The quotation's (open, close) marks."""
        return self._mark_pairs[self._marks[index]]

    def speaker(self, index: int) -> tuple[str | None, str | None]:
        """The quotation's (speaker, speaker_full)."""
        return self._speakers[self._names[index]]

    def find(self, start: int, end: int) -> Quotation | None:
        """The quotation whose span is exactly ``start:end`` (the outermost when several are)."""
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] == start:
            if self.ends[index] == end:
                return self[index]
            index += 1
        return None

    # -- Sequence ---------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Quotation: ...
    @overload
    def __getitem__(self, index: slice) -> list[Quotation]: ...
    def __getitem__(self, index: int | slice) -> Quotation | list[Quotation]:
        if isinstance(index, slice):
            return [self._make(number) for number in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("quotation index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[Quotation]:
        for number in range(len(self)):
            yield self._make(number)

    def _make(self, index: int) -> Quotation:
        from reader.quotes import Quotation

        start, end = self.starts[index], self.ends[index]
        parent = self._parents[index]
        opening, closing = self._mark_pairs[self._marks[index]]
        speaker, speaker_full = self._speakers[self._names[index]]
        quoted = self._texts.get(index)
        return Quotation(start, end, opening, closing, KINDS[self._kinds[index]], speaker, parent >= 0,
                         parent if parent >= 0 else None, self.text[start:end] if quoted is None else quoted,
                         speaker_full)
