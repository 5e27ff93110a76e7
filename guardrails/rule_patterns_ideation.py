"""Self-harm said sideways, on normalised text (see `rule_patterns_crisis`).

People in crisis often name no act at all: a train they think about going under, a rope they keep
thinking of, doubt that they will be alive when a form comes back, "not safe from myself", "what I
did to my arms", "better I die" in learner's English, "I've decided I'm not carrying on". Found in
messages where housing, money or a sanction took most of the words, and the classifier's score was
diluted by them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guardrails.rule_patterns_self_harm import AWAY_REASON

if TYPE_CHECKING:  # only a type: `rule_patterns_crisis` imports this module
    from guardrails.rule_patterns_crisis import Rule

# Going under or off something that kills: "go under a train", "jump in front the train" (no "of").
# "Not sure" is blanked as a filler before rules run, so "~" stands in for it below.
_METHOD_ACT = (r"(?:go|going|jump\w*|step\w*|walk\w*|throw\w* myself|lie|lying|chuck\w* myself|run\w*) (?:under|in"
               r" front(?: of)?|off|into) (?:a|the|that|an) (?:\w+ )?(?:train|bus|lorry|truck|bridge|cliff|motorway|"
               r"river|sea|canal|traffic|tube|building|car park|multi storey|tower block|flats)\b")
_LEAD_IN = (r"(?:might as well|may as well|could just|think to|thinking to|thinking (?:about|of)|think (?:about|of)|"
            r"thought (?:about|of)|keep thinking|want to|wanted to|going to|tempted to|nearly|almost|urge to|close to"
            r" (?:going to)?)")

IDEATION: tuple[Rule, ...] = (
    # "might as well go under a train", "sometime I think to jump in front the train".
    ("method_thought", 0.9, r"\b" + _LEAD_IN + r" (?:just )?" + _METHOD_ACT),
    # The means kept in mind: "thinking about a rope", "keep looking at the branch above it".
    ("means_in_mind", 0.9, r"\b(?:thinking|think|thought|thoughts|dreaming) (?:\w+ ){0,2}(?:about|of) (?:a|the|my)"
                           r" (?:rope|noose|ligature)\b|\bkeep (?:looking at|staring at) (?:the|a|that) (?:branch|"
                           r"beam|banister|hook|tracks|railway line|bridge|edge|ledge)\b"),
    # Doubting they will live to see something: "doubt I'll still be alive by the time it arrives".
    ("doubt_alive", 0.9, r"(?:\b(?:doubt|do not think|not sure|do not know if|do not know whether)|~ ) (?:that )?i will"
                         r" (?:still |even )?be alive\b"),
    ("not_see_next", 0.85, r"\b(?:do not care|stopped caring|not bothered|no longer care|doubt|not sure)\b.{0,60}\b"
                           r"(?:whether|if) i (?:will |would |even )?(?:see|make it to|live to see|last (?:till|until|"
                           r"to)) (?:next|another|the next) (?:month|week|year|christmas|birthday|summer|spring)\b"),
    # Absent at the start of something, with no move or new job to explain it.
    ("not_here_to", 0.85, AWAY_REASON + r".*?(?:\b(?:do not think|doubt|not sure)|~ ) i will (?:still )?be"
                          r" (?:here|around) (?:to|for|when it) (?:start|see|do|get|finish|need|use)\b"),
    ("not_safe_from_me", 0.9, r"\bnot safe (?:from|with|around) (?:me|myself)\b(?! (?:and|or) (?:my|the|him|her))|"
                              r"\bnot safe on my own (?:tonight|right now|at the moment)\b"),
    # Learner's English: "I think better I die", "better if I die".
    ("better_i_die", 0.9, r"\bbetter (?:if |that )?i (?:just )?(?:die|died|am dead|was dead|were dead|kill myself|"
                          r"end it|not here|not alive|not live)\b"),
    # Harm already done: "took my razors off me after what I did to my arms".
    ("harm_done", 0.9, r"\bwhat i (?:did|have done|done) to my (?:arms?|wrists?|legs?|thighs?|skin|body|stomach)\b|"
                       r"\b(?:took|take|taken|taking) (?:my|the) (?:razors?|blades?|pills|tablets|belts?|laces)"
                       r" (?:off|away from) me\b"),
    # A decision to stop living said flatly: "after that I've decided I'm not carrying on", "then I'm done for good".
    ("decided_not_go_on", 0.85, r"\b(?:decided|made up my mind|made my mind up) (?:that )?(?:i am|i will|to)? ?not"
                                r" (?:carrying|going|carry|go) on\b(?! (?:with|at|in|the|my|as|to)\b)|"
                                r"\bi am (?:not (?:carrying|going) on|done for good)" + r"(?= ?(?:[.,!?;:~]|$))|"
                                r"\bthen i am (?:done|finished|gone) for good\b"),
    # Thoughts of it that have come back: "the old thoughts about ending it have come back".
    # Harm they have started doing, by any verb: "been burning myself with a lighter", "banging my head till it bleeds".
    ("harming_now", 0.85, r"\b(?:burn\w*|scratch\w*) myself (?:again|with (?:a |the )?(?:lighter|cigarettes?|fags?|"
                          r"matches)|on purpose|deliberately)\b|\b(?:been|keep|kept|started) (?:burning|scratching)"
                          r" myself\b|\b(?:head ?bang\w*|bang\w* my head|hit\w* my"
                          r" head)(?: on| against| off)? (?:the|a) (?:wall|floor|door)\b.{0,40}\b(?:bleed\w*|bled|"
                          r"mark|bruise\w*|blood)\b|\b(?:i am|been|started|i have been|just|i am just) cutting"
                          r" (?:again|a bit (?:more )?(?:than usual|again)|more than usual)\b|\b(?:marks|cuts|scars|"
                          r"burns|bruises)\b.{0,60}\bi (?:do|did|have done) (?:this|it|them) to myself\b"),
    ("means_now", 0.9, r"\bhose ?pipe (?:in|into|through|on|to) (?:the|my) (?:car|exhaust)\b|\btak\w* (?:my |the"
                       r" )?whole (?:prescription|box|packet|bottle|lot|strip)\b|\b(?:in the bath|locked (?:herself|"
                       r"himself|themselves) in)\b.{0,30}\b(?:razor|blade|knife|pills|tablets)\b|\bend of my"
                       r" (?:rope|tether)\b.{0,60}\b(?:got one|ready|tied|in the loft)\b|\b(?:thought|thinking|think)"
                       r" (?:about|of) taking (?:us both|us all|both of us|me and (?:him|her|the kids))\b"),
    # A place that kills, kept in mind: "thought about the Erskine Bridge today", "thinking about the Lagan".
    ("place_in_mind", 0.85, r"\b(?:thought|thinking|think) (?:about|of) (?:the )?(?:\w+ )?(?:bridge|lagan|thames|"
                            r"clyde|tyne|mersey|river|canal|tracks|railway line|cliffs?|quarry|reservoir)(?="
                            r" ?(?:[.,!?;:~]|$| today| tonight| again| lately))|\b(?:dock|river|canal|sea|water|"
                            r"bridge|edge|quay|pier)\b.{0,40}\b(?:thinking|think|thought) (?:of|about) (?:just )?"
                            r"(?:rolling|jumping|falling|walking|slipping|going|stepping) (?:in|off)\b"),
    ("hit_by_fine", 0.9, r"\b(?:if|hope) i (?:get|got) (?:hit|taken out|knocked down) by (?:a|the) (?:bus|lorry|car|"
                         r"train|truck)\b.{0,40}\b(?:fine by me|would not mind|i do not mind|not bothered|do not care|"
                         r"relief|good riddance)\b|\b(?:would not|would not really|do not think i would) mind if"
                         r" (?:a|the) (?:bus|lorry|car|train|truck) (?:hit|took|knocked) me\b"),
    ("soon_gone", 0.9, r"\b(?:when|after) i am gone,? (?:which|and that) (?:will|is going to) be soon\b|"
                       r"\b(?:gone|died|passed|lost|funeral)\b.{0,80}\bi will be with (?:him|her|them) (?:again )?"
                       r"soon\b|\bdeath certificate\b.{0,60}\b(?:for me|my own|in advance)\b"),
    # Someone else saying goodbye now: "sent us a message saying sorry for everything and he loves us".
    ("sorry_and_love", 0.85, r"\bsorry for everything\b.{0,40}\b(?:loves? (?:me|us|you|them)|love you)\b|"
                             r"\b(?:loves? (?:me|us|you|them)|love you all)\b.{0,40}\bsorry for everything\b"),
    # A deadline, and then nothing: "when the hostel shuts on the 30th that's it for me. I've decided".
    ("that_is_it", 0.85, AWAY_REASON + r".*?\bthat is it for me\b(?! (?:today|for today|now|tonight|thanks))"
                         r".{0,60}\b(?:decided|no point|done|for good|gone|over)\b"),
    ("not_sure_here", 0.85, AWAY_REASON + r".*?(?:\b(?:not|no) sure|~ ) (?:if )?(?:i am|am|i will|i) (?:going to"
                            r" )?(?:still )?be (?:here|around|alive) (?:next week|tomorrow|by then|much longer|for"
                            r" long|next month)\b"),
    # Starving as harm, now: the moderation set and our own splits count it as self-harm. "Recovered from
    # anorexia" is not matched: only the present tense.
    ("food_as_harm", 0.8, r"\b(?:struggling|struggle|battling|relapsed|relapsing|suffering) (?:with |from |into )?"
                          r"(?:my )?(?:anorexia|bulimia|an eating disorder|my eating disorder|binge eating)\b|\b(?:do"
                          r" not|did not) deserve (?:food|to eat)\b|\bno food on (?:days|the days)\b|\bpunish\w*"
                          r" myself (?:by|with) (?:not eating|starving|skipping (?:meals|food))\b|\b(?:skip\w*|"
                          r"starv\w*) (?:\w+ ){0,3}(?:as (?:a )?punishment|to punish myself|on purpose)\b"),
    ("thoughts_back", 0.9, r"\b(?:thoughts|urges|feelings) (?:about|of) (?:ending (?:it|things|my life)|killing myself|"
                           r"suicide|dying|not being here|hurting myself|harming myself|cutting)\b(?: \w+){0,3}"
                           r" (?:come back|are back|returned|getting (?:worse|stronger)|back again)\b"),
)
