"""Role nouns and cue verbs beyond the first lists in :mod:`reader.quotes.words` (at its size limit): German and
French roles and cues, and English roles that are roles only in lower case.

Role nouns, both genders (part 19 of issue 11: a ninth review set's "le politiste Bruno
Lefranc", "la procureure, Anne Lefebvre", "die Grünen-Haushälterin Anja Reuter", "Der Landrat … Stefan Kühne"):
with one before a name, the name is a person's, and "sagte die Haushälterin" is a description to resolve.
Joined to :data:`reader.quotes.words._ROLES`, which holds the first German and French ones; the cue verbs
(:data:`CUES_DE_FR`) to :data:`reader.quotes.words._VERBS`. Pure data."""

from __future__ import annotations

import re

ROLES_DE_FR = frozenset("""
    rätin sänger verlobte verlobter witwe witwer seniorin großmutter großvater enkel enkelin obmann obfrau ortschef
    klubchef geistliche geistlicher lebensgefährtin
    lebensgefährte schlagerstar popstar fiancée fiancé
    promoteur organisateur lutteur lutteuse arbitre voyageur automobiliste motard motarde piéton piétonne
    veuve veuf championne skippeur skippeuse navigateur navigatrice biathlète athlète cycliste nageur nageuse sprinteuse
    politiste politologue procureure procureur magistrate magistrat économiste sociologue historien historienne
    chercheuse conseiller conseillère sénatrice adjoint adjointe élu élue militant militante professeur professeure
    juge préfet préfète diplomate ambassadeur ambassadrice retraité retraitée électeur électrice secrétaire
    responsable dirigeant dirigeante patron patronne
    politikwissenschaftler politikwissenschaftlerin ökonom ökonomin haushälter haushälterin abgeordneter abgeordnete
    landrat landrätin geschäftsführer geschäftsführerin rentner rentnerin staatsanwalt staatsanwältin
    grossrat großrat kantonsrat regierungsrat nationalrat ständerat vorsteher vorsteherin gymnasiast gymnasiastin
    wissenschaftlerin jährige jähriger kapitän kapitänin angreifer angreiferin stürmer stürmerin torwart torhüterin
    verteidiger verteidigerin mittelfeldspieler technicien technicienne attaquant attaquante défenseur gardien
    gardienne capitaine homme femme proche collègue salarié salariée accusé accusée
    commissaire représentant représentante délégué déléguée conducteur conductrice employé employée entraîneuse
    cariste mareyeur mareyeuse pêcheur pêcheuse élève kommissar kommissarin betriebsrat betriebsrätin
    landlady cleaner carer caregiver receptionist homeowner
    institutrice instituteur professionnel professionnelle vigneron vigneronne sélectionneur sélectionneuse cheminot
    cheminote coureur coureuse coéquipier coéquipière réalisatrice réalisateur acteur actrice producteur productrice
    urgentiste maîtresse prévenu prévenue victime
    leiter leiterin direktor kritiker kritikerin zeuge zeugin trainerin pfleger pflegerin freundin freund
    négociant négociante prévisionniste secouriste assesseur assesseure enquêteur enquêtrice conservatrice
    inspecteur inspectrice erzieher erzieherin maître-chien maîtres-chiens
    conservateur hydrologue viticulteur rapporteur rapporteure commandant guide alpiniste skieur skieuse musicien
    musicienne violoniste greffier greffière passager passagère marin gérant gérante bénévole adhérent adhérente
    winzer winzerin pfarrer pfarrerin tierpfleger tierpflegerin kurator kuratorin ermittler ermittlerin gutachter
    gutachterin passagier passagierin mieter mieterin vermieter vermieterin meteorologe meteorologin ingenieur
    ingenieurin techniker technikerin konkurrent konkurrentin fahrer fahrerin schäfer schäferin jäger installateur
    installateurin friseur friseurin friseurmeister friseurmeisterin lehrling bademeister schwimmmeister camionneur
    jägerin pilier ouvreur talonneur troisième-ligne deuxième-ligne ailier buteur menuisier boulanger boulangère
    kinésithérapeute quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire doyen doyenne
    veuve veuf associé associée visiteur visiteuse chroniqueur chroniqueuse auteur autrice peintre sculpteur
    sculptrice père mère fils fille innenverteidiger außenverteidiger intendant intendantin pflegekraft kämmerer
    kämmerin abonnent abonnentin anhänger anhängerin doktorand doktorandin biologe biologin docteur psychiatre
    psychologue pédiatre chirurgien chirurgienne pharmacien pharmacienne vétérinaire notaire huissier gendarme
    policier policière pompier sapeur-pompier architecte ingénieur journaliste photographe éditeur éditrice libraire
    romancier romancière poète comédien comédienne chanteur chanteuse danseur danseuse
    chimiste fromager fromagère apicultrice pompiste distillateur distillatrice restauratrice agronome serveuse
    forestier forestière bûcheron bûcheronne proviseur proviseure entrepreneuse transporteur transporteuse
    chauffeuse assureur banquier banquière huissière sage-femme fermier fermière exploitant exploitante braut
    bräutigam bride groom bridegroom mariée gastronom gastronomin hotelier hotelière unternehmer besitzer
    briefträger postbotin anrainer stammgast gast substitut substitute tochter sohn
    saxophonist pianist guitarist drummer trumpeter bassist stifter stifterin kroate kroatin däne dänin franzose
    französin brite britin schwede schwedin norweger norwegerin österreicher österreicherin niederländer
    niederländerin polin tscheche tschechin spanier spanierin italiener italienerin amerikaner amerikanerin
    russe russin ukrainer ukrainerin türke türkin grieche griechin serbe serbin ungar ungarin schweizer schweizerin
    slowene slowenin slowake slowakin belgier belgierin kanadier kanadierin japaner japanerin australier australierin
    finnin teenager youngster
    beamter beamtin teamchef teamchefin pächter pächterin héros héroïne membre pdg assistante
    scientifique aide-soignant aide-soignante technician buteuse dessinatrice défenseure
    förster försterin revierförster bäcker wirt wirtin gastwirt bergführer bergführerin bergretter hebamme
    lokführer feuerwehrmann komponist komponistin dirigent dirigentin geiger geigerin pianist pianistin metzger
    schreiner tischler handwerker biologiste océanographe pompière cheffe cuisinier cuisinière biologist
    juriste fondateur coordinateur gestionnaire analyste consultant consultante comptable trésorier trésorière agente
    animateur rédacteur ingénieure opposant opposante usager usagère client cliente locataire propriétaire
    restaurateur apiculteur pisteur moniteur jurist juristin bäuerin imker imkerin kunde nutzer professorin dozent
    dozentin sachverständige sachverständiger analystin berater kassierer betreiber inhaber veranstalter
    organisatorin elternvertreter édile mécanicien mécanicienne garagiste serveur vendeur chauffeur livreur caissier
    caissière artisan artisane plombier électricien maçon coiffeur fleuriste soldat militaire lycéen
    lycéenne collégien collégienne chômeur surveillant surveillante concierge facteur bouchère épicier épicière
    maraîcher maraîchère randonneur adolescent adolescente sieger siegerin gewinner gewinnerin échevin échevine
    internaute pensionist pensionistin hörer hörerin leser leserin zuschauer zuschauerin offizier offizierin auteure
    truppführer truppführerin inspektor inspektorin chefinspektor chefinspektorin bevollmächtigte
    bevollmächtigter absender absenderin verfasser verfasserin motionär motionärin syndic syndique
    bourgmestre mayeur mayeure mairesse préfet attaché attachée routinier routinière paceman spinner flanker
    allrounder all-rounder halfback depositor creditor borrower motorist pensioner
    retiree eyewitness taxpayer ratepayer renter householder homebuyer landowner worshipper parishioner churchgoer
    villager islander holidaymaker beachgoer concertgoer punter farmhand jobseeker applicant appellant complainant
    bidder hiker surfer camper participant marcher prêtre abbé curé pasteur pasteure rabbin évêque aumônier
    aumônière primar primaria""".split())
"""(Part 20: "la haute représentante de l'UE …", "la commissaire européenne …", "un mareyeur de Lesconil". Part 21:
"Un négociant de Narbonne", "un prévisionniste de Météo-France", "écrivent les enquêteurs". Part 22: a rugby
team's positions, ages as nouns ("s'inquiète la septuagénaire"), kin, "sagte der Intendant". Part 25: "Ein
Beamter des Ministeriums", "a reconnu le héros de la soirée", "le PDG du groupe", "A former laboratory technician".
Part 30: common occupations missing, as a review set's "souligne sa juriste, Anne-Catherine Mertens" and "raconte
un ancien mécanicien" showed; not "berger", "bauer", "rektor", "boucher", "charpentier" or "chasseur" alone, which
are surnames too. Part 41: "sagte der Routinier", a team's veteran; a
team's positions that are no other word nor a surname, "former Test paceman Greg Latham" (not "batter", "bowler":
surnames too); people in the news by what they do that are no surname ("Another depositor, who declined to be
named, said", "a pensioner", "a villager"; not "cyclist", "pedestrian": as often the victim an accident's report
names as an object, "accused of causing the death of a cyclist … told a jury").)
("homme", "femme": "confie le jeune homme" after "Kévin Guéguen, 24 ans" is his, by the article's gender.)"""
"""("jährige": "die 47-Jährige", "der 58-Jährige", German's way of naming again the person just named by age.)"""

AUTHORED_DOCUMENTS = frozenset("letter memo email e-mail complaint petition lawsuit filing".split())
"""Documents whose words are their senders' ("“…,” the letter said" after "Fourteen MPs wrote to …"): part 25."""

_PLAIN_SPOKEN = ("deutlich", "deutlicher", "grundsätzlich", "konkret", "emotional", "persönlich", "laut")
"""German "deutlich werden" and its kin: speaking plainly ("In seinem Schlussplädoyer wurde er grundsätzlich: „…“":
part 42)."""
PARTICLE_CUES = {"savoir": ("fait", "faire", "fera", "faisait", "font"),
                 "valoir": ("fait", "faire", "fera", "faisait", "font", "faisaient"), "voit": ("y",), "voient": ("y",),
                 "voyait": ("y",), "remarquer": ("fait", "faire", "fera", "faisait", "font"),
                 "interrogé": ("a", "l’a", "l'a"), "interrogée": ("a", "l’a", "l'a"),
                 "legte": ("nach",), "legt": ("nach",), "gibt": ("zu",), "gab": ("zu",),
                 "dite": ("s’est", "s'est"), "dites": ("sont",), "hielt": ("dagegen", "entgegen"),
                 "hält": ("dagegen", "entgegen"), "wandte": ("ein",), "wendet": ("ein",), "stellte": ("klar",),
                 "stellt": ("klar",), "wollte": ("wissen",), "räumt": ("ein",),
                 "wollten": ("wissen",), "wurde": _PLAIN_SPOKEN, "wird": _PLAIN_SPOKEN}
"""Cue verbs only with their word: French after it ("a fait savoir que", "y voit « … »", part 26's "s’est dite
« bouleversée »"), German's separable particle closing the clause after them ("legte sie nach:", "gibt der
16-jährige Malte zu."): part 25 (:func:`reader.quotes.cue_verbs.verb_at`); part 30, "hielt dagegen", "wandte …
ein", "stellte … klar"; part 33, "wollte Korrespondentin Nadia Ferrari wissen"; part 41, "fait valoir l’échevine";
part 42, "lui a fait remarquer la présidente", "l’a interrogé la présidente"."""
PREPOSITION_CUES = {verb: ("von", "vom") for verb in "sprach spricht sprachen".split()} | {
    verb: ("de", "d’", "d'", "du") for verb in "parle parlent parlait parlé".split()} | {
    verb: ("à",) for verb in "appelé appelle appellent appelait".split()} | {
    "put": ("it",), "puts": ("it",)}
"""Cue verbs only with the word that follows them within a few words ("sprach von einer »neuen Qualität«",
"spricht dabei von einem „Missverständnis“", "parle d’une « catastrophe »", "as the mayor put it, “…”"): part 26.
Elsewhere they tell of speaking, not what was said ("sprach mit Reportern", "parle aux habitants"). Not
"sprechen": "Viele Anwohner sprechen … nur vom »Acker«" is what a place is called. French "appeler à" (part 43): "a
appelé à « revoir les horaires »", not "un projet appelé « … »"."""

DOCUMENT_CUES = frozenset("publié posté publie poste publiait".split())
"""Verbs of publishing, a cue only when a message they name ends the words before a colon ("la fromagerie a publié
dimanche soir un bref message : « … »", part 38); not "a publié « Titre »", a work's title. French only: a German
participle ends its clause ("hat der Verein ein Foto gepostet, dazu der Text:")."""
DOCUMENT_NOUNS = frozenset("message communiqué texte mot publication post lettre courrier billet tweet".split())

CUES_DE_FR = frozenset("""
    énuméré énumère énumérait
    déclarent affirment estiment expliquent ajoutent soulignent précisent assurent indiquent confient racontent
    poursuivent reconnaissent regrettent jugent martèlent lancent réagissent qualifient annoncent insistent
    rappellent préviennent avertissent plaident résument glissent concèdent déplorent dénoncent témoignent saluent
    ironisent fustigent tempèrent nuancent soutiennent promettent analysent répondent rétorquent commentent
    concluent détaillent admettent constatent protestent écrivent écrivaient
    s'interroge s'interrogent s'inquiète s'inquiètent s'étonne s'étonnent s'insurge s'insurgent s'alarme
    s'alarment s'agace s'amuse s'indignent s'emportent s'exclament
    prédit prédisent réclame réclament exige exigent confirme confirment confirmé réplique répliquent
    répliqué relativise relativisent plaisante avoue fulmine proteste protestent jure espère craint redoute
    relativiert relativierte lobt lobte bedauert bedauerte vermutet vermutete widerspricht widersprach erwidert
    erwiderte kommentiert kommentierte resümiert resümierte demande demandé demandait interroge questionne
    questionné justifie justifié justifient argumente argumenté décrit décrivent décrivait évoque évoquent évoqué
    évoquait félicitée félicités félicitées accusent meldet meldete meldeten s'amusait s'amusaient s'agaçait
    s'étonnait s'inquiétait s'indignait s'emportait invoque invoquent invoquait
    disait résumait soulignait précisait assurait indiquait reconnaissait regrettait jugeait martelait
    insistait rappelait prévenait avertissait plaidait glissait concédait déplorait dénonçait témoignait saluait
    ironisait rétorquait commentait concluait admettait confessait écrivait notait observait répétait
    soupirait lâchait tranchait poursuivait jurait promettait avouait réclamait exigeait confirmait répliquait
    plaisantait annonçait qualifiait s'interrogeait disaient racontaient expliquaient affirmaient estimaient
    répétaient confiaient erinnert erinnerte äußert äußerte appelliert appellierte relance relancé relancent
    relançait défend défendent défendait répète répètent répété calcule étonné étonnée inquiété inquiétée indigné
    indignée exclamé exclamée insurgé insurgée alarmé alarmée geschrieben
    souriait rigolait avançait détaillait analysait tempérait nuançait répondait soufflait s'exclamait
    expliqua ajouta déclara confia répondit glissa lâcha souffla sourit raconta affirma estima poursuivit
    précisa assura reconnut résuma rappela observa insista avoua répliqua rétorqua demanda s'exclama plaisanta
    murmura soupira crie crié criait cria crient hurle hurlé hurlait hurla""".split()) | frozenset(
    PARTICLE_CUES) | frozenset(PREPOSITION_CUES) | DOCUMENT_CUES
"""French cue verbs in the third person plural ("les syndicats dénoncent", "estiment les élus") and reflexive
ones ("« … ? » s'interroge Thierry Caron"): part 20, from a tenth review set's French articles; part 21, more of
both languages ("», relativise Henri Rouzaud", "», proteste-t-il", "erwiderte Müller"); part 27, the imperfect
of the common ones, as an obituary or a portrait writes them ("il résumait ainsi sa carrière :"); part 36, "se
défend" ("», se défend M. Chalencon"); part 38, reflexive ones in the past ("», s'est étonnée la présidente");
part 40, more of the imperfect ("», souriait l'attaquant") and the passé simple a feature or a sports report
writes ("», expliqua-t-il", "», glissa le capitaine"); not "lançait", "lança", which launch a festival as often
("le maire lançait le festival « Plouha en fête »", part 27)."""

FUNCTION_DE_FR = frozenset("""während weil obwohl nachdem bevor seitdem sobald dass ob danach zuvor zudem
    dennoch trotzdem deshalb daher laut zwar zunächst anschließend inzwischen mittlerweile zugleich außerdem
    allerdings jedoch indes immerhin bislang bisher ebenfalls stattdessen darauf daraufhin lorsque puisque
    selon darin dazu damit dabei davor dafür dagegen darüber darum deswegen hierzu hierbei ihrer ihrem ihres ihnen
    euer eure unser unsere seiner
    plusieurs certains certaines quelques chacun chacune aucun aucune beaucoup nombreux nombreuses tous toutes
    mehrere einige viele seit trotz wegen dutzende hunderte tausende ähnliches folgendes gleiches dasselbe
    weiteres näheres genaueres anderes en juste""".split())
"""German and French conjunctions and adverbs that open a sentence, capitalised, before a name: never part of it
("Während Nordvik dort einmal danebenlag" named a "Während Nordvik"; part 24; not "solange", a given name too:
"Solange Mukamana", part 37); and quantifiers, never a name
("Plusieurs établissements ont déclenché leur plan « chaleur »" had been "Plusieurs"'s, part 28); prepositions
("Seit Ferrari-Imhof die Vorschläge … aktiviert hat", part 38)."""

GERMAN_WOMEN_S_ROLES = ("erin", "arin", "orin", "identin", "wältin")
"""Endings of German women's roles written before a name ("Richterin Behrends", "Kommissarin", "Präsidentin"): a
title, no given name (a man's role is often a surname: "Gerhard Richter")."""

SPORT_ROLES = frozenset("""striker strikers winger wingers fullback full-back centre-back center-back playmaker
    goalscorer batsman wicketkeeper all-rounder pitcher shortstop outfielder infielder linebacker sprinter summariser
    summarizer goalie goalies torhüter schlussmann torjäger spielmacher paddler paddlers steerer stroke""".split())
"""Sports' roles ("said former Tanners striker Tony Agyeman": the name after the role speaks, not the club; part
27), and German ones the first lists lacked ("Goalie Jānis Ozoliņš", "Torhüter", part 28). Not "forward",
"guard", "bowler", "batter", "swimmer", "skipper" (a word of every topic, a surname: "Batter said:" is Kevin
Batter's) nor "cyclist" (a crash's victim: "A driver accused of causing the death of a cyclist told a jury he
“froze”" is the driver's). A crew's "stroke" is one ("said Kaimai stroke Finn Aperahama", part 44: met in two
review sets; "suffered a stroke" opens no subject)."""

ANYONE = frozenset("homme femme man woman mann frau".split())
"""Nouns any person is: "le jeune homme" after "un homme" stands for the one that sentence names, if any ("un homme
qu’il a reconnu comme étant Tovo Andrianarisoa": :meth:`reader.quotes.role_phrases.RolePhrases._introduced_as`,
part 33; not anyone named since: a probe review found his lawyer)."""
LOWER_CASE_ROLES = frozenset("""nurse nurses priest pastor baker butcher boxer dancer cook tailor carpenter hunter
    porter shepherd""".split())
"""Occupations that are roles only when written in lower case: capitalised, each is a common surname ("Nurse
said" is Paul Nurse's), so :data:`reader.quotes.words._ROLES` leaves them out; "One nurse on the picket line"
is a role all the same (:meth:`reader.quotes.role_antecedents.RoleAntecedents._role_opening_before`)."""

GIVEN_FR_DE = frozenset("""bernard jean simon karl franz ulrich werner lutz clemens ludwig friedrich henning jonas
    wolfram finn elias franck bertrand guy hugues bruno serge kaspar goulven gaston armand hubert ernst kilian lorenz
    edmond francis erwin ewald otto willi fritz herbert bernhard anton konrad sören mirko till jan harald
    beat alfons leander réjean gunther leopold franc""".split())
"""Men's given names in French and German text that English news uses as surnames as often (so
``given_names.json`` leaves them out): in an article in either language, "Bernard Coste" is a man
(:func:`reader.quotes.names.given_gender` with the article's language)."""

ORGS_DE_FR = frozenset("""association coopérative collectif société agence municipalité gendarmerie hôpital verein
    gemeinde landratsamt polizei drittligist zweitligist bundesligist regionalligist régulateur fromagerie
    distillerie brasserie laiterie scierie fonderie sucrerie initiative bürgerinitiative vereinigung intercommunale
    mutuelle fédération institut observatoire""".split())
"""French and German nouns of organisations ("indique l’association dans un communiqué", "teilte der Drittligist
mit"): part 22, from a fourteenth review set. Not "direction", "département" or "région": each is as often a
direction or a place. Part 25: "le régulateur" (a regulator is an authority, not the "médecin régulateur" named
before). Part 38: a business by its trade ("la fromagerie a publié"), resolved to the one named ("la
Fromagerie des Auges"). Part 41: a Belgian "intercommunale", a "mutuelle", a "fédération". Part 45:
"l’institut national de la statistique relevait"."""

BUSINESS_HEADS = frozenset("""Co. Co Inc Inc. Ltd Ltd. Corp Corp. plc PLC LLC AG SA Group Holdings Airways Airlines Air
    Trains Rail Railways Water Energy Power Motors Bank Foods Homes Freight Media Systems Technologies Tech Labs Capital
    Partners Insurance Telecom Pharma Pharmaceuticals Logistics Entertainment Studios Games Books Press Records
    Brewery Hotels Resorts Solutions Industries Networks Communications Software Appliance Appliances Brands Stores
    Markets Construction Developments Properties Mining Oil Gas Steel Airport Buses Ferries Shipping Resources
    Minerals Ventures Automotive Aerospace Robotics Semiconductors Beverages Brewing Retail Apparel Lettings Estates
    Builders Removals Couriers Dairies Bakeries Cruises Tours Holidays Bingo Leisure Casino Casinos Cinemas Limited
    Plc Bhd Berhad Pty LLP Incorporated Transport Haulage Railway Railroad Pipeline Pipelines Utilities
    Airline Terminals Cement Cements""".split())
CLUB_HEADS = frozenset("""Town City United Athletic Athletico Rovers Wanderers Albion County FC AFC Rangers Celtic
    Hotspur Villa Club Olympic Dynamo Sporting Argyle Orient Thistle""".split())
"""The last words of a business's and of a sports club's name: "Harborough Town" or "Pennine Water" names no person
(:func:`reader.quotes.name_runs.no_person_runs`), and "the company" may stand for it
(:func:`reader.quotes.organisations.article_subject`)."""

JUDGING = frozenset("""sprach spricht zeigte zeigt nannte nennt bezeichnete bezeichnet lobte lobt warnte warnt
    forderte fordert kritisierte kritisiert reproche reproché qualifie qualifié évoque évoqué parle parlé appelle
    appelé invoque invoqué invoquent évoquent parlent qualifient décrit décrivent dépeint dépeignent défend défendu
    défendent fustige fustigé fustigent déplore déploré begrüßte begrüßt gratulierte gratuliert""".split())
"""Verbs that frame a partial quotation as someone's words though they are no saying verbs ("sprach von einem
„…“", "zeigte sich „…“", "qualifie l'offre de « … »", "reproche au gouvernement d'avoir « … »")."""
OTHERS_WORDS = frozenset("""entendu entend entendre hörte hört gehört heard
    message messages lettre courriel mail mails texto sms note tweet lu lue cité citée
    citant nachricht nachrichten brief e-mail schreiben zitierte zitiert zitierten vorgelesen las""".split())
"""Words that make a colon announce another's words: a document, reading or quoting it, hearing someone
(:meth:`reader.quotes.incises.Incises._opening_person`)."""

RANKS = {"officer": ("constable", "detective", "sergeant", "inspector", "trooper")}
"""Titles that hold a generic role: "the officer" stands for "Detective Constable Hannah Birtles" named before
(part 26, :meth:`reader.quotes.role_phrases.RolePhrases._description`)."""

ORG_ABBREVIATIONS = frozenset("""IG FC SC SV TSV HSG VfL VfB AS US SA AG HM EU UN CDU CSU SPD FDP AfD BSW ÖVP SPÖ
    FPÖ SVP CGT CFDT FO RN LR PS PSG OM OL RC CA BBC ITV CNN NBC CBS ABC NHS""".split())
"""Abbreviations of two or three letters that open an organisation's name before a lone word ("IG Metall", "FC
Zuidhaven", "US Chess", "HM Coastguard", "TSV Lindenau"): part 26; a person's title is not one ("Labour MP Jones",
"PC Smith")."""


_POLITICAL = frozenset("""mayor senator congressman congresswoman representative assemblyman assemblywoman councilman
    councilwoman councillor councilor governor minister legislator lawmaker mp maire mairesse député députée sénateur
    sénatrice conseiller conseillère ministre bourgmestre syndic bürgermeister bürgermeisterin abgeordneter
    abgeordnete minister ministerin landrat landrätin senatorin stadtrat stadträtin grossrat großrat grossrätin
    großrätin kantonsrat kantonsrätin regierungsrat regierungsrätin nationalrat nationalrätin ständerat
    ständerätin""".split())
_SCIENCE = frozenset("""chercheur chercheuse scientifique biologiste océanographe climatologue physicien physicienne
    chimiste researcher scientist biologist oceanographer climatologist physicist chemist forscher forscherin
    wissenschaftler wissenschaftlerin biologe biologin""".split())
_LEGISLATORS = frozenset("""senator congressman congresswoman representative assemblyman assemblywoman legislator
    lawmaker mp député députée sénateur sénatrice abgeordneter abgeordnete""".split())
_BENCH = frozenset("juge judge tribunal cour procureur procureure présidente".split())
"""What a magistrate is known by: a judge, the court, or in French a prosecutor, a "magistrat du parquet" ("la
présidente du tribunal"; "le procureur …, Olivier Bénard …. « … », a poursuivi le magistrat": part 34; not a Swiss
"magistrat", an elected official, for a cooperative's president). A woman who presides ("La présidente,
Anne-Françoise Lejeune, …. « … », a poursuivi la magistrate": part 42), of the article's gender."""
MEDICS = frozenset("""médecin médecins pédiatre généraliste chirurgien chirurgienne cardiologue urgentiste gynécologue
    psychiatre doctor physician surgeon paediatrician pediatrician gp arzt ärztin kinderarzt kinderärztin chirurg
    chirurgin hausarzt hausärztin""".split())
"""Roles a "Dr" holds (a description introduced as "un pédiatre" is the doctor named since; part 34)."""
_EXECUTIVES = frozenset("""président présidente directeur directrice pdg gérant gérante fondateur fondatrice patron
    patronne""".split())
"""What a French firm's "dirigeant" or "patron" is known by ("Thibault Morand, président d’Alcyone …. Le dirigeant
dit …": part 34)."""
_CLERGY = frozenset("""pfarrer pfarrerin pastor pastorin priester kaplan dekan dekanin bischof curé prêtre abbé pasteur
    pasteure vicar priest minister reverend rev""".split())
ROLE_SYNONYMS = {word: _EXECUTIVES for word in "dirigeant dirigeante patron patronne".split()} | {
    word: _POLITICAL for word in "élu élue édile politician politiker politikerin".split()} | {
    word: _LEGISLATORS for word in ("lawmaker", "legislator")} | {
    word: _SCIENCE for word in """chercheur chercheuse scientifique researcher scientist forscher forscherin
    wissenschaftler wissenschaftlerin""".split()} | {"judge": frozenset(("justice",)), "justice": frozenset(("judge",)),
                                                  "magistrat": _BENCH, "magistrate": _BENCH} | {
    word: _CLERGY for word in """geistliche geistlicher seelsorger seelsorgerin ecclésiastique clergyman cleric prêtre
    curé abbé""".split()} | {word: frozenset(("bourgmestre", "maire")) for word in ("mayeur", "mayeure")}
"""A generic word for an elected official or a researcher stands for whoever the article gave such an office or
trade ("Didier Fontanel, maire de Bréval …. « … », a répondu l’élu": Fontanel; "Sarah El Khatib, biologiste
marine …. « … », explique la chercheuse": part 28), of the word's gender (:data:`SYNONYM_GENDERS`:
"L’élue a déploré" is not the mayor Hervé Le Bihan); a judge for a justice and a magistrate for a judge or a
court's president ("Lady Justice Beatrice Oduya …. “…,” the judge said"; "la présidente du tribunal, Hélène
Darrigade …. « … », a demandé la magistrate": part 33); a cleric for a parish priest ("Pfarrer Tobias Nwankwo ….
„…“, sagte der Geistliche": part 38; "L’abbé Benoît Kalonji …. « … », sourit le prêtre": part 41); a Belgian
"mayeur" for the bourgmestre or the mayor (part 41)."""
SYNONYM_GENDERS = {"geistlicher": "m", "dirigeant": "m", "dirigeante": "f", "patron": "m", "patronne": "f",
                   "élu": "m", "élue": "f", "politiker": "m", "politikerin": "f", "chercheur": "m", "chercheuse": "f",
                   "forscher": "m", "forscherin": "f", "wissenschaftler": "m", "wissenschaftlerin": "f"}

GERMAN_DEMONYM_STEMS = frozenset("""engl französ span italien russ türk poln japan chines arab schwed dän norweg
    finn griech portugies niederländ tschech ungar rumän kroat serb ukrain pers hebrä korean europä amerikan afrikan
    asiat brit ir schott österreich schweizer bayer sächs schwäb hess fries belg bulgar isländ luxemburg katalan walis
    iran irak syr israel palästinens afghan
    kurd marokkan tunes alger ägypt libanes jordan saud ind pakistan vietnames thailänd indones philippin mexikan
    brasilian argentin chilen kolumbian kuban kanad austral neuseeländ nigerian kenian äthiop somal sudanes kongoles
    senegales alban bosn kosovar mazedon montenegrin slowen slowak litau lett estn weißruss belarus georg armen
    aserbaidschan kasach usbek mongol tibet uigur jüd kathol evangel islam muslim""".split())
"""German words for a people or a language end in "-isch" only after these stems ("Englisch", "Schweizerische"):
a Swiss surname such as "Caflisch" or "Frisch" ends a name's core (part 28)."""
IRISH_PARTICLES = frozenset("Mac Mhic Nic Ó Ní Uí".split())
"""Irish particles that open a surname of two words ("Siobhán Mac Giolla Bhríde" is cited "Mac Giolla Bhríde")."""
GERMAN_ROLE_COMPOUNDS = ("arzt", "direktor", "direktorin", "präsident", "präsidentin", "sprecher", "sprecherin",
                         "leiter", "leiterin", "trainer", "trainerin")
"""Heads of German compound roles written before a name ("Chefarzt", "Gesundheitsdirektorin", "Cheftrainer"): a
title, never a given name (part 27: "Chefarzt Imhof-Lüthi" had been a namesake of "Beat Imhof-Lüthi")."""
GERMAN_TIMES = frozenset("""Woche Wochen Wochenende Jahr Jahre Jahren Monat Monate Monaten Tag Tage Tagen Abend
    Morgen Nacht Nachmittag Vormittag Mittag Stunde Stunden Minute Minuten Sommer Winter Herbst Frühling Frühjahr
    """.split())
"""German nouns of time, never a speaker ("hat mir vergangene Woche gesagt: ‚…‘": part 33; not "Zeit": "schrieb die
Zeit" is a paper's)."""
GERMAN_OPENING_ADVERBS = frozenset("""Neulich Gestern Heute Damals Später Jetzt Dann Danach Zuletzt Kürzlich Einmal
    Früher Nachher Vorher Anschließend Schließlich Zunächst Inzwischen Mittlerweile Seitdem Trotzdem Deshalb Daher
    Dort Hier Damit Außerdem Gleichzeitig Zudem Allerdings Jedoch Manchmal Oft Immer Nie Mal Diesmal Darunter Dazu
    Dabei Darin Darauf Darüber Davor Zuvor Bereits Schon Hinterher Nur Auch Noch Ähnlich Ebenso Genauso Erst Sogar
    Kaum Irgendwann Plötzlich Sofort Endlich Bald Oftmals Meistens Häufig Selten Wieder Erneut Nun Sonst Ebenfalls
    Natürlich Vielleicht Wahrscheinlich Jedenfalls Nein Ja""".split())
"""German adverbs that open a sentence before its verb ("Neulich sagte mir ein Bauherr: »…«") or stand as a
noun's word ("jedes Mal sagt"): capitalised there, never a name (:meth:`reader.quotes.people.People.resolve_name`;
part 32; part 40: "Nur zu Beginn ließ er …", "Ähnlich äußerte sich …"; part 42: "»Irgendwann hat er mich angeschaut
und gesagt: ›…‹«")."""
SHARED_GIVEN = frozenset("chris pat jordan kelly lindsey jean terry jesse kim robin leslie dana jamie alex taylor "
                         "casey morgan".split())
"""Given names of men and women alike, which ``given_names.json`` leaves out (no gender to tell)."""
COMPOUND_ENDINGS = ("ed", "ing", "ly", "ful", "less")
COMPOUND_HEADS = frozenset("""run led era old aged sized level class year month week day time based owned made born
    free wide like type style""".split())
"""An English compound adjective's second part: endings (in a word of six letters or more), whole words."""

MANNER_CUES = frozenset("""
    smiled smiles grinned grins chuckled chuckles laughs jokes quips muses sighs beams gushes raved raves enthused
    enthuses stammered stuttered murmured murmurs mumbled groaned moaned sobbed
    scherzte scherzt stammelte stammelt witzelte witzelt lachte lacht seufzte seufzt jubelt flüsterte flüstert
    murmelte murmelt brüllte brüllt schwärmte schwärmt staunte staunt polterte poltert stöhnte stöhnt fluchte
    triumphierte frohlockte wetterte wettert ätzte ätzt lästerte lästert spottete spottet stichelte beteuerte
    beteuert sinnierte sinniert urteilte urteilt folgerte präzisierte präzisiert prophezeite
    prophezeit konterte kontert giftete motzte maulte mutmaßte mutmaßt argumentierte argumentiert unkte unkt
    frotzelte feixte grinste grinst analysierte analysiert bilanziert beschwichtigte beschwichtigt
    grince ricane jubile réjouit désole s'esclaffe s'enthousiasme s'emballe s'énerve s'écrie enchaîne abonde
    murmure chuchote rigole taquine tacle persifle sanglote temporise avoué s'enthousiasmait s'emballait s'énervait
    s'écriait s'esclaffait ricanait jubilait grinçait rigolait chuchotait murmurait sanglotait
    attaque attaqué relève relevé relevait signale rapporte rapporté relate relaté
    enchaîné embraye acquiesce corrige corrigé rassure rassuré complète complété décrypte reprend conseille
    suggère propose confesse confessé taclé plaisanté murmuré grincé
    findet fand hofft hoffte befürchtet fürchtet freut freute ärgert ärgerte verspricht versprach
    schmunzelt schmunzelte dementiert dementierte schätzt schätzte wundert wunderte erläutert erläuterte
    gesprochen gewarnt""".split())
"""Verbs of the manner of speaking in the three languages ("“…,” he smiled", "„…“, scherzte der 34-Jährige",
"« … », ricane le maire"): part 29, from a thirty-first review set's German sports and court reports, where they
are most of the cues and none was listed (the French imperfects, "s’enthousiasmait Ndèye Fatou Guèye": part
42). Not "confessed", "gestand": they take an object more often than a quotation ("gestand die Tat"). Joined to
:data:`reader.quotes.words._VERBS` with :data:`CUES_DE_FR`."""

POSSESSIVES_DE_FR = frozenset("son sa ses leur leurs sein seine seinen seiner ihr ihre ihren ihrer".split())
"""German and French possessives: a role they own ("s'amuse son propriétaire") is someone's, so the role stands
only for a person the article gave that title, never for the last person named (part 30)."""

PLATFORMS = frozenset("Facebook Twitter Instagram TikTok YouTube LinkedIn WhatsApp Telegram Snapchat Bluesky"
                       .split())
"""Social networks: a run they open ("la page Facebook de Lumigaz", "on Instagram") names no person (the particle
"de" had made "Facebook de Lumigaz" look like a given name and a surname; "Instagram" alone took a message's words).
As a company ("Facebook said") it is still a speaker, as written, as any organisation is; never a colon's label
("a publié sur sa page Facebook :", part 30)."""


FRENCH_CUE_INFINITIVES = frozenset("""répondre dire lâcher admettre reconnaître avouer concéder lancer glisser souffler
    confier expliquer préciser rétorquer répliquer conclure ajouter résumer murmurer soupirer déclarer affirmer assurer
    insister rappeler souligner plaider protester objecter""".split())
"""French cue verbs as infinitives, after a semi-auxiliary in an incise ("« Non », finit par répondre le prévenu")."""
FRENCH_SEMI_AUXILIARIES = {"par": frozenset("finit finissent finira finissait fini".split()),
                           "de": frozenset("contente contentait contenté contentée borne".split()),
                           "à": frozenset("tient tenait tenu tenue borne limite".split())}
"""The semi-auxiliary before the preposition that leads to the infinitive ("finit par", "se contente de", "tient à")."""


GIVEN_HYPHENED = re.compile(r"(?!(?:Sub|Co|Ex|Vice|Non|Pre|Post|Mid|Anti|Self)-)[A-Z][a-z]{1,4}-[a-z]{2,6}")
"""A given name of two syllables joined by a hyphen, the second in lower case, as Taiwan and Korea write it after
a family name of one syllable ("Lo Wen-hsiung", "Yoon Jae-min"): the word before it is the surname ("Lo said"; part
44; not "Burunga Sub-county")."""
