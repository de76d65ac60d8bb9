"""The soak: random keys in the app, imports and store writers, all killed at random moments, against ONE
store, ending with every acknowledged write present.

Three actors run at once for the soak's duration (what each counts as acknowledged is in
``tests/robustness/soak_actors.py`` and ``soak_app.py``): the app in a pty, ``reader import`` of generated
native and W3C files, and the store writer of ``tests/unit/store_writer.py``. Each checks the store after each
of its steps; at the end every acknowledged write must be in the store (with its last acknowledged value),
nothing deleted may have come back, the store file must be valid JSON that TinyDB opens, holding what
``reader.store.Store`` reads, and no process of the soak may be left.

Two tests run the same code:

* ``test_soak_short`` (about 20 s of soak, in the default run and CI) checks the mechanism itself, with a
  fixed seed so CI is reproducible (``READER_SOAK_SEED`` overrides it).
* ``test_soak`` (marker ``soak``, skipped unless ``READER_SOAK_SECONDS`` is set; 1800 s when it is empty) is the
  long run: ``READER_SOAK_SECONDS=1800 pytest tests/robustness/test_soak.py -m soak``. Its seed is random
  unless ``READER_SOAK_SEED`` is set. A failure names the seed and how to replay it; timing still varies
  between runs, so a replay repeats the same choices, not the same interleaving.
"""

from __future__ import annotations

import json
import os
import random
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.store import Store
from tests.robustness.soak_actors import Actor, ChurnActor, ImportActor
from tests.robustness.soak_app import AppActor

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pty, signals and /proc")

SHORT_SECONDS = 20.0
SHORT_SEED = 20261125
JOIN_TIMEOUT = 300.0
"""How long the actors may take to finish their step once the soak is over (an app's clean exit included)."""


def run_soak(workdir: Path, seconds: float, seed: int) -> dict[str, dict[str, int]]:
    """Run the three actors for ``seconds``, then check the store; AssertionError naming the seed on a fault.
    Returns what each actor did."""
    replay = f"replay with READER_SOAK_SEED={seed} READER_SOAK_SECONDS={seconds:g}"
    print(f"soak: seed {seed}, {seconds:g} s ({replay})")
    db = workdir / "annotations.json"
    stop = threading.Event()
    actors: list[Actor] = [cls(seed, db, workdir, stop) for cls in (AppActor, ImportActor, ChurnActor)]
    problems: list[str] = []
    try:
        for actor in actors:
            actor.start()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not stop.is_set():
            stop.wait(min(1.0, max(0.0, deadline - time.monotonic())))
        stop.set()
        for actor in actors:
            actor.join(JOIN_TIMEOUT)
            if actor.is_alive():
                problems.append(f"{actor.label} did not finish its step within {JOIN_TIMEOUT:g} s of the end")
    finally:
        stop.set()
        for actor in actors:
            actor.kill_all()
    for actor in actors:
        problems.extend(actor.problems)
    report = {actor.label: {"steps": actor.steps, **actor.counts.values} for actor in actors}
    if not problems:
        problems.extend(final_check(db, actors))
    problems.extend(leftover_processes(workdir, actors))
    assert not problems, f"soak failed (seed {seed}; {replay}); what ran: {report}\n" + "\n".join(problems[:20])
    return report


def final_check(db: Path, actors: list[Actor]) -> list[str]:
    """Every ledger against the store; nothing in it that no actor wrote; the file valid JSON that TinyDB opens
    and that holds what the Store reads once the journal is folded in."""
    problems: list[str] = []
    store = Store(db)
    annotations = store.all_annotations()
    if store.warnings:
        problems.append(f"the store skipped records: {store.warnings[:5]}")
    for actor in actors:
        ledger = actor.ledger
        if ledger.unknown:
            problems.append(f"{actor.label}: its last state was never acknowledged")
        problems.extend(ledger.check(annotations, "at the end"))
    owned = [a for a in annotations if any(actor.ledger.owns(a) for actor in actors)]
    if len(owned) != len(annotations):
        problems.append(f"{len(annotations) - len(owned)} annotations in the store that no actor wrote")
    store.close()  # folds the journal into the file
    journal = db.with_name(db.name + ".journal")
    operations = journal.read_bytes().splitlines()[1:] if journal.exists() else []  # after its header line
    if operations:
        problems.append(f"{len(operations)} journal operations were not folded in on close")
    try:
        raw = json.loads(db.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [*problems, f"the store file is not valid JSON: {error}"]
    from tinydb import TinyDB

    tiny = TinyDB(db, access_mode="r")
    try:
        ids = {record.get("id") for record in tiny.table("annotations").all()}
    finally:
        tiny.close()
    if ids != {a.id for a in annotations}:
        problems.append(f"TinyDB reads {len(ids)} annotations, the Store {len(annotations)}")
    if not isinstance(raw, dict) or "annotations" not in raw:
        problems.append(f"the store file has no annotations table: {str(raw)[:200]}")
    return problems


def leftover_processes(workdir: Path, actors: list[Actor]) -> list[str]:
    """Processes the soak started that are still there (by handle, and any process naming the soak's folder)."""
    left = [f"{actor.label} pid {p.pid}" for actor in actors for p in actor.processes if p.poll() is None]
    needle = str(workdir).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if needle in cmdline:
            shown = cmdline.replace(b"\0", b" ")[:200]
            left.append(f"pid {entry.name}: {shown!r}")
    return [f"process left after the soak: {item}" for item in left]


def seed_from_env(default: int | None) -> int:
    given = os.environ.get("READER_SOAK_SEED", "").strip()
    if given:
        return int(given)
    return default if default is not None else random.SystemRandom().randrange(1 << 31)


def test_soak_short(tmp_path: Path) -> None:
    """The soak's mechanism in the default run: every actor did its work, and the checks passed."""
    report = run_soak(tmp_path, SHORT_SECONDS, seed_from_env(SHORT_SEED))
    assert report["app"].get("acknowledged", 0) >= 1, report  # at least the final clean exit
    assert report["import"].get("acknowledged", 0) >= 1, report
    assert report["churn"].get("acknowledged", 0) >= 1, report


@pytest.mark.soak
@pytest.mark.slow
@pytest.mark.skipif("READER_SOAK_SECONDS" not in os.environ, reason="the soak runs when READER_SOAK_SECONDS is set")
def test_soak(tmp_path: Path) -> None:
    seconds = float(os.environ.get("READER_SOAK_SECONDS") or 1800)
    report = run_soak(tmp_path, seconds, seed_from_env(None))
    print(f"soak report: {report}")
    assert report["app"].get("acknowledged", 0) >= 1, report
