"""Saving edits in the background: the "not saved yet" state, one report per outage, and retries.

A mixin of the reading screen (through :class:`~reader.ui.screens.annotating.AnnotatingMixin`), kept apart so the
keys and their effects read in one file and the write bookkeeping in another. Every store operation goes to the
app's :class:`~reader.store.writer.BackgroundWriter`. The panel marks an entry "not saved yet" only when its write
has not returned within :data:`MARK_UNSAVED_AFTER` (or failed), until it returns: a write takes a few milliseconds,
and marking every new entry at once and unmarking it a moment later drew each `h` twice, the second frame ~10 ms
after the first (issue 14: one frame per key). A failed write (disk full, read-only directory) is kept, reported
once, and retried every :data:`RETRY_SECONDS` with the session's current state of that highlight, so a retry never
overwrites a later edit that was saved meanwhile. A change to a highlight another process has deleted is dropped
by the store (``Store.update`` merges a change into the record as stored, never recreating it): the highlight is
taken off the screen, with a notice, so nothing shown is unsaved.
"""

from __future__ import annotations

from concurrent.futures import Future
from functools import partial
from typing import TYPE_CHECKING, Any

from reader.errors import ReaderError
from reader.session import AnnotationSession, Put, StoreOp, op_key, retry_ops
from reader.store.file import StoreTooLarge

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.ui.app import ReaderApp
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.highlight_panel import HighlightPanel

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object

RETRY_SECONDS = 5.0
"""How long to wait before retrying writes that failed (disk full, read-only directory...)."""

MARK_UNSAVED_AFTER = 0.5
"""Seconds a write may take before its entry is marked "not saved yet" (a slow or stuck disk shows within half a
second; a quick write is never drawn as pending)."""


def not_saved_notice(message: str, *, store_full: bool) -> str:
    """The "Could not save" notice for a write that failed with ``message``. A full or read-only disk, or a lock
    another reader holds, is a passing state: a retry saves the highlights once it is over. A store that would grow past
    what reader reads (``store_full``: :class:`~reader.store.file.StoreTooLarge`) does not, whatever the disk
    does: it needs room made in it, or the highlights taken elsewhere (``q``, then ``f``, writes them to a file)."""
    if store_full:
        return (
            f"Could not save ({message}). The store is full, not the disk: your highlights are kept here, not "
            "saved, and saved once it has room (retrying); or quit with q and press f to write them to a file for "
            "`reader import`."
        )
    return (
        f"Could not save ({message}). Your highlights are kept here and will be saved when the disk allows; "
        "retrying."
    )


class SavingMixin(_ScreenBase):
    """Write bookkeeping; the screen provides ``session``, ``panel``, ``reader_app`` and the state below."""

    session: AnnotationSession
    unsaved: set[str]
    """Ids whose latest write has not returned, or failed (quitting waits for, and reports, these)."""
    marked_unsaved: set[str]
    """The part of ``unsaved`` the panel shows as "not saved yet": failed, or pending over MARK_UNSAVED_AFTER."""
    _failed_ops: list[StoreOp]
    last_failure: str = ""
    """Why the latest write failed ("" when none has)."""
    _retry_timer: Any
    _failure_reported: bool
    _not_stored: set[str]
    """Ids whose creation (a whole Put) failed and has not been saved by a retry yet."""

    if TYPE_CHECKING:

        @property
        def reader_app(self) -> ReaderApp: ...
        @property
        def panel(self) -> HighlightPanel: ...
        @property
        def article(self) -> ArticleView: ...

    def init_saving(self) -> None:
        self.unsaved = set()
        self.marked_unsaved = set()
        self._failed_ops = []
        self._retry_timer = None
        self._failure_reported = False
        self._not_stored = set()

    def persist(self, ops: list[StoreOp]) -> None:
        store = self.reader_app.store
        for op in ops:
            key = op_key(op)
            self.unsaved.add(key)
            future: Future[bool | None]
            if isinstance(op, Put) and op.base is None:  # new (or brought back by undo): written whole
                future = self.reader_app.writer.submit(partial(store.add, op.annotation))
            elif isinstance(op, Put):  # a change: merged into the record as stored, never recreating it
                future = self.reader_app.writer.submit(partial(store.update, op.annotation, base=op.base))
            else:
                future = self.reader_app.writer.submit(partial(store.delete, op.annotation_id))
            future.add_done_callback(partial(self._write_done, op=op, key=key))
        self.set_timer(MARK_UNSAVED_AFTER, partial(self._mark_slow_writes, [op_key(op) for op in ops]))

    def _mark_slow_writes(self, keys: list[str]) -> None:
        """Mark the entries whose writes are still pending after MARK_UNSAVED_AFTER."""
        for key in keys:
            if key in self.unsaved:
                self._set_mark(key, True)

    def _set_mark(self, key: str, marked: bool) -> None:
        """Show or clear one entry's "not saved yet" (redrawing that entry only when it changes)."""
        if (key in self.marked_unsaved) == marked:
            return
        if marked:
            self.marked_unsaved.add(key)
        else:
            self.marked_unsaved.discard(key)
        self.panel.set_saved(key, self.marked_unsaved)

    def _write_done(self, future: Future[bool | None], *, op: StoreOp, key: str) -> None:
        """In the writer's thread: hand the result to the UI thread without waiting for it (``call_later`` posts
        thread-safely). ``call_from_thread`` waited, so the writer stood still until the UI took the result, and
        a ``drain()`` on the UI thread (a test's, under load) then waited for the writer for ever. A screen
        already closed takes nothing (``call_later`` returns False): ``drain()`` waited for this write."""
        error = future.exception()
        try:
            self.call_later(self._after_write, op, key, error, error is None and future.result() is False)
        except RuntimeError:
            pass  # no app to hand it to any more (NoActiveAppError): drain() waited for this write

    def _after_write(self, op: StoreOp, key: str, error: BaseException | None, gone: bool = False) -> None:
        """``gone``: the store had no record for this change (``Store.update`` returned False)."""
        if gone and key in self._not_stored and isinstance(op, Put):  # its creation failed here: retried whole
            error, op = ReaderError("its highlight is not saved yet"), Put(op.annotation)
        elif gone:
            self.unsaved.discard(key)
            self._set_mark(key, False)
            self._deleted_elsewhere(key)
            return
        elif isinstance(op, Put) and op.base is None and error is None:
            self._not_stored.discard(key)
        elif isinstance(op, Put) and op.base is None:
            self._not_stored.add(key)
        if error is None:
            if not any(op_key(failed) == key for failed in self._failed_ops):
                self.unsaved.discard(key)
            if not self.unsaved:
                self._failure_reported = False  # all saved: a later failure is news again
        else:
            message = str(error) if isinstance(error, ReaderError) else f"{type(error).__name__}: {error}"
            self.last_failure = message  # for the line printed when quitting with changes unsaved
            if not self._failure_reported:  # once per outage, not once per retry
                self._failure_reported = True
                self.notify(
                    not_saved_notice(message, store_full=isinstance(error, StoreTooLarge)),
                    title="Not saved",
                    severity="error",
                    timeout=10,
                    markup=False,
                )
            self._failed_ops.append(op)
            if self._retry_timer is None:
                self._retry_timer = self.set_timer(RETRY_SECONDS, self._retry)
        self._set_mark(key, key in self.unsaved and (error is not None or key in self.marked_unsaved))

    def _deleted_elsewhere(self, key: str) -> None:
        """The store no longer has this highlight (another reader or an import deleted it): the change was
        dropped, not saved (Store.update never recreates a record). Taken off the screen, so nothing shown is
        unsaved, and said once."""
        if self.session.annotations.pop(key, None) is None:
            return
        self.article.change_highlights([], [key])
        self.panel.change([], [key], self.marked_unsaved)
        self.notify("This highlight was deleted elsewhere (in another reader, or by an import); your change to it "
                    "was not saved.", title="Deleted elsewhere", severity="warning", timeout=8, markup=False)

    def retry_failed_writes(self) -> None:
        """Submit the failed writes again now (the app calls this before it quits)."""
        if self._retry_timer is not None:
            self._retry_timer.stop()
        self._retry()

    def _retry(self) -> None:
        self._retry_timer = None
        ops, self._failed_ops = self._failed_ops, []
        # Retry the session's current state of each key, once, not the old operations: a later edit of the
        # same highlight may have been saved meanwhile, and replaying an older Put would overwrite it.
        current = retry_ops(ops, self.session.annotations)
        if current:
            self.persist(current)
