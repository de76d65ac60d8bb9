"""Where a role description stood before in the article: one that says it refers back ("le médecin urgentiste
cité plus haut"), and a French or German role the article mentions without a name ("le procureur de la
République"), which :meth:`reader.quotes.role_phrases.RolePhrases._description` then reads as no guess. Pure
string work."""

from __future__ import annotations

import re
from functools import cache

_REFERS_BACK = re.compile(r"[^,.;:!?«»“”„\n]{0,40}?\b(?:(?:cité|citée|évoqué|évoquée|mentionné|mentionnée|interrogé|"
                          r"interrogée)s? (?:plus haut|précédemment|auparavant)|déjà (?:cité|citée|évoqué|évoquée)|"
                          r"(?:quoted|mentioned|cited) (?:earlier|above|before|previously))\b")
"""Words after a description that say it refers back to someone introduced earlier in the article ("le médecin
urgentiste cité plus haut", "the nurse quoted earlier"), searched within its clause."""
_REFERS_BACK_CHARS = 60
_REFERS_BACK_BEFORE = frozenset("""eingangs bereits oben zitierte erwähnte zitierten erwähnten""".split())
"""German words before a description's head that refer back ("der eingangs zitierte Landwirt")."""


def refers_back(text: str, offset: int, words: list[str]) -> bool:
    """Whether the description at ``offset`` (its words ``words``, lower case) says it refers back to someone
    the article introduced before ("le médecin urgentiste cité plus haut", "der eingangs zitierte Landwirt")."""
    return (_REFERS_BACK.search(text, offset, min(len(text), offset + _REFERS_BACK_CHARS)) is not None
            or not _REFERS_BACK_BEFORE.isdisjoint(words))


def nameless_before(text: str, role: str, offset: int) -> bool:
    """Whether the French or German role ``role`` stood in the article before ``offset`` with its definite
    article and no name after it ("a confirmé jeudi le procureur de la République. …", then "a indiqué le
    procureur"): a role the article does not name, so the later one is no guess at the last man named."""
    if not role.isalpha() or len(role) < 4:
        return False
    for match in _nameless(role).finditer(text, max(0, offset - _NAMELESS_BEFORE), max(0, offset - 1)):
        if not _NAME_AFTER.match(text, match.end(), match.end() + 60):
            return True
    return False


_NAMELESS_BEFORE = 3000
_NAME_AFTER = re.compile(r"[^.;:!?]{0,40}?(?:,\s*|\s)(?:Me |Dr |M\. |Mme )?[A-ZÀ-Ý][\w’'-]+\s+"
                         r"(?:(?:de|von|van|Le|La) )?[A-ZÀ-Ý]")
"""A name (two capitalised words) soon after a role: "le maire de Lorient, Bernard Mahé", "Staatsanwalt Jan Ohl"."""


@cache
def _nameless(role: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:le|la|l[’']|der|die|den|dem|des)\s*{re.escape(role)}\b", re.IGNORECASE)
