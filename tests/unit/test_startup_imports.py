"""A plain-text start-up loads none of the heavy libraries of the new sources (issue 10).

trafilatura (~140 ms to import), lxml, httpx, markdown-it and platformdirs are imported by the module of their
source kind only when such a source is opened (:mod:`reader.sources`). Each check runs in a fresh interpreter,
since this test session has imported them already. What the whole app imports up to its first paint (Textual
itself imports platformdirs) is checked by benchmarks/sources_paint.py, in a pty.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED

HEAVY = ("trafilatura", "lxml", "httpx", "markdown_it", "platformdirs")

REPORT = "import json, sys; print(json.dumps(sorted(m for m in sys.modules if m.partition('.')[0] in {heavy!r})))"

STARTUPS = {
    "open a .txt": (
        "import reader.cli, reader.sources, reader.loader; from reader.sources import load_file; load_file({seed!r})"
    ),
    "reader text on a .txt": (
        "import sys; from reader.cli import main; sys.argv = ['reader', 'text', {seed!r}]; "
        "code = main(); assert code == 0, code"
    ),
}


def heavy_modules_after(code: str) -> list[str]:
    program = code.format(seed=str(SEED)) + "\n" + REPORT.format(heavy=frozenset(HEAVY))
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    found: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("code", STARTUPS.values(), ids=list(STARTUPS))
def test_plain_text_startup_imports_no_heavy_library(code: str) -> None:
    assert heavy_modules_after(code) == []


def test_the_check_sees_a_heavy_import() -> None:
    """The check itself works: it sees a heavy module that was imported."""
    assert "lxml" in {name.partition(".")[0] for name in heavy_modules_after("import lxml.etree")}
