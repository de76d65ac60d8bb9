"""`y` and `Y` on the reading screen: which passage is copied, and the copy itself.

The formats are :mod:`reader.citation`'s (pure, unit-tested); this module picks the passage and hands the text to
Textual's :meth:`App.copy_to_clipboard`, which writes an OSC 52 sequence (``ESC ] 52 ; c ; <base64> BEL``) to the
terminal: the terminal sets the clipboard of the computer it runs on, so it works over SSH, and inside tmux
with ``set -g set-clipboard on`` (tmux's default, ``external``, keeps programs inside it from setting it). A
terminal without OSC 52 (macOS Terminal) ignores it silently; nothing can tell, so the notification says what
was sent.

Which passage (decisions):

1. **A selection** (``v``, ``s``, ``p``, shift+arrows, or a mouse drag): as ``h`` would highlight it, through
   :meth:`AnnotatingMixin.target` (snapped to whole words; the speaker when it is exactly a quotation). The
   selection is cleared after copying, as ``h`` clears it (and as vim's ``y`` leaves visual mode), except while a
   highlight's range is being changed (``r``): that selection belongs to the resize.
2. **Else the highlight under the cursor** (the innermost, as the panel marks it): its own text, speaker, note and
   tags, so ``Y`` carries the note. A highlight is the reader's own choice of words and comes before a quotation
   that holds it or that it holds.
3. **Else what** ``h`` **would highlight**: the quotation under the cursor with its speaker, else the sentence
   (on the title or a heading, all of it, and the notification calls it the title or the heading).
   The choice is :meth:`AnnotatingMixin.target`'s, not repeated here, so ``y`` on plain text copies exactly the
   sentence ``h`` would mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.citation import Clip, Passage, Source, copied_message, markdown_citation, plain_citation

if TYPE_CHECKING:
    from reader.ui.screens.annotating import AnnotatingMixin


def passage_under_cursor(screen: AnnotatingMixin) -> Passage | None:
    """What `y` and `Y` copy (see the module note), or None where there is nothing."""
    article = screen.article
    selection = article.selection
    if selection is None or selection.end <= selection.start:
        annotation = screen.under_cursor()
        if annotation is not None:
            return Passage(annotation.text, "highlight", annotation.speaker, annotation.note, annotation.tags)
    target = screen.target()
    if target is None:
        return None
    text = screen.document.text[target.span.start : target.span.end]
    return Passage(text, target.kind, target.speaker)


def copy_passage(screen: AnnotatingMixin, *, markdown: bool) -> Clip | None:
    """Copy the passage under the cursor (as a Markdown block quote with ``markdown``) and say what was copied."""
    passage = passage_under_cursor(screen)
    if passage is None or not passage.text.strip():
        screen.reader_app.notify("Nothing to copy here", kind="copy", timeout=2)
        return None
    document = screen.document
    source = Source.of(document.title, document.info, document.path)
    clip = markdown_citation(passage, source) if markdown else plain_citation(passage, source)
    screen.app.copy_to_clipboard(clip.text)
    screen.reader_app.notify(  # one "Copied" toast at a time: a new copy replaces the last one's
        copied_message(clip),
        kind="copy",
        title="Copied",
        severity="warning" if clip.cut else "information",
        timeout=8 if clip.cut else 4,
    )
    if passage.kind == "selection" and screen.resizing is None:
        screen.article.clear_selection()
    return clip
