"""How the app's background threads behave toward the UI thread: they switch often and give way to keys.

The start-up worker (:meth:`reader.ui.screens.reading.ReadingScreen.load_in_background`) decodes and parses the
rest of a large document, reads the store and takes in quotations: Python code in a thread of the app's own
process, so it competes with the UI thread for the interpreter lock (issue 14). Two manners keep keys first:

* :func:`short_switch_interval`: threads switch every millisecond instead of every 5 ms while it runs (and while
  the quotations worker waits on the finder's child: ``QuotingMixin.load_quotations``);
* :func:`keys_first`: a hook for :func:`reader.give_way.give_way`, which the core's long loops call between pieces
  of work: in a worker thread it sleeps while the UI has a key or a frame in hand.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.message_pump import MessagePump

WORKER_SWITCH_INTERVAL = 0.001
"""The interpreter's thread switch interval while the start-up worker runs (:func:`short_switch_interval`)."""
GIVE_WAY_MAX_SECONDS = 0.05
"""The longest one :func:`reader.give_way.give_way` waits for the UI: a UI that stays busy (a held key, a
repaint every frame) must not stop the background work for good."""
GIVE_WAY_POLL_SECONDS = 0.001
"""How often a waiting worker looks again."""
ARRIVING_SECONDS = 0.05
"""How long input the terminal's thread has read, but the UI thread has not taken yet, counts as arriving
(:func:`input_arriving`): bounded, because an event that is not a key or a mouse event (a paste) never sets the
app's ``key_at``."""
FRAME_GRACE_SECONDS = 0.03
"""How long after a key, or after the article last asked for a frame not yet made, the UI still counts as busy
(:func:`ui_busy`)."""

_switch_lock = threading.Lock()
_switch_users = 0
_switch_previous = 0.005


@contextmanager
def short_switch_interval(seconds: float = WORKER_SWITCH_INTERVAL) -> Iterator[None]:
    """While the start-up worker parses, re-anchors and takes in quotations (Python code that holds the
    interpreter lock for seconds on a large document), threads switch every ``seconds`` instead of every 5 ms:
    a key waited up to the interval each time the UI thread or the terminal's input thread wanted the lock
    back, several times per key, and a 4 ms layout slice ran to 10-20 ms. The interval is process-wide, so
    users are counted (two documents' workers can overlap): the interval from before the first comes back
    after the last."""
    global _switch_users, _switch_previous
    with _switch_lock:
        if _switch_users == 0:
            _switch_previous = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_previous, seconds))
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_previous)


def input_arriving(app: App[object]) -> bool:
    """Whether the terminal's input thread has read a key (or other input) that the UI thread has not taken yet.

    A key reaches the app's queue only when the event loop runs the coroutine the input thread scheduled for it
    (``asyncio.run_coroutine_threadsafe``), that is after whatever slice of background work the loop is running
    has returned: a layout or search slice that looked only at the queue never saw the key it was delaying (in
    the first seconds at 20 MB, typed keys reached the app 4-11 ms late, each after a whole slice). The driver
    stamps ``input_arrived_at`` as it hands an event over (:class:`reader.ui.terminal_driver.ReaderDriver`); the
    app stamps ``key_at`` as it takes one (``ReaderApp.on_event``)."""
    arrived: float = getattr(app, "input_arrived_at", 0.0)
    return arrived > getattr(app, "key_at", 0.0) and time.perf_counter() - arrived < ARRIVING_SECONDS


def key_queued(app: App[object]) -> bool:
    """Whether input waits for the UI: read by the terminal's thread and on its way (:func:`input_arriving`), or
    in the app's queue: what a slice of background work on the UI thread checks between its steps."""
    return not app._message_queue.empty() or input_arriving(app)


def ui_busy(app: App[object], pumps: list[MessagePump], since: float) -> bool:
    """Whether the UI thread has a key or a frame in hand: a message waits in the app's queue or one of
    ``pumps``' (a key goes app → screen → widget), the screen has widgets to repaint, or the last key or frame
    asked for came less than :data:`FRAME_GRACE_SECONDS` ago (``since``: the ``time.perf_counter()`` of the later
    of the two, 0 for never): a key's frame takes several turns of the event loop, and background work should
    not slip in between them. Safe to call from any thread (it only reads)."""
    if since and time.perf_counter() - since < FRAME_GRACE_SECONDS:
        return True
    if key_queued(app):
        return True
    for pump in pumps:
        if not pump._message_queue.empty() or getattr(pump, "_dirty_widgets", None):
            return True
    return False


def keys_first(
    app: App[object], pumps: Callable[[], list[MessagePump]], since: Callable[[], float]
) -> Callable[[], None]:
    """A :func:`reader.give_way.give_way` hook: in a thread other than the UI's, wait (at most
    :data:`GIVE_WAY_MAX_SECONDS`) while :func:`ui_busy` says the UI has a key or a frame in hand. On the UI thread
    it returns at once: the UI never waits for itself."""
    main = threading.main_thread()

    def hook() -> None:
        if threading.current_thread() is main:
            return
        deadline = time.perf_counter() + GIVE_WAY_MAX_SECONDS
        while ui_busy(app, pumps(), since()) and time.perf_counter() < deadline:
            time.sleep(GIVE_WAY_POLL_SECONDS)

    return hook
