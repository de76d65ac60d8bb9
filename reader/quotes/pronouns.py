"""Whom "he" or "she" stands for: the subject of the sentence before when that is a person of a fitting gender (or,
after a quotation, the speaker just cited), else the most recent person named (:class:`Pronouns`, a mixin of
:class:`reader.quotes.speakers.Attributor`). No Textual or Rich import here."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reader.quotes import pronoun_words as pw
from reader.quotes.cue_verbs import verb_at
from reader.quotes.descriptions import _GENDERED_ROLES, _article_gender, _is_role, _of_gender_described
from reader.quotes.german_clauses import subjunctive
from reader.quotes.given_names import given_gender
from reader.quotes.name_evidence import given_and_surname, name_of_unknown_gender
from reader.quotes.nested import _KIN_GENDER_DE_FR
from reader.quotes.pronoun_genders import she_in_german
from reader.quotes.role_antecedents import RoleAntecedents
from reader.quotes.run_pieces import german_institution
from reader.quotes.speaker_kinds import Described, Unheld, _is_group
from reader.quotes.token_shapes import asked_before
from reader.quotes.token_windows import _CLOSING_MARKS, _OPENING_MARKS, contrast_clause
from reader.quotes.words import _DETERMINERS, _HONORIFICS, _ORG_NOUNS, _ROLES, _VERB_FORMS

_FRENCH_ADJECTIVES_BEFORE = frozenset("ancien ancienne nouveau nouvel nouvelle jeune haut haute simple seul seule "
                                      "autre ex".split())
"""French adjectives before a role in "-ant" ("un ancien représentant"): after any other word, the "-ant" word is a
participle ("un dessin représentant le directeur …": a drawing, no one; part 39)."""
_CLOSES = re.compile(r"[„“”«»\"]")
_VERB_AFTER = re.compile(r"\s+(\w+)")
_DEMONSTRATIVE_SUBJECT = re.compile(r"(?:^|[.!?] )Der (?:hatte|hat|war|ist|wollte|konnte|habe|sei)\b")
"""German: a sentence opening with "Der" as a pronoun, the subject of a verb: a man just described, not named."""
_NOT_ATTRIBUTION = frozenset("which who whom whose that as while when after before because but and or".split())
"""Words after a quotation that open a clause of its own, not the quotation's attribution."""


_FR_SUBJECT_BEFORE_VERB = frozenset("il elle ils elles on qu'il qu’il qu'elle qu’elle".split())
"""French subject pronouns, after which a role's word is a verb ("un marché qu'il juge « porteur »"; part 44)."""
_OBJECT_DESCRIBED = re.compile(r"\b(?:den|dem|einen|einem) [A-ZÄÖÜ][\w-]+ \Z")
"""German: an object's article and noun right before a name ("gegen den Nordostschweizer Thomas Bucher"), whose
case makes it no subject (part 44)."""


class Pronouns(RoleAntecedents):
    """A pronoun's antecedent (:meth:`_antecedent`), read from the sentences before it."""

    _first_named_memo: dict[tuple[int, str], str | None]
    """:meth:`_first_named`'s answers, by offset and gender (cleared with the other memos between ranges)."""
    _pronoun_subjects: dict[int, str | None]
    """The main subject of the sentence of a pronoun at an offset, for :meth:`_antecedent`."""

    _owning = 0
    """How many possessives (:meth:`_owner_of`) are being read through, one inside another."""

    def _antecedent(self, offset: int, gender: str) -> str | None:
        """Who "he"/"she" at ``offset`` is. English: the subject of its sentence's main clause when that is a person
        named before it of a fitting gender ("Rubio said that … Trump, whom he called …" → Rubio; "Clinton says she
        appreciated Machado's courage" → Clinton), else the most recent person named (:meth:`People.before`). A pronoun
        met while reading that subject is resolved the same way, up to :data:`_PRONOUN_CHAIN` deep; a people ("Syrian
        Americans", :func:`~reader.quotes.speaker_kinds._is_group`) is never what he or she stands for."""
        if gender == "n":  # (or a document's sender: "It said: “…”" after "X sent a text message")
            return pw.document_sender(self.text, self._block_start(offset), offset, self.people.resolve_name) or (
                self._it_stands_for(offset))  # (the document's sender first: "The jury was shown a letter Mr
            # Achterberg wrote …. It read:" is his letter, not the jury; part 37)
        if self.lang == "en" and gender in ("m", "f") and _LOOKING_BACK.match(self.text, offset) and (
                topic := self.people.most_named(offset, gender)):
            return topic  # "she once said": whom the article is about, as an obituary quotes its subject's old words
            # (part 44; not at the end of every chain of pronouns: "He … which he described as" stays Murphy's)
        if self.lang == "en" and self._resolving < _PRONOUN_CHAIN:
            subjects = self._pronoun_subjects  # a pronoun is often read twice (patterns, then the ranker)
            if not self._resolving and offset in subjects:
                subject = subjects[offset]
            else:
                self._resolving += 1
                try:
                    subject = self._subject_for_pronoun(offset, gender)
                finally:
                    self._resolving -= 1
                if not self._resolving:  # (only the outermost: an inner one was cut short by the chain's end)
                    subjects[offset] = subject
            person = self.people.named(subject) if subject else None
            if person is not None and person.gender == "p" and gender in ("m", "f"):
                person, subject = None, None  # a people or a place of a plural's shape is never "he" or "she"
                # ("the islands’ education department appointed her …" read "North Isles"; part 42)
            if subject and gender and ((given := given_gender(subject.split()[0])) and given != gender or (
                    gender in ("m", "f") and subject[-1:] == "s" and subject.split()[-1][:-1] in _ROLES
                    and subject.count(" ") < 2)):  # (not "A spokeswoman for local residents": her role heads it)
                person, subject = None, None  # "Jane Jones said" is not whom "he" stands for, whatever is indexed;
                # nor a group by its plural role ("Chess writers have taken to calling her …. “…,” she says")
            if person is None and subject and gender and (known := self.people.person_of(subject.split(), offset)) and (
                    known.gender and known.gender != gender):
                subject = None  # "Pickering said …. He disagreed": not Janet Pickering, whom the surname names
            if (person is not None and (not gender or not person.gender or person.gender == gender)
                    and not _is_group(person.surname)):
                return str(subject) if type(subject) is Described else subject  # (the person, not the description
                # the sentence before wrote: "The Belarusian leader also considers …. … he stated that ‘…’")
            if person is None and subject and gender and (given_and_surname(subject, gender, self.lowered)
                                                          or name_of_unknown_gender(subject, self.lowered)):
                return subject  # "Jane Smith called it “a failure.” She added: …": a person by her given name,
                # though the people index holds only names with more evidence
            if person is None and subject and self._just_spoke(subject, offset):
                return subject  # "Smith wrote: “…” He added: “…”": the speaker just cited, though no index
                # holds a lone surname (nor the most recent person before, whom "he" does not follow here)
            if subject and person is None and (_of_gender_described(subject, gender)
                                               or self._refers_to_itself(subject, offset, gender)):
                return subject  # "A Network Rail spokeswoman said …. ‘…,’ she said.": as written
            if subject and person is None and self._one_described_since(subject, offset, gender):
                return subject  # "An engineer at the site said traffic had been reduced ….¶“…,” he said." (37)
            if subject is None and (opening := self._role_opening_before(offset)) and (
                    self._refers_to_itself(opening[0], offset, gender) or opening[0].split(" ", 1)[0] in (
                        "A", "An", "One") and _of_gender_described(opening[0], gender)):
                return opening[1]  # ("One nurse on the picket line, who …, described …": no main subject read; "A
                # spokeswoman for the national rescue coordination centre said …": her role tells her gender)
            if subject is None and opening and opening[0] == opening[1] and opening[0].split(" ", 1)[0] in (
                    "A", "An", "One", "Another") and _GENDERED_ROLES.get(opening[0].split()[-1].lower(), gender) == (
                    gender) and gender in ("m", "f") and (at := self.text.rfind(opening[0], max(
                        0, offset - 400), offset)) >= 0 and self._no_one_of_gender_between(min(
                        at, self._block_start(offset)), offset, gender):
                return opening[1]  # "Another fan, wearing the Sharks' green and white, was less happy. “…,” he
                # said": the one the sentence before opens with, no one of that gender named in its paragraph
                # (part 41; "Hannah Brewer … spoke first. One nurse … described …. “…,” she said" stays hers, part 20)
            if subject is None and (closing := self._closing_description_before(offset, gender)):
                return closing  # "…, a hospital spokesman said. “…,” he said."
            if isinstance(subject, Unheld) and self.people.before(offset, gender) is None:
                return subject  # "The minister arrived late. “…,” she said.", no one named: as written (not a body)
            if subject and subject.startswith(_OWNERS.get(gender, "-")) and (owner := self._owner_of(subject, offset)):
                return owner  # "… and his wife, Ada. Her father let her hold the pencil.¶“…,” she recalled.": whom
                # "Her" stands for, not the last woman named (part 34)
        if self.lang == "de" and gender == "m" and (this_one := _DEMONSTRATIVE_SUBJECT.search(
                self.text, max(self._block_start(offset), offset - 200), offset)) and bisect_left(
                self.people.mentions, this_one.start()) == bisect_left(self.people.mentions, offset):
            return None  # "von einem zehnjährigen Buben. Der hatte sich … verletzt. Er hat geschrieben:": the one
            # the demonstrative points at, named nowhere (part 39)
        if self.lang in ("de", "fr") and (first := self._first_named(offset, gender)):
            return first
        found = self.people.before(offset, gender)
        return self._speaker_since(found, offset, gender) or found

    def _owner_of(self, subject: str, offset: int) -> str | None:
        """Whom the possessive opening ``subject`` (the main subject read for a pronoun at ``offset``) stands for."""
        at = self.text.rfind(subject, max(0, offset - 600), offset)
        if at < 0 or self._owning >= _PRONOUN_CHAIN:
            return None
        self._owning, depth, self._resolving = self._owning + 1, self._resolving, 0  # (read as if asked first: the
        try:  # same answer however deep the pronoun that asks)
            return self._antecedent(at, "f" if subject[1] == "e" else "m")
        finally:
            self._owning, self._resolving = self._owning - 1, depth

    def _first_named(self, offset: int, gender: str) -> str | None:
        """German and French: whom "er", "sie", "il" or "elle" at ``offset`` stands for, the first person of its gender
        named in its own sentence before it, else in the sentences before it (this paragraph and the one before, at most
        :data:`_PIECES_BACK` pieces between quotations and stops). News in both languages puts the subject first, so a
        person named later in a sentence is an object or sits in a relative clause: "Die Ministerin Lea Brandt, die am
        Morgen mit Sommer telefoniert hatte, sprach von … »…«, sagte sie." is Brandt's, "Mme Vidal, qui a reçu le
        soutien de Catherine Solal, entend … « …, dit-elle. »" Vidal's (the most recent person named had been taken)."""
        key = (offset, gender)
        if key not in self._first_named_memo:  # (asked again by the patterns, the narrative and the ranker)
            self._first_named_memo[key] = self._read_first_named(offset, gender)
        return self._first_named_memo[key]

    def _read_first_named(self, offset: int, gender: str) -> str | None:
        """:meth:`_first_named`, read: a person named after a preposition (and an article and a title) is no subject
        ("Nach einem Treffen mit Olaf Scholz sagte Markus Brenner", "bei dem Orgelbauer Tadeusz Zieliński")."""
        mentions, people, text = self.people.mentions, self.people.mention_people, self.text
        block = bisect_right(self.starts, offset) - 1
        floor = max(self.starts[max(0, block - 1)] if block >= 0 else 0, offset - _FIRST_NAMED_CHARS)
        end = offset
        for _ in range(_PIECES_BACK):
            if end <= floor:
                return None
            start = self._sentence_start(end - 1 if end < offset else end, floor)
            role = self._subject_role(start, end, gender, offset)
            for index in range(bisect_left(mentions, start), bisect_left(mentions, end)):
                person, at = people[index], mentions[index]
                if role is not None and at > role[0]:
                    break
                titled = _is_role(text[at : at + 24].split(" ", 1)[0].lower())  # ("bei dem Orgelbauer Tadeusz …")
                if not titled and (core := text.find(person.full.split(" ", 1)[0], at, at + 40)) > at and text[
                        at:core].istitle():  # (a noun the run opened with is no title: "zum Beispiel Theres Ruppen")
                    at = core
                before = [w for w in text[max(0, at - 16) : at].split() if not (titled and w in pw.OBJECT_ARTICLES)]
                if self.lang == "de" and _OBJECT_DESCRIBED.search(text, max(0, at - 40), at):
                    continue  # ("kam er gegen den Nordostschweizer Thomas Bucher nicht hinaus": an object's case; 44)
                while before and before[-1].rstrip(".").lower() in _HONORIFICS:
                    before.pop()  # ("Ohne Herrn Reichle, meint er": the preposition before the honorific; part 41)
                if len(before) > 1 and _is_role(_ELIDED_ARTICLE.sub("", before[-1]).lower()) and before[-2] in (
                        "À", "à", "Au", "au"):
                    continue  # ("À l’animatrice Josée Thibodeau, qui lui demandait « … », elle a répondu": whom she
                    # answered; part 37)
                if (before and before[-1].lower() in pw.OBJECT_PREPOSITIONS and before[-1] not in ("Pour", "Für")
                        and before[-2:] not in (["liegt", "an"], ["lag", "an"], ["es", "nach"], ["celle", "de"],
                                                ["celui", "de"])) or (  # ("…, liegt an Lea Reichle.", "wenn
                    # es nach Elfriede Wallner geht": the one it depends on, the topic; part 41; "c'est celle de
                    # Marc-Henri Favre": whom it names, part 44)
                        (opening := text[at : at + 8].split(" ", 1)[0]) not in ("Pour", "Für")
                        and opening.lower() in pw.OBJECT_PREPOSITIONS):  # ("Mit Lea Brandt"; "Pour Me X," is hers)
                    continue
                name_end = text.find(person.surname, at, at + 60) + len(person.surname)  # (where the name ends, or
                # before ``at`` when the mention writes it otherwise)
                if (at == 0 or text[at - 1] == "\n") and name_end > at and text[name_end : name_end + 1] == ":":
                    continue  # an interview's label opening the answer ("Wolff-Brandt: Meine Mutter hat …"): its
                    # subject follows (part 39; not "Brandt: „…“ Sie fügte hinzu …", a speaker's label inside)
                if self.lang == "de" and offset - at < 400 and _CLOSES.search(text, at, offset) and (
                        verb := _VERB_AFTER.match(text, name_end)) and subjunctive(verb[1]) and _CLOSES.search(
                        text, verb.end(), verb.end() + 3) and ". " not in text[verb.start(1) : offset].replace(
                        ". »", "").replace(". “", ""):
                    continue  # "Horvat-Ecker sei „ein Stück Stadtgeschichte“ gewesen, sagte sie": whom the reported
                    # clause is about, not who reports it (part 39)
                if person.gender == gender or not person.gender and person.tokens > 1 and (
                        not _is_group(person.surname) and not _is_role(person.full.split()[0].lower())
                        and not german_institution(person.surname)):  # (not "Der Deutsche Skiverband sprach …")
                    # (not "Verteidiger Sauer": a role and a surname, of no gender)
                    return person.full  # (a lone word of no gender may be a German noun the index took)
            if role is not None:
                return role[1]
            end = min(start, end - 1)
            while end > floor and text[end - 1].isspace():
                end -= 1
        return None

    def _subject_role(self, start: int, end: int, gender: str, pronoun: int | None = None) -> tuple[int, str] | None:
        """Who opens ``text[start:end]`` as its subject, when that is a role or a pronoun of ``gender`` (first, after a
        comma or a cue verb, or in German's second place), outside quotations, as (offset, speaker): a role introduced
        by an indefinite article, as written ("… bestätigte eine Sprecherin des Landratsamts …. »…«, sagte sie."); a
        definite one, resolved as a description is ("a déclaré la procureure"); a pronoun, whom it stands for ("Elle a
        décrit un « système ». « …, a-t-elle insisté. »"); an organisation of the pronoun's gender, in the sentence
        right before it only ("Le syndicat des marins ne partage pas cette lecture. « … », dénonce-t-il":
        :meth:`_right_before` the ``pronoun``'s offset). Not a woman or a man named paragraphs before."""
        tokens = self._tokens(start, end)
        for k, (word, at) in enumerate(tokens[:-1]):
            key = word.lower()
            if (k == 0 or tokens[k - 1][0] == ":") and key in ("meine", "mein", "ma", "mon") and _KIN_GENDER_DE_FR.get(
                    tokens[k + 1][0]) == gender and not self._inside(at) and not any(
                    tokens[m][0] == "," and m + 1 < len(tokens) and tokens[m + 1][0][:1].isupper()
                    for m in range(k + 2, min(len(tokens), k + 4))):  # (not "Mon grand-père maternel, Hiroshi X,")
                return at, f"{word} {tokens[k + 1][0]}"  # "Meine Mutter hat lange geglaubt, …. Als sie es erfahren
                # hat, hat sie nur gesagt: »…«": the speaker's own relative, as written (part 39)
            second = self.lang == "de" and key in ("er", "sie") and 2 <= k <= 5 and tokens[k - 1][0].isalpha() and (
                tokens[k - 1][0].islower()) and "," not in (t for t, _ in tokens[:k]) and not any(  # (a pronoun
                _is_role(t.lower()) for t, _ in tokens[: k - 1]) and bisect_left(  # after the verb: "Ihren Durchbruch
                self.people.mentions, tokens[0][1]) == bisect_left(self.people.mentions, at)  # feierte sie"; not
            # "Der Kritiker Lanz nannte sie", whose subject opens it)
            second_role = self.lang == "de" and key in ("der", "die") and 2 <= k <= 5 and k + 1 < len(tokens) and (
                tokens[k - 1][0].isalpha() and tokens[k - 1][0].islower() and "," not in (t for t, _ in tokens[:k])
                and tokens[k + 1][0].lower() in pw.DEFENDANTS)  # ("Zum Prozessauftakt hatte der Angeklagte …": 43)
            if not (k == 0 or tokens[k - 1][0] == "," or pw.inverted_cue(tokens, k - 1) or second or second_role or (
                    k == 2 and self.lang == "de" and tokens[1][0].islower())) or self._inside(at):  # (not "La
                continue  # ministre a annoncé une aide": an object)
            if pw.DEMONSTRATIVE_PRONOUNS.get(key) == gender:  # "celle-ci": the one just named, not the subject
                return (at, found) if (found := self.people.before(at, gender)) else None
            if (pw.SUBJECT_PRONOUNS.get(key) == gender or she_in_german(tokens, k, second, gender, self.lang)) and (
                    tokens[k + 1][0].islower() or second) and self._resolving < _PRONOUN_CHAIN:
                self._resolving += 1
                try:
                    found = self._first_named(at, gender)
                finally:
                    self._resolving -= 1
                return (at, found) if found else None
            if (self.lang == "de" and key in ("der", "die") and k + 2 < len(tokens) and tokens[k + 1][0].endswith((
                    "jährige", "jähriger")) and given_gender(tokens[k + 2][0], "de") == gender and not self._inside(
                    at)):
                return at, tokens[k + 2][0]  # "Die zwölfjährige Lia aus St. Gallen … „…“, sagt sie": a child named
                # by a given name only (part 39)
            definite = key in pw.DEFINITE_GENDER
            if self.lang == "de" and pw.DEFINITE_GENDER.get(key) == gender and (aged := tokens[k + 1][0]).endswith((
                    "-Jährige", "-Jähriger")) and (found := self._aged_german(aged.split("-")[0], gender, at)):
                return at, found  # ("„…“, gibt die 84-Jährige zu. Doch dann stutzte sie.": whom the age names)
            if pw.INDEFINITE_GENDER.get(key) != gender and not definite:
                continue
            head = next((m for m in range(k + 1, min(len(tokens), k + 4)) if _is_role(tokens[m][0].lower()) and not (
                self.lang == "fr" and m > k + 1 and tokens[m][0].endswith("ant") and tokens[m - 1][0].lower() not in (
                    _FRENCH_ADJECTIVES_BEFORE)) and (
                tokens[m][0][:1].isupper() == (self.lang == "de") or tokens[m][0].lower() in _ORG_NOUNS)
                and not any(tokens[x][0] in _COMPLEMENT_WORDS for x in range(k + 1, m)) and not (
                    self.lang == "fr" and tokens[m - 1][0].lower() in _FR_SUBJECT_BEFORE_VERB)), 0)  # ("Le Syndicat
            # romand du personnel de santé …. Dans un communiqué, il estime": a body's name, capitalised; not "Le
            # budget du club", whose head is no role: part 38)
            mentions = self.people.mentions
            gendered = pw.DEFINITE_GENDER[key] if definite else ""
            if not head or definite and (gendered or _article_gender(key, tokens[head][0])) != gender or (
                    bisect_left(mentions, at) < bisect_left(mentions, min(end, at + 80))) or self._holder_apposed(
                    at, end) or (self.lang == "de" and head + 1 < len(tokens) and subjunctive(tokens[head + 1][0])):
                continue  # (a role before its holder's name: "Die Integrationsministerin Lea Brandt", "Der Landrat
                # des Landkreises Görlitz, Stefan Kühne,": the name is the mention read below; a subjunctive
                # reports another's words: "Der Ministerpräsident kämpfe „um jede Stimme“, sagte er")
            noun = tokens[head][0].lower()
            if head + 2 < len(tokens) and tokens[head + 1][0] in ("des", "der", "de", "du") and (
                    tokens[head + 2][0].isalpha()):
                head += 2  # ("eine Sprecherin des Landratsamts", "un mareyeur de Lesconil")
            written = self.text[at : tokens[head][1] + len(tokens[head][0])]
            if not definite:
                return at, written
            run = head + 1
            while run < len(tokens) and tokens[run][0][:1].isupper() and tokens[run][0].isalpha():
                run += 1
            if run > head + 1 and noun in _ORG_NOUNS and self.lang == "fr" and pronoun is not None and (
                    self._right_before(end, pronoun)):  # ("L’intercommunale Valordis, qui …, relativise. « … »,
                return at, self.text[at : tokens[run - 1][1] + len(tokens[run - 1][0])]  # indique-t-elle": with its
            # name, as written; part 41)
            inverted = pw.inverted_cue(tokens, k - 1)
            aside = not inverted and any(tokens[m][0] == "," for m in range(head + 1, min(len(tokens), head + 3)))
            new = aside and tokens[head][0].lower() not in pw.DEFENDANTS and not self._named_in_block(at, gender)
            found = self._description([t for t, _ in tokens[k : head + 1]], at, guess=not new)  # (resolved as a
            # description is; one introduced with an aside is someone new when no one named holds it, unless a
            # person of its gender was named in its paragraph: "… Inès Barka, …. Très émue, la jeune actrice,
            # dont …", or it is the trial's defendant: "Le prévenu, costume sombre …,")
            if isinstance(found, Described) or (found and (inverted or new)) or (
                    found and not isinstance(found, Unheld) and (found.split()[0].lower() in pw.INDEFINITE_GENDER
                                                                 or noun in _ORG_NOUNS and pronoun is not None
                                                                 and self._right_before(end, pronoun)
                                                                 and not (self._same_sentence(end - 2, pronoun)
                                                                          and self._named_in_block(at, gender)))):
                return at, str(found)  # (a role no one named holds only as a cue's subject: "a déclaré la
                # procureure"; "le prévenu a contesté" is read as before, by the people named; a body the pronoun's
                # own sentence speaks of is not who speaks when a person was named before it: "Le directeur
                # sportif, Fabrice Bonnaz, …. Le club vise « … », a-t-il assuré" is his; part 43)
        return None

    def _same_sentence(self, start: int, end: int) -> bool:
        """Whether no sentence ends in ``text[start:end]`` (from a piece to a pronoun) outside its quotations."""
        return all(self._inside(stop.start()) for stop in _STOP.finditer(self.text, start, end))

    def _right_before(self, end: int, offset: int) -> bool:
        """Whether ``text[…:end]`` is (a piece of) the sentence right before ``offset`` in its paragraph: at most one
        sentence ends between them outside quotations, that one (read only when an organisation opens it)."""
        return end > self._block_start(offset) and sum(  # (one: the stop that ends that sentence, past the
            not self._inside(stop.start()) for stop in pw.STOP.finditer(self.text, end, offset)) <= 1  # quotations)

    def _neuter_role(self, offset: int) -> str | None:
        """Whom German "es" after a cue verb at ``offset`` stands for: a neuter role opening a sentence before it
        in its paragraph, as written ("Ein Aufsichtsratsmitglied, das nicht genannt werden will, räumt Fehler ein.
        „…“, sagte es dieser Zeitung."); None otherwise (never the noun after "es")."""
        floor = self._block_start(offset)
        end = offset
        for _ in range(_PIECES_BACK):
            if end <= floor:
                return None
            start = self._sentence_start(end - 1, floor)
            tokens = self._tokens(start, end)
            if len(tokens) >= 2 and tokens[0][0] in ("Das", "Ein") and _is_role(tokens[1][0].lower()) and (
                    not self._inside(tokens[0][1])):
                return self.text[tokens[0][1] : tokens[1][1] + len(tokens[1][0])]
            end = min(start, end - 1)
        return None

    def _holder_apposed(self, start: int, end: int) -> bool:
        """Whether a person is named in apposition further on in ``text[start:end]``, after a comma and at most
        three lower-case words: the role's holder, after a long complement ("L'enquêtrice de la police judiciaire
        qui a dirigé les investigations, la commandante Sophie Marchetti, a décrit")."""
        mentions = self.people.mentions
        for index in range(bisect_left(mentions, start), bisect_left(mentions, min(end, start + pw.APPOSED_HOLDER))):
            if pw.APPOSED_BEFORE.search(self.text, max(start, mentions[index] - 40), mentions[index]):
                return True
        return False

    def _named_in_block(self, offset: int, gender: str) -> bool:
        """Whether a person of ``gender`` (or of none known) is named in the block holding ``offset``, before it."""
        people, floor = self.people, self._block_start(offset)
        index = bisect_left(people.mentions, offset) - 1
        while index >= 0 and people.mentions[index] >= floor:
            person = people.mention_people[index]
            if person.gender == gender or not person.gender and given_gender(person.full.split()[0]) in ("", gender):
                return True  # (not "Paul Martin" for "la ministre": a man by his given name, whatever the index)
            index -= 1
        return False

    def _aged_german(self, age: str, gender: str, offset: int) -> str | None:  # (AgesAndDemonyms')
        raise NotImplementedError

    def _it_stands_for(self, offset: int) -> str | None:
        """What "it" at ``offset`` stands for when it speaks ("In a statement, it warned of “…”", "Seatwise said …
        It said …"): the main subject of its sentence or the one before, when an organisation, by name ("Seatwise",
        "The Met Office") or by a role that names one ("the company"); never a person, a people, a pronoun. English."""
        if self.lang != "en" or self._resolving >= _PRONOUN_CHAIN or self._inside(offset):
            return None  # (inside a quotation, "it" is the speaker's own: "“It does away with the ‘…’”")
        self._resolving += 1
        try:
            subject = self._subject_for_pronoun(offset, "")
            if not subject:  # "In a statement, it warned …": "it" is its own sentence's subject; the one before
                start = self._clause_start(offset, max(self._block_start(offset), offset - 600))
                subject = self._subject_for_pronoun(start, "") if start < offset else None
        finally:
            self._resolving -= 1
        if not subject or isinstance(subject, Unheld):
            return None
        person = self.people.named(subject)
        if person is not None and (person.tokens > 1 or person.gender or person.given):
            return None  # a person (a one-word name the index holds, "Seatwise", may be a firm's: "it" says so)
        words = subject.split()
        head = words[-1].lower()
        if words[0].lower() in _DETERMINERS:
            return subject if head in _ORG_NOUNS and len(words) <= 4 else None  # "The centre", "the company"
        if (given_gender(words[0]) or _is_group(words[-1]) or not all(w[:1].isupper() for w in words)
                or (words[-1].endswith("s") and words[-1][:-1].isupper())):
            return None  # a person by a given name, a people, a description ("Several officials"), a plural ("PACs")
        return subject

    def _cited_in_sentence(self, offset: int, gender: str) -> str | None:
        """Whom "selon elle" at ``offset`` stands for: in French, the speaker a cue gave a quotation closing earlier
        in its sentence (an organisation too: "la direction de TAM dit « regretter » un mouvement qu'elle juge « … »
        et qui, selon elle, « … »"; a person of the pronoun's ``gender``: not "le maire Paul Girard, alors que son
        adjointe Sophie Lemaire, selon elle, « … »"), else the last person of that gender named before."""
        cited = self._last_cued(self._clause_start(offset, self._block_start(offset)), offset) if (
            self.lang == "fr") else None
        person = self.people.named(cited) if cited else None
        return cited if cited and (person is None or person.gender in ("", gender)) else self.people.before(
            offset, gender)

    def _subject_for_pronoun(self, offset: int, gender: str) -> str | None:
        """The main subject :meth:`_antecedent` tries first for the pronoun at ``offset`` (of ``gender``: a function
        of the pronoun, so the answer may be remembered by offset). A sentence that opens with a quotation ("“He
        continues to …,” he said.") has none outside it before the pronoun: the subject of the sentence before it
        stands for the pronoun ("Rubio claimed that Muslims … and that Obama is to blame.¶“…,” he said." is Rubio's,
        not the last name's), never a pronoun read inside the quotation. So does a pronoun that opens its sentence
        ("Trump never mentioned Clinton.¶He nodded …"). A sentence before that is itself a quotation ("…," Khan
        said. "Clinton was against this."¶He said …) gives the speaker cited for it (:meth:`_cited_before`), never a
        subject read inside it; one that ends with an attribution after a quotation gives that attribution's subject."""
        start = self._clause_start(offset, max(self._block_start(offset), offset - 600))
        head = self.text[start:offset].strip()
        if head and head[:1] not in _OPENING_MARKS:
            found = self._main_subject(start, offset)
            if found is not None or head[-1:] != ",":
                return found
            # only an opening phrase before the pronoun ("Asked about those comments, he declined …"): the pronoun
            # opens its clause, so the sentence before says whom it stands for
        end = start
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end < 2:
            return None
        before = self._clause_start(end - 1, max(self._block_start(end - 1), end - 600))
        sentence = self.text[before:end].strip()
        if sentence[:1] in _OPENING_MARKS:
            if (sentence[-1:] in _CLOSING_MARKS and self.text[offset : offset + 1].islower() and before > 0
                    and not self.text[end:offset].strip() and not self._inside(offset)):
                # "… a mistake. “Where are they to go?” she wrote.": the pronoun attributes the quotation (its
                # "?" ended the clause), so the sentence before the quotation says whom it stands for
                ahead = before
                while ahead > 0 and self.text[ahead - 1].isspace():
                    ahead -= 1
                if ahead < 2:
                    return None
                return self._main_subject(self._clause_start(ahead - 1, max(self._block_start(ahead - 1),
                                                                              ahead - 600)), ahead)
            if sentence[-1:] in _CLOSING_MARKS or self._inside(end - 1):
                return self._cited_before(end)  # the sentence is a quotation: its speaker, if cited
            # "“…,” Bozell says.": the subject of the words after the quotation, never one inside it
            close = self._prev_close(end, before)
            said = self._main_subject(close, end)
            if said and self.text[close:end].rstrip(" .").endswith(_OBJECTS_AFTER.get(gender, "\0")):
                return self.people.before(offset, gender, other=said)  # "“…?” the Samoa Observer asked him.¶“…,”
            return said  # he replied": whom it asked (part 37)
        close = self._prev_close(end, before)  # "Energy Control believed that … “…,” Caudevilla said.": Caudevilla
        tail = self._tokens(close, end) if close > before else []
        if (2 <= len(tail) <= 8 and not any(word.lower() in _NOT_ATTRIBUTION for word, _ in tail)
                and any(word in _VERB_FORMS and verb_at(tail, k, self.lang) for k, (word, _) in enumerate(tail))):
            # (an attribution of the quotation, not a clause of its own: "“…,” which Jane Jones denied."; and
            # one of the pronoun's gender: "“…,” Jane Jones said. “…,” he added." is not Jane Jones's)
            attributed = self._main_subject(close, end)
            given = given_gender(attributed.split()[0]) if attributed else ""
            if attributed and not (gender and given and given != gender):
                return attributed
        clause = contrast_clause(tokens := self._tokens(before, end), len(tokens)) if ", but a" in self.text[
            before:end] else None  # (a role no one named in the last clause: "…, but a spokesman declined")
        who = (self._main_subject(clause, end) if clause and self.text.startswith(("but a ", "but an "), clause)
               else None) or self._main_subject(before, end)  # (an answer after "“…?” Grange asked." is another's,
        asked = who and asked_before(self.text, before, end, self.people.named(who), who, gender)  # unless of its
        return self.people.before(offset, gender, other=who) if asked else who  # gender: "“…?” Lee asks. “…”")


_ELIDED_ARTICLE = re.compile(r"^[lL][’']")
_OBJECTS_AFTER = {"f": " asked her", "m": " asked him"}
"""A question asked of a person of each gender ("“…?” the paper asked him."): the pronoun that answers stands for
them, not for the asker."""
_OWNERS = {"f": "Her ", "m": "His "}
"""A main subject that a possessive opens, by the gender of the pronoun it may stand for."""
_LOOKING_BACK = re.compile(r"(?:he|she) (?:once|had once) [a-z]+|(?:he|she) [a-z]+ (?:at the time|years later)\b")
"""English: a pronoun's words from long ago ("she once said", "he said at the time"): an obituary's subject's."""
_PRONOUN_CHAIN = 3
"""Pronouns resolved through one another's sentences at most this deep ("Trump never mentioned Clinton. ¶ He nodded to
Cruz. ¶ “…,” he said.": "he" is the subject before, "He", which is Trump); deeper, the most recent person named."""

_PIECES_BACK = 8
"""How many sentences (and pieces of them between quotations) :meth:`Pronouns._first_named` reads back."""
_FIRST_NAMED_CHARS = 1200
"""How far back (characters) :meth:`Pronouns._first_named` reads, at most."""


_COMPLEMENT_WORDS = frozenset("de du des d’ d' der".split())
"""Words that open a noun's complement: a role after one is not the head of the noun phrase ("Le budget du club")."""


_STOP = re.compile(r"[.!?](?:\s|$)")

