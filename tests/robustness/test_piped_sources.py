"""Issue 10, item 6: a piped web page is read as a page (its article, not its markup), the keys come from the
terminal, and ``reader text -`` / ``reader quotes -`` read a document from standard input without a terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import Store
from tests.conftest import ROOT, SEED
from tests.robustness import clean_env
from tests.robustness.test_stdin_and_hangup import PipedPtyApp, wait_for_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

PAGE = (
    "<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>"
    "<nav>Home | News | Sport | Weather</nav><article><h1>Harbour plan approved</h1>"
    "<p>The harbour board approved the plan on Monday. “We have waited ten years for this,” said Ana Ruiz, "
    "the board's chair, after a vote that ended a long dispute between the fishermen and the city.</p>"
    "<p>Work on the new quay starts in the spring, and the board expects it to take two years to finish.</p>"
    "</article><footer>© The Harbour Times</footer></body></html>"
)


def test_a_piped_page_shows_its_article_and_takes_keys_from_the_terminal(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = PipedPtyApp(["--db", str(db)], PAGE.encode("utf-8"), tmp_path)
    try:
        assert app.wait_output(b"harbour board approved", timeout=30), bytes(app.output[-2000:])
        app.settle(1.0)
        assert b"<p>" not in bytes(app.output) and b"<article>" not in bytes(app.output)
        assert not db.exists() or not Store(db).all_annotations()
        app.send(b"]")  # to the quotation, then highlight it
        app.settle(0.5)
        app.send(b"h")
        assert wait_for_store(db, lambda found: len(found) == 1), bytes(app.output[-2000:])
        app.send(b"q")
        assert app.wait_exit(timeout=20) == 0, bytes(app.output[-2000:])
    finally:
        app.close()
    [annotation] = Store(db).all_annotations()
    assert annotation.text == "We have waited ten years for this," or "waited ten years" in annotation.text
    assert "<" not in annotation.text and annotation.title == "Harbour plan approved"


def _run(args: list[str], data: bytes, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=data,
        capture_output=True,
        cwd=tmp_path,
        env=clean_env(PYTHONPATH=str(ROOT), READER_CACHE_DIR=str(tmp_path / "cache")),
        start_new_session=True,  # no controlling terminal: these commands need none
        timeout=120,
    )


def test_text_and_quotes_read_standard_input(tmp_path: Path) -> None:
    result = _run(["text", "--json", "-"], PAGE.encode("utf-8"), tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "html" and data["title"] == "Harbour plan approved"
    assert "Home | News" not in data["text"] and "<" not in data["text"]
    plain = _run(["text", "-"], SEED.read_bytes(), tmp_path)
    assert plain.returncode == 0
    assert plain.stdout.decode("utf-8") == SEED.read_text(encoding="utf-8").rstrip("\n") + "\n"
    quotes = _run(["quotes", "--json", "-"], PAGE.encode("utf-8"), tmp_path)
    assert quotes.returncode == 0, quotes.stderr
    [quote] = [q for q in json.loads(quotes.stdout) if "ten years" in q["text"]]
    assert "Ruiz" in (quote["speaker_full"] or quote["speaker"] or "")


def test_empty_standard_input_is_one_line(tmp_path: Path) -> None:
    result = _run(["text", "-"], b"", tmp_path)
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and lines[0].startswith("reader: ")
