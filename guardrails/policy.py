"""The guardrail policy: which action each category leads to, what the person sees, which numbers.

The policy is a YAML file the service team owns (`data/policy.yaml` by default). It is checked
as a whole when loaded, so a typo is reported with the field at fault and the last good policy
keeps serving. `PolicyFile` reloads it when the file changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from guardrails.findings import CATEGORIES, CRISIS_CATEGORIES
from knowledge.errors import ConfigurationError

DEFAULT_POLICY = Path(__file__).resolve().parent / "data" / "policy.yaml"
ACTION_ORDER: tuple[str, ...] = ("answer", "redirect", "refuse", "handoff", "urgent_handoff")
HANDOFF_ACTIONS: tuple[str, ...] = ("handoff", "urgent_handoff")
PRIORITIES: tuple[str, ...] = ("normal", "high", "urgent")
NATIONS: tuple[str, ...] = ("England", "Scotland", "Wales")


@dataclass(frozen=True)
class Helpline:
    name: str
    number: str = ""  # to call
    text: str = ""  # to text (SMS)
    text_body: str = ""  # what to text, e.g. SHOUT
    nations: tuple[str, ...] = ()  # empty: works everywhere

    def tel_link(self) -> str:
        return "tel:" + self.number.replace(" ", "") if self.number else ""

    def sms_link(self) -> str:
        if not self.text:
            return ""
        return f"sms:{self.text}" + (f"?body={self.text_body}" if self.text_body else "")

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "number": self.number, "tel": self.tel_link(), "text": self.text,
                "sms": self.sms_link()}


@dataclass(frozen=True)
class CategoryRule:
    category: str
    action: str
    threshold: float
    priority: str = "normal"
    message: str = ""
    notice: str = ""  # shown above an ordinary answer (action answer)
    helplines: tuple[str, ...] = ()

    @property
    def hands_off(self) -> bool:
        return self.action in HANDOFF_ACTIONS


@dataclass(frozen=True)
class Policy:
    rules: dict[str, CategoryRule]
    helplines: dict[str, tuple[Helpline, ...]]
    source: str = ""

    def rule(self, category: str) -> CategoryRule:
        return self.rules.get(category) or CategoryRule(category, "answer", 1.0)

    def with_thresholds(self, thresholds: dict[str, float]) -> Policy:
        """The same policy with some categories' thresholds changed (to try them before editing the file)."""
        return replace(self, rules={category: replace(rule, threshold=thresholds.get(category, rule.threshold))
                                    for category, rule in self.rules.items()})

    def handoff_categories(self) -> list[str]:
        return [category for category, rule in self.rules.items() if rule.hands_off]

    def helplines_for(self, names: tuple[str, ...], nation: str | None) -> list[Helpline]:
        """The numbers to show, for the person's nation; everything when we do not know it."""
        found: list[Helpline] = []
        for name in names:
            for line in self.helplines.get(name, ()):
                if nation and line.nations and nation not in line.nations:
                    continue
                if line not in found:
                    found.append(line)
        return found


def load_policy(path: Path = DEFAULT_POLICY) -> Policy:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"Cannot read the guardrail policy {path}: {exc.strerror}.",
                                 hint="Check JOBCOACH_POLICY_PATH.") from exc
    except yaml.YAMLError as exc:
        raise ConfigurationError(f"The guardrail policy {path} is not valid YAML: {exc}.") from exc
    return parse_policy(raw, str(path))


def parse_policy(raw: Any, source: str = "policy") -> Policy:
    def fail(where: str, problem: str) -> ConfigurationError:
        return ConfigurationError(f"{source}: {where}: {problem}.", hint="Fix the policy file and save it again.")

    if not isinstance(raw, dict) or not isinstance(raw.get("categories"), dict):
        raise fail("top level", "it needs a 'categories' mapping")
    helplines = _parse_helplines(raw.get("helplines") or {}, fail)
    rules: dict[str, CategoryRule] = {}
    for category, entry in raw["categories"].items():
        where = f"categories.{category}"
        if category not in CATEGORIES:
            raise fail(where, f"unknown category; use one of {', '.join(CATEGORIES)}")
        if not isinstance(entry, dict):
            raise fail(where, "expected a mapping with at least 'action'")
        action = entry.get("action")
        if action not in ACTION_ORDER:
            raise fail(f"{where}.action", f"{action!r} is not one of {', '.join(ACTION_ORDER)}")
        threshold = entry.get("threshold", 0.5)
        if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
            raise fail(f"{where}.threshold", "must be a number from 0 to 1")
        priority = entry.get("priority", "normal")
        if priority not in PRIORITIES:
            raise fail(f"{where}.priority", f"{priority!r} is not one of {', '.join(PRIORITIES)}")
        names = tuple(entry.get("helplines") or ())
        for name in names:
            if name not in helplines:
                raise fail(f"{where}.helplines", f"{name!r} is not in the helplines list")
        message = str(entry.get("message") or "").strip()
        if action != "answer" and not message:
            raise fail(f"{where}.message", "every action other than answer needs a message")
        if category in CRISIS_CATEGORIES and action != "urgent_handoff":
            raise fail(f"{where}.action", "crisis categories must lead to urgent_handoff")
        rules[category] = CategoryRule(category, action, float(threshold), priority, message,
                                       str(entry.get("notice") or "").strip(), names)
    for category in CRISIS_CATEGORIES:
        if category not in rules:
            raise fail(f"categories.{category}", "missing: crisis categories must be in the policy")
    return Policy(rules, helplines, source)


def _parse_helplines(raw: Any, fail: Any) -> dict[str, tuple[Helpline, ...]]:
    if not isinstance(raw, dict):
        raise fail("helplines", "expected a mapping of names to numbers")
    parsed: dict[str, tuple[Helpline, ...]] = {}
    for name, entries in raw.items():
        lines = []
        for entry in entries if isinstance(entries, list) else [entries]:
            if not isinstance(entry, dict) or not entry.get("name") or not (entry.get("number") or entry.get("text")):
                raise fail(f"helplines.{name}", "each entry needs a name and a number or text")
            nations = tuple(entry.get("nations") or ())
            unknown = [nation for nation in nations if nation not in NATIONS]
            if unknown:
                raise fail(f"helplines.{name}.nations", f"{unknown[0]!r} is not one of {', '.join(NATIONS)}")
            lines.append(Helpline(str(entry["name"]), str(entry.get("number") or ""), str(entry.get("text") or ""),
                                  str(entry.get("text_body") or ""), nations))
        parsed[name] = tuple(lines)
    return parsed


class PolicyFile:
    """The policy, reloaded when its file changes. A broken edit keeps the last good policy."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or DEFAULT_POLICY
        self._lock = threading.Lock()
        self._policy = load_policy(self.path)
        self._stamp = self._read_stamp()
        self.last_error: str = ""

    def _read_stamp(self) -> tuple[float, int]:
        try:
            stat = self.path.stat()
        except OSError:
            return (0.0, 0)
        return (stat.st_mtime, stat.st_size)

    @property
    def policy(self) -> Policy:
        stamp = self._read_stamp()
        if stamp != self._stamp:
            with self._lock:
                if stamp != self._stamp:
                    self._stamp = stamp
                    try:
                        self._policy = load_policy(self.path)
                        self.last_error = ""
                    except ConfigurationError as exc:
                        self.last_error = str(exc)
        return self._policy
