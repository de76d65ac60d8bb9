"""A one-shot timer that always fires, for work done in slices on the event loop.

Textual's ``set_timer`` makes a one-shot ``Timer`` with ``skip=True``: when more than its delay passes between
its creation and its first clock reading (a loaded machine does that now and then to a 1 ms timer), it skips its
only tick and the callback never comes. Layout slices and search slices scheduled that way stopped for good
("laying out 53%", "searching…" frozen). :func:`call_later` uses the event loop's own timer instead and runs the
callback through the node's message queue (``call_next``), so it runs between the node's messages, as a timer
callback would.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from textual.message_pump import MessagePump


def call_later(node: MessagePump, delay: float, callback: Callable[..., Any], *args: Any) -> asyncio.TimerHandle:
    """Run ``callback(*args)`` on ``node``'s queue after ``delay`` seconds; ``.cancel()`` the handle to drop it.
    (A node removed meanwhile never processes its queue again, so nothing runs on it.)"""
    return asyncio.get_running_loop().call_later(delay, node.call_next, callback, *args)
