"""The word lists behind speaker attribution (English, German, French): speech verbs, pronouns, titles, roles,
honorifics, organisation words. Data only, kept apart so :mod:`reader.quotes.speakers` reads as the algorithm."""

from __future__ import annotations

from reader.quotes.more_words import CUES_DE_FR, FUNCTION_DE_FR, MANNER_CUES, ORGS_DE_FR, ROLES_DE_FR, SPORT_ROLES


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.replace("’", "'").lower().split())


_STATEMENT_VERBS = _words("issued issues released releases")
"""Verbs that are cue verbs only before a statement ("the DNC issued a statement", "Clinton released the following
statement:"); never before a name ("released Smith")."""
_BACK_VERBS = _words("fired shot hit pushed struck snapped fires shoots hits pushes strikes snaps")
"""Verbs that are cue verbs only with "back" ("Rubio fired back: “…”"); never before a name ("hit Iowa")."""
_VERBS = _BACK_VERBS | _words(
    """beamed gushed sighed laughed fumed marveled marvelled raged boomed cheered crowed grumbled muttered screamed
    cried sniped teased underscored surmised reasoned affirmed reaffirmed ventured implored begged barked snarled
    growled hissed howled retaliated roared thundered bellowed deadpanned intoned huffed griped gloated
    taunted protested rebutted objected confided hinted pondered reckoned corrected corrects
    scolded sneered averred commented remembered remembers reminisced reminisces
    say says said saying tell tells told telling add adds added adding stress stresses stressed state states
    stated explain explains explained explaining note notes noted noting write writes wrote ask asks asked reply
    replies replied respond responds responded answer answers answered warn warns warned warning argue argues
    argued arguing insist insists insisted insisting admit admits admitted claim claims claimed declare declares
    declared announce announces announced acknowledge acknowledges acknowledged concede concedes conceded recall
    recalls recalled remark remarked observe observed suggest suggests suggested urge urged urges tweet tweets
    tweeted posted call calls called spoke speaks quoted believe believes believed think thinks consider considers
    considered describe describes described vow vows vowed promise promised caution cautioned emphasise emphasised
    emphasize emphasized conclude concluded quip quipped joke joked shout shouted complain complained predict
    predicted maintain maintained contend contended counter countered testify testified remind reminded confirm
    confirmed deny denied reiterate reiterated assert asserted allege alleged mention mentioned recount recounted
    continued went pressed interjected quipped retorted snapped groused boasted bragged lamented scoffed mused
    wondered demanded pleaded exclaimed proclaimed opined blasted slammed charged accused accuses accusing praised
    touted hailed
    mocked derided dismissed labeled labelled dubbed branded termed criticized criticised thanked pledged vowing
    adds tweeting writing recalling noting arguing explaining telling asking responding replying insisting
    warning calling describing declaring stating announcing acknowledging conceding predicting claiming
    confirming denying suggesting urging promising cautioning complaining joking boasting texted emailed
    messaged reported reports reportedly testified testifies agreed agrees disagreed echoed countered
    questioned asserts asserted wrote writes read reads explains says pointed repeated repeats yelled chanted
    whispered elaborated clarified speculated speculates screaming yelling shouting
    went sagt sagte sagten sagen erklärt erklärte erklärten betont betonte betonten meint meinte meinen
    konstatiert konstatierte bemerkt bemerkte schreibt schrieb schreiben schrieben verrät verriet erzählt erzählte
    warnt warnte warnen fordert forderte kritisiert kritisierte antwortet antwortete fragt fragte ergänzt ergänzte
    fügte behauptet behauptete beschreibt beschrieb schildert schilderte angekündigt kündigte unterstreicht
    unterstrich mahnt mahnte glaubt glaubte twitterte bekräftigt bekräftigte gesagt gefragt geantwortet gefordert
    gemeint erklärt betonte räumte dit begründete begründet gesteht gestand
    déclare déclaré affirme affirmé estime estimé explique expliqué ajoute ajouté souligne souligné précise
    précisé assure assuré indique indiqué confie confié raconte raconté poursuit reconnaît reconnu regrette
    regretté juge jugé martèle martelé lance lancé réagi réagit qualifié qualifie annonce annoncé insiste insisté
    rappelle rappelé prévient prévenu avertit averti écrit tweeté plaide plaidé souvient résume résumé glisse
    glissé concède concédé déplore déploré dénonce dénoncé témoigne témoigné salue salué confiait expliquait
    racontait ajoutait déclarait affirmait estimait soupire soupiré s'exclame exclame ironise ironisé lâche lâché
    tonne tonné fustige fustigé tempère tempéré nuance nuancé souffle soufflé soutient soutenu s'indigne indigne
    s'emporte sourit maintient maintenu rief riefen ruft klagte klagt schimpfte schimpft jubelte teilte teilt
    mitgeteilt mitteilte promis promet analyse analysé félicité félicite répondu répond rétorque rétorqué commente
    commenté renchérit conclut détaille détaillé admet argumente cingle raille assène tranche tranché berichtete
    berichtet warf wirft verwies reagierte beklagte beklagt entgegnete entgegnet widersprach versicherte versichert
    bestätigte bestätigt appellierte erinnerte kommentierte bilanzierte souri pesté peste constate constaté
    poursuivi conclu tempête tempêté persisted probed interrompu interrompt unterbrach"""
) | _STATEMENT_VERBS | CUES_DE_FR | MANNER_CUES
_VERBS |= {verb.replace("'", "’") for verb in _VERBS if "'" in verb}  # (as French writes "s’emporte")
_SAY = _VERBS - _words(
    """write writes wrote schreibt schrieb schreiben schrieben think thinks believe believes believed consider
    considers considered describe describes described call calls called went continued posted fordert forderte
    findet fand glaubt glaubte beschreibt beschrieb schildert schilderte angekündigt lance lancé juge jugé
    écrit dit geschrieben meinen"""
) - _BACK_VERBS - _STATEMENT_VERBS  # ("meinen Arm": a possessive before a noun, no verb before a name; part 39)
_VERB_FORMS = frozenset(form for verb in _VERBS for form in (verb, verb.capitalize(), verb.upper()))
"""The cue verbs as a text writes them (said, Said, SAID): ``word in _VERB_FORMS`` is ``word.lower() in _VERBS``
without a ``lower()`` call per token (the attribution loops read every token of a paragraph)."""
_OBJECT_VERBS = _STATEMENT_VERBS | _words(
    """tell tells told telling ask asks asking urge urges urged remind reminds reminded assure assured assures
    inform informs informed call calls called calling blasted slammed charged accused praised touted hailed mocked
    derided dismissed labeled labelled dubbed branded termed criticized criticised thanked questioned describe
    describes described describing quoted"""
)
"""English cue verbs whose next noun phrase is their object ("told AFP"), never an inverted subject."""
_AUXILIARIES = _words(
    """has have had is was were are will would could can may might must should shall did does do used"""
)
_CONJUNCTIONS = _words("but and so yet still now then instead meanwhile however also indeed or")
_INTRODUCERS = _words(
    """in on at after before during since when while as if although though because despite with without by
    for from under over last this earlier later yesterday today speaking asked pressed separately elsewhere
    instead like unlike according given"""
)
"""English words that open an adverbial before a sentence's subject ("At the debate Wednesday night, …")."""
_SKIP_BEFORE_VERB = _words(
    """also has have had hat hatte haben a avait ont is was been already later earlier once then herself himself
    themselves itself selbst einst auch bereits également aussi déjà only just would will had recently previously
    repeatedly later simply n't not did does kept keeps continued continues began begins started starts now still
    never ever even often always soon again first twice se s'est s'était s'étaient m'a m'avait l'a l'avait d'ailleurs
    notamment encore pourtant toutefois l' m' lui longuement publiquement vivement fermement clairement ouvertement
    directement immédiatement finalement récemment alors ensuite enfin aussitôt""")  # (French: "se souvient",
# "s’est félicitée", "m’a assuré", "a d’ailleurs lancé": part 27; "l’a longuement expliqué": part 28; "avait alors
# ajouté": part 39)
_IRREGULAR_PAST = _words(
    """took made gave went came got told wrote thought felt saw knew began brought kept left met ran sent spoke stood
    won lost held led paid put set found became chose drew fought grew hit meant rose sold shot struck swore taught
    threw understood wore built bought caught broke fell forgot forgave froze hid blew dealt dug drove ate flew forbade
    lent overcame rode rang sank sang slept slid spent sprang stole stung swept swam swung tore woke withdrew cast cut
    shook hung quit spun wept sought fled fought oversaw underwent undertook upheld withheld knelt leapt mistook misled
    arose awoke bore bent bled clung crept foresaw overtook rebuilt rewrote shone strode strove"""
)
"""English irregular past tenses: a finite verb after a sentence's subject ("Trump took to Twitter …")."""
_PRONOUNS = {
    "he": "m",
    "she": "f",
    "er": "m",
    "sie": "f",
    "il": "m",
    "elle": "f",
    "him": "m",
    "her": "f",
    "ihm": "m",
    "ihr": "f",
    "lui": "m",
}
_DETERMINERS = _words(
    """the a an my his her their our your its this that der die das den dem ein eine einer eines des le la les l
    un une ce cet cette son sa ses leur notre mon ma l'"""
) | {"l’"}  # (French's elided article as a token of its own: see token_windows._SPACED_FRENCH_TOKEN)
_INDEFINITE = _words("a an ein eine einer eines un une my our your mon ma notre mes nos")
_NUMBER_WORDS = _words(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozens hundreds thousands
    millions several few"""
)
"""Amounts: function words (in ``_FUNCTION``) that a name may still hold after its first word ("the Jackson
Five", "Tommy Two Feathers"); first, they are an amount ("One tweet said", "Six Trump supporters": no name;
"One Direction" is read as "Direction"). See ``names._core``."""
_MONTHS = frozenset("""january february march april may june july august september october november december
    januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre
    octobre novembre décembre""".split())
"""Month names (English, German, French)."""
_FUNCTION = _words(
    """the a an and but or so yet if as at in on of for to by with from into after before when while since
    although though because however meanwhile earlier later today yesterday this that these those there here
    it its he she they we you i his her their our my your what who whom which where why how not no also even
    still just only then than both each every all some any many most more much such same other another
    according during over under about against between without within upon amid among nobody everybody somebody
    anybody everyone someone anyone mr mrs ms dr prof à au aux
    der die das den dem des ein eine einer eines einem einen und oder aber doch wenn als wie im in am an auf aus
    bei mit nach von
    vor zu zum zur für über unter durch gegen ohne um so auch noch nur schon dann da dort hier es er sie wir ich
    ihr man sein seine ihre ihren dieser diese dieses jener welche was wer wo warum nicht kein keine
    le la les l un une des du de et ou mais donc car si comme quand dans sur sous avec pour par sans chez il
    elle ils elles on nous vous je ce cet cette ces son sa ses leur leurs alors ainsi aussi mercredi jeudi vendredi
    samedi dimanche lundi mardi monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag"""
) | _NUMBER_WORDS | _MONTHS | FUNCTION_DE_FR
_DATELINE_MONTHS = _MONTHS | frozenset(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())
"""Month names as a dateline writes them after a place ("— Madrid, 3 de mayo"); Spanish ones only here ("Julio"
is also a given name, so they are no function words)."""
_HONORIFICS = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dr": "",
    "prof": "",
    "herr": "m",
    "herrn": "m",  # (its dative and accusative: "Ohne Herrn Reichle"; part 41)
    "frau": "f",
    "m": "m",
    "mme": "f",
    "monsieur": "m",
    "madame": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "alhaji": "m", "alhaja": "f", "hajia": "f", "hajiya": "f", "mallam": "m",  # (West African: "Alhaji Garba Sule")
    "kuia": "f", "koro": "m",  # (Māori elders: "Kuia Mereana Te Kani-Pōhatu")
    "jali": "",  # (a griot's title in the Gambia, Senegal, Mali: "Jali Bakary Kuyateh"; part 37)
    "oma": "f", "opa": "m", "enkel": "m", "enkelin": "f", "onkel": "m", "tante": "f",  # (German kin before a given
    # name, as a tabloid writes it: "Oma Hildegard", "Enkel Dennis"; part 38)
    "mann": "m",  # ("Ihr verstorbener Mann Horst": the husband, no given name; part 41. Not "Sohn", "Tochter": "Mein
    # älterer Sohn hat gesagt" is a kin role the nested readings need as a noun)
}
_TITLES = _words(
    """president vice prime minister secretary general governor gov sen senator rep representative judge justice
    rabbi pope king queen prince princess chancellor premier mayor ambassador ceo cfo coo cto chairman chairwoman
    chair chief director commissioner spokesman spokeswoman spokesperson professor officer lt col capt sgt gen speaker
    adm cmdr rev father sister brother saint st deputy foreign defence defense interior health finance transport
    justice education home economy former acting interim leader head founder editor correspondent analyst
    bishop archbishop cardinal imam sheikh emir sultan dr president-elect coach captain colonel major lieutenant
    sergeant admiral marshal senior fellow executive undersecretary under-secretary cpl corporal pvt private det
    detective insp inspector supt const constable maj cllr councillor member defender ombudsman taoiseach tánaiste
    cathaoirleach naalakkersuisoq
    präsident präsidentin kanzler kanzlerin ministerin bundeskanzler bundeskanzlerin ministerpräsident
    bürgermeister sprecher sprecherin virologe virologin kabarettist germanist karikaturist schriftsteller
    regisseur ko-regisseur biologe biologen biologin forscher forscherin darstellerin darsteller
    président présidente ministre porte-parole directeur directrice maire député sénateur"""
)
_CROWDS = _words("crowd crowds audience audiences congregation heckler hecklers spectators onlookers")
"""Who reacts to a speaker ("the crowd chanted “Build the wall!”", "“Mexico!” the audience screamed back"): the
speaker of its own words, as written, but never of the quotation after (:func:`is_crowd`)."""
_PERSON_NOUNS = _words("man woman boy girl child kid attendee moderator questioner user partner spectator onlooker"
                       " fan person buyer") | _CROWDS
"""Roles that say only who someone is, no title a person named earlier would carry ("the boy", "a woman"): a
description of them is kept as written, never resolved to whoever was named last."""
_ORG_NOUNS = _words(
    "newspaper paper network agency company firm organization organisation committee union department ministry"
    " government commission council bureau campaign administration hospital school airline carrier railway bank"
    " railroad retailer club team board court jury police guard operator manufacturer insurer airport university museum"
    " trust charity regulator watchdog publisher utility authority army military prison office chapter branch lab"
    " laboratory embassy consulate outlet group automaker carmaker startup lender broadcaster nonprofit coalition"
    " studio label league federation service society metro municipality forum"
    " partei regierung ministerium verband gewerkschaft fraktion koalition behörde staatsanwaltschaft konzern"
    " unternehmen gouvernement syndicat ministère parti préfecture mairie entreprise parquet fédération entourage"
    " opposition groupe") | ORGS_DE_FR
"""Roles that name an organisation ("the newspaper", "the company"): a description of one that no one named in
the article carries is still its speaker, kept as written (it says who speaks, as "a reporter" does)."""
_ROLES = _TITLES | _PERSON_NOUNS | _ORG_NOUNS | _words(
    """mp mca mce dce cs shareholder diner leader incumbent official counterpart politician candidate lawyer attorney
    prosecutor
    scientist researcher expert economist virologist doctor author writer actor actress singer star boss activist
    diplomat envoy adviser advisor campaigner strategist professor spokesman reporter journalist critic newspaper paper
    network campaign committee agency administration organization organisation company firm union aide supporter voter
    resident protester member source manager pollster consultant host anchor moderator nominee front-runner frontrunner
    hopeful rival opponent challenger congressman congresswoman lawmaker legislator delegate tycoon billionaire
    businessman businesswoman mogul magnate veteran historian analyst commentator columnist editor president-elect
    player coach witness victim mother father son daughter wife husband brother sister friend neighbor neighbour student
    teacher officer sheriff trooper worker employee owner founder investor banker democrat republican independent
    liberal conservative socialist governor mayor judge ambassador staffer operative insider organizer volunteer donor
    man woman boy girl child kid attendee agent rapper musician comedian comedienne entertainer filmmaker producer
    novelist poet artist designer architect engineer physician surgeon physicist chemist entrepreneur preacher
    evangelist athlete footballer quarterback golfer blogger youtuber influencer podcaster broadcaster pundit lobbyist
    developer creator scholar academic psychologist psychiatrist sociologist epidemiologist lecturer philanthropist
    heiress composer conductor photographer sculptor playwright screenwriter meteorologist forecaster climatologist
    seismologist scout coordinator trader priest pastor soldier ranger alderman archivist librarian therapist pharmacist
    veterinarian dentist vendor cashier waiter waitress barista courier janitor welder electrician plumber mechanic
    programmer dancer presenter referee umpire goalkeeper midfielder defender caddie anwohner anwohnerin zuhörer
    mitbürger anrufer
    zuhörerin zuschauer zuschauerin anwalt anwältin richter richterin polizist polizistin arzt ärztin lehrer lehrerin
    schüler schülerin mitarbeiter mitarbeiterin bürger bürgerin bewohner bewohnerin besucher besucherin passantin
    augenzeuge augenzeugin kundin pendler pendlerin landwirt landwirtin vater mutter sohn tochter nachbar nachbarin
    kollege kollegin politikerin bürgermeisterin spieler spielerin vorsitzende vorsitzender gewerkschafter habitant
    habitante riverain riveraine voisin voisine passant passante témoin agriculteur agricultrice éleveur éleveuse
    manifestant manifestante syndicaliste députée avocat avocate infirmier infirmière enseignant enseignante étudiant
    étudiante salarié salariée ouvrier ouvrière entraîneur joueur joueuse spectateur spectatrice commerçant commerçante
    vainqueur lauréat lauréate coroner pilot landlord tenant firefighter paramedic investigator detective inspector
    constable survivor passenger commuter shopper customer patient parent grandmother grandfather aunt uncle farmer
    grower fisherman miner driver organiser demonstrator defendant plaintiff juror councillor councilman councilwoman
    councilor trustee administrator superintendent clerk vicar curator auditor colleague coworker co-worker classmate
    teammate relative cousin nephew niece grandson granddaughter mourner widow widower pupil advocate publican bartender
    shopkeeper barrister solicitor trainer jockey midwife caretaker headteacher headmaster headmistress forscher
    forscherin experte expertin politiker autor chef chefin wissenschaftler komiker moderator biologe chercheur
    épidémiologiste médecin expert premier grandmaster keeper dealer instructor intruder zookeeper lifeguard rescuer
    arbiter conductor cellist violinist dad mom mum bloke broker middleman hawker exporter stallholder registrar
    apprentice skipper crewman deckhand coxswain warden reviewer treasurer claimant collector herder tapper rower
    labourer laborer breeder tourist visitor reader listener viewer commenter follower gentleman guest
    bystander foreman forewoman principal rector bursar provost seller angler
    beekeeper announcer nachfolger vorgänger vorgängerin referent referentin""") | ROLES_DE_FR | SPORT_ROLES
"""Role words: what a description's head is ("the senator", "a rapper", "the company"). Occupations that are also
common surnames are left out ("Nurse said" is Paul Nurse's; so Priest, Pastor, Boxer, Dancer), as a capitalised
role word alone before a verb is read as a common noun ("Officials said")."""
_ORG_WORDS = _words(
    """court house university union states kingdom council party ministry department directorate institute institution
    centre center agency force fortress nation nations republic government parliament assembly authority
    commission committee office bank group company corporation corp inc ltd times news post review street square
    airport station hospital school college tribe church city county region province state island islands sea
    ocean river mountains valley media network press club league federation organization organisation
    association foundation museum library hall palace castle army navy police senate congress commons lords
    cabinet supreme mediathek singers journal magazine herald tribune guardian telegraph daily weekly watch
    chronicle gazette courier observer examiner inquirer enquirer sentinel bulletin dispatch ledger advertiser mirror
    program programme project initiative coalition alliance fund trust board bureau society caucus forum sports
    radio tv television broadcasting guard act treaty accord cup trophy championship championships olympics systems
    industries holdings studio
    technologies airlines airways railway railways war wars division service services cooperative co-op laboratory
    laboratories
    universität institut regierung partei ministerium bundesrepublik verlag zeitung
    université gouvernement ministère assemblée parti hôpital château scolaire lycée collège reserve sanctuary"""
)
_ABBREVIATIONS = _words("mr mrs ms dr prof st gov sen rep gen lt col capt sgt jr sr no vs m mme u.s u.k"
                         " rev adm cmdr maj hon cpl pvt det insp supt const")

_PERIODS = _words(
    """second seconds minute minutes hour hours day days week weeks weekend month months year years decade decades
    morning night evening afternoon summer fall spring winter"""
)
"""The last word of an English time adverbial between a subject and its verb ("last week", "two years ago"):
:func:`reader.quotes.token_windows._time_back`."""
_NOW = _words("yesterday today tonight")
_AMOUNTS = _words(
    """a an one two three four five six seven eight nine ten eleven twelve few several couple of less more than
    about nearly almost just only some"""
)
"""The words of an amount before a period and "ago" ("less than two weeks ago")."""

_CLAUSE_OPENERS = frozenset("that if whether because when while although though since".split())
"""English words that open another clause: the subject after a cue verb is never past them."""
_THAT_FR_DE = frozenset(("que", "dass"))  # (the same in French and German: "prédit que le gouvernement « … »")
_GROUP_ROLES = frozenset("campaign administration committee agency organization organisation company firm "
                         "newspaper paper network union".split())
"""Heads of a group: "Clinton's campaign" is no person to resolve a possessive description to ("Obama's former
campaign strategist" is)."""
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PREPOSITIONS = frozenset("at in on to for from with by of during after before about outside inside near".split())
_NOUN_BEFORE = frozenset(("a", "an"))
"""Articles before a name that make the cue word after the name a noun ("a Donald Trump tweet"); a preposition
does not ("the senator from Vermont said", "with Donald Trump tweeting")."""

_NOUN_PHRASE_ENDS = frozenset(
    """can could would will should may might must is was are were be been being has have had do does did said says
    who whom whose which that when while as if because after before since""".split()
)
"""Words that end a description's noun phrase: what follows is another clause ("a reporter can be heard")."""

_QUANTITIES = frozenset("lot lots number group handful couple pair dozen few majority team panel coalition".split())
"""Nouns that head a description through "of" ("an awful lot of analysts", "a group of senators")."""

_MORE_PREPOSITIONS = frozenset("between against among over under into like than".split())

_OBJECT_PREPOSITIONS = _words("to for at in on from by during into")
"""Prepositions whose object is never a participle's subject (``Attributor._object_before``): "a statement to
Wired explaining …"; not "with" nor "of", whose object is ("with Trump tweeting", "footage of Trump saying")."""

_SOME = _words("a an one another")
"""What opens an indefinite description headed by a capitalised role word ("one senior Democrat", "a
Republican"): kept as written, as "a reporter" is."""

_PARTITIVES = _words("one two three four five several some many each another")
"""What opens a partitive description ("one of the engineers", "two of Trump's aides"): a member of a group no
one names, kept as written (not "the engineers", the whole group)."""

_AFTERWARDS = _words("later earlier ago afterward afterwards")
"""After a sentence's first word and before a comma, a time ("Hours later, Trump …"): that word is no subject."""

_ALSO_NOUNS = _words(
    """state states note notes claim claims call calls tweet tweets reports reply replies answer answers remark
    promise caution counter joke quip vow vows warning comment"""
)
"""Cue verbs in a form a noun shares: a noun after a determiner, "of" or "home" ("his home state", "secretary
of state", "a tweet"): never a cue verb there."""

_NOUN_MAKERS = _words("the a an my his her their our your its this these those every each no any some of home")
"""Words before a form of :data:`_ALSO_NOUNS` that make it a noun."""

_STATE_OBJECTS = frozenset(("that", ":"))
"""What follows "state"/"states" when it is a cue verb ("the report states that …"); anything else makes it
the noun ("a heavily Democratic state.", "Western states this week", "in many Asian states, and …")."""

_OF_HEADS = _words(
    """department board bank university court chamber council college institute ministry office bureau church
    association federation league society union commission committee academy agency school museum center centre
    foundation coalition alliance partnership"""
)
"""Heads of an organisation's name that "of" completes ("Department of Justice", "Bank of America",
"University of Chicago"): the name is the speaker as written, not the word after "of"."""

_COMPLEMENTS = _words("for to with at of from in")
"""Prepositions that open a complement after a role's head ("a spokesman | for Hillary Clinton", "a voter | from
New Hampshire"): the words after them are part of the description, not the speaker's name."""

_LIGHT_ADVERBS = _words("now then also later still just again not already never ever even often always once soon twice")
"""Adverbs that may stand between a word and the verb form it leads to ("…, but now said", "is also calling",
"later alleging"); an -ly adverb counts too (see ``token_windows._ing_after_adverbs``)."""

_BE = _words("am is are was were be been being")
"""The forms of "be": before a cue verb they make it passive ("was asked by …") or, before an -ing verb,
progressive ("many are calling"); as a sentence's main verb, its subject is described, not speaking."""

_GERMAN_ARTICLES = _words("der die das dem den des ein eine einen einem einer eines im am zum zur vom beim ins")
"""German articles (and prepositions fused with one): a capitalised word after one is a common noun ("in der
Doku", "des Humoristen Loriot"), every German noun being capitalised; a name takes none."""

_PLACES = frozenset(place.strip() for place in """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|
    Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
    Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|
    Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|
    Virginia|West Virginia|Wisconsin|Wyoming|America|United States|Europe|Asia|Africa|Latin America|
    Middle East|China|Russia|Iran|Iraq|Syria|Israel|Mexico|Canada|France|Germany|Britain|Japan|Cuba|Turkey|
    Libya|Afghanistan|Pakistan|India|Egypt|Saudi Arabia|North Korea|South Korea|Ukraine|Italy|Spain|Greece|
    Benghazi|Chicago|Philadelphia|Cleveland|Miami|Boston|Los Angeles|San Francisco|Las Vegas|Manhattan|Brooklyn|
    Brussels|Paris|London|Berlin|Moscow|Beijing|Tehran|Baghdad|Damascus|Kabul|Havana|Washington D.C.|
    Australia|New Zealand|Ireland|Scotland|England|Wales|Brazil|Argentina|Venezuela|Colombia|Chile|Peru|Nigeria|
    Kenya|South Africa|Ethiopia|Somalia|Sudan|Tunisia|Morocco|Algeria|Indonesia|Vietnam|Philippines|Thailand|
    Poland|Hungary|Sweden|Norway|Denmark|Finland|Netherlands|Belgium|Switzerland|Austria|Portugal|Qatar|Yemen|
    Lebanon|Belarus|Taiwan|Hong Kong|Singapore|Malaysia|Myanmar|Bangladesh|Sri Lanka|Nepal|Haiti|Puerto Rico|
    Tokyo|Kyiv|Kiev|Riyadh|Ankara|Pyongyang|Seoul|Taipei|New Delhi|Islamabad|Nairobi|Lagos|Abuja|Madrid|Rome|
    Warsaw|Budapest|Prague|Vienna|Athens|Lisbon|Dublin|Oslo|Stockholm|Copenhagen|Helsinki|Bangkok|Hanoi|Manila|
    Jakarta|Canberra|Ottawa|Caracas|Bogota|Brasilia|Jerusalem|Gaza|Beirut|Doha|Dubai|Minsk|Tbilisi|Yerevan|Baku|
    Dhaka|Kathmandu|Kuala Lumpur|Johannesburg|Kinshasa|Khartoum|Tripoli|Amman|Tel Aviv|West Bank""".split(
    "|"))
"""Places named alone (a state, a country, a city of the news): never a person, although a place is often a
verb's subject ("South Carolina votes Saturday") or sits in a description ("the Florida senator"). English
only. "Washington" alone is left out (a person's surname as often as the capital), and so are countries that are
also given names or surnames ("Jordan", "Chad")."""

_DOCUMENTS = _words(
    """letter letters memo memos email emails e-mail message messages statement statements tweet tweets post posts
    note notes report reports release filing complaint lawsuit ad ads video videos editorial column op-ed""")
"""What carries someone's words: "a letter from Comey to Congress reads" is Comey's, not Congress's (the
name after "to" is the addressee)."""
_STAFF_ROLES = frozenset("""spokesman spokeswoman spokesperson aide adviser advisor staffer official assistant
    representative lawyer attorney""".split())
"""Roles of someone who speaks for another: "“…,” said the spokesman" after "Jane Doe said …" is the words of
Jane Doe's spokesman, not of Jane Doe, so the role never falls back to the last person named."""
_PERSON_TITLES = _words(
    """secretary chairman chairwoman chair director commissioner administrator governor president ceo cfo coo
    spokesman spokeswoman spokesperson chief minister inspector attorney ambassador mayor senator judge
    superintendent undersecretary deputy""")
"""Titles of a person, not of an office's portfolio: after an organisation's name they open the name of who holds
them ("Department of Health and Human Services Secretary Alex Azar"); "Foreign", "Home", "Health", "Justice"
(in :data:`_TITLES` for "Foreign Minister", "Health Secretary") are words of the name ("Ministry of Foreign
Affairs")."""
_RAISING = frozenset("quoted said reported believed thought alleged understood".split())
"""Passive cue verbs whose subject is the speaker before "as"/"to" ("was quoted as saying", "is said to have
told", "is reported to have said"); any other passive's subject is spoken to or of ("was told to “…”")."""
_DEMONYMS = frozenset("""
    American Mexican Canadian Cuban Haitian Jamaican Dominican Honduran Guatemalan Salvadoran Nicaraguan Panamanian
    Colombian Venezuelan Ecuadorian Peruvian Bolivian Chilean Argentine Argentinian Brazilian Paraguayan Uruguayan
    British English Irish Scottish Scots Welsh French German Dutch Belgian Swiss Austrian Italian Spanish Portuguese
    Greek Danish Swedish Norwegian Finnish Icelandic Polish Czech Slovak Hungarian Romanian Bulgarian Serbian
    Croatian Bosnian Albanian Ukrainian Russian Belarusian Estonian Latvian Lithuanian Georgian Armenian Turkish
    Kurdish Israeli Palestinian Lebanese Syrian Jordanian Iraqi Iranian Persian Saudi Yemeni Omani Qatari Kuwaiti
    Emirati Egyptian Libyan Tunisian Algerian Moroccan Sudanese Somali Ethiopian Eritrean Kenyan Nigerian Ghanaian
    Senegalese Congolese Rwandan Ugandan Afghan Pakistani Indian Bangladeshi Nepalese Nepali Chinese Japanese
    Korean Taiwanese Vietnamese Thai Burmese Cambodian Indonesian Malaysian Filipino Singaporean Australian Maori
    Māori Kiwi Tibetan Uighur Uyghur Kazakh Uzbek Chechen Soviet European African Asian Arab Latino Latina Hispanic
    Jewish Muslim Catholic Protestant Evangelical Mormon Hindu Sikh Buddhist Sunni Shiite Shia""".split())
"""Nationalities and peoples as adjectives ("the former Mexican president", "Dutch explorer Abel Tasman"): written
alone, never a person's name, however a name's clues fit ("former" before it, a verb after "Mexican officials").
A person of such a surname is named in full first ("David French", "Mark Cuban", "Bryan English"), and then its
mentions alone are theirs (:class:`reader.quotes.people.People`)."""
_OPENERS = _words("""maybe perhaps wait do does did back now once again instead indeed thus hence therefore
    otherwise besides furthermore moreover nevertheless nonetheless regardless soon already sometimes often never
    always please thanks yes okay ok well oh hey look listen let imagine consider remember sure""")
"""Adverbs, interjections and verbs that open a sentence capitalised and name no one ("Maybe I can …", "Back in
1999, Mr. Trump …", "Wait, now it is …"), whether or not the article also writes them in lower case (the test
:meth:`reader.quotes.role_phrases.RolePhrases._common_word` makes for other words). No noun or determiner that
heads a subject ("Others shouted", "Someone called it", "Multiple outlets reported", "Small groups of protesters
chanted"): the words are what the text says spoke, and PolNeAR's annotators mark them so."""

_CLAUSE_WORDS = _words("""i we you he she they it and but so je tu il elle on nous vous ils elles et mais
    ich du er sie wir ihr es und aber""")
"""Words that open a clause: after a dash line's comma they make it a line of dialogue ("— Non, je reste."), not
a signature ("— Jane Doe, 1999")."""

_PEOPLE_PLURALS = frozenset("""fans followers backers allies demonstrators loyalists surrogates agents fighters
    reviewers lobbyists observers biographers insiders veterans students workers employees parents neighbors
    neighbours citizens immigrants refugees farmers teachers nurses doctors soldiers troops crews fishermen residents
    villagers commuters shoppers traders families locals""".split())
"""Plural nouns for people that are no role word (roles' plurals are read by ``_is_role``)."""


_STORMS = frozenset("Storm Hurricane Typhoon Cyclone Tropical Tornado".split())
"""Words before a storm's name ("Hurricane Matthew", "Storm Bronagh"): a run they open names no person."""


_NAME_TITLES = frozenset("""sen senator rep representative gov governor coach judge mayor rabbi bishop rev reverend
    father dr gen lt col capt sgt congressman congresswoman cllr""".split())
"""Titles that stand only before a person's name: a nationality's word after one is a surname ("Sen. Welsh",
"Coach French"); not "Former", "President" ("Former Mexican presidents")."""


def _is_code(word: str) -> bool:
    """Whether ``word`` mixes letters and digits ("EB-5", "H-1B", "F-35"): a programme's, a visa's or a model's
    code, no one's name (read where names are cut, :func:`reader.quotes.names._core`, and resolved)."""
    return not word.isalpha() and any(c.isdigit() for c in word)


_ACCUSING = frozenset("accused criticized criticised blamed slammed blasted attacked".split())
"""Cue verbs whose passive ("accused of", "criticised for") has the accused as its subject, not the speaker."""


_NATIONS = frozenset("Wales Scotland England Ireland Britain France Germany Canada Australia America".split())
"""Nations that end the names of bodies ("Natural Resources Wales", "Transport Scotland", "Air Canada"): a run
ending in one, after a word that is no given name, names no person ("Kathy Ireland" does)."""


_PERSON_ROLES = (_ROLES - _ORG_NOUNS - _TITLES
                 - _words("democrat republican independent liberal conservative socialist")
                 ) | _words("senator governor mayor judge professor director chairman officer captain")
"""Roles only a person holds, as the head of an indefinite appositive ("Latoya Parker, a temporary worker …"):
no organisation's noun, no title's adjective ("former", "senior"), no party ("Equitable Growth, a liberal think
tank" is no person)."""


_PARTY_WORDS = frozenset("Democratic Democrat Republican GOP Democrats Republicans Libertarian".split())
"""A party's words: alone, never a person's name ("a senior Democratic aide", "the three-term Republican said")."""
_PARTY_KEYS = frozenset(word.lower() for word in _PARTY_WORDS)
"""The same in lower case: a party before a role is its modifier ("the Republican nominee")."""

_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
"""Generational suffixes: "Donald Trump Jr." is not Donald Trump, and his surname is Trump, not "Jr."; so are
Roman numerals ("Joe Manchin III", "Dave Archambault II": the numeral was the surname, and "Manchin said" no one
named). "World War II" stays no one's name: "war" is an organisation's or event's word (``words._ORG_WORDS``)."""
_POST_NOMINALS = frozenset("KC QC MP MSP MLA TD MEP OBE MBE CBE KBE DBE".split())
"""Letters after a name, in capitals ("Andrew Stubbs KC", "Jane Doe MP"): no part of it (the name had ended at them
and its person was lost)."""
