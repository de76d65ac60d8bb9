"""Speakers that a cue's object or another clause names rather than its subject (part 26): an active "quoted him
as saying" ("Thackeray quoted him as saying: “…”" is his), a perception verb's object ("heard the gunman shout,
“…”"), and a French infinitive's subject, which is the main clause's, never the object after it ("a annoncé avoir
écrit au ministre de l’Industrie pour réclamer « … »"). A mixin of :class:`reader.quotes.speakers.Attributor`,
split out of it (over 500 lines). Pure Python, no Textual or Rich import."""

from __future__ import annotations

from reader.quotes.cue_verbs import verb_at
from reader.quotes.incises import Incises
from reader.quotes.words import _BE, _DETERMINERS, _PREPOSITIONS, _VERB_FORMS

HEARD_SAYING = frozenset("say shout yell scream cry whisper mutter call saying shouting yelling screaming crying "
                          "whispering muttering calling".split())
_PERCEPTION = frozenset("heard hear hears overheard overhear".split())
"""A perception verb and the saying verb after its object: "heard the gunman shout, “…”" (part 26)."""
_NOT_IN_A_NOUN_PHRASE = frozenset("and or but then began begun started kept went".split())
"""Words that end the object of "heard" before a saying verb: "heard the alarm and began shouting" heard no one."""
PASSIVE_CUES = frozenset("asked questioned pressed told warned urged".split())
"""Cue verbs whose agent (the object of "by") says the words when passive ("was asked by Bill Maher, “…”"); not "was
called by the SVP the “Expulsion Initiative”", a name given (used by :meth:`~reader.quotes.speakers.Attributor._inline`,
as :data:`NO_INVERSION` is)."""
NO_INVERSION = frozenset("think thinks believe believes believed consider considers considered".split())
"""Cue verbs English never inverts: the name after one is its object ("(think Eleanor Roosevelt and …)")."""


class ObjectSpeakers(Incises):
    """The readings above, asked by :meth:`reader.quotes.speakers.Attributor._inline` at a cue verb."""

    def _object_speaker(self, tokens: list[tuple[str, int]], j: int) -> tuple[bool, str | None]:
        """(True, the speaker) when the word at ``j`` is read by one of this module's readings, else (False, None)
        (the cue's subject is read as usual)."""
        word = tokens[j][0]
        if word in HEARD_SAYING and self.lang == "en" and (heard := self._heard_saying(tokens, j)):
            return True, heard  # "heard the gunman shout, “…”": the one heard, not who heard
        if word not in _VERB_FORMS or not verb_at(tokens, j, self.lang):
            return False, None
        if word == "saying" and self.lang == "en" and (quoted := self._quoted_as_saying(tokens, j)):
            return True, quoted  # "Thackeray quoted him as saying: “…”": the object, not who quotes
        if self.lang == "fr" and j > 0 and tokens[j - 1][0].lower() in ("avoir", "être"):
            return True, self._infinitive_subject(tokens, j - 1)  # "a annoncé avoir écrit au ministre de …": the
            # main clause's subject, never the object after the infinitive
        return False, None

    def _quoted_as_saying(self, tokens: list[tuple[str, int]], saying: int) -> str | None:
        """English: whom an active "quoted … as saying" before ``saying`` names as the speaker ("Reading from a
        transcript, Thackeray quoted him as saying: “…”", "The newspaper quoted Ann Lee as saying"): a pronoun's
        antecedent or a name; None for anything else (a passive "was quoted as saying" is its subject's, read as a
        cue's subject)."""
        if saying < 3 or tokens[saying - 1][0] != "as":
            return None
        verb = next((m for m in range(saying - 2, max(0, saying - 6), -1) if tokens[m][0] == "quoted"), 0)
        if not verb or tokens[verb - 1][0].lower() in _BE:
            return None
        words = [word for word, _ in tokens[verb + 1 : saying - 1]]
        if len(words) == 1 and words[0] in ("him", "her"):
            gender, at = "m" if words[0] == "him" else "f", tokens[verb + 1][1]
            found, quoter = self._antecedent(at, gender), self._subject_back(tokens, verb)
            return self.people.before(at, gender, other=quoter) if found and found == quoter else found  # ("Lee
            # quoted her as saying": not Lee)
        if words and all(word[:1].isupper() and word.replace(".", "").isalpha() for word in words):
            return self.people.resolve_name(words, tokens[verb + 1][1])
        return None

    def _infinitive_subject(self, tokens: list[tuple[str, int]], infinitive: int) -> str | None:
        """French: the subject of the last cue verb before the infinitive at ``infinitive`` ("Julien Marchal a annoncé
        … avoir écrit au ministre …"), else None (not the object after the infinitive)."""
        for m in range(infinitive - 1, -1, -1):
            if tokens[m][0] in _VERB_FORMS and verb_at(tokens, m, self.lang):
                return self._subject_back(tokens, m)
        return None

    def _heard_saying(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        """English: whom a perception verb a few words before ``verb`` names as saying the words ("heard the gunman
        shout, “…”", "she heard her neighbor yell, “…”"): a name, or a description (resolved as descriptions are); None
        when no perception verb stands right before a short noun phrase, or that is a pronoun."""
        for p in range(verb - 2, max(-1, verb - 7), -1):
            if tokens[p][0] in _PERCEPTION:
                words = [word for word, _ in tokens[p + 1 : verb]]
                if not all(word.isalpha() or word in ("’s", "'s") for word in words):
                    return None
                if not words or words[0] in ("him", "her") or any(word in _PREPOSITIONS or word in _NOT_IN_A_NOUN_PHRASE
                                                                  or word.endswith("ed") for word in words):
                    return None  # (a pronoun is read as before: "you hear her on the campaign trail saying, ‘…’"
                    # inside another's words is not whom "her" would be outside them)
                if all(word[:1].isupper() for word in words):
                    return self.people.resolve_name(words, tokens[p + 1][1])
                if words[0].lower() not in _DETERMINERS or len(words) < 2:
                    return None
                return self._description(words, tokens[p + 1][1]) or " ".join(words)  # ("the gunman", as written)
            if not tokens[p][0].isalpha():
                return None
        return None
