""":func:`reader.formats.json_text.terminal_safe` (lines screened at C speed, the exact rule on suspect lines
only) gives exactly the text of the whole-text pass it replaced, kept here as the oracle."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.formats.json_text import _escape, terminal_safe
from reader.sanitize import INVISIBLE, MAX_COMBINING, unsafe_spans


def old_terminal_safe(json_text: str) -> str:
    """The former implementation: one :func:`unsafe_spans` pass over the whole text."""
    if json_text.isascii() and "\x7f" not in json_text:
        return json_text
    parts: list[str] = []
    last = 0
    for start, end in unsafe_spans(json_text):
        found = json_text[start:end]
        if found[0] < " ":
            continue
        parts.append(json_text[last:start])
        if end - start > 1:
            parts.append(found[:MAX_COMBINING] + _escape(found[MAX_COMBINING:]))
        else:
            parts.append(_escape(found))
        last = end
    if not parts:
        return json_text
    parts.append(json_text[last:])
    return "".join(parts)


TRICKY = (
    "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b",  # a flood of marks
    "e\u0301" * 3,
    "\u034f\ufe0f\u200b\u202e\u2066\x85\x9b\u2028\u2029\u00a0\u3000\u115f\u3164\uffa0\x7f\ue000\U000f0000",
    "\U000e0100\U0001f600\u05d0\u05b0" + "\u05b0" * 12,
    "\ud800\udc00\udfff",
    "שלום «nous» 日本語 — naïve",
    "\r\n\t\x00\x1b",
)
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from("".join(TRICKY) + INVISIBLE[:20] + "\n \"\\abc"),
    ),
    max_size=60,
)
JSON_VALUE: st.SearchStrategy[Any] = st.recursive(
    st.one_of(st.none(), st.integers(), TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=500, deadline=None)
@given(value=JSON_VALUE, indent=st.sampled_from([None, 1, 2]))
def test_equals_the_whole_text_pass_on_json(value: Any, indent: int | None) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    assert terminal_safe(text) == old_terminal_safe(text)


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.one_of(TEXT, st.sampled_from(TRICKY)), max_size=8), breaks=st.sampled_from(["\n", "", "\r\n"]))
def test_equals_the_whole_text_pass_on_any_text(parts: list[str], breaks: str) -> None:
    text = breaks.join(parts)
    assert terminal_safe(text) == old_terminal_safe(text)


def test_each_tricky_case_on_its_own_line_and_inline() -> None:
    for tricky in TRICKY:
        for text in (tricky, json.dumps([tricky, "x", tricky], ensure_ascii=False, indent=2), f"a\n{tricky}\nb"):
            assert terminal_safe(text) == old_terminal_safe(text)
    assert "\\u202e" in terminal_safe(json.dumps("a\u202eb", ensure_ascii=False))
