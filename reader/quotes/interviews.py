"""A published interview's question-and-answer lines ("Q: …", "A: …"): each line is a quotation of the
interviewer or of the interviewee, though no quotation mark opens it and no cue verb names its speaker.

News prints interviews as transcripts: an introduction says who was interviewed and by whom ("In a wide-ranging
interview with The Associated Press, the governor said …", "Excerpts of the interview, edited for length:"), then
"Q:" and "A:" lines alternate. Before this module the reader found none of them (an unseen review set of US
political news: ten lines of one AP interview), so a reader collecting who-said-what lost the very words the
article was written to print.

Decisions:
* A line is a turn only in a run: a question line with an answer line within :data:`_RUN_REACH` paragraphs of it,
  either way. "A. …" or "Q: …" alone is a list item, a heading or a FAQ as often as an interview.
* "Q:", "Q.", "Question:" and their answers' forms open a turn; what follows the label is the quotation (the label
  is no one's words: a copied answer should not start with "A:"). French and German print the same with their own
  words ("Q :", "R :", "Réponse :", "Frage:", "Antwort:"; part 40), French with a space before the colon.
* German magazines label the turns with names instead: the paper's before its questions ("SPIEGEL:", "ZEIT
  ONLINE:", "SZ:"), the interviewee's before the answers ("Reker:"). A paper's label from a fixed list, and one
  other label said twice or more, make such a run (part 40); the answers are the person the label names.
* The introduction may be French or German ("un entretien accordé au Parisien", "im Interview mit dem Kölner
  Stadt-Anzeiger"): the paper that asks is read the same way (part 40), "au" giving its article ("Le Parisien").
* The quotations a line holds are nested in it ("A: … He said, “Ellen, we're going to win.”"), as in a block
  quotation; a quotation that goes on past the line's end makes it no turn.
* The interviewee is read where the article introduces the interview, in the :data:`_INTRO_BLOCKS` paragraphs
  before the run: a person named right after "interview with" (or "spoke with", "sat down with") when that is not
  a news outlet; otherwise, of the people the nearest paragraph that names anyone names, the one the article has
  named most before the run (an interview's subject is its article's subject: "Brandvold, who …, also discussed
  …" after "Iowa Gov. Ellen Brandvold said …"). None when no paragraph there names a person.
* The interviewer is the news outlet the introduction names after "interview with", "told", "spoke with"… ("The
  Associated Press", "CNN"), or the person the interviewee "spoke to" or "told" ("The Age’s books editor, Sarah
  Ng"); a question whose asker the article does not name has no speaker (the ranker never guesses one: a
  question is not the last speaker's words).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.document import Block, BlockKind
from reader.quotes.words import _ORG_WORDS

if TYPE_CHECKING:
    from reader.quotes.people import People

_LABELS = r"Q|A|Question|Answer|R|Réponse|Frage|Antwort|F"
"""A turn's label: English, French ("Q :", "R :", "Réponse :") and German ("Frage:", "Antwort:", "F:", "A:")."""
_ASKING = frozenset({"Q", "Question", "Frage", "F"})
"""The labels that open a question (the others open an answer)."""
_TURN = re.compile(r"(?P<who>" + _LABELS + r")(?:[ \t\u00a0\u202f]*:|\.(?=\s))[ \t\u00a0\u202f]*")
"""A turn's label opening a paragraph, and the spaces after it ("Q: ", "A. ", "Question: ", French "R\u00a0: ",
a thin space or a no-break space before the colon as French typesetting puts one)."""
_LINE_TURN = re.compile(r"\n(?=(?:" + _LABELS + r")(?:[ \t\u00a0\u202f]*:|\.\s))")
"""A line break before a turn's label: found first (a search for a line break skips along the text; a search for
"^" with ``re.MULTILINE`` tests every character, twice as slow on 20 MB)."""
_RUN_REACH = 3
"""Paragraphs between a question and its answer, at most, for either to be a turn."""
_INTRO_BLOCKS = 8
"""Paragraphs before a run read for its introduction."""
_COUNTED = 400
"""Mentions before a run counted to tell the article's subject (bounded: a text of many interviews stays linear)."""
_INTERVIEWED = re.compile(
    r"\b(?:interview(?:ed)? with|spoke (?:with|to)|sat down with|talked (?:with|to)|told"
    r"|(?:entretien|interview)(?: accordée?s?)? (?:avec|à|au|aux)|interrogée? par|s['’]est confiée? (?:à|au|aux)"
    r"|(?:Interview|Gespräch) mit(?: de[mnr])?)\s+")
"""What comes right before the other party of an interview ("an interview with The Associated Press", "un
entretien accordé au Parisien", "im Interview mit der Rheinischen Post")."""
_WITH_PERSON = ("interview", "entretien", "Interview", "Gespräch")
"""How a cue naming the interviewee starts ("interview with", "entretien avec", "Gespräch mit"): a person after
it is the one interviewed; after the others ("told", "interrogé par") only an outlet counts."""
_ROLE_THEN_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+"
                             r"(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
"""An outlet's role and the person who holds it: "The Age’s books editor, Sarah Ng"."""
_NAME_AFTER = re.compile(r"(?:[Tt]he\s+)?[A-ZÀ-Ý][\w’'.&-]*(?:\s+(?:of\s+|du\s+|de\s+)?[A-ZÀ-Ý][\w’'.&-]*)*")
"""A capitalised name right after :data:`_INTERVIEWED` ("The Associated Press", "Sen. Jane Doe")."""
_OUTLET = re.compile(
    r"(?:^|\s)(?:[A-Z]{2,6}|Associated Press|Reuters|Bloomberg|Politico|POLITICO|Axios|Vox|Slate|Salon|Breitbart|"
    r"\w+ (?:News|Times|Post|Journal|Press|Radio|Magazine|Tribune|Herald|Telegraph|Guardian|Globe|Gazette|"
    r"Chronicle|Register|Observer|Inquirer|Daily|Network|Channel|Television|TV|Review|Monitor|Bee|Star|Sun|Mail))"
    r"(?:\s|$)")
"""A news outlet's name: an acronym ("AP", "CNN", "NPR"), a wire's or a site's name, or a paper's or a network's
("The New York Times", "Fox News", "The Des Moines Register")."""
_SENTENCE_END = re.compile(r"[^\W\d]{4,}\.\s")
"""A full stop after a word of four letters or more: a sentence's end inside :data:`_NAME_AFTER`'s capitalised
words ("The Associated Press. She"), where a title's ("Sen.", "Gov.") or an initial's would not be."""
_OUTLET_WORD = re.compile(
    r"\b(?:Parisien|Monde|Figaro|Libération|Ouest-France|Journal|Express|Point|Obs|Croix|Humanité|Échos|Echos|"
    r"Dépêche|Progrès|Télégramme|Spiegel|SPIEGEL|Stern|Welt|Blick|Bild|Focus|Zeit|taz|"
    r"\w*(?:[Zz]eitung|[Nn]achrichten|[Rr]undschau|[Aa]nzeiger|[Kk]urier|[Tt]agblatt|[Pp]resse))\b")
"""A French or German paper's name, or the word that makes one ("Le Parisien", "Süddeutsche Zeitung",
"Kölner Stadt-Anzeiger")."""


_NAME_LABEL = r"(?:[A-ZÄÖÜÀ-Ý][\w.’'-]*[ \u00a0]){0,2}[A-ZÄÖÜÀ-Ý][\w.’'-]*"
"""One to three capitalised words labelling a turn ("SPIEGEL", "Reker", "ZEIT ONLINE")."""
_NAMED_LINE = re.compile(r"\n(?=" + _NAME_LABEL + r"[ \u00a0\u202f]?:\s)")
"""A line break before a label of one to three capitalised words ("SPIEGEL: ", "Reker: ", "ZEIT ONLINE: "): an
interview that labels its turns with the paper's and the interviewee's names, as German magazines print theirs."""
_NAMED_TURN = re.compile(r"(?P<who>" + _NAME_LABEL + r")[ \u00a0\u202f]?:[ \t\u00a0]*")
_PAPER_LABELS = frozenset("""SPIEGEL ZEIT SZ FAZ NZZ taz WELT STERN BILD FOCUS profil KURIER STANDARD FR TAZ
    BLICK WOZ RND""".split()) | {"ZEIT ONLINE", "DER SPIEGEL", "DIE ZEIT", "Tages-Anzeiger", "SonntagsBlick"}
"""The labels a German, Austrian or Swiss paper prints before its own questions ("SPIEGEL: Frau Reker, …")."""
_PAPER_LINE = re.compile(r"\n(?:" + "|".join(sorted(map(re.escape, _PAPER_LABELS), key=len, reverse=True))
                         + r")[ \u00a0\u202f]?:\s")
"""A line that opens with a paper's label (one search of the text before any line's label is read)."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One line of an interview: ``asks`` for a question, ``run`` the block index of its run's first line (where its
    introduction ends), ``start`` where its words begin after the label; ``label`` the name the line is labelled
    with in an interview of named turns ("SPIEGEL:", "Reker:"), else empty."""

    asks: bool
    run: int
    start: int
    label: str = ""


def interview_turns(text: str, blocks: Sequence[Block], block_starts: Sequence[int]) -> dict[int, Turn]:
    """The paragraphs that are interview turns, by block index (see the module's decisions). ``block_starts``:
    each block's start (the labels are found by one search of the text, not by reading every block)."""
    labelled: dict[int, tuple[bool, int, str]] = {}
    for line in _LINE_TURN.finditer(text):
        index = bisect_left(block_starts, line.end())
        found = _TURN.match(text, line.end())
        if (found is not None and index < len(blocks) and block_starts[index] == line.end()
                and found.end() < blocks[index].end and blocks[index].kind is BlockKind.PARAGRAPH):
            labelled[index] = (found.group("who") in _ASKING, found.end(), "")
    if _PAPER_LINE.search(text):  # (most texts print no paper's label: one look for one)
        labelled.update(_named_turns(text, blocks, block_starts, labelled))
    turns: dict[int, Turn] = {}
    run = previous = -1
    for index in sorted(labelled):
        asks, start, label = labelled[index]
        answered = any(labelled.get(other, (asks,))[0] != asks
                       for other in range(index - _RUN_REACH, index + _RUN_REACH + 1))
        if not answered:
            continue
        if run < 0 or index - previous > _RUN_REACH:
            run = index  # a new run: the previous turn is too far back
        turns[index] = Turn(asks, run, start, label)
        previous = index
    return turns


def _named_turns(text: str, blocks: Sequence[Block], block_starts: Sequence[int],
                 labelled: dict[int, tuple[bool, int, str]]) -> dict[int, tuple[bool, int, str]]:
    """The lines of an interview labelled with names: the paper's (:data:`_PAPER_LABELS`) before its questions, one
    other name before the answers ("SPIEGEL: Frau Reker, wann …?" then "Reker: Wir rechnen …"), by block index as
    :func:`interview_turns` reads them. The answers' label must be one name for the whole interview, said twice or
    more: a paragraph opening "Fazit:" or "Hintergrund:" near a paper's name is no one's turn."""
    lines: dict[int, tuple[bool, int, str]] = {}
    for line in _NAMED_LINE.finditer(text):
        index = bisect_left(block_starts, line.end())
        found = _NAMED_TURN.match(text, line.end())
        if (found is None or index in labelled or index >= len(blocks) or block_starts[index] != line.end()
                or found.end() >= blocks[index].end or blocks[index].kind is not BlockKind.PARAGRAPH):
            continue
        who = found.group("who").replace("\u00a0", " ")
        lines[index] = (who in _PAPER_LABELS, found.end(), who)
    answerers = Counter(who for asks, _, who in lines.values() if not asks)
    return {index: line for index, line in lines.items() if line[0] or answerers[line[2]] >= 2}


def turn_speaker(turn: Turn, text: str, starts: Sequence[int], ends: Sequence[int], people: People) -> str | None:
    """Who says ``turn``: the interviewer for a question, the interviewee for an answer (module decisions)."""
    if turn.label:  # a paper's question as it labels it, an answer as its label names the person
        return turn.label if turn.asks else people.as_signed(turn.label, turn.start)
    lo = max(0, turn.run - _INTRO_BLOCKS)
    intro_start, intro_end = starts[lo], starts[turn.run]
    other, asks = _other_party(text, intro_start, intro_end)
    if turn.asks:  # an outlet, or its journalist ("spoke to The Age's books editor, Sarah Ng")
        return other[2] if other is not None and asks else None
    if other is not None and not asks:
        named = _people_between(people, other[0], other[1])
        if named:
            return named[0]
    counts = Counter(_people_between(people, 0, intro_end, _COUNTED))
    for block in range(turn.run - 1, lo - 1, -1):
        here = [full for full in _people_between(people, starts[block], ends[block])
                if counts[full] and not _OUTLET.search(full)]
        if here:
            return max(dict.fromkeys(here), key=counts.__getitem__)  # the first of the most named, on a tie
    return None


def _people_between(people: People, start: int, end: int, most: int = _COUNTED) -> list[str]:
    """The people (full names) of the mentions from ``start`` to ``end`` (the last ``most`` of them), in order:
    persons only, not a family, a firm or a body ("the Clintons", "Iowa Republican Party")."""
    last = bisect_left(people.mentions, end)
    mentions = people.mention_people[max(bisect_left(people.mentions, start), last - most) : last]
    return [person.full for person in mentions
            if person.gender != "p" and not any(word.lower() in _ORG_WORDS for word in person.full.split())]


def _other_party(text: str, start: int, end: int) -> tuple[tuple[int, int, str] | None, bool]:
    """The other party the introduction between ``start`` and ``end`` names (start, end, name), and whether it
    asks (is the interviewer): the last news outlet or outlet's journalist named after a cue ("an interview with
    The Associated Press", "spoke to The Age’s books editor, Sarah Ng"), else the last person after "interview
    with" (the interviewee). A person merely told something ("she told Donald Trump last year") is neither."""
    outlet = person = None
    for cue in _INTERVIEWED.finditer(text, start, end):
        role = _ROLE_THEN_NAME.match(text, cue.end(), end)
        if role is not None:
            outlet = (role.start(), role.end(), role.group("name"))
            continue
        name = _NAME_AFTER.match(text, cue.end(), end)
        if name is None:
            continue
        end_at = _SENTENCE_END.search(name.group())  # ("au Parisien. Elle revient …": not "Sen. Jane Doe")
        written = name.group()[: end_at.end() - 1] if end_at else name.group()
        found = (name.start(), name.start() + len(written), written.rstrip(".’'"))
        if _OUTLET.search(found[2]) or _OUTLET_WORD.search(found[2]):
            # ("au Parisien", "aux Échos": the article the contraction holds is the paper's, "Le Parisien")
            article = {"au": "Le ", "aux": "Les "}.get(cue.group().split()[-1], "")
            outlet = (found[0], found[1], article + found[2])
        elif cue.group().startswith(_WITH_PERSON):
            person = found
    return (outlet, True) if outlet is not None else (person, False)


class InterviewSpeakers:
    """:func:`turn_speaker` of a document's turns, read once a run (its lines share their two speakers)."""

    def __init__(self, text: str, starts: Sequence[int], ends: Sequence[int], people: People) -> None:
        self.text, self.starts, self.ends, self.people = text, starts, ends, people
        self._found: dict[tuple[int, bool], str | None] = {}

    def speaker(self, turn: Turn) -> str | None:
        key = (turn.run, turn.asks)
        if key not in self._found:
            self._found[key] = turn_speaker(turn, self.text, self.starts, self.ends, self.people)
        return self._found[key]
