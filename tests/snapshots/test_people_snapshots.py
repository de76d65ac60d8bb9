"""Snapshots of the People screen (`P`): the list of everyone quoted, filtered, and one person's quotations.

The documents are written by the test, with their own dates (front matter), so every run draws the same.
Regenerate with ``pytest tests/snapshots --snapshot-update -k people`` and look at the SVGs before committing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from reader.sources import load_file
from reader.store import Store
from reader.ui.app import ReaderApp

DOCUMENTS = {
    "geneva.md": """---
title: Talks resume in Geneva
date: 2024-05-02
---

Talks resumed on Monday. “We will keep talking until there is peace,” said Jens Stoltenberg, the secretary general.

“The door is open,” Stoltenberg added.

Anna Berg, a diplomat, said: “Nobody expected this.”
""",
    "summit.md": """---
title: Summit ends in Oslo
date: 2024-06-14
---

“We agreed on the plan, and we will keep to it whatever happens next week,” said Jens Stoltenberg on Friday.

Maria Lopez, the host, said: “Oslo was glad to welcome everyone.”
""",
    "quiet.md": """---
title: A quiet week
date: 2024-07-01
---

Nothing was said by anyone this week, and the weather was mild.
""",
}


def people_app(tmp_path: Path) -> ReaderApp:
    store = Store(tmp_path / "people.json")
    for name, text in DOCUMENTS.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        document = load_file(path)
        store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
    quiet = tmp_path / "quiet.md"
    return ReaderApp(store=store, paths=[quiet], document=load_file(quiet))


async def open_people(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.press("P")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_people_list(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(people_app(tmp_path), terminal_size=(90, 20), run_before=open_people)


def test_people_filtered(snap_compare: Any, tmp_path: Path) -> None:
    async def filtered(pilot: Pilot[Any]) -> None:
        await open_people(pilot)
        await pilot.press(*"berg")
        await pilot.pause()

    assert snap_compare(people_app(tmp_path), terminal_size=(90, 20), run_before=filtered)


def test_people_one_persons_quotations(snap_compare: Any, tmp_path: Path) -> None:
    async def person(pilot: Pilot[Any]) -> None:
        await open_people(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(people_app(tmp_path), terminal_size=(90, 20), run_before=person)
