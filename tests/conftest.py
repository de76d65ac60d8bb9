"""Shared fixtures: paths to the seed and ../shared, a temporary store, and a guard for the real store.

No test may read or write the repository's ./annotations.json: every test gets READER_DB pointing into its own
tmp folder, and the session fails if the real file changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "belarus-nato-stoltenberg.txt"
SHARED = ROOT.parent / "shared"
REAL_STORE = ROOT / "annotations.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a reason when it is not there (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (present in the project's workspace, not in a clone)")
    return path


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.fixture(scope="session", autouse=True)
def real_store_untouched() -> Iterator[None]:
    before = _digest(REAL_STORE)
    yield
    assert _digest(REAL_STORE) == before, "a test changed the repository's annotations.json"


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's default store is a fresh file in its tmp folder, and so is its page cache (a URL opened by
    any test must never write the user's real cache)."""
    path = tmp_path / "store" / "annotations.json"
    path.parent.mkdir()
    monkeypatch.setenv("READER_DB", str(path))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "page-cache"))
    return path


@pytest.fixture
def store_path(isolated_store: Path) -> Path:
    return isolated_store


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """For the store-location tests: a temporary home, data home and (empty) current folder, with READER_DB
    unset, so the rule falls through to a project store or the user store."""
    home, data, work = tmp_path / "home", tmp_path / "xdg-data", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("READER_DB", raising=False)
    monkeypatch.chdir(work)
    folder = data / "reader"
    user = folder / "annotations.json"
    return {"tmp": tmp_path, "home": home, "data": data, "work": work, "folder": folder, "user": user}
