"""The words that say what kind of site a prompt wants, in English, French, German and Spanish."""

# (pattern, kind, topic, weight). Business nouns outweigh format words: "a landing page for my
# bakery" wants a menu, not software features; "a blog" is both, so it weighs most.
KIND_WORDS: list[tuple[str, str, str | None, int]] = [
    (r"yoga\w*|pilates|spa|massage|meditation|wellness|barre|reiki", "landing", "wellness", 3),
    (
        r"fitness|gym|gimnasio|fitnessstudio|salle de sport|personal trainer|coach sportif|crossfit|boxing"
        r"|martial arts|karate|judo|dance (?:studio|school|classes)|spin(?:ning)? (?:classes|studio)|bootcamp"
        r"|climbing wall",
        "landing",
        "fitness",
        4,
    ),
    (
        r"dentist|dental|clinic|doctor'?s?|gp surgery|physio(?:therapy|therapist)?|chiropract\w*|optician"
        r"|osteopath\w*|pharmacy|cl[ií]nica|clinique|dentiste|cabinet(?! d['’]avocats)"
        r"|m[ée]dical|praxis|zahnarzt\w*|arztpraxis|dentista|consultorio|fisioterapia",
        "landing",
        "clinic",
        4,
    ),
    (
        r"therap(?:y|ist)|counsell?(?:ing|or)|psychotherap\w*|psycholog\w*|life coach|coaching|th[ée]rapeute"
        r"|psychologue|therapeut\w*|heilprakti\w*|terapeuta|psic[oó]log[oa]",
        "landing",
        "therapy",
        4,
    ),
    (
        r"plumb(?:er|ers|ing)|electrician|electrical|builders?|roofer|roofing|carpent(?:er|ry)"
        r"|joiner|handyman"
        r"|decorat(?:or|ors|ing)|painters?|landscap(?:er|ing)|gardener|cleaning (?:company|service)|cleaners"
        r"|boiler|heating engineer|removals?|moving company|movers|window clean(?:er|ers|ing)|tiler|plombier"
        r"|[ée]lectricien|artisan"
        r"|klempner|elektriker"
        r"|handwerker|fontanero|electricista|reformas",
        "landing",
        "trades",
        4,
    ),
    # Businesses whose words overlap a broader kind ("tattoo studio", "salon de tatouage", "car wash
    # shop", "garage"): each outweighs the studio, salon, shop and trades words around it.
    (
        r"car ?wash(?:es)?|hand wash|car valet\w*|valeting|(?:car |auto )?detailing"
        r"|lavage (?:auto|de voitures?)|station de lavage|auto ?w[äa]sche|autowaschanlage|waschanlage"
        r"|autopflege"
        r"|lavado de (?:coches|autos)|autolavado|lavadero de coches",
        "landing",
        "carwash",
        5,
    ),
    (
        r"(?:car |auto |motor )?(?:repair )?garage|mechanics?|car repairs?|auto repair"
        r"|motor repairs?|mot centre|tyre (?:shop|centre)|garagiste|garage automobile|m[ée]canicien"
        r"|autowerkstatt|kfz-werkstatt|kfz-meisterbetrieb|werkstatt|taller (?:mec[áa]nico|de coches)"
        r"|mec[áa]nico",
        "landing",
        "garage",
        5,
    ),
    (
        r"locksmiths?|lock ?smithing|serruri(?:er|ère|ers)|serrurerie|schl[üu]sseldienst|schlosser"
        r"|cerrajer(?:o|a|os|[íi]a)",
        "landing",
        "locksmith",
        5,
    ),
    (
        r"tattoo\w*|tatts|piercing studio|body piercing|tatouage|tatoueu(?:r|se)|tattoostudio"
        r"|t[äa]towier\w*|tatuaje|tatuajes|estudio de tatuajes?|tatuador[a]?",
        "landing",
        "tattoo",
        5,
    ),
    (
        # A plant nursery grows shrubs, not children.
        r"(?<!plant )(?<!garden )(?<!tree )nurser(?:y|ies)|day ?care|childcare|child ?minder|child ?minding"
        r"|preschool|pre-school|kindergarten"
        r"|cr[èe]che|garderie|assistante maternelle|kita|kindertagesst[äa]tte|tagesmutter|kinderkrippe"
        r"|guarder[ií]a|escuela infantil|jard[ií]n de infancia",
        "landing",
        "childcare",
        5,
    ),
    (
        # A vet outweighs the clinic words around it ("vet clinic", "cabinet vétérinaire").
        r"vets?|veterinar(?:y|ian)s?(?: practice| clinic| surgery)?|animal hospital|v[ée]t[ée]rinaire"
        r"|tierarzt\w*|tier[äa]rzt\w*|veterinari[oa]s?|cl[ií]nica veterinaria",
        "landing",
        "vet",
        5,
    ),
    (
        # Pet care outweighs the salon words around it: a dog grooming salon is not a hair salon.
        r"(?:dog|pet|cat)\s+(?:groom\w*|walk\w*|sitt\w*|boarding|day\s?care|spa|salon|hotel)|groomers?"
        r"|grooming|dog walkers?|pet care|pet sitters?|kennels|cattery|doggy day ?care|hundesalon"
        r"|hundefris\w*|tierpension|hundepension|gassi\w*|toilettage|toiletteur|pension (?:canine|f[ée]line)"
        r"|garde d'animaux|peluquer[ií]a canina|guarder[ií]a canina|paseador(?:es)? de perros",
        "landing",
        "pet",
        5,
    ),
    (
        r"salon|hair(?:dresser|dressing| stylist)?|barber(?:s|shop)?|beauty|nails?|nail bar|lashes"
        r"|brows"
        r"|make-?up artist|coiffeur|coiffure|friseur\w*|peluquer[ií]a|barber[ií]a|est[ée]tica"
        r"|institut de beaut[ée]",
        "landing",
        "salon",
        4,
    ),
    (
        r"shop|store|boutique|online shop|e-?shop|florist|bookshop|record shop|gift shop|deli|grocer|products"
        r"|boutique en ligne|laden|gesch[äa]ft|tienda|librer[ií]a|florister[ií]a|fleuriste|librairie",
        "landing",
        "shop",
        3,
    ),
    (
        r"hotel|h[ôo]tel|b ?& ?b|bed and breakfast|guest ?house|inn|hostel|holiday (?:cottage|let|home)"
        r"|cottages?|chambres? d'h[ôo]tes?|g[îi]te|pension|ferienwohnung|gasthaus|hostal|casa rural"
        r"|rooms to let",
        "landing",
        "hotel",
        4,
    ),
    (
        r"tutor(?:ing|s)?|tuition|lessons|teacher|courses?|classes in|language school"
        r"|driving (?:school|instructor)"
        r"|music lessons|piano lessons|maths|cours particuliers|professeur|\w*nachhilfe|\w*unterricht"
        r"|sprachschule"
        r"|clases (?:particulares|de)|profesor[a]?|academia",
        "landing",
        "tutor",
        3,
    ),
    (
        r"estate agen(?:t|ts|cy)|real estate|realtor|lettings|letting agent|property (?:agent|management)"
        r"|agence immobili[èe]re|immobilier|immobilien\w*|makler|inmobiliaria",
        "landing",
        "estate",
        4,
    ),
    (
        r"law firm|lawyers?|solicitors?|attorneys?|legal|barristers?|notary|accountants?|accountancy"
        r"|bookkeep\w*|tax advis\w*|architects?|avocats?|cabinet d'avocats|notaire|comptable"
        r"|anwalt\w*|kanzlei"
        r"|steuerberat\w*|abogad[oa]s?|despacho|gestor[ií]a|asesor[ií]a",
        "landing",
        "law",
        4,
    ),
    (
        r"charity|charities|shelter|rescue|animal sanctuary|sanctuary|non-?profit|foundation"
        r"|food bank|volunteers?"
        r"|donations?|association|refuge|tierheim|verein|stiftung|protectora|refugio|fundaci[oó]n|ong",
        "landing",
        "charity",
        4,
    ),
    (
        r"band|my group|duo|trio|quartet|choir|singer|songwriter|musician|dj|rapper|tour dates|gigs|album|ep"
        r"|groupe de musique|groupe|chanteuse|chanteur|musicien\w*|banda|grupo de m[uú]sica"
        r"|cantante|m[uú]sico"
        r"|s[äa]nger\w*|musiker\w*",
        "landing",
        "band",
        5,
    ),
    # A copywriter's "blog posts from £80" are a service, not a blog of their own.
    (r"copywriters?|copywriting|ghostwriter|translators?|proofreaders?|freelance writer", "landing", None, 5),
    (r"blog|blogging|vlog", "blog", None, 4),
    (r"journal|articles|diary", "blog", None, 2),
    (
        r"personal (?:web)?(?:site|page|homepage)|about me|r[eé]sum[eé]|\bcv\b|link in bio",
        "personal",
        None,
        4,
    ),
    (r"my (?:own )?(?:home ?page|corner of the (?:web|internet))", "personal", None, 3),
    (r"portfolio|showcase (?:my|our) work", "portfolio", None, 4),
    (
        r"photograph(?:er|y|s)|photo studio|photographe|\w*fotograf(?:in|en)?|fot[oó]graf[oa]|fotograf[ií]a",
        "portfolio",
        "photography",
        3,
    ),
    (
        r"(?:graphic |web |ux |ui |product )?designer|design studio|illustrat(?:or|ion)",
        "portfolio",
        "design",
        3,
    ),
    (
        r"(?:web |software |front-?end |full-?stack )?developer|programmer|engineer",
        "portfolio",
        "development",
        2,
    ),
    (r"artist|painter|sculptor|ceramicist|potter", "portfolio", "art", 3),
    (
        r"bakery|bakehouse|patisserie|p[aâ]tisserie|cake shop|cupcakes?|donuts?|doughnuts?|boulangerie"
        r"|b[äa]ckerei|konditorei|panader[ií]a|pasteler[ií]a",
        "restaurant",
        "bakery",
        3,
    ),
    (
        r"caf[eé]s?|coffee(?: shop| house| bar)?|espresso bar|tea ?room|tea ?house|roastery|cafeter[ií]a",
        "restaurant",
        "cafe",
        3,
    ),
    (r"pizz(?:a|eria|as)", "restaurant", "pizza", 3),
    (
        r"restaurants?|bistro|diner|eatery|brasserie|trattoria|taverna|steakhouse|food truck|restaurante"
        r"|gasthof|cr[êe]perie|bar de tapas",
        "restaurant",
        None,
        3,
    ),
    (
        r"sushi|ramen|tapas|taqueria|burger joint|gastropub|pub|wine bar|brewery|kitchen",
        "restaurant",
        None,
        2,
    ),
    (r"\bmenu\b|dishes|cuisine|dining", "restaurant", None, 1),
    (r"wedding|bride|groom|engagement party", "event", "wedding", 3),
    (r"festival|concert|gig|music night|open air", "event", "festival", 3),
    (r"conference|summit|symposium|expo|convention|hackathon|tech talk", "event", "conference", 3),
    (r"events?|meetup|meet-up|workshop|retreat|gala|fundraiser|party|launch party|webinar", "event", None, 3),
    (
        r"\bapps?\b|saas|software|platform|plugin|extension|\btool\b|dashboard|api|appli|aplicaci[oó]n",
        "product",
        "app",
        2,
    ),
    (
        r"product|gadget|device|headphones|speaker|lamp|backpack|bottle|smartwatch|pre-?order",
        "product",
        "gadget",
        3,
    ),
    (r"launch(?:ing)?|kickstarter|crowdfunding", "product", None, 1),
    (
        r"landing ?page|start-?up|business|company|agency|consult(?:ant|ancy|ing)|firm|services?",
        "landing",
        None,
        1,
    ),
    (
        r"studio|clinic|salon|coach(?:ing)?|practice|shop|store|plumb(?:er|ing)",
        "landing",
        None,
        2,
    ),
]

# Topic words that refine content within a kind when no KIND_WORDS topic matched.
TOPIC_WORDS: dict[str, list[tuple[str, str]]] = {
    "blog": [
        (r"travel|trips?|adventures?|hiking|backpacking|wander", "travel"),
        (r"food|recipes?|cooking|baking|kitchen|vegan", "food"),
        (r"tech|code|coding|programming|software|developer|engineering|ai\b", "tech"),
    ],
    "product": [(r"\bapps?\b|saas|software|platform|plugin|tool", "app")],
}
