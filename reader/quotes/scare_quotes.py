"""A writer's own scare-quoted term, told from someone's words: "a “pull” model", "the brain “feels” as though
…", "beer sales are still “fragile”" are the writer's; "Clinton decried “systemic racism”" and "Trump summed up
Clinton as “terrible”" are Clinton's and Trump's.

The speaker ranker (:mod:`reader.quotes.ranker`) proposes a speaker for a quotation no pattern attributed, from
who is near and who is talked about. On news that guess is mostly right, since a news article's short quoted
phrases are mostly someone's words. On other writing it is mostly wrong: on the 130 web pages in
../shared/web-pages (blogs, science, technical posts, fiction), a helper's audit judged 44 of the 72 such guesses
"should have no speaker" and 11 wrong. So a guess is dropped for a quoted term of a few words (not a sentence of
its own) whose sentence, before the mark, holds no word that tells of saying, judging or thinking (a cue verb,
:data:`words._VERBS`, or the stems here): on the web pages 29 guesses go, all wrong or due no speaker (20 of them
string literals of a page's code read as plain text); on PolNeAR train 38 attributions go, 8 of them gold's
(named 4117 → 4113, wrong 145 → 144), on dev 2, neither gold's (issue 11, part 12). Left as the price: a news
sentence with no saying word keeps its phrase speakerless ("Smith is “very disappointed” with the result").
Keeping the guess when its name is in the sentence would undo 20 of the 29 ("Brewdog parachuted taxidermy “fat
cats”" names Brewdog), so it is not done. The patterns' own answers are left alone: a sentence-subject answer
that the same test would drop is right on PolNeAR more often than not (train: 22 right or pronoun-sourced, 29
not in gold, 1 wrong; dev: 5 right, 3 not).

Pure Python, no Textual or Rich import.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.quotes.words import _VERBS

_SAYING_STEMS = tuple("""
    call decr tweet estimat advis herald promis chid prais liken accus deni deny claim insist argu warn vow slam
    blast dismiss label term dubb characteri refer mock attack critic blam complain lament hail tout pledg suggest
    predict acknowledg conced announc declar proclaim writ wrote blog identif question respond remark fixat describ
    descript say said told tell spok speak speech comment interview quot echo invok demand wonder hint disput
    reject defend condemn denounc applaud congratul thank apolog jok quip scoff lash bash castig rebuk scold ridicul
    derid deris sneer taunt boast brag vouch endors recommend caution advocat portray depict nicknam regard consider
    believ think thought feel felt hope expect fear worr agree disagree assert alleg contend maintain stress emphasi
    explain insinu protest plead rally debate hearing briefing conference statement letter memo editorial essay
    column message email e-mail motto slogan put according broadside pronounc mangl bicker vent chant summed pound
    celebrat invit report""".split())
"""Stems of the words by which a sentence tells that someone says, judges or thinks something (beyond the cue
verbs the patterns read: "heralded", "decried", "chided", "summed up", "at a rally")."""
_SAYING_WORDS = frozenset("""
    adds added adding noted notes noting asks asked asking replied replies reply admits admitted admitting
    admission urged urges urging cited cites citing ripped rips casts branded posted posts sang sings singing
    objected railed begged begs stated states stating ad ads""".split())
"""Saying words whose stem opens other words too ("address", "administration", "cast", "state", "single")."""
_TERM_WORDS = 3
"""Words a writer's own term holds at most ("fat cats", "harm reduction", "so-called" ones)."""


def tells_saying(tokens: Sequence[tuple[str, int]]) -> bool:
    """Does a sentence's text (its tokens) hold a word of saying, judging or thinking (a cue verb the patterns
    read, :data:`words._VERBS`, or one of the stems and words here)?"""
    for word, _ in tokens:
        key = word.lower()
        if key in _VERBS or key in _SAYING_WORDS or key.startswith(_SAYING_STEMS):
            return True
    return False


def writers_term(quoted: str, sentence: Sequence[tuple[str, int]]) -> bool:
    """Is ``quoted`` a term of the writer's own, given the tokens of its sentence before it: a few words, not a
    sentence of its own ("“Do svidaniya!”", "“You're being ridiculous.”" are someone's), in a sentence that tells
    of no saying?"""
    words = quoted.split()
    end = quoted.rstrip()[-1:]
    if not words or len(words) > _TERM_WORDS or end in ("!", "?") or (
            len(words) > 1 and quoted[:1].isupper() and end == "."):
        return False
    return not tells_saying(sentence)
