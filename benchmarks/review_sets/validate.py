"""Check a review set's files as its writer hands them in (see BRIEF.md beside this file).

    python benchmarks/review_sets/validate.py SET_DIR/*.txt

Each ``NAME.txt`` needs a ``NAME.quotes.json`` whose language is en, de or fr, whose quotations have only the
fields text, speaker, kind (speech, phrase, title, term) and multi, whose titles and terms have no speaker, and
whose texts all appear in the article; paragraphs are separated by one blank line. Prints each problem, then
"OK" or the count; exits 1 when there is any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = ("speech", "phrase", "title", "term")
FIELDS = {"text", "speaker", "kind", "multi"}


def problems(path: Path) -> list[str]:
    """What is wrong with the article at ``path`` and its quotations file (nothing: an empty list)."""
    text = path.read_text(encoding="utf-8")
    listed = path.with_name(path.name.removesuffix(".txt") + ".quotes.json")
    if not listed.is_file():
        return [f"{path}: no {listed.name}"]
    try:
        data = json.loads(listed.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{listed}: bad JSON ({error})"]
    found: list[str] = []
    if data.get("language") not in ("en", "de", "fr"):
        found.append(f"{listed}: language must be en, de or fr")
    for number, quote in enumerate(data.get("quotes", [])):
        if set(quote) - FIELDS or quote.get("kind") not in KINDS:
            found.append(f"{listed} {number}: bad fields or kind: {quote}")
        if quote.get("kind") in ("title", "term") and quote.get("speaker"):
            found.append(f"{listed} {number}: a title or term has no speaker")
        if str(quote.get("text", "\0")) not in text:
            found.append(f"{listed} {number}: text not found in the article: {str(quote.get('text'))[:60]}")
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 4 or any("\n" in paragraph.strip("\n") for paragraph in paragraphs[1:]):
        found.append(f"{path}: paragraphs must be separated by one blank line, no line breaks inside")
    return found


def main(argv: list[str]) -> int:
    found = [problem for name in argv if name.endswith(".txt") for problem in problems(Path(name))]
    for problem in found:
        print(problem)
    print("OK" if not found else f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
