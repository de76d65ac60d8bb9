"""The command line: every bad input is one ``reader: ...`` line, exit status 2, no traceback, store untouched."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main
from reader.errors import ReaderError
from reader.loader import MAX_BYTES, load_document, looks_binary, read_text
from tests.conftest import ROOT, SEED

TIMEOUT = 60


def run_reader(*args: str | os.PathLike[str], db: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_DB": str(db), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONSTARTUP", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A real store with one remembered document, so 'unchanged' means something."""
    from reader.store import Store

    path = tmp_path / "db" / "annotations.json"
    path.parent.mkdir()
    store = Store(path)
    store.save_position("sha256:" + "0" * 64, 5, path="x.txt", title="X")
    store.close()
    assert path.stat().st_size > 0
    return path


def assert_refused(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    lines = result.stderr.splitlines()
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reader: "), lines
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert "\x1b" not in result.stderr and "\x1b" not in result.stdout  # the terminal was never taken over
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def check_refused(path: Path | str, db: Path, cwd: Path, *fragments: str) -> None:
    before = db.read_bytes()
    listing = sorted(p.name for p in db.parent.iterdir())
    assert_refused(run_reader(path, "--db", db, db=db, cwd=cwd), *fragments)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(".lock")) == [
        name for name in listing if not name.endswith(".lock")
    ]


# -- bad documents ------------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path, db: Path) -> None:
    check_refused(tmp_path / "nope.txt", db, tmp_path, "no such file", "nope.txt")


def test_directory_without_documents(tmp_path: Path, db: Path) -> None:
    """A folder opens the library of its documents; one with none is refused in one line."""
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "picture.png").write_bytes(b"\x89PNG")
    check_refused(folder, db, tmp_path, "holds no document")


def test_path_through_a_file(tmp_path: Path, db: Path) -> None:
    """An unreadable path that even root cannot open: a file used as a directory (ENOTDIR)."""
    file = tmp_path / "plain.txt"
    file.write_text("x\n\ny", encoding="utf-8")
    check_refused(file / "inner.txt", db, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permission_denied(tmp_path: Path, db: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\n\nBody.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: a mode-000 file is still readable (see test_permission_denied_message)")
        check_refused(locked, db, tmp_path, "permission denied", "locked.txt")
    finally:
        locked.chmod(0o600)


def test_permission_denied_message(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same refusal, in process, with the read failing as it would for another user (works as root too)."""
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\n\nBody.", encoding="utf-8")

    real_open = os.open

    def denied(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    before = os.stat(db).st_mtime_ns
    assert main([str(locked), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err == f"reader: permission denied: {locked}\n"
    assert os.stat(db).st_mtime_ns == before


def test_empty_file(tmp_path: Path, db: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    check_refused(empty, db, tmp_path, "is empty")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\r\n  \n")
    check_refused(blank, db, tmp_path, "is empty")


def test_binary_png(tmp_path: Path, db: Path) -> None:
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    check_refused(png, db, tmp_path, "binary")


def test_binary_nuls(tmp_path: Path, db: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"Looks like text at first\n" + b"\x00" * 5000 + b"more")
    check_refused(blob, db, tmp_path, "binary")


def test_file_over_the_limit(tmp_path: Path, db: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"Title\n\nBody text.\n")
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing near 200 MB is written
    check_refused(big, db, tmp_path, "MB")


def test_file_name_with_escape_is_shown_safely(tmp_path: Path, db: Path) -> None:
    check_refused(tmp_path / "evil\x1b]0;PWNED\x07.txt", db, tmp_path, "no such file", "␛]0;PWNED␇")


def test_bad_width(tmp_path: Path, db: Path) -> None:
    before = db.read_bytes()
    assert_refused(run_reader(SEED, "--width", "5", "--db", db, db=db, cwd=tmp_path), "--width")
    assert_refused(run_reader(SEED, "--width", "wide", "--db", db, db=db, cwd=tmp_path))
    assert_refused(run_reader(SEED, "--no-such-option", db=db, cwd=tmp_path))
    assert db.read_bytes() == before


def test_second_path_is_checked_before_the_app_opens(tmp_path: Path, db: Path) -> None:
    before = db.read_bytes()
    assert_refused(run_reader(SEED, tmp_path / "missing.txt", "--db", db, db=db, cwd=tmp_path), "no such file")
    assert db.read_bytes() == before


# -- bad stores ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"meta": {"1": {"schema_version": 1}}, "annotations": {"1": {"id": "a"',  # truncated JSON
        b"",  # truncated to nothing
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        b"{not json}",
    ],
    ids=["truncated", "zero-bytes", "bad-utf8", "wrong-shape", "garbage"],
)
def test_corrupt_store(tmp_path: Path, content: bytes) -> None:
    store = tmp_path / "store.json"
    store.write_bytes(content)
    result = run_reader(SEED, "--db", store, db=store, cwd=tmp_path)
    assert_refused(result, "store.json")
    assert store.read_bytes() == content
    # the default store from READER_DB is refused just the same
    result = run_reader(SEED, db=store, cwd=tmp_path)
    assert_refused(result, "store.json")
    assert store.read_bytes() == content


def test_store_is_a_directory(tmp_path: Path) -> None:
    store = tmp_path / "store.json"
    store.mkdir()
    assert_refused(run_reader(SEED, "--db", store, db=store, cwd=tmp_path))
    assert store.is_dir() and not any(store.iterdir())


# -- invalid UTF-8 opens (documented decision), so it is tested on the loader ------------------------------------


def test_invalid_utf8_opens_with_replacements(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Titel\n\nGrüße aus Köln.".encode("latin-1"))
    doc = load_document(path)
    assert doc.replaced_bytes == 3  # ü, ß and ö are one byte each in Latin-1, each invalid UTF-8
    assert doc.text == "Titel\n\nGr\ufffd\ufffde aus K\ufffdln."
    assert doc.title == "Titel"


def test_invalid_utf8_counts_only_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("T\n\nreal \ufffd kept, ".encode() + b"bad \xff\xfe and \xc3 end")
    text, replaced = read_text(path)
    assert text.count("\ufffd") == 4
    assert replaced == 3  # the U+FFFD that was in the file is not a replaced byte


def test_bom_and_crlf_file(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\r\n\r\nBody.\r\n")
    doc = load_document(path)
    assert doc.replaced_bytes == 0
    assert doc.title == "Title"


def test_loader_refusals_raise_reader_error(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="no such file"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(ReaderError, match="directory"):
        load_document(tmp_path)


def test_hostile_article_is_text(tmp_path: Path) -> None:
    from tests.conftest import shared_path

    doc = load_document(shared_path("hostile", "hostile-article.txt"))
    assert doc.blocks
    assert "\x1b" in doc.text  # kept as data
    assert "\x1b" not in doc.display_title


def test_looks_binary() -> None:
    from reader.sources.decode import describe_binary

    assert "PDF is not supported" in (describe_binary(b"%PDF-1.7\n") or "")
    assert "program" in (describe_binary(b"\x7fELF\x02\x01") or "")
    assert not looks_binary(b"")
    assert not looks_binary(b"Plain text with one stray NUL \x00 " + b"in a long line of prose. " * 20)
    assert looks_binary(b"\x00\x01\x02\x03" * 10)


# -- help, version and imports ------------------------------------------------------------------------------


def test_help_and_version(tmp_path: Path, db: Path) -> None:
    result = run_reader("--help", db=db, cwd=tmp_path)
    assert result.returncode == 0
    assert "usage: reader" in result.stdout
    assert "--db" in result.stdout and result.stderr == ""
    result = run_reader("--version", db=db, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"reader {__version__}"


def fresh_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_help_does_not_import_textual() -> None:
    result = fresh_python(
        """
        import sys
        from reader.cli import main
        try:
            main(["--help"])
        except SystemExit as exit:
            assert exit.code in (0, None), exit.code
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
        assert not loaded, loaded
        print("clean")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("clean")


CORE = [
    "reader.document",
    "reader.sanitize",
    "reader.layout",
    "reader.loader",
    "reader.annotation",
    "reader.store.writer",
]
OPTIONAL_CORE = ["reader.store", "reader.quotes", "reader.anchoring", "reader.formats"]


def test_core_modules_import_neither_textual_nor_rich() -> None:
    modules = CORE + [name for name in OPTIONAL_CORE if importlib.util.find_spec(name) is not None]
    result = fresh_python(
        f"""
        import importlib, sys
        for name in {modules!r}:
            importlib.import_module(name)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
        assert not loaded, loaded
        print("clean", len({modules!r}))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"clean {len(modules)}"


def test_a_locale_that_is_not_utf8_neither_breaks_output_nor_messages(tmp_path: Path) -> None:
    """PYTHONIOENCODING=latin-1 (or LC_ALL=C without UTF-8 mode): `reader quotes` printed a curly quote and a
    name with a traceback. Output is UTF-8, as `reader text` writes it; a message shows escapes."""
    story = tmp_path / "story.txt"
    story.write_text("Title\n\n“We will stay,” said Zoë Müller.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0", "READER_DB": str(tmp_path / "a.json")}
    found = subprocess.run([sys.executable, "-m", "reader", "quotes", str(story)], cwd=tmp_path, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert found.returncode == 0, found.stderr
    assert "Zoë Müller" in found.stdout.decode("utf-8") and "“We will stay,”" in found.stdout.decode("utf-8")
    missing = subprocess.run([sys.executable, "-m", "reader", "quotes", str(tmp_path / "gone€.txt")], cwd=tmp_path,
                             env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert missing.returncode == 2 and b"Traceback" not in missing.stderr
    assert missing.stderr.decode("latin-1").startswith("reader: ") and "\\u20ac" in missing.stderr.decode("latin-1")
