"""Background work giving way to keys: the core's hook point and the app's hook (reader.give_way,
reader.ui.worker_manners). No timing assertions beyond "returned" / "waited for the UI to be free"."""

from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace
from typing import Any

from reader.give_way import give_way, giving_way
from reader.ui import worker_manners
from reader.ui.worker_manners import keys_first, ui_busy


def _pump() -> Any:
    return SimpleNamespace(_message_queue=asyncio.Queue())


def test_give_way_does_nothing_without_a_hook_and_calls_the_installed_one() -> None:
    give_way()  # outside the app: nothing installed
    calls: list[int] = []
    with giving_way(lambda: calls.append(1)):
        give_way()
        with giving_way(lambda: calls.append(2)):
            give_way()
        give_way()
    give_way()
    assert calls == [1, 2, 1]


def test_the_ui_is_busy_with_a_queued_message_dirty_widgets_or_a_recent_key() -> None:
    app, screen, article = _pump(), _pump(), _pump()
    screen._dirty_widgets = set()
    assert not ui_busy(app, [screen, article], 0.0)
    app._message_queue.put_nowait("key")
    assert ui_busy(app, [screen, article], 0.0)
    app._message_queue.get_nowait()
    article._message_queue.put_nowait("refresh")
    assert ui_busy(app, [screen, article], 0.0)
    article._message_queue.get_nowait()
    screen._dirty_widgets.add("article")
    assert ui_busy(app, [screen, article], 0.0)
    screen._dirty_widgets.clear()
    assert ui_busy(app, [screen, article], time.perf_counter())  # a key a moment ago
    assert not ui_busy(app, [screen, article], time.perf_counter() - 10)


def test_a_worker_waits_while_the_ui_is_busy_and_goes_on_when_it_is_free() -> None:
    app = _pump()
    app._message_queue.put_nowait("key")
    hook = keys_first(app, lambda: [], lambda: 0.0)
    went_on = threading.Event()

    def worker() -> None:
        hook()
        went_on.set()

    thread = threading.Thread(target=worker)
    thread.start()
    assert not went_on.wait(0.01)  # the key is still queued: the worker waits
    app._message_queue.get_nowait()  # the UI took the key
    assert went_on.wait(5)
    thread.join()


def test_a_worker_never_waits_for_ever_and_the_ui_thread_never_waits(monkeypatch: Any) -> None:
    monkeypatch.setattr(worker_manners, "GIVE_WAY_MAX_SECONDS", 0.02)
    app = _pump()
    app._message_queue.put_nowait("key")  # busy for good
    hook = keys_first(app, lambda: [], lambda: 0.0)
    hook()  # the main thread (this test's): returns at once
    thread = threading.Thread(target=hook)
    thread.start()
    thread.join(5)
    assert not thread.is_alive()  # bounded by GIVE_WAY_MAX_SECONDS


def test_input_the_terminal_read_counts_as_queued_until_the_ui_takes_it() -> None:
    """A key the input thread has read reaches the app's queue only after the slice the event loop is running:
    slices ask ``key_queued``, which counts such a key (stamped ``input_arrived_at``) until the app takes it
    (``key_at``), and for at most ARRIVING_SECONDS (an event that never sets ``key_at``, a paste, stops
    counting)."""
    app = _pump()
    app.key_at = 0.0
    app.input_arrived_at = 0.0
    assert not worker_manners.input_arriving(app) and not worker_manners.key_queued(app)
    app.input_arrived_at = time.perf_counter()  # read by the input thread, not taken yet
    assert worker_manners.input_arriving(app) and worker_manners.key_queued(app)
    assert ui_busy(app, [], 0.0)
    app.key_at = time.perf_counter()  # the UI thread took it
    assert not worker_manners.input_arriving(app) and not worker_manners.key_queued(app)
    app.input_arrived_at = time.perf_counter() - worker_manners.ARRIVING_SECONDS - 0.01
    app.key_at = 0.0
    assert not worker_manners.input_arriving(app)  # stale: never taken as a key


def test_the_driver_stamps_input_before_handing_it_over() -> None:
    """:meth:`ReaderDriver.stamped`: the stamp is set before the event is passed on, from the input thread."""
    from reader.ui.terminal_driver import stamped

    app = SimpleNamespace(input_arrived_at=0.0)
    seen: list[tuple[object, float]] = []
    deliver = stamped(app, lambda message: seen.append((message, app.input_arrived_at)))  # type: ignore[arg-type]
    before = time.perf_counter()
    deliver("key")  # type: ignore[arg-type]
    assert seen and seen[0][0] == "key" and seen[0][1] >= before
