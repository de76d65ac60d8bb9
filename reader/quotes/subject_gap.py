"""What stands between a subject and its cue verb, read backwards from the verb: adverbs and auxiliaries, a time
("Trump last week said"), a parenthesis, an appositive between commas (", 58,", ", a spokesman,", ", who …,"), a
home town and its state. A pure function of the tokens (moved out of :mod:`reader.quotes.phrases`, whose noun
phrases it serves, with :mod:`reader.quotes.subjects`)."""

from __future__ import annotations

from reader.quotes.cue_verbs import verb_at
from reader.quotes.descriptions import _is_role, is_person_word
from reader.quotes.token_shapes import _aside_before_state
from reader.quotes.token_windows import (
    _home_town_before,
    _ing_after_adverbs,
    _relative_start,
    _state_abbreviation,
    _time_back,
    _word_end,
)
from reader.quotes.words import (
    _AUXILIARIES,
    _DAYS,
    _NOW,
    _OBJECT_PREPOSITIONS,
    _PERIODS,
    _SKIP_BEFORE_VERB,
    _VERB_FORMS,
)


def skip_back(tokens: list[tuple[str, int]], j: int, lang: str) -> tuple[int, list[tuple[str, int]] | None]:
    """From ``j`` backwards, past what stands between a subject and its verb: adverbs and auxiliaries ("also",
    "jokingly", "has", "can be heard"), a parenthesis, an appositive between commas (", 58,", ", a spokesman,",
    ", who …,"), "VERB to" ("interjected to say"). Returns the subject's last index and the appositive."""
    appositive: list[tuple[str, int]] | None = None
    groups = 0
    steps = 0
    while j >= 0 and steps < 8:
        steps += 1
        word = tokens[j][0]
        key = word.lower().replace("’", "'")
        heard = key == "heard" and j >= 2 and tokens[j - 1][0] == "be" and tokens[j - 2][0] in ("can", "could")
        if heard or key in _SKIP_BEFORE_VERB or (len(key) > 4 and key.endswith("ly") and word.islower()):
            j -= 3 if heard else 1  # (a video's "one woman can be heard screaming")
            continue
        if lang == "fr" and key in _OBJECT_CLITICS and word.islower() and steps <= 2:
            j -= 1  # "le Dr Pierre-Luc Beaudoin, le répète souvent": an object pronoun before the verb (part 37)
            continue
        if lang == "fr" and key in ("côté", "part") and j >= 2 and tokens[j - 1][0] in ("son", "sa", "leur") and (
                tokens[j - 2][0] in ("de", "pour")):
            j -= 3  # "Nafissatou Bello-Kérékou, a de son côté publié": an adverbial between (part 38)
            continue
        if lang == "fr" and key == "ans" and j >= 2 and tokens[j - 1][0].isdigit() and tokens[j - 2][0] == "de":
            j -= 3  # "La chercheuse de 38 ans décrit": an age, the role before it
            continue
        if key in _DAYS and lang == "en":  # "Priebus later Thursday told", "Ryan on Monday said"
            j -= 2 if j >= 1 and tokens[j - 1][0].lower() in ("on", "last", "this", "next") else 1
            continue
        if lang == "en" and (key in _PERIODS or key in _NOW or key in ("ago", "past")):
            time_back = _time_back(tokens, j)
            if time_back is not None:  # "Trump last week said", "The department two weeks ago said"
                j = time_back
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
            k = _aside_before_state(tokens, k, j)
            if (k >= 2 and tokens[k][0] == "," and tokens[k + 1][0] == "which" and tokens[k - 1][0][:1].isupper()
                    and "," in (t for t, _ in tokens[max(0, k - 26) : k])):
                j = k  # "…, a director of the Association for Marine Science, which grew out of …, called":
                continue  # a clause about the organisation; the appositive before it is the subject's
            if k >= 1 and tokens[k][0] == "," and j - k > 1 and (_word_end(tokens, k - 1) or (
                    tokens[k - 1][0] == ")" and (lang == "fr" and tokens[k + 1][0] == "qui" or lang == "en" and k >= 3
                                                 and tokens[k - 3][0] == "(" and tokens[k - 2][0].isupper()))) and (
                # ("L’association … (ACF), qui …, a dénoncé": a relative
                # clause after an abbreviation; "The President of the Musicians Union of Ghana (MUSIGA), Mr Daniel
                # Kwaku Ofori, described": a name apposed after one, part 40)
                # a relative clause's or a participle's cue verb is its own ("Trump, later alleging that …, said")
                tokens[k + 1][0] in ("who", "whom", "whose") or _ing_after_adverbs(tokens, k + 1, j)
                or (tokens[k + 1][0] in ("and", "but") and tokens[k + 2][0] in ("who", "whom"))  # ", and who …,"
                or not any(tokens[m][0] in _VERB_FORMS and verb_at(tokens, m, lang) for m in range(k + 1, j))
            ):
                appositive = tokens[k + 1 : j]
                j = k - 1
                if lang == "en" and any(t in _AUXILIARIES for t, _ in appositive) and (rel := next((
                        m for m in range(k - 1, max(1, k - 8), -1) if tokens[m][0] in ("whose", "who")
                        and tokens[m - 1][0] == ","), 0)):
                    j = rel - 2  # ", whose hometown, Miami, is projected …, argues": a relative clause with an aside
                    continue  # and a verb of its own (not ", whose founder, Duncan Abernethy, promised"); its subject
                while groups < 3:  # "Cory James, 22, of Flint, Mich., said": more groups before it
                    m = j
                    while m >= 0 and j - m < 26 and tokens[m][0] not in (",", ";", ":", "(", ")", "Q"):
                        m -= 1
                    town = j - m <= 3 and (tokens[m + 1][0].isdigit() or tokens[m + 1][0] in ("of", "from"))
                    # a state only after "of"/"from" a town ("of Raleigh, N.C.,"), not "Protesters in
                    # Raleigh, N.C., who marched …, said"
                    state = _state_abbreviation(tokens, m + 1, j + 1) and _home_town_before(tokens, m)
                    town = town or (j - m <= 2 and m >= 2 and tokens[m - 1][0].isdigit() and tokens[m - 2][0] == ",")
                    # (an occupation after an age: "Emre, 34, Softwareentwickler, seit …, erinnert sich"; part 37)
                    if (m < 1 or tokens[m][0] != "," or j - m > 5 or not _word_end(tokens, m - 1)
                            or not (town or state)):
                        # only an age, a home town or its state ("22", "of Flint", "N.C."), not "Of Carson,
                        # Levine, …"
                        break
                    appositive = tokens[m + 1 : j + 1]  # the one next to the subject wins
                    groups += 1
                    j = m - 1
                continue
            break
        if key == "to" and j >= 1 and tokens[j - 1][0].islower() and lang == "en" and steps == 1:
            j -= 2  # "interjected to say": the subject of the verb before
            continue
        if lang == "en" and (appositive is None or appositive[0][0] in ("and", "but")) and word[:1].isalnum():
            who = _relative_start(tokens, j)
            if who is not None and who < 0:
                return -1, None  # no subject to name before the relative clause
            if who is not None:  # "a White House official who spoke anonymously said": the official
                appositive = tokens[who : j + 1]
                j = who - 1
                continue
        break
    return j, appositive



_OBJECT_CLITICS = frozenset("le la les lui leur l' me m' te t' nous vous y en".split())
"""French object pronouns, which stand between a subject and its verb ("Beaudoin le répète")."""
_PLACE_PREPOSITIONS = frozenset("near at in inside outside behind beside on by".split())
_ONE_OPENERS = frozenset("a an one another".split())


_MOMENTS = frozenset("point moment stage time".split())
_OPENING_PHRASES = frozenset("In At On Meanwhile Elsewhere Later Earlier Separately Also Outside Inside".split())


_SUBORDINATORS = frozenset("when as after before while until because and but".split())
"""Words that open a clause inside a sentence, whose own subject a description may open."""


def described_before_place(tokens: list[tuple[str, int]], j: int) -> int:
    """Where an indefinite description opens the clause ending at ``j`` when what follows its role word is only
    where that person is ("A marshal stationed near the Staircase, who …, said", "A nurse in the emergency
    department said", "A man at the back of the hall shouted:"): the speaker is the role, not the place. -1
    otherwise."""
    start = j
    while start > 0 and j - start < 18 and tokens[start - 1][0] not in (",", ".", ";", ":", "!", "?"):
        start -= 1
    opening = start
    if tokens[start][0] in ("At", "Then", "Later", "Moments") and start + 3 < j:  # "At that point a man in the
        start += 3 if tokens[start][0] == "At" and tokens[start + 2][0] in _MOMENTS else 1  # gallery shouted:" (39)
    after_phrase = 0 < opening <= 5 and tokens[opening - 1][0] == "," and tokens[0][0] in _OPENING_PHRASES
    clause = next((m for m in range(j - 1, opening, -1) if tokens[m - 1][0] in _SUBORDINATORS and tokens[m][0].lower(
        ) in _ONE_OPENERS), 0)  # ("… was halted when a man in the public gallery shouted ‘…’": its own clause; 41)
    if clause:
        opening = start = clause
        after_phrase = True
    if opening > 0 and tokens[opening - 1][0] not in (".", "!", "?") and not after_phrase or (  # ("In another, a
            tokens[start][0].lower() not in _ONE_OPENERS):  # pharmacist at … wrote": past an opening phrase, part 39)
        return -1
    role = next((m for m in (start + 1, start + 2) if m < j and tokens[m][0].islower() and is_person_word(
        tokens[m][0])), -1)
    after = role + 1
    if role > 0 and tokens[after][0].endswith("ed") and tokens[after][0].islower():
        after += 1  # ("stationed near")
    return start if role > 0 and after < j and tokens[after][0] in _PLACE_PREPOSITIONS else -1


def object_before(tokens: list[tuple[str, int]], j: int) -> bool:
    """Whether the name right before the participle at ``j`` is the object of a preposition ("a statement to
    Wired explaining …"): then it is no subject of the participle ("with Donald Trump tweeting" is)."""
    k = j - 1
    while k >= 0 and (tokens[k][0][:1].isupper() or tokens[k][0] == "."):
        k -= 1
    if k == j - 1 or k >= 0 and tokens[k][0] in ("’", "'", "s"):  # (a common noun, a possessive before it: "a
        m = k  # letter to the Speaker’s office calling for …": the office receives it, part 38)
        while m >= 0 and j - m <= 7 and (tokens[m][0] in ("’", "'", "s") or tokens[m][0][:1].isupper()
                                          or tokens[m][0].isalpha() and tokens[m][0].islower()
                                          and tokens[m][0] not in ("the", "a", "an")):
            m -= 1
        if m >= 1 and tokens[m][0] in ("the", "a", "an") and tokens[m - 1][0].lower() == "to":
            return True
    return k < j - 1 and k >= 0 and (tokens[k][0].lower() in _OBJECT_PREPOSITIONS or (
        tokens[k][0].endswith("ed") and tokens[k][0].isalpha() and tokens[k][0].islower()))  # ("Fenn emailed
    # Whitcombe asking for “…”": a past verb's object, the participle the sentence's subject's; part 40)


def thing_between(tokens: list[tuple[str, int]], comma: int, preposition: int) -> bool:
    """Whether the words from a comma to a preposition before a cue verb are a noun phrase naming no one ("Last
    season, after a penalty at Ellesmere Park, | a message sent to him | on Instagram read:"): that phrase is the
    subject, not the name before the comma (as it is in "Clinton, | during a meeting | in Columbus, said")."""
    return (tokens[comma][0] == "," and comma + 2 < preposition and tokens[comma + 1][0] in ("a", "an", "the")
            and not any(_is_role(word.lower()) for word, _ in tokens[comma + 2 : preposition]))


_INDEFINITE_OPENERS = frozenset(("A", "An", "One", "a", "an", "one"))


def participle_described(tokens: list[tuple[str, int]], verb: int) -> int:
    """Where a person described by an indefinite article, a role noun and a participle's phrase opens, when that
    is all before the cue verb at ``verb`` ("A woman carrying a toddler told our reporter:", "One man holding a
    placard said"), else -1: the subject is the person, not the participle's object (part 43; "A woman with a
    toddler" was read already, by its preposition)."""
    for p in range(verb - 1, max(1, verb - 7), -1):
        word = tokens[p][0]
        if tokens[p - 1][0] == "," or not word.isalpha():
            return -1
        if (word.endswith("ing") and word.islower() and p >= 2 and tokens[p - 2][0] in _INDEFINITE_OPENERS
                and _is_role(tokens[p - 1][0].lower())
                and (p == 2 or not tokens[p - 3][0][:1].isalnum())):
            return p - 2
    return -1
