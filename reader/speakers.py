"""Who said a quotation: attribution patterns around the marks, and resolution of pronouns and descriptions.

Patterns (English, German, French), looked for in the quotation's own sentence, outside the marks:
``“…,” he said`` · ``said Stoltenberg`` · ``Stoltenberg stressed`` · ``X said: “…”`` · ``X told reporters “…”`` ·
``according to X`` / ``laut X`` / ``selon X`` · ``», sagt der Virologe`` · ``», a-t-il estimé`` ·
``X a déclaré qu'il … « … »``. A quotation without its own attribution takes the speaker of the previous
quotation of its paragraph (``speech``) or sentence (``phrase``); a paragraph that opens with an unattributed
quotation takes the last speaker named in the paragraph before.

Resolution: a name becomes the fullest form the article uses for that surname ("Mr Obama" → "Barack Obama");
``he``/``she`` (``er``, ``il``, ``elle``) the most recent person named outside quotations; a description whose
head is a role ("the incumbent president", "NATO Secretary General", "le ministre de la Santé") the most recent
person whose title matches, else the most recent person; other descriptions ("a reporter", "my father") are
kept as written. ``None`` when nothing fits. Who a name, a pronoun or a role refers to is asked of
:class:`reader.people.People`, the index of the people the article names. No Textual or Rich import here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.document import Document
from reader.people import _POSSESSIVE, _TOKEN, People
from reader.speaker_words import (
    _ABBREVIATIONS,
    _DETERMINERS,
    _FUNCTION,
    _HONORIFICS,
    _INDEFINITE,
    _PRONOUNS,
    _ROLES,
    _SKIP_BEFORE_VERB,
    _VERBS,
)

if TYPE_CHECKING:
    from reader.quotes import Quotation

_BOUNDARY = re.compile(r"[.!?…]+[\"”’»“)\]]*\s+")




class Attributor:
    """Finds speakers for the quotations of one document."""

    def __init__(self, document: Document, top_spans: Sequence[tuple[int, int]], lang: str) -> None:
        self.document = document
        self.text = document.text
        self.lang = lang
        self.spans = sorted(top_spans)
        self.span_starts = [s for s, _ in self.spans]
        self.people = People(self.text, lang, self._inside)

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
        return token in _ABBREVIATIONS or (len(token) == 1 and window[begin].isupper())

    def _tokens(self, start: int, end: int) -> list[tuple[str, int]]:
        return [(m.group(), m.start()) for m in _TOKEN.finditer(self.text, start, end)]

    def _subject_back(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        j = verb - 1
        while j >= 0 and tokens[j][0].lower().replace("’", "'") in _SKIP_BEFORE_VERB:
            j -= 1
        if j < 0:
            return None
        word, offset = tokens[j]
        key = word.lower()
        if key in ("to", "zu", "de", "à", "that", "which", "who", "dass", "que", "qui", "wie", "comme", "as", "if"):
            return None  # "used his speech to warn": no subject here
        if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui"):
            return self.people.before(offset, _PRONOUNS[key])
        if word[:1].isupper() or (word == "." and j > 0 and len(tokens[j - 1][0]) <= 4):
            run: list[str] = []
            k = j
            while k >= 0:
                tok = tokens[k][0]
                if tok == "." and k > 0 and tokens[k - 1][0][:1].isupper():
                    run.insert(0, tokens[k - 1][0] + ".")
                    k -= 2
                    continue
                if tok[:1].isupper() or (run and tok.lower() in ("von", "van", "de", "der", "da", "di", "um")):
                    run.insert(0, tok)
                    k -= 1
                    continue
                break
            if "um" in run:  # "Forscher um Aneta Afelt": the researchers around a named lead
                run = run[run.index("um") + 1 :]
            run = [_POSSESSIVE.sub("", t) if len(t) > 3 else t for t in run]
            return self.people.resolve_name(run, offset)
        # a description: "the incumbent president", "a reporter", "my father"
        k = j
        while k >= 0 and j - k < 5:
            tok = tokens[k][0]
            if not tok[:1].isalpha():
                return None
            if tok.lower() in _DETERMINERS:
                return self._description([t for t, _ in tokens[k : j + 1]], offset)
            k -= 1
        return None

    def _description(self, words: list[str], offset: int) -> str | None:
        lowered = [w.lower() for w in words]
        roles = [w for w in lowered[1:] if w in _ROLES]
        if lowered[0] in _INDEFINITE or not roles:
            return " ".join(words)
        return self.people.resolve_role(roles, offset, words)

    def _subject_forward(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        j = verb + 1
        limit = min(len(tokens), verb + 9)
        while j < limit:
            word, offset = tokens[j]
            key = word.lower()
            if not word[:1].isalnum():
                return None
            if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui") and j == verb + 1:
                return self.people.before(offset, _PRONOUNS[key])
            if word[:1].isupper() and key not in _FUNCTION:
                run = [word]
                k = j + 1
                while k < len(tokens) and (tokens[k][0][:1].isupper() or tokens[k][0] in (".", "um")):
                    if tokens[k][0] == ".":
                        if len(run[-1]) > 3 or run[-1].endswith("."):
                            break
                        run[-1] += "."
                    else:
                        run.append(tokens[k][0])
                    k += 1
                if "um" in run:
                    run = run[run.index("um") + 1 :]
                return self.people.resolve_name(run, offset)
            if key in _DETERMINERS and not any(t.lower() in _ROLES for t, _ in tokens[j + 1 : j + 3]):
                j += 1  # "à cette occasion": not the subject
                continue
            if key in _DETERMINERS:
                words = [word]
                k = j + 1
                while k < len(tokens) and len(words) < 6 and tokens[k][0][:1].isalnum():
                    if tokens[k][0].lower() in ("who", "which", "der", "die", "qui", "que"):
                        break
                    if tokens[k][0][:1].isupper() and tokens[k][0].lower() not in _ROLES and len(words) > 1:
                        # "der Virologe Christian Drosten": the name wins
                        return self.people.resolve_name([t for t, _ in tokens[k : k + 3] if t[:1].isupper()], offset)
                    words.append(tokens[k][0])
                    k += 1
                if any(w.lower() in _ROLES for w in words[1:]) or j == verb + 1:
                    return self._description(words, offset)
            j += 1
        return None

    def _verb_at(self, tokens: list[tuple[str, int]], j: int) -> bool:
        key = tokens[j][0].lower().replace("’", "'")
        if key not in _VERBS:
            return False
        if key == "went":
            return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "on"
        return True

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
        verb with no subject of its own after the quotation ("X hat „…“ angekündigt").
        """
        order = range(len(tokens) - 1, -1, -1) if nearest_last else range(len(tokens))
        for j in order:
            word = tokens[j][0]
            inverted = re.fullmatch(r"\w+-(?:t-)?(il|elle)", word.lower())
            if inverted:
                return self.people.before(tokens[j][1], "m" if inverted.group(1) == "il" else "f")
            if not self._verb_at(tokens, j):
                continue
            subject = self._subject_back(tokens, j)
            if subject is None:
                subject = self._subject_forward(tokens, j)
            if subject is None and sentence is not None and (
                word.endswith("ing") or j == 0 or not tokens[j - 1][0][:1].isalnum()
            ):
                subject = self._sentence_subject(sentence, tokens[j][1])
            if subject is not None:
                return subject
        return None

    def _sentence_subject(self, start: int, end: int) -> str | None:
        tokens = self._tokens(start, min(end, start + 120))
        if not tokens:
            return None
        word = tokens[0][0]
        key = word.lower()
        if key in _PRONOUNS:
            return self.people.before(start, _PRONOUNS[key])
        if not word[:1].isupper() or (key in _FUNCTION and key not in _DETERMINERS and key not in _HONORIFICS):
            return None
        run: list[str] = []
        for token, _ in tokens:
            if token[:1].isupper() or (not run and token.lower() in _DETERMINERS):
                run.append(token)
            elif token == "." and run and len(run[-1]) <= 4:
                run[-1] += "."
            else:
                break
        if len(run) == 1 and key in _DETERMINERS:
            words = [t for t, _ in tokens[:4] if t[:1].isalpha()]
            return self._description(words, start) if any(w.lower() in _ROLES for w in words) else None
        return self.people.resolve_name(run, start) if run else None

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
        if head and not ends_sentence:
            found = self._inline(head[:12], nearest_last=False, sentence=clause_start)
            if found:
                return found
        # 2. according to X anywhere in the sentence; X said: “…” before the opening mark
        found = self._source(before) or self._source(after)
        if found:
            return found
        found = self._inline(before, nearest_last=True, sentence=clause_start)
        if found:
            return found
        # 3. later in the sentence: “…” to hold up on their plans, Indyk said.
        return self._inline(after, nearest_last=False)

    def narrative(self, block_index: int) -> list[tuple[int, str]]:
        """(offset, speaker) of attributions in a block's text outside quotations."""
        block = self.document.blocks[block_index]
        found: list[tuple[int, str]] = []
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
            for j in range(len(tokens)):
                if self._verb_at(tokens, j):
                    subject = self._subject_back(tokens, j) or self._subject_forward(tokens, j)
                    if subject:
                        found.append((tokens[j][1], subject))
        return found

    def attribute(
        self,
        quotations: Sequence[Quotation],
        where: Sequence[tuple[int, int, int, int]],
        hints: Sequence[str | None],
    ) -> list[str | None]:
        """A speaker (or ``None``) for each quotation; ``where`` gives (first block, last block, open, close)."""
        speakers: list[str | None] = []
        last_in_block: dict[int, tuple[int, str | None, str]] = {}  # block -> (close, speaker, kind)
        for number, quotation in enumerate(quotations):
            first, last, open_pos, close_pos = where[number]
            hint = hints[number]
            if hint is not None:
                speakers.append(self.people.resolve_name(hint.split(), open_pos) or hint)
                continue
            if quotation.parent is not None and quotation.open != "" and quotations[quotation.parent].open != ">":
                parent = quotations[quotation.parent]
                speaker = self._direct(open_pos, close_pos, first, last, quotation.text,
                                       floor=parent.start, ceiling=parent.end)
                speakers.append(speaker)
                continue
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
                elif prev_close >= sentence_start:
                    speaker = prev_speaker
            block = self.document.blocks[first]
            at_start = open_pos == block.start  # blocks start at their first visible character
            if speaker is None and quotation.kind == "speech" and at_start and previous is None and first > 0:
                speaker = self._previous_paragraph(first, quotations, where, speakers)
            speakers.append(speaker)
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

