"""A large store file re-read by the app is parsed in a child process (:mod:`reader.store.parse_child`): the same
tables as the parse here, and whatever goes wrong with the child, the parse here (never a loss, never a hang)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import reader.store.file as file_module
from reader.annotation import Annotation
from reader.store import Store, StoreError, parse_child
from reader.store.file import AtomicJSONStorage

TEXT = "Title\n\n" + "The quick brown fox jumps over the lazy dog. " * 200


def make(doc: int, start: int = 7, *, note: str = "") -> Annotation:
    return Annotation.create(
        doc_id=f"sha256:{doc:064x}", path=f"doc-{doc}.txt", title=f"Doc {doc}", text_of_document=TEXT,
        start=start, end=start + 20, note=note,
    )  # fmt: skip


def tricky_blob(records: int = 2_500) -> bytes:
    """A store whose values test the round trip: several frames, floats, huge ints, lone surrogates, NUL, emoji,
    a key given twice (the later value wins, in the first one's place), nested values, empty tables."""
    lines = ['{"meta": {"1": {"schema_version": 1, "x": [1.5, -0.0, 1e300, 12345678901234567890123]}},']
    lines.append('"empty": {},')
    lines.append('"annotations": {')
    body = []
    for key in range(1, records + 1):
        body.append(
            f'"{key}": {{"id": "id-{key}", "doc_id": "d", "start": {key}, "end": {key + 1},'
            f' "text": "t\\ud800\\u0000🦊", "note": "first", "tags": [], "color": "yellow", "flag": true,'
            f' "none": null, "note": "second {key}",'
            f' "extra": {{"a": [1, {{"b": 2.25}}], "c": false}}}}'
        )
    lines.append(",\n".join(body) + "},")
    lines.append('"documents": {"1": {"id": "d", "path": "p", "title": "T", "position": 3, "opened": ""}}}')
    return "\n".join(lines).encode("utf-8")


def test_the_child_gives_exactly_what_the_parse_here_gives(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    blob = tricky_blob()
    here = storage.parse(blob)
    there = parse_child.parse_in_child(storage.path, blob)
    assert there is not None
    assert there == here
    assert repr(there) == repr(here)  # the same order of tables, keys and fields, and the same types (True, -0.0)
    assert there["annotations"]["7"]["note"] == "second 7"


def test_a_large_store_re_read_by_the_app_is_parsed_in_a_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's Store (``background_reads``) parses a large file changed by another program in a child, not
    here (where ``json.loads`` held the UI's keys for seconds), and reads the same as a Store that parses here."""
    db = tmp_path / "annotations.json"
    writer = Store(db)
    writer.put_many([make(doc, 7 + n) for doc in range(3) for n in range(60)])
    app = Store(db)
    app.background_reads = True
    assert len(app.all_annotations()) == 180
    monkeypatch.setattr(parse_child, "CHILD_PARSE_BYTES", 1_000)
    parse = file_module.AtomicJSONStorage.parse
    parsed_here: list[int] = []

    def counting(self: AtomicJSONStorage, blob: bytes) -> Any:
        parsed_here.append(len(blob))
        return parse(self, blob)

    monkeypatch.setattr(file_module.AtomicJSONStorage, "parse", counting)
    for round_ in range(2):
        writer.update(writer.all_annotations()[round_].edited(note=f"changed by another reader {round_}"))
        writer.delete(writer.all_annotations()[-1].id)
        writer.put_many([make(9, 100 + round_)])
        parsed_here.clear()
        seen = (app.all_annotations(), app.documents(), app.annotation_counts())
        assert parsed_here == []  # every parse of the store file was the child's
        monkeypatch.setattr(file_module.AtomicJSONStorage, "parse", parse)
        assert seen == (Store(db).all_annotations(), Store(db).documents(), Store(db).annotation_counts())
        monkeypatch.setattr(file_module.AtomicJSONStorage, "parse", counting)
    app.add(make(5))  # and the app's own writes go on from what the child read
    assert len(Store(db).all_annotations()) == len(app.all_annotations()) == 181


def test_small_stores_and_other_commands_parse_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    monkeypatch.setattr(parse_child, "parse_in_child", lambda path, blob: pytest.fail("a child for a small file"))
    assert parse_child.parse(storage, b'{"annotations": {}}') == {"annotations": {}}


CHILDREN = {
    "exits at once": "import sys; sys.exit(0)",
    "dies mid-frame": (
        "import os, sys, struct; sys.stdin.buffer.read(); os.write(1, struct.pack('!Q', 1000) + b'x' * 10); os._exit(1)"
    ),
    "killed": "import os, signal, sys; sys.stdin.buffer.read(); os.kill(os.getpid(), signal.SIGKILL)",
    "sends garbage": "import os, struct, sys; sys.stdin.buffer.read(); os.write(1, struct.pack('!Q', 4) + b'junk')",
    "sends a wrong shape": (
        "import marshal, os, struct, sys; sys.stdin.buffer.read(); f = marshal.dumps(('table', 'annotations', [1]));"
        " os.write(1, struct.pack('!Q', len(f)) + f)"
    ),
    "misses records": (
        "import marshal, os, struct, sys; sys.stdin.buffer.read()\n"
        "for m in (('table', 'annotations', [('1', {})]), ('end', 5)):\n"
        "    f = marshal.dumps(m); os.write(1, struct.pack('!Q', len(f)) + f)"
    ),
    "says too much": "import os, struct, sys; sys.stdin.buffer.read(); os.write(1, struct.pack('!Q', 1 << 62))",
    "is not a program": None,
}


@pytest.mark.parametrize("code", CHILDREN.values(), ids=list(CHILDREN))
def test_a_child_that_fails_is_replaced_by_the_parse_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str | None
) -> None:
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    blob = tricky_blob(300)
    command = [sys.executable, "-c", code] if code else [str(tmp_path / "no-such-program")]
    monkeypatch.setattr(parse_child, "child_command", lambda path: command)
    assert parse_child.parse_in_child(storage.path, blob) is None
    monkeypatch.setattr(parse_child, "CHILD_PARSE_BYTES", 1_000)
    assert repr(parse_child.parse(storage, blob)) == repr(storage.parse(blob))


@pytest.mark.parametrize("reads", [True, False], ids=["reads its input", "never reads its input"])
def test_a_child_that_hangs_is_killed_and_the_bytes_parsed_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reads: bool
) -> None:
    """Whether it hangs before taking the bytes (more than a pipe holds) or after: no wait past the deadline."""
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    blob = tricky_blob(20_000)
    assert len(blob) > 1 << 20
    pid_file = tmp_path / "pid"
    code = f"import os, sys, time; open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
    code += ("sys.stdin.buffer.read()\n" if reads else "") + "time.sleep(120)"
    monkeypatch.setattr(parse_child, "child_command", lambda path: [sys.executable, "-c", code])
    monkeypatch.setattr(parse_child, "deadline", lambda size: 1.5)
    monkeypatch.setattr(parse_child, "CHILD_PARSE_BYTES", 1_000)
    started = time.monotonic()
    assert repr(parse_child.parse(storage, blob)) == repr(storage.parse(blob))
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):  # killed and reaped: not even a zombie is left
        os.waitpid(int(pid_file.read_text()), os.WNOHANG)


def test_pipes_numbered_past_1024_work(tmp_path: Path) -> None:
    """An app with many files open gets pipes numbered 1024 or more, which ``select.select`` refuses (ValueError:
    the read failed instead of being the child's, or at least the parse here)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if max(soft, hard if hard != resource.RLIM_INFINITY else 4096) < 1200:
        pytest.skip("cannot open 1,200 files")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200), hard))
    held: list[int] = []
    try:
        while not held or held[-1] < 1100:
            held.append(os.open(os.devnull, os.O_RDONLY))
        storage = AtomicJSONStorage(tmp_path / "annotations.json")
        blob = tricky_blob(300)
        there = parse_child.parse_in_child(storage.path, blob)
        assert there is not None and repr(there) == repr(storage.parse(blob))
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_a_store_the_child_finds_invalid_gives_the_same_error_as_the_parse_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    monkeypatch.setattr(parse_child, "CHILD_PARSE_BYTES", 1_000)
    for blob in (tricky_blob(300)[:-40], b'{"annotations": {"1": [1]}, "pad": "' + b"x" * 2_000 + b'"}'):
        assert parse_child.parse_in_child(storage.path, blob) is None
        with pytest.raises(StoreError) as here:
            storage.parse(blob)
        with pytest.raises(StoreError) as there:
            parse_child.parse(storage, blob)
        assert str(there.value) == str(here.value)


@pytest.mark.skipif(not Path("/proc/self/oom_score_adj").exists(), reason="Linux only")
def test_short_of_memory_the_child_is_killed_before_the_app(tmp_path: Path) -> None:
    """The child holds ~5x the store's bytes beside the app's tables: the OOM killer is to take it, not the app
    (whose highlights may not all be saved), and it says so before it reads a byte."""
    child = subprocess.Popen(parse_child.child_command(tmp_path / "annotations.json"), stdin=subprocess.PIPE)
    try:
        score = Path(f"/proc/{child.pid}/oom_score_adj")
        until = time.monotonic() + 20
        while score.read_text().strip() != "1000" and time.monotonic() < until:
            time.sleep(0.02)
        assert score.read_text().strip() == "1000"
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(20)


def test_the_child_needs_its_store_argument() -> None:
    assert parse_child.main([]) == 2


def test_deadline_grows_with_the_file() -> None:
    assert parse_child.deadline(0) >= 10
    assert parse_child.deadline(256 * 1024 * 1024) > parse_child.deadline(1024 * 1024)


def test_json_of_the_tricky_store_is_valid() -> None:
    """The test's own store is what it says: valid JSON with a key given twice."""
    data = json.loads(tricky_blob(3))
    assert data["annotations"]["2"]["note"] == "second 2" and data["empty"] == {}
