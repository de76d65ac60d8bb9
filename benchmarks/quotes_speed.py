"""Quotation detection speed on a large article (issue 11, item 5: at least 5 M characters a second on 20 MB).

    python benchmarks/quotes_speed.py [--quick] [--size MB] [--processes N] [--against COMMIT [--rounds N]]

The article is PolNeAR's train texts (../shared/polnear, real news, dense in quotations) joined and repeated to
the size (20 MB, 2 MB with ``--quick``); without PolNeAR, the seed article repeated. Prints the time of
:func:`reader.quotes.find_quotations` and of its stages (mark pairing, people index, the article's lower-case words,
attribution patterns, speaker ranker; the words around a person's mentions are read when a pattern asks, so they
count in the patterns and the ranker), and the speed against the 5 M characters a second target as a ratio (over
1.0 meets it). Then the same document as ``reader quotes`` finds it, in several processes
(:mod:`reader.quotes.parallel`; ``--processes N``, default the usable cores up to the CLI's maximum), with the
CPU time of this process and of its children, and the ratio of the two wall times.

``--against COMMIT`` adds a baseline measured in the same run, as every other benchmark has one (the machine is
shared and its speed varies by a third between sessions, so the 5 M target alone says little about a change):
COMMIT's ``reader/`` (``git archive`` into a temporary folder; ``start`` names 827fd82, the last commit before
issue 11's work) and this checkout each find the same article's quotations in a fresh process, one process
each, alternated for ``--rounds`` rounds (default 3), then this checkout as ``reader quotes`` finds them
(several processes). It prints each time and the ratios of the medians. The issue measured 7.5–15 s on 20 MB
at its start and asks for 4 s: 1.9x to 3.75x the start's speed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.document import Document  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "polnear" / "train" / "text"
TARGET = 5_000_000  # characters a second
ISSUE_START = "827fd82"
"""The last commit before issue 11's work (its quotation finder is the one the issue measured)."""


def article(size: int) -> str:
    paths = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    parts = [p.read_text(encoding="utf-8") for p in paths] or [(REPO / "seeds" / "belarus-nato-stoltenberg.txt")
                                                                 .read_text(encoding="utf-8")]
    text = "\n\n".join(parts)
    while len(text) < size:
        text = text + "\n\n" + text
    return text[:size]


def _size(argv: list[str]) -> int:
    size = 2_000_000 if "--quick" in argv else 20_000_000
    if "--size" in argv:
        size = int(float(argv[argv.index("--size") + 1]) * 1_000_000)
    return size


def timed_child(root: str, size: int, processes: int) -> None:
    """In a fresh process: the checkout at ``root`` finds the article's quotations; prints wall seconds and count."""
    text = article(size)
    for name in [name for name in sys.modules if name == "reader" or name.startswith("reader.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    from reader.document import Document as Checked
    from reader.quotes import find_quotations

    document = Checked.from_text(text)
    if hasattr(document, "finish_parsing"):  # (the start's finder read only what was parsed: all of it here)
        document.finish_parsing()
    began = time.perf_counter()
    found = find_quotations(document, processes=processes) if processes > 1 else find_quotations(document)
    print(f"{time.perf_counter() - began:.3f} {len(found)}")


def against(commit: str, size: int, rounds: int, processes: int) -> None:
    """The same-run comparison of ``--against``: COMMIT and this checkout alternated in fresh processes."""
    import statistics
    import subprocess
    import tarfile
    import tempfile

    commit = ISSUE_START if commit == "start" else commit
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "reader"], capture_output=True,
                                 check=True).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        runs = {"base": (folder, 1), "now": (str(REPO), 1), "now-shared": (str(REPO), processes)}
        times: dict[str, list[float]] = {label: [] for label in runs}
        for round_number in range(rounds):
            for label, (root, count) in runs.items():
                out = subprocess.run([sys.executable, __file__, "--child", root, str(count), "--size",
                                      str(size / 1_000_000)], capture_output=True, text=True, check=True).stdout
                seconds, found = out.split()
                times[label].append(float(seconds))
                print(f"round {round_number + 1}: {label:10} {float(seconds):6.2f} s, {found} quotations")
    base = statistics.median(times["base"])
    for label in ("now", "now-shared"):
        median = statistics.median(times[label])
        print(f"{label}: median {median:.2f} s against {commit}'s {base:.2f} s: {base / median:.2f}x its speed"
              f" ({size / median / 1e6:.2f} M characters/s)")


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    size = _size(argv)
    if "--child" in argv:
        at = argv.index("--child")
        timed_child(argv[at + 1], size, int(argv[at + 2]))
        return 0
    import reader.quotes.marks as marks
    import reader.quotes.people as people
    import reader.quotes.ranker as ranker
    import reader.quotes.speakers as speakers
    from reader.quotes import find_quotations

    stages: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def timed(owner: Any, name: str, label: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            cpu_began = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                stages[label] = stages.get(label, 0.0) + time.perf_counter() - began
                cpu[label] = cpu.get(label, 0.0) + time.process_time() - cpu_began

        setattr(owner, name, wrapper)

    timed(marks._Scanner, "run", "marks")
    timed(people.People, "__init__", "people index")
    timed(speakers, "lower_case_words", "lower-case words")
    timed(speakers.Attributor, "attribute", "patterns")
    timed(ranker.Ranker, "rank", "ranker")
    text = article(size)
    document = Document.from_text(text)
    document.finish_parsing()
    began = time.perf_counter()
    cpu_began = time.process_time()
    found = find_quotations(document)
    elapsed = time.perf_counter() - began
    cpu_elapsed = time.process_time() - cpu_began
    speed = len(text) / elapsed
    print(f"{len(text) / 1e6:.0f} MB, {len(found)} quotations in {elapsed:.2f} s: {speed / 1e6:.2f} M characters/s")
    print("stages: " + ", ".join(f"{label} {seconds:.2f} s" for label, seconds in stages.items()))
    # The machine is shared: CPU time is the steadier figure (wall time counts waiting for a core)
    print(f"CPU time {cpu_elapsed:.2f} s: {len(text) / cpu_elapsed / 1e6:.2f} M characters/s; stages: "
          + ", ".join(f"{label} {seconds:.2f} s" for label, seconds in cpu.items()))
    print(f"speed ratio to the 5 M characters/s target: {speed / TARGET:.2f}x "
          f"({'met' if speed >= TARGET else 'missed'})")
    from reader.quotes.cli import MAX_PROCESSES
    from reader.quotes.parallel import usable_cores

    processes = min(MAX_PROCESSES, usable_cores())
    if "--processes" in argv:
        processes = int(argv[argv.index("--processes") + 1])
    children = os.times()
    began = time.perf_counter()
    cpu_began = time.process_time()
    shared = find_quotations(document, processes=processes)
    shared_elapsed = time.perf_counter() - began
    cpu_parent = time.process_time() - cpu_began
    after = os.times()
    cpu_children = after.children_user + after.children_system - children.children_user - children.children_system
    same = "the same quotations" if shared == found else "DIFFERENT quotations"
    shared_speed = len(text) / shared_elapsed
    print(f"{processes} processes (as `reader quotes`): {shared_elapsed:.2f} s, "
          f"{shared_speed / 1e6:.2f} M characters/s, {same}; "
          f"CPU {cpu_parent:.2f} s here + {cpu_children:.2f} s in children; "
          f"{elapsed / shared_elapsed:.2f}x the one-process speed")
    print(f"speed ratio to the 5 M characters/s target, {processes} processes: {shared_speed / TARGET:.2f}x "
          f"({'met' if shared_speed >= TARGET else 'missed'})")
    if "--against" in argv:
        rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
        against(argv[argv.index("--against") + 1], size, rounds, processes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
