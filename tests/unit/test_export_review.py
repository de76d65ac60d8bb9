"""A new user's review of the exports and the command line: the Markdown export's citation line, ``--split`` file
names, and how highlights are shown outside the app (``reader search``, the Markdown export) against ``y``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.formats import ExportDocument
from reader.formats.markdown import citation, export_markdown
from reader.formats.split import MAX_STEM_CHARS, file_stem, write_split
from reader.sources import load_file
from tests.conftest import SEED

SEED_TITLE = "Belarus regime uses bogus NATO threat to justify violence against own people – Stoltenberg"
DOC = "sha256:" + "a" * 64


def seed_export(source: dict[str, str] | None = None) -> ExportDocument:
    document = load_file(SEED)
    document.finish_parsing()
    start = document.text.index("In NATO, we are following")
    end = document.text.index("” Stoltenberg stressed")
    annotation = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text,
        start=start, end=end, speaker="Jens Stoltenberg",
    )
    recorded = dict(document.info.provenance()) if source is None else source
    return ExportDocument(document.id, document.title, document.path, (annotation,), len(document.text), recorded)


def test_the_markdown_citation_line_does_not_repeat_the_title() -> None:
    """The review: ``Source: <the title> · <path>`` right under ``# <the title>``."""
    doc = seed_export()
    assert doc.title == SEED_TITLE
    md = export_markdown([doc])
    assert md.startswith(f"# {SEED_TITLE}\n\nSource: `{Path(SEED).resolve()}`\n")
    assert md.count("bogus NATO threat") == 1
    # a page's own title that the heading already says (case and spacing aside) is left out too ...
    page = {"kind": "html", "url": "https://example.org/s", "title": SEED_TITLE.upper(), "author": "A. Writer"}
    assert citation(seed_export(page)) == "Source: A. Writer · <https://example.org/s>"
    # ... and one that says something else is kept (an imported record's title may differ from the page's)
    page["title"] = "Stoltenberg: NATO is no threat"
    assert citation(seed_export(page)).startswith("Source: Stoltenberg: NATO is no threat · A. Writer · <")


def test_split_file_names_end_at_a_word() -> None:
    """The review: ``… against own people Sto.md``. A stem longer than the limit ends at a word's end."""
    assert file_stem(SEED_TITLE) == "Belarus regime uses bogus NATO threat to justify violence against own people"
    for title in ("word " * 40, "Ünïcödé wörds " * 20, "a" * 40 + " " + "b" * 60):
        stem = file_stem(title)
        assert len(stem) <= MAX_STEM_CHARS and title.startswith(stem) and title[len(stem)] == " ", stem
    assert file_stem("x" * 300) == "x" * MAX_STEM_CHARS  # one word longer than the limit: cut where it falls
    short = "a" * 10 + " " + "b" * 100  # a cut at the only space would keep too little: cut at the limit
    assert file_stem(short) == short[:MAX_STEM_CHARS]
    assert file_stem("A short title") == "A short title"


def test_split_export_writes_the_whole_word_name(tmp_path: Path) -> None:
    result = write_split(tmp_path / "vault", [seed_export()])
    assert result.written == [file_stem(SEED_TITLE) + ".md"]
    assert (tmp_path / "vault" / f"{file_stem(SEED_TITLE)}.md").read_text(encoding="utf-8").count("# Belarus") == 1


def test_a_stored_source_without_title_still_cites_its_file() -> None:
    doc = ExportDocument(DOC, "Notes", "/x/notes.txt", source={"kind": "text", "path": "/x/notes.txt"})
    assert citation(doc) == "Source: `/x/notes.txt`"
    assert citation(ExportDocument(DOC, "Piped", "")) == ""


def test_the_readme_json_example_is_what_an_export_writes(tmp_path: Path) -> None:
    """The README's example showed a ``title`` in a text document's ``source`` that no export writes (a new user's
    review): a plain-text file says nothing of itself but its kind and path. The example is checked against a
    real export of the same seed highlight: the same keys everywhere, the same source and values."""
    import json
    import re

    from reader.cli import main
    from reader.store import Store
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)\n```", readme, re.DOTALL).group(1))  # type: ignore[union-attr]
    doc = seed_export()
    db = tmp_path / "s.json"
    store = Store(db)
    store.remember_document(doc.id, path=doc.path, title=doc.title, source=load_file(SEED).info)
    store.add(doc.annotations[0])
    store.close()
    out = tmp_path / "out.json"
    assert main(["export", "--db", str(db), "-o", str(out)]) == 0
    real = json.loads(out.read_text(encoding="utf-8"))
    assert real.keys() == example.keys() and real["format"] == example["format"]
    assert real["version"] == example["version"]
    [shown], [written] = example["documents"], real["documents"]
    assert shown.keys() == written.keys() and shown["id"] == written["id"] and shown["title"] == written["title"]
    assert shown["source"].keys() == written["source"].keys() == {"kind", "path"}
    assert written["source"]["kind"] == shown["source"]["kind"] == "text"
    assert shown["annotations"][0].keys() == written["annotations"][0].keys()


PLAN = "Plan\n\n“It's a plan on paper,” said Ann Cole, a transit advocate.\n"


def test_reader_search_and_the_markdown_export_show_a_highlight_as_y_copies_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review: ``reader search`` showed ``“It's a plan on paper,”`` with its comma, `y` copied ``“It's a plan
    on paper”``. The command line and the Markdown export now clean the words as `y` does; the JSON export keeps
    the exact text (it is data: its offsets count it)."""
    from reader.citation import Passage, Source, plain_citation, shown_quote
    from reader.cli import main
    from reader.store import Store

    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    document = load_file(path)
    start = document.text.index("It's")
    end = document.text.index("” said")
    annotation = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text,
        start=start, end=end, speaker="Ann Cole",
    )
    assert annotation.text == "It's a plan on paper,"
    copied = plain_citation(Passage(annotation.text, "highlight", "Ann Cole"), Source("Plan")).text
    assert copied.startswith("“It's a plan on paper” — Ann Cole")
    assert shown_quote(annotation.text) == "“It's a plan on paper”"
    assert shown_quote("“In NATO, we said,” Stoltenberg") == "“In NATO, we said,” Stoltenberg"  # marks of its own
    assert shown_quote("a\x1b[2J b,\n c;") == "“a␛[2J b, c”"  # one line, safe, cleaned
    db = tmp_path / "s.json"
    store = Store(db)
    store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
    store.add(annotation)
    store.close()
    assert main(["search", "plan", "--db", str(db)]) == 0
    assert f"  {start}-{end}  “It's a plan on paper”  — Ann Cole" in capsys.readouterr().out
    assert main(["export", "--db", str(db), "-f", "markdown"]) == 0
    assert "\n> It's a plan on paper\n\n— Ann Cole\n" in capsys.readouterr().out
    assert main(["export", "--db", str(db)]) == 0
    assert '"text": "It\'s a plan on paper,"' in capsys.readouterr().out
