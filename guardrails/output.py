"""Checks on every reply before anyone sees it.

A reply fails when it: says something its cited passages do not support; gives a web address
or phone number the passages do not contain; carries personal data; decides or promises
anything about a claim, a sanction or a payment; or gives medical or legal advice beyond
pointing to where help is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from guardrails.hooks import OutputDecision

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\]]+", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\d£.,])(?:\+44\s?|0)(?:\d[\s-]?){6,11}\d(?![\d%])")
_WORD = re.compile(r"[a-z0-9£']+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CITATION = re.compile(r"\s*\[\d+\]")

# Decisions only a decision maker can make, and promises nobody here can keep.
_DECISION = re.compile(
    r"\byou (?:are|'re|will be|would be) (?:definitely |certainly )?(?:eligible|entitled|not eligible|not entitled)\b"
    r"|\byou (?:will|'ll|would) (?:definitely |certainly )?(?:get|receive|be paid|be given|qualify|win)\b"
    r"|\byou (?:will not|won't|wouldn't) (?:be sanctioned|lose|get a sanction)\b"
    r"|\byour (?:sanction|claim|appeal|payment|reconsideration) (?:will|is going to) be\b"
    r"|\b(?:i|we) (?:have|'ve) (?:approved|cancelled|removed|lifted|changed|stopped|increased)\b"
    r"|\b(?:i|we) (?:will|'ll|can) (?:approve|cancel|remove|lift|overturn|backdate|pay you)\b"
    r"|\bthe sanction (?:was|is) (?:wrong|unfair|unlawful)\b",
    re.IGNORECASE,
)
# Treatment and legal strategy, as opposed to "talk to your GP" or "get free legal advice".
_ADVICE = re.compile(
    r"\byou should (?:take|stop taking|increase|reduce|come off) (?:your |the )?"
    r"(?:medication|medicine|tablets|pills|dose|antidepressants)\b"
    r"|\b(?:take|try) \d+\s?mg\b"
    r"|\byou (?:have|'ve got) (?:depression|anxiety|adhd|autism|ptsd|bipolar|a disability)\b"
    r"|\byou (?:should|must|need to) (?:sue|take (?:them|your employer|dwp) to (?:court|a tribunal))\b"
    r"|\byou (?:will|would|'ll) win (?:the|your|at) (?:case|tribunal|appeal|court)\b",
    re.IGNORECASE,
)


class Masker(Protocol):
    def mask(self, text: str) -> object: ...


class OutputChecker:
    def __init__(self, masker: Masker | None = None, min_support: float = 0.6) -> None:
        self.masker = masker
        # Share of a sentence's words that must appear in its cited passages. The extractive
        # composer copies sentences, so it scores 1.0; an LLM paraphrasing fairly scores > 0.7.
        self.min_support = min_support

    def check(self, answer: str, passages: Sequence[str]) -> OutputDecision:
        source = " ".join(passages)
        lowered_source = source.lower()
        plain = _CITATION.sub("", answer)
        for url in _URL.findall(plain):
            if url.rstrip(".,;:").lower() not in lowered_source:
                return OutputDecision(False, f"web address not in the passages: {url}")
        digits_in_source = {_digits(number) for number in _PHONE.findall(source)}
        for number in _PHONE.findall(plain):
            if _digits(number) not in digits_in_source:
                return OutputDecision(False, "phone number not in the passages")
        # Our own guidance may say "you will get a letter": only the generator's own words are judged.
        for pattern, reason in ((_DECISION, "decides or promises something about a claim"),
                                (_ADVICE, "medical or legal advice")):
            if any(match.group(0).lower() not in lowered_source for match in pattern.finditer(plain)):
                return OutputDecision(False, reason)
        if self.masker is not None:
            # Numbers the passages give (a helpline, an office's bank details) are public; others are not.
            entities = {getattr(span, "entity", "") for span in getattr(self.masker.mask(plain), "spans", ())
                        if plain[span.start:span.end].lower() not in lowered_source}
            if entities:
                return OutputDecision(False, f"personal data in the reply: {', '.join(sorted(entities))}")
        source_words = set(_WORD.findall(lowered_source))
        for sentence in _SENTENCE.split(plain.strip()):
            words = [word for word in _WORD.findall(sentence.lower()) if len(word) > 2]
            if len(words) < 3:
                continue
            supported = sum(word in source_words for word in words) / len(words)
            if supported < self.min_support:
                return OutputDecision(False, f"not supported by the cited passages: {sentence[:80]!r}")
        return OutputDecision()


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("44") else digits
