"""The first-paint measuring loop that startup.py, memory.py, library.py and sources_paint.py share.

Each of them times programs the same way (README, "Method"): a sample is one fresh process in its own pty, from
just before the fork to the output that shows a marker; every program runs once as a warm-up (bytecode, page
cache; discarded), then in rounds whose order alternates, and the stores the runs made are removed at the end.
Written once here so that a change to the method reaches every first-paint figure together; kept out of
common.py, which holds the parts below it (the pty, the article, the statistics) and is at the ~500-line limit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.common import (
    FIRST_PARAGRAPH_MARKER,
    cleanup_tmp_dbs,
    fresh_db,
    interleaved,
    reader_command,
    time_to_marker,
)

Program = Callable[[], float]
"""One sample: launches a program and returns the seconds to its first paint."""


def paint_sample(argv: Sequence[str], marker: str = FIRST_PARAGRAPH_MARKER) -> Program:
    """A program that needs no store (a baseline app): each sample runs ``argv`` to ``marker``."""
    return lambda: time_to_marker(argv, marker)


def reader_paint(
    target: Path | str, db: str | Callable[[], str] = fresh_db, marker: str = FIRST_PARAGRAPH_MARKER
) -> Program:
    """``reader TARGET --db DB`` to ``marker``. ``db`` is a store every sample shares (a large one written once), or
    a function called per sample (by default a fresh, empty store, so no sample reads what another wrote)."""

    def sample() -> float:
        return time_to_marker(reader_command(target, db() if callable(db) else db), marker)

    return sample


def warmed_rounds(
    runs: int,
    programs: dict[str, Program],
    heading: str,
    about: str = "",
    *,
    after_warm_up: Callable[[], None] | None = None,
) -> dict[str, list[float]]:
    """Run each program once as a warm-up, then ``runs`` interleaved rounds; the samples per program. The stores
    made by :func:`~benchmarks.common.fresh_db` are removed even when a run fails. ``after_warm_up`` drops what
    the programs gathered beside their samples during the warm-up (sources_paint.py's CPU times)."""
    print(f"{heading}: warm-up, then {runs} interleaved rounds" + (f" ({about})" if about else ""), flush=True)
    try:
        for program in programs.values():
            program()
        if after_warm_up is not None:
            after_warm_up()
        return interleaved(runs, programs)
    finally:
        cleanup_tmp_dbs()
