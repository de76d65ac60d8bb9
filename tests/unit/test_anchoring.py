"""Re-anchoring annotations after their document's text changed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.anchoring import anchor, carry_position, reanchor, selectors
from reader.annotation import CONTEXT_CHARS, Annotation

TEXT = (
    "Belarus and NATO\n\n"
    "The alliance met in Brussels on Tuesday. Jens Stoltenberg said the alliance would stay vigilant. "
    "Ministers then discussed the budget for the coming year at some length.\n\n"
    "Later that week the talks moved to Vilnius, where delegates argued about the route of the new pipeline."
)
QUOTE = "Jens Stoltenberg said the alliance would stay vigilant."


def highlight(text: str, phrase: str, *, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Annotation.create(
        doc_id="sha256:old",
        path="a.txt",
        title="A",
        text_of_document=text,
        start=start,
        end=start + len(phrase),
    )


def test_selectors() -> None:
    prefix, suffix = selectors(TEXT, 20, 30)
    assert prefix == TEXT[:20] and suffix == TEXT[30 : 30 + CONTEXT_CHARS]
    assert selectors("abc", 0, 3) == ("", "")


def test_unchanged_text_is_exact_and_unchanged() -> None:
    annotation = highlight(TEXT, QUOTE)
    assert anchor(TEXT, annotation) is annotation


def test_text_inserted_before_moves_it() -> None:
    annotation = highlight(TEXT, QUOTE)
    changed = TEXT.replace("Belarus and NATO\n\n", "Belarus and NATO\n\nAn editor's note was added here.\n\n")
    result = anchor(changed, annotation)
    assert result.anchor == "moved" and changed[result.start : result.end] == QUOTE
    assert result.start == annotation.start + len("An editor's note was added here.\n\n")
    assert result.id == annotation.id and result.note == annotation.note and result.created == annotation.created
    assert result.updated >= annotation.updated and result.prefix == selectors(changed, result.start, result.end)[0]


def test_text_inserted_after_keeps_it_exact() -> None:
    annotation = highlight(TEXT, QUOTE)
    changed = TEXT + "\n\nA new closing paragraph."
    result = anchor(changed, annotation)
    assert result.anchor == "exact" and (result.start, result.end) == (annotation.start, annotation.end)
    assert result is annotation  # the context did not change either: nothing to update


def test_text_changed_right_before_refreshes_the_context_only() -> None:
    annotation = highlight(TEXT, QUOTE)
    changed = TEXT.replace("on Tuesday.", "on Monday.")
    result = anchor(changed, annotation)
    assert result.anchor == "moved" and changed[result.start : result.end] == QUOTE
    assert result.prefix.endswith("on Monday. ") and result.suffix == annotation.suffix


def test_text_inserted_inside_is_fuzzy() -> None:
    annotation = highlight(TEXT, QUOTE)
    changed = TEXT.replace("would stay vigilant", "would stay very vigilant")
    result = anchor(changed, annotation)
    assert result.anchor == "fuzzy"
    assert result.text == "Jens Stoltenberg said the alliance would stay very vigilant."
    assert changed[result.start : result.end] == result.text


def test_word_changed_inside_is_fuzzy_with_the_new_span() -> None:
    annotation = highlight(TEXT, QUOTE)
    changed = TEXT.replace("said the alliance", "told reporters the alliance")
    result = anchor(changed, annotation)
    assert result.anchor == "fuzzy"
    assert result.text == "Jens Stoltenberg told reporters the alliance would stay vigilant."
    assert changed[result.start : result.end] == result.text and result.updated >= annotation.updated


def test_word_changed_and_paragraph_moved_far_away_is_found_in_the_whole_text() -> None:
    annotation = highlight(TEXT, QUOTE)
    filler = "Unrelated filler sentence number one two three. " * 120
    changed = TEXT.replace(QUOTE, "") + "\n\n" + filler + QUOTE.replace("vigilant", "watchful")
    result = anchor(changed, annotation)
    assert result.anchor == "fuzzy" and result.text.startswith("Jens Stoltenberg said")
    assert result.start == changed.index("Jens Stoltenberg said")


def test_duplicate_text_nearest_occurrence_wins() -> None:
    text = "Intro line\n\nThe vote was close. Many words follow here in between. The vote was close. End."
    annotation = highlight(text, "The vote was close.", occurrence=1)
    # Text inserted before both occurrences: the first one is now where the second one was; the second one,
    # shifted by 25 characters, is the nearest to the old position.
    changed = text.replace("Intro line\n\n", "Intro line\n\nA new opening sentence.\n\n")
    shift = len("A new opening sentence.\n\n")
    result = anchor(changed, annotation)
    assert result.anchor == "moved" and result.start == annotation.start + shift
    # The same phrase further away at the start of a paragraph does not win over the nearer one.
    far = "The vote was close. " + text
    assert anchor(far, annotation).start == annotation.start + len("The vote was close. ")


def test_duplicate_text_equally_near_context_breaks_the_tie() -> None:
    text = "Head\n\n" + "x" * 30 + " aaa CLAIM bbb " + "y" * 30
    annotation = highlight(text, "CLAIM")
    old = annotation.start
    for matching, other in ((old + 6, old - 6), (old - 6, old + 6)):
        # Two occurrences exactly as far from the old start; only one keeps the old surroundings.
        changed = list("-" * (len(text) + 20))
        changed[other : other + 5] = "CLAIM"
        changed[matching - 5 : matching + 10] = " aaa CLAIM bbb "
        new_text = "".join(changed)
        assert new_text.count("CLAIM") == 2
        result = anchor(new_text, annotation)
        assert result.anchor == "moved" and result.start == matching


def test_deleted_sentence_is_an_orphan_kept_in_range() -> None:
    annotation = highlight(TEXT, "the route of the new pipeline.")
    changed = TEXT[: TEXT.index("Later that week")]
    result = anchor(changed, annotation)
    assert result.anchor == "orphan" and result.text == annotation.text
    assert 0 <= result.start <= result.end <= len(changed)
    assert result.id == annotation.id and result.prefix == annotation.prefix
    again = anchor(changed, result)
    assert again is result  # an orphan stays put and is not bumped again


def test_orphan_in_empty_text() -> None:
    result = anchor("", highlight(TEXT, QUOTE))
    assert result.anchor == "orphan" and (result.start, result.end) == (0, 0)


def test_short_highlight_is_never_fuzzy() -> None:
    annotation = highlight(TEXT, "NATO")
    result = anchor(TEXT.replace("NATO", "NAT0"), annotation)
    assert result.anchor == "orphan"


def test_reanchor_sets_doc_id_and_updated_only_when_changed() -> None:
    kept = highlight(TEXT, QUOTE)
    moved = highlight(TEXT, "Later that week")
    changed = TEXT.replace("\n\nLater that week", "\n\nInserted.\n\nLater that week")
    same_id = reanchor(changed, [kept], doc_id=kept.doc_id)
    assert same_id == [kept] and same_id[0] is kept
    results = reanchor(changed, [kept, moved], doc_id="sha256:new")
    assert [r.doc_id for r in results] == ["sha256:new", "sha256:new"]
    assert results[0].anchor == "exact" and results[0].updated >= kept.updated
    assert results[1].anchor == "moved" and changed[results[1].start : results[1].end] == "Later that week"
    assert reanchor(changed, []) == []


WORDS = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "the", "a", "NATO", "\n\n", "é", "."]))


@settings(max_examples=150, deadline=None)
@given(words=WORDS, data=st.data())
def test_unchanged_text_is_all_exact_with_unchanged_offsets(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    annotation = Annotation.create(doc_id="d", path="p", title="t", text_of_document=text, start=start, end=end)
    [result] = reanchor(text, [annotation])
    assert result.anchor == "exact" and (result.start, result.end) == (start, end) and result is annotation


@settings(max_examples=150, deadline=None)
@given(old=WORDS, new=WORDS, data=st.data())
def test_any_result_is_within_range(old: list[str], new: list[str], data: st.DataObject) -> None:
    text, changed = " ".join(old), " ".join(new)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    annotation = Annotation.create(doc_id="d", path="p", title="t", text_of_document=text, start=start, end=end)
    result = anchor(changed, annotation)
    assert 0 <= result.start <= result.end <= len(changed)
    assert result.anchor in ("exact", "moved", "fuzzy", "orphan")
    if result.anchor != "orphan":
        assert changed[result.start : result.end] == result.text
    if result.anchor in ("exact", "moved"):
        assert result.text == annotation.text


def test_a_reading_position_follows_the_nearest_highlight_before_it() -> None:
    note = "An editor's note was added here.\n\n"
    changed = TEXT.replace("Belarus and NATO\n\n", "Belarus and NATO\n\n" + note)
    quote = highlight(TEXT, QUOTE)
    position = TEXT.index("Ministers")  # after the highlight
    carried = carry_position(changed, position, [quote, highlight(TEXT, "Vilnius")])  # the one after: no landmark
    assert carried == position + len(note) and changed.startswith("Ministers", carried)
    assert carry_position(changed, position) == position  # no highlight: the same offset
    gone = highlight(TEXT, "Ministers then discussed")
    assert carry_position(changed.replace("Ministers then discussed", "X"), position, [gone, quote]) == (
        position + len(note)  # the nearest is an orphan now: the next one before it decides
    )


def test_a_carried_position_is_clamped_into_the_new_text() -> None:
    assert carry_position("Short.", 500) == len("Short.") - 1
    assert carry_position("Short.", -3) == 0
    assert carry_position("", 7) == 0


def test_a_quote_without_a_position_is_placed_by_its_context() -> None:
    """Imported by its quote alone (offset 0): the occurrence its prefix and suffix agree with, not the first."""
    from dataclasses import replace

    from reader.anchoring import placed_by_context

    text = ("The union said the deal is dead on Monday morning.\n\n"
            "By Friday, after a night of talks, the minister conceded that the deal is dead and resigned.")
    second = highlight(text, "the deal is dead", occurrence=1)
    imported = replace(second, start=0, end=0, anchor="orphan")
    placed = anchor(text, placed_by_context(text, imported))
    assert (placed.start, placed.end) == (second.start, second.end) and placed.anchor != "orphan"
    bare = replace(imported, prefix="", suffix="")
    assert placed_by_context(text, bare) is bare  # nothing to weigh: left as it is
