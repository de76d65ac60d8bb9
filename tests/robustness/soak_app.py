"""The soak test's app actor: the real app in a pty, fed random keys from its bindings, ended by ``q``, SIGTERM
or SIGKILL, and started again.

**Acknowledged** (for the app): what the store holds of the seed's highlights right after a session ended with
exit status 0 by ``q`` or SIGTERM (both drain every pending write before the process exits). Finer-grained
acknowledgement, per highlight when the panel drops its "not saved yet" mark, cannot be read reliably from a
pty: the stream is a series of partial repaints, not a screen. What the app showed is still checked: before
``q`` the last panel title written to the terminal (``Highlights (N)``) must agree with the number of
highlights in the store after the exit. Between two sessions nothing else writes the seed's document, so the
next session must find exactly what the last clean exit left, however the other actors were killed meanwhile.
A SIGKILL'ed session acknowledges nothing: the next session starts from whatever the store holds.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from pathlib import Path

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from tests.conftest import SEED
from tests.robustness import PtyApp, clean_env
from tests.robustness.soak_actors import Actor, Ledger, whole

PANEL_TITLE = re.compile(rb"Highlights \((?:\d+ of )?(\d+)\)")
ESC = b"\x1b"
MOTIONS = [b"j", b"k", b"w", b"b", b")", b"(", b"}", b"{", b" ", b"\x04", b"\x15", b"g", b"G", b"]", b"[",
           b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D", b"\x1b[1;2B", b"\x1b[1;2C"]
# Text typed into the note and tags editors uses only letters no key of the article is bound to: if the editor
# has not opened (``n`` was "next match"), the text moves nothing and never quits.
SAFE_WORDS = [b"acid", b"dial", b"mild", b"lilac", b"calf", b"maid", b"lad", b"ZAZ", b"#lima", b"7", b"0", b","]
STARTUP_TIMEOUT = 90.0
EXIT_TIMEOUT = 60.0


def safe_text(rng_words: list[bytes]) -> bytes:
    return b" ".join(rng_words)


class AppActor(Actor):
    """Sessions of ``reader SEED --db DB`` in a 120x40 pty; see the module note for what is acknowledged."""

    def __init__(self, seed: int, db: Path, workdir: Path, stop: threading.Event) -> None:
        super().__init__("app", seed, db, workdir, stop)
        self.doc_id = load_document(str(SEED)).id
        self.ledger = Ledger("app", lambda a: a.doc_id == self.doc_id, whole)
        self.ledger.unknown = True  # until the first clean exit
        self.panel_shown = True
        self.app: PtyApp | None = None
        self.log: list[str] = []
        """The key groups of the current session, for the failure report."""

    def words(self, low: int, high: int) -> bytes:
        return safe_text([self.rng.choice(SAFE_WORDS) for _ in range(self.rng.randint(low, high))])

    def action(self) -> tuple[bytes, float]:
        """One random thing a user does, as the bytes a terminal sends, and how long to let it run."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.30:
            return b"".join(rng.choice(MOTIONS) for _ in range(rng.randint(1, 4))), rng.uniform(0.0, 0.2)
        if roll < 0.45:
            return rng.choice([b"h", b"1", b"2", b"3", b"4", b"5"]), rng.uniform(0.0, 0.3)
        if roll < 0.55:
            motions = b"".join(rng.choice(MOTIONS[:10]) for _ in range(rng.randint(1, 3)))
            start = rng.choice([b"v", b"s", b"p"])
            return start + motions + rng.choice([b"h", b"2", b"4"]), rng.uniform(0.05, 0.3)
        if roll < 0.65:
            return rng.choice([b"x", b"u", b"u", b"\x12"]), rng.uniform(0.0, 0.3)
        if roll < 0.73:  # a note: saved (all at once, or typed slowly) or cancelled
            end = rng.choice([b"\x13", b"\x13", ESC])
            return b"n" + self.words(1, 6) + end, 0.5
        if roll < 0.79:
            return b"t" + self.words(1, 3) + b"\r", 0.4
        if roll < 0.83:
            return b"r" + b"".join(rng.choice([b"w", b"b", b"j"]) for _ in range(rng.randint(1, 3))) + b"\r", 0.3
        if roll < 0.87:
            term = rng.choice([b"NATO", b"said", b"Belarus", b"zzz"])
            return b"/" + term + b"\r" + rng.choice([b"n", b"N", b""]), 0.4
        if roll < 0.92:
            return rng.choice([b"?", b"Q", b"o", b"H", b"+", b"-", b"e"]), 0.5
        return ESC, 0.4  # a lone ESC needs a pause before the next key, or the two read as alt+key

    def step(self) -> None:
        self.problems.extend(self.ledger.check(self.store_annotations(), f"before session {self.steps}"))
        # faulthandler: a hung app is sent SIGABRT, and the report shows where every thread was.
        env = clean_env(TERM="xterm-256color", READER_DB=str(self.db), EDITOR="true", VISUAL="true")
        env["PYTHONFAULTHANDLER"] = "1"
        app = self.app = PtyApp([str(SEED), "--db", str(self.db)], env, columns=120, lines=40, cwd=str(self.workdir))
        self.panel_shown, self.log = True, []
        try:
            if not app.wait_output(b"Highlights (", STARTUP_TIMEOUT):  # the panel's title, in the first frame
                self.problem(f"no first paint in {STARTUP_TIMEOUT} s (exit {app.process.poll()}): {self.tail()}")
                return
            app.settle(1.0)
            ending = self.rng.choices(["q", "term", "kill"], weights=[6, 2, 2])[0]
            deadline = time.monotonic() + self.rng.uniform(2.0, 12.0)
            while time.monotonic() < deadline and not self.stop.is_set():
                keys, pause = self.action()
                if keys == b"H":
                    self.panel_shown = not self.panel_shown
                self.log.append(repr(keys)[2:-1])
                app.send(keys)
                app.settle(pause)
                if app.process.poll() is not None:
                    self.problem(f"the app exited by itself ({app.process.returncode}): {self.tail()}")
                    return
            if self.stop.is_set():
                ending = "q"  # the soak ends on a clean exit, so the last session is acknowledged
            self.end(ending)
        finally:
            app.close()
            self.app = None

    def end(self, ending: str) -> None:
        app = self.app
        assert app is not None
        self.counts.add(f"ended by {ending}")
        if ending == "kill":
            os.killpg(app.process.pid, signal.SIGKILL)
            app.process.wait(30)
            self.ledger.unknown = True
            return
        shown: int | None = None
        if ending == "q":
            status = self.quit(app)
            if self.panel_shown:
                titles = PANEL_TITLE.findall(bytes(app.output))
                shown = int(titles[-1]) if titles else None
        else:
            app.process.send_signal(signal.SIGTERM)
            status = app.wait_exit(EXIT_TIMEOUT)
        if status is None:
            self.problem(f"{ending}: no exit within {EXIT_TIMEOUT:g} s: {self.tail()}\n{self.stacks(app)}")
            return
        if status != 0 or b"Traceback" in app.output:
            self.problem(f"{ending}: exit status {status} (want 0): {self.tail()}")
            return
        stored = [a for a in self.store_annotations() if a.doc_id == self.doc_id]
        if shown is not None and shown != len(stored):
            self.problem(f"the panel showed {shown} highlights before q, the store has {len(stored)}")
        self.ledger.unknown = False
        self.ledger.maybe, self.ledger.spare = {}, 0
        self.ledger.expected = {a.id: whole(a) for a in stored}
        self.counts.add("acknowledged")
        self.counts.add("highlights", len(stored))

    def quit(self, app: PtyApp) -> int | None:
        """Close whatever is open (dialogs, search, selection), let the screen settle, press q; once more if a
        field took the q as text. Esc on an edited note asks "Discard the changes?", which ``y`` answers; it
        is sent only then (after the search bar and a tags dialog, a stray ``y`` went into the search field)."""
        for attempt in range(3):
            for _ in range(3):
                before = len(app.output)
                app.send(ESC)
                app.settle(0.5)
                if b"Discard" in app.output[before:]:
                    app.send(b"y")
                    app.settle(0.3)
            app.settle(1.5)
            app.send(b"q")
            status = app.wait_exit(15.0 if attempt < 2 else EXIT_TIMEOUT)
            if status is not None:
                return status
            self.log.append(f"(q attempt {attempt + 1} did not quit)")
        return None

    def stacks(self, app: PtyApp) -> str:
        """Where each thread of a hung app is (faulthandler's dump on SIGABRT)."""
        start = len(app.output)
        app.process.send_signal(signal.SIGABRT)
        app.wait_exit(10.0)
        dump = bytes(app.output[start:]).decode("utf-8", "replace")
        return dump[dump.find("Fatal Python error") :][:6000] if "Fatal Python error" in dump else "(no stack dump)"

    def finish(self) -> None:
        """The soak is over: the last session has ended with q (see step)."""

    def store_annotations(self) -> list[Annotation]:
        return Store(self.db).all_annotations()

    def tail(self) -> str:
        from tests.ui.test_hostile_pty import strip_terminal_codes

        text = strip_terminal_codes(bytes(self.app.output if self.app else b"")).decode("utf-8", "replace")
        return f"keys {' '.join(self.log[-40:])!r}; screen tail {text[-1500:]!r}"

    def kill_all(self) -> None:
        if self.app is not None and self.app.process.poll() is None:
            os.killpg(self.app.process.pid, signal.SIGKILL)
            self.app.process.wait(10)
