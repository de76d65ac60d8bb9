"""The turns of a question-and-answer exchange printed as bare quotations, one per paragraph (a court's
examination, a press conference, an interview): who asked, who answered, and whose turn an unattributed
quotation is. A mixin over :class:`reader.quotes.subjects.Subjects` (split out of
:mod:`reader.quotes.narrative` at 500 lines, part 28); :class:`reader.quotes.speakers.Attributor` is one.
No Textual or Rich import here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _is_role
from reader.quotes.subjects import Subjects

if TYPE_CHECKING:
    from reader.document import Document
    from reader.quotes import Quoted


_ASKED = re.compile(r"\b(?:asked|asks|pressed|demanded|fragte|fragt|hakte|demande|demandé|interroge|interrogé|relancé|"
                    r"relance|(?:will|wollen|wollten?) (?:[\w.-]+ ){0,4}?(?:genau )?wissen)\b")
"""A questioning cue after a question that ends a paragraph: the next paragraph's unattributed words answer it."""
_ASKED_OBJECT = re.compile(r"\blui (?:a |avait )?(?:demand|relanc)\w*|\b(?:asked|asks|pressed) (?:him|her)\b"
                           r"(?! \w)|\b(?:fragte|fragt) (?:ihn|sie)\b(?! \w)")
"""An asking cue with whom it asks ("lui a demandé un journaliste", "she asked him."; not "asked her lawyer", nor
"asked them", a crowd)."""
_QUESTIONERS = re.compile(r"(?i:\b(?:journalistes?|journalist(?:in|en)?|reporter(?:in|s)?|interviewer|moderator(?:in)?|"
                          r"présentat(?:eur|rice)|animat(?:eur|rice)|correspondent|korrespondent(?:in)?|judge|juge|"
                          r"richter(?:in)?|vorsitzende|magistrat(?:e)?|prosecutor|procureure?|staatsanwalt|"
                          r"staatsanwältin|counsel|présidente?)\b)")
"""Those who question by trade (:meth:`Exchanges._questioner`)."""
_GOES_ON = re.compile(r"\b(?:a poursuivi|poursuit|a enchaîné|enchaîne|a insisté|insiste|continued|went on|goes on|"
                      r"fuhr (?:\w+ )?fort|fährt (?:\w+ )?fort)\b")
"""A questioner going on with a question ("« Et ces créanciers, … ? », a poursuivi la magistrate. « Certains plus de
trois ans, Madame la Présidente. »": the bare words after it answer; part 42)."""
_SILENCE = re.compile(r"(?:(?:Un |A )?(?:long |longer )?(?:silence|Silence|pause|Pause|Schweigen|Stille)"
                      r"(?: dans la salle| in (?:the )?court(?:room)?| im (?:Gerichts)?[Ss]aal)?|Langes Schweigen)\.?")
"""A silence between a question and its answer ("« Et que leur disiez-vous … ? » Silence dans la salle. « Que le
dossier était en cours. »": part 42)."""
_FOLLOW_UP = re.compile(r"\s*(?:Et|And|Und|So|Also|Alors)\b")
"""A follow-up question's opening ("« Et l’argent ? »", "„Und bei einem Kind?“")."""
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|[Jj]e|[Jj][’']|[Mm]oi|[Ii]ch|mich|mir|[Ww]e|[Nn]ous|[Ww]ir)\b")
"""A question with the speaker in it is a reply's own ("“No,” Patel replied. “Why should I?”")."""
_REPLIED = re.compile(r"\b(?:answer(?:ed|s)|repl(?:ied|ies)|respond(?:ed|s)|r[ée]pon\w*|rétorqu\w*|antwortet\w*|"
                      r"erwidert\w*|entgegnet\w*)\b")
"""A reply's cue after a quotation: the quotations around it are an exchange between two people."""
_TO = frozenset("an to à au aux für at".split())
"""Prepositions before whom a question is put, not who puts it."""
_ANSWER_OPENING = re.compile(r"\s*(?:Ja|Nein|Doch|Yes|No|Oui|Non|Si)\s*[,.!…]")
"""A yes or a no and its stop ("Nein. Warum sollte ich?"; not "Si vous …", "Doch warum …", "No one saw you?")."""


def _asks(quoted: str, after: str | None = None) -> bool:
    """Whether a turn asks: it ends with a question and does not open with an answer ("Nein. Warum sollte ich?"); an
    answer ending on a question asks only for the turn ``after`` it when that one does not ask too (the judge's
    retort to "Nein. Warum auch?" answers it; the next question after it is the other party's turn)."""
    if not quoted.rstrip().endswith("?"):
        return False
    if not _ANSWER_OPENING.match(quoted):
        return True
    return after is not None and not after.rstrip().endswith("?")


_SECOND_PERSON = re.compile(r"(?i:\b(?:you|your|vous|votre|vos|dich|dir|dein\w*)\b)|\b(?:Ihnen|Ihre?)\b|"
                            r"(?<=\w )Sie\b")
"""Words that address the other party ("Vous connaissez pourtant la règle", "Wussten Sie das?"; not German "du",
French's "du" too)."""


def _question_before_reply(reply: int, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                           block: int) -> int:
    """The question the paragraph before ``block`` ends with, when the quotation ``reply`` opens ``block`` (past
    quotations nested in it); -1 otherwise."""
    first = reply
    while first > 0 and where[first - 1][1] == block:
        first -= 1
    if first != reply:
        return -1
    asked = first - 1
    while asked > 0 and quotations[asked].nested:
        asked -= 1
    return asked if asked >= 0 and where[asked][1] == block - 1 and quotations[asked].text.rstrip().endswith(
        "?") else -1


def _addresses(last: str, current: str) -> bool:
    """Whether, in an exchange under way, a turn that asks nothing is still the other party's: it addresses them and
    speaks not of itself ("« Non. »¶« Vous connaissez pourtant la règle … »"), or replies in the first person to a
    turn that addressed its speaker ("« Je la connais. »"). Part 34."""
    if _SECOND_PERSON.search(current):
        return not _FIRST_PERSON.search(current)
    return bool(_SECOND_PERSON.search(last)) and not _FIRST_PERSON.search(last) and bool(_FIRST_PERSON.search(current))


_NO_ONE = "\0"
"""(:meth:`Exchanges._asked_before`: no one but the asker spoke before; the answer is no one's.)"""


_QUESTIONED_BY = re.compile(r"\b(?:befragung|verhör|kreuzverhör|befragt|fragen|interrogatoire|interrogée?|questionnée?|"
                            r"questions|questioning|questioned|cross-examination|cross-examined|examination)\s+(?:[\w’'-]+"
                            r"\s+){0,3}?(?:(?:durch|von|par|by|from|(?<=questions )de)\s+|(?<=questions )d['’])")
"""A questioning named with whoever asks after "by" ("Die Befragung durch Gerichtspräsidentin Barbara Hänggi-Nguyen
brachte den Angeklagten ins Schwitzen. Ein Auszug:", "Auf die Fragen von Richterin Jelena Marković antwortet er
knapp.", "Il a répondu aux questions de notre journaliste Sarah Lemaire."), lower-cased."""
_SOMEONE = re.compile(r"(?:une?|an?|ein|eine|einem|einer)\s+([\w-]+)")
"""An indefinite role after "by" ("par un journaliste", "by a reporter"): the asker as written."""
_QUESTIONED_ACTIVE = re.compile(r"\b(?:l[’']a|l[’']avait|les a|hat ihn|hat sie|befragte (?:ihn|sie))\s+(?:\w+\s+)?"
                                r"(?:interrogée?s?|questionnée?s?|befragt)\b|\bquestioned (?:him|her|them)\b")
"""A questioning in the active voice, its subject before it ("La présidente, Anne-Sophie Léveillé, l’a longuement
interrogé", "The prosecutor questioned him"), lower-cased."""


_TURNED_TO = re.compile(r"\b(?:s[’']est|se) (?:alors |ensuite |enfin )?tournée? vers (?:le box|l[’']accusée?|"
                        r"le prévenu|la prévenue|la barre)|\bwandte sich (?:dann |daraufhin )?an (?:den|die) "
                        r"angeklagten?\b|\bturned to the (?:dock|defendant|accused)\b")
"""A judge turning to the defendant at a paragraph's end, the questions following ("Puis elle s’est tournée vers le
box.¶« Vous trouvez normal … ? »": hers), lower-cased. Part 41."""

_OPENING_PRONOUN = re.compile(r"(?:puis |alors |dann |then )?(elle|il|sie|er|she|he) ")
"""A pronoun opening a lower-cased sentence, maybe after an adverb."""

_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Monsieur|Madame|Mademoiselle|M|Mme|Maître|Me|Herr|Frau)\.?\s+)?"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?"
_VOCATIVE_END = re.compile(rf"(?:^|,\s+)({_TITLE}{_NAME})\s*[?!]+\s*$")
"""A name closing a question after a comma, or all of it ("…, Monsieur Vanhoutte ?", "Mr Adebayo?"; not a
letter's signature, "Bien à vous, Paul Lemoine.")."""
_ANSWER_OPENS = re.compile(r"\b(?:I|I[’']m|I[’']ve|[Jj]e|[Jj][’']|[Ii]ch)\b|^\W*(?:[Yy]es|[Nn]o|[Oo]ui|[Nn]on|[Jj]a|"
                           r"[Nn]ein)\W*(?:[,.!…]|$)")
"""What an answer to a question put to its speaker holds: "I" as a subject, or opens with a yes or a no ("« Je ne
m’en souviens pas. »"; not a plea going on after a rhetorical question, "« Personne ne le saura jamais. »", "“We
deserve answers.”", nor "No further questions.", "Let me remind you …")."""
_VOCATIVE_START = re.compile(rf"(?:^|[.!?…] +)({_TITLE}{_NAME}), [^.!?…\n]*\?\s*$")
"""A name opening a quotation's last sentence, a question, before a comma ("Herr Gubler, wer …?"; "Mr Adebayo, you’ll
have your say. Ms Quigley, is that fair?" addresses her; not a signature line, "…. Amy Pope, deputy adviser.")."""


_ADDRESSES_BENCH = re.compile(r"\b(?:[Mm]adame|[Mm]onsieur) (?:la |le )?(?:présidente?|juge)\b|\b[Yy]our [Hh]onou?r\b|"
                              r"\b(?:Herr|Frau) (?:Richter(?:in)?|Vorsitzender?|Präsident(?:in)?|Rat|Rätin)\b")
"""A turn that addresses the judge ("madame la présidente", "Your Honour", "Frau Richterin"): the one questioned's."""


class Exchanges(Subjects):
    """Whose turn a quotation opening its paragraph with no attribution is, in an exchange."""

    document: Document
    hows: list[str]
    """Which pattern gave each speaker so far (:class:`~reader.quotes.speakers.Attributor`'s)."""

    def _turn_taken(self, prev: int, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                    speakers: list[str | None]) -> str | None:
        """In an exchange, a quotation that answers the question before it, or asks one after an answer, is the
        other party's. The quotation before (in the paragraph before) is a turn of the exchange when it is a reply
        to a question ("“Did you find …?” Warsame asked.¶“No,” Tran answered.¶“Anything in his home?”": Warsame's),
        a turn itself ("¶“No, sir.”": Tran's), or opens the exchange alone in its paragraph after one that announces
        it with no quotation ("Reporters pressed her ….¶“Days or weeks?”¶“I would hope days.”": hers, the speaker
        before). A bare question after someone's statement is no exchange ("…,” Oyelaran said.¶“And did she?”):
        the default reading stays. None when it is no exchange or no other party is known."""
        current, last = len(speakers), len(speakers) - 1
        while last > 0 and quotations[last].nested:  # (the words quoted inside the turn: "Et “…”, cela voulait …")
            last -= 1
        if last < 0 or where[last][1] != prev or speakers[last] is None or quotations[last].kind in ("title", "term"):
            return None  # (a reply may be a word: "“No,” Tran answered." is a phrase)
        block, before = self.document.blocks[prev], last - 1
        if _ADDRESSES_BENCH.search(quotations[current].text) and quotations[last].text.rstrip().endswith("?") and (
                other := next((speakers[n] for n in range(before, max(-1, before - 10), -1) if speakers[n] not in (
                    None, speakers[last]) and quotations[n].kind not in ("title", "term")), None)):
            return other  # "« … ? », a rétorqué la magistrate.¶« Il y a plein de câbles …, madame la présidente. »":
            # the one she questioned, never the bench (part 43)
        after = self.text[where[last][3] : block.end]
        if _asks(quotations[last].text, quotations[current].text) == _asks(quotations[current].text) and not (
                _REPLIED.search(after) and _asks(quotations[current].text)) and not (  # (a reply ending on a
                self.hows[last] == "turn" and _addresses(quotations[last].text, quotations[current].text)):
            return None  # question of its own, then a question: the asker's again, below)
        while before > 0 and quotations[before].nested:
            before -= 1
        if before >= 0 and self.hows[last] == "turn":  # (the turn before, past a term or a title in between; after
            # the paragraph announcing the exchange, the other one it names: "Marc Delorme, 47 ans, …. La présidente
            # l’a longuement interrogé.¶«Saviez-vous …?»¶«Oui.»" is his)
            lead = self.document.blocks[prev - 1] if prev >= 1 and where[before][1] < prev - 1 else None
            other = (self.people.before(lead.end, other=speakers[last], since=lead.start) if lead else None) or next(
                (speakers[n] for n in range(before, max(-1, before - 8), -1) if speakers[n] not in (
                    None, speakers[last]) and quotations[n].kind not in ("title", "term")), None)
        elif before >= 0 and (_REPLIED.search(after) and where[before][1] == prev - 1 and quotations[
                before].text.rstrip().endswith("?") and quotations[current].text.rstrip().endswith("?")):
            other = speakers[before]  # (the asker asks again; a reply that ends on its own question is no turn:
            # "“Because …. What would you have us do?” replied Grant.¶“We froze fares …”" is his)
        elif (before >= 0 and where[before][1] == prev and speakers[before] == speakers[last]
              and (asked := _question_before_reply(before, quotations, where, prev)) >= 0
              and _REPLIED.search(self.text, where[before][3], where[before + 1][2])
              and quotations[current].text.rstrip().endswith("?")):
            other = speakers[asked]  # a reply that goes on in a second quotation ("“I did not,” Ms Deasy replied.
            # “By the time I got there …”"), then a bare question: the asker's again (part 36)
        elif (prev >= 1 and where[last][2] == block.start and (not after.strip() or self.hows[last] == "after" and len(
                after.strip()) < 60 and (speakers[last] or "?").split()[-1] in self.text[
                    self.starts[prev - 1] : block.start]) and (
                before < 0 or where[before][1] < prev - 1) and quotations[last].text.rstrip().endswith("?")
              and self._announces_exchange(intro := self.document.blocks[prev - 1].start, block.start)):
            # the other one named there ("Marc Delorme, 47 ans, …. La présidente l’a interrogé"; the question bare or
            # with its own short attribution to the asker the announcement names: "„…?“, fragt die Richterin."; not
            # "asked Mary Collins, 61", someone new), else the speaker
            other = self.people.before(block.start, other=speakers[last], since=intro) or next((  # before
                speakers[n] for n in range(before, max(-1, before - 8), -1)
                if where[n][1] >= prev - 4 and speakers[n] not in (None, speakers[last])), None)
        else:
            return None
        return other if other != speakers[last] else None

    def _asked_before(self, prev: int, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                      speakers: list[str | None], asker: str) -> str | None:
        """When the paragraph before a quotation that opens its own with no attribution ends with a question its
        speaker ``asker`` asked ("“So a hundred years of goodwill becomes a trap?” she asked."), the answer's
        speaker: the last one before the question who is not ``asker`` ("“…,” Mertz replied."), or
        :data:`_NO_ONE` when no one else spoke; None when that paragraph asked nothing (a speaker goes on across
        paragraphs, a rhetorical question with "said" included)."""
        current = len(speakers)
        last = current - 1
        if last < 0 or where[last][1] != prev or speakers[last] != asker or not quotations[last].text.rstrip().endswith(
                "?") or quotations[current].text.rstrip().endswith("?") or not _ASKED.search(
                self.text, where[last][3], self.document.blocks[prev].end):
            return None
        for number in range(last - 1, -1, -1):
            if where[number][1] < prev - 2:
                break
            if speakers[number] is not None and speakers[number] != asker and quotations[number].kind == "speech":
                return speakers[number]
        by_trade = self._questioner(asker, self.text[where[last][3] : self.document.blocks[prev].end])
        return (self._questioned_before(prev, where[last][2], asker) if by_trade else None) or _NO_ONE

    def _questioned_before(self, prev: int, question: int, asker: str) -> str | None:
        """The person named last, other than ``asker`` (who questions by trade: a judge, a reporter), in the paragraph
        before the question's and in the question's own before it (a person of known gender, outside quotations),
        when no one else spoke there: whom the question asked ("Interrogé par la présidente, …, Marc Vandenbroucke a
        d'abord contesté ….¶« …? » a demandé la présidente.¶« … »": his answer). Part 37."""
        start = self.document.blocks[max(0, prev - 1)].start
        mentions, people = self.people.mentions, self.people.mention_people
        asker_person = self.people.named(asker)
        for index in range(bisect_left(mentions, question) - 1, bisect_left(mentions, start) - 1, -1):
            person = people[index]
            if person is not asker_person and person.gender and person.full != asker:
                return person.full
        return None

    def _answer_in_paragraph(self, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                             speakers: list[str | None]) -> str | None:
        """The speaker of a quotation with no attribution that takes a turn in an exchange within its paragraph, or
        None (the usual inheritance holds), "" for a follow-up question whose asker is not known. An answer after a
        question asked of someone is the last one before who is no asker (past the questions, within two
        paragraphs): the asking cue names whom it asks ("« … ? » lui a
        demandé un journaliste. « Honnêtement, … »", "she asked him") or the asker questions by trade (a reporter,
        a judge: "„Wussten Sie das?“ – „Nein.“" after "Die Vorsitzende Richterin …"), or the question itself took a
        turn. A follow-up question after a reply ("« … », a répondu le jeune homme. « Et l’argent ? »") or after an
        answer that took a turn is the one who asked before it. Part 33; a probe review found speakers who ask and
        go on ("“Can you believe it?” asked Fowler. “We were dead …”", "„Können wir es wiedergutmachen?“ – „Nur
        gemeinsam.“") and a reply's own question ("“No,” Patel replied. “Why should I?”"): those inherit."""
        current = len(speakers)
        last = current - 1
        while last > 0 and quotations[last].nested:
            last -= 1
        if last < 0 or where[last][1] != where[current][0]:
            return None
        between = self.text[where[last][3] : where[current][2]].strip()
        quoted = quotations[current].text
        asks, asked = quoted.rstrip().endswith("?"), quotations[last].text.rstrip().endswith("?")
        if asks and not asked and ((_REPLIED.search(between) or between in ("–", "—")) and _FOLLOW_UP.match(
                quoted) and not _FIRST_PERSON.search(quoted) or not between and self.hows[last] == "turn"):
            before = last - 1
            while before > 0 and quotations[before].nested:
                before -= 1
            if before >= 0 and where[before][1] >= where[current][0] - 1 and quotations[before].text.rstrip(
                    ).endswith("?") and speakers[before] != speakers[last]:
                return speakers[before] or ""  # ("" when no one is known to have asked: never the one who replied,
                # "« … ? » Un long silence. « Non », finit par répondre le prévenu. « Et de … ? »"; part 41)
            return None
        asker = speakers[last]
        if asks or not asked or asker is None or not (
                (_ASKED.search(between) or _GOES_ON.search(between)) and (
                    _ASKED_OBJECT.search(between) or self._questioner(asker, between))
                or between in ("–", "—") and self._questioner(asker, between)
                or (not between or _SILENCE.fullmatch(between)) and self.hows[last] == "turn"):
            return None
        for number in range(last - 1, -1, -1):
            if where[number][1] < where[current][0] - 2:
                break
            if (speakers[number] is not None and speakers[number] != asker and quotations[number].kind == "speech"
                    and not quotations[number].nested and not quotations[number].text.rstrip().endswith("?")):
                return speakers[number]
        return "" if self._questioner(asker, between) else None  # (an answer to a judge's question no one named
        # before answered is no one's, never the judge's: "« … ? », l'a interrogé la présidente. « Une trentaine. »";
        # part 42)

    def _questioner(self, asker: str, cue: str) -> bool:
        """Whether ``asker`` questions by trade: the asking cue says so ("a relancé une journaliste", "wollte
        Korrespondentin Nadia Ferrari wissen") or the words around their mentions do ("Die Vorsitzende Richterin")."""
        if _QUESTIONERS.search(cue) or _QUESTIONERS.search(asker):
            return True
        person = self.people.named(asker)
        return person is not None and any(_QUESTIONERS.fullmatch(word) for word in self.people.context(person))

    def _announces_exchange(self, start: int, end: int) -> bool:
        """Whether the paragraph ``text[start:end]`` ends announcing questions: its last sentence asks or questions
        ("Reporters pressed her on how long that might take.", "… l’a longuement interrogé."; not "The survey asked
        2,000 nurses …. Fischer said the results were alarming.")."""
        last = self._last_sentence(start, end)[1]
        return bool(_ASKED.search(last) or _QUESTIONED_BY.search(last))

    def _last_sentence(self, start: int, end: int) -> tuple[int, str]:
        """Where the last sentence of ``text[start:end]`` starts, and that sentence lower-cased; with the one before
        when it is a short lead-in to a colon ("… brachte den Angeklagten ins Schwitzen. Ein Auszug:")."""
        end = start + len(self.text[start:end].rstrip())
        at = self._sentence_start(end - 1, start)  # (past abbreviations: "questioned by Sen. Elizabeth Warren")
        if end - at < 80 and at > start and self.text[end - 1] == ":":  # ("Interrogée par notre journaliste …, elle
            # a …. L'échange a porté notamment sur l'avenir de l'entreprise :", part 38)
            before = start + len(self.text[start:at].rstrip(" .!?\u00a0»”\"")) - 1  # (inside the sentence before,
            at = self._sentence_start(before, start)  # past its stop and a closing mark: "« … »." )
        return at, self.text[at:end].lower()

    def _exchange_asker(self, prev: int, quoted: str) -> str | None:
        """Who asks the question ``quoted`` that opens its paragraph after one (``prev``) whose last sentence
        announces a questioning by someone it names (after "by", or before "l’a interrogé"): that person (the next
        paragraphs then take turns, :meth:`_turn_taken`); None when the quotation asks nothing or no one is named."""
        block = self.document.blocks[prev]
        if not quoted.rstrip().endswith("?"):
            return None
        at, sentence = self._last_sentence(block.start, block.end)  # (the announcement ends the paragraph)
        if (active := _QUESTIONED_ACTIVE.search(sentence)) is not None:  # (who questioned them: the one named
            return self.people.before(at + active.start(), since=at)  # before the verb; "Son avocate l’a …": none)
        if (turned := _TURNED_TO.search(sentence)) is not None:  # (the paragraph's first person of the pronoun's
            # gender: "La présidente, Hélène Castaing, a égrené les dossiers …. Une veuve …. Puis elle s’est tournée
            # vers le box."; else the one named before the verb)
            if (pronoun := _OPENING_PRONOUN.match(sentence)) is None:
                return self.people.before(at + turned.start(), since=at)
            gender = "f" if pronoun[1] in ("elle", "sie", "she") else "m"
            mentions, people = self.people.mentions, self.people.mention_people
            return next((people[k].full for k in range(bisect_left(mentions, block.start), bisect_left(mentions, at))
                         if people[k].gender == gender), None)
        found = _QUESTIONED_BY.search(sentence)
        if found is None:  # ("Die Richterin will es genau wissen.¶„Wo ist das Geld hingekommen, Herr K.?“": the
            # subject of a sentence that announces asking, when one who questions by trade; part 35)
            if _ASKED.search(sentence) and (subject := self._sentence_subject(at, at + len(sentence))) and (
                    self._questioner(subject, sentence)):
                if self.people.named(subject) is None and (words := self.text[at : at + 40].split()[:2]):
                    subject = self._description(words, at) or subject  # ("Die Richterin": whom it stands for)
                return subject
            return None
        mentions = self.people.mentions
        index = bisect_left(mentions, at + found.end())
        if index < len(mentions) and mentions[index] < at + found.end() + 60:
            before = self.text[at + found.end() : mentions[index]].split()[-1:]  # (not the one asked, right after
            return None if before and before[0] in _TO else self.people.mention_people[index].full  # "Fragen von
            # Schülern an X"; "questioned by counsel to the inquiry, Martin Kearns" is his)
        role = _SOMEONE.match(self.text, at + found.end())  # ("Interrogé par un journaliste": as written)
        return role.group() if role is not None and _is_role(role.group(1).lower()) else None

    def _addressed(self, quoted: str, offset: int) -> str | None:
        """The person a quotation at ``offset`` addresses by name (a vocative: "Vous avez tenu ces propos, Monsieur
        Vanhoutte ?", "Who, Ms Okeke?", "Mr Adebayo?", "Herr Gubler, wer …?"), when the index knows them: never its
        speaker, and in an exchange the one who answers."""
        if not quoted.rstrip().endswith(("?", "!")):
            return None  # (both shapes end a question or an exclamation: most quotations need no search)
        found = _VOCATIVE_END.search(quoted) or _VOCATIVE_START.search(quoted)
        if found is None:
            return None
        person = self.people.person_of(found.group(1).replace(".", " ").split()[-2:], offset)
        return person.full if person is not None else None

    def _answered_by(self, prev: int, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                     speakers: list[str | None]) -> str | None:
        """Whose turn a quotation opening its paragraph with no attribution is when the paragraph before is a bare
        question that addresses someone by name ("¶« Vous avez tenu ces propos, Monsieur Vanhoutte ? »¶« Je ne m’en
        souviens pas. »": his), else None."""
        last = len(speakers) - 1
        while last > 0 and quotations[last].nested:
            last -= 1
        if last < 0 or where[last][1] != prev or quotations[last].kind in ("title", "term"):
            return None
        block = self.document.blocks[prev]
        if (where[last][2] != block.start or self.text[where[last][3] : block.end].strip(" .\u00a0\u202f")
                or not quotations[last].text.rstrip().endswith("?")):
            return None  # (alone in its paragraph, and a question)
        if not _ANSWER_OPENS.search(quotations[len(speakers)].text):
            return None
        addressed = self._addressed(quotations[last].text, where[last][2])
        return addressed if addressed != speakers[last] else None

    def _addressing(self, prev: int, quotation: Quoted) -> str | None:
        """Who asks a bare question opening its paragraph that addresses someone by name, after a paragraph with no
        attribution (``prev``): the first person that paragraph names, unless that is the one addressed ("La
        présidente de la cour, Anne-Catherine Derouck, s’est alors tournée vers le box.¶« Vous avez tenu ces propos,
        Monsieur Vanhoutte ? »": hers; the answers then take turns); None when it addresses no one the index
        knows."""
        if not quotation.text.rstrip().endswith("?"):
            return None
        block = self.document.blocks[prev]
        addressed = self._addressed(quotation.text, block.end)
        if addressed is None:
            return None
        mentions = self.people.mentions  # (the one the paragraph opens with: "La présidente …, Anne-Catherine
        index = bisect_left(mentions, block.start)  # Derouck, s’est tournée vers le box"; not one apposed to the
        if index == len(mentions) or mentions[index] >= block.end:  # one addressed: "Marc Dubois, un ami de la
            return None  # victime Sébastien Lambert, s'est avancé à la barre")
        asker = self.people.mention_people[index].full
        if asker == addressed:
            return None
        self.how = "turn"
        return asker
