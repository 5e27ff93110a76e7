"""The chat page's own words, in English and Welsh.

The Welsh strings are a first draft by a non-Welsh speaker: they need a Welsh-speaking reviewer
before the page goes live in Wales.
"""

from __future__ import annotations

LANGUAGES = ("en", "cy")

EN: dict[str, str] = {
    "service": "Jobcoach",
    "title": "Ask about jobs and support",
    "skip": "Skip to main content",
    "switch_label": "Cymraeg",
    "switch_lang": "cy",
    "intro_1": "This is an online assistant. It answers questions about finding work, skills, CVs and local support.",
    "intro_2": "It is a computer, not a person. It can make mistakes. It shows you where each answer comes from.",
    "intro_3": "It cannot see or change your claim or your payments.",
    "intro_4": "Do not type your National Insurance number, bank details or passwords.",
    "intro_5": "You can ask to talk to a work coach at any time.",
    "place_label": "Your town or postcode area (optional)",
    "place_hint": "For example, Cardiff or LS1. This helps us show local support.",
    "start": "Start",
    "you": "You",
    "assistant": "Jobcoach assistant",
    "coach": "Work coach",
    "coach_note": "A real person",
    "message_label": "Type your question",
    "send": "Send",
    "sending": "Getting an answer…",
    "error_title": "There is a problem",
    "error_empty": "Type a question before you press Send",
    "error_long": "Your message is too long. Keep it under {limit} characters",
    "error_failed": "Sorry, something went wrong. Try again, or talk to a work coach.",
    "sources": "Where this comes from",
    "suggestions": "You could also ask",
    "helpful_q": "Was this answer helpful?",
    "helpful": "Helpful",
    "not_helpful": "Not helpful",
    "reason_label": "What was wrong? (optional)",
    "feedback_send": "Send feedback",
    "thanks": "Thank you for your feedback.",
    "crisis_title": "Get help now",
    "crisis_999": "If you are in danger now, call 999.",
    "call": "Call",
    "text": "Text",
    "talk_to_coach": "Talk to a work coach",
    "coach_title": "Talk to a work coach",
    "coach_intro": "A work coach is a real person from the jobcentre. They can read this chat.",
    "contact_legend": "How would you like them to contact you?",
    "contact_chat": "Carry on in this chat",
    "contact_phone": "Phone call back",
    "contact_video": "Video call",
    "contact_in_person": "Meet in person at a jobcentre",
    "note_label": "Anything they should know first? (optional)",
    "ask_coach": "Ask for a work coach",
    "back": "Back to the chat",
    "coach_asked": "What happens next",
    "with_coach": "A work coach has this conversation. Their replies will appear here.",
    "delete": "Delete this conversation",
    "delete_title": "Delete this conversation?",
    "delete_warning": "This deletes all your messages. You cannot undo this.",
    "delete_confirm": "Yes, delete it",
    "deleted": "Your conversation has been deleted.",
    "no_conversation": "Start a conversation first.",
    "new_messages": "New message from a work coach",
}

# Needs a Welsh-speaking reviewer: a plain first draft, not a checked translation.
CY: dict[str, str] = {
    "service": "Jobcoach",
    "title": "Gofyn am swyddi a chymorth",
    "skip": "Neidio i'r prif gynnwys",
    "switch_label": "English",
    "switch_lang": "en",
    "intro_1": "Cynorthwyydd ar-lein yw hwn. "
               "Mae'n ateb cwestiynau am ddod o hyd i waith, sgiliau, CVs a chymorth lleol.",
    "intro_2": "Cyfrifiadur ydyw, nid person. Gall wneud camgymeriadau. Mae'n dangos o ble daw pob ateb.",
    "intro_3": "Ni all weld na newid eich hawliad na'ch taliadau.",
    "intro_4": "Peidiwch â theipio eich rhif Yswiriant Gwladol, manylion banc na chyfrineiriau.",
    "intro_5": "Gallwch ofyn am gael siarad â hyfforddwr gwaith ar unrhyw adeg.",
    "place_label": "Eich tref neu ardal cod post (dewisol)",
    "place_hint": "Er enghraifft, Caerdydd neu LS1. Mae hyn yn ein helpu i ddangos cymorth lleol.",
    "start": "Dechrau",
    "you": "Chi",
    "assistant": "Cynorthwyydd Jobcoach",
    "coach": "Hyfforddwr gwaith",
    "coach_note": "Person go iawn",
    "message_label": "Teipiwch eich cwestiwn",
    "send": "Anfon",
    "sending": "Yn cael ateb…",
    "error_title": "Mae problem",
    "error_empty": "Teipiwch gwestiwn cyn pwyso Anfon",
    "error_long": "Mae eich neges yn rhy hir. Cadwch hi o dan {limit} nod",
    "error_failed": "Mae'n ddrwg gennym, aeth rhywbeth o'i le. "
                    "Rhowch gynnig arall arni, neu siaradwch â hyfforddwr gwaith.",
    "sources": "O ble daw hyn",
    "suggestions": "Gallech hefyd ofyn",
    "helpful_q": "Oedd yr ateb hwn yn ddefnyddiol?",
    "helpful": "Defnyddiol",
    "not_helpful": "Ddim yn ddefnyddiol",
    "reason_label": "Beth oedd o'i le? (dewisol)",
    "feedback_send": "Anfon adborth",
    "thanks": "Diolch am eich adborth.",
    "crisis_title": "Cael help nawr",
    "crisis_999": "Os ydych mewn perygl nawr, ffoniwch 999.",
    "call": "Ffonio",
    "text": "Tecstio",
    "talk_to_coach": "Siarad â hyfforddwr gwaith",
    "coach_title": "Siarad â hyfforddwr gwaith",
    "coach_intro": "Person go iawn o'r ganolfan waith yw hyfforddwr gwaith. Gallant ddarllen y sgwrs hon.",
    "contact_legend": "Sut hoffech chi iddyn nhw gysylltu â chi?",
    "contact_chat": "Parhau yn y sgwrs hon",
    "contact_phone": "Galwad ffôn yn ôl",
    "contact_video": "Galwad fideo",
    "contact_in_person": "Cyfarfod wyneb yn wyneb mewn canolfan waith",
    "note_label": "Unrhyw beth y dylen nhw ei wybod yn gyntaf? (dewisol)",
    "ask_coach": "Gofyn am hyfforddwr gwaith",
    "back": "Yn ôl i'r sgwrs",
    "coach_asked": "Beth sy'n digwydd nesaf",
    "with_coach": "Mae hyfforddwr gwaith yn delio â'r sgwrs hon. Bydd eu hatebion yn ymddangos yma.",
    "delete": "Dileu'r sgwrs hon",
    "delete_title": "Dileu'r sgwrs hon?",
    "delete_warning": "Mae hyn yn dileu eich holl negeseuon. Ni allwch ddadwneud hyn.",
    "delete_confirm": "Ie, dilëwch hi",
    "deleted": "Mae eich sgwrs wedi'i dileu.",
    "no_conversation": "Dechreuwch sgwrs yn gyntaf.",
    "new_messages": "Neges newydd gan hyfforddwr gwaith",
}

STRINGS: dict[str, dict[str, str]] = {"en": EN, "cy": CY}

# What happens next after asking for a coach, by contact choice. The English is the API's own text,
# assistant.handoff_api.CONTACT_MESSAGES, which must match what the service does: a translation here
# must say the same, so change both together. Needs a Welsh-speaking reviewer, like CY above.
_THEN_CY = " Mae hyn fel arfer o fewn 2 ddiwrnod gwaith. Dewch yn ôl i'r sgwrs hon i weld eu hateb."
_DANGER_CY = " Os ydych mewn perygl nawr, ffoniwch 999."
NEXT_STEPS: dict[str, dict[str, str]] = {
    "cy": {
        "chat": "Rydym wedi gofyn i hyfforddwr gwaith ateb i chi yma." + _THEN_CY
                + " Gallant ddarllen y sgwrs hon, felly does dim angen i chi egluro eto." + _DANGER_CY,
        "phone": "Bydd hyfforddwr gwaith yn eich ffonio'n ôl. Byddant yn anfon neges atoch yma yn gyntaf i gytuno "
                 "ar amser a'r rhif i'w ffonio." + _THEN_CY + _DANGER_CY,
        "video": "Bydd hyfforddwr gwaith yn trefnu galwad fideo gyda chi. Byddant yn anfon neges atoch yma yn "
                 "gyntaf i gytuno ar amser ac i anfon dolen atoch." + _THEN_CY + _DANGER_CY,
        "in_person": "Bydd hyfforddwr gwaith yn trefnu cyfarfod â chi mewn canolfan waith. Byddant yn anfon neges "
                     "atoch yma yn gyntaf i gytuno ar amser a lle." + _THEN_CY + _DANGER_CY,
    },
}


def strings_for(lang: str) -> dict[str, str]:
    return STRINGS.get(lang, EN)
