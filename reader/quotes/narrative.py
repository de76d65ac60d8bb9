"""The attributions in a paragraph's own text, outside its quotations: each cue verb with its subject ("Smith
said", "said Smith"), which the patterns read for a quotation that opens the next paragraph or follows
reported speech, and which the ranker reads as candidates.

A mixin over :class:`reader.quotes.subjects.Subjects`, split out of :mod:`reader.quotes.speakers` (over 500
lines); :class:`reader.quotes.speakers.Attributor` is one. No Textual or Rich import here."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING

from reader.quotes.cue_verbs import verb_at
from reader.quotes.descriptions import _is_role
from reader.quotes.exchanges import _NO_ONE
from reader.quotes.german_clauses import KONJUNKTIV_I
from reader.quotes.given_names import given_gender
from reader.quotes.lead_ins import SUBJECT_GENDERS, document_from, introduced_lead_in, lead_in
from reader.quotes.more_words import JUDGING, OTHERS_WORDS
from reader.quotes.owned_words import OwnedWords
from reader.quotes.pronoun_words import INVERTED_OPENERS, document_sender
from reader.quotes.role_mentions import statement_issuer
from reader.quotes.sentence_openings import _apposed_name, _role_before_name, bare_role_opening, pointed_back
from reader.quotes.speaker_kinds import is_crowd
from reader.quotes.subject_gap import object_before
from reader.quotes.token_shapes import _GERMAN_PREPOSITIONS
from reader.quotes.words import (
    _AUXILIARIES,
    _DETERMINERS,
    _OBJECT_VERBS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PRONOUNS,
    _SAY,
    _VERB_FORMS,
)

if TYPE_CHECKING:
    from reader.document import Document
    from reader.quotes import Quoted


_word = itemgetter(0)
"""A token's word (of a (word, offset) pair)."""


_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|me|my)\b")
"""First person singular in a quotation's words: no organisation's (they say "we")."""
_CLAUSE_BREAK = re.compile(r"[,.;:!?«»„“”\"]")
_DOCUMENT_SAID = re.compile(r"(?:The|This|That) (?:letter|message|note|email|memo) (?:said|says|read|reads)\s*:\s*$")
"""A last sentence that only says a document's words follow ("The letter said:"): its sender's (part 37)."""
_RELATIVE_PRONOUNS = frozenset(
    "der die das dem den denen dessen was qui que dont lequel laquelle who which whom".split())
"""Words opening a relative clause: an attribution there reports a third person (:meth:`latest_attribution`; "was
sie sagt", part 39)."""


def _offset(event: tuple[int, str, bool]) -> int:
    return event[0]


_SUBORDINATORS = frozenset("after when as while if before since although though because once until whereas".split())
_COMPLEMENT = frozenset("that whom what which how whether".split())
_OBJECTS = frozenset("him her them me us".split())
"""A cue verb's object pronoun: "Okoye had told him in the huddle, “…”" introduces the words directly."""


def _reacts(tokens: list[tuple[str, int]], after: int) -> bool:
    """Whether the sentence whose subject ends before ``after`` reacts to the words before it or heard them: its
    first verb (past an aside between commas or brackets) answers, judges or hears ("Tom Reilly, a councillor who …,
    called her stance grandstanding", "Paul Girard, conseiller d’opposition, a dénoncé une posture", "Marie Dupont,
    qui habite en face, a entendu le directeur crier", "Er nannte das eine Show"): the words are the previous
    speaker's, not the subject's (nor "Nathalie Gobert (sans étiquette), n’a pas boudé son soulagement et promet …",
    whose first verb does neither)."""
    k = after
    if k < len(tokens) and tokens[k][0] in (",", "("):
        close = "," if tokens[k][0] == "," else ")"
        k = next((m + 1 for m in range(k + 1, min(len(tokens), k + 24)) if tokens[m][0] == close), k)
        if k < len(tokens) and tokens[k][0] == ",":
            k += 1
    return any(word in _REACTING or word in JUDGING or word in OTHERS_WORDS for word, _ in tokens[k : k + 4])


_REACTING = frozenset("""called dismissed rejected criticised criticized replied countered disagreed scoffed mocked
    dénoncé dénonce répliqué réplique rétorqué rétorque rejeté rejette critiqué critique contesté conteste
    widersprach entgegnete konterte wies""".split())
"""Verbs of answering or rejecting someone's words (with :data:`~reader.quotes.more_words.JUDGING`): a sentence
whose first verb is one reacts to the quotation before it; a saying verb alone does not ("« … » L’avocate
générale, Hélène Carrasco, a requis quinze ans": her words)."""


_SOURCE_OPENERS = frozenset("Selon Laut Pour According".split())
"""Words opening a sentence that names its source (:meth:`Narrative._source_just_before`)."""

_ADVERBS_BEFORE_PREPOSITION = frozenset("noch schon bereits auch gleich direkt sogar erst kurz unmittelbar gerade"
                                        .split())
"""German adverbs that may open a sentence before a preposition's phrase, the verb after it ("Kurz nach dem Spiel
sagte …")."""


class Narrative(OwnedWords):
    """Cue verbs and their subjects in a block's text outside quotations (cached per block)."""

    document: Document
    span_starts: Sequence[int]
    span_ends: Sequence[int]
    _narrative: dict[int, list[tuple[int, str, bool]]]
    _reported_cues: set[int]
    """Cues whose subject a says-clause reports (:func:`_reported_by`): no speaker for a later uncued quotation."""
    _statement_reading: bool = False
    how: str
    """Which pattern gave the speaker being read (:class:`~reader.quotes.speakers.Attributor`'s)."""

    def narrative(self, block_index: int) -> list[tuple[int, str]]:
        """(offset, speaker) of attributions in a block's text outside quotations."""
        return [(offset, speaker) for offset, speaker, _ in self.narrative_events(block_index)]

    def latest_attribution(self, block_index: int, lo: int, hi: int) -> str | None:
        """The speaker of the last attribution in ``text[lo:hi]`` of the block (a bisection of its cached events:
        a paragraph of thousands of quotations stays linear), not one inside a relative clause, which reports a
        third person's words ("Er reagierte auf Schulz, der gesagt hatte, …", "Marie Durand, qui avait affirmé …")."""
        events = self.narrative_events(block_index)
        index = bisect_left(events, hi, key=_offset) - 1
        while index >= 0 and events[index][0] >= lo:
            offset = events[index][0]
            clause = _CLAUSE_BREAK.split(self.text[max(lo, offset - 60) : offset])[-1].split()
            if not clause or clause[0].lower() not in _RELATIVE_PRONOUNS:
                return events[index][1]
            index -= 1
        return None

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
        while index < len(self.span_starts) and self.span_starts[index] < block.end:
            start, end = self.span_starts[index], self.span_ends[index]
            if start > position:
                pieces.append((position, start))
            position = max(position, end)
            index += 1
        if position < block.end:
            pieces.append((position, block.end))
        reported: tuple[int, int] | None = None  # (piece, verb) of the last cue read before its verb
        for start, end in pieces:
            tokens = self._tokens(start, end)
            # the cue words' places first, in one comprehension (most pieces have none or one; a loop over every
            # token in Python cost ~3% of finding on 20 MB), after a look at C speed for any (none in a third)
            if _VERB_FORMS.isdisjoint(map(_word, tokens)):
                continue
            for j in [j for j, (word, _) in enumerate(tokens) if word in _VERB_FORMS]:
                word = tokens[j][0]
                if verb_at(tokens, j, self.lang):
                    if self.lang in ("de", "fr") and 0 < j < len(tokens) - 2 and tokens[j - 1][0] == "," and (
                            tokens[j + 1][0][:1].isupper() or tokens[j + 1][0] in INVERTED_OPENERS) and (
                            subject := self._subject_forward(tokens, j)) and (
                            self.people.named(subject) is not None or tokens[j + 1][0] in ("er", "sie", "il", "elle")
                            or _is_role(tokens[j + 2][0].lower())):  # (a person or a role, not "schilderte die
                        # Sekunden" after a relative clause's comma)
                        found.append((tokens[j][1], subject, True))  # "…, sagt Settele.": the subject follows a
                        continue  # cue after a comma, not a noun of the reported clause before it ("neuer Häuser")
                    if self.lang == "de" and found and j > 0 and tokens[j - 1][0] in ("habe", "hätte", "sei"):
                        continue  # "Kopeinig erinnert sich …. Haddad-Wenzel … habe gefragt, ob …": a cue inside
                        # the account of the one who spoke before, in the subjunctive; no event of its own (part 37)
                    subject = None if self.lang == "en" and word.endswith("ing") and object_before(tokens, j) else (
                        self._verb_second(tokens, j, self._subject_back(tokens, j)))  # ("a letter to the Speaker’s
                    # office calling for …": no event of the office's, part 38)
                    if subject and self.lang == "en" and reported and reported[0] == start and _reported_by(
                            tokens, reported[1], j):
                        self._reported_cues.add(tokens[j][1])  # "Parks says a case worker told him …": reported
                    if subject:
                        found.append((tokens[j][1], subject, False))
                        reported = (start, j)
                        continue
                    if self.lang == "en" and (tokens[j][0].lower() in _OBJECT_VERBS or (
                        j > 0 and tokens[j - 1][0][:1].isalnum()
                    ) or word.endswith("ing")):
                        # English reads the subject after the verb only where it inverts ("said Smith"), never
                        # after a participle ("…, saying Clinton would …": Clinton is the reported clause's)
                        continue
                    if j > 0 and tokens[j - 1][0] in ("und", "oder", "et", "ou"):
                        continue  # "Sie sammelte Unterschriften und schrieb Briefe": the verb shares the clause's
                        # subject before it; the noun after it is its object (part 39)
                    subject = self._subject_forward(tokens, j)
                    if subject:
                        found.append((tokens[j][1], subject, True))
        return found

    def _verb_second(self, tokens: list[tuple[str, int]], j: int, subject: str | None) -> str | None:
        """German puts the finite verb (at ``j``) second: when what stands before it is an adverb, a preposition's
        phrase or a word that names no one, the subject comes after it ("Zugleich sagte Pohl", "Über Vogt sagte
        Zimmermann", "Zugleich räumte er ein", "In Cottbus sagte ein Rentner"), whatever ``subject`` the words
        before gave; a noun after the verb is its object unless a person the article names ("Schäfer sagte
        Journalisten" is Schäfer's)."""
        if subject is None or self.lang != "de" or j + 1 >= len(tokens):
            return subject
        if tokens[j + 1][0] == "sich" and j + 2 < len(tokens):  # a reflexive verb ("Zu Einzelheiten äußerte sich
            tokens = tokens[: j + 1] + tokens[j + 2 :]  # die NADA nicht"): read as if "sich" were not there
        pronoun = tokens[j + 1][0] in ("er", "sie")
        adverbial = (j >= 2 and tokens[j - 2][0].lower() in _GERMAN_PREPOSITIONS
                     and (j == 2 or not tokens[j - 3][0][:1].isalnum()))
        if tokens[j + 1][0] == "man" and adverbial:
            return None  # "In Norddeutschland sagt man »Schornsteinfeger«": anyone's word, not the place's
        # a longer phrase of a preposition opening the verb's sentence ("Nach einem Treffen mit Olaf Scholz sagte
        # Markus Brenner"): the name after the verb, when the article names that person, or a pronoun or a
        # description ("In einem Interview mit dieser Zeitung sagte sie", "Auf der Plattform X schrieb die
        # Kreispolizeibehörde"), not the phrase's last noun
        described = tokens[j + 1][0] in _DETERMINERS
        first = next((k + 1 for k in range(j - 1, max(-1, j - 200), -1) if tokens[k][0] in ".!?:"), max(0, j - 199))
        if tokens[first][0].lower() in _ADVERBS_BEFORE_PREPOSITION and first + 2 < j:
            first += 1  # "Noch von der Station meldete sich der Sänger": an adverb, then the preposition's phrase
        opening = (tokens[first][0].lower() in _GERMAN_PREPOSITIONS or tokens[first][0] == "Als") and (
            tokens[j + 1][0][:1].isupper() or pronoun or described) or (  # an object first: "Diese Darstellung
            (described or tokens[j + 1][0][:1].isupper()) and j == first + 2 and tokens[first][0] in (
                "Diese", "Diesen", "Dieses", "Den")  # bestätigte eine Teilnehmerin der Tour" (part 27); "Diesen
            and not _is_role(tokens[first + 1][0].lower()))  # Satz sagt Gisela Warnecke so oft" (part 42)
        lone = described and j == first + 1 and " " not in subject and self.people.named(subject) is None  # ("Ähnlich
        # äußerte sich der Sozialethiker Martin Quandt": one word no one is named by, then the verb; part 40)
        if ((tokens[j + 1][0][:1].isupper() or pronoun or ((adverbial or opening or lone) and described))
                and (j == 1 or not tokens[j - 2][0][:1].isalnum() or adverbial or opening)  # the first word before
                and ((" " not in subject and self.people.named(subject) is None) or adverbial or opening)  # the verb
                and (after := self._subject_forward(tokens, j))
                and (pronoun or adverbial or (opening and described) or (" " in after and self.people.named(after)))):
            return after
        return subject

    def _previous_paragraph(self, block_index: int, quotations: Sequence[Quoted],
                            where: Sequence[tuple[int, int, int, int]], speakers: list[str | None]) -> str | None:
        prev = block_index - 1
        events = [event for event in self.narrative(prev) if not is_crowd(event[1])]
        number = len(speakers) - 1
        while number >= 0 and where[number][1] >= prev:  # quotations are in document order
            if (speakers[number] is not None and where[number][1] == prev and quotations[number].kind == "speech"
                    and not is_crowd(speakers[number])):
                events.append((where[number][3], speakers[number] or ""))
            number -= 1
        if sender := document_from(self.text, self.document.blocks[prev].start, self.document.blocks[prev].end,
                                   self.people):
            self.how = "sender"  # ("… reading aloud a letter the group had received from …, Declan Mulcahy.¶“…”")
            return sender
        if asker := self._exchange_asker(prev, quotations[len(speakers)].text):
            self.how = "turn"  # ("Die Befragung durch … Hänggi-Nguyen …. Ein Auszug:¶«Herr Gubler, wer …?»")
            return asker
        if answer := self._answered_by(prev, quotations, where, speakers):
            self.how = "turn"  # (the one a bare question addressed by name answers it)
            return answer
        if not events:  # (a bare question that addresses someone, after a paragraph that names another: the
            return self._addressing(prev, quotations[len(speakers)]) or self._lead_in(prev, quotations[len(
                speakers)].text)  # one who turns to
            # them, in a court)
        if (announced := self._colon_lead_in(prev, events, quotations[len(speakers)].text)) is not None:
            return announced
        speaker = max(events)[1]
        if turn := self._turn_taken(prev, quotations, where, speakers):
            self.how = "turn"  # (kept by the ranker, whose candidates would take the previous speaker again)
            return turn
        if asked := self._asked_before(prev, quotations, where, speakers, speaker):
            if asked is _NO_ONE:
                return None
            self.how = "turn"  # (an answer: a bare question after it is the asker's again; part 37)
            return asked
        words = speaker.split()
        if words and (words[-1].lower() in _ORG_WORDS or words[-1].lower() in _ORG_NOUNS) and _FIRST_PERSON.search(
                quotations[len(speakers)].text):
            return None  # "When the Coast Guard announced …¶“I went to the office …”": an organisation says "we"
        return speaker

    def _colon_lead_in(self, block: int, events: list[tuple[int, str]], quoted: str) -> str | None:
        """Whom the paragraph before a quotation announces it with its last sentence ending in a colon and holding no
        cue of its own ("… plaide-t-il. La fédération a adressé fin mars une lettre au Département, que Le Sillon
        romand a pu consulter :¶« … »": the federation's letter, not the last speaker's words): that sentence's
        subject; None when it has a cue (read as an event) or no subject. Part 37."""
        start, end = self.document.blocks[block].start, self.document.blocks[block].end
        if self.text[end - 1 : end] != ":":
            return None
        last = self._sentence_start(end - 1, start)
        if last <= start or any(at >= last for at, _ in events):
            return None  # (a one-sentence paragraph: the lead-ins above read it)
        if self.lang == "en":
            if _DOCUMENT_SAID.match(self.text, last, end):  # ("… read from a letter his grandfather had written to
                return document_sender(self.text, start, last, self.people.resolve_name)  # him. The letter said:")
            return self._main_subject(last, end)
        tokens = self._tokens(last, end)
        return self._opening_person(tokens, quoted, any_verb=True) or self._opening_description(tokens, quoted, True)

    def _lead_in(self, block: int, quoted: str = "") -> str | None:
        """Whom the paragraph before a paragraph's quotation no one is given leads in with (:func:`reader.quotes.
        lead_ins.lead_in`); German: whom it reports, when its last sentence is indirect speech in the first
        subjunctive ("Er rechnet vor, was eine Saison kostet. Dagegen steht ein Preis, den er sich diktieren lassen
        müsse.¶»Die Leute glauben …«": the speaker :meth:`_konjunktiv_reporter` finds)."""
        start, end = self.document.blocks[block].start, self.document.blocks[block].end
        found = lead_in(self.text, start, end, partial(self._tokens, start, end), self.people, self._antecedent) or (
            introduced_lead_in(start, end, quoted, self.lang, self.people))
        if found or self.lang != "de":
            return found
        last = self._sentence_start(end - 1, start)
        reported = KONJUNKTIV_I.search(self.text, last, end) and ":" not in self.text[last:end]
        return self._konjunktiv_reporter(end, start, "", end) if reported else None

    def _named_before_or_after(self, sentence_start: int, block: int, close_pos: int, quoted: str,
                               prefix: str) -> str | None:
        """Whom an unattributed quotation inside its paragraph is: a person the sentence before opens with (:meth:
        `_subject_just_before`: "Marie Dupont préside le club. « … »"), else one the sentence after introduces when
        the quotation opens its own (:meth:`_introduced_after`: "« … » Urgentiste à Reims, Paul Benali raconte …")."""
        just = self._subject_just_before(sentence_start, self.starts[block], quoted)
        if just and self.people.named(just) is not None:
            return just
        return (self._introduced_after(close_pos, quoted) if not prefix else None) or just

    def _subject_just_before(self, sentence_start: int, block_start: int, quoted: str) -> str | None:
        raise NotImplementedError  # (Incises')

    def _opening_person(self, tokens: list[tuple[str, int]], quoted: str, any_verb: bool = False) -> str | None:
        raise NotImplementedError  # (Incises')

    def _opening_description(self, tokens: list[tuple[str, int]], quoted: str, any_verb: bool = False) -> str | None:
        raise NotImplementedError  # (Incises')

    def _konjunktiv_reporter(self, sentence_start: int, block_start: int, prefix: str, close_pos: int) -> str | None:
        raise NotImplementedError  # (Incises')

    def _statement_source(self, offset: int) -> str | None:
        """Who issued what "the statement said" quotes (`role_mentions.statement_issuer`), never asked again inside."""
        if self._statement_reading:  # (the paragraph's cues it reads may hold such a description: no issuer there)
            return None
        self._statement_reading = True
        try:
            return statement_issuer(self.text, self.starts, offset, lambda at, end, floor: self._subject_back(
                (tokens := self._tokens(max(floor, self._sentence_start(at, self._block_start(at))), end)),
                len(tokens) - 1))
        finally:
            self._statement_reading = False

    def _pointed_back(self, close_pos: int, hi: int) -> str | None:
        """Who said a quotation the sentence after it points back at (:func:`reader.quotes.sentence_openings.
        pointed_back`): the subject after its verb (or "von", "de", "from"), in the next paragraph too when the
        quotation is alone in its own; else the first person the index names in that sentence ("Mit diesem Satz warb
        kurz vor der Abstimmung auch der Obmann des Tourismusvereins, Georg Pichler, um Zustimmung"; part 43)."""
        if (back := pointed_back(self.text, close_pos, self.lang)) < 0:
            return None
        end = self._sentence_end(back, max(hi, back + 300))
        if found := self._subject_forward(self._tokens(back, end), 0):
            return found
        at = bisect_left(self.people.mentions, back)
        return self.people.mention_people[at].full if at < len(self.people.mentions) and self.people.mentions[
            at] < end else None

    def _source_just_before(self, sentence_start: int, block_start: int) -> str | None:
        """The person the sentence just before a quotation opens with as its source ("Selon Isabelle
        Ferreira-Nkemelu, professeure …, la chute illustre un changement. « … »", "Pour lui, …", "According to
        Mayor John Smith, …"): a person the article names, not a body ("Selon la police, …", whose sentence reports
        what the police say, not the words after it), and only that one sentence before."""
        if sentence_start <= block_start:
            return None
        tokens = self._sentence_before(sentence_start, block_start)
        if not tokens or tokens[0][0] not in _SOURCE_OPENERS or self._inside(tokens[0][1]):
            return None
        source = self._source(tokens)
        return source if source and self.people.named(source) is not None else None

    def _source(self, tokens: list[tuple[str, int]]) -> str | None:
        raise NotImplementedError  # (CitedSources')

    def _sentence_before(self, sentence_start: int, block_start: int) -> list[tuple[str, int]]:
        """The tokens of the sentence before the one starting at ``sentence_start``, in its block (back past the
        full stop that ends it: "… « … ». Puis, …"), through to ``sentence_start``."""
        end = sentence_start
        while end > block_start + 1 and self.text[end - 1] in " \u00a0.!?":
            end -= 1
        return self._tokens(self._sentence_start(end - 1, block_start), sentence_start)

    def _introduced_after(self, close_pos: int, quoted: str) -> str | None:
        """Whom a quotation opening its paragraph with no attribution belongs to when the sentence right after it
        opens with a pronoun ("“…” He laughs, a short bark.": whom it stands for) or introduces a person, named
        there for the first time ("« Moi, je l’ai déjà vendue. » Karim Haddad, plombier
        installé dans le quartier, suivait les débats", "« … » La maire de Vireux-la-Forge, Nathalie Gobert, n’a
        pas boudé son soulagement", "“…” Kévin N’Diaye, qui partage son temps …"): the feature writer's way of
        giving the words before their speaker. The quotation must end its sentence, and the sentence after must not
        react to it (:func:`_reacts`)."""
        text = self.text
        start = close_pos
        if quoted.rstrip()[-1:] not in ".!?…":
            if text[start : start + 1] not in (".", "!", "?"):
                return None
            start += 1
        while start < len(text) and text[start] in " \u00a0\u202f":
            start += 1
        if not text[start : start + 1].isupper():
            return None
        end = text.find("\n", start, start + 240)
        if lead := _WORDS_OF.match(text, start, start + 80):  # "« … » La phrase est de Linh Nguyen, directrice …",
            run = _CAPITALISED_RUN.match(text, lead.end(), lead.end() + 80)  # "„…“ Mit diesen Worten kommentierte
            words = run.group().split() if run else []  # Gabriele Sander", "“…” That was Wayne Tickner, …"
            if not words or lead.group().startswith("That was ") and not given_gender(words[0]) or any(
                    _is_role(word.lower()) or word.lower() in _ORG_WORDS for word in words):
                return None  # (not "That was New York", "… Victoria Station", "… Gabriele Sanders Sprecher")
            return self.people.resolve_name(words, lead.end())
        tokens = self._tokens(start, start + 240 if end < 0 else end)
        if len(tokens) > 2 and (gender := SUBJECT_GENDERS.get(tokens[0][0])) and tokens[1][0].islower():
            # "“…” He laughs, a short bark.": whom "he" stands for, unless it reacts to the words ("Er nannte das …")
            return None if _reacts(tokens, 1) else self._antecedent(tokens[0][1], gender)
        k = _apposed_name(tokens) or (  # ("Médecin régulateur au SAMU, Thomas Kieffer a vu")
            _role_before_name(tokens) or bare_role_opening(tokens) if self.lang == "fr" else 0)
        j = k
        while j < len(tokens) and j - k < 4 and (tokens[j][0][:1].isupper() or tokens[j][0] in ("de", "van", "von")):
            j += 1
        if j - k < 2 or j >= len(tokens) or tokens[j][0] in (".", "»", "”", "“", "«", ":") or _reacts(
                tokens, j + 1 if k and tokens[j][0] == "," else j):  # (past the comma closing an apposed name)
            return None
        person = self.people.person_of([word for word, _ in tokens[k:j]], tokens[k][1])
        return person.full if person is not None and person.first >= start else None

    def _reported(self, tokens: list[tuple[str, int]]) -> str | None:
        """English reported speech: in "Rubio said that … Trump, whom he called a “…”" or "Obama said he expected
        that Americans will say “…”", the later cue verb is inside what the first one reports, so the first
        one's subject is the source. Only for a saying verb in the main clause (not "After Trump said …,
        Clinton replied"), with the later verb in its complement (after "that", a relative word, or a subject
        right after the saying verb) and no "but", "while" or ";" between them."""
        if self.lang != "en":
            return None
        verbs = [j for j in range(len(tokens)) if tokens[j][0] in _VERB_FORMS and verb_at(tokens, j, self.lang)]
        if len(verbs) < 2 or tokens[verbs[0]][0].lower() not in _SAY:
            return None
        first, last = verbs[0], verbs[-1]
        if last >= first + 3 and (tokens[last - 2][0] in ("one", "a", "an", "another", "several", "some") and tokens[
                last - 1][0].islower() or tokens[last - 2][0] in ("which", "whom", "what") and tokens[last - 1][0][
                    :1].isupper() and tokens[last - 1][0] not in ("I", "He", "She", "They", "We")):
            return None  # ("… on what one tshogpa called a “…”", "…, which Lestrade called “…”": someone else, whom
            # the later verb's own subject names; part 43)
        tail = [t.lower() for t, _ in tokens[last + 1 :]]
        if tail in ([":"], [","]) or (2 <= len(tail) <= 6 and tail[-1] in (":", ",") and tail[0] in _OBJECTS
                                      and not _COMPLEMENT.intersection(tail)):
            return None  # the later verb introduces the words ("reported that …, in which Adelson said: “…”",
            # "Barnes said Okoye had told him in the huddle, “…”"): its subject's own, quoted directly
        subordinators = [k for k in range(first) if tokens[k][0].lower() in _SUBORDINATORS]
        if subordinators:
            # a subordinate clause with a verb of its own, closed by a comma before the saying verb, is no part of
            # its clause ("In a year when Trump is talking about …, Yepez said Perez was right to urge …")
            opener = subordinators[-1]
            comma = max((k for k in range(opener, first) if tokens[k][0] == ","), default=-1)
            if not (comma > opener and any(tokens[k][0].lower() in _AUXILIARIES for k in range(opener + 1, comma))):
                # the saying verb is the subordinate clause's ("After Smith, 70, said he would retire, Jones …";
                # "when asked about Trump, President Obama said he expected …"): the reporting starts after it
                after = next((k for k in range(first + 1, last) if tokens[k][0] == ","), None)
                return self._reported(tokens[after + 1 :]) if after is not None else None
        between = [t.lower() for t, _ in tokens[first + 1 : last]]
        joined = " ".join(between)
        if {"but", ";", "while", "whereas"} & set(between) or "to which" in joined or ", when " in joined or any(
                word in ("though", "although") and k + 1 < len(between) and between[k + 1] not in _PRONOUNS
                for k, word in enumerate(between)):  # ("…, though Ms Dwyer acknowledged that …": hers; "though he
            # contended" reads as before, the first speaker's)
            return None  # "…, while Cruz said that the “…”", "to which O'Malley interjected": a new speaker; "pressed
            # Brenner on a comment he made …, when he said unions were “…”": the later clause's own
        nxt = tokens[first + 1][0]
        if not (_COMPLEMENT & set(between) or nxt.lower() in _PRONOUNS or nxt[:1].isupper()
                or nxt.lower() in _DETERMINERS):  # ("Roth said the attorney general would not respond to “…”")
            return None
        subject = self._subject_back(tokens, first)
        return subject if subject and subject[:1].isupper() else None


_WORDS_OF = re.compile(r"(?:La phrase est d[e’']|Les mots sont d[e’']|Ces mots sont d[e’']|Le constat est d[e’']"
                       r"|Mit diesen Worten (?:\w+ )?(?:kommentierte|reagierte|beschrieb|fasste) "
                       r"|Die Worte stammen von |Those were the words of |The words were those of "
                       r"|That was the verdict of |That was )\s?")
"""A sentence right after a quotation that says whose words they were ("« … » La phrase est de Linh Nguyen", "„…“
Mit diesen Worten kommentierte Gabriele Sander …", "“…” Those were the words of Ann Lee"): part 26."""
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?: (?:de |van |von |le |la )?[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}")
"""The name such a sentence gives: two to four capitalised words (its particles too)."""


def _reported_by(tokens: list[tuple[str, int]], earlier: int, verb: int) -> bool:
    """Whether the cue verb at ``verb`` has its subject inside the clause that the cue at ``earlier`` reports:
    a few words between them, with no punctuation nor conjunction, and what it was said to is the earlier
    speaker ("Parks says a case worker told him …"), so the quotation after is still theirs (part 27)."""
    between = [word.lower() for word, _ in tokens[earlier + 1 : verb]]
    return 0 < len(between) <= 4 and verb + 1 < len(tokens) and tokens[verb + 1][0] in _TOLD_WHOM and not any(
        not word[:1].isalnum() or word in _NOT_REPORTED for word in between)


_NOT_REPORTED = frozenset("and but or while as when after before because who which that".split())
_TOLD_WHOM = frozenset("him her them me us".split())
"""Whom the reported cue was said to: the earlier speaker, one who tells what was said to them ("told him …"; not
"She noted that Sanders … has criticized the president and called him “weak”", Sanders's own words)."""
