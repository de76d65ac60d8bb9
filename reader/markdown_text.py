"""Text written into Markdown that must render as itself: one safe line, escaped punctuation, code spans, links.

Shared by the Markdown export (:mod:`reader.formats.markdown`, its citation line) and the clipboard's Markdown
citation (:mod:`reader.citation`, ``Y``), so the same title or address reads the same in both. Pure: no I/O.
"""

from __future__ import annotations

import re

from reader.sanitize import sanitize

MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>#!|~&$%^=])")
"""Characters that can start Markdown (or Obsidian) syntax inside a line: each is backslash-escaped (CommonMark
lets any ASCII punctuation be escaped, so an extra escape shows nothing)."""
AUTOLINK = re.compile(r"^https?://[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]%]+$", re.IGNORECASE)
"""An http(s) address with nothing a Markdown autolink (``<…>``) cannot hold."""
_BACKTICKS = re.compile(r"`+")


def one_line(text: str) -> str:
    """``text`` safe to show and on one line: every run of white space (line breaks too) one space."""
    return " ".join(sanitize(" ".join(text.split())).split())


def escape(text: str) -> str:
    """``text`` as Markdown text that renders as itself (see :data:`MARKDOWN_ACTIVE`), on one safe line."""
    return MARKDOWN_ACTIVE.sub(r"\\\1", one_line(text))


_LIVE = re.compile(r"<(?=[A-Za-z/!?])|(?<=!)\[|\[(?=\[)|\](?=[(\[])|^ {0,3}\[(?=[^\]\n]*\]:)", re.MULTILINE)
"""Where Markdown text turns live: an HTML tag or autolink (``<img …>``, ``<https://…>``), an image or an
Obsidian embed or wiki link (``![…](…)``, ``![[…]]``, ``[[…]]``), a link's destination or reference (``](…)``,
``][…]``), a reference definition opening a line (``[x]: javascript:…``)."""


def inert(text: str) -> str:
    """``text`` (one safe line, already sanitised) with every place where it would turn into a link, an image,
    an embed or HTML backslash-escaped, and nothing else: a quotation's words are an article's, an attacker's
    as much as anyone's, so ``![](https://tracker/pixel.gif)`` must not load and ``[report](javascript:…)`` must
    not link in a note app (a hostile review's finding), while "[Trump] said" and "*" stay as written."""
    # a backslash of the article's own is doubled first: "\\<img …>" must not turn the escape into a literal
    # backslash before a live tag (a review's finding); a doubled one renders as the one written
    text = text.replace("\\", "\\\\")
    return _LIVE.sub(lambda match: match.group().replace("[", "\\[").replace("]", "\\]").replace("<", "\\<"),
                     text)


def code_span(text: str) -> str:
    """``text`` on one safe line in a code span whose fence is longer than any run of backticks inside it."""
    shown = one_line(text)
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(shown)), default=0) + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


def address_link(url: str) -> str:
    """A web address as an autolink when it can be one, else as escaped text (never a link it was not)."""
    return f"<{url}>" if AUTOLINK.match(url) else escape(url)
