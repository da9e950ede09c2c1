"""Small, generic word lists the extraction rules share: honorifics, titles, speech verbs,
pronouns, light verbs. Nothing here names a particular person, outlet or story.
"""

from __future__ import annotations

# Honorifics before a name: part of the mention ("Mr Hale"), never part of the name.
HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "sir", "dame", "lord", "lady",
    "prof", "prof.", "professor", "rev", "rev.", "reverend", "fr", "fr.", "madam", "madame", "mme", "mme.",
    "sister",
    # Malaysian, West African, Zimbabwean and Indian forms ("Datuk Ahmad", "Alhaji Umaru", "Cde Gumbo", "Smt Rao")
    "datuk", "dato", "dato'", "datin", "tun", "encik", "puan", "alhaji", "alhaja", "hajiya", "hajia", "cde",
    "shri", "smt", "smt.",
    # the Commonwealth's style for ministers and members ("Hon. Ama Mensah", "Hon Chris Hale")
    "hon", "hon.", "honourable", "honorable",
    # "His (Her) Excellency" abbreviated, the Gulf's and diplomacy's style ("H.E. Salim Al Harthy")
    "h.e.", "h.e",
}  # fmt: skip
# Two-word honorifics whose words are honorifics only together ("Tan Sri", "Datuk Seri"): "Tan" alone
# is a surname ("Ms Tan"), "Sri" alone begins a place or a given name.
HONORIFIC_PAIRS = {
    "tan": {"sri"},
    "datuk": {"seri"},
    "dato": {"seri", "sri"},
    "dato'": {"seri", "sri"},
    "puan": {"sri"},
    "toh": {"puan"},
    "rt": {"hon", "hon."},  # "Rt Hon", "The Rt. Hon." (Right Honourable)
    "rt.": {"hon", "hon."},
    "right": {"honourable", "honorable"},
    "h": {"e", "e."},  # "H E", "H. E." (His Excellency) written with a space
    "h.": {"e", "e."},
}
MALE_HONORIFICS = {"mr", "mr.", "sir", "lord", "fr", "fr.", "alhaji", "encik", "shri"}
FEMALE_HONORIFICS = {
    "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "madame", "mme", "mme.", "sister", "datin", "puan",
    "alhaja", "hajiya", "hajia", "smt", "smt.",
}  # fmt: skip

# Titles that may stand right before a surname ("President Novak", "Sen. Reyes").
NAME_TITLES = {
    "president", "chancellor", "senator", "sen.", "sen", "rep.", "rep", "representative", "gov.", "gov",
    "governor", "mayor", "judge", "justice", "general", "gen.", "gen", "colonel", "col.", "captain", "capt.",
    "admiral", "adm.", "commander", "sergeant", "sgt.", "lieutenant", "lt.", "lt", "minister", "secretary", "premier",
    "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "ambassador", "speaker",
    "chairman", "chairwoman", "chair", "director", "inspector", "detective", "officer", "coach", "pastor",
    "rabbi", "imam", "sheikh", "emir", "sultan", "marshal", "field", "vice", "deputy", "attorney", "agent",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman",
    "assemblymember", "congressman", "congresswoman", "commissioner", "magistrate", "sheriff", "constable",
    "superintendent", "major", "brigadier", "corporal", "commodore", "ayatollah", "mufti", "chief",
    "taoiseach", "tánaiste", "advocate", "barrister", "solicitor", "cr", "cr.", "cllr", "cllr.", "brig.",
    "undersecretary", "brig", "maj.", "cpl.", "pte.", "cdr.", "cmdr.", "supt.", "insp.", "det.", "coun.",
    "cathaoirleach",  # the chair of an Irish council ("Cathaoirleach Máire Uí Fhlatharta")
}  # fmt: skip

# Letters written after a name, never part of it (UK, Irish and Commonwealth style): seats ("Jane
# Doe MP", "TD", "MSP"), silks ("KC", "SC"), honours ("OBE"), as written, in capitals.
POST_NOMINALS = {
    "MP", "MSP", "MS", "MLA", "MEP", "TD", "MHK", "MPP", "MNA", "MPA", "MHA", "MLC", "MHR", "KC", "QC", "SC", "SAN",
    "PhD", "DPhil",
    "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "CH", "OM", "KG", "KT", "CMG", "KCMG", "FRS", "FRSE", "JP", "DL",
    "PC", "VC", "GC", "BEM", "QPM", "KPM",
}  # fmt: skip

# Head words of a role ("Defence Secretary", "Russian defence minister", "spokesman").
ROLE_HEADS = {
    "president", "vice-president", "leader", "secretary", "minister", "chancellor", "premier", "senator",
    "representative", "congressman", "congresswoman", "governor", "mayor", "spokesman", "spokeswoman",
    "spokesperson", "spokesmen", "chief", "head", "general", "director", "chairman", "chairwoman", "chair",
    "ambassador", "envoy", "diplomat", "counterpart", "adviser", "advisor", "aide", "official", "officer",
    "commander", "judge", "justice", "attorney", "prosecutor", "lawyer", "nominee", "candidate", "founder",
    "executive", "ceo", "manager", "strategist", "analyst", "economist", "professor", "researcher",
    "correspondent", "editor", "reporter", "journalist", "host", "anchor", "columnist", "commentator",
    "pollster", "activist", "campaigner", "coordinator", "organiser", "organizer", "speaker", "whip",
    "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "admiral", "colonel",
    "captain", "sergeant", "lieutenant", "marshal", "inspector", "detective", "commissioner", "deputy",
    "mp", "mep", "lawmaker", "legislator", "politician", "senior", "member", "partner",
    "president-elect", "staffer", "operative", "consultant", "treasurer", "controller",
    "superintendent", "sheriff", "dean", "principal", "owner", "publisher", "producer", "author", "writer",
    "historian", "scientist", "expert", "physician", "doctor", "surgeon", "nurse", "teacher", "student",
    "coach", "player", "star", "actor", "actress", "singer", "rapper", "comedian", "emir",
    "sultan", "sheikh", "imam", "rabbi", "pastor", "priest", "chairperson", "boss", "commissar", "auditor",
    "billionaire", "businessman", "businesswoman", "tycoon", "magnate", "mogul",
    "taoiseach", "tánaiste", "magistrate", "councillor", "councilor", "advocate", "barrister", "solicitor",
    "convenor", "convener", "pundit", "mediator", "negotiator", "msp", "mla", "mpp", "moderator", "presenter",
    "undersecretary", "cathaoirleach",
}  # fmt: skip
# Positions in a team: a role ("said the striker" after "X, the Paraguayan striker,") and a
# description too ("the ex-Porto midfielder").
PLAYING_POSITIONS = {"striker", "midfielder", "goalkeeper", "winger", "skipper"}
ROLE_HEADS |= PLAYING_POSITIONS

# Words that may sit inside a role phrase between a modifier and the head ("Secretary of State for Defence").
ROLE_JOINERS = {"of", "for", "the", "and", "&", "to", "on", "at"}

# Unnamed and collective sources: a quote from these has a label, never a Person.
COLLECTIVE_SOURCE_HEADS = {
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen",
    "aide", "aides", "government", "ministry", "department", "office", "statement", "street", "number",
    "campaign", "committee", "party", "police", "army", "military", "embassy", "kremlin", "palace", "house",
    "agency", "report", "survey", "poll", "newspaper", "daily", "paper", "email", "letter", "document",
    "documents", "memo", "spokespeople", "representatives", "insiders", "diplomats", "analysts", "critics",
    "experts", "people", "residents", "voters", "supporters", "organisers", "organizers", "staff", "team",
}  # fmt: skip

# Verbs that introduce or attribute speech (lemmas).
SPEECH_VERBS = {
    "say", "tell", "add", "warn", "write", "ask", "explain", "insist", "claim", "argue", "note", "state",
    "declare", "announce", "reply", "respond", "continue", "admit", "acknowledge", "suggest", "recall",
    "tweet", "post", "describe", "dub", "brand", "label", "slam", "praise", "urge", "predict", "promise",
    "vow", "pledge", "joke", "quip", "exclaim", "shout", "yell", "scream", "complain", "conclude", "concede",
    "deny", "confirm", "report", "mention", "comment", "remark", "testify", "boast", "fume", "sigh", "muse",
    "interject", "implore", "demand", "accuse", "blast", "criticise", "criticize", "hammer", "dismiss",
    "lament", "caution", "stress", "emphasise", "emphasize", "agree", "counter", "retort", "whisper",
    "murmur", "cry", "chant", "mock", "snap", "rail", "thunder", "advise", "assert", "contend", "maintain",
    "observe", "point", "propose", "recount", "reiterate", "repeat", "reveal", "answer", "wonder", "call",
    "tout", "hail", "decry", "condemn", "lambaste", "charge", "allege", "quote", "cite", "read", "scrawl",
    "shoot", "fire", "blurt", "gush", "crow", "plead", "beg", "appeal", "instruct", "order", "inform",
    "assure", "reassure", "concur", "object", "protest", "groan", "laugh", "smile", "nod", "sneer", "scoff",
    "echo", "message", "text", "email", "e-mail", "begin", "open", "close", "finish", "end",
    "characterize", "characterise", "term", "refer", "calling", "guarantee", "speculate",
    "estimate", "forecast", "elaborate", "summarize", "summarise", "recommend", "pronounce", "proclaim",
    "confide", "chime", "compare", "deride", "ridicule", "react", "opine", "blame", "lecture", "sing", "snipe",
    "admonish", "scold", "chide", "rebuke", "retweet", "express", "voice", "highlight",
    "thank", "credit", "question", "bark", "bemoan", "denounce", "remember", "ponder", "press",
}  # fmt: skip

# Nouns that introduce speech after a possessive or in a colon label ("his reply:", "the statement said").
SPEECH_NOUNS = {
    "statement", "reply", "response", "message", "email", "tweet", "post", "letter", "note", "memo", "answer",
    "retort", "verdict",
}  # fmt: skip

PERSONAL_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "we": "p", "i": "s", "you": "s", "it": "n",
}  # fmt: skip

# Common given names with a clear usual gender; used only to pick a pronoun's antecedent.
MALE_FIRST_NAMES = {
    "aaron", "adam", "alan", "alex", "alexander", "alexei", "andrew", "andrei", "andrey", "anthony", "antony",
    "ben", "benjamin", "bernie", "bill", "bob", "boris", "brian", "carl", "charles", "chris", "christopher",
    "chuck", "dan", "daniel", "david", "dmitry", "dmitri", "donald", "doug", "douglas", "ed", "edward",
    "emmanuel", "eric", "evan", "frank", "fred", "gary", "george", "greg", "gregory", "harry", "henry",
    "ian", "ivan", "jack", "jacob", "james", "jason", "jeb", "jeff", "jeremy", "jim", "joe", "john",
    "jonathan", "jose", "joseph", "josh", "juan", "justin", "keir", "ken", "kevin", "larry", "lee", "louis",
    "luke", "marco", "mark", "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt", "nick",
    "nicholas", "nikolai", "oleg", "olaf", "patrick", "paul", "pete", "peter", "philip", "ralph", "richard",
    "rick", "rishi", "rob", "robert", "roger", "ron", "ronald", "rudy", "ryan", "sam", "samuel", "scott",
    "sean", "sergei", "sergey", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "tom",
    "tony", "valery", "valeri", "viktor", "victor", "vladimir", "volodymyr", "walter", "william", "xi",
    "yuri", "jens", "rex", "mohammed", "muhammad", "ali", "ahmed", "hassan", "omar", "recep", "benny",
    "barack", "kim", "jean", "pierre", "francois", "olivier", "angelo", "giuseppe", "hans", "jurgen",
    "wolfgang", "friedrich", "klaus", "karl", "vlad", "igor", "sergio", "carlos", "luis", "miguel", "pedro",
}  # fmt: skip
FEMALE_FIRST_NAMES = {
    "alice", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "carly", "caroline", "catherine",
    "chelsea", "cheryl", "christine", "claire", "diane", "donna", "dorothy", "elizabeth", "ellen", "emily",
    "emma", "hillary", "helen", "huma", "ivanka", "jane", "janet", "jennifer", "jill", "joan", "julia",
    "julie", "karen", "kate", "katherine", "kathleen", "kathy", "kellyanne", "kirsten", "laura", "linda",
    "lisa", "liz", "lucy", "margaret", "maria", "marie", "mary", "melania", "michelle", "nancy", "natalia",
    "nicola", "olga", "penny", "priti", "rachel", "rebecca", "sarah", "sharon", "sophie", "stephanie",
    "susan", "suella", "theresa", "ursula", "valerie", "victoria", "yulia", "elena", "irina",
    "tatiana", "svetlana", "ekaterina", "christina", "kamala", "nikki", "jacinda", "marine", "annalena",
    "giorgia", "ana", "sofia", "hope", "jo", "katy", "megyn", "melissa", "nina", "patricia",
}  # fmt: skip

# Verbs that make their subject a participant of the noun they take ("held talks", "extended an invitation").
LIGHT_VERBS = {
    "have", "hold", "extend", "send", "accept", "make", "give", "attend", "host", "conduct", "begin", "start",
    "join", "deliver", "offer", "issue", "receive", "arrange", "schedule", "plan", "take", "pay", "grant",
    "lead", "chair", "organise", "organize", "convene", "reject", "decline", "request", "seek",
    "cancel", "postpone", "call", "pick", "earn", "win", "secure", "land", "get", "do",
}  # fmt: skip

# Capitalised words that name things other than people; spaCy's small model sometimes tags them PERSON.
NOT_NAME_WORDS = {
    "covid", "covid-19", "coronavirus", "brexit", "god", "internet", "twitter", "facebook", "google",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "read", "more", "news", "latest", "live",
    "watch", "video", "photo", "image", "getty", "reuters", "afp", "ap", "pa", "copyright", "the",
}  # fmt: skip

# Particles before a father's name in a Malay or Arabic name ("Ahmad Faizal bin Hashim", "Siti binti Ali",
# "Nur Aina bte Yusof", "Tuanku Ismail ibni Sultan Idris"): the given names are the words before one.
PATRONYMIC_PARTICLES = {"bin", "binti", "binte", "bint", "bte", "bt", "ibni", "ibn"}

# Particles that may sit lowercase inside a name ("Ursula von der Leyen"), the patronymic ones among
# them. Matched case-sensitively, and only between capitalised name words, so lowercase running text
# ("bt" for "but") joins nothing.
NAME_PARTICLES = {
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "al", "el", "la", "le", "du", "ter", "ten",
    "y", "los", "las", "dos", "das", "ap",
    "i",  # Catalan's "and" between a person's two surnames ("Pere Roca i Vidal")
} | PATRONYMIC_PARTICLES  # fmt: skip

# A ministry's portfolio written right after the office without "of" (South Asian official style:
# "Secretary Water Resources Muhammad Ali", "Minister Finance X", "Chairman Planning Commission X").
# Not words that are also common surnames ("Power", "Law", "Rich").
OFFICE_PORTFOLIO_WORDS = {
    "water", "resources", "finance", "interior", "defence", "defense", "health", "education", "commerce",
    "energy", "petroleum", "railways", "planning", "information", "broadcasting", "justice", "foreign",
    "affairs", "housing", "communications", "industries", "production", "agriculture", "revenue",
    "religious", "climate", "maritime", "narcotics", "privatisation", "privatization", "aviation", "science",
    "technology", "telecommunication", "telecommunications", "commission", "division", "ministry",
    "trade", "industry", "tourism", "transport", "labour", "environment", "fisheries",
}  # fmt: skip

# Patronymics written in lowercase after the father's name, which with it make a person's
# surname: Kyrgyz "Nurbek Asanbek uulu", "Aida Asanbek kyzy", Kazakh "uly", Azerbaijani "oglu",
# "qizi" ("Asanbek uulu said" is the surname used alone).
TRAILING_PATRONYMICS = {"uulu", "kyzy", "kızı", "uly", "qyzy", "oglu", "oğlu", "ogly", "qizi", "qızı", "gyzy", "kyzi"}

# Irish surname particles, capitalised ("Áine Ní Bhriain", "Seán Ó Dálaigh", "Máire Uí Fhlatharta",
# "Pádraig Mac Giolla Rua"): part of the surname, not a name word of their own when counting words.
IRISH_SURNAME_PARTICLES = {"Ó", "Ní", "Nic", "Mac", "Mag", "Uí", "Ua", "Mhic", "Mic", "Giolla"}

# Malay, Bruneian and Indonesian styles, honours and honorifics written before a name, often many
# in a row ("Yang Berhormat Pehin Orang Kaya Seri Kerna Dato Seri Setia Awang Haji Name bin Haji
# Name"). Lowercase keys; the words are capitalised as written.
# Styles written after "Yang" ("Yang Berhormat", "Yang Mulia").
MALAY_STYLES = {"berhormat", "mulia", "amat", "teramat", "dimuliakan", "berbahagia", "terhormat", "arif"}
# Words that open such a string on their own ("Pehin …", "Awang Name", "Dato Paduka …").
MALAY_OPENING_HONORIFICS = {
    "pehin", "pengiran", "pg", "pg.", "awang", "dayang", "haji", "hajah", "hj", "hj.", "hjh", "hjh.", "dato",
    "dato'", "datuk", "datu", "datin", "tun", "toh", "tengku", "tunku", "ustaz", "ustazah", "begawan",
}  # fmt: skip
# The honorifics written right before the given name: the name starts after the last of them.
MALAY_PERSONAL_HONORIFICS = {
    "awang", "dayang", "haji", "hajah", "hj", "hj.", "hjh", "hjh.", "pengiran", "pg", "pg.", "dr", "dr.", "ir",
    "ir.", "ustaz", "ustazah", "tengku", "tunku", "che", "cik", "encik",
}  # fmt: skip
# Words of the honours and styles themselves ("Orang Kaya Seri Kerna", "Dato Seri Setia", "Datuk Amar").
MALAY_TITLE_WORDS = MALAY_STYLES | MALAY_OPENING_HONORIFICS | MALAY_PERSONAL_HONORIFICS | {
    "yang", "seri", "sri", "setia", "paduka", "orang", "kaya", "kerna", "laila", "jasa", "utama", "lela",
    "pahlawan", "indera", "wijaya", "diraja", "maharaja", "pekerma", "singamanteri", "amar", "patinggi",
    "wira", "khatib", "udana", "siraja", "jawatan", "dalam", "anak", "tan", "puan", "perkasa", "panglima",
    "di-pertua", "pertua",
}  # fmt: skip

# Lowercase words for the divisions a country is governed in: a name written right before one is
# that division's ("Tha Uthen district", "the Kapuas Hulu regency", "the Kiang East constituency").
ADMINISTRATIVE_DIVISIONS = {
    "province", "district", "village", "regency", "county", "prefecture", "municipality", "subdistrict",
    "sub-district", "township", "governorate", "constituency", "oblast", "raion", "commune", "canton",
    "tambon", "mukim", "parish", "region",
}  # fmt: skip

# Nouns that end a capitalised phrase naming a document or an occasion, not a person
# ("Clinton Remarks", "Budget Speech").
NOT_NAME_ENDINGS = {
    "remarks", "speech", "statement", "interview", "report", "transcript", "video", "photo", "tweet",
    "email", "letter", "memo", "says", "said", "news", "campaign", "administration", "foundation",
    # organisations, armed groups and regions ("the Example Front", "Northern Province")
    "front", "movement", "party", "army", "forces", "force", "brigade", "brigades", "militia", "battalion",
    "corps", "group", "alliance", "union", "council", "committee", "commission", "ministry", "department",
    "agency", "authority", "institute", "university", "college", "school", "bank", "company", "corporation",
    "association", "federation", "league", "club", "court", "police", "province", "region", "state",
    "district", "county", "republic", "kingdom", "island", "islands", "city", "valley", "river", "airport",
    "station", "street", "square", "hospital", "church", "mosque", "trust", "fund", "network", "economics",
    "partners", "partnership", "partnerships", "capital", "holdings", "services", "solutions", "technologies",
    "times", "post", "herald", "media", "aid", "relief", "canal", "avenue", "road",
    # places closing a name ("Cồn Lạc Market", "Kawempe Division", "the Kwame Asante Quarter")
    "market", "harbour", "harbor", "quarter", "neighbourhood", "neighborhood", "division", "commune",
    "township", "borough", "prefecture", "governorate", "municipality", "suburb", "village", "bazaar",
    "wharf", "pier", "precinct", "subdistrict", "sub-district", "heights", "gardens",
    # sports clubs ("Kilbrannan Athletic", "Riverside Rovers")
    "athletic", "athletico", "rovers", "wanderers", "albion", "hotspur", "academicals",
}  # fmt: skip

# Countries, territories and capitals whose names are two or three capitalised words, which the
# tagger can take for a person's name ("Sri Lanka and India have agreed …").
MULTIWORD_PLACES = {
    "Burkina Faso", "Cabo Verde", "Cape Verde", "Costa Rica", "Czech Republic", "Dominican Republic",
    "East Timor", "El Salvador", "Equatorial Guinea", "Hong Kong", "Ivory Coast", "New Caledonia",
    "New Zealand", "North Korea", "North Macedonia", "Papua New Guinea", "Puerto Rico", "San Marino",
    "Saudi Arabia", "Sierra Leone", "Solomon Islands", "South Africa", "South Korea", "South Sudan",
    "Sri Lanka", "Timor Leste", "Trinidad and Tobago", "United Kingdom", "United States", "Western Sahara",
    "Abu Dhabi", "Addis Ababa", "Addis Abeba", "Buenos Aires", "Dar es Salaam", "Kuala Lumpur", "La Paz",
    "Los Angeles", "Mexico City", "New Delhi", "New York", "Phnom Penh", "Port Louis", "Port Moresby",
    "Rio de Janeiro", "Santo Domingo", "Sao Paulo", "São Paulo", "Tel Aviv", "Kuwait City", "Guatemala City",
    "Panama City", "Hanoi City", "Ho Chi Minh City", "Nur-Sultan", "Ras Al Khaimah", "Umm Al Quwain",
}  # fmt: skip

# Words that open or close a place's name of two or three words ("New Delhi", "Cape Town", "Kuwait City",
# "Fort Worth"): such a name after a reporter's name in a byline is where they write from, not a second writer.
PLACE_OPENING_WORDS = {
    "new", "san", "santa", "santo", "los", "las", "port", "cape", "saint", "st.", "st", "fort", "mount", "lake",
    "kuala", "abu", "tel", "rio", "east", "west", "north", "south", "upper", "lower", "greater",
}  # fmt: skip
PLACE_CLOSING_WORDS = {
    "city", "town", "bay", "beach", "island", "islands", "springs", "falls", "harbour", "harbor", "valley",
    "county", "province", "state", "territory", "district", "region",
}  # fmt: skip


# Nouns only a person can be, set beside a name ("Dragan Petrović, a farmer from …", "a spokesman
# for the ministry, Aminu Bello,"): the name is a person's whatever entity the tagger gave it.
PERSON_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "governor", "mayor", "senator",
    "adviser", "advisor", "aide", "official", "officer", "director", "chairman", "chairwoman", "lawyer",
    "prosecutor", "judge", "economist", "analyst", "professor", "researcher", "scientist", "teacher", "nurse",
    "doctor", "surgeon", "student", "farmer", "grazier", "fisherman", "trader", "vendor", "shopkeeper", "driver",
    "worker", "engineer", "resident", "villager", "pensioner", "retiree", "volunteer", "witness", "survivor",
    "mother", "father", "grandmother", "grandfather", "widow", "tenant", "landlord", "commuter", "passenger",
    "activist", "campaigner", "organiser", "organizer", "founder", "owner", "manager", "executive", "leader",
    "councillor", "councilor", "lawmaker", "legislator", "historian", "expert", "coach", "captain", "pilot",
    # people at a rally or a crime scene ("X, 26, a protester who was punched …", "the assailant, X,")
    "protester", "demonstrator", "heckler", "voter", "assailant", "attacker", "suspect",
}  # fmt: skip

# Written forms of one office: an abbreviated title ("Gov. Ann Cole" is "the governor") and a
# title beside the common noun for the office ("Justice Ann Cole" is "the judge").
OFFICE_FORMS = {
    "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
    "rep": "representative", "gen.": "general", "gen": "general", "col.": "colonel", "capt.": "captain",
    "adm.": "admiral", "sgt.": "sergeant", "lt.": "lieutenant", "lt": "lieutenant", "supt.": "superintendent",
    "cllr": "councillor", "cllr.": "councillor", "cr": "councillor", "cr.": "councillor", "brig.": "brigadier",
    "maj.": "major", "cpl.": "corporal", "cdr.": "commander", "cmdr.": "commander", "insp.": "inspector",
    "det.": "detective", "coun.": "councillor", "councilor": "councillor", "pres.": "president", "justice": "judge",
    "congressman": "congressman", "congresswoman": "congresswoman",
    # whoever chairs a meeting ("The Chairman said" for the person the committee met under)
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "cathaoirleach": "chair",
}  # fmt: skip

# The commonest Vietnamese family names, written first in a name of three words ("Đỗ Quang Huy",
# "Nguyen Thi Lan"): where an office and a name run together, the name starts at one of them.
FAMILY_NAMES_WRITTEN_FIRST = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Trịnh", "Trương", "Đoàn", "Lâm", "Lương", "Mai", "Cao", "Hà", "Tạ", "Chu", "Thái",
    "Triệu", "Quách", "Kiều", "Tăng", "Vương", "Đào", "Lưu", "Tô",
}  # fmt: skip

# Common short forms of given names ("Bill" for "William").
SHORT_FORMS = {
    "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "jim": "james", "jimmy": "james",
    "joe": "joseph", "mike": "michael", "tom": "thomas", "dick": "richard", "rick": "richard", "ted": "edward",
    "ed": "edward", "chuck": "charles", "charlie": "charles", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "katie": "katherine", "dan": "daniel", "ben": "benjamin", "tony": "anthony",
    "steve": "stephen", "chris": "christopher", "matt": "matthew", "nick": "nicholas", "sam": "samuel",
    "alex": "alexander", "tim": "timothy", "doug": "douglas", "ron": "ronald", "don": "donald",
    "jeff": "jeffrey", "greg": "gregory", "andy": "andrew", "dave": "david", "pete": "peter",
}  # fmt: skip

# What a site's language switch prints: languages by their own names (and in English), and their
# two-letter codes ("EN FR", "English | Español", "Suomeksi", "In English"). Generic web furniture.
LANGUAGE_NAMES = {
    "english", "français", "francais", "french", "español", "espanol", "spanish", "deutsch", "german",
    "italiano", "italian", "português", "portugues", "portuguese", "nederlands", "dutch", "svenska",
    "swedish", "suomi", "suomeksi", "finnish", "norsk", "norwegian", "dansk", "danish", "íslenska", "polski",
    "polish", "čeština", "slovenčina", "magyar", "română", "hrvatski", "srpski", "slovenščina", "shqip",
    "türkçe", "turkish", "ελληνικά", "русский", "українська", "беларуская", "български", "қазақша",
    "latviešu", "lietuvių", "eesti", "català", "catalan", "galego", "euskara", "cymraeg", "welsh", "gaeilge",
    "irish", "gàidhlig", "kiswahili", "swahili", "afrikaans", "isizulu", "amharic", "አማርኛ", "hausa", "yorùbá",
    "igbo", "somali", "arabic", "عربي", "العربية", "فارسی", "farsi", "persian", "اردو", "urdu", "עברית",
    "hebrew", "हिन्दी", "हिंदी", "hindi", "বাংলা", "bangla", "bengali", "தமிழ்", "tamil", "मराठी", "ગુજરાતી",
    "ಕನ್ನಡ", "తెలుగు", "മലയാളം", "ਪੰਜਾਬੀ", "नेपाली", "සිංහල", "中文", "简体中文", "繁體中文", "简体", "繁體",
    "chinese", "日本語", "japanese", "한국어", "korean", "ไทย", "thai", "tiếng việt", "vietnamese", "bahasa",
    "melayu", "malay", "bahasa indonesia", "bahasa melayu", "indonesian", "filipino", "tagalog", "ខ្មែរ",
    "ພາສາລາວ", "မြန်မာ",
    "монгол", "ქართული", "հայերեն", "azərbaycan",
}  # fmt: skip
LANGUAGE_CODES = {
    "en", "eng", "fr", "fra", "es", "esp", "de", "it", "pt", "nl", "sv", "fi", "no", "da", "pl", "cs", "hu", "ro",
    "el", "ru", "uk", "ua", "tr", "ar", "fa", "ur", "he", "hi", "bn", "ta", "zh", "cn", "ja", "jp", "ko", "kr",
    "th", "vi", "id", "ms", "bm", "tl", "sw", "am", "ha", "cy", "ga", "ca", "eu", "gl",
}  # fmt: skip

# What a site's market strip prints over its pages ("US Dollar 278.90 280.40", "Cedi/Dollar 15.45", "Gold
# $2,905/oz", "KSE-100 113,452"): currencies by name and ISO code, commodities, indices and the table's headings.
CURRENCY_WORDS = {
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "riyal", "riyals", "rial", "dirham",
    "dirhams", "dinar", "dinars", "rupee", "rupees", "yen", "yuan", "renminbi", "franc", "francs", "krone",
    "krona", "kroner", "ringgit", "rupiah", "baht", "peso", "pesos", "naira", "cedi", "cedis", "shilling",
    "shillings", "rand", "taka", "afghani", "afghanis", "kina", "tala", "vatu", "real", "won", "lira", "ruble",
    "rouble", "hryvnia", "kwacha", "birr", "dong", "kyat", "tenge", "manat", "lari", "dram", "currency",
    "currencies", "forex",
}  # fmt: skip
CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "AUD", "NZD", "CAD", "SAR", "AED", "QAR", "KWD", "BHD", "OMR",
    "PKR", "INR", "BDT", "LKR", "NPR", "AFN", "IRR", "MYR", "SGD", "IDR", "THB", "PHP", "VND", "NGN", "GHS", "KES",
    "UGX", "TZS", "RWF", "ZAR", "ZMW", "ETB", "EGP", "MAD", "TND", "XOF", "XAF", "PGK", "FJD", "WST", "TOP", "SBD",
    "VUV", "TRY", "RUB", "UAH", "KRW", "HKD", "TWD", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "JMD", "TTD", "BBD",
    "XCD", "KZT", "UZS", "AZN", "GEL", "AMD",
}  # fmt: skip
MARKET_WORDS = {
    "gold", "silver", "platinum", "copper", "brent", "crude", "oil", "wti", "cocoa", "coffee", "cotton", "wheat",
    "petrol", "diesel", "kerosene", "lpg", "bitcoin", "index", "buying", "selling", "buy", "sell", "rate",
    "rates", "open", "close", "change", "market", "markets", "interbank", "exchange", "watch", "sensex",
    "nifty", "dow", "ftse", "nikkei", "nasdaq", "kospi", "tola", "oz", "ounce", "gram", "barrel", "bbl",
    "litre", "liter", "per",
}  # fmt: skip
# A temperature as a weather strip prints it ("31°C", "29 °C", "88°F", "-3°", "−4.5 ° F"): a regex source,
# with no anchors or lookarounds, for a whole weather line and a weather segment of a date line alike.
TEMPERATURE = r"[-−]?\d{1,3}(?:[.,]\d)?\s*°\s*[CF]?"
# What a weather strip says beside a town and its temperature ("Port Moresby 31°C Partly cloudy").
WEATHER_WORDS = {
    "sunny", "cloudy", "partly", "mostly", "clear", "rain", "rainy", "showers", "shower", "drizzle",
    "thunderstorms", "thunderstorm", "storms", "fog", "foggy", "mist", "misty", "haze", "hazy", "humid", "windy",
    "overcast", "fair", "snow", "sleet", "scattered", "isolated", "light", "heavy", "weather", "today", "now",
    "tonight", "feels", "like", "high", "low", "hi", "lo", "min", "max",
}  # fmt: skip

# Short common words a headline and its story share whatever the story: not evidence that a line heads it.
FUNCTION_WORDS = {
    "about", "after", "again", "also", "been", "before", "being", "could", "does", "from", "have", "here", "into",
    "just", "more", "most", "much", "only", "other", "over", "said", "says", "some", "such", "than", "that", "their",
    "them", "then", "there", "these", "they", "this", "those", "under", "very", "were", "what", "when", "where",
    "which", "while", "will", "with", "would", "your",
}  # fmt: skip

# US states by the abbreviations party tags use ('R-Fla.', 'D-N.Y.', 'I-Vt.'), AP style and postal.
US_STATE_ABBREVIATIONS = {
    "ala": "alabama", "al": "alabama", "alaska": "alaska", "ak": "alaska", "ariz": "arizona", "az": "arizona",
    "ark": "arkansas", "ar": "arkansas", "calif": "california", "ca": "california", "colo": "colorado",
    "co": "colorado", "conn": "connecticut", "ct": "connecticut", "del": "delaware", "de": "delaware",
    "fla": "florida", "fl": "florida", "ga": "georgia", "hawaii": "hawaii", "hi": "hawaii", "idaho": "idaho",
    "id": "idaho", "ill": "illinois", "il": "illinois", "ind": "indiana", "in": "indiana", "iowa": "iowa",
    "ia": "iowa", "kan": "kansas", "ks": "kansas", "ky": "kentucky", "la": "louisiana", "maine": "maine",
    "me": "maine", "md": "maryland", "mass": "massachusetts", "ma": "massachusetts", "mich": "michigan",
    "mi": "michigan", "minn": "minnesota", "mn": "minnesota", "miss": "mississippi", "ms": "mississippi",
    "mo": "missouri", "mont": "montana", "mt": "montana", "neb": "nebraska", "ne": "nebraska", "nev": "nevada",
    "nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
    "nc": "north carolina", "nd": "north dakota", "ohio": "ohio", "oh": "ohio", "okla": "oklahoma",
    "ok": "oklahoma", "ore": "oregon", "or": "oregon", "pa": "pennsylvania", "ri": "rhode island",
    "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee", "tn": "tennessee", "texas": "texas",
    "tex": "texas", "tx": "texas", "utah": "utah", "ut": "utah", "vt": "vermont", "va": "virginia",
    "wash": "washington", "wa": "washington", "wva": "west virginia", "wv": "west virginia", "wis": "wisconsin",
    "wi": "wisconsin", "wyo": "wyoming", "wy": "wyoming",
}  # fmt: skip
