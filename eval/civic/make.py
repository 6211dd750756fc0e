#!/usr/bin/env python3
"""Builds bundle.json and eval.json for the 'civic' evaluation set.

Vendor: Tracklane Systems (FleetPulse telematics units, YardTag equipment
tags, WorkBench work-order software). Customers: Canadian municipalities,
road-construction contractors, a snow-clearing company, a regional transit
commission. Money in CAD.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def act(id, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": id, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


def contact(id, name, title, email, phone, role, channel=None, strength=None, notes=None):
    c = {"id": id, "name": name, "title": title, "email": email, "phone": phone, "role": role}
    if channel:
        c["preferred_channel"] = channel
    if strength is not None:
        c["relationship_strength"] = strength
    if notes:
        c["notes"] = notes
    return c


def opp(id, name, stage, amount, close, next_step):
    return {"id": id, "name": name, "stage": stage, "amount": amount,
            "close_date": close, "next_step": next_step}


USERS = [
    {"id": "u-priya", "name": "Priya Sandhu", "email": "priya.sandhu@tracklane.test",
     "role": "admin", "team": "Revenue Operations"},
    {"id": "u-shauna", "name": "Shauna MacIsaac", "email": "shauna.macisaac@tracklane.test",
     "role": "manager", "team": "Public Sector & Construction"},
    {"id": "u-denise", "name": "Denise Kowalchuk", "email": "denise.kowalchuk@tracklane.test",
     "role": "rep", "manager_id": "u-shauna", "team": "Public Sector & Construction"},
    {"id": "u-kyle", "name": "Kyle Brennan", "email": "kyle.brennan@tracklane.test",
     "role": "rep", "manager_id": "u-shauna", "team": "Public Sector & Construction"},
    {"id": "u-luc", "name": "Luc Gagnon", "email": "luc.gagnon@tracklane.test",
     "role": "rep", "manager_id": "u-shauna", "team": "Public Sector & Construction"},
    {"id": "u-amira", "name": "Amira Haddad", "email": "amira.haddad@tracklane.test",
     "role": "rep", "manager_id": "u-shauna", "team": "Public Sector & Construction"},
    {"id": "u-omar", "name": "Omar Siddiqui", "email": "omar.siddiqui@tracklane.test",
     "role": "rep", "manager_id": "u-shauna", "team": "Public Sector & Construction"},
]

D = "u-denise"

# ---------------------------------------------------------------------------
# 1. City of Hamlin Falls (enterprise municipality, Ontario)
# ---------------------------------------------------------------------------
HAMLIN = {
    "id": "acc-hamlin",
    "name": "City of Hamlin Falls",
    "owner_id": D,
    "arr": 712000,
    "segment": "enterprise",
    "industry": "Municipal Government",
    "territory": "Ontario",
    "renewal_date": "2027-03-31",
    "contract_notes": (
        "5-year master services agreement MSA-HF-2022-014 signed April 2022; order form renews annually "
        "under it, current term ends March 31, 2027. 412 FleetPulse units across Roads, Waste and Parks, "
        "YardTag on 64 loaders and attachments, WorkBench licences for 95 users. 8% public-sector discount; "
        "additional 3% prompt-payment discount when AP pays within 15 days. Annual uplift capped at CPI or "
        "4%, whichever is lower. Public plow tracker map billed as a separate line item at $38,000/yr. "
        "Winter SLA: 99.5% FleetPulse uptime November 15 to April 15, service credit of 5% of the monthly "
        "fee per breach month."
    ),
    "contacts": [
        contact("c-hf-greaves", "Anita Greaves", "Director of Public Works",
                "anita.greaves@hamlinfalls.test", "+1 905-555-0142", "economic_buyer", "email", 3,
                "Reports to the CAO. Wants anything we send to be usable in a council package as-is."),
        contact("c-hf-vukovich", "Dale Vukovich", "Fleet Services Manager",
                "dale.vukovich@hamlinfalls.test", "+1 905-555-0177", "champion", "text", 5,
                "Ex-mechanic, runs the Concession Street yard. Texts; won't read long emails."),
        contact("c-hf-ferreira", "Tom Ferreira", "Senior Buyer, Procurement Services",
                "tom.ferreira@hamlinfalls.test", "+1 905-555-0105", "influencer", "email", 2,
                "All submissions through the Bids & Tenders portal."),
        contact("c-hf-gill", "Harpreet Gill", "Manager, IT Infrastructure",
                "harpreet.gill@hamlinfalls.test", "+1 905-555-0163", "influencer", "chat", 3),
        contact("c-hf-oakes", "Brenda Oakes", "Councillor, Ward 4; Chair, Public Works Committee",
                "brenda.oakes@hamlinfalls.test", "+1 905-555-0100", "blocker", None, 1,
                "Raised the January outage at committee. Do not contact directly."),
        contact("c-hf-lam", "Kevin Lam", "Roads Operations Supervisor",
                "kevin.lam@hamlinfalls.test", "+1 905-555-0181", "user", "phone", 4),
    ],
    "opportunities": [
        opp("o-hf-renewal", "FY2027 order form renewal", "proposal", 735000, "2027-03-31",
            "Send councillor-friendly winter readiness summary and the failover drill results to Anita by November 20"),
        opp("o-hf-parks", "Parks equipment tags expansion", "qualification", 46000, "2026-12-15",
            "Site walk at North Works (the Bunker) with Kevin and the Parks lead"),
    ],
    "activities": [
        act("a-hf-001", "note", "2026-01-17T14:20:00Z", D, ["c-hf-vukovich"],
            "Storm outage - plow tracker frozen",
            "Overnight into January 17 the FleetPulse units on the Hamlin Falls plows stopped reporting from "
            "roughly 02:10 to 11:40, in the middle of the storm. 212 plows sat frozen on the public plow tracker "
            "for over nine hours. Dale called me at 5:50 am and he was not happy. Support ticket TKT-48213 opened "
            "as Sev 1; root cause not known yet."),
        act("a-hf-002", "call", "2026-01-19T15:00:00Z", D, ["c-hf-greaves", "c-hf-vukovich"],
            "Outage debrief with Anita and Dale",
            "Walked Anita and Dale through what we know. Anita had already taken calls from three councillors "
            "and a reporter from the Herald. Committed to a written root cause analysis within 10 business days "
            "and a remediation plan before next winter. Anita asked that nothing go to council without her "
            "seeing it first."),
        act("a-hf-003", "email", "2026-01-30T18:45:00Z", D, ["c-hf-greaves", "c-hf-vukovich", "c-hf-gill"],
            "RCA - January 17 FleetPulse outage (TKT-48213)",
            "Anita, attached is the root cause analysis. When the primary APN failed, the units could not fail "
            "over because the failover profile had never been pushed to the Hamlin Falls units. Remediation: "
            "dual-carrier SIMs retrofitted on all 212 plows by October 31, and a failover drill before the "
            "season. We have also applied a goodwill credit of $11,870 to invoice INV-HF-2026-0214.",
            "outbound"),
        act("a-hf-004", "meeting", "2026-02-10T23:00:00Z", D, ["c-hf-oakes", "c-hf-greaves"],
            "Public Works Committee - outage item",
            "Attended the evening Public Works Committee as a delegation. Councillor Oakes asked staff whether "
            "the city should go to open tender for fleet telematics a year early. Anita answered that staff "
            "would report back once remediation was complete. Oakes wants that report 'before the next "
            "snowfall, not after.'"),
        act("a-hf-005", "email", "2026-02-24T14:10:00Z", D, ["c-hf-ferreira"],
            "Renewal - procurement requirements",
            "Hi Denise, a reminder that the 2027 order form exceeds the non-competitive threshold under "
            "By-law 2019-88. If staff intend to renew without a tender I need a sole source justification, "
            "with supporting price comparisons, no later than September 30, 2026. Please route all documents "
            "through the Bids & Tenders portal and not by email to staff. Regards, Tom",
            "inbound"),
        act("a-hf-006", "call", "2026-03-12T16:30:00Z", D, ["c-hf-gill"],
            "WorkBench SSO request",
            "Harpreet wants WorkBench on the city's Azure AD single sign-on before Roads and Waste merge. "
            "Opened TKT-49102 and told him pro services would schedule it for April."),
        act("a-hf-007", "meeting", "2026-04-22T14:00:00Z", D, ["c-hf-greaves", "c-hf-vukovich", "c-hf-lam"],
            "Spring QBR at City Hall",
            "Winter recap: FleetPulse uptime was 97.9% for November 15 to April 15 against the 99.5% SLA, all "
            "of the shortfall from the January 17 outage. 91% of primary roads were completed within 8 hours "
            "of storm end. Anita wants a one-page monthly report she can drop straight into council packages. "
            "Kevin asked for plow-hours broken down by ward."),
        act("a-hf-008", "chat", "2026-05-06T12:05:00Z", D, ["c-hf-vukovich"],
            "Dead tags at the Bunker",
            "Dale: six loaders up at North Works have dead tags again, same as last fall. Me: replacements ship "
            "today under RMA-22871, tech can be there Thursday. Dale: ok but that's twice now, tell your people.",
            "inbound"),
        act("a-hf-009", "email", "2026-06-03T17:20:00Z", D, ["c-hf-lam"],
            "Parks equipment tags - quote Q-HF-0611",
            "Kevin, as discussed, quote Q-HF-0611 is attached for 140 YardTag units covering Parks mowers, "
            "trailers and the two arena ice resurfacers. Total is $46,000 per year including install, valid "
            "until December 15. Happy to walk the site at North Works whenever the Parks lead is free.",
            "outbound"),
        act("a-hf-010", "note", "2026-07-15T20:00:00Z", D, ["c-hf-vukovich"],
            "Budget pressure on Public Works",
            "Dale mentioned over coffee that Anita has been told to find 6% in the 2027 operating budget. "
            "Telematics is one of the bigger non-salary lines in Roads. He doesn't think we're the target but "
            "said the plow tracker line could get questioned."),
        act("a-hf-011", "meeting", "2026-08-27T15:00:00Z", D, ["c-hf-vukovich", "c-hf-lam"],
            "Dual-carrier retrofit checkpoint",
            "Site visit at Concession Street. 131 of the 212 plows have dual-carrier SIMs so far; the units at "
            "the Bunker are scheduled for the week of September 21. Dale asked for a printed progress sheet "
            "he can post in the lunch room."),
        act("a-hf-012", "email", "2026-09-29T19:30:00Z", D, ["c-hf-ferreira"],
            "Sole source justification - SSJ-2026-HF-07",
            "Tom, the sole source justification package is uploaded to the Bids & Tenders portal under "
            "reference SSJ-2026-HF-07. It includes the three comparison quotes you asked for and our estimate "
            "of migration costs. Let me know if anything is missing before tomorrow's deadline.",
            "outbound"),
        act("a-hf-013", "call", "2026-10-08T14:45:00Z", D, ["c-hf-greaves"],
            "Renewal timing call with Anita",
            "Anita confirmed the CAO, Rick Sauvé, retires December 18 and the search for a replacement is "
            "under way. She plans to bring the renewal staff report to the January 2027 Public Works "
            "Committee. She wants the winter readiness work summarized for councillors, no jargon."),
        act("a-hf-014", "email", "2026-10-30T16:00:00Z", D, ["c-hf-greaves", "c-hf-vukovich"],
            "Dual-carrier retrofit complete",
            "Anita, Dale: all 212 plows were running dual-carrier SIMs as of October 28, three days ahead of "
            "the date in the RCA. The failover drill is booked for November 5 at Concession Street.",
            "outbound"),
        act("a-hf-015", "meeting", "2026-11-05T14:00:00Z", D, ["c-hf-vukovich", "c-hf-gill", "c-hf-greaves"],
            "Winter readiness failover drill",
            "Pulled the primary carrier on 40 plows for 30 minutes. All 40 switched over in under 90 seconds "
            "and the public plow tracker stayed live throughout. Councillor Oakes's executive assistant sat in "
            "for the first hour. Anita asked for the drill results in writing by November 20."),
        act("a-hf-016", "email", "2026-11-10T13:15:00Z", D, ["c-hf-gill"],
            "SSO go-live",
            "Denise, WorkBench SSO went live on Nov 9 so TKT-49102 can be closed. Two Waste supervisors still "
            "can't log in; I've sent you their names separately. Thanks, Harpreet",
            "inbound"),
    ],
}

# ---------------------------------------------------------------------------
# 2. Ridgeback Paving & Aggregates (mid-market contractor, Alberta)
# ---------------------------------------------------------------------------
RIDGEBACK = {
    "id": "acc-ridgeback",
    "name": "Ridgeback Paving & Aggregates Ltd.",
    "owner_id": D,
    "arr": 186000,
    "segment": "mid_market",
    "industry": "Road Construction",
    "territory": "Prairies",
    "renewal_date": "2027-05-15",
    "contract_notes": (
        "2-year term May 16, 2025 to May 15, 2027. 310 YardTag asset tags, 64 FleetPulse units on haul "
        "trucks, WorkBench for 18 shop users. 15% discount tied to the 2-year commitment and a published "
        "case study (delivered November 2025). Seasonal billing: 70% invoiced April 1, 30% invoiced "
        "October 1, Net 45. Tag hardware becomes the customer's property at end of term."
    ),
    "contacts": [
        contact("c-rb-kowalski", "Brent Kowalski", "President & Co-owner",
                "brent@ridgebackpaving.test", "+1 403-555-0131", "economic_buyer", "phone", 3,
                "Calls from the truck. Does not read long emails."),
        contact("c-rb-desjardins", "Nicole Desjardins", "Equipment Manager",
                "nicole.d@ridgebackpaving.test", "+1 403-555-0164", "champion", "chat", 5,
                "Runs the shop on Gasoline Alley in Red Deer. WhatsApp is fastest."),
        contact("c-rb-ostrowski", "Gary Ostrowski", "Controller",
                "gary.o@ridgebackpaving.test", "+1 403-555-0109", "blocker", "email", 2,
                "Wants everything in writing, as PDF."),
        contact("c-rb-tan", "Jordan Tan", "Senior Estimator / Project Manager",
                "jordan.tan@ridgebackpaving.test", "+1 403-555-0188", "user", "email", 3),
        contact("c-rb-whitehorse", "Cody Whitehorse", "Shop Foreman",
                "cody.w@ridgebackpaving.test", "+1 403-555-0150", "user", "in_person", 4),
    ],
    "opportunities": [
        opp("o-rb-renewal", "2027 renewal + 3-year extension", "qualification", 198000, "2027-05-15",
            "Get Gary's ROI spreadsheet inputs before Brent's March 2027 budget meeting"),
        opp("o-rb-immob", "Immobilizer add-on for skid steers", "proposal", 27500, "2026-12-20",
            "Nicole to confirm a 6-unit pilot at the Fort pit"),
    ],
    "activities": [
        act("a-rb-001", "call", "2026-01-21T16:00:00Z", D, ["c-rb-desjardins"],
            "Winter battery check",
            "Nicole ran the battery report: 41 YardTags under 20%, mostly on iron parked outside at the Fort "
            "Saskatchewan pit. Agreed to swap batteries before April start-up. Cody will stage the units at the "
            "Alley so our tech can do them all in one day."),
        act("a-rb-002", "email", "2026-02-09T17:30:00Z", D, ["c-rb-ostrowski"],
            "Dispute - INV-RB-2025-1007",
            "Denise, we are disputing invoice INV-RB-2025-1007 ($55,800). Twelve of our haul trucks have been "
            "parked since November and are not generating any data. We expect a credit for parked units or we "
            "will hold payment. Gary Ostrowski, Controller",
            "inbound"),
        act("a-rb-003", "meeting", "2026-02-17T18:00:00Z", D, ["c-rb-kowalski", "c-rb-ostrowski", "c-rb-desjardins"],
            "Invoice dispute meeting - Red Deer office",
            "Sat down with Brent, Gary and Nicole. Walked through the 70/30 seasonal billing, which already "
            "accounts for the parked winter months. No credit issued. Brent told Gary to pay it, but asked us to "
            "look at how parked units are priced at renewal."),
        act("a-rb-004", "note", "2026-03-03T21:00:00Z", D, ["c-rb-ostrowski"],
            "Payment received",
            "INV-RB-2025-1007 paid in full, $55,800, received March 3 - roughly three months past the Net 45 "
            "due date. AR dispute flag closed."),
        act("a-rb-005", "chat", "2026-04-14T14:25:00Z", D, ["c-rb-whitehorse"],
            "Rental rollers for the Hwy 2 job",
            "Cody: got 22 rented rollers coming for the Hwy 2 job, can we throw tags on them for the summer? "
            "Me: yes, temporary tags, we pull them in October. Cody: perfect, they'll be at the Alley Thursday.",
            "inbound"),
        act("a-rb-006", "email", "2026-05-20T15:40:00Z", D, ["c-rb-tan"],
            "Machine-hour export for CO-117",
            "Jordan, attached is the geofence and engine-hour export for the Highway 2A resurfacing job, May 4 "
            "to May 18. It shows 412 standby hours across the paving spread while you waited on the design "
            "change. Tell me if Alberta Transportation wants it in another format for change order CO-117.",
            "outbound"),
        act("a-rb-007", "note", "2026-06-11T19:10:00Z", D, ["c-rb-desjardins", "c-rb-kowalski"],
            "Stolen skid steer recovered",
            "Skid steer SS-14 was stolen from the Fort pit overnight on June 9. Its YardTag pinged from a "
            "farmyard near Gibbons the next morning and the RCMP recovered the unit on June 10 (RCMP file "
            "2026-781455). Nicole is telling everyone who will listen."),
        act("a-rb-008", "call", "2026-06-25T13:00:00Z", D, ["c-rb-kowalski"],
            "Brent - immobilizer interest",
            "Brent called from the truck, still buzzing about SS-14. Asked whether we can stop a machine from "
            "starting remotely. Quoted the immobilizer add-on at roughly $27,500 a year for the skid steer "
            "fleet. He wants Nicole to own the pilot."),
        act("a-rb-009", "email", "2026-07-30T16:15:00Z", D, ["c-rb-desjardins"],
            "Immobilizer proposal P-RB-0730",
            "Nicole, attached is proposal P-RB-0730 for immobilizer kits on the skid steer fleet, with the option "
            "to start with 6 units at the Fort pit. We can install on a rain day so nothing comes off a job.",
            "outbound"),
        act("a-rb-010", "meeting", "2026-08-19T15:00:00Z", D, ["c-rb-whitehorse", "c-rb-desjardins"],
            "WorkBench shop rollout at the Alley",
            "WorkBench is now live for all 18 shop users. Cody wants rugged tablet mounts in the service trucks; "
            "I'll send specs. Nicole asked for a preventive maintenance template for the paver screeds."),
        act("a-rb-011", "email", "2026-09-10T22:05:00Z", D, ["c-rb-ostrowski"],
            "Pricing for a 3-year term",
            "Denise, before Brent's budget meeting I need 3-year pricing with at least a 20% discount. The new "
            "Deere machines come with JDLink included and I don't see why we would pay twice for hours and "
            "location. Please send as PDF. Gary",
            "inbound"),
        act("a-rb-012", "email", "2026-10-01T14:00:00Z", D, ["c-rb-ostrowski"],
            "Invoice INV-RB-2026-1001",
            "Gary, as I mentioned last week, invoice INV-RB-2026-1001 for $55,800 (the October 30% instalment) "
            "is attached as a PDF. Net 45 due date is November 15.",
            "outbound"),
        act("a-rb-013", "call", "2026-10-22T17:45:00Z", D, ["c-rb-desjardins"],
            "Nicole check-in",
            "Nicole thinks the 6-unit immobilizer pilot will happen but it needs Brent's sign-off once the "
            "season wraps. She asked that the renewal proposal show parked-unit pricing as its own line."),
        act("a-rb-014", "email", "2026-11-04T20:30:00Z", D, ["c-rb-tan"],
            "Geofence for the new Leduc pit",
            "Hi Denise, we've leased a gravel pit near Leduc starting April 2027. Can you set up a geofence and a "
            "new site in WorkBench before spring? We'll call it the Leduc pit. Thanks, Jordan",
            "inbound"),
    ],
}

# ---------------------------------------------------------------------------
# 3. Northstar Snow & Ice Management (small, Winnipeg)
# ---------------------------------------------------------------------------
NORTHSTAR = {
    "id": "acc-northstar",
    "name": "Northstar Snow & Ice Management Inc.",
    "owner_id": D,
    "arr": 38400,
    "segment": "smb",
    "industry": "Snow Removal & Ice Control",
    "territory": "Prairies",
    "renewal_date": "2027-10-01",
    "contract_notes": (
        "1-year term, auto-renews October 1 unless either party gives 60 days' notice. 28 FleetPulse units "
        "plus WorkBench Lite (5 dispatcher seats). Seasonal pricing: $5,200/month November to April, "
        "$1,200/month hibernation rate May to October. Breadcrumb retention extended to 7 years (standard "
        "2) at no charge. Paid by company credit card; 3% card surcharge waived."
    ),
    "contacts": [
        contact("c-ns-wes", "Wes Dyck", "Owner & President",
                "wes@northstarsnow.test", "+1 204-555-0119", "economic_buyer", "phone", 4,
                "Phone only. Lives in his truck from November to April."),
        contact("c-ns-carla", "Carla Dyck", "Office Manager & Bookkeeper",
                "carla@northstarsnow.test", "+1 204-555-0120", "influencer", "email", 4,
                "Wes's wife. Holds the company credit card."),
        contact("c-ns-remi", "Rémi Beaulieu", "Dispatch Lead",
                "remi@northstarsnow.test", "+1 204-555-0147", "champion", "text", 5,
                "Night dispatcher in winter; texts at 3 am."),
        contact("c-ns-pat", "Pat Olafson", "Commercial Account Executive, Prairie Shield Insurance Brokers",
                "pat.olafson@prairieshield.test", "+1 204-555-0192", "other", "email", 2,
                "Northstar's insurance broker. Only with Wes's OK."),
    ],
    "opportunities": [
        opp("o-ns-renewal", "2027-28 season renewal", "proposal", 40800, "2027-10-01",
            "Confirm unit count once Wes hears back on the School Division parking lot bids"),
        opp("o-ns-handhelds", "Sidewalk crew handheld trackers (6)", "qualification", 4900, "2026-12-01",
            "Demo handhelds to Rémi at Dugald on November 19"),
    ],
    "activities": [
        act("a-ns-001", "call", "2026-01-08T11:30:00Z", D, ["c-ns-remi"],
            "Units dark in the cold snap",
            "Rémi called at 5:30 am his time: trucks 7, 11 and 19 stopped reporting overnight when it hit -38. "
            "Opened TKT-47760. Engineering pushed a firmware fix for the cold-start bug on January 9 and all "
            "three came back."),
        act("a-ns-002", "email", "2026-01-27T16:00:00Z", D, ["c-ns-carla"],
            "Card declined",
            "Hi Denise, your billing system says our card was declined for January. We got a new card after a "
            "fraud alert and I've put it in the portal. Please don't charge anything extra without telling me "
            "first. Carla",
            "inbound"),
        act("a-ns-003", "email", "2026-02-19T19:20:00Z", D, ["c-ns-pat", "c-ns-wes"],
            "Request for GPS records - claim CLM-2026-0331",
            "Denise, Wes has authorized me to request GPS and salting records for the Pembina Highway strip mall "
            "lot for February 1 to 3, in connection with claim CLM-2026-0331 (slip and fall on February 2). "
            "Please send them to me directly. Pat Olafson, Prairie Shield Insurance Brokers",
            "inbound"),
        act("a-ns-004", "note", "2026-02-20T21:45:00Z", D, ["c-ns-pat", "c-ns-remi"],
            "Breadcrumb export for CLM-2026-0331",
            "Exported breadcrumbs and spreader on/off events for February 1-3. Truck 11 was on the Pembina lot "
            "at 04:52 and again at 09:15 on February 2, spreader running both times. Sent to Pat along with "
            "Rémi's dispatch log."),
        act("a-ns-005", "meeting", "2026-03-30T17:00:00Z", D, ["c-ns-wes", "c-ns-remi"],
            "End-of-season review at Dugald",
            "Wes said the broker told him the Pembina claim was dropped after our records went in, which saved "
            "him his $25,000 deductible. Rémi wants salt tonnage in the reports next season. Wes asked about "
            "handheld trackers for the sidewalk crews."),
        act("a-ns-006", "note", "2026-05-01T15:00:00Z", D, ["c-ns-carla"],
            "Summer rate on",
            "Summer pricing switched on: $1,200/month from May through October. Trucks 5 and 22 are parked for "
            "the summer and their units moved onto the landscaping trailers."),
        act("a-ns-007", "call", "2026-06-16T15:30:00Z", D, ["c-ns-wes"],
            "Wes - Kildonan contracts",
            "Wes is talking to the owner of Kildonan Property Services about buying their commercial snow "
            "contracts. If it goes ahead he'd add eight trucks for next winter. Asked me to hold pricing for "
            "eight extra units."),
        act("a-ns-008", "email", "2026-08-12T17:00:00Z", D, ["c-ns-wes", "c-ns-carla"],
            "Quote - sidewalk handheld trackers",
            "Wes, as promised, here's the quote for six handheld trackers for the sidewalk crews: $4,900 for the "
            "season including the dispatch view. Carla, copying you so nothing lands on the card as a surprise.",
            "outbound"),
        act("a-ns-009", "chat", "2026-09-09T02:10:00Z", D, ["c-ns-remi"],
            "Salt sensors",
            "Rémi: any news on the salt sensor thing? the commercial contracts want tonnage per site now. Me: still "
            "on the roadmap, I'll get you a date. Rémi: k, need it before Jan if possible.",
            "inbound"),
        act("a-ns-010", "email", "2026-10-14T18:30:00Z", D, ["c-ns-carla"],
            "November invoice",
            "Denise, can the November invoice be itemized per truck? Our accountant is asking. Please also "
            "confirm the $5,200 winter rate hasn't changed. Thanks, Carla",
            "inbound"),
        act("a-ns-011", "meeting", "2026-11-03T16:00:00Z", D, ["c-ns-remi", "c-ns-wes"],
            "Pre-season check at Dugald",
            "Tested all 28 units at the Dugald Road shop. Two failed self-test and were swapped on the spot under "
            "RMA-23410. Handheld demo booked with Rémi for November 19."),
        act("a-ns-012", "call", "2026-11-10T14:00:00Z", D, ["c-ns-wes"],
            "Wes - Kildonan update",
            "The Kildonan deal fell through; the owner sold to someone else. Wes is bidding the Winnipeg School "
            "Division parking lots instead and expects to hear in January. Next season's unit count depends on "
            "that."),
    ],
}

# ---------------------------------------------------------------------------
# 4. Tri-Valley Transit Commission (mid-market regional transit, BC)
# ---------------------------------------------------------------------------
TVT = {
    "id": "acc-trivalley",
    "name": "Tri-Valley Transit Commission",
    "owner_id": D,
    "arr": 294000,
    "segment": "mid_market",
    "industry": "Public Transit",
    "territory": "British Columbia",
    "renewal_date": "2027-01-31",
    "contract_notes": (
        "3-year agreement (RFP TVT-2023-011), February 1, 2024 to January 31, 2027. 140 FleetPulse units "
        "(118 conventional buses, 22 TV Access paratransit vans) at a bundled $2,100 per vehicle per year, "
        "fixed for the whole term, including the WorkBench maintenance module for 40 users. GTFS-realtime "
        "integration built for a one-time fee of $24,000 (paid 2024 from capital). All data hosted in Canada "
        "per Schedule C. The Commission may terminate for convenience on 90 days' notice."
    ),
    "contacts": [
        contact("c-tv-mensah", "Grace Mensah", "General Manager",
                "grace.mensah@trivalleytransit.test", "+1 604-555-0110", "economic_buyer", "email", 2,
                "Meeting requests through her EA, Lorraine."),
        contact("c-tv-kaur", "Simran Kaur", "Manager, Fleet Maintenance",
                "simran.kaur@trivalleytransit.test", "+1 604-555-0173", "champion", "phone", 5,
                "Runs the Harlow Road garage (the Barn)."),
        contact("c-tv-boucher", "Paul Boucher", "Director, Finance & Procurement",
                "paul.boucher@trivalleytransit.test", "+1 604-555-0125", "decision_maker", "email", 3,
                "Writes the staff reports to the board. Prints everything."),
        contact("c-tv-nguyen", "Trevor Nguyen", "Systems Analyst",
                "trevor.nguyen@trivalleytransit.test", "+1 604-555-0158", "influencer", "chat", 3),
        contact("c-tv-rossi", "Mike Rossi", "President, Transit Workers Local 409",
                "mike.rossi@local409.test", "+1 604-555-0199", "blocker", None, 1,
                "Union. Never meet without Simran present."),
        contact("c-tv-okafor", "Dana Okafor", "Chair, Board of Commissioners",
                "dana.okafor@trivalleytransit.test", "+1 604-555-0101", "other", None, 1,
                "Board chair. All contact goes through Grace."),
    ],
    "opportunities": [
        opp("o-tv-renewal", "2027 renewal - 3-year term", "negotiation", 301476, "2027-01-31",
            "Final order form to Paul by November 25 for the December 9 board meeting"),
        opp("o-tv-ev", "Battery-electric bus charging telemetry", "discovery", 38000, "2027-06-30",
            "Revisit once the 10 electric buses are delivered to the Flats"),
    ],
    "activities": [
        act("a-tv-001", "email", "2026-01-13T17:05:00Z", D, ["c-tv-nguyen"],
            "GTFS-rt feed lagging",
            "Denise, the realtime feed has been running 90+ seconds behind since yesterday afternoon. The "
            "Tri-Valley Go app is showing buses at stops they've already left and riders are noticing. Logged "
            "as TKT-47901. Trevor",
            "inbound"),
        act("a-tv-002", "call", "2026-01-20T19:00:00Z", D, ["c-tv-nguyen", "c-tv-kaur"],
            "Feed lag fix",
            "Confirmed with Trevor and Simran that the fix is holding. Root cause was an overloaded feed server "
            "on our side after a deployment; their feed now runs on its own instance. Latency is back to about "
            "12 seconds."),
        act("a-tv-003", "meeting", "2026-02-26T21:00:00Z", D, ["c-tv-rossi", "c-tv-kaur"],
            "Grievance G-2026-04 meeting",
            "Met Mike Rossi and Simran about grievance G-2026-04: an operator was disciplined using an idle-time "
            "report. Explained what idle data does and doesn't show - engine on, vehicle stationary, nothing "
            "about why. Mike wants operator IDs removed from the standard reports."),
        act("a-tv-004", "note", "2026-03-18T18:00:00Z", D, ["c-tv-boucher"],
            "Annual invoice paid",
            "INV-TV-2026-0201 for $294,000 paid by EFT on March 18. Paul asked that next year's invoice quote "
            "the new PO number once the renewal is approved."),
        act("a-tv-005", "meeting", "2026-04-09T17:30:00Z", D, ["c-tv-kaur", "c-tv-nguyen"],
            "Spring QBR at the Barn",
            "Simran showed road calls down 18% year over year since WorkBench preventive maintenance went live. "
            "She asked whether we can predict brake wear from telematics. Trevor wants feed uptime numbers "
            "monthly."),
        act("a-tv-006", "chat", "2026-05-14T16:40:00Z", D, ["c-tv-kaur"],
            "Van 2214 tracker",
            "Simran: TV Access van 2214 has been offline 3 days. Me: RMA-22990 raised, unit ships tomorrow. "
            "Simran: thx, dispatch needs that van for the dialysis runs.",
            "inbound"),
        act("a-tv-007", "note", "2026-06-02T22:00:00Z", D, ["c-tv-mensah"],
            "Provincial funding review",
            "Grace told the board the province has started reviewing the transit operating funding formula. "
            "Early talk is of a possible 5% cut to the operating grant from 2027-28. Nothing decided."),
        act("a-tv-008", "email", "2026-07-08T16:20:00Z", D, ["c-tv-boucher"],
            "PIA update required for renewal",
            "Denise, before staff can recommend the renewal our privacy officer needs an updated privacy impact "
            "assessment covering any changes since 2024. Please provide it by September 30. Paul",
            "inbound"),
        act("a-tv-009", "call", "2026-08-21T18:00:00Z", D, ["c-tv-nguyen"],
            "PIA data flows",
            "Walked Trevor through the data flow diagram for the PIA. Confirmed all data stays in our Toronto and "
            "Montreal data centres, with backups in Montreal only. He'll review it with their privacy officer."),
        act("a-tv-010", "email", "2026-09-28T20:10:00Z", D, ["c-tv-boucher", "c-tv-nguyen"],
            "PIA package - PIA-TVT-2026-03",
            "Paul, attached is the updated PIA package, reference PIA-TVT-2026-03, with the data flow diagram "
            "Trevor reviewed and our subprocessor list. Happy to join a call with your privacy officer.",
            "outbound"),
        act("a-tv-011", "meeting", "2026-10-15T17:00:00Z", D, ["c-tv-boucher", "c-tv-kaur"],
            "Renewal negotiation",
            "Paul asked for 5% off for a 3-year term. I countered with 3% off and the same price for all three "
            "years. Simran pushed to add the 8 TV Access vans arriving in 2027. Paul will take it to Grace."),
        act("a-tv-012", "email", "2026-10-29T23:00:00Z", D, ["c-tv-boucher"],
            "Board request - comparison quote",
            "Denise, the Board Chair has asked staff to include at least one comparison quote in the renewal "
            "report. This is not a tender, but I need to show we tested the price. I'll be in touch. Paul",
            "inbound"),
        act("a-tv-013", "call", "2026-11-06T18:30:00Z", D, ["c-tv-kaur"],
            "Electric buses",
            "Simran confirmed the 10 battery-electric buses arrive in April 2027 and will be based at the Flats. "
            "She wants charging and state-of-charge data in the same dashboard. Logged the add-on opportunity."),
        act("a-tv-014", "note", "2026-11-13T19:00:00Z", D, [],
            "Renewal status",
            "Board meets December 9. Paul needs the final order form by November 25 to make the staff report "
            "deadline. Status of the comparison quote unknown."),
    ],
}

# ---------------------------------------------------------------------------
# Distractor 1: Town of Kestrel Bay (owned by Luc)
# ---------------------------------------------------------------------------
L = "u-luc"
KESTREL = {
    "id": "acc-kestrel",
    "name": "Town of Kestrel Bay",
    "owner_id": L,
    "arr": 128000,
    "segment": "mid_market",
    "industry": "Municipal Government",
    "territory": "Ontario",
    "renewal_date": "2027-04-30",
    "contract_notes": (
        "3-year agreement ending April 30, 2027. 96 FleetPulse units on plows, graders and sidewalk machines, "
        "public plow tracker included in the bundle. 5% public-sector discount; uplift capped at 3%."
    ),
    "contacts": [
        contact("c-kb-pike", "Marjorie Pike", "Director of Public Works",
                "mpike@kestrelbay.test", "+1 705-555-0133", "economic_buyer", "email", 4),
        contact("c-kb-hutchins", "Dale Hutchins", "Fleet Supervisor",
                "dhutchins@kestrelbay.test", "+1 705-555-0168", "champion", "phone", 4,
                "Runs the Lakeshore Road yard."),
        contact("c-kb-moreau", "Jean Moreau", "Councillor; Chair, Infrastructure Committee",
                "jmoreau@kestrelbay.test", "+1 705-555-0102", "influencer", "email", 2),
        contact("c-kb-okoye", "Ifeoma Okoye", "Purchasing Coordinator",
                "iokoye@kestrelbay.test", "+1 705-555-0145", "influencer", "email", 3),
    ],
    "opportunities": [
        opp("o-kb-renewal", "Kestrel Bay renewal 2027", "proposal", 132000, "2027-04-30",
            "Send sidewalk-machine add-on pricing to Marjorie"),
    ],
    "activities": [
        act("a-kb-001", "note", "2026-01-17T16:05:00Z", L, ["c-kb-hutchins"],
            "Jan 17 storm - minor lag",
            "During the January 17 carrier incident 14 Kestrel Bay plows showed delayed positions on the plow "
            "tracker for about 40 minutes. Logged under TKT-48214. Dale Hutchins noticed but nobody from the "
            "town escalated."),
        act("a-kb-002", "call", "2026-02-05T15:00:00Z", L, ["c-kb-pike"],
            "Marjorie - outage question",
            "Marjorie asked whether the January incident could hit them again. Explained the failover change "
            "going out to all municipal customers. She was relaxed; council never noticed."),
        act("a-kb-003", "email", "2026-03-20T14:30:00Z", L, ["c-kb-okoye"],
            "Annual invoice INV-KB-2026-0301",
            "Ifeoma, attached is INV-KB-2026-0301 for $128,000. PO 26-0417 referenced as requested.",
            "outbound"),
        act("a-kb-004", "meeting", "2026-05-12T14:00:00Z", L, ["c-kb-hutchins", "c-kb-pike"],
            "Spring review at Lakeshore Road",
            "Good season overall. Dale Hutchins wants the four sidewalk machines on the tracker next winter; "
            "Marjorie is open to it if it fits under the current budget line."),
        act("a-kb-005", "chat", "2026-07-08T13:10:00Z", L, ["c-kb-hutchins"],
            "Graders offline",
            "Dale H: two graders not showing since the weekend. Me: probably the harness, tech booked Friday.",
            "inbound"),
        act("a-kb-006", "email", "2026-09-02T18:00:00Z", L, ["c-kb-moreau"],
            "Presentation request",
            "Mr. Gagnon, the Infrastructure Committee would like a short presentation on how plow routes are "
            "tracked by ward. October 6 works for us. Councillor Jean Moreau",
            "inbound"),
        act("a-kb-007", "meeting", "2026-10-06T22:30:00Z", L, ["c-kb-moreau", "c-kb-pike"],
            "Infrastructure Committee presentation",
            "Presented ward-level plow coverage maps. Councillor Moreau asked good questions and seemed "
            "satisfied. No concerns raised about the January incident."),
        act("a-kb-008", "note", "2026-11-02T15:45:00Z", L, ["c-kb-pike"],
            "Renewal path",
            "Marjorie confirmed the renewal will go on the council consent agenda in March. Low risk."),
    ],
}

# ---------------------------------------------------------------------------
# Distractor 2: Birchmount Road Builders (owned by Amira)
# ---------------------------------------------------------------------------
A = "u-amira"
BIRCHMOUNT = {
    "id": "acc-birchmount",
    "name": "Birchmount Road Builders Inc.",
    "owner_id": A,
    "arr": 164000,
    "segment": "mid_market",
    "industry": "Road Construction",
    "territory": "Prairies",
    "renewal_date": "2027-06-30",
    "contract_notes": (
        "2-year term ending June 30, 2027. 240 YardTag asset tags and 40 FleetPulse units on tandem trucks. "
        "10% discount for annual prepayment. Tag hardware leased, returned at end of term."
    ),
    "contacts": [
        contact("c-bm-lindqvist", "Gary Lindqvist", "Chief Financial Officer",
                "glindqvist@birchmountroad.test", "+1 780-555-0114", "economic_buyer", "email", 3),
        contact("c-bm-charles", "Renée Charles", "Equipment Coordinator",
                "rcharles@birchmountroad.test", "+1 780-555-0171", "champion", "text", 4),
        contact("c-bm-mcleod", "Stuart McLeod", "VP Operations",
                "smcleod@birchmountroad.test", "+1 780-555-0126", "decision_maker", "phone", 3),
        contact("c-bm-ahmad", "Bilal Ahmad", "Project Manager",
                "bahmad@birchmountroad.test", "+1 780-555-0190", "user", "email", 3),
    ],
    "opportunities": [
        opp("o-bm-renewal", "Birchmount renewal 2027", "discovery", 170000, "2027-06-30",
            "Multi-year pricing options for Gary Lindqvist"),
        opp("o-bm-immob", "Immobilizers for excavators", "qualification", 18000, "2027-03-31",
            "Stuart to pick two excavators for a trial"),
    ],
    "activities": [
        act("a-bm-001", "call", "2026-02-11T16:20:00Z", A, ["c-bm-charles"],
            "Battery report",
            "Renée flagged 22 YardTags under 25% battery, mostly on attachments stored at the Nisku yard. "
            "Swap scheduled for March."),
        act("a-bm-002", "email", "2026-04-02T15:00:00Z", A, ["c-bm-lindqvist"],
            "Prepay invoice INV-BM-2026-0402",
            "Gary, attached is the annual prepay invoice INV-BM-2026-0402 for $164,000 with the 10% prepayment "
            "discount applied.",
            "outbound"),
        act("a-bm-003", "note", "2026-05-27T20:00:00Z", A, ["c-bm-charles", "c-bm-mcleod"],
            "Stolen excavator",
            "Excavator EX-09 went missing from a Sherwood Park job site. Tag showed it in a storage compound in "
            "Nisku; RCMP recovered it May 29, file 2026-655102."),
        act("a-bm-004", "meeting", "2026-06-15T17:00:00Z", A, ["c-bm-mcleod", "c-bm-charles"],
            "Ops review",
            "Stuart asked about immobilizers after EX-09. Renée wants the utilization report split by job."),
        act("a-bm-005", "email", "2026-07-22T19:45:00Z", A, ["c-bm-ahmad"],
            "Standby hours export - CO-44",
            "Bilal, here is the engine-hour export for the 50 Street job showing 96 standby hours for change "
            "order CO-44 with the City of Edmonton.",
            "outbound"),
        act("a-bm-006", "chat", "2026-08-30T14:00:00Z", A, ["c-bm-charles"],
            "Geofence change",
            "Renée: can you move the Nisku geofence 200 m east, we expanded the lot. Me: done.",
            "inbound"),
        act("a-bm-007", "email", "2026-10-05T21:10:00Z", A, ["c-bm-lindqvist"],
            "Multi-year pricing",
            "Amira, please send 2- and 3-year pricing. Our newer excavators report through JDLink already, so "
            "tell me what we'd be paying for on those. Gary",
            "inbound"),
        act("a-bm-008", "call", "2026-11-09T17:30:00Z", A, ["c-bm-mcleod"],
            "Stuart - staffing",
            "Stuart is hiring a new equipment manager over Renée's head; she stays as coordinator. Renewal "
            "conversation to start in February."),
    ],
}

BUNDLE = {
    "format": "baton-bundle/v1",
    "users": USERS,
    "accounts": [HAMLIN, RIDGEBACK, NORTHSTAR, TVT, KESTREL, BIRCHMOUNT],
}

# ---------------------------------------------------------------------------
# Interview answers, in Denise Kowalchuk's own words
# ---------------------------------------------------------------------------
INTERVIEWS = {
    "acc-hamlin": {
        "decision_maker": (
            "On paper it's Anita Greaves, the Director of Public Works. Her name goes on the staff report and "
            "she's the one who recommends the renewal. But anything over half a million goes to the Public Works "
            "Committee and then to council, and Councillor Brenda Oakes chairs that committee, so in practice "
            "Oakes can stall us for a full cycle if she feels like it. Anita is about two years from retirement, "
            "and what she personally cares about is never getting blindsided in council chambers again. She said "
            "it to me straight in January: 'I want this system to be boring.' She judges us on two things, the "
            "plow tracker staying up and whether the report we send her can go into a council package without "
            "her rewriting it. Tom Ferreira in procurement doesn't decide anything, but he can slow it to a crawl "
            "if the paperwork isn't perfect. The CAO used to rubber-stamp whatever Anita recommended. That's "
            "about to change."
        ),
        "champion": (
            "Dale Vukovich, the fleet services manager, is our guy. Ex-mechanic, runs the Concession Street yard, "
            "and he's the one who sold the pucks to the mechanics and the drivers' union back in 2022. The way he "
            "got the union on side was promising the GPS would never be used to discipline drivers, so we switched "
            "off the harsh-braking scorecard for Roads. Do not turn it back on. What I've promised him: the "
            "dual-carrier retrofit, which is done; a pool of 15 spare units sitting at Concession Street so he's "
            "not waiting on RMAs in the middle of a storm; and a plow-hours-by-ward report, because every "
            "councillor phones him asking why their street was last. That report is what makes him look good. If "
            "he can answer a councillor in thirty seconds from his phone, he's a hero. Product told me the ward "
            "report ships in Q1 2027, so chase them on it. Also, he calls North Works 'the Bunker' and so does "
            "everybody else."
        ),
        "hidden_commitments": (
            "A few things that aren't written down anywhere. First, the 15 spare FleetPulse units at the "
            "Concession Street yard: they're on consignment, no invoice. I shipped them in March and told Dale "
            "they're his to swap as needed. Finance doesn't know they're there. Second, and this is the big one: "
            "on the January 19 call I told Anita that if we ever go dark again during a declared storm event, we'd "
            "waive that whole month's fee. That was on the phone, never in writing, and Shauna knows about it. "
            "The monthly fee is around $59,000, so that's real money, and it's one more reason the dual-carrier "
            "setup has to actually work. Third, I told Harpreet we'd set up the Azure SSO at no charge, when "
            "normally that's about $6,500 in pro services. Fourth, the harsh-braking scorecard stays off for "
            "Roads. That's a handshake with the union through Dale, not a contract term."
        ),
        "history_sensitivities": (
            "The big one is January 17. Our units on the plows dropped for about nine and a half hours in the "
            "middle of a storm: 212 plows frozen on the public plow tracker, residents losing it on Facebook, and "
            "the Hamlin Falls Herald ran a front page called 'Where's My Plow?'. The root cause was ours: the "
            "failover profile never got pushed to their units. We did the RCA, gave a goodwill credit and "
            "retrofitted dual-carrier SIMs on every plow by late October. Anita came out of it okay but Councillor "
            "Oakes still brings it up. Never tell her 'it was a carrier problem'. She thinks that's us passing the "
            "buck, and honestly she's not wrong. Older sore spot: in 2022 our install sub drilled through the dash "
            "wiring on three brand-new Freightliner plows and the city lost those trucks for two weeks. Dale still "
            "calls that installer 'the butcher'. And don't joke about the tracker, ever, with anybody there."
        ),
        "pricing_story": (
            "They're at $712K a year, and it's structured the way it is for political reasons more than anything. "
            "The 8% public-sector discount matches what we gave through the cooperative purchasing agreement in "
            "2022, so it holds up if procurement compares. The public plow tracker map is its own line at $38,000 "
            "because back in 2022 Communications paid for it out of their budget instead of Public Works, and "
            "Anita wanted it kept that way so it doesn't show up in her numbers. The 3% prompt-payment discount "
            "is there because their AP used to take 90 days, and our finance people would rather give up 3% than "
            "chase them. The uplift cap, CPI or 4% whichever is lower, was Tom's condition for signing. For the "
            "renewal I've pitched $735K, which folds in the Parks tags. If Anita needs a number to take to "
            "council, don't go above that."
        ),
        "unexpected_use": (
            "A couple of things we never designed for. The city solicitor's office pulls the plow breadcrumbs to "
            "fight damage claims: somebody says a plow took out their mailbox or chewed up their lawn, and legal "
            "checks whether a plow was even on that street at that time. Dale says it kills about half the "
            "claims. Waste uses WorkBench to log missed garbage pickups that come in through 311, which is a bit "
            "of a hack because they aren't really work orders, but it works for them. And my favourite: Parks "
            "stuck a YardTag on the ice resurfacer at Memorial Arena because somebody was taking it for joyrides "
            "after hours. They caught a summer student doing laps at midnight. That's honestly how the Parks "
            "expansion conversation started."
        ),
        "channels_surprises": (
            "Dale: text him. He's up at 4:30 and answers texts before six, but he won't read an email longer than "
            "three lines. Anita: email only, with a one-page summary on top. Never call her cell unless something "
            "is actively on fire, and even then text first. Tom Ferreira: formal email or the Bids & Tenders "
            "portal; if you tell him something on the phone, it didn't happen. Harpreet likes Teams. Kevin Lam is "
            "fine with anything. Councillor Oakes you do not contact, full stop. Everything goes through Anita, "
            "invitations included. The one person who must never be surprised is Anita: if anything breaks, she "
            "hears it from us before a councillor or the Herald tells her. If the GPS units go dark, call Dale "
            "first on his cell, then send Anita a written heads-up within the hour, and open a Sev 1 with support "
            "at the same time."
        ),
        "org_changes": (
            "Three or four things. The CAO, Rick Sauvé, is retiring in December, and the new CAO will land right "
            "when our renewal hits council. New CAOs like to review sole-source deals to show they're tough. "
            "Second, the budget: Anita has to find 6% in the 2027 operating budget, and the plow tracker line is "
            "the obvious thing for someone to poke at. Third, the city is folding Roads and Waste into a single "
            "Operations department under Anita in the first quarter of 2027. Mostly good for us, one budget and one "
            "boss, but Waste's supervisors will suddenly have opinions. And the October election: Oakes got "
            "re-elected in Ward 4 with a bigger margin, and she campaigned on 'accountability for contractors', "
            "which she means about us among others."
        ),
        "warning_signs": (
            "Hamlin telegraphs things if you watch. In spring 2024 Dale went quiet for about three weeks, stopped "
            "answering texts, and it turned out Waste was piloting a competitor on ten garbage trucks. The pilot "
            "died, but the silence was the tell. Another tell is AP: when their payments slip past 60 days it "
            "usually means somebody upstairs is questioning the spend, and that happened right before the same "
            "pilot. Procurement asking for paperwork early is a third one. Tom asked for the sole source "
            "justification seven months ahead this year, which he's never done before. And if Anita starts "
            "copying the CAO's office on routine emails, she's covering herself."
        ),
        "renewal_risk": (
            "If it slips, the stated reason will be procurement: 'fiduciary duty to test the market at the end of "
            "the term', coming from Tom or the new CAO. The real reason will be the January outage and Councillor "
            "Oakes. She wants to be seen holding a vendor to account, and snow season is when people care. If we "
            "get through this winter with the tracker staying up, I think Anita gets the renewal through committee "
            "in January. If there's another outage in December it goes to tender, no question, and on top of that "
            "we'd owe them a month's fee under my handshake promise. Budget is a secondary risk: the plow tracker "
            "line could get cut to hit the 6% even if the core renews."
        ),
    },
    "acc-ridgeback": {
        "decision_maker": (
            "Brent Kowalski signs, full stop. He co-owns the company with his brother-in-law, Wade Pelletier, but "
            "Wade is a silent partner who lives in Kelowna and shows up for the Christmas party. Brent thinks in "
            "cost per machine per day; if you can't put a number that way he tunes out. What he personally cares "
            "about is theft and winning change-order fights with Alberta Transportation, because those two things "
            "have cost him real money. He also hates the feeling of a monthly software bill and would rather buy "
            "something once. Gary Ostrowski, the controller, can't say no on his own, but he builds the "
            "spreadsheet Brent looks at before the March budget meeting, so whatever Gary puts in that spreadsheet "
            "is basically the case for or against us. Get your numbers into Gary's spreadsheet before March or "
            "you'll be arguing against it."
        ),
        "champion": (
            "Nicole Desjardins, the equipment manager. She runs the shop on Gasoline Alley, which everybody calls "
            "the Alley, and she picked us over two other vendors in 2025. I've promised her three things: we swap "
            "the batteries on the 41 low tags for free before April (normally it's about $18 a tag in labour), she "
            "gets a seat on our customer advisory board next year, and we help her present the SS-14 theft "
            "recovery at the ARHCA convention in January. What she needs to look good is a number she can show "
            "Brent: fewer rental days and less idle iron. Last season she cut rental equipment days by roughly "
            "30% using the utilization report, and that's the story she wants to tell. Don't make her look bad in "
            "front of Gary; those two don't get along."
        ),
        "hidden_commitments": (
            "The free battery swap on the 41 tags isn't written down anywhere; it's a promise I made to Nicole on "
            "a call. The bigger one: I told Brent on the phone in June that if he signs a 3-year term we'll hold "
            "his per-tag price at the 2025 rate of $4.10 a month. I didn't get that approved. Shauna knows I said "
            "it, but it's not in the CRM or on any quote. Also, Gary heard me say we'd 'look at' a winter parking "
            "rate for trucks that sit idle November to March. I meant look at it; he heard a promise, so expect "
            "him to bring it up like it's agreed. And the temporary tags on Cody's 22 rental rollers: I didn't "
            "charge for those, and I told Cody we'd do the same next summer."
        ),
        "history_sensitivities": (
            "Two things. First, the install in spring 2025 was rough. Our installer mounted tags too close to the "
            "screeds on the pavers, and about 30 of them cooked and fell off in the first month. We replaced every "
            "one, but Nicole took heat from Brent over it and the word 'screed' still makes her flinch. Second, "
            "the invoice fight this February. Gary disputed the October invoice because twelve trucks were parked "
            "all winter, held payment for about three months, and Brent finally overruled him at the meeting in "
            "Red Deer. We gave no credit, which was right, but Gary was embarrassed in front of his boss and he "
            "hasn't forgotten it. Smaller thing: the 2025 case study used a drone photo with a rival contractor's "
            "trucks in the background. Brent laughed it off in public but he was not amused. Don't bring up the "
            "case study unless he does."
        ),
        "pricing_story": (
            "They're at $186,000 a year. The 15% discount is there for two reasons: they committed to two years, "
            "and they let us publish a case study, which went out in November 2025. Billing is split 70% in April "
            "and 30% in October because they get paid by the province after the season and cash is tight in "
            "spring; Gary fought hard for that. They own the tag hardware outright at the end of the term because "
            "Brent flatly refused to 'rent plastic'. That's unusual for us and it cost us some margin. For the "
            "renewal the opp is at $198,000 because of the Leduc pit and some new iron. Gary's asking for 20% off "
            "on a 3-year, which we can't do, but showing parked-unit pricing as its own line might get him there "
            "emotionally."
        ),
        "unexpected_use": (
            "Jordan Tan, their estimator, uses the geofence and engine-hour data as evidence in change-order "
            "claims. When the province changes a design mid-job and their paving spread sits, he exports the "
            "standby hours and attaches them to the claim. For CO-117 on Highway 2A that was 412 standby hours. "
            "It's the most valuable thing we do for them and we never designed for it. The other one's funny: they "
            "put YardTags on their porta-potties. The rental company kept billing them for 'lost' units that were "
            "sitting in a ditch somewhere on the job, so now Cody can prove where every single one is. And the "
            "theft recovery on SS-14, which is technically a designed use, but nobody at Ridgeback believed in it "
            "until it actually happened."
        ),
        "channels_surprises": (
            "Brent: phone only, and call early. He's in the truck from about 6 and picks up before 7:30; after "
            "that he's on site and you won't get him. He doesn't read email. Gary: email with PDFs, always in "
            "writing, and he wants a heads-up a week before each invoice goes out in April and October. Never let "
            "an invoice land on Gary cold; that's how the February fight started. Nicole: WhatsApp, anytime. "
            "Cody: he's at the Alley, just show up with coffee, he doesn't check email. Jordan: regular email is "
            "fine, he's the most office-y person there. The person who must never be surprised is Gary, even "
            "though he isn't the decider, because a surprised Gary goes to Brent with a grudge."
        ),
        "org_changes": (
            "Biggest one: Nicole told me in October, off the record, that a bigger Calgary outfit offered her an "
            "equipment superintendent job. She hadn't decided when we last talked. If she goes, we lose our only "
            "real advocate. Second, Ridgeback is buying a small paving company in Lacombe, Prairie Crest Paving, "
            "which brings roughly 90 more assets into the fleet in 2027. That's upside if we move on it. Third, "
            "Brent's son Tyler joins as operations manager in January 2027. Tyler's 27 and came from an oilfield "
            "services company, and from what Nicole says he's big on dashboards, which could go either way. Plus "
            "the new Leduc pit opens in April."
        ),
        "warning_signs": (
            "With Ridgeback an invoice dispute is almost always the opening move of a budget fight. That's what "
            "February was, and sure enough in September Gary came back asking for 20% off. Before the 2025 deal "
            "the tell was Gary asking for usage reports by unit, which came right before a request to take 40 "
            "units off the contract. If he asks for per-unit usage again, he's building a case to cut units. "
            "Another one: when Brent stops returning calls for a couple of weeks he's usually talking to someone "
            "else. Last time it was a Deere dealer pitching JDLink. And if Nicole starts copying Gary on her "
            "messages to us, she's lost the argument internally."
        ),
        "renewal_risk": (
            "The stated reason will be 'JDLink comes free on the new Deeres, why are we paying twice?' Gary "
            "already put that in writing in September. It's partly true for the newer machines, but half their "
            "fleet is older mixed brands, and JDLink doesn't touch the rollers or the porta-potties, ha. The real "
            "reason, if it happens, will be that Gary wants the line gone and nobody's left to fight him, which is "
            "exactly what happens if Nicole takes that Calgary job. Protect the renewal by getting Tyler on side "
            "early and by getting the $4.10 price lock approved properly so it isn't just my word."
        ),
    },
    "acc-northstar": {
        "decision_maker": (
            "Wes Dyck decides everything. He owns the company and he's the one you talk to. But here's the part "
            "nobody writes down: Carla, his wife, runs the books and holds the company card, and if Carla says "
            "'we can't afford it' then it's dead, no matter what Wes told you on the phone. So you sell Wes and "
            "you reassure Carla. What Wes personally cares about is lawsuits. His brother ran a snow company in "
            "Brandon that got wiped out by a slip-and-fall judgment in 2019, and Wes is terrified of that happening "
            "to him. Frame everything we sell him as protection. The Pembina claim getting dropped did more for "
            "this account than any feature we've ever shipped."
        ),
        "champion": (
            "Rémi Beaulieu, the dispatch lead. He's the one watching the map at three in the morning and he's the "
            "reason they didn't cancel in 2024. I've promised him he'll be in the beta for the salt-spread sensor "
            "when it exists. Product told me Q2 2027 and I told Rémi 'spring', so don't let that slide without "
            "warning him. I also sent him a loaner rugged tablet last December so he can dispatch from his truck; "
            "it's never come back and I'm not asking for it. What he needs to look good with Wes is overtime: the "
            "commercial contracts pay per visit now, and if Rémi can show fewer wasted hours per storm, Wes "
            "notices. He also wants tonnage per site in the reports, because the contracts are starting to ask "
            "for it."
        ),
        "hidden_commitments": (
            "Three. One: I told Wes that if the Pembina claim, or any claim, ever goes to court, we'll have one "
            "of our support engineers swear an affidavit on the accuracy of the GPS data at no charge. Legal hasn't "
            "signed off on that; it was me on the phone. Two: in May, Carla asked if she could push the May and "
            "June summer payments because cash was tight after a slow March. I said yes, pay them in September, "
            "and she did. That isn't noted anywhere, and AR just thinks they were late. If she asks again, that's "
            "the precedent. Three: the loaner tablet for Rémi. Technically it's company equipment and it isn't on "
            "any list."
        ),
        "history_sensitivities": (
            "The cold snap in early January is still sore. Three trucks, 7, 11 and 19, went dark overnight at "
            "minus 38 because of a firmware bug, and one of them was covering their biggest commercial customer, "
            "a car dealership on Regent Avenue. The dealership's manager phoned Wes at 7 am asking why the lot "
            "wasn't done, and Wes couldn't prove it had been. Engineering fixed it the next day, but Wes lost that "
            "contract in the spring and in his head it's partly on us. The other sore spot is older: in December "
            "2024 our billing system double-charged their card $5,200 right before Christmas, and Carla still "
            "brings it up. And don't call the summer rate a 'standby fee'. Carla hates that phrase; it's the "
            "'hibernation rate'."
        ),
        "pricing_story": (
            "It's $38,400 a year, but seasonal: $5,200 a month November through April and $1,200 a month May "
            "through October, which we call the hibernation rate. That structure exists because in spring 2024 "
            "Wes was about to cancel; paying full freight for trucks sitting in the yard all summer drove him "
            "nuts, and Shauna approved the seasonal deal to keep them. The seven-year data retention (standard is "
            "two) is free because Wes's lawyer told him kids who slip can sue years later, once they turn 18, and "
            "he wanted the records kept. We waive the 3% card surcharge because Carla threatened to pay by "
            "cheque, and their cheques are slow. Small account, lots of special handling, but they pay."
        ),
        "unexpected_use": (
            "The big one is legal defence. The breadcrumbs and the spreader on/off events are basically their "
            "evidence file for slip-and-fall claims. They send exports to their broker, Pat Olafson, and for the "
            "Pembina Highway strip mall claim it showed truck 11 on site twice that morning with the spreader "
            "running. Second: Wes uses the idle-time report to catch subcontractors sleeping in their trucks "
            "during storms. He pays subs by the hour, and he caught one guy idling four hours in a Tim Hortons "
            "lot. Third, and I love this one: in summer they move a couple of units onto the landscaping trailers, "
            "and one goes on Carla's brother's mini-donut truck for festival season. Don't tell product."
        ),
        "channels_surprises": (
            "Wes: phone, always. He doesn't do email and texts back with one word. Between November and April "
            "call him after 10 am, because he's been up all night. Carla: email, office hours only, and she's the "
            "one who must never be surprised. Nothing goes on that card without her knowing first, not even a $50 "
            "replacement fee; she literally wrote that in an email in January. Rémi: text, any hour in winter, "
            "he's awake. Pat Olafson at the broker: only contact him if Wes has okayed it, and copy Wes. If "
            "something goes down during a storm, text Rémi first, then call Wes."
        ),
        "org_changes": (
            "Nothing corporate, it's a family business, but things move. Wes was trying to buy the snow contracts "
            "from Kildonan Property Services this summer, which would have added eight trucks, but that deal fell "
            "through in November. He's now bidding the Winnipeg School Division parking lots, with a decision "
            "expected in January. Their son Jesse is finishing his accounting diploma and is supposed to take over "
            "the books from Carla in 2027. Jesse is much more of a numbers guy and might ask harder questions. And "
            "quietly: Rémi told me the City of Winnipeg has been recruiting plow dispatch supervisors and he "
            "applied. If Rémi goes, we lose the person who actually uses the thing. Wes has also mentioned, more "
            "than once, selling the business in three to five years."
        ),
        "warning_signs": (
            "With Northstar the tell is Carla asking for itemized invoices. She did it in spring 2024 right before "
            "they nearly cancelled, and she did it again in October. It usually means their accountant is going "
            "through every line looking for cuts. Second tell is logins: before the 2024 near-cancel nobody logged "
            "into WorkBench Lite for about a month. Rémi going quiet on texts in winter would be a third, and a "
            "weird one, because he never goes quiet. Also watch for Wes asking 'what's the notice period again?'. "
            "He asked that exact question in March 2024."
        ),
        "renewal_risk": (
            "The stated reason will be money: 'mild winter, tight year, we need to cut.' That's what Carla will "
            "say. The real reason will be the insurer. Prairie Shield has a free telematics dongle program that "
            "comes with a premium discount, and Pat has been pushing it at Wes. It doesn't do spreader events or "
            "dispatch, but it's free and it knocks money off his premium. Plus the cold snap: Wes still half-blames "
            "us for losing the Regent Avenue dealership. Remember the contract auto-renews October 1 unless they "
            "give 60 days' notice, so the real deadline is early August."
        ),
    },
    "acc-trivalley": {
        "decision_maker": (
            "Formally the Board of Commissioners approves anything over $250,000, so this renewal goes to the "
            "board on December 9. But the board does what Grace Mensah, the general manager, recommends. She "
            "decides what goes in front of them and how it's framed. Paul Boucher writes the staff report, and "
            "Paul's wording matters more than you'd think. Grace personally cares about on-time performance. OTP "
            "is in her own contract with the board, the target is 87%, and the rider app showing ghost buses makes "
            "her crazy because that's the complaint that reaches mayors. Grace does not care about maintenance "
            "savings; that's Simran's thing. Pitch Grace on rider-facing reliability and OTP, and pitch Paul on "
            "predictability."
        ),
        "champion": (
            "Simran Kaur, who runs fleet maintenance out of the Harlow Road garage. Everybody there calls it the "
            "Barn. She's been with us since the RFP, and she's the one who got WorkBench adopted by mechanics who'd "
            "used paper for 30 years. What I've promised her: brake-wear prediction, which product has on the "
            "roadmap, and I told her 'mid-2027'. That's soft, so don't repeat it like it's a date. I also promised "
            "free training for the six new mechanics starting in January. What she needs to look good is the "
            "road-call number. Road calls are down 18% and she's presented that to the board. She wants the "
            "Director of Operations job when it opens, and a second year of good numbers is her case for it."
        ),
        "hidden_commitments": (
            "First: at the grievance meeting in February I told Mike Rossi, the union president, that we'd hide "
            "operator IDs on the standard idle reports. We did it as a configuration change. It's not in the "
            "contract or the CRM, but if anyone turns it back on without telling the union, we'll be in the middle "
            "of a labour fight. Second: I told Paul informally that if the board's comparison quote comes in lower, "
            "we'd match anything within 5% rather than make them re-tender. Shauna knows, but it isn't written "
            "anywhere. Third: brake-wear prediction for Simran, which is more of a hope than a commitment. And the "
            "free training for the six new mechanics."
        ),
        "history_sensitivities": (
            "Two things. In January our GTFS realtime feed lagged by 90 seconds or more for about a week, and the "
            "Tri-Valley Go app showed ghost buses. Riders went off on Facebook, and the mayor of Harlow called "
            "Grace directly. We fixed it by moving their feed onto its own server instance, but Grace remembers "
            "the mayor's call, not the fix. Second is the grievance. In February the Commission disciplined an "
            "operator using our idle-time report, the union grieved it, and the discipline was withdrawn in April "
            "with an agreement that telematics can't be the sole basis for discipline. Never say 'driver scoring' "
            "or 'scorecard' anywhere near the union, or even in a meeting Mike Rossi might hear about."
        ),
        "pricing_story": (
            "The flat $2,100 per vehicle per year, bundled with WorkBench, comes from the 2023 RFP. It required a "
            "single per-vehicle price, so we folded everything into one number. There's no annual uplift because "
            "Paul wanted the same number every year of the term; we priced year three in from the start. The GTFS "
            "realtime integration was a separate one-time $24,000 because the Commission paid for it from capital, "
            "federal gas tax money through the Canada Community-Building Fund, and that can't be spent on "
            "operating costs. That's the whole reason it's split out. For the renewal, Paul asked for 5% off; I "
            "offered 3% off with a fixed price for three years."
        ),
        "unexpected_use": (
            "Simran uses WorkBench to manage bus shelter cleaning and snow clearing at stops: work orders for a "
            "shelter, which isn't a vehicle at all. They have about 300 shelters set up as 'assets' with fake unit "
            "numbers starting with SH-. Second, the TV Access dispatchers use the GPS trail to settle no-show "
            "disputes. When a customer says the van never came, dispatch pulls the breadcrumbs to show the van sat "
            "at the door for eight minutes. That's cut their no-show complaints a lot. And Trevor built a little "
            "screen for the Barn's lunchroom that shows which buses are running late, straight off our feed."
        ),
        "channels_surprises": (
            "Grace: formal meeting requests through her EA, Lorraine. Don't email Grace directly unless she's "
            "emailed you first. Paul: email with attachments. He prints everything and marks it up with a pen, so "
            "send PDFs that print nicely. Simran: phone or Teams, she answers fast. Trevor: Teams chat or a support "
            "ticket; he likes tickets. Mike Rossi: never contact him directly, and never without Simran in the "
            "room. Dana Okafor, the board chair: never contact her at all. Everything to the board goes through "
            "Grace. Who must never be surprised: Grace. If the feed goes down, Trevor and Simran hear from support, "
            "but Grace has to hear it from us before the mayors do."
        ),
        "org_changes": (
            "A lot, actually. The province has started reviewing the transit operating funding formula, and "
            "there's talk of a 5% cut to the operating grant from 2027-28. Grace's own contract runs to June 2027 "
            "and I'm not convinced she'll renew; if she leaves, we lose the person who knows us. Ten "
            "battery-electric buses arrive in April 2027 at the Mission Flats depot, the Flats, which is an "
            "upsell. And there's early talk of folding Kettle Creek Transit, the small system next door with about "
            "30 vehicles, into Tri-Valley in 2027. That could be a nice add, or it could be the excuse to re-tender "
            "everything."
        ),
        "warning_signs": (
            "The PIA request was normal, don't panic about that. What worries me is the board asking for a "
            "comparison quote. In 2023 a board request like that turned into a full RFP within two months. The "
            "other tell from 2023: Paul stopped copying Simran on his emails to us, and a few weeks later the RFP "
            "dropped. So if Paul's emails start arriving without Simran on cc, call Simran. Also watch Trevor. If "
            "he starts asking for API documentation and data export formats out of nowhere, somebody's planning a "
            "migration."
        ),
        "renewal_risk": (
            "The stated reason will be procedural, 'the board requires us to test the market', via Paul. The real "
            "reason will be Dana Okafor. She's been talking to the vendor that runs their fare system, and that "
            "vendor is pitching an integrated CAD/AVL package bundled with fares. Dana likes the idea of one vendor "
            "for everything. If the comparison quote comes from them it'll look low on paper because they'll "
            "bundle it. Our defence is Simran's road-call numbers and the fact that the fare vendor has never done "
            "maintenance. And the January 31 end date is tight: if the board defers on December 9, we're running "
            "without a signed renewal."
        ),
    },
}

# ---------------------------------------------------------------------------
# Successor questions (Kyle Brennan, before his first customer calls)
# ---------------------------------------------------------------------------
def I(qid):
    return {"kind": "interview", "question_id": qid}


def R(kind, id):
    return {"kind": kind, "id": id}


_Q = [
    # --- City of Hamlin Falls -------------------------------------------
    ("acc-hamlin", "is the city gonna bail on us if the plows thing happens again?",
     [I("renewal_risk")], ["tender"]),
    ("acc-hamlin", "who do I call if the GPS units go dark?",
     [I("channels_surprises")], ["Dale"]),
    ("acc-hamlin", "Who's the real decider at Hamlin Falls, the public works director or council? And what does "
                   "she actually lose sleep over?",
     [I("decision_maker")], ["Anita", "blindsided"]),
    ("acc-hamlin", "Did we give the fleet boss any free hardware that finance doesn't know about?",
     [I("hidden_commitments"), I("champion")], ["15 spare"]),
    ("acc-hamlin", "That promise to Anita about waiving a month if we go down in a storm - is it written down "
                   "anywhere?",
     [I("hidden_commitments"), I("renewal_risk")], ["never in writing"]),
    ("acc-hamlin", "whats the support ticket # from the jan storm outage",
     [R("activity", "a-hf-001"), R("activity", "a-hf-003")], ["TKT-48213"]),
    ("acc-hamlin", "How much of a credit did we hand them after the outage?",
     [R("activity", "a-hf-003")], ["$11,870"]),
    ("acc-hamlin", "Why is the plow map billed as its own line instead of bundled in with everything else?",
     [I("pricing_story")], ["Communications"]),
    ("acc-hamlin", "Dale's cell #?",
     [R("contact", "c-hf-vukovich")], ["905-555-0177"]),
    ("acc-hamlin", "anything I should never say to the councillor who hates us?",
     [I("history_sensitivities")], ["carrier problem"]),
    ("acc-hamlin", "Somebody told me the city's lawyers use our plow trails. What for?",
     [I("unexpected_use")], ["damage claims"]),
    ("acc-hamlin", "Can I pitch the harsh braking scorecard to Roads or is that gonna blow up in my face?",
     [I("champion"), I("hidden_commitments")], ["union"]),
    ("acc-hamlin", "What's going on with their CAO, and when's he out the door?",
     [I("org_changes"), R("activity", "a-hf-013")], ["December"]),
    ("acc-hamlin", "What was our uptime last winter against the SLA?",
     [R("activity", "a-hf-007")], ["97.9%"]),
    ("acc-hamlin", "How did we fix the January mess, and is the fix actually finished?",
     [I("history_sensitivities"), R("activity", "a-hf-003"), R("activity", "a-hf-014"), I("champion")],
     ["dual-carrier", "October 28"]),
    ("acc-hamlin", "What did we quote Parks for tags on the mowers and zambonis, and when does that quote "
                   "run out?",
     [R("activity", "a-hf-009"), R("opportunity", "o-hf-parks")], ["$46,000", "December 15"]),
    ("acc-hamlin", "Who did Hamlin Falls end up hiring as the new CAO?", None, None),
    ("acc-hamlin", "What did Councillor Oakes's EA think of the failover drill?", None, None),
    ("acc-hamlin", "Which vendor was Waste piloting on those garbage trucks back in 2024?", None, None),
    ("acc-hamlin", "have they ever asked us about drones for road inspections", None, None),

    # --- Ridgeback Paving & Aggregates ----------------------------------
    ("acc-ridgeback", "Who's the money guy at Ridgeback and why's he sore at us?",
     [I("history_sensitivities"), I("decision_maker"), R("contact", "c-rb-ostrowski")], ["Gary", "embarrassed"]),
    ("acc-ridgeback", "did we promise brent a price lock??",
     [I("hidden_commitments"), I("renewal_risk")], ["$4.10"]),
    ("acc-ridgeback", "Why do they own the tag hardware instead of leasing it like most customers?",
     [I("pricing_story"), R("account", "acc-ridgeback")], ["rent plastic"]),
    ("acc-ridgeback", "whats the deal with tags on the porta potties",
     [I("unexpected_use")], ["rental company"]),
    ("acc-ridgeback", "How many standby hours did our data show for that Highway 2A change order?",
     [R("activity", "a-rb-006"), I("unexpected_use")], ["412"]),
    ("acc-ridgeback", "RCMP file number for the skid steer that got lifted from the Fort pit?",
     [R("activity", "a-rb-007")], ["2026-781455"]),
    ("acc-ridgeback", "When's the best time to actually get the owner on the phone?",
     [I("channels_surprises")], ["7:30"]),
    ("acc-ridgeback", "Is our champion over there a flight risk?",
     [I("org_changes"), I("renewal_risk")], ["Calgary"]),
    ("acc-ridgeback", "How much is the fall invoice and when's it due?",
     [R("activity", "a-rb-012")], ["$55,800", "November 15"]),
    ("acc-ridgeback", "heard there was a mess with the paver tags when we installed, what happend",
     [I("history_sensitivities")], ["fell off"]),
    ("acc-ridgeback", "Where's the immobilizer deal at right now?",
     [R("opportunity", "o-rb-immob"), R("activity", "a-rb-013"), R("activity", "a-rb-009"),
      R("activity", "a-rb-008")], ["proposal", "pilot"]),
    ("acc-ridgeback", "Do they pay for the year up front or is it split somehow?",
     [R("account", "acc-ridgeback"), I("pricing_story"), R("activity", "a-rb-003")], ["70%"]),
    ("acc-ridgeback", "What's the first sign Ridgeback is gearing up to cut units off the contract?",
     [I("warning_signs")], ["usage reports by unit"]),
    ("acc-ridgeback", "Did we throw in any freebies for Nicole that I should know about before I meet her?",
     [I("champion"), I("hidden_commitments")], ["battery"]),
    ("acc-ridgeback", "How much did Alberta Transportation end up paying out on CO-117?", None, None),
    ("acc-ridgeback", "Where does Wade Pelletier stand on renewing with us?", None, None),
    ("acc-ridgeback", "are ridgeback's crews unionized? which local?", None, None),

    # --- Northstar Snow & Ice --------------------------------------------
    ("acc-northstar", "Who really holds the purse strings at Northstar?",
     [I("decision_maker"), R("contact", "c-ns-carla")], ["Carla"]),
    ("acc-northstar", "what's the summer rate and what do they call it",
     [I("pricing_story"), R("account", "acc-northstar"), R("activity", "a-ns-006"), I("history_sensitivities")],
     ["hibernation", "$1,200"]),
    ("acc-northstar", "Did we ever let Carla push back any payments?",
     [I("hidden_commitments")], ["September"]),
    ("acc-northstar", "ticket # for the trucks that died in the deep freeze?",
     [R("activity", "a-ns-001")], ["TKT-47760"]),
    ("acc-northstar", "Which truck was on the Pembina lot the morning of the slip and fall, and at what time?",
     [R("activity", "a-ns-004"), I("unexpected_use")], ["truck 11", "04:52"]),
    ("acc-northstar", "How much did getting that claim tossed save Wes?",
     [R("activity", "a-ns-005")], ["$25,000"]),
    ("acc-northstar", "whats the broker's email",
     [R("contact", "c-ns-pat")], ["pat.olafson@prairieshield.test"]),
    ("acc-northstar", "What shouldn't I call the summer pricing in front of Carla?",
     [I("history_sensitivities")], ["standby fee"]),
    ("acc-northstar", "Why'd we agree to hang onto their GPS history for so long? Seems like overkill for a "
                      "28-truck outfit.",
     [I("pricing_story")], ["lawyer"]),
    ("acc-northstar", "is our dispatch guy thinking about jumping ship?",
     [I("org_changes")], ["City of Winnipeg"]),
    ("acc-northstar", "If they decide they want out, when's the real cutoff for giving notice?",
     [I("renewal_risk"), R("account", "acc-northstar")], ["60 days"]),
    ("acc-northstar", "If one of these slip and fall cases ends up in front of a judge, are we on the hook for "
                      "anything?",
     [I("hidden_commitments")], ["affidavit"]),
    ("acc-northstar", "what's holding up the truck count for next winter",
     [R("activity", "a-ns-012"), I("org_changes"), R("opportunity", "o-ns-renewal")], ["School Division"]),
    ("acc-northstar", "When's the handheld demo with Rémi?",
     [R("activity", "a-ns-011"), R("opportunity", "o-ns-handhelds")], ["November 19"]),
    ("acc-northstar", "What did Rémi think of the handheld demo?", None, None),
    ("acc-northstar", "Who was the person that slipped at the Pembina strip mall?", None, None),
    ("acc-northstar", "What accounting software does Carla keep the books in?", None, None),

    # --- Tri-Valley Transit Commission -----------------------------------
    ("acc-trivalley", "Who do I really need to win over at Tri-Valley, the board or the GM?",
     [I("decision_maker")], ["Grace"]),
    ("acc-trivalley", "did we do something for the union i need to know about",
     [I("hidden_commitments"), R("activity", "a-tv-003")], ["operator IDs"]),
    ("acc-trivalley", "If the board's comparison quote comes in under us, what did we tell the finance guy we'd "
                      "do?",
     [I("hidden_commitments")], ["within 5%"]),
    ("acc-trivalley", "Why is the GTFS piece a separate one-time charge?",
     [I("pricing_story"), R("account", "acc-trivalley")], ["capital"]),
    ("acc-trivalley", "When does the renewal go in front of the board?",
     [I("decision_maker"), R("activity", "a-tv-014"), R("opportunity", "o-tv-renewal"), I("renewal_risk")],
     ["December 9"]),
    ("acc-trivalley", "PIA ref #?",
     [R("activity", "a-tv-010")], ["PIA-TVT-2026-03"]),
    ("acc-trivalley", "What did Paul ask for on the discount, and what did we counter with?",
     [R("activity", "a-tv-011"), I("pricing_story")], ["5%", "3%"]),
    ("acc-trivalley", "Who runs the Barn and what does she need to look good to her bosses?",
     [I("champion"), R("contact", "c-tv-kaur"), R("activity", "a-tv-005")], ["Simran", "18%"]),
    ("acc-trivalley", "what invoice did they pay in march and how much was it",
     [R("activity", "a-tv-004")], ["INV-TV-2026-0201", "$294,000"]),
    ("acc-trivalley", "Do they use WorkBench for anything that isn't a bus or a van?",
     [I("unexpected_use")], ["shelter"]),
    ("acc-trivalley", "Can I just reach out to the board chair directly?",
     [I("channels_surprises"), R("contact", "c-tv-okafor")], ["through Grace"]),
    ("acc-trivalley", "When do the e-buses show up and which depot are they going to?",
     [R("activity", "a-tv-013"), I("org_changes"), R("opportunity", "o-tv-ev")], ["April 2027", "Flats"]),
    ("acc-trivalley", "What's the real reason Tri-Valley might walk, not the line they'll give us?",
     [I("renewal_risk")], ["fare system"]),
    ("acc-trivalley", "what was the tiket number when the app was showing ghost buses?",
     [R("activity", "a-tv-001")], ["TKT-47901"]),
    ("acc-trivalley", "What price did the board's comparison quote come in at?", None, None),
    ("acc-trivalley", "Who's running Kettle Creek Transit these days?", None, None),
    ("acc-trivalley", "Has Tri-Valley ever had a data breach?", None, None),
]

QUESTIONS = []
for _n, (_acc, _text, _gold, _must) in enumerate(_Q, start=1):
    QUESTIONS.append({
        "id": "q-%03d" % _n,
        "account_id": _acc,
        "question": _text,
        "expect": "answer" if _gold else "abstain",
        "gold_sources": _gold or [],
        "must_mention": _must or [],
    })

EVAL = {
    "format": "baton-eval/v1",
    "bundle": "bundle.json",
    "departing_user_id": "u-denise",
    "successor_user_id": "u-kyle",
    "manager_user_id": "u-shauna",
    "interviews": INTERVIEWS,
    "questions": QUESTIONS,
}

if __name__ == "__main__":
    with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(BUNDLE, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(EVAL, f, ensure_ascii=False, indent=2)
    print("wrote bundle.json and eval.json")
