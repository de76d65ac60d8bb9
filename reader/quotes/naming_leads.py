"""The words around a short quotation that make it a name, a nickname or a word glossed rather than someone's
words: German and French naming verbs ("den im Ort alle nur „Ferdl“ nennen", "on l’a baptisée « … »"), a group's
nickname ("Locals now call the building “the white elephant”"), a gloss ("Hausa for “house of waiting”"), a work's
year after it. Read by :func:`reader.quotes.kinds.classify`; split out of :mod:`reader.quotes.kinds` (over 500
lines) in part 39. Pure data: compiled patterns, no Textual or Rich import."""

from __future__ import annotations

import re
from typing import Literal

_CALLED_PASSIVE_DE = re.compile(r"\s*(?:genannt|getauft|geschimpft) w(?:ir|er|ur|or)")
_BY_SOMEONE_DE = re.compile(r"\bvon (?:[A-ZÄÖÜ]|de[mnr] |ihre[mnr]? |seine[mnr]? )")
"""German: a naming participle after a short quotation, with no "von" naming who calls it so, and a passive's
auxiliary after it ("genannt wird"; ``after`` is short, so only its first letters: not "hat … „…“ genannt",
someone's words)."""
_GLOSSED_FR = re.compile(r",\s(?:ces|cette|cet)\s")
"""French: what a quoted word means, in apposition after it: the word is a term."""
_OWNER_OF_DE = re.compile(r"\b(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es) (?:Macher|Betreiber|Entwickler|Erfinder|Gründer|"
                          r"Hersteller|Herausgeber|Produzenten|Veranstalter|Anbieter|Eigentümer|Besitzer)\w* "
                          r"(?:von|vom)\s*$")
"""German: the people behind a thing, then its name ("Die Macher von »Pilzblick«")."""
_CALL_DE = re.compile(r"\s*(?:nennen|nennt|nannten?|rufen|ruft|riefen)\b")
_CALLED_BY_ALL_DE = re.compile(r"\b(?:alle|man|viele|jeder|jede|die Leute|die Einheimischen)\b[^„“»«.:;!?]{0,40}$")
"""German: a short quotation that everyone, or anyone, calls someone or something ("den im Ort alle nur „Ferdl“
nennen"): a name it goes by, nobody's words (one who calls it so, "den sie „Schatz“ nennt", is left to the speaker
rules). Part 39."""
LABEL_LEAD = re.compile(r"\b(?:Verwendungszweck(?:en|s)?|Buchungstext(?:en)?|Betreff(?:zeile)?|"
                        r"Stichw(?:ort|örtern?|orten)|Rubrik(?:en)?|[Ll]ibellés?|[Rr]ubriques?|headings?|labels?|categories|category)"
                        r"(?:\s+(?:wie|comme|tels? que|telles? que|such as|like))?\s*$")
"""A bookkeeping label's noun before a quotation ("verbucht unter Verwendungszwecken wie „Munition“, „Pokale“ oder
„Schießstandwartung“", "sous des libellés comme « frais »"): the quoted words are labels, nobody's (part 42; every
quotation of the list, :func:`reader.quotes.title_lists.titles_in_lists`)."""
LABEL_ENDS = ("zweck", "zwecken", "zwecks", "text", "texten", "Betreff", "zeile", "wort", "wörter", "wörtern", "worten",
              "Rubrik", "Rubriken", "libellé", "libellés", "Libellé", "Libellés", "rubrique", "rubriques", "Rubrique",
              "Rubriques", "heading", "headings", "label", "labels", "categories", "category", "wie", "comme", "que",
              "as", "like")
"""What a text :data:`LABEL_LEAD` finds ends with before its spaces: a scan in C first (the regex tries a match at
each of 60 characters: ~13,000 instructions a quotation of up to three words)."""
_YEAR_AFTER = re.compile(r"\s*\((?:1[5-9]|20)\d\d\)")
_NAME_NOUNS_FR = re.compile(r"\b(?:étiquette|surnom|sobriquet|qualificatif|appellation|statut|dénomination)\s+"
                            r"(?:de\s+|d[’'])?$|\b(?:un|leur|son) (?:nom|surnom)\b[^.!?«»]{0,80}:\s*$")
"""French: a name's noun before a quotation ("l’étiquette de « … »", "le statut de « chats libres »"), or a name found
for something before a colon ("Les habitants ont même trouvé un nom à ces veilles … : « … »"; part 39)."""
_NAMED_FR = re.compile(r"(?:\b(?:re)?(?:baptisé|surnommé)e?s?(?:\s+(?:le|la|les))?|\b(?:re)?(?:baptiser|surnommer)|"
                       r"(?:\bl[’']|\bl[ae]s? )(?:appel|"
                       r"surnomm|baptis)\w*(?:\s+\w+ment)?|\bsurnomm\w*\s+(?:ces|les|le|la|ce|cet|cette)\s+"
                       r"(?:[\w-]+\s+){1,2})\s*$")
"""French: a name's noun or a naming participle right before the quotation, which is then a name given; or a
naming verb after its object ("on l’appelait simplement « Zande »": part 27), or before it ("Les anciens du
village surnomment ces essaims « la pluie qui mange »", part 38)."""
_ON_NAMES = re.compile(r"\b(?:on|habitants|supporters|partisans|habitués|fans|collègues|coéquipiers|camarades|amis|"
                       r"équipe|tout le monde|anciens|villageois|riverains|paysans|éleveurs|gens|enfants|élèves)\b")
"""Who may give a French name no one owns ("Au village, on l’a déjà baptisée « la Gasconne »"); a person's is theirs
("une réforme qu’elle a baptisée « la loi des riches »")."""
_NICKNAMED = re.compile(r"\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nicknamed)\s+"
                        r"(?:(?:it|him|her|them)\s*|the\s+(?:[\w-]+\s+){1,3})$")
"""A naming verb and its object ("it", "the largest mound") right before "the" and a capitalised name in marks: a
nickname ("calling the largest mound “the Cathedral”")."""
_TAKEN_TO = re.compile(r"\b(?:taken|take|taking|started|begun|began) to call(?:ing)?\b")
"""A group that has "taken to calling" something a name: a nickname, capitalised or not ("the long winter")."""
_GROUP_NAMING = re.compile(r"\b(?:[Cc]oaches|[Ff]ans|[Ll]ocals|[Rr]esidents|[Ss]taff|[Ww]orkers|[Cc]olleagues|"
                           r"[Tt]eammates|[Pp]layers|[Ss]upporters|[Cc]rew|[Vv]illagers|[Rr]egulars|[Nn]eighbou?rs|"
                           r"[Ss]tudents|[Pp]upils|[Ee]veryone|[Pp]eople|[Ff]riends|[Ff]amily|[Ss]cientists|"
                           r"[Rr]esearchers|[Mm]usicians|[Ff]ellow)\b")
_GROUP_CALLING = (_GROUP_NAMING.pattern.removesuffix(r")\b") + r"|[Pp]atients|[Cc]ustomers|[Pp]assengers|"
                  r"[Cc]ommuters|[Tt]raders|[Ff]armers|[Ff]ishermen|[Pp]arents|[Dd]rivers)\b"
                  r"\s+(?:now\s+|still\s+|often\s+|simply\s+|jokingly\s+|"
                  r"affectionately\s+|soon\s+|have\s+|had\s+)?(?:(?:taken|begun|started)\s+to\s+call(?:ing)?|"
                  r"(?:began|begun|started)\s+calling|(?:call|dub|nickname|brand|label)(?:s|d|ed|led)?)\s+")
_GROUP_CALLS = re.compile(_GROUP_CALLING + r"(?:(?:it|him|her|them)\s+|the\s+(?:[\w-]+\s+){1,4})(?:the\s+)?$")
"""The group as the naming verb's subject, lower case after "the" allowed ("Locals now call the building")."""
_WHAT_GROUP_CALLS = re.compile(r"\bwhat\s+(?:the\s+)?" + _GROUP_CALLING + "$")
"""With no object after "what" ("a curve through what locals call “the S-bend,”": part 42; "what the crew calls “the
hammer,”": part 44). Apart from
:data:`_GROUP_CALLS`, and asked only with "what" in the text: an optional "what" before the group in one regex
was tried at each character a search passed (~50% more instructions a search)."""
_WHAT_TRADE_CALLS = re.compile(r"\bwhat\s+(?!(?:critics|campaigners|protesters|protestors|opponents|detractors|"
                               r"objectors|activists|sceptics|skeptics|naysayers|others|many|some|they)\b)"
                               r"[a-z]+(?:ers|ists|ians|ors|ics)\s+(?:now\s+|often\s+|sometimes\s+|still\s+)?call\s+"
                               r"(?:an?\s+|the\s+)?$")
"""A trade's or a field's name for a thing ("what rescuers call a ‘stopper’", "what economists call “nearshoring”",
"what growers call “basis”"): a term, unless the group names it to judge it ("what critics call a “land grab”" is
theirs). Part 43."""
_PLAIN_CALL = re.compile(r"\bcall(?:s|ed)?\s+(?:it|him|her|them|the)\s")
"""A plain "call" (what a group calls a thing may be its opinion of it, "residents call the plan “…”"): only a
name by "the" or a capital; "taken to calling", "dubbed", "branded" name it whatever the words."""
_LANGUAGES = ("Hausa Yoruba Igbo Swahili Kiswahili Zulu isiZulu Xhosa isiXhosa Sesotho Setswana Twi Akan Ewe Wolof "
              "Amharic Luganda Shona Ndebele Chichewa Bemba Tagalog Filipino Malay Hindi Urdu Bengali Bangla Tamil "
              "Telugu Marathi Gujarati Punjabi Sinhala Nepali Maori Māori Samoan Tongan Fijian Hawaiian Gaelic Irish "
              "Welsh Latin Greek Arabic Hebrew Creole Patois Afrikaans Spanish French German Italian Portuguese Dutch "
              "Japanese Chinese Mandarin Cantonese Korean Russian Turkish Persian Farsi Inuktitut Cree").split()
_GLOSS_FOR = re.compile(r"\b(?:word|term|expression|slang|(?:" + "|".join(_LANGUAGES) + r")(?: word| term)?|te reo"
                        r"(?: Māori)?)\s+for\s*$")
"""A language's or a word's gloss before a quotation ("the isiZulu word for", "Hausa for"): the quotation is a
meaning, nobody's words."""
"""Many who gave a nickname together ("British coaches had taken to calling it “the Everest”"): nobody's words, as
a person's coinage is that person's ("Clinton called the plan “the Trump Tax Scam”")."""
_RELATIVE_NAMING = re.compile(r"\b(?:that|which)\s+(?:the\s+|some\s+|many\s+|local\s+)?[a-z-]+s\s+(?:call|have called|"
                              r"dub|have dubbed|nickname)\s*$")
_BODY_LABELLED = re.compile(r"\b(?:that|which)\s+the\s+[a-z-]+\s+(?:has|had)\s+(?:labelled|labeled|dubbed|named|"
                            r"branded)\s*$")
"""A body's name for a thing in a relative clause ("sites which the authority has labelled “buai bays”"): a term."""
"""A relative clause in which a group names what it refers to ("creeks that ranchers call"): with "the" and a capital
after it, the quotation is that thing's name."""
_PRACTICE_NAMED = re.compile(r"\b(?:an?|the)\s+[a-z-]+\s+(?:that\s+|which\s+)?(?:the\s+|some\s+|many\s+|local\s+)?"
                             r"[a-z-]+s\s+(?:call|have called|dub|have dubbed|nickname)\s*$")
"""A thing and the group that names it, with or without "that" ("a practice the farmers call “…”"): the
quotation is the thing's name, whatever its words (part 39; part 38 had left it out)."""
_KNOWN_AS = re.compile(r"\b(?:known|listed|billed (?:itself|themselves|himself|herself)|(?:is|are|was|were|be|"
                       r"been|often|commonly|widely|also|sometimes|usually|locally)\s+referred to|[a-z]+s\s+"
                       r"(?:often\s+|now\s+|commonly\s+)?refer to)\b[^.,;:“”\"]{0,50}\bas(?:\s+an?|\s+the)?\s*$|"
                       r"\b(?:been|was|were|is|are)\s+(?:since\s+|also\s+|long\s+|widely\s+)?(?:nicknamed|dubbed)\s*$")
""""known around her yard as “the Professor”", "known to fans as “…”", "a phenomenon scientists refer to as the
“Karakoram anomaly”", "often referred to as" (part 40; not "Trump referred to him as “…”", his word): a name a
thing or a person goes by; "listed on the ship's cargo manifest as “dried goods,”", "has since been nicknamed “…” by
neighbours" (part 44)."""
_CALLED = re.compile(r"\b(?:call|calls|called|calling|describe|describes|described|dubbed|labeled|labelled|termed)"
                     r"\b[^.]{0,30}$", re.IGNORECASE)
"""A naming verb shortly before: "Trump called the show “Disgusting”" quotes his word, not the show's name."""


_GLOSSED_AS = re.compile(r"(?:\b(?:translates?|translated)\s+(?:as|to)|\bwhich means|,\s*meaning|\b(?:came|come|"
                         r"comes)\s+to\s+call|\b(?:taken|taking|began|begun|started)\s+(?:to\s+call(?:ing)?|calling)\s+"
                         r"(?:it|them|the\s+(?:[\w-]+\s+){1,3}?)(?:the\s+)?)\s*$")
_SUNG = re.compile(r"\b(?:sing|sings|sang|sung|singing)\s+(?:the\s+(?:hymn|song|anthem|carol)\s+|(?:it|along)\s+to\s+)?"
                   r"(?:with\s+\w+\s+)?$")


def gloss_or_song(tail: str) -> Literal["term", "title"] | None:
    """English: "term" for words a translation or a name many came to use gives ("which translates as “we never give
    up”", "the family came to call “the cave”", "Villagers have taken to calling the closures the “snow holidays”"),
    "title" for a song sung ("asked us to sing ‘Fa’afetai i le Atua’"), None for neither. Part 41."""
    if ("ans" in tail or "mean" in tail or "call" in tail) and _GLOSSED_AS.search(tail):  # (a look in C first:
        return "term"  # most tails hold none of the words, and a regex search costs ~1,000 instructions to start)
    return "title" if ("sing" in tail or "sang" in tail or "sung" in tail) and _SUNG.search(tail) else None


_SIGN_LEAD = re.compile(r"\b(?:(?:signs?|banners?|placards?|buttons?|shirts?|T-shirts?|t-shirts?|posters?|stickers?|"
                        r"hats?|caps?|billboards?|slogans?)\s+(?:that|which)\s+(?:said|say|says|read|reads)|(?i:signs?|"
                        r"banners?|placards?|posters?|billboards?|flyers?|leaflets?|notices?)(?:,?\s+[\w’'-]+){0,10}?"
                        r",?\s+(?:reading|saying|read|reads)|\b(?:slogan|motto|"
                        r"catchphrase|tagline|inscription)s?(?: such as)?|(?i:sign|banner|placard|notice)s?|"
                        r"\bbearing\s+(?:the\s+)?(?:word|inscription))\s*,?\s*:?\s*$")
"""A thing with words on it, then "that said" or "which read", right before a quotation: those words are written
on it, nobody's speech (not the next sentence's speaker's); "placards with inscriptions such as “…”" (part 27); up
to ten words and their commas between ("a sign above the bar, hastily amended with a marker pen, read:", part 41);
capitalised, opening a sentence ("Banners read “…” and “…”", part 44); a sign itself ("carries a hand-lettered sign:
“…”") and what bears a word ("a folded note bearing the word ‘Sunday’"; not "a star bearing the words “…”" in an
image Trump tweeted, his on PolNeAR train), part 44."""
