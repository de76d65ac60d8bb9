"""Counted pauses of the garbage collector: nesting, threads, and the CLI never leaving it off."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from reader import gc_pause
from reader.cli import main


def test_nested_pauses_resume_after_the_last() -> None:
    assert gc.isenabled()
    gc_pause.pause()
    with gc_pause.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    gc_pause.resume()
    assert gc.isenabled()
    gc_pause.resume()  # unmatched: nothing happens
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with gc_pause.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_from_threads_leave_it_on() -> None:
    """The race a plain isenabled()/disable() pair had: one thread pausing while another ends its pause."""
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        for _ in range(2000):
            with gc_pause.paused():
                pass

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_cli_errors_before_the_app_starts_do_not_leave_it_off(tmp_path: Path) -> None:
    assert main([str(tmp_path / "missing.txt"), "--db", str(tmp_path / "a.json")]) == 2
    assert gc.isenabled()
    assert main(["--width", "5", "--db", str(tmp_path / "a.json")]) == 2
    assert gc.isenabled()
