"""Who speaks a quotation nested in another: the subject of the cue verb that introduces it inside the outer
words. English: "I told him, ‘…’" is the outer speaker's own words; "The nurse said, ‘…’", "Her mother told me,
‘…’" and "A pilot coming in from Málaga radioed the tower and said, ‘…’" are the role's, as written; "He always
told me, ‘…’" is whom the outer speaker's words named before ("My father stood on that bridge …. He always told
me") and never the outer speaker. French and German (:func:`kin_speaker`): the relative the outer words name
("mon père, qui disait toujours :", "Meine Großmutter hat immer gesagt:"). Pure string work on the text before
the inner mark, used by :meth:`reader.quotes.speakers.Attributor._attribute`."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.quotes.descriptions import _GENDERED_ROLES, PLACED_AT, _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.more_words import ANYONE, LOWER_CASE_ROLES

_OWN_WORDS = frozenset("thought reaction response answer reply words advice".split())
"""Nouns of the outer speaker's own words or thoughts before a nested quotation ("My first thought was, ‘…’")."""
_ALWAYS = frozenset("always never once then also just later often".split())  # ("He always told me, ‘…’")
_TOLD = frozenset("""said say says told tell tells asked ask asks wrote write replied answered shouted yelled texted
    radioed kept saying""".split())
"""Verbs that introduce a nested quotation's words; not "think" ("I think conservatives want to know, ‘…’" is what
others ask). "kept" is "kept saying"; "saying" the participle ("I spent this morning phoning people and saying, ‘…’":
part 42)."""
_SELF = frozenset("asking telling thinking thought asked told".split())
"""Verbs whose "myself" makes the nested words the outer speaker's ("I was asking myself, ‘…’")."""
_PERSONS = frozenset("i we he she they".split())
_ROLE_OPENERS = frozenset("a an one the my our his her their this that".split())
_CLAUSE_ENDS = frozenset(".!?;“”\"‘’")
_KIN = re.compile(
    r"\b(?P<owner>[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?P<words>(?:[\w-]+ ){0,2}?)(?P<role>dad|father|mom|mum|mother|"
    r"son|daughter|brother|sister|husband|wife|grandfather|grandmother|grandpa|grandma|granddad|grandson|"
    r"granddaughter|nephew|niece|uncle|aunt|boss|mentor)\b"
    r"(?:, (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}),)?")
"""A relative, a boss or a mentor the outer speaker's words name ("My father", "my mom", "her 7-year-old son,
Mateo,"), whom a "he" or "she" introducing nested words stands for ("her father, Bernard Lacey,": the name)."""
_KIN_GENDER = {"dad": "m", "mom": "f", "mum": "f", "grandpa": "m", "grandma": "f", "granddad": "m", "grandson": "m",
               "granddaughter": "f", "nephew": "m", "niece": "f", "boss": "",
               "mentor": ""}


def cue_person(tokens: list[tuple[str, int]]) -> str:
    """Who the words before a nested quotation say it is from: "I" when they end with "I" or "we" and a cue verb
    introducing it ("I told him, ‘…’", "we asked: ‘…’", "I said ‘no’", "I was asking myself, ‘…’": the outer
    speaker's own words), "he"/"she"/"they" for that pronoun, a role as written ("The nurse", "A bloke") when one
    is the clause's subject, else ""."""
    if len(tokens) > 1 and tokens[-1][0] in _TOLD and tokens[-2][0] in ("I", "we", "We"):
        return "I"  # "I said ‘never’": the verb right before the mark, no comma
    if len(tokens) > 2 and tokens[-1][0] in _TOLD and tokens[-2][0] == "would" and tokens[-3][0] in ("he", "she"):
        return tokens[-3][0]  # "and then she would say ‘Get in’": that pronoun's (part 41)
    if len(tokens) > 2 and tokens[-1][0] in ("them", "him", "her", "you") and tokens[-2][0] in _TOLD | {"telling"}:
        k = len(tokens) - 3
        while k > 0 and tokens[k][0] in _HELPERS:
            k -= 1
        if tokens[k][0] in ("I", "we", "We"):
            return "I"  # "I cannot keep telling them ‘wait, wait’": the outer speaker's own (not "I remember my
            # mother telling him ‘…’", "I know the nurses told him")
    if not tokens or tokens[-1][0] not in (",", ":"):
        return ""
    if len(tokens) > 3 and tokens[-2][0] == "myself" and tokens[-3][0] in _SELF:
        return "I"
    if len(tokens) > 4 and tokens[-2][0] == "was" and tokens[-3][0] in _OWN_WORDS and (
            tokens[-4][0] in ("My", "my") or (tokens[-5][0] in ("My", "my") and tokens[-4][0] in (
                "first", "only", "immediate", "initial"))):
        return "I"  # "My first thought was, ‘…’" (not "My mother's advice was, ‘…’")
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 10), -1):  # ("I told the vicar at the time, ‘…’")
        if k + 1 < len(tokens) - 1 and tokens[k + 1][0] in _TOLD and all(t[0] not in ".!?" for t in tokens[k:]):
            lead = 2 if k >= 2 and tokens[k][0] == "to" and tokens[k - 1][0] == "used" else int(  # ("She used to
                k >= 1 and (tokens[k][0] in _ALWAYS or tokens[k][0] == "would"))  # tell me, ‘…’", "he would say,")
            who = tokens[k - lead][0].lower()
            if tokens[k + 1][0] == "saying" and who not in ("and", ","):
                return ""  # ("That was the president essentially saying, ‘…’": no subject this reads; part 42)
            if tokens[k + 1][0] == "saying" and who == ",":  # "I kept on arguing, saying, ‘…’": the clause's own
                who = next((t.lower() for t, _ in tokens[max(0, k - 8) : k] if t.lower() in _PERSONS), "")  # subject
            if who.endswith(("’d", "'d")) and who[:-2] in ("he", "she", "i", "we", "they"):
                who = who[:-2]  # ("He’d just say, ‘…’", "She’d say": would; part 41)
            if who == "and":  # "he sat me down and said, ‘…’", "the owner came over and said, ‘…’": the subject
                start = k  # of the verb the "and" joins it to
                while start > 0 and k - start < 12 and tokens[start - 1][0] not in _CLAUSE_ENDS | {",", "and"}:
                    start -= 1
                clause = start  # (or, past another "and", the clause's: "He looked me up and down and said")
                while clause > 0 and start - clause < 12 and tokens[clause - 1][0] not in _CLAUSE_ENDS | {","}:
                    clause -= 1
                who = next((t.lower() for t, _ in tokens[start:k] if t.lower() in _PERSONS), "") or (next((
                    t.lower() for t, _ in tokens[clause:start] if t.lower() in _PERSONS), "") if all(
                        t in _PARTICLES for t, _ in tokens[start:k]) else "")  # ("and everyone laughed and said")
                if not who:  # ("instead of shouting he sat me down")
                    return _role_subject(tokens, start)
            if who in ("i", "we"):
                return "I"
            if who in ("he", "she", "they"):
                return who
            opener = next((m for m in range(k - 1, max(-1, k - 4), -1) if tokens[m][0].lower() in _ROLE_OPENERS
                           or not tokens[m][0].islower()), -1)  # (past its modifiers: "the estate agent told us")
            if opener >= 0 and _is_role(who) and tokens[opener][0].lower() in _ROLE_OPENERS:
                opener -= 2 * (opener >= 2 and tokens[opener - 1][0] == "of" and tokens[opener - 2][0] in ("One",
                                                                                                       "one"))
                return " ".join(t for t, _ in tokens[opener : k - lead + 1])  # "and the broker tells you, ‘…’", "the
                # foreman would say, ‘…’" (part 38), "One of
                # our members said to me": the role's, as written
            start = k  # a given name and where they stood: "Sam in the corner said to me, ‘…’" (part 45)
            while start > 0 and k - start < 6 and tokens[start - 1][0] not in _CLAUSE_ENDS | {",", "and"}:
                start -= 1
            if start + 1 < k and tokens[start + 1][0] in PLACED_AT and given_gender(tokens[start][0]) and all(
                    word.islower() for word, _ in tokens[start + 1 : k + 1]):
                return tokens[start][0]
            break
    return _role_subject(tokens)


def _role_subject(tokens: list[tuple[str, int]], start: int | None = None) -> str:
    """The role description opening the clause (from ``start``, else its sentence's start) whose cue verb
    introduces the nested words ("The nurse said, ‘…’", "A pilot coming in from Málaga radioed the tower and said,
    ‘…’"), as written up to its role word."""
    if start is None:
        start = len(tokens) - 1
        while start > 0 and tokens[start - 1][0] not in _CLAUSE_ENDS:
            start -= 1
    words = [word for word, _ in tokens[start:-1]]
    if words and words[0] in _OPENING_ADVERBS:
        words = words[1:]  # "Then a surgeon sat on the end of my bed and said, ‘…’"
    if len(words) > 2 and words[0] in ("On", "Last", "This", "Earlier", "Later") and words[1][:1].isupper() or (
            len(words) > 2 and words[0] in ("Last", "This") and words[1] in ("week", "month", "year", "morning")):
        words = words[2:]  # "On Monday a man came in and said, ‘…’": a time first (part 38)
    if len(words) < 3 or words[0].lower() not in _ROLE_OPENERS or not any(w in _TOLD for w in words[2:]):
        return ""
    role = next((m for m in range(1, min(len(words), 4)) if words[m].islower() and (
        _is_role(words[m]) or words[m] in LOWER_CASE_ROLES or words[m] in _GENDERED_ROLES or words[m] in _KIN_GENDER
        or words[m] in ("bloke", "guy", "nurse", "pilot", "officer", "teacher", "doctor"))), 0)
    if not role or any(w in _TOLD for w in words[1:role]):
        return ""
    while role + 1 < len(words) and words[role + 1].islower() and _is_role(words[role + 1]):
        role += 1  # ("A police officer")
    name = role + 2
    while name < len(words) and name - role <= 4 and words[name][:1].isupper() and words[name].isalpha():
        name += 1  # "Her own police chief, Raymond Sutton, told the council", "My grandson, Zayn, asked me,": the
    if name > role + 2 and words[role + 1] == "," and name < len(words) and words[name] == ",":  # name apposed
        return " ".join(words[role + 2 : name])
    return " ".join(words[: role + 1])


_HELPERS = frozenset("""cannot can't couldn't keep kept just always never often had have would will was am were
    then""".split())
"""Auxiliaries and adverbs between "I" and a verb of telling ("I cannot keep telling them")."""
_PARTICLES = frozenset("up down over out off back around away on in".split())
"""A verb's particles between two "and"s ("He looked me up and down and said"): no subject of their own."""
_OPENING_ADVERBS = frozenset("Then Later Once Finally Eventually Suddenly And But So then and but so".split())
_PERSON_GENDERS = {"guy": "m", "bloke": "m", "gentleman": "m", "lady": "f"}
"""Persons of a gender that :data:`~reader.quotes.descriptions._GENDERED_ROLES` does not hold, for
:func:`role_introduced_before` (a role of no gender, "a doctor", is never whom "she" stands for)."""


def role_introduced_before(tokens: list[tuple[str, int]], pronoun: str) -> str | None:
    """The person the outer words introduced with "a" or "an" before a "he"/"she" that introduces nested words, as
    written ("There was a man in a Range Rover …, and he wound his window down and said, ‘…’" → "a man"): the last
    such role of the pronoun's gender in the outer quotation's sentence."""
    gender = {"he": "m", "she": "f"}.get(pronoun)
    for k in range(len(tokens) - 3, -1, -1):
        word = tokens[k][0]
        if word in (".", "!", "?"):
            return None
        if word.lower() not in ("a", "an"):
            continue
        for m in range(k + 1, min(len(tokens), k + 3)):
            noun = tokens[m][0]
            if found := _GENDERED_ROLES.get(noun) or _PERSON_GENDERS.get(noun):
                return " ".join(w for w, _ in tokens[k : m + 1]) if found == gender else None  # (a role of the
                # pronoun's gender only: "Emma found a doctor …, and she grabbed his arm and said" is Emma's)
            if _is_role(noun):
                return None  # (a role of no gender: no one before it either)
    return None


def kin_named_before(before: str, pronoun: str) -> str | None:
    """The last relative (or boss) of fitting gender that ``before`` (the outer words, and the paragraph before
    them) names, for a "he"/"she" introducing nested words ("My father stood on that bridge …. He always told me,
    ‘…’" → "My father"; "her 7-year-old son, Mateo," → "Mateo")."""
    gender = {"he": "m", "she": "f"}.get(pronoun)
    if gender is None:
        return None
    for found in reversed(list(_KIN.finditer(before))):
        role = found["role"]
        if _KIN_GENDER.get(role, _GENDERED_ROLES.get(role)) in (gender, ""):
            return found["name"] or f"{found['owner']} {found['words']}{role}"
    return None


def nested_speaker(tokens: list[tuple[str, int]], before: str, found: str | None, outer: str | None,
                   named_before: Callable[[str], str | None]) -> str | None:
    """The speaker of a nested quotation (English), given the tokens before its mark inside the outer quotation,
    the text before the mark (the paragraph's), the speaker the patterns found, the outer speaker and the last
    person named before the mark of a gender ("Cyril heard things nobody else heard. He would stop … and say, ‘…’":
    Cyril, not the outer speaker, who says "I")."""
    cue = cue_person(tokens)
    if cue == "I":
        return outer  # “I told him, ‘…’”: the outer speaker's own words
    if not cue and (apposed := _APPOSED_SUBJECT.search(before)) and apposed["name"] != outer:
        return apposed["name"]  # (“Our line supervisor, Kenneth Agir, turned to me and said, ‘…’”: part 43)
    if cue in ("he", "she", "they") and (asked := _ASKED_SOMEONE.search(before)):
        return asked["who"]  # "When I asked one of the crew what was happening, he said, ‘…’": whom the speaker
        # asked, as written (part 38)
    if cue in ("he", "she", "they"):
        kin = kin_named_before(before, cue) or role_introduced_before(tokens, cue)
        if kin and not _same_person(kin, outer):  # (not "Her daughter, Keiko Nakanishi," who speaks: part 43)
            return kin
        named = named_before({"he": "m", "she": "f"}[cue]) if cue != "they" else None
        if named and not _same_person(named, outer):
            return named
        if cue != "they" and (titled := _titled_before(before, cue, outer)):
            return titled  # ("“Mr McKenzie-Brown never said a word …,” Dacres-Whyte said. “He used to tell us, ‘…’”")
        if cue != "they" and (given := _given_in_sentence(before, cue, outer)):
            return given  # ("“Lorna would look at the sky …, and then she would say ‘Get in’”": Lorna; part 41)
        return None if _same_person(found, outer) else found  # “She wrote to me: ‘…’”: never the outer speaker's
    return cue or found


_APPOSED_SUBJECT = re.compile(r"(?:^|[.!?]\s+|[“‘\"])(?:Our|My|His|Her|Their|The) [a-z][a-z -]{0,30}, "
                              r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}),[^.!?“”‘’\"]{0,60}\b"
                              r"(?:said|told|asked|shouted|replied|wrote)(?: \w+)?,?\s*$")
"""A role and the name apposed to it opening the outer words' clause, then a verb of telling right before the nested
words: the name's."""
_ASKED_SOMEONE = re.compile(r"\b(?:asked|approached|stopped)\s+(?P<who>(?:one of the|an?|the)\s+[a-z-]+)\b"
                            r"[^.!?“”‘’\"]*?,\s*(?:he|she|they)\s+(?:said|replied|answered|told me|shouted)\s*,?\s*$")
"""The outer speaker asking someone, then "he said," right before the nested words: the one asked answers."""
TITLES_NAMED = ("Mr", "Mrs", "Ms", "Miss", "Mister")
"""The honorifics a nested speaker may be named with (:func:`_titled_before`), resolved by the people index."""
_TITLED = re.compile(r"\b(?P<title>" + "|".join(TITLES_NAMED)
                     + r")\.? (?P<name>[A-ZÀ-Þ][\w’'-]*(?: [A-ZÀ-Þ][\w’'-]+)?)")


def _titled_before(before: str, pronoun: str, outer: str | None) -> str | None:
    """The last person ``before`` (the outer words and the paragraph before them) names with an honorific of the
    pronoun's gender ("Mr McKenzie-Brown" for a "he"): the outer speaker's words may name whom a nested "He used to
    tell us" stands for, where the people index does not look (names inside quotations are no mentions); never the
    outer speaker (``outer``: "“I approached Mr Ó Fearraigh …,” Mr Moloney said. “… He said, ‘…’”"). Part 35."""
    gender = {"he": "m", "she": "f"}.get(pronoun)
    surname = outer.split()[-1] if outer else None
    for found in reversed(list(_TITLED.finditer(before))):
        if ("m" if found["title"] in ("Mr", "Mister") else "f") == gender and found["name"].split()[-1] != surname:
            return f"{found['title']} {found['name']}"
    return None


def _given_in_sentence(before: str, pronoun: str, outer: str | None) -> str | None:
    """The first given name of the pronoun's gender in the outer words' sentence that leads to the nested quotation
    ("Lorna would look at the sky for a long time, and then she would say ‘…’"): whom "she" stands for there, as
    written (the caller resolves it), never the outer speaker's. Part 41."""
    gender = {"he": "m", "she": "f"}.get(pronoun)
    sentence = _SENTENCE_BREAK.split(before)[-1]
    name = next((word for word in _CAPITALISED.findall(sentence) if given_gender(word) == gender), None)
    return None if name is None or (outer is not None and name in outer.split()) else name


_SENTENCE_BREAK = re.compile(r"[.!?][”’\"']?\s+|[“‘]")
_CAPITALISED = re.compile(r"\b[A-Z][a-z’'-]+\b")


def _same_person(one: str | None, other: str | None) -> bool:
    """Whether two speakers are one person: the same, or one the other's given name alone ("Hendra" and "Hendra
    Wijaya", whom the index holds apart when the article calls him by his given name). Not a shared surname: "Papa,
    …" inside a son's words is his father's."""
    if not one or not other:
        return False
    first, second = one.split(), other.split()
    return one == other or (min(len(first), len(second)) == 1 and first[0] == second[0] and first[0][:1].isupper()) or (
        len(second) == 1 < len(first) and first[-1] == second[0])  # ("Keiko Nakanishi" and the outer "Nakanishi" she
    # is cited as: part 43)


_KIN_DE_FR = re.compile(
    r"\b(?P<kin>(?:[Mm]ein|[Mm]eine|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre|[Uu]nser|[Uu]nsere|[Mm]on|[Mm]a|[Ss]on|[Ss]a|"
    r"[Nn]otre) (?P<role>Vater|Mutter|Großvater|Großmutter|Opa|Oma|Bruder|Schwester|Sohn|Tochter|Onkel|Tante|père|"
    r"mère|grand-père|grand-mère|papa|maman|frère|sœur|fils|fille|oncle|tante|beau-frère|belle-sœur|mari|femme|Mann|"
    r"Frau|Schwager|Schwägerin))\b")
"""A relative named by a possessive in German or French ("Meine Großmutter", "mon père", "Ma mère")."""
_KIN_GENDER_DE_FR = {"Vater": "m", "Mutter": "f", "Großvater": "m", "Großmutter": "f", "Opa": "m", "Oma": "f",
                     "Bruder": "m", "Schwester": "f", "Sohn": "m", "Tochter": "f", "Onkel": "m", "Tante": "f",
                     "père": "m", "mère": "f", "grand-père": "m", "grand-mère": "f", "papa": "m", "maman": "f",
                     "frère": "m", "sœur": "f", "fils": "m", "fille": "f", "oncle": "m", "tante": "f",
                     "beau-frère": "m", "belle-sœur": "f", "mari": "m", "femme": "f", "Mann": "m", "Frau": "f",
                     "Schwager": "m", "Schwägerin": "f"}
_CLAUSE_BREAK = re.compile(r"[.!?«»„“”‚‘›‹]")
_FIRST_PERSON_CUE = re.compile(
    r"\b(?:j[’'](?:ai|avais) (?:\w+ ){0,2}(?:dit|répondu|demandé|lancé|écrit|crié|hurlé|répété|rétorqué)"
    r"|je (?:lui |leur |t[’']|vous |me )?(?:ai |avais |suis |suis juste )?(?:dit|réponds|demande|répondu|demandé)"
    r"|ich (?:sagte|fragte|antwortete|schrieb|rief|schrie)|(?:sagte|fragte|antwortete|schrieb|rief|schrie) ich"
    r"|habe ich (?:\w+ )?gesagt|ich hab(?:e)? (?:\w+ ){0,6}(?:gesagt|geantwortet|gefragt|geschrieben|gerufen|"
    r"geschrien|gebrüllt)|(?:dass|als|wie|weil|ob) ich (?:\w+ ){0,6}(?:gesagt|geantwortet|gefragt|geschrieben|gerufen|"
    r"geschrien|gebrüllt) (?:habe|hatte|hab)|"
    r"(?:j[’'](?:ai|avais) (?:\w+ ){0,2}pensé|ich dachte|dachte ich|ich hab(?:e)? (?:\w+ ){0,2}"
    r"gedacht)(?= ?:\s*$))\b", re.IGNORECASE)
"""The outer speaker's own cue (French and German), their words nested in theirs: "j’ai juste crié :", "je me suis
dit :", "ich hab nur noch geschrien:"; a thought only right before the colon ("dachte ich:", not "J’ai pensé à mon
père, qui disait toujours :", his); part 41; a subordinate clause's "dass ich meiner Gruppe gesagt habe:", part
42."""
_OBJECT_BEFORE = re.compile(r"\b(?:à|a|avec|pour|zu|an|mit|für)\s*$")
"""A preposition right before a relative: the relative is spoken to, not speaking ("a répondu à sa mère :")."""


def kin_speaker(before: str, paragraph: str = "") -> str | None:
    """German and French: the relative whose words a nested quotation is, from the outer words before its mark
    (``before``): the subject of its clause ("Meine Großmutter hat immer gesagt: ‚…‘", "J’ai pensé à mon père, qui
    disait toujours : “…”"), a role opening that clause ("Der Bauer hat zu mir gesagt:"), or the relative named
    before that a clause's "elle"/"er"/"sie" stands for ("Ma mère la première. Elle m’a dit : “…”"), in the outer
    words or else in ``paragraph``, the text of the paragraph before them. As written; "I" for the outer speaker's
    own words ("j’ai dit à ma mère :"); None when no relative is named."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if not clause.rstrip().endswith(":"):
        return None
    if _FIRST_PERSON_CUE.search(clause):
        return "I"  # ("j’ai dit à ma mère :", "fragte ich meine Mutter:": the outer speaker's own words)
    found = [m for m in _KIN_DE_FR.finditer(clause) if (not _OBJECT_BEFORE.search(clause, 0, m.start())
             or clause[m.end() :].lstrip(" ,").startswith(("qui ", "der ", "die ")))  # ("à mon père, qui disait :")
             and not clause[m.end() :].lstrip().startswith(("et moi", "und ich"))]  # ("Ma femme et moi": both)
    if found:
        return found[-1]["kin"]
    if (role := _ROLE_OPENING.match(clause)) and (cue := _CUE_IN_CLAUSE.search(clause, role.end())) and not (
            _RELATIVE_BEFORE_CUE.search(clause, role.end(), cue.start())) and (
            _is_role(noun := role["noun"].lower()) or noun.endswith(("bauer", "bäuerin")) or noun in ANYONE
            or noun in _YOUNG):
        return f"{role['article']} {role['noun']}{role['where'] or ''}"  # "Der Bauer hat zu mir gesagt: ‚…‘", "Eine
        # Frau in der Mouraria hat mir … gesagt": the role, as written (not
        # "Die Lehrerin hat uns vorgelesen, was der Bürgermeister geschrieben hatte:": his)
    pronoun = re.match(r"\s*(?:Puis,\s*)?(Elle|Il|Er|Sie)\b", clause)
    if pronoun is None:
        return None
    gender = "f" if pronoun.group(1) in ("Elle", "Sie") else "m"
    alone = before.strip() == clause.strip() and not _PLURAL_SIE.match(clause)  # (the outer words open with it)
    for words in (before, paragraph if alone else ""):  # (then the paragraph's narration: "Seine Frau, erzählt er,
        kin = [m for m in _KIN_DE_FR.finditer(words) if _KIN_GENDER_DE_FR[m["role"]] == gender]  # habe … „Sie hat
        # gesagt: ‚…‘“"; not past a sentence of the outer words, "„Dann kam die Sozialarbeiterin. Sie hat gesagt:")
        if kin:
            named = _NAME_APPOSED.match(words, kin[-1].end())  # ("son grand-père maternel, Antoine Larrouy,")
            return named[1] if named else kin[-1]["kin"]
    return None


_YOUNG = frozenset("gamin gamine gosse enfant garçon fille ado adolescent adolescente kind junge mädchen bub".split())
"""Children and teenagers a speaker met ("un gamin m’a demandé : ‹ … ›", part 35): nouns of a person, no role."""
_NAME_APPOSED = re.compile(r"(?: [a-zà-ÿ]+)?, ((?:[A-ZÀ-Ý][\w’'-]+ ){1,2}[A-ZÀ-Ý][\w’'-]+),")
_ROLE_OPENING = re.compile(r"\s*(?:[^,:]{1,40},\s*)?(?P<article>Der|Die|Ein|Eine|Le|La|Un|Une|der|die|ein|eine|le|la|"
                           r"un|une) (?P<noun>[\w-]{3,})(?P<where> (?:aus|in der|"
                           r"in|vom|von der|de la|du|de|d[’'])\s?[\w-]+)? (?:hat|hatte|habe|"
                           r"sagte|sagt|meinte|rief|fragte|schrieb|m[’']a|m[’']avait|a|lui|nous|leur|me|disait)\s")
"""A clause opening with an article, a noun (and where they are from) and its verb ("Der Bauer hat zu mir gesagt:",
"Le médecin m’a dit :", "Eine Frau in der Mouraria hat mir gesagt:"), maybe after an adverbial and its comma ("La
semaine dernière, un gamin m’a demandé :", part 35)."""
_RELATIVE_BEFORE_CUE = re.compile(r"\b(?:was|dass|wie|ce que|ce qu[’']|que|qu[’']|ce dont)")
_PLURAL_SIE = re.compile(r"\s*Sie (?:haben|hatten|sind|waren|sagten|meinten|wollten|werden)\b")
_CUE_IN_CLAUSE = re.compile(r"\b(?:gesagt|sagte|sagt|meinte|rief|gerufen|fragte|gefragt|antwortete|geschrieben|schrieb|"
                            r"dit|disait|répondu|répond|demandé|lancé|écrit|expliqué|prévenu)\b")


def pronoun_cue(before: str) -> bool:
    """Whether the clause right before a nested quotation (in ``before``, the outer words) opens with "il", "elle",
    "er" or "sie" ("Dans la montée, il m’a dit : “…”", "Elle m’a soufflé : “…”"): in French, someone the speaker
    met, whom a pronoun inside their words rarely names for the reader (:func:`kin_speaker` reads the relatives it
    may stand for): no speaker rather than the last person named outside (on the review sets, six of eight were
    wrong). German reads its pronouns so well enough (:meth:`reader.quotes.phrases.NounPhrases._subject_back`)."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    return bool(_PRONOUN_OPENING.match(clause)) and clause.rstrip().endswith((":", ","))


def german_pronoun_cue(before: str) -> str:
    """The gender of "er" or "sie" opening the clause right before a German nested quotation ("Und sie hat gesagt:
    ‚…‘"), "" when none does: inside someone's words, a third person who is not the speaker (part 37)."""
    found = _GERMAN_PRONOUN_CUE.search(_CLAUSE_BREAK.split(before)[-1])
    return "" if found is None else ("m" if found["pronoun"].lower() == "er" else "f")


_GERMAN_PRONOUN_CUE = re.compile(r"^\s*(?:(?:Und|Dann|Da|Aber|Doch|Einmal) )?(?P<pronoun>[Ee]r|[Ss]ie) "
                                 r"(?:hat|hatte|sagte|meinte|fragte|rief|antwortete)\b[^:,]{0,60}:\s*$")
"""(No comma before the colon: „Er hat mich geschubst, und ich habe gesagt: ‚…‘“ is the speaker's own.)"""
_PRONOUN_OPENING = re.compile(r"\s*(?:[^,]{1,40},\s*)?(?:[Ee]lle|[Ii]l|Er|Sie)\s")
"""A clause opening with a pronoun, maybe after an adverbial and its comma ("Dans la montée, il m’a dit")."""


def nested_elsewhere(text: str, where: tuple[int, int, int], found: str | None, outer: str | None,
                     lang: str) -> str | None:
    """German and French: the speaker of a nested quotation, given the text, where its paragraph and its outer
    quotation start and its own mark opens, the speaker the patterns found and the outer speaker: a relative the
    words name (:func:`kin_speaker`; the outer speaker for their own words), none after a French pronoun
    (:func:`pronoun_cue`), else what the patterns found."""
    block_start, outer_start, open_pos = where
    before = text[max(outer_start, open_pos - 300) : open_pos]
    kin = kin_speaker(before, text[max(block_start, outer_start - 300) : outer_start])
    if kin:
        return outer if kin == "I" else kin
    if lang == "de" and (relative := _RELATIVE_SAID_DE.search(before)):
        return relative["noun"]  # „Ich habe Mütter erlebt, die am Bett ihres Sohnes sagten: ‚…‘“ (part 37)
    return None if lang == "fr" and pronoun_cue(before) else found


_RELATIVE_SAID_DE = re.compile(r"\b(?P<noun>[A-ZÄÖÜ][\w-]+)(?: [a-zäöüß]+)?, (?:die|der) [^,.:;!?„“‚‘»«›‹]{0,80}\b"
                               r"(?:sagte|sagten|fragte|fragten|meinte|meinten|rief|riefen|schrieb|schrieben|sagen|"
                               r"fragen):\s*$")
"""German: a noun (maybe a participle after it: "Mütter erlebt, die …"), then a relative clause whose verb introduces
the nested words: that noun says them, as written."""
