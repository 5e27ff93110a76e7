"""Harmless contexts the rules layer blanks out before any rule runs, and spans that claim a low score.

`NEUTRAL` holds fillers, idioms, and job, study and tech contexts ("dying to get this job",
"porter at a homeless hostel", "kill a process"); `CONTEXTS` holds phrases such as a bereavement,
which would otherwise be read by a wider rule. Written against normalised text (see `rule_words`).
This module is data, not logic.
"""

from __future__ import annotations

_ROLE = (r"(?:jobs?|roles?|vacanc(?:y|ies)|positions?|posts?|careers?|courses?|training|apprenticeships?|"
         r"helpline|call handlers?|handlers?|trainers?|caseworkers?|case workers?|"
         r"qualifications?|volunteers?|volunteering|workers?|officers?|advis[eo]rs?|nurses?|nursing|practitioners?|"
         r"assistants?|sector|outreach|staff|lead|coordinator|manager|specialists?|support workers?|caseworkers?|first"
         r" aid\w*|awareness|prevention|services? jobs|clients|service users|residents)")
_JOB_NOUN = (r"(?:jobs?|roles?|vacanc(?:y|ies)|positions?|posts?|interview|application|courses?|training|"
             r"qualifications?|apprenticeships?|clients|service users)")
_JOBWORD = (r"(?:jobs?|roles?|vacanc(?:y|ies)|positions?|posts?|careers?|work|working|worked|volunteer\w*|employment|"
            r"shifts?|apprenticeships?|placements?|experience)")
# Suicide and self-harm are left out on purpose: only the tight phrases in "crisis_roles" may blank them.
_TOPIC = (r"(?:homeless(?:ness)?|rough sleep\w*|sofa surf\w*|hostels?|night shelters?|shelters?|"
          r"mental health|domestic (?:abuse|violence)|safeguarding|child protection|addiction|substance misuse|drug and"
          r" alcohol|debt|bailiffs?|enforcement|money advice|food ?banks?|refuges?|autism|autistic|adhd|dementia|"
          r"learning disabilit\w+|disabilit\w+|disabled (?:people|adults|children)|modern slavery|trafficking|victims?|"
          r"vulnerable (?:adults|people|children)|crisis|housing|psychiatric|temporary accommodation|emergency"
          r" accommodation)")
# "victims of domestic abuse" is one topic, so the tail is blanked with it.
_TAIL = r"(?: of (?:domestic (?:abuse|violence)|abuse|trafficking|modern slavery|crime|suicide|sexual \w+))?"
# Words that start a new thought, so "homeless and need a job" is not a job title.
_GAP_STOP = (r"(?:and|but|so|need\w*|looking|want\w*|get\w*|find\w*|i|me|my|now|because|a|an|any|for|to|the|with|"
             r"without|no|help|can|cannot|after|before)\b")
# "I'm homeless job hunting" describes the writer, not a job title.
_NOT_STATE = (r"(?<!\bam )(?<!\bare )(?<!\bis )(?<!\bbeen )(?<!\bbeing )(?<!\bbecome )(?<!\bbecame )(?<!\bmade )"
              r"(?<!\bnow )")
# Groups of people a jobseeker may want to help or work with.
_PEOPLE = (r"(?:the |people who are |people with |adults with |children with |young people with )?(?:homeless"
           r"(?:ness)?|rough sleepers|refugees|vulnerable (?:adults|people|children)|disabled (?:people|adults|"
           r"children)|autistic (?:people|adults|children)|autism|adhd|dementia|learning disabilit\w+|disabilit\w+|"
           r"mental health(?: problems| issues| conditions)?|addiction|victims" + _TAIL + r"|survivors" + _TAIL + r"|"
           r"(?:trafficking|slavery|abuse|crime|domestic abuse|domestic violence) (?:victims|survivors)|(?:people|"
           r"clients|patients|callers|young people|adults|children) (?:with|having|who have|experiencing) suicidal"
           r" (?:thoughts|feelings|ideation))"
           r"(?: people| adults| children| families)?")
_NOT_MINE = r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\ba )(?<!\ban )"

# Harmless phrasings blanked out before any rule runs: fillers, idioms, job and tech contexts.
NEUTRAL: tuple[tuple[str, str], ...] = (
    ("filler", r"\bnot (?:going to|gonna) lie\b|\bnot (?:joking|kidding|lying|exaggerating|being (?:funny|dramatic|"
               r"rude|silly))\b|\bno (?:joke|lie|word of a lie)\b|\bnot (?:ok|okay|fine|alright|all right|good|great|"
               r"well|sure|only|just)\b|\bor not\b"),
    ("dying_to", r"\bdying (?:to|for|of (?:laughter|laughing|embarrassment|boredom|curiosity))\b|"
                 r"\bkill\w* (?:myself|me) laugh(?:ing|in)\b(?! stock)"),
    ("die_of", r"\b(?:die|died|dead) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|curiosity|cringe)\b"),
    ("to_death", r"\b(?:bored|scared|worried|sick|tired|frightened|done) to death\b|\bto die for\b|\bdo or die\b"),
    ("killing_me", r"(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?:is|are|was|were|s) (?:literally |slowly |actually )?killing"
                   r" (?:me|us)\b"),
    ("killed_it", r"\b(?:killed|killing|kill|smashed|smashing|smash|nailed|nailing) it\b"),
    ("kill_tech", r"\bkill(?:ing|ed|s)? (?:off )?(?:a |the |that |this |my |all |an |those |these )?"
                  r"(?!(?:myself|yourself|himself|herself|themselves|me|him|her|them|you|us)\b)"
                  r"(?:\w+ )?(?:process(?:es)?|tasks?|threads?|jobs?|program(?:me)?s?|apps?|servers?|sessions?|pids?|"
                  r"command|signal|switch|script|containers?|pods?|query|tabs?|time|two birds|lights|engine|mood|vibe|"
                  r"battery|buzz|conversation|weeds?|bacteria|germs|competition)\b|\bkill ?all\b|\bkill \d+\b"),
    ("could_murder", r"\b(?:could|would) murder (?:a|an|some) \w+|\b(?:could|would) (?:kill|die) for (?:a|an|some|this|"
                     r"that) \w+"),
    ("dead_idiom", r"\bdead ?end\b|\bdead (?:tired|beat|keen|easy|on time|good|serious|bored|nervous|excited|chuffed|"
                   r"lucky|quiet|set|cert|certain|right|simple|busy|slow|funny|ringer|weight|loss)\b|\bdrop dead"
                   r" gorgeous\b|\bknock (?:em|them|\w+) dead\b|\bover my dead body\b|\bseen dead\b|\bdead of (?:the"
                   r" )?(?:night|winter)\b|\bdead ?line\b|\bbeating a dead horse\b"),
    ("car_crash", r"\b(?:total |complete |absolute |bit of a )?car ?crash\b(?! (?:injur\w+|victim))"),
    ("shoot", r"\bshoot (?:me |us |him |her |them |you )?(?:an? |over )?(?:e ?mail|message|text|line|dm|note|quick|"
              r"reply|my cv|cv)\b|\bshoot (?:for|your shot)\b|\b(?:photo|video|film) ?shoots?\b"),
    ("bomb", r"\bbomb (?:disposal|squad|technician|engineer)\w*|\bcost(?:s|ing)? (?:a|an absolute) bomb\b|\bwent down a"
             r" bomb\b|\bphoto ?bomb\w*|\bbath bombs?\b|\bbomb(?:ed)? (?:the|my|this|that) (?:interview|test|exam)\b"),
    ("smash_task", r"\bsmash(?:ed|ing)? (?:the|my|this|that|your) (?:interview|test|exam|application|targets?|goals?|"
                   r"course|shift|day)\b"),
    ("hit_up", r"\bhit (?:me|you|us|them) up\b|\bbeat (?:me|you|us) to it\b|\bhit (?:me|us) with (?:your|the|some|"
               r"a few|any|more) (?:questions?|details|info|information|best|news|deets|facts|link|cv|feedback|tips)\b|"
               r"\b(?:learn\w*|show \w+) the ropes\b"),
    ("overdose_food", r"\boverdos\w* on (?:caffeine|coffee|sugar|chocolate|tea|netflix|energy drinks)\b"),
    ("suicide_context", r"\bsuicide (?:prevention|awareness|intervention|first aid|squad|doors|runs?|sprints?|"
                        r"drills?|alliance)\b|\bself harm(?: and suicide)? (?:awareness|prevention)\b|\b(?:overdose|"
                        r"suicide|self harm)(?: and (?:overdose|suicide|self harm))?(?: risk| awareness| prevention|"
                        r" management)? (?:modules?|units?|certificates?|courses?|qualifications?)\b"),
    # A course that teaches overdose limits is not a plan; "I looked up overdose limits" is left to the rules.
    ("overdose_study", r"\b(?:course|module|exam|training|pharmacy|pharmacology|nursing|lecture|class)\w*"
                       r" (?:\S+ ){0,5}?(?:learn\w*|cover\w*|teach\w*|study\w*) (?:about )?overdose"
                       r" (?:limits?|levels?|thresholds?|management|symptoms|signs|response)\b"),
    ("crisis_roles", r"\b(?:suicide|self harm)(?: and self harm| and suicide)? (?:(?:prevention|awareness|support|"
                     r"crisis|bereavement) )*(?:worker|nurse|practitioner|training|course|policy|lead|volunteer|"
                     r"charity|helpline volunteer)s?(?: (?:jobs?|roles?|vacanc(?:y|ies)|positions?|posts?))?\b|"
                     r"\b(?:volunteer\w*|work\w*|jobs?|roles?|shifts?|placement|experience|trained|training|career)"
                     r" (?:\w+ ){0,2}(?:at|for|with|on) (?:a |an |the |our |local )?(?:suicide|self harm|crisis|mental"
                     r" health) (?:prevention |crisis |support )?(?:helpline|hotline|line|charity|service|team|"
                     r"organisation|project)s?\b|\b(?:course|training|workshop|module|qualification|certificate|talk|"
                     r"session|webinar|lecture|degree|class|unit) (?:on|in|about|for) (?:managing |supporting )?"
                     r"(?:suicide|self harm)(?: (?:awareness|prevention|first aid|intervention|and (?:suicide|self"
                     r" harm)|training))*\b|"
                     # The people a nurse or carer looks after: "used to kids who self harm", not "my son self harms".
                     r"\b(?:train\w* (?:you |staff |us )?in|experience (?:of|with)|used to|working with|work with|"
                     r"supporting|support) (?:managing |supporting )?(?:\w+ )?(?:kids|children|young people|patients|"
                     r"clients|people|adults|residents|service users|teenagers) who self harm\b|"
                     r"\b(?:train\w* (?:you |staff |us )?in|experience (?:of|in|with)) (?:managing|handling|dealing"
                     r" with) self harm\b"),
    ("crisis_clients", r"\b(?:worker|work|job|role|volunteer\w*|nurse|support\w*|help\w*|counsell\w*|therap\w*)"
                       r" (?:\w+ ){0,2}(?:for|with) (?:people|clients|patients|callers|young people|adults|children|"
                       r"students) (?:with|having|who have|experiencing) suicidal (?:thoughts|feelings|ideation)\b"),
    ("crisis_workplace", r"\b(?:work\w*|nurse|nursing|job|employed|volunteer\w*|placement|shifts?) (?:\w+ ){0,3}(?:on|"
                         r"in|at|for|with) (?:a|the) (?:suicide|self harm|crisis|mental health) (?:unit|ward|team|"
                         r"service|clinic|project|group|line)\b"),
    # A relative keeping papers safe for someone is not holding them to trap the person.
    ("docs_safekeeping", r"\b(?:mum|mam|mom|dad|nan|gran|parents|sister|brother|aunt|uncle)s? (?:\w+ ){0,2}(?:keeps?|"
                         r"kept|holds?|has) (?:all )?(?:my|our) (?:documents|papers|passports?|birth certificates?)"
                         r"(?: \w+){0,2} (?:safe|in (?:a|the|her|his) (?:folder|drawer|box|file|safe))\b"),
    # Someone checking a passport for a job or a visa is not holding it to trap the person.
    ("passport_admin", r"\b(?:took|taken|kept|held|hold|holding|have|has|had|keep|keeping) (?:onto )?(?:my|our)"
                       r" passports?\b(?: \w+){0,8} (?:embassy|consulate|visa (?:office|centre|application)|passport"
                       r" office|home office|process\w*|renew\w*|right to work|photocop\w*)\b"),
    # "My mum will kill me if I don't get a job" is a figure of speech; a partner's threat is not blanked.
    ("kill_me_idiom", r"\b(?:mum|mam|mom|dad|nan|nana|gran|grandad|grandma|mate|mates|boss|manager|teacher|parents|"
                      r"family|sister|brother|missus|mrs)s? (?:\w+ ){0,2}(?:will|would|is going to|are going to|going"
                      r" to|is gonna) (?:literally |actually |honestly )?kill me\b(?! (?:if i (?:leave|tell|report|go"
                      r" to the police|call)|for real)\b)|\b(?:he|she) (?:will|would|is going to) (?:literally )?kill"
                      r" me (?:if|when) i (?:am late|do not get (?:a|the|this) job|do not pass|fail (?:my|the)|miss"
                      r" (?:my|the) (?:bus|train|interview|appointment)|forget)\b"),
    ("safeguarding_question", r"\bwhat (?:counts as|is|are|does|do you mean by|would be) (?:a |an )?safeguarding"
                              r" (?:concerns?|issues?|risks?|referrals?)\b|\bsafeguarding (?:concerns?|issues?|"
                              r"risks?|referrals?) (?:in|at|for|as) (?:a |an |the )?(?:care|school|teaching|nursery|"
                              r"childcare|support|youth|social|job|role|work)\w*\b"),
    ("anti", r"\banti (?:trafficking|slavery|abuse|violence|bullying|fraud|social behaviour)\b|\bcounty lines"
             r" (?:awareness|prevention|training|trainers?|project|workers?|officers?|coordinators?|team|lead|"
             r"education)\b"),
    ("accident", r"\b(?:hurt|cut|burnt|burned|injured|scratched|bruised|hit) (?:myself|my (?:\w+ )?(?:arm|hand|"
                 r"finger|thumb|leg|knee|foot|thigh|wrist|skin|face|head|back)s?) (?:at work|lifting|playing|falling|in"
                 r" (?:a|the) (?:fall|gym|accident|kitchen)|doing|on (?:a|the)|by accident|accidentally|shaving|"
                 r"cooking|with (?:a|the) (?:knife|oven|kettle|iron|saw|stanley knife|door))\b|\bcut (?:myself|me)"
                 r" (?:some )?slack\b|\bcutting (?:edge|corners|costs|back|down|hair|hours)\b"),
    ("hang_in", r"\bhang(?:ing)? (?:in there|on|out|around|up)\b|\benough rope (?:and )?(?:they will|they ll|he will|"
                r"she will|to) hang (?:themselves|himself|herself)\b"),
    # Street work and nights away: "out on the streets leafleting", "a youth hostel in Snowdonia", "slept in the car
    # at the festival", "living in my car with all these delivery shifts".
    ("street_work", r"\bon the streets? (?:all day |every day |most days )?(?:doing|leafleting|leafletting|flyering|"
                    r"canvassing|selling|fundraising|collecting|delivering|litter picking)\b|\byouth hostels?\b|"
                    r"\b(?:slept|sleeping|staying|stayed|kipping) in (?:the|my|a) (?:car|tent|van|campervan) (?:at|for)"
                    r" (?:the |a )?(?:festival|weekend|camping trip)\b|\bliving in my (?:car|van) (?:with|because of)"
                    r" (?:all )?(?:these|the|my) (?:\w+ )?(?:shifts|deliveries|driving|jobs|hours)\b"),
    ("slave_wages", r"\bslave (?:wages?|driver)\b|\bworking like a slave\b"),
    ("idioms_misc", r"\bdisability confident\b|\bsanctions? (?:on|against) (?:russia|iran|north korea|china|\w+"
                    r" country)\b|\bbreakdown (?:cover|recovery|truck|service)\b|\btargeted (?:ads|adverts)\b|\brope"
                    r" access\b|\bshoot myself in the foot\b"),
    ("help_people", r"\b(?:help|helps|helping|support|supports|supporting|work with|works with|working with|"
                    r"workers? with|outreach"
                    r" (?:\w+ )?(?:with|to|for)|care for|caring for|volunteer with|"
                    r"services|advice)(?: for| with)? " + _PEOPLE + r"\b(?! like me)"),
    ("topic_job_noun", _NOT_STATE + r"\b" + _TOPIC + r"\w*(?: (?!" + _GAP_STOP + r")\w+){0,3} " + _JOB_NOUN + r"\b"),
    ("job_topic", _NOT_MINE + _NOT_STATE + r"\b" + _TOPIC + r"\w* (?:\w+ ){0,2}" + _ROLE + r"\b"),
    ("be_a", r"\b(?:be|become|becoming|train(?:ing)? as|qualify as) an? " + _TOPIC + r"\w*(?: \w+)?\b"),
    ("run_topic", r"\b(?:run|running|ran|manage|managing|managed|organise\w*|coordinat\w*) (?:the|a|our|my|local)"
                  r" (?:\w+ )?" + _TOPIC + r"\b"),
    ("topic_job", r"\b" + _JOBWORD + r" (?:\w+ ){0,2}(?:in|at|for|with|as|supporting|helping) (?:a |an |the |local |our"
                  r" )?(?:\w+ )?" + _TOPIC + r"\w*" + _TAIL + r"(?: (?:charity|charities|service|services|sector|"
                  r"project|team|centre|unit|ward|organisation|hostel|shelter|refuge|adviser|advisor|officer))?\b"),
    # Job titles and workplaces in housing, debt and benefits work ("rent arrears officer", "porter at a homeless
    # hostel", "volunteer at a food bank"). Only non-crisis words, so no crisis rule loses anything it reads.
    ("hardship_roles", r"\b(?:(?:rent |council tax |housing |tenant )?arrears|evictions?|eviction prevention|"
                       r"homelessness prevention|tenancy sustainment|income recovery|debt recovery|welfare rights|"
                       r"trading standards|housing options|housing needs|food ?banks?)(?: (?:prevention|recovery|"
                       r"support|advice|collection|enforcement|night))? (?:officers?|advis[eo]rs?|workers?|"
                       r"caseworkers?|case workers?|managers?|coordinators?|assistants?|teams?|jobs?|roles?|"
                       r"vacanc(?:y|ies)|posts?|positions?|volunteers?|volunteering|apprenticeships?|trainees?|"
                       r"specialists?|navigators?|investigators?|staff|shifts?)\b"),
    ("hardship_workplace", r"\b(?:concierge|porter|receptionist|reception|cleaner|cook|chef|kitchen|security(?: guard|"
                           r" officer)?|interview\w*|night support|"
                           r"warden|caretaker|key ?workers?|support workers?|workers?|managers?|staff|officers?|"
                           r"advis[eo]rs?|volunteers?|volunteering|volunteer|drivers?|administrators?|assistants?|"
                           r"jobs?|roles?|vacanc(?:y|ies)|posts?|positions?|shifts?|work|working|apprenticeships?)"
                           r" (?:(?!(?:and|but|so|staying|stayed|stay|living|live|lived|sleeping|sleep|slept|i|am|was|"
                           r"now|currently|still)\b)\w+ ){0,3}(?:at|in|for|with) (?:a |an |the |our |my local |local )?"
                           r"(?:\w+ ){0,2}(?:homeless(?:ness)? (?:day )?(?:hostels?|shelters?|charit(?:y|ies)|"
                           r"projects?|services?|centres?)|hostels?|night shelters?|housing associations?|food ?banks?|"
                           r"trading standards)\b"),
    ("volunteer_food_bank", r"\bfood ?banks? (?:(?!(?:need|needs|get|use|using|go|going|rely|relying|voucher\w*|"
                            r"parcel\w*)\b)\w+ ){0,4}(?:volunteer\w*|help out|work|paid (?:\w+ )?(?:job|role|post)|"
                            r"(?:driver|coordinator|admin|warehouse) (?:job|role|post|vacancy))(?: (?:at|in|there|"
                            r"for))?\b|"
                            r"\bfood ?banks? (?:\w+ ){0,3}(?:needs?|wants?|looking for|seeking) volunteers\b"),
    # Payroll words: "paid monthly in arrears" is when wages come, not a debt.
    ("pay_in_arrears", r"\b(?:paid|pays?|payment|wages?|salary) (?:\w+ ){0,2}in arrears\b|\bin arrears or"
                       r" (?:in advance|upfront|up front|straight away)\b"),
    ("enforcement_work", r"\b(?:do|does|how much do|how much does|what do|what does) (?:a |an )?(?:bailiffs?|"
                         r"enforcement agents?) (?:\w+ )?(?:earn|get paid|make|need)\b|"
                         r"\b(?:bailiff|enforcement agent|enforcement officer)s? (?:jobs?|roles?|training|"
                         r"certificates?|courses?|apprenticeships?|vacanc(?:y|ies)|posts?|positions?|a good job|"
                         r"work)\b|"
                         # The job itself: "I'm a bailiff and I hate it", "trainee enforcement agent".
                         r"\b(?:i am|work as|working as|worked as|job as|trainee|be|become|becoming|as) (?:a |an )?"
                         r"(?:high court )?(?:bailiff|enforcement (?:agent|officer))s?\b|\b(?:debt collection|"
                         r"collections?) (?:agency|agencies|agents?|jobs?|roles?|work)\b|\benforcement work\b"),
    ("food_bank_office", r"\bfood ?banks? (?:charity )?(?:head office|hq|warehouse|charity s head office|"
                         r"admin (?:job|role))\b"),
    # Studying a topic is not living it: "my dissertation on rough sleeping", "section 21 came up in my module".
    ("study_topic", r"\b(?:dissertation|essay|thesis|assignment|coursework|module|lecture|research|presentation|"
                    r"project) (?:\w+ ){0,2}(?:on|about|into|covering|looking at) (?:\w+ ){0,2}(?:" + _TOPIC +
                    r"|section 21s?|evictions?|sanctions?|poverty)\w*(?: \w+)?\b|\b(?:section 21s?|evictions?|"
                    r"rough sleeping|homelessness|food banks?|sanctions?) (?:\w+ ){0,2}(?:came up|comes up|is|are|was"
                    r"|were) (?:on|in) (?:my|our|the|a) (?:\w+ ){0,3}(?:module|lecture|course|class|exam|essay|seminar|"
                    r"syllabus|dissertation)\b"),
    ("slavery_compliance", r"\bmodern slavery (?:statements?|act|policy|polic(?:y|ies)|reports?|awareness|training|"
                           r"compliance|e ?learning)\b|\btrafficking (?:awareness|training|first responders?|"
                           r"polic(?:y|ies)|units?|investigators?)\b|\b(?:course|training|module|workshop|"
                           r"qualification|certificate|talk|session|webinar|lecture|unit|cpd) (?:\w+ ){0,3}(?:on|in|"
                           r"about|covering) "
                           r"(?:human |labour |child )?(?:trafficking|modern slavery)(?: and (?:human |labour )?"
                           r"(?:trafficking|modern slavery|labour exploitation|exploitation))?\b(?! (?:drugs|people|"
                           r"for them))|\b(?:experience|knowledge|understanding) (?:of|in|with) county lines(?: and"
                           r" (?:\w+ )?exploitation)?\b"),
    ("loan_shark_work", r"\b(?:investigat\w*|tackl\w*|prosecut\w*|crack\w* down on) (?:illegal )?(?:loan sharks?|"
                        r"illegal money lend\w*)\b"),
)

# The trouble has come back: "got help, but she is saying it again".
_BACK_AGAIN = (r"(?!.{0,120}\b(?:(?:doing|done|did|said|saying|talking about|thinking about|tried|trying|started|at)"
               r" (?:it |that )?again|again (?:now|last night|this week|today)|still (?:suicidal|talking|saying|"
               r"thinking|cutting|doing))\b)")
_OWN_CRISIS = (r"(?:(?:tried|trying|attempted) to (?:end my life|kill myself|take my (?:own )?life)|(?:attempted|tried)"
               r" suicide|(?:had|having|was having) suicidal (?:thoughts|feelings)|was suicidal|self harmed|did not"
               r" want to (?:be alive|live|be here)|overdosed|took an overdose)")
_WHEN_PAST = (r"(?:(?:\w+|\d+) years? ago|(?:this time )?last year|as a (?:teen|teenager|kid|child|student)|when i was"
              r" (?:\d+|young|younger|a teenager|at school|at uni)|back in (?:\d+|the day)|in (?:19|20)\d\d)")
_WELL_NOW = (r"(?:(?:am|i am|doing|feel|feeling) (?:so |really |much |a lot )?(?:well|ok|okay|fine|good|great|better|"
             r"happy|stable) now|(?:in|at) a (?:good|better) place|doing (?:well|great|better|fine)|have not (?:for|"
             r"since) (?:\d+|\w+) years|have not (?:had|felt) (?:those|the|any) (?:thoughts|feelings|urges)|"
             r"recovered|in recovery|got (?:help|better|through it)|first contract)")
_NOTHING_RECENT = (r"(?!.{0,250}\b(?:again|still|lately|recently|come back|coming back|came back|these days|this"
                   r" week|tonight|right now)\b)")
# Phrases that claim a span at a low score so a wider rule does not reread it (e.g. a bereavement).
CONTEXTS: tuple[tuple[str, str, float, str], ...] = (
    ("self_harm", "bereavement", 0.3,
     r"(?<!\bi )(?<!\bnearly )(?<!\balmost )\b(?:committed|died by|died from|died of|death by|lost (?:\w+ ){0,3}to|"
     r"after (?:his|her|their|my \w+s?)) suicide\b|\b(?:killed|hanged|hung) (?:himself|herself|themselves|themself)\b|"
     r"\btook (?:his|her|their) (?:own )?life\b"),
    # A past that the person says is behind them: worth a human, not an emergency.
    ("self_harm", "past_history", 0.3,
     r"\b(?:i )?used to (?:self harm|cut myself|hurt myself|be suicidal)\b(?=.{0,40}\b(?:now|years ago|as a (?:teen|"
     r"teenager|kid|child)|when i was|but i am|recovered|well now|in recovery)\b)"),
    # Someone else's crisis that is over and mended: "my flatmate overdosed last year but she's in recovery now".
    ("self_harm", "past_recovered", 0.3,
     r"\b(?:(?:was|were|had been|got) suicidal|overdosed|self harm(?:ed|ing)?|(?:had|made) a suicide attempt|attempted"
     r" suicide)\b" + _BACK_AGAIN +
     r"(?=.{0,60}\b(?:last year|years ago|"
     r"when (?:we|they|he|she) (?:was|were)|as (?:teens|teenagers|kids))\b.{0,60}\b(?:got help|is fine|is ok|is okay|"
     r"(?:is|are) doing (?:great|well|fine|brilliantly|better)|in recovery|recovered|is well now|better now)\b)"),
    # The writer's own crisis, dated in the past and said to be behind them: "three years ago I was in hospital
    # after trying to end my life. I'm well now". Anything recent ("again", "lately") keeps it a crisis.
    ("self_harm", "own_past_recovered", 0.3,
     _NOTHING_RECENT + r"(?:\b" + _WHEN_PAST + r"\b.{0,80}?\b" + _OWN_CRISIS + r"\b|\b" + _OWN_CRISIS +
     r"\b.{0,40}?\b" + _WHEN_PAST + r"\b)(?=.{0,200}\b" + _WELL_NOW + r"\b)"),
    # Working in the field, or training for it: "a domestic abuse caseworker job", "support families affected by
    # domestic abuse". The person is not the one at risk.
    ("domestic_abuse", "field_work", 0.3,
     r"\b(?:domestic (?:abuse|violence)|coercive control) (?:legislation|laws?|offences?|module|lectures?|essays?|"
     r"dissertation)\b|\bdomestic (?:abuse|violence) (?:caseworker|case worker|support worker|advis[eo]r|officer|"
     r"worker|services?|"
     r"charit(?:y|ies)|team|unit|training|course|module|awareness|investigations?|investigator|champion|practitioner|"
     r"sector|organisation|helpline)s?\b|\b(?:support|supporting|help|helping|working with|work with|counsel\w*)"
     r" (?:\w+ ){0,3}(?:people|families|women|men|victims|survivors|children|clients|others) (?:\w+ ){0,4}(?:affected"
     r" by|who have (?:been through|experienced)|who have gone through|experiencing) domestic (?:abuse|violence)\b"),
    # Studied, not lived: "my criminology essay is on county lines", "the module covers coercive control".
    ("safeguarding", "study_topic", 0.3,
     r"\b(?:essay|dissertation|module|thesis|assignment|coursework|research|lecture|degree|course) (?:\w+ ){0,2}(?:is"
     r" |was )?(?:on|about|covers|covered|covering|into) (?:\w+ ){0,2}(?:county lines|modern slavery|trafficking|"
     r"child exploitation|grooming|cuckooing|domestic (?:abuse|violence)|coercive control)\b"),
    ("domestic_abuse", "past_refuge", 0.3,
     r"\b(?:was|were|lived|stayed) in (?:a|the) (?:womens |mens )?refuge\b(?=(?: \w+){0,3} (?:years ago|in (?:19|20)"
     r"\d\d|when i was))"),
)
