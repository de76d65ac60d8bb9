"""Search every highlight in the store: text, notes, tags and speakers across all documents.

Pure Python (no Textual, no TinyDB): the library screen's ``/`` and ``reader search`` both use it.

The query language is the side panel's filter (:func:`reader.session.filter_terms`, the one parser of it:
``#tag``, ``color:green``, ``has:note``, ``has:tags``, ``by:Name``, free words), plus ``doc:WORD`` (the
document's title or source - path or URL - contains WORD). Every word must hold; case is ignored.

Decisions, and why:

* **An index built once per store read** (:class:`SearchIndex`): each annotation's fields lowercased once, the
  quote and speaker joined into one string (they rank the same), lists of the annotations that have a note, tags
  or a speaker, and a table tag/colour -> annotations. A free word is then one C-level ``map(contains, ...)``
  over 100,000 strings (a few ms) instead of a Python loop that builds and lowercases a haystack per annotation
  (what the panel's :func:`~reader.session.matches_filter` does for one document). Each word becomes a mask
  of one byte per annotation (as a big integer, so masks combine with C-level ``&`` and ``+``); once fewer than
  half of the annotations are left, later words test only those. The panel and search find the same
  annotations for the same query (a property test checks it).
* **Ranking**: each free word scores where it matched best - the quote or the speaker 3, the note 2, a tag 1 -
  and an annotation's score is the sum (filters score nothing). Results are grouped by document (its source:
  the versions of a file that changed share one group); within a group the best score first, then the most
  recently created. Groups: best score first, then more matches, then the document opened most recently.
* **Grouping key**: a document's source (its URL, else its path), else its id, as the library merges rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, groupby, repeat
from operator import contains
from typing import TYPE_CHECKING, NamedTuple

from reader.annotation import Annotation
from reader.session import filter_terms

if TYPE_CHECKING:
    from reader.store import DocumentRecord

TEXT_WEIGHT, NOTE_WEIGHT, TAG_WEIGHT = 3, 2, 1
_MAX_WORDS = 60
"""Free words counted in a score (one byte holds the sum: 60 x 3 < 256); more are ignored."""
_BEST_WEIGHT = bytes([0, 1, 2, 3, *[TEXT_WEIGHT] * 4, *[0] * 248])
"""Byte ``found_in_main << 2 | weight so far`` -> the weight of the best field."""
_FEW = 2
"""When fewer than 1/_FEW of the annotations are left, later words test only those, one by one (a Python loop
over half of them costs less than the C-level map over all of them: it tests fewer strings)."""
_NONZERO = bytes([0, *[1] * 255])
_SEP = "\x00"
"""Joins fields in one haystack; query words never hold it (controls are dropped from them)."""


class DocumentInfo(NamedTuple):
    """What search knows of a document: its group key, id, title, source (URL or path) and last opened."""

    key: str
    doc_id: str
    title: str
    source: str
    opened: str


class Hit(NamedTuple):
    """One matching annotation, its score and the fields the free words were found in."""

    annotation: Annotation
    score: int
    fields: tuple[str, ...]


class Group(NamedTuple):
    """The matches in one document, best first."""

    document: DocumentInfo
    hits: list[Hit]


class ParsedQuery(NamedTuple):
    """A query split into the panel's terms ((kind, value) pairs) and the ``doc:`` words."""

    terms: list[tuple[str, str]]
    doc_words: list[str]

    @property
    def empty(self) -> bool:
        return not self.terms and not self.doc_words


class Results:
    """What a query found: ``total`` annotations in ``len(groups)`` documents. Hits are built on demand (a
    word in half of 100,000 highlights must not build 50,000 objects to show the first screenful)."""

    def __init__(
        self, query: str, parsed: ParsedQuery, ranked: list[tuple[int, list[int]]], total: int, index: SearchIndex
    ) -> None:
        self.query = query
        self.parsed = parsed
        self.total = total
        self._ranked = ranked
        self._index = index

    def __len__(self) -> int:
        return len(self._ranked)

    def document(self, position: int) -> DocumentInfo:
        return self._index.groups[self._ranked[position][0]]

    def count(self, position: int) -> int:
        return len(self._ranked[position][1])

    def hits(self, position: int, limit: int | None = None) -> list[Hit]:
        """The hits of the ``position``-th group, best first (at most ``limit``)."""
        indexes = self._ranked[position][1]
        return [self._index.hit(i, self.parsed) for i in indexes[:limit]]

    @property
    def groups(self) -> list[Group]:
        """Every group with all its hits (for the command line; the screen asks for what it shows)."""
        return [Group(self.document(n), self.hits(n)) for n in range(len(self._ranked))]


def parse_query(query: str) -> ParsedQuery:
    """``doc:WORD`` words taken out, the rest parsed by the panel's parser; control characters dropped."""
    clean = "".join(ch if ch.isprintable() else " " for ch in query)
    doc_words: list[str] = []
    rest: list[str] = []
    for word in clean.split():
        if word.lower().startswith("doc:") and len(word) > 4:
            doc_words.append(word[4:].lower())
        else:
            rest.append(word)
    terms = [(term.kind, term.value) for term in filter_terms(" ".join(rest)) if term.value]
    return ParsedQuery(terms, doc_words)


def group_key(path: str, url: str, doc_id: str) -> str:
    """The key documents are merged by: the path, else the URL, else the id (as the library's rows:
    :func:`reader.library_index.row_key`, which says why)."""
    return path or url or doc_id


def _flags(values: Iterable[bool]) -> int:
    """Booleans as a big integer of one 0/1 byte each, the first value in the highest byte."""
    return int.from_bytes(bytes(values), "big")


def document_infos(records: Iterable[DocumentRecord]) -> dict[str, DocumentInfo]:
    """The store's document records as search sees them, by id."""
    infos: dict[str, DocumentInfo] = {}
    for record in records:
        url = str(record.source.get("url", "") or "")
        key = group_key(record.path, url, record.id)
        infos[record.id] = DocumentInfo(key, record.id, record.title, record.path or url, record.opened)
    return infos


class SearchIndex:
    """Every annotation of a store, ready to be searched many times (build it once per read of the store).

    ``documents`` maps a document id to its :class:`DocumentInfo`; an annotation whose document has no record
    gets one from its own path and title."""

    def __init__(self, annotations: Iterable[Annotation], documents: dict[str, DocumentInfo] | None = None) -> None:
        known = dict(documents or {})
        items = list(annotations)
        for annotation in items:
            if annotation.doc_id not in known:
                key = group_key(annotation.path, "", annotation.doc_id)
                known[annotation.doc_id] = DocumentInfo(key, annotation.doc_id, annotation.title, annotation.path, "")
        self.documents = known
        # The group of each key is named by its most recently opened version; groups are numbered from the most
        # recently opened, so a group's number is its rank by recency.
        named: dict[str, DocumentInfo] = {}
        for info in sorted(known.values(), key=lambda d: d.opened):
            named[info.key] = info
        self.groups: list[DocumentInfo] = sorted(named.values(), key=lambda d: (d.opened, d.key), reverse=True)
        number = {info.key: n for n, info in enumerate(self.groups)}
        # In index order the annotations are grouped (by group number), each group most recently created first.
        items.sort(key=lambda a: a.created, reverse=True)
        items.sort(key=lambda a: number[known[a.doc_id].key])
        self.annotations: list[Annotation] = items
        self.group_of: list[int] = [number[known[a.doc_id].key] for a in items]
        self.main: list[str] = [(a.text + _SEP + a.speaker).lower() if a.speaker else a.text.lower() for a in items]
        self.main_joined = _SEP.join(self.main)
        self.notes: list[str] = [a.note.lower() if a.note.strip() else "" for a in items]
        self.tags: list[str] = [_SEP.join(a.tags).lower() for a in items]
        self.speakers: list[str] = [(a.speaker or "").lower() for a in items]
        self.note_ids = [i for i, text in enumerate(self.notes) if text]
        self.note_texts = [self.notes[i] for i in self.note_ids]
        self.notes_joined = _SEP.join(self.note_texts)
        self.tag_ids = [i for i, text in enumerate(self.tags) if text]
        self.tag_texts = [self.tags[i] for i in self.tag_ids]
        self.tags_joined = _SEP.join(self.tag_texts)
        self.by_tag: dict[str, list[int]] = {}
        self.by_color: dict[str, list[int]] = {}
        for i, annotation in enumerate(items):
            self.by_color.setdefault(annotation.color, []).append(i)
            for tag in {t.lower() for t in annotation.tags}:
                self.by_tag.setdefault(tag, []).append(i)
        self.has_note = _flags(map(bool, self.notes))
        self.has_tags = _flags(map(bool, self.tags))
        texts: dict[int, list[str]] = {}
        for info in known.values():
            texts.setdefault(number[info.key], []).extend((info.title.lower(), info.source.lower()))
        self.group_texts: list[str] = [_SEP.join(texts.get(n, ())) for n in range(len(self.groups))]

    def __len__(self) -> int:
        return len(self.annotations)

    def search(self, query: str) -> Results:
        """Every annotation matching ``query``, grouped and ranked (see the module's docstring). An empty
        query matches nothing.

        Each word becomes a mask of one byte per annotation, made by C-level ``map``s: a free word's byte is
        its best field's weight (quote/speaker 3, note 2, tags 1), from the three fields' 0/1 masks combined
        as big integers (``m << 2 | n << 1 | t``, one byte each, no carries) and a ``translate``; scores add up
        the same way. A Python loop runs only over the matches, to group them."""
        parsed = parse_query(query)
        count = len(self.annotations)
        if parsed.empty or not count:
            return Results(query, parsed, [], 0, self)
        alive: int | None = None  # no mask yet: every annotation
        total_score = 0
        scored = False
        for mask in self._filter_masks(parsed):
            alive = mask if alive is None else alive & mask
        for kind, word in parsed.terms[:_MAX_WORDS]:
            if kind != "text":
                continue
            candidates = None
            if alive is not None and alive.bit_count() * _FEW < count:  # few left: test only those
                candidates = list(compress(range(count), alive.to_bytes(count, "big")))
            best = self._word_weights(word, candidates)
            total_score += int.from_bytes(best, "big")
            found = int.from_bytes(best.translate(_NONZERO), "big")
            alive = found if alive is None else alive & found
            scored = True
        if alive is None:
            return Results(query, parsed, [], 0, self)
        chosen = list(compress(range(count), alive.to_bytes(count, "big")))
        score = total_score.to_bytes(count, "big") if scored else None
        return Results(query, parsed, self._grouped(chosen, score), len(chosen), self)

    # -- internals ---------------------------------------------------------------------------------------

    def _mask(self, indexes: Iterable[int]) -> int:
        flags = bytearray(len(self.annotations))
        for i in indexes:
            flags[i] = 1
        return int.from_bytes(flags, "big")

    def _filter_masks(self, parsed: ParsedQuery) -> list[int]:
        """One 0/1-per-byte mask (as a big integer) for each filter word."""
        masks: list[int] = []
        for word in parsed.doc_words:
            groups = bytes(map(contains, self.group_texts, repeat(word)))
            masks.append(int.from_bytes(bytes(map(groups.__getitem__, self.group_of)), "big"))
        for kind, value in parsed.terms:
            if kind == "tag":
                masks.append(self._mask(self.by_tag.get(value, ())))
            elif kind == "color":
                masks.append(self._mask(self.by_color.get(value, ())))
            elif kind == "has":
                masks.append(self.has_note if value == "note" else self.has_tags)
            elif kind == "by":
                masks.append(_flags(map(contains, self.speakers, repeat(value))))
        return masks

    def _word_weights(self, word: str, candidates: list[int] | None) -> bytes:
        """One byte per annotation: the weight of the best field ``word`` is in (0: none). Over every
        annotation, a field whose joined text lacks the word costs one C-level scan and no per-item work."""
        count = len(self.annotations)
        weights = bytearray(count)
        if candidates is not None:
            main, notes, tags = self.main, self.notes, self.tags
            for i in candidates:
                if word in main[i]:
                    weights[i] = TEXT_WEIGHT
                elif word in notes[i]:
                    weights[i] = NOTE_WEIGHT
                elif word in tags[i]:
                    weights[i] = TAG_WEIGHT
            return bytes(weights)
        for joined, ids, texts, weight in (
            (self.tags_joined, self.tag_ids, self.tag_texts, TAG_WEIGHT),
            (self.notes_joined, self.note_ids, self.note_texts, NOTE_WEIGHT),
        ):
            if word in joined:
                for i in compress(ids, map(contains, texts, repeat(word))):
                    weights[i] = weight
        if word not in self.main_joined:
            return bytes(weights)
        in_main = int.from_bytes(bytes(map(contains, self.main, repeat(word))), "big")
        combined = (in_main << 2) | int.from_bytes(weights, "big")
        return combined.to_bytes(count, "big").translate(_BEST_WEIGHT)

    def _grouped(self, chosen: Sequence[int], score: bytes | None) -> list[tuple[int, list[int]]]:
        """(group number, indexes best first) for each group with a match, best group first."""
        ranked: list[tuple[tuple[int, int, int], int, list[int]]] = []
        for group, members in groupby(chosen, self.group_of.__getitem__):
            indexes = list(members)
            if score is not None:
                indexes.sort(key=score.__getitem__, reverse=True)  # stable: the most recent first among equals
                best = score[indexes[0]]
            else:
                best = 0
            ranked.append(((-best, -len(indexes), group), group, indexes))
        ranked.sort()
        return [(group, indexes) for _, group, indexes in ranked]

    def hit(self, index: int, parsed: ParsedQuery) -> Hit:
        """The annotation at ``index`` with its score and the fields the free words were found in."""
        annotation = self.annotations[index]
        fields: set[str] = set()
        total = 0
        for kind, word in parsed.terms:
            if kind != "text":
                continue
            if word in self.main[index]:
                fields.add("speaker" if word not in annotation.text.lower() else "text")
                total += TEXT_WEIGHT
            elif word in annotation.note.lower():
                fields.add("note")
                total += NOTE_WEIGHT
            else:
                fields.add("tags")
                total += TAG_WEIGHT
        return Hit(annotation, total, tuple(sorted(fields)))
