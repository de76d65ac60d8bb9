"""What a web page says of itself: its title, language and canonical address, read from the parsed tree.

The title follows the rules of Firefox's Reader View (Mozilla Readability), which is what the article-extraction
test pages in ../shared/web-pages expect, rewritten here from their description:

1. an article object in JSON-LD (``<script type="application/ld+json">``, schema.org context, an Article-like
   ``@type``, possibly inside ``@graph``): its ``name``, or its ``headline`` when only the headline resembles the
   ``<title>``;
2. else ``<meta>``: ``dc:title``, ``dcterm:title``, ``og:title``, ``weibo:article:title``, ``weibo:webpage:title``,
   ``title``, ``twitter:title``, ``parsely-title``, in that order;
3. else the ``<title>`` element, trimmed of a site name: with a separator (``|``, ``-``, ``–``, ``—``, ``\\``,
   ``/``, ``>``, ``»`` between spaces) the part before the last one (or, when that leaves fewer than 3 words,
   the part after the first one); with ``": "`` the part after the last colon, unless a ``h1``/``h2`` holds the
   whole title; a title shorter than 15 or longer than 150 characters gives way to the page's only ``h1``; a
   result of 4 words or fewer falls back to the whole ``<title>`` unless only a hierarchical site name was cut.

One departure from Reader View (a new user's review: ``Mayor Announces Transit Plan | City Herald`` kept its site
name although the page's ``<h1>`` said which part is the title): where rule 3 would fall back to the whole
``<title>``, a `` | Site``, `` - Site``, `` – Site`` or `` — Site`` suffix is cut all the same when it is known to
be the site's name: the part before it has at least 3 words, and the suffix is the page's ``og:site_name``, or a
``<h1>`` is the part before it and the suffix is a name of at most 3 words (a longer one, such as an author's name
and handle, is kept, as Reader View keeps it). A title taken from JSON-LD or ``<meta>`` is used as the page gives
it. (The 127 titled pages of ../shared/web-pages give the same titles as before.)

Bounded: at most :data:`MAX_JSON_LD` characters of each of the first 10 JSON-LD scripts are parsed (a JSON
nesting bomb is a ValueError or RecursionError, caught), every value is cut to :data:`MAX_META` characters.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from reader.sources.html_blocks import gather_text

MAX_META: Final = 1000
MAX_JSON_LD: Final = 256 * 1024

_SEPARATORS = r"|\-–—\\/>»"
_SEPARATOR = re.compile(rf"\s[{_SEPARATORS}]\s")
_HIERARCHICAL = re.compile(r"\s[\\/>»]\s")
_FIRST_PART = re.compile(rf"^[^{_SEPARATORS}]*[{_SEPARATORS}]")
_SEPARATOR_RUNS = re.compile(rf"[{_SEPARATORS}]+")
_SITE_SEPARATOR = re.compile(r"\s[|\-–—]\s")
_EDGES = " \t\"'“”‘’«».:;,!?|-–—"
_PROPERTY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name)\s*$",
    re.IGNORECASE,
)
_TITLE_KEYS = (
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
)
_ARTICLE_TYPES = re.compile(
    r"^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|"
    r"ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|"
    r"DiscussionForumPosting|TechArticle|APIReference)$"
)
_SCHEMA_ORG = re.compile(r"^https?://schema\.org/?$")
_CDATA = re.compile(r"^\s*<!\[CDATA\[|\]\]>\s*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,4}$")
_WORDS = re.compile(r"\w+")


def clean(value: object) -> str:
    """A metadata value as one line of at most :data:`MAX_META` characters ("" for a non-string)."""
    if not isinstance(value, str):
        return ""
    return " ".join(value[: MAX_META * 4].split())[:MAX_META]


def _words(text: str) -> int:
    return len(text.split())


def similarity(a: str, b: str) -> float:
    """How much of ``b``'s text is made of words that are in ``a`` (1.0: all of it)."""
    words_a = set(_WORDS.findall(a.lower()))
    words_b = _WORDS.findall(b.lower())
    if not words_a or not words_b:
        return 0.0
    unique = [word for word in words_b if word not in words_a]
    return 1 - len(" ".join(unique)) / len(" ".join(words_b))


def page_facts(root: Any) -> dict[str, str]:
    """``title``, ``language`` and ``canonical`` (each present only when found) of a parsed page."""
    facts: dict[str, str] = {}
    head = root.find("head")
    scope = head if head is not None else root
    metas = _meta_values(root)
    title = _json_ld_title(root, lambda: _document_title(root)) or next(
        (metas[key] for key in _TITLE_KEYS if metas.get(key)), ""
    )
    title = clean(title) or clean(_document_title(root))
    if title:
        facts["title"] = title
    language = (root.get("lang") or root.get("xml:lang") or "").strip()
    if not language:
        for meta in scope.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                language = (meta.get("content") or "").split(",")[0].strip()
                break
    if _LANGUAGE.match(language):
        facts["language"] = language
    for link in scope.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            facts["canonical"] = (link.get("href") or "").strip()
            break
    else:
        for meta in scope.iter("meta"):
            if (meta.get("property") or "").lower() == "og:url":
                facts["canonical"] = (meta.get("content") or "").strip()
                break
    return facts


def _meta_values(root: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        found = _PROPERTY.search(meta.get("property") or "")
        if found:
            values[re.sub(r"\s", "", found.group().lower())] = content
            continue
        name = meta.get("name") or ""
        if name and _NAME.match(name):
            values[re.sub(r"\s", "", name.lower()).replace(".", ":")] = content
    return values


def _title_element_text(root: Any) -> str:
    for title in root.iter("title"):
        return " ".join(gather_text(title, limit=MAX_META * 4).split())
    return ""


def _document_title(root: Any) -> str:
    """The ``<title>`` without the site's name (see the module notes)."""
    original = _title_element_text(root)
    title = original
    hierarchical = False
    separators = list(_SEPARATOR.finditer(original))
    if separators:
        hierarchical = _HIERARCHICAL.search(original) is not None
        title = original[: separators[-1].start()]
        if _words(title) < 3:
            title = _FIRST_PART.sub("", original, count=1)
    elif ": " in title:
        headings = (e for e in root.iter("h1", "h2"))
        if not any(" ".join(gather_text(h, limit=MAX_META * 4).split()) == title.strip() for h in headings):
            title = original[original.rfind(":") + 1 :]
            if _words(title) < 3:
                title = original[original.find(":") + 1 :]
            elif _words(original[: original.find(":")]) > 5:
                title = original
    elif len(title) > 150 or len(title) < 15:
        h1s = list(root.iter("h1"))
        if len(h1s) == 1:
            title = gather_text(h1s[0], limit=MAX_META * 4)
    title = " ".join(title.split())
    count = _words(title)
    if count <= 4 and (not hierarchical or count != _words(_SEPARATOR_RUNS.sub("", original)) - 1):
        title = _without_site_name(root, original) or original
    return title


def _same(a: str, b: str) -> bool:
    """Equal once white space is collapsed, case folded and punctuation at the ends trimmed."""
    return " ".join(a.split()).strip(_EDGES).casefold() == " ".join(b.split()).strip(_EDGES).casefold() != ""


def _without_site_name(root: Any, title: str) -> str:
    """``title`` without a final `` | Site`` (``-``, ``–``, ``—``) when that is known to be the site's name (see the
    module notes), else ""."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if not separators:
        return ""
    first, suffix = title[: separators[-1].start()].strip(), title[separators[-1].end() :].strip()
    if _words(first) < 3 or not suffix:
        return ""
    site = _meta_values(root).get("og:site_name", "")
    if site and _same(site, suffix):
        return first
    if _words(suffix) <= 3 and any(_same(gather_text(h1, limit=MAX_META * 4), first) for h1 in root.iter("h1")):
        return first
    return ""


def _json_ld_title(root: Any, document_title: Any) -> str:
    """The name or headline of the page's JSON-LD article object ("" when it has none)."""
    for number, script in enumerate(root.iter("script")):
        if number >= 50:
            break
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = _CDATA.sub("", (script.text or "")[:MAX_JSON_LD])
        try:
            parsed = json.loads(text)
        except (ValueError, RecursionError):
            continue
        article = _article_object(parsed)
        if article is None:
            continue
        name, headline = article.get("name"), article.get("headline")
        if isinstance(name, str) and isinstance(headline, str) and name != headline:
            title = document_title()
            if similarity(headline, title) > 0.75 and not similarity(name, title) > 0.75:
                return headline.strip()
            return name.strip()
        if isinstance(name, str):
            return name.strip()
        if isinstance(headline, str):
            return headline.strip()
        return ""
    return ""


def _article_object(parsed: object) -> dict[str, Any] | None:
    if isinstance(parsed, list):
        parsed = next((item for item in parsed if isinstance(item, dict) and _is_article(item)), None)
    if not isinstance(parsed, dict) or not _schema_org(parsed.get("@context")):
        return None
    if "@type" not in parsed and isinstance(parsed.get("@graph"), list):
        parsed = next((item for item in parsed["@graph"] if isinstance(item, dict) and _is_article(item)), None)
    return parsed if isinstance(parsed, dict) and _is_article(parsed) else None


def _schema_org(context: object) -> bool:
    if isinstance(context, str):
        return _SCHEMA_ORG.match(context) is not None
    if isinstance(context, dict):
        vocabulary = context.get("@vocab")
        return isinstance(vocabulary, str) and _SCHEMA_ORG.match(vocabulary) is not None
    return False


def _is_article(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    return isinstance(kind, str) and _ARTICLE_TYPES.match(kind) is not None


__all__ = ["MAX_META", "clean", "page_facts", "similarity"]
