"""The soak test's actors and the ledger of what each was told was written (see tests/robustness/test_soak.py).

Three actors share one store, each in its own thread and each owning its own documents, so that what each may
expect of the store is its own business:

* :class:`ChurnActor` runs ``tests/unit/store_writer.py DB churn`` (sometimes with the journal forced on) and
  kills it with SIGKILL at a random moment. **Acknowledged**: the lines it printed, each printed only after
  the store call returned (``a ID`` added, ``u ID N`` note set to N, ``d ID`` deleted; ``D ID`` alone is a
  delete in flight).
* :class:`ImportActor` runs ``reader import`` of generated native and W3C files (new annotations, plus newer
  versions of ones it imported before), sometimes killed mid-way, sometimes of a truncated file.
  **Acknowledged**: exit status 0 with its ``imported ...: added A, updated U, kept K`` report, the counts
  matching the file. A truncated file must give exit status 2, one ``reader: ...`` line and change nothing;
  a killed import must have landed whole or not at all.
* The app actor (:class:`~tests.robustness.soak_app.AppActor`) drives the real app in a pty.

Every actor checks the store after each of its steps (a fault shows at the step that caused it) and then
resolves what was in flight to what the store holds: nobody else writes its documents, so from then on that
is exact. Pruning (a ``replace_all_for`` between two runs) keeps the store from growing without bound over
30 minutes.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.annotation import COLORS, Annotation, utc_now
from reader.document import document_id
from reader.formats import ExportDocument
from reader.formats.native import dumps_native
from reader.formats.w3c import export_w3c
from reader.store import Store
from tests.conftest import ROOT

STORE_WRITER = ROOT / "tests" / "unit" / "store_writer.py"
CHURN_DOC = "sha256:crash"
"""The document every annotation of store_writer.py belongs to."""

PRUNE_ABOVE = 400
"""An actor prunes its documents when it has more annotations than this in the store."""

ABSENT = "<absent>"
"""The fingerprint of an annotation that must not be in the store."""


def note_of(annotation: Annotation) -> str:
    return annotation.note


def whole(annotation: Annotation) -> str:
    """The fingerprint of everything an annotation is: what was written must come back exactly."""
    return json.dumps(annotation.to_dict(), sort_keys=True, ensure_ascii=False)


@dataclass
class Ledger:
    """What an actor's acknowledged writes left in the store.

    ``expected`` maps an id to the fingerprint it must have (or :data:`ABSENT`); ``maybe`` lists other states
    an id may be in because a write to it was in flight when its process died; ``spare`` counts adds that may
    have landed without being acknowledged (ids nobody was told about); ``unknown`` says that everything of
    the actor's is unknown (the app was killed).
    """

    name: str
    owns: Callable[[Annotation], bool]
    fingerprint: Callable[[Annotation], str]
    expected: dict[str, str] = field(default_factory=dict)
    maybe: dict[str, set[str]] = field(default_factory=dict)
    spare: int = 0
    unknown: bool = False

    def allow(self, annotation_id: str, state: str) -> None:
        self.maybe.setdefault(annotation_id, set()).add(state)

    def mine(self, annotations: list[Annotation]) -> dict[str, Annotation]:
        return {a.id: a for a in annotations if self.owns(a)}

    def check(self, annotations: list[Annotation], when: str) -> list[str]:
        """Problems of the store's ``annotations`` against this ledger; then what was uncertain is resolved to
        what the store holds."""
        mine = self.mine(annotations)
        state = {key: self.fingerprint(a) for key, a in mine.items()}
        problems: list[str] = []
        if not self.unknown:
            for key in set(self.expected) | set(self.maybe):
                got = state.get(key, ABSENT)
                allowed = set(self.maybe.get(key, set()))
                if key in self.expected:
                    allowed.add(self.expected[key])
                if got not in allowed:
                    want = self.expected.get(key, "(not acknowledged)")
                    problems.append(f"{self.name} {when}: {key} is {got[:300]}, acknowledged {want[:300]}")
            extra = sorted(set(state) - set(self.expected) - set(self.maybe))
            if len(extra) > self.spare:
                problems.append(f"{self.name} {when}: {len(extra)} annotations nobody acknowledged {extra[:5]}")
        self.expected = {key: ABSENT for key in (*self.expected, *self.maybe)}
        self.expected.update(state)
        self.maybe, self.spare, self.unknown = {}, 0, False
        return problems

    def present(self) -> int:
        return sum(value != ABSENT for value in self.expected.values())


def read_store(db: Path) -> list[Annotation]:
    """Every annotation in the store now (a fresh Store: what any new process would see)."""
    return Store(db).all_annotations()


@dataclass
class Counters:
    """What an actor did, for the report (a soak that did nothing would pass)."""

    values: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, amount: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + amount

    def __getitem__(self, key: str) -> int:
        return self.values.get(key, 0)


class Actor(threading.Thread):
    """One actor's loop until ``stop``; a problem stops the whole soak (so its seed replays it soon)."""

    ledger: Ledger
    """What the actor's acknowledged writes left in the store."""

    def __init__(self, name: str, seed: int, db: Path, workdir: Path, stop: threading.Event) -> None:
        super().__init__(name=f"soak-{name}", daemon=True)
        self.label = name
        self.rng = random.Random(f"{seed}:{name}")
        self.db, self.workdir, self.stop = db, workdir, stop
        self.problems: list[str] = []
        self.processes: list[subprocess.Popen[bytes]] = []
        self.counts = Counters()
        self.steps = 0
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.env.pop("READER_DB", None)

    def run(self) -> None:
        try:
            while not self.stop.is_set() and not self.problems:
                self.steps += 1
                self.step()
                self.stop.wait(self.rng.uniform(0.0, 0.5))
            self.finish()
        except BaseException:  # noqa: B036 - reported to the test, which fails with it
            self.problems.append(f"{self.label} step {self.steps}: {traceback.format_exc()}")
        if self.problems:
            self.stop.set()

    def step(self) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """What to do once the soak is over (the app quits cleanly)."""

    def problem(self, text: str) -> None:
        self.problems.append(f"{self.label} step {self.steps}: {text}")

    def spawn(self, args: list[str], tag: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
        out, err = self.workdir / f"{tag}.out", self.workdir / f"{tag}.err"
        with out.open("wb") as stdout, err.open("wb") as stderr:
            process = subprocess.Popen(args, stdout=stdout, stderr=stderr, cwd=self.workdir, env=self.env)
        self.processes.append(process)
        return process, out, err

    def kill_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(10)


class ChurnActor(Actor):
    """store_writer.py churn, killed at random moments; its printed lines are what was acknowledged."""

    def __init__(self, seed: int, db: Path, workdir: Path, stop: threading.Event) -> None:
        super().__init__("churn", seed, db, workdir, stop)
        self.ledger = Ledger("churn", lambda a: a.doc_id == CHURN_DOC, note_of)

    def step(self) -> None:
        journal = self.rng.choice(["", "", "5", "50"])
        self.env.pop("STORE_WRITER_JOURNAL", None)
        if journal:
            self.env["STORE_WRITER_JOURNAL"] = journal
        args = [sys.executable, str(STORE_WRITER), str(self.db), "churn", str(self.rng.randrange(1 << 30))]
        process, out, err = self.spawn(args, f"churn-{self.steps}")
        time.sleep(self.rng.uniform(0.1, 2.0))
        if process.poll() is not None:
            self.problem(f"store_writer exited by itself ({process.returncode}): {err.read_text()[-2000:]}")
            return
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        self.counts.add("runs")
        self.read_lines(out.read_bytes())
        self.problems.extend(self.ledger.check(read_store(self.db), f"after churn run {self.steps}"))
        if self.ledger.present() > PRUNE_ABOVE:
            self.prune()

    def read_lines(self, data: bytes) -> None:
        ledger, counter, run_ids = self.ledger, 0, []
        complete = data[: data.rfind(b"\n") + 1].decode().splitlines()  # the line the kill cut short is not one
        for line in complete:
            kind, key, *rest = line.split()
            if kind == "a":
                ledger.expected[key] = ""
                run_ids.append(key)
            elif kind == "u":
                counter = int(rest[0])
                ledger.expected[key] = rest[0]
            elif kind == "D":
                ledger.allow(key, ABSENT)
            elif kind == "d":
                ledger.expected[key] = ABSENT
                ledger.maybe.pop(key, None)
            self.counts.add("acknowledged")
        for key in run_ids:  # the update in flight, if one was, set the next counter on one of them
            if ledger.expected[key] != ABSENT:
                ledger.allow(key, str(counter + 1))
        ledger.spare += 1  # and an add in flight may have landed

    def prune(self) -> None:
        store = Store(self.db)
        current = store.annotations_for(CHURN_DOC)
        kept = self.rng.sample(current, len(current) // 3)
        store.replace_all_for(CHURN_DOC, kept)
        store.close()
        kept_ids = {a.id for a in kept}
        for annotation in current:
            if annotation.id not in kept_ids:
                self.ledger.expected[annotation.id] = ABSENT
        self.counts.add("pruned", len(current) - len(kept))


WORDS = "the minister said talks would resume after the summit in spring while critics doubted it".split()
NOTE_TEXTS = ("", "", "plain note", "naïve “quoted” ✓ note", "tab\tand\nnew line", "emoji 🦊 and 日本語", "#tagged")
IMPORT_REPORT = re.compile(r"^imported .*: added (\d+), updated (\d+), kept (\d+) into ", re.MULTILINE)


@dataclass(frozen=True)
class ImportDocument:
    id: str
    path: str
    title: str
    text: str


class ImportActor(Actor):
    """``reader import`` of generated native/W3C files: acknowledged on exit 0 with a matching report."""

    def __init__(self, seed: int, db: Path, workdir: Path, stop: threading.Event) -> None:
        super().__init__("import", seed, db, workdir, stop)
        self.documents = [self.make_document(k) for k in range(3)]
        ids = {d.id for d in self.documents}
        self.ledger = Ledger("import", lambda a: a.doc_id in ids, whole)
        self.stored: dict[str, Annotation] = {}
        """The annotations the store holds of this actor's (updates are made from these)."""

    def make_document(self, k: int) -> ImportDocument:
        sentences = [" ".join(self.rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(60)]
        text = f"Soak document {k}\n\n" + "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, 60, 4))
        path = self.workdir / f"soak-document-{k}.txt"
        path.write_text(text, encoding="utf-8")
        return ImportDocument(document_id(text), str(path), f"Soak document {k}", text)

    def make_annotation(self) -> Annotation:
        doc = self.rng.choice(self.documents)
        start = self.rng.randrange(len(doc.text) - 60)
        tags = tuple(self.rng.sample(["soak", "claim", "nato", "later"], self.rng.randint(0, 2)))
        return Annotation.create(
            doc_id=doc.id,
            path=doc.path,
            title=doc.title,
            text_of_document=doc.text,
            start=start,
            end=start + self.rng.randint(1, 60),
            color=self.rng.choice(COLORS),
            note=self.rng.choice(NOTE_TEXTS),
            tags=tags,
            speaker=self.rng.choice([None, "Jens Stoltenberg"]),
        )

    def step(self) -> None:
        roll = self.rng.random()
        mode = "bad" if roll < 0.1 else "kill" if roll < 0.35 else "ok"
        new = [self.make_annotation() for _ in range(self.rng.randint(1, 30))]
        updates: list[Annotation] = []
        if mode != "bad" and self.stored:
            for key in self.rng.sample(sorted(self.stored), min(len(self.stored), self.rng.randint(0, 5))):
                updates.append(self.stored[key].edited(note=f"update {self.steps}", color=self.rng.choice(COLORS)))
        fmt, path = self.write_file(new + updates, mode == "bad")
        args = [sys.executable, "-m", "reader", "import", str(path), "--db", str(self.db)]
        process, out, err = self.spawn(args, path.stem)
        if mode == "kill":
            time.sleep(self.rng.uniform(0.0, 1.2))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
        try:
            status = process.wait(120)
        except subprocess.TimeoutExpired:
            self.problem(f"reader import {path.name} did not finish in 120 s")
            return
        stdout, stderr = out.read_text(errors="replace"), err.read_text(errors="replace")
        if mode == "bad":
            self.bad_import(status, stderr, new, path)
        elif status == 0:
            self.acknowledged(stdout, stderr, new, updates, path)
        elif status == -signal.SIGKILL:
            self.counts.add("killed")
            for annotation in new:
                self.ledger.allow(annotation.id, ABSENT)
            for annotation in new + updates:
                self.ledger.allow(annotation.id, whole(annotation))
            self.check_whole_or_nothing(new, path)
        else:
            self.problem(f"reader import {path.name} ({fmt}) exit {status}: {stderr[-2000:]}")
            return
        self.problems.extend(self.ledger.check(read_store(self.db), f"after {path.name}"))
        self.refresh_stored()
        if self.ledger.present() > PRUNE_ABOVE:
            self.prune()

    def write_file(self, annotations: list[Annotation], truncate: bool) -> tuple[str, Path]:
        docs = [
            ExportDocument(d.id, d.title, d.path, tuple(a for a in annotations if a.doc_id == d.id))
            for d in self.documents
        ]
        docs = [d for d in docs if d.annotations]
        fmt = self.rng.choice(["native", "w3c"])
        if fmt == "native":
            text = dumps_native(docs, utc_now())
        else:
            text = json.dumps(export_w3c(docs, utc_now()), ensure_ascii=False, indent=2) + "\n"
        if truncate:  # never the whole object: a prefix that is valid JSON would be a valid import
            text = text[: self.rng.randrange(1, len(text.rstrip()) - 1)]
        path = self.workdir / f"import-{self.steps}-{fmt}{'-truncated' if truncate else ''}.json"
        path.write_text(text, encoding="utf-8")
        return fmt, path

    def bad_import(self, status: int, stderr: str, new: list[Annotation], path: Path) -> None:
        self.counts.add("refused")
        lines = stderr.splitlines()
        if status != 2 or len(lines) != 1 or not lines[0].startswith("reader: ") or "Traceback" in stderr:
            self.problem(f"truncated {path.name}: exit {status}, stderr {stderr[-2000:]!r} (want 2 and one line)")
        for annotation in new:
            self.ledger.expected[annotation.id] = ABSENT

    def acknowledged(
        self, stdout: str, stderr: str, new: list[Annotation], updates: list[Annotation], path: Path
    ) -> None:
        match = IMPORT_REPORT.search(stdout)
        counts = tuple(int(n) for n in match.groups()) if match else None
        if counts != (len(new), len(updates), 0) or stderr.strip():
            self.problem(f"{path.name}: report {stdout!r} stderr {stderr[-500:]!r}, want added {len(new)}, "
                         f"updated {len(updates)}, kept 0")
        for annotation in new + updates:
            self.ledger.expected[annotation.id] = whole(annotation)
            self.ledger.maybe.pop(annotation.id, None)
        self.counts.add("acknowledged")
        self.counts.add("annotations", len(new) + len(updates))

    def check_whole_or_nothing(self, new: list[Annotation], path: Path) -> None:
        """A killed import landed whole or not at all (one atomic ``put_many``)."""
        on_disk = {a.id for a in read_store(self.db)}
        landed = sum(a.id in on_disk for a in new)
        if landed not in (0, len(new)):
            self.problem(f"killed {path.name}: {landed} of its {len(new)} new annotations are in the store")

    def refresh_stored(self) -> None:
        mine = self.ledger.mine(read_store(self.db))
        self.stored = {key: mine[key] for key, value in self.ledger.expected.items() if value != ABSENT}

    def prune(self) -> None:
        store = Store(self.db)
        removed = 0
        for doc in self.documents:
            current = store.annotations_for(doc.id)
            kept = self.rng.sample(current, len(current) // 3)
            store.replace_all_for(doc.id, kept)
            kept_ids = {a.id for a in kept}
            for annotation in current:
                if annotation.id not in kept_ids:
                    self.ledger.expected[annotation.id] = ABSENT
                    self.stored.pop(annotation.id, None)
                    removed += 1
        store.close()
        self.counts.add("pruned", removed)
