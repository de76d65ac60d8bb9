"""Run a piece of work in a forked child process and take its result back, or do it here when that fails.

Two places gain from a second process on a 2-core machine: the CLI converts a web page in a child while it
imports Textual (:mod:`reader.sources.forked`), and :func:`reader.quotes.find_quotations` shares a large
document's quotation finding with a child (:mod:`reader.quotes.parallel`). Both need the same thing: start the
work now, in a child that already has everything (fork copies the process: nothing is sent or re-imported), and
later wait for its value, or run the work here if anything went wrong.

Decisions:
* Only a POSIX ``fork``, and only from a process that has no other threads running Python at that moment (the
  CLI, before Textual): a child that inherits a lock another thread held could wait for ever.
* The child sends ``("ok", value)`` or ``("error", message)`` (for a :class:`~reader.errors.ReaderError`)
  pickled through a private pipe it shares only with its parent, and ends with ``os._exit`` (no atexit
  handlers, no flushing of the parent's buffers). The data never comes from anywhere else, so unpickling it is
  no more trusting than running the work here; the caller's ``accept`` still checks the value's type.
* Anything odd (the fork fails, the child dies, the pipe breaks, the payload is damaged or not accepted) runs
  the work in this process when the value is asked for: the user gets the real result, or the real error.
* A short-lived process may choose not to wait for a child that sent its whole message (``reap=False``: its
  memory's teardown can take a tenth of a second on a large document): it is then reaped by a later call, or by
  init once this process ends. The app's caller waits (no child is left behind while it runs).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from typing import TypeVar

from reader.errors import ReaderError

T = TypeVar("T")

_unreaped: list[int] = []
"""Children that sent their message and may not have ended yet (see :func:`_collect`)."""


def in_child(work: Callable[[], T], accept: Callable[[object], bool], *, reap: bool = True,
             fallback: Callable[[], T] | None = None) -> Callable[[], T]:
    """Run ``work`` in a forked child now; the returned function waits for its value (or raises its
    ReaderError). ``accept`` tells a value of the right kind. Where a fork is not possible, ``work`` runs in
    this process when the function is called; where the child fails in any other way, ``fallback`` does (``work``
    when not given: a child that failed may have done part of the work already, such as fetching a page, which
    ``fallback`` can build on). ``reap=False``: once its value is in, do not wait for the child to end (see the
    module's docstring)."""
    forked = fork_with_pipe()
    if forked is None:
        return work
    pid, fd = forked
    if pid == 0:  # the child: work, send, and leave without running anything of the parent's
        _child(work, fd)
    return lambda: _collect(pid, fd, work if fallback is None else fallback, accept, reap)


def fork_with_pipe() -> tuple[int, int] | None:
    """Fork, with a pipe from the child to this process: ``(0, write end)`` in the child, ``(the child's pid,
    read end)`` here, each side's other end closed; None where there is no ``fork`` or the pipe or the fork
    fails (nothing is left open). Also :mod:`reader.quotes.background`'s fork."""
    if not hasattr(os, "fork"):
        return None
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        os.close(read_end)
        return 0, write_end
    os.close(write_end)
    return pid, read_end


def _child(work: Callable[[], object], fd: int) -> None:
    code = 0
    try:
        import pickle  # here, not at the top: reader.quotes.background imports this module for its fork alone

        try:
            payload: tuple[str, object] = ("ok", work())
        except ReaderError as error:
            payload = ("error", str(error))
        blob = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(blob)
        while view:
            view = view[os.write(fd, view) :]
        os.close(fd)  # the parent reads to the end now, not once this process's memory is torn down
    except BaseException:  # noqa: BLE001 - the parent runs the work again and reports what really happens
        code = 1
    finally:
        os._exit(code)


def _collect(pid: int, fd: int, work: Callable[[], T], accept: Callable[[object], bool], reap: bool) -> T:
    chunks: list[bytes] = []
    try:
        with os.fdopen(fd, "rb") as stream:
            while chunk := stream.read(1 << 20):
                chunks.append(chunk)
    except OSError:
        chunks = []
    outcome: object = ""
    value: object = None
    if chunks:
        collecting = gc.isenabled()
        gc.disable()  # unpickling makes many objects at once: a collection then walks all of this process's
        try:
            import pickle

            outcome, value = pickle.loads(b"".join(chunks))
        except Exception:  # noqa: BLE001 - a damaged payload: run the work here instead
            outcome, value = "", None
        finally:
            if collecting:
                gc.enable()
    if outcome in ("ok", "error"):
        # A whole message: the child is ending (without ``reap``, not waited for; see the module's docstring)
        _unreaped.append(pid)
        _reap(block=reap)
        if outcome == "ok" and accept(value):
            return value  # type: ignore[return-value]
        if outcome == "error" and isinstance(value, str):
            raise ReaderError(value)
    else:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
    return work()


def _reap(block: bool) -> None:
    """Reap the children that sent their message: wait for them with ``block``, else only those that ended."""
    for pid in list(_unreaped):
        try:
            ended, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            ended = pid
        if ended:
            _unreaped.remove(pid)
