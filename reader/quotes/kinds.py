"""What kind a quotation is: speech, phrase, title or term (the article's language: :mod:`reader.quotes.language`)."""

from __future__ import annotations

import re
from typing import Literal

from reader.quotes.descriptions import _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.naming_leads import (
    _BODY_LABELLED,
    _BY_SOMEONE_DE,
    _CALL_DE,
    _CALLED,
    _CALLED_BY_ALL_DE,
    _CALLED_PASSIVE_DE,
    _GLOSS_FOR,
    _GLOSSED_FR,
    _GROUP_CALLS,
    _GROUP_NAMING,
    _KNOWN_AS,
    _NAME_NOUNS_FR,
    _NAMED_FR,
    _NICKNAMED,
    _ON_NAMES,
    _OWNER_OF_DE,
    _PLAIN_CALL,
    _PRACTICE_NAMED,
    _RELATIVE_NAMING,
    _SIGN_LEAD,
    _TAKEN_TO,
    _WHAT_GROUP_CALLS,
    _WHAT_TRADE_CALLS,
    _YEAR_AFTER,
    LABEL_ENDS,
    LABEL_LEAD,
    gloss_or_song,
)

Kind = Literal["speech", "phrase", "title", "term"]

_WORD = re.compile(r"[\w\u00ad]++(?:[’'‘\-][\w\u00ad]++)*+")
_FINITE = {
    "en": frozenset(
        """am is are was were be been being has have had do does did will would can could shall should may might
        must won’t can’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t wouldn’t
        couldn’t shouldn’t i’m i’ve i’ll i’d we’re we’ve we’ll we’d you’re you’ve you’ll you’d they’re they’ve
        they’ll they’d he’s she’s it’s that’s there’s here’s what’s who’s let’s he’ll she’ll it’ll he’d she’d
        ain’t cannot""".replace("’", "'").split()
    ),
    "de": frozenset(
        """bin bist ist sind seid war waren wäre wären hat haben hatte hatten hätte hätten wird werden wurde wurden
        würde würden kann können konnte konnten könnte könnten muss müssen musste müsste soll sollen sollte
        sollten will wollen wollte darf dürfen gibt gab geht ging kommt kam steht stand liegt macht sei seien
        habe mag""".split()
    ),
    "fr": frozenset(
        """est sont était étaient sera seront serait seraient soit soient ai avons avez ont avait avaient aura
        peut peuvent pouvait pourrait veut veulent voulait doit doivent devait fait font va vont allait faut
        suis sommes êtes c'est n'est j'ai n'ai n'a n'ont""".replace("’", "'").split()
    ),
}
_FINITE_IN = {
    "en": _FINITE["en"],
    **{lang: _FINITE[lang] | _FINITE["en"] for lang in ("de", "fr")},
    "other": _FINITE["en"],
}
"""The finite verbs :func:`classify` looks for in a language's quotations (English ones too: quotations in
English are common in German and French articles), built once rather than per quotation."""
_SUBJECT_PRONOUNS = frozenset(
    "i we you he she they it ich wir du er sie es ihr je nous vous il elle on ils elles j'".split()
)
_CLASSIFY_PREFIX = 200
"""Characters of a long quotation :func:`classify` reads first (most are speech with a finite verb early on)."""


def _first_upper(quoted: str) -> bool:
    """Whether the first letter of ``quoted`` is a capital (most quotations open with it: no generator then)."""
    if quoted[:1].isalpha():
        return quoted[0].isupper()
    return next((c for c in quoted if c.isalpha()), "").isupper()


def classify(quoted: str, before: str, lang: str, after: str = "") -> Kind:
    """``speech`` for a quoted clause, ``phrase`` for a term, title or scare quotes.

    ``before`` is the text of the sentence before the opening mark, ``after`` some of the text after the
    closing one.
    """
    # the marks are in _WORD's joiner class, so replacing them before splitting splits the same
    if len(quoted) > _CLASSIFY_PREFIX:
        # a long quotation: the words of a prefix settle it when they are more than the rules below count
        # and one of them (not the last, which the cut may have shortened) is a finite verb
        found = _WORD.findall(quoted[:_CLASSIFY_PREFIX].replace("’", "'").replace("‘", "'"))
        head = [w.lower() for w in found[:2]]
        if (len(found) > 10 and not (any(w.endswith("ing") for w in head) and not _first_upper(quoted))
                and not (_FINITE_IN.get(lang) or _FINITE_IN["other"]).isdisjoint(map(str.lower, found[:-1]))):
            return "speech"
    found = _WORD.findall(quoted.replace("’", "'").replace("‘", "'"))
    if not found:
        return "phrase"
    count = len(found)
    head = [w.lower() for w in found[:2]]  # only the first two words are read lowered; the rest are looked up
    stripped = quoted.rstrip()
    upper = _first_upper(quoted)
    tail = before[-60:]  # (the leads below end the text before the mark: a search of all of it costs ~2%)
    english = lang == "en"
    if english and count <= 8 and (glossed := gloss_or_song(tail)):
        return glossed  # "which translates as “…”", "came to call “…”", "sing ‘…’" (naming_leads.gloss_or_song)
    if upper and count <= 12 and _YEAR_AFTER.match(after) and not tail.rstrip().endswith((":", ",")):
        return "title"  # "« Le Secret de l’Ourthe » (1971)", "“Casablanca” (1942)": a work and its year (not
        # words a cue announced: "King said: “I have a dream” (1963)")
    if lang == "de" and count <= 8 and _SUNG_AFTER_DE.match(after):
        return "title"  # "wo die Spieler bereits „We are the Champions“ sangen": a song (part 43)
    if count == 1 and upper and stripped[-1:] in "?!" and not before.strip() and after.lstrip(" ")[:1] in ("\n", ""):
        return "speech"  # "»Alle?«" alone in its paragraph: a turn of a dialogue (part 39)
    title_case = english and count <= 10 and _mostly_title_case(found, stripped)
    if english and count <= 10 and _named_by_noun(tail, found[0][:1].isupper()):
        # "a 2002 psychology class called “Perception”", "the hacker known as “Guccifer,”": a thing's name
        return "title" if title_case else "term"
    if title_case and (_BROADCASTER.search(tail) or (_WORK_AFTER.match(after) and not stripped.endswith(","))
                       or (_WORK_LEAD.search(tail) and not _CALLED.search(tail))):
        # NBC’s “Today”, “Orange is the New Black” star …, the podcast “Here’s the Thing.”: a show's or a
        # work's name, even with a verb in it
        return "title"
    if (title_case and count <= 6 and _NOUN_AFTER.match(after) and _MODIFIER_LEAD.search(tail)
            and not stripped.endswith((",", "."))
            and (count > 1 or (_LABEL_NOUNS.match(after) and not found[0].endswith(_ADJECTIVE_ENDINGS)))
            and not _CALLED.search(tail)):  # (a “Failing” newspaper, an “Aryan” male, called it a “Radical” plan)
        return "title" if count >= 2 else "term"  # "the “Remain” campaign", "a “Never Trump” movement": a label
    if count <= 2 and upper and after[1:2].isupper() and stripped[-1:].isalpha() and (
            name := _NAME_BEFORE.search(tail)) and (
            given_gender(name.group(1), lang) and _NAME_AFTER.match(after)):
        return "term"  # "Michael “Mickey” Considine", "Heinrich „Heini“ Baumann": a nickname inside a name
    if english and count <= 20 and upper and stripped[-1:] not in ".!" and (
            (_DOC_WORDS & {w.rstrip(",") for w in tail.lower().split()[-6:]}) and (
                _REPORT_LEAD.search(tail) or _AUTHOR_OF.search(tail))
    ) and (is_title(stripped.rstrip(",?")) or ":" in stripped or count <= 6):
        return "title"  # "The report, “Staffing the Next Call: …”", "the auditor’s 2023 report, “On Track? …”",
        # "author of “Shay Shay and Dinki Mini: …”" (part 39)
    if english and _SIGN_LEAD.search(before[-120:] if "read" in tail else tail):  # (a long aside: see _SIGN_LEAD)
        return "title"  # "buttons that said “Housing Is a Human Right.”", "a banner reading “…”": what is written
    if lang in _SIGN_LEADS_ELSEWHERE and _SIGN_LEADS_ELSEWHERE[lang].search(tail):
        return "title"  # "sous le mot d’ordre « Notre hôpital n’est pas à vendre »", "mit der Aufschrift »…«"
    if tail.rstrip().endswith(_TITLED.get(lang, ())) or lang == "de" and _titled_past_adverb(tail):
        return "title"  # "a message … was titled “URGENT — Line 4 …”", "une pétition intitulée « … »", "unter dem
        # Titel „…“": a name given to a text, nobody's words
    if lang == "fr" and tail.rstrip().endswith((", dit", ", dite", ", dits", ", dites")) and any(
            word[:1].isupper() for word in stripped.split()):
        return "title"  # "un protocole d'accord, dit « accord de Bibwa »": its name (not "…, dit « mesurer la
        # chance »": the verb after a relative clause; part 37)
    if english and count <= 6 and tail.rstrip().lower().endswith(("so-called", "so called")):
        return "term"  # "the so-called “peace dividend”": the writer's distance from a word, nobody's words
    if english and count <= 4 and ("rated" in tail or " as" in tail) and _RATED_AS.search(tail):
        return "term"  # "on days when fire danger was rated “extreme”", "is listed as “vulnerable”": a grade (part 43)
    if lang in _SO_CALLED and count <= 6 and _SO_CALLED[lang].search(tail):
        return "term"  # "ein sogenanntes «On-Demand-Angebot»", "eine Art „Bankecke“", "Wer von „Schuldensündern“
        # spreche", "une sorte de « … »": the writer's distance, a kind of thing, anyone's word (part 43)
    if english and count <= 6 and tail.rstrip().endswith(_WORD_NOUNS) and _WORD_AS_WORD.search(tail):
        return "term"  # "came up with the name “Mozilla”", "the hashtag “#…”": a name as a name
    if lang in _SLOGAN_LEADS and count <= 10 and _SLOGAN_LEADS[lang].search(tail):
        return "title"  # "sa campagne d'hiver « Le vacherin, c'est fribourgeois »": a slogan, though a clause (38)
    finite = _FINITE_IN.get(lang) or _FINITE_IN["other"]
    gerund = any(w.endswith("ing") for w in head) and not upper
    # isdisjoint stops at the first finite verb (most speech has one early): no lowered copy of every word
    if count >= 2 and not gerund and not finite.isdisjoint(map(str.lower, found)):
        return "speech"
    if count >= 2 and head[0] in _SUBJECT_PRONOUNS and not gerund:
        return "speech"
    if (lang == "en" and _WORK_LEAD.search(tail) and _capitalised_words(stripped.rstrip(".,!?"))
            and not _CALLED.search(tail)):
        return "title"  # "Mr. King's show, “Politicking.”", "the hit Broadway play, “Eclipsed.”": a work's name
    if (lang in _WORK_LEADS_ELSEWHERE and count <= 10 and not stripped[:1].islower()  # (not "le roman « deux fois,
            and _WORK_LEADS_ELSEWHERE[lang].search(tail)):  # avec une loupe »": words about it)
        return "title"  # "in der Talkshow „3 nach 9“", "die Fernsehserie „Loriot“", "l'émission « Quotidien »"
    if lang in _GROUP_LEADS and count <= 4 and stripped[:1].isupper() and _GROUP_LEADS[lang].search(tail):
        return "title"  # "des Fanclubs »Nordlichter«", "le quotidien régional « Le Républicain »": a name
    if lang == "de" and count <= 5 and stripped[:1].isupper() and stripped[-1:] not in ".!?" and _MEDIUM_DE.search(
            tail):
        return "title"  # "sagte er der „Neuen Osnabrücker Post“", "nannte das Buch im »Tagesboten«", "zu Gast in
        # „Tirol heute“": a paper's or a show's name, who was told, not who speaks (part 39)
    if lang == "fr" and count <= 5 and stripped[:1].isupper() and _MEDIUM_FR.search(tail):
        return "title"  # "a expliqué mardi dans « La Matinale » le directeur": a show's or a paper's name
    if lang in ("de", "fr") and count <= 3 and _WORD_AS_WORD_DE_FR.search(tail):
        return "term"  # "ein Wort wie „Auslegeware“", "le mot « sanajik »": a word as a word
    if count <= 3 and stripped[-1:] not in ".!?" and tail.rstrip().endswith(LABEL_ENDS) and LABEL_LEAD.search(tail):
        return "term"  # "unter Verwendungszwecken wie „Munition“": a bookkeeping label (part 42)
    if lang == "de" and count <= 4 and _CALLED_PASSIVE_DE.match(after) and not _BY_SOMEONE_DE.search(tail):
        return "term"  # "das im Gemeindegebiet nur „das Funkloch“ genannt wird": a name it goes by, nobody's words
    if lang == "fr" and count <= 6 and _NAMED_PLAN_FR.match(stripped):
        return "title"  # "les montants du « Plan chlordécone IV »": a plan's or a law's own name (part 39)
    if lang == "fr" and count <= 4 and _GLOSSED_FR.match(after):
        return "term"  # "la multiplication des « lits froids », ces résidences secondaires …": a word explained (39)
    if lang == "de" and count <= 3 and upper and _OWNER_OF_DE.search(tail) and not stripped.endswith((".", "!", "?")):
        return "title"  # "Die Macher von »Pilzblick« erklärten": the name of what they make, run or own (part 39)
    if lang == "de" and count <= 3 and _CALL_DE.match(after) and _CALLED_BY_ALL_DE.search(tail):
        return "term"  # "den im Ort alle nur „Ferdl“ nennen", "die man hier „die Alte“ nennt": a name many use
    if lang == "fr" and count <= 6 and (_NAME_NOUNS_FR.search(tail) or (
            _NAMED_FR.search(tail) and _ON_NAMES.search(before[-80:]))):
        return "term"  # "l’étiquette de « photographe social »", "on l’a baptisée « la Gasconne »": a name given
    naming = english and count <= 6 and any(verb in before[-100:] for verb in _NAMING_HINTS)  # (a scan in C first)
    if naming and ((head[0] == "the" and count > 1 or upper or tail.endswith("the ") or not _PLAIN_CALL.search(
            tail)) and (_GROUP_CALLS.search(near := before[-100:]) or "what" in near and (_WHAT_GROUP_CALLS.search(
            near) or _WHAT_TRADE_CALLS.search(near))) or _PRACTICE_NAMED.search(tail)):
        return "term"  # "Locals now call the building “the white elephant”", "locals have branded the officers the
        # “chip police”": a name many use (part 39)
    if naming and (_BODY_LABELLED.search(tail) or after.lstrip("”\"").startswith(" locally") and _CALLED.search(tail)):
        return "term"  # "which the authority has labelled “buai bays”", "often called “sakawa” locally" (part 39)
    if english and count <= 6 and tail.rstrip().endswith("for") and _GLOSS_FOR.search(tail):
        return "term"  # "the isiZulu word for “bless”", "“gidan jira”, Hausa for “house of waiting”" (part 39)
    if english and count <= 6 and (head[0] == "the" and count > 1 and found[1][:1].isupper() and _NICKNAMED.search(
            tail) and (_GROUP_NAMING.search(before[-100:]) or "nickname" in after or _MANY_CALL.search(tail)) or (
                head[0] == "the" and _TAKEN_TO.search(tail) and _NICKNAMED.search(tail)) or (
                ("known" in tail or "billed" in tail or "refer" in tail or "listed" in tail or "named" in tail
                 or "dubbed" in tail) and _KNOWN_AS.search(tail))):
        return "term"  # "coaches had taken to calling it “the Everest”", "known to fans as “…”", "She calls him “the
        # Surgeon,” a nickname …": a nickname (not "Trump called him “the Real Deal”", a coinage of his)
    if english and count <= 4 and head[0] == "the" and count > 1 and found[1][:1].isupper() and (
            _RELATIVE_NAMING.search(tail)):
        return "term"  # "a cluster of creeks that ranchers call “the Seeps.”": a place's name (part 38)
    if lang == "en" and is_title(stripped.rstrip(".,")) and _TITLE_LEAD.search(before):
        return "phrase"  # CBS's “Face the Nation,”: a title (final_kind), its full stop or comma the sentence's
    if lang == "en" and count <= 10 and ". " not in stripped and is_title(stripped.rstrip(".,!")):
        # “Make America Great Again.”, “Fox News Sunday.”: title case is a title's (final_kind); not words
        # with a sentence end or an honorific inside (“Like Oakland. Or Ferguson,”, “Mr. Trump,”)
        return "phrase"
    ends = stripped[-1:] in ".?!…"
    if upper and count >= 2 and (ends or stripped.endswith((",", "?,", "!,"))):
        return "speech"
    lead = before.rstrip()
    if upper and count >= 4 and (not lead or lead[-1] in ":.!?"):
        return "speech"
    return "phrase"



_MANY_CALL = re.compile(r"\b[a-z]{3,}s\s+(?:now\s+|often\s+|still\s+|affectionately\s+)?call\s+(?:him|her)\s+$")
"""Many of a kind naming a person ("Kayak guides call her “the Voice”"): a nickname (part 43)."""
_SUNG_AFTER_DE = re.compile(r"[“«‹‘]?\s*(?:sangen|sang|singen|singt|anstimmten|anstimmte|anstimmen|grölten|"
                            r"schmetterten)\b")
_RATED_AS = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:rated|graded|classed as|classified as|listed as|"
                       r"categori[sz]ed as)\s*$")
_SO_CALLED = {"de": re.compile(r"(?:\b(?:sogenannt|so genannt)(?:e|en|er|es|em)?|\b(?:[Ee]ine|[Ee]iner|[Ee]inen) Art|"
                               r"\b[Ww]er (?:\w+ )?von)\s*$"),
              "fr": re.compile(r"\b(?:une sorte de|une espèce de|soi-disant|prétendue?s?)\s*$")}
"""German and French for "so-called", "a kind of" and "whoever speaks of" right before the mark (part 43)."""


_WORD_NOUNS = ("name", "hashtag", "nickname", "moniker", "acronym")
_WORD_AS_WORD = re.compile(r"\b(?:the|a|an|this|that|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:"
                           + "|".join(_WORD_NOUNS) + r")\s*,?\s*$")
"""A noun for a name right before a quotation ("came up with the name “Mozilla”", "the hashtag “#…”"): the
quotation is that name, mentioned, nobody's speech. Not "the word", "the term" or "the phrase": news quotes
someone's word so ("Trump used the word “…”" is Trump's on PolNeAR train, five times of the fifteen it changed)."""


_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÀ-Ý][a-zà-ÿ]+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:[\s,.;:]|$)")
"""A capitalised word on each side of a quotation of one or two words: a nickname between a given name and a
surname ("Michael “Mickey” Considine")."""
_WORK_LEAD = re.compile(r"\b(?:show|program|programme|series|book|novel|film|movie|play|song|album|column|"
                        r"podcast|documentary|magazine|segment|episode|sitcom|musical|opera|memoir|"
                        r"biography|autobiography)\s*,?\s*$")
"""A work's common noun right before its quoted name ("his show, “Politicking.”", "the film “Spotlight”")."""


_BROADCASTER = re.compile(r"(?:\b(?:NBC|CBS|ABC|CNN|MSNBC|PBS|HBO|NPR|BBC|FOX|Fox|CNBC|C-SPAN|ESPN|Showtime|Netflix|"
                          r"Hulu|Bravo|AMC|TLC|CBC|ITV|Central|Channel|Network|News|television|TV))['’]s?\s*$")
"""A network's possessive right before a quotation: what follows is its show ("NBC’s “Today”", "Fox News
Channel’s “Hannity,”", "television’s “Scandal,”"), when written in title case."""
_WORK_AFTER = re.compile(r"\s?(?:star|stars|co-star|host|hosts|co-host|actor|actress|creator|showrunner|cast|"
                         r"episode|season|finale|premiere|author|producer|fame|anchor|show|series|sitcom|movie|film|"
                         r"book|song|album|podcast|documentary|franchise|sequel|trailer|guidance|leaflet|report|guide|"
                         r"strategy|scheme|blueprint)\b")
"""A work's person or part right after its quoted name, with no punctuation between ("“Orange is the New Black”
star Dascha Polanco", "the “Today” show"). After a comma it is the speaker's description (“…,” star Tom Hanks
said, with the comma inside the marks), so a comma or any other mark before it does not count."""


_NAMED = re.compile(r"\b(?P<det>an?|the|this|that|its|his|her|their|our)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)"
                    r"(?:\s+|,\s+(?=known))(?P<verb>called|named|dubbed|titled|entitled|nicknamed|known(?:\s+\w+ly)?\s+as)(?:\s+the)?\s*$")
"""A common noun and a naming participle right before a quotation ("an account called “…”", "the spot titled
“…”"): the quotation names the thing, nobody said it."""
_DOC_WORDS = frozenset("report study paper review audit strategy guidance leaflet pamphlet booklet policy of".split())
_NAMING_HINTS = ("call", "dub", "nicknam", "brand", "label", "named")
"""Words one of which a document's or a naming lead holds: a cheap look before the regular expressions."""
_NAMED_PLAN_FR = re.compile(r"(?:Plan|Programme|Projet|Pacte|Charte|Loi|Fonds|Opération|Stratégie|Schéma) [\w’'-]+"
                            r"(?: [\w’'-]+){0,4}$")
"""French: a plan's, a programme's or a law's name, its noun capitalised at the head ("Plan chlordécone IV")."""
_NAMED_UNDERTAKINGS = frozenset("campaign campaigns programme program initiative project scheme drive".split())
_SPEAKING_NOUNS = frozenset(
    """it who what which that he she they we i you group government administration company agency ministry office
    party voice crowd person someone somebody caller""".split())
"""Nouns before "called" that are its subject, not the thing named ("what it called “…”", "the group called
“…”"); roles ("the president called “…”") are read by :func:`reader.quotes.descriptions._is_role`."""


_ADJECTIVE_ENDINGS = ("an", "ian", "ean", "ish", "ese", "ic", "al", "ous", "ful", "ive", "ble", "est", "ed", "ing")
"""A single capitalised word in marks with an adjective's ending is someone's word even before a label noun ("a
“Radical” plan", "an “Aryan” male", "the “Best” plan")."""
_LABEL_NOUNS = re.compile(r" (?:campaign|campaigners|camp|side|supporters|backers|movement|vote|votes|voters|slogan|"
                          r"chant|syllabus|class|course|"
                          r"program|programme|rating|grade|label|brand|tag|hashtag|caucus|initiative|bill|act|plan|"
                          r"project|policy|doctrine|wing|forum|debate|speech|show|era|effect|strategy)\b")
"""A single capitalised word in marks before one of these nouns is its label ("the “Remain” campaign", "his
“D-minus” rating", "the “Perception” syllabus"); before another noun it is someone's word (“Failing” newspaper,
an “Aryan” male, the “Great” wall)."""
_MODIFIER_LEAD = re.compile(r"\b(?:the|a|an|his|her|their|its|our)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r" (?!(?:is|was|are|were|has|had|and|or|but|to|of|in|on|at|for|with|by|as|that|which|who|"
                         r"said|says)\b)[a-z][a-z-]+\b")
"""A quotation in title case between a determiner and a lower-case noun names what the noun is ("the
“Perception” syllabus", "a “Never Trump” movement", "the “Remain” campaign"): a label, nobody's words."""


_TITLED = {"en": ("titled", "entitled", "headlined", "captioned", "subject line", "under the title", "headed"),
           "fr": ("intitulé", "intitulée", "intitulés", "intitulées", "pétition baptisée", "campagne baptisée",
                  "opération baptisée", "plan baptisé", "projet baptisé", "mission baptisée", "loi baptisée",
                  "sous le titre"),
           "de": ("dem Titel", "betitelt", "überschrieben", "titelte", "titelten", "titelt")}
"""Words right before a quotation that make it a text's title: "was titled “…”", "une pétition intitulée « … »",
"unter dem Titel „…“" (part 26 for French and German)."""
def _titled_past_adverb(tail: str) -> bool:
    """German: a titling word, then one lower-case adverb right before the quotation ("Die Lokalzeitung titelte
    damals »…«"; part 37)."""
    head, _, last = tail.rstrip().rpartition(" ")
    return last.isalpha() and last.islower() and head.endswith(_TITLED["de"])


_NAMING_ENDS = ("called", "named", "dubbed", "titled", "entitled", "nicknamed", "as", "the")


def _named_by_noun(tail: str, capitalised: bool) -> bool:
    """Whether the quotation after ``tail`` is the name a common noun is given: after "a"/"an" any, after
    another determiner only a capitalised one or after a verb that only names ("titled", "known as"), since
    "the X called “…”" is as often X speaking. Never after a role or a noun that speaks ("what the president
    called “a disgrace”")."""
    if not tail.rstrip().endswith(_NAMING_ENDS):
        return False  # (what _NAMED must end with: a search for it reads every position of the tail)
    found = _NAMED.search(tail)
    if found is None:
        return False
    noun = found.group("noun")
    if noun in _NAMED_UNDERTAKINGS and found.group("det") in ("a", "an"):
        return True  # "an annual awareness campaign called “Fog Is Not a Race”" (part 39; "the campaign called it")
    if noun in _SPEAKING_NOUNS or _is_role(noun):
        return False
    return found.group("det") in ("a", "an") or capitalised or found.group("verb") not in ("called", "named",
                                                                                            "dubbed")


def _mostly_title_case(words: list[str], stripped: str) -> bool:
    """A name in title case, however loosely written ("Orange is the New Black", "Here’s the Thing."): the
    first word and at least two thirds of the others that are not small words capitalised, one sentence."""
    if not words[0][:1].isupper() or ". " in stripped or stripped.rstrip(".,")[-1:] in "?!…":
        return False
    big = [word for word in words[1:] if word.lower() not in _SMALL_WORDS]
    if len(words) > 1 and not big:
        return False  # "Come in.": no word to be capitalised but the first, a sentence as likely as a name
    capitals = sum(1 for word in big if word[:1].isupper() or word[:1].isdigit())
    return capitals * 3 >= len(big) * 2


_SLOGAN_LEADS = {
    "fr": re.compile(r"\b(?:slogan|campagne(?: d[’']\w+| de \w+)?|mot d[’']ordre)\s*,?\s*$", re.IGNORECASE),
    "de": re.compile(r"(?:slogan|motto|kampagne|parole)\s*,?\s*$", re.IGNORECASE),
}
"""A campaign's or a slogan's noun right before the quotation: its name, even when it is a clause (part 38)."""
_WORK_LEADS_ELSEWHERE = {
    "de": re.compile(r"(?:serie|show|sendung|film|buch|doku|dokumentation|folge|reihe|roman|lied|album|podcast|"
                     r"software|lernprogramm|plattform|marsch|polka|walzer|hymne|gedicht|song|single|musical|hörspiel|"
                     r"sinfonie|symphonie|ballade|kantate|"
                     r"magazin|angebot|titel|stück|oper|ausstellung|initiative|bündnis|motto|slogan|parole|"
                     r"kampagne|petition|biografie|biographie|memoiren|programm|förderprogramm|projekt|aktion|"
                     r"bericht|studie|festschrift|strategie|seite|gruppe|broschüre|chronik|zeitung)"
                     r"\s*,?\s*$",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:émission|série|film|livre|roman|chanson|album|documentaire|magazine|spectacle|pièce|"
                     r"podcast|titre|collectif|slogan|banderoles?|pancartes?|campagne(?: de \w+)?|mot d[’']ordre|"
                     r"biographie|mémoires|valse|hymne|poème|morceau|opéra|symphonie|cantate|note|bulletin|"
                     r"(?:son|sa|leur) (?:dernier|dernière|nouveau|nouvelle)|"
                     r"pétition(?: en ligne)?|plan|programme|dispositif|opération|"
                     r"baptisée?s?|rapport|ouvrage|essai|recueil|auteure? de|autrice de|étude|marche|guide|"
                     r"lotissement|quartier|résidence|"
                     r"campagne d[’']\w+)\s*,?\s*$",
                     re.IGNORECASE),
}
"""German and French: a work's noun right before its quoted name (German compounds end with it:
"Fernsehserie", "Talkshow", "Sketchfolge"), or a group's or a slogan's ("die Bürgerinitiative »Grüner Anger
bleibt«", "le collectif « Nous Toutes »"), a petition's, a plan's or a programme's ("une pétition en ligne,
« Gardez-nous sur les rails »", "le plan « Toitures saines »", "un programme baptisé « Route 67 »": part 36).
Any quotation there (not in lower case) is its title."""
_SIGN_LEADS_ELSEWHERE = {
    "de": re.compile(r"\b(?:Motto|Slogan|Parole|Aufschrift|(?:die|der|einer|eine) \w*[Kk]ampagne(?=\s*$)|"
                     r"(?:Transparent|Plakat|Schild|Banner|Spruchband)\w*"
                     r"[^.!?]{0,40}?(?:auf dem|auf denen|darauf)|"
                     r"\bauf (?:dem|der|denen)\b[^.!?:„»]{0,45}\b(?:stand|steht|standen|stehen)\s*:)\s*:?\s*$"),
    # ("ein Transparent hoch, auf dem „…“"; "ein Schild in der Hand, auf dem in sauberer Schrift stand: »…«")
    "fr": re.compile(r"\b(?:slogan|(?:la|une|sa|leur) campagne(?=\s*$)|(?:banderole|pancarte)(?: \w+)?|mot d[’']ordre|"
                     r"mention|inscription)\s*:?\s*$",
                     re.IGNORECASE),  # ("une banderole géante : « … »")
}
"""German and French: a slogan's or a sign's noun right before the quotation, which is what it says, even with a
verb in it (as English "a banner reading “…”")."""
_GROUP_LEADS = {
    "de": re.compile(r"(?:club|klub|verein|verband|zeitung|blatt|chor|gruppe|kollektiv|partei)(?:e?s)?\s*$",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:quotidien|journal|hebdomadaire|mensuel|club|association|groupe|parti|mouvement|"
                     r"chorale)(?: \w+)?\s*$", re.IGNORECASE),
}
"""German and French: a club's, a paper's or a party's noun right before a short quoted name in capitals ("der
Vorsitzende des Fanclubs »Nordlichter«", "le quotidien régional « Le Républicain »"): the quotation is its name
(with no comma between: "le président du groupe, « … »" is speech)."""
_REPORT_LEAD = re.compile(r"\b(?:report|study|paper|review|audit|strategy|guidance|leaflet|pamphlet|booklet|white "
                          r"paper|policy document)(?: that came out [\w ]{0,20})?\s*,?\s*$")
_AUTHOR_OF = re.compile(r"\b(?:author|authors|co-author|editor|writer|director|composer) of\s*$")
"""English: a document's noun or a work's author right before a capitalised quotation: its title."""
_MEDIUM_DE = re.compile(r"(?:\b(?:sagt|sagte|sagten|erklärt|erklärte|betont|betonte|meint|meinte|schrieb|versicherte|"
                        r"bestätigte|erzählte|erzählt|schilderte|schildert)\s+(?:er|sie|es|de[rm] \d+-Jährigen?|"
                        r"die \d+-Jährige)\s+(?:am \w+ |\d{4} )?(?:der|dem|im)|\bgegenüber (?:dem|der)|\b(?:nannte|"
                        r"bezeichnete)\b[^.!?„“»«]{0,40}\bim|\bzu Gast (?:in|im|bei))\s*$")
"""German: where words were said or printed, before a short capitalised quotation: a paper's or a show's name."""
_MEDIUM_FR = re.compile(r"\b(?:dans|à l[’']antenne de|au micro de|sur les ondes de)\s*$")
"""French: where words were said, before a short capitalised quotation: a show's or a paper's name."""
_WORD_AS_WORD_DE_FR = re.compile(r"\b(?:Wort|Begriff|Ausdruck|Wörter|Wörtern|Begriffe|Begriffen|Ausdrücke|Ausdrücken|"
                                 r"(?<!en un )mot|mots|terme|termes|vocable)"
                                 r"(?:\s+wie)?\s*$")  # (not "a répondu en un mot « … »": the answer)
"""German "ein Wort wie „…“", "der Begriff „…“", French "du mot « … »" (part 32): a word as a word."""


def _capitalised_words(quoted: str) -> bool:
    """One to ten words, each capitalised (a work's name: "Politicking", "Eclipsed", "Meet the Press" is left
    to :func:`is_title`, which allows the small words)."""
    words = _WORD.findall(quoted)
    return 1 <= len(words) <= 10 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


_TITLE_LEAD = re.compile(r"(?:\w['’]s?|\b(?:of|on|in|titled|called|named|dubbed|nicknamed|nickname))\s*$",
                         re.IGNORECASE)
"""What leads to a show's or a work's title (“… on CBS's “Face the Nation,”, “an episode of “Shark Tank.”):
a possessive or a preposition."""
_TITLE_PREFIX = 160
"""Characters of a quotation read first by :func:`is_title`: the words found in a prefix are at most those of the
whole (only the last may be cut), so more than ten there settles it."""
_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for by with from as vs via de la le".split())


def is_title(quoted: str) -> bool:
    """English title case: a work, a show, a slogan (“Meet the Press”, “Make America Great Again”). Two to ten
    words, each capitalised but the small ones, not ending as a sentence ends (a quoted sentence may also be all
    capitals, "THIS IS NOT OK.")."""
    stripped = quoted.strip().rstrip(",")
    if stripped[-1:] in ".?!…" and not stripped.endswith("..."):
        return False
    if len(stripped) > _TITLE_PREFIX and len(_WORD.findall(stripped, 0, _TITLE_PREFIX)) > 10:
        return False  # a long quotation: its first words already number more than a title's (no need to read on)
    words = _WORD.findall(stripped)
    if not 2 <= len(words) <= 10:
        return False
    capitals = 0
    for number, word in enumerate(words):
        if word[:1].isupper() or word[:1].isdigit():
            capitals += 1
        elif number == 0 or word.lower() not in _SMALL_WORDS:
            return False
    return capitals >= 2 and not stripped.isupper()


_CITATION = re.compile(
    r"^\W{0,3}(?:\d{1,3}\.\s+|\[\d{1,3}\]\s*)?"  # "^ ", "12. ", "[3] "
    r"(?:(?:van|von|de|der|den|da|di|du|del|la|le) )*[\w’'-]+, [A-Z][\w’'.-]*"  # "Kerr, James", "van der Berg, Jan"
    r"(?:(?:, | and |, and | & |; | )(?:(?:van|von|de|der) )*[A-Z][\w’'.-]*){0,14}"  # more names and authors
    r" ?\((?:[^()\n]{0,20}\s)?\d{4}[a-z]?(?:-\d\d){0,2}\)\.\s*$")
"""The end of a reference's authors (a surname, a comma, given names) and date, right before its title ("Kerr,
James (14 November 2013). “The All Blacks guide …”", "Crase, Lin (2007). “…”"): a bibliography's (a Wikipedia
page's notes)."""


def cited_title(before: str) -> bool:
    """Whether a quotation opening after ``before`` (its paragraph's text before the mark, which the reference
    must open) is a cited work's title: no one's words, whatever its shape."""
    return _CITATION.match(before) is not None


def final_kind(kind: Kind, quoted: str, speaker: str | None, lang: str) -> Kind:
    """The kind once the speaker is known: a phrase in English title case is a ``title``; a phrase nobody is
    said to have said is a ``term`` (scare quotes, a nickname, a word as a word). Titles and terms have no
    speaker (the caller drops it for a title)."""
    if kind != "phrase":
        return kind
    if "://" in quoted or not any(map(str.isalpha, quoted)):
        return "term"  # “2016-06-29”, “http://…”: a page's markup left in its text, nobody's words
    if lang == "en" and is_title(quoted.rstrip().rstrip(".,!")):
        # “Face the Nation.”: the full stop is the sentence's (American style), not the title's; “Lock Her Up!”
        return "title"
    return "phrase" if speaker is not None else "term"
