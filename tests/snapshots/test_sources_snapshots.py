"""Snapshots of converted documents: a web page with a table and a code block, a Markdown file, an EPUB, and the
library of a folder. The pages are written by the tests (no third-party text in the project).

Regenerate after an intended visual change with ``pytest tests/snapshots --snapshot-update`` and look at the
SVGs in ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.sources import load_file, readable_files
from reader.store import Store
from reader.ui.app import ReaderApp

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves the river plan | The Daily Example</title>
<meta name="author" content="Ann Reporter">
<meta property="article:published_time" content="2024-05-01T09:00:00Z">
<meta property="og:site_name" content="The Daily Example">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council approves the river plan</h1>
<p>The city council voted on Tuesday to approve the <em>long-delayed</em> river plan, ending a debate that has
run for <strong>three years</strong>. &ldquo;We finally have a plan that works for everyone,&rdquo; said
Mayor Jane Holt after the vote.</p>
<p>The plan sets out how the money is spent, year by year:</p>
<table><thead><tr><th>Year</th><th>Budget</th><th>Work</th></tr></thead>
<tbody><tr><td>2024</td><td>&euro;1.2m</td><td>Survey and design</td></tr>
<tr><td>2025</td><td>&euro;4.8m</td><td>Embankments</td></tr>
<tr><td>2026</td><td>&euro;2.0m</td><td>Footpaths and trees</td></tr></tbody></table>
<h2>How the flood model was run</h2>
<p>The engineers published the script they used, with the input file <code>levels.csv</code>:</p>
<pre><code>import csv

with open("levels.csv") as f:
    for row in csv.reader(f):
        print(row[0], "max", max(row[1:]))
</code></pre>
<blockquote><p>The model is only as good as the gauges upstream.</p></blockquote>
<p>Opponents said the plan &ldquo;ignores the farmers downstream&rdquo;, and promised to appeal. Read the
<a href="https://example.org/plan.pdf">full plan</a> on the council's site.</p>
</article>
<footer>Copyright The Daily Example. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""

MARKDOWN = """---
title: Field notes on the river plan
author: A. Researcher
date: 2024-05-02
---

# Field notes on the river plan

Three things stood out at the **council meeting**, in _this_ order:

1. The budget table was shown twice.
2. Nobody asked about the gauges.
   - except one farmer, who said "they were moved in 2019"
3. The vote took `4 minutes`.

| Speaker    | Minutes | Stance  |
|------------|--------:|---------|
| Mayor Holt | 12      | for     |
| J. Farmer  | 3       | against |

```python
def total(rows):
    return sum(r["budget"] for r in rows)  # "not a quotation"
```

> The model is only as good as the gauges upstream.

![The river at dawn](river.jpg)
"""


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app(tmp_path: Path, name: str, content: str) -> ReaderApp:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return ReaderApp(store=Store(tmp_path / "a.json"), document=load_file(path))


def test_html_article_with_table_and_code(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(_app(tmp_path, "river.html", PAGE), terminal_size=(110, 50), run_before=settle)


def test_markdown_file(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(_app(tmp_path, "notes.md", MARKDOWN), terminal_size=(110, 45), run_before=settle)


def test_folder_library(snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the source column shows ~/articles/... on every machine
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "river.html").write_text(PAGE, encoding="utf-8")
    (folder / "notes.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "plain.txt").write_text("A plain title\n\nA plain paragraph.\n", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG")
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=readable_files(folder), folder="articles")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
