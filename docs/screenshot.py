"""Regenerate docs/screenshot.svg: the seed with three highlights and a note, at 120x36.

    .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parent.parent


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        seed = ROOT / "seeds" / "belarus-nato-stoltenberg.txt"
        app = ReaderApp(store=Store(Path(folder) / "a.json"), paths=[seed], document=load_document(seed))
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            for keys in (["]", "h"], ["]", "2"], ["]", "3", "n"]):
                await pilot.press(*keys)
                await pilot.pause()
            await pilot.press(*"Key claim: no NATO build-up.")
            await pilot.press("ctrl+s", "]", "]")
            await pilot.pause()
            app.writer.drain()
            await pilot.pause(0.3)
            app.save_screenshot(filename="screenshot.svg", path=str(ROOT / "docs"))


if __name__ == "__main__":
    asyncio.run(main())
