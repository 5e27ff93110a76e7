"""Mask personal data in a message before it is stored, logged, embedded or sent to a model.

Built on Microsoft Presidio (AnalyzerEngine + AnonymizerEngine) with our own UK recognizers
(`guardrails.uk_recognizers`) and no language model at all: the NLP engine below returns empty
artifacts, so nothing is downloaded and nothing touches the network. Presidio is imported in
the constructor, not at module import, because it pulls in spaCy and transformers (seconds).
Build one `PiiMasker` per process and reuse it: a message then takes about a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from guardrails.findings import Finding

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

PLACEHOLDERS: dict[str, str] = {
    "NI_NUMBER": "[NI number]",
    "PHONE": "[phone number]",
    "EMAIL": "[email address]",
    "POSTCODE": "[postcode]",
    "SORT_CODE": "[sort code]",
    "ACCOUNT_NUMBER": "[account number]",
    "CARD_NUMBER": "[card number]",
    "IBAN": "[IBAN]",
    "NHS_NUMBER": "[NHS number]",
    "DATE_OF_BIRTH": "[date of birth]",
    "PASSPORT": "[passport number]",
    "DRIVING_LICENCE": "[driving licence number]",
}
ENTITIES: tuple[str, ...] = tuple(PLACEHOLDERS)
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class PiiSpan:
    entity: str
    start: int  # offsets in the original text
    end: int
    score: float


@dataclass(frozen=True)
class MaskedText:
    text: str
    spans: tuple[PiiSpan, ...]

    @property
    def entities(self) -> tuple[str, ...]:
        """The entity types found, each once, in the order they first appear."""
        return tuple(dict.fromkeys(span.entity for span in self.spans))


def findings(masked: MaskedText) -> list[Finding]:
    """One `pii` finding per entity type found, scored by its most certain span."""
    best: dict[str, float] = {}
    for span in masked.spans:
        best[span.entity] = max(best.get(span.entity, 0.0), span.score)
    return [Finding("pii", "pii", score, rule=entity) for entity, score in best.items()]


# --- checksums and format rules: used by the recognizers, and free of Presidio ---------------

_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIQUVO")
_NI_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
HMRC_EXAMPLE_PREFIX = "QQ"
# Two-letter words that pass the prefix rules, so "my 12 34 56 a" is not read as an NI number.
COMMON_TWO_LETTER_WORDS = {"my", "me", "we", "he", "be", "by", "an", "at", "as", "am", "ok", "oh", "ah", "eh", "ye",
                           "ya", "ha", "pa", "ma", "mr", "ms"}


def ni_prefix_ok(prefix: str, *, allow_example: bool = True) -> bool:
    """HMRC's rules for the two letters of a National Insurance number.

    QQ breaks the rules (Q is never issued) but HMRC and GOV.UK print "QQ 12 34 56 C" as the
    example, and people copy it when asked for theirs. By default we mask it like a real one:
    masking an example costs nothing, and missing a real number typed in that shape would.
    """
    prefix = prefix.upper()
    if prefix == HMRC_EXAMPLE_PREFIX:
        return allow_example
    return prefix[0] not in _NI_BAD_FIRST and prefix[1] not in _NI_BAD_SECOND and prefix not in _NI_BAD_PREFIXES


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in digits_of(number)]
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def nhs_ok(number: str) -> bool:
    """Modulus 11 with weights 10..2; a check digit of 10 means the number is never issued."""
    digits = [int(d) for d in digits_of(number)]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == digits[9]


IBAN_LENGTHS = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28, "PT": 25}


def iban_ok(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    compact = re.sub(r"[\s-]", "", iban).upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    if IBAN_LENGTHS.get(compact[:2], len(compact)) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# A "birth date" of someone younger or older than this is some other date (an appointment, a start date).
MIN_AGE, MAX_AGE = 14, 100


def _full_year(year: int, this_year: int) -> int:
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= this_year else 1900 + year


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def birth_date_ok(text: str, today: date | None = None) -> bool:
    """True when the text is a real calendar date on which a jobseeker could have been born."""
    this_year = (today or date.today()).year
    if re.fullmatch(r"\d{8}", text):  # ddmmyyyy
        text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
    words = re.findall(r"[A-Za-z]+|\d+", text)
    numbers = [int(w) for w in words if w.isdigit()]
    month_words = [_MONTHS[w[:3].lower()] for w in words if w[:3].lower() in _MONTHS and not w.isdigit()]
    if month_words and len(numbers) == 2:
        day, year = (numbers[0], numbers[1]) if numbers[1] > 31 else (numbers[1], numbers[0])
        candidates = [(year, month_words[0], day)]
    elif len(numbers) == 3 and len(re.findall(r"\d+", text)[0]) == 4:
        candidates = [(numbers[0], numbers[1], numbers[2])]
    elif len(numbers) == 3:
        # UK order first; US order as a fallback so "12/25/1990" still counts.
        candidates = [(numbers[2], numbers[1], numbers[0]), (numbers[2], numbers[0], numbers[1])]
    else:
        return False
    for year, month, day in candidates:
        year = _full_year(year, this_year)
        if this_year - MAX_AGE <= year <= this_year - MIN_AGE and _real_date(year, month, day):
            return True
    return False


# --- the masker -----------------------------------------------------------------------------


def _empty_nlp_engine() -> Any:
    """A Presidio NlpEngine for English that runs no model and returns empty artifacts.

    Our recognizers read their context cues from the raw text, so they need no tokens or lemmas.
    """
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

    class EmptyNlpEngine(NlpEngine):
        def __init__(self) -> None:
            self._loaded = False

        def load(self) -> None:
            self._loaded = True

        def is_loaded(self) -> bool:
            return self._loaded

        def process_text(self, text: str, language: str) -> NlpArtifacts:
            return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self,  # type: ignore[arg-type]
                                language=language)

        def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1,
                          **kwargs: Any) -> Iterator[tuple[str, NlpArtifacts]]:
            for text in texts:
                yield text, self.process_text(text, language)

        def is_stopword(self, word: str, language: str) -> bool:
            return False

        def is_punct(self, word: str, language: str) -> bool:
            return False

        def get_supported_entities(self) -> list[str]:
            return []

        def get_supported_languages(self) -> list[str]:
            return ["en"]

    return EmptyNlpEngine()


def _no_context_enhancer() -> Any:
    """Presidio's default enhancer deep-copies every result to look for lemmas we do not have."""
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContextEnhancer(ContextAwareEnhancer):
        def __init__(self) -> None:
            super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                             context_prefix_count=0, context_suffix_count=0)

        def enhance_using_context(self, text: str, raw_results: list[Any], nlp_artifacts: Any,
                                  recognizers: list[Any], context: list[str] | None = None) -> list[Any]:
            return raw_results

    return NoContextEnhancer()


def resolve_overlaps(results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the most certain of any overlapping results (then the longest), so that every
    character is masked at most once and the spans we report are the spans we replaced."""
    kept: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)


class PiiMasker:
    """Finds UK personal data and replaces each item with a typed placeholder such as "[NI number]".

    `threshold`: the lowest score that is masked; weak patterns reach it only with a cue nearby.
    `mask_ni_example`: whether HMRC's example prefix QQ counts as an NI number (see `ni_prefix_ok`).
    `allow`: exact strings never masked, such as the public helpline numbers in our own articles,
    for a check on the assistant's replies.
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, entities: Iterable[str] | None = None,
                 mask_ni_example: bool = True, allow: Iterable[str] = ()) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig
        from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

        from guardrails.uk_recognizers import uk_recognizers

        wanted = set(entities) if entities is not None else set(ENTITIES)
        unknown = wanted - set(ENTITIES)
        if unknown:
            from knowledge.errors import ConfigurationError

            raise ConfigurationError(f"Unknown personal data type: {', '.join(sorted(unknown))}.",
                                     hint=f"Use some of: {', '.join(ENTITIES)}.")
        recognizers = [r for r in uk_recognizers(allow_ni_example=mask_ni_example)
                       if r.supported_entities[0] in wanted]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=_empty_nlp_engine(),
                                        supported_languages=["en"], default_score_threshold=threshold,
                                        context_aware_enhancer=_no_context_enhancer())
        self._anonymizer = AnonymizerEngine()
        self._anonymizer_result = AnonymizerResult
        self._operators = {e: OperatorConfig("replace", {"new_value": PLACEHOLDERS[e]}) for e in wanted}
        self.threshold = threshold
        self.allow = sorted(set(allow))
        self.entities = tuple(e for e in ENTITIES if e in wanted)

    def analyze(self, text: str) -> list[RecognizerResult]:
        """Presidio's results after overlap resolution, for callers that want the raw results."""
        if not text.strip():
            return []
        return resolve_overlaps(self._analyzer.analyze(text=text, language="en", allow_list=self.allow or None))

    def mask(self, text: str) -> MaskedText:
        results = self.analyze(text)
        if not results:
            return MaskedText(text=text, spans=())
        # The spans never overlap, so merging is off: each span becomes exactly one placeholder.
        to_replace = [self._anonymizer_result(r.entity_type, r.start, r.end, r.score) for r in results]
        masked = self._anonymizer.anonymize(text=text, analyzer_results=to_replace, operators=self._operators,
                                            merge_entities_with_spaces=False)
        spans = tuple(PiiSpan(r.entity_type, r.start, r.end, round(float(r.score), 4)) for r in results)
        return MaskedText(text=masked.text, spans=spans)
