"""What a quotation's speaker is when it is not a plain name: a role description no one holds (:class:`Unheld`),
one resolved to a person (:class:`Described`), and how the ``speaker`` field shows either (:func:`shown_name`).
Split out of :mod:`reader.quotes.people` (the people index), which resolves descriptions but never needs these
types itself. Whether a speaker is a crowd (:func:`is_crowd`) and a "person" a people or a party
(:func:`_is_group`), moved here from :mod:`reader.quotes.words` (word lists only, over 500 lines). No Textual or
Rich import here."""

from __future__ import annotations

from reader.quotes.words import _CROWDS


class Unheld(str):
    """A definite role description that no one the article names holds ("the minister" where no one is named),
    kept as written: a speaker with a cue verb, but never the subject a cue-less quotation is given (the subject
    of "visited Texas, which called the plan “…”" is not who called it)."""


class Described(str):
    """A speaker resolved from a role description: the person's name, carrying the description as the article
    writes it ("the Vermont senator"). The ranker tells these from names; the quotation's ``speaker`` stays the
    person's name (the seed's gold and the quotations list want it)."""

    written: str

    def __new__(cls, name: str, written: str) -> Described:
        self = super().__new__(cls, name)
        self.written = written
        return self


def shown_name(speaker: str, surnames: dict[str, str]) -> str:
    """The ``speaker`` field of a quotation: the name as the article usually cites the person (the surname); a
    role description that names something by itself ("the Vermont senator", "the New York businessman") as
    written, as issue 11 item 1 asks, while ``speaker_full`` holds the person it resolved to. A generic
    description ("the incumbent president") gives the person's name: the seed's gold wants "Lukashenka" there.
    The reader's screens show ``speaker_full``, so the quotations list groups by person either way."""
    if isinstance(speaker, Body):
        return str(speaker)  # an organisation by its whole name ("Kessler Guss", not a surname "Guss")
    if isinstance(speaker, Described):
        written = speaker.written
        words = written.split()
        if words and (words[0].lower() in ("the", "a", "an") and any(w[:1].isupper() for w in words[1:])
                      or words[0][:1].isupper() and words[0].endswith(("'s", "’s"))):  # "Obama's former strategist"
            return written
    return str(surnames.get(speaker, speaker))


class Body(Described):
    """An organisation a description stands for ("the company" for "Wessex Valley Trains"): the ranker, whose
    features read the people index (persons only), is not asked to weigh it against the persons around; the
    pattern's answer is kept, as a description kept as written is."""


_GROUPS = frozenset("""republicans democrats dems muslims jews catholics protestants evangelicals mormons hispanics
    latinos latinas asians arabs israelis iraqis afghans pakistanis saudis kurds turks greeks poles czechs swiss brits
    britons scots danes swedes finns chinese japanese vietnamese lebanese conservatives liberals progressives
    libertarians independents millennials evangelicals baptists europeans koreans chileans""".split())


def is_crowd(speaker: str | None) -> bool:
    """Whether ``speaker`` is a crowd, an audience or a heckler (:data:`_CROWDS`): a speech goes on past its
    chant, so the quotation after it inherits nothing from it, nor does the next paragraph's ("Rubio said … as
    the crowd roared.¶“Which is why …”" is Rubio's; PolNeAR train)."""
    return speaker is not None and speaker.rpartition(" ")[2].lower() in _CROWDS


def _is_group(surname: str) -> bool:
    """Whether a "person" is a people or a party ("Muslim Americans", "Republicans", "Syrians"): never what "he"
    or "she" stands for."""
    key = surname.lower()
    return key in _GROUPS or key.endswith(("ians", "icans"))  # not "eans": Russell Means
