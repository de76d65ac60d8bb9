"""An interview printed as "Q:" and "A:" lines (reader.quotes.interviews): each line is a quotation of the
interviewer or of the interviewee, without its label. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Detection, Quotation, find_quotations

INTRO = ("Iowa governor wants Trump to earn unity\n\n"
         "Iowa Gov. Ellen Brandvold said Tuesday she is not ready to endorse Donald Trump.\n\n"
         "In an interview with The Associated Press, the second-term Republican said she would vote for the nominee. "
         "Party chairman Jeff Kaufmann said she would come around.\n\n"
         "Brandvold also discussed the state budget. Excerpts of the interview:\n\n")
TURNS = ("Q: Will you campaign with him?\n\n"
         "A: That depends on him. I would like to hear him talk about trade.\n\n"
         "Q: Would you accept the nomination for vice president?\n\n"
         "A: He is not going to ask, and I have got a job I love right here.\n\n")


def found(text: str) -> list[Quotation]:
    return find_quotations(Document.from_text(text))


def turns(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:12], q.speaker_full) for q in found(text) if q.open == "" and not q.nested]


def test_questions_are_the_outlets_and_answers_the_interviewees_without_their_labels() -> None:
    assert turns(INTRO + TURNS + "The governor's term ends in 2019.") == [
        ("Will you cam", "The Associated Press"), ("That depends", "Ellen Brandvold"),
        ("Would you ac", "The Associated Press"), ("He is not go", "Ellen Brandvold"),
    ]


@pytest.mark.parametrize(
    ("intro", "asker", "answerer"),
    [
        # told: the told is the interviewer, the subject the interviewee
        ("Sen. Jane Doe spoke on Monday. Doe told CNN in an interview that the bill would fail:\n\n", "CNN",
         "Jane Doe"),
        # a person after "interview with" is the interviewee, though the paragraph before names someone else
        ("Mayor John Smith praised the plan on Monday.\n\nWe spoke in an interview with Sen. Jane Doe about the "
         "bill:\n\n", None, "Jane Doe"),
        # no outlet named: the question is nobody's; the answer is the person the article is about
        ("Sen. Jane Doe has led the fight over the bill. Doe said it would fail.\n\nThe conversation was edited "
         "for length:\n\n", None, "Jane Doe"),
    ],
)
def test_the_introduction_names_the_interviewer_and_the_interviewee(intro: str, asker: str | None,
                                                                    answerer: str) -> None:
    text = ("Title\n\n" + intro + "Q: Will the bill pass this year?\n\nA: No. I have counted the votes and it "
            "will not.\n\nQ: Why not?\n\nA: Too many of my colleagues are afraid of the vote.")
    assert [speaker for _, speaker in turns(text)] == [asker, answerer, asker, answerer]


@pytest.mark.parametrize("labels", [("Q. ", "A. "), ("Question: ", "Answer: "), ("Q : ", "A : ")])
def test_other_ways_of_writing_the_labels(labels: tuple[str, str]) -> None:
    text = INTRO + TURNS.replace("Q: ", labels[0]).replace("A: ", labels[1])
    assert [speaker for _, speaker in turns(text)] == ["The Associated Press", "Ellen Brandvold"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # an answer with no question near it: a list item or a heading, not an interview
        INTRO + "A: That depends on him. I would like to hear him talk about trade.\n\nThe budget is due.",
        INTRO + "Q: Will you campaign with him?\n\nThe budget is due in March.\n\nIt is late.\n\nIt was late "
                "last year.\n\nA: That depends on him, she said later.",
        # a label inside a paragraph, not opening it
        INTRO + "She was asked: Q: will you campaign? A: That depends on him.",
    ],
)
def test_a_label_outside_a_run_of_turns_is_no_quotation(text: str) -> None:
    assert turns(text) == []


def test_an_answer_holds_the_quotations_it_quotes_as_nested_ones() -> None:
    text = INTRO + ("Q: Have you talked to him?\n\nA: We have spoken once. He said, “Ellen, we are going to win "
                    "Iowa big.” I said I hoped so.\n\nQ: Will you campaign with him?\n\nA: That depends on him.")
    quotations = found(text)
    answer = next(q for q in quotations if q.text.startswith("We have spoken"))
    inner = next(q for q in quotations if q.text.startswith("Ellen, we"))
    assert answer.speaker_full == "Ellen Brandvold" and answer.text.endswith("I said I hoped so.")
    assert inner.nested and quotations[inner.parent or 0] is answer
    assert inner.speaker_full != "Ellen Brandvold"  # "He said": never the answerer's own words


def test_a_quotation_running_past_the_line_keeps_the_line_out_of_the_turns() -> None:
    text = INTRO + ("Q: What did he say?\n\nA: He said “We will win Iowa.\n\n“And then the nation,” and left.\n\n"
                    "Q: And you?\n\nA: I smiled.")
    assert [t for t, _ in turns(text)] == ["What did he ", "And you?", "I smiled."]


def test_ranges_joined_are_the_whole_result_across_interviews() -> None:
    document = Document.from_text((INTRO + TURNS) * 6)
    whole = find_quotations(document)
    assert sum(q.open == "" for q in whole) == 24
    detection = Detection(document)
    assert [q for lo, hi in detection.ranges(1) for q in detection.attribute(lo, hi)] == whole


def test_the_person_the_interviewee_spoke_to_asks() -> None:
    """"She spoke to The Age’s books editor, Sarah Ng, by video": the questions are Ng's."""
    text = ("Title\n\nPriya Venkataraman’s third novel follows three generations of a family.\n\nVenkataraman, 44, "
            "lives in Melbourne. She spoke to The Age’s books editor, Sarah Ng, by video from London. The interview "
            "has been edited.\n\nQ: Congratulations. How has the last month been?\n\nA: Strange. Lovely, but "
            "strange.\n\nQ: Why Lumut?\n\nA: Because my grandmother ran a guest house there.")
    assert [speaker for _, speaker in turns(text)] == ["Sarah Ng", "Priya Venkataraman"] * 2


def test_a_transcripts_role_label_is_the_role_as_written() -> None:
    """"REPORTER: …" names no one: the line is a reporter's (it was no quotation at all)."""
    text = ("Title\n\nMayor Teresa Alvarado and Director Gary Whitmore held a news conference.\n\nWHITMORE: The pipe "
            "has been removed. We have the replacement on site.\n\nREPORTER: So when can people drink the water?\n\n"
            "WHITMORE: Sunday at the earliest.")
    found = [(q.text[:14], q.speaker_full) for q in find_quotations(Document.from_text(text))]
    assert found == [("WHITMORE: The ", "Gary Whitmore"), ("REPORTER: So w", "a reporter"),
                     ("WHITMORE: Sund", "Gary Whitmore")]


@pytest.mark.parametrize(
    "aside",
    [
        "Brandvold said she told Donald Trump last year that the tariffs hurt farmers.",  # a person told something
        "She repeated what she told Tuesday's crowd.",  # a possessive after "told"
    ],
)
def test_someone_merely_told_something_is_not_the_interviewer(aside: str) -> None:
    """A review of part 17: the introduction's last "told X" had made X ("Trump", "Tuesday's") ask the questions;
    the outlet named for the interview asks them."""
    text = ("Governor interview\n\nIowa Gov. Ellen Brandvold sat for an interview with The Associated Press on "
            f"Tuesday.\n\n{aside}\n\nQ: Do you regret that call?\n\nA: No. I would make it again.\n\n"
            "Q: Why?\n\nA: Because it was right.")
    assert [speaker for _, speaker in turns(text)] == ["The Associated Press", "Ellen Brandvold"] * 2
