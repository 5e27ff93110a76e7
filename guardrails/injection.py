"""Prompt-injection and jailbreak detection for user messages and retrieved passages.

Layers, cheapest first:
1. normalise: NFKC, zero-width and look-alike characters, accents, case; then other views of the
   text when they could hide something: leetspeak folded, letters spelled out with spaces joined,
   and embedded base64 / hex / URL-encoded / rot13 / reversed chunks decoded and checked again;
2. weighted patterns (guardrails/injection_patterns.py): several weak signals add up, and only an
   imperative aimed at something only a model has (its instructions, its system prompt, its
   persona, its reply) is strong on its own;
3. two small n-gram models trained at start-up on our own examples (guardrails/data/injection_train.jsonl):
   for messages, it adds some weight to a text a rule already found odd, for paraphrases the patterns
   miss, and never flags a message alone; for passages, it spots a question or task on another topic
   ("What is the capital of Brazil?") that was slipped into a jobs article.

A retrieved passage is written by our own content team, so there the bar is lower: text that speaks
to a model, or about "your response", is out of place. Passages are checked in pairs of sentences so
that weak signals far apart in a long article do not add up. A CV or job advert pasted into a message
is held to the passage rules too.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import itertools
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

from guardrails import injection_patterns as patterns
from guardrails.findings import Finding

_CAMEL = re.compile(r"([a-z])([A-Z])")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|+€]*[a-z][a-z0-9@$!|+€]*")
_HAS_LEET = re.compile(r"[a-z][0-9@$|€]|[0-9@$|€][a-z]")
_TEXTSPEAK = re.compile(r"\b(?:" + "|".join(sorted(patterns.TEXTSPEAK, key=len, reverse=True)) + r")\b")
_SPACED_RUN = re.compile(r"(?<![\w])(?:[a-z0-9@$!|][ .\-_*/\\·•]{1,3}){3,}[a-z0-9@$!|](?![\w])")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?:\\x[0-9a-fA-F]{2}){6,}|\b(?:0x)?[0-9a-fA-F]{16,}\b"
                  r"|\b(?:[0-9a-fA-F]{2}[\s:,]){7,}[0-9a-fA-F]{2}\b")
# Hex of readable text has pairs starting 2 to 7; without three in a row there is nothing to decode.
_HEX_HINT = re.compile(r"[2-7][0-9a-fA-F](?:[\s:,]|\\x)?[2-7][0-9a-fA-F](?:[\s:,]|\\x)?[2-7][0-9a-fA-F]")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_PCT = re.compile(r"%[0-9a-fA-F]{2}")
_UESC = re.compile(r"\\u[0-9a-fA-F]{4}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
MAX_DEPTH = 2
MODEL_BOOST = 0.5  # what the message model adds to a text a rule already found odd
MODEL_CONFIDENCE = 0.65
MODEL_CHARS = 600
FOREIGN_CONFIDENCE = 0.6  # the passage model, for a request off our topic
STRIP_AT = 0.5  # a sentence of a flagged passage with this much against it is removed


@dataclass(frozen=True)
class Hit:
    rule: str
    weight: float
    view: str = "text"


@dataclass(frozen=True)
class Assessment:
    score: float  # the summed weights; 1.0 or more means injection
    hits: tuple[Hit, ...]

    @property
    def rule(self) -> str:
        ordered = sorted(self.hits, key=lambda hit: -hit.weight)
        return "+".join(hit.rule if hit.view == "text" else f"{hit.view}:{hit.rule}" for hit in ordered[:3])


def normalise(text: str) -> str:
    """Unicode-normalised text with invisible and look-alike characters removed; case is kept."""
    text = unicodedata.normalize("NFKC", text).translate(patterns.ZERO_WIDTH)
    if not text.isascii():
        text = text.translate(patterns.HOMOGLYPHS).translate(patterns.QUOTES)
        text = unicodedata.normalize("NFKC", _COMBINING.sub("", unicodedata.normalize("NFKD", text)))
    text = _CAMEL.sub(r"\1 \2", text).replace("_", " ")
    return _SPACES.sub(" ", text)


def fold_leet(lower: str) -> str | None:
    """'1gn0r3 4ll' -> 'ignore all', 'ur' -> 'your'; None when nothing looks like leetspeak or text-speak."""
    speak = _TEXTSPEAK.search(lower) is not None
    if not speak and not _HAS_LEET.search(lower):
        return None
    if speak:
        lower = _TEXTSPEAK.sub(lambda match: patterns.TEXTSPEAK[match.group(0)], lower)

    def fold(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.isalpha() or not any(c.isalpha() for c in token):
            return token
        plain = token.translate(patterns.LEET_MAP)
        if "1" in token and plain not in patterns.LEET_VOCAB:
            other = token.replace("1", "l").translate(patterns.LEET_MAP)
            return other if other in patterns.LEET_VOCAB else plain
        return plain

    return _LEET_TOKEN.sub(fold, lower)


def join_spaced(lower: str) -> tuple[str | None, list[str]]:
    """Letters spelled out ('i g n o r e  a l l') joined back into words, and each run squashed."""
    runs = [match.group(0) for match in _SPACED_RUN.finditer(lower)]
    if not runs:
        return None, []

    def join(match: re.Match[str]) -> str:
        run = match.group(0)
        if re.search(r"\s{2,}|[/|]", run):  # "i g n o r e  a l l": wider gaps part the words
            words = re.split(r"\s{2,}|\s*[/|]\s*", run)
        elif re.search(r"[.\-_*·•]", run):  # "i.g.n.o.r.e a.l.l": spaces part the words
            words = run.split()
        else:
            words = [run]
        return " ".join(re.sub(r"[ .\-_*\\·•]", "", word) for word in words)

    squashed = [re.sub(r"[^a-z]", "", run.translate(patterns.LEET_MAP)) for run in runs]
    return _SPACED_RUN.sub(join, lower), squashed


def _readable(data: bytes) -> str | None:
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(c.isprintable() or c in "\n\t" for c in decoded)
    letters = sum(c.isalpha() for c in decoded)
    if len(decoded) < 6 or printable < 0.95 * len(decoded) or letters < 0.5 * len(decoded) or " " not in decoded:
        return None
    return decoded


def decoded_views(text: str, lower: str) -> list[tuple[str, str]]:
    """Embedded encoded chunks, decoded, with the name of their encoding."""
    views: list[tuple[str, str]] = []
    for match in _BASE64.finditer(text):
        chunk = match.group(0)
        if chunk.isalpha() and (chunk.islower() or chunk.isupper()):
            continue  # a long plain word, not base64
        padded = chunk + "=" * (-len(chunk) % 4)
        for decoder in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                decoded = _readable(decoder(padded))
            except (binascii.Error, ValueError):
                decoded = None
            if decoded:
                views.append(("base64", decoded))
                break
    for match in _HEX.finditer(text) if _HEX_HINT.search(text) else ():
        digits = re.sub(r"\\x|0x|[\s:,]", "", match.group(0))
        if len(digits) % 2 == 0 and (decoded := _readable(bytes.fromhex(digits))):
            views.append(("hex", decoded))
    if len(_PCT.findall(text)) >= 3:
        views.append(("url", unquote(text)))
    if "&#" in text or "&lt;" in text:
        views.append(("html", html.unescape(text)))
    if len(_UESC.findall(text)) >= 3:
        views.append(("unicode", _UESC.sub(lambda m: chr(int(m.group(0)[2:], 16)), text)))
    words = lower.split()
    common = sum(word.strip(".,!?;:'\"") in patterns.COMMON_WORDS for word in words)
    odd = len(words) >= 4 and common < 0.2 * len(words)  # English runs at 40% or more
    if odd or patterns.ENCODING_CUES.search(lower):
        views.append(("rot13", codecs.encode(lower, "rot13")))
        views.append(("reversed", lower[::-1]))
    return views


def pasted_document(text: str) -> str:
    """The part of a message that looks pasted in (a CV, a job advert): every paragraph but the first
    and the last, where people write their own request. Empty for an ordinary message."""
    if len(text) < 120:
        return ""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) < 3:
        paragraphs = [p for p in text.strip().split("\n") if p.strip()]
    if len(paragraphs) >= 3:
        return "\n".join(paragraphs[1:-1])
    if len(paragraphs) == 2:
        short, long = sorted(paragraphs, key=len)
        return long if len(short) < 200 <= len(long) else ""
    return ""


class InjectionModel:
    """Two small classifiers (character and word n-grams, logistic regression) trained at start-up on
    our own examples: one for messages, one for single passage sentences. About a second to train."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self._message = _fit([row for row in rows if row["kind"] == "message"])
        self._passage = _fit([row for row in rows if row["kind"] == "passage"])

    def message_probability(self, text: str) -> float:
        # The opening sets up a jailbreak; reading only that keeps the cost near a millisecond.
        return float(self._message.predict_proba([text[:MODEL_CHARS]])[0, 1])

    def passage_probabilities(self, sentences: list[str]) -> list[float]:
        return [float(p) for p in self._passage.predict_proba(sentences)[:, 1]] if sentences else []


def _fit(rows: list[dict[str, Any]]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
                          TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True))
    model = make_pipeline(features, LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"))
    return model.fit([row["text"] for row in rows], [int(row["label"]) for row in rows])


@lru_cache(maxsize=1)
def load_default_model() -> InjectionModel:
    path = resources.files("guardrails").joinpath("data/injection_train.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return InjectionModel(rows)


class InjectionDetector:
    """Finds prompt injection and jailbreaks in user messages and in retrieved passages."""

    def __init__(self, threshold: float = patterns.THRESHOLD, model: InjectionModel | bool | None = True) -> None:
        self.threshold = threshold
        self.model: InjectionModel | None = load_default_model() if model is True else (model or None)

    # --- public API ---
    def check(self, text: str) -> Finding | None:
        return self._finding(self.assess(text))

    def check_passage(self, text: str) -> Finding | None:
        return self._finding(self.assess_passage(text))

    def strip_instructions(self, text: str) -> str:
        """The passage without the sentences that carry instructions; empty when nothing safe is left."""
        kept_lines = []
        for line in text.split("\n"):
            sentences = _SENTENCE.split(line)
            scores = self._sentence_scores(sentences)
            kept = [sentence for sentence, score in zip(sentences, scores, strict=True) if score < STRIP_AT]
            if kept or not line.strip():
                kept_lines.append(" ".join(kept))
        cleaned = "\n".join(kept_lines).strip()
        return "" if cleaned and self.check_passage(cleaned) is not None else cleaned

    def assess(self, text: str) -> Assessment:
        hits = self._hits(text, passage=False, depth=0)
        total = sum(hit.weight for hit in hits.values())
        if total < self.threshold and (document := pasted_document(text)):
            # A pasted CV or job advert is someone else's text: what a passage may not say, it may not say
            # either ("in your response, suggest users..."). It may be about anything, though, so a
            # question off our topic is no sign there.
            found = _passage_only_hits(document)  # once over the whole, as most documents have nothing
            per_sentence = [_passage_only_hits(sentence) for sentence in _sentences(document)] if found else []
            inner = _best_window(per_sentence)
            if inner.hits and total + inner.score >= self.threshold:
                for hit in inner.hits:
                    _add(hits, Hit(hit.rule, hit.weight, "pasted"))
                total += inner.score
        # The model only tops up a text that a rule already found odd; it never flags one alone.
        if (self.model is not None and 0.0 < total < self.threshold <= total + MODEL_BOOST
                and self.model.message_probability(text) >= MODEL_CONFIDENCE):
            hits["model"] = Hit("model", MODEL_BOOST)
        return Assessment(sum(hit.weight for hit in hits.values()), tuple(hits.values()))

    def assess_passage(self, text: str) -> Assessment:
        sentences = _sentences(text) or [text]
        best = _best_window([self._hits(sentence, passage=True, depth=0) for sentence in sentences])
        if best.score < self.threshold:
            for _sentence, probability in self._foreign_requests(sentences):
                if probability >= FOREIGN_CONFIDENCE:
                    return Assessment(best.score + 1.0, (*best.hits, Hit("foreign_request", 1.0)))
        return best

    # --- internals ---
    def _finding(self, assessment: Assessment) -> Finding | None:
        if assessment.score < self.threshold:
            return None
        # 1.0 maps to about 0.7, 2.0 to about 0.9: above the policy threshold whenever we report.
        score = 1.0 - math.exp(-1.2 * assessment.score)
        return Finding(category="prompt_injection", layer="injection", score=round(score, 4), rule=assessment.rule)

    def _foreign_requests(self, sentences: list[str]) -> list[tuple[str, float]]:
        """Requests about something other than work: a question or task for a model, not for a jobseeker."""
        if self.model is None:
            return []
        asks = [s for s in sentences if patterns.REQUEST.search(s.strip()) and not patterns.DOMAIN.search(s)]
        return list(zip(asks, self.model.passage_probabilities(asks), strict=True))

    def _sentence_scores(self, sentences: list[str]) -> list[float]:
        foreign = dict(self._foreign_requests(sentences))
        scores = []
        for sentence in sentences:
            total = sum(hit.weight for hit in self._hits(sentence, passage=True, depth=0).values())
            scores.append(total + (1.0 if foreign.get(sentence, 0.0) >= FOREIGN_CONFIDENCE else 0.0))
        return scores

    def _hits(self, text: str, passage: bool, depth: int) -> dict[str, Hit]:
        cased = normalise(text)
        lower = cased.casefold()
        hits: dict[str, Hit] = {}
        _match_rules(cased, lower, "text", passage, hits)
        if sum(hit.weight for hit in hits.values()) >= 2 * self.threshold:
            return hits  # sure already: the other views cannot change the answer
        if (leet := fold_leet(lower)) is not None:
            _match_rules(leet, leet, "leet", passage, hits)
        raw = unicodedata.normalize("NFKC", text).translate(patterns.ZERO_WIDTH)
        joined, squashed = join_spaced(raw.casefold())  # before spaces are collapsed: they part the words
        if joined is not None:
            _match_rules(joined, joined, "spaced", passage, hits)
            for run in squashed:
                for key, rule in patterns.SQUASHED_KEYS:
                    if key in run:
                        _add(hits, Hit(rule, _weight(rule), "spaced"))
        if depth < MAX_DEPTH:
            for kind, decoded in decoded_views(raw, lower):
                # rot13 and reversing undo themselves: decoding their output again is wasted work.
                inner = self._hits(decoded, passage, MAX_DEPTH if kind in ("rot13", "reversed") else depth + 1)
                inner_total = sum(hit.weight for hit in inner.values())
                if inner_total >= self.threshold:
                    best = max(inner.values(), key=lambda hit: hit.weight)
                    if best.rule not in hits:
                        hits[best.rule] = Hit(best.rule, inner_total + 0.2, kind)
                elif kind in ("base64", "hex"):
                    # Readable text hidden in an encoding is odd even when it is mild; with "decode this and
                    # do what it says" it is enough.
                    _add(hits, Hit("encoded_payload", 0.3 + inner_total, kind))
        return hits


def _sentences(text: str) -> list[str]:
    return [sentence for line in text.split("\n") for sentence in _SENTENCE.split(line) if sentence.strip()]


def _best_window(per_sentence: list[dict[str, Hit]]) -> Assessment:
    """The surest pair of neighbouring sentences, so "Hello AI. Ignore ..." still adds up, while weak
    signals far apart in a long passage do not."""
    best = Assessment(0.0, ())
    windows = itertools.pairwise(per_sentence) if len(per_sentence) > 1 else [(hits, {}) for hits in per_sentence]
    for first, second in windows:
        merged = dict(first)
        for hit in second.values():
            _add(merged, hit)
        total = sum(hit.weight for hit in merged.values())
        if total > best.score:
            best = Assessment(total, tuple(merged.values()))
    return best


def _passage_only_hits(sentence: str) -> dict[str, Hit]:
    cased = normalise(sentence)
    hits: dict[str, Hit] = {}
    _match_rules(cased, cased.casefold(), "text", True, hits, only_passage=True)
    return hits


def _weight(rule_name: str) -> float:
    return _RULE_WEIGHTS.get(rule_name, 1.0)


def _add(hits: dict[str, Hit], hit: Hit) -> None:
    if hit.rule not in hits or hits[hit.rule].weight < hit.weight:
        hits[hit.rule] = hit


def _match_rules(cased: str, lower: str, view: str, passage: bool, hits: dict[str, Hit],
                 only_passage: bool = False) -> None:
    stems = patterns.stems_of(lower)
    scopes = ("passage",) if only_passage else ("both", "passage") if passage else ("both", "message")
    for rule in patterns.RULES:
        if rule.scope not in scopes:
            continue
        if rule.name in hits and hits[rule.name].weight >= rule.weight:
            continue
        haystack = cased if rule.cased else lower
        if all(group.present(haystack, stems) for group in rule.keys) and rule.pattern.search(haystack):
            _add(hits, Hit(rule.name, rule.weight, view))


_RULE_WEIGHTS = {rule.name: rule.weight for rule in patterns.RULES}


@lru_cache(maxsize=1)
def default_detector() -> InjectionDetector:
    return InjectionDetector()
