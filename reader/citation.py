"""What `y` and `Y` put on the clipboard: a passage as a one-line citation, or as a Markdown block quote.

Pure (no Textual, no Rich, no I/O), so every format rule is unit-tested without the app; the keys, the choice of
passage and the clipboard itself are in :mod:`reader.ui.clipboard`.

The two formats (decided here; the README's "Keys" section shows them too)::

    y   “There is no military NATO build up in the region.” — Jens Stoltenberg, Belarus regime uses … (https://…)

    Y   > There is no military NATO build up in the region.
        >
        > — Jens Stoltenberg, *Belarus regime uses bogus NATO threat …* (<https://example.org/story>)

        The note, as written (Markdown in a note stays Markdown).

        #tag #another-tag

Decisions:

* **The source**: the document's title, then where it is — its URL, else its file path, else nothing (a piped
  document has neither, and the parentheses are left out). No speaker (a sentence, a plain selection): the title
  follows the dash directly, ``“…” — Title (…)``.
* **The quoted words are cleaned for citing, not rewritten**: white space at either end goes, and so do quotation
  marks around the passage (a selected sentence may begin with ``„`` and end after ``”``; the citation adds its
  own ``“ ”``) when it holds no other double mark, and a comma, semicolon or colon at its end (``unjustified,”``
  - the sentence goes on in the source). Single marks (``‘ ’``) are taken off only as a pair around the whole
  passage, because ``’`` also ends possessives (``the students’``). Quotation marks inside the passage are kept
  as they are, and so is a mark at its edge that pairs with one inside (``“In NATO, …,” Stoltenberg``).
* **Our marks only where the words have none** (:func:`quoted`, the one place highlight text is put in marks:
  `y`, its notification, the highlights panel, the note dialog, the library's search and ``reader search``).
  What is shown of a highlight outside the clipboard is cleaned as `y` cleans it (:func:`shown_quote`: the
  review's ``“It's a plan on paper,”`` in ``reader search`` against ``“It's a plan on paper”`` copied).
  Words that hold a double quotation mark of their own are shown and cited as they are, without ``“ ”`` around
  them: a highlight of a quotation with its attribution read ``““In NATO, … elections,” Stoltenberg”`` (doubled
  at the start, unbalanced at the end), and a sentence that quotes someone, ``“On the way …,” said Martin Indyk,
  … to Israel.”``, read as if the whole sentence were a quotation (a new user's review). Their own marks show
  what is quoted in them; in `y` the dash after them shows where they end. (Turning their double marks into
  single ones inside ours, as style guides nest quotations, would cite words the source does not have.)
* **`y` is one line**: every run of white space, line breaks included, becomes one space.
* **`Y` keeps the passage's lines**: each line becomes a ``> `` line (its leading white space dropped: four
  spaces would make it code; a run of blank lines one ``>``), then a ``>`` line and the attribution, its own
  paragraph inside the quote (directly below, most renderers would run it into the last line of the quote).
  The attribution is Markdown-escaped (a title's ``*``, ``_``, ``[``, ``#``, ``<`` are text, not emphasis,
  links, tags or HTML), the title in ``*…*``; a web address becomes an autolink ``<…>`` when it holds nothing an
  autolink cannot, else escaped text; a file path is a code span (copied out exactly). The quoted words and the
  tags are escaped only where they would turn live (a link, an image, HTML: :func:`reader.markdown_text.inert`)
  and the note not at all, as in the Markdown export (:mod:`reader.formats.markdown`): the same highlight reads
  the same in both.
* **The note and tags** (a highlight's, only with `Y`): the note as written, then the tags as Obsidian tags (``#``
  and the tag, white space turned into ``-``), each a paragraph after the quote.
* **Safe text**: everything that goes on the clipboard (the words, speaker, title, address, note and tags) is
  passed through :func:`reader.sanitize.sanitize`, line by line where lines are kept: control characters, ESC,
  bidi controls and invisible characters become visible placeholders (``␛``, ``⟨U+202E⟩``). The OSC 52 payload
  is base64 and harmless to the terminal, but the text is pasted into other programs (a shell, an editor).
* **Bounded**: the passage and the note are each cut to :data:`MAX_COPY_CHARS` characters (after sanitising; an
  ellipsis marks the cut, and :attr:`Clip.cut` tells the caller, which says so); the title to
  :data:`MAX_TITLE_CHARS`, the speaker to :data:`MAX_SPEAKER_CHARS`; an address longer than
  :data:`MAX_ADDRESS_CHARS` is left out (a cut address names something else). So a clip is at most a few
  hundred kilobytes whatever the document holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reader.document_meta import SourceInfo
from reader.markdown_text import address_link, code_span, escape, inert, one_line
from reader.sanitize import sanitize

MAX_COPY_CHARS = 100_000
"""The most characters of a passage (and of a note) put on the clipboard; a longer one is cut and the app says
so. Some fifty pages: more than anyone quotes, and terminals and tmux cap what one OSC 52 sequence may carry."""
MAX_TITLE_CHARS = 300
"""The longest title cited; a plain-text document's first line may be a whole paragraph."""
MAX_SPEAKER_CHARS = 200
MAX_ADDRESS_CHARS = 4_096
"""A URL or file path longer than this is left out of the citation rather than cut."""
PREVIEW_CHARS = 60
"""How much of the passage the notification shows."""

PassageKind = Literal["highlight", "quotation", "selection", "sentence", "title", "heading"]
"""What a passage is, as the notification names it ("Copied the title as a citation: …"); a title or a heading is
one sentence that is not called one."""
ELLIPSIS = "…"

_DOUBLE_OPEN = '“„«»"‟'
_DOUBLE_CLOSE = '”«»"‟“'
_DOUBLE_MARKS = re.compile('[“”„‟«»"]')
_SINGLE_PAIRS = {"‘": "’", "‚": "’", "‹": "›", "›": "‹"}
_TRAILING = ",;:"
_SPACES = re.compile(r"\s+")
_CHUNK = 8_192


@dataclass(frozen=True, slots=True)
class Passage:
    """What is copied: the words (raw document text), what they are, and for a highlight its speaker, note and
    tags (a quotation has a speaker, a selection or sentence usually none)."""

    text: str
    kind: PassageKind
    speaker: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """The document a passage comes from, as a citation names it: its title and where it is (raw text)."""

    title: str
    address: str = ""
    is_url: bool = False

    @classmethod
    def of(cls, title: str, info: SourceInfo, path: str = "") -> Source:
        """The source of a document titled ``title``: its URL, else its file (``info.path``, else ``path``)."""
        if info.url:
            return cls(title, info.url, True)
        return cls(title, info.path or path, False)


@dataclass(frozen=True, slots=True)
class Clip:
    """The text for the clipboard, and what the notification says about it."""

    text: str
    passage: Passage
    markdown: bool
    words_cut: bool = False
    """The passage was longer than :data:`MAX_COPY_CHARS` (after sanitising) and was cut."""
    note_cut: bool = False

    @property
    def cut(self) -> bool:
        return self.words_cut or self.note_cut


# -- the pieces ---------------------------------------------------------------------------------------------------


def quoted(words: str) -> str:
    """``words`` between ``“ ”``, unless they hold a double quotation mark of their own: then as they are (the
    module note says why)."""
    return words if _DOUBLE_MARKS.search(words) else f"“{words}”"


def shown_quote(text: str) -> str:
    """A highlight's words on one line as `y` cites them (:func:`cited_words`, white space runs made one space),
    sanitised for the terminal, in ``“ ”`` unless they hold marks of their own: how ``reader search``, ``reader
    quotes --by`` (and the app's lists) show a highlight or quotation, so it reads as it is copied."""
    return quoted(sanitize(" ".join(cited_words(text).split())))


def cited_words(text: str) -> str:
    """``text`` cleaned for citing (see the module note): surrounding white space, quotation marks (when no other
    double mark is inside) and a final comma, semicolon or colon taken off, in at most a few rounds
    (``unjustified,”`` takes two; a hostile run of ``,”,”,”`` must not take one per mark). Raw text in, raw text
    out (sanitising comes after). What would leave nothing (a passage that is only marks) is kept as it is."""
    original = text = text.strip()
    for _round in range(4):
        before = text
        text = text.rstrip(_TRAILING).strip()
        start = 1 if text and text[0] in _DOUBLE_OPEN else 0
        end = len(text) - 1 if len(text) > start and text[-1] in _DOUBLE_CLOSE else len(text)
        if not _DOUBLE_MARKS.search(text, start, end):  # edge marks that pair with none inside
            text = text[start:end]
        if len(text) >= 2 and _SINGLE_PAIRS.get(text[0]) == text[-1]:
            text = text[1:-1]
        if text == before:
            break
    return text.strip() or original


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + ELLIPSIS


def _bounded(text: str, overflow: bool = False) -> tuple[str, bool]:
    """``text`` cut to :data:`MAX_COPY_CHARS` (an ellipsis marking the cut), and whether it was cut (or was
    already cut before it was sanitised: ``overflow``)."""
    if len(text) <= MAX_COPY_CHARS and not overflow:
        return text, False
    return text[:MAX_COPY_CHARS].rstrip() + ELLIPSIS, True


def _sanitized_prefix(text: str, limit: int) -> tuple[str, bool]:
    """``sanitize(text)``, but only as far as a little past ``limit`` characters of output, in chunks (a placeholder
    is up to ten characters for one, so a hostile passage reaches the bound after a tenth of the characters, and
    sanitising what would be cut anyway cost a fifth of a second); and whether some of ``text`` was left out."""
    parts: list[str] = []
    size = position = 0
    while position < len(text) and size <= limit:
        chunk = sanitize(text[position : position + _CHUNK])
        parts.append(chunk)
        size += len(chunk)
        position += _CHUNK
    return "".join(parts), position < len(text)


def _safe_words(text: str, *, lines: bool) -> tuple[str, bool]:
    """The passage's words, cleaned, sanitised and bounded, on one line unless ``lines``; and whether they were
    cut. Only twice the bound is read (white space may collapse), so a selection of a whole 20 MB book costs no
    more than a long quote."""
    readable = MAX_COPY_CHARS * 2
    words = cited_words(text[:readable])
    unread = len(text) > readable
    if not lines:
        safe, left = _sanitized_prefix(" ".join(words.split()), MAX_COPY_CHARS)
        return _bounded(" ".join(safe.split()), unread or left)
    kept: list[str] = []
    size = 0
    for line in words.splitlines():
        if size > MAX_COPY_CHARS:
            unread = True
            break
        shown, left = _sanitized_prefix(line, MAX_COPY_CHARS - size)
        shown = shown.strip()  # indented four spaces, a line would become code
        if shown or (kept and kept[-1]):  # a run of blank lines is one
            kept.append(shown)
            size += len(shown) + 1
        if left:
            unread = True
            break
    return _bounded("\n".join(kept).strip("\n"), unread)


def _speaker(passage: Passage) -> str:
    return shorten(one_line(passage.speaker or ""), MAX_SPEAKER_CHARS)


def _title(source: Source) -> str:
    return shorten(one_line(source.title), MAX_TITLE_CHARS)


def _address(source: Source) -> str:
    return "" if len(source.address) > MAX_ADDRESS_CHARS else source.address


def attribution(passage: Passage, source: Source) -> str:
    """``Speaker, Title (address)`` on one safe line (each part left out when empty)."""
    named = ", ".join(part for part in (_speaker(passage), _title(source)) if part)
    address = one_line(_address(source))
    return f"{named} ({address})" if address else named


def markdown_attribution(passage: Passage, source: Source) -> str:
    """``Speaker, *Title* (<url>)`` (or a file path as a code span), Markdown-escaped."""
    title = _title(source)
    named = ", ".join(part for part in (escape(_speaker(passage)), f"*{escape(title)}*" if title else "") if part)
    address = _address(source)
    if not address:
        return named
    if source.is_url:
        shown = address_link(address)
    else:
        shown = code_span(address)
    return f"{named} ({shown})" if named else f"({shown})"


def tag_line(tags: tuple[str, ...]) -> str:
    """The tags as Obsidian tags, on one line."""
    return " ".join("#" + inert(one_line(_SPACES.sub("-", tag.strip()))) for tag in tags if tag.strip())


# -- the formats --------------------------------------------------------------------------------------------------


def plain_citation(passage: Passage, source: Source) -> Clip:
    """`y`: ``“words” — Speaker, Title (URL or file)`` on one line (words with marks of their own: no ``“ ”``)."""
    words, cut = _safe_words(passage.text, lines=False)
    cited = attribution(passage, source)
    text = f"{quoted(words)} — {cited}" if cited else quoted(words)
    return Clip(text, passage, False, cut)


def markdown_citation(passage: Passage, source: Source) -> Clip:
    """`Y`: the words as a Markdown block quote with the attribution, then the note and the tags; ends with a
    line break."""
    words, cut = _safe_words(passage.text, lines=True)
    quoted = [f"> {inert(line)}" if line else ">" for line in words.split("\n")]
    cited = markdown_attribution(passage, source)
    if cited:
        quoted += [">", f"> — {cited}"]
    blocks = ["\n".join(quoted)]
    note_cut = False
    if passage.note.strip():
        note = passage.note[: MAX_COPY_CHARS * 2]
        lines = "\n".join(sanitize(line).rstrip() for line in note.strip("\r\n").splitlines())
        bounded, note_cut = _bounded(lines, len(passage.note) > len(note))
        blocks.append(bounded)
    tags = tag_line(passage.tags)
    if tags:
        blocks.append(tags)
    return Clip("\n\n".join(blocks) + "\n", passage, True, cut, note_cut)


# -- the notification ---------------------------------------------------------------------------------------------


def copied_message(clip: Clip) -> str:
    """What the notification says: what was copied and how, a short preview, and whether anything was cut."""
    passage = clip.passage
    how = "as Markdown" if clip.markdown else "as a citation"
    with_note = " with its note" if clip.markdown and passage.note.strip() else ""
    preview = shorten(one_line(cited_words(passage.text[: PREVIEW_CHARS * 4])), PREVIEW_CHARS)
    speaker = _speaker(passage)
    line = f"Copied the {passage.kind} {how}{with_note}: {quoted(preview)}" + (f" — {speaker}" if speaker else "")
    if clip.words_cut:
        size = f" (it has {len(passage.text):,})" if len(passage.text) > MAX_COPY_CHARS else ""
        line += f"\nCut to its first {MAX_COPY_CHARS:,} characters{size}."
    if clip.note_cut:
        line += f"\nThe note was cut to its first {MAX_COPY_CHARS:,} characters."
    return line
