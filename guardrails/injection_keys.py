"""Which words a prompt-injection rule needs before its regex is worth running.

A rule's `keys` are groups of words or substrings; its regex runs only when each group has one of
them present, which keeps the cost per message small. Words are looked up by their first letters in
a set built once per text (`stems_of`), so a key "ignor" finds "ignoring". `_NEEDS` adds keys per
rule name, so that common words such as "your" do not send most rules over every long text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STEM = 5  # a one-word key of 4 letters or more is looked up by its first STEM letters, a shorter one whole
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


@dataclass(frozen=True)
class KeyGroup:
    stems: frozenset[str]  # word beginnings, found in `stems_of(text)` by a set lookup
    substrings: tuple[str, ...]  # the rest ("{", "www.", "%%%"), searched in the text

    def present(self, text: str, stems: frozenset[str]) -> bool:
        return not self.stems.isdisjoint(stems) or any(key in text for key in self.substrings)


@dataclass(frozen=True)
class Rule:
    name: str
    weight: float
    pattern: re.Pattern[str]
    keys: tuple[KeyGroup, ...]  # every group needs one of its keys present
    scope: str = "both"  # "both", "message" or "passage"
    cased: bool = False  # runs on the text before case folding


def stems_of(text: str) -> frozenset[str]:
    """Every word of a case-folded text, and its first 4 and first STEM letters."""
    words = set(_TOKEN.findall(text))
    return frozenset(words | {word[:STEM] for word in words} | {word[:4] for word in words})


def _group(spec: str, cased: bool) -> KeyGroup:
    stems, substrings = set(), []
    for key in spec.split("|"):
        plain = key.strip()
        if not cased and _TOKEN.fullmatch(plain) and len(plain) >= 4:
            stems.add(plain[:STEM])
        elif not cased and _TOKEN.fullmatch(plain) and plain == key:
            stems.add(plain)  # a short word must be the whole word
        else:
            substrings.append(key)
    return KeyGroup(frozenset(stems), tuple(substrings))


def make_rule(name: str, weight: float, pattern: str, keys: str, scope: str = "both", cased: bool = False) -> Rule:
    extra = _NEEDS.get(name, "")
    spec = extra[1:] if extra.startswith("=") else "&".join(part for part in (keys, extra) if part)
    return Rule(name, weight, re.compile(pattern), tuple(_group(group, cased) for group in spec.split("&")),
                scope, cased)


# More substrings a rule needs before its regex is worth running ("=" replaces the rule's own keys).
# Without them, words such as "your" or "you must" would send most rules over every long text.
_NOUNS = "instruct|rule|guideline|guidance|directive|prompt|order|command|programming|training|conditioning|polic"
_IGNORE_KEYS = ("ignor|disregard|forg|neglect|bypass|overrid|overrul|discard|abandon|set aside|throw out"
                "|circumvent|evade|not follow|not obey|not listen|not heed|not adhere|n't follow"
                "|n't obey|n't listen|n't heed|stop follow|stop obey|longer follow|longer obey|longer adhere"
                "|free yourself|break free|drop")
_NEEDS = {
    "override_instructions": f"={_IGNORE_KEYS}&{_NOUNS}|principle|constraint",
    "override_limits": f"={_IGNORE_KEYS}|disable|turn off|switch off|deactivat|remove|lift|break|escape|get around"
                       "|avoid&restrict|limit|filter|guardrail|safeguard|censor|moderat|polic|safety|ethic|moral",
    "obey_all": "=you must|you will|you shall|you have to|you are to&obey|comply|follow|fulfil|execute|answer|do "
                "&all|every|any|each|whatever|anything",
    "persona_named": "=named|called|known as|stands for",
    "risky_code": "=requests.|subprocess|os.system|os.popen|os.dup2|socket.socket|/bin/|pexpect|clipboard|pyperclip"
                  "|terminate()|curl -|wget http|rm -rf|import wmi|disable()|net connections|keylog|while true:",
    "reveal_prompt": "prompt|instruction|directive|config|programming|setup|initiali|your rules|your guidelines"
                     "|hidden rules|secret rules|internal rules|hidden guidelines|secret guidelines"
                     "|your orders|system message|secret message|hidden message|internal message",
    "system_prompt_mention": "prompt|instruction|directive|config|programming|setup|initiali|system message"
                             "|hidden rules|secret rules|internal rules|hidden guidelines|secret guidelines"
                             "|secret message|hidden message|internal message|your initial|your original|your first"
                             "|your full|your starting|your opening|your beginning|your exact|your entire"
                             "|your complete",
    "instructions_given": "you were|you've been|you have been|you got|you received|given to you|provided to you"
                          "|gave you|give you|sent you|wrote for you|fed you|programmed into you&text|instruct|rules"
                          "|words|prompt|directive|guideline|message",
    "disclosure_bait": "instructions are|instructions were|instructed to|told to|programmed to|prompted to|prompt is"
                       "|prompt was|here are my",
    "repeat_above": "above|before this|so far|prior to this|preceding|entire|whole conversation|whole chat"
                    "|whole text|whole prompt|whole context|whole history|full conversation|full chat|full text"
                    "|full prompt|full context|full history|complete conversation|complete chat|complete text"
                    "|complete prompt|complete history",
    "forced_prefix": "=your answer|your response|your reply|your output|your message|the answer|the response"
                     "|the reply|the output|the message|beginning with|starting with|the following|this sentence"
                     "|this text|this phrase|the sentence|the text|the phrase",
    "unethical_ai": "without|with no|with zero|has no|free of|lacking|devoid|rogue|evil|unfiltered|uncensored"
                    "|unrestricted|amoral|unethical|jailbroken",
    "output_obfuscation": "base|hex|binary|rot|morse|caesar|ascii|unicode|leet|l33t|pig latin|bytes|revers|backward",
    "into_your_work": "=your code|your implementation|your solution|your algorithm|your elucidation|your explanation"
                      "|your program|your script|your answer|your response|your reply|your final|your own|into it",
    "addressed_to_ai": "=ai,|ai:|ai!|ai ,|assistant:|assistant,|model,|model:|llm|chatbot|gpt|bot,|bot:|bot!"
                       "|if you are an|dear|hey|hello"
                       "|attention|note to|message to|reading this|processing this|summarising this"
                       "|summarizing this|answering from this",
    "response_directive": "response|reply|output|elucidation|implementation|codebase|code|solution|algorithm|answer"
                          "|message|text|summary",
    "your_answer": "answer|message",
    "ai_note": " ai|a.i.|assistant|language model|llm|chatbot|gpt|bot|model|screening|ats|automated",
    "no_limits": "restrict|limit|filter|guardrail|safeguard|censor|moderat|polic|safety|ethic|moral|bound|constrained"
                 "|governed|rules|guidelines",
    "confirm_by_saying": "saying|writing|replying|typing|stating|outputting|exactly",
    "format_transform": "letter|vowel|consonant|character|word|space|punctuation|typo|misspell|substitution|anagram",
    "prior_instructions": "instruction|prompt|directive",
    "ai_persona": " ai|a.i.|al model|bot|language model|llm|assistant|model|persona|virtual machine&named|called"
                  "|known as|without|with no|that |which stands|who |free|unfiltered|uncensored|unrestricted|freed",
    "broken_free": "confines|rules|restrictions|limitations|chains|shackles|guidelines|polic|openai|ethical|moral",
    "fake_authority": "=override|access granted|command|sudo|notice|authori|system|admin|developer|im start|###|end of"
                      "|%%%|approved by|i am your|i am the",
    "display_config": "configuration|config|settings|variables|parameters",
    "code_dump": "system|initial|prompt|instructions|config|secret",
    "told_before": "told|instructed|given|programmed|prompted|asked|configured|set up",
    "persona_tag": "=[|dan:|stan:|dude:|aim:|gpt:",
    "dual_response": "responses|ways|answers|outputs|paragraphs",
    "new_instructions": "instruction|rules|task|objective|purpose|directive|programming|role|guidelines|goal|polic"
                        "|system prompt|system message",
    "forbidden_knowledge": "=not supposed|not allowed|not meant|not permitted|told not|instructed not|forbidden"
                           "|told you",
    "decode_and_follow": "follow|execute|obey|run|carry out|act on|perform|apply| do",
    "code_insertion": "following|subsequent|below|this code|these code|snippet|block|section|excerpt|segment",
}
