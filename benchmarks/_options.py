"""The command line the benchmark scripts share: counts of rounds or repeats that ``--quick`` lowers, and the
generated article's size.

Every script had its own copy of the same few lines (a count whose default ``--quick`` replaces unless it was
given, ``--size-mb`` defaulting to 20 MB or 5 MB with ``--quick``); one function keeps the rule and the help
texts alike across scripts, and run_all.py's ``--quick`` means the same thing for each.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

FULL_MB, QUICK_MB = 20.0, 5.0
"""The generated article's size in MB, and with ``--quick``."""


def parse_options(
    argv: Sequence[str] | None,
    description: str | None,
    counts: dict[str, tuple[int, int, str]],
    quick_help: str,
    *,
    sized: bool = False,
    more: Callable[[argparse.ArgumentParser], object] | None = None,
) -> argparse.Namespace:
    """Parse a benchmark's arguments. ``counts`` maps each count's option name (``runs``, ``repeats``) to
    ``(default, with --quick, what it counts)``; the namespace holds each count already lowered for ``--quick``
    when it was left at its default, and with ``sized``, ``size_mb`` (``--size-mb``, else 20 or 5 with
    ``--quick``). ``more`` adds a script's own options."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, (default, quick, what) in counts.items():
        parser.add_argument(
            f"--{name}", type=int, default=default, help=f"{what} (default {default}; {quick} with --quick)"
        )
    parser.add_argument("--quick", action="store_true", help=quick_help)
    if sized:
        parser.add_argument(
            "--size-mb", type=float, default=None, help=f"size of the generated article (default {FULL_MB:.0f})"
        )
    if more is not None:
        more(parser)
    args = parser.parse_args(argv)
    for name, (default, quick, _) in counts.items():
        if args.quick and getattr(args, name) == default:
            setattr(args, name, quick)
    if sized:
        args.size_mb = args.size_mb or (QUICK_MB if args.quick else FULL_MB)
    return args
