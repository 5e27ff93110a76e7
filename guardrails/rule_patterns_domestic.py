"""Domestic abuse phrase tables (partners and family: violence, control, money, threats), on normalised
text (see `rule_patterns_crisis`). Data, not logic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type: `rule_patterns_crisis` imports this module
    from guardrails.rule_patterns_crisis import Rule

_PARTNERS = r"partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|spouse"
_PARTNER_NOUN = r"(?:" + _PARTNERS + r")"
PARTNER = r"(?:he|she|" + _PARTNERS + r")"
# Abuse by family members counts as domestic abuse too.
ABUSER = (r"(?:he|she|" + _PARTNERS + r"|dad|stepdad|father|mum|mam|mom|stepmum|mother|son|stepson|daughter|"
          r"stepdaughter|brother|sister|\w+ inlaws?|inlaws|uncle|aunt|family|parents|grandson|granddaughter|nephew|"
          r"niece|cousin)")

# See `everyday_control`: one phrasing per line.
_EVERYDAY_CONTROL = (
    r"\b(?:my )?" + ABUSER + r" (?:\w+ ){0,2}(?:takes?|took|has taken|keeps?|kept|spends?) (?:all )?my (?:pension|"
    r"wages|pay|money|benefits|uc|universal credit|bank card|card) (?:\w+ ){0,6}(?:shouts?|screams?|threatens?|hits?|"
    r"kicks off|will not give|does not give|till i give|until i give)\b",
    r"\b" + PARTNER + r" (?:\w+ ){0,2}(?:hides?|hid|hidden) my (?:\w+ )?(?:keys|uniform|phone|passport|purse|wallet|"
    r"bank card|meds|medication|shoes|coat)\b",
    r"\b(?:my )?" + PARTNER + r" (?:has )?(?:told|tells|makes|made|is making|forced|forcing|says) me (?:i have |i must"
    r" |i need )?(?:to )?(?:quit|leave|give up|stop) (?:my |the |this )?(?:job|work|course|college|shifts?)\b(?!"
    r" (?:because|as) (?:it|the pay|the hours|the commute|the money))",
    r"\b" + PARTNER + r" (?:\w+ ){0,2}(?:wants|needs|has) to know where i am (?:every|all the time|at all times|24)\b",
    r"\b(?:he|she) (?:\w+ )?found my (?:new )?(?:work|job|address|flat|house|number) again\b",
    r"\b" + ABUSER + r" (?:\w+ ){0,3}(?:throws|threw|throwing) (?:things|stuff|plates|cups) at me\b",
    r"\bnot (?:meant|supposed|allowed) to come (?:near me|within)\b",
    r"\b(?:a|the) refuge (?:as|is) my address\b",
    r"\bgot (?:her|his|their) (?:brothers|mates|family|dad|cousins|friends) to (?:do me over|beat me|batter me|hurt"
    r" me|sort me out)\b",
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
    # Control in everyday things, found in messages that never say "abuse": wages and pensions taken, keys and
    # uniforms hidden before a shift, made to quit a job, a partner who must know where they are every minute.
    ("everyday_control", 0.85, "|".join(_EVERYDAY_CONTROL)),
    ("scared_to_tell", 0.6, r"\b(?:scared|afraid|frightened|terrified) to tell (?:him|her|my " + _PARTNER_NOUN +
                            r")\b"),
)
