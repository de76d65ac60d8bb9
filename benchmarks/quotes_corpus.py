"""Quotation detection against the hand-labelled corpus: span precision/recall and speaker accuracy.

    python benchmarks/quotes_corpus.py [CORPUS_DIR] [-v]

CORPUS_DIR defaults to ../shared/corpus beside the repository. Each ``NAME.txt`` has a ``NAME.json`` listing its
quotations (text, kind, speaker, ...). A found quotation matches a listed one when their texts are equal after
trimming white space (each listed quotation matches at most once). Speaker accuracy is measured on the matched
``speech`` quotations: a speaker counts when it names the same person (surname match: the last word of one
equals the last word of the other, case-insensitively), or when both are ``None``. The last column counts the
same over the matched ``phrase`` quotations (words quoted inside reported speech, whose speaker a reader wants
as much: a review found three French ones given to the wrong minister, which the speech column never saw).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.document import Document  # noqa: E402
from reader.quotes import find_quotations  # noqa: E402
from reader.sanitize import without_soft_hyphens  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def surname(name: str | None) -> str | None:
    if name is None:
        return None
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1].lower().strip(".,") if words else None


def same_speaker(found: str | None, gold: str | None) -> bool:
    return surname(found) == surname(gold)


@dataclass
class Score:
    found: int = 0
    gold: int = 0
    matched: int = 0
    speech: int = 0
    speaker_ok: int = 0
    phrases: int = 0
    phrase_ok: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.found += other.found
        self.gold += other.gold
        self.matched += other.matched
        self.speech += other.speech
        self.speaker_ok += other.speaker_ok
        self.phrases += other.phrases
        self.phrase_ok += other.phrase_ok

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speech if self.speech else 1.0


def score_article(text_path: Path) -> tuple[Score, str]:
    gold = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    found = find_quotations(Document.from_text(text, path=str(text_path)))
    # the gold's words as the reader reads them: soft hyphens dropped (reader.sanitize.without_soft_hyphens)
    wanted = Counter(without_soft_hyphens(q["text"]).strip() for q in gold["quotes"])
    by_text: dict[str, list[dict[str, object]]] = {}
    for q in gold["quotes"]:
        by_text.setdefault(without_soft_hyphens(q["text"]).strip(), []).append(q)
    score = Score(found=len(found), gold=len(gold["quotes"]))
    for quotation in found:
        key = quotation.text.strip()
        if wanted[key] > 0:
            wanted[key] -= 1
            listed = by_text[key].pop(0)
            score.matched += 1
            if listed["kind"] == "speech":
                score.speech += 1
                if same_speaker(quotation.speaker_full or quotation.speaker, listed["speaker"]):  # type: ignore[arg-type]
                    score.speaker_ok += 1
                else:
                    score.wrong.append(f"{key[:60]!r}: found {quotation.speaker!r}, listed {listed['speaker']!r}")
            elif listed["kind"] == "phrase":
                score.phrases += 1
                if same_speaker(quotation.speaker_full or quotation.speaker, listed["speaker"]):  # type: ignore[arg-type]
                    score.phrase_ok += 1
                else:
                    score.wrong.append(f"{key[:60]!r} (phrase): found {quotation.speaker!r}, listed "
                                       f"{listed['speaker']!r}")
        else:
            score.extras.append(key[:80])
    score.misses = [key[:80] for key, count in wanted.items() for _ in range(count)]
    return score, gold.get("language", "?")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    paths = sorted(corpus.glob("*.txt"))
    if not paths:
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    total = Score()
    languages: dict[str, Score] = {}
    began = time.perf_counter()
    print(f"{'article':45} {'P':>6} {'R':>6} {'spk':>6}  found/gold  speech  phrases")
    for path in paths:
        score, lang = score_article(path)
        total.add(score)
        languages.setdefault(lang, Score()).add(score)
        print(f"{path.stem:45} {score.precision:6.3f} {score.recall:6.3f} {score.speaker_accuracy:6.3f}"
              f"  {score.found:3}/{score.gold:<3}     {score.speaker_ok}/{score.speech}"
              f"  {score.phrase_ok}/{score.phrases}")
        if verbose:
            for miss in score.misses:
                print(f"    missed: {miss!r}")
            for extra in score.extras:
                print(f"    extra:  {extra!r}")
            for wrong in score.wrong:
                print(f"    speaker {wrong}")
    print()
    for lang, score in sorted(languages.items()):
        print(f"{'language ' + lang:45} {score.precision:6.3f} {score.recall:6.3f} {score.speaker_accuracy:6.3f}"
              f"  {score.found:3}/{score.gold:<3}     {score.speaker_ok}/{score.speech}"
              f"  {score.phrase_ok}/{score.phrases}")
    print(f"{'overall':45} {total.precision:6.3f} {total.recall:6.3f} {total.speaker_accuracy:6.3f}"
          f"  {total.found:3}/{total.gold:<3}     {total.speaker_ok}/{total.speech}"
              f"  {total.phrase_ok}/{total.phrases}")
    print(f"({time.perf_counter() - began:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
