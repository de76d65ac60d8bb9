"""Tags are case-insensitive: one tag, one spelling.

Search and the panel's filters ignore case (``#nato`` finds ``NATO``), but the tags dialog kept ``nato``,
``NATO`` and ``Nato`` as three tags of one highlight, and the panel, the exports and the Markdown digest
listed all three. The decision: a tag is known by its case-folded form, and a new tag that differs from a tag
already in use only by case takes the spelling in use:

1. within what is typed for the highlight, the first spelling wins (``nato, NATO, Nato`` is ``nato``);
2. a spelling the document's other highlights already use wins over what is typed (typing ``nato`` where
   another highlight has ``NATO`` gives ``NATO``), so a document's tags read one way in the panel, its exports
   and search results. The highlight's own tags before the edit do not count: retyping ``nato`` as ``NATO`` on
   the only highlight that has it changes its spelling.

Only the document's highlights are consulted (they are in memory): reading every tag of a store of 100,000
highlights on the UI thread for a dialog would stall it. Tags stored before this rule (or imported) are shown
as they are; a tags dialog saved without a change keeps them character for character, and one saved with a
change spells them by this rule.
"""

from __future__ import annotations

from collections.abc import Iterable


def spell_tags(typed: Iterable[str], known: Iterable[str] = ()) -> tuple[str, ...]:
    """``typed`` with one tag per case-folded spelling, in the order typed, each spelt as in ``known`` (the
    tags of the document's other highlights, the first of a spelling winning) when it is there, else as first
    typed."""
    spellings: dict[str, str] = {}
    for tag in known:
        spellings.setdefault(tag.casefold(), tag)
    spelt: dict[str, str] = {}
    for tag in typed:
        key = tag.casefold()
        if key not in spelt:
            spelt[key] = spellings.get(key, tag)
    return tuple(spelt.values())
