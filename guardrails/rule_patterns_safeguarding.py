"""Safeguarding phrase tables (exploitation, modern slavery, children and adults at risk, threats), on
normalised text (see `rule_patterns_crisis`). The fragments for children, harm and staff are shared with
the abuse-to-staff rules. Data, not logic, so longer than our usual module size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type: `rule_patterns_crisis` imports this module
    from guardrails.rule_patterns_crisis import Rule

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
