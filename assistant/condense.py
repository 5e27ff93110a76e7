"""Turning a follow-up into a question that stands on its own.

"What about in Cardiff?" after "help with bus fares to interviews" must search for bus fares
in Cardiff; "how long does it take?" after a question about Access to Work must search for
Access to Work. Rules, not a model: they are fast, offline and predictable.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from assistant.types import HistoryMessage
from knowledge.article import place_key
from retrieval.query import STOPWORDS, words

_FOLLOW_UP_START = re.compile(
    r"^\s*(and|also|but|so|what about|how about|what if|and if|how long|how much|how often|"
    r"is it|is that|does it|does that|do they|can they|will it|will they|ok|okay)\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"\b(it|that|this|they|them|those|these|there|one)\b", re.IGNORECASE)
_SHORT = 5


@dataclass(frozen=True)
class Condensed:
    question: str
    locality: str | None
    is_follow_up: bool


def find_place(text: str, places: Collection[str]) -> str | None:
    """A place with local content named in the text, as its place key."""
    tokens = words(text)
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            key = place_key(" ".join(tokens[start:start + size]))
            if key in places:
                return key
    return None


def condense(message: str, history: Sequence[HistoryMessage], places: Collection[str] = (),
             locality: str | None = None) -> Condensed:
    place = find_place(message, places)
    new_locality = place or locality
    previous = next((item.text for item in reversed(history) if item.role == "user"), None)
    if previous is None:
        return Condensed(message.strip(), new_locality, False)
    content = [word for word in words(message) if word not in STOPWORDS and place_key(word) != place]
    follows = (
        bool(_FOLLOW_UP_START.match(message))
        or not content
        or (len(words(message)) <= _SHORT and bool(_REFERS_BACK.search(message)))
    )
    if not follows:
        return Condensed(message.strip(), new_locality, False)
    topic = " ".join(word for word in words(previous) if word not in STOPWORDS)
    return Condensed(f"{message.strip()} ({topic})", new_locality, True)
