"""Textual's Linux driver, made safe for a terminal that goes away (issue 12, item 15).

What went wrong: when the terminal is hung up (its window closed, ``tmux kill-session``, an ssh link dropped),
the kernel sends the session leader SIGHUP *and SIGCONT*. Textual's driver treats every SIGCONT as "resumed after
ctrl+z" and starts application mode again, with a second output thread; that thread's first write to the dead
terminal raises EIO and the thread dies, its queue (30 writes) fills up, and at exit ``LinuxDriver.close`` puts
the stop marker into that full queue and waits for ever, ignoring SIGTERM, because the main thread is blocked.

Decisions, and why:

* **Output that cannot fail.** The output thread writes through :class:`TerminalOutput`: the first write or
  flush that fails (EIO, EPIPE, a closed descriptor) marks the terminal gone and reports it once; from then on
  everything written is dropped. The output thread never dies, so its queue always drains and ``close`` returns.
  (SIGHUP alone does not switch to the sink: ``kill -HUP`` leaves a working terminal, which is restored; a
  terminal that really hung up fails every write with EIO at once, it never blocks.)
* **SIGCONT resumes only what SIGTSTP suspended.** A SIGCONT that does not follow our own suspension (the
  hang-up's, or a stray ``kill -CONT``) changes nothing; Textual's own ``App.suspend`` (the ``$EDITOR`` key)
  does not rely on SIGCONT at all.
* **Input that ends cleanly.** A read error on the keyboard side (EIO from a hung-up terminal) is the terminal
  going away, not a crash: the app is told, instead of Textual's panic with a traceback.
* **Input that cannot crash or press keys.** The input loop is :mod:`reader.ui.terminal_input`'s: a byte that is
  not UTF-8 becomes U+FFFD, a bracketed paste is one ``Paste`` event whatever it holds, and any other error in
  the input thread is the app's one-line fatal error.
* **A size within bounds.** The size at start (Rich's reading), on SIGWINCH (``shutil``'s) and reported in band
  by the terminal is clamped to :func:`reader.ui.terminal_env.clamp_size`'s 4,000 x 2,000: a pseudo-terminal
  set to 10,000 x 5,000 made the app ~570 MB and 200 MB of output in its first seconds (a hostile review's
  ``COLUMNS=99999999``, whose variables :mod:`reader.ui.terminal_env` drops, laid out 10^16 cells).

The app decides what "gone" means (save, then exit: see ``ReaderApp.terminal_gone``); this module only keeps
Textual from hanging or crashing on the way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message


class TerminalOutput:
    """A text file wrapper for Textual's output thread that turns into a sink once the terminal is gone."""

    def __init__(self, file: IO[str], on_gone: Callable[[str], None]) -> None:
        self._file = file
        self._on_gone = on_gone
        self._lock = threading.Lock()
        self.gone = False
        """True once a write failed or the terminal was hung up: nothing more is written."""

    def mark_gone(self, reason: str) -> None:
        """Stop writing (idempotent); the first call reports ``reason`` to the app."""
        with self._lock:
            if self.gone:
                return
            self.gone = True
        self._on_gone(reason)

    def write(self, text: str) -> int:
        if self.gone:
            return len(text)
        try:
            return self._file.write(text)
        except (OSError, ValueError) as error:  # ValueError: the file object was closed
            self.mark_gone(f"the terminal cannot be written to ({error})")
            return len(text)

    def flush(self) -> None:
        if self.gone:
            return
        try:
            self._file.flush()
        except (OSError, ValueError) as error:
            self.mark_gone(f"the terminal cannot be written to ({error})")

    def fileno(self) -> int:
        return self._file.fileno()

    def isatty(self) -> bool:
        return not self.gone and self._file.isatty()


def stamped(app: App[Any], process: Callable[[Message], None]) -> Callable[[Message], None]:
    """``process`` (the driver's hand-over of a parsed event to the app) that first stamps the app's
    ``input_arrived_at`` (from the input thread): background slices on the UI thread end at their next step
    (:func:`reader.ui.worker_manners.input_arriving`), so a key is not kept waiting for a whole slice before the
    event loop even queues it."""

    def deliver(message: Message) -> None:
        app.input_arrived_at = time.perf_counter()  # type: ignore[attr-defined]
        process(message)

    return deliver


class ReaderDriver(LinuxDriver):
    """:class:`LinuxDriver` whose output and input survive the terminal going away (see the module's doc)."""

    def __init__(self, app: App[Any], **options: Any) -> None:
        super().__init__(app, **options)
        self._suspended_by_sigtstp = False
        self.on_terminal_gone: Callable[[str], None] = lambda reason: None
        """Called (from any thread) the first time the terminal turns out to be gone."""
        terminal = self._file
        if terminal is None:  # no stderr at all (a GUI launcher): nothing to draw on
            raise RuntimeError("reader needs a terminal on standard error to draw on")
        self.output = TerminalOutput(terminal, lambda reason: self.on_terminal_gone(reason))
        # What the output thread writes to (LinuxDriver reads it when the thread starts); duck-typed: the thread
        # only calls write, flush and fileno.
        self._file = self.output  # type: ignore[assignment]
        if self._size is None:  # what App.size would read (Rich's console), within bounds
            from reader.ui.terminal_env import clamp_size

            self._size = clamp_size(*app.console.size)

    def process_message(self, message: Message) -> None:
        """A size the terminal reports in band (``CSI 48 ; …  t``) is clamped as :meth:`_get_terminal_size`'s."""
        from textual import events

        from reader.ui.terminal_env import clamp_size

        if isinstance(message, events.Resize):
            size = clamp_size(message.size.width, message.size.height)
            if size != (message.size.width, message.size.height):
                message = events.Resize.from_dimensions(size, None)
        super().process_message(message)

    def _get_terminal_size(self) -> tuple[int, int]:
        """Textual's reading of the size (on start and on every resize), within
        :data:`~reader.ui.terminal_env.MAX_COLUMNS` x :data:`~reader.ui.terminal_env.MAX_LINES`: a terminal
        (a pseudo-terminal) set larger is drawn in its top-left part, not laid out at any size it says."""
        from reader.ui.terminal_env import clamp_size

        return clamp_size(*super()._get_terminal_size())

    def _sigtstp_application(self, *args: Any) -> None:
        self._suspended_by_sigtstp = bool(self._auto_restart)
        super()._sigtstp_application(*args)

    def _sigcont_application(self, *args: Any) -> None:
        if not self._suspended_by_sigtstp or self.output.gone:
            return  # a hang-up's SIGCONT, or a stray one: nothing was suspended, nothing to restart
        self._suspended_by_sigtstp = False
        super()._sigcont_application(*args)

    def run_input_thread(self) -> None:
        """Textual's input loop replaced by :func:`reader.ui.terminal_input.read_input` (bytes that are not UTF-8
        and bracketed pastes; see that module)."""
        import os

        from textual import constants
        from textual._xterm_parser import XTermParser

        from reader.ui.terminal_input import escape_delay, escape_grace, read_input

        # The parser reads the wait for a lone ESC from Textual's constants each time (see terminal_input)
        constants.ESCAPE_DELAY = escape_delay(os.environ)  # type: ignore[misc]

        try:
            read_input(self.fileno, os.read, XTermParser(self._debug), stamped(self._app, self.process_message),
                       self.exit_event.is_set, escape_grace(os.environ))
        except OSError as error:  # EIO from a hung-up terminal: it went away, this is not a crash
            self.output.mark_gone(f"the terminal cannot be read ({error})")
        except EOFError:  # no more input can come (a hung-up terminal may read as the end of input)
            self.output.mark_gone("the terminal's input ended")
        except Exception as error:  # noqa: BLE001 - the app's one-line fatal error, not Textual's panic screen
            self._loop.call_soon_threadsafe(self._app._handle_exception, error)
