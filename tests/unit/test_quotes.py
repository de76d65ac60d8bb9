"""Quotation detection: typography, apostrophes, nesting, paragraphs, speakers, helpers, the seed, speed."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document
from reader.errors import ReaderError
from reader.quotes import Quotation, find_quotations, next_quotation, prev_quotation, quotation_at
from reader.quotes.cli import run_quotes, shorten

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED_GOLD = SHARED / "seeds" / "000_266185705caaaf8c.quotes.json"
SEED = REPO / "seeds" / "belarus-nato-stoltenberg.txt"


def quotes(text: str, markdown: bool = False) -> list[Quotation]:
    return find_quotations(Document.from_text(text, markdown=markdown))


def texts(text: str, markdown: bool = False) -> list[str]:
    return [q.text for q in quotes(text, markdown)]


# -- typography ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "quoted", "open_", "close"),
    [
        ("He said “we will win” today.", "we will win", "“", "”"),
        ("Er sagte „wir gewinnen“ heute.", "wir gewinnen", "„", "“"),
        ("Er sagte „wir gewinnen” heute.", "wir gewinnen", "„", "”"),
        ("Il a dit «nous gagnerons» hier.", "nous gagnerons", "«", "»"),
        ("Il a dit « nous gagnerons » hier.", "nous gagnerons", "«", "»"),
        ("Il a dit «\u00a0nous gagnerons\u00a0» hier.", "nous gagnerons", "«", "»"),
        ("Il a dit «\u202fnous gagnerons\u202f» hier.", "nous gagnerons", "«", "»"),
        ("Er sagte »wir gewinnen« heute.", "wir gewinnen", "»", "«"),
        ("Sie nannte es ‹Unsinn› heute.", "Unsinn", "‹", "›"),
        ("Er nannte es ‚Unsinn‘ heute.", "Unsinn", "‚", "‘"),
        ('He said "we will win" today.', "we will win", '"', '"'),
        ("He called it ‘nonsense’ today.", "nonsense", "‘", "’"),
        ("He called it 'nonsense' today.", "nonsense", "'", "'"),
    ],
)
def test_mark_styles(body: str, quoted: str, open_: str, close: str) -> None:
    text = "Title\n\n" + body + "\n"
    found = quotes(text)
    assert [(q.text, q.open, q.close) for q in found] == [(quoted, open_, close)]
    q = found[0]
    assert text[q.start : q.end] == quoted
    assert text[: q.start].rstrip(" \u00a0\u202f").endswith(open_)
    assert text[q.end :].lstrip(" \u00a0\u202f").startswith(close)


@pytest.mark.parametrize(
    "body",
    [
        "They won’t stop, it’s clear, and Belarus’ leaders know it.",
        "Back in ’91 they played rock ’n’ roll all night.",
        "The 1990s’ excesses and the players’ union were discussed.",
        "NATO refuted Alyaksandr Lukashenka‘s allegations on Monday.",
        "It's the BBC's view that the Joneses' house isn't ready.",
        "Back in '91 they played rock 'n' roll.",
    ],
)
def test_apostrophes_never_quote(body: str) -> None:
    assert quotes("Title\n\n" + body + "\n") == []


def test_apostrophes_inside_quotations_do_not_end_them() -> None:
    text = (
        "Title\n\nShe said ‘it’s Belarus’ future, not the 1990s’ past’ and left. "
        "“We won’t go back to ’91,” he said.\n"
    )
    assert texts(text) == ["it’s Belarus’ future, not the 1990s’ past", "We won’t go back to ’91,"]


def test_unbalanced_guillemet_closed_by_straight_quote() -> None:
    text = 'Titel\n\nFledermäuse fühlen sich in «anthropisierten Nischen" wohl. «Das Risiko ist hoch», schreiben sie.\n'
    assert texts(text) == ["anthropisierten Nischen", "Das Risiko ist hoch"]


def test_a_space_typed_before_the_closing_mark_still_closes() -> None:
    """"… doing this, " Trump said.": the mark has a space on both sides, but after a comma or a full stop it
    closes (it was neither, the quotation ran to the paragraph's end, "Trump said." in it, with no speaker)."""
    found = quotes('Title\n\nDonald Trump spoke.\n\n"It is a disgrace that he is doing this, " Trump said.\n')
    assert [(q.text, q.close, q.speaker_full) for q in found] == [
        ("It is a disgrace that he is doing this,", '"', "Donald Trump")
    ]


def test_a_line_opening_with_the_mark_of_a_quotation_left_open_goes_on_with_it() -> None:
    """Paragraphs pasted with one line break between them: a quotation left open at a line's end goes on when
    the next line opens with its mark, as across paragraphs (the second mark opened a nested quotation, and the
    line's own attribution went to the wrong one)."""
    text = ("Title\n\nJared Sexton studies politics.\n\n“Trump events are outlets for hatred.\n“There is another "
            "side,” Sexton said. “I don’t know if it was cathartic.”\n")
    found = quotes(text)
    assert [(q.text, q.speaker_full) for q in found] == [
        ("Trump events are outlets for hatred.\n“There is another side,", "Jared Sexton"),
        ("I don’t know if it was cathartic.", "Jared Sexton"),
    ]
    assert all(q.parent is None for q in found)


def test_unclosed_quotation_stops_at_its_paragraph() -> None:
    text = "Title\n\nHe said “this never closes and runs on.\n\nA new paragraph that is not quoted at all.\n\nMore.\n"
    found = quotes(text)
    assert [(q.text, q.close) for q in found] == [("this never closes and runs on.", "")]


def test_multi_paragraph_quotation_is_one() -> None:
    text = (
        "Title\n\nThe minister said: “First paragraph of the statement.\n\n"
        "“Second paragraph of it.\n\n“Third and last paragraph.”\n\nAfter it.\n"
    )
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert q.text.startswith("First paragraph") and q.text.endswith("Third and last paragraph.")
    assert (q.open, q.close) == ("“", "”")


def test_nested_quotation_stays_inside_its_parent() -> None:
    text = "Title\n\n“My father told me ‘we survived,’ and I believe it,” Montoya-Lewis said.\n"
    found = quotes(text)
    assert [q.text for q in found] == ["My father told me ‘we survived,’ and I believe it,", "we survived,"]
    parent, child = found
    assert not parent.nested and parent.parent is None
    assert child.nested and child.parent == 0
    assert parent.start < child.start < child.end < parent.end
    assert parent.speaker_full == "Montoya-Lewis"
    assert child.speaker_full == "My father"


def test_german_nested_titles() -> None:
    text = "Titel\n\n„Die Filme ‚Ödipussi‘ und ‚Pappa ante Portas‘ laufen ab Samstag“, sagt die Sprecherin.\n"
    found = quotes(text)
    assert [(q.text, q.nested) for q in found] == [
        ("Die Filme ‚Ödipussi‘ und ‚Pappa ante Portas‘ laufen ab Samstag", False),
        ("Ödipussi", True),
        ("Pappa ante Portas", True),
    ]
    assert [q.kind for q in found] == ["speech", "term", "term"]  # nobody is said to have said the titles
    assert [q.speaker for q in found[1:]] == [None, None]


def test_markdown_block_quote() -> None:
    text = "# Title\n\nShe wrote:\n\n> We are not going anywhere.\n> Not now, not ever.\n\nThe end.\n"
    found = quotes(text, markdown=True)
    assert len(found) == 1
    q = found[0]
    assert (q.open, q.close, q.kind) == (">", "", "speech")
    assert q.text == "We are not going anywhere.\nNot now, not ever."
    assert text[q.start - 2 : q.start] == "> "


def test_quotations_in_markdown_block_quotes_are_nested_in_them() -> None:
    text = ("# Title\n\n“Before,” Ann said.\n\n> He called it “a mess” and “a farce”.\n\n“Between,” Bo said.\n\n"
            "> Then “more”.\n\n“After,” Cy said.\n")
    found = quotes(text, markdown=True)
    shown = [(q.text, q.open, q.parent) for q in found]
    assert shown == [
        ("Before,", "“", None),
        ("He called it “a mess” and “a farce”.", ">", None),
        ("a mess", "“", 1),
        ("a farce", "“", 1),
        ("Between,", "“", None),
        ("Then “more”.", ">", None),
        ("more", "“", 5),
        ("After,", "“", None),
    ]


def test_title_quotation_counts() -> None:
    found = quotes("Obama admits US gun laws are his 'biggest frustration'\n\nPresident Barack Obama spoke.\n")
    assert [(q.text, q.kind, q.speaker_full, q.speaker) for q in found] == [
        ("biggest frustration", "phrase", "Barack Obama", "Obama")
    ]


# -- kinds ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Ann Lee spoke. She warned of “mass job cuts” in the sector.", "phrase"),
        ("Ann Lee spoke. She called it “distressing” on Monday.", "phrase"),
        ("The weather was “awful” all week.", "term"),
        ("He was a guest on “Meet the Press” on Sunday.", "title"),
        ("The crowd chanted “Make America Great Again” for an hour.", "title"),
        ("He stated that ‘Polish flags were being waved in Hrodna’, without proof.", "speech"),
        ("“I am a realist. They won’t give us a quiet life,” Lukashenka said.", "speech"),
        ("Die Doku „Loriot 100“ läuft heute.", "title"),  # a work named after its noun (was "term": no speaker either)
        ("Il a dit « si le public le veut » hier.", "speech"),
    ],
)
def test_kinds(body: str, kind: str) -> None:
    found = quotes("Title\n\n" + body + "\n")
    assert [q.kind for q in found] == [kind]


# -- speakers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("NATO Secretary General Jens Stoltenberg spoke.\n\n“We are watching,” he said.", "Jens Stoltenberg"),
        ("“We are watching,” said Stoltenberg.", "Stoltenberg"),
        ("“We are watching,” Stoltenberg stressed.", "Stoltenberg"),
        ("Stoltenberg said: “We are watching.”", "Stoltenberg"),
        ("White House press secretary Josh Earnest told reporters “it is serious” on Friday.", "Josh Earnest"),
        ("According to Stoltenberg, NATO calls on ‘the regime’ to stop.", "Stoltenberg"),
        ("Alyaksandr Lukashenka spoke in Minsk.\n\nThe Belarusian leader said “we will not give up”.",
         "Alyaksandr Lukashenka"),
        ("President Alyaksandr Lukashenka spoke.\n\nThe incumbent president believes there are ‘Western masterminds’.",
         "Alyaksandr Lukashenka"),
        ("The Lukashenka regime, via Lukashenka's press service, spoke.\n\n“We won,” Lukashenka is quoted by his press "
         "service as saying.", "Lukashenka"),
        ("«Wir sind bereit», sagte Scholz.", "Scholz"),
        ("„Wir sind bereit“, erklärte Olaf Scholz.", "Olaf Scholz"),
        ("Olaf Scholz betonte: „Wir sind bereit.“", "Olaf Scholz"),
        # the agent of a participle before the words, not the sentence's subject
        ("Der Regisseur Stefan Lukschy erinnert sich an Vicco von Bülow. Lukschy verrät, dass der von Vicco von "
         "Bülow als Opa Hoppenstedt gequengelte Ausspruch „Früher war mehr Lametta“ anders lautete.",
         "Vicco von Bülow"),
        ("Kanzlerin Angela Merkel sprach 2015 in Berlin. Seitdem, schreibt Müller, wird die von Merkel geprägte "
         "Formel „Wir schaffen das“ oft zitiert.", "Angela Merkel"),
        ("Der Sprecher sagte, die von Angela Merkel geprägte Formel „Wir schaffen das“ bleibe.", "Angela Merkel"),
        ("Der Virologe Christian Drosten sprach.\n\n«Das Risiko ist hoch», sagt der Virologe.", "Christian Drosten"),
        ("Le ministre Roman Prymula parlait.\n\n« Je ne démissionne pas », a-t-il dit.", "Roman Prymula"),
        ("« Je ne démissionne pas », a déclaré Roman Prymula.", "Roman Prymula"),
        ("Selon Roman Prymula, la règle est « impardonnable ».", "Roman Prymula"),
        ("At a press conference, a reporter asked Smith, “What is next?”", "a reporter"),
    ],
)
def test_speaker_patterns(body: str, speaker: str) -> None:
    found = quotes("Title\n\n" + body + "\n")
    assert found, body
    assert found[-1].speaker_full == speaker


def test_pronoun_prefers_matching_gender_and_none_when_nothing_fits() -> None:
    text = "Title\n\nMrs Jane Doe met Mr John Roe.\n\n“It went well,” he said.\n"
    assert quotes(text)[0].speaker_full == "John Roe"
    assert quotes("Title\n\n“It went well,” someone whispered to nobody.\n")[0].speaker is None
    assert quotes("Title\n\nThe weather was “awful” all week.\n")[0].speaker is None


def test_continuation_and_standalone_paragraphs() -> None:
    text = (
        "Title\n\n“The first part,” said Martin Indyk. “The second part.”\n\n"
        "“A paragraph of its own with no attribution.”\n"
    )
    assert [q.speaker_full for q in quotes(text)] == ["Martin Indyk"] * 3


def test_embedded_post_signature() -> None:
    text = (
        "Title\n\nHe tweeted about it:\n\nHonored to be here today. What a ceremony.\n\n"
        "— Seth Goldstein (@Rabbi_360) January 7, 2020\n"
    )
    found = quotes(text)
    assert [(q.text, q.open, q.close, q.speaker_full) for q in found] == [
        ("Honored to be here today. What a ceremony.", "", "", "Seth Goldstein")
    ]


# -- the seed ------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"seed gold file not found at {SEED_GOLD} (../shared absent)")
def test_seed_matches_gold_exactly() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["quotes"]
    found = find_quotations(Document.from_text(SEED.read_text(encoding="utf-8")))
    assert [(q.start, q.end, q.open, q.close, q.kind) for q in found] == [
        (g["start"], g["end"], g["open"], g["close"], g["kind"]) for g in gold
    ]
    # speaker is the name as the article cites the person (the gold form); speaker_full the fullest name.
    assert [q.speaker for q in found] == [g["speaker"] for g in gold]  # exactly, as the gold names them
    assert [q.text for q in found] == [g["text"] for g in gold]


# -- helpers -------------------------------------------------------------------------------------------------


def test_navigation_helpers() -> None:
    text = "Title\n\n“Outer ‘inner’ words,” he said. Then “second”.\n"
    found = quotes(text)
    outer, inner, second = found
    assert quotation_at(found, inner.start + 1) is inner
    assert quotation_at(found, outer.start) is outer
    assert quotation_at(found, inner.end + 2) is outer
    assert quotation_at(found, second.end + 1) is None
    assert quotation_at([], 3) is None
    assert next_quotation(found, 0) is outer
    assert next_quotation(found, outer.start) is inner
    assert next_quotation(found, second.start) is None
    assert prev_quotation(found, second.start) is inner
    assert prev_quotation(found, outer.start) is None


# -- properties ----------------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("ab Z.,:;\n\u00a0'\"“”„‚‘’«»‹›>-—") + ["\n\n", " he said", "’s", "s’ "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.booleans())
def test_any_text_gives_well_formed_quotations(body: str, markdown: bool) -> None:
    text = "T\n\n" + body
    found = find_quotations(Document.from_text(text, markdown=markdown))
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    for number, q in enumerate(found):
        assert 0 <= q.start < q.end <= len(text)
        if q.open:
            before = text[: q.start].rstrip()
            assert before.endswith(q.open), (text, q)
        if q.close:
            assert text[q.end :].lstrip().startswith(q.close), (text, q)
        if q.parent is not None:
            parent = found[q.parent]
            assert q.nested and q.parent < number
            assert parent.start <= q.start and q.end <= parent.end


def test_two_megabytes_all_found() -> None:
    paragraph = (
        "“We are following these developments very closely,” Stoltenberg said. The ‘regime’ disagreed, "
        "and Lukashenka‘s allies said it’s «absurd». Er sagte „nein“, a-t-il dit. He said \"never\" again.\n\n"
    )
    text = "Title\n\n" + paragraph * (2_000_000 // len(paragraph))
    found = find_quotations(Document.from_text(text))  # linear: speed is measured by benchmarks, not timed here
    assert len(found) == 5 * (2_000_000 // len(paragraph))


# -- CLI -----------------------------------------------------------------------------------------------------


def test_cli_lines_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\n“We won\x1b[2J,” said Ann Lee.\n", encoding="utf-8")
    assert run_quotes(argparse.Namespace(path=str(path), json=False)) == 0
    line = capsys.readouterr().out
    assert "speech  Ann Lee" in line and "\x1b" not in line
    assert run_quotes(argparse.Namespace(path=str(path), json=True)) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["speaker"] == "Lee" and rows[0]["speaker_full"] == "Ann Lee"
    assert rows[0]["open"] == "“" and rows[0]["close"] == "”"
    assert {"text", "start", "end", "kind", "speaker", "open", "close"} <= set(rows[0])
    with pytest.raises(ReaderError):
        run_quotes(argparse.Namespace(path=str(tmp_path / "missing.txt"), json=False))


def test_shorten() -> None:
    assert shorten("a  b\nc") == "a b c"
    long = "word " * 50
    assert len(shorten(long, 40)) == 40 and "…" in shorten(long, 40)


def test_core_modules_do_not_import_textual() -> None:
    code = "import sys, reader.quotes, reader.quotes.speakers, reader.quotes.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "body",
    [
        "Das von Christian Drosten geleitete „Institut für Virologie“ schweigt.",
        "Die von Karl Lauterbach eingesetzte „Expertenkommission“ tagt.",
        "„Wir kommen“",  # (nothing before the mark)
    ],
)
def test_a_participle_that_is_no_saying_gives_its_agent_no_words(body: str) -> None:
    """A review: "das von Drosten geleitete „Institut …“" is an institution's name, not Drosten's words."""
    assert [q.speaker for q in quotes("Titel\n\n" + body + "\n")] == [None]

