"""Parsing a large store file in a child process: ``python -m reader.store.parse_child STORE``.

Why a process: the app re-reads a store file another program changed (or only touched) in a worker thread (the
library's rows, the search index, a write's refresh under the lock), but ``json.loads`` is one C call that holds
the interpreter lock from start to end: at ~130 MB that is 1.2-2 s (with the garbage collections the new objects
set off inside it) in which the UI thread cannot run, so a key pressed meanwhile waited that long (measured:
1.3-1.6 s). A thread cannot help (the lock is the problem), nor can parsing in parts (one JSON document). A child
has its own interpreter: it parses, and sends the tables back as :mod:`marshal`-ed frames of
:data:`FRAME_RECORDS` records each; this process builds the same dicts one frame at a time (~2-3 ms a frame),
so the UI thread gets the lock between any two, and the whole costs it ~0.4 s of CPU instead of 1.2-2 s, on the
worker's side of the lock. The result is the one :meth:`AtomicJSONStorage.parse` gives - the same tables, keys,
records and values in the same order (marshal keeps builtins exactly: ``bool`` and ``int``, floats bit for bit,
any ``str`` including lone surrogates, dict order) - checked by the child with that very method.

Like the fold child (:mod:`reader.store.fold`), a fresh interpreter (``subprocess``), not a fork: this process
has threads (a fork could copy a lock another thread held; :mod:`reader.forking` forks only where there are
none), and the fork of a process holding a parsed 130 MB store copies its page tables with every thread stopped.
The bytes are the ones this process read (sent on the child's standard input), so the child never reads the
file: nothing can differ between what was stat'ed and what was parsed.

Decisions:

* Only files of at least :data:`CHILD_PARSE_BYTES` (4 MiB). ``json.loads`` takes ~6-10 ms a MB here, so a
  smaller file holds the lock at most ~40 ms (the seed's store: microseconds), while a child costs ~60 ms of
  wall time to start (an interpreter and the store's modules) and a copy of the bytes through a pipe: below
  that size the child would make every re-read slower to spare a key one or two frames.
* Only for the app (:attr:`reader.store.Store.background_reads`, set once the store is open): the CLI's first
  read, before there is any UI, and the other commands parse here, which is quicker in all.
* Nothing is ever lost or made up by the child: whatever goes wrong - no interpreter to start, the child dies or
  is killed, a frame is damaged or missing, the file is not a valid store (its message is the parse's here), or
  no answer within :func:`deadline` (the child is then killed) - this process parses the bytes itself, exactly as
  before (the same value, the same StoreError), and only the wait is lost. The child is always reaped.
* The collector is paused (:mod:`reader.gc_pause`) while the frames are turned into dicts, and what they made is
  frozen out of its generations (``gc.freeze``, as the app does with what it loads): ~3 million new objects set
  off full collections that each held the lock ~0.3 s (the longest waits left, measured), and the tables are
  plain JSON data (no cycles: freed by reference counts when the next read replaces them).
* The child runs below the app's priority (``nice`` 10, as the fold child): on a busy machine the keys come first.
* Memory: while it works the child holds the bytes, their text and the parsed tables (~5x the file: ~1.3 GB at
  256 MiB) beside the app's own. Short of memory, the kernel's OOM killer is told to take the child first
  (``oom_score_adj`` 1000, Linux: :func:`first_to_go`), not the app - whose highlights may not all be saved yet;
  the app then parses the bytes itself, as for any failure of the child.
"""

from __future__ import annotations

import marshal
import os
import selectors
import struct
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.store.file import MAX_STORE_BYTES, AtomicJSONStorage, Raw, StoreError

if TYPE_CHECKING:
    import subprocess

CHILD_PARSE_BYTES = 4 * 1024 * 1024
"""Store files at least this large are parsed by a child (see the module's docstring for why this size)."""

FRAME_RECORDS = 1000
"""Records per frame: ~0.6 MB of typical records, built here in 2-3 ms (a key waits at most about that)."""

CHILD_NICENESS = 10

_HEADER = struct.Struct("!Q")
_CHUNK = 1 << 20


def deadline(size: int) -> float:
    """Seconds the child may take for ``size`` bytes before it is killed and the bytes parsed here: 10 s plus
    0.1 s a MB (~10x the parse's own time: a slow or busy machine is not a hung child)."""
    return 10.0 + size / 10_000_000


def parse(storage: AtomicJSONStorage, blob: bytes) -> Raw:
    """``storage.parse(blob)``: by a child for a large ``blob``, else (and whenever the child fails) here."""
    if len(blob) >= CHILD_PARSE_BYTES:
        raw = parse_in_child(storage.path, blob)
        if raw is not None:
            return raw
    return storage.parse(blob)


def child_command(path: Path) -> list[str]:
    """The child's command line: ``path`` names the store in its messages only (it never opens the file). ``-P``:
    the current folder is not put first on the module path, so a ``reader/`` folder where the app was started is
    never what the child runs (reader not installed: the child fails to start, and the bytes are parsed here)."""
    return [sys.executable, "-P", "-m", "reader.store.parse_child", os.fspath(path)]


def parse_in_child(path: Path, blob: bytes) -> Raw | None:
    """The tables of ``blob`` as parsed and checked by a child, None when the child did not give all of them
    (the caller then parses here)."""
    import gc
    import subprocess

    from reader import gc_pause

    try:
        child = subprocess.Popen(
            child_command(path),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,  # nothing of the app's: a store lock's descriptor held open would keep the lock
        )
    except (OSError, ValueError, TypeError):  # TypeError: no sys.executable (None, as Python may say)
        return None
    try:
        with gc_pause.paused():
            raw = _exchange(child, blob, time.monotonic() + deadline(len(blob)))
            if raw is not None:
                gc.freeze()
        return raw
    finally:
        _end(child)


def _exchange(child: subprocess.Popen[bytes], blob: bytes, until: float) -> Raw | None:
    """Send ``blob`` to the child and build the tables from its frames; None on any failure or at ``until``."""
    # A selector, not select.select: that refuses a descriptor numbered 1024 or more (ValueError), which an app
    # with many files open gets for its pipes - and the read failed instead of parsing here.
    try:
        with selectors.DefaultSelector() as selector:
            return _frames(child, blob, until, selector)
    except OSError:  # no descriptor left for the selector, a pipe that fails: the bytes are parsed here
        return None


def _frames(
    child: subprocess.Popen[bytes], blob: bytes, until: float, selector: selectors.BaseSelector
) -> Raw | None:
    assert child.stdin is not None and child.stdout is not None
    send, receive = child.stdin.fileno(), child.stdout.fileno()
    os.set_blocking(send, False)
    selector.register(receive, selectors.EVENT_READ)
    selector.register(send, selectors.EVENT_WRITE)
    left: memoryview | None = memoryview(blob)
    buffer = bytearray()
    raw: Raw = {}
    records = 0
    while True:
        wait = until - time.monotonic()
        if wait <= 0:
            return None
        ready = {key.fd for key, _ in selector.select(min(wait, 1.0))}
        if send in ready and left is not None:
            try:
                left = left[os.write(send, left[:_CHUNK]) :]
            except BlockingIOError:
                pass
            except OSError:  # the child is gone (a broken pipe): its end of the story is on its output
                left = None
            if left is not None and not left:
                left = None
            if left is None:
                selector.unregister(send)
                try:
                    child.stdin.close()
                except OSError:
                    pass
        if receive not in ready:
            continue
        data = os.read(receive, _CHUNK)
        if not data:
            return None  # the output ended before the last frame: the child died or refused
        buffer += data
        while len(buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(buffer)
            if size > MAX_STORE_BYTES:
                return None
            if len(buffer) < _HEADER.size + size:
                break
            try:
                with memoryview(buffer)[_HEADER.size : _HEADER.size + size] as frame:
                    message = marshal.loads(frame)  # no copy of the frame; released before the buffer shrinks
            except (ValueError, EOFError, TypeError):
                return None
            del buffer[: _HEADER.size + size]
            if _is_end(message):
                return raw if message[1] == records and not buffer and left is None else None
            pairs = _records(message)
            if pairs is None:
                return None
            raw.setdefault(message[1], {}).update(pairs)
            records += len(pairs)


def _is_end(message: object) -> bool:
    return (
        isinstance(message, tuple) and len(message) == 2 and message[0] == "end" and type(message[1]) is int
    )


def _records(message: object) -> list[tuple[str, dict[str, Any]]] | None:
    """The (key, record) pairs of a table frame ``("table", name, pairs)``; None for anything else."""
    if not (isinstance(message, tuple) and len(message) == 3 and message[0] == "table"):
        return None
    name, pairs = message[1], message[2]
    if type(name) is not str or type(pairs) is not list:
        return None
    for pair in pairs:
        if not (type(pair) is tuple and len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is dict):
            return None
    return pairs


def _end(child: subprocess.Popen[bytes]) -> None:
    """Close the pipes, and kill the child unless it has ended (it ends at once after its last frame)."""
    import subprocess

    for stream in (child.stdin, child.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass
    try:
        child.wait(1.0)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


# -- the child -----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Read the store's bytes on standard input, parse and check them, write the frames; 0 when all were sent."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m reader.store.parse_child STORE < bytes", file=sys.stderr)
        return 2
    import gc

    gc.disable()  # a short life that makes objects and frees none: collections would find nothing
    try:
        os.nice(CHILD_NICENESS)
    except OSError:
        pass
    first_to_go()
    blob = sys.stdin.buffer.read(MAX_STORE_BYTES + 1)
    try:
        raw = AtomicJSONStorage(args[0]).parse(blob)
    except StoreError as error:  # the app parses the bytes itself, and reports this same error
        print(f"reader.store.parse_child: {error}", file=sys.stderr)
        return 1
    del blob
    out = sys.stdout.buffer
    records = 0
    for name, table in raw.items():
        pairs = list(table.items())
        for start in range(0, max(1, len(pairs)), FRAME_RECORDS):  # an empty table is one empty frame
            _send(out, ("table", name, pairs[start : start + FRAME_RECORDS]))
        records += len(pairs)
    _send(out, ("end", records))
    out.flush()
    return 0


def first_to_go() -> None:
    """(In the child.) Be what the OOM killer takes first when memory runs out (Linux; raising one's own score
    needs no privilege; elsewhere nothing)."""
    try:
        with open("/proc/self/oom_score_adj", "w", encoding="ascii") as score:
            score.write("1000")
    except OSError:
        pass


def _send(out: Any, message: tuple[Any, ...]) -> None:
    frame = marshal.dumps(message)
    out.write(_HEADER.pack(len(frame)))
    out.write(frame)


if __name__ == "__main__":
    try:
        code = main()
        sys.stdout.flush()
    except BaseException:  # noqa: BLE001 - a broken pipe, no memory...: the app parses the bytes itself
        code = 1
    os._exit(code)  # freeing a parsed 130 MB store object by object would only delay the app's wait
