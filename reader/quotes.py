"""Direct quotations in a document: where they are, which marks enclose them, what kind they are, who said them.

:func:`find_quotations` scans each block once (a C-speed regex finds the marks; a small stack pairs them), so it
is linear in the text and fine for 20 MB. Speakers are attributed by :mod:`reader.speakers`.

Decisions:
* A quotation is bounded by its block: a mark that never closes ends at the end of its paragraph (``close == ""``),
  unless the multi-paragraph convention applies (the next paragraph opens with the same kind of mark), in which
  case the quotation continues, as one quotation, until its closing mark.
* Mark pairs: “…” „…“ „…” «…» »…« ‹…› ‚…‘ ‘…’ "…" '…' and ”…” (Swedish). A closing mark of another style closes
  a quotation only when its own closing mark does not follow in the paragraph («… " in sloppy sources).
* Apostrophes never open or close: a mark between letters (won’t, Lukashenka‘s), elisions (’91, ’n’, ’em), and a
  possessive ``s’`` when a later mark can close the open quotation instead.
* Spaces inside the marks (« Un choc », with or without NBSP) are not part of the span.
* ``speech`` is a quoted clause (it has a finite verb, starts a sentence, or ends like one); ``phrase`` is a term,
  a title or scare quotes.
* Markdown ``>`` block quotes are quotations (``open == ">"``); in plain text, a first-person paragraph that
  follows an attribution, or an embedded post followed by a ``— Name (@handle)`` line, is a block quotation with
  no marks (``open == close == ""``).
No Textual or Rich import here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from reader.document import Block, BlockKind, Document

Kind = Literal["speech", "phrase"]


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


# -- marks ---------------------------------------------------------------------------------------------------

_MARKS = "\"'«»‹›„‚“”‘’‟‛"
_MARK_RE = re.compile(f"[{_MARKS}]")
_DOUBLE = frozenset("\"«»„“”‟")
_PRIMARY = {
    "“": "”",
    "„": "“”",
    "‟": "”",
    "”": "”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
    "‛": "’",
    "'": "'",
    "’": "’",
}
_FALLBACK = {
    "“": '“"',
    "„": '"',
    "‟": '"',
    "”": '"',
    "«": '"“”',
    "»": '"“”',
    "‹": "'’",
    "›": "'‘",
    '"': "”“",
    "‘": "‘'",
    "‚": "'",
    "‛": "'",
    "'": "’",
    "’": "'",
}
_GUILLEMETS = frozenset("«»‹›")
_INNER_SPACE = " \u00a0\u202f\u2009\u2007\u2002\u2003\u2005\u2006\u200a"
_OPEN_CONTEXT = frozenset("([{<—–-/…:;,‐\u00ad" + _MARKS)
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>—–-/…‐\u00ad" + _MARKS)
_ELISION = re.compile(r"\d\d(?!\d)|n[’'](?=\s)|(?:em|tis|twas|til|cause|cos|bout|round|n)\b", re.IGNORECASE)
_APOSTROPHES = frozenset("'’‘‛")


def _is_space(char: str) -> bool:
    return char.isspace()


@dataclass(slots=True)
class _Open:
    char: str
    pos: int
    ident: int
    block: int


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    open: str
    close: str
    ident: int
    parent: int | None
    block: int  # index of the block where the quotation opens
    last_block: int
    open_pos: int  # offset of the opening mark (== start for unmarked blocks)
    close_pos: int  # offset just after the closing mark (or end)
    is_block: bool = False


class _Scanner:
    """Pairs the marks of a document's blocks into raw quotations."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.blocks = document.blocks
        self.found: list[_Raw] = []
        self.next_ident = 0
        self.skip: set[int] = set()

    def _ident(self) -> int:
        self.next_ident += 1
        return self.next_ident

    def run(self) -> list[_Raw]:
        stack: list[_Open] = []
        for index, block in enumerate(self.blocks):
            stack = self._scan_block(index, block, stack)
        return self.found

    # A mark's role from its neighbours: (can open, can close).
    def _flanks(self, i: int, lo: int, hi: int) -> tuple[bool, bool]:
        text = self.text
        char = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if char in _GUILLEMETS or char in "„‚":
            j = i + 1
            while j < hi and text[j] in _INNER_SPACE:
                j += 1
            k = i - 1
            while k >= lo and text[k] in _INNER_SPACE:
                k -= 1
            after = text[j] if j < hi else " "
            before = text[k] if k >= lo else " "
            if char in "„‚":
                return (not _is_space(after) and not (prev.isalnum() and char == "‚")), False
            # Both roles when spaced on both sides (« x » y): the stack decides (close first, else open).
            can_open = not _is_space(after) and after not in ".,;:!?"
            can_close = not _is_space(before) and before not in "([{"
            return can_open, can_close
        prev_space = _is_space(prev)
        next_space = _is_space(nxt)
        if char in _APOSTROPHES:
            if prev.isalnum() and nxt.isalnum():
                return False, False  # won’t, Lukashenka‘s
            if not next_space and _ELISION.match(text, i + 1, min(hi, i + 8)):
                if text[i + 1 : i + 3].lower() == "n" + text[i + 2 : i + 3] and text[i + 2 : i + 3] in _APOSTROPHES:
                    self.skip.add(i + 2)  # rock ’n’ roll
                return False, False
        can_open = (prev_space or prev in _OPEN_CONTEXT) and not next_space
        can_close = (next_space or nxt in _CLOSE_CONTEXT) and not prev_space
        if not can_open and not can_close and not prev_space and not next_space and char in '"“”':
            return True, True  # sloppy spacing: word"word
        if can_open and can_close:
            # between two marks or punctuation: decide by which side is a word
            if nxt.isalnum() or nxt in _MARKS:
                can_close = prev.isalnum() or prev in ".,!?…"
                can_open = not can_close
        return can_open, can_close

    def _later(self, chars: str, i: int, hi: int, opener: str = "") -> bool:
        """True when one of ``chars`` follows ``i`` in a closing position before ``hi`` (and before the next
        ``opener`` in an opening position, which would claim it)."""
        hi = min(hi, i + 4000)  # bounded look-ahead keeps a huge paragraph linear
        stop = hi
        if opener:
            j = self.text.find(opener, i + 1, hi)
            while j != -1:
                if self._flanks(j, i + 1, hi)[0]:
                    stop = j
                    break
                j = self.text.find(opener, j + 1, hi)
        for char in chars:
            j = self.text.find(char, i + 1, stop)
            while j != -1:
                if j not in self.skip and self._flanks(j, i + 1, hi)[1]:
                    return True
                j = self.text.find(char, j + 1, stop)
        return False

    def _emit(self, entry: _Open, end_mark: int, close: str, stack: list[_Open], block: int) -> None:
        text = self.text
        start = entry.pos + 1
        end = end_mark
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        parent = stack[-1].ident if stack else None
        self.found.append(
            _Raw(start, end, entry.char, close, entry.ident, parent, entry.block, block, entry.pos,
                 end_mark + len(close))
        )

    def _scan_block(self, index: int, block: Block, carried: list[_Open]) -> list[_Open]:
        text = self.text
        lo, hi = block.start, block.end
        stack = carried
        marks = [m.start() for m in _MARK_RE.finditer(text, lo, hi)]
        if stack:
            # The carried quotation's repeated opening mark at this paragraph's start is not a new quotation.
            first = marks[0] if marks else -1
            if first == lo:
                marks = marks[1:]
        for i in marks:
            if i in self.skip:
                continue
            char = text[i]
            can_open, can_close = self._flanks(i, lo, hi)
            if can_close and self._close(i, char, stack, index, hi):
                continue
            if can_open:
                stack.append(_Open(char, i, self._ident(), index))
        return self._end_block(index, block, stack)

    def _close(self, i: int, char: str, stack: list[_Open], index: int, hi: int) -> bool:
        if not stack:
            return False
        text = self.text
        single = char not in _DOUBLE
        # Primary closer: search down the stack; a single mark may not close across an open double quotation.
        for depth in range(len(stack) - 1, -1, -1):
            entry = stack[depth]
            if char in _PRIMARY[entry.char]:
                if char == "’" and text[i - 1 : i] in "sSzx" and self._later("’", i, hi):
                    return False  # the players’ union: a possessive, a later mark closes
                if single and entry.char in _DOUBLE and char not in _PRIMARY[entry.char]:
                    return False
                del stack[depth + 1 :]
                stack.pop()
                self._emit(entry, i, char, stack, index)
                return True
            if single and entry.char in _DOUBLE:
                break
        entry = stack[-1]
        if char in _FALLBACK[entry.char] and not self._later(_PRIMARY[entry.char], i, hi, entry.char):
            stack.pop()
            self._emit(entry, i, char, stack, index)
            return True
        return False

    def _end_block(self, index: int, block: Block, stack: list[_Open]) -> list[_Open]:
        if not stack:
            return []
        outer = stack[0]
        nxt = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if (
            nxt is not None
            and nxt.kind is block.kind
            and block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
            and _continues(outer.char, self.text[nxt.start])
        ):
            return [outer]
        if outer.char in _DOUBLE:
            self._emit(outer, block.end, "", [], index)
        return []


def _continues(open_char: str, first: str) -> bool:
    """Does a paragraph starting with ``first`` continue a quotation opened by ``open_char``?"""
    if first == open_char:
        return True
    return (open_char, first) in {("«", "»"), ("„", "»"), ("“", '"'), ('"', "“"), ("‘", "'"), ("'", "‘")}


# -- kinds ---------------------------------------------------------------------------------------------------

_WORD = re.compile(r"[\w\u00ad]+(?:[’'‘\-][\w\u00ad]+)*")
_FINITE = {
    "en": frozenset(
        """am is are was were be been being has have had do does did will would can could shall should may might
        must won’t can’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t wouldn’t
        couldn’t shouldn’t i’m i’ve i’ll i’d we’re we’ve we’ll we’d you’re you’ve you’ll you’d they’re they’ve
        they’ll they’d he’s she’s it’s that’s there’s here’s what’s who’s let’s he’ll she’ll it’ll he’d she’d
        ain’t cannot""".replace("’", "'").split()
    ),
    "de": frozenset(
        """bin bist ist sind seid war waren wäre wären hat haben hatte hatten hätte hätten wird werden wurde wurden
        würde würden kann können konnte konnten könnte könnten muss müssen musste müsste soll sollen sollte
        sollten will wollen wollte darf dürfen gibt gab geht ging kommt kam steht stand liegt macht sei seien
        habe mag""".split()
    ),
    "fr": frozenset(
        """est sont était étaient sera seront serait seraient soit soient ai avons avez ont avait avaient aura
        peut peuvent pouvait pourrait veut veulent voulait doit doivent devait fait font va vont allait faut
        suis sommes êtes c'est n'est j'ai n'ai n'a n'ont""".replace("’", "'").split()
    ),
}
_SUBJECT_PRONOUNS = frozenset(
    "i we you he she they it ich wir du er sie es ihr je nous vous il elle on ils elles j'".split()
)
_LANG_HINTS = {
    "en": frozenset("the and of to is that was with for".split()),
    "de": frozenset("der die das und nicht ist mit den sich auf".split()),
    "fr": frozenset("le la les et des est une dans pour qui".split()),
}


def guess_language(text: str) -> str:
    """``en``, ``de`` or ``fr`` from function words in the first 20,000 characters (English by default)."""
    counts = dict.fromkeys(_LANG_HINTS, 0)
    for match in _WORD.finditer(text, 0, min(len(text), 20_000)):
        word = match.group().lower()
        for lang, hints in _LANG_HINTS.items():
            if word in hints:
                counts[lang] += 1
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))


def classify(quoted: str, before: str, lang: str) -> Kind:
    """``speech`` for a quoted clause, ``phrase`` for a term, title or scare quotes.

    ``before`` is the text of the sentence before the opening mark.
    """
    words = [w.replace("’", "'").replace("‘", "'").lower() for w in _WORD.findall(quoted)]
    if not words:
        return "phrase"
    stripped = quoted.rstrip()
    first_alpha = next((c for c in quoted if c.isalpha()), "")
    upper = first_alpha.isupper()
    finite = _FINITE.get(lang, _FINITE["en"]) | _FINITE["en"] if lang != "en" else _FINITE["en"]
    if lang == "en" and "war" in finite:
        finite = finite - {"war"}
    gerund = any(w.endswith("ing") for w in words[:2]) and not upper
    if len(words) >= 2 and not gerund and any(w in finite for w in words):
        return "speech"
    if len(words) >= 2 and words[0] in _SUBJECT_PRONOUNS and not gerund:
        return "speech"
    ends = stripped[-1:] in ".?!…"
    if upper and len(words) >= 2 and (ends or stripped.endswith((",", "?,", "!,"))):
        return "speech"
    lead = before.rstrip()
    if upper and len(words) >= 4 and (not lead or lead[-1] in ":.!?"):
        return "speech"
    return "phrase"


# -- unmarked block quotations (plain text) --------------------------------------------------------------------

_SIGNATURE = re.compile(r"[—–-]{1,2}\s*(?P<name>[^\s(@][^(@\n]*?)\s*\(@\w+\)")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|we|We|we[’']re|We[’']re|we[’']ve|our|Our|us|my|My|me|mine|ich|Ich|wir|Wir|"
    r"mein\w*|unser\w*|je|Je|j[’']|J[’']|nous|Nous|mon|ma|mes|notre|nos)\b"
)


def _unmarked_blocks(document: Document, marked_blocks: set[int]) -> list[tuple[int, str | None]]:
    """Plain-text paragraphs that are block quotations without marks: (block index, speaker hint name)."""
    text = document.text
    blocks = document.blocks
    found: list[tuple[int, str | None]] = []
    first_person: list[bool] = []
    for index, block in enumerate(blocks):
        body = text[block.start : block.end]
        first_person.append(
            block.kind is BlockKind.PARAGRAPH
            and index not in marked_blocks
            and len(_FIRST_PERSON.findall(body)) >= 2
        )
    # A narrator who writes in the first person (a column) makes the signal meaningless.
    paragraphs = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH)
    narrator_first_person = paragraphs and sum(first_person) * 3 > paragraphs
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH or index in marked_blocks:
            continue
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if nxt is not None:
            signature = _SIGNATURE.match(text, nxt.start, nxt.end)
            if signature and nxt.end - nxt.start < 160:
                found.append((index, signature.group("name").strip()))
                continue
        if narrator_first_person or not first_person[index] or index == 0:
            continue
        prev = blocks[index - 1]
        if prev.kind is not BlockKind.PARAGRAPH or first_person[index - 1] or _SIGNATURE.match(text, block.start):
            continue
        found.append((index, None))
    return found


# -- public API ----------------------------------------------------------------------------------------------


def find_quotations(document: Document) -> list[Quotation]:
    """Every quotation of ``document``, ordered by start (a parent before the quotations nested in it)."""
    from reader.speakers import Attributor

    text = document.text
    raws = _Scanner(document).run()
    marked = {index for raw in raws for index in range(raw.block, raw.last_block + 1)}
    ident = max((raw.ident for raw in raws), default=0)
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.QUOTE:
            ident += 1
            raws.append(_Raw(block.start, block.end, ">", "", ident, None, index, index, block.start, block.end,
                             is_block=True))
            for raw in raws:
                if raw.parent is None and not raw.is_block and block.start <= raw.start < block.end:
                    raw.parent = ident
    hints: dict[int, str | None] = {}
    if not document.markdown:
        for index, name in _unmarked_blocks(document, marked):
            block = document.blocks[index]
            ident += 1
            hints[ident] = name
            raws.append(_Raw(block.start, block.end, "", "", ident, None, index, index, block.start, block.end,
                             is_block=True))
    raws.sort(key=lambda r: (r.start, -r.end))
    position = {raw.ident: number for number, raw in enumerate(raws)}
    lang = guess_language(text)
    attributor = Attributor(document, [(r.open_pos, r.close_pos) for r in raws if r.parent is None], lang)
    result: list[Quotation] = []
    for raw in raws:
        parent = position.get(raw.parent) if raw.parent is not None else None
        if raw.is_block:
            quoted = "\n".join(text[s:e] for s, e in document.blocks[raw.block].segments)
            kind: Kind = "speech"
        else:
            quoted = text[raw.start : raw.end]
            kind = classify(quoted, attributor.sentence_before(raw.open_pos, raw.block), lang)
        result.append(Quotation(raw.start, raw.end, raw.open, raw.close, kind, None, parent is not None, parent,
                                quoted))
    speakers = attributor.attribute(result, [(r.block, r.last_block, r.open_pos, r.close_pos) for r in raws],
                                    [hints.get(r.ident) for r in raws])
    surnames = {person.full: person.surname for person in attributor.people.persons.values()}
    return [
        replace(q, speaker=surnames.get(s, s) if s else None, speaker_full=s)
        for q, s in zip(result, speakers, strict=True)
    ]


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
