"""Self-harm said as calm final arrangements, on normalised text (see `rule_patterns_crisis`).

Someone who has decided often writes plainly, even politely: affairs in order, a will with the
solicitor, a letter left for the children, the car given away, "if they find me tomorrow". Any one
of these can be ordinary ("I've made a will now the baby's here", "I won't be needing my appointments,
I got the job"), so one alone counts weakly (`finality_weak` in `rule_patterns_self_harm`). Two in one
message, or one that only a farewell explains, is a crisis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guardrails.rule_patterns_self_harm import AWAY_REASON

if TYPE_CHECKING:  # only a type: `rule_patterns_crisis` imports this module
    from guardrails.rule_patterns_crisis import Rule

# Each is ordinary on its own; see `final_arrangements`.
_FAREWELL_SIGN = (
    r"(?:(?:sorted|put|got|putting|getting) (?:all )?my affairs in order|my affairs are (?:all )?in order|"
    r"made (?:all )?my (?:own |final )?arrangements|my will is (?:with|done|sorted|written|signed)|"
    r"(?:sorted|written|wrote|made|done|did) (?:out )?my will|(?:there is|there are|(?:i have |i |and )?(?:left|"
    r"written|wrote|put)) (?:a|some|the) (?:letters?|notes?) (?:for|to) (?:my|the|each|everyone)|"
    r"will not be needing (?:it|them|this|that|my \w+|any of (?:it|this|them))|(?:signing off|saying goodbye|"
    r"goodbye) for good|(?:after|when|once) i (?:am|have) gone\b(?! (?:to|into|in|for|back|home|out|through|over|"
    r"on|off|up|down|past|round|around|and|abroad|away|shopping)\b)|(?:sold|given away|gave away|giving away|"
    r"handed over) (?:my|all my) (?:car|things|stuff|belongings|possessions|tools|bike|savings)|(?:shall|will) not"
    r" be requiring anything|not (?:require|need|want) anything (?:further|more|else) from (?:anyone|anybody|you|"
    r"the department)|(?:i have |i )?(?:written|wrote|left) (?:a|my) note(?= ?(?:[.,!?;:~]|$))|(?:just )?want(?:ed)?"
    r" (?:someone|somebody|anyone|one person) to know(?= ?(?:[.,!?;:~]|$))|(?:was not|is not|were not) (?:her|his|"
    r"your|their|anyones|anybodys) fault|(?:he|she|they|you) can have my (?:\w+ )?(?:ps5|xbox|car|bike|stuff|things|"
    r"phone|laptop|guitar|tools|clothes|records)|told (?:my )?\w+ (?:that )?i love (?:her|him|them|you)|feels like"
    r" the right time(?= ?(?:[.,!?;:~]|$))|(?:planned|picked|set) it for (?:the )?\w+|(?:do not|not) want to leave"
    r" (?:a|any) mess (?:for|behind)|(?:told|showed|shown) (?:me|us|my \w+) where (?:the |his |her |my )?(?:spare )?"
    r"(?:keys|will|papers|paperwork|documents|passwords|insurance|bank details) (?:are|is)|(?:sorted|put|boxed)"
    r" (?:all |out )?(?:his|her|my) (?:paperwork|papers|documents) (?:into|in|out)|for after(?= ?(?:[.,!?;:~]|$))|"
    r"(?:picked|chosen)"
    r" a date)"
)
# A date picked for something ordinary: "picked a date for the wedding".
_ORDINARY_DATE = (r"(?! (?:for|of) (?:the |my |our |a |his |her )?(?:wedding|interview|move|moving|start|party|"
                  r"christening|funeral|operation|exam|test|course|holiday|trip|appointment|induction|first day|"
                  r"leaving do|house))")
_TOLD_NO_ONE = (r"(?:not told|have not told|not telling|no one knows|nobody knows|told no one|told nobody|"
                r"not told anyone|tell no one)")

FAREWELL: tuple[Rule, ...] = (
    # A new job or a move explains most goodbyes: "signing off for good, I won't be needing my appointments".
    ("final_arrangements", 0.9, AWAY_REASON + r".*?\b" + _FAREWELL_SIGN + r".{0,200}\b" + _FAREWELL_SIGN),
    # Being found is what happens to a body: "if they find me tomorrow", not "if they find me a job".
    ("found_tomorrow", 0.85, r"\b(?:if|when|whoever) (?:(?:they|someone|somebody|anyone|you|my \w+) )?(?:find|finds|"
                             r"found) me (?:tomorrow|tonight|in the morning|first|dead|hanging|like this)\b"),
    ("date_picked", 0.85, r"\b(?:picked|chosen|set|got) (?:a|the) date\b" + _ORDINARY_DATE + r"(?:.{0,60}\b"
                          + _TOLD_NO_ONE + r"\b| (?:for it|to do it|to go|to end it|to end things))"),
    # Grief that wants to follow: "sitting at the crem wanting to be next".
    ("wanting_to_follow", 0.85, r"\b(?:crem|crematorium|grave|graveside|graveyard|cemetery|funeral|died|passed|buried|"
                                r"ashes)\b.{0,80}\b(?:want|wanting|wish|wishing|hoping|praying) (?:it )?(?:to be|was|"
                                r"were|could be) (?:me )?next\b(?! (?:in|up|to|for|on|at|week|year|month|time|"
                                r"round)\b)"),
    # Absent when a decision comes back, with no trip or new job to explain it.
    ("gone_by_the_time", 0.8, AWAY_REASON + r".*?\b(?:will not|am not going to) be (?:here|around|alive) (?:by the"
                              r" time|when) (?:it|that|the \w+|they|you|your \w+) (?:comes?|gets?|is|are|reply|"
                              r"replies|decides?|sorts?|looks?)\b"),
)
