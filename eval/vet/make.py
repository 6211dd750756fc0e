#!/usr/bin/env python3
"""Generate bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1).

Vendor: Kestrel Vet Systems (practice management "Kestrel PM" and the
diagnostics-integration product "LabLink"), selling to veterinary clinic
groups and animal hospitals in Canada and the US. Everything is invented.
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

DEPARTING = "u-dana"
SUCCESSOR = "u-marcus"
MANAGER = "u-priya"

USERS = [
    {"id": "u-dana", "name": "Dana Whitcombe", "email": "dana.whitcombe@kestrelvet.test",
     "role": "rep", "manager_id": "u-priya", "team": "Vet Groups North America"},
    {"id": "u-marcus", "name": "Marcus Bellamy", "email": "marcus.bellamy@kestrelvet.test",
     "role": "rep", "manager_id": "u-priya", "team": "Vet Groups North America"},
    {"id": "u-priya", "name": "Priya Natarajan", "email": "priya.natarajan@kestrelvet.test",
     "role": "manager", "team": "Vet Groups North America"},
    {"id": "u-tomas", "name": "Tomás Ibarra", "email": "tomas.ibarra@kestrelvet.test",
     "role": "rep", "manager_id": "u-priya", "team": "Vet Groups North America"},
    {"id": "u-lena", "name": "Lena Fischer", "email": "lena.fischer@kestrelvet.test",
     "role": "rep", "manager_id": "u-priya", "team": "Vet Groups North America"},
    {"id": "u-admin", "name": "Sysadmin Kestrel", "email": "it-admin@kestrelvet.test",
     "role": "admin"},
]

ACCOUNTS = []      # bundle accounts
INTERVIEWS = {}    # account_id -> {question_id: text}
QUESTIONS = []     # eval questions (id assigned at the end)


def contact(cid, name, title, email, phone, role, channel, strength, notes):
    return {"id": cid, "name": name, "title": title, "email": email, "phone": phone,
            "role": role, "preferred_channel": channel,
            "relationship_strength": strength, "notes": notes}


def opp(oid, name, stage, amount, close, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close, "next_step": next_step}


def act(aid, kind, at, contacts, subject, body, direction=None, author="u-dana"):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


def src(token):
    """'i:decision_maker' | 'a:a-ml-001' | 'c:..' | 'o:..' | 'acct:..'"""
    kind, _, ident = token.partition(":")
    if kind == "i":
        return {"kind": "interview", "question_id": ident}
    full = {"a": "activity", "c": "contact", "o": "opportunity", "acct": "account"}[kind]
    return {"kind": full, "id": ident}


def ask(account_id, question, sources, must):
    QUESTIONS.append({"account_id": account_id, "question": question, "expect": "answer",
                      "gold_sources": [src(s) for s in sources], "must_mention": must})


def abstain(account_id, question):
    QUESTIONS.append({"account_id": account_id, "question": question, "expect": "abstain",
                      "gold_sources": [], "must_mention": []})


# ---------------------------------------------------------------------------
# 1. Maple Leaf Veterinary Partners: 60-hospital corporate group, ON/BC.
#    Owner voice: corporate, acronym-heavy, organised but chatty.
# ---------------------------------------------------------------------------
ML = "acc-mapleleaf"
ACCOUNTS.append({
    "id": ML, "name": "Maple Leaf Veterinary Partners", "owner_id": "u-dana",
    "arr": 900000, "segment": "enterprise", "industry": "Veterinary hospital group",
    "territory": "Canada - Ontario & British Columbia", "renewal_date": "2027-03-31",
    "contract_notes": "3-year MSA from 2024-04-01 covering 60 hospitals on Kestrel PM; "
                      "18% enterprise discount off list; LabLink bundled for 40 hospitals; "
                      "annual uplift capped at 4%. Amounts in CAD.",
    "contacts": [
        contact("c-ml-rosalind", "Rosalind Achebe", "Chief Financial Officer",
                "rosalind.achebe@mapleleafvet.test", "+1 416 555 0187", "economic_buyer",
                "email", 3, "Wants a one-line summary at the top of every email."),
        contact("c-ml-kevin", "Kevin Tran", "VP Hospital Operations",
                "kevin.tran@mapleleafvet.test", "+1 416 555 0123", "champion",
                "sms", 5, "Ran the 2024 pilot at Etobicoke and Oakville."),
        contact("c-ml-joanne", "Joanne Fitzgerald", "Director, IT Infrastructure",
                "joanne.fitzgerald@mapleleafvet.test", "+1 647 555 0199", "influencer",
                "chat", 2, "Everything through their ticket queue, please."),
        contact("c-ml-harpreet", "Dr. Harpreet Gill", "Chief Medical Officer",
                "harpreet.gill@mapleleafvet.test", "+1 416 555 0150", "decision_maker",
                "meeting", 2, "Book through his EA, Bernadette Cho."),
        contact("c-ml-sam", "Samantha Leclair", "Procurement Manager",
                "sam.leclair@mapleleafvet.test", "+1 905 555 0176", "other",
                "email", 3, "Goes by Sam. Needs everything on letterhead."),
        contact("c-ml-owen", "Owen Marchetti", "Regional Practice Manager, BC",
                "owen.marchetti@mapleleafvet.test", "+1 604 555 0131", "user",
                "phone", 4, "Runs the 11 Lower Mainland hospitals."),
    ],
    "opportunities": [
        opp("o-ml-renewal", "FY27 Enterprise Renewal", "negotiation", 945000, "2027-03-31",
            "Send 3-year pricing with LabLink expansion to Rosalind by Dec 12"),
        opp("o-ml-lablink", "LabLink expansion - remaining 20 hospitals", "proposal", 168000,
            "2027-06-30", "Align start date with end of their current reference lab contract"),
        opp("o-ml-pacs", "BC imaging add-on (Orca PACS connector)", "discovery", 54000,
            "2027-02-28", "Owen to confirm which BC hospitals have digital radiography"),
    ],
    "activities": [
        act("a-ml-001", "email", "2026-03-19T14:05:00Z", ["c-ml-kevin", "c-ml-harpreet"],
            "LabLink disruption - status update (INC-20417)",
            "Kevin, Dr. Gill - as of 9:30 this morning Halden Diagnostics results are flowing into "
            "patient charts again. Between March 18 and this morning LabLink did not post results for "
            "nine hospitals, mostly in the GTA; total impact window 31 hours. Every delayed result has "
            "been back-filled. Root-cause document to follow within 5 business days.",
            "outbound"),
        act("a-ml-002", "call", "2026-03-24T16:00:00Z", ["c-ml-rosalind"],
            "Call with Rosalind re: March disruption credit",
            "Rosalind asked for a service credit for the March LabLink disruption. Agreed one month of "
            "LabLink fees, CAD 22,500, applied to the April invoice. She wants the credit memo before the "
            "invoice goes out, not after.", None),
        act("a-ml-003", "email", "2026-04-02T13:20:00Z", ["c-ml-rosalind"],
            "Credit memo CM-3318 - March LabLink disruption",
            "Summary: credit of CAD 22,500 issued, memo CM-3318 attached. Rosalind, as discussed on the "
            "24th, this equals one month of LabLink fees for all 40 LabLink hospitals and will show as a "
            "separate line on the April invoice.", "outbound"),
        act("a-ml-004", "meeting", "2026-04-15T15:00:00Z", ["c-ml-kevin", "c-ml-rosalind", "c-ml-harpreet"],
            "Q1 QBR - Toronto head office",
            "Presented the INC-20417 root cause (expired certificate on the Halden interface plus a silent "
            "retry failure). Dr. Gill asked for a monthly turnaround report: time from Halden result "
            "release to chart. Agreed to send it on the 5th of every month. Kevin raised the LabLink "
            "rollout to the remaining 20 hospitals.", None),
        act("a-ml-005", "note", "2026-05-27T18:40:00Z", ["c-ml-owen"],
            "BC imaging interest",
            "Owen Marchetti asked whether Kestrel can pull Orca PACS images into the patient record. Seven "
            "of his BC hospitals have digital radiography on Orca. He wants radiologist reports attached to "
            "the visit, not a separate login. Opened discovery opp.", None),
        act("a-ml-006", "email", "2026-06-18T12:10:00Z", ["c-ml-joanne"],
            "SSO request - ticket KS-48213",
            "Hello Dana. Please see ticket KS-48213. We require SAML single sign-on between Kestrel PM and "
            "our Azure AD tenant for all 60 hospitals. Shared logins at the front desks are a finding in "
            "our last security review. Please provide a delivery date through the ticket. - Joanne",
            "inbound"),
        act("a-ml-007", "meeting", "2026-07-09T17:00:00Z", ["c-ml-kevin"],
            "LabLink expansion planning",
            "Kevin walked through the 20 hospitals not on LabLink. They were acquired after the MSA and are "
            "on a separate reference lab contract that runs until June 2027. Expansion priced at 168K, "
            "start date to match the lab contract end. Kevin wants it in his 'one platform' plan for "
            "the exec team.", None),
        act("a-ml-008", "call", "2026-08-12T19:30:00Z", ["c-ml-joanne"],
            "SSO timeline call",
            "Walked Joanne through the SAML roadmap. She asked for a firm date; told her we are targeting "
            "before their renewal and that Product would confirm in writing. She also asked that any "
            "certificate change on the Halden interface be announced a week ahead through the ticket queue.",
            None),
        act("a-ml-009", "email", "2026-09-10T16:45:00Z", ["c-ml-owen"],
            "Orca PACS connector - budgetary quote",
            "Owen, budgetary number for the PACS connector covering your seven DR hospitals: $54,000 per "
            "year including radiologist report attachment. Implementation roughly 6 weeks per wave. Happy "
            "to walk your regional leads through it.", "outbound"),
        act("a-ml-010", "note", "2026-09-29T20:00:00Z", [],
            "Office hours attendance drop",
            "Monthly regional office hours: attendance fell from about 25 regional managers to 9 this month. "
            "Same thing happened before adoption dipped in 2025. Flag for the Q3 QBR.", None),
        act("a-ml-011", "meeting", "2026-10-21T15:00:00Z", ["c-ml-rosalind", "c-ml-kevin"],
            "Q3 QBR",
            "Rosalind confirmed FY27 is zero-based budgeting: every vendor justified from scratch. She wants "
            "an ROI deck from us before Jan 15. Kevin presented the 'one platform' target. Harpreet did not "
            "attend; Bernadette sent regrets.", None),
        act("a-ml-012", "email", "2026-11-17T14:30:00Z", ["c-ml-sam"],
            "Renewal paperwork - vendor requirements",
            "Dana, ahead of the renewal please send (1) the updated vendor registration form and (2) an "
            "updated certificate of insurance showing cyber liability coverage, both by Dec 5. Nothing can "
            "go to signature without them. Regards, Sam Leclair, Procurement.", "inbound"),
    ],
})

INTERVIEWS[ML] = {
    "decision_maker": (
        "Okay so on paper the renewal runs through Sam Leclair in procurement, but that's a formality. "
        "Rosalind Achebe, the CFO, is the one who actually signs, and internally a few of them call her "
        "'the Auditor' because she reads every single line of the order form. What she cares about "
        "personally is cost per hospital trending down as they add sites. She has one slide, literally one "
        "slide, that goes to their board every quarter with cost-per-hospital for every vendor, and we were "
        "the only line that went up last year because of the uplift. So she wants that number flat or lower. "
        "Dr. Harpreet Gill, the CMO, has a practical veto: if the vets revolt, Rosalind won't sign. But "
        "Harpreet doesn't engage on price at all. He cares about turnaround time on lab results, full stop. "
        "Never pitch Harpreet on money, it actively annoys him."),
    "champion": (
        "Kevin Tran, VP Hospital Ops. Kev has been our guy since the original 2024 deal, he ran the pilot at "
        "Etobicoke and Oakville. What we promised him: a BC road show, which is two days of on-site training "
        "for the Vancouver-area hospitals in Q1 2027, free, not in any SOW. And Felix Amundsen from our "
        "support team as a named escalation contact, which we normally don't do under a million ARR. What "
        "Kevin needs to look good: he's up for an SVP title in the spring, and he's pitching the 'one "
        "platform' story to their exec team, every hospital on Kestrel PM and LabLink by end of 2027. So the "
        "LabLink expansion for the last 20 hospitals is basically his promotion project. If that slips, he "
        "looks bad. Also he likes being credited in front of Rosalind, so cc him and thank him publicly."),
    "hidden_commitments": (
        "Three things that aren't written anywhere. One, the BC road show I mentioned, Kevin has it in his "
        "calendar and we have it in no SOW. Two, I told Joanne Fitzgerald on a call in August that SAML "
        "single sign-on with their Azure tenant would be live before the renewal date. Engineering says "
        "'Q1-ish', so that's exposure; don't repeat a date back to her without checking with Product. Three, "
        "and this one matters: I agreed with Rosalind that if LabLink has another outage over 24 hours "
        "before renewal, we repeat the March credit, meaning another month of LabLink fees, about CAD 22,500. "
        "That was verbal, on a call, there's no email. Priya knows. Oh, and a small one: we mail their "
        "regional managers a printed Kestrel cheat-sheet binder every January. They love the binders. It's "
        "silly but do it."),
    "history_sensitivities": (
        "The big one is the March outage. Internally it's INC-20417, at MLVP they just say 'the March thing'. "
        "LabLink stopped posting Halden Diagnostics results into charts for 31 hours across nine hospitals, "
        "starting March 18th. Vets were phoning Halden for results, and at Mississauga Central a cat's "
        "bloodwork got missed and the owner complained to the provincial veterinary college. Nobody was "
        "sanctioned but Harpreet had to write a response letter and he has not forgotten it. We resolved it "
        "with a root-cause doc, a one-month LabLink credit of CAD 22,500, and the named escalation with Felix. "
        "Still sensitive: don't joke about uptime, never say 'minor incident', and don't bring up the college "
        "complaint unless Harpreet does. Second sore spot is the 2024 invoicing mess, where we double-billed "
        "eleven hospitals for two months; that got sorted with a refund but Rosalind still brings it up when "
        "she wants leverage."),
    "pricing_story": (
        "Structure is a per-hospital platform fee, 60 hospitals, roughly fifteen thousand each before "
        "discount, with LabLink bundled for 40 of them. They got 18% off list because in 2024 they were "
        "consolidating off two legacy PIMS plus a pile of spreadsheets, and we very much wanted the logo for the "
        "Canadian corporate segment. The uplift is capped at 4%; Rosalind fought hardest for that cap, it was "
        "the last thing we agreed. LabLink is only on 40 because the other 20 were acquired after signing "
        "and they're on a separate reference lab contract that doesn't expire until June 2027. That's the "
        "whole LabLink expansion opp, the 168K one, and it's timed to their lab contract, not to our quarter. "
        "Don't push it early; Rosalind knows exactly when that lab contract ends and she'll read it as us "
        "chasing quota."),
    "unexpected_use": (
        "This one's fun. They use the appointment reminder module, which we built for vaccine reminders to "
        "pet owners, to run staff continuing education. Each vet tech is set up as a 'patient' in a fake "
        "clinic called CE Campus, and the reminders go out when their CE credits come due. Totally "
        "unsupported, and it breaks every time we change reminder templates, so warn them before any release "
        "that touches reminders. Second thing: Harpreet's team pulls the LabLink result feed into a "
        "spreadsheet to track antibiotic prescribing after culture results, basically a homemade stewardship "
        "dashboard. They'd love a real report for it, it's come up in two QBRs. Could be a product idea, "
        "could be an upsell, either way Harpreet's team would be the audience."),
    "channels_surprises": (
        "Rosalind: email only, short, with a one-line summary on top; never call her cell unless something "
        "is down. Kevin: text him, honestly, he answers texts in about four minutes, his cell is in the CRM. "
        "Joanne prefers Teams chat and formal tickets, and she hates anything that bypasses the ticket queue. "
        "Harpreet: meetings only, and you go through his EA, Bernadette, he doesn't read vendor email at all. "
        "Sam in procurement wants everything in writing on our letterhead. Who must never be surprised: "
        "Rosalind on anything involving money, any price change, credit or invoice correction, she has to "
        "hear it from us before it shows up on an invoice. And Joanne on anything touching their network or "
        "SSO. She escalated to Kevin once because we pushed a certificate update without telling her first."),
    "org_changes": (
        "A few things. They're hiring a new CIO. The role is posted, they've said it'll be someone from the "
        "human hospital world, start January-ish, and that person will sit above Joanne. Could be good, could "
        "mean a full vendor review; no name yet. Second, they're acquiring a group in Alberta, I think eight "
        "or nine hospitals. They call it Project Chinook, it's not public, Kevin told me in confidence, so "
        "don't mention it to anyone but Kevin. Third, budget: Rosalind moved to zero-based budgeting for FY27, "
        "meaning every vendor line gets justified from scratch in January. So the ROI deck has to be done "
        "before then, and it should lead with cost per hospital because that's her slide."),
    "warning_signs": (
        "Before the 2024 negotiation Rosalind went dark for about five weeks and then procurement suddenly "
        "asked for hospital-by-hospital usage reports. That preceded a 'we are evaluating alternatives' letter "
        "and the whole fight over the uplift cap. So if Sam asks for usage data out of nowhere, that's the "
        "tell; an audit of usage is basically their opening move. Another one: when Kevin starts cc'ing "
        "Joanne on everything, he's covering himself; that happened right before the March thing got "
        "escalated. Smaller tell: when the regional managers stop showing up to monthly office hours, "
        "adoption problems follow about a quarter later. Attendance dropped in September, from about 25 to 9, "
        "so keep an eye on it."),
    "renewal_risk": (
        "If it slips, the stated reason will be 'zero-based budgeting review' or 'waiting for the new CIO'. "
        "The real reason will be one of two things. Either Joanne pushing to consolidate onto their ERP "
        "vendor's practice module, she's been talking to them and said the name Veridian twice, or Harpreet "
        "still not trusting LabLink after March, and Rosalind won't sign something her CMO is lukewarm on. "
        "I'd call it 60-40 the Harpreet thing. The fix is getting Harpreet a clean turnaround report, Halden "
        "results to chart under 10 minutes, for six straight months, delivered on the 5th like we agreed. "
        "If the December and January reports are clean, you're in decent shape."),
}

ask(ML, "who's the money person at maple leaf, like who actually signs the renewal?",
    ["i:decision_maker"], ["Rosalind"])
ask(ML, "whats Kevin's cell #? want to text him before the QBR",
    ["c:c-ml-kevin"], ["0123"])
ask(ML, "Did we promise the Vancouver hospitals some free training thing?",
    ["i:champion", "i:hidden_commitments"], ["road show"])
ask(ML, "how big was the credit after the lab results stopped syncing in the spring",
    ["i:history_sensitivities", "i:hidden_commitments", "a:a-ml-002", "a:a-ml-003"], ["22,500"])
ask(ML, "What's the ticket number for their IT director's single sign-on request?",
    ["a:a-ml-006"], ["48213"])
ask(ML, "is there a side deal if LabLink craps out again before the renewal",
    ["i:hidden_commitments"], ["24 hours"])
ask(ML, "I heard they're using the reminders feature for staff stuff? what's that about",
    ["i:unexpected_use"], ["CE Campus"])
ask(ML, "what's the code name for the acquisition they're doing out west in Alberta",
    ["i:org_changes"], ["Chinook"])
ask(ML, "What did procurement ask us to send before Dec 5?",
    ["a:a-ml-012"], ["insurance"])
ask(ML, "what's the dollar figure on the deal to put lablink in the last 20 hospitals",
    ["o:o-ml-lablink", "a:a-ml-007", "i:pricing_story"], ["168"])
abstain(ML, "Who did Maple Leaf hire as the new CIO?")
abstain(ML, "What does Harpreet think about the Orca PACS connector for BC?")
abstain(ML, "How much was the refund when we double-billed those hospitals in 2024?")

# ---------------------------------------------------------------------------
# 2. Prairie Paws Animal Clinics: 3 clinics, owner-run, Saskatchewan.
#    Owner voice: folksy, short sentences, homey asides.
# ---------------------------------------------------------------------------
PP = "acc-prairiepaws"
ACCOUNTS.append({
    "id": PP, "name": "Prairie Paws Animal Clinics", "owner_id": "u-dana",
    "arr": 31500, "segment": "smb", "industry": "Veterinary clinics",
    "territory": "Canada - Saskatchewan", "renewal_date": "2027-01-15",
    "contract_notes": "Small-practice bundle, 3 clinics (Eighth Street Saskatoon, Warman, Martensville) at "
                      "$875 per clinic per month, annual term, monthly pre-authorized debit. CAD.",
    "contacts": [
        contact("c-pp-gord", "Dr. Gord Halvorsen", "Owner & Practice Veterinarian",
                "gord@prairiepaws.test", "+1 306 555 0142", "decision_maker",
                "phone", 4, "Clinic landline, mornings. Does not read email."),
        contact("c-pp-linda", "Linda Halvorsen", "Office Manager & Bookkeeper",
                "linda@prairiepaws.test", "+1 306 555 0143", "economic_buyer",
                "email", 4, "Prints everything. Mail paper copies of anything financial."),
        contact("c-pp-brenda", "Brenda Olafson", "Head Receptionist, Eighth Street",
                "front@prairiepaws.test", "+1 306 555 0140", "champion",
                "sms", 5, "Goes by Bren."),
        contact("c-pp-trevor", "Trevor Mikkelsen", "IT (part-time contractor)",
                "trevor.mikkelsen@prairiepaws.test", "+1 306 555 0178", "influencer",
                "email", 3, "Weekends only; day job at the co-op."),
        contact("c-pp-chu", "Dr. Aimee Chu", "Associate Veterinarian, Warman clinic",
                "achu@prairiepaws.test", "+1 306 555 0191", "blocker",
                "email", 2, "Formal. Not a fan of the SMS reminders."),
    ],
    "opportunities": [
        opp("o-pp-renewal", "2027 Renewal", "proposal", 31500, "2027-01-15",
            "Mail Linda a paper renewal quote at the 2027 price agreed in May"),
        opp("o-pp-lablink", "LabLink add-on for in-house analyzer", "closed_lost", 7800, "2026-09-30",
            "Revisit after renewal"),
    ],
    "activities": [
        act("a-pp-001", "call", "2026-03-05T14:30:00Z", ["c-pp-gord"],
            "Check-in with Gord",
            "Gord called from the Eighth Street clinic at 8:10am. Asked whether the Warman server can go to the "
            "cloud version before winter. Mentioned he is still doing preg-checks on a couple of herds out past "
            "Warman and wants the notes field bigger.", None),
        act("a-pp-002", "email", "2026-04-14T16:00:00Z", ["c-pp-linda"],
            "April invoice - PST line",
            "Hi Linda, the April invoice now shows Saskatchewan PST as its own line, which is why it looks "
            "different. The total is unchanged. I've also put a paper copy in the mail to the Eighth Street "
            "clinic as you asked.", "outbound"),
        act("a-pp-003", "email", "2026-05-06T15:15:00Z", ["c-pp-gord", "c-pp-linda"],
            "Confirming your 2027 pricing",
            "Gord, Linda - thank you again for doing the SVMA webinar with us. As promised, your 2027 renewal "
            "will have no uplift for 2027: same $875 per clinic per month, $31,500 for the year.",
            "outbound"),
        act("a-pp-004", "call", "2026-06-10T17:45:00Z", ["c-pp-brenda"],
            "Reminder sent to family of deceased pet - ticket KS-51877",
            "Bren called, upset. An SMS vaccine reminder went to a family whose dog was euthanized last week; "
            "the patient was not marked deceased in time. The family posted about it on Facebook. Opened "
            "ticket KS-51877 and escalated to the reminders team.", None),
        act("a-pp-005", "email", "2026-06-12T13:00:00Z", ["c-pp-gord"],
            "Our apology and the fix",
            "Gord, I'm very sorry about this week. Release 24.6.2 now checks the deceased flag and any pending "
            "euthanasia or cremation invoice before a reminder is sent. We have credited one month, $2,625, on "
            "your July invoice. Please pass our apologies to Bren as well.", "outbound"),
        act("a-pp-006", "email", "2026-07-22T19:20:00Z", ["c-pp-chu"],
            "Request: vaccine SMS at Warman",
            "Dear Dana, I would like the automatic vaccine text messages disabled for the Warman clinic. Our "
            "clients prefer a phone call from the clinic. Could you please confirm whether this can be set "
            "per clinic. Regards, Dr. Aimee Chu", "inbound"),
        act("a-pp-007", "note", "2026-08-19T21:00:00Z", ["c-pp-trevor"],
            "Warman cloud move",
            "Trevor replied on the weekend: happy to take the free remote help moving Warman off the local "
            "server, about four hours. He will pick a Saturday. Nothing booked yet.", None),
        act("a-pp-008", "call", "2026-09-15T15:30:00Z", ["c-pp-linda"],
            "LabLink add-on",
            "Linda on the LabLink add-on for the VetraScan analyzer at Eighth Street ($7,800 a year): 'not this "
            "year'. Marked the opp lost; revisit after renewal.", None),
        act("a-pp-009", "email", "2026-10-07T14:10:00Z", ["c-pp-brenda"],
            "Your no-show numbers",
            "Bren, here are the numbers you asked for: no-show rate at the three clinics went from 11.2% before "
            "SMS reminders to 6.1% over the last twelve months. Print away!", "outbound"),
        act("a-pp-010", "call", "2026-11-03T14:20:00Z", ["c-pp-gord"],
            "Renewal call",
            "Gord fine with renewal in principle; wants the quote mailed on paper to Linda. Says they will "
            "probably hire a practice manager next year so Linda can step back from the books.", None),
    ],
})

INTERVIEWS[PP] = {
    "decision_maker": (
        "It's Doc Gord. Gord Halvorsen. He owns all three clinics and nothing gets signed without him. But, "
        "and this is the thing, he won't sign a thing Linda hasn't looked at. Linda's his wife, she does the "
        "books out of Eighth Street, that's the main clinic in Saskatoon. So really it's a two-key deal. "
        "What Gord cares about is his vets not doing paperwork at ten at night. He was a mixed-animal vet for "
        "twenty years before going small-animal and he's got zero patience for clicking. Linda cares about "
        "the monthly number being the same every month. She hated the year we tried quarterly invoicing. "
        "Monthly, same amount, debit on the first. That's it. If you can tell Gord 'this saves your front "
        "desk an hour a day', he'll listen to you all morning."),
    "champion": (
        "Brenda Olafson. Bren. Head receptionist at Eighth Street, been there like nineteen years, trained "
        "on the old paper system. She's the one who pushed Gord to buy us in the first place, because online "
        "booking cut her phone volume in half. What I promised her: I said I'd get her a seat on our "
        "small-practice advisory council next spring. No guarantee, I put her name in with Priya. I also sent "
        "her a Kestrel hoodie and she actually wears it, so. What she needs to look good: every year Gord asks "
        "'is this thing worth it', and she needs a number. This year I gave her the no-show rate, 11.2% down "
        "to 6.1% after SMS reminders, and she printed it and put it on his desk. Do that again before "
        "renewal. Pull the stats for her."),
    "hidden_commitments": (
        "Okay, one big one. When they did the SVMA webinar for us I told Gord we'd hold the price flat for "
        "2027, no uplift. I did put it in an email in May, but it's not in the contract. So don't you dare "
        "send a quote with the 5% on it. Linda will phone me. Well, phone you. Second, I told Trevor, he's "
        "their IT guy, Linda's nephew, does it on weekends, that we'd remote in and help him move the Warman "
        "server stuff to the cloud version for free. Call it four hours. He still hasn't picked a Saturday. "
        "Third, small: Gord likes the wall calendar. We mail him a Kestrel calendar every December. It hangs "
        "in the Eighth Street break room. Don't forget it, he noticed the one year it came late."),
    "history_sensitivities": (
        "So, the ransomware thing. Not ours. Their old server at Warman got hit in 2023, before us, and "
        "that's partly why they bought. Anything about security, tread carefully, Gord lost two weeks of "
        "records and he gets twitchy. What went wrong with us: in June, an SMS reminder saying 'your pet is "
        "due for vaccines' went to a family whose dog had been put down the week before. The record hadn't "
        "been marked deceased, front desk thing really, but the family posted on Facebook and Gord was "
        "really upset. We shipped a fix so reminders check the deceased flag, I phoned Gord myself, and we "
        "comped a month, $2,625. Don't ever mention that family or the post. Still sensitive: Dr. Chu at "
        "Warman thinks the reminders are 'tacky' and she brings it up at every chance."),
    "pricing_story": (
        "They're on the small-practice bundle. $875 a clinic a month, three clinics, so $31,500 a year. "
        "That's a bit under list actually. List is $950, I gave them $75 off per clinic because they agreed "
        "to be the reference for the SVMA webinar. Martensville is their smallest, honestly a one-vet shop, "
        "and Linda wanted to pay half for it. I said no to that, but I gave them the flat 2027 instead. "
        "LabLink isn't in there. They have one VetraScan chem analyzer at Eighth Street, they looked at the "
        "LabLink add-on at $7,800 a year and Linda said 'not this year'. That's the little lost opp in the "
        "CRM. Come back to it after renewal, not before."),
    "unexpected_use": (
        "Ha. So Gord still does some farm calls, cattle and a few horses out past Warman, and he uses the "
        "patient records for the herd work. He creates one 'patient' per herd with the ranch name and puts "
        "preg-check results in the notes field. The species dropdown says 'Bovine (herd)' because Trevor "
        "added a custom value. Our product is not built for that at all, the dosing calculator goes nuts on "
        "a 600-kilo patient. Also Bren uses the boarding calendar to book the grooming lady who comes in "
        "Thursdays, Cheryl, because there's no resource scheduling in the small bundle. Both are fine, just "
        "don't let anybody 'clean up' the custom species list."),
    "channels_surprises": (
        "Gord: phone. The clinic landline, mornings before 8:30, before appointments start. He doesn't read "
        "email, like at all. Linda: email's fine but she prints everything, and for anything money you mail "
        "her a paper copy too, yes, Canada Post. Bren: text or the clinic line, she's quick. Trevor: email, "
        "weekends only, he's got a day job at the co-op. Dr. Chu: she's at Warman, prefers email, and she's "
        "kind of formal, so 'Dear Dr. Chu', not 'Hey Aimee'. Never surprise Linda with an invoice change. "
        "Ever. Even a tax line. When the PST line moved on the April invoice she called me three times."),
    "org_changes": (
        "The big one: Gord is 63 and he's been talking about selling. There's a corporate group sniffing "
        "around, he wouldn't say who, just 'one of the big consolidators out of Toronto'. If he sells, we "
        "either get folded into a corporate deal or ripped out. Dr. Aimee Chu, who runs Warman, might buy in "
        "as a partner instead, and that's what Gord would prefer. Also Linda wants to retire from the books, "
        "so they're planning to hire a practice manager in 2027. That person would be new and would probably "
        "own the software day to day. Worth getting in early with whoever it is."),
    "warning_signs": (
        "Honestly the main tell is Linda calling instead of emailing. When Linda phones, something's off. "
        "Before the June reminder mess Linda had called twice about the SMS bill going up, the per-text "
        "overage, and we kind of shrugged it off, and then the Facebook thing hit and it all piled up at "
        "once. Another one: when Gord starts saying 'the old system did that', he's frustrated. He said it a "
        "lot in the first three months. And if Trevor stops replying on weekends, it usually means Gord told "
        "him to quit spending time on us."),
    "renewal_risk": (
        "Stated reason if it slips: 'we're waiting to see about the practice sale'. Gord will say that. "
        "Real reason: Dr. Chu. She's been demoing another system, something cheaper for small practices, "
        "she sent me a screenshot by accident once. If she buys in as a partner she gets a vote and she "
        "wants her own thing at Warman. Also price: if the quote shows any uplift, Linda will use it as the "
        "reason. So hold the flat price, get Bren her stats, and maybe get Chu on a call about the reminder "
        "settings she hates. They can turn off vaccine texts per clinic, she just doesn't know it yet."),
}

ask(PP, "who do i need to get the renewal signed by at prairie paws?",
    ["i:decision_maker"], ["Gord"])
ask(PP, "Did Dana promise them no price bump next year or am I making that up",
    ["i:hidden_commitments", "a:a-pp-003", "i:pricing_story"], ["no uplift"])
ask(PP, "what time of day should i ring the owner doc",
    ["i:channels_surprises"], ["8:30"])
ask(PP, "what happened with the text that went out to the family whose dog died?",
    ["i:history_sensitivities", "a:a-pp-004", "a:a-pp-005"], ["deceased"])
ask(PP, "ticket # for that reminder screwup in june?",
    ["a:a-pp-004"], ["51877"])
ask(PP, "whats the email for the vet who runs the warman clinic",
    ["c:c-pp-chu"], ["achu@prairiepaws.test"])
ask(PP, "how much was the lab hookup add-on they passed on?",
    ["o:o-pp-lablink", "a:a-pp-008", "i:pricing_story"], ["7,800"])
ask(PP, "wait is the doc using our software to track cows??",
    ["i:unexpected_use", "a:a-pp-001"], ["herd"])
ask(PP, "what were the no-show numbers before and after the texting went live",
    ["a:a-pp-009", "i:champion"], ["6.1%"])
abstain(PP, "Which consolidator is talking to Gord about buying the practice?")
abstain(PP, "Which system has Dr. Chu been demoing for Warman?")

# ---------------------------------------------------------------------------
# 3. Bayshore Animal Hospitals: 14 hospitals, Gulf Coast Florida.
#    Owner voice: fast, run-on, sports metaphors, lots of abbreviations.
# ---------------------------------------------------------------------------
BS = "acc-bayshore"
ACCOUNTS.append({
    "id": BS, "name": "Bayshore Animal Hospitals", "owner_id": "u-dana",
    "arr": 238000, "segment": "mid_market", "industry": "Veterinary hospital group",
    "territory": "US - Florida", "renewal_date": "2027-02-15",
    "contract_notes": "14 hospitals (Tampa, St. Pete, Clearwater, Sarasota, Fort Myers). Kestrel PM + LabLink. "
                      "2-year term ending 2027-02-15. 10% discount; net-30 terms. USD.",
    "contacts": [
        contact("c-bs-marisol", "Marisol Vega", "Chief Operating Officer",
                "mvega@bayshoreanimal.test", "+1 813 555 0164", "decision_maker",
                "phone", 3, "Calls back same day if you leave a voicemail with a number in it."),
        contact("c-bs-derek", "Derek Pruitt", "Director of Practice Systems",
                "dpruitt@bayshoreanimal.test", "+1 727 555 0148", "champion",
                "chat", 5, "Slack Connect channel #kestrel-bayshore."),
        contact("c-bs-frank", "Frank Castellano", "Chief Financial Officer",
                "fcastellano@bayshoreanimal.test", "+1 813 555 0107", "economic_buyer",
                "email", 2, "Golfer. Wants numbers, not decks."),
        contact("c-bs-tonya", "Dr. Tonya Reese", "Medical Director, Sarasota",
                "treese@bayshoreanimal.test", "+1 941 555 0122", "influencer",
                "email", 4, "Sponsor of the televet pilot idea."),
        contact("c-bs-ashley", "Ashley Nguyen", "Client Services Manager",
                "anguyen@bayshoreanimal.test", "+1 727 555 0185", "user",
                "email", 3, "Owns front-desk training across all 14 hospitals."),
        contact("c-bs-luis", "Luis Ortega", "IT Manager",
                "lortega@bayshoreanimal.test", "+1 813 555 0139", "blocker",
                "email", 2, "Owns firewall and network changes; change window is Tuesday nights."),
    ],
    "opportunities": [
        opp("o-bs-renewal", "2027 Renewal + Venice and Punta Gorda", "negotiation", 262000, "2027-02-15",
            "Frank wants a side-by-side of 14 vs 16 hospital pricing"),
        opp("o-bs-televet", "Kestrel Televet pilot - Sarasota", "proposal", 36000, "2027-03-31",
            "Dr. Reese to pick the two pilot doctors"),
    ],
    "activities": [
        act("a-bs-001", "meeting", "2026-03-12T14:00:00Z", ["c-bs-marisol", "c-bs-derek"],
            "Annual planning - Tampa HQ",
            "Marisol laid out the 2026 plan: two new hospitals (Venice, Punta Gorda) opening by Q1 2027. Derek "
            "wants the Paw Perks loyalty program connected to Kestrel PM through the API.", None),
        act("a-bs-002", "chat", "2026-04-08T18:22:00Z", ["c-bs-derek"],
            "Slack: API sandbox",
            "Derek: any update on the sandbox for Paw Perks? Dana: spinning it up this week, no charge, you'll "
            "have keys by Friday.", None),
        act("a-bs-003", "email", "2026-05-20T13:40:00Z", ["c-bs-tonya"],
            "Televet pilot idea",
            "Dr. Reese asked about video rechecks for post-op patients at Sarasota. Sent the Kestrel Televet "
            "one-pager and a pilot quote of $36,000 for a year, two doctors.", "outbound"),
        act("a-bs-004", "email", "2026-07-01T15:05:00Z", ["c-bs-frank"],
            "Payment terms",
            "Dana - going forward we'd like net-60 on all software vendors. Please confirm you can accommodate "
            "for the August invoice. - Frank", "inbound"),
        act("a-bs-005", "call", "2026-07-03T16:30:00Z", ["c-bs-frank"],
            "Call with Frank re: net-60",
            "Told Frank finance can do net-45 this year, net-60 would need approval tied to the renewal. He "
            "was fine but said he is 'cutting vendor count by a third' next year.", None),
        act("a-bs-006", "note", "2026-08-14T20:10:00Z", ["c-bs-luis"],
            "LabLink firewall change stuck",
            "Luis has not opened the port for the new LabLink relay. Third week. He says the change window is "
            "Tuesday nights only and ours is 'not a priority'. Derek escalating internally.", None),
        act("a-bs-007", "email", "2026-10-09T11:00:00Z", ["c-bs-marisol", "c-bs-derek"],
            "Hurricane Delphine - Fort Myers status",
            "Marisol, Derek - both Fort Myers hospitals are running on offline mode. Sync will catch up once "
            "power is back. Our support line is open 24/7 for you this week, reference case KS-60214.",
            "outbound"),
        act("a-bs-008", "email", "2026-10-18T14:25:00Z", ["c-bs-marisol"],
            "October fees for Fort Myers",
            "Marisol, we are waiving October subscription fees for the two Fort Myers hospitals, $2,830 in "
            "total. Nothing you need to do; it will show on the November invoice.", "outbound"),
        act("a-bs-009", "meeting", "2026-11-05T15:00:00Z", ["c-bs-frank", "c-bs-marisol", "c-bs-derek"],
            "Renewal kickoff",
            "Frank asked for a side-by-side of 14 vs 16 hospitals and the price if they add Venice and Punta "
            "Gorda. Marisol asked that Ashley get front-desk training dates for the new hospitals in January.",
            None),
        act("a-bs-010", "email", "2026-11-20T17:00:00Z", ["c-bs-ashley"],
            "Training dates for Venice and Punta Gorda",
            "Ashley, proposed front-desk training: Venice Jan 12-13, Punta Gorda Jan 14-15, trainer Mo Haddad. "
            "Let me know if the hospital managers can free up their teams.", "outbound"),
    ],
})

INTERVIEWS[BS] = {
    "decision_maker": (
        "So Marisol Vega, the COO, is the quarterback, she calls the plays, the renewal is hers. Frank "
        "Castellano, the CFO, is the guy who can blow the whistle and kill it, but he doesn't decide what "
        "they run, he decides what they pay, totally different thing. What Marisol personally cares about is "
        "the two new hospitals, Venice and Punta Gorda, opening clean, like day-one-ready, because she "
        "promised the owners, the Delgado family, that the new sites would be profitable in year one and "
        "that's her whole bonus basically. If you make the new-hospital launch smooth she will sign whatever "
        "makes sense. Frank personally cares about vendor count, he wants fewer vendors, period, he told me "
        "he's cutting a third of them."),
    "champion": (
        "Derek Pruitt, Director of Practice Systems, everybody calls him D-Prue, he's our guy, total MVP. "
        "He lives in the Slack Connect channel, that's where you get him. What we promised him, okay, so a "
        "free API sandbox for their loyalty program, Paw Perks, which we already spun up in April, no charge, "
        "and I also told him that when they go to production we wouldn't charge the API tier for the first "
        "year, that's the part that's not written down anywhere. What he needs to look good: Paw Perks live "
        "before the Venice opening, because he pitched it to Marisol as the 'new hospital welcome offer', "
        "free first exam for loyalty members. If that's live by January he's a hero, if not it's on him."),
    "hidden_commitments": (
        "Okay so, list. One, the free API tier for Paw Perks in year one, I told Derek on a call, nothing in "
        "writing, it's like $9,000 of value so flag it to Priya. Two, I told Frank, kind of jokingly but not "
        "really, that if they add Venice and Punta Gorda we'd hold the per-hospital price, same as today, "
        "for the two new ones. That's the price-lock thing, he will absolutely remember it. Three, I promised "
        "Frank a foursome at the customer summit golf day in April, him plus three of his guys, that's a "
        "marketing budget thing, talk to events. Four, Ashley gets a trainer on site for each new hospital "
        "opening, we normally do remote, I said on site."),
    "history_sensitivities": (
        "Biggest thing, Hurricane Delphine in October, the Fort Myers hospitals were on offline mode for like "
        "four days, and honestly offline mode did okay, but when sync came back we had a bunch of duplicate "
        "invoices, like clients got charged twice on their cards for about 140 visits, and the front desks "
        "were eating it from angry clients right after a hurricane, awful timing. We fixed the dupes in "
        "about a week, refunded through their processor, and waived October fees for both Fort Myers "
        "hospitals. Still sensitive: do not call it 'the sync bug' in front of Marisol, she lost a lot of "
        "goodwill with the Fort Myers staff. Older thing, the Luis firewall standoff in August, Derek had to "
        "go over his head and Luis hasn't forgiven anyone for it."),
    "pricing_story": (
        "It's 14 hospitals at about seventeen grand each, 10% off, and that 10% was basically the price of "
        "getting them off their old system in the middle of a lease year, they were paying a cancellation "
        "fee to the old vendor and we ate some of it through the discount. LabLink is included because "
        "Derek insisted, they use two reference labs and it's the only way he could keep the vets from "
        "logging into two portals. Two-year term because Frank won't do three, he hates long commitments "
        "ever since the old vendor lock-in. Net-30 on paper, they asked for net-60, finance gave them net-45 "
        "this year. The renewal opp is at $262,000 because it assumes 16 hospitals with the two new ones at "
        "the current rate, which is that price-lock thing."),
    "unexpected_use": (
        "So this is kind of genius, they use the inventory module to track hurricane kits. Like each hospital "
        "has an 'item' for generator fuel, sandbags, crates, the oxygen concentrators, and they set reorder "
        "points so before the season starts, June 1st, they get alerts. Derek built it after Hurricane "
        "season 2024. Not what inventory is for, it messes up their cost-of-goods reports, Frank complains "
        "about that. Also the LabLink critical-value alerts, they route them to the after-hours texting so "
        "the on-call vet gets paged on a critical potassium or whatever. We didn't design that, it works, "
        "but if texting has an outage it's a patient safety thing so be careful."),
    "channels_surprises": (
        "Marisol, phone, leave a voicemail with a number in it, like an actual dollar figure or a date, and "
        "she calls back same day, if it's vague she won't. Derek is Slack, always Slack. Frank, email, short, "
        "with the number in the subject line, he doesn't open attachments, so paste the table in the body. "
        "Dr. Reese, email, she's slow, like a week. Ashley, email or just call the Clearwater hospital. Luis, "
        "email, formal, and cc Derek so there's a paper trail. Must never be surprised: Marisol on anything "
        "that touches the new hospitals opening dates, and Frank on anything that changes an invoice total, "
        "even downward, he needs to book it."),
    "org_changes": (
        "Okay big picture, the Delgado family owns it and there's chatter about a PE recap, some private "
        "equity group taking a majority stake next year, Marisol hinted at it, I think, at the planning meeting, "
        "nothing official. If that happens Frank probably gets replaced or gets a boss. Also Dr. Reese is "
        "retiring at the end of 2027, and they're starting a search for a Chief Medical Officer, first one "
        "they've ever had, and that person would own the televet pilot. And the Venice and Punta Gorda "
        "openings add about 60 staff, so Ashley's team is getting split into two regions."),
    "warning_signs": (
        "Frank asking for payment terms changes, that's the first domino, he did the net-60 thing in July, "
        "and with the old vendor that came right before they ran an RFP, Derek told me that. Second, Luis "
        "slow-walking a firewall change, that's usually Luis getting told by someone upstairs not to invest "
        "in us, so watch for any stalled tickets with Luis. Third, Marisol stops returning voicemails, it's "
        "happened once, in the spring, and that was right before she asked for the renewal to be pulled "
        "forward so she could 'lock the budget', which ended fine but it was a scare."),
    "renewal_risk": (
        "Stated reason if it slips, they'll say 'hurricane recovery capex', Fort Myers needed a new roof and "
        "generators, so cash is tight, that's what Frank will say. Real reason, Frank's vendor-count thing, "
        "he wants one vendor for PIMS plus payments plus phones, and we don't do phones, so a bundle vendor "
        "could come in under us. Second real reason, if the PE recap happens the new owners might freeze "
        "everything. Your defense is Derek and Paw Perks, if Paw Perks is live on Kestrel, switching is "
        "really painful, plus the price-lock on the new hospitals makes Frank's math work."),
}

ask(BS, "who's really calling the shots on the Bayshore renewal",
    ["i:decision_maker"], ["Marisol"])
ask(BS, "what's the slack channel for D-Prue?",
    ["c:c-bs-derek"], ["#kestrel-bayshore"])
ask(BS, "did we promise to hold pricing if they open the two new hospitals",
    ["i:hidden_commitments", "i:pricing_story"], ["Venice"])
ask(BS, "what perks did we promise the CFO? heard there's golf involved",
    ["i:hidden_commitments"], ["foursome"])
ask(BS, "What did we waive for the Fort Myers sites after the storm, and how much?",
    ["a:a-bs-008", "i:history_sensitivities"], ["2,830"])
ask(BS, "what was the support case number during the hurricane",
    ["a:a-bs-007"], ["60214"])
ask(BS, "why does their inventory have sandbags and generator fuel in it lol",
    ["i:unexpected_use"], ["hurricane kits"])
ask(BS, "How many vendors is the finance guy trying to cut?",
    ["i:decision_maker", "a:a-bs-005"], ["third"])
ask(BS, "which days is the trainer at the Punta Gorda hospital in january",
    ["a:a-bs-010"], ["Jan 14-15"])
ask(BS, "what payment terms did finance end up giving them this year",
    ["i:pricing_story", "a:a-bs-005"], ["net-45"])
abstain(BS, "What did Frank think of the televet pilot?")
abstain(BS, "Which private equity group is looking at the recap?")

# ---------------------------------------------------------------------------
# 4. Cascadia Emergency & Specialty Veterinary Centers: 5 ER/specialty hospitals.
#    Owner voice: technical, numbered points, integration jargon.
# ---------------------------------------------------------------------------
CS = "acc-cascadia"
ACCOUNTS.append({
    "id": CS, "name": "Cascadia Emergency & Specialty Veterinary Centers", "owner_id": "u-dana",
    "arr": 186000, "segment": "mid_market", "industry": "Veterinary emergency & specialty",
    "territory": "US - Washington & Oregon", "renewal_date": "2027-04-30",
    "contract_notes": "5 hospitals (Seattle, Tacoma, Bellevue, Portland, Eugene), 24/7 ER plus oncology, "
                      "cardiology and imaging. Kestrel PM + LabLink + API Standard tier (60 requests/min). "
                      "Support SLA: 1-hour response for P1. USD.",
    "contacts": [
        contact("c-cs-naomi", "Dr. Naomi Whitfield", "CEO & Founding Criticalist",
                "nwhitfield@cascadiavet.test", "+1 206 555 0110", "decision_maker",
                "meeting", 3, "Still works two overnight ER shifts a month."),
        contact("c-cs-rajiv", "Rajiv Menon", "Director of Clinical Informatics",
                "rmenon@cascadiavet.test", "+1 206 555 0158", "champion",
                "email", 5, "Writes his own HL7 mappings."),
        contact("c-cs-ellen", "Ellen Sorensen", "Controller",
                "esorensen@cascadiavet.test", "+1 253 555 0172", "economic_buyer",
                "email", 3, "Approves anything over $10k."),
        contact("c-cs-jamal", "Jamal Okafor", "Imaging Supervisor",
                "jokafor@cascadiavet.test", "+1 425 555 0196", "user",
                "phone", 4, "Runs the CT and MRI worklists across Seattle and Bellevue."),
        contact("c-cs-becca", "Becca Lindqvist", "Hospital Administrator, Portland",
                "blindqvist@cascadiavet.test", "+1 503 555 0134", "influencer",
                "phone", 3, "Being groomed for a group-wide operations role."),
    ],
    "opportunities": [
        opp("o-cs-renewal", "FY27 Renewal", "discovery", 195000, "2027-04-30",
            "Draft renewal with API tier change; review with Rajiv first"),
        opp("o-cs-dicom", "Orca PACS DICOM modality worklist integration", "proposal", 42000, "2026-12-31",
            "Jamal to validate the MWL test feed on the Bellevue CT"),
        opp("o-cs-api", "API Plus tier for referral portal", "proposal", 18000, "2027-01-31",
            "Ellen needs the usage numbers behind the upgrade"),
    ],
    "activities": [
        act("a-cs-001", "meeting", "2026-03-03T18:00:00Z", ["c-cs-rajiv", "c-cs-jamal"],
            "Imaging integration workshop",
            "Walked through DICOM modality worklist: orders created in Kestrel PM populate the CT/MRI worklist "
            "on Orca PACS, study status flows back. Jamal estimates 20 minutes saved per CT by removing double "
            "entry. Rajiv asked to be in the beta.", None),
        act("a-cs-002", "email", "2026-04-22T09:15:00Z", ["c-cs-rajiv"],
            "Tacoma overnight lockout - RCA",
            "Rajiv, RCA attached. At 02:10 on April 19 a password policy change forced resets for every Tacoma "
            "user; the reset emails queued behind a mail relay limit, so the overnight ER team was locked out "
            "for 47 minutes and worked on paper. Fix: policy changes now blocked between 20:00 and 07:00 local "
            "for 24/7 sites.", "outbound"),
        act("a-cs-003", "call", "2026-04-23T17:00:00Z", ["c-cs-naomi"],
            "Call with Dr. Whitfield re: Tacoma lockout",
            "Naomi was on shift in Seattle that night and heard about it from the Tacoma criticalist. Very "
            "direct: 'an ER cannot be locked out of its charts, ever'. Asked what our overnight phone response "
            "really is.", None),
        act("a-cs-004", "email", "2026-06-02T16:30:00Z", ["c-cs-ellen"],
            "Referral portal API usage",
            "Ellen, the referral portal is hitting the API Standard limit of 60 requests/min between 7 and 9am "
            "when discharge summaries go out. API Plus (600/min) is $18,000 a year. Happy to send the graphs.",
            "outbound"),
        act("a-cs-005", "note", "2026-08-11T22:00:00Z", ["c-cs-rajiv"],
            "Discharge summaries delayed to referring vets",
            "Rate limiting on the referral portal meant discharge summaries to referring DVMs were delayed "
            "from Aug 6 to Aug 9. About 310 summaries resent. Temporarily raised their limit to 600/min at no "
            "charge until renewal, approved by Priya.", None),
        act("a-cs-006", "email", "2026-08-12T15:45:00Z", ["c-cs-becca"],
            "Portland referral complaints",
            "Becca forwarded two complaints from referring clinics in Beaverton who never got discharge "
            "summaries. Replied with the cause and that the limit is raised; offered to call both clinics.",
            "inbound"),
        act("a-cs-007", "meeting", "2026-09-17T17:30:00Z", ["c-cs-jamal", "c-cs-rajiv"],
            "MWL test feed",
            "Test feed for modality worklist set up against the Bellevue CT. Two mapping issues: species code "
            "and weight units (kg vs lb). Rajiv fixing mappings; Jamal to validate by end of November.", None),
        act("a-cs-008", "call", "2026-10-14T18:00:00Z", ["c-cs-ellen"],
            "Budget call with Ellen",
            "Ellen says FY27 budget is being set in January. Anything over $10k needs her sign-off and a usage "
            "justification. She asked for the DICOM quote in writing: $42,000 per year, 5 hospitals.", None),
        act("a-cs-009", "email", "2026-11-06T16:00:00Z", ["c-cs-naomi", "c-cs-becca"],
            "Blood bank reporting",
            "Naomi asked whether we could build a proper blood product inventory report. Today they track donor "
            "dogs and blood units as patients on the treatment sheet. Logged as product feedback FR-2291.",
            "inbound"),
    ],
})

INTERVIEWS[CS] = {
    "decision_maker": (
        "Decision maker is Dr. Naomi Whitfield, CEO. Three things to know. First, she founded the group as "
        "a criticalist and still works two overnight ER shifts a month, so she judges software at 3am, not "
        "in a conference room. Second, Ellen Sorensen, the controller, approves anything over $10k, but Ellen "
        "executes, she does not decide; if Naomi wants it, Ellen finds the budget. Third, what Naomi personally "
        "cares about is uptime during overnight shifts and how referring vets see Cascadia. Referrals are "
        "about 70% of their caseload, so anything that makes a referring DVM wait, like a late discharge "
        "summary, is existential to her. Lead with reliability data, not features."),
    "champion": (
        "Rajiv Menon, Director of Clinical Informatics. He writes his own HL7 mappings, reads our API docs "
        "better than our SEs, and he's the reason they chose us over the two other finalists. Promises "
        "made to him: one, a spot in the DICOM modality worklist beta, he's in it; two, that his mapping "
        "fixes would be upstreamed into our standard Orca template with his name in the release notes, which "
        "he cares about more than he admits. What he needs to look good: the MWL integration live on the "
        "Bellevue CT before their budget is set in January, with Jamal's number, 20 minutes saved per CT "
        "study, validated. That's his business case."),
    "hidden_commitments": (
        "Two that are not in the contract. First, after the Tacoma lockout I told Naomi on the phone that "
        "overnight P1 calls from their ER would get a human engineer on the phone in 15 minutes. Our actual "
        "SLA is 1-hour response. I set up a routing rule with support, it is tagged 'Cascadia overnight', "
        "but it lives in the support tool, not in any contract. If that rule gets dropped in a support "
        "reorg, you will hear about it at 3am. Second, the API limit. We raised them to 600 requests a minute "
        "free after the August discharge-summary delays, 'until renewal'. The CRM note says so, but Ellen "
        "thinks it's permanent, and that misunderstanding needs resolving before the quote goes out."),
    "history_sensitivities": (
        "Two incidents. One: the Tacoma lockout, April 19, about 2am. A password policy change forced resets "
        "and the reset emails got stuck behind a mail relay limit, so the overnight ER team was locked out "
        "for 47 minutes and ran on paper, including a hit-by-car dog in surgery. No patient harm. Resolved "
        "with the RCA and a block on policy changes overnight for 24/7 sites. Sensitive because Naomi heard "
        "about it from her own criticalist before she heard from us. Two: the August referral portal "
        "throttling, discharge summaries to referring vets delayed three days. Still sensitive with Becca in "
        "Portland, because the Beaverton clinics complained to her directly. Never describe either as a "
        "'glitch'."),
    "pricing_story": (
        "It's priced per hospital with a specialty uplift, because ER and specialty sites run 24/7 and have "
        "five to ten times the chart volume of a GP clinic, so $186K for five hospitals. We gave them the "
        "API Standard tier included instead of a discount, Rajiv wanted API access more than money. The "
        "structure problem: Standard is 60 requests a minute, and their referral portal blows through that "
        "every morning from 7 to 9 when summaries go out. API Plus is $18,000. Ellen wants usage numbers "
        "before she'll approve it, and she believes the temporary 600 limit is a permanent entitlement. The "
        "DICOM worklist add-on is separate, $42,000, because it's priced on modalities, not hospitals."),
    "unexpected_use": (
        "The blood bank. They run a canine blood donor program, volunteer donor dogs, many of them staff and client pets, "
        "and they track both the donors and the blood units as patients on the treatment sheet. Each unit of "
        "packed red cells is a 'patient' with an expiry in the weight field, which is horrifying, but it "
        "works for them. Naomi asked in November for a real blood product report, it's logged as FR-2291. "
        "Second one: they ingest a handful of test results from a human hospital lab in Portland through "
        "LabLink, using a generic HL7 profile Rajiv built. Not supported, and if that human lab changes its "
        "message format it'll break silently, so keep Rajiv close on that."),
    "channels_surprises": (
        "Naomi: meetings, ideally in person at the Seattle hospital, and never before 10am because of her "
        "overnight shifts. Do not email her anything longer than a paragraph. Rajiv: email, long technical "
        "email is fine, he'll answer at midnight. Ellen: email, with numbers in a table. Jamal: phone, he's "
        "in the imaging suite all day and doesn't check email until evening. Becca: phone. Must never be "
        "surprised: Naomi, on any incident touching the overnight ER, she has to hear it from us first, "
        "within the hour, even at 3am; that's the lesson from Tacoma. And Ellen on anything that changes the "
        "API bill."),
    "org_changes": (
        "Becca Lindqvist, currently Portland administrator, is being promoted to group COO, Naomi told me "
        "over coffee, but no start date announced yet. Becca will own vendors day to day, and she's the one "
        "still sore about the referral delays, so build that relationship now. Second, they're opening a "
        "sixth hospital, in Spokane, sometime in 2027, lease signed. Third, there are early conversations "
        "with a veterinary school about a teaching affiliation; if it happens, they might be pushed toward "
        "whatever system the school uses. Nothing concrete on that one yet, it's just a conversation."),
    "warning_signs": (
        "Pattern one: Ellen asking for usage numbers. She asked for them in June on the API tier and again in "
        "October on DICOM; the last time she did that with a vendor, according to Rajiv, was before they "
        "dropped their old imaging vendor. Pattern two: Naomi going quiet after an incident. After Tacoma "
        "she didn't answer two meeting requests, then came back with the 'what is your real overnight "
        "response' question. Quiet means she's forming an opinion. Pattern three: Rajiv building workarounds "
        "himself instead of asking us, that usually means he's stopped believing we'll fix it."),
    "renewal_risk": (
        "Stated reason, if it slips: 'waiting for the new COO to review vendors', meaning Becca. Real reason, "
        "one of two. First, the API bill: if the quote includes API Plus at $18,000 and Ellen believes she "
        "already has it free, she'll feel baited and hold the whole renewal. Fix that before quoting, with "
        "Rajiv presenting the graphs. Second, another overnight incident. One more Tacoma and Naomi will run "
        "a full RFP. Protect the 'Cascadia overnight' routing rule and the 20:00 to 07:00 change freeze, "
        "check both every month."),
}

ask(CS, "who's the boss that actually decides at Cascadia and what does she care about",
    ["i:decision_maker"], ["Naomi"])
ask(CS, "what did we tell their CEO about overnight support after the lockout",
    ["i:hidden_commitments"], ["15 minutes"])
ask(CS, "how long were the Tacoma ER folks locked out of charts",
    ["a:a-cs-002", "i:history_sensitivities"], ["47 minutes"])
ask(CS, "whats the number for the imaging guy? email's useless apparently",
    ["c:c-cs-jamal"], ["0196"])
ask(CS, "how much is the PACS worklist thing quoted at",
    ["o:o-cs-dicom", "a:a-cs-008", "i:pricing_story"], ["42,000"])
ask(CS, "Is the bumped API limit free forever or what",
    ["i:hidden_commitments", "a:a-cs-005", "i:pricing_story"], ["until renewal"])
ask(CS, "which dates were the referral summaries stuck in August",
    ["a:a-cs-005"], ["Aug 6"])
ask(CS, "they track dog blood in the treatment sheet?? what's the feature request #",
    ["a:a-cs-009", "i:unexpected_use"], ["FR-2291"])
ask(CS, "who's getting bumped up to run ops for the whole group",
    ["i:org_changes"], ["Becca"])
ask(CS, "where's the new (6th) hospital going",
    ["i:org_changes"], ["Spokane"])
abstain(CS, "How many donor dogs are in the blood donor program?")
abstain(CS, "When does Becca start as the group COO?")

# ---------------------------------------------------------------------------
# 5. Lakeshore Veterinary Group: 22 clinics, Michigan & Ohio, PE-backed roll-up.
#    Owner voice: blunt, cynical, finance jargon, clipped.
# ---------------------------------------------------------------------------
LK = "acc-lakeshore"
ACCOUNTS.append({
    "id": LK, "name": "Lakeshore Veterinary Group", "owner_id": "u-dana",
    "arr": 412000, "segment": "mid_market", "industry": "Veterinary clinic group (PE-backed)",
    "territory": "US - Michigan & Ohio", "renewal_date": "2027-06-30",
    "contract_notes": "22 clinics on Kestrel PM; LabLink on 15. Per-clinic pricing with onboarding fee for "
                      "acquired clinics ($4,000 each, waived for 2026 acquisitions). Owned by Granite Harbor "
                      "Partners since 2023. USD.",
    "contacts": [
        contact("c-lk-greg", "Greg Halloran", "Chief Executive Officer",
                "ghalloran@lakeshorevet.test", "+1 248 555 0119", "decision_maker",
                "phone", 2, "Installed by the sponsor in 2023. Talks in EBITDA."),
        contact("c-lk-wendy", "Wendy Szymanski", "Chief Financial Officer",
                "wszymanski@lakeshorevet.test", "+1 248 555 0166", "economic_buyer",
                "email", 3, "Runs the monthly board pack for Granite Harbor."),
        contact("c-lk-carla", "Carla Jennings", "Director of Integration (M&A)",
                "cjennings@lakeshorevet.test", "+1 616 555 0127", "champion",
                "phone", 5, "Onboards every acquired clinic. Cell is best."),
        contact("c-lk-tom", "Dr. Tom Brezinski", "Chief Veterinary Officer",
                "tbrezinski@lakeshorevet.test", "+1 313 555 0183", "influencer",
                "email", 3, "Came with the Dearborn acquisition."),
        contact("c-lk-matt", "Matt Yoder", "IT Director",
                "myoder@lakeshorevet.test", "+1 614 555 0152", "blocker",
                "email", 2, "Columbus office. Wants fewer logins."),
        contact("c-lk-sheila", "Sheila Moore", "Accounts Payable Specialist",
                "ap@lakeshorevet.test", "+1 248 555 0100", "other",
                "email", 3, "Send invoices to ap@, PO number required."),
    ],
    "opportunities": [
        opp("o-lk-renewal", "Renewal 2027", "negotiation", 430000, "2027-06-30",
            "Wendy wants per-clinic price in the board pack format by Jan 20"),
        opp("o-lk-acq", "Onboarding - 6 clinics from Toledo acquisition", "proposal", 96000, "2027-02-28",
            "Carla to share the close date of the Toledo deal"),
        opp("o-lk-lablink", "LabLink for remaining 7 clinics", "discovery", 49000, "2027-06-30",
            "Dr. Brezinski to confirm lab partner for Ohio clinics"),
    ],
    "activities": [
        act("a-lk-001", "meeting", "2026-03-17T15:00:00Z", ["c-lk-greg", "c-lk-wendy"],
            "Sponsor-driven vendor review",
            "Greg and Wendy walked through Granite Harbor's vendor review. Kestrel is 'core', but every core "
            "vendor needs to show cost per clinic going down as they acquire. Wendy asked for per-clinic "
            "pricing in their board pack format.", None),
        act("a-lk-002", "email", "2026-04-09T13:30:00Z", ["c-lk-carla", "c-lk-tom"],
            "Dearborn duplicate clients - cleanup done",
            "Carla, Dr. Brezinski - the dedupe job finished overnight. 4,100 duplicate client records from the "
            "Dearborn migration merged; 37 flagged for manual review. Reference DM-7741.", "outbound"),
        act("a-lk-003", "call", "2026-05-13T19:00:00Z", ["c-lk-sheila"],
            "Overdue invoice",
            "Sheila: the February invoice was never paid because it had no PO number. Now 97 days overdue. "
            "Reissued with PO 45-2207; she will pay in the next run.", None),
        act("a-lk-004", "email", "2026-06-05T14:00:00Z", ["c-lk-wendy"],
            "Per-clinic pricing for the board pack",
            "Wendy, attached in your board pack template: current cost per clinic $18,727 on 22 clinics, "
            "dropping to $17,900 at 28 clinics if the Toledo six come on at the onboarding rate.", "outbound"),
        act("a-lk-005", "chat", "2026-07-15T16:20:00Z", ["c-lk-carla"],
            "Text: Toledo",
            "Carla: Toledo LOI signed, six clinics, keep it quiet. Need them live 30 days after close like we "
            "did Dearborn-2. Dana: understood, we'll hold a migration team.", "inbound"),
        act("a-lk-006", "email", "2026-08-20T17:10:00Z", ["c-lk-matt"],
            "SSO and login consolidation",
            "Dana, we are consolidating logins under Okta by Q2 2027. Any system without SCIM provisioning "
            "goes on the replace list. Please confirm Kestrel supports SCIM. - Matt", "inbound"),
        act("a-lk-007", "email", "2026-08-22T12:00:00Z", ["c-lk-matt"],
            "Re: SSO and login consolidation",
            "Matt, Kestrel supports SAML with Okta today; SCIM provisioning is on the roadmap for Q1 2027. I'll "
            "get you the beta timeline from Product.", "outbound"),
        act("a-lk-008", "meeting", "2026-09-24T15:30:00Z", ["c-lk-tom", "c-lk-carla"],
            "Clinical standards review",
            "Dr. Brezinski wants a standard formulary pushed to all clinics. Asked whether LabLink could cover "
            "the 7 Ohio clinics still on phone-and-fax lab results.", None),
        act("a-lk-009", "note", "2026-10-30T21:00:00Z", [],
            "Greg cancelled QBR",
            "Greg cancelled the Q3 QBR for the second time. Wendy attended alone, asked for the 3-year price "
            "with a 'sponsor exit' assignment clause.", None),
        act("a-lk-010", "email", "2026-11-12T15:00:00Z", ["c-lk-wendy"],
            "Assignment clause",
            "Wendy, Legal is fine with an assignment clause allowing the contract to transfer to a buyer of "
            "Lakeshore on the same terms. Redline to follow by Nov 26.", "outbound"),
    ],
})

INTERVIEWS[LK] = {
    "decision_maker": (
        "Greg Halloran. CEO. Sponsor put him in in 2023. He signs, but look, he signs what Granite Harbor "
        "wants signed. What does Greg care about? EBITDA per clinic and the exit story. That's it. He's not "
        "a vet, doesn't pretend to be. Anything you pitch him has to be a line in the model: cost per clinic "
        "goes down as they acquire, onboarding time goes down, margin goes up. Wendy Szymanski, the CFO, "
        "builds the model, so practically she's the one you convince and Greg rubber-stamps. Greg's cancelled "
        "the QBR twice now. Don't take it personally, he cancels on everybody who isn't the sponsor."),
    "champion": (
        "Carla Jennings. Integration director. She does every acquisition onboarding and we make her life "
        "easy, so she loves us. Promises: 30 days from deal close to a clinic live on Kestrel, that's the "
        "number she quotes to Greg, and we hit it on Dearborn-2. She needs it again for Toledo, six clinics. "
        "Also told her we'd waive the $4,000 onboarding fee on the next three acquisitions, which covers "
        "Toledo only if we count the six as one acquisition, and I told her we would. Grey area, Priya knows. "
        "To look good she needs to be the person who made the roll-up boring. Boring is the compliment."),
    "hidden_commitments": (
        "Couple. One, onboarding fee waived on the next three acquisitions, counting Toledo as one, verbal "
        "to Carla. Two, I told Wendy no other Michigan group pays less per clinic than Lakeshore. Call it a "
        "most-favoured thing. It's not in the contract, it was on a call, and it matters because we're "
        "chasing another Grand Rapids group that would want a bigger discount. Check before you quote anyone "
        "in Michigan. Three, Matt got told SCIM by Q1 2027. I said 'roadmap', he heard 'promise'. Fix that "
        "expectation or it blows up in his Okta project."),
    "history_sensitivities": (
        "Dearborn. First acquisition we migrated, early 2026. Migration created 4,100 duplicate clients. "
        "Reminders went out twice, clients got two invoices, the Dearborn vets came in with Dr. Brezinski and "
        "he's still touchy because it was his old practice. Fixed with a dedupe job in April, reference "
        "DM-7741, 37 records done by hand. Don't say 'Dearborn' and 'migration' in the same sentence around "
        "Tom. Also, AP. Sheila sat on an invoice for 97 days because it had no PO. Not their fault, not ours, "
        "but Wendy got a collections email from our finance team and was furious. Always put the PO on."),
    "pricing_story": (
        "Per clinic. $18,727 a clinic on 22 clinics, roughly. The price only makes sense because of the roll-up "
        "model: sponsor wants cost per clinic down as they grow, so we built a step-down, lower rate at 28 "
        "clinics, lower again at 40. That's why Wendy loves the board pack version: it shows the curve. "
        "Onboarding fee is $4,000 per acquired clinic, waived this year. LabLink only on 15 clinics because "
        "the 7 Ohio ones still do phone-and-fax with a local lab; Tom wants them on LabLink, opp's about $49K. "
        "The renewal at $430K assumes 22 clinics with a small uplift, before Toledo."),
    "unexpected_use": (
        "They use the client portal to recruit. The 'clinic news' banner that's meant for 'we're closed for "
        "Thanksgiving' posts job openings for vets and techs, because pet owners apparently refer staff. Carla "
        "says they filled four tech jobs that way. Second: reporting. Wendy pulls the revenue-by-clinic report "
        "into the monthly board pack and calculates EBITDA per clinic for Granite Harbor off our numbers. So "
        "if a report definition changes in a release, the sponsor's board deck changes. Warn Wendy before "
        "any reporting release."),
    "channels_surprises": (
        "Greg: phone, through his assistant, never email, he doesn't read it. Wendy: email, with the board pack "
        "template, always that template. Carla: her cell, texts are fine, she's on the road at clinics. Tom: "
        "email. Matt: email, formal, he keeps a paper trail for the Okta project. Sheila: ap@ mailbox, PO "
        "number on everything. Never surprise Wendy. Anything that changes a number in the board pack she "
        "needs a week's notice. And Carla must hear about any migration team change, because she promises "
        "dates to Greg off our capacity."),
    "org_changes": (
        "Sponsor exit. Granite Harbor bought them in 2023, typical hold is 4-5 years, so they're prepping a "
        "sale for 2027 or 2028. That's why Wendy wants the assignment clause, the contract has to move to a "
        "buyer cleanly. A buyer could be a bigger consolidator who runs something else, then we're gone. "
        "Second: Toledo, six clinics, LOI signed in July, not public, Carla told me in confidence. Third: "
        "Matt's Okta consolidation, anything without SCIM goes on a 'replace' list by Q2 2027."),
    "warning_signs": (
        "Greg cancelling meetings. Before the 2025 renewal he cancelled twice, then Wendy ran a bake-off with "
        "two other vendors, which we won on price. He's cancelled twice again this fall. Second: Matt putting "
        "things on lists. The Okta 'replace list' is the same play he ran on their old phone vendor, who got "
        "replaced. Third: Wendy asking for a 3-year price. Sounds good, isn't: it's for the exit model, and "
        "it means they're thinking about what a buyer sees. All three showed up before the 2025 bake-off."),
    "renewal_risk": (
        "Stated reason if it slips: 'timing with the Toledo integration' or 'waiting on the sponsor'. Real "
        "reason: the exit. If Granite Harbor is running a sale process, nobody wants to sign anything that "
        "looks like a cost commitment for a buyer, so they'll want a short renewal or a month-to-month. Other "
        "real reason: Matt's replace list if SCIM slips past Q2. Play it by giving Wendy the assignment clause "
        "and a clean 3-year curve, and getting Product to commit on SCIM in writing."),
}

ask(LK, "who signs at lakeshore? and who do i actually have to convince",
    ["i:decision_maker"], ["Greg"])
ask(LK, "what's the turnaround we promised for getting acquired clinics live?",
    ["i:champion", "a:a-lk-005"], ["30 days"])
ask(LK, "did Dana give them some kind of lowest-price guarantee in michigan",
    ["i:hidden_commitments"], ["pays less per clinic"])
ask(LK, "how many dupes did the dearborn migration create, and what's the ref #",
    ["a:a-lk-002", "i:history_sensitivities"], ["4,100"])
ask(LK, "Which PO number did we put on the reissued Feb invoice?",
    ["a:a-lk-003"], ["45-2207"])
ask(LK, "what does their IT director need from us to stay off his replacement list",
    ["a:a-lk-006", "i:org_changes", "i:hidden_commitments"], ["SCIM"])
ask(LK, "what's the per-clinic cost we showed the CFO for the board deck",
    ["a:a-lk-004", "i:pricing_story"], ["18,727"])
ask(LK, "is it true they post job ads on the pet owner portal?",
    ["i:unexpected_use"], ["job openings"])
ask(LK, "whats the AP mailbox for invoices",
    ["c:c-lk-sheila", "i:channels_surprises"], ["ap@"])
ask(LK, "why does the CFO want the contract to be transferable",
    ["i:org_changes", "a:a-lk-010"], ["buyer"])
abstain(LK, "What sale price does Granite Harbor want for Lakeshore?")
abstain(LK, "What does Matt think about the Toledo onboarding?")

# ---------------------------------------------------------------------------
# 6. Groupe Vétérinaire Rive-Sud: 8 clinics, South Shore of Montréal, Quebec.
#    Owner voice: warm, storytelling, French asides, tangents.
# ---------------------------------------------------------------------------
RS = "acc-rivesud"
ACCOUNTS.append({
    "id": RS, "name": "Groupe Vétérinaire Rive-Sud", "owner_id": "u-dana",
    "arr": 118000, "segment": "mid_market", "industry": "Veterinary clinics",
    "territory": "Canada - Quebec", "renewal_date": "2027-05-31",
    "contract_notes": "8 clinics (Longueuil, Brossard, Saint-Hubert, Chambly, Boucherville, La Prairie, "
                      "Saint-Lambert, Beloeil). Kestrel PM in French; LabLink on all 8. Data hosted in the "
                      "Canada (Montréal) region. 2-year term. CAD.",
    "contacts": [
        contact("c-rs-genevieve", "Dr. Geneviève Tremblay", "Présidente et propriétaire",
                "gtremblay@gvrivesud.test", "+1 450 555 0115", "decision_maker",
                "meeting", 4, "Founded the group in 2004 in Longueuil."),
        contact("c-rs-mathieu", "Mathieu Gagnon", "Directeur des opérations",
                "mgagnon@gvrivesud.test", "+1 450 555 0162", "champion",
                "phone", 5, "Goes by Mat. Bilingual, prefers French on the phone."),
        contact("c-rs-sylvie", "Sylvie Bergeron", "Contrôleuse",
                "sbergeron@gvrivesud.test", "+1 450 555 0129", "economic_buyer",
                "email", 3, "Invoices must be in French."),
        contact("c-rs-olivier", "Olivier Roy", "IT consultant (Infotek Montérégie)",
                "oroy@infotek-monteregie.test", "+1 514 555 0147", "influencer",
                "email", 3, "External IT provider, billed hourly."),
        contact("c-rs-nadia", "Nadia Haddad", "TSA en chef (head animal health technician)",
                "nhaddad@gvrivesud.test", "+1 450 555 0188", "user",
                "sms", 4, "Runs LabLink day to day at Brossard."),
    ],
    "opportunities": [
        opp("o-rs-renewal", "Renouvellement 2027", "proposal", 124000, "2027-05-31",
            "French-language quote with Law 25 annex for Sylvie"),
        opp("o-rs-french", "French client portal + language compliance pack", "negotiation", 14500,
            "2026-12-15", "Confirm French SMS templates reviewed by Mat"),
    ],
    "activities": [
        act("a-rs-001", "meeting", "2026-03-26T14:00:00Z", ["c-rs-genevieve", "c-rs-mathieu"],
            "Visite Longueuil - annual review",
            "Annual review at Longueuil. Geneviève asked again that all data stay in Canada and that any "
            "subprocessor outside Quebec be disclosed. Mat raised the quality of French in SMS reminders.",
            None),
        act("a-rs-002", "email", "2026-04-30T15:20:00Z", ["c-rs-mathieu"],
            "Re: Rappels SMS - traduction",
            "Mat sent screenshots: SMS reminders read 'Votre animal est dû pour son vaccin' and 'Rendez-vous "
            "confirmé pour Rex à 2:30 PM'. A client complained that the texts look machine-translated. Ticket "
            "KS-53390 opened for French template review.", "inbound"),
        act("a-rs-003", "call", "2026-05-08T13:30:00Z", ["c-rs-sylvie"],
            "Invoices in French",
            "Sylvie: invoices and the renewal quote must be in French. English-only invoices are being sent "
            "back. Finance can generate French invoices from June.", None),
        act("a-rs-004", "email", "2026-06-19T18:00:00Z", ["c-rs-olivier"],
            "Law 25 - privacy impact assessment",
            "Olivier asked for our subprocessor list and hosting regions for the privacy impact assessment "
            "(EFVP) Rive-Sud must complete under Law 25. Sent the list; he will run the assessment in the "
            "fall.", "inbound"),
        act("a-rs-005", "note", "2026-07-07T20:00:00Z", ["c-rs-nadia"],
            "LabLink and the CDVSH lab",
            "Nadia is sending pathology samples to the CDVSH university diagnostic lab in Saint-Hyacinthe and "
            "keying results by hand. She asked if LabLink could take their PDF reports. Not a supported "
            "interface today.", None),
        act("a-rs-006", "email", "2026-08-25T14:45:00Z", ["c-rs-mathieu"],
            "Journée de stérilisation - SPCA",
            "Mat thanked us for the help setting up the spay/neuter day with the SPCA Montérégie on Sept 20: "
            "42 cats booked as one 'clinic' in the Beloeil schedule.", "inbound"),
        act("a-rs-007", "call", "2026-09-16T15:00:00Z", ["c-rs-genevieve"],
            "Call with Dr. Tremblay",
            "Geneviève mentioned her daughter, Dr. Camille Tremblay, joins the group in January as medical "
            "director. She wants Camille trained personally.", None),
        act("a-rs-008", "email", "2026-10-15T16:10:00Z", ["c-rs-mathieu", "c-rs-sylvie"],
            "Forfait français - price",
            "Mat, Sylvie: the French client portal and language compliance pack is $14,500 a year for the 8 "
            "clinics, including human review of all SMS and email templates. Quote attached (in French).",
            "outbound"),
        act("a-rs-009", "chat", "2026-11-10T19:30:00Z", ["c-rs-nadia"],
            "SMS: LabLink down Brossard?",
            "Nadia: résultats pas rentrés ce matin à Brossard? Dana: checking - Halden feed delayed 40 min, "
            "back now. Nadia: merci!", "inbound"),
    ],
})

INTERVIEWS[RS] = {
    "decision_maker": (
        "Bon. Dr. Geneviève Tremblay decides. She founded the group in 2004, one clinic in Longueuil, and "
        "built it to eight, and she still thinks of every clinic as hers, like her kids. Sylvie, the "
        "controller, does the numbers, but Geneviève decides. What she cares about personally, two things. "
        "One, that everything is in proper French, not 'translated French', she takes that as a question of "
        "respect. Two, data staying in Canada. She's very, very firm on it, she asked me at every annual "
        "review. And now, with her daughter Camille coming in as medical director in January, she cares "
        "about leaving something clean for Camille. Honestly, that's the key to the whole renewal, en tout "
        "cas, that's my read."),
    "champion": (
        "Mathieu Gagnon, Mat, directeur des opérations. Lovely guy, hockey dad, coaches his son's team in "
        "Brossard, ask him about the Sunday games. He's been our champion since day one because he ran the "
        "migration from their old system and it went well, so his reputation is kind of attached to us, tsé. "
        "What I promised him: the French template review, human translators, not the machine, for all SMS "
        "and emails, before the renewal. That's in the compliance pack quote but I told him it would happen "
        "regardless, even if Sylvie doesn't buy the pack. What he needs to look good: the SMS complaints "
        "stop. If a client complains again about 'votre animal est dû', it lands on Mat."),
    "hidden_commitments": (
        "So. First, the French template review for Mat, regardless of the pack, I said that on the phone. "
        "Second, a French-language support line by January 2027. We don't have one. We have a francophone "
        "agent, Julien, on the day shift, and I told Geneviève that by January there'd be French support "
        "during their clinic hours, 7 to 7. That's a stretch, talk to support. Third, Geneviève asked me that "
        "Camille be trained personally, one-on-one, not in a webinar. I said yes, of course. Maybe you do it "
        "yourself in January, it would be a nice way to meet the family."),
    "history_sensitivities": (
        "The SMS thing, in April. Our French reminders were, how do I say, bad. 'Votre animal est dû pour son "
        "vaccin', which is an anglicism, and times like '2:30 PM' instead of '14 h 30'. A client complained, "
        "posted it in a Facebook group in Chambly, people made jokes. For Geneviève it was humiliating, "
        "because her name is on the clinic. It's not fully resolved, the template review is still pending. "
        "Sensitive: language in general. Never send Sylvie or Geneviève anything in English only, and never "
        "joke about Quebec French. Also, before us they had a vendor who moved their data to a US cloud "
        "without telling them, so hosting is a very touchy subject."),
    "pricing_story": (
        "Eight clinics, $118,000, so about $14,750 a clinic, that includes LabLink everywhere. We discounted "
        "around 12% in the first contract because they were the first Quebec group on the French version and "
        "honestly the French version was not ready, they were a bit our test. Two-year term because "
        "Geneviève doesn't like to be locked in longer. Hosting in the Montréal region costs us more, but we "
        "didn't charge a premium, and they don't know that, I wouldn't mention it. The $14,500 compliance "
        "pack is separate; Sylvie thinks it should be free because 'French should be included'. She's not "
        "completely wrong."),
    "unexpected_use": (
        "Two things, both kind of sweet. They organize spay and neuter days with the SPCA Montérégie, a few "
        "times a year, and they run them in Kestrel as if the SPCA were a ninth clinic, with the shelter cats "
        "booked as patients under the Beloeil schedule. In September it was 42 cats in one day. Second, Nadia "
        "sends pathology samples to the CDVSH, the university lab in Saint-Hyacinthe, and since LabLink doesn't "
        "have an interface with them, she scans the PDF reports and attaches them as 'lab results' by hand. "
        "It's a lot of work for her. If we built that interface, she would adore us."),
    "channels_surprises": (
        "Geneviève: in person, or a meeting, she doesn't like the phone for important things. In French, "
        "always. Mat: the phone, in French, he answers fast. Sylvie: email, in French, with the invoice "
        "attached as PDF, and she needs things before the 20th of the month for her closing. Olivier from "
        "Infotek: email, and remember he bills them by the hour, so don't create work for him without "
        "asking Mat. Nadia: texto, SMS, she's on the floor all day. Must never be surprised: Geneviève on "
        "anything about hosting or where the data lives, and Sylvie on any price, even a small one."),
    "org_changes": (
        "Camille Tremblay, Geneviève's daughter, vet, coming in January as medical director. It's a "
        "succession plan, Geneviève is 61. Camille did her internship in Ontario and used another system "
        "there, so she might have opinions. Also, Law 25, the Quebec privacy law, they have to do a privacy "
        "impact assessment, Olivier is doing it this fall, and the result could mean new requirements on us. "
        "And they're looking at a ninth clinic in Saint-Bruno, nothing signed, but Mat has visited the building twice, so it's more than a dream."),
    "warning_signs": (
        "When Sylvie starts sending invoices back, that's the first sign, she did it in May with the English "
        "invoices and it was the start of the language tension that exploded with the SMS. Also, when "
        "Geneviève says 'on va y penser', we'll think about it, it means no, basically. She said it about the "
        "compliance pack in October. And if Olivier starts asking technical questions about exporting data, "
        "it often means someone is looking at another vendor; he did that in 2024 with their old system "
        "right before they left it."),
    "renewal_risk": (
        "Stated reason if it slips: 'we are waiting for the privacy impact assessment from Olivier'. That's "
        "what they'll say. The real reason: the French. If the templates are still bad and there's still no "
        "French support line by then, Geneviève will feel we don't respect them, and Camille will arrive "
        "with her other system in mind. So deliver the template review before spring, and get the support "
        "line or at least be honest with her about it. She forgives delays, she does not forgive being managed, tsé."),
}

ask(RS, "who has the final say at Rive-Sud and what matters to her",
    ["i:decision_maker"], ["Geneviève"])
ask(RS, "what's the ops director's name and how do i reach him",
    ["c:c-rs-mathieu", "i:channels_surprises"], ["Mathieu"])
ask(RS, "what did we promise about french phone support",
    ["i:hidden_commitments"], ["January 2027"])
ask(RS, "what were the bad french texts the clients laughed at",
    ["a:a-rs-002", "i:history_sensitivities"], ["est dû"])
ask(RS, "ticket number for the french SMS translation fix?",
    ["a:a-rs-002"], ["53390"])
ask(RS, "how much is the french language add-on",
    ["o:o-rs-french", "a:a-rs-008", "i:pricing_story"], ["14,500"])
ask(RS, "how many cats did they do at the SPCA spay day",
    ["a:a-rs-006", "i:unexpected_use"], ["42 cats"])
ask(RS, "the founder's kid is joining right? what's her name and role",
    ["a:a-rs-007", "i:org_changes", "i:decision_maker"], ["Camille"])
ask(RS, "what's the deadline for getting invoices to the controller each month",
    ["i:channels_surprises"], ["20th"])
ask(RS, "where does their head tech send pathology samples",
    ["a:a-rs-005", "i:unexpected_use"], ["CDVSH"])
abstain(RS, "What was the result of Olivier's privacy impact assessment?")
abstain(RS, "Which system did Camille use in Ontario?")

# ---------------------------------------------------------------------------
# Other reps' accounts (not part of the departure; present so that
# cross-account leaks are possible). They deliberately contain facts that
# would "answer" some abstain questions if retrieval leaked across accounts.
# ---------------------------------------------------------------------------
ACCOUNTS.append({
    "id": "acc-desertsun", "name": "Desert Sun Animal Hospitals", "owner_id": "u-tomas",
    "arr": 310000, "segment": "mid_market", "industry": "Veterinary hospital group",
    "territory": "US - Arizona", "renewal_date": "2027-08-31",
    "contract_notes": "18 hospitals, Phoenix and Tucson. Kestrel PM + LabLink. USD.",
    "contacts": [
        contact("c-ds-gideon", "Gideon Marsh", "Chief Information Officer",
                "gmarsh@desertsunvet.test", "+1 602 555 0171", "decision_maker",
                "email", 3, "New CIO, hired from a human hospital system, started in September."),
        contact("c-ds-lorena", "Lorena Ruiz", "Medical Director",
                "lruiz@desertsunvet.test", "+1 520 555 0138", "champion",
                "phone", 4, "Runs the canine blood donor program: 35 donor dogs."),
    ],
    "opportunities": [
        opp("o-ds-pacs", "Orca PACS connector", "proposal", 61000, "2027-03-31",
            "Dr. Ruiz supports the PACS connector; CIO review in January"),
    ],
    "activities": [
        act("a-ds-001", "email", "2026-09-08T16:00:00Z", ["c-ds-gideon"],
            "Welcome, Gideon",
            "Congratulations on the CIO role. Desert Sun's privacy assessment found no issues with Kestrel "
            "hosting. Looking forward to the vendor review.", "outbound", author="u-tomas"),
        act("a-ds-002", "call", "2026-10-02T17:00:00Z", ["c-ds-lorena"],
            "PE recap",
            "Lorena says Saguaro Equity Partners is doing the private equity recap, closing in Q1. She thinks "
            "the televet pilot is a great idea.", None, author="u-tomas"),
        act("a-ds-003", "note", "2026-11-04T19:00:00Z", [],
            "Refund",
            "Refund for the 2024 double-billing was $41,300, processed in March.", None, author="u-tomas"),
    ],
})
ACCOUNTS.append({
    "id": "acc-northstar", "name": "NorthStar Veterinary Collective", "owner_id": "u-tomas",
    "arr": 142000, "segment": "mid_market", "industry": "Veterinary clinics",
    "territory": "US - Minnesota", "renewal_date": "2027-01-31",
    "contract_notes": "9 clinics, Twin Cities. Kestrel PM only. USD.",
    "contacts": [
        contact("c-ns-brooke", "Brooke Halvorsen", "Practice Owner",
                "brooke@northstarvet.test", "+1 612 555 0104", "decision_maker",
                "phone", 4, "No relation to anyone else named Halvorsen."),
        contact("c-ns-ike", "Ike Lindgren", "Operations Manager",
                "ike@northstarvet.test", "+1 651 555 0160", "champion",
                "sms", 4, "Sale of the practice: target price $12M."),
    ],
    "opportunities": [
        opp("o-ns-lablink", "LabLink add-on", "proposal", 22000, "2027-01-31",
            "Brooke to confirm budget"),
    ],
    "activities": [
        act("a-ns-001", "email", "2026-04-14T15:00:00Z", ["c-ns-brooke"],
            "Blizzard outage credit",
            "Brooke, we've credited $18,000 for the February blizzard outage. Ticket KS-47001.",
            "outbound", author="u-tomas"),
        act("a-ns-002", "note", "2026-07-21T18:00:00Z", ["c-ns-ike"],
            "IT director view",
            "Their IT director Matt thinks the onboarding for acquired clinics is too slow.", None,
            author="u-tomas"),
    ],
})
ACCOUNTS.append({
    "id": "acc-harbourview", "name": "Harbourview Pet Hospitals", "owner_id": "u-lena",
    "arr": 96000, "segment": "mid_market", "industry": "Veterinary clinics",
    "territory": "Canada - Nova Scotia", "renewal_date": "2027-09-30",
    "contract_notes": "6 hospitals, Halifax and Dartmouth. Kestrel PM + LabLink. CAD.",
    "contacts": [
        contact("c-hv-fiona", "Dr. Fiona MacLeod", "Owner",
                "fiona@harbourviewpet.test", "+1 902 555 0175", "decision_maker",
                "phone", 3, "Talking to VetCore Partners, a consolidator out of Toronto, about buying the practice."),
        contact("c-hv-angus", "Angus Chu", "Associate Veterinarian",
                "angus.chu@harbourviewpet.test", "+1 902 555 0116", "blocker",
                "email", 2, "Has been demoing PawTrack, a cheaper system for small practices."),
    ],
    "opportunities": [
        opp("o-hv-renewal", "Renewal 2027", "discovery", 99000, "2027-09-30", "Schedule renewal review"),
    ],
    "activities": [
        act("a-hv-001", "email", "2026-05-19T14:00:00Z", ["c-hv-fiona"],
            "Reminder sent to a deceased pet",
            "Fiona, sorry about the vaccine reminder sent to the family whose cat died. Ticket KS-52210; we "
            "credited $1,600. Camille from our team will follow up; she used PawTrack in Ontario before.",
            "outbound", author="u-lena"),
        act("a-hv-002", "call", "2026-08-06T16:00:00Z", ["c-hv-fiona"],
            "Privacy review",
            "Fiona says their privacy impact assessment found two gaps in subprocessor disclosure.", None,
            author="u-lena"),
    ],
})


def main():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": ACCOUNTS}
    questions = []
    for n, q in enumerate(QUESTIONS, 1):
        questions.append({"id": f"q-{n:03d}", **q})
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": DEPARTING,
        "successor_user_id": SUCCESSOR,
        "manager_user_id": MANAGER,
        "interviews": INTERVIEWS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote bundle.json ({len(ACCOUNTS)} accounts) and eval.json ({len(questions)} questions)")


if __name__ == "__main__":
    main()
