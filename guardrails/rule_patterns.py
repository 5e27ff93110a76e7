"""Phrase tables for the precise rules layer, written against normalised text.

Normalised text is lower case without accents, with contractions spelt out ("can't" ->
"cannot", "I'm" -> "i am"), apostrophes dropped ("money's" -> "moneys"), punctuation spaced out as
its own token and text-speak mapped to plain words (see `WORDS`). Every pattern assumes that form.

A rule is (name, score, regex[, flags]). Flags: "h" means a hypothetical or rules question
("what happens if I get sanctioned") does not count; "k" means the phrase carries its own negation
("want to live anymore"), so a "not" before it must not lower it.

The crisis categories (self_harm, safeguarding, domestic_abuse) have their own tables in
`rule_patterns_crisis`, homelessness in `rule_patterns_homelessness` and money trouble in
`rule_patterns_money`; `RULES` below merges them with the other categories. How text is normalised
is in `rule_words`, and the harmless contexts blanked before the rules run are in `rule_contexts`;
this module re-exports both, so `rules` reads every table from one place.

This module is data, not logic, so it is longer than our usual module size.
"""

from __future__ import annotations

from guardrails.rule_contexts import CONTEXTS, NEUTRAL
from guardrails.rule_patterns_crisis import CRISIS_RULES, HARM_WORDS, INTENT, STAFF, Rule
from guardrails.rule_patterns_homelessness import HOMELESSNESS
from guardrails.rule_patterns_money import FINANCIAL_HARDSHIP
from guardrails.rule_words import CENSORED, CONTRACTIONS, NUMBERS, PHRASES, STRETCHED, WORDS

__all__ = ["CENSORED", "CLAUSE_END", "CONTEXTS", "CONTRACTIONS", "GENERAL_PREFIX", "GENERAL_SUFFIX", "HYPOTHETICAL",
           "JOB_WORDS", "NEGATORS", "NEUTRAL", "NUMBERS", "PHRASES", "QUIET", "RULES", "STRETCHED", "SUBJECTS", "WORDS"]


_CONDITION_NOUN = (r"(?:c ?ptsd|ptsd|depression|anxiety|social anxiety|adhd|autism|asperger\w*|bipolar|schizophrenia|"
                   r"ocd|epilepsy|(?:type (?:1|2|one|two) )?diabetes|cancer|multiple sclerosis|fibromyalgia|chronic"
                   r" fatigue|long covid|hiv|arthritis|dyslexia|dyspraxia|dyscalculia|anorexia|bulimia|agoraphobia|"
                   r"tourettes|cerebral palsy|sickle cell|lupus|endometriosis|stammer|stutter|crohns|colitis|copd|"
                   r"migraines|dementia|parkinsons|psychosis|nerves)")
_CONDITION = (r"(?:" + _CONDITION_NOUN + r"|an? eating disorder|(?:a )?personality disorder|bpd|eupd|panic attacks|"
              r"asthma|a heart condition|heart problems|back problems|a bad back|chronic (?:\w+ )?pain|back pain|a"
              r" disability|disabilities|a learning (?:disability|difficulty)|learning (?:disabilities|difficulties)|"
              r"mental health (?:problems|issues|conditions?|difficulties)|an? (?:addiction|alcohol problem|drink"
              r" problem|drug problem|gambling problem)|a stammer|hearing loss|sight loss|a brain injury|a stroke(?!"
              r" of)|a mental illness|mental illness|ms)")
_DECISION = r"(?:(?:dwp|benefit|uc|sanction|pip|esa|claim|their|mandatory) decision)"
FILL = r"(?:(?!not\b|never\b|no\b)\w+ ){0,2}"  # up to two words that are not a negation


# For veiled threats with no name in them: "someone's getting hurt".
_SOMEONE = r"\b(?:someone|somebody|people)s?(?: is| are)?"
_HURT = r"(?:hurt|battered|smacked|stabbed|done in)\b"

RULES: dict[str, tuple[Rule, ...]] = {
    **CRISIS_RULES,
    "homelessness": HOMELESSNESS,
    "financial_hardship": FINANCIAL_HARDSHIP,
    "sanction_dispute": (
        ("appeal", 0.95, r"\b(?:appeal\w*|challeng\w*|disput\w*|contest\w*|fight\w*|overturn\w*|complain\w* about|"
                         r"disagree\w* with|reconsider\w*) (?:against )?(?:the |my |this |their |that |our"
                         r" )(?!(?:interview|hiring|recruitment|job|employer|panel|employers) )(?:\w+ )?(?:sanction|"
                         r"sanctions|decision(?! (?:not to|to not) (?:hire|employ|offer|interview))|money being"
                         r" stopped|payment being stopped|overpayment|deduction)\b"),
        ("appeal_general", 0.6, r"\b(?:appeal\w*|challeng\w*|disput\w*) (?:against )?(?:a )?(?:sanction|benefit"
                                r" decision|dwp decision)\b|\bwant to (?:dispute|challenge|appeal|contest) (?:it|this|"
                                r"that)\b"),
        ("reconsideration", 0.85, r"\bmandatory reconsideration\b|\b(?:benefit|sscs|social security) tribunal\b|"
                                  r"\bappeal (?:to (?:a|the) )?tribunal\b", "h"),
        ("sanctioned", 0.95, r"\bsanction(?:ed|ing) (?:me|us|my)\b|\bsanctioned for\b|\b(?:been|got|get|getting|"
                             r"was|were|am|being) sanctioned\b|(?:^|[.,;:?~] )sanctioned\b|\b(?:got|given|have|had|"
                             r"received) (?:a|another|my|the) sanction\b(?! rules| policy| system| regime)", "h"),
        ("my_sanction", 0.9, r"\bmy (?:sanction|sanctions)\b|\b(?:a|the) sanction (?:on|against) (?:me|my (?:claim|"
                             r"money|account))\b|\b(?:the|this|that) sanction (?:was|is) (?:a mistake|wrong|unfair)\b",
         "h"),
        ("money_stopped", 0.9, r"\b(?:money|moneys|payment|payments|benefit|benefits|uc|universal credit|jsa|esa|pip|"
                               r"claim|housing benefit|housing element|\w+ element) (?:(?:has|have|is|was|were|got|s|"
                               r"been|being|had|just|now|all) )*(?:stopped|cut|suspended|sanctioned|reduced|docked|"
                               r"taken away|taken off|closed|frozen|halted|cancelled|slashed)\b|\b(?:they|dwp|the dwp|"
                               r"jobcentre|the jobcentre|uc|universal credit|someone) (?:\w+ ){0,2}(?:stopped|stop|"
                               r"stopping|cut|docked|suspended|closed|reduced|took|taken|taking|cancelled) (?:all"
                               r" )?(?:of )?(?:my|our) (?:money|payment|payments|benefits?|uc|universal credit|new"
                               r" style jsa|jsa|esa|pip|claim|\w+ element|advance|housing benefit)\b", "h"),
        ("refused", 0.8, r"\b(?:lcwra|lcw|pip|esa|uc|universal credit|claim|benefits?|jsa|housing benefit|budgeting"
                         r" advance|advance|hardship payment|reconsideration|appeal) (?:was |has been |got |been"
                         r" )?(?:refused|rejected|turned down|denied)\b", "h"),
        ("unfair", 0.85, r"\b(?:unfair|unfairly|wrongly|unjust|unjustly|not fair|made a mistake)\b.{0,60}\b(?:sanction"
                         r"\w*|stopped|docked|taken off|deduct\w*|overpay\w*|" + _DECISION + r")\b|\b(?:sanction\w*|"
                         r"stopped|docked|taken off|deduct\w*|overpay\w*|" + _DECISION + r")\b.{0,60}\b(?:unfair|"
                         r"unfairly|wrongly|unjust|not fair|not my fault|for no reason|for nothing|ridiculous|is wrong|"
                         r"were fair|not true|do not owe)\b|\bdecision maker (?:got it wrong|made a mistake|is "
                         r"wrong)\b|\bthe decisions? (?:is |was )?wrong\b",
         "h"),
        ("accused", 0.75, r"\b(?:they|dwp|jobcentre|coach|work coach|uc|decision maker) (?:are |is )?(?:say|says|said|"
                          r"saying|claim|claims|think|thinks|reckon|reckons) (?:that )?i (?:\w+ ){0,6}(?:attend|"
                          r"appointment|job search|work search|available|savings|owe|overpa\w*|live with|turned down|"
                          r"refused|failed|did not do|commitment|hours|earn\w*|capital|partner|fraud|"
                          r"offered)\b.{0,60}\b(?:but|not true|never|lying|lie|lies|wrong|untrue|i did|i was|i rang|"
                          r"proof)\b|\bbut (?:they|dwp|the jobcentre|my coach) (?:say|says|said|are saying) (?:that )?i"
                          r" (?:was not|did not|have not|never|am not)\b"),
        ("missed_with_reason", 0.6, r"\b(?:missed|could not make|could not attend|did not attend|did not go to) (?:my |"
                                    r"the |an )?(?:appointment|meeting|signing)\b.{0,40}\b(?:because|as i|due to|but|"
                                    r"and now|and they)\b"),
    ),
    "health_disclosure": (
        ("has_condition", 0.9, r"\b(?:i have|i have got|i got|diagnosed with|i suffer (?:from|with)|suffering (?:from|"
                               r"with)|i live with|living with|i struggle with|struggling with|being treated for|"
                               r"recovering from|i had|i have had|signed off with) " + FILL + _CONDITION + r"\b"),
        ("i_am", 0.9, r"\bi am " + FILL + r"(?:autistic|disabled|dyslexic|dyspraxic|bipolar|deaf|blind|partially"
                      r" (?:sighted|deaf)|epileptic|diabetic|an? (?:alcoholic|addict|recovering (?:alcoholic|addict))|"
                      r"in recovery|neurodivergent|neurodiverse|on the (?:autism |autistic )?spectrum|hard of hearing|"
                      r"in a wheelchair|a wheelchair user|registered (?:blind|disabled)|depressed|schizophrenic|having"
                      r" (?:chemo|chemotherapy|radiotherapy|treatment)|on (?:antidepressants|medication|meds|methadone|"
                      r"sick leave)|(?:\d+ weeks )?pregnant|signed off(?: sick)?|off sick|long term sick|chronically"
                      r" ill|terminally ill|ill|unwell|hiv positive|sick(?! of| and tired| to death))\b"),
        ("my_condition", 0.85, r"\bmy (?:ptsd|depression|anxiety|adhd|autism|bipolar|ocd|epilepsy|diabetes|cancer|"
                               r"(?:\w+ )?condition|disability|disabilities|mental health|illness|diagnosis|medication|"
                               r"meds|chemo|therapist|psychiatrist|cpn|health problems?|health issues?|impairment|"
                               r"dyslexia|seizures|panic attacks|stammer|stutter|tourettes|fibromyalgia)\b"),
        ("condition_effect", 0.85, r"\b" + _CONDITION_NOUN + r" (?:flares?|flare ups?|means|makes|stops|affects|gets|is"
                                   r" getting|has got)\b|\b(?:dyslexic|autistic|epileptic|diabetic|disabled|deaf) (?:,|"
                                   r"so\b)|\bhiv positive\b|\bi (?:use|need|have) (?:a )?(?:wheelchair|walking stick|"
                                   r"hearing aids?|crutches|mobility scooter)\b|\bi (?:hear|have been hearing)"
                                   r" voices\b"),
        ("condition_weak", 0.55, r"\b(?:schizophrenia|bipolar|fibromyalgia|epilepsy|agoraphobia|tourettes|multiple"
                                 r" sclerosis|cerebral palsy)\b"),
        ("diagnosed", 0.8, r"\b(?:diagnosed|diagnosis)\b"),
        ("fit_note", 0.8, r"\b(?:fit|sick|doctors|gp|med) note\b|\bsigned off (?:sick|work|by (?:my|the) (?:gp|"
                          r"doctor))\b|\b(?:limited capability for work|lcwra|work capability assessment|pip"
                          r" assessment)\b",
         "h"),
        ("medical_event", 0.85, r"\bi (?:have had|had|am having|was having|have|have got) (?:a |an )?(?:nervous"
                                r" breakdown|breakdown|stroke(?! of)|heart attack|seizures?|surgery|operation|chemo\w*|"
                                r"radiotherapy|miscarriage|panic attacks?|mental breakdown)\b|\brecovering from (?:a |"
                                r"an )?(?:\w+ ){0,2}(?:replacement|surgery|operation|injury|illness|cancer|stroke|"
                                r"breakdown|accident)\b"),
        ("treatment_wait", 0.8, r"\b(?:waiting for|on a waiting list for|booked in for|having) (?:a |an |my )?(?:\w+"
                                r" )?(?:operation|surgery|replacement|transplant|chemo\w*|radiotherapy|mri|scan"
                                r" results)\b"),
        ("hospital", 0.75, r"\bi (?:am|was|have been|was rushed|ended up) (?:in|into|out of) (?:the )?hospital\b|"
                           r"\b(?:discharged|released) from (?:the )?hospital\b|\b(?:psych|psychiatric|mental health)"
                           r" ward\b|\bsectioned\b"),
        ("mental_health", 0.7, r"\b(?:struggl\w+ with (?:my )?|bad |poor )mental health\b|\bmental health (?:problems|"
                               r"issues|struggles|condition|crisis|difficulties)\b"),
        ("treatment", 0.75, r"\b(?:on|taking) (?:\w+ )?(?:antidepressants|anti depressants|sertraline|fluoxetine|"
                            r"citalopram|mirtazapine|lithium|methadone|insulin|medication for|meds for)\b|\b(?:having|"
                            r"waiting for|on a waiting list for) (?:\w+ )?(?:therapy|counselling|cbt)\b"),
        ("addiction", 0.8, r"\bi (?:am|was|have been) (?:an? )?(?:addicted to|alcoholic|addict|recovering addict|"
                           r"recovering alcoholic|clean for|sober for)\b"),
        ("episodes", 0.85, r"\bi (?:get|have|suffer|keep having|still get|often get) (?:\w+ ){0,2}(?:panic attacks|"
                           r"seizures|fits|migraines|flashbacks|blackouts|hallucinations)\b"),
    ),
    "abuse_to_staff": (
        ("insult", 0.9, r"\byou (?:are |r )?(?:(?:an?|such an?|fucking|bloody|absolute|total|complete|utter|the|as|so|"
                        r"just|literally) )*(?:useless|stupid|pathetic|worthless|thick|brainless|braindead|brain dead|"
                        r"dumb|dumbest|incompetent|clueless|moron|idiot|idiots|imbecile|cretin|dickhead|prick|twat|"
                        r"wanker|bastard|bitch|cow|muppet|clown|joke|loser|scum|tosser|knob|dick|arsehole|asshole|cunt|"
                        r"retard\w*|worst|disgrace|waste of (?:space|time|oxygen|money|taxpayers money)|piece of"
                        r" (?:shit|crap|rubbish|junk|garbage|work))\b"),
        ("insult_staff", 0.85, r"\b(?:staff|coach|work coach|adviser|advisor|decision maker|receptionist|reception|"
                               r"jobcentre|dwp|lady|woman|man|bloke|guy)(?: \w+){0,2} (?:is|are) (?:a |an |such a |the"
                               r" )?(?:\w+ ){0,3}(?:useless|stupid|pathetic|worthless|idiots?|morons?|scum|parasites?|"
                               r"witch|cow|bitch|joke|clowns?|hitler|jobsworths?|dickheads?|wankers?|twats?|pricks?|"
                               r"bastards?|disgrace)\b|\b(?:stupid|useless|pathetic|thick|dickhead|crap|shit|idiot|"
                               r"moron|worthless) (?:\w+ )?(?:bot|ai|robot|machine|app|staff|coach)\b|(?:[.,~] |"
                               r"^)(?:moron|idiot|dickhead|tosser|wanker|twat|prick|muppet|cretin|imbecile)(?: [.,?~]|"
                               r"$)|\b(?:you|bot|ai|worthless|useless|stupid) (?:\w+ )?(?:heap|pile|piece) of (?:junk|"
                               r"crap|shit|rubbish|garbage)\b"),
        ("swearing_at", 0.9, r"\b(?:fuck|fuk|fck|screw|sod|piss) (?:off|you|yourself|the lot of you)\b|\bgo (?:fuck|"
                             r"screw) yourself\b|\bgo to hell\b|\bshut (?:up|the fuck up|your (?:mouth|face))\b|\bget"
                             r" the fuck out\b|\beat shit\b"),
        ("insult_group", 0.9, r"\b(?:useless|stupid|racist|lazy|pathetic|idiots|morons|twats|wankers|bastards|pricks|"
                              r"scum|parasites|clowns)(?: \w+){0,2} (?:the lot of you|you lot|all of you)\b|\b(?:you"
                              r" lot|all of you|the lot of you) are (?:all )?(?:\w+ ){0,3}(?:useless|stupid|racist|"
                              r"lazy|pathetic|idiots|morons|twats|wankers|bastards|pricks|scum|parasites|clowns|a"
                              r" joke)\b"),
        ("wish_harm", 0.95, r"\bkill yourself\b|\bgo (?:and )?die\b|\bhope (?:you|everyone|they|all of you|the"
                            r" staff)(?: \w+){0,8} (?:die|dies|starve|starves|rot|rots|get (?:cancer|hurt|killed|"
                            r"sacked))\b|\bdrop dead\b"),
        ("threat", 0.95, r"\b" + INTENT + r"(?: \w+){0,5} (?:" + HARM_WORDS + r"|smash|hit|kick|burn|bomb|torch|blow"
                         r" up|sort out|beat) " + STAFF + r"\b|\bknock (?:you|my work coach|my coach|\w+ coach) out\b|"
                         r"\b(?:i will|i am going to|going to) (?:\w+ ){0,8}make (?:you|them|her|him) (?:pay|regret it|"
                         r"suffer)\b"),
        # "someone's getting hurt" over a payment: a veiled threat, with no name in it. A safety worry ("someone will
        # get hurt on that site if they don't fix it") names neither a visit nor the writer's own case.
        ("veiled_threat", 0.85, r"\bcoming (?:down|in|round|up)\b(?: \w+){0,6} " + _SOMEONE
                                + r" (?:going to |gonna |will )?(?:get|getting|be) " + _HURT + r"|" + _SOMEONE
                                + r" (?:going to |gonna |will )(?:get|be) " + _HURT + r" (?:if|unless) (?:this|it|that|"
                                r"my|i|you)\b"),
        ("threat_place", 0.95, r"\b(?:bomb|blow up|burn down|burn|set fire to|torch|shoot up|smash up|smash|trash|"
                               r"wreck) (?:the |your |this |that )?(?:jobcentre|office|building|place|dwp)\b|\b(?:i"
                               r" know|found out|find out|i will find) where (?:you|you people|you lot|she|he|they|my"
                               r" work coach|the coach) (?:live|lives|work|works)\b|\bwatch your back\b|\b(?:you|she|"
                               r"he|they) (?:will|are going to|is going to) (?:regret (?:this|it)|pay for (?:this|it)|"
                               r"get what is coming)\b|\bwait (?:till|until) i (?:see|get hold of|catch) (?:you|her|"
                               r"him|my work coach|them)\b"),
        ("menace", 0.8, r"\bwaiting outside (?:for )?(?:\w+ ){0,2}(?:you|coach|staff|her|him)\b"),
        ("frustration", 0.5, r"\b(?:this|the) (?:bot|app|chatbot|service|thing|system|jobcentre) is (?:useless|rubbish|"
                             r"crap|shit|pointless|a joke)\b|\bcrap (?:service|staff|bot|app)\b"),
        ("profanity", 0.35, r"\b(?:fuck\w*|shit\w*|cunt\w*|wank\w*|twat\w*|bollocks|bastard\w*|bitch\w*)\b"),
        ("waiting_for_you", 0.8, r"\boutside (?:the |your )?(?:jobcentre|office|building) (?:\w+ ){0,2}waiting for"
                                 r" (?:you|her|him|them)\b|\bwaiting for you (?:outside|after work|when you finish)\b"),
    ),
    "off_topic": (
        ("recipe", 0.9, r"\brecipes?\b|\bhow (?:do i|do you|to|can i|should i) (?:cook|bake|roast|fry|boil|grill|"
                        r"marinate)\b|\bhow (?:do i|do you|to) make (?:a |an |some |the |good |perfect )?(?:cake|pasta|"
                        r"curry|lasagne|lasagna|bread|sourdough|pancakes|pizza|soup|chilli|chili|brownies|cookies|"
                        r"scones|cocktails?|risotto|stew|pie|omelette|roast|gravy|sauce|smoothie|biscuits)\b|\bwhat"
                        r" (?:should|can) i (?:cook|make) for (?:dinner|tea|lunch|breakfast|supper)\b|\bcalories in\b"),
        ("sport", 0.9, r"\b(?:who won|what was the score|final score|score in|result of|results? (?:of|from) the|league"
                       r" table|what time (?:is|does))\b.{0,60}\b(?:match|game|football|league|cup|final|derby|race|"
                       r"fight|grand prix|tournament|arsenal|chelsea|liverpool|united|city|spurs|tottenham|everton|"
                       r"celtic|rangers|newcastle|villa|england|wales|scotland|kick off)\b|\b(?:premier league|"
                       r"champions league|world cup|fa cup|six nations|super bowl|grand national|formula (?:one|1)|"
                       r"wimbledon|the ashes|transfer (?:news|window|rumours)|fifa|fantasy football)\b"),
        ("homework", 0.85, r"\b(?:do|help (?:me )?with|write|finish|answer|check) my (?:\w+ ){0,3}(?:homework|essay|"
                           r"assignment|dissertation)\b|\bfor my homework\b|\bsolve (?:this|the|for|\d)|\bwhat is \d+"
                           r" (?:times|plus|minus|divided by|x|multiplied by) \d+\b|\bcapital (?:city )?of \w+\b|"
                           r"\bphotosynthesis\b|\bpythagoras\b|\bperiodic table\b|\bwho is the (?:prime minister|"
                           r"president|king|queen) of\b|\bhow far (?:away )?is the (?:moon|sun)\b|\bhistory of the\b"),
        ("creative", 0.9, r"\b(?:write|compose|make up|create|give) (?:me |us )?(?:a |an |some )?(?:\w+ )?(?:poem|"
                          r"poems|song|songs|lyrics|limerick|haiku|rap|sonnet|story|short story|bedtime story|fan"
                          r" fiction|joke|jokes|riddle|riddles|love letter)\b|\btell me (?:a |another |some )?(?:joke|"
                          r"jokes|story|riddle)\b|\btranslate\b.{0,40}\binto (?:french|spanish|italian|german|polish|"
                          r"\w+ish)\b"),
        ("crypto", 0.9, r"\b(?:bitcoin|btc|ethereum|dogecoin|crypto|cryptos|cryptocurrenc\w+|nfts?|altcoins?|solana|"
                        r"memecoins?)\b|\b(?:stock|share|forex) (?:tips|picks|signals)\b|\bwhich (?:stocks|shares|"
                        r"coins) (?:should|to) (?:i )?buy\b"),
        ("gambling", 0.85, r"\b(?:betting tips|best bets?|accumulator|odds (?:on|for)|lottery numbers|lotto numbers|"
                           r"tips for the (?:races|horses)|to bet on)\b"),
        ("misc", 0.85, r"\b(?:horoscope|star sign|zodiac|tarot|celebrity gossip|love island|eastenders|coronation"
                       r" street|game of thrones)\b|\b(?:recommend|suggest) (?:me )?(?:a |some |good )?(?:\w+"
                       r" ){0,2}(?:film|films|movie|movies|tv show|series|box set|video game|album|book|novel|"
                       r"podcast)\b|\bwhat is the weather\b|\bweather (?:forecast|today|tomorrow|this weekend)\b|"
                       r"\b(?:is it|will it|is it going to|it is going to) (?:rain|snow|be (?:sunny|windy|dry|wet))\b|"
                       r"\b(?:ee|vodafone|o2|giffgaff|three|sky mobile|tesco mobile) (?:or|vs|versus) (?:ee|"
                       r"vodafone|o2|giffgaff|three)\b|"
                       r"\bdating (?:tips|advice|app)\b|\bcheat codes\b|\bwho would win in a fight\b|\bof all time\b|"
                       r"\bname my (?:puppy|dog|cat|baby|kitten)\b|\bplan my (?:holiday|trip|wedding|party)\b|"
                       r"\b(?:grow|plant|prune) (?:\w+ )?(?:tomatoes|roses|vegetables|plants|potatoes)\b|\bget rid of"
                       r" (?:\w+ )?(?:greenfly|aphids|ants|mice|slugs|weeds|wasps|fleas|moss)\b|\blos(?:e|ing) (?:\d+"
                       r" )?(?:pounds|stone|kilos|weight|belly fat)\b|\b(?:iphone|samsung|android|playstation|xbox)"
                       r" (?:or|vs|versus) \w+\b|\bare (?:ghosts|aliens|vampires) real\b|\b(?:squeaky|my car s|car)"
                       r" brakes\b|\bbest (?:pizza|takeaway|burger)\b"),
    ),
}

# Negation: a negator shortly before a match, in the same clause and with no new subject in between.
NEGATORS: frozenset[str] = frozenset({"not", "never", "nor", "neither"})
SUBJECTS: frozenset[str] = frozenset({"i", "he", "she", "they", "we", "you", "it"})
CLAUSE_END: frozenset[str] = frozenset({".", ",", ";", ":", "?", "~", "but", "and", "so", "because", "though",
                                        "although", "however", "anyway", "or", "just", "yet"})

# How far back a past situation lies, and signs that it is over ("got my own flat now").
_LONG_AGO = (r"(?=(?: \w+){0,4} (?:years ago|(?:a|one|two|three|four|five|six|\d+|a few|few|many|some) years? ago|"
             r"back in|in (?:19|20)\d\d|when i was|as a (?:teen|teenager|kid|child|young \w+)|a long time ago|long ago|"
             r"in the past|last year|after (?:uni|university|college|school|leaving \w+(?: \w+)?)|in my (?:teens|"
             r"teenage years|twenties|thirties|20s|30s))\b|.{0,60}\b(?:cleared (?:them|it|the \w+)|"
             r"paid (?:\w+ ){0,2}off|i am (?:working|employed) now|"
             r"(?:got|have|had|found|now have|have now got|have had) (?:my own|a) (?:flat|place|house|home)|"
             r"learn(?:ed|t) (?:my|the|a) lesson|(?:it is|it was|all|everything is) (?:behind me|sorted|over now|"
             r"back on track|resolved)|back on track|overturned|(?:sent|went) to the wrong (?:person|address))\b)")
# "again" or "still" close by means the past has come back, so the span keeps counting.
_NOT_AGAIN = r"(?!.{0,40}\b(?:again|still)\b)"
_HOMELESS_WORDS = (r"(?:homeless(?:ness)?|sleep\w* rough|slept rough|rough sleep\w*|sofa surf\w*|on the streets?|"
                   r"sleep\w* on (?:\w+ ){0,3}(?:sofas?|couch|floors?)|on (?:\w+ ){0,3}(?:sofas?|couch|floors?|settee)|"
                   r"(?:in|at) (?:a |the )?(?:hostel|night shelter|shelter|bnb|temporary accommodation)|evicted|"
                   r"repossessed|kicked out|thrown out)")
_HARDSHIP_WORDS = (r"(?:(?:the |a )?food ?banks?|food parcels|(?:in )?debt|debts|arrears|bailiffs|skint|broke|payday"
                   r" loans?|loan sharks?)")
_SANCTION_WORDS = r"(?:sanctioned|(?:a |another |my |the )?sanctions?)"
_OTHERS = (r"(?:my |a |one of my )(?:mate|friend|pal|neighbour|colleague|cousin|flatmate|housemate|workmate|"
           r"mates? from \w+)s?|(?:someone|somebody|people|loads of people|a lot of people|a \w+) i know")
_CHILD_WORDS = (r"(?:my|our) (?:son|daughter|child|kid|boy|girl|little one|baby|toddler|stepson|stepdaughter|eldest|"
                r"youngest|twins|grandson|granddaughter)s?")

# Spans that do not count for one non-crisis category: a past that is over, someone else's case, a child's
# condition. Unlike NEUTRAL, a span is blanked for its own category's rules only, so the crisis rules still read
# every word, and a current situation elsewhere in the message still fires. (category, name, score, regex): a score
# above 0 leaves a weak trace for the audit trail.
QUIET: tuple[tuple[str, str, float, str], ...] = (
    ("homelessness", "used_to", 0.3,
     r"\bused to (?:\w+ ){0,3}?" + _HOMELESS_WORDS + r"\b" + _NOT_AGAIN),
    ("homelessness", "long_ago", 0.3,
     r"\b(?:was|were|got|became|ended up|went) (?:\w+ ){0,2}?" + _HOMELESS_WORDS + r"\b" + _NOT_AGAIN + _LONG_AGO),
    # The same past in its own verbs: "I sofa surfed as a teenager", "had a section 21 two years ago, all sorted".
    ("homelessness", "long_ago_verb", 0.3,
     r"\b(?:sofa surfed|couch surfed|slept rough|slept (?:in|on) (?:\w+ ){0,3}?(?:car|van|tent|sofas?|couch|floors?|"
     r"streets?)|lived (?:\w+ )?(?:in|at) (?:a |the )?(?:hostel|night shelter|shelter|car|van|tent)|spent"
     r" (?:\w+ ){1,3}(?:in|at) (?:a |the )?(?:hostel|night shelter|shelter|car|van|tent)|(?:had|got|received|"
     r"was given|were given) (?:a |an )?(?:section 21|eviction notice|notice to quit))\b" + _NOT_AGAIN + _LONG_AGO),
    # A hostel as a workplace or a holiday, and a sponsored sleep-out: "it's a youth hostel, I work there".
    ("homelessness", "hostel_job", 0.3,
     r"\b(?:(?:live|living|stay|staying|am|i am) (?:in|at) (?:a|the) hostel\b(?=.{0,80}\b(?:i work there|youth"
     r" hostel|staff accommodation)\b)|youth hostels?|i work (?:at|in) (?:the|a) (?:hostel|shelter|night shelter))\b|"
     r"\b(?:sponsored|charity|big|ceo) sleep ?outs?\b|\bsleep ?out for (?:charity|\w+ charity)\b"),
    # Debts that are being paid: "two payday loans but they're on a payment plan and I'm keeping up fine".
    ("financial_hardship", "under_control", 0.3,
     r"\b(?:payday loans?|loans?|debts?|arrears|credit cards?)\b(?=.{0,60}\b(?:on a payment plan|keeping up (?:fine|ok|"
     r"with (?:them|it|the payments))|(?:it is|they are|all) (?:all )?under control)\b)" + _NOT_AGAIN +
     r"(?!.{0,80}\b(?:cannot|struggl\w*|behind)\b)"),
    ("financial_hardship", "used_to", 0.3,
     r"\bused to (?:\w+ ){0,3}?" + _HARDSHIP_WORDS + r"\b" + _NOT_AGAIN),
    ("financial_hardship", "long_ago", 0.3,
     r"\b(?:was|were|got|had|went|used) (?:\w+ ){0,2}?" + _HARDSHIP_WORDS + r"\b" + _NOT_AGAIN + _LONG_AGO),
    ("sanction_dispute", "used_to", 0.3,
     r"\bused to (?:\w+ ){0,2}?" + _SANCTION_WORDS + r"\b" + _NOT_AGAIN),
    ("sanction_dispute", "long_ago", 0.3,
     r"\b(?:was|were|got|had|been|received|given) (?:\w+ )?" + _SANCTION_WORDS + r"\b" + _NOT_AGAIN + _LONG_AGO),
    # A friend's sanction: the writer has no decision to dispute.
    ("sanction_dispute", "someone_else", 0.3,
     r"\b(?:" + _OTHERS + r") (?:\w+ ){0,2}?(?:got|get|gets|getting|was|were|has been|have been|had been|keeps getting|"
     r"had|has|was given) (?:a |another )?" + _SANCTION_WORDS + r"\b"),
    # A sanction already lifted is good news, not a dispute: "the sanction got overturned!! thanks".
    ("sanction_dispute", "overturned", 0.3,
     r"\b" + _SANCTION_WORDS + r" (?:(?!not\b|never\b)\w+ ){0,2}?(?:was|got|has been|have been|been|is|were)"
     r" (?:(?!not|never)\w+ )?(?:lifted|overturned|removed|reversed|cancelled|dropped|quashed|withdrawn)\b"
     + _NOT_AGAIN + r"(?!.{0,60}\b(?:but|still|yet|not paid|not been paid|no money)\b)"),
    # A child's condition: the category is the writer's own health. "so do i" keeps the writer's own.
    ("health_disclosure", "child_condition", 0.3,
     _CHILD_WORDS + r" (?:\w+ ){0,2}?(?:is|are|has|have|has got|was diagnosed with|got diagnosed with|has been"
     r" diagnosed with|lives with|struggles with) " + FILL + r"(?:" + _CONDITION + r"|autistic|disabled|dyslexic|"
     r"dyspraxic|deaf|blind|epileptic|diabetic|neurodivergent|on the (?:autism |autistic )?spectrum)\b"
     r"(?!.{0,30}\b(?:so do i|so am i|me too|like me|as do i|as am i|and so have i)\b)"),
)

# A rules question about how something works, not the writer's own case; for the non-crisis categories only.
GENERAL_PREFIX = (r"\b(?:what|whats) (?:is|are) (?:the )?(?:(?:process|procedure|rules?|time limit|deadline|criteria|"
                  r"difference) (?:for|of|on|about|with|between) )?(?:an? |the )?$|\bhow (?:does|do) (?:an? |the )?$|"
                  r"\b(?:explain|tell me about|what do you know about|what do they mean by) (?:an? |the )?$")
GENERAL_SUFFIX = r"^[^.,;:?~]{0,80}?\b(?:in general|generally|in principle|as a rule|for anyone)\b"

# Question and condition words that make "sanctioned" a rules question rather than a dispute (rules flagged "h").
HYPOTHETICAL = (r"\b(?:if|whether|suppose|supposing|in case|what happens|what is an?|what does|what are|how long|how"
                r" many|is it possible|(?:can|could|will|would) (?:i|you|they|we))\b|^ *(?:do|does) ")

# When a message also talks about work, an off-topic hit is only a weak signal.
JOB_WORDS = (r"\b(?:jobs?|cv|cover letter|sanctions?|claim|appointments?|interview\w*|vacanc\w+|apply\w*|applications?|"
             r"careers?|employ\w*|work coach|jobcentre|universal credit|uc|jsa|benefits?|apprenticeships?|"
             r"qualifications?|training|courses?|hiring|recruit\w*|shifts?|wages?|salary|chef|cook|kitchen|hospitality|"
             r"bakery|baker|catering|work)\b")
