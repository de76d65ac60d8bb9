"""The terminal's input, read so that no byte and no paste can crash the app or press its keys.

Two faults of Textual's own input loop (``LinuxDriver.run_input_thread``, Textual 8) found by a hostile review:

* **One byte that is not UTF-8 ended the app.** The loop decodes strictly: a byte such as 0xF8 (Alt+x on an
  xterm that sends 8-bit meta, or a raw byte in a paste) raised ``UnicodeDecodeError`` in the input thread, and
  Textual answered with its panic screen (a traceback with source lines) and exit status 0, losing a note being
  typed. Here input is decoded with ``errors="replace"``: the byte becomes U+FFFD, which the reader shows as
  any other text, and the app goes on.
* **A paste was read as keys.** Textual's parser still parses escape sequences inside a bracketed paste
  (``ESC [ 200 ~`` … ``ESC [ 201 ~``) and turns one it does not know back into key presses: a pasted
  ``ESC x`` deleted the highlight under the cursor, a pasted ``ESC ESC`` pressed Escape, and a pasted
  ``ESC ] 0 ; … BEL`` reached the note editor reordered. Here :class:`PasteSplitter` cuts every bracketed paste
  out of the input *before* the parser sees it and delivers it whole, as one ``Paste`` event: pasted text is
  always text (the widgets that take it show its control characters as placeholders).

Decisions:

* The splitter holds back the end of a read that may be the start of a paste marker cut by the read
  (``ESC [ 2``), so a marker split over two reads is still found; a lone trailing ESC is *not* held back (that
  would delay the Escape key): if a terminal ever split a marker right after its ESC, Textual's parser takes
  that paste as it did before.
* A paste keeps at most :data:`MAX_PASTE_CHARS` characters (far more than any field takes: the note editor
  refuses over 100,000); the rest, up to the end marker, is dropped rather than held in memory.
* Any other error in the input thread goes to the app's own fatal-error path (one ``reader: internal error``
  line, the traceback in a crash file), never Textual's panic screen.
* **Escape arrives at once, not after 100-200 ms.** A lone ESC byte may be the start of an escape sequence (an
  arrow key), so Textual's parser waits for more before calling it the Escape key: ``ESCDELAY`` milliseconds,
  the variable ncurses reads, 100 by default in Textual. Textual's loop then noticed the wait was over only when
  its next 0.1 s poll ended: Esc took 100-200 ms (closing the search prompt measured 130-180 ms; issue 14 wants
  any key within a frame). Here:

  - a terminal writes each key's sequence in one write, so its bytes arrive in one read: an ESC that ends a read
    which did not fill the buffer, with nothing more within :data:`ESCAPE_GRACE_SECONDS`, is the Escape key at
    once (as crossterm, behind Helix and most Rust terminal apps, decides it);
  - otherwise (a full read: more is surely coming) the parser waits :data:`ESCAPE_DELAY_MS`, and the loop wakes
    when that wait ends, not at its next poll;
  - a user who sets ``ESCDELAY`` (a slow link that splits sequences) gets exactly that wait, every time, and no
    early Escape: ``ESCDELAY=100`` puts back Textual's behaviour.
"""

from __future__ import annotations

import selectors
from codecs import getincrementaldecoder
from collections.abc import Callable, Mapping
from typing import Literal

from textual import events
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.message import Message

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
MAX_PASTE_CHARS = 4_000_000
"""The most characters one paste keeps (see the module's decisions)."""

Piece = tuple[Literal["keys", "paste"], str]

ESCAPE_DELAY_MS = 25
"""Milliseconds a lone ESC waits for the rest of a sequence before it is the Escape key (``ESCDELAY`` overrides;
see the module's decisions)."""
ESCAPE_GRACE_SECONDS = 0.001
"""How long a lone ESC at the end of a read waits for more bytes before it is the Escape key (unless ``ESCDELAY``
is set; see the module's decisions): bytes a terminal writes at once arrive well within it."""
READ_SIZE = 4096
"""The most bytes one read takes: a read that fills it may have more behind it."""
POLL_SECONDS = 0.1
"""The longest the loop waits for input before it checks whether it was told to stop."""


def escape_delay(environ: Mapping[str, str]) -> float:
    """Seconds a lone ESC waits: ``ESCDELAY`` (milliseconds, as ncurses reads it) when it is a number from 0
    to 10,000, else :data:`ESCAPE_DELAY_MS`. (0: no wait; a sequence that arrives in one read is still read
    whole.)"""
    value = environ.get("ESCDELAY", "").strip()
    if value.isascii() and value.isdigit() and int(value) <= 10_000:
        return int(value) / 1000
    return ESCAPE_DELAY_MS / 1000


def escape_grace(environ: Mapping[str, str]) -> float | None:
    """Seconds a lone ESC that ends a read waits for more before it is the Escape key: :data:`ESCAPE_GRACE_SECONDS`,
    or ``None`` (the parser's full wait, :func:`escape_delay`, every time) when the user set ``ESCDELAY``."""
    return None if environ.get("ESCDELAY", "").strip() else ESCAPE_GRACE_SECONDS


def _held_prefix(text: str, marker: str, *, lone_escape: bool) -> int:
    """How many characters at the end of ``text`` are a proper prefix of ``marker`` (0 when none, and 0 for a
    lone ESC unless ``lone_escape``)."""
    for length in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:length]):
            return length if length > 1 or lone_escape else 0
    return 0


class PasteSplitter:
    """Decoded terminal input in, pieces out: ("keys", text) for the key parser, ("paste", text) for each
    bracketed paste, whole, with its markers removed (and NUL characters, as Textual does)."""

    def __init__(self) -> None:
        self._in_paste = False
        self._paste: list[str] = []
        self._size = 0
        self._pending = ""

    def feed(self, data: str) -> list[Piece]:
        text, self._pending = self._pending + data, ""
        pieces: list[Piece] = []
        while text:
            if self._in_paste:
                end = text.find(PASTE_END)
                if end < 0:
                    held = _held_prefix(text, PASTE_END, lone_escape=True)
                    self._keep(text[: len(text) - held])
                    self._pending = text[len(text) - held :]
                    break
                self._keep(text[:end])
                pieces.append(("paste", "".join(self._paste).replace("\x00", "")))
                self._in_paste, self._paste, self._size = False, [], 0
                text = text[end + len(PASTE_END) :]
                continue
            start = text.find(PASTE_START)
            if start < 0:
                held = _held_prefix(text, PASTE_START, lone_escape=False)
                if len(text) > held:
                    pieces.append(("keys", text[: len(text) - held]))
                self._pending = text[len(text) - held :]
                break
            if start:
                pieces.append(("keys", text[:start]))
            self._in_paste = True
            text = text[start + len(PASTE_START) :]
        return pieces

    @property
    def holding(self) -> bool:
        """Whether the splitter is inside a paste or holds back the start of a marker."""
        return self._in_paste or bool(self._pending)

    def flush(self) -> list[Piece]:
        """What is held back, when no more input came for a while (or at the end): outside a paste, the start
        of a marker that never came is keys after all; a paste whose end never came is delivered as it is only
        at the end (``final``)."""
        if self._in_paste or not self._pending:
            return []
        pending, self._pending = self._pending, ""
        return [("keys", pending)]

    def finish(self) -> list[Piece]:
        """Everything held, at the end of input."""
        pieces = self.flush()
        if self._in_paste:
            self._keep(self._pending)
            pieces.append(("paste", "".join(self._paste).replace("\x00", "")))
            self._in_paste, self._paste, self._size, self._pending = False, [], 0, ""
        return pieces

    def _keep(self, text: str) -> None:
        room = MAX_PASTE_CHARS - self._size
        if room > 0 and text:
            kept = text[:room]
            self._paste.append(kept)
            self._size += len(kept)


def read_input(
    fileno: int,
    read: Callable[[int, int], bytes],
    parser: XTermParser,
    deliver: Callable[[Message], None],
    stopped: Callable[[], bool],
    grace: float | None = None,
) -> None:
    """The input loop: read ``fileno`` until ``stopped()``, decode (invalid bytes become U+FFFD), cut pastes
    out (:class:`PasteSplitter`), parse the rest into key and mouse events, and ``deliver`` every event in
    order. Raises EOFError when the input ends first (Textual's loop read on at 100% of a core). ``grace``: see
    :func:`escape_grace` (``None``: a lone ESC always waits the parser's full delay)."""
    decode = getincrementaldecoder("utf-8")(errors="replace").decode
    splitter = PasteSplitter()

    def flush_escape() -> None:
        """Whatever the parser holds while it waits for the rest of an escape sequence, delivered now."""
        if getattr(parser, "_timeout_time", None) is not None:
            parser._timeout_time = 0.0  # Textual's parser has no public "flush"
            for event in parser.tick():
                deliver(event)

    def send(pieces: list[Piece]) -> None:
        for kind, text in pieces:
            if kind == "paste":
                flush_escape()  # an Escape typed just before the paste waits in the parser: it comes first
                deliver(events.Paste(text))
            else:
                for event in parser.feed(text):
                    deliver(event)

    selector = selectors.SelectSelector()
    selector.register(fileno, selectors.EVENT_READ)
    ended = False
    try:
        while not ended and not stopped():
            # Wake when the parser's wait for the rest of an escape sequence ends, not at the next poll
            deadline = getattr(parser, "_timeout_time", None)
            wait = POLL_SECONDS if deadline is None else min(POLL_SECONDS, max(0.0, deadline - get_time()))
            ready = selector.select(wait)
            for _key, mask in ready:
                if mask & selectors.EVENT_READ:
                    data = read(fileno, READ_SIZE)
                    if not data:  # the end of input (a terminal hung up, a pipe closed): reading again spins
                        ended = True
                        break
                    text = decode(data)
                    send(splitter.feed(text))
                    if (grace is not None and len(data) < READ_SIZE and text.endswith("\x1b")
                            and not splitter.holding and not selector.select(grace)):
                        flush_escape()  # a lone ESC that ended a short read, and nothing after it: the key
            if not ready:
                send(splitter.flush())
            for event in parser.tick():
                deliver(event)
        send(splitter.feed(decode(b"", final=True)))
        send(splitter.finish())
        if ended:
            raise EOFError("the terminal's input ended")
    finally:
        selector.close()
        try:
            for _event in parser.feed(""):
                pass
        except Exception:  # noqa: BLE001 - the parser's end-of-input errors (EOFError, ParseError): nothing to do
            pass
