"""Noun phrases around a cue verb: the subject before it (past adverbs, an appositive, a parenthesis), the
subject after it where English inverts, role descriptions, and the subject of a sentence's main clause.

Split out of :mod:`reader.quotes.speakers` (which finds the attribution patterns around quotations) as a mixin:
these methods read tokens of the article's text and ask :class:`reader.quotes.people.People` who a name, a
pronoun or a role refers to; they know nothing about quotations. Decisions are recorded in
:mod:`reader.quotes.speakers`. No Textual or Rich import here.
"""

from __future__ import annotations

from reader.quotes.people import _POSSESSIVE, _TOKEN, Described, People
from reader.quotes.words import (
    _AUXILIARIES,
    _CONJUNCTIONS,
    _DETERMINERS,
    _FUNCTION,
    _HONORIFICS,
    _INDEFINITE,
    _INTRODUCERS,
    _PRONOUNS,
    _ROLES,
    _SKIP_BEFORE_VERB,
    _VERBS,
)


class NounPhrases:
    """Reading subjects and noun phrases from tokens; mixed into :class:`reader.quotes.speakers.Attributor`."""

    text: str
    lang: str
    people: People
    lowered: set[str]

    def _tokens(self, start: int, end: int) -> list[tuple[str, int]]:
        return [(m.group(), m.start()) for m in _TOKEN.finditer(self.text, start, end)]

    def _skip_back(self, tokens: list[tuple[str, int]], j: int) -> tuple[int, list[tuple[str, int]] | None]:
        """From ``j`` backwards, past what stands between a subject and its verb: adverbs and auxiliaries ("also",
        "jokingly", "has"), a parenthesis ("(R-Ohio)"), an appositive between commas (", 58,", ", a spokesman,",
        ", who …,") and "VERB to" ("interjected to say"). Returns the subject's last index and the appositive."""
        appositive: list[tuple[str, int]] | None = None
        steps = 0
        while j >= 0 and steps < 8:
            steps += 1
            word = tokens[j][0]
            key = word.lower().replace("’", "'")
            if key in _SKIP_BEFORE_VERB or (len(key) > 4 and key.endswith("ly") and word.islower()):
                j -= 1
                continue
            if word == ")":
                k = j - 1
                while k >= 0 and j - k < 16 and tokens[k][0] != "(":
                    k -= 1
                if k < 0 or tokens[k][0] != "(":
                    break
                j = k - 1
                continue
            if word == "," and appositive is None:
                k = j - 1
                while k >= 0 and j - k < 26 and tokens[k][0] not in (",", ";", ":", "(", ")", "Q"):
                    k -= 1
                if k >= 1 and tokens[k][0] == "," and j - k > 1 and tokens[k - 1][0][:1].isalnum() and not any(
                    self._verb_at(tokens, m) for m in range(k + 1, j)
                ):
                    appositive = tokens[k + 1 : j]
                    j = k - 1
                    continue
                break
            if key == "to" and j >= 1 and tokens[j - 1][0].islower() and self.lang == "en" and steps == 1:
                j -= 2  # "interjected to say": the subject of the verb before
                continue
            break
        return j, appositive

    def _subject_back(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        j, appositive = self._skip_back(tokens, verb - 1)
        if j < 0:
            return None
        found = self._noun_phrase_back(tokens, j)
        if appositive and (found is None or found[1] == "description"):
            named = [(t, o) for t, o in appositive if t[:1].isupper() or t == "."]
            if named and appositive[-1][0][:1].isupper() and appositive[0][0][:1].isupper():
                # "Sanders's campaign manager, Jeff Weaver, said": the name in the appositive
                return self.people.resolve_name(self._run_words(appositive), appositive[-1][1])
        return found[0] if found else None

    @staticmethod
    def _run_words(tokens: list[tuple[str, int]]) -> list[str]:
        run: list[str] = []
        for tok, _ in tokens:
            if tok == "." and run and len(run[-1]) <= 4 and not run[-1].endswith("."):
                run[-1] += "."
            elif tok[:1].isupper():
                run.append(tok)
        return run

    def _common_word(self, word: str, offset: int) -> bool:
        """A capitalised word that starts its sentence and that the article also writes in lower case
        ("Officials", "Perhaps"): not a name."""
        k = offset - 1
        while k >= 0 and self.text[k] in " \t\u00a0":
            k -= 1
        initial = k < 0 or self.text[k] in ".!?:\n\r\"“”»«„(—–-"
        return initial and word.lower() in self.lowered

    def _noun_phrase_back(self, tokens: list[tuple[str, int]], j: int) -> tuple[str | None, str] | None:
        """The noun phrase ending at ``j`` as (speaker, "name" | "pronoun" | "description")."""
        word, offset = tokens[j]
        key = word.lower()
        if key in ("to", "zu", "de", "à", "that", "which", "who", "dass", "que", "qui", "wie", "comme", "as", "if"):
            return None  # "used his speech to warn": no subject here
        if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui"):
            return self.people.before(offset, _PRONOUNS[key]), "pronoun"
        if word[:1].isupper() or (word == "." and j > 0 and len(tokens[j - 1][0]) <= 4):
            run: list[str] = []
            k = j
            while k >= 0:
                tok = tokens[k][0]
                if tok == "." and k > 0 and tokens[k - 1][0][:1].isupper():
                    run.insert(0, tokens[k - 1][0] + ".")
                    k -= 2
                    continue
                if tok[:1].isupper() or (run and tok.lower() in ("von", "van", "de", "der", "da", "di", "um")):
                    run.insert(0, tok)
                    k -= 1
                    continue
                break
            if "um" in run:  # "Forscher um Aneta Afelt": the researchers around a named lead
                run = run[run.index("um") + 1 :]
            if self.lang == "en" and len(run) == 1 and (
                self._common_word(run[0], tokens[k + 1][1])
                or run[0].lower() in _ROLES
                or run[0].lower()[:-1] in _ROLES  # "Officials said": a role noun capitalised, not a name
            ):
                return None
            run = [_POSSESSIVE.sub("", t) if len(t) > 3 else t for t in run]
            if k >= 0 and tokens[k][0].lower() in _DETERMINERS and self.lang == "en":
                words = [t for t, _ in tokens[k : j + 1] if t[:1].isalpha()]
                if any(w.lower() in _ROLES for w in words):
                    return self._description(words, offset), "description"
            return self.people.resolve_name(run, offset), "name"
        # a description: "the incumbent president", "a reporter", "my father"
        k = j
        while k >= 0 and j - k < 6:
            tok = tokens[k][0]
            if not tok[:1].isalpha():
                return None
            if tok.lower() in _DETERMINERS:
                return self._description([t for t, _ in tokens[k : j + 1]], offset), "description"
            k -= 1
        return None

    def _description(self, words: list[str], offset: int) -> str | None:
        """A role description as the speaker: resolved to the person it stands for ("the incumbent president"),
        kept as written when indefinite ("a reporter"), None when no role word heads it ("the past", "his
        remarks and"): a speaker is a person or an organisation, never a fragment of another clause."""
        lowered = [w.lower() for w in words]
        roles = [w for w in lowered[1:] if w in _ROLES or (w.endswith("s") and w[:-1] in _ROLES)]
        if not roles or lowered[-1] in ("and", "or", "when", "if", "as", "that", "by", "to", "with"):
            return None
        if lowered[0] in _INDEFINITE:
            return " ".join(words)
        resolved = self.people.resolve_role([r if r in _ROLES else r[:-1] for r in roles], offset, words)
        return Described(resolved, _as_written(words)) if resolved else None

    def _subject_forward(self, tokens: list[tuple[str, int]], verb: int) -> str | None:
        j = verb + 1
        limit = min(len(tokens), verb + 9)
        while j < limit:
            word, offset = tokens[j]
            key = word.lower()
            if not word[:1].isalnum():
                return None
            if key in _PRONOUNS and key not in ("him", "her", "ihm", "ihr", "lui") and j == verb + 1:
                return self.people.before(offset, _PRONOUNS[key])
            if word[:1].isupper() and key not in _FUNCTION:
                run = [word]
                k = j + 1
                while k < len(tokens) and (tokens[k][0][:1].isupper() or tokens[k][0] in (".", "um")):
                    if tokens[k][0] == ".":
                        if len(run[-1]) > 3 or run[-1].endswith("."):
                            break
                        run[-1] += "."
                    else:
                        run.append(tokens[k][0])
                    k += 1
                if "um" in run:
                    run = run[run.index("um") + 1 :]
                return self.people.resolve_name(run, offset)
            if key in _DETERMINERS and not any(t.lower() in _ROLES for t, _ in tokens[j + 1 : j + 3]):
                j += 1  # "à cette occasion": not the subject
                continue
            if key in _DETERMINERS:
                words = [word]
                k = j + 1
                while k < len(tokens) and len(words) < 6 and tokens[k][0][:1].isalnum():
                    if tokens[k][0].lower() in ("who", "which", "der", "die", "qui", "que"):
                        break
                    if tokens[k][0][:1].isupper() and tokens[k][0].lower() not in _ROLES and len(words) > 1:
                        # "der Virologe Christian Drosten": the name wins
                        return self.people.resolve_name([t for t, _ in tokens[k : k + 3] if t[:1].isupper()], offset)
                    words.append(tokens[k][0])
                    k += 1
                if any(w.lower() in _ROLES for w in words[1:]) or j == verb + 1:
                    return self._description(words, offset)
            j += 1
        return None

    def _verb_at(self, tokens: list[tuple[str, int]], j: int) -> bool:
        word = tokens[j][0]
        key = word.lower()  # no cue verb has an apostrophe
        if key not in _VERBS:
            return False
        if word[:1].isupper() and j > 0 and self.lang == "en":
            return False  # "the United States": a capitalised verb only starts a sentence
        if key == "went":
            return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "on"
        if key == "pointed":
            return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "out"
        return True

    def _sentence_subject(self, start: int, end: int) -> str | None:
        tokens = self._tokens(start, min(end, start + 120))
        if not tokens:
            return None
        word = tokens[0][0]
        key = word.lower()
        if key in _PRONOUNS:
            return self.people.before(start, _PRONOUNS[key])
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
        if len(run) == 1 and key in _DETERMINERS:
            words = [t for t, _ in tokens[:4] if t[:1].isalpha()]
            return self._description(words, start) if any(w.lower() in _ROLES for w in words) else None
        return self.people.resolve_name(run, start) if run else None

    def _main_subject(self, start: int, end: int) -> str | None:
        """English: the subject of the sentence's main clause, when its verb comes before ``end`` (the quotation):
        "Clinton blamed the “fog of war”", "Sanders released a statement …, insisting that …“…”". An opening
        conjunction or adverbial ("But", "At the debate Wednesday night,") is skipped; the subject must be a name,
        a pronoun or a role, followed (past an appositive, a parenthesis, adverbs) by a finite verb."""
        tokens = self._tokens(start, end)
        i = 0
        if tokens and tokens[0][0].lower() in _CONJUNCTIONS:
            i = 1
            if i < len(tokens) and tokens[i][0] == ",":
                i += 1
        if i < len(tokens) and tokens[i][0].lower() in _INTRODUCERS:
            comma = next((k for k in range(i + 1, min(len(tokens), i + 20)) if tokens[k][0] == ","), None)
            if comma is None:
                return None
            i = comma + 1
        for v in range(i + 1, min(len(tokens), i + 30)):
            word = tokens[v][0]
            key = word.lower()
            if not word.isalpha() or not word.islower():
                if word in (";", ":") or (word == "," and v > i + 1 and tokens[v - 1][0].islower()):
                    return None
                continue
            previous = tokens[v - 1][0]
            finite = (
                key in _VERBS and not key.endswith("ing")
                or key in _AUXILIARIES
                or (key.endswith("ed") and len(key) > 4)
                or (key.endswith("s") and not key.endswith("ss") and (previous[:1].isupper() or previous == ")"))
            )
            if not finite:
                if key in _DETERMINERS or key in _ROLES or key in ("of", "for", "at", "who", "which") or (
                    v > i and tokens[v - 1][0] in (",", "(")
                ):
                    continue
                if key.endswith("ly"):
                    continue
                return None
            j, appositive = self._skip_back(tokens, v - 1)
            if j < i:
                return None
            found = self._noun_phrase_back(tokens, j)
            if found is None:
                return None
            speaker, kind = found
            if speaker is None:
                return None
            if kind == "description" and not any(w.lower() in _ROLES for w in speaker.split()):
                return None
            return speaker
        return None


def _as_written(words: list[str]) -> str:
    """A description as the article writes it, from its determiner to its last role word, without a possessive:
    "that the former president is" → "the former president"."""
    lowered = [w.lower() for w in words]
    role = next((i for i, w in enumerate(lowered) if w in _ROLES or (w.endswith("s") and w[:-1] in _ROLES)),
                len(words) - 1)
    start = next((i for i in range(role, -1, -1) if lowered[i] in _DETERMINERS), 0)
    end = len(words)
    while end > start + 1:
        key = _POSSESSIVE.sub("", lowered[end - 1]) if len(lowered[end - 1]) > 3 else lowered[end - 1]
        if key in _ROLES or (key.endswith("s") and key[:-1] in _ROLES):
            break
        end -= 1
    kept = words[start:end]
    if kept and len(kept[-1]) > 3:
        kept[-1] = _POSSESSIVE.sub("", kept[-1])
    return " ".join(kept)
