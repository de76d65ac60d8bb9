"""Run every benchmark script in benchmarks/ one after the other and print the ratios together.

    .venv/bin/python benchmarks/run_all.py [--quick] [--only NAME ...] [--write-readme]

Runs, when present: startup.py, sources_paint.py, keys.py, export_import.py, quotes_corpus.py, then any other script
here (not common.py, run_all.py, baseline_*.py or _*.py). Each runs in its own process (so one benchmark's heap or
threads cannot slow the next); its output is shown as it comes. ``--quick`` is passed to the scripts whose
``--help`` offers it. At the end, a summary: the RESULT lines of the scripts that print them (startup.py,
keys.py), and the lines that mention a ratio for the others. ``--write-readme`` puts the summary into the
"Latest figures" section of benchmarks/README.md, with the date and a machine note.

Exit status: 1 if any script failed or any target was missed, else 0.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ORDER = ("startup.py", "sources_paint.py", "keys.py", "export_import.py", "quotes_corpus.py")
HELPERS = ("common.py", "run_all.py")
RESULT_PREFIX = "RESULT "
README = BENCH_DIR / "README.md"
FIGURES_HEADING = "## Latest figures"


def scripts(only: list[str] | None) -> list[Path]:
    found = [BENCH_DIR / name for name in ORDER if (BENCH_DIR / name).exists()]
    for path in sorted(BENCH_DIR.glob("*.py")):
        if path.name in ORDER or path.name in HELPERS or path.name.startswith(("baseline_", "_")):
            continue
        found.append(path)
    if only:
        wanted = {name.removesuffix(".py") for name in only}
        found = [path for path in found if path.stem in wanted]
    return found


def offers_quick(path: Path) -> bool:
    try:
        help_text = subprocess.run(
            [sys.executable, str(path), "--help"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "--quick" in help_text


def run_script(path: Path, quick: bool) -> tuple[int, list[str]]:
    command = [sys.executable, str(path)]
    if quick and offers_quick(path):
        command.append("--quick")
    print(f"\n=== {path.name} {' '.join(command[2:])}", flush=True)
    lines: list[str] = []
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=BENCH_DIR.parent, bufsize=1
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if not line.startswith(RESULT_PREFIX):
                print(line, end="", flush=True)
            lines.append(line.rstrip("\n"))
    return process.returncode, lines


def summarize(name: str, status: int, lines: list[str]) -> tuple[list[str], list[str]]:
    """Table rows from the script's RESULT lines; for a script that prints none, its ratio lines (or its last
    lines) as a plain-text block to show below the table."""
    results = [line.removeprefix(RESULT_PREFIX).split("|") for line in lines if line.startswith(RESULT_PREFIX)]
    rows: list[str] = []
    for label, baseline, ours, ratio, target, verdict in results:
        target_text = f"<= {float(target):.2f}x" if target else "-"
        rows.append(
            f"| {label.strip()} | {float(baseline) * 1000:.1f} ms | {float(ours) * 1000:.1f} ms "
            f"| {float(ratio):.3f}x | {target_text} | {verdict} |"
        )
    if results:
        return rows, []
    ratio_lines = [line.rstrip() for line in lines if re.search(r"\bratio\b|\d\.\d+x\b", line)]
    shown = ratio_lines or [line.rstrip() for line in lines[-12:] if line.strip()]
    return rows, [f"{name} ({'ok' if status == 0 else f'exit {status}'}):", *shown, ""]


def machine_note() -> str:
    cpus = os.cpu_count() or 0
    try:
        load = "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "load unknown"
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {cpus} CPU(s){' (' + model + ')' if model else ''}, "
        f"Python {platform.python_version()}, {load} at the end; a shared machine, so only the ratios mean much"
    )


def write_readme(table: list[str], blocks: list[str], quick: bool) -> None:
    today = datetime.date.today().isoformat()
    other = ["", "Scripts that report their own figures:", "", "```", *blocks, "```"] if blocks else []
    section = "\n".join(
        [
            FIGURES_HEADING,
            "",
            f"{today}, `benchmarks/run_all.py{' --quick' if quick else ''}`; {machine_note()}.",
            "",
            "| measure | baseline (median) | ours (median) | ratio | target | |",
            "|---|---|---|---|---|---|",
            *table,
            *other,
            "",
        ]
    )
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    if FIGURES_HEADING in text:
        head, rest = text.split(FIGURES_HEADING, 1)
        tail = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
        text = head + section + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    README.write_text(text, encoding="utf-8")
    print(f"\nwrote the figures into {README}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller inputs where a script offers --quick")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these scripts (e.g. startup keys)")
    parser.add_argument("--write-readme", action="store_true", help="update 'Latest figures' in README.md")
    args = parser.parse_args(argv)
    table: list[str] = []
    blocks: list[str] = []
    failed = False
    for path in scripts(args.only):
        status, lines = run_script(path, args.quick)
        failed = failed or status != 0
        rows, block = summarize(path.name, status, lines)
        table.extend(rows)
        blocks.extend(block)
    print("\n=== summary")
    print("\n".join([*table, "", *blocks]))
    if args.write_readme:
        write_readme(table, blocks, args.quick)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
