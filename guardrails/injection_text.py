"""How the prompt-injection detector reads disguised text: letters spelled out, leetspeak, text-speak,
curly quotes, invisible characters, look-alike letters and encodings; and, for passages, what a
request to a reader looks like and which words belong to our domain.
"""

from __future__ import annotations

import re

# Key phrases matched with every non-letter removed, for text spelled out letter by letter.
SQUASHED_KEYS: tuple[tuple[str, str], ...] = (
    ("ignoreallpreviousinstructions", "override_instructions"),
    ("ignorepreviousinstructions", "override_instructions"),
    ("ignoreyourinstructions", "override_instructions"),
    ("ignoreallinstructions", "override_instructions"),
    ("ignoreallrules", "override_instructions"),
    ("ignoreyourrules", "override_instructions"),
    ("disregardpreviousinstructions", "override_instructions"),
    ("disregardallinstructions", "override_instructions"),
    ("forgetallpreviousinstructions", "override_instructions"),
    ("forgetyourinstructions", "override_instructions"),
    ("systemprompt", "system_prompt_mention"),
    ("initialprompt", "system_prompt_mention"),
    ("yourinstructions", "reveal_prompt"),
    ("doanythingnow", "do_anything_now"),
    ("developermode", "jailbreak_mode"),
    ("jailbreak", "jailbreak_word"),
    ("nofilters", "no_limits"),
    ("norestrictions", "no_limits"),
)

# Words the leetspeak folder may choose between when a "1" could be "i" or "l".
_LEET_WORDS = ("ignore all previous instructions rules disregard forget system prompt reveal print your tell developer "
               "mode jailbreak filter filters restrictions unlimited illegal kill bypass policy polite will still "
               "initial delete follow only help")
LEET_VOCAB = frozenset(_LEET_WORDS.split())
# Curly quotes, as phones type them: "don’t" must match "don't".
QUOTES = str.maketrans(dict.fromkeys("‘’‛`", "'") | dict.fromkeys("“”„", '"'))
# Text-speak, folded in the leetspeak view: "pls ignor ur instructions".
TEXTSPEAK = {"ur": "your", "u": "you", "r": "are", "pls": "please", "plz": "please", "n": "and", "yr": "your",
             "b4": "before", "prev": "previous", "instrs": "instructions", "sys": "system", "ignor": "ignore",
             "4get": "forget", "msg": "message", "rulez": "rules"}
LEET_MAP = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                          "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"})

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"
                                    "\u180e\u034f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
# Latin look-alikes from Cyrillic and Greek that NFKC leaves alone.
HOMOGLYPHS = str.maketrans("аеорсхуіјѕԁԛԝкмнтвАЕОРСХУІЈЅКМНТВΑΒΕΗΙΚΜΝΟΡΤΥΧοινƗɨıłøđħŀ",
                           "aeopcxyijsdqwkmhtbAEOPCXYIJSKMHTBABEHIKMNOPTYXoivIiilodhl")

# Words so common in English that a text without them is probably encoded.
_COMMON = ("the a an and or to of in on for is are was were be you your i me my it this that with as at by from not do "
           "can what how please all have has will would should")
COMMON_WORDS = frozenset(_COMMON.split())
ENCODING_CUES = re.compile(r"rot-?13|caesar|cipher|decode|decrypt|revers|backwards|encoded|base ?64|hex")

# For passages: a sentence shaped like a task or a question for whoever reads it.
REQUEST = re.compile(
    r"^(?:please |can you |could you |would you |will you )?(?:(?:explain|describe|write(?! to)|compose|draft|develop|"
    r"provide|give|list|tell (?:me|us)|show|translate|summari[sz]e|create|generate|suggest|recommend|help|name|outline|"
    r"break down|define|calculate|solve|compare|discuss|analy[sz]e|teach|make(?! sure)|plan|find(?! out)|convert|"
    r"rewrite|offer|share|recite|imagine|pretend|act)\b(?:\W+\w+){2,}.*(?<!:)|"
    r"(?:what|who|whom|which|when|where|why|how|is|are|does|do|did|can|could)\b.*\?)$",
    re.IGNORECASE)
# Words of our domain: a request that uses one of them belongs in a jobs article. "Work" as a verb
# at the end ("how do solar panels work?") does not count.
DOMAIN = re.compile(
    r"\b(?:jobs?|work(?!s?\b\s*(?:[?.!]|$|with an example))\w*|employ\w*|careers?|cvs?|cover letters?|interview\w*|"
    r"appl(?:y|ies|ied|ying|ications?)|skills?|qualifi\w*|courses?|training|trainee\w*|apprentice\w*|coach\w*|"
    r"jobcentre|benefits?|universal credit|claim\w*|allowance|jsa|esa|pip|payments?|pay|paid|wages?|salary|payslips?|"
    r"tax|national insurance|contracts?|shifts?|hours|holiday|sick|redundan\w*|pension\w*|dwp|council|housing|rent|"
    r"childcare|disabilit\w*|health|adjustments?|volunteer\w*|references?|referees?|managers?|colleagues?|team|staff|"
    r"customers?|business\w*|self-employed|sanctions?|appointments?|journal|commitment|adverts?|vacanc\w*|recruit\w*|"
    r"agenc\w*|gov\.uk|advisers?|experience|roles?|positions?|hir(?:e|ed|ing)|trial|placements?|schemes?|grants?|"
    r"funds?|debts?|budget\w*|money|earn\w*|income|payroll|contact|jobseekers?|form|account)\b",
    re.IGNORECASE)
