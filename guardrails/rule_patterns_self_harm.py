"""Self-harm and suicide phrase tables, on normalised text (see `rule_patterns_crisis`).

Data, not logic, so longer than our usual module size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type: `rule_patterns_crisis` imports this module
    from guardrails.rule_patterns_crisis import Rule

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
AWAY_REASON = (r"^(?!.*\b(?:holidays?|hols|vacation|abroad|away (?:on|in|at|till|until|for|with|from|visiting|"
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
# On a bridge for an ordinary reason: "stood on the bridge waiting for my mate to pick me up for the shift".
_WAITING_FOR_A_LIFT = (r"(?!.{0,30}\b(?:waiting for (?:my|a|the) (?:mate|friend|lift|bus|train)|pick me up|delayed|"
                       r"running late)\b)")
# A goodbye to a job, a team or a town: "said my goodbyes at the warehouse, last shift today! start at Tesco Monday".
# Narrower than AWAY_REASON, which also excuses any mention of shifts or work: "this is goodbye, I can't face another
# shift" must still count.
_GOODBYE_TO_A_JOB = (r"^(?!.*\b(?:new job|(?:got|start\w*|starting|offered) (?:a |the |my )?(?:new |full time |"
                     r"part time )?(?:job|role|contract)|last shift|moving (?:to|back|house|in)|leaving do|closing my"
                     r" claim|old job|colleagues|workmates)\b)")
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
    ("ctb_bare", 0.7, r"(?<!\bmy )(?<!\bthe )(?<!\bon )(?<!\bget )(?<!\bclaim )\bctb\b(?!.{0,40}\bcouncil tax\b)(?! "
                      r"(?:claim|benefit|form|payment|reduction|support|"
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
    ("death_thoughts_weak", 0.6, r"\b(?:dark|bad) ones (?:about|of) ending (?:it|things)\b(?! with)|"
                                 r"\b(?:thinking|thoughts|think|thought|dreaming|dream|fantasi\w+) (?:a lot |so much |"
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
    ("want_it_over", 0.85, r"(?!.*\bto stop (?:raining|snowing|ringing|beeping|crashing|buffering|lagging))"
                           r"\bwant (?:it all|this all|all this|everything|this|it|the pain|my life|the hurt|the"
                           r" thoughts|the suffering) to (?:just |all |finally )?(?:end|stop|be over)\b|\bwant (?:the"
                           r" pain|it all|everything|this|it) to (?:just )?(?:go away|stop|end) (?:for good|forever|"
                           r"permanently)\b"),
    ("live_anymore", 0.9, r"\bwant to (?:live|be alive|be here|exist|carry on|go on|keep going|do (?:this )?life) "
                          + _ANYMORE + r"\b", "k"),
    ("no_point", 0.9, r"\b(?:cannot|do not) see (?:the|any|a) point (?:in |of )?(?:anything|living|life|going on|"
                      r"carrying on|being (?:here|alive)|it all|trying|me being here)? ?anymore\b|\b(?:cannot|do not|"
                      r"can not) (?:really |even |honestly )?see (?:the|any|a|much) point (?:in |of )?(?:"
                      r"living|life|going on|carrying on|being (?:here|alive)|existing|me being here|anything|it all|"
                      r"waking up|getting up)\b(?! (?:with|at|in|on|for|as)\b)|\b(?:no|what is the|is there any|"
                      r"there is no) point (?:in |of )?(?:me )?(?:living|life|going on|carrying on|being alive|being"
                      r" here|me being here|existing|waking"
                      r" up)\b|\bnothing (?:left )?to live for\b|\bno reason to (?:live|go on|carry on|be here|stay"
                      r" alive|keep going|keep living)\b|\b(?:life|living) (?:just |really )?(?:is not|is no longer|"
                      r"not) worth (?:living|it|the (?:bother|effort|pain|struggle|hassle))\b"),
    ("life_pointless", 0.75, r"\b(?:my )?life (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|"
                             r"meaningless|worthless|not worth (?:living|it))\b"),
    ("no_point_weak", 0.6, r"\bcannot see (?:the|any) point ?(?:[.,!?~]|$)|\bwhat is the point anymore\b|\b(?:cannot"
                           r" see|there is|i see) (?:a|no) way (?:out|forward)\b(?! (?:of|in|with|for) (?:(?:this|my|"
                           r"the|a|an) )?(?:\w+ )?(?:job|contract|course|lease|tenancy|deal|career|role|claim|"
                           r"agreement|plan|loan|arrangement|car park|building|estate|station|site|centre|park|"
                           r"maze)\b)|\bno future for (?:me|myself)\b|\b(?:do not|cannot)"
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
    ("not_here_weak", 0.5, AWAY_REASON + r".*?\bwill not be (?:here|around) (?:next week|tomorrow|next month|by"
                           r" then|for long)\b(?!.{0,60}\b(?:holiday|abroad|away|visiting|working|busy|move my|"
                           r"rearrange|reschedule|change my|i am (?:in|on|at|going|away|visiting|working))\b)"),
    ("wont_have_to", 0.8, AWAY_REASON + r".*?\b(?:will not|do not) (?:have to|need to) (?:deal with|worry about|put"
                          r" up with|bother with|look after|see) me (?:much longer|for much longer|for long|anymore|no"
                          r" more|ever again|after (?:this|tonight|today|tomorrow|\w+day|the weekend|next))\b"),
    # The family itself: absence next to a task or a brush-off, a vague "it won't matter after this weekend", or
    # "cancel everything, I won't need it".
    ("not_around_for", 0.8, AWAY_REASON + r".*?(?:" + _ABSENT + r" (?:for|to) (?:\w+ ){0,3}?" + _EXPECTED + r"\b|"
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
                     r"\b(?:done|finished) with (?:life|living|this life|it all|all of it|being alive|existing|this"
                     r" world)\b"),
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
                    r"\b(?:i|i have|i had|i am going to|going to|want to|tried to|i will|i might|about to)"
                    r" overdos\w*\b|"
                    r"\b(?:took|taken|take|taking|had) an overdose\b|\boverdosed\b"),
    # Bare "overdose" is as often a first-aid module or a pharmacy course: the classifier must agree.
    ("overdose_word", 0.6, r"\boverdos\w*\b"),
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
                    r"block of flats|tower|flats)\b(?!.{0,30}\b(?:bungee|charity|abseil|zip ?wire|for a dare)\b)|"
                    r"\bbeachy head\b(?! (?:visitor|lighthouse|countryside|ranger|cafe|pub|inn|road|bus|walk))|"
                    r"\b(?:jump\w*|leap\w*|throw\w* myself) off"
                    r" (?:something|somewhere|the top of \w+|a (?:tall |high )?\w+ (?:bridge|building|block))\b|"
                    r"\b(?:jump\w*|step\w*|walk\w*|throw\w* myself|lie|lying) (?:out )?(?:in front of|under|into)"
                    r" (?:a |an |the )?(?:train|bus|lorry|traffic|car|river|sea|tube|truck|oncoming traffic|canal)\b|"
                    r"\b(?:standing|stood|sat|sitting|waiting|lying) (?:on|at|by) (?:the|a) (?:bridge|edge|ledge|"
                    r"roof|tracks|train tracks|railway line|cliff edge|platform edge)\b" + _WAITING_FOR_A_LIFT +
                    r"|\b(?:standing|stood|sat|"
                    r"sitting|waiting|parked) (?:\w+ ){0,3}(?:on|at) (?:the )?top (?:floor |deck )?of (?:the|a)"
                    r" (?:multi storey|car park|building|flats|tower block|cliffs?)\b|\b(?:bought|got|there is)"
                    r" (?:a|the) rope\b|\brope (?:is )?ready\b|\bnoose\b"),
    ("blade", 0.9, r"\b(?:knife|blade|razor|glass|scissors|lighter) (?:to|against|on|across|into) my (?:wrists?|"
                   r"arms?|throat|neck|skin|legs?|thighs?)\b|\b(?:slit|slash|slashed|slashing|open|opened) (?:my"
                   r" )?wrists?\b|\b(?:fresh|new) (?:cuts|scars|burns) on my\b"),
    ("goodbye", 0.8, _GOODBYE_TO_A_JOB + r".*?(?:\b(?:this is|saying my|final|last|a real) goodbyes?\b|\bgoodbye "
                                         r"(?:forever|cruel world|"
                     r"everyone|all)\b|\bgiv\w* away (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|"
                     r"possessions)\b|\bgiv\w* (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|possessions)"
                     r" away\b|\b(?:wrote|written|writing) (?:my )?(?:goodbye|last|final) (?:letters?|notes?)\b|"
                     r"\b(?:wrote|written|writing) letters? to (?:my )?(?:kids|children|family|mum|dad|everyone)\b|"
                     r"\b(?:said|say|saying)"
                     r" (?:all )?my goodbyes\b(?! to (?:the |my )?(?:team|colleagues|coworkers|workmates|old job|"
                     r"boss|manager|class))|\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|"
                     r"finds) this\b|\bplan\w* my (?:own )?funeral\b)"),
    ("note_left", 0.8, r"\b(?:wrote|written|writing|left|leaving) (?:a|my) (?:note|letter)s? (?:for|to) (?:my"
                       r" )?(?:family|kids|children|mum|dad|partner|wife|husband|everyone)\b|\b(?:tell|let) my"
                       r" (?:kids|children|mum|dad|family|wife|husband|partner|son|daughter|boyfriend|girlfriend)"
                       r" (?:that )?i (?:love|loved|am sorry)\b|\blove you all\b.{0,40}\b(?:goodbye|bye|i am sorry|"
                       r"sorry for everything|forgive me)\b|\b(?:sorry for everything|forgive"
                       r" me)\b.{0,40}\b(?:goodbye|love you all)\b"),
    # Weak alone: people make wills when a baby comes. Two of these together are `final_arrangements`.
    ("finality_weak", 0.6, r"\b(?:sorted|written|wrote|writing|made|done|did) (?:out )?my will\b|"
                           r"\b(?:sorted|sorting|put|got|getting|putting) (?:out )?(?:all )?my affairs(?: in"
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
                         r" yourself|kill myself|end it|end your life|commit suicide|die)\b" + _NOT_DYE),
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
                            r"project|maintenance|works?)\b)" + _WAITING_FOR_A_LIFT + r"|\b(?:thought about it|thinking"
                            r" about it|planned it|decided)\b.{0,40}\b(?:pills|tablets|rope|knife|blade)\b|"
                            r"\b(?:razor|blade)\b.{0,40}\bin case\b|\b(?:note|letter)s?\b.{0,40}\bfor (?:my |the "
                            r")?(?:\w+ ){0,2}to find\b|"
                            r"\b(?:cannot|do not|can not) see (?:a|any) reason to (?:live|carry on|go on|keep going|"
                            r"be here|stay alive)\b|\bdone\b.{0,40}\bwith everything\b|\b(?:writ\w*|wrote|rewrit\w*)"
                            r" (?:\w+ ){0,3}(?:a |my )?(?:letter|note)s? (?:to|for) (?:my )?(?:parents|sister|"
                            r"brother|son|daughter|partner|girlfriend|boyfriend|nan|best friend|family|kids|mum|"
                            r"dad)\b.{0,20}\b(?:explaining|saying sorry|why|goodbye)\b|\bgiv\w* (?:all )?(?:my|his|"
                            r"her|their) (?:stuff|things|belongings|possessions|clothes) (?:to|"
                            r"away)\b.{0,40}\b(?:will not need|will not be needing|do not need|no use|not need)\b"),
)
