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
:class:`reader.quotes.people.People`, the index of the people the article names. No Textual or Rich import here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.document import Document
from reader.quotes.people import _POSSESSIVE, _TOKEN, People
from reader.quotes.words import (
    _ABBREVIATIONS,
    _AUXILIARIES,
    _CONJUNCTIONS,
    _DETERMINERS,
    _FUNCTION,
    _HONORIFICS,
    _INDEFINITE,
    _INTRODUCERS,
    _OBJECT_VERBS,
    _PRONOUNS,
    _ROLES,
    _SKIP_BEFORE_VERB,
    _VERBS,
)

if TYPE_CHECKING:
    from reader.quotes import Quotation

_INITIALS = re.compile(r"(?:\w\.)+\w")
_LOWER_WORD = re.compile(r"\b[a-zäöüéèàç][\w’']*")
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
        self.lowered = {m.group() for m in _LOWER_WORD.finditer(self.text)}

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

    def _tokens(self, start: int, end: int) -> list[tuple[str, int]]:
        return [(m.group(), m.start()) for m in _TOKEN.finditer(self.text, start, end)]

    def _skip_back(self, tokens: list[tuple[str, int]], j: int) -> tuple[int, list[tuple[str, int]] | None]:
        """From ``j`` backwards, past what stands between a subject and its verb: adverbs and auxiliaries ("also",
        "jokingly", "has"), a parenthesis ("(R-Ohio)"), an appositive between commas (", 58,", ", a spokesman,",
        ", who …,") and "VERB to" ("interjected to say"). Returns the subject's last index and the appositive."""
        appositive: list[tuple[str, int]] | None = None
        steps = 0
        while j >= 0 and steps < 8:
            steps += 1
            word = tokens[j][0]
            key = word.lower().replace("’", "'")
            if key in _SKIP_BEFORE_VERB or (len(key) > 4 and key.endswith("ly") and word.islower()):
                j -= 1
                continue
            if word == ")":
                k = j - 1
                while k >= 0 and j - k < 16 and tokens[k][0] != "(":
                    k -= 1
                if k < 0 or tokens[k][0] != "(":
                    break
                j = k - 1
                continue
            if word == "," and appositive is None:
                k = j - 1
                while k >= 0 and j - k < 26 and tokens[k][0] not in (",", ";", ":", "(", ")", "Q"):
                    k -= 1
                if k >= 1 and tokens[k][0] == "," and j - k > 1 and tokens[k - 1][0][:1].isalnum() and not any(
                    self._verb_at(tokens, m) for m in range(k + 1, j)
                ):
                    appositive = tokens[k + 1 : j]
                    j = k - 1
                    continue
                break
            if key == "to" and j >= 1 and tokens[j - 1][0].islower() and self.lang == "en" and steps == 1:
                j -= 2  # "interjected to say": the subject of the verb before
                continue
            break
        return j, appositive

    def _subject_back(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        j, appositive = self._skip_back(tokens, verb - 1)
        if j < 0:
            return None
        found = self._noun_phrase_back(tokens, j)
        if appositive and (found is None or found[1] == "description"):
            named = [(t, o) for t, o in appositive if t[:1].isupper() or t == "."]
            if named and appositive[-1][0][:1].isupper() and appositive[0][0][:1].isupper():
                # "Sanders's campaign manager, Jeff Weaver, said": the name in the appositive
                return self.people.resolve_name(self._run_words(appositive), appositive[-1][1])
        return found[0] if found else None

    @staticmethod
    def _run_words(tokens: list[tuple[str, int]]) -> list[str]:
        run: list[str] = []
        for tok, _ in tokens:
            if tok == "." and run and len(run[-1]) <= 4 and not run[-1].endswith("."):
                run[-1] += "."
            elif tok[:1].isupper():
                run.append(tok)
        return run

    def _common_word(self, word: str, offset: int) -> bool:
        """A capitalised word that starts its sentence and that the article also writes in lower case
        ("Officials", "Perhaps"): not a name."""
        k = offset - 1
        while k >= 0 and self.text[k] in " \t\u00a0":
            k -= 1
        initial = k < 0 or self.text[k] in ".!?:\n\r\"“”»«„(—–-"
        return initial and word.lower() in self.lowered

    def _noun_phrase_back(self, tokens: list[tuple[str, int]], j: int) -> tuple[str | None, str] | None:
        """The noun phrase ending at ``j`` as (speaker, "name" | "pronoun" | "description")."""
        word, offset = tokens[j]
        key = word.lower()
        if key in ("to", "zu", "de", "à", "that", "which", "who", "dass", "que", "qui", "wie", "comme", "as", "if"):
            return None  # "used his speech to warn": no subject here
        if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui"):
            return self.people.before(offset, _PRONOUNS[key]), "pronoun"
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
            if self.lang == "en" and len(run) == 1 and (
                self._common_word(run[0], tokens[k + 1][1])
                or run[0].lower() in _ROLES
                or run[0].lower()[:-1] in _ROLES  # "Officials said": a role noun capitalised, not a name
            ):
                return None
            run = [_POSSESSIVE.sub("", t) if len(t) > 3 else t for t in run]
            if k >= 0 and tokens[k][0].lower() in _DETERMINERS and self.lang == "en":
                words = [t for t, _ in tokens[k : j + 1] if t[:1].isalpha()]
                if any(w.lower() in _ROLES for w in words):
                    return self._description(words, offset), "description"
            return self.people.resolve_name(run, offset), "name"
        # a description: "the incumbent president", "a reporter", "my father"
        k = j
        while k >= 0 and j - k < 6:
            tok = tokens[k][0]
            if not tok[:1].isalpha():
                return None
            if tok.lower() in _DETERMINERS:
                return self._description([t for t, _ in tokens[k : j + 1]], offset), "description"
            k -= 1
        return None

    def _description(self, words: list[str], offset: int) -> str | None:
        """A role description as the speaker: resolved to the person it stands for ("the incumbent president"),
        kept as written when indefinite ("a reporter"), None when no role word heads it ("the past", "his
        remarks and"): a speaker is a person or an organisation, never a fragment of another clause."""
        lowered = [w.lower() for w in words]
        roles = [w for w in lowered[1:] if w in _ROLES or (w.endswith("s") and w[:-1] in _ROLES)]
        if not roles or lowered[-1] in ("and", "or", "when", "if", "as", "that", "by", "to", "with"):
            return None
        if lowered[0] in _INDEFINITE:
            return " ".join(words)
        return self.people.resolve_role([r if r in _ROLES else r[:-1] for r in roles], offset, words)

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
        word = tokens[j][0]
        key = word.lower().replace("’", "'")
        if key not in _VERBS:
            return False
        if word[:1].isupper() and j > 0 and self.lang == "en":
            return False  # "the United States": a capitalised verb only starts a sentence
        if key == "went":
            return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "on"
        if key == "pointed":
            return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "out"
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
        verb with no subject of its own after the quotation ("X hat „…“ angekündigt"). In English the subject
        after the verb is read only where English inverts ("“…,” said Smith", "said Smith: “…”"), and never after
        a verb whose next noun is its object ("told AFP").
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

    def _main_subject(self, start: int, end: int) -> str | None:
        """English: the subject of the sentence's main clause, when its verb comes before ``end`` (the quotation):
        "Clinton blamed the “fog of war”", "Sanders released a statement …, insisting that …“…”". An opening
        conjunction or adverbial ("But", "At the debate Wednesday night,") is skipped; the subject must be a name,
        a pronoun or a role, followed (past an appositive, a parenthesis, adverbs) by a finite verb."""
        tokens = self._tokens(start, end)
        i = 0
        if tokens and tokens[0][0].lower() in _CONJUNCTIONS:
            i = 1
            if i < len(tokens) and tokens[i][0] == ",":
                i += 1
        if i < len(tokens) and tokens[i][0].lower() in _INTRODUCERS:
            comma = next((k for k in range(i + 1, min(len(tokens), i + 20)) if tokens[k][0] == ","), None)
            if comma is None:
                return None
            i = comma + 1
        for v in range(i + 1, min(len(tokens), i + 30)):
            word = tokens[v][0]
            key = word.lower()
            if not word.isalpha() or not word.islower():
                if word in (";", ":") or (word == "," and v > i + 1 and tokens[v - 1][0].islower()):
                    return None
                continue
            previous = tokens[v - 1][0]
            finite = (
                key in _VERBS and not key.endswith("ing")
                or key in _AUXILIARIES
                or (key.endswith("ed") and len(key) > 4)
                or (key.endswith("s") and not key.endswith("ss") and (previous[:1].isupper() or previous == ")"))
            )
            if not finite:
                if key in _DETERMINERS or key in _ROLES or key in ("of", "for", "at", "who", "which") or (
                    v > i and tokens[v - 1][0] in (",", "(")
                ):
                    continue
                if key.endswith("ly"):
                    continue
                return None
            j, appositive = self._skip_back(tokens, v - 1)
            if j < i:
                return None
            found = self._noun_phrase_back(tokens, j)
            if found is None:
                return None
            speaker, kind = found
            if speaker is None:
                return None
            if kind == "description" and not any(w.lower() in _ROLES for w in speaker.split()):
                return None
            return speaker
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
        if len(before) >= 2 and before[-1][0] == ":" and before[-2][0][:1].isupper():
            # Smith: “…” (a transcript, a list of reactions)
            noun = self._noun_phrase_back(before, len(before) - 2)
            if noun is not None and noun[0]:
                return noun[0]
        # 3. later in the sentence: “…” to hold up on their plans, Indyk said.
        found = self._inline(after, nearest_last=False)
        if found or self.lang != "en" or not before:
            return found
        # 4. no cue: the subject of the sentence that leads to the quotation ("Clinton blamed the “fog of war”")
        return self._main_subject(clause_start, open_pos)

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
            elif speaker is None and quotation.kind == "speech" and not prefix and previous is None and (
                self.lang == "en"
            ):
                # “…” opening a sentence after "Coan argues that his client …": the last attribution before it
                events = [event for event in self.narrative(first) if event[0] < open_pos]
                if events:
                    speaker = events[-1][1]
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

