"""The real app in a pseudo-terminal on an article large enough for the quotation finder's child process: after
`q` or SIGTERM, while the child is still finding, no finder is left running and the app reaped it (no orphan,
no zombie); after SIGKILL of the app, the child ends itself (a zombie then is for init to reap)."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.robustness import PtyApp, clean_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; needs a pty")

EXIT_TIMEOUT = 20.0


def children_of(pid: int) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(name))
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def large_article(folder: Path) -> Path:
    """About 4 MB of the seed's paragraphs: the finder needs seconds on it, in its child."""
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n\n")
    parts = [title]
    for number in range(4_000_000 // len(body)):
        parts += [body.strip(), f"Section {number} of the dispatch."]
    path = folder / "large.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["q", "SIGTERM", "SIGKILL"])
def test_no_finder_is_left_after_the_app_ends(tmp_path: Path, how: str) -> None:
    db = tmp_path / "a.json"
    app = PtyApp([str(large_article(tmp_path)), "--db", str(db)], clean_env(TERM="xterm-256color"), 120, 40)
    try:
        child: int | None = None
        deadline = time.monotonic() + 60
        while child is None and time.monotonic() < deadline and app.process.poll() is None:
            app.settle(0.05)
            found = children_of(app.process.pid)
            child = found[0] if found else None
        assert child is not None, "the finder's child never started"
        if how == "q":
            app.send(b"q")
        else:  # SIGKILL: the app cannot kill its child; the child sees its parent gone and ends
            app.process.send_signal(getattr(signal, how))
        assert app.wait_exit(EXIT_TIMEOUT) is not None, "the app did not exit"
        for _ in range(100):
            if not running(child):
                break
            time.sleep(0.05)
        assert not running(child)
        if how != "SIGKILL":
            assert not Path(f"/proc/{child}").exists()
    finally:
        app.close()
