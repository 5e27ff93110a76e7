"""Money-trouble phrase tables, on normalised text (see `rule_patterns`). Data, not logic.

No food or heating now, debts and arrears that cannot be paid, bailiffs, a meter on emergency
credit, things pawned or sold to get by, and the help people ask for when it has come to that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type: `rule_patterns` imports this module
    from guardrails.rule_patterns_crisis import Rule

FINANCIAL_HARDSHIP: tuple[Rule, ...] = (
    ("bailiffs", 0.9, r"\bbailiffs?\b|\bdebt collect\w*\b|\benforcement (?:agents?|officers?)\b|\bccjs?\b|\bcounty"
                      r" court judg\w*\b"),
    ("no_food", 0.95, r"\bno food\b(?! (?:or drink|and drink|allowed|safety|hygiene|industry|experience|on "
                      r"(?:days|the days)))|"
                      r"\b(?:nothing|not anything) (?:left )?to eat\b|\bnothing in the (?:fridge|cupboards?|"
                      r"house)\b|\b(?:empty|bare) (?:fridge|cupboards?)\b|\bnothing (?:left )?for (?:food|the kids|"
                      r"gas|electric\w*|the week|the meter)\b|\bliving on (?:toast|beans|noodles|bread|cereal|"
                      r"pasta|nothing)\b|\b(?:heating|heat) (?:and|or) eating\b"),
    ("not_eaten", 0.95, r"\b(?:not|nothing|not had anything to) ?eat(?:en)? (?:for|in|since) (?:\w+ ){0,2}(?:days?|"
                        r"yesterday|last night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a (?:day|"
                        r"while|week))\b|\bnot (?:eaten|had (?:any )?food|had a (?:proper )?meal)(?: properly)?"
                        r" (?:today|for days|all day|in days)\b"),
    ("hungry", 0.85, r"\b(?:going|go|gone|went) hungry\b|\b(?:kids|children|we|family|baby) (?:are |is )?(?:so"
                     r" )?(?:hungry|starving)\b|\b(?:£ ?\d+|\d+ (?:quid|pounds?|p)) (?:\w+ ){0,2}(?:to last|left|"
                     r"until|till)\b"),
    ("skip_meals", 0.9, r"\b(?:skip\w*|miss\w*|going without|go without|gone without|went without) (?:my )?"
                        r"(?:meals|food|eating|dinners?|lunch(?:es)?|breakfasts?|teas?|heating|the heating)\b|"
                        r"\b(?:eating|eat|having) (?:once|one meal) a day\b|\bone meal a day\b|\bso (?:my )?"
                        r"(?:kids|children|son|daughter|family) can eat\b"),
    ("food_bank", 0.85, r"\bfood ?banks?\b|\bfood (?:parcels?|vouchers?)\b"),
    ("cannot_afford", 0.9, r"\b(?:cannot|could not|not able to|unable to|struggl\w+ to|do not have (?:enough"
                           r" )?(?:money )?to) (?:afford|pay(?: for)?|buy|get) (?:to (?:eat|travel|get to|heat)|the"
                           r" (?:bus|train|fare|travel|rent|bills|gas|electric\w*|heating|food|shopping)|(?:bus|"
                           r"train|travel) (?:fare|fares|ticket|pass)|fares?|food|rent|my (?:rent|bills|bus|travel|"
                           r"fare|council tax|food|shopping|phone|gas|electric\w*|mortgage|debts?)|bills|nappies|"
                           r"formula|electric\w*|gas|heating|council tax|clothes|shoes|interview clothes|a suit|"
                           r"school uniform|data|phone credit|credit|to top up)\b|\b(?:do not have|have not got|not"
                           r" got) enough (?:money )?(?:for|to (?:buy|pay|live))\b|\bneed (?:some )?money for"
                           r" (?:food|interview clothes|the bus|travel|gas|electric\w*|rent|nappies)\b"),
    ("live_on_what", 0.85, r"\b(?:what|how) (?:am i|are we|is (?:she|he)) (?:meant|supposed|expected) to (?:live|"
                           r"survive|eat) on\b|\bhow (?:am i|are we) (?:meant|supposed|expected) to (?:live|"
                           r"survive)\b(?! (?:with|without|near|in|at)\b)"),
    ("cannot_afford_weak", 0.65, r"\b(?:cannot|could not) afford\b"),
    ("no_money", 0.85, r"\b(?:have|got|with|i have) no (?:money|cash|income)\b|\bno money (?:left|at all|for|until|"
                       r"till|coming in)\b|\b(?:have|got) (?:nothing|zero|0) (?:left )?(?:in (?:my|the) (?:account|"
                       r"bank)|until|till|to last)\b|\bnot a penny\b|\bi am (?:\w+ )?(?:broke|skint|brassic|"
                       r"penniless)\b(?! (?:the|my|a|an|it|his|her|their|our|this|that)\b)|£ ?\d+ (?:\w+ "
                       r"){0,2}(?:to last|left|until|till)\b|\bmoney (?:has |have"
                       r" )?(?:ran|run|runs) out\b|\b(?:will not|cannot|do not know how i will) (?:survive|get by|"
                       r"manage|last) (?:until|till|to)\b|\bcannot live on\b|\b(?:leaves?|left) me with (?:nothing|"
                       r"hardly anything|barely anything)\b|\bpawn\w*\b|\bsold my \w+ (?:\w+ )?to pay for\b|"
                       r"\bemergency credit\b|\b(?:electric|electricity|gas|meter|key|card) is on emergency\b|"
                       r"\bno credit (?:on|for) (?:the |my )?(?:gas|electric\w*|meter|key)\b|"
                       r"\b(?:electric|electricity|gas) (?:is|has been|went) off\b|\bto keep the lights on\b|"
                       r"\bsold (?:my|me) (?:\w+ ){0,4}(?:to|just to)"
                       r" (?:pay|keep|eat|buy food|feed)\b|\bcash converters\b|\bon the breadline\b|\b(?:pick|"
                       r"choose|choice) between (?:\w+ ){0,4}(?:gas|electric\w*|heating|food|eating|rent|meter)\b|"
                       r"\bnothing left for (?:my |the )?(?:bus|food|rent|gas|electric\w*|meter)\b|\bcannot"
                       r" (?:afford to )?(?:put|have|turn) the heating on\b|\beating (?:the )?out of date (?:stuff|"
                       r"food)\b"),
    ("debt", 0.85, r"\b(?:in|into|drowning in|buried in|up to my eyes in|got|have|loads of) (?:so much |a lot of |"
                   r"serious |huge |massive )?(?:debt|debts|arrears)\b(?! from (?:uni|university|college))|"
                   r"\b(?:rent|council tax|energy|gas|electric\w*|water|mortgage) arrears\b|\bbehind (?:on|with)"
                   r" (?:my |the )?(?:rent|bills|payments|council tax|mortgage|energy|gas|electric\w*|water|"
                   r"phone)\b|\bpayday (?:loans?|lenders?)\b|\bloan sharks?\b|\bdebts? (?:are |is )?(?:out of"
                   r" control|piling up|mounting|spiralling)\b|\bhelp with my debts?\b|\bi owe (?:£ ?\d+|\d+"
                   r" grand|thousands)\b|\binterest keeps going up\b"),
    ("debt_help", 0.6, r"\bhelp with (?:debt|debts|money worries)\b"),
    ("utilities", 0.9, r"\b(?:gas|electric\w*|power|heating|water|meter|phones?|internet|wifi) (?:\w+ ){0,3}(?:cut"
                       r" off|disconnected|run out|ran out|gone off|switched off)\b|\bno (?:gas|electric\w*|"
                       r"heating|credit on (?:my |the )?meter|hot water)\b|\bcannot (?:top up|put money on) (?:the"
                       r" |my )?meter\b"),
    ("cannot_feed", 0.95, r"\b(?:cannot|struggling to|not able to) feed (?:my |the |our )?(?:kids|children|family|"
                          r"baby|son|daughter|myself|us)\b"),
    ("hardship_help", 0.6, r"\b(?:hardship (?:payment|fund|loan)|budgeting (?:advance|loan)|advance payment|crisis"
                           r" (?:loan|payment|grant)|emergency (?:payment|money|funds?)|household support fund)\b",
     "h"),
    ("payment_gap", 0.6, r"\bwait\w* (?:\w+ ){0,3}(?:weeks?|days) for (?:my )?(?:first )?(?:payment|money|uc|"
                         r"universal credit)\b"),
)
