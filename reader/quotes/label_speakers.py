"""The speaker a label before a colon names ("Smith: “…”", a transcript's "CHAIR LINDA OKAFOR:", a list of
reactions, German "Richterin: „…“" for the judge named before), unless the words before govern the label ("told
Fox News:") or make it a noun ("Sie fand deutliche Worte:") or it is a dateline ("WASHINGTON:"). A mixin of
:class:`reader.quotes.speakers.Attributor`, split out of its ``_direct`` (over 500 lines, part 27). Pure Python,
no Textual or Rich import."""

from __future__ import annotations

from functools import partial

from reader.quotes.colon_labels import (
    _GERMAN_DETERMINERS,
    dateline_place,
    german_noun_before,
    governed_label,
    role_label,
)
from reader.quotes.given_names import given_gender
from reader.quotes.object_speakers import ObjectSpeakers


class LabelSpeakers(ObjectSpeakers):
    """:meth:`_label_speaker`, asked by :meth:`reader.quotes.speakers.Attributor._direct` when no cue verb named
    the speaker."""

    def _label_speaker(self, before: list[tuple[str, int]]) -> str | None:
        """The speaker the capitalised label ending ``before`` (the sentence's tokens up to the opening mark, its
        last a colon) names, or None."""
        owner = _OWNERS.get(before[0][0].lower()) if 3 <= len(before) <= 6 and before[-1][0] == ":" else None
        if owner is not None and before[1][0].lower() in _OWN_VERDICTS and (
                len(before) == 3 or before[2][0].lower() in _OF_THE):
            return self._antecedent(before[0][1], owner)  # "Sein Fazit des Abends: „…“", "His verdict: “…”", "Son
            # conseil : « … »": whose the possessive says (part 43)
        start = len(before) - 2
        while start > 0 and (before[start - 1][0][:1].isupper() or before[start - 1][0] == "."):
            start -= 1
        ahead = before[start - 1][0] if start > 0 else ""  # ("Sie fand deutliche Worte:", "Seine Antwort:", "zu
        noun_label = self.lang == "de" and (start == len(before) - 2 and german_noun_before(ahead) and (  # Wort:")
            self.people.person_of([before[start][0]], before[start][1]) is None) or (
            start == len(before) - 3 and before[start][0].lower() in _GERMAN_DETERMINERS))
        if (len(before) >= 2 and before[-1][0] == ":" and before[-2][0][:1].isupper() and not noun_label
                and not governed_label(before, start, self.lang)):
            label = [t for t, _ in before[start:-1] if t != "."]
            noun: tuple[str | None, str] | None = None
            if all(t.isupper() for t in label):  # a transcript's "CHAIR LINDA OKAFOR:", not a dateline's "WASHINGTON:"
                named = self.people.as_label(label, before[start][1])
                if named != " ".join(label) and not dateline_place(" ".join(label), self.people.persons):
                    noun = (named, "name")  # (else read as before: "TRUMP:" as written, "BREAKING:" no one)
                elif len(label) >= 2 and not any(given_gender(word.title()) for word in label):
                    return None  # "NURSES WALK OUT: ‘…’": a headline's words in capitals, no one's name (part 39)
            if noun is None:
                noun = self._noun_phrase_back(before, len(before) - 2)
            if noun and label == [noun[0]] and (held := role_label(label, self.lang, partial(
                    self._description, offset=before[start][1], guess=False))):
                noun = (held, "name")  # "Richterin: „…“" after "die vorsitzende Richterin Barbara Oberhollenzer"
            if noun is not None and noun[0] and not dateline_place(noun[0], self.people.persons):
                return noun[0]
        return None


_OWNERS = {"his": "m", "her": "f", "sein": "m", "seine": "m", "ihr": "f", "ihre": "f", "son": "", "sa": ""}
"""A possessive opening a label, and the gender of whom it stands for."""
_OWN_VERDICTS = frozenset("""verdict conclusion advice message answer reply view motto credo summary assessment
    fazit urteil rat antwort botschaft appell bilanz resümee wunsch forderung kommentar
    conseil réponse devise bilan souhait constat commentaire""".split())
"""Nouns for one's own words a label names ("His verdict: “…”", "Sein Fazit: „…“", "Son conseil : « … »")."""
_OF_THE = frozenset("des du de of".split())

