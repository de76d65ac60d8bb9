"""The reading screen's `/` prompt (:class:`SearchBar`), and the bound on what it holds.

Decision: **a query is at most** :data:`reader.text_search.MAX_QUERY` **characters** (500, a long sentence).
What is typed or pasted past that is left out and a toast says so, once per paste or keystroke: a regex tries
the query at every position of the text, and on a text that repeats it each try reads as far as the query is
long, so a pasted 2,000-word query held the keys 2-11 s (a hostile review's finding). The search itself also
shrinks its blocks as the query grows (:func:`reader.text_search.block_for`), so a key waits for at most one
slice (~2-4 ms) whatever the query; the cap keeps the bits no block size bounds (the stretch a scan reads past
its block, the marks around the screen) within a millisecond or two.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.reactive import Reactive

from reader.text_search import MAX_QUERY
from reader.ui.widgets.inert_text import BoundedInput

PLACEHOLDER = "search…  (Enter keeps, Esc closes)"
"""What the empty prompt shows: it covers the key bar, so it says its own keys."""

TOO_LONG = f"Search: at most {MAX_QUERY} characters; the rest was left out"
"""The toast when typing or a paste went past :data:`~reader.text_search.MAX_QUERY`."""


class SearchBar(BoundedInput):
    """The `/` prompt: incremental search; Enter accepts, Esc clears. (Inert: a pasted escape sequence shows;
    bounded: what goes past :data:`~reader.text_search.MAX_QUERY` characters is cut off with a toast.)

    It opens on the screen's last row, over the key bar, as ``less`` and vim put their prompts: on a layer of
    its own (``prompt``, declared by the reading screen) and docked there, so showing or hiding it moves and
    resizes nothing. Set above the article instead, it took a row from the pane: `/` and Esc then re-laid out
    the screen, repainted the whole pane and, a frame later, its scroll bar (30-70 ms on a 20 MB article,
    issue 14's "any key in one frame"); now they repaint one row. The key bar it covers has nothing for the
    prompt (its keys are in the placeholder)."""

    DEFAULT_CSS = """
    SearchBar {
        layer: prompt; dock: bottom; width: 1fr; height: 1; border: none; padding: 0 1; background: $panel;
        display: none; background-tint: $foreground 5%;
    }
    SearchBar:focus { border: none; background-tint: $foreground 5%; }
    """
    # Shown and hidden by its inline ``display``, not a class, and with the same look focused or not (Input's
    # ``:focus`` tint is set on both; see ``watch_has_focus``): either change re-applied the stylesheet to the
    # prompt and its component classes on every `/` and Esc (~2-3 ms each of a frame's 16.7).

    too_long_key = "search-length"
    too_long = TOO_LONG

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """Input sets its virtual size (the value's width, for scrolling it) on every keystroke; as Widget's, a
    layout reactive, that re-laid out the screen and repainted every scroll bar a frame after the echo. The
    prompt's size never depends on its value (one row, the screen's width), so a repaint is all it needs."""

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Widget's re-applies the stylesheet for ``:focus`` (the prompt and its component classes) as the
        prompt takes and loses focus, in the frames of `/` and Esc. It looks the same either way (DEFAULT_CSS;
        a test keeps it so), so there is nothing to re-apply."""

    def on_blur(self, event: events.Blur) -> None:
        """Focus left the open prompt (Tab, a click on the article): it closes, keeping the search as Enter
        does. Left open, it sat over the key bar, hiding the keys and their notes, until `/` and Enter or Esc."""
        if not self.app.app_focus:
            return  # the terminal's window lost focus: Textual gives the prompt its focus back with it
        search_left = getattr(self.screen, "search_left", None)
        if self.display and search_left is not None:
            search_left()
