"""Issue 12, item 8: the store's write lock stays exclusive whatever happens to the files beside the store.

The fault: a writer held ``db.json.lock``; ``rm db.json.lock``; an import started, created a fresh lock file,
locked it at once and "added 3"; the first writer then wrote the state it had read before the import, and the 3
were gone. Now the lock is the store directory's ``flock`` (:mod:`reader.store.lock`): nothing there can be
removed to break it, and the advice on a held lock no longer says to remove anything.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.store import Store, StoreError
from reader.store import lock as store_lock

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. " * 4
DOC = "sha256:lock"

HOLDER = """
import sys
sys.path.insert(0, sys.argv[2])
from reader.annotation import Annotation
from reader.store import Store
from reader.store.file import AtomicJSONStorage

real_write = AtomicJSONStorage.write_encoded

def slow_write(self, data):
    # The writer has the lock and has read the store: say so, and wait to be let go before writing.
    print("holding", flush=True)
    sys.stdin.readline()
    return real_write(self, data)

AtomicJSONStorage.write_encoded = slow_write
store = Store(sys.argv[1])
annotation = Annotation.create(doc_id="sha256:lock", path="doc.txt", title="Doc",
                               text_of_document="Title\\n\\nThe quick brown fox", start=7, end=16)
store.add(annotation)
print("added", annotation.id, flush=True)
"""


def make(start: int = 7, end: int = 16) -> Annotation:
    return Annotation.create(doc_id=DOC, path="doc.txt", title="Doc", text_of_document=TEXT, start=start, end=end)


def native_export(annotations: list[Annotation]) -> dict[str, object]:
    records = [
        {key: value for key, value in a.to_dict().items() if key not in ("doc_id", "path", "title")}
        for a in annotations
    ]
    document = {"id": DOC, "title": "Doc", "path": "doc.txt", "annotations": records}
    return {"format": "reader-annotations", "version": 1, "exported_at": "2026-01-01T00:00:00+00:00",
            "documents": [document]}


def remove_lock_files(folder: Path) -> None:
    """What the old advice said to do ("remove the lock file"), and what an attacker or a cleanup script does."""
    for path in folder.iterdir():
        if path.name.endswith(".lock"):
            path.unlink()


def test_removing_lock_files_while_a_writer_holds_the_lock_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Store(db).add(make(0, 5))  # the store exists (and, in the old design, so did db.json.lock)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(ROOT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    importer: subprocess.Popen[str] | None = None
    try:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        remove_lock_files(tmp_path)
        incoming = [make(20, 25), make(26, 31), make(32, 37)]
        source = tmp_path / "three.json"
        source.write_text(json.dumps(native_export(incoming)), encoding="utf-8")
        importer = subprocess.Popen(
            [sys.executable, "-m", "reader", "import", str(source), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        # The import must wait for the holder. Give it time to get wrongly through (as it did), then let the
        # holder write: however loaded the machine, the end state must hold all four highlights.
        deadline = time.monotonic() + 1.5
        while importer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        holder.stdin.write("go\n")
        holder.stdin.flush()
        out, _ = holder.communicate(timeout=60)
        assert holder.returncode == 0
        held_id = out.split()[-1]
        import_out, import_err = importer.communicate(timeout=60)
        assert importer.returncode == 0, import_err
        assert "added 3" in import_out
    finally:
        for process in (holder, importer):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
    stored = {a.id for a in Store(db).all_annotations()}
    assert {a.id for a in incoming} <= stored, "the import's highlights were overwritten by the first writer"
    assert held_id in stored and len(stored) == 5


def test_two_stores_in_one_process_exclude_each_other_after_lock_files_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    first, second = Store(db), Store(db)
    first.add(make())
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with first._locked():
            entered.set()
            release.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert entered.wait(30)
        remove_lock_files(tmp_path)
        monkeypatch.setattr("reader.store.database.LOCK_TIMEOUT", 0.3)
        with pytest.raises(StoreError) as caught:
            second.add(make(20, 25))
        message = str(caught.value)
        assert "being saved by another reader" in message and "\n" not in message
        assert "remove the lock" not in message  # the old advice could cause exactly this loss
    finally:
        release.set()
        thread.join(30)
    second.add(make(20, 25))
    assert len(Store(db).all_annotations()) == 2


def test_no_lock_file_is_left_beside_the_store(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    Store(db).add(make())
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["db.json"]


def test_fallback_lock_file_replaced_while_waiting_is_locked_again(tmp_path: Path) -> None:
    """Where a directory cannot be locked, the lock file is checked after locking: a waiter that got the lock on
    a file that was replaced meanwhile locks the file now at the path instead of trusting the old one."""
    target = tmp_path / "db.json"
    holder, waiter = store_lock.DirectoryLock(target), store_lock.DirectoryLock(target)
    holder._use_file = waiter._use_file = True
    holder.acquire(5)
    got = threading.Event()

    def wait() -> None:
        waiter.acquire(30)
        got.set()

    thread = threading.Thread(target=wait)
    thread.start()
    try:
        time.sleep(0.1)  # the waiter polls the old file's lock
        holder.lock_file.unlink()
        holder.lock_file.write_text("")  # replaced: a new inode at the path
        holder.release()
        assert got.wait(30)
        assert waiter._fd is not None
        assert os.fstat(waiter._fd).st_ino == os.stat(waiter.lock_file).st_ino
        third = store_lock.DirectoryLock(target)
        third._use_file = True
        with pytest.raises(store_lock.LockTimeout):
            third.acquire(0.2)  # the file at the path is the one held
    finally:
        thread.join(30)
        waiter.release()


def test_a_directory_that_cannot_be_flocked_falls_back_to_the_checked_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_flock = store_lock.fcntl.flock

    def flock(fd: int, operation: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EBADF, "Bad file descriptor")  # as on NFS
        real_flock(fd, operation)

    monkeypatch.setattr(store_lock.fcntl, "flock", flock)
    db = tmp_path / "db.json"
    store = Store(db)
    store.add(make())
    assert (tmp_path / "db.json.lock").exists()
    assert len(Store(db).all_annotations()) == 1
