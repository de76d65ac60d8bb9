"""The `Q` list's columns and numbers: the kind and the quotation start in one column whatever the speakers'
names, a quotation with no speaker says "unattributed", and every count has thousands separators (as the top
bar's "match 1 of 2,427" has)."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from reader.people_index import Person
from reader.quotes import Quotation
from reader.ui.screens.people import person_entry
from reader.ui.screens.quotes import SPEAKER_CELLS, QuotesScreen, entry_parts, quote_entry


def quotation(speaker: str | None, kind: str = "speech", text: str = "We are running out of time") -> Quotation:
    return Quotation(0, len(text), "“", "”", kind, speaker, False, None, text)  # type: ignore[arg-type]


def test_the_kind_and_the_quotation_start_in_one_column_whatever_the_names() -> None:
    rows = [
        quote_entry(quotation(speaker, kind)).plain
        for speaker, kind in (("Amount", "speech"), ("Maria Lopez", "term"), (None, "title"),
                              ("Secretary-General of NATO Jens Stoltenberg", "phrase"), ("李克强", "speech"))
    ]
    kinds = {cell_len(row[: next(row.index(k) for k in ("speech", "phrase", "title", "term") if k in row)])
             for row in rows}
    quotes = {cell_len(row[: row.index("“")]) for row in rows}
    assert kinds == {SPEAKER_CELLS + 2} and len(quotes) == 1, rows
    assert rows[2].startswith("unattributed ")
    assert rows[3].startswith("Secretary-General of NA") and "…" in rows[3]  # cut to its column, marked


def test_unattributed_is_the_word_of_the_list() -> None:
    _indent, speaker, _kind, _quoted = entry_parts(quotation(None))
    assert speaker.rstrip() == "unattributed"


def test_counts_have_thousands_separators() -> None:
    many = [quotation("Ann Cole")] * 2916
    assert "found so far (2,916)" in QuotesScreen(many, None, progress=0.4)._title().plain
    assert "Quotations (2,916)" in QuotesScreen(many, None)._title().plain
    assert "2,430 quotations · 1,001 documents" in person_entry(Person("Ann Cole", 2430, 1001, "ann cole")).plain


async def test_the_list_draws_aligned_rows(tmp_path: Path) -> None:
    from reader.ui.screens.reading import ReadingScreen
    from tests.ui.support import opened_article, quotations_list, seed_app

    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await opened_article(pilot)
        assert isinstance(app.screen, ReadingScreen)
        listed = await quotations_list(pilot, app.screen)
        rows = [listed.list.render_line(y).text for y in range(min(5, listed.list.count))]
        starts = {row.index("speech") for row in rows if "speech" in row}
        assert len(starts) == 1, rows
