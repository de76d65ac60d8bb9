"""English shapes an eleventh review set showed wrong (issue 11, part 20): "the company" standing for the
business named before it, a role whose own sentence shows whom a later pronoun stands for, a role the article
says it will not name. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations


def speakers(body: str) -> dict[str, str | None]:
    document = Document.from_text("A headline\n\n" + body + "\n")
    return {q.text.rstrip(",."): q.speaker_full for q in find_quotations(document)}


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        ("The online bank Pennywell said on Thursday that hackers had got in. “We take security seriously,” the "
         "company said in a statement.", "We take security seriously", "Pennywell"),
        ("The manufacturer of the herbicide, Agrinova, rejected the study. “This is a single study,” the company "
         "said.", "This is a single study", "Agrinova"),
        ("Agrinova, a seed company that sells herbicides, rejected the study. “This is a single study,” the firm "
         "said.", "This is a single study", "Agrinova"),
        # another kind of business, or a clause that only looks like an apposition: as written
        ("The manufacturer of the herbicide, Agrinova, rejected the study. Harborough Town sacked its manager. The "
         "club said it had “taken the difficult decision.”", "taken the difficult decision", "Harborough Town"),
        # (part 23: the club that opened a sentence, never the manufacturer)
        ("Residents of flood-ravaged Louisiana, a Baton Rouge newspaper reported, were angry. “It is a disgrace,” the "
         "newspaper said.", "It is a disgrace", "the newspaper"),
    ],
)
def test_a_business_named_before_its_noun(body: str, quoted: str, speaker: str) -> None:
    assert speakers(body)[quoted] == speaker


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        ("Hannah Brewer, the union's regional secretary, dismissed that. One nurse on the picket line, who asked not "
         "to be named because she feared retaliation, described a night shift. “I went home and cried in the car,” "
         "she said.", "I went home and cried in the car", "One nurse"),
        ("Amira Haddad of the think tank Future Power spoke first. At the village pub, the landlord, who asked not to "
         "be identified, said he had stopped serving drinks. “I told them: take it outside,” he said.",
         "I told them: take it outside", "the landlord"),
        ("One of the men, Jessie Elkins, 70, had served in Vietnam. The other man, his cousin James York, 40, cited "
         "the president's temper. “He's talking too much trash,” he said.", "He's talking too much trash",
         "James York"),
        # a role that is someone's attribute, or an opening phrase that names someone: the pronoun's usual reading
        ("Among them was Emily Carter, a high school junior from Leon County, who said she had read the books. "
         "“Those books got me through ninth grade,” she said.", "Those books got me through ninth grade",
         "Emily Carter"),
    ],
)
def test_a_role_whose_sentence_shows_the_pronouns_gender(body: str, quoted: str, speaker: str) -> None:
    """"One nurse …, who asked not to be named because she feared retaliation, described …. “…,” she said.": the
    nurse, not the woman named before (a pronoun of that gender in the role's own sentence, no one of that gender
    named between)."""
    assert speakers(body)[quoted] == speaker


def test_a_role_of_no_gender_alone_still_reads_as_before() -> None:
    """A role with no pronoun in its own sentence says nothing of the gender: "she" stays the woman named."""
    body = ("Hannah Brewer, the union's secretary, spoke first. One nurse on the picket line described a night "
            "shift. “It was hard,” she said.")
    assert speakers(body)["It was hard"] == "Hannah Brewer"


def test_an_opening_participle_of_an_irregular_verb() -> None:
    """"Born in New Orleans in 1936, Baptiste began …": the subject after the participle's phrase, so the next
    sentence's "he" is Baptiste, not the trumpeter named at the end of the sentence."""
    body = ("The saxophonist Lionel Baptiste has died.\n\nBorn in New Orleans in 1936, Baptiste began playing as a "
            "teenager and moved to Paris after touring with the trumpeter Ray Delmont. He never moved back.\n\n"
            "“America gave me the music,” he told an interviewer in 1998.")
    assert speakers(body)["America gave me the music"] == "Lionel Baptiste"


def test_more_given_names_tell_a_gender() -> None:
    """Part 20's given names: "Amira Haddad" is a woman, so "he" skips her."""
    from reader.quotes.given_names import given_gender

    assert [given_gender(name) for name in ("Amira", "Corinne", "Mehmet", "Giorgos")] == ["f", "f", "m", "m"]
    assert [given_gender(name) for name in ("Pearl", "Santiago", "Guadalupe", "Jamie")] == ["", "", "", ""]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("“We respect the right to protest,” said Chris Young, a spokesman for the company. “Deliveries continue,” "
         "the company said.", "Deliveries continue"),
        ("GM shares rose after comments by the company CEO, Mary Barra, on Tuesday. “We are on track,” the company "
         "said.", "We are on track"),
        ("Tesla shares fell. The carmaker Model Y sales slowed in China. “We are fine,” the company said.",
         "We are fine"),
        ("Apple reported record sales. Analysts at the bank Morgan Stanley were cautious. “Demand is strong,” the "
         "company said.", "Demand is strong"),
        ("Jones is a lawyer at the firm Ames & Cole in Boston. “We will appeal,” the company said.", "We will appeal"),
    ],
)
def test_no_business_is_read_from_a_complement_or_a_title(body: str, quoted: str) -> None:
    """A review of part 20: a spokesman for the company, the company's CEO, a product after the noun, a bank that
    is a complement ("Analysts at the bank …"): none is the business "the company" stands for."""
    assert speakers(body)[quoted] == "the company"


def test_a_business_named_before_an_amount() -> None:
    body = ("The European Commission fined U.S. cloud computing company Stratus Systems 1.1 billion euros on "
            "Thursday.\n\n“We strongly disagree,” the company said.")
    assert speakers(body)["We strongly disagree"] == "Stratus Systems"


def test_a_long_run_of_capitals_before_the_company_stays_linear() -> None:
    """A review of part 20: one pattern read every split of a run of capitals before each "the company" (1,150
    capitals and a quotation took 2.5 s; ten such took 24 s). Read around each noun instead."""
    from tests.unit.test_quotes_scaling import _cpu_seconds

    def text(letter: str) -> str:
        return "Headline\n\n" + (letter * 1150 + " “We are fine,” the company said.\n\n") * 4

    assert _cpu_seconds(text("A")) < 10 * _cpu_seconds(text("a")) + 0.05  # (as cheap as lower case, within noise)
