"""Block quotations without marks (reader.quotes.unmarked): a first-person paragraph is someone's words only when
the paragraph before introduces it (a colon, or speech reported with "said" and no marks), and a post signed
"— Name (@handle)" is that name's. Short examples written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import Document
from reader.quotes import find_quotations

SPEECH = "I have said it before and I will say it again: my country comes first, and we will not back down."


def blocks(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker_full) for q in find_quotations(Document.from_text(text)) if q.open == ""]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Gov. Rick Perry spoke in Houston on Monday. In a speech last July, he said:", "Rick Perry"),
        ("Gov. Rick Perry spoke in Houston on Monday. Perry said the deal was a mistake and the state would "
         "fight it.", "Rick Perry"),  # speech reported without marks: a transcript follows
    ],
)
def test_a_first_person_paragraph_after_an_introduction_is_a_block_quotation(before: str, speaker: str) -> None:
    assert blocks("Title\n\n" + before + "\n\n" + SPEECH + "\n\nThe vote is on Friday.") == [(SPEECH[:20], speaker)]


@pytest.mark.parametrize(
    "before",
    [
        # narration: a column's or a story's own first person is nobody's quotation
        "Gov. Rick Perry spoke in Houston on Monday. The crowd was small and the hall was cold.",
        # a paragraph that quotes someone has said what it reports; the next one is the writer's again
        "Gov. Rick Perry spoke in Houston on Monday. “The deal is a mistake,” Perry said.",
        "Gov. Rick Perry spoke in Houston on Monday. ''The deal is a mistake,'' Perry said.",
        # a saying verb that is no report ("saying what he believed") does not introduce one
        "Gov. Rick Perry spoke in Houston on Monday, saying what he believed, as people told him not to.",
    ],
)
def test_a_first_person_paragraph_without_an_introduction_is_no_quotation(before: str) -> None:
    assert blocks("Title\n\n" + before + "\n\n" + SPEECH + "\n\nThe vote is on Friday.") == []


def test_a_signed_post_is_its_signers() -> None:
    text = ("Title\n\nThe club posted a message on Sunday.\n\nWhat a win today, thanks to every fan who came.\n\n"
            "— West Ham United (@WestHam) May 3, 2021\n\nThe season ends next week.")
    assert blocks(text) == [("What a win today, th", "West Ham United")]


def test_a_transcripts_labelled_line_is_its_speakers() -> None:
    text = ("Title\n\nSenator Jane Doe spoke to reporters on Monday.\n\nDOE: We will vote against it. I have told my "
            "colleagues that we cannot support it.\n\nThe vote is on Friday.")
    assert blocks(text) == [("DOE: We will vote ag", "Jane Doe")]


def test_a_paragraph_quoting_in_single_marks_introduces_nothing() -> None:
    text = ("Title\n\nThe minister said the plan was ‘dead’ and walked out.\n\n" + SPEECH + "\n\nThe vote is on "
            "Friday.")
    assert blocks(text) == []


def test_a_transcripts_lines_follow_each_other() -> None:
    text = ("Title\n\nSenator Jane Doe and Mayor John Smith debated on Monday.\n\nDOE: We will vote against it. I "
            "have told my colleagues.\n\nSMITH: I disagree. We need this bill.\n\nDOE: The answer is still no.\n\n"
            "The vote is on Friday.")
    assert [speaker for _, speaker in blocks(text)] == ["Jane Doe", "John Smith", "Jane Doe"]


@pytest.mark.parametrize("label", ["WASHINGTON", "NEW YORK", "ANALYSIS", "MONDAY", "WHY IT MATTERS", "UPDATE"])
def test_a_dateline_or_a_sections_label_is_no_speaker(label: str) -> None:
    text = (f"Title\n\nSenator Jane Doe spoke on Monday.\n\n{label}: I think we will see a long fight. My view is "
            "that it fails.\n\nThe vote is on Friday. The bill has support. The senate meets then.")
    assert blocks(text) == []


def test_a_first_person_narrator_is_judged_where_the_paragraph_stands() -> None:
    """A long collection: a first-person column, then a news story. The column's own first person makes its
    introduced paragraph the writer's; the story's block quotation, hundreds of blocks later, is still read."""
    column = "I walked to the market. My neighbours and I talked about our town and my plans for it.\n\n"
    news = "The council met on Tuesday. The budget passed by two votes.\n\n"
    text = ("Title\n\n" + column * 300 + "Gov. Rick Perry spoke in Houston. In a speech last July, he said:\n\n"
            + SPEECH + "\n\n" + news * 400 + "Gov. Rick Perry spoke in Houston. In a speech last July, he said:\n\n"
            + SPEECH + "\n\n" + news * 300)
    assert blocks(text) == [(SPEECH[:20], "Rick Perry")]
    found = [q for q in find_quotations(Document.from_text(text)) if q.open == ""]
    assert len(found) == 1 and found[0].start > text.index(news)


@pytest.mark.parametrize("repeat", [1, 150])
def test_a_short_documents_narrator_is_judged_over_the_whole_document(repeat: int) -> None:
    """An article of a few hundred blocks or fewer: the narrator's first person anywhere in it counts (as before
    the narrator was judged in stretches)."""
    column = "I walked to the market. My neighbours and I talked about our town and my plans for it.\n\n"
    text = ("Title\n\nGov. Rick Perry spoke in Houston. In a speech last July, he said:\n\n" + SPEECH + "\n\n"
            + "The council met on Tuesday. The budget passed.\n\n" * repeat + column * (repeat + 1))
    assert blocks(text) == []


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [("— Winston Churchill", "Winston Churchill"), ("-- Jane Doe, 1999", "Jane Doe"),
     ("– Winston Churchill", "Winston Churchill")],
)
def test_a_markdown_quotations_signature_line_is_its_speaker_not_a_quotation(
    signature: str, speaker: str, tmp_path: Path
) -> None:
    """"> …" then "> — Winston Churchill" (the shape `Y` copies): the last line names who said the quotation
    above it; it is no quotation of its own (a review found `reader quotes` listing "— Winston Churchill")."""
    from reader.sources import load_file

    path = tmp_path / "speech.md"
    path.write_text(f"# Speech\n\nThe war went on.\n\n> We shall fight on the beaches.\n>\n> {signature}\n\n"
                    "The end.\n", encoding="utf-8")
    found = find_quotations(load_file(path))
    assert [(q.text, q.speaker_full) for q in found] == [("We shall fight on the beaches.", speaker)]


@pytest.mark.parametrize(
    "lines",
    [
        ["My plan has three parts.", "– Cut property taxes by ten percent", "– Fix every pothole by 2026"],
        ["— Où vas-tu ?", "— Je pars demain.", "— Pour toujours ?"],  # dialogue with dashes
    ],
)
def test_a_dash_line_that_is_no_signature_stays_a_quotation(lines: list[str], tmp_path: Path) -> None:
    """A review's finding on the first version: any short line opening with a dash was a signature, so list
    items and dialogue lost their quotations and gave one of their lines as the speaker."""
    from reader.sources import load_file

    path = tmp_path / "lines.md"
    path.write_text("# Lines\n\nShe wrote:\n\n" + "\n>\n".join("> " + line for line in lines) + "\n\nThe end.\n",
                    encoding="utf-8")
    found = find_quotations(load_file(path))
    assert [q.text for q in found] == lines
    assert not {q.speaker_full for q in found} & {line.lstrip("–— ") for line in lines}  # no line is a speaker


def test_a_signature_is_the_last_line_only(tmp_path: Path) -> None:
    from reader.sources import load_file

    lines = ["We will win.", "— Winston Churchill", "More words after the name."]
    path = tmp_path / "lines.md"
    path.write_text("# Lines\n\n" + "\n>\n".join("> " + line for line in lines) + "\n", encoding="utf-8")
    assert [q.text for q in find_quotations(load_file(path))] == lines


def test_a_posts_signature_names_only_the_person(tmp_path: Path) -> None:
    from reader.sources import load_file

    path = tmp_path / "post.md"
    path.write_text("# Post\n\n> Shipping the new parser today.\n>\n> — Shay Friedman (@ironshay) August 22, 2016\n",
                    encoding="utf-8")
    assert [(q.text, q.speaker_full) for q in find_quotations(load_file(path))] == [
        ("Shipping the new parser today.", "Shay Friedman")]


@pytest.mark.parametrize("between", ["\n>\n", "\n"])
def test_a_signature_line_right_under_the_quotation_signs_it(between: str, tmp_path: Path) -> None:
    """"> The deal is dead.\n> — Maria Lopez", with no "> " line between (a soft break, which Markdown reads as a
    space): the signature is still its own line, and signs the quotation (a review found it glued into it)."""
    from reader.sources import load_file

    path = tmp_path / "signed.md"
    path.write_text(f"# Deal\n\n> The deal is dead.{between}> — Maria Lopez\n\nAfter.\n", encoding="utf-8")
    assert [(q.text, q.speaker_full) for q in find_quotations(load_file(path))] == [
        ("The deal is dead.", "Maria Lopez")]


@pytest.mark.parametrize("between", ["\n>\n", "\n"])
def test_a_dialogue_line_after_a_dash_is_no_signature(between: str, tmp_path: Path) -> None:
    """"— Non, je reste." under a quotation: a line of dialogue (a clause after the comma), nobody's signature."""
    from reader.sources import load_file

    path = tmp_path / "dialogue.md"
    path.write_text(f"# Dialogue\n\n> « Tu viens ? »{between}> — Non, je reste.\n", encoding="utf-8")
    assert {q.speaker_full for q in find_quotations(load_file(path))} == {None}


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # a wrapped sentence's dash is no signature line, and a signature's comma ends the name
        ("> We will not accept this deal, the letter says, and we\n> — all forty members — will vote against it.",
         [("We will not accept this deal, the letter says, and we — all forty members — will vote against it.",
           None)]),
        ("> There is no money left for the hospitals.\n> — Marco Rossi, Il Messaggero",
         [("There is no money left for the hospitals.", "Marco Rossi")]),
    ],
)
def test_a_soft_break_before_a_dash_splits_only_a_signature(quote: str, expected: list[tuple[str, str | None]],
                                                            tmp_path: Path) -> None:
    """A review: any dash line after a soft break was split off ("— all forty members …"), and a signature's
    newspaper after the comma joined the name ("Messaggero")."""
    from reader.sources import load_file

    path = tmp_path / "q.md"
    path.write_text(f"# T\n\nIntro.\n\n{quote}\n\nAfter.\n", encoding="utf-8")
    assert [(q.text, q.speaker_full) for q in find_quotations(load_file(path))] == expected
