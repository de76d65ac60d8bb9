"""Baseline for the key benchmark: Textual's own ``TextArea`` (read-only, soft-wrapped) on a file.

    python benchmarks/baseline_textarea.py PATH

The cursor does not blink (``cursor_blink = False``): a read-only TextArea draws its cursor the same either
way, but the blink timer would repaint a row every 0.5 s and the benchmark waits for the output to go quiet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class TextAreaApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        area = TextArea(self.text, read_only=True, soft_wrap=True)
        area.cursor_blink = False
        yield area


if __name__ == "__main__":
    TextAreaApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
