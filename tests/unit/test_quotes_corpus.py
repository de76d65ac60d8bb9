"""The hand-labelled corpus (../shared/corpus) meets the quotation targets; see benchmarks/quotes_corpus.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quotes_corpus", REPO / "benchmarks" / "quotes_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not list(CORPUS.glob("*.txt")), reason=f"no labelled corpus at {CORPUS} (../shared absent)")
def test_corpus_meets_targets() -> None:
    bench = _benchmark()
    total = bench.Score()
    for path in sorted(CORPUS.glob("*.txt")):
        score, _lang = bench.score_article(path)
        total.add(score)
    assert total.precision >= 0.95
    assert total.recall >= 0.95
    assert total.speaker_accuracy >= 0.85
