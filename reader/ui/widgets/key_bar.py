"""The footer: the main keys of what has focus, on one line; a click on a key presses it; a short note on the right."""

from __future__ import annotations

from textual import events
from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget

from reader.sanitize import sanitize

NOTE_SECONDS = 2.0
"""How long a note (:meth:`KeyBar.say`) stays."""


class KeyBar(Widget):
    """``h Highlight  n Note  ...`` for the bindings marked ``show``, and the command palette key on the right.

    A lighter stand-in for Textual's Footer, which mounts one widget per key, and does so only after the first
    frame: the keys here are drawn with the first screen, by one widget. The bindings are re-read whenever the
    screen says they changed (focus moved, a binding was enabled or disabled). Where they do not all fit, the last
    ones (the least important) are left out whole: never half a key (:meth:`_fitting`)."""

    DEFAULT_CSS = """
    KeyBar {
        height: 1; split: bottom; text-wrap: nowrap; text-overflow: clip;
        background: $footer-background; color: $footer-description-foreground;
    }
    """

    KEY_STYLE = "bold $footer-key-foreground"
    DISABLED_STYLE = "$foreground-disabled"

    def __init__(self, *, screen_keys_only: bool = False) -> None:
        super().__init__()
        self.screen_keys_only = screen_keys_only
        """Show only the keys the screen itself binds, and no palette key: a dialog's bar (`q` and `?` are typed
        in its text field, not the app's Quit and Keys, and the keys of the screen under it are not its)."""
        self._keys: list[tuple[int, int, str]] | None = None
        """(first column, last column + 1, key) of each key drawn, for clicks."""
        self.note = ""
        """The note shown at the right end, in place of the palette key ("" for none)."""
        self._note_timer: Timer | None = None
        self._look_pending = False
        """A look at the bindings is queued (:meth:`_bindings_changed`)."""
        self._drawn: tuple[object, ...] | None = None
        """:meth:`_signature` of the bindings last drawn (None: not drawn yet)."""

    def say(self, message: str, seconds: float = NOTE_SECONDS) -> None:
        """Show ``message`` (one line, plain text) at the right end of the bar for ``seconds``.

        For the word that goes with a key whose effect is already on screen (`u`: "Undid highlight"): the bar is
        drawn in the key's own frame. A toast is mounted a message later, in a layout pass of its own, and the
        rack scrolls after it: two more frames, ~50 ms after the key in a terminal (issue 14: one frame per key)."""
        self.note = sanitize(" ".join(message.split()))
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(seconds, self._clear_note)
        self.refresh()

    def _clear_note(self) -> None:
        self._note_timer = None
        self.note = ""
        self.refresh()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """Look once, after the signals of this turn: a key that moves focus and changes what it may do (Esc
        in the prompt) signals three times, and each look computes the screen's bindings (~0.5 ms)."""
        if not self._look_pending:
            self._look_pending = True
            self.call_later(self._look)

    def _look(self) -> None:
        """Repaint when what the bar shows changed. The screen says so more often than that: Textual's
        ``set_focus`` asks again after the frame, and the second, identical bar was a frame of its own,
        ~30 ms after `/` (issue 14: one frame per key)."""
        self._look_pending = False
        if not self.is_attached:
            return
        active = self.screen.active_bindings
        if self._signature(active, self._shown(active)) != self._drawn:
            self.refresh()

    def _shown(self, active: dict[str, ActiveBinding]) -> list[tuple[Binding, bool]]:
        only = self.screen if self.screen_keys_only else None
        return self.shown_bindings(active, self.screen.focused, self.app, only=only)

    @property
    def _palette(self) -> str | None:
        """The command palette's key, when the bar shows it."""
        app = self.app
        return app.COMMAND_PALETTE_BINDING if app.ENABLE_COMMAND_PALETTE and not self.screen_keys_only else None

    def _signature(self, active: dict[str, ActiveBinding], shown: list[tuple[Binding, bool]]) -> tuple[object, ...]:
        """What :meth:`render` draws from the bindings: each key shown, its label, whether it is enabled, and
        whether the palette key is there."""
        return (*((binding.key, binding.description, enabled) for binding, enabled in shown), self._palette in active)

    @staticmethod
    def shown_bindings(
        active: dict[str, ActiveBinding],
        focused: DOMNode | None = None,
        app: DOMNode | None = None,
        *,
        only: DOMNode | None = None,
    ) -> list[tuple[Binding, bool]]:
        """The bindings to show, one per action (the first key of each), with whether each is enabled.

        When the ``focused`` widget shows keys of its own (the outline, the highlights list), those and the
        ``app``'s are shown, not the screen's: the screen's keys act on the article, and listing them under the
        outline told the reader the wrong story. A widget without keys of its own (the article) shows the
        screen's. With ``only``, the bindings of that node alone (a dialog's own keys), in the order it
        defines them, even one its focused text field takes first (the tags line's Enter saves the tags)."""
        own = focused is not None and any(node is focused and b.show for node, b, _e, _t in active.values())
        seen: set[str] = set()
        shown: list[tuple[Binding, bool]] = []
        if only is not None:
            for binding in (b for bindings in only._bindings.key_to_bindings.values() for b in bindings):
                if binding.show and binding.action not in seen:
                    seen.add(binding.action)
                    shown.append((binding, True))
            return shown
        for node, binding, enabled, _tooltip in active.values():
            if own and node is not focused and node is not app:
                continue
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                shown.append((binding, enabled))
        return shown

    def render(self) -> Content:
        app = self.app
        width = self.size.width
        active = self.screen.active_bindings  # computed from the focus chain: once per render
        shown = self._shown(active)
        self._drawn = self._signature(active, shown)
        pieces: list[tuple[Content, str]] = []
        for binding, enabled in shown:
            key_style = self.KEY_STYLE if enabled else self.DISABLED_STYLE
            key = Content.styled(f" {app.get_key_display(binding)} ", key_style)
            label = Content.styled(f"{binding.description} ", "" if enabled else self.DISABLED_STYLE)
            pieces.append((Content.assemble(key, label), binding.key))
        palette = self._palette
        if self.note:
            note = Content.assemble(("▏", "$footer-key-foreground 50%"), (f"{self.note} ", self.KEY_STYLE))
            left, keys = self._fitting(pieces, max(0, width - note.cell_length - 1))  # the note is read now
            left = Content.assemble(left, " " * max(1, width - left.cell_length - note.cell_length), note)
        else:
            left, keys = self._fitting(pieces, width)
            if palette and palette in active:
                palette_key = app.get_key_display(active[palette].binding)
                right = Content.assemble(("▏", "$footer-key-foreground 50%"), (palette_key, self.KEY_STYLE), " palette")
                gap = width - left.cell_length - right.cell_length
                if gap >= 1:
                    keys.append((left.cell_length + gap, width, palette))
                    left = Content.assemble(left, " " * gap, right)
        self._keys = keys
        return left

    @staticmethod
    def _fitting(pieces: list[tuple[Content, str]], room: int) -> tuple[Content, list[tuple[int, int, str]]]:
        """The keys of ``pieces`` (each `` key label ``, in order of importance) that fit whole in ``room``
        columns, and where each is drawn. The first that does not fit and all after it are left out: a key cut
        at the right edge (``? Ke`` at 40 columns) read as another word, and pressed where it showed. A label's
        trailing space may be what is cut. "? Keys" (the last) stays while it fits at all, after the others
        that fit before it: at 60 columns it went first, and with it the way to learn every other key."""
        parts: list[Content] = []
        keys: list[tuple[int, int, str]] = []
        column = 0
        # "? Keys", last, is kept whenever it fits: the one key that tells a new user all the others
        pinned = pieces[-1] if pieces and pieces[-1][1] == "question_mark" else None
        if pinned is not None and sum(piece.cell_length for piece, _ in pieces) - 1 > room >= (
                pinned[0].cell_length):
            pieces = pieces[:-1]
            room -= pinned[0].cell_length
        else:
            pinned = None
        for piece, key in pieces:
            end = column + piece.cell_length
            if end - 1 > room:
                break
            keys.append((column, min(end, room), key))
            parts.append(piece)
            column = end
        if pinned is not None:
            keys.append((column, column + pinned[0].cell_length, pinned[1]))
            parts.append(pinned[0])
            room += pinned[0].cell_length
        left = Content.assemble(*parts)
        return (left.truncate(room) if left.cell_length > room else left), keys

    def key_at(self, x: int) -> str | None:
        """The key drawn at column ``x``, if any."""
        for start, end, key in self._keys or ():
            if start <= x < end:
                return key
        return None

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key is not None:
            event.stop()
            self.app.simulate_key(key)
