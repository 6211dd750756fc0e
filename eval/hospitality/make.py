#!/usr/bin/env python3
"""Builds bundle.json and eval.json for the hospitality evaluation set.

Vendor: Rotaline Ltd -- payroll, rostering and tip-pooling (tronc) software
for UK hospitality. All money in GBP.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- users
users = [
    {"id": "u-gemma", "name": "Gemma Holloway", "email": "gemma.holloway@rotaline.test",
     "role": "admin", "team": "Sales Operations"},
    {"id": "u-declan", "name": "Declan Frost", "email": "declan.frost@rotaline.test",
     "role": "manager", "team": "Hospitality Accounts"},
    {"id": "u-fiona", "name": "Fiona Barclay", "email": "fiona.barclay@rotaline.test",
     "role": "rep", "manager_id": "u-declan", "team": "Hospitality Accounts"},
    {"id": "u-jade", "name": "Jade Whitfield", "email": "jade.whitfield@rotaline.test",
     "role": "rep", "manager_id": "u-declan", "team": "Hospitality Accounts"},
    {"id": "u-sam", "name": "Sam Okafor", "email": "sam.okafor@rotaline.test",
     "role": "rep", "manager_id": "u-declan", "team": "Hospitality Accounts"},
    {"id": "u-rory", "name": "Rory McBride", "email": "rory.mcbride@rotaline.test",
     "role": "rep", "manager_id": "u-declan", "team": "Hospitality Accounts"},
    {"id": "u-ellie", "name": "Ellie Tran", "email": "ellie.tran@rotaline.test",
     "role": "rep", "manager_id": "u-declan", "team": "Hospitality New Business"},
]


def act(id_, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": id_, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


# ================================================================ HARBOURLINE
harbourline = {
    "id": "acc-harbourline",
    "name": "Harbourline Hotels Group",
    "owner_id": "u-fiona",
    "arr": 612000,
    "segment": "enterprise",
    "industry": "Hospitality - Hotels",
    "territory": "UK North & Scotland",
    "renewal_date": "2027-03-31",
    "contract_notes": (
        "3-year MSA from 1 April 2024 to 31 March 2027 covering payroll, rostering and tronc for 38 hotels. "
        "Priced at £12.15 PEPM (list £13.35 less 9% multi-site discount) on 4,200 committed employees, billed monthly. "
        "Tronc module bundled at no charge for the initial term. Annual uplift CPI+1%, capped at 4%. "
        "SLA: 99.5% on-time payroll runs; 5% service credit of the monthly fee per late run, capped at 15% a month. "
        "Auto-renews for 12 months unless either party gives 90 days' written notice. "
        "Data processing addendum v2 signed June 2025."
    ),
    "contacts": [
        {"id": "c-hl-marcus", "name": "Marcus Ellery", "title": "Group Finance Director",
         "email": "marcus.ellery@harbourlinehotels.test", "phone": "+44 161 496 0231",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Ex-Whitbread. Reads papers the night before, so send anything 24h ahead. Do not cc him on support tickets."},
        {"id": "c-hl-sian", "name": "Siân Pritchard", "title": "Head of Payroll",
         "email": "sian.pritchard@harbourlinehotels.test", "phone": "+44 7700 900312",
         "role": "champion", "preferred_channel": "whatsapp", "relationship_strength": 5,
         "notes": "Runs the fortnightly payroll for roughly 4,200 staff. Desk line +44 161 496 0478."},
        {"id": "c-hl-rebecca", "name": "Rebecca Thorne", "title": "Chief Operating Officer",
         "email": "rebecca.thorne@harbourlinehotels.test", "phone": "+44 161 496 0105",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 1,
         "notes": "Joined 1 October 2026 from Accor. Diary run by her EA, Lorraine Baptiste."},
        {"id": "c-hl-dev", "name": "Dev Chauhan", "title": "IT Systems Manager",
         "email": "dev.chauhan@harbourlinehotels.test", "phone": "+44 161 496 0662",
         "role": "influencer", "preferred_channel": "teams", "relationship_strength": 3,
         "notes": "Owns single sign-on (Entra ID), the Opera PMS and the building door-access feed."},
        {"id": "c-hl-kirsty", "name": "Kirsty Lamb", "title": "Procurement Manager",
         "email": "kirsty.lamb@harbourlinehotels.test", "phone": "+44 161 496 0390",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Wants everything in writing with procurement@harbourlinehotels.test in copy."},
        {"id": "c-hl-andy", "name": "Andy Kerr", "title": "General Manager, The Harbourline Leith",
         "email": "andy.kerr@harbourlinehotels.test", "phone": "+44 131 496 0714",
         "role": "user", "preferred_channel": "phone", "relationship_strength": 4,
         "notes": "Pilot site for tronc statements in the staff app since May 2026."},
    ],
    "opportunities": [
        {"id": "o-hl-renewal", "name": "Harbourline renewal 2027 (3-year)", "stage": "proposal",
         "amount": 640000, "close_date": "2027-03-31",
         "next_step": "Send renewal proposal with two PEPM options (flat and seasonal band) to Marcus by 11 Dec"},
        {"id": "o-hl-opera", "name": "Opera Cloud service-charge integration", "stage": "qualification",
         "amount": 38000, "close_date": "2027-02-15",
         "next_step": "Dev to confirm OHIP API access with their Oracle partner"},
        {"id": "o-hl-ireland", "name": "Dublin & Cork hotels - Irish payroll", "stage": "on_hold",
         "amount": 54000, "close_date": "2027-06-30",
         "next_step": "Revisit once Irish payroll ships in the Q2 2027 release"},
    ],
    "activities": [
        act("a-hl-001", "email", "2026-01-14T09:12:00Z", "u-fiona", ["c-hl-sian"],
            "2026 fortnightly payroll calendar",
            "Hi Siân, attached is the 2026 payroll calendar with our cut-off times for all 26 fortnightly runs. "
            "Cut-off stays at 14:00 two working days before pay date, except the Easter and Christmas runs, which move to three working days. "
            "Shout if the Scottish GMs need a different timesheet lock.", "outbound"),
        act("a-hl-002", "call", "2026-02-03T15:30:00Z", "u-fiona", ["c-hl-marcus", "c-hl-sian"],
            "Q4 review call - headcount billing",
            "Quarterly review with Marcus and Siân. Marcus asked why they are billed on 4,200 committed heads when payroll shows about 3,700 live employees over the winter. "
            "Explained the committed-headcount model; he wasn't satisfied and wants options before the renewal. "
            "Siân mentioned three open tickets about HMRC tax code file imports and I said I'd chase support."),
        act("a-hl-003", "note", "2026-03-20T08:45:00Z", "u-fiona", ["c-hl-sian", "c-hl-andy"],
            "Incident: late payroll 19 March - Scottish hotels",
            "The 19 March fortnightly run failed for 612 employees across the seven Scottish hotels after the HMRC P9 tax code batch failed to import. "
            "Staff were paid on 20 March, one day late, through a manual BACS re-run. Support ticket INC-40917. "
            "SLA breach confirmed: 5% service credit of £2,550 goes against the April invoice as credit note CN-2026-0114. "
            "Andy Kerr reported distressed staff at Leith."),
        act("a-hl-004", "email", "2026-03-23T07:58:00Z", "u-fiona", ["c-hl-marcus"],
            "Re: 19 March payroll",
            "Fiona - this is unacceptable. Six hundred of our lowest-paid people were paid late, and a lot of them live payday to payday. "
            "I want a written root cause analysis within ten working days and a named person accountable for our payroll runs from now on. "
            "I'd rather not discuss it by phone. Marcus", "inbound"),
        act("a-hl-005", "meeting", "2026-04-02T10:00:00Z", "u-fiona", ["c-hl-marcus", "c-hl-sian", "c-hl-dev"],
            "Root cause review - 19 March payroll",
            "RCA walkthrough at Harbourline's Manchester office with Marcus, Siân and Dev; our CTO Hannah Okoye joined. "
            "Root cause: one malformed record in the P9 batch stopped the whole file instead of being quarantined. "
            "Agreed: dual validation on every tax code import, quarantine of bad records rather than failing the batch, and a named payroll engineer (Tomasz Nowak) on every Harbourline run until at least the renewal. "
            "Marcus accepted the RCA but said the £2,550 credit 'doesn't touch the sides'."),
        act("a-hl-006", "chat", "2026-05-12T12:20:00Z", "u-fiona", ["c-hl-sian"],
            "Leith tronc statements pilot",
            "Siân: tronc statements in the staff app have been live at Leith since the 5th and Andy says questions to the troncmaster have basically stopped. He wants Glasgow next. "
            "Me: brilliant, let's do Glasgow in June once the points export is signed off."),
        act("a-hl-007", "email", "2026-06-18T14:02:00Z", "u-fiona", ["c-hl-dev"],
            "SSO certificate renewal before 30 June",
            "Hi Dev, a reminder that the SAML signing certificate for your Entra ID single sign-on expires on 30 June. "
            "New metadata is attached; if it isn't swapped before then, staff won't be able to log into the app. "
            "Happy to jump on Teams for ten minutes if that's easier.", "outbound"),
        act("a-hl-008", "meeting", "2026-07-09T13:00:00Z", "u-fiona", ["c-hl-marcus", "c-hl-sian", "c-hl-kirsty"],
            "H1 business review, Manchester",
            "Business review with Marcus, Siân and Kirsty. No late payroll since March and Tomasz has been on every run. "
            "Kirsty asked for a price benchmark against Fourth and a completed security questionnaire before any renewal discussion. "
            "Marcus wants the renewal proposal with two pricing options by mid-December, ahead of their January board."),
        act("a-hl-009", "call", "2026-08-27T09:30:00Z", "u-fiona", ["c-hl-dev"],
            "Opera Cloud service-charge integration scoping",
            "Scoping call with Dev about pulling service charge and tips data from Opera Cloud into tronc. "
            "It needs an OHIP API licence from Oracle on their side. Our estimate is about £38,000 for the build plus first-year support. "
            "Dev will confirm API access with their Oracle partner."),
        act("a-hl-010", "email", "2026-09-15T17:41:00Z", "u-fiona", ["c-hl-sian"],
            "Heads up - new COO",
            "Fiona, quick heads up before it's announced: Rebecca Thorne joins as COO on 1 October from Accor. "
            "HR and people systems will sit under her. She has already asked for a list of every people-tech contract and its renewal date, so we're on it. Diolch, Siân",
            "inbound"),
        act("a-hl-011", "meeting", "2026-10-06T11:00:00Z", "u-fiona", ["c-hl-rebecca", "c-hl-sian"],
            "Intro with Rebecca Thorne (COO)",
            "30-minute intro on Teams with Rebecca; Siân joined. Rebecca asked for active users and payroll-run data by hotel, and said she is reviewing every people system in her first 100 days. "
            "She said she 'isn't sentimental about vendors'. I agreed to send usage by hotel this week."),
        act("a-hl-012", "email", "2026-10-21T10:15:00Z", "u-fiona", ["c-hl-kirsty"],
            "Security questionnaire SQ-HL-2026-07 - our responses",
            "Kirsty, please find our completed responses to security questionnaire SQ-HL-2026-07, with our ISO 27001 certificate and the latest pen test summary. "
            "You mentioned procurement will run an RFI for people systems in January; please send the timetable when you have it. cc procurement@harbourlinehotels.test",
            "outbound"),
        act("a-hl-013", "call", "2026-11-04T16:00:00Z", "u-fiona", ["c-hl-sian"],
            "Irish hotels",
            "Siân confirmed the purchase of two hotels in Dublin and Cork completes in January 2027 and they will need Irish payroll. "
            "I told her honestly that Irish payroll is on our roadmap for Q2 2027, not before. She'll keep their current Irish provider for those sites in the meantime. Opportunity parked."),
        act("a-hl-014", "note", "2026-11-18T09:00:00Z", "u-fiona", [],
            "Handover note - renewal timeline",
            "I leave Rotaline at the end of November; Jade Whitfield takes over Harbourline. "
            "Renewal proposal with two PEPM options is due to Marcus by 11 December. Contract notice date is 1 January 2027. Tomasz stays as named payroll engineer."),
    ],
}

# ================================================================ COPPER KETTLE
copperkettle = {
    "id": "acc-copperkettle",
    "name": "Copper Kettle Pub Co",
    "owner_id": "u-fiona",
    "arr": 148240,
    "segment": "mid_market",
    "industry": "Hospitality - Pubs & Bars",
    "territory": "UK North West & Midlands",
    "renewal_date": "2027-06-30",
    "contract_notes": (
        "2-year agreement 1 July 2025 to 30 June 2027 for rostering and payroll at £5.80 PEPM on 1,900 contracted employees (£132,240 a year). "
        "Tips module added by order form OF-CK-003 (February 2026) at a flat £16,000 a year, co-termed; setup fee for the Tips module waived. "
        "Invoiced annually in advance, payable by BACS on 30-day terms. Fixed 3% uplift at renewal. 60 days' notice to terminate at term end."
    ),
    "contacts": [
        {"id": "c-ck-nick", "name": "Nick Fairhurst", "title": "Managing Director & Founder",
         "email": "nick@copperkettlepubs.test", "phone": "+44 7700 900145",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 3,
         "notes": "Founded the business in 2009. Likes to meet in one of the pubs rather than on a video call."},
        {"id": "c-ck-gareth", "name": "Gareth Doyle", "title": "Chief Financial Officer",
         "email": "gareth.doyle@copperkettlepubs.test", "phone": "+44 161 496 0877",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Reads email on his phone - put the numbers in the body, not in attachments."},
        {"id": "c-ck-lou", "name": "Louise (Lou) Brennan", "title": "Head of People & Payroll",
         "email": "lou.brennan@copperkettlepubs.test", "phone": "+44 161 496 0820",
         "role": "champion", "preferred_channel": "email", "relationship_strength": 5,
         "notes": "Owns the written tipping policy and compliance with the Allocation of Tips Act."},
        {"id": "c-ck-priya", "name": "Priya Sandhu", "title": "Area Manager, North West",
         "email": "priya.sandhu@copperkettlepubs.test", "phone": "+44 7700 900268",
         "role": "influencer", "preferred_channel": "whatsapp", "relationship_strength": 4},
        {"id": "c-ck-wes", "name": "Wes Malone", "title": "IT & Systems Lead (contractor)",
         "email": "wes@malone-it.test", "phone": "+44 7700 900433",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Contractor, only in on Tuesdays and Thursdays. Owns the Zonal EPOS link."},
    ],
    "opportunities": [
        {"id": "o-ck-renewal", "name": "Copper Kettle renewal 2027", "stage": "qualification",
         "amount": 152700, "close_date": "2027-06-30",
         "next_step": "Renewal kick-off with Gareth and Lou in January; agree billing headcount"},
        {"id": "o-ck-hols", "name": "Holiday pay accrual add-on", "stage": "proposal",
         "amount": 11400, "close_date": "2027-01-31",
         "next_step": "Lou to get Nick's sign-off after their January trading update"},
    ],
    "activities": [
        act("a-ck-001", "meeting", "2026-01-20T10:30:00Z", "u-fiona", ["c-ck-lou", "c-ck-priya", "c-ck-wes"],
            "Tips module kick-off",
            "Kick-off for the Tips module at Copper Kettle's Stockport office. Phase 1 is 24 pubs going live on 30 March; the other 40 follow once phase 1 is stable. "
            "Lou is finalising their written tipping policy under the Employment (Allocation of Tips) Act. Wes owns the Zonal card-tips feed. "
            "Back-of-house share agreed at 30% of card tips."),
        act("a-ck-002", "email", "2026-02-09T16:05:00Z", "u-fiona", ["c-ck-gareth"],
            "Order form OF-CK-003 - Tips module",
            "Hi Gareth, attached is order form OF-CK-003 for the Tips module at a flat £16,000 a year, co-termed with your main agreement to 30 June 2027 and prorated for this year. "
            "As discussed, the £4,500 setup fee is waived. If you can send it back signed with a PO we'll hold the 30 March go-live.",
            "outbound"),
        act("a-ck-003", "email", "2026-02-26T11:40:00Z", "u-fiona", ["c-ck-gareth"],
            "RE: Order form OF-CK-003 - Tips module",
            "Signed copy attached. PO number is PO-77120 - please quote it on the invoice or our AP team will bounce it. Gareth",
            "inbound"),
        act("a-ck-004", "call", "2026-03-12T10:00:00Z", "u-fiona", ["c-ck-wes"],
            "Zonal card-tips feed mapping",
            "Call with Wes to map the Zonal tip lines into the Tips module. Card tips and service charge arrive as separate lines; cash tips stay outside the system. "
            "He'll switch on the nightly export for the 24 phase 1 pubs by 27 March."),
        act("a-ck-005", "chat", "2026-04-06T09:14:00Z", "u-fiona", ["c-ck-priya"],
            "Drover's Rest tips look wrong",
            "Priya: staff at the Drover's Rest in Buxton are seeing nearly double their Easter weekend tips in the app, bar team are screenshotting it. "
            "Me: logged as SUP-22871, urgent. Looks like the Zonal feed sent Saturday's file twice. Will update you by end of day."),
        act("a-ck-006", "email", "2026-04-15T15:30:00Z", "u-fiona", ["c-ck-lou", "c-ck-priya"],
            "SUP-22871 fixed - Drover's Rest tips",
            "Lou, Priya - the duplicate Zonal file has been removed and we've added a check that rejects a repeated file for the same trading day. "
            "The corrected figures mean £1,184.60 of tips is re-allocated across the Drover's Rest team on the next payroll. "
            "I'm sorry this landed on Easter weekend of all weekends.", "outbound"),
        act("a-ck-007", "meeting", "2026-05-21T12:30:00Z", "u-fiona", ["c-ck-nick", "c-ck-lou"],
            "Pub visit with Nick - Kettle & Anchor, Stockport",
            "Lunch with Nick and Lou at the Kettle & Anchor. Nick asked how many staff actually use the app: 71% of staff in the phase 1 pubs are active weekly. "
            "He wants managers to stop doing rotas on Sunday nights and asked for auto-scheduling to be switched on for every pub."),
        act("a-ck-008", "email", "2026-06-30T08:20:00Z", "u-fiona", ["c-ck-gareth"],
            "Invoice INV-2026-0631",
            "Fiona, your invoice INV-2026-0631 for £132,240 plus VAT landed today with no warning. "
            "With the duty rise and our energy bills this is not a good quarter for us. Can we split it into two payments, July and October? Gareth",
            "inbound"),
        act("a-ck-009", "note", "2026-07-22T11:00:00Z", "u-declan", ["c-ck-gareth"],
            "Approved: split payment for INV-2026-0631",
            "Approved a one-off split of INV-2026-0631 into two instalments of £66,120: the first on 31 July, the second due 15 October. "
            "Not a precedent for 2027. Fiona to confirm to Gareth in writing."),
        act("a-ck-010", "call", "2026-09-03T14:00:00Z", "u-fiona", ["c-ck-lou"],
            "Holiday pay accrual add-on demo",
            "Demoed the holiday pay accrual add-on to Lou. She liked the irregular-hours accrual and the rolled-up holiday pay view. "
            "Quoted £11,400 a year; she thinks she can fund it from her own people budget but needs Nick's approval after the January trading update."),
        act("a-ck-011", "email", "2026-10-16T09:05:00Z", "u-fiona", ["c-ck-gareth"],
            "Second instalment - INV-2026-0631",
            "Hi Gareth, a gentle nudge that the second instalment of £66,120 was due yesterday, 15 October. No panic, just checking it's in this week's payment run.",
            "outbound"),
        act("a-ck-012", "note", "2026-10-21T16:10:00Z", "u-fiona", ["c-ck-gareth"],
            "Second instalment received",
            "Second instalment of £66,120 received today, 21 October - six days late. Credit control informed, no further action."),
        act("a-ck-013", "chat", "2026-10-29T18:47:00Z", "u-fiona", ["c-ck-priya"],
            "Cumbria pubs + Priya's new role",
            "Priya: the Hartley's deal for the eight Cumbria pubs has slipped to February. Also I'm starting as Head of Operations in January so someone else will own tips day to day. "
            "Me: congrats!! who should I work with on tips from January? Priya: Lou, until they hire my replacement."),
        act("a-ck-014", "meeting", "2026-11-12T10:00:00Z", "u-fiona", ["c-ck-lou", "c-ck-gareth"],
            "Annual headcount true-up",
            "Reviewed billing headcount with Lou and Gareth. Payroll shows an average of 2,060 employees since July against 1,900 contracted. "
            "Gareth pushed back that some of those are quiz hosts and casuals on zero pay. Agreed to hold the true-up until renewal and bill on the agreed headcount from 1 July 2027."),
    ],
}

# ================================================================ SAFFRON & VINE
saffron = {
    "id": "acc-saffronvine",
    "name": "Saffron & Vine Restaurants",
    "owner_id": "u-fiona",
    "arr": 36480,
    "segment": "smb",
    "industry": "Hospitality - Restaurants",
    "territory": "UK London & South East",
    "renewal_date": "2027-01-31",
    "contract_notes": (
        "12-month rolling agreement, current term 1 February 2026 to 31 January 2027. Rostering £5.40 + tronc £3.60 = £9.00 PEPM on 310 employees, "
        "plus £3,000 a year for the Kinross bureau integration. Monthly direct debit. 30 days' notice. No uplift cap. "
        "2026 price held at 2025 level in exchange for a published customer case study."
    ),
    "contacts": [
        {"id": "c-sv-amara", "name": "Amara Okonjo-Hale", "title": "Co-founder & CEO",
         "email": "amara@saffronandvine.test", "phone": "+44 7700 900721",
         "role": "decision_maker", "preferred_channel": "whatsapp", "relationship_strength": 4,
         "notes": "Sends WhatsApp voice notes; text replies are fine."},
        {"id": "c-sv-luca", "name": "Luca Benedetti", "title": "Co-founder & Executive Chef",
         "email": "luca@saffronandvine.test", "phone": "+44 20 7946 0388",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Go through Freya rather than contacting him directly."},
        {"id": "c-sv-freya", "name": "Freya Lindqvist", "title": "Operations Manager & Troncmaster",
         "email": "freya@saffronandvine.test", "phone": "+44 20 7946 0152",
         "role": "champion", "preferred_channel": "email", "relationship_strength": 5},
        {"id": "c-sv-nadia", "name": "Nadia Haddad", "title": "Finance Manager (part-time)",
         "email": "nadia@saffronandvine.test", "phone": "+44 20 7946 0419",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Works Mondays to Wednesdays."},
        {"id": "c-sv-jonty", "name": "Jonty Rees", "title": "Account Manager, Kinross Payroll Bureau",
         "email": "jonty.rees@kinrosspayroll.test", "phone": "+44 1632 960245",
         "role": "other", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Runs Saffron & Vine's outsourced payroll at the bureau."},
    ],
    "opportunities": [
        {"id": "o-sv-renewal", "name": "Saffron & Vine renewal Feb 2027", "stage": "negotiation",
         "amount": 38900, "close_date": "2027-01-31",
         "next_step": "Confirm 2027 price with Amara before her 1 January notice date"},
        {"id": "o-sv-payroll", "name": "Payroll module (replace Kinross bureau)", "stage": "discovery",
         "amount": 14200, "close_date": "2027-04-30",
         "next_step": "Walk Nadia and Amara through the bureau vs Rotaline payroll cost comparison"},
    ],
    "activities": [
        act("a-sv-001", "call", "2026-01-27T11:30:00Z", "u-fiona", ["c-sv-amara"],
            "2026 renewal - price hold",
            "Amara agreed to renew for 2026 at the 2025 price. In return they'll do a customer case study with us in the spring, featuring the tronc set-up. "
            "She'd rather Freya was quoted than her."),
        act("a-sv-002", "email", "2026-02-11T10:20:00Z", "u-fiona", ["c-sv-freya"],
            "Updated tronc points matrix",
            "Hi Freya, I've loaded the revised points matrix for all nine sites: front of house and bar 1.0, sommeliers 1.3, chefs 0.8, kitchen porters 0.7. "
            "It applies from the tronc period starting 16 February. Could you sanity-check the Kemptown numbers, as that's the site with the most split shifts?",
            "outbound"),
        act("a-sv-003", "chat", "2026-03-05T19:02:00Z", "u-fiona", ["c-sv-freya"],
            "Feb tronc didn't import to Kinross",
            "Freya: the February tronc file has gone into the Kinross upload with all the dates wrong and they've rejected it. Payroll is Friday. "
            "Me: raised SUP-21904, engineering say it's a date format change on our side. Freya: I'll re-key it by hand this weekend, can't risk it."),
        act("a-sv-004", "email", "2026-03-18T13:45:00Z", "u-fiona", ["c-sv-jonty"],
            "Kinross file format v3 from April",
            "Hi Fiona, heads up that Kinross is moving all clients to import file format v3 from the April payroll. Spec attached. "
            "Main changes are ISO dates and a separate column for tronc versus salary. Give me a call before you change anything and I'll get our dev to test. Jonty",
            "inbound"),
        act("a-sv-005", "meeting", "2026-05-07T10:00:00Z", "u-fiona", ["c-sv-amara", "c-sv-freya"],
            "Case study interview - Kemptown",
            "Case study interview at the Kemptown restaurant in Brighton with Amara and Freya, with our marketing team. "
            "Themes: transparent tips, staff seeing their tronc points in the app, fewer payroll queries. Draft to Amara by 20 May."),
        act("a-sv-006", "email", "2026-06-24T22:10:00Z", "u-fiona", ["c-sv-luca"],
            "Kitchen share of the tronc",
            "Fiona, I'll be direct. My chefs are on 0.8 points while the floor is on 1.0, and they work longer hours in a hotter room. "
            "Two of my sous chefs have told me they're looking. I want chefs at 1.0. Can you change it in your system? Luca",
            "inbound"),
        act("a-sv-007", "call", "2026-07-02T09:30:00Z", "u-fiona", ["c-sv-freya"],
            "Luca's request on chef points",
            "Talked Freya through Luca's email. She was clear that points changes are a tronc committee decision - not hers and not ours - and the committee next meets on 9 September. "
            "I replied to Luca that we'll configure whatever the committee agrees."),
        act("a-sv-008", "email", "2026-08-14T11:00:00Z", "u-fiona", ["c-sv-nadia"],
            "Bringing payroll in-house - rough numbers",
            "Hi Nadia, as promised, rough numbers. You said Kinross costs you about £19,800 a year at your current payslip volumes. "
            "Our payroll module for 310 people would be £14,200 a year, and tronc would flow straight in with no file upload. Happy to walk you through it on a Monday or Tuesday.",
            "outbound"),
        act("a-sv-009", "note", "2026-09-10T15:20:00Z", "u-fiona", ["c-sv-amara"],
            "Coffee with Amara - Shoreditch",
            "Quick coffee with Amara near their Soho site. They've signed the lease on a tenth restaurant in Shoreditch, opening spring 2027. "
            "She asked whether adding a site mid-term changes the price."),
        act("a-sv-010", "email", "2026-10-22T08:35:00Z", "u-fiona", ["c-sv-amara"],
            "Renewal in Feb",
            "Hi Fiona, our renewal's coming up in February. What are you thinking on price? It's been a tough autumn on the high street and we'd love to keep things as they are. A x",
            "inbound"),
        act("a-sv-011", "call", "2026-11-09T10:30:00Z", "u-fiona", ["c-sv-nadia"],
            "Kinross notice period",
            "Nadia confirmed the Kinross bureau contract ends 31 March 2027 with three months' notice, so they have to decide on bringing payroll in-house by 31 December. "
            "She wants Amara to see the comparison first."),
    ],
}

# ================================================================ BRIGHTPLATE
brightplate = {
    "id": "acc-brightplate",
    "name": "Brightplate Catering",
    "owner_id": "u-fiona",
    "arr": 284000,
    "segment": "mid_market",
    "industry": "Contract Catering",
    "territory": "UK South West & Wales",
    "renewal_date": "2027-09-30",
    "contract_notes": (
        "3-year agreement 1 October 2024 to 30 September 2027. Hybrid pricing: salaried staff £7.50 PEPM on 1,800 employees (£162,000 a year); "
        "casual event staff £0.95 per active worker per week with a £90,000 annual minimum; weekly payroll surcharge £20,000 a year; "
        "Tips module £12,000 a year for stadium hospitality. Invoiced quarterly in arrears. Uplift RPI capped at 5%. "
        "Clause 14.2: either party may terminate for convenience after month 24 on six months' written notice. "
        "Clause 19.3: assignment to a group company or successor on written notice. Liability cap 12 months' fees."
    ),
    "contacts": [
        {"id": "c-bp-helen", "name": "Helen Marsh", "title": "Chief Financial Officer",
         "email": "helen.marsh@brightplate.test", "phone": "+44 117 496 0204",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Formal. Copy Raj on everything you send her."},
        {"id": "c-bp-raj", "name": "Raj Mistry", "title": "Payroll & Reward Manager",
         "email": "raj.mistry@brightplate.test", "phone": "+44 117 496 0561",
         "role": "champion", "preferred_channel": "teams", "relationship_strength": 5,
         "notes": "Runs weekly casual payroll and monthly salaried payroll."},
        {"id": "c-bp-claire", "name": "Claire Dunmore", "title": "Managing Director, Brightplate Events",
         "email": "claire.dunmore@brightplate.test", "phone": "+44 7700 900349",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 3,
         "notes": "Runs the stadium and racecourse division. Don't call on match days."},
        {"id": "c-bp-ollie", "name": "Ollie Whitcombe", "title": "Head of IT",
         "email": "ollie.whitcombe@brightplate.test", "phone": "+44 117 496 0733",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Now reports into Corvana Group IT."},
        {"id": "c-bp-tash", "name": "Natasha (Tash) Greer", "title": "Events Staffing Coordinator",
         "email": "tash.greer@brightplate.test", "phone": "+44 7700 900587",
         "role": "user", "preferred_channel": "whatsapp", "relationship_strength": 4},
        {"id": "c-bp-gordon", "name": "Gordon Pike", "title": "Group Procurement Director, Corvana Group",
         "email": "gordon.pike@corvanagroup.test", "phone": "+44 118 496 0912",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 1,
         "notes": "Runs Corvana's January vendor rationalisation review."},
    ],
    "opportunities": [
        {"id": "o-bp-renewal", "name": "Brightplate renewal 2027 / Corvana alignment", "stage": "qualification",
         "amount": 290000, "close_date": "2027-09-30",
         "next_step": "Get a meeting with Gordon Pike before Corvana's January vendor review"},
        {"id": "o-bp-racecourse", "name": "Severnside Racecourse casual staff", "stage": "closed_won",
         "amount": 24000, "close_date": "2026-08-12",
         "next_step": "Racecourse casuals onboarded ahead of the 1 November meeting"},
        {"id": "o-bp-kiosk", "name": "Stadium clock-in kiosks", "stage": "proposal",
         "amount": 18500, "close_date": "2027-01-15",
         "next_step": "Claire to confirm kiosk count (est. 12) and site survey date"},
    ],
    "activities": [
        act("a-bp-001", "email", "2026-01-12T08:02:00Z", "u-fiona", ["c-bp-raj"],
            "Week 41 casual payslips - holiday pay missing",
            "Fiona, 46 of our casuals have no rolled-up holiday pay on their week 41 payslips - the 12.07% line has just disappeared. This went out on Friday. "
            "I've logged it as SUP-21377 but I need someone senior on it today please. Raj", "inbound"),
        act("a-bp-002", "call", "2026-01-15T16:30:00Z", "u-fiona", ["c-bp-raj"],
            "SUP-21377 fix and back-pay",
            "Cause was a pay-element mapping error introduced when we pushed the January rate update. Fix deployed yesterday. "
            "Back-pay of £3,912.44 across the 46 casuals goes in the next weekly run. Raj will write to the affected staff; I offered our wording."),
        act("a-bp-003", "meeting", "2026-02-19T10:00:00Z", "u-fiona", ["c-bp-helen", "c-bp-raj", "c-bp-claire"],
            "Q1 business review - Bristol",
            "Review at Brightplate's Bristol HQ with Helen, Raj and Claire. Helen challenged the £90,000 minimum on casual staff billing because January and February event volumes were low. "
            "Claire countered that the football and racing season makes up for it. No change agreed; Helen wants to revisit at renewal."),
        act("a-bp-004", "chat", "2026-03-30T17:25:00Z", "u-fiona", ["c-bp-tash"],
            "Derby day tips",
            "Tash: derby day hospitality tips all in, £6,310 across 140 staff, going out in Friday's run. Nobody complained for once! "
            "Me: brilliant, thanks for letting me know."),
        act("a-bp-005", "email", "2026-05-06T18:50:00Z", "u-fiona", ["c-bp-helen"],
            "Confidential - change of ownership",
            "Fiona, in confidence: we expect to be acquired by Corvana Group, completing in June. "
            "Could you tell me what our agreement says about assignment, and whether you need to consent? Helen", "inbound"),
        act("a-bp-006", "email", "2026-05-08T09:10:00Z", "u-fiona", ["c-bp-helen"],
            "RE: Confidential - change of ownership",
            "Helen, clause 19.3 allows either party to assign the agreement to a group company or successor on written notice, without consent. "
            "So nothing is needed from us beyond the notice, and our terms and pricing carry on as they are.", "outbound"),
        act("a-bp-007", "note", "2026-06-30T12:00:00Z", "u-fiona", ["c-bp-helen"],
            "Corvana acquisition completed",
            "Corvana Group completed the acquisition of Brightplate on 27 June. Corvana runs payroll on ADP across the group. "
            "Assignment notice received from Helen on 29 June."),
        act("a-bp-008", "email", "2026-08-12T14:40:00Z", "u-fiona", ["c-bp-claire", "c-bp-tash"],
            "Severnside Racecourse - welcome aboard",
            "Claire, Tash - order confirmed for the Severnside Racecourse staff: around 350 casuals, £24,000 a year. "
            "We'll load them in batches from September so everyone is in the system before the first race meeting on 1 November.",
            "outbound"),
        act("a-bp-009", "call", "2026-09-04T11:00:00Z", "u-fiona", ["c-bp-raj"],
            "Corvana and ADP",
            "Raj is worried Corvana will push Brightplate onto ADP. He says ADP struggles with weekly casual payroll and rolled-up holiday pay. "
            "He asked us for a side-by-side comparison he can put in front of Corvana's payroll team."),
        act("a-bp-010", "email", "2026-09-25T07:55:00Z", "u-fiona", ["c-bp-claire"],
            "Clock-in kiosks for the stadium",
            "Hi Fiona, can you quote for clock-in kiosks at the stadium? Probably around 12, covering the staff entrances and the hospitality level. "
            "I'd like them in before next season. Claire", "inbound"),
        act("a-bp-011", "email", "2026-10-01T13:20:00Z", "u-fiona", ["c-bp-ollie", "c-bp-raj"],
            "Integration workshop - 14 October",
            "Ollie, confirming the integration workshop on 14 October at 10:00 at your Bristol office. "
            "Agenda: data flows into Corvana's group reporting, the export spec you asked for, and SSO. Raj is invited too.",
            "outbound"),
        act("a-bp-012", "email", "2026-10-20T09:30:00Z", "u-fiona", ["c-bp-helen"],
            "INV-2026-0977 on hold",
            "Fiona, your Q3 invoice INV-2026-0977 for £71,000 is on hold until you are set up as a supplier in Corvana's system. "
            "I was rather surprised to receive a dunning letter from your credit control about it this morning, given the delay is on our side. "
            "Please could someone call off the chasers. Helen", "inbound"),
        act("a-bp-013", "note", "2026-11-06T15:00:00Z", "u-fiona", ["c-bp-helen"],
            "INV-2026-0977 paid",
            "INV-2026-0977 (£71,000) paid today, 6 November, after Corvana supplier set-up. Our Corvana supplier number is CV-V-88213. "
            "Credit control told not to chase Brightplate without checking with the account owner first."),
        act("a-bp-014", "meeting", "2026-11-10T10:30:00Z", "u-fiona", ["c-bp-raj", "c-bp-claire"],
            "Racecourse and season check-in",
            "Check-in with Raj and Claire. The first Severnside race meeting on 1 November went smoothly and all casuals were paid on the Friday. "
            "Claire asked us to hold the kiosk quote until she knows next year's venue list."),
        act("a-bp-015", "note", "2026-11-17T17:00:00Z", "u-fiona", [],
            "Handover - Brightplate",
            "Handing over to Jade. Key dates: Corvana vendor review in January; clause 14.2 termination for convenience is now live (six months' notice). "
            "Raj's ADP comparison is about 60% done in the shared drive."),
    ],
}

# ================================================================ DISTRACTOR: LANTERN HOUSE (Sam)
lantern = {
    "id": "acc-lanternhouse",
    "name": "Lantern House Hotels",
    "owner_id": "u-sam",
    "arr": 213600,
    "segment": "mid_market",
    "industry": "Hospitality - Hotels",
    "territory": "UK North & Scotland",
    "renewal_date": "2027-05-31",
    "contract_notes": (
        "2-year term to 31 May 2027 for payroll and tronc across 14 boutique hotels. £8.90 PEPM on 2,000 employees. "
        "Service credit of 3% of the monthly fee per late payroll run. 60 days' notice. Uplift capped at 3%."
    ),
    "contacts": [
        {"id": "c-lh-sian", "name": "Siân Howells", "title": "Payroll Manager",
         "email": "sian.howells@lanternhousehotels.test", "phone": "+44 113 496 0524",
         "role": "champion", "preferred_channel": "email", "relationship_strength": 4},
        {"id": "c-lh-jeremy", "name": "Jeremy Vance", "title": "Finance Director",
         "email": "jeremy.vance@lanternhousehotels.test", "phone": "+44 113 496 0310",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Likes a call before anything lands in writing."},
        {"id": "c-lh-olu", "name": "Olu Adeyemi", "title": "Chief Operating Officer",
         "email": "olu.adeyemi@lanternhousehotels.test", "phone": "+44 113 496 0188",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 2},
        {"id": "c-lh-morag", "name": "Morag Fleming", "title": "General Manager, Lantern House Edinburgh",
         "email": "morag.fleming@lanternhousehotels.test", "phone": "+44 131 496 0250",
         "role": "user", "preferred_channel": "phone", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-lh-renewal", "name": "Lantern House renewal 2027", "stage": "discovery",
         "amount": 220000, "close_date": "2027-05-31",
         "next_step": "Early renewal conversation with Jeremy in January"},
        {"id": "o-lh-opera", "name": "Opera PMS tronc feed", "stage": "proposal",
         "amount": 22000, "close_date": "2027-03-31",
         "next_step": "Olu to review the proposal with their IT partner"},
    ],
    "activities": [
        act("a-lh-001", "email", "2026-02-10T10:00:00Z", "u-sam", ["c-lh-sian"],
            "Edinburgh payroll ran two hours late",
            "Hi Siân, sorry about this morning: the Edinburgh hotel's BACS file missed the first submission window, so payments landed about two hours later than usual. "
            "Staff were still paid on the day, so it isn't an SLA breach, but I wanted you to hear it from me.", "outbound"),
        act("a-lh-002", "call", "2026-03-26T15:00:00Z", "u-sam", ["c-lh-jeremy"],
            "Tronc and NICs",
            "Jeremy asked whether their tronc is still NIC-free now that a deputy GM helps the troncmaster at two sites. "
            "Explained the independence test in general terms and recommended he takes advice from their accountants."),
        act("a-lh-003", "meeting", "2026-04-30T11:00:00Z", "u-sam", ["c-lh-jeremy", "c-lh-sian", "c-lh-olu"],
            "Annual review, York",
            "Annual review at Lantern House York. Payroll has been on time all year apart from the Edinburgh delay in February. "
            "Olu asked about consolidating rostering onto us from their current tool; Jeremy wants a price first."),
        act("a-lh-004", "email", "2026-06-11T09:45:00Z", "u-sam", ["c-lh-sian"],
            "Rolled-up holiday pay for bank staff",
            "Siân Howells asked how rolled-up holiday pay shows on payslips for their bank staff. Sent the guide and a sample payslip with the 12.07% line highlighted.",
            "outbound"),
        act("a-lh-005", "chat", "2026-07-15T20:05:00Z", "u-sam", ["c-lh-morag"],
            "Tronc statements in the app",
            "Morag: can staff see their tronc points in the app yet? The Edinburgh team keep asking. "
            "Me: not switched on for Lantern House yet, I'll ask product about a pilot."),
        act("a-lh-006", "email", "2026-08-20T16:30:00Z", "u-sam", ["c-lh-olu"],
            "Consolidation question",
            "Olu, following our chat: yes, rostering and payroll can run on the one login. I've asked Ellie to put together a rostering quote for the 14 hotels.",
            "outbound"),
        act("a-lh-007", "note", "2026-09-30T12:00:00Z", "u-sam", ["c-lh-olu"],
            "Opera tronc feed proposal sent",
            "Sent Olu the proposal for pulling service charge from Opera PMS into tronc, £22,000 including first-year support."),
        act("a-lh-008", "call", "2026-11-02T14:00:00Z", "u-sam", ["c-lh-jeremy"],
            "Renewal early chat",
            "Jeremy wants a two-year renewal at today's price and mentioned Fourth had been in touch. Told him we'd come back in January with options."),
    ],
}

# ================================================================ DISTRACTOR: RED FOX TAVERNS (Rory)
redfox = {
    "id": "acc-redfox",
    "name": "Red Fox Taverns",
    "owner_id": "u-rory",
    "arr": 91840,
    "segment": "mid_market",
    "industry": "Hospitality - Pubs & Bars",
    "territory": "UK North West & Midlands",
    "renewal_date": "2027-04-30",
    "contract_notes": (
        "12-month term to 30 April 2027 for rostering and tips at £6.20 PEPM on 1,100 employees (£81,840) plus £10,000 a year for the Zonal connector. "
        "Annual in advance. 30 days' notice."
    ),
    "contacts": [
        {"id": "c-rf-bev", "name": "Bev Hollins", "title": "Managing Director & Founder",
         "email": "bev@redfoxtaverns.test", "phone": "+44 7700 900811",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 3},
        {"id": "c-rf-tariq", "name": "Tariq Aziz", "title": "Finance Director",
         "email": "tariq.aziz@redfoxtaverns.test", "phone": "+44 115 496 0642",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2},
        {"id": "c-rf-louisa", "name": "Louisa Grant", "title": "HR & Payroll Lead",
         "email": "louisa.grant@redfoxtaverns.test", "phone": "+44 115 496 0277",
         "role": "champion", "preferred_channel": "email", "relationship_strength": 4},
        {"id": "c-rf-dan", "name": "Dan Pryce", "title": "Area Manager",
         "email": "dan.pryce@redfoxtaverns.test", "phone": "+44 7700 900936",
         "role": "user", "preferred_channel": "whatsapp", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-rf-renewal", "name": "Red Fox renewal 2027", "stage": "proposal",
         "amount": 94600, "close_date": "2027-04-30",
         "next_step": "Tariq to review 3% uplift proposal"},
        {"id": "o-rf-payroll", "name": "Red Fox payroll module", "stage": "qualification",
         "amount": 28000, "close_date": "2027-06-30",
         "next_step": "Demo for Louisa in December"},
    ],
    "activities": [
        act("a-rf-001", "meeting", "2026-01-28T11:00:00Z", "u-rory", ["c-rf-louisa", "c-rf-bev"],
            "Tipping policy review",
            "Went through Red Fox's written tipping policy with Louisa and Bev to check it lines up with the Allocation of Tips Act. "
            "Back-of-house get 25% of card tips. Bev wants the policy visible to staff in the app."),
        act("a-rf-002", "chat", "2026-03-09T21:30:00Z", "u-rory", ["c-rf-dan"],
            "Fox & Hounds tips split wrong",
            "Dan: tips screen at the Fox & Hounds in Derby is showing service charge as tips. Me: logged SUP-22015, looks like the Zonal service charge line is mapped to tips."),
        act("a-rf-003", "email", "2026-03-11T10:00:00Z", "u-rory", ["c-rf-dan", "c-rf-louisa"],
            "SUP-22015 resolved",
            "The Zonal mapping for the Fox & Hounds is fixed and service charge now sits in its own pool. No money had been paid out, so nothing to claw back.",
            "outbound"),
        act("a-rf-004", "email", "2026-05-19T08:40:00Z", "u-rory", ["c-rf-tariq"],
            "Payment terms",
            "Tariq asked to pay the annual invoice in four quarterly instalments. I said we can't do quarterly but could look at two payments if he puts the request in writing.",
            "outbound"),
        act("a-rf-005", "call", "2026-06-25T13:00:00Z", "u-rory", ["c-rf-bev"],
            "Bev and Planday",
            "Bev mentioned Planday had pitched them at a lower price for rostering. She likes the tips side of ours though, and wants to see the payroll module before deciding anything."),
        act("a-rf-006", "note", "2026-08-07T09:00:00Z", "u-rory", ["c-rf-dan"],
            "Shift notes export",
            "Dan wants a weekly export of shift notes so area managers can see problems across pubs. Raised as a feature request."),
        act("a-rf-007", "email", "2026-10-05T15:15:00Z", "u-rory", ["c-rf-louisa"],
            "Payroll module demo",
            "Hi Louisa, booking in the payroll module demo for December as discussed. I'll bring a sample tronc-to-payslip run.",
            "outbound"),
        act("a-rf-008", "call", "2026-11-13T11:30:00Z", "u-rory", ["c-rf-tariq"],
            "Renewal proposal",
            "Walked Tariq through the renewal with a 3% uplift. He asked for the Zonal connector fee to be dropped; said I'd check with Declan."),
    ],
}

bundle = {
    "format": "baton-bundle/v1",
    "users": users,
    "accounts": [harbourline, copperkettle, saffron, brightplate, lantern, redfox],
}

# ================================================================ INTERVIEWS (Fiona's voice)
interviews = {
    "acc-harbourline": {
        "decision_maker": (
            "On paper it's Marcus Ellery, the Group FD. He signs anything over £250k, and because we're above half a million the renewal "
            "also goes to their audit committee in January. But honestly, since October the person who'll really decide is Rebecca Thorne, "
            "the new COO who came over from Accor. Marcus will go along with whatever Rebecca is comfortable with as long as the numbers work. "
            "What Marcus personally cares about: the cost-per-employee line on his quarterly board slide, where we're one of the bigger "
            "people-tech costs, and never being embarrassed in front of the board again after March. Rebecca cares about consolidation. "
            "She ran a 'one platform' programme at Accor and she's said out loud that she wants fewer vendors, not more. I've only met her "
            "properly once, on 6 October, for half an hour. She asked for usage by hotel, which I sent on the 9th. If you want a way in with "
            "Rebecca, go through Siân, not Marcus. Marcus is a bit wary of her; the gossip is he went for the COO job himself and didn't get it."
        ),
        "champion": (
            "Siân Pritchard, Head of Payroll, no question. She's been with us since the pilot in 2023 and she fought for us when procurement "
            "wanted to tender in 2024. What I've promised her: a named payroll engineer, Tomasz on our side, on every run until at least the "
            "renewal, and early access to the new rolled-up holiday pay report before it goes GA. I told her January for that, so please chase "
            "product. What she needs to look good with Rebecca is concrete: she wants to show the payroll team went from 6 FTE to 4.5 FTE since "
            "go-live, and that there hasn't been a late payroll since March. If you can get her a one-page efficiency summary with those numbers "
            "before her 1:1 with Rebecca in December, she'll love you for it. Small thing but it matters: she's a Welsh speaker, signs off "
            "'diolch', and it's Siân with the little hat. Get the name right."
        ),
        "hidden_commitments": (
            "A few things that aren't written down anywhere official. One: after the March incident I told Marcus on the phone that if we had "
            "another late run before the renewal we'd credit them a full month's fee, about £51k. I said it in the heat of the moment, Declan "
            "knows, and I'd honour it because that's how Marcus heard it. Two: I verbally agreed with Dev that we'd cover the Oracle OHIP API "
            "licence for the first year if they sign the Opera integration. That's about £6,000 and it isn't in any quote yet. Three: Andy at "
            "Leith was promised he can keep the old tronc points CSV export, because the troncmaster's accountant relies on that exact layout. "
            "Product agreed to keep it until the end of 2027, but only by Slack message, so get it in writing."
        ),
        "history_sensitivities": (
            "The big one is the 19th of March payroll. The HMRC P9 tax code batch didn't import for the seven Scottish hotels and 612 people got "
            "paid a day late. Some of the housekeeping staff went overdrawn and Andy had people in tears in his office at Leith. We issued the "
            "5% SLA credit, £2,550, which Marcus frankly found insulting given the mess. Resolution was the RCA on 2 April, dual validation on "
            "tax code imports, and Tomasz as named engineer. Technically it's fixed but it's still raw for Marcus, so don't make any jokes about "
            "payday. Smaller one: in 2025 our support desk told a GM to 'ask your payroll team' and it looked like we were bypassing Siân, she "
            "was properly irritated. And be careful with Fourth. They left Fourth on bad terms in 2023 and Kirsty brings them up as a benchmark "
            "mainly to needle us."
        ),
        "pricing_story": (
            "It's £12.15 per employee per month on 4,200 committed heads, which is list £13.35 less 9% for multi-site. The committed number is "
            "the sore point: winter headcount drops to about 3,700 because the seaside hotels in Scarborough, Whitby and Llandudno go down to "
            "a skeleton crew, so from November to February they're paying for roughly 500 people who aren't there. Marcus raised it in February. "
            "I floated a seasonal band, 3,800 from November to March and 4,400 from April to October, and that's probably the best lever you "
            "have at renewal. Tronc is bundled free for the initial three years because we needed a lighthouse tronc customer in 2024 and "
            "Declan approved it; at renewal list would be £1.10 PEPM and they will fight it. The uplift is CPI plus 1, capped at 4%, and we "
            "didn't apply the uplift in April 2026 because of the March incident. That was a goodwill gesture I agreed with Declan."
        ),
        "unexpected_use": (
            "Two odd ones. They use rostering to share their weddings and events staff across hotels, basically lending banqueting teams "
            "between Harrogate and York at weekends. Rostering wasn't built for cross-site shared pools, so they created a fake site called "
            "EVENTS POOL with its own cost centre. It works, but it messes up the per-site labour percentage reports and Siân does a manual "
            "adjustment every period. The second one is scarier: Dev uses our leavers endpoint in the payroll export API to feed their "
            "door-access system, so a leaver's keycard stops working the day payroll processes them as a leaver. Clever, but if we ever rename "
            "fields on that endpoint it breaks their building security. Tell product before any change to the leavers endpoint goes out."
        ),
        "channels_surprises": (
            "Siân: WhatsApp for anything urgent, email for anything formal, and her mobile is in the CRM. Marcus: email only, short, and he "
            "wants papers the day before any meeting so he can read them properly. Never ring him cold, he hates it. Dev is happy on Teams chat "
            "and he's the quickest to reply of anyone there. Kirsty wants everything in writing with the procurement mailbox copied; if you "
            "call her she'll just say 'put that in an email'. Rebecca I don't know well yet; her EA Lorraine books everything. Must never be "
            "surprised: Marcus on anything to do with money. If a credit, uplift or invoice changes he hears it from us before it lands in AP. "
            "And Siân must never hear about a product change from one of her GMs first. That happened with the new payslip layout in 2025 "
            "and she was livid."
        ),
        "org_changes": (
            "Rebecca Thorne started as COO on 1 October, ex-Accor. She reports to the CEO and has taken operations plus HR and people systems, "
            "so the old Chief People Officer role has effectively been folded into hers. She's running a people tech review that reports in "
            "Q1 2027, which lands right on top of our renewal. They're also buying two hotels in Ireland, Dublin and Cork, completing in "
            "January 2027, and we can't do Irish payroll until our Q2 2027 release, so that's a gap a competitor will use. I also heard from "
            "Andy, not from head office, that they might sell the Whitby hotel, so don't repeat that as fact. And Marcus told me capex is "
            "frozen for the second half of their financial year, which runs to the end of March."
        ),
        "warning_signs": (
            "Before March, the warning sign was Siân's team raising tickets about the HMRC file imports in January, three of them, and we "
            "treated them as low priority. That preceded the late payroll. Lesson learnt: any payroll import ticket from Harbourline is a P1 "
            "in your head, whatever the queue says. Second pattern: when Kirsty starts asking for benchmarks and security questionnaires, "
            "procurement is warming up a tender. In 2024 that happened about four months before the last renewal, and she sent a "
            "questionnaire in October this year, so draw your own conclusions. Third: when Marcus stops replying within a day, something is "
            "up. He went quiet for two weeks after the incident before the 'unacceptable' email arrived."
        ),
        "renewal_risk": (
            "If it slips, the stated reason will be 'we're aligning it with the people tech review and the Ireland integration'. The real "
            "reason is that Rebecca wants one platform for HR, rostering and payroll and we're not an HR system; she's used the all-in-one "
            "suites before. Second real reason: Marcus still hasn't forgiven March and he thinks we're expensive for their winter headcount. "
            "If it does slip, push for a six-month extension at the current price rather than letting it drift. The contract auto-renews for "
            "12 months unless they give 90 days notice, so the notice deadline is 1 January 2027. Honestly that date matters more than the "
            "renewal date itself."
        ),
    },
    "acc-copperkettle": {
        "decision_maker": (
            "Nick Fairhurst, the MD. He founded the company in 2009 with two pubs in Macclesfield and he still signs anything that's a "
            "multi-year commitment. Gareth, the CFO, runs the numbers and can kill a deal but can't make one, if that makes sense. Nick cares "
            "about two things: his managers not spending Sunday nights doing rotas, and staff retention. He quotes their staff turnover at "
            "every meeting, 86% last year, down from 104%, and he gives us a bit of the credit for that. He's old-school, wants to see you in "
            "a pub, not on Teams. The renewal decision will be Nick's, but he'll ask Lou whether the managers like it and Gareth whether it's "
            "cheaper than Planday. If Lou says yes and Gareth doesn't say no, Nick signs."
        ),
        "champion": (
            "Lou Brennan, Head of People & Payroll. She brought us in in 2025 to replace a mess of spreadsheets and an old desktop payroll "
            "package. What I've promised her: the holiday pay accrual add-on would be priced so it fits her own budget line, which is under "
            "£12k, hence the quote of £11,400, and a free half-day training session for her new payroll assistant in January at their office "
            "in Stockport. What she needs to look good with Nick is the tipping law stuff. She's the one who told the board they were "
            "compliant with the Allocation of Tips Act, and the Easter double-count at the Drover's Rest nearly made her look wrong. Give her "
            "numbers she can repeat: 71% weekly app usage, and tips paid in the next payroll in every phase 1 pub since May."
        ),
        "hidden_commitments": (
            "We waived the £4,500 setup fee on the Tips module, but that's on the order form, so it isn't really hidden. What isn't anywhere: "
            "I told Gareth on a call in July that the two-instalment thing was a one-off, but that if duty and energy costs stayed bad we'd "
            "look at it again for 2027. He'll remember that as a yes. I also promised Priya a beta of the kitchen tip-out report. Back-of-house "
            "get a fixed 30% of card tips at Copper Kettle and our report doesn't split it out nicely, so her area managers do it in Excel. I "
            "said she'd have it by end of Q1 2027; product has it down for 'H1', so that's tight. And we agreed not to charge the headcount "
            "true-up until renewal. That one is in the November meeting note."
        ),
        "history_sensitivities": (
            "Easter weekend 2026: the Zonal feed sent the same day's file twice for the Drover's Rest in Buxton, so staff saw nearly double "
            "their tips in the app and then it got clawed back. £1,184.60 had to be re-allocated on the next payroll. The staff read it as "
            "'the company took our tips', which is exactly what the new law is about, so it was very emotive, and a bar supervisor posted "
            "about it in a local Facebook group. Fixed by the 15th of April under SUP-22871. The GM there, Craig, still doesn't trust the tips "
            "screen and checks it against the till every week. Sensitive topics now: anything that sounds like the company touching tips, "
            "and invoice timing. Gareth is touchy about cash flow, so don't chase him about payment in front of Nick."
        ),
        "pricing_story": (
            "£5.80 per employee per month for rostering and payroll, which is low for us; list for the mid-market bundle is £6.90. The "
            "discount was to win them off Planday, who'd quoted around £5.50 for rostering only, and we badly wanted a pub chain logo in the "
            "North West. The Tips module is a flat £16k a year rather than per head because Gareth wanted a fixed number he could budget, and "
            "flat was easier to get through. Renewal has a fixed 3% uplift. Headcount is contracted at 1,900 but they've averaged 2,060 since "
            "the summer, and I've let that slide. It's about £11k a year under-billed. That's a lever at renewal, but don't open with it, "
            "open with value."
        ),
        "unexpected_use": (
            "They use the shift notes field on the rota as a maintenance log. Managers write things like 'cellar cooling playing up again' or "
            "'fryer 2 down' on a shift so the next manager sees it, and the area managers pull the shift notes export every Monday to decide "
            "which pubs need a technician. Nobody designed it for that. Priya also uses the tips data to run a monthly 'best pub' leaderboard "
            "on tips per cover, which is a bit awkward given how sensitive staff are about tips, but apparently the teams love it. And some "
            "pubs use the availability feature to book their quiz-night hosts, who aren't employees at all. They're set up as zero-hours "
            "staff with no pay rate, which muddies the headcount numbers."
        ),
        "channels_surprises": (
            "Nick: phone or in person, never a long email, he won't read it. Text him if it's urgent, he replies at odd hours. Gareth: email, "
            "with the numbers in the body rather than an attachment, because he reads everything on his phone. Lou: Teams or email, very "
            "organised, send her an agenda beforehand. Priya: WhatsApp, all day long. Wes is a contractor and only works Tuesdays and "
            "Thursdays, so don't expect replies on other days. Never surprise Gareth with an invoice. The June invoice turning up without "
            "warning is what kicked off the instalment drama. And never surprise Lou with anything that touches tips, because in her head "
            "she's the one on the hook legally."
        ),
        "org_changes": (
            "They're buying eight pubs in Cumbria from Hartley's Brewery. Completion was meant to be October and it's slipped to February "
            "2027; that adds roughly 230 staff. Priya is being promoted to Head of Operations from January, so she'll be more senior and less "
            "hands-on with tips. Wes has told me he's going to be replaced by a managed service provider at some point next year. And Nick "
            "has talked, over a pint, about stepping back to chairman within two years and bringing in an outside CEO. That would change "
            "everything for us, because Nick is the one who likes us."
        ),
        "warning_signs": (
            "Lou told me that before they came to us they'd dumped their previous rota tool after managers stopped using it and drifted back "
            "to paper, so manager logins are the number to watch. We had a dip in September, about 15% fewer weekly active managers, which "
            "turned out to be the schedule templates bug and was fixed within three weeks. The instalment request in June was the first sign "
            "of real cash pressure. And Gareth going quiet on email means budget trouble: he went silent for about ten days before that "
            "instalment request landed."
        ),
        "renewal_risk": (
            "Stated reason if it slips: 'we need the Cumbria acquisition to settle so we know our headcount'. Real reason: cash. They're "
            "tight, the duty rise and energy costs have hurt, and Gareth will want to push the payment out or get a multi-year discount. The "
            "other real risk is Nick stepping back, because a new CEO might bring their own stack. Planday will definitely pitch again, "
            "they're cheaper on paper. My advice: offer a 3-year term with the uplift waived in year one, in exchange for billing on true "
            "headcount. Notice is only 60 days, so they can leave the decision late."
        ),
    },
    "acc-saffronvine": {
        "decision_maker": (
            "Amara, the co-founder and CEO, decides everything commercial, full stop. Luca is the other co-founder but he stays out of money "
            "unless it touches the kitchen. Amara personally cares about being seen as a good employer. She sits on the panel of a London "
            "hospitality fair-pay charter and talks about 'transparent tips' on podcasts, so anything that proves the tronc is fair and visible "
            "to staff matters more to her than saving a few hundred quid. She's also very price-aware because it's a small business: she knows "
            "her monthly direct debit to us to the penny, it's £3,040 a month. She decides fast, usually on the call, and then Nadia does the "
            "paperwork."
        ),
        "champion": (
            "Freya, the Ops Manager, who is also their troncmaster. Slightly odd double hat, but it works for them. She set the whole thing "
            "up and knows the points matrix better than I do. What I promised her: if they bring payroll in-house with us, I'd personally sit "
            "in on their first two payroll runs as a shadow. That's not a service we sell, I just said I'd do it, so you'll need to cover it "
            "or find someone from implementation. I also told her she could speak at our customer day next spring. What she needs to look "
            "good: she wants the chefs versus front-of-house row to go away without her being the bad guy, so she wants the tronc committee "
            "to own the points decision, not her."
        ),
        "hidden_commitments": (
            "The 2026 price freeze was in exchange for the case study, and that's in the contract notes. Off the books: I told Amara on the "
            "phone in October that I'd 'do everything I can' to keep the 2027 price flat too. It isn't a promise, but she'll hear it as one. "
            "I also agreed with Jonty at Kinross that we'd keep the old v2 file import running as a fallback until the end of June 2027, even "
            "though they moved to v3 in April, in case v3 breaks again. Engineering grumbled but agreed. And I promised Freya the shadow "
            "support on payroll runs, as I said."
        ),
        "history_sensitivities": (
            "In March the February tronc figures didn't go into the Kinross bureau file properly. It was a date format change on our side, "
            "SUP-21904, and Freya had to re-key about 280 tronc lines by hand on a Sunday. She was fine with me about it, but she did say "
            "'that can't happen again' in a tone I still remember. The other sensitivity is Luca and the kitchen share. Chefs get 0.8 points "
            "to front-of-house's 1.0 and Luca thinks it's unfair. He emailed me directly in June, which was awkward, because we don't set the "
            "points, they do. Never take sides on that. Also the case study: Amara was annoyed that our marketing team used a stock photo of a "
            "pizza. They don't serve pizza."
        ),
        "pricing_story": (
            "They pay £9 a head per month all in, £5.40 for rostering and £3.60 for tronc, on 310 heads, plus £3,000 a year for the Kinross "
            "integration, which is custom work we built for them. That fee is really the cost of maintaining the connector every time the "
            "bureau changes its file. The price has been flat since 2024: in 2025 because Amara negotiated hard and threatened to move to a "
            "free tronc app, and in 2026 because of the case study. It's a small account, £36k-ish, but it's useful because Amara is loud in "
            "the London restaurant scene and the case study has already brought us two leads. If you put the price up, 4 to 5% is the most "
            "before she shops around."
        ),
        "unexpected_use": (
            "Freya uses the tronc points matrix to pay a 'regulars bonus'. When a regular leaves a big tip for a particular waiter it still "
            "goes into the pool, but they add a one-off points boost for that person for the shift. It's a bit of a grey area under the tips "
            "law and they did take advice on it. They also use rostering for their supper-club pop-ups at the Kemptown site with guest chefs, "
            "who get set up as staff for one night. And Amara uses our labour cost dashboard as her main daily KPI screen. She doesn't look at "
            "the EPOS reports, she looks at ours, which is lovely, but it means if our dashboard is wrong she makes bad calls."
        ),
        "channels_surprises": (
            "Amara: WhatsApp voice notes, genuinely. She sends voice notes and she's fine if you reply in text. Freya: email, she's "
            "methodical and files everything. Luca: ideally don't contact him directly, go through Freya. Nadia only works Mondays to "
            "Wednesdays. Jonty at Kinross is email, but he likes a phone call before anything changes on the file format. Must never be "
            "surprised: Freya on anything to do with tronc calculations, and Amara on price. She hates finding out about a price change from "
            "an invoice."
        ),
        "org_changes": (
            "They're opening a tenth restaurant in Shoreditch in spring 2027, roughly 35 more staff. Nadia, the part-time finance manager, is "
            "pushing to bring payroll in-house and drop the Kinross bureau, mainly because the bureau charges per payslip and they've grown. "
            "If that happens we can sell them our payroll module. Luca has been talking about starting a separate bakery business, which "
            "might pull him out of the day-to-day, and honestly that might calm the chef points row down. No sign of investors or a sale "
            "that I know of."
        ),
        "warning_signs": (
            "Before the 2025 renewal Amara started asking 'what do other restaurants pay?' and mentioned a free tronc app twice. That was "
            "about six weeks before she asked for a discount. She did the same thing in her October email this year: 'we'd love to keep "
            "things as they are' is her polite way of saying don't put the price up. The other early sign is Freya going to manual "
            "workarounds. When she starts keeping her own spreadsheet alongside ours, something's wrong. She did that for a month after the "
            "March import problem."
        ),
        "renewal_risk": (
            "Stated reason if it slips: 'we're busy with the Shoreditch opening and want to keep things simple'. Real reason: price, and "
            "whether we hold it flat again. If you go up by more than 5% she will genuinely look at the free tronc apps. The contract is "
            "12-month rolling with 30 days' notice, so she could give notice as late as 1 January. My advice: hold the rostering price, add "
            "Shoreditch at the same rate, and try to land the payroll module before their Kinross notice date, which Nadia said is 31 "
            "December."
        ),
    },
    "acc-brightplate": {
        "decision_maker": (
            "Until June it was Helen Marsh, the CFO, with Claire Dunmore having a big say for the events side. Since Corvana bought them, the "
            "real decision sits with Corvana's Group Procurement Director, Gordon Pike, and their group CFO, whose name I don't have. Gordon "
            "runs a vendor rationalisation review every January. Helen still signs locally under £250k, and our renewal is over that, so it "
            "goes up to Corvana. Gordon cares about one thing as far as I can see: fewer suppliers on the group list. Helen personally cares "
            "about predictable costs. She hates the casual minimum, because in January and February event volumes drop and she's paying the "
            "£90k floor regardless. Claire cares about match days running smoothly; she doesn't mind the price as long as the casuals get "
            "paid right on a Friday."
        ),
        "champion": (
            "Raj Mistry, the Payroll & Reward Manager. He's been brilliant. He runs weekly payroll for about 900 casuals plus monthly for "
            "1,800 salaried, and he's the one who'll go into battle against ADP. I promised Raj two things. First, a written comparison of "
            "our weekly casual payroll against ADP that he can put in front of Corvana. I started it, it's in the shared drive as 'BP vs ADP "
            "draft v2' and it's maybe 60% done. Second, a reference call with another contract caterer running weekly casual pay through us. "
            "He needs proof that moving 900 casuals onto ADP mid-season would be a risk, and he needs it before the January review. He's also "
            "angling for a Group Reward Lead role at Corvana, so anything that makes him visible helps."
        ),
        "hidden_commitments": (
            "One: after the January holiday pay mess I told Raj we wouldn't bill the weekly payroll surcharge for January. That's about "
            "£1,670, and finance did raise the credit note, but it only lives in the finance system, not the CRM. Two: I told Claire the "
            "kiosks would be priced with the hardware at cost, no margin, if she orders before the start of the 2027-28 football season. "
            "Three: I said to Helen in May that we wouldn't use the change of control to reopen pricing. Legally the assignment didn't need "
            "our consent anyway, but she appreciated hearing it. Four: Tash has the personal mobile of our support lead for match days. "
            "That's not a service we offer, I set it up as a favour after a bad Saturday."
        ),
        "history_sensitivities": (
            "January 2026: rolled-up holiday pay at 12.07% vanished from the week 41 payslips for 46 casuals because of a pay-element mapping "
            "error when we pushed a rate update. £3,912.44 of back-pay went into the next weekly run, ticket SUP-21377. Casual staff walk "
            "quickly, some of them posted about it on the staff WhatsApp, and Raj had a rough fortnight. Still sensitive. The other sore "
            "point is the Q3 invoice. When Corvana took over, the invoice got stuck in their supplier onboarding and our credit control sent "
            "Helen a dunning letter, which she took as rude given the hold-up was their process. Never let credit control chase Brightplate "
            "without checking with you first. And don't mention ADP in front of Raj's boss as if it's a done deal. It isn't."
        ),
        "pricing_story": (
            "It's a hybrid because the business is a hybrid. Salaried staff are £7.50 PEPM on 1,800. Casuals are 95p per active worker per "
            "week with a £90k annual floor, because their casual numbers swing from about 300 in February to over 1,100 on a big match-and-"
            "race weekend. The floor was the price of the low weekly rate; Helen accepted it in 2024 and has regretted it ever since. Weekly "
            "payroll carries a £20k surcharge because weekly runs cost us more to support. Tips is a flat £12k for the stadium hospitality "
            "boxes. Quarterly in arrears was a concession to get the deal over the line, normally we bill annually in advance. Uplift is RPI, "
            "capped at 5%."
        ),
        "unexpected_use": (
            "At the stadium, the corporate box-holders leave a gratuity on the hospitality bill and Brightplate distributes it through our "
            "tip pool, which is fine. But they also push the racecourse staff incentive payments through the same pool, and those are really "
            "bonuses, not tips. Raj knows it's not ideal from a tax point of view; their accountants signed it off with a separate pool code. "
            "They also use our rostering for volunteer stewards from a local charity, who aren't employees at all and have a zero pay rate, "
            "because the stadium wants one view of everyone on site for fire safety. As far as I know that doesn't touch billing, because "
            "they're never active paid workers."
        ),
        "channels_surprises": (
            "Raj: Teams, he's always on it, and he'll pick up a call. Helen: email, formal, and copy Raj so he's in the loop. Claire: phone, "
            "she's always on the move between the stadium and the racecourse. Texts are fine on non-match days, but on a match day don't "
            "bother until the Monday. Tash: WhatsApp, she's the one on the ground on match days. Ollie likes tickets and email because he "
            "wants a paper trail, and he's become a bit of an ADP fan since Corvana arrived. Must never be surprised: Helen on anything "
            "invoice-related, after the dunning letter, and Raj on anything that touches pay rates or holiday pay. Send him release notes "
            "about pay elements in advance."
        ),
        "org_changes": (
            "The massive one: acquired by Corvana Group, completed 27 June 2026. Corvana is a big facilities-services group that runs payroll "
            "on ADP group-wide, and they do a vendor rationalisation review every January, so January 2027 is the danger window. Helen's role "
            "is rumoured to be shrinking to a divisional finance director under Corvana's group CFO. Ollie now reports into Corvana IT and has "
            "been told to 'align to group platforms where sensible'. On the upside, they won the Severnside Racecourse catering contract in "
            "August, which added around 350 casuals, and Claire is pitching for two more venues next year."
        ),
        "warning_signs": (
            "Before the acquisition was announced, the signs were Ollie asking for a full data export spec in April and Helen suddenly "
            "asking about our assignment clause and data processing terms in May. In hindsight that was due diligence, and both came a few "
            "weeks before Corvana went public. Before the January holiday pay issue there wasn't much, just a small rate-change ticket in "
            "December that we closed too fast. What I'd watch now: if Ollie asks for a data export spec or a bulk export of historical "
            "payslips again, someone is planning a migration."
        ),
        "renewal_risk": (
            "Stated reason if it slips or goes: 'group alignment to ADP'. Real reason: Gordon wants a shorter supplier list and doesn't know "
            "or care that ADP is weak on weekly casual payroll. The ops people, Raj and Claire, want to stay. Helen might also use it to get "
            "rid of the casual floor. The nastiest bit is clause 14.2: now they're past 24 months they can terminate for convenience on six "
            "months' notice, so they don't have to wait for September 2027. If they give notice in January after the review, they could be "
            "gone by July. The renewal date is almost meaningless; the January review is the real deadline."
        ),
    },
}

# ================================================================ QUESTIONS
I = lambda qid: {"kind": "interview", "question_id": qid}
A = lambda i: {"kind": "activity", "id": i}
C = lambda i: {"kind": "contact", "id": i}
O = lambda i: {"kind": "opportunity", "id": i}
ACC = lambda i: {"kind": "account", "id": i}

HL, CK, SV, BP = "acc-harbourline", "acc-copperkettle", "acc-saffronvine", "acc-brightplate"

raw_questions = [
    # ---------------------------------------------------------- Harbourline
    (HL, "whos the FD there", "answer",
     [C("c-hl-marcus"), I("decision_maker")], ["Marcus"]),
    (HL, "ok but who's actually calling the shots on the renewal now? feels like it's not just the finance guy", "answer",
     [I("decision_maker")], ["Rebecca"]),
    (HL, "what happend w the payroll run in march", "answer",
     [A("a-hl-003"), I("history_sensitivities"), A("a-hl-005")], ["612"]),
    (HL, "how much did we credit them after the late pay thing", "answer",
     [A("a-hl-003"), I("history_sensitivities"), A("a-hl-005")], ["£2,550"]),
    (HL, "did we promise them anything if payroll goes wrong again before renewal??", "answer",
     [I("hidden_commitments")], ["£51k"]),
    (HL, "Are we on the hook for any of their Oracle costs if the Opera project goes ahead?", "answer",
     [I("hidden_commitments")], ["£6,000"]),
    (HL, "sian's mobile pls", "answer",
     [C("c-hl-sian")], ["7700 900312"]),
    (HL, "marcus keeps moaning about paying for staff they dont have in winter - whats the story there", "answer",
     [I("pricing_story"), A("a-hl-002")], ["3,700"]),
    (HL, "did they get hit with the annual price rise this april or not", "answer",
     [I("pricing_story")], ["didn't apply the uplift"]),
    (HL, "whats the latest date they can serve notice on us", "answer",
     [I("renewal_risk"), A("a-hl-014"), ACC(HL)], ["1 January 2027"]),
    (HL, "anything weird about how they use the rota side? someone mentioned a fake hotel", "answer",
     [I("unexpected_use")], ["EVENTS POOL"]),
    (HL, "is there anything of theirs plugged into our API that i really shouldn't break", "answer",
     [I("unexpected_use")], ["door-access"]),
    (HL, "who's our named payroll engineer on their runs and when was that agreed?", "answer",
     [A("a-hl-005"), I("champion"), I("history_sensitivities"), A("a-hl-014")], ["Tomasz"]),
    (HL, "What does Siân need in order to look good with Rebecca?", "answer",
     [I("champion")], ["4.5 FTE"]),
    (HL, "ref number on the security questionnaire we sent back to kirsty?", "answer",
     [A("a-hl-012")], ["SQ-HL-2026-07"]),
    (HL, "If the Harbourline renewal slips, what reason will they give and what's the real reason?", "answer",
     [I("renewal_risk")], ["people tech review"]),
    (HL, "what did rebecca make of the tronc statements pilot at leith", "abstain", [], []),
    (HL, "how many staff are coming over with the dublin and cork hotels", "abstain", [], []),
    (HL, "who's their pension provider for auto enrolment?", "abstain", [], []),

    # ---------------------------------------------------------- Copper Kettle
    (CK, "who signs at copper kettle - the MD or the CFO?", "answer",
     [I("decision_maker")], ["Nick"]),
    (CK, "did we throw in any freebies when they bought the tips bit", "answer",
     [A("a-ck-002"), I("hidden_commitments"), ACC(CK)], ["£4,500"]),
    (CK, "whats their PO no for the tips order form", "answer",
     [A("a-ck-003")], ["PO-77120"]),
    (CK, "What happened with the tips at the Drover's Rest over Easter?", "answer",
     [A("a-ck-005"), A("a-ck-006"), I("history_sensitivities")], ["double"]),
    (CK, "how much tip money had to be moved around after the buxton cock-up", "answer",
     [A("a-ck-006"), I("history_sensitivities")], ["£1,184.60"]),
    (CK, "did fiona tell gareth we'd do the split payment again next yr??", "answer",
     [I("hidden_commitments")], ["look at it again"]),
    (CK, "did they actually pay the 2nd instalment on time", "answer",
     [A("a-ck-012")], ["21 October"]),
    (CK, "why's their per head rate so cheap vs list", "answer",
     [I("pricing_story")], ["Planday"]),
    (CK, "are we underbilling them on headcount? what did we agree on the true up", "answer",
     [I("pricing_story"), A("a-ck-014"), I("hidden_commitments")], ["2,060"]),
    (CK, "strangest thing they use the rota for?", "answer",
     [I("unexpected_use")], ["maintenance"]),
    (CK, "their IT guy only works certain days right? which ones", "answer",
     [I("channels_surprises"), C("c-ck-wes")], ["Tuesdays"]),
    (CK, "any acquisitions in the pipeline at CK", "answer",
     [I("org_changes"), A("a-ck-013")], ["Cumbria"]),
    (CK, "whats the holiday pay add-on quote and who has to sign it off", "answer",
     [O("o-ck-hols"), A("a-ck-010"), I("champion")], ["11,400", "Nick"]),
    (CK, "What did we promise Priya on the kitchen tip-out report, and by when?", "answer",
     [I("hidden_commitments")], ["Q1 2027"]),
    (CK, "whats nick's big stat he always brings up", "answer",
     [I("decision_maker")], ["86%"]),
    (CK, "whats craig's surname - the GM at the drovers rest", "abstain", [], []),
    (CK, "what did gareth think of the holiday pay add-on when he saw it", "abstain", [], []),
    (CK, "who's their card machine provider, dojo or someone else?", "abstain", [], []),

    # ---------------------------------------------------------- Saffron & Vine
    (SV, "who makes the money calls at saffron & vine", "answer",
     [I("decision_maker")], ["Amara"]),
    (SV, "roughly what do they pay us a month", "answer",
     [I("decision_maker")], ["£3,040"]),
    (SV, "whos their troncmaster", "answer",
     [C("c-sv-freya"), I("champion")], ["Freya"]),
    (SV, "did fiona promise freya any personal hand-holding if they move payroll over to us?", "answer",
     [I("champion"), I("hidden_commitments")], ["shadow"]),
    (SV, "why was the price frozen this yr", "answer",
     [ACC(SV), A("a-sv-001"), I("hidden_commitments"), I("pricing_story")], ["case study"]),
    (SV, "what's the extra 3k a year line on their contract actually for", "answer",
     [I("pricing_story"), ACC(SV)], ["Kinross"]),
    (SV, "what went wrong w the feb tronc file", "answer",
     [A("a-sv-003"), I("history_sensitivities")], ["date format"]),
    (SV, "whats the head chef's beef with the points split", "answer",
     [A("a-sv-006"), I("history_sensitivities")], ["0.8"]),
    (SV, "how much is the bureau costing them compared to what we quoted for payroll", "answer",
     [A("a-sv-008"), O("o-sv-payroll")], ["£19,800"]),
    (SV, "when does nadia need to decide on ditching the bureau?", "answer",
     [A("a-sv-011"), I("renewal_risk")], ["31 December"]),
    (SV, "How does Amara prefer to be contacted?", "answer",
     [I("channels_surprises"), C("c-sv-amara")], ["voice notes"]),
    (SV, "any new sites opening", "answer",
     [I("org_changes"), A("a-sv-009")], ["Shoreditch"]),
    (SV, "I've got to send amara the 2027 price soon. how much can i realistically put it up before she starts shopping around?", "answer",
     [I("pricing_story"), I("renewal_risk")], ["5%"]),
    (SV, "is there anything a bit dodgy / grey area in how they run their tronc?", "answer",
     [I("unexpected_use")], ["regulars bonus"]),
    (SV, "whats the next step on the renewal and whats the last day she could give notice", "answer",
     [O("o-sv-renewal"), I("renewal_risk")], ["1 January"]),
    (SV, "what did the tronc committee decide about the chef points at the sept meeting", "abstain", [], []),
    (SV, "what did luca think of the case study", "abstain", [], []),
    (SV, "do they do delivery through deliveroo or uber eats", "abstain", [], []),

    # ---------------------------------------------------------- Brightplate
    (BP, "who actually decides now corvana own them", "answer",
     [I("decision_maker")], ["Gordon Pike"]),
    (BP, "why does the CFO hate the casuals minimum so much", "answer",
     [I("decision_maker"), I("pricing_story"), A("a-bp-003")], ["£90k"]),
    (BP, "what did we promise raj re ADP", "answer",
     [I("champion"), A("a-bp-009")], ["comparison"]),
    (BP, "is the ADP comparision doc finished? where's it saved", "answer",
     [I("champion"), A("a-bp-015")], ["60%"]),
    (BP, "did we give them any money back for january?", "answer",
     [I("hidden_commitments")], ["£1,670"]),
    (BP, "any side deal with claire on the kiosk pricing, and where's that opp at", "answer",
     [I("hidden_commitments"), O("o-bp-kiosk")], ["at cost"]),
    (BP, "how much back pay went out after the holiday pay mess", "answer",
     [A("a-bp-002"), I("history_sensitivities")], ["£3,912.44"]),
    (BP, "whats our supplier number on corvana's system", "answer",
     [A("a-bp-013")], ["CV-V-88213"]),
    (BP, "can they get out of the contract early??", "answer",
     [ACC(BP), I("renewal_risk"), A("a-bp-015")], ["14.2"]),
    (BP, "When did the Corvana acquisition complete?", "answer",
     [A("a-bp-007"), I("org_changes")], ["27 June"]),
    (BP, "how many casuals did the racecourse deal add", "answer",
     [A("a-bp-008"), I("org_changes")], ["350"]),
    (BP, "what are they paying out thru the tip pool that isnt really tips", "answer",
     [I("unexpected_use")], ["incentive"]),
    (BP, "what should make me nervous if it comes from their IT head", "answer",
     [I("warning_signs")], ["data export"]),
    (BP, "tash's mobile?", "answer",
     [C("c-bp-tash")], ["7700 900587"]),
    (BP, "What will the stated reason be if Brightplate walks, and what's the real reason?", "answer",
     [I("renewal_risk")], ["group alignment"]),
    (BP, "what came out of the integration workshop with ollie in october", "abstain", [], []),
    (BP, "whats the name of corvana's group CFO", "abstain", [], []),
    (BP, "how much was in the tip pool at the first racecourse meeting", "abstain", [], []),
    (BP, "have they got any sites up in scotland", "abstain", [], []),
]

questions = []
for n, (acc, q, exp, gold, mm) in enumerate(raw_questions, start=1):
    questions.append({"id": f"q-{n:03d}", "account_id": acc, "question": q, "expect": exp,
                      "gold_sources": gold, "must_mention": mm})

evalset = {
    "format": "baton-eval/v1",
    "bundle": "bundle.json",
    "departing_user_id": "u-fiona",
    "successor_user_id": "u-jade",
    "manager_user_id": "u-declan",
    "interviews": interviews,
    "questions": questions,
}

with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
    json.dump(bundle, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
    json.dump(evalset, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote bundle.json and eval.json:", len(questions), "questions")
