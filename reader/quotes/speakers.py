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

More rules of English attribution from PolNeAR train's errors (part 3): ``“…” ― Pamela Padilla`` (a signature)
names the speaker; in reported speech the first saying verb's subject is the source ("Rubio said that … Trump,
whom he called a “…”" → Rubio); a quotation that ends its sentence is not attributed by the next sentence when
that one leads to another quotation; a cue word after "a"/"an" and a name is a noun ("a Donald Trump tweet").

Resolution: a name becomes the fullest form the article uses for that surname ("Mr Obama" → "Barack Obama");
``he``/``she`` (``er``, ``il``, ``elle``) the person it stands for (in English the main clause's subject first:
"Clinton says she …"); a role description ("the incumbent president", "le ministre de la Santé") the person whose
title matches, else it is kept as written, as an indefinite one is ("a reporter"); ``None`` when nothing fits.
:class:`reader.quotes.people.People` indexes the people the article names; :mod:`reader.quotes.phrases` reads
subjects and noun phrases (a mixin).

The patterns' speaker is not the last word in English: :mod:`reader.quotes.ranker` weighs it against the other
candidates around the quotation (``self.hows`` says which pattern gave each speaker, a feature there) and may
choose another or none. No Textual or Rich import here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from reader.document import BlockKind, Document
from reader.quotes.after_mark import byline_writer, without_title
from reader.quotes.cue_subjects import CueSubjects
from reader.quotes.descriptions import _is_role
from reader.quotes.german_clauses import _KONJUNKTIV
from reader.quotes.given_names import given_gender
from reader.quotes.incises import cued_after
from reader.quotes.interviews import InterviewSpeakers, Turn
from reader.quotes.names import lower_case_words
from reader.quotes.nested import TITLES_NAMED, german_pronoun_cue, nested_elsewhere, nested_speaker
from reader.quotes.organisations import Introductions
from reader.quotes.pause import paused_gc
from reader.quotes.people import People
from reader.quotes.sentence_openings import goes_on_about, impersonal_after, own_statement_after, quoted_passive_de
from reader.quotes.spans import Spans
from reader.quotes.speaker_kinds import Described, Unheld, _is_group, is_crowd
from reader.quotes.text_words import TextWords
from reader.quotes.token_windows import contrast_clause
from reader.quotes.words import _DETERMINERS, _PLACES, _PRONOUNS, _SKIP_BEFORE_VERB, _VERB_FORMS, _VERBS

if TYPE_CHECKING:
    from reader.quotes import Quoted

_CUED = frozenset(("before", "after", "colon", "later", "according", "signature", "main"))
"""The patterns that read a speaker from the quotation's own sentence (a saying verb, "according to", a colon, a
signature, the main clause's subject when that is a full name: "People should …" is none), not from a quotation
before: whom a pronoun after it may stand for (:meth:`~reader.quotes.recent_speakers.RecentSpeakers._just_spoke`)."""

_NEW_CLAUSE = frozenset(("while", "whereas", "but", ";", "although", "though"))
"""Words after which a sentence's cue verb belongs to another clause than the quotation's."""
_SHORT_ATTRIBUTION = 10
"""Tokens a sentence after a quotation that ended its own sentence may hold and still be its attribution
("“… now.” Ohio Gov. John Kasich said Tuesday." is 9)."""


_GERMAN_FINITE = re.compile(r"(?!(?:aber|doch|denn|dass|weil|wenn|sowie|nicht|auch|noch|schon|sondern|oder|also|dann|"
                            r"jetzt|heute|damals|bevor|nachdem|während|obwohl)\b)[a-zäöüß]{4,}")
"""A German verb after a quotation's comma (a lower-case word, no conjunction nor adverb: "gestand", "bilanzierte")."""


class Attributor(CueSubjects):
    """Finds speakers for the quotations of one document."""

    def __init__(self, document: Document, top_spans: Iterable[tuple[int, int]], lang: str,
                 read: Callable[[], TextWords] | None = None,
                 block_bounds: tuple[list[int], list[int]] | None = None) -> None:
        """``read``: gives the text's lower-case words and name scan (:func:`read_words`) when asked, where something
        else reads them meanwhile (:mod:`reader.quotes.parallel`); ``block_bounds``: the blocks' starts and ends."""
        self.document = document
        self.text = document.text
        self.lang = lang
        spans = Spans.of(top_spans)
        self.span_starts, self.span_ends = spans.starts, spans.ends
        """The outermost quotations' starts and ends, sorted (:class:`reader.quotes.spans.Spans`)."""
        blocks = document.blocks
        self.starts, self.ends = block_bounds or ([block.start for block in blocks], [block.end for block in blocks])
        """Each block's start and end (``Block.start``/``end`` are properties: a call each, many per quotation)."""
        with paused_gc():  # the index holds millions of small objects on 20 MB (see reader.quotes.pause)
            lowered, scan = read() if read is not None else (None, None)
            self.lowered = lowered if lowered is not None else lower_case_words(self.text)
            title_end = blocks[0].end if blocks and blocks[0].kind is BlockKind.TITLE else 0
            self.people = People(self.text, lang, spans, scan, self.lowered, title_end)
            self.title_end = title_end
        self.how = "none"  # which pattern gave the last speaker (a feature for :mod:`reader.quotes.ranker`)
        self.hows: list[str] = []
        self.aliases: dict[str, str] = {}  # a name someone is known as → their name in full (set by the caller)
        self._narrative: dict[int, list[tuple[int, str, bool]]] = {}
        self._reported_cues: set[int] = set()
        self._inside_capitals: dict[tuple[str, int], bool] = {}
        self._recent_tokens = {}
        self._pronoun_subjects = {}
        self._first_named_memo = {}
        self._introductions = Introductions()
        self._starts: dict[tuple[int, int], int] = {}
        self._clauses: dict[tuple[int, int], int] = {}
        self._subjects_back = {}
        self._spoke_at = []
        self._spoke = []
        self.interviews = InterviewSpeakers(self.text, self.starts, self.ends, self.people)

    def forget(self) -> None:
        """Drop what is cached per block and per offset (pure memos: only time is lost when asked again) and the
        speakers given so far (:attr:`_spoke`: read only about the quotation just before a pronoun, so a range's
        speakers never depend on which ranges this process did before). The finder calls it between ranges: the
        caches only serve a quotation's own block and the few before it, yet grew over the whole document (~30 MB
        at 20 MB in the finder's child; issue 14's memory)."""
        for cache in (self._narrative, self._reported_cues, self._recent_tokens, self._pronoun_subjects, self._starts,
                      self._clauses, self._subjects_back, self._spoke_at, self._spoke, self._first_named_memo,
                      self._introductions):
            cache.clear()

    # -- patterns ----------------------------------------------------------------------------------------------

    def _direct(self, open_pos: int, close_pos: int, first_block: int, last_block: int, quoted: str,
                floor: int | None = None, ceiling: int | None = None) -> str | None:
        blocks = self.document.blocks
        lo = self.starts[first_block] if floor is None else floor
        hi = self.ends[last_block] if ceiling is None else ceiling
        before_start = self._sentence_start(open_pos, lo)
        # the start of the sentence through earlier quotations, read only by the rules that need it
        def clause_start() -> int:
            return self._clause_start(open_pos, lo)

        after_end = self._sentence_end(close_pos, hi)  # (past a stop right after the mark only to a sentence that
        after = self._tokens(close_pos, after_end)  # goes on about its subject: not "». Une source … évoque")
        if self.text.startswith((". ", ".\n"), close_pos) and not goes_on_about(after, self.lang) or (
                self.lang == "de" and after and quoted.rstrip()[-1:] in (".", "?", "!") and after[0][0][:1].isupper()
                and after[0][0] != "So" and "," not in self.text[close_pos : after[0][1]]):
            after = []  # (German writes a comma after the mark before its incise, even after "?" or "!": „…!“,
            # sagte er. „…!“ Innerhalb von 48 Stunden meldeten sich … is a new sentence; „…“ So ordnet der … ein.
            # names its speaker)
        before = self._tokens(before_start, open_pos)
        if not before and floor is None and first_block > 0 and (
                prev := blocks[first_block - 1]) and self.text[max(prev.start, prev.end - 8) : prev.end].rstrip(
                ).endswith(":"):
            # "Puis, se tournant vers le prévenu :¶« … »", "He wrote:¶“…”": the colon closing the paragraph before
            before = self._tokens(self._sentence_start(prev.end - 1, prev.start), prev.end)
        # “… caused death.” Sanders called Trump a “…”: a quotation that ends its sentence, followed by a new
        # sentence that leads to another quotation, is not attributed by that sentence's verb (it belongs to the
        # next quotation); “… motion!” Rep. Glenn Thompson said of … still is.
        next_open = self._next_open(close_pos, hi)
        new_sentence = (quoted.rstrip()[-1:] in (".", "?", "!") and bool(after) and after[0][0][:1].isupper()
                        and next_open < hi and after_end >= next_open)
        # 0. “…” ― Pamela Padilla: a signature after a dash that ends the sentence (reactions, epigraphs)
        signed = self._signed(after, last_block, ceiling) or (self._headline_name(after) if (
            open_pos < self.title_end and _FIRST_PERSON_ANY.search(quoted)) else None)
        if signed:
            self.how = "signature"
            return signed
        if self.lang == "de" and before and before[-1][0] in ("wer", "Wer") and after and after[0][0] in _VERBS:
            self.how = "none"  # "Und wer »Sperrpause« sagt, meint nicht die Kaffeepause": anyone who says the word
            return None
        if self.lang != "other" and (found := self._pointed_back(close_pos, hi)):
            self.how = "after"  # „…“ Mit diesen Worten beginnt der 28-Jährige …: the one who said them (part 42)
            return found
        if self.lang == "de" and impersonal_after(after):  # „…“, hieß es in einer Stellungnahme
            self.how = "after"
            return self._impersonal(open_pos, before_start, first_block)
        if self.lang == "de" and (quoted_as := quoted_passive_de(after)) and (
                found := self._subject_forward(after[:quoted_as], 1)):
            self.how = "after"  # „…“, wird die Frau zitiert: whom the passive quotes (part 40)
            return found
        if self.lang == "de" and len(after) > 2 and after[0][0] == "," and after[1][0] == "so" and (
                after[2][0][:1].isupper() or after[2][0] in ("der", "die", "ein", "eine")) and (
                found := self._subject_forward(after, 1)) and (isinstance(found, (Unheld, Described))
                                                               or self.people.named(found)
                                                               or _is_role(found.split()[-1].lower())):
            self.how = "after"  # „…“, so Ehrenreich. / „…“, so die Ministerin. (not "so der Tenor des Abends")
            return found
        if self.lang == "de" and len(after) > 2 and after[0][0] == "," and after[1][0] not in _VERB_FORMS and (
                _GERMAN_FINITE.fullmatch(after[1][0])) and (
                after[2][0] in ("der", "die") or after[2][0][:1].isupper()) and (
                found := self._subject_forward(after, 1)) and (
                isinstance(found, Described) or self.people.named(found)):
            self.how = "after"  # „…“, gestand der 22 Jahre alte Verteidiger: German's incise, whatever its verb
            return found  # (the verb second, its subject after it; a person or a role resolved to one; part 41)
        if self.lang == "fr" and (incise := self._french_incise(open_pos, close_pos)):
            self.how = "after"  # « Je comprends, estime-t-elle. Mais … »: named inside the marks
            return incise
        # 1. "…,” he said / said Stoltenberg, right after the closing mark
        lead = 0
        while lead < min(8, len(after)) and after[lead][0] in ",;:—–-":
            lead += 1
        head = after[lead:8] if not (before and before[-1][0] == ":" and (quoted.rstrip()[-1:] in (".", "?", "!") or (
            quoted.rstrip()[-1:].isalnum() and self.lang == "fr")) and (
            after and after[0][0][:1].isupper()) or own_statement_after(self.text, close_pos, quoted, self.lang)
        ) else []  # ("asked: “…?” She smiled."; "« … ? » Interrogée …, la mairie affirme ne pas …")
        ends_sentence = (quoted.rstrip()[-1:] in (".",) and len(after) > 8 or new_sentence  # (and "… ‘a process’.
                         or (len(after) > 2 and after[0][0] == "." and after[1][0][:1].isupper()))  # Ferris said")
        # "“…” of Trump, whom he called": a quotation that the sentence goes on from (a preposition, a
        # conjunction right after the mark) is not followed by its attribution
        goes_on = bool(after) and after[0][0].islower() and after[0][0] not in _VERBS and after[0][0] not in (
            _PRONOUNS) and after[0][0] not in _SKIP_BEFORE_VERB and not (  # (“…,” the senator said: not)
            after[0][0] in _DETERMINERS and quoted.rstrip()[-1:] in (",", "?", "!"))
        embedded = bool(before) and before[-1][0][:1].isalpha() and before[-1][0][:1].islower()
        if head and not goes_on and not new_sentence and self._first_person(head[:5]) and (
                quoted.rstrip()[-1:] != "." or not self._inline(before, nearest_last=True, sentence=clause_start)):
            self.how = "first-person"  # “…,” I said; not 'Jones said: “We will win.” I asked her why.'
            return None
        if embedded and after_end >= next_open and self.text[close_pos:next_open].rstrip().endswith(":"):
            # "After Scalia said … at “less advanced schools,” Trump said: “…”": that cue introduces the next
            # quotation; an embedded phrase with a cue of its own is that cue's ("… “down the line” he warned:")
            found = self._owned_words(before) or self._reported(before) or self._inline(
                before, nearest_last=True, sentence=clause_start)
            if found:
                self.how = "before"
                return found
        relative = any(t in ("which", "whereupon") for t, _ in head[:2])  # "“…” - at which point the crowd"
        if head and not ends_sentence and not goes_on and not relative and (
                not embedded or self._tight_after(after[lead:lead + 8])):
            # the verb within the first words, its subject read as far as it goes ("said former … Ed Rendell")
            found = self._inline(after[lead : lead + 20], nearest_last=False, sentence=clause_start, within=len(head))
            if not found and after_end >= next_open:  # the aside may hold a quotation ("“Ted Cruz” pins")
                wide = self._tokens(close_pos, min(hi, close_pos + 300))[lead : lead + 30]
                found = self._after_aside(wide) or (self._inline(
                    without_title(wide), nearest_last=False, within=len(head)) if self.lang == "fr" else None)
                # (« … », a expliqué mardi dans « La Matinale » le directeur des TRG, Urs Pfister: past the show)
            elif not found:
                found = self._after_aside(after[lead : lead + 30])
            if found:
                self.how = "after"
                return found
        if self._first_person_before(before):
            self.how = "first-person"  # I said, “…”
            return None
        # 2. according to X anywhere in the sentence; X said: “…” before the opening mark
        found = self._source(before) or (None if ends_sentence else self._source(after))  # (not the next sentence's)
        if found:
            self.how = "according"
            return found
        if self.lang == "en" and len(before) > 2 and before[-1][0] in (":", ",") and before[-2][0] == "told" and (
                before[-3][0] in ("was", "were", "been", "being")):
            self.how = "none"  # "he had been told: “It's in the pipeline.”": someone unnamed's words (part 38)
            return None
        found = (self._owned_words(before) or self._reported(before)
                 or self._inline(before, nearest_last=True, sentence=clause_start))
        if isinstance(found, Unheld) and head:  # "The report states that the plan “…,” officials said": the cue after
            found = self._inline(after[lead : lead + 20], nearest_last=False, within=len(head)) or found  # names it
        if found:
            self.how = "before"
            return found
        if (labelled := self._label_speaker(before)) is not None:  # Smith: “…” (a transcript, a list of reactions)
            self.how = "colon"
            return labelled
        if self.lang != "en" and (labelled := self._apposed_speaker(before)):  # ("Peio Etcheverry, berger : « … »")
            self.how = "colon"
            return labelled
        # 3. later in the sentence: “…” to hold up on their plans, Indyk said.
        if new_sentence or (after and quoted.rstrip()[-1:] in (".", "?", "!")
                            and (len(after) > _SHORT_ATTRIBUTION or embedded) and after[0][0][:1].isupper()):
            # a quotation that ends its sentence, then a long new sentence: "“… campaign.” Ohio Gov. John Kasich
            # said he would have fired …" is Kasich's reported speech, not this quotation's attribution; nor any
            # after embedded words ("Critics have called it “reckless.” Tom Reed, 58, said he disagreed.")
            after = []
        if self.lang in ("de", "fr") and before and (found := self._first_constituent(before, quoted)):
            self.how = "main"  # "Wohlgemuth sprach von einem „…“ (und kündigte Proteste an)": before any verb after
            return found
        cut = next((k for k, (word, _) in enumerate(after) if word.lower() in _NEW_CLAUSE), len(after))
        # "… an “artful smear” regarding her links while Sanders suggests …": a cue past "while" is another clause's
        found = self._inline(after[:cut], nearest_last=False)
        self.how = "later" if found else "none"
        if found or self.lang != "en" or not before:
            return found
        # 4. no cue: the subject of the sentence that leads to the quotation ("Clinton blamed the “fog of war”")
        clause = contrast_clause(before, len(before))  # ("…, but the court reversed it, calling it “…”": its
        found = None if clause is not None and any(  # participle's subject, which _inline did not find)
            t.endswith("ing") and t in _VERB_FORMS for t, at in before if at > clause) else self._main_subject(
            clause_start(), open_pos, describes=True)
        if found and " " not in found and found[:1].isupper() and (
                found.lower() in self.lowered or found in _PLACES or _is_group(found) or found.istitle() and not (
                    given_gender(found)) and not self._capitalised_inside(found, open_pos)) and (
                self.people.named(found) is None):  # ("Boat rides on the Ganga came to a
            found = None  # standstill … making … a new “smart licence” mandatory": with no cue, one word the article
            # also writes in lower case, a place or a people, which the index holds as no one, names no speaker; a
            # firm's name may: "PolitiFact rated 32% of claims as “pants on fire”"; nor a word capitalised only where
            # it opens a sentence: "Money paid out … was routed …, jurors heard", part 38)
            self.how = "nobody"  # (read and ruled out: no guess of the ranker's from the people around it either)
            return None
        self.how = "main" if found else "none"
        return found

    def _capitalised_inside(self, word: str, offset: int) -> bool:
        """Whether the article writes ``word`` capitalised inside a sentence (after a lower-case letter or a comma and
        a space) within :data:`_INSIDE_REACH` characters of ``offset``: a proper noun, not a common one capitalised
        where it opens a sentence ("Money paid out …"). Read by ``str.find`` over the word's occurrences and kept per
        word and stretch of text: a regular expression's search of the whole text per word had cost 7% more
        instructions on 1 MB of news, and one pass collecting every such word 4%; the reach keeps a long text's
        cost linear."""
        key = (word, offset // _INSIDE_REACH)
        found = self._inside_capitals.get(key)
        if found is None:
            text, needle, found = self.text, " " + word, False
            lo, hi = max(1, offset - _INSIDE_REACH), min(len(self.text), offset + 2 * _INSIDE_REACH)
            at = text.find(needle, lo, hi)
            while at > 0 and not found:
                end = at + len(needle)
                found = (text[at - 1].islower() or text[at - 1] == ",") and not (end < len(text) and (
                    text[end].isalnum() or text[end] in "’'-"))
                at = text.find(needle, end, hi)
            self._inside_capitals[key] = found
        return found

    def _headline_name(self, after: list[tuple[str, int]]) -> str | None:
        """A headline's quotation, a colon and a person the article names: "« Les petits m'ont gardée jeune » :
        Ghislaine Ouellet range sa pancarte" (part 38), when the words are in the first person (not „Der Schmäh war
        sein Werkzeug“: Kabarettist Toni Haberkorn gestorben", words about him)."""
        if len(after) < 3 or after[0][0] != ":" or not after[1][0][:1].isupper():
            return None
        end = 1
        while end < len(after) and after[end][0][:1].isupper() and after[end][0].replace("-", "").isalpha():
            end += 1
        person = self.people.person_of([word for word, _ in after[1:end]], after[1][1]) if end > 2 else None
        return person.full if person is not None and (person.gender or person.tokens > 1) else None

    def attribute(self, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                  hints: Sequence[str | Turn | None]) -> list[str | None]:
        """A speaker (or ``None``) for each quotation; ``where`` gives (first block, last block, open, close)."""
        with paused_gc():  # see reader.quotes.pause
            return self._attribute(quotations, where, hints)

    def _attribute(
        self,
        quotations: Sequence[Quoted],
        where: Sequence[tuple[int, int, int, int]],
        hints: Sequence[str | Turn | None],
    ) -> list[str | None]:
        speakers: list[str | None] = []
        self.hows = []
        last_in_block: dict[int, tuple[int, str | None, str]] = {}  # block -> (close, speaker, kind)
        for number, quotation in enumerate(quotations):
            first, last, open_pos, close_pos = where[number]
            hint = hints[number]
            if hint is not None:
                speakers.append(self.interviews.speaker(hint) if isinstance(hint, Turn)
                                else self.people.as_signed(hint, open_pos))
                self.hows.append("hint")
                continue
            if quotation.parent is not None and quotation.open != "" and quotations[quotation.parent].open != ">":
                parent = quotations[quotation.parent]
                speaker = self._direct(open_pos, close_pos, first, last, quotation.text, parent.start, parent.end)
                if self.lang == "en":  # (“I told him, ‘…’”, “The nurse said, ‘…’”: reader.quotes.nested)
                    outer = self.aliases.get(speakers[quotation.parent] or "", speakers[quotation.parent])  # (K-Blay)
                    speaker = nested_speaker(self._tokens(max(parent.start, open_pos - 120), open_pos), self.text[
                        max(self.starts[first], open_pos - 600) : open_pos], self.aliases.get(speaker or "", speaker),
                        outer, partial(self.people.before, open_pos, other=outer, since=self.starts[max(0, first - 1)]))
                    if speaker and (speaker.split(" ", 1)[0] in TITLES_NAMED or " " not in speaker and given_gender(
                            speaker)):  # (a given name alone: "Lorna would …, and then she would say ‘…’"; part 41)
                        speaker = self.people.resolve_name(speaker.split(), open_pos) or speaker  # (as the index
                        # knows them: "Tomasz Wrona", not "Mr Wrona")
                else:  # („Meine Großmutter hat gesagt: ‚…‘“, « Il m’a dit : “…” »)
                    speaker = nested_elsewhere(self.text, (self.starts[first], parent.start, open_pos), speaker,
                                               speakers[quotation.parent], self.lang)
                    if self.lang == "de" and speaker == speakers[quotation.parent] and (gender := (
                            german_pronoun_cue(self.text[max(parent.start, open_pos - 120) : open_pos]))):
                        speaker = self.people.before(open_pos, gender, other=speaker)  # („Und sie hat gesagt: ‚…‘“:
                        # someone the speaker speaks of, never the speaker; part 37)
                    if speaker and speaker.lower().startswith(("le ", "la ", "der ", "die ")) and (
                            speaker.count(" ") == 1):  # ("Der Trainer hat gefragt: ‚…‘": the coach named, part 40)
                        speaker = self._description(speaker.split(), open_pos, guess=False) or speaker  # ("le
                        # président m’a dit : “…”": the club's president the article named, part 35)
                if speaker and (spouse := _SPOUSES.get(speaker.lower())) and speakers[quotation.parent]:
                    speaker = self.people.kin_namesake(speakers[quotation.parent], spouse, -1) or speaker
                    # ("Mein Mann hat gesagt: ‚…‘" in Sabine Krainer's words: Gerald Krainer; part 39; in English too,
                    # and named after her words: "My wife said, 'Don't …'" …. "Sharon Kinchloe, who …"; part 40)
                if number and quotations[number - 1].parent == quotation.parent and self.text[
                        where[number - 1][3] : open_pos].strip(" ,") in ("or", "and", "oder", "und", "ou", "et"):
                    speaker = speakers[number - 1]  # "she would say ‘Get in’ or ‘Not today’": both hers (part 41)
                speakers.append(speaker)
                self.hows.append("nested")
                continue
            self.how = "block"
            if quotation.open == "" and quotation.close == "":
                speaker = None
            else:
                speaker = self._direct(open_pos, close_pos, first, last, quotation.text)
            if self.how == "first-person":  # the writer's: nobody else's by inheritance either
                speakers.append(byline_writer(self.text, self.document.blocks))
                self.hows.append(self.how)
                last_in_block[last] = last_in_block[first] = (close_pos, None, quotation.kind)
                continue
            sentence_start = self._sentence_start(open_pos, self.starts[first])
            prefix = self.text[sentence_start:open_pos].strip()
            previous = last_in_block.get(first)
            if previous is not None and previous[1] is None and previous[2] != "speech" and not prefix and (
                    number and where[number - 1][3] == previous[0] and self.text[self._sentence_start(
                        where[number - 1][2], self.starts[first]) : where[number - 1][2]].strip()):
                previous = None  # (a work's name inside a sentence, which no one says, is no turn to go on from:
                # "…, qui lui a consacré un ouvrage, « La Pierre et le Temps », y voit bien plus. « … »": hers;
                # part 35. Not "“Twelve,” Pierre-Louis corrects him. “…”": the words opening a sentence go on)
            # A colon names a source we could not read ("Auf der Drehbuchseite stand: „…“"), and so does a French
            # attribution after the marks ("« … », a murmuré en sortant la doyenne"): no inheritance.
            unread = speaker is None and self.lang == "fr" and cued_after(self.text, close_pos)
            if speaker is None and previous is not None and not unread and (
                    not prefix.endswith(":") or self.text[previous[0] : open_pos].strip() == ":" or (
                        self.lang in _GOES_ON and _GOES_ON[self.lang].fullmatch(prefix)) or (
                        previous[1] is not None and previous[2] != "speech" and previous[0] >= sentence_start)):
                # (« confiante » : « … »: the same speaker's words, announced by the words before; "La jeune femme
                # se dit « inquiète » des volumes exigés : « … »": the one whose phrase the sentence quoted)
                prev_close, prev_speaker, prev_kind = previous
                reading = quotation.kind == "speech" and not prefix and self.lang != "other"  # (English: only
                latest = None if not reading or self.lang == "en" else self.latest_attribution(  # one introduced
                    first, prev_close, open_pos)  # since, part 26)
                if reading and latest in (None, prev_speaker):  # (past the previous one's own attribution: "»…«,
                    # sagte die 41-Jährige. Ihre Diagonalangreiferin Hanna Kessler mochte … nicht anschließen. »…«")
                    latest = self._introduced_since(prev_close, sentence_start, quotation.text, prev_speaker)
                if latest:
                    speaker = latest  # ("…“, teilte das Ministerium mit. Eine Sprecherin sagte, …. „…“": the latest
                    self.how = "narrative"  # attribution since, not the previous quotation's)
                elif quotation.kind == "speech" and (not prefix or prev_kind == "speech"):  # (an answer: no asker's)
                    answer = self._answer_in_paragraph(quotations, where, speakers)
                    speaker, self.how = (prev_speaker, "inherit") if answer is None else (answer or None, "turn")
                elif prev_close < sentence_start and self.lang == "de" and _KONJUNKTIV.search(prefix) and (
                        reporter := self._konjunktiv_reporter(sentence_start, self.starts[first], prefix, close_pos)):
                    speaker, self.how = reporter, "narrative"  # ("…“, rief eine Anwohnerin. Heike Brandstätter
                    # betonte, man habe …. Man sei „…“": a reporter since the last quotation; part 41)
                elif prev_close >= sentence_start or (self.lang == "de" and _KONJUNKTIV.search(prefix)):
                    speaker = prev_speaker  # (German: "Die Anlagen würden das Landschaftsbild „…“": indirect speech
                    self.how = "inherit-sentence"  # in the subjunctive goes on reporting the same speaker)
            at_start = open_pos == self.starts[first]  # blocks start at their first visible character
            if speaker is None and quotation.kind == "speech" and at_start and previous is None and first > 0 and (
                    not unread):
                self.how = "paragraph"  # (or "turn": see Exchanges._turn_taken)
                speaker = self._introduced_after(close_pos, quotation.text) or self._previous_paragraph(
                    first, quotations, where, speakers)
            elif speaker is None and previous is None and self.lang != "other" and not unread and (
                (quotation.kind == "speech" and not prefix) or (self.lang == "de" and _KONJUNKTIV.search(prefix))):
                # (German: "Schulen seien marode, der Nahverkehr sei „…“" after "…, sagte die 47-Jährige"; “…”
                # opening a sentence after "Coan argues that his client …": the last attribution before it)
                events = [event for event in self.narrative(first) if event[0] < open_pos
                          and event[0] not in self._reported_cues]
                if source := self._source_just_before(sentence_start, self.starts[first]):
                    speaker, self.how = source, "according"  # ("Selon Isabelle Ferreira-Nkemelu, … . « … »")
                elif events:
                    speaker = events[-1][1]
                    self.how = "narrative"
                elif found := (self._named_before_or_after(sentence_start, first, close_pos, quotation.text, prefix)
                               or (self._konjunktiv_reporter(sentence_start, self.starts[first], prefix, close_pos)
                                   if self.lang == "de" else None)):  # (German indirect speech: the reporter before)
                    speaker, self.how = found, "narrative"
            if speaker is not None and quotation.kind == "speech" and (addressed := self._addressed(
                    quotation.text, open_pos)) and addressed in (speaker, self.people.resolve_name(speaker.split(),
                                                                                                   open_pos)):
                speaker = None  # (no one is spoken to by name by themselves: "You said it with your eyebrows, Danny.")
            speakers.append(speaker)
            self.hows.append(self.how)
            self._spoke_at.append(close_pos)
            cued = self.how in _CUED and (self.how != "main" or " " in (speaker or ""))
            self._spoke.append(speaker if cued else None)
            # (a crowd's chant: the speech it interrupted goes on after it, see speaker_kinds.is_crowd)
            if (speaker is not None or previous is None) and not is_crowd(speaker):
                last_in_block[last] = (close_pos, speaker, quotation.kind)
            if last != first:
                last_in_block[first] = (close_pos, speaker, quotation.kind)
        self._from_later(quotations, where, speakers)
        self._headline_from_body(quotations, where, speakers)
        return speakers


_GOES_ON_FR = re.compile(r"(?:(?:Et|Puis|Avant|Avant même|Quitte à) d(?:e |[’'])|Non sans |D(?:e |[’']))"
                         r"[a-zéèêà]+(?: [a-zéèêà’']+)?\s*:")
"""A French sentence that only goes on with the last speaker in the infinitive ("Avant d'ajouter :", "Et de
conclure :", "Non sans préciser :"; part 40): the words after it are that speaker's."""
_GOES_ON_DE = re.compile(r"(?:Und|Dann|Danach|Später|Zum Schluss|Schließlich) (?:fügt|fügte|schiebt|schob|legt|legte|"
                         r"setzt|setzte|hängt|hängte) (?:er |sie )?(?:noch )?(?:hinzu|nach|an|drauf)\s*:")
"""A German sentence that only goes on with the last speaker, no subject of its own ("Und schiebt nach:", "Dann fügt
sie hinzu:"; part 41)."""
_GOES_ON = {"fr": _GOES_ON_FR, "de": _GOES_ON_DE}
_SPOUSES = {"mein mann": "m", "meine frau": "f", "mon mari": "m", "ma femme": "f", "my husband": "m", "my wife": "f"}
"""A speaker's spouse in their own words: the one named person of the speaker's surname and that gender."""
_INSIDE_REACH = 50_000
"""Characters around a quotation :meth:`Attributor._capitalised_inside` reads (an article's length, many times over)."""
_FIRST_PERSON_ANY = re.compile(r"\bI\b|(?i:\b(?:me|my|we|us|our|je|moi|nous|notre|ich|mir|mich|mein\w*|wir|uns|"
                               r"unser\w*)\b|\b[jm][’'])")
"""First-person words in a quotation, in the three languages."""
