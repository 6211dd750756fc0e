#!/usr/bin/env python3
"""Builds bundle.json and eval.json for the clinical workforce scheduling set.

Vendor: ShiftWell (clinical workforce scheduling and staffing SaaS).
Departing rep: Marcy Delgado (u-marcy). Successor: T.J. Kowalski (u-tj).
All prose below is hand-written; this script only assembles it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

USERS = [
    {"id": "u-priya", "name": "Priya Raman", "email": "priya.raman@shiftwell.test",
     "role": "admin", "team": "Sales Operations"},
    {"id": "u-dana", "name": "Dana Whitcomb", "email": "dana.whitcomb@shiftwell.test",
     "role": "manager", "team": "Provider Sales Central"},
    {"id": "u-marcy", "name": "Marcy Delgado", "email": "marcy.delgado@shiftwell.test",
     "role": "rep", "manager_id": "u-dana", "team": "Provider Sales Central"},
    {"id": "u-tj", "name": "T.J. Kowalski", "email": "tj.kowalski@shiftwell.test",
     "role": "rep", "manager_id": "u-dana", "team": "Provider Sales Central"},
    {"id": "u-raj", "name": "Raj Malhotra", "email": "raj.malhotra@shiftwell.test",
     "role": "rep", "manager_id": "u-dana", "team": "Provider Sales Central"},
    {"id": "u-erin", "name": "Erin Lindqvist", "email": "erin.lindqvist@shiftwell.test",
     "role": "rep", "manager_id": "u-dana", "team": "Provider Sales South"},
    {"id": "u-owen", "name": "Owen Fitch", "email": "owen.fitch@shiftwell.test",
     "role": "rep", "manager_id": "u-dana", "team": "Provider Sales South"},
]

# ---------------------------------------------------------------------------
# Account 1: Mercy Ridge Health System (enterprise) - owner Marcy
# ---------------------------------------------------------------------------
MERCY = {
    "id": "acc-mercyridge",
    "name": "Mercy Ridge Health System",
    "owner_id": "u-marcy",
    "arr": 820000,
    "segment": "enterprise",
    "industry": "Hospital & Health System",
    "territory": "Midwest",
    "renewal_date": "2027-03-31",
    "contract_notes": (
        "Master subscription agreement signed 2024-04-01, 3-year term ending 2027-03-31. "
        "Rostering and Float Pool at all 6 hospitals (Columbus main campus, Zanesville, Chillicothe, "
        "Lancaster, Marion, Newark); Overtime & Agency Spend Analytics at 4 of them (Columbus, Zanesville, "
        "Chillicothe, Lancaster). About 4,100 licensed clinicians, priced per clinician per month. "
        "14% multi-year discount. Float Pool module at 50% of list for the initial term only. "
        "Annual uplift capped at 4%. Implementation fee $95,000, paid 2024. SLA 99.9% monthly uptime, "
        "service credits up to 10% of monthly fees. Billed annually in April, Net 60. "
        "Termination for cause only, 90-day cure period."
    ),
    "contacts": [
        {"id": "c-mr-farraday", "name": "Linda Farraday", "title": "System Chief Nursing Officer",
         "email": "lfarraday@mercyridgehealth.org", "phone": "(614) 555-0142",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Chairs the workforce steering committee. Wants one-page summaries with the ask in the first line."},
        {"id": "c-mr-albrecht", "name": "Tom Albrecht", "title": "Chief Financial Officer",
         "email": "talbrecht@mercyridgehealth.org", "phone": "(614) 555-0108",
         "role": "economic_buyer", "preferred_channel": "meeting", "relationship_strength": 2,
         "notes": "Do not email directly. Schedule through his EA, Carla Mendes, with an agenda attached."},
        {"id": "c-mr-bui", "name": "Nina Bui", "title": "Director, Central Staffing Office",
         "email": "nbui@mercyridgehealth.org", "phone": "(614) 555-0177",
         "role": "champion", "preferred_channel": "text", "relationship_strength": 5,
         "notes": "Owns the float pool and the staffing office. Answers texts fast, even weekends."},
        {"id": "c-mr-kessler", "name": "Ray Kessler", "title": "Director of Strategic Sourcing",
         "email": "rkessler@mercyridgehealth.org", "phone": "(614) 555-0123",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Every quote goes through sourcing first. Was upset in 2025 when a quote went directly to the CNO."},
        {"id": "c-mr-yoon", "name": "David Yoon", "title": "Director, Clinical Applications (IT)",
         "email": "dyoon@mercyridgehealth.org", "phone": "(614) 555-0161",
         "role": "influencer", "preferred_channel": "chat", "relationship_strength": 3,
         "notes": "Owns the UKG timekeeping interface. Reachable on Teams."},
        {"id": "c-mr-patterson", "name": "Shawna Patterson", "title": "Nurse Manager, 4 West Med-Surg, Zanesville",
         "email": "spatterson@mercyridgehealth.org", "phone": "(740) 555-0119",
         "role": "user", "preferred_channel": "email", "relationship_strength": 4},
        {"id": "c-mr-mendes", "name": "Carla Mendes", "title": "Executive Assistant to the CFO",
         "email": "cmendes@mercyridgehealth.org", "phone": "(614) 555-0109",
         "role": "other", "preferred_channel": "email", "relationship_strength": 3},
    ],
    "opportunities": [
        {"id": "o-mr-renewal", "name": "Mercy Ridge Renewal 2027-2030", "stage": "qualification",
         "amount": 912000, "close_date": "2027-03-31",
         "next_step": "Dec 9 EBR with Albrecht and Farraday; Ray Kessler wants final pricing by Jan 15"},
        {"id": "o-mr-analytics", "name": "Agency Spend Analytics - Marion + Delaware", "stage": "proposal",
         "amount": 64000, "close_date": "2026-12-15",
         "next_step": "Revise quote with Delaware onboarding terms; route through Ray Kessler"},
    ],
    "activities": [
        {"id": "a-mr-001", "kind": "meeting", "at": "2026-01-13T15:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-mr-farraday", "c-mr-bui"],
         "subject": "Q1 QBR - travel nurse reduction",
         "body": "QBR at the Columbus system office with Linda Farraday and Nina Bui. Travelers are down to 140 from a 2025 peak of 212, and Linda wants to hold under 150 through the summer. Nina asked for float pool fill rates broken out by unit and site. Next QBR penciled for April."},
        {"id": "a-mr-002", "kind": "note", "at": "2026-02-15T04:55:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-mr-bui"],
         "subject": "Incident INC-20417: schedule publishing outage",
         "body": "Schedule publishing failed from roughly 6:40 p.m. to 11:45 p.m. ET on Saturday 2/14. Chillicothe and Lancaster were hit at the 7 p.m. shift change; charge nurses had no assignments in the app. Nina called me at 7:05 p.m. Engineering was on the bridge until it cleared. RCA to follow."},
        {"id": "a-mr-003", "kind": "email", "at": "2026-02-16T14:10:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-mr-farraday", "c-mr-bui"],
         "subject": "Saturday's publishing outage - apology and next steps",
         "body": "Linda, I am sorry for what your night shift charge nurses went through on Saturday. Engineering has confirmed the incident is resolved, and a full root cause analysis will be delivered by February 27. We will also propose a service credit under the SLA. Could I get 30 minutes with you and David Yoon this week?"},
        {"id": "a-mr-004", "kind": "email", "at": "2026-03-03T16:20:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-mr-albrecht", "c-mr-mendes"],
         "subject": "Service credit applied - INV-MR-2026-031",
         "body": "Tom, per the SLA we have applied a service credit of $41,000 against invoice INV-MR-2026-031 for the February 14 outage. Your AP team will see it as a separate credit line. Thank you for accepting the credit in lieu of the other remedies we discussed."},
        {"id": "a-mr-005", "kind": "call", "at": "2026-04-09T18:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-mr-yoon"],
         "subject": "UKG punch import - duplicate shifts",
         "body": "David walked me through duplicate punches that show up when a nurse clocks in at one campus and gets floated to another mid-shift. Logged as SUP-8832, severity 2. Roughly 60 duplicates a week system-wide, mostly the Columbus campus and Marion. His team cleans them up by hand every Monday morning."},
        {"id": "a-mr-006", "kind": "note", "at": "2026-04-30T12:00:00Z", "author_id": "u-priya",
         "contact_ids": [],
         "subject": "Year 3 annual invoice paid",
         "body": "Payment of $820,000 received April 28, 2026 against PO 4500119872 for contract year 3 (April 2026 - March 2027). Paid inside Net 60; nothing outstanding."},
        {"id": "a-mr-007", "kind": "meeting", "at": "2026-05-20T17:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-mr-albrecht", "c-mr-bui"],
         "subject": "Agency spend review with finance",
         "body": "Went through agency spend with Tom and Nina: $11.8M in FY25, tracking to about $9.5M for FY26. Tom pushed hard on agency cost per adjusted patient day, which is around $44 against his $38 target. He wants a monthly export his analysts can work from. Nina will own it."},
        {"id": "a-mr-008", "kind": "meeting", "at": "2026-06-02T13:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-mr-patterson"],
         "subject": "Zanesville new-grad orientation",
         "body": "Sat in while Shawna Patterson ran self-scheduling orientation for 22 new graduate nurses at Zanesville. She uses her own laminated tip sheets. She asked us not to change the mobile app navigation until after the September cohort."},
        {"id": "a-mr-009", "kind": "chat", "at": "2026-06-11T13:30:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-mr-bui"],
         "subject": "OT export column",
         "body": "Nina: will the OT export keep the 'assignment type' column after the summer release? my sitter dashboard keys off it. Me: checked with product, no change planned to that export this year."},
        {"id": "a-mr-010", "kind": "email", "at": "2026-07-08T19:45:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-mr-kessler"],
         "subject": "Renewal process - Mercy Ridge sourcing requirements",
         "body": "Marcy, as we approach the March 2027 renewal, please submit renewal pricing to Strategic Sourcing no later than October 31, 2026. All quotes, including add-ons, must come through this office. We will also need an updated SOC 2 Type II report and your current certificate of insurance."},
        {"id": "a-mr-011", "kind": "call", "at": "2026-08-14T15:30:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-mr-farraday", "c-mr-bui"],
         "subject": "Marion analytics and Delaware opening",
         "body": "Linda confirmed the new Delaware hospital opens in April 2027. Talked about adding Agency Spend Analytics for Marion and Delaware as one package. Linda asked what onboarding Delaware would cost; I told her we would work with her on it. Quote to follow through Ray."},
        {"id": "a-mr-012", "kind": "email", "at": "2026-09-23T14:00:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-mr-mendes"],
         "subject": "EBR confirmed - December 9",
         "body": "Carla Mendes confirmed the executive business review with Tom Albrecht and Linda Farraday for December 9, 2026, 10:00 to 11:30 a.m., system office, Room 4B. Carla wants the agenda and deck two business days ahead."},
        {"id": "a-mr-013", "kind": "email", "at": "2026-10-06T20:00:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-mr-kessler"],
         "subject": "Preliminary renewal quote",
         "body": "Ray, attached is the preliminary renewal quote for April 2027 through March 2030: $912,000 per year for Rostering and Float Pool at six hospitals and Analytics at four, with Float Pool at list price. Delaware is not included and will be quoted separately. Happy to walk you through it."},
        {"id": "a-mr-014", "kind": "chat", "at": "2026-10-15T16:10:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-mr-yoon"],
         "subject": "UKG came by",
         "body": "David: heads up, UKG was here last week and demoed their scheduling add-on to me and two of the nurse managers. not a big deal yet. Me: appreciate you telling me. did SUP-8832 come up? David: it did."},
        {"id": "a-mr-015", "kind": "note", "at": "2026-10-27T21:00:00Z", "author_id": "u-marcy",
         "contact_ids": [],
         "subject": "Handoff prep",
         "body": "My last day at ShiftWell is November 13. Mercy Ridge goes to T.J. Kowalski. Renewal opp is at qualification and the Marion/Delaware analytics quote is still open. Hannah Greer (CSM) needs to meet T.J. before the December 9 EBR."},
    ],
}

MERCY_INTERVIEW = {
    "decision_maker": (
        "On paper it's Linda Farraday, the system CNO. Her name is on the 2024 MSA and she chairs the "
        "workforce steering committee. But since the budget freeze last spring, nothing over $250K gets "
        "signed without Tom Albrecht, the CFO, and honestly Tom can kill it on his own. Linda cares about "
        "retention, and she's proud of the traveler number: she took them from 212 travel nurses down to "
        "140 during 2025, and she wants people to know our float pool helped. Give her credit for that in "
        "every deck. Tom is a different animal. He watches one metric, agency cost per adjusted patient "
        "day, and he wants it under $38. Last I checked they were around $44. If you can show that line "
        "going down he'll sit through the whole meeting; if not, he's on his phone. Don't bother going "
        "around them to the individual hospital presidents, they defer to Linda on anything nursing."
    ),
    "champion": (
        "Nina Bui, director of the central staffing office. She's been our person since the RFP and she'll "
        "tell you straight when something's broken. What I've promised her: a seat on our customer advisory "
        "board starting with the spring 2027 session, and early access to the shift-swap beta before anybody "
        "else in Ohio gets it. Both of those are just my word, so please don't let them slip. What she needs "
        "to look good: she presents to the nursing board every quarter and wants a hard number on agency "
        "savings. Her target is $2.3 million saved in FY26 versus FY25. She's also in line for AVP of "
        "Workforce if her boss retires, so anything that makes her look strategic instead of 'the schedule "
        "lady' helps her. She'll ask you to help build her slides. Do it. She's the reason the Marion "
        "expansion is even on the table."
    ),
    "hidden_commitments": (
        "A few things that only live in my head, so write them down. One, I told Linda on a call in August "
        "that when the new Delaware hospital comes online we won't charge an implementation fee for it. "
        "That's roughly $18,000 we'd normally bill. Dana knows in principle but nothing is signed. Two, I "
        "promised David Yoon the UKG duplicate punch bug, ticket SUP-8832, would be fixed by end of Q1 2027. "
        "Product says it's 'on the roadmap', which is not the same thing. Three, I told them Hannah Greer "
        "would stay their dedicated CSM through the renewal; if CS reshuffles her, Nina will take it "
        "personally. And four, smaller: I said we'd run a free half-day charge nurse refresher at "
        "Chillicothe after the outage. We never scheduled it. They haven't asked, but they'll remember."
    ),
    "history_sensitivities": (
        "The big one is the Valentine's Day outage. February 14 this year, schedule publishing failed right "
        "before the 7 p.m. shift change and stayed down until almost midnight. The Chillicothe and Lancaster "
        "charge nurses couldn't see assignments and ran the night off paper and phone trees. We issued a "
        "$41,000 service credit, which Tom accepted, and we did the root cause call with David's team. Linda "
        "took it personally because she'd just told her board the system was rock solid. So never say "
        "'paper schedule' in front of her, she'll hear it as a dig. Older stuff: the 2024 go-live at "
        "Zanesville ran seven weeks late because our interface team underestimated the UKG feed, and the "
        "Zanesville managers still joke about it. Also, night shift differential was miscalculated in the "
        "overtime reports for about two months in 2025. Fixed, but Tom's analysts still double-check our numbers."
    ),
    "pricing_story": (
        "We price them per licensed clinician per month, about 4,100 clinicians across the six hospitals. "
        "They got the 14% multi-year discount for signing three years, which is standard. The weird part is "
        "Float Pool: it's in at 50% off list for the whole term. Ken Amador, our CRO back then, approved that "
        "because we badly needed a Midwest health system logo and Mercy Ridge was it. The 50% is not "
        "permanent, it expires with the term, so at renewal Float Pool goes back to list and that's roughly "
        "a $60,000 jump by itself. Ray Kessler in sourcing either hasn't noticed yet or he's saving it for "
        "the negotiation. Uplift is capped at 4% a year and we took it both years, which Tom grumbled about. "
        "The $95,000 implementation fee was paid in full in 2024, so nothing is left over there."
    ),
    "unexpected_use": (
        "Two things nobody on our product team would guess. First, they use the float pool module to "
        "schedule chaplains and medical interpreters. Pastoral care had no tool, Nina let them in, and now "
        "there are about 35 non-nursing people in the float pool at the Mothership, which is what everybody "
        "there calls the main Columbus campus. It muddies their agency analytics a bit because the "
        "interpreters come through a contract vendor. Second, and this one matters for renewal: they use the "
        "overtime analytics to track sitter hours, the one-to-one observers for behavioral health and "
        "fall-risk patients. Nina built a sitter dashboard off our export and Tom reviews it every month "
        "because sitters cost them a fortune. If we ever change that export format we break his favorite "
        "report. I keep telling product sitters are a real use case."
    ),
    "channels_surprises": (
        "Linda: email only, keep it to one page, put the ask in the first line. Never call her cell unless "
        "something is on fire. Nina: text her, she answers in minutes, even weekends, but don't abuse it. "
        "Tom: you don't email Tom. You go through his executive assistant, Carla Mendes, and ask for a "
        "meeting with an agenda attached. David Yoon lives in Teams chat and will ignore email for a week. "
        "The person who must never be surprised is Ray Kessler in strategic sourcing. In 2025 I sent a "
        "pricing quote straight to Linda without copying him, and he sent me a very cold email reminding me "
        "every quote goes through sourcing, then sat on the Marion order for a month. Since then every "
        "number goes to Ray first, then Linda. Also don't surprise Shawna Patterson at Zanesville with "
        "screen changes; she trains all the new grads and hates redoing her tip sheets."
    ),
    "org_changes": (
        "A lot going on. Mercy Ridge is in affiliation talks with Buckeye Valley Health Partners. Not "
        "public; Nina told me in confidence in September, so don't repeat it. If it happens, Buckeye Valley "
        "runs a different scheduling vendor and somebody will ask why they need two. Second, the new "
        "Delaware hospital opens in April 2027, 96 beds, and they'll need roughly 280 clinicians scheduled "
        "there. Third, budget: this spring the nursing workforce budget got moved under Tom in finance, "
        "which is why Tom suddenly matters so much. Fourth, they're recruiting a CNIO, a chief nursing "
        "informatics officer, and whoever lands that job will own scheduling systems alongside David. Linda "
        "wants an internal candidate; Tom wants somebody from outside. And there's a rumor Linda retires in "
        "2028, but that's only a rumor."
    ),
    "warning_signs": (
        "Watch logins by site. In summer 2025, manager logins at Marion dropped by about half over six "
        "weeks, and that came right before their nurse managers quietly went back to Excel for the fall "
        "schedule. It took me and Nina two site visits to pull them back. Second sign: when Ray starts "
        "copying their legal counsel on emails, a fight is coming. He did that in May 2025 and the next "
        "month we had a six-week pricing standoff over the Marion add-on. Third: Nina going quiet. She "
        "normally texts back in minutes; when she took four days to answer in the fall of 2025 it turned "
        "out her department was being reorganized and she nearly lost the float pool team to HR. If she "
        "goes slow on you, ask her straight out what's up."
    ),
    "renewal_risk": (
        "If it slips, the stated reason will be budget. The Float Pool discount rolling off plus the 4% "
        "uplift makes the renewal an increase of more than ten percent, and Tom will say the freeze doesn't "
        "allow it. That's the cover story. The real reason will be UKG. Their timekeeping vendor is pitching "
        "its own scheduling module, bundled at almost no cost into their UKG Pro renewal, and David Yoon "
        "likes the idea of one less interface. UKG demoed to them in October. David isn't against us, he "
        "just hates babysitting the punch import, and ticket SUP-8832 is exhibit A for him. So: get the "
        "duplicate punch bug fixed, get Nina's savings number in front of Tom, and lock Linda in before the "
        "UKG renewal talks get serious in January."
    ),
}

# ---------------------------------------------------------------------------
# Account 2: Bayou Surgical Partners (mid-market) - owner Marcy
# ---------------------------------------------------------------------------
BAYOU = {
    "id": "acc-bayou",
    "name": "Bayou Surgical Partners",
    "owner_id": "u-marcy",
    "arr": 186000,
    "segment": "mid_market",
    "industry": "Ambulatory Surgery Centers",
    "territory": "South Central",
    "renewal_date": "2027-06-30",
    "contract_notes": (
        "2-year renewal signed 2025-07-01, term through 2027-06-30. 9 ambulatory surgery centers in the "
        "New Orleans, Baton Rouge and Lafayette areas, about 610 staff (RNs, CRNAs, scrub techs, sterile "
        "processing). Flat annual fee of $186,000 with a staff cap of 650, billed quarterly at $46,500, Net 30. "
        "Includes Rostering, Overtime Analytics and the Call Schedule add-on (add-on at no charge for this "
        "term). 8% discount granted in exchange for a published case study (delivered November 2025). "
        "Auto-renews for 1 year unless either party gives 60 days' written notice."
    ),
    "contacts": [
        {"id": "c-by-thibodeaux", "name": "Renee Thibodeaux", "title": "Chief Operating Officer",
         "email": "rthibodeaux@bayousurgical.com", "phone": "(504) 555-0131",
         "role": "decision_maker", "preferred_channel": "text", "relationship_strength": 4,
         "notes": "Short texts, no attachments unless she asks."},
        {"id": "c-by-landry", "name": "Marcus Landry", "title": "Director of Perioperative Services",
         "email": "mlandry@bayousurgical.com", "phone": "(504) 555-0156",
         "role": "champion", "preferred_channel": "phone", "relationship_strength": 5,
         "notes": "In the OR all day. Best reached by phone after 5:30 p.m. on his drive home."},
        {"id": "c-by-guidry", "name": "Dr. Paul Guidry", "title": "Medical Director, Anesthesia",
         "email": "pguidry@bayousurgical.com", "phone": "(504) 555-0190",
         "role": "influencer", "preferred_channel": "other", "relationship_strength": 1,
         "notes": "Do not email. Route everything through Marcus."},
        {"id": "c-by-hebert", "name": "Trish Hebert", "title": "Controller",
         "email": "thebert@bayousurgical.com", "phone": "(225) 555-0114",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Anything with a dollar amount goes to her by email with a PDF."},
        {"id": "c-by-nguyen", "name": "Kim Nguyen", "title": "Lead Scheduling Coordinator, Metairie",
         "email": "knguyen@bayousurgical.com", "phone": "(504) 555-0172",
         "role": "user", "preferred_channel": "chat", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-by-renewal", "name": "Bayou Renewal FY27", "stage": "qualification",
         "amount": 208000, "close_date": "2027-06-30",
         "next_step": "Confirm center count after Lafayette/Houma; decide on Call Schedule add-on pricing"},
        {"id": "o-by-expansion", "name": "Add Lafayette + Houma centers", "stage": "negotiation",
         "amount": 38000, "close_date": "2026-12-31",
         "next_step": "Renee to sign order form after sponsor review; Trish needs W-9 and updated COI"},
    ],
    "activities": [
        {"id": "a-by-001", "kind": "meeting", "at": "2026-01-20T16:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-by-thibodeaux", "c-by-landry"],
         "subject": "Q1 business review - on-time starts",
         "body": "Reviewed Q4 2025: first-case on-time starts at 88%, overtime at 7.4% of paid hours. Renee wants a monthly OT report by center. Marcus asked how fast we could add the Lafayette center once that acquisition closes."},
        {"id": "a-by-002", "kind": "email", "at": "2026-02-09T15:20:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-by-hebert"],
         "subject": "Hurricane credit reconciliation",
         "body": "Trish, confirming that the one-month service credit of $15,500 from last September was applied to the Q1 2026 invoice, INV-BSP-1187. The Q1 amount due is $31,000 instead of the usual $46,500. PDF attached."},
        {"id": "a-by-003", "kind": "note", "at": "2026-03-12T13:40:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-by-landry"],
         "subject": "Kenner CRNA double-booking - case cancelled",
         "body": "Marcus called: a CRNA was scheduled at both Kenner and Metairie for the same 7:30 a.m. start. Kenner's first case got cancelled. Logged ticket SUP-9120. First look says a swap was edited while the nightly sync was running."},
        {"id": "a-by-004", "kind": "call", "at": "2026-03-13T22:30:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-by-landry", "c-by-guidry"],
         "subject": "Kenner cancellation follow-up with Marcus and Dr. Guidry",
         "body": "Dr. Guidry wanted a written explanation and asked why the system allowed the conflict at all. I committed to a fix by April 15. After he dropped off, Marcus asked that everything going to the anesthesia group go through him from now on."},
        {"id": "a-by-005", "kind": "email", "at": "2026-04-14T19:05:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-by-landry"],
         "subject": "SUP-9120 fix released",
         "body": "Marcus, the conflict check fix went out in release 26.4 on April 14. A swap is now blocked if the same person has an overlapping assignment at any center, including while the nightly sync runs. Share with Dr. Guidry however you think best."},
        {"id": "a-by-006", "kind": "chat", "at": "2026-05-05T14:15:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-by-nguyen"],
         "subject": "Vendor Reps group",
         "body": "Kim: ok if I add 12 more device reps to the Vendor Reps group or does that count against our license? Me: go ahead and add them, we'll sort it out at renewal."},
        {"id": "a-by-007", "kind": "call", "at": "2026-06-18T16:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-by-thibodeaux"],
         "subject": "Expansion: Lafayette and Houma",
         "body": "Renee confirmed they close on the Lafayette center in September and Houma in early 2027. She wants both on ShiftWell from day one and asked for pricing that fits the flat fee model. Quoted $38,000 a year for the two centers together."},
        {"id": "a-by-008", "kind": "email", "at": "2026-08-04T18:30:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-by-hebert"],
         "subject": "Vendor paperwork for expansion",
         "body": "Marcy, before Renee signs the expansion order form we need your current W-9 and a certificate of insurance naming Bayou Surgical Partners LLC as certificate holder. Please also confirm the expansion will be billed quarterly like the main agreement."},
        {"id": "a-by-009", "kind": "meeting", "at": "2026-09-10T15:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-by-landry", "c-by-nguyen"],
         "subject": "Lafayette go-live planning",
         "body": "Lafayette closed September 1. Go-live planned for October 19, 2026, with 48 staff to load. Kim will build the shift templates. Marcus wants the onsite training day the week of October 12."},
        {"id": "a-by-010", "kind": "note", "at": "2026-10-20T21:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-by-landry"],
         "subject": "Lafayette is live",
         "body": "Lafayette went live October 19. 46 of 48 staff activated in the app by end of day. Onsite training was done October 14 by Beth Arceneaux from our training team."},
        {"id": "a-by-011", "kind": "chat", "at": "2026-10-22T12:45:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-by-thibodeaux"],
         "subject": "expansion order form",
         "body": "Renee: got the order form. Brad wants to look at it, give me two weeks. Me: no problem, ping me if he has questions."},
        {"id": "a-by-012", "kind": "note", "at": "2026-10-29T20:00:00Z", "author_id": "u-marcy",
         "contact_ids": [],
         "subject": "Handoff prep",
         "body": "Bayou goes to T.J. Kowalski. Expansion order form is with Renee, waiting on her sponsor's review. Renewal is next summer. Introduce T.J. to Marcus by phone first, not email."},
    ],
}

BAYOU_INTERVIEW = {
    "decision_maker": (
        "Renee Thibodeaux, the COO, makes the call, and she makes it fast. She signed the 2025 renewal in "
        "one meeting. Here's the catch: Bayou is owned by a private equity firm, Crescent Row Capital, and "
        "their operating partner, Brad Feltner, reviews every vendor contract over $150,000 a year. We're "
        "at $186,000, so Brad sees ours. I've never met him; Renee keeps vendors away from him. What Renee "
        "cares about personally is first-case on-time starts. Crescent Row measures her on it and the number "
        "lives on a whiteboard outside her office. It was 81% when we started and about 90% last quarter. "
        "She also worries about scrub tech turnover, because they lose techs to the big New Orleans "
        "hospitals over two dollars an hour. Show her on-time starts and tech retention and you're golden."
    ),
    "champion": (
        "Marcus Landry, director of perioperative services. He picked us over RosterLine in 2023 and he's "
        "tied his name to it. What I promised him: we'd co-present at the Louisiana Ambulatory Surgery "
        "Center Association fall conference in 2027, him plus somebody from our side, on overtime "
        "reduction. I also said I'd introduce him to a couple of our other surgery center customers for "
        "benchmarking, nothing confidential obviously. To look good he needs overtime to stay down. When we "
        "started, overtime was 11.2% of paid hours across the centers; he got it to 6.8% by spring 2026 and "
        "Renee quoted that number to the PE people. If it creeps back over 8% he's exposed. He's also "
        "quietly making his case for VP of Clinical Operations, which they're hiring for, so give him "
        "visibility whenever you can."
    ),
    "hidden_commitments": (
        "Three things. One: I promised Dr. Guidry, through Marcus, that we'd build a call-swap approval flow "
        "that lets CRNAs trade call without the charge nurse signing off. Product has it as 'under "
        "consideration', which could mean never, and Guidry thinks it's coming in early 2027. Two: I "
        "promised a free onsite training day at the Lafayette center for go-live, travel on us. That's "
        "about $3,500 in T&E plus a trainer's day; it happened in October, so that one's done. Three: when "
        "Trish pushed back on annual prepay last year, I told her we'd keep them on quarterly billing at the "
        "next renewal too. Finance wants annual prepay on every renewal starting 2027, so they'll push for "
        "it, and Trish will think I lied to her. Give her a heads-up early."
    ),
    "history_sensitivities": (
        "Two scars. The worst was Hurricane Delphine in September 2025. Bayou was doing emergency callouts "
        "to figure out which staff could get to which centers, and our mobile push notifications were "
        "delayed by hours because of a queue backlog on our side. Marcus ended up calling 140 people from "
        "his kitchen table. We gave them a month's credit and a written apology, but nobody there forgets "
        "storm week. Hurricane season is sensitive; don't joke about it. Second: in March 2026 a CRNA got "
        "double-booked between the Kenner and Metairie centers on the same morning and a 7:30 case at Kenner "
        "was cancelled. Someone edited a swap while the sync was running, so partly our bug, partly their "
        "process. Dr. Guidry was furious and still brings it up with Renee. Don't argue fault with him. Just "
        "say it's fixed, because it is; the fix shipped in April."
    ),
    "pricing_story": (
        "Bayou pays a flat annual fee, $186,000, not per head like most of our customers. Renee hates "
        "variable costs, and her PE sponsor wants predictable opex, so I built a flat-fee deal with a staff "
        "cap of 650. They're around 610 now, and with Lafayette and Houma they'll go past it, which is why "
        "the expansion is quoted separately. The 8% discount is there because they agreed to a case study, "
        "which we published in November 2025. Marketing loves it; it's the one with the on-time starts "
        "chart. The Call Schedule add-on is free for this term because RosterLine offered call scheduling "
        "bundled and I had to match. At renewal that add-on would normally run about $22,000 a year. Decide "
        "early whether you're charging for it. If you spring it on Renee in May, it'll go badly."
    ),
    "unexpected_use": (
        "They schedule people who aren't their employees. Kim Nguyen, the lead scheduler at Metairie, set "
        "up the device company reps, the orthopedic and spine implant reps who come into the OR, as a "
        "separate staff group so the front desk and the charge nurse can see who's coming in for which "
        "case. She also puts the loaner instrument tray drop-offs in as shifts assigned to a fake staff "
        "member called TRAYS, so sterile processing knows when trays land. It's a hack, and it inflates "
        "their headcount by about 40 'people', which is one reason they look closer to the cap than they "
        "really are. It works for them though, and Renee likes it. Be careful if anybody on our side wants "
        "to clean up their data."
    ),
    "channels_surprises": (
        "Renee: text. Short, no attachments; if she needs a document she'll ask for it. Marcus: phone. He "
        "commutes from Slidell and picks up after 5:30 p.m. when he's in the car; during the day he's in the "
        "OR and won't see anything. Dr. Guidry: never email him. Ever. In 2024 he forwarded one of my emails "
        "to Renee with 'why is this vendor emailing me'. Go through Marcus. Trish Hebert wants anything with "
        "a dollar sign in writing, by email, with a PDF. Kim is fine with in-app chat or email. Who must "
        "never be surprised: Renee, about money. Any invoice change, price change or new line item, she "
        "hears it from you on a call before it shows up on paper. The one time our billing system added a "
        "late-fee line without warning, she texted me at 6 a.m."
    ),
    "org_changes": (
        "They're in growth mode. They're adding two centers, Lafayette and Houma, which is the $38,000 "
        "expansion; after that they'll be at eleven. Crescent Row has owned them since 2022, and Renee "
        "mentioned the sponsor is thinking about a recap or a sale in 2027 or 2028. If a bigger platform "
        "buys them, every vendor contract gets reviewed. They're also searching for a VP of Clinical "
        "Operations, a new role that would sit between Renee and Marcus. If they hire from outside, that "
        "person could bring their own scheduling tool. Marcus wants the job. One more: Dr. Guidry's "
        "anesthesia group is renegotiating its services agreement with Bayou this winter, and it's getting "
        "tense."
    ),
    "warning_signs": (
        "Marcus going quiet is the big one. Before storm week in 2025 he'd already skipped two check-ins "
        "because he was buried in staffing callouts, and we missed the chance to load-test notifications "
        "with him. Now if he misses two in a row, I drive over. Another one: when Trish starts asking for "
        "line-item invoices and usage reports, somebody above her is questioning the spend. She did that in "
        "April 2025 and two months later Renee opened the renewal with 'we're evaluating options.' Third, "
        "watch Call Schedule usage by the CRNAs. In early 2026, after the double-booking, they went back to "
        "a shared Google Sheet for two weeks, and that's what made Guidry louder."
    ),
    "renewal_risk": (
        "Stated reason, if it slips: 'Crescent Row is consolidating vendors across the portfolio.' That's "
        "Renee's line for anything she doesn't want to explain. Real reason: Dr. Guidry's anesthesia group "
        "wants its own call tool, and if their services agreement renegotiation goes their way, they may get "
        "to pick it. Pull the CRNAs out and we look half as useful to Renee. The Kenner double-booking is "
        "his evidence. The secondary real reason is price. If Call Schedule goes from free to $22,000 and "
        "Lafayette and Houma get added, the bill jumps by about a third, and Renee has to explain that to Brad "
        "Feltner. My advice: keep the add-on free one more term in exchange for a three-year deal."
    ),
}

# ---------------------------------------------------------------------------
# Account 3: Pinecrest Family Clinics (small) - owner Marcy
# ---------------------------------------------------------------------------
PINECREST = {
    "id": "acc-pinecrest",
    "name": "Pinecrest Family Clinics",
    "owner_id": "u-marcy",
    "arr": 38500,
    "segment": "smb",
    "industry": "Primary Care Clinic Group",
    "territory": "Northeast",
    "renewal_date": "2027-01-15",
    "contract_notes": (
        "1-year subscription renewed 2026-01-16, term through 2027-01-15. 5 clinics in southern New "
        "Hampshire (Nashua, Keene, Peterborough, Jaffrey, Milford), 120 users at $26.75 per user per month "
        "(Granite State Primary Care Association group rate with 10% nonprofit discount), $38,500 per year "
        "after rounding. Rostering plus Float Pool Lite. Paid annually by ACH in January. Standard SMB terms: "
        "no SLA credits, email support only, termination on 30 days' notice for non-payment."
    ),
    "contacts": [
        {"id": "c-pc-marsh", "name": "Dr. Ellen Marsh", "title": "Medical Director and Co-founder",
         "email": "emarsh@pinecrestclinics.org", "phone": "(603) 555-0148",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 3,
         "notes": "Sees patients three days a week. Admin time is Tuesday afternoons."},
        {"id": "c-pc-dube", "name": "Josh Dube", "title": "Practice Administrator",
         "email": "jdube@pinecrestclinics.org", "phone": "(603) 555-0163",
         "role": "champion", "preferred_channel": "email", "relationship_strength": 5,
         "notes": "Ran the original trial. Reports to the Pinecrest community board twice a year."},
        {"id": "c-pc-lavoie", "name": "Carol Lavoie", "title": "Office Manager, Keene Clinic",
         "email": "clavoie@pinecrestclinics.org", "phone": "(603) 555-0127",
         "role": "blocker", "preferred_channel": "phone", "relationship_strength": 2,
         "notes": "Does not read email. Call the Keene front desk line and ask for her."},
        {"id": "c-pc-sato", "name": "Ken Sato", "title": "Bookkeeper (contract)",
         "email": "ksato@satobookkeeping.test",
         "role": "other", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Handles AP for Pinecrest. Wants the amount in the subject line of any billing email."},
        {"id": "c-pc-greene", "name": "Amanda Greene", "title": "Lead Nurse Practitioner, Nashua",
         "email": "agreene@pinecrestclinics.org", "phone": "(603) 555-0139",
         "role": "user", "preferred_channel": "email", "relationship_strength": 3},
    ],
    "opportunities": [
        {"id": "o-pc-renewal", "name": "Pinecrest Renewal 2027", "stage": "proposal",
         "amount": 41000, "close_date": "2027-01-15",
         "next_step": "Send renewal order form by Dec 1; confirm 2027 pricing with Dana first"},
        {"id": "o-pc-hillsborough", "name": "Hillsborough clinic add-on", "stage": "prospecting",
         "amount": 6400, "close_date": "2027-06-30",
         "next_step": "Revisit once the Hillsborough lease is signed"},
    ],
    "activities": [
        {"id": "a-pc-001", "kind": "note", "at": "2026-01-16T20:30:00Z", "author_id": "u-priya",
         "contact_ids": ["c-pc-sato"],
         "subject": "Annual payment collected twice",
         "body": "The $38,500 ACH payment for the 2026-2027 term was collected twice on January 16 because of a retry error in billing. Refund of $38,500 initiated January 19 under reference RF-20260119-044."},
        {"id": "a-pc-002", "kind": "email", "at": "2026-01-21T13:05:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-pc-sato", "c-pc-dube", "c-pc-marsh"],
         "subject": "Duplicate withdrawal - $38,500",
         "body": "Ms. Delgado, your company withdrew $38,500 from our operating account twice. For a nonprofit running five clinics, that caused a payroll scare. I expect the full refund and a written explanation of how this will not happen again."},
        {"id": "a-pc-003", "kind": "email", "at": "2026-01-25T17:40:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-pc-sato", "c-pc-dube"],
         "subject": "$38,500 refund posted",
         "body": "Ken, the refund of $38,500 posted to Pinecrest's account today, January 25. Billing has turned off automatic payment retries on your account. I'm sorry for the stress this caused you and the team."},
        {"id": "a-pc-004", "kind": "call", "at": "2026-03-09T15:15:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-pc-lavoie"],
         "subject": "3 a.m. shift reminder texts - Keene",
         "body": "Carol says Keene staff have been getting shift reminder texts around 3 a.m. since last week. The account time zone was set to Pacific after the February migration. Fixed to Eastern the same day. Carol wants a written apology she can post for her staff."},
        {"id": "a-pc-005", "kind": "meeting", "at": "2026-04-14T19:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-pc-dube", "c-pc-marsh"],
         "subject": "Spring check-in",
         "body": "Short video check-in. Unfilled front-desk shifts at 11 for March. Ellen asked if staff can hide other clinics' shifts in the mobile app; showed her the clinic filter. No new asks."},
        {"id": "a-pc-006", "kind": "email", "at": "2026-06-03T14:25:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-pc-dube"],
         "subject": "Hillsborough - early heads up",
         "body": "Marcy, we're looking at a sixth clinic in Hillsborough. Nothing signed yet. If it happens we'd want to add users mid-term. How would that be priced?"},
        {"id": "a-pc-007", "kind": "email", "at": "2026-06-05T16:00:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-pc-dube"],
         "subject": "RE: Hillsborough - early heads up",
         "body": "Josh, users added mid-term would be prorated at your current $26.75 per user per month through January 15. No setup fee for an additional clinic."},
        {"id": "a-pc-008", "kind": "chat", "at": "2026-09-29T18:20:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-pc-dube"],
         "subject": "flu clinic logins",
         "body": "Josh: spinning up the flu clinic volunteers again, about 25 temp logins from Oct 3 to Nov 15. same deal as last year? Me: yep, go for it."},
        {"id": "a-pc-009", "kind": "call", "at": "2026-10-14T17:30:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-pc-dube"],
         "subject": "Renewal pricing",
         "body": "Josh asked about 2027 pricing ahead of his board meeting. Talked about keeping the nonprofit discount in place. Josh will send over the board calendar. Renewal order form needs to go out by December 1."},
        {"id": "a-pc-010", "kind": "note", "at": "2026-10-28T22:10:00Z", "author_id": "u-marcy",
         "contact_ids": [],
         "subject": "Handoff prep",
         "body": "Pinecrest goes to T.J. Kowalski. Renewal is January 15, so the order form is the first thing on his plate. Read my interview notes on pricing before sending anything."},
    ],
}

PINECREST_INTERVIEW = {
    "decision_maker": (
        "Dr. Ellen Marsh signs. She co-founded Pinecrest and still sees patients three days a week, so she "
        "has no patience for vendor meetings. Josh Dube does all the homework and hands her a "
        "recommendation, and in two years I've never seen her go against him. What Ellen personally cares "
        "about is her clinicians not doing schedule work at night. Before us her NPs were texting each other "
        "about coverage at 10 p.m., and she told me that's the main reason one of her best NPs quit in 2024. "
        "She also really hates being upsold. The one time I brought up the analytics module she said, "
        "'Marcy, I run five clinics, not a hospital,' and ended the call five minutes early. Don't pitch her "
        "anything she didn't ask for."
    ),
    "champion": (
        "Josh Dube, the practice administrator. He found us, ran the trial, and he's the only person there "
        "who really knows the admin side. I promised him Float Pool Lite would stay included at no extra "
        "cost through the 2027 renewal. It's technically a paid add-on for SMB, about $2,400 a year, but I "
        "gave it to him when they added Milford. What he needs to look good: Pinecrest has a community "
        "board, and Josh reports to them twice a year. He wants to show front-desk coverage gaps went down. "
        "He's been tracking unfilled front-desk shifts, from 31 a month before us to about 9 a month now. He "
        "asked me for a one-page ROI sheet with our logo on it for the January board meeting. I started it; "
        "the draft is in the shared drive under Pinecrest."
    ),
    "hidden_commitments": (
        "Two I'm a little nervous about. First, I told Josh on a call in October that we'd hold their price "
        "flat for 2027: same $26.75 per user, keep the 10% nonprofit discount, even though the standard SMB "
        "uplift is 7%. I have not gotten Dana's sign-off on that. The CRM opportunity still shows $41,000 "
        "because that's what the system calculated with the uplift. If you send a quote for $41,000, Josh "
        "will feel burned. Second, I promised Carol Lavoie at Keene a call with Andre, our support lead, to "
        "walk through split shifts. Keene has front desk people who work 7 to 11 and then 3 to 7, and the "
        "app shows them as two people. That call never happened. And Float Pool Lite free through renewal, "
        "which I already mentioned."
    ),
    "history_sensitivities": (
        "Two bad moments this year. In January our billing system pulled their annual payment twice by ACH, "
        "$38,500 twice, on January 16. For a five-clinic nonprofit that's a real hole in cash. We refunded "
        "it in nine days, but Ken Sato, their bookkeeper, was furious and sent a very sharp email to Josh "
        "and Dr. Marsh. Ken checks every charge now. Then in March our SMS shift reminders went out at 3 a.m. "
        "for about a week because their account time zone got set to Pacific instead of Eastern in a "
        "migration. Staff got woken up. Carol at Keene took screenshots and still pulls them out. Sensitive "
        "topics: ACH, anything about billing automation, and the 3 a.m. texts. If Carol brings them up, "
        "just apologize again. Don't explain."
    ),
    "pricing_story": (
        "List for our SMB tier is $32 per user per month. They came in through the Granite State Primary "
        "Care Association, which has a group rate of $29.72, and because they're a nonprofit they get "
        "another 10% off, which lands at $26.75. Times 120 users that's about $38,520 a year; I rounded it "
        "to $38,500 on the order form because Ellen likes round numbers. It's a one-year term because Ken "
        "doesn't like multi-year commitments on the books. I tried for two years in January and Ken said no. "
        "Float Pool Lite is in there for free, like I said. Honestly this account is priced as low as we go; "
        "there's no room to discount further without Dana."
    ),
    "unexpected_use": (
        "They use the float pool to share exam rooms, not people. The part-time NPs at Peterborough and "
        "Jaffrey share three exam rooms, so Josh set up each room as a float staff record, and the NPs 'book' "
        "a room by picking up that room's shift. It's clever and it works, but it means their user count "
        "includes three rooms called Exam A, Exam B and Exam C. Also, every October they use the scheduler "
        "to staff their community flu shot clinics with volunteers from the local Rotary, maybe 25 "
        "volunteers, who get temporary logins. That's why the user count jumps above 120 every fall, and "
        "I've never charged them for the overage. Someone in billing might notice eventually."
    ),
    "channels_surprises": (
        "Ellen: phone, and only Tuesday afternoons, that's her admin block. Call her on a clinic day and she "
        "won't pick up. Josh: email for anything formal, text for quick stuff; he answers fast. Carol Lavoie "
        "at Keene doesn't read email. I'm serious, she has 3,000 unread. Call the Keene front desk and ask "
        "for her. Ken Sato only wants invoices and payment stuff, by email, with the amount in the subject "
        "line. Who must never be surprised: Ellen, about price. If a renewal quote shows up that's different "
        "from what Josh told her, she'll assume we're playing games, and she'll tell the association, which "
        "is how they heard about us in the first place. Also don't surprise Ken with any charge."
    ),
    "org_changes": (
        "Biggest thing: Josh might leave. He's finishing his MHA at UNH in May 2027 and he told me, off the "
        "record, that he's interviewing at a bigger health system. If he goes, nobody there knows the admin "
        "side except maybe Amanda Greene, the lead NP in Nashua, who likes the app. Second, they're looking "
        "at a sixth clinic in Hillsborough, maybe summer 2027, but the lease isn't signed. Third, there's "
        "talk of Pinecrest joining an ACO, which would bring more reporting; Ellen is lukewarm on it. No "
        "budget shift that I know of. Their budget is tight every single year."
    ),
    "warning_signs": (
        "Before the near-churn at the 2025 renewal, two things happened. Carol's Keene clinic stopped "
        "publishing schedules in the app and went back to a whiteboard behind the front desk, that was "
        "October 2024, and then in November Josh asked me how to export all their data. Two months later I "
        "found out they were trialing ShiftPad, a cheaper tool. We kept them by adding Float Pool Lite free "
        "and getting the nonprofit discount approved. So if Keene's logins drop, or anybody asks about data "
        "exports, act that week. A late ACH payment would be a sign too, though they've always paid on "
        "time, apart from our own double-charge mess."
    ),
    "renewal_risk": (
        "Stated reason, if they don't renew: budget. 'We're a small nonprofit, we can't absorb a price "
        "increase,' and that's fair if somebody sends them a 7% uplift quote. Real reason: Josh. If Josh "
        "leaves and nobody takes over the admin side, Carol will lobby Ellen to go back to whiteboards and "
        "group texts, and Ellen won't fight for a tool she doesn't run herself. The way to protect it is to "
        "get a second admin trained now, I'd push for Amanda Greene, and to get the renewal signed early, "
        "ideally in December while Josh is still around to champion it."
    ),
}

# ---------------------------------------------------------------------------
# Account 4: Lakeshore Children's Hospital (mid-market) - owner Marcy
# ---------------------------------------------------------------------------
LAKESHORE = {
    "id": "acc-lakeshore",
    "name": "Lakeshore Children's Hospital",
    "owner_id": "u-marcy",
    "arr": 342000,
    "segment": "mid_market",
    "industry": "Pediatric Hospital",
    "territory": "Midwest",
    "renewal_date": "2027-09-30",
    "contract_notes": (
        "3-year subscription, 2024-10-01 through 2027-09-30. Rostering and Overtime & Agency Spend Analytics "
        "for about 1,350 clinicians at the 236-bed Milwaukee campus, priced per clinician per month with the "
        "12% pediatric program discount. Float Pool pilot in NICU and PICU under a no-cost addendum through "
        "2026-12-31. Annual uplift 3%. Billed annually each October, Net 45. Includes 40 hours per year of "
        "professional services. BAA executed; data hosted in US region."
    ),
    "contacts": [
        {"id": "c-ls-castellanos", "name": "Dr. Miriam Castellanos", "title": "VP Patient Care Services and CNO",
         "email": "mcastellanos@lakeshorechildrens.org", "phone": "(414) 555-0135",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Reads and answers email before 9 a.m. Reads contracts herself."},
        {"id": "c-ls-wojcik", "name": "Brian Wojcik", "title": "Chief Financial Officer",
         "email": "bwojcik@lakeshorechildrens.org", "phone": "(414) 555-0102",
         "role": "economic_buyer", "preferred_channel": "meeting", "relationship_strength": 2},
        {"id": "c-ls-hale", "name": "Tasha Hale", "title": "Nurse Manager, NICU",
         "email": "thale@lakeshorechildrens.org", "phone": "(414) 555-0188",
         "role": "champion", "preferred_channel": "text", "relationship_strength": 5,
         "notes": "Working on her DNP. Drove the float pool pilot."},
        {"id": "c-ls-fernandes", "name": "Luis Fernandes", "title": "Workforce Systems Analyst",
         "email": "lfernandes@lakeshorechildrens.org", "phone": "(414) 555-0151",
         "role": "influencer", "preferred_channel": "chat", "relationship_strength": 4,
         "notes": "One-person team for scheduling, timekeeping and Epic interfaces. Always on Teams."},
        {"id": "c-ls-oneill", "name": "Kathleen O'Neill", "title": "Director of Labor Relations",
         "email": "koneill@lakeshorechildrens.org", "phone": "(414) 555-0166",
         "role": "blocker", "preferred_channel": "meeting", "relationship_strength": 2,
         "notes": "Preview anything touching scheduling rules or overtime with her before nursing leadership sees it."},
        {"id": "c-ls-park", "name": "Steven Park", "title": "Contracts Manager, Supply Chain",
         "email": "spark@lakeshorechildrens.org", "phone": "(414) 555-0110",
         "role": "other", "preferred_channel": "email", "relationship_strength": 3},
    ],
    "opportunities": [
        {"id": "o-ls-floatpool", "name": "Float Pool conversion - NICU/PICU pilot to paid", "stage": "proposal",
         "amount": 58000, "close_date": "2026-12-31",
         "next_step": "Pilot readout to Dr. Castellanos Nov 18; then order form to Steven Park"},
        {"id": "o-ls-renewal", "name": "Lakeshore Renewal 2027", "stage": "qualification",
         "amount": 352000, "close_date": "2027-09-30",
         "next_step": "Map renewal timing against the nurses' union contract (expires June 30, 2027) with Kathleen O'Neill"},
    ],
    "activities": [
        {"id": "a-ls-001", "kind": "meeting", "at": "2026-01-22T15:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-ls-oneill", "c-ls-castellanos"],
         "subject": "Grievance settlement - overtime report changes",
         "body": "Met with Kathleen O'Neill and Dr. Castellanos on the settlement terms. The per-nurse overtime ranking view will be disabled system-wide January 23. Individual OT detail restricted to the nurse and their direct manager. Kathleen asked for written confirmation from us."},
        {"id": "a-ls-002", "kind": "email", "at": "2026-01-26T14:30:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-ls-oneill"],
         "subject": "Confirmation: overtime report access changes",
         "body": "Kathleen, confirming that as of January 23, 2026 the per-nurse overtime ranking view is disabled for Lakeshore, and individual overtime detail is visible only to the nurse and their direct manager. Our change request number is CR-4471."},
        {"id": "a-ls-003", "kind": "meeting", "at": "2026-03-04T16:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-ls-hale", "c-ls-fernandes"],
         "subject": "Float pool pilot kickoff - NICU/PICU",
         "body": "Kicked off the Float Pool pilot with Tasha Hale and Luis Fernandes. 38 float-eligible nurses across NICU and PICU. Acuity is handled with a skills matrix workaround. Pilot runs under the no-cost addendum through December 31."},
        {"id": "a-ls-004", "kind": "chat", "at": "2026-04-17T20:10:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-ls-fernandes"],
         "subject": "sandbox?",
         "body": "Luis: any chance we get a sandbox to test Epic build changes before they hit prod? Me: let me figure it out, I'll get you something. Luis: thx. the last Epic upgrade nearly killed me"},
        {"id": "a-ls-005", "kind": "call", "at": "2026-05-28T17:45:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-ls-hale"],
         "subject": "Pilot midpoint",
         "body": "Tasha says NICU float fill rate is up from 61% to 78% since March. PICU is slower at 66%. She wants to present results to Dr. Castellanos in the fall."},
        {"id": "a-ls-006", "kind": "meeting", "at": "2026-08-19T13:00:00Z", "author_id": "u-marcy",
         "contact_ids": ["c-ls-castellanos", "c-ls-hale", "c-ls-fernandes", "c-ls-oneill"],
         "subject": "Workforce steering committee - August",
         "body": "Monthly steering committee. Reviewed pilot data and the Q2 overtime trend, down 9% year over year. Kathleen O'Neill attended. Dr. Castellanos asked for conversion pricing before their budget season."},
        {"id": "a-ls-007", "kind": "email", "at": "2026-09-15T15:50:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-ls-hale"],
         "subject": "Data extract for your DNP project",
         "body": "Tasha, I've submitted the data use request to your privacy office for the anonymized float assignment extract, reference PRV-2026-118. They asked for a data dictionary, which I sent yesterday, September 14."},
        {"id": "a-ls-008", "kind": "note", "at": "2026-09-24T18:00:00Z", "author_id": "u-marcy",
         "contact_ids": [],
         "subject": "Affiliation announced",
         "body": "Lakeshore and Great Lakes Academic Health announced an affiliation agreement today. Press release talks about clinical integration over 24 months. Nothing yet from our contacts on what it means for vendors."},
        {"id": "a-ls-009", "kind": "note", "at": "2026-10-02T12:30:00Z", "author_id": "u-priya",
         "contact_ids": [],
         "subject": "Contract year 3 invoice issued",
         "body": "Invoice INV-LCH-2026-10 issued October 1 for $342,000, contract year 3 (October 2026 - September 2027). Net 45, due November 15."},
        {"id": "a-ls-010", "kind": "email", "at": "2026-10-09T19:20:00Z", "author_id": "u-marcy",
         "direction": "inbound", "contact_ids": ["c-ls-park"],
         "subject": "Request: termination and assignment provisions",
         "body": "Marcy, as part of affiliation due diligence, please send a copy of the termination and assignment sections of our ShiftWell agreement, with any amendments. We'd appreciate a reply by October 23."},
        {"id": "a-ls-011", "kind": "email", "at": "2026-10-20T12:15:00Z", "author_id": "u-marcy",
         "direction": "outbound", "contact_ids": ["c-ls-castellanos", "c-ls-hale"],
         "subject": "Pilot readout - November 18",
         "body": "Dr. Castellanos, confirming the float pool pilot readout on November 18 at 7:30 a.m. in the nursing conference room on 3 East. Tasha will present the NICU results and I'll bring conversion pricing."},
        {"id": "a-ls-012", "kind": "note", "at": "2026-10-28T21:40:00Z", "author_id": "u-marcy",
         "contact_ids": [],
         "subject": "Handoff prep",
         "body": "Lakeshore goes to T.J. Kowalski. He should attend the November 18 readout with Tasha. Walk release notes over to Kathleen before every release, same as I did."},
    ],
}

LAKESHORE_INTERVIEW = {
    "decision_maker": (
        "Dr. Miriam Castellanos, the CNO, signs, and she's sharp; she reads the contract herself. Brian "
        "Wojcik, the CFO, approves the budget line but follows her lead on nursing tools. The hidden decision "
        "maker is Kathleen O'Neill in labor relations. Lakeshore's nurses are unionized, and anything that "
        "touches self-scheduling rules or overtime is effectively a bargaining topic. Kathleen can't sign, "
        "but she can stop anything. What Miriam cares about personally: Magnet redesignation. Their site "
        "visit is in fall 2027 and she wants nurse satisfaction and staffing data that tells a good story. "
        "She's also proud of cutting NICU agency hours and brings up the 30% reduction in every meeting. "
        "Brian cares about one thing: no surprises in the budget. He likes three-year deals."
    ),
    "champion": (
        "Tasha Hale, nurse manager of the NICU. The float pool pilot exists because of her. What I promised "
        "Tasha: that the pilot would include acuity-based staffing for the NICU, which we did with a config "
        "workaround on the skills matrix, and she's happy with it; and that we'd give her an anonymized data "
        "extract for her DNP project on float nurse competency. The extract needs a data use sign-off from "
        "their privacy office, which I started in September, but it's stuck. To look good, she needs the "
        "pilot to convert to paid so she can say she brought in a tool the PICU uses too. She presents her "
        "DNP project in April 2027. She's also close friends with Miriam, which helps us a lot."
    ),
    "hidden_commitments": (
        "One: I told Miriam, in a hallway conversation after the August steering meeting, that converting "
        "the float pool pilot to paid would cost no more than $58,000 a year. That's why the opportunity is "
        "at exactly $58,000. Pricing hasn't formally approved that number. Two: Luis Fernandes asked for a "
        "sandbox environment to test Epic changes and I said we'd provide it free through 2027. Normally a "
        "sandbox is $6,000 a year. Three, and this is the important one: I told Kathleen O'Neill, verbally, "
        "that ShiftWell would never be configured to auto-assign mandatory overtime. It isn't in writing "
        "anywhere. If anyone on our side demos auto-mandation to nursing leadership, Kathleen will treat it "
        "as a broken promise and the union will hear about it the same day."
    ),
    "history_sensitivities": (
        "November 2025: the nurses' union filed a grievance saying management used our overtime report to "
        "single out nurses who turned down extra shifts. The report had a per-nurse OT leaderboard view that "
        "a couple of managers were printing and posting in break rooms. The grievance was settled in January "
        "2026 by turning that view off and agreeing that individual OT data is only visible to the nurse and "
        "their direct manager. Kathleen negotiated that. Never use the word 'leaderboard' there, not with "
        "Kathleen, not with anyone. Earlier history: our go-live in October 2024 overlapped with their Epic "
        "upgrade, and Luis worked three weekends straight. He's forgiven us but he remembers. The go-live "
        "itself went fine."
    ),
    "pricing_story": (
        "Per clinician per month, roughly 1,350 clinicians, with the 12% discount from our pediatric "
        "program, which every children's hospital gets. Three-year term because Brian likes long deals; "
        "uplift 3% a year. They get 40 hours of professional services a year included because Luis is a "
        "one-man team and can't build reports himself. They've used about 25 hours this year. The float pool "
        "pilot is free because I needed a pediatric reference and our product team wanted NICU data to build "
        "acuity features. That's the honest story. When the pilot converts at $58,000 they'll be paying "
        "about $400,000 a year total, which is a big step for a 236-bed hospital, so expect Brian to push."
    ),
    "unexpected_use": (
        "They schedule the pet therapy program on it. Lakeshore has about a dozen volunteer dog handlers, "
        "and the Child Life team set them up as a staff group so units know which dog is visiting when. "
        "There's a golden retriever named Biscuit who is basically famous; nurses check the app to see when "
        "Biscuit is coming. Less cute but more interesting: they use the agency spend analytics to track "
        "lactation consultant contract hours. The lactation consultants come through an outside group and "
        "bill hourly, and Miriam's team uses our agency dashboards to watch that spend. It isn't agency "
        "nursing at all, but it works for them. The Child Life specialists are on it too, which is closer to "
        "what we built it for."
    ),
    "channels_surprises": (
        "Miriam: email, and early. She reads email before 9 a.m. and answers then. Brian Wojcik: formal "
        "meetings with slides only; he doesn't take calls or quick emails from vendors. Steven Park in "
        "contracts gets anything with terms in it. Tasha: text. Luis: Teams chat, he's always on it. "
        "Kathleen O'Neill: in person if you can, otherwise a scheduled call. She must never be surprised. "
        "Anything that touches scheduling rules, overtime reports or self-scheduling, whether it's a new "
        "feature, release notes or a config change, gets previewed to her before it goes to nursing "
        "leadership. I walk the release notes over to her office the week before each release. If she hears "
        "about something from a union rep first, you lose a month."
    ),
    "org_changes": (
        "Two big things. First, Lakeshore announced an affiliation with Great Lakes Academic Health in "
        "September 2026. It's an affiliation, not a merger yet, but Great Lakes runs a competitor, I believe "
        "RosterLine, across its adult hospitals, and the standardization talk will come. Second, the union "
        "contract with the Lakeshore Nurses Alliance expires June 30, 2027, and bargaining starts early in "
        "2027. Self-scheduling and overtime rules will be on the table. Also, Brian Wojcik has hinted his "
        "role could change under the affiliation; he might end up a regional CFO with less say. Miriam isn't "
        "going anywhere, as far as I know."
    ),
    "warning_signs": (
        "Before the grievance, Kathleen stopped coming to the monthly workforce steering committee. She "
        "missed September and October 2025 and I didn't think anything of it; the grievance landed in "
        "November. If she skips steering committee, find out why. Second: Luis's ticket volume. In "
        "September 2024, right before the Epic upgrade ran into our go-live, his tickets tripled. A spike "
        "from Luis usually means something is changing on their side that nobody told us about. Third, and "
        "newer: Steven Park asked in October for a copy of our termination and assignment clauses. Could "
        "just be the affiliation lawyers doing diligence, but I'd keep an eye on it."
    ),
    "renewal_risk": (
        "Stated reason, if it slips: 'the affiliation requires us to evaluate the system-standard vendor.' "
        "That's what they'll say and it'll sound reasonable. Real reason: the union contract. If bargaining "
        "gets hot in spring 2027 and self-scheduling becomes a bargaining chip, Miriam will freeze every "
        "vendor decision until the contract is settled, which could push past September 30. And if the new "
        "contract changes overtime rules, they may want to reconfigure everything anyway. My advice: try to "
        "get the renewal done before bargaining starts, or at least get Kathleen comfortable enough that she "
        "doesn't see us as management's tool."
    ),
}

# ---------------------------------------------------------------------------
# Distractor 1: St. Brendan Medical Center (enterprise) - owner Raj
# ---------------------------------------------------------------------------
STBRENDAN = {
    "id": "acc-stbrendan",
    "name": "St. Brendan Medical Center",
    "owner_id": "u-raj",
    "arr": 610000,
    "segment": "enterprise",
    "industry": "Hospital & Health System",
    "territory": "Midwest",
    "renewal_date": "2027-05-31",
    "contract_notes": (
        "3-year term 2024-06-01 through 2027-05-31. Rostering, Float Pool and Overtime & Agency Spend "
        "Analytics for 2 hospitals in Dayton (about 2,600 clinicians). 10% multi-year discount. Uplift capped "
        "at 5%. SLA 99.9% with service credits. Billed annually in June, Net 45."
    ),
    "contacts": [
        {"id": "c-sb-doyle", "name": "Karen Doyle", "title": "Chief Nursing Officer",
         "email": "kdoyle@stbrendanmed.org", "phone": "(937) 555-0144",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 4},
        {"id": "c-sb-castillo", "name": "Nina Castillo", "title": "Manager, Staffing and Scheduling",
         "email": "ncastillo@stbrendanmed.org", "phone": "(937) 555-0171",
         "role": "champion", "preferred_channel": "text", "relationship_strength": 4,
         "notes": "Runs the float pool. Wants a sitter scheduling view."},
        {"id": "c-sb-ostrowski", "name": "David Ostrowski", "title": "Timekeeping Systems Lead (UKG)",
         "email": "dostrowski@stbrendanmed.org", "phone": "(937) 555-0126",
         "role": "influencer", "preferred_channel": "chat", "relationship_strength": 3},
        {"id": "c-sb-whitfield", "name": "Ray Whitfield", "title": "VP Supply Chain",
         "email": "rwhitfield@stbrendanmed.org", "phone": "(937) 555-0103",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2},
    ],
    "opportunities": [
        {"id": "o-sb-renewal", "name": "St. Brendan Renewal 2027", "stage": "negotiation",
         "amount": 640000, "close_date": "2027-05-31",
         "next_step": "Return redlines on uplift cap to Ray Whitfield"},
        {"id": "o-sb-sitter", "name": "Sitter scheduling POC", "stage": "discovery",
         "amount": 24000, "close_date": "2027-02-28",
         "next_step": "Scope POC with Nina Castillo for the behavioral health unit"},
    ],
    "activities": [
        {"id": "a-sb-001", "kind": "meeting", "at": "2026-01-29T15:00:00Z", "author_id": "u-raj",
         "contact_ids": ["c-sb-doyle", "c-sb-castillo"],
         "subject": "Q1 review - travelers and float fill",
         "body": "Karen reported 96 travel nurses across both hospitals, down from 130 a year ago. Float pool fill rate at 71%. Nina wants unit-level fill rates every month."},
        {"id": "a-sb-002", "kind": "note", "at": "2026-03-18T02:30:00Z", "author_id": "u-raj",
         "contact_ids": ["c-sb-castillo"],
         "subject": "Incident INC-20588: mobile login failures",
         "body": "About 40 minutes of mobile login failures during evening shift change. Web app unaffected. Nina's team texted assignments to charge nurses as a workaround."},
        {"id": "a-sb-003", "kind": "call", "at": "2026-04-22T18:00:00Z", "author_id": "u-raj",
         "contact_ids": ["c-sb-ostrowski"],
         "subject": "UKG accrual export mismatch",
         "body": "David Ostrowski showed PTO accrual balances in our app lagging UKG by a pay period. Logged SUP-8901. He'd like a nightly sync rather than weekly."},
        {"id": "a-sb-004", "kind": "email", "at": "2026-06-10T16:00:00Z", "author_id": "u-raj",
         "direction": "outbound", "contact_ids": ["c-sb-whitfield"],
         "subject": "Service credit for March incident",
         "body": "Ray, we've applied a $6,200 service credit for the March 17 mobile login incident to invoice INV-SB-2026-06."},
        {"id": "a-sb-005", "kind": "meeting", "at": "2026-07-15T14:00:00Z", "author_id": "u-raj",
         "contact_ids": ["c-sb-doyle", "c-sb-whitfield"],
         "subject": "Executive business review",
         "body": "EBR with Karen Doyle and Ray Whitfield. Agency spend at $6.1M for the fiscal year, down 18%. Ray signaled he'll push for a 3% uplift cap at renewal."},
        {"id": "a-sb-006", "kind": "chat", "at": "2026-08-26T13:10:00Z", "author_id": "u-raj",
         "direction": "inbound", "contact_ids": ["c-sb-castillo"],
         "subject": "sitters",
         "body": "Nina: any way to schedule our sitters in the float pool without them counting as nursing hours? Me: let's scope it as a POC."},
        {"id": "a-sb-007", "kind": "email", "at": "2026-09-30T20:00:00Z", "author_id": "u-raj",
         "direction": "outbound", "contact_ids": ["c-sb-whitfield"],
         "subject": "Renewal quote",
         "body": "Ray, attached is the renewal quote: $640,000 per year for three years, uplift capped at 5%. Happy to discuss the cap."},
        {"id": "a-sb-008", "kind": "call", "at": "2026-10-14T17:00:00Z", "author_id": "u-raj",
         "contact_ids": ["c-sb-whitfield"],
         "subject": "Redlines",
         "body": "Ray sent redlines: 3% cap, Net 60, and termination for convenience after year one. Said no to termination for convenience; the rest is open."},
        {"id": "a-sb-009", "kind": "note", "at": "2026-10-30T15:00:00Z", "author_id": "u-raj",
         "contact_ids": ["c-sb-doyle"],
         "subject": "Verbal intent to renew",
         "body": "Karen confirmed verbally that they intend to renew. PO to follow once redlines settle."},
    ],
}

# ---------------------------------------------------------------------------
# Distractor 2: Gulf Coast Orthopedic Surgery Centers (mid-market) - owner Erin
# ---------------------------------------------------------------------------
GULFORTHO = {
    "id": "acc-gulfortho",
    "name": "Gulf Coast Orthopedic Surgery Centers",
    "owner_id": "u-erin",
    "arr": 158000,
    "segment": "mid_market",
    "industry": "Ambulatory Surgery Centers",
    "territory": "South Central",
    "renewal_date": "2027-04-30",
    "contract_notes": (
        "2-year term 2025-05-01 through 2027-04-30. 6 orthopedic surgery centers in the Houston area, about "
        "430 staff. Per-user pricing, $158,000 per year billed quarterly at $39,500, Net 30. Rostering and "
        "Overtime Analytics. Call Schedule add-on not licensed."
    ),
    "contacts": [
        {"id": "c-go-castille", "name": "Renee Castille", "title": "VP Operations",
         "email": "rcastille@gulfcoastortho.test", "phone": "(713) 555-0158",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 4},
        {"id": "c-go-broussard", "name": "Dr. Alan Broussard", "title": "Anesthesia Lead",
         "email": "abroussard@gulfcoastortho.test", "phone": "(713) 555-0192",
         "role": "influencer", "preferred_channel": "phone", "relationship_strength": 3},
        {"id": "c-go-vo", "name": "Tricia Vo", "title": "Controller",
         "email": "tvo@gulfcoastortho.test", "phone": "(713) 555-0117",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3},
        {"id": "c-go-mills", "name": "Marcus Mills", "title": "Nurse Manager, Sugar Land Center",
         "email": "mmills@gulfcoastortho.test", "phone": "(281) 555-0145",
         "role": "champion", "preferred_channel": "phone", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-go-renewal", "name": "Gulf Coast Ortho Renewal 2027", "stage": "proposal",
         "amount": 165000, "close_date": "2027-04-30",
         "next_step": "Send 2-year renewal proposal to Renee Castille"},
        {"id": "o-go-callsched", "name": "Call Schedule add-on", "stage": "proposal",
         "amount": 18000, "close_date": "2026-12-31",
         "next_step": "Dr. Broussard to confirm CRNA pilot group"},
    ],
    "activities": [
        {"id": "a-go-001", "kind": "meeting", "at": "2026-02-05T16:00:00Z", "author_id": "u-erin",
         "contact_ids": ["c-go-castille", "c-go-mills"],
         "subject": "QBR - on-time starts and OT",
         "body": "First-case on-time starts at 92%, overtime at 5.9% of paid hours. Renee Castille wants the same report split by surgeon block."},
        {"id": "a-go-002", "kind": "email", "at": "2026-04-02T15:30:00Z", "author_id": "u-erin",
         "direction": "inbound", "contact_ids": ["c-go-castille"],
         "subject": "Case study - approved",
         "body": "Erin, legal approved the case study draft. Please remove the Katy center's name and send the final version."},
        {"id": "a-go-003", "kind": "call", "at": "2026-05-27T21:00:00Z", "author_id": "u-erin",
         "contact_ids": ["c-go-broussard"],
         "subject": "CRNA call schedule demo",
         "body": "Demoed Call Schedule to Dr. Broussard. He liked swap approvals but wants the anesthesia group to manage its own call rules."},
        {"id": "a-go-004", "kind": "note", "at": "2026-06-30T14:00:00Z", "author_id": "u-erin",
         "contact_ids": ["c-go-mills"],
         "subject": "Hurricane season prep",
         "body": "Built an emergency callout template with Marcus Mills and load-tested push notifications to 430 staff. Ticket SUP-9304 for one delayed batch, resolved."},
        {"id": "a-go-005", "kind": "email", "at": "2026-07-09T18:00:00Z", "author_id": "u-erin",
         "direction": "outbound", "contact_ids": ["c-go-vo"],
         "subject": "Q3 invoice INV-GCO-0712",
         "body": "Tricia, attached is the Q3 invoice INV-GCO-0712 for $39,500, Net 30."},
        {"id": "a-go-006", "kind": "chat", "at": "2026-08-20T19:30:00Z", "author_id": "u-erin",
         "direction": "inbound", "contact_ids": ["c-go-mills"],
         "subject": "device reps",
         "body": "Marcus: can we give implant reps view-only access so they see case times? Me: checking with product."},
        {"id": "a-go-007", "kind": "email", "at": "2026-09-17T16:45:00Z", "author_id": "u-erin",
         "direction": "outbound", "contact_ids": ["c-go-broussard", "c-go-castille"],
         "subject": "Call Schedule add-on quote",
         "body": "Quote attached for the Call Schedule add-on at $18,000 per year for all six centers."},
        {"id": "a-go-008", "kind": "meeting", "at": "2026-10-21T15:00:00Z", "author_id": "u-erin",
         "contact_ids": ["c-go-castille", "c-go-vo"],
         "subject": "Renewal terms",
         "body": "Renee Castille wants a 2-year renewal with a flat price; Tricia asked to move to annual billing for a discount."},
    ],
}

# ---------------------------------------------------------------------------
# Successor questions (T.J.'s voice)
# ---------------------------------------------------------------------------
def I(qid):
    return {"kind": "interview", "question_id": qid}


def A(aid):
    return {"kind": "activity", "id": aid}


def C(cid):
    return {"kind": "contact", "id": cid}


def O(oid):
    return {"kind": "opportunity", "id": oid}


def ACC(acc_id):
    return {"kind": "account", "id": acc_id}


MR, BY, PC, LS = "acc-mercyridge", "acc-bayou", "acc-pinecrest", "acc-lakeshore"

# (account, question, expect, gold, must_mention)
Q = [
    # ---- Mercy Ridge ----
    (MR, "who's the real boss at mercy ridge? like who actually gets to say yes on the renewal",
     "answer", [I("decision_maker"), C("c-mr-farraday")], ["Farraday", "Albrecht"]),
    (MR, "What number is their CFO obsessed with?",
     "answer", [I("decision_maker"), A("a-mr-007")], ["adjusted patient day"]),
    (MR, "any freebies we promised for the new Delaware hospital?",
     "answer", [I("hidden_commitments")], ["implementation fee"]),
    (MR, "what's the deal w/ the valentines day outage, how bad was it",
     "answer", [I("history_sensitivities"), A("a-mr-002"), A("a-mr-003"), A("a-mr-004")], ["Chillicothe"]),
    (MR, "How much was the SLA credit after the Feb outage and which invoice did it go on?",
     "answer", [A("a-mr-004"), I("history_sensitivities")], ["$41,000", "INV-MR-2026-031"]),
    (MR, "nina's cell #?",
     "answer", [C("c-mr-bui")], ["555-0177"]),
    (MR, "Marcy mentioned putting Nina Bui on our customer advisory board. What exactly did we promise Nina?",
     "answer", [I("champion")], ["advisory board"]),
    (MR, "are we about to hit them w/ a big price jump on float pool at renewal? why",
     "answer", [I("pricing_story"), ACC(MR), A("a-mr-013")], ["$60,000"]),
    (MR, "they use float pool for non-nurse people?? who",
     "answer", [I("unexpected_use")], ["chaplains"]),
    (MR, "if product messes with the OT export format, what breaks on their end",
     "answer", [I("unexpected_use"), A("a-mr-009")], ["sitter"]),
    (MR, "How do I get a meeting with Tom, the money guy?",
     "answer", [I("channels_surprises"), C("c-mr-albrecht"), C("c-mr-mendes")], ["Carla Mendes"]),
    (MR, "who got bent out of shape when a quote went straight to linda",
     "answer", [I("channels_surprises"), C("c-mr-kessler")], ["Kessler"]),
    (MR, "any merger stuff going on over there? heard whispers",
     "answer", [I("org_changes")], ["Buckeye Valley"]),
    (MR, "When's the EBR with Tom and Linda, and what room?",
     "answer", [A("a-mr-012"), O("o-mr-renewal"), A("a-mr-015")], ["December 9", "4B"]),
    (MR, "whats the ticket # for the UKG duplicate punch bug and when did we tell them it'd be fixed",
     "answer", [A("a-mr-005"), I("hidden_commitments"), I("renewal_risk"), A("a-mr-014")], ["SUP-8832", "Q1 2027"]),
    (MR, "If the renewal slips, what excuse will they give vs what's really going on?",
     "answer", [I("renewal_risk")], ["budget", "UKG"]),
    (MR, "deadline to get renewal pricing to their sourcing office?",
     "answer", [A("a-mr-010")], ["October 31"]),
    (MR, "what went down at Marion in summer '25",
     "answer", [I("warning_signs")], ["Excel"]),
    (MR, "What was the actual root cause of the February outage? Did engineering ever tell them what broke?",
     "abstain", [], []),
    (MR, "who'd they end up hiring as CNIO",
     "abstain", [], []),
    (MR, "what did Linda think of the UKG demo?",
     "abstain", [], []),
    (MR, "when did mercy ridge go live on epic",
     "abstain", [], []),

    # ---- Bayou Surgical Partners ----
    (BY, "who signs at bayou, and who's looking over her shoulder?",
     "answer", [I("decision_maker"), A("a-by-011"), C("c-by-thibodeaux")], ["Renee", "Feltner"]),
    (BY, "whats the one stat the COO lives and dies by",
     "answer", [I("decision_maker"), A("a-by-001")], ["on-time starts"]),
    (BY, "what OT % does Marcus need to hold the line on?",
     "answer", [I("champion")], ["6.8%"]),
    (BY, "did we promise the anesthesia doc something about CRNAs trading call?",
     "answer", [I("hidden_commitments")], ["call-swap"]),
    (BY, "annual prepay vs quarterly -- did marcy tell their controller something I should know",
     "answer", [I("hidden_commitments")], ["quarterly"]),
    (BY, "what happened to them during the hurricane",
     "answer", [I("history_sensitivities"), A("a-by-002")], ["notifications"]),
    (BY, "How much was the storm credit and what invoice did it hit?",
     "answer", [A("a-by-002")], ["$15,500", "INV-BSP-1187"]),
    (BY, "the kenner double booking - ticket # and when did the fix ship?",
     "answer", [A("a-by-003"), A("a-by-005")], ["SUP-9120", "April 14"]),
    (BY, "why are they on a flat fee and not per head like everybody else",
     "answer", [I("pricing_story"), ACC(BY)], ["variable costs"]),
    (BY, "what would the call schedule add-on normally run them?",
     "answer", [I("pricing_story"), I("renewal_risk")], ["$22,000"]),
    (BY, "who the heck is TRAYS",
     "answer", [I("unexpected_use")], ["loaner"]),
    (BY, "best time to actualy get Marcus on the phone?",
     "answer", [I("channels_surprises"), C("c-by-landry")], ["5:30"]),
    (BY, "What paperwork does Trish need from us before they sign the expansion?",
     "answer", [A("a-by-008"), O("o-by-expansion")], ["W-9", "certificate of insurance"]),
    (BY, "lafayette go-live, when was it and how many ppl did we load",
     "answer", [A("a-by-009"), A("a-by-010")], ["October 19", "48"]),
    (BY, "If Bayou walks at renewal, what's Renee gonna say the reason is, and what's actually behind it?",
     "answer", [I("renewal_risk")], ["consolidating vendors", "call tool"]),
    (BY, "got an email for Brad Feltner? want to loop him in",
     "abstain", [], []),
    (BY, "How many staff are coming over with the Houma center?",
     "abstain", [], []),
    (BY, "are they on workday for HR? any integration w/ us",
     "abstain", [], []),

    # ---- Pinecrest Family Clinics ----
    (PC, "who signs at pinecrest",
     "answer", [I("decision_maker"), C("c-pc-marsh")], ["Marsh"]),
    (PC, "can I pitch the doc on the analytics module?",
     "answer", [I("decision_maker")], ["upsold"]),
    (PC, "did we throw in float pool lite for free?",
     "answer", [I("champion"), I("hidden_commitments"), I("pricing_story"), I("warning_signs")], ["free"]),
    (PC, "did marcy promise Josh a price freeze for next year?",
     "answer", [I("hidden_commitments")], ["flat"]),
    (PC, "why does the renewal opp say 41K if we told them no increase",
     "answer", [I("hidden_commitments"), O("o-pc-renewal")], ["7%"]),
    (PC, "that double ACH charge back in january, how much was it and whats the refund ref",
     "answer", [A("a-pc-001"), A("a-pc-003"), A("a-pc-002"), I("history_sensitivities")], ["$38,500", "RF-20260119-044"]),
    (PC, "why's carol still mad about 3am texts",
     "answer", [I("history_sensitivities"), A("a-pc-004")], ["Pacific"]),
    (PC, "how'd they end up at $26.75 a seat",
     "answer", [I("pricing_story"), ACC(PC)], ["Granite State"]),
    (PC, "what are exam a, b and c in their user list lol",
     "answer", [I("unexpected_use")], ["exam rooms"]),
    (PC, "Why does their user count go up every fall?",
     "answer", [I("unexpected_use"), A("a-pc-008")], ["flu"]),
    (PC, "best way to reach the keene office mgr?",
     "answer", [I("channels_surprises"), C("c-pc-lavoie")], ["front desk"]),
    (PC, "who's the backup admin if Josh bails",
     "answer", [I("org_changes"), I("renewal_risk")], ["Amanda Greene"]),
    (PC, "what cheaper tool were they kicking the tires on back when they almost churned",
     "answer", [I("warning_signs")], ["ShiftPad"]),
    (PC, "When does the renewal order form have to go out?",
     "answer", [A("a-pc-009"), O("o-pc-renewal")], ["December 1"]),
    (PC, "got a phone number for Ken the bookkeeper?",
     "abstain", [], []),
    (PC, "which ACO are they thinking about joining",
     "abstain", [], []),
    (PC, "What date is Josh's January board meeting? I want the ROI sheet done before it.",
     "abstain", [], []),

    # ---- Lakeshore Children's Hospital ----
    (LS, "who's the secret veto at lakeshore",
     "answer", [I("decision_maker"), C("c-ls-oneill")], ["O'Neill"]),
    (LS, "what'd we promise tasha for her doctorate thing",
     "answer", [I("champion"), A("a-ls-007")], ["extract"]),
    (LS, "privacy office ref # for tasha's data request?",
     "answer", [A("a-ls-007")], ["PRV-2026-118"]),
    (LS, "did Marcy lowball the float pool conversion price to the CNO? what number did she float",
     "answer", [I("hidden_commitments"), O("o-ls-floatpool")], ["$58,000"]),
    (LS, "is luis's sandbox free or are we charging for it",
     "answer", [I("hidden_commitments")], ["free through 2027"]),
    (LS, "What's the verbal promise we made to their labor relations director?",
     "answer", [I("hidden_commitments")], ["mandatory overtime"]),
    (LS, "any words i should never say around the union folks",
     "answer", [I("history_sensitivities")], ["leaderboard"]),
    (LS, "What's the change request # that turned off the per-nurse OT ranking view?",
     "answer", [A("a-ls-002")], ["CR-4471"]),
    (LS, "how many of their 40 PS hours have they burned this year",
     "answer", [I("pricing_story")], ["25 hours"]),
    (LS, "who's Biscuit",
     "answer", [I("unexpected_use")], ["dog"]),
    (LS, "who are they affiliating with, and what scheduling tool does that system run?",
     "answer", [I("org_changes"), A("a-ls-008")], ["Great Lakes", "RosterLine"]),
    (LS, "when's the nurses' union contract up",
     "answer", [I("org_changes"), O("o-ls-renewal")], ["June 30, 2027"]),
    (LS, "what did steven park ask us for in october and by when",
     "answer", [A("a-ls-010"), I("warning_signs")], ["termination", "October 23"]),
    (LS, "where n when is the pilot readout",
     "answer", [A("a-ls-011"), O("o-ls-floatpool"), A("a-ls-012")], ["November 18", "3 East"]),
    (LS, "what does kathleen think of the float pool pilot",
     "abstain", [], []),
    (LS, "how did the Nov 18 pilot readout go? did Miriam sign off on converting?",
     "abstain", [], []),
    (LS, "is lakeshore hitting the same UKG duplicate punch issue too?",
     "abstain", [], []),
]


def main():
    bundle = {
        "format": "baton-bundle/v1",
        "users": USERS,
        "accounts": [MERCY, BAYOU, PINECREST, LAKESHORE, STBRENDAN, GULFORTHO],
    }
    interviews = {
        MR: MERCY_INTERVIEW,
        BY: BAYOU_INTERVIEW,
        PC: PINECREST_INTERVIEW,
        LS: LAKESHORE_INTERVIEW,
    }
    questions = []
    for n, (acc, text, expect, gold, must) in enumerate(Q, start=1):
        questions.append({
            "id": "q-%03d" % n,
            "account_id": acc,
            "question": text,
            "expect": expect,
            "gold_sources": gold,
            "must_mention": must,
        })
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-marcy",
        "successor_user_id": "u-tj",
        "manager_user_id": "u-dana",
        "interviews": interviews,
        "questions": questions,
    }
    with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(bundle, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote bundle.json and eval.json: %d questions" % len(questions))


if __name__ == "__main__":
    main()
