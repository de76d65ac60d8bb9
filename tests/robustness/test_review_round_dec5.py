"""Faults found by the hostile review of 5 December: inputs earlier rounds did not try.

Each test fails without its fix. Every run uses its own tmp store and cache (never ./annotations.json).
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import struct
import subprocess
import sys
import termios
import time
from functools import partial
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.library_index import build_rows
from reader.search import document_infos
from reader.sources import open_source
from reader.store import Store
from reader.store.file import DocumentRecord
from tests.conftest import ROOT
from tests.robustness import PtyApp, clean_env, read_some
from tests.ui.test_hostile_pty import strip_terminal_codes

TIMEOUT = 60


PROXY_VARIABLES = ("ALL_PROXY", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY")


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m reader ARGS`` with ``env`` added to this process's environment (the fixture's tmp store) and
    no proxy variable but those ``env`` names."""
    base = {name: value for name, value in os.environ.items() if name.upper() not in PROXY_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        env={**base, **(env or {})},
    )


def assert_one_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), result.stderr[-2000:]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# -- a proxy in the environment that httpx cannot use ------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "proxy", "needle"),
    [
        ("ALL_PROXY", "socks5://127.0.0.1:9", "socksio"),  # httpx raised ImportError: a traceback
        ("HTTPS_PROXY", "ftp://proxy.example", "ftp"),
        ("HTTP_PROXY", "http://[::1", "HTTP_PROXY"),
    ],
)
def test_a_proxy_the_fetcher_cannot_use_is_one_line(variable: str, proxy: str, needle: str) -> None:
    """``ALL_PROXY=socks5://…`` (common for ssh tunnels) with httpx installed without socksio: ``reader URL`` and
    ``reader text URL`` ended in an ImportError traceback. Now one line that names the variable."""
    line = assert_one_line(run("text", "http://127.0.0.1:9/story", env={variable: proxy}), "proxy", needle)
    assert variable in line


def test_a_proxys_password_is_not_shown() -> None:
    line = assert_one_line(run("text", "http://127.0.0.1:9/story", env={"ALL_PROXY": "socks5://me:hunter2@[::1]:9"}))
    assert "hunter2" not in line


# -- a pipe whose reader goes away while a large result is being written ------------------------------------------


def _large_quotations_file(folder: Path) -> Path:
    path = folder / "quotes.txt"
    lines = ["A title", ""]
    for number in range(3000):
        lines += [f"“Words number {number} are here,” said John Smith.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_reader_that_stops_part_way_is_status_141_not_0(tmp_path: Path) -> None:
    """``reader quotes FILE --json | head -1``: the kernel took the first 64 KiB, the reader left, the buffered
    writer returned the part it wrote and the rest was dropped without an error: status 0 for a cut output (the
    pipe was closed before the write in earlier tests, never during it). Now SIGPIPE's status, 141."""
    source = _large_quotations_file(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "quotes", str(source), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(1)  # the writer is now blocked on a full pipe, part way through its output
    process.stdout.close()
    try:
        code = process.wait(TIMEOUT)
    finally:
        process.kill()
    assert (code, process.stderr.read()) == (141, b"")


# -- a stored path holding a NUL character -----------------------------------------------------------------------


def _w3c_import(folder: Path, source: str) -> Path:
    path = folder / "w3c.json"
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "type": "Annotation",
        "created": "2026-01-01T00:00:00Z",
        "target": {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": "hello"},
                {"type": "TextPositionSelector", "start": 0, "end": 5},
            ],
        },
    }
    path.write_text(json.dumps(annotation), encoding="utf-8")
    return path


def test_a_stored_path_with_a_nul_is_a_gone_file_in_the_library(tmp_path: Path) -> None:
    """An import whose W3C target is ``file:///tmp/%00x.txt`` (or a native export whose ``path`` holds
    ``\\u0000``) stores a path no system call takes: ``stat`` raised ValueError, and ``reader library`` (and `L`
    in the app) ended with "internal error (ValueError: embedded null byte)". Now the row is a gone file."""
    db = tmp_path / "store.json"
    result = run("import", _w3c_import(tmp_path, "file:///tmp/%00x.txt"), "--db", db)
    assert result.returncode == 0, result.stderr
    store = Store(db)
    rows = build_rows(store.documents(), store.annotation_counts(), [], [])
    assert [row.state for row in rows if "\0" in row.source] == ["gone"]


def test_opening_a_path_with_a_nul_is_a_reader_error() -> None:
    """What the library's open worker (or a search result's) calls with a stored path: ValueError ended the app."""
    with pytest.raises(ReaderError, match="NUL"):
        open_source("/tmp/\0x.txt")


# -- a saved page's own address is metadata, not where the library opens it from -------------------------------


def test_a_saved_pages_canonical_address_is_not_what_the_library_opens(tmp_path: Path) -> None:
    """A saved page (``story.html``) whose ``<link rel=canonical>`` names ``http://127.0.0.1:8765/track`` was
    listed by that address: Enter in the library fetched it (a request the page chose, to any host, and a 404 for
    the reader instead of the file it read), the file's row never showed gone or changed, and the file named on
    the command line got a second row. The row is the file now; search names the file too."""
    page = tmp_path / "story.html"
    record = DocumentRecord(
        "sha256:page", str(page), "Story", None, "2026-12-05T10:00:00+00:00",
        {"kind": "html", "path": str(page), "url": "http://127.0.0.1:8765/track"},
    )  # fmt: skip
    rows = build_rows([record], {"sha256:page": (1, 0)}, given=[str(page)], seeds=[])
    assert [(row.source, row.is_url, row.state, row.given) for row in rows] == [(str(page), False, "gone", 0)]
    info = document_infos([record])["sha256:page"]
    assert info.source == str(page) and info.key == rows[0].key
    fetched = DocumentRecord(
        "sha256:web", "https://example.org/a?utm=1", "Web", None, "2026-12-05T10:00:00+00:00",
        {"kind": "html", "url": "https://example.org/a"},
    )  # fmt: skip
    assert [row.source for row in build_rows([fetched], {}, [], [])] == ["https://example.org/a?utm=1"]


# -- standard error redirected: the app is drawn on the terminal, not into the file ------------------------------


@pytest.mark.parametrize("closed", [False, True], ids=["2>log", "2>&-"])
def test_the_app_draws_on_the_terminal_when_standard_error_is_a_file(tmp_path: Path, closed: bool) -> None:
    """``reader story.txt 2>log``: Textual draws on standard error, so the whole app went into ``log`` while the
    terminal (in raw mode) showed nothing and took keys typed blind. ``2>&-``: an internal error (exit 1) no one
    saw. Now it is drawn on the terminal; the file gets nothing of it."""
    story = tmp_path / "story.txt"
    story.write_text("Seen on the terminal\n\nA paragraph to read.\n", encoding="utf-8")
    log = tmp_path / "log"
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    with log.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "reader", str(story)],
            stdin=slave, stdout=slave, stderr=err, cwd=tmp_path,
            env=clean_env(TERM="xterm-256color", COLUMNS="100", LINES="30"),
            start_new_session=True, preexec_fn=partial(_take_terminal, close_stderr=closed),
        )  # fmt: skip
    os.close(slave)
    shown = bytearray()
    try:
        deadline = time.monotonic() + TIMEOUT
        while b"paragraph to read" not in strip_terminal_codes(bytes(shown)) and time.monotonic() < deadline:
            if process.poll() is not None:
                break
            read_some(master, shown, 0.1)
        assert b"paragraph to read" in strip_terminal_codes(bytes(shown)), log.read_bytes()[:300]
        os.write(master, b"q")
        deadline = time.monotonic() + TIMEOUT
        while process.poll() is None and time.monotonic() < deadline:
            read_some(master, shown, 0.05)
        assert process.poll() == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)
        os.close(master)
    assert b"\x1b[" not in log.read_bytes()


def _take_terminal(*, close_stderr: bool) -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    if close_stderr:
        os.close(2)


# -- PYTHONIOENCODING that is not UTF-8: the app is still drawn in UTF-8 ------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_the_app_is_drawn_in_utf8_whatever_pythonioencoding_says(tmp_path: Path, encoding: str) -> None:
    """``PYTHONIOENCODING=latin-1``: every border and curly quote reached the terminal as ``\\u2502`` (six cells
    where the layout counted one: panes and text out of place). Textual draws in UTF-8 only."""
    story = tmp_path / "story.txt"
    story.write_text("A title\n\n“Quoted words here,” said Ann Lee.\n", encoding="utf-8")
    app = PtyApp([str(story)], clean_env(TERM="xterm-256color", PYTHONIOENCODING=encoding), cwd=str(tmp_path))
    try:
        assert app.wait_output("│".encode(), TIMEOUT), bytes(app.output[-400:])
        app.send(b"q")
        assert app.wait_exit(TIMEOUT) == 0
    finally:
        app.close()
    assert b"\\u2" not in app.output and "“Quoted".encode() in strip_terminal_codes(bytes(app.output))


def test_an_export_over_a_symbolic_link_replaces_the_link_and_leaves_its_target(tmp_path: Path) -> None:
    """Decided after the review: ``-o LINK`` is never written through (a link planted where an export will be
    written cannot steer it into another file); the link itself is replaced by the export."""
    target = tmp_path / "target.txt"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(target)
    done = run("export", "--db", tmp_path / "db.json", "-o", link)
    assert done.returncode == 0, done.stderr
    assert not link.is_symlink() and json.loads(link.read_text(encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "keep"
