"""Write `evals/data/pii_uk.jsonl`: messages a UK jobseeker might type, with the personal data labelled.

Run `python -m evals.make_pii_set` to regenerate it; the seed makes the output the same every time.
Values come from Faker `en_GB` where it has them. Numbers with a checksum (NI numbers by HMRC's
prefix rules, sort code and account inside a GB IBAN by mod 97, NHS numbers by mod 11, cards by
Luhn) are made valid here, because real ones are. The check digits are computed in this file, not
with the masker's validators, so the masker's tests cross-check two separate implementations.

Each line: {"id", "text", "spans": [{"entity", "start", "end"}], "keep": ["£24,000", ...]}.
"keep" lists ordinary numbers (pay, hours, references, levels, years, other dates) that must
survive masking.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

SEED = 20240613
OUT = Path(__file__).resolve().parent / "data" / "pii_uk.jsonl"
Value = tuple[str, str | None]  # (text, entity) where entity None means an ordinary number to keep

# Personal data, each in several kinds of sentence; {FIELD}s in KEEP_FIELDS are ordinary numbers.
TEMPLATES: tuple[str, ...] = (
    "My national insurance number is {NI}",
    "NI number {NI}, can you check my claim?",
    "hi my ni no is {NI} thanks",
    "Here it is: {NI}",
    "{NI} is my NI, I start a {HOURS} hour job on Monday",
    "The form wants my National Insurance number. It's {NI}.",
    "I lost my NI card, the number was {NI}",
    "Can you update my details? NINO {NI}",
    "Please call me on {PHONE}",
    "my mobile is {PHONE} text me anytime",
    "You can reach me on {PHONE} after {TIME}",
    "The employer rang me from {PHONE} about the {SALARY} job",
    "New number: {PHONE}",
    "I changed my phone, it's now {PHONE}",
    "ring {PHONE} if the bus is late",
    "Can the work coach phone me? {PHONE}",
    "My email is {EMAIL}",
    "send the CV to {EMAIL} please",
    "I applied using {EMAIL} but got no reply",
    "Contact me at {EMAIL} or on {PHONE}",
    "{EMAIL} is my new email address",
    "Can you email the job ref {REF} details to {EMAIL}?",
    "I live in {POSTCODE}",
    "My postcode is {POSTCODE}, are there jobs near me?",
    "Any warehouse jobs within {MILES} miles of {POSTCODE}?",
    "I've moved to {POSTCODE} since {YEAR}",
    "my address is 14 Station Road, Leeds {POSTCODE}",
    "jobs near {POSTCODE}",
    "Is there a jobcentre near {POSTCODE}? I can travel {MILES} miles",
    "My sort code is {SORT} and my account number is {ACCOUNT}",
    "sort code {SORT} account {ACCOUNT}",
    "Bank details: sort code {SORT}, acc no {ACCOUNT}",
    "The sort code is {SORT}. Account number {ACCOUNT}.",
    "Please pay my wages into account number {ACCOUNT}, sort code {SORT}",
    "I changed bank. New account {ACCOUNT}, sort code {SORT}",
    "my bank account number is {ACCOUNT}",
    "sort code: {SORT}",
    "My card number is {CARD}",
    "I paid for the course with {CARD}",
    "card {CARD} was charged {MONEY} by mistake",
    "Can I use my debit card {CARD} for the bus pass?",
    "{CARD} is the card I use",
    "My IBAN is {IBAN}",
    "Please send the payment to {IBAN}",
    "iban {IBAN}",
    "The agency wants my IBAN: {IBAN}",
    "My NHS number is {NHS}",
    "nhs no {NHS} for the fit note",
    "The GP letter says NHS number {NHS}",
    "my health record number is {NHS}",
    "I was born on {DOB}",
    "DOB {DOB}",
    "My date of birth is {DOB}",
    "born {DOB}, looking for an apprenticeship",
    "My birthday is {DOB} so I am {AGE} now",
    "Date of birth: {DOB}. I have NVQ level {LEVEL}.",
    "My passport number is {PASSPORT}",
    "passport no {PASSPORT} for the right to work check",
    "The employer asked for my passport number, it's {PASSPORT}",
    "My driving licence number is {LICENCE}",
    "licence {LICENCE}, I can drive vans",
    "DVLA number {LICENCE}",
    "Here is my licence: {LICENCE}",
    # Ordinary numbers only: all must be kept.
    "I'm looking for work paying at least {SALARY} a year",
    "The job pays {WAGE} an hour for {HOURS} hours a week",
    "Can I work {HOURS} hours a week and still get Universal Credit?",
    "I applied for job ref {REF} yesterday",
    "What happened to job ID {JOBID}?",
    "I have an NVQ level {LEVEL} in health and social care",
    "I've been out of work since {YEAR}",
    "My appointment is on {APPT} at {TIME}",
    "I've applied for {COUNT} jobs this month",
    "The job is {MILES} miles away and the bus costs {MONEY} a month",
    "I worked at a call centre from {YEAR} to {YEAR}",
    "My rent is {MONEY} a month and my wage is {WAGE} an hour",
    "The vacancy ref {REF} closes on {APPT}",
    "I can start on {APPT}",
    "Is {SALARY} a good wage for a {HOURS} hour week?",
    "I am {AGE} and have {COUNT} hours of volunteering",
    "The interview is in room {ROOM} at {TIME} on {APPT}",
    "Job ID {JOBID} says {HOURS} hours, {WAGE} per hour",
    "I got a level {LEVEL} certificate in {YEAR}",
    "I was born in {YEAR} and left school at {AGE}",
    "My claim started on {APPT} and I have {COUNT} applications logged",
    "I need {MONEY} for work boots, can the Flexible Support Fund help?",
    "Shift starts {TIME}, job ref {REF}, pays {SALARY}",
    # Personal data and ordinary numbers together.
    "My NI is {NI} and I want {HOURS} hours a week at {WAGE} an hour",
    "Call {PHONE} about job ref {REF}, it pays {SALARY}",
    "My appointment is on {APPT} but I was born on {DOB}",
    "I live at {POSTCODE} and can travel {MILES} miles for {SALARY}",
    "sort code {SORT}, account {ACCOUNT}, my rent is {MONEY}",
    "email {EMAIL}, job ID {JOBID}, level {LEVEL} qualification",
    "NHS number {NHS}, I can work {HOURS} hours since {YEAR}",
)
KEEP_FIELDS = {"SALARY", "WAGE", "HOURS", "REF", "JOBID", "LEVEL", "YEAR", "APPT", "COUNT", "MILES", "MONEY", "TIME",
               "AGE", "ROOM"}



class Maker:
    """Makes one value for each field name used in the templates."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # --- personal data ------------------------------------------------------------------

    def ni(self) -> str:
        first = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
        second = [c for c in first if c != "O"]
        while True:
            prefix = self.rng.choice(first) + self.rng.choice(second)
            if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        if self.rng.random() < 0.04:
            prefix = "QQ"  # HMRC's example, which we mask too
        d, suffix = self.digits(6), self.rng.choice("ABCD")
        shape = self.pick("{p} {a} {b} {c} {s}", "{p}{d}{s}", "{p} {d} {s}", "{p}{a}{b}{c} {s}")
        text = shape.format(p=prefix, d=d, a=d[:2], b=d[2:4], c=d[4:], s=suffix)
        roll = self.rng.random()
        return text.lower() if roll < 0.25 else text.capitalize() if roll < 0.3 else text

    def phone(self) -> str:
        mobile = (self.pick("7700900", "79111", "740012", "712345", "75832") + self.digits(10))[:10]
        m = f"{mobile[:4]} {mobile[4:]}"
        shapes = [
            f"0{m}", f"0{mobile}", f"+44 {m}", f"+44{mobile}", f"0044 {m}", f"+44 (0){m}",
            f"0{mobile[:4]} {mobile[4:7]} {mobile[7:]}",
            f"(020) 7946 0{self.digits(3)}", f"020 7946 0{self.digits(3)}", f"0161 496 0{self.digits(3)}",
            f"0113 496 0{self.digits(3)}", f"01632 960{self.digits(3)}", f"0800 {self.digits(3)} {self.digits(4)}",
            f"0{self.pick('1632', '1904', '1223')} {self.digits(6)}",
            self.fake.phone_number(), self.fake.cellphone_number(),
        ]
        return self.rng.choice(shapes)

    def email(self) -> str:
        email = self.rng.choice([self.fake.email(), self.fake.free_email(), self.fake.company_email(),
                                 f"{self.fake.first_name()}.{self.fake.last_name()}{self.digits(2)}@gmail.com"])
        return email.upper() if self.rng.random() < 0.05 else email.capitalize() if self.rng.random() < 0.1 else email

    def postcode(self) -> str:
        code = self.fake.postcode()
        roll = self.rng.random()
        return code.lower() if roll < 0.2 else code.replace(" ", "") if roll < 0.35 else code

    def bank(self) -> tuple[str, str]:
        return self.digits(6), self.digits(8)

    def sort_code(self, six: str | None = None) -> str:
        s = six or self.bank()[0]
        return self.pick(f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]} {s[2:4]} {s[4:]}", s)

    def account(self) -> str:
        return self.bank()[1]

    def card(self) -> str:
        kind = self.pick("visa16", "visa16", "mastercard", "mastercard", "amex", "maestro")
        number = self.fake.credit_card_number(card_type=kind)
        while not _luhn_valid(number) or number.startswith("0"):
            number = self.fake.credit_card_number(card_type=kind)
        sep = self.pick(" ", " ", "-", "")
        if len(number) == 15:
            return sep.join([number[:4], number[4:10], number[10:]])
        return sep.join(number[i : i + 4] for i in range(0, len(number), 4))

    def iban(self) -> str:
        bank_code = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(4))
        bban = bank_code + "".join(self.bank())
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "GB00")) % 97
        iban = f"GB{check:02d}{bban}"
        roll = self.rng.random()
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return grouped if roll < 0.4 else iban.lower() if roll < 0.5 else iban

    def nhs(self) -> str:
        while True:
            nine = self.rng.choice("4679") + self.digits(8)
            check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
            if check != 10:
                number = nine + str(0 if check == 11 else check)
                break
        sep = self.pick(" ", " ", "", "-")
        return sep.join([number[:3], number[3:6], number[6:]])

    def dob(self) -> str:
        born = self.fake.date_of_birth(minimum_age=16, maximum_age=66)
        return self.date_text(born)

    def date_text(self, day: date) -> str:
        month = day.strftime("%B")
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return self.rng.choice([
            day.strftime("%d/%m/%Y"), f"{day.day}/{day.month}/{day.year}", day.strftime("%d-%m-%Y"),
            day.strftime("%d.%m.%Y"), f"{day.day} {month} {day.year}", f"{day.day}{suffix} {month} {day.year}",
            f"{day.day}{suffix} of {month} {day.year}", f"{day.day} {month[:3]} {day.year}", day.isoformat(),
            day.strftime("%d/%m/%y"),
        ])

    def passport(self) -> str:
        return self.digits(9)

    def licence(self) -> str:
        surname = re.sub(r"[^A-Z]", "", self.fake.last_name().upper())[:5].ljust(5, "9")
        born = self.fake.date_of_birth(minimum_age=17, maximum_age=70)
        month = born.month + (50 if self.rng.random() < 0.5 else 0)
        initials = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(self.rng.choice([1, 2])))
        initials = initials.ljust(2, "9")  # one initial is padded with a 9, as the DVLA does
        checks = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(2))
        number = f"{surname}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{initials}9{checks}"
        return number.lower() if self.rng.random() < 0.1 else number

    # --- ordinary numbers to keep -------------------------------------------------------

    def keep(self, field: str) -> str:
        r = self.rng
        makers: dict[str, Callable[[], str]] = {
            "SALARY": lambda: f"£{r.randrange(18, 45)},{r.choice(['000', '500'])}",
            "WAGE": lambda: f"£{r.choice([11, 12, 13, 14, 15])}.{r.randrange(0, 100):02d}",
            "HOURS": lambda: str(r.choice([8, 10, 12, 16, 20, 24, 30, 35, 37.5, 40])),
            "REF": lambda: self.digits(r.choice([5, 6])),
            "JOBID": lambda: self.digits(7),
            "LEVEL": lambda: str(r.randrange(1, 7)),
            "YEAR": lambda: str(r.randrange(1998, 2026)),
            "APPT": lambda: self.date_text(date(r.choice([2025, 2026, 2027]), r.randrange(1, 13), r.randrange(1, 29))),
            "COUNT": lambda: str(r.choice([3, 12, 25, 40, 60, 120, 250, 1200])),
            "MILES": lambda: str(r.randrange(2, 40)),
            "MONEY": lambda: f"£{r.randrange(50, 1500)}",
            "TIME": lambda: r.choice(["9am", "10:30", "2pm", "11.15am", "3:45pm"]),
            "AGE": lambda: str(r.randrange(16, 66)),
            "ROOM": lambda: str(r.randrange(1, 400)),
        }
        return makers[field]()

    def value(self, field: str) -> Value:
        if field in KEEP_FIELDS:
            return self.keep(field), None
        entity, method = FIELDS[field]
        return str(getattr(self, method)()), entity


FIELDS: dict[str, tuple[str, str]] = {
    "NI": ("NI_NUMBER", "ni"), "PHONE": ("PHONE", "phone"), "EMAIL": ("EMAIL", "email"),
    "POSTCODE": ("POSTCODE", "postcode"), "SORT": ("SORT_CODE", "sort_code"), "ACCOUNT": ("ACCOUNT_NUMBER", "account"),
    "CARD": ("CARD_NUMBER", "card"), "IBAN": ("IBAN", "iban"), "NHS": ("NHS_NUMBER", "nhs"),
    "DOB": ("DATE_OF_BIRTH", "dob"), "PASSPORT": ("PASSPORT", "passport"), "LICENCE": ("DRIVING_LICENCE", "licence"),
}


def _luhn_valid(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def render(template: str, maker: Maker) -> dict[str, Any]:
    """Fill `{FIELD}`s left to right, recording where each value lands."""
    text, spans, keep, last = "", [], [], 0
    for match in re.finditer(r"\{([A-Z]+)\}", template):
        text += template[last : match.start()]
        value, entity = maker.value(match.group(1))
        if entity:
            spans.append({"entity": entity, "start": len(text), "end": len(text) + len(value)})
        else:
            keep.append(value)
        text += value
        last = match.end()
    text += template[last:]
    return {"text": text, "spans": spans, "keep": keep}


def make_rows(seed: int = SEED, copies: int = 5) -> list[dict[str, Any]]:
    maker = Maker(seed)
    rows = []
    for template in TEMPLATES:
        for _ in range(copies):
            rows.append(render(template, maker))
    maker.rng.shuffle(rows)
    return [{"id": f"uk-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def main() -> None:
    rows = make_rows()
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"Wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
