#!/usr/bin/env python3
"""Builds bundle.json and eval.json for the 'outback' evaluation set.

Vendor: Kestrel Condition Monitoring (KX3 wireless vibration sensors, Edge
gateways, Insight predictive-maintenance platform, remote analyst service).
Customers: miners, grain handlers and large farming operations in AU / NZ.
All money in AUD.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def act(id_, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": id_, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


USERS = [
    {"id": "u-priya", "name": "Priya Nair", "email": "priya.nair@kestrel-cm.test",
     "role": "admin", "team": "Sales Operations"},
    {"id": "u-gemma", "name": "Gemma Whitfield", "email": "gemma.whitfield@kestrel-cm.test",
     "role": "manager", "team": "Resources & Ag ANZ"},
    {"id": "u-darren", "name": "Darren Kowalski", "email": "darren.kowalski@kestrel-cm.test",
     "role": "rep", "manager_id": "u-gemma", "team": "Resources & Ag ANZ"},
    {"id": "u-tash", "name": "Natasha Reid", "email": "tash.reid@kestrel-cm.test",
     "role": "rep", "manager_id": "u-gemma", "team": "Resources & Ag ANZ"},
    {"id": "u-liam", "name": "Liam O'Connell", "email": "liam.oconnell@kestrel-cm.test",
     "role": "rep", "manager_id": "u-gemma", "team": "Resources & Ag ANZ"},
    {"id": "u-sam", "name": "Sam Ferris", "email": "sam.ferris@kestrel-cm.test",
     "role": "rep", "manager_id": "u-gemma", "team": "Resources & Ag ANZ"},
    {"id": "u-aroha", "name": "Aroha Tipene", "email": "aroha.tipene@kestrel-cm.test",
     "role": "rep", "manager_id": "u-gemma", "team": "Resources & Ag ANZ"},
]

D = "u-darren"

# ---------------------------------------------------------------------------
# 1. Ironbark Resources - Pilbara iron ore, enterprise
# ---------------------------------------------------------------------------
IRONBARK = {
    "id": "acc-ironbark",
    "name": "Ironbark Resources",
    "owner_id": D,
    "arr": 820000,
    "segment": "enterprise",
    "industry": "Mining - Iron Ore",
    "territory": "WA - Pilbara",
    "renewal_date": "2027-03-31",
    "contract_notes": (
        "3-year MSA (MSA-IBR-2024-03) signed 1 April 2024, expires 31 March 2027. "
        "Scope: 1,450 KX3 vibration sensors and 38 Edge gateways across Mount Wirra mine "
        "(primary crusher, overland conveyor CV-07, processing plant) and the Cowan Creek train loadout. "
        "Insight Enterprise tier incl. remote analyst service, 40 analyst hours per month. "
        "15% multi-year discount off list; annual uplift at CPI capped at 4%. "
        "Billed quarterly in advance, payment 45 days EOM. "
        "Termination for convenience on 90 days' notice after month 24. "
        "Sensor replacement SLA: 10 business days delivered to site."
    ),
    "contacts": [
        {"id": "c-ib-rhys", "name": "Rhys Tallon", "title": "General Manager - Asset Management",
         "email": "rhys.tallon@ironbark-res.test", "phone": "+61 8 9211 4470",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 4,
         "notes": "Based at Perth HQ on St Georges Tce. Owns the asset availability KPI. Prefers a call first, then a short written summary."},
        {"id": "c-ib-marcus", "name": "Marcus Beale", "title": "Chief Operating Officer",
         "email": "marcus.beale@ironbark-res.test", "phone": "+61 8 9211 4001",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Joined July 2026 from Rio Tinto. Book time through his EA, Fiona Lau (fiona.lau@ironbark-res.test)."},
        {"id": "c-ib-jono", "name": "Jonathan (Jono) Petrakis",
         "title": "Reliability Engineering Superintendent - Mount Wirra",
         "email": "jono.petrakis@ironbark-res.test", "phone": "+61 417 338 902",
         "role": "champion", "preferred_channel": "whatsapp", "relationship_strength": 5,
         "notes": "FIFO out of Perth, 8 days on / 6 off. Best reached on WhatsApp."},
        {"id": "c-ib-kylie", "name": "Kylie Brandon",
         "title": "Category Manager - Procurement (MRO & Technology)",
         "email": "kylie.brandon@ironbark-res.test", "phone": "+61 8 9211 4520",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Runs every commercial process. Wants everything in writing."},
        {"id": "c-ib-ellie", "name": "Ellie Nguyen", "title": "OT Systems & Cyber Lead",
         "email": "ellie.nguyen@ironbark-res.test", "phone": "+61 8 9211 4685",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Approves anything that connects to the OT network, gateway firmware included."},
        {"id": "c-ib-dave", "name": "Dave (Hoppo) Hopkins", "title": "Maintenance Planner - Cowan Creek",
         "email": "dave.hopkins@ironbark-res.test", "phone": "+61 428 771 054",
         "role": "user", "preferred_channel": "phone", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-ib-renewal", "name": "Ironbark MSA renewal 2027", "stage": "proposal",
         "amount": 860000, "close_date": "2027-03-31",
         "next_step": "Walk Jono through the renewal draft first, then 3-yr and 5-yr options to Rhys; Marcus needs to co-sign."},
        {"id": "o-ib-cowan", "name": "Cowan Creek loadout expansion (220 sensors)", "stage": "negotiation",
         "amount": 96000, "close_date": "2026-12-15",
         "next_step": "Chase PO from Kylie against SOW v3 (sent 28 Oct)."},
    ],
    "activities": [
        act("a-ib-001", "meeting", "2026-01-20T01:30:00Z", D, ["c-ib-rhys", "c-ib-jono"],
            "Q4 2025 QBR - Perth",
            "QBR at Ironbark HQ with Rhys and Jono. Unplanned downtime on overland conveyor CV-07 is down 31% year on year and Rhys wants that number in his board pack. "
            "Agreed to scope Cowan Creek loadout coverage in H1. Rhys asked us to stop sending PDFs and just show him the Insight dashboard live next time."),
        act("a-ib-002", "email", "2026-02-11T23:40:00Z", D, ["c-ib-ellie"],
            "URGENT - gateway traffic on OT network (INC-20417)",
            "Darren, since the 4.2 firmware went onto the Edge gateways last night our OT switches at the Wirra are flooding with multicast traffic. "
            "I've logged INC-20417 on our side. Nobody in my team approved this change. I need a call within the hour.",
            "inbound"),
        act("a-ib-003", "call", "2026-02-12T01:00:00Z", D, ["c-ib-ellie", "c-ib-jono"],
            "INC-20417 incident bridge",
            "Incident bridge with Ellie, Jono and our support lead. All 38 gateways rolled back to firmware 4.1 by 2:15pm AWST. "
            "Roughly 19 hours of data lost on the primary crusher (Big Bertha) and parts of CV-07. "
            "Ellie made it clear her GM is asking how an external vendor managed to push a change into OT."),
        act("a-ib-004", "note", "2026-02-27T06:00:00Z", D, ["c-ib-ellie", "c-ib-rhys"],
            "INC-20417 RCA and service credit",
            "RCA sent to Ellie and Rhys: the 4.2 rollout was set to auto-deploy for all Enterprise tenants and Ironbark was not excluded. "
            "Service credit of $18,500 approved by Gemma, applied to the April quarterly invoice. Auto-deploy is now switched off for this tenant permanently."),
        act("a-ib-005", "chat", "2026-04-08T03:12:00Z", D, ["c-ib-jono"],
            "CV-07 tail pulley",
            "Jono on WhatsApp: the CV-07 tail pulley bearing Insight flagged on 30 March was changed out this morning in the planned shut. Outer race spalled, bearing cooked. "
            "He reckons we got about 9 days' warning and avoided something like 36 hours of belt downtime. Wants to use it in a case study.",
            "inbound"),
        act("a-ib-006", "meeting", "2026-05-19T00:00:00Z", D, ["c-ib-jono", "c-ib-dave"],
            "Site visit - Mount Wirra and Cowan Creek",
            "Two days on site. Walked CV-07 and the Big Bertha crusher with Jono, then drove down to Cowan Creek with Hoppo. "
            "Cowan has six loadout conveyors and the reclaimer with no coverage at all, about 220 sensor points. Hoppo is keen and wants it in before the wet season work program."),
        act("a-ib-007", "email", "2026-06-30T02:05:00Z", D, [],
            "Remittance advice - INV-IB-2026-118",
            "Remittance from Ironbark accounts payable: INV-IB-2026-118 (Q1 FY27 quarterly instalment) paid in full, $205,000 ex GST, "
            "EFT reference IBR-EFT-775201, value date 29 June 2026.",
            "inbound"),
        act("a-ib-008", "note", "2026-07-22T05:30:00Z", D, ["c-ib-marcus"],
            "New COO at Ironbark",
            "Ironbark has announced Marcus Beale as COO, starting this week, ex Rio Tinto iron ore. Rhys now reports to him. "
            "Word from Jono is that Marcus has kicked off a vendor consolidation review across all maintenance technology."),
        act("a-ib-009", "meeting", "2026-08-14T02:00:00Z", D, ["c-ib-marcus", "c-ib-rhys"],
            "Intro with Marcus Beale",
            "30-minute intro in Marcus's office with Rhys sitting in. Marcus wants hard-dollar ROI, not downtime-avoided estimates, and asked whether Insight can raise work orders in their SAP PM. "
            "He wants a one-page value summary by mid-November. Fiona Lau to book the follow-up."),
        act("a-ib-010", "email", "2026-09-03T03:20:00Z", D, ["c-ib-kylie"],
            "Cowan Creek expansion - SOW v2",
            "Kylie, attached is SOW v2 for the Cowan Creek loadout expansion: 220 KX3 sensors, 6 Edge gateways and commissioning by our field team. "
            "Annual subscription $96,000, co-termed to the MSA. Happy to walk you through it whenever suits.",
            "outbound"),
        act("a-ib-011", "call", "2026-09-25T04:00:00Z", D, ["c-ib-kylie"],
            "Cowan Creek pricing call",
            "Kylie is pushing for 20% off the expansion and says she has a Pulsewave quote that is 'materially cheaper', but wouldn't share it. Told her I'd take it back internally. "
            "She also asked for the MSA uplift clause wording ahead of the renewal."),
        act("a-ib-012", "email", "2026-10-28T01:45:00Z", D, ["c-ib-kylie", "c-ib-dave"],
            "SOW v3 - Cowan Creek (final)",
            "Kylie, SOW v3 attached, reference SOW-IBR-CC-003. Subscription held at $96,000 per year, commissioning in two stages around the rail shutdowns. "
            "Please raise a PO against SOW-IBR-CC-003 so we can lock in the field crew for early December.",
            "outbound"),
        act("a-ib-013", "email", "2026-10-16T06:10:00Z", D, ["c-ib-ellie"],
            "Data export request",
            "Darren, could your team provide a full export of all historic alerts, raw trend data and the asset hierarchy for Mount Wirra and Cowan Creek, in CSV? "
            "It's for the asset strategy work Marcus has started. End of November is fine.",
            "inbound"),
        act("a-ib-014", "chat", "2026-11-05T09:40:00Z", D, ["c-ib-jono"],
            "Pulsewave on site",
            "Jono: Pulsewave did a demo at Cowan Creek on Tuesday, Kylie set it up and Hoppo sat in. Jono says their app looks slick but they had nothing like our analyst service. He'll keep me posted.",
            "inbound"),
        act("a-ib-015", "note", "2026-11-12T07:00:00Z", D, ["c-ib-marcus"],
            "Value summary sent to Marcus",
            "One-page value summary sent to Marcus via Fiona: $3.4M of avoided downtime over 2024-2026, using Ironbark's own cost-per-hour figure of $95,000 for CV-07. "
            "Marcus replied that it will go into the Asset Strategy Review being run in February 2027."),
    ],
}

IRONBARK_INTERVIEW = {
    "decision_maker": (
        "Officially it's Rhys Tallon, GM Asset Management, and for the last two and a half years he's signed everything. That changed when Marcus Beale came in as COO in July. "
        "Ironbark rewrote their delegation of authority in September and anything over $500,000 a year now needs the COO's signature alongside the GM's. "
        "The renewal will be around $860k, so Marcus co-signs, full stop. Rhys still decides whether he wants us, and Marcus will mostly follow him unless the numbers look soft. "
        "What Rhys personally cares about is tonnes lost to unplanned downtime. That's the KPI his bonus is tied to, and CV-07, the 14 km overland conveyor, is the asset that makes or breaks it. "
        "Show him CV-07 trends, not slides. He's also a massive cricket tragic, which sounds like nothing but buys you ten minutes of goodwill at the start of every call. "
        "Marcus is different: he wants hard dollars, he distrusts 'downtime avoided' estimates, and he's reviewing every maintenance vendor. "
        "Kylie Brandon in procurement will run the process and act like she decides. She doesn't, but she can slow it down by months if you annoy her."
    ),
    "champion": (
        "Jono Petrakis, the reliability superintendent at the Wirra, no question. He brought us in back in 2023 when he was still a senior engineer and he's put his name on us ever since. "
        "I've made him three promises and you need to keep all of them. One, our analytics team is building him a custom belt health dashboard for CV-07 that puts idler, pulley and drive data on one screen. "
        "It's promised for the end of January 2027 and Priya has the ticket. Two, I told him he'd get a speaking slot at our Reliability Summit in Brisbane in May 2027. "
        "Marketing have pencilled him in but nothing's confirmed in writing, so chase that. Three, a joint case study on the tail pulley catch from March: nine days of warning, roughly 36 hours of downtime avoided. "
        "What he needs internally is that case study. He's going for the Principal Reliability Engineer role that opens mid next year and wants something with his name on it that Marcus will actually read. "
        "If the case study stalls in our legal team, he'll take it personally."
    ),
    "hidden_commitments": (
        "A few things that aren't written down anywhere. The big one is the spares. After the firmware mess in February I told Rhys we'd keep 60 KX3 sensors on consignment in the Wirra stores "
        "so they never have to wait on the 10-day replacement SLA. They're not invoiced and they're not in the MSA. Hoppo calls it the Pilbara freebie. "
        "Second, for the Cowan Creek expansion I told Kylie on the phone we'd waive the $14,000 install and commissioning fee if the PO lands before Christmas. It's not in SOW v3, it's just my word. "
        "Third, analyst hours. The contract says 40 a month; in practice the remote analysts have been giving them about 55 and nobody's billed the overage, because Jono's team feeds us good data and I didn't want to nickel-and-dime them. "
        "If you suddenly start charging for it, it'll look like a price rise. And fourth, I promised Ellie Nguyen that nothing touches the gateways without 14 days' written notice and her sign-off. "
        "Support have it flagged on the tenant, but it's a handshake deal, not a contract clause."
    ),
    "history_sensitivities": (
        "The firmware incident in February is the one that still hurts. Our 4.2 gateway firmware auto-deployed to all 38 Edge gateways overnight, flooded their OT switches with multicast traffic, "
        "and Ellie had to log INC-20417 on their side. We rolled everything back to 4.1 the next afternoon, but we lost about 19 hours of data on Big Bertha, the primary crusher, and bits of CV-07. "
        "Ellie copped it from her own boss for letting a vendor push a change into OT, even though she never approved it. We gave an $18,500 credit and turned auto-deploy off for good. "
        "My advice: never say 'over-the-air update' in front of Ellie, and never joke about it. The other old sore is from the original 2024 install, before my time. "
        "The installer used the wrong epoxy on the crusher mounts and about forty sensors dropped off in the January heat. It was sorted within a month, and Hoppo still calls it glue-gate and thinks it's hilarious. "
        "Rhys does not think it's hilarious. Let Hoppo bring it up, never you."
    ),
    "pricing_story": (
        "They sit at about $410 per sensor per year against a list of around $480, and that's mostly the 15% multi-year discount. We gave that in 2024 because they were halfway through a Pulsewave trial "
        "and a three-year commitment was the only way to kill it. Kylie fought for the uplift cap and got CPI capped at 4%, which has cost us a bit this year with inflation where it is. "
        "The quarterly billing looks odd for a client that size, but there's a reason. Rhys set it up as an opex subscription so it never had to go to the capex committee, and quarterly matched how his cost centre reports. "
        "Don't offer annual in advance thinking you're doing them a favour, you'll push it back into capex land. "
        "The Cowan Creek expansion at $96,000 is co-termed to the MSA, so it lands in the renewal. That's why the renewal opp already includes Cowan, and I pitched it at $860,000 rather than the straight $916k sum "
        "because I assumed Kylie would want a fatter multi-year discount on a five-year option. If Marcus forces a tender, expect Kylie to reopen all of this."
    ),
    "unexpected_use": (
        "Two things we never designed for. First, Jono worked out that the KX3 sensors on the Big Bertha feed chute pick up a really distinctive vibration pattern when the chute starts to block with wet ore. "
        "He built an alert on it, and now the control room uses Insight as a chute blockage detector, which has saved them a fair few hours in the wet season. "
        "Product loved it, but it isn't a supported use, so if it ever misses one we've got no contractual cover. "
        "Second, Hoppo at Cowan uses the alert feed as his shift handover log. He exports the overnight alerts every morning at six and runs the prestart meeting off it. "
        "And there's a third, slightly naughty one. They've got about a dozen sensors on the water pumps and the cool room compressors at the FIFO camp, which isn't in the licensed scope at all. "
        "I've turned a blind eye because it's a tiny number and the camp manager loves us. Don't raise it in the renewal unless procurement start counting sensors."
    ),
    "channels_surprises": (
        "Rhys: phone first, always, then a short email to confirm. Tuesday or Wednesday mornings are best; he does the exec meeting on Mondays and is in Karratha half of Thursdays. "
        "Jono: WhatsApp. He's FIFO on an 8 and 6 roster, and if you ring him on his off week he'll answer, but he'll resent it. Check his roster, I've left it in the account folder. "
        "Kylie: email only, and everything in writing. The one rule with Kylie is that she hears anything commercial first. If Rhys mentions a price to her that she hasn't seen from us, she goes nuclear, "
        "and she did exactly that in September 2025 over a quote I'd sent to Rhys direct. Marcus: through his EA, Fiona Lau, never cold. "
        "Ellie: email, and she must never be surprised by anything that touches the OT network. New gateways, firmware, even a laptop plugged in on site, she wants notice. "
        "Hoppo is easy, just ring his mobile and he'll talk for an hour."
    ),
    "org_changes": (
        "Marcus Beale is the big one. Started as COO in July, ex Rio Tinto, and he's running a vendor consolidation review across every bit of maintenance technology they buy. He wants fewer, bigger vendors. "
        "That review rolls into what they're calling the Asset Strategy Review in February 2027, right before our renewal date. "
        "Second, they're merging the maintenance planning teams at Mount Wirra and Cowan Creek under one Maintenance Manager from January. The role hasn't been filled yet. "
        "Hoppo applied, but Jono reckons it'll go to an external hire, which could mean someone who's never heard of us. "
        "Third, FY27 maintenance opex has been cut by 8% across the business because the iron ore price dipped mid-year. Rhys told me our line is 'protected for now', and I'd underline the 'for now'. "
        "Last thing, Jono's going for the Principal Reliability Engineer role. If he gets it he becomes even more useful to us, but he'll probably move to Perth and be less hands-on at the Wirra."
    ),
    "warning_signs": (
        "The pattern at Ironbark is data exports. Before the 2024 renewal, Kylie went quiet for about six weeks and then asked for a full CSV export of alerts and asset data. "
        "Three weeks later we found out they'd started a Pulsewave trial at Cowan Creek. Ellie asked for exactly the same kind of full export this October, 'for the asset strategy work', "
        "and a few weeks later Pulsewave turned up at Cowan for a demo that Kylie organised. So treat an export request as the canary. "
        "The other sign is Rhys cancelling the QBR. He's only done that once, in mid-2025, and it was because he'd been told to cut vendor spend and didn't want to face us. "
        "It ended with them dropping 80 sensors from the plant area. Normal noise you can ignore: Jono going silent for a week, because he's on his off swing, and Kylie's slow POs. "
        "Her POs always take three to four weeks, no matter what."
    ),
    "renewal_risk": (
        "If it slips, the stated reason will be the vendor consolidation review and budget. Marcus will say he wants to run a proper tender across all condition monitoring as part of the Asset Strategy Review "
        "and the FY27 opex cut, and it'll be delivered politely by Kylie. The real reason, if it happens, will be Marcus himself. He ran a Pulsewave rollout at his previous site at Rio, he knows their people, "
        "and new executives like to bring their own vendors in. Kylie's happy to help because she never liked how the 2024 deal got done over her head. "
        "The second real reason is Ellie. She has an effective veto on anything connected to OT, and if she tells Marcus we're a cyber risk because of the February firmware incident, that's hard to argue against. "
        "Rhys and Jono want us. The way to save it is to get the belt dashboard and the case study out before February and get Ellie to say in writing that she's comfortable."
    ),
}

# ---------------------------------------------------------------------------
# 2. Southern Cross Grain Co-operative - WA grain handler, mid-market
# ---------------------------------------------------------------------------
SOUTHERN_CROSS = {
    "id": "acc-southern-cross",
    "name": "Southern Cross Grain Co-operative",
    "owner_id": D,
    "arr": 214000,
    "segment": "mid_market",
    "industry": "Agriculture - Bulk Grain Handling",
    "territory": "WA - Wheatbelt",
    "renewal_date": "2027-06-30",
    "contract_notes": (
        "2-year subscription, 1 July 2025 to 30 June 2027. 380 KX3 sensors on bucket elevators, conveyors, aeration fans and the shiploader at the Esperance port terminal, "
        "plus 6 receival sites (Merredin, Southern Cross, Bodallin, Moorine Rock, Westonia, Kondinin). Insight Professional tier with analyst review of critical alerts. "
        "Priced per site. Billing split by season: 70% invoiced in October, 30% in March. "
        "Customer harvest change freeze 1 Nov - 31 Jan: no installs or firmware changes on site. "
        "Contracts over $250,000 p.a. require co-op board approval."
    ),
    "contacts": [
        {"id": "c-sc-trev", "name": "Trevor (Trev) Boland", "title": "General Manager - Operations",
         "email": "trev.boland@scgrain.test", "phone": "+61 427 190 366",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 4,
         "notes": "Usually in the ute between sites from 6am. Calls back same day."},
        {"id": "c-sc-ken", "name": "Ken Sutherland", "title": "Chief Financial Officer",
         "email": "ken.sutherland@scgrain.test", "phone": "+61 8 9041 2200",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Presents to the board finance committee. Wants a quarterly usage summary."},
        {"id": "c-sc-mel", "name": "Melissa (Mel) Zhang", "title": "Engineering Manager - Esperance Terminal",
         "email": "mel.zhang@scgrain.test", "phone": "+61 8 9071 5580",
         "role": "champion", "preferred_channel": "teams", "relationship_strength": 5,
         "notes": "Runs shiploader and terminal maintenance. Two graduate engineers started in October 2026."},
        {"id": "c-sc-bec", "name": "Rebecca (Bec) O'Toole", "title": "Site Supervisor - Merredin",
         "email": "bec.otoole@scgrain.test", "phone": "+61 408 552 117",
         "role": "user", "preferred_channel": "sms", "relationship_strength": 4},
        {"id": "c-sc-andrew", "name": "Andrew Pike", "title": "Safety & Compliance Manager",
         "email": "andrew.pike@scgrain.test", "phone": "+61 8 9041 2260",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Signs off hazardous area (combustible dust) compliance for all new equipment on site."},
    ],
    "opportunities": [
        {"id": "o-sc-renewal", "name": "Renewal FY28 (July 2027)", "stage": "qualification",
         "amount": 236000, "close_date": "2027-06-30",
         "next_step": "No proposal until harvest wraps. Pre-brief Trev in February; keep the total under the $250k board threshold."},
        {"id": "o-sc-phase2", "name": "Receival sites phase 2 (Kulin, Lake Grace, Hyden, Newdegate)", "stage": "proposal",
         "amount": 58000, "close_date": "2027-03-15",
         "next_step": "Board deferred in October. Re-present to Trev after harvest, aiming for the February ops meeting."},
    ],
    "activities": [
        act("a-sc-001", "call", "2026-01-14T22:30:00Z", D, ["c-sc-trev"],
            "Harvest wrap-up with Trev",
            "Trev rang from the road. The co-op received a record 3.1 million tonnes for the 2025 harvest. "
            "Insight caught a head pulley bearing on Merredin elevator E2 in week three and it was changed during a rain delay. "
            "His only gripe: too many low-priority emails going to the site supervisors."),
        act("a-sc-002", "email", "2026-02-05T01:15:00Z", D, ["c-sc-andrew"],
            "Hazardous area certification - KX3",
            "Darren, ahead of the audit in March I need the IECEx certificates for the KX3 and the Edge gateway for combustible dust zones. "
            "Please confirm which zone the sensors are certified for.",
            "inbound"),
        act("a-sc-003", "email", "2026-02-06T02:40:00Z", D, ["c-sc-andrew"],
            "RE: Hazardous area certification - KX3",
            "Andrew, attached is certificate IECEx KCM 21.0034X. The KX3 is certified for Zone 22. It is not rated for Zone 21, so it can't go inside the elevator legs or the bins. "
            "The Edge gateways must stay outside classified areas.",
            "outbound"),
        act("a-sc-004", "email", "2026-03-09T00:30:00Z", "u-priya", ["c-sc-ken"],
            "Invoice INV-SC-0326 (March instalment)",
            "Ken, please find attached INV-SC-0326 for $64,200, the 30% March instalment for the 2025-26 contract year, due 8 April.",
            "outbound"),
        act("a-sc-005", "meeting", "2026-03-18T01:00:00Z", D, ["c-sc-mel"],
            "Esperance terminal visit",
            "Walked the shiploader, both jetty conveyors and the six terminal elevators with Mel. "
            "She wants the shiploader slew drive added to the analyst's critical list before the next shipping peak."),
        act("a-sc-006", "note", "2026-04-22T03:00:00Z", D, ["c-sc-mel"],
            "Esperance shiploader stoppage - SUP-8812",
            "At 02:10 on 21 April a critical alert on the shiploader slew drive triggered an automatic stop request and loading of the vessel stopped for about 2 hours while the crew inspected. "
            "Nothing was wrong with the drive. Support ticket SUP-8812 opened. Mel says the terminal manager is furious."),
        act("a-sc-007", "email", "2026-04-29T05:20:00Z", D, ["c-sc-mel"],
            "SUP-8812 root cause",
            "Darren, thanks for the report. So we're clear for my own write-up: the threshold on the slew drive was set at 4 mm/s when our baseline for that drive is around 6, and it was set by your analyst, not my team. "
            "I need confirmation it's been re-baselined and that no critical alert can trigger a stop request without a human check.",
            "inbound"),
        act("a-sc-008", "email", "2026-04-30T02:00:00Z", D, ["c-sc-mel"],
            "RE: SUP-8812 root cause",
            "Mel, confirmed. All 46 shiploader and jetty conveyor points have been re-baselined over a 30-day window and the stop-request integration is now disabled. "
            "Critical alerts go to the control room for a human decision only. Apologies again.",
            "outbound"),
        act("a-sc-009", "chat", "2026-06-09T04:25:00Z", D, ["c-sc-bec"],
            "Merredin comms dropouts",
            "Bec by text: three sensors on the Merredin intake pit conveyor dropped off comms. Turns out the galahs have been chewing the antenna caps. "
            "She's put bird spikes up. Posted her 3 replacement antenna caps.",
            "inbound"),
        act("a-sc-010", "meeting", "2026-07-16T02:00:00Z", D, ["c-sc-ken", "c-sc-trev"],
            "FY27 budget session",
            "Video call with Ken and Trev. The BoM outlook for the wheatbelt is drier than average, so the co-op is planning on a smaller 2026 harvest and has frozen all new capex for FY27. "
            "Opex subscriptions aren't frozen, but Ken wants every line justified per site."),
        act("a-sc-011", "email", "2026-08-20T03:10:00Z", D, ["c-sc-trev"],
            "Proposal - receival sites phase 2",
            "Trev, proposal attached for four more receival sites: Kulin, Lake Grace, Hyden and Newdegate. 96 KX3 sensors, $58,000 per year co-termed with the existing agreement, "
            "installed in February after the harvest freeze.",
            "outbound"),
        act("a-sc-012", "email", "2026-10-07T00:45:00Z", "u-priya", ["c-sc-ken"],
            "Invoice INV-SC-1026 (October instalment)",
            "Ken, attached is INV-SC-1026 for $149,800, the 70% October instalment for the 2026-27 contract year, due 6 November.",
            "outbound"),
        act("a-sc-013", "note", "2026-10-23T08:00:00Z", D, ["c-sc-trev"],
            "Board decision on phase 2",
            "Trev told me the board met on 21 October and deferred phase 2 until after harvest. He didn't say why and I didn't push."),
        act("a-sc-014", "chat", "2026-11-03T01:30:00Z", D, ["c-sc-mel"],
            "Harvest kick-off",
            "Mel on Teams: first trucks into Esperance this week. She asked whether an analyst can be on call on Saturdays and Sundays through to the end of January, like last year. Told her yes.",
            "inbound"),
        act("a-sc-015", "note", "2026-11-04T02:00:00Z", "u-priya", ["c-sc-ken"],
            "Payment received - INV-SC-1026",
            "EFT received 30 October 2026 for INV-SC-1026, $149,800, remittance reference SCG-REM-40918."),
    ],
}

SOUTHERN_CROSS_INTERVIEW = {
    "decision_maker": (
        "Trev Boland, the GM of Operations, makes the call on us. Ken Sutherland is the CFO and holds the pen on payment, and anything over $250,000 a year has to go to the co-op board, "
        "which is a room full of grower directors. So the whole game is keeping the renewal under $250k so it stays Trev's decision. "
        "That's why the renewal is sitting at $236,000 and why I haven't tried to bundle phase 2 into it. Put the four new sites in and you're at nearly $294k and straight in front of the board. "
        "What Trev cares about personally is trucks on the highway. If receival slows down at harvest, growers queue their road trains along the Great Eastern Highway, the shire rings him, "
        "the growers ring their directors and the directors ring Trev. Every breakdown story you tell him should end with 'and no trucks queued'. "
        "He's not a numbers man, he's a former shift boss from Kwinana. Ken is a numbers man and he's cautious, but he'll follow Trev if Trev's clear."
    ),
    "champion": (
        "Mel Zhang, the engineering manager at the Esperance terminal. She's the one who actually uses Insight day to day, and she went in to bat for us after the April stoppage when she had every reason not to. "
        "Promises I've made her: an analyst on call on weekends right through harvest, November to the end of January, which we don't charge for. "
        "And a training day for her two new graduate engineers in February, once the freeze lifts, on reading spectra in Insight. I said I'd run it myself, so you've inherited that. "
        "What she needs to look good is a number for the board's operations committee. She's presenting in March and wants to show the shiploader gearbox catch from the 2025 season, "
        "which we estimated saved about $410,000 in repairs and demurrage. Get her a clean one-pager with our analyst's sign-off on that estimate. "
        "Mel also wants a bigger job, terminal manager one day, so anything that makes her visible with Trev and the board helps us both."
    ),
    "hidden_commitments": (
        "Three handshake deals. First, the weekend analyst cover during harvest for Mel. It's not in the contract and it's costing us maybe two analyst days a weekend, but it's the reason Esperance never had a repeat of April. "
        "Second, on the phone in September I told Trev the renewal wouldn't go up more than 10% on this year. That's where the $236,000 comes from. He'll remember the 10%, so don't show up with a new price book number. "
        "Third, and this one worries me, I told Andrew Pike we'd have a Zone 21 certified sensor by mid-2027 so they could finally put sensors inside the elevator legs. "
        "That's what product told me at the time, but the KX3-X roadmap has slipped and nobody will commit to a date now. Andrew hasn't forgotten. "
        "You need to get ahead of that before he asks, because he's the sort who'll put it in writing to Ken. "
        "Oh, and I posted Bec some antenna caps for free in June, that's not a commitment, just a nice thing."
    ),
    "history_sensitivities": (
        "The big one is the Esperance shiploader in April. At two in the morning a critical alert on the slew drive sent an automatic stop request and they stopped loading a vessel for about two hours. "
        "There was nothing wrong with the drive. Our analyst had set the threshold at 4 mm/s against a baseline of about 6, which was just a mistake. Ticket was SUP-8812. "
        "Mel got roasted by the terminal manager, Gary Voss, who isn't in the CRM because he won't talk to vendors. The ship was on a tight window and the shipping agent started talking demurrage. "
        "We re-baselined 46 points and switched the stop-request integration off completely. Gary still tells people we stopped his ship. "
        "Don't joke about it, and don't ever offer to turn the auto-stop back on as a feature. "
        "The earlier one was 2025, when our sensors for two receival sites arrived on 3 November, after the harvest freeze had started, so they sat in a shed until February. "
        "Trev brought that up at every meeting for six months."
    ),
    "pricing_story": (
        "It's priced per site, not per sensor, which is unusual for us. We did it that way because the sensor count at receival sites swings around a lot and Trev wanted a number he could explain to growers. "
        "Then there's the 70/30 billing split. The co-op's cash comes in after harvest, when growers deliver and the storage and handling fees land, so 70% gets invoiced in October and 30% in March. "
        "If you invoice it all in July, Ken simply won't pay it until October anyway. "
        "The base also has a 12% discount because they're a grower-owned co-operative and we wanted a reference customer in grain handling. Gemma approved that back in 2025 as a one-off. "
        "And as I said, every number is deliberately held under the $250,000 board threshold. "
        "In 2025 we also took 40 sensors off two small sites, Westonia and Moorine Rock, to get the price down, so coverage there is thinner than it looks on the map."
    ),
    "unexpected_use": (
        "Bec at Merredin worked out that the intake pit conveyor has a really clear vibration signature every time a truck tips, so she uses the Insight trend as a truck counter. "
        "At harvest she watches it on her phone to see how fast receival is moving and when to call in a second sampling crew. It's honestly more accurate than their weighbridge queue display. "
        "The other odd one is at Esperance. Mel's team uses the temperature channel on the aeration fan sensors as a rough early warning for hot spots in storage, because a fan pushing hot damp air runs differently. "
        "We never designed KX3 for grain condition monitoring and I've told them it's no substitute for proper temperature cables, but they like it. "
        "And one of the grads used the vibration data to prove a contractor hadn't actually done the belt realignment they'd invoiced for. That saved them about $12,000 and made Mel very happy."
    ),
    "channels_surprises": (
        "Trev: phone, early. He's in the ute from 6am driving between sites and that's when he'll actually talk. After nine he's in meetings or on site and hard to get. "
        "Don't email him anything you need an answer on, he doesn't read them. Ken: formal email, with numbers, and he wants a quarterly usage summary. "
        "Never surprise Ken with anything on an invoice; if an amount differs from what he's forecast, give him a heads-up a week before it goes out. "
        "Mel: Teams chat, she's on it all day. Bec: text messages, but she's often out of range, so don't expect a quick reply. "
        "Andrew Pike is the one who must never be surprised. Any new hardware, any new sensor model, any change to where things are mounted, he wants to see it first and sign it off for hazardous area. "
        "If something turns up at a site he hasn't approved, he'll have it pulled off and it'll take a month to get it back on."
    ),
    "org_changes": (
        "Three things. First, Ken Sutherland is retiring. He's told Trev he'll go around the middle of 2027, probably right around our renewal. "
        "He's quietly trimming opex before he goes so he can leave a tidy set of books, and his replacement will be new to us. "
        "Second, the co-op is in early merger talks with Eyre Bulk Handling in South Australia. It's confidential, Trev told me over a beer in Merredin, so don't repeat it to anyone there. "
        "If it goes ahead, the combined business would almost certainly run a tender for condition monitoring. "
        "Third, the board elections in March 2027. Two of the grower directors retiring are the ones who backed the tech program, and the candidates running are more the 'why are we spending on gadgets' type. "
        "The dry season forecast doesn't help either: a smaller harvest means less handling revenue, which means less money in the co-op, and all of it lands right before the renewal."
    ),
    "warning_signs": (
        "Before the 2025 renewal, Ken started asking for usage reports broken down per site. I thought it was good governance. "
        "It turned out he was building a case to drop the low-volume sites, and we ended up taking 40 sensors out of Westonia and Moorine Rock to keep the deal. "
        "So if Ken asks for per-site usage again, that's him looking for cuts, not a sign he's happy. In July he said he wants every line justified per site, which sounded awfully similar, so keep an eye on it. "
        "Another one: when Andrew starts asking about certification over and over, it usually means someone has complained about us on safety grounds. "
        "Early this year he asked three times in a month, and it turned out a site supervisor had grumbled about a sensor on a dust-classified elevator. "
        "What's NOT a warning sign is Trev going dark in November and December. He's flat out with harvest and won't return calls to anyone. Same with Bec. Keep Mel warm and pick it up again in February."
    ),
    "renewal_risk": (
        "The stated reason will be money: a drier season, lower handling revenue, the capex freeze, and Ken wanting to trim opex. They may also say they need to wait for the merger talks to settle. "
        "The real reason, if it goes wrong, is Esperance. Gary Voss, the terminal manager, has never forgiven us for stopping his ship in April, and he's got the ear of a couple of directors. "
        "If the renewal gets anywhere near the board, Gary will make sure the shiploader story gets told his way. That's one more reason to keep the number under $250k. "
        "The second real reason would be Ken wanting to leave on a cost-cutting high, and we're an easy line to cut when nobody on the finance side sees the value. "
        "If the Zone 21 promise to Andrew falls over publicly, that gives everyone a tidy excuse as well. Trev and Mel are solid; it's the people around them you need to manage."
    ),
}

# ---------------------------------------------------------------------------
# 3. Ruahine Pastoral Group - NZ dairy and irrigation, small
# ---------------------------------------------------------------------------
RUAHINE = {
    "id": "acc-ruahine",
    "name": "Ruahine Pastoral Group",
    "owner_id": D,
    "arr": 38400,
    "segment": "smb",
    "industry": "Agriculture - Dairy & Irrigation",
    "territory": "New Zealand",
    "renewal_date": "2027-09-15",
    "contract_notes": (
        "Annual subscription, auto-renews each 15 September unless cancelled in writing at least 30 days before. "
        "96 KX3 sensors: 22 centre-pivot irrigators on the Ashburton block, plus vacuum pumps and rotary platform drives in 11 milking sheds across the Kiwitea, Rangitikei and Top Block farms. "
        "Insight Essentials tier (no analyst service). Invoiced annually in advance in AUD; customer bears FX. 5% loyalty discount (2022 pilot customer)."
    ),
    "contacts": [
        {"id": "c-rp-hemi", "name": "Hemi Walker", "title": "Managing Director",
         "email": "hemi@ruahinepastoral.test", "phone": "+64 27 481 3390",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 3,
         "notes": "Family-owned business. Don't call before 10am, he's in the shed for morning milking."},
        {"id": "c-rp-sarah", "name": "Sarah Lindqvist", "title": "Farm Systems Manager",
         "email": "sarah.lindqvist@ruahinepastoral.test", "phone": "+64 21 665 208",
         "role": "champion", "preferred_channel": "email", "relationship_strength": 5,
         "notes": "Runs Insight herself. Parental leave from 14 February 2027."},
        {"id": "c-rp-tama", "name": "Tama Ruawai", "title": "Irrigation Manager - Ashburton",
         "email": "tama.ruawai@ruahinepastoral.test", "phone": "+64 27 903 1147",
         "role": "user", "preferred_channel": "sms", "relationship_strength": 3},
        {"id": "c-rp-grant", "name": "Grant Feeney", "title": "External Accountant, Feeney & Co Chartered Accountants",
         "email": "grant@feeneyco.test", "phone": "+64 6 356 7720",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Cc on all invoices."},
        {"id": "c-rp-nikau", "name": "Nikau Walker", "title": "Operations Manager (from January 2027)",
         "email": "nikau.walker@ruahinepastoral.test", "phone": "+64 22 310 4456",
         "role": "influencer", "preferred_channel": "chat", "relationship_strength": 1,
         "notes": "Hemi's son. Joining the business after finishing at Lincoln University."},
    ],
    "opportunities": [
        {"id": "o-rp-renewal", "name": "Renewal Sept 2027", "stage": "qualification",
         "amount": 40300, "close_date": "2027-09-15",
         "next_step": "Meet Nikau in the new year. Ring Hemi about any price change before anything goes in writing."},
        {"id": "o-rp-pivots", "name": "Ashburton 8 new pivots add-on", "stage": "proposal",
         "amount": 9800, "close_date": "2026-12-20",
         "next_step": "Tama to confirm pivot commissioning dates; quote Q-RP-2210 sent 27 Oct."},
    ],
    "activities": [
        act("a-rp-001", "call", "2026-01-28T21:30:00Z", D, ["c-rp-sarah"],
            "Pivot alerts - Ashburton",
            "Sarah rang about a run of low-priority alerts on the Ashburton pivots after the nor'wester. "
            "Walked her through filtering out wind-induced vibration on the spans. She's happy with it."),
        act("a-rp-002", "email", "2026-02-16T19:05:00Z", D, ["c-rp-tama"],
            "Pivot 14 gearbox failure",
            "Darren, the end-tower gearbox on pivot 14 has let go mid-irrigation and there was no alert in Insight. The sensor shows no data since 2 February. "
            "Logged as SUP-7733. We need answers, this is peak season.",
            "inbound"),
        act("a-rp-003", "note", "2026-02-19T03:00:00Z", D, ["c-rp-tama", "c-rp-hemi"],
            "SUP-7733 findings",
            "Sensor on the pivot 14 end tower had a flat battery from 2 February. Insight showed a grey stale icon but raised no alert, and on Essentials tier there's no analyst checking for gaps. "
            "Customer's repair bill was NZ$23,000. A battery health report has now been added to their weekly email."),
        act("a-rp-004", "note", "2026-03-04T02:00:00Z", D, ["c-rp-tama"],
            "Battery swap-out",
            "Replacement batteries shipped for 31 sensors under 20% charge, no charge to the customer, approved by Gemma. Tama's team fitted them over two days."),
        act("a-rp-005", "meeting", "2026-05-12T22:00:00Z", D, ["c-rp-hemi", "c-rp-sarah"],
            "Teams catch-up with Hemi and Sarah",
            "Hemi asked straight out what he's getting for the money after the pivot 14 failure. Sarah showed him the milking shed vacuum pump catch from last spring. "
            "Hemi asked us to send fewer emails and 'just ring if something's actually wrong'."),
        act("a-rp-006", "email", "2026-06-18T23:10:00Z", D, ["c-rp-grant"],
            "Invoicing currency",
            "Darren, on behalf of Ruahine Pastoral: can you invoice in NZ dollars from the next renewal? The FX swing added about NZ$2,900 to last year's cost. "
            "Please cc me on all invoices going forward.",
            "inbound"),
        act("a-rp-007", "email", "2026-08-25T21:00:00Z", "u-priya", ["c-rp-hemi", "c-rp-grant"],
            "Invoice INV-RP-2026-09 (annual renewal)",
            "Hi Hemi, hi Grant, attached is INV-RP-2026-09 for $38,400 AUD covering 15 September 2026 to 14 September 2027, due 15 September. "
            "NZD invoicing is still being looked at by our finance team, so this one is in AUD as per the contract.",
            "outbound"),
        act("a-rp-008", "note", "2026-10-07T01:00:00Z", "u-priya", ["c-rp-grant"],
            "Late payment received - INV-RP-2026-09",
            "Payment for INV-RP-2026-09 received 6 October 2026, 21 days after the due date. Full amount, $38,400. No explanation on the remittance."),
        act("a-rp-009", "chat", "2026-10-14T00:20:00Z", D, ["c-rp-sarah"],
            "Effluent pond pump",
            "Sarah on Teams: she's moved two spare sensors onto the effluent pond stirrer and pump at Kiwitea and asked if that's OK under the licence. Told her fine for now.",
            "inbound"),
        act("a-rp-010", "email", "2026-10-27T20:30:00Z", D, ["c-rp-tama"],
            "Quote Q-RP-2210 - 8 new pivots",
            "Tama, quote Q-RP-2210 attached: 16 KX3 sensors for the 8 new pivots going in on the Ashburton block, $9,800 per year co-termed to September. "
            "Your team can do the install, we'll send a mounting kit and a how-to video.",
            "outbound"),
        act("a-rp-011", "call", "2026-11-09T21:00:00Z", D, ["c-rp-tama", "c-rp-sarah"],
            "Pivot install timing",
            "Tama says the new pivots are being commissioned by the supplier in the first week of December. "
            "Sarah mentioned she starts parental leave on 14 February and Tama will be the Insight contact while she's away."),
    ],
}

RUAHINE_INTERVIEW = {
    "decision_maker": (
        "Hemi Walker, full stop. It's a family business, he's the managing director and the owner, so the renewal is his call and nobody else's. "
        "Grant Feeney, their accountant, gets a say on anything over NZ$20,000 in a year, and we're over that, so Grant will look at the invoice and might grumble, but he won't overrule Hemi. "
        "What Hemi cares about is his cows and his water consents. Environment Canterbury and Horizons are both leaning on irrigators about water take, "
        "and Hemi is terrified of a pivot stuck on one spot overnight dumping water and blowing his consent. That's actually the best pitch for us: the sensors tell Tama when a pivot stops moving. "
        "He does not like being sold to. Every time I've gone in with a deck he's switched off. Talk to him like a farmer, keep it short, and tell him what broke and what didn't. "
        "Oh, and his son Nikau is coming into the business in January, which changes things. More on that in the org question."
    ),
    "champion": (
        "Sarah Lindqvist, the farm systems manager. She's the only person there who really uses Insight, and she set it all up for the 2022 pilot. "
        "I've promised her two things. One, that I'd chase NZD invoicing with our finance team. Grant asked for it formally in June and I told Sarah I'd have an answer before the next renewal, which I still haven't got. "
        "Two, I'd pass her feature request to product for an offline mode on the Insight mobile app, because half the Ashburton block has no mobile coverage. It's on the product board but there's no date. "
        "What she needs to look good with Hemi is proof that the pivots haven't had an unplanned stop in peak irrigation since the battery swap in March. "
        "I'd pull that report together for her before she goes on parental leave in February so she can hand Hemi something concrete. "
        "She's also worried her system will fall apart while she's away, so whatever you can do to help Tama cover for her will make her your friend for life."
    ),
    "hidden_commitments": (
        "After the pivot 14 failure I told Hemi on the phone that we'd cover replacement batteries for every sensor they have, free, through to the end of 2027. "
        "Gemma approved the first batch of 31 in March, but the 'through 2027' part is just me on the phone, so please confirm it with her. With their sensor count it's maybe $1,500 of batteries. "
        "The other one: I promised Hemi I'd come to Fieldays at Mystery Creek every June and have a beer with him at the stand. I went this year. "
        "He'll expect whoever has the account to turn up next June, and it matters more to him than any QBR. "
        "And I told Sarah the two sensors she moved to the effluent pond stirrer are fine under the licence. Technically they're licensed for the milking sheds, so I'd leave that one quietly alone. "
        "There's no discount promise and no price hold, which is just as well, because Hemi would hold us to it to the cent."
    ),
    "history_sensitivities": (
        "Pivot 14 at Ashburton, February this year. The end-tower gearbox failed right in the middle of peak irrigation, and Insight didn't alert because the sensor's battery had been flat since 2 February. "
        "The platform showed a grey stale icon, which nobody on a dairy farm is ever going to notice, and they're on Essentials, so no analyst was watching for gaps. "
        "The repair was NZ$23,000 and they lost four days of water on about 60 hectares of fodder beet in a hot spell. Ticket was SUP-7733. "
        "We replaced 31 low batteries for free in March and added a battery health report to their weekly email, which fixed it technically. But Hemi still brings it up. "
        "In his head we let the pivot die, and he'll raise it again at renewal as a reason for a discount. "
        "Don't argue the technicalities with him about stale icons and tiers. Acknowledge it, show him what changed and move on."
    ),
    "pricing_story": (
        "It's a small account: 96 sensors on Essentials, $38,400 a year. They were one of our first New Zealand customers, a pilot back in 2022, "
        "and they got a 5% loyalty discount for being a reference site when we were trying to break into NZ dairy. That's the only discount. "
        "They're billed in Australian dollars because when the pilot started we didn't have a New Zealand entity, and the contract just never got changed. "
        "That's now a sore point because the FX swing cost them about NZ$2,900 last year, and Grant's asked for NZD. "
        "They're on Essentials rather than Professional because Hemi didn't want to pay for analyst hours; Sarah does the analysis herself. "
        "The honest truth is that Essentials is probably why pivot 14 got missed, and at some point someone should suggest Professional. But not while Hemi's still sore, and not before Sarah's leave."
    ),
    "unexpected_use": (
        "Sarah is the creative one. She worked out that the vibration on the rotary platform drive in the milking shed has a little bump every full rotation, "
        "so she uses Insight to count rotations and work out cows milked per hour. She's got a chart of shed throughput by milker that the staff are slightly scared of. "
        "Second, since October she's had two spare sensors on the effluent pond stirrer and pump at Kiwitea. If that pump fails they risk an effluent discharge and a regional council fine, "
        "so it's actually a smart use, just not in the licence. "
        "And Tama uses the pivot sensors to find wheels stuck in the mud: when a tower stops moving but the pump's still running, the vibration pattern changes and he gets there before the pivot safety shuts it down. "
        "That one we half designed for, but the mud part is all his."
    ),
    "channels_surprises": (
        "Hemi: phone, and only after 10am, because he's in the shed for morning milking before that. Hates email and won't read a long one. "
        "After the pivot business he specifically asked me to send fewer emails and just ring if something's actually wrong. "
        "Never surprise Hemi with a price change. If the price is going up even a little, ring him before anything written goes out, otherwise he'll cancel on principle, and I mean that. "
        "Sarah: email or Teams, she's very responsive. Tama: text message; he's on the pivots all day and half the block has no reception, so texts are what get through. "
        "Grant Feeney: email, and he must be cc'd on every invoice. He asked for that in June after one went only to Hemi and sat in his ute for a month. "
        "Nikau: no idea yet, I've only met him once at Fieldays, but I'd guess chat or text, he's young."
    ),
    "org_changes": (
        "Two big ones. Sarah goes on parental leave on 14 February 2027 and plans to be away about six months, so back around August, just before the renewal in September. "
        "Tama's meant to be the Insight contact while she's gone, but he's an irrigation man and he's never touched the milking shed side. "
        "Second, Hemi's son Nikau is joining in January as operations manager after finishing his ag science degree at Lincoln. "
        "Hemi wants to step back a bit, so Nikau will increasingly be in the room. He's keen on tech, which could be good or bad for us: at Fieldays he was raving about a Kiwi startup called FarmPulse that does cheap pump monitoring. "
        "Smaller thing: Hemi mentioned they might sell the Rangitikei block if the dairy payout stays low. That's three milking sheds, about 26 of the 96 sensors, and it would knock a chunk off the renewal."
    ),
    "warning_signs": (
        "Late payment is the tell with Ruahine. In 2024 the renewal was paid about a month late, and a few weeks after that Hemi rang and asked about dropping to fewer sensors. "
        "I talked him out of it with the pilot pricing story. This year the invoice was due 15 September and was paid on 6 October, three weeks late, with no explanation. "
        "I didn't chase it because it came in, but I'd treat it as the same signal. "
        "The other sign is Sarah's logins. She's in Insight most days. When she was unhappy about alert noise in 2025 she stopped logging in for nearly a month before she told me. "
        "So if her usage drops off before her leave, don't assume it's just her winding down, ask. "
        "And if Hemi stops answering the phone entirely, rather than just being busy, that's him making a decision without you."
    ),
    "renewal_risk": (
        "The stated reason will be cost and currency. Hemi will say the dairy payout is down, Grant will point to the AUD invoicing and the NZ$2,900 FX hit, "
        "and they'll ask for NZD pricing and a discount for the pivot 14 failure. The real reason, if it goes, will be that nobody's using it. "
        "Sarah is the whole program, and she's away from February to about August. If Tama can't keep the milking shed side going, Hemi will look at it in September and see a bill for something nobody opened. "
        "Then there's Nikau and FarmPulse. A new operations manager who wants to make his mark with a cheaper Kiwi product is a real threat on an account this size. "
        "The auto-renewal helps, but they only need to cancel in writing 30 days out. So mid-August is really your deadline, not September."
    ),
}

# ---------------------------------------------------------------------------
# 4. Redgum Gold Mines - Goldfields underground gold, mid-market
# ---------------------------------------------------------------------------
REDGUM = {
    "id": "acc-redgum",
    "name": "Redgum Gold Mines",
    "owner_id": D,
    "arr": 312000,
    "segment": "mid_market",
    "industry": "Mining - Gold",
    "territory": "WA - Goldfields",
    "renewal_date": "2027-01-31",
    "contract_notes": (
        "2-year term, 1 February 2025 to 31 January 2027. 520 KX3 sensors and 14 Edge gateways at the Kurrawang underground mine and processing plant: "
        "primary ventilation fans PVF-1 and PVF-2, main shaft winder, crushing circuit, ball mill and tailings pumps. "
        "Insight Professional tier with 20 analyst hours per month; overage billed at $400 per hour. One CMMS integration included (MEX). "
        "10% two-year term discount. Invoiced annually in advance. "
        "Auto-renews for 12 months at the then-current list price unless either party gives 60 days' written notice."
    ),
    "contacts": [
        {"id": "c-rg-paul", "name": "Paul Whitlock", "title": "General Manager - Kurrawang Operations",
         "email": "paul.whitlock@redgumgold.test", "phone": "+61 8 9022 3100",
         "role": "decision_maker", "preferred_channel": "in person", "relationship_strength": 3,
         "notes": "Prefers face to face on site in Kalgoorlie. On leave until 24 November 2026."},
        {"id": "c-rg-shaz", "name": "Sharon (Shaz) Delaney", "title": "Maintenance Superintendent",
         "email": "shaz.delaney@redgumgold.test", "phone": "+61 419 822 670",
         "role": "champion", "preferred_channel": "phone", "relationship_strength": 5},
        {"id": "c-rg-vikram", "name": "Vikram Shah", "title": "Finance Controller",
         "email": "vikram.shah@redgumgold.test", "phone": "+61 8 9022 3145",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Approves invoices and any analyst-hour overage."},
        {"id": "c-rg-luke", "name": "Luke Brennan", "title": "Electrical Superintendent",
         "email": "luke.brennan@redgumgold.test", "phone": "+61 427 004 318",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 1,
         "notes": "Ran the previous route-based vibration program with a contractor."},
        {"id": "c-rg-mick", "name": "Mick Tonkin", "title": "Ventilation Officer",
         "email": "mick.tonkin@redgumgold.test", "phone": "+61 438 615 209",
         "role": "user", "preferred_channel": "chat", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-rg-renewal", "name": "Redgum renewal Feb 2027", "stage": "negotiation",
         "amount": 318000, "close_date": "2027-01-31",
         "next_step": "Get Paul's verbal before the 60-day notice date (2 Dec). Options sent 21 Oct: 1-yr $330k or 2-yr $318k p.a."},
        {"id": "o-rg-mill", "name": "Mill expansion - SAG mill and cyclone feed pumps", "stage": "discovery",
         "amount": 72000, "close_date": "2027-05-30",
         "next_step": "Find out who the new processing manager is; site walk of the expansion area."},
    ],
    "activities": [
        act("a-rg-001", "meeting", "2026-01-13T01:00:00Z", D, ["c-rg-shaz", "c-rg-luke"],
            "Year 2 kick-off at Kurrawang",
            "Year 2 kick-off in the site office with Shaz and Luke. Agreed priorities: MEX integration live by end of February, vent fan coverage reviewed, winder alarm settings reviewed. "
            "Luke was quiet, but asked for the raw data licence terms."),
        act("a-rg-002", "email", "2026-02-24T07:30:00Z", D, ["c-rg-shaz"],
            "MEX integration live",
            "Darren, MEX integration went live today. Critical alerts are now raising work requests automatically in MEX with the Insight alert ID in the description. "
            "The first one came through within an hour, on tailings pump TP-3. Good work by your team.",
            "inbound"),
        act("a-rg-003", "call", "2026-03-30T02:00:00Z", D, ["c-rg-shaz", "c-rg-mick"],
            "PVF-2 bearing alert",
            "Call with Shaz and Mick. Our analyst flagged an outer race defect on the non-drive-end bearing of primary vent fan PVF-2. "
            "Agreed to change the bearing in the planned shutdown on 7 April rather than run it to failure."),
        act("a-rg-004", "note", "2026-04-09T04:00:00Z", D, ["c-rg-shaz"],
            "PVF-2 bearing change - outcome",
            "Bearing changed on 7 April in a 10-hour planned window and showed clear spalling. "
            "Shaz estimates an unplanned failure would have stopped underground production for about 3 days while a replacement was sourced from Perth."),
        act("a-rg-005", "email", "2026-05-14T00:50:00Z", D, ["c-rg-luke"],
            "Winder alarms",
            "Darren, your system raised 212 alerts on the main winder in the first two weeks of May. My electricians are ignoring all of them now, which is exactly the problem I warned about. "
            "I want the winder alarms turned off until someone fixes this.",
            "inbound"),
        act("a-rg-006", "meeting", "2026-05-20T00:30:00Z", D, ["c-rg-luke", "c-rg-shaz"],
            "Alarm rationalisation workshop",
            "Half-day workshop on site. Went through every winder alert rule with Luke and Shaz: cut 61 rules to 18 and moved the rope drum points to analyst review only. "
            "Winder alert volume expected to drop by about 80%. Luke agreed to leave the alarms on for a 30-day trial."),
        act("a-rg-007", "email", "2026-06-26T03:15:00Z", D, ["c-rg-vikram"],
            "Query - INV-RG-0626",
            "Darren, we've received INV-RG-0626 for $7,200 for 18 hours of analyst overage in May. Nobody approved extra hours and I can't pay this without a PO. Can you explain?",
            "inbound"),
        act("a-rg-008", "call", "2026-07-03T02:30:00Z", D, ["c-rg-vikram"],
            "Overage invoice resolution",
            "Agreed with Vikram to credit half of INV-RG-0626 ($3,600), since the extra hours came out of the winder alarm review that we had partly caused. "
            "Vikram will pay the remaining $3,600. Credit note CN-RG-0703 issued."),
        act("a-rg-009", "note", "2026-08-11T06:00:00Z", D, [],
            "Mill expansion announced",
            "Redgum announced to the ASX a mill expansion at Kurrawang on the back of the gold price: a new SAG mill and cyclone feed pumps, commissioning mid-2027. "
            "They're also recruiting a processing manager."),
        act("a-rg-010", "meeting", "2026-09-08T02:00:00Z", D, ["c-rg-paul", "c-rg-shaz"],
            "Renewal conversation with Paul",
            "Met Paul and Shaz in the Kurrawang site office. Paul wants a two-year renewal with a price hold and no surprises on overage. "
            "He asked for options in writing by the end of October."),
        act("a-rg-011", "email", "2026-10-06T09:00:00Z", D, ["c-rg-shaz"],
            "FYI - contractor trial",
            "Heads up: Luke's got Goldfields Reliability Services doing a route-based vibration trial on the crushing circuit for six weeks from next Monday, handheld data collector, monthly route. "
            "Paul signed it off. Thought you should hear it from me.",
            "inbound"),
        act("a-rg-012", "email", "2026-10-21T01:00:00Z", D, ["c-rg-paul", "c-rg-vikram"],
            "Renewal options",
            "Paul, Vikram, as discussed: Option A, 1-year renewal at $330,000. Option B, 2-year renewal at $318,000 per year, price held for both years and analyst overage capped at $2,000 per month. "
            "We'll quote the mill expansion as a separate line when you're ready.",
            "outbound"),
        act("a-rg-013", "chat", "2026-11-10T05:45:00Z", D, ["c-rg-shaz"],
            "Paul away",
            "Shaz: Paul is on leave until 24 November, so nothing gets signed before then. The contractor trial ends on 17 November and Luke is writing a report for Paul.",
            "inbound"),
    ],
}

REDGUM_INTERVIEW = {
    "decision_maker": (
        "Paul Whitlock, the GM at Kurrawang. He signs, and on anything technical he leans heavily on Shaz. Vikram Shah in finance runs the numbers and Paul listens to him on price, but Vikram doesn't decide. "
        "What Paul personally cares about is his people underground, and that means the vent fans. If PVF-1 or PVF-2 stop, they pull everyone out of the mine, "
        "and the PVF-2 bearing we caught in April is the single best story we have with him. After safety it's ounces. "
        "He's under pressure from the board to hit guidance now the gold price is up and they're spending on the mill. "
        "He's an old-school operator: he'd much rather you drove out to Kalgoorlie and sat in his office than sent a deck. A round at the Kalgoorlie golf course doesn't hurt either. "
        "I played with him in August and learned more about the account in four hours than in a year of emails. "
        "He also hates surprises on invoices, which is why the June overage thing got up his nose even though it was Vikram who raised it."
    ),
    "champion": (
        "Shaz Delaney, the maintenance superintendent. She's been our champion since the evaluation in 2024 and she stuck her neck out for us with Paul over Luke's objections. "
        "Promises I made her: first, that we'd get the winder alarm noise sorted for good by the end of the year. The May workshop got it down a lot, but there are still nuisance alerts on the rope drum and she wants them gone. "
        "Second, a monthly fan health report she can hand straight to Paul, one page, PVF-1 and PVF-2 only. We've done it since June, but it's built by hand by one analyst, Jas, "
        "so if Jas goes on leave it doesn't happen. Make sure it keeps happening. "
        "What Shaz needs to look good is the PVF-2 story and a clean renewal. She wants the maintenance manager job when the current manager retires, probably in 2027, and Paul will be the one picking. "
        "Her backing a vendor that then gets chucked out would hurt her."
    ),
    "hidden_commitments": (
        "Three. First, after the June invoice argument I told Vikram on the phone that overage would never be more than about $2,000 a month from then on. "
        "I put it into the two-year renewal option in writing, but for the rest of this term it's just my word, so if an overage invoice goes out before January, check it against that. "
        "Second, I promised Luke Brennan a free two-day Cat I vibration analysis course for four of his electricians. It's worth about $4,800 and I offered it in the May workshop to get him on side. "
        "It's booked for February 2027 in Kalgoorlie with our training team, but it isn't confirmed in any system. If it gets dropped, Luke will say we never keep our word. "
        "Third, free MEX integration support through to the renewal. The contract includes the integration but not ongoing support, and I've had our integrations team fix two mapping issues without charging."
    ),
    "history_sensitivities": (
        "The one that matters to Paul is from March 2025, early in the contract. One of our install contractors came on site without finishing the Redgum site induction and was walked off by security. "
        "Nobody got hurt, but for an underground mine that's a serious breach. Paul took it personally and it went into their safety report to the board. "
        "Never, ever send anyone to Kurrawang without the induction done and confirmed with Shaz in writing. "
        "The second is the winder alarm flood in May this year: 212 alerts in two weeks on the main winder, Luke's electricians stopped paying attention, and Luke used it as proof the system is just noise. "
        "We ran a workshop on 20 May and cut the rules from 61 to 18. It's much better, but Luke still quotes the 212 number in meetings. "
        "Then the overage invoice in June, $7,200, which Vikram disputed and we credited half of. That one's resolved, but Paul remembers it."
    ),
    "pricing_story": (
        "$312,000 a year for 520 sensors is cheap, and it's cheap on purpose. In 2025 we were up against Luke's existing route-based program with a contractor, which on paper cost them less than $200k a year. "
        "So I priced it to get in: a 10% two-year discount on an already sharp per-sensor price, plus 20 analyst hours a month to cover the gap between 'sensors' and 'someone tells us what it means'. "
        "Overage is $400 an hour, and that's where the fight in June came from. "
        "They pay annually in advance because Vikram likes it out of the way before their financial year starts in July; the invoice goes out in January. "
        "The renewal options are $330k for one year or $318k a year for two, with a price hold and the overage cap. Paul asked for the two-year version back in September. "
        "Note the contract auto-renews at list, which would be well over $330k, so neither side actually wants it to roll over."
    ),
    "unexpected_use": (
        "Mick Tonkin, the ventilation officer, uses the vent fan sensors to confirm blasts. When they fire underground there's a distinct spike on the fan sensors a few seconds later, "
        "and Mick uses that as a second check that the blast has gone before he starts timing re-entry. It's not a safety system and I've told him so in writing, but he loves it. "
        "Second, the MEX integration. Shaz's team use the alert ID that goes into MEX to track how long the planners take to action a work request, "
        "so Insight has quietly become a planner performance tool, which Luke's people don't love. "
        "And the tailings pump sensors have been used a couple of times to prove to the environmental regulator that a pump was running during a pipeline inspection. "
        "Again, not what they were designed for, but it got them out of a compliance headache."
    ),
    "channels_surprises": (
        "Paul: face to face. Drive out or fly to Kalgoorlie and book a slot in his office through Shaz. He hates Teams and will leave a video call early. Phone is fine for something short. "
        "Shaz: phone or text, any time, she's the easiest customer I've ever had. Vikram: email, with the numbers in a table. He wants invoices to match the contract exactly and a PO before any extra work happens. "
        "Mick: chat, he's always on his phone between shifts. Luke must never be surprised. Anything that touches his electrical gear, his MCCs or his electricians' time, he wants to know first. "
        "If you go to Paul about anything electrical before Luke has heard about it, he'll use it against us. "
        "The other one is Paul himself on money: any number that's different from what he's seen on paper before, he wants to hear in person, not find on an invoice."
    ),
    "org_changes": (
        "The gold price has changed everything. They announced the mill expansion in August, a new SAG mill and cyclone feed pumps commissioning mid-2027. "
        "That's a real upsell, $72k in the pipeline, but they're hiring a new processing manager to run it and that person hasn't been named. Whoever it is will have their own opinions on condition monitoring. "
        "Second, Luke is pushing to bring condition monitoring back in-house, or at least back to a contractor he controls, hence the route-based trial in October and November. He's pitching it to Paul as a cost saving. "
        "Third, Paul's own contract is up mid-2027 and there's chatter that he might retire to Esperance. If he goes, Shaz loses her sponsor and Luke gets louder. "
        "And there's always a takeover rumour about Redgum; the latest is a bigger Goldfields producer sniffing around. It's just gossip, but it keeps coming up."
    ),
    "warning_signs": (
        "Luke asking for raw data. In the January kick-off he asked about the raw data licence terms, and back in 2024 he asked the same thing right before he tried to get the evaluation cancelled. "
        "When Luke wants raw data, he's building a case that someone else could analyse it cheaper, and the trial in October was the follow-through. "
        "The second sign is invoice disputes. When Vikram queried the overage in June, it came just before Paul started asking about price holds and options. "
        "Whenever finance starts picking at invoices, a price conversation follows within a month or two. "
        "The third is Paul going quiet. He's on leave until 24 November, so quiet right now is normal, but if he doesn't come back to us within a week of being back, "
        "with the notice date on 2 December, assume Luke's report got to him first."
    ),
    "renewal_risk": (
        "Stated reason: cost. They'll say the route-based contractor is cheaper, overage is unpredictable and they want the money for the mill expansion. "
        "The real reason, if it slips, is Luke. He's never accepted that an outside platform does what his contractor used to do, and Paul's inclined to listen because it saves money and Luke has been there fifteen years. "
        "Watch the dates too: the contract auto-renews at list unless someone gives 60 days' notice, which means 2 December. Paul's back on 24 November. "
        "If Luke gets to Paul first and Paul sends a notice letter just to keep his options open, you'll be negotiating from behind. "
        "Get in front of Paul that week, in person, with Shaz and the PVF-2 story, and offer to put our numbers side by side with whatever Luke brings him."
    ),
}

# ---------------------------------------------------------------------------
# Distractor 1: Bluestone Coal - Bowen Basin coal, owned by Liam
# ---------------------------------------------------------------------------
L = "u-liam"
BLUESTONE = {
    "id": "acc-bluestone",
    "name": "Bluestone Coal",
    "owner_id": L,
    "arr": 640000,
    "segment": "enterprise",
    "industry": "Mining - Coal",
    "territory": "QLD - Bowen Basin",
    "renewal_date": "2027-05-31",
    "contract_notes": (
        "3-year MSA (MSA-BSC-2024-05) to 31 May 2027. 1,200 KX3 sensors on draglines DL-1 and DL-2, the coal handling and prep plant (CHPP) "
        "and overland conveyor CV-07 at the Carbine Ridge mine. Insight Enterprise tier, 30 analyst hours per month. "
        "12% multi-year discount; CPI uplift capped at 5%. Billed annually in advance. Spare sensors supplied at cost under schedule 3."
    ),
    "contacts": [
        {"id": "c-bs-brett", "name": "Brett Lawson", "title": "General Manager - Carbine Ridge",
         "email": "brett.lawson@bluestonecoal.test", "phone": "+61 7 4941 8800",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 3},
        {"id": "c-bs-rhys", "name": "Rhys Morgan", "title": "Maintenance Manager - CHPP",
         "email": "rhys.morgan@bluestonecoal.test", "phone": "+61 437 220 981",
         "role": "champion", "preferred_channel": "chat", "relationship_strength": 4,
         "notes": "DIDO out of Mackay on a 7 on / 7 off roster."},
        {"id": "c-bs-kylie", "name": "Kylie Hart", "title": "Senior Buyer - Procurement",
         "email": "kylie.hart@bluestonecoal.test", "phone": "+61 7 3105 6620",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2},
        {"id": "c-bs-troy", "name": "Troy Maddern", "title": "OT Network Engineer",
         "email": "troy.maddern@bluestonecoal.test", "phone": "+61 7 4941 8862",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3},
        {"id": "c-bs-anika", "name": "Anika Sorensen", "title": "Reliability Engineer",
         "email": "anika.sorensen@bluestonecoal.test", "phone": "+61 409 117 345",
         "role": "user", "preferred_channel": "chat", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-bs-renewal", "name": "Bluestone MSA renewal 2027", "stage": "discovery",
         "amount": 660000, "close_date": "2027-05-31",
         "next_step": "Book EBR with Brett in February; confirm scope for dragline DL-3 before the RFP."},
        {"id": "o-bs-dragline", "name": "Dragline DL-3 swing and hoist coverage", "stage": "proposal",
         "amount": 84000, "close_date": "2027-02-28",
         "next_step": "Send revised quote once the shutdown dates are confirmed."},
    ],
    "activities": [
        act("a-bs-001", "meeting", "2026-02-03T00:00:00Z", L, ["c-bs-brett", "c-bs-rhys"],
            "Q4 EBR at Carbine Ridge",
            "EBR with Brett and Rhys. Unplanned downtime on overland conveyor CV-07 down 18% on last year. Brett wants the third dragline, DL-3, priced."),
        act("a-bs-002", "email", "2026-02-14T01:30:00Z", L, ["c-bs-troy"],
            "Gateway firmware 4.2",
            "Troy confirmed the 4.2 gateway firmware installed cleanly on all 30 Bluestone Edge gateways during the approved change window. No network issues seen.",
            "inbound"),
        act("a-bs-003", "chat", "2026-03-22T22:15:00Z", L, ["c-bs-rhys"],
            "CV-07 belt rip",
            "Rhys: belt rip on CV-07 near the transfer chute overnight. Not a vibration failure mode, so nothing we would have picked up. Asked if Insight can detect rips; told him no.",
            "inbound"),
        act("a-bs-004", "note", "2026-04-30T04:00:00Z", L, ["c-bs-rhys"],
            "Spare sensors shipped",
            "Shipped 20 spare KX3 sensors to the Carbine Ridge stores, invoiced at cost under PO 4500218871 as per MSA schedule 3."),
        act("a-bs-005", "call", "2026-06-11T03:00:00Z", L, ["c-bs-kylie"],
            "Procurement category review",
            "Kylie Hart says Bluestone will run a category review of condition monitoring in Q1 2027, with Pulsewave and two others invited. The renewal will go to a formal RFP."),
        act("a-bs-006", "meeting", "2026-07-08T00:30:00Z", L, ["c-bs-anika"],
            "Dragline DL-3 walkdown",
            "Walked DL-3 with Anika: swing motors, hoist drums and drag gearboxes, about 140 sensor points. Anika wants a trial on the swing bearings first."),
        act("a-bs-007", "email", "2026-08-29T02:00:00Z", L, ["c-bs-brett"],
            "DL-3 proposal",
            "Brett, proposal for DL-3 attached: 140 points, $84,000 per year, install during the November shutdown.",
            "outbound"),
        act("a-bs-008", "email", "2026-09-17T00:10:00Z", L, ["c-bs-kylie"],
            "Remittance - INV-BS-2026-05",
            "Annual invoice INV-BS-2026-05, $640,000, paid 16 September. EFT reference BSC-PAY-33817.",
            "inbound"),
        act("a-bs-009", "chat", "2026-10-20T21:40:00Z", L, ["c-bs-rhys"],
            "Shutdown moved",
            "Rhys: the November shutdown has been pushed to February because of the coal price, so the DL-3 install slips with it.",
            "inbound"),
        act("a-bs-010", "note", "2026-11-06T05:00:00Z", L, ["c-bs-brett"],
            "Extra analyst hours",
            "Agreed with Brett to add 10 free analyst hours a month until the RFP, to support the DL-3 swing bearing trial. Logged with Gemma."),
    ],
}

# ---------------------------------------------------------------------------
# Distractor 2: Mallee Bulk Handling - SA/VIC grain handler, owned by Sam
# ---------------------------------------------------------------------------
S = "u-sam"
MALLEE = {
    "id": "acc-mallee",
    "name": "Mallee Bulk Handling",
    "owner_id": S,
    "arr": 176000,
    "segment": "mid_market",
    "industry": "Agriculture - Bulk Grain Handling",
    "territory": "SA / VIC - Mallee",
    "renewal_date": "2027-04-30",
    "contract_notes": (
        "12-month subscription renewing 30 April 2027. 290 KX3 sensors on bucket elevators, conveyors and aeration fans at 9 receival sites "
        "(Ouyen, Sea Lake, Pinnaroo, Loxton and others) and the Ardrossan port terminal. Insight Professional. Invoiced in two instalments, May and November. "
        "Harvest freeze 15 Oct - 15 Jan. Weekend harvest analyst cover purchased as a paid add-on ($6,500)."
    ),
    "contacts": [
        {"id": "c-mb-mel", "name": "Mel Grant", "title": "Operations Manager",
         "email": "mel.grant@malleebulk.test", "phone": "+61 3 5092 1140",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 4},
        {"id": "c-mb-jane", "name": "Jane Whitcombe", "title": "Chief Financial Officer",
         "email": "jane.whitcombe@malleebulk.test", "phone": "+61 8 8821 0500",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 2},
        {"id": "c-mb-dean", "name": "Dean Kouros", "title": "Safety & Environment Manager",
         "email": "dean.kouros@malleebulk.test", "phone": "+61 8 8821 0533",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Needed the Zone 22 rating confirmed for their insurer."},
        {"id": "c-mb-trevor", "name": "Trevor Nash", "title": "Site Manager - Ouyen",
         "email": "trevor.nash@malleebulk.test", "phone": "+61 429 880 312",
         "role": "user", "preferred_channel": "sms", "relationship_strength": 3},
        {"id": "c-mb-lisa", "name": "Lisa Pham", "title": "Terminal Engineer - Ardrossan",
         "email": "lisa.pham@malleebulk.test", "phone": "+61 8 8837 2290",
         "role": "champion", "preferred_channel": "teams", "relationship_strength": 4},
    ],
    "opportunities": [
        {"id": "o-mb-renewal", "name": "Renewal April 2027", "stage": "proposal",
         "amount": 182000, "close_date": "2027-04-30",
         "next_step": "Send renewal quote to Jane before Christmas; keep it under the $200k board limit."},
    ],
    "activities": [
        act("a-mb-001", "call", "2026-01-19T23:00:00Z", S, ["c-mb-mel"],
            "Harvest debrief",
            "Mel Grant says they received 1.4 million tonnes. Insight caught two elevator head bearings, one at Ouyen and one at Pinnaroo."),
        act("a-mb-002", "email", "2026-02-25T00:40:00Z", S, ["c-mb-dean"],
            "Zone 22 confirmation for insurer",
            "Dean asked us to confirm the KX3 Zone 22 rating for their insurer. Sent the certificate the same day.",
            "inbound"),
        act("a-mb-003", "meeting", "2026-04-02T00:00:00Z", S, ["c-mb-lisa"],
            "Ardrossan shiploader walk",
            "Lisa wants the shiploader boom conveyor covered. Agreed there will be no stop-request integration: alerts go to the control room only."),
        act("a-mb-004", "email", "2026-05-06T01:00:00Z", "u-priya", ["c-mb-jane"],
            "Invoice INV-MB-0526",
            "Jane, attached INV-MB-0526 for $88,000, the first instalment for 2026-27.",
            "outbound"),
        act("a-mb-005", "chat", "2026-07-14T02:20:00Z", S, ["c-mb-trevor"],
            "Corellas at Ouyen",
            "Trevor: corellas have been chewing the cable ties on the elevator sensors at Ouyen. He's swapped them for stainless ties.",
            "inbound"),
        act("a-mb-006", "meeting", "2026-08-26T03:00:00Z", S, ["c-mb-mel", "c-mb-jane"],
            "Budget conversation",
            "Jane says anything over $200k needs board approval, so the renewal quote should stay under that. Mel keen to add two sites next year."),
        act("a-mb-007", "email", "2026-10-09T22:30:00Z", S, ["c-mb-lisa", "c-mb-mel"],
            "Harvest weekend cover confirmed",
            "Confirming the paid weekend analyst cover for harvest ($6,500) starts 17 October and runs to 15 January.",
            "outbound"),
        act("a-mb-008", "note", "2026-11-02T06:00:00Z", S, ["c-mb-mel"],
            "Merger chatter",
            "Heard at a GrainGrowers event that a WA co-op has approached Mallee about a tie-up. Mel wouldn't comment."),
        act("a-mb-009", "email", "2026-11-10T01:00:00Z", "u-priya", ["c-mb-jane"],
            "Invoice INV-MB-1126",
            "Jane, attached INV-MB-1126 for $88,000, the second instalment for 2026-27.",
            "outbound"),
    ],
}

# ---------------------------------------------------------------------------
# Successor questions (Tash Reid's voice)
# ---------------------------------------------------------------------------
def I(q):
    return {"kind": "interview", "question_id": q}


def A(i):
    return {"kind": "activity", "id": i}


def C(i):
    return {"kind": "contact", "id": i}


def O(i):
    return {"kind": "opportunity", "id": i}


def ACC(i):
    return {"kind": "account", "id": i}


IB, SC, RP, RG = "acc-ironbark", "acc-southern-cross", "acc-ruahine", "acc-redgum"

# (account, question, expect, gold_sources, must_mention)
Q = [
    # ---- Ironbark ----
    (IB, "who's the bloke that actually signs at Ironbark now the new COO's landed?", "answer",
     [I("decision_maker"), O("o-ib-renewal")], ["Marcus"]),
    (IB, "What's Rhys's bonus riding on?", "answer",
     [I("decision_maker")], ["tonnes lost"]),
    (IB, "what'd we chuck in for free at the Pilbara site?", "answer",
     [I("hidden_commitments")], ["60"]),
    (IB, "did dazza do some side deal on the Cowan Creek install fee? nothing in the SOW about it", "answer",
     [I("hidden_commitments")], ["$14,000"]),
    (IB, "What's the handshake deal with Ellie about firmware going onto the gateways?", "answer",
     [I("hidden_commitments")], ["14 days"]),
    (IB, "What was the incident ref for the gateway meltdown back in Feb?", "answer",
     [A("a-ib-002"), A("a-ib-003"), A("a-ib-004"), I("history_sensitivities")], ["INC-20417"]),
    (IB, "How much did we credit Ironbark for the firmware stuff-up, and is anyone over there still sore about it?", "answer",
     [A("a-ib-004"), I("history_sensitivities")], ["$18,500", "Ellie"]),
    (IB, "What carrots have we dangled in front of Jono?", "answer",
     [I("champion")], ["dashboard"]),
    (IB, "why's Jono so keen to get the case study out - what's in it for him personally?", "answer",
     [I("champion"), I("org_changes")], ["Principal Reliability Engineer"]),
    (IB, "Bit weird for a miner that size to pay quarterly. Why's it set up like that?", "answer",
     [I("pricing_story")], ["capex"]),
    (IB, "any pucks sitting out there that aren't actually in the licensed scope?", "answer",
     [I("unexpected_use")], ["camp"]),
    (IB, "jono's mobile no.?", "answer",
     [C("c-ib-jono")], ["417 338 902"]),
    (IB, "What SOW ref does Kylie need to raise the PO against for the Cowan job?", "answer",
     [A("a-ib-012")], ["SOW-IBR-CC-003"]),
    (IB, "how much did their AP pay us end of June and whats the EFT ref", "answer",
     [A("a-ib-007")], ["IBR-EFT-775201"]),
    (IB, "If Ironbark wanted to bail on the MSA early, how much notice do they have to give?", "answer",
     [ACC(IB)], ["90 days"]),
    (IB, "What's the canary in the coal mine at Ironbark? Anything they've done lately that should make me twitchy before the renewal?", "answer",
     [I("warning_signs"), A("a-ib-013")], ["export"]),
    (IB, "What ROI number did we send the COO, and what $/hr did we use for the long belt?", "answer",
     [A("a-ib-015")], ["$3.4M", "$95,000"]),
    (IB, "If the Ironbark renewal slips, what's the stated reason gonna be vs the real one?", "answer",
     [I("renewal_risk")], ["vendor consolidation", "Pulsewave"]),
    (IB, "What came out of the Asset Strategy Review in Feb?", "abstain", [], []),
    (IB, "what did Hoppo reckon about the Pulsewave demo at Cowan?", "abstain", [], []),
    (IB, "Got a direct phone number for Fiona Lau, Marcus's EA?", "abstain", [], []),
    (IB, "Have we got anything going with Ironbark's Port Hedland port operations?", "abstain", [], []),

    # ---- Southern Cross Grain ----
    (SC, "who actually makes the call at SX Grain?", "answer",
     [I("decision_maker"), C("c-sc-trev")], ["Trev"]),
    (SC, "why's the SX renewal parked just under 250k?", "answer",
     [I("decision_maker"), I("pricing_story"), I("renewal_risk"), O("o-sc-renewal"), ACC(SC)], ["board"]),
    (SC, "did we promise the safety bloke some certified gear we can't actually deliver?", "answer",
     [I("hidden_commitments")], ["Zone 21"]),
    (SC, "What zone is the KX3 rated for, and what's the IECEx cert number?", "answer",
     [A("a-sc-003")], ["Zone 22", "IECEx KCM 21.0034X"]),
    (SC, "Shiploader stuff-up at Esperance in April - what was the ticket and what actually caused it?", "answer",
     [A("a-sc-006"), A("a-sc-007"), I("history_sensitivities")], ["SUP-8812", "threshold"]),
    (SC, "who's Gary Voss and why's he got it in for us?", "answer",
     [I("history_sensitivities"), I("renewal_risk")], ["terminal manager"]),
    (SC, "Why is the billing split 70/30 between October and March?", "answer",
     [I("pricing_story")], ["harvest"]),
    (SC, "how much was the Oct invoice and has Ken paid it yet?", "answer",
     [A("a-sc-012"), A("a-sc-015")], ["$149,800", "30 October"]),
    (SC, "bec's using the sensors as a truck counter?? whats that about", "answer",
     [I("unexpected_use")], ["intake pit"]),
    (SC, "Is there a merger on the cards at Southern Cross? Heard a whisper.", "answer",
     [I("org_changes")], ["Eyre Bulk Handling"]),
    (SC, "Last time round, what did the money guy do right before they cut sensors? Want to spot it early this time.", "answer",
     [I("warning_signs")], ["per site"]),
    (SC, "Where's the SX renewal opp sitting - stage and next step?", "answer",
     [O("o-sc-renewal")], ["qualification", "February"]),
    (SC, "Bec's mobile?", "answer",
     [C("c-sc-bec")], ["408 552 117"]),
    (SC, "what was the story with the comms dropouts at Merredin in June", "answer",
     [A("a-sc-009")], ["galahs"]),
    (SC, "Phase 2 - which sites are in it and what's it worth a year?", "answer",
     [A("a-sc-011"), O("o-sc-phase2")], ["Kulin", "$58,000"]),
    (SC, "What did the March hazardous area audit turn up?", "abstain", [], []),
    (SC, "What did Ken make of the phase 2 proposal for the four new receival sites?", "abstain", [], []),
    (SC, "Which CMMS are Southern Cross Grain running?", "abstain", [], []),

    # ---- Ruahine Pastoral ----
    (RP, "who calls the shots at Ruahine?", "answer",
     [I("decision_maker"), C("c-rp-hemi")], ["Hemi"]),
    (RP, "What's Hemi's big worry with the pivots - is it a water rules thing?", "answer",
     [I("decision_maker")], ["consent"]),
    (RP, "what have we told Sarah we'd sort out for her?", "answer",
     [I("champion")], ["offline"]),
    (RP, "did dazza really promise free batteries thru to the end of 2027??", "answer",
     [I("hidden_commitments")], ["end of 2027"]),
    (RP, "What's this Fieldays beer thing, do I actually have to rock up?", "answer",
     [I("hidden_commitments")], ["Mystery Creek"]),
    (RP, "What did the pivot 14 gearbox cost them to fix, and what's the support ticket?", "answer",
     [A("a-rp-002"), A("a-rp-003"), I("history_sensitivities")], ["NZ$23,000", "SUP-7733"]),
    (RP, "why are the kiwis getting invoiced in aussie dollars", "answer",
     [I("pricing_story")], ["New Zealand entity"]),
    (RP, "How late did they pay this year's invoice, and should I read anything into it?", "answer",
     [A("a-rp-008"), I("warning_signs")], ["6 October"]),
    (RP, "sarah's counting cows with the sensors? how does that work", "answer",
     [I("unexpected_use")], ["rotary platform"]),
    (RP, "When does Sarah go on mat leave, and who's minding Insight while she's off?", "answer",
     [I("org_changes"), A("a-rp-011"), C("c-rp-sarah"), I("champion"), I("renewal_risk")], ["14 February", "Tama"]),
    (RP, "Who's Nikau and what's he into?", "answer",
     [I("org_changes"), I("renewal_risk"), I("decision_maker"), C("c-rp-nikau")], ["FarmPulse"]),
    (RP, "quote # and $ for the eight new pivots?", "answer",
     [A("a-rp-010"), O("o-rp-pivots")], ["Q-RP-2210", "$9,800"]),
    (RP, "What did Hemi ask us to change on the Teams call back in May?", "answer",
     [A("a-rp-005"), I("channels_surprises")], ["fewer emails"]),
    (RP, "When do I realistically need the Ruahine renewal locked in, given the auto-renew clause?", "answer",
     [I("renewal_risk"), ACC(RP)], ["mid-August"]),
    (RP, "How much is FarmPulse charging for their pump monitoring?", "abstain", [], []),
    (RP, "What did Grant reckon about the pivot 14 repair bill?", "abstain", [], []),
    (RP, "Who's our contact at Fonterra for the Ruahine farms?", "abstain", [], []),

    # ---- Redgum Gold ----
    (RG, "Who signs at Redgum and what's he fussed about?", "answer",
     [I("decision_maker"), C("c-rg-paul")], ["Paul", "vent fans"]),
    (RG, "When's the drop-dead date to stop the Redgum contract rolling over at list?", "answer",
     [ACC(RG), O("o-rg-renewal"), I("renewal_risk"), I("warning_signs")], ["2 Dec"]),
    (RG, "What did Darren promise Shaz about the winder alarm noise?", "answer",
     [I("champion")], ["end of the year"]),
    (RG, "Did we promise Vikram anything on the analyst overage?", "answer",
     [I("hidden_commitments"), A("a-rg-012")], ["$2,000"]),
    (RG, "free training for Luke's sparkies - what's the deal there?", "answer",
     [I("hidden_commitments")], ["Cat I"]),
    (RG, "what's the story with one of our installers getting marched off site at the Kurra?", "answer",
     [I("history_sensitivities")], ["induction"]),
    (RG, "The overage invoice Vikram kicked up about - how much did we credit back, and what's the credit note number?", "answer",
     [A("a-rg-008"), I("history_sensitivities")], ["$3,600", "CN-RG-0703"]),
    (RG, "What are the two renewal options we sent Paul and Vikram?", "answer",
     [A("a-rg-012"), O("o-rg-renewal"), I("pricing_story")], ["$330,000", "$318,000"]),
    (RG, "mick uses the fan sensors for blasting?? explain", "answer",
     [I("unexpected_use")], ["re-entry"]),
    (RG, "Is Paul a Teams guy or do I need to rock up to Kal?", "answer",
     [I("channels_surprises"), I("decision_maker"), C("c-rg-paul")], ["face to face"]),
    (RG, "Who's running Luke's route-based trial and when does it wrap up?", "answer",
     [A("a-rg-011"), A("a-rg-013")], ["Goldfields Reliability Services", "17 November"]),
    (RG, "How long would PVF-2 have knocked out underground production if it'd let go?", "answer",
     [A("a-rg-004")], ["3 days"]),
    (RG, "whats the real reason Redgum might walk", "answer",
     [I("renewal_risk")], ["Luke"]),
    (RG, "who's the new processing manager they're bringing in for the mill?", "abstain", [], []),
    (RG, "What did the PVF-2 bearing change end up costing Redgum?", "abstain", [], []),
    (RG, "What's the name of Redgum's CEO?", "abstain", [], []),
]


def main():
    bundle = {
        "format": "baton-bundle/v1",
        "users": USERS,
        "accounts": [IRONBARK, SOUTHERN_CROSS, RUAHINE, REDGUM, BLUESTONE, MALLEE],
    }
    questions = []
    for n, (acc, text, expect, gold, must) in enumerate(Q, start=1):
        questions.append({
            "id": "q-%03d" % n, "account_id": acc, "question": text, "expect": expect,
            "gold_sources": gold, "must_mention": must,
        })
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-darren",
        "successor_user_id": "u-tash",
        "manager_user_id": "u-gemma",
        "interviews": {
            IB: IRONBARK_INTERVIEW,
            SC: SOUTHERN_CROSS_INTERVIEW,
            RP: RUAHINE_INTERVIEW,
            RG: REDGUM_INTERVIEW,
        },
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
