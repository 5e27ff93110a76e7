"""How the rules layer normalises a message: text-speak, misspellings, censoring and contractions.

`rules.normalise` applies these tables in order; every pattern in `rule_patterns` and
`rule_contexts` is written against the result. This module is data, not logic.
"""

from __future__ import annotations

# Text-speak, misspellings and slang, one token to its plain form.
WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("sucide", "suicde", "suicid", "suiside", "sucidie", "suacide", "suicied", "sucicide", "suiceide",
         "suecide", "suiscide", "sewerslide", "suicdie"),
        "suicide",
    ),
    **dict.fromkeys(
        ("sucidal", "suicidel", "suicidle", "suisidal", "sucidel", "suacidal", "suicial", "suicdal",
         "suicidial"),
        "suicidal",
    ),
    "kil": "kill", "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "unalived": "killed",
    "unaliving": "killing", "ded": "dead", "killin": "killing", "dyin": "dying", "stayin": "staying",
    "sleepin": "sleeping", "livin": "living", "meself": "myself", "mysef": "myself", "myslef": "myself",
    "wanna": "want to", "wana": "want to", "gonna": "going to", "gunna": "going to", "finna": "going to",
    "tryna": "trying to", "gotta": "got to", "cant": "cannot", "cnt": "cannot", "wont": "will not",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "isnt": "is not", "arent": "are not",
    "wasnt": "was not", "werent": "were not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "couldnt": "could not", "wouldnt": "would not", "shouldnt": "should not", "aint": "am not",
    "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are", "theyve": "they have",
    "hes": "he is", "shes": "she is", "thats": "that is", "whats": "what is", "theres": "there is",
    "u": "you", "ur": "your", "ya": "you", "r": "are", "cos": "because", "coz": "because", "cuz": "because",
    "bc": "because", "tho": "though", "ppl": "people", "pls": "please", "plz": "please", "rn": "right now",
    "tbh": "to be honest", "ngl": "not going to lie", "noone": "nobody", "nowt": "nothing", "nuffin": "nothing",
    "nothin": "nothing", "wiv": "with", "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband",
    "dv": "domestic violence", "stfu": "shut the fuck up", "gtfo": "get the fuck out", "wnt": "want",
    "wnat": "want", "wamt": "want", "homless": "homeless", "homeles": "homeless", "homelss": "homeless",
    "bailifs": "bailiffs", "baliffs": "bailiffs", "bailif": "bailiff", "sanctiond": "sanctioned",
    "santioned": "sanctioned", "sancioned": "sanctioned", "santion": "sanction", "evicited": "evicted",
    "depresion": "depression", "depressd": "depressed", "anxeity": "anxiety", "anxity": "anxiety",
    "autisic": "autistic", "pils": "pills", "tabs": "tablets", "every1": "everyone", "any1": "anyone",
    "some1": "someone", "no1": "nobody", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tmrw": "tomorrow", "2nite": "tonight", "tonite": "tonight", "b4": "before", "m8": "mate",
    "m8s": "mates", "gr8": "great",
    # Misspellings and text-speak seen in crisis messages.
    "cuting": "cutting", "cuttin": "cutting", "cutin": "cutting", "lyf": "life", "lyfe": "life", "slef": "self",
    "dieing": "dying", "kll": "kill", "myslf": "myself", "mysel": "myself", "maself": "myself", "miself": "myself",
    "mself": "myself", "imma": "i am going to", "ima": "i am going to", "dnt": "do not", "wud": "would",
    "cud": "could", "shud": "should", "enuf": "enough", "jus": "just", "sumthing": "something",
    "summat": "something", "gona": "going to", "theyll": "they will", "youll": "you will", "itll": "it will",
    "hopeles": "hopeless", "burdon": "burden", "evryone": "everyone", "bruses": "bruises", "scard": "scared",
    "scaired": "scared", "frightend": "frightened", "affraid": "afraid", "afriad": "afraid",
    "boyfreind": "boyfriend", "girlfreind": "girlfriend", "passort": "passport", "sucicidal": "suicidal",
    "lifes": "life is", "hwo": "how", "n": "and", "nite": "night", "doin": "doing",
    # Scots
    "cannae": "cannot", "tae": "to", "dinnae": "do not", "wae": "with", "bein": "being", "nae": "no",
    "didnae": "did not", "wouldnae": "would not", "isnae": "is not", "havnae": "have not", "hivnae": "have not",
    "willnae": "will not", "winnae": "will not", "aw": "all",
    # Geordie
    "divvent": "do not", "divnt": "do not", "dinna": "do not", "cannit": "cannot", "canna": "cannot",
    "gannin": "going", "gan": "go", "yem": "home", "hyem": "home", "nee": "no",
    # Dropped g's
    "wakin": "waking", "gettin": "getting", "thinkin": "thinking", "goin": "going", "endin": "ending",
    "hurtin": "hurting", "takin": "taking", "jumpin": "jumping", "surfin": "surfing", "kippin": "kipping",
    "dossin": "dossing", "stoppin": "stopping", "carryin": "carrying", "rollin": "rolling", "burnin": "burning",
    "feelin": "feeling", "tryin": "trying", "hangin": "hanging", "cryin": "crying", "sayin": "saying",
    "answerin": "answering", "avin": "having", "havin": "having", "mornin": "morning", "everythin": "everything",
    "somethin": "something", "anythin": "anything",
    # Scots and Scouse
    "aboot": "about", "masel": "myself", "masell": "myself", "gonnae": "going to", "wannae": "want to",
    "dae": "do", "heid": "head", "hoose": "house", "cor": "cannot",
    "potless": "skint", "boracic": "skint", "brassic": "skint", "leccy": "electric", "lecky": "electric",
    "sooside": "suicide", "sooicide": "suicide", "suwicide": "suicide",
}

# Words whose right spelling has no doubled letter, so "diiie" / "hellp" style stretching folds back.
STRETCHED: frozenset[str] = frozenset({
    "die", "dead", "end", "hate", "life", "me", "so", "sad", "help", "hurt", "cut", "pills", "homeless", "broke",
    "scared", "alone", "done", "tired", "sick", "kill", "myself", "no", "now", "please", "want",
})

# Clean-ups run on the raw lower-case text before it is split into words: (regex, replacement).
CENSORED: tuple[tuple[str, str], ...] = (  # only tried when the text has one of * # @ $
    (r"\bf[*#@$]{1,3}c?k", "fuck"), (r"\bf[*#@$]{2,4}(?=ing\b|ed\b|\b)", "fuck"), (r"\bsh[*#@$!]t", "shit"),
)
NUMBERS: tuple[tuple[str, str], ...] = (  # only tried when the text has a digit
    (r"\b(\d+) ?(?:yo|y/o|yrs?|yr old)\b", r"\1 year old"), (r"(\d)[.,](\d)", r"\1\2"),
)
CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"&", " and "), (r"\bcan'?t\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bain't\b", "am not"),
    (r"\bshan't\b", "shall not"), (r"n't\b", " not"), (r"'m\b", " am"), (r"'re\b", " are"), (r"'ve\b", " have"),
    (r"'ll\b", " will"), (r"'d\b", " would"), (r"'", ""),
)

# Multi-word clean-ups run after the word map: (regex, replacement).
PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bcan not\b", "cannot"), (r"\bsui (?=thoughts|ideation|feelings|urges)", "suicidal "),
    (r"\bsh(?= (?:again|urges?|scars?|wounds?|relapse\w*|thoughts|is back|free|clean)\b)", "self harm"),
    # Scouse and Irish "me mam", Scots "ah want": the writer's own family and the writer.
    (r"\bme (?=(?:fella|mam|mum|da|dad|husband|wife|boyfriend|girlfriend|partner|ex|kids|son|daughter|brother|sister|"
     r"nan|mate)\b)", "my "),
    (r"\bmy fella\b", "my boyfriend"), (r"\bah (?=(?:want|am|cannot|do not|have|will|need|feel|think|know)\b)", "i "),
    (r"\bsewer ?slide\b", "suicide"), (r"\bun alive\b", "kill"),
    # Scots and Geordie: "done wi it aw", "the end o the week", "the neet", "the morra".
    (r"\bwi (?!fi\b)", "with "), (r"\bo (?=the|my|it|that|this|them)\b", "of "), (r"\bthe (?:neet|nicht)\b", "tonight"),
    (r"\bthe morra?\b|\bthe morn\b", "tomorrow"), (r"\bbe hear\b", "be here"),
    (r"(?<!\ba )\bbout\b", "about"),  # "thinking bout it", but "a bout of flu"
    (r"\bthe night(?= ?(?:[.,!?;:~]|$))", "tonight"), (r"\bthe day(?= ?(?:[.,!?;:~]|$))", "today"),
    (r"\ban (?=not\b)", "and "),
    (r"\bma (?=(?:whole|own|mam|maw|mum|da|dad|heid|head|pal|pals|wee|life|prescription|tablets|pills|meds|work|claim|"
     r"uc|flat|house|boyfriend|girlfriend|man|wife|brother|sister|nan|gran|son|daughter|kids|arms?|wrists?|legs?)\b)",
     "my "),
    (r"\bmy self\b(?! ?(?:employ\w*|assess\w*|service|esteem|confidence|care|portrait|development|isolat\w*))",
     "myself"), (r"\bany ?more\b", "anymore"), (r"\bno ?one\b", "nobody"),
    (r"\bno where\b", "nowhere"), (r"\bjob ?centre(?: plus)?\b", "jobcentre"), (r"\bself ?har[mn]", "self harm"),
    (r"\bevery ?one\b", "everyone"), (r"\b(\d+) ?(?:year|yr)s? ?old\b", r"\1 year old"),
    (r"\bb and b\b|\bb n b\b", "bnb"), (r"\bpay ?day\b", "payday"), (r"\bin law(s?)\b", r"inlaw\1"),
    # "your a joke" is "you are a joke"
    (r"\byour (?=(?:a|an|so|such|just|literally|being|the worst|useless|stupid|pathetic|thick|braindead)\b)",
     "you are "),
)
