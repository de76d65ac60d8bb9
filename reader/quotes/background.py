"""Quotations found while the reader reads: in a forked child process, range by range, delivered as they come.

Finding the quotations of a 20 MB article takes 7-15 s of pure Python. Run in a thread of the app, it held the
interpreter lock for all of that: keys took 84-495 ms instead of one frame, and ``]`` said "No quotations found"
until it was done. Now the app forks a child once the document is parsed; the child already has the Document
(fork copies it, nothing is sent or re-imported, as in :mod:`reader.sources.forked`) and finds the quotations
with :class:`reader.quotes.Detection`: first what needs the whole text (marks, people, language), then range by
range (:data:`CHUNK_CHARS` characters of text or so), sending each range as a compact payload
(:mod:`reader.quotes.table`) through a pipe. A thread of the app (the start-up worker) reads the pipe and hands
each payload to the screen (``deliver``): ``]`` works on what is found so far, and says how far the finder got.

The whole-document step takes seconds on a large article (~2 s at 20 MB, ~10 s at 100 MB) before the first range
can be sent, and ``]`` had nothing to go to meanwhile. So the child first sends a *provisional* payload
(:func:`provisional_payload`): the quotations of the article's first ~:data:`PROVISIONAL_CHARS` characters, found
as if the article ended there (a few tens of milliseconds). Their spans are the real ones (marks pair within a
block); a speaker may differ where the article names the person more fully later. The app shows them until the
first real payload, which replaces them.

Decisions:
* ``os.fork``, not ``multiprocessing``'s spawn (it re-imports everything and would have to send the document) nor
  its fork context (a manager thread and pickling for what one pipe does). The fork comes after the modules the
  child needs are imported and the ranker's weights loaded (a child that imported something another thread of
  the parent was importing at the fork could wait for ever). Its cost, once: ~25 ms of imports in the start-up
  worker, and the fork itself, which holds every thread of the app for ~15-30 ms at 20 MB (page tables).
* The child keeps nothing of the app: standard streams on ``/dev/null``, every other descriptor closed (a store
  lock's descriptor kept open by the child would keep the lock held after the app let it go), default signal
  dispositions, a lower priority (:data:`CHILD_NICENESS`), no garbage collector (a short life; collections would
  copy the parent's pages), and a thread that ends it within :data:`WATCH_SECONDS` of the app's end, whatever
  way the app ends (SIGKILL, ``os._exit`` after SIGTERM): its parent is then no longer the app. A broken pipe
  ends it too.
* The app kills (SIGKILL) and reaps the child when the start-up worker is cancelled (the screen closes, the app
  quits) and on interpreter exit; no zombie, no orphan.
* Payloads are :mod:`marshal`-ed builtins, framed by an 8-byte length: no pickled objects.
* Small documents (under :data:`IN_PROCESS_CHARS`, the seed among them) are done in this process: finding takes
  a few milliseconds there (at most ~20-40 ms), less than what the child route costs this process (above).
* Any failure of the child (no fork, death, a broken or damaged stream, an error in the finder) falls back to
  finding in a daemon thread of this process, which delivers only what the child had not; only a failure there
  too reaches the caller (the screen says so in a notification).
"""

from __future__ import annotations

import atexit
import marshal
import os
import queue
import select
import signal
import struct
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from reader.forking import fork_with_pipe
from reader.quotes.table import Payload, empty_payload, encode

if TYPE_CHECKING:
    from reader.document import Document

IN_PROCESS_CHARS = 20_000
"""Documents shorter than this are searched in this process (about 15 ms of finding at most)."""

CHUNK_CHARS = 400_000
"""About how much text each payload covers (~0.4 s of finding): progress moves often enough to be seen, the
app takes in ~1,000 quotations at a time (a millisecond or two, and one repaint of the article)."""

PROVISIONAL_CHARS = 100_000
"""About how much of a large article's start the provisional payload covers (see the module's docstring)."""

PROVISIONAL_MIN_CHARS = 1_000_000
"""Below this, the first real payload comes within a few tenths of a second: no provisional one."""

POLL_SECONDS = 0.1
"""How often a reader waiting for the finder looks whether it was cancelled."""

WATCH_SECONDS = 0.2
"""How often the child looks whether the app is still there."""

CHILD_NICENESS = 10
"""The child's scheduling priority below the app's: on a busy machine the cores go to the keys first (the
finder is background work; it only takes longer)."""

_HEADER = struct.Struct("!Q")
_MAX_FRAME = 1 << 30

Deliver = Callable[[Payload], object]


class FinderFailed(Exception):
    """The background finder stopped without finishing (the caller falls back, or reports it)."""


def payloads(document: Document, *, chars: int | None = None, skip: int = 0) -> Iterator[Payload]:
    """The quotations of ``document`` as payloads, in order, the last one marked done (one, empty, when there is
    no quotation); each covers about ``chars`` characters (:data:`CHUNK_CHARS`). ``skip``: leave out the first
    ``skip`` quotations (delivered already by another finder, which cut the same ranges)."""
    from reader.quotes import Detection

    text = document.text
    detection = Detection(document)
    ranges = detection.ranges(chars or CHUNK_CHARS)
    if not ranges:
        yield empty_payload(text)
        return
    for lo, hi in ranges:
        if hi <= skip:
            continue
        found = detection.attribute(lo, hi)
        detection.forget()
        first = max(lo, skip)
        yield encode(text, first, found[first - lo :], detection.known_until(hi), hi == len(detection))


def provisional_payload(document: Document) -> Payload | None:
    """The quotations of the blocks parsed so far that end within :data:`PROVISIONAL_CHARS`, found as if the
    article ended there, as a payload numbered from 0 (None for a document too small to need it, or too short
    a start). The last two blocks' quotations are left out (one may go on in the next paragraph; its speaker
    may follow it), and so is any quotation from the first that reaches them; ``known_until`` is where the left
    out begin."""
    from reader.document import Document
    from reader.quotes import Detection

    if document.text_is_whole and len(document.text) < PROVISIONAL_MIN_CHARS:
        return None
    blocks = document.blocks
    count = 0
    while count < len(blocks) and blocks[count].end <= PROVISIONAL_CHARS:
        count += 1
    if count < 4:
        return None
    cut = blocks[count - 1].end
    prefix = Document(document.text[:cut], blocks=blocks[:count], doc_id="provisional", path=document.path,
                      styles=[style for style in document.styles if style.end <= cut])
    prefix.markdown = document.markdown  # the same choice of block quotations without marks as the whole
    detection = Detection(prefix)
    keep = 0
    while keep < len(detection) and detection.last_blocks[keep] < count - 2:
        keep += 1
    known = blocks[count - 2].start
    if keep < len(detection):
        known = min(known, detection.starts[keep])  # a quotation over several paragraphs reaching the last two
    return encode(prefix.text, 0, detection.attribute(0, keep), known, False)


def fork_finder(document: Document) -> Child | None:
    """Fork the finder for ``document`` now, before it is parsed whole (None for a small document, which is done
    in this process, or where a fork is not possible). The child parses the rest itself.

    The fork holds every thread of the app while the kernel copies the page tables, and that costs in proportion
    to the memory mapped: right after the first paint, before the rest of a large document is decoded and parsed
    (and the store read), the process maps about half of what it maps afterwards (at 20 MB: ~60 MB against
    ~120 MB; the fork stalled the UI ~20-35 ms after those steps). Pass the child to :func:`find_progressively`;
    stop it (:meth:`Child.stop`, idempotent) if it is never read."""
    if document.complete and len(document.text) < IN_PROCESS_CHARS:
        return None
    return Child.start(document)


def find_progressively(
    document: Document, deliver: Deliver, cancelled: Callable[[], bool], *, child: Child | None = None,
    provisional: Deliver | None = None,
) -> None:
    """Find ``document``'s quotations and ``deliver`` them payload by payload, in order; returns when done or as
    soon as ``cancelled()`` says so (within :data:`POLL_SECONDS`). Raises what the finder raised when neither
    the child nor this process could finish. ``child``: a finder forked earlier (:func:`fork_finder`), read
    here instead of forking one now. ``provisional``: takes the child's provisional payload, if it sends one
    (always before the first of ``deliver``'s)."""
    delivered = 0

    def take(payload: Payload) -> None:
        nonlocal delivered
        deliver(payload)
        delivered = payload[0] + len(payload[3]) // 8

    if child is None:
        if document.text_is_whole and len(document.text) < IN_PROCESS_CHARS:
            document.finish_parsing()
            for payload in payloads(document):
                take(payload)
            return
        child = Child.start(document)  # the child parses what is not parsed yet itself
    if child is not None:
        try:
            for payload in child.payloads(cancelled, provisional):
                take(payload)
            return
        except FinderFailed:
            pass  # found again here, from where the child stopped
        finally:
            child.stop()
    if not cancelled():
        document.finish_parsing()  # (the child parsed its own copy; this process's may not be whole yet)
        _in_thread(document, take, cancelled, delivered)


def _in_thread(document: Document, deliver: Deliver, cancelled: Callable[[], bool], skip: int) -> None:
    """Find in a daemon thread of this process and deliver from the calling one, watching ``cancelled``: when
    the app quits, this returns at once and the daemon thread (read-only work) does not keep the process alive."""
    results: queue.Queue[tuple[str, Payload | Exception | None]] = queue.Queue()
    stop = threading.Event()

    def find() -> None:
        try:
            for payload in payloads(document, skip=skip):
                if stop.is_set():
                    return
                results.put(("payload", payload))
            results.put(("done", None))
        except Exception as error:  # noqa: BLE001 - handed to the caller's thread, which raises it
            results.put(("error", error))

    threading.Thread(target=find, name="reader-quotations", daemon=True).start()
    try:
        while True:
            try:
                what, value = results.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if cancelled():
                    return
                continue
            if what == "done" or cancelled():
                return
            if isinstance(value, Exception):
                raise value
            if value is not None:
                deliver(value)
    finally:
        stop.set()


# -- the child process ------------------------------------------------------------------------------------------

_LIVE: set[int] = set()
"""Pids of children not yet reaped (killed at interpreter exit)."""


def _kill_live() -> None:
    for pid in list(_LIVE):
        _kill(pid)


atexit.register(_kill_live)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    _LIVE.discard(pid)


class Child:
    """A forked finder and the read end of its pipe."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd
        self.status: int | None = None
        """The child's wait status once reaped."""

    @classmethod
    def start(cls, document: Document, *, chars: int | None = None) -> Child | None:
        """Fork a finder for ``document`` (parsed whole or not: the child finishes parsing it); None where a fork
        is not possible. The fork waits for the document's parse lock: a thread of the app parsing the rest (a
        jump far ahead) would leave the child a half-extended block list and a lock nobody can release."""
        if not hasattr(os, "fork"):
            return None
        _prepare()
        parent = os.getpid()
        lock = document._parse_lock
        with lock:
            forked = fork_with_pipe()
            if forked is None:
                return None
            pid, fd = forked
            if pid == 0:  # the child: find, send, and leave without running anything of the app's
                lock.release()  # the copy this process holds (the with block never ends here)
                _child(document, fd, parent, chars)
        _LIVE.add(pid)
        return cls(pid, fd)

    def payloads(self, cancelled: Callable[[], bool], provisional: Deliver | None = None) -> Iterator[Payload]:
        """The child's payloads as they come; returns after the last (done) one, or when ``cancelled()`` (the
        child is then killed). Raises FinderFailed if the child stops without finishing. A provisional payload
        goes to ``provisional`` (dropped without one)."""
        buffer = bytearray()
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], POLL_SECONDS)
            except InterruptedError:
                ready = []
            if cancelled():
                self.stop()
                return
            if not ready:
                continue
            try:
                data = os.read(self.fd, 1 << 20)
            except OSError as error:
                raise FinderFailed(f"the finder's pipe failed: {error}") from error
            if not data:
                raise FinderFailed(f"the finder ended early (status {self.stop()})")
            buffer += data
            while len(buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack_from(buffer)
                if size > _MAX_FRAME:
                    raise FinderFailed("the finder sent a damaged stream")
                if len(buffer) < _HEADER.size + size:
                    break
                frame = bytes(buffer[_HEADER.size : _HEADER.size + size])
                del buffer[: _HEADER.size + size]
                what, payload = _decode(frame)
                if what == "provisional":
                    if provisional is not None:
                        provisional(payload)
                    continue
                yield payload
                if payload[2]:
                    self._wait_exit(cancelled)
                    return

    def _wait_exit(self, cancelled: Callable[[], bool]) -> None:
        """After the last payload: the child exits at once; wait for its end of the pipe (so it is reaped with
        its own status, not killed), at most a few polls."""
        for _ in range(20):
            ready, _, _ = select.select([self.fd], [], [], POLL_SECONDS)
            if cancelled():
                break
            if ready and not os.read(self.fd, 1 << 16):  # end of file: the child is in its exit
                try:
                    _, self.status = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    pass
                _LIVE.discard(self.pid)
                break
        self.stop()

    def stop(self) -> int | None:
        """Kill and reap the child (if it is still there) and close the pipe; returns its wait status."""
        if self.pid in _LIVE:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pid, status = self.pid, -1
            if pid == 0:
                _kill(self.pid)
            else:
                self.status = status
                _LIVE.discard(self.pid)
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        return self.status


def _decode(frame: bytes) -> tuple[str, Payload]:
    try:
        what, value = marshal.loads(frame)
    except (ValueError, EOFError, TypeError) as error:
        raise FinderFailed("the finder sent a damaged payload") from error
    if what == "error":
        raise FinderFailed(f"the finder failed: {value}")
    if what not in ("payload", "provisional") or not isinstance(value, tuple) or len(value) != 12:
        raise FinderFailed("the finder sent a damaged payload")
    return what, value


def _prepare() -> None:
    """In the parent, before forking: import what the child will run and load the ranker's weights (see the
    module's docstring; ~25 ms, once per run of the app, in the start-up worker)."""
    import reader.quotes.ranker as ranker
    import reader.quotes.speakers  # noqa: F401

    ranker.load_weights()


_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT", "SIGTSTP", "SIGCONT", "SIGWINCH", "SIGUSR1", "SIGUSR2")


def _child(document: Document, fd: int, parent: int, chars: int | None) -> None:
    """The child's whole life: never returns."""
    code = 1
    try:
        _leave_the_app(fd, parent)
        try:
            early = provisional_payload(document)  # before the rest is parsed: from the part the app had
        except Exception:  # noqa: BLE001 - only a head start: the real finding goes on without it
            early = None
        if early is not None:
            _send(fd, ("provisional", early))
        document.finish_parsing()  # forked early (fork_finder): the rest is decoded and parsed here
        for payload in payloads(document, chars=chars):
            _send(fd, ("payload", payload))
            if os.getppid() != parent:
                break
        code = 0
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which finds in its own process
        try:
            _send(fd, ("error", f"{type(error).__name__}: {error}"))
        except BaseException:  # noqa: BLE001, S110 - the parent sees the stream end early instead
            pass
    finally:
        os._exit(code)


def _leave_the_app(fd: int, parent: int) -> None:
    """Drop what the child inherited of the app (see the module's docstring)."""
    import gc

    import reader.give_way

    gc.disable()
    # The app's give-way hook (installed by the thread that forked) would read the app's queues as they were at
    # the fork, frozen: a message pending then made every give_way() here sleep its 50 ms, part after part.
    reader.give_way._hook = None
    try:
        os.nice(CHILD_NICENESS)
    except (OSError, AttributeError):
        pass
    threading.Thread(target=_watch_parent, args=(parent,), name="reader-finder-watch", daemon=True).start()
    try:
        signal.set_wakeup_fd(-1)
    except ValueError:
        pass
    for name in _SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            try:
                signal.signal(number, signal.SIG_DFL)
            except (OSError, ValueError):
                pass
    null = os.open(os.devnull, os.O_RDWR)
    for target in (0, 1, 2):
        if target != null:
            os.dup2(null, target)
    try:
        open_fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        open_fds = list(range(3, 1024))
    for number in open_fds:
        if number > 2 and number != fd:
            try:
                os.close(number)
            except OSError:
                pass


def _watch_parent(parent: int) -> None:
    """In the child: end when the app has ended, whatever way it did (killed, ``os._exit`` after SIGTERM): then
    the child's parent is no longer the app. A kernel facility for this exists only on Linux (and there it
    follows the forking thread, not the process); a look every :data:`WATCH_SECONDS` costs nothing."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(0)


def _send(fd: int, message: tuple[str, Any]) -> None:
    frame = marshal.dumps(message)  # builtins only: see Payload
    view = memoryview(_HEADER.pack(len(frame)) + frame)
    while view:
        view = view[os.write(fd, view) :]
