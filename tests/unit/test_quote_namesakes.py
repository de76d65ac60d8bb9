"""People who share a surname are told apart (reader.quotes.people): "Bill Clinton" is not "Hillary Clinton",
"Donald Trump Jr." is not "Donald Trump", and a bare surname names the right one of them by the rules the index
documents (the namesake named in full earlier in the paragraph, an honorific's gender, else the first named)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.names import _core, identity_of
from reader.quotes.people import People


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_full) for q in find_quotations(Document.from_text(text))]


def _people(text: str) -> People:
    return People(text, "en", [])


def test_a_generational_suffix_is_part_of_the_name_and_not_the_surname() -> None:
    assert _core(["Sen.", "Robert", "P.", "Casey", "Jr."]) == (["Sen."], ["Robert", "P.", "Casey", "Jr."])
    assert identity_of(["Sen."], ["Robert", "P.", "Casey", "Jr."]) == ("Casey", frozenset({"robert"}), "jr")
    assert identity_of([], ["Donald", "Trump"])[0] == "Trump"
    assert _core(["Jr."]) == (["Jr."], [])  # a suffix alone names nobody
    assert identity_of([], ["Donald", "Trump", "Jr."]) == ("Trump", frozenset({"donald"}), "jr")


def test_given_names_leave_out_initials_particles_possessives_and_titles() -> None:
    assert identity_of([], ["Donald", "J.", "Trump"]) == ("Trump", frozenset({"donald"}), "")
    # a core is cut at two words: the word before it is a given name too, unless it is a title
    assert identity_of(["Hillary"], ["Rodham", "Clinton"]) == ("Clinton", frozenset({"hillary", "rodham"}), "")
    assert identity_of(["Sen."], ["Bernie", "Sanders"]) == ("Sanders", frozenset({"bernie"}), "")
    assert identity_of([], ["Boston’s", "Walsh"]) == ("Walsh", frozenset(), "")
    assert identity_of(["House", "Speaker"], ["Paul", "Ryan"]) == ("Ryan", frozenset({"paul"}), "")


def test_a_middle_name_keeps_a_person_one_person_and_a_word_before_a_name_is_never_shown() -> None:
    people = _people("Hillary Rodham Clinton spoke. Later, Hillary Clinton said so. Comedian Sarah Silverman "
                     "laughed, and Bill Clinton left.")
    assert sorted(person.full for person in people.everyone) == ["Bill Clinton", "Hillary Rodham Clinton",
                                                                 "Sarah Silverman"]
    assert identity_of([], ["Clinton"]) == ("Clinton", frozenset(), "")


def test_two_people_of_one_surname_are_two_people() -> None:
    people = _people("Hillary Clinton spoke in Ohio. Her husband, Bill Clinton, spoke in Iowa.")
    assert sorted(person.full for person in people.everyone) == ["Bill Clinton", "Hillary Clinton"]
    assert [person.full for person in people.families["Clinton"]] == ["Hillary Clinton", "Bill Clinton"]


def test_a_namesake_named_in_full_gets_their_own_quotations() -> None:
    text = ("Clintons on the trail.\n\nHillary Clinton spoke in Ohio on Monday. Former President Bill Clinton "
            "campaigned in Iowa.\n\n“We need jobs,” Bill Clinton said in Des Moines.\n\n"
            "“We will win,” Hillary Clinton said in Columbus.")
    assert _speakers(text) == [("We need jobs,", "Bill Clinton", "Bill Clinton"),
                               ("We will win,", "Hillary Clinton", "Hillary Clinton")]


def test_a_bare_surname_is_the_namesake_named_earlier_in_its_paragraph_else_the_first_named() -> None:
    text = ("Family.\n\nDonald Trump held a rally in Ohio.\n\nHis son Eric Trump spoke first. “My father is a "
            "great man,” Trump said.\n\n“We will build the wall,” Trump said later.")
    assert _speakers(text) == [("My father is a great man,", "Eric Trump", "Eric Trump"),
                               ("We will build the wall,", "Donald Trump", "Donald Trump")]


def test_an_honorific_picks_the_namesake_of_its_gender() -> None:
    text = ("Clintons.\n\nBill Clinton spoke first. Hillary Clinton herself spoke next.\n\n"
            "“It is a great day,” Mrs. Clinton said.\n\n“She is ready,” Mr. Clinton said.")
    found = _speakers(text)
    assert [speaker_full for _, _, speaker_full in found] == ["Hillary Clinton", "Bill Clinton"]


def test_a_son_with_a_suffix_is_not_his_father_and_a_bare_surname_finds_a_suffixed_name() -> None:
    text = ("Sons.\n\nDonald Trump spoke on Monday. Sen. Robert P. Casey Jr. (D-Pa.) answered him, and Donald "
            "Trump Jr. answered Casey.\n\n“I am proud,” Donald Trump Jr. said.\n\n“He is wrong,” Casey said.\n\n"
            "“We disagree,” Donald Trump said.")
    assert [full for _, _, full in _speakers(text)] == ["Donald Trump Jr.", "Robert P. Casey Jr.", "Donald Trump"]


def test_a_word_opening_a_sentence_makes_no_namesake() -> None:
    # "like" need not be written in lower case anywhere in the article
    text = ("Sanctions.\n\nSen. Bob Corker of Tennessee wrote the bill.\n\nLike Corker, Menendez rejected the "
            "notion, arguing that there is “flexibility for the administration,” he said.")
    people = _people(text)
    assert [person.full for person in people.everyone if person.surname == "Corker"] == ["Bob Corker"]
    assert "Corker" not in people.families


def test_a_person_named_once_by_a_surname_alone_takes_the_given_name_met_later() -> None:
    people = _people("Clinton said so on Monday. Later, Hillary Clinton said it again. Then Clinton left.")
    assert [person.full for person in people.everyone] == ["Hillary Clinton"]


def test_a_headline_surname_then_a_suffixed_full_name_is_one_person() -> None:
    text = ("Biden Calls Trump a Risk\n\nVice President Joseph R. Biden Jr. spoke in Scranton on Monday.\n\n"
            "“He would be a danger,” Biden said.")
    assert [full for _, _, full in _speakers(text)] == ["Joseph R. Biden Jr."]
    people = _people("Biden spoke. Later, Joseph R. Biden Jr. spoke. Then Hunter Biden spoke. Biden left.")
    assert [person.full for person in people.families["Biden"]] == ["Joseph R. Biden Jr.", "Hunter Biden"]


def test_a_pronoun_takes_a_namesake_subject_of_its_sentence() -> None:
    from reader.quotes.speakers import Attributor

    text = ("Clintons.\n\nHillary Clinton spoke in Ohio.\n\nBill Clinton, who met President Donald Trump in 2005, "
            "says he liked him.")
    document = Document.from_text(text)
    attributor = Attributor(document, [], "en")
    assert attributor._antecedent(text.index(" he ") + 1, "m") == "Bill Clinton"


_GIVEN = ("Bill", "Hillary", "Chelsea", "Donald", "Eric", "Like", "Neither", "Robert P.")
_SURNAMES = ("Clinton", "Trump", "Casey")
_TITLES = ("", "Mr. ", "Mrs. ", "Sen. ", "Former President ")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TITLES), st.sampled_from(("",) + _GIVEN), st.sampled_from(_SURNAMES),
                          st.sampled_from(("", " Jr.", " Sr.")), st.sampled_from(("said", "spoke", "added"))),
                min_size=1, max_size=25),
       st.lists(st.booleans(), min_size=25, max_size=25))
def test_any_mix_of_namesakes_indexes_and_attributes(names: list[tuple[str, str, str, str, str]],
                                                    breaks: list[bool]) -> None:
    """Sentences naming people of a few shared surnames, with given names, suffixes, honorifics and words that
    open sentences, in any order: the index and the finder never fail, every mention names an indexed person,
    each family's people differ by given names or suffix, and every speaker is one of the article's people or
    a name as written."""
    parts = []
    for (title, first, surname, suffix, verb), new_paragraph in zip(names, breaks, strict=False):
        name = " ".join(part for part in (first, surname) if part) + suffix
        parts.append(f"{title}{name} {verb} “we will win.”" + ("\n\n" if new_paragraph else " "))
    text = "Title\n\n" + "".join(parts)
    people = _people(text)
    assert len(people.mention_people) == len(people.mentions)
    assert list(people.mentions) == sorted(people.mentions)
    everyone = set(map(id, people.everyone))
    assert all(id(person) in everyone for person in people.mention_people)
    for family in people.families.values():
        assert len(family) >= 2 and len({id(person) for person in family}) == len(family)
        for i, one in enumerate(family):
            for other in family[i + 1 :]:
                # two people of one surname and suffix have no given name in common (else they would be one)
                assert one.suffix != other.suffix or one.given.isdisjoint(other.given)
    fulls = {person.full for person in people.everyone}
    for quotation in find_quotations(Document.from_text(text)):
        assert quotation.speaker_full is None or quotation.speaker_full in fulls or quotation.speaker_full[:1].isupper()


def test_the_elder_or_the_younger_is_the_relative_not_the_subject() -> None:
    """"Sen. Ted Cruz … his father, Rafael Cruz … “…,” the elder Cruz told the crowd": the father (it had been the
    senator, the first Cruz named); a bare "Cruz" after stays the senator."""
    text = ("Title\n\nSen. Ted Cruz stood in the hall on Friday, and he brought along his father, Rafael Cruz, an "
            "evangelical preacher.\n\n\"My son is not running for himself,\" the elder Cruz told the crowd.\n\n"
            "\"We will win,\" Cruz said.")
    assert [q.speaker_full for q in find_quotations(Document.from_text(text))] == ["Rafael Cruz", "Ted Cruz"]


def test_the_elder_opening_a_sentence_heads_it_for_the_pronoun_after() -> None:
    """"The elder Marsh declined to comment. “…,” he said": "elder" is no verb, so the sentence's subject is read
    (it had ended the reading: "he" was then the last Marsh named)."""
    text = ("Title\n\nHelena Marsh testified on Tuesday.\n\nMarsh's father, former Ohio Gov. Richard Marsh, attended "
            "the hearing.\n\nThe elder Marsh declined to comment on the pricing. \"That is her business,\" he said.")
    assert [q.speaker_full for q in find_quotations(Document.from_text(text))] == ["Richard Marsh"]



def test_the_elder_is_whom_the_article_calls_a_parent_whichever_was_named_first() -> None:
    """"Tom Keane … his son, Jack Keane … the elder Keane admitted": the father, though named first (the kinship
    says so: "his son, Jack Keane"); "The Co Kilkenny trainer" is no person ("Co" opens an Irish county)."""
    text = ("Title\n\nIt was, Tom Keane said afterwards, “the day I have been dreaming about.”\n\nThe Co Kilkenny "
            "trainer watched from the stands as his son, Jack Keane, won the race.\n\n“I could not watch the last two "
            "fences,” the elder Keane admitted.\n\n“Dad told me not to rush,” the younger Keane said.")
    found = find_quotations(Document.from_text(text))
    assert [q.speaker_full for q in found] == ["Tom Keane", "Tom Keane", "Jack Keane"]
    assert all(q.speaker_full != "Co Kilkenny" for q in found)
