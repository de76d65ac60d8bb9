"""Train the speaker ranker (reader/quotes/ranker.py) on PolNeAR ``train/`` and write its weights file.

    .venv/bin/python tools/train_speakers.py [--polnear DIR] [--out PATH] [--epochs N] [--l2 X] [--check] [--dry-run]

DIR defaults to ../shared/polnear; PATH to reader/quotes/speaker_weights.json. Only ``train/`` is read (``dev/`` is
for checking, with benchmarks/quotes_polnear.py; the held-out part of the corpus is scored the same way).

For every quotation the reader finds in a train article, :func:`reader.quotes._detect` hands over its options
(candidate speakers with features, and *no speaker*). The label comes from the gold attribution the quotation
matches (benchmarks/quotes_polnear.py's measure: overlap of at least 80% of the union):
* gold with a named Source: the candidates sharing a name token with the Source are right; when none is, *no
  speaker* is (no speaker beats a wrong one);
* no gold match, in the marks gold has (“…” or "…"): *no speaker* (a term, a title, a quotation nobody
  annotated);
* left out: gold whose Source is a pronoun or a role (which person it stands for is not annotated; the measure
  calls "the Vermont senator" named, but its capitalised words do not name the person), and
  quotations in single marks that match no gold (gold never holds single marks; they are real quotations all the
  same, so the model is not taught to drop them), nor are quotations in other marks (''…'', «…», block
  quotations) that match no gold.
The model is a conditional logit over a quotation's options (one weight per feature, softmax over the options,
the log of the probability of the right options maximised with AdaGrad and a small L2 penalty), trained in pure
Python in a few seconds. The margin by which a candidate must beat *no speaker*, and the
one by which it must beat a structural pattern's speaker to replace it, are chosen by a two-fold check within
train (train on every other article, score the rest, both ways) as those that maximise right named speakers
minus twice the wrong ones (a wrong speaker costs more than none); then the model is trained on all of train.
``--check`` prints the two held-out halves' figures and stops.
"""

from __future__ import annotations

import json
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import quotes_polnear as bench  # noqa: E402

from reader.document import Document  # noqa: E402
from reader.quotes import _detect  # noqa: E402
from reader.quotes.ranker import _STRUCTURAL, WEIGHTS, Option, choose  # noqa: E402

_GOLD_MARKS = ("“", '"', "”")
"""The marks gold quotations have (benchmarks/quotes_polnear.py): a quotation in other marks that matches no gold
is left out of training, neither right nor wrong."""

Example = tuple[list[list[str]], list[int], list[bool], bool]
"""(features of each option, indices of the right options, which options are speakers, named gold?)."""


def _tokens(name: str) -> set[str]:
    """Name tokens of a candidate as the measure reads them."""
    return {bench._POSSESSIVE.sub("", m.group()).rstrip(".").lower() for m in bench._TOKEN.finditer(name)}


def _described(source: str | None) -> bool:
    return source is not None and source.split()[0].lower() in ("the", "a", "an", "his", "her", "their", "its", "our")


def examples(split_dir: Path, part: int | None = None) -> list[Example]:
    """The examples of a split's articles (``part`` 0 or 1: every other article, for a check on train alone)."""
    found: list[Example] = []
    for number, (text_path, ann_path) in enumerate(bench.articles(split_dir)):
        if part is not None and number % 2 != part:
            continue
        text = text_path.read_text(encoding="utf-8")
        golds = bench.load_gold(text, ann_path.read_text(encoding="utf-8"))
        collect: list[list[Option]] = []
        quotations = _detect(Document.from_text(text, path=str(text_path)), collect)
        for quotation, options in zip(quotations, collect, strict=True):
            if not options:
                continue
            best: tuple[float, bench.Gold] | None = None
            for gold in golds:
                ratio = bench._matches((gold.start, gold.end), (quotation.start, quotation.end))
                if ratio >= 0.8 and (best is None or ratio > best[0]):
                    best = (ratio, gold)
            none_index = next(i for i, (speaker, _) in enumerate(options) if speaker is None)
            if best is None:
                if quotation.open not in _GOLD_MARKS:
                    continue
                right = [none_index]
                named = False
            elif best[1].names and _described(best[1].source):
                continue  # "the Vermont senator": its capitalised words are no name of the person it stands for
            elif best[1].names:
                right = [i for i, (speaker, _) in enumerate(options)
                         if speaker is not None and _tokens(speaker) & best[1].names] or [none_index]
                named = True
            else:
                continue
            found.append(([features for _, features in options], right,
                          [speaker is not None for speaker, _ in options], named))
    return found


def train(data: list[Example], epochs: int, seed: int = 11, l2: float = 1e-4) -> dict[str, float]:
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    rate = 0.2
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _epoch in range(epochs):
        rng.shuffle(order)
        for number in order:
            options, right, _, _ = data[number]
            scores = [sum(weights.get(f, 0.0) for f in features) for features in options]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            probs = [e / total for e in exps]
            right_total = sum(probs[i] for i in right) or 1e-12
            for i, features in enumerate(options):
                target = probs[i] / right_total if i in right else 0.0
                gradient = probs[i] - target
                if abs(gradient) < 1e-6:
                    continue
                for feature in features:
                    g = gradient + l2 * weights.get(feature, 0.0)
                    squares[feature] = squares.get(feature, 0.0) + g * g
                    weights[feature] = weights.get(feature, 0.0) - rate * g / math.sqrt(squares[feature] + 1e-8)
    return weights


_GRID = [(step / 4, switch) for step in range(-8, 17) for switch in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 1e9)]
"""(margin, switch) pairs tried; a switch of 1e9 never overrides a structural pattern."""


def evaluate(data: list[Example], weights: dict[str, float],
             grid: list[tuple[float, float]]) -> list[tuple[int, int, int, int]]:
    """For each (margin, switch) of ``grid``: (named right, named total, wrong among named, attributed)."""
    results = [[0, 0, 0, 0] for _ in grid]
    for options, good, is_speaker, named in data:
        speakers: list[Option] = [(str(i) if is_speaker[i] else None, [f"#{i}"]) for i in range(len(options))]
        scores = {f"#{i}": sum(weights.get(f, 0.0) for f in features) for i, features in enumerate(options)}
        for i, features in enumerate(options):  # choose() reads structural patterns from the features
            if any(f.startswith("rule:") and f in _STRUCTURAL for f in features):
                speakers[i] = (speakers[i][0], [f"#{i}", next(f for f in features if f in _STRUCTURAL)])
        for row, (margin, switch) in zip(results, grid, strict=True):
            chosen = choose(speakers, scores, margin, switch)
            row[3] += chosen is not None
            if named:
                row[1] += 1
                if chosen is not None and int(chosen) in good:
                    row[0] += 1
                elif chosen is not None:
                    row[2] += 1
    return [(r[0], r[1], r[2], r[3]) for r in results]


def value(result: tuple[int, int, int, int]) -> int:
    """Right named speakers minus twice the wrong ones: a wrong speaker costs more than none."""
    return result[0] - 2 * result[2]


def cross_check(root: Path, epochs: int, l2: float) -> tuple[float, float]:
    """Train on every other train article, score the others, both ways; the (margin, switch) that does best on
    the held-out halves (an estimate that never looks at dev)."""
    halves = [examples(root / "train", 0), examples(root / "train", 1)]
    totals = [0] * len(_GRID)
    for fit, held in ((0, 1), (1, 0)):
        weights = train(halves[fit], epochs, l2=l2)
        results = evaluate(halves[held], weights, _GRID)
        for number, result in enumerate(results):
            totals[number] += value(result)
        best = max(range(len(_GRID)), key=lambda n: value(results[n]))
        right, total, wrong, attributed = results[best]
        print(f"held-out half {held}: best margin {_GRID[best][0]} switch {_GRID[best][1]:g}  "
              f"named {right / total:.3f}  wrong {wrong}/{attributed}")
    # The safest of the near-best: the largest switch (trust the structural patterns most) whose held-out value is
    # within 1% of the best, with its best margin. The values are flat over small switches; the patterns are
    # what German, French and unseen English rely on.
    top = max(totals)
    switch = max(_GRID[n][1] for n in range(len(_GRID)) if totals[n] >= top - abs(top) / 100)
    margin = max((totals[n], _GRID[n][0]) for n in range(len(_GRID)) if _GRID[n][1] == switch)[1]
    print(f"chosen on the halves: margin {margin}, switch {switch:g} (held-out value {max(totals)} at best)")
    return margin, switch


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    root = bench.DEFAULT_POLNEAR
    out = WEIGHTS
    epochs = 20
    if "--polnear" in argv:
        root = Path(argv[argv.index("--polnear") + 1])
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1])
    l2 = float(argv[argv.index("--l2") + 1]) if "--l2" in argv else 1e-3
    if "--epochs" in argv:
        epochs = int(argv[argv.index("--epochs") + 1])
    if not (root / "train" / "text").is_dir():
        print(f"no PolNeAR at {root}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    margin, switch = cross_check(root, epochs, l2)
    if "--check" in argv:
        return 0
    data = examples(root / "train")
    print(f"{len(data)} examples from train ({time.perf_counter() - began:.1f} s)")
    weights = train(data, epochs, l2=l2)
    right, total, wrong, attributed = evaluate(data, weights, [(margin, switch)])[0]
    print(f"on all of train (in sample): named {right / total:.3f}  wrong {wrong}/{attributed}")
    kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
    if "--dry-run" not in argv:
        payload = {"about": "speaker ranker weights (reader/quotes/ranker.py), made by tools/train_speakers.py "
                            "from PolNeAR train/", "margin": margin, "switch": min(switch, 1e6), "weights": kept}
        out.write_text(json.dumps(payload, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(kept)} weights to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
