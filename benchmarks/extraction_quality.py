"""Article extraction quality on real pages: the reader's HTML conversion against trafilatura alone.

    .venv/bin/python benchmarks/extraction_quality.py [PAGES_DIR] [-v] [--worst N]

PAGES_DIR defaults to ../shared/web-pages beside the repository (Mozilla Readability's test pages): each folder
with ``source.html`` and ``expected.html`` is one page; ``expected-metadata.json`` gives its expected title.

Scores (issue 10, "Quality"):

* Text. The reader's text is what ``reader text --json`` prints as ``body``: ``document.text[body_start:]`` of
  :func:`reader.sources.html.from_bytes` (the library is called directly, not the CLI: same function, no process
  per page). trafilatura alone is ``trafilatura.extract(source bytes)`` with its default settings. The reference
  is the text of ``expected.html`` (block elements separated by a space). Each text becomes word tokens
  (``\\w+``, lower case) and their shingles of 4 consecutive tokens, counted as a multiset (a text of fewer than
  4 tokens is one shingle). Per page: precision = shared shingles / the extraction's shingles, recall = shared
  shingles / the reference's shingles (an empty extraction scores 0 and 0). Precision and recall are averaged
  over the pages; F1 is the harmonic mean of the two averages.
* Titles, on the pages whose expected-metadata.json has a non-empty ``title``: the document's title matches when,
  after normalising (case folded, white space collapsed, curly quotes and dashes made plain, punctuation at the
  ends trimmed), the two are equal, or one contains the other and the shorter is at least 0.8 of the longer's
  length (a site name left on or off one of them).

Targets: F1 at least 0.95 and not below trafilatura's; titles at least 90 %. Exit status 0 (figures, not a test).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.errors import ReaderError  # noqa: E402
from reader.sources import Origin  # noqa: E402

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "web-pages"
SHINGLE = 4
F1_TARGET = 0.95
TITLE_TARGET = 0.90
TITLE_CONTAINMENT = 0.8

_TOKEN = re.compile(r"\w+")
_BLOCKS = frozenset(
    "address article aside blockquote body br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_PLAIN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(text: str) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def precision_recall(found: str, expected: str) -> tuple[float, float]:
    ours, gold = shingles(found), shingles(expected)
    if not ours or not gold:
        return 0.0, 0.0
    shared = sum((ours & gold).values())
    return shared / sum(ours.values()), shared / sum(gold.values())


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def reference_text(html: bytes) -> str:
    """The visible text of expected.html, a space at every block element's edges."""
    import lxml.html

    root = lxml.html.document_fromstring(html.decode("utf-8", errors="replace"))  # the test suite's files are UTF-8
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = " " + (element.tail or "")
            element.text = " " + (element.text or "")
    return str(root.text_content())


def normal_title(title: str) -> str:
    return " ".join(title.translate(_PLAIN).split()).strip(" \"'.:;,!?-|").casefold()


def titles_match(found: str, expected: str) -> bool:
    a, b = normal_title(found), normal_title(expected)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= TITLE_CONTAINMENT * len(long)


@dataclass
class PageScore:
    name: str
    ours: tuple[float, float]
    trafilatura: tuple[float, float]
    expected_title: str
    our_title: str
    trafilatura_title: str
    seconds: float
    trafilatura_seconds: float
    error: str = ""


def score_page(folder: Path) -> PageScore:
    import trafilatura

    from reader.sources.html import from_bytes

    source = (folder / "source.html").read_bytes()
    expected = reference_text((folder / "expected.html").read_bytes())
    meta_path = folder / "expected-metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    expected_title = meta.get("title") or ""
    started = time.perf_counter()
    error = ""
    try:
        document = from_bytes(source, Origin(name=folder.name, path=str(folder / "source.html")))
        body, title = document.text[document.body_start :], document.title
    except ReaderError as problem:
        body, title, error = "", "", str(problem)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    alone = trafilatura.extract(source) or ""
    trafilatura_seconds = time.perf_counter() - started
    metadata = trafilatura.extract_metadata(source)
    return PageScore(
        folder.name,
        precision_recall(body, expected),
        precision_recall(alone, expected),
        expected_title,
        title,
        (metadata.title or "") if metadata is not None else "",
        seconds,
        trafilatura_seconds,
        error,
    )


def summary(scores: list[PageScore], which: str) -> tuple[float, float, float]:
    pairs = [getattr(score, which) for score in scores]
    precision = sum(p for p, _ in pairs) / len(pairs)
    recall = sum(r for _, r in pairs) / len(pairs)
    return precision, recall, f1(precision, recall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    parser.add_argument("--worst", type=int, default=8, help="pages listed with the lowest F1 (default 8)")
    args = parser.parse_args(argv)
    folders = (
        sorted(
            path
            for path in args.pages.iterdir()
            if (path / "source.html").exists() and (path / "expected.html").exists()
        )
        if args.pages.is_dir()
        else []
    )
    if not folders:
        print(f"no pages found in {args.pages} (each needs source.html and expected.html)")
        return 0
    import trafilatura  # noqa: F401 - imported before timing anything

    scores = []
    for folder in folders:
        score = score_page(folder)
        scores.append(score)
        if args.verbose:
            print(
                f"{score.name:45} reader F1 {f1(*score.ours):.3f}  trafilatura F1 {f1(*score.trafilatura):.3f}  "
                f"{score.error}"
            )
    ours, alone = summary(scores, "ours"), summary(scores, "trafilatura")
    titled = [s for s in scores if s.expected_title.strip()]
    our_titles = sum(titles_match(s.our_title, s.expected_title) for s in titled)
    trafilatura_titles = sum(titles_match(s.trafilatura_title, s.expected_title) for s in titled)
    worst = sorted(scores, key=lambda s: f1(*s.ours))[: args.worst]
    if worst:
        print(f"\nlowest reader F1 ({args.worst}):")
        for score in worst:
            print(
                f"  {score.name:45} P {score.ours[0]:.3f} R {score.ours[1]:.3f}  (trafilatura F1 "
                f"{f1(*score.trafilatura):.3f}) {score.error}"
            )
    missed = [s for s in titled if not titles_match(s.our_title, s.expected_title)]
    if missed and args.verbose:
        print("\ntitles that do not match:")
        for score in missed:
            print(f"  {score.name:30} {score.our_title[:60]!r} vs expected {score.expected_title[:60]!r}")
    share = our_titles / len(titled) if titled else 1.0
    reached = ours[2] >= F1_TARGET and ours[2] >= alone[2] and share >= TITLE_TARGET
    print(f"\nextraction quality on {len(scores)} pages (4-word shingles; {len(titled)} pages with a title)")
    print("| extractor | precision | recall | F1 | titles | seconds |")
    print("|---|---|---|---|---|---|")
    print(
        f"| reader (trafilatura + structure) | {ours[0]:.3f} | {ours[1]:.3f} | {ours[2]:.3f} | "
        f"{our_titles}/{len(titled)} ({share:.0%}) | {sum(s.seconds for s in scores):.1f} |"
    )
    other = trafilatura_titles / len(titled) if titled else 1.0
    print(
        f"| trafilatura.extract (defaults) | {alone[0]:.3f} | {alone[1]:.3f} | {alone[2]:.3f} | "
        f"{trafilatura_titles}/{len(titled)} ({other:.0%}) | {sum(s.trafilatura_seconds for s in scores):.1f} |"
    )
    print(
        f"targets: F1 >= {F1_TARGET} and >= trafilatura's, titles >= {TITLE_TARGET:.0%}: "
        f"{'met' if reached else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
