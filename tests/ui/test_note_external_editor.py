"""ctrl+e in the note editor hands the note to $EDITOR and takes its text back (saved only by ctrl+s)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.dialogs import NoteEditor
from tests.conftest import SEED


@contextlib.contextmanager
def no_suspend() -> Iterator[None]:
    """The test driver cannot give the terminal away; the editor runs without it."""
    yield


def editor_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> tuple[ReaderApp, list[str]]:
    """The app with $EDITOR a shell script of ``body``, temporary files in ``tmp_path`` (TMPDIR read again: the
    editor's leftovers land there), and the notifications it shows collected."""
    import tempfile

    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=load_document(SEED))
    monkeypatch.setattr(app, "suspend", no_suspend)
    shown: list[str] = []
    real_notify = app.notify
    monkeypatch.setattr(app, "notify", lambda message, **kw: (shown.append(message), real_notify(message, **kw)))
    return app, shown


async def type_kept_and_edit(pilot: Pilot[None], shown: list[str]) -> None:
    """`n`, "kept", ctrl+e, and wait for the editor's outcome (it runs once the keys typed before it are in: later
    on a loaded machine)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.press("n", *"kept", "ctrl+e")
    for _ in range(100):
        await pilot.pause(0.05)
        if shown:
            break


@pytest.fixture
def default_sigint() -> Iterator[None]:
    """SIGINT handled (not ignored) while the test runs: a test run started in the background of a shell inherits
    it ignored, and so would an editor started from it (a shell cannot undo an ignored signal, so its
    `kill -INT $$` did nothing). A handler, unlike "ignored", is not inherited: the editor starts with the
    default."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


async def test_ctrl_e_edits_the_note_in_the_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nprintf "written in the editor\\n" >> "$1"\n')
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=load_document(SEED))
    monkeypatch.setattr(app, "suspend", no_suspend)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"typed ", "ctrl+e")
        await pilot.pause()
        assert app.screen.text == "typed written in the editor"
        await pilot.press("ctrl+s")
        await pilot.pause()
        (annotation,) = app.screen.session.annotations.values()  # type: ignore[attr-defined]
        assert annotation.note == "typed written in the editor"


async def test_ctrl_e_without_an_editor_says_how(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=load_document(SEED))
    shown: list[str] = []
    real_notify = app.notify
    monkeypatch.setattr(app, "notify", lambda message, **kw: (shown.append(message), real_notify(message, **kw)))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("n", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.text == ""
        assert any("$EDITOR" in message for message in shown)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('rm -f "$1"\n', "left no file"),  # the editor deleted its file
        ('rm -f "$1"; mkdir "$1"\n', "left no file"),  # ... or put a directory in its place
        ('rm -f "$1"; mkfifo "$1"\n', "left no file"),  # a FIFO: reading it blocked the UI for good
        ('rm -f "$1"; ln -s /dev/zero "$1"\n', "left no file"),  # a link is not followed
        ('kill -INT $$\n', "was interrupted"),  # ended by a signal
    ],
)
async def test_an_editor_that_leaves_no_file_keeps_the_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, said: str, default_sigint: None
) -> None:
    app, shown = editor_app(tmp_path, monkeypatch, body)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_kept_and_edit(pilot, shown)
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "kept"
        assert any(said in message and "the note is unchanged" in message for message in shown), shown
        assert app.is_running
    assert not list(tmp_path.glob("reader-note-*"))  # nothing left behind (the directory and the FIFO removed)


async def test_an_editors_text_too_long_for_a_note_is_kept_in_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review's finding: text over the note's limit was refused and its file deleted, so what was typed in the
    editor was lost. It is still refused (the note unchanged), and the file stays where the message says."""
    from reader.annotation import MAX_NOTE_CHARS

    app, shown = editor_app(tmp_path, monkeypatch, f'head -c {MAX_NOTE_CHARS + 500} /dev/zero | tr "\\0" x > "$1"\n')
    async with app.run_test(size=(120, 40)) as pilot:
        await type_kept_and_edit(pilot, shown)
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "kept"
    (left,) = tmp_path.glob("reader-note-*")
    assert left.read_text() == "x" * (MAX_NOTE_CHARS + 500)
    assert any("the note is unchanged" in message and str(left) in message for message in shown), shown


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGQUIT"), reason="POSIX signals")
def test_ctrl_c_and_ctrl_backslash_while_the_editor_runs_are_the_editors() -> None:
    """The terminal sends SIGINT (ctrl+c) and SIGQUIT (ctrl+\\) to the editor and the reader alike: the reader
    ignores them until the editor is gone (they ended it, losing the note). Run in a session of its own, so the
    signals reach nothing else."""
    import subprocess
    import sys

    editor = ("import os, signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN); "
              "signal.signal(signal.SIGQUIT, signal.SIG_IGN); time.sleep(0.5); "
              "os.killpg(0, signal.SIGINT); os.killpg(0, signal.SIGQUIT); time.sleep(0.2); raise SystemExit(3)")
    script = ("import sys; from reader.ui.screens.external_editor import _run_editor; "
              f"code = _run_editor([sys.executable, '-c', {editor!r}]); print('alive', code)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            start_new_session=True, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "alive 3", (result.returncode, result.stderr[-500:])
