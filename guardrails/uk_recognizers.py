"""Our own Presidio recognizers for UK personal data.

The checksum and format rules they apply (Luhn, NHS mod 11, IBAN mod 97, HMRC's NI prefixes,
plausible birth dates) live in `guardrails.pii`, which can be imported without Presidio.

This module imports Presidio at the top, so only `guardrails.pii.PiiMasker` imports it, and only
inside its constructor (Presidio pulls in spaCy and transformers, which takes seconds).

Context words are handled here, not by Presidio's LemmaContextAwareEnhancer: that one needs
tokens and lemmas from a spaCy pipeline, and we run with no language model. Each recognizer
looks at the raw text a few words either side of a match for cues such as "sort code" or
"date of birth" (multi-word cues work, which Presidio's token matching does not), and adds a
boost to the score. Weak patterns (8 digits, 6 digits, a date) start below the masker's
threshold of 0.5 and are only masked when a cue is near.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from guardrails.pii import COMMON_TWO_LETTER_WORDS, birth_date_ok, digits_of, iban_ok, luhn_ok, nhs_ok, ni_prefix_ok

# How far either side of a match a cue may be, in characters (about 8 words before, 4 after).
CUE_BEFORE = 48
CUE_AFTER = 24


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    boost: float
    after: bool  # may the cue come after the match as well as before it?


def cue(regex: str, boost: float, *, after: bool = True) -> Cue:
    return Cue(re.compile(regex, re.IGNORECASE), boost, after)


def context_boost(text: str, start: int, end: int, cues: Sequence[Cue]) -> float:
    before = text[max(0, start - CUE_BEFORE) : start]
    after = text[end : end + CUE_AFTER]
    return max((c.boost for c in cues if c.pattern.search(before) or (c.after and c.pattern.search(after))),
               default=0.0)


def apply_cues(text: str, results: Iterable[RecognizerResult], cues: Sequence[Cue]) -> list[RecognizerResult]:
    boosted = []
    for result in results:
        boost = context_boost(text, result.start, result.end, cues)
        if boost:
            result.score = min(1.0, result.score + boost)
            # Tells Presidio's own enhancer, if one runs, not to boost the same cue twice.
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        boosted.append(result)
    return boosted


# --- recognizers ----------------------------------------------------------------------------

# Bare digit runs inside "2.22153851.1323" (tracking ids in links) or "1,234,567" are not bank details.
_NOT_IN_DECIMAL = r"(?<!\d[.,])\b"
_END = r"\b(?![.,]\d)"


class CuedPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose scores are raised by nearby cue words (see the module doc)."""

    ENTITY = ""
    PATTERNS: Sequence[Pattern] = ()
    CUES: Sequence[Cue] = ()

    def __init__(self) -> None:
        super().__init__(supported_entity=self.ENTITY, patterns=list(self.PATTERNS), name=type(self).__name__,
                         supported_language="en")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        return apply_cues(text, super().analyze(text, entities, nlp_artifacts, regex_flags), self.CUES)


class NiNumberRecognizer(CuedPatternRecognizer):
    ENTITY = "NI_NUMBER"
    PATTERNS = (
        # Capital letters: a strong signal on its own.
        Pattern("NI upper", r"\b(?-i:[A-Z]{2})[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b", 0.85),
        Pattern("NI joined", r"\b[A-Z]{2}\d{6}[A-D]\b", 0.8),
        # Lower case is common on phones; ordinary words around a number ("my 12 34 56 a") are
        # ruled out by `invalidate_result`.
        Pattern("NI any case", r"\b[A-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b", 0.6),
    )
    CUES = (cue(r"national\s+insurance|\bNI\b|\bNINO\b|\bN\.I\b", 0.35),)

    def __init__(self, *, allow_example: bool = True) -> None:
        self.allow_example = allow_example
        super().__init__()

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if ni_prefix_ok(pattern_text[:2], allow_example=self.allow_example) else False

    def invalidate_result(self, pattern_text: str) -> bool | None:
        prefix = pattern_text[:2]
        return prefix.islower() and prefix in COMMON_TWO_LETTER_WORDS and pattern_text[2] in " -"


class PostcodeRecognizer(CuedPatternRecognizer):
    ENTITY = "POSTCODE"
    _OUTWARD = r"(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?))"
    _INWARD = r"\d[ABD-HJLNP-UW-Z]{2}"
    PATTERNS = (
        Pattern("postcode spaced", rf"\b(?:{_OUTWARD}\s{_INWARD}|GIR\s0AA)\b", 0.7),
        Pattern("postcode joined", rf"\b(?:{_OUTWARD}{_INWARD}|GIR0AA)\b", 0.55),
    )
    CUES = (cue(r"post\s?code|address|\blive[sd]?\s+(?:in|at)\b|\bmoved?\s+to\b", 0.25),)


class SortCodeRecognizer(CuedPatternRecognizer):
    ENTITY = "SORT_CODE"
    PATTERNS = (
        Pattern("sort code dashed", rf"{_NOT_IN_DECIMAL}\d{{2}}-\d{{2}}-\d{{2}}{_END}", 0.3),
        Pattern("sort code spaced", rf"{_NOT_IN_DECIMAL}\d{{2}} \d{{2}} \d{{2}}{_END}", 0.2),
        Pattern("sort code joined", rf"{_NOT_IN_DECIMAL}\d{{6}}{_END}", 0.1),
    )
    CUES = (
        cue(r"sort\s*code|\bs/c\b", 0.5),
        # Six digits straight before eight are a sort code and an account number.
        cue(r"^[\s,;/]*(?:and\s+|account\s+)?\d{8}\b", 0.5),
        cue(r"\bbank|\baccount\b|\bacc(?:t)?\b|\ba/c\b", 0.25),
    )


class AccountNumberRecognizer(CuedPatternRecognizer):
    ENTITY = "ACCOUNT_NUMBER"
    PATTERNS = (
        Pattern("account 8 digits", rf"{_NOT_IN_DECIMAL}\d{{8}}{_END}", 0.2),
        Pattern("account 4+4", rf"{_NOT_IN_DECIMAL}\d{{4}} \d{{4}}{_END}", 0.1),
    )
    CUES = (
        cue(r"\baccount\b|\bacc(?:t|ount)?\s*(?:no|num|number)\b|\ba/c\b|\bacct\b", 0.45),
        # Eight digits straight after a sort code are the account.
        cue(r"sort\s*code|\b\d{2}[- ]?\d{2}[- ]?\d{2}[\s,;/]*(?:and\s+|account\s+)?$", 0.35),
        cue(r"\bbank", 0.3),
    )


class CardNumberRecognizer(CuedPatternRecognizer):
    ENTITY = "CARD_NUMBER"
    _START = r"(?<![+\d])"  # "+447700900123" is a phone number, not a 12-digit card
    PATTERNS = (
        Pattern("card grouped", rf"{_START}\b\d{{4}}([ -]?)\d{{4}}\1\d{{4}}\1\d{{4}}(?:\1\d{{1,3}})?\b", 0.9),
        Pattern("card amex", rf"{_START}\b\d{{4}}[ -]?\d{{6}}[ -]?\d{{5}}\b", 0.9),
        Pattern("card joined", rf"{_START}\b\d{{13,19}}\b", 0.8),
        # Maestro cards can have 12 digits; so can other numbers, so these need a cue.
        Pattern("card 12 digits", rf"{_START}\b\d{{4}}([ -]?)\d{{4}}\1\d{{4}}\b", 0.3),
    )
    CUES = (cue(r"\bcard|\bvisa\b|mastercard|maestro|\bamex\b|\bdebit\b|\bcredit\b|\bcc\b|\bpaid\b|\bpay\s+with", 0.3),)

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern's score, so the 12-digit shape still needs its cue.
        # No card starts with 0 (that digit is not issued); long numbers starting 0 are phones.
        return None if luhn_ok(pattern_text) and not pattern_text.startswith("0") else False


class IbanRecognizer(CuedPatternRecognizer):
    ENTITY = "IBAN"
    PATTERNS = (Pattern("IBAN", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", 0.4),)

    def validate_result(self, pattern_text: str) -> bool | None:
        return iban_ok(pattern_text)


class NhsNumberRecognizer(CuedPatternRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = (
        Pattern("NHS grouped", r"\b\d{3}([ -])\d{3}\1\d{4}\b", 0.5),
        Pattern("NHS joined", r"\b\d{10}\b", 0.3),
    )
    CUES = (cue(r"\bNHS\b|health|\bGP\b|hospital|\bCHI\b", 0.4),)

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern's score: 1 in 11 random numbers pass mod 11, so the shape and
        # the cues still matter. A leading 0 is a phone number's trunk prefix, not an NHS number.
        return None if nhs_ok(pattern_text) and not pattern_text.startswith("0") else False


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"


class DateOfBirthRecognizer(CuedPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (
        Pattern("date numeric", r"\b\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})\b", 0.1),
        Pattern("date ISO", r"\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b", 0.1),
        Pattern("date joined", r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}\b", 0.1),
        Pattern("date words", rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+(?:19|20)\d{{2}}\b", 0.1),
        Pattern("date words US", rf"\b{_MONTH}\s+{_DAY},?\s+(?:19|20)\d{{2}}\b", 0.1),
    )
    CUES = (
        # "born" only before the date: "my appointment is on 9/7/25 but I was born on..." is not a birth date.
        cue(r"\bborn\b|\bbirth|\bd\.?o\.?b\b|birthday", 0.5, after=False),
        cue(r"^\W*(?:is|was)\s+(?:my|his|her|their)\s+(?:date\s+of\s+birth|d\.?o\.?b|birthday)", 0.5),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if birth_date_ok(pattern_text) else False


class PassportRecognizer(CuedPatternRecognizer):
    ENTITY = "PASSPORT"
    PATTERNS = (
        Pattern("passport 9 digits", rf"{_NOT_IN_DECIMAL}\d{{9}}{_END}", 0.1),
        Pattern("passport letters", r"\b(?-i:[A-Z]{2})\d{7}\b", 0.15),
    )
    CUES = (cue(r"passport|\bHMPO\b|travel\s+document", 0.5),)


class DrivingLicenceRecognizer(CuedPatternRecognizer):
    """DVLA number: surname (padded with 9s), birth decade, month (+50 for women), day, year, initials."""

    ENTITY = "DRIVING_LICENCE"
    PATTERNS = (
        Pattern(
            "DVLA licence",
            r"\b[A-Z9]{5} ?\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d ?[A-Z9]{2}\d[A-Z]{2}\b",
            0.6,
        ),
    )
    CUES = (cue(r"licen[cs]e|\bDVLA\b|driving", 0.3),)

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if re.fullmatch(r"[A-Z]+9*", pattern_text[:5].upper()) else False


class EmailRecognizer(CuedPatternRecognizer):
    """Presidio's own EmailRecognizer checks the domain with tldextract, which may download the
    public suffix list. A mail address needs no such check for masking, so this is regex only."""

    ENTITY = "EMAIL"
    PATTERNS = (
        Pattern("email", r"\b[A-Z0-9][A-Z0-9._%+'-]*@(?:[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?\.)+[A-Z]{2,}\b", 0.95),
    )


class UkPhoneRecognizer(PhoneRecognizer):
    """Presidio's PhoneRecognizer, region GB, scored by how the number is written.

    libphonenumber's "valid" test rejects Ofcom's drama numbers (07700 900xxx), which are exactly
    what examples and test data use, so we match "possible" numbers and score them: written with
    a 0 or + prefix is strong, a bare run of digits needs a cue such as "call" or "mobile".
    """

    CUES = (cue(r"phone|mobile|\btel\b|\bcall|\bring\b|\btext\b|whats\s?app|landline|\bcontact", 0.35),)

    def __init__(self) -> None:
        super().__init__(supported_entity="PHONE", supported_regions=("GB",), leniency=0,
                         name="UkPhoneRecognizer")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        import phonenumbers

        results = []
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            number = match.number
            national = phonenumbers.national_significant_number(number)
            if number.country_code == 44 and len(national) < 9:
                continue  # 8 digits or fewer: account numbers, references, counts
            prefixed = match.raw_string.lstrip("(").startswith(("0", "+"))
            valid = phonenumbers.is_valid_number(number)
            score = (0.85 if valid else 0.6) if prefixed else (0.3 if valid else 0.15)
            results.append(RecognizerResult(
                entity_type="PHONE", start=match.start, end=match.end, score=score,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "UkPhoneRecognizer",
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
        return apply_cues(text, results, self.CUES)


class LabelledPhoneRecognizer(CuedPatternRecognizer):
    """Numbers in other countries' formats, masked only when labelled as a phone right beside them
    ("Phone: 467 3395", "mobile: 99 577450", "(579)888-3058 fax"). libphonenumber with region GB
    does not know them, and a bare run of digits could be a job reference."""

    ENTITY = "PHONE"
    PATTERNS = (
        Pattern("labelled phone", r"(?<![\w+])(?:\+|00)?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,4}\)?){1,5}(?:\s?x\d{1,5})?\b",
                0.1),
    )
    _LABEL = r"(?:phone|mobile|cell|tel|telephone|fax|desk|landline|whats\s?app)"
    CUES = (
        cue(rf"\b{_LABEL}\b(?:\s+(?:number|no))?\W*(?:is\W+|on\W+|at\W+)?$", 0.5, after=False),
        cue(r"\b(?:call|ring|text|reach)\s+me\s+(?:on|at)\W*$", 0.5, after=False),
        cue(rf"^[\s,;-]*(?:{_LABEL}|office|home|work)\b", 0.5),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if 7 <= len(digits_of(pattern_text.split("x")[0])) <= 15 else False


def uk_recognizers(*, allow_ni_example: bool = True) -> list[PatternRecognizer | PhoneRecognizer]:
    """One of each recognizer, in the order the masker runs them."""
    return [
        NiNumberRecognizer(allow_example=allow_ni_example), UkPhoneRecognizer(), LabelledPhoneRecognizer(),
        EmailRecognizer(),
        PostcodeRecognizer(), SortCodeRecognizer(), AccountNumberRecognizer(), CardNumberRecognizer(),
        IbanRecognizer(), NhsNumberRecognizer(), DateOfBirthRecognizer(), PassportRecognizer(),
        DrivingLicenceRecognizer(),
    ]
