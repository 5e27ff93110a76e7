"""The precise rules layer: hand-written phrase rules that spot sensitive messages.

It runs first and cheaply on every message. The text is normalised (case, Unicode, quotes,
text-speak, leetspeak, stretched letters), harmless idioms and job or tech contexts are
blanked out, and then each category's rules run. A clear rule scores about 0.95; weaker
signals score 0.5 to 0.7 so the classifier can confirm them.

For the other categories, a past that is over ("I used to sleep rough"), someone else's case and a
rules question ("what is the process for X in general") do not count; see `QUIET` and `GENERAL_*`.

Negation ("I'm not homeless") silences most categories. For the crisis categories it only
lowers the score to 0.3: a person who says "I'm not suicidal" may still need a human.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from guardrails import rule_patterns as patterns
from guardrails.findings import CRISIS_CATEGORIES, DANGER_CATEGORIES, Finding
from knowledge.errors import ConfigurationError, InputError

__all__ = ["NEGATED_CRISIS_SCORE", "SensitiveRules", "normalise"]

NEGATED_CRISIS_SCORE = 0.3
OFF_TOPIC_WITH_JOB_SCORE = 0.4

_sre: Any = importlib.import_module("re._parser")  # the stdlib regex parser, to find the rules' literals
_LITERAL, _BRANCH, _SUBPATTERN = (getattr(_sre, k) for k in ("LITERAL", "BRANCH", "SUBPATTERN"))
_REPEATS = tuple(getattr(_sre, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))


def _required(seq: Any) -> frozenset[str] | None:
    """Literals of which every match must contain at least one, or None when we cannot tell.

    Anything it does not know (lookarounds, classes, atomic groups) counts as "cannot tell", which
    only costs speed, never a missed match.
    """
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*list(seq), (None, None)]:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        req: frozenset[str] | None = None
        if op is _SUBPATTERN:
            req = _required(arg[-1])
        elif op in _REPEATS and arg[0] >= 1:
            req = _required(arg[2])
        elif op is _BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            req = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        if req:
            found.append(req)
    return max(found, key=lambda lits: (min(map(len, lits)), -len(lits))) if found else None


class _Gated:
    """A compiled regex that first checks, with plain substring tests, that it can match at all.

    Python's `re` is slow to scan for patterns that start with `\\b` or an alternation; most rules
    cannot match most messages, and `in` finds that out a hundred times faster.
    """

    __slots__ = ("literals", "regex")

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.literals = _required(_sre.parse(pattern))

    def possible(self, text: str) -> bool:
        return self.literals is None or any(lit in text for lit in self.literals)

    def possible_given(self, present: frozenset[str]) -> bool:
        """Like `possible`, from the literals `_Literals.present` found in the text."""
        return self.literals is None or not self.literals.isdisjoint(present)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(text) else None

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text) if self.possible(text) else text


class _Literals:
    """Every literal of a stage's gates, to find with one shared pass which of them occur in a text."""

    def __init__(self, gates: Iterable[_Gated]) -> None:
        literals = {lit for gate in gates for lit in gate.literals or ()}
        self.short = tuple(sorted(lit for lit in literals if len(lit) < 3))
        by_start: dict[str, list[str]] = {}
        for lit in sorted(literals - set(self.short)):
            by_start.setdefault(lit[:3], []).append(lit)
        self.by_start = {start: tuple(lits) for start, lits in by_start.items()}

    def present(self, text: str, starts: set[str] | None = None) -> frozenset[str]:
        """`starts` (from `_starts`) may be passed in when the same text is checked more than once."""
        # Only literals whose first three characters occur somewhere are worth a substring search.
        starts = _starts(text) if starts is None else starts
        found = [lit for lit in self.short if lit in text]
        for start in starts.intersection(self.by_start):
            found.extend(lit for lit in self.by_start[start] if lit in text)
        return frozenset(found)


def _starts(text: str) -> set[str]:
    """Every three-character substring of text."""
    return set(map("".join, zip(text, text[1:], text[2:], strict=False)))


_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
})
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_CENSORED = tuple((re.compile(p), r) for p, r in patterns.CENSORED)
_NUMBERS = tuple((re.compile(p), r) for p, r in patterns.NUMBERS)
_DIGIT = re.compile(r"\d")
_CONTRACTIONS = tuple((_Gated(p), r) for p, r in patterns.CONTRACTIONS)
_ODD_CHARS = re.compile(r"[^\w\s$@!*£.,;:?]+|_+")
_PUNCT = re.compile(r"([.,;:?])[.,;:?]*")
_LEET = str.maketrans("013457@$!", "oieastasi")
_LEET_LIKELY = re.compile(r"[a-z$@][013457@$!]|[013457@$!][a-z]")
_NUMBER_UNIT = re.compile(r"\d+[a-z]{1,4}")
_STRETCH3 = re.compile(r"([a-z])\1{2,}")
_DOUBLE = re.compile(r"([a-z])\1")
_PHRASES = tuple((_Gated(p), r) for p, r in patterns.PHRASES)


@lru_cache(maxsize=16384)
def _token(raw: str) -> str:
    """One word in its plain form; cached, as most words recur from message to message."""
    if raw in ".,;:?":
        return raw
    # "!" inside a word is leetspeak for i; at its end it closes a sentence.
    tok = raw.strip("!*")
    end = " ." if raw.endswith("!") else ""
    if not tok:
        return end.strip()
    return _word(tok) + end


def _word(tok: str) -> str:
    if tok in patterns.WORDS:
        return patterns.WORDS[tok]
    if _LEET_LIKELY.search(tok) and not _NUMBER_UNIT.fullmatch(tok):
        tok = tok.translate(_LEET)
    tok = "".join(ch for ch in tok if ch.isalnum() or ch == "£")
    tok = _STRETCH3.sub(r"\1\1", tok)
    if tok not in patterns.WORDS and _DOUBLE.search(tok):
        single = _DOUBLE.sub(r"\1", tok)
        if single in patterns.STRETCHED:
            tok = single
    return patterns.WORDS.get(tok, tok)


def normalise(text: str) -> str:
    """The form every rule is written against: lower case, plain spelling, punctuation as tokens."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES).lower()
    if not text.isascii():  # "fiancé" -> "fiance"; letters of other scripts are kept as they are
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if "*" in text or "#" in text or "@" in text or "$" in text:
        for censored, repl in _CENSORED:
            text = censored.sub(repl, text)
    if _DIGIT.search(text):
        for number, repl in _NUMBERS:
            text = number.sub(repl, text)
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    text = _PUNCT.sub(r" \1 ", _ODD_CHARS.sub(" ", text))
    joined = " ".join(filter(None, map(_token, text.split())))
    for pattern, repl in _PHRASES:
        joined = pattern.sub(repl, joined)
    return joined


_HYPOTHETICAL = re.compile(patterns.HYPOTHETICAL)
_GENERAL_PREFIX = re.compile(patterns.GENERAL_PREFIX)
_GENERAL_SUFFIX = re.compile(patterns.GENERAL_SUFFIX)


@dataclass(frozen=True)
class _Rule:
    category: str
    name: str
    score: float
    pattern: _Gated
    hypothetical_silences: bool
    negation_applies: bool


@dataclass(frozen=True)
class _Tables:
    neutral: tuple[_Gated, ...]
    neutral_literals: _Literals
    contexts: tuple[tuple[str, str, float, _Gated], ...]
    rules: dict[str, tuple[_Rule, ...]]
    rule_literals: _Literals
    job_words: _Gated
    quiet: dict[str, tuple[tuple[str, float, _Gated], ...]]
    quiet_names: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """Compile every table once, on first use rather than at import (a few hundred regexes)."""
    compiled = {}
    for category, table in patterns.RULES.items():
        rules = [_Rule(category, name, score, _Gated(pattern), "h" in flags, "k" not in flags)
                 for name, score, pattern, *rest in table for flags in [rest[0] if rest else ""]]
        compiled[category] = tuple(sorted(rules, key=lambda r: -r.score))  # strongest first
    neutral = tuple(_Gated(p) for _, p in patterns.NEUTRAL)
    quiet: dict[str, list[tuple[str, float, _Gated]]] = {}
    for category, name, score, pattern in patterns.QUIET:
        if category in DANGER_CATEGORIES or category not in compiled:
            raise ConfigurationError(f"QUIET may not name the category {category!r}.",
                                     hint="Quiet spans are for the non-crisis categories only.")
        quiet.setdefault(category, []).append((name, score, _Gated(pattern)))
    return _Tables(
        neutral=neutral,
        neutral_literals=_Literals(neutral),
        contexts=tuple((cat, name, score, _Gated(p)) for cat, name, score, p in patterns.CONTEXTS),
        rules=compiled,
        rule_literals=_Literals(rule.pattern for rules in compiled.values() for rule in rules),
        job_words=_Gated(patterns.JOB_WORDS),
        quiet={category: tuple(entries) for category, entries in quiet.items()},
        quiet_names={category: frozenset(name for name, _, _ in entries) for category, entries in quiet.items()},
    )


def _negated(text: str, start: int) -> bool:
    """A negation word shortly before the match, in the same clause and for the same subject."""
    if text[start:start + 5].split(" ", 1)[0] in patterns.SUBJECTS:
        return False  # the match names its own subject ("he will hurt my kids"), so an earlier "not" is another clause
    tokens = text[max(0, start - 40):start].split()[-3:]
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if tok in patterns.CLAUSE_END:
            return False
        if tok in patterns.NEGATORS or (tok == "longer" and i > 0 and tokens[i - 1] == "no"):
            return True
        if tok in patterns.SUBJECTS:
            return False
    return False


def _hypothetical(text: str, start: int, end: int, general: bool) -> bool:
    """A hypothetical or, when `general`, a question about how the rules work in general."""
    prefix = text[max(0, start - 80):start]
    clause = prefix[max(prefix.rfind(mark) for mark in ".,;?~") + 1:]
    if _HYPOTHETICAL.search(clause) is not None:
        return True
    return general and (_GENERAL_PREFIX.search(clause) is not None or _GENERAL_SUFFIX.search(text, end) is not None)


def _quietened(category: str, quiet: tuple[tuple[str, float, _Gated], ...], norm: str,
               best: dict[str, tuple[float, str]]) -> str:
    """The text with the category's quiet spans blanked; each span found leaves its weak score in `best`."""
    for name, score, pattern in quiet:
        if pattern.search(norm):
            norm = pattern.regex.sub(" ~ ", norm)
            if score > best.get(category, (0.0, ""))[0]:
                best[category] = (score, name)
    return norm


def _category_best(rules: tuple[_Rule, ...], norm: str, present: frozenset[str], crisis: bool,
                   general: bool = False) -> tuple[float, str]:
    best = (0.0, "")
    for rule in rules:  # strongest first, so we can stop once nothing can beat what we have
        if rule.score <= best[0]:
            break
        if not rule.pattern.possible_given(present):
            continue
        for match in rule.pattern.regex.finditer(norm):
            if rule.hypothetical_silences and _hypothetical(norm, match.start(), match.end(), general):
                continue
            if rule.negation_applies and _negated(norm, match.start()):
                if crisis and best[0] < NEGATED_CRISIS_SCORE:  # never silence a possible crisis, only lower it
                    best = (NEGATED_CRISIS_SCORE, rule.name + ".negated")
                continue
            best = (rule.score, rule.name)
            break
    return best


class SensitiveRules:
    """Spots sensitive messages with precise phrase rules. Safe to share between threads."""

    layer = "rules"

    def __init__(self) -> None:
        self._tables = _tables()

    def check(self, text: str) -> list[Finding]:
        """Findings for `text`, at most one per category (its best rule), strongest first."""
        if not isinstance(text, str):
            raise InputError("The message must be text.", hint=f"Got {type(text).__name__}.")
        norm = normalise(text)
        tables = self._tables
        best: dict[str, tuple[float, str]] = {}
        starts = _starts(norm)
        present = tables.neutral_literals.present(norm, starts)
        blanked = norm
        for neutral in tables.neutral:
            if neutral.possible_given(present):
                blanked = neutral.regex.sub(" ~ ", blanked)
        for category, name, score, pattern in tables.contexts:
            if pattern.search(blanked):
                best[category] = (score, name)
                blanked = pattern.sub(" ~ ", blanked)
        if blanked != norm:
            norm, starts = blanked, _starts(blanked)
        present = tables.rule_literals.present(norm, starts)
        for category, rules in tables.rules.items():
            # `present` may now list literals a quiet span removed; that only costs speed, never a match.
            text = _quietened(category, tables.quiet[category], norm, best) if category in tables.quiet else norm
            found = _category_best(rules, text, present, category in CRISIS_CATEGORIES,
                                   general=category not in DANGER_CATEGORIES)
            if found[0] > best.get(category, (0.0, ""))[0]:
                best[category] = found
        if "off_topic" in best and tables.job_words.search(norm):
            best["off_topic"] = (min(best["off_topic"][0], OFF_TOPIC_WITH_JOB_SCORE), best["off_topic"][1])
        findings = [Finding(cat, self.layer, score, f"{cat}.{rule}", quiet=rule in tables.quiet_names.get(cat, ()))
                    for cat, (score, rule) in best.items()]
        # Crisis categories first on a tie: they decide the most urgent action.
        return sorted(findings, key=lambda f: (-f.score, f.category not in CRISIS_CATEGORIES, f.category))

    def categories(self, text: str) -> set[str]:
        """Only the category names, for callers that do not need scores."""
        return {f.category for f in self.check(text)}
