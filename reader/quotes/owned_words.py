"""Words that a possessive or a German participle's agent owns, right before a quotation's marks: "Trump stood by his
comment Monday that “…”", "Clinton's claim that “…”", "in economist Tyler Cowen's phrase, “…”" are the owner's words,
and "die von Merkel geprägte Formel „…“" is Merkel's, whoever the sentence's subject is. A mixin of
:class:`reader.quotes.speakers.Attributor` under :class:`reader.quotes.narrative.Narrative` (split out of it, over 500
lines). No Textual or Rich import here."""

from __future__ import annotations

from reader.quotes.exchanges import Exchanges
from reader.quotes.token_shapes import _continues_name
from reader.quotes.words import _DAYS, _VERB_FORMS

_SPEECH_NOUNS = frozenset(
    """comment comments remark remarks claim claims statement words assertion assertions tweet tweets promise
    pledge vow warning suggestion insistence argument declaration description phrase coinage""".split()
)
"""Nouns for what someone said: a possessive before one owns the quotation ("his comment that “…”")."""


class OwnedWords(Exchanges):
    """Whose words a possessive or a participle's agent before the marks makes them (see the module)."""

    def _owned_words(self, before: list[tuple[str, int]]) -> str | None:
        """"Trump stood by his comment Monday that “Islam hates us”", "Clinton's claim that “…”", "in economist
        Tyler Cowen's phrase, “…”": words that a possessive owns are the owner's (a name, or "his"/"her" resolved as
        a pronoun). German: the agent of a participle before the words, "der von Loriot als Opa Hoppenstedt
        gequengelte Ausspruch „…“" (:meth:`_participle_agent`)."""
        if self.lang == "de":
            return self._participle_agent(before)
        if self.lang != "en" or len(before) < 3:
            return None
        k = len(before) - 1
        if (before[k][0] in (",", ")") and k >= 3 and before[k - 1][0].lower() in ("words", "phrase", "coinage")
                and any(word.lower() == "in" for word, _ in before[max(0, k - 8) : k - 2])):
            k -= 1  # "(in Tyler Cowen's phrase) “…”", "In his words, “…”"
        elif before[k][0] != "that":
            return None  # "told CNN that Ginsburg’s comments “shows bias”": the owner is the topic, not the speaker
        else:
            k -= 1
        while k > 1 and before[k][0].lower() in _DAYS:
            k -= 1
        if k < 1 or before[k][0].lower() not in _SPEECH_NOUNS:
            return None
        owner, offset = before[k - 1]
        if owner.lower() in ("his", "her"):
            return self._antecedent(offset, "m" if owner.lower() == "his" else "f")
        if owner[:1].isupper() and owner.endswith(("’s", "'s")) and len(owner) > 3:
            run = [owner[:-2]]
            m = k - 2
            while m >= 0 and before[m][0][:1].isupper() and len(run) < 4:
                run.insert(0, before[m][0])
                m -= 1
            return self.people.resolve_name(run, before[m + 1][1])
        return None

    def _participle_agent(self, before: list[tuple[str, int]]) -> str | None:
        """German: "von X" before an inflected participle that, with at most two nouns after it, ends the words
        before the mark ("die von Merkel geprägte Formel „…“", "das von Loriot gesprochene „…“"): X said the
        words, whoever the sentence's subject is ("Lukschy verrät, dass der von Loriot … gequengelte Ausspruch
        „…“" is Loriot's). No comma between, and X a capitalised name."""
        k = len(before) - 1
        while k >= 0 and len(before) - k <= 2 and before[k][0][:1].isupper():
            k -= 1  # the nouns ("Ausspruch", "Formel")
        participle = before[k][0] if k >= 1 else ""
        if k < 1 or not (participle.islower() and participle.endswith(_PARTICIPLE_ENDINGS)
                         and any(stem in participle for stem in _SAYING_STEMS)):
            return None  # (a saying verb's: "das von Drosten geleitete „Institut …“" is no one's words)
        for j in range(k - 1, max(-1, k - _AGENT_REACH), -1):
            word = before[j][0]
            if word in (",", ";", ":") or word.lower() in _VERB_FORMS:
                return None
            if word == "von" and j + 1 < k and before[j + 1][0][:1].isupper():
                run: list[str] = []
                m = j + 1
                while m < k and len(run) < 5 and (before[m][0][:1].isupper() or _continues_name(before, m, run)):
                    run.append(before[m][0])  # ("von Vicco von Bülow")
                    m += 1
                # a person the article names, or a full name; not a noun ("von Experten": every German noun
                # is capitalised; "vom Verband" has its article)
                if len(run) >= 2 or self.people.person_of(run, before[j + 1][1]) is not None:
                    return self.people.resolve_name(run, before[j + 1][1])
        return None


_PARTICIPLE_ENDINGS = ("te", "ten", "tes", "ter", "tem", "ene", "enen", "enes", "ener", "enem")
"""A German participle's endings as an attribute ("geprägte", "gesprochenen"): the words it qualifies are its
agent's."""

_SAYING_STEMS = ("sagt", "äußert", "sproch", "prägt", "wendet", "zitiert", "quengelt", "rufen", "rief",
                 "formuliert", "twittert", "schrieb", "klärt", "tont", "forder", "nannt", "spott", "kündigt",
                 "warnt", "ruf", "lobt", "kritisiert", "bezeichnet", "behauptet", "verkündet", "wiederholt")
"""Stems of German saying verbs' participles ("gesagte", "geprägte", "zitierte", "gequengelte"): only their
agent said the words ("die von Merkel geprägte Formel"), not a leading or founding one's ("geleitete",
"eingesetzte": a review's finding)."""

_AGENT_REACH = 10
"""Tokens before the participle :meth:`Narrative._participle_agent` looks through for "von" ("von Loriot als
Opa Hoppenstedt in einem Sketch gequengelte")."""
