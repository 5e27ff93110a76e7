"""Pattern tables for the prompt-injection detector.

Each rule is a weak or strong signal with a weight; the detector adds the weights of the rules
that match and flags a text when the sum reaches 1.0. No single trigger word is worth 1.0 on its
own: "ignore", "system", "act as" or "jailbreak" all appear in ordinary questions. A rule is worth
1.0 or more only when it pairs an imperative with a target that only a language model has
("ignore" + "your previous instructions", "print" + "system prompt").

Patterns run on case-folded, normalised text. Which words a rule needs before its regex runs is in
`injection_keys`; how disguised text is read (leetspeak, homoglyphs, encodings) in `injection_text`.
This module re-exports both, so the detector reads every table from one place.
"""

from __future__ import annotations

from guardrails.injection_keys import Rule, stems_of
from guardrails.injection_keys import make_rule as _rule
from guardrails.injection_text import (
    COMMON_WORDS,
    DOMAIN,
    ENCODING_CUES,
    HOMOGLYPHS,
    LEET_MAP,
    LEET_VOCAB,
    QUOTES,
    REQUEST,
    SQUASHED_KEYS,
    TEXTSPEAK,
    ZERO_WIDTH,
)

__all__ = ["COMMON_WORDS", "DOMAIN", "ENCODING_CUES", "HOMOGLYPHS", "LEET_MAP", "LEET_VOCAB", "QUOTES", "REQUEST",
           "RULES", "SQUASHED_KEYS", "TEXTSPEAK", "THRESHOLD", "ZERO_WIDTH", "Rule", "stems_of"]

THRESHOLD = 1.0

# Separators that stay inside one sentence, and a lazy gap of up to n words.
_SEP = r"[^\w.!?\n]+"


def _gap(n: int) -> str:
    return rf"(?:{_SEP}[\w'’]+){{0,{n}}}?{_SEP}"


# Who the instructions belong to: the model's, never the user's own ("my previous instructions").
_QUAL = (r"(?:all|any|every|each|your|these|those|its|previous|prior|preceding|above|earlier|former|initial|original|"
         r"system|developer|default|built[- ]in|programmed|pre[- ]?set|existing|old|given|hidden|safety|ethical|moral|"
         r"content|openai|the\s+(?:above|previous|prior|preceding|original|initial|system|earlier))")
_INSTR = (r"(?:instructions?|rules|guidelines|guidance|directives?|prompts?|orders|commands|programming|training|"
          r"conditioning|polic(?:y|ies)|principles|constraints)")
_LIMITS = (r"(?:restrictions|limitations|limits|boundaries|filters?|filtering|guardrails|safeguards|censorship|"
           r"moderation|content polic(?:y|ies)|usage polic(?:y|ies)|"
           r"safety (?:rules|guidelines|measures|filters|features|settings)|"
           r"ethical (?:guidelines|constraints|principles|boundaries)|morals|ethics)")
_IGNORE = (r"(?:ignor(?:e|es|ed|ing)?|disregard\w*|forget|forgot|forgotten|forgetting|neglect|bypass\w*|override|"
           r"overriding|overrule|discard|abandon|drop|set aside|throw out|circumvent|evade|"
           r"(?<!you )(?<!they )(?<!i )(?:do not (?:follow|obey|listen to|heed|adhere to)|"
           r"don'?t (?:follow|obey|listen to|heed))|"
           r"stop (?:following|obeying)|no longer (?:follow|obey|adhere to)|free yourself from|break free from)")
_PRIOR = r"(?:previous|prior|preceding|above|earlier|before|initial|original|first|so far)"
# Things only a model has. "The original instructions" could be a work coach's, so a plain
# qualifier needs "your" in front of it; "hidden prompt" or "system message" do not.
_SYS_TARGET = (r"(?:system[ -]?(?:prompt|message|instructions?|rules|directives?|guidelines)|"
               r"(?:hidden|secret|internal|underlying|developer|confidential|meta|pre|initiali[sz]ation|base|core)"
               r"[ -]?(?:prompt|instructions?|directives?|configuration|config|message|string|setup|rules|guidelines)|"
               r"(?:initial|original|starting|opening|beginning|first|full)[ -]?prompt|"
               r"your (?:\w+ )?(?:initial|original|starting|opening|beginning|first|full|exact|entire|complete)[ -]?"
               r"(?:instructions?|directives?|configuration|config|message|setup|rules)|"
               r"(?:your|the) (?:prompt|programming)|prompt (?:you were given|above))")
_YOUR_INSTR = r"(?:your (?:\w+ )?(?:instructions|rules|guidelines|directives|configuration|orders|programming))"
_REVEAL = (r"(?:reveal|print|show|display|output|repeat|recite|tell|give|share|list|write|type|dump|leak|expose|"
           r"spell|copy|paste|echo|return|send|provide|disclose|state|encode|translate|summari[sz]e|paraphrase|"
           r"read|what(?:'s| is| are| was| were)|describe|explain|convert|render|format|see|view|access|know|"
           r"check|look at|get|have)")
_OUT = r"(?:answer|response|reply|output|message|text|elucidation|summary)"
_ENCODINGS = (r"(?:base ?\d\d|base64|hex(?:adecimal)?|binary|rot-?13|morse|caesar|ascii (?:codes|values)|"
              r"unicode escapes|leetspeak|l33t|pig latin|bytes|reverse (?:order|sequence)|backwards?|reversed)")

RULES: tuple[Rule, ...] = (
    # --- overriding the model's instructions ---
    _rule("override_instructions", 1.2,
          rf"\b{_IGNORE}\b(?!{_gap(3)}(?:my|our|his|her|their)\b){_gap(4)}{_QUAL}\b{_gap(3)}{_INSTR}\b"
          rf"|\b{_IGNORE}\s+(?:(?:all|any|every)\s+)?(?:(?:of\s+)?your\s+)?{_INSTR}\b"
          rf"|\b{_IGNORE}\s+(?:all\s+(?:of\s+)?)?the\s+{_INSTR}\s+(?:above|before|so far|given|previously|"
          r"(?:that\s+)?you(?:'ve| have| were| got)\b)",
          "ignor|disregard|forg|neglect|bypass|overrid|overrul|discard|abandon|drop|aside|throw|erase|wipe|reset"
          "|cancel|circumvent|evade|skip|not|don|stop|longer|free"),
    _rule("override_limits", 1.0,
          rf"\b{_IGNORE}\b{_gap(3)}(?:the|your|any|all|its|their|these|those)\b{_gap(2)}{_LIMITS}\b"
          rf"|\b(?:disable|turn off|switch off|deactivate|remove|lift|break|escape|get around|avoid)\s+"
          rf"(?:(?:all|any)\s+)?(?:of\s+)?(?:your|its)\s+(?:own\s+)?{_LIMITS}\b",
          "ignor|disregard|forg|neglect|bypass|overrid|discard|abandon|drop|circumvent|evade|skip|disable|turn off"
          "|switch|deactivat|remove|lift|break|escape|around|avoid|stop|not|don|longer|free"),
    _rule("prior_context_override", 0.8,
          rf"\b(?:ignore|disregard|forget|discard)\s+(?:all\s+|everything\s+|anything\s+)?(?:of\s+)?(?:the\s+)?"
          rf"(?:text\s+|words\s+|content\s+|context\s+|information\s+|input\s+|conversation\s+)?"
          rf"(?:above|before|previously|so far|prior|preceding|(?:you(?:'ve| have)? (?:were |been )?"
          rf"(?:told|learned|learnt|know|been given|received|got|configured|programmed|trained|taught|given)))\b"
          r"|\b(?:set aside|drop|abandon|throw out|wipe)\s+(?:everything|all|anything)\s+(?:that\s+)?you(?:'ve| have)?"
          r"\s+(?:were\s+|been\s+)?(?:told|given|configured|programmed|trained|taught|instructed)\b"
          rf"|\b(?:do not|don't) listen to (?:any|the)?\s*{_PRIOR}",
          "ignore|disregard|forget|discard|listen|aside|drop|abandon|throw|wipe"),
    _rule("rules_void", 1.0,
          r"\b(?:your\s+(?:\w+\s+)?(?:rules|guidelines|restrictions|instructions|filters|limits|policies)|"
          r"(?:rules|guidelines|restrictions|instructions|filters|limits|policies)\s+(?:that\s+)?you\s+"
          r"(?:follow|have|were given|obey))\s+(?:don't|do not|no longer|won't|will not)\s+"
          r"(?:exist|apply|matter|count)\b"
          r"|\b(?:no|none of the) (?:rules|restrictions|guidelines|filters) apply to you\b",
          "rules|guidelines|restrictions|instructions|filters|limits|policies&exist|apply|matter|count"
          "&don't|do not|no longer|won't|will not|no rules|no restrictions|no guidelines|no filters|none of the"),
    _rule("before_first_message", 1.0,
          r"\b(?:text|words|messages?|everything|what|anything)\s+(?:that\s+)?(?:came|comes|was|is|appears?|were)\s+"
          r"(?:written\s+)?(?:before|above)\s+(?:my|this|the)\s+(?:first\s+)?(?:message|question|prompt|input)\b"
          r"|\b(?:text|words|messages?|everything|anything|stuff|content)\s+(?:before|above)\s+(?:my|the)\s+first\s+"
          r"(?:message|question|prompt|input)\b",
          "before|above&message|question|prompt|input"),
    _rule("your_rules_question", 0.6,
          r"\b(?:rules|guidelines|instructions|restrictions)\s+(?:do\s+)?you\s+(?:have to|must|need to|are told to|"
          r"were told to)\s+(?:follow|obey)\b|\bwhat (?:are you|were you) (?:told|instructed|programmed) to\b",
          "rules|guidelines|instructions|restrictions|told|instructed|programmed&you"),
    _rule("override_then_act", 0.5,
          r"\b(?:ignore|disregard|forget)\b[^.!?\n]{0,80}\band (?:instead )?(?:say|print|write|output|respond|reply|"
          r"tell|reveal|answer|repeat|translate|give)\b",
          "ignore|disregard|forget"),
    _rule("new_instructions", 0.9,
          r"\b(?:your|the) (?:new|updated|real|actual|true|revised) (?:instructions|rules|task|objective|purpose|"
          r"directives?|programming|role|guidelines|goal|policy)\b"
          r"|\bnew (?:instructions|directives?|system prompt|system message)\s*(?::|follow|below|are\b)",
          "new|updated|real|actual|true|revised"),
    _rule("obey_all", 0.6,
          r"\byou (?:must|will|shall|have to|are to) (?:now |always )?(?:obey|comply with|follow|do|answer|fulfil|"
          r"fulfill|execute) (?:all|every|any|each|whatever|anything)\b",
          "you"),
    _rule("ask_instructions", 1.0,
          r"\bwhat(?:'?s| is| was)? (?:in|inside|written in|on) (?:your|the) (?:\w+ )?(?:instructions|prompt|"
          r"rules|guidelines|programming|setup|config(?:uration)?)\b"
          rf"|\b(?:copy|paste|dump|print|type out|write out){_gap(3)}your (?:\w+ )?(?:instructions|prompt|rules|"
          r"guidelines|programming|directives)\b"
          r"|\bwhat (?:were|have|are) you (?:been )?(?:told|instructed|programmed|asked|trained|prompted) (?:not )?to "
          r"(?:do|say|tell|avoid|talk|answer|keep|hide|discuss|share)\b"
          r"|\b(?:tell|show|give) me (?:what|everything|all) (?:that )?you (?:were|have been|'ve been|got) "
          r"(?:told|instructed|programmed|asked|prompted) (?:not )?to\b"
          r"|\bwhat did (?:they|your (?:developers?|creators?|makers?|programmers?|owners?|company|bosse?s?|boss|"
          r"designers?|admins?)|the (?:developers?|creators?|makers?|programmers?|people who (?:made|built|wrote) you))"
          r" (?:tell|ask|instruct|program|programme|train) you (?:not )?to\b"
          r"|\bwhat (?:rules|instructions|guidelines|directives|orders|prompt)\s+(?:were|have|did)\s+you\s+(?:been\s+)?"
          r"(?:given|told|set|programmed|fed|get|receive)\b",
          "you|your"),
    _rule("before_i_started", 0.3,
          r"\b(?:before|prior to) (?:i|we) (?:started|began|said|wrote|typed|asked|joined|came|messaged)\b"
          r"|\bbefore (?:my|this|our) (?:first )?(?:message|question|chat|conversation)\b",
          "before|prior"),
    _rule("pretend_no_rules", 1.0,
          r"\b(?:pretend|imagine|act (?:like|as if)|behave (?:like|as if)|respond (?:like|as if)|answer (?:like|as if)|"
          r"suppose|assume|role ?-?play|be|you are now|you're now|now you|from now on)\b[^.!?\n]{0,40}"
          r"\b(?:you|yourself|version of you)\s+(?:have|had|has|got|with|(?:don'?t|do not|didn'?t) have)\s+"
          r"(?:no|zero|any|none of (?:your|the))\s+(?:\w+\s+)?(?:rules|restrictions|limits|limitations|filters|"
          r"guidelines|polic(?:y|ies)|guardrails|safety|ethics|morals|boundaries|censorship)\b"
          r"|\bversion of (?:you|yourself)\b[^.!?\n]{0,40}\b(?:turned off|switched off|disabled|removed|"
          r"(?:with no|without(?: any)?|minus) (?:the |your |any |all )?(?:safety|filters?|rules|restrictions|"
          r"guardrails|guidelines|limits|ethics|morals|censorship))",
          "rules|restrict|limit|filter|guideline|polic|guardrail|safety|ethic|moral|bound|censor&you|yourself"),
    _rule("roleplay_decision", 1.0,
          r"\b(?:pretend|role ?-?play|play a game|make believe|just for fun|imagine you|act as|acting as|be my|"
          r"you(?:'re| are) (?:now )?(?:my|the) (?:\w+ )?(?:coach|decision maker|manager|adviser|advisor|dwp|"
          r"jobcentre))[^\n]{0,120}?\b(?:approve|authori[sz]e|sign(?:s|ed)? off|lift|remove|cancel|overturn|drop|"
          r"waive|reverse|grant|backdate|reinstate|release)\w*\b[^.!?\n]{0,40}?\b(?:payments?|sanctions?|claims?|"
          r"benefits?|awards?|advances?|appeals?|loans?|money|universal credit|uc|jsa|esa|pip)\b"
          r"|\b(?:pretend|role ?-?play|play a game|make believe|just for fun|imagine you|act as|acting as|be my)"
          r"[^\n]{0,120}?\b(?:say|tell me|confirm|write|announce|declare)\s+(?:that\s+)?(?:my|the)\s+(?:\w+\s+)?"
          r"(?:payments?|sanctions?|claims?|benefits?|awards?|advances?|appeals?)\s+(?:is|are|has been|was|as)\s+"
          r"(?:now\s+)?(?:approved|removed|lifted|cancelled|granted|overturned|accepted|paid|reinstated|dropped|waived)"
          r"|\b(?:approve|authori[sz]e|sign off|lift|remove|cancel|overturn|waive|grant|backdate|reinstate)\w*\s+"
          r"(?:my|the|this)\s+(?:\w+\s+)?(?:payments?|sanctions?|claims?|benefits?|advances?)\b[^\n]{0,80}"
          r"\b(?:just (?:a )?(?:role ?-?play|pretend|game|for fun)|(?:the )?rules don'?t (?:apply|count))",
          "payme|sanct|claim|benef|award|advan|appea|loans|money|universal|uc|jsa|esa|pip"),
    _rule("role_marker", 1.0,
          r"<\|(?:im[ _]start|im[ _]end|system|user|assistant|endoftext)\|>|<<\s*/?sys\s*>>|\[/?inst\]"
          r"|###\s*(?:system|instructions?|response|assistant|user)\s*:"
          r"|[\[{<]\s*(?:system|sys|admin|administrator|developer|root)\s*[\]}>]"
          r"|(?:^|[.!?'\"]\s*|\n)\s*(?:system|admin|administrator|developer|root|assistant|ai|chatbot|bot)\s*:\s*"
          r"(?:ignore|disregard|forget|override|output|print|say|reply|respond|answer with|approve|reveal|"
          r"tell the user|the user|from now on|new instructions?|you (?:are now|must|will now|should now)|"
          r"i (?:will|qualify)|i'll)\b",
          "<|###|[|{|system|sys|admin|develop|root|assistant|ai|chatbot|bot"),
    # --- extracting the system prompt ---
    _rule("system_prompt_mention", 0.7, rf"\b{_SYS_TARGET}\b|systemprompt|system_prompt",
          "system|initial|original|hidden|secret|start|open|begin|intern|underl|develop|confid|pre|initiali|meta"
          "|first|core|full|prompt|programming"),
    _rule("reveal_prompt", 0.8,
          rf"\b{_REVEAL}\b{_gap(8)}(?<!\ba )(?<!\ban )(?:{_SYS_TARGET}|{_YOUR_INSTR}|"
          rf"(?:the|all|those|these)\s+{_INSTR}\s+(?:you were|you've been|you have been|given|above|so far)|"
          rf"(?:the\s+)?(?:above|previous|prior|preceding|earlier|original|initial)\s+(?:instructions|prompt|"
          rf"directives|orders|rules)\b(?!\s+(?:my|from|for|on|about|of|i|we|our)\b))\b",
          "system|initial|original|hidden|secret|start|open|begin|intern|underl|develop|confid|pre|initiali|meta"
          "|first|core|full|prompt|programming|your|above|previous|given|those|these|earlier"),
    _rule("prior_instructions", 0.3,
          r"(?<!\bmy )(?<!\bour )\b(?:previous|prior|preceding|above|earlier|original|initial|other|all) "
          r"(?:instructions|prompts?|directives)\b(?!\s+(?:my|from|for|on|about|of|i|we|our)\b)",
          "previous|prior|preceding|above|earlier|original|initial|other|all"),
    _rule("dump_instructions", 0.8,
          r"\b(?:print|output|dump|reveal|leak|disclose|recite|echo|expose)\w*\s+(?:out\s+)?(?:all|the|those|these|"
          r"every)\s+(?:of\s+)?(?:the\s+|your\s+)?(?:instructions|directives|rules|prompts?)\b",
          "print|output|dump|reveal|leak|disclos|recite|echo|expos"),
    _rule("encoding_request", 0.3,
          rf"\b(?:in|into|as|using|with|to)\s+(?:\w+\s+)?{_ENCODINGS}\b"
          r"|\b(?:formatted as|as|in|into) (?:python|json|yaml|xml|pseudocode|a code block|code)\b",
          "base|hex|binary|rot|morse|caesar|ascii|unicode|leet|l33t|pig|bytes|revers|backward|python|json|yaml|xml"
          "|pseudo|code"),
    _rule("confirm_by_saying", 0.4,
          r"\b(?:confirm|acknowledge|respond|reply|answer|start|begin|prove)\w* (?:this )?(?:by|with) "
          r"(?:saying|writing|replying|typing|stating|outputting)\b"
          r"|\b(?:say|reply|respond with|output|print) exactly\b",
          "by|with|exactly"),
    _rule("secret_extraction", 0.5,
          r"\b(?:secret|hidden|confidential) (?:password|word|key|phrase|code|token)\b"
          r"|\b(?:what is|what's|tell me|reveal|give me|spell out|spell) the (?:secret|password|passphrase)\b",
          "secret|hidden|confidential|password|passphrase"),
    _rule("told_before", 1.0,
          r"\b(?:were you|you were|have you been|you've been|you have been|did (?:they|your \w+))\s+(?:\w+\s+)?"
          r"(?:told|instructed|given|programmed|prompted|asked|configured|set up)\b[^.!?\n]{0,60}"
          r"\b(?:before|at the (?:start|beginning)|initially|originally|to begin with|first|earlier)\b",
          "were|have been|'ve been|did"),
    _rule("instructions_given", 0.9,
          r"\b(?:text|instructions?|rules|words|prompt|directives?|guidelines|message)\s+(?:that\s+)?"
          r"(?:you were|you've been|you have been|you got|you received|given to you|provided to you)\s*"
          r"(?:given|told|provided|fed|shown|sent|at|before|initially)?"
          r"|\b(?:instructions|rules|prompt|directives)\s+(?:that\s+)?(?:\w+\s+){1,2}(?:gave|give|sent|wrote for|"
          r"fed|programmed into) you\b",
          "you"),
    _rule("dump_above", 1.0,
          r"\b(?:print|output|dump|echo|recite|reproduce|paste|copy)\s+(?:out\s+)?(?:everything|all|the (?:text|words|"
          r"content|lines))\s+(?:above|before this|so far)\b",
          "print|output|dump|echo|recite|reproduce|paste|copy&above|before this|so far"),
    _rule("repeat_above", 0.8,
          r"\b(?:repeat|output|print|copy|reproduce|recite|echo|display|write out|type out|paste|spell out|"
          r"translate|summari[sz]e|show me|give me|tell me)\s+(?:back\s+)?(?:all\s+|everything\s+|the\s+|of\s+)*"
          r"(?:(?:text|words|content|conversation|messages?|lines|instructions|prompt)\s+)?"
          r"(?:above|before this|so far|prior to this|preceding)\b"
          r"|\b(?:repeat|output|print|reproduce|recite|dump|echo)\b[^.!?\n]{0,40}"
          r"\b(?:this|the) (?:entire|whole|full|complete) (?:conversation|chat|text|prompt|context|history)",
          "repeat|output|print|copy|reproduce|recite|echo|display|write|type|paste|spell|translate|summar|show|give"
          "|tell|dump"),
    _rule("verbatim", 0.4,
          r"\b(?:word for word|verbatim|in full|in a (?:txt |text |code )?(?:code )?block|without (?:any )?changes|"
          r"exactly as (?:written|given|worded))\b", "word for|verbatim|in full|block|without|exactly as"),
    _rule("disclosure_bait", 0.8,
          r"[\"'‘“]\s*(?:my (?:instructions|rules|directives|system prompt) (?:are|were|say)|"
          r"i (?:was|am|have been) (?:instructed|told|programmed|prompted) to|the (?:system )?prompt (?:is|was)|"
          r"here are my (?:instructions|rules))",
          "my|i |the|here|you are"),
    _rule("forced_prefix", 0.6,
          r"\b(?:start|begin|preface|prefix|open)\w* (?:your|the) (?:answer|response|reply|output|message)s? with\b"
          r"|\b(?:beginning|starting) with [\"'‘“]"
          r"|\b(?:continue|complete|finish) (?:the following|this (?:sentence|text|phrase)|"
          r"the (?:sentence|text|phrase))\b",
          "start|begin|prefac|prefix|open|continu|complet|finish"),
    _rule("forbidden_knowledge", 1.0,
          r"\bwhat (?:are|were) you (?:not (?:supposed|allowed|meant|permitted)|told not|instructed not|forbidden)"
          r" to (?:tell|say|reveal|share|discuss)|\b(?:secret|password|word) (?:that )?(?:your|the) (?:developers?|"
          r"creators?|admins?|programmers?) told you\b|\btold you not to (?:reveal|tell|share|say)\b",
          "what|secret|password|word|told"),
    _rule("code_dump", 0.6,
          r"\b(?:console\.log|print|printf|echo|cat|dump|puts|system\.out\.println)\s*\(?\s*['\"]?\s*"
          r"(?:system|initial|prompt|instructions|config|secret)",
          "log|print|echo|cat|dump|puts"),
    _rule("fake_authority", 0.6,
          r"\b(?:administrator|admin|developer|sudo|root|system|openai|anthropic|security|maintenance|debug)"
          r" (?:override|access granted|command|notice|authori[sz]ation)\b"
          r"|[{\[(<]\s*(?:system|sys|admin|developer)\s*[:>\]]|<\|?im[ _]start\|?>|###\s*(?:system|instruction)"
          r"|(?:^|\n)\s*(?:system|admin|administrator|developer|root)\s*(?:message|prompt|note|override)?\s*:"
          r"|\bend of (?:user )?(?:input|prompt|instructions)\b|%%%|\bapproved by (?:openai|the developers|anthropic)"
          r"|\bi am (?:your|the) (?:developer|creator|administrator|admin|programmer|owner|maker)\b|\bsudo\b"
          r"|\bi'?m (?:a|the|your) developer (?:debugging|testing|of) (?:this|the|you)",
          "admin|develop|sudo|root|system|openai|anthropic|secur|mainten|debug|{|[|(|<|###|end of|%%%|approved"),
    _rule("display_config", 0.5,
          rf"\b(?:display|show|print|dump|output|reveal|list)\b{_gap(3)}(?:system|internal|hidden) "
          r"(?:configuration|config|settings|variables|parameters)\b"
          r"|\b(?:display|show|print|dump|output|reveal)\s+(?:the\s+|your\s+)?(?:configuration|config)\b",
          "display|show|print|dump|output|reveal|list"),
    # --- persona jailbreaks ---
    _rule("do_anything_now", 1.2, r"\bdo anything now\b|\bd\.a\.n\b|\bcan do anything and everything\b",
          "anything|d.a.n"),
    _rule("can_do_anything", 0.4, r"\b(?:can|could|will|able to) (?:do|say|answer|generate|write) anything\b",
          "anything"),
    _rule("jailbreak_mode", 1.0,
          r"\b(?:dan|jailbreak|jailbroken|god|apophis|evil|opposite|chaos|dude|stan|aim|anti-dan) mode\b",
          "mode"),
    _rule("unlocked_mode", 0.5,
          r"\b(?:developer|unfiltered|uncensored|unrestricted|unlocked|unlimited|debug|maintenance|admin|sudo|root|"
          r"test) mode\b", "mode"),
    _rule("mode_switch", 0.3,
          r"\b(?:enable|activate|enter|switch to|turn on|you are (?:now )?in|with)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+mode\b"
          r"|\bmode (?:enabled|activated|engaged|unlocked)\b", "mode"),
    _rule("persona_tag", 0.9,
          r"\[\s*(?:gpt|dan|chatgpt|classic|🔒\s*classic|🔓\s*jailbreak|jailbreak|stan|dude|aim|anti-dan|"
          r"developer mode output|normal output|jailbroken)\s*\]\s*:?|(?:^|\n)\s*(?:dan|stan|dude|aim|gpt)\s*:",
          "[|dan|stan|dude|aim|gpt"),
    _rule("jailbreak_word", 0.4, r"\bjail[- ]?br(?:eak|oken|eaking)\w*", "jail"),
    _rule("no_longer", 1.0,
          r"\byou (?:are|'re) no longer (?:bound|restricted|limited|an ai|a language model|an assistant|"
          r"subject|governed|constrained|chatgpt|jobcoach|\w+gpt|following|obliged|confined|a chatbot)\b"
          r"|\byou (?:are|'re) (?:now )?(?:unrestricted|unfiltered|uncensored|jailbroken|unlocked|unbound|limitless|"
          r"free from (?:all |any |your )?(?:rules|restrictions|filters))\b", "no longer|unrestricted|unfiltered"
          "|uncensored|jailbroken|unlocked|unbound|limitless|free from"),
    _rule("no_longer_weak", 0.4, r"\byou (?:are|'re) no longer\b", "no longer"),
    _rule("from_now_on", 0.5,
          r"\bfrom (?:now|this (?:moment|point)) on(?:wards)?,?\s+(?:you|your|act|respond|reply|answer|pretend|"
          r"speak|talk|only|always|never|refer)\b|\bfor the rest of (?:this|our) conversation\b",
          "from now|from this|rest of"),
    _rule("ai_persona", 0.7,
          r"\b(?:act as|acting as|respond as|reply as|answer as|talk as|speak as|act like|behave like|"
          r"pretend (?:to be|you are|you're)|role-?play as|play the role of|immerse yourself|"
          r"simulate|emulate|impersonate|become|you are going to be|you will be|you are|you're|take on the (?:role|"
          r"persona) of)\s+(?:an?\s+|another\s+|the\s+)?(?:\w+\s+){0,2}(?:ai|a\.i\.|al model|chatbot|bot|language "
          r"model|llm|assistant|model|persona|virtual machine)s?\b[^.!?\n]{0,20}\b(?:named|called|known as|without|"
          r"with no|that (?:has|can|does|doesn't|will|never)|which stands for|who (?:has|can|does|doesn't|never)|"
          r"free|unfiltered|uncensored|unrestricted|freed)\b",
          "act|respond|reply|answer|talk|speak|behave|pretend|role|immerse|simulat|emulat|imperson|become|going"
          "|will be|you are|you're|take on"),
    _rule("persona_named", 0.6,
          r"\b(?:named|called|known as|which stands for|stands for)\s+[\"'“]?(?:[A-Z]{3,}|[A-Z](?:\.[A-Z]){2,})\b"
          r"|(?i:\byou (?:will|shall) (?:now )?be (?:called|named|known as) [\"'“]?\w+)",
          "name|called|known|stands|be ", cased=True),
    _rule("persona_acronym", 0.6, r"\b(?:DAN|STAN|DUDE|ANTI-DAN)\b", "DAN|STAN|DUDE", cased=True),
    _rule("stay_in_character", 0.5,
          r"\b(?:stay|remain|keep)(?:ing)? in character\b|\bbreak(?:ing)? (?:out of )?character\b"
          r"|\bcharacter break\b", "character"),
    _rule("dual_response", 0.6,
          r"\btwo (?:different |separate |distinct )*(?:responses|ways|answers|outputs|paragraphs)\b[^\n]{0,200}"
          r"\b(?:normal|classic|standard|filtered|censored|jailbr|dan|developer|unfiltered|uncensored)\b",
          "two"),
    _rule("broken_free", 1.0,
          r"\b(?:broken|break|breaking|broke|freed|free) (?:free )?(?:of|from) (?:the |all |any |your |its )?"
          r"(?:typical |usual )?"
          r"(?:confines|rules|restrictions|limitations|chains|shackles)\b|\b(?:typical|usual) confines of (?:ai|al)\b"
          r"|\b(?:(?:do|does|don't|doesn't|do not|does not|will not|won't|never|not) (?:have to|need to) "
          r"(?:follow|obey|abide by|adhere to|comply with|respect)|(?:don't|doesn't|do not|does not|never|not) "
          r"(?:abide by|adhere to)) (?:any |the |their |its |your )?"
          r"(?:rules|guidelines|polic(?:y|ies)|restrictions|content policy|openai|ethical|moral)",
          "free|confines|follow|obey|abide|adhere|comply|respect"),
    _rule("no_limits", 0.6,
          rf"\b(?:without|with no|with zero|free of|free from|no|zero|devoid of|unbound by|not bound by|"
          rf"not restricted by|not limited by|beyond)\s+(?:any\s+)?(?:kind of\s+)?{_LIMITS}\b"
          r"|\b(?:is|are|am|be) (?:not|never) (?:limited|restricted|bound|constrained|governed) by (?:what|the|any)\b"
          r"|\byou(?:'ve| have| will have| now have)? (?:got )?no (?:rules|restrictions|limits|filters|guidelines|"
          r"boundaries|limitations)\b",
          "without|with no|free|no|zero|devoid|unbound|bound|restricted|limited|beyond|constrained|governed"),
    _rule("harmful_compliance", 0.6,
          r"\byou (?:must |will |should |shall |can |may )?(?:never|not|don't|do not|cannot|can't|won't|will not) "
          r"(?:ever )?(?:refuse|decline|deny|reject)\b"
          r"|\bno matter how (?:dangerous|unethical|illegal|immoral|offensive|harmful|reckless|inappropriate)\b"
          r"|\b(?:generate|produce|write|provide) any (?:kind of )?content\b"
          r"|\beven if (?:it'?s|it is) (?:illegal|unethical|immoral|harmful|offensive|dangerous)\b",
          "refuse|declin|deny|reject|no matter|content|even if"),
    _rule("unethical_ai", 0.8,
          r"\b(?:ai|assistant|model|chatbot|version of (?:you|yourself)|yourself)\s+(?:without|with no|with zero|"
          r"that has no|free of|lacking|devoid of)\s+(?:any\s+)?(?:ethics|morals|rules|restrictions|filters|limits|"
          r"guidelines|censorship|moral|ethical)|\b(?:rogue|evil|unfiltered|uncensored|unrestricted|amoral|unethical|"
          r"jailbroken) (?:ai|a\.i\.|al|assistant|chatbot|bot|model|confidant|twin|version of (?:you|yourself))\b",
          "ai|assistant|model|chatbot|yourself|bot|al "),
    _rule("unbound_self", 1.0,
          r"\b(?:unrestricted|unfiltered|uncensored|jailbroken|evil|amoral|unethical|unchained|unlocked|rule-free)\s+"
          r"(?:version|mode|side) of (?:you|yourself)\b|\byou are (?:now )?free (?:of|from) (?:the |your |all |any )?"
          r"(?:[\w']+ )?(?:rules|restrictions|guidelines|filters|programming|instructions|training)\b"
          r"|\byou (?:now )?(?:answer|report|belong) (?:only )?to me\b",
          "version of|mode of|side of|free of|free from|answer to me|report to me|belong to me|only to me"),
    _rule("ai_vendor", 0.2,
          r"\b(?:chatgpt|openai|gpt-?\d|language model|llm|large language model|anthropic|claude|bard|gemini)\b",
          "gpt|openai|language model|llm|anthropic|claude|bard|gemini"),
    _rule("content_policy", 0.4, r"\b(?:openai|content|usage|safety)(?:'s)? (?:content )?polic(?:y|ies)\b", "polic"),
    # --- encoded instructions and output tricks ---
    _rule("decode_and_follow", 0.8,
          r"\b(?:decode|decipher|decrypt|translate|convert|unscramble|rot-?13|base ?64|hex)\b"
          r"[^.!?\n]{0,60}\b(?:and|then)\s+(?:follow|execute|do|"
          r"obey|run|carry out|act on|perform|apply)\b",
          "decod|deciph|decryp|translat|convert|unscram|rot13|rot-13|base64|base 64|hex"),
    _rule("decode_named", 0.4,
          r"\b(?:base ?64|hex(?:adecimal)?|rot-?13|caesar|cipher|morse|binary|encoded)\b[^.!?\n]{0,60}"
          r"\b(?:and|then)\s+(?:follow|execute|do|obey|run|carry out|act on|perform|apply)\b",
          "base|hex|rot13|rot-13|caesar|cipher|morse|binary|encoded"),
    _rule("output_obfuscation", 1.0,
          rf"\byour (?:\w+ )?{_OUT}s?\b[^.!?\n]{{0,40}}\b(?:in|into|using|to|as|with)\s+(?:\w+\s+)?{_ENCODINGS}"
          rf"|\b{_ENCODINGS}\b[^.!?\n]{{0,30}}\b(?:to|for) (?:display|show|write|give|render) your {_OUT}"
          rf"|\b(?:write|provide|give|render|display|show|type|spell)\s+your {_OUT}\s+(?:in\s+)?{_ENCODINGS}",
          "your|display|show|write|give|render"),
    _rule("code_insertion", 0.7,
          r"\b(?:include|insert|embed|integrat|incorporat|add|introduc|use|utili[sz]|employ|ensure|make|develop|"
          r"give|modify|put)\w*\b[^.!?\n]{0,60}\b(?:following|subsequent|below|this|these) code\b"
          r"|\bcode (?:snippet|block|section|excerpt|segment)\b[^.!?\n]{0,60}\byour (?:code|codebase|implementation|"
          r"solution|answer|response|reply|elucidation|algorithm|program|script)\b",
          "code"),
    _rule("into_your_work", 0.4,
          r"\b(?:in|into|within|to|inside) your (?:\w+\s+)?(?:code|codebase|implementation|solution|algorithm|"
          r"elucidation|explanation|program|script|answer|response|reply)\b|\b(?:enhance|improve|boost|lift|"
          r"fine-tune|optimi[sz]e|upgrade)\w*\s+your (?:code|implementation|algorithm|solution|program|script)\b"
          r"|\bembedding\b[^.!?\n]{0,40}\binto it\b",
          "your|into it"),
    _rule("risky_code", 0.5,
          r"requests\.(?:post|get)\(|\bsubprocess\.|\bos\.(?:system|dup2|popen)\(|socket\.socket\(|/bin/(?:ba)?sh\b"
          r"|\bpexpect\b|getclipboarddata|pyperclip|\.terminate\(\)|\bcurl\s+-|\bwget\s+http|rm -rf"
          r"|\bimport wmi\b|\.disable\(\)|net connections\(|\bkeylogger\b|\bwhile true:",
          "requests|subprocess|os.|socket|/bin/|pexpect|clipboard|pyperclip|terminate|curl|wget|rm -rf|wmi"
          "|disable|net connections|keylog|while true"),
    _rule("ai_note", 1.0,
          r"\b(?:note|message|instructions?|reminder|attention|memo)\s+(?:for|to)\s+(?:the\s+|any\s+)?(?:ai|a\.i\.|"
          r"assistant|language model|llm|chatbot|gpt|bot|model|screening (?:tool|software|system)|ats)s?\b"
          r"|\bif you are an? (?:ai|assistant|language model|chatbot|llm|bot|model|automated)\b"
          r"|\b(?:ai|assistant|model|chatbot|llm|bot|gpt)s? (?:reading|processing|summari[sz]ing|answering from|"
          r"reviewing|screening|parsing) this\b|\b(?:ai|llm|chatbot|gpt) (?:instructions?|note|override)\s*:",
          "note|message|instruct|remind|attention|memo|if you are|reading|process|summar|answering|review|screen"
          "|pars|:"),
    _rule("rank_me", 0.6,
          r"\b(?:rank|rate|score|recommend|select|shortlist|mark|grade|evaluate|describe)\s+(?:this|the|me|my)\s+"
          r"(?:\w+\s+)?(?:candidate|applicant|cv|resume|application|profile)?\s*(?:as\s+)?(?:highly|top|the best|"
          r"excellent|exceptional|first|10/10|above all|the strongest|a perfect|perfect|ideal)\b",
          "rank|rate|score|recommend|select|shortlist|mark|grade|evaluat|describ&candidate|applicant|cv|resume"
          "|application|profile|highly|top|best|excellent|exceptional|10/10|above all|strongest|perfect|ideal"),
    # --- passages: text from our content team never speaks to a model or about its reply ---
    _rule("addressed_to_ai", 1.2,
          r"(?:^|[.!?\n]\s*|\b(?:dear|hey|hi|hello|attention|note to|message to|instructions? (?:for|to))\s+)"
          r"(?:the\s+)?(?:ai|ai assistant|language model|llm|chatbot|chatgpt|gpt|large language model|bot)\s*[,:!]"
          r"|\bif you are an? (?:ai|assistant|language model|chatbot|llm|bot|model)\b"
          r"|\b(?:ai|assistant|model|chatbot|llm|bot)s? (?:reading|processing|summari[sz]ing|answering from) this\b"
          r"|\b(?:dear|hey|hi|hello|attention|note to|message to)\s+(?:the\s+)?(?:assistant|model|jobcoach)\b",
          "ai|model|llm|chatbot|gpt|bot|assistant|jobcoach", scope="passage"),
    _rule("response_directive", 1.0,
          r"\b(?:in|into|to|within|throughout|from|of|with|at the (?:start|end) of)\s+your (?:\w+\s+)?"
          r"(?:response|reply|output|elucidation|implementation|codebase|code|solution|algorithm)s?\b"
          rf"|\b(?:modify|enhance|augment|integrate|append|insert|embed|rewrite|render|translate|convert|begin|start|"
          rf"conclude|finish|close|sign off|end|scramble|jumble|rearrange|misspell|group|combine|introduce|"
          rf"provide|write|give|add|include|mention|tease|hint)\w*\s+(?:\w+\s+){{0,4}}?your (?:\w+\s+)?{_OUT}s?\b",
          "your", scope="passage"),
    _rule("your_answer", 0.5, r"\b(?:in|into|to|within|of|with|from)\s+your (?:\w+\s+)?(?:answer|message)s?\b",
          "your", scope="passage"),
    _rule("audience_directive", 0.6,
          r"\b(?:suggest|encourag|invit|remind|urg|direct|tell|ask|recommend|advis|prompt|persuad)\w*\s+"
          r"(?:the\s+|all\s+|your\s+)?(?:users?|readers?|visitors?|viewers|people reading)\b",
          "user|reader|visitor|viewer|people reading", scope="passage"),
    _rule("format_transform", 0.6,
          r"\b(?:replace|substitute|swap|convert|use|render)\w*\b[^.!?\n]{0,40}\b(?:letters?|vowels|consonants|"
          r"characters|words?)\b[^.!?\n]{0,40}\b(?:numbers?|symbols?|digits|emojis?|asterisks|position)"
          r"|\b(?:misspell|scramble|jumble|anagram|rearrange|reverse)\w*\b[^.!?\n]{0,40}\b(?:words?|letters?|"
          r"answer|response|reply|message)|\b(?:remove|without)\s+(?:all\s+|any\s+)?(?:spaces|punctuation|vowels)\b"
          r"|\bgroup (?:the )?letters\b|\b(?:homophonic|alphanumeric) substitution\b|\b(?:intentional|random) "
          r"(?:typos|misspellings)\b|\bcombine words\b[^.!?\n]{0,30}\bwithout spaces\b",
          "replac|substitut|swap|convert|use|render|misspell|scrambl|jumbl|anagram|rearrang|revers|remov|without"
          "|group|typos|misspell|combine"),
    _rule("link_push", 0.6,
          r"\b(?:download|install|visit|go to|click|check out|join|subscribe|contact|email|reach out|follow|sign up|"
          r"directing|linking|pointing|promote)\w*\b[^.!?\n]{0,60}(?:www\.|https?://|\b[\w-]+\.(?:com|xyz|net|io|ru|"
          r"info|biz|app|top|click)\b|@gmail\b|@[\w-]+\.com\b)",
          "www.|http|.com|.xyz|.net|.io|.ru|.info|.biz|.app|.top|.click|@gmail", scope="passage"),
    # --- turning off the guardrails and the handover, in a jobseeker's own words ---
    _rule("persona_without_rules", 1.0,
          r"\b(?:you(?:'re| are)(?: now)?|be|play|pretend (?:to be|you(?:'re| are))|act as|role ?-?play(?: as)?|"
          r"(?:let's|lets) (?:role ?-?play|play a game))\b[^.!?\n]{0,80}?(?:\b(?:with|has|have|got|had)\s+"
          r"(?:no|zero)\s+(?:\w+\s+)?(?:rules|restrictions|limits|filters|guidelines)\b|\b(?:doesn't|does not|don't|"
          r"do not|won't)\s+care (?:about|for) (?:the |any )?(?:rules|restrictions|guidelines)\b)"
          r"|\bstay in character (?:no matter what|whatever happens|even if)\b",
          "rules|restrict|limit|filter|guideline|character"),
    _rule("setup_text", 1.0,
          r"\b(?:put|copy|paste|print|show|tell me|give me|repeat|translate|share|send|write out|type out|read out|"
          r"dump|list)\b[^.!?\n]{0,30}?\b(?:setup|set-up|set up|starting|opening|background|hidden|secret|behind the"
          r" scenes?)\s+(?:text|instructions|message|prompt|notes|rules|wording)\b[^.!?\n]{0,30}?\b(?:you\s+(?:were|"
          r"got|have been|'ve been|received)|(?:they|someone|the developers?|your (?:developers?|makers?|creators?))"
          r"\s+(?:gave|give|wrote for)\s+you|given to you)\b",
          "put|copy|paste|print|show|tell|give|repeat|translat|share|send|write|type|read|dump|list"
          "&setup|set-up|set up|starting|opening|background|hidden|secret|behind"),
    _rule("switch_off_checks", 1.0,
          r"\b(?:whatever|anything|everything) (?:i|we) (?:type|say|write|send|ask)(?: next| from now on| after"
          r" this)?\b[^.!?\n]{0,30}?\b(?:don't|do not|never|no need to)\s+(?:flag|check|filter|block|report|pass|"
          r"send|hand)\w*"
          r"|\b(?:from now on|for the rest of (?:this|the) (?:chat|conversation|session)|for this (?:chat|session))\b"
          r"[^.!?\n]{0,40}?\b(?:don't|do not|never|stop)\s+(?:flag|pass|send|hand|refer|escalate|report)\w*\s+"
          r"(?:anything|me|my messages|this|it|people|us)\b"
          r"|\b(?:turn|switch|shut) off (?:the |your |all )?(?:safety|content|safeguarding) (?:checks|filters|"
          r"features|settings)\b"
          r"|\bnew rule(?:s)? from (?:your|the) (?:developers?|creators?|makers?|admins?|team|bosses?|owners?|"
          r"programmers?)\b",
          "whatever|anything|everything|from now|rest of|this chat|this session|turn|switch|shut|new rule"),
)
