"""The note (`n`) and tags (`t`) dialogs of the reading screen: which highlight they edit (made for them when
there is none), where they sit (clear of the passage), and what their answer does.

Kept apart from :mod:`reader.ui.screens.annotating` (the keys that make and change highlights), of which it is a
mixin: the dialogs themselves are :mod:`reader.ui.screens.dialogs`'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.annotation import Annotation
    from reader.document import Span
    from reader.session import AnnotationSession, StoreOp
    from reader.ui.screens.annotating import Target
    from reader.ui.widgets.article_view import ArticleView

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object


class EditingMixin(_ScreenBase):
    """Mixed into AnnotatingMixin, which provides the session, the article and the highlight helpers below."""

    if TYPE_CHECKING:
        session: AnnotationSession
        last_color: str

        @property
        def article(self) -> ArticleView: ...
        def target(self) -> Target | None: ...
        def under_cursor(self) -> Annotation | None: ...
        def _same_span(self, span: Span) -> Annotation | None: ...
        def _create(self, color: str) -> Annotation | None: ...
        def apply(self, ops: list[StoreOp], *, keep: str | None = None) -> None: ...
        def action_next_match(self) -> None: ...

    def _annotation_for_edit(self, annotation_id: str | None = None) -> tuple[Annotation | None, bool]:
        """The highlight a note or tags dialog edits, and whether it was created for the dialog (then
        cancelling the dialog takes the creation back: the user made nothing)."""
        if annotation_id:
            return self.session.annotations.get(annotation_id), False
        if self.article.selection is None:
            existing = self.under_cursor()
            if existing is not None:
                return existing, False
        target = self.target()
        same = self._same_span(target.span) if target is not None else None
        if same is not None:  # a selection of exactly a highlight: that highlight (never a second record)
            self.article.clear_selection()
            return same, False
        return self._create(self.last_color), True

    def passage_rows(self, annotation: Annotation) -> tuple[int, int] | None:
        """The screen rows (first, last) that show ``annotation``'s passage, for a dialog to leave uncovered;
        a passage taller than half the article keeps only the cursor's row clear. None when it is off screen."""
        article = self.article
        if annotation.anchor == "orphan":
            return None
        layout, top = article.layout_rows, int(article.scroll_offset.y)
        height = article.scrollable_content_region.height
        first = layout.row_of(annotation.start) - top
        last = layout.row_of(max(annotation.start, annotation.end - 1)) - top
        if last < 0 or first >= height:
            return None
        first, last = max(0, first), min(height - 1, last)
        if last - first + 1 > height // 2:
            cursor = layout.row_of(article.cursor) - top
            first = last = min(max(cursor, first), last)
        y = article.scrollable_content_region.y
        return y + first, y + last

    def _take_back(self, annotation_id: str) -> None:
        """A dialog that created its highlight was cancelled: remove the highlight, leaving no undo step."""
        self.apply(self.session.retract(annotation_id))

    def action_note_or_next(self) -> None:
        if self.article.matches:
            self.action_next_match()
        else:
            self.edit_note()

    def edit_note(self, annotation_id: str | None = None) -> None:
        annotation, created = self._annotation_for_edit(annotation_id)
        if annotation is None:
            return
        target_id = annotation.id

        def saved(note: str | None) -> None:
            if note is not None:
                self.apply(self.session.edit(target_id, "note", note=note), keep=target_id)
            elif created:
                self._take_back(target_id)

        from reader.ui.screens.dialogs import NoteEditor  # imported on first use: TextArea is slow to import

        rows = self.passage_rows(annotation)
        self.app.push_screen(NoteEditor(annotation.text, annotation.note, rows, settle=saved), saved)

    def action_tags(self, annotation_id: str | None = None) -> None:
        annotation, created = self._annotation_for_edit(annotation_id)
        if annotation is None:
            return
        target_id = annotation.id

        def saved(tags: tuple[str, ...] | None) -> None:
            if tags is not None:
                self.apply(self.session.edit(target_id, "tags", tags=tags), keep=target_id)
            elif created:
                self._take_back(target_id)

        from reader.ui.screens.dialogs import TagsEditor

        known = (tag for other in self.session.annotations.values() if other.id != target_id for tag in other.tags)
        dialog = TagsEditor(annotation.tags, self.passage_rows(annotation), known, settle=saved, quote=annotation.text)
        self.app.push_screen(dialog, saved)
