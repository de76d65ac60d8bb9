"""Where the store lives (issue 13): --db, else $READER_DB, else ./annotations.json when it exists here, else the
user store in the user data directory; ``reader where`` prints the choice; the user store's folder is made, mode
0700, by the first write and not before.

Each test runs in a temporary current folder with HOME and XDG_DATA_HOME in its tmp folder (platformdirs reads
them on Linux), and without the READER_DB the suite's conftest sets, unless the test sets it again.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.cli import build_main_parser, main, store_path
from reader.errors import ReaderError
from reader.preferences import Preferences, settings_path
from reader.store import Store, StoreError
from reader.store.location import (
    DB_OPTION,
    ENVIRONMENT,
    PROJECT,
    USER,
    choose,
    creates_folders,
    make_folders,
    shown,
    shown_short,
    user_store_path,
)
from tests.conftest import ROOT

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="platformdirs follows XDG_DATA_HOME on Linux")



def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def a_highlight() -> Annotation:
    return Annotation.create(
        doc_id="sha256:" + "a" * 64, path="x.txt", title="X", text_of_document="Text here.", start=0, end=4
    )


# -- the rule -------------------------------------------------------------------------------------------------------


@linux_only
def test_the_user_store_when_nothing_else_is_given(places: dict[str, Path]) -> None:
    chosen = choose()
    assert chosen.rule == USER
    assert Path(chosen.path) == places["user"]
    assert store_path(None) == str(places["user"])
    assert not places["data"].exists()  # choosing creates nothing


@linux_only
def test_the_user_store_follows_home_without_xdg(places: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME")
    assert Path(choose().path) == places["home"] / ".local" / "share" / "reader" / "annotations.json"
    assert user_store_path() == places["home"] / ".local" / "share" / "reader" / "annotations.json"


def test_a_project_store_in_the_current_folder_wins_over_the_user_store(places: dict[str, Path]) -> None:
    (places["work"] / "annotations.json").write_text("{}\n", encoding="utf-8")
    chosen = choose()
    assert (chosen.rule, chosen.path) == (PROJECT, str(places["work"] / "annotations.json"))
    assert store_path(None) == str(places["work"] / "annotations.json")


def test_a_project_store_counts_only_in_the_current_folder(places: dict[str, Path]) -> None:
    (places["work"] / "annotations.json").write_text("{}\n", encoding="utf-8")
    elsewhere = places["work"] / "sub"
    elsewhere.mkdir()
    assert choose(cwd=elsewhere).rule == USER
    assert choose(cwd=places["work"]).rule == PROJECT


def test_a_folder_named_like_the_store_is_not_a_project_store(places: dict[str, Path]) -> None:
    (places["work"] / "annotations.json").mkdir()
    assert choose().rule == USER


def test_a_symlink_named_like_the_store_is_a_project_store(places: dict[str, Path]) -> None:
    (places["work"] / "annotations.json").symlink_to(places["home"] / "elsewhere.json")  # dangling: made on write
    assert choose().rule == PROJECT


def test_reader_db_wins_over_a_project_store_and_the_user_store(
    places: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    (places["work"] / "annotations.json").write_text("{}\n", encoding="utf-8")
    monkeypatch.setenv("READER_DB", "mine.json")
    assert choose() == choose(environ={"READER_DB": "mine.json"})
    assert (choose().rule, choose().path) == (ENVIRONMENT, "mine.json")  # as given: messages name what was typed
    assert store_path(None) == "mine.json"


def test_an_empty_reader_db_counts_as_unset(places: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    (places["work"] / "annotations.json").write_text("{}\n", encoding="utf-8")
    monkeypatch.setenv("READER_DB", "")
    assert choose().rule == PROJECT


def test_db_option_wins_over_everything(places: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    (places["work"] / "annotations.json").write_text("{}\n", encoding="utf-8")
    monkeypatch.setenv("READER_DB", "from-env.json")
    assert (choose("given.json").rule, choose("given.json").path) == (DB_OPTION, "given.json")
    assert store_path("given.json") == "given.json"


@pytest.mark.parametrize(("db", "why"), [("", "names no store"), ("notes/", "names a folder")])
def test_db_option_that_names_no_file_is_refused(places: dict[str, Path], db: str, why: str) -> None:
    with pytest.raises(ReaderError, match=why):
        choose(db)


def test_choose_takes_its_inputs_as_arguments(places: dict[str, Path], tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "annotations.json").write_text("{}\n", encoding="utf-8")
    assert choose(environ={}, cwd=other).path == str(other / "annotations.json")
    assert choose(environ={"READER_DB": "e.json"}, cwd=other).path == "e.json"


def test_shown_is_absolute_and_short_uses_the_home_folder(places: dict[str, Path]) -> None:
    assert shown("a.json") == str(places["work"] / "a.json")
    assert shown_short(places["home"] / "x" / "a.json") == "~/x/a.json"
    assert shown_short("/elsewhere/a.json") == "/elsewhere/a.json"


# -- reader where ---------------------------------------------------------------------------------------------------


@linux_only
def test_reader_where_prints_each_rule(
    places: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def where(*argv: str) -> str:
        assert main(["where", *argv]) == 0
        out = capsys.readouterr().out
        assert out.count("\n") == 1
        return out.strip()

    assert where() == str(places["user"])
    (places["work"] / "annotations.json").write_text("{}\n", encoding="utf-8")
    assert where() == str(places["work"] / "annotations.json")
    monkeypatch.setenv("READER_DB", "env.json")
    assert where() == str(places["work"] / "env.json")
    assert where("--db", "/some/where/given.json") == "/some/where/given.json"
    assert not places["data"].exists()
    assert files_under(places["work"]) == ["annotations.json"]


def test_reader_where_refuses_a_db_that_names_no_file(
    places: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["where", "--db", ""]) == 2
    assert capsys.readouterr().err.startswith("reader: --db needs a file name")


def test_help_says_where_the_store_is(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(build_main_parser().format_help().split())
    assert "$READER_DB, else ./annotations.json when that file exists in the current folder" in text
    assert "user data directory" in text and "reader where" in text


@linux_only
def test_reader_where_in_a_fresh_interpreter_imports_platformdirs_only_for_the_user_store(tmp_path: Path) -> None:
    program = (
        "import sys; from reader.cli import main; code = main(['where']); "
        "print('platformdirs' in sys.modules); sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    env |= {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-c", program]
    user = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert user.stdout.split() == [str(tmp_path / "data" / "reader" / "annotations.json"), "True"]
    (tmp_path / "annotations.json").write_text("{}\n", encoding="utf-8")
    project = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert project.stdout.split() == [str(tmp_path / "annotations.json"), "False"]
    assert not (tmp_path / "data").exists()


# -- nothing is created until the first write -----------------------------------------------------------------------


@linux_only
def test_the_user_store_reads_as_empty_and_creates_nothing(places: dict[str, Path]) -> None:
    path = choose().path
    assert creates_folders(path)
    store = Store(path)
    assert store.creates_folders
    assert store.all_annotations() == [] and store.documents() == [] and store.position("x") is None
    store.close()
    assert not places["data"].exists()


@linux_only
def test_the_first_write_makes_the_user_folder_with_mode_0700(places: dict[str, Path]) -> None:
    os.umask(old := os.umask(0o022))  # the mode must not depend on the umask's group/other bits being cleared
    store = Store(choose().path)
    store.add(a_highlight())
    assert places["user"].is_file()
    for folder in (places["data"], places["data"] / "reader"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert [a.text for a in Store(places["user"]).all_annotations()] == ["Text"]
    assert files_under(places["data"]) == ["reader", "reader/annotations.json"]
    assert old == os.umask(old)


def test_a_store_in_a_missing_folder_given_with_db_is_still_an_error(places: dict[str, Path]) -> None:
    given = places["work"] / "typo" / "annotations.json"
    assert not creates_folders(given)
    with pytest.raises(StoreError, match="does not exist"):
        Store(given)
    assert not (places["work"] / "typo").exists()


def test_opening_and_reading_an_absent_store_creates_nothing(places: dict[str, Path]) -> None:
    path = places["work"] / "db.json"
    store = Store(path)
    store.annotations_for("x")
    store.documents()
    store.close()
    assert Preferences.load(settings_path(path)) == Preferences()
    assert files_under(places["work"]) == []


def test_a_store_may_be_told_to_make_its_folders(places: dict[str, Path]) -> None:
    deep = places["work"] / "a" / "b" / "db.json"
    store = Store(deep, create_folders=True)
    assert store.documents() == []
    assert files_under(places["work"]) == []
    store.save_position("d", 3, path="p", title="T")
    assert Store(deep).position("d") == 3
    assert stat.S_IMODE((places["work"] / "a").stat().st_mode) == 0o700


def test_a_file_in_the_way_of_the_user_folder_is_one_clear_error(places: dict[str, Path]) -> None:
    places["data"].write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="^cannot .*Not a directory"):
        Store(places["user"], create_folders=True).add(a_highlight())
    assert places["data"].read_text(encoding="utf-8") == "not a folder"


def test_make_folders_leaves_an_existing_folder_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    make_folders(tmp_path)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
    make_folders(tmp_path / "x" / "y")
    assert stat.S_IMODE((tmp_path / "x" / "y").stat().st_mode) == 0o700


def test_a_preference_beside_the_user_store_makes_its_folder(places: dict[str, Path]) -> None:
    target = settings_path(places["user"])
    Preferences(panel_width=50).save(target, create_folders=True)
    assert Preferences.load(target).panel_width == 50
    assert stat.S_IMODE((places["data"] / "reader").stat().st_mode) == 0o700
    with pytest.raises(OSError):
        Preferences(panel_width=50).save(places["work"] / "missing" / "x.settings.json")
