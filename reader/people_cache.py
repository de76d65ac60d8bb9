"""The files of the quotations cache (:mod:`reader.people_index` decides what goes in them and when).

``<cache root>/quotations/`` (the page cache's root: ``$READER_CACHE_DIR``, else platformdirs'
``user_cache_dir("reader")``) holds one entry file per document, ``<sha256 of the doc id>.json``: ``{"format",
"finder", "doc", "text", "quotations": [[start, end, text, name, short], ...]}``, and ``index.json``: ``{"format",
"finder", "docs": {doc id: {"text", "sig", "people": [[name, short, count], ...]}}}``.

Decisions: every file is read bounded and checked field by field, and anything unexpected (missing, too large,
not a regular file, not JSON, a wrong type, an offset out of order, a boolean for a number) is "no entry" -
re-made by the caller, never a crash. Files are written atomically (a temporary file in the same folder, then
``os.replace``) in a folder of mode 0700 (what a person reads is private), without fsync: a file torn by a crash
is only a cache miss. Pure standard library.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.bounded_read import read_regular_file

FORMAT = 1
"""The layout of the entry and index files (part of :data:`reader.people_index.FINDER_VERSION`)."""
MAX_INDEX_BYTES = 64 * 1024 * 1024
MAX_ENTRY_BYTES = 16 * 1024 * 1024
MAX_QUOTATIONS = 20_000
MAX_TEXT = 2_000
MAX_NAME = 200
MAX_INDEX_DOCUMENTS = 50_000
"""Documents the index keeps (it is shared by every store that uses this cache): past this, the items of
documents the current store does not list are dropped."""
INDEX_NAME = "index.json"


@dataclass(frozen=True, slots=True)
class Cited:
    """One attributed quotation as the cache keeps it: where it is, its text, who said it."""

    start: int
    end: int
    text: str
    name: str
    """The speaker's fullest name (``speaker_full``, else ``speaker``)."""
    short: str
    """The name as the article cites the speaker (``speaker``)."""


def cache_dir() -> Path:
    """``<cache root>/quotations``."""
    from reader.sources.page_cache import cache_root

    return cache_root() / "quotations"


def entry_name(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest() + ".json"


def write_json(path: Path, value: object) -> None:
    """``value`` as JSON into ``path`` atomically (temporary file + ``os.replace``); the folder is made 0700."""
    from reader.sources.page_cache import write_atomically

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_atomically(path, json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii"))


def read_json(path: Path, limit: int) -> object:
    """The JSON in ``path``, or None when it is missing, too large, not a regular file or not JSON."""
    try:
        return json.loads(read_regular_file(path, limit))
    except (OSError, ValueError, RecursionError):
        return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def _cited(item: object) -> Cited | None:
    if not isinstance(item, list) or len(item) != 5:
        return None
    start, end, text, name, short = item
    if not (_is_int(start) and _is_int(end) and start <= end):
        return None
    if not all(isinstance(v, str) for v in (text, name, short)) or not name.strip():
        return None
    return Cited(start, end, text[:MAX_TEXT], name[:MAX_NAME], short[:MAX_NAME])


def read_entry(root: Path, doc_id: str, finder: str | None) -> tuple[str, list[Cited]] | None:
    """(text id, quotations) of ``doc_id``'s entry, or None when it is missing, corrupt or of another finder
    (``finder`` None: of any finder)."""
    raw = read_json(root / entry_name(doc_id), MAX_ENTRY_BYTES)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or finder not in (None, raw.get("finder")):
        return None
    text_id, rows = raw.get("text"), raw.get("quotations")
    if raw.get("doc") != doc_id or not isinstance(text_id, str) or not isinstance(rows, list):
        return None
    if len(rows) > MAX_QUOTATIONS:
        return None
    found = [_cited(row) for row in rows]
    if any(c is None for c in found):
        return None
    return text_id, [c for c in found if c is not None]


def people_of(quotations: Iterable[Cited]) -> list[list[Any]]:
    """Per (name, short name): how many quotations, as the index keeps it."""
    counts = Counter((c.name, c.short) for c in quotations)
    return [[name, short, count] for (name, short), count in sorted(counts.items())]


def index_item(item: object) -> dict[str, Any] | None:
    """A checked index item ({"text", "sig", "people"}), or None."""
    if not isinstance(item, dict):
        return None
    text_id, sig, people = item.get("text"), item.get("sig"), item.get("people")
    if not isinstance(text_id, str) or not (sig is None or isinstance(sig, list)) or not isinstance(people, list):
        return None
    if len(people) > MAX_QUOTATIONS:
        return None
    for row in people:
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], str) and isinstance(row[1], str)
                and _is_int(row[2])):
            return None
    rows = [[full[:MAX_NAME], short[:MAX_NAME], count] for full, short, count in people]
    return {"text": text_id, "sig": sig, "people": rows}
