#!/usr/bin/env python3
"""Generate bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1).

World: Coldline Telemetry sells cold-chain temperature telemetry (CL-Reefer
truck gateways, CL-Tag pallet/box loggers, CL-Fridge monitors), excursion
alerts and GDP compliance reporting (AuditPack) to pharma / vaccine
distributors, hospital pharmacy groups and a specialty courier in India,
Singapore, Kenya and South Africa.

Standard library only. Run: python3 make.py  (writes next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

DEPARTING = "u-rohan"
SUCCESSOR = "u-naledi"
MANAGER = "u-grace"

USERS = [
    {"id": "u-grace", "name": "Grace Wambui", "email": "grace.wambui@coldline.test",
     "role": "manager", "team": "Pharma Cold Chain - Emerging Markets"},
    {"id": "u-rohan", "name": "Rohan Iyer", "email": "rohan.iyer@coldline.test",
     "role": "rep", "manager_id": "u-grace", "team": "Pharma Cold Chain - Emerging Markets"},
    {"id": "u-naledi", "name": "Naledi Dlamini", "email": "naledi.dlamini@coldline.test",
     "role": "rep", "manager_id": "u-grace", "team": "Pharma Cold Chain - Emerging Markets"},
]


def contact(cid, name, title, email, phone, role, channel, strength, notes):
    c = {"id": cid, "name": name, "title": title, "email": email}
    if phone:
        c["phone"] = phone
    c.update({"role": role, "preferred_channel": channel,
              "relationship_strength": strength, "notes": notes})
    return c


def opp(oid, name, stage, amount, close_date, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close_date, "next_step": next_step}


def act(aid, kind, at, direction, contact_ids, subject, body):
    a = {"id": aid, "kind": kind, "at": at, "author_id": DEPARTING,
         "contact_ids": contact_ids, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


# ---------------------------------------------------------------------------
# Account 1: Sanjivani Pharma Distributors (India, enterprise)
# ---------------------------------------------------------------------------
SANJIVANI = {
    "id": "acc-sanjivani",
    "name": "Sanjivani Pharma Distributors Pvt Ltd",
    "owner_id": DEPARTING,
    "arr": 780000,
    "currency": "USD",
    "segment": "enterprise",
    "industry": "Pharmaceutical and vaccine distribution",
    "territory": "India - West",
    "renewal_date": "2026-06-30",
    "contract_notes": (
        "3-year MSA signed July 2023, billed in USD, invoiced quarterly in advance. "
        "Scope: 1,800 CL-Reefer gateways across the reefer fleet plus about 40,000 "
        "single-use CL-Tags a year; AuditPack (CDSCO / WHO-GDP audit reports) bundled. "
        "14% volume discount off list; annual uplift capped at 6%. Payment terms 30 days."
    ),
    "contacts": [
        contact("c-sj-vikram", "Vikram Khanna", "Chief Financial Officer",
                "vikram.khanna@sanjivanipharma.test", "+91 22 4012 7788",
                "economic_buyer", "email", 2,
                "Wants a one-page summary with INR equivalents. Does treasury calls in the morning."),
        contact("c-sj-anjali", "Dr Anjali Deshpande", "Head of Quality & Regulatory Affairs",
                "anjali.deshpande@sanjivanipharma.test", "+91 98330 61245",
                "champion", "whatsapp", 5,
                "Sponsored the 2023 deal. Owns CDSCO and WHO-GDP audits."),
        contact("c-sj-suresh", "Suresh Pillai", "VP Fleet Operations",
                "suresh.pillai@sanjivanipharma.test", "+91 98190 33472",
                "influencer", "phone", 3,
                "Runs the reefer fleet; driving the Hyderabad DC project."),
        contact("c-sj-meera", "Meera Raghunathan", "Procurement Manager",
                "meera.r@sanjivanipharma.test", "+91 22 4012 7702",
                "blocker", "email", 2,
                "Negotiated the uplift cap in 2023. Reports to the CFO since October 2025."),
        contact("c-sj-farhan", "Farhan Qureshi", "Cold Chain Supervisor, Bhiwandi DC",
                "farhan.q@sanjivanipharma.test", "+91 98201 44556",
                "user", "phone", 4,
                "Runs the Bhiwandi control room. Rarely checks email."),
        contact("c-sj-ramesh", "Ramesh Agarwal", "Managing Director",
                "ramesh.agarwal@sanjivanipharma.test", "+91 22 4012 7700",
                "decision_maker", "email", 2,
                "Founder. Signs the MSA."),
    ],
    "opportunities": [
        opp("o-sj-renewal", "MSA Renewal 2026", "negotiation", 820000, "2026-06-30",
            "Send revised uplift proposal (4% cap) to Meera by 20 Feb"),
        opp("o-sj-hyd", "Hyderabad DC expansion - 300 gateways", "proposal", 126000, "2026-04-15",
            "Site survey at Shamirpet DC with Suresh on 24 February"),
        opp("o-sj-tags-2025", "Tag top-up FY25", "closed_won", 46000, "2025-09-30",
            "Delivered"),
    ],
    "activities": [
        act("a-sj-001", "meeting", "2025-03-12T06:30:00Z", None,
            ["c-sj-vikram", "c-sj-anjali", "c-sj-suresh"],
            "FY25 QBR - Mumbai HQ",
            "QBR at Sanjivani HQ, Andheri East. Attendees: Vikram Khanna, Dr Anjali Deshpande, "
            "Suresh Pillai. Excursion rate down from 3.1% of shipments (FY24) to 1.2% (FY25 YTD). "
            "1,762 of 1,800 gateways reporting daily. Vikram asked for an INR view of the quarterly "
            "cost going forward because billing is in USD. Suresh flagged plans for a Hyderabad DC, "
            "no timeline yet. Action: Rohan to send INR-equivalent cost summary by 26 March."),
        act("a-sj-002", "email", "2025-04-22T04:15:00Z", "inbound", ["c-sj-anjali"],
            "CDSCO inspection - Bhiwandi",
            "Anjali: 'Rohan, CDSCO inspectors will be at Bhiwandi DC on 8 May. Need AuditPack "
            "excursion reports for Jan-Mar for all Bhiwandi lanes, PDF, signed. Please do the "
            "needful by 5 May.' Reports generated and sent on 2 May."),
        act("a-sj-003", "call", "2025-05-06T05:00:00Z", None, ["c-sj-farhan"],
            "Gateway outage - Pune-Nashik corridor",
            "Farhan escalated from the Bhiwandi control room: 42 trucks on the Pune-Nashik corridor "
            "offline since 02:10 IST. Root cause: SIM carrier core network fault in Maharashtra. "
            "Connectivity restored 21:15 IST, about 19 hours. Pallet tags kept logging; no "
            "temperature excursions found in downloaded data. Ticket CLT-20931. Farhan asked for "
            "the RCA in writing."),
        act("a-sj-004", "note", "2025-05-20T11:00:00Z", None, ["c-sj-vikram"],
            "Credit note for May outage",
            "Agreed with Vikram Khanna: credit note CN-2025-118 for USD 18,400 against the Q2 "
            "invoice for the 6 May outage (SLA breach, ticket CLT-20931). RCA shared with Farhan and "
            "Suresh. Gateways to be migrated to dual-SIM (second carrier) by end of June at our cost."),
        act("a-sj-005", "email", "2025-07-03T09:20:00Z", "outbound", ["c-sj-meera"],
            "Tag top-up PO received",
            "Meera, confirming receipt of PO SPD/PO/25-26/0412 for 10,000 CL-Tags at USD 4.10 "
            "(USD 41,000) plus AuditPack report credits of USD 5,000. Delivery to Bhiwandi in two "
            "lots, 15 July and 12 August."),
        act("a-sj-006", "call", "2025-08-14T07:45:00Z", None, ["c-sj-suresh"],
            "Hyderabad DC",
            "Suresh: new DC at Shamirpet, Hyderabad, planned to go live Q1 2026. Wants 300 CL-Reefer "
            "gateways for the Telangana / Andhra fleet. Asked for the same per-unit rate as the "
            "current fleet. Proposal to follow."),
        act("a-sj-007", "note", "2025-09-30T12:00:00Z", None, ["c-sj-vikram", "c-sj-ramesh"],
            "Q2 invoice paid late",
            "Q2 invoice INV-CL-7781 for USD 195,000 (net of the May outage credit) paid on "
            "29 September via HDFC transfer, 47 days after the due date. Our collections team had "
            "sent a dunning letter addressed to Ramesh Agarwal on 22 September; Vikram upset about "
            "it. Rohan visiting Mumbai on 3 October."),
        act("a-sj-008", "email", "2025-10-09T06:10:00Z", "inbound", ["c-sj-meera"],
            "Renewal benchmarking",
            "Meera: procurement is running a benchmarking exercise ahead of the 2026 renewal and has "
            "invited quotes from two other vendors. Requests an itemised price per gateway, per tag "
            "and for AuditPack by 31 October."),
        act("a-sj-009", "meeting", "2025-11-18T08:00:00Z", None, ["c-sj-ramesh", "c-sj-anjali"],
            "Courtesy call with the MD",
            "Met Ramesh Agarwal with Anjali at HQ. Ramesh pleased with the audit outcomes this year. "
            "Mentioned his son Kunal Agarwal will join as Director - Strategy in January 2026 and "
            "will 'look at all our systems'. Also said they are evaluating an acquisition in "
            "Hyderabad; no details shared."),
        act("a-sj-010", "call", "2025-12-02T10:30:00Z", None, ["c-sj-anjali"],
            "WHO-GDP audit result",
            "Anjali: WHO-GDP audit at Bhiwandi DC closed with zero major and two minor observations "
            "(both on SOP documentation, not temperature). She said the AuditPack reports 'saved two "
            "days of prep'. Wants to present it as a case study at the Pharmexcil cold-chain summit "
            "in April."),
        act("a-sj-011", "email", "2026-01-13T05:30:00Z", "outbound", ["c-sj-meera", "c-sj-vikram"],
            "Renewal proposal 2026-2029",
            "Sent renewal proposal: USD 820,000 a year for 1,800 gateways, about 40,000 tags and "
            "AuditPack, i.e. a 5.1% uplift, within the 6% cap. Option B: 4% uplift if the Hyderabad "
            "300 gateways are signed together. Valid till 31 March."),
        act("a-sj-012", "email", "2026-01-28T07:05:00Z", "inbound", ["c-sj-meera"],
            "RE: Renewal proposal 2026-2029",
            "Meera counters: uplift capped at 3%, payment terms moved from 30 to 60 days, and an "
            "itemised quote for Hyderabad separately. Says the benchmark quotes are 'materially "
            "lower' on gateways. Asked for our response by 20 February."),
        act("a-sj-013", "note", "2026-02-05T09:40:00Z", None, ["c-sj-vikram"],
            "Kunal on the renewal call",
            "Kunal Agarwal (Director - Strategy, not yet a contact in CRM) joined the renewal call "
            "with Vikram. Asked whether our API can push excursion events and gateway status into "
            "SAP S/4HANA, and whether we have an SAP-certified connector. Told him we have a REST "
            "API and webhooks, no certified connector. He asked for the API docs."),
        act("a-sj-014", "call", "2026-02-10T06:20:00Z", None, ["c-sj-suresh"],
            "Shamirpet site survey",
            "Suresh confirmed the Shamirpet DC site survey for Tuesday 24 February, 10:00. Our field "
            "engineer from Hyderabad to attend. Scope unchanged at 300 gateways; go-live target "
            "revised to May 2026."),
    ],
}

SANJIVANI_INTERVIEW = {
    "decision_maker": (
        "See, on paper it is Ramesh Agarwal, the MD. His signature goes on the MSA and nothing "
        "above about 50 lakh leaves the building without him signing. But honestly, Ramesh-ji does "
        "not read the contract. He asks Vikram one question, 'Vikram, is this okay?', and whatever "
        "Vikram says, that is final. So the real decision is Vikram Khanna, the CFO. What Vikram "
        "personally cares about is rupee exposure. We bill in USD and the rupee has slid from about "
        "82 to nearly 88 since we signed in 2023, so every quarter his cost goes up in INR terms "
        "even when our price is flat, and he has to explain that variance to Ramesh. He has been "
        "asking for an INR view since the March QBR. Give him a one-page INR-equivalent summary and "
        "he will love you. The second thing he cares about is not being embarrassed in front of the "
        "MD, more on that under sensitivities. Kunal, the son, will also have a voice from this "
        "year, but for the 2026 renewal it is still Vikram's recommendation and Ramesh's pen."),
    "champion": (
        "Anjali, Dr Anjali Deshpande, Head of Quality and Regulatory. She is our biggest fan, full "
        "stop. She is the one who pushed for us in 2023 over the old paper-and-USB-logger setup. "
        "What I have promised her: a custom report template in the CDSCO inspection format, because "
        "the regulator's people like the excursion summary laid out their way, by DC and by product "
        "category, and I told her she would have it by end of March 2026. Product has it on the list "
        "but it is not built yet, so please chase. I also promised we would help her with slides for "
        "the talk she is giving at the Pharmexcil cold-chain summit in April, a case study on the "
        "Bhiwandi WHO-GDP audit. What she needs to look good internally is simple: zero major "
        "observations in audits, and proof to the board that the excursion rate keeps falling. It "
        "went from 3.1% to 1.2% of shipments in the first year and she quotes that number "
        "everywhere. If the rate creeps up she will be the one answering for it. Keep her in the "
        "loop before anything hits Ramesh; she is our early-warning system."),
    "hidden_commitments": (
        "Okay, a few things that are only in my head and in Farhan's WhatsApp. One: after the May "
        "outage I told Farhan we would keep 25 spare CL-Reefer gateways on consignment at Bhiwandi, "
        "free of charge, so that if a unit fails he can swap it the same day instead of waiting for "
        "an RMA. Those 25 units are sitting in his cage; they are not in the contract, not invoiced, "
        "and frankly finance does not know they are there. Two: the CDSCO-format report template "
        "for Anjali by end of March. That is a promise, not a roadmap maybe. Three: used tag "
        "recycling. The single-use tags have a lithium coin cell and Sanjivani's EHS people did not "
        "want them in general waste, so I arranged a quarterly pickup through our e-waste partner "
        "GreenLoop in Bhiwandi and we are absorbing that cost. Nobody at Sanjivani pays for it and "
        "nobody at our end has written it down. Four, smaller: I told Suresh that the Hyderabad "
        "gateways would be at the same per-unit rate as the original fleet, no uplift. That is not "
        "in any quote yet, but he has repeated it back to me twice, so treat it as promised."),
    "history_sensitivities": (
        "Two big ones. First is the outage in May 2025. The SIM carrier in the gateways had a core "
        "network issue in Maharashtra and 42 trucks on the Pune-Nashik corridor went dark for about "
        "19 hours. No excursions actually happened, the tags on the pallets kept logging, but for "
        "19 hours Farhan's control room was blind and he had to send people to physically check "
        "trucks. We gave a credit for the SLA breach and moved their gateways to dual-SIM with a "
        "second carrier, which was expensive for us but it fixed it. It is resolved, but Farhan and "
        "Suresh still bring it up; any time there is a connectivity blip, don't be defensive, just "
        "acknowledge it. The second one is touchier. Last September the Q2 invoice went late, about "
        "47 days, and our collections team sent a formal dunning letter addressed to Ramesh, the MD, "
        "with Vikram only in cc. Vikram was furious, because it made him look like he could not "
        "manage payables in front of his boss. I had to go to Mumbai and apologise in person. So: "
        "never, ever copy Ramesh on anything to do with payments or collections. Everything money "
        "goes to Vikram and only Vikram. Still sensitive: late payment in general, and jokes about "
        "'Indian payment terms'. Somebody from our finance made one on a call and Vikram heard it."),
    "pricing_story": (
        "The 14% discount looks fat but there is a reason. In 2023 they committed to 1,800 gateways "
        "upfront, full fleet, three years, when most distributors pilot with 100. That volume is why "
        "they got 14% off list. They also accepted USD billing, which we wanted, and in return Meera "
        "negotiated the 6% cap on annual uplift. That was her big win and she is proud of it, so "
        "don't call it a concession. The tags are at USD 4.10 each because they buy around 40,000 a "
        "year; list is 5.20. AuditPack is bundled, not separately priced, because Anjali was the "
        "sponsor and would not sign off without it, and it was easier to fold it in than to fight "
        "procurement over a separate line. Quarterly invoicing in advance was Vikram's request, so "
        "that it lines up with their quarterly budget releases. If anyone asks why we can't just "
        "drop the price for the renewal: the 14% is already volume-based, any more discount has to "
        "be tied to the Hyderabad gateways."),
    "unexpected_use": (
        "This one surprised me. The gateways have a door-open sensor. We built it so excursions "
        "could be explained, you know, 'temperature spiked because the door was open for 12 minutes "
        "at the Lonavala stop'. Suresh's team uses the door-open events to audit drivers. They pull "
        "a weekly report of unscheduled door openings and use it to catch drivers making "
        "unauthorised stops; there was a pilferage ring on the Nagpur route that they broke up with "
        "it. And now their HR links the driver incentive scheme to it: drivers with zero "
        "unscheduled door openings in a month get a 2,000 rupee bonus. So if we ever change how door "
        "events are logged or reported, it is not just a quality report, it hits the drivers' pay. "
        "Be careful with firmware changes there."),
    "channels_surprises": (
        "Anjali: WhatsApp, always. She will reply at 11 at night. Send a voice note if it is "
        "complicated. Vikram: email only, and short, one page, numbers in INR and USD, no "
        "attachments if you can avoid it. Don't call him before 11 am, he does his treasury calls "
        "in the morning. Suresh likes a phone call, he is always on the road, and Farhan the same: "
        "ring his mobile, he sits in the Bhiwandi control room and doesn't check email. Meera in "
        "procurement wants everything in writing, on email, with a reference number; if you agree "
        "something on a call with her, send a written confirmation the same day or it did not "
        "happen. Who must never be surprised: Ramesh. Any change to price, any escalation, anything "
        "that could reach him has to go through Vikram first so that Vikram can brief him. Ramesh "
        "hearing about something from us before he hears it from Vikram is the worst thing that can "
        "happen. And Anjali should not be surprised by anything operational, like a firmware "
        "update, because she has to file change controls."),
    "org_changes": (
        "The big one is Kunal, Ramesh's son. He joined in January as Director - Strategy, back from "
        "an MBA in the US and a stint at a consulting firm, and he has been sitting in on calls. "
        "From what I hear his agenda is vendor consolidation and digitisation: they are moving from "
        "their old Tally-plus-custom setup to SAP S/4HANA, and Kunal wants every vendor to "
        "integrate into SAP. He asked me about our API directly. He is polite, but he is the kind "
        "who asks 'why do we need three vendors for this'. Second, they are in talks to acquire a "
        "smaller distributor in Hyderabad, which is partly why the Shamirpet DC is happening. If "
        "that closes, the fleet goes up and the Hyderabad deal gets bigger. Third, smaller: Meera "
        "has reported to Vikram instead of Suresh since a reshuffle in October, so procurement is "
        "more finance-driven than ops-driven now."),
    "warning_signs": (
        "There is a pattern I have seen twice now. First sign is payment drifting: invoices go from "
        "30 days to 45 and more. Then Meera goes quiet on email for two, three weeks. Then comes a "
        "'benchmarking exercise'. In 2024 that happened before the tag top-up: payment went to 50 "
        "days, Meera went silent, and then they tried moving tags to another supplier for two "
        "months, until the logs were a mess in an audit and Anjali pulled them back. Last year the "
        "Q2 invoice went 47 days late in September, and in October, right on cue, Meera announced "
        "the benchmarking. So if you see payment slip past 45 days, expect a procurement move "
        "within a month. Another smaller sign: when Vikram stops attending the QBR and sends a "
        "junior, that is when he is unhappy about the rupee cost."),
    "renewal_risk": (
        "If it slips, the stated reason will be price: 'our benchmarking shows we can get this "
        "cheaper', and Meera will wave the uplift issue; she has already countered at 3% on uplift. "
        "That is the official story. The real reason, if it happens, will be Kunal. He wants one "
        "platform integrated into SAP, and if one of the big fleet-telematics players offers "
        "temperature as an add-on to their GPS tracking with an SAP connector, he will push for it "
        "even if the compliance reporting is weaker. Vikram's rupee pain gives him cover. The way to "
        "defend: get Anjali and the audit results in front of Kunal, show him the API, and tie the "
        "renewal to the Hyderabad expansion so the volume story holds. Don't fight on price alone "
        "with Meera, you will lose that."),
}

# ---------------------------------------------------------------------------
# Account 2: Protea Hospital Pharmacy Group (South Africa, mid-market)
# ---------------------------------------------------------------------------
PROTEA = {
    "id": "acc-protea",
    "name": "Protea Hospital Pharmacy Group",
    "owner_id": DEPARTING,
    "arr": 214000,
    "currency": "USD",
    "segment": "mid_market",
    "industry": "Hospital pharmacy",
    "territory": "South Africa",
    "renewal_date": "2026-09-30",
    "contract_notes": (
        "2-year agreement from October 2024, billed in USD, invoiced annually. 310 CL-Fridge "
        "monitors across 22 hospital pharmacies plus AuditPack. Price held flat in year 2 in "
        "exchange for a published case study (not yet delivered)."
    ),
    "contacts": [
        contact("c-pr-johan", "Johan van der Merwe", "Group Pharmacy Director",
                "johan.vdmerwe@proteahealth.test", "+27 11 709 4400",
                "decision_maker", "email", 3,
                "Former hospital pharmacist. Dislikes noisy alarms."),
        contact("c-pr-lerato", "Lerato Mokoena", "Pharmacy Quality Manager",
                "lerato.mokoena@proteahealth.test", "+27 82 555 3190",
                "champion", "whatsapp", 5,
                "Found us in 2024. Building the KZN business case."),
        contact("c-pr-andre", "Andre Botha", "Group CFO",
                "andre.botha@proteahealth.test", "+27 11 709 4410",
                "economic_buyer", "email", 1,
                "Never met in person. Diary managed by his PA, Nomsa Khumalo."),
        contact("c-pr-sipho", "Sipho Ndlovu", "IT Infrastructure Lead",
                "sipho.ndlovu@proteahealth.test", "+27 11 709 4475",
                "blocker", "email", 2,
                "Raised POPIA and data-residency questions in 2025."),
        contact("c-pr-fatima", "Fatima Patel", "Pharmacist in Charge, Sunninghill",
                "fatima.patel@proteahealth.test", "+27 11 806 2231",
                "user", "phone", 4,
                "Logged the 2025 night-alarm problem."),
    ],
    "opportunities": [
        opp("o-pr-renewal", "Renewal Oct 2026", "qualification", 225000, "2026-09-30",
            "Get Andre on a call before the June budget lock"),
        opp("o-pr-kzn", "KZN expansion - 6 pharmacies", "proposal", 38000, "2026-05-31",
            "Lerato to present business case to Johan at ExCo on 17 March"),
    ],
    "activities": [
        act("a-pr-001", "email", "2025-02-11T08:00:00Z", "outbound", ["c-pr-lerato"],
            "Go-live complete - all 22 pharmacies",
            "Lerato, confirming all 310 CL-Fridge monitors are live across the 22 hospital "
            "pharmacies (Gauteng 15, Western Cape 7). AuditPack monthly report scheduled for the 1st "
            "of each month."),
        act("a-pr-002", "call", "2025-03-26T07:30:00Z", None, ["c-pr-fatima"],
            "Night-time false alarms - Sunninghill",
            "Fatima: Sunninghill pharmacy fridges alarming at night during load-shedding, 11 false "
            "alarms in one week, on-call pharmacist woken each time. Ticket CLT-21455. Cause: power "
            "dip makes the probe read a spike. Engineering to ship a firmware fix (4.2, "
            "battery-aware alarm delay)."),
        act("a-pr-003", "meeting", "2025-04-30T09:00:00Z", None, ["c-pr-sipho"],
            "POPIA / data residency",
            "Sipho asked where monitor data is hosted. Confirmed: AWS af-south-1 (Cape Town), "
            "backups in the same region, no data leaves South Africa. Sipho wants written notice of "
            "any subprocessor change. Sent DPA v3 the same day."),
        act("a-pr-004", "note", "2025-06-18T10:00:00Z", None, ["c-pr-lerato"],
            "Parktown save during stage 6",
            "Lerato reports: 14 June, stage 6 load-shedding, fridge compressor at Protea Parktown "
            "failed; alert fired 02:14, on-call pharmacist moved insulin and biologics to the backup "
            "fridge by 02:40. Stock valued at approx. R1.2 million saved. Lerato using this for ExCo."),
        act("a-pr-005", "email", "2025-07-22T12:30:00Z", "inbound", ["c-pr-andre"],
            "INV-CL-8120 approval",
            "Nomsa Khumalo (PA to Andre Botha): invoice INV-CL-8120 for USD 214,000 approved for "
            "payment in two tranches of USD 107,000, the first on 31 July 2025 and the second on "
            "30 September 2025."),
        act("a-pr-006", "email", "2025-08-19T09:15:00Z", "outbound", ["c-pr-johan"],
            "Case study draft",
            "Johan, attached the draft case study (Parktown save, uptime, AuditPack) as per the "
            "year-2 price hold agreement. Would appreciate sign-off by 15 September."),
        act("a-pr-007", "note", "2025-10-03T14:00:00Z", None, ["c-pr-andre"],
            "Second tranche received",
            "Second tranche of USD 107,000 on INV-CL-8120 received 3 October 2025, three days after "
            "the agreed date. Invoice fully settled."),
        act("a-pr-008", "call", "2025-10-15T08:45:00Z", None, ["c-pr-lerato"],
            "KZN acquisition",
            "Lerato: Protea is buying six pharmacies in the Durban / Umhlanga area, transfer of "
            "ownership expected Q2 2026. Wants about 50 monitors for them. She will build the "
            "business case for ExCo."),
        act("a-pr-009", "meeting", "2025-11-20T09:00:00Z", None, ["c-pr-johan", "c-pr-lerato"],
            "QBR",
            "QBR with Johan and Lerato. Uptime 99.1% for the quarter. Alarm volume down 78% since "
            "firmware 4.2. Johan asked for fewer, more meaningful alerts."),
        act("a-pr-010", "email", "2026-01-14T07:00:00Z", "inbound", ["c-pr-sipho"],
            "Annual vendor security questionnaire",
            "Sipho: annual vendor security assessment, reference SEC-Q-2026-07, 84 questions, due "
            "28 February 2026. Includes pen-test summary, ISO 27001 status and subprocessor list."),
        act("a-pr-011", "call", "2026-01-29T10:00:00Z", None, ["c-pr-lerato"],
            "KZN business case",
            "Lerato presenting the KZN business case to Johan at ExCo on 17 March. Wants our "
            "proposal with install costs and a 3-year option. Asked for the Parktown numbers on one "
            "slide."),
        act("a-pr-012", "note", "2026-02-06T11:30:00Z", None, ["c-pr-andre"],
            "3-year option request",
            "Nomsa (Andre's PA) emailed: Andre wants a three-year fixed-price option included in the "
            "renewal proposal before the June budget lock."),
    ],
}

PROTEA_INTERVIEW = {
    "decision_maker": (
        "Johan van der Merwe, the Group Pharmacy Director, is the one who signs for pharmacy tech, "
        "but only up to his delegation limit, which is R3 million a year, roughly USD 160k. We are "
        "above that, so the renewal goes to ExCo, and that means Andre Botha, the Group CFO, has to "
        "support it. Johan recommends, ExCo approves. What Johan personally cares about is his "
        "pharmacists. He was a hospital pharmacist for twenty years and he hates alarm fatigue; "
        "he'll say 'if the alarm cries wolf my people stop listening'. Andre cares about the rand, "
        "because we bill in USD, and about opex predictability; he has asked twice for a three-year "
        "fixed price. I have never actually met Andre face to face, eish, which is a gap. Budgets "
        "lock in June for their July financial year, so the ExCo conversation has to happen before "
        "that."),
    "champion": (
        "Lerato Mokoena, Pharmacy Quality Manager. Lekker person, very sharp, she is the one who "
        "found us. Promises I have made her: a monthly one-page excursion summary for ExCo. I have "
        "been doing it by hand from the portal every month since August; it takes me about an hour, "
        "so you'll need to carry that on or get it automated. I also promised training for the "
        "pharmacists at the six KZN sites once they come on, in person in Durban, not a Teams "
        "thing. What she needs to look good: she has to show ExCo that the system pays for itself. "
        "Her favourite story is Parktown. During stage 6 load-shedding in June 2025 a fridge failed "
        "at 2am, the alert went off, the on-call pharmacist moved the insulin and the biologics to "
        "the backup fridge, and they saved stock worth about R1.2 million. She is pitching the KZN "
        "expansion on the back of that. I think she is also up for Group Quality Lead, so a win on "
        "KZN matters to her personally."),
    "hidden_commitments": (
        "Three things. One, I told Lerato that if ExCo approves the KZN expansion before the end of "
        "April, we'll do the installs at the six KZN pharmacies with no install fee; normally that "
        "is USD 180 per site. It is not in the proposal, it is a verbal. Two, Fatima at Sunninghill "
        "has 10 spare monitors as hot-swaps that I gave her after the load-shedding nightmare, not "
        "billed. Three, Sipho asked for our annual penetration test summary and I said we would "
        "share it every year without him having to ask; he will definitely notice if it doesn't "
        "arrive in May. And the case study: the contract says price held flat in year 2 in exchange "
        "for a case study. We gave the flat price, we never got the case study, because Johan hasn't "
        "signed it off. I chose not to push it."),
    "history_sensitivities": (
        "The low point was March 2025. Load-shedding was bad, and every time the power dropped the "
        "monitor's probe saw a temperature bump and fired an alarm. Pharmacists at Sunninghill and "
        "two other sites got woken at 2, 3 in the morning for nothing, night after night. Fatima "
        "logged it, Johan got an earful from his pharmacists, and honestly he nearly pulled the "
        "plug. He said to me 'Rohan, I'm not running a fire station'. We fixed it with firmware 4.2, "
        "which adds a battery-aware alarm delay so a short power dip doesn't page anyone, and we "
        "rolled it out in about three weeks. It's resolved, but alarm fatigue is still the "
        "sensitive topic with Johan: never change alarm thresholds without telling him. Also the "
        "case study. Johan feels a bit guilty that he hasn't signed it off and gets prickly if you "
        "bring it up, so don't."),
    "pricing_story": (
        "It is simple per-monitor pricing: 310 CL-Fridge monitors at USD 52 per monitor per month, "
        "plus AuditPack at a flat USD 20,500 a year, which comes to about 214k. The price was held "
        "flat for year 2, that's in the contract, in exchange for a case study that hasn't "
        "happened. They pay in two tranches because Andre's financial year ends in June: half comes "
        "out of one budget year and half out of the next, and he wanted to spread it. We agreed, it "
        "was painless. For the renewal Andre has asked for a three-year option at a fixed price; "
        "I'd offer it with a modest uplift, because the rand risk is theirs on a USD contract "
        "anyway."),
    "unexpected_use": (
        "Nobody designed this, but Protea uses our excursion logs for insurance claims. After the "
        "Parktown fridge failure and a few other load-shedding losses, their short-term insurer "
        "wanted proof of the temperature timeline and the time of the power failure before paying "
        "out. Lerato exported the excursion report with the exact timestamps and the insurer "
        "accepted it. Now it is standard: every stock-loss claim goes in with a Coldline report "
        "attached. They told me it shortened a claim from three months to three weeks. So make sure "
        "the export stays in the same format; the insurer's assessor knows what to look for."),
    "channels_surprises": (
        "Lerato is WhatsApp, voice notes mostly, she is always between sites. Johan reads email once "
        "or twice a day and likes a weekly summary rather than a drip-feed. Andre: don't email him "
        "directly, go through his PA, Nomsa Khumalo; she manages his diary and she is lovely. "
        "Fatima is phone, she is on the pharmacy floor. Sipho must never be surprised. Any change to "
        "where the data is hosted, any new subprocessor, anything about security, he must hear it "
        "from us first, in writing, because of POPIA. We told him in 2025 the data sits in the AWS "
        "Cape Town region and as far as he is concerned that is a commitment."),
    "org_changes": (
        "They are buying six pharmacies in the Durban area, which is the KZN expansion. Johan has "
        "been talking about retiring, he has mentioned the farm in the Karoo more than once, maybe "
        "end of 2026, nothing official. And there is a new CIO being hired who will sit above "
        "Sipho. That's the one that worries me: a new CIO usually comes with their own ideas about "
        "vendors."),
    "renewal_risk": (
        "Stated reason will be budget: the rand, ExCo tightening, 'we have to look at all our USD "
        "contracts'. The real reason would be IT. Sipho's security questionnaire is long and he is "
        "thorough, and if the new CIO comes in wanting to consolidate everything into their "
        "dispensing system vendor's module (their pharmacy system has a basic fridge-monitoring "
        "add-on), IT could kill us even though Lerato and the pharmacists love us. So get the "
        "security questionnaire done properly, and get in front of the new CIO early with Lerato's "
        "numbers."),
}

# ---------------------------------------------------------------------------
# Account 3: Harambee Vaccine Distributors (Kenya, mid-market)
# ---------------------------------------------------------------------------
HARAMBEE = {
    "id": "acc-harambee",
    "name": "Harambee Vaccine Distributors Ltd",
    "owner_id": DEPARTING,
    "arr": 146000,
    "currency": "USD",
    "segment": "mid_market",
    "industry": "Vaccine distribution",
    "territory": "East Africa",
    "renewal_date": "2026-04-30",
    "contract_notes": (
        "1-year renewable agreement, billed in USD, invoiced half-yearly in arrears, Net 60. "
        "38 CL-Reefer gateways, 12,000 CL-Tags a year, SMS excursion alerts. 10% NGO-programme "
        "discount applies to the Gavi-funded lanes."
    ),
    "contacts": [
        contact("c-hv-wanjiku", "Wanjiku Kamau", "Chief Executive Officer",
                "wanjiku.kamau@harambeevaccines.test", "+254 20 555 0140",
                "decision_maker", "phone", 3,
                "Founder-CEO. Close to the donor programmes."),
        contact("c-hv-otieno", "Brian Otieno", "Logistics Manager",
                "brian.otieno@harambeevaccines.test", "+254 722 418 903",
                "champion", "whatsapp", 5,
                "Known as BO. Runs the truck fleet and the drivers."),
        contact("c-hv-achieng", "Achieng Odhiambo", "Finance Manager",
                "achieng.odhiambo@harambeevaccines.test", "+254 20 555 0147",
                "economic_buyer", "email", 2,
                "Wants formal quotes on letterhead."),
        contact("c-hv-mwangi", "Peter Mwangi", "QA Pharmacist",
                "peter.mwangi@harambeevaccines.test", "+254 711 306 552",
                "user", "email", 4,
                "Owns deviations and the donor audit file."),
        contact("c-hv-hassan", "Hassan Abdi", "Depot Supervisor, Mombasa",
                "hassan.abdi@harambeevaccines.test", "+254 733 250 671",
                "user", "phone", 3,
                "Poor data signal at the port depot."),
    ],
    "opportunities": [
        opp("o-hv-renewal", "Renewal FY26", "negotiation", 152000, "2026-04-30",
            "Confirm whether the Gavi lane discount continues after the donor audit"),
        opp("o-hv-mombasa", "Mombasa reefer add-on - 10 gateways", "qualification", 19000,
            "2026-07-31", "Hassan to share truck list"),
    ],
    "activities": [
        act("a-hv-001", "meeting", "2025-03-04T07:00:00Z", None, ["c-hv-wanjiku", "c-hv-otieno"],
            "Year 2 kickoff - Industrial Area depot",
            "Kickoff for contract year 2 with Wanjiku Kamau and Brian Otieno at the Industrial Area "
            "depot, Nairobi. 38 gateways live, 12,000 tags a year. Wanjiku asked for Gavi-format "
            "reports for the donor lanes. Brian wants a driver training day."),
        act("a-hv-002", "call", "2025-04-10T06:30:00Z", None, ["c-hv-otieno"],
            "Tags held at JKIA customs",
            "Brian: batch of 3,000 CL-Tags held at JKIA customs since 1 April under entry "
            "25NBOIM401223, classified as radio transmitting equipment. Harambee back on paper "
            "thermometers for county deliveries. Storage charges so far KES 86,000. Agreed we "
            "reimburse the storage. Clearing agent re-filing under the correct HS code."),
        act("a-hv-003", "note", "2025-04-28T09:00:00Z", None, ["c-hv-achieng"],
            "Customs storage reimbursement",
            "Credit note CN-2025-131 issued for KES 86,000 (USD 665) against the May invoice to "
            "reimburse the JKIA storage charges. Tags were released on 10 April after 9 days."),
        act("a-hv-004", "email", "2025-06-02T08:10:00Z", "inbound", ["c-hv-achieng"],
            "Payment H1",
            "Achieng: first half-year payment of USD 73,000 (less the customs credit) remitted on "
            "30 May, bank reference HVD-PAY-0553."),
        act("a-hv-005", "call", "2025-07-15T11:20:00Z", None, ["c-hv-mwangi"],
            "Kisumu lane excursion",
            "Peter Mwangi: excursion on the Nairobi-Kisumu run on 12 July; 1,200 vials of "
            "measles-rubella vaccine quarantined. Tag data shows the cold box was out of the reefer "
            "for 2h 40m at the Nakuru stop. Gateway and tags functioned normally. Peter filing "
            "deviation DEV-HV-2025-019."),
        act("a-hv-006", "email", "2025-08-21T07:40:00Z", "outbound", ["c-hv-otieno", "c-hv-mwangi"],
            "Alert channel change",
            "Brian, as agreed, excursion alerts for you and Peter now go via WhatsApp; drivers stay "
            "on SMS because not all of them have smartphones."),
        act("a-hv-007", "meeting", "2025-09-09T08:00:00Z", None, ["c-hv-wanjiku", "c-hv-mwangi"],
            "Donor audit prep",
            "Prep for the Gavi donor audit with Wanjiku and Peter. AuditPack reports for the "
            "Gavi-funded lanes (Kiambu, Machakos, Kisumu) to be produced monthly. Audit date to be "
            "confirmed by the donor."),
        act("a-hv-008", "call", "2025-10-22T10:15:00Z", None, ["c-hv-hassan"],
            "Mombasa depot",
            "Hassan: Mombasa depot is running 10 trucks without gateways on the coast lanes (Kilifi, "
            "Kwale). Wants gateways on them; will send the truck list."),
        act("a-hv-009", "note", "2025-11-05T09:30:00Z", None, ["c-hv-achieng"],
            "H2 payment late",
            "Second half-year payment of USD 73,000 received on 4 November, 50 days after the due "
            "date. Achieng cited delayed disbursements from county governments."),
        act("a-hv-010", "email", "2025-12-10T06:50:00Z", "inbound", ["c-hv-achieng"],
            "KES invoicing",
            "Achieng requests that from the next term invoices are issued in KES to remove FX "
            "exposure; asks for the renewal quote in both KES and USD."),
        act("a-hv-011", "call", "2026-01-20T08:00:00Z", None, ["c-hv-wanjiku"],
            "Renewal and board plans",
            "Wanjiku: the board is considering a merger with a Ugandan distributor; asked for 2-year "
            "pricing as well as 1-year. No timeline given for the merger."),
        act("a-hv-012", "email", "2026-02-03T07:30:00Z", "outbound", ["c-hv-achieng"],
            "Renewal quote FY26",
            "Achieng, attached the signed quote on letterhead: USD 152,000 for 1 year, or KES 19.6 "
            "million at a rate of 129 KES/USD. 2-year option at USD 298,000. Gavi lane discount of "
            "10% included, subject to the donor programme continuing."),
        act("a-hv-013", "note", "2026-02-12T10:00:00Z", None, ["c-hv-wanjiku", "c-hv-mwangi"],
            "Gavi audit date",
            "Gavi donor audit scheduled for the week of 16 March 2026 at the Industrial Area depot. "
            "Outcome will determine whether the Gavi-funded lanes, and the basis for the 10% "
            "discount, continue in FY27."),
    ],
}

HARAMBEE_INTERVIEW = {
    "decision_maker": (
        "Wanjiku Kamau, the CEO, signs; nothing above about KES 5 million goes out without her "
        "signature. But she doesn't do the numbers herself. She leans on Achieng Odhiambo, the "
        "Finance Manager, and if Achieng says the figures don't work, Wanjiku will not overrule "
        "her. What Wanjiku personally cares about is the donors. Harambee's best lanes are funded "
        "through Gavi and UNICEF programmes via the counties, and her line is 'Harambee is the clean "
        "cold chain in East Africa', she says it in every meeting. She wants audit reports she can "
        "hand straight to a donor. She is also very big on respect and relationships: she expects "
        "the account owner to come to Nairobi in person at least twice a year, not just Teams."),
    "champion": (
        "Brian Otieno, everybody calls him BO. Logistics Manager. He runs the trucks and he is the "
        "one who fought for us when they were comparing us with just buying USB loggers. Promises I "
        "have made to BO: a driver training day at the Mombasa depot, we did Nairobi in 2025 and he "
        "wants the same for Hassan's drivers, and I told him we would put his name on the write-up "
        "of the Kisumu incident, because his team's data proved the excursion happened at the "
        "Nakuru stop and not in our kit. What he needs to look good: his annual review is in June "
        "and his KPI is an excursion rate below 0.5% of shipments. He is at about 0.6% now, so "
        "anything we can do on the Kisumu lane helps him directly. Mzee, he will call you at 10pm, "
        "that's just BO."),
    "hidden_commitments": (
        "Two you won't find anywhere. After the JKIA customs mess I told BO that if customs ever "
        "holds up a tag shipment again for more than five days, we will airfreight a replacement "
        "batch at our cost so they are never without tags. That is verbal, nothing in writing, but "
        "BO will hold us to it. Second, when we did the KES quote I told Achieng we would hold the "
        "exchange rate at 129 shillings to the dollar for the whole term even if the shilling "
        "moves. The quote says 129 but it doesn't say 'fixed for the term'; in my head and in hers, "
        "it is. If the shilling goes to 140 we eat the difference. And a small one: I have been "
        "letting Peter's QA team have AuditPack reports for the non-Gavi lanes too, which "
        "technically is not in their package."),
    "history_sensitivities": (
        "April 2025 was bad. A shipment of tags got stuck in customs at JKIA for nine days; they "
        "were held as radio transmitting equipment and needed a clearance nobody expected. For nine "
        "days Harambee had to go back to paper thermometers on the county deliveries, and "
        "deliveries to Kiambu were delayed. Wanjiku personally had to phone the Kiambu county "
        "health people and apologise. We paid the storage and sorted the HS code with the clearing "
        "agent, and it hasn't happened since, but Wanjiku remembers it. Never say 'customs' lightly "
        "in front of her. The other sensitive one is the Kisumu excursion in July: a batch of "
        "measles-rubella vaccine had to be quarantined because a driver left a cold box out at the "
        "Nakuru stop. Our data proved it, the driver was let go, and Peter's QA team had a rough "
        "month. It's settled, but it's a sore point with Peter, so don't bring it up as a 'success "
        "story' in front of him, even though to BO it is one."),
    "pricing_story": (
        "They get a 10% discount tied to the Gavi-funded lanes. It is an NGO-programme discount we "
        "give where the end customer is a donor programme, and it is in the contract. It depends on "
        "those lanes continuing and on the donor being happy. Billing is half-yearly in arrears "
        "with Net 60, because Harambee's own customers are county governments, and county "
        "governments pay late, sometimes 90 days. If we insisted on quarterly in advance they would "
        "just be in arrears with us all the time. It's USD-priced, but Achieng has asked for KES "
        "invoicing from the next term, and I have quoted KES at a fixed rate."),
    "channels_surprises": (
        "BO: WhatsApp, any time of day. Peter: email, he likes things documented for QA. Achieng: "
        "email only, and she wants quotes on a proper letterhead PDF, signed, not in the body of an "
        "email. Hassan at Mombasa: call him, the data signal at the port is terrible and he doesn't "
        "see WhatsApp until the evening. Who must never be surprised: Wanjiku. Before any email "
        "about pricing goes to Achieng, call Wanjiku first and tell her what is coming. She once saw "
        "a price email before I had spoken to her and she was very cold with me for a month. Sawa? "
        "It's a respect thing."),
    "org_changes": (
        "The board is talking about a merger with a distributor in Uganda. Wanjiku mentioned it on "
        "a call in January, and she asked for two-year pricing partly because of it. If it happens, "
        "the Uganda fleet could come onto our platform, or the Ugandans could bring their own "
        "vendor. Also, Achieng might move up to a group CFO role if the merger goes through, which "
        "would make her even more important. And the Mombasa depot is growing: Hassan has about ten "
        "trucks there without gateways."),
    "warning_signs": (
        "Payment is the barometer with Harambee. Before the late payment in November two things "
        "happened: Achieng stopped copying BO on her emails, she started writing to me alone, and "
        "she asked for itemised invoices broken down per lane. That is finance building a case to "
        "query things. Then the second-half payment came in about 50 days late. The same thing "
        "happened in 2024 before they pushed back on the tag price. So if Achieng starts asking for "
        "itemised invoices, expect either a late payment or a price conversation within six weeks. "
        "Also watch the county budget cycle: when the counties are late paying Harambee, everything "
        "downstream is late."),
    "renewal_risk": (
        "Stated reason if it slips: FX. 'We can't commit to USD with the shilling where it is'; "
        "that is why the KES quote matters. The real reason would be the Gavi donor audit in March. "
        "If the audit goes badly Harambee could lose or shrink the Gavi lanes, the 10% discount "
        "logic falls apart, and Wanjiku won't commit until she knows what volume she has. The "
        "second real risk is the Uganda merger: nobody signs a two-year deal while a merger is "
        "being negotiated. So the renewal could easily slide from April to after the audit."),
}

# ---------------------------------------------------------------------------
# Account 4: Straits MedCourier (Singapore, mid-market)
# ---------------------------------------------------------------------------
STRAITS = {
    "id": "acc-straits",
    "name": "Straits MedCourier Pte Ltd",
    "owner_id": DEPARTING,
    "arr": 98000,
    "currency": "USD",
    "segment": "mid_market",
    "industry": "Specialty courier (clinical trial samples and biologics)",
    "territory": "Southeast Asia",
    "renewal_date": "2026-08-31",
    "contract_notes": (
        "Annual subscription, billed in USD, invoiced annually in September. 600 reusable CL-Tag "
        "Pro loggers, API access (50,000 calls/day) and AuditPack for HSA GDP inspections. Logger "
        "loss charged at USD 85 per unit beyond a 5% annual shrinkage allowance."
    ),
    "contacts": [
        contact("c-st-jonathan", "Jonathan Tan", "Managing Director",
                "jonathan.tan@straitsmedcourier.test", "+65 9123 4410",
                "decision_maker", "whatsapp", 3,
                "Ex-DHL. Owner-manager."),
        contact("c-st-melissa", "Melissa Lim", "Head of Quality (GDP)",
                "melissa.lim@straitsmedcourier.test", "+65 6842 1185",
                "champion", "email", 4,
                "Chose us in 2023. Owns the HSA inspection file."),
        contact("c-st-ravi", "Ravi Subramaniam", "Chief Technology Officer",
                "ravi.s@straitsmedcourier.test", "+65 9876 2201",
                "influencer", "whatsapp", 4,
                "Built the courier app on our API."),
        contact("c-st-cheryl", "Cheryl Goh", "Finance & Admin Manager",
                "cheryl.goh@straitsmedcourier.test", "+65 6842 1190",
                "economic_buyer", "phone", 2,
                "Disputed the 2025 logger loss charge."),
        contact("c-st-azlan", "Azlan Rahman", "Operations Supervisor, Changi hub",
                "azlan.rahman@straitsmedcourier.test", None,
                "user", "whatsapp", 3,
                "Runs logger returns at the Changi hub."),
    ],
    "opportunities": [
        opp("o-st-renewal", "Renewal Sep 2026", "qualification", 104000, "2026-08-31",
            "Loss-charge reconciliation with Cheryl before the renewal quote"),
        opp("o-st-jakarta", "Jakarta lane expansion - 200 loggers", "discovery", 31000,
            "2026-06-30", "Ravi to confirm Indonesian roaming requirements"),
    ],
    "activities": [
        act("a-st-001", "meeting", "2025-03-18T02:00:00Z", None, ["c-st-melissa", "c-st-azlan"],
            "HSA GDP inspection prep - Changi hub",
            "Walkthrough at the Changi hub with Melissa Lim and Azlan Rahman ahead of the HSA GDP "
            "inspection in May. Reviewed excursion reports and logger calibration records."),
        act("a-st-002", "chat", "2025-04-24T06:40:00Z", "inbound", ["c-st-ravi"],
            "API 429 errors",
            "Ravi (WhatsApp): courier app getting HTTP 429 from the Coldline API during a "
            "trial-sample surge, about 62k calls/day against the contracted 50,000. Ticket "
            "CLT-21702. Rohan raised the limit to 80k/day temporarily."),
        act("a-st-003", "email", "2025-05-30T03:15:00Z", "inbound", ["c-st-melissa"],
            "HSA inspection outcome",
            "Melissa: HSA GDP inspection passed. One minor observation: calibration certificates "
            "for 37 loggers had expired. Requests updated certificates for the full fleet."),
        act("a-st-004", "email", "2025-06-12T04:00:00Z", "outbound", ["c-st-melissa"],
            "Calibration certificates",
            "Sent calibration certificates for all 600 CL-Tag Pro loggers, batch reference "
            "CAL-SG-0612, valid to June 2026."),
        act("a-st-005", "note", "2025-07-29T08:30:00Z", None, ["c-st-cheryl"],
            "H1 logger loss reconciliation",
            "H1 2025: 41 loggers unreturned (6.8% of 600) against the 5% allowance (30 units), so "
            "11 units over at USD 85 = USD 935. Invoice INV-CL-8290 sent to Cheryl."),
        act("a-st-006", "call", "2025-08-20T05:45:00Z", None, ["c-st-cheryl"],
            "Loss charge dispute",
            "Cheryl disputed INV-CL-8290 (USD 935): no pro-forma was sent, and she says returns "
            "from two hospitals were still in transit. Agreed to waive it as a one-off; credit note "
            "CN-2025-164."),
        act("a-st-007", "note", "2025-09-12T09:00:00Z", None, ["c-st-cheryl"],
            "Annual invoice paid",
            "Annual subscription invoice INV-CL-8342 for USD 98,000 paid on 12 September via GIRO."),
        act("a-st-008", "meeting", "2025-10-16T06:00:00Z", None, ["c-st-jonathan", "c-st-ravi"],
            "Jakarta lane",
            "Jonathan and Ravi: a new biotech sponsor wants a Singapore-Jakarta trial sample lane "
            "from mid-2026. Needs about 200 additional loggers working on Indonesian networks."),
        act("a-st-009", "chat", "2025-11-27T07:20:00Z", "inbound", ["c-st-azlan"],
            "Battery drain",
            "Azlan (WhatsApp): two loggers at the Changi hub draining their battery in under a week. "
            "Raised RMA-SG-0388; replacements couriered on 1 December."),
        act("a-st-010", "email", "2026-01-08T01:30:00Z", "inbound", ["c-st-jonathan"],
            "FW: quote",
            "Jonathan forwarded a competing quote from a Swiss logger manufacturer for reusable "
            "loggers and asked 'can you match per-logger price?'. Quote attachment not stored in "
            "CRM."),
        act("a-st-011", "call", "2026-02-02T03:00:00Z", None, ["c-st-ravi"],
            "Indonesian roaming",
            "Ravi: the Jakarta lane needs loggers roaming on Indonesian networks. He will run a "
            "roaming profile test with 10 loggers on 16 February. If it fails we need a local SIM "
            "option."),
    ],
}

STRAITS_INTERVIEW = {
    "decision_maker": (
        "Jonathan Tan, the MD, signs everything. Straits is owner-managed, no board to speak of; "
        "his wife is a director on paper but she's not involved. Jonathan is ex-DHL, very "
        "commercial. What he cares about personally is winning clinical trial sponsor contracts: "
        "our AuditPack reports and the HSA GDP inspection result go straight into his tender decks "
        "for pharma sponsors, and he likes to say 'Coldline data' in pitches. He loves a dashboard, "
        "lah. Show him a nice chart of on-time, in-range deliveries by sponsor and he's happy. He "
        "will also always ask for a discount, it's a sport for him, don't take it personally."),
    "champion": (
        "Melissa Lim, Head of Quality. She chose us over the Swiss loggers in 2023 because our "
        "calibration certificates and audit trail were cleaner. What I have promised her: "
        "calibration certificate expiry reminders in the portal. Right now she tracks the expiry of "
        "600 loggers' certificates in an Excel sheet, and after the HSA minor observation about "
        "calibration certs she asked for automatic expiry reminders. I told her it would be in the "
        "portal by Q2 2026; it's on the roadmap but please check with product, it's not confirmed. "
        "What she needs to look good: zero findings in the next HSA inspection. After last year's "
        "one minor observation Jonathan made a joke about it in a team meeting and she did not enjoy "
        "that. Confirm plus chop she wants a clean inspection."),
    "hidden_commitments": (
        "The API limit. The contract says 50,000 calls a day. In April 2025 Ravi's app hammered the "
        "API during a trial surge and got 429 errors, so I raised their limit to 80k as a "
        "'temporary' measure. It has been 80k ever since, and I told Ravi it would stay at 80k at no "
        "extra cost. It's not in the contract and finance doesn't bill it. Second, the logger loss "
        "charge: we waived the USD 935 last year, and I told Cheryl that for the next term we would "
        "reset the shrinkage allowance from 5% to 7% so she doesn't get these small charges every "
        "half-year. That's a promise in principle; it needs to go into the renewal paperwork."),
    "pricing_story": (
        "The loss charge clause exists because in their first year they lost about 14% of the "
        "reusable loggers. They send them out in shipper boxes to hospitals and clinical sites and "
        "nobody sends them back. So we put in a 5% annual shrinkage allowance and USD 85 per logger "
        "lost beyond that, to push them to fix the return process. API access is bundled into the "
        "subscription rather than charged per call, because Ravi built their whole courier app on "
        "top of it and it's the thing that makes us sticky. Jonathan got 4% off at the last renewal "
        "after a bit of a dance."),
    "unexpected_use": (
        "They use the loggers' light sensor as tamper evidence. The light sensor is meant to tell "
        "you when a box was opened so you can explain a temperature spike, but Straits sells it to "
        "the clinical trial sponsors as 'tamper-evident chain of custody': if the box was opened "
        "between pickup and the site, the sponsor sees a light event with a timestamp. It's in their "
        "sponsor contracts now. They also use the GPS pings from the CL-Tag Pro to calculate their "
        "riders' mileage claims, which is not at all what it's for, and accuracy isn't great "
        "indoors, so watch out if they ever complain about location accuracy: for them it's a "
        "payroll issue, not a cold-chain one."),
    "channels_surprises": (
        "Ravi: WhatsApp, very responsive and technical, send him API docs directly. Melissa: email, "
        "formal, and cc her QA executives, she likes a paper trail for inspections. Cheryl: phone "
        "call, she hates long emails, and she must never be surprised by an invoice. Any invoice "
        "that's not the routine annual one, loss charges, add-ons, send her a pro-forma first and "
        "ring her. The loss charge went out without a pro-forma and that's why she disputed it. "
        "Jonathan reads WhatsApp but not email; if you need him, message him in the morning before "
        "9."),
    "warning_signs": (
        "When Jonathan starts forwarding competitor quotes, he's warming up for a discount ask. He "
        "did exactly that in January 2025 before the last renewal: forwarded a quote, asked if we "
        "can match, and ended up with 4% off. He did it again this January, so expect the same "
        "dance. The other sign is logger returns: when Azlan's hub team gets busy they stop chasing "
        "loggers back, shrinkage spikes, loss charges follow, and then Cheryl gets grumpy. H1 2025 "
        "was like that."),
    "renewal_risk": (
        "Stated reason: price, and they'll wave the Swiss quote. Real reason, if they go: the loss "
        "charges and the feeling that we nickel-and-dime them, from Cheryl's side, combined with "
        "Ravi's integration, if Ravi decides to rebuild the app on another vendor's API. Ravi is "
        "happy now, but he has a lot of integration debt, and the Jakarta lane may need a different "
        "SIM setup; if we can't support Indonesian roaming, the Jakarta business goes to someone "
        "else and the renewal gets weaker. The fix: get the 7% shrinkage reset into the paperwork, "
        "keep the 80k API limit, and make Jakarta work."),
}

# ---------------------------------------------------------------------------
# Account 5: Jacaranda Community Pharmacies (South Africa, small)
# ---------------------------------------------------------------------------
JACARANDA = {
    "id": "acc-jacaranda",
    "name": "Jacaranda Community Pharmacies",
    "owner_id": DEPARTING,
    "arr": 27500,
    "currency": "USD",
    "segment": "smb",
    "industry": "Retail and clinic pharmacy",
    "territory": "South Africa",
    "renewal_date": "2026-05-31",
    "contract_notes": (
        "Annual agreement, billed in USD, paid monthly by debit order. 36 CL-Fridge monitors at "
        "USD 55 per month plus AuditPack Lite at USD 3,740 a year. Sold through reseller MedTech "
        "Distributors SA (15% reseller margin)."
    ),
    "contacts": [
        contact("c-ja-thabo", "Dr Thabo Mahlangu", "Owner and Responsible Pharmacist",
                "thabo@jacarandapharm.test", "+27 12 460 7721",
                "decision_maker", "phone", 4,
                "Owner of nine pharmacies in Pretoria. Office line, mornings."),
        contact("c-ja-annelie", "Annelie Pretorius", "Operations Manager",
                "annelie@jacarandapharm.test", "+27 72 318 5540",
                "champion", "whatsapp", 4,
                "Logs tickets and runs the portal."),
        contact("c-ja-kagiso", "Kagiso Sithole", "IT Contractor (part-time)",
                "kagiso.sithole@jacarandapharm.test", None,
                "other", "email", 2,
                "Handles Wi-Fi and network for the branches."),
        contact("c-ja-zanele", "Zanele Dube", "Clinic Nurse Lead",
                "zanele.dube@jacarandapharm.test", "+27 71 902 6634",
                "user", "whatsapp", 3,
                "Runs the vaccination clinics."),
    ],
    "opportunities": [
        opp("o-ja-renewal", "Renewal 2026", "proposal", 29000, "2026-05-31",
            "Send 2 options: monthly debit order vs annual upfront (5% off)"),
        opp("o-ja-clinic", "Mobile vaccine clinic tags", "discovery", 4200, "2026-07-31",
            "Zanele to confirm school-campaign schedule"),
    ],
    "activities": [
        act("a-ja-001", "call", "2025-03-05T07:30:00Z", None, ["c-ja-thabo"],
            "Debit order returned",
            "Thabo: February debit order returned 'account closed'; Jacaranda moved its banking to "
            "FNB. New debit order mandate signed on 10 March 2025. February amount to be collected "
            "with the March run."),
        act("a-ja-002", "email", "2025-04-17T06:50:00Z", "inbound", ["c-ja-annelie"],
            "Hatfield monitor offline",
            "Annelie: monitor on the vaccine fridge at the Hatfield branch offline since Tuesday. "
            "Ticket CLT-21610. Replacement unit couriered on 18 April, installed by Annelie."),
        act("a-ja-003", "note", "2025-06-09T10:00:00Z", None, ["c-ja-thabo"],
            "SAPC inspection - Menlyn",
            "Thabo: SAPC inspection at the Menlyn branch on 5 June. The inspector accepted the "
            "AuditPack Lite monthly fridge report as the temperature record."),
        act("a-ja-004", "chat", "2025-07-21T16:20:00Z", "inbound", ["c-ja-annelie"],
            "After-hours alerts",
            "Annelie (WhatsApp): please route after-hours alerts to the pharmacists' on-call "
            "cellphone 082 771 0934 instead of Dr Mahlangu's number. Done the same day."),
        act("a-ja-005", "call", "2025-08-28T08:00:00Z", None, ["c-ja-zanele"],
            "School vaccination campaign",
            "Zanele Dube: the clinics run school HPV vaccination campaigns with cooler boxes and "
            "currently use dial thermometers and manual logs. Asked about temperature tags per "
            "cooler box. Will send the 2026 campaign schedule."),
        act("a-ja-006", "email", "2025-10-02T08:00:00Z", "outbound", ["c-ja-thabo"],
            "Price adjustment notice",
            "Notice sent by the Coldline pricing team: 6% increase on the monitor subscription from "
            "the 2026 renewal."),
        act("a-ja-007", "email", "2025-10-06T05:40:00Z", "inbound", ["c-ja-thabo"],
            "RE: Price adjustment notice",
            "Thabo, unusually by email: '6% is steep. Willem from MedTech promised us flat pricing "
            "for three years. Please call me.' Rohan phoned him on 7 October."),
        act("a-ja-008", "note", "2025-12-12T09:00:00Z", None, [],
            "Reseller change",
            "Willem Joubert (MedTech Distributors SA) informed us MedTech will exit the reseller role "
            "for monitoring products during 2026. Jacaranda to move to direct billing with us at "
            "renewal."),
        act("a-ja-009", "call", "2026-01-22T07:15:00Z", None, ["c-ja-annelie"],
            "Renewal options / Centurion",
            "Annelie: wants an annual upfront payment option (5% off) for the renewal. Thabo is "
            "opening a 10th pharmacy in Centurion in April 2026; it will need a fridge monitor and "
            "staff onboarding."),
    ],
}

JACARANDA_INTERVIEW = {
    "decision_maker": (
        "Dr Thabo Mahlangu, owner and responsible pharmacist, decides everything himself. There's no "
        "committee, no procurement, it's Thabo. He's old-school: he does business on a handshake and "
        "a phone call, and he remembers who treated him well. What he cares about: cash flow, "
        "because it's a small group, nine pharmacies, and he's expanding; and his record with the "
        "SAPC, the Pharmacy Council. He's very proud that none of his pharmacies has ever had an "
        "adverse inspection finding. Annelie runs operations and he listens to her, but the yes or "
        "no is his."),
    "champion": (
        "Annelie Pretorius, Operations Manager. She does all the day-to-day, logs the tickets, and "
        "she's the one who loves the portal. What I promised her: a 30-minute training session for "
        "the new staff when the Centurion branch opens in April, and one monitor free of charge for "
        "the Centurion branch vaccine fridge; that one's a freebie, not billed. She wants the annual "
        "upfront option because she's trying to show Thabo she can save him money; 5% off is her "
        "win. What she needs is for Thabo to stop phoning her at night about alarms. Since the "
        "alerts go to the on-call cellphone instead of to Thabo, she looks good."),
    "hidden_commitments": (
        "The Centurion monitor, free of charge, I promised that to Annelie. The bigger one isn't "
        "mine. MedTech Distributors, the reseller, specifically Willem Joubert, told Thabo when he "
        "sold it in 2024 that pricing would be flat for three years. That's nowhere in our "
        "paperwork, our contract is annual, but Thabo believes it. I quietly absorbed it in 2025 by "
        "not applying an increase. Then our pricing team sent the 6% increase notice in October and "
        "Thabo hit the roof. So effectively there's a commitment we never made, and I'd honour it "
        "for one more year if you can."),
    "history_sensitivities": (
        "Two things. In February 2025 their debit order bounced; they'd moved banks and nobody told "
        "us. Fine, it happens. But our collections system sent a 'final demand' letter, red text and "
        "everything, to Thabo personally. He was deeply offended, he's never defaulted on anything "
        "in his life, and he phoned me and said 'I'm not a criminal, Rohan'. I apologised, we sorted "
        "the new mandate in March, and I had the letter formally withdrawn. Don't mention the debit "
        "order or collections to him. Second: the 6% price increase letter in October, which went "
        "down very badly because of the flat-pricing story from MedTech. Still raw."),
    "pricing_story": (
        "It's USD 55 per monitor per month for the 36 CL-Fridge monitors, plus AuditPack Lite at "
        "3,740 a year, about 27,500 in all. It went through MedTech as a reseller, who take a 15% "
        "margin, so we net less than on a direct deal. Paid monthly by debit order because Thabo "
        "doesn't like big upfront payments, that's his cash-flow thing. Now Annelie wants an annual "
        "upfront option for 5% off, which is fine, it's better for us too."),
    "channels_surprises": (
        "Thabo is phone. Only phone. Don't email him anything important, he doesn't read it, and he "
        "hates WhatsApp, he says it's for his grandchildren. Ring his office line in the morning, "
        "after the 8 o'clock opening rush and before 10. Annelie: WhatsApp is best, she's quick. "
        "Kagiso, the IT contractor, is email and he's part-time, so give him a few days. Zanele at "
        "the clinics is WhatsApp too. Never surprise Thabo with anything about price: for any price "
        "change, phone him first, then put it in writing. The October 6% email was exactly the "
        "surprise you don't want."),
    "renewal_risk": (
        "The stated reason if they go will be the 6% increase, 'too expensive'. The real reason will "
        "be the reseller mess. MedTech is pulling out of the reseller role this year, and Thabo's "
        "loyalty was always to Willem, not to us. If Willem takes on an agency with a competitor and "
        "rings Thabo, Thabo could follow him. So the real risk is Willem. Get in front of Thabo, in "
        "person if you can, before May."),
}

# ---------------------------------------------------------------------------
# Account 6: Nilgiri Biologicals (India, small)
# ---------------------------------------------------------------------------
NILGIRI = {
    "id": "acc-nilgiri",
    "name": "Nilgiri Biologicals & Vaccines",
    "owner_id": DEPARTING,
    "arr": 41000,
    "currency": "USD",
    "segment": "smb",
    "industry": "Vaccine stockist and distributor",
    "territory": "India - South",
    "renewal_date": "2026-03-31",
    "contract_notes": (
        "Annual agreement, billed in USD (converted at invoice date), paid quarterly. 6 CL-Reefer "
        "gateways on delivery vans, 6,000 CL-Tags a year, WhatsApp alerts. Startup pricing: 20% off "
        "list in year 1, 10% off list in year 2."
    ),
    "contacts": [
        contact("c-ng-senthil", "Senthil Kumar Ramasamy", "Founder and Chairman",
                "senthil@nilgiribio.test", "+91 94433 21870",
                "decision_maker", "phone", 4,
                "Founder. Moved from MD to Chairman in January 2026."),
        contact("c-ng-divya", "Divya Senthil", "Director - Operations",
                "divya@nilgiribio.test", "+91 98940 57712",
                "champion", "whatsapp", 5,
                "Runs day-to-day from January 2026."),
        contact("c-ng-joseph", "Joseph Mathew", "Branch Manager, Kochi",
                "joseph.mathew@nilgiribio.test", "+91 94470 68123",
                "user", "phone", 3,
                "Kerala branch; two vans on paper logs."),
        contact("c-ng-lakshmi", "Lakshmi Narayanan", "Accounts Consultant (CA)",
                "lakshmi.ca@nilgiribio.test", "+91 422 254 6610",
                "economic_buyer", "email", 2,
                "External chartered accountant handling payables and tax."),
    ],
    "opportunities": [
        opp("o-ng-renewal", "Renewal FY26-27", "negotiation", 43500, "2026-03-31",
            "Divya to confirm whether the Kochi vans get gateways (adds 2)"),
        opp("o-ng-kochi", "Kochi vans - 2 gateways", "proposal", 5400, "2026-03-31",
            "Bundle into renewal order form"),
    ],
    "activities": [
        act("a-ng-001", "call", "2025-03-20T06:00:00Z", None, ["c-ng-senthil"],
            "Year 2 signed",
            "Senthil confirmed year 2 at 10% off list (year 1 was 20% off). Signed order form "
            "returned the same day. Quarterly billing continues."),
        act("a-ng-002", "chat", "2025-05-14T09:10:00Z", "inbound", ["c-ng-divya"],
            "Salem heatwave excursion",
            "Divya (WhatsApp): van TN-38-BX-4471 AC failed near Salem, outside temperature 44C. "
            "Excursion alert at 14:05; the driver moved 180 doses of rotavirus vaccine to the backup "
            "icebox within 20 minutes. Stock saved, nothing discarded."),
        act("a-ng-003", "note", "2025-06-30T10:00:00Z", None, ["c-ng-lakshmi"],
            "Q1 payment",
            "Q1 invoice INV-CL-8011 for USD 10,250 paid on 28 June by NEFT, UTR SBIN525179884412."),
        act("a-ng-004", "email", "2025-08-07T05:30:00Z", "inbound", ["c-ng-lakshmi"],
            "TDS deduction",
            "Lakshmi: Q2 payment of USD 10,250 released short by USD 1,025 (10% TDS) because no Tax "
            "Residency Certificate or Form 10F is on file. Asks for both."),
        act("a-ng-005", "email", "2025-08-25T06:00:00Z", "outbound", ["c-ng-lakshmi"],
            "TRC and Form 10F",
            "Lakshmi, attached our TRC and Form 10F. Requesting release of the USD 1,025 withheld."),
        act("a-ng-006", "call", "2025-09-18T07:30:00Z", None, ["c-ng-joseph"],
            "Kochi branch",
            "Joseph Mathew: the Kochi branch runs 2 vans on paper logs. The Kerala drug control "
            "inspector asked for digital temperature records at the last visit. Wants gateways for "
            "both vans."),
        act("a-ng-007", "note", "2025-10-30T11:00:00Z", None, ["c-ng-divya", "c-ng-joseph"],
            "Diwali tag delay",
            "Shipment of 2,000 CL-Tags delayed in the courier backlog before Diwali; delivered 12 "
            "November. Kochi used paper logs in the gap. Divya unhappy; going forward we ship the Q3 "
            "tags by mid-September."),
        act("a-ng-008", "meeting", "2025-12-15T06:30:00Z", None, ["c-ng-senthil", "c-ng-divya"],
            "Coimbatore visit",
            "Met Senthil and Divya at the Coimbatore office. From January Divya takes over the "
            "day-to-day as Director - Operations; Senthil moves to Chairman. Renewal discussion to "
            "start in January."),
        act("a-ng-009", "chat", "2026-01-19T12:45:00Z", "inbound", ["c-ng-divya"],
            "Renewal pricing",
            "Divya (WhatsApp): wants the renewal at 10% off list again, with a 3-year price lock. "
            "Also wants 2 gateways for the Kochi vans in the same order."),
        act("a-ng-010", "call", "2026-02-09T06:15:00Z", None, ["c-ng-lakshmi"],
            "TDS settled",
            "Lakshmi confirmed the withheld USD 1,025 was paid on 5 February 2026. Account fully "
            "current."),
    ],
}

NILGIRI_INTERVIEW = {
    "decision_maker": (
        "Officially Divya runs the business day-to-day from January, but Senthil sir, Appa as she "
        "calls him, still signs every cheque and every contract. He has moved to Chairman, but "
        "believe me, the final word is his. What he cares about is his reputation with the "
        "paediatricians. Nilgiri supplies vaccines to private clinics and paediatricians across "
        "Tamil Nadu and Kerala, and Senthil sir has personal relationships with many of those "
        "doctors going back 30 years. Anything that protects 'Nilgiri vaccines are always cold' he "
        "will pay for. He's also loyal: he signed with us partly because he liked me personally, "
        "which is why my leaving is a bit of a worry."),
    "champion": (
        "Divya Senthil, Director - Operations, his daughter. She brought us in, she's the digital "
        "one. Promises to her: a Tamil-language alert template for the drivers. The van drivers "
        "don't read English well and the WhatsApp alerts in English get ignored, so I said we'd have "
        "Tamil templates live before the renewal. I also promised to feature Nilgiri as a customer "
        "story on our website, which marketing has agreed in principle. What she needs: to prove to "
        "Appa that the digital stuff was worth the money. The Salem heatwave save is her proof "
        "point, she tells that story to everyone."),
    "hidden_commitments": (
        "Besides the Tamil template for Divya: one, every May Nilgiri holds an annual meet for "
        "paediatricians in Ooty, and I promised we would attend and sponsor the tea and snacks. "
        "Senthil sir considers that a commitment, so put it in your calendar. Two, after the Salem "
        "heatwave some tags were damaged by the heat, and I told Divya we would replace any "
        "heat-damaged tags free, no questions asked. Three, I told Lakshmi we would send the tax "
        "residency certificate and Form 10F every April so there is no TDS confusion again."),
    "history_sensitivities": (
        "The Diwali tag delay in 2025. A shipment of 2,000 tags got caught in the courier backlog "
        "before Diwali and they ran out. Joseph in Kochi had to go back to paper logs, which was "
        "exactly what they were trying to get away from, because the Kerala drug control people had "
        "just told him to keep digital records. Divya was very annoyed; she felt we should have "
        "planned for the festive season. We now ship their Q3 tags by mid-September. The other one "
        "is the TDS thing: Lakshmi deducted tax from a payment because we hadn't sent the tax "
        "residency paperwork, and it became a back-and-forth where she felt we were implying she'd "
        "made a mistake. It's settled now, but handle Lakshmi gently."),
    "pricing_story": (
        "It's startup pricing. I gave them 20% off list in year one because I wanted a reference "
        "customer in Tamil Nadu, they are well known with the paediatricians, and Senthil sir drove "
        "a hard bargain. Year two went to 10% off. Now Divya wants 10% off again and a three-year "
        "lock. List price would be a jump for them. It's USD billing converted at invoice date, paid "
        "quarterly, which works for their cash flow."),
    "unexpected_use": (
        "This is lovely, actually. They have a TV in the Coimbatore office reception, where "
        "paediatricians and clinic staff come to collect stock, and it shows our live temperature "
        "dashboard for all the vans. They use it as a sales tool: 'look, our vaccines are always "
        "cold'. Senthil sir shows it off to every doctor who walks in. They also use the reefer "
        "alerts to schedule van AC maintenance; if a van keeps getting warm alerts, it goes for AC "
        "service. We didn't design it for either."),
    "org_changes": (
        "Divya has taken over the day-to-day from January and Senthil sir has become Chairman. "
        "Kerala is growing: Joseph's branch in Kochi has two vans on paper logs and they want "
        "gateways on them. There's also talk of a cousin coming in on the finance side, but nothing "
        "firm."),
    "renewal_risk": (
        "Stated reason if it slips: price. Divya wants the 10% off to continue. The real reason: "
        "Divya told me a Bengaluru startup is offering them cheaper Bluetooth loggers with a phone "
        "app, and she's tempted because it's 'modern'. And with me leaving, Senthil sir's personal "
        "loyalty goes with me; you have to build that relationship fresh. Go to Coimbatore in "
        "person, meet Senthil sir, have the filter coffee, don't rush it."),
}

ACCOUNTS = [SANJIVANI, PROTEA, HARAMBEE, STRAITS, JACARANDA, NILGIRI]
INTERVIEWS = {
    "acc-sanjivani": SANJIVANI_INTERVIEW,
    "acc-protea": PROTEA_INTERVIEW,
    "acc-harambee": HARAMBEE_INTERVIEW,
    "acc-straits": STRAITS_INTERVIEW,
    "acc-jacaranda": JACARANDA_INTERVIEW,
    "acc-nilgiri": NILGIRI_INTERVIEW,
}


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
def I(qid):
    return {"kind": "interview", "question_id": qid}


def R(kind, rid):
    return {"kind": kind, "id": rid}


def A(rid):
    return R("activity", rid)


def C(rid):
    return R("contact", rid)


def O(rid):
    return R("opportunity", rid)


def ACC(rid):
    return R("account", rid)


# (account, question, gold sources, must_mention); empty gold = abstain
QUESTIONS = [
    # --- Sanjivani (13: 6 interview, 4 record, 3 abstain)
    ("acc-sanjivani",
     "ok so at Sanjivani who's actually got their hand on the chequebook for the renewal - the MD or the CFO fella?",
     [I("decision_maker"), C("c-sj-vikram"), C("c-sj-ramesh")], ["Vikram"]),
    ("acc-sanjivani",
     "what did Rohan promise Anjali that I gotta deliver? anything with a deadline attached",
     [I("champion"), I("hidden_commitments")], ["CDSCO"]),
    ("acc-sanjivani",
     "any freebies we've been slipping Sanjivani on the side? spare kit n all that",
     [I("hidden_commitments")], ["25"]),
    ("acc-sanjivani",
     "why's the discount so fat on this one, 14% off feels like a lot tbh",
     [I("pricing_story"), ACC("acc-sanjivani")], ["1,800"]),
    ("acc-sanjivani",
     "whats the deal with the MD's son - is Kunal gonna shake things up for us?",
     [I("org_changes"), I("renewal_risk"), A("a-sj-013"), A("a-sj-009")], ["SAP"]),
    ("acc-sanjivani",
     "if Sanjivani bails, what'll they tell us vs whats actually going on behind the scenes?",
     [I("renewal_risk")], ["Kunal"]),
    ("acc-sanjivani",
     "what was the CN number for that big gateway outage last yr and how much was it for?",
     [A("a-sj-004")], ["CN-2025-118", "18,400"]),
    ("acc-sanjivani",
     "Farhan's mobile pls, need to ring him about the spare gateways",
     [C("c-sj-farhan")], ["98201 44556"]),
    ("acc-sanjivani",
     "where did we land with Meera on the uplift? what'd she counter with",
     [A("a-sj-012"), I("renewal_risk")], ["3%"]),
    ("acc-sanjivani",
     "when's the Shamirpet site survey happening?",
     [A("a-sj-014"), O("o-sj-hyd")], ["24 February"]),
    ("acc-sanjivani",
     "what did Vikram reckon about the WHO-GDP audit result? was he chuffed or meh",
     [], []),
    ("acc-sanjivani",
     "which vendors did Meera get the benchmark quotes from? need to know who we're up against",
     [], []),
    ("acc-sanjivani",
     "when's Kunal's SAP go-live? want to know how long we've got to sort the integration",
     [], []),

    # --- Protea (12: 6 interview, 4 record, 2 abstain)
    ("acc-protea",
     "Protea - who's the big cheese on the renewal, Johan or the CFO oke?",
     [I("decision_maker"), C("c-pr-johan"), C("c-pr-andre")], ["ExCo"]),
    ("acc-protea",
     "what does Lerato need from us to look like a hero in front of exco?",
     [I("champion"), A("a-pr-004"), A("a-pr-011")], ["Parktown"]),
    ("acc-protea",
     "any side deals on Protea I should know about? install fees, spare kit, whatever",
     [I("hidden_commitments")], ["install fee"]),
    ("acc-protea",
     "why do they pay us in two chunks? seems a bit odd",
     [I("pricing_story")], ["June"]),
    ("acc-protea",
     "whats the touchy stuff at Protea? heard something about alarms going off at 3am",
     [I("history_sensitivities"), A("a-pr-002"), A("a-pr-009")], ["firmware"]),
    ("acc-protea",
     "what do they use our temp data for that we never really intended?",
     [I("unexpected_use")], ["insurer"]),
    ("acc-protea",
     "whats the ref on Sipho's security questionnaire and when's it due?",
     [A("a-pr-010")], ["SEC-Q-2026-07"]),
    ("acc-protea",
     "Lerato's cell number?",
     [C("c-pr-lerato")], ["82 555 3190"]),
    ("acc-protea",
     "did the 2nd tranche actually come in, and how much was it?",
     [A("a-pr-007"), A("a-pr-005")], ["107,000"]),
    ("acc-protea",
     "where's the KZN deal sitting and when does Lerato pitch it?",
     [O("o-pr-kzn"), A("a-pr-011")], ["17 March"]),
    ("acc-protea",
     "who's the new CIO coming in above Sipho? got a name?",
     [], []),
    ("acc-protea",
     "did we pass Sipho's big security questionnaire or nah?",
     [], []),

    # --- Harambee (12: 6 interview, 4 record, 2 abstain)
    ("acc-harambee",
     "harambee - who's calling the shots on the renewal, is it all Wanjiku?",
     [I("decision_maker"), C("c-hv-wanjiku"), C("c-hv-achieng")], ["Achieng"]),
    ("acc-harambee",
     "what does BO need to hit for his review in june?",
     [I("champion")], ["0.5%"]),
    ("acc-harambee",
     "anything we promised Harambee that's not written down anywhere?? customs-related maybe",
     [I("hidden_commitments")], ["airfreight"]),
    ("acc-harambee",
     "why are they on net 60 and half-yearly billing, bit generous no?",
     [I("pricing_story")], ["county"]),
    ("acc-harambee",
     "who do I need to ring before I send Achieng any pricing email?",
     [I("channels_surprises")], ["Wanjiku"]),
    ("acc-harambee",
     "whats the tell-tale sign they're about to pay late?",
     [I("warning_signs")], ["itemised"]),
    ("acc-harambee",
     "how much did we end up reimbursing for the JKIA customs storage, and whats the CN?",
     [A("a-hv-003"), A("a-hv-002")], ["86,000", "CN-2025-131"]),
    ("acc-harambee",
     "Hassan's number down at the Mombasa depot?",
     [C("c-hv-hassan")], ["733 250 671"]),
    ("acc-harambee",
     "what's the shilling figure on the renewal quote and what rate did we use?",
     [A("a-hv-012"), I("hidden_commitments")], ["19.6 million"]),
    ("acc-harambee",
     "how many vials got quarantined on that kisumu run?",
     [A("a-hv-005")], ["1,200"]),
    ("acc-harambee",
     "whats the name of the Ugandan distributor they might merge with?",
     [], []),
    ("acc-harambee",
     "how'd the Gavi donor audit go in March? did they keep the lanes?",
     [], []),

    # --- Straits (12: 6 interview, 4 record, 2 abstain)
    ("acc-straits",
     "who signs off at Straits and what floats his boat?",
     [I("decision_maker"), C("c-st-jonathan")], ["Jonathan"]),
    ("acc-straits",
     "what did Rohan promise Melissa on the roadmap side? she brought it up on our intro call",
     [I("champion")], ["expiry"]),
    ("acc-straits",
     "the API limit thing - are they paying for the 80k or is that a freebie?",
     [I("hidden_commitments"), A("a-st-002")], ["50,000"]),
    ("acc-straits",
     "what weird stuff do they use the loggers for?",
     [I("unexpected_use")], ["tamper"]),
    ("acc-straits",
     "whats the tell when Jonathan's gearing up to squeeze us on price?",
     [I("warning_signs")], ["competitor"]),
    ("acc-straits",
     "who over there must I never blindside, and how do I avoid it?",
     [I("channels_surprises"), A("a-st-006")], ["pro-forma"]),
    ("acc-straits",
     "how many loggers did they lose in H1 and what did we charge em?",
     [A("a-st-005"), A("a-st-006"), I("hidden_commitments")], ["41", "935"]),
    ("acc-straits",
     "Cheryl's direct line?",
     [C("c-st-cheryl")], ["6842 1190"]),
    ("acc-straits",
     "RMA no. for Azlan's battery-drain loggers?",
     [A("a-st-009")], ["RMA-SG-0388"]),
    ("acc-straits",
     "when's Ravi doing the Indonesia roaming test?",
     [A("a-st-011")], ["16 February"]),
    ("acc-straits",
     "which Swiss logger outfit quoted them, and how much per logger?",
     [], []),
    ("acc-straits",
     "got a number for Azlan at the Changi hub? need to ring him about the RMA",
     [], []),

    # --- Jacaranda (11: 5 interview, 4 record, 2 abstain)
    ("acc-jacaranda",
     "Jacaranda - it's just Dr T deciding everything, ja?",
     [I("decision_maker"), C("c-ja-thabo")], ["Thabo"]),
    ("acc-jacaranda",
     "did Rohan promise anything for the new Centurion shop? Annelie hinted at something",
     [I("champion"), I("hidden_commitments")], ["free of charge"]),
    ("acc-jacaranda",
     "why did the 6% hike go down like a lead balloon?",
     [I("hidden_commitments"), I("history_sensitivities"), A("a-ja-007")], ["flat"]),
    ("acc-jacaranda",
     "best way to get hold of Thabo? he's ghosting my emails",
     [I("channels_surprises"), C("c-ja-thabo"), I("decision_maker"), A("a-ja-007")], ["phone"]),
    ("acc-jacaranda",
     "if they churn what'll they say vs what's really going on?",
     [I("renewal_risk")], ["Willem"]),
    ("acc-jacaranda",
     "the debit order bounce - which bank did they move to and when was the new mandate signed?",
     [A("a-ja-001"), I("history_sensitivities")], ["FNB"]),
    ("acc-jacaranda",
     "annelie wanted after-hours alerts going to some on-call number, whats the number?",
     [A("a-ja-004")], ["082 771 0934"]),
    ("acc-jacaranda",
     "what stage is the jacaranda renewal at and for how much?",
     [O("o-ja-renewal")], ["proposal"]),
    ("acc-jacaranda",
     "which ticket was the Hatfield monitor outage logged under?",
     [A("a-ja-002")], ["CLT-21610"]),
    ("acc-jacaranda",
     "what does Zanele make of our tags vs the thermometers they use in the cooler boxes now?",
     [], []),
    ("acc-jacaranda",
     "how many new staff are we training at Centurion?",
     [], []),

    # --- Nilgiri (12: 6 interview, 4 record, 2 abstain)
    ("acc-nilgiri",
     "Nilgiri - Divya runs the show now right? so she's the one who signs?",
     [I("decision_maker"), C("c-ng-senthil")], ["Senthil"]),
    ("acc-nilgiri",
     "what goodies did Rohan promise Divya that are still outstanding?",
     [I("champion"), I("hidden_commitments")], ["Tamil"]),
    ("acc-nilgiri",
     "are we meant to rock up at some doctors' event for them?",
     [I("hidden_commitments")], ["Ooty"]),
    ("acc-nilgiri",
     "why'd they get such a sweet deal in yr 1?",
     [I("pricing_story"), ACC("acc-nilgiri"), A("a-ng-001")], ["20%"]),
    ("acc-nilgiri",
     "anything quirky they use our stuff for at Nilgiri?",
     [I("unexpected_use")], ["dashboard"]),
    ("acc-nilgiri",
     "is this renewal really just about the discount or is something else brewing?",
     [I("renewal_risk")], ["Bengaluru"]),
    ("acc-nilgiri",
     "the TDS short payment - how much was it and is it cleared yet?",
     [A("a-ng-004"), A("a-ng-005"), A("a-ng-010")], ["1,025"]),
    ("acc-nilgiri",
     "how many doses did we save near Salem in that heatwave?",
     [A("a-ng-002")], ["180"]),
    ("acc-nilgiri",
     "what's the UTR on their Q1 payment? finance is asking",
     [A("a-ng-003")], ["SBIN525179884412"]),
    ("acc-nilgiri",
     "Senthil sir's number pls",
     [C("c-ng-senthil")], ["94433 21870"]),
    ("acc-nilgiri",
     "whats the name of that Bengaluru startup sniffing around them?",
     [], []),
    ("acc-nilgiri",
     "how much do we normally fork out for the Ooty do?",
     [], []),
]


def build():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": ACCOUNTS}
    questions = []
    for n, (acc, text, gold, must) in enumerate(QUESTIONS, start=1):
        questions.append({
            "id": f"q-{n:03d}",
            "account_id": acc,
            "question": text,
            "expect": "answer" if gold else "abstain",
            "gold_sources": gold,
            "must_mention": must,
        })
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": DEPARTING,
        "successor_user_id": SUCCESSOR,
        "manager_user_id": MANAGER,
        "interviews": INTERVIEWS,
        "questions": questions,
    }
    return bundle, ev


def main():
    bundle, ev = build()
    for name, obj in (("bundle.json", bundle), ("eval.json", ev)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"wrote bundle.json ({len(bundle['accounts'])} accounts) and "
          f"eval.json ({len(ev['questions'])} questions)")


if __name__ == "__main__":
    main()
