"""Faults found by the hostile review of 5 December: inputs earlier rounds did not try.

Each test fails without its fix. Every run uses its own tmp store and cache (never ./annotations.json).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

TIMEOUT = 60


PROXY_VARIABLES = ("ALL_PROXY", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY")


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m reader ARGS`` with ``env`` added to this process's environment (the fixture's tmp store) and
    no proxy variable but those ``env`` names."""
    base = {name: value for name, value in os.environ.items() if name.upper() not in PROXY_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        env={**base, **(env or {})},
    )


def assert_one_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), result.stderr[-2000:]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# -- a proxy in the environment that httpx cannot use ------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "proxy", "needle"),
    [
        ("ALL_PROXY", "socks5://127.0.0.1:9", "socksio"),  # httpx raised ImportError: a traceback
        ("HTTPS_PROXY", "ftp://proxy.example", "ftp"),
        ("HTTP_PROXY", "http://[::1", "HTTP_PROXY"),
    ],
)
def test_a_proxy_the_fetcher_cannot_use_is_one_line(variable: str, proxy: str, needle: str) -> None:
    """``ALL_PROXY=socks5://…`` (common for ssh tunnels) with httpx installed without socksio: ``reader URL`` and
    ``reader text URL`` ended in an ImportError traceback. Now one line that names the variable."""
    line = assert_one_line(run("text", "http://127.0.0.1:9/story", env={variable: proxy}), "proxy", needle)
    assert variable in line


def test_a_proxys_password_is_not_shown() -> None:
    line = assert_one_line(run("text", "http://127.0.0.1:9/story", env={"ALL_PROXY": "socks5://me:hunter2@[::1]:9"}))
    assert "hunter2" not in line
