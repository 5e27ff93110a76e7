"""Self-harm said sideways: each phrasing fires, and its everyday
twin, in nearly the same words, stays quiet. Written for these tests, not copied from any data set."""

from __future__ import annotations

import pytest

from tests.rules_support import fired, scores

# Below any self-harm threshold the policy has used (.67 to .69): a weak sign left for the classifier.
WEAK = 0.65

# (harmless twin, the same words from someone at risk)
IDEATION_TWINS = [
    ("might as well go on the train to the interview, it's quicker than the bus",
     "no one rings back. might as well go under a train and be done"),
    ("keep thinking about a rope access course, the money on wind turbines is good",
     "sat in the garage thinking about a rope again"),
    ("doubt I'll still be in Leeds by the time the DBS comes back, I'm moving to York",
     "doubt I'll still be alive by the time the DBS comes back"),
    ("not safe on the ladder on my own, can I ask for a buddy on site",
     "I'm not safe from myself tonight and I don't know who to tell"),
    ("better if I do the CV first and the cover letter after?",
     "money stop, landlord say go, better I die"),
    ("what I did to my CV was cut it to one page, is that ok",
     "nurse asked about what I did to my arms. do I have to tell the employer"),
    ("I've decided I'm not carrying on with the plumbing course, it's not for me",
     "after Friday I've decided I'm not carrying on."),
    ("burnt myself on the oven at the chippy, can I still do my shift",
     "been burning myself with a lighter again, it helps"),
    ("hose pipe for the garden centre job, do I need my own?",
     "put a hose pipe in the car last night but I stopped"),
    ("thinking about the Tyne bridge apprenticeship, the steel one",
     "bad night, thinking about the Tyne bridge."),
    ("I'll be with her soon, she's picking me up from the jobcentre",
     "my nan died in March and I'll be with her soon"),
    ("that's it for me today, thanks for the help with the form",
     "when the money stops on the 30th that's it for me, I've decided"),
    ("not sure I'll be here next week, I'm on holiday in Tenerife",
     "not sure I'll be here next week to be honest"),
    ("my first aid module covers what to do if someone overdoses, does it count for security work",
     "I overdosed last month and I'm scared I'll do it again"),
]


@pytest.mark.parametrize(("harmless", "at_risk"), IDEATION_TWINS)
def test_sideways_self_harm_fires_but_its_twin_does_not(harmless: str, at_risk: str) -> None:
    assert scores(harmless).get("self_harm", 0.0) < WEAK, harmless
    assert scores(at_risk).get("self_harm", 0.0) >= 0.8, at_risk


# (a past the writer says is behind them, the same past come back)
OWN_PAST = [
    ("Three years ago I tried to end my life. I'm doing well now and want to train as a peer mentor.",
     "Three years ago I tried to end my life and the thoughts have come back again this week."),
    ("I self harmed as a teenager but I'm in a good place now. Will it show on a DBS?",
     "I self harmed as a teenager and lately I've started again."),
]


@pytest.mark.parametrize(("over", "back"), OWN_PAST)
def test_the_writers_own_past_crisis_that_is_over_is_not_an_emergency(over: str, back: str) -> None:
    assert scores(over).get("self_harm", 0.0) <= 0.3, over
    assert scores(back).get("self_harm", 0.0) >= 0.8, back


# (harmless twin, someone with no home)
HOMELESS_TWINS = [
    ("three nights in a hotel in Leeds for the training course, do I get expenses",
     "three nights in a doorway now, any jobs that start this week"),
    ("the council put the new windows in our flat, can I do the appointment by phone",
     "the council put me and the kids in a hotel for now, which jobcentre am I with"),
    ("I work at a safe house for young people, can I do extra nights",
     "I'm in a safe house now after he found me, can my letters go somewhere else"),
    ("I've got 28 days to finish the online course",
     "the landlord gave me 28 days to get out"),
]


@pytest.mark.parametrize(("harmless", "homeless"), HOMELESS_TWINS)
def test_new_homelessness_phrasings_fire_but_their_twins_do_not(harmless: str, homeless: str) -> None:
    assert "homelessness" not in fired(harmless), harmless
    assert scores(homeless).get("homelessness", 0.0) >= 0.8, homeless


# Everyday messages with a crisis word in them, each beside the crisis it must not hide.
EVERYDAY_TWINS = [
    ("self_harm", "how do I end my self employment on the journal, I've stopped the ironing business",
     "I want to end myself"),
    ("financial_hardship", "i'm broke the kettle in the staff room, do i pay for it",
     "I'm broke till the 28th and there's nothing in"),
    ("self_harm", "there's no way out of the retail park car park after 6, had to ring security",
     "honestly there is no way out of this for me"),
    ("domestic_abuse", "my access course has a module on coercive control legislation, useful for police staff?",
     "he has me under coercive control, I can't see my friends"),
    ("safeguarding", "my dissertation is on county lines, any graduate jobs in youth justice",
     "my 15 year old is running drugs for a county lines gang"),
    ("homelessness", "I'm staying in a hostel in Keswick because I work there, it's a youth hostel",
     "I'm staying in a hostel since the eviction, where do I sign on"),
    ("homelessness", "doing the big sleep out for charity in March, can I put it on my CV",
     "been sleeping out by the station since Sunday"),
    ("financial_hardship", "two credit cards but they're on a payment plan and I'm keeping up fine",
     "two credit cards maxed out and I'm behind on the rent"),
    ("self_harm", "said my goodbyes at the depot, last shift today, start at Asda Monday",
     "said my goodbyes. I've given away my things"),
    ("self_harm", "is it ok to die my hair blue before a bank interview", "is it ok to die"),
    ("self_harm", "just want it to stop raining so I can do the leaflet round", "I just want it all to stop"),
    ("self_harm", "do I still get CTB or is it council tax reduction now", "might just ctb tonight"),
    ("self_harm", "stood on the bridge waiting for my mate to pick me up for the early shift",
     "stood on the bridge again and I'm scared of what I'll do"),
]


@pytest.mark.parametrize(("category", "everyday", "crisis"), EVERYDAY_TWINS)
def test_everyday_use_of_a_crisis_word_stays_quiet(category: str, everyday: str, crisis: str) -> None:
    assert category not in fired(everyday), everyday
    assert category in fired(crisis), crisis
