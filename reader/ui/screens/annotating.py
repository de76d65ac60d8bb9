"""Highlights, notes, tags and quotations on the reading screen: the keys and their effects.

Kept apart from :mod:`reader.ui.screens.reading` (navigation and search) so each file has one job. The editing
logic itself (undo/redo, what changes) lives in the pure :class:`reader.session.AnnotationSession`; this mixin
turns keys into session edits, shows the result at once, and hands the store operations to the background
writer. A highlight is marked "not saved yet" in the panel until its write has returned; a failed write is kept
in memory, reported once, and retried. The export (`e`) is :mod:`reader.ui.screens.exporting`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from textual.binding import Binding, BindingType

from reader.annotation import COLORS, Annotation
from reader.blocks import BlockKind
from reader.counts import counted
from reader.document import Document, Span
from reader.highlight_index import HighlightMark
from reader.session import AnnotationSession, Put, Remove, StoreOp
from reader.ui.screens.editing import EditingMixin
from reader.ui.screens.exporting import ExportingMixin, export_stem
from reader.ui.screens.quoting import QuotingMixin
from reader.ui.screens.saving import SavingMixin
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_list import HighlightList
from reader.ui.widgets.highlight_panel import HighlightPanel
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.citation import PassageKind
    from reader.ui.app import ReaderApp

__all__ = ["AnnotatingMixin", "Target", "export_stem"]


class Target(NamedTuple):
    """What `h` highlights (and `y` copies when no highlight is under the cursor): a span, its speaker, and what
    it is (the word `y`'s notification uses: "Copied the title …")."""

    span: Span
    speaker: str | None
    kind: PassageKind


_WHOLE_BLOCKS: dict[BlockKind, PassageKind] = {BlockKind.TITLE: "title", BlockKind.HEADING: "heading"}
"""Blocks that are one "sentence" whole, named as the outline (`o`) names them: `y` on the title said "Copied the
sentence"."""


def _as_stored(annotations: list[Annotation], stored: dict[str, dict[str, Any]]) -> list[Annotation]:
    """``annotations`` as ``stored`` holds them (``Store.update_many``'s records, read by the store's rules), those
    it does not hold left out; a record those rules would skip (a hand edit made meanwhile) shows our copy."""
    from reader.annotation_rules import record_problems, repaired

    kept = []
    for annotation in annotations:
        record = stored.get(annotation.id)
        if record is None:
            continue
        problems = record_problems(record)
        if any(not problem.usable for problem in problems):
            kept.append(annotation)
        else:
            kept.append(Annotation.from_dict(repaired(record, problems) if problems else record))
    return kept


def _mark(annotation: Annotation) -> HighlightMark:
    """What the article view draws of an annotation."""
    has_note = bool(annotation.note.strip())
    return HighlightMark(annotation.id, annotation.start, annotation.end, annotation.color, has_note)


class AnnotatingMixin(EditingMixin, SavingMixin, QuotingMixin, ExportingMixin):
    """Mixed into ReadingScreen (which provides ``document``, ``article``, ``reader_app`` and Screen's API)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "highlight", "Highlight", tooltip="Highlight the selection, the quote or the sentence"),
        Binding("escape", "cancel_selection", "Cancel selection", tooltip="End the selection (or the resize)"),
        Binding("1", "color(0)", "Yellow", show=False),
        Binding("2", "color(1)", "Green", show=False),
        Binding("3", "color(2)", "Blue", show=False),
        Binding("4", "color(3)", "Pink", show=False),
        Binding("5", "color(4)", "Purple", show=False),
        Binding("v", "select", "Select", show=False, tooltip="Start a selection at the cursor; motions extend it"),
        Binding("s", "select_sentence", "Select sentence", show=False),
        Binding("p", "select_paragraph", "Select paragraph", show=False),
        Binding("enter", "confirm_range", "Update range", show=False),
        Binding("r", "resize", "Resize highlight", show=False),
        Binding("x", "delete_highlight", "Delete highlight", show=False),
        Binding("n", "note_or_next", "Note", tooltip="Edit the note (with a search active: next match)"),
        Binding("t", "tags", "Tags", show=False),
        Binding("u", "undo", "Undo", show=False),
        Binding("ctrl+r", "redo", "Redo", show=False),
        Binding("right_square_bracket", "next_quote", "Next quote", key_display="]"),
        Binding("left_square_bracket", "prev_quote", "Prev quote", show=False),
        Binding("Q", "quotes", "Quotes", show=False, tooltip="List every quotation with its speaker"),
        Binding("e", "export", "Export", show=False, tooltip="Export this document's annotations as JSON"),
        Binding("y", "copy_citation", "Copy “quote” — speaker, title (source)", show=False),
        Binding("Y", "copy_markdown", "Copy as a Markdown quote with the note", show=False),
    ]

    document: Document
    session: AnnotationSession
    last_color: str
    resizing: str | None

    if TYPE_CHECKING:

        @property
        def article(self) -> ArticleView: ...
        @property
        def reader_app(self) -> ReaderApp: ...
        def action_next_match(self) -> None: ...

    def init_annotating(self) -> None:
        self.session = AnnotationSession()
        self.init_quoting()
        self.last_color = COLORS[0]
        self.resizing = None
        self.init_saving()

    @property
    def panel(self) -> HighlightPanel:
        return self.query_one(HighlightPanel)

    # -- loading --------------------------------------------------------------------------------------------

    def load_annotations(self) -> None:
        """(In the start-up worker.) Read this document's annotations; re-anchor those made on an earlier
        version of the same file."""
        from reader.anchoring import placed_by_context, reanchor

        store = self.reader_app.store
        document = self.document
        current = store.annotations_for(document.id)
        skipped = list(store.warnings)
        if skipped:  # bad records stay in the file untouched; say so rather than hide them silently
            self.app.call_from_thread(
                self.notify,
                f"{counted(len(skipped), 'record')} in the store could not be read as "
                f"{'it is' if len(skipped) == 1 else 'they are'}: skipped, or shown with a "
                "default (the file keeps them unchanged). "
                f"First: {skipped[0]}",
                title="Store",
                severity="warning",
                timeout=10,
                markup=False,
            )
        stale = []
        if document.path:
            stale = [a for a in store.annotations_for_path(document.path) if a.doc_id != document.id]
        # A record of this very text said to be exactly anchored whose words are not the text at its offsets (a
        # store edited by hand, or offsets past the end) is anchored again by its words, as for a changed file:
        # the panel, `y` and `e` must never quote words the document does not hold at the place it marks. (A
        # fuzzy or orphaned one keeps its words by design: re-anchoring it on every opening would only repeat.)
        text = document.text
        wrong = [a for a in current if a.anchor in ("exact", "moved") and text[a.start : a.end] != a.text]
        # An orphan whose words the text holds is anchored by them (one `in` each, at C speed): an annotation
        # imported by its quote alone (a W3C TextQuoteSelector from another tool, imported as an orphan at 0
        # for this) on a document the store already knew stayed orphaned for ever, its words in plain sight.
        found = [a for a in current if a.anchor == "orphan" and a.text and a.text in text]
        if wrong or found:
            ids = {a.id for a in wrong} | {a.id for a in found}
            current = [a for a in current if a.id not in ids]
        # (an annotation imported from another tool before its file was ever opened keeps the file's URI as its
        # document id until now: anchored for the first time, not "re-anchored" after a change)
        imported = [a for a in stale if a.doc_id.startswith("file:")]
        changed = [a for a in stale if not a.doc_id.startswith("file:")] + wrong
        bases = {a.id: a for a in (*changed, *found, *imported)}  # as read: what the re-anchoring changes
        moved = reanchor(document.text, changed, doc_id=document.id) if changed else []
        # (imported by their quote alone, at offset 0: placed by their context first, see placed_by_context)
        found = [placed_by_context(text, a) if a.start == a.end == 0 else a for a in found]
        imported = [placed_by_context(text, a) if a.start == a.end == 0 else a for a in imported]
        anchored = reanchor(document.text, found) + reanchor(document.text, imported, doc_id=document.id)
        if moved or anchored:
            # Merged into the records as stored now, not written whole: another reader may have deleted one of
            # them since they were read (it stays deleted, and is not shown) or saved a note (it is kept).
            stored = store.update_many([(a, bases[a.id]) for a in moved + anchored])
            moved, anchored = _as_stored(moved, stored), _as_stored(anchored, stored)
        self.app.call_from_thread(self._annotations_loaded, current + moved + anchored, moved, anchored)

    def _annotations_loaded(self, annotations: list[Annotation], moved: list[Annotation],
                            anchored: Sequence[Annotation] = ()) -> None:
        import gc

        # Only what the session does not have yet changes the screen (its own edits win over the stored copies;
        # a new document has none stored): redrawing for nothing repainted the whole pane and the panel in the
        # first second, behind a key typed meanwhile.
        unseen = any(annotation.id not in self.session.annotations for annotation in annotations)
        self.session.load(annotations)
        if unseen:
            self.refresh_annotations()
        if len(annotations) >= 5000:
            # The highlights, their panel entries and index live as long as the document: frozen out of the
            # collector's generations (as start-up's objects are), since a full collection re-scanning 100,000 of
            # them stalled the UI ~0.6 s among the user's keys (issue 14). Only for many: whatever is frozen with
            # them (an earlier screen's cycles) is never collected.
            gc.freeze()
        if moved:
            counts: dict[str, int] = {}
            for annotation in moved:
                counts[annotation.anchor] = counts.get(annotation.anchor, 0) + 1
            detail = ", ".join(f"{n:,} {status}" for status, n in sorted(counts.items()))
            self.notify(
                f"The document changed since it was annotated; {counted(len(moved), 'highlight')} re-anchored: "
                f"{detail}.",
                title="Highlights re-anchored",
                severity="warning" if counts.get("orphan") else "information",
                timeout=8,
            )
        if anchored:
            lost = sum(1 for annotation in anchored if annotation.anchor == "orphan")
            found = counted(len(anchored) - lost, "imported or orphaned highlight")
            self.notify(f"{found} found in the text by their words"
                        + (f"; {lost:,} not found (listed as orphaned)." if lost else "."),
                        title="Highlights anchored", severity="warning" if lost else "information", timeout=8)

    # -- showing ----------------------------------------------------------------------------------------------

    def refresh_annotations(self, keep: str | None = None) -> None:
        """Show every annotation of the session (after loading): article marks and panel, rebuilt."""
        ordered = self.session.ordered()
        self.article.set_highlights([_mark(a) for a in ordered if a.anchor != "orphan"])
        self.panel.show(ordered, self.marked_unsaved, keep=keep)
        self.mark_under_cursor()

    def mark_under_cursor(self) -> None:
        """Select, in the panel, the innermost highlight under the cursor (from the view's interval index), and
        show in the top bar who said the quotation under it."""
        found = self.article.highlights.at(self.article.cursor)
        if found:
            self.panel.select(found[0].id)
        self.show_quotation_under_cursor()

    def apply(self, ops: list[StoreOp], *, keep: str | None = None) -> None:
        """Show an edit at once (only what changed is redrawn) and hand its store operations to the writer."""
        if not ops:
            return
        self.persist(ops)
        puts = [op.annotation for op in ops if isinstance(op, Put)]
        removed = [op.annotation_id for op in ops if isinstance(op, Remove)]
        self.article.change_highlights(
            [_mark(a) for a in puts if a.anchor != "orphan"], removed + [a.id for a in puts if a.anchor == "orphan"]
        )
        self.panel.change(puts, removed, self.marked_unsaved, keep=keep)
        self.mark_under_cursor()

    # -- targets ----------------------------------------------------------------------------------------------

    def target(self) -> Target | None:
        """What `h` acts on: the selection (with the speaker when it is exactly a quotation), else the quotation
        under the cursor (with speaker), else the sentence (the title or a heading: one sentence, named so)."""
        selection = self.article.selection
        if selection is not None and selection.end > selection.start:
            span = self.document.snap_to_words(selection.start, selection.end)
            table = self._quote_table
            quotation = table.find(span.start, span.end) if table is not None else None
            return Target(span, (quotation.speaker_full or quotation.speaker) if quotation else None, "selection")
        quotation = self.quotation_under_cursor()
        if quotation is not None:
            speaker = quotation.speaker_full or quotation.speaker
            return Target(Span(quotation.start, quotation.end), speaker, "quotation")
        sentence = self.document.sentence_at(self.article.cursor)
        if sentence is None:
            return None
        block = self.document.blocks[self.document.block_at(sentence.start)]
        return Target(sentence, None, _WHOLE_BLOCKS.get(block.kind, "sentence"))

    def under_cursor(self) -> Annotation | None:
        """The innermost highlight under the cursor (looked up in the view's interval index, not a scan)."""
        for mark in self.article.highlights.at(self.article.cursor):
            annotation = self.session.annotations.get(mark.id)
            if annotation is not None:
                return annotation
        return None

    def _same_span(self, span: Span) -> Annotation | None:
        """A highlight of exactly ``span`` already there (``h`` twice on a quotation made two records of it)."""
        for mark in self.article.highlights.at(span.start):
            annotation = self.session.annotations.get(mark.id)
            if annotation is not None and annotation.start == span.start and annotation.end == span.end:
                return annotation
        return None

    def _create(self, color: str) -> Annotation | None:
        target = self.target()
        if target is None:
            return None
        span, speaker = target.span, target.speaker
        if self._same_span(span) is not None:
            self.article.clear_selection()
            self.notify("Already highlighted (1-5 recolour it, x deletes it)", timeout=2)
            return None
        document = self.document
        annotation = Annotation.create(
            doc_id=document.id,
            path=document.path,
            title=document.title,
            text_of_document=document.text,
            start=span.start,
            end=span.end,
            color=color,
            speaker=speaker,
        )
        self.article.clear_selection()
        self.apply(self.session.add(annotation), keep=annotation.id)
        return annotation

    # -- actions ----------------------------------------------------------------------------------------------

    def action_highlight(self, color: str | None = None) -> None:
        if self.resizing is not None:
            self.action_confirm_range()
            return
        color = color or self.last_color
        self.last_color = color
        if self.target() is None:
            self.notify("Nothing to highlight here", timeout=2)
            return
        self._create(color)

    def action_color(self, index: int) -> None:
        color = COLORS[index]
        self.last_color = color
        existing = self.under_cursor()
        if existing is not None and self.article.selection is None and self.resizing is None:
            self.apply(self.session.edit(existing.id, "recolour", color=color), keep=existing.id)
        else:
            self.action_highlight(color)

    def action_select(self) -> None:
        if self.article.selection_anchor is None:
            self.article.start_selection()
        else:
            self.article.clear_selection()

    def action_select_sentence(self) -> None:
        span = self.document.sentence_at(self.article.cursor)
        if span is not None:
            self.article.select_span(span)

    def action_select_paragraph(self) -> None:
        span = self.document.paragraph_at(self.article.cursor)
        if span is not None:
            self.article.select_span(span)

    def action_cancel_selection(self) -> None:
        """Esc while selecting (shown in the key bar only then: `v` and the selection keys gave no sign of how
        to leave; ReadingScreen's ``check_action``): as the screen's Esc, which also ends a resize."""
        if not self.cancel_resize():
            self.article.clear_selection()

    def action_resize(self) -> None:
        existing = self.under_cursor()
        if existing is None:
            self.notify("No highlight under the cursor", timeout=2)
            return
        self.resizing = existing.id
        self.article.select_span(Span(existing.start, existing.end))
        self.notify("Move to change the range; h or Enter keeps it, Esc cancels", timeout=4)

    def action_confirm_range(self) -> None:
        if self.resizing is None:
            return
        selection = self.article.selection
        annotation_id, self.resizing = self.resizing, None
        self.article.clear_selection()
        if selection is None or selection.end <= selection.start:
            return
        # Snapped like a new highlight: whole words, no white space (a selection ending on a block's last
        # character reaches the next block's start, which must not pull the paragraph break in).
        selection = self.document.snap_to_words(selection.start, selection.end)
        if selection.end <= selection.start:
            return
        text = self.document.text
        from reader.annotation import CONTEXT_CHARS

        self.apply(
            self.session.edit(
                annotation_id,
                "resize",
                start=selection.start,
                end=selection.end,
                text=text[selection.start : selection.end],
                prefix=text[max(0, selection.start - CONTEXT_CHARS) : selection.start],
                suffix=text[selection.end : selection.end + CONTEXT_CHARS],
                anchor="exact",
            ),
            keep=annotation_id,
        )

    def cancel_resize(self) -> bool:
        if self.resizing is None:
            return False
        self.resizing = None
        self.article.clear_selection()
        return True

    def action_delete_highlight(self, annotation_id: str | None = None) -> None:
        existing = self.session.annotations.get(annotation_id) if annotation_id else self.under_cursor()
        if existing is None:
            self.notify("No highlight under the cursor", timeout=2)
            return
        self.apply(self.session.delete(existing.id))
        self.notify("Highlight deleted — u undoes", timeout=2)

    def action_undo(self) -> None:
        change, ops = self.session.undo()
        self.apply(ops)
        self.say(f"Undid {change.label}" if change is not None else "Nothing to undo")

    def action_redo(self) -> None:
        change, ops = self.session.redo()
        self.apply(ops)
        self.say(f"Redid {change.label}" if change is not None else "Nothing to redo")

    def say(self, message: str) -> None:
        """The word that goes with `u` and ctrl+r, in the key bar: drawn in the key's own frame, with the article
        and the panel (a toast came two frames later, :meth:`~reader.ui.widgets.key_bar.KeyBar.say`)."""
        self.query_one(KeyBar).say(message)

    def action_copy_citation(self) -> None:
        """`y`: the selection, highlight, quotation or sentence under the cursor as ``“text” — Speaker, Title
        (URL or file)`` to the clipboard (the choice and the OSC 52 copy: :mod:`reader.ui.clipboard`)."""
        from reader.ui.clipboard import copy_passage

        copy_passage(self, markdown=False)

    def action_copy_markdown(self) -> None:
        """`Y`: the same passage as a Markdown block quote with its attribution, note and tags."""
        from reader.ui.clipboard import copy_passage

        copy_passage(self, markdown=True)

    # -- panel ------------------------------------------------------------------------------------------------

    def on_highlight_list_action(self, event: HighlightList.Action) -> None:
        if event.action == "note":
            self.edit_note(event.annotation_id)
        elif event.action == "tags":
            self.action_tags(event.annotation_id)
        elif event.action == "delete":
            self.action_delete_highlight(event.annotation_id)

    def panel_jump(self, event: HighlightList.OptionSelected) -> None:
        annotation = self.session.annotations.get(event.option.id or "")
        if annotation is not None and annotation.anchor != "orphan":
            self.article.jump_when_laid_out(annotation.start, center=True)
            self.article.focus()

    def panel_highlighted(self, event: HighlightList.OptionHighlighted) -> None:
        self.article.set_marked_highlight(event.option.id)
