"""InertInput's editing keys act in the order typed: Backspace, Delete and the cursor keys are bindings in
Textual, run once the key has bubbled up to the app, so a busy screen applied them after the characters typed
just after (``t e x ⌫ ⌫ e x t`` gave ``texe`` in the library's search at 50,000 highlights)."""

from __future__ import annotations

import time

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from reader.ui.widgets.inert_text import InertInput


class Busy(App[None]):
    """A screen whose Changed handler takes a while, as the library's search and the People filter do."""

    def compose(self) -> ComposeResult:
        yield InertInput(id="field")

    def on_input_changed(self, _event: Input.Changed) -> None:
        time.sleep(0.02)


def key(name: str) -> events.Key:
    return events.Key(name, name if len(name) == 1 else None)


async def test_a_burst_with_backspaces_is_applied_in_order() -> None:
    app = Busy()
    async with app.run_test() as pilot:
        field = app.query_one("#field", InertInput)
        field.focus()
        await pilot.pause()
        for name in ["t", "e", "x", "backspace", "backspace", "e", "x", "t"]:  # one burst, nothing awaited
            field.post_message(key(name))
        await pilot.pause(0.5)
        assert field.value == "text"
        for name in ["home", "a", "end", "b", "left", "delete", "c"]:
            field.post_message(key(name))
        await pilot.pause(0.5)
        assert field.value == "atextc"
