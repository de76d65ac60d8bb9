"""The subject of a cue verb near a quotation (split out of :mod:`reader.quotes.speakers`, over 500 lines, part 36):
:meth:`CueSubjects._inline` reads the speech verb nearest the quotation in a window of tokens and its subject,
before it or, where the language inverts, after it ("“…,” said Smith", "sagte Pohl", "a-t-il estimé"), with the
participles, passives and coordinated verbs that take another clause's subject; :meth:`CueSubjects._subject_back`
remembers the subjects read before a verb, as the patterns and the narrative events read the same windows. A
mixin of :class:`reader.quotes.speakers.Attributor`. Pure Python, no Textual or Rich import."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.quotes.cue_verbs import verb_at
from reader.quotes.label_speakers import LabelSpeakers
from reader.quotes.more_words import FRENCH_CUE_INFINITIVES, FRENCH_SEMI_AUXILIARIES
from reader.quotes.object_speakers import HEARD_SAYING, NO_INVERSION, PASSIVE_CUES
from reader.quotes.pronoun_words import INVERTED_OPENERS
from reader.quotes.subject_gap import object_before
from reader.quotes.token_windows import as_clause, contrast_clause
from reader.quotes.words import (
    _ACCUSING,
    _BE,
    _LIGHT_ADVERBS,
    _OBJECT_VERBS,
    _PRONOUNS,
    _SKIP_BEFORE_VERB,
    _VERB_FORMS,
)

_INVERTED = re.compile(r"(?:s[’']|se )?\w+-(?:t-)?(il|elle|on)")
"""A French verb inverted with its pronoun ("a-t-il estimé", "s'interroge-t-elle", "explique-t-on")."""

_UNREAD = object()
"""Not in the memo (None is a remembered answer)."""


_EVERYONE = frozenset(("tout le monde", "everyone", "everybody", "jeder", "alle", "chacun"))
"""Subjects that are everyone, no one in particular: whose words a quotation after "Tout le monde nous dit" is not."""

class CueSubjects(LabelSpeakers):
    """Cue verbs and their subjects in a window of tokens (see the module)."""

    _subjects_back: dict[tuple[int, int, int, int, int], str | None]  # (the Attributor's, cleared with its caches)

    def _subject_back(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        """:meth:`~reader.quotes.phrases.Phrases._subject_back`, remembered: a cue verb near a quotation is read by
        the pattern that attributes it and again as one of its block's narrative events, often in the same
        window of text (~20% of the calls, each reading and resolving a noun phrase). The key is the window
        (its first and last tokens, so the same tokens), the verb and how deep a pronoun's reading is."""
        last_word, last = tokens[-1]
        key = (tokens[0][1], last, len(last_word), tokens[verb][1], self._resolving)
        found = self._subjects_back.get(key, _UNREAD)
        if found is _UNREAD:
            found = super()._subject_back(tokens, verb)
            found = self._subjects_back[key] = None if isinstance(found, str) and found.lower() in _EVERYONE else found
        return found  # type: ignore[return-value]  # (no one in particular: "Tout le monde nous dit “…”", part 44)

    def _inline(self, tokens: list[tuple[str, int]], nearest_last: bool,
                sentence: Callable[[], int] | None = None, within: int | None = None) -> str | None:
        """The subject of the nearest (``nearest_last``: last) speech verb in ``tokens``.

        ``sentence`` gives the start of the sentence (asked only when needed: most quotations never need it,
        and finding it reads back through earlier quotations): its subject speaks for a participle (", adding:
        “…”") or a verb with no subject of its own after the quotation ("X hat „…“ angekündigt"). In English the
        subject after the verb is read only where English inverts ("“…,” said Smith", "said Smith: “…”"), and
        never after a verb whose next noun is its object ("told AFP"). ``within``: only verbs among the first so
        many tokens (the rest are there for reading a long subject)."""
        order = range(len(tokens) - 1, -1, -1) if nearest_last else range(min(len(tokens), within or len(tokens)))
        nearest, french = True, self.lang == "fr"  # no cue verb read yet
        for j in order:
            word = tokens[j][0]
            inverted = _INVERTED.fullmatch(word.lower()) if "-" in word else None
            if inverted and inverted.group(1) == "on":  # "explique-t-on dans l'entourage de M. Lambertin"
                return self._impersonal_source(tokens, j) if inverted.group(0).endswith("-t-on") else None
            if inverted:
                return self._antecedent(tokens[j][1], "m" if inverted.group(1) == "il" else "f")
            if (word in HEARD_SAYING or french and j and tokens[j - 1][0] in ("avoir", "être")) and (
                    named := self._object_speaker(tokens, j))[0]:
                return named[1]  # ("heard the gunman shout", "quoted him as saying", "avoir écrit au ministre")
            if french and not nearest_last and 2 <= j <= 5 and word in FRENCH_CUE_INFINITIVES and tokens[j - 2][0] in (
                    FRENCH_SEMI_AUXILIARIES.get(tokens[j - 1][0].replace("d’", "de").replace("d'", "de"), ())) and (
                    all(t[:1].isalpha() or t == "," for t, _ in tokens[:j])):
                return self._subject_forward(tokens, j)  # "« Non », finit par répondre le prévenu", "se contente de
                # lâcher l’élu": the infinitive's subject after it (part 41)
            if word not in _VERB_FORMS or not verb_at(tokens, j, self.lang) or (word == "Asked" and j == 0):
                continue  # (the set first: most words; "Asked which Iowa county …, he demurred": its subject follows)
            key = word.lower()
            if nearest and nearest_last and key in _ACCUSING and j + 1 < len(tokens) and tokens[j + 1][0] == "of":
                return None  # "PM accused of ‘broken promise’": passive, the accused says nothing
            nearest = False
            if not nearest_last and self.lang == "en" and any(t == "whom" for t, _ in tokens[max(0, j - 6) : j]):
                # after the quotation, "Smith, whom Jones praised at length, told …": a relative clause's verb
                # (before it, "… Benenson, whom one insider described as “…”" is the quotation's own)
                continue
            # "Trump attacked Obama, calling him “…”": a participle after a comma has no subject of its own (the
            # words before the comma are its clause, not an appositive); English never inverts after one
            if (self.lang == "en" and key in PASSIVE_CUES and j >= 1 and tokens[j - 1][0].lower() in _BE
                    and j + 2 < len(tokens) and tokens[j + 1][0].lower() == "by"):
                # "Sanders was asked by host Bill Maher, “…”": the agent asked it, not the subject
                agent = self._subject_forward(tokens, j + 1)
                if agent is not None:
                    return agent
            participle = self.lang == "en" and key.endswith("ing")
            if participle and j > 1 and tokens[j - 1][0].lower() in _BE:
                # "a game many are calling an “instant classic”": a progressive has its own subject before it,
                # never the sentence's ("Alabama beat Clemson in a game many …"); read from before the "be"
                subject = self._subject_back(tokens, j - 1)
                if subject is not None:
                    return subject
                head = tokens[j - 2][0]
                if head.isalpha() and head.islower() and head.lower() not in _PRONOUNS:
                    continue  # "many are", "critics were": no one named; not the sentence's subject either
                participle = False  # "Smith and Jones are calling it": read as before, a finite verb
            incise = self.lang == "fr" and _incise_subject_ends(tokens, j) and (  # ", a précisé la ministre,": an
                j >= 1 and tokens[j - 1][0] == "," or j >= 2 and tokens[j - 1][0] in ("a", "avait") and (  # incise,
                    tokens[j - 2][0] == ","))  # its subject after it, not a noun before its comma ("l’Allemagne,
            # dont …"; part 38)
            subject = None if participle and j > 0 and (
                tokens[j - 1][0] == "," or object_before(tokens, j)
            ) else (self._subject_forward(tokens, j) if incise else None) or self._subject_back(tokens, j)
            subject = self._verb_second(tokens, j, subject)  # ("Zugleich sagte Pohl")
            if subject is None and not participle and key not in NO_INVERSION and (
                self.lang != "en"
                or (key not in _OBJECT_VERBS and (
                    j == 0 or not tokens[j - 1][0][:1].isalnum()
                    or all(t.lower() in _SKIP_BEFORE_VERB for t, _ in tokens[:j])  # "”, a déclaré X"
                ))
            ):
                subject = self._subject_forward(tokens, j)
            if subject is None and participle and j > 0 and tokens[j - 1][0] in ("and", "or"):
                # "with Donald Trump tweeting that … and asking, “…”": coordinated participles share a subject
                for m in range(j - 2, max(-1, j - 30), -1):
                    if tokens[m][0].endswith("ing") and tokens[m][0] in _VERB_FORMS and verb_at(tokens, m, self.lang):
                        if m > 0 and tokens[m - 1][0] != ",":
                            subject = self._subject_back(tokens, m)
                        break
                else:
                    if sentence is not None and sentence() < tokens[0][1]:
                        # the first participle stands before an earlier quotation of the sentence ("… tweeting
                        # that it was a “disaster” … and asking, “…”"): that quotation's speaker is inherited
                        return None
            before = j - 1
            while before > 0 and (tokens[before][0] in _LIGHT_ADVERBS or tokens[before][0].endswith("ly")):
                before -= 1  # "…, but now said": the coordination past adverbs (not past "has")
            if subject is None and self.lang == "en" and sentence is not None and j > 0 and (
                tokens[before][0] in ("and", "but")
            ):
                # "Donald Trump bemoaned the unrest and said he …": a coordinated verb shares the main subject
                subject = self._main_subject(sentence(), tokens[j][1])
            if subject is None and self.lang == "en" and key.endswith("ing"):
                # "Spicer said, adding, “…”": the participle's subject is its clause's
                for m in range(j - 1, -1, -1):
                    if (tokens[m][0] in _VERB_FORMS and verb_at(tokens, m, self.lang)
                            and not tokens[m][0].lower().endswith("ing")):
                        subject = self._subject_back(tokens, m)
                        break
            if subject is None and sentence is not None and (
                word.endswith("ing") or j == 0 or not tokens[j - 1][0][:1].isalnum()
            ) and not (self.lang != "en" and j == 0 and len(tokens) > 1 and tokens[1][0].lower() in INVERTED_OPENERS):
                # (« … », assure la palefrenière: an inverted subject the verb names, no one if it is no role; never
                # the sentence's first noun, "Chevaux affamés à Bourscheid : « … »", part 38)
                if participle and (clause := contrast_clause(tokens, j) or as_clause(tokens, j)) is not None:
                    return self._main_subject(clause, tokens[j][1])  # "A judge ruled …, but the court reversed it,
                    # calling it “…”": its subject (or an "as" clause's, part 38)
                if participle:  # "Speaking in Salem, New Hampshire, Trump went after Bush, calling him “…”"
                    subject = self._main_subject(sentence(), tokens[j][1])
                subject = subject or self._sentence_subject(sentence(), tokens[j][1])
            if subject is not None:
                return subject
        return None



def _incise_subject_ends(tokens: list[tuple[str, int]], j: int) -> bool:
    """French: whether the verb at ``j`` is followed by a definite role or a name and then the clause's end ("a
    précisé la ministre, sans …", "a dit Marc Dubois."): an incise's inverted subject, not an object ("a lancé un
    appel sur Instagram", "a décrit une mère « … »")."""
    k = j + 1
    if k < len(tokens) and tokens[k][0].lower() in ("le", "la", "l’", "l'", "les"):
        k += 1
        while k < len(tokens) and tokens[k][0].isalpha() and tokens[k][0].islower():
            k += 1
    else:
        while k < len(tokens) and tokens[k][0][:1].isupper():
            k += 1
    return j + 1 < k and (k == len(tokens) or tokens[k][0] in (",", ".", ";"))
