"""reader.quotes.people.People built for speed (issue 11, item 5) gives what the straightforward reading gives:
runs of capitalised words split once per distinct string, mentions inside quotations skipped, the words around a
person's mentions read only when a role description asks, ``core`` cached; kinds.is_title's prefix rule."""

from __future__ import annotations

import re

import pytest

from reader.quotes.kinds import _WORD, is_title
from reader.quotes.names import _CAP_RUN, _core
from reader.quotes.people import People
from reader.quotes.role_holders import _ROLE_AHEAD
from reader.quotes.run_pieces import name_pieces

TEXT = (
    "Sen. Bernie Sanders said on Monday that the Vermont senator would run. Mr. Obama, the president, spoke. "
    "“Obama is wrong,” said Hillary Clinton. The U.S. Army Capt. Christian Pardo told reporters. "
    "Sanders said it again. Mrs. Clinton herself replied. Dr. J.J. MacNab, an expert, added: “Sanders ran.” "
) * 3


def _quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text)]


def test_pieces_are_the_runs_cut_after_sentence_full_stops() -> None:
    groups = {m.group() for m in _CAP_RUN.finditer(TEXT)}
    assert name_pieces("The") == []  # a lone function word is never a name
    assert name_pieces("Hillary Clinton") == [(0, 15, ["Hillary", "Clinton"])]
    for group in groups:
        for start, end, tokens in name_pieces(group):
            assert group[start:end].replace(".", "").split(" ")[-1] == tokens[-1].replace(".", "")


def test_mentions_inside_quotations_are_not_the_articles() -> None:
    people = People(TEXT, "en", _quotes(TEXT))
    inside = _quotes(TEXT)
    assert list(people.mentions) == sorted(people.mentions)
    assert not any(start <= m < end for m in people.mentions for start, end in inside)
    assert people.persons["Clinton"].full == "Hillary Clinton" and people.persons["Clinton"].gender == "f"
    assert people.persons["Sanders"].full == "Bernie Sanders"


def test_context_is_read_when_asked() -> None:
    people = People(TEXT, "en", _quotes(TEXT))
    person = people.persons["Obama"]
    assert person.unread and not person.words  # nothing read while indexing
    context = people.context(person)
    assert {"mr", "the", "president"} <= context and not person.unread  # the title, the appositive
    assert people.context(person) is context  # read once
    assert "sen" in people.context(people.persons["Sanders"])
    assert people.resolve_role(["president"], len(TEXT)) == "Obama"


def test_a_role_is_resolved_ahead_only_within_an_articles_length() -> None:
    """"The senator … Sen. Jane Doe said": the first fitting person named after the role, within
    :data:`role_holders._ROLE_AHEAD` characters (a collection's later article names other people)."""
    filler = "The weather stayed cold and the roads were closed for the whole week. " * 10
    near = "The senator arrived late. " + filler + "Sen. Jane Doe said it was cold."
    people = People(near, "en", [])
    assert people.resolve_role(["senator"], 5) == "Jane Doe"
    far = "The senator arrived late. " + filler * (_ROLE_AHEAD // len(filler) + 1) + "Sen. Jane Doe said it was cold."
    assert People(far, "en", []).resolve_role(["senator"], 5) is None


def test_core_is_cached_and_equal_to_the_split() -> None:
    people = People(TEXT, "en", [])
    tokens = ["Army", "Capt.", "Christian", "Pardo"]
    assert people.core(tokens) == _core(tokens)
    assert people.core(list(tokens)) is people.core(tokens)


@pytest.mark.parametrize("quoted", [
    "Make America Great Again",
    "Supercalifragilisticexpialidocious " * 4 + "Words",  # a few long words, past the prefix: still read whole
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve " * 3,
    "the " * 60,
    "Meet the Press" + " " * 300,
])
def test_is_title_reads_a_prefix_only_when_it_settles(quoted: str) -> None:
    stripped = quoted.strip().rstrip(",")
    words = _WORD.findall(stripped)
    expected = (not (stripped[-1:] in ".?!…" and not stripped.endswith("..."))) and 2 <= len(words) <= 10 and (
        all(w[:1].isupper() or w[:1].isdigit() or (n and w.lower() in ("a", "the", "of")) for n, w in enumerate(words))
        and sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= 2 and not stripped.isupper())
    assert is_title(quoted) == expected


def test_a_contracted_pronoun_is_no_name_core() -> None:
    # "I’ve said": capitalised before a cue verb, but never a person of the index. (A plural demonym by its
    # ending, "Americans", was tried and dropped: a later mention "Means said" of Russell Means lost its name.)
    assert _core(["I’ve"])[1] == [] and _core(["They're"])[1] == []
    assert _core(["Means"])[1] == ["Means"] and _core(["Ivan"])[1] == ["Ivan"]
    people = People("I’ve said it. “It comes across as too loud,” I’ve said.", "en", [])
    assert "I’ve" not in people.persons


def test_a_headline_gives_a_surname_and_the_text_the_full_name() -> None:
    """A headline capitalises every word: "Debating Clinton: …" names no "Debating Clinton"; the text's
    "Hillary Clinton" is the full name (it was not, being no longer than the headline's two words)."""
    text = "Debating Clinton: the hard part\n\nHillary Clinton is debating next week. Clinton said she would."
    people = People(text, "en", [], title_end=text.index("\n"))
    assert people.persons["Clinton"].full == "Hillary Clinton"
    alone = People("Understated Perez rises\n\nPerez said so.", "en", [], title_end=len("Understated Perez rises"))
    assert alone.persons["Perez"].full == "Perez"


def test_a_sentence_opening_word_the_text_writes_in_lower_case_is_no_first_name() -> None:
    """"Like Trump, Beck …": "like" is a preposition the article writes in lower case, so not Trump's first name;
    "Bill Clinton" keeps "Bill" (a first name is no participle, adverb or preposition, whatever the text says of
    bills)."""
    text = "He would. Like Trump said before, taxes are high. I like it.\n\nBill Clinton said the bill was fine."
    from reader.quotes.names import lower_case_words

    people = People(text, "en", [], lowered=lower_case_words(text))
    assert people.persons["Trump"].full == "Trump"
    assert people.persons["Clinton"].full == "Bill Clinton"
