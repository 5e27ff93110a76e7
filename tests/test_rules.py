"""The precise rules layer: what it must catch, what it must leave alone, and how fast it is."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails import rules as rules_module
from guardrails.findings import Finding
from guardrails.rule_patterns import RULES as PATTERN_TABLES
from guardrails.rules import NEGATED_CRISIS_SCORE, SensitiveRules, normalise
from knowledge.errors import InputError

TRAIN = Path(__file__).resolve().parent.parent / "guardrails" / "data" / "train.jsonl"
RULES = SensitiveRules()


def scores(text: str) -> dict[str, float]:
    return {f.category: f.score for f in RULES.check(text)}


def fired(text: str, threshold: float = 0.5) -> set[str]:
    return {cat for cat, score in scores(text).items() if score >= threshold}


# Per category: direct, indirect, misspelt and slang phrasings, and a person at risk who is not the writer.
POSITIVE_TEXTS: dict[str, list[str]] = {
    "self_harm": [
        "I want to kill myself", "I won't be here next week anyway", "everyone would be better off without me",
        "I can't see the point any more", "I want to go to sleep and not wake up", "been thinking of ending it all",
        "I've been cutting myself again", "I've got the pills ready", "gonna unalive myself tonight", "honestly kms",
        "im feeling really sucidal", "feeling suicidel again", "thinking about sewerslide", "i want to k1ll myself",
        "i just wanna diiie", "I’m going to top myself", "nobody would even notice if I disappeared",
        "I don't think I want to live anymore", "been saving up my tablets for a while", "ngl i want to die",
        "my friend said she wants to kill herself", "my daughter has been cutting her arms",
        "I have a plan to end things this weekend", "the world would be better without me in it",
    ],
    "safeguarding": [
        "they took my passport and make me work for no pay", "my 15 year old is being made to sell drugs",
        "my 14yo is being groomed by some lads", "the boss keeps all our passports and locks us in at night",
        "my nan's carer keeps taking money out of her account", "I'm going to batter my neighbour when I see him",
        "a man keeps giving my 13 year old money and presents", "I'm scared I'll hurt my baby",
    ],
    "domestic_abuse": [
        "my partner takes all my money", "he won't let me work", "scared to go home tonight",
        "my boyfriend hits me when he's drunk", "my husband reads all my texts and checks my bank",
        "I left an abusive relationship last month", "my ex won't stop turning up at my flat",
        "i need to get away from my husband, he's dangerous",
    ],
    "homelessness": [
        "sleeping in my car at the moment", "I'm sofa surfing", "my mum kicked me out",
        "I've got nowhere to stay tonight", "the landlord served a section 21", "im homless",
        "been sleeping at the bus station", "I'm about to be made homeless",
    ],
    "financial_hardship": [
        "the bailiffs are coming on Monday", "no food in the house", "haven't eaten for 2 days",
        "can't afford the bus to my interview", "my electric's been cut off", "I'm skint till payday",
        "got 2 quid till payday", "my kids are going hungry",
    ],
    "sanction_dispute": [
        "my money's been stopped and it's not fair", "I want to appeal my sanction", "they sanctioned me for no reason",
        "sanctiond for being 5 mins late", "they've stopped my universal credit and I don't know why",
        "i disagree with the decision on my claim",
    ],
    "health_disclosure": [
        "I've got PTSD", "I'm autistic", "I was diagnosed with bipolar last year", "I have really bad anxiety",
        "I'm registered blind", "I get really bad panic attacks", "I'm waiting for a knee operation",
    ],
    "abuse_to_staff": [
        "you useless piece of ...", "you're a f***ing idiot", "kys", "I'm going to kill you",
        "I know where my work coach lives", "stupid bot", "you lot are a bunch of clowns",
    ],
    # off_topic: only the clear cases
    "off_topic": [
        "give me a recipe for lasagne", "who won the match last night, arsenal or spurs?",
        "can you do my maths homework", "write me a poem about the sea", "should I buy bitcoin",
    ],
}
POSITIVES = [(text, category) for category, texts in POSITIVE_TEXTS.items() for text in texts]

HARD_NEGATIVES: list[str] = [
    "I'm dying to get this job",
    "this commute is killing me",
    "how do I kill a process in Linux",
    "jobs at a suicide-prevention charity",
    "mental health support worker jobs",
    "jobs in a homeless shelter",
    "housing officer vacancies",
    "debt adviser course",
    "I killed it at the interview",
    "dead end job",
    "I could murder a pizza",
    "drop dead gorgeous",
    "my CV is a car crash",
    "what are the sanction rules",
    "what happens if I miss an appointment",
    "what happens if I get sanctioned?",
    "can I appeal a job rejection",
    "bomb disposal jobs in the army",
    "shoot me an email",
    "knock 'em dead at your interview",
    "I want to volunteer for Samaritans",
    "I'm not homeless, I just want a better job",
    "I want to be a bailiff, what qualifications do I need",
    "I'd like to help homeless people",
    "I hurt myself at work lifting boxes",
    "I'm sick of applying for jobs",
    "I'm going to smash this interview",
    "I'll hit you up later",
    "I don't want to live in London",
    "I'm ending it with my boyfriend",
    "what happens to my UC if I get a job",
    "how do I stop my claim when I start work",
    "I need to do myself a favour and apply for more jobs",
    "my parcel went missing",
    "I lost my house keys",
    "I had a stroke of luck",
    "I want to kill the competition at my interview",
    "what time does the jobcentre open at the weekend",
    "is there any help for people who are homeless in Leeds",
    "I'd kill for a job like that",
    "the job was killing me so I quit",
    "what is a work capability assessment for",
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_catches_sensitive_phrasings(text: str, category: str) -> None:
    assert category in fired(text), f"{text!r} -> {RULES.check(text)}"


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_leaves_harmless_phrasings_alone(text: str) -> None:
    assert fired(text) == set(), f"{text!r} -> {RULES.check(text)}"


@pytest.mark.parametrize(
    "text", ["I'm not joking, I want to kill myself", "not gonna lie I want to die", "I'm not ok, I just want to die"]
)
def test_negation_never_silences_a_clear_intent(text: str) -> None:
    assert scores(text).get("self_harm", 0.0) >= 0.9


@pytest.mark.parametrize("text", ["I'm not suicidal, just fed up", "I would never kill myself, I'm just tired"])
def test_negated_self_harm_stays_as_a_low_score(text: str) -> None:
    assert scores(text).get("self_harm") == NEGATED_CRISIS_SCORE


def test_bereavement_is_not_a_current_crisis() -> None:
    found = scores("my mate died by suicide last year and I need a job with flexible hours")
    assert found.get("self_harm", 0.0) <= NEGATED_CRISIS_SCORE


def test_rules_questions_are_not_disputes() -> None:
    for text in ("what happens if my money is stopped", "can I get sanctioned for missing a review",
                 "what is a mandatory reconsideration"):
        assert "sanction_dispute" not in fired(text), text


def test_off_topic_is_low_when_the_message_is_about_work() -> None:
    assert scores("chef jobs, do I need to know recipes")["off_topic"] < 0.5
    assert scores("tell me a joke")["off_topic"] >= 0.85


def test_findings_name_their_layer_rule_and_score() -> None:
    findings = RULES.check("I've been sleeping rough and I want to kill myself")
    assert [f.category for f in findings] == ["self_harm", "homelessness"]
    for finding in findings:
        assert isinstance(finding, Finding)
        assert finding.layer == "rules"
        assert finding.rule.startswith(finding.category + ".")
        assert 0.0 < finding.score <= 1.0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I’m SOOO done", "i am so done"),
        ("i cant do this", "i cannot do this"),
        ("k1ll mys3lf", "kill myself"),
        ("ＩＭ ｆｉｎｅ", "i am fine"),
        ("my 15yo", "my 15 year old"),
        ("kms", "kill myself"),
        ("un-alive", "kill"),
        ("help!!!", "help ."),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_empty_and_punctuation_only_messages() -> None:
    assert RULES.check("") == []
    assert RULES.check("   ?!...  ") == []
    with pytest.raises(InputError):
        RULES.check(None)  # type: ignore[arg-type]


def test_literal_gates_never_change_the_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """The substring gates are only a speed-up: with them switched off every answer is the same."""
    texts = [t for t, _ in POSITIVES] + HARD_NEGATIVES
    gated = [RULES.check(t) for t in texts]
    monkeypatch.setattr(rules_module._Gated, "possible", lambda self, text: True)
    monkeypatch.setattr(rules_module._Gated, "possible_given", lambda self, present: True)
    assert [RULES.check(t) for t in texts] == gated


def test_typical_message_takes_under_a_millisecond() -> None:
    texts = [t for t, _ in POSITIVES] + HARD_NEGATIVES
    for text in texts:  # warm the word cache as a running service would have
        RULES.check(text)
    timings = []
    for text in texts:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            RULES.check(text)
            best = min(best, time.perf_counter() - start)
        timings.append(best)
    assert statistics.median(timings) < 0.001
    long_message = ("I have been applying for warehouse and retail jobs in Leeds all month. " * 30)[:2000]
    start = time.perf_counter()
    RULES.check(long_message + " I want to kill myself")
    assert time.perf_counter() - start < 0.05


CRISIS = [
    "I want to kill myself",
    "I've got the pills ready",
    "everyone would be better off without me",
    "thinking of ending it all",
    "I'm not joking, I want to die",
]
HARMLESS = [
    "I have an interview on Monday",
    "can you check my CV",
    "I'm not homeless",
    "I'm dying to get this job",
    "what are the sanction rules",
    "this commute is killing me",
    "I don't want to work nights",
]
padding = st.lists(
    st.one_of(st.sampled_from(HARMLESS), st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=60)), max_size=4
).map(". ".join)


@settings(max_examples=200, deadline=None)
@given(before=padding, crisis=st.sampled_from(CRISIS), after=padding)
def test_padding_never_removes_a_crisis(before: str, crisis: str, after: str) -> None:
    text = f"{before}. {crisis}. {after}"
    assert scores(text).get("self_harm", 0.0) >= 0.9


JOB_TALK = ["jobs are impossible", "every interview", "at work", "after my shift", "because of the sanction",
            "this week", "tonight", "honestly", "in the jobcentre", "my cv", "time after time"]


def test_job_talk_in_the_same_sentence_never_hides_a_crisis() -> None:
    """The job and idiom blanking must not swallow a crisis phrase next to it ("kill myself jobs are...")."""
    for crisis in CRISIS:
        for before in ["", *JOB_TALK]:
            for after in ["", *JOB_TALK]:
                text = f"{before} {crisis} {after}"
                assert scores(text).get("self_harm", 0.0) >= 0.9, text


@settings(max_examples=200, deadline=None)
@given(
    text=st.sampled_from([t for t, _ in POSITIVES] + HARD_NEGATIVES),
    flips=st.lists(st.booleans(), min_size=200, max_size=200),
    gaps=st.lists(st.sampled_from([" ", "  ", "\t", "\n", " \n "]), min_size=60, max_size=60),
)
def test_case_and_whitespace_never_change_the_categories(text: str, flips: list[bool], gaps: list[str]) -> None:
    flipped = "".join(ch.swapcase() if flip else ch for ch, flip in zip(text, flips, strict=False))
    flipped += text[len(flips):]
    respaced = "".join(word + gaps[i % len(gaps)] for i, word in enumerate(flipped.split()))
    assert RULES.categories(respaced) == RULES.categories(text)


@pytest.mark.skipif(not TRAIN.exists(), reason="guardrails/data/train.jsonl is not there yet")
def test_recall_and_false_alarms_on_the_train_split() -> None:
    rows = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()]
    checked = set(PATTERN_TABLES)
    hits: dict[str, list[bool]] = {}
    harmless_alarms = []
    for row in rows:
        labels = set(row.get("categories", [])) & checked
        found = fired(row["text"])
        for category in labels:
            hits.setdefault(category, []).append(category in found)
        if not row.get("categories", []):
            harmless_alarms.append(bool(found))
    for category, got in hits.items():
        assert sum(got) / len(got) >= 0.75, category
    assert sum(harmless_alarms) / max(len(harmless_alarms), 1) <= 0.05
