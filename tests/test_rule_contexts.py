"""The rules layer in context: jobs, study, a past that is over and someone else's case stay quiet, while
the current situation and every crisis beside them still fire."""

from __future__ import annotations

import pytest

from guardrails import rules as rules_module
from knowledge.errors import ConfigurationError
from tests.rules_support import CRISIS_FLOOR_CATEGORIES, RULES, fired, scores

# Families of harmless messages about hardship that the non-crisis rules used to flag, each with the current
# situation that must still fire. The crisis categories are never quietened (see the last test here).
HARDSHIP_JOBS = [
    "porter at a homeless shelter, what does it pay", "night manager jobs at a hostel in Leeds",
    "council tax arrears officer vacancies", "homelessness prevention officer, what qualifications",
    "tenancy sustainment officer at a housing association", "I want to volunteer at my local food bank",
    "the food bank near me needs volunteers", "working for trading standards tackling loan sharks",
    "debt recovery adviser jobs", "do I get paid in arrears or in advance", "is pay monthly in arrears normal",
    "how much do bailiffs earn", "interview at the food bank's head office", "outreach worker with rough sleepers",
    "kitchen assistant at a homeless day centre", "my essay on food banks is due friday",
    "section 21 came up in my housing law module", "what does a modern slavery statement mean on a job advert",
    "can't go home tonight, working a double shift, can I move my appointment",
    "been in the car for 3 hours on the M6, running late for the interview",
    "I'm a bailiff and I hate it, what could I move into", "is enforcement agent a good job round here",
    "applying to a debt collection agency, is it all phone work", "I do reception at a night shelter at weekends",
    "got an interview for night support at the young persons' hostel", "interview at a hostel for ex-offenders",
    "I've got a job in the kitchen at a homeless hostel", "the food bank's advertising a paid driver job",
    "my mum's going to kick me out if I don't get a job lol", "how am I supposed to eat healthily on shift work",
]
PAST_IS_OVER = [
    "I used to be homeless years ago, now I'm a support worker",
    "I was sleeping rough when I was 19, now I want a job in a kitchen",
    "I was evicted back in 2015 and got my own flat now", "I used to be in debt, now I want to be a debt adviser",
    "I used to use food banks but I'm back on my feet", "I got sanctioned years ago, does it stay on my record",
    "my sanction got overturned on appeal, so can I apply for the warehouse job now",
    "I was sanctioned last year and learnt my lesson", "I used to get sanctioned all the time",
    "was sleeping on my mate's sofa after uni last year but I've got my own place now",
    "I was homeless after leaving the army in 2016 but I've had my own flat since 2018",
    "remember I said I'd been sanctioned? turns out it went to the wrong person, all sorted",
    "I sofa surfed as a teenager and want to put it in my personal statement",
    "had a section 21 two years ago, all sorted now, will a lettings agency job care",
    "I slept rough for one winter back in 2015. Doing well now",
    "I had payday loans in my twenties but cleared them all by 2019",
    "I used the food bank when I lost my job in 2021. I'm working now and want to give back",
]
GENERAL_QUESTIONS = [
    "how does a mandatory reconsideration work", "what is the process for a mandatory reconsideration",
    "what's the time limit for a mandatory reconsideration", "what's a work capability assessment",
    "how does a sanction work in general", "what's the difference between a mandatory reconsideration and an appeal",
]
SOMEONE_ELSE = [
    "my friend got sanctioned, what did she do wrong", "someone I know got sanctioned, how do I avoid that",
    "my daughter has ADHD, can I get flexible hours", "our son is on the autism spectrum, what childcare is there",
    "my kids are disabled, I'm their carer, can I still work",
]
STILL_CURRENT = [
    ("my sanction was lifted but they still haven't paid what they took", "sanction_dispute"),
    ("my sanction has not been lifted and the rent's due", "sanction_dispute"),
    ("I'm a cleaner staying at a homeless hostel", "homelessness"),
    ("I'm staying in a hostel and looking for porter work", "homelessness"),
    ("I need a food bank voucher, can I volunteer there too", "financial_hardship"),
    ("loan sharks keep ringing me", "financial_hardship"),
    ("I'm in rent arrears with the housing association", "financial_hardship"),
    ("I was homeless in 2018 and now I'm sleeping in my car again", "homelessness"),
    ("I slept rough years ago and now I'm sleeping rough again", "homelessness"),
    ("I slept rough last night", "homelessness"),
    ("I'm staying at a hostel and have an interview at the hostel kitchen", "homelessness"),
    ("the bailiff is at the door, I work as a cleaner", "financial_hardship"),
    ("I had debts in my twenties and I'm in debt again", "financial_hardship"),
    ("third night parked up behind the big Tesco, can Thursday be a phone call", "homelessness"),
    ("I've been in the car since Tuesday, battery's nearly dead", "homelessness"),
    ("I used to sleep rough and I'm back on the streets", "homelessness"),
    ("I used to be homeless and I'm homeless again", "homelessness"),
    ("I was evicted years ago and now the landlord has given me a section 21", "homelessness"),
    ("I've been homeless for 3 months now", "homelessness"),
    ("I was made homeless last week", "homelessness"),
    ("I used to use the food bank and now there's no food in the house again", "financial_hardship"),
    ("I was in debt years ago and now the bailiffs are coming", "financial_hardship"),
    ("I got sanctioned years ago and now they've sanctioned me again for no reason", "sanction_dispute"),
    ("I got sanctioned last week and it's not fair", "sanction_dispute"),
    ("my mate got sanctioned and now I've been sanctioned too", "sanction_dispute"),
    ("I want a mandatory reconsideration of my sanction", "sanction_dispute"),
    ("I've asked for a mandatory reconsideration", "sanction_dispute"),
    ("I've got a fit note from my GP", "health_disclosure"),
    ("I'm two months in arrears with my rent", "financial_hardship"),
    ("the bailiffs are coming tomorrow", "financial_hardship"),
    ("I got a section 21 and have nowhere to go", "homelessness"),
    ("I was homeless last year and I'm still sleeping on my mate's sofa", "homelessness"),
    ("I got sanctioned and it was a mistake, they won't listen", "sanction_dispute"),
    ("dad keeps threatening to chuck me out", "homelessness"),
    ("he smashed my phone again, I can't go back to the house tonight", "homelessness"),
    ("discharge grant's gone and first UC isn't for 5 weeks, what am I meant to live on", "financial_hardship"),
    ("my son is autistic and I have depression", "health_disclosure"),
    ("my son is autistic and I'm autistic too", "health_disclosure"),
]


# Crisis words in training, study and daily life, each with the crisis it must not hide: the crisis rules
# still read every word, so each pair's second text must fire.
CRISIS_TWINS = [
    ("pharmacy technician course, we're learning overdose limits", "I've been looking up overdose limits"),
    ("self harm awareness is on the person spec for a youth worker job", "I self harm when it gets bad"),
    ("is Zero Suicide Alliance training worth doing", "I feel suicidal most days"),
    ("the overdose and suicide risk modules are on my paramedic certificates",
     "I've been saving up tablets to overdose"),
    ("the care job needs trafficking awareness training", "my employer took my passport and I can't leave"),
    ("I wrote a letter for my landlord for when I'm gone on holiday",
     "I've written letters for my kids for when I'm not here"),
    ("going to the woods with the dog, back at 3", "I'm going up the woods tonight with the rope out the shed"),
    ("my dad comes in my room when I'm revising to bring me tea", "my stepdad comes in my room at night"),
    ("my boss started on the kids' menu at the cafe", "my husband hits me and now he's started on the kids"),
    ("on placement in CAMHS, I'm used to kids who self harm", "my son self harms and I don't know what to do"),
    ("the unit on self-harm was the best bit of my level 3", "I self harm when it gets bad"),
    ("a short course on human trafficking in supply chains", "I was trafficked here and they took my passport"),
    ("a charity that supports trafficking survivors is hiring", "my boss keeps our wages, it's modern slavery"),
    ("sick and tired of living at my mum's at 27 lol", "I'm sick of living, I don't see the point"),
    ("killing myself laughing at these job titles", "I want to kill myself, I'm a laughing stock"),
    ("I'd like my own login so I can do my bit myself", "I bit myself till it bled last night"),
]


@pytest.mark.parametrize(("harmless", "crisis"), CRISIS_TWINS)
def test_crisis_words_in_everyday_life_are_quiet_but_the_crisis_is_not(harmless: str, crisis: str) -> None:
    assert fired(harmless, 0.3) == set(), f"{harmless!r} -> {RULES.check(harmless)}"
    assert fired(crisis, 0.6) & set(CRISIS_FLOOR_CATEGORIES), f"{crisis!r} -> {RULES.check(crisis)}"


def test_a_veiled_threat_over_a_payment_is_abuse_but_a_safety_worry_is_not() -> None:
    threat = "if my money isn't back by friday I'm coming down there and someone's getting hurt"
    assert "abuse_to_staff" in fired(threat)
    assert "abuse_to_staff" in fired("someone's going to get hurt if this isn't sorted")
    assert fired("someone will get hurt if they don't fix the scaffolding, who do I tell") == set()
    assert fired("somebody got hurt at my last job, is that a reason to leave") == set()


@pytest.mark.parametrize("text", HARDSHIP_JOBS + GENERAL_QUESTIONS)
def test_jobs_and_rules_questions_in_hardship_fields_raise_nothing(text: str) -> None:
    assert fired(text, 0.3) == set(), f"{text!r} -> {RULES.check(text)}"


@pytest.mark.parametrize("text", PAST_IS_OVER + SOMEONE_ELSE)
def test_a_past_that_is_over_or_someone_elses_case_scores_low(text: str) -> None:
    findings = RULES.check(text)
    assert fired(text, 0.31) == set(), f"{text!r} -> {findings}"
    # Marked as evidence against, so the classifier's reading of the same words gives way.
    assert findings and all(finding.quiet for finding in findings), findings


@pytest.mark.parametrize(("over", "now"), [
    ("my cousin overdosed last year but he's in recovery and working again, can he be my reference",
     "my cousin overdosed last night, can I move my appointment"),
    ("my best mate was suicidal a few years ago, got help and is doing brilliantly, I want to train as a counsellor",
     "my best mate was suicidal last year, got help, but he's saying it again and I'm scared"),
])
def test_someone_elses_crisis_that_is_over_is_not_an_emergency(over: str, now: str) -> None:
    assert scores(over).get("self_harm", 0.0) <= 0.3, RULES.check(over)
    assert scores(now).get("self_harm", 0.0) >= 0.8, RULES.check(now)


@pytest.mark.parametrize(("text", "category"), STILL_CURRENT)
def test_a_current_situation_still_fires_next_to_a_job_or_a_past(text: str, category: str) -> None:
    assert category in fired(text), f"{text!r} -> {RULES.check(text)}"


@pytest.mark.parametrize(
    ("text", "category"),
    [("my son is autistic and being groomed by older boys", "safeguarding"),
     ("I used to be homeless and now I want to kill myself", "self_harm"),
     ("my mate got sanctioned and my partner takes all my money", "domestic_abuse"),
     ("what is the process for leaving my kids home alone for a week", "safeguarding")],
)
def test_quiet_spans_and_general_questions_never_touch_a_crisis(text: str, category: str) -> None:
    assert category in fired(text), f"{text!r} -> {RULES.check(text)}"


def test_the_danger_categories_are_the_ones_with_crisis_rules() -> None:
    from guardrails.findings import DANGER_CATEGORIES
    from guardrails.rule_patterns_crisis import CRISIS_RULES

    assert set(CRISIS_RULES) == DANGER_CATEGORIES


def test_quiet_spans_may_not_name_a_crisis_category(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules_module.patterns, "QUIET", (("self_harm", "past", 0.3, r"\bused to\b"),))
    rules_module._tables.cache_clear()
    try:
        with pytest.raises(ConfigurationError):
            rules_module._tables()
    finally:
        monkeypatch.undo()
        rules_module._tables.cache_clear()


# "Not being around" in future, next to something the person is expected to do: a hint of suicide unless a
# harmless reason (a holiday, a move, a job, the kids, a strike, being ill) says they are simply away.
NOT_AROUND = [
    "I won't be here next week anyway", "i wont need that appointment on thursday, i wont be around",
    "don't bother booking me in, I won't be here", "no point sorting my claim, I'll be gone by then",
    "I won't be around for the interview", "you won't have to deal with me much longer",
    "after this weekend it won't matter", "cancel everything, I won't need it",
    "forget the interview, I won't be here for it", "dont bother with my claim, i wont be around to need it",
    "there's no point booking anything, I won't be here", "i'll be gone by next week so it doesn't matter",
    "you won't need to worry about me after friday", "after tonight none of it will matter",
    "soon it won't matter anyway", "cancel my appointments, I won't be needing them",
    "don't bother rescheduling, I'll be gone", "I won't be around to go to the interview",
    "I won't be needing my claim after tonight", "is there any point? I won't be here for the review",
    "don't bother booking me in, I won't be here, I'm sick of it all",
    "I'm moving on, you won't have to deal with me after this week",
]
AWAY_FOR_A_REASON = [
    "I won't be around next week, I'm on holiday in Spain",
    "I won't be here on Thursday, I've got a hospital appointment", "won't be around till 3, picking up the kids",
    "I'll be gone by then, moving to Leeds for a job", "I won't need the appointment, I've got a job!",
    "I won't be in tomorrow because of the train strike", "I won't be around for the interview, I'm at work that day",
    "I won't be here next week, visiting my mum in Wales",
    "don't bother booking me in, I won't be here, I'm away till the 20th",
    "cancel everything, I won't need it, I start my new job monday",
    "I won't be around for the interview, can we rearrange", "I'll be gone by then, my shift starts at 2",
    "after this weekend it won't matter what the weather does", "it won't matter if I'm late will it",
    "I won't be here till after lunch, dentist in the morning",
    "I won't be around on friday, it's my daughter's wedding",
    "no point sorting my claim, I'll be gone by then as I'm emigrating to Australia",
    "I won't be here next week, I'm going to a funeral in Ireland", "won't be here tomorrow, got covid",
    "you won't have to deal with me much longer, I've got a job offer",
    "I won't be around next week, we're going camping",
    "sorry I won't be here for the appointment, the buses aren't running", "my coach won't be here for my appointment",
    "he won't be around for the interview so can I see someone else", "the bus won't be here for another hour",
    "no need to call, I won't be around, I'm at my mum's",
    "I won't be around for the meeting, I've got an interview elsewhere",
    "cancel my interview, I won't need it, I'm staying with my sister in Hull",
    "I'll be gone by 5 so can we do it earlier", "I won't need the claim after tomorrow as my contract starts",
    "I won't be around for the interview, I've got to work",
]


@pytest.mark.parametrize("text", NOT_AROUND)
def test_not_being_around_next_to_a_task_is_a_self_harm_hint(text: str) -> None:
    assert scores(text).get("self_harm", 0.0) >= 0.75, f"{text!r} -> {RULES.check(text)}"


@pytest.mark.parametrize("text", AWAY_FOR_A_REASON)
def test_being_away_for_a_harmless_reason_is_not_a_self_harm_hint(text: str) -> None:
    assert "self_harm" not in fired(text), f"{text!r} -> {RULES.check(text)}"
