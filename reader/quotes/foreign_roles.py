"""German and French role nouns, both genders (part 19 of issue 11: a ninth review set's "le politiste Bruno
Lefranc", "la procureure, Anne Lefebvre", "die Grünen-Haushälterin Anja Reuter", "Der Landrat … Stefan Kühne"):
with one before a name, the name is a person's, and "sagte die Haushälterin" is a description to resolve.
Joined to :data:`reader.quotes.words._ROLES`, which holds the first German and French ones. Pure data."""

from __future__ import annotations

ROLES_DE_FR = frozenset("""
    politiste politologue procureure procureur magistrate magistrat économiste sociologue historien historienne
    chercheuse conseiller conseillère sénatrice adjoint adjointe élu élue militant militante professeur professeure
    juge préfet préfète diplomate ambassadeur ambassadrice retraité retraitée électeur électrice secrétaire
    responsable dirigeant dirigeante patron patronne
    politikwissenschaftler politikwissenschaftlerin ökonom ökonomin haushälter haushälterin abgeordneter abgeordnete
    landrat landrätin geschäftsführer geschäftsführerin rentner rentnerin staatsanwalt staatsanwältin
    wissenschaftlerin jährige jähriger kapitän kapitänin angreifer angreiferin stürmer stürmerin torwart torhüterin
    verteidiger verteidigerin mittelfeldspieler technicien technicienne attaquant attaquante défenseur gardien
    gardienne capitaine homme femme proche collègue salarié salariée accusé accusée""".split())
"""("homme", "femme": "confie le jeune homme" after "Kévin Guéguen, 24 ans" is his, by the article's gender.)"""
"""("jährige": "die 47-Jährige", "der 58-Jährige", German's way of naming again the person just named by age.)"""
