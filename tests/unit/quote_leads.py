"""Shared by the French and German review tests (parts 20 and 21): a lead paragraph in each language, so the
detector reads the article as that language, and the quotations an article with a body after it gives."""

from __future__ import annotations

from reader.document import Document
from reader.quotes import find_quotations

FRENCH_LEAD = ("Paris. Le gouvernement a présenté lundi un nouveau projet de réforme des retraites. Il doit "
               "stabiliser les cotisations jusqu'en 2030.")
GERMAN_LEAD = ("Berlin. Die Bundesregierung hat am Montag ein neues Rentenpaket vorgestellt. Es soll die Beiträge "
               "bis zum Jahr 2030 stabil halten.")


def found(lead: str, body: str) -> dict[str, tuple[str | None, str | None, str]]:
    """Each quotation's text → (speaker, full speaker, kind), in an article of a title, ``lead`` and ``body``."""
    document = Document.from_text("Titel der Sache\n\n" + lead + "\n\n" + body + "\n")
    return {q.text: (q.speaker, q.speaker_full, q.kind) for q in find_quotations(document)}


def speaker_of(lead: str, body: str, quoted: str) -> str | None:
    """The full speaker of the quotation whose text starts with ``quoted``."""
    quotations = found(lead, body)
    match = next(text for text in quotations if text.startswith(quoted))
    return quotations[match][1]


def speakers_by_opening(text: str) -> dict[str, str | None]:
    """Each quotation's first twenty characters → its full speaker, in the whole article ``text``."""
    return {q.text[:20]: q.speaker_full for q in find_quotations(Document.from_text(text))}

