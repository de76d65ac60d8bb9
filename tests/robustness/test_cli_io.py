"""The command line against inputs and outputs that are not plain files (issue 12, items 3, 6, 13 and part of 19).

Every case runs the real ``python -m reader`` in a subprocess and checks the whole contract: one ``reader: ...``
line (or the quiet status of a closed pipe), the exit status, no traceback, and the store byte for byte as it
was. A regression must fail, not hang the suite or exhaust the machine's memory: every run has a timeout (a
FIFO opened with a plain ``open`` waits for ever) and an address-space limit (``/dev/zero`` read to its "end"
grows until memory runs out; with the limit it ends in a MemoryError, which fails the test).
"""

from __future__ import annotations

import errno
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.cli import main
from reader.document import document_id
from reader.store import Store
from tests.conftest import SEED

TIMEOUT = 30
"""Seconds for one run: generous for a loaded machine, and what a regression that waits on a FIFO costs."""

MEMORY_LIMIT = 1536 * 1024 * 1024
"""Address space of one run: several times what the reader needs, far less than reading /dev/zero takes."""

TEXT = 'A Title\n\n"Hello there," said Ada. The rest is plain.\n'
ZERO = "/dev/zero"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(
    *args: str | os.PathLike[str],
    cwd: Path,
    db: Path,
    stdin: int | None = subprocess.DEVNULL,
    stdout: int | None = subprocess.PIPE,
    unbuffered: bool = False,
    close_stdout: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``python -m reader ARGS`` with READER_DB=db; stdout as given (a pipe by default)."""
    env = {**os.environ, "READER_DB": str(db), "PYTHONUNBUFFERED": "1" if unbuffered else ""}
    env.pop("PYTHONSTARTUP", None)

    def prepare() -> None:
        _limit_memory()
        if close_stdout:
            os.close(1)

    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=prepare,
    )


def assert_one_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    lines = result.stderr.splitlines()
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert len(lines) == 1 and lines[0].startswith("reader: "), result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def _annotated_store(path: Path, document: Path, start: int, end: int) -> None:
    store = Store(path)
    doc_id = document_id(TEXT)
    store.add(
        Annotation.create(
            doc_id=doc_id, path=str(document), title="A Title", text_of_document=TEXT, start=start, end=end
        )
    )
    store.remember_document(doc_id, path=str(document), title="A Title")
    store.close()


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder with a document, a store holding one annotation of it, and an export file with another one (so
    importing it would change the store)."""
    document = tmp_path / "doc.txt"
    document.write_text(TEXT, encoding="utf-8")
    _annotated_store(tmp_path / "annotations.json", document, 10, 22)
    source = tmp_path / "source" / "source.json"
    source.parent.mkdir()
    _annotated_store(source, document, 30, 38)
    assert main(["export", "--db", str(source), "-o", str(tmp_path / "import.json")]) == 0
    return tmp_path


@pytest.fixture
def db(work: Path) -> Path:
    return work / "annotations.json"


@pytest.fixture
def unchanged(db: Path) -> Iterator[None]:
    """Fails the test when the store's bytes changed, or a file of the store's appeared (a journal, a temp file)."""

    def store_files() -> list[str]:
        return sorted(p.name for p in db.parent.iterdir() if db.name in p.name and not p.name.endswith(".lock"))

    before, names = db.read_bytes(), store_files()
    yield
    assert db.read_bytes() == before
    assert store_files() == names


@pytest.fixture
def fifo(work: Path) -> Path:
    path = work / "pipe"
    os.mkfifo(path)
    return path


# -- item 6: devices and FIFOs as input ----------------------------------------------------------------------

INPUT_COMMANDS = {
    "quotes": lambda bad, work: ["quotes", bad],
    "open": lambda bad, work: [bad],
    "open-second": lambda bad, work: [work / "doc.txt", bad],
    "export-path": lambda bad, work: ["export", bad],
    "import": lambda bad, work: ["import", bad],
    "import-dry-run": lambda bad, work: ["import", "--dry-run", bad],
    "db": lambda bad, work: ["export", "--db", bad],
    "db-import": lambda bad, work: ["import", work / "import.json", "--db", bad],
}


@pytest.mark.parametrize("command", INPUT_COMMANDS)
def test_dev_zero_is_refused_not_read(command: str, work: Path, db: Path, unchanged: None) -> None:
    result = run(*INPUT_COMMANDS[command](ZERO, work), cwd=work, db=db)
    assert_one_line(result, "character device", "not a regular file")


@pytest.mark.parametrize("command", INPUT_COMMANDS)
def test_fifo_is_refused_not_waited_on(command: str, work: Path, db: Path, fifo: Path, unchanged: None) -> None:
    result = run(*INPUT_COMMANDS[command](fifo, work), cwd=work, db=db)
    assert_one_line(result, "FIFO", "not a regular file")


def test_fifo_as_the_store_journal_is_refused(work: Path, db: Path) -> None:
    journal = db.with_name(db.name + ".journal")
    os.mkfifo(journal)
    before = db.read_bytes()
    assert_one_line(run("export", cwd=work, db=db), "annotations.json.journal", "FIFO")
    assert_one_line(run("import", work / "import.json", cwd=work, db=db), "FIFO")
    assert db.read_bytes() == before and stat.S_ISFIFO(os.stat(journal).st_mode)


def test_markdown_export_does_not_read_a_stored_path_that_is_a_fifo(work: Path, fifo: Path) -> None:
    """A store (or an import) can name any path as a document's; the Markdown export reads that file for its
    length, and must not wait on a FIFO (or read /dev/zero) there."""
    db = work / "hostile.json"
    store = Store(db)
    for number, path in enumerate((str(fifo), ZERO)):
        doc_id = f"sha256:{number:064d}"
        store.add(Annotation.create(doc_id=doc_id, path=path, title="T", text_of_document=TEXT, start=0, end=7))
    store.close()
    before = db.read_bytes()
    result = run("export", "--format", "markdown", "--db", db, cwd=work, db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("> A Title") == 2 and result.stderr == ""
    assert db.read_bytes() == before


def test_import_from_stdin_is_bounded(work: Path, db: Path, unchanged: None) -> None:
    """``reader import -`` reads stdin as asked, but never more than the import limit (an endless pipe); a
    device on stdin (/dev/zero) is refused at once, not read up to that limit (a hostile review)."""
    with open(ZERO, "rb") as zero:
        result = run("import", "-", cwd=work, db=db, stdin=zero.fileno())
    assert_one_line(result, "standard input is a device")
    endless = subprocess.Popen([sys.executable, "-c", "import sys\nwhile True: sys.stdout.buffer.write(b'x' * 65536)"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert endless.stdout is not None
        result = run("import", "-", cwd=work, db=db, stdin=endless.stdout.fileno())
    finally:
        endless.kill()
        endless.wait()
    assert_one_line(result, "stdin", "too large")


# -- item 3: a device or FIFO as the output -------------------------------------------------------------------


def _char_device(work: Path) -> Path:
    """A character device to export into. As root, a private node with /dev/null's numbers, so that a
    regression replaces that node and not the system's /dev/null; otherwise /dev/null itself (which the old
    code could not replace without root either: the test fails on it all the same)."""
    if os.geteuid() == 0:
        node = work / "null-device"
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.stat("/dev/null").st_rdev)
            with open(node, "wb") as probe:  # a nodev mount lets the node be made but not opened
                probe.write(b"")
            return node
        except OSError:
            node.unlink(missing_ok=True)
            pytest.skip("running as root where device nodes cannot be made: not risking the real /dev/null")
    return Path("/dev/null")


def test_export_into_a_character_device_writes_into_it(work: Path, db: Path, unchanged: None) -> None:
    device = _char_device(work)
    before = os.stat(device)
    result = run("export", "-o", device, cwd=work, db=db)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode), "the device node was replaced by a regular file"
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not [p for p in device.parent.iterdir() if p.name.startswith(f".{device.name}.")]  # no temp file left


def test_export_into_a_symlink_to_a_character_device(work: Path, db: Path, unchanged: None) -> None:
    device = _char_device(work)
    link = work / "out.json"
    link.symlink_to(device)
    result = run("export", "-o", link, cwd=work, db=db)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert link.is_symlink() and stat.S_ISCHR(os.stat(device).st_mode)


def test_export_into_a_fifo_writes_into_it(work: Path, db: Path, fifo: Path, unchanged: None) -> None:
    # Opened for reading first (non-blocking), so the export's open finds a reader and does not wait; the export
    # is far smaller than a pipe's buffer, so it completes before anything is read here.
    reader_fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = run("export", "-o", fifo, cwd=work, db=db)
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a regular file"
        received = bytearray()
        while True:
            try:
                chunk = os.read(reader_fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            received.extend(chunk)
    finally:
        os.close(reader_fd)
    assert b'"format": "reader-annotations"' in received and received.endswith(b"}\n")


def test_the_apps_export_writes_into_a_device_too(work: Path, db: Path, unchanged: None) -> None:
    """``e`` in the app writes through :func:`reader.transfer.write_output`, as ``-o`` does (the relative)."""
    from reader.transfer import write_output

    device = _char_device(work)
    write_output(str(device), "{}\n", db=str(db))
    assert stat.S_ISCHR(os.stat(device).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a block device node needs root")
def test_export_over_a_block_device_is_refused_and_the_node_kept(work: Path, db: Path, unchanged: None) -> None:
    node = work / "disk"
    try:
        os.mknod(node, stat.S_IFBLK | 0o600, os.makedev(7, 250))  # a loop device number; never opened
    except OSError:
        pytest.skip("device nodes cannot be made here")
    assert_one_line(run("export", "-o", node, cwd=work, db=db), "block device")
    assert stat.S_ISBLK(os.stat(node).st_mode)


def test_write_atomic_still_replaces_a_regular_file(tmp_path: Path) -> None:
    from reader.formats.atomic import write_atomic

    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    inode = target.stat().st_ino
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and target.stat().st_ino != inode


# -- item 13: write errors on stdout ---------------------------------------------------------------------------

OUTPUT_COMMANDS = {
    "export": lambda work: ["export"],
    "export-w3c": lambda work: ["export", "--format", "w3c"],
    "quotes": lambda work: ["quotes", SEED],
    "quotes-json": lambda work: ["quotes", "--json", SEED],
    "import-dry-run": lambda work: ["import", "--dry-run", work / "import.json"],
    "help": lambda work: ["--help"],
    "export-help": lambda work: ["export", "--help"],
    "version": lambda work: ["--version"],
}


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_full_disk_on_stdout_is_one_line(
    command: str, unbuffered: bool, work: Path, db: Path, unchanged: None
) -> None:
    with open("/dev/full", "wb") as full:
        result = run(*OUTPUT_COMMANDS[command](work), cwd=work, db=db, stdout=full.fileno(), unbuffered=unbuffered)
    assert_one_line(result, "cannot write to standard output", os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_closed_pipe_is_a_quiet_exit(command: str, unbuffered: bool, work: Path, db: Path, unchanged: None) -> None:
    """Whoever reads stopped reading (``reader export | head -1``): no message, the status of SIGPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = run(*OUTPUT_COMMANDS[command](work), cwd=work, db=db, stdout=write_end, unbuffered=unbuffered)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, "")


@pytest.mark.parametrize("command", ["export", "quotes", "import-dry-run", "help"])
def test_closed_stdout_is_one_line(command: str, work: Path, db: Path, unchanged: None) -> None:
    """``reader export >&-``: no stdout at all."""
    result = run(*OUTPUT_COMMANDS[command](work), cwd=work, db=db, stdout=subprocess.DEVNULL, close_stdout=True)
    assert_one_line(result, "standard output", "closed")


def test_a_closed_stdout_refuses_an_import_before_it_changes_the_store(work: Path, db: Path, unchanged: None) -> None:
    result = run(
        "import", work / "import.json", cwd=work, db=db, stdout=subprocess.DEVNULL, close_stdout=True
    )
    assert_one_line(result, "standard output")


# -- item 19: the store's path ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--db", ""],
        ["import", "IMPORT", "--db", ""],
        ["quotes", str(SEED)],  # no --db: unaffected
        [str(SEED), "--db", ""],
        ["export", "--db", "/"],
        ["export", "--db", "sub/"],
        ["export", "--db", "."],
    ],
    ids=["export", "import", "quotes-unaffected", "app", "root", "slash", "dot"],
)
def test_a_store_path_that_names_no_file(args: list[str], work: Path, db: Path, unchanged: None) -> None:
    args = [str(work / "import.json") if arg == "IMPORT" else arg for arg in args]
    result = run(*args, cwd=work, db=db)
    if args[0] == "quotes":
        assert result.returncode == 0, result.stderr
        return
    assert_one_line(result)
    message = result.stderr
    assert "reader:  " not in message and "mv  " not in message and " .bak" not in message, message
    if "" in args:
        assert "--db needs a file name" in message
    assert not (work / "sub").exists()


def test_a_dangling_store_symlink_does_not_create_its_folder(work: Path, db: Path, unchanged: None) -> None:
    link = work / "linked.json"
    missing = work / "missing" / "deeper"
    link.symlink_to(missing / "store.json")
    for args in (["import", work / "import.json"], ["export"], ["import", "--dry-run", work / "import.json"]):
        result = run(*args, "--db", link, cwd=work, db=db)
        assert_one_line(result, "linked.json", "does not exist")
        assert not (work / "missing").exists(), args
        assert link.is_symlink() and os.readlink(link) == str(missing / "store.json")


def test_a_dangling_store_symlink_into_a_folder_that_exists_still_creates_the_store(work: Path) -> None:
    """The documented behaviour that must stay: the link is written through and stays a link."""
    link = work / "linked.json"
    (work / "real").mkdir()
    link.symlink_to(work / "real" / "store.json")
    result = run("import", work / "import.json", "--db", link, cwd=work, db=link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and (work / "real" / "store.json").stat().st_size > 0


# -- the one bounded read every input goes through ----------------------------------------------------------


def test_the_opened_descriptor_is_checked_not_only_the_path(
    work: Path, fifo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO swapped in after the check (here: ``stat`` lies, as a rename between stat and open would make it)
    is still refused, by the ``fstat`` of what was opened, and the open does not wait for a writer."""
    from reader import bounded_read

    regular = os.stat(work / "doc.txt")
    monkeypatch.setattr(bounded_read.os, "stat", lambda path: regular)
    with pytest.raises(bounded_read.NotRegularFile) as caught:
        bounded_read.read_regular_file(fifo, 1000)
    assert caught.value.kind == "a FIFO (named pipe)"


def test_a_read_is_bounded_by_bytes_read_not_by_the_size_stat_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import bounded_read
    from reader.bounded_read import InputTooLarge, read_bounded, read_regular_file

    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(InputTooLarge) as caught:
        read_regular_file(path, 99)  # over the limit by its size: refused without reading
    assert caught.value.size == 100
    assert read_regular_file(path, 100) == b"x" * 100
    with path.open("ab") as writer:
        writer.write(b"y" * 50)  # the file grows after its size was taken (the size says 100 here)
    monkeypatch.setattr(bounded_read, "_remaining", lambda stream: 100)
    with path.open("rb") as stream, pytest.raises(InputTooLarge) as grown:
        read_bounded(stream, 120)
    assert grown.value.size is None
    monkeypatch.undo()
    read_end, write_end = os.pipe()  # a stream with no size at all (stdin)
    os.write(write_end, b"z" * 5000)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe, pytest.raises(InputTooLarge):
        read_bounded(pipe, 4096)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_a_regular_file_whose_size_is_zero_is_read_to_its_end() -> None:
    """/proc files say 0 bytes and have more: the bound is what is read, so they read whole."""
    from reader.bounded_read import read_regular_file

    assert os.stat("/proc/self/status").st_size == 0
    assert b"Name:" in read_regular_file("/proc/self/status", 1024 * 1024)
