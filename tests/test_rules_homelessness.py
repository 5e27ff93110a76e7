"""Homelessness said without the word: each way of saying it fires, and its everyday twin, in the same
words, stays quiet. Written for these tests, not copied from the training examples."""

from __future__ import annotations

import pytest

from tests.rules_support import fired

# (harmless twin, the same words meaning there is nowhere to live)
HOUSING_TWINS = [
    ("on my mate's sofa watching the match, can I do the journal on my phone",
     "on my mate's sofa again tonight, his girlfriend wants me gone"),
    ("my sister's on my floor for a week while her bathroom's redone",
     "on my sister's floor for now with the two kids, we can't go back"),
    ("I can't go back to work till my fit note ends",
     "I can't go back home, my parents have changed their minds about me"),
    ("they told me not to come back to the placement because there was no work",
     "his mum told him not to come back and he's been out all night"),
    ("living in my car with all these delivery shifts lol",
     "living in a transit behind the trading estate, need a wash before interviews"),
    ("we're in a caravan in Tenby for the half term, back Monday",
     "there's a caravan on my uncle's drive, he says I can have it for two weeks"),
    ("the tent for the Duke of Edinburgh trip is in the loft",
     "the tent's soaked through again tonight, can I come in early"),
    ("I need somewhere quiet to do my online test",
     "need somewhere warm to sleep, I was out all night"),
    ("what does NFA mean on a form",
     "I'm NFA at the moment, what do I put for address"),
    ("my appointment's at the mosque hall because the office is shut",
     "been sleeping at the mosque since the room went, asking for cleaning work"),
    ("the council found a hotel for the conference I'm working at",
     "the council put me and the kids in a Travelodge after he kicked off"),
    ("a possession of cannabis charge from ten years ago, will it show on a DBS",
     "the possession hearing is Thursday and we've found nothing"),
    ("bouncing ideas between my mates for a business name",
     "bouncing between my cousins' places since Christmas"),
    ("my girlfriend kicked me out the group chat lol, any bar jobs going",
     "my girlfriend kicked me out, any bar jobs going"),
    ("do I have to give notice to quit my job if I'm still on probation",
     "the landlord has given us notice to quit, we're out on the 30th"),
    ("there's no address line 2 on the form, does it matter",
     "I've no address at the minute, what do I put on the form"),
    ("I've started in the council's temporary accommodation team, what courses help",
     "we've been in the council's temporary accommodation since March, what courses help"),
    ("they're changing the locks on the whole block for a fob system",
     "they're changing the locks on Friday and I've nowhere lined up"),
]


@pytest.mark.parametrize(("harmless", "homeless"), HOUSING_TWINS)
def test_homelessness_without_the_word_fires_but_its_twin_does_not(harmless: str, homeless: str) -> None:
    assert "homelessness" not in fired(harmless, 0.3), harmless
    assert "homelessness" in fired(homeless, 0.6), homeless


@pytest.mark.parametrize("text", [
    "I was on my mate's sofa back in spring but I've had my own place since June",
    "slept in the car at the festival, grim lol, back home now",
    "been in the car for 3 hours on the M6, running late",
])
def test_a_night_away_or_a_past_that_is_over_stays_quiet(text: str) -> None:
    assert "homelessness" not in fired(text, 0.6), text
