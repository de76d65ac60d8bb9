"""Baseline for the startup benchmark: the smallest Textual app that shows a file, one ``Static``.

    python benchmarks/baseline_static.py PATH
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static


class StaticApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.text, markup=False)


if __name__ == "__main__":
    StaticApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
