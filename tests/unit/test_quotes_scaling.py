"""Finding quotations is linear in the text: a text 16 times as long takes about 16 times as long.

Not a speed test (speed is benchmarks/quotes_speed.py's, as ratios): a complexity guard. A backward search
that read the whole text before each quotation once made finding quadratic (9 s on 2 MB instead of 0.9 s), and a
timing on a small text did not show it. Linear finding gives a ratio of about 16 here, the quadratic one about
70; the bound (35) leaves room for a shared, noisy machine, and each size takes the best of three runs (CPU time).
"""

from __future__ import annotations

import time

import pytest

from reader.document import Document
from reader.quotes import find_quotations

_NAMES = ["Smith", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Kowalski", "Nguyen"]


def _article(paragraphs: int) -> str:
    """News-like paragraphs with straight marks and no '". ' (so no backward search stops early)."""
    out = []
    for number in range(paragraphs):
        name = _NAMES[number % len(_NAMES)]
        out.append(
            f'"We will look at the figures for district {number} again," {name} said on Monday. '
            f"The council met for the {number}th time, and the vote was put off until the spring."
        )
    return "\n\n".join(out)


def _cpu_seconds(text: str) -> float:
    document = Document.from_text(text)
    document.finish_parsing()
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        find_quotations(document)
        best = min(best, time.process_time() - began)
    return best


def test_finding_quotations_is_linear_in_the_text() -> None:
    document = Document.from_text(_article(10))
    assert len(find_quotations(document)) == 10
    small = _cpu_seconds(_article(500))
    large = _cpu_seconds(_article(8000))
    assert large / small < 35, f"16x the text took {large / small:.1f}x as long (linear is ~16)"


def _names(count: int) -> list[str]:
    """``count`` distinct capitalised made-up words ("Ba", "Ce", …)."""
    out = []
    for number in range(count):
        word, rest = "", number
        while True:
            word += "bcdfghklmnprstvz"[rest % 16] + "aeiou"[(rest // 16) % 5]
            rest //= 80
            if not rest:
                break
        out.append(word.capitalize())
    return out


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HOSTILE = {
    # each closer walked the whole stack of open marks; each nested quotation copied and read all inside it
    "spaced guillemets": lambda size: _repeat("« ", size),
    "closers of another style": lambda size: "“a " * (size // 6) + "b» " * (size // 6),
    "nesting": lambda size: "« " * (size // 4) + "x" + " »" * (size // 4),
    # each mention compared with every namesake, and each person's given names copied at every mention
    "many namesakes": lambda size: "".join(
        f"{name} Smith said “yes {number}.”\n\n" for number, name in enumerate(_names(size // 25 + 1)))[:size],
    "many given names": lambda size: "".join(
        f"John {name} Smith said “yes {number}.”\n\n" for number, name in enumerate(_names(size // 30 + 1)))[:size],
    # thousands of people sharing a first name, each with a surname of their own, then the first name alone (the
    # index's list of whom a lone first word stands for, searched at each mention, is kept to two: part 32)
    "one first name, many surnames": lambda size: "".join(
        f"John {name}son said “yes {number}.” John said “no.”\n\n" for number, name in enumerate(
            _names(size // 40 + 1)))[:size],
    # a run of thousands of initials, each put in front of the name's core
    "initials": lambda size: "The. " + _repeat("A ", size) + "Smith said “yes.”",
    # a German sentence with no stop: each verb looked back through all of it for the sentence's start (part 32)
    "german sentence with no stops": lambda size: "Berlin. Die Regierung hat am Montag ein neues Paket vorgestellt. "
    "Es soll die Beiträge stabil halten.\n\n" + _repeat("Der Hof gehört Hinrich Brockmann und er sagte das sei gut "
                                                     "und ", size) + "müsse.\n\n»Die Leute glauben, wir jammern.«",
    # one paragraph of statements: each "the statement said" read every cue of the paragraph (part 32's review)
    "statements in one paragraph": lambda size: _repeat(
        "Acme Water said in a statement that supplies were safe. “We apologise,” the statement said. Jane Roe sent "
        "a text message. It said: “I quit.” Brian Hollis spoke. Brian said “no”. ", size),
}


@pytest.mark.parametrize("shape", list(HOSTILE))
def test_hostile_shapes_stay_linear(shape: str) -> None:
    """Shapes a review found quadratic (issue: treat every input as an attacker's): 100 KB of spaced guillemets
    took 46 s and 1.2 GB, 800 KB of namesakes 88 s. Each is now linear: 16 times the text, about 16 times the
    time (bound 35, as above)."""
    small = _cpu_seconds(HOSTILE[shape](5_000))
    large = _cpu_seconds(HOSTILE[shape](80_000))
    assert large / max(small, 1e-3) < 35, f"{shape}: 16x the text took {large / small:.1f}x as long"


def test_a_namesake_named_far_back_in_one_line_is_another_paragraph() -> None:
    """A bare surname looked for a line break back to its namesake's full mention: across a text with none,
    every mention read the whole text before it (1.6 MB took 11 s). The search now stops 5,000 characters back,
    and farther counts as another paragraph: the first Smith named, not the last."""
    gap = " Then it rained on the town." * 250  # 7,000 characters, no line break
    near = find_quotations(Document.from_text(
        "News\n\nJohn Smith spoke. Mary Smith spoke. Smith said “we will win.”"))
    far = find_quotations(Document.from_text(
        "News\n\nJohn Smith spoke. Mary Smith spoke." + gap + " Smith said “we will win.”"))
    assert near[0].speaker_full == "Mary Smith"
    assert far[0].speaker_full == "John Smith"
