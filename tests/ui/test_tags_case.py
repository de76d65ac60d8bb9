"""Tags ignore case (reader.ui.tags): `nato, NATO, Nato` is one tag, spelt as first typed; a spelling another
highlight of the document uses wins; retyping the only highlight's tag in another case changes it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.ui.screens.dialogs import TagsEditor
from reader.ui.tags import spell_tags
from tests.ui.test_annotating_keys import PARAGRAPH_1, PARAGRAPH_3, reading


def test_one_spelling_per_tag() -> None:
    assert spell_tags(["nato", "NATO", "Nato", "claim"]) == ("nato", "claim")
    assert spell_tags(["Nato", "nato"]) == ("Nato",)
    assert spell_tags(["nato", "Claim"], known=["NATO", "nato", "claim"]) == ("NATO", "claim")
    assert spell_tags(["Straße", "STRASSE"]) == ("Straße",)  # case-folded, not just lower-cased
    assert spell_tags([]) == ()


async def test_the_tags_dialog_keeps_one_tag_per_spelling(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("t")
        assert isinstance(h.app.screen, TagsEditor)
        await h.type("nato, NATO, Nato claim")
        await h.press("enter")
        assert h.only.tags == ("nato", "claim")
        await h.check_disk()


async def test_a_tag_takes_the_spelling_the_document_already_uses(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("t")
        await h.type("NATO")
        await h.press("enter")
        h.move(PARAGRAPH_3)
        await h.press("t")
        await h.type("nato belarus")
        await h.press("enter")
        tags = sorted(a.tags for a in h.annotations.values())
        assert tags == [("NATO",), ("NATO", "belarus")]
        await h.check_disk()


async def test_retyping_a_tag_in_another_case_changes_it(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("t")
        await h.type("nato")
        await h.press("enter")
        await h.press("t")
        h.app.screen.query_one("#tags-input", Input).value = ""
        await h.type("NATO")
        await h.press("enter")
        assert h.only.tags == ("NATO",)
