"""Direct quotations in a document: where they are, which marks enclose them, what kind they are, who said them.

:func:`find_quotations` scans each block once (a C-speed regex finds the marks; a small stack pairs them), so it
is linear in the text and fine for 20 MB. Speakers are attributed by :mod:`reader.quotes.speakers` (patterns)
and chosen among candidates by :mod:`reader.quotes.ranker` (a small model learned on PolNeAR train, English).
Modules: marks (pairing), kinds, language (en, de, fr or other), unmarked (plain-text block quotations),
speakers (attribution structure), narrative (a paragraph's cue verbs), subjects (a sentence's subject), phrases
(noun phrases), role_phrases (role descriptions and groups), names (name runs and cores), people (who the
article names), namesakes (people who share a surname), ranker (candidates, features, choice; weights in
``speaker_weights.json``, made by tools/train_speakers.py), words (word lists), cli (``reader quotes``).

Decisions:
* A quotation is bounded by its block: a mark that never closes ends at the end of its paragraph (``close == ""``),
  unless the multi-paragraph convention applies (the next paragraph opens with the same kind of mark), in which
  case the quotation continues, as one quotation, until its closing mark.
* Mark pairs: “…” „…“ „…” «…» »…« ‹…› ‚…‘ ‘…’ "…" '…' and ”…” (Swedish); ``''…''`` (two straight single marks
  standing for a double one) is one quotation with ``open == close == "''"``. A closing mark of another style closes
  a quotation only when its own closing mark does not follow in the paragraph («… " in sloppy sources).
* Apostrophes never open or close: a mark between letters (won’t, Lukashenka‘s), elisions (’91, ’n’, ’em), and a
  possessive ``s’`` when a later mark can close the open quotation instead.
* Spaces inside the marks (« Un choc », with or without NBSP) are not part of the span.
* ``speech`` is a quoted clause (it has a finite verb, starts a sentence, or ends like one); ``phrase`` a quoted
  fragment of someone's words; ``title`` an English title-case work, show or slogan; ``term`` a phrase nobody is
  said to have said (scare quotes, nicknames, words as words). Titles and terms have no speaker.
* Marks inside code (``Document.code_spans()``: code blocks, inline code) are code, not quotation marks.
* Markdown ``>`` block quotes are quotations (``open == ">"``); in plain text, a first-person paragraph that a
  paragraph introduces (ending with a colon, or reporting speech with "said"/"says" and no marks) or that opens
  with a transcript's label ("DOE: …"), or an embedded post followed by a ``— Name (@handle)`` line, is a block
  quotation with no marks (``open == close == ""``).
No Textual or Rich import here.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import le
from typing import TYPE_CHECKING, Protocol

from reader.document import Document
from reader.quotes.acronyms import acronym_names, spelled_before
from reader.quotes.block_rows import add_block_rows
from reader.quotes.cited_surnames import cited_surname, lone_particle, stage_names
from reader.quotes.given_names import given_gender
from reader.quotes.kinds import Kind, cited_title, classify, final_kind
from reader.quotes.language import guess_language, neutral_speaker
from reader.quotes.marks import Raws, _Scanner
from reader.quotes.pause import paused_gc
from reader.quotes.spans import Spans
from reader.quotes.speaker_kinds import shown_name
from reader.quotes.title_lists import titles_in_lists

if TYPE_CHECKING:
    from reader.quotes.ranker import Option
    from reader.quotes.sentence_bounds import SentenceBounds
    from reader.quotes.text_words import TextWords

__all__ = ["Detection", "Kind", "Quotation", "classify", "find_quotations", "guess_language", "next_quotation",
           "prev_quotation", "quotation_at"]

_KINDS: tuple[Kind, ...] = ("speech", "phrase", "title", "term")
"""The kinds by number, as :attr:`Detection.kinds` holds them."""

_REFERENCE_CHARS = 200
"""A reference list's entry is at most this long before its quoted title (the authors, the date)."""
_RETRIEVED = re.compile(r"\b(?:Retrieved|Accessed|Archived from the original)\b")
"""What a web page's note says after the title it cites: its line is a reference, the quotation a title."""


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation. ``start``/``end`` delimit the quoted text without its marks (or inner spaces)."""

    start: int
    end: int
    open: str
    close: str
    kind: Kind
    speaker: str | None
    nested: bool
    parent: int | None
    text: str
    speaker_full: str | None = None
    """The fullest name the article uses for the speaker ("Jens Stoltenberg"); ``speaker`` is the name as the
    article usually cites the person, the surname for a person ("Stoltenberg"), an organisation's name as is."""


class Quoted(Protocol):
    """What attribution reads of a quotation (:class:`Quotation` and the drafts :meth:`Detection.attribute` makes
    before the speakers are known both are one)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def open(self) -> str: ...
    @property
    def close(self) -> str: ...
    @property
    def kind(self) -> Kind: ...
    @property
    def nested(self) -> bool: ...
    @property
    def parent(self) -> int | None: ...
    @property
    def text(self) -> str: ...


class _Draft:
    """A quotation as attribution reads it, before its speaker and final kind: :class:`Quotation`'s fields in a
    plain slots class (a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, ~1 µs a
    quotation; this ~0.2 µs). :meth:`Detection.attribute` makes the quotations it returns afterwards."""

    __slots__ = ("start", "end", "open", "close", "kind", "nested", "parent", "text")

    def __init__(self, start: int, end: int, open: str, close: str, kind: Kind, nested: bool, parent: int | None,
                 text: str) -> None:
        self.start, self.end, self.open, self.close, self.kind = start, end, open, close, kind
        self.nested, self.parent, self.text = nested, parent, text


# -- public API ----------------------------------------------------------------------------------------------


def find_quotations(document: Document, *, processes: int = 1) -> list[Quotation]:
    """Every quotation of ``document``, ordered by start (a parent before the quotations nested in it).
    ``processes`` above 1 shares a large document's finding with forked children (:mod:`reader.quotes.parallel`:
    only from a process with no other thread running, as the CLI); the result is the same."""
    if processes > 1:
        from reader.quotes.parallel import find_in_processes

        return find_in_processes(document, processes)
    return _detect(document)


def _detect(document: Document, collect: list[list[Option]] | None = None) -> list[Quotation]:
    """:func:`find_quotations`; ``collect`` receives each quotation's speaker options (for training the ranker).
    The cyclic collector is paused for all of it, as :mod:`reader.quotes.parallel` does (not only for the index
    and the patterns): resumed between the phases, its first collections walked every object the paused phase had
    left young (~3% of the CPU time on 6 MB)."""
    with paused_gc():
        return _detect_all(document, collect)


def _detect_all(document: Document, collect: list[list[Option]] | None) -> list[Quotation]:
    """:func:`_detect`'s work (its detection freed on return, before the collector resumes: else the first
    collection walks all of it)."""
    detection = Detection(document, collect)
    return detection.attribute(0, len(detection))


class Detection:
    """:func:`find_quotations` in two steps, so a large document's quotations can be found range by range (the
    reading screen's background finder, :mod:`reader.quotes.background`, sends each range as it is done).

    The constructor does what needs the whole document: pairing the marks, the people the article names (a
    name's fullest form may come later in the article; a role is resolved against everyone named), the
    language. :meth:`attribute` then classifies quotations ``lo:hi`` (unless their kinds were worked out in
    advance: ``classify_meanwhile``) and finds their speakers. Attribution looks
    back at earlier quotations only within a quotation's own block and the block before it (inheritance of the
    previous quotation's speaker, the previous paragraph's last speech, the ranker's previous-quotation
    feature), a pronoun there at the quotation just before it in its own block or the one before (whose speaker
    it may stand for: two blocks back at most) and a nested quotation at its parent; so :meth:`ranges` cuts only
    before a quotation that no earlier quotation's block comes within two blocks of, and that no later quotation
    is nested across. Ranges joined are then exactly the whole-document result
    (tests/unit/test_quotes_background.py checks it).
    """

    def __init__(self, document: Document, collect: list[list[Option]] | None = None,
                 read: Callable[[], TextWords] | None = None,
                 classify_meanwhile: Callable[[Callable[[], bytes]], Callable[[], bytes]] | None = None) -> None:
        """``read``: what attribution reads of the whole text, when something else reads it meanwhile (see
        :class:`~reader.quotes.speakers.Attributor`). ``classify_meanwhile``: given :meth:`kinds_of` once the
        quotations are known, runs it elsewhere while this builds the people index, and returns what waits for
        its result (:mod:`reader.quotes.parallel`: a forked child); :meth:`attribute` then uses those kinds (an
        answer that is not one valid kind per quotation is ignored, and :meth:`attribute` classifies)."""
        from reader.quotes.ranker import Ranker
        from reader.quotes.speakers import Attributor

        self.document = document
        self.collect = collect
        text = self.text = document.text
        raws = _doubled_singles(_Scanner(document).run())
        blocks = document.blocks
        marked = bytearray(len(blocks))  # 1 for a block some quotation spans
        for first, last in zip(raws.block, raws.last_block, strict=True):
            marked[first : last + 1] = b"\x01" * (last + 1 - first)
        # each block's start and end, read once here (before any fork: a child that read the blocks itself would
        # copy their pages, ~15 MB on 20 MB)
        self.block_starts = [block.start for block in blocks]
        self.block_ends = [block.end for block in blocks]
        hints = add_block_rows(document, raws, marked, self.block_starts)
        # In order of start, a parent (longer) before what it holds: one int key a row, not a tuple.
        starts, ends = raws.start, raws.end
        shift = max(ends, default=0).bit_length()
        raws = raws.select(sorted(range(len(raws)), key=lambda row: (starts[row] << shift) - ends[row]))
        position = raws.rows_by_ident()
        # Kept as columns (:class:`reader.quotes.marks.Raws`): the finder's child holds them for its whole run,
        # beside the app (issue 14's memory).
        self.starts, self.ends = raws.start, raws.end
        self.first_blocks, self.last_blocks = raws.block, raws.last_block
        self.open_pos, self.close_pos = raws.open_pos, raws.close_pos
        self.is_block = bytes(raws.is_block)
        self.mark_of, self.mark_pairs = raws.mark, raws.pairs
        self.parent_of = array("q", [position[parent] if parent >= 0 else -1 for parent in raws.parent])
        self.hints = {number: hints[quotation] for number, quotation in enumerate(raws.ident)
                      if hints.get(quotation) is not None}
        # the outermost quotations as columns (in order of start already: see the sort above), never as tuples
        tops = array("q", (row for row, parent in enumerate(raws.parent) if parent < 0))
        top_level = Spans(array("q", map(self.open_pos.__getitem__, tops)),
                          array("q", map(self.close_pos.__getitem__, tops)))
        if not all(map(le, top_level.starts, top_level.starts[1:])):  # (never seen: a guard for the bisections)
            top_level = Spans.of(zip(top_level.starts, top_level.ends, strict=True))
        del raws, position, tops
        self.top_level = top_level
        self.lang = guess_language(text, top_level)
        self.notes = "Retrieved" in text or "Accessed" in text or "Archived from" in text
        """Whether the text may hold a web page's notes (:data:`_RETRIEVED`): most texts have none, and their
        quotations skip the search (~0.1 s on 20 MB)."""
        self.kinds: bytes | None = None
        """Each quotation's kind as its number in :data:`_KINDS`, when classified in advance (None: classified by
        :meth:`attribute`)."""
        classified = classify_meanwhile(self.kinds_of) if classify_meanwhile is not None else None
        self.attributor = Attributor(document, top_level, self.lang, read,
                                     block_bounds=(self.block_starts, self.block_ends))
        self.ranker = Ranker(self.attributor) if self.lang == "en" or collect is not None else None
        people = self.attributor.people
        # a person who shares a surname with another is shown by their full name ("Bill Clinton")
        self.surnames = {person.full: person.full if person.surname in people.families
                         else cited_surname(person.full, person.surname) for person in people.everyone}
        # a surname the article writes alone with its particle ("Le Pen said"): cited and shown with it
        self.fulls = {person.full: particle + " " + person.full for person in people.everyone
                      if " " not in person.full and (particle := lone_particle(text, person.first, person.full))}
        self.surnames.update(self.fulls)
        # an acronym the article spells out once ("the Bush Fire Emergency Service (BFES)"): that name in full
        self.fulls.update((acronym, name) for acronym, name in acronym_names(text).items() if acronym not in self.fulls)
        # a name someone is "known as" ("Kwesi Blay, popularly known as “K-Blay”"): the person in full (part 43)
        self.attributor.aliases = stage_names(text)
        self.fulls.update((alias, name) for alias, name in self.attributor.aliases.items() if alias not in self.fulls)
        # a name with no given name the reader knows that the article writes whole three times or more and never
        # cuts to its last word ("Suu Kyi", never "Kyi"): shown whole
        whole = {person.full: 0 for person in people.everyone
                 if person.full.count(" ") == 1 and not given_gender(person.full.split()[0], self.lang)}
        cut: set[str] = set()
        for at, person in zip(people.mentions, people.mention_people, strict=True) if whole else ():
            if person.full in whole:
                if text.startswith(person.full, at):
                    whole[person.full] += 1
                else:
                    cut.add(person.full)
        self.surnames.update((full, full) for full, count in whole.items() if count >= 3 and full not in cut)
        if classified is not None:
            kinds = classified()
            # (a damaged or missing answer is ignored: attribute() then classifies as usual)
            self.kinds = (kinds if isinstance(kinds, bytes) and len(kinds) == len(self)
                          and max(kinds, default=0) < len(_KINDS) else None)

    def __len__(self) -> int:
        return len(self.starts)

    def parent(self, number: int) -> int | None:
        """The number of the quotation ``number`` is nested in, or None."""
        parent = self.parent_of[number]
        return None if parent < 0 else parent

    def where(self, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
        """(first block, last block, opening mark's offset, offset after the closing mark) of quotations
        ``lo:hi``, as the attributor and the ranker read them."""
        return list(zip(self.first_blocks[lo:hi], self.last_blocks[lo:hi], self.open_pos[lo:hi],
                        self.close_pos[lo:hi], strict=True))

    def ranges(self, chars: int) -> list[tuple[int, int]]:
        """(lo, hi) ranges of quotations covering all of them, each spanning about ``chars`` characters of text
        or more (cut only where :meth:`attribute` of the parts equals that of the whole: see the class)."""
        count = len(self)
        earliest = count  # the smallest parent index among quotations at or after the one looked at
        safe = [False] * count
        for number in range(count - 1, 0, -1):
            parent = self.parent_of[number]
            if parent >= 0:
                earliest = min(earliest, parent)
            safe[number] = earliest >= number
        result: list[tuple[int, int]] = []
        lo, last_block = 0, -1
        starts = self.starts
        for number, (first, last) in enumerate(zip(self.first_blocks, self.last_blocks, strict=True)):
            if (number > lo and safe[number] and last_block < first - 2
                    and starts[number] - starts[lo] >= chars):
                result.append((lo, number))
                lo = number
            last_block = max(last_block, last)
        if count:
            result.append((lo, count))
        return result

    def known_until(self, hi: int) -> int:
        """The offset before which every quotation is among the first ``hi`` (all of the text when ``hi`` is
        the count): a later quotation starts in a block at or after the ``hi``-th quotation's."""
        if hi >= len(self):
            return len(self.text)
        return self.document.blocks[self.first_blocks[hi]].start

    def forget(self) -> None:
        """Drop the attributor's and the ranker's per-block caches: call between two :meth:`ranges` (the result
        does not change; the memory of what lies behind the range goes)."""
        self.attributor.forget()
        if self.ranker is not None:
            self.ranker.forget()

    def _kind(self, number: int, quoted: str, bounds: SentenceBounds) -> Kind:
        """The kind of the marked quotation ``number`` (whose text is ``quoted``) before its speaker is known."""
        text, block, open_pos = self.text, self.first_blocks[number], self.open_pos[number]
        # a reference opens its paragraph or follows the one before it ("… “…”. Lee, Ann (2014). “…”"); looked
        # for only as far back as a reference may be long (an unbounded rfind read the whole text before each
        # quotation: quadratic, 9 s on 2 MB)
        block_start = bounds.starts[block]
        back = max(block_start, open_pos - _REFERENCE_CHARS - 3)
        reference = max(block_start, text.rfind("”. ", back, open_pos) + 3, text.rfind('". ', back, open_pos) + 3)
        if open_pos - reference <= _REFERENCE_CHARS and cited_title(text[reference:open_pos]):
            return "title"  # a reference list's "Kerr, James (14 November 2013). “…”"
        close_pos = self.close_pos[number]
        if self.notes:
            line_end = text.find("\n", close_pos, close_pos + _REFERENCE_CHARS)
            if _RETRIEVED.search(text, close_pos, line_end if line_end >= 0 else close_pos + _REFERENCE_CHARS):
                return "title"  # a web page's notes: "^ “Mozilla browser becomes Firebird”. IBPhoenix. Retrieved …"
        return classify(quoted, bounds.sentence_before(open_pos, block), self.lang, text[close_pos : close_pos + 12])

    def kinds_of(self) -> bytes:
        """Every quotation's kind before speakers are known (a block quotation's is speech), as its number in
        :data:`_KINDS`: a pure function of the quotations, so another process may work it out (see
        ``classify_meanwhile``)."""
        from reader.quotes.sentence_bounds import Bounds

        text, starts, ends = self.text, self.starts, self.ends
        spans = Spans.of(self.top_level)
        bounds = Bounds(text, self.block_starts, spans.starts, spans.ends)
        code = {kind: number for number, kind in enumerate(_KINDS)}
        return bytes(0 if self.is_block[number] else code[self._kind(number, text[starts[number] : ends[number]],
                                                                      bounds)]
                     for number in range(len(self)))

    def attribute(self, lo: int, hi: int) -> list[Quotation]:
        """The quotations ``lo:hi`` (in document order), with kinds and speakers; ``lo`` and ``hi`` are ends of
        :meth:`ranges` (or 0 and the count)."""
        document, text, attributor, lang, kinds = self.document, self.text, self.attributor, self.lang, self.kinds
        drafts: list[_Draft] = []
        starts, ends, first_blocks, mark_pairs = self.starts, self.ends, self.first_blocks, self.mark_pairs
        for number in range(lo, hi):
            start, end, block = starts[number], ends[number], first_blocks[number]
            parent = self.parent(number)
            if self.is_block[number]:
                # (from ``start``: an interview's turn starts after its "Q:" label)
                quoted = "\n".join(text[max(s, start) : e] for s, e in document.blocks[block].segments if e > start)
                kind: Kind = "speech"
            else:
                quoted = text[start:end]
                kind = _KINDS[kinds[number]] if kinds is not None else self._kind(number, quoted, attributor)
            # parents as indexes into this range's list, which attribute() looks them up in
            local = parent - lo if parent is not None else None
            opening, closing = mark_pairs[self.mark_of[number]]
            drafts.append(_Draft(start, end, opening, closing, kind, parent is not None, local, quoted))
        where = self.where(lo, hi)
        speakers = attributor.attribute(drafts, where, [self.hints.get(number) for number in range(lo, hi)])
        if self.ranker is not None:
            speakers = self.ranker.rank(drafts, where, speakers, attributor.hows, self.collect)
        if lang == "other":  # no word-based rule knows this language: only shapes that need no words
            speakers = [neutral_speaker(speaker, how, attributor.sentence_before(open_pos, first)
                                        if how == "colon" else "", attributor.lowered)
                        for speaker, how, (first, _, open_pos, _) in zip(speakers, attributor.hows, where,
                                                                           strict=True)]
        surnames = self.surnames
        final: list[Quotation] = []
        kinds_now = titles_in_lists([final_kind(quotation.kind, quotation.text, speaker, lang)
                                     for quotation, speaker in zip(drafts, speakers, strict=True)], drafts, text, where)
        previous, previous_block = None, -3  # the last speaker, whom "la même source" is, and its block (part 43)
        for number, quotation, speaker, kind, (first, last, _, _) in zip(range(lo, hi), drafts, speakers, kinds_now,
                                                                       where, strict=True):
            if kind in ("title", "term"):
                speaker = None
            elif speaker and previous and speaker.lower() in _SAME_SOURCE and first - previous_block <= 2:
                speaker = previous  # ("… a indiqué le lieutenant-colonel Hervé Damiens …. « engagé », selon la
                # même source": the source named before, within two blocks: no range cut between them)
            if speaker:
                previous, previous_block = speaker, last
            # ``speaker``: the surname, or a description that names something as written ("the Vermont
            # senator"); a generic one ("the incumbent president") gives the name, as the seed's gold wants
            # (speaker_kinds.shown_name). ``speaker_full`` is always the person.
            short = shown_name(speaker, surnames) if speaker else None
            if speaker and speaker not in self.fulls and speaker.isupper() and (
                    spelled := spelled_before(self.text, str(speaker), quotation.start)):
                self.fulls[str(speaker)] = spelled  # ("The Gibraltar Electricity Authority confirms …. the GEA
                # says": the name in full, as for a defined acronym; part 42)
            # made directly: dataclasses.replace costs ~7 µs a call (the fields looked up by name)
            final.append(Quotation(quotation.start, quotation.end, quotation.open, quotation.close, kind, short,
                                   quotation.nested, self.parent(number), quotation.text,
                                   self.fulls.get(speaker, str(speaker)) if speaker else None))
        return final


_SAME_SOURCE = frozenset(("la même source", "the same source", "derselben quelle", "dieselbe quelle",
                          "der gleichen quelle", "cette même source", "même source"))
"""A speaker who is the source quoted before: "selon la même source", "according to the same source"."""


def _doubled_singles(raws: Raws) -> Raws:
    """``''…''`` (two straight single marks for a double one, as some archives write) is one quotation: the
    marks pair as a quotation with one nested in it that fills it; keep the outer one, with the inner text."""
    if ("'", "'") not in raws.pairs:
        return raws
    single, doubled = raws.pair_number("'", "'"), raws.pair_number("''", "''")
    row_of = raws.rows_by_ident()
    merged: dict[int, int] = {}  # inner ident -> outer ident
    mark, open_pos, close_pos = raws.mark, raws.open_pos, raws.close_pos
    for row, parent in enumerate(raws.parent):
        outer = row_of[parent] if parent >= 0 else -1
        if (
            outer >= 0 and mark[row] == single and mark[outer] == single
            and open_pos[row] == open_pos[outer] + 1 and close_pos[row] == close_pos[outer] - 1
        ):
            raws.start[outer], raws.end[outer], mark[outer] = raws.start[row], raws.end[row], doubled
            merged[raws.ident[row]] = raws.ident[outer]
    if not merged:
        return raws
    kept = raws.select(row for row, ident in enumerate(raws.ident) if ident not in merged)
    parents = kept.parent
    for row, parent in enumerate(parents):
        if parent in merged:
            parents[row] = merged[parent]
    return kept


def quotation_at(quotations: Sequence[Quotation], offset: int) -> Quotation | None:
    """The innermost quotation whose span contains ``offset`` (``None`` when outside all of them)."""
    index = bisect_right([q.start for q in quotations], offset) - 1
    # Walk back from the last quotation starting at or before the offset: nested ones first, then their parent.
    while index >= 0:
        quotation = quotations[index]
        if quotation.start <= offset < quotation.end:
            return quotation
        if not quotation.nested:
            return None
        index -= 1
    return None


def next_quotation(quotations: Sequence[Quotation], offset: int) -> Quotation | None:
    """The first quotation starting after ``offset`` (for the ``]`` key)."""
    starts = [q.start for q in quotations]
    index = bisect_right(starts, offset)
    return quotations[index] if index < len(quotations) else None


def prev_quotation(quotations: Sequence[Quotation], offset: int) -> Quotation | None:
    """The last quotation starting before ``offset`` (for the ``[`` key)."""
    starts = [q.start for q in quotations]
    index = bisect_left(starts, offset) - 1
    return quotations[index] if index >= 0 else None
