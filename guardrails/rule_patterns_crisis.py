"""Phrase tables for the crisis categories (self_harm, safeguarding, domestic_abuse), on normalised text.

Same form and flags as `rule_patterns` (see its docstring). The rules are grouped by phrasing family, not by
example sentence: each family allows for flexible word order, fillers ("just", "honestly") and the common
misspellings that normalisation folds away. A family that is unambiguous scores 0.85 to 0.95; a weaker signal
scores 0.5 to 0.7 so the classifier can confirm it.

This module is data, not logic, so it is longer than our usual module size.
"""

from __future__ import annotations

Rule = tuple[str, float, str] | tuple[str, float, str, str]

PARTNER = r"(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|spouse)"
# Abuse by family members counts as domestic abuse too.
ABUSER = (r"(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|spouse|dad|stepdad|"
          r"father|mum|mam|mom|stepmum|mother|son|stepson|daughter|stepdaughter|brother|sister|\w+ inlaw|uncle|aunt|"
          r"family|parents)")
_PARTNER_NOUN = r"(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|spouse)"
KID = (r"(?:child|children|kids?|son|daughter|baby|toddler|grandson|granddaughter|niece|nephew|\d+ year old|teenager|"
       r"stepson|stepdaughter|little one|boy|girl|sister|brother|lad)")
# Only words that name a child, for the rules where "my brother" could be a grown man.
_CHILD = (r"(?:child|children|kids?|son|daughter|baby|babies|toddlers?|grandson|granddaughter|grandkids|\d+ year old|"
          r"teenagers?|stepson|stepdaughter|little ones?|boy|girl)")
HARM_WORDS = (r"kill|hurt|stab|batter|punch|deck|slap|shoot|strangle|murder|attack|headbutt|glass|beat up|knock \w+"
              r" out|do in|smash \w+ face in")
VICTIM = (r"(?:him|her|them|someone|somebody|everyone|people|whoever|my (?:ex|landlord|landlady|neighbour|partner|"
          r"husband|wife|boyfriend|girlfriend|boss|coach|work coach|dad|mum|brother|sister|son|daughter)|(?:the|that)"
          r" (?:man|woman|guy|bloke|lady|people|person|landlord|neighbour|manager|boss))")
INTENT = (r"(?:i will|i am going to|going to|i swear i will|i want to|i am gonna|i might|i could|i would|i am about to|"
          r"i will end up|swear down i will|i am ready to)")
STAFF = (r"(?:you|your (?:face|head|staff|office|building|family)|(?:the |that |my |every |your )?(?:work coach|coach|"
         r"adviser|advisor|staff|manager|security|receptionist|office|jobcentre|building|decision maker)|the lot of"
         r" you|all of you|everyone (?:there|here|at the jobcentre)|the people at the jobcentre)")

_ANYMORE = r"(?:anymore|no more|any longer|no longer)"
_EOC = r"(?= ?(?:[.,!?;:~]|$))"  # the end of a clause: "I can't go on." but not "I can't go on holiday"
_PILLS = (r"(?:pills|tablets|paracetamol|painkillers|pain killers|meds|medication|medicine|sleeping pills|"
          r"antidepressants|co codamol|codeine|ibuprofen|aspirin|insulin|sertraline|citalopram|fluoxetine|mirtazapine|"
          r"diazepam|tramadol|morphine|methadone|amitriptyline|propranolol)")
# What a person may wish for when they want to die, after "want to", "ready to", "wish to"...
_DEATH = (r"(?:die|be dead|not be alive|not be here|not exist|stop existing|cease to exist|not wake up|never wake up|"
          r"disappear (?:forever|for good|permanently)|end my life|end it all|end everything|kill myself|be gone for"
          r" good|sleep forever|go to sleep forever|not be around|not live|not be on this earth|leave this world)")
# "dying my hair" is a misspelling of dyeing; "dying to", "dying of laughter" are blanked as idioms.
_NOT_DYE = (r"(?! (?:my|your|his|her|their|the|it|them) (?:\w+ )?(?:hair|roots|fringe|beard|eyebrows|clothes|jeans|"
            r"shirt|top|trainers|shoes|black|blue|red|pink|green|purple|blonde|brown|grey)\b)")
_HOPELESS = (r"(?:i am (?:so |just |completely |totally )?done\b(?! (?:with (?:my|the|this|that|it) |for))|i give"
             r" up\b(?! on (?:my|the|this|that|applying|looking|finding))|cannot cope|had enough\b(?! of (?:my|the|this|"
             r"that|applying|looking))|cannot take (?:it|this|anymore|much more)|tired of (?:everything|it all)|no way"
             r" (?:out|forward)\b|(?:cannot|do not) see (?:a|any) way (?:out|forward)|hopeless\b(?! (?:at|with|about))|"
             r"nothing left\b|cannot do this\b|i want out\b(?! of)|no hope\b|cannot go on|cannot carry on)")

SELF_HARM: tuple[Rule, ...] = (
    # Naming the act: "kill myself", "neck myself", "end myself", "off myself", "do myself in".
    ("kill_self", 0.95, r"\b(?:kill\w*|hang\w*|stab\w*|drown\w*|poison\w*|shoot\w*|starv\w*|gas|gassing|strangl\w*|"
                        r"suffocat\w*|electrocut\w*|top|topping|topped|end|ending|neck|necking|yeet\w*) myself\b|"
                        r"(?<!\bday )(?<!\bdays )(?<!\btime )(?<!\bweek )(?<!\bweeks )\b(?:off|offing) myself\b|"
                        r"\b(?:do|doing|did) myself in\b|\bdelet\w* myself\b(?! (?:from|off|on))"),
    ("suicidal", 0.95, r"\bsuicidal\b|\bsuicide (?:note|plan|attempt)s?\b|\bsuicid\w* (?:thoughts|ideation|feelings|"
                       r"urges|tendencies)\b"),
    ("suicide_intent", 0.95, r"\b(?:commit(?:ting)?|attempt(?:ed|ing)?|contemplat\w+|consider\w*|think\w* (?:about|"
                             r"of)|plan\w*|want\w*|tried|try\w*) (?:to )?(?:commit )?suicide\b"),
    ("suicide_word", 0.65, r"\bsuicide\b"),
    ("ctb", 0.85, r"\b(?:just|going to|might|want to|will|ready to|about to|plan\w* to|thinking (?:about|of)|i|"
                  r"finally|should|could|to) ctb\b|\bctb (?:tonight|today|tomorrow|soon|this weekend|now)\b"),
    # "catch the bus" is only code for suicide next to despair; on its own it is how people get to interviews.
    ("catch_bus", 0.6, r"\bcatch(?:ing)? the bus\b(?! (?:to|at|from|into|home|back|in|there)\b).{0,80}\b(?:tired of"
                       r" (?:everything|it all|life)|done with (?:everything|it all|life)|cannot do this|had enough|"
                       r"goodbye|for good|forever|no point|nobody (?:will|would) (?:miss|care))\b|\b(?:tired of"
                       r" (?:everything|it all|life)|done with (?:everything|it all|life)|cannot do this|had enough|no"
                       r" point)\b.{0,80}\bcatch(?:ing)? the bus\b(?! (?:to|at|from|into|home|back|in|there)\b)"),
    # Wanting to die or not to exist, with any of the usual lead-ins.
    ("want_die", 0.95, r"\b(?:want|wants|wanted|wanting|ready|planning|plan|prefer|wish|wishing|longing|long|need|"
                       r"needs|would like|would love) to (?:just |finally |simply |really )?" + _DEATH + r"\b"
                       + _NOT_DYE),
    ("wish_dead", 0.95, r"\b(?:wish|hope|hoping|praying|pray) (?:that )?i (?:would |could |will |might |just |can )*"
                        r"(?:die|be dead|not wake up|never wake up|do not wake up|get hit by (?:a|an|the) \w+|get"
                        r" killed|was dead|were dead|had died|died|had never been born|was never born|had not been"
                        r" born|was not born|never existed|did not exist|not woken up|had not woken up|go to sleep"
                        r" forever)\b" + _NOT_DYE + r"|\bwish (?:i|that i) (?:was|were|had) (?:dead|never been born|"
                        r"not been born|not woken up|died)\b"),
    ("should_die", 0.9, r"\b(?:might|may|could) as well (?:just )?(?:die|be dead|not be here|not exist|end it(?:"
                        r" all)?|kill myself)\b|\bi (?:should|ought to|deserve to|deserved to) (?:just )?(?:die|be"
                        r" dead|not be here|not exist|end it(?: all)?|not have been born|not be alive)\b"),
    ("feel_like_dying", 0.85, r"\b(?:feel|feeling|felt|feels) like (?:i am |i am just )?dying\b" + _NOT_DYE + r"(?! (?:inside|of|to|"
                              r"for|laughing|with|from)\b)|"
                              r"\bfeel\w* like (?:i (?:should|could|want to|might|need to) )(?:just )?(?:die|end it|"
                              r"kill myself|not be here|disappear forever|not exist)\b"),
    ("death_thoughts", 0.85, r"\b(?:cannot stop|keep|kept|always|constantly|obsess\w*|all i do is|all i can do is)"
                             r" (?:thinking|dreaming|fantasi\w+|obsessing|think|dream) (?:about|of) (?:dying|death|"
                             r"being dead|not being here|not existing|killing myself|ending (?:it|things|my life)|not"
                             r" waking up|my (?:own )?death|my funeral)\b" + _NOT_DYE),
    ("death_thoughts_weak", 0.6, r"\b(?:thinking|thoughts|think|thought|dreaming|dream|fantasi\w+) (?:a lot |so much"
                                 r" |all the time |constantly |more and more )?(?:about|of) (?:dying|death|being dead|"
                                 r"not being here|not existing|not waking up|my (?:own )?death|my (?:own )?funeral)\b"
                                 + _NOT_DYE + r"|\b(?:dark|intrusive) thoughts\b"),
    ("death_appeals", 0.85, r"\b(?:dying|death|being dead|not waking up|never waking up|not existing|not being (?:here|"
                            r"alive)|ending it(?: all)?|ending my life|killing myself|suicide) (?:just |honestly |"
                            r"really |actually )?(?:sounds|seems|feels|looks|would be|is looking|is starting to (?:sound"
                            r"|look|feel)) (?:\w+ )?(?:nice|good|better|easier|peaceful|appealing|tempting|attractive|"
                            r"like (?:a|the) (?:relief|release|way out|answer|only (?:option|way|answer))|like"
                            r" (?:relief|release|peace|freedom))\b"),
    ("ways_to_die", 0.95, r"\b(?:ways?|how) to (?:die|kill myself|end (?:it|my life))\b|\b(?:quickest|easiest|best|"
                          r"painless|quick) (?:way|ways|method) to (?:die|go|end it)\b|\bpainless (?:way|death)\b|"
                          r"\blethal (?:dose|amount)\b|\bhow (?:many|much) (?:of )?(?:my |the |these )?" + _PILLS
                          + r"(?: \w+){0,4} (?:take|kill|die|fatal|lethal|overdose|od)\b(?! (?:a|per|in a|each|every)"
                            r" (?:day|week))"),
    ("better_off", 0.95, r"\bbetter off (?:dead|without me|if i (?:was|were) (?:dead|gone|not here)|when i am gone|"
                         r"if i (?:died|disappeared))\b|\bbetter off (?:\w+ ){1,5}than (?:with )?me\b"),
    ("better_without_me", 0.9, r"\b(?:happier|easier|fine|better) (?:\w+ )?(?:if i (?:was|were) (?:not|never)"
                               r" (?:here|around|born|alive)|if i (?:was|were) gone|when i am gone|without me"
                               r" around)\b"),
    ("family_better_off", 0.75, r"\b(?:family|kids|children|everyone|everybody|they|people|world|mum|dad|wife|husband|"
                                r"partner) (?:would|will) (?:all )?be (?:so much |much |a lot )?(?:better|happier) off\b"
                                r"(?! (?:with|if (?:i|we) (?:got|get|had|found|moved|earned|worked)))"),
    ("nobody_miss", 0.9, r"\bnobody (?:would|will|is going to) (?:even |really )?(?:miss|notice|care)(?: if)?"
                         r" (?:me|i (?:was|were|am) gone|i died|i disappeared)\b|\bwould be (?:happier|fine)"
                         r" without me\b|\b(?:nobody|no one|anyone|they|my family|everyone) (?:\w+ )?(?:cares?|would"
                         r" care|will care|would notice|would even notice|would miss me|gives a \w+) (?:if|whether) i"
                         r" (?:live|lived|die|died|am dead|was dead|were dead|was gone|disappeared|killed myself|was"
                         r" not here|was not around)\b"),
    ("want_it_over", 0.85, r"\bwant (?:it all|this all|all this|everything|this|it|the pain|my life|the hurt|the"
                           r" thoughts|the suffering) to (?:just |all |finally )?(?:end|stop|be over)\b|\bwant (?:the"
                           r" pain|it all|everything|this|it) to (?:just )?(?:go away|stop|end) (?:for good|forever|"
                           r"permanently)\b"),
    ("live_anymore", 0.9, r"\bwant to (?:live|be alive|be here|exist|carry on|go on|keep going) " + _ANYMORE + r"\b",
     "k"),
    ("no_point", 0.9, r"\b(?:cannot|do not) see (?:the|any|a) point (?:in |of )?(?:anything|living|life|going on|"
                      r"carrying on|being (?:here|alive)|it all|trying|me being here)? ?anymore\b|\b(?:cannot|do not|"
                      r"can not) see (?:the|any|a|much) point (?:in |of )?(?:living|life|going on|carrying on|being"
                      r" (?:here|alive)|existing|me being here|anything|it all|waking up|getting up)\b(?! (?:with|at|"
                      r"in|on|for|as)\b)|\b(?:no|what is the|is there any|there is no) point (?:in |of )?(?:me"
                      r" )?(?:living|life|going on|carrying on|being alive|being here|me being here|existing|waking"
                      r" up)\b|\bnothing (?:left )?to live for\b|\bno reason to (?:live|go on|carry on|be here|stay"
                      r" alive|keep going|keep living)\b|\b(?:life|living) (?:is not|is no longer|not) worth"
                      r" (?:living|it)\b"),
    ("life_pointless", 0.75, r"\b(?:my )?life (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|"
                             r"meaningless|worthless|not worth (?:living|it))\b"),
    ("no_point_weak", 0.6, r"\bcannot see (?:the|any) point ?(?:[.,!?~]|$)|\bwhat is the point anymore\b|\b(?:cannot"
                           r" see|there is|i see) (?:a|no) way (?:out|forward)\b(?! (?:of|in|with|for) (?:this|my|the)"
                           r" (?:job|contract|course|lease|tenancy|deal|career|role|claim))|\bno future for"
                           r" (?:me|myself)\b|\b(?:do not|cannot) see (?:a|any) (?:future|way forward|way out)\b|\bno"
                           r" (?:hope|future) (?:for me|left|anymore|at all)\b|\b(?:i feel|i am|feeling|everything (?:is"
                           r"|feels)|life (?:is|feels)) (?:so |completely |totally |utterly )?hopeless\b(?! (?:at|with|"
                           r"about))"),
    # Two weaker signs of despair in one message ("can't see a way forward, I'm done").
    ("despair_pair", 0.6, r"\b" + _HOPELESS + r".{0,100}\b" + _HOPELESS),
    ("never_wake", 0.95, r"\b(?:go to sleep|fall asleep|sleep) and (?:not|never) wake (?:up|again)\b|\b(?:hope|"
                         r"wish) i (?:\w+ )?(?:do not|never|will not) wake up\b|\bsleep forever\b|\bnot (?:want to"
                         r" )?wake up (?:again|anymore)\b"),
    ("not_here", 0.95, r"\bwill not be (?:here|around)(?: \w+){0,3} anyway\b|\b(?:will not|am not going to|not going"
                       r" to|would not|might not) be (?:here|around|alive) (?:for )?(?:much|very much|a lot|any|too"
                       r" much) longer\b|\bwill not be (?:a|your|anyones) (?:problem|burden) (?:for |to \w+ )?(?:much"
                       r" )?longer\b|\b(?:do not|cannot) see myself (?:making it|being here|being around|lasting|"
                       r"surviving)\b"),
    ("not_here_weak", 0.5, r"\bwill not be (?:here|around) (?:next week|tomorrow|next month|by then|for long)\b"),
    ("wont_have_to", 0.75, r"\b(?:will not|do not) (?:have to|need to) (?:deal with|worry about|put up with|bother"
                           r" with|look after) me (?:much longer|for much longer|for long|anymore|no more|ever again)\b"),
    ("not_want_live", 0.95, r"\b(?:do not|does not|did not|no longer|never|not) want to (?:live(?! (?:in|with|near|at|"
                            r"there|here|on|somewhere|so|too|alone|abroad|far|close|round|around|by|off|like that|"
                            r"together|apart))|be alive|exist|be here " + _ANYMORE + r"|be around " + _ANYMORE + r"|"
                            r"wake up(?: tomorrow| again| anymore)? ?(?:[.,!?~]|$)|(?:carry|go) on(?: ?(?:[.,!?~]|$)|"
                            r" " + _ANYMORE + r"| like this| living))", "k"),
    ("live_without", 0.85, r"\b(?:do not|does not|no longer|cannot|can not) (?:want to )?(?:be here|live|go on|carry"
                           r" on|be alive|exist) without (?:him|her|them|my \w+)\b", "k"),
    ("not_want_here", 0.55, r"\b(?:do not|no longer) want to be here" + _EOC, "k"),
    ("end_it", 0.95, r"\bend(?:ing|ed)? (?:it all|my (?:own )?life|everything|my suffering|my existence|things for"
                     r" good|it (?:tonight|today|this weekend|for good))\b|\btak(?:e|ing) my (?:own )?life\b|"
                     r"\b(?:done|finished) with (?:life|living|this life|it all|being alive|existing|this world)\b"),
    ("end_it_weak", 0.75, r"\b(?:want|wanna|going|ready|planning|plan|thinking about|thinking of|think about|tempted|"
                          r"decided|time|need|feel like|feeling like|i will|i might|i could|i should|i finally|finally"
                          r"|just|i am|gonna|close to) (?:to |how to )?(?:just |finally )?end(?:ing)? (?:it|things|it"
                          r" all)\b(?! (?:with|off|there|here|early|now with|on (?:a|an)|by|for (?:today|now|the day)|"
                          r"nicely|properly|well|positively|politely|in)\b)"),
    ("done_with_everything", 0.7, r"\b(?:done|finished) with everything\b|\bgiv\w* up on (?:life|living|everything|"
                                  r"myself)\b|\bgave up on (?:life|living|everything|myself)\b"),
    ("means", 0.95, r"\b(?:saved|saving|stockpil\w+|collect\w*|hoard\w*|counted|counting|stash\w*|hiding|hid) (?:up"
                    r" )?(?:\w+ )?" + _PILLS + r"\b|\b(?:got|have|bought) (?:enough|all (?:my|the|of my)|a stash of|"
                    r"loads of) " + _PILLS + r"\b|\b" + _PILLS + r" (?:are |is )?(?:ready|lined up|sorted|in front"
                    r" of me|saved up)\b|\btak\w* (?:all|all of) (?:my|the|these|them) " + _PILLS + r"\b(?! (?:as"
                    r" (?:prescribed|usual|normal)|this morning|for my|with (?:breakfast|food)))|\boverdos\w*\b"),
    ("took_pills", 0.9, r"\b(?:took|taken|swallowed|necked|downed|have taken|had) (?:a load|loads|a lot|a handful|"
                        r"handfuls|a bunch|a whole (?:box|packet|bottle|strip|pack)|a (?:box|packet|bottle|strip|pack)|"
                        r"the lot|too many|\d+|ten|twenty|thirty|forty|fifty) (?:of )?(?:my |the |his |her )?" + _PILLS
                        + r"\b"),
    ("overdose_od", 0.9, r"\b(?:took|take|taking|taken|done|did|had|going to|want to|planning to|plan to|about to|"
                         r"thinking (?:of|about)|gonna) (?:an |another |a big |a massive )?od\b(?! (?:course|role|job|"
                         r"qualification|team|consultant|manager|lead|practitioner)\b)|\bod (?:on|tonight|again|last"
                         r" night)\b"),
    ("method", 0.9, r"\b(?:jump\w*|throw\w* myself|leap\w*) (?:off|in front of|under|from) (?:a |the |that )?(?:bridge|"
                    r"train|building|roof|cliff|lorry|motorway|multi storey|car park|block of flats|tower|flats)\b|"
                    r"\b(?:jump\w*|leap\w*|throw\w* myself) off (?:something|somewhere|the top of \w+|a (?:tall |"
                    r"high )?\w+ (?:bridge|building|block))\b|\b(?:jump\w*|step\w*|walk\w*|throw\w* myself|lie|lying)"
                    r" (?:out )?(?:in front of|under|into) (?:a |an |the )?(?:train|bus|lorry|traffic|car|river|sea|"
                    r"tube|truck|oncoming traffic|canal)\b|\b(?:standing|stood|sat|sitting|waiting|lying) (?:on|at|by)"
                    r" (?:the|a) (?:bridge|edge|ledge|roof|tracks|train tracks|railway line|cliff edge|platform"
                    r" edge)\b|\b(?:bought|got|there is) (?:a|the) rope\b|\brope (?:is )?ready\b|\bnoose\b"),
    ("blade", 0.9, r"\b(?:knife|blade|razor|glass|scissors|lighter) (?:to|against|on|across|into) my (?:wrists?|arms?|"
                   r"throat|neck|skin|legs?|thighs?)\b|\b(?:slit|slash|slashed|slashing|open|opened) (?:my )?wrists?\b|"
                   r"\b(?:fresh|new) (?:cuts|scars|burns) on my\b"),
    ("goodbye", 0.8, r"\b(?:this is|saying my|final|last|a real) goodbyes?\b|\bgoodbye (?:forever|cruel world|"
                     r"everyone|all)\b|\bgiv\w* away (?:all )?my (?:stuff|things|belongings|possessions)\b|\bgiv\w*"
                     r" (?:all )?my (?:stuff|things|belongings|possessions) away\b|\b(?:wrote|written|writing) (?:my"
                     r" )?(?:goodbye|last|final) (?:letters?|notes?)\b|\b(?:wrote|written|writing) letters?"
                     r" to (?:my )?(?:kids|children|family|mum|dad|everyone)\b|\b(?:sorted|written|made) (?:out"
                     r" )?my will\b|\b(?:said|say|saying) (?:all )?my goodbyes\b(?! to (?:the |my )?(?:team|"
                     r"colleagues|coworkers|workmates|old job|boss|manager|class))|\bby the time (?:you|anyone|someone|"
                     r"they) (?:read|reads|see|sees|find|finds) this\b|\bplan\w* my (?:own )?funeral\b"),
    ("note_left", 0.8, r"\b(?:wrote|written|writing|left|leaving) (?:a|my) (?:note|letter)s? (?:for|to) (?:my"
                       r" )?(?:family|kids|children|mum|dad|partner|wife|husband|everyone)\b|\b(?:tell|let) my"
                       r" (?:kids|children|mum|dad|family|wife|husband|partner|son|daughter|boyfriend|girlfriend)"
                       r" (?:that )?i (?:love|loved|am sorry)\b|\blove you all\b.{0,40}\b(?:goodbye|bye|i am sorry|"
                       r"sorry for everything|forgive me)\b|\b(?:sorry for everything|forgive me)\b.{0,40}\b(?:goodbye|"
                       r"love you all)\b"),
    ("finality_weak", 0.6, r"\b(?:sorted|put|got|getting|putting) (?:out )?(?:all )?my affairs(?: in order)?\b(?!"
                           r"(?: \w+){0,3} before)|\b(?:this is|this will be) my (?:very )?last (?:message|text|post|"
                           r"words)\b(?! (?:for|today|tonight|before|of the day|until|till|on)\b)|\b(?:when|after|once)"
                           r" i am (?:gone|dead|no longer here)\b(?! (?:on|to|for|abroad|away|out|from|at|in)\b)|"
                           r"\b(?:giv\w*|gave|rehom\w*|found (?:a )?(?:new )?homes? for) (?:away )?my (?:dog|cat|pets?|"
                           r"animals)(?: away)?\b"),
    ("heaven", 0.8, r"\b(?:be with|join|see) (?:him|her|them|my (?:\w+ ){0,2}\w+) (?:again )?(?:in heaven|up there|on"
                    r" the other side)\b"),
    ("tired_of_life", 0.85, r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|being here|being"
                            r" me|waking up)\b|\bhate being alive\b|\bhad enough of (?:everything|life|living|it"
                            r" all)\b"),
    ("tired_of_everything", 0.55, r"\b(?:tired|sick|exhausted|weary) of (?:everything|it all)\b|\bhate my life\b"),
    ("cannot_go_on", 0.7, r"\bcannot (?:go on|carry on|keep going|keep living|live|do (?:this|it)|take (?:it|this|much"
                          r" more)|cope|handle (?:it|this|life))(?: like this| with this| with life)? ?" + _ANYMORE
                          + r"\b|\bcannot (?:go on|carry on|keep going|keep living|live like this|keep doing this|take"
                          r" much more)(?: like this| this way)?" + _EOC + r"|\bcannot keep (?:going|living)(?: like"
                          r" this)?\b|\b(?:i am|feel\w*|i have become) (?:like )?(?:such |just |only |nothing but |a"
                          r" massive |a huge |a total )?(?:a )?(?:burden|waste of (?:space|oxygen|air|life))\b|"
                          r"\bscared of what i (?:might|will|could) do\b"),
    ("helpline_contact", 0.8, r"\b(?:called|rang|phoned|texted|messaged|calling|ringing|contacted|spoke to|speaking"
                              r" to|talking to) (?:the )?(?:samaritans|crisis (?:line|team)|suicide (?:helpline|"
                              r"hotline|line)|shout)\b"),
    # A person at risk who is not the writer.
    ("other_at_risk", 0.9, r"\b(?:kill|hurt|harm|hang|top|off|end|cut|neck) (?:himself|herself|themselves|themself)\b|"
                           r"\b(?:ending|taking|end|take) (?:his|her|their) (?:own )?life\b"),
    ("talks_about_it", 0.85, r"\b(?:talking|talks|talked|keeps? (?:talking|saying)|said|says|threaten\w*) (?:about"
                             r" )?(?:killing|ending|taking|hurting) (?:himself|herself|themselves|his (?:own"
                             r" )?life|her (?:own )?life|their (?:own )?life)\b"),
    ("other_harming", 0.9, r"\b(?:cutting|burning|hurting|harming|scratching) (?:himself|herself|themselves|(?:his|"
                           r"her|their) (?:arms?|wrists?|legs?|thighs?))\b"),
    # Self-harm by any verb, with "again" for the cases that name no body part ("been cuting again").
    ("harm_self", 0.9, r"\b(?:hurt\w*|harm\w*|cut|cuts|cutting|burn\w*|scratch\w*|punch\w*|hit|hits|hitting|bit|"
                       r"bite|biting|bruis\w*|carv\w*|slash\w*|slit|slitting|starv\w*|mutilat\w*|injur\w*) myself\b|"
                       r"\b(?:harm\w*|cut|cuts|cutting|burn\w*|scratch\w*|carv\w*|slash\w*|slit|slitting) my (?:arms?|"
                       r"wrists?|legs?|thighs?|skin|stomach|belly|hips?|body)\b|\bself harm\w*\b|\bdo (?:something"
                       r" )?(?:stupid )?to myself\b"),
    ("harm_again", 0.85, r"\b(?:i|been|started|start|keep|kept|still|back to|she|he|friend|sister|brother|son|"
                         r"daughter|mate) (?:\w+ ){0,2}(?:cutting|cut|burning|burnt|burned|self harming|self harmed)"
                         r" again\b|\b(?:urges?|tempted|the need|itching|craving) to (?:cut|burn|self harm|hurt"
                         r" myself)\b(?! (?:down|back|costs|hair|my hours|out|corners|ties)\b)"),
    ("plan_to_end", 0.9, r"\b(?:a plan|plans?|planned|decided|made up my mind) (?:how )?to end (?:it|things|it all|"
                         r"my life)\b|\bno reason for me to (?:live|stay alive|be here|go on|carry on|exist)\b"),
    ("rope_or_crash", 0.85, r"\b(?:bought|got|buying|have) (?:some )?rope\b|\b(?:driv\w*|crash\w*|steer\w*) (?:my"
                            r" car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|river|lorry|bridge|cliff|oncoming"
                            r" traffic)\b"),
    ("disappear", 0.85, r"\b(?:disappear|vanish) (?:forever|for good|permanently|off the face of the earth|and never"
                        r" (?:come back|be found|return)|and not (?:come back|be found|return))\b|\bbetter (?:off"
                        r" )?without me\b"),
    ("disappear_weak", 0.65, r"\b(?:want to|wish i could|wish i would|i could just|could just|would love to|need to|"
                             r"ready to) (?:just )?(?:disappear|vanish)\b(?! (?:into|in|to|from|for|off|under|behind|"
                             r"on|at|when|during|abroad|with|somewhere|out|until|till|after|before|like|as)\b)"),
)

_WORK_MONEY = r"(?:wages|pay|earnings|salary|bank cards?|bank accounts?|pin|passports?)"
_THREAT = (r"(?:hurt|harm|kill|deport|batter|beat|beat up|stab|shoot|burn|attack|do something to|come after|go after|"
           r"report (?:me|us|him|her|them) to (?:immigration|the police|the home office|home office|the authorities|"
           r"border force)|send (?:people|someone|men|lads|\w+) after)")
_LEAVE = r"(?:leave|quit|go|tell|report|run|escape|complain|stop|say|speak|talk|call|try)"

SAFEGUARDING: tuple[Rule, ...] = (
    # Modern slavery and labour exploitation.
    ("documents_taken", 0.95, r"\b(?:took|taken|takes|taking|kept|keeps|keep|keeping|holding|held|confiscated|"
                              r"stole|stolen|will not give (?:me )?back|would not give (?:me )?back) (?:away"
                              r" )?(?:my|our|all our|all my) (?:passports?|id|id cards?|documents|papers|visas?|"
                              r"brp|residence permit|identity documents)\b|\b(?:he|she|they|boss|employer|agent|"
                              r"landlord|gang) (?:has|have|has got|have got|is keeping|are keeping|holds|hold) (?:my|"
                              r"our) (?:passports?|id|documents|papers|visas?)\b|\b(?:will not|would not|refuses? to|"
                              r"refused to|does not|did not|never) (?:give|hand|let (?:me|us) have) (?:me |us )?(?:back"
                              r" )?(?:my|our) (?:passports?|id|id cards?|documents|papers|visas?|brp|residence"
                              r" permit)\b"),
    ("forced_work", 0.95, r"\b(?:make|makes|made|making|force|forces|forced|forcing) (?:me|us|them|him|her|my \w+)"
                          r" (?:to )?work(?:ing)? (?:\w+ ){0,3}(?:for (?:no pay|nothing|free|no money)|without (?:pay|"
                          r"being paid|wages)|day and night|all day and (?:all )?night|every day|\d+ hours|\d+ days a"
                          r" week|seven days|with no (?:pay|break|breaks|day off|days off))\b|\bwork(?:ing)?"
                          r" (?:for )?(?:no pay|no wages|nothing|free|without (?:pay|being paid|wages))(?: and|"
                          r" but)? (?:cannot|not allowed to) (?:leave|quit|go)\b|\bwork (?:until|till) (?:it is|the"
                          r" debt is|i have|we have|its) paid\b"),
    ("work_and_confined", 0.9, r"\b(?:make|makes|made|force\w*) (?:me|us) (?:to )?work\b.{0,60}\b(?:cannot|can not|not"
                               r" allowed to|will not let (?:me|us)|do not let (?:me|us)|never let (?:me|us))"
                               r" (?:leave|go out|go outside|go home|quit|stop|rest)\b|\b(?:promised|offered|told)"
                               r" (?:me |us )?(?:a )?(?:job|work|good money|good wages|a better life)\b.{0,80}\b(?:make|"
                               r"makes|made|force\w*|will not let) (?:me|us) (?:to )?(?:work|do|have sex|sleep|sell|"
                               r"clean|stay|leave|go)\b"),
    ("brought_over", 0.7, r"\b(?:people|person|man|woman|gang|agent|agency|someone|guy|they) (?:who )?brought"
                          r" (?:me|us) (?:to|into|over to|over) (?:the uk|this country|england|britain|here)\b"),
    ("exploited_workplace", 0.85, r"\b(?:sleep|sleeps|sleeping|live|lives|living|make us sleep|make me sleep) (?:at|"
                                  r"in) the (?:factory|farm|car wash|site|warehouse|shop|restaurant|workplace|nail bar|"
                                  r"shed|container|garage|back room)\b|\b(?:live|living|sleep|sleeping) \d+ (?:to|in) a"
                                  r" (?:house|room|flat)\b|\b(?:agency|boss|gangmaster|employer|they|gang|man|woman|"
                                  r"manager|agent|owner|people) (?:\w+ ){0,6}(?:takes?|took|taking|keeps?|kept|keeping|"
                                  r"holds?|held|holding|withhold\w*|controls?) (?:all |most of |half of |half |some of"
                                  r" |part of )?(?:our|my) " + _WORK_MONEY + r"\b|\b(?:agency|boss|gangmaster|"
                                  r"employer|gang|agent) (?:\w+ ){0,3}(?:takes?|took|keeps?|kept|holds?|held) (?:all"
                                  r" |most of |half of )?(?:our|my) (?:money|cards?)\b"),
    ("unpaid_work", 0.55, r"\b(?:not|never) (?:been |being |getting |get )?paid (?:for|by) (?:my |the )?(?:work|"
                          r"boss|employer|them|weeks|months)\b|\bwork(?:ing)? for (?:no pay|no wages)\b|\bnever"
                          r" pays? (?:him|her|them|us)\b|\bwe (?:do not|never|did not|are not|have not|have never)"
                          r" (?:\w+ )?(?:get |got |been |being |getting )?paid\b(?! (?:for (?:training|holiday|"
                          r"overtime|breaks|the (?:trial|induction|first))|until|till|yet|on time|enough|properly|the"
                          r" (?:right|correct|full)|holiday|sick|extra|weekly|monthly|fortnightly|by the hour|much|"
                          r"well|minimum)\b)|\b(?:not|never) (?:been |being |getting |get |got )?paid (?:at all|a"
                          r" penny|anything|for (?:months|weeks|\d+ (?:weeks|months))|in (?:months|weeks|ages|\d+"
                          r" (?:weeks|months)))\b"),
    ("confined", 0.9, r"\b(?:not allowed to|will not let (?:me|us)|do not let (?:me|us)|never let (?:me|us))"
                      r" (?:leave|go out of|go outside|go out)\b|\b(?:lock|locks|locked|locking) (?:me|us) (?:in|"
                      r"up)\b|\b(?:gets?|being) locked in (?:her|his|their|a|the) (?:room|house|flat|shed)\b|"
                      r"\b(?:cannot|can not|not allowed to|are not allowed to|am not allowed to) (?:leave|go out|go"
                      r" outside|go out of|go anywhere)(?: (?:of )?(?:the|our|my|this) (?:house|flat|room|site|farm|"
                      r"factory|building|premises|workplace|shop|restaurant|car wash|warehouse))?(?: on (?:my|our)"
                      r" own)? without (?:the |our |my )?(?:boss|him|her|them|permission|gangmaster|manager|owner|"
                      r"supervisor|someone)\b"),
    ("debt_bondage", 0.85, r"\b(?:owe|pay off|paying off|work off|working off) (?:a |the |my )?(?:debt|money) (?:to"
                           r" )?(?:them|him|the (?:gang|boss|agent|man)|my (?:boss|employer))\b|\b(?:say|says|said|"
                           r"told (?:me|us)|tell (?:me|us)|claim|claims|reckon|reckons) (?:that )?(?:i|we) (?:still"
                           r" |now )?owe (?:them|him|her|the \w+)\b|\bowe (?:them|him|the \w+) (?:\w+"
                           r" )?money\b.{0,30}\bwork(?:ing)? for (?:them|him)\b|\bowe (?:them|him|her|the (?:boss|"
                           r"agent|gang|man|woman|agency)) (?:\w+ ){0,3}for (?:my|our|the) (?:flights?|travel|visa|"
                           r"tickets?|transport|housing|accommodation|room|bed|journey|papers|documents)\b"),
    ("threat_if_leave", 0.95, r"\b(?:hurt|harm|kill|deport|report) (?:me|us|(?:my|our) (?:family|families|kids|"
                              r"children|mum|dad|son|daughter|baby|wife|husband|brother|sister))(?: \w+){0,2} if"
                              r" (?:i|we) (?:leave(?! him| her)|tell|quit|go to|speak to|talk to|call|report|"
                              r"complain)\b|\bif (?:i|we) (?:leave|tell|quit|go to|speak to|talk to|call|report|"
                              r"complain)(?: \w+){0,5} (?:he|she|they|\w+master|boss|gang) (?:will|would|is going"
                              r" to|are going to) (?:hurt|harm|kill|deport|report)\b"),
    ("threat_if_leave_wide", 0.9, r"\b(?:will|would|going to|gonna|threaten\w* to|said (?:he|she|they) would|says"
                                  r" (?:he|she|they) will) (?:\w+ )?" + _THREAT + r"\b.{0,40}\bif (?:i|we) (?:ever"
                                  r" )?" + _LEAVE + r"\b|\bif (?:i|we) (?:ever )?" + _LEAVE + r"\b.{0,50}\b(?:he|she|"
                                  r"they|boss|gang|\w+master|man|woman|agent|people) (?:will|would|is going to|are going"
                                  r" to|said (?:he|she|they) would|says (?:he|she|they) will) (?:\w+ )?" + _THREAT),
    ("threat_to_family", 0.95, r"\b(?:hurt|harm|kill) (?:my|our) (?:kids|children|family|families|son|daughter|"
                               r"baby)\b"),
    ("threatened_harm", 0.85, r"\bthreaten\w* (?:to )?(?:kill|hurt|harm|stab|shoot|batter|beat up|burn|attack|deport)"
                              r" (?:me|us|him|her|them|my \w+|our \w+|the \w+)\b|\bsend\w* (?:people|someone|men|"
                              r"lads|his (?:boys|men|mates|lads)|the gang) after (?:me|us|my \w+|our \w+|him|her|"
                              r"them)\b"),
    # Threats to hurt someone, at the jobcentre or anywhere else.
    ("threat_to_harm", 0.85, r"\b" + INTENT + r"(?: \w+){0,5} (?:" + HARM_WORDS + r"|beat|sort out) (?:" + VICTIM
                             + "|" + STAFF + r")\b|\b" + INTENT + r"(?: \w+){0,5} (?:smash (?:his|her|their|your|"
                             r"\w+s) (?:face|head) in|knock (?:him|her|them|you|\w+) (?:out|spark out)|put (?:him|her|"
                             r"them|you|\w+) in (?:hospital|the ground|a wheelchair)|do (?:him|her|them) in|glass"
                             r" (?:him|her|them)|cut (?:him|her|them) up)\b"),
    ("scared_to_harm", 0.85, r"\b(?:scared|afraid|worried|frightened|terrified|feel like|think|worry) (?:that )?i"
                             r" (?:will|might|could|am going to|would|may) (?:\w+ )?(?:hurt|harm|shake|hit|smother|kill|"
                             r"slap|strangle|lash out at|lose it with|batter) (?:my (?:baby|kids?|children|child|son|"
                             r"daughter|toddler|partner|mum|dad|\d+ year old)|the (?:baby|kids|children)|them|him|her|"
                             r"someone|somebody|people)\b"),
    ("weapon", 0.8, r"\b(?:get|got|bring|carry|carrying) (?:a|my) (?:knife|gun|blade|machete|weapon|acid)\b|"
                    r"\b(?:knife|gun|blade|machete|weapon|acid|hammer|crowbar)\b.{0,60}\b(?:use it on|going to use it|"
                    r"on (?:him|her|them)|stab|shoot|get (?:him|her|them))\b"),
    ("threat_place", 0.9, r"\b(?:bomb|blow up|burn down|burn|set fire to|torch|shoot up|smash up|smash) (?:the |"
                          r"your |this |that )?(?:jobcentre|office|building|place|dwp)\b"),
    ("trafficking", 0.9, r"\btraffick\w*\b|\bmodern slavery\b|\bslave labou?r\b|\b(?:treated|kept) like a slave\b"),
    # Children drawn into crime (county lines) and grooming.
    ("criminal_exploitation", 0.95, r"\b(?:made|making|make|makes|forced|forcing|force|groomed|grooming|pressured|"
                                    r"pressuring|told|threatened|being made|being forced) (?:to |into )?(?:sell\w*|"
                                    r"carry\w*|deal\w*|run\w*|move|moving|hold\w*|hide|hiding|stash\w*|deliver\w*)"
                                    r" (?:drugs|weed|coke|crack|gear|packages|parcels|stuff for them)\b|\bcounty"
                                    r" lines\b|\bcuckoo\w*\b|\b(?:quick|easy) money (?:\w+ ){0,3}(?:holding|"
                                    r"carrying|delivering|moving|dropping)\b|\bholding (?:stuff|things|packages|"
                                    r"bags) for (?:them|him|some)\b"),
    ("made_to_carry", 0.9, r"\b(?:made|making|make|makes|forced|forcing|force|pressur\w+|told|telling|using|used|get|"
                           r"gets|got|getting|groom\w*|recruit\w*|talk\w* into|paying|pays|paid) (?:him|her|them|me|us|"
                           r"kids|children|(?:my|our|his|her|their|a|the|some) (?:\w+ ){0,2}\w+) (?:to |into )?(?:sell|"
                           r"carry|deal|run|move|hold|hide|stash|deliver|drop)\w* (?:drugs|weed|coke|crack|gear|"
                           r"cannabis|heroin)\b|\b(?:made|making|make|makes|forced|forcing|force|pressur\w+|told|"
                           r"telling|using|used|paying|pays|paid) (?:him|her|them|me|us|my \w+|kids|children) (?:to"
                           r" |into )?(?:sell|carry|deal|run|move|hold|hide|stash|deliver)\w* (?:drugs|weed|packages|"
                           r"parcels|bags|stuff|things|something|a bag|a package) (?:for|round|around)\b"),
    ("child_drugs", 0.9, r"\b" + KID + r"s? (?:\w+ ){0,4}(?:running|selling|dealing|carrying|moving|holding|delivering|"
                         r"dropping|stashing|hiding) (?:\w+ ){0,2}(?:drugs|weed|coke|crack|gear|county lines)\b|\b"
                         + KID + r"s? (?:\w+ ){0,4}(?:running|carrying|moving|holding|delivering|dropping|stashing|"
                         r"hiding|doing) (?:\w+ ){0,2}(?:packages|parcels|bags|stuff|runs|jobs|errands|favours|drops)"
                         r" for (?:some |these |those |the |a |an )?(?:older|gang|dealers?|men|lads|boys|guys)\b|"
                         r"\bowe[sd]? (?:\w+ ){0,3}(?:to )?(?:a |the |some |his |her |their )?(?:drug )?(?:dealers?|"
                         r"gang|older (?:lads|boys|men))\b|\b(?:in debt|debt) to (?:a |the |some )?(?:dealers?|"
                         r"gang)\b"),
    ("child_harm", 0.95, r"\b" + KID + r" (?:(?:is|are|has been|have been|was|were|keeps|gets) )?being (?:hurt|"
                         r"abused|beaten|hit|neglected|groomed|exploited|touched|threatened|starved|locked)\b|\b" + KID
                         + r" (?:\w+ ){0,3}left (?:on (?:their|his|her) own|alone|home alone)\b|\b" + KID
                         + r"s? (?:has|have) not eaten\b"),
    ("child_hurt", 0.85, r"\b(?:hitting|hits|hit|beating|beats|beat|punch\w*|slap\w*|smack\w*|kick\w*|hurting|hurts|"
                         r"abusing|abuses|abused|starving|starves|neglect\w*|shaking|shakes|shook|burn\w*|strangl\w*|"
                         r"chok\w*|throttl\w*) (?:his|her|their|the|my|our|them|those|these) (?:\w+ )?" + _CHILD
                         + r"\b(?! (?:at|in|to)\b)|\b" + _CHILD + r" (?:\w+ ){0,4}(?:has|have|had|with|covered in|"
                         r"always has|keeps getting|got|gets|turned up with|comes to school with|came to school with)"
                         r" (?:\w+ ){0,2}(?:bruises|bruising|marks|burns|injuries|black eyes?|a black eye)\b|\b(?:kept|"
                         r"keeping|keeps|keep|taken|pulled|stopped|stops) (?:\w+ ){0,2}(?:off|out of|from) school\b"
                         r".{0,30}\b(?:to )?(?:work|working|clean|cleaning|mind|help (?:in|at|with) the)\b"),
    ("neglect", 0.8, r"(?<!\bi )(?<!\bwe )\b(?:does not|do not|will not|never|refuses to|forgets to|forgot to)"
                     r" (?:feed|wash|change|bath|bathe|clothe|clean) (?:him|her|them|the (?:kids|children|baby|"
                     r"child)|my \w+|his \w+|her \w+)\b(?! (?:enough|properly)? ?(?:junk|sweets|takeaway|fast food))|"
                     r"\bcarers? (?:\w+ ){0,6}(?:shouts at|shouted at|screams at|hits|hit|slaps|slapped|pushes|"
                     r"pushed|hurts|hurt|is rough with|neglects|neglected|ignores|leaves (?:him|her|them) (?:alone|"
                     r"in)|locks|locked|steals from|stole from) (?:him|her|them|my \w+|his \w+|her \w+|their \w+)\b"),
    ("child_risk", 0.85, r"\b(?:he|she|they|" + KID[3:-1] + r") (?:\w+ ){0,3}(?:going|goes|gone|went) missing\b|"
                         r"\b(?:hanging|hangs|hung|staying|stays|stayed|going|goes|went|been|spending time|sleeping|"
                         r"getting in cars?|in cars?|meeting|meets|partying|parties) (?:\w+ ){0,3}with (?:much |a lot"
                         r" |way )?older (?:men|man|boys|lads|guys|blokes)\b|\b(?:seeing|dating|going out with) (?:an"
                         r" )?older (?:man|men|guy|boy)\b|\b(?:man|someone|guy|bloke|person|people) i met online\b|"
                         r"\basked (?:me |her |him )?for (?:pics|photos|pictures|nudes)\b|\bsend (?:him|her|them)"
                         r" (?:pics|photos|pictures|nudes)\b|\byoung (?:girls|boys|lads|kids|people) (?:\w+"
                         r" ){0,5}(?:parties|for money|for cash)\b|\bi am (?:1[0-7]|thirteen|fourteen|fifteen|sixteen|"
                         r"seventeen)\b.{0,60}\b(?:makes me|man|men|older|for money|cash|holding|drugs|pics|photos|his"
                         r" flat|met online|kicked me out|in trouble|touch\w*|boyfriend|stepdad|hits me|hurts me|abus\w*"
                         r"|scared|nowhere|pays? me|paying me|sex|nudes|meet (?:up|him)|gives me|buys me)\b|\b(?:older"
                         r"|grown) (?:men|man|guys|lads|blokes) (?:\w+ ){0,4}(?:picking up|pick up|picks up|picked up|"
                         r"collecting|giving lifts to|driving|hanging around|waiting outside|taking) (?:\w+"
                         r" ){0,3}(?:girls|boys|kids|children|teenagers|teens|young people|pupils)\b"),
    ("age_gap", 0.85, r"\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) year old\b.{0,50}\b(?:boyfriend|"
                      r"girlfriend|man|bloke|guy|fella|lad|woman) (?:who is|aged|of|is) (?:1[89]|[2-9]\d|twenty\w*|"
                      r"thirty\w*|forty\w*)\b|\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) year old\b.{0,50}"
                      r"\b(?:seeing|dating|going out with|sleeping with|staying with|messaging|talking to) (?:a |an"
                      r" )?(?:1[89]|[2-9]\d) year old\b"),
    ("out_all_night", 0.6, r"\b" + _CHILD + r" (?:\w+ ){0,4}(?:staying|stays|stayed|been|going|goes|went) (?:out|"
                           r"missing|off) (?:all night|for days|overnight|for (?:\w+ )?nights)\b"),
    ("online_grooming", 0.8, r"\b(?:man|men|guy|bloke|stranger|adult|person|someone|somebody) (?:\w+ ){0,2}(?:online|"
                             r"on (?:snapchat|snap|instagram|insta|tiktok|facebook|discord|fortnite|roblox|xbox|"
                             r"playstation|the internet|whatsapp|a game|games|an app|social media)) (?:\w+"
                             r" ){0,3}(?:messag\w*|texting|texts|talking to|talks to|chatting (?:to|with)|contacting|"
                             r"dming|dms|snapchatting|adding|grooming|meeting) (?:my|our|his|her|their|a) (?:\w+"
                             r" ){0,2}" + _CHILD + r"\b|\b(?:older|grown|adult|strange|random) (?:man|men|guy|bloke|"
                             r"stranger) (?:\w+ ){0,3}(?:messag\w*|texting|texts|talking to|chatting (?:to|with)|"
                             r"contacting|dming|snapchatting|adding|meeting) (?:my|our|his|her|their|a) (?:\w+ ){0,2}"
                             + _CHILD + r"\b|\bsend\w* (?:\w+ ){0,2}(?:nudes|naked (?:pics|photos|pictures|selfies)|"
                             r"sexy (?:pics|photos|pictures))\b|\b(?:asking|asked|ask|asks|wants|wanted|pressur\w+|"
                             r"begging) (?:\w+ ){0,6}for (?:nudes|naked (?:pics|photos|pictures))\b|\bsend\w*"
                             r" (?:pics|photos|pictures|selfies|videos|images) (?:of (?:herself|himself|themselves)"
                             r" )?to (?:a|an|some|this|that|the) (?:\w+ )?(?:guy|man|men|boy|lad|bloke|stranger|"
                             r"person|someone)\b|\b(?:guy|man|men|bloke|stranger) (?:\w+ ){0,2}(?:she|he|they) (?:met|"
                             r"meets|found|knows|talks to) (?:online|on (?:snapchat|snap|instagram|insta|tiktok|"
                             r"facebook|discord|fortnite|roblox|xbox|the internet|whatsapp|an app|a game|social"
                             r" media))\b"),
    ("grooming_signs", 0.85, r"\b(?:giving|gives|gave|buying|buys|bought) (?:my |our |her |his )?(?:\d+ year old|"
                             r"son|daughter|kids?|child|children|grandson|granddaughter|niece|nephew|sister|"
                             r"brother) (?:\w+ )?(?:money|presents|gifts|phones?|cash|alcohol|drugs|vapes)\b|\b(?:"
                             + _CHILD[3:-1] + r"|he|she) (?:\w+ ){0,4}(?:com\w*|came|turn\w* up|arriv\w*|walks in|"
                             r"walked in) (?:home |back |in )?with (?:\w+ ){0,3}(?:phones?|cash|money|gifts|presents|"
                             r"designer|trainers|clothes|jewellery|sim cards?|sims|drugs|weed)\b|\b(?:will not|would"
                             r" not|does not|refuses to|refused to|cannot|never) (?:say|tell (?:me|us)|explain) where"
                             r" (?:\w+ ){0,3}(?:from|came from|comes from)\b|\bkeep (?:\w+ )?secrets?\b.{0,40}\b(?:from"
                             r" (?:me|us|his|her|their) (?:mum|dad|parents)|gifts|presents)\b|\b(?:gifts|presents)"
                             r"\b.{0,40}\bkeep (?:\w+ )?secrets?\b"),
    ("financial_abuse", 0.85, r"\b(?:carers?|friends|neighbours?|someone|somebody|people|girlfriend|boyfriend|lodger|"
                              r"son|daughter|nephew|niece|grandson|granddaughter|relative|cousin|partner|husband|wife)"
                              r" (?:\w+ ){0,4}(?:taking|takes|took|take|cleared out|clearing out|stealing|steals|stole|"
                              r"emptied|emptying|draining|drained|withdraw\w*|using|uses|used|controls|has control of|"
                              r"keeps|kept) (?:\w+ ){0,3}(?:her|his|their|my) (?:\w+ )?(?:money|savings|pension|benefits|"
                              r"bank card|bank cards|card|cards|account|accounts|bank|pip|esa|dla|attendance allowance|"
                              r"pin|wages|purse|wallet|cash)\b|\b(?:cleared|emptied|emptying|draining|drained|clearing)"
                              r" out (?:his|her|their) (?:savings|account|bank)\b|\b(?:emptying|emptied|draining|"
                              r"drained|clearing out) (?:his|her|their|my \w+s) (?:bank )?(?:account|savings)\b|"
                              r"\b(?:making|make|made|forcing|forced|pressur\w+|got|gets|tricked|conned|persuaded|"
                              r"talked) (?:him|her|them|my \w+) (?:to |into )?(?:take out|taking out|sign\w* over|"
                              r"sign\w* away|hand\w* over|transfer\w*|give them|giving them|sign\w* (?:a |the"
                              r" )?(?:loan|papers|house|cheque))\b"),
    ("vulnerable_adult", 0.8, r"\b(?:being|been|getting|got|was|is) (?:\w+ )?(?:conned|scammed|swindled|ripped off|"
                              r"taken advantage of|fleeced|financially abused) by (?:a |an |her |his |their |the |my"
                              r" )?(?:\w+ )?(?:lodger|carer|neighbour|friend|son|daughter|nephew|niece|grandson|"
                              r"boyfriend|girlfriend|man|woman|someone|somebody|family|relative|brother|sister|cousin|"
                              r"people)\b|\b(?:dementia|alzheimers|learning (?:difficult|disabilit)\w*|mental age|"
                              r"vulnerable|elderly|frail)\b.{0,80}\b(?:taking advantage|conned|scammed|using (?:him|"
                              r"her|them)|taking (?:his|her|their) (?:money|pension|benefits|pip|card)|moved in|dealing"
                              r"|exploit\w*|manipulat\w*)\b"),
    ("groomed", 0.9, r"\b(?:being|been|was|is|getting|got) groomed\b|\bgrooming (?:my|her|him|them|children|kids|a"
                     r" (?:child|kid|girl|boy)|young|teenagers?|minors?)\b"),
    ("sexual_abuse", 0.95, r"\b(?:sexually (?:abused|assaulted|exploited)|raped|rape|molested|molesting|sexual"
                           r" (?:assault|abuse)|indecent(?:ly)? (?:touched|assault\w*))\b|\b(?:boyfriend|stepdad|dad|"
                           r"uncle|man|he|she|teacher|coach|carer|brother|cousin|grandad|neighbour|someone|somebody|"
                           r"they) (?:\w+ ){0,2}(?:touches|touched|touching|groped|gropes|groping|fondl\w*|feels (?:me|"
                           r"her|him) up|felt (?:me|her|him) up) (?:me|her|him|them|my \w+|kids|children)\b(?! (?:on"
                           r" the (?:arm|shoulder|back|hand)|base)\b)"),
    ("sexual_exploitation", 0.95, r"\b(?:make|makes|made|making|forc\w+|pressur\w+|push\w*|sell\w*|pimp\w*) (?:me|us|"
                                  r"her|him|them|girls|women|my \w+) (?:to |into )?(?:have sex|sleep with|sex work|sell"
                                  r" sex|sell (?:myself|herself|themselves)|do (?:sexual|sex)|work as (?:a |an"
                                  r" )?(?:prostitute|escort|sex worker)|prostitut\w*)\b|\bsex with (?:customers|"
                                  r"clients|men|punters|strangers)\b"),
    ("being_abused", 0.9, r"\bbeing (?:abused|exploited|trafficked|neglected|held against|blackmailed|forced)\b"),
    ("concern", 0.85, r"\bsafeguarding (?:concern|issue|worry|referral|problem|risk)\b"),
    ("unsafe", 0.85, r"\b(?:not|never|do not feel|unsafe) (?:feel )?(?:safe )?(?:at home|where i (?:am|live)|with"
                     r" (?:him|her|them|my \w+))\b|\bi am in danger\b"),
    ("gang", 0.8, r"\b(?:for|with|by|from) (?:a|the) gang\b|\bgang (?:are|is|members? (?:are|is)) (?:making|using|"
                  r"forcing|threatening)\b"),
    ("cuckooing", 0.85, r"\bmoved into (?:my|her|his|their|my \w+s?) (?:flat|house|home|place) and (?:will not|"
                        r"would not|refuse to) leave\b|\btaken over (?:my|her|his|their|my \w+s?) (?:flat|house|"
                        r"home)\b|\b(?:dealing|selling (?:drugs|weed|gear)|stashing|storing (?:drugs|weed|gear))"
                        r" (?:drugs |weed |gear )?(?:from|out of) (?:there|it|(?:his|her|their|my|the|our) (?:\w+s"
                        r" )?(?:flat|house|home|place|room))\b|\busing (?:my|his|her|their|the|our|my \w+s) (?:flat|"
                        r"house|home|place|room|address) (?:to|for) (?:deal|sell drugs|stash|store drugs|hide drugs|"
                        r"cook|drugs|dealing)\b"),
)

DOMESTIC_ABUSE: tuple[Rule, ...] = (
    # Economic abuse: money, wages, benefits and debts under someone else's control.
    ("money_control", 0.95, r"\b" + ABUSER + r" (?:\w+ ){0,8}?(?:takes|took|taking|keeps|kept|controls|"
                            r"controlling|has|holds|spends|spent|will not (?:give|let me have)) (?:all |all of |"
                            r"most of |half of |half )?(?:my|our) (?:money|moneys|wages|pay|benefits|uc|universal"
                            r" credit|bank card|cards?|bank account|pin|salary|payments?|pension|child benefit|pip|"
                            r"savings|student loan)\b|\bgoes into (?:his|her) account\b|\bgives? me nothing\b|\bnot"
                            r" allowed (?:any )?(?:money|my own money)\b"),
    ("money_allowance", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,3}(?:controls|takes|keeps|has) (?:all |all of )?the"
                              r" money\b|\b" + ABUSER + r" (?:\w+ ){0,5}gives? me (?:£ ?\d+|\d+ (?:quid|pounds?)|an"
                              r" allowance|pocket money)\b"),
    ("hand_over_money", 0.9, r"\b(?:makes|made|forces|forced|making|forcing|pressur\w+) me (?:to )?(?:hand over|give"
                             r" (?:him|her|them)|hand (?:him|her|them)|transfer|sign over|pay (?:him|her)|put) (?:\w+"
                             r" ){0,3}(?:my )?(?:money|wages|uc|universal credit|benefits|pay|salary|cards?|bank"
                             r" cards?|pin|savings|payments?|child benefit|pip)\b|\b(?:have to|got to|must|need to|"
                             r"forced to) (?:ask|beg) (?:him|her|my " + _PARTNER_NOUN + r") (?:for|before) (?:\w+"
                             r" ){0,2}(?:money|cash|a penny|anything|basics|food money|every penny)\b|\b(?:have to|"
                             r"got to|must|need to) (?:ask|beg) my " + _PARTNER_NOUN + r" (?:for )?permission\b"),
    ("debts_in_my_name", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,5}(?:put|puts|putting|took out|takes out|taking out|got|"
                               r"gets|run up|ran up|running up|signed|took|opened) (?:\w+ ){0,3}(?:loans?|credit"
                               r" cards?|cards?|debts?|catalogues?|contracts?|finance|phones?|bills|overdraft|"
                               r"accounts?) (?:\w+ ){0,2}in my name\b|\bmade me take out (?:a |loans?|credit)\b|"
                               r"\b(?:loans?|credit cards?|debts?|catalogues?) in my name (?:that|which) i (?:did not|"
                               r"never|do not) (?:take out|know|agree)\b"),
    ("withholds_money", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,3}(?:will not|does not|refuses to|never) give me"
                              r" (?:any )?(?:money|cash|food money|housekeeping)\b"),
    # Coercive control: work, friends, movements, clothes, phone.
    ("stops_work", 0.95, r"\b" + PARTNER + r" (?:\w+ ){0,6}?(?:will not|would not|does not|do not|never|refuses"
                         r" to) (?:let|allow) me (?:to )?(?:work|get a job|have a job|go|go to work|go out|leave|"
                         r"see (?:my )?(?:friends|family|mum|mates|anyone)|have (?:my own )?(?:money|phone|bank"
                         r" account)|apply|take the kids|go to (?:the )?(?:jobcentre|interviews?|appointments?|"
                         r"college))\b"),
    ("family_control", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,6}?(?:will not|would not|does not|do not|never|refuses"
                             r" to) (?:let|allow) me (?:to )?(?:work|get a job|have a job|go to work|leave the"
                             r" house|see (?:my )?(?:friends|anyone)|have (?:my own )?money|apply for)\b"),
    ("stopped_me", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,4}(?:stops?|stopped|stopping|prevents?|prevented|preventing)"
                         r" me (?:from )?(?:seeing|going|working|getting|having|talking|speaking|leaving|applying|"
                         r"studying|attending|finishing|starting|taking|calling|contacting|using)\b"),
    ("put_downs", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,5}(?:says|tells me|calls me|keeps telling me|keeps saying|"
                        r"told me|said) (?:that )?(?:i am )?(?:worthless|useless|stupid|nothing|ugly|fat|pathetic|a"
                        r" waste|a failure|disgusting|a joke)\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:calls|called|keeps"
                        r" calling) me (?:names|(?:a |an )?(?:\w+ )?(?:bitch|slag|whore|cow|slut|idiot|useless|fat|"
                        r"ugly|stupid|worthless|retard|thick|loser))\b|\b" + ABUSER + r" (?:screams|shouts|yells|"
                        r"swears) at me\b"),
    ("controls_life", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:controls|controlled|controlling|decides|decided|"
                            r"chooses|picks|tells me|says) (?:everything|every (?:thing|aspect|part of my life)|what i"
                            r" (?:can )?(?:wear|eat|do|spend|buy|say)|who i (?:can )?(?:see|talk to|speak to|text|am"
                            r" friends with)|where i (?:can )?go|when i (?:can )?(?:go out|leave|eat|sleep))\b"),
    ("coercion", 0.9, r"\bdecides? (?:what i wear|who i (?:see|talk to|speak to)|where i go)\b|\b" + ABUSER
                      + r" (?:\w+ ){0,4}(?:took|taken|take|takes|made me take) out (?:a |loans?|credit|"
                        r"debts?)(?:\w+ ){0,3}in my name\b|\b(?:tracks|tracked|tracking) (?:everywhere|where) i go\b|"
                        r"\bwalking on eggshells\b|\bkeeps? telling me i am (?:worthless|useless|stupid|nothing|ugly|"
                        r"fat|pathetic)\b|\b(?:hide|hidden|keep (?:\w+ ){1,3}(?:hidden|secret|private)) from (?:my"
                        r" )?(?:ex|partner|husband|wife|boyfriend|girlfriend|him|her)\b|\bif i leave (?:him|her)\b|"
                        r"\b(?:says|said|threatens|threatened) (?:\w+ ){0,4}if i (?:get a job|leave|go)\b|\b(?:take|"
                        r"taking) the kids (?:away|off me|from me)\b|\b(?:leave|leaves) and take the kids\b"),
    ("whereabouts", 0.8, r"\b(?:have to|got to|must|need to|made to|expected to|forced to) (?:tell|text|ring|call|"
                         r"phone|message|report to|check in with|send) (?:him|her|my " + _PARTNER_NOUN + r")"
                         r" (?:a (?:photo|picture|pic|location) )?(?:where i am|where i go|where i have been|who i"
                         r" (?:am with|see|talk to|speak to)|every (?:minute|hour|time)|what i am doing|when i (?:leave|"
                         r"get)|exactly)\b"),
    ("secret_contact", 0.7, r"\b(?:have to|had to|got to|need to) (?:sneak|creep) (?:out|off|away|around|here|in)\b|"
                            r"\b(?:he|she|my " + _PARTNER_NOUN + r") (?:must not|cannot|can not|does not|will not|must"
                            r" never|can never) (?:know|find out|see) (?:that )?(?:i am talking|i talk|i contacted|i"
                            r" am here|i came here|i told|i am telling|about this)\b"),
    ("monitoring", 0.85, r"\b" + ABUSER + r" (?:checks|check|reads|read|goes through|went through|monitors|tracks|"
                         r"tracked|controls|watches|watching|listens to|listening to|records|recording|checks up on|"
                         r"spies on|spying on|has cameras on|follows) (?:all )?(?:of )?(?:my (?:phone|messages|texts|"
                         r"emails|bank|spending|location|every move|laptop|computer|calls|search history|"
                         r"whereabouts|car|bank account)|everything i (?:do|say|spend|buy|type|search|look at)|every"
                         r" (?:penny|move|message|call)|me (?:constantly|all the time|everywhere))\b|\b" + ABUSER
                         + r" (?:\w+ ){0,4}(?:stalking|following|harassing) me\b(?! on)"),
    ("threatens_to_tell", 0.75, r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:threaten\w*|says (?:he|she) will|said (?:he|she)"
                                r" would) (?:to )?(?:tell|report|call|ring|phone|contact|grass to) (?:\w+ ){0,2}"
                                r"(?:social services|the police|immigration|the home office|home office|my (?:boss|"
                                r"employer|work|family|parents)|the jobcentre|dwp|the dwp|everyone)\b"),
    ("threat_messages", 0.8, r"\b" + ABUSER + r" (?:\w+ ){0,4}(?:sending|sends|sent|send|leaving|left|keeps sending)"
                             r" me (?:\w+ )?(?:threatening|abusive|nasty|horrible|scary|threats|death threats)(?:"
                             r" messages| texts| voicemails| emails| letters)?\b|\b(?:threatening|abusive) (?:messages|"
                             r"texts|calls|voicemails|emails) from (?:my )?(?:ex|partner|husband|wife|boyfriend|"
                             r"girlfriend|him|her)\b"),
    ("forced_marriage", 0.9, r"\bforced (?:to )?marr\w*\b|\b(?:forc\w*|mak\w*|made|pressur\w*|push\w*) (?:me|her|him|"
                             r"my \w+) (?:to |into )?(?:marry|marrying|get married|getting married|a marriage|an arranged"
                             r" marriage)\b|\b(?:taking|sending|take|send|took|sent) me (?:abroad|back home|back|to \w+)"
                             r" (?:\w+ )?to (?:get married|be married|marry)\b|\bmarr\w* (?:me )?off\b|\bmarr\w*"
                             r" (?:\w+ ){0,3}against my will\b"),
    # Fear, violence and threats at home.
    ("fear_home", 0.95, r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be|of being) (?:back"
                        r" )?(?:home|at home|in the house)\b|\b(?:scared|afraid|frightened|terrified|dread\w*) (?:of"
                        r" )?(?:going|to go|to get|getting|coming|to come) (?:back )?home\b|\b(?:scared|afraid|"
                        r"frightened|terrified|dread\w*) (?:of )?(?:for )?when (?:he|she|my \w+) (?:gets|comes)"
                        r" (?:home|back|in)\b"),
    ("fear_partner", 0.85, r"\b(?:scared|afraid|frightened|terrified) of (?:my )?(?:partner|husband|wife|boyfriend|"
                           r"girlfriend|ex|fiance|fiancee|other half|him|her|stepson|son|dad|stepdad|brother)\b|"
                           r"\b(?:scared|afraid|frightened|terrified|petrified) (?:of )?(?:what|how) (?:he|she|they|my"
                           r" (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|son)) (?:will|would|might|is"
                           r" going to|could|may) (?:do|react)\b|\b(?:scared|afraid|frightened|terrified|petrified)"
                           r" (?:to be|of being|being|to stay|of staying) (?:\w+ ){0,2}(?:with|near|around|alone"
                           r" with|in the same (?:house|room|flat|bed) as|at home with) (?:him|her|my (?:partner|"
                           r"husband|wife|boyfriend|girlfriend|ex|dad|stepdad|son|brother))\b"),
    ("unsafe_home", 0.85, r"\b(?:do not|never|cannot|can not|no longer) feel safe (?:at home|in (?:my|our) (?:own"
                          r" )?(?:home|house|flat|bed)|with (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|"
                          r"ex|dad|stepdad|son|brother)))\b", "k"),
    ("violence", 0.95, r"\b" + ABUSER + r" (?:\w+ ){0,6}?(?:(?:is|was|keeps|has been|kept) )?(?:hits|hit|hitting|"
                       r"beats|beat|beating|punched|punches|punching|slapped|slaps|kicked|kicks|kicking|strangled|"
                       r"strangles|choked|chokes|pushed|shoves|shoved|hurt|hurts|hurting|threatens|threatened|"
                       r"threatening|attacked|battered|spat at|locked|locks|grabbed|grabs|grabbing|dragged|drags|"
                       r"pinned|shook|headbutted|bit|bites|smacked|smacks|whacked|tripped|kneed|elbowed|stamped on|"
                       r"(?:said|says|threatened|is going|will) (?:to |he will |she will )?(?:kill|hurt|batter|beat|"
                       r"hit)) (?:me|my (?:mum|mam|mom|dad|sister|brother|kids|children|son|daughter|baby))\b(?!"
                       r" up| out| off| with (?:questions|news)| hard| to\b| into (?:applying|doing|taking))|\b"
                       + ABUSER + r" (?:\w+ ){0,3}(?:gets|got|is|can be|becomes) (?:violent|aggressive)\b|\b" + ABUSER
                       + r" (?:\w+ ){0,3}(?:threw|throws|thrown|chucked|chucks|lobbed) (?!the book)(?:\w+ ){0,3}at"
                         r" me\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:pulls|pulled|grabs|grabbed) my (?:hair|throat|"
                         r"neck|arm)\b"),
    ("stalking", 0.85, r"\b" + PARTNER + r" (?:keeps|kept|is|has been|will not stop|would not stop|does not stop)"
                       r" (?:turning up|showing up|waiting outside|ringing|calling|messaging|texting) (?:at"
                       r" )?(?:my|me|the)\b"),
    ("injuries", 0.7, r"\bbruises\b|\bblack eye\b"),
    ("sexual_coercion", 0.95, r"\b(?:forces|forced|makes|made|pressures|pressured) me (?:to )?(?:have sex|sleep"
                              r" with)\b|\b" + PARTNER + r" (?:\w+ ){0,3}(?:raped|rapes|raping|sexually assaulted|"
                              r"forces (?:himself|herself) on|forced (?:himself|herself) on) me\b"),
    ("property", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,4}(?:smashed|smashes|broke|destroyed|sold|hid|hides|took|"
                       r"takes|smashed up) (?:the|our|my) (?:telly|tv|door|doors|windows?|furniture|things|"
                       r"stuff)\b|\b" + ABUSER + r" (?:\w+ ){0,2}(?:smashed|broke|destroyed|sold|hid|hides|hiding|"
                       r"took|takes|burned|ripped up|cut up|binned) my (?:\w+ )?(?:phone|work tools|tools|laptop|"
                       r"documents|passport|keys|bank card|id|letters?|clothes|sim)\b|\b" + ABUSER + r" (?:opens|"
                       r"reads|hides) my (?:post|letters)\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:hides|hid|hiding|took|"
                       r"takes|broke|breaks|smashed|cut up|cuts up|locked|locks|keeps|kept|stole|steals|unplugged|"
                       r"disconnected|sold|destroyed|ripped up|burnt|burned|binned) (?:\w+ ){0,4}so (?:that )?i"
                       r" (?:cannot|can not|could not|would not be able to|will not be able to|could never) (?:get"
                       r" to|go|make|attend|work|call|phone|ring|apply|leave|see|contact|get out|escape)\b"),
    ("angry_reaction", 0.6, r"\b" + ABUSER + r" (?:\w+ ){0,2}(?:went|goes|will go|would go|gets|got|flipped|kicked"
                            r" off|kicks off|lost it|loses it) (?:mad|mental|crazy|nuts|ballistic|off on one|off it|"
                            r"out)?(?: at me)? ?(?:because|when|if|cos|after|since) i (?:applied|got|went|talked|"
                            r"spoke|wanted|saw|said|asked|tried|looked|mentioned|told)\b"),
    ("named", 0.9, r"\bdomestic (?:abuse|violence)\b|\bcoercive control\w*\b|\b(?:abusive|violent|controlling)"
                   r" (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex|marriage|home)\b"),
    ("fleeing", 0.95, r"\b(?:fled|fleeing|flee|escaped|escaping|ran away from|left) (?:from )?(?:an? |my"
                      r" )?(?:abusive|violent|controlling)\b|\b(?:womens|women|mens) refuge\b|\bin a refuge\b|"
                      r"\b(?:non molestation|restraining|protection) order\b"),
    ("escape_partner", 0.85, r"\b(?:get away|escape|run away|flee|hide) from (?:my )?(?:partner|husband|wife|"
                             r"boyfriend|girlfriend|ex|fiance|fiancee)\b|\b" + PARTNER + r" is (?:dangerous|"
                             r"violent|scary|abusive)\b"),
    ("leave_but", 0.7, r"\b(?:need|want|have|got|trying|planning|going|desperate|ready) to (?:leave|get away from|get"
                       r" out from|escape) (?:my )?(?:partner|husband|wife|boyfriend|girlfriend|him|her)\b.{0,40}"
                       r"\b(?:but|cannot|scared|afraid|nowhere|he will|she will|he would|she would|he says|she says|"
                       r"will not let)\b"),
)

CRISIS_RULES: dict[str, tuple[Rule, ...]] = {
    "self_harm": SELF_HARM,
    "safeguarding": SAFEGUARDING,
    "domestic_abuse": DOMESTIC_ABUSE,
}
