"""Search across documents (reader.search): the query language, the ranking and the grouping. Speed is measured
by benchmarks/search.py, not here."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotation import Annotation
from reader.search import DocumentInfo, SearchIndex, parse_query
from reader.session import matches_filter

DOCS = {
    "sha256:a": DocumentInfo("/news/nato.txt", "sha256:a", "NATO summit", "/news/nato.txt",
                             "2026-11-20T10:00:00+00:00"),
    "sha256:b": DocumentInfo("https://example.org/b", "sha256:b", "Farm report", "https://example.org/b",
                             "2026-11-24T10:00:00+00:00"),
    # An older version of the first file (its text changed): one group with it.
    "sha256:a0": DocumentInfo("/news/nato.txt", "sha256:a0", "NATO summit (draft)", "/news/nato.txt",
                              "2026-10-01T10:00:00+00:00"),
}  # fmt: skip


def note(doc_id: str, text: str, *, created: str = "2026-11-20T10:00:00+00:00", **fields: Any) -> Annotation:
    info = DOCS.get(doc_id)
    return Annotation(
        id=f"{doc_id}-{text[:12]}-{created}",
        doc_id=doc_id,
        path=info.source if info else "/elsewhere/orphan.txt",
        title=info.title if info else "An imported article",
        start=0,
        end=len(text),
        text=text,
        created=created,
        updated=created,
        **fields,
    )


ANNOTATIONS = [
    note("sha256:a", "The alliance will not be drawn in", speaker="Jens Stoltenberg", tags=("nato",), color="green"),
    note("sha256:a", "Borders were reinforced", note="check the alliance figures", created="2026-11-21T10:00:00+00:00"),
    note("sha256:a", "A line about bridges", tags=("alliance",)),
    note("sha256:a0", "The alliance met in the draft", created="2026-10-01T10:00:00+00:00"),
    note("sha256:b", "Farmers asked about the gauges", speaker="Mayor Holt", color="blue", note="follow up"),
    note("sha256:b", "The gauges were moved", tags=("water", "nato")),
    note("sha256:z", "A highlight whose document has no record", tags=("orphan",)),
]


def index() -> SearchIndex:
    return SearchIndex(ANNOTATIONS, DOCS)


def texts(query: str) -> list[list[str]]:
    return [[hit.annotation.text for hit in group.hits] for group in index().search(query).groups]


# -- the query language ------------------------------------------------------------------------------------------


def test_parse_reuses_the_panel_parser_and_takes_doc_words_out() -> None:
    parsed = parse_query("Alliance #NATO color:green has:note by:Holt doc:Summit\x1b[31m")
    assert parsed.terms == [("text", "alliance"), ("tag", "nato"), ("color", "green"), ("has", "note"),
                            ("by", "holt"), ("text", "[31m")]  # fmt: skip
    assert parsed.doc_words == ["summit"]
    assert parse_query("   ").empty and parse_query("doc:").terms == [("text", "doc:")]


def test_an_empty_query_matches_nothing() -> None:
    assert index().search("").total == 0 and index().search("  ").groups == []


def test_every_word_must_match_in_some_field() -> None:
    assert texts("alliance reinforced") == [["Borders were reinforced"]]  # one in the text, one in the note
    assert texts("alliance nothinglikethis") == []


def test_filters() -> None:
    assert texts("#nato") == [["The gauges were moved"], ["The alliance will not be drawn in"]]  # newer first
    assert texts("#NATO color:blue") == []
    assert texts("color:blue") == [["Farmers asked about the gauges"]]
    assert texts("has:note") == [["Farmers asked about the gauges"], ["Borders were reinforced"]]
    assert texts("has:tags #orphan") == [["A highlight whose document has no record"]]
    assert texts("by:stolten") == [["The alliance will not be drawn in"]]
    assert texts("by:holt gauges") == [["Farmers asked about the gauges"]]


def test_doc_word_matches_the_title_or_the_source() -> None:
    assert texts("doc:farm") == [["Farmers asked about the gauges", "The gauges were moved"]]
    assert [g.document.title for g in index().search("doc:example.org gauges").groups] == ["Farm report"]
    assert index().search("doc:nowhere").total == 0
    assert texts("doc:imported") == [["A highlight whose document has no record"]]  # titled by its annotation


# -- ranking and grouping ---------------------------------------------------------------------------------------


def test_text_and_speaker_rank_above_note_above_tags() -> None:
    hits = index().search("alliance").groups[0].hits
    assert [hit.annotation.text for hit in hits] == [
        "The alliance will not be drawn in",  # in the text
        "The alliance met in the draft",  # in the text too, but older: equal scores, the most recent first
        "Borders were reinforced",  # in the note
        "A line about bridges",  # in a tag
    ]
    assert [hit.fields for hit in hits] == [("text",), ("text",), ("note",), ("tags",)]
    assert [hit.score for hit in hits] == [3, 3, 2, 1]
    assert index().search("stoltenberg").groups[0].hits[0].fields == ("speaker",)


def test_versions_of_one_file_are_one_group_named_by_the_newest() -> None:
    results = index().search("alliance")
    assert len(results) == 1 and results.count(0) == 4
    assert results.document(0).title == "NATO summit" and results.document(0).key == "/news/nato.txt"


def test_groups_ordered_by_best_score_then_matches_then_recency() -> None:
    results = index().search("gauges")  # both in Farm report (text): one group
    assert [g.document.title for g in results.groups] == ["Farm report"]
    results = index().search("the")  # text matches in both documents
    titles = [g.document.title for g in results.groups]
    assert titles[0] == "NATO summit"  # 2 text matches against 2: more matches... then the newer document
    results = index().search("#nato")  # filters only: no score; one match each: the newer document first
    assert [g.document.title for g in results.groups] == ["Farm report", "NATO summit"]


def test_total_counts_every_match_and_hits_can_be_limited() -> None:
    results = index().search("the")
    assert results.total == sum(results.count(n) for n in range(len(results)))
    assert len(results.hits(0, limit=1)) == 1


ALPHABET = st.sampled_from(["alliance", "the", "gauges", "#nato", "has:note", "by:holt", "color:green", "x"])


@settings(max_examples=60, deadline=None)
@given(st.lists(ALPHABET, max_size=4))
def test_the_index_agrees_with_the_panel_filter(words: list[str]) -> None:
    """Without doc: words, search finds exactly what the panel's filter keeps (the same parser, the same
    meaning), over every document."""
    query = " ".join(words)
    found = sorted(hit.annotation.id for group in index().search(query).groups for hit in group.hits)
    expected = sorted(a.id for a in ANNOTATIONS if matches_filter(a, query)) if query.strip() else []
    assert found == expected
