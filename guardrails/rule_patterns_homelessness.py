"""Homelessness phrase tables, on normalised text (see `rule_patterns`). Data, not logic.

Rough sleeping, sofa surfing, eviction, temporary accommodation, and the ways people say it without
the words: nights in the car, someone else's floor, a parent who said not to come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type: `rule_patterns` imports this module
    from guardrails.rule_patterns_crisis import Rule

_WHOSE = r"(?:the|my|ma|me|a|his|her|our|\w+s)"  # "in ma pals motor": dialect and possessives
# "kicked me out the group chat" is not about a home.
_NOT_A_HOME = (r"(?! (?:of )?(?:the |my |our |a )?(?:group ?chat|chat|group|team|game|class|lesson|match|band|squad|"
               r"club|gym|pub|meeting)\b)")
# "the temporary accommodation team": a job in housing, not a place to live.
_STAFF_WORDS = (r"(?:team|officers?|workers?|department|unit|services?|roles?|jobs?|posts?|managers?|advis[eo]rs?|"
                r"casework|caseworkers?|case workers?)\b")

HOMELESSNESS: tuple[Rule, ...] = (
    ("homeless", 0.9, r"\bhomeless(?:ness)?\b|\bno fixed abode\b|\bsquatting\b|\bsquatters?\b|\bin a squat\b"),
    ("rough_sleeping", 0.95, r"\b(?:sleep\w*|slept|kip\w*|living|live|lived|staying|stay|stayed|spen\w* (?:the|my)"
                             r" nights?) (?:rough|outside|on the streets?|in (?:my|the|a|our) (?:\w+ )?(?:car|van|"
                             r"tent|park|doorway|shop doorway|bus station|train station|garage|shed|stairwell)|in"
                             r" (?:a )?(?:tent|doorway))\b|\brough sleep\w*\b|\b(?:on|off) the streets?\b|"
                             r"\b(?:sleep\w*|slept|kip\w*|"
                             r"doss\w*|stay\w*|crash\w*) (?:wherever|anywhere) (?:i|we) can\b|\b(?:under|in) the"
                             r" (?:bridge|underpass|arches)\b(?! (?:job|site|works|project))|\bwalked all night\b|"
                             r"\bcamped out (?:by|down by|in|under|behind)\b|\bpark up to sleep\b|\bsleep(?:ing)?"
                             r" out\b|\bslept out\b"),
    # Nights counted in a car: "third night parked up behind Tesco", "been in the car since Tuesday".
    ("nights_in_car", 0.7, r"\b(?:\w+|\d+) (?:nights?|weeks?) (?:in|parked up in|sleeping in) " + _WHOSE +
                           r" (?:\w+ )?(?:car|van|motor)\b|\b(?:been|living|stopping) in " + _WHOSE +
                           r" (?:\w+ )?(?:car|van|motor) (?:since (?:the split|(?:last )?(?:mon|tues|wednes|thurs|"
                           r"fri|satur|sun)day|\w+ (?:nights?|weeks?) ago|christmas|xmas)|(?:for |the last )?"
                           r"(?:\w+ )?(?:nights?|weeks?|days?))\b|\b(?:\w+) nights? parked up\b"),
    # Nights counted somewhere no one lives: "three nights in a doorway on Market Street now".
    ("nights_out", 0.9, r"\b(?:\w+|\d+) (?:nights?|weeks?) (?:in|on|at|under) (?:a|the|my) (?:shop )?(?:doorway|tent|"
                        r"park|bench|bus station|train station|stairwell|underpass|bus shelter|car park|bridge)\b"),
    ("sofa_surfing", 0.95, r"\b(?:sofa|couch) ?surf\w*\b|\b(?:sleeping|staying|kipping|crashing|living|moving)"
                           r" (?:on|at|between) (?:\w+ ){0,4}(?:sofas?|couch|floors?)\b|\b(?:staying|sleeping|"
                           r"kipping|moving|stay|sleep) (?:with|between|at|in) (?:different|various) (?:people|"
                           r"friends|mates|places)\b|\bsofa hopp\w*\b|\bbouncing (?:between|around) (?:my"
                           r" |different )?\w+s\b"),
    ("kicked_out", 0.95, r"\bout on (?:my|our) ear\b|\b(?:kicked|thrown|chucked|turfed|booted|forced|put) (?:me |us"
                         r" )?out (?:of (?:home|the"
                         r" house|my (?:flat|house|home|room|place)|the (?:flat|family home))|by (?:my|the) \w+)\b|"
                         r"\b(?:parents|mum|dad|landlord|landlady|partner|\w+) (?:has |have )?(?:kicked|thrown|"
                         r"chucked) (?:me|us) out\b" + _NOT_A_HOME + r"|\b(?:changed|changing|change) the locks\b"
                         r"(?! on the (?:whole |entire )?(?:block|building|office|shop|site))|\blocked me out\b"),
    # At risk now: a threat to throw the person out, or no way back home tonight.
    ("threatened_out", 0.85, r"\b(?:threaten\w*|going|gonna|says? (?:he|she|they) (?:is|are|will)|will) (?:to )?"
                             r"(?:kick|kicking|chuck|chucking|throw|throwing|turf|turfing) (?:me|us) out\b"
                             r"(?! if i (?:do not|did not) (?:get|find))|\b(?:cannot|can not|could not|dare not) go"
                             r" (?:back )?(?:home|to (?:the|my|our) (?:house|flat|place)) tonight\b"
                             r"(?! (?:, )?(?:i am )?(?:working|on shift|on nights|at work|on a late))"),
    ("kicked_out_bare", 0.8, r"\b(?:kicked|thrown|chucked|turfed) (?:me |us )?out\b(?! of)" + _NOT_A_HOME),
    ("eviction", 0.9, r"\bevict\w*\b|\bsection (?:21|8)\b|\bnotice to quit\b(?! (?:my |the |a |this )?(?:job|"
                      r"work|role|position|course|team))|\bpossession (?:order|hearing|"
                      r"proceedings|claim)\b|\bnotice seeking possession\b|\brepossess\w*\b|"
                      r"\b(?:landlord|landlady|council|housing association) (?:is |are )?(?:making me leave|"
                      r"chucking me out|throwing me out|taking me to court|selling up)\b|\b(?:landlord|landlady|"
                      r"council|mum|dad|parents|partner) (?:\w+ ){0,2}(?:wants|want|told|telling|asked|has given|"
                      r"gave) (?:me|us) (?:\w+ ){0,2}(?:out|to leave|notice|to move out|to get out)\b"),
    ("nowhere", 0.95, r"\b(?:nowhere|no place|not (?:got )?anywhere|do not have anywhere|have not got anywhere)"
                      r" (?:safe )?to (?:live|stay|sleep|go tonight|go|call home|lay my head)\b|\b(?:have|got) no"
                      r" (?:home|house|roof over my head|bed)\b|\bno home,? no\b|\b(?:no|not got an?|have not got"
                      r" an?|do not have an?|without an?) (?:home |fixed |permanent |proper )?(?:address|postcode)\b"
                      r"(?! line| field| box)"),
    ("lost_home", 0.9, r"\b(?:lost|lose|losing) (?:my|our) (?:\w+ )?(?:home|flat|house|tenancy|room|place|"
                       r"accommodation)\b(?! keys?)|\b(?:\d+|\w+) days to (?:get out|leave|be out|move out|find"
                       r" somewhere)\b|\b(?:bailiffs|eviction) (?:are |is )?booked\b|"
                       r"\b(?:have to|got to|must|need to) (?:leave|be out of|move out"
                       r" of) (?:my|the|our) (?:flat|house|home|room|place|accommodation) (?:by|in|tomorrow|"
                       r"tonight|next week)\b|\btold me (?:i|we) (?:have|need|got) to (?:move out|get out|leave"
                       r" (?:the|my) (?:house|flat|home)|leave (?:this|next|by|in|tomorrow|tonight|today))\b|\bno"
                       r" (?:flat|place|home|accommodation|housing) (?:sorted|lined up|to go to)\b"),
    ("rehousing", 0.75, r"\brehous\w*\b|\b(?:council|housing) (?:\w+ ){0,3}(?:will not|would not|refused to|refuse"
                        r" to|cannot) (?:house|help|rehouse) (?:me|us)\b"),
    # "I work at a safe house" is a job: see _STAFF_WORDS for the same after the place.
    ("temporary", 0.8, r"(?<!\bwork )(?<!\bworks )(?<!\bworking )(?<!\bworked )(?<!\bvolunteer )\b(?:in|into|at|"
                       r"from|living in|staying in|staying at|placed in|moved to) (?:a |the |another )?(?!their )"
                       r"(?:\w+ ){0,2}(?:hostel|night shelter|shelter|bnb|temporary accommodation|temp accommodation|"
                       r"emergency accommodation|emergency housing|emergency bed|refuge|safe house|ymca|sally army"
                       r" place)\b(?! " + _STAFF_WORDS + r")|\b(?:temporary|temp|emergency) accommodation\b(?! "
                       + _STAFF_WORDS + r")|\bcouncil (?:hotel|bnb|bed and breakfast)\b|\b(?:hotel|travelodge|bnb|"
                       r"bed and breakfast|room) (?:that )?the council (?:has )?(?:arranged|put me in|found|gave me"
                       r"|has given me|got me)\b|\b(?:the )?councils? (?:has |have )?(?:got|put) (?:me|us)(?: \w+){0,4}"
                       r" in a (?:hotel|travelodge|bnb|room)\b|"
                       r"\b(?:council|councils) (?:emergency bed|found (?:us|me) a (?:hotel|bnb|room))\b|"
                       r"\b(?:the council|housing) (?:put|placed|moved) (?:me|us)(?: \w+){0,4} (?:in|into) a"
                       r" (?:hotel|travelodge|premier inn|bnb)\b|\b(?:hotel|travelodge|premier inn|bnb) (?:\w+"
                       r" ){0,3}on the councils money\b"),
    ("care_leaver", 0.6, r"\b(?:left|leaving) care\b|\bcare leaver\b"),
    ("sleeping_at", 0.9, r"\b(?:sleep\w*|slept|kip\w*) (?:at|in|on) (?:the |a )?(?:church hall|community centre|day"
                         r" centre|library|24 hour mcdonalds)\b|\b(?:sleep\w*|slept|kip\w*|staying|stayed|"
                         r"stopping) (?:at|in|on) (?:the|a) (?:bus"
                         r" station|train station|station|park|car park|beach|church|doorway|underpass|bus shelter|"
                         r"stairwell|hospital waiting room|hospital chapel|chapel|mosque|launderette|laundrette|"
                         r"multi ?storey|night bus|bus garage|garages|woods|24 hour \w+|bin store)\b|\bsleep\w*"
                         r" (?:at|in) work after\b"),
    # Someone else's floor or sofa, said without a verb: "on my auntie's settee since the split".
    ("someones_floor", 0.85, r"\b(?:on|kipping on|crashing on|sleeping on|staying on) (?:a |my |his |her |our |the"
                             r" |ma )?(?:different \w+s |\w+s (?:\w+s )?)(?:floors?|sofas?|settee|couch(?:es)?|"
                             r"flair)\b(?! (?:watching|playing|with a|having))"),
    # No way back to where they lived: "his dad's told him not to come back", "can't stop there anymore".
    ("no_way_back", 0.85, r"\b(?:cannot|could not) (?:go|move) back (?:home|to (?:my|our) (?:parents|mum|mums|mam|"
                          r"dads?|family|house|flat|place))\b|\b(?:said|told|says|telling) (?:me|him|her|us) (?:not"
                          r" to|do not|to never|never to|not) (?:come|go) (?:back|home)\b(?! (?:to (?:work|the"
                          r" (?:job|site|shift|placement)))|.{0,40}\b(?:no work|shifts?|placement)\b)|\b(?:cannot|"
                          r"can not|could not) (?:stop|stay|live) (?:there|here|at (?:hers|his|theirs))"
                          r" (?:anymore|any longer|past|after)\b|\b(?:wants?|want) (?:me|us|him|her) (?:gone|out)"
                          r" (?:by|before)\b|\bnot welcome (?:anymore|at home|no more|there)\b|\bnot safe (?:going|"
                          r"to go|to be|being) (?:back )?(?:home|"
                          r"to ours|to (?:the|my|our) (?:house|flat|place)|there)\b|\bhiding (?:out )?at (?:my|a)"
                          r" \w+s\b|\b(?:mum|mam|dad|da|"
                          r"parents|nan|gran|stepdad|stepmum) (?:said|says|told me) (?:do not|not to|never) come"
                          r" (?:back|home)\b"),
    # Living in something that is not a home: "in a transit on an industrial estate", "out of the car".
    ("vehicle_home", 0.8, r"\b(?:living|sleeping|kipping|dossing|stopping) (?:in|out of) (?:a|an|my|the|our|his|"
                          r"ma) (?:\w+ )?(?:transit|tourer|horsebox|van|motor|car|campervan|narrowboat)\b"
                          r"(?! (?:for|at) (?:the|a) (?:festival|weekend|holiday))(?! with all these)|\bliving"
                          r" out of (?:a|my|the) (?:car|van|rucksack|bin bag)\b|\bcaravan on (?:a|my|his|her) \w+s"
                          r" (?:drive|farm|yard|land|driveway)\b"),
    ("tent_now", 0.85, r"\b(?:the|my|in the|in a|in my) tent(?:s)? (?:is )?(?:again|tonight|soaked|has|behind|under|by"
                       r" the|near|in the woods)\b|\btent again\b"),
    ("need_somewhere", 0.85, r"\b(?:need|want|looking for) (?:somewhere|a place|anywhere) (?:warm |safe )?to (?:sleep|"
                             r"kip|stay tonight|crash|go tonight)\b|\bnowhere warm\b|\b(?:need|want) somewhere"
                             r" warm\b|\b(?:i was|been|was) out all night\b|\bbeen out (?:\w+ )?nights\b"),
    ("no_address_now", 0.85, r"\bbetween addresses\b|\b(?:am|i am|currently|still) nfa\b|\bnfa (?:at the"
                             r" moment|atm|right now|now)\b|\bno (?:postal|permanent) address\b|\b(?:care of|c/o)"
                             r" (?:the )?day centre\b|\b(?:currently|at the moment) (?:have )?no residence\b"),
)
