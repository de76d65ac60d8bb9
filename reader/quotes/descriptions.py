"""Role descriptions as the article writes them ("a spokesman for Bernie Sanders", "one senior Democrat"): where a
description starts and ends among the words before a cue verb. Pure string work, used by
:mod:`reader.quotes.phrases` (kept apart so that module reads as the reading of noun phrases)."""

from __future__ import annotations

from reader.quotes.names import _POSSESSIVE
from reader.quotes.words import (
    _DETERMINERS,
    _MORE_PREPOSITIONS,
    _NOUN_PHRASE_ENDS,
    _PARTITIVES,
    _PREPOSITIONS,
    _QUANTITIES,
    _ROLES,
)


def _is_role(key: str) -> bool:
    """A role word, singular or plural ("officials", "chairmen", "spokeswomen")."""
    return key in _ROLES or (key.endswith("s") and key[:-1] in _ROLES) or (
        key.endswith("men") and key[:-3] + "man" in _ROLES)


def _as_written(words: list[str]) -> str:
    """A description as the article writes it: from its determiner through its noun phrase (role words, the
    names after them, and a complement naming someone: "a spokesman for Bernie Sanders"), without a possessive
    and without what another clause adds ("The Vermont senator emailed supporters" → "The Vermont senator",
    "a minor player in most" → "a minor player"). Empty when no role word heads it ("a text message to
    supporters", "a showdown between former secretary of": the role word is in a complement of another noun)."""
    lowered = [_POSSESSIVE.sub("", w) if len(w) > 3 else w for w in (w.lower() for w in words)]
    role = next((i for i, w in enumerate(lowered) if _is_role(w)), len(words) - 1)
    start = next((i for i in range(role, -1, -1) if lowered[i] in _DETERMINERS), 0)
    head = 0 if lowered[0] in _DETERMINERS else start  # "a letter to the senator": the phrase starts at "a"
    for i in range(head + 1, role):
        if lowered[i] in _PREPOSITIONS or lowered[i] in _MORE_PREPOSITIONS:
            if lowered[i] == "of" and (lowered[i - 1] in _QUANTITIES or lowered[i - 1] in _PARTITIVES):
                continue
            return ""  # the head noun before the preposition is not a role: a letter, a message, a showdown
    if start >= 2 and lowered[start - 1] == "of" and lowered[start - 2] in _PARTITIVES:
        start -= 2  # "one of the engineers": a member of the group, not the group
    end = len(words)
    for i in range(role + 1, len(words)):
        word = lowered[i]
        if word in _NOUN_PHRASE_ENDS or (word.endswith("ed") and not _is_role(word) and words[i][:1].islower()):
            end = i  # a verb: another clause begins
            break
    while end > start + 1 and not (_is_role(lowered[end - 1]) or words[end - 1][:1].isupper()):
        end -= 1  # back to the last role word or name ("a strategist for one of these" → "a strategist")
    if end < len(words) and end - 1 > role and _POSSESSIVE.search(words[end - 1]) and words[end][:1].isalpha():
        end += 1  # a possessive in the complement owns the noun after it: "a lawyer for the senator’s family"
    kept = words[start:end]
    if kept and len(kept[-1]) > 3:
        kept[-1] = _POSSESSIVE.sub("", kept[-1])
    # an abbreviation's full stop is its own token: "for Sen. Richard Lang", not "Sen . Richard Lang"
    return " ".join(kept).replace(" . ", ". ").removesuffix(" .")


def _is_partitive(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a partitive ("one of the engineers", "two of Trump's aides"): a partitive word,
    "of", then a determiner or a capitalised possessive."""
    return (i + 2 < len(words) and words[i].lower() in _PARTITIVES and words[i + 1] == "of"
            and (words[i + 2].lower() in _DETERMINERS or (words[i + 2][:1].isupper()
                                                           and words[i + 2].endswith(("'s", "’s")))))


def _partitive_start(words: list[str], j: int) -> int | None:
    """Where a partitive ending at ``words[j]`` starts ("one of the senior White House officials", "two of
    Trump's aides": at most eight words, all words), or None when none does."""
    for m in range(j - 1, max(0, j - 8), -1):
        if not words[m][:1].isalpha():
            return None
        if words[m] == "of" and _is_partitive(words, m - 1):
            return m - 1
    return None
