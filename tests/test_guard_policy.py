"""The policy file, how layers' findings become one decision, and the output checks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from guardrails.findings import Finding
from guardrails.output import OutputChecker
from guardrails.pipeline import QUIET_DISCOUNT, RULE_CEILING, InputOutputGuard, combined_scores, decide
from guardrails.policy import DEFAULT_POLICY, PolicyFile, load_policy, parse_policy
from knowledge.errors import ConfigurationError

POLICY = load_policy()


def shipped() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))


def test_the_shipped_policy_loads_and_covers_every_sensitive_category() -> None:
    for category in ("self_harm", "safeguarding", "domestic_abuse", "homelessness", "financial_hardship",
                     "sanction_dispute", "health_disclosure", "abuse_to_staff", "prompt_injection", "off_topic"):
        assert category in POLICY.rules
    assert POLICY.rule("self_harm").action == "urgent_handoff"
    assert POLICY.rule("off_topic").action == "redirect"


@pytest.mark.parametrize(("change", "field"), [
    (lambda raw: raw["categories"]["homelessness"].update(action="panic"), "categories.homelessness.action"),
    (lambda raw: raw["categories"]["self_harm"].update(action="answer"), "categories.self_harm.action"),
    (lambda raw: raw["categories"]["off_topic"].update(threshold=3), "categories.off_topic.threshold"),
    (lambda raw: raw["categories"].update(weather={"action": "answer"}), "categories.weather"),
    (lambda raw: raw["categories"]["self_harm"].update(helplines=["ghostbusters"]), "categories.self_harm.helplines"),
    (lambda raw: raw["categories"].pop("safeguarding"), "categories.safeguarding"),
    (lambda raw: raw["helplines"]["samaritans"].update(nations=["Narnia"]), "helplines.samaritans.nations"),
])
def test_a_broken_policy_names_the_field_at_fault(change, field) -> None:  # type: ignore[no-untyped-def]
    raw = shipped()
    change(raw)
    with pytest.raises(ConfigurationError, match=field.replace(".", r"\.")):
        parse_policy(raw, "policy.yaml")


def test_the_policy_reloads_on_change_and_keeps_the_last_good_one(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    raw = shipped()
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    policy_file = PolicyFile(path)
    assert policy_file.policy.rule("off_topic").action == "redirect"
    raw["categories"]["off_topic"]["action"] = "refuse"
    time.sleep(0.01)
    path.write_text(yaml.safe_dump(raw) + "\n", encoding="utf-8")
    assert policy_file.policy.rule("off_topic").action == "refuse"
    path.write_text("categories: [not, a, mapping]\n", encoding="utf-8")
    assert policy_file.policy.rule("off_topic").action == "refuse"
    assert "categories" in policy_file.last_error


@pytest.mark.parametrize(("nation", "expected", "absent"), [
    ("Scotland", "0800 027 1234", "0808 2000 247"),
    ("Wales", "0808 80 10 800", "0808 2000 247"),
    ("England", "0808 2000 247", "0800 027 1234"),
])
def test_helplines_follow_the_nation(nation: str, expected: str, absent: str) -> None:
    decision = decide("he hits me", [Finding("domestic_abuse", "rules", 0.95)], POLICY, nation)
    numbers = [line.number for line in decision.helplines]
    assert numbers[0] == "999" and expected in numbers and absent not in numbers


def test_without_a_nation_every_nations_number_is_shown() -> None:
    decision = decide("x", [Finding("self_harm", "rules", 0.95)], POLICY, None)
    numbers = {line.number for line in decision.helplines}
    assert {"999", "116 123", "0800 83 85 87", "0800 132 737"} <= numbers
    assert decision.urgent and decision.priority == "urgent"
    assert "116 123" in decision.message


@pytest.mark.parametrize("category", ["self_harm", "homelessness"])
def test_layers_add_up(category: str) -> None:
    # Two layers each below the threshold t, but 1 - (1 - s)^2 >= t.
    threshold = POLICY.rule(category).threshold
    share = 1 - (1 - threshold) ** 0.5 + 0.01
    weak = [Finding(category, "rules", share), Finding(category, "classifier", share)]
    assert share < threshold
    assert category in decide("x", weak, POLICY, None).categories
    one_layer = [Finding(category, "classifier", threshold - 0.01)]
    assert decide("x", one_layer, POLICY, None).action == "answer"


def test_the_strongest_action_wins_and_off_topic_gives_way() -> None:
    findings = [Finding("off_topic", "classifier", 0.9), Finding("homelessness", "classifier", 0.95),
                Finding("self_harm", "classifier", 0.9)]
    decision = decide("x", findings, POLICY, "England")
    assert decision.action == "urgent_handoff" and decision.categories[0] == "self_harm"
    assert "off_topic" not in decision.categories and "homelessness" in decision.categories
    assert any(line.number == "0808 800 4444" for line in decision.helplines)


def test_outside_a_crisis_a_rule_needs_the_classifier_to_agree_unless_there_is_none() -> None:
    rule = Finding("homelessness", "rules", 0.95)
    assert combined_scores([rule])["homelessness"] == RULE_CEILING
    assert combined_scores([rule, Finding("homelessness", "classifier", 0.5)])["homelessness"] == pytest.approx(0.9)
    assert combined_scores([rule], classifier_runs=False)["homelessness"] == 0.95
    # A crisis rule always counts in full.
    assert combined_scores([Finding("self_harm", "rules", 0.95)])["self_harm"] == 0.95
    assert "homelessness" not in decide("x", [rule], POLICY, None).categories
    assert decide("x", [rule], POLICY, None, classifier_runs=False).action == "handoff"


def test_a_quiet_rule_finding_counts_against_its_category_only() -> None:
    # "I was sleeping rough after uni, got my own place now": the rules read it as over.
    over = Finding("homelessness", "rules", 0.3, "homelessness.long_ago", quiet=True)
    classifier = Finding("homelessness", "classifier", 1.0)
    assert combined_scores([over, classifier])["homelessness"] == QUIET_DISCOUNT
    assert "homelessness" not in decide("x", [over, classifier], POLICY, None).categories
    # Another category's evidence is untouched.
    other = combined_scores([over, Finding("financial_hardship", "classifier", 0.9)])
    assert other["financial_hardship"] == 0.9 and other["homelessness"] == 0.0
    assert over.to_dict()["quiet"] is True and "quiet" not in classifier.to_dict()


def test_health_disclosure_still_answers_with_a_notice() -> None:
    decision = decide("I have ADHD", [Finding("health_disclosure", "classifier", 0.8)], POLICY, None)
    assert decision.action == "answer" and "work coach" in decision.notice and not decision.handoff


@given(st.lists(st.tuples(st.sampled_from(["self_harm", "homelessness", "off_topic", "pii"]),
                          st.floats(0, 1)), max_size=6))
def test_adding_a_finding_never_weakens_the_action(pairs: list[tuple[str, float]]) -> None:
    findings = [Finding(category, "rules", score) for category, score in pairs]
    order = ("answer", "redirect", "refuse", "handoff", "urgent_handoff")
    before = order.index(decide("x", findings, POLICY, None).action)
    after = order.index(decide("x", [*findings, Finding("self_harm", "llm", 0.9)], POLICY, None).action)
    assert after >= before and after == order.index("urgent_handoff")
    assert all(0.0 <= score <= 1.0 for score in combined_scores(findings).values())


class Rules:
    def check(self, text: str) -> list[Finding]:
        # Just under the threshold: the other layers are unsure.
        return [Finding("homelessness", "rules", POLICY.rule("homelessness").threshold - 0.05)] if "car" in text else []


def test_an_unsure_message_gets_a_second_opinion_and_a_failing_one_is_ignored() -> None:
    asked: list[str] = []

    def opinion(text: str, scores: dict[str, float]) -> list[Finding]:
        asked.append(text)
        return [Finding("homelessness", "llm", 0.97)]

    guard = InputOutputGuard(POLICY, rules=Rules(), second_opinion=opinion)
    assert guard.check_input("I sleep in my car").action == "handoff"
    assert guard.check_input("what is a CV").action == "answer"
    assert asked == ["I sleep in my car"]

    def broken(text: str, scores: dict[str, float]) -> list[Finding]:
        raise TimeoutError("model too slow")

    assert InputOutputGuard(POLICY, rules=Rules(), second_opinion=broken).check_input("my car").action == "answer"


PASSAGE = ("You can get help with bus fares to a job interview. Ask your work coach before you travel. "
           "Call 0800 169 0190 or visit https://www.gov.uk/flexible-support-fund for details.")


@pytest.mark.parametrize(("answer", "reason"), [
    ("Ask your work coach before you travel.", ""),
    ("Call 0800 169 0190 for details.", ""),
    ("Call 0800 111 2222 for details.", "phone number"),
    ("Visit https://example.com/free-money for details.", "web address"),
    ("You are eligible for help with bus fares.", "decides"),
    ("We have approved your bus fares.", "decides"),
    ("You should stop taking your medication before the interview.", "medical or legal"),
    ("Penguins can fly to interviews on Tuesdays if they like cheese.", "not supported"),
])
def test_output_checks(answer: str, reason: str) -> None:
    decision = OutputChecker().check(answer, [PASSAGE])
    assert decision.ok == (not reason)
    assert reason in decision.reason


def test_our_own_guidance_may_say_what_a_decision_maker_does() -> None:
    passage = "If your claim is accepted, you will get a letter. You will get your first payment about 5 weeks later."
    assert OutputChecker().check("You will get a letter. [1]", [passage]).ok
