"""What a document carries besides its text and blocks: where it came from (:class:`SourceInfo`), inline styles
(:class:`InlineStyle`) and, for a document converted in parts, the next part (:class:`DocumentPart`).

Kept apart from :mod:`reader.document` so the sources (:mod:`reader.sources`), the store and the exports can name
these types without the parsing code. No Textual, Rich or format library here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple

from reader.sanitize import without_soft_hyphens

if TYPE_CHECKING:
    from reader.blocks import Block

SourceKind = Literal["text", "markdown", "html", "epub"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("text", "markdown", "html", "epub")

StyleName = Literal["em", "strong", "code", "link"]
STYLE_NAMES: tuple[StyleName, ...] = ("em", "strong", "code", "link")


class InlineStyle(NamedTuple):
    """``style`` over ``[start, end)`` of the document text (offsets into :attr:`Document.text`). Markers such as
    ``**`` or ``<em>`` are never in the text: the style is all that is left of them. ``target`` is a link's URL
    (raw, as the page gave it: sanitise before showing it)."""

    start: int
    end: int
    style: StyleName
    target: str = ""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where a document came from and what it says of itself. Every field is raw text from the source (a page's
    ``<title>``, an EPUB's ``dc:creator``): sanitise before showing it (:func:`reader.sanitize.sanitize`).

    ``path`` is the absolute local file (empty for stdin and URLs), ``url`` the page's address (the final one
    after redirects, or the canonical URL the page names for itself when it was opened from a file). ``notice``
    is a sentence the app shows once on opening ("No article found: showing the page's visible text")."""

    kind: SourceKind = "text"
    title: str = ""
    author: str = ""
    date: str = ""
    site: str = ""
    url: str = ""
    language: str = ""
    path: str = ""
    notice: str = ""

    def __post_init__(self) -> None:
        # soft hyphens are dropped from what a source says of itself as from its text (a page's <title>:
        # reader.sanitize.without_soft_hyphens)
        for name in ("title", "author", "site"):
            object.__setattr__(self, name, without_soft_hyphens(getattr(self, name)))

    def provenance(self) -> dict[str, str]:
        """The non-empty fields an export records about the document's source (``notice`` is not one)."""
        fields = {
            "kind": self.kind,
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "site": self.site,
            "language": self.language,
        }
        return {key: value for key, value in fields.items() if value}


@dataclass(slots=True)
class DocumentPart:
    """More of a document converted in parts (an EPUB's later chapters): ``text`` to append to the document's,
    and the blocks and styles over it, with offsets already counted from the start of the whole document."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    styles: list[InlineStyle] = field(default_factory=list)
