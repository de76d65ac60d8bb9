"""Role descriptions as whom "he" or "she" stands for (English): one that opens the sentence before a quotation
("One nurse on the picket line, who …, described …. “…,” she said."), one that closes it (", a hospital spokesman
said. “…,” he said."), and whether a description's own sentence shows its gender ("…, who asked not to be named
because she feared retaliation, …") or no one of the pronoun's gender was named since it ("An engineer at the site
said …"). A mixin of :class:`reader.quotes.speakers.Attributor` under :class:`reader.quotes.pronouns.Pronouns` (split
out of it, over 500 lines), over :class:`reader.quotes.recent_speakers.RecentSpeakers`. No Textual or Rich import
here."""

from __future__ import annotations

from bisect import bisect_left

from reader.quotes import pronoun_words as pw
from reader.quotes.descriptions import _GENDERED_ROLES, _is_role, closing_description
from reader.quotes.given_names import given_gender
from reader.quotes.more_words import LOWER_CASE_ROLES
from reader.quotes.organisations import unnamed_on_purpose
from reader.quotes.recent_speakers import RecentSpeakers
from reader.quotes.speaker_kinds import Described
from reader.quotes.token_windows import _OPENING_MARKS, _run_words
from reader.quotes.words import _ORG_NOUNS, _VERBS


class RoleAntecedents(RecentSpeakers):
    """Role descriptions a pronoun may stand for, read by :meth:`reader.quotes.pronouns.Pronouns._antecedent`."""

    def _closing_description_before(self, offset: int, gender: str) -> str | None:
        """:func:`closing_description` of the sentence before the one holding ``offset``, which opens with a
        quotation, in its paragraph."""
        before = self._sentence_before_quotation(offset)
        if before is None:
            return None
        previous, start = before
        return closing_description([word for word, _ in self._tokens(max(previous, start - 150), start)], gender)

    def _sentence_before_quotation(self, offset: int) -> tuple[int, int] | None:
        """Where the sentence before the one holding ``offset`` starts and ends, in its paragraph, when the one
        holding ``offset`` opens with a quotation ("… said. “…,” he said."); None otherwise."""
        start = self._clause_start(offset, max(self._block_start(offset), offset - 600))
        if self.text[start:offset].strip()[:1] not in _OPENING_MARKS:
            return None  # (a sentence with its own subject: the main subject is read)
        while start > 0 and self.text[start - 1].isspace():
            start -= 1
        if start < 2:
            return None
        return self._clause_start(start - 1, max(self._block_start(start - 1), start - 600)), start

    def _role_opening_before(self, offset: int) -> tuple[str, str] | None:
        """The role description, as written up to its role word, that opens the sentence before the one holding
        ``offset`` when that one opens with a quotation ("One nurse on the picket line, who …, described …. “…,”
        she said.": "One nurse"), past an opening phrase and its comma ("At the village pub, the landlord, …"),
        and whom it names: itself, or the name in apposition to it ("The other man, his cousin James York,")."""
        before = self._sentence_before_quotation(offset)
        if before is None:
            return None
        previous, start = before
        tokens = self._tokens(previous, min(start, previous + 120))
        k = 0
        if tokens and tokens[0][0].lower() in pw.PREPOSITIONS_OPENING:  # (a place or a time: "At the village pub,",
            k = next((m + 1 for m in range(1, min(len(tokens), 8)) if tokens[m][0] == ","), 0)  # not "Among them
            if any(word[:1].isupper() or word in _VERBS for word, _ in tokens[1 : k - 1]):  # was Emily Carter,")
                return None
        if k >= len(tokens) or (tokens[k][0].lower() not in pw.DESCRIPTION_OPENERS
                                and tokens[k][0].lower() not in pw.OWNER_OPENERS):
            return None
        role = next((m for m in range(k + 1, min(len(tokens), k + 4)) if tokens[m][0].islower()
                     and (_is_role(tokens[m][0]) and tokens[m][0] not in _ORG_NOUNS
                          or tokens[m][0] in LOWER_CASE_ROLES)), 0)
        if not role:
            return None
        words = [word for word, _ in tokens[k : role + 1]]
        if role + 2 < len(tokens) and tokens[role + 1][0] == ",":  # "The other man, his cousin James York, 40,"
            name = next((m for m in range(role + 2, min(len(tokens), role + 5)) if tokens[m][0][:1].isupper()), 0)
            if name and all(t[0].islower() for t in tokens[role + 2 : name]) and given_gender(tokens[name][0]):
                named = self.people.resolve_name(_run_words(tokens[name : name + 3]), tokens[name][1])
                return (" ".join(words), named) if named else None
        if words[0].lower() == "the" and isinstance(self._description(words, tokens[k][1]), Described):
            return None  # ("The Ohio governor": a person the article names, resolved as a description is)
        return " ".join(words), " ".join(words)

    def _refers_to_itself(self, subject: str, offset: int, gender: str) -> bool:
        """Whether the role ``subject`` (a description, before ``offset``) is shown to be of ``gender`` by its own
        sentence: a pronoun of that gender follows it there with no one of that gender named between ("One nurse
        on the picket line, who asked not to be named because she feared retaliation, described …. “…,” she
        said."; "the landlord, who asked not to be identified, said he had stopped …. “…,” he said."), and the role
        is of no other gender. A role alone is not enough (see :func:`_of_gender_described`)."""
        words = subject.split()
        owned = words[0].lower() in pw.OWNER_OPENERS  # ("His sister, who did not want to be named, spoke …": only
        # when the article says it will not name her, as no pronoun in her sentence could be told from the owner's)
        if not gender or gender not in "mf" or len(words) < 2 or (
                words[0].lower() not in pw.DESCRIPTION_OPENERS and not owned) or any(
                _GENDERED_ROLES.get(word.lower(), gender) != gender for word in words[1:5]):
            return False
        at = self.text.rfind(subject, max(0, offset - 600), offset)
        if at < 0:
            return False
        end = self._sentence_end(at + len(subject), offset)
        pronoun = pw.SELF_PRONOUN[gender].search(self.text, at + len(subject), end)
        if owned and not unnamed_on_purpose(self.text, at + len(subject)):
            return False
        if (pronoun is None or owned) and unnamed_on_purpose(self.text, at + len(subject)):
            until = offset  # ("A member of the club, who did not want to be named, was less diplomatic. “…,” he
            # said.": no one else named since, the one the article keeps anonymous)
        elif pronoun is None or self._inside(pronoun.start()):
            return False
        else:
            until = pronoun.start()
        return self._no_one_of_gender_between(at, until, gender)

    def _one_described_since(self, subject: str, offset: int, gender: str) -> bool:
        """Whether ``subject`` is one person described by a role of no gender ("An engineer at the site"), the main
        subject of the sentence just before the pronoun (``_subject_for_pronoun`` read it), with no one of the
        pronoun's gender, or of none known, named from it to ``offset``: the pronoun stands for that one."""
        words = subject.split()
        if not gender or gender not in "mf" or len(words) < 2 or words[0].lower() not in ("a", "an", "one") or not (
                _is_role(words[1].lower()) or len(words) > 2 and _is_role(words[2].lower())) or words[1].lower() in (
                "of", "in"):
            return False
        at = self.text.rfind(subject, max(0, offset - 400), offset)
        if at < 0 or self.text[max(0, at - 2) : at].strip() not in ("", ".", "!", "?"):
            return False  # (only a sentence's opening subject: not "At a forum …, one questioner claimed …", nor "a
            # liberal think tank" in an appositive)
        return self._no_one_of_gender_between(at, offset, gender)

    def _no_one_of_gender_between(self, start: int, end: int, gender: str) -> bool:
        """Whether no one of ``gender``, or of no known gender, is named between ``start`` and ``end``: a pronoun of
        that gender can then stand only for the description before it."""
        mentions, people = self.people.mentions, self.people.mention_people
        return not any(people[k].gender in (gender, "") for k in range(bisect_left(mentions, start),
                                                                       bisect_left(mentions, end)))
