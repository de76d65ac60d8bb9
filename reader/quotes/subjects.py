"""The subject of a sentence and of its main clause ("Clinton blamed the “fog of war”", "But Tom Miller, at a
consulting firm, argues …", "Like Corker, Menendez …"), read past opening conjunctions, adverbials and times.

A mixin over :class:`reader.quotes.phrases.NounPhrases` (which reads the noun phrases); the attributor is one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.quotes.descriptions import _as_written, _is_role, person_demonym
from reader.quotes.inverted_subjects import InvertedSubjects
from reader.quotes.names import _CONTRACTED_PRONOUN
from reader.quotes.namesakes import _NO_FIRST_NAMES
from reader.quotes.sentence_openings import _after_adverbial
from reader.quotes.speaker_kinds import Body, Unheld
from reader.quotes.subject_gap import skip_back
from reader.quotes.token_shapes import (
    _ENGLISH_DETERMINERS,
    _HEAD_COMPLEMENTS,
    _apposed_run,
    _asked_comma,
    _complement_of_role,
    _head_before_complement,
    _name_at,
    _opening_participle,
    _relative_end,
    _time_amount,
)
from reader.quotes.token_windows import (
    _after_dateline,
    _ing_after_adverbs,
    _name_after_role,
    _plural_head,
    _run_words,
    _time_opens,
)
from reader.quotes.words import (
    _ACCUSING,
    _AUXILIARIES,
    _BE,
    _CONJUNCTIONS,
    _DAYS,
    _DETERMINERS,
    _FUNCTION,
    _HONORIFICS,
    _INDEFINITE,
    _INTRODUCERS,
    _IRREGULAR_PAST,
    _LIGHT_ADVERBS,
    _NOW,
    _ORG_NOUNS,
    _PERIODS,
    _PLACES,
    _PREPOSITIONS,
    _PRONOUNS,
    _ROLES,
    _SOME,
    _VERBS,
)

_LONE_ADVERBS = frozenset("Later Then Afterwards Afterward Finally Again Soon Eventually".split())
"""Adverbs that open a sentence before its pronoun subject with no comma ("Later he was blunt:")."""
_SAT_WHERE = frozenset(("down", "me", "him", "her", "us", "them", "up", "at"))
"""What follows "sat" when it is a subject's finite verb, not a reduced relative ("the man sat before me")."""
_SENDS = re.compile(r"\b(?:sent|wrote to|wrote|signed|filed|issued|addressed|submitted)\b")
_MESSAGE_SENT = re.compile(r"\b(?:message|text|letter|e-?mail|note|memo|post|tweet)s? (?:that |which )?([A-Z][\w’'-]+"
                           r"(?: [A-Z][\w’'-]+){0,2}) (?:had )?(?:sent|wrote|posted|texted|e-?mailed|tweeted)\b")
"""A message and its sender in a relative clause ("a 2019 text message Pettibone sent to her sister"): whose
words "it read" quotes."""
_MESSAGE_BY = re.compile(r"\b(?:message|text|letter|e-?mail|note|memo|post|tweet|diary|telegram)s? (?:written|sent|"
                         r"signed|penned) by (?:(?:a|an|the|his|her) [a-z][\w -]{0,40}?, )?((?:[A-Z][\w’'.-]+ ){0,3}"
                         r"[A-Z][\w’'-]+)")
"""A message and its writer after "by" ("a letter written by a young officer, Captain Alfred Dunning, to his
mother": part 28)."""


class Subjects(InvertedSubjects):
    """The subject of a sentence, of its main clause, and the one after a cue verb where a language inverts."""

    def _apposed_name(self, tokens: list[tuple[str, int]], m: int) -> str | None:
        """The name before the comma at ``m - 1`` that a description at ``m`` is in apposition to ("Sam Lau, the
        communications director for … said"), when it opens its clause (not "In Iowa, a spokesman for …")."""
        if not tokens[m - 2][0][:1].isupper():
            return None
        start = m - 2
        while start > 0 and m - start < 6 and tokens[start - 1][0][:1].isupper():
            start -= 1
        first = tokens[start][0].lower()
        if ((start == 0 or tokens[start - 1][0] in (".", ";", "“", '"', "—", "–", "(")) and first not in _FUNCTION
                and first not in _INTRODUCERS and first not in _DAYS and first not in _NO_FIRST_NAMES
                and not self._common_word(tokens[start][0], tokens[start][1])):
            return self.people.resolve_name([t for t, _ in tokens[start : m - 1]], tokens[start][1])
        return None

    def _role_for(self, tokens: list[tuple[str, int]], k: int, j: int,
                  offset: int) -> tuple[str | None, str] | None:
        """When ``tokens[k]`` is a preposition after a role noun phrase ("a spokesman | for Hillary Clinton", "the
        lawyer | for the campaign"), the whole noun phrase up to ``j`` is the speaker, not the preposition's
        object: kept as written when indefinite, else resolved by its head ("the spokesman"). None otherwise."""
        if k < 1 or tokens[k][0].lower() not in ("for", "with", "at", "to", "of"):
            return None
        head = tokens[k - 1][0].lower()
        if not _is_role(head):
            return None
        m = k - 1
        while m > 0 and k - m < 5:
            m -= 1
            word = tokens[m][0].lower()
            if word in _DETERMINERS or word in _SOME:
                named = self._apposed_name(tokens, m) if m >= 2 and tokens[m - 1][0] == "," else None
                if named:  # "Sam Lau, the communications director for the Iowa Democratic Party said"
                    return named, "name"
                words = [t for t, _ in tokens[m : j + 1]]
                if word in _INDEFINITE or word in _SOME:
                    return _as_written(words) or None, "description"
                return self._description(words, offset), "description"  # (resolved by its head, see there)
            if not word[:1].isalpha():
                return None
        return None

    def _document_author(self, offset: int, noun: str) -> str | None:
        """English: who sent the letter (memo, complaint …) that "“…,” the letter said" at ``offset`` quotes: the
        main subject of the sentence before it in its paragraph when that sentence sends or writes ("The Elk
        Range Board of Realtors sent the council a letter", "Fourteen MPs … wrote to the technology secretary");
        else None (the letter as written would name no one)."""
        bounds = self._sentence_before_mark(offset)
        if bounds is None and (block_start := self._block_start(offset)) >= 3:  # (opening its paragraph: the last
            end = block_start - 1  # sentence of the paragraph before, "… sent a letter to the NAACP board …¶“…,” the
            while end > 0 and self.text[end - 1].isspace():  # letter reads"; part 38)
                end -= 1
            bounds = self._sentence_start(end - 1, self._block_start(end - 1)), end
        if bounds is None:
            return None
        start, end = bounds
        sent = _SENDS.search(self.text, start, end)  # (a verb that sends that very document: "sent the council a
        if not sent or not (sent.group() == "wrote to" or noun in self.text[sent.end() : min(end, sent.end() + 60)]):
            return None  # ("sent the council a letter")
        group = _GROUP_OF.search(self.text, start, sent.start())  # ("a group of black parents with kids in charter
        return self._main_subject(start, end) or (group.group() if group else None)  # schools sent": as written)

    def _message_sender(self, offset: int) -> str | None:
        """English: who sent the message that "“…,” it read" at ``offset`` quotes, named in a relative clause of the
        sentence before ("a 2019 text message Pettibone sent to her sister": part 27) or after "by", or in the
        paragraph before when the quotation opens its own, else None."""
        bounds = self._sentence_before_mark(offset)
        if bounds is None and (start := self._block_start(offset)) >= 3:  # (opening its paragraph: the one before
            bounds = max(self._block_start(start - 3), start - 600), start  # says what it quotes)
        sender = (_MESSAGE_SENT.search(self.text, *bounds) or _MESSAGE_BY.search(self.text, *bounds)
                  ) if bounds else None
        return self.people.resolve_name(sender.group(1).split(), sender.start(1)) if sender else None

    def _sentence_before_mark(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the sentence before the quotation that the words at ``offset`` attribute, in its
        paragraph; None when the quotation opens the paragraph."""
        index = bisect_left(self.span_starts, offset) - 1
        block_start = self._block_start(offset)
        end = self.span_starts[index] if index >= 0 else block_start  # (the quotation's opening mark)
        while end > block_start and self.text[end - 1] in " .!?\u00a0":
            end -= 1
        if end <= block_start:
            return None
        return self._sentence_start(end - 1, block_start), end

    def _sentence_subject(self, start: int, end: int) -> str | None:
        tokens = self._tokens(start, min(end, start + 120))
        if (dateline := _after_dateline(tokens)) and dateline < len(tokens):
            start = tokens[dateline][1]  # (the place of "WASHINGTON, Dec. 8 (UPI) — …" is no subject)
            tokens = tokens[dateline:]
        if len(tokens) > 1 and tokens[0][0].lower() in _CONJUNCTIONS and self.lang == "en":
            start = tokens[1][1]  # "But Tom Miller, at a consulting firm, argues …"
            tokens = tokens[1:]
        if not tokens:
            return None
        word = tokens[0][0]
        key = word.lower()
        if self.lang == "en" and (key in _INTRODUCERS and key != "according" or _time_amount(tokens, 0) or (
                key in _PERIODS and len(tokens) > 1 and tokens[1][0] in ("before", "after", "into"))):
            # "Like Corker, Menendez …", "After the debate, Clinton …", "Days before the event, 300 students …"
            comma = next((k for k in range(1, min(len(tokens), 20)) if tokens[k][0] == ","), None)
            return self._sentence_subject(tokens[comma + 1][1], end) if comma and comma + 1 < len(tokens) else None
        if self.lang == "fr" and key in _OPENING_PREPOSITIONS_FR and (comma := next((k for k in range(
                1, min(len(tokens) - 1, 10)) if tokens[k][0] == ","), None)):
            rest = tokens[comma + 1 :]  # "A l’audience, la présidente Hélène Marchetti a …": hers (part 38)
            if rest[0][0][:1].isupper():
                return self._sentence_subject(rest[0][1], end)
            first = next((k for k in range(min(len(rest), 4)) if rest[k][0][:1].isupper()), None)
            if first is None or not all(_is_role(w.lower()) or w.lower() in _DETERMINERS for w, _ in rest[:first]):
                return None
            last = first
            while last + 1 < len(rest) and rest[last + 1][0][:1].isupper():
                last += 1
            return self.people.resolve_name([w for w, _ in rest[first : last + 1]], rest[first][1])
        if key in _PRONOUNS:
            return self.people.before(start, _PRONOUNS[key])
        if self.lang == "en" and _opening_participle(tokens, 0, self.people.persons) and (
                comma := _asked_comma(tokens, 0)) is not None and comma + 1 < len(tokens):
            return self._sentence_subject(tokens[comma + 1][1], end)  # "Contacted on Monday, the principal, Mrs.
            # Comfort Ewane Ndive, defended …": the participle's phrase, then its subject (part 42)
        if self.lang == "fr" and key.endswith(("é", "ée", "és", "ées")) and (after := _after_adverbial(tokens)) and (
                self.people.named(word) is None):  # "Publié en décembre 2024, un rapport de …, « … »": a participle
            return self._sentence_subject(tokens[after][1], end)  # opening it, then its subject (part 41)
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
        if self.lang == "en" and _time_opens(tokens, len(run) - 1) and len(run) + 2 < len(tokens):
            return self._sentence_subject(tokens[len(run) + 2][1], end)  # "Hours later, Trump …": Trump
        if (self.lang == "en" and run and run[-1].endswith(("’s", "'s"))
                and not _CONTRACTED_PRONOUN.match(run[-1])):  # (not "That's why …")
            # "Ryan’s campaign shrugged off …": the role the possessive owns, as written (not "Ryan’s")
            m = len(run)
            while m < len(tokens) and m - len(run) < 4 and tokens[m][0].isalpha() and tokens[m][0].islower() and (
                    tokens[m][0] not in _PREPOSITIONS and tokens[m][0] not in _ENGLISH_DETERMINERS):  # ("'s … to")
                m += 1
                if _is_role(tokens[m - 1][0]) and not (m < len(tokens) and tokens[m][0].islower()
                                                       and _is_role(tokens[m][0])):  # ("campaign manager")
                    end = m + 1
                    while end < len(tokens) and end - m <= 3 and tokens[end][0][:1].isupper():
                        end += 1
                    if m < len(tokens) and tokens[m][0] == "," and end > m + 1 and end < len(tokens) and (
                            tokens[end][0] == ","):  # "Schilling's son, Grant, defended his father …": the name
                        return self.people.resolve_name([t for t, _ in tokens[m + 1 : end]], tokens[m + 1][1])
                    return " ".join([*run, *(t for t, _ in tokens[len(run) : m])])
        if len(run) == 1 and self.lang == "en" and self._common_word(run[0], start) or (
                run[:1] == ["The"] and len(run) == 2 and person_demonym(run[1], self.lang)):
            return None  # "Following a meeting, …": a common word, no subject; "The Indonesian": no guess at whom
        if (len(run) == 1 and self.lang == "en" and key.endswith("s") and key in self.lowered
                and self.people.named(run[0]) is None):
            return None  # "Groups affiliated with “Indivisible” have …": a plural the article writes in lower case
        if self.lang == "en" and run and (name := _name_after_role(tokens, len(run))) is not None:
            # "White House press secretary Sean Spicer on Monday defended …": Spicer, not whom he works for
            return self.people.resolve_name(_name_at(tokens, name), tokens[name][1])
        if len(run) == 1 and (key in _DETERMINERS or key in _SOME):  # "One message … said": no name
            words = [t for t, _ in tokens[:4] if t[:1].isalpha()]
            return self._description(words, start) if any(w.lower() in _ROLES for w in words) else None
        return self.people.resolve_name(run, start) if run else None

    def _main_subject(self, start: int, end: int, describes: bool = False) -> str | None:
        """English: the subject of the sentence's main clause, when its verb comes before ``end`` (the quotation):
        "Clinton blamed the “fog of war”", "Sanders released a statement …, insisting that …“…”". An opening
        conjunction or adverbial ("But", "At the debate Wednesday night,") is skipped; the subject must be a name,
        a pronoun or a role, followed (past an appositive, a parenthesis, adverbs) by a finite verb.

        ``describes``: the quotation has no cue verb, so a subject of "be" is what the quotation describes, not
        who says it ("the Great Recession is partly to blame, but so is this “…”", "Clinton was called “…”"),
        unless a colon introduces the quotation ("the board was conclusive in its findings: “…”")."""
        tokens = self._tokens(start, end)
        i = _after_dateline(tokens)
        if i < len(tokens) and tokens[i][0].lower() in _CONJUNCTIONS:
            i += 1
            if i < len(tokens) and tokens[i][0] == ",":
                i += 1
        if i + 1 < len(tokens) and (tokens[i][0] in ("Last", "This", "Early", "Late", "Earlier", "Later") and tokens[
                i + 1][0] in _PERIODS or tokens[i][0].lower() in _NOW):  # "Last night a spokeswoman … said":
            i += 1 if tokens[i][0].lower() in _NOW else 2  # a time with no comma opens it
            i += i < len(tokens) and tokens[i][0] == ","
        if i + 1 < len(tokens) and tokens[i][0] in _LONE_ADVERBS and tokens[i + 1][0] in _PRONOUNS:
            i += 1  # "Later he was blunt: “…”": an adverb with no comma before the pronoun (part 42)
        for _ in range(3):  # "In June 2009, after Clinton suffered a concussion, Axelrod emailed …"
            if i < len(tokens) and tokens[i][0][:1].isupper() and _time_opens(tokens, i):
                i += 3  # "Hours later, …", "Moments earlier, …"
                continue
            participle = i < len(tokens) and _opening_participle(tokens, i, self.people.persons)
            if i >= len(tokens) or (tokens[i][0].lower() not in _INTRODUCERS and not _time_amount(tokens, i)
                                    and not participle):
                break  # (not "Two years before …, the State Department gave …", "Fifteen minutes after …")
            comma = next((k for k in range(i + 1, min(len(tokens), i + 30)) if tokens[k][0] == "," and (
                not participle or (k + 1 < len(tokens) and (tokens[k + 1][0][:1].isupper() or tokens[k + 1][0] in (
                    _PRONOUNS))))), None) if tokens[i][0] != "Asked" else _asked_comma(tokens, i)  # (an appositive in
            # a participle's phrase: "Preceded … by Joe Arpaio, the …")
            if comma is None:
                return None
            i = comma + 1
        aside, aside_from = False, -1  # inside ", her Republican opponent," after the subject (from that comma)
        closed = main_verb = subject_end = -1  # the last aside's end; a relative clause's end, and what it follows
        role_head = -1  # a role whose complement follows it ("A spokesman for the party tried …": the spokesman)
        for v in range(i + 1, min(len(tokens), i + 40)):
            if v <= closed:
                continue
            word = tokens[v][0]
            key = word.lower()
            if not word.isalpha() or not word.islower():
                if word == "," and not aside and (end := _relative_end(tokens, v)):  # ", who …, shook": past the
                    closed, main_verb, subject_end = end, end, v - 1  # clause (its commas, its names) to the verb
                    continue
                if word == "," and not aside and (
                        (tokens[v - 1][0][:1].isupper() and v + 1 < len(tokens) and (
                            tokens[v + 1][0].islower() or tokens[v + 1][0].isdigit()))
                        or ((tokens[v - 1][0].islower() or _complement_of_role(tokens, v - 1)
                             or _is_role(tokens[v - 1][0].lower()))  # ("… Chief Operating Officer, Alhaji …,")
                            and _apposed_run(tokens, v))):
                    # (a name's aside, ", the former governor,", ", 45,"; a description's name, "One commuter,
                    # Sarah Whitley,")
                    aside, aside_from = True, v
                elif word == "," and aside and not (v + 1 < len(tokens) and (tokens[v + 1][0].isdigit() or (
                        tokens[v - 1][0].isdigit() and tokens[v + 1][0] in ("a", "an", "the", "who", "whose", "from"))
                        or tokens[v + 1][0] == "who" and tokens[aside_from + 1][0].isdigit())):  # (", 74, from
                    # Swindon, who was travelling …, said": one aside, an age, a town, a relative clause)
                    aside = False  # (", 45, a bank clerk from Dombivli,", ", 70, who has …,": one aside)
                    closed = v
                    if tokens[v + 1 : v + 2] and tokens[v + 1][0] == "which" and (end := _relative_end(tokens, v)):
                        closed, main_verb, subject_end = end, end, aside_from - 1  # (", a partner at the firm Cobbold
                        # Ventures, which led …, said": the aside's organisation's clause, then the main verb)
                elif word in (";", ":") or (word == "," and v > i + 1 and tokens[v - 1][0].islower()):
                    return None
                continue
            if aside:
                continue
            previous = tokens[v - 1][0]
            finite = (
                v == main_verb + 1 or key in _VERBS and not key.endswith("ing")
                or key in _AUXILIARIES or key in _IRREGULAR_PAST or (key == "sat" and v + 1 < len(tokens) and tokens[
                    v + 1][0] in _SAT_WHERE)  # ("Tunde sat me down and said"; not "the man sat before me … was")
                or (key.endswith("ed") and len(key) > 4 and not (_plural_head(tokens, v + 1) and previous[
                    :1].isupper()))  # ("Paje seaweed farmers": a noun; "… woman rallied supporters": a verb)
                or (key.endswith("s") and not key.endswith("ss") and (previous[:1].isupper() and not (
                    v - 1 == i and previous.lower() in self.lowered and previous.lower() not in _PRONOUNS)
                                                          or previous == ")"  # ("Small groups of …"; "She predicts")
                                                                      or (v == closed + 1 and len(key) > 3
                                                                          and key not in _FUNCTION))
                    and not (_plural_head(tokens, v) and (v + 1 >= len(tokens) or (
                        tokens[v + 1][0] in _VERBS or tokens[v + 1][0] in _IRREGULAR_PAST
                        or not tokens[v + 1][0][:1].isalpha() or tokens[v + 1][0] == "to")))  # ("Seronga
                    # farmers to DWNP:": a people of a place, no verb; part 38)
                    and not (v + 1 < len(tokens) and (tokens[v + 1][0] in ("are", "were", "have") or (
                        tokens[v + 1][0] in _LIGHT_ADVERBS and _plural_head(tokens, v)))))  # "consultants now talk"
            )  # ("Trump wins", but "Twitter users wrote": a plural noun, then the verb)
            if not finite:
                if role_head < 0 and key in _ROLE_COMPLEMENTS and v - i <= 4 and not aside and (
                        previous.islower() and _is_role(previous)) and _lower_complement(tokens, v):
                    role_head = v - 1  # "A spokesman for the party tried", "The head of the union sought"
                    continue
                if role_head >= 0 and v - role_head <= 6 and not key.endswith("ing"):
                    continue  # (the complement's nouns: "for the fire service", "at the local hospital")
                if key in _DETERMINERS or key in _ROLES or key in _HEAD_COMPLEMENTS or (
                    _plural_head(tokens, v) and key[:-1] not in _ORG_NOUNS  # "Sanders supporters are crying"
                ) or (
                    key in ("elder", "younger")  # "The elder Marsh declined …"
                ) or (
                    v > i and tokens[v - 1][0] in (",", "(")
                ) or (v + 1 < len(tokens) and tokens[v + 1][0].lower() in _ROLES) or (
                    v + 1 < len(tokens) and tokens[v + 1][0] == "," and _apposed_run(tokens, v + 1)
                ):
                    continue  # (an adjective before a role: "Former Republican presidential candidate Jeb Bush")
                if key.endswith("ly") or key in _LIGHT_ADVERBS:
                    continue  # "Trump never mentioned Clinton", "Sanders also warned"
                return None
            if key in _ACCUSING and v + 1 < len(tokens) and tokens[v + 1][0] in ("of", "for"):
                continue  # "PM accused of ‘…’", "A driver accused of … told": a participle, no main verb
            passive = key in _AUXILIARIES and v + 1 < len(tokens) and tokens[v + 1][0] in ("been", "be")
            if describes and (key in _BE or passive) and not _ing_after_adverbs(tokens, v + 1, len(tokens)) and not (
                    tokens and tokens[-1][0] == ":"):
                # "the Great Recession is partly to blame, but so is this “…”", "Clinton was called “…”", "Grant
                # has been accused of “…”": the subject of "be" is described (or passive), not speaking
                return None
            modifiers = v - 2  # (past lower-case modifiers: "Paje seaweed farmers threaten", part 38)
            while modifiers > i and v - 2 - modifiers < 2 and tokens[modifiers][0].isalpha() and (
                    tokens[modifiers][0].islower() and tokens[modifiers][0] not in _FUNCTION):
                modifiers -= 1
            if _plural_head(tokens, v - 1) and modifiers >= i and tokens[modifiers][0][:1].isupper():
                return self._group(tokens, v - 1, i)  # "Several Twitter users wrote": the users, as written
            j, appositive = (subject_end, None) if v == main_verb + 1 and tokens[subject_end][0][:1].isalpha() else (
                skip_back(tokens, v - 1, self.lang))  # (not ", a Republican," in the clause; ", Md., who": as before)
            complement = role_head >= 0 and v - role_head <= 7 and j > role_head
            if complement:
                j, appositive = role_head, None  # (the role, not its complement's noun: "for the party")
            if j < i:
                return None
            if appositive and (cut := next((k for k, (t, _) in enumerate(appositive) if t in ("of", "from")), 0)):
                appositive = appositive[:cut]  # ", Senator Hank Duvall of Alabama,": the name, not its state
            if (appositive and (tokens[j][0].islower() or _complement_of_role(tokens, j)
                                or _is_role(tokens[j][0].lower())) and len(appositive) <= 5
                    and all(t[:1].isupper() or t == "." for t, _ in appositive)
                    and " ".join(_run_words(appositive)) not in _PLACES):  # (", Michigan,": a town's state)
                # "His sister, Helen Mills, said", "The leader of the Anti-Defamation League, Jonathan Greenblatt,
                # warned": the name in apposition to the description
                return self.people.resolve_name(_run_words(appositive), appositive[0][1])
            found = self._noun_phrase_back(tokens, j)
            if found is not None and found[1] == "name" and (head := _head_before_complement(tokens, i, j)) >= 0:
                found = self._noun_phrase_back(tokens, head) or found  # "Judge Ruth Feingold of … in Newark warned"
            if found is None:
                return None
            speaker, kind = found
            if speaker is None:
                return None
            if complement and kind == "description" and type(speaker) in (str, Unheld):
                speaker = _with_complement(self.text, speaker, tokens, i, role_head, v)
            if kind == "description" and type(speaker) is str and tokens[i][0] in ("A", "An") and (
                    self.people.named(speaker) is not None):
                return speaker  # (an indefinite description resolved to the person it stands for: a delayed
                # lede's, part 38; not "Hillary Clinton’s right-hand woman", whom the owner's name is not)
            if kind == "description" and ((not any(w.lower() in _ROLES for w in (
                    speaker.written if isinstance(speaker, Body) else speaker).split())  # ("The airline": its noun)
                                           and not (not describes and self._holds_role(speaker, tokens[j][1])))
                                          or (describes and isinstance(speaker, Unheld) and tokens[-1][0] != ":")):
                return None  # (with no cue verb, a description no one named holds speaks for no quotation: "The
                # senator visited Texas, which called the plan “a disaster”")
            return speaker
        return None


_ROLE_COMPLEMENTS = frozenset("for of at with from in".split())
"""Prepositions that open a role's complement before its verb ("A spokesman for the party tried to play down …",
"The head of the union sought …"): the subject is the role (:meth:`Subjects._main_subject`)."""


def _with_complement(text: str, speaker: str, tokens: list[tuple[str, int]], i: int, head: int, verb: int) -> str:
    """A role description read back from its ``head`` with the lower-case complement between it and the ``verb``,
    as written ("A spokeswoman for the company"), of the same kind as ``speaker``; ``speaker`` itself when it is
    not the words that end at the head."""
    end = tokens[head][1] + len(tokens[head][0])
    start = text.rfind(speaker, max(0, tokens[i][1] - 1), end)
    if start < 0 or start + len(speaker) != end:
        return speaker
    written = text[start : tokens[verb - 1][1] + len(tokens[verb - 1][0])]
    return Unheld(written) if isinstance(speaker, Unheld) else written


def _lower_complement(tokens: list[tuple[str, int]], at: int) -> bool:
    """Whether the preposition at ``at`` opens a lower-case complement that a finite verb ends within a few words
    ("for the party tried", "of the union said"); not one holding a name or a comma ("The board of Kelso
    Pharmaceuticals has", "A mother of two Kingsmead pupils, who …": read as before, by the name)."""
    for m in range(at + 1, min(len(tokens), at + 7)):
        word = tokens[m][0]
        if not word.isalpha() or not word.islower():
            return False
        if word in _VERBS or word in _AUXILIARIES or word in _IRREGULAR_PAST or (
                word.endswith("ed") and len(word) > 4 and tokens[m - 1][0] not in _DETERMINERS):
            return m > at + 1  # (not "of one of the hospitalised runners": an adjective after its article)
    return False


_GROUP_OF = re.compile(r"\b[Aa] (?:group|coalition|number) of (?:[a-z-]+ ){0,3}?[a-z-]+s\b")
"""A group as a sentence's subject ("a group of black parents"), as written: a sender when no main subject is read."""
_OPENING_PREPOSITIONS_FR = frozenset("à a au aux dans lors pendant après avant sur devant".split())
"""French prepositions opening an adverbial before the subject and its comma ("A l’audience, la présidente …")."""
