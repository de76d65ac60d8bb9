"""Front matter: the metadata block some Markdown files start with (Jekyll, Hugo, Pandoc, static-site tools).

A leading ``---`` ... ``---`` (or ``...``) block is YAML, a ``+++`` ... ``+++`` block TOML. Neither library is
used, and nothing is ever evaluated: lines are read as ``key: value`` / ``key = value`` with quoted values
(``'it''s'``, ``"a \\"b\\""``), inline lists (``[A, "B, C"]``), ``- A`` items under a key, a nested ``name:``
under a key and folded ``>``/``|`` values; a trailing `` # comment`` of a plain value is dropped. Only the keys a
reader shows are kept (title, author/authors, date, lang/language, url/canonical_url, description), each value
at most :data:`MAX_META_VALUE` characters, list items joined with ``", "``. A leading ``---`` block with a line
that is none of these is not front matter (it is a rule and a heading, as CommonMark reads it), and TOML tables
after the first ``[section]`` are not read.

Pure standard library.
"""

from __future__ import annotations

import re

MAX_FRONT_MATTER = 64 * 1024
"""Characters searched for the end of a front matter block (a real one is a few lines)."""
MAX_META_VALUE = 1000
"""Characters kept of one front matter value."""

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n")

_FIELDS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "date": "date",
    "lang": "language",
    "language": "language",
    "url": "url",
    "canonical_url": "url",
    "canonicalurl": "url",
    "canonical": "url",
    "description": "description",
}
_YAML_KEY = re.compile(r"^([A-Za-z_][\w\-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$")
_TOML_KEY = re.compile(r"^([A-Za-z_][\w\-]*)[ \t]*=[ \t]*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, the Markdown after the front matter); ({}, text) when there is none."""
    opening = _FRONT_MATTER.match(text)
    if opening is None:
        return {}, text
    fence = opening.group(1)
    closing = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$" if fence == "---" else r"^\+\+\+[ \t]*\r?$", re.MULTILINE)
    found = closing.search(text, opening.end(), min(len(text), opening.end() + MAX_FRONT_MATTER))
    if found is None:
        return {}, text
    lines = text[opening.end() : found.start()].replace("\r", "").split("\n")
    meta = _read_toml(lines) if fence == "+++" else _read_yaml(lines)
    if meta is None:
        return {}, text
    rest = text[found.end() :]
    return meta, rest[1:] if rest.startswith("\n") else rest


def _read_yaml(lines: list[str]) -> dict[str, str] | None:
    """Top-level ``key: value`` lines; None when a line is neither a key, an indented line, a list item nor a
    comment (then the block was not front matter)."""
    raw: dict[str, list[str]] = {}
    key = ""
    folded: list[str] | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" or stripped.startswith("- "):
            if not key:
                return None
            if folded is not None:
                folded[0] = f"{folded[0]} {stripped}"  # a folded (or literal) value is one text
            elif stripped.startswith("-"):
                raw.setdefault(key, []).append(_scalar(stripped[1:].strip()))
            else:
                nested = _YAML_KEY.match(stripped)
                if nested and nested.group(1).lower() == "name" and not raw.get(key):
                    raw[key] = [_scalar(nested.group(2) or "")]
            continue
        match = _YAML_KEY.match(line)
        if match is None:
            return None
        key, value = match.group(1).lower(), (match.group(2) or "").strip()
        folded = None
        if value[:1] in (">", "|") and len(value) <= 2:
            folded = raw[key] = [""]
        elif value:
            raw[key] = _values(value)
    return _pick(raw)


def _read_toml(lines: list[str]) -> dict[str, str] | None:
    """Top-level ``key = value`` lines (tables after the first ``[section]`` are not read)."""
    raw: dict[str, list[str]] = {}
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            break
        match = _TOML_KEY.match(stripped)
        if match is None:
            return None
        raw[match.group(1).lower()] = _values(match.group(2).strip())
    return _pick(raw)


def _pick(raw: dict[str, list[str]]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, values in raw.items():
        field = _FIELDS.get(key)
        text = ", ".join(v for v in (" ".join(value.split()) for value in values) if v)
        if field and text and field not in meta:
            meta[field] = text[:MAX_META_VALUE]
    return meta


def _values(value: str) -> list[str]:
    """A value as its items: ``[A, "B, C"]`` is two, anything else one."""
    if not (value.startswith("[") and "]" in value):
        return [_scalar(value)]
    inner = value[1 : value.rindex("]")]
    items: list[str] = []
    current: list[str] = []
    quote = ""
    escaped = False
    for char in inner:
        if quote:
            current.append(char)
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
            current.append(char)
        elif char == ",":
            items.append(_scalar("".join(current).strip()))
            current = []
        else:
            current.append(char)
    items.append(_scalar("".join(current).strip()))
    return [item for item in items if item]


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r"}


def _scalar(value: str) -> str:
    """A quoted or plain scalar's text (a trailing `` # comment`` of a plain one removed). Nothing evaluated."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value[1:-1])
    comment = re.search(r"[ \t]#", value)
    return (value[: comment.start()] if comment else value).strip()
