"""The attribution right after a quotation's closing mark: a signature after a dash ("“…” ― Pamela Padilla"), a
long aside between the name and its cue verb ("“…,” Texas delegate Bill Eastland, wearing a cowboy hat …,
said"), the tight shape that alone attributes a quotation embedded in its sentence ("“…,” he said"), the
writer's own words ("“…,” I said"), and the sentence end's attribution shared with an earlier quotation of the
sentence that has none.

A mixin over :class:`reader.quotes.narrative.Narrative`, split out of :mod:`reader.quotes.speakers` (over 500
lines); :class:`reader.quotes.speakers.Attributor` is one. No Textual or Rich import here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.quotes.cue_verbs import verb_at
from reader.quotes.given_names import given_gender
from reader.quotes.narrative import Narrative
from reader.quotes.sentence_bounds import _BOUNDARY
from reader.quotes.sentence_openings import impersonal_source
from reader.quotes.token_windows import _run_words
from reader.quotes.words import (
    _BE,
    _CLAUSE_WORDS,
    _DATELINE_MONTHS,
    _DETERMINERS,
    _PRONOUNS,
    _ROLES,
    _SKIP_BEFORE_VERB,
    _VERB_FORMS,
)

_THINKING = frozenset("""think thinks thought believe believes believed consider considers considered quote quotes
    quoted hear hears heard""".split())
"""Cue verbs that, after "I", are an opinion about the quotation or report someone else's words, not its
attribution ("“Lock her up” I think is …", "I quoted Jones as saying", "I heard her say")."""

_VERDICT = re.compile(r"(?:That|This) (?:was|is|has been) (?:also )?(?:the (?:[a-z]+ )?|(?P<owner>(?:the |an? )?"
                      r"[\w’'.-]+(?: [\w’'.-]+){0,4})[’']s (?:[a-z]+ )?)(?:message|verdict|warning|view|assessment"
                      r"|reaction|response|judgment|judgement|prediction|forecast|advice|plea|conclusion|argument|answer)"
                      r"(?: (?:of|from) (?P<source>[^,.;:]{2,80}?)(?=[,.;:]| who| as| when| after| at| on))?")
""""That was the verdict of …", "This was the mayor’s message": the sentence after a quotation names whose it was."""

if TYPE_CHECKING:
    from reader.document import Block
    from reader.quotes import Quoted


_NEGATIONS = frozenset("not never no nicht nie kein keine pas plus jamais".split())
_CLAUSE_END = re.compile(r"[,.;:!?…–—()]")


class AfterMark(Narrative):
    """Patterns read from the words right after a closing mark."""

    hows: list[str]
    """Which pattern gave each speaker (set by :class:`reader.quotes.speakers.Attributor`)."""
    ends: list[int]
    """Each block's end (the Attributor's)."""

    def _tight_after(self, tokens: list[tuple[str, int]]) -> bool:
        """After a quotation embedded in its sentence ("defended him as a “very decent man” Tuesday, hours after
        the staffer was charged"), a cue verb is its attribution only in the tight shape "“…,” he said" / "“…,”
        said Smith": the verb within the first words, nothing before it but its subject (a name, a pronoun, a
        role), commas and adverbs."""
        for k, (word, _) in enumerate(tokens):
            if word in _VERB_FORMS and verb_at(tokens, k, self.lang):
                if self.lang == "de" and any(t[:1].isalpha() for t, _ in tokens[:k]):
                    return False  # German puts the verb first in an attribution ("„…“, sagte Suhr"): "Lüdemann nannte
                    # das „…“, Suhr sprach von …" is another clause, its subject before its verb (part 40)
                return all(t[:1].isupper() or t in (".", ",") or t.lower() in _PRONOUNS or t.lower() in _DETERMINERS
                           or t.lower() in _ROLES or t.lower() in _SKIP_BEFORE_VERB for t, _ in tokens[:k])
        return False

    def _first_person(self, tokens: list[tuple[str, int]]) -> bool:
        """"“…,” I said", "said I", "I asked him quietly": the words right after a closing mark (past its commas)
        give the writer as the speaker (a first-person column, a story's narrator). Nobody the article names
        said it, so no pattern nor the ranker may give it to someone else (the previous paragraph's speaker, the
        person last named): the quotation has no speaker. English only."""
        if self.lang != "en" or len(tokens) < 2:
            return False
        if tokens[0][0] != "I":
            return (tokens[0][0] in _VERB_FORMS and tokens[1][0] == "I" and tokens[0][0].lower() not in _THINKING
                    and (len(tokens) < 3 or tokens[2][0] != "."))  # (not the initial of "said I. M. Pei")
        if tokens[1][0] == ".":
            return False
        for word, _ in tokens[1:4]:  # "I asked", "I now demanded", "I then told him"
            if word in _VERB_FORMS:
                return word.lower() not in _THINKING
            if word in _BE:  # "I am always asking" (progressive), not "I was told by …" (someone else's words)
                return any(w.endswith("ing") and w in _VERB_FORMS for w, _ in tokens[2:5])
            if not (word.isalpha() and word.islower()) or word in _PRONOUNS:
                return False  # "I hear he said": someone else's words
        return False

    def _first_person_before(self, tokens: list[tuple[str, int]]) -> bool:
        """"I said, “…”", "I told him: “…”": :meth:`_first_person` in the words that lead to an opening mark."""
        if self.lang != "en" or len(tokens) < 3 or tokens[-1][0] not in (",", ":"):
            return False
        start = max(0, len(tokens) - 5)
        subject = next((k for k in range(len(tokens) - 3, start - 1, -1) if tokens[k][0] == "I"), None)
        if subject is None or (subject > 0 and tokens[subject - 1][0][:1].isalnum()
                               and tokens[subject - 1][0] not in _VERB_FORMS):
            return False  # (the clause must open with "I", or be "said I")
        if subject > 0 and tokens[subject - 1][0] in _VERB_FORMS:
            return tokens[subject - 1][0].lower() not in _THINKING
        return self._first_person(tokens[subject:-1])

    def _after_aside(self, tokens: list[tuple[str, int]]) -> str | None:
        """"“…,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said": a name right after
        the quotation, then an aside between commas too long for the first words, then the cue verb. Only a name
        (a pronoun or a description there is another sentence's), a cue verb right after the aside's comma, and
        no cue verb nor sentence end before it."""
        if not tokens or not tokens[0][0][:1].isupper() or tokens[0][0].lower() in _PRONOUNS:
            return None
        comma = next((k for k, (word, _) in enumerate(tokens[:8]) if word == ","), None)
        if comma is None or comma == 0:
            return None
        relative = tokens[comma + 1][0] in ("who", "whom", "which") if comma + 1 < len(tokens) else False
        for k in range(comma + 1, len(tokens)):
            word = tokens[k][0]
            if word in ("?", "!", ";", ":") or (word == "." and not (
                    tokens[k - 1][0][:1].isupper() and len(tokens[k - 1][0]) <= 4)):  # "Sen.", "J."
                return None
            if word in _VERB_FORMS and verb_at(tokens, k, self.lang):
                if tokens[k - 1][0] != "," or k - 1 == comma:
                    if relative and any(t in _BE for t, _ in tokens[comma + 2 : k]):
                        # "Katie Packer, who is chairman of Our Principles Pac said": the relative clause had
                        # its verb, so this one is the name's (its closing comma left out)
                        run = _run_words(tokens[:comma])
                        return self.people.resolve_name(run, tokens[0][1]) if run else None
                    if relative:
                        continue  # "Smith, whom Jones praised at length, told …": the relative clause's own
                    return None
                subject = self._subject_back(tokens, k)
                return subject if subject and subject[:1].isupper() else None
        return None

    def _signed(self, after: list[tuple[str, int]], last_block: int, ceiling: int | None) -> str | None:
        """The name signing a quotation: after a dash right after its closing mark (:meth:`_signature`), on a short
        line under it (“…”¶- Hillary Clinton.), "So says …" opening the next paragraph (English: “…”¶So says Tom
        Briggs, an orchardist.), "That was the verdict of …" (:meth:`_verdict_of`), and German's "So" and a verb
        right after it ("„…“ So ordnet der Umweltchemiker Ralf Böhnke die Ergebnisse ein.")."""
        signed = self._signature(after) or (self._verdict_of(after) if self.lang == "en" and after else None) or (
            self._subject_forward(after, 1) if self.lang == "de" and len(after) > 2 and after[0][0] == "So"
            and after[1][0].isalpha() and after[1][0].islower() else None)  # („…“ So ordnet der Chemiker X … ein.)
        blocks = self.document.blocks
        if signed or after or ceiling is not None or last_block + 1 >= len(blocks):
            return signed
        nxt = blocks[last_block + 1]
        if nxt.end - nxt.start < 80:
            signed = self._signature(self._tokens(nxt.start, nxt.end))
        if not signed and self.lang == "en" and self.text.startswith("So ", nxt.start):
            lead_words = self._tokens(nxt.start, min(nxt.end, nxt.start + 120))
            if (len(lead_words) > 2 and lead_words[0][0] == "So" and lead_words[1][0] in _VERB_FORMS
                    and verb_at(lead_words, 1, self.lang)):
                signed = self._subject_forward(lead_words, 1)
        return signed

    def _impersonal(self, open_pos: int, sentence_start: int, block: int) -> str | None:
        """German: whose words „…“, hieß es (:func:`~reader.quotes.sentence_openings.impersonal_after`) are, which names
        no one: the last attribution before them in their paragraph ("…, teilte die Behörde mit. „…“, hieß es in der
        Mitteilung"), else whoever opens the sentence before ("Die Kreisjägerschaft Holzminden hatte sich …
        distanziert. „…“, hieß es in einer Stellungnahme")."""
        block_start = self.starts[block]
        if found := self.latest_attribution(block, block_start, open_pos):
            return found
        if sentence_start <= block_start:
            return None
        return self._subject_just_before(sentence_start, block_start, "") or impersonal_source(self._tokens(
            self._sentence_start(sentence_start - 1, block_start), sentence_start))

    def _verdict_of(self, after: list[tuple[str, int]]) -> str | None:
        """English: whose words a quotation was when the sentence after it says so (:data:`_VERDICT`): "“…” That was
        the message from the Pharmacy Standards Council, which …", "“…” That was the mayor’s message as the meeting
        broke up." The noun phrase is read as a subject is (a name, or a role resolved)."""
        start = after[0][1]
        found = _VERDICT.match(self.text, start, start + 200) if after[0][0] in ("That", "This") else None
        if found is None or not (found.group("source") or found.group("owner")):
            return None
        group = "source" if found.group("source") else "owner"
        tokens = self._tokens(found.start(group), found.end(group))
        phrase = self._noun_phrase_back(tokens, len(tokens) - 1) if tokens else None
        return phrase[0] if phrase is not None else None

    def _signature(self, after: list[tuple[str, int]]) -> str | None:
        """``“…” ― Pamela Padilla`` (or — – -): the name after a dash right after the closing mark, when nothing
        but the end of the sentence, a comma or a parenthesis follows it ("— Bush, Florida's former governor")."""
        if len(after) < 2 or after[0][0] not in "―—–-" or not after[1][0][:1].isupper() or after[1][0] == "The":
            return None  # (not "— The Canadian Press": an agency's credit under the story; part 44)
        k = 1
        while k < len(after) and (after[k][0][:1].isupper() or after[k][0] == "."):
            k += 1
        run = _run_words(after[1 : min(k, 8)])  # the name, not what a comma adds ("— Marco Rossi, Il Messaggero")
        if not run or (k < len(after) and after[k][0] not in (",", "(", ";")) or run[0].lower() in _PRONOUNS:
            return None
        if k + 1 < len(after) and after[k][0] == "," and (after[k + 1][0][:1].isdigit()
                                                          or after[k + 1][0].lower() in _DATELINE_MONTHS):
            return None  # "— Madrid, 12 March.", "— Madrid, March 3": a dateline, no one's name
        if (k + 1 < len(after) and after[k][0] == "," and after[k + 1][0] in _CLAUSE_WORDS) or (
                after[-1][0] in ("?", "!")):
            return None  # "— Non, je reste.": a line of dialogue, no signature
        if self.lang == "en" and len(run) == 1 and self._common_word(run[0], after[1][1]):
            return None
        close = next((m for m in range(k, min(len(after), k + 6)) if after[m][0] == ")"), 0) if (
            k < len(after) and after[k][0] == "(") else 0
        if close and close + 1 < len(after) and after[close + 1][0][:1].islower():
            return None  # "„…“ – Oma (81) überführt Paket-Dieb": a headline's clause, no signature (part 38)
        return self.people.resolve_name(run, after[1][1])

    def _from_later(self, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                    speakers: list[str | None]) -> None:
        """"… will carry “a great deal of weight” and help bring candidates the “grass-roots firepower” they need,
        DFA spokesman Neil Sroka said.": a quotation no pattern attributed takes the speaker that the end of its
        sentence gives the next quotation of that sentence (the words after the first stop at the second)."""
        if self.lang != "en":
            return
        hows = self.hows
        for number in range(len(speakers) - 2, -1, -1):
            if speakers[number] is not None or hows[number] != "none" or quotations[number].parent is not None:
                continue
            nxt = number + 1
            if hows[nxt] not in ("later", "after") or speakers[nxt] is None or quotations[nxt].parent is not None:
                continue
            first, last, open_pos, close_pos = where[number]
            if where[nxt][0] != last or quotations[nxt].kind != "phrase":
                continue
            if quotations[number].text.rstrip()[-1:] in (".", "!", "?", "…"):
                continue  # its sentence ended inside the marks ("The sign read “… families.” It would be …")
            between = self.text[close_pos : where[nxt][2]]
            if _BOUNDARY.search(between) or ";" in between or len(between) > 200:
                continue  # another sentence, or another clause
            speakers[number] = speakers[nxt]
            hows[number] = "later"

    def _headline_from_body(self, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
                            speakers: list[str | None]) -> None:
        """A headline's quotation no pattern attributed takes the speaker of the body's quotation that repeats it,
        whole or in part ("Tierheim am Limit: »Wir müssen Hunde abweisen, und das zerreißt uns«" and,
        below, "»Wir müssen Hunde abweisen, und das zerreißt uns«, sagt Gisela Brandauer"): a headline quotes the
        article's own quotations. Three words at least ("Le Val-Saint-Lambert", "switched off": a name, a phrase
        many use). Only a body quotation in this range counts (ranges are attributed apart)."""
        title_end = self.title_end
        for number, quotation in enumerate(quotations):
            first, last, open_pos, close_pos = where[number]
            # a crosshead too: a short quotation alone in its paragraph, the body's words repeated ("« Un bradage pur
            # et simple »" over "… a dénoncé « un bradage pur et simple du littoral »"), whatever speaker the
            # paragraphs before would give it (not one its own sentence gives: it has none)
            start, end = self.starts[first], self.ends[first]
            cross = open_pos >= title_end and first == last and open_pos - start < 40 and end - close_pos < 4 and (
                (self.hows[number] not in _OWN and not self.text[start:open_pos].strip()
                 or _LABEL.fullmatch(self.text, start, open_pos) is not None)  # ("Ölmüller: „Wir kennen unsere
                and not self.text[close_pos:end].strip() and not quotation.text.rstrip().endswith((".", "…")))
            # Lieferanten“" over "… Lieferanten“, sagt Kolar": a labelled crosshead, the label a role; part 39)
            # (only a few characters read around it, whatever the paragraph's length; a sentence ended: speech going on)
            if open_pos >= title_end and not cross:
                continue
            key = " ".join(quotation.text.split()).rstrip(" .,!?…").lower()
            said = speakers[number]  # (a group or a role as written in the headline yields to the body's speaker
            group = type(said) is str and (said[:1].islower() or " " not in said and self.people.named(said) is None
                                           )  # of the words: "as mayors warn of ‘ambulance at the
            # bottom of the cliff’" is the mayor who says it below, "l'opposition dénonce un « coup de com' »" the
            # councillor; part 38)
            subject = self.hows[number] == "main" and not cross and (said is None or not given_gender(said.split()[
                0]) and not getattr(self.people.person_of(said.split(), open_pos), "gender", ""))  # (an organisation
            # as the headline's subject, no cue: "Humber Sinfonia faces ‘slow death’" is the conductor's words below,
            # two of them enough; not a person's, "Gowdy promises … ‘as soon as possible’"; part 39)
            if (said is not None and not cross and not group and not subject) or quotation.kind not in (
                    "speech", "phrase") or not ((1 if subject else 2) <= key.count(" ") < (
                        _CROSSHEAD_WORDS if cross else len(key))):
                continue
            # (a crosshead's, only those in the next two paragraphs: quotations are in order, so the search stops)
            stop = next((k for k in range(number + 1, len(quotations)) if where[k][0] > last + 2), len(quotations)
                        ) if cross else len(quotations)
            bodies = [(later, " ".join(quotations[later].text.split()).lower())
                      for later in range(number + 1, stop) if where[later][2] >= title_end]
            # the body's quotation of just those words first (a nested one: "“When I heard him say ‘I can't
            # breathe’ …,” said Amy Clarke" is his), else the first that holds them and does not deny them after
            found = next((later for later, body in bodies if body.rstrip(" .,!?…") == key), None)
            if found is None:  # (else one holding them, not denied in the next two words of its clause: "Wir
                found = next((later for later, body in bodies if key in body and _NEGATIONS.isdisjoint(  # schaffen
                    _CLAUSE_END.split(body.split(key, 1)[1], 1)[0].split()[:2])), None)  # das so nicht mehr")
            if found is not None and speakers[found] is not None and quotations[found].kind in (
                    "speech", "phrase") and not (cross and quotations[found].nested):  # (a crosshead's words quoted
                # inside another's speech are that speech's subject: "People ask ‘where am I supposed to go?’ and …")
                speakers[number] = speakers[found]  # (a chant of it with no speaker leaves the headline's none)
                self.hows[number] = "headline"


_LABEL = re.compile(r"[\w-]+(?: [\w-]+)?:\s*")
"""A crosshead's label of one or two words before its quotation ("Ölmüller: „…“")."""
_OWN = frozenset(("before", "after", "colon", "later", "according", "signature", "main", "first-person"))
"""Patterns that read a quotation's speaker from its own sentence: a crosshead has none of them."""
_CROSSHEAD_WORDS = 12
"""A crosshead quotation has fewer words than this (a longer one alone in its paragraph is speech going on)."""


_BYLINE = re.compile(r"By (?P<name>[A-Z][\w’'-]+(?: (?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})(?:,|\s*$| [|–—-] )")
"""A byline's writer ("By Shanique Rowe-Campbell, Sports Writer"; not two writers, "By Ann Roe and Tom Poe")."""


def byline_writer(text: str, blocks: Sequence[Block]) -> str | None:
    """The writer a byline among the article's first blocks names, whose words "“…?” I ask" are (the
    first-person quotations of a report or an interview); None with no byline, or several writers. Part 35."""
    for block in blocks[:4]:
        if block.start > 600:
            break
        found = _BYLINE.match(text, block.start, block.end)
        if found is not None:
            return found["name"]
    return None


def without_title(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """French: an incise's words without the first quotation inside them and the preposition before it ("a
    expliqué mardi dans « La Matinale » le directeur": "a expliqué mardi le directeur"), so that the subject
    after the verb is read past a show's or a paper's name."""
    opening = next((k for k, (word, _) in enumerate(tokens) if word in ("«", "“", "‹")), -1)
    closing = next((k for k in range(opening + 1, len(tokens)) if tokens[k][0] in ("»", "”", "›")), -1)
    if opening < 0 or closing < 0:
        return tokens
    start = opening - (opening > 0 and tokens[opening - 1][0] in ("dans", "sur", "à", "au", "en"))
    return tokens[:start] + tokens[closing + 1 :]
