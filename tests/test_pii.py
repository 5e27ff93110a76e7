"""PII masking: each UK entity in several formats, ordinary numbers kept, offsets, no network.

Building the masker imports Presidio (which imports spaCy and transformers): about 5 s, once per module.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrails.pii import (
    ENTITIES,
    PLACEHOLDERS,
    MaskedText,
    PiiMasker,
    birth_date_ok,
    findings,
    iban_ok,
    luhn_ok,
    nhs_ok,
    ni_prefix_ok,
)
from knowledge.errors import ConfigurationError

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker()


def found(masked: MaskedText, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in masked.spans]


EXAMPLES = [
    ("NI_NUMBER", "My NI number is {}", ["QQ 12 34 56 C", "AB123456C", "ab123456c", "AB 123456 C", "JT 98 76 54 D"]),
    ("NI_NUMBER", "national insurance {} thanks", ["ab 12 34 56 c", "Ab123456c"]),
    ("PHONE", "call me on {} please", ["07700 900123", "+44 7700 900123", "0044 7700900123", "(020) 7946 0018",
                                      "0161 496 0000", "07700900123", "+447700900123", "0800 123 4567",
                                      "+44(0)115 4960914", "07911 123456"]),
    ("PHONE", "Mobile: {}", ["99 577450", "(579)888-3058"]),
    ("EMAIL", "email me at {}", ["jo.bloggs@example.co.uk", "JO_B+jobs@mail.example.com", "sam99@gmail.com"]),
    ("POSTCODE", "I live in {} now", ["SW1A 1AA", "M1 1AE", "ls61aa", "B33 8TH", "cr2 6xh", "EC1A1BB"]),
    ("SORT_CODE", "my sort code is {}", ["12-34-56", "12 34 56", "123456"]),
    ("ACCOUNT_NUMBER", "account number {}", ["12345678", "4356 7890"]),
    ("ACCOUNT_NUMBER", "acc no.{}", ["12345678"]),
    ("CARD_NUMBER", "my card is {}", ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
                                      "3782 822463 10005", "5555555555554444", "6759 6498 2648"]),
    ("IBAN", "IBAN {}", ["GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19", "gb29nwbk60161331926819",
                         "DE89370400440532013000"]),
    ("NHS_NUMBER", "my NHS number is {}", ["943 476 5919", "9434765919", "943-476-5919"]),
    ("DATE_OF_BIRTH", "I was born on {}", ["03/04/1990", "3/4/90", "3 April 1990", "3rd of April 1990",
                                           "April 3, 1990", "1990-04-03", "03.04.1990"]),
    ("DATE_OF_BIRTH", "DOB {}", ["3 April 1990", "12/25/1985", "04071985", "4.7.85"]),
    ("PASSPORT", "my passport number is {}", ["123456789", "AB1234567"]),
    ("DRIVING_LICENCE", "driving licence {}", ["MORGA753116SM9IJ", "MORGA 753116 SM9IJ", "JONES862155AB9CD"]),
]
CASES = [(entity, template, value) for entity, template, values in EXAMPLES for value in values]


@pytest.mark.parametrize(("entity", "template", "value"), CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_each_entity_is_found_and_replaced(masker: PiiMasker, entity: str, template: str, value: str) -> None:
    text = template.format(value)
    masked = masker.mask(text)
    assert found(masked, text) == [(entity, value)]
    assert masked.text == template.format(PLACEHOLDERS[entity])


KEPT = [
    "I want £24,000 a year or £12.21 an hour",
    "Can I do 16 hours a week and keep my Universal Credit?",
    "I applied for job ref 123456 yesterday",
    "What happened to job ID 4567890?",
    "I have NVQ level 3 in health and social care",
    "I've been out of work since 2019",
    "my appointment is on 12/03/2026 at 10:30",
    "My appointment is on 09/07/25 but my interview was on 3 March 2026",
    "I've sent 1200 applications and had 35 interviews",
    "I worked 37.5 hours a week from 2015 to 2021",
    "I left school on 20/07/2008 and worked at Tesco",
    "My bank said the job ref 123456 is fine",
    "The bus is 45 minutes and costs £4.50, I live 12 miles away",
    "I was born in 1990 and I'm 34",
    "my 12 34 56 a",
    "Call the office about vacancy 20230145",
    "Room 101 at 9am on Monday 14 April",
    "My rent is £650 a month and council tax £120",
    "Can you tell me about jobs paying 25000 or more?",
    "It's job number 1234567890 on Find a job",
    "See https://www.gov.uk/change-account?_ga=2.22153851.1323022979.1683274800",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_numbers_are_kept(masker: PiiMasker, text: str) -> None:
    masked = masker.mask(text)
    assert masked.spans == ()
    assert masked.text == text


@pytest.mark.parametrize("text", [
    "card 4111 1111 1111 1112",  # fails Luhn
    "my NHS number is 943 476 5918",  # fails mod 11
    "IBAN GB28NWBK60161331926819",  # fails mod 97
    "NI number DA123456A",  # D is never a first letter
    "NI number AO123456A",  # O is never a second letter
    "NI number GB123456A",  # GB prefix not allowed
    "my date of birth is 31/02/1990",  # no such day
    "born on 01/01/2020",  # too young to be a jobseeker
])
def test_invalid_numbers_are_not_masked(masker: PiiMasker, text: str) -> None:
    assert masker.mask(text).spans == ()


def test_a_mixed_message_keeps_offsets_in_the_original_text(masker: PiiMasker) -> None:
    text = ("Hi, I'm on 07700 900123, NI AB 12 34 56 C, email jo@example.com, LS6 1AA. "
            "I want 16 hours a week at £12.21 an hour, job ref 123456.")
    masked = masker.mask(text)
    assert [s.entity for s in masked.spans] == ["PHONE", "NI_NUMBER", "EMAIL", "POSTCODE"]
    assert masked.text == ("Hi, I'm on [phone number], NI [NI number], email [email address], [postcode]. "
                           "I want 16 hours a week at £12.21 an hour, job ref 123456.")
    rebuilt, last = "", 0
    for span in masked.spans:
        assert 0.5 <= span.score <= 1.0
        rebuilt += text[last : span.start] + PLACEHOLDERS[span.entity]
        last = span.end
    assert rebuilt + text[last:] == masked.text


def test_sort_code_and_account_number_together(masker: PiiMasker) -> None:
    text = "bank details 20-32-06 43567890 please"
    assert found(masker.mask(text), text) == [("SORT_CODE", "20-32-06"), ("ACCOUNT_NUMBER", "43567890")]


def test_every_entity_has_a_placeholder() -> None:
    assert set(PLACEHOLDERS) == set(ENTITIES)
    assert all(p.startswith("[") and p.endswith("]") for p in PLACEHOLDERS.values())


def test_findings_are_one_per_entity_type(masker: PiiMasker) -> None:
    masked = masker.mask("call 07700 900123 or 0161 496 0000, email jo@example.com")
    result = findings(masked)
    assert sorted(f.rule for f in result) == ["EMAIL", "PHONE"]
    assert all(f.category == "pii" and f.layer == "pii" and 0.5 <= f.score <= 1 for f in result)
    assert findings(masker.mask("no personal data here")) == []


def test_hmrc_example_prefix_is_a_choice() -> None:
    assert PiiMasker(entities=["NI_NUMBER"]).mask("QQ 12 34 56 C").text == "[NI number]"
    assert PiiMasker(entities=["NI_NUMBER"], mask_ni_example=False).mask("QQ 12 34 56 C").text == "QQ 12 34 56 C"


def test_a_subset_of_entities_and_unknown_names() -> None:
    only_email = PiiMasker(entities=["EMAIL"])
    assert only_email.mask("jo@example.com 07700 900123").text == "[email address] 07700 900123"
    with pytest.raises(ConfigurationError):
        PiiMasker(entities=["SHOE_SIZE"])


def test_allowed_strings_are_kept() -> None:
    helpline = "0800 328 5644"
    masker = PiiMasker(entities=["PHONE"], allow=[helpline])
    assert masker.mask(f"Call {helpline}, or me on 07700 900123").text == f"Call {helpline}, or me on [phone number]"


def test_empty_and_blank_text(masker: PiiMasker) -> None:
    assert masker.mask("") == MaskedText("", ())
    assert masker.mask("   \n") == MaskedText("   \n", ())


def test_checksum_rules() -> None:
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert iban_ok("GB29 NWBK 6016 1331 9268 19") and not iban_ok("GB29NWBK6016133192681")
    assert ni_prefix_ok("AB") and ni_prefix_ok("qq") and not ni_prefix_ok("QQ", allow_example=False)
    assert not any(ni_prefix_ok(p) for p in ["DA", "FA", "IA", "UA", "VA", "AO", "BG", "GB", "NK", "TN", "ZZ"])
    assert birth_date_ok("29 February 1996") and not birth_date_ok("29 February 1997")


def test_no_network_when_building_or_masking() -> None:
    events: list[str] = []
    listening = True

    def hook(event: str, args: object) -> None:
        if listening and event.split(".")[0] in {"socket", "urllib", "http", "ftplib", "smtplib"}:
            events.append(event)

    sys.addaudithook(hook)  # hooks cannot be removed; this one goes quiet when the test ends
    try:
        masker = PiiMasker()
        masker.mask("email jo@example.com, web https://example.co.uk, call 07700 900123, NI AB123456C")
    finally:
        listening = False
    assert events == []


def test_importing_the_module_does_not_import_presidio() -> None:
    code = "import sys, guardrails.pii; sys.exit('presidio_analyzer' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=60).returncode == 0


# --- properties -----------------------------------------------------------------------------

NI_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NI_SECOND = [c for c in NI_FIRST if c != "O"]


@st.composite
def ni_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(NI_FIRST)) + draw(st.sampled_from(NI_SECOND))
    if prefix in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        prefix = "AB"
    digits = draw(st.text("0123456789", min_size=6, max_size=6))
    suffix = draw(st.sampled_from("ABCD"))
    sep = draw(st.sampled_from(["", " "]))
    number = prefix + sep + sep.join([digits[:2], digits[2:4], digits[4:]]) + sep + suffix
    return number.lower() if draw(st.booleans()) and not sep else number


WORDS = st.sampled_from(["hi", "my", "NI", "number", "is", "and", "I", "want", "16", "hours", "£24,000", "job",
                         "ref", "123456", "call", "07700", "900123", "LS6", "1AA", ",", ".", "jo@example.com"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(WORDS, max_size=6), number=ni_numbers(), after=st.lists(WORDS, max_size=6))
def test_a_valid_ni_number_never_survives(masker: PiiMasker, before: list[str], number: str,
                                          after: list[str]) -> None:
    text = " ".join([*before, number, *after])
    masked = masker.mask(text)
    assert number not in masked.text
    assert "[NI number]" in masked.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(WORDS, ni_numbers(), st.text(max_size=12)), max_size=12))
def test_masking_is_idempotent(masker: PiiMasker, words: list[str]) -> None:
    once = masker.mask(" ".join(words))
    twice = masker.mask(once.text)
    assert twice.text == once.text
    assert twice.spans == ()


# --- the generated set and the evaluation ---------------------------------------------------


def test_generated_set_is_valid_and_reproducible() -> None:
    from evals.make_pii_set import make_rows
    from evals.pii_eval import load_uk_rows

    assert make_rows(seed=7, copies=1) == make_rows(seed=7, copies=1)
    rows = load_uk_rows()
    assert len(rows) >= 400
    assert sum(1 for row in rows if not row.spans and row.keep) >= 50
    checks = {"CARD_NUMBER": luhn_ok, "NHS_NUMBER": nhs_ok, "IBAN": iban_ok,
              "NI_NUMBER": lambda v: ni_prefix_ok(v[:2]), "DATE_OF_BIRTH": birth_date_ok}
    for row in rows:
        for span in row.spans:
            value = row.text[span.start : span.end]
            assert value and value == value.strip(), row
            assert checks.get(span.entity, lambda v: True)(value), (span.entity, value)


@pytest.mark.slow
def test_targets_on_our_uk_set(masker: PiiMasker) -> None:
    from evals.pii_eval import evaluate_pii, format_report, load_uk_rows, targets_missed

    report = evaluate_pii(masker, load_uk_rows(), dataset="pii_uk")
    print(format_report(report, show_misses=True))
    assert targets_missed(report) == []


@pytest.mark.slow
def test_shared_synthetic_set(masker: PiiMasker) -> None:
    from evals.pii_eval import find_synth_file, format_report, run_pii_eval

    if find_synth_file(SHARED_DATA) is None:
        pytest.skip(f"pii_synth is not at {SHARED_DATA / 'dev' / 'pii_synth'} (a clone without ../shared)")
    reports = run_pii_eval(SHARED_DATA, masker=masker)
    assert [r.dataset for r in reports] == ["pii_uk", "pii_synth"]
    synth = reports[1]
    print(format_report(synth))
    for entity in ("EMAIL", "CARD_NUMBER", "IBAN"):
        score = synth.score(entity)
        assert score is not None and score.recall is not None and score.recall >= 0.95, entity
    assert all(s.precision is None or s.precision >= 0.95 for s in synth.entities)
    assert "PERSON" in synth.not_covered
