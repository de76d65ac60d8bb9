"""Who said a quotation: attribution patterns around the marks, and resolution of pronouns and descriptions.

Patterns (English, German, French), looked for in the quotation's own sentence, outside the marks:
``“…,” he said`` · ``said Stoltenberg`` · ``Stoltenberg stressed`` · ``X said: “…”`` · ``X told reporters “…”`` ·
``according to X`` / ``laut X`` / ``selon X`` · ``», sagt der Virologe`` · ``», a-t-il estimé`` ·
``X a déclaré qu'il … « … »``. A quotation without its own attribution takes the speaker of the previous
quotation of its paragraph (``speech``) or sentence (``phrase``); a paragraph that opens with an unattributed
quotation takes the last speaker named in the paragraph before.

Structure, not proximity (issue 11, tuned on PolNeAR train, see benchmarks/quotes_polnear.py): between a subject
and its cue verb may stand adverbs, auxiliaries, a parenthesis ("(R-Ohio)"), an appositive between commas
(", 58,", ", a Rubio spokesman,") and "VERB to"; a name inside the appositive beats a description before it. In
English a capitalised word is a verb only at a sentence's start ("the United States"), the subject after the verb
is read only where English inverts ("“…,” said Smith"), never after a verb whose next noun is its object ("told
AFP"); a participle ("adding") takes its clause's subject. With no cue, the subject of the sentence's main clause
speaks for a quotation after its verb ("Clinton blamed the “fog of war”"), ``Smith: “…”`` names Smith, and a
speech opening a sentence takes the paragraph's last attribution before it. A speaker is a name, a resolved
pronoun or a role description; a determiner phrase with no role word ("the past"), a capitalised common word at a
sentence's start ("Perhaps", "Officials") or a clause fragment is no speaker: on weak evidence, none.

Resolution: a name becomes the fullest form the article uses for that surname ("Mr Obama" → "Barack Obama");
``he``/``she`` (``er``, ``il``, ``elle``) the most recent person named outside quotations; a description whose
head is a role ("the incumbent president", "NATO Secretary General", "le ministre de la Santé") the most recent
person whose title matches, else the most recent person; other descriptions ("a reporter", "my father") are
kept as written. ``None`` when nothing fits. Who a name, a pronoun or a role refers to is asked of
:class:`reader.quotes.people.People`, the index of the people the article names. Reading subjects and noun
phrases is :mod:`reader.quotes.phrases` (a mixin).

The patterns' speaker is not the last word in English: :mod:`reader.quotes.ranker` weighs it against the other
candidates around the quotation (``self.hows`` says which pattern gave each speaker, a feature there) and may
choose another or none. No Textual or Rich import here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.document import Document
from reader.quotes.people import People
from reader.quotes.phrases import NounPhrases
from reader.quotes.words import (
    _ABBREVIATIONS,
    _DETERMINERS,
    _INDEFINITE,
    _OBJECT_VERBS,
    _PRONOUNS,
    _SKIP_BEFORE_VERB,
    _VERBS,
)

if TYPE_CHECKING:
    from reader.quotes import Quotation

_INITIALS = re.compile(r"(?:\w\.)+\w")
_LOWER_WORD = re.compile(r"\b[a-zäöüéèàç][\w’']*")
_INVERTED = re.compile(r"\w+-(?:t-)?(il|elle)")
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»“)\]]*\s+")




class Attributor(NounPhrases):
    """Finds speakers for the quotations of one document."""

    def __init__(self, document: Document, top_spans: Sequence[tuple[int, int]], lang: str) -> None:
        self.document = document
        self.text = document.text
        self.lang = lang
        self.spans = sorted(top_spans)
        self.span_starts = [s for s, _ in self.spans]
        self.people = People(self.text, lang, self._inside)
        self.lowered = set(_LOWER_WORD.findall(self.text))
        self.how = "none"
        """Which pattern gave the last speaker (a feature for :mod:`reader.quotes.ranker`)."""
        self.hows: list[str] = []
        self._narrative: dict[int, list[tuple[int, str, bool]]] = {}

    # -- quotations' extent ------------------------------------------------------------------------------------

    def _inside(self, offset: int) -> bool:
        index = bisect_right(self.span_starts, offset) - 1
        return index >= 0 and self.spans[index][0] <= offset < self.spans[index][1]

    def _prev_close(self, offset: int, floor: int) -> int:
        """End of the last quotation closing before ``offset`` (not before ``floor``)."""
        index = bisect_left(self.span_starts, offset) - 1
        while index >= 0:
            start, end = self.spans[index]
            if end <= offset:
                return max(floor, end)
            index -= 1
        return floor

    def _next_open(self, offset: int, ceiling: int) -> int:
        index = bisect_left(self.span_starts, offset)
        if index < len(self.spans):
            return min(ceiling, self.spans[index][0])
        return ceiling

    # -- patterns ----------------------------------------------------------------------------------------------

    def sentence_before(self, open_pos: int, block_index: int) -> str:
        block = self.document.blocks[block_index]
        return self.text[self._sentence_start(open_pos, block.start) : open_pos]

    def _sentence_start(self, offset: int, floor: int) -> int:
        floor = self._prev_close(offset, floor)
        window = self.text[max(floor, offset - 400) : offset]
        base = max(floor, offset - 400)
        start = base
        for match in _BOUNDARY.finditer(window):
            if not self._is_abbreviation(window, match.start()):
                start = base + match.end()
        return start

    def _clause_start(self, offset: int, floor: int) -> int:
        """Start of the sentence holding ``offset``, looking through earlier quotations in it."""
        base = max(floor, offset - 600)
        window = self.text[base:offset]
        start = base
        for match in _BOUNDARY.finditer(window):
            if self._inside(base + match.start()):
                continue
            if not self._is_abbreviation(window, match.start()):
                start = base + match.end()
        return start

    def _sentence_end(self, offset: int, ceiling: int) -> int:
        ceiling = self._next_open(offset, ceiling)
        window = self.text[offset : min(ceiling, offset + 400)]
        for match in _BOUNDARY.finditer(window):
            if match.start() > 0 and not self._is_abbreviation(window, match.start()):
                return offset + match.start()
        return offset + len(window)

    @staticmethod
    def _is_abbreviation(window: str, dot: int) -> bool:
        begin = dot
        while begin > 0 and (window[begin - 1].isalpha() or window[begin - 1] == "."):
            begin -= 1
        token = window[begin:dot].lower()
        initials = len(token) <= 8 and bool(_INITIALS.fullmatch(token))  # "J.J. MacNab", "G.K. Butterfield"
        return token in _ABBREVIATIONS or ((len(token) == 1 or initials) and window[begin].isupper())

    def _source(self, tokens: list[tuple[str, int]]) -> str | None:
        """``according to X``, ``laut X``, ``selon X``, ``X zufolge``, ``, so X.``"""
        for j, (word, offset) in enumerate(tokens):
            key = word.lower()
            if key in ("according", "selon", "laut"):
                k = j + 2 if key == "according" else j + 1
                if key == "according" and (j + 1 >= len(tokens) or tokens[j + 1][0].lower() != "to"):
                    continue
                if k < len(tokens):
                    nxt = tokens[k][0].lower()
                    if nxt in _PRONOUNS:
                        return self.people.before(offset, _PRONOUNS[nxt])
                    found = self._subject_forward(tokens, k - 1)
                    if found and (tokens[k][0][:1].isupper() or nxt in _DETERMINERS and nxt not in _INDEFINITE):
                        return found
            if key == "zufolge" and j > 0:
                return self._subject_back(tokens, j)
        return None

    def _inline(self, tokens: list[tuple[str, int]], nearest_last: bool, sentence: int | None = None) -> str | None:
        """The subject of the nearest (``nearest_last``: last) speech verb in ``tokens``.

        ``sentence`` is the start of the sentence: its subject speaks for a participle (", adding: “…”") or a
        verb with no subject of its own after the quotation ("X hat „…“ angekündigt"). In English the subject
        after the verb is read only where English inverts ("“…,” said Smith", "said Smith: “…”"), and never after
        a verb whose next noun is its object ("told AFP").
        """
        order = range(len(tokens) - 1, -1, -1) if nearest_last else range(len(tokens))
        for j in order:
            word = tokens[j][0]
            inverted = _INVERTED.fullmatch(word.lower()) if "-" in word else None
            if inverted:
                return self.people.before(tokens[j][1], "m" if inverted.group(1) == "il" else "f")
            if not self._verb_at(tokens, j):
                continue
            subject = self._subject_back(tokens, j)
            key = word.lower()
            if subject is None and (
                self.lang != "en"
                or (key not in _OBJECT_VERBS and (
                    j == 0 or not tokens[j - 1][0][:1].isalnum()
                    or all(t.lower() in _SKIP_BEFORE_VERB for t, _ in tokens[:j])  # "”, a déclaré X"
                ))
            ):
                subject = self._subject_forward(tokens, j)
            if subject is None and self.lang == "en" and key.endswith("ing"):
                # "Spicer said, adding, “…”": the participle's subject is its clause's
                for m in range(j - 1, -1, -1):
                    if self._verb_at(tokens, m) and not tokens[m][0].lower().endswith("ing"):
                        subject = self._subject_back(tokens, m)
                        break
            if subject is None and sentence is not None and (
                word.endswith("ing") or j == 0 or not tokens[j - 1][0][:1].isalnum()
            ):
                subject = self._sentence_subject(sentence, tokens[j][1])
            if subject is not None:
                return subject
        return None

    def _direct(self, open_pos: int, close_pos: int, first_block: int, last_block: int, quoted: str,
                floor: int | None = None, ceiling: int | None = None) -> str | None:
        blocks = self.document.blocks
        lo = blocks[first_block].start if floor is None else floor
        hi = blocks[last_block].end if ceiling is None else ceiling
        before_start = self._sentence_start(open_pos, lo)
        clause_start = self._clause_start(open_pos, lo)
        after_end = self._sentence_end(close_pos, hi)
        after = self._tokens(close_pos, after_end)
        before = self._tokens(before_start, open_pos)
        # 1. "…,” he said / said Stoltenberg, right after the closing mark
        head = after[:8]
        while head and head[0][0] in ",;:—–-":
            head = head[1:]
        ends_sentence = quoted.rstrip()[-1:] in (".",) and len(after) > 8
        # "“…” of Trump, whom he called": a quotation that the sentence goes on from (a preposition, a
        # conjunction right after the mark) is not followed by its attribution
        goes_on = bool(after) and after[0][0].islower() and after[0][0] not in _VERBS and (
            after[0][0] not in _PRONOUNS and after[0][0] not in _SKIP_BEFORE_VERB)
        if head and not ends_sentence and not goes_on:
            found = self._inline(head[:12], nearest_last=False, sentence=clause_start)
            if found:
                self.how = "after"
                return found
        # 2. according to X anywhere in the sentence; X said: “…” before the opening mark
        found = self._source(before) or self._source(after)
        if found:
            self.how = "according"
            return found
        found = self._inline(before, nearest_last=True, sentence=clause_start)
        if found:
            self.how = "before"
            return found
        if len(before) >= 2 and before[-1][0] == ":" and before[-2][0][:1].isupper():
            # Smith: “…” (a transcript, a list of reactions)
            noun = self._noun_phrase_back(before, len(before) - 2)
            if noun is not None and noun[0]:
                self.how = "colon"
                return noun[0]
        # 3. later in the sentence: “…” to hold up on their plans, Indyk said.
        found = self._inline(after, nearest_last=False)
        self.how = "later" if found else "none"
        if found or self.lang != "en" or not before:
            return found
        # 4. no cue: the subject of the sentence that leads to the quotation ("Clinton blamed the “fog of war”")
        found = self._main_subject(clause_start, open_pos)
        self.how = "main" if found else "none"
        return found

    def narrative(self, block_index: int) -> list[tuple[int, str]]:
        """(offset, speaker) of attributions in a block's text outside quotations."""
        return [(offset, speaker) for offset, speaker, _ in self.narrative_events(block_index)]

    def narrative_events(self, block_index: int) -> list[tuple[int, str, bool]]:
        """(offset of the cue verb, speaker, read after the verb?) of attributions in a block's text outside
        quotations ("said Smith" is read after the verb). Cached: the patterns and the ranker both ask."""
        found = self._narrative.get(block_index)
        if found is None:
            found = self._narrative[block_index] = self._narrative_events(block_index)
        return found

    def _narrative_events(self, block_index: int) -> list[tuple[int, str, bool]]:
        block = self.document.blocks[block_index]
        found: list[tuple[int, str, bool]] = []
        pieces: list[tuple[int, int]] = []
        position = block.start
        index = bisect_left(self.span_starts, block.start)
        while index < len(self.spans) and self.spans[index][0] < block.end:
            start, end = self.spans[index]
            if start > position:
                pieces.append((position, start))
            position = max(position, end)
            index += 1
        if position < block.end:
            pieces.append((position, block.end))
        for start, end in pieces:
            tokens = self._tokens(start, end)
            for j, (word, _) in enumerate(tokens):
                if word.lower() in _VERBS and self._verb_at(tokens, j):
                    subject = self._subject_back(tokens, j)
                    if subject:
                        found.append((tokens[j][1], subject, False))
                        continue
                    if self.lang == "en" and (tokens[j][0].lower() in _OBJECT_VERBS or (
                        j > 0 and tokens[j - 1][0][:1].isalnum()
                    )):
                        continue  # English reads the subject after the verb only where it inverts ("said Smith")
                    subject = self._subject_forward(tokens, j)
                    if subject:
                        found.append((tokens[j][1], subject, True))
        return found

    def attribute(
        self,
        quotations: Sequence[Quotation],
        where: Sequence[tuple[int, int, int, int]],
        hints: Sequence[str | None],
    ) -> list[str | None]:
        """A speaker (or ``None``) for each quotation; ``where`` gives (first block, last block, open, close)."""
        speakers: list[str | None] = []
        self.hows = []
        last_in_block: dict[int, tuple[int, str | None, str]] = {}  # block -> (close, speaker, kind)
        for number, quotation in enumerate(quotations):
            first, last, open_pos, close_pos = where[number]
            hint = hints[number]
            if hint is not None:
                speakers.append(self.people.resolve_name(hint.split(), open_pos) or hint)
                self.hows.append("hint")
                continue
            if quotation.parent is not None and quotation.open != "" and quotations[quotation.parent].open != ">":
                parent = quotations[quotation.parent]
                speaker = self._direct(open_pos, close_pos, first, last, quotation.text,
                                       floor=parent.start, ceiling=parent.end)
                speakers.append(speaker)
                self.hows.append("nested")
                continue
            self.how = "block"
            if quotation.open == "" and quotation.close == "":
                speaker = None
            else:
                speaker = self._direct(open_pos, close_pos, first, last, quotation.text)
            sentence_start = self._sentence_start(open_pos, self.document.blocks[first].start)
            prefix = self.text[sentence_start:open_pos].strip()
            previous = last_in_block.get(first)
            # A colon names a source we could not read ("Auf der Drehbuchseite stand: „…“"): no inheritance.
            if speaker is None and previous is not None and not prefix.endswith(":"):
                prev_close, prev_speaker, prev_kind = previous
                if quotation.kind == "speech" and (not prefix or prev_kind == "speech"):
                    speaker = prev_speaker
                    self.how = "inherit"
                elif prev_close >= sentence_start:
                    speaker = prev_speaker
                    self.how = "inherit-sentence"
            block = self.document.blocks[first]
            at_start = open_pos == block.start  # blocks start at their first visible character
            if speaker is None and quotation.kind == "speech" and at_start and previous is None and first > 0:
                speaker = self._previous_paragraph(first, quotations, where, speakers)
                self.how = "paragraph"
            elif speaker is None and quotation.kind == "speech" and not prefix and previous is None and (
                self.lang == "en"
            ):
                # “…” opening a sentence after "Coan argues that his client …": the last attribution before it
                events = [event for event in self.narrative(first) if event[0] < open_pos]
                if events:
                    speaker = events[-1][1]
                    self.how = "narrative"
            speakers.append(speaker)
            self.hows.append(self.how)
            if speaker is not None or previous is None:
                last_in_block[last] = (close_pos, speaker, quotation.kind)
            if last != first:
                last_in_block[first] = (close_pos, speaker, quotation.kind)
        return speakers

    def _previous_paragraph(self, block_index: int, quotations: Sequence[Quotation],
                            where: Sequence[tuple[int, int, int, int]], speakers: list[str | None]) -> str | None:
        prev = block_index - 1
        events = self.narrative(prev)
        number = len(speakers) - 1
        while number >= 0 and where[number][1] >= prev:  # quotations are in document order
            if speakers[number] is not None and where[number][1] == prev and quotations[number].kind == "speech":
                events.append((where[number][3], speakers[number] or ""))
            number -= 1
        if not events:
            return None
        return max(events)[1]

