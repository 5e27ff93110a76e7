from __future__ import annotations

import pytest

from assistant.condense import condense, find_place
from assistant.types import HistoryMessage

HISTORY = [HistoryMessage("user", "how do I apply for Access to Work"), HistoryMessage("assistant", "You apply...")]
PLACES = {"cardiff", "wakefield", "vale-of-glamorgan"}


@pytest.mark.parametrize("message", ["how long does it take?", "and for travel?", "is that free", "what about it"])
def test_follow_ups_carry_the_earlier_topic(message: str) -> None:
    condensed = condense(message, HISTORY, PLACES)
    assert condensed.is_follow_up
    assert "access" in condensed.question and message.strip() in condensed.question


def test_a_place_in_a_follow_up_sets_the_area() -> None:
    condensed = condense("what about in Cardiff?", HISTORY, PLACES)
    assert condensed.locality == "cardiff"
    assert "access work" in condensed.question


@pytest.mark.parametrize("message", ["help with my cv", "where is my nearest food bank", "free maths courses"])
def test_new_questions_stand_alone(message: str) -> None:
    condensed = condense(message, HISTORY, PLACES)
    assert not condensed.is_follow_up and condensed.question == message


def test_first_message_is_never_a_follow_up() -> None:
    assert condense("how long does it take?", [], PLACES).question == "how long does it take?"


def test_places_of_several_words_and_the_earlier_area_kept() -> None:
    assert find_place("jobs in the vale of glamorgan", PLACES) == "vale-of-glamorgan"
    assert condense("free courses", [], PLACES, locality="wakefield").locality == "wakefield"
