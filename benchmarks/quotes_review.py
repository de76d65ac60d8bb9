"""Quotations and their speakers on the review sets: news articles written for issue 11 by helpers who never saw
the reader's code, each with every quotation and its speaker listed by its writer.

    python benchmarks/quotes_review.py [SET_DIR ...] [-v] [--root DIR]

SET_DIR defaults to every folder under benchmarks/review_sets/ (``part40_a`` to ``part41_c``: 30 articles each, 16
English, half of them from outlets outside the UK, Ireland, the US, Canada, Australia and New Zealand, 7 German,
7 French; BRIEF.md there is what their writers were given). ``--root DIR`` measures another checkout's ``reader``
(``git archive COMMIT | tar -x -C DIR`` first): the same articles read by an older reader, as "unseen at the start"
figures are measured. ``-v`` prints every quotation that is not right.

Why these sets: PolNeAR (benchmarks/quotes_polnear.py) is US politics of 2016 in three outlets' styles, and
../shared/corpus is 13 articles; a reader of news from anywhere, in three languages, meets shapes neither holds.
Each part of issue 11 from 26 to 39 had helpers write such sets and kept them outside the repository, so each new
session had none to check the older rules against; from part 40 they are kept here (the helpers' own invented
articles: no third party's text). A set measured before any rule was written for it says how the reader does on
news it never saw; once rules are written for it, it checks them.

The measure, per listed quotation:
* found: the reader's quotation that overlaps it most, by at least 80% of their union (a multi-paragraph one,
  listed by its first paragraph, by any overlap); else "missed".
* right: a listed speaker of null (or a title or a term) and no speaker found; or a found ``speaker`` or
  ``speaker_full`` that shares a word of two letters or more with the listed speaker (articles and prepositions
  of the three languages left out, a possessive's 's dropped, ’ read as ', a French elided article apart: from part
  41, "l’opposition" is "l'opposition"), as PolNeAR's measure reads names.
* "none": no speaker found where one is listed; "wrong": a speaker that shares no word with the listed one (or
  any speaker where none is listed).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SETS = REPO / "benchmarks" / "review_sets"
_STOP = frozenset("""the a an of for and der die das den dem des ein eine einen einem einer von für und le la les l un
    une de du des d et""".split())
_WORD = re.compile(r"[\w'’-]+")


def words_of(name: str | None) -> set[str]:
    """The words of a speaker that count for a match (see the module): one apostrophe for both ("l’opposition" is
    "l'opposition"), a French elided article apart ("L'Association" counts "association"; part 41)."""
    found = set()
    for word in _WORD.findall((name or "").lower().replace("’", "'")):
        word = re.sub(r"^(?:l|d|qu)'(?=\w)", "", re.sub(r"'s$", "", word))
        if len(word) >= 2 and word not in _STOP:
            found.add(word)
    return found


def score_article(path: Path, find: Any, document_of: Any) -> list[tuple[str, str | None, str, str | None, str]]:
    """Each listed quotation of the article at ``path``: (its first words, listed speaker, kind, found full
    speaker, status)."""
    text = path.read_text(encoding="utf-8")
    listed = json.loads(path.with_name(path.name.removesuffix(".txt") + ".quotes.json").read_text(encoding="utf-8"))
    quotations = find(document_of(text))
    rows = []
    position = 0
    for quote in listed["quotes"]:
        words = quote["text"]
        at = text.find(words, position)
        at = text.find(words) if at < 0 else at
        position = at + 1 if at >= 0 else position
        lo, hi = at, at + len(words)
        best, share = None, 0.0
        for quotation in quotations:
            overlap = min(hi, quotation.end) - max(lo, quotation.start)
            union = max(hi, quotation.end) - min(lo, quotation.start)
            if overlap > 0 and overlap / union > share:
                best, share = quotation, overlap / union
        listed_speaker = quote.get("speaker") if quote["kind"] in ("speech", "phrase") else None
        if best is None or (share < 0.8 and not quote.get("multi")):
            rows.append((words[:60], listed_speaker, quote["kind"], None, "missed"))
            continue
        if best.speaker is None:
            status = "right" if listed_speaker is None else "none"
        elif listed_speaker is None:
            status = "wrong"
        else:
            status = "right" if words_of(listed_speaker) & (words_of(best.speaker) | words_of(best.speaker_full)) \
                else "wrong"
        rows.append((words[:60], listed_speaker, quote["kind"], best.speaker_full, status))
    return rows


def score_set(folder: Path, find: Any, document_of: Any, verbose: bool = False) -> tuple[int, int, int]:
    """(right, listed, wrong) over the articles in ``folder``; ``verbose`` prints what is not right."""
    right = listed = wrong = 0
    for path in sorted(folder.glob("*.txt")):
        for words, listed_speaker, kind, found, status in score_article(path, find, document_of):
            listed += 1
            right += status == "right"
            wrong += status == "wrong"
            if verbose and status != "right":
                print(f"  {path.stem[:32]:32} {status:6} listed {str(listed_speaker)[:28]:28} found "
                      f"{str(found)[:28]:28} {kind:6} {words[:50]!r}")
    return right, listed, wrong


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    verbose = "-v" in argv
    root = REPO
    if "--root" in argv:
        root = Path(argv[argv.index("--root") + 1]).resolve()
    folders = [Path(a) for a in argv if not a.startswith("-") and Path(a).is_dir() and Path(a).resolve() != root]
    folders = folders or sorted(path for path in SETS.iterdir() if path.is_dir())
    sys.path.insert(0, str(root))
    from reader.document import Document
    from reader.quotes import find_quotations

    for folder in folders:
        right, listed, wrong = score_set(folder, find_quotations, Document.from_text, verbose)
        print(f"{folder.name:12} {right}/{listed} right ({right / max(listed, 1):.1%}), wrong {wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
