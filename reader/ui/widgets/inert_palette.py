"""Textual's command palette with an inert input: what is typed or pasted into it is painted as the reader's own
inputs paint it (:class:`~reader.ui.widgets.inert_text.InertInput`), never raw.

The palette's own input is a plain Input: a pasted U+202E, U+200B or U+3164 reached the terminal as it was (a
hostile review's finding), while the library's filter and the search bar showed ``▯``. Only the input is
swapped; the palette is Textual's in every other way (its commands, its results list, its keys)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.command import CommandInput, CommandPalette

from reader.ui.widgets.inert_text import InertInput


class InertCommandInput(CommandInput, InertInput):
    """The palette's input, painting its value inert. CommandInput comes first: Textual's type selectors follow
    the first base only, and the palette finds its input by that type (it defines no method that InertInput's
    would lose to: only its style)."""


class InertCommandPalette(CommandPalette):
    """:class:`CommandPalette` whose input is an :class:`InertCommandInput`."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():  # (yielded inside the palette's own containers, in its order)
            if isinstance(widget, CommandInput) and not isinstance(widget, InertCommandInput):
                yield InertCommandInput(placeholder=widget.placeholder, select_on_focus=False)
            else:
                yield widget
