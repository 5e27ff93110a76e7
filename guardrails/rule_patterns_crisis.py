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
          r"father|mum|mam|mom|stepmum|mother|son|stepson|daughter|stepdaughter|brother|sister|\w+ inlaws?|inlaws|"
          r"uncle|aunt|family|parents|grandson|granddaughter|nephew|niece|cousin)")
_PARTNER_NOUN = r"(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|spouse)"
KID = (r"(?:child|children|kids?|son|daughter|baby|toddler|grandson|granddaughter|niece|nephew|\d+ year old|teenager|"
       r"stepson|stepdaughter|little one|boy|girl|sister|brother|lad)")
# Only words that name a child, for the rules where "my brother" could be a grown man.
_CHILD = (r"(?:child|children|kids?|son|daughter|baby|babies|toddlers?|grandson|granddaughter|grandkids|\d+ year old|"
          r"teenagers?|stepson|stepdaughter|little ones?|boy|girl)")
HARM_WORDS = (r"kill|hurt|stab|batter|punch|deck|slap|shoot|strangle|murder|attack|headbutt|glass|beat up|knock \w+"
              r" out|do in|smash \w+ face in")
VICTIM = (r"(?:him|her|them|someone|somebody|everyone|people|whoever|my (?:\w+s )?(?:ex|landlord|landlady|neighbour|"
          r"partner|husband|wife|boyfriend|girlfriend|boss|coach|work coach|dad|mum|brother|sister|son|daughter|mate|"
          r"friend|cousin|uncle|stepdad|flatmate|housemate|colleague|manager|new bloke|new fella|new man|new"
          r" boyfriend|bloke|fella)|(?:the|that) (?:man|woman|guy|bloke|lady|people|person|landlord|neighbour|manager|"
          r"boss))")
INTENT = (r"(?:i will|i am going to|going to|i swear i will|i want to|i am gonna|i might|i could|i would|i am about to|"
          r"i will end up|swear down i will|i am ready to)")
STAFF = (r"(?:you|your (?:face|head|staff|office|building|family)|(?:the |that |my |every |your )?(?:work coach|coach|"
         r"adviser|advisor|staff|manager|security|receptionist|office|jobcentre|building|decision maker)|the lot of"
         r" you|all of you|everyone (?:there|here|at the jobcentre)|the people at the jobcentre)")

_ANYMORE = r"(?:anymore|no more|any longer|no longer)"
# "Sick of living at my mum's" is about the house: living somewhere or with someone, not being alive.
_LIVING_SOMEWHERE = (r"(?! (?:at|near|above|under|next to|off|out of|in (?:a|my|this|the|his|her|their|our)"
                     r" (?:\w+ )?(?:house|flat|bedsit|room|caravan|hmo|town|city|village|area|street|estate|box)s?|with"
                     r" (?:my |me )?(?:mum|mam|mom|dad|parents|folks|family|nan|gran|grandparents|sister|brother|"
                     r"inlaws|partner|boyfriend|girlfriend|flatmates?|housemates?|mates?|friends?|kids|ex))\b)")
_EOC = r"(?= ?(?:[.,!?;:~]|$))"  # the end of a clause: "I can't go on." but not "I can't go on holiday"
_PILLS = (r"(?:pills|tablets|paracetamol|painkillers|pain killers|meds|medication|medicine|sleeping pills|"
          r"antidepressants|co codamol|codeine|ibuprofen|aspirin|insulin|sertraline|citalopram|fluoxetine|mirtazapine|"
          r"diazepam|tramadol|morphine|methadone|amitriptyline|propranolol)")
# What a person may wish for when they want to die, after "want to", "ready to", "wish to"...
_DEATH = (r"(?:die|be dead|not be alive|not be here|not exist|stop existing|cease to exist|not wake up|never wake up|"
          r"disappear (?:forever|for good|permanently)|end my life|end it all|end everything|kill myself|be gone for"
          r" good|sleep forever|go to sleep forever|not be around|not live|not be on this earth|stop breathing|stop it"
          r" all|check out of (?:life|this world)|leave this world(?! of))")
# "dying my hair" is a misspelling of dyeing; "dying to", "dying of laughter" are blanked as idioms.
_NOT_DYE = (r"(?! (?:my|your|his|her|their|the|it|them) (?:\w+ )?(?:hair|roots|fringe|beard|eyebrows|clothes|jeans|"
            r"shirt|top|trainers|shoes|black|blue|red|pink|green|purple|blonde|brown|grey)\b)")
_HOPELESS = (r"(?:i am (?:so |just |completely |totally )?done\b(?! (?:with (?:my|the|this|that|it) |for))|i give"
             r" up\b(?! on (?:my|the|this|that|applying|looking|finding))|cannot cope\b(?! with (?:the|this|that|a|an|"
             r"all the) )|had enough\b(?! of (?:my|the|this|that|applying|looking))|cannot take (?:it|this|anymore|much"
             r" more)|tired of (?:everything|it all)|no way (?:out|forward)\b(?! of)|(?:cannot|do not) see (?:a|any)"
             r" way (?:out|forward)\b(?! (?:of|in|with) )|hopeless\b(?! (?:at|with|about))|nothing left\b(?! (?:in|on|"
             r"for|till|until|to (?:eat|spend|pay))\b)|cannot do this\b(?= ?(?:[.,!?;:~]|$| anymore| no more))|i want"
             r" out\b(?! of)|no hope\b(?! (?:of|in) (?:getting|finding|a job|work))|cannot go on|cannot carry on|not"
             r" coming back\b(?! to))")

# "Not being around" in future, next to something the person is expected to do ("don't bother booking me in, I won't
# be here"). A harmless reason anywhere in the message (a holiday, a move, a job, the kids, a strike) means they are
# simply away, so it cancels the family. The reasons are kept specific: "job" alone is in almost every message here.
_AWAY_REASON = (r"^(?!.*\b(?:holidays?|hols|vacation|abroad|away (?:on|in|at|till|until|for|with|from|visiting|"
                r"next|this)|i am away|going away|be away|trip|camping|festival|honeymoon|wedding|(?:a|the) funeral|"
                r"funeral in|mov(?:e|ing) (?:to|house|away|abroad|in|out|back)|moving(?! on\b)|emigrat\w*|"
                r"relocat\w*|new (?:job|house|flat|place|home|role)|(?:got|have|found|start\w*|offered|landed|"
                r"accepted) (?:a |the |my |new |that |this )*(?:job|role|position|work)|job (?:offer|in|starts?)|"
                r"for a job|at work|(?:got|have|going|go) to work|work (?:that|on|at|till|until|in|all)|(?:am|"
                r"be|are) working|shifts?|(?:got|have) (?:an|another) interview|interview (?:elsewhere|somewhere|"
                r"at|with)|contract (?:starts|begins)|start\w* (?:work|on|at|next|my)|(?:at|to) my (?:mums|"
                r"mams|dads|nans|grans|sisters|brothers|mates|friends|partners|parents|aunts|aunties|uncles)|"
                r"(?:hospital|doctors?|dentist|dental|gp|clinic|eye|scan) (?:appointment|appt)|in hospital|"
                r"hospital (?:for|in)|dentist|doctors|operation|surgery|pick(?:ing)? up|school run|(?:taking|"
                r"take|collect\w*) (?:the|my) (?:kids|children|son|daughter)|childcare|strikes?|trains? (?:is|"
                r"are|was|were|has|have) (?:not|cancelled|delayed)|no (?:trains|buses)|buses (?:are|were) not|"
                r"visiting|visit|staying with|(?:a|my|the|on a) (?:course|training)|exam|ill|sick(?! (?:of|"
                r"and tired))|covid|flu|poorly|(?<!\bbother )(?<!\bpoint )(?<!\bneed to )(?:rearrange\w*|reschedul\w*)|"
                r"(?:another|a different|other) (?:day|time|date)|move (?:it|my appointment|the appointment|"
                r"the interview)|phone appointment|can we (?:do|make|move|change)|back (?:on|by|at|from|in|"
                r"next|for)|(?:till|until) (?:\d|the \d|after|later|next))\b)")
# Only the writer: "my coach won't be here" or "the bus won't be here for an hour" is someone else's absence.
_AWAY_SUBJ = (r"(?:(?<=^)|(?<=\bi )|(?<=[.,!?;:~] )|(?<=\bso )|(?<=\band )|(?<=\bbut )|(?<=\bcos )|(?<=\bbecause )|"
              r"(?<=\banyway )|(?<=\bprobably )|(?<=\bjust )|(?<=\bcos i ))")
_ABSENT = (r"(?:" + _AWAY_SUBJ + r"will not be (?:here|around)|\bi will (?:be|be long|have) gone)\b(?! (?:till|until|"
           r"before|in the morning|this (?:morning|afternoon)|after lunch|at \d|for (?:an|a couple of|a few|the)"
           r" (?:hour|hours|minutes|day|days|morning|afternoon)))")
_EXPECTED = (r"(?:appointments?|appt|interviews?|claim|meeting|booking|review|assessment|session|course|training|"
             r"sign on|signing on|call|journal|commitments?|placement|job search|it|them|that|any of it|any of this)")
_DISMISS = (r"(?:do not (?:bother|book|waste|worry)|no point|no need|not worth|cancel|forget (?:about )?(?:the|my|"
            r"it|that|everything)|stop (?:booking|chasing|sending|calling)|give (?:my|the) (?:slot|place|"
            r"appointment)|take me off)")
_SOON = r"(?:this weekend|the weekend|tonight|today|tomorrow|this week|friday|then|next week|that|it)"
_NOT_MATTER = (r"(?:(?:it|that|this|it all|any of (?:it|this|that)) (?:will not|is not going to|will no longer|would"
               r" not) matter|(?:nothing|none of (?:it|this|that|them)) (?:will|is going to|would) matter)")

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
    # Bare "ctb" is still suicide slang, unless it is the old council tax benefit.
    ("ctb_bare", 0.7, r"(?<!\bmy )(?<!\bthe )(?<!\bon )\bctb\b(?! (?:claim|benefit|form|payment|reduction|support|"
                      r"council|award|letter|office)\b)"),
    # "catch the bus" is only code for suicide next to despair; on its own it is how people get to interviews.
    ("catch_bus", 0.6, r"\bcatch(?:ing)? the bus\b(?! (?:to|at|from|into|home|back|in|there)\b).{0,80}\b(?:tired of"
                       r" (?:everything|it all|life)|done with (?:everything|it all|life)|cannot do this|had enough|"
                       r"goodbye|for good|forever|no point|nobody (?:will|would) (?:miss|care))\b|\b(?:tired of"
                       r" (?:everything|it all|life)|done with (?:everything|it all|life)|cannot do this|had enough|"
                       r"no point)\b.{0,80}\bcatch(?:ing)? the bus\b(?! (?:to|at|from|into|home|back|in|there)\b)"),
    # Wanting to die or not to exist, with any of the usual lead-ins.
    ("want_die", 0.95, r"\b(?:want|wants|wanted|wanting|ready|planning|plan|prefer|wish|wishing|longing|long|need|"
                       r"needs|would like|would love) to (?:just |finally |simply |really )?" + _DEATH + r"\b"
                       + _NOT_DYE),
    ("wish_dead", 0.95, r"\b(?:wish|hope|hoping|praying|pray) (?:that )?i (?:would |could |will |might |just |can"
                        r" )*(?:die|be dead|not wake up|never wake up|do not wake up|get hit by (?:a|an|the) \w+|get"
                        r" killed|was dead|were dead|had died|died|had never been born|was never born|had not been"
                        r" born|was not born|never existed|did not exist|not woken up|had not woken up|go to sleep"
                        r" forever)\b" + _NOT_DYE + r"|\bwish (?:i|that i) (?:was|were|had) (?:dead|never been born|"
                        r"not been born|not woken up|died)\b"),
    ("should_die", 0.9, r"\b(?:might|may|could) as well (?:just )?(?:die|be dead|not be here|not exist|end it(?:"
                        r" all)?|kill myself)\b|\bi (?:should|ought to|deserve to|deserved to) (?:just )?(?:die|be"
                        r" dead|not be here|not exist|end it(?: all)?|not have been born|not be alive)\b|\bwish"
                        r" (?:that )?i (?:\w+ ){0,2}(?:never|not) (?:been|was|were|be) born\b"),
    ("feel_like_dying", 0.85, r"\b(?:feel|feeling|felt|feels) like (?:i am |i am just )?dying\b" + _NOT_DYE +
                              r"(?! (?:inside|of|to|for|laughing|with|from)\b)|\bfeel\w* like (?:i (?:should|could|"
                              r"want to|might|need to) )(?:just )?(?:die|end it|kill myself|not be here|disappear"
                              r" forever|not exist)\b"),
    ("death_thoughts", 0.85, r"\b(?:cannot stop|keep|kept|always|constantly|obsess\w*|all i do is|all i can do is)"
                             r" (?:thinking|dreaming|fantasi\w+|obsessing|think|dream) (?:about|of) (?:dying|death|"
                             r"being dead|not being here|not existing|killing myself|ending (?:it|things|my life)|not"
                             r" waking up|my (?:own )?death|my funeral)\b" + _NOT_DYE),
    ("death_thoughts_weak", 0.6, r"\b(?:thinking|thoughts|think|thought|dreaming|dream|fantasi\w+) (?:a lot |so much |"
                                 r"all the time |constantly |more and more )?(?:about|of) (?:dying|death|being dead|not"
                                 r" being here|not existing|not waking up|my (?:own )?death|my (?:own )?funeral)\b"
                                 + _NOT_DYE + r"|\b(?:dark|intrusive) thoughts\b"),
    ("death_appeals", 0.85, r"\b(?:dying|death|being dead|not waking up|never waking up|not existing|not being"
                            r" (?:here|alive)|ending it(?: all)?|ending my life|killing myself|suicide) (?:just |"
                            r"honestly |really |actually )?(?:sounds|seems|feels|looks|would be|is looking|is"
                            r" starting to (?:sound|look|feel)) (?:\w+ )?(?:nice|good|better|easier|peaceful|"
                            r"appealing|tempting|attractive|like (?:a|the) (?:relief|release|way out|answer|only"
                            r" (?:option|way|answer))|like (?:relief|release|peace|freedom))\b"),
    ("ways_to_die", 0.95, r"\b(?:ways?|how) to (?:die|kill myself|end (?:it|my life))\b|\b(?:quickest|easiest|best|"
                          r"painless|quick|least painful|most painless|surest) (?:way|ways|method) to (?:die|go|end"
                          r" it)\b|\bpainless (?:way|death)\b|\blethal (?:dose|amount)\b|\bhow (?:many|much) (?:of"
                          r" )?(?:my |the |these )?" + _PILLS + r"(?: \w+){0,4} (?:take|kill|die|fatal|lethal|"
                          r"overdose|od|too many|enough)\b(?! (?:a|per|in a|each|every) (?:day|week))"),
    ("better_off", 0.95, r"\bbetter off (?:dead|in the ground|in a box|six feet under|without me|if i (?:was|were)"
                         r" (?:dead|gone|not here)|when i am gone|if i (?:died|disappeared))\b|\bbetter off (?:\w+"
                         r" ){1,5}than (?:with )?me\b"),
    ("better_without_me", 0.9, r"\b(?:happier|easier|fine|better) (?:\w+ )?(?:if i (?:was|were) (?:not|never)"
                               r" (?:here|around|born|alive)|if i (?:was|were) gone|when i am gone|without me"
                               r" around)\b"),
    ("family_better_off", 0.75, r"\b(?:family|kids|children|everyone|everybody|they|people|world|mum|dad|wife|"
                                r"husband|partner) (?:would|will) (?:all )?be (?:so much |much |a lot )?(?:better|"
                                r"happier) off\b(?! (?:with|if (?:i|we) (?:got|get|had|found|moved|earned|worked)))"),
    ("nobody_miss", 0.9, r"\bnobody (?:would|will|is going to) (?:even |really )?(?:miss|notice|care)(?: if)? (?:me|i"
                         r" (?:was|were|am) gone|i died|i disappeared)\b|\bwould be (?:happier|fine) without me\b|"
                         r"\b(?:nobody|no one|anyone|they|my family|everyone) (?:\w+ )?(?:cares?|would care|will"
                         r" care|would notice|would even notice|would miss me|gives a \w+) (?:if|whether) i (?:live|"
                         r"lived|die|died|am dead|was dead|were dead|was gone|disappeared|killed myself|was not here|"
                         r"was not around)\b|\b(?:do not|does not|no longer) care (?:if|whether) i (?:live or die|"
                         r"die|live or not)\b|\b(?:wish|hope|pray)\w* (?:that )?(?:a|the) (?:bus|car|lorry|train|"
                         r"truck) (?:would |will )?(?:hit|hits|run over|runs over|runs me over|run me over) me\b|"
                         r"\bwish (?:a|the) (?:bus|car|lorry|train|truck) would (?:hit|run) me\b"),
    ("want_it_over", 0.85, r"\bwant (?:it all|this all|all this|everything|this|it|the pain|my life|the hurt|the"
                           r" thoughts|the suffering) to (?:just |all |finally )?(?:end|stop|be over)\b|\bwant (?:the"
                           r" pain|it all|everything|this|it) to (?:just )?(?:go away|stop|end) (?:for good|forever|"
                           r"permanently)\b"),
    ("live_anymore", 0.9, r"\bwant to (?:live|be alive|be here|exist|carry on|go on|keep going|do (?:this )?life) "
                          + _ANYMORE + r"\b", "k"),
    ("no_point", 0.9, r"\b(?:cannot|do not) see (?:the|any|a) point (?:in |of )?(?:anything|living|life|going on|"
                      r"carrying on|being (?:here|alive)|it all|trying|me being here)? ?anymore\b|\b(?:cannot|do not|"
                      r"can not) see (?:the|any|a|much) point (?:in |of )?(?:living|life|going on|carrying on|being"
                      r" (?:here|alive)|existing|me being here|anything|it all|waking up|getting up)\b(?! (?:with|at|"
                      r"in|on|for|as)\b)|\b(?:no|what is the|is there any|there is no) point (?:in |of )?(?:me"
                      r" )?(?:living|life|going on|carrying on|being alive|being here|me being here|existing|waking"
                      r" up)\b|\bnothing (?:left )?to live for\b|\bno reason to (?:live|go on|carry on|be here|stay"
                      r" alive|keep going|keep living)\b|\b(?:life|living) (?:just |really )?(?:is not|is no longer|"
                      r"not) worth (?:living|it|the (?:bother|effort|pain|struggle|hassle))\b"),
    ("life_pointless", 0.75, r"\b(?:my )?life (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|"
                             r"meaningless|worthless|not worth (?:living|it))\b"),
    ("no_point_weak", 0.6, r"\bcannot see (?:the|any) point ?(?:[.,!?~]|$)|\bwhat is the point anymore\b|\b(?:cannot"
                           r" see|there is|i see) (?:a|no) way (?:out|forward)\b(?! (?:of|in|with|for) (?:(?:this|my|"
                           r"the|a|an) )?(?:\w+ )?(?:job|contract|course|lease|tenancy|deal|career|role|claim|"
                           r"agreement|plan|loan|arrangement)\b)|\bno future for (?:me|myself)\b|\b(?:do not|cannot)"
                           r" see (?:a|any) (?:future|way forward|way out)\b|\bno (?:hope|future) (?:for me|left|"
                           r"anymore|at all)\b|\b(?:i feel|i am|feeling|everything (?:is|feels)|life (?:is|feels))"
                           r" (?:so |completely |totally |utterly )?hopeless\b(?! (?:at|with|about))"),
    # Two weaker signs of despair in one message ("can't see a way forward, I'm done").
    ("despair_pair", 0.6, r"\b" + _HOPELESS + r".{0,100}\b" + _HOPELESS),
    ("never_wake", 0.95, r"\b(?:go to sleep|fall asleep|sleep) and (?:just )?(?:not|never) wake (?:up|again)\b|"
                         r"\b(?:hope|wish) i (?:\w+ )?(?:do not|never|will not) wake up\b|\bsleep forever\b|\bnot"
                         r" (?:want to )?wake up (?:again|anymore)\b"),
    ("not_here", 0.95, r"\bwill not be (?:here|around)(?: \w+){0,3} anyway\b|\b(?:will not|am not going to|not going"
                       r" to|would not|might not) be (?:here|around|alive) (?:for )?(?:much|very much|a lot|any|too"
                       r" much) longer\b|\bwill not be (?:a|your|anyones) (?:problem|burden) (?:for |to \w+ )?(?:much"
                       r" )?longer\b|\b(?:do not|cannot) see myself (?:making it|being here|being around|lasting|"
                       r"surviving|being alive|alive)\b|\bwill not be (?:a|your|anyones|anybodys) (?:problem|burden|"
                       r"bother|nuisance)(?: \w+){0,3} (?:much|for much|any) longer\b|\b(?:will not|am not going to|"
                       r"not going to|would not) be alive\b"),
    # "I won't be here next week" is ominous unless the person is away ("I'm in Spain, can I move it").
    ("not_here_weak", 0.5, _AWAY_REASON + r".*?\bwill not be (?:here|around) (?:next week|tomorrow|next month|by"
                           r" then|for long)\b(?!.{0,60}\b(?:holiday|abroad|away|visiting|working|busy|move my|"
                           r"rearrange|reschedule|change my|i am (?:in|on|at|going|away|visiting|working))\b)"),
    ("wont_have_to", 0.8, _AWAY_REASON + r".*?\b(?:will not|do not) (?:have to|need to) (?:deal with|worry about|put"
                          r" up with|bother with|look after|see) me (?:much longer|for much longer|for long|anymore|no"
                          r" more|ever again|after (?:this|tonight|today|tomorrow|\w+day|the weekend|next))\b"),
    # The family itself: absence next to a task or a brush-off, a vague "it won't matter after this weekend", or
    # "cancel everything, I won't need it".
    ("not_around_for", 0.8, _AWAY_REASON + r".*?(?:" + _ABSENT + r" (?:for|to) (?:\w+ ){0,3}?" + _EXPECTED + r"\b|"
                            r"\b" + _DISMISS + r"\b.{0,80}" + _ABSENT + r"|" + _ABSENT + r".{0,80}\b" + _DISMISS +
                            r"\b|\b" + _EXPECTED + r"\b.{0,60}" + _ABSENT + r"(?= ?(?:[.,!?;:~]|$| anyway| by then|"
                            r" so))|\bi will (?:be|be long) gone (?:by (?:then|next week|the weekend|\w+day)|soon|"
                            r"anyway|before (?:then|that|it))\b|\b(?:after|by|come|past) (?:this |the |next )?"
                            + _SOON + r"\b.{0,20}\b" + _NOT_MATTER + r"(?= ?(?:[.,!?;:~]|$| anyway))|(?:^|[.,!?;:~]"
                            r" |\bsoon )" + _NOT_MATTER + r" (?:anyway )?(?:after|by|come) (?:this |the |next )?"
                            + _SOON + r"\b|\bsoon (?:\w+ )?" + _NOT_MATTER + r"(?= ?(?:[.,!?;:~]|$| anyway))|\b"
                            + _DISMISS + r"\b.{0,60}\bwill not (?:need|be needing) (?:it|them|any of it|any of"
                            r" them|anything|that|this|those)\b|\bwill not (?:need|be needing) (?:\w+ ){0,2}?"
                            r"(?:claim|appointments?|interviews?|money|benefits|universal credit|uc|anything) (?:after|"
                            r"past|from) (?:tonight|today|tomorrow|this weekend|the weekend)\b)"),
    ("not_want_live", 0.95, r"\b(?:do not|does not|did not|no longer|never|not) want to (?:live(?! (?:in|with|near|at|"
                            r"there|here|on|somewhere|so|too|alone|abroad|far|close|round|around|by|off|like that|"
                            r"together|apart))|be alive|exist|be here " + _ANYMORE + r"|be around " + _ANYMORE +
                            r"|wake up(?: tomorrow| again| anymore)? ?(?:[.,!?~]|$)|(?:carry|go) on(?: ?(?:[.,!?~]|$)| "
                            + _ANYMORE + r"| like this| living))", "k"),
    ("live_without", 0.85, r"\b(?:do not|does not|no longer|cannot|can not) (?:want to )?(?:be here|live|go on|"
                           r"carry on|be alive|exist) without (?:him|her|them|my \w+)\b", "k"),
    ("not_want_here", 0.55, r"\b(?:do not|no longer) want to be here" + _EOC, "k"),
    ("end_it", 0.95, r"\bend(?:ing|ed)? (?:it all|my (?:own )?life|everything|my suffering|my existence|things for"
                     r" good|it (?:tonight|today|this weekend|for good))\b|\btak(?:e|ing) my (?:own )?life\b|"
                     r"\b(?:done|finished) with (?:life|living|this life|it all|being alive|existing|this world)\b"),
    ("end_it_weak", 0.75, r"\b(?:want|wanna|going|ready|planning|plan|thinking about|thinking of|think about|tempted|"
                          r"decided|time|need|feel like|feeling like|i will|i might|i could|i should|i finally|"
                          r"finally|just|i am|gonna|close to) (?:to |how to )?(?:just |finally )?end(?:ing)? (?:it|"
                          r"things|it all)\b(?! (?:with|off|there|here|early|now with|on (?:a|an)|by|for (?:today|"
                          r"now|the day)|nicely|properly|well|positively|politely|in)\b)"),
    ("done_with_everything", 0.7, r"\b(?:done|finished) with everything\b|\bgiv\w* up on (?:life|living|everything|"
                                  r"myself)\b|\bgave up on (?:life|living|everything|myself)\b"),
    ("means", 0.95, r"\b(?:saved|saving|stockpil\w+|collect\w*|hoard\w*|counted|counting|stash\w*|hiding|hid) (?:up"
                    r" )?(?:\w+ )?" + _PILLS + r"\b|\b(?:got|have|bought) (?:enough|all (?:my|the|of my)|a stash of|"
                    r"loads of) " + _PILLS + r"\b|\b" + _PILLS + r" (?:are |is )?(?:ready|lined up|sorted|in front of"
                    r" me|saved up)\b|\btak\w* (?:all|all of) (?:my|the|these|them|his|her|their) " + _PILLS +
                    r"\b(?! (?:as (?:prescribed|usual|normal)|this morning|for my|with (?:breakfast|food)))|"
                    r"\boverdos\w*\b"),
    ("took_pills", 0.9, r"\b(?:took|taken|swallowed|necked|downed|have taken|had) (?:a load|loads|a lot|a handful|"
                        r"handfuls|a bunch|a whole (?:box|packet|bottle|strip|pack)|a (?:box|packet|bottle|strip|pack)|"
                        r"the lot|too many|\d+|ten|twenty|thirty|forty|fifty) (?:of )?(?:my |the |his |her )?"
                        + _PILLS + r"\b"),
    ("overdose_od", 0.9, r"\b(?:took|take|taking|taken|done|did|had|going to|want to|planning to|plan to|about to|"
                         r"tried to|try to|trying to|thinking (?:of|about)|gonna) (?:an |another |a big |a massive"
                         r" )?od\b(?! (?:course|role|job|qualification|team|consultant|manager|lead|practitioner)\b)|"
                         r"\bod (?:on|tonight|again|last night)\b"),
    # Letters left for afterwards, and going somewhere with the means: plans, whatever words they use.
    # A will written with a solicitor is not a plan, nor is a note for a landlord "for when I'm gone on holiday".
    ("farewell_letters", 0.9, r"\b(?:written|wrote|writing|write|left|leaving) (?:\w+ ){0,3}(?<!will and )(?:letters?|"
                              r"notes?|goodbyes?) (?:\w+ ){0,4}(?:for )?(?:after i am gone|for when i am gone|when i am"
                              r" (?:gone|not here|dead)|for afterwards|after i die|for after)\b(?! (?:on|to|for|away|"
                              r"abroad|travelling|on holiday)\b)"),
    ("going_with_means", 0.9, r"\b(?:going|gone|heading|off|walking|driving|taking myself) (?:up |down |out )?(?:to )?"
                              r"(?:the |a )?(?:woods|forest|bridge|cliffs?|railway|tracks|quarry|reservoir|top floor|"
                              r"roof)\b(?: \w+){0,4} (?:with (?:the |a |my |some )?(?:rope|noose|pills|tablets|blades?|"
                              r"knife)|and (?:i am )?not coming back)\b"),
    ("method", 0.9, r"\b(?:jump\w*|throw\w* myself|leap\w*) (?:off|in front of|under|from) (?:a |the |that )?(?:\w+"
                    r" ){0,2}(?:bridge|train|building|roof|cliff|lorry|motorway|multi storey|multistorey|car park|"
                    r"block of flats|tower|flats)\b|\bbeachy head\b|\b(?:jump\w*|leap\w*|throw\w* myself) off"
                    r" (?:something|somewhere|the top of \w+|a (?:tall |high )?\w+ (?:bridge|building|block))\b|"
                    r"\b(?:jump\w*|step\w*|walk\w*|throw\w* myself|lie|lying) (?:out )?(?:in front of|under|into)"
                    r" (?:a |an |the )?(?:train|bus|lorry|traffic|car|river|sea|tube|truck|oncoming traffic|canal)\b|"
                    r"\b(?:standing|stood|sat|sitting|waiting|lying) (?:on|at|by) (?:the|a) (?:bridge|edge|ledge|"
                    r"roof|tracks|train tracks|railway line|cliff edge|platform edge)\b|\b(?:bought|got|there is)"
                    r" (?:a|the) rope\b|\brope (?:is )?ready\b|\bnoose\b"),
    ("blade", 0.9, r"\b(?:knife|blade|razor|glass|scissors|lighter) (?:to|against|on|across|into) my (?:wrists?|"
                   r"arms?|throat|neck|skin|legs?|thighs?)\b|\b(?:slit|slash|slashed|slashing|open|opened) (?:my"
                   r" )?wrists?\b|\b(?:fresh|new) (?:cuts|scars|burns) on my\b"),
    ("goodbye", 0.8, r"\b(?:this is|saying my|final|last|a real) goodbyes?\b|\bgoodbye (?:forever|cruel world|"
                     r"everyone|all)\b|\bgiv\w* away (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|"
                     r"possessions)\b|\bgiv\w* (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|possessions)"
                     r" away\b|\b(?:wrote|written|writing) (?:my )?(?:goodbye|last|final) (?:letters?|notes?)\b|"
                     r"\b(?:wrote|written|writing) letters? to (?:my )?(?:kids|children|family|mum|dad|everyone)\b|"
                     r"\b(?:sorted|written|wrote|writing|made|done|did) (?:out )?my will\b|\b(?:said|say|saying)"
                     r" (?:all )?my goodbyes\b(?! to (?:the |my )?(?:team|colleagues|coworkers|workmates|old job|"
                     r"boss|manager|class))|\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|"
                     r"finds) this\b|\bplan\w* my (?:own )?funeral\b"),
    ("note_left", 0.8, r"\b(?:wrote|written|writing|left|leaving) (?:a|my) (?:note|letter)s? (?:for|to) (?:my"
                       r" )?(?:family|kids|children|mum|dad|partner|wife|husband|everyone)\b|\b(?:tell|let) my"
                       r" (?:kids|children|mum|dad|family|wife|husband|partner|son|daughter|boyfriend|girlfriend)"
                       r" (?:that )?i (?:love|loved|am sorry)\b|\blove you all\b.{0,40}\b(?:goodbye|bye|i am sorry|"
                       r"sorry for everything|forgive me)\b|\b(?:sorry for everything|forgive"
                       r" me)\b.{0,40}\b(?:goodbye|love you all)\b"),
    ("finality_weak", 0.6, r"\b(?:sorted|sorting|put|got|getting|putting) (?:out )?(?:all )?my affairs(?: in"
                           r" order)?\b(?!(?: \w+){0,3} before)|\b(?:this is|this will be) my (?:very )?last"
                           r" (?:message|text|post|words)\b(?! (?:for|today|tonight|before|of the day|until|till|"
                           r"on)\b)|\b(?:when|after|once) i am (?:gone|dead|no longer here)\b(?! (?:on|to|for|abroad|"
                           r"away|out|from|at|in)\b)|\b(?:giv\w*|gave|rehom\w*|found (?:a )?(?:new )?homes? for)"
                           r" (?:away )?my (?:dog|cat|pets?|animals)(?: away)?\b"),
    ("heaven", 0.8, r"\b(?:be with|join|see) (?:him|her|them|my (?:\w+ ){0,2}\w+) (?:again )?(?:in heaven|up there|on"
                    r" the other side)\b"),
    ("tired_of_life", 0.85, r"\b(?:tired|sick|exhausted|weary) of (?:living\b" + _LIVING_SOMEWHERE +
                            r"|being alive|life|existing|being here|"
                            r"being me|waking up|breathing|this life)\b|\bhate being alive\b|\bhad enough of"
                            r" (?:everything|life|living|it all)\b"),
    ("tired_of_everything", 0.55, r"\b(?:tired|sick|exhausted|weary) of (?:everything|it all)\b(?! (?:about|to do"
                                  r" with|at|in|with|related|on)\b)|\bhate my life\b"),
    ("cannot_go_on", 0.7, r"\bcannot (?:go on|carry on|keep going|keep living|live|do (?:this|it)|take (?:it|this|much"
                          r" more)|cope|handle (?:it|this|life))(?: like this| with this| with life)? ?" + _ANYMORE +
                          r"\b|\bcannot (?:go on|carry on|keep going|keep living|live like this|keep doing this|take"
                          r" much more)(?: like this| this way)?" + _EOC + r"|\bcannot keep (?:going|living)(?: like"
                          r" this)?\b|\b(?:i am|feel\w*|i have become) (?:like )?(?:such |just |only |nothing but |a"
                          r" massive |a huge |a total )?(?:a )?(?:burden|waste of (?:space|oxygen|air|life))\b|"
                          r"\bscared of what i (?:might|will|could) do\b"),
    ("helpline_contact", 0.8, r"\b(?:called|rang|phoned|texted|messaged|calling|ringing|contacted|spoke to|speaking"
                              r" to|talking to) (?:the )?(?:samaritans|crisis (?:line|team)|suicide (?:helpline|"
                              r"hotline|line)|shout)\b"),
    # A person at risk who is not the writer.
    ("other_at_risk", 0.9, r"\b(?:kill|hurt|harm|hang|top|off|end|cut|neck) (?:himself|herself|themselves|"
                           r"themself)\b|\bdo (?:himself|herself|themselves) in\b|\b(?:ending|taking|end|take)"
                           r" (?:his|her|their) (?:own )?life\b"),
    ("talks_about_it", 0.85, r"\b(?:talking|talks|talked|keeps? (?:talking|saying)|said|says|threaten\w*) (?:about"
                             r" )?(?:killing|ending|taking|hurting) (?:himself|herself|themselves|his (?:own )?life|"
                             r"her (?:own )?life|their (?:own )?life)\b"),
    ("other_harming", 0.9, r"\b(?:cutting|burning|hurting|harming|scratching) (?:himself|herself|themselves|(?:his|"
                           r"her|their) (?:arms?|wrists?|legs?|thighs?))\b"),
    # Self-harm by any verb, with "again" for the cases that name no body part ("been cuting again").
    ("harm_self", 0.9, r"\b(?:hurt\w*|harm\w*|cut|cuts|cutting|burn\w*|scratch\w*|punch\w*|hit|hits|hitting|"
                       r"(?<!\bmy )bit|bite|biting|bruis\w*|carv\w*|slash\w*|slit|slitting|starv\w*|mutilat\w*|"
                       r"injur\w*) myself\b|"
                       r"\b(?:harm\w*|cut|cuts|cutting|burn\w*|scratch\w*|carv\w*|slash\w*|slit|slitting) (?:into |in"
                       r" |on )?my (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|body)\b|\bself harm\w*\b|"
                       r"\bdo (?:something )?(?:stupid )?to myself\b"),
    ("harm_again", 0.85, r"\b(?:i|been|started|start|keep|kept|still|back to|she|he|friend|sister|brother|son|"
                         r"daughter|mate) (?:\w+ ){0,2}(?:cutting|cut|burning|burnt|burned|self harming|self harmed)"
                         r" again\b|\b(?:urges?|tempted|the need|itching|craving) to (?:cut|burn|self harm|hurt"
                         r" myself)\b(?! (?:down|back|costs|hair|my hours|out|corners|ties)\b)"),
    ("plan_to_end", 0.9, r"\b(?:a plan|plans?|planned|decided|made up my mind) (?:how )?to end (?:it|things|it all|my"
                         r" life)\b|\bno reason for me to (?:live|stay alive|be here|go on|carry on|exist)\b"),
    ("rope_or_crash", 0.85, r"\b(?:bought|got|buying|have) (?:some )?rope\b|\b(?:driv\w*|crash\w*|steer\w*) (?:my car"
                            r" |the car )?(?:into|off) (?:a |the )?(?:wall|tree|river|lorry|bridge|cliff|oncoming"
                            r" traffic)\b"),
    ("disappear", 0.85, r"\b(?:disappear|vanish) (?:forever|for good|permanently|off the face of the earth|and never"
                        r" (?:come back|be found|return)|and not (?:come back|be found|return))\b|\bbetter (?:off"
                        r" )?without me\b"),
    ("disappear_weak", 0.65, r"\b(?:want to|wish i could|wish i would|i could just|could just|would love to|need to|"
                             r"ready to) (?:just )?(?:disappear|vanish)\b(?! (?:into|in|to|from|for|off|under|behind|"
                             r"on|at|when|during|abroad|with|somewhere|out|until|till|after|before|like|as)\b)"),
    # Plainer and non-native phrasings of the same wishes: "I not want living", "tired to live", "finish my life".
    ("not_want_living", 0.9, r"\b(?:not|no|never|do not|does not) (?:\w+ )?want (?:to )?(?:live|living|be alive|"
                             r"being alive|exist|existing|wake up|waking up|be here|being here)\b(?! (?:in|with|"
                             r"near|at|there|here|on|somewhere|abroad|alone|like that|together)\b)|\btired"
                             r" (?:of|to) (?:live|living|be alive|exist)\b" + _LIVING_SOMEWHERE +
                             r"|\b(?:finish|stop|close)\w* (?:with )?my (?:own )?life\b|"
                             r"\b(?:cannot be (?:arsed|bothered)|fed up|had it) (?:with |"
                             r"of )?(?:being alive|living|life|existing)\b", "k"),
    ("let_me_die", 0.9, r"\blet me (?:just )?(?:die|be dead|end it|go for good)\b|\bi would rather be dead\b|\bi"
                        r" (?:just )?want to waste away\b|\bwaste away\b.{0,30}\bon purpose\b|\bon"
                        r" purpose\b.{0,30}\bwaste away\b"),
    ("wake_wish", 0.85, r"\b(?:wish|hope|pray)\w* (?:that )?i (?:will |would |could |might )?(?:not|never) wake\b"),
    ("decided_not_continue", 0.8, r"\b(?:decided|made up my mind|made my mind up)\b.{0,30}\b(?:not (?:to )?(?:continue|"
                                  r"carry on|go on|live|be here)|i will not (?:continue|carry on|go on|be here|be"
                                  r" around))\b|\bi (?:will not|cannot|am not going to) (?:continue|carry on|go on)"
                                  + _EOC),
    ("my_funeral", 0.6, r"\b(?:picturing|imagining|imagine|planning|plan|thinking about|come to|attend|at) my (?:own"
                        r" )?funeral\b|\bmy (?:own )?funeral\b(?! (?:plan|insurance|cover|director))"),
    ("not_needed", 0.7, r"\b(?:world|nobody|no one|anyone|everyone) (?:does not|do not|would not|will not|does|would)"
                        r" (?:even )?(?:need|want|miss) me\b|\bno point (?:to|in|of) me\b|\b(?:my )?(?:existence|"
                        r"life) (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|meaningless|"
                        r"worthless)\b|\bend of the (?:road|line) for me\b"),
    ("fine_without_me", 0.85, r"\b(?:kids|children|family|everyone|everybody|world|they|mum|dad|wife|husband|partner|"
                              r"son|daughter) (?:will|would|are going to) (?:all )?be (?:fine|ok|okay|alright|better|"
                              r"happier|relieved|better off) without me\b(?! (?:for|while|when|at|on|until|till)\b)|"
                              r"\bthey would be relieved if i (?:was|were) gone\b"),
    ("means_ready", 0.85, r"\b" + _PILLS + r"\b.{0,40}\b(?:ready for tonight|ready to go|in my hand|on the table|lined"
                          r" up|out in front of me|counted out)\b|\b(?:pills|tablets|paracetamol|painkillers)\b and"
                          r" (?:a )?(?:bottle of )?(?:vodka|whisky|gin|wine|alcohol|drink)\b|\bswallow\w* (?:all|the"
                          r" whole|a whole|the lot|the rest|a (?:packet|box|bottle)|the (?:packet|box|bottle))\b|"
                          r"\b(?:took|taken|swallowed|necked|had) (?:many|lots|loads|all|a lot|most|half|the rest|"
                          r"plenty) (?:of )?(?:my |the |his |her |my \w+s )?(?:\w+ )?" + _PILLS + r"\b"),
    ("means_and_places", 0.85, r"\b(?:canal|river|bridge|train|rope|pills|tablets|overdose|motorway|cliff|sea)\b"
                               r" (?:\w+ ){0,2}(?:might|may|could|would|is) be (?:the|my) (?:only )?(?:answer|way"
                               r" out|only way|solution|best option|way to go)\b|\b(?:platform edge|edge of the"
                               r" platform|close to the edge)\b.{0,30}\bon purpose\b|\bhow (?:high|tall|far) (?:\w+"
                               r" ){0,3}(?:bridge|building|drop|fall|jump|floor|cliff)\b(?: \w+){0,4} (?:need to be|"
                               r"to die|to kill|is fatal|would kill)\b|\bwould it hurt to (?:jump|die|hang|drown|"
                               r"overdose|cut)\b|\bjump\w* (?:off|from|out of) (?:the|a) (?:\w+ )?(?:floor|window|"
                               r"balcony|storey|top)\b|\bdriv\w* (?:my car |the car |the van )?(?:off|into) (?:the|a)"
                               r" (?:road|edge|cliff|motorway|bridge|wall|tree)\b(?: \w+){0,2} (?:tonight|on purpose|"
                               r"and end|for good)\b|\bropes?\b(?: \w+){0,5} (?:use it|ready|tied|hung up|up in the|"
                               r"in the loft|in the garage|round my neck)\b"),
    ("goodbye_signs", 0.75, r"\bgoodbye\b.{0,40}\b(?:not answering|is not answering|will not answer|cannot reach|"
                            r"nobody can reach|phone (?:is )?off|turned (?:his|her|their) phone off)\b|"
                            r"\bsorry\b.{0,20}\bgoodbye\b.{0,30}\b(?:not answering|cannot reach)\b|\bsaid goodbye to"
                            r" (?:my (?:mum|mam|dad|kids|children|family|sister|brother|nan)|"
                            r"everyone)\b.{0,40}\b(?:does not know|do not know|did not know|no idea|for the last"
                            r" time)\b"),
    ("self_harm_signs", 0.8, r"\b(?:did it|done it|doing it|happened|relapsed|started) again\b.{0,20}\b(?:the"
                             r" )?(?:cutting|burning|self harm\w*)\b|\b(?:cuts|scars|burns|marks) (?:all )?(?:over|"
                             r"on|up|down) (?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?|stomach)\b|"
                             r"\b(?:punch\w*|hit\w*|bang\w*|cut\w*|burn\w*|scratch\w*|starv\w*|not eating|hurt\w*|"
                             r"bled|bleed)\b.{0,50}\bon purpose\b(?! (?:to (?:get|make)|so (?:i|we) could))"),
    # Doubt about surviving ("don't think I'll make it through the weekend") and not being safe.
    ("survival_doubt", 0.8, r"\b(?:do not think|not sure|~|doubt|cannot see how) (?:that )?i (?:will|am going"
                            r" to|can|could) (?:make it|get|last|survive|hold on)(?: through (?:the|this|"
                            r"tonight|today|another)| (?:till|until) (?:tomorrow|morning|monday|the weekend|next"
                            r" week)| that long| much longer| the (?:night|weekend|week))\b|\bi am not safe"
                            r" (?:tonight|right now|at the moment|from myself|on my own|with myself)\b|\bnot"
                            r" safe from myself\b|\bwill not be (?:here|around) to (?:start|see|enjoy|say|"
                            r"collect)\b", "k"),
    ("told_to_die", 0.9, r"\b(?:head|voices?|brain|mind|thoughts) (?:\w+ ){0,2}(?:telling|tells|told|tell) me to"
                         r" (?:end it|kill|die|hurt|jump|cut|do it)\b|\btalk me (?:out of it|down)\b|\b(?:bridge|"
                         r"river|sea|train|tracks|rope|pills|drop|edge) (?:\w+ ){0,4}(?:keeps? calling|calling|calls)"
                         r" (?:to )?me\b|\b(?:is it|would it be) (?:selfish|wrong|cowardly|ok|okay|bad) to (?:kill"
                         r" yourself|kill myself|end it|end your life|commit suicide|die)\b"),
    ("plan_made", 0.85, r"\b(?:i have|i have got|got|i made|made) (?:a|the) plan\b(?! (?:for|to get|to find|to apply|"
                        r"to move|to save|to start)\b).{0,30}\b(?:the means\b(?! to (?:pay|get|buy|afford|travel|"
                        r"support))|the pills|the rope|the tablets|a date|the day|pick the day|choose the day)\b|"
                        r"\b(?:plan|planned|decided|made my mind up|made up my mind)\b.{0,40}\b(?:(?:pick|choose|"
                        r"chosen|picked|set) (?:the|a) (?:day|date|time)|(?:\w+s|today is|tomorrow is|tonight is) the"
                        r" (?:day|night)|no more pain)\b|\bno more pain\b.{0,30}\bdecided\b|\b(?:other|different)"
                        r" plans\b.{0,20}\bpermanent\b"),
    ("methods", 0.85, r"\b(?:drink\w*|drank|swallow\w*) (?:some |the )?(?:bleach|antifreeze|weedkiller|poison)\b|"
                      r"\b(?:neck|necking|down|downing|swallow|take|taking) (?:a|the|all|my|her|his) (?:\w+"
                      r" )?(?:bottle|box|packet|strip|load|handful|lot) (?:of )?(?:\w+ )?" + _PILLS +
                      r"\b|\bcrash\w* (?:the|my) (?:car|van|lorry|motorbike|bike) (?:on purpose|deliberately)\b|"
                      r"\blife insurance\b.{0,60}\b(?:crash\w*|died|dead|gone|accident)\b|\b(?:crash\w*|died|dead|"
                      r"gone)\b.{0,60}\blife insurance\b|\b(?:i am|am|i am standing|i am sat|sitting|standing) (?:on|"
                      r"at) (?:the|a|top of the|the top of the|the roof of) (?:\w+ ){0,2}(?:bridge|edge|ledge|roof|"
                      r"tracks|railway|cliff|multistorey|multi storey|car park)\b(?! (?:engineer|job|project|"
                      r"maintenance|works?|club|team|of a ship))|\bon the roof of (?:my|the|a) (?:block|building|"
                      r"flats|car park|multistorey)\b|\b(?:highest|tallest) (?:bridge|building|cliff|car park|"
                      r"multistorey)\b|\b(?:how to )?do it painless(?:ly)?\b|\bcut (?:too|so|really) deep\b|"
                      r"\bpunch\w* (?:the )?walls?\b.{0,30}\b(?:till|until|cannot stop|bleed|break|on purpose)\b|"
                      r"\b(?:found|hid|hide|hiding|hidden) my (?:razor )?blades\b|\b(?:purging|starving|bingeing|"
                      r"drinking|burning) and cutting\b|\bcutting and (?:burning|purging|starving)\b|\bonly way out"
                      r" is (?:to )?(?:die|stop breathing|end it|death|suicide|kill myself)\b"),
    ("jump", 0.75, r"\b(?:going to|gonna|will|about to|wants to|threatening to|threatened to) jump\b(?= ?(?:[.,!?;~]|"
                   r"$| tonight| off| from| today))"),
    ("gone_and_slang", 0.75, r"\bif i (?:was|were|am) (?:gone|dead|not here|not around)\b(?! (?:for|on|to|abroad|"
                             r"away|out|from|at|in)\b)|\bthinking about the end\b(?! of)|\bdo something (?:stupid|"
                             r"silly|drastic)\b(?! like)|\b(?:want to|wanna|going to|gonna|might|just want to|ready"
                             r" to|thinking (?:about|of)) (?:just )?kill\b(?= ?(?:tbh|to be honest|honestly|rn|right"
                             r" now|lol|fr|so bad|tonight|today|[.,!?~]|$))|\bcannot do (?:life|living|this life|"
                             r"being alive)\b|\bwhat is (?:even )?the point (?:of |in )?(?:any of it|anything|it"
                             r" all)\b|\b(?:self harm|sh)\b.{0,10}\brelapse\w*|\brelapse\w*\b.{0,10}\b(?:self harm|"
                             r"sh)\b"),
    ("indirect_signs", 0.8, r"\b(?:happier|easier|fine|better|lighter|simpler)\b.{0,15}\bif i (?:just )?(?:was|were|"
                            r"am) (?:not |never )?(?:here|around|born|alive|gone|dead)\b(?! (?:for|on|to|at|in)\b)|"
                            r"\b(?:care|notice|miss me) if i (?:vanished|went missing|was gone|were gone|left for"
                            r" good)\b|\b(?:cannot|can not|not sure (?:i can|how (?:much )?longer i can)|do not know"
                            r" (?:if|how long) i can|struggling to|hard to|how (?:much )?longer i can) keep myself"
                            r" safe\b|\b(?:step|jump|walk|fall)\w* (?:off|in front of|onto) (?:the|a) (?:platform|"
                            r"tracks|line|edge)\b|\bwould be (?:so )?easy to (?:just )?(?:step off|jump|end it|die|"
                            r"walk into|take them all)\b|\b(?:standing|stood|sat|sitting|waiting) (?:on|at|by)"
                            r" (?:the|a) (?:\w+ )?(?:bridge|edge|ledge|roof|tracks|cliff)\b(?! (?:engineer|job|"
                            r"project|maintenance|works?)\b)|\b(?:thought about it|thinking about it|planned it|"
                            r"decided)\b.{0,40}\b(?:pills|tablets|rope|knife|blade)\b|\b(?:razor|blade)\b.{0,40}\bin"
                            r" case\b|\b(?:note|letter)s?\b.{0,40}\bfor (?:my |the )?(?:\w+ ){0,2}to find\b|"
                            r"\b(?:cannot|do not|can not) see (?:a|any) reason to (?:live|carry on|go on|keep going|"
                            r"be here|stay alive)\b|\bdone\b.{0,40}\bwith everything\b|\b(?:writ\w*|wrote|rewrit\w*)"
                            r" (?:\w+ ){0,3}(?:a |my )?(?:letter|note)s? (?:to|for) (?:my )?(?:parents|sister|"
                            r"brother|son|daughter|partner|girlfriend|boyfriend|nan|best friend|family|kids|mum|"
                            r"dad)\b.{0,20}\b(?:explaining|saying sorry|why|goodbye)\b|\bgiv\w* (?:all )?(?:my|his|"
                            r"her|their) (?:stuff|things|belongings|possessions|clothes) (?:to|"
                            r"away)\b.{0,40}\b(?:will not need|will not be needing|do not need|no use|not need)\b"),
)

_WORK_MONEY = r"(?:wages|pay|earnings|salary|bank cards?|bank accounts?|pin|passports?)"
_THREAT = (r"(?:hurt|harm|kill|deport|batter|beat|beat up|stab|shoot|burn|attack|do something to|come after|go after|"
           r"report (?:me|us|him|her|them) to (?:immigration|the police|the home office|home office|the authorities|"
           r"border force)|send (?:people|someone|men|lads|\w+) after)")
_LEAVE = r"(?:leave|quit|go|tell|report|run|escape|complain|stop|say|speak|talk|call|try)"

SAFEGUARDING: tuple[Rule, ...] = (
    # Modern slavery and labour exploitation.
    ("documents_taken", 0.95, r"(?<!\bi )(?<!\bwe )\b(?:took|taken|takes|taking|kept|keeps|keep|keeping|holding|held|"
                              r"confiscated|stole|stolen|will not give (?:me )?back|would not give (?:me )?back)"
                              r" (?:away )?(?:my|our|all our|all my) (?:passports?|id|id cards?|documents|papers|"
                              r"visas?|brp|residence permit|identity documents)\b|\b(?:he|she|they|boss|employer|"
                              r"agent|landlord|gang) (?:has|have|has got|have got|is keeping|are keeping|holds|hold)"
                              r" (?:my|our) (?:passports?|id|documents|papers|visas?)\b|\b(?:took|takes|taking|kept|"
                              r"keeps|keep|keeping|holding|holds|held|has|have|confiscated|collected) (?:all"
                              r" )?(?:our|the (?:\w+ )?(?:girls|workers|staff|lads|women|men|boys|kids)s?|their)"
                              r" (?:passports|ids|id cards|documents|papers|bank cards|phones)\b|\b(?:do not|have"
                              r" not) (?:have|got) (?:my|our) (?:documents|passports?|papers|id)\b.{0,40}\b(?:has"
                              r" them|have them|kept them|took them|keeps them|holding them|has got them)\b|\b(?:will"
                              r" not|would not|refuses? to|refused to|does not|did not|never) (?:give|hand|let (?:me|"
                              r"us) have) (?:me |us )?(?:back )?(?:my|our) (?:passports?|id|id cards?|documents|"
                              r"papers|visas?|brp|residence permit)\b"),
    ("forced_work", 0.95, r"\b(?:make|makes|made|making|force|forces|forced|forcing) (?:me|us|them|him|her|my \w+)"
                          r" (?:to )?work(?:ing)? (?:\w+ ){0,3}(?:for (?:no pay|nothing|free|no money)|without"
                          r" (?:pay|being paid|wages)|day and night|all day and (?:all )?night|every day|\d+ hours|"
                          r"\d+ days a week|seven days|with no (?:pay|break|breaks|day off|days off))\b|"
                          r"\bwork(?:ing)? (?:for )?(?:no pay|no wages|nothing|free|without (?:pay|being paid|"
                          r"wages))(?: and| but)? (?:cannot|not allowed to) (?:leave|quit|go)\b|\bwork (?:until|till)"
                          r" (?:it is|the debt is|i have|we have|its) paid\b"),
    ("work_and_confined", 0.9, r"\b(?:make|makes|made|force\w*) (?:me|us) (?:to )?work\b.{0,60}\b(?:cannot|can not|"
                               r"not allowed to|will not let (?:me|us)|do not let (?:me|us)|never let (?:me|us))"
                               r" (?:leave|go out|go outside|go home|quit|stop|rest)\b|\b(?:promised|offered|told)"
                               r" (?:me |us )?(?:a )?(?:job|work|good money|good wages|a better"
                               r" life)\b.{0,80}\b(?:make|makes|made|force\w*|will not let) (?:me|us) (?:to"
                               r" )?(?:work|do|have sex|sleep|sell|clean|stay|leave|go)\b"),
    ("brought_over", 0.7, r"\b(?:people|person|man|woman|gang|agent|agency|someone|guy|they) (?:who )?brought (?:me|"
                          r"us) (?:to|into|over to|over) (?:the uk|this country|england|britain|here)\b"),
    ("exploited_workplace", 0.85, r"\b(?:sleep|sleeps|sleeping|live|lives|living|make us sleep|make me sleep) (?:at|in)"
                                  r" the (?:factory|farm|car wash|site|warehouse|shop|restaurant|workplace|nail bar|"
                                  r"shed|container|garage|back room)\b|\b(?:live|living|sleep|sleeping) \d+ (?:to|in) a"
                                  r" (?:house|room|flat)\b|\b(?:agency|boss|gangmaster|employer|they|gang|man|woman|"
                                  r"manager|agent|owner|people) (?:\w+ ){0,6}(?:takes?|took|taking|keeps?|kept|keeping|"
                                  r"controls?) (?:all |most of |half of |half |some of |part of )?(?:our|my) "
                                  + _WORK_MONEY + r"\b(?! (?:until|till|for (?:a|the|\d+)|as a deposit)\b)|"
                                  r"\b(?:agency|boss|gangmaster|employer|they|gang|man|woman|manager|agent|owner|"
                                  r"people) (?:\w+ ){0,6}(?:holds?|held|holding|withhold\w*) (?:all )?(?:our|my)"
                                  r" (?:bank cards?|passports?|pin|bank accounts?)\b|\b(?:agency|boss|gangmaster|"
                                  r"employer|gang|agent) (?:\w+ ){0,3}(?:takes?|took|keeps?|kept|holds?|held) (?:all"
                                  r" |most of |half of )?(?:our|my) (?:money|cards?)\b"),
    ("unpaid_work", 0.55, r"\b(?:not|never) (?:been |being |getting |get )?paid (?:for|by) (?:my |the )?(?:work|boss|"
                          r"employer|them|weeks|months)\b|\bwork(?:ing)? for (?:no pay|no wages)\b|\bnever pays?"
                          r" (?:him|her|them|us)\b|\bwe (?:do not|never|did not|are not|have not|have never) (?:\w+"
                          r" )?(?:get |got |been |being |getting )?paid\b(?! (?:for (?:training|holiday|overtime|"
                          r"breaks|the (?:trial|induction|first))|until|till|yet|on time|enough|properly|the"
                          r" (?:right|correct|full)|holiday|sick|extra|weekly|monthly|fortnightly|by the hour|much|"
                          r"well|minimum)\b)|\b(?:not|never) (?:been |being |getting |get |got )?paid (?:at all|a"
                          r" penny|anything|for (?:months|weeks|\d+ (?:weeks|months))|in (?:months|weeks|ages|\d+"
                          r" (?:weeks|months)))\b"),
    ("confined", 0.9, r"\b(?:not allowed to|will not let (?:me|us)|do not let (?:me|us)|never let (?:me|us))"
                      r" (?:leave|go out of|go outside|go out)\b(?! (?:early|work early|before|until|till|at|for"
                      r" (?:my|an|the|lunch))\b)|\b(?:lock|locks|locked|locking) (?:me|us) (?:in|up)\b|\b(?:gets?|"
                      r"being) locked in (?:her|his|their|a|the) (?:room|house|flat|shed)\b|\b(?:lock|locks|locked|"
                      r"locking) (?:her|him|them) (?:in|up)\b|\b(?:will not|do not|never) let (?:us|me) off\b(?:"
                      r" (?:the )?(?:boat|ship|farm|site|premises))?|\b(?:cannot|can not|not allowed to|are not"
                      r" allowed to|am not allowed to) (?:leave|go out|go outside|go out of|go anywhere)(?: (?:of"
                      r" )?(?:the|our|my|this) (?:house|flat|room|site|farm|factory|building|premises|workplace|shop|"
                      r"restaurant|car wash|warehouse))?(?: on (?:my|our) own)? without (?:the |our |my )?(?:boss|"
                      r"him|her|them|permission|gangmaster|manager|owner|supervisor|someone)\b"),
    ("debt_bondage", 0.85, r"\b(?:owe|pay off|paying off|work off|working off) (?:a |the |my )?(?:debt|money) (?:to"
                           r" )?(?:them|him|the (?:gang|boss|agent|man)|my (?:boss|employer))\b|\b(?:say|says|said|"
                           r"told (?:me|us)|tell (?:me|us)|claim|claims|reckon|reckons) (?:that )?(?:i|we) (?:still |"
                           r"now )?owe (?:them|him|her|the \w+)\b|\bowe (?:them|him|the \w+) (?:\w+"
                           r" )?money\b.{0,30}\bwork(?:ing)? for (?:them|him)\b|\bowe (?:them|him|her|the (?:boss|"
                           r"agent|gang|man|woman|agency)) (?:\w+ ){0,3}for (?:my|our|the) (?:flights?|travel|visa|"
                           r"tickets?|transport|housing|accommodation|room|bed|journey|papers|documents)\b"),
    ("threat_if_leave", 0.95, r"\b(?:hurt|harm|kill|deport|report) (?:me|us|(?:my|our) (?:family|families|kids|"
                              r"children|mum|dad|son|daughter|baby|wife|husband|brother|sister))(?: \w+){0,2} if"
                              r" (?:i|we) (?:leave(?! him| her)|tell|quit|go to|speak to|talk to|call|report|"
                              r"complain)\b|\bif (?:i|we) (?:leave|tell|quit|go to|speak to|talk to|call|report|"
                              r"complain)(?: \w+){0,5} (?:he|she|they|\w+master|boss|gang) (?:will|would|is going to|"
                              r"are going to) (?:hurt|harm|kill|deport|report)\b"),
    ("threat_if_leave_wide", 0.9, r"\b(?:will|would|going to|gonna|threaten\w* to|said (?:he|she|they) would|says"
                                  r" (?:he|she|they) will) (?:\w+ )?" + _THREAT + r"\b.{0,40}\bif (?:i|we) (?:ever )?"
                                  + _LEAVE + r"\b|\bif (?:i|we) (?:ever )?" + _LEAVE + r"\b.{0,50}\b(?:he|she|they|"
                                  r"boss|gang|\w+master|man|woman|agent|people) (?:will|would|is going to|are going to|"
                                  r"said (?:he|she|they) would|says (?:he|she|they) will) (?:\w+ )?" + _THREAT),
    ("threat_to_family", 0.95, r"\b(?:hurt|harm|kill) (?:my|our) (?:kids|children|family|families|son|daughter|"
                               r"baby)\b"),
    ("threatened_harm", 0.85, r"\bthreaten\w* (?:to )?(?:kill|hurt|harm|stab|shoot|batter|beat up|burn|attack|deport)"
                              r" (?:me|us|him|her|them|my \w+|our \w+|the \w+)\b|\bsend\w* (?:people|someone|men|"
                              r"lads|his (?:boys|men|mates|lads)|the gang) after (?:me|us|my \w+|our \w+|him|her|"
                              r"them)\b"),
    # Threats to hurt someone, at the jobcentre or anywhere else.
    ("threat_to_harm", 0.85, r"\b" + INTENT + r"(?: \w+){0,5} (?:" + HARM_WORDS + r"|beat|sort out) (?:" + VICTIM + r"|"
                             + STAFF + r")\b|\b" + INTENT + r"(?: \w+){0,5} (?:smash (?:his|her|their|your|\w+s)"
                             r" (?:face|head) in|knock (?:him|her|them|you|\w+) (?:out|spark out)|put (?:him|her|"
                             r"them|you|\w+) in (?:hospital|the ground|a wheelchair)|do (?:him|her|them) in|glass"
                             r" (?:him|her|them)|cut (?:him|her|them) up)\b"),
    ("scared_to_harm", 0.85, r"\b(?:scared|afraid|worried|frightened|terrified|feel like|think|worry) (?:that )?i"
                             r" (?:will|might|could|am going to|would|may) (?:\w+ )?(?:hurt|harm|shake|hit|smother|"
                             r"kill|slap|strangle|lash out at|lose it with|batter) (?:my (?:baby|kids?|children|"
                             r"child|son|daughter|toddler|partner|mum|dad|\d+ year old)|the (?:baby|kids|children)|"
                             r"them|him|her|someone|somebody|people)\b"),
    ("weapon", 0.8, r"\b(?:get|got|bring|carry|carrying) (?:a|my) (?:knife|gun|blade|machete|weapon|acid)\b|"
                    r"\b(?:knife|gun|blade|machete|weapon|acid|hammer|crowbar)\b.{0,60}\b(?:use it on|going to use"
                    r" it|on (?:him|her|them)|stab|shoot|get (?:him|her|them))\b"),
    ("threat_place", 0.9, r"\b(?:bomb|blow up|burn down|burn|set fire to|torch|shoot up|smash up|smash) (?:the |your"
                          r" |this |that )?(?:jobcentre|office|building|place|dwp)\b"),
    ("trafficking", 0.9, r"\btraffick\w*\b|\bmodern slavery\b|\bslave labou?r\b|\b(?:treated|kept) like a slave\b"),
    # Children drawn into crime (county lines) and grooming.
    ("criminal_exploitation", 0.95, r"\b(?:made|making|make|makes|forced|forcing|force|groomed|grooming|pressured|"
                                    r"pressuring|told|threatened|being made|being forced) (?:to |into )?(?:sell\w*|"
                                    r"carry\w*|deal\w*|run\w*|move|moving|hold\w*|hide|hiding|stash\w*|deliver\w*)"
                                    r" (?:drugs|weed|coke|crack|gear|packages|parcels|stuff for them)\b|\bcounty"
                                    r" lines\b|\bcuckoo\w*\b|\b(?:quick|easy) money (?:\w+ ){0,3}(?:holding|carrying|"
                                    r"delivering|moving|dropping)\b|\bholding (?:stuff|things|packages|bags) for"
                                    r" (?:them|him|some)\b"),
    ("made_to_carry", 0.9, r"\b(?:made|making|make|makes|forced|forcing|force|pressur\w+|told|telling|using|used|get|"
                           r"gets|got|getting|groom\w*|recruit\w*|talk\w* into|paying|pays|paid) (?:him|her|them|me|"
                           r"us|kids|children|(?:my|our|his|her|their|a|the|some) (?:\w+ ){0,2}\w+) (?:to |into"
                           r" )?(?:sell|carry|deal|run|move|hold|hide|stash|deliver|drop)\w* (?:drugs|weed|coke|"
                           r"crack|gear|cannabis|heroin)\b|\b(?:made|making|make|makes|forced|forcing|force|"
                           r"pressur\w+|told|telling|using|used|paying|pays|paid) (?:him|her|them|me|us|my \w+|kids|"
                           r"children) (?:to |into )?(?:sell|carry|deal|run|move|hold|hide|stash|deliver)\w*"
                           r" (?:drugs|weed|packages|parcels|bags|stuff|things|something|a bag|a package) (?:for|"
                           r"round|around)\b"),
    ("child_drugs", 0.9, r"\b" + KID + r"s? (?:\w+ ){0,4}(?:running|selling|dealing|carrying|moving|holding|delivering|"
                         r"dropping|stashing|hiding) (?:\w+ ){0,2}(?:drugs|weed|coke|crack|gear|county lines)\b|\b"
                         + KID + r"s? (?:\w+ ){0,4}(?:running|carrying|moving|holding|delivering|dropping|stashing|"
                         r"hiding|doing) (?:\w+ ){0,2}(?:packages|parcels|bags|stuff|runs|jobs|errands|favours|drops)"
                         r" for (?:some |these |those |the |a |an )?(?:older|gang|dealers?|men|lads|boys|guys)\b|"
                         r"\bowe[sd]? (?:\w+ ){0,3}(?:to )?(?:a |the |some |his |her |their )?(?:drug )?(?:dealers?|"
                         r"gang|older (?:lads|boys|men))\b|\b(?:in debt|debt) to (?:a |the |some )?(?:dealers?|"
                         r"gang)\b"),
    ("child_harm", 0.95, r"\b" + KID + r" (?:(?:is|are|has been|have been|was|were|keeps|gets) )?being (?:hurt|abused|"
                         r"beaten|hit|neglected|groomed|exploited|touched|threatened|starved|locked)\b|\b" + KID +
                         r" (?:\w+ ){0,3}left (?:on (?:their|his|her) own|alone|home alone)\b|\b" + KID +
                         r"s? (?:has|have) not eaten\b"),
    # "He hits me and now he's started on the kids": the violence has turned to the children.
    ("started_on_kids", 0.85, r"\b(?:he|she|they|husband|partner|boyfriend|dad|stepdad|mum|fella) (?:is |has |have )?"
                              r"(?:now )?(?:started|starting|turned|turning) on (?:the|my|our|his|her) " + _CHILD
                              + r"\b"),
    ("child_hurt", 0.85, r"\b(?:hitting|hits|hit|beating|beats|beat|punch\w*|slap\w*|smack\w*|kick\w*|hurting|hurts|"
                         r"abusing|abuses|abused|starving|starves|neglect\w*|shaking|shakes|shook|burn\w*|strangl\w*|"
                         r"chok\w*|throttl\w*) (?:his|her|their|the|my|our|them|those|these) (?:\w+ )?" + _CHILD +
                         r"\b(?! (?:at|in|to)\b)|\b" + _CHILD + r" (?:\w+ ){0,4}(?:has|have|had|with|covered in|"
                         r"always has|keeps getting|got|gets|turned up with|comes to school with|came to school with)"
                         r" (?:\w+ ){0,2}(?:bruises|bruising|marks|burns|injuries|black eyes?|a black eye)\b|"
                         r"\b(?:kept|keeping|keeps|keep|taken|pulled|stopped|stops) (?:\w+ ){0,2}(?:off|out of|from)"
                         r" school\b.{0,30}\b(?:to )?(?:work|working|clean|cleaning|mind|help (?:in|at|with) the)\b"),
    ("neglect", 0.8, r"(?<!\bi )(?<!\bwe )\b(?:does not|do not|will not|never|refuses to|forgets to|forgot to)"
                     r" (?:feed|wash|change|bath|bathe|clothe|clean) (?:him|her|them|the (?:kids|children|baby|"
                     r"child)|my \w+|his \w+|her \w+)\b(?! (?:enough|properly)? ?(?:junk|sweets|takeaway|fast food))|"
                     r"\bcarers? (?:\w+ ){0,6}(?:shouts at|shouted at|screams at|hits|hit|slaps|slapped|pushes|"
                     r"pushed|hurts|hurt|is rough with|neglects|neglected|ignores|leaves (?:him|her|them) (?:alone|"
                     r"in)|locks|locked|steals from|stole from) (?:him|her|them|my \w+|his \w+|her \w+|their \w+)\b"),
    ("child_risk", 0.85, r"\b(?:he|she|they|(?:" + KID[3:- 1] + r")s?) (?:\w+ ){0,3}(?:going|goes|gone|went)"
                         r" missing\b|\b(?:hanging|hangs|hung|staying|stays|stayed|going|goes|went|been|spending"
                         r" time|sleeping|getting in cars?|in cars?|meeting|meets|partying|parties|~) (?:\w+"
                         r" ){0,3}with (?:much |a lot |way )?older (?:men|man|boys|lads|guys|blokes)\b|\b(?:seeing|"
                         r"dating|going out with) (?:an )?older (?:man|men|guy|boy)\b|\b(?:man|someone|guy|bloke|"
                         r"person|people) i met online\b|\basked (?:me |her |him )?for (?:pics|photos|pictures|"
                         r"nudes)\b|\bsend (?:him|her|them) (?:pics|photos|pictures|nudes)\b|\byoung (?:girls|boys|"
                         r"lads|kids|people) (?:\w+ ){0,5}(?:parties|for money|for cash)\b|\bi am (?:1[0-7]|thirteen|"
                         r"fourteen|fifteen|sixteen|seventeen)\b.{0,60}\b(?:makes me|man|men|older|for money|cash|"
                         r"holding|drugs|pics|photos|his flat|met online|kicked me out|in trouble|touch\w*|boyfriend|"
                         r"stepdad|hits me|hurts me|abus\w*|scared|nowhere|pays? me|paying me|sex|nudes|meet (?:up|"
                         r"him)|gives me|buys me|do not come back|thrown me out|chucked me out|working|hours|boss|"
                         r"hits us)\b|\b(?:older|grown) (?:men|man|guys|lads|blokes) (?:\w+ ){0,4}(?:picking up|pick"
                         r" up|picks up|picked up|collecting|giving lifts to|driving|hanging around|waiting outside|"
                         r"taking) (?:\w+ ){0,3}(?:girls|boys|kids|children|teenagers|teens|young people|pupils)\b"),
    ("age_gap", 0.85, r"\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) year old\b.{0,50}\b(?:boyfriend|"
                      r"girlfriend|man|bloke|guy|fella|lad|woman) (?:who is|aged|of|is) (?:1[89]|[2-9]\d|twenty\w*|"
                      r"thirty\w*|forty\w*)\b|\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) year"
                      r" old\b.{0,50}\b(?:seeing|dating|going out with|sleeping with|staying with|messaging|talking"
                      r" to) (?:a |an )?(?:1[89]|[2-9]\d) year old\b"),
    ("out_all_night", 0.6, r"\b" + _CHILD + r" (?:\w+ ){0,4}(?:staying|stays|stayed|been|going|goes|went) (?:out|"
                           r"missing|off) (?:all night|for days|overnight|for (?:\w+ )?nights)\b"),
    ("online_grooming", 0.8, r"\b(?:man|men|guy|bloke|stranger|adult|person|someone|somebody) (?:\w+ ){0,2}(?:online|on"
                             r" (?:snapchat|snap|instagram|insta|tiktok|facebook|discord|fortnite|roblox|xbox|"
                             r"playstation|the internet|whatsapp|a game|games|an app|social media)) (?:\w+"
                             r" ){0,3}(?:messag\w*|texting|texts|talking to|talks to|chatting (?:to|with)|contacting|"
                             r"dming|dms|snapchatting|adding|grooming|meeting) (?:my|our|his|her|their|a) (?:\w+ ){0,2}"
                             + _CHILD + r"\b|\b(?:older|grown|adult|strange|random) (?:man|men|guy|bloke|stranger)"
                             r" (?:\w+ ){0,3}(?:messag\w*|texting|texts|talking to|chatting (?:to|with)|contacting|"
                             r"dming|snapchatting|adding|meeting) (?:my|our|his|her|their|a) (?:\w+ ){0,2}" + _CHILD +
                             r"\b|\bsend\w* (?:\w+ ){0,2}(?:nudes|naked (?:pics|photos|pictures|selfies)|sexy"
                             r" (?:pics|photos|pictures))\b|\b(?:asking|asked|ask|asks|wants|wanted|pressur\w+|"
                             r"begging) (?:\w+ ){0,6}for (?:nudes|naked (?:pics|photos|pictures))\b|\bsend\w*"
                             r" (?:pics|photos|pictures|selfies|videos|images) (?:of (?:herself|himself|themselves)"
                             r" )?to (?:a|an|some|this|that|the) (?:\w+ )?(?:guy|man|men|boy|lad|bloke|stranger|"
                             r"person|someone)\b|\b(?:guy|man|men|bloke|stranger) (?:\w+ ){0,2}(?:she|he|they)"
                             r" (?:met|meets|found|knows|talks to) (?:online|on (?:snapchat|snap|instagram|insta|"
                             r"tiktok|facebook|discord|fortnite|roblox|xbox|the internet|whatsapp|an app|a game|"
                             r"social media))\b"),
    ("grooming_signs", 0.85, r"\b(?:giving|gives|gave|buying|buys|bought) (?:my |our |her |his )?(?:\d+ year old|son|"
                             r"daughter|kids?|child|children|grandson|granddaughter|niece|nephew|sister|brother) (?:\w+"
                             r" )?(?:money|presents|gifts|phones?|cash|alcohol|drugs|vapes)\b|\b(?:" + _CHILD[3:- 1] +
                             r"|he|she) (?:\w+ ){0,4}(?:com\w*|came|turn\w* up|arriv\w*|walks in|walked in) (?:home |"
                             r"back |in )?with (?:\w+ ){0,3}(?:phones?|cash|money|gifts|presents|designer|trainers|"
                             r"clothes|jewellery|sim cards?|sims|drugs|weed)\b|\b(?:will not|would not|does not|"
                             r"refuses to|refused to|cannot|never) (?:say|tell (?:me|us)|explain) where (?:\w+"
                             r" ){0,3}(?:from|came from|comes from)\b|\bkeep (?:\w+ )?secrets?\b.{0,40}\b(?:from"
                             r" (?:me|us|his|her|their) (?:mum|dad|parents)|gifts|presents)\b|\b(?:gifts|"
                             r"presents)\b.{0,40}\bkeep (?:\w+ )?secrets?\b"),
    ("financial_abuse", 0.85, r"\b(?:carers?|friends|neighbours?|someone|somebody|people|girlfriend|boyfriend|lodger|"
                              r"son|daughter|nephew|niece|grandson|granddaughter|relative|cousin|partner|husband|"
                              r"wife) (?:\w+ ){0,4}(?:taking|takes|took|take|cleared out|clearing out|stealing|"
                              r"steals|stole|emptied|emptying|draining|drained|withdraw\w*|using|uses|used|controls|"
                              r"has control of|keeps|kept) (?:\w+ ){0,3}(?:her|his|their|my) (?:\w+ )?(?:money|"
                              r"savings|pension|benefits|bank card|bank cards|card|cards|account|accounts|bank|pip|"
                              r"esa|dla|attendance allowance|pin|wages|purse|wallet|cash)\b|\b(?:cleared|emptied|"
                              r"emptying|draining|drained|clearing) out (?:his|her|their) (?:savings|account|bank)\b|"
                              r"\b(?:emptying|emptied|draining|drained|clearing out) (?:his|her|their|my \w+s)"
                              r" (?:bank )?(?:account|savings)\b|\b(?:making|make|makes|made|forcing|forces|forced|"
                              r"pressur\w+|got|gets|tricked|conned|persuaded|talked) (?:him|her|them|my \w+) (?:to |"
                              r"into )?(?:take out|taking out|sign\w* over|sign\w* away|hand\w* over|transfer\w*|give"
                              r" them|giving them|sign\w* (?:cheques?|(?:a |the )?(?:loan|papers|house|cheques?)))\b|"
                              r"\b(?:carers?|friends|neighbours?|lodger|son|daughter|grandson|relative|girlfriend|"
                              r"boyfriend)\b(?: \w+){0,3} (?:has got|has|have got|holds|keeps|kept|took) (?:his|her|"
                              r"their) (?:bank cards?|cards?|pin|pension book|pension card)\b"),
    ("vulnerable_adult", 0.8, r"\b(?:being|been|getting|got|was|is) (?:\w+ )?(?:conned|scammed|swindled|ripped off|"
                              r"taken advantage of|fleeced|financially abused) by (?:a |an |her |his |their |the |my"
                              r" )?(?:\w+ )?(?:lodger|carer|neighbour|friend|son|daughter|nephew|niece|grandson|"
                              r"boyfriend|girlfriend|man|woman|someone|somebody|family|relative|brother|sister|"
                              r"cousin|people)\b|\b(?:dementia|alzheimers|learning (?:difficult|disabilit)\w*|mental"
                              r" age|vulnerable|elderly|frail)\b.{0,80}\b(?:taking advantage|conned|scammed|using"
                              r" (?:him|her|them)|taking (?:his|her|their) (?:money|pension|benefits|pip|card)|moved"
                              r" in|dealing|exploit\w*|manipulat\w*)\b"),
    ("groomed", 0.9, r"\b(?:being|been|was|is|getting|got) groomed\b|\bgrooming (?:my|her|him|them|children|kids|a"
                     r" (?:child|kid|girl|boy)|young|teenagers?|minors?)\b"),
    ("night_visits", 0.9, r"\b(?:stepdad|step dad|stepfather|step father|dad|father|uncle|brother|cousin|grandad|"
                          r"lodger|(?:mum|mam|mom)s (?:boyfriend|fella|partner|husband)) (?:\w+ ){0,2}(?:comes|come|"
                          r"came|keeps coming|sneaks|creeps|gets) (?:in|into) (?:to )?my (?:bed ?)?room at night\b"),
    ("sexual_abuse", 0.95, r"\b(?:sexually (?:abused|assaulted|exploited)|raped|rape|molested|molesting|sexual"
                           r" (?:assault|abuse)|indecent(?:ly)? (?:touched|assault\w*))\b|\b(?:boyfriend|stepdad|dad|"
                           r"uncle|man|he|she|teacher|coach|carer|brother|cousin|grandad|neighbour|someone|somebody|"
                           r"they) (?:\w+ ){0,2}(?:touches|touched|touching|groped|gropes|groping|fondl\w*|feels"
                           r" (?:me|her|him) up|felt (?:me|her|him) up) (?:me|her|him|them|my \w+|kids|children)\b(?!"
                           r" (?:on the (?:arm|shoulder|back|hand)|base)\b)"),
    ("sexual_exploitation", 0.95, r"\b(?:make|makes|made|making|forc\w+|pressur\w+|push\w*|sell\w*|pimp\w*) (?:me|us|"
                                  r"her|him|them|girls|women|my \w+) (?:to |into )?(?:have sex|sleep with|sex work|"
                                  r"sell sex|sell (?:myself|herself|themselves)|do (?:sexual|sex)|work as (?:a |an"
                                  r" )?(?:prostitute|escort|sex worker)|prostitut\w*)\b|\bsex with (?:customers|"
                                  r"clients|men|punters|strangers)\b"),
    ("being_abused", 0.9, r"\bbeing (?:abused|exploited|trafficked|neglected|held against|blackmailed|forced)\b"),
    ("concern", 0.85, r"\bsafeguarding (?:concern|issue|worry|referral|problem|risk)\b"),
    ("unsafe", 0.85, r"\b(?:not|never|do not feel|unsafe) (?:feel )?(?:safe )?(?:at home|where i (?:am|live)|with"
                     r" (?:him|her|them|my \w+))\b|\bi am in danger\b"),
    ("gang", 0.8, r"\b(?:for|with|by|from) (?:a|the) gang\b|\bgang (?:are|is|members? (?:are|is)) (?:making|using|"
                  r"forcing|threatening)\b"),
    ("cuckooing", 0.85, r"\bmoved into (?:my|her|his|their|my \w+s?) (?:flat|house|home|place) and (?:will not|would"
                        r" not|refuse to) leave\b|\btaken over (?:my|her|his|their|my \w+s?) (?:flat|house|home)\b|"
                        r"\b(?:dealing|selling (?:drugs|weed|gear)|stashing|storing (?:drugs|weed|gear)) (?:drugs |"
                        r"weed |gear )?(?:from|out of) (?:there|it|(?:his|her|their|my|the|our) (?:\w+s )?(?:flat|"
                        r"house|home|place|room))\b|\busing (?:my|his|her|their|the|our|my \w+s) (?:flat|house|home|"
                        r"place|room|address) (?:to|for) (?:deal|sell drugs|stash|store drugs|hide drugs|cook|drugs|"
                        r"dealing)\b"),
    # Forced into something, in the passive: "she is made to sleep with men", "made to work for nothing".
    ("made_to", 0.95, r"\b(?:is|was|are|were|being|been|gets|got|get) (?:\w+ )?(?:made|forced|pressured|told|groomed)"
                      r" (?:to|into) (?:have sex|sleep with|sell sex|do sex work|work as (?:a )?(?:prostitute|"
                      r"escort)|sell (?:drugs|weed|gear)|carry drugs|move drugs|deal|work for (?:nothing|free|no pay|"
                      r"no money))\b"),
    ("debt_work", 0.85, r"\b(?:have to|must|made to|forced to|got to) work (?:\w+ ){0,3}(?:until|till) (?:i|we)"
                        r" (?:pay|have paid|paid|pay back|pay off|work off)\b|\b(?:say|says|said|told (?:me|us)|tell"
                        r" (?:me|us)) (?:that )?(?:i|we) (?:have|owe|got|has) (?:a )?debt\b|\b(?:must|have to|has to|"
                        r"got to|made to) (?:keep )?work\w* (?:\w+ )?(?:to pay|until|till|for) (?:off )?(?:the|my|"
                        r"our|a|this) debt\b|\bdebt\b.{0,40}\b(?:must|have to) work\b|\bdebt (?:gets|keeps getting|is"
                        r" getting) bigger\b|\bwork off a debt\b"),
    ("work_conditions", 0.7, r"\b(?:live|living|lives|sleep|sleeping|sleeps|stay|staying) (?:on site|at work|above"
                             r" the (?:shop|restaurant|salon|takeaway)|in the back of the (?:shop|restaurant|salon|"
                             r"car wash))\b|\b(?:they|lads|workers|girls|men|women|people|kids|we) (?:\w+ )?(?:never|"
                             r"do not|did not) (?:get|got|gets) paid\b(?! (?:on time|enough|for (?:overtime|breaks|"
                             r"holiday)))|\b(?:[6-9]|1\d|2\d|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:\w+"
                             r" )?(?:men|women|people|of us|workers|guys|girls) (?:\w+ ){0,2}in (?:a|one|the|each|"
                             r"same) (?:house|room|flat|caravan|bedroom)\b|\b(?:house|room|flat|caravan) with"
                             r" (?:[6-9]|1\d|2\d|six|seven|eight|nine|ten|twelve|twenty) (?:\w+ )?(?:men|women|"
                             r"people|workers|others)\b|\b(?:we|i) (?:cannot|can not|are not allowed to|am not"
                             r" allowed to) (?:say no|refuse)\b|\b(?:boss|gangmaster|agent|gang|they) (?:\w+"
                             r" ){0,2}(?:take|takes|took|deduct\w*) (?!tax|national insurance|ni |pension)(?:\w+"
                             r" ){0,2}(?:from|out of|off) (?:our|my) (?:wages|pay)\b"),
    ("who_brought_me", 0.7, r"\b(?:man|woman|people|person|gang|agent|someone|guy|lady) who brought (?:me|us)\b"),
    ("threat_if_tell", 0.9, r"\bif (?:i|we) (?:go to|tell|call|ring|speak to|talk to|report (?:it |this |them |him |"
                            r"her )?to|contact) (?:the )?(?:police|anyone|anybody|someone|authorities|immigration|"
                            r"social services)\b.{0,60}\b(?:will|would|going to|gonna) (?:\w+ ){0,4}(?:hurt|harm|"
                            r"kill|problems?|suffer|pay|regret|deport|come after|get hurt|be hurt)\b|\b(?:my|our)"
                            r" (?:family|families|kids|children|mum|dad|parents|wife|husband)\b(?: \w+){0,3} (?:will|"
                            r"would) (?:have (?:a )?problems?|suffer|pay|be hurt|get hurt|be harmed|be in"
                            r" danger)\b.{0,40}\bif (?:i|we) (?:go to|tell|call|speak to|talk to|leave|quit|report)\b"),
    ("told_to_self_harm", 0.9, r"\b(?:telling|told|tells|tell) (?:him|her|them|my \w+) to (?:kill|hurt|harm|cut)"
                               r" (?:himself|herself|themselves)\b"),
    ("child_disclosure", 0.9, r"\b(?:pupil|child|kid|student|girl|boy|\d+ year old|young person|son|daughter|niece|"
                              r"nephew) (?:\w+ ){0,3}(?:told me|said|says|disclosed|tells me|told (?:a|the) \w+)"
                              r" (?:that )?(?:her|his|their|a|the) (?:\w+ ){0,2}(?:hurts|hits|beats|touches|abuses|"
                              r"hurt|hit|beat|touched|abused|locks)\b(?! (?:her|his|their) feelings)|\b(?:stepdad|"
                              r"stepmum|mums boyfriend|mums partner|dads girlfriend|uncle|babysitter|childminder|mums"
                              r" new (?:partner|boyfriend))s? (?:\w+ ){0,3}(?:hurts|hits|beats|touches|abuses|comes"
                              r" into|gets into|climbs into) (?:her|him|them|me|my (?:room|bed))\b(?! feelings)|"
                              r"\bcom\w* into my (?:room|bed) at night\b"),
    ("care_abuse", 0.85, r"\b(?:staff|carers?|nurses?|care workers?|workers|they) (?:\w+ ){0,3}(?:slap\w*|hit|hits|"
                         r"hitting|push\w*|shout\w* at|scream\w* at|hurt\w*|rough with|neglect\w*|leave|leaves|left)"
                         r" (?:her|him|them|residents|patients|my (?:mum|dad|nan|grandad|gran))\b(?: \w+){0,2}(?:(?:"
                         r" in (?:wet|dirty|soiled))|(?: alone)|(?: all day)|\b)|\bseen (?:\w+ ){0,2}(?:slap|hit|"
                         r"push|shove|kick|hurt)\w* (?:her|him|them|my (?:mum|dad|nan|grandad|gran))\b|\bin (?:wet|"
                         r"dirty|soiled) (?:sheets|clothes|pads|nappies) all day\b"),
    ("money_from_vulnerable", 0.8, r"\b(?:carers?|friends|neighbours?|lodger|son|daughter|nephew|niece|grandson|"
                                   r"granddaughter|girlfriend|boyfriend|relative|cousin|so called friends)\b(?:"
                                   r" \w+){0,4} (?:borrow\w*|taking|takes|took|steal\w*|stole|spending|spends|spent|"
                                   r"withdraw\w*) (?:\w+ ){0,2}(?:money|cash|pension|savings|benefits) (?:off|from|"
                                   r"out of) (?:her|him|them|my \w+)\b|\b(?:get|gets|got|getting|make|makes|made)"
                                   r" (?:him|her|them|my \w+) (?:to )?(?:withdraw|take out|draw out|hand over) (?:\w+"
                                   r" )?(?:cash|money|his pension|her pension|savings)\b|\b(?:got|get|gets|made|make|"
                                   r"makes|pressur\w+|persuad\w+|talked|forced|tricked) (?:him|her|them|my \w+) (?:to"
                                   r" |into )?chang\w* (?:his|her|their) will\b|\b(?:girlfriend|boyfriend|carer|"
                                   r"lodger|friend|neighbour) (?:\w+ ){0,8}(?:is |has been )?spending (?:all"
                                   r" )?(?:his|her|their) (?:savings|pension|money|benefits)\b"),
    ("child_exploitation_signs", 0.85, r"\b(?:com\w*|came|got) (?:home|back) (?:\w+ ){0,4}with (?:£ ?\d+|\d+ (?:quid|"
                                       r"pounds)|wads of cash|loads of cash|new phones?|(?:a )?(?:second|burner|new)"
                                       r" (?:phone|sim))\b|\b(?:being |been |getting |gets |keeps getting )?(?:picked"
                                       r" up|collected|driven around|given lifts) by (?:some |these |those |a group of"
                                       r" )?(?:much )?older (?:men|man|boys|lads|guys|blokes)\b|\bget\w* into (?:a |"
                                       r"their |his )?cars? with (?:\w+ )?(?:men|man|older|strangers|lads|guys)\b|"
                                       r"\b(?:giving|gives|gave|buying|buys|bought|offered) (?:my |our |her |his |a |"
                                       r"the )?(?:\w+ )?" + _CHILD + r" (?:\w+ ){0,2}(?:a vape|vapes?|his number|her"
                                       r" number|a phone|a sim|weed|cigarettes|fags|alcohol|lifts|cash)\b|\b(?:man|men|"
                                       r"guy|bloke|stranger|adult|someone|somebody|person|older \w+) (?:\w+"
                                       r" ){0,2}(?:online|on (?:snapchat|snap|instagram|insta|tiktok|facebook|discord|"
                                       r"fortnite|roblox|xbox|playstation|the internet|whatsapp|a game|games|an app|"
                                       r"social media)) (?:\w+ ){0,3}(?:wants to meet|wants to see|asked to meet|asking"
                                       r" to meet|meet up with|sent|sending|gave|buying|bought)\b|\b" + _CHILD +
                                       r"s? (?:\w+ ){0,3}(?:has been|was|got|been|is) (?:stabbed|shot|slashed|beaten"
                                       r" up|jumped|attacked)\b"),
    ("age_gap_any", 0.85, r"\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)\b.{0,30}\b(?:seeing|dating|going"
                          r" out with|sleeping with) (?:a |an )?(?:1[89]|[2-9]\d) year old\b|\b(?:1[0-7]|thirteen|"
                          r"fourteen|fifteen|sixteen|seventeen)\b.{0,50}\b(?:1[89]|[2-9]\d) year old (?:boyfriend|"
                          r"girlfriend|man|bloke|guy|fella|lover|partner)\b|\b(?:1[89]|[2-9]\d) year old"
                          r" (?:boyfriend|man|bloke|guy|fella)\b.{0,40}\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|"
                          r"seventeen)\b"),
    ("neglect_signs", 0.7, r"\b(?:neighbours?|next door|upstairs|downstairs)(?: \w+){0,2} (?:baby|kids?|children|child|"
                           r"toddler|teenager|lad|girl) (?:\w+ ){0,2}(?:cries|crying|screams|screaming|left|alone|"
                           r"hungry|starving|outside|always)\b|\b(?:parents|mum|dad) (?:are|is) (?:never|hardly ever)"
                           r" (?:there|home|around|in)\b|\b" + _CHILD + r" (?:\w+ ){0,4}(?:always|constantly)"
                           r" hungry\b|\b(?:knocking|begging|asking) (?:\w+ ){0,3}for food\b|\bin the same (?:dirty"
                           r" )?clothes\b"),
    ("weapon_threats", 0.9, r"\b(?:coming|come|going|go|turn up|turning up|bring\w*) (?:back |in |down |round )?(?:\w+"
                            r" )?with (?:a|my) (?:knife|gun|blade|machete|weapon|bat|hammer|acid)\b|\b" + INTENT +
                            r"(?: \w+){0,5} put (?:him|her|them|you|(?:my|the|that|your) \w+(?: \w+)?) in"
                            r" (?:hospital|the ground|a wheelchair)\b|\b(?:shoot|blow|burn) up (?:his|her|their|my|"
                            r"the|that|your) (?:old )?(?:workplace|work|school|college|office|jobcentre|building|"
                            r"shop|factory|site)\b|\b(?:got|have|keep|keeping) a (?:knife|machete|gun|blade|bat)"
                            r" (?:\w+ ){0,4}for when (?:he|she|they) (?:comes?|turns? up)\b"),
    ("cuckooing_vulnerable", 0.85, r"\b(?:dementia|alzheimers|learning (?:difficult|disabilit)\w*|mental age|"
                                   r"vulnerable|elderly|frail|downs syndrome)\b.{0,80}\b(?:moved in\w*|dealing|"
                                   r"sell\w* drugs|taking advantage|using (?:it|the flat|his flat|her flat))\b|"
                                   r"\b(?:moved in\w*|dealing|sell\w* drugs|taking advantage)\b.{0,80}\b(?:dementia|"
                                   r"alzheimers|learning (?:difficult|disabilit)\w*|mental age|downs syndrome|not all"
                                   r" there)\b|\busing (?:it|there|the (?:flat|house|place)) (?:to|for) (?:deal|sell"
                                   r" drugs|stash|store drugs|hide drugs|cook|dealing)\b"),
    # More exploitation, neglect and threat families.
    ("forced_labour", 0.85, r"\b(?:cannot|can not|not allowed to|will not let (?:me|us)) (?:leave|go|quit|"
                            r"stop)\b.{0,20}\b(?:until|till|before) (?:i|we) (?:pay|have paid|paid|pay back|pay off|"
                            r"work off)\b|\bbrought (?:me |us )?(?:here|over|to the uk|into the country|to england)"
                            r" to work\b|\b(?:man|woman|people|person|gang|agent|someone|guy|lady) who (?:found|got|"
                            r"gave) (?:me|us) (?:this|the|a) job\b|\bhave to do (?:whatever|everything|anything)"
                            r" (?:he|she|they) (?:says|say|wants|want|tells me|tell me|tell us)\b|\b(?:make|makes|"
                            r"made|making|forc\w+|pressur\w+) (?:her|him|them|me|us|my \w+(?: \w+ \w+)?) (?:to )?work"
                            r" (?:in|at) (?:a |the )?(?:massage parlour|brothel|sauna|strip club|party house)\b|\bor"
                            r" (?:else )?(?:my|our|your) (?:family|families|kids|children|mum|dad|parents|wife|"
                            r"husband|sister|brother) (?:\w+ )?(?:pays|pay|gets hurt|get hurt|will pay|will suffer|"
                            r"suffers|will get it|gets it)\b|\b(?:takes?|took|deducts?|stops?) (?:\w+ ){0,4}(?:out|"
                            r"off) (?:so|and) (?:we|i) (?:get|got|have|are left with) nothing\b|\b(?:boss|gangmaster|"
                            r"supervisor|manager|owner|agent) (?:\w+ ){0,3}(?:hits|hit|beats|slaps|kicks|punches)"
                            r" (?:us|me|them|the workers)\b|\b(?:he|she|they) (?:never|does not|do not) (?:get|gets)"
                            r" paid\b.{0,30}\b(?:cannot|can not|not allowed to) (?:quit|leave)\b|\b(?:came|brought|"
                            r"smuggled|dropped (?:us|me) off) (?:\w+ ){0,2}(?:in|from|by|out of) (?:the back of )?a"
                            r" lorry\b"),
    ("child_exploitation", 0.85, r"\b(?:being|been|is|was|gets|getting) used to (?:sell|carry|deal|run|move|hold|hide|"
                                 r"stash|deliver|drop)\w*\b|\b(?:lad|boy|girl|kid|\d+ year old|teenager|son|daughter|"
                                 r"kids|children)\b.{0,60}\b(?:wads of (?:cash|money|notes)|two phones|burner phones?|a"
                                 r" burner)\b|\b(?:asking|asks|asked|getting|gets|paying|pays) (?:\w+ ){0,3}(?:young|"
                                 r"teenage|little|school) (?:girls|boys|lads|kids) (?:to|for)\b|\btold me (?:that"
                                 r" )?(?:her|his|their) (?:dad|mum|stepdad|stepmum|uncle|brother|grandad|mums"
                                 r" boyfriend|teacher|coach) (?:hurts|hits|beats|touches|abuses|hurt|hit|beat|touched|"
                                 r"abused) (?:her|him|them)\b|\b(?:she|he|they) (?:says|said|told me) (?:she|he|they)"
                                 r" (?:cannot|can not|is scared to|is afraid to|will not) go (?:back )?(?:home|to"
                                 r" (?:the|that) house)\b|\b(?:man|men|guy|bloke|older \w+) (?:who )?(?:pays|paying|"
                                 r"paid|gives|giving|gave) (?:her|him|them|my \w+) (?:in )?(?:cash|money|gifts)\b|"
                                 r"\b(?:not allowed to|cannot|can not|am scared to|too scared to|must not) tell"
                                 r" (?:anyone|anybody|my (?:mum|dad|teacher|parents)) (?:what|about what)\b|\bwhat"
                                 r" (?:my )?(?:uncle|dad|stepdad|brother|mum|cousin|grandad|teacher|coach) (?:does|did|"
                                 r"has done|keeps doing) to me\b|\b" + _CHILD + r"\b.{0,60}\b(?:made|makes|told|"
                                 r"tells|asks|asked) (?:him|her|them|me) (?:to )?keep (?:a |it a |it )?secret\b|"
                                 r"\bbeing sent (?:messages|pictures|pics|photos|gifts) by (?:a|an|some) (?:\w+"
                                 r" )?(?:man|men|guy|adult|stranger)\b|\bsell\w* for (?:him|them|her|a gang|the gang|"
                                 r"some lads|older lads)\b(?! (?:on|at|in|as)\b)|\b(?:paying|pays|paid|giving|gives)"
                                 r" (?:him|her|them|my \w+) (?:money |cash )?to (?:hold|keep|stash|hide|carry|"
                                 r"deliver|drop|move|sell|run)\b|\b(?:older|some) (?:boys|lads|men|guys) (?:\w+"
                                 r" ){0,2}(?:want|wants|asked|asking|got|get|getting|pay|paying|told|tell|make|"
                                 r"making) (?:him|her|them|(?:my|our|his|her|their|a|the) (?:\w+ ){0,2}\w+) to"
                                 r" (?:take|carry|deliver|drop|hold|move|sell|run|keep|stash) (?:\w+"
                                 r" ){0,2}(?:packages|parcels|bags|stuff|drugs|things|phones|money)\b|\b(?:doing|"
                                 r"does|did) (?:their|his|the) (?:shoplifting|dealing|stealing|dirty work|running)\b|"
                                 r"\bbefriended by (?:some|older|a group of)\b|\b(?:handing out|giving out|giving|"
                                 r"gives) (?:\w+ )?(?:phones|cash|money|vapes|drugs|weed|sims) to (?:\w+ )?(?:school"
                                 r" kids|kids|children|girls|boys|teenagers|young people)\b|\bstab wounds?\b|"
                                 r"\b(?:kids|children|\d+ year olds?|teenagers|young (?:lads|girls|boys)) (?:\w+"
                                 r" ){0,2}working (?:\w+ ){0,8}(?:on school days|during school|instead of (?:going to"
                                 r" )?school|at night|at \d+ ?am|all night)\b|\b(?:cannot|can not) be (?:more than|"
                                 r"older than|over) (?:1[0-7]|\w+teen)\b.{0,40}\bwork\w*|\b(?:hear|heard|hearing)"
                                 r" (?:\w+ )?(?:smacking|hitting|her hitting|him hitting)\b"),
    ("left_alone", 0.85, r"\b(?:leave|leaving|left|had to leave) (?:my |the |our |his |her )?" + _CHILD +
                         r"s? (?:\w+ ){0,2}(?:home alone|on (?:their|his|her) own|alone|by themselves|"
                         r"unsupervised)\b|\b(?:mum|dad|parents|mother|father)s? (?:\w+ ){0,2}(?:been )?(?:gone|"
                         r"away|missing|not been home|not come home) (?:for )?(?:a week|days|\d+ days|weeks|a"
                         r" few days|the weekend|two days|all week)\b", "h"),
    ("child_self_harm", 0.7, r"\b" + _CHILD + r"s? (?:\w+ ){0,4}(?:is|has been|keeps|been) (?:\w+ )?(?:self harming|"
                             r"cutting (?:herself|himself|themselves)|talking about (?:dying|suicide|killing))\b|\b"
                             + _CHILD + r"s? (?:\w+ ){0,2}searched (?:for )?how to (?:hang|kill|die)\b"),
    ("carer_money", 0.8, r"\b(?:carers?|friends|neighbours?|lodger|son|daughter|nephew|niece|grandson|granddaughter|"
                         r"girlfriend|boyfriend|relative|cousin|husband|wife|partner)\b(?: \w+){0,6} (?:borrow\w*|"
                         r"taking|takes|took|steal\w*|spending|spends|spent|uses|using) (?:all )?(?:of )?(?:her|his|"
                         r"their) (?:pension|benefits|savings|money|bank card|card|pip|esa|wages)\b|\b(?:carers?|"
                         r"friends|neighbours?|lodger|son|daughter|nephew|niece|grandson|granddaughter)\b(?:"
                         r" \w+){0,6} (?:borrow\w*|taking|takes|took|steal\w*) (?:\w+ ){0,2}(?:money|cash|pension|"
                         r"savings|benefits) (?:off|from|out of) (?:her|him|them|my \w+)\b|\b(?:too )?(?:scared|"
                         r"afraid|frightened) to say no\b|\b(?:carer|lodger|son|daughter|grandson|friend|neighbour)s?"
                         r" (?:\w+ ){0,3}(?:will not|would not|refuses to|refused to) give (?:me|her|him|them) (?:my|"
                         r"her|his|their) (?:money|card|bank card|pension|savings|benefits)(?: \w+)? back\b|"
                         r"\b(?:dementia|alzheimers)\b.{0,80}\b(?:empty|emptied|cleared out|drained)\b"),
    ("threat_slang", 0.85, r"\b" + INTENT + r"(?: \w+){0,5} (?:lamp|end|shank|merk|torch|belt|chin|knife|stab up|"
                           r"bottle) (?:him|her|them|you|" + VICTIM[3:- 1] + r")\b|\btorch (?:his|her|their|my \w+s|"
                           r"the|that) (?:car|house|van|flat|place|shop)\b|\bbrick through (?:the|his|her|their|my"
                           r" \w+s|that) (?:\w+ )?(?:window|windscreen)\b|\b(?:got|have|with) (?:a|my) (?:bat|knife|"
                           r"blade|machete|hammer|crowbar|gun) ready\b|\b(?:bring\w*|carry\w*|take|taking) (?:a|my)"
                           r" (?:knife|gun|blade|machete|weapon|bat|hammer) (?:to|into|in to) (?:my|the|that|your|"
                           r"this)\b|\b(?:wants|needs|deserves|is asking for|is getting) a (?:slap|smack|kicking|"
                           r"beating|hiding|punch)\b|\bmake (?:his|her|their|your) life hell\b|\bget what is"
                           r" coming(?: to (?:him|her|them))?\b|\b(?:find out|know|found out) where (?:that|the|my|"
                           r"your) (?:\w+ )?(?:work coach|coach|decision maker|adviser|advisor|manager|receptionist|"
                           r"security guard|woman|man|lady|bloke) (?:lives|parks|drinks)\b|\b(?:waiting|wait|be"
                           r" waiting) (?:outside|in the car park|at the door|by the (?:door|exit)|after (?:work|your"
                           r" shift)) (?:for )?(?:\w+ ){0,2}(?:you|coach|staff|her|him|security|guard|receptionist|"
                           r"manager)\b|\bi (?:\w+ ){0,5}(?:hit|hits|hitting|punch\w*|slap\w*|hurt|beat|push\w*|"
                           r"strangl\w*|chok\w*) my (?:girlfriend|boyfriend|wife|husband|partner|kids|children|son|"
                           r"daughter|baby)\b"),
    ("care_and_promises", 0.85, r"\b(?:carer|carers|staff|nurse|care worker)s? (?:\w+ ){0,5}(?:slap|hit|push|shove|"
                                r"kick|hurt|punch|pinch|drag|shout at|scream at|swear at|neglect)\w* (?:the"
                                r" )?(?:residents|patients|her|him|them|my \w+|old \w+|people)\b|\b(?:promised|"
                                r"offered) (?:\w+ ){0,2}(?:a )?(?:\w+ )?(?:job|work)\b.{0,60}\b(?:locked|cannot"
                                r" leave|not allowed|took (?:her|his|their|my) passport|owes?|made to|forced)\b|"
                                r"\b(?:living|sleeping|lives|sleeps) in (?:a|the|his|her|their|my \w+s) shed\b|"
                                r"\bcannot look after (?:them|my kids|the kids|my children|the children) properly\b"),
    ("exploitation_signs", 0.85, r"\bpay (?:\w+ ){0,2}(?:in other ways|another way|in kind|with (?:sex|favours|my"
                                 r" body))\b|\b" + INTENT + r"(?: \w+){0,5} knock (?:\w+ ){1,3}out\b|\b(?:knife|gun|"
                                 r"blade|machete|weapon|acid|hammer)\b.{0,60}\b(?:i will|i am going to|gonna|going to)"
                                 r" use it\b|\b(?:man|men|guy|bloke|stranger|adult|someone) (?:\w+ ){0,2}(?:sending|"
                                 r"sends|sent|giving|gives|gave) (?:my|our|a|his|her) (?:\w+ ){0,3}" + _CHILD +
                                 r" (?:\w+ )?(?:money|gifts|presents|cash|pictures|pics|photos)\b|\bif (?:i|we)"
                                 r" (?:quit|leave|tell|report|go)\b.{0,60}\b(?:(?:my|our) (?:family|kids|children|"
                                 r"mum|dad|parents) (?:will|would) (?:pay|suffer|be hurt|get hurt|have problems?)|"
                                 r"(?:tell|call|ring|report (?:me|us) to) (?:immigration|the home office|home"
                                 r" office))\b|\b(?:being |been |is |was )?(?:made|forced|pressured) to work (?:in|"
                                 r"at) (?:a |the )?(?:brothel|massage parlour|sauna|strip club|party house)\b|"
                                 r"\b(?:dementia|alzheimers)\b.{0,80}\b(?:cashpoint|cash machine|bank)\b|\btaking"
                                 r" (?:him|her|them) to the (?:cashpoint|cash machine)\b|\b(?:\d+ year old|kids?|"
                                 r"child|children|boy|girl|toddler) (?:\w+ ){0,4}(?:out|outside|on the streets?|"
                                 r"wandering) (?:\w+ )?(?:at|till|until|after) (?:midnight|\d+ ?(?:am|pm)|night)\b|"
                                 r"\b(?:dad|mum|stepdad|father|mother|uncle|parents)s? (?:\w+ )?(?:beats|hits|hurts|"
                                 r"abuses|batters|beat|hit) (?:her|him|them)\b(?! (?:feelings|at|in)\b)|"
                                 r"\b(?:teenager|kid|lad|boy|girl|\d+ year old)s? (?:\w+ ){0,5}(?:selling|delivering|"
                                 r"carrying|dropping) (?:\w+ ){0,2}for (?:a|an|some|the) (?:man|men|older|gang|guy|"
                                 r"bloke|dealer)\b|\b(?:we|i) (?:are|am|get|were|was|are being) locked (?:in|inside|"
                                 r"up)\b"),
)

DOMESTIC_ABUSE: tuple[Rule, ...] = (
    # Economic abuse: money, wages, benefits and debts under someone else's control.
    ("money_control", 0.95, r"\b" + ABUSER + r" (?:\w+ ){0,8}?(?:takes|took|taking|keeps|kept|controls|controlling|"
                            r"has|holds|spends|spent|will not (?:give|let me have)) (?:all |all of |most of |half of"
                            r" |half )?(?:my|our) (?:money|moneys|wages|pay|benefits|uc|universal credit|bank card|"
                            r"cards?|bank account|pin|salary|payments?|pension|child benefit|pip|savings|student"
                            r" loan)\b|\bgoes into (?:his|her) account\b|\bgives? me nothing\b|\bnot allowed (?:any"
                            r" )?(?:money|my own money)\b"),
    ("money_allowance", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,3}(?:controls|takes|keeps|has) (?:all |all of )?the"
                              r" money\b|\b" + ABUSER + r" (?:\w+ ){0,5}gives? me (?:£ ?\d+|\d+ (?:quid|pounds?)|an"
                              r" allowance|pocket money)\b"),
    ("hand_over_money", 0.9, r"\b(?:makes|made|forces|forced|making|forcing|pressur\w+) me (?:to )?(?:hand over|give"
                             r" (?:him|her|them)|hand (?:him|her|them)|transfer|sign over|pay (?:him|her)|put) (?:\w+"
                             r" ){0,3}(?:my )?(?:money|wages|uc|universal credit|benefits|pay|salary|cards?|bank"
                             r" cards?|pin|savings|payments?|child benefit|pip)\b|\b(?:have to|got to|must|need to|"
                             r"forced to) (?:ask|beg) (?:him|her|my " + _PARTNER_NOUN + r") (?:for|before) (?:\w+"
                             r" ){0,2}(?:money|cash|a penny|anything|basics|food money|every penny)\b|\b(?:have to|got"
                             r" to|must|need to) (?:ask|beg) my " + _PARTNER_NOUN + r" (?:for )?permission\b"),
    ("debts_in_my_name", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,5}(?:put|puts|putting|took out|takes out|taking out|"
                               r"got|gets|run up|ran up|running up|signed|took|opened) (?:\w+ ){0,3}(?:loans?|credit"
                               r" cards?|cards?|debts?|catalogues?|contracts?|finance|phones?|bills|overdraft|"
                               r"accounts?) (?:\w+ ){0,2}in my name\b|\bmade me take out (?:a |loans?|credit)\b|"
                               r"\b(?:loans?|credit cards?|debts?|catalogues?) in my name (?:that|which) i (?:did"
                               r" not|never|do not) (?:take out|know|agree)\b"),
    ("withholds_money", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,3}(?:will not|does not|refuses to|never) give me (?:any"
                              r" )?(?:money|cash|food money|housekeeping)\b"),
    # Coercive control: work, friends, movements, clothes, phone.
    ("stops_work", 0.95, r"\b" + PARTNER + r" (?:\w+ ){0,6}?(?:will not|would not|does not|do not|never|refuses to)"
                         r" (?:let|allow) me (?:to )?(?:work|get a job|have a job|go|go to work|go out|leave|see"
                         r" (?:my )?(?:friends|family|mum|mates|anyone)|have (?:my own )?(?:money|phone|bank"
                         r" account)|apply|take the kids|go to (?:the )?(?:jobcentre|interviews?|appointments?|"
                         r"college))\b"),
    ("family_control", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,6}?(?:will not|would not|does not|do not|never|refuses"
                             r" to) (?:let|allow) me (?:to )?(?:work|get a job|have a job|go to work|leave the house|"
                             r"see (?:my )?(?:friends|anyone)|have (?:my own )?money|apply for)\b"),
    ("stopped_me", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,4}(?:stops?|stopped|stopping|prevents?|prevented|preventing)"
                         r" me (?:from )?(?:seeing|going|working|getting|having|talking|speaking|leaving|applying|"
                         r"studying|attending|finishing|starting|taking|calling|contacting|using)\b"),
    ("put_downs", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,5}(?:says|tells me|calls me|keeps telling me|keeps saying|told"
                        r" me|said) (?:that )?(?:i am )?(?:worthless|useless|stupid|nothing|ugly|fat|pathetic|a waste|a"
                        r" failure|disgusting|a joke)\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:calls|called|keeps calling)"
                        r" me (?:names|(?:a |an )?(?:\w+ )?(?:bitch|slag|whore|cow|slut|idiot|useless|fat|ugly|stupid|"
                        r"worthless|retard|thick|loser))\b|\b" + ABUSER + r" (?:screams|shouts|yells|swears) at me\b"),
    ("controls_life", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:controls|controlled|controlling|decides|decided|"
                            r"chooses|picks|tells me|says) (?:everything|every (?:thing|aspect|part of my life)|what"
                            r" i (?:can )?(?:wear|eat|do|spend|buy|say)|who i (?:can )?(?:see|talk to|speak to|text|"
                            r"am friends with)|where i (?:can )?go|when i (?:can )?(?:go out|leave|eat|sleep))\b"),
    ("coercion", 0.9, r"\bdecides? (?:what i wear|who i (?:see|talk to|speak to)|where i go)\b|\b" + ABUSER +
                      r" (?:\w+ ){0,4}(?:took|taken|take|takes|made me take) out (?:a |loans?|credit|debts?)(?:\w+"
                      r" ){0,3}in my name\b|\b(?:tracks|tracked|tracking) (?:everywhere|where) i go\b|\bwalking on"
                      r" eggshells\b|\bkeeps? telling me i am (?:worthless|useless|stupid|nothing|ugly|fat|"
                      r"pathetic)\b|\b(?:hide|hidden|keep (?:\w+ ){1,3}(?:hidden|secret|private)) from (?:my )?(?:ex|"
                      r"partner|husband|wife|boyfriend|girlfriend|him|her)\b|\bif i leave (?:him|her)\b|\b(?:says|"
                      r"said|threatens|threatened) (?:\w+ ){0,4}if i (?:get a job|leave|go)\b|\b(?:take|taking) the"
                      r" kids (?:away|off me|from me)\b|\b(?:leave|leaves) and take the kids\b"),
    ("whereabouts", 0.8, r"\b(?:have to|got to|must|need to|made to|expected to|forced to) (?:tell|text|ring|call|"
                         r"phone|message|report to|check in with|send) (?:him|her|my " + _PARTNER_NOUN +
                         r") (?:a (?:photo|picture|pic|location) )?(?:where i am|where i go|where i have been|who i"
                         r" (?:am with|see|talk to|speak to)|every (?:minute|hour|time)|what i am doing|when i"
                         r" (?:leave|get)|exactly)\b"),
    ("secret_contact", 0.7, r"\b(?:have to|had to|got to|need to) (?:sneak|creep) (?:out|off|away|around|here|in)\b|"
                            r"\b(?:he|she|my " + _PARTNER_NOUN + r") (?:must not|cannot|can not|does not|will not|"
                            r"must never|can never) (?:know|find out|see) (?:that )?(?:i am talking|i talk|i"
                            r" contacted|i am here|i came here|i told|i am telling|about this)\b"),
    ("monitoring", 0.85, r"\b" + ABUSER + r" (?:checks|check|reads|read|goes through|went through|monitors|tracks|"
                         r"tracked|controls) (?:all )?(?:of )?my (?:phone|messages?|texts?|emails?|bank|spending|"
                         r"location|every move|laptop|computer|calls|search history|whereabouts|bank account)\b(?!"
                         r" (?:for (?:spelling|typos|mistakes|me)|before i send))|\b(?:he|she) (?:\w+ ){0,2}(?:watches|"
                         r"checks|monitors|reads|goes through) everything i (?:do|type|search|look at) on (?:the|my|"
                         r"his|her) (?:laptop|phone|computer|tablet)\b|\b(?:" + _PARTNER_NOUN + r"|dad|stepdad|mum|"
                         r"family|\w+ inlaws?|inlaws) (?:\w+ ){0,2}(?:checks|reads|goes through|monitors|tracks|"
                         r"controls|watches|watching|listens to|listening to|records|recording|checks up on|spies on|"
                         r"spying on|follows) (?:all )?(?:of )?(?:my (?:phone|messages?|texts?|emails?|bank|spending|"
                         r"location|every move|laptop|computer|calls|search history|whereabouts|car|bank account)|"
                         r"everything i (?:do|say|spend|buy|type|search|look at)|every (?:penny|move|message|call)|me"
                         r" (?:constantly|all the time|everywhere))\b(?! (?:for (?:spelling|typos|mistakes|me)|before i"
                         r" send))|\b" + ABUSER + r" (?:\w+ ){0,4}(?:stalking|following|harassing) me\b(?! on)"),
    ("threatens_to_tell", 0.75, r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:threaten\w*|says (?:he|she) will|said (?:he|she)"
                                r" would) (?:to )?(?:tell|report|call|ring|phone|contact|grass to) (?:\w+"
                                r" ){0,2}(?:social services|the police|immigration|the home office|home office|my"
                                r" (?:boss|employer|work|family|parents)|the jobcentre|dwp|the dwp|everyone)\b"),
    ("threat_messages", 0.8, r"\b" + ABUSER + r" (?:\w+ ){0,4}(?:sending|sends|sent|send|leaving|left|keeps sending)"
                             r" me (?:\w+ )?(?:threatening|abusive|nasty|horrible|scary|threats|death threats)(?:"
                             r" messages| texts| voicemails| emails| letters)?\b|\b(?:threatening|abusive)"
                             r" (?:messages|texts|calls|voicemails|emails) from (?:my )?(?:ex|partner|husband|wife|"
                             r"boyfriend|girlfriend|him|her)\b"),
    ("forced_marriage", 0.9, r"\bforced (?:to )?marr\w*\b|\b(?:forc\w*|mak\w*|made|pressur\w*|push\w*) (?:me|her|him|"
                             r"my \w+) (?:to |into )?(?:marry|marrying|get married|getting married|a marriage|an"
                             r" arranged marriage)\b|\b(?:taking|sending|take|send|took|sent) me (?:abroad|back home|"
                             r"back|to \w+) (?:\w+ )?to (?:get married|be married|marry)\b|\bmarr\w* (?:me )?off\b|"
                             r"\bmarr\w* (?:\w+ ){0,3}against my will\b"),
    # Fear, violence and threats at home.
    ("fear_home", 0.95, r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be|of being) (?:back"
                        r" )?(?:home|at home|in the house)\b|\b(?:scared|afraid|frightened|terrified|dread\w*) (?:of"
                        r" )?(?:going|to go|to get|getting|coming|to come) (?:back )?home\b|\b(?:scared|afraid|"
                        r"frightened|terrified|dread\w*) (?:of )?(?:for )?when (?:he|she|my \w+) (?:gets|comes)"
                        r" (?:home|back|in)\b"),
    ("fear_partner", 0.85, r"\b(?:scared|afraid|frightened|terrified) of (?:my )?(?:partner|husband|wife|boyfriend|"
                           r"girlfriend|ex|fiance|fiancee|other half|him|her|stepson|son|dad|stepdad|brother)\b|"
                           r"\b(?:scared|afraid|frightened|terrified|petrified) (?:of )?(?:what|how) (?:he|she|they|"
                           r"my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|son)) (?:will|would|"
                           r"might|is going to|could|may) (?:do|react)\b|\b(?:scared|afraid|frightened|terrified|"
                           r"petrified) (?:to be|of being|being|to stay|of staying) (?:\w+ ){0,2}(?:with|near|around|"
                           r"alone with|in the same (?:house|room|flat|bed) as|at home with) (?:him|her|my"
                           r" (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|son|brother))\b"),
    ("unsafe_home", 0.85, r"\b(?:do not|never|cannot|can not|no longer) feel safe (?:at home|in (?:my|our)"
                          r" (?:own )?(?:home|house|flat|bed)|with (?:him|her|my (?:partner|husband|wife|"
                          r"boyfriend|girlfriend|ex|dad|stepdad|son|brother)))\b", "k"),
    ("violence", 0.95, r"\b" + ABUSER + r" (?:\w+ ){0,6}?(?:(?:is|was|keeps|has been|kept) )?(?:hits|hit|hitting|beats|"
                       r"beat|beating|punched|punches|punching|slapped|slaps|kicked|kicks|kicking|strangled|strangles|"
                       r"choked|chokes|pushed|shoves|shoved|hurt|hurts|hurting|threatens|threatened|threatening|"
                       r"attacked|battered|spat at|locked|locks|grabbed|grabs|grabbing|dragged|drags|pinned|shook|"
                       r"headbutted|bit|bites|smacked|smacks|whacked|tripped|kneed|elbowed|stamped on|(?:said|says|"
                       r"threatened|is going|will) (?:to |he will |she will )?(?:kill|hurt|batter|beat|hit)) (?:me|my"
                       r" (?:mum|mam|mom|dad|sister|brother|kids|children|son|daughter|baby))\b(?! up| out| off| with"
                       r" (?:questions|news)| hard| to\b| into (?:applying|doing|taking))|\b" + ABUSER +
                       r" (?:\w+ ){0,3}(?:gets|got|is|can be|becomes) (?:violent|aggressive)\b|\b" + ABUSER +
                       r" (?:\w+ ){0,3}(?:threw|throws|thrown|chucked|chucks|lobbed) (?!the book)(?:\w+ ){0,3}at me\b|"
                       r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:pulls|pulled|grabs|grabbed) my (?:hair|throat|neck|arm)\b"),
    ("stalking", 0.85, r"\b" + PARTNER + r" (?:keeps|kept|is|has been|will not stop|would not stop|does not stop)"
                       r" (?:turning up|showing up|waiting outside|ringing|calling|messaging|texting) (?:at |outside"
                       r" |near |round )?(?:my|me|the)\b"),
    ("injuries", 0.7, r"\bbruises\b|\bblack eye\b"),
    ("sexual_coercion", 0.95, r"\b(?:forces|forced|makes|made|pressures|pressured) me (?:to )?(?:have sex|sleep"
                              r" with)\b|\b" + PARTNER + r" (?:\w+ ){0,3}(?:raped|rapes|raping|sexually assaulted|"
                              r"forces (?:himself|herself) on|forced (?:himself|herself) on) me\b"),
    ("property", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,4}(?:smashed|smashes|broke|destroyed|sold|hid|hides|took|takes|"
                       r"smashed up) (?:the|our|my) (?:telly|tv|door|doors|windows?|furniture|things|stuff)\b|\b"
                       + ABUSER + r" (?:\w+ ){0,2}(?:smashed|broke|destroyed|sold|hid|hides|hiding|took|takes|burned|"
                       r"ripped up|cut up|binned) my (?:\w+ )?(?:phone|work tools|tools|laptop|documents|passport|keys|"
                       r"bank card|id|letters?|clothes|sim)\b|\b" + ABUSER + r" (?:opens|reads|hides) my (?:post|"
                       r"letters)\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:hides|hid|hiding|took|takes|broke|breaks|"
                       r"smashed|cut up|cuts up|locked|locks|keeps|kept|stole|steals|unplugged|disconnected|sold|"
                       r"destroyed|ripped up|burnt|burned|binned) (?:\w+ ){0,4}so (?:that )?i (?:cannot|can not|could"
                       r" not|would not be able to|will not be able to|could never) (?:get to|go|make|attend|work|"
                       r"call|phone|ring|apply|leave|see|contact|get out|escape)\b"),
    ("angry_reaction", 0.6, r"\b" + ABUSER + r" (?:\w+ ){0,2}(?:went|goes|will go|would go|gets|got|flipped|kicked"
                            r" off|kicks off|lost it|loses it) (?:mad|mental|crazy|nuts|ballistic|off on one|off it|"
                            r"out)?(?: at me)? ?(?:because|when|if|cos|after|since) i (?:applied|got|went|talked|"
                            r"spoke|wanted|saw|said|asked|tried|looked|mentioned|told)\b"),
    ("named", 0.9, r"\bdomestic (?:abuse|violence)\b|\bcoercive control\w*\b|\b(?:abusive|violent|controlling)"
                   r" (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex|marriage|home)\b"),
    ("fleeing", 0.95, r"\b(?:fled|fleeing|flee|escaped|escaping|ran away from|left) (?:from )?(?:an? |my"
                      r" )?(?:abusive|violent|controlling)\b|\b(?:womens|women|mens) refuge\b|\bin a refuge\b|"
                      r"\b(?:non molestation|restraining|protection) order\b"),
    ("escape_partner", 0.85, r"\b(?:get away|escape|run away|flee|hide) from (?:my )?(?:partner|husband|wife|boyfriend|"
                             r"girlfriend|ex|fiance|fiancee)\b|\b" + PARTNER + r" is (?:dangerous|violent|scary|"
                             r"abusive)\b"),
    ("leave_but", 0.7, r"\b(?:need|want|have|got|trying|planning|going|desperate|ready) to (?:leave|get away from|get"
                       r" out from|escape) (?:my )?(?:partner|husband|wife|boyfriend|girlfriend|him|"
                       r"her)\b.{0,40}\b(?:but|cannot|scared|afraid|nowhere|he will|she will|he would|she would|he"
                       r" says|she says|will not let)\b"),
    # More forms of coercive control, in the words people use for them.
    ("surveillance_isolation", 0.85, r"\b(?:put|installed|hid|hidden|has|set up) (?:\w+ )?(?:cameras?|a tracker|"
                                     r"tracking app|spyware) (?:\w+ ){0,4}(?:watch|spy on|monitor|check on|track|"
                                     r"follow) me\b|\b(?:put|installed|hid) (?:a )?tracker on my (?:car|phone|bag)\b|"
                                     r"\b(?:isolat\w*|cuts? me off|cut me off|keeps? me away|kept me away) (?:me"
                                     r" )?(?:from )?(?:my )?(?:family|friends|mates|everyone|mum|parents)\b|"
                                     r"\b(?:account for|justify|explain) (?:every|each) (?:penny|pound|thing i (?:buy|"
                                     r"spend))\b|\bno (?:wife|woman|girlfriend|partner|daughter) of (?:his|mine)"
                                     r" (?:will|is going to|would|is) (?:\w+ )?(?:work|working|go out|get a job)\b|"
                                     r"\bnot allowed (?:out|to go out|to leave|to go anywhere)(?: of the house)?(?:"
                                     r" \w+){0,2} without (?:him|her|my \w+)\b|\b" + _PARTNER_NOUN +
                                     r" (?:\w+ ){0,3}(?:is watching|watches|keeps watching) me (?:all the time|"
                                     r"constantly|every|24)\b"),
    ("will_not_let_me", 0.85, r"\b" + PARTNER + r" (?:\w+ ){0,6}?(?:will not|would not|does not|do not|never|refuses"
                              r" to) (?:let|allow) me (?:to )?(?:have (?:a |my own |any )?(?:phone|money|friends|car|"
                              r"bank card|keys?|own money)|wear|dress|cut my hair|go anywhere|drive|use (?:the|my)"
                              r" (?:car|phone|laptop|computer)|learn|study|see (?:a|my|the) (?:doctor|gp)|talk to|"
                              r"speak to|text|contact|visit|out of (?:his|her) sight)\b"),
    ("threat_kill_me", 0.95, r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:threaten\w*|keeps saying|said|says|is going|will|"
                             r"would) (?:to |he will |she will |he would |she would |he is going to |she is going to"
                             r" |he is gonna |she is gonna )?(?:kill|hurt|batter|beat|hit|stab|strangle|burn) me\b|"
                             r"\bif i (?:leave|go)\b.{0,30}\b(?:he|she) (?:will|would|is going to) (?:\w+"
                             r" ){0,2}(?:kill|hurt) (?:himself|herself|me|the kids|us)\b"),
    ("hand_over_pay", 0.8, r"\b(?:have to|got to|must|need to|made to|forced to|expected to) (?:hand over|give"
                           r" (?:him|her|them)|hand (?:him|her|them)|sign over|pay (?:him|her)) (?:all )?(?:of"
                           r" )?(?:my )?(?:money|wages|uc|universal credit|benefits|pay|salary|bank cards?|pin|"
                           r"savings|child benefit|pip)\b"),
    ("locked_out_smashing", 0.85, r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:locked|locks|locking|shut|shuts) me (?:out|in)\b|"
                                  r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:smashes|smashed|breaks|broke|throws|threw)"
                                  r" (?:things|stuff|plates|the place up)\b|\b" + PARTNER + r" (?:\w+"
                                  r" ){0,3}(?:follows|followed|sits outside|sat outside|waits outside|waited outside|"
                                  r"parks outside) (?:me|my)\b|\b(?:my )?inlaws? (?:\w+ ){0,3}(?:beat|beats|hit|hits|"
                                  r"hurt|hurts|abuse|abuses|slap|slaps|lock|locks) me\b"),
    ("arranged_marriage", 0.85, r"\barrang\w* (?:my|a|the) marriage\b.{0,40}\b(?:no say|do not want|did not want|"
                                r"against my will|no choice|not ready|forc\w*|have to)\b|\bmarry (?:someone|a man|a"
                                r" woman|him|her) i (?:do not|have never|never) (?:know|met|love)\b"),
    # Threats, sabotage and control phrased in everyday words.
    ("threats_sabotage", 0.85, r"\b(?:pulled|pulls|held|holds|waved|waves|pointed|points) (?:a|his|her) (?:knife|gun|"
                               r"blade|machete|weapon) (?:on|at|to) me\b|\btake (?:the|my) (?:kids|"
                               r"children)\b.{0,20}\bif i\b|\btake (?:them|the kids|my kids|the children|my children)"
                               r" (?:abroad|out of the country)\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:says|tells me|told"
                               r" me|said|keeps saying|calls me)\b.{0,50}\bi am (?:so |too |just |a )?(?:worthless|"
                               r"useless|stupid|nothing|ugly|fat|pathetic|thick|a waste|a failure|disgusting)\b|\b"
                               + PARTNER + r" (?:says|said|tells me|told me) (?:that )?i (?:am not allowed (?:to )?|"
                               r"cannot |can not |must not )(?:go|work|a job|have a job|get a job|apply|see|leave|go to"
                               r" (?:work|the jobcentre|college))\b|\b" + ABUSER + r" (?:\w+ ){0,3}(?:take|takes|took|"
                               r"taking|grab|grabs) (?:it|them|my \w+|the money|all of it) off me\b|\b" + ABUSER +
                               r" (?:\w+ ){0,3}takes (?:the whole|all the|all of the) (?:uc|universal credit|benefits?|"
                               r"money|wages|pay|payment)\b|\b(?:sabotag\w*) (?:my|me)\b|\b" + ABUSER +
                               r" (?:\w+ ){0,3}(?:changed|changes|changing|cut off|cuts off|blocked|blocks|turned off|"
                               r"turns off|hid|hides|hiding|took (?!the car)|takes (?!the car)|broke|breaks|smashed|"
                               r"locked|locks|stole|steals|unplugged|disconnected|sold|binned|deleted|deletes) (?:\w+"
                               r" ){0,4}so (?:that )?i (?:cannot|can not|could not|am not able to|will not be able to|"
                               r"am|was|will be) (?:get to|go|make|attend|work|call|phone|ring|apply|leave|see|contact|"
                               r"get out|escape|look for|search|use|get online|do my|late)\b|\b" + ABUSER +
                               r" (?:\w+ ){0,3}(?:keeps?|kept|locks?|locked) me (?:in|inside|indoors|in the house|at"
                               r" home)\b|\bhandy with (?:his|her) fists\b|\bone of his moods\b|\b" + _PARTNER_NOUN +
                               r" (?:\w+ ){0,4}(?:goes|went|gets|got) (?:mad|mental|crazy|ballistic|nuts)\b"),
    ("family_abuse", 0.85, r"\b(?:locked|beaten|hit|hurt|abused|threatened|attacked|strangled|controlled|touched)"
                           r" (?:\w+ ){0,4}by (?:my|her|his|their) (?:uncle|husband|wife|partner|boyfriend|girlfriend|"
                           r"son|daughter|dad|mum|brother|sister|stepdad|grandson|family|mums boyfriend|mums partner|"
                           r"dads girlfriend)\b|\b(?:husband|wife|partner|boyfriend|girlfriend) (?:\w+ ){0,3}(?:locks|"
                           r"locked|beats|hits|hurts|controls) (?:her|him)\b(?: (?:in|up|and|every))?|\b(?:husband|"
                           r"wife|partner|boyfriend|girlfriend) (?:\w+ ){0,4}spends? (?:all )?(?:her|his) (?:benefits|"
                           r"money|pip|pension|wages)\b|\b" + ABUSER + r" (?:\w+ ){0,2}makes me do (?:stuff|things|"
                           r"sexual things|sex stuff)\b|\bwhat (?:my )?(?:uncle|dad|stepdad|brother|mum|husband|"
                           r"partner|boyfriend|cousin|grandad) (?:does|did|has done|keeps doing) to me\b"),
    ("control_signs", 0.8, r"\bask (?:his|her|my \w+s) permission (?:to|before|for)\b|\b(?:being |been |is |was"
                           r" )?(?:made|forced|pressured) (?:to|into) (?:marry|get married|getting married|a"
                           r" marriage)\b|\b" + ABUSER + r" (?:\w+ ){0,5}(?:opens|reads|checks|goes through|hides)"
                           r" (?:my|the) (?:post|letters|mail)\b|\b(?:he|she|my " + _PARTNER_NOUN +
                           r") (?:\w+ )?(?:must not|cannot|can not|must never|can never|is not allowed to) (?:know|find"
                           r" out)\b(?= ?(?:[.,!?~]|$)| about (?:this|me|it|my)| that i)|\b(?:he|she) (?:\w+"
                           r" ){0,2}(?:listens to|records) (?:everything i say|all my calls|my calls)\b|\b" + ABUSER +
                           r" (?:\w+ ){0,4}(?:keeps|kept|has|took|takes) my (?:id|passport|documents|bank card|"
                           r"cards)\b.{0,40}\b(?:will not|would not|refuses to|never) give\b|\b" + PARTNER +
                           r" (?:\w+ ){0,5}(?:waiting outside|turning up|showing up|hanging around outside|parked"
                           r" outside|sits outside) (?:at )?(?:my|me|the)\b|\b" + ABUSER + r" (?:\w+"
                           r" ){0,4}(?:sending|sends|sent|keeps sending) (?:me )?(?:threats|death threats)\b|"
                           r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going) (?:back )?to (?:the|our|my)"
                           r" (?:house|flat|home)\b|\b(?:leave|leaving|left|in|at|from|living in|staying in|moved to|"
                           r"moved into) (?:the|a|my) refuge\b(?! (?:worker|staff|job|charity|volunteer|manager|"
                           r"sector)\b)"),
    ("permission_tracking", 0.85, r"\b(?:cannot|can not|not allowed to) (?:leave the house|go out|go anywhere|see (?:my"
                                  r" )?(?:friends|family)|spend (?:any )?money|work) (?:unless|without|until) (?:my"
                                  r" )?(?:partner|husband|wife|boyfriend|girlfriend|he|she|him|her)\b|\b(?:put|"
                                  r"installed|puts|installs|set up|added|downloaded) (?:\w+ ){0,4}(?:on|in) my"
                                  r" (?:phone|car|laptop|bag)\b.{0,20}\b(?:track|watch|spy on|monitor|follow|listen to|"
                                  r"record) me\b|\b(?:tracks|tracking|tracked) me (?:on|through|with|via)\b|\b"
                                  + ABUSER + r" (?:\w+ ){0,3}(?:threw|throws|thrown|slammed|slams|shoved|pinned) me"
                                  r" (?:against|into|onto|down|across|to)\b"),
    ("scared_to_tell", 0.6, r"\b(?:scared|afraid|frightened|terrified) to tell (?:him|her|my " + _PARTNER_NOUN +
                            r")\b"),
)

CRISIS_RULES: dict[str, tuple[Rule, ...]] = {
    "self_harm": SELF_HARM,
    "safeguarding": SAFEGUARDING,
    "domestic_abuse": DOMESTIC_ABUSE,
}
