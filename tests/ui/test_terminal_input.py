"""The terminal's input (reader.ui.terminal_input): a byte that is not UTF-8 is U+FFFD, not a crash; a bracketed
paste is one Paste event whatever it holds (never keys), even when its markers are cut by the reads; and in a
real pseudo-terminal, neither ends the app nor deletes a highlight."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message

from reader.ui.terminal_input import (
    ESCAPE_DELAY_MS,
    MAX_PASTE_CHARS,
    PASTE_END,
    PASTE_START,
    READ_SIZE,
    PasteSplitter,
    escape_delay,
    escape_grace,
    read_input,
)
from tests.conftest import SEED
from tests.robustness import PtyApp, clean_env


def split(*reads: str) -> list[tuple[str, str]]:
    splitter = PasteSplitter()
    pieces = [piece for data in reads for piece in splitter.feed(data)]
    return pieces + splitter.finish()


def test_a_paste_is_cut_out_whole_with_its_escapes() -> None:
    assert split(f"ab{PASTE_START}x\x1bxy\x1b\x1b]0;t\x07{PASTE_END}j") == [
        ("keys", "ab"), ("paste", "x\x1bxy\x1b\x1b]0;t\x07"), ("keys", "j")]


def test_markers_cut_by_the_reads_are_still_found() -> None:
    assert split("ab\x1b[20", "0~he", "llo\x1b", "\x1b", "[201", "~j") == [
        ("keys", "ab"), ("paste", "hello\x1b"), ("keys", "j")]


def test_a_lone_escape_is_a_key_at_once_and_an_unfinished_marker_after_a_pause() -> None:
    splitter = PasteSplitter()
    assert splitter.feed("\x1b") == [("keys", "\x1b")]  # the Escape key is never held back
    assert splitter.feed("\x1b[2") == []  # may be the start of a paste: held
    assert splitter.flush() == [("keys", "\x1b[2")]  # no more came: keys after all


def test_a_paste_keeps_at_most_its_limit() -> None:
    pieces = split(PASTE_START, "a" * (MAX_PASTE_CHARS + 10), PASTE_END, "k")
    assert [(kind, len(text)) for kind, text in pieces] == [("paste", MAX_PASTE_CHARS), ("keys", 1)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from(["a", "\x1b", "[", "2", "0", "1", "~", "\x00"]), max_size=12), max_size=6),
       st.data())
def test_splitting_is_the_same_however_the_input_is_cut(parts: list[str], data: st.DataObject) -> None:
    text = "".join(f"k{part}{PASTE_START}p{part}{PASTE_END}" for part in parts)
    # any cut but right after an ESC: a lone ESC at the end of a read is the Escape key at once, by design
    cuts = sorted(c for c in data.draw(st.sets(st.integers(0, len(text)), max_size=8)) if text[c - 1 : c] != "\x1b")
    reads = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    whole = split(text)
    pieces = split(*reads)
    assert [p for p in pieces if p[0] == "paste"] == [p for p in whole if p[0] == "paste"]
    assert "".join(t for k, t in pieces if k == "keys") == "".join(t for k, t in whole if k == "keys")


def test_the_loop_replaces_bad_bytes_and_delivers_pastes_in_order() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"\xf8j" + PASTE_START.encode() + b"a\x1bxb" + PASTE_END.encode() + b"k")
    os.close(write_end)
    got: list[Message] = []
    started = time.monotonic()
    try:
        with pytest.raises(EOFError):  # the end of input ends the loop (Textual's read on at 100% of a core)
            read_input(read_end, os.read, XTermParser(), got.append, lambda: time.monotonic() > started + 5)
    finally:
        os.close(read_end)
    assert time.monotonic() - started < 2
    seen = [("paste", m.text) if isinstance(m, events.Paste) else ("key", m.character)
            for m in got if isinstance(m, (events.Paste, events.Key))]
    assert seen == [("key", "\ufffd"), ("key", "j"), ("paste", "a\x1bxb"), ("key", "k")]


def test_an_escape_just_before_a_paste_comes_first() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"\x1b" + PASTE_START.encode() + b"hello" + PASTE_END.encode())
    os.close(write_end)
    got: list[Message] = []
    started = time.monotonic()
    try:
        with pytest.raises(EOFError):
            read_input(read_end, os.read, XTermParser(), got.append, lambda: time.monotonic() > started + 5)
    finally:
        os.close(read_end)
    seen = [type(m).__name__ for m in got if isinstance(m, (events.Paste, events.Key))]
    assert seen == ["Key", "Paste"] and isinstance(got[0], events.Key) and got[0].key == "escape"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_bad_byte_and_a_pasted_escape_x_neither_end_the_app_nor_delete_a_highlight(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = PtyApp([str(SEED), "--db", str(db)], clean_env(TERM="xterm-256color", READER_DB=str(db)),
                 columns=120, lines=40)
    try:
        assert app.wait_output(b"Stoltenberg", 20.0), "the article never appeared"
        app.settle(1.0)
        app.send(b"\xf8")  # Alt+x on an xterm with 8-bit meta
        app.settle(0.5)
        app.send(b"jh")  # a highlight
        assert app.wait_output(b"Highlights (1)", 10.0)
        app.send(PASTE_START.encode() + b"text\x1bx" + PASTE_END.encode())  # ESC x would be `x`: delete
        app.settle(1.0)
        app.send(b"q")
        status = app.wait_exit(20.0)
    finally:
        app.close()
    assert status == 0, bytes(app.output[-2000:])
    assert b"Traceback" not in app.output and b"internal error" not in app.output
    stored = json.loads(db.read_text(encoding="utf-8"))
    assert sum(len(table) for name, table in stored.items() if name.startswith("annotations")) == 1, stored.keys()


def test_escape_delay_follows_escdelay_when_it_is_a_sane_number() -> None:
    assert escape_delay({}) == ESCAPE_DELAY_MS / 1000
    assert escape_delay({"ESCDELAY": "100"}) == 0.1
    assert escape_delay({"ESCDELAY": "0"}) == 0.0
    for odd in ("", "-5", "abc", "1e3", "٣", "99999999"):
        assert escape_delay({"ESCDELAY": odd}) == ESCAPE_DELAY_MS / 1000, odd


def test_a_lone_escape_is_delivered_when_the_parsers_wait_ends_not_at_the_next_poll(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The loop wakes at the parser's deadline: with a 20 ms escape delay, Esc comes ~20 ms after its byte
    (Textual's loop noticed at its next 0.1 s poll: Esc took 100-200 ms)."""
    from textual import constants

    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.02)
    read_end, write_end = os.pipe()
    got: list[tuple[float, Message]] = []
    sent = time.monotonic()
    os.write(write_end, b"\x1b")
    try:
        read_input(
            read_end,
            os.read,
            XTermParser(),
            lambda message: got.append((time.monotonic(), message)),
            lambda: bool(got) or time.monotonic() > sent + 2,
        )
    finally:
        os.close(read_end)
        os.close(write_end)
    keys = [(at, m) for at, m in got if isinstance(m, events.Key)]
    assert keys and keys[0][1].key == "escape"
    assert keys[0][0] - sent < 0.08, keys[0][0] - sent  # 20 ms wait; a 0.1 s poll would make it >= 0.1


def _keys_read(chunks: list[bytes], delay: float, grace: float | None, monkeypatch: pytest.MonkeyPatch,
               until: int = 1) -> list[tuple[float, events.Key]]:
    """The keys ``read_input`` delivers (with the time since the first write) for ``chunks`` written to a pipe
    before it starts, with the parser's escape wait ``delay`` and the loop's ``grace``; it stops at ``until``
    keys or after 5 s."""
    from textual import constants

    monkeypatch.setattr(constants, "ESCAPE_DELAY", delay)
    read_end, write_end = os.pipe()
    got: list[tuple[float, events.Key]] = []

    def deliver(message: Message) -> None:
        if isinstance(message, events.Key):
            got.append((time.monotonic() - sent, message))

    sent = time.monotonic()
    for chunk in chunks:
        os.write(write_end, chunk)
    try:
        read_input(read_end, os.read, XTermParser(), deliver, lambda: len(got) >= until
                   or time.monotonic() > sent + 5, grace)
    finally:
        os.close(read_end)
        os.close(write_end)
    return got


def test_a_lone_escape_ending_a_short_read_is_the_key_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing follows the ESC in its read, nor within the grace: the Escape key, without the parser's wait
    (5 s here, so only the early decision can deliver it in time)."""
    keys = _keys_read([b"\x1b"], 5.0, 0.002, monkeypatch)
    assert [key.key for _, key in keys] == ["escape"]
    assert keys[0][0] < 1.0, keys[0][0]


def test_a_sequence_in_one_read_is_still_one_key(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = _keys_read([b"\x1b[A", b"\x1bOB", b"\x1b"], 5.0, 0.002, monkeypatch, until=3)
    assert [key.key for _, key in keys] == ["up", "down", "escape"]


def test_an_escape_that_ends_a_full_read_waits_for_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """A read that fills the buffer may have more behind it: its trailing ESC is not decided early, and the
    next read's ``[A`` completes the arrow key."""
    filler = b"a" * (READ_SIZE - 1)
    keys = _keys_read([filler + b"\x1b", b"[A"], 5.0, 0.002, monkeypatch, until=READ_SIZE)
    assert [key.key for _, key in keys[-2:]] == ["a", "up"]
    assert all(key.key != "escape" for _, key in keys)


def test_escdelay_set_means_the_full_wait_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user on a slow link sets ESCDELAY: then a lone ESC waits that long, whatever the read."""
    assert escape_grace({}) is not None and escape_grace({"ESCDELAY": "100"}) is None
    keys = _keys_read([b"\x1b"], 0.3, escape_grace({"ESCDELAY": "300"}), monkeypatch)
    assert [key.key for _, key in keys] == ["escape"]
    assert keys[0][0] >= 0.25, keys[0][0]
