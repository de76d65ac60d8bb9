"""The speaker of a quotation chosen among candidates by a small learned model, or no speaker.

The attribution patterns of :mod:`reader.quotes.speakers` give one speaker per quotation (or none) and say which
pattern gave it (``“…,” Smith said`` is "after", ``Smith said: “…”`` "before", inheritance from the previous
quotation "inherit", …). Patterns are right most of the time but not always, and they do not say how sure they
are. This module gathers, for each quotation, the candidates around it: the pattern's speaker, the subjects of
the cue verbs of its paragraph and of the paragraphs beside it, the people the article names near it (by zone:
same sentence before/after, same paragraph before/after, previous/next paragraph, with the nearest in each zone
marked and distance buckets), the previous quotation's speaker; each candidate with hand-made features (which
pattern, which zone, how often the article names the person, name or description), and one more option, *no
speaker*, with features of the quotation itself (its kind, the pattern that fired, where it stands).

A conditional logit model (one weight per feature, each also conjoined with the quotation's kind; the option
with the highest sum wins; *no speaker* when no candidate beats it by ``margin``) chooses, with one constraint: a
speaker found by a structural pattern (a cue verb and its subject, ``according to X``, ``Smith: “…”``) is never
dropped, and gives way to another candidate only when that one scores ``switch`` more. Weights, margin and switch
are a data file, ``speaker_weights.json`` in this package, made from PolNeAR ``train/`` by
``.venv/bin/python tools/train_speakers.py`` (pure Python, about a minute; margin and switch are chosen by a
two-fold check within train, see that script).

Decisions:
* English only: the weights are learned on English news; German and French keep the patterns' speaker. So do
  a quotation nested in another (PolNeAR's gold holds only outermost quotations: it cannot teach them), a
  block quotation whose signature line names its author, and a quotation the patterns give to a description
  kept as written ("a reporter asked Smith, “…”"): the model learns from gold whose Source holds a name, where
  such a speaker is never right, so it cannot judge one (other candidates that are such descriptions are left
  out for the same reason).
* The model picks among speakers the patterns and the people index produce, so a speaker is still always a
  name, a resolved pronoun or a role description (issue 11, item 1); it never invents a new string.
* Without the weights file (or with an empty one) the patterns' speaker is kept: the model only ever refines.
* Cost: candidates come from the cue verbs of at most four paragraphs (cached per paragraph, at most
  :data:`_NEAR` on each side of the quotation in each) and a bounded bisect into the people's mentions; scoring
  is a dictionary look-up per feature (the kind's conjoined weights folded in once, :func:`by_kind`). With the
  trained switch (never reached, :data:`_NEVER`) a structural pattern's speaker always stays, so its options are
  not built at all: half the quotations of dense news. The seed article takes about 2 ms in all.
* Measured (benchmarks/quotes_polnear.py), dev: named-speaker accuracy 0.772 → 0.831, wrong named speakers
  7.3% → 5.3% of attributed; ../shared/corpus unchanged (speaker 0.972). With the patterns of issue 11 part 3
  (and weights retrained on them): dev 0.915 and 1.8%, train 0.906 and 2.6%; retraining itself moves these
  by a quotation or two, the patterns did the rest.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from reader.document import BlockKind
from reader.quotes.kinds import is_title
from reader.quotes.pause import paused_gc
from reader.quotes.scare_quotes import writers_term
from reader.quotes.speaker_kinds import Body, Described, Unheld
from reader.quotes.words import _DEMONYMS, _ORG_WORDS

if TYPE_CHECKING:
    from reader.quotes import Quoted
    from reader.quotes.speakers import Attributor

WEIGHTS = Path(__file__).with_name("speaker_weights.json")

Option = tuple[str | None, list[str]]
"""A candidate speaker (``None``: no speaker) and its features."""


@cache
def load_weights(path: Path = WEIGHTS) -> tuple[dict[str, float], float, float]:
    """(feature weights, margin, switch) from the data file; empty weights when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return weights, float(data.get("margin", 0.0)), float(data.get("switch", 0.0))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}, 0.0, 0.0


def score(features: Sequence[str], weights: dict[str, float]) -> float:
    return sum(map(weights.get, features, repeat(0.0)))  # weights.get(feature, 0.0), summed at C speed


def choose(options: Sequence[Option], weights: dict[str, float], margin: float, switch: float) -> str | None:
    """The best option's speaker; ``None`` unless some candidate beats *no speaker* by more than ``margin``.

    A speaker found by a structural pattern (:data:`_STRUCTURAL`) is never dropped, and gives way to another
    candidate only when that one scores ``switch`` more."""
    best: str | None = None
    best_score = float("-inf")
    none_score = 0.0
    rule: tuple[str, float] | None = None
    for speaker, features in options:
        value = score(features, weights)
        if speaker is None:
            none_score = value
            continue
        if rule is None and not _STRUCTURAL.isdisjoint(features):  # (at C speed)
            rule = (speaker, value)
        if value > best_score:
            best, best_score = speaker, value
    if rule is not None:
        return best if best is not None and best_score > rule[1] + switch else rule[0]
    return best if best is not None and best_score > none_score + margin else None


_STRUCTURAL = frozenset(("rule:after", "rule:before", "rule:according", "rule:colon", "rule:signature"))
"""Patterns that read a cue verb and its subject (or ``Smith: “…”``): when one found a speaker, the model may
prefer another candidate but not *no speaker*."""


_KEPT = _STRUCTURAL | {"rule:inherit", "rule:turn", "rule:headline", "rule:sender"}
"""Patterns whose speaker the ranker is not asked about (when the switch is never reached). Besides the
structural ones, inheritance: a speech in the paragraph of a quotation that has a speaker, with no attribution of
its own (“…,” Smith said. “…”); and the other party's turn in an exchange (``Exchanges._turn_taken``, part 28:
the previous speaker among the candidates took it back). The ranker overrode inheritance for 7 of 1,094 such
quotations on 3 MB of PolNeAR train; keeping it changed 4 speakers on all of train (two now right: Brafman,
Rubio; two now wrong; named and wrong named unchanged, dev unchanged), and it was 36% of the ranker's calls:
finding on 20 MB takes ~10% less CPU time (issue 11's speed, part 17). A headline's quotation that the body
repeats keeps the body's speaker (``AfterMark._headline_from_body``, part 29: the names in the headline took it).
A document's sender the paragraph before names last (``lead_ins.document_from``, part 39) is kept too."""

def _keeps_body(how: str, previous: str) -> bool:
    """Whether an organisation a description stood for (:class:`~reader.quotes.speaker_kinds.Body`) is kept as the
    pattern gave it: read from a cue ("the company said", "“…,” it said"), or inherited from the quotation before,
    unless that one is a title ("the company has branded “Marlowe Forward.” … “experiential” stores": the title's
    owner says nothing). The ranker's features read the people index, which holds no organisation: asked, it
    chose a person nearby ("the club said it had “…” and thanked Delaney for “…”" was the coach named next)."""
    return how in _BODY_CUES or (how == "inherit-sentence" and not is_title(previous.rstrip().rstrip(".,")))


_BODY_CUES = frozenset(("before", "after", "according", "colon", "signature", "later", "inherit", "main"))

_NEVER = 1e5
"""A switch at least this large is never reached by a difference of scores (a few dozen weights of a few
units each): a structural pattern's speaker is then always kept."""

_NEAR = 12
"""Cue verbs looked at on each side of a quotation in each block (more are never the nearest or a zone's first
in practice: a sentence holds a few)."""


def _bucket(distance: int) -> str:
    return "near" if distance < 40 else "mid" if distance < 150 else "far"


def _length(text: str) -> str:
    words = text.count(" ") + 1
    return "1" if words == 1 else "2-3" if words <= 3 else "4-9" if words <= 9 else "10+"


_WORDS = re.compile(r"[\w’'-]+")
"""A title's words (what a surname is looked up among)."""


class Ranker:
    """Candidates and their features for the quotations of one document (see the module's docstring)."""

    def __init__(self, attributor: Attributor) -> None:
        self.a = attributor
        self.text = attributor.text
        self.blocks = attributor.document.blocks
        self.starts, self.ends = attributor.starts, attributor.ends
        people = attributor.people
        self.mentions = people.mentions
        self.fulls = [person.full for person in people.mention_people]
        self.counts = Counter(self.fulls)
        self.top = self.counts.most_common(1)[0][0] if self.counts else None
        self.known = {person.full for person in people.everyone}
        self._events: dict[int, list[tuple[int, str, str]]] = {}
        self._boundaries: dict[int, list[int]] = {}
        self._event_offsets: dict[int, list[int]] = {}
        self._titles: dict[int, frozenset[str]] = {}

    def _title_words(self, block: int) -> frozenset[str]:
        """The words of the title block ``block``, read once: a text with no blank line is one title block, and
        copying it for each of its quotations was quadratic (55 s on 4 MB)."""
        found = self._titles.get(block)
        if found is None:
            title = self.a.document.blocks[block]
            words = _WORDS.findall(self.a.text, title.start, title.end)
            owned = {word[:-2] for word in words if word.endswith(("’s", "'s"))}  # ("Clinton’s")
            found = self._titles[block] = frozenset(words) | owned
        return found

    def forget(self) -> None:
        """Drop the per-block caches (see :meth:`reader.quotes.speakers.Attributor.forget`)."""
        for memo in (self._events, self._boundaries, self._event_offsets):
            memo.clear()

    def events(self, block: int) -> list[tuple[int, str, str]]:
        """(offset, speaker, "ev" | "evf") of a block's cue verbs: "evf" when the subject was read after the verb."""
        found = self._events.get(block)
        if found is None:
            events = self.a.narrative_events(block) if 0 <= block < len(self.blocks) else []
            found = self._events[block] = [(o, s, "evf" if forward else "ev") for o, s, forward in events]
        return found

    def _near_events(self, blocks: list[int], first: int, last: int, open_pos: int,
                     close_pos: int) -> list[tuple[int, str, str]]:
        """The cue verbs of the blocks around a quotation, at most :data:`_NEAR` on each side of it in each block
        (bounded, so a paragraph of a million characters stays linear)."""
        near: list[tuple[int, str, str]] = []
        for block in dict.fromkeys(blocks):
            events = self.events(block)
            if len(events) <= 2 * _NEAR:
                near.extend(events)
                continue
            offsets = self._event_offsets.get(block)
            if offsets is None:
                offsets = self._event_offsets[block] = [offset for offset, _, _ in events]
            if block < first:
                near.extend(events[-_NEAR:])
            elif block > last:
                near.extend(events[:_NEAR])
            else:
                left = bisect_left(offsets, open_pos)
                right = bisect_left(offsets, close_pos)
                near.extend(events[max(0, left - _NEAR) : left])
                near.extend(events[right : right + _NEAR])
        return near

    def _bounds(self, block: int) -> list[int]:
        """Offsets of the sentence boundaries of a block outside quotations (cached)."""
        found = self._boundaries.get(block)
        if found is None:
            from reader.quotes.sentence_bounds import _BOUNDARY

            b = self.blocks[block]
            found = self._boundaries[block] = [
                m.start() for m in _BOUNDARY.finditer(self.text, b.start, b.end)
                if not self.a._inside(m.start()) and not self.a._is_abbreviation(self.text, m.start())
            ]
        return found

    def _crosses(self, block: int, start: int, end: int) -> bool:
        """Is there a sentence boundary, outside quotations, between ``start`` and ``end`` (in ``block``)?"""
        bounds = self._bounds(block)
        index = bisect_left(bounds, start)
        return index < len(bounds) and bounds[index] < end

    def _zone(self, offset: int, first: int, last: int, open_pos: int, close_pos: int) -> str | None:
        starts, ends = self.starts, self.ends
        if offset < open_pos and offset >= starts[first]:
            return "pb" if self._crosses(first, offset, open_pos) else "sb"
        if offset >= close_pos and offset < ends[last]:
            return "pa" if self._crosses(last, close_pos, offset) else "sa"
        if first > 0 and starts[first - 1] <= offset < ends[first - 1]:
            return "prev"
        if last + 1 < len(starts) and starts[last + 1] <= offset < ends[last + 1]:
            return "next"
        return None

    def options(self, quotation: Quoted, where: tuple[int, int, int, int], rule: str | None, how: str,
                previous: tuple[str | None, str], conjoin: bool = True) -> list[Option]:
        """The options for one quotation: each candidate speaker with its features, and *no speaker*. Each
        feature also exists conjoined with the quotation's kind ("speech|rule:after"); ``conjoin=False`` leaves
        those out, for scoring with :func:`by_kind` weights, where they are folded in."""
        first, last, open_pos, close_pos = where
        kind = quotation.kind
        found: dict[str, list[str]] = {}

        named: set[str] = set()  # candidates some source names outright (not only through a role description)

        def add(speaker: str | None, feature: str) -> None:
            if speaker and isinstance(speaker, Unheld) and not feature.startswith("rule:"):
                return  # a role no one named holds speaks only for its own attribution ("“…”¶The minister did
                # not reply." is not the minister's)
            if speaker:
                found.setdefault(speaker, []).append(feature)
                if not isinstance(speaker, Described):
                    named.add(speaker)

        def filed(speaker: str | None, tag: str) -> list[str] | None:
            """A cue's or a mention's ``tag`` filed under ``speaker`` (as :func:`add` would: such a tag never starts
            "rule:", so an Unheld speaker gets none), and the speaker's list, to add more to; None for no one."""
            if not speaker or isinstance(speaker, Unheld):
                return None
            features = found.setdefault(speaker, [])
            features.append(tag)
            if not isinstance(speaker, Described):
                named.add(speaker)
            return features

        add(rule, "rule:" + how)
        add(previous[0], previous[1])
        add(self.a.people.before(open_pos), "recent")
        blocks = [b for b in (first - 1, first, last, last + 1) if 0 <= b < len(self.blocks)]
        seen_zone: set[str] = set()
        firsts: dict[str, tuple[int, str]] = {}
        cue_before = -1  # the offset of the last cue verb before the quotation in its sentence
        events = self._near_events(blocks, first, last, open_pos, close_pos)
        zone_of = self._zone
        for offset, speaker, source in self._ordered(events, open_pos, close_pos):
            zone = zone_of(offset, first, last, open_pos, close_pos)
            if zone is None:
                continue
            tag = f"{source}:{zone}"
            features = filed(speaker, tag)
            if zone == "sb":
                cue_before = max(cue_before, offset)
            if tag not in seen_zone:
                seen_zone.add(tag)
                if features is not None:
                    features.append(tag + ":1")
                    features.append(tag + ":" + _bucket(open_pos - offset if offset < open_pos else offset - close_pos))
            if zone in ("sb", "pb", "prev") and (tag not in firsts or offset < firsts[tag][0]):
                firsts[tag] = (offset, speaker)
        centre = bisect_left(self.mentions, open_pos)
        lo = self.starts[blocks[0]]
        hi = self.ends[blocks[-1]]
        left = max(bisect_left(self.mentions, lo), centre - 16)
        right = min(bisect_right(self.mentions, hi), centre + 16)
        mentions = list(zip(self.mentions[left:right], self.fulls[left:right], repeat("m")))
        for offset, speaker, source in self._ordered(mentions, open_pos, close_pos):
            zone = zone_of(offset, first, last, open_pos, close_pos)
            if zone is None:
                continue
            tag = f"{source}:{zone}"
            features = filed(speaker, tag)
            if features is not None and zone == "sb" and cue_before >= 0 and offset > cue_before:
                features.append("m:sb:after-cue")  # "Reid told reporters that Donald Trump “…”": not the speaker
            if tag not in seen_zone:
                seen_zone.add(tag)
                if features is not None:
                    features.append(tag + ":1")
            if zone in ("sb", "pb", "prev") and (tag not in firsts or offset < firsts[tag][0]):
                firsts[tag] = (offset, speaker)
        for tag, (_, speaker) in firsts.items():
            add(speaker, tag + ":first")
        quoted = quotation.text
        result: list[Option] = []
        for speaker, features in found.items():
            if speaker.endswith(("’s", "'s", "’", "'")) or not speaker[:1].isupper():
                continue  # a possessive is no speaker ("Ohio’s remaining period"); on descriptions, see rank()
            count = self.counts.get(speaker, 0)
            features.append("count:" + ("0" if not count else "1" if count == 1 else "2-3" if count <= 3
                                        else "4-9" if count <= 9 else "10+"))
            if speaker == self.top:
                features.append("top")
            words = speaker.split()
            kind_of = "person"
            if speaker not in named:
                kind_of = "described"
            elif speaker not in self.known:
                kind_of = "unknown"  # a name the article never establishes as a person's (a place, a platform)
            elif len(words) == 1:
                kind_of = "one"
            features.append("type:" + kind_of)
            features.append(f"type:{kind_of}:{'rule' if speaker == rule else 'other'}")
            if any(w.lower() in _ORG_WORDS for w in words):
                features.append("type:org")
            if words[-1] in quoted:
                features.append("in-quote")  # the speaker seldom names themself: "“Trump is a fraud,” Reid said"
            if rule is not None and speaker != rule:
                features.append("not-rule:" + how)
            features.insert(0, "bias")
            result.append((speaker, [*features, *[f"{kind}|{f}" for f in features]] if conjoin else features))
        mark = ("block" if quotation.open in ("", ">")
                else "single" if len(quotation.open) == 1 and quotation.open in "'‘’‚‹›" else "double")  # ''…'' too
        none = ["none", "none:how:" + how, "none:len:" + _length(quotation.text), "none:mark:" + mark]
        if open_pos == self.starts[first]:
            none.append("none:opens-paragraph")
        if quotation.close == "":
            none.append("none:unclosed")
        if rule is None:
            none.append("none:no-rule")
        result.append((None, [*none, *[f"{kind}|{f}" for f in none]] if conjoin else none))
        return result

    @staticmethod
    def _ordered(items: list[tuple[int, str, str]], open_pos: int, close_pos: int) -> list[tuple[int, str, str]]:
        """``items`` nearest first (distance from the quotation's marks), so a zone's first is its nearest."""
        def distance(item: tuple[int, str, str]) -> int:
            return open_pos - item[0] if item[0] < open_pos else item[0] - close_pos

        return sorted(items, key=distance)

    def rank(self, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
             rules: Sequence[str | None], hows: Sequence[str],
             collect: list[list[Option]] | None = None) -> list[str | None]:
        """The chosen speaker of each quotation (``collect`` receives every quotation's options, for training)."""
        with paused_gc():  # see reader.quotes.pause
            return self._rank(quotations, where, rules, hows, collect)

    def _rank(self, quotations: Sequence[Quoted], where: Sequence[tuple[int, int, int, int]],
              rules: Sequence[str | None], hows: Sequence[str],
              collect: list[list[Option]] | None = None) -> list[str | None]:
        weights, margin, switch = load_weights()
        kinds = by_kind(weights)
        # With a switch no score difference reaches, choose() always keeps a structural pattern's speaker:
        # skip building its options (most quotations; the ranker's cost on 20 MB); an inherited one is kept too
        # (see _KEPT)
        kept = collect is None and switch >= _NEVER
        chosen: list[str | None] = []
        english = self.a.lang == "en"
        for number, quotation in enumerate(quotations):
            rule = rules[number]
            if (hows[number] in ("hint", "first-person", "nobody") or quotation.nested
                    or (rule is not None and not rule[:1].isupper())
                    or (isinstance(rule, Unheld) and rule.split(" ", 1)[0] in ("His", "Her", "Their"))  # ("Her
                    # neighbour, who asked not to be named, was blunter: “…”": someone's, as written, part 26)
                    or (isinstance(rule, Body) and _keeps_body(hows[number], quotations[number - 1].text))
                    or (not weights and collect is None)
                    or (kept and rule is not None and "rule:" + hows[number] in _KEPT
                        and not rule.endswith(("’s", "'s", "’", "'")))
                    # a title or a term never has a speaker (kinds.final_kind, then reader.quotes drops it):
                    # whatever is chosen is dropped, and no other quotation's choice depends on this one's
                    or (collect is None and quotation.kind in ("title", "term"))
                    or (collect is None and english and quotation.kind == "phrase"
                        and is_title(quotation.text.rstrip().rstrip(".,")))):
                chosen.append(rules[number])
                if collect is not None:
                    collect.append([])
                continue
            previous: tuple[str | None, str] = (None, "")
            if number > 0 and where[number - 1][1] in (where[number][0], where[number][0] - 1):
                same = where[number - 1][1] == where[number][0]
                previous = (rules[number - 1], "prevq" if same else "prevq:prev")
            options = self.options(quotation, where[number], rules[number], hows[number], previous,
                                   conjoin=collect is not None)
            if collect is not None:
                collect.append(options)
                chosen.append(choose(options, weights, margin, switch) if weights else rules[number])
            else:
                chosen.append(choose(options, kinds.get(quotation.kind, weights), margin, switch))
                if hows[number] == "none" and chosen[-1] is not None and (
                        self.a.document.blocks[where[number][0]].kind is BlockKind.TITLE) and (
                        (surname := chosen[-1].split()[-1]) not in self._title_words(where[number][0])
                        or surname in _DEMONYMS):
                    # a headline's quotation with no attribution of its own: only someone the headline names
                    # ("Cruz: Trump … 'I Fear …'"), not a guess from the article's people ("'What is the sea
                    # telling us?': Māori tribes fearful …" was "Zealand Māori")
                    chosen[-1] = None
                if hows[number] == "none" and english and chosen[-1] is not None:
                    first, _, open_pos, _ = where[number]  # a guess for a writer's own term: none (scare_quotes)
                    sentence = self.a._tokens(self.a._clause_start(open_pos, self.starts[first]), open_pos)
                    if writers_term(quotation.text, sentence):
                        chosen[-1] = None
        return chosen


@cache
def _by_kind(weights: tuple[tuple[str, float], ...]) -> dict[str, dict[str, float]]:
    merged: dict[str, dict[str, float]] = {}
    plain = {f: w for f, w in weights if "|" not in f}
    for feature, weight in weights:
        if "|" in feature:
            kind, _, base = feature.partition("|")
            table = merged.setdefault(kind, dict(plain))
            table[base] = table.get(base, 0.0) + weight
    return merged


def by_kind(weights: dict[str, float]) -> dict[str, dict[str, float]]:
    """For each quotation kind, the weights with the kind's conjoined ones folded in: a feature ``f`` scores
    ``w[f] + w[kind|f]``, so options built with ``conjoin=False`` score as the full features would."""
    return _by_kind(tuple(weights.items()))
