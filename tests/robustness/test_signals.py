"""Signals: SIGTERM and SIGHUP quit the real app cleanly (writes drained, terminal restored), and SIGKILL at
random moments during adds, note edits, deletes, undo and redo never loses an operation reported as done.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store import Store
from tests.conftest import ROOT, SEED
from tests.robustness import PtyApp, clean_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals and a pseudo-terminal")

LEAVE_ALT_SCREEN = b"\x1b[?1049l"


@pytest.mark.parametrize(
    ("signum", "then"),
    [(signal.SIGTERM, b""), (signal.SIGHUP, b""), (signal.SIGTERM, b"n typing a note"), (signal.SIGHUP, b"?")],
    ids=["SIGTERM", "SIGHUP", "SIGTERM-in-note-editor", "SIGHUP-in-help"],
)
def test_signal_after_a_highlight_quits_cleanly_and_keeps_it(tmp_path: Path, signum: int, then: bytes) -> None:
    db = tmp_path / "a.json"
    app = PtyApp([str(SEED), "--db", str(db)], clean_env(TERM="xterm-256color", READER_DB=str(db)))
    try:
        assert app.wait_output(b"Stoltenberg", timeout=30), "no first paint"
        app.settle(1.0)
        app.send(b"h")  # highlight the sentence under the cursor (the title)
        app.settle(0.3)
        if then:  # a dialog is open when the signal comes
            app.send(then)
            app.settle(0.5)
        app.process.send_signal(signum)
        status = app.wait_exit(timeout=15)
        assert status is not None, "the app did not exit after the signal"
        assert status == 0, (status, bytes(app.output[-2000:]))
    finally:
        app.close()
    output = bytes(app.output)
    assert LEAVE_ALT_SCREEN in output, "the alternate screen was not left"
    assert output.rfind(LEAVE_ALT_SCREEN) > output.rfind(b"\x1b[?1049h")
    assert b"Traceback" not in output
    annotations = Store(db).all_annotations()
    assert len(annotations) == 1
    assert annotations[0].text.startswith("Belarus regime uses bogus NATO threat")


DRIVER = r"""
import json, random, sys
from reader.annotation import Annotation
from reader.session import AnnotationSession, Put, Remove
from reader.store import Store

TEXT = "Title\n\n" + "The quick brown fox jumps over the lazy dog. " * 40
db, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
store = Store(db)
session = AnnotationSession()
counter = 0


def say(*parts):
    sys.stdout.write(json.dumps(parts) + "\n")
    sys.stdout.flush()


def state(annotation_id):
    found = session.annotations.get(annotation_id)
    return None if found is None else found.to_dict()


def run(ops):
    # Report the intended state first, the completion after: the parent knows what was in flight.
    for op in ops:
        key = op.annotation.id if isinstance(op, Put) else op.annotation_id
        say("begin", key, state(key))
        if isinstance(op, Put) and op.base is None:  # as the app writes them (screens/saving.py)
            store.add(op.annotation)
        elif isinstance(op, Put):
            store.update(op.annotation, base=op.base)
        else:
            store.delete(op.annotation_id)
        say("done", key)


say("ready")
while True:
    roll = rng.random()
    ids = sorted(session.annotations)
    if not ids or roll < 0.3:
        start = rng.randrange(0, len(TEXT) - 20)
        annotation = Annotation.create(doc_id="doc", path="/d.txt", title="T", text_of_document=TEXT,
                                       start=start, end=start + rng.randrange(1, 20))
        run(session.add(annotation))
    elif roll < 0.5:
        counter += 1
        run(session.edit(rng.choice(ids), "note", note=f"note {counter}"))
    elif roll < 0.65:
        run(session.delete(rng.choice(ids)))
    elif roll < 0.85:
        run(session.undo()[1])
    else:
        run(session.redo()[1])
"""


@pytest.mark.slow
def test_sigkill_during_updates_deletes_and_undo_loses_no_reported_operation(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    rng = random.Random(20261125)
    expected: dict[str, dict[str, object] | None] = {}  # every id ever touched -> its last reported state
    rounds, deadline = 0, time.monotonic() + 120
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    while rounds < 40 and time.monotonic() < deadline:
        rounds += 1
        process = subprocess.Popen(
            [sys.executable, str(script), str(db), str(rounds)], stdout=subprocess.PIPE, cwd=tmp_path, env=env
        )
        assert process.stdout is not None
        first = process.stdout.readline()
        assert json.loads(first) == ["ready"], first
        time.sleep(rng.uniform(0.0, 0.25))
        process.kill()
        rest = process.stdout.read()
        process.wait(10)
        in_flight: dict[str, dict[str, object] | None] = {}
        for line in rest.decode().splitlines():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                break  # the line the kill cut short
            if event[0] == "begin":
                in_flight = {event[1]: event[2]}
            elif event[0] == "done":
                expected[event[1]] = in_flight.pop(event[1])
        store = Store(db)  # also: a killed writer never leaves a half-written store
        on_disk = {a.id: a.to_dict() for a in store.all_annotations()}
        for annotation_id, wanted in expected.items():
            actual = on_disk.get(annotation_id)
            allowed = [wanted, *in_flight.values()] if annotation_id in in_flight else [wanted]
            assert actual in allowed, f"round {rounds}: {annotation_id} is {actual}, expected {wanted}"
        for annotation_id, pending in in_flight.items():
            if annotation_id not in expected:  # a first write killed midway: absent or complete
                assert on_disk.get(annotation_id) in (None, pending)
        # What the store holds is the truth for the next round (an in-flight write may have landed).
        expected = {key: on_disk.get(key) for key in set(expected) | set(in_flight)}
        assert set(on_disk) <= set(expected)
    assert rounds >= 30
    assert len(expected) >= 30, "the writer was killed before it did anything"
    assert not list(tmp_path.glob(".a.json.tmp-*"))  # a crash's temp file is removed when the store opens


def test_two_processes_editing_one_store_keep_both_sets_of_changes(tmp_path: Path) -> None:
    """Two writers churn on one store at once (adds, notes, deletes, undo): neither crashes, and at the end
    every annotation of each is in the state that writer last reported."""
    db = tmp_path / "a.json"
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), str(db), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=env,
        )
        for seed in (1, 2)
    ]
    time.sleep(2.0)
    for process in processes:
        process.send_signal(signal.SIGSTOP)  # frozen between two operations or inside one
    finals: list[dict[str, object]] = []
    pendings: list[dict[str, object]] = []
    for process in processes:
        process.kill()
        out, err = process.communicate(timeout=10)
        assert b"Traceback" not in err, err.decode()[-2000:]
        final: dict[str, object] = {}
        pending: dict[str, object] = {}
        for line in out.decode().splitlines():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                break
            if event[0] == "begin":
                pending = {event[1]: event[2]}
            elif event[0] == "done":
                final[event[1]] = pending.pop(event[1])
        finals.append(final)
        pendings.append(pending)
    on_disk = {a.id: a.to_dict() for a in Store(db).all_annotations()}
    assert all(finals), "a writer made no progress"
    for final, pending in zip(finals, pendings, strict=True):
        for annotation_id, wanted in final.items():
            allowed = [wanted, pending[annotation_id]] if annotation_id in pending else [wanted]
            assert on_disk.get(annotation_id) in allowed
